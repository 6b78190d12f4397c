//! Two traps of YAML's unquoted values in an answers file, refused before
//! the file is parsed, at the value, with the value quoted as the fix: a
//! comment glued to a value, and a colon that makes a key of a value.
//!
//! In YAML, ` #` starts a comment, so `- Ticket #3317 in the portal` would
//! be read as `Ticket`, silently. People write ticket, order and clause
//! numbers that way, so a `#` that follows something on its line after a
//! blank and is itself followed at once by text (`#3317`, `#cap`) is taken
//! for part of the value and refused, with the text that would be lost and
//! the value quoted. A comment written the usual way, with a blank after
//! `#` (`# asked only when …`), or on a line of its own, stays a comment.
//! Quoted scalars and block scalars (`|`, `>`) are skipped: a `#` in them is
//! text.
//!
//! A `: ` (a colon before a blank or the line's end) ends a key. Within a
//! value, after `key: ` or in a list entry after `- `, it turns the text
//! before it into a key and the value into a map:
//! `- NBO-212, opened 11/20: checkout fails` is no longer an entry of text,
//! and `problem: Note: it fails` is no longer YAML. An answer is never a
//! map, so such a colon is refused, naming the text it made a key. Inside
//! `[…]` or `{…}` it is left to the parser.

use crate::error::{Problem, What};
use crate::read::quote;

/// Refuses every trap in the YAML `text`, one per line at most, so that
/// all of them are said in one run: a comment that starts on the line of a
/// value and whose text begins right after `#`, or a `: ` within a value;
/// `name` names the file.
pub fn refuse(name: &str, text: &str) -> Result<(), Vec<Problem>> {
    let mut found = Vec::new();
    // A file that is a list, not a map, holds no answer: the parser says so.
    let listed = text
        .lines()
        .map(str::trim_start)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .is_some_and(|l| l.starts_with("- ") || l == "-");
    let mut quote: Option<u8> = None;
    let mut block: Option<usize> = None;
    let mut depth = 0usize;
    for (index, line) in text.split('\n').enumerate() {
        let bytes = line.as_bytes();
        let indent = bytes.iter().take_while(|&&b| b == b' ').count();
        if let Some(parent) = block {
            if line.trim().is_empty() || indent > parent {
                continue;
            }
            block = None;
        }
        let mut i = 0;
        if let Some(q) = quote {
            match closing(bytes, q) {
                Some(end) => {
                    quote = None;
                    i = end + 1;
                }
                None => continue,
            }
        }
        // Where the scalar being read on this line starts, and whether
        // the next one may start here (a quote opens only there); whether
        // a scalar starting now may be a key (at the line's start, not
        // after `- ` or `: `), and whether the one being read may.
        let mut value: Option<usize> = (i > 0).then_some(0);
        let mut starts = i == 0;
        let mut may_key = true;
        let mut keyed = true;
        while i < bytes.len() {
            let c = bytes[i];
            let blank_before = i == 0 || matches!(bytes[i - 1], b' ' | b'\t');
            match c {
                b' ' | b'\t' | b'\r' => {}
                b'#' if blank_before => {
                    let next = bytes.get(i + 1).copied().unwrap_or(b' ');
                    let before = !line[..i].trim().is_empty();
                    if before && !matches!(next, b' ' | b'\t' | b'\r') {
                        found.push(refusal(name, line, index, i, value));
                    }
                    break;
                }
                b'"' | b'\'' if starts => match closing(&bytes[i + 1..], c) {
                    Some(end) => {
                        if value.is_none() {
                            value = Some(i);
                            keyed = may_key;
                        }
                        i += end + 1;
                        starts = false;
                    }
                    None => {
                        quote = Some(c);
                        break;
                    }
                },
                b'|' | b'>' if starts && is_block_header(&line[i + 1..]) => {
                    block = Some(indent);
                    break;
                }
                b'-' | b'?' if value.is_none() && ends_token(bytes, i) => {
                    starts = true;
                    may_key = false;
                }
                b':' if ends_token(bytes, i) => {
                    if let Some(start) = value.filter(|_| depth == 0 && !keyed && !listed) {
                        // The rest of the line is part of the value refused.
                        found.push(colon(name, line, index, start, i));
                        break;
                    }
                    starts = true;
                    value = None;
                    may_key = false;
                }
                b'[' | b'{' if starts || depth > 0 => {
                    depth += 1;
                    starts = true;
                }
                b',' if depth > 0 => {
                    starts = true;
                    value = None;
                }
                b']' | b'}' if depth > 0 => depth -= 1,
                _ => {
                    if value.is_none() {
                        value = Some(i);
                        keyed = may_key;
                    }
                    starts = false;
                }
            }
            i += 1;
        }
    }
    match found.is_empty() {
        true => Ok(()),
        false => Err(found),
    }
}

/// Whether the indicator at `i` is one: followed by a blank or the end.
fn ends_token(bytes: &[u8], i: usize) -> bool {
    matches!(bytes.get(i + 1), None | Some(b' ' | b'\t' | b'\r'))
}

/// Whether `rest`, after a `|` or `>`, is a block scalar's header: only
/// indentation and chomping indicators, then a blank comment or nothing.
fn is_block_header(rest: &str) -> bool {
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '+' || c == '-');
    let after = rest.trim_start_matches([' ', '\t', '\r']);
    after.is_empty() || (after.starts_with('#') && after.len() < rest.len())
}

/// The offset in `rest` of the quote that closes one opened by `quote`:
/// `\` escapes in double quotes, `''` in single quotes.
fn closing(rest: &[u8], quote: u8) -> Option<usize> {
    let mut i = 0;
    while i < rest.len() {
        match rest[i] {
            b'\\' if quote == b'"' => i += 2,
            b if b == quote && quote == b'\'' && rest.get(i + 1) == Some(&b'\'') => i += 2,
            b if b == quote => return Some(i),
            _ => i += 1,
        }
    }
    None
}

/// The problem for the comment at byte `at` of `line` (line `index`, from
/// 0), in the value that starts at byte `value` of the line.
fn refusal(name: &str, line: &str, index: usize, at: usize, value: Option<usize>) -> Problem {
    let lost = line[at..].trim_end().to_owned();
    let quoted = quote(line[value.unwrap_or(at)..].trim_end());
    Problem {
        file: name.to_owned(),
        at: Some(place(line, index, at)),
        what: What::GluedComment { lost, quoted },
    }
}

/// The problem for the `: ` at byte `at` of `line` (line `index`, from 0),
/// in the value that starts at byte `value`: placed at the value, which
/// is quoted up to a comment that follows it.
fn colon(name: &str, line: &str, index: usize, value: usize, at: usize) -> Problem {
    let rest = &line[at..];
    let end = [" #", "\t#"]
        .iter()
        .filter_map(|comment| rest.find(comment))
        .min()
        .map_or(line.len(), |cut| at + cut);
    Problem {
        file: name.to_owned(),
        at: Some(place(line, index, value)),
        what: What::ColonKey {
            key: line[value..at].trim_end().to_owned(),
            quoted: quote(line[value..end].trim_end()),
        },
    }
}

/// Line and column, from 1, of byte `at` of `line` (line `index`, from 0).
fn place(line: &str, index: usize, at: usize) -> (usize, usize) {
    (index + 1, line[..at].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The trap refused in `text`: its place, the text it names (lost, or
    /// made a key) and the fix; `glued` says which trap is expected.
    fn trap(text: &str, glued: bool) -> Option<(usize, usize, String, String)> {
        let problem = refuse("a.yaml", text).err()?.remove(0);
        let (line, column) = problem.at.expect("a place");
        match problem.what {
            What::GluedComment { lost, quoted } if glued => Some((line, column, lost, quoted)),
            What::ColonKey { key, quoted } if !glued => Some((line, column, key, quoted)),
            other => panic!("another problem: {other:?}"),
        }
    }

    fn refused(text: &str) -> Option<(usize, usize, String, String)> {
        trap(text, true)
    }

    fn colon(text: &str) -> Option<(usize, usize, String, String)> {
        trap(text, false)
    }

    #[test]
    fn a_list_entry_with_a_glued_comment_is_refused_where_it_starts() {
        let text = "a: 1\nlist:\n  - Ticket #3317 im Partner-Portal\n";
        assert_eq!(
            refused(text),
            Some((
                3,
                12,
                "#3317 im Partner-Portal".to_owned(),
                "\"Ticket #3317 im Partner-Portal\"".to_owned()
            ))
        );
    }

    #[test]
    fn a_scalar_with_a_glued_comment_is_refused_and_quoted_whole() {
        let text = "scope.clause: SOW section 4 #cap $450k\r\n";
        assert_eq!(
            refused(text),
            Some((
                1,
                29,
                "#cap $450k".to_owned(),
                "\"SOW section 4 #cap $450k\"".to_owned()
            ))
        );
        let (.., quoted) = refused("k: say \"hi\" #1\n").unwrap();
        assert_eq!(quoted, "'say \"hi\" #1'");
        let (.., quoted) = refused("k: #1 first\n").unwrap();
        assert_eq!(quoted, "\"#1 first\"");
        let (line, column, ..) = refused("k: Größe #2\n").unwrap();
        assert_eq!((line, column), (1, 10));
    }

    #[test]
    fn comments_written_the_usual_way_and_hashes_in_text_stay_as_they_are() {
        for text in [
            "# a comment\nk: v\n",
            "#nospace on its own line\nk: v\n",
            "  #indented, on its own line\nk: v\n",
            "k: v   # asked only when …\n",
            "k: v #\n",
            "k:\t# a tab\n",
            "k: Ticket#3317\n",
            "k: \"Ticket #3317\"\n",
            "k: 'it''s #3317'\n",
            "k: \"a \\\" #1\"\n",
            "k: \"two\n  lines #1\"\n",
            "k: 'two\n  lines #1'\n",
            "k: |\n  Ticket #3317\n  #cap\n\nj: v\n",
            "k: >-   # folded\n  Ticket #3317\n",
            "- |+\n Ticket #3317\n",
            "k: [\"#1\", '#2']\n",
            "k: a > b\n",
        ] {
            assert_eq!(refuse("a.yaml", text), Ok(()), "{text:?}");
        }
    }

    #[test]
    fn after_a_block_or_a_quote_the_next_value_is_checked_again() {
        assert_eq!(
            refused("k: |\n  #1 text\nj: v #2\n").map(|r| (r.0, r.1)),
            Some((3, 6))
        );
        assert_eq!(
            refused("k: \"two\n  lines\" #2\n").map(|r| (r.0, r.1)),
            Some((2, 10))
        );
        let (.., quoted) = refused("- Ticket - see #1\n").unwrap();
        assert_eq!(quoted, "\"Ticket - see #1\"");
    }

    #[test]
    fn a_colon_in_a_list_entry_is_refused_at_the_entry() {
        let text =
            "a: 1\nlist:\n  - first\n  - NBO-212, opened 11/20: checkout \"Place order\" fails\n";
        assert_eq!(
            colon(text),
            Some((
                4,
                5,
                "NBO-212, opened 11/20".to_owned(),
                "'NBO-212, opened 11/20: checkout \"Place order\" fails'".to_owned()
            ))
        );
        let (.., quoted) = colon("k:\n- a: b   # note\n").unwrap();
        assert_eq!(quoted, "\"a: b\"");
        let (.., key, _) = colon("k:\n  - \"quoted\": b\n").unwrap();
        assert_eq!(key, "\"quoted\"");
    }

    #[test]
    fn a_colon_in_a_value_is_refused_at_the_value() {
        assert_eq!(
            colon("k: v\nproblem: Note: the checkout fails\n"),
            Some((
                2,
                10,
                "Note".to_owned(),
                "\"Note: the checkout fails\"".to_owned()
            ))
        );
        let (line, column, ..) = colon("k: Größe: 2\n").unwrap();
        assert_eq!((line, column), (1, 4));
    }

    #[test]
    fn every_trap_is_refused_each_at_its_line() {
        let text = "a: Note: one\nb: fine\nlist:\n  - x: y\n  - Ticket #1\nc: Re: two #2\n";
        let found = refuse("a.yaml", text).unwrap_err();
        let places: Vec<_> = found.iter().map(|p| p.at.unwrap()).collect();
        assert_eq!(places, [(1, 4), (4, 5), (5, 12), (6, 4)]);
    }

    #[test]
    fn colons_that_end_keys_or_stay_inside_text_are_left_alone() {
        for text in [
            "k: v\n",
            "\"k\": v\n",
            "k:\n  - a\n  - b\n",
            "section:\n  k: v\n",
            "k: https://example.com/a:b\n",
            "k: 10:30 on Monday\n",
            "k: \"Note: quoted\"\n",
            "k:\n  - 'a: b'\n",
            "k: [a, b]\n",
            "k: {a: b}\n",
            "k: [a: b]\n",
            "k: |\n  Note: text\n",
            "k: v # a comment: with a colon\n",
            "k: first line\n  next: line\n",
            "# a list, not a map\n- k: v\n",
        ] {
            assert_eq!(refuse("a.yaml", text), Ok(()), "{text:?}");
        }
    }
}
