//! Deep `[` and `{` nesting refused before a parser sees it: serde_norway
//! refuses more than 128 levels of any kind, but only after its scanner has
//! gone through the flow collections, which takes time quadratic in their
//! depth.

use super::{MAX_FLOW_DEPTH, Problem, What};
use crate::locate::line_col;

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
