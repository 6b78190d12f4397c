//! The Markdown escalate writes, read back as the events of a CommonMark
//! reader (pulldown-cmark's `Event`), from which the plain text
//! (`report::plain`) and the HTML of an email draft are written.
//!
//! Only what escalate's documents are made of is read: ATX and setext
//! headings, paragraphs with soft and hard breaks (two spaces or a
//! backslash), `**strong**` text, thematic breaks, bullet and ordered lists
//! (tight or loose), block quotes, and backslash escapes. Every untrusted
//! text reaches a document escaped (`report::markup::md`), so no other
//! markup can occur in one: a character that would open any other (a
//! backtick, `[`, `<`, `&name;`, `*`, `_` outside a word) is written as
//! text. The tests hold this reader to pulldown-cmark's on every document
//! escalate writes, hostile answers included.
//!
//! pulldown-cmark's own reader is not linked into the binary: it brings a
//! table of the 2,125 HTML entity names, whose 4,250 pointers the dynamic
//! loader writes at every start, a tenth of the peak memory of a run that
//! writes no document at all.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Tag, TagEnd};

/// The events of `markdown`, as pulldown-cmark's reader gives them for
/// escalate's documents (a run of text may be split differently).
pub fn events(markdown: &str) -> Vec<Event<'static>> {
    let lines: Vec<&str> = markdown.lines().collect();
    let mut out = Vec::new();
    for block in blocks(&lines) {
        block.emit(false, &mut out);
    }
    out
}

/// A block, with the lines of its text as written (markers taken off).
#[derive(Debug)]
enum Block {
    Heading(HeadingLevel, String),
    Rule,
    Paragraph(Vec<String>),
    Quote(Vec<Block>),
    List {
        /// The first number of an ordered list.
        start: Option<u64>,
        items: Vec<Vec<Block>>,
        /// Are its entries separated by blank lines, so each block of an
        /// entry is a paragraph of its own?
        loose: bool,
    },
}

/// What a line starts, read as CommonMark reads it.
enum Start<'a> {
    Blank,
    Heading(HeadingLevel, &'a str),
    Rule,
    Quote(&'a str),
    /// An entry of a list: its marker (`-`, `+`, `*`, or the number's
    /// delimiter), its number if ordered, the column its content starts
    /// at, and the content on this line.
    Item {
        marker: char,
        number: Option<u64>,
        column: usize,
        content: &'a str,
    },
    Text(&'a str),
}

/// How far `line` is indented, in columns (a tab to the next multiple of 4).
fn indent(line: &str) -> usize {
    let mut column = 0;
    for c in line.chars() {
        match c {
            ' ' => column += 1,
            '\t' => column += 4 - column % 4,
            _ => break,
        }
    }
    column
}

fn start(line: &str) -> Start<'_> {
    if line.trim().is_empty() {
        return Start::Blank;
    }
    if indent(line) >= 4 {
        return Start::Text(line.trim_start());
    }
    let rest = line.trim_start();
    let bytes = rest.as_bytes();
    // A thematic break: three or more of one of `-`, `*`, `_`, spaced or not.
    if let Some(&first) = bytes.first().filter(|b| b"-*_".contains(b)) {
        let marks = bytes.iter().filter(|&&b| b == first).count();
        if marks >= 3 && bytes.iter().all(|&b| b == first || b == b' ' || b == b'\t') {
            return Start::Rule;
        }
    }
    let hashes = bytes.iter().take_while(|&&b| b == b'#').count();
    if (1..=6).contains(&hashes) && matches!(bytes.get(hashes), None | Some(b' ' | b'\t')) {
        let level = [
            HeadingLevel::H1,
            HeadingLevel::H2,
            HeadingLevel::H3,
            HeadingLevel::H4,
            HeadingLevel::H5,
            HeadingLevel::H6,
        ][hashes - 1];
        return Start::Heading(level, heading_text(&rest[hashes..]));
    }
    if let Some(quoted) = rest.strip_prefix('>') {
        return Start::Quote(quoted.strip_prefix([' ', '\t']).unwrap_or(quoted));
    }
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let (marker, number, width) = match bytes.first() {
        Some(&b) if b"-+*".contains(&b) => (b as char, None, 1),
        _ if (1..=9).contains(&digits) && matches!(bytes.get(digits), Some(b'.' | b')')) => {
            let number = rest[..digits].parse().ok();
            (bytes[digits] as char, number, digits + 1)
        }
        _ => return Start::Text(rest),
    };
    let after = &rest[width..];
    if !after.is_empty() && !after.starts_with([' ', '\t']) {
        return Start::Text(rest);
    }
    let content = after.trim_start_matches([' ', '\t']);
    let spaces = after.len() - content.len();
    // Five spaces or more after the marker: the content starts after one.
    let gap = if content.is_empty() || spaces > 4 {
        1
    } else {
        spaces
    };
    Start::Item {
        marker,
        number,
        column: indent(line) + width + gap,
        content,
    }
}

/// An ATX heading's text: without its closing sequence of `#`.
fn heading_text(rest: &str) -> &str {
    let text = rest.trim();
    let without = text.trim_end_matches('#');
    if without.is_empty() {
        ""
    } else if without.ends_with([' ', '\t']) {
        without.trim_end()
    } else {
        text
    }
}

/// Can this line, coming after a paragraph's line, continue it?
fn continues(start: &Start) -> bool {
    match start {
        Start::Text(_) => true,
        // An empty entry, or an ordered one not numbered 1, cannot
        // interrupt a paragraph.
        Start::Item {
            number, content, ..
        } => content.is_empty() || number.is_some_and(|n| n != 1),
        _ => false,
    }
}

/// `line` with `columns` of its indentation taken off.
fn dedent(line: &str, columns: usize) -> String {
    let mut column = 0;
    for (i, c) in line.char_indices() {
        if column >= columns {
            return line[i..].to_owned();
        }
        match c {
            ' ' => column += 1,
            '\t' => {
                column += 4 - column % 4;
                if column > columns {
                    return format!("{}{}", " ".repeat(column - columns), &line[i + 1..]);
                }
            }
            _ => return line[i..].to_owned(),
        }
    }
    String::new()
}

fn blocks<S: AsRef<str>>(lines: &[S]) -> Vec<Block> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].as_ref();
        match start(line) {
            Start::Blank => i += 1,
            Start::Rule => {
                out.push(Block::Rule);
                i += 1;
            }
            Start::Heading(level, text) => {
                out.push(Block::Heading(level, text.to_owned()));
                i += 1;
            }
            Start::Text(text) => {
                let mut paragraph = vec![text.to_owned()];
                i += 1;
                while let Some(next) = lines.get(i).map(AsRef::as_ref) {
                    // A setext heading's underline.
                    let trimmed = next.trim();
                    if indent(next) < 4 && !trimmed.is_empty() {
                        let level = if trimmed.bytes().all(|b| b == b'=') {
                            Some(HeadingLevel::H1)
                        } else if trimmed.bytes().all(|b| b == b'-') {
                            Some(HeadingLevel::H2)
                        } else {
                            None
                        };
                        if let Some(level) = level {
                            out.push(Block::Heading(level, paragraph.join("\n")));
                            paragraph.clear();
                            i += 1;
                            break;
                        }
                    }
                    let s = start(next);
                    if !continues(&s) {
                        break;
                    }
                    paragraph.push(next.trim_start().to_owned());
                    i += 1;
                }
                if !paragraph.is_empty() {
                    out.push(Block::Paragraph(paragraph));
                }
            }
            Start::Quote(_) => {
                let mut quoted: Vec<String> = Vec::new();
                // Is the quote's last line text, which a lazy line continues?
                let mut open = false;
                while let Some(next) = lines.get(i).map(AsRef::as_ref) {
                    match start(next) {
                        Start::Quote(inner) => {
                            open = matches!(start(inner), Start::Text(_));
                            quoted.push(inner.to_owned());
                        }
                        s if open && continues(&s) => quoted.push(next.to_owned()),
                        _ => break,
                    }
                    i += 1;
                }
                out.push(Block::Quote(blocks(&quoted)));
            }
            Start::Item { marker, number, .. } => {
                let (list, next) = list(lines, i, marker, number);
                out.push(list);
                i = next;
            }
        }
    }
    out
}

/// The list that starts at `lines[first]`, an entry with the marker
/// `kind` (and `number`, if ordered), and the index of the line after it.
fn list<S: AsRef<str>>(
    lines: &[S],
    first: usize,
    kind: char,
    number: Option<u64>,
) -> (Block, usize) {
    let mut items = Vec::new();
    let mut loose = false;
    let mut i = first;
    while let Some(Start::Item {
        marker,
        column,
        content,
        ..
    }) = lines.get(i).map(|l| start(l.as_ref()))
    {
        if marker != kind {
            break;
        }
        let mut inner = vec![content.to_owned()];
        i += 1;
        // Blank lines seen and not yet known to be inside the entry.
        let mut blanks = 0;
        while let Some(next) = lines.get(i).map(AsRef::as_ref) {
            let s = start(next);
            let sibling = matches!(s, Start::Item { marker, .. } if marker == kind);
            if matches!(s, Start::Blank) {
                blanks += 1;
            } else if indent(next) >= column {
                inner.extend(std::iter::repeat_n(String::new(), blanks));
                blanks = 0;
                inner.push(dedent(next, column));
            } else if blanks == 0 && !sibling && continues(&s) {
                // A lazy line of the entry's paragraph.
                inner.push(next.trim_start().to_owned());
            } else {
                break;
            }
            i += 1;
        }
        // Blocks of one entry separated by a blank line make the list loose.
        let children = blocks(&inner);
        let mut seen_text = false;
        let mut gap = false;
        for line in &inner {
            if line.trim().is_empty() {
                gap = seen_text;
            } else {
                loose |= gap;
                seen_text = true;
            }
        }
        items.push(children);
        let next_item = lines.get(i).is_some_and(
            |l| matches!(start(l.as_ref()), Start::Item { marker, .. } if marker == kind),
        );
        if blanks > 0 && next_item {
            loose = true;
        }
        if !next_item {
            // Leave the blank lines to the caller.
            i -= blanks;
            break;
        }
    }
    let start = number;
    (
        Block::List {
            start,
            items,
            loose,
        },
        i,
    )
}

impl Block {
    /// Appends the block's events; `tight` when it is inside an entry of
    /// a tight list, where a paragraph is its text alone.
    fn emit(&self, tight: bool, out: &mut Vec<Event<'static>>) {
        match self {
            Block::Heading(level, text) => {
                out.push(Event::Start(Tag::Heading {
                    level: *level,
                    id: None,
                    classes: Vec::new(),
                    attrs: Vec::new(),
                }));
                inline(&[text.as_str()], out);
                out.push(Event::End(TagEnd::Heading(*level)));
            }
            Block::Rule => out.push(Event::Rule),
            Block::Paragraph(lines) => {
                if !tight {
                    out.push(Event::Start(Tag::Paragraph));
                }
                let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
                inline(&lines, out);
                if !tight {
                    out.push(Event::End(TagEnd::Paragraph));
                }
            }
            Block::Quote(blocks) => {
                out.push(Event::Start(Tag::BlockQuote(None)));
                for block in blocks {
                    block.emit(false, out);
                }
                out.push(Event::End(TagEnd::BlockQuote(None)));
            }
            Block::List {
                start,
                items,
                loose,
            } => {
                out.push(Event::Start(Tag::List(*start)));
                for item in items {
                    out.push(Event::Start(Tag::Item));
                    for block in item {
                        block.emit(!loose, out);
                    }
                    out.push(Event::End(TagEnd::Item));
                }
                out.push(Event::End(TagEnd::List(start.is_some())));
            }
        }
    }
}

/// The inline events of a paragraph's `lines` (their indentation taken
/// off): text, breaks, and strong text.
fn inline(lines: &[&str], out: &mut Vec<Event<'static>>) {
    let last = lines.len().saturating_sub(1);
    let mut text = String::new();
    for (n, line) in lines.iter().enumerate() {
        let mut line = line.trim_start_matches([' ', '\t']);
        let mut hard = false;
        if n < last {
            let trimmed = line.trim_end_matches([' ', '\t']);
            let backslashes = trimmed.len() - trimmed.trim_end_matches('\\').len();
            if backslashes % 2 == 1 && trimmed.len() == line.len() {
                hard = true;
                line = &line[..line.len() - 1];
            } else {
                hard = line.len() - line.trim_end_matches(' ').len() >= 2;
                line = trimmed;
            }
        } else {
            line = line.trim_end_matches([' ', '\t']);
        }
        spans(line, &mut text, out);
        if n < last {
            flush(&mut text, out);
            out.push(if hard {
                Event::HardBreak
            } else {
                Event::SoftBreak
            });
        }
    }
    flush(&mut text, out);
}

fn flush(text: &mut String, out: &mut Vec<Event<'static>>) {
    if !text.is_empty() {
        out.push(Event::Text(CowStr::from(std::mem::take(text))));
    }
}

/// Is `c` punctuation as CommonMark's flanking rules mean it?
fn punctuation(c: char) -> bool {
    c.is_ascii_punctuation() || (!c.is_alphanumeric() && !c.is_whitespace() && !c.is_control())
}

/// One line's text: escapes resolved, `**` pairs as strong text.
fn spans(line: &str, text: &mut String, out: &mut Vec<Event<'static>>) {
    // Where each `**` run of exactly two, not escaped, can open or close.
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut runs: Vec<(usize, bool, bool)> = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k].1;
        if c == '\\' {
            k += 2;
            continue;
        }
        if c == '*' {
            let length = chars[k..].iter().take_while(|(_, c)| *c == '*').count();
            let before = k.checked_sub(1).map(|j| chars[j].1);
            let after = chars.get(k + length).map(|&(_, c)| c);
            let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
            let punct = |c: Option<char>| c.is_some_and(punctuation);
            let left = !space(after) && (!punct(after) || space(before) || punct(before));
            let right = !space(before) && (!punct(before) || space(after) || punct(after));
            if length == 2 {
                runs.push((k, left, right));
            }
            k += length;
            continue;
        }
        k += 1;
    }
    // Pair each closer with the nearest opener before it.
    let mut open: Vec<usize> = Vec::new();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for &(at, left, right) in &runs {
        if right {
            if let Some(opener) = open.pop() {
                pairs.push((opener, at));
                continue;
            }
        }
        if left {
            open.push(at);
        }
    }
    let opens: Vec<usize> = pairs.iter().map(|p| p.0).collect();
    let closes: Vec<usize> = pairs.iter().map(|p| p.1).collect();
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k].1;
        if c == '\\' {
            match chars.get(k + 1) {
                Some(&(_, next)) if next.is_ascii_punctuation() => {
                    text.push(next);
                    k += 2;
                }
                _ => {
                    text.push('\\');
                    k += 1;
                }
            }
            continue;
        }
        if opens.contains(&k) {
            flush(text, out);
            out.push(Event::Start(Tag::Strong));
            k += 2;
            continue;
        }
        if closes.contains(&k) {
            flush(text, out);
            out.push(Event::End(TagEnd::Strong));
            k += 2;
            continue;
        }
        text.push(c);
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::events;
    use crate::report::markup::tests::{FRAGMENTS, HOSTILE};
    use proptest::prelude::*;
    use pulldown_cmark::{Event, Parser};

    /// The events of `markdown`, each run of text as one event.
    fn merged(events: impl IntoIterator<Item = Event<'static>>) -> Vec<Event<'static>> {
        let mut out: Vec<Event<'static>> = Vec::new();
        for event in events {
            match (out.last_mut(), event) {
                (Some(Event::Text(before)), Event::Text(text)) => {
                    *before = format!("{before}{text}").into();
                }
                (_, event) => out.push(event),
            }
        }
        out
    }

    /// Asserts that this reader reads `markdown` as pulldown-cmark does.
    fn assert_read_alike(markdown: &str) {
        let expected = merged(Parser::new(markdown).map(Event::into_static));
        assert_eq!(merged(events(markdown)), expected, "{markdown:?}");
    }

    /// Asserts that every form of the brief and the note for an evaluation
    /// with `text` in every slot reads as pulldown-cmark reads it.
    fn assert_documents_read_alike(text: &str) {
        use crate::report::markdown::tests::with_text_everywhere;
        let today = jiff::civil::date(2020, 1, 20);
        with_text_everywhere(text, |eval| {
            let brief = crate::report::markdown::document(eval, today, None).unwrap();
            let note = crate::report::note::document(eval, today);
            for document in [brief, note] {
                assert_read_alike(&document.markdown);
                assert_read_alike(&document.email);
            }
        });
    }

    #[test]
    fn documents_with_hostile_answers_read_as_commonmark_reads_them() {
        for text in HOSTILE.iter().chain(SEVERAL_LINES) {
            assert_documents_read_alike(text);
        }
    }

    /// Answers of several lines, which documents keep, quoted or broken.
    const SEVERAL_LINES: &[&str] = &[
        "Hello Jana,\n\nwe are *looking* into it.\nTom",
        "- a\n- b\n\n1. c",
        "a\n\n\n\nb",
        "  indented\n    more\n\tand a tab",
        "x\\\ny\\\\\nz  \n",
        "> quoted\n>\n> again",
        "---\n===\n# x\n",
        "**bold**\n**",
        "\n \n\t\n",
    ];

    proptest! {
        #[test]
        fn documents_of_any_text_from_markdown_pieces_read_as_commonmark_reads_them(
            pieces in proptest::collection::vec(proptest::sample::select(FRAGMENTS), 0..12)
        ) {
            assert_documents_read_alike(&pieces.concat());
        }
    }

    #[test]
    fn what_documents_are_made_of_reads_as_commonmark_reads_it() {
        for markdown in [
            "# Title\n\nA paragraph\nwith a soft break.\n\n## Part\n\n- one\n- two \\*x\\*\n\n1. first\n2. second\n",
            "**Draft:** not to send\n\n1. do this\n2. then that\n\n---\n\nSubject: x\n",
            "**Label:**\n\n> Hi,\n>\n> we are \\[on it\\].  \n> Tom\n\nLast.\n",
            "- a\\\n  b\\\n  c\n- d  \n  e\n\nAfter.\n",
            "Hello,\\\nline two\\\n\\\nfour\n\nsecond\n",
            "- a\n\n- b\n",
            "- a\n\n  b\n- c\n",
            "- \n- x\n",
            "- x\n+ y\n",
            "2. two\n3. three\n",
            "Text\n2. no list\n",
            "Text\n===\n\nmore\n---\n",
            "a\\\\\nb\\\\\\\nc\\",
            "**a** and **b**, **\\*x\\***, ** no**, **open\n",
            "C\\# and x \\## and \\#\n\n# h #\n\n## h\\#\n\n### #\n",
            "\\- x\n\n1986\\. x\n\n\\> x\n\n\\--\n\n\\===\n",
            "> a\nlazy\n\n> b\n>\n> c\n",
            "- a\n  > quoted\n- b\n",
            "- Their answer:\n\n  > a\\\n  > b\n- next\n",
            "x_y, a\\_, \\&amp;, AT&T, \\<b>, \\`c\\`, \\[l\\](u), é\\u{1b}\n",
        ] {
            assert_read_alike(markdown);
        }
    }
}
