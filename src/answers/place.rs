//! Where an entry of an answers file sits: the line and column of its key or
//! of its value.
//!
//! An answers file is read once into keys and values with no positions. Only
//! when one of them is wrong is the file read again, up to that entry: YAML
//! by a probe that fails on the node, so serde_norway reports where it is;
//! JSON (already known to be valid) by a scan of its bytes. Either way the
//! cost is one pass over the text, and none on the success path.

use crate::checklist::locate::Here;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use std::fmt;

/// Which end of a `key: value` entry to point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Key,
    Value,
}

/// The 1-based line and column of `part` of the entry at `index` (0-based,
/// in file order) of the top-level map in `text`.
pub fn find(text: &str, json: bool, index: usize, part: Part) -> Option<(usize, usize)> {
    if json {
        let (key, value) = json_member(text.as_bytes(), index)?;
        let at = match part {
            Part::Key => key,
            Part::Value => value,
        };
        Some(crate::read::line_col(&text.as_bytes()[..at]))
    } else {
        let de = serde_norway::Deserializer::from_str(text);
        match (Member { index, part }).deserialize(de) {
            Ok(()) => None,
            Err(err) => err.location().map(|l| (l.line(), l.column())),
        }
    }
}

/// Walks the top-level map to entry `index` and fails on its key or value.
struct Member {
    index: usize,
    part: Part,
}

impl<'de> DeserializeSeed<'de> for Member {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Member {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        for _ in 0..self.index {
            if map.next_key::<IgnoredAny>()?.is_none() {
                return Ok(());
            }
            map.next_value::<IgnoredAny>()?;
        }
        match self.part {
            Part::Key => map.next_key_seed(Here).map(|_| ()),
            Part::Value => match map.next_key::<IgnoredAny>()? {
                Some(_) => map.next_value_seed(Here),
                None => Ok(()),
            },
        }
    }
}

/// The byte offsets of the key and the value of member `index` of the JSON
/// object that `json` holds.
fn json_member(json: &[u8], index: usize) -> Option<(usize, usize)> {
    let mut at = skip_space(json, 0);
    if json.get(at) != Some(&b'{') {
        return None;
    }
    at += 1;
    for n in 0.. {
        at = skip_space(json, at);
        if json.get(at) == Some(&b',') {
            at = skip_space(json, at + 1);
        }
        if json.get(at) != Some(&b'"') {
            return None;
        }
        let key = at;
        at = skip_space(json, skip_string(json, at)?);
        if json.get(at) != Some(&b':') {
            return None;
        }
        at = skip_space(json, at + 1);
        if n == index {
            return Some((key, at));
        }
        at = skip_value(json, at)?;
    }
    None
}

fn skip_space(json: &[u8], mut at: usize) -> usize {
    while matches!(json.get(at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        at += 1;
    }
    at
}

/// The offset just after the string that starts at `at`.
fn skip_string(json: &[u8], mut at: usize) -> Option<usize> {
    at += 1;
    loop {
        match json.get(at)? {
            b'\\' => at += 2,
            b'"' => return Some(at + 1),
            _ => at += 1,
        }
    }
}

/// The offset of the `,` or `}` that ends the value starting at `at`.
fn skip_value(json: &[u8], mut at: usize) -> Option<usize> {
    let mut depth = 0usize;
    loop {
        match json.get(at)? {
            b'"' => {
                at = skip_string(json, at)?;
                continue;
            }
            b'[' | b'{' => depth += 1,
            b']' | b'}' if depth == 0 => return Some(at),
            b']' | b'}' => depth -= 1,
            b',' if depth == 0 => return Some(at),
            _ => {}
        }
        at += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_keys_and_values_in_yaml() {
        let yaml = "# answers\na.b: yes\nc.d:\n  - x\n  - y\ne.f: \"q\"\n";
        assert_eq!(find(yaml, false, 0, Part::Key), Some((2, 1)));
        assert_eq!(find(yaml, false, 0, Part::Value), Some((2, 6)));
        assert_eq!(find(yaml, false, 1, Part::Value), Some((4, 3)));
        assert_eq!(find(yaml, false, 2, Part::Key), Some((6, 1)));
        assert_eq!(find(yaml, false, 2, Part::Value), Some((6, 6)));
        assert_eq!(find(yaml, false, 3, Part::Key), None);
        let flow = "{a.b: yes, c.d: [x]}";
        assert_eq!(find(flow, false, 1, Part::Value), Some((1, 17)));
    }

    #[test]
    fn finds_keys_and_values_in_json() {
        let json = "{\"a.b\": \"x\\\"}, \", \"c.d\": [1, {\"z\": \"]\"}],\n  \"é.f\" :\tnull}";
        assert_eq!(find(json, true, 0, Part::Key), Some((1, 2)));
        assert_eq!(find(json, true, 0, Part::Value), Some((1, 9)));
        assert_eq!(find(json, true, 1, Part::Key), Some((1, 19)));
        assert_eq!(find(json, true, 1, Part::Value), Some((1, 26)));
        assert_eq!(find(json, true, 2, Part::Key), Some((2, 3)));
        assert_eq!(find(json, true, 2, Part::Value), Some((2, 11)));
        assert_eq!(find(json, true, 3, Part::Key), None);
        assert_eq!(find("{}", true, 0, Part::Key), None);
    }
}
