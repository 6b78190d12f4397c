//! Making untrusted text safe to print.
//!
//! Checklists and answers come from files, flags and pipes. Before any of it
//! reaches a terminal, a Markdown brief or an error message, control
//! characters, escape sequences, bidi overrides and invisible characters are
//! replaced by a visible escape (`\u{1b}`, `\u{200b}`), so nothing can move
//! the cursor, recolour the terminal, reorder the text a reader sees or make
//! two different strings look the same. JSON output keeps the text itself:
//! [`json`] writes what the JSON encoder leaves raw (DEL, C1 controls, bidi
//! marks, invisible characters) as `\uXXXX` escapes, which read back as the
//! same characters.

//!
//! Longer than most files: the list of what is unsafe, the fast scan that
//! must never miss one, and the tests that hold them together (over every
//! character) belong in one place.
use std::borrow::Cow;
use std::fmt::Write as _;

/// Is `c` a character that must not reach the reader raw, wherever it
/// stands?
fn is_unsafe(c: char, keep_newlines: bool) -> bool {
    match c {
        '\n' | '\t' => !keep_newlines,
        // C0 and C1 controls, DEL.
        c if c.is_control() => true,
        // Bidi embeddings, overrides and isolates; marks that reorder text.
        '\u{200e}' | '\u{200f}' | '\u{061c}' => true,
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => true,
        // Line and paragraph separators break lines where none is expected.
        '\u{2028}' | '\u{2029}' => true,
        // Format characters (Unicode category Cf) and default-ignorable code
        // points: they draw nothing, or a mark the reader cannot tell from
        // none, so `key` and `key\u{200b}` would look the same. Among them
        // the soft hyphen, zero-width space, word joiner, invisible
        // operators, byte order mark, interlinear annotation marks, Hangul
        // fillers and the tag characters, which can spell hidden ASCII
        // (even the tags that make the flags of England, Scotland and Wales
        // out of a black flag: three flags are not worth a hidden channel).
        // Joiners and variation selectors are left to `in_context`.
        '\u{00ad}' | '\u{034f}' | '\u{0600}'..='\u{0605}' | '\u{06dd}' | '\u{070f}' => true,
        '\u{0890}'..='\u{0891}'
        | '\u{08e2}'
        | '\u{115f}'..='\u{1160}'
        | '\u{17b4}'..='\u{17b5}' => true,
        '\u{180e}' | '\u{200b}' | '\u{2060}'..='\u{2065}' | '\u{206a}'..='\u{206f}' => true,
        '\u{3164}' | '\u{feff}' | '\u{ffa0}' | '\u{fff0}'..='\u{fffb}' => true,
        '\u{110bd}' | '\u{110cd}' | '\u{13430}'..='\u{1343f}' | '\u{1bca0}'..='\u{1bca3}' => true,
        '\u{1d173}'..='\u{1d17a}' | '\u{e0000}'..='\u{e00ff}' | '\u{e01f0}'..='\u{e0fff}' => true,
        _ => false,
    }
}

/// The zero-width non-joiner and joiner: invisible, yet needed between
/// the letters of Persian, Indic and other scripts and inside emoji
/// sequences such as 👩‍💻.
fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200c}' | '\u{200d}')
}

/// Variation selectors, Mongolian ones included: invisible, yet they pick
/// the look of the character before them (❤️ is U+2764 U+FE0F).
fn is_selector(c: char) -> bool {
    matches!(
        c,
        '\u{fe00}'..='\u{fe0f}'
            | '\u{e0100}'..='\u{e01ef}'
            | '\u{180b}'..='\u{180d}'
            | '\u{180f}'
    )
}

/// A visible character a joiner or selector can belong to. ASCII is left
/// out: keys, ids and most of what a reader compares are ASCII, and no
/// ASCII text needs a joiner.
fn is_base(c: char) -> bool {
    !c.is_ascii() && !c.is_whitespace() && !is_unsafe(c, true) && !is_joiner(c) && !is_selector(c)
}

/// Whether `c`, a character that is not unsafe everywhere, is shown raw
/// between `before` (with whether it was shown raw) and `after`. A joiner or
/// selector is kept only where it does its job, next to visible non-ASCII
/// characters (and a selector in a keycap such as 1️⃣); anywhere else it
/// changes nothing a reader sees but the string, so it is escaped.
fn in_context(before: Option<(char, bool)>, c: char, after: Option<char>) -> bool {
    let before_raw = before.filter(|&(_, raw)| raw).map(|(b, _)| b);
    if is_joiner(c) {
        before_raw.is_some_and(|b| is_base(b) || is_selector(b)) && after.is_some_and(is_base)
    } else if is_selector(c) {
        before_raw.is_some_and(|b| {
            is_base(b) || (matches!(b, '0'..='9' | '#' | '*') && after == Some('\u{20e3}'))
        })
    } else {
        true
    }
}

/// Every character of `text` with whether it may be shown raw.
fn walk(text: &str, keep_newlines: bool) -> impl Iterator<Item = (char, bool)> + '_ {
    let mut chars = text.chars().peekable();
    let mut before = None;
    std::iter::from_fn(move || {
        let c = chars.next()?;
        let raw = !is_unsafe(c, keep_newlines) && in_context(before, c, chars.peek().copied());
        before = Some((c, raw));
        Some((c, raw))
    })
}

/// Could `text` hold a character to escape? Each one is an ASCII control or
/// DEL, or its UTF-8 starts with one of a few lead bytes: 0xC2 (C1
/// controls, soft hyphen), 0xCD (U+034F), 0xD8, 0xDB and 0xDC (Arabic and
/// Syriac marks), 0xE0 to 0xE3 (U+0800 to U+3FFF), 0xEF (U+F000 to U+FFFF),
/// 0xF0 (U+10000 to U+3FFFF) or 0xF3 (tags and selectors). Text in ASCII,
/// Latin, Greek or Cyrillic script has none of them, so a plain byte scan
/// clears most text at once.
fn may_be_unsafe(text: &str, keep_newlines: bool) -> bool {
    let suspect = |b: u8| {
        (b < 0x20 && !(keep_newlines && (b == b'\n' || b == b'\t')))
            | (b == 0x7f)
            | (b == 0xc2)
            | (b == 0xcd)
            | (b == 0xd8)
            | (b == 0xdb)
            | (b == 0xdc)
            | (0xe0..=0xe3).contains(&b)
            | (b == 0xef)
            | (b == 0xf0)
            | (b == 0xf3)
    };
    // Whole chunks at a time, which the compiler turns into vector code.
    text.as_bytes()
        .chunks(64)
        .any(|chunk| chunk.iter().fold(false, |seen, &b| seen | suspect(b)))
}

fn is_safe(text: &str, keep_newlines: bool) -> bool {
    !may_be_unsafe(text, keep_newlines) || walk(text, keep_newlines).all(|(_, raw)| raw)
}

/// `text` with every character that may not be shown raw written by
/// `escape`, or `text` itself when there is none.
fn escape_with(
    text: &str,
    keep_newlines: bool,
    escape: impl Fn(&mut String, char),
) -> Cow<'_, str> {
    if is_safe(text, keep_newlines) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for (c, raw) in walk(text, keep_newlines) {
        if raw {
            out.push(c);
        } else {
            escape(&mut out, c);
        }
    }
    Cow::Owned(out)
}

fn escape(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    escape_with(text, keep_newlines, |out, c| match c {
        '\n' => out.push_str("\\n"),
        '\t' => out.push_str("\\t"),
        '\r' => out.push_str("\\r"),
        c => {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
    })
}

/// One line of untrusted text: everything unsafe, newlines included, escaped.
pub fn line(text: &str) -> Cow<'_, str> {
    escape(text, false)
}

/// A block of untrusted text that may span lines and use tabs.
pub fn block(text: &str) -> Cow<'_, str> {
    escape(text, true)
}

/// Serialized JSON with every unsafe character the encoder left raw written
/// as a `\uXXXX` escape, a character beyond U+FFFF (a tag, say) as its two
/// UTF-16 surrogates, as JSON requires. The encoder escapes C0 controls
/// inside strings, so the newlines and tabs left are layout; every other
/// unsafe character lies inside a string, where the escape means the same
/// character. The encoder leaves the rest of the text as it was, so a
/// joiner or selector is judged by the same neighbours as in [`line`].
pub fn json(text: &str) -> Cow<'_, str> {
    escape_with(text, true, |out, c| {
        for unit in c.encode_utf16(&mut [0; 2]) {
            let _ = write!(out, "\\u{unit:04x}");
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byte_scan_clears_plain_text_at_once() {
        // The fast path: text in Latin, Greek or Cyrillic script, with
        // spaces, needs no walk; a kept line break or tab neither.
        for text in ["Grüße, partner: a-b c.d ~", "Ελλάδα", "Привет"] {
            assert!(!may_be_unsafe(text, false), "{text}");
        }
        assert!(!may_be_unsafe("line\nnext\tcolumn", true));
        assert!(may_be_unsafe("line\nnext", false));
        assert!(may_be_unsafe("tab\t", false));
    }

    #[test]
    fn the_byte_scan_never_clears_an_unsafe_character() {
        // Only joiners and selectors depend on their neighbours, and each
        // of them is escaped on its own, so one character at a time covers
        // every character that can be escaped anywhere.
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            for keep_newlines in [false, true] {
                let alone = c.to_string();
                if !walk(&alone, keep_newlines).all(|(_, raw)| raw) {
                    assert!(may_be_unsafe(&alone, keep_newlines), "{c:?}");
                }
            }
        }
    }

    #[test]
    fn every_format_and_default_ignorable_character_is_escaped_between_letters() {
        // Unicode's own tables, so a character missing from `is_unsafe`
        // (or one a new Unicode version adds) shows up here.
        let invisible = regex::Regex::new(r"^[\p{Cf}\p{Default_Ignorable_Code_Point}]$").unwrap();
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            if invisible.is_match(&c.to_string()) {
                let text = format!("a{c}b");
                assert_eq!(line(&text), format!("a\\u{{{:x}}}b", c as u32));
            }
        }
    }

    #[test]
    fn invisible_characters_are_escaped() {
        assert_eq!(
            line("scope.reviewed-deliverables\u{200b}"),
            "scope.reviewed-deliverables\\u{200b}"
        );
        assert_eq!(line("soft\u{ad}hyphen"), "soft\\u{ad}hyphen");
        assert_eq!(line("in\u{feff}side"), "in\\u{feff}side");
        assert_eq!(
            line("word\u{2060}joiner\u{2062}"),
            "word\\u{2060}joiner\\u{2062}"
        );
        assert_eq!(line("\u{e0001}\u{e0041}"), "\\u{e0001}\\u{e0041}");
        assert_eq!(line("\u{fff9}note\u{fffb}"), "\\u{fff9}note\\u{fffb}");
        assert_eq!(line("mongolian\u{180e}"), "mongolian\\u{180e}");
        assert_eq!(line("\u{3164}"), "\\u{3164}");
    }

    #[test]
    fn joiners_and_selectors_stay_where_they_do_their_job() {
        for text in [
            "👩\u{200d}💻",
            "❤\u{fe0f}",
            "❤\u{fe0f}\u{200d}🔥",
            "1\u{fe0f}\u{20e3} first ticket",
            "☺\u{fe0e}",
            "می\u{200c}خواهم",
            "क्\u{200d}ष",
            "葛\u{e0100}飾区",
        ] {
            assert!(matches!(line(text), Cow::Borrowed(_)), "{text:?}");
        }
    }

    #[test]
    fn joiners_and_selectors_anywhere_else_are_escaped() {
        assert_eq!(line("key\u{200d}"), "key\\u{200d}");
        assert_eq!(line("a\u{200c}b"), "a\\u{200c}b");
        assert_eq!(line("\u{200d}👩"), "\\u{200d}👩");
        assert_eq!(line("👩\u{200d}"), "👩\\u{200d}");
        assert_eq!(line("👩\u{200d} x"), "👩\\u{200d} x");
        assert_eq!(line("é\u{200d}\u{200d}ü"), "é\\u{200d}\\u{200d}ü");
        assert_eq!(line("x\u{fe0f}"), "x\\u{fe0f}");
        assert_eq!(line("❤\u{fe0f}\u{fe0f}"), "❤\u{fe0f}\\u{fe0f}");
        assert_eq!(line("1\u{fe0f}"), "1\\u{fe0f}");
        // Next to something escaped, a joiner joins nothing visible.
        assert_eq!(line("é\u{200b}\u{200d}ü"), "é\\u{200b}\\u{200d}ü");
    }

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        assert!(matches!(
            line("Grüße, partner"),
            Cow::Borrowed("Grüße, partner")
        ));
    }

    #[test]
    fn escapes_ansi_osc_and_carriage_return() {
        assert_eq!(line("a\x1b[31mred\r"), "a\\u{1b}[31mred\\r");
        assert_eq!(line("\x1b]8;;http://x\x07"), "\\u{1b}]8;;http://x\\u{7}");
    }

    #[test]
    fn escapes_bidi_overrides() {
        assert_eq!(line("abc\u{202e}def"), "abc\\u{202e}def");
        assert_eq!(line("\u{2066}x\u{2069}"), "\\u{2066}x\\u{2069}");
        // Line and paragraph separators: a line break where none is expected.
        assert_eq!(line("a\u{2028}b\u{2029}c"), "a\\u{2028}b\\u{2029}c");
        // The marks that reorder text without embedding anything.
        assert_eq!(line("a\u{200e}b\u{200f}c"), "a\\u{200e}b\\u{200f}c");
        assert_eq!(line("\u{61c}x"), "\\u{61c}x");
    }

    #[test]
    fn json_escapes_what_the_encoder_leaves_raw() {
        let encoded = serde_json::to_string("a\u{202e}b\u{9b}c\u{7f}\x1b").unwrap();
        let escaped = json(&encoded);
        assert_eq!(escaped, r#""a\u202eb\u009bc\u007f\u001b""#);
        let back: String = serde_json::from_str(&escaped).unwrap();
        assert_eq!(back, "a\u{202e}b\u{9b}c\u{7f}\x1b");
        assert!(matches!(json("{\n  \"a\": 1\n}"), Cow::Borrowed(_)));
    }

    #[test]
    fn json_writes_characters_beyond_the_bmp_as_surrogate_pairs() {
        let text = "a\u{e0041}\u{200b}b \u{200d}👩\u{200d}💻";
        let encoded = serde_json::to_string(text).unwrap();
        let escaped = json(&encoded);
        // The second joiner is inside an emoji sequence and stays.
        let expected = format!(r#""a\udb40\udc41\u200bb \u200d👩{}💻""#, '\u{200d}');
        assert_eq!(escaped, expected);
        let back: String = serde_json::from_str(&escaped).unwrap();
        assert_eq!(back, text);
    }

    #[test]
    fn block_keeps_newlines_line_does_not() {
        assert_eq!(block("one\ntwo"), "one\ntwo");
        assert_eq!(line("one\ntwo"), "one\\ntwo");
        assert_eq!(block("c1\u{9b}"), "c1\\u{9b}");
    }
}
