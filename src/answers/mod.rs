//! Answers: their values, where they come from, and the walk that gathers
//! them in question order.
//!
//! Precedence, highest first: `--answer KEY=VALUE` ([`flags`]), `--answers
//! FILE` ([`file`]), then one fallback [`Ask`]er for whatever is still open:
//! the terminal prompt (`crate::prompt`), piped lines ([`lines`]), or
//! [`Missing`], which asks nothing and reports what is missing. Every source
//! turns its raw input into a [`Value`] through [`interpret`], so the same
//! answer means the same thing wherever it came from.

pub mod file;
pub mod flags;
pub mod lines;

use crate::checklist::{Checklist, Entry, Kind, Outcome, Question};
use crate::clock::{Clock, parse_date};
use crate::exit::{Error, Result};
use crate::i18n::t;
use serde::Serialize;
use std::collections::HashMap;

/// A typed answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// confirm
    Bool(bool),
    /// choice (the option's value), text, date (`YYYY-MM-DD`)
    Text(String),
    /// list
    List(Vec<String>),
}

impl Value {
    /// The value as `when` compares it: `yes`/`no` or the text.
    pub fn as_condition(&self) -> Option<&str> {
        match self {
            Value::Bool(true) => Some("yes"),
            Value::Bool(false) => Some("no"),
            Value::Text(text) => Some(text),
            Value::List(_) => None,
        }
    }
}

/// Where an answer came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    Interactive,
    File,
    Flag,
    Stdin,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub value: Value,
    pub source: Source,
}

/// Answers by key, in the order the questions were asked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    entries: Vec<(String, Answer)>,
    /// Key → position in `entries`, so a lookup does not scan them all.
    index: HashMap<String, usize>,
}

impl Answers {
    pub fn get(&self, key: &str) -> Option<&Answer> {
        self.index.get(key).map(|&i| &self.entries[i].1)
    }

    /// The value of the answer to `key`, to change in place.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.index.get(key).map(|&i| &mut self.entries[i].1.value)
    }

    /// Sets `key`, replacing an earlier answer (a higher-precedence source).
    pub fn set(&mut self, key: String, answer: Answer) {
        match self.index.get(&key) {
            Some(&i) => self.entries[i].1 = answer,
            None => {
                self.index.insert(key.clone(), self.entries.len());
                self.entries.push((key, answer));
            }
        }
    }

    pub fn remove(&mut self, key: &str) {
        if let Some(at) = self.index.remove(key) {
            self.entries.remove(at);
            for i in self.index.values_mut() {
                if *i > at {
                    *i -= 1;
                }
            }
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Answer)> {
        self.entries.iter().map(|(k, a)| (k.as_str(), a))
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// A value as a file, flag or line wrote it, before it is checked against
/// its question.
#[derive(Debug, Clone, PartialEq)]
pub enum Raw {
    /// A scalar as written: a string, or a number or boolean in a file,
    /// with its text kept (`1.10`, not `1.1`).
    Text(String),
    List(Vec<Raw>),
    /// `null` or nothing: not answered.
    Null,
    /// A map, with its scalar keys: always the wrong kind.
    Map(Vec<(String, Raw)>),
}

/// Turns `raw` into the answer to `q`, or says why it cannot be one.
pub fn interpret(q: &Question, raw: &Raw, clock: &Clock) -> Result<Value, String> {
    let t = t();
    match (q.kind, raw) {
        (Kind::Confirm, Raw::Text(s)) => parse_yes_no(s).map(Value::Bool),
        (Kind::Choice, Raw::Text(s)) => choice(q, s.trim()),
        (Kind::Text, Raw::Text(s)) => Ok(Value::Text(s.clone())),
        (Kind::List, Raw::Text(s)) => Ok(Value::List(entries([s.as_str()]))),
        (Kind::List, Raw::List(items)) => items
            .iter()
            .map(|item| match item {
                Raw::Text(s) => Ok(s.as_str()),
                _ => Err(t.expected_list().to_owned()),
            })
            .collect::<Result<Vec<_>, _>>()
            .map(|items| Value::List(entries(items))),
        (Kind::Date, Raw::Text(s)) => date(q, s.trim(), clock),
        _ => Err(expected(q)),
    }
}

/// List entries without surrounding blanks; a blank entry is no entry, so
/// it cannot count as evidence.
pub(crate) fn entries<'a>(items: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    items
        .into_iter()
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .map(str::to_owned)
        .collect()
}

/// What `q` accepts, for error messages.
pub fn expected(q: &Question) -> String {
    let t = t();
    match q.kind {
        Kind::Confirm => t.expected_yes_no().to_owned(),
        Kind::Choice => t.expected_choice(&allowed(q), q.options.len()),
        Kind::Text => t.expected_text().to_owned(),
        Kind::List => t.expected_list().to_owned(),
        Kind::Date => t.expected_date().to_owned(),
    }
}

/// The values `q` takes, for templates and messages (`yes, no` or the options).
pub fn allowed(q: &Question) -> String {
    match q.kind {
        Kind::Confirm => "yes, no".into(),
        Kind::Choice => q
            .options
            .iter()
            .map(|o| o.value.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        Kind::Date => "YYYY-MM-DD".into(),
        Kind::Text | Kind::List => String::new(),
    }
}

/// `y`, `yes`, `true`, `ja`, `j` and their opposites, in any case.
pub fn parse_yes_no(text: &str) -> Result<bool, String> {
    match text.trim().to_lowercase().as_str() {
        "y" | "yes" | "true" | "j" | "ja" => Ok(true),
        "n" | "no" | "false" | "nein" => Ok(false),
        _ => Err(t().expected_yes_no().to_owned()),
    }
}

/// A choice by its number (digits only, from 1) or by its value (exactly,
/// else ignoring ASCII case). A number always means a position: option
/// values are never all digits (`validate` refuses them), so `2` cannot
/// name both the second option and an option called `2`.
fn choice(q: &Question, text: &str) -> Result<Value, String> {
    let option = if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|n| q.options.get(n))
    } else {
        q.option(text).or_else(|| {
            q.options
                .iter()
                .find(|o| o.value.eq_ignore_ascii_case(text))
        })
    };
    option
        .map(|o| Value::Text(o.value.clone()))
        .ok_or_else(|| expected(q))
}

fn date(q: &Question, text: &str, clock: &Clock) -> Result<Value, String> {
    let date = parse_date(text).ok_or_else(|| expected(q))?;
    let today = clock.today().map_err(|e| e.message)?;
    if date > today {
        return Err(t().date_in_future(&today.to_string()));
    }
    Ok(Value::Text(text.to_owned()))
}

/// The error for an answer that does not fit its question.
pub fn invalid(key: &str, shown: &str, reason: &str) -> Error {
    Error::new(t().invalid_answer(
        &crate::safe::line(&shorten(key)),
        &crate::safe::line(&shorten(shown)),
        reason,
    ))
}

/// The most characters of a value or key an error message quotes.
const QUOTED: usize = 60;

/// `text` cut to [`QUOTED`] characters, with `…` where it was cut, so that
/// a huge answer does not make a huge message.
pub fn shorten(text: &str) -> String {
    let mut chars = text.chars();
    let short: String = chars.by_ref().take(QUOTED).collect();
    if chars.next().is_some() {
        format!("{short}…")
    } else {
        short
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

/// The fallback for questions no file or flag answered.
pub trait Ask {
    /// The answer to `entry`, or `None` to leave an optional one open.
    fn ask(&mut self, entry: &Entry, clock: &Clock) -> Result<Option<Value>>;
    /// Where answers from this asker come from.
    fn source(&self) -> Source;
    /// Called after the walk: a chance to report everything still missing.
    fn finish(&mut self) -> Result<()> {
        Ok(())
    }
}

/// Does this answer settle the matter (a choice whose outcome is `stop`)?
pub fn stops(q: &Question, value: &Value) -> bool {
    matches!(value, Value::Text(chosen) if q.option(chosen).and_then(|o| o.outcome) == Some(Outcome::Stop))
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
            None => ask.ask(&entry, clock)?.map(|value| Answer {
                value,
                source: ask.source(),
            }),
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

/// Why nothing can be asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// `--no-input` was given.
    NoInput,
    /// stdin or stderr is not a terminal, and stdin is not a pipe to read.
    NoTerminal,
    /// stdin was to hold the answers, one per line, but holds nothing.
    EmptyStdin,
}

/// Asks nothing; records every required question left open and reports
/// them all at the end.
#[derive(Debug)]
pub struct Missing {
    why: Why,
    keys: Vec<String>,
}

impl Missing {
    pub fn new(why: Why) -> Self {
        Missing {
            why,
            keys: Vec::new(),
        }
    }
}

impl Ask for Missing {
    fn ask(&mut self, entry: &Entry, _: &Clock) -> Result<Option<Value>> {
        if !entry.question.optional {
            self.keys.push(entry.key());
        }
        Ok(None)
    }

    fn source(&self) -> Source {
        Source::Flag
    }

    fn finish(&mut self) -> Result<()> {
        if self.keys.is_empty() {
            return Ok(());
        }
        let t = t();
        let keys = self.keys.join(", ");
        let (message, hint) = match self.why {
            Why::NoInput => (t.missing_no_input(&keys), t.hint_pass_flags()),
            Why::NoTerminal => (t.missing_no_terminal(&keys), t.hint_pass_answers()),
            Why::EmptyStdin => (t.missing_empty_stdin(&keys), t.hint_pass_answers()),
        };
        Err(Error::new(message).with_hint(hint))
    }
}

/// The error for a key that names no question of `checklist`; the hint is
/// the closest key, or else every key while they are few.
pub fn unknown_key(checklist: &Checklist, key: &str) -> Error {
    let t = t();
    let error = Error::new(t.unknown_key(&crate::safe::line(&shorten(key))));
    let keys = checklist.keys();
    if let Some(close) = closest(key, &keys) {
        error.with_hint(t.hint_did_you_mean(close))
    } else if keys.len() <= MAX_KEYS_SHOWN {
        error.with_hint(t.hint_known_keys(&keys.join(", ")))
    } else {
        error.with_hint(t.hint_many_keys(keys.len()))
    }
}

/// The most keys an unknown-key hint lists; beyond, it points at `template`.
const MAX_KEYS_SHOWN: usize = 20;

/// The longest typed key compared letter by letter with the known keys:
/// the comparison costs the product of two lengths, and no typo is that
/// long.
const MAX_COMPARED: usize = 64;

/// The key `typed` most likely meant, if one is close: at most three edits
/// away (fewer for short keys); or, for a typo in a shortened key, that close
/// to the start of one (`scope.reviewd`); or a key with the same question id
/// under another section or none (`reviewed-deliverables`); or one that
/// `typed` starts with (`scope.reviewed-deliverables.yes`).
fn closest<'k>(typed: &str, keys: &'k [String]) -> Option<&'k str> {
    let typed = typed.trim().to_lowercase();
    let len = typed.chars().count();
    let limit = (len / 3).clamp(1, 3);
    // Keys whose length is more than `limit` away cannot be that close.
    let best = |distance: &dyn Fn(&str) -> usize, near: &dyn Fn(usize) -> bool| {
        if len > MAX_COMPARED {
            return None;
        }
        keys.iter()
            .filter(|k| near(k.chars().count()))
            .map(|k| (distance(k), k.as_str()))
            .min_by_key(|&(d, _)| d)
            .filter(|&(d, _)| d <= limit)
            .map(|(_, k)| k)
    };
    let question = |key: &str| key.rsplit_once('.').map_or(key, |(_, id)| id).to_owned();
    let typed_question = question(&typed);
    best(&|k| strsim::levenshtein(&typed, k), &|n| {
        n.abs_diff(len) <= limit
    })
    .or_else(|| {
        (typed_question.chars().count() >= 3)
            .then(|| {
                best(
                    &|k| {
                        let start = k.char_indices().nth(len).map_or(k, |(at, _)| &k[..at]);
                        strsim::levenshtein(&typed, start)
                    },
                    &|n| n + limit >= len,
                )
            })
            .flatten()
    })
    .or_else(|| {
        keys.iter()
            .find(|k| question(k) == typed_question)
            .map(String::as_str)
    })
    .or_else(|| {
        keys.iter()
            .find(|k| {
                typed
                    .strip_prefix(k.as_str())
                    .is_some_and(|rest| rest.starts_with(['.', '-', '_', ' ', ':', '=']))
            })
            .map(String::as_str)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::{DEFAULT_EN, load_str};

    fn question(key: &str) -> Question {
        let checklist = load_str("en", DEFAULT_EN).unwrap();
        checklist.entry(key).unwrap().question.clone()
    }

    fn text(s: &str) -> Raw {
        Raw::Text(s.into())
    }

    #[test]
    fn confirm_takes_english_and_german_words_and_booleans() {
        let q = question("scope.reviewed-deliverables");
        let clock = Clock::default();
        for (raw, want) in [
            (text("Yes"), true),
            (text("ja"), true),
            (text("n"), false),
            (text("false"), false),
        ] {
            assert_eq!(interpret(&q, &raw, &clock), Ok(Value::Bool(want)));
        }
        assert!(interpret(&q, &text("maybe"), &clock).is_err());
        assert!(interpret(&q, &Raw::List(vec![]), &clock).is_err());
    }

    #[test]
    fn choice_takes_the_value_or_its_number() {
        let q = question("partner-contact.raised");
        let clock = Clock::default();
        assert_eq!(
            interpret(&q, &text("resolved"), &clock),
            Ok(Value::Text("resolved".into()))
        );
        assert_eq!(
            interpret(&q, &text("3"), &clock),
            Ok(Value::Text("unresolved".into()))
        );
        assert_eq!(
            interpret(&q, &text("1"), &clock),
            Ok(Value::Text("not-yet".into()))
        );
        for bad in ["0", "4", "maybe", "3.0", "0x3", "3e0", "+3", "-1", ""] {
            let err = interpret(&q, &text(bad), &clock).unwrap_err();
            assert!(err.contains("not-yet, resolved, unresolved"), "{err}");
        }
    }

    #[test]
    fn list_takes_a_sequence_or_one_entry() {
        let q = question("specificity.examples");
        let clock = Clock::default();
        let raw = Raw::List(vec![text("a"), text("7")]);
        assert_eq!(
            interpret(&q, &raw, &clock),
            Ok(Value::List(vec!["a".into(), "7".into()]))
        );
        assert_eq!(
            interpret(&q, &text("a"), &clock),
            Ok(Value::List(vec!["a".into()]))
        );
        assert!(interpret(&q, &Raw::Null, &clock).is_err());
        assert!(interpret(&q, &Raw::List(vec![Raw::Map(vec![])]), &clock).is_err());
    }

    #[test]
    fn blank_list_entries_are_no_entries() {
        let q = question("specificity.examples");
        let clock = Clock::default();
        let raw = Raw::List(vec![text(" "), text(" ticket T-1 "), text("\t")]);
        assert_eq!(
            interpret(&q, &raw, &clock),
            Ok(Value::List(vec!["ticket T-1".into()]))
        );
        assert_eq!(interpret(&q, &text(""), &clock), Ok(Value::List(vec![])));
    }

    #[test]
    fn a_choice_ignores_case() {
        let q = question("partner-contact.raised");
        let clock = Clock::default();
        assert_eq!(
            interpret(&q, &text("Resolved"), &clock),
            Ok(Value::Text("resolved".into()))
        );
        assert!(interpret(&q, &text("Resolve"), &clock).is_err());
    }

    #[test]
    fn answers_keep_their_order_and_lookups_through_a_removal() {
        let mut answers = Answers::default();
        for key in ["a.x", "a.y", "a.z"] {
            let value = Value::Text(key.into());
            answers.set(
                key.into(),
                Answer {
                    value,
                    source: Source::File,
                },
            );
        }
        answers.remove("a.x");
        answers.remove("a.missing");
        let value = Value::Bool(true);
        answers.set(
            "a.z".into(),
            Answer {
                value,
                source: Source::Flag,
            },
        );
        answers.set(
            "a.w".into(),
            Answer {
                value: Value::Bool(false),
                source: Source::Flag,
            },
        );
        let keys: Vec<&str> = answers.iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["a.y", "a.z", "a.w"]);
        assert_eq!(answers.get("a.y").unwrap().value, Value::Text("a.y".into()));
        assert_eq!(answers.get("a.z").unwrap().value, Value::Bool(true));
        assert_eq!(answers.get("a.w").unwrap().value, Value::Bool(false));
        assert!(answers.get("a.x").is_none());
    }

    #[test]
    fn unknown_keys_get_the_closest_key_when_one_is_close() {
        let keys: Vec<String> = load_str("en", DEFAULT_EN).unwrap().keys();
        for (typed, want) in [
            (
                "scope.reviewed-deliverable",
                Some("scope.reviewed-deliverables"),
            ),
            (
                "Scope.Reviewed-Deliverables",
                Some("scope.reviewed-deliverables"),
            ),
            ("scope.reviewd", Some("scope.reviewed-deliverables")),
            ("scope.planing", Some("scope.planning-impact")),
            ("reviewed-deliverables", Some("scope.reviewed-deliverables")),
            ("context.examples", Some("specificity.examples")),
            ("context.product.cloud", Some("context.product")),
            (
                "partner-contact.raised-at",
                Some("partner-contact.raised-on"),
            ),
            ("scope.nope", None),
            ("scope.x", None),
            ("k0", None),
            ("", None),
        ] {
            assert_eq!(closest(typed, &keys), want, "{typed}");
        }
    }

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
