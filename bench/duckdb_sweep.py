#!/usr/bin/env python3
"""An independent DuckDB implementation of `reach sweep` (shared/MODEL.md sections 2-5).

It loads the customer book (the CSV import format of MODEL.md section 1) once into a DuckDB
file as DuckDB's own table, generates ONE SQL query from the scenario TOML that computes the
section-5 totals for every sweep point, times that query (median of --repeat), optionally times
`reach sweep ... --json` end to end on the same book, and cross-checks every point against
reach's JSON. Exit status: 0 when everything agrees, 1 on any mismatch, 2 on bad input.

Needs Python 3.11 (stdlib tomllib) and the `duckdb` package (`pip install duckdb`).

Exactness: the book's amounts are DECIMAL(18,2) and scenario numbers are exact decimal
literals (TOML is parsed with decimal.Decimal), so assignment, counts, served, service cost,
the uplift revenue of active customers, base revenue and the advisor ceilings (done in scaled
integers) are exact. The one inexact step is the dormant customers' peer revenue: peer(band)
is a quotient, and DuckDB's DECIMAL / DECIMAL yields DOUBLE, so that term carries a relative
error of about 1e-16 before it is cast back to DECIMAL(38,12). Money is therefore compared
with reach within 0.01 (rounded to cents, half to even, in Python).
"""

from __future__ import annotations

import argparse
import decimal
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
import tomllib
from decimal import Decimal
from pathlib import Path

try:
    import duckdb
except ImportError:  # pragma: no cover
    sys.exit("this script needs the duckdb package: pip install duckdb")

decimal.getcontext().prec = 60

CENT = Decimal("0.01")
# MODEL.md section 2, lower bounds inclusive, in CNY.
BAND_BOUNDS = [Decimal(v) for v in ("10000", "30000", "100000", "500000", "1000000", "5000000")]
INT_FIELDS = ["eligible", "advisors_needed", "current_advisors", "hires"]
COUNT2_FIELDS = ["served", "newly_served"]  # exact in both implementations: compared exactly
MONEY_FIELDS = [
    "base_revenue",
    "incremental_revenue",
    "projected_revenue",
    "cost",
    "net",
    "hq_credit",
    "branch_credit",
]
CUSTOMER_TYPES = {
    "customer_id": "VARCHAR",
    "branch": "VARCHAR",
    "total_assets": "DECIMAL(18,2)",
    "age": "SMALLINT",
    "risk_profile": "VARCHAR",
    "channel": "VARCHAR",
    "trades_12m": "BIGINT",
    "revenue_12m": "DECIMAL(18,2)",
    "advisor_id": "VARCHAR",
}


class BadInput(Exception):
    pass


def round2(v: Decimal) -> Decimal:
    return Decimal(v).quantize(CENT, rounding=decimal.ROUND_HALF_EVEN)


# ---------------------------------------------------------------------------------------------
# The scenario (MODEL.md section 3)


def dec(value, field: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise BadInput(f"{field}: must be a number (got {value!r})")
    d = Decimal(value)
    if not d.is_finite():
        raise BadInput(f"{field}: must be a finite number")
    return d


def load_scenario(path: Path) -> dict:
    with open(path, "rb") as f:
        raw = tomllib.load(f, parse_float=Decimal)  # exact decimals as written
    sc = {
        "name": raw.get("name"),
        "advisor_cost": dec(raw.get("advisor_cost"), "advisor_cost"),
        "hq_share": dec(raw.get("hq_share", 0), "hq_share"),
        "hq_advisors": int(raw.get("hq_advisors", 0)),
        "tiers": [],
    }
    if not (Decimal(0) <= sc["hq_share"] <= 1):
        raise BadInput("hq_share: must be within 0..=1")
    names = set()
    for i, t in enumerate(raw.get("tiers", [])):
        f = lambda k: f"tiers[{i}].{k}"  # noqa: E731
        model = t.get("model")
        if model not in ("advisor", "hybrid", "digital"):
            raise BadInput(f"{f('model')}: must be advisor, hybrid or digital")
        owner = t.get("owner", "branch" if model == "advisor" else "hq")
        if owner not in ("branch", "hq"):
            raise BadInput(f"{f('owner')}: must be branch or hq")
        cpa = t.get("clients_per_advisor")
        if model != "digital":
            if cpa is None or dec(cpa, f("clients_per_advisor")) <= 0:
                raise BadInput(f"{f('clients_per_advisor')}: is required (> 0) for a {model} tier")
        tier = {
            "idx": i,
            "name": t["name"],
            "min_assets": dec(t["min_assets"], f("min_assets")),
            "model": model,
            "owner": owner,
            "cpa": dec(cpa, f("clients_per_advisor")) if cpa is not None else None,
            "coverage": dec(t["coverage"], f("coverage")),
            "uplift": dec(t["uplift"], f("uplift")),
            "activation": dec(t["activation"], f("activation")),
            "cost_per_client": dec(t.get("cost_per_client", 0), f("cost_per_client")),
            "min_age": t.get("min_age"),
            "max_age": t.get("max_age"),
            "risk_profiles": t.get("risk_profiles"),
            "channels": t.get("channels"),
            "include_dormant": bool(t.get("include_dormant", True)),
        }
        if tier["name"] in names:
            raise BadInput(f"{f('name')}: `{tier['name']}` is used by an earlier tier")
        names.add(tier["name"])
        if tier["min_assets"] < 0:
            raise BadInput(f"{f('min_assets')}: must not be negative")
        for k in ("coverage", "activation"):
            if not (0 <= tier[k] <= 1):
                raise BadInput(f"{f(k)}: must be within 0..=1")
        sc["tiers"].append(tier)
    return sc


# ---------------------------------------------------------------------------------------------
# The sweep points (as crates/reach-core/src/sweep.rs computes them)


def linear_points(a: Decimal, b: Decimal, steps: int) -> list[Decimal]:
    if steps == 0:
        return []
    if steps == 1:
        return [round2(a)]
    return [round2(a + (b - a) * k / (steps - 1)) for k in range(steps)]


def log_points(a: Decimal, b: Decimal, steps: int) -> list[Decimal]:
    fa, fb = float(a), float(b)
    if steps < 2 or fa <= 0 or fb <= 0:
        return linear_points(a, b, steps)
    out = []
    for k in range(steps):
        if k == 0:
            out.append(round2(a))
        elif k == steps - 1:
            out.append(round2(b))
        else:
            x = fa * (fb / fa) ** (k / (steps - 1))
            # reach converts the f64 to a Decimal without its excess binary digits; the
            # shortest round-trip repr is the same number except in pathological cases, and
            # the cross-check compares every point's threshold with reach's anyway.
            out.append(round2(Decimal(repr(x))))
    return out


# ---------------------------------------------------------------------------------------------
# SQL generation


def q(s: str) -> str:
    return "'" + str(s).replace("'", "''") + "'"


def dlit(d: Decimal) -> str:
    """An exact DECIMAL literal for d."""
    d = Decimal(d)
    t = d.as_tuple()
    scale = max(0, -t.exponent)
    digits = max(len(t.digits) + max(0, t.exponent), scale + 1)
    return f"CAST({q(format(d, 'f'))} AS DECIMAL({max(digits, 1)},{scale}))"


def scale_of(d: Decimal) -> int:
    return max(0, -Decimal(d).normalize().as_tuple().exponent)


def filters_sql(t: dict) -> str:
    """The tier's filters, threshold aside (MODEL.md section 3)."""
    parts = []
    if t["min_age"] is not None:
        parts.append(f"age >= {int(t['min_age'])}")
    if t["max_age"] is not None:
        parts.append(f"age <= {int(t['max_age'])}")
    if t["risk_profiles"] is not None:
        parts.append("risk_profile IN (" + ", ".join(q(r) for r in t["risk_profiles"]) + ")")
    if t["channels"] is not None:
        parts.append("channel IN (" + ", ".join(q(c) for c in t["channels"]) + ")")
    if not t["include_dormant"]:
        parts.append("trades_12m > 0")
    return " AND ".join(parts) if parts else "TRUE"


def build_query(sc: dict, swept: int, points: list[Decimal], table: str = "customers") -> str:
    tiers = sc["tiers"]
    nt = len(tiers)
    # Assignment key: the qualifying tier with the greatest (min_assets, -written index) wins.
    # key = min_assets * 10^S * NT + (NT - 1 - index), an exact integer.
    s_keys = max([2] + [scale_of(t["min_assets"]) for t in tiers] + [scale_of(x) for x in points])
    unit = Decimal(10) ** s_keys

    def key(m: Decimal, idx: int) -> int:
        return int(m * unit) * nt + (nt - 1 - idx)

    max_key = max([key(t["min_assets"], t["idx"]) for t in tiers] + [key(x, swept) for x in points])
    key_type = "BIGINT" if max_key < 2**62 else "HUGEINT"

    # Advisor ceilings in scaled integers: sigma_units = n * coverage * 10^S, cpa_units = cpa * 10^S.
    s_sig = max([0] + [scale_of(t["coverage"]) for t in tiers] + [scale_of(t["cpa"]) for t in tiers if t["cpa"] is not None])
    sig_unit = Decimal(10) ** s_sig

    def col_type(values: list[Decimal]) -> str:
        scale = max([0] + [scale_of(v) for v in values])
        return f"DECIMAL(38,{min(scale, 18)})" if scale <= 18 else "DOUBLE"

    cols = {k: col_type([t[k] for t in tiers]) for k in ("coverage", "uplift", "activation", "cost_per_client")}
    tier_rows = []
    for t in tiers:
        needs_adv = t["model"] in ("advisor", "hybrid")
        tier_rows.append(
            "({idx}, {name}, {adv}, {branch}, CAST({cov} AS {tc}), CAST({up} AS {tu}), CAST({act} AS {ta}), "
            "CAST({cpc} AS {tcpc}), CAST({cu} AS HUGEINT), CAST({pu} AS HUGEINT))".format(
                idx=t["idx"],
                name=q(t["name"]),
                adv="TRUE" if needs_adv else "FALSE",
                branch="TRUE" if t["owner"] == "branch" else "FALSE",
                cov=q(format(t["coverage"], "f")),
                up=q(format(t["uplift"], "f")),
                act=q(format(t["activation"], "f")),
                cpc=q(format(t["cost_per_client"], "f")),
                tc=cols["coverage"],
                tu=cols["uplift"],
                ta=cols["activation"],
                tcpc=cols["cost_per_client"],
                cu=int(t["coverage"] * sig_unit),
                pu=int(t["cpa"] * sig_unit) if (needs_adv and t["cpa"] is not None) else 1,
            )
        )
    point_rows = ",\n        ".join(
        f"({k}, CAST({q(format(x, 'f'))} AS DECIMAL(38,{s_keys})), CAST({key(x, swept)} AS {key_type}))"
        for k, x in enumerate(points)
    )
    T = tiers[swept]
    tier_values = ",\n        ".join(tier_rows)
    other_keys = []
    for t in tiers:
        if t["idx"] == swept:
            continue
        other_keys.append(
            f"CASE WHEN total_assets >= {dlit(t['min_assets'])} AND {filters_sql(t)} "
            f"THEN CAST({key(t['min_assets'], t['idx'])} AS {key_type}) END"
        )
    other_key = "greatest(" + ", ".join(other_keys) + ")" if other_keys else f"CAST(NULL AS {key_type})"
    band_case = "CASE " + " ".join(
        f"WHEN total_assets < {dlit(b)} THEN {i}" for i, b in enumerate(BAND_BOUNDS)
    ) + f" ELSE {len(BAND_BOUNDS)} END"
    min_x = min(points)

    return f"""
WITH
    -- the sweep points: index k, the swept tier's threshold x, and its assignment key there
    pts(k, x, t_key) AS (VALUES
        {point_rows}
    ),
    -- the scenario's tiers (written index; exact decimal parameters)
    tiers(idx, name, needs_advisors, branch_owned, coverage, uplift, activation, cost_per_client,
          coverage_units, cpa_units) AS (VALUES
        {tier_values}
    ),
    book AS (
        SELECT branch, total_assets, revenue_12m, age, risk_profile, channel, trades_12m,
               trades_12m > 0 AS active,
               coalesce(advisor_id, '') <> '' AS already_served,
               {band_case} AS band
        FROM {table}
    ),
    -- MODEL.md section 2: peer(band) = mean revenue of the band's ACTIVE customers
    peer AS (
        SELECT band, sum(revenue_12m) AS active_revenue, count(*) AS active_customers
        FROM book WHERE active GROUP BY band
    ),
    -- no branches file: a branch's advisors = its distinct non-empty advisor ids
    branches AS (
        SELECT branch, count(DISTINCT advisor_id) FILTER (WHERE coalesce(advisor_id, '') <> '') AS current_advisors
        FROM {table} GROUP BY branch
    ),
    base AS (SELECT sum(revenue_12m) AS base_revenue FROM {table}),
    -- the point-independent part of assignment: the best qualifying tier other than the swept
    -- one, and whether the customer passes the swept tier's filters
    cand AS (
        SELECT branch, total_assets, revenue_12m, active, already_served, band,
               {filters_sql(T)} AS passes_swept,
               {other_key} AS other_key
        FROM book
    ),
    -- customers x points: the assigned tier is the qualifying one with the greatest key
    assigned AS (
        SELECT k, branch, band, active, already_served, revenue_12m,
               greatest(CASE WHEN passes_swept AND total_assets >= x THEN t_key END, other_key) AS tier_key
        FROM cand CROSS JOIN pts
        WHERE other_key IS NOT NULL OR (passes_swept AND total_assets >= {dlit(min_x)})
    ),
    cells AS (
        SELECT k, {nt - 1} - (tier_key % {nt}) AS tier, branch, band,
               count(*) AS n,
               count(*) FILTER (WHERE already_served) AS n_served,
               coalesce(sum(revenue_12m) FILTER (WHERE active AND NOT already_served), 0) AS active_revenue,
               count(*) FILTER (WHERE NOT active AND NOT already_served) AS dormant
        FROM assigned WHERE tier_key IS NOT NULL
        GROUP BY ALL
    ),
    -- per (point, tier, branch); r = incremental revenue (MODEL.md section 4)
    tb AS (
        SELECT c.k, c.tier, c.branch, t.needs_advisors, t.branch_owned, t.cpa_units,
               sum(c.n) AS n,
               t.coverage * sum(c.n) AS sigma,
               t.coverage * (sum(c.n) - sum(c.n_served)) AS newly,
               t.coverage_units * sum(c.n) AS sigma_units,
               t.coverage * t.cost_per_client * sum(c.n) AS service_cost,
               t.coverage * t.uplift * sum(c.active_revenue)
                 + CAST(sum(CASE WHEN p.active_customers > 0
                                 THEN t.coverage * t.activation * c.dormant * p.active_revenue / p.active_customers
                                 ELSE 0 END) AS DECIMAL(38,12)) AS r
        FROM cells c JOIN tiers t ON t.idx = c.tier LEFT JOIN peer p ON p.band = c.band
        GROUP BY c.k, c.tier, c.branch, t.needs_advisors, t.branch_owned, t.cpa_units,
                 t.coverage, t.uplift, t.cost_per_client, t.coverage_units
    ),
    -- advisors: ceil per branch for branch-owned tiers, once per tier for HQ-owned ones
    branch_needs AS (
        SELECT k, branch, sum((sigma_units + cpa_units - 1) // cpa_units) AS needed
        FROM tb WHERE needs_advisors AND branch_owned AND sigma_units > 0 GROUP BY k, branch
    ),
    hq_tier_needs AS (
        SELECT k, tier, (sum(sigma_units) + any_value(cpa_units) - 1) // any_value(cpa_units) AS needed
        FROM tb WHERE needs_advisors AND NOT branch_owned GROUP BY k, tier HAVING sum(sigma_units) > 0
    ),
    units AS (
        SELECT p.k, b.branch, b.current_advisors, coalesce(bn.needed, 0) AS needed,
               greatest(0, coalesce(bn.needed, 0) - b.current_advisors) AS hires
        FROM pts p CROSS JOIN branches b LEFT JOIN branch_needs bn ON bn.k = p.k AND bn.branch = b.branch
    ),
    unit_totals AS (
        SELECT k, sum(needed) AS needed, sum(current_advisors) AS current_advisors, sum(hires) AS hires
        FROM units GROUP BY k
    ),
    hq AS (
        SELECT p.k, coalesce(sum(h.needed), 0) AS needed, {int(sc['hq_advisors'])} AS current_advisors,
               greatest(0, coalesce(sum(h.needed), 0) - {int(sc['hq_advisors'])}) AS hires
        FROM pts p LEFT JOIN hq_tier_needs h ON h.k = p.k GROUP BY p.k
    ),
    money AS (
        SELECT k, sum(n) AS eligible, sum(sigma) AS served, sum(newly) AS newly_served,
               sum(r) AS incremental, sum(service_cost) AS service_cost,
               coalesce(sum(r) FILTER (WHERE branch_owned), 0) AS branch_tier_revenue,
               coalesce(sum(r) FILTER (WHERE NOT branch_owned), 0) AS hq_tier_revenue
        FROM tb GROUP BY k
    )
SELECT p.k, p.x,
       coalesce(m.eligible, 0) AS eligible,
       coalesce(m.served, 0) AS served,
       coalesce(m.newly_served, 0) AS newly_served,
       u.needed + h.needed AS advisors_needed,
       u.current_advisors + h.current_advisors AS current_advisors,
       u.hires + h.hires AS hires,
       base.base_revenue,
       coalesce(m.incremental, 0) AS incremental_revenue,
       base.base_revenue + coalesce(m.incremental, 0) AS projected_revenue,
       {dlit(sc['advisor_cost'])} * (u.hires + h.hires) + coalesce(m.service_cost, 0) AS cost,
       coalesce(m.incremental, 0) - ({dlit(sc['advisor_cost'])} * (u.hires + h.hires) + coalesce(m.service_cost, 0)) AS net,
       {dlit(sc['hq_share'])} * coalesce(m.hq_tier_revenue, 0) AS hq_credit,
       coalesce(m.branch_tier_revenue, 0) + (1 - {dlit(sc['hq_share'])}) * coalesce(m.hq_tier_revenue, 0) AS branch_credit
FROM pts p
JOIN unit_totals u ON u.k = p.k
JOIN hq h ON h.k = p.k
CROSS JOIN base
LEFT JOIN money m ON m.k = p.k
ORDER BY p.k
"""


RESULT_COLUMNS = ["k", "x"] + ["eligible", "served", "newly_served", "advisors_needed", "current_advisors", "hires"] + MONEY_FIELDS


def rows_to_totals(rows) -> list[dict]:
    out = []
    for row in rows:
        r = dict(zip(RESULT_COLUMNS, row))
        totals = {}
        for f in INT_FIELDS:
            totals[f] = int(r[f])
        for f in COUNT2_FIELDS + MONEY_FIELDS:
            totals[f] = round2(Decimal(str(r[f])) if isinstance(r[f], float) else Decimal(r[f]))
        out.append({"min_assets": round2(Decimal(r["x"])), "totals": totals, "raw": r})
    return out


# ---------------------------------------------------------------------------------------------
# Loading the book into DuckDB (timed separately, like reach's import)


def load_book(con, csv_path: Path, force: bool) -> float | None:
    st = csv_path.stat()
    stamp = f"{csv_path.resolve()}|{st.st_size}|{int(st.st_mtime)}"
    con.execute("CREATE TABLE IF NOT EXISTS bench_meta(key VARCHAR PRIMARY KEY, value VARCHAR)")
    have = con.execute("SELECT value FROM bench_meta WHERE key = 'source'").fetchone()
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    if not force and have and have[0] == stamp and "customers" in tables:
        return None
    types = "{" + ", ".join(f"{q(k)}: {q(v)}" for k, v in CUSTOMER_TYPES.items()) + "}"
    t0 = time.perf_counter()
    con.execute("BEGIN")
    con.execute(
        f"CREATE OR REPLACE TABLE customers AS SELECT {', '.join(CUSTOMER_TYPES)} "
        f"FROM read_csv({q(str(csv_path))}, header = true, delim = ',', quote = '\"', escape = '\"', "
        f"types = {types}, auto_detect = true)"
    )
    # Light sanity checks (reach's import validates every rule; this only guards the benchmark).
    n, ids, bad = con.execute(
        """SELECT count(*), count(DISTINCT customer_id),
                  count(*) FILTER (WHERE branch IS NULL OR branch = '' OR total_assets IS NULL OR total_assets < 0
                                   OR age NOT BETWEEN 18 AND 120 OR risk_profile NOT IN ('C1','C2','C3','C4','C5')
                                   OR channel NOT IN ('online','offline') OR trades_12m IS NULL OR trades_12m < 0
                                   OR revenue_12m IS NULL OR revenue_12m < 0)
           FROM customers"""
    ).fetchone()
    if n != ids or bad:
        con.execute("ROLLBACK")
        raise BadInput(f"{csv_path}: {n} rows, {ids} distinct customer_id, {bad} invalid rows")
    con.execute("INSERT OR REPLACE INTO bench_meta VALUES ('source', ?)", [stamp])
    con.execute("COMMIT")
    con.execute("CHECKPOINT")
    return time.perf_counter() - t0


# ---------------------------------------------------------------------------------------------
# Cross-check


def compare(duck: list[dict], reach_rows: list[dict], tier: str) -> list[str]:
    problems = []
    if len(duck) != len(reach_rows):
        problems.append(f"reach has {len(reach_rows)} points, DuckDB {len(duck)}")
    for k, (d, r) in enumerate(zip(duck, reach_rows)):
        where = f"point {k} ({r.get('min_assets')})"
        if r.get("tier") != tier:
            problems.append(f"{where}: reach's row is for tier {r.get('tier')!r}")
        if Decimal(r["min_assets"]) != d["min_assets"]:
            problems.append(f"{where}: threshold reach {r['min_assets']} vs DuckDB {d['min_assets']}")
        rt = r["totals"]
        for f in INT_FIELDS:
            if int(rt[f]) != d["totals"][f]:
                problems.append(f"{where}: {f} reach {rt[f]} vs DuckDB {d['totals'][f]}")
        for f in COUNT2_FIELDS:
            if Decimal(str(rt[f])) != d["totals"][f]:
                problems.append(f"{where}: {f} reach {rt[f]} vs DuckDB {d['totals'][f]}")
        for f in MONEY_FIELDS:
            diff = abs(Decimal(rt[f]) - d["totals"][f])
            if diff > CENT:
                problems.append(f"{where}: {f} reach {rt[f]} vs DuckDB {d['totals'][f]} (diff {diff})")
    return problems


def cent_exact_count(duck: list[dict], reach_rows: list[dict]) -> tuple[int, int]:
    same = total = 0
    for d, r in zip(duck, reach_rows):
        for f in MONEY_FIELDS:
            total += 1
            same += Decimal(r["totals"][f]) == d["totals"][f]
    return same, total


# ---------------------------------------------------------------------------------------------


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def loadavg() -> str:
    try:
        return Path("/proc/loadavg").read_text().strip()
    except OSError:
        return "?"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--book-csv", type=Path, required=True, help="customers CSV (MODEL.md section 1)")
    ap.add_argument("--scenario", type=Path, required=True)
    ap.add_argument("--tier", required=True)
    ap.add_argument("--from", dest="from_", type=Decimal, required=True)
    ap.add_argument("--to", type=Decimal, required=True)
    ap.add_argument("--steps", type=int, default=21)
    ap.add_argument("--log", action="store_true")
    ap.add_argument("--db", type=Path, required=True, help="DuckDB file holding the book (loaded once)")
    ap.add_argument("--reload", action="store_true", help="reload the CSV even if the DuckDB file has it")
    ap.add_argument("--reach-json", type=Path, help="output of `reach sweep ... --json` to compare with")
    ap.add_argument("--reach-bin", type=Path, help="the reach binary, to time `reach sweep` end to end")
    ap.add_argument("--warehouse", type=Path, help="reach's warehouse holding the same book (with --reach-bin)")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--threads", type=int, help="DuckDB threads (default: DuckDB's own, = cores)")
    ap.add_argument("--print-sql", action="store_true", help="print the generated query and exit")
    ap.add_argument("--out-json", type=Path, help="write DuckDB's totals in reach's sweep JSON shape")
    a = ap.parse_args()

    try:
        sc = load_scenario(a.scenario)
        names = [t["name"] for t in sc["tiers"]]
        idx = names.index(a.tier) if a.tier in names else None
        if idx is None:
            raise BadInput(f"tier: no tier is named `{a.tier}` in scenario `{sc['name']}`")
        if a.steps < 1 or a.steps > 1001:
            raise BadInput("--steps must be within 1..=1001")
        if a.from_ < 0 or a.to < 0 or (a.log and (a.from_ == 0 or a.to == 0)):
            raise BadInput("--from/--to must not be negative (and above 0 with --log)")
        points = log_points(a.from_, a.to, a.steps) if a.log else linear_points(a.from_, a.to, a.steps)
        sql = build_query(sc, idx, points)
        if a.print_sql:
            print(sql)
            return 0

        load_before = loadavg()
        con = duckdb.connect(str(a.db))
        if a.threads:
            con.execute(f"SET threads = {int(a.threads)}")
        load_s = load_book(con, a.book_csv, a.reload)
    except BadInput as e:
        print(f"error: {e}", file=sys.stderr)
        return 2

    version = con.execute("SELECT version()").fetchone()[0]
    threads = con.execute("SELECT current_setting('threads')").fetchone()[0]
    n_customers = con.execute("SELECT count(*) FROM customers").fetchone()[0]

    # The sweep: only execute(...).fetchall() is timed.
    duck_times, rows = [], None
    for _ in range(max(1, a.repeat)):
        t0 = time.perf_counter()
        rows = con.execute(sql).fetchall()
        duck_times.append(time.perf_counter() - t0)
    duck = rows_to_totals(rows)
    duck_med = statistics.median(duck_times)

    reach_rows, reach_times = None, []
    if a.reach_bin and a.warehouse:
        if not a.reach_bin.is_file():
            print(f"error: --reach-bin {a.reach_bin}: no such file", file=sys.stderr)
            return 2
        cmd = [str(a.reach_bin.resolve()), "--db", str(a.warehouse), "sweep", str(a.scenario), "--tier", a.tier,
               "--from", str(a.from_), "--to", str(a.to), "--steps", str(a.steps)] + (["--log"] if a.log else []) + ["--json"]
        out = None
        for _ in range(max(1, a.repeat)):
            t0 = time.perf_counter()
            p = subprocess.run(cmd, capture_output=True, stdin=subprocess.DEVNULL)
            reach_times.append(time.perf_counter() - t0)
            if p.returncode != 0:
                print(f"error: reach exited {p.returncode}: {p.stderr.decode(errors='replace')}", file=sys.stderr)
                return 1
            out = p.stdout
        reach_rows = json.loads(out, parse_float=Decimal)
    if a.reach_json:
        reach_rows = json.loads(a.reach_json.read_text(encoding="utf-8"), parse_float=Decimal)
    load_after = loadavg()

    if a.out_json:
        a.out_json.write_text(json.dumps(
            [{"tier": a.tier, "min_assets": str(d["min_assets"]),
              "totals": {f: (d["totals"][f] if f in INT_FIELDS else str(d["totals"][f])) for f in d["totals"]}} for d in duck],
            ensure_ascii=False, indent=2), encoding="utf-8")

    mode = "log" if a.log else "linear"
    print(f"## `{a.tier}` {a.from_} → {a.to}, {a.steps} points ({mode}), scenario `{sc['name']}`\n")
    print(f"- book: {n_customers:,} customers; DuckDB load of {a.book_csv}: "
          + (f"{load_s:.2f} s (not counted)" if load_s is not None else "already loaded in " + str(a.db)))
    print(f"- machine: {os.cpu_count()} cores, {cpu_model()}; load average before {load_before}, after {load_after}")
    print(f"- runs: {max(1, a.repeat)} each; DuckDB times {', '.join(f'{t:.3f}' for t in duck_times)} s"
          + (f"; reach times {', '.join(f'{t:.3f}' for t in reach_times)} s" if reach_times else ""))
    print()
    print("| DuckDB version | DuckDB threads | reach sweep (end to end, median) | DuckDB query (median) | DuckDB ÷ reach |")
    print("|---|---:|---:|---:|---:|")
    if reach_times:
        reach_med = statistics.median(reach_times)
        print(f"| {version} | {threads} | {reach_med * 1000:.0f} ms | {duck_med * 1000:.0f} ms | {duck_med / reach_med:.1f}× |")
    else:
        print(f"| {version} | {threads} | (not run) | {duck_med * 1000:.0f} ms | |")
    print()

    if reach_rows is None:
        print("cross-check: not run (give --reach-json, or --reach-bin and --warehouse)")
        return 0
    problems = compare(duck, reach_rows, a.tier)
    same, total = cent_exact_count(duck, reach_rows)
    if problems:
        print(f"cross-check: MISMATCH — {len(problems)} differences; the first ones:")
        for p in problems[:20]:
            print(f"  - {p}")
        return 1
    print(f"cross-check: OK — {len(duck)} points agree: eligible, advisors_needed, current_advisors, hires, "
          f"served and newly_served exactly; money within 0.01 ({same} of {total} money figures equal to the cent)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
