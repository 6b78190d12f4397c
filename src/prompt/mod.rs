//! The interactive walk: the only module that uses dialoguer (its themes).
//!
//! Used only when stdin and stderr are both terminals. Everything is drawn
//! on stderr ([`draw`]): the checklist intro, each item's title with where
//! the user is ("Partner contact · part 2 of 3") and its guidance, then the
//! question. Answers are typed in a paste-safe line ([`line`]) or picked
//! from a list ([`pick`]), or given in plain lines ([`plain`]), checked by the same
//! `answers::interpret` every
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
pub mod gaps;
mod keys;
mod layout;
mod line;
pub mod offer;
mod pick;
mod plain;
mod region;
mod review;

use crate::answers::{Answer, Answers, Source, Value, Walk, applies};
use crate::checklist::{Checklist, Entry, Role};
use crate::clock::Clock;
use crate::error::{Error, Result, Stream};
use crate::i18n::t;
use crate::state::{Keeper, Kept};
use console::Term;
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use std::collections::{HashMap, HashSet};

/// Drops the keys read from the terminal and not yet used.
pub use keys::discard as discard_keys;

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
    /// Plain lines ([`plain`]): nothing drawn again, moved or hidden.
    plain: bool,
    /// Rows written so far and not erased: where a question began, to
    /// erase all of it when Esc leaves it.
    rows: std::cell::Cell<usize>,
    /// Optional questions asked and left open: a document offered after
    /// the verdict does not ask them again.
    left_open: HashSet<String>,
    /// The day an earlier run wrote the note to the partner: what Enter
    /// takes at the date the concern was raised, while it has no answer.
    noted: Option<jiff::civil::Date>,
    /// Keeps the answers as they are given, so that a stop loses none.
    keeper: Option<Keeper>,
    /// Does Esc at the first question asked leave the walk (to the offer
    /// it was started from)? Then `backed_out` says that it did.
    back_out: bool,
    backed_out: bool,
    /// The entries of a list the run was stopped in, to keep with the
    /// answers.
    unfinished: Option<Value>,
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
        crate::signal::paste_on();
        Prompt {
            term: Term::stderr(),
            theme,
            heading: None,
            remembered: HashMap::new(),
            skipped: HashSet::new(),
            plain: crate::signal::plain(),
            rows: std::cell::Cell::new(0),
            left_open: HashSet::new(),
            noted: None,
            keeper: None,
            back_out: false,
            backed_out: false,
            unfinished: None,
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
                    let asked = match self.ask(walk.checklist, entry, before, clock) {
                        Err(Error::Interrupted) => {
                            if let Some(value) = self.unfinished.take() {
                                self.settle(&key, Some(value), &mut answers);
                                self.keep(walk, &answers, clock)?;
                            }
                            return Err(Error::Interrupted);
                        }
                        asked => asked?,
                    };
                    match asked {
                        Asked::Answer(value) => {
                            self.settle(&key, value, &mut answers);
                            self.keep(walk, &answers, clock)?;
                            history.push(i);
                            target = None;
                        }
                        Asked::Back if Some(i) == start => return Ok(answers),
                        Asked::Back => {
                            match history.pop() {
                                Some(previous) => target = Some(previous),
                                None if self.back_out => {
                                    self.backed_out = true;
                                    return Ok(answers);
                                }
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

    /// Keeps `answers` for the next run, as they are now. Failing to is
    /// said at the end of the run, when they are kept again; only a stop
    /// meanwhile ends the run.
    fn keep(&self, walk: Walk, answers: &Answers, clock: &Clock) -> Result<()> {
        let (Some(keeper), Ok(today)) = (&self.keeper, clock.today()) else {
            return Ok(());
        };
        match keeper.keep(walk.checklist, answers, today) {
            Err(Error::Interrupted) => Err(Error::Interrupted),
            _ => Ok(()),
        }
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
                self.left_open.remove(key);
                self.remembered.insert(key.to_owned(), value.clone());
                let source = Source::Interactive;
                answers.set(key.to_owned(), Answer { value, source });
            }
            None => {
                self.skipped.insert(key.to_owned());
                self.left_open.insert(key.to_owned());
                self.remembered.remove(key);
                answers.remove(key);
            }
        }
    }
}

/// However the walk ends (an answer, an error, Ctrl-C), the terminal is
/// left with bracketed paste off and the cursor shown.
impl Drop for Prompt {
    fn drop(&mut self) {
        crate::signal::paste_off();
        if !self.plain {
            let _ = self.term.show_cursor();
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
/// the review screen. Returns the answers, and the optional questions
/// asked and left open.
pub fn run(
    walk: Walk,
    given: &Answers,
    clock: &Clock,
    kept: Option<&Kept>,
    keeper: Option<Keeper>,
) -> Result<(Answers, HashSet<String>)> {
    let mut prompt = Prompt::new();
    prompt.keeper = keeper;
    prompt.intro(walk.checklist)?;
    let answers = match kept {
        Some(kept) if prompt.continue_from(kept)? => {
            prompt.noted = kept.noted;
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
    Ok((answers, std::mem::take(&mut prompt.left_open)))
}

impl Prompt {
    /// Offers to continue from the answers kept on `kept.saved`: Enter
    /// continues, the other line starts afresh.
    fn continue_from(&self, kept: &Kept) -> Result<bool> {
        let date = t().date(kept.saved);
        self.line("")?;
        crate::signal::discard_typeahead();
        let items = [t().kept_continue(), t().kept_afresh()]
            .map(|item| layout::fit(item, self.columns() - pick::NUMBER));
        let offer = t().kept_offer(&date);
        let menu = pick::Menu {
            prompt: &offer,
            items: &items,
            start: 0,
            first: 1,
        };
        // Esc, as the other line, starts afresh.
        let picked = self.pick_from(&menu)?.unwrap_or(1);
        Ok(picked == 0)
    }

    /// Ends the prompts: the cursor shown, nothing typed ahead left for the
    /// shell.
    pub fn leave(&self) {
        if !self.plain {
            let _ = self.term.show_cursor();
        }
        crate::signal::discard_typeahead();
    }
}

/// A failed read from the terminal (Ctrl-C included) as an error.
fn input_error(err: std::io::Error) -> Error {
    Error::stream(Stream::TerminalIn, err)
}

/// A failed read or write on the terminal as an error.
fn terminal_error(err: std::io::Error) -> Error {
    Error::stream(Stream::TerminalOut, err)
}
