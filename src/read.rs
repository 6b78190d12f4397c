//! Reading input files safely, and naming a place in one.
//!
//! Checklists and answers files share the same limits: at most 1 MiB (refused
//! before anything is parsed), valid UTF-8 (refused with the position of the
//! first bad byte), a leading BOM dropped. `-` reads stdin under the same
//! rules. A [`Problem`] names the file, line and column of what is wrong.

pub use crate::error::{Problem, What};
use crate::locate::line_col;
use std::fmt;
use std::io::Read;
use std::path::Path;

/// The largest input file escalate reads.
pub const MAX_BYTES: u64 = 1024 * 1024;

/// The deepest nesting of `[` and `{` read. serde_norway refuses more than
/// 128 levels of any kind, but only after its scanner has gone through the
/// flow collections, which takes time quadratic in their depth.
pub const MAX_FLOW_DEPTH: usize = 128;

/// The name to show for `path` (`-` is stdin).
pub fn display_name(path: &Path) -> String {
    if path == Path::new("-") {
        "<stdin>".to_owned()
    } else {
        path.display().to_string()
    }
}

/// Reads `path` (or stdin for `-`) as text within the limits.
pub fn text(path: &Path) -> Result<String, Problem> {
    let name = display_name(path);
    let bytes = if path == Path::new("-") {
        limited(std::io::stdin().lock(), None)
    } else {
        file_bytes(path)
    }
    .map_err(|what| Problem::whole(&name, what))?;
    if bytes.len() >= LARGE_INPUT {
        keep_freed_memory();
    }
    decode(&name, bytes)
}

/// From this size on, an input is parsed into enough short-lived memory
/// that the allocator's defaults start to cost.
const LARGE_INPUT: usize = 256 * 1024;

/// Parsing a large file allocates and frees many megabytes in large blocks.
/// glibc hands each large free block back to the OS and maps fresh pages for
/// the next, so every page faults again; for a run that ends within
/// milliseconds, keeping freed memory for reuse is faster (about 6% on a
/// 1 MiB checklist).
fn keep_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes allocator tuning; it is thread-safe.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 64 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 128 << 20);
    }
}

/// Checks `bytes` read from the input `name` against the same limits and
/// turns them into text, without a leading BOM.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String, Problem> {
    if bytes.len() as u64 > MAX_BYTES {
        return Err(Problem::whole(name, What::TooBig));
    }
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            Ok(text)
        }
        Err(err) => {
            let bytes = err.as_bytes();
            let valid = err.utf8_error().valid_up_to();
            Err(Problem {
                file: name.to_owned(),
                at: Some(line_col(&bytes[..valid])),
                what: What::NotUtf8,
            })
        }
    }
}

/// Why an input could not be read.
fn unreadable(err: std::io::Error) -> What {
    What::CannotRead(err.kind(), crate::error::io_reason(&err))
}

fn file_bytes(path: &Path) -> Result<Vec<u8>, What> {
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let meta = file.metadata().map_err(unreadable)?;
    if meta.is_dir() {
        return Err(What::IsADirectory);
    }
    if meta.len() > MAX_BYTES {
        return Err(What::TooBig);
    }
    limited(file, Some(meta.len()))
}

fn limited(reader: impl Read, size: Option<u64>) -> Result<Vec<u8>, What> {
    let mut bytes = Vec::with_capacity(size.unwrap_or(8 * 1024) as usize);
    reader
        .take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    // At most one byte over the limit: enough for `decode` to refuse it.
    Ok(bytes)
}

/// Refuses YAML whose flow collections (`[`, `{`) nest deeper than
/// [`MAX_FLOW_DEPTH`], before a parser sees it. Quoted scalars and comments
/// are skipped; a bracket in plain text can only make the check stricter.
pub fn flow_depth(name: &str, text: &str) -> Result<(), Problem> {
    // Every byte that matters is ASCII, and no byte of a multi-byte UTF-8
    // character is ASCII, so a byte scan sees what a character scan sees.
    // Ordinary bytes are skipped in bulk; the byte before a mark tells
    // whether it starts a quote or a comment.
    let bytes = text.as_bytes();
    let before = |i: usize| if i == 0 { b'\n' } else { bytes[i - 1] };
    let mut depth = 0;
    let mut i = 0;
    loop {
        let Some(skip) = bytes[i..]
            .iter()
            .position(|b| matches!(b, b'#' | b'"' | b'\'' | b'[' | b'{' | b']' | b'}'))
        else {
            return Ok(());
        };
        i += skip;
        let c = bytes[i];
        let prev = before(i);
        let blank = matches!(prev, b' ' | b'\t' | b'\r' | b'\n');
        let starts = blank || (depth > 0 && b"[{,:".contains(&prev));
        match c {
            b'#' if blank => match bytes[i..].iter().position(|&b| b == b'\n') {
                Some(end) => i += end,
                None => return Ok(()),
            },
            b'"' | b'\'' if starts => match closing(&bytes[i + 1..], c) {
                Some(end) => i += end + 1,
                None => return Ok(()),
            },
            b'[' | b'{' if starts || depth > 0 => {
                depth += 1;
                if depth > MAX_FLOW_DEPTH {
                    return Err(Problem {
                        file: name.to_owned(),
                        at: Some(line_col(&bytes[..i])),
                        what: What::TooDeep,
                    });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
}

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
            ..Problem::yaml(name, &err)
        }),
        // Any other error is the parser's, and parsing reports it itself.
        _ => Ok(()),
    }
}

/// The most text and nodes a file may hold once its aliases are expanded:
/// twice the largest file, so aliases can repeat text but never multiply it.
pub const MAX_EXPANDED: usize = 2 * MAX_BYTES as usize;

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

/// Where the quoted scalar that `rest` continues ends: the offset of its
/// closing `quote`. `\` escapes in double quotes, `''` in single quotes.
fn closing(rest: &[u8], quote: u8) -> Option<usize> {
    let mut i = 0;
    loop {
        i += rest[i..]
            .iter()
            .position(|&b| b == quote || (quote == b'"' && b == b'\\'))?;
        match rest[i] {
            b'\\' => i += 2,
            _ if quote == b'\'' && rest.get(i + 1) == Some(&b'\'') => i += 2,
            _ => return Some(i),
        }
        if i >= rest.len() {
            return None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_flow_nesting_is_refused_where_it_gets_too_deep() {
        let deep = format!("a: {}", "[".repeat(MAX_FLOW_DEPTH + 1));
        let problem = flow_depth("d.yaml", &deep).unwrap_err();
        assert_eq!(problem.at, Some((1, 4 + MAX_FLOW_DEPTH)));
        let just = format!(
            "a: {}{}",
            "[".repeat(MAX_FLOW_DEPTH),
            "]".repeat(MAX_FLOW_DEPTH)
        );
        assert_eq!(flow_depth("d.yaml", &just), Ok(()));
    }

    #[test]
    fn brackets_in_quotes_comments_and_plain_text_do_not_nest() {
        let many = "[".repeat(MAX_FLOW_DEPTH + 1);
        for text in [
            format!("a: \"{many}\"\n"),
            format!("a: '{many}'\n"),
            format!("a: 'it''s {many}'\n"),
            format!("a: \"\\\" {many}\"\n"),
            format!("a: 1 # {many}\n"),
            format!("a: x{many}\n"),
            format!("a: [\"{many}\", '{many}']\n"),
        ] {
            assert_eq!(flow_depth("q.yaml", &text), Ok(()), "{text}");
        }
        let closed = "[]".repeat(MAX_FLOW_DEPTH + 1);
        assert_eq!(flow_depth("q.yaml", &format!("a: {closed}")), Ok(()));
    }

    /// The depth check written plainly, character by character, to hold
    /// the fast scan to.
    fn deepest(text: &str) -> Option<usize> {
        let (mut depth, mut quote, mut prev) = (0, None, '\n');
        let mut chars = text.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            match quote {
                Some('"') if c == '\\' => _ = chars.next(),
                Some(q) if c == q => {
                    if q != '\'' || chars.next_if(|&(_, n)| n == '\'').is_none() {
                        quote = None;
                    }
                }
                Some(_) => {}
                None => {
                    let blank = matches!(prev, ' ' | '\t' | '\r' | '\n');
                    let starts = blank || (depth > 0 && "[{,:".contains(prev));
                    match c {
                        '#' if blank => while chars.next_if(|&(_, n)| n != '\n').is_some() {},
                        '"' | '\'' if starts => quote = Some(c),
                        '[' | '{' if starts || depth > 0 => {
                            depth += 1;
                            if depth > MAX_FLOW_DEPTH {
                                return Some(at);
                            }
                        }
                        ']' | '}' => depth = usize::saturating_sub(depth, 1),
                        _ => {}
                    }
                }
            }
            prev = c;
        }
        None
    }

    proptest::proptest! {
        #[test]
        fn the_fast_scan_agrees_with_the_plain_one(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "[", "[", "[", "{", "]", "}", "\"", "'", "''", "\\", "#", " ", "\n",
                    ",", ":", "a", "ü", "[[[[[[[[[[[[[[[[",
                ]),
                0..400,
            )
        ) {
            let text = parts.concat();
            let fast = flow_depth("p.yaml", &text).err().and_then(|p| p.at);
            let plain = deepest(&text).map(|at| line_col(&text.as_bytes()[..at]));
            proptest::prop_assert_eq!(fast, plain, "{:?}", text);
        }
    }
}
