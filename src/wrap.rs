//! Fitting prose to the terminal: long intros, guidance, advice and warnings
//! are wrapped at word boundaries when they go to a terminal, and left as one
//! line each when they go to a file or a pipe, where tools read them.

use console::Term;

/// The widest a wrapped paragraph gets, even on a very wide terminal.
const MAX_WIDTH: usize = 100;

/// The width to wrap at on `term`, or `None` when it is not a terminal.
pub fn width(term: &Term) -> Option<usize> {
    if !term.is_term() {
        return None;
    }
    let (_, columns) = term.size_checked()?;
    Some(usize::from(columns).clamp(20, MAX_WIDTH))
}

/// `text` with `first` before its first line and `rest` before every other,
/// wrapped to `width` if there is one. Newlines in `text` are kept.
pub fn fill(text: &str, width: Option<usize>, first: &str, rest: &str) -> String {
    match width {
        Some(width) => {
            // Never split at a hyphen: `YYYY-MM-DD`, `ACME-1234` and
            // `partner-contact.raised` stay whole.
            let options = textwrap::Options::new(width)
                .initial_indent(first)
                .subsequent_indent(rest)
                .word_splitter(textwrap::WordSplitter::NoHyphenation);
            textwrap::fill(text, options)
        }
        None => format!("{first}{text}"),
    }
}

#[cfg(test)]
mod tests {
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
    fn without_a_width_the_text_stays_on_one_line() {
        assert_eq!(fill("a b c", None, "- ", "  "), "- a b c");
    }
}
