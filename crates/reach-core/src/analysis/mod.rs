//! Decision analytics over a scenario (docs/spec/MODEL.md section 10): goal seek over a grid of one
//! field (`seek`), the tornado of the scenario's ranges (`tornado`) and seeded Monte Carlo over
//! them (`montecarlo`). All three read the book through `aggregate` — one pass, then each
//! point finished from the per-(tier, branch) cells — and name figures through `figure`.
//! Every point, end and draw equals a full `engine::run` with its values, exactly.

pub mod aggregate;
pub mod figure;
pub mod montecarlo;
pub mod seek;
pub mod tornado;

use rust_decimal::Decimal;
use serde::Serializer;

pub use aggregate::Aggregate;
pub use figure::Figure;

/// An exact decimal as a JSON string, as written (`"1234.50"`, `"12"`).
pub(crate) fn decimal_string<S: Serializer>(v: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&v.to_string())
}

/// An optional exact decimal as a JSON string or null.
pub(crate) fn optional_decimal_string<S: Serializer>(v: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(d) => decimal_string(d, s),
        None => s.serialize_none(),
    }
}
