//! Whether a text the user gave says nearly what another already says, so
//! that a document prints it once: most of its words are in the other, and
//! every number of it (a date, an amount), so that leaving it out loses no
//! fact. Words are compared whole, case aside; punctuation is no word.

use std::collections::HashSet;

/// Does `text` say nearly what `other` says: more than half of its words
/// are in `other`, and each of its words that holds a digit?
pub fn says_nearly(text: &str, other: &str) -> bool {
    let theirs: HashSet<String> = words(other).collect();
    let mut mine: Vec<String> = words(text).collect();
    mine.sort();
    mine.dedup();
    if mine.is_empty() {
        return false;
    }
    let shared = mine.iter().filter(|w| theirs.contains(*w)).count();
    let numbers_said = mine
        .iter()
        .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
        .all(|w| theirs.contains(w));
    numbers_said && shared * 2 > mine.len()
}

/// The words of `text`, in lower case.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

#[cfg(test)]
mod tests {
    use super::says_nearly;

    #[test]
    fn an_outcome_that_repeats_the_ask_says_nearly_what_it_says() {
        let ask = "call Daniel Hart and get a fixed quote to finish or a handover plan from Kestrel by 9 Dec";
        assert!(says_nearly(
            "a fixed quote to finish or they hand over the code, by 9 Dec",
            ask
        ));
        assert!(says_nearly("Fixed quote by 9 Dec.", ask));
        assert!(says_nearly(
            "Bis 04.12. ein verbindlicher Plan",
            "Bitte bis 04.12. einen verbindlichen Plan mit Terminen einfordern: ein Plan"
        ));
    }

    #[test]
    fn an_outcome_with_a_new_date_or_mostly_new_words_says_more() {
        let ask = "join the status call on 3 Dec and get Northgate to confirm in writing that SAP pricing is in the fixed price";
        assert!(!says_nearly(
            "pricing delivered within the fixed price, written plan by 11 Dec",
            ask
        ));
        // Every word but the date is in the ask: the date is new.
        assert!(!says_nearly("the fixed price by 11 Dec", ask));
        assert!(!says_nearly("", ask));
        assert!(!says_nearly("anything", ""));
    }
}
