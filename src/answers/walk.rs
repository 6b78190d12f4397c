//! The walk: which questions are asked, in which order, and where their
//! answers come from.
//!
//! Every source of answers walks the checklist the same way: first the
//! checklist's own questions, then, when a document is written, the
//! questions only the documents need ([`Documents`]). A question whose
//! `when` does not hold is skipped; one answered by a file or flag is taken
//! from there; the rest go to one [`Ask`]er (the prompt, piped lines, or
//! [`super::Missing`]). An answer whose option stops the check (the partner
//! resolved it) ends the walk: there is nothing to write a case for.

use super::{Answer, Answers};
use crate::checklist::{Checklist, Entry, Role};
use crate::clock::Clock;
use crate::error::Result;

/// The fallback for questions no file or flag answered.
pub trait Ask {
    /// The answer to `entry`, with where it came from, or `None` to leave
    /// an optional one open.
    fn ask(&mut self, entry: &Entry, clock: &Clock) -> Result<Option<Answer>>;
    /// Called after the walk: a chance to report everything still missing.
    fn finish(&mut self) -> Result<()> {
        Ok(())
    }
}

/// The documents a run writes, which decide the questions asked after the
/// checklist's own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Documents {
    /// The brief for the CSM (`--brief`, `--format markdown`).
    pub brief: bool,
    /// The message to the partner (`--partner-note`).
    pub note: bool,
    /// The partner's answer, which the walk at the terminal lists on its
    /// review screen and asks when the concern becomes open there, so that
    /// it can be recorded on the day it arrives.
    pub answer: bool,
}

impl Documents {
    /// Is `entry` asked for these documents? The checklist's own questions
    /// always are; the brief needs every other one but the problem as the
    /// partner reads it, which only the note needs; the note needs the
    /// problem, whom it is about and addressed to, what is at stake and by
    /// when (and what happens then), the outcome wanted, and whom it is
    /// from (their company too).
    pub fn want(self, entry: &Entry) -> bool {
        if !entry.for_documents() {
            return true;
        }
        let answer = self.answer && entry.question.role == Some(Role::PartnerAnswer);
        let wanted = match entry.question.role {
            Some(Role::NoteProblem) => self.note,
            Some(
                Role::Problem
                | Role::Partner
                | Role::Project
                | Role::PartnerPerson
                | Role::Impact
                | Role::Deadline
                | Role::DeadlineWhat
                | Role::Topic
                | Role::Outcome
                | Role::Merchant
                | Role::Contact,
            ) => self.brief || self.note,
            _ => self.brief,
        };
        wanted || answer
    }
}

/// A walk through `checklist` for `documents`.
#[derive(Clone, Copy)]
pub struct Walk<'c> {
    pub checklist: &'c Checklist,
    pub documents: Documents,
}

impl<'c> Walk<'c> {
    pub fn new(checklist: &'c Checklist, documents: Documents) -> Self {
        Walk {
            checklist,
            documents,
        }
    }

    /// Every question in the order it is asked: the checklist's own, then
    /// the items' questions for the documents, then the context questions,
    /// those the documents need.
    pub fn order(self) -> impl Iterator<Item = Entry<'c>> {
        self.every().filter(move |e| self.documents.want(e))
    }

    /// Every question in the order of [`Walk::order`], those the documents
    /// do not need included: a file or flag may answer them all the same.
    pub fn every(self) -> impl Iterator<Item = Entry<'c>> {
        let entries = || self.checklist.entries();
        let own = entries().filter(|e| !e.for_documents());
        let items = entries().filter(|e| e.item.is_some() && e.question.brief);
        let context = entries().filter(|e| e.item.is_none());
        own.chain(items).chain(context)
    }

    /// The questions a walk with these answers reaches, in order: those
    /// their `when` lets through, up to and including an answer that stops
    /// the check.
    pub fn reached(self, answers: &Answers) -> Vec<Entry<'c>> {
        let mut out = Vec::new();
        for entry in self.order() {
            if !applies(&entry, answers) {
                continue;
            }
            let key = entry.key();
            let stop = answers
                .get(&key)
                .is_some_and(|a| a.value.stops(entry.question));
            out.push(entry);
            if stop {
                break;
            }
        }
        out
    }

    /// Did the walk end early on an answer that stops the check?
    pub fn stopped(self, answers: &Answers) -> bool {
        self.reached(answers).last().is_some_and(|e| {
            answers
                .get(&e.key())
                .is_some_and(|a| a.value.stops(e.question))
        })
    }

    /// Walks the questions in order: one skipped by its `when` takes no
    /// answer; one in `given` is taken from there; the rest go to `ask`,
    /// but for a question no document of this walk needs, which is not
    /// asked. An answer that stops the check ends the walk: nothing after
    /// it is asked or kept.
    pub fn collect(self, given: &Answers, ask: &mut dyn Ask, clock: &Clock) -> Result<Answers> {
        let mut answers = Answers::default();
        for entry in self.every() {
            if !applies(&entry, &answers) {
                continue;
            }
            let key = entry.key();
            let answer = match given.get(&key) {
                Some(answer) => Some(answer.clone()),
                None if self.documents.want(&entry) => ask.ask(&entry, clock)?,
                None => None,
            };
            if let Some(answer) = answer {
                let stop = answer.value.stops(entry.question);
                answers.set(key, answer);
                if stop {
                    break;
                }
            }
        }
        ask.finish()?;
        Ok(answers)
    }
}

/// Is `entry` asked, given the answers so far? (Its `when`, if any, holds.)
pub fn applies(entry: &Entry, answers: &Answers) -> bool {
    let Some(when) = &entry.question.when else {
        return true;
    };
    let key = format!("{}.{}", entry.section, when.question);
    let answer = answers.get(&key);
    if when.on_answer() {
        return answer.is_some_and(|a| a.value.is_given());
    }
    answer
        .and_then(|a| a.value.as_condition())
        .is_some_and(|value| when.values().any(|v| v == value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Source, Value};
    use crate::checklist::load_str;
    use crate::i18n::Lang;

    #[test]
    fn a_when_without_values_asks_whenever_the_other_question_has_an_answer() {
        let checklist = load_str("en", Lang::En.checklist()).unwrap();
        let what = checklist.entry("context.at-risk-what").unwrap();
        let mut answers = Answers::default();
        assert!(!applies(&what, &answers), "no date at risk: not asked");
        let date = jiff::civil::date(2026, 12, 1);
        answers.set(
            "context.at-risk".into(),
            Answer {
                value: Value::Date(date),
                source: Source::Flag,
            },
        );
        assert!(applies(&what, &answers));
    }

    /// A question asked `when` a text is `given` is asked only once the
    /// text names something: not for a blank answer, nor for a
    /// placeholder. (The shipped checklists ask whether the CSM may
    /// contact the partner whatever the decider: made to hang on it here.)
    #[test]
    fn a_when_on_a_text_asks_once_it_names_something() {
        for lang in [Lang::En, Lang::De] {
            let shipped = lang.checklist();
            let open = "when: {question: raised, is: unresolved}\n        role: decider-contact";
            assert!(shipped.contains(open));
            let yaml = shipped.replacen(
                open,
                "when: {question: decider, is: given}\n        role: decider-contact",
                1,
            );
            let checklist = load_str("c", &yaml).unwrap();
            let contact = checklist.entry("partner-contact.decider-contact").unwrap();
            let mut answers = Answers::default();
            let mut set = |key: &str, value: Value| {
                let answer = Answer {
                    value,
                    source: Source::Flag,
                };
                answers.set(key.into(), answer);
                applies(&contact, &answers)
            };
            set("partner-contact.raised", Value::Choice("unresolved".into()));
            for (decider, asked) in [
                ("", false),
                ("weiß nicht", false),
                ("n/a", false),
                ("Derek Olsen, account director", true),
            ] {
                let text = Value::Text(decider.into());
                assert_eq!(set("partner-contact.decider", text), asked, "{decider:?}");
            }
        }
    }

    #[test]
    fn when_decides_whether_a_question_is_asked() {
        let checklist = load_str("en", Lang::En.checklist()).unwrap();
        let impact = checklist.entry("scope.planning-impact").unwrap();
        let mut answers = Answers::default();
        assert!(!applies(&impact, &answers), "unknown condition: not asked");
        let set = |answers: &mut Answers, yes| {
            answers.set(
                "scope.deliverables-added".into(),
                Answer {
                    value: Value::Bool(yes),
                    source: Source::Flag,
                },
            )
        };
        set(&mut answers, true);
        assert!(applies(&impact, &answers));
        set(&mut answers, false);
        assert!(!applies(&impact, &answers));
    }
}
