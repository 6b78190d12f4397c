//! Answers from `--answers FILE` (YAML or JSON; `-` reads stdin).
//!
//! The file is a map from answer key to value. A key given twice, a value of
//! the wrong kind, or a key the checklist does not have is an error naming
//! the key and its file, line and column; a key with no value (`key:` or
//! `null`) counts as not answered, which is what `escalate template` writes
//! for you to fill in. So does an empty list for an optional list question,
//! as an empty line on stdin does.

use super::place::{self, Part};
use super::{Answer, Answers, Raw, Source, interpret, invalid, unknown_key};
use crate::checklist::{Checklist, Kind};
use crate::clock::Clock;
use crate::exit::{Error, Result};
use crate::i18n::t;
use crate::read::Problem;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;
use std::path::Path;

/// An answers file read and parsed, not yet checked against a checklist.
pub struct Parsed {
    name: String,
    text: String,
    entries: Vec<(String, Raw)>,
    json: bool,
}

/// Reads and parses the answers file at `path`. Needs no checklist, so a
/// large file can be parsed while the checklist loads.
pub fn load(path: &Path) -> Result<Parsed> {
    let text = crate::read::text(path).map_err(|p| Error::new(p.to_string()))?;
    parsed(crate::read::display_name(path), text)
}

fn parsed(name: String, text: String) -> Result<Parsed> {
    let (entries, json) = parse_map(&name, &text).map_err(|p| Error::new(p.to_string()))?;
    Ok(Parsed {
        name,
        text,
        entries,
        json,
    })
}

/// Reads and checks the answers file at `path`.
pub fn read(checklist: &Checklist, path: &Path, clock: &Clock) -> Result<Answers> {
    check(checklist, load(path)?, clock, &Answers::default())
}

/// Checks raw bytes (a file's content) as an answers file for `checklist`,
/// under the same limits as [`read`]; `name` names it in errors.
pub fn read_bytes(
    checklist: &Checklist,
    name: &str,
    bytes: &[u8],
    clock: &Clock,
) -> Result<Answers> {
    let text = crate::read::decode(name, bytes.to_vec()).map_err(|p| Error::new(p.to_string()))?;
    read_str(checklist, name, &text, clock)
}

/// Checks the text of an answers file for `checklist`; `name` names it in
/// errors, which point at the line and column of the key or value at fault.
pub fn read_str(checklist: &Checklist, name: &str, text: &str, clock: &Clock) -> Result<Answers> {
    check(
        checklist,
        parsed(name.to_owned(), text.to_owned())?,
        clock,
        &Answers::default(),
    )
}

/// Checks a parsed answers file against `checklist`. A key that `flags`
/// answer is not interpreted: the flag wins, also over a wrong value.
pub fn check(
    checklist: &Checklist,
    parsed: Parsed,
    clock: &Clock,
    flags: &Answers,
) -> Result<Answers> {
    let Parsed {
        name,
        text,
        entries,
        json,
    } = parsed;
    let name = name.as_str();
    // Positions are looked up only for the entry at fault.
    let at = |index, part| place::find(&text, json, index, part);
    let mut answers = Answers::default();
    for (index, (key, raw)) in entries.into_iter().enumerate() {
        let Some(entry) = checklist.entry(&key) else {
            let err = unknown(checklist, &key, &raw, json);
            return Err(placed(err, name, at(index, Part::Key)));
        };
        if flags.get(&key).is_some() {
            continue;
        }
        let q = entry.question;
        // An optional list with no entries is left open, as on stdin.
        if raw == Raw::Null || (q.optional && q.kind == Kind::List && raw == Raw::List(vec![])) {
            continue;
        }
        let value = interpret(q, &raw, clock).map_err(|why| {
            let err = invalid(&key, &shown(&raw), &why);
            placed(err, name, at(index, Part::Value))
        })?;
        answers.set(
            key,
            Answer {
                value,
                source: Source::File,
            },
        );
    }
    Ok(answers)
}

/// `err` with the file `name` and the place in it in front of its message,
/// as every located problem is shown.
fn placed(mut err: Error, name: &str, at: Option<(usize, usize)>) -> Error {
    let problem = Problem {
        file: name.to_owned(),
        at,
        message: err.message,
    };
    err.message = problem.to_string();
    err
}

/// The error for an unknown key in a file. A map under a section's name
/// (`scope:` with `reviewed-deliverables: yes` below) is a nested answer:
/// the hint shows the flat key to write instead.
fn unknown(checklist: &Checklist, key: &str, raw: &Raw, json: bool) -> Error {
    let err = unknown_key(checklist, key);
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
    let example = if json {
        let value = match value {
            Raw::Text(s) => serde_json::to_string(s).unwrap_or_default(),
            Raw::Bool(b) => b.to_string(),
            Raw::Number(n) => n.clone(),
            _ => "…".to_owned(),
        };
        format!("\"{flat}\": {value}")
    } else {
        let value = match value {
            Raw::Text(_) | Raw::Bool(_) | Raw::Number(_) => shown(value),
            _ => "…".to_owned(),
        };
        format!("{flat}: {value}")
    };
    let example = crate::safe::line(&example);
    err.with_hint((t().hint_flat_keys)(&example, &crate::safe::line(key)))
}

/// Parses the file into keys and raw values, in file order. A JSON object is
/// read by serde_json; anything else (and YAML flow style) by serde_norway.
pub fn parse(name: &str, text: &str) -> Result<Vec<(String, Raw)>, Problem> {
    parse_map(name, text).map(|(map, _)| map)
}

/// [`parse`], also saying whether the file was read as JSON.
fn parse_map(name: &str, text: &str) -> Result<(Vec<(String, Raw)>, bool), Problem> {
    let trimmed = text.trim_start();
    if trimmed.is_empty()
        || trimmed
            .lines()
            .all(|l| l.trim().is_empty() || l.trim().starts_with('#'))
    {
        return Ok((Vec::new(), false));
    }
    if trimmed.starts_with('{') {
        let mut de = serde_json::Deserializer::from_str(text);
        match RawMap::deserialize(&mut de).and_then(|m| de.end().map(|()| m)) {
            Ok(map) => return Ok((map.0, true)),
            // Not JSON after all: YAML flow style, read below.
            Err(err) if err.is_syntax() || err.is_eof() => {}
            Err(err) => {
                return Err(Problem {
                    file: name.to_owned(),
                    at: Some((err.line(), err.column())),
                    message: crate::read::without_position(&err.to_string()),
                });
            }
        }
    }
    crate::read::flow_depth(name, text)?;
    serde_norway::from_str::<RawMap>(text)
        .map(|m| (m.0, false))
        .map_err(|err| Problem::yaml(name, &err))
}

/// The answers file format, for `escalate schema answers`: a map from
/// answer key (`item.question`) to a value of the question's kind.
#[derive(schemars::JsonSchema)]
#[allow(dead_code)]
pub struct AnswersFile(std::collections::BTreeMap<String, Option<AnswerSchema>>);

/// One answer: yes/no, a choice value or its number, text, a date, or a list.
#[derive(schemars::JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
pub enum AnswerSchema {
    Bool(bool),
    Text(String),
    Number(i64),
    List(Vec<String>),
}

/// The answers used, as a YAML answers file that `--answers` replays.
pub fn to_yaml(checklist: &Checklist, answers: &Answers) -> String {
    use serde_norway::Value as Y;
    let mut map = serde_norway::Mapping::new();
    for entry in checklist.entries() {
        let key = entry.key();
        if let Some(answer) = answers.get(&key) {
            let value = match &answer.value {
                super::Value::Bool(b) => Y::Bool(*b),
                super::Value::Text(t) => Y::String(t.clone()),
                super::Value::List(l) => Y::Sequence(l.iter().cloned().map(Y::String).collect()),
            };
            map.insert(Y::String(key), value);
        }
    }
    let body = serde_norway::to_string(&map).unwrap_or_default();
    let header = (t().saved_answers_header)(&checklist.id, &checklist.lang);
    format!("# {}\n{body}", crate::safe::line(&header))
}

/// How a raw value is shown in an error message.
fn shown(raw: &Raw) -> String {
    match raw {
        Raw::Bool(b) => b.to_string(),
        Raw::Text(s) | Raw::Number(s) => s.clone(),
        Raw::List(_) => "[…]".to_owned(),
        Raw::Map(_) | Raw::Null => "{…}".to_owned(),
    }
}

/// A map that refuses duplicate keys.
struct RawMap(Vec<(String, Raw)>);

impl RawMap {
    fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(MapVisitor)
    }
}

impl<'de> de::Deserialize<'de> for RawMap {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        RawMap::deserialize(d)
    }
}

struct MapVisitor;

impl<'de> Visitor<'de> for MapVisitor {
    type Value = RawMap;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map of answer keys to values, like `scope.reviewed-deliverables: yes`")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawMap, A::Error> {
        let mut entries: Vec<(String, Raw)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key_seed(NewKey(&seen))? {
            seen.insert(key.clone());
            entries.push((key, map.next_value()?));
        }
        Ok(RawMap(entries))
    }
}

/// A map key that is not among the keys `self.0` has seen (a set, so that a
/// file of many keys is checked in linear time); the error for a duplicate
/// is raised while the key is read, so it points at the duplicate itself.
struct NewKey<'a>(&'a std::collections::HashSet<String>);

impl<'de> de::DeserializeSeed<'de> for NewKey<'_> {
    type Value = String;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for NewKey<'_> {
    type Value = String;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an answer key, like `scope.reviewed-deliverables`")
    }
    fn visit_str<E: de::Error>(self, key: &str) -> Result<String, E> {
        if self.0.contains(key) {
            return Err(E::custom(format!(
                "the key `{}` is given twice",
                crate::safe::line(key)
            )));
        }
        Ok(key.to_owned())
    }
}

impl<'de> de::Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(RawVisitor)
    }
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = Raw;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an answer")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Raw, E> {
        Ok(Raw::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Raw, E> {
        Ok(Raw::Number(v.to_string()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Raw, E> {
        Ok(Raw::Number(v.to_string()))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Raw, E> {
        Ok(Raw::Number(v.to_string()))
    }
    fn visit_u128<E>(self, v: u128) -> Result<Raw, E> {
        Ok(Raw::Number(v.to_string()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Raw, E> {
        Ok(Raw::Number(v.to_string()))
    }
    fn visit_str<E>(self, v: &str) -> Result<Raw, E> {
        Ok(Raw::Text(v.to_owned()))
    }
    fn visit_unit<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_none<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Raw, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Raw, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Raw::List(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<Raw>()? {
            let value = map.next_value()?;
            if let Raw::Text(key) | Raw::Number(key) = key {
                entries.push((key, value));
            }
        }
        Ok(Raw::Map(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_and_json_give_the_same_map() {
        let yaml = parse("a.yaml", "a.b: yes\nc.d: [x, 2]\ne.f:\n").unwrap();
        let json = parse("a.json", r#"{"a.b": "yes", "c.d": ["x", 2], "e.f": null}"#).unwrap();
        assert_eq!(yaml, json);
        assert_eq!(
            yaml[1].1,
            Raw::List(vec![Raw::Text("x".into()), Raw::Number("2".into())])
        );
        assert_eq!(yaml[2].1, Raw::Null);
    }

    #[test]
    fn duplicate_keys_are_refused_with_their_line() {
        let err = parse("a.yaml", "a.b: yes\na.b: no\n").unwrap_err();
        assert!(err.message.contains("`a.b` is given twice"), "{err}");
        assert_eq!(err.at.map(|(line, _)| line), Some(2));
        let err = parse("a.json", "{\"a.b\": 1,\n \"a.b\": 2}").unwrap_err();
        assert!(err.message.contains("given twice"), "{err}");
    }

    #[test]
    fn a_file_that_is_not_a_map_is_refused() {
        let err = parse("a.yaml", "- a\n- b\n").unwrap_err();
        assert!(err.message.contains("a map of answer keys"), "{err}");
    }
}
