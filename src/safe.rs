//! Making untrusted text safe to print.
//!
//! Checklists and answers come from files, flags and pipes. Before any of it
//! reaches a terminal, a Markdown brief or an error message, control
//! characters, escape sequences and bidi overrides are replaced by a visible
//! escape (`\u{1b}`), so nothing can move the cursor, recolour the terminal
//! or reorder the text a reader sees. JSON output keeps the text itself:
//! [`json`] writes what the JSON encoder leaves raw (DEL, C1 controls, bidi
//! marks) as `\uXXXX` escapes, which read back as the same characters.

use std::borrow::Cow;

/// Is `c` a character that must not reach the reader raw?
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
        _ => false,
    }
}

/// Could `text` hold an unsafe character? Each one is an ASCII control or
/// DEL, or its UTF-8 starts with 0xC2 (C1 controls), 0xD8 (U+061C) or 0xE2
/// (U+2000 to U+2FFF), so a plain byte scan clears most text at once.
fn may_be_unsafe(text: &str, keep_newlines: bool) -> bool {
    let suspect = |b: u8| {
        (b < 0x20 && !(keep_newlines && (b == b'\n' || b == b'\t')))
            | (b == 0x7f)
            | (b == 0xc2)
            | (b == 0xd8)
            | (b == 0xe2)
    };
    // Whole chunks at a time, which the compiler turns into vector code.
    text.as_bytes()
        .chunks(64)
        .any(|chunk| chunk.iter().fold(false, |seen, &b| seen | suspect(b)))
}

fn is_safe(text: &str, keep_newlines: bool) -> bool {
    !may_be_unsafe(text, keep_newlines) || !text.chars().any(|c| is_unsafe(c, keep_newlines))
}

fn escape(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    if is_safe(text, keep_newlines) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c, keep_newlines) {
            match c {
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                '\r' => out.push_str("\\r"),
                c => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
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
/// as a `\uXXXX` escape. The encoder escapes C0 controls inside strings, so
/// the newlines and tabs left are layout; every other unsafe character lies
/// inside a string, where the escape means the same character.
pub fn json(text: &str) -> Cow<'_, str> {
    if is_safe(text, true) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c, true) {
            // Every unsafe character is in the Basic Multilingual Plane.
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byte_scan_never_clears_an_unsafe_character() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            for keep_newlines in [false, true] {
                if is_unsafe(c, keep_newlines) {
                    assert!(may_be_unsafe(&c.to_string(), keep_newlines), "{c:?}");
                }
            }
        }
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
    fn block_keeps_newlines_line_does_not() {
        assert_eq!(block("one\ntwo"), "one\ntwo");
        assert_eq!(line("one\ntwo"), "one\\ntwo");
        assert_eq!(block("c1\u{9b}"), "c1\\u{9b}");
    }
}
