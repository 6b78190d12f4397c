//! A comment glued to a value in a YAML answers file, refused before the
//! file is parsed.
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

use crate::error::{Problem, What};

/// Refuses the first comment in the YAML `text` that starts on the line
/// of a value and whose text begins right after `#`; `name` names the file.
pub fn glued(name: &str, text: &str) -> Result<(), Problem> {
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
        // the next one may start here (a quote opens only there).
        let mut value: Option<usize> = (i > 0).then_some(0);
        let mut starts = i == 0;
        while i < bytes.len() {
            let c = bytes[i];
            let blank_before = i == 0 || matches!(bytes[i - 1], b' ' | b'\t');
            match c {
                b' ' | b'\t' | b'\r' => {}
                b'#' if blank_before => {
                    let next = bytes.get(i + 1).copied().unwrap_or(b' ');
                    let before = !line[..i].trim().is_empty();
                    if before && !matches!(next, b' ' | b'\t' | b'\r') {
                        return Err(refusal(name, line, index, i, value));
                    }
                    break;
                }
                b'"' | b'\'' if starts => match closing(&bytes[i + 1..], c) {
                    Some(end) => {
                        value.get_or_insert(i);
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
                b'-' | b'?' if value.is_none() && ends_token(bytes, i) => starts = true,
                b':' if ends_token(bytes, i) => {
                    starts = true;
                    value = None;
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
                    value.get_or_insert(i);
                    starts = false;
                }
            }
            i += 1;
        }
    }
    Ok(())
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
    let whole = line[value.unwrap_or(at)..].trim_end();
    let quoted = if whole.contains('"') {
        format!("'{}'", whole.replace('\'', "''"))
    } else {
        format!("\"{}\"", whole.replace('\\', "\\\\"))
    };
    Problem {
        file: name.to_owned(),
        at: Some((index + 1, line[..at].chars().count() + 1)),
        what: What::GluedComment { lost, quoted },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(text: &str) -> Option<(usize, usize, String, String)> {
        let problem = glued("a.yaml", text).err()?;
        let (line, column) = problem.at.expect("a place");
        match problem.what {
            What::GluedComment { lost, quoted } => Some((line, column, lost, quoted)),
            other => panic!("another problem: {other:?}"),
        }
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
            assert_eq!(glued("a.yaml", text), Ok(()), "{text:?}");
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
}
