//! Answers: their values, where they come from, and the walk that gathers
//! them in question order.
//!
//! Precedence, highest first: `--answer KEY=VALUE` ([`flags`]), `--answers
//! FILE` ([`file`]), then one fallback [`Ask`]er for whatever is still
//! open, chosen by [`select`]: the terminal prompt (`crate::prompt`), piped
//! lines ([`lines`]), or [`Missing`], which asks nothing and reports what is
//! missing. Every source turns its raw input into a [`Value`] through
//! [`interpret`], so the same answer means the same thing wherever it came
//! from.

pub mod file;
pub mod flags;
mod interpret;
pub mod lines;
mod missing;
mod select;
mod suggest;
mod value;
mod walk;

pub use crate::error::Why;
pub use interpret::{Raw, allowed, entries, expected, interpret, parse_yes_no};
pub use missing::Missing;
pub use select::{Fallback, Situation, select};
pub use suggest::unknown_key;
pub use value::{Answer, Answers, Source, Value};
pub use walk::{Ask, Documents, Walk, applies, stops};
