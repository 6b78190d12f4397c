//! Money in the merchant's words: whether a text names an amount ("paid
//! 11.2k", "capped at 14k", "invoice of 41,000") without saying its
//! currency, which a CSM with accounts in several countries cannot guess.
//! Recognised by form, in English and German alike: a number with a `k`
//! suffix, or a number of three digits or more next to a word of money,
//! but not the reference number of an invoice, order or ticket.

/// Does `text` name an amount of money and no currency anywhere?
pub fn bare_amount(text: &str) -> bool {
    !has_currency(text) && has_amount(text)
}

/// Does `text` say a currency: a symbol, or a code or word, alone or
/// glued to the number ("100EUR")?
pub fn has_currency(text: &str) -> bool {
    const CODES: &[&str] = &["eur", "usd", "gbp", "chf"];
    const WORDS: &[&str] = &[
        "euro", "euros", "dollar", "dollars", "pound", "pounds", "franken", "sfr", "cad", "aud",
        "sek", "nok", "dkk", "pln",
    ];
    text.contains(['€', '$', '£', '¥'])
        || words(text).map(str::to_lowercase).any(|w| {
            CODES.contains(&w.as_str())
                || WORDS.contains(&w.as_str())
                || (w.starts_with(|c: char| c.is_ascii_digit())
                    && CODES.iter().any(|c| w.ends_with(c)))
        })
}

/// Does `text` name an amount: a number with a `k` suffix that no counted
/// thing follows ("14k", but not "48k SKUs"), or a number of three
/// digits or more up to three words after a word of money, or just before
/// one, or a few words before "paid" ("paid 11,200", "budget grows by
/// 18,000", "18.400 für die Wartung gezahlt")?
fn has_amount(text: &str) -> bool {
    let words: Vec<String> = words(text).map(str::to_lowercase).collect();
    words.iter().enumerate().any(|(i, word)| {
        let next = words.get(i + 1).map(String::as_str);
        // "4,000 a month": a sum by the day, month or year.
        let rate = next.is_some_and(|n| ["a", "per", "pro", "im", "am", "je"].contains(&n))
            && words
                .get(i + 2)
                .is_some_and(|w| PERIODS.contains(&w.as_str()));
        let money_near = words[i.saturating_sub(3)..i]
            .iter()
            .any(|w| MONEY.contains(&w.as_str()))
            || next.is_some_and(|n| MONEY.contains(&n));
        match number(word) {
            Some(Number::Thousands) => {
                next.is_none_or(|n| MONEY.contains(&n) || FILLERS.contains(&n) || !is_word(n))
            }
            // "capped at 120 hours": a count of time or things, no sum.
            Some(Number::Plain) if next.is_some_and(|n| UNITS.contains(&n)) => false,
            // "Invoice 4412 is due", „Rechnung Nr. 2026118", "ticket
            // 30211": a number right after a word that names a document
            // is its reference, unless written as a sum ("invoice 41,000").
            Some(Number::Plain)
                if i > 0
                    && REFERENCES.contains(&words[i - 1].as_str())
                    && word.chars().all(|c| c.is_ascii_digit()) =>
            {
                false
            }
            Some(Number::Plain) => money_near || rate || paid_after(&words[i + 1..]),
            None => false,
        }
    })
}

/// A number as money is written.
enum Number {
    /// With a `k` suffix: "14k", "11.2k", "~38k".
    Thousands,
    /// Three digits or more, with or without separators: "11,200".
    Plain,
}

/// `word` read as a number, if it is one (not a date, a time, a share or
/// a version).
fn number(word: &str) -> Option<Number> {
    let word = word.trim_start_matches(['~', '+', '-', '≈']);
    let (digits, thousands) = match word.strip_suffix('k') {
        Some(digits) => (digits, true),
        None => (word, false),
    };
    let well_formed = !digits.is_empty()
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && !digits.ends_with(['.', ','])
        && digits.matches(['.', ',']).count() <= 2;
    if !well_formed || crate::evidence::names_a_date(digits) {
        return None;
    }
    if thousands {
        return Some(Number::Thousands);
    }
    let count = digits.chars().filter(char::is_ascii_digit).count();
    (count >= 3).then_some(Number::Plain)
}

/// The words of `text`: split at blanks and at the punctuation around
/// words, keeping the dots and commas inside a number.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || "()[]\"'/;:!?".contains(c))
        .map(|w| w.trim_end_matches(['.', ',']))
        .filter(|w| !w.is_empty())
}

fn is_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_alphabetic)
}

/// Words of money, in English and German: a number next to one is an
/// amount.
const MONEY: &[&str] = &[
    "paid",
    "pay",
    "pays",
    "cost",
    "costs",
    "invoice",
    "invoiced",
    "invoices",
    "budget",
    "capped",
    "cap",
    "price",
    "priced",
    "fee",
    "fees",
    "charged",
    "quote",
    "quoted",
    "worth",
    "revenue",
    "sales",
    "loss",
    "lost",
    "spent",
    "spend",
    "refund",
    "refunds",
    "credit",
    "bezahlt",
    "gezahlt",
    "zahlen",
    "kosten",
    "kostet",
    "rechnung",
    "teilrechnung",
    "abschlag",
    "preis",
    "honorar",
    "umsatz",
    "verlust",
    "angebot",
    "netto",
    "brutto",
    "festpreis",
];

/// Is a sum said paid or charged a few words after it, as German puts
/// the verb last ("18.400 für die Wartung gezahlt")?
fn paid_after(after: &[String]) -> bool {
    const PAID: &[&str] = &[
        "paid",
        "invoiced",
        "charged",
        "gezahlt",
        "bezahlt",
        "überwiesen",
        "berechnet",
        "abgerechnet",
        "gekostet",
    ];
    after.iter().take(4).any(|w| PAID.contains(&w.as_str()))
}

/// Words a reference number follows, in English and German: "invoice
/// 4412", "No. 4412", „Rechnung Nr. 2026118", "PO 88120".
const REFERENCES: &[&str] = &[
    "invoice",
    "rechnung",
    "teilrechnung",
    "no",
    "nr",
    "number",
    "nummer",
    "ticket",
    "order",
    "bestellung",
    "auftrag",
    "po",
    "case",
    "fall",
    "id",
];

/// The periods a sum is counted by, in English and German.
const PERIODS: &[&str] = &[
    "day", "week", "month", "year", "tag", "woche", "monat", "jahr",
];

/// Units a number counts that make it no sum of money: "capped at 120
/// hours", „Budget 300 Stunden".
const UNITS: &[&str] = &[
    "hours",
    "hrs",
    "h",
    "days",
    "pt",
    "md",
    "stunden",
    "std",
    "tage",
    "personentage",
    "tickets",
    "orders",
    "items",
    "skus",
    "bestellungen",
    "artikel",
];

/// Words that may follow an amount without counting a thing: "14k of",
/// "11.2k so far".
const FILLERS: &[&str] = &[
    "a",
    "an",
    "and",
    "or",
    "of",
    "for",
    "per",
    "in",
    "on",
    "at",
    "to",
    "so",
    "already",
    "more",
    "over",
    "total",
    "und",
    "oder",
    "für",
    "pro",
    "im",
    "am",
    "bis",
    "von",
    "mehr",
    "insgesamt",
    "bereits",
    "schon",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_amount_without_a_currency_is_found_and_counts_and_dates_are_not_amounts() {
        for bare in [
            "T&M capped at 14k",
            "we've paid 11.2k of the 14k already",
            "Teilrechnung über 41.000 halten wir zurück",
            "the invoice of 12,500 is due",
            "about 40k a day",
            "roughly 4,000 a month in refunds",
            "Wir haben bisher 18.400 für die Wartung gezahlt.",
            "invoice 41,000 is withheld",
        ] {
            assert!(bare_amount(bare), "{bare}");
        }
        for not in [
            "T&M capped at GBP 14k",
            "paid £11.2k",
            "+19.500 EUR, +3 Wochen",
            "ca. 120.000 Euro",
            "12h+ Importzeit bei 48k SKUs",
            "~1,900 active subscribers",
            "about 1,200 orders a day",
            "22.000 SKUs lt. Angebot",
            "Kap. 2.1 \"ca. 45.000 SKUs\"",
            "go-live moved from 11.01.2027 to 01.02.2027",
            "Teilrechnung 3 zurückgehalten",
            "release 2026.11.24-2",
            "paid 14kEUR",
            "T&M, capped at 120 hours",
            "Budget 300 Stunden, Festpreis",
            "They did not come back. Invoice 4412 is due 2026-12-15.",
            "Rechnung Nr. 2026118 habe ich noch nicht bezahlt.",
            "PO 88120 was paid on time",
            "see ticket 30211 and case No. 0123456",
        ] {
            assert!(!bare_amount(not), "{not}");
        }
    }
}
