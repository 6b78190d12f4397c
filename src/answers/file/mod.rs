//! Answers from `--answers FILE` (YAML or JSON; `-` reads stdin).
//!
//! The file is a map from answer key to value. A key given twice, a value of
//! the wrong kind, or a key the checklist does not have is an error naming
//! the key and its file, line and column; a key with no value (`key:` or
//! `null`) counts as not answered, which is what `escalate template` writes
//! for you to fill in. So does an empty list for an optional list question,
//! as an empty line on stdin does.
//!
//! Every value is kept as it was written: `1.10` stays `1.10`, `0x1F` stays
//! `0x1F`, so a text answer is what the user typed and a choice number is a
//! whole number in a file as on the command line. Aliases may not expand
//! the file beyond [`crate::read::MAX_EXPANDED`]. JSON is read by
//! [`json`], anything else by [`yaml`].

mod json;
mod key;
mod save;
mod traps;
mod yaml;

pub use save::{AnswersFile, saved, to_yaml};

use super::{Answer, Answers, Raw, Source, interpret};
use crate::checklist::Checklist;
use crate::clock::Clock;
use crate::error::{At, Error, KeyHint, Problem, Result};
use crate::locate::{self, Seg};
use std::path::Path;

/// The entries of an answers file: each key and its raw value, in order.
pub type Entries = Vec<(String, Raw)>;

/// An answers file read and parsed, not yet checked against a checklist.
pub struct Parsed {
    name: String,
    text: String,
    entries: Entries,
    /// For JSON, the byte offsets of each entry's key and value; YAML
    /// positions are found only when one is needed.
    offsets: Option<Vec<(usize, usize)>>,
}

/// Which end of a `key: value` entry to point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Key,
    Value,
}

impl Parsed {
    /// Where `part` of the entry at `index` is.
    fn at(&self, index: usize, part: Part) -> At {
        let place = match &self.offsets {
            Some(offsets) => offsets.get(index).map(|&(key, value)| {
                let at = if part == Part::Key { key } else { value };
                locate::line_col(&self.text.as_bytes()[..at])
            }),
            None => {
                let seg = match part {
                    Part::Key => Seg::EntryKey(index),
                    Part::Value => Seg::EntryValue(index),
                };
                locate::place(&self.text, &[seg])
            }
        };
        At::File {
            name: self.name.clone(),
            place,
        }
    }
}

impl Parsed {
    /// For a list answer that does not fit: the first of its entries that
    /// does not, where it is, and why, so that the error points at the
    /// entry rather than at the list.
    fn wrong_entry<'r>(
        &self,
        index: usize,
        q: &crate::checklist::Question,
        raw: &'r Raw,
        clock: &Clock,
    ) -> Option<(At, &'r Raw, crate::error::Expected)> {
        let Raw::List(items) = raw else {
            return None;
        };
        if q.kind != crate::checklist::Kind::List {
            return None;
        }
        items.iter().enumerate().find_map(|(i, item)| {
            let expected = interpret(q, &Raw::List(vec![item.clone()]), clock).err()?;
            let place = locate::place(&self.text, &[Seg::EntryValue(index), Seg::Index(i)])?;
            let at = At::File {
                name: self.name.clone(),
                place: Some(place),
            };
            Some((at, item, expected))
        })
    }

    /// The error for the value `raw` of the entry at `index`, for the
    /// question `q` it does not fit: at the list entry at fault, or at
    /// the `: ` that made it a map.
    fn wrong(
        &self,
        index: usize,
        key: &str,
        raw: &Raw,
        expected: crate::error::Expected,
        clock: &Clock,
        q: &crate::checklist::Question,
    ) -> Error {
        let (at, raw, expected) = self.wrong_entry(index, q, raw, clock).unwrap_or((
            self.at(index, Part::Value),
            raw,
            expected,
        ));
        let value = self.shown(&at, raw);
        if let Some(colon) = colon_key(&at, raw, &value) {
            return problem(colon);
        }
        Error::Answer {
            value,
            at: Box::new(at),
            key: key.to_owned(),
            expected,
        }
    }

    /// How the value `raw`, found `at`, is shown in an error: text as it
    /// is, a list or map as the file writes it there (the rest of its
    /// first line), since `[…]` would show nothing.
    fn shown(&self, at: &At, raw: &Raw) -> String {
        let written = match at {
            At::File {
                place: Some((line, column)),
                ..
            } => self.text.lines().nth(line.saturating_sub(1)).map(|line| {
                let rest: String = line.chars().skip(column.saturating_sub(1)).collect();
                flow(rest.trim()).to_owned()
            }),
            _ => None,
        };
        match (raw, written) {
            (Raw::Text(text), _) => text.clone(),
            (_, Some(written)) if !written.is_empty() => written,
            (raw, _) => shown(raw),
        }
    }
}

/// For a value read as a map of one key to a text, written without
/// braces (`[NBO-212: fails]`, or a line indented under the key): the
/// `: ` that made its text a key, as the problem to name.
fn colon_key(at: &At, raw: &Raw, written: &str) -> Option<Problem> {
    let (At::File { name, place }, Raw::Map(entries)) = (at, raw) else {
        return None;
    };
    let [(key, value)] = entries.as_slice() else {
        return None;
    };
    let value = match value {
        Raw::Text(text) => text.as_str(),
        Raw::Null => "",
        _ => return None,
    };
    if written.starts_with('{') {
        return None;
    }
    let whole = format!("{key}: {value}");
    Some(Problem {
        file: name.clone(),
        at: *place,
        what: crate::error::What::ColonKey {
            key: key.clone(),
            quoted: crate::read::quote(whole.trim_end()),
        },
    })
}

/// `text` up to the bracket that closes the `[` or `{` it starts with, if
/// it does; else the whole of it.
fn flow(text: &str) -> &str {
    if !text.starts_with(['[', '{']) {
        return text;
    }
    let mut depth = 0usize;
    let mut quote = None;
    for (at, c) in text.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '[' | '{') => depth += 1,
            (None, ']' | '}') => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return &text[..=at];
                }
            }
            _ => {}
        }
    }
    text
}

/// A problem of the file, as an error.
fn problem(problem: Problem) -> Error {
    problems(vec![problem])
}

/// Problems of the file, as an error.
fn problems(problems: Vec<Problem>) -> Error {
    Error::Problems {
        problems,
        checklist: false,
    }
}

/// Reads and parses the answers file at `path`. Needs no checklist, so a
/// large file can be parsed while the checklist loads.
pub fn load(path: &Path) -> Result<Parsed> {
    let text = crate::read::text(path).map_err(problem)?;
    parsed(crate::read::display_name(path), text)
}

fn parsed(name: String, text: String) -> Result<Parsed> {
    let (entries, offsets) = parse_map(&name, &text).map_err(problems)?;
    Ok(Parsed {
        name,
        text,
        entries,
        offsets,
    })
}

/// Checks raw bytes (a file's content) as an answers file for `checklist`,
/// under the same limits as a file; `name` names it in errors.
pub fn read_bytes(
    checklist: &Checklist,
    name: &str,
    bytes: &[u8],
    clock: &Clock,
) -> Result<Answers> {
    let text = crate::read::decode(name, bytes.to_vec()).map_err(problem)?;
    read_str(checklist, name, &text, clock)
}

/// Checks the text of an answers file for `checklist`; `name` names it in
/// errors, which point at the line and column of the key or value at fault.
pub fn read_str(checklist: &Checklist, name: &str, text: &str, clock: &Clock) -> Result<Answers> {
    let parsed = parsed(name.to_owned(), text.to_owned())?;
    check(checklist, parsed, clock, &Answers::default())
}

/// Checks a parsed answers file against `checklist`. A key that `flags`
/// answer is not interpreted: the flag wins, also over a wrong value.
/// Every key and value at fault is an error, in the file's order, so that
/// one run names them all.
pub fn check(
    checklist: &Checklist,
    parsed: Parsed,
    clock: &Clock,
    flags: &Answers,
) -> Result<Answers> {
    let mut answers = Answers::default();
    let mut errors = Vec::new();
    // Past the most a run says, problems are only counted: placing each
    // would cost a pass over the file.
    let mut unsaid = 0;
    let mut refuse = |err: &dyn Fn() -> Error| match errors.len() < crate::error::MOST_SAID {
        true => errors.push(err()),
        false => unsaid += 1,
    };
    for (index, (key, raw)) in parsed.entries.iter().enumerate() {
        let Some(entry) = checklist.entry(key) else {
            let json = parsed.offsets.is_some();
            refuse(&|| unknown(checklist, key, raw, json, parsed.at(index, Part::Key)));
            continue;
        };
        if flags.get(key).is_some() {
            continue;
        }
        let q = entry.question;
        if q.left_open(raw) {
            continue;
        }
        match interpret(q, raw, clock) {
            Ok(value) => {
                let source = Source::File;
                answers.set(key.clone(), Answer { value, source });
            }
            Err(expected) => {
                refuse(&|| parsed.wrong(index, key, raw, expected.clone(), clock, q));
            }
        }
    }
    if unsaid > 0 {
        errors.push(Error::AndMore(unsaid));
    }
    Error::all(errors).map_or(Ok(answers), Err)
}

/// Checks `entries` against `checklist` one by one, for answers kept from
/// an earlier run, where one that went stale must not cost the others:
/// the answers that fit, marked as coming from `source`, and the keys of
/// the questions whose kept value no longer fits (asked again). A key the
/// checklist no longer has is dropped without a word: there is nothing to
/// ask.
pub fn fitting(
    checklist: &Checklist,
    entries: &[(String, Raw)],
    clock: &Clock,
    source: Source,
) -> (Answers, Vec<String>) {
    let mut answers = Answers::default();
    let mut stale = Vec::new();
    for (key, raw) in entries {
        let Some(entry) = checklist.entry(key) else {
            continue;
        };
        let q = entry.question;
        if q.left_open(raw) {
            continue;
        }
        match interpret(q, raw, clock) {
            Ok(value) => answers.set(key.clone(), Answer { value, source }),
            Err(_) => stale.push(key.clone()),
        }
    }
    (answers, stale)
}

/// The error for an unknown key in a file. A map under a section's name
/// (`scope:` with `reviewed-deliverables: yes` below) is a nested answer:
/// the hint shows the flat key to write instead.
fn unknown(checklist: &Checklist, key: &str, raw: &Raw, json: bool, at: At) -> Error {
    let err = super::unknown_key(checklist, key, at);
    let Raw::Map(inner) = raw else {
        return err;
    };
    let Some(first) = checklist.entries().find(|e| e.section == key) else {
        return err;
    };
    let (flat, value) = inner
        .iter()
        .find_map(|(id, value)| {
            let flat = format!("{key}.{id}");
            checklist.entry(&flat).is_some().then_some((flat, value))
        })
        .unwrap_or((first.key(), &Raw::Null));
    let value = match value {
        Raw::Text(text) if json => serde_json::to_string(text).unwrap_or_default(),
        Raw::Text(text) => text.clone(),
        _ => "…".to_owned(),
    };
    let example = if json {
        format!("\"{flat}\": {value}")
    } else {
        format!("{flat}: {value}")
    };
    match err {
        Error::UnknownKey { at, key, .. } => Error::UnknownKey {
            at,
            hint: KeyHint::Flat {
                example,
                section: key.clone(),
            },
            key,
        },
        other => other,
    }
}

/// How a raw value is shown in an error message.
fn shown(raw: &Raw) -> String {
    match raw {
        Raw::Text(s) => s.clone(),
        Raw::List(_) => "[…]".to_owned(),
        Raw::Map(_) | Raw::Null => "{…}".to_owned(),
    }
}

/// Parses the file into keys and raw values, in file order. An object
/// that starts like JSON (`{"` or `{}`) is read as JSON; anything else,
/// YAML flow style included, as YAML.
pub fn parse(name: &str, text: &str) -> Result<Entries, Problem> {
    parse_map(name, text)
        .map(|(map, _)| map)
        .map_err(|mut found| found.remove(0))
}

/// JSON byte offsets of each entry's key and value, for [`Parsed`].
type Offsets = Option<Vec<(usize, usize)>>;

/// [`parse`], with the JSON offsets when the file was JSON; every trap of
/// a YAML file at once, else the one problem that stopped the parser.
fn parse_map(name: &str, text: &str) -> Result<(Entries, Offsets), Vec<Problem>> {
    let trimmed = text.trim_start();
    if trimmed
        .lines()
        .all(|l| l.trim().is_empty() || l.trim().starts_with('#'))
    {
        return Ok((Vec::new(), None));
    }
    crate::read::flow_depth(name, text).map_err(|p| vec![p])?;
    if let Some(rest) = trimmed.strip_prefix('{') {
        if rest.trim_start().starts_with(['"', '}']) {
            return json::parse(name, text)
                .map(|(map, offsets)| (map, Some(offsets)))
                .map_err(|p| vec![p]);
        }
    }
    traps::refuse(name, text)?;
    yaml::parse(name, text)
        .map(|map| (map, None))
        .map_err(|p| vec![p])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::What;

    #[test]
    fn yaml_and_json_give_the_same_map() {
        let yaml = parse("a.yaml", "a.b: yes\nc.d: [x, 2]\ne.f:\n").unwrap();
        let json = parse("a.json", r#"{"a.b": "yes", "c.d": ["x", 2], "e.f": null}"#).unwrap();
        assert_eq!(yaml, json);
        assert_eq!(
            yaml[1].1,
            Raw::List(vec![Raw::Text("x".into()), Raw::Text("2".into())])
        );
        assert_eq!(yaml[2].1, Raw::Null);
    }

    #[test]
    fn duplicate_keys_are_refused_with_their_line() {
        let twice = What::KeyTwice { key: "a.b".into() };
        let err = parse("a.yaml", "a.b: yes\na.b: no\n").unwrap_err();
        assert_eq!(err.what, twice);
        assert_eq!(err.at.map(|(line, _)| line), Some(2));
        let err = parse("a.json", "{\"a.b\": 1,\n \"a.b\": 2}").unwrap_err();
        assert_eq!(err.what, twice);
    }

    #[test]
    fn a_file_that_is_not_a_map_is_refused() {
        let err = parse("a.yaml", "- a\n- b\n").unwrap_err();
        assert_eq!(err.what, What::NotAMap { text: None });
        let err = parse("a.yaml", "yes\n").unwrap_err();
        let text = Some("yes".to_owned());
        assert_eq!(err.what, What::NotAMap { text });
    }

    #[test]
    fn values_are_kept_as_written() {
        let yaml = parse("a.yaml", "a: 1.10\nb: [0x1F, +1, true]\nc: 'x'\n").unwrap();
        let text = |s: &str| Raw::Text(s.into());
        assert_eq!(yaml[0].1, text("1.10"));
        assert_eq!(
            yaml[1].1,
            Raw::List(vec![text("0x1F"), text("+1"), text("true")])
        );
        let json = parse("a.json", r#"{"a": 1.10, "b": [1e3, true]}"#).unwrap();
        assert_eq!(json[0].1, text("1.10"));
        assert_eq!(json[1].1, Raw::List(vec![text("1e3"), text("true")]));
    }
}
