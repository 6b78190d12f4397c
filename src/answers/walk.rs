//! The walk: which questions are asked, in which order, and where their
//! answers come from.
//!
//! Every source of answers walks the checklist the same way: a question
//! whose `when` does not hold is skipped; one answered by a file or flag is
//! taken from there; the rest go to one [`Ask`]er (the prompt, piped lines,
//! or [`super::Missing`]). An answer whose option stops the check (the
//! partner resolved it) ends the walk.

use super::{Answer, Answers, Value};
use crate::checklist::{Checklist, Entry, Outcome, Question};
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

/// Is `entry` asked, given the answers so far? (Its `when`, if any, holds.)
pub fn applies(entry: &Entry, answers: &Answers) -> bool {
    let Some(when) = &entry.question.when else {
        return true;
    };
    let key = format!("{}.{}", entry.section, when.question);
    answers
        .get(&key)
        .and_then(|a| a.value.as_condition())
        .is_some_and(|value| when.values().any(|v| v == value))
}

/// Does this answer settle the matter (a choice whose outcome is `stop`)?
pub fn stops(q: &Question, value: &Value) -> bool {
    matches!(value, Value::Choice(chosen) if q.option(chosen).and_then(|o| o.outcome) == Some(Outcome::Stop))
}

/// The questions a walk with these answers reaches, in order: those their
/// `when` lets through, up to and including an answer that stops the check.
pub fn reached<'c>(checklist: &'c Checklist, answers: &Answers) -> Vec<Entry<'c>> {
    let mut out = Vec::new();
    for entry in checklist.entries() {
        if !applies(&entry, answers) {
            continue;
        }
        let key = entry.key();
        let stop = answers
            .get(&key)
            .is_some_and(|a| stops(entry.question, &a.value));
        out.push(entry);
        if stop {
            break;
        }
    }
    out
}

/// Did the walk end early on an answer that stops the check?
pub fn stopped(checklist: &Checklist, answers: &Answers) -> bool {
    reached(checklist, answers).last().is_some_and(|e| {
        answers
            .get(&e.key())
            .is_some_and(|a| stops(e.question, &a.value))
    })
}

/// Walks the checklist in order: a question skipped by its `when` takes no
/// answer; one in `given` is taken from there; the rest go to `ask`. An
/// answer that stops the check (the partner resolved it) ends the walk:
/// nothing after it is asked or kept.
pub fn collect(
    checklist: &Checklist,
    given: &Answers,
    ask: &mut dyn Ask,
    clock: &Clock,
) -> Result<Answers> {
    let mut answers = Answers::default();
    for entry in checklist.entries() {
        if !applies(&entry, &answers) {
            continue;
        }
        let key = entry.key();
        let answer = match given.get(&key) {
            Some(answer) => Some(answer.clone()),
            None => ask.ask(&entry, clock)?,
        };
        if let Some(answer) = answer {
            let stop = stops(entry.question, &answer.value);
            answers.set(key, answer);
            if stop {
                break;
            }
        }
    }
    ask.finish()?;
    Ok(answers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Source;
    use crate::checklist::{DEFAULT_EN, load_str};

    #[test]
    fn when_decides_whether_a_question_is_asked() {
        let checklist = load_str("en", DEFAULT_EN).unwrap();
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
