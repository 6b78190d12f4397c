//! Where things are in an input file: the line and column of a node of a
//! YAML document, of the first repeated key, or after a prefix of bytes.
//!
//! serde gives a position only with an error it raises itself. For the
//! problems found afterwards (a checklist rule, a wrong answer), the
//! document is read once more by an event parser that reports where every
//! node starts, into a [`Tree`] of nodes and positions; then every place
//! asked for is looked up in it. One pass, however many problems there are,
//! and none at all when there is none. Position finding is best effort: a
//! document this parser cannot read leaves the problem without a place.

use saphyr_parser::{Event, Parser};

/// One step of a path into a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    /// The value under this key of a mapping.
    Key(&'static str),
    /// This item of a sequence.
    Index(usize),
    /// The key of the mapping's entry at this index (0-based, in order).
    EntryKey(usize),
    /// The value of the mapping's entry at this index.
    EntryValue(usize),
}

/// A 1-based line and column.
pub type Place = (usize, usize);

/// The nodes of one YAML document and where each starts. Nodes are kept in
/// one vector, children by index, so that no depth of nesting costs stack.
pub struct Tree {
    nodes: Vec<Node>,
}

struct Node {
    at: Place,
    kind: Kind,
}

enum Kind {
    Scalar(String),
    Seq(Vec<usize>),
    /// Entries as (key, value) node indices; `None` for a key still waiting
    /// for its value while the tree is built.
    Map(Vec<(usize, Option<usize>)>),
    /// An alias, and the node its anchor named.
    Alias(Option<usize>),
}

/// Nesting deeper than this is not kept: serde refuses it long before.
const MAX_DEPTH: usize = 256;

impl Tree {
    /// Reads the first document of `text`, or `None` if it is not YAML this
    /// parser reads.
    pub fn parse(text: &str) -> Option<Tree> {
        let mut parser = Parser::new_from_str(text);
        let mut nodes: Vec<Node> = Vec::new();
        let mut open: Vec<usize> = Vec::new();
        let mut anchors: std::collections::HashMap<usize, usize> = Default::default();
        // How far below MAX_DEPTH the events are skipped.
        let mut skipped = 0usize;
        let mut started = false;
        loop {
            let (event, span) = parser.next_event()?.ok()?;
            let at = (span.start.line(), span.start.col() + 1);
            let (kind, anchor, opens) = match event {
                Event::StreamEnd | Event::DocumentEnd => break,
                Event::DocumentStart(_) if started => break,
                Event::DocumentStart(_) => {
                    started = true;
                    continue;
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    if skipped > 0 {
                        skipped -= 1;
                    } else {
                        open.pop();
                    }
                    continue;
                }
                _ if skipped > 0 => {
                    if matches!(event, Event::SequenceStart(..) | Event::MappingStart(..)) {
                        skipped += 1;
                    }
                    continue;
                }
                Event::Scalar(value, _, anchor, _) => {
                    (Kind::Scalar(value.into_owned()), anchor, false)
                }
                Event::SequenceStart(anchor, _) => (Kind::Seq(Vec::new()), anchor, true),
                Event::MappingStart(anchor, _) => (Kind::Map(Vec::new()), anchor, true),
                Event::Alias(id) => (Kind::Alias(anchors.get(&id).copied()), 0, false),
                _ => continue,
            };
            if opens && open.len() >= MAX_DEPTH {
                skipped = 1;
                continue;
            }
            let index = nodes.len();
            nodes.push(Node { at, kind });
            if anchor != 0 {
                anchors.insert(anchor, index);
            }
            if let Some(&parent) = open.last() {
                match &mut nodes[parent].kind {
                    Kind::Seq(items) => items.push(index),
                    Kind::Map(entries) => match entries.last_mut() {
                        Some((_, value @ None)) => *value = Some(index),
                        _ => entries.push((index, None)),
                    },
                    _ => {}
                }
            }
            if opens {
                open.push(index);
            }
        }
        (!nodes.is_empty()).then_some(Tree { nodes })
    }

    /// The node at `path`, following aliases to their anchors.
    fn find(&self, path: &[Seg]) -> Option<usize> {
        let mut at = 0;
        for seg in path {
            at = self.resolve(at)?;
            at = match (&self.nodes[at].kind, seg) {
                (Kind::Seq(items), Seg::Index(i)) => *items.get(*i)?,
                (Kind::Map(entries), Seg::Key(key)) => {
                    entries
                        .iter()
                        .find(|(k, _)| self.scalar(*k) == Some(key))?
                        .1?
                }
                (Kind::Map(entries), Seg::EntryKey(i)) => entries.get(*i)?.0,
                (Kind::Map(entries), Seg::EntryValue(i)) => entries.get(*i)?.1?,
                _ => return None,
            };
        }
        Some(at)
    }

    /// `index`, or the node its alias names.
    fn resolve(&self, index: usize) -> Option<usize> {
        match self.nodes[index].kind {
            Kind::Alias(target) => target,
            _ => Some(index),
        }
    }

    fn scalar(&self, index: usize) -> Option<&str> {
        match &self.nodes[self.resolve(index)?].kind {
            Kind::Scalar(text) => Some(text),
            _ => None,
        }
    }

    /// Where the node at `path` starts (an alias: where the alias is).
    pub fn place(&self, path: &[Seg]) -> Option<Place> {
        self.find(path).map(|index| self.nodes[index].at)
    }

    /// Where the first key stands that repeats an earlier key of the
    /// mapping that starts at `mapping`, if one does.
    pub fn repeated_key_in(&self, mapping: Place) -> Option<Place> {
        self.nodes.iter().find_map(|node| {
            let Kind::Map(entries) = &node.kind else {
                return None;
            };
            if node.at != mapping {
                return None;
            }
            let mut seen = std::collections::HashSet::new();
            entries.iter().find_map(|&(key, _)| {
                let text = self.scalar(key)?;
                (!seen.insert(text)).then_some(self.nodes[key].at)
            })
        })
    }
}

/// The places of every path in `paths`, from one reading of `text`.
pub fn places(text: &str, paths: &[&[Seg]]) -> Vec<Option<Place>> {
    match Tree::parse(text) {
        Some(tree) => paths.iter().map(|path| tree.place(path)).collect(),
        None => vec![None; paths.len()],
    }
}

/// The place of the node at `path` in `text`.
pub fn place(text: &str, path: &[Seg]) -> Option<Place> {
    places(text, &[path]).pop().flatten()
}

/// The line and column just after `prefix`.
pub fn line_col(prefix: &[u8]) -> Place {
    let line = prefix.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = prefix
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let col = String::from_utf8_lossy(&prefix[start..]).chars().count() + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "a: 1\nitems:\n  - id: x\n  - id: y\n    when: {question: x}\n";

    #[test]
    fn finds_scalars_in_nested_maps_and_lists() {
        assert_eq!(place(DOC, &[Seg::Key("a")]), Some((1, 4)));
        let id = [Seg::Key("items"), Seg::Index(1), Seg::Key("id")];
        assert_eq!(place(DOC, &id), Some((4, 9)));
        let q = [
            Seg::Key("items"),
            Seg::Index(1),
            Seg::Key("when"),
            Seg::Key("question"),
        ];
        assert_eq!(place(DOC, &q), Some((5, 22)));
    }

    #[test]
    fn finds_many_places_in_one_reading() {
        let paths: Vec<Vec<Seg>> = (0..3)
            .map(|i| vec![Seg::Key("items"), Seg::Index(i), Seg::Key("id")])
            .collect();
        let paths: Vec<&[Seg]> = paths.iter().map(Vec::as_slice).collect();
        assert_eq!(places(DOC, &paths), [Some((3, 9)), Some((4, 9)), None]);
    }

    #[test]
    fn finds_the_repeated_key_not_its_mapping() {
        let doc = "a: 1\nb:\n  c: 1\n  d: {e: 1, e: 2}\n";
        let tree = Tree::parse(doc).unwrap();
        assert_eq!(tree.repeated_key_in((4, 6)), Some((4, 13)));
        assert_eq!(tree.repeated_key_in((3, 3)), None, "its mapping has none");
        let doc = "a: 1\nb: 2\na: 3\n";
        assert_eq!(
            Tree::parse(doc).unwrap().repeated_key_in((1, 1)),
            Some((3, 1))
        );
        assert_eq!(Tree::parse(DOC).unwrap().repeated_key_in((1, 1)), None);
    }

    #[test]
    fn a_missing_node_has_no_place() {
        assert_eq!(place(DOC, &[Seg::Key("nope")]), None);
        assert_eq!(place(DOC, &[Seg::Key("items"), Seg::Index(9)]), None);
        assert_eq!(place("a: [", &[Seg::Key("a")]), None);
    }

    #[test]
    fn finds_entries_by_index_and_follows_aliases() {
        let yaml = "# answers\na.b: yes\nc.d:\n  - x\n  - y\ne.f: \"q\"\n";
        assert_eq!(place(yaml, &[Seg::EntryKey(0)]), Some((2, 1)));
        assert_eq!(place(yaml, &[Seg::EntryValue(0)]), Some((2, 6)));
        assert_eq!(place(yaml, &[Seg::EntryValue(1)]), Some((4, 3)));
        assert_eq!(place(yaml, &[Seg::EntryKey(2)]), Some((6, 1)));
        assert_eq!(place(yaml, &[Seg::EntryValue(2)]), Some((6, 6)));
        assert_eq!(place(yaml, &[Seg::EntryKey(3)]), None);
        let flow = "{a.b: yes, c.d: [x]}";
        assert_eq!(place(flow, &[Seg::EntryValue(1)]), Some((1, 17)));
        let aliased = "base: &b {id: x}\nitems: [*b]\n";
        let id = [Seg::Key("items"), Seg::Index(0), Seg::Key("id")];
        assert_eq!(place(aliased, &id), Some((1, 15)));
    }

    #[test]
    fn deep_nesting_costs_no_stack() {
        let deep = format!("{}a\n", "- ".repeat(100_000));
        assert!(Tree::parse(&deep).is_some());
    }

    #[test]
    fn line_col_counts_characters_not_bytes() {
        assert_eq!(line_col(b""), (1, 1));
        assert_eq!(line_col("a\nbü".as_bytes()), (2, 3));
    }
}
