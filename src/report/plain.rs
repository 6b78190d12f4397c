//! A document as plain text, for pasting into any mail client: the
//! Markdown a document is written in, read back with pulldown-cmark and
//! written as its reader sees it rendered, with no Markdown syntax and no
//! escapes. Headings and paragraphs are lines of their own, list entries
//! start with `- ` (or their number), a quoted block (text the user gave
//! on several lines) is indented, and emphasis is dropped. Prose is
//! wrapped at [`WIDTH`] columns, as a fixed-width reader shows it well: a
//! list entry with a hanging indent under its marker, a link or an address
//! never broken, nor a date ("2 Dec 2026"), a number and its unit or
//! currency ("120 hours", "EUR 60,000") or a reference and its number
//! ("Pos. 4.3", "Meilenstein 3"); a quoted line (text the user
//! pasted) keeps its line: as its sender's mail program broke it when it
//! is no wider than such a program breaks lines ([`PASTED`]), else wrapped
//! on its own under its own indent, never joined to the next.

use pulldown_cmark::{Event, Tag, TagEnd};

/// How far a quoted block is indented.
const QUOTE: &str = "    ";

/// The widest a line of prose gets: within the 72 to 78 columns that
/// plain-text mail is written in.
const WIDTH: usize = 76;

/// The widest a pasted line is kept whole, its indent not counted: mail
/// programs break the lines of what they send at 72 to 80 columns, some
/// wider, and such a line wrapped again at [`WIDTH`] leaves a word or two
/// alone on a line of its own before the sender's next line.
const PASTED: usize = 90;

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
            let text = line.trim_start().trim_start_matches(['>', ' ']);
            if text.chars().count() <= PASTED {
                self.out.push_str(line.trim_end());
            } else {
                self.out.push_str(&wrapped_quote(&line));
            }
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
/// on the others, a word wider than a line (a link) whole, and no line
/// broken inside a number, a date or an amount ([`holds`]).
fn filled(body: &str, first: &str, rest: &str) -> String {
    let words: Vec<&str> = body.split(' ').collect();
    let mut held = String::with_capacity(body.len());
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            held.push(if holds(words[i - 1], word) { HELD } else { ' ' });
        }
        held.push_str(word);
    }
    crate::wrap::fill_words(&held, Some(WIDTH), first, rest).replace(HELD, " ")
}

/// Must the blank between `before` and `after` not break a line: after a
/// number (a phone number's digits, a day before its month, an amount or
/// a count before its currency or unit: "+44 20 7946 0321", "2 Dec",
/// "14. Dezember", "120 hours", "60,000 EUR"), or before one after a
/// month, a currency, a weekday or a reference's abbreviation ("Dec
/// 2026", "EUR 60,000", "£ 25,000", "Fri 18 Dec", "Pos. 4.3", "§ 4",
/// "No. 12", "p. 4") or a numbered thing of the project ("Meilenstein
/// 3", "sprint 14", "Release 2.4")?
pub fn holds(before: &str, after: &str) -> bool {
    const CURRENCIES: &[&str] = &["eur", "usd", "gbp", "chf", "€", "$", "£"];
    // What a number after it refers to: a clause, a section, a page.
    const REFERENCES: &[&str] = &[
        "§",
        "§§",
        "pos",
        "ziff",
        "nr",
        "no",
        "s",
        "abs",
        "sec",
        "p",
        "pp",
        "art",
        "kap",
        "abschn",
        "para",
        "anl",
        "tz",
        "rn",
        "fig",
        "abb",
        "cl",
        "anlage",
        "ziffer",
        "abschnitt",
        "kapitel",
        "position",
        "seite",
        "section",
        "clause",
        "schedule",
        "annex",
        "appendix",
        "page",
        "article",
        "artikel",
        "paragraph",
        // The numbered things of a project: "milestone 3", „Meilenstein 3",
        // "phase 2", "sprint 14", "release 2.4", „Los 2".
        "milestone",
        "milestones",
        "meilenstein",
        "meilensteine",
        "ms",
        "phase",
        "phasen",
        "stage",
        "sprint",
        "release",
        "version",
        "v",
        "wave",
        "welle",
        "stufe",
        "iteration",
        "increment",
        "inkrement",
        "lot",
        "los",
        "item",
        "punkt",
        "ticket",
        "case",
        "fall",
        "exhibit",
        "anhang",
        "attachment",
        "part",
        "teil",
        "step",
        "schritt",
        "task",
        "aufgabe",
        "arbeitspaket",
        "ap",
        "wp",
        "cr",
        "po",
        "invoice",
        "rechnung",
        "order",
        "bestellung",
        "auftrag",
    ];
    let number_before = before.ends_with(|c: char| c.is_ascii_digit())
        || before
            .strip_suffix('.')
            .is_some_and(|d| (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()));
    let number_after = after.starts_with(|c: char| c.is_ascii_digit());
    let names_unit = |word: &str| {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && !"€$£§".contains(c));
        let lower = bare.to_lowercase();
        crate::evidence::month_number(bare).is_some()
            || CURRENCIES.contains(&lower.as_str())
            || REFERENCES.contains(&lower.as_str())
            || super::days::names_a_weekday(bare)
    };
    !before.is_empty()
        && !after.is_empty()
        && (number_before || (number_after && names_unit(before)))
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
        let long = "Our view is that the condition-type mapping (ZPR0/ZK07) was not detailed in the SOW and never was";
        let markdown = format!("Their answer:\n\n> Hi Laura,\n>\n> {long}\\\n> short\n");
        let text = text(&markdown);
        assert_eq!(
            text,
            "Their answer:\n\n    Hi Laura,\n\n    Our view is that the condition-type mapping (ZPR0/ZK07) was not detailed\n    in the SOW and never was\n    short\n",
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
    fn a_pasted_line_keeps_its_breaks_and_a_date_or_amount_its_words() {
        // Lines broken at 84 columns by the sender: kept as they are.
        let first =
            "wie besprochen verschiebt sich der Sprint 6 leider, weil zwei Entwickler krank sind";
        let second =
            "und die Preislisten-Logik aufwendiger ist als gedacht. Neuer Termin für die Abnahme";
        let markdown = format!(
            "Antwort:\n\n> Hallo Petra,\n>\n> {first}\\\n> {second}\\\n> ist Mitte Januar.\n"
        );
        assert_eq!(
            text(&markdown),
            format!(
                "Antwort:\n\n    Hallo Petra,\n\n    {first}\n    {second}\n    ist Mitte Januar.\n"
            )
        );
        // A paragraph pasted as one line is wrapped on its own, never
        // joined to the next line.
        let long = "word ".repeat(25);
        let markdown = format!("> {long}\\\n> next line\n");
        let out = text(&markdown);
        assert!(out.ends_with("\n    next line\n"), "{out}");
        assert!(
            out.lines().all(|l| l.chars().count() <= super::WIDTH),
            "{out}"
        );
        // Dates, amounts and counts stay whole where a line breaks.
        for (at, held) in [
            (67, "2 Dec 2026"),
            (69, "18 Dec 2026"),
            (70, "EUR 60,000"),
            (71, "120 hours"),
            (70, "14. Dezember 2026"),
            (72, "£ 25,000"),
            (72, "Pos. 4.3"),
            (73, "Ziff. 2"),
            (74, "§ 4"),
            (72, "Nr. 12"),
            (74, "S. 3"),
            (72, "Abs. 2"),
            (72, "No. 12"),
            (72, "sec. 3.2"),
            (74, "p. 4"),
            (72, "Fri 18 Dec 2026"),
            (72, "(Fr., 08.01.2027)"),
            (67, "Meilenstein 3"),
            (70, "milestone 3"),
            (72, "Phase 2"),
            (72, "sprint 14"),
            (70, "Release 2.4"),
        ] {
            let words = "x".repeat(at);
            let out = text(&format!("{words} {held} after"));
            assert!(out.contains(held), "{held}: {out}");
        }
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
