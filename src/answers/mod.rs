//! Answers: their values, where they come from, and the walk that gathers
//! them in question order.
//!
//! Precedence, highest first: `--answer KEY=VALUE` ([`flags`]), `--answers
//! FILE` ([`file`]), then one fallback [`Ask`]er for whatever is still
//! open, chosen by [`select`]: the terminal prompt (`crate::prompt`), piped
//! lines ([`lines`]), or [`Missing`], which asks nothing and reports what is
//! missing. Every source turns its raw input into a [`Value`] through
//! [`interpret`], so the same answer means the same thing wherever it came
//! from; how each kind of question reads an answer is the kind's own rule
//! (`checklist::Question::read`).

pub mod file;
pub mod flags;
pub mod lines;
mod missing;
mod select;
mod suggest;
mod value;
mod walk;

pub use crate::checklist::{Raw, Value};
pub use crate::error::Why;
pub use missing::Missing;
pub use select::{Fallback, Situation, select};
pub use suggest::unknown_key;
pub use value::{Answer, Answers, Source};
pub use walk::{Ask, Documents, Walk, applies};

use crate::checklist::{Expected, Question};
use crate::clock::Clock;

/// Turns `raw` into the answer to `q`, read in every language escalate
/// speaks, or says what `q` expected. The clock is read for date questions.
pub fn interpret(q: &Question, raw: &Raw, clock: &Clock) -> Result<Value, Expected> {
    q.read(raw, clock, crate::i18n::every())
}

/// Turns what a person typed at the prompt into the answer to `q`: as
/// [`interpret`] does, and a date also as people say it (`today`, `3.11.`,
/// `3 Nov`; `crate::clock::spoken_date`). Files, flags and piped lines
/// are read as written, so that they mean the same on every day.
pub fn interpret_typed(q: &Question, text: &str, clock: &Clock) -> Result<Value, Expected> {
    let spoken = match (q.kind, clock.today()) {
        (crate::checklist::Kind::Date, Ok(today)) => {
            let words = crate::i18n::every().map(|lang| lang.date_words());
            crate::clock::spoken_date(text, today, q.future, words)
        }
        _ => None,
    };
    let text = match spoken {
        Some((year, month, day)) => format!("{year:04}-{month:02}-{day:02}"),
        None => text.to_owned(),
    };
    interpret(q, &Raw::Text(text), clock)
}
