//! What both readers of answers files share: the top must be a map, and
//! no key may come twice.

use serde::de::{self, DeserializeSeed, Deserializer, Visitor};
use std::collections::HashSet;
use std::fmt;

/// What a reader expects at the top of the file (known to `crate::read`,
/// which says it in the run's language).
pub use crate::read::A_MAP;

/// A map key that is not among the keys `self.0` has seen (a set, so that a
/// file of many keys is checked in linear time); the error for a repeat
/// is raised while the key is read, so it points at the repeat itself.
pub struct NewKey<'a>(pub &'a HashSet<String>);

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
            return Err(E::custom(format!("{}{key}", crate::read::KEY_TWICE)));
        }
        Ok(key.to_owned())
    }
}
