//! The interactive walk: the only module that uses dialoguer.
//!
//! Used only when stdin and stderr are both terminals. Everything is drawn
//! on stderr ([`draw`]): the checklist intro, each item's title and
//! guidance before its first question, then the question. Typed answers
//! ([`ask`]) are checked by the same `answers::interpret` every other
//! source uses, and asked again when they do not fit (`?` shows the
//! question's help). After the last question a review screen ([`review`])
//! lists every answer; any one can be changed before the verdict. What has
//! to fit the terminal's width is measured in [`layout`].

mod ask;
mod draw;
mod layout;
mod review;

use crate::answers::{Answer, Answers, Ask, Source, Value, Walk};
use crate::checklist::Entry;
use crate::clock::Clock;
use crate::error::{Error, Result, Stream};
use console::Term;
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};

pub struct Prompt {
    term: Term,
    theme: Box<dyn Theme>,
    /// The section whose heading was shown last.
    section: Option<String>,
}

/// What a question had before it was picked on the review screen.
#[derive(Clone, Copy)]
enum Before<'a> {
    /// Asked for the first time.
    Nothing,
    /// Asked again: its answer then, or `None` if it was skipped.
    Answer(Option<&'a Value>),
}

impl Prompt {
    pub fn new() -> Self {
        let theme: Box<dyn Theme> = if console::colors_enabled_stderr() {
            Box::new(ColorfulTheme::default())
        } else {
            Box::new(SimpleTheme)
        };
        Prompt {
            term: Term::stderr(),
            theme,
            section: None,
        }
    }

    /// The terminal's width in columns.
    fn columns(&self) -> usize {
        usize::from(self.term.size().1).max(layout::NARROWEST)
    }
}

impl Default for Prompt {
    fn default() -> Self {
        Prompt::new()
    }
}

impl Ask for Prompt {
    fn ask(&mut self, entry: &Entry, clock: &Clock) -> Result<Option<Answer>> {
        let value = self.ask_entry(entry, Before::Nothing, clock)?;
        let source = Source::Interactive;
        Ok(value.map(|value| Answer { value, source }))
    }
}

/// Walks the whole checklist at the terminal, then the review screen.
pub fn run(walk: Walk, given: &Answers, clock: &Clock) -> Result<Answers> {
    let mut prompt = Prompt::new();
    prompt.intro(walk.checklist)?;
    let answers = walk.collect(given, &mut prompt, clock)?;
    let answers = prompt.review(walk, answers, clock)?;
    let _ = prompt.term.show_cursor();
    Ok(answers)
}

/// A failed read from the terminal (Ctrl-C included) as an error.
fn dialog_error(err: dialoguer::Error) -> Error {
    let dialoguer::Error::IO(io) = err;
    Error::stream(Stream::TerminalIn, io)
}

/// A failed write to the terminal as an error.
fn write_error(err: std::io::Error) -> Error {
    Error::stream(Stream::TerminalOut, err)
}
