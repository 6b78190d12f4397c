//! One thing wrong with an input file (a checklist or answers file), and
//! where: what escalate found, as data, or the parser's own message.

use super::Rule;
use crate::locate::Place;
use std::io;

/// One thing wrong with an input file, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub at: Option<Place>,
    pub what: What,
}

/// What is wrong with an input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum What {
    /// Larger than [`crate::limits::MAX_BYTES`].
    TooBig,
    NotUtf8,
    CannotRead(io::ErrorKind, String),
    IsADirectory,
    /// `[` and `{` nested deeper than [`crate::limits::MAX_FLOW_DEPTH`].
    TooDeep,
    /// Aliases expand it beyond [`crate::limits::MAX_EXPANDED`].
    TooExpanded,
    /// A comment glued to a value (` #3317`): the text it would lose, and
    /// the value quoted so that it keeps it.
    GluedComment {
        lost: String,
        quoted: String,
    },
    /// A `: ` within a value, which makes the text before it (`key`) a
    /// key; and the value quoted so that it stays text.
    ColonKey {
        key: String,
        quoted: String,
    },
    /// An answers file whose top is not a map of keys to answers; the
    /// text it is, when it is one.
    NotAMap {
        text: Option<String>,
    },
    /// An answer key given twice in an answers file.
    KeyTwice {
        key: String,
    },
    /// Nothing but comments.
    ChecklistEmpty,
    /// A checklist rule broken (boxed: a problem stays small).
    Rule(Box<Rule>),
    /// YAML that cannot be read, and the likely cause.
    Syntax(super::Syntax),
    /// In the words of the parser (English): serde's messages about
    /// types and fields.
    Said(String),
}

impl Problem {
    pub fn whole(file: &str, what: What) -> Problem {
        Problem {
            file: file.to_owned(),
            at: None,
            what,
        }
    }

    /// A serde_norway error in the YAML `text`, with its position moved
    /// in front of it; a syntax error as data ([`super::Syntax`]).
    pub fn yaml(file: &str, text: &str, err: &serde_norway::Error) -> Problem {
        super::syntax::problem(file, text, err)
    }

    /// A serde_json error, with its position moved in front of it.
    pub fn json(file: &str, err: &serde_json::Error) -> Problem {
        Problem {
            file: file.to_owned(),
            at: (err.line() > 0).then(|| (err.line(), err.column())),
            what: super::syntax::json(err),
        }
    }
}

/// What an answers file's reader expects at its top, in the words of
/// serde's message when it finds something else, which [`said`] knows.
pub const A_MAP: &str = "a map of answer keys to values";

/// What an answers file's reader says of a key it has seen before: this,
/// then the key, which [`said`] knows.
pub const KEY_TWICE: &str = "answer key given twice: ";

/// What a parser's message `text` (its place still in it) says: an
/// answers file's own refusals as data, anything else in its words.
pub(super) fn said(text: &str) -> What {
    let text = without_position(text);
    if let Some(at) = text.find(KEY_TWICE) {
        let key = text[at + KEY_TWICE.len()..].to_owned();
        return What::KeyTwice { key };
    }
    let syntax = if text.starts_with("recursion limit exceeded") {
        Some(super::Syntax::Nested)
    } else if text.starts_with("unknown anchor") {
        Some(super::Syntax::UnknownAlias)
    } else if text.contains("more than one document") {
        Some(super::Syntax::Documents)
    } else {
        None
    };
    if let Some(syntax) = syntax {
        return What::Syntax(syntax);
    }
    if text.starts_with("invalid type:") && text.ends_with(&format!("expected {A_MAP}")) {
        let found = text
            .strip_prefix("invalid type: string \"")
            .and_then(|rest| {
                let end = rest
                    .len()
                    .checked_sub(format!("\", expected {A_MAP}").len())?;
                rest.get(..end).map(str::to_owned)
            });
        return What::NotAMap { text: found };
    }
    What::Said(text)
}

/// An I/O error's reason without Rust's ` (os error N)` suffix.
pub fn io_reason(err: &io::Error) -> String {
    let text = err.to_string();
    match text.find(" (os error") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

/// A parser's message without the ` at line L column C` it appends: the
/// place is shown in front, as `file:line:column:`.
pub(super) fn without_position(text: &str) -> String {
    match text.find(" at line ") {
        Some(cut) => text[..cut].to_owned(),
        None => text.to_owned(),
    }
}
