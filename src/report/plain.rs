//! A document as plain text, for pasting into any mail client: the
//! Markdown a document is written in, read back with pulldown-cmark and
//! written as its reader sees it rendered, with no Markdown syntax and no
//! escapes. Headings and paragraphs are lines of their own, list entries
//! start with `- ` (or their number), a quoted block (text the user gave
//! on several lines) is indented, and emphasis is dropped. Lines are not
//! wrapped: mail clients do that.

use pulldown_cmark::{Event, Tag, TagEnd};

/// How far a quoted block is indented.
const QUOTE: &str = "    ";

/// Plain text as it is written: the line breaks owed before the next text,
/// and the indentation of each new line.
#[derive(Default)]
struct Writer {
    out: String,
    /// Line breaks to write before the next text: one between the entries
    /// of a list or the lines of a paragraph, two between blocks.
    owed: usize,
    indent: Vec<&'static str>,
}

impl Writer {
    fn owe(&mut self, breaks: usize) {
        self.owed = self.owed.max(breaks);
    }

    fn write(&mut self, text: &str) {
        if self.owed > 0 && !self.out.is_empty() {
            for _ in 0..self.owed {
                self.out.push('\n');
            }
            self.out.push_str(&self.indent.concat());
        }
        self.owed = 0;
        self.out.push_str(text);
    }
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
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                w.indent.pop();
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

    #[test]
    fn a_quote_in_a_list_entry_is_indented_under_it() {
        let markdown = "- Their answer:\n\n  > a\\\n  > b\n- next\n";
        assert_eq!(
            text(markdown),
            "- Their answer:\n\n      a\n      b\n\n- next\n"
        );
    }
}
