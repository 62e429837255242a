-- The Reach warehouse: the current customer book (one at a time), its columnar snapshot,
-- saved scenarios and the history of imports. Money is INTEGER fen (分) everywhere.
-- Timestamps are RFC 3339 UTC text.

-- The current book: at most one row (id = 1); no row means no book yet.
CREATE TABLE book (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    source           TEXT    NOT NULL CHECK (source IN ('demo', 'csv')),
    label            TEXT    NOT NULL,
    snapshot_date    TEXT    NULL,
    customers        INTEGER NOT NULL CHECK (customers >= 0),
    branches         INTEGER NOT NULL CHECK (branches >= 0),
    imported_at      TEXT    NOT NULL,
    -- The demo generator's seed (a u64 stored as its two's-complement i64); NULL for a CSV.
    seed             INTEGER NULL,
    customers_file   TEXT    NULL,
    customers_sha256 TEXT    NULL,
    branches_file    TEXT    NULL,
    branches_sha256  TEXT    NULL,
    synthetic        INTEGER NOT NULL CHECK (synthetic IN (0, 1))
);

-- Branches of record. advisors_source: 'file' (the branches file gave the headcount, 0 when
-- the file does not list the branch), 'derived' (distinct non-empty advisor_id among the
-- branch's customers), 'demo' (set by the demo generator).
CREATE TABLE branches (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL UNIQUE,
    region          TEXT    NULL,
    advisors        INTEGER NOT NULL CHECK (advisors >= 0),
    advisors_source TEXT    NOT NULL CHECK (advisors_source IN ('file', 'derived', 'demo'))
);

-- One row per customer, id = position in the imported file (1-based), so the book keeps
-- the file's order. customer_id is unique through the index below.
CREATE TABLE customers (
    id               INTEGER PRIMARY KEY,
    customer_id      TEXT    NOT NULL CHECK (customer_id <> ''),
    branch_id        INTEGER NOT NULL REFERENCES branches (id),
    total_assets_fen INTEGER NOT NULL CHECK (total_assets_fen >= 0),
    age              INTEGER NOT NULL CHECK (age BETWEEN 18 AND 120),
    risk_profile     TEXT    NOT NULL CHECK (risk_profile IN ('C1', 'C2', 'C3', 'C4', 'C5')),
    channel          TEXT    NOT NULL CHECK (channel IN ('online', 'offline')),
    trades_12m       INTEGER NOT NULL CHECK (trades_12m >= 0),
    revenue_12m_fen  INTEGER NOT NULL CHECK (revenue_12m_fen >= 0),
    advisor_id       TEXT    NULL CHECK (advisor_id <> '')
);

-- An explicit index rather than an inline UNIQUE: an import drops and recreates the
-- customers table from its definition here, and builds this index after the insert (sorting
-- once instead of inserting a million keys in random order), all inside its transaction.
CREATE UNIQUE INDEX customers_customer_id ON customers (customer_id);

-- The columnar image of the current book (reach_core::snapshot), written in the same
-- transaction as the rows above; the loader rebuilds from the rows when it is missing or of
-- an unknown format version.
CREATE TABLE book_snapshot (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    format_version INTEGER NOT NULL,
    customers      INTEGER NOT NULL CHECK (customers >= 0),
    bytes          BLOB    NOT NULL
);

-- Saved scenarios, as the TOML text the user wrote (validated by the caller).
CREATE TABLE scenarios (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (name <> ''),
    toml       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Every import attempt, kept or refused.
CREATE TABLE imports (
    id             INTEGER PRIMARY KEY,
    started_at     TEXT    NOT NULL,
    finished_at    TEXT    NOT NULL,
    kind           TEXT    NOT NULL CHECK (kind IN ('demo', 'csv')),
    customers_file TEXT    NULL,
    branches_file  TEXT    NULL,
    rows           INTEGER NOT NULL CHECK (rows >= 0),
    outcome        TEXT    NOT NULL CHECK (outcome IN ('ok', 'refused')),
    message        TEXT    NOT NULL
);
