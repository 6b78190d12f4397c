//! A document as plain text, for pasting into any mail client: the
//! Markdown a document is written in, read back with pulldown-cmark and
//! written as its reader sees it rendered, with no Markdown syntax and no
//! escapes. Headings and paragraphs are lines of their own, list entries
//! start with `- ` (or their number), a quoted block (text the user gave
//! on several lines) is indented, and emphasis is dropped. Prose is
//! wrapped at [`WIDTH`] columns, as a fixed-width reader shows it well: a
//! list entry with a hanging indent under its marker, a link or an address
//! never broken; a quoted line (text the user pasted) keeps its line.

use pulldown_cmark::{Event, Tag, TagEnd};

/// How far a quoted block is indented.
const QUOTE: &str = "    ";

/// The widest a line of prose gets: within the 72 to 78 columns that
/// plain-text mail is written in.
const WIDTH: usize = 76;

/// Plain text as it is written: the line breaks owed before the next text,
/// and the indentation of each new line. A line is kept until it ends, to
/// be wrapped whole.
#[derive(Default)]
struct Writer {
    out: String,
    /// The line being written, with its indentation.
    line: String,
    /// Is the line being written in a quoted block?
    quoted: bool,
    /// Line breaks to write before the next text: one between the entries
    /// of a list or the lines of a paragraph, two between blocks.
    owed: usize,
    indent: Vec<&'static str>,
    /// How many quoted blocks are open.
    quotes: usize,
}

impl Writer {
    fn owe(&mut self, breaks: usize) {
        self.owed = self.owed.max(breaks);
    }

    fn write(&mut self, text: &str) {
        let started = !self.out.is_empty() || !self.line.is_empty();
        if self.owed > 0 && started {
            self.end_line();
            for _ in 0..self.owed {
                self.out.push('\n');
            }
            self.line.push_str(&self.indent.concat());
        }
        if self.line.trim().is_empty() {
            self.quoted = self.quotes > 0;
        }
        self.owed = 0;
        self.line.push_str(text);
    }

    /// Ends the line being written, wrapped if it is too wide: as prose,
    /// or as a quoted line.
    fn end_line(&mut self) {
        let line = std::mem::take(&mut self.line);
        if line.chars().count() <= WIDTH {
            self.out.push_str(&line);
        } else if self.quoted {
            self.out.push_str(&wrapped_quote(&line));
        } else {
            self.out.push_str(&wrapped(&line));
        }
    }
}

/// A line of prose wrapped at [`WIDTH`], each line after the first
/// indented as far as the first line's text starts: under a list entry's
/// marker, its hanging indent. Words wider than a line (a link) stay
/// whole.
fn wrapped(line: &str) -> String {
    let body = line.trim_start();
    let margin = &line[..line.len() - body.len()];
    let marker_len = list_marker(body).map_or(0, str::len);
    let (marker, body) = body.split_at(marker_len);
    let first = format!("{margin}{marker}");
    let rest = " ".repeat(first.chars().count());
    filled(body, &first, &rest)
}

/// A quoted line wrapped at [`WIDTH`], each line after the first starting
/// as the first does: its indentation, the quote's own `> ` (or `>> `,
/// `> > `) and the blanks after it.
fn wrapped_quote(line: &str) -> String {
    let body = line.trim_start();
    let mut lead = line.len() - body.len();
    let mut rest = body;
    while let Some(after) = rest.strip_prefix('>') {
        rest = after.strip_prefix(' ').unwrap_or(after);
    }
    let text = rest.trim_start();
    lead += body.len() - text.len();
    let prefix = &line[..lead];
    filled(text, prefix, prefix)
}

/// `body` filled at [`WIDTH`] after `first` on its first line and `rest`
/// on the others, a word wider than a line (a link) whole.
fn filled(body: &str, first: &str, rest: &str) -> String {
    // A blank between digits (a phone number, "+44 20 7946 0321") holds
    // the number on one line.
    let chars: Vec<char> = body.chars().collect();
    let held: String = (0..chars.len())
        .map(|i| {
            let between = i > 0
                && i + 1 < chars.len()
                && chars[i - 1].is_ascii_digit()
                && chars[i + 1].is_ascii_digit();
            if chars[i] == ' ' && between {
                HELD
            } else {
                chars[i]
            }
        })
        .collect();
    crate::wrap::fill_words(&held, Some(WIDTH), first, rest).replace(HELD, " ")
}

/// What a blank that must not break stands in for while a line is wrapped.
const HELD: char = '\u{a0}';

/// The list marker `text` starts with, `- ` or `12. `, if any.
fn list_marker(text: &str) -> Option<&str> {
    if text.starts_with("- ") {
        return Some(&text[..2]);
    }
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    (digits > 0 && text[digits..].starts_with(". ")).then(|| &text[..digits + 2])
}

/// `markdown`, as escalate writes it (`report::dialect`), as plain text,
/// ending with a newline.
pub fn text(markdown: &str) -> String {
    from_events(super::dialect::events(markdown))
}

/// The text that Markdown's `events` show, ending with a newline.
fn from_events<'a>(events: impl IntoIterator<Item = Event<'a>>) -> String {
    let mut w = Writer::default();
    // The number of the next entry of each open list, `None` for bullets.
    let mut lists: Vec<Option<u64>> = Vec::new();
    let mut links: Vec<String> = Vec::new();
    // A list entry's marker was just written: its first block follows it.
    let mut marked = false;
    for event in events {
        match event {
            Event::Start(Tag::Paragraph | Tag::Heading { .. }) if !marked => w.owe(2),
            Event::Start(Tag::BlockQuote(_)) => {
                w.owe(if marked { 1 } else { 2 });
                w.indent.push(QUOTE);
                w.quotes += 1;
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                w.indent.pop();
                w.quotes -= 1;
                w.owe(2);
            }
            Event::Start(Tag::List(first)) => {
                w.owe(if lists.is_empty() { 2 } else { 1 });
                lists.push(first);
            }
            Event::End(TagEnd::List(_)) => {
                lists.pop();
                w.owe(2);
            }
            Event::Start(Tag::Item) => {
                let marker = match lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    _ => "- ".to_owned(),
                };
                w.owe(1);
                w.write(&marker);
                w.indent.push(if marker.len() == 2 { "  " } else { "   " });
                marked = true;
                continue;
            }
            Event::End(TagEnd::Item) => {
                w.indent.pop();
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_)) => w.owe(2),
            Event::Start(Tag::Link { dest_url, .. }) => links.push(dest_url.into_string()),
            Event::End(TagEnd::Link) => {
                if let Some(url) = links.pop() {
                    if !w.out.ends_with(url.as_str()) {
                        w.write(&format!(" ({url})"));
                    }
                }
            }
            Event::Text(text) | Event::Code(text) | Event::InlineHtml(text) | Event::Html(text) => {
                w.write(&text)
            }
            Event::SoftBreak => w.write(" "),
            Event::HardBreak => w.owe(1),
            Event::Rule => w.owe(2),
            _ => {}
        }
        marked = false;
    }
    w.end_line();
    let mut out = w.out.trim_end().to_owned();
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::{from_events, text};
    use pulldown_cmark::Parser;

    #[test]
    fn blocks_lists_and_quotes_read_as_plain_text() {
        let markdown = "# Title\n\nA *para*graph\nwith a soft break.\n\n## Part\n\n- one\n- two \\*x\\*\n\n1. first\n2. second\n\nTheir answer:\n\n> Hi,\n>\n> we are \\[on it\\].\n\nLast.\n";
        let expected = "Title\n\nA paragraph with a soft break.\n\nPart\n\n- one\n- two *x*\n\n1. first\n2. second\n\nTheir answer:\n\n    Hi,\n\n    we are [on it].\n\nLast.\n";
        assert_eq!(from_events(Parser::new(markdown)), expected);
    }

    fn text_of(markdown: &str) -> String {
        text(markdown)
    }

    #[test]
    fn prose_wraps_with_a_hanging_indent_and_quoted_lines_and_links_stay_whole() {
        let words = "word ".repeat(30);
        let link = format!("https://example.com/{}", "x".repeat(90));
        let markdown =
            format!("{words}\n\n- {words}\n\n12. {words}\n\n> {words}\n\nsee {link} now\n");
        let text = text(&markdown);
        let lines: Vec<&str> = text.lines().collect();
        for line in &lines {
            assert!(
                line.chars().count() <= super::WIDTH || line.contains(&link),
                "{line:?} in\n{text}"
            );
        }
        // The entry's lines hang under its text, after the marker.
        let entry = lines.iter().position(|l| l.starts_with("- ")).unwrap();
        assert!(lines[entry + 1].starts_with("  word"), "{text}");
        let numbered = lines.iter().position(|l| l.starts_with("12. ")).unwrap();
        assert!(lines[numbered + 1].starts_with("    word"), "{text}");
        // A phone number stays on one line.
        let phone = format!("{} call +44 20 7946 0321 now", "word ".repeat(13));
        let text_phone = text_of(&phone);
        assert!(text_phone.contains("+44 20 7946 0321"), "{text_phone}");
        // The link is whole, on its own line.
        assert!(lines.contains(&link.as_str()), "{text}");
    }

    #[test]
    fn a_long_quoted_line_wraps_under_its_own_indent_and_short_lines_stay() {
        let long = "Our view is that the condition-type mapping (ZPR0/ZK07) was not detailed in the SOW and";
        let markdown = format!("Their answer:\n\n> Hi Laura,\n>\n> {long}\\\n> short\n");
        let text = text(&markdown);
        assert_eq!(
            text,
            "Their answer:\n\n    Hi Laura,\n\n    Our view is that the condition-type mapping (ZPR0/ZK07) was not detailed\n    in the SOW and\n    short\n",
            "{text}"
        );
    }

    #[test]
    fn a_quote_within_a_quoted_line_repeats_its_marker_and_a_link_stays_whole() {
        let words = "word ".repeat(20);
        let link = format!("https://example.com/{}", "x".repeat(80));
        let line = format!("    > > {words}{link} end");
        let wrapped = super::wrapped_quote(&line);
        let lines: Vec<&str> = wrapped.lines().collect();
        assert!(lines.len() >= 3, "{wrapped}");
        for line in &lines {
            assert!(line.starts_with("    > > "), "{wrapped}");
            assert!(
                line.chars().count() <= super::WIDTH || line.contains(&link),
                "{wrapped}"
            );
        }
        assert!(
            lines.contains(&format!("    > > {link}").as_str()),
            "{wrapped}"
        );
        // Nothing lost, nothing added but the line breaks and prefixes.
        let words_back: Vec<&str> = lines
            .iter()
            .flat_map(|l| l["    > > ".len()..].split_whitespace())
            .collect();
        let words_in: Vec<&str> = line["    > > ".len()..].split_whitespace().collect();
        assert_eq!(words_back, words_in);
    }

    #[test]
    fn a_quote_in_a_list_entry_is_indented_under_it() {
        let markdown = "- Their answer:\n\n  > a\\\n  > b\n- next\n";
        assert_eq!(
            text(markdown),
            "- Their answer:\n\n      a\n      b\n\n- next\n"
        );
    }
}
