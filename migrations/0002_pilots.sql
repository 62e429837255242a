-- Pilot outcomes (MODEL section 11): each stored pilot by unique name, its customers'
-- outcomes (money in INTEGER fen), and the history of pilot imports, kept or refused.
-- Pilot customers need not be in the book: no foreign key to customers (an import replaces
-- that table whole).

CREATE TABLE pilots (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE CHECK (name <> ''),
    -- What the pilot is, in words (the file it came from, or the synthetic demo's label).
    label       TEXT    NOT NULL,
    source_file TEXT    NULL,
    sha256      TEXT    NULL,
    synthetic   INTEGER NOT NULL CHECK (synthetic IN (0, 1)),
    customers   INTEGER NOT NULL CHECK (customers > 0),
    treated     INTEGER NOT NULL CHECK (treated >= 0),
    control     INTEGER NOT NULL CHECK (control >= 0),
    -- 1 when the file had placed_after (then every row has it).
    has_placed  INTEGER NOT NULL CHECK (has_placed IN (0, 1)),
    imported_at TEXT    NOT NULL
);

CREATE TABLE pilot_customers (
    pilot_id           INTEGER NOT NULL REFERENCES pilots (id) ON DELETE CASCADE,
    -- Position in the file (1-based), so the pilot keeps the file's order.
    position           INTEGER NOT NULL,
    customer_id        TEXT    NOT NULL CHECK (customer_id <> ''),
    grp                TEXT    NOT NULL CHECK (grp IN ('treated', 'control')),
    revenue_before_fen INTEGER NOT NULL CHECK (revenue_before_fen >= 0),
    revenue_after_fen  INTEGER NOT NULL CHECK (revenue_after_fen >= 0),
    assets_before_fen  INTEGER NOT NULL CHECK (assets_before_fen >= 0),
    assets_after_fen   INTEGER NOT NULL CHECK (assets_after_fen >= 0),
    trades_before      INTEGER NOT NULL CHECK (trades_before >= 0),
    trades_after       INTEGER NOT NULL CHECK (trades_after >= 0),
    placed_after_fen   INTEGER NULL CHECK (placed_after_fen >= 0),
    PRIMARY KEY (pilot_id, position),
    UNIQUE (pilot_id, customer_id)
);

-- Every pilot import attempt, kept or refused.
CREATE TABLE pilot_imports (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT    NOT NULL,
    finished_at TEXT    NOT NULL,
    pilot       TEXT    NOT NULL,
    file        TEXT    NULL,
    rows        INTEGER NOT NULL CHECK (rows >= 0),
    outcome     TEXT    NOT NULL CHECK (outcome IN ('ok', 'refused')),
    message     TEXT    NOT NULL
);
