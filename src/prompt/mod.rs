//! The interactive walk: the only module that uses dialoguer.
//!
//! Used only when stdin and stderr are both terminals. Everything is drawn
//! on stderr ([`draw`]): the checklist intro, each item's title with where
//! the user is ("Partner contact · 2 of 3") and its guidance, then the
//! question. Answers are typed in a paste-safe line ([`line`]) or picked
//! from a list ([`ask`]), checked by the same `answers::interpret` every
//! other source uses, and asked again when they do not fit. Esc goes back
//! one question from any prompt; the answers after it are kept unless the
//! change makes them not apply, and an answer dropped that way comes back
//! when its question applies again. After the last question a review
//! screen ([`review`]) lists every answer, any one of which can be changed.
//! What has to fit the terminal's width is measured in [`layout`]; at the
//! end of a run, [`offer`] proposes the document that fits the verdict.

mod ask;
mod draw;
pub mod editor;
mod layout;
mod line;
pub mod offer;
mod review;

use crate::answers::{Answer, Answers, Source, Value, Walk, applies};
use crate::checklist::{Checklist, Entry, Role};
use crate::clock::Clock;
use crate::error::{Error, Result, Stream};
use crate::i18n::t;
use crate::state::Kept;
use console::Term;
use dialoguer::Select;
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use std::collections::{HashMap, HashSet};

pub struct Prompt {
    term: Term,
    theme: Box<dyn Theme>,
    /// The heading shown last: a section, or the documents' part.
    heading: Option<String>,
    /// Every answer typed in this run, kept when a changed answer makes
    /// its question not apply, to come back when it applies again.
    remembered: HashMap<String, Value>,
    /// Optional questions left open on purpose: not asked again unless
    /// picked or gone back to.
    skipped: HashSet<String>,
}

/// What a question had before it was asked this time.
#[derive(Clone, Copy)]
enum Before<'a> {
    /// Asked for the first time.
    Nothing,
    /// Asked again: its answer then, or `None` if it was left open; or
    /// asked first with an answer to start from (Enter keeps it).
    Answer(Option<&'a Value>),
}

/// What the user did at a question.
enum Asked {
    /// An answer, or `None` for an optional question left open.
    Answer(Option<Value>),
    /// Esc: back to the question before.
    Back,
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
            heading: None,
            remembered: HashMap::new(),
            skipped: HashSet::new(),
        }
    }

    /// The terminal's width in columns.
    fn columns(&self) -> usize {
        usize::from(self.term.size().1).max(layout::NARROWEST)
    }

    /// Walks `walk` from `answers`: asks every question that applies and
    /// has no answer yet, starting with `first` (asked even if answered).
    /// Answers in `given` (files, flags) are taken, never asked. Esc goes
    /// back to the question asked before; from `first`, it leaves the walk
    /// with `answers` as they were.
    fn walk_from(
        &mut self,
        walk: Walk,
        given: &Answers,
        mut answers: Answers,
        first: Option<&str>,
        clock: &Clock,
    ) -> Result<Answers> {
        let entries: Vec<Entry> = walk.every().collect();
        let mut target = first.and_then(|key| entries.iter().position(|e| e.is_key(key)));
        let start = target;
        let mut history: Vec<usize> = Vec::new();
        let mut i = 0;
        while i < entries.len() {
            let entry = &entries[i];
            let key = entry.key();
            if !applies(entry, &answers) {
                answers.remove(&key);
                i += 1;
                continue;
            }
            if let Some(answer) = given.get(&key) {
                answers.set(key.clone(), answer.clone());
            } else if walk.documents.want(entry) && target.is_none_or(|t| t == i) {
                let open = answers.get(&key).is_none() && !self.skipped.contains(&key);
                let wanted = target == Some(i) || open;
                if wanted && !self.restore(entry, &mut answers) {
                    let before = match answers.get(&key) {
                        Some(answer) => Before::Answer(Some(&answer.value)),
                        None if target == Some(i) => Before::Answer(None),
                        None => match starting_point(walk.checklist, entry, &answers) {
                            Some(start) => Before::Answer(Some(start)),
                            None => Before::Nothing,
                        },
                    };
                    match self.ask(walk.checklist, entry, before, clock)? {
                        Asked::Answer(value) => {
                            self.settle(&key, value, &mut answers);
                            history.push(i);
                            target = None;
                        }
                        Asked::Back if Some(i) == start => return Ok(answers),
                        Asked::Back => {
                            match history.pop() {
                                Some(previous) => target = Some(previous),
                                None => self.first_question()?,
                            }
                            i = target.unwrap_or(i);
                            continue;
                        }
                    }
                }
            } else if target.is_some() {
                // Before the question asked again: as it was.
                i += 1;
                continue;
            }
            if answers
                .get(&key)
                .is_some_and(|a| a.value.stops(entry.question))
            {
                // Nothing after an answer that ends the check is kept.
                for later in &entries[i + 1..] {
                    answers.remove(&later.key());
                }
                break;
            }
            i += 1;
        }
        Ok(answers)
    }

    /// Gives `entry` the answer it had before a change made it not apply,
    /// now that it applies again; whether there was one.
    fn restore(&self, entry: &Entry, answers: &mut Answers) -> bool {
        let key = entry.key();
        match self.remembered.get(&key) {
            Some(value) if answers.get(&key).is_none() => {
                let answer = Answer {
                    value: value.clone(),
                    source: Source::Interactive,
                };
                answers.set(key, answer);
                true
            }
            _ => false,
        }
    }

    /// Records the answer to `key` (`None`: left open).
    fn settle(&mut self, key: &str, value: Option<Value>, answers: &mut Answers) {
        match value {
            Some(value) => {
                self.skipped.remove(key);
                self.remembered.insert(key.to_owned(), value.clone());
                let source = Source::Interactive;
                answers.set(key.to_owned(), Answer { value, source });
            }
            None => {
                self.skipped.insert(key.to_owned());
                self.remembered.remove(key);
                answers.remove(key);
            }
        }
    }
}

/// The answer a question not yet answered starts from, shown so that
/// Enter keeps it: the problem as the partner reads it starts from the
/// summary written for the CSM, which the message to the partner would
/// otherwise use unseen.
fn starting_point<'a>(
    checklist: &Checklist,
    entry: &Entry,
    answers: &'a Answers,
) -> Option<&'a Value> {
    if entry.question.role != Some(Role::NoteProblem) {
        return None;
    }
    let problem = checklist.role(Role::Problem)?;
    answers.get(&problem.key()).map(|a| &a.value)
}

impl Default for Prompt {
    fn default() -> Self {
        Prompt::new()
    }
}

/// Walks the checklist at the terminal, then the review screen. With
/// `kept` answers from an earlier run, and the user's yes, the walk asks
/// only what is still open (a kept answer that no longer fits), then shows
/// the review screen.
pub fn run(walk: Walk, given: &Answers, clock: &Clock, kept: Option<&Kept>) -> Result<Answers> {
    let mut prompt = Prompt::new();
    prompt.intro(walk.checklist)?;
    let answers = match kept {
        Some(kept) if prompt.continue_from(kept)? => {
            let mut answers = Answers::default();
            for (key, answer) in kept.answers.iter().chain(given.iter()) {
                answers.set(key.to_owned(), answer.clone());
            }
            for (key, answer) in kept.answers.iter() {
                prompt
                    .remembered
                    .insert(key.to_owned(), answer.value.clone());
            }
            // An optional question without a kept answer was left open.
            let open = walk.every().filter(|e| e.question.optional);
            let open = open
                .map(|e| e.key())
                .filter(|key| answers.get(key).is_none());
            prompt.skipped.extend(open);
            // What no longer fits, or is new in the checklist, is asked
            // before the review.
            prompt.walk_from(walk, given, answers, None, clock)?
        }
        _ => prompt.walk_from(walk, given, Answers::default(), None, clock)?,
    };
    let answers = prompt.review(walk, given, answers, clock)?;
    prompt.leave();
    Ok(answers)
}

impl Prompt {
    /// Offers to continue from the answers kept on `kept.saved`: Enter
    /// continues, the other line starts afresh.
    fn continue_from(&self, kept: &Kept) -> Result<bool> {
        let date = t().date(kept.saved);
        self.line("")?;
        crate::signal::discard_typeahead();
        let items = [t().kept_continue(), t().kept_afresh()];
        let picked = Select::with_theme(self.theme.as_ref())
            .with_prompt(t().kept_offer(&date))
            .items(items)
            .default(0)
            .report(false)
            .interact_on(&self.term)
            .map_err(dialog_error)?;
        Ok(picked == 0)
    }

    /// Ends the prompts: the cursor shown, nothing typed ahead left for the
    /// shell.
    pub fn leave(&self) {
        let _ = self.term.show_cursor();
        crate::signal::discard_typeahead();
    }
}

/// A failed read from the terminal (Ctrl-C included) as an error.
fn dialog_error(err: dialoguer::Error) -> Error {
    let dialoguer::Error::IO(io) = err;
    Error::stream(Stream::TerminalIn, io)
}

/// A failed read or write on the terminal as an error.
fn terminal_error(err: std::io::Error) -> Error {
    Error::stream(Stream::TerminalOut, err)
}
