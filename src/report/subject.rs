//! The subject line of the brief and of the note to the partner, and the
//! urgency the brief's opening sentence says with it.
//!
//! A subject says whose account it is, what is broken and how urgent it
//! is, within [`SUBJECT_MAX`] characters. The account is named by one
//! rule everywhere: the company's name without its legal form, whole,
//! never cut (a CSM files mail by it); the other parts give way first.
//! What is broken is the merchant's few words when given, else the
//! severity's. How urgent: for a live shop that is down, since which day
//! (when the problem says so); else the date at risk, named by what
//! happens then, "blocked" only when it is close (a go-live weeks away is
//! at risk), "missed" once it has passed; never a count of the days left,
//! which is wrong once the mail waits a day.

use super::case::Case;
use super::names;
use super::note::By;
use crate::i18n::Messages;
use jiff::civil::Date;

/// The longest subject, in characters: what an inbox shows in full.
pub const SUBJECT_MAX: usize = 78;

/// A date at risk this many working days away or fewer is close: a
/// sentence names its weekday, and a blocked launch is called blocked.
const CLOSE: u32 = 5;

/// Where a date at risk stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Risk {
    AtRisk,
    /// A launch blocked, with its date close.
    Blocked,
    Missed,
}

/// The date at risk, worded for a subject or a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Urgent<'a> {
    /// What happens on that date, in the merchant's words (or the
    /// language's "go-live" for a blocked launch).
    pub what: Option<&'a str>,
    /// The date, as the language writes it.
    pub day: String,
    /// The working days left, when the date is close and still ahead.
    pub left: Option<u32>,
    pub risk: Risk,
    /// The date itself.
    pub date: Date,
}

impl Urgent<'_> {
    /// The date as a sentence says it: with its weekday when it is close,
    /// which stays true after the day it is sent, as a count of the days
    /// left does not.
    pub fn dated(&self, t: &dyn Messages) -> String {
        match self.left {
            Some(_) => t.weekday_date(self.date),
            None => self.day.clone(),
        }
    }
}

/// The working days after `today` up to and including `day`: from a
/// Wednesday to the Friday, two.
pub fn working_days_left(today: Date, day: Date) -> Option<u32> {
    // The holidays the response window skips, too.
    let calendar = crate::checklist::holidays::Calendar::of_run();
    if day < today {
        return None;
    }
    let mut n = 0;
    let mut d = today;
    while d < day {
        d = d.tomorrow().ok()?;
        if calendar.is_working_day(d) {
            n += 1;
        }
        if n > CLOSE {
            return Some(n);
        }
    }
    Some(n)
}

/// The date at risk of `case`, as of `today`, with `day` wording it.
pub fn urgent<'a>(
    case: &Case<'a>,
    today: Option<Date>,
    t: &dyn Messages,
    day: impl Fn(Date) -> String,
) -> Option<Urgent<'a>> {
    let at = case.deadline?;
    let left = today.and_then(|today| working_days_left(today, at));
    let close = left.filter(|&n| n <= CLOSE);
    let launch = case.severity_value == Some("launch-blocked");
    let risk = match left {
        None if today.is_some() => Risk::Missed,
        _ if launch && close.is_some() => Risk::Blocked,
        _ => Risk::AtRisk,
    };
    let what = case
        .deadline_what
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .or_else(|| launch.then(|| t.go_live()));
    Some(Urgent {
        what,
        day: day(at),
        left: close.filter(|_| risk != Risk::Missed),
        risk,
        date: at,
    })
}

/// The day the problem of a live shop that is down started, when its
/// text says so ("since 19 Nov", "seit dem 19.11.", "since … today"), on
/// or before `today`.
pub fn down_since(case: &Case, today: Date, t: &dyn Messages) -> Option<Date> {
    if case.severity_value != Some("live-down") {
        return None;
    }
    started(case.problem?, today, t)
}

/// The day `text` says something started: a date within the few words
/// after "since", "seit" or "started".
fn started(text: &str, today: Date, t: &dyn Messages) -> Option<Date> {
    const MARKS: &[&str] = &["since", "seit", "started", "began", "begann", "starting"];
    const AFTER: usize = 8;
    let words: Vec<&str> = text.split_whitespace().collect();
    fn trim(w: &str) -> &str {
        w.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | ';' | ':' | '!'))
    }
    for (at, word) in words.iter().enumerate() {
        if !MARKS.contains(&trim(word).to_lowercase().as_str()) {
            continue;
        }
        let after = &words[at + 1..words.len().min(at + 1 + AFTER)];
        for start in 0..after.len() {
            for len in (1..=3).rev() {
                let Some(run) = after.get(start..start + len) else {
                    continue;
                };
                let run: Vec<&str> = run.iter().map(|w| trim(w)).collect();
                // The first date named after the word is the day, if it
                // has come.
                if let Some(day) = date_in(&run.join(" "), today, t) {
                    return Some(day).filter(|&day| day <= today);
                }
            }
        }
    }
    None
}

/// `text` as a day, typed as a person types one (without a year, the
/// latest such day up to `today`);
/// a version number ("2.4") is not a date, a day with a dot after it
/// ("19.11.") is.
fn date_in(text: &str, today: Date, t: &dyn Messages) -> Option<Date> {
    let dotted_pair = text.split('.').filter(|p| !p.is_empty()).count() == 2;
    if text.contains('.') && dotted_pair && !text.ends_with('.') {
        return None;
    }
    let (y, m, d) = crate::clock::spoken_date(text, today, false, std::iter::once(t.date_words()))?;
    Date::new(y, m, d).ok()
}

/// Does `what`, what happens on a date, name a launch ("the relaunch",
/// "go-live", „Livegang")?
pub fn names_a_launch(what: &str) -> bool {
    const LAUNCH: &[&str] = &[
        "launch",
        "go-live",
        "golive",
        "go live",
        "release",
        "livegang",
        "start",
        "opening",
        "eröffnung",
    ];
    let lower = what.to_lowercase();
    LAUNCH.iter().any(|word| lower.contains(word))
}

/// The account's name, as every subject says it: the merchant's company
/// without its legal form, whole, when what is left stands as a name;
/// with it when the last word leans on it ("Alpenwelt Handels GmbH",
/// whose "Handels" is a genitive of "Handelsgesellschaft").
pub fn account(name: &str) -> String {
    let name = names::company(name);
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let short = names::without_legal_form(&name);
    if short.len() < name.len() && leans_on_legal_form(short) {
        return name;
    }
    short.to_owned()
}

/// Whether the last word of a company's name cut from its legal form
/// only joins it: a German linking form ("Handels", "Vertriebs",
/// "Verwaltungs", "Produktions"), a hyphen ("Bau-") or a conjunction.
fn leans_on_legal_form(short: &str) -> bool {
    const LINKING: &[&str] = &[
        "handels", "triebs", "ungs", "tions", "lags", "gens", "schafts", "heits", "keits", "täts",
        "dienst",
    ];
    let last = short.split_whitespace().last().unwrap_or_default();
    let lower = last.to_lowercase();
    last.ends_with('-')
        || ["und", "&", "and", "+"].contains(&lower.as_str())
        || (last.starts_with(char::is_uppercase) && LINKING.iter().any(|end| lower.ends_with(end)))
}

/// What is broken, in a few words: the merchant's own, else the
/// severity's for a shipped option (none for a blocked launch whose date
/// says it, or a shop that is down, whose part says it).
pub(super) fn topic(case: &Case, t: &dyn Messages) -> Option<String> {
    if let Some(own) = case.topic.map(str::trim).filter(|s| !s.is_empty()) {
        return Some(names::name_words(own).join(" ")).filter(|s| !s.is_empty());
    }
    let value = case.severity_value?;
    if value == "launch-blocked" && case.deadline.is_some() {
        return None;
    }
    t.severity_topic(value, case.live_shop()).map(str::to_owned)
}

/// What the note is about when nothing says what is broken: the project,
/// without what its brackets say.
fn project(case: &Case) -> Option<String> {
    let plain = names::name_words(case.project?).join(" ");
    (!plain.is_empty()).then_some(plain)
}

/// The parts of a subject after the account's name, in order of
/// preference, each with whether it says all there is to say (what is
/// broken and the whole date at risk); the first that fits is taken.
fn middles(
    case: &Case,
    today: Option<Date>,
    t: &dyn Messages,
    fallback: Option<String>,
    note: bool,
) -> Vec<(Vec<String>, bool)> {
    let short = |d: Date| short_date(d, today, t);
    let mut urgent = urgent(case, today, t, short);
    // The brief says the launch is blocked: a date that is only at risk
    // is not named a launch again ("launch blocked – 11 Jan at risk").
    if let Some(u) = urgent.as_mut().filter(|u| {
        !note
            && case.severity_value == Some("launch-blocked")
            && u.risk != Risk::Blocked
            && u.what.is_some_and(names_a_launch)
    }) {
        u.what = None;
    }
    let full = urgent.as_ref().map(|u| t.subject_urgent(u));
    // Without the merchant's words on what happens then, a blocked launch
    // still names its go-live: "10 Dec blocked" says less than "go-live
    // 10 Dec blocked", and would have the severity said again before it.
    let unnamed = |u: &Urgent| (u.risk == Risk::Blocked).then(|| t.go_live());
    let nameless = urgent.as_ref().filter(|u| u.what.is_some()).map(|u| {
        t.subject_urgent(&Urgent {
            what: unnamed(u),
            ..u.clone()
        })
    });
    let bare = urgent.as_ref().filter(|u| u.left.is_some()).map(|u| {
        t.subject_urgent(&Urgent {
            what: unnamed(u),
            left: None,
            ..u.clone()
        })
    });
    let topic = topic(case, t).or(fallback);
    let since = today
        .and_then(|today| down_since(case, today, t))
        .map(short);
    let down = case.severity_value == Some("live-down");
    // A shop that is down: what is broken (else that it is down), since
    // when; the date at risk matters less than that.
    let lead = |topic: Option<String>| -> Option<String> {
        let topic = topic.or_else(|| {
            down.then(|| {
                t.severity_topic("live-down", case.live_shop())
                    .unwrap_or_default()
                    .to_owned()
            })
        })?;
        Some(match (&since, down) {
            (Some(since), true) => t.subject_since(&topic, since),
            _ => topic,
        })
    };
    let lead_topic = lead(topic.clone());
    let mut out: Vec<(Vec<Option<String>>, bool)> = Vec::new();
    let whole = lead_topic.is_some() || down;
    // The brief's parts say how severe, the note's as they are.
    let severe_as = |lead: Option<&str>, parts: Vec<Option<String>>| {
        if note {
            parts
        } else {
            severe(case, t, lead, since.as_deref(), parts)
        }
    };
    let severe = |parts: Vec<Option<String>>| severe_as(lead_topic.as_deref(), parts);
    if down {
        for urgency in [&full, &bare] {
            out.push((severe(vec![lead_topic.clone(), urgency.clone()]), true));
        }
        out.push((severe(vec![lead_topic.clone()]), whole));
    }
    // The note: what is broken first, with as much of the date at risk as
    // fits, then alone; how urgent only when what is broken does not fit.
    // The severity's stock words give way to a date named by what happens
    // then. A part that does not fit is left out whole.
    if note {
        let own = case.topic.is_some_and(|t| !t.trim().is_empty()) || down;
        out.push((vec![lead_topic.clone(), full.clone()], true));
        let named = urgent.as_ref().is_some_and(|u| u.what.is_some());
        if !own && named {
            out.push((vec![full.clone()], true));
        }
        for urgency in [&nameless, &bare] {
            out.push((vec![lead_topic.clone(), urgency.clone()], true));
        }
        out.push((vec![lead_topic.clone()], true));
        // The merchant's words on what is broken never give way to the
        // date: without the day it went down, then cut at a word.
        if case.topic.is_some_and(|t| !t.trim().is_empty()) {
            out.push((vec![topic.clone()], true));
            let own = case.topic.map(names::name_words).unwrap_or_default();
            for keep in (1..own.len()).rev() {
                if cuts_at(&own, keep) {
                    out.push((
                        vec![Some(format!("{}\u{2026}", own[..keep].join(" ")))],
                        true,
                    ));
                }
            }
        }
        for urgency in [&full, &nameless, &bare] {
            out.push((vec![urgency.clone()], true));
        }
        out.push((vec![], true));
        return complete(out);
    }
    // The brief: how severe is always said, in the severity's words or
    // the merchant's own when they say it, and the date at risk whenever
    // there is one. What is broken in the merchant's words gives way
    // first, then what happens on the date, then the days left; the
    // severity and the date never.
    let named = urgent.as_ref().filter(|u| u.left.is_some()).map(|u| {
        t.subject_urgent(&Urgent {
            left: None,
            ..u.clone()
        })
    });
    let dated = [&full, &named, &nameless, &bare];
    for (n, urgency) in dated.iter().enumerate() {
        out.push((severe(vec![lead_topic.clone(), (*urgency).clone()]), n < 2));
    }
    // Merchant's words that say what befalls the shop ("sehr langsam",
    // "checkout down") say how severe it is: whole, without the
    // severity's noun before them, rather than cut before the word that
    // says it.
    let predicate = case
        .severity_value
        .zip(lead_topic.as_deref())
        .is_some_and(|(value, lead)| says_predicate(value, lead));
    if predicate {
        for urgency in [&nameless, &bare] {
            out.push((vec![lead_topic.clone(), urgency.clone()], false));
        }
        if urgent.is_none() {
            out.push((vec![lead_topic.clone()], false));
        }
    }
    // The merchant's words on what is broken, whole, rather than the
    // severity's stock words in their place: with the date in its fewest
    // words ("orders not reaching SAP – 18 Dec at risk", „SAP-Schnittstelle
    // – 15.01.2027 gefährdet"), else the date alone ("… – 18 Dec"); the
    // severity is said by the first line.
    if !down && urgent.is_some() && case.topic.is_some_and(|own| !own.trim().is_empty()) {
        let fewest = urgent.as_ref().map(|u| {
            t.subject_urgent(&Urgent {
                what: None,
                left: None,
                ..u.clone()
            })
        });
        // Else the date alone: what is broken says why it matters.
        let day = urgent.as_ref().map(|u| u.day.clone());
        for urgency in [&nameless, &bare, &fewest, &day] {
            out.push((vec![lead_topic.clone(), urgency.clone()], false));
        }
    }
    // With no date at risk, the merchant's words whole rather than cut
    // after the severity's.
    if !down && urgent.is_none() && case.topic.is_some_and(|own| !own.trim().is_empty()) {
        out.push((vec![lead_topic.clone()], false));
    }
    // Then the tail of the merchant's words, with the date in its fewest
    // words, before all of them.
    let own = case.topic.map(names::name_words).unwrap_or_default();
    // Down to its first word rather than none of it.
    let fewest = if down { 2 } else { 1 };
    for keep in (fewest..own.len()).rev() {
        if !cuts_at(&own, keep) {
            continue;
        }
        let cut = lead(Some(format!("{}\u{2026}", own[..keep].join(" "))));
        // The severity's words give way before the merchant's are cut.
        let plain = |parts: Vec<Option<String>>| {
            if down {
                severe_as(cut.as_deref(), parts)
            } else {
                parts
            }
        };
        for urgency in [&nameless, &bare, &urgent.as_ref().map(|u| u.day.clone())] {
            out.push((plain(vec![cut.clone(), urgency.clone()]), false));
        }
        if urgent.is_none() {
            out.push((plain(vec![cut.clone()]), false));
        }
    }
    // What is broken given way: the severity's short words say it (since
    // the day a shop went down), unless the date's words say it already.
    for urgency in dated {
        out.push((severe(vec![urgency.clone()]), false));
    }
    if urgent.is_none() {
        out.push((severe(vec![lead_topic.clone()]), whole));
        out.push((severe(vec![]), false));
    }
    // A shop that is down with a date at risk and no room for both: the
    // date, and the day it went down given way.
    if down {
        let tag = t
            .severity_tag(crate::checklist::LIVE_DOWN)
            .map(str::to_owned);
        for urgency in [&full, &nameless, &bare] {
            out.push((vec![tag.clone(), urgency.clone()], false));
        }
    }
    // A subject that cannot hold both, for a name that leaves no room.
    for urgency in [&full, &bare] {
        out.push((severe(vec![urgency.clone()]), false));
    }
    out.push((vec![lead_topic.clone()], false));
    out.push((vec![], false));
    complete(out)
}

/// Does `word` lead on ("and", "on", „und"), or turn what follows round
/// ("not", „nicht"), so that a cut never ends on it: "connector not…"
/// says neither what fails nor that anything does?
fn leads_on(word: &str) -> bool {
    const LEADS_ON: &[&str] = &[
        "and", "or", "the", "a", "an", "on", "at", "in", "of", "for", "with", "to", "after", "und",
        "oder", "der", "die", "das", "ein", "eine", "im", "am", "bei", "mit", "nach", "für",
        "seit", "von", "zu", "since", "from", "by", "über", "not", "no", "never", "cannot",
        "can't", "won't", "doesn't", "isn't", "aren't", "don't", "nicht", "kein", "keine", "nie",
        "ohne", "without",
    ];
    LEADS_ON.contains(&word.to_lowercase().as_str())
}

/// Can the merchant's words `own` on what is broken be cut after the
/// first `keep`: not before a word a cut never ends on, and not when they
/// end on the particle of a German verb split in two („kommen nicht in
/// SAP an"), whose meaning a cut before it loses, unless the cut keeps
/// only the first word, before any verb.
fn cuts_at(own: &[String], keep: usize) -> bool {
    const PARTICLES: &[&str] = &[
        "an", "auf", "aus", "ab", "ein", "mit", "vor", "zurück", "los", "fest", "weg", "durch",
        "hoch", "zu", "herunter", "hinzu", "heraus",
    ];
    let split = own.len() > 2
        && own.last().is_some_and(|w| {
            let w = w.trim_end_matches(['.', '!', ',']).to_lowercase();
            PARTICLES.contains(&w.as_str())
        });
    !leads_on(&own[keep - 1]) && (!split || keep == 1)
}

/// `parts` of a brief's subject that say how severe the case is: as
/// they are when their words say it (the severity's short or long words,
/// "go-live 1 Dec blocked"), else with the severity's short words before
/// what is broken (`lead`, "shop down: payment timeouts") or before all
/// (with the day a shop went down, `since`).
fn severe(
    case: &Case,
    t: &dyn Messages,
    lead: Option<&str>,
    since: Option<&str>,
    mut parts: Vec<Option<String>>,
) -> Vec<Option<String>> {
    let Some(value) = case.severity_value else {
        return parts;
    };
    let Some(tag) = t.severity_tag(value) else {
        return parts;
    };
    let said = parts
        .iter()
        .flatten()
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    if says_severity(value, &said, t) {
        return parts;
    }
    match parts.first_mut() {
        Some(Some(first)) if lead == Some(first.as_str()) => {
            if let Some(before) = severity_before(value, first, case.live_shop(), tag, t) {
                *first = format!("{before}: {first}");
            }
        }
        _ => {
            let since = since.filter(|_| value == crate::checklist::LIVE_DOWN);
            let tag = since.map_or_else(|| tag.to_owned(), |since| t.subject_since(tag, since));
            parts.insert(0, Some(tag));
        }
    }
    parts
}

/// Does `text` say the severity of option `value` in its own words: its
/// short words ("shop down") or its few words ("live shop down") as a
/// phrase, in any case, with only small words between them ("Shop is
/// DOWN", „Der Shop ist ausgefallen"), in `t`'s language or another (a
/// German merchant may write "Shop down"). The words scattered do not
/// say it: "the shop slows down" is not a shop that is down.
pub fn says_severity(value: &str, text: &str, t: &dyn Messages) -> bool {
    let says = |words: &str| has_phrase(text, words);
    let in_words = |t: &dyn Messages| {
        t.severity_tag(value).is_some_and(says)
            || [true, false]
                .into_iter()
                .any(|live| t.severity_topic(value, live).is_some_and(says))
    };
    in_words(t) || crate::i18n::Lang::all().any(|lang| in_words(lang.messages()))
}

/// The words that say what befalls the object of each shipped severity
/// (the shop down, a launch blocked), in any language a merchant may
/// write: a topic with one of them says that part of the severity.
fn predicates(value: &str) -> &'static [&'static str] {
    match value {
        "live-down" => &[
            "down",
            "offline",
            "outage",
            "failing",
            "fails",
            "failed",
            "ausgefallen",
            "ausfall",
        ],
        "degraded" => &[
            "slow",
            "slowly",
            "failing",
            "fails",
            "langsam",
            "fehlerhaft",
            "gestört",
            "störung",
        ],
        "launch-blocked" => &[
            "blocked",
            "blocks",
            "blocker",
            "blocking",
            "blockiert",
            "blockieren",
        ],
        "delay" => &[
            "late",
            "delayed",
            "delay",
            "overdue",
            "behind",
            "verzug",
            "verzögert",
            "verzögerung",
            "verspätet",
            "überfällig",
            "rückstand",
        ],
        _ => &[],
    }
}

/// Does `text` say what befalls the object of severity `value`
/// ("checkout down", "search slow", an HTTP error "returns 503" for a
/// shop that is down)?
fn says_predicate(value: &str, text: &str) -> bool {
    let lower = text.to_lowercase();
    let words = lower.split(|c: char| !c.is_alphanumeric());
    let server_error = |w: &str| w.len() == 3 && w.starts_with('5') && w.parse::<u16>().is_ok();
    // "Slows down" is no shop that is down.
    const EASING: &[&str] = &[
        "slow", "slows", "slowed", "slowing", "calms", "winds", "scales",
    ];
    let words: Vec<&str> = words.filter(|w| !w.is_empty()).collect();
    words.iter().enumerate().any(|(at, &w)| {
        let eased = w == "down" && at > 0 && EASING.contains(&words[at - 1]);
        (predicates(value).contains(&w) && !eased) || (value == "live-down" && server_error(w))
    })
}

/// Does `text` say the severity of option `value` whole: in its words
/// (see [`says_severity`]), or what it is about with what befalls it in
/// the merchant's words ("live shop: checkout down")?
pub fn says_severity_whole(value: &str, text: &str, live: bool, t: &dyn Messages) -> bool {
    says_severity(value, text, t)
        || (says_predicate(value, text) && says_noun(value, text, live, t))
}

/// Does `text` name what severity `value` is about, by its last word
/// ("shop" for the live shop, „Projekt")?
fn says_noun(value: &str, text: &str, live: bool, t: &dyn Messages) -> bool {
    // A launch by any of its names: "go-live", „Livegang".
    if value == "launch-blocked" && names_a_launch(text) {
        return true;
    }
    let Some(noun) = t.severity_noun(value, live) else {
        return false;
    };
    let last = |s: &str| {
        s.rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default()
            .to_lowercase()
    };
    let noun = last(noun);
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == noun)
}

/// What severity `value`, in its `words`, adds before `own`, the
/// merchant's words on what is broken: nothing when they say it whole,
/// only what it is about when they say what befalls it ("live shop" for
/// "checkout down": never "down" twice), else its words.
pub fn severity_before(
    value: &str,
    own: &str,
    live: bool,
    words: &'static str,
    t: &dyn Messages,
) -> Option<&'static str> {
    if says_severity_whole(value, own, live, t) {
        return None;
    }
    if says_predicate(value, own) {
        return t.severity_noun(value, live).or(Some(words));
    }
    Some(words)
}

/// Does `text` hold the words of `phrase` in a row, in any case, when
/// the small words that do not change what it says are left out?
fn has_phrase(text: &str, phrase: &str) -> bool {
    const SMALL: &[&str] = &[
        "is",
        "are",
        "was",
        "the",
        "our",
        "completely",
        "totally",
        "fully",
        "ist",
        "der",
        "die",
        "das",
        "unser",
        "unsere",
        "on",
        "am",
        "komplett",
        "völlig",
        "ganz",
    ];
    // A date between the words changes nothing: "go-live 1 Dec blocked",
    // „Go-Live am 14.12. blockiert“.
    let small = |w: &str| {
        SMALL.contains(&w)
            || crate::evidence::month_number(w).is_some()
            || w.chars().all(|c| c.is_ascii_digit())
    };
    let split = |s: &str| {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .map(|w| w.trim_matches('-').to_owned())
            .filter(|w| !w.is_empty() && !small(w))
            .collect::<Vec<_>>()
    };
    let text = split(text);
    let phrase = split(phrase);
    !phrase.is_empty() && text.windows(phrase.len()).any(|w| w == phrase.as_slice())
}

/// The candidates whose every part is there.
fn complete(out: Vec<(Vec<Option<String>>, bool)>) -> Vec<(Vec<String>, bool)> {
    out.into_iter()
        .filter(|(parts, _)| parts.iter().all(Option::is_some))
        .map(|(parts, whole)| (parts.into_iter().flatten().collect(), whole))
        .collect()
}

/// The subject `build` makes of the first middle parts that fit within
/// [`SUBJECT_MAX`]: those that say it all, then any, always with the
/// document's lead word ("Escalation:"). Else the shortest.
fn fitted(
    case: &Case,
    today: Option<Date>,
    t: &dyn Messages,
    fallback: Option<String>,
    note: bool,
    build: impl Fn(Option<&str>) -> String,
) -> String {
    let all = middles(case, today, t, fallback, note);
    // The lead word never gives way: a CSM filters on it.
    let whole = all.iter().filter(|(_, whole)| *whole);
    let tries = whole.chain(all.iter()).map(|(parts, _)| parts);
    // A brief's subject says how severe and the date at risk: the first
    // that does and fits, else the shortest that does, though longer than
    // an inbox shows; only then one that leaves them out.
    let day = case.deadline.map(|d| short_date(d, today, t));
    // A note's subject names what is broken in the merchant's words,
    // though a few characters past an inbox line, before it says the date.
    let first_word = case
        .topic
        .and_then(|topic| names::name_words(topic).into_iter().next());
    // The merchant's words on what is broken, whole: they stand for the
    // severity's, which the first line says, and are never cut or left
    // out for the severity's stock words: those give way first.
    let own = case
        .topic
        .filter(|topic| !topic.trim().is_empty())
        .filter(|_| case.severity_value != Some(crate::checklist::LIVE_DOWN))
        .and_then(|_| topic(case, t));
    let keeps = |middle: &str| {
        if note {
            return first_word.as_deref().is_none_or(|w| middle.contains(w));
        }
        if let Some(own) = own.as_deref() {
            let start = own.split_whitespace().next().unwrap_or(own);
            return middle.contains(start) && day.as_deref().is_none_or(|day| middle.contains(day));
        }
        case.severity_value
            .filter(|v| t.severity_tag(v).is_some())
            .is_none_or(|v| {
                says_severity_whole(v, middle, case.live_shop(), t) || says_predicate(v, middle)
            })
            && day.as_deref().is_none_or(|day| middle.contains(day))
    };
    let subjects: Vec<(bool, String)> = tries
        .map(|parts| {
            let middle = parts.join(" \u{2013} ");
            let subject = build((!parts.is_empty()).then_some(middle.as_str()));
            (keeps(&middle), subject)
        })
        .collect();
    let len = |s: &String| s.chars().count();
    for kept in [true, false] {
        let mut these = subjects.iter().filter(|(k, _)| *k == kept).map(|(_, s)| s);
        if let Some(fits) = these.clone().find(|s| len(s) <= SUBJECT_MAX) {
            return fits.clone();
        }
        if let Some(shortest) = these.by_ref().min_by_key(|s| len(s)) {
            return shortest.clone();
        }
    }
    build(None)
}

/// The brief's subject: whose account (the merchant, else the partner or
/// the project), what is broken and how urgent, marked as a draft when
/// the brief is one. Not yet made safe.
pub fn brief(case: &Case, today: Option<Date>, draft: bool, t: &dyn Messages) -> String {
    let about = case.merchant.or(case.partner).or(case.project).map(account);
    fitted(case, today, t, None, false, |middle| {
        let subject = t.brief_subject(about.as_deref(), middle);
        if draft {
            t.subject_draft(&subject)
        } else {
            subject
        }
    })
}

/// The note's subject: whose account (the merchant's), what is broken
/// (else the project), then how urgent as far as it fits, then the day
/// to answer `by`.
pub fn note(case: &Case, by: By, today: Option<Date>, t: &dyn Messages) -> String {
    let whose = case.merchant.map(account).filter(|c| !c.is_empty());
    fitted(case, today, t, project(case), true, |middle| {
        // A topic cut short ends at a word, not on "…" before the colon
        // ("Lagerbestände aus SAP…: Bitte um Antwort").
        let middle = middle.map(|m| m.trim_end_matches('\u{2026}').trim_end());
        let about = match (&whose, middle) {
            (Some(whose), Some(middle)) => format!("{whose} \u{2013} {middle}"),
            (Some(one), None) => one.clone(),
            (None, Some(one)) => one.to_owned(),
            (None, None) => String::new(),
        };
        t.note_subject(&about, by)
    })
}

/// `day` as the language writes it, without the year when it is this
/// year's (or no `today` says which that is): "26 Nov", "26.11.".
pub fn short_date(day: Date, today: Option<Date>, t: &dyn Messages) -> String {
    let full = t.date(day);
    if today.is_some_and(|today| today.year() != day.year()) {
        return full;
    }
    match full.strip_suffix(&day.year().to_string()) {
        Some(short) => short.trim_end().to_owned(),
        None => full,
    }
}

#[cfg(test)]
mod legal_form_tests {
    use super::account;

    #[test]
    fn a_legal_form_is_cut_only_when_the_rest_stands_as_a_name() {
        assert_eq!(account("Alpenwelt Handels GmbH"), "Alpenwelt Handels GmbH");
        assert_eq!(account("Meier Vertriebs GmbH"), "Meier Vertriebs GmbH");
        assert_eq!(
            account("Krüger Bau- und Handels GmbH"),
            "Krüger Bau- und Handels GmbH"
        );
        assert_eq!(account("Krüger Werkzeuge GmbH"), "Krüger Werkzeuge");
        assert_eq!(account("Hollis Outdoor Ltd"), "Hollis Outdoor");
        assert_eq!(account("Müller & Söhne GmbH & Co. KG"), "Müller & Söhne");
    }
}
