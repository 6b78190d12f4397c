//! The one rule for text the user gave that a document puts where a
//! sentence stands: a capital first letter and a closing full stop, as the
//! documents' own sentences have, without changing a word. Text of several
//! lines (a pasted email) keeps its lines as they are; a first word that
//! is an identifier, a link or an address, or starts with a digit or a
//! symbol, keeps its case; no full stop joins a link or an address at the
//! end.

/// `text` as a sentence: its first letter a capital ([`capitalised`]) and
/// a full stop at its end ([`ended`]). Text of several lines is left as it
/// is.
pub fn sentence(text: &str) -> String {
    if text.trim().contains('\n') {
        return text.to_owned();
    }
    capitalised(&ended(text))
}

/// `text` as the end of a sentence: with a full stop after its last word
/// unless it already ends with one, a question or exclamation mark, an
/// ellipsis or a colon, inside closing quotes or brackets or not, or ends
/// with a link or an address, which a full stop would join. Text of
/// several lines is left as it is.
pub fn ended(text: &str) -> String {
    let closing = [
        ')', ']', '"', '\'', '\u{201d}', '\u{2019}', '\u{bb}', '\u{201c}',
    ];
    let closed = text.trim_end_matches(closing);
    let last = text.rsplit(char::is_whitespace).next().unwrap_or_default();
    let ends = closed.ends_with(['.', '!', '?', '\u{2026}', ':']);
    if text.trim().is_empty() || text.trim().contains('\n') || ends || is_address(last) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

/// `text` with its first letter a capital, when its first word is a plain
/// word in lower case: never an identifier (`eCommerce`, `iOS`,
/// `ticket-42`, `shop.example.com`), a link or an address, nor a text that
/// starts with a digit or a symbol.
pub fn capitalised(text: &str) -> String {
    let word = text.split_whitespace().next().unwrap_or_default();
    // Trailing punctuation is no part of the word: "disagree," is plain.
    let word = word.trim_end_matches([',', ';', ':', '.', '!', '?']);
    let plain = word
        .chars()
        .all(|c| c.is_lowercase() || c == '\'' || c == '\u{2019}')
        && word.starts_with(char::is_lowercase);
    if !plain {
        return text.to_owned();
    }
    let start = text.len() - text.trim_start().len();
    let mut chars = text[start..].chars();
    match chars.next() {
        Some(first) => format!(
            "{}{}{}",
            &text[..start],
            first.to_uppercase(),
            chars.as_str()
        ),
        None => text.to_owned(),
    }
}

/// Is `word` a link or an email address?
fn is_address(word: &str) -> bool {
    word.contains('@') || word.contains("://") || word.starts_with("www.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fragment_becomes_a_sentence_without_a_word_changed() {
        for (given, said) in [
            (
                "disagree, its in 3.4 word for word. haven't disputed any invoice, due Dec 1",
                "Disagree, its in 3.4 word for word. haven't disputed any invoice, due Dec 1.",
            ),
            ("über 400 Bestellungen", "Über 400 Bestellungen."),
            (
                "roughly $1.2M/month (~£38k/month recurring)",
                "Roughly $1.2M/month (~£38k/month recurring).",
            ),
            ("Done.", "Done."),
            ("what now?", "What now?"),
            ("see below:", "See below:"),
        ] {
            assert_eq!(sentence(given), said, "{given}");
        }
    }

    #[test]
    fn identifiers_links_numbers_symbols_and_pasted_lines_stay_as_given() {
        for (given, said) in [
            ("eCommerce manager", "eCommerce manager."),
            ("iOS app crashes", "iOS app crashes."),
            ("ticket-42 is open", "ticket-42 is open."),
            ("shop.example.com is down", "shop.example.com is down."),
            ("see https://example.com/t/1", "See https://example.com/t/1"),
            ("write to jana@example.com", "Write to jana@example.com"),
            ("www.example.com", "www.example.com"),
            ("3 orders lost", "3 orders lost."),
            ("~40% of orders", "~40% of orders."),
            ("hi Jana,\n\nwe are on it", "hi Jana,\n\nwe are on it"),
            ("", ""),
        ] {
            assert_eq!(sentence(given), said, "{given}");
        }
    }

    #[test]
    fn text_the_user_gave_ends_a_sentence_once() {
        for (given, ended_as) in [
            ("maybe £400k", "maybe £400k."),
            ("maybe £400k.", "maybe £400k."),
            ("(vs $38k avg)", "(vs $38k avg)."),
            ("(see the log.)", "(see the log.)"),
            ("really?", "really?"),
            ("\"Stop!\"", "\"Stop!\""),
            ("wait\u{2026}", "wait\u{2026}"),
            ("", ""),
        ] {
            assert_eq!(ended(given), ended_as, "{given}");
        }
    }
}
