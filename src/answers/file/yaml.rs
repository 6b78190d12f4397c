//! YAML answers files, read by serde_norway in one pass into keys and raw
//! values, with aliases expanded within a budget. Numbers and booleans
//! are then read once more, as written, where they are answers (a value,
//! or an item of a list).

use super::Entries;
use crate::answers::Raw;
use crate::error::{Problem, What};
use crate::limits::MAX_EXPANDED;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::fmt;

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
            None => {
                self.budget.set(0);
                Err(E::custom("expanded too far"))
            }
        }
    }
}

/// The entries of the YAML answers file `text`.
pub fn parse(name: &str, text: &str) -> Result<Entries, Problem> {
    let state = State {
        budget: Cell::new(MAX_EXPANDED),
        literal: RefCell::new(Vec::new()),
    };
    let de = serde_norway::Deserializer::from_str(text);
    let mut entries = de.deserialize_map(YamlMap(&state)).map_err(|err| {
        let problem = Problem::yaml(name, text, &err);
        match state.budget.get() {
            0 => Problem {
                what: What::TooExpanded,
                ..problem
            },
            _ => problem,
        }
    })?;
    let literal = state.literal.into_inner();
    if !literal.is_empty() {
        let de = serde_norway::Deserializer::from_str(text);
        let texts = de
            .deserialize_map(Literals(&literal))
            .map_err(|err| Problem::yaml(name, text, &err))?;
        for (&(entry, item), text) in literal.iter().zip(texts) {
            let raw = &mut entries[entry].1;
            match (item, raw) {
                (None, raw) => *raw = Raw::Text(text),
                (Some(i), Raw::List(items)) => items[i] = Raw::Text(text),
                _ => {}
            }
        }
    }
    Ok(entries)
}

/// The top-level YAML map.
struct YamlMap<'s>(&'s State);

impl<'de> Visitor<'de> for YamlMap<'_> {
    type Value = Vec<(String, Raw)>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(super::key::A_MAP)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut entries: Vec<(String, Raw)> = Vec::new();
        let mut seen = HashSet::new();
        while let Some(key) = map.next_key_seed(super::key::NewKey(&seen))? {
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
