//! Finding the line and column of a node in a YAML document.
//!
//! serde gives positions only for the errors it raises itself. For the rules
//! `validate` checks afterwards, the document is walked once more to the
//! node's path by a probe that fails right there, and serde_norway tells where
//! that failure happened. This runs only when there is a problem to report,
//! so a valid checklist is parsed exactly once.

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// One step of a path into the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    Key(&'static str),
    Index(usize),
}

/// The 1-based line and column of the node at `path`, if it exists.
pub fn locate(src: &str, path: &[Seg]) -> Option<(usize, usize)> {
    let de = serde_norway::Deserializer::from_str(src);
    match Probe(path).deserialize(de) {
        Ok(()) => None,
        Err(err) => err.location().map(|l| (l.line(), l.column())),
    }
}

/// The 1-based line and column of the first mapping key that repeats an
/// earlier key of the same mapping. serde places its "duplicate field" error
/// at the start of the mapping; this finds the repeated key itself.
pub fn duplicate_key(src: &str) -> Option<(usize, usize)> {
    let de = serde_norway::Deserializer::from_str(src);
    match Unique.deserialize(de) {
        Err(err) if err.to_string().contains(REPEATED) => {
            err.location().map(|l| (l.line(), l.column()))
        }
        _ => None,
    }
}

const REPEATED: &str = "repeated key";

/// Walks every node; fails at the first key its mapping already has.
struct Unique;

impl<'de> DeserializeSeed<'de> for Unique {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Unique {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any node")
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(Unique)?.is_some() {}
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut keys = std::collections::HashSet::new();
        while let Some(key) = map.next_key_seed(NewKey(&keys))? {
            keys.insert(key);
            map.next_value_seed(Unique)?;
        }
        Ok(())
    }
}

/// A mapping key not among the earlier ones; refused while it is read, so
/// the error carries the key's own place.
struct NewKey<'k>(&'k std::collections::HashSet<String>);

impl<'de> DeserializeSeed<'de> for NewKey<'_> {
    type Value = String;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for NewKey<'_> {
    type Value = String;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E: de::Error>(self, key: &str) -> Result<String, E> {
        if self.0.contains(key) {
            return Err(E::custom(REPEATED));
        }
        Ok(key.to_owned())
    }
}

struct Probe<'p>(&'p [Seg]);

/// Fails on whatever node it is given, so the error carries its position.
pub(crate) struct Here;

impl<'de> DeserializeSeed<'de> for Here {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Here {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("the node being located")
    }
}

impl<'de> DeserializeSeed<'de> for Probe<'_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        match self.0.split_first() {
            None => d.deserialize_any(Here),
            Some((Seg::Key(key), rest)) => d.deserialize_map(InMap(key, rest)),
            Some((Seg::Index(index), rest)) => d.deserialize_seq(InSeq(*index, rest)),
        }
    }
}

struct InMap<'p>(&'static str, &'p [Seg]);

impl<'de> Visitor<'de> for InMap<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a mapping")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<crate::checklist::Scalar>()? {
            if key.0 == self.0 {
                return map.next_value_seed(Probe(self.1));
            }
            map.next_value::<IgnoredAny>()?;
        }
        Ok(())
    }
}

struct InSeq<'p>(usize, &'p [Seg]);

impl<'de> Visitor<'de> for InSeq<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a sequence")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        for _ in 0..self.0 {
            if seq.next_element::<IgnoredAny>()?.is_none() {
                return Ok(());
            }
        }
        seq.next_element_seed(Probe(self.1)).map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "a: 1\nitems:\n  - id: x\n  - id: y\n    when: {question: x}\n";

    #[test]
    fn finds_scalars_in_nested_maps_and_lists() {
        assert_eq!(locate(DOC, &[Seg::Key("a")]), Some((1, 4)));
        let id = [Seg::Key("items"), Seg::Index(1), Seg::Key("id")];
        assert_eq!(locate(DOC, &id), Some((4, 9)));
        let q = [
            Seg::Key("items"),
            Seg::Index(1),
            Seg::Key("when"),
            Seg::Key("question"),
        ];
        assert_eq!(locate(DOC, &q), Some((5, 22)));
    }

    #[test]
    fn finds_the_repeated_key_not_its_mapping() {
        let doc = "a: 1\nb:\n  c: 1\n  d: {e: 1, e: 2}\n";
        assert_eq!(duplicate_key(doc), Some((4, 13)));
        assert_eq!(duplicate_key("a: 1\nb: 2\na: 3\n"), Some((3, 1)));
        assert_eq!(duplicate_key(DOC), None);
    }

    #[test]
    fn a_missing_node_has_no_position() {
        assert_eq!(locate(DOC, &[Seg::Key("nope")]), None);
        assert_eq!(locate(DOC, &[Seg::Key("items"), Seg::Index(9)]), None);
    }
}
