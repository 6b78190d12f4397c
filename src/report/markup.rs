//! Markdown's syntax made inert: untrusted text escaped so that, once
//! rendered, it is the text it was and nothing more. Used by every renderer
//! that writes Markdown (the brief).
//!
//! Most of the file is its tests: the hostile entries and the CommonMark
//! reader that checks them are the specification of the escaping.

/// Untrusted text as inert Markdown on one line, with the same text as
/// [`crate::safe::line`] once rendered. It lands after `- `, `N. ` or `# `,
/// or between `**` and `**`, so it must start no block there and hold no
/// inline markup anywhere. Punctuation is escaped only where it means
/// something, so that a plain sentence, a date or a link stays readable.
pub fn md(text: &str) -> String {
    let safe = crate::safe::line(text.trim());
    let opens_block = block_marker(&safe);
    let mut out = String::with_capacity(safe.len() + 8);
    let mut before = None;
    for (i, c) in safe.char_indices() {
        let rest = &safe[i + c.len_utf8()..];
        let escape = match c {
            // Escapes, code spans and fences, emphasis, strikethrough, links,
            // images and footnotes, autolinks and HTML, table cells.
            '\\' | '`' | '*' | '~' | '[' | ']' | '<' | '|' => true,
            // Between letters or digits `_` can neither open nor close
            // emphasis: `ACME_1234` and links keep theirs.
            '_' => {
                !(before.is_some_and(char::is_alphanumeric)
                    && rest.chars().next().is_some_and(char::is_alphanumeric))
            }
            // `&rlm;` or `&#x202E;` would become the very mark `safe` escapes.
            '&' => is_reference(rest),
            // A heading's opening or closing sequence.
            '#' => i == 0 || rest.bytes().all(|b| b == b'#'),
            _ => opens_block == Some(i),
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
        before = Some(c);
    }
    out
}

/// Where `text` would open a block as the content of a list item: the
/// position of the character to escape. Backticks, tildes, `<`, `[`, `*`,
/// `_` and `#` are handled by `md` wherever they are.
fn block_marker(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let (marker, after) = match bytes {
        // A block quote.
        [b'>', ..] => return Some(0),
        // A thematic break: `---`, or `--`, which after `- ` is `- --`. A
        // setext underline (`===`) underlines nothing after `- `, but would
        // on a line of its own.
        [b'-' | b'=', ..] if bytes.iter().all(|b| b" \t-=".contains(b)) => return Some(0),
        // A bullet list item: `- x`, `+ x`, `-`.
        [b'-' | b'+', ..] => (0, 1),
        // An ordered list item: `1986. x`, `2)`.
        _ if digits > 0 && matches!(bytes.get(digits), Some(b'.' | b')')) => (digits, digits + 1),
        _ => return None,
    };
    matches!(bytes.get(after), None | Some(b' ' | b'\t')).then_some(marker)
}

/// Does `rest`, the text after an `&`, make it an entity or numeric
/// character reference (`&amp;`, `&#8203;`, `&#x202E;`)?
fn is_reference(rest: &str) -> bool {
    let (body, digit): (&str, fn(&u8) -> bool) = match rest.strip_prefix('#') {
        Some(number) => match number.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, u8::is_ascii_hexdigit),
            None => (number, u8::is_ascii_digit),
        },
        None => (rest, u8::is_ascii_alphanumeric),
    };
    let length = body.bytes().take_while(digit).count();
    length > 0 && body.as_bytes().get(length) == Some(&b';')
}

#[cfg(test)]
pub(crate) mod tests {
    use super::md;
    use proptest::prelude::*;
    use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

    /// Entries that would change the brief's structure or hide a mark if
    /// they were written as they are.
    pub(crate) const HOSTILE: &[&str] = &[
        "---",
        "--",
        "-",
        "- -",
        "- x",
        "+ x",
        "+",
        "* x",
        "1986. x",
        "1986.",
        "2) x",
        "===",
        "=== ",
        "> x",
        ">",
        "# x",
        "#",
        "x #",
        "x ##",
        "~~~",
        "```",
        "``` rust",
        "~~x~~",
        "~x~",
        "`code`",
        "*x*",
        "_x_",
        "__x__",
        "x_",
        "[x](http://example.com)",
        "![x](http://example.com/x.png)",
        "[x]: http://example.com",
        "[^1]: note",
        "[ ] task",
        "<http://example.com>",
        "<b>bold</b>",
        "<!-- x -->",
        "&rlm;",
        "&ZeroWidthSpace;",
        "&#x202E;",
        "&#8203;",
        "&#0;",
        "&amp;",
        "a | b",
        "| a | b |",
        "x\\",
        "x  ",
        "a\nb",
        "\u{200b}",
        "a\u{202e}b",
    ];

    /// What a CommonMark reader with GitHub's extensions makes of
    /// `markdown`: its events, each run of text as one event.
    pub(crate) fn parse(markdown: &str) -> Vec<Event<'static>> {
        let options = Options::ENABLE_TABLES
            | Options::ENABLE_FOOTNOTES
            | Options::ENABLE_STRIKETHROUGH
            | Options::ENABLE_TASKLISTS
            | Options::ENABLE_GFM;
        let mut events: Vec<Event<'static>> = Vec::new();
        for event in Parser::new_ext(markdown, options) {
            match (events.last_mut(), event) {
                (Some(Event::Text(before)), Event::Text(text)) => {
                    *before = format!("{before}{text}").into();
                }
                (_, event) => events.push(event.into_static()),
            }
        }
        events
    }

    /// `text` as the reader should see it.
    pub(crate) fn shown(text: &str) -> String {
        crate::safe::line(text.trim()).into_owned()
    }

    /// Asserts that `md(text)` is exactly its shown text in every place the
    /// brief puts it, and nothing else: no other block, no markup.
    fn assert_inert(text: &str) {
        let md = md(text);
        let shown = shown(text);
        let words = || {
            Some(Event::Text(shown.clone().into()))
                .filter(|_| !shown.is_empty())
                .into_iter()
        };
        let item = |list: Option<u64>, inside: Vec<Event<'static>>| {
            let mut events = vec![Event::Start(Tag::List(list)), Event::Start(Tag::Item)];
            events.extend(inside);
            events.extend([
                Event::End(TagEnd::Item),
                Event::End(TagEnd::List(list.is_some())),
            ]);
            events
        };
        let context = format!("text {text:?} as {md:?}");
        assert_eq!(
            parse(&format!("- {md}\n")),
            item(None, words().collect()),
            "{context}"
        );
        assert_eq!(
            parse(&format!("1. {md}\n")),
            item(Some(1), words().collect()),
            "{context}"
        );
        let h1 = HeadingLevel::H1;
        let mut heading = vec![Event::Start(Tag::Heading {
            level: h1,
            id: None,
            classes: Vec::new(),
            attrs: Vec::new(),
        })];
        heading.extend(words());
        heading.push(Event::End(TagEnd::Heading(h1)));
        assert_eq!(parse(&format!("# {md}\n")), heading, "{context}");
        if !shown.is_empty() {
            let mut strong = vec![Event::Text("Partner? ".into()), Event::Start(Tag::Strong)];
            strong.extend(words());
            strong.push(Event::End(TagEnd::Strong));
            let rendered = parse(&format!("- Partner? **{md}**\n"));
            assert_eq!(rendered, item(None, strong), "{context}");
        }
    }

    #[test]
    fn hostile_entries_stay_one_line_of_text() {
        for text in HOSTILE {
            assert_inert(text);
        }
    }

    #[test]
    fn references_become_no_character() {
        for text in [
            "&rlm;",
            "&ZeroWidthSpace;",
            "&#x202E;",
            "&#X202e;",
            "&#8203;",
        ] {
            let rendered = parse(&format!("- {}\n", md(text)));
            assert!(
                rendered.contains(&Event::Text((*text).into())),
                "{rendered:?}"
            );
        }
    }

    #[test]
    fn plain_text_stays_readable() {
        for text in [
            "ticket #4711, opened 2026-11-02 (no answer yet)!",
            "https://mail.example.com/thread_881?a=1&b=2",
            "AT&T: 3 > 2, -5% and +3 € on 1. 2. 2026",
            "C# and F#ing",
            // Near a marker, but none: a dash or `=` before a word, a `.`
            // or `)` with no number, an `&` with no name.
            "-5 °C since Monday",
            "=x",
            ". x and ) y",
            "&; and &#; and &#x;",
        ] {
            assert_eq!(md(text), text);
        }
        assert_eq!(md("<script>*x*</script>"), "\\<script>\\*x\\*\\</script>");
        assert_eq!(md("a\x1b[2Jb\nc"), "a\\\\u{1b}\\[2Jb\\\\nc");
        assert_eq!(md("- x"), "\\- x");
        assert_eq!(md("1986. x"), "1986\\. x");
        assert_eq!(md("&amp; x_"), "\\&amp; x\\_");
    }

    /// Pieces of text that mean something to Markdown, or to `safe`.
    pub(crate) const FRAGMENTS: &[&str] = &[
        "-",
        "+",
        "*",
        "_",
        "=",
        "#",
        ">",
        "<",
        "`",
        "~",
        "[",
        "]",
        "(",
        ")",
        "!",
        "&",
        ";",
        "\\",
        "|",
        ":",
        ".",
        "^",
        "$",
        "{",
        "}",
        "\"",
        "'",
        " ",
        "  ",
        "\t",
        "\n",
        "\r",
        "a",
        "Z",
        "7",
        "é",
        "1.",
        "1)",
        "1986.",
        "2026-11-02",
        "&amp;",
        "&rlm;",
        "&#x202E;",
        "&#8203;",
        "&#",
        "x;",
        "---",
        "===",
        "***",
        "___",
        "```",
        "~~~",
        "[^1]:",
        "[x]: /u",
        "[ ]",
        "http://x.example/a_b",
        "www.example.com",
        "a@example.com",
        "<a href=x>",
        "<!--",
        "-->",
        "\u{200b}",
        "\u{202e}",
        "\u{200d}",
        "\u{a0}",
        "👩",
        "\u{1b}[31m",
    ];

    proptest! {
        #[test]
        fn any_text_from_markdown_pieces_stays_its_own_text(
            pieces in proptest::collection::vec(proptest::sample::select(FRAGMENTS), 0..12)
        ) {
            assert_inert(&pieces.concat());
        }
    }
}
