//! `reach bench`: measures the performance targets of the foundation and of the analyses (goal
//! seek, tornado, Monte Carlo) on this machine, on real files in a scratch folder (a real
//! SQLite warehouse, a real 1M-row CSV), and writes the figures with the machine they ran on
//! as markdown (docs/benchmarks.md).

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use reach_core::analysis::montecarlo::{monte_carlo, DEFAULT_DRAWS};
use reach_core::analysis::seek::{seek, Goal, Grid};
use reach_core::analysis::tornado::tornado;
use reach_core::demo::{generate_book, DemoParams};
use reach_core::money::format_count;
use reach_core::sweep::{grid, sweep};
use reach_core::{run as run_scenario, Scenario};
use reach_store::Warehouse;
use rust_decimal::Decimal;

use crate::error::{CliError, CliResult};
use crate::output::{errln, out, outln};

/// The scenario timed: three tiers, with age, risk, channel and dormancy filters.
const SCENARIO: &str = include_str!("../../../scenarios/30k.toml");
/// The tier swept (the lowest threshold of that scenario).
const SWEPT_TIER: &str = "数字化运营";

struct Figure {
    what: String,
    target: String,
    measured: String,
    met: Option<bool>,
}

fn fail(e: impl std::fmt::Display) -> CliError {
    CliError::Failure(e.to_string())
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// The durations of `times` runs of `work`.
fn timed<E>(times: usize, mut work: impl FnMut() -> Result<(), E>) -> Result<Vec<Duration>, E> {
    (0..times)
        .map(|_| {
            let t = Instant::now();
            work().map(|()| t.elapsed())
        })
        .collect()
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn secs(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}

pub async fn run(customers: usize, memory_customers: usize, write: Option<&Path>) -> CliResult {
    let scratch = std::env::temp_dir().join(format!("reach-bench-{}", std::process::id()));
    std::fs::create_dir_all(&scratch)?;
    let result = measure(&scratch, customers, memory_customers).await;
    let _ = std::fs::remove_dir_all(&scratch);
    let figures = result?;
    let report = markdown(customers, &figures);
    out!("{report}")?;
    if let Some(path) = write {
        write_section(path, &report).map_err(|e| CliError::Failure(format!("{}: {e}", path.display())))?;
        errln!("wrote {}", path.display());
    }
    Ok(())
}

async fn measure(scratch: &Path, customers: usize, memory_customers: usize) -> CliResult<Vec<Figure>> {
    let n = format_count(customers as i128);
    let params = DemoParams { customers, ..DemoParams::default() };
    let mut figures = Vec::new();
    let mut figure = |what: String, target: &str, measured: String, met: Option<bool>| {
        errln!("{what}: {measured}");
        figures.push(Figure { what, target: target.into(), measured, met });
    };

    // 1. The demo book into a fresh warehouse.
    let demo_db = scratch.join("demo.sqlite");
    let wh = Warehouse::open(&demo_db).await?;
    let t = Instant::now();
    wh.import_demo(&params).await?;
    let d = t.elapsed();
    figure(
        format!("`reach demo`: build {n} customers into the warehouse"),
        "≤ 10 s",
        secs(d),
        Some(d.as_secs_f64() <= 10.0),
    );

    // 2. A real CSV of the same book, imported into another fresh warehouse.
    let csv_path = scratch.join("customers.csv");
    crate::demo_csv::write(&params, &csv_path, None)?;
    let csv_db = scratch.join("import.sqlite");
    let wh2 = Warehouse::open(&csv_db).await?;
    let t = Instant::now();
    wh2.import_csv(&csv_path, None, false).await?;
    let d = t.elapsed();
    let mb = std::fs::metadata(&csv_path).map(|m| m.len() as f64 / 1e6).unwrap_or(0.0);
    figure(format!("`reach import`: CSV of {n} rows ({mb:.0} MB)"), "≤ 10 s", secs(d), Some(d.as_secs_f64() <= 10.0));
    wh2.close().await;

    // 3. Loading the book from the warehouse (columnar snapshot), and from the rows.
    let mut loads = Vec::new();
    let mut book = None;
    for _ in 0..5 {
        let t = Instant::now();
        book = wh.load_book().await?;
        loads.push(t.elapsed());
    }
    let book = book.ok_or_else(|| fail("the demo book did not load"))?.book;
    let d = median(loads);
    figure(
        format!("Load the {n}-customer book from the warehouse (median of 5)"),
        "≤ 1.5 s",
        ms(d),
        Some(d.as_secs_f64() <= 1.5),
    );
    let t = Instant::now();
    let from_rows = wh.load_book_from_rows().await?;
    let d = t.elapsed();
    drop(from_rows);
    figure("  … rebuilt from the customer rows instead (fallback path)".to_string(), "—", ms(d), None);
    wh.close().await;

    // 4. One 3-tier scenario with filters, in memory.
    let scenario = Scenario::from_toml(SCENARIO)?;
    let mut runs = Vec::new();
    for _ in 0..21 {
        let t = Instant::now();
        std::hint::black_box(run_scenario(&book, &scenario)?);
        runs.push(t.elapsed());
    }
    let d = median(runs);
    figure(
        format!("One 3-tier scenario with filters on {n} (median of 21)"),
        "≤ 20 ms",
        ms(d),
        Some(d.as_secs_f64() <= 0.020),
    );

    // 5. A 100-point sweep.
    let xs = grid(Decimal::from(10_000), Decimal::from(1_000_000), 100, true)?;
    let mut sweeps = Vec::new();
    for _ in 0..11 {
        let t = Instant::now();
        std::hint::black_box(sweep(&book, &scenario, SWEPT_TIER, &xs)?);
        sweeps.push(t.elapsed());
    }
    let d = median(sweeps);
    figure(
        format!("100-point threshold sweep on {n} (median of 11)"),
        "≤ 50 ms",
        ms(d),
        Some(d.as_secs_f64() <= 0.050),
    );

    // 6. The analyses (MODEL section 10) on the scenario's calibrated ranges.
    let net = reach_core::analysis::Figure::parse("net")?;
    let d = median(timed(11, || tornado(&book, &scenario, net).map(drop))?);
    figure(
        format!("Tornado of net over {} ranges on {n} (median of 11)", scenario.ranges.len()),
        "≤ 100 ms",
        ms(d),
        Some(d.as_secs_f64() <= 0.100),
    );
    let d = median(timed(5, || monte_carlo(&book, &scenario, DEFAULT_DRAWS, 1).map(drop))?);
    figure(
        format!("Monte Carlo, {} draws over the ranges on {n} (median of 5)", format_count(DEFAULT_DRAWS as i128)),
        "≤ 1 s (aim 0.1 s)",
        ms(d),
        Some(d.as_secs_f64() <= 1.0),
    );
    let grid = Grid { from: Decimal::from(10_000), to: Decimal::from(109_000), step: Decimal::from(1_000) };
    let field = format!("tiers.{SWEPT_TIER}.min_assets");
    let d = median(timed(11, || seek(&book, &scenario, &field, &grid, &Goal::Maximize(net)).map(drop))?);
    figure(
        format!("Goal seek over 100 grid points of a threshold on {n} (median of 11)"),
        "≤ 100 ms",
        ms(d),
        Some(d.as_secs_f64() <= 0.100),
    );
    drop(book);

    // 7. `reach sweep` end to end, as a user runs it: process start, open, load, sweep, JSON out.
    let scenario_file = scratch.join("30k.toml");
    std::fs::write(&scenario_file, SCENARIO)?;
    let exe = std::env::current_exe()?;
    let mut e2e = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let out = Command::new(&exe)
            .arg("--db")
            .arg(&demo_db)
            .args([
                "sweep",
                &scenario_file.to_string_lossy(),
                "--tier",
                SWEPT_TIER,
                "--from",
                "10000",
                "--to",
                "1000000",
            ])
            .args(["--steps", "100", "--log", "--json"])
            .output()?;
        e2e.push(t.elapsed());
        if !out.status.success() {
            return Err(fail(String::from_utf8_lossy(&out.stderr)));
        }
    }
    figure(format!("`reach sweep … --steps 100 --json` end to end on {n} (median of 5)"), "—", ms(median(e2e)), None);

    // 8. Peak memory of a large in-memory book, in a child process of its own.
    if memory_customers > 0 {
        let out = Command::new(&exe).args(["bench-memory", &memory_customers.to_string()]).output()?;
        if !out.status.success() {
            return Err(fail(String::from_utf8_lossy(&out.stderr)));
        }
        let text = String::from_utf8_lossy(&out.stdout);
        let peak_kb: u64 = text.split_whitespace().next().and_then(|v| v.parse().ok()).unwrap_or(0);
        let gb = peak_kb as f64 / 1024.0 / 1024.0;
        figure(
            format!(
                "Peak memory (VmHWM) of a process holding a {}-customer book",
                format_count(memory_customers as i128)
            ),
            "≤ 1.2 GB",
            format!("{gb:.2} GB"),
            Some(gb <= 1.2),
        );
    }
    Ok(figures)
}

/// The child of the memory benchmark: builds the book, runs one scenario, prints VmHWM in kB.
pub fn memory_child(customers: usize) -> CliResult {
    let book = generate_book(&DemoParams { customers, ..DemoParams::default() });
    let scenario = Scenario::from_toml(SCENARIO)?;
    std::hint::black_box(run_scenario(&book, &scenario)?);
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let peak = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next())
        .unwrap_or("0")
        .to_string();
    outln!("{peak} kB peak; book columns {} bytes", book.heap_bytes())
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("model name").map(|v| v.trim_start_matches([' ', '\t', ':']).to_string()))
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| s.lines().find_map(|l| l.strip_prefix("MemTotal:").map(|v| v.trim().to_string())))
        .unwrap_or_default();
    let os = std::fs::read_to_string("/etc/os-release")
        .ok()
        .and_then(|s| s.lines().find_map(|l| l.strip_prefix("PRETTY_NAME=").map(|v| v.trim_matches('"').to_string())))
        .unwrap_or_default();
    format!("{cpu}, {cores} cores, {mem} RAM, {os}")
}

const BEGIN: &str = "<!-- reach bench: begin -->";
const END: &str = "<!-- reach bench: end -->";

/// Replaces this benchmark's section of the markdown file (between its markers), keeping the
/// rest (other benchmarks' sections); a file without the section gets it after its title.
fn write_section(path: &Path, section: &str) -> std::io::Result<()> {
    let existing = std::fs::read_to_string(path).unwrap_or_else(|_| "# Benchmarks\n".into());
    let block = format!("{BEGIN}\n{section}{END}\n");
    let text = match (existing.find(BEGIN), existing.find(END)) {
        (Some(b), Some(e)) if b < e => {
            format!("{}{block}{}", &existing[..b], &existing[e + END.len()..].trim_start_matches('\n'))
        }
        _ => match existing.split_once('\n') {
            Some((title, rest)) if title.starts_with("# ") => {
                format!("{title}\n\n{block}\n{}", rest.trim_start_matches('\n'))
            }
            _ => format!("# Benchmarks\n\n{block}\n{existing}"),
        },
    };
    let tmp = path.with_extension("md.partial");
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path)
}

fn markdown(customers: usize, figures: &[Figure]) -> String {
    let mut out = String::from("## Warehouse, engine and analyses (`reach bench`)\n\n");
    out.push_str(&format!(
        "Measured by `reach bench` (release build) on {} customers of the seeded demo book.\n\n",
        format_count(customers as i128)
    ));
    out.push_str(&format!("- Machine: {}\n", machine()));
    out.push_str(&format!("- Reach {}, measured {}\n\n", env!("CARGO_PKG_VERSION"), today()));
    out.push_str("| what | target | measured | |\n|---|---|---|---|\n");
    for f in figures {
        let mark = match f.met {
            Some(true) => "✓",
            Some(false) => "✗ missed",
            None => "",
        };
        out.push_str(&format!("| {} | {} | {} | {} |\n", f.what, f.target, f.measured, mark));
    }
    out
}

fn today() -> String {
    Command::new("date")
        .args(["-u", "+%Y-%m-%d %H:%M UTC"])
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default()
}
