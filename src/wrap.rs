//! Fitting text to where it goes: long intros, guidance, advice and
//! warnings are wrapped at word boundaries when they go to a terminal, and
//! left as one line each when they go to a file or a pipe, where tools read
//! them. Colour codes take no width, so coloured text wraps like plain
//! text. A value quoted in a message is cut short ([`shorten`]).

use console::Term;

/// The widest a wrapped paragraph gets, even on a very wide terminal.
const MAX_WIDTH: usize = 100;

/// `text` cut to `max` characters, with `…` where it was cut, so that a
/// huge value makes no huge message or warning.
pub fn shorten(text: &str, max: usize) -> String {
    let mut chars = text.chars();
    let short: String = chars.by_ref().take(max).collect();
    if chars.next().is_some() {
        format!("{short}…")
    } else {
        short
    }
}

/// The width to wrap at on `term`, or `None` when it is not a terminal.
pub fn width(term: &Term) -> Option<usize> {
    if !term.is_term() {
        return None;
    }
    let (_, columns) = term.size_checked()?;
    Some(usize::from(columns).clamp(20, MAX_WIDTH))
}

/// `text` with `first` before its first line and `rest` before every other,
/// wrapped to `width` if there is one. Newlines in `text` are kept. A word
/// wider than a line is broken, so that no line is wider than `width`.
pub fn fill(text: &str, width: Option<usize>, first: &str, rest: &str) -> String {
    wrap(text, width, first, rest, true)
}

/// [`fill`], except that a word is never broken: one wider than a line (a
/// link, say) gets a line of its own, which the terminal folds, so that it
/// can still be copied or clicked whole.
pub fn fill_words(text: &str, width: Option<usize>, first: &str, rest: &str) -> String {
    wrap(text, width, first, rest, false)
}

fn wrap(text: &str, width: Option<usize>, first: &str, rest: &str, break_words: bool) -> String {
    match width {
        Some(width) => {
            // Never split at a hyphen: `YYYY-MM-DD`, `ACME-1234` and
            // `partner-contact.raised` stay whole.
            let options = textwrap::Options::new(width)
                .initial_indent(first)
                .subsequent_indent(rest)
                .word_splitter(textwrap::WordSplitter::NoHyphenation)
                .break_words(break_words);
            textwrap::fill(text, options)
        }
        None => format!("{first}{text}"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn long_text_is_cut_short_where_it_is_quoted() {
        assert_eq!(super::shorten("short", 40), "short");
        assert_eq!(super::shorten(&"x".repeat(40), 40), "x".repeat(40));
        assert_eq!(super::shorten(&"x".repeat(50), 40).chars().count(), 41);
        assert_eq!(super::shorten("ääää", 2), "ää…");
    }

    use super::*;

    #[test]
    fn wraps_at_words_with_a_hanging_indent() {
        let text = "give your partner three days to answer before you escalate";
        let filled = fill(text, Some(24), "  1. ", "     ");
        assert_eq!(
            filled,
            "  1. give your partner\n     three days to\n     answer before you\n     escalate"
        );
        assert!(filled.lines().all(|l| l.chars().count() <= 24));
    }

    #[test]
    fn hyphenated_words_stay_whole() {
        let filled = fill("the date as YYYY-MM-DD", Some(16), "", "");
        assert_eq!(filled, "the date as\nYYYY-MM-DD");
    }

    #[test]
    fn long_words_are_broken_or_kept_whole() {
        let text = "see https://example.com/thread/881";
        assert_eq!(
            fill(text, Some(12), "", ""),
            "see\nhttps://exam\nple.com/thre\nad/881"
        );
        assert_eq!(
            fill_words(text, Some(12), "", ""),
            "see\nhttps://example.com/thread/881"
        );
        // Even when the indent alone is wider than the line.
        assert_eq!(
            fill_words("a bb", Some(2), "  1. ", "     "),
            "  1. a\n     bb"
        );
    }

    #[test]
    fn colour_codes_take_no_width() {
        let red = "\x1b[31mNot ready\x1b[0m to escalate";
        let filled = fill_words(red, Some(10), "\x1b[33m!\x1b[0m ", "  ");
        assert_eq!(
            filled,
            "\x1b[33m!\x1b[0m \x1b[31mNot\n  ready\x1b[0m to\n  escalate"
        );
    }

    #[test]
    fn without_a_width_the_text_stays_on_one_line() {
        assert_eq!(fill("a b c", None, "- ", "  "), "- a b c");
    }
}
