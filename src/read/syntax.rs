//! A YAML syntax error as data: the parser's English message is not shown;
//! what it stopped at is read from the text there, so that the language of
//! the run can name the likely cause and its fix (a value that starts with
//! a quote and goes on after it, a `: ` inside a value, a tab, an indent,
//! a quote or bracket left open, a character no value starts with); and
//! a JSON syntax error the same way.

use super::{Problem, What};

/// Why YAML could not read a file at a place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Syntax {
    /// A value that starts with a quote and goes on after the quote
    /// closes (`"Place order" fails`); the value quoted whole.
    AfterQuote { quoted: String },
    /// A tab where YAML indents with spaces.
    Tab,
    /// A line indented unlike the lines it belongs with.
    Indent,
    /// A quote opened on this line and never closed.
    OpenQuote { line: usize },
    /// A `[` or `{` not closed.
    OpenBracket,
    /// A value that starts with a character YAML keeps for itself (`@`,
    /// `` ` ``, `%`); the value quoted.
    Reserved { first: char, quoted: String },
    /// A control character (such as NUL), which YAML does not allow.
    Control,
    /// Lists and maps nested deeper than the parser reads (128 levels),
    /// or an alias that contains itself.
    Nested,
    /// An alias (`*name`) to no anchor (`&name`) before it.
    UnknownAlias,
    /// More than one YAML document (`---` between them).
    Documents,
    /// Another cause: only the place is known.
    Unreadable,
    /// JSON that ends before its object or a string in it is closed.
    JsonEnd,
    /// Text after the JSON object's closing `}`.
    JsonAfter,
    /// JSON that cannot be read here (a comma or quote missing, mostly).
    JsonUnreadable,
}

/// The problem for the serde_norway error `err` in the YAML `text` of
/// `file`: a syntax error read as data, anything else in the parser's
/// words (serde's messages about types and fields).
pub fn problem(file: &str, text: &str, err: &serde_norway::Error) -> Problem {
    let at = err.location().map(|l| (l.line(), l.column()));
    // serde_norway shows libyaml's errors as a struct, its own as a tuple.
    let debug = format!("{err:?}");
    if !debug.starts_with("Error {") {
        return Problem {
            file: file.to_owned(),
            at,
            what: super::problem::said(&err.to_string()),
        };
    }
    let said = err.to_string();
    if said.starts_with("control characters are not allowed") {
        // Placed by its byte, which libyaml gives only in its message.
        let byte = said
            .rsplit(' ')
            .next()
            .and_then(|n| n.parse::<usize>().ok());
        let at = byte
            .filter(|&b| b <= text.len() && text.is_char_boundary(b))
            .map(|b| crate::locate::line_col(&text.as_bytes()[..b]));
        return Problem {
            file: file.to_owned(),
            at,
            what: What::Syntax(Syntax::Control),
        };
    }
    let (what, value) = classify(text, &said, at, opened(&debug));
    // A value to quote is pointed at where it starts.
    let at = match (at, value) {
        (Some((row, _)), Some(column)) => Some((row, column)),
        _ => at,
    };
    Problem {
        file: file.to_owned(),
        at,
        what,
    }
}

/// What the serde_json error `err` is: a syntax error as data, anything
/// else (an answers file's own refusals among them) as [`super::problem`]
/// reads it.
pub fn json(err: &serde_json::Error) -> What {
    use serde_json::error::Category;
    match err.classify() {
        Category::Eof => What::Syntax(Syntax::JsonEnd),
        Category::Syntax if err.to_string().starts_with("trailing characters") => {
            What::Syntax(Syntax::JsonAfter)
        }
        Category::Syntax => What::Syntax(Syntax::JsonUnreadable),
        Category::Data | Category::Io => super::problem::said(&err.to_string()),
    }
}

/// The line (from 1) where the quoted scalar libyaml was reading started,
/// from its debug form (`context_mark: Mark { line: 3, …`).
fn opened(debug: &str) -> Option<usize> {
    let rest = debug.split("while scanning a quoted scalar").nth(1)?;
    let rest = rest.split("line: ").nth(1)?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// What libyaml's message `said`, at `at` in `text`, most likely means;
/// and, for a value to quote, the column (from 1) where it starts.
fn classify(
    text: &str,
    said: &str,
    at: Option<(usize, usize)>,
    opened: Option<usize>,
) -> (What, Option<usize>) {
    let line = at
        .and_then(|(row, _)| text.lines().nth(row.saturating_sub(1)))
        .unwrap_or("");
    let column = at.map_or(0, |(_, column)| column.saturating_sub(1));
    let here: String = line.chars().skip(column).collect();
    let column_of = |byte: usize| line[..byte].chars().count() + 1;
    let syntax = if said.contains("tab character") {
        Syntax::Tab
    } else if said.starts_with("found character that cannot start any token") {
        match here.chars().next() {
            Some('\t') => Syntax::Tab,
            Some(first @ ('@' | '`' | '%')) => Syntax::Reserved {
                first,
                quoted: quote(here.trim_end()),
            },
            _ => Syntax::Unreadable,
        }
    } else if said.starts_with("mapping values are not allowed") {
        match value_start(line) {
            Some(start) if start < byte_at(line, column) => {
                let end = byte_at(line, column);
                let what = What::ColonKey {
                    key: line[start..end].trim_end().to_owned(),
                    quoted: quote(line[start..].trim_end()),
                };
                return (what, Some(column_of(start)));
            }
            _ => Syntax::Indent,
        }
    } else if said.starts_with("did not find expected key")
        || said.starts_with("did not find expected '-' indicator")
        || said.starts_with("block sequence entries are not allowed")
    {
        match value_start(line) {
            Some(start)
                if line[start..].starts_with(['"', '\'']) && byte_at(line, column) > start =>
            {
                let quoted = quote(line[start..].trim_end());
                let what = What::Syntax(Syntax::AfterQuote { quoted });
                return (what, Some(column_of(start)));
            }
            _ => Syntax::Indent,
        }
    } else if said.starts_with("did not find expected ',' or") {
        Syntax::OpenBracket
    } else if let Some(line) = opened.filter(|_| said.starts_with("found unexpected end of stream"))
    {
        Syntax::OpenQuote { line }
    } else {
        Syntax::Unreadable
    };
    (What::Syntax(syntax), None)
}

/// The byte of `line` where its `column`th character (from 0) starts.
fn byte_at(line: &str, column: usize) -> usize {
    line.char_indices()
        .nth(column)
        .map_or(line.len(), |(at, _)| at)
}

/// Where the value of `line` starts: after its key's `: `, or after `- `.
fn value_start(line: &str) -> Option<usize> {
    let indent = line.len() - line.trim_start().len();
    let after = if line[indent..].starts_with("- ") {
        indent + 2
    } else {
        line.find(": ")? + 2
    };
    let value = line[after..].trim_start();
    (!value.is_empty()).then(|| line.len() - value.len())
}

/// `value` in the quotes that keep it as written: double quotes, or
/// single ones when it holds a double quote.
pub fn quote(value: &str) -> String {
    if value.contains('"') {
        format!("'{}'", value.replace('\'', "''"))
    } else {
        format!("\"{}\"", value.replace('\\', "\\\\"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (Option<(usize, usize)>, What) {
        let err = serde_norway::from_str::<serde::de::IgnoredAny>(text).unwrap_err();
        let p = problem("a.yaml", text, &err);
        (p.at, p.what)
    }

    #[test]
    fn a_value_going_on_after_its_quote_is_quoted_whole() {
        assert_eq!(
            read("a: b\nc: \"Place order\" fails\n"),
            (
                Some((2, 4)),
                What::Syntax(Syntax::AfterQuote {
                    quoted: "'\"Place order\" fails'".to_owned()
                })
            )
        );
        let (_, what) = read("list:\n  - 'Jour fixe' am 19.11.\n");
        assert_eq!(
            what,
            What::Syntax(Syntax::AfterQuote {
                quoted: "\"'Jour fixe' am 19.11.\"".to_owned()
            })
        );
    }

    #[test]
    fn a_colon_in_a_value_names_the_text_it_made_a_key() {
        assert_eq!(
            read("problem: Note: the checkout fails\n"),
            (
                Some((1, 10)),
                What::ColonKey {
                    key: "Note".to_owned(),
                    quoted: "\"Note: the checkout fails\"".to_owned()
                }
            )
        );
    }

    #[test]
    fn tabs_indents_open_quotes_and_brackets_are_named() {
        assert_eq!(read("a:\n\t- x\n").1, What::Syntax(Syntax::Tab));
        assert_eq!(read("a: yes\n  b: no\n").1, What::Syntax(Syntax::Indent));
        assert_eq!(read("a:\n  - x\n - y\n").1, What::Syntax(Syntax::Indent));
        assert_eq!(read("a:\n  - x\n  y: z\n").1, What::Syntax(Syntax::Indent));
        assert_eq!(
            read("a: b\nc: \"open\n\nd: e\n").1,
            What::Syntax(Syntax::OpenQuote { line: 2 })
        );
        assert_eq!(read("a: [x, y\n").1, What::Syntax(Syntax::OpenBracket));
        assert_eq!(
            read("a: @home\n").1,
            What::Syntax(Syntax::Reserved {
                first: '@',
                quoted: "\"@home\"".to_owned()
            })
        );
        assert_eq!(read("a: |\nb\n").1, What::Syntax(Syntax::Unreadable));
        assert_eq!(
            read("a: b\nc: d\0e\n"),
            (Some((2, 5)), What::Syntax(Syntax::Control))
        );
    }

    #[test]
    fn messages_about_types_stay_the_parsers() {
        let err = serde_norway::from_str::<Vec<u8>>("a: b\n").unwrap_err();
        let p = problem("a.yaml", "a: b\n", &err);
        assert!(matches!(p.what, What::Said(_)), "{p:?}");
    }
}
