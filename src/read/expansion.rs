//! Aliases bounded: a few short aliases to one large anchored value could
//! fill gigabytes once expanded, so a file that has anchors is walked once,
//! aliases expanded, within a budget, before it is parsed.

use super::{MAX_EXPANDED, Problem, What};
use std::fmt;

/// Refuses YAML whose aliases expand it beyond [`MAX_EXPANDED`] bytes of
/// text and nodes, before it is parsed into a checklist: a few short
/// aliases to one large anchored value could otherwise fill gigabytes. A
/// file with no `&` has no anchor, so no alias, and is not read twice.
pub fn expansion(name: &str, text: &str) -> Result<(), Problem> {
    if !text.contains('&') {
        return Ok(());
    }
    let budget = std::cell::Cell::new(MAX_EXPANDED);
    let de = serde_norway::Deserializer::from_str(text);
    match serde::de::DeserializeSeed::deserialize(Expanded(&budget), de) {
        Err(err) if budget.get() == 0 => Err(Problem {
            what: What::TooExpanded,
            ..Problem::yaml(name, text, &err)
        }),
        // Any other error is the parser's, and parsing reports it itself.
        _ => Ok(()),
    }
}

/// Walks every node, aliases expanded, spending the budget on each node
/// and on the bytes of each scalar; fails once it is spent.
struct Expanded<'b>(&'b std::cell::Cell<usize>);

impl Expanded<'_> {
    fn spend<E: serde::de::Error>(&self, cost: usize) -> Result<(), E> {
        match self.0.get().checked_sub(cost + 1) {
            Some(left) => {
                self.0.set(left);
                Ok(())
            }
            None => {
                self.0.set(0);
                Err(E::custom("expanded too far"))
            }
        }
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for Expanded<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Expanded<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any node")
    }
    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<(), E> {
        self.spend(0)
    }
    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<(), E> {
        self.spend(0)
    }
    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<(), E> {
        self.spend(0)
    }
    fn visit_i128<E: serde::de::Error>(self, _: i128) -> Result<(), E> {
        self.spend(0)
    }
    fn visit_u128<E: serde::de::Error>(self, _: u128) -> Result<(), E> {
        self.spend(0)
    }
    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<(), E> {
        self.spend(0)
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<(), E> {
        self.spend(v.len())
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        self.spend(0)
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<(), E> {
        self.spend(0)
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.spend(0)?;
        while seq.next_element_seed(Expanded(self.0))?.is_some() {}
        Ok(())
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        self.spend(0)?;
        while map.next_key_seed(Expanded(self.0))?.is_some() {
            map.next_value_seed(Expanded(self.0))?;
        }
        Ok(())
    }
    fn visit_enum<A: serde::de::EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        use serde::de::VariantAccess;
        let ((), variant) = data.variant_seed(Expanded(self.0))?;
        variant.newtype_variant_seed(Expanded(self.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A list of `n` copies of `scalar` under an anchor, and `refs` aliases
    /// to it, the aliases under `tag` if one is given.
    fn bomb(scalar: &str, n: usize, refs: usize, tag: &str) -> String {
        let list = vec![scalar; n].join(", ");
        let aliases = vec!["*a"; refs].join(", ");
        format!("a: &a [{list}]\nb: {tag}[{aliases}]\n")
    }

    #[test]
    fn every_kind_of_node_costs_the_budget() {
        // 4,000 nodes repeated 600 times: 2.4 million, over the budget
        // whatever the node, and far under serde's repetition limit.
        for scalar in [
            "true",
            "7",
            "-7",
            "1.5",
            "null",
            "~",
            "99999999999999999999",
            "-99999999999999999999",
            "x",
            "[]",
            "{}",
        ] {
            let refused = expansion("t.yaml", &bomb(scalar, 4000, 600, ""));
            assert!(
                matches!(&refused, Err(p) if p.what == What::TooExpanded),
                "{scalar}: {refused:?}"
            );
        }
        let tagged = expansion("t.yaml", &bomb("x", 4000, 600, "!t "));
        assert!(
            matches!(&tagged, Err(p) if p.what == What::TooExpanded),
            "under a tag: {tagged:?}"
        );
        // The same shape, a tenth of the size, is fine.
        assert!(expansion("t.yaml", &bomb("true", 400, 60, "")).is_ok());
    }
}
