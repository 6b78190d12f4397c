//! A day named relative to when it was written ("by Friday", "today",
//! „bis Freitag", „heute") given its date in a document, which its reader
//! opens on another day: the merchant's words are kept, and the date
//! follows each such word in brackets ("by Friday (11 Dec 2026)").
//!
//! Only the words that name one day for sure are dated: a weekday (the
//! next one after the day of writing; not that day's own name, which may
//! mean today or a week later), alone or with its part of the day in
//! one word („Sonntagnachmittag"), "today", a part of today ("this
//! morning") and "tomorrow". A weekday after
//! "since", "opened" or „seit" looks back to the last such day before
//! the day of writing; one after "last" may be a week earlier, one after
//! "the" or „vom" is known by what happened on it ("the Friday
//! deployment"), one after
//! "Black" or "Easter" is a name, and each is left as written, and so is
//! one a date already follows ("Friday, 11 Dec"); in text that tells
//! what happened (the position), only one after "by", "until" or „bis"
//! is dated. A deadline in words is dated too, with its weekday: the
//! end of a week, a month or a year ("by the end of next week (Fri 18
//! Dec 2026)", „bis Monatsende"), a time before or after a holiday
//! ("before Christmas (by Wed 23 Dec 2026)", „nach Neujahr") and a time
//! from now in days, weeks or months ("within 10 days", „in zwei
//! Wochen"); see [`dated`]'s rule in `relative`; in the outcome, one
//! never after the date at risk ([`dated_before`]). Ranges ("next week")
//! and vague times ("soon", „zeitnah") stay words: the warning on the
//! outcome still asks for a date. A time from now in hours ("within 24
//! hours") is recognised ([`names_a_span`]), for the open points and
//! the note's close, but not dated. An ISO date ("2026-12-05 08:12"), or
//! one with its year typed in another form („04.12.2026", "28/11/2026",
//! US "11/25/2026", not "03/04/2026", whose order is not sure), is
//! written as the documents write theirs ([`iso_written`]).

use crate::i18n::{Lang, Messages};
use jiff::civil::Date;
use std::borrow::Cow;

/// Words that name today, in either language.
const TODAY: &[&str] = &["today", "heute"];
/// Words that name tomorrow. „morgen" only in lower case: „Morgen" is a
/// morning.
const TOMORROW: &[&str] = &["tomorrow", "morgen"];

/// Words before a part of the day that make it one of today's: "this
/// morning", "this afternoon".
const THIS: &[&str] = &["this"];
/// Words after which a weekday looks back, not ahead, or is part of a
/// name ("Black Friday", "Easter Monday"), or names a day already known
/// to the reader by what happened on it ("the Friday deployment", „das
/// Deployment vom Freitag").
const BACK: &[&str] = &[
    "the",
    "that",
    "vom",
    "black",
    "cyber",
    "good",
    "easter",
    "whit",
    "since",
    "last",
    "past",
    "seit",
    "letzten",
    "letztem",
    "letzter",
    "vergangenen",
    "vergangenem",
];

/// Words after which a weekday surely looks back to the last such day
/// before today: "since Saturday", "opened Sunday", „seit Montag".
const SINCE: &[&str] = &[
    "since",
    "opened",
    "started",
    "began",
    "reported",
    "seit",
    "eröffnet",
    "gemeldet",
    "begann",
];

/// Words after which a weekday surely looks ahead: "by Friday", „bis
/// Freitag".
const AHEAD: &[&str] = &[
    "by",
    "until",
    "till",
    "before",
    "next",
    "bis",
    "vor",
    "spätestens",
    "kommenden",
    "nächsten",
];

/// `text` with the date of each day it names relative to `today` after
/// it, in the words of `t`; as it was when it names none for sure.
/// Text that tells what happened as well (the position) is `told`: a
/// weekday in it is dated only after a word that looks ahead ("by
/// Friday"), since "on Monday you promised" looks back.
pub fn dated<'a>(text: &'a str, today: Date, told: bool, t: &dyn Messages) -> Cow<'a, str> {
    dated_before(text, today, told, None, t)
}

/// `text` [`dated`], a deadline in words never after `at_risk`, the date
/// at risk: "before Christmas" with the last order day for Christmas on
/// 18 Dec is "before Christmas (by Fri 18 Dec 2026)", not by 23 Dec, as
/// the date at risk is the time that is really left.
pub fn dated_before<'a>(
    text: &'a str,
    today: Date,
    told: bool,
    at_risk: Option<Date>,
    t: &dyn Messages,
) -> Cow<'a, str> {
    let mut days: Vec<(usize, Date, Bound)> = each(text, today, told)
        .into_iter()
        .map(|(end, day)| (end, day, Bound::Named))
        .chain(relative(text, today, told))
        .collect();
    if days.is_empty() {
        return Cow::Borrowed(text);
    }
    days.sort_by_key(|&(end, ..)| end);
    let mut out = String::with_capacity(text.len() + 24 * days.len());
    let mut from = 0;
    for (end, day, bound) in days {
        out.push_str(&text[from..end]);
        let said = match bound {
            Bound::Named => t.date(day),
            Bound::On => t.short_weekday_date(day),
            Bound::By => {
                let day = at_risk.filter(|&r| r < day && r >= today).unwrap_or(day);
                t.deadline_by(&t.short_weekday_date(day))
            }
            Bound::From => t.deadline_from(&t.short_weekday_date(day)),
        };
        out.push_str(&format!(" ({said})"));
        from = end;
    }
    out.push_str(&text[from..]);
    Cow::Owned(out)
}

/// The first words of `text` that name a day relative to `today` for
/// sure, a weekday or a deadline in words ("by the end of next week"):
/// where they end, and the day.
pub fn first(text: &str, today: Date, told: bool) -> Option<(usize, Date)> {
    each(text, today, told)
        .into_iter()
        .chain(
            relative(text, today, told)
                .into_iter()
                .map(|(end, day, _)| (end, day)),
        )
        .min_by_key(|&(end, _)| end)
}

/// Does `text` name a deadline in words that [`dated`] gives a date
/// ("before Christmas", "within 10 days", „bis Monatsende"), whatever
/// the day of writing?
pub fn names_a_deadline(text: &str) -> bool {
    // Any day does: each such deadline has a date from every day but
    // the few after its own (an end of the week said on a Saturday).
    [
        jiff::civil::date(2026, 1, 5),
        jiff::civil::date(2026, 6, 10),
    ]
    .into_iter()
    .any(|today| !relative(text, today, false).is_empty())
}

/// How a date stands to the words it is given after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bound {
    /// A weekday, "today": the day the word names.
    Named,
    /// The day the words name ("the end of next week", "in two weeks").
    On,
    /// The last day within the time the words bound ("before Christmas",
    /// "within 10 days").
    By,
    /// The first day after the time the words name ("after New Year").
    From,
}

/// The end of a time a deadline names: a week, a month or a year, this
/// one (0) or the next (1).
#[derive(Debug, Clone, Copy)]
enum End {
    Week(i64),
    Month(i8),
    Year,
}

/// The words that name the end of a week, a month or a year, in either
/// language. Its date is the last working day of it.
const ENDS: &[(&[&str], End)] = &[
    (&["end", "of", "next", "week"], End::Week(1)),
    (&["end", "of", "the", "next", "week"], End::Week(1)),
    (&["end", "of", "the", "week"], End::Week(0)),
    (&["end", "of", "this", "week"], End::Week(0)),
    (&["end", "of", "week"], End::Week(0)),
    (&["end", "of", "the", "month"], End::Month(0)),
    (&["end", "of", "this", "month"], End::Month(0)),
    (&["end", "of", "month"], End::Month(0)),
    (&["month", "end"], End::Month(0)),
    (&["end", "of", "next", "month"], End::Month(1)),
    (&["end", "of", "the", "next", "month"], End::Month(1)),
    (&["end", "of", "the", "year"], End::Year),
    (&["end", "of", "this", "year"], End::Year),
    (&["year", "end"], End::Year),
    (&["ende", "nächster", "woche"], End::Week(1)),
    (&["ende", "nächste", "woche"], End::Week(1)),
    (&["ende", "kommender", "woche"], End::Week(1)),
    (&["ende", "der", "nächsten", "woche"], End::Week(1)),
    (&["ende", "der", "kommenden", "woche"], End::Week(1)),
    (&["ende", "der", "woche"], End::Week(0)),
    (&["ende", "dieser", "woche"], End::Week(0)),
    (&["monatsende"], End::Month(0)),
    (&["ende", "des", "monats"], End::Month(0)),
    (&["ende", "dieses", "monats"], End::Month(0)),
    (&["ende", "nächsten", "monats"], End::Month(1)),
    (&["ende", "des", "nächsten", "monats"], End::Month(1)),
    (&["ende", "kommenden", "monats"], End::Month(1)),
    (&["jahresende"], End::Year),
    (&["ende", "des", "jahres"], End::Year),
    (&["ende", "dieses", "jahres"], End::Year),
];

/// A holiday a deadline is set against.
#[derive(Debug, Clone, Copy)]
enum Feast {
    /// From Christmas Eve to Boxing Day (24 to 26 December).
    Christmas,
    /// New Year's Day.
    NewYear,
}

/// The words that name a holiday, in either language.
const FEASTS: &[(&[&str], Feast)] = &[
    (&["christmas"], Feast::Christmas),
    (&["xmas"], Feast::Christmas),
    (&["weihnachten"], Feast::Christmas),
    (&["new", "year"], Feast::NewYear),
    (&["neujahr"], Feast::NewYear),
    (&["jahreswechsel"], Feast::NewYear),
];

/// Words before a holiday that set a deadline by it ("before
/// Christmas", „bis Weihnachten"), and words that set a start after it
/// ("after New Year", „nach Neujahr").
const BEFORE_FEAST: &[&str] = &["before", "by", "until", "till", "vor", "bis"];
const AFTER_FEAST: &[&str] = &["after", "nach", "ab"];
/// Words after a holiday's name that name a time of their own: "the
/// Christmas rush", "New Year's Eve" (its "s" a word of its own here).
const FEAST_TIMES: &[&str] = &[
    "s",
    "eve",
    "day",
    "rush",
    "shutdown",
    "sale",
    "sales",
    "season",
    "break",
    "holidays",
    "holiday",
    "period",
    "peak",
    "campaign",
    "trading",
    "freeze",
    "closure",
    "market",
    "week",
    "weekend",
    "abend",
    "geschäft",
    "pause",
    "ferien",
    "urlaub",
    "woche",
];
/// Words that may stand between them and the holiday.
const ARTICLES: &[&str] = &["the", "dem", "den", "zum", "zu"];

/// Words before a number of days or weeks that set a time from now:
/// "within 10 days", „binnen zwei Wochen" bound it (the date is the last
/// day within); "in two weeks" names its end.
const WITHIN: &[&str] = &["within", "innerhalb", "binnen"];
const IN: &[&str] = &["in"];

/// The numbers a time from now is said with, in words, from one.
const NUMBER_WORDS: &[&[&str]] = &[
    &["a", "an", "one", "ein", "eine", "einer", "einem", "einen"],
    &["two", "zwei"],
    &["three", "drei"],
    &["four", "vier"],
    &["five", "fünf"],
    &["six", "sechs"],
    &["seven", "sieben"],
    &["eight", "acht"],
    &["nine", "neun"],
    &["ten", "zehn"],
    &["eleven", "elf"],
    &["twelve", "zwölf"],
];

/// A unit of a time from now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    WorkingDay,
    Week,
    Month,
}

/// The unit `word` names, if any.
fn unit(word: &str) -> Option<Unit> {
    Some(match word {
        "day" | "days" | "tag" | "tage" | "tagen" => Unit::Day,
        "werktag" | "werktage" | "werktagen" | "arbeitstag" | "arbeitstage" | "arbeitstagen" => {
            Unit::WorkingDay
        }
        "week" | "weeks" | "woche" | "wochen" => Unit::Week,
        "month" | "months" | "monat" | "monate" | "monaten" => Unit::Month,
        _ => return None,
    })
}

/// Each deadline in words in `text` that names a day from `today` for
/// sure: the end of a week, a month or a year ("by the end of next
/// week", „bis Monatsende"), a time before or after a holiday ("before
/// Christmas", „nach Neujahr") and a time from now ("within 10 days",
/// „in zwei Wochen"): where its words end, its day, and how the day
/// stands to them. The end of a week or a month is its last working day;
/// a deadline before a holiday is the last working day before it (before
/// Christmas: before 24 December), a start after it the first working
/// day after it (after Christmas: after 26 December); a time from now
/// counts calendar days, or working days when it says so. In text that
/// tells what happened (`told`), only one after a word that looks ahead
/// ("by", „bis") is dated; none a sentence says went by, none a date
/// already follows, and none already past.
fn relative(text: &str, today: Date, told: bool) -> Vec<(usize, Date, Bound)> {
    let cal = crate::checklist::holidays::Calendar::of_run();
    let tokens = tokens(text);
    let words: Vec<String> = tokens
        .iter()
        .map(|&(s, e)| text[s..e].to_lowercase())
        .collect();
    let at = |i: usize, pattern: &[&str]| {
        words.len() >= i + pattern.len() && pattern.iter().zip(&words[i..]).all(|(p, w)| p == w)
    };
    // "by the end of the month", „bis zum Monatsende": past an article.
    let ahead = |i: usize| {
        let before = |i: usize| i.checked_sub(1).map(|b| words[b].as_str());
        let b = match before(i) {
            Some(w) if ARTICLES.contains(&w) => i - 1,
            _ => i,
        };
        before(b).is_some_and(|w| AHEAD.contains(&w))
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let found = ends_at(i, &at, today, cal)
            .or_else(|| feast_at(i, &words, &at, today, cal))
            .or_else(|| span_at(i, &words, today, cal));
        let Some((last, day, bound, looks_ahead)) = found else {
            i += 1;
            continue;
        };
        let (start, end) = (tokens[i].0, tokens[last].1);
        let kept = day >= today
            && (!told || looks_ahead || ahead(i))
            && !date_follows(&text[end..])
            && !missed_around(text, start);
        if kept {
            out.push((end, day, bound));
        }
        i = last + 1;
    }
    out
}

/// The end of a week, a month or a year named at word `i`: the index of
/// its last word, its last working day, how it stands, and that it
/// needs no word before it to look ahead (it does: "the end of the
/// month" may tell of one gone by).
fn ends_at(
    i: usize,
    at: &dyn Fn(usize, &[&str]) -> bool,
    today: Date,
    cal: crate::checklist::holidays::Calendar,
) -> Option<(usize, Date, Bound, bool)> {
    let (pattern, end) = ENDS
        .iter()
        .filter(|(pattern, _)| at(i, pattern))
        .max_by_key(|(pattern, _)| pattern.len())?;
    let last_day = match *end {
        End::Week(ahead) => {
            let monday = today
                .checked_sub(
                    jiff::Span::new().days(i64::from(today.weekday().to_monday_zero_offset())),
                )
                .ok()?;
            monday
                .checked_add(jiff::Span::new().days(7 * ahead + 6))
                .ok()?
        }
        End::Month(ahead) => {
            let first = today.first_of_month();
            let month = first.checked_add(jiff::Span::new().months(ahead)).ok()?;
            month.last_of_month()
        }
        End::Year => jiff::civil::date(today.year(), 12, 31),
    };
    let day = last_working_on_or_before(last_day, cal)?;
    Some((i + pattern.len() - 1, day, Bound::On, false))
}

/// A deadline set against a holiday at word `i` ("before Christmas",
/// „nach dem Jahreswechsel"): the index of its last word, its day, how
/// it stands, and whether its first word looks ahead.
fn feast_at(
    i: usize,
    words: &[String],
    at: &dyn Fn(usize, &[&str]) -> bool,
    today: Date,
    cal: crate::checklist::holidays::Calendar,
) -> Option<(usize, Date, Bound, bool)> {
    let word = words[i].as_str();
    let bound = if BEFORE_FEAST.contains(&word) {
        Bound::By
    } else if AFTER_FEAST.contains(&word) {
        Bound::From
    } else {
        return None;
    };
    let mut j = i + 1;
    while words.get(j).is_some_and(|w| ARTICLES.contains(&w.as_str())) && j < i + 3 {
        j += 1;
    }
    let (pattern, feast) = FEASTS.iter().find(|(pattern, _)| at(j, pattern))?;
    // "before the Christmas rush", "by New Year's Eve": a time named
    // after the holiday, not the holiday.
    let next = words.get(j + pattern.len()).map(String::as_str);
    if next.is_some_and(|w| FEAST_TIMES.contains(&w)) {
        return None;
    }
    let day = |year: i16| {
        let (first, last) = match feast {
            Feast::Christmas => (
                jiff::civil::date(year, 12, 24),
                jiff::civil::date(year, 12, 26),
            ),
            Feast::NewYear => {
                let new_year = jiff::civil::date(year, 1, 1);
                (new_year, new_year)
            }
        };
        match bound {
            Bound::From => first_working_after(last, cal),
            _ => last_working_on_or_before(first.yesterday().ok()?, cal),
        }
    };
    let year = match feast {
        Feast::Christmas => today.year(),
        Feast::NewYear => today.year().checked_add(1)?,
    };
    let day = day(year)
        .filter(|&d| d >= today)
        .or_else(|| day(year.checked_add(1)?))?;
    Some((j + pattern.len() - 1, day, bound, bound == Bound::By))
}

/// A time from now at word `i` ("within 10 days", "in 3 working days",
/// „innerhalb von zwei Wochen"): the index of its last word, its day,
/// how it stands, and that it needs a word before it to look ahead
/// ("they said in two weeks" tells of a promise).
fn span_at(
    i: usize,
    words: &[String],
    today: Date,
    cal: crate::checklist::holidays::Calendar,
) -> Option<(usize, Date, Bound, bool)> {
    let word = words[i].as_str();
    let bound = if WITHIN.contains(&word) {
        Bound::By
    } else if IN.contains(&word) {
        Bound::On
    } else {
        return None;
    };
    let mut j = i + 1;
    // „innerhalb von", "within the next", „in den nächsten".
    for filler in ["von", "the", "next", "den", "der", "nächsten", "kommenden"] {
        if words.get(j).is_some_and(|w| w == filler) {
            j += 1;
        }
    }
    let number = words.get(j)?;
    let n: u32 = if number.chars().all(|c| c.is_ascii_digit()) {
        number.parse().ok().filter(|&n| (1..=365).contains(&n))?
    } else {
        let at = NUMBER_WORDS
            .iter()
            .position(|w| w.contains(&number.as_str()))?;
        u32::try_from(at + 1).ok()?
    };
    j += 1;
    let working = words
        .get(j)
        .is_some_and(|w| matches!(w.as_str(), "working" | "business"));
    if working {
        j += 1;
    }
    let unit = match unit(words.get(j)?)? {
        Unit::Day if working => Unit::WorkingDay,
        unit => unit,
    };
    let n64 = i64::from(n);
    let day = match unit {
        Unit::Day => today.checked_add(jiff::Span::new().days(n64)).ok()?,
        Unit::Week => today.checked_add(jiff::Span::new().weeks(n64)).ok()?,
        Unit::Month => today.checked_add(jiff::Span::new().months(n64)).ok()?,
        Unit::WorkingDay => crate::checklist::working_days_after(today, n, cal)?,
    };
    Some((j, day, bound, false))
}

/// The last working day on or before `day`.
fn last_working_on_or_before(
    mut day: Date,
    cal: crate::checklist::holidays::Calendar,
) -> Option<Date> {
    while !cal.is_working_day(day) {
        day = day.yesterday().ok()?;
    }
    Some(day)
}

/// The first working day after `day`.
fn first_working_after(mut day: Date, cal: crate::checklist::holidays::Calendar) -> Option<Date> {
    day = day.tomorrow().ok()?;
    while !cal.is_working_day(day) {
        day = day.tomorrow().ok()?;
    }
    Some(day)
}

/// The words and numbers of `text`: where each starts and ends.
fn tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                out.push((s, at));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// Each word of `text` that names a day relative to `today` for sure:
/// where it ends, and the day, in the order of the text.
fn each(text: &str, today: Date, told: bool) -> Vec<(usize, Date)> {
    let words = words(text);
    words
        .iter()
        .enumerate()
        .filter_map(|(i, &(start, word))| {
            let end = start + word.len();
            let lower = word.to_lowercase();
            let before = i
                .checked_sub(1)
                .map(|b| words[b].1.to_lowercase())
                .unwrap_or_default();
            let after = &text[end..];
            // A date already follows: "Friday, 11 Dec", „Freitag (11.12.)";
            // a number that is no day does not ("Stand heute 40 %").
            if date_follows(after) {
                return None;
            }
            // „Montag morgen", „heute morgen": a morning, not tomorrow.
            let part = weekday(&before).is_some() || TODAY.contains(&before.as_str());
            let day = if part && PART_WORDS.contains(&lower.as_str()) {
                None
            } else if TODAY.contains(&lower.as_str())
                || (THIS.contains(&before.as_str()) && PART_WORDS.contains(&lower.as_str()))
            {
                // "today", and "this morning": the day of writing.
                Some(today)
            } else if TOMORROW.contains(&word) || word == "Tomorrow" {
                today.tomorrow().ok()
            } else if SINCE.contains(&before.as_str()) {
                day_named(&lower).and_then(|n| last(today, n))
            } else if BACK.contains(&before.as_str())
                || (told && !AHEAD.contains(&before.as_str()))
                || missed_around(text, start)
            {
                None
            } else if AHEAD.contains(&before.as_str()) {
                // "by Monday" said on a Monday is the one a week ahead:
                // a deadline of today is said as "today".
                day_named(&lower).and_then(|n| {
                    next(today, n).or_else(|| today.checked_add(jiff::Span::new().days(7)).ok())
                })
            } else {
                day_named(&lower).and_then(|n| next(today, n))
            }?;
            // The date follows the part of the day that goes with the
            // day: "since Saturday morning (5 Dec 2026)".
            Some((end + part_of_day(after), day))
        })
        .collect()
}

/// What says a day has gone by with nothing done: "Marcus promised a
/// fix by Saturday and nothing happened", „bis Freitag zugesagt, nicht
/// eingehalten".
const MISSED: &[&str] = &[
    "nothing happened",
    "nothing came",
    "nothing since",
    "missed",
    "did not happen",
    "didn't happen",
    "never came",
    "never happened",
    "has passed",
    "passed without",
    "nichts passiert",
    "nichts gekommen",
    "nicht eingehalten",
    "verstrichen",
    "ist nichts",
    "kam nichts",
];

/// Does the sentence of `text` around byte `at` say that a day has gone
/// by with nothing done? A weekday in it is left undated: the merchant
/// means the one gone by, and a date ahead would say the opposite.
fn missed_around(text: &str, at: usize) -> bool {
    const ENDS: [char; 5] = ['.', '!', '?', '\n', ';'];
    let start = text[..at].rfind(ENDS).map_or(0, |i| i + 1);
    let end = text[at..].find(ENDS).map_or(text.len(), |i| at + i);
    let sentence = text[start..end].to_lowercase();
    MISSED.iter().any(|m| sentence.contains(m))
}

/// Does `text` bound what it asks for by a time from now: a number of
/// days or weeks after "within", "in" or "innerhalb (von)", „binnen"
/// ("within 2 weeks", "in 3 working days", „innerhalb von 10 Tagen",
/// "within 24 hours")?
pub fn names_a_span(text: &str) -> bool {
    const WITHIN: &[&str] = &["within", "in", "innerhalb", "binnen"];
    const UNITS: &[&str] = &[
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "tag",
        "tage",
        "tagen",
        "woche",
        "wochen",
        "werktag",
        "werktage",
        "werktagen",
        "arbeitstag",
        "arbeitstage",
        "arbeitstagen",
        "hour",
        "hours",
        "stunde",
        "stunden",
    ];
    const NUMBERS: &[&str] = &[
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "ein", "einem", "einer", "eine", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht",
        "neun", "zehn",
    ];
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let number = |w: &str| w.chars().all(|c| c.is_ascii_digit()) || NUMBERS.contains(&w);
    words.iter().enumerate().any(|(at, unit)| {
        if !UNITS.contains(unit) || at == 0 {
            return false;
        }
        // "3 working days", "2 business days": one word between.
        let n = if number(words[at - 1]) {
            at - 1
        } else if at >= 2 && number(words[at - 2]) {
            at - 2
        } else {
            return false;
        };
        // "innerhalb von 10 Tagen": "von" after "innerhalb".
        let before = |i: usize| i.checked_sub(1).map(|i| words[i]);
        match before(n) {
            Some("von") => before(n - 1) == Some("innerhalb"),
            Some(w) => WITHIN.contains(&w),
            None => false,
        }
    })
}

/// `text` with each ISO date in it ("2026-12-05", "2026-12-05 08:12"),
/// and each date with its year typed in another form („04.12.2026",
/// "28/11/2026", US "11/25/2026"; see [`typed_date`]), written as the
/// documents write their dates ("5 Dec 2026, 08:12", „05.12.2026,
/// 08:12"), so that a letter has one form of date; a date inside a word,
/// a path or a link ("/2026-12-05/", "v2026-12-05") is left as it is, and
/// so is one that is no day or whose order of day and month is not sure
/// ("03/04/2026").
pub fn iso_written<'a>(text: &'a str, t: &dyn Messages) -> Cow<'a, str> {
    let bytes = text.as_bytes();
    let digits = |from: usize, n: usize| {
        bytes
            .get(from..from + n)
            .is_some_and(|b| b.iter().all(u8::is_ascii_digit))
    };
    let number = |from: usize, n: usize| text[from..from + n].parse::<i16>().ok();
    let mut out = String::new();
    let mut kept = 0;
    let mut at = 0;
    while at + 8 <= bytes.len() {
        let shape = at + 10 <= bytes.len()
            && digits(at, 4)
            && bytes[at + 4] == b'-'
            && digits(at + 5, 2)
            && bytes[at + 7] == b'-'
            && digits(at + 8, 2);
        let apart = |b: Option<&u8>| {
            !b.is_some_and(|b| {
                b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_' | b'.' | b'=')
            })
        };
        let before = at.checked_sub(1).and_then(|i| bytes.get(i));
        let after = bytes.get(at + 10);
        let after_ok = apart(after)
            || (after == Some(&b'.') && !bytes.get(at + 11).is_some_and(u8::is_ascii_alphanumeric));
        let iso = (shape && apart(before) && after_ok)
            .then(|| {
                Date::new(
                    number(at, 4)?,
                    number(at + 5, 2)? as i8,
                    number(at + 8, 2)? as i8,
                )
                .ok()
            })
            .flatten()
            .map(|day| (at + 10, day));
        let typed = || {
            (apart(before) && bytes[at].is_ascii_digit())
                .then(|| typed_date(&text[at..]))
                .flatten()
                .filter(|&(len, _)| {
                    let after = bytes.get(at + len);
                    apart(after)
                        || (after == Some(&b'.')
                            && !bytes
                                .get(at + len + 1)
                                .is_some_and(u8::is_ascii_alphanumeric))
                })
                .map(|(len, day)| (at + len, day))
        };
        let Some((mut end, day)) = iso.or_else(typed) else {
            at += 1;
            continue;
        };
        out.push_str(&text[kept..at]);
        out.push_str(&t.date(day));
        // A time after it: "2026-12-05 08:12" is "5 Dec 2026, 08:12".
        if bytes.get(end) == Some(&b' ')
            && digits(end + 1, 2)
            && bytes.get(end + 3) == Some(&b':')
            && digits(end + 4, 2)
            && !bytes.get(end + 6).is_some_and(u8::is_ascii_digit)
        {
            out.push_str(", ");
            out.push_str(&text[end + 1..end + 6]);
            end += 6;
        }
        kept = end;
        at = end;
    }
    if kept == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[kept..]);
    Cow::Owned(out)
}

/// The date with its year at the start of `text`, typed with full stops
/// (day first: „4.12.2026") or slashes (day first when the first number
/// is over 12, "28/11/2026", month first when the second is, "11/25/2026";
/// none when both could be the month): how many bytes it takes, and the
/// day.
fn typed_date(text: &str) -> Option<(usize, Date)> {
    let part = |s: &str| -> Option<(usize, i16)> {
        let n = s.bytes().take_while(u8::is_ascii_digit).count();
        Some((n, s.get(..n)?.parse().ok()?))
    };
    let (a_len, a) = part(text).filter(|&(n, _)| (1..=2).contains(&n))?;
    let sep = *text.as_bytes().get(a_len)?;
    if !matches!(sep, b'.' | b'/') {
        return None;
    }
    let rest = &text[a_len + 1..];
    let (b_len, b) = part(rest).filter(|&(n, _)| (1..=2).contains(&n))?;
    if rest.as_bytes().get(b_len) != Some(&sep) {
        return None;
    }
    let (y_len, year) = part(&rest[b_len + 1..]).filter(|&(n, _)| n == 4)?;
    let (day, month) = match sep {
        b'.' => (a, b),
        _ if a > 12 && b <= 12 => (a, b),
        _ if b > 12 && a <= 12 => (b, a),
        _ => return None,
    };
    let day = Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()?;
    Some((a_len + 1 + b_len + 1 + y_len, day))
}

/// Is the word `word` named in `text` (lower case) somewhere without a
/// date right after it: "by friday" is, "freitag, 11.12.2026" and "friday
/// (11 dec)" are not, as the date says which day it is.
pub fn undated_at(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let end = at + word.len();
        let before = text[..at].chars().next_back();
        let after = text[end..].chars().next();
        !before.is_some_and(char::is_alphanumeric)
            && !after.is_some_and(char::is_alphanumeric)
            && !date_follows(&text[end..])
    })
}

/// Does `after`, the text after a day's name, begin with a date: a
/// number with a dot, a slash or a dash in it ("11.12.", "12/11"), a
/// number before a word ("11 Dec"), or a month's name before a day
/// ("December 10")?
fn date_follows(after: &str) -> bool {
    // A part of the day between: "Saturday morning (5 Dec)", „Montag
    // früh, 7.12.".
    let after = &after[part_of_day(after)..];
    // "Friday, December 10": a month's name first.
    dated_at_once(after) || date_at(after, Date::ZERO).is_some()
}

/// Parts of the day, which go with a day named before them.
const PART_WORDS: &[&str] = &[
    "morning",
    "afternoon",
    "evening",
    "night",
    "noon",
    "früh",
    "morgen",
    "vormittag",
    "mittag",
    "nachmittag",
    "abend",
    "nacht",
];

/// How many bytes of `after`, the text after a day's name, the time of
/// day takes that goes with it, with the space before it: a part of the
/// day ("morning", „früh"), a clock time ("6:12am", "at 6 pm", „um
/// 6 Uhr"), or both ("morning 6:12"); none when neither follows.
fn part_of_day(after: &str) -> usize {
    let trimmed = after.trim_start_matches([' ', '\u{a0}']);
    let part = trimmed
        .split(|c: char| !c.is_alphabetic())
        .next()
        .filter(|w| !w.is_empty() && PART_WORDS.contains(&w.to_lowercase().as_str()))
        .map_or(0, |part| after.len() - trimmed.len() + part.len());
    part + clock(&after[part..])
}

/// How many bytes of `after` a clock time at its start takes, with the
/// space and the word before it ("at", „um") and its unit after it
/// ("am", „Uhr"): "6:12am", "06:00", "6 pm", "at 6:12", „um 6 Uhr".
/// A bare number ("6 orders", "5 December") is no clock time.
fn clock(after: &str) -> usize {
    const AT: &[&str] = &["at", "around", "um", "gegen", "ab"];
    // Without their last full stop, which may end the sentence.
    const UNITS: &[&str] = &["am", "pm", "a.m", "p.m", "uhr", "h"];
    // A unit's end in `word`: "a.m." keeps its full stop.
    let unit_end = |word: &str| {
        let unit = word.trim_end_matches('.');
        UNITS
            .contains(&unit.to_lowercase().as_str())
            .then(|| unit.len() + usize::from(unit.ends_with(".m") && word.len() > unit.len()))
    };
    let words: Vec<(usize, &str)> = (after.split_whitespace().take(3))
        .map(|w| (w.as_ptr() as usize - after.as_ptr() as usize, w))
        .map(|(at, w)| (at, w.trim_end_matches([',', ';', ')'])))
        .collect();
    let first = usize::from(
        words
            .first()
            .is_some_and(|(_, w)| AT.contains(&w.to_lowercase().as_str())),
    );
    let Some(&(start, word)) = words.get(first) else {
        return 0;
    };
    let digits = word
        .find(|c: char| !(c.is_ascii_digit() || c == ':'))
        .unwrap_or(word.len());
    let mut numbers = word[..digits].split(':');
    let fits = numbers.next().is_some_and(|h| (1..=2).contains(&h.len()))
        && numbers.next().is_none_or(|m| m.len() == 2)
        && numbers.next().is_none();
    if !fits {
        return 0;
    }
    if &word[digits..] == "." && word[..digits].contains(':') {
        // A clock time that ends the sentence: "heute 8:30.".
        return start + digits;
    }
    if digits < word.len() {
        // The unit in the same word: "6:12am", "6h".
        return unit_end(&word[digits..]).map_or(0, |unit| start + digits + unit);
    }
    // The unit as a word of its own: "6 pm", „6 Uhr"; none is needed
    // when the minutes are given ("06:00").
    match words
        .get(first + 1)
        .and_then(|&(at, w)| Some(at + unit_end(w)?))
    {
        Some(end) => end,
        None if word.contains(':') => start + word.len(),
        None => 0,
    }
}

/// Does `after` begin with a date itself, past a comma or a bracket?
fn dated_at_once(after: &str) -> bool {
    let mut tokens = after
        .trim_start_matches([' ', ',', '(', '\u{a0}'])
        .split_whitespace();
    let Some(first) = tokens
        .next()
        .filter(|t| t.starts_with(|c: char| c.is_ascii_digit()))
    else {
        return false;
    };
    let first = first.trim_end_matches([',', ')', ';', ':']);
    first.contains(['.', '/', '-'])
        || tokens
            .next()
            .is_some_and(|next| next.starts_with(char::is_alphabetic))
}

/// The short names of the weekdays, Monday first, as the merchant may
/// write them before a date ("Sat 6 Dec", „Fr., 10.12."). The German
/// ones of two letters only capitalised: „so", „do" are words.
const SHORT_WEEKDAYS: &[&[&str]] = &[
    &["mon", "Mo"],
    &["tue", "tues", "Di"],
    &["wed", "Mi"],
    &["thu", "thur", "thurs", "Do"],
    &["fri", "Fr"],
    &["sat", "Sa"],
    &["sun", "So"],
];

/// Does `word` name a weekday, whole or short ("Friday", "Fri", „Fr.")?
pub fn names_a_weekday(word: &str) -> bool {
    weekday_any(word.trim_end_matches('.')).is_some()
}

/// Which weekday `word` names, Monday 0, by its whole name or short.
fn weekday_any(word: &str) -> Option<i8> {
    weekday(&word.to_lowercase()).or_else(|| {
        let at = SHORT_WEEKDAYS.iter().position(|names| {
            names.iter().any(|name| {
                if name.len() == 2 {
                    *name == word
                } else {
                    name.eq_ignore_ascii_case(word)
                }
            })
        })?;
        i8::try_from(at).ok()
    })
}

/// Each weekday in `text` written against a date it does not fall on
/// ("Sat 6 Dec" when 6 Dec 2026 is a Sunday, „Freitag, 10.12." when it
/// is a Thursday): the words from the weekday to the date, and the date.
/// A date without its year is in the year that puts it nearest `today`.
/// The documents keep the date as written: a date is more likely right
/// than its weekday.
pub fn mismatched(text: &str, today: Date) -> Vec<(&str, Date)> {
    words(text)
        .into_iter()
        .filter_map(|(start, word)| {
            let named = weekday_any(word)?;
            let end = start + word.len();
            let (len, day) = date_at(&text[end..], today)?;
            let falls = day.weekday().to_monday_zero_offset();
            (falls != named).then(|| (&text[start..end + len], day))
        })
        .collect()
}

/// The date at the start of `after`, the text after a weekday, past a
/// dot, a comma or a bracket: how many bytes of `after` it ends at, and
/// the day. "10.12.", "10.12.2026", "2026-12-10", "6 Dec", "6. Dezember
/// 2026", "Dec 6, 2026".
fn date_at(after: &str, today: Date) -> Option<(usize, Date)> {
    let rest = after.trim_start_matches(['.', ' ', ',', '(', '\u{a0}']);
    let skipped = after.len() - rest.len();
    let tokens: Vec<(usize, &str)> = rest
        .split_whitespace()
        .take(3)
        .map(|w| (w.as_ptr() as usize - rest.as_ptr() as usize, w))
        .collect();
    fn bare(w: &str) -> &str {
        w.trim_end_matches([',', ')', ';', ':'])
    }
    let day_of = |w: &str| {
        let w = bare(w).trim_end_matches('.');
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let ending = &w[digits.len()..];
        ["", "st", "nd", "rd", "th"]
            .contains(&ending.to_ascii_lowercase().as_str())
            .then(|| digits.parse::<i8>().ok())
            .flatten()
            .filter(|d| (1..=31).contains(d))
    };
    let year_of = |w: Option<&(usize, &str)>| {
        w.and_then(|&(at, w)| {
            let y = bare(w).trim_end_matches('.');
            (y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()))
                .then(|| Some((at + y.len(), y.parse::<i16>().ok()?)))
                .flatten()
        })
    };
    let &(_, first) = tokens.first()?;
    let first_bare = bare(first);
    let (end, year, month, day) = if let Some(d) = Date::strptime("%Y-%m-%d", first_bare)
        .ok()
        .filter(|_| first_bare.len() == 10)
    {
        (first_bare.len(), Some(d.year()), d.month(), d.day())
    } else if first_bare.contains('.') && first_bare.starts_with(|c: char| c.is_ascii_digit()) {
        // „10.12.", „10.12.2026".
        let mut parts = first_bare.split('.');
        let day: i8 = parts.next()?.parse().ok()?;
        let month: i8 = parts.next()?.parse().ok()?;
        let year = match parts.next() {
            Some("") | None => None,
            Some(y) if y.len() == 4 => Some(y.parse::<i16>().ok()?),
            Some(y) if y.len() == 2 => Some(2000 + y.parse::<i16>().ok()?),
            Some(_) => return None,
        };
        (first_bare.len(), year, month, day)
    } else if let Some(day) = day_of(first) {
        // "6 Dec", „6. Dezember 2026".
        let &(at, word) = tokens.get(1)?;
        let month = crate::evidence::month_number(bare(word))?;
        match year_of(tokens.get(2)) {
            Some((end, year)) => (end, Some(year), month, day),
            None => (at + bare(word).len(), None, month, day),
        }
    } else {
        // "Dec 6", "December 6, 2026".
        let month = crate::evidence::month_number(bare(first))?;
        let &(at, word) = tokens.get(1)?;
        let day = day_of(word)?;
        let digits = word
            .trim_end_matches(|c: char| !c.is_ascii_alphanumeric())
            .len();
        match year_of(tokens.get(2)) {
            Some((end, year)) => (end, Some(year), month, day),
            None => (at + digits, None, month, day),
        }
    };
    let date = match year {
        Some(year) => Date::new(year, month, day).ok()?,
        None => [-1, 0, 1]
            .into_iter()
            .filter_map(|off| Date::new(today.year() + off, month, day).ok())
            .min_by_key(|d| {
                d.since(today)
                    .map_or(i64::MAX, |s| i64::from(s.get_days()).abs())
            })?,
    };
    Some((skipped + end, date))
}

/// The words of `text` with where each starts.
fn words(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices() {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                out.push((s, &text[s..at]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

/// Which weekday `lower` names, Monday 0, alone or with a part of the
/// day in the same word („Samstagabend", „Sonntagnachmittag").
fn day_named(lower: &str) -> Option<i8> {
    weekday(lower).or_else(|| {
        PART_WORDS
            .iter()
            .find_map(|part| lower.strip_suffix(part).and_then(weekday))
    })
}

/// Which weekday `lower` names, Monday 0, in either language.
fn weekday(lower: &str) -> Option<i8> {
    Lang::all().find_map(|lang| {
        let names = lang.messages().weekdays();
        let n = names.iter().position(|name| name.to_lowercase() == lower)?;
        i8::try_from(n).ok()
    })
}

/// The first day after `today` that is weekday `n` (Monday 0): none when
/// `today` is that weekday, whose name may mean today or a week later.
fn next(today: Date, n: i8) -> Option<Date> {
    let now = today.weekday().to_monday_zero_offset();
    let ahead = (n - now).rem_euclid(7);
    (ahead != 0)
        .then(|| {
            today
                .checked_add(jiff::Span::new().days(i64::from(ahead)))
                .ok()
        })
        .flatten()
}

/// The day a text that tells what happened names by its weekday ("on
/// Saturday evening", „am Samstagabend", „Samstag abend"): the words
/// that name it, with a part of the day after or in it, and its date,
/// the last such weekday before `today` (none when it is today's).
pub fn weekday_back(text: &str, today: Date) -> Option<(&str, Date)> {
    words(text).into_iter().find_map(|(start, word)| {
        let lower = word.to_lowercase();
        let n = day_named(&lower)?;
        let day = last(today, n)?;
        let end = start + word.len();
        let end = end + part_of_day(&text[end..]);
        Some((&text[start..end], day))
    })
}

/// The last day before `today` that is weekday `n` (Monday 0): none when
/// `today` is that weekday, whose name may mean today or a week before.
fn last(today: Date, n: i8) -> Option<Date> {
    let now = today.weekday().to_monday_zero_offset();
    let back = (now - n).rem_euclid(7);
    (back != 0)
        .then(|| {
            today
                .checked_sub(jiff::Span::new().days(i64::from(back)))
                .ok()
        })
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_deadline_in_words_gets_its_date_across_a_month_and_a_year_end() {
        let (en, de) = (Lang::En.messages(), Lang::De.messages());
        // Monday 7 Dec 2026, Monday 28 Dec 2026 and Friday 29 Jan 2027.
        let (dec, year_end, jan) = (date(2026, 12, 7), date(2026, 12, 28), date(2027, 1, 29));
        for (text, today, t, want) in [
            (
                "fixed by the end of next week",
                dec,
                en,
                "fixed by the end of next week (Fri 18 Dec 2026)",
            ),
            (
                "fixed by the end of next week",
                year_end,
                en,
                "fixed by the end of next week (Fri 8 Jan 2027)",
            ),
            (
                "live before Christmas, please",
                dec,
                en,
                "live before Christmas (by Wed 23 Dec 2026), please",
            ),
            (
                "Fixed by end of the month.",
                jan,
                en,
                "Fixed by end of the month (Fri 29 Jan 2027).",
            ),
            (
                "in two weeks",
                year_end,
                en,
                "in two weeks (Mon 11 Jan 2027)",
            ),
            (
                "within 10 days",
                year_end,
                en,
                "within 10 days (by Thu 7 Jan 2027)",
            ),
            (
                "within 3 working days",
                dec,
                en,
                "within 3 working days (by Thu 10 Dec 2026)",
            ),
            (
                "Relaunch vor Weihnachten",
                dec,
                de,
                "Relaunch vor Weihnachten (bis Mi., 23.12.2026)",
            ),
            (
                "bis Ende nächster Woche",
                year_end,
                de,
                "bis Ende nächster Woche (Fr., 08.01.2027)",
            ),
            (
                "bis Monatsende",
                jan,
                de,
                "bis Monatsende (Fr., 29.01.2027)",
            ),
            (
                "bis Monatsende",
                year_end,
                de,
                "bis Monatsende (Do., 31.12.2026)",
            ),
            (
                "in zwei Wochen",
                dec,
                de,
                "in zwei Wochen (Mo., 21.12.2026)",
            ),
            (
                "Go-live nach Neujahr",
                dec,
                de,
                "Go-live nach Neujahr (ab Mo., 04.01.2027)",
            ),
            (
                "innerhalb von 10 Tagen",
                year_end,
                de,
                "innerhalb von 10 Tagen (bis Do., 07.01.2027)",
            ),
        ] {
            assert_eq!(dated(text, today, false, t), want, "{today}");
            assert!(names_a_deadline(text), "{text}");
        }
    }

    #[test]
    fn a_vague_time_a_past_one_or_one_told_without_a_word_ahead_stays_as_written() {
        let today = date(2026, 12, 7);
        let t = Lang::En.messages();
        for text in [
            "soon",
            "asap",
            "zeitnah",
            "next week",
            "end of the weekend",
            "we lost 300 orders in the Christmas rush",
            "live before the Christmas rush",
            "fixed by New Year's Eve",
            "before Christmas shutdown",
            "by the end of next week, 18 Dec",
        ] {
            assert_eq!(dated(text, today, false, t), text);
        }
        assert!(!names_a_deadline("zeitnah"));
        // Told: what was promised "in two weeks" is no deadline of ours.
        let told = "They said in two weeks it would work.";
        assert_eq!(dated(told, today, true, t), told);
        assert_eq!(
            dated("I need it by the end of the month.", today, true, t),
            "I need it by the end of the month (Thu 31 Dec 2026)."
        );
        // The end of the week, said on a Saturday, has gone by.
        assert_eq!(
            dated("end of the week", date(2026, 12, 12), false, t),
            "end of the week"
        );
    }

    #[test]
    fn a_weekday_against_a_date_it_does_not_fall_on_is_found_and_a_right_one_is_not() {
        let today = date(2026, 12, 7);
        for (text, words, day) in [
            (
                "down since Sat 6 Dec, no orders",
                "Sat 6 Dec",
                date(2026, 12, 6),
            ),
            (
                "bis Freitag, 10.12. bitte",
                "Freitag, 10.12.",
                date(2026, 12, 10),
            ),
            (
                "by Friday 10 December 2026",
                "Friday 10 December 2026",
                date(2026, 12, 10),
            ),
            ("am Mo., 04.01.2026", "Mo., 04.01.2026", date(2026, 1, 4)),
            (
                "call on Wednesday, Jan 7",
                "Wednesday, Jan 7",
                date(2027, 1, 7),
            ),
        ] {
            assert_eq!(mismatched(text, today), vec![(words, day)], "{text}");
        }
        for text in [
            "down since Sun 6 Dec",
            "bis Donnerstag, 10.12.",
            "by Friday (11 Dec 2026)",
            "so 10.12. geht es nicht",
            "Saturday, 3 tickets",
        ] {
            assert!(mismatched(text, today).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_weekday_told_is_the_last_one_with_its_part_of_the_day() {
        // A Monday.
        let today = date(2026, 12, 7);
        assert_eq!(
            weekday_back("Called their MD on Saturday evening, no callback.", today),
            Some(("Saturday evening", date(2026, 12, 5)))
        );
        assert_eq!(
            weekday_back("Samstagabend angerufen", today),
            Some(("Samstagabend", date(2026, 12, 5)))
        );
        assert_eq!(weekday_back("Called him today", today), None);
        assert_eq!(weekday_back("Called him on Monday", today), None);
    }

    #[test]
    fn an_iso_date_is_written_as_the_documents_write_theirs_and_no_other_number_is() {
        let (en, de) = (Lang::En.messages(), Lang::De.messages());
        assert_eq!(
            iso_written("P1 ticket opened 2026-12-05 08:12, still New", en),
            "P1 ticket opened 5 Dec 2026, 08:12, still New"
        );
        assert_eq!(
            iso_written("Bestellungen vom 2026-12-01.", de),
            "Bestellungen vom 01.12.2026."
        );
        for kept in [
            "SOW 2026-031 section 4",
            "https://x.example/2026-12-05/log",
            "build-2026-12-05",
            "2026-13-45 is no day",
            "release 2026-12-05-rc1",
        ] {
            assert_eq!(iso_written(kept, en), kept);
        }
    }

    #[test]
    fn a_weekday_is_the_next_one_across_a_week_and_a_month_end() {
        let t = Lang::En.messages();
        // Monday 7 Dec 2026 to Sunday 3 Jan 2027, every day of the week.
        for (today, friday) in [
            (date(2026, 12, 7), Some(date(2026, 12, 11))),
            (date(2026, 12, 10), Some(date(2026, 12, 11))),
            // Said on a Friday: the one a week ahead.
            (date(2026, 12, 11), Some(date(2026, 12, 18))),
            (date(2026, 12, 12), Some(date(2026, 12, 18))),
            (date(2026, 12, 29), Some(date(2027, 1, 1))),
            (date(2027, 1, 3), Some(date(2027, 1, 8))),
        ] {
            assert_eq!(
                first("Fixed by Friday at the latest", today, false).map(|(_, d)| d),
                friday,
                "{today}"
            );
            let said = dated("fixed by friday", today, false, t);
            match friday {
                Some(d) => assert_eq!(said, format!("fixed by friday ({})", t.date(d))),
                None => assert_eq!(said, "fixed by friday"),
            }
        }
    }

    #[test]
    fn today_and_tomorrow_in_either_language_and_the_language_of_the_run() {
        let today = date(2026, 12, 31);
        let de = Lang::De.messages();
        let en = Lang::En.messages();
        assert_eq!(
            dated("Shop heute wieder online", today, false, de),
            "Shop heute (31.12.2026) wieder online"
        );
        assert_eq!(
            dated("bis morgen, bitte", today, false, de),
            "bis morgen (01.01.2027), bitte"
        );
        assert_eq!(
            dated("Checkout working again today.", today, false, en),
            "Checkout working again today (31 Dec 2026)."
        );
        assert_eq!(
            dated("bis Montag", today, false, en),
            "bis Montag (4 Jan 2027)"
        );
    }

    #[test]
    fn a_deadline_in_words_is_dated_by_the_date_at_risk_when_that_is_earlier() {
        let today = date(2026, 12, 7);
        let t = Lang::En.messages();
        let text = "fast again before Christmas";
        assert_eq!(
            dated_before(text, today, false, Some(date(2026, 12, 18)), t),
            "fast again before Christmas (by Fri 18 Dec 2026)"
        );
        // A later date at risk, or one gone by, leaves the deadline's own.
        for at_risk in [date(2026, 12, 31), date(2026, 12, 1)] {
            assert_eq!(
                dated_before(text, today, false, Some(at_risk), t),
                "fast again before Christmas (by Wed 23 Dec 2026)"
            );
        }
    }

    #[test]
    fn a_date_typed_in_another_form_is_written_as_the_documents_write_theirs() {
        let (en, de) = (Lang::En.messages(), Lang::De.messages());
        for (text, want) in [
            (
                "P1 opened 04.12.2026 08:12, still New",
                "P1 opened 4 Dec 2026, 08:12, still New",
            ),
            ("email of 28/11/2026.", "email of 28 Nov 2026."),
            (
                "Slack message of 11/25/2026",
                "Slack message of 25 Nov 2026",
            ),
            // Either number could be the month: left as typed.
            ("call on 03/04/2026", "call on 03/04/2026"),
            (
                "release 2.4.2026.1 and v1.2.2026",
                "release 2.4.2026.1 and v1.2.2026",
            ),
            ("see /docs/28/11/2026/x", "see /docs/28/11/2026/x"),
        ] {
            assert_eq!(iso_written(text, en), want);
        }
        assert_eq!(
            iso_written("Mail vom 4.12.2026 9:05 und 28/11/2026", de),
            "Mail vom 04.12.2026 9:05 und 28.11.2026"
        );
    }

    #[test]
    fn a_part_of_the_day_in_one_word_with_its_day_or_of_today_is_dated() {
        // Monday 7 Dec 2026.
        let today = date(2026, 12, 7);
        let (en, de) = (Lang::En.messages(), Lang::De.messages());
        for (text, want) in [
            (
                "Seit Sonntagnachmittag geht nichts",
                "Seit Sonntagnachmittag (06.12.2026) geht nichts",
            ),
            (
                "seit Samstagabend keine Zahlung",
                "seit Samstagabend (05.12.2026) keine Zahlung",
            ),
            (
                "Mail geschickt heute Morgen, keine Antwort",
                "Mail geschickt heute Morgen (07.12.2026), keine Antwort",
            ),
            (
                "SLA eingefordert, heute 8:30.",
                "SLA eingefordert, heute 8:30 (07.12.2026).",
            ),
        ] {
            assert_eq!(dated(text, today, false, de), want);
            assert_eq!(dated(text, today, true, de), want);
        }
        assert_eq!(
            dated(
                "Wir haben per Mail die 4h-SLA eingefordert, heute 8:30.",
                today,
                true,
                de
            ),
            "Wir haben per Mail die 4h-SLA eingefordert, heute 8:30 (07.12.2026)."
        );
        for (text, want) in [
            (
                "down since Sunday afternoon",
                "down since Sunday afternoon (6 Dec 2026)",
            ),
            (
                "down since Friday night, no orders",
                "down since Friday night (4 Dec 2026), no orders",
            ),
            (
                "I called this morning, no answer",
                "I called this morning (7 Dec 2026), no answer",
            ),
        ] {
            assert_eq!(dated(text, today, false, en), want);
        }
    }

    #[test]
    fn a_part_of_the_day_goes_with_its_day_and_a_date_after_it_is_kept() {
        let today = date(2026, 12, 7);
        let t = Lang::En.messages();
        let text = "Since Saturday morning (5 Dec) checkout fails.";
        assert_eq!(dated(text, today, false, t), text);
        let de = "Seit Samstag früh, 5.12., geht nichts.";
        assert_eq!(dated(de, today, false, Lang::De.messages()), de);
        assert_eq!(
            dated("Since Saturday morning checkout fails.", today, false, t),
            "Since Saturday morning (5 Dec 2026) checkout fails."
        );
        assert_eq!(
            dated("bis Dienstag morgen", today, false, Lang::De.messages()),
            "bis Dienstag morgen (08.12.2026)"
        );
    }

    #[test]
    fn a_day_said_to_have_gone_by_with_nothing_done_is_left_undated() {
        // A Monday.
        let today = date(2026, 12, 7);
        let (en, de) = (Lang::En.messages(), Lang::De.messages());
        let past = "Marcus promised a fix by Saturday and nothing happened.";
        assert_eq!(dated(past, today, false, en), past);
        let past = "Den Fix bis Freitag hat er zugesagt, es ist nichts passiert.";
        assert_eq!(dated(past, today, false, de), past);
        // The next sentence looks ahead again.
        assert_eq!(
            dated("Nothing happened. I need it by Friday.", today, false, en),
            "Nothing happened. I need it by Friday (11 Dec 2026)."
        );
    }

    #[test]
    fn a_deadline_on_todays_weekday_is_the_one_a_week_ahead() {
        // A Monday.
        let today = date(2026, 12, 7);
        let (en, de) = (Lang::En.messages(), Lang::De.messages());
        assert_eq!(
            dated(
                "If nothing happens by Monday, we stop paying.",
                today,
                false,
                en
            ),
            "If nothing happens by Monday (14 Dec 2026), we stop paying."
        );
        assert_eq!(
            dated("Checkout unter 3 Sekunden bis Montag", today, false, de),
            "Checkout unter 3 Sekunden bis Montag (14.12.2026)"
        );
        // Without a word that looks ahead, today's weekday stays as written.
        let plain = "The call on Monday went badly.";
        assert_eq!(dated(plain, today, false, en), plain);
    }

    #[test]
    fn a_clock_time_goes_with_its_day_and_a_bare_number_does_not() {
        let today = date(2026, 12, 7);
        let (en, de) = (Lang::En.messages(), Lang::De.messages());
        for (text, want) in [
            (
                "0 orders since Saturday 6:12am (normally 300)",
                "0 orders since Saturday 6:12am (5 Dec 2026) (normally 300)",
            ),
            (
                "down since Saturday at 6 p.m. and still",
                "down since Saturday at 6 p.m. (5 Dec 2026) and still",
            ),
            (
                "since Saturday morning 06:00, nothing",
                "since Saturday morning 06:00 (5 Dec 2026), nothing",
            ),
            ("since Saturday 6am.", "since Saturday 6am (5 Dec 2026)."),
            (
                "since Saturday 5 December it fails",
                "since Saturday 5 December it fails",
            ),
        ] {
            assert_eq!(dated(text, today, false, en), want);
        }
        assert_eq!(
            dated("seit Samstag um 6 Uhr geht nichts", today, false, de),
            "seit Samstag um 6 Uhr (05.12.2026) geht nichts"
        );
    }

    #[test]
    fn each_day_in_a_text_gets_its_date_not_only_the_first() {
        let today = date(2026, 12, 7);
        let t = Lang::En.messages();
        assert_eq!(
            dated(
                "Checkout working again today, and a root cause by Wednesday.",
                today,
                false,
                t
            ),
            "Checkout working again today (7 Dec 2026), and a root cause by Wednesday (9 Dec 2026)."
        );
        assert_eq!(
            dated(
                "heute ein Plan, bis Freitag die Lösung",
                today,
                false,
                Lang::De.messages()
            ),
            "heute (07.12.2026) ein Plan, bis Freitag (11.12.2026) die Lösung"
        );
    }

    #[test]
    fn a_day_looking_back_dated_already_or_a_range_is_left_as_written() {
        let today = date(2026, 12, 7);
        let t = Lang::En.messages();
        for text in [
            "down since Saturday 5 Dec, fixed next week",
            "seit letzten Freitag, am Morgen",
            "by Friday, 11 Dec",
            "bis Freitag (11.12.)",
            "by Friday, December 11",
            "this week",
            "a Fridayish fix",
            "live before Black Friday, or Cyber Monday",
            "roll back the Friday deployment if they can't fix it",
            "das Deployment vom Freitag zurückrollen",
        ] {
            assert_eq!(dated(text, today, false, t), text);
        }
        // What happened is told with weekdays too: only one after a
        // word looking ahead is dated there.
        assert_eq!(
            dated("On Monday you promised a fix by Friday.", today, true, t),
            "On Monday you promised a fix by Friday (11 Dec 2026)."
        );
        assert_eq!(
            dated("On Monday you promised it.", today, true, t),
            "On Monday you promised it."
        );
    }

    #[test]
    fn a_weekday_after_since_or_opened_is_the_last_one_before_today() {
        // Monday 7 Dec 2026.
        let today = date(2026, 12, 7);
        let t = Lang::En.messages();
        assert_eq!(
            dated("case 0123456 opened Sunday, priority 1", today, false, t),
            "case 0123456 opened Sunday (6 Dec 2026), priority 1"
        );
        assert_eq!(
            dated("down since Saturday", today, true, t),
            "down since Saturday (5 Dec 2026)"
        );
        let de = Lang::De.messages();
        assert_eq!(
            dated("seit Mittwoch langsam", today, false, de),
            "seit Mittwoch (02.12.2026) langsam"
        );
        // A number after the word is no date.
        assert_eq!(
            dated("Stand heute 40 %", today, true, de),
            "Stand heute (07.12.2026) 40 %"
        );
        // Today's own name may mean today or a week before.
        assert_eq!(dated("since Monday", today, false, t), "since Monday");
    }
}
