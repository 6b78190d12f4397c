//! Answers from `--answer KEY=VALUE` flags, the highest precedence.
//!
//! A list question takes one entry per flag, so repeating its key adds
//! entries; repeating any other key is an error.

use super::{Answer, Answers, Raw, Source, Value, interpret, invalid, unknown_key};
use crate::checklist::{Checklist, Kind};
use crate::clock::Clock;
use crate::exit::{Error, Result};
use crate::i18n::t;

/// Splits `KEY=VALUE`; used by clap to check the flag as it is parsed.
pub fn split(flag: &str) -> Result<(String, String), String> {
    match flag.split_once('=') {
        Some((key, value)) if !key.trim().is_empty() => {
            Ok((key.trim().to_owned(), value.to_owned()))
        }
        _ => Err(t().flag_without_equals().to_owned()),
    }
}

/// The answers the flags give, checked against `checklist`.
pub fn read(checklist: &Checklist, flags: &[(String, String)], clock: &Clock) -> Result<Answers> {
    let mut answers = Answers::default();
    for (key, text) in flags {
        let entry = checklist
            .entry(key)
            .ok_or_else(|| unknown_key(checklist, key))?;
        let value = interpret(entry.question, &Raw::Text(text.clone()), clock)
            .map_err(|why| invalid(key, text, &why))?;
        match (answers.get_mut(key), value) {
            (None, value) => answers.set(
                key.clone(),
                Answer {
                    value,
                    source: Source::Flag,
                },
            ),
            // More entries of a list: added in place, so that many of them
            // cost no more than their number.
            (Some(Value::List(old)), Value::List(new)) if entry.question.kind == Kind::List => {
                old.extend(new);
            }
            (Some(_), _) => {
                let key = crate::safe::line(&super::shorten(key)).into_owned();
                return Err(Error::new(t().answer_twice(&key)));
            }
        }
    }
    Ok(answers)
}
