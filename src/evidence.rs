//! Evidence hints: warnings about weak examples.
//!
//! On a list question with `evidence: true`, an entry with no date, no link
//! and no ticket or reference id is hard for a CSM to check, so it gets a
//! warning saying what would make it stronger; `recommend: N` warns when
//! fewer entries are given. Any answer that writes a weekday against a
//! date it does not fall on ("Sat 6 Dec" on a Sunday) gets a warning too
//! ([`weekday_dates`]), said when the run knows its day. Warnings never
//! change the verdict. The checks are plain scans over characters: no
//! pattern engine is built for them.

use crate::answers::{Answers, applies};
use crate::checklist::Checklist;

/// A weakness of the evidence, as data; renderers put it into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The answer key of the list question.
    pub key: String,
    pub kind: WarningKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WarningKind {
    /// Fewer entries than the checklist recommends.
    FewEntries { given: usize, recommended: usize },
    /// Entry `number` (from 1), which has no date, link or reference id.
    Unchecked { number: usize, entry: String },
    /// The note to the partner leaves out of an answer written for the
    /// CSM (`key` is its question) its `sentence` that speaks of the
    /// partner in the third person or to the CSM (`audience`), and any
    /// other such; the `whole` answer when no other sentence is left;
    /// `version` is the question that takes a version for the partner,
    /// when there is one; `instead`, what the note says in place of an
    /// answer it cannot go without (the position on a reply).
    NoteLeftOut {
        sentence: String,
        audience: crate::report::Audience,
        version: Option<String>,
        whole: bool,
        instead: Option<String>,
    },
    /// The note puts `sentence`, of the answer to `key` (or of example
    /// `number`, from 1), which spoke of the partner in the third person,
    /// to them in the second person, as `now`.
    NoteReworded {
        number: Option<usize>,
        sentence: String,
        now: String,
    },
    /// The note quotes the clause whole, with `text`, what of it says
    /// the kind of contract or its money.
    NoteQuotesMoney { text: String },
    /// The note to the partner leaves out what the partner needs to
    /// prioritise (`key` is the question that fills it).
    NoteGap { gap: crate::report::GapKind },
    /// The outcome wanted gives a day by `words` relative to when the
    /// note is read.
    /// The outcome names a day relative to today (`words`); `on` is the
    /// date the documents add after it, when it names one for sure.
    NoteRelativeDay {
        words: String,
        on: Option<jiff::civil::Date>,
    },
    /// Example `number` (from 1) names `name`, the person the note is
    /// written to, and is left out of the note; `none_kept` when no
    /// example is left in it.
    NoteNamesAddressee {
        number: usize,
        entry: String,
        name: String,
        none_kept: bool,
        /// The day the example names, which the hint's wording uses.
        day: Option<jiff::civil::Date>,
    },
    /// The note greets no one by name, as `name`, the contact given,
    /// cannot be used in a greeting.
    NoteNamelessGreeting { name: String },
    /// The German note greets `name`, a full name with no Herr or Frau,
    /// by first name and surname.
    NoteUntitledGreeting { name: String },
    /// Example `number` (from 1) names `name`, the partner's company or
    /// the one above the addressee, in the third person, and is left out
    /// of the note; `none_kept` when no example is left in it.
    NoteNamesPartner {
        number: usize,
        entry: String,
        name: String,
        none_kept: bool,
        /// The day the example names, which the hint's wording uses.
        day: Option<jiff::civil::Date>,
    },
    /// The answer writes a weekday against a date it does not fall on:
    /// `said`, its words from the weekday to the date, and `day`, the
    /// date, which the documents keep.
    WeekdayDate {
        said: String,
        day: jiff::civil::Date,
    },
}

/// Every evidence warning for `answers`, in checklist order.
pub fn warnings(checklist: &Checklist, answers: &Answers) -> Vec<Warning> {
    let mut out = Vec::new();
    for entry in checklist.entries() {
        let q = entry.question;
        if !q.evidence && q.recommend.is_none() {
            continue;
        }
        let key = entry.key();
        let Some(items) = answers
            .get(&key)
            .filter(|_| applies(&entry, answers))
            .and_then(|a| a.value.as_list())
        else {
            continue;
        };
        // Below `min` the question fails and its advice says what to do.
        let enough = items.len() >= q.min.unwrap_or(0);
        if let Some(recommend) = q.recommend.filter(|_| enough) {
            if items.len() < recommend {
                let kind = WarningKind::FewEntries {
                    given: items.len(),
                    recommended: recommend,
                };
                out.push(Warning {
                    key: key.clone(),
                    kind,
                });
            }
        }
        if q.evidence {
            for (i, item) in items.iter().enumerate() {
                if !is_checkable(item) {
                    let kind = WarningKind::Unchecked {
                        number: i + 1,
                        entry: item.clone(),
                    };
                    out.push(Warning {
                        key: key.clone(),
                        kind,
                    });
                }
            }
        }
    }
    out
}

/// A warning for each weekday an answer writes against a date it does
/// not fall on ("Sat 6 Dec" when 6 Dec 2026 is a Sunday), in checklist
/// order: the documents keep the date, and the merchant should know.
pub fn weekday_dates(eval: &crate::verdict::Evaluation, today: jiff::civil::Date) -> Vec<Warning> {
    let mut out = Vec::new();
    let graded = eval
        .context
        .iter()
        .chain(eval.items.iter().flat_map(|i| &i.questions));
    for g in graded {
        let Some(answer) = g.answer else {
            continue;
        };
        let texts: Vec<&str> = match (answer.value.as_text(), answer.value.as_list()) {
            (Some(text), _) => vec![text],
            (None, Some(list)) => list.iter().map(String::as_str).collect(),
            _ => continue,
        };
        for text in texts {
            for (said, day) in crate::report::days::mismatched(text, today) {
                out.push(Warning {
                    key: g.key.clone(),
                    kind: WarningKind::WeekdayDate {
                        said: said.to_owned(),
                        day,
                    },
                });
            }
        }
    }
    out
}

/// Does `text` carry something a reader can check: a date, a link or a
/// ticket or reference id?
pub fn is_checkable(text: &str) -> bool {
    has_link(text)
        || text
            .split(is_separator)
            .any(|token| is_date(token) || is_day_month(token) || is_reference(token))
        || has_month(text)
}

/// Does `text` name a day: a date with or without its year, or a month
/// with a day number next to it? A number alone (`1 s`, `v2`) is none.
pub fn names_a_date(text: &str) -> bool {
    text.split(is_separator)
        .any(|token| is_date(token) || is_day_month(token))
        || has_month(text)
}

fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | '[' | ']' | '"' | '\'' | ':')
}

/// Does `text` hold a link (`https://…`, `www.…`, `mailto:…`)?
pub fn has_link(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    ["http://", "https://", "www.", "mailto:"]
        .iter()
        .any(|p| lower.contains(p))
}

/// `2026-10-02`, `2.10.2026`, `02/10/26` and the like.
fn is_date(token: &str) -> bool {
    let token = token.trim_end_matches('.');
    for sep in ['-', '.', '/'] {
        let parts: Vec<&str> = token.split(sep).collect();
        if parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
            && parts.iter().any(|p| p.len() >= 2)
        {
            return true;
        }
    }
    false
}

/// A day and month without the year, as people write them: `19/11` or
/// `10/28` (either order, with a slash), `16.11.` (day first, with the
/// closing dot, so that a decimal like `10.5` is none). One of the two
/// numbers has two digits, so that a fraction like `1/2` is none.
fn is_day_month(token: &str) -> bool {
    let (body, sep) = if token.contains('/') {
        (token.trim_end_matches('.'), '/')
    } else {
        match token.strip_suffix('.') {
            Some(body) => (body, '.'),
            None => return false,
        }
    };
    let Some((a, b)) = body.split_once(sep) else {
        return false;
    };
    let number = |p: &str| {
        (!p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.bytes().fold(0u32, |n, b| n * 10 + u32::from(b - b'0')))
    };
    let (Some(x), Some(y)) = (number(a), number(b)) else {
        return false;
    };
    let day_month = |d: u32, m: u32| (1..=31).contains(&d) && (1..=12).contains(&m);
    (a.len() == 2 || b.len() == 2) && (day_month(x, y) || (sep == '/' && day_month(y, x)))
}

/// `ACME-1234`, `#482`, `INC0012345`, or a number of four or more digits.
fn is_reference(token: &str) -> bool {
    let token = token.trim_end_matches(['.', '!', '?']);
    if let Some(number) = token.strip_prefix('#') {
        return number.len() >= 2 && number.bytes().all(|b| b.is_ascii_digit());
    }
    if let Some((prefix, number)) = token.split_once('-') {
        // A prefix with a letter in it is not empty.
        if prefix.bytes().all(|b| b.is_ascii_alphanumeric())
            && prefix.bytes().any(|b| b.is_ascii_alphabetic())
            && !number.is_empty()
            && number.bytes().all(|b| b.is_ascii_digit())
        {
            return true;
        }
    }
    // A year alone ("November 2026") is no reference: it names no day.
    if token.len() == 4
        && token.bytes().all(|b| b.is_ascii_digit())
        && (token.starts_with("19") || token.starts_with("20"))
    {
        return false;
    }
    let mut run = 0;
    for b in token.bytes() {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        if run >= 4 {
            return true;
        }
    }
    false
}

/// A month name in any language escalate speaks, with a day number right
/// before or after it (`March 3`, `3. März`, `24 Nov`): a month alone
/// (`in November`, `November 2026`) or next to a count (`November, 3
/// tickets`) is no day.
fn has_month(text: &str) -> bool {
    month_days(text).next().is_some()
}

/// The number (1 to 12) of the month `word` names, in any language: the
/// whole name or its first three letters or more (`nov`, `sept`, `mär`).
pub fn month_number(word: &str) -> Option<i8> {
    let word = word.trim_end_matches('.').to_lowercase();
    if word.chars().count() < 3 || !word.chars().all(char::is_alphabetic) {
        return None;
    }
    crate::i18n::every().find_map(|lang| {
        let months = lang.date_words().months;
        months
            .iter()
            .find_map(|&(m, n)| m.starts_with(&word).then_some(n))
    })
}

/// The number (1 to 12) of the month `word` names shortened, in any
/// language: three letters or more of its name, not all of it (`sep`,
/// `sept`, `dez`, `mär`; not `may`, `mai`, `june`), with or without the
/// full stop after them.
pub fn month_shortened(word: &str) -> Option<i8> {
    let bare = word.trim_end_matches('.').to_lowercase();
    let at = month_number(&bare)?;
    let whole =
        crate::i18n::every().any(|lang| lang.date_words().months.iter().any(|&(m, _)| m == bare));
    (!whole).then_some(at)
}

/// A day of the month as written before or after a month's name: one or
/// two digits, with the dot German writes after it (`3.`) or an English
/// ending (`3rd`) or a comma or colon after it (`March 3,`, `Dec 3:`).
fn day_number(word: &str) -> Option<i8> {
    let word = word.trim_end_matches([',', '.', ':', ';']);
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let ending = &word[digits.len()..];
    let ok = ["", "st", "nd", "rd", "th"].contains(&ending.to_ascii_lowercase().as_str());
    let day: i8 = digits.parse().ok().filter(|_| ok && digits.len() <= 2)?;
    (1..=31).contains(&day).then_some(day)
}

/// Each month and day `text` names by a month's name, in order: the day
/// right before the month (`24 Nov`, `3. März`) or right after it (`Nov
/// 24`), with nothing but a blank between them.
fn month_days(text: &str) -> impl Iterator<Item = (i8, i8)> + '_ {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']' | '"' | ';'))
        .filter(|w| !w.is_empty())
        .collect();
    (0..words.len()).filter_map(move |i| {
        let month = month_number(words[i].trim_end_matches([',', ':']))?;
        let before = i
            .checked_sub(1)
            .map(|j| words[j])
            .filter(|w| !w.ends_with(',') && !w.ends_with(':'))
            .and_then(day_number);
        let after = (!words[i].ends_with([',', ':']))
            .then(|| words.get(i + 1).copied())
            .flatten()
            // "Nov. 2 bugs": after an abbreviation's dot, a count.
            .filter(|_| !words[i].ends_with('.'))
            .filter(|w| !w.ends_with('.') || w.len() > 2)
            .and_then(day_number);
        Some((month, before.or(after)?))
    })
}

/// The first day `text` names, on or before `today`: a date with its
/// year (`2026-11-24`, `24.11.2026`), a day and month German writes
/// (`24.11.`) or a day and a month's name (`24 Nov`, `Nov 24`), in the
/// year that puts it on or before `today`. A day after `today` is none:
/// what was said or sent happened by now.
pub fn day_in(text: &str, today: jiff::civil::Date) -> Option<jiff::civil::Date> {
    let in_year = |month: i8, day: i8| {
        let this = jiff::civil::Date::new(today.year(), month, day).ok();
        match this {
            Some(d) if d <= today => Some(d),
            _ => jiff::civil::Date::new(today.year() - 1, month, day).ok(),
        }
    };
    first_day(text, in_year).filter(|d| *d <= today)
}

/// The first day `text` names on or after `today`, read as [`day_in`]
/// reads one, a day without its year in the year that puts it on or
/// after `today`: what is asked for is still to come.
pub fn day_ahead(text: &str, today: jiff::civil::Date) -> Option<jiff::civil::Date> {
    let in_year = |month: i8, day: i8| {
        let this = jiff::civil::Date::new(today.year(), month, day).ok();
        match this {
            Some(d) if d >= today => Some(d),
            _ => jiff::civil::Date::new(today.year() + 1, month, day).ok(),
        }
    };
    first_day(text, in_year).filter(|d| *d >= today)
}

/// The first day `text` names, a day without its year put `in_year`.
fn first_day(
    text: &str,
    in_year: impl Fn(i8, i8) -> Option<jiff::civil::Date>,
) -> Option<jiff::civil::Date> {
    let numeric = text.split(is_separator).find_map(|token| {
        let token = token.trim_end_matches('.');
        let parts: Vec<&str> = token.split(['-', '.']).collect();
        let n = |p: &str| p.parse::<i16>().ok().filter(|_| p.len() <= 4);
        match parts.as_slice() {
            [y, m, d] if y.len() == 4 && token.contains('-') => {
                jiff::civil::Date::new(n(y)?, i8::try_from(n(m)?).ok()?, i8::try_from(n(d)?).ok()?)
                    .ok()
            }
            [d, m, y] if token.contains('.') && d.len() <= 2 && m.len() <= 2 => {
                let year = match (y.len(), n(y)?) {
                    (2, y) => 2000 + y,
                    (4, y) => y,
                    _ => return None,
                };
                jiff::civil::Date::new(year, i8::try_from(n(m)?).ok()?, i8::try_from(n(d)?).ok()?)
                    .ok()
            }
            [d, m] if token.contains('.') && d.len() <= 2 && m.len() <= 2 => {
                is_day_month(&format!("{token}."))
                    .then(|| in_year(i8::try_from(n(m)?).ok()?, i8::try_from(n(d)?).ok()?))
                    .flatten()
            }
            _ => None,
        }
    });
    numeric.or_else(|| month_days(text).find_map(|(m, d)| in_year(m, d)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_links_and_references_make_an_entry_checkable() {
        for good in [
            "2026-10-02 email asking for the release date",
            "email of 2.10.2026, no reply",
            "https://tickets.example.com/x",
            "see www.example.com/status",
            "ticket ACME-1234: checkout fails",
            "support case #4821",
            "incident INC0012345",
            "call on March 3 about the delay",
            "Anruf am 3. März",
            // A day and month without the year, as people write them.
            "19/11 staging order: blank page after Klarna",
            "call on 20/11, no answer",
            "email of 11/6",
            "their reply of 10/28",
            "Preisimport-Log vom 9.11. bricht ab",
            "Mail von Hr. Koch 16.11.",
            "'Wir prüfen das' (12.11.)",
            "meeting on 3 Nov",
            "since 19/11.",
            // Month first, with a colon after the day.
            "Dec 3: 37 orders stuck in pending",
        ] {
            assert!(is_checkable(good), "{good}");
        }
    }

    #[test]
    fn vague_entries_are_not_checkable() {
        for weak in [
            "the partner is slow",
            "they never answer emails",
            "checkout is broken since last week",
            "2 bugs in the cart",
            "a ticket",
            "mayday",
            // Versions, fractions and decimals are no dates.
            "upgraded to v2.3",
            "1/2 of the orders fail",
            "3/4 of the pages are slow",
            "about 10.5 hours lost",
            "conversion fell by 2.3",
            "a 50/50 split",
            "page 13/13 is blank",
        ] {
            assert!(!is_checkable(weak), "{weak}");
        }
    }

    #[test]
    fn a_date_has_three_parts_of_digits_one_of_them_two_long() {
        for date in ["2026-10-02", "2.10.2026.", "02/10/26", "1.2.34", "9999-1-1"] {
            assert!(is_date(date), "{date}");
        }
        for not in [
            "10-2026",
            "1-2-3-4",
            "12345-10-02",
            "-10-02",
            "2026--02",
            "1.2.3",
            "2026-1O-02",
            "a/b/cd",
        ] {
            assert!(!is_date(not), "{not}");
        }
    }

    #[test]
    fn a_day_and_month_is_two_numbers_one_of_them_two_long() {
        for date in [
            "19/11", "11/6", "10/28", "9.11.", "16.11.", "1.12.", "31/12",
        ] {
            assert!(is_day_month(date), "{date}");
        }
        for not in [
            "1/2", "3.4.", "9.11", "32/13", "13/13", "0/12", "12/0", "19.13.", "123/4", "a/11",
            "/11", "11/", "11//6", "v2.3.",
        ] {
            assert!(!is_day_month(not), "{not}");
        }
    }

    #[test]
    fn a_reference_is_a_tagged_number_or_four_digits() {
        for reference in ["#48", "#4821.", "ACME-1234!", "a1-2", "1234", "INC0012345?"] {
            assert!(is_reference(reference), "{reference}");
        }
        for not in [
            "#4", "#", "#48a", "-12", "12-34", "ACME-", "ACME-12a", "AC_ME-12", "123", "12a34",
            "a1b2c3",
        ] {
            assert!(!is_reference(not), "{not}");
        }
    }

    #[test]
    fn a_month_counts_next_to_a_day_number() {
        for month in ["March 3", "3. März", "on 12 sept", "Dec 31, late"] {
            assert!(has_month(month), "{month}");
        }
        for not in ["March", "March 123", "3 mar4", "mayday 3x", "the 3 of us"] {
            assert!(!has_month(not), "{not}");
        }
        // A month alone, next to a count or a year, or a word that merely
        // begins like one, names no day, in either language.
        for not in [
            "in November",
            "im November 2026",
            "Plan für November, 3 Tickets offen",
            "since Nov, 12 orders lost",
            "Mitte Nov. 2 Bugs",
            "marketing 12 mails",
            "Junior 2 devs",
            "Dezentral 3 Lager",
        ] {
            assert!(!names_a_date(not), "{not}");
            assert!(!is_checkable(not), "{not}");
        }
        for day in [
            "am 3. März gemeldet",
            "Nov 24, 09:02",
            "3rd Dec",
            "24. November",
        ] {
            assert!(names_a_date(day), "{day}");
        }
    }

    #[test]
    fn the_first_day_a_text_names_is_read_in_the_year_that_has_passed() {
        let today = jiff::civil::date(2026, 11, 25);
        let d = |m, d| Some(jiff::civil::date(2026, m, d));
        for (text, day) in [
            ("Email from Priya, 24 Nov 16:52:", d(11, 24)),
            ("Mail von Herrn Brandt, 13.11.2026:", d(11, 13)),
            ("Ticket KD-88412, comment Nov 24 09:02", d(11, 24)),
            ("18.11. Mail an Fr. Dr. Ohlsen", d(11, 18)),
            ("Anruf am 3. Dezember", Some(jiff::civil::date(2025, 12, 3))),
            ("reply of 2026-11-20", d(11, 20)),
            ("E-Mail vom 20.11.26", d(11, 20)),
            ("in November", None),
            ("answer due 30.11.2026", None),
            ("version 2.4.7", None),
        ] {
            assert_eq!(day_in(text, today), day, "{text}");
        }
    }

    #[test]
    fn links_of_every_kind_and_separators_count() {
        for link in ["http://x", "HTTPS://x", "www.x", "mailto:a@b"] {
            assert!(has_link(link), "{link}");
            assert!(is_checkable(link), "{link}");
        }
        assert!(!has_link("a link"));
        // Punctuation around a reference separates it from the words.
        for entry in [
            "(ACME-1234)",
            "ticket:#48",
            "'1234'",
            "[2.10.2026]",
            "x;1234",
            "\"#48\"",
        ] {
            assert!(is_checkable(entry), "{entry}");
        }
        assert!(is_separator(' ') && is_separator(':') && !is_separator('-'));
    }

    /// A checklist with one list question that has `fields`.
    fn with_list(fields: &str) -> Checklist {
        let text = format!(
            "schema: 1\nid: t\nlang: en\ntitle: T\nitems:\n  - id: s\n    title: S\n    questions:\n      - id: y\n        kind: confirm\n        prompt: Y?\n      - id: l\n        kind: list\n        prompt: L?\n        when: {{question: y, is: yes}}\n{fields}"
        );
        crate::checklist::load_str("t.yaml", &text).unwrap()
    }

    fn answered(list: &[&str], yes: bool) -> Answers {
        use crate::answers::{Answer, Source, Value};
        let mut answers = Answers::default();
        let source = Source::Flag;
        let value = Value::Bool(yes);
        answers.set("s.y".into(), Answer { value, source });
        let value = Value::List(list.iter().map(|s| s.to_string()).collect());
        answers.set("s.l".into(), Answer { value, source });
        answers
    }

    #[test]
    fn a_month_shortened_is_known_in_either_language_and_a_whole_name_is_not() {
        for (word, month) in [
            ("sept.", 9),
            ("Sep", 9),
            ("dez", 12),
            ("Okt.", 10),
            ("mär", 3),
        ] {
            assert_eq!(month_shortened(word), Some(month), "{word}");
        }
        // The spellings dates are typed with at the prompt, too.
        for (word, month) in [("Mrz.", 3), ("Jänner", 1), ("maerz", 3)] {
            assert_eq!(month_number(word), Some(month), "{word}");
        }
        for word in ["may", "Mai", "june", "december", "Dezember", "de", "hello"] {
            assert_eq!(month_shortened(word), None, "{word}");
        }
    }

    #[test]
    fn warnings_name_each_weak_entry_and_too_few_entries() {
        let checklist = with_list("        min: 1\n        recommend: 3\n        evidence: true\n");
        let found = warnings(
            &checklist,
            &answered(&["1234", "vague", "also vague"], true),
        );
        let kinds: Vec<WarningKind> = found.into_iter().map(|w| w.kind).collect();
        let unchecked = |number: usize, entry: &str| WarningKind::Unchecked {
            number,
            entry: entry.into(),
        };
        assert_eq!(kinds, [unchecked(2, "vague"), unchecked(3, "also vague")]);
        let found = warnings(&checklist, &answered(&["1234", "5678"], true));
        let kinds: Vec<WarningKind> = found.into_iter().map(|w| w.kind).collect();
        let few = WarningKind::FewEntries {
            given: 2,
            recommended: 3,
        };
        assert_eq!(kinds, [few]);
        // Below `min`, the question fails instead; not asked, nothing.
        assert_eq!(warnings(&checklist, &answered(&[], true)), []);
        assert_eq!(warnings(&checklist, &answered(&["vague"], false)), []);
        // Without `evidence` or `recommend`, no warnings at all.
        let plain = with_list("");
        assert_eq!(warnings(&plain, &answered(&["vague"], true)), []);
        let only_evidence = with_list("        evidence: true\n");
        let found = warnings(&only_evidence, &answered(&["vague"], true));
        assert_eq!(found.len(), 1, "{found:?}");
        let only_recommend = with_list("        recommend: 2\n");
        let found = warnings(&only_recommend, &answered(&["vague"], true));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].key, "s.l");
    }
}
