//! reach-store — the SQLite warehouse.
