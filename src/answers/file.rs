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
//! the file beyond [`MAX_EXPANDED`].

use super::{Answer, Answers, Raw, Source, interpret, invalid, unknown_key};
use crate::checklist::{Checklist, Kind};
use crate::clock::Clock;
use crate::exit::{Error, Result};
use crate::i18n::t;
use crate::locate::{self, Place, Seg};
use crate::read::Problem;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::path::Path;

use crate::read::MAX_EXPANDED;

/// An answers file read and parsed, not yet checked against a checklist.
pub struct Parsed {
    name: String,
    text: String,
    entries: Vec<(String, Raw)>,
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
    /// The line and column of `part` of the entry at `index`.
    fn place(&self, index: usize, part: Part) -> Option<Place> {
        match &self.offsets {
            Some(offsets) => {
                let (key, value) = *offsets.get(index)?;
                let at = if part == Part::Key { key } else { value };
                Some(locate::line_col(&self.text.as_bytes()[..at]))
            }
            None => {
                let seg = match part {
                    Part::Key => Seg::EntryKey(index),
                    Part::Value => Seg::EntryValue(index),
                };
                locate::place(&self.text, &[seg])
            }
        }
    }
}

/// Reads and parses the answers file at `path`. Needs no checklist, so a
/// large file can be parsed while the checklist loads.
pub fn load(path: &Path) -> Result<Parsed> {
    let text = crate::read::text(path).map_err(|p| Error::new(p.to_string()))?;
    parsed(crate::read::display_name(path), text)
}

fn parsed(name: String, text: String) -> Result<Parsed> {
    let (entries, offsets) = parse_map(&name, &text).map_err(|p| Error::new(p.to_string()))?;
    Ok(Parsed {
        name,
        text,
        entries,
        offsets,
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
    let name = parsed.name.as_str();
    let json = parsed.offsets.is_some();
    let mut answers = Answers::default();
    for (index, (key, raw)) in parsed.entries.iter().enumerate() {
        let Some(entry) = checklist.entry(key) else {
            let err = unknown(checklist, key, raw, json);
            return Err(placed(err, name, parsed.place(index, Part::Key)));
        };
        if flags.get(key).is_some() {
            continue;
        }
        let q = entry.question;
        // An optional list with no entries is left open, as on stdin.
        if *raw == Raw::Null || (q.optional && q.kind == Kind::List && *raw == Raw::List(vec![])) {
            continue;
        }
        let value = interpret(q, raw, clock).map_err(|why| {
            let err = invalid(key, &shown(raw), &why);
            placed(err, name, parsed.place(index, Part::Value))
        })?;
        answers.set(
            key.clone(),
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
fn placed(mut err: Error, name: &str, at: Option<Place>) -> Error {
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
    let value = match value {
        Raw::Text(text) if json => serde_json::to_string(text).unwrap_or_default(),
        Raw::Text(text) => super::shorten(text),
        _ => "…".to_owned(),
    };
    let example = if json {
        format!("\"{flat}\": {value}")
    } else {
        format!("{flat}: {value}")
    };
    let example = crate::safe::line(&example);
    err.with_hint(t().hint_flat_keys(&example, &crate::safe::line(key)))
}

/// Parses the file into keys and raw values, in file order. An object
/// that starts like JSON (`{"` or `{}`) is read by serde_json; anything
/// else, YAML flow style included, by serde_norway.
pub fn parse(name: &str, text: &str) -> Result<Entries, Problem> {
    parse_map(name, text).map(|(map, _)| map)
}

/// The entries of an answers file: each key and its raw value, in order.
type Entries = Vec<(String, Raw)>;

/// JSON byte offsets of each entry's key and value, for [`Parsed`].
type Offsets = Option<Vec<(usize, usize)>>;

/// [`parse`], with the JSON offsets when the file was JSON.
fn parse_map(name: &str, text: &str) -> Result<(Entries, Offsets), Problem> {
    let trimmed = text.trim_start();
    if trimmed
        .lines()
        .all(|l| l.trim().is_empty() || l.trim().starts_with('#'))
    {
        return Ok((Vec::new(), None));
    }
    crate::read::flow_depth(name, text)?;
    if let Some(rest) = trimmed.strip_prefix('{') {
        if rest.trim_start().starts_with(['"', '}']) {
            return parse_json(name, text).map(|(map, offsets)| (map, Some(offsets)));
        }
    }
    parse_yaml(name, text)
}

/// A serde_json error as a problem at its place.
fn json_problem(name: &str, err: &serde_json::Error) -> Problem {
    Problem {
        file: name.to_owned(),
        at: (err.line() > 0).then(|| (err.line(), err.column())),
        message: crate::read::without_position(&err.to_string()),
    }
}

fn parse_json(name: &str, text: &str) -> Result<(Entries, Vec<(usize, usize)>), Problem> {
    let mut de = serde_json::Deserializer::from_str(text);
    let members = de
        .deserialize_map(JsonMembers)
        .and_then(|members| de.end().map(|()| members))
        .map_err(|err| json_problem(name, &err))?;
    let offset = |raw: &RawValue| raw.get().as_ptr() as usize - text.as_ptr() as usize;
    let mut entries = Vec::with_capacity(members.len());
    let mut offsets = Vec::with_capacity(members.len());
    for (key, value) in members {
        let at = offset(value);
        offsets.push((json_key_start(text.as_bytes(), at), at));
        let raw = json_raw(value, 0).map_err(|err| json_problem(name, &err))?;
        entries.push((key, raw));
    }
    Ok((entries, offsets))
}

/// Where the key before the value at `value` starts: back over `:` and
/// blanks to the key's closing quote, then to its opening quote.
fn json_key_start(json: &[u8], value: usize) -> usize {
    let mut at = value;
    while at > 0 && matches!(json[at - 1], b' ' | b'\t' | b'\n' | b'\r' | b':') {
        at -= 1;
    }
    // `at - 1` is the closing quote; find the opening one, which is not
    // escaped (preceded by an even number of backslashes).
    let mut i = at.saturating_sub(1);
    while i > 0 {
        i -= 1;
        if json[i] == b'"' {
            let slashes = json[..i].iter().rev().take_while(|&&b| b == b'\\').count();
            if slashes % 2 == 0 {
                return i;
            }
        }
    }
    0
}

/// A JSON value as written: a string's content, any other scalar's text.
fn json_raw(value: &RawValue, depth: usize) -> serde_json::Result<Raw> {
    let text = value.get();
    Ok(match text.as_bytes().first() {
        Some(b'"') => Raw::Text(serde_json::from_str(text)?),
        Some(b'n') => Raw::Null,
        Some(b'[') if depth == 0 => {
            let items: Vec<&RawValue> = serde_json::from_str(text)?;
            let items = items.into_iter().map(|item| json_raw(item, depth + 1));
            Raw::List(items.collect::<serde_json::Result<_>>()?)
        }
        Some(b'{') if depth == 0 => {
            let members: Vec<(String, &RawValue)> = serde_json::from_str::<JsonObject>(text)?.0;
            let members = members
                .into_iter()
                .map(|(key, value)| Ok((key, json_raw(value, depth + 1)?)));
            Raw::Map(members.collect::<serde_json::Result<_>>()?)
        }
        // Deeper lists and maps are the wrong kind wherever they are.
        Some(b'[') => Raw::List(Vec::new()),
        Some(b'{') => Raw::Map(Vec::new()),
        _ => Raw::Text(text.to_owned()),
    })
}

/// The members of the top-level JSON object, keys checked for repeats.
struct JsonMembers;

impl<'de> Visitor<'de> for JsonMembers {
    type Value = Vec<(String, &'de RawValue)>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map of answer keys to values, like `scope.reviewed-deliverables: yes`")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut members = Vec::new();
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key_seed(NewKey(&seen))? {
            seen.insert(key.clone());
            members.push((key, map.next_value()?));
        }
        Ok(members)
    }
}

/// An object nested in a JSON answer, kept only to show a flat key.
struct JsonObject<'a>(Vec<(String, &'a RawValue)>);

impl<'de: 'a, 'a> de::Deserialize<'de> for JsonObject<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Vec<(String, &'de RawValue)>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut members = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    members.push(entry);
                }
                Ok(members)
            }
        }
        d.deserialize_map(V).map(JsonObject)
    }
}

/// What the first reading of a YAML file shares: how much of the
/// expansion budget is left, and which values were numbers or booleans
/// whose text as written is read in a second pass.
struct State {
    budget: Cell<usize>,
    /// (entry, list item) of each value to read as written.
    literal: RefCell<Vec<(usize, Option<usize>)>>,
}

impl State {
    /// Takes `cost` from the budget, or fails once it is spent.
    fn spend<E: de::Error>(&self, cost: usize) -> Result<(), E> {
        match self.budget.get().checked_sub(cost) {
            Some(left) => {
                self.budget.set(left);
                Ok(())
            }
            None => Err(E::custom(t().too_expanded(MAX_EXPANDED / 1024))),
        }
    }
}

fn parse_yaml(name: &str, text: &str) -> Result<(Entries, Offsets), Problem> {
    let state = State {
        budget: Cell::new(MAX_EXPANDED),
        literal: RefCell::new(Vec::new()),
    };
    let de = serde_norway::Deserializer::from_str(text);
    let mut entries = de
        .deserialize_map(YamlMap(&state))
        .map_err(|err| Problem::yaml(name, &err))?;
    let literal = state.literal.into_inner();
    if !literal.is_empty() {
        let de = serde_norway::Deserializer::from_str(text);
        let texts = de
            .deserialize_map(Literals(&literal))
            .map_err(|err| Problem::yaml(name, &err))?;
        for (&(entry, item), text) in literal.iter().zip(texts) {
            let raw = &mut entries[entry].1;
            match (item, raw) {
                (None, raw) => *raw = Raw::Text(text),
                (Some(i), Raw::List(items)) => items[i] = Raw::Text(text),
                _ => {}
            }
        }
    }
    Ok((entries, None))
}

/// The top-level YAML map.
struct YamlMap<'s>(&'s State);

impl<'de> Visitor<'de> for YamlMap<'_> {
    type Value = Vec<(String, Raw)>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map of answer keys to values, like `scope.reviewed-deliverables: yes`")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut entries: Vec<(String, Raw)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key_seed(NewKey(&seen))? {
            self.0.spend(key.len() + 1)?;
            seen.insert(key.clone());
            let at = Node {
                state: self.0,
                entry: entries.len(),
                item: None,
                depth: 0,
            };
            entries.push((key, map.next_value_seed(at)?));
        }
        Ok(entries)
    }
}

/// A map key that is not among the keys `self.0` has seen (a set, so that a
/// file of many keys is checked in linear time); the error for a repeat
/// is raised while the key is read, so it points at the repeat itself.
struct NewKey<'a>(&'a std::collections::HashSet<String>);

impl<'de> DeserializeSeed<'de> for NewKey<'_> {
    type Value = String;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_str(self)
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
                crate::safe::line(&super::shorten(key))
            )));
        }
        Ok(key.to_owned())
    }
}

/// One YAML value, at entry `entry` (and list item `item`) of the map.
#[derive(Clone, Copy)]
struct Node<'s> {
    state: &'s State,
    entry: usize,
    item: Option<usize>,
    depth: usize,
}

impl Node<'_> {
    /// A number or boolean: its text as written is read later, where it
    /// matters (a value or a list item); elsewhere its reading will do.
    fn unquoted<E: de::Error>(self, read: String) -> Result<Raw, E> {
        self.state.spend(read.len() + 1)?;
        if self.depth <= 1 && (self.depth == 0 || self.item.is_some()) {
            self.state
                .literal
                .borrow_mut()
                .push((self.entry, self.item));
        }
        Ok(Raw::Text(read))
    }
}

impl<'de> DeserializeSeed<'de> for Node<'_> {
    type Value = Raw;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Raw, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_> {
    type Value = Raw;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an answer")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Raw, E> {
        self.unquoted(v.to_string())
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Raw, E> {
        self.unquoted(v.to_string())
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Raw, E> {
        self.unquoted(v.to_string())
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Raw, E> {
        self.unquoted(v.to_string())
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Raw, E> {
        self.unquoted(v.to_string())
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Raw, E> {
        self.unquoted(v.to_string())
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Raw, E> {
        self.state.spend(v.len() + 1)?;
        Ok(Raw::Text(v.to_owned()))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Raw, E> {
        self.state.spend(1)?;
        Ok(Raw::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Raw, E> {
        self.visit_unit()
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Raw, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Raw, A::Error> {
        self.state.spend(1)?;
        let mut items = Vec::new();
        let mut item = Node {
            depth: self.depth + 1,
            ..self
        };
        loop {
            item.item = Some(items.len());
            match seq.next_element_seed(item)? {
                Some(raw) => items.push(raw),
                None => break,
            }
        }
        Ok(Raw::List(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw, A::Error> {
        self.state.spend(1)?;
        let mut entries = Vec::new();
        let inner = Node {
            depth: self.depth + 1,
            item: None,
            ..self
        };
        while let Some(key) = map.next_key_seed(inner)? {
            let value = map.next_value_seed(inner)?;
            if let Raw::Text(key) = key {
                entries.push((key, value));
            }
        }
        Ok(Raw::Map(entries))
    }
}

/// The second reading: the text of each value in `self.0` as written.
struct Literals<'p>(&'p [(usize, Option<usize>)]);

impl<'de> Visitor<'de> for Literals<'_> {
    type Value = Vec<String>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Vec<String>, A::Error> {
        let mut texts = Vec::with_capacity(self.0.len());
        let mut entry = 0;
        while map.next_key::<IgnoredAny>()?.is_some() {
            let wanted: Vec<Option<usize>> = self
                .0
                .iter()
                .filter(|(e, _)| *e == entry)
                .map(|(_, item)| *item)
                .collect();
            match wanted.as_slice() {
                [] => {
                    map.next_value::<IgnoredAny>()?;
                }
                [None] => texts.push(map.next_value_seed(AsWritten)?),
                items => texts.extend(map.next_value_seed(ItemsAsWritten(items))?),
            }
            entry += 1;
        }
        Ok(texts)
    }
}

/// A scalar's text as written.
struct AsWritten;

impl<'de> DeserializeSeed<'de> for AsWritten {
    type Value = String;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for AsWritten {
    type Value = String;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a scalar")
    }
    fn visit_str<E>(self, v: &str) -> Result<String, E> {
        Ok(v.to_owned())
    }
}

/// The text as written of the list items `self.0` (in order).
struct ItemsAsWritten<'i>(&'i [Option<usize>]);

impl<'de> DeserializeSeed<'de> for ItemsAsWritten<'_> {
    type Value = Vec<String>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Vec<String>, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for ItemsAsWritten<'_> {
    type Value = Vec<String>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<String>, A::Error> {
        let mut texts = Vec::with_capacity(self.0.len());
        let mut index = 0;
        loop {
            let more = if self.0.contains(&Some(index)) {
                seq.next_element_seed(AsWritten)?
                    .map(|text| texts.push(text))
            } else {
                seq.next_element::<IgnoredAny>()?.map(drop)
            };
            if more.is_none() {
                return Ok(texts);
            }
            index += 1;
        }
    }
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

/// The answers used, as the bytes of a YAML answers file that `--answers`
/// replays; refused when they would make a file larger than escalate
/// reads, since what it writes it must read back.
pub fn saved(checklist: &Checklist, answers: &Answers) -> Result<Vec<u8>> {
    let yaml = to_yaml(checklist, answers);
    let max = crate::read::MAX_BYTES;
    if yaml.len() as u64 > max {
        let kib = (yaml.len() as u64).div_ceil(1024);
        return Err(Error::new(t().answers_too_big(kib, max / 1024)));
    }
    Ok(yaml.into_bytes())
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
    let header = t().saved_answers_header(&checklist.id, &checklist.lang);
    format!("# {}\n{body}", crate::safe::line(&header))
}

/// How a raw value is shown in an error message.
fn shown(raw: &Raw) -> String {
    match raw {
        Raw::Text(s) => s.clone(),
        Raw::List(_) => "[…]".to_owned(),
        Raw::Map(_) | Raw::Null => "{…}".to_owned(),
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
            Raw::List(vec![Raw::Text("x".into()), Raw::Text("2".into())])
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
