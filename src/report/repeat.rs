//! Whether a text the user gave says nearly what another already says, so
//! that a document prints it once: most of its words are in the other, and
//! every number of it (a date, an amount), so that leaving it out loses no
//! fact. Words are compared whole, case aside; punctuation is no word. A
//! day is compared as a day, however each text writes it ("27 Nov",
//! "27.11.", "2026-11-27"): an impact that names the date at risk and what
//! happens on it says what the date at risk says.

use jiff::civil::Date;
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

/// Does `text` say the day `on` and what happens then (`what`, if
/// given), so that a sentence naming the two adds nothing: it names that
/// day, written in any of the ways a date is, and `what` says nearly what
/// it says.
pub fn says_day(on: Date, what: Option<&str>, text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    // A date takes three words at most ("27 Nov 2026", "Nov 27, 2026").
    let names_day = (0..words.len()).any(|i| {
        let near = words[i..words.len().min(i + 3)].join(" ");
        crate::evidence::day_in(&near, on) == Some(on)
    });
    names_day && what.is_none_or(|what| says_nearly(what, text))
}

/// Words that name a section of a contract ("section 5.4", „Ziffer
/// 3.4", "Pos. 7", "§ 4"), in either language.
const SECTION_WORDS: &[&str] = &[
    "section",
    "sec",
    "clause",
    "para",
    "paragraph",
    "item",
    "abschnitt",
    "ziffer",
    "ziff",
    "nr",
    "pos",
    "position",
    "punkt",
    "§",
];

/// Words that name a part of a contract by a letter or a number
/// ("Schedule B", "Annex 2", „Anlage 2"), in either language.
const LETTERED: &[&str] = &[
    "schedule",
    "annex",
    "appendix",
    "exhibit",
    "attachment",
    "anlage",
    "anhang",
    "deliverable",
    "milestone",
    "lieferobjekt",
    "meilenstein",
];

/// The sections `text` names by a word for one and its number: "section
/// 5.4" → "5.4", „Pos. 7" → "7", "§4" → "4".
fn sections(text: &str) -> Vec<String> {
    let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
    let number = |w: &str| {
        let w = w.trim_end_matches(['.', ',', ';', ':', ')']);
        (w.starts_with(|c: char| c.is_ascii_digit())
            && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '.'))
        .then(|| w.to_owned())
    };
    let mut out = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let word = word.trim_start_matches('(');
        if let Some(n) = word
            .strip_prefix('§')
            .filter(|n| !n.is_empty())
            .and_then(number)
        {
            out.push(n);
            continue;
        }
        let bare = word.trim_end_matches(['.', ':']);
        if SECTION_WORDS.contains(&bare) {
            out.extend(words.get(i + 1).and_then(|next| number(next)));
        }
        // A schedule or an annex goes by a letter as often as a number
        // ("Schedule B", „Anlage 2").
        if LETTERED.contains(&bare) {
            let mark = words.get(i + 1).map(|n| {
                n.trim_end_matches(|c: char| !c.is_alphanumeric())
                    .to_owned()
            });
            out.extend(mark.filter(|m| {
                !m.is_empty()
                    && m.len() <= 4
                    && m.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')
            }));
        }
    }
    out
}

/// Does `text` cite a section `clause` names ("as section 5.4 requires"
/// of "SOW BRX-2026-03, section 5.4"), so that the clause need not be
/// named again?
pub fn cites_section(clause: &str, text: &str) -> bool {
    // Its narrowest reference, the last it names: „Anlage 2 Ziffer 3.4"
    // is cited by „Ziffer 3.4", not by „die Abnahme der Anlage 2".
    let cited = sections(text);
    sections(clause).last().is_some_and(|s| cited.contains(s))
}

/// Units after a number that make it something a clause owes ("4
/// hours", „binnen 4 Stunden", "99.9 %"), not a contract's number or a
/// date.
const OWED_UNITS: &[&str] = &[
    "h",
    "hour",
    "hours",
    "minute",
    "minutes",
    "min",
    "day",
    "days",
    "week",
    "weeks",
    "%",
    "stunde",
    "stunden",
    "std",
    "minuten",
    "tag",
    "tage",
    "tagen",
    "werktag",
    "werktage",
    "werktagen",
    "woche",
    "wochen",
];

/// Does `said` say what `clause` says: it cites the clause's narrowest
/// section ("section 3.2", "§4", „Anlage 2", "Annex B", "deliverable
/// D4", case aside; „Ziffer 3.4" of „Anlage 2 Ziffer 3.4"), and every
/// amount the clause owes (the hours of a response time)? The contract's
/// own number and date ("SOW 2026-07", „vom 02.04.2026") need not be
/// said: naming the clause again adds nothing.
pub fn says_clause(clause: &str, said: &str) -> bool {
    // Each amount owed as the number with its unit ("4 stunden"), so
    // that "§ 4" is not taken for "4 Stunden".
    let pairs = |text: &str| -> Vec<String> {
        let tokens: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
        tokens
            .windows(2)
            .filter_map(|pair| {
                let unit = pair[1].trim_end_matches(|c: char| !c.is_alphanumeric() && c != '%');
                let number = pair[0].trim_matches(|c: char| !c.is_alphanumeric());
                (OWED_UNITS.contains(&unit)
                    && !number.is_empty()
                    && number.chars().all(|c| c.is_ascii_digit()))
                .then(|| format!("{number} {unit}"))
            })
            .collect()
    };
    let theirs = pairs(said);
    cites_section(clause, said) && pairs(clause).iter().all(|p| theirs.contains(p))
}

/// The words of `text`, in lower case.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

#[cfg(test)]
mod tests {
    use super::{cites_section, says_day, says_nearly};

    #[test]
    fn a_text_that_cites_the_clauses_section_names_it() {
        let clause = "SOW BRX-2026-03 page 11, section 5.4 \"real-time stock sync\"";
        assert!(cites_section(
            clause,
            "Real-time sync is owed, as section 5.4 requires."
        ));
        assert!(cites_section(
            "Wartungsvertrag, Ziffer 3.4: Reaktionszeit 1 Stunde",
            "Laut Ziffer 3.4 reagieren Sie binnen einer Stunde."
        ));
        assert!(cites_section(
            "Angebot 2026-118, Pos. 7",
            "wie in Pos. 7 vereinbart"
        ));
        assert!(cites_section("AGB §4", "nach § 4 der AGB"));
        assert!(!cites_section(
            clause,
            "Section 5.3 covers the batch import."
        ));
        assert!(!cites_section(clause, "We need it by 5.4.2027."));
        assert!(!cites_section("SOW-14", "section 4"));
        assert!(cites_section(
            "Support retainer, Schedule B \"performance issues are in scope\"",
            "We disagree, Schedule B says performance issues are in scope."
        ));
        assert!(cites_section(
            "Rahmenvertrag, Anlage 2",
            "laut Anlage 2 geschuldet"
        ));
        assert!(!cites_section("Rahmenvertrag, Anlage 2", "laut Anlage 3"));
        // What the clause owes beyond its section is said with it.
        let clause = "Wartungsvertrag WV-2025-04, § 4 Abs. 2: P1 binnen 4 Stunden";
        assert!(!super::says_clause(clause, "Das ist Prio 1 nach § 4."));
        assert!(super::says_clause(
            "SOW BRX-2026-03, section 5.4 'real-time stock sync'",
            "SOW BRX-2026-03 page 11, section 5.4\nSection 5.4 says real-time stock sync"
        ));
        // The reference alone, case aside: the contract's number and
        // date need not be said again.
        for (clause, said) in [
            (
                "SOW 2026-07, section 3.2 checkout",
                "Section 3.2 covers this.",
            ),
            (
                "Werkvertrag vom 12.03.2026, Anlage 2 Ziffer 3.4",
                "Laut Ziffer 3.4 geschuldet.",
            ),
            (
                "SOW PF-2026-09, deliverable D4 \"Adyen\"",
                "Deliverable D4 says so.",
            ),
            (
                "Angebot HC-2026-118 vom 02.04.2026, Position 7",
                "wie in Pos. 7 vereinbart",
            ),
            ("MSA, Annex B", "annex b covers it"),
            ("AGB §4", "nach § 4 der AGB"),
        ] {
            assert!(super::says_clause(clause, said), "{clause}: {said}");
        }
        assert!(!super::says_clause(
            "SOW 2026-07, section 3.2",
            "Section 3.3 covers it."
        ));
        assert!(!super::says_clause(
            "Werkvertrag vom 12.03.2026, Anlage 2 Ziffer 3.4 „Produktsuche“",
            "Wir haben die Abnahme der Anlage 2 verweigert."
        ));
    }

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
    fn an_impact_that_names_the_day_and_the_event_says_the_date_at_risk() {
        let on = jiff::civil::date(2026, 11, 27);
        let what = Some("Black Friday launch");
        for said in [
            "we miss the Black Friday launch on 27 Nov and lose 40,000 EUR a day",
            "Black Friday launch (27.11.) in Gefahr",
            "the Black Friday launch, 2026-11-27, is lost",
        ] {
            assert!(says_day(on, what, said), "{said}");
        }
        assert!(says_day(on, None, "everything stops on 27 November"));
        for new in [
            "we miss the Black Friday launch",
            "we lose 40,000 EUR a day from 27 Nov",
            "the Black Friday launch on 28 Nov",
        ] {
            assert!(!says_day(on, what, new), "{new}");
        }
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
