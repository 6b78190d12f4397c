//! JSON answers files, read by serde_json: each value as written (a
//! number's own text), and the byte offset of each key and value, from
//! which an error's line and column follow.

use super::Entries;
use crate::answers::Raw;
use crate::error::Problem;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use std::collections::HashSet;
use std::fmt;

/// The entries of the JSON answers file `text`, and the byte offsets of
/// each entry's key and value.
pub fn parse(name: &str, text: &str) -> Result<(Entries, Vec<(usize, usize)>), Problem> {
    let mut de = serde_json::Deserializer::from_str(text);
    let members = de
        .deserialize_map(JsonMembers)
        .and_then(|members| de.end().map(|()| members))
        .map_err(|err| Problem::json(name, &err))?;
    let offset = |raw: &RawValue| raw.get().as_ptr() as usize - text.as_ptr() as usize;
    let mut entries = Vec::with_capacity(members.len());
    let mut offsets = Vec::with_capacity(members.len());
    for (key, value) in members {
        let at = offset(value);
        offsets.push((json_key_start(text.as_bytes(), at), at));
        let raw = json_raw(value, 0).map_err(|err| Problem::json(name, &err))?;
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
        f.write_str(super::key::A_MAP)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut members = Vec::new();
        let mut seen = HashSet::new();
        while let Some(key) = map.next_key_seed(super::key::NewKey(&seen))? {
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
