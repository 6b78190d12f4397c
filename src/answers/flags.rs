//! Answers from `--answer KEY=VALUE` flags, the highest precedence.
//!
//! A list question takes one entry per flag, so repeating its key adds
//! entries; repeating any other key is an error.

use super::{Answer, Answers, Raw, Source, interpret};
use crate::checklist::Checklist;
use crate::clock::Clock;
use crate::error::{At, Error, Result};

/// The answers the flags give, each `KEY=VALUE`, checked against
/// `checklist`; every flag at fault is an error, so that one run names
/// them all.
pub fn read(checklist: &Checklist, flags: &[String], clock: &Clock) -> Result<Answers> {
    let mut answers = Answers::default();
    let mut errors = Vec::new();
    for flag in flags {
        if let Err(err) = read_one(checklist, flag, clock, &mut answers) {
            errors.push(err);
        }
    }
    Error::all(errors).map_or(Ok(answers), Err)
}

/// Adds the answer of one flag to `answers`.
fn read_one(checklist: &Checklist, flag: &str, clock: &Clock, answers: &mut Answers) -> Result<()> {
    let (key, text) = match flag.split_once('=') {
        Some((key, value)) if !key.trim().is_empty() => (key.trim(), value),
        _ => {
            let flag = flag.to_owned();
            return Err(Error::FlagWithoutEquals { flag });
        }
    };
    let entry = checklist
        .entry(key)
        .ok_or_else(|| super::unknown_key(checklist, key, At::Flag))?;
    let raw = Raw::Text(text.to_owned());
    if entry.question.left_open(&raw) {
        return Ok(());
    }
    let value = interpret(entry.question, &raw, clock).map_err(|expected| Error::Answer {
        at: Box::new(At::Flag),
        key: key.to_owned(),
        value: text.to_owned(),
        expected,
    })?;
    match answers.get_mut(key) {
        None => {
            let source = Source::Flag;
            answers.set(key.to_owned(), Answer { value, source });
        }
        // More entries of a list are added in place, so that many of
        // them cost no more than their number; any other answer is
        // given once.
        Some(given) => {
            if !given.add(value) {
                return Err(Error::AnsweredTwice {
                    key: key.to_owned(),
                });
            }
        }
    }
    Ok(())
}
