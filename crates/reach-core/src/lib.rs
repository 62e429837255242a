//! reach-core — the domain of Reach, pure Rust with no I/O:
//! the customer book (`book`), money (`money`), scenarios and their TOML form (`scenario`),
//! the exact engine (`engine`) with its result (`result`), threshold sweeps (`sweep`),
//! scenario comparison (`compare`) and the calibrated demo generator (`demo`).

pub mod book;
pub mod money;
