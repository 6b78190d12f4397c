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

struct Probe<'p>(&'p [Seg]);

/// Fails on whatever node it is given, so the error carries its position.
struct Here;

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
    fn a_missing_node_has_no_position() {
        assert_eq!(locate(DOC, &[Seg::Key("nope")]), None);
        assert_eq!(locate(DOC, &[Seg::Key("items"), Seg::Index(9)]), None);
    }
}
