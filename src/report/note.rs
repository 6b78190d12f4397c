//! `--partner-note FILE`: the message to the partner, in the language of
//! the run, written to them: the one who answers it.
//!
//! Written before an escalation, to make one unnecessary: it greets the
//! partner's contact person by name when known, puts the problem as the
//! merchant worded it for the partner (else the summary for the CSM, which
//! an interactive run shows as the starting point; when none of its
//! sentences can be put to them, the topic and the severity say in a few
//! words what is wrong), shows the examples,
//! those that speak of the partner or name the addressee in the third
//! person put to them in the second person (`voice.rs`; a "he"/"she"
//! after the addressee's name is theirs) or, when they cannot be, left
//! out ([`example_cuts`]), without a pointer to what the note does not
//! carry ("see attached", "see below"),
//! says how the concern was raised only in the way the answers give,
//! quotes what a pasted reply said first of the matter
//! (`thread::said_to`), refers to the partner's reply when the answer
//! is one, in the one
//! sentence that also says when the concern was raised (by the channel
//! and day the answer gives the reply, the latest exchange when it tells
//! several, never how the merchant raised it; with thanks unless the shop
//! is down or the merchant disputes it), puts the merchant's position on it
//! (or, with no reply, their stand) in their words after the problem,
//! its examples and the clause (the facts it answers), and then who
//! higher up was also told, once (what the position tells of it is
//! taken out of it and said there: their role, the day, and that no
//! answer came, that a
//! voicemail got no call back, or that they upheld the reply, when the
//! answer says so); says no answer came only when nothing the answers
//! tell is one (what their people said, by phone or otherwise, or where
//! they put the cause, is an
//! answer: [`spoke`]); puts to the partner
//! each sentence of an answer written for the CSM that speaks of them in
//! the third person, and leaves out those it cannot and those to the CSM
//! ([`for_partner`]); states what the merchant
//! checked as facts, naming the clause they named without judging it (and
//! the added work only when its effect was worked out), says what is at stake and which date is at
//! risk (not again when the impact names its day and event), asks for
//! an outcome due no later than the day to answer by by then ([`Due`]),
//! and how they will meet one due later, in several parts or in a time
//! from now or a range ("next week") by that day or the outcome's nearest
//! day if sooner, never later than the outcome asks; and
//! for any other answer by the day `checklist::Window` gives (for a
//! commercial dispute, their answer to the position by then, without the
//! shop as the reason; to confirm
//! the outcome given and its date, never softened after it; their view
//! only when they gave none; who handles it only of a partner with no
//! contact named), and is
//! signed with the merchant's name and contact. A concern the partner
//! resolved gets no message. Text the user gave keeps its lines.
//!
//! The message is data first ([`Note`]: a subject and its parts), then a
//! [`Document`] in Markdown, every text escaped, which takes the form its
//! file names (`report::medium`).

use super::audience::{self, Audience, names_word};
use super::case::{Case, Channel, Raised};
use super::days;
use super::markup::md;
use super::medium::Document;
use super::names;
use super::repeat;
use super::sentence::{after_colon, ended, sentence};
use super::subject;
use crate::checklist::{AnswerBy, Pressure, Role};
use crate::evidence::{Warning, WarningKind};
use crate::i18n::{Messages, t};
use crate::safe;
use crate::verdict::Evaluation;
use jiff::civil::Date;

/// The message: its subject, then its parts in order.
#[derive(Debug, PartialEq, Eq)]
pub struct Note {
    pub subject: String,
    pub parts: Vec<Part>,
}

/// One part of the message; untrusted text is not yet made safe.
#[derive(Debug, PartialEq, Eq)]
pub enum Part {
    /// A paragraph, with the lines it was given.
    Text(String),
    /// A line that introduces a list, and the list's entries, each with
    /// its lines.
    List { intro: String, entries: Vec<String> },
}

/// How the live shop is touched, as the note's request says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Live {
    /// Not at all, or not said.
    No,
    /// It works, with errors or slowly.
    Affected,
    /// It is down or takes no orders.
    Down,
}

/// By when the note's closing request asks for an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By<'a> {
    /// A day, with its weekday.
    Day(&'a str),
    /// Today: the live shop is down, or the date at risk leaves no later
    /// day.
    Today,
    /// No day is known.
    Open,
}

/// The call the note's closing request ends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Call {
    /// None: the note offers no call the merchant did not offer.
    Unasked,
    /// The one the partner's answer suggested, taken up.
    Theirs,
}

/// When the merchant raised the concern, as the sentence on the
/// partner's reply says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Before<'a> {
    /// On a day before the reply, by a channel if known.
    On(&'a str, Option<Channel>),
    /// On the day of the reply: the date is not said twice.
    SameDay(Option<Channel>),
    /// Not said: no day is known, or the reply came in the very call
    /// that raised it.
    Unsaid,
}

/// What the partner has said so far, and to whom the note speaks, as the
/// closing request takes it up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reply {
    /// They answered: what they will do is asked, not their view again.
    pub answered: bool,
    /// The note greets a named contact, the one handling it: who on
    /// their side handles it is not asked.
    pub named: bool,
    pub call: Call,
}

impl Reply {
    /// The reply for a note to a contact `named` or not that follows
    /// `answer`, the partner's answer if given.
    fn of(answer: Option<&str>, named: bool) -> Reply {
        Reply {
            answered: answer.is_some_and(|a| !says_no_reply(a)),
            named,
            call: Call::of(answer),
        }
    }
}

/// By when an outcome that names its own time is due, as the closing
/// request asks for it: never by a day later than the outcome's nearest
/// part asks, and no day the outcome has just said said again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// Today, the one day it names.
    Today,
    /// The one day or time it names, no later than the note's day to
    /// answer by: asked for by then, the day not said again.
    Then,
    /// What it names is later than the note's day to answer by, or more
    /// than one day, or a time from now or a range ("within 24 hours",
    /// "next week") that is no day: how the partner will meet it is asked
    /// by the note's day to answer by (the day the subject names), and
    /// its own days stay in the outcome.
    Confirm(Kept),
    /// Several days or times, the nearest of them today (`today`) or no
    /// later than the note's day to answer by: that part is asked for
    /// itself, by its day, and how the partner will meet the `later`
    /// ones is asked by the day to answer by. A fix due today is never
    /// softened into an answer due today.
    First { today: bool, later: Kept },
    /// The one day it names is later than the note's day to answer by,
    /// and what is due then is itself an answer: a plan, a date, an
    /// offer, a decision ([`answer_itself`]). It is asked for by its own
    /// day ("Please send it to me by Friday, 11 Dec 2026."), not how the
    /// partner will meet that day.
    Send,
}

/// Stems of the words that make an impact a consequence of the problem
/// (money, orders or customers lost, something that cannot be done, a
/// thing blocked or failing), in either language, lower case, each
/// matched at the start of a word.
const CONSEQUENCE: &[&str] = &[
    "lose",
    "losing",
    "lost",
    "loss",
    "cost",
    "revenue",
    "sales",
    "order",
    "customer",
    "cannot",
    "can't",
    "unable",
    "block",
    "fail",
    "down",
    "stuck",
    "penalt",
    "overtime",
    "refund",
    "chargeback",
    "manual",
    "by hand",
    "delay",
    "miss",
    "complain",
    "churn",
    "money",
    "cancel",
    "broken",
    "outage",
    "halt",
    "stop",
    "not ",
    "no ",
    "eur ",
    "usd ",
    "gbp ",
    "chf ",
    "verlier",
    "verlust",
    "verloren",
    "kost",
    "umsatz",
    "bestellung",
    "kunde",
    "nicht",
    "kein",
    "blockiert",
    "gesperrt",
    "ausgefallen",
    "ausfall",
    "fehl",
    "per hand",
    "von hand",
    "strafe",
    "verzug",
    "verpass",
    "storn",
    "beschwer",
    "verkauf",
    "geld",
    "einbu",
    "abspring",
    "abbr",
    "wait",
    "warte",
];

/// Is `impact`, as the merchant gave it on one line, a consequence of
/// the problem ("about 40 lost orders a day", "we cannot ship", „15.000
/// EUR Umsatz pro Woche") rather than a state that makes the timing
/// matter ("our Christmas campaign is running", „die Weihnachtsaktion
/// läuft")? An amount or a count (a number that is no date) is one too.
fn consequence(impact: &str) -> bool {
    let lower = format!("{} ", joined(impact).to_lowercase());
    // At a word's start, or a longer stem anywhere: the end of a
    // compound („Pilotkunden", „Neukundenbestellungen").
    let stem = CONSEQUENCE.iter().any(|w| {
        lower
            .match_indices(w)
            .any(|(at, _)| w.len() >= 5 || !lower[..at].ends_with(char::is_alphanumeric))
    });
    let money = lower.contains(['€', '$', '£', '%']);
    let count =
        lower.contains(|c: char| c.is_ascii_digit()) && !crate::evidence::names_a_date(impact);
    stem || money || count
}

/// Words for what a partner sends rather than does: a plan, a date, an
/// offer or quote, a decision or confirmation, a report, in either
/// language, lower case.
const ANSWERS_ITSELF: &[&str] = &[
    "plan",
    "plans",
    "date",
    "dates",
    "timeline",
    "schedule",
    "offer",
    "quote",
    "quotation",
    "estimate",
    "proposal",
    "decision",
    "confirmation",
    "commitment",
    "report",
    "statement",
    "termin",
    "zeitplan",
    "projektplan",
    "angebot",
    "festpreisangebot",
    "kostenvoranschlag",
    "schätzung",
    "aufwandsschätzung",
    "entscheidung",
    "zusage",
    "bestätigung",
    "bericht",
    "stellungnahme",
    "konzept",
];

/// Is every part of `outcome` ("a binding date by Friday", "a
/// fixed-price offer and a plan for the fix by 11 Dec", „ein
/// verbindlicher Plan mit Termin bis 11.12.") something the partner
/// sends, not work they do ("checkout working again by 11 Dec")? Then it
/// is asked for by its day, not how they will meet it.
fn answer_itself(outcome: &str) -> bool {
    let lower = joined(outcome).to_lowercase();
    let mut pieces = vec![lower.as_str()];
    for cut in [",", ";", " and ", " und ", " & "] {
        pieces = pieces.into_iter().flat_map(|p| p.split(cut)).collect();
    }
    let pieces: Vec<&str> = pieces
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .collect();
    // Work done as a fact ("working", "fixed", „behoben") is no answer,
    // whatever else it names ("the date fixed in the SOW").
    const WORK: &[&str] = &[
        "working",
        "works",
        "resolved",
        "deployed",
        "live",
        "running",
        "korrekt",
        "behoben",
        "funktioniert",
        "funktionieren",
        "läuft",
        "laufen",
        "live",
        "online",
    ];
    !pieces.is_empty()
        && pieces.iter().all(|p| {
            ANSWERS_ITSELF.iter().any(|w| {
                // A word of its own or the end of a compound („Projektplan").
                names_word(p, w)
                    || p.split(|c: char| !c.is_alphanumeric())
                        .any(|word| word.len() > w.len() + 3 && word.ends_with(w) && w.len() >= 4)
            }) && !WORK.iter().any(|w| names_word(p, w))
        })
}

/// What the partner is asked to keep to, as the closing request names
/// what the outcome set out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// The one date the outcome names.
    Date,
    /// The one time from now or range it names ("within 2 weeks", "next
    /// week").
    Deadline,
    /// Several days or times.
    Deadlines,
}

/// The days a timed `outcome` names from `today` on, one for each of its
/// parts ("staging by 14 Dec and go-live by 18 Dec", "today, and a root
/// cause by Wednesday"), without repeats.
fn due_days(outcome: &str, today: Date) -> Vec<Date> {
    let mut days: Vec<Date> = Vec::new();
    let lower = outcome.to_lowercase();
    let mut pieces = vec![lower.as_str()];
    for cut in [",", ";", "(", " and ", " und ", " & "] {
        pieces = pieces.into_iter().flat_map(|p| p.split(cut)).collect();
    }
    for day in pieces.into_iter().filter_map(|p| {
        crate::evidence::day_ahead(p, today)
            .or_else(|| days::first(p, today, false).map(|(_, day)| day))
    }) {
        if !days.contains(&day) {
            days.push(day);
        }
    }
    days
}

impl Call {
    /// The call for a follow-up to `answer`, the partner's answer if given:
    /// theirs when it proposes one (a call, a meeting, a time to talk), not
    /// when it only tells of one ("I called twice", "as said on the phone").
    fn of(answer: Option<&str>) -> Call {
        let lower = answer.unwrap_or("").to_lowercase();
        let proposals = [
            "a call",
            "a quick call",
            "a short call",
            "on a call",
            "a meeting",
            "meet ",
            "zoom",
            "teams call",
            "jump on",
            "let's talk",
            "let us talk",
            "happy to discuss",
            "glad to discuss",
            "telefonieren",
            "ein telefonat",
            "einem telefonat",
            "einen termin",
            "ein gespräch",
            "einem gespräch",
            "einen call",
            "gern besprechen",
            "gerne besprechen",
        ];
        if proposals.iter().any(|p| at_word_start(&lower, p)) {
            Call::Theirs
        } else {
            Call::Unasked
        }
    }
}

/// What the note's closing request asks of the partner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ask {
    /// Their view and what they propose: no outcome was given.
    View,
    /// Whether the outcome given works for them.
    Outcome,
    /// Whether they will meet the outcome given, which names its own day
    /// or time: the closing adds no deadline of its own to compete.
    Timed,
    /// An answer to the outcome, which is itself a question or an
    /// either-or: asked once.
    Answer,
}

impl Ask {
    /// The request that fits `outcome`, the outcome wanted if given.
    fn of(outcome: Option<&str>) -> Ask {
        let Some(outcome) = outcome else {
            return Ask::View;
        };
        let lower = format!(" {} ", joined(outcome).to_lowercase());
        let either = [" or ", " oder ", "either ", "entweder "];
        if outcome.contains('?') || either.iter().any(|w| lower.contains(w)) {
            Ask::Answer
        } else if timed(outcome) {
            Ask::Timed
        } else {
            Ask::Outcome
        }
    }
}

/// Does `text` name a day, a time of day or a time from now ("by 4 Dec",
/// "bis 04.12.", "by 11:00", "Thursday noon", "bis 14 Uhr", "within 24
/// hours", "before Christmas")?
fn timed(text: &str) -> bool {
    let lower = text.to_lowercase();
    let clock = lower
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')'))
        .any(|w| {
            let w = w.trim_end_matches(['.', 'h']);
            let w = w.trim_end_matches("am").trim_end_matches("pm");
            w.split_once(':').is_some_and(|(h, m)| {
                (1..=2).contains(&h.len())
                    && m.len() == 2
                    && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
            })
        });
    let words = [
        " noon",
        " midday",
        " uhr",
        " mittag",
        "tonight",
        "heute abend",
    ];
    crate::evidence::names_a_date(text)
        || relative_day(text).is_some()
        || clock
        || super::days::names_a_span(text)
        || super::days::names_a_deadline(text)
        || words.iter().any(|w| lower.contains(w))
}

/// The first words of `outcome` that give a day relative to when the note
/// is read ("by Thursday", „bis Ende nächster Woche"), in any language.
fn relative_day(outcome: &str) -> Option<&'static str> {
    let lower = joined(outcome).to_lowercase();
    crate::i18n::Lang::all()
        .map(crate::i18n::Lang::messages)
        .flat_map(|t| t.day_names().iter().chain(t.relative_days()))
        .find(|words| names_word(&lower, words))
        .copied()
}

/// Is there a range in `outcome` that is no one day ("next week", „bis
/// Ende des Monats", "asap"), in any language?
fn names_a_range(outcome: &str) -> bool {
    const DAYS: &[&str] = &[
        "today",
        "tomorrow",
        "tonight",
        "heute",
        "morgen",
        "übermorgen",
    ];
    let lower = joined(outcome).to_lowercase();
    crate::i18n::Lang::all()
        .map(crate::i18n::Lang::messages)
        .flat_map(|t| t.relative_days())
        .filter(|words| !DAYS.contains(words))
        .any(|words| names_word(&lower, words))
}

/// Is there a message to write for `eval`? Not once the partner has
/// resolved the concern.
pub fn fits(eval: &Evaluation) -> bool {
    Case::of(eval).raised != Raised::Resolved
}

/// What the user should look at in the note before sending it, as
/// warnings: the problem put in the words meant for the CSM (when the
/// checklist has a question for the partner's version and it was left
/// empty) where a sentence speaks of the partner; each sentence or
/// example put to the partner in the second person, next to what the
/// merchant wrote; the money or kind of contract the clause, quoted
/// whole, names; an example left out as it names the very person the
/// note is written to, or the partner.
pub fn warnings(eval: &Evaluation, today: Date) -> Vec<Warning> {
    let case = Case::sure(eval);
    if !fits(eval) {
        return Vec::new();
    }
    let mut out: Vec<Warning> = Vec::new();
    let t = crate::i18n::t();
    for left in for_partner(&case) {
        let Some(entry) = eval.checklist.role(left.role) else {
            continue;
        };
        out.extend(left.reworded.into_iter().map(|(sentence, now)| Warning {
            key: entry.key(),
            kind: WarningKind::NoteReworded {
                number: None,
                sentence,
                now,
            },
        }));
        let Some((sentence, audience)) = left.cut else {
            continue;
        };
        let version = (left.role == Role::Problem)
            .then(|| eval.checklist.role(Role::NoteProblem))
            .flatten()
            .map(|e| e.key());
        out.push(Warning {
            key: entry.key(),
            kind: WarningKind::NoteLeftOut {
                sentence,
                audience,
                version,
                whole: left.kept.is_none(),
                instead: (left.role == Role::Position
                    && left.kept.is_none()
                    && replied(&case, today))
                .then(|| t.note_position_neutral().to_owned()),
            },
        });
    }
    out.extend(
        super::gaps::find_for_note(eval, crate::i18n::t())
            .into_iter()
            .map(|gap| Warning {
                key: gap.key,
                kind: WarningKind::NoteGap { gap: gap.kind },
            }),
    );
    let outcome_entry = eval.checklist.role(Role::Outcome);
    // A day's name with its date after it ("Freitag, 11.12.2026") is dated.
    let undated = |outcome: &str| {
        let lower = joined(outcome).to_lowercase();
        crate::i18n::Lang::all()
            .map(crate::i18n::Lang::messages)
            .flat_map(|t| t.day_names().iter().chain(t.relative_days()))
            .find(|words| days::undated_at(&lower, words))
            .copied()
    };
    if let Some((entry, words)) = outcome_entry.zip(case.outcome.and_then(undated)) {
        out.push(Warning {
            key: entry.key(),
            kind: WarningKind::NoteRelativeDay {
                words: words.to_owned(),
                on: case
                    .outcome
                    .and_then(|o| days::first(o, today, false))
                    .map(|(_, on)| on),
            },
        });
    }
    let clause_entry = eval.checklist.role(Role::Clause);
    if let Some((entry, given)) = clause_entry.zip(case.clause) {
        let money = clause(given).1;
        if !money.is_empty() {
            out.push(Warning {
                key: entry.key(),
                kind: WarningKind::NoteQuotesMoney {
                    text: money.join(", "),
                },
            });
        }
    }
    let person = eval.checklist.role(Role::PartnerPerson);
    if let Some((entry, person)) = person.zip(case.partner_person) {
        let mut buf = String::new();
        let german = crate::i18n::current() == crate::i18n::Lang::De;
        let to = names::addressee(person.name, &mut buf);
        // A German letter cannot greet a degree and surname alone.
        let nameless = |to: &Option<names::Addressee>| match to {
            None => true,
            Some(to) => german && to.title.is_none() && !to.first_name,
        };
        match to {
            to if nameless(&to) && !person.name.is_empty() => out.push(Warning {
                key: entry.key(),
                kind: WarningKind::NoteNamelessGreeting {
                    name: person.name.to_owned(),
                },
            }),
            // A German letter greets Herr or Frau and the surname.
            Some(to) if to.title.is_none() && german => out.push(Warning {
                key: entry.key(),
                kind: WarningKind::NoteUntitledGreeting {
                    name: to.name.to_owned(),
                },
            }),
            _ => {}
        }
    }
    if let Some(entry) = eval.checklist.role(Role::Examples) {
        let cuts = example_cuts(&case);
        // A placeholder ("n/a") is no example kept.
        let kept = (case.examples.iter().enumerate())
            .filter(|(i, e)| {
                !cuts
                    .iter()
                    .any(|(c, cut)| c == i && !matches!(cut, ExampleCut::Reworded(_)))
                    && super::given::example(e).is_some()
            })
            .count();
        let none_kept = !cuts.is_empty() && kept == 0;
        for (i, cut) in cuts {
            let (number, entry_text) = (i + 1, case.examples[i].clone());
            // The day the example names, for the wording stderr suggests:
            // none when it names several ("plan by 24 Nov promised on the
            // call of 19 Nov"), as which is the example's own is not known.
            let days: std::collections::BTreeSet<Date> = std::iter::once(0)
                .chain(entry_text.match_indices(' ').map(|(at, _)| at + 1))
                .filter_map(|at| crate::evidence::day_in(&entry_text[at..], today))
                .collect();
            let day = days.first().copied().filter(|_| days.len() == 1);
            let kind = match cut {
                ExampleCut::Addressee(name) => WarningKind::NoteNamesAddressee {
                    number,
                    entry: entry_text,
                    name: name.to_owned(),
                    none_kept,
                    day,
                },
                ExampleCut::Partner(name) => WarningKind::NoteNamesPartner {
                    number,
                    entry: entry_text,
                    name: name.to_owned(),
                    none_kept,
                    day,
                },
                ExampleCut::Reworded(now) => WarningKind::NoteReworded {
                    number: Some(number),
                    sentence: entry_text,
                    now,
                },
            };
            out.push(Warning {
                key: entry.key(),
                kind,
            });
        }
    }
    out
}

/// Why an example does not go into the note as written: it names, in
/// the third person, the person the note is written to, or the partner
/// (their company, the one above the addressee, a word for them such as
/// "the agency"), and is left out; or it did, and goes in put to them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExampleCut<'a> {
    Addressee(&'a str),
    Partner(&'a str),
    /// Put to the partner in the second person (`voice::reword`): its
    /// new words.
    Reworded(String),
}

/// The examples of `case` the note does not take as written, by their
/// index, and why: as with the answers written for the CSM
/// ([`for_partner`]), a line that speaks of the partner or the addressee
/// is put to them in the second person when it can be, else left out;
/// one that names the one above the addressee is left out. The run says
/// which was reworded, which was left out and how to word it for them.
pub fn example_cuts<'a>(case: &Case<'a>) -> Vec<(usize, ExampleCut<'a>)> {
    let names: Vec<String> = case
        .partner_person
        .map(|p| names::own_names(p.name))
        .unwrap_or_default();
    let partner = case.partner.map(names::company).filter(|c| !c.is_empty());
    let decider = case.decider.map(|p| (names::own_names(p.name), p.name));
    let company = partner.map(|c| (company_names(c), c));
    let companies = partner.map(company_names).unwrap_or_default();
    let mut out = Vec::new();
    for (i, example) in case.examples.iter().enumerate() {
        let words = outside_links(example);
        let names_any = |names: &[String]| names.iter().any(|n| names_word(&words, n));
        let put = || {
            let split = audience::split(example, &companies, &names, false);
            (split.first.is_none() && !split.reworded.is_empty()).then_some(split.kept)
        };
        let cut = if names_any(&names) {
            // "Call with Raj on 4 Dec, he said …": the "he" is the one
            // named, and put to them with the name, first.
            let named = names
                .iter()
                .find(|n| names_word(&words, n))
                .and_then(|n| pronoun_named(example, n));
            let put_named = || {
                let named = named.as_deref()?;
                let split = audience::split(named, &companies, &names, false);
                (split.first.is_none() && !split.reworded.is_empty()).then_some(split.kept)
            };
            match put_named().or_else(put) {
                Some(now) => ExampleCut::Reworded(now),
                None => ExampleCut::Addressee(case.partner_person.map_or("", |p| p.name)),
            }
        } else if let Some((_, name)) = decider
            .iter()
            .chain(company.iter())
            .find(|(names, _)| names_any(names))
        {
            match put().filter(|_| Some(*name) == partner) {
                Some(now) => ExampleCut::Reworded(now),
                None => ExampleCut::Partner(name),
            }
        } else if audience::speaks_of_partner(&words) {
            // "cancelled by the agency", "they said it's Fastly": the
            // partner, by a word for them or a pronoun, named as the
            // company they are (none when the answers name none).
            match put() {
                Some(now) => ExampleCut::Reworded(now),
                None => ExampleCut::Partner(partner.unwrap_or("")),
            }
        } else {
            continue;
        };
        out.push((i, cut));
    }
    out
}

/// `text` with the first "he"/"she" („er") after `name` said as that
/// name ("Call with Raj, he said …" → "Call with Raj, Raj said …"), when
/// no one else is named between: the pronoun can only be them. `None`
/// when there is no such pronoun.
fn pronoun_named(text: &str, name: &str) -> Option<String> {
    const PRONOUNS: &[&str] = &["he", "she", "He", "She", "er", "Er"];
    let at = text.find(name)?;
    let after = &text[at + name.len()..];
    let words: Vec<&str> = after.split_inclusive(char::is_whitespace).collect();
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned();
    let mut offset = at + name.len();
    for (i, word) in words.iter().enumerate() {
        let this = bare(word);
        if PRONOUNS.contains(&this.as_str()) {
            let start = offset + word.find(&this)?;
            return Some(format!(
                "{}{name}{}",
                &text[..start],
                &text[start + this.len()..]
            ));
        }
        // Someone else who said something in between ("Fastly said"):
        // the pronoun may be them.
        let next = words.get(i + 1).map(|w| bare(w)).unwrap_or_default();
        if this.starts_with(char::is_uppercase) && super::voice::says(&next) {
            return None;
        }
        offset += word.len();
    }
    None
}

/// An answer written for the CSM that the note does not take as
/// written: the `role` of its question, its first sentence written for
/// someone other than the partner and left out (`cut`, with whom it
/// speaks to or of), the sentences put to the partner in the second
/// person (`reworded`, each with its new words), and what of the answer
/// is `kept`, reworded (`None` when nothing is).
#[derive(Debug, PartialEq, Eq)]
pub struct LeftOut {
    pub role: Role,
    pub cut: Option<(String, Audience)>,
    pub reworded: Vec<(String, String)>,
    pub kept: Option<String>,
}

/// The answers written for the CSM that reach the note: the problem when
/// no version for the partner is given, the impact, the outcome, what
/// happens on the date at risk, the topic, and the position on the
/// partner's reply.
const FOR_CSM: [Role; 6] = [
    Role::Problem,
    Role::Impact,
    Role::Outcome,
    Role::DeadlineWhat,
    Role::Topic,
    Role::Position,
];

/// Where `case` holds the answer of `role`, one of [`FOR_CSM`].
fn field<'c, 'b>(case: &'c mut Case<'b>, role: Role) -> Option<&'c mut Option<&'b str>> {
    Some(match role {
        Role::Problem => &mut case.problem,
        Role::Impact => &mut case.impact,
        Role::Outcome => &mut case.outcome,
        Role::DeadlineWhat => &mut case.deadline_what,
        Role::Topic => &mut case.topic,
        Role::Position => &mut case.position,
        _ => return None,
    })
}

/// The own names of the person the note is written to, and the names
/// the partner's company goes by, as the answers of `case` give them.
fn party(case: &Case) -> (Vec<String>, Vec<String>) {
    let names = case
        .partner_person
        .map(|p| names::own_names(p.name))
        .unwrap_or_default();
    let companies = case
        .partner
        .map(names::company)
        .filter(|c| !c.is_empty())
        .map(company_names)
        .unwrap_or_default();
    (names, companies)
}

/// The one rule for the user's words that reach the note: of an answer
/// written for the CSM ([`FOR_CSM`]), a sentence that speaks of the
/// partner in the third person goes in put to them (`voice.rs`) or, when
/// it cannot be, is left out, as is one to the CSM, and the rest goes
/// in; of the outcome and the position, which the merchant words for the
/// partner too, only a sentence to the CSM is left out. Returns each
/// answer so cut or reworded, for the run to say what was reworded, what
/// was left out and how to give a version for the partner; [`apply`]
/// puts them in the case.
pub fn for_partner(case: &Case) -> Vec<LeftOut> {
    let (names, companies) = party(case);
    let mut read = case.clone();
    FOR_CSM
        .into_iter()
        .filter(|&role| match role {
            Role::Problem => case.note_problem.is_none(),
            _ => true,
        })
        .filter_map(|role| {
            let text = (*field(&mut read, role)?)?;
            // The outcome is the merchant's words to the partner as much
            // as to the CSM: only what speaks to the CSM is cut. The
            // position goes through the same filter as the problem, reply
            // or not: what speaks of the partner in the third person is
            // put to them or cut, as is a judgement.
            let to_csm_only = role == Role::Outcome;
            let split = audience::split(text, &companies, &names, to_csm_only);
            if split.first.is_none() && split.reworded.is_empty() {
                return None;
            }
            Some(LeftOut {
                role,
                cut: split.first,
                reworded: split.reworded,
                kept: Some(split.kept).filter(|k| !k.trim().is_empty()),
            })
        })
        .collect()
}

/// Did the partner reply to the concern `case` raised (a reply the
/// answers give, not one that says none came)?
fn replied(case: &Case, today: Date) -> bool {
    match case.raised {
        Raised::Open { answer, .. } => answer
            .and_then(|a| reply(a, case.sender(), today))
            .is_some(),
        _ => false,
    }
}

/// `case` with the answers [`for_partner`] cut as it says: each `left`
/// answer replaced by what of it is kept.
pub fn apply<'b>(case: &mut Case<'b>, left: &'b [LeftOut]) {
    for cut in left {
        if let Some(field) = field(case, cut.role) {
            *field = cut.kept.as_deref();
        }
    }
}

/// `text` without its links, paths, addresses and identifiers ("/de",
/// "https://…", "a@b.de", "ACME-1234"): a name in them names no one.
fn outside_links(text: &str) -> String {
    let identifier =
        |w: &str| w.contains(|c: char| c.is_ascii_digit()) && w.contains(char::is_alphabetic);
    text.split_whitespace()
        .filter(|w| !w.contains('/') && !w.contains('@') && !identifier(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// How an example may name the partner's `company`: in full without its
/// legal form, or by its first word when that is a name of its own
/// ("Kanaal" of "Kanaal Digital").
fn company_names(company: &str) -> Vec<String> {
    let whole = names::without_legal_form(company).trim().to_owned();
    let first = whole.split_whitespace().next().unwrap_or("").to_owned();
    let common = ["The", "Die", "Der", "Das"];
    let mut out = vec![whole.clone()];
    if first != whole && first.chars().count() >= 4 && !common.contains(&first.as_str()) {
        out.push(first);
    }
    out.retain(|n| !n.is_empty());
    out
}

/// The message for `eval`, written `today`.
pub fn note(eval: &Evaluation, today: Date) -> Note {
    let case = Case::sure(eval);
    let raised = match case.raised {
        Raised::Open { on, .. } => on,
        _ => None,
    };
    let by = case.window.and_then(|window| {
        window.answer_by(
            today,
            raised,
            Pressure::new(case.deadline, case.severity_value),
        )
    });
    compose(&case, by, today, t())
}

/// What came back from the partner, as far as its text says: a reply
/// (not a note that none came) `via` the channel and `on` the day its
/// first line names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Answered {
    via: Option<Channel>,
    on: Option<Date>,
    /// It turns the request down, or asks to be paid for it.
    refuses: bool,
}

/// Words with which a reply turns a request down, in either language:
/// thanks for such a reply would read as accepting it. With [`PAID`],
/// what the note takes as a refusal.
const DECLINES: &[&str] = &[
    "not in scope",
    "out of scope",
    "not in our scope",
    "outside the scope",
    "not part of",
    "not included",
    "not covered",
    "we cannot",
    "we can't",
    "we won't",
    "we will not",
    "we are unable",
    "we decline",
    "nicht im leistungsumfang",
    "nicht teil",
    "nicht bestandteil",
    "nicht enthalten",
    "nicht vereinbart",
    "können wir nicht",
    "lehnen wir ab",
    "lehnen ab",
];

/// Words with which a reply offers the work for a price (a change
/// request, a quote), in either language: no refusal, an offer.
const PAID: &[&str] = &[
    "change request",
    "a quote",
    "quote for",
    "will quote",
    "'ll quote",
    "additional cost",
    "at extra cost",
    "billable",
    "change-request",
    "cr-",
    "nachtragsangebot",
    "nachtrag",
    "änderungsauftrag",
    "kostenpflichtig",
    "gesondert berechnet",
    "zusätzlich berechnet",
    "gegen aufpreis",
];

/// Words with which a reply puts the cause with someone else (a third
/// party, the merchant's own systems), in either language.
const ELSEWHERE: &[&str] = &[
    "third party",
    "third-party",
    "on the sap",
    "middleware side",
    "your it team",
    "your sap",
    "your erp",
    "your hosting",
    "on your side",
    "on your end",
    "the issue is on",
    "the problem is on",
    "the issue lies",
    "the problem lies",
    "the cause lies",
    "caused by your",
    "not on our side",
    "not our code",
    "not our issue",
    "not our problem",
    "not caused by us",
    "it's the hosting",
    "it is the hosting",
    "hosting issue",
    "hosting problem",
    "hosting provider",
    "am hosting",
    "beim hosting",
    "am hoster",
    "beim hoster",
    "drittanbieter",
    "liegt bei",
    "liegt auf seiten",
    "liegt auf ihrer seite",
    "auf ihrer seite",
    "nicht bei uns",
    "nicht an uns",
    "nicht an unserem",
    "ursache liegt",
    "fehler liegt",
    "problem liegt",
    "ihr hoster",
    "ihre it-",
    "ihrem erp",
];

// What says that no reply came is the given module's, with what else
// counts as no answer.
pub(super) use super::given::{says_no_reply, says_only_no_reply};

/// Words of an answer's first line that say how the reply came, in any
/// language ("Email from Priya, 24 Nov", „Mail von Herrn Brandt").
const REPLY_CHANNELS: &[(&str, Channel)] = &[
    ("email", Channel::Written),
    ("e-mail", Channel::Written),
    ("mail", Channel::Written),
    ("letter", Channel::Written),
    ("brief", Channel::Written),
    ("schreiben", Channel::Written),
    ("ticket", Channel::Ticket),
    ("comment", Channel::Ticket),
    ("kommentar", Channel::Ticket),
    ("call", Channel::Call),
    ("called", Channel::Call),
    ("phone", Channel::Call),
    ("telefon", Channel::Call),
    ("telefonat", Channel::Call),
    ("anruf", Channel::Call),
    ("rückruf", Channel::Call),
    ("meeting", Channel::Call),
    ("chat", Channel::Chat),
    ("slack", Channel::Chat),
    ("teams", Channel::Chat),
];

/// What came of going higher at the partner, as the note says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Higher {
    /// The answer does not say.
    Unsaid,
    /// No answer came yet.
    NotAnswered,
    /// They were called and a voicemail left, with no call back yet.
    Voicemail,
    /// The one written to confirmed the partner's answer.
    Upheld,
}

impl Higher {
    /// What `text`, the answer on going higher, says came of it.
    fn of(text: Option<&str>) -> Higher {
        const UPHELD: &[&str] = &[
            "confirmed",
            "upheld",
            "backed",
            "stands by",
            "stood by",
            "agreed with",
            "bestätigt",
            "bestätigte",
            "schließt sich",
            "steht hinter",
        ];
        let Some(text) = text else {
            return Higher::Unsaid;
        };
        // A message left by phone that no call back answered.
        const VOICEMAIL: &[&str] = &[
            "voicemail",
            "voice mail",
            "mailbox",
            "anrufbeantworter",
            "left a message",
            "nachricht hinterlassen",
        ];
        const CALLED_BACK: &[&str] = &["called back", "called me back", "zurückgerufen"];
        let lower = text.to_lowercase();
        let called_back = CALLED_BACK.iter().any(|w| at_word_start(&lower, w));
        if VOICEMAIL.iter().any(|w| at_word_start(&lower, w))
            && (tells_no_answer(text) || !called_back)
        {
            Higher::Voicemail
        } else if tells_no_answer(text) {
            Higher::NotAnswered
        } else if UPHELD.iter().any(|w| at_word_start(&lower, w)) {
            Higher::Upheld
        } else {
            Higher::Unsaid
        }
    }
}

/// Does `text`, what came of going higher, say anywhere that no answer
/// came ("She has not answered.", „keine Antwort")?
fn tells_no_answer(text: &str) -> bool {
    const SAID: &[&str] = &[
        "not answered",
        "not replied",
        "not responded",
        "not heard back",
        "not got back",
        "no answer",
        "no reply",
        "no response",
        "no reaction",
        "hasn't answered",
        "hasn't replied",
        "haven't heard",
        "no callback",
        "no call back",
        "not called back",
        "hasn't called back",
        "never called back",
        "kein rückruf",
        "keinen rückruf",
        "nicht zurückgerufen",
        "keine antwort",
        "keine rückmeldung",
        "keine reaktion",
        "nicht geantwortet",
        "nicht reagiert",
        "nicht zurückgemeldet",
        "ohne antwort",
        "ohne rückmeldung",
    ];
    // Words that only add a reproach do not hide what was said ("has not
    // even replied", „hat nicht einmal geantwortet").
    let lower = [" even ", " einmal ", " mal ", " überhaupt "]
        .iter()
        .fold(format!(" {} ", text.to_lowercase()), |t, w| {
            t.replace(w, " ")
        });
    SAID.iter().any(|said| at_word_start(&lower, said))
}

/// The partner's `answer` read as a reply, written on or before `today`
/// (by the reply's own lines, not by the original from `merchant` it
/// quotes); none when it says that no reply came.
fn reply(answer: &str, merchant: Option<&str>, today: Date) -> Option<Answered> {
    let first = answer.lines().find(|l| !l.trim().is_empty())?;
    let lower = first.trim().to_lowercase();
    if says_no_reply(answer) {
        return None;
    }
    let channel = |text: &str| {
        let lower = text.to_lowercase();
        REPLY_CHANNELS
            .iter()
            .find(|(word, _)| names_word(&lower, word))
            .map(|&(_, channel)| channel)
    };
    // A pasted email, its header on top, came in writing.
    let header = super::thread::headed(answer);
    let via = if header {
        Some(Channel::Written)
    } else {
        channel(&lower)
    };
    // Dated by the reply's own lines, not the original it quotes.
    let on = super::thread::dating_lines(answer, merchant)
        .into_iter()
        .find_map(|line| crate::evidence::day_in(line, today));
    // An account of several exchanges ("call on 23 Nov: … On 30 Nov
    // asked again by email, answer: …") is read by its latest: the
    // partner's reply is the last exchange it tells by a day and a
    // channel, outside what it quotes.
    let latest = told(answer)
        .into_iter()
        .filter_map(|said| {
            let day = crate::evidence::day_in(&said, today)?;
            Some((day, channel(&said)?))
        })
        .max_by_key(|&(day, _)| day);
    let (via, on) = match latest {
        Some((day, channel)) if on.is_none_or(|on| day > on) => (Some(channel), Some(day)),
        _ => (via, on),
    };
    Some(Answered {
        via,
        on,
        refuses: refuses(answer),
    })
}

/// Does the partner's `answer` refuse ("out of scope", „Change Request")?
pub(super) fn refuses(answer: &str) -> bool {
    let all = answer.to_lowercase();
    DECLINES
        .iter()
        .chain(PAID)
        .any(|word| at_word_start(&all, word))
}

/// What the partner's `answer` is, as the brief's first lines may say
/// it: only what its words show (a refusal, an offer for a price, the
/// cause put elsewhere), else that it answered, no more.
pub(super) fn answer_kind(answer: &str) -> super::Replied {
    use super::Replied;
    let all = answer.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|word| at_word_start(&all, word));
    // "Not part of it; we sent you a quote over EUR 24,600": a price.
    let paid = has(PAID) || (has(DECLINES) && super::money::has_currency(answer));
    match (has(ELSEWHERE), paid, has(DECLINES)) {
        (true, true, _) => Replied::ElsewherePaid,
        (true, false, _) => Replied::Elsewhere,
        (false, true, _) => Replied::Paid,
        (false, false, true) => Replied::Refused,
        (false, false, false) => Replied::Answered,
    }
}

/// The sentences of `answer` the merchant wrote, up to a quoted
/// original, without what they quote („…", "…"): what it tells of the
/// exchanges with the partner.
fn told(answer: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in super::thread::own_lines(answer) {
        // What is quoted stands as one word, so that a full stop after
        // it still ends the sentence.
        let mut outside = String::new();
        let mut quoted = false;
        for c in line.chars() {
            match c {
                '\u{201e}' | '\u{201c}' | '"' if !quoted => quoted = true,
                '\u{201c}' | '\u{201d}' | '"' if quoted => {
                    quoted = false;
                    outside.push_str("quote");
                }
                c if !quoted => outside.push(c),
                _ => {}
            }
        }
        out.extend(audience::line_sentences(&outside));
    }
    out
}

/// The follow-up's first paragraph, and what is said after the problem
/// and its examples: when and how the concern was raised, the reply
/// (referred to, never thanked for: it left the concern open), that no reply came when the answer
/// says so, else that the matter is still open unless the position says
/// how; then the merchant's position on the reply, once the partner has
/// read again what it is about, and who higher up was also told (after
/// the position, not between it and the facts it answers).
fn follow_up(case: &Case, on: Option<Date>, today: Date, t: &dyn Messages) -> (Part, Vec<Part>) {
    let date = |d| t.date(d);
    let below = case.note_problem.or(case.problem).is_some();
    let reply = match case.raised {
        Raised::Open { answer, .. } => answer.and_then(|a| reply(a, case.sender(), today)),
        _ => None,
    };
    let raised_on = on.map(date);
    let first_said = match reply {
        // The reply and what it answers, in one sentence. A note follows
        // up a concern the reply left open, so the reply is only referred
        // to, never thanked for: thanks would read as if it were welcome,
        // whether it refused, put off or said nothing.
        Some(reply) => {
            let thanks = false;
            let raised = match (on, raised_on.as_deref()) {
                // The reply came in the very call that raised it.
                (Some(on), _)
                    if reply.on == Some(on)
                        && reply.via == Some(Channel::Call)
                        && case.channel_kind == Some(Channel::Call) =>
                {
                    Before::Unsaid
                }
                (Some(on), _) if reply.on == Some(on) => Before::SameDay(case.channel_kind),
                (_, Some(day)) => Before::On(day, case.channel_kind),
                _ => Before::Unsaid,
            };
            let on = reply.on.map(date);
            t.note_reply(reply.via, on.as_deref(), thanks, below, raised)
        }
        None => t.note_follow_up(raised_on.as_deref(), case.channel_kind, below),
    };
    let mut first = vec![first_said];
    // What a pasted reply said of the matter, quoted: the sentence the
    // position answers, before it, else the first, after the sentence
    // that refers to it.
    let said = match case.raised {
        Raised::Open { answer, .. } if reply.is_some() => {
            // What the merchant disputes: the position, else the problem
            // that answers the reply ("the mapping WAS in the spec").
            let disputes = case.position.or(case.note_problem.or(case.problem));
            answer.and_then(|a| super::thread::said_to(a, case.sender(), disputes))
        }
        _ => None,
    };
    let quoted = said.map(|said| t.note_they_wrote(&said));
    let went_up = (case.went_up == Some(true))
        .then(|| {
            // No name picked from an answer that names several or hedges.
            let to = case
                .decider
                .filter(|p| p.named_alone())
                .map(|p| p.name)
                .filter(|n| !n.is_empty())
                .map(|name| titled(name, case.went_up_answer));
            let to = to.as_deref();
            // The day by its date, or by the weekday the answer names, said
            // as it says it when in the note's language ("Saturday evening
            // (5 Dec 2026)").
            let on = case.went_up_answer.and_then(|a| {
                if let Some(day) = crate::evidence::day_in(a, today) {
                    return Some(date(day));
                }
                let (words, day) = days::weekday_back(a, today)?;
                let first = words.split_whitespace().next().unwrap_or(words);
                let ours = t
                    .weekdays()
                    .iter()
                    .any(|w| first.to_lowercase().starts_with(&w.to_lowercase()));
                Some(if ours {
                    format!("{words} ({})", date(day))
                } else {
                    date(day)
                })
            });
            // Their role as the answer gives it, when it names them alone.
            let role = case
                .decider
                .filter(|p| to.is_some() && p.named_alone())
                .and_then(|p| p.role)
                .and_then(|r| r.split([',', ';']).next())
                .map(str::trim)
                .filter(|r| !r.is_empty() && !r.contains(|c: char| c.is_ascii_digit() || c == '@'));
            // Neither whom nor when: a hint at someone unnamed says nothing
            // the partner can act on, and reads as a threat; left out.
            (to.is_some() || on.is_some())
                .then(|| t.note_went_up(to, role, on.as_deref(), Higher::of(case.went_up_answer)))
        })
        .flatten();
    // No reply came (none is given, or the answer says none came, as the
    // brief says too): said so, not as if there had been an exchange.
    let silent = match case.raised {
        Raised::Open { answer, .. } => answer.is_none_or(says_no_reply),
        _ => false,
    };
    // What the answers tell the partner said is an answer all the same.
    let no_reply = if spoke(case) {
        t.note_only_spoken()
    } else {
        t.note_no_reply()
    };
    let Some(position) = case.position else {
        first.extend(quoted);
        first.push(if silent {
            no_reply.to_owned()
        } else {
            t.note_still_open().to_owned()
        });
        first.extend(went_up);
        return (Part::Text(first.join(" ")), Vec::new());
    };
    // Without a reply, the position is the merchant's stand all the same.
    if silent {
        first.push(no_reply.to_owned());
    }
    // The position answers the reply about the problem (or stands without
    // one), so it follows the problem; who higher up was also told comes
    // after it.
    let position = sentence(&lines(position));
    let position = match quoted {
        Some(quoted) => format!("{quoted} {position}"),
        None => position,
    };
    let mut after = vec![Part::Text(position)];
    after.extend(went_up.map(Part::Text));
    (Part::Text(first.join(" ")), after)
}

/// The position of `case` without its sentences that tell of going
/// higher at the partner ("I called Oliver Grant on Saturday evening, no
/// callback."), and those sentences: the note says it once, in its own
/// sentence with their role, the day and what came of it. Nothing taken
/// out unless the merchant went higher to one person named alone.
pub(super) fn went_up_in(case: &Case) -> (Option<String>, Option<String>) {
    let names = case
        .decider
        .filter(|p| case.went_up == Some(true) && p.named_alone() && !p.name.is_empty())
        .map(|p| names::own_names(p.name))
        .unwrap_or_default();
    let Some(position) = case.position.filter(|_| !names.is_empty()) else {
        return (None, None);
    };
    let mut told = Vec::new();
    let mut kept = Vec::new();
    for line in position.lines() {
        let mut rest = Vec::new();
        let mut after_told = false;
        for sentence in audience::line_sentences(line) {
            // What came of it, said after it ("…; no callback."), goes
            // with it.
            let outcome = after_told
                && tells_no_answer(&sentence)
                && sentence.split_whitespace().count() <= 6;
            after_told = names.iter().any(|n| names_word(&sentence, n));
            if after_told || outcome {
                told.push(sentence);
            } else {
                rest.push(sentence);
            }
        }
        if !rest.is_empty() || line.trim().is_empty() {
            kept.push(rest.join(" "));
        }
    }
    if told.is_empty() {
        return (None, None);
    }
    let kept = kept.join("\n").trim().to_owned();
    ((!kept.is_empty()).then_some(kept), Some(told.join(" ")))
}

/// Does `text` name a day, by its date or a weekday?
fn days_said(text: &str, today: Date) -> bool {
    crate::evidence::day_in(text, today).is_some() || days::weekday_back(text, today).is_some()
}

/// `name`, the one higher up, with the Herr or Frau (Mr, Ms) that
/// `answer`, the answer on going higher, puts before their surname („an
/// Herrn Vogt geschrieben"), when the name has none: a German letter
/// names them so only when the form of address is known.
fn titled(name: &str, answer: Option<&str>) -> String {
    let mut buf = String::new();
    let titled = names::addressee(name, &mut buf).is_none_or(|a| a.title.is_some());
    let surname = name.split_whitespace().last().unwrap_or_default();
    let found = answer
        .filter(|_| !titled && !surname.is_empty())
        .and_then(|answer| {
            let words: Vec<&str> = answer
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .collect();
            words.windows(2).find_map(|pair| {
                let title = match pair[0] {
                    "Herr" | "Herrn" => "Herr",
                    "Frau" => "Frau",
                    "Mr" => "Mr",
                    "Ms" | "Mrs" => "Ms",
                    _ => return None,
                };
                (pair[1] == surname).then_some(title)
            })
        });
    match found {
        Some(title) => format!("{title} {name}"),
        None => name.to_owned(),
    }
}

/// Do the answers of `case` tell, outside the partner's answer, that
/// the partner said something to the merchant ("Raj said on the phone
/// they would 'have a look on Monday'", „Herr Schulte meinte, …"): their
/// contact, their company or a pronoun for them just before a verb of
/// saying, not the merchant's own ("we told them")? A spoken answer,
/// vague or not, is an answer.
fn spoke(case: &Case) -> bool {
    let (names, companies) = party(case);
    const THEM: &[&str] = &["they", "he", "she", "er"];
    const US: &[&str] = &["i", "we", "ich", "wir"];
    let texts = (case.examples.iter().map(String::as_str))
        .chain(case.note_problem)
        .chain(case.problem)
        .chain(case.position);
    texts
        .flat_map(|text| text.lines().flat_map(audience::line_sentences))
        .any(|sentence| {
            // "They blame our SAP data": they answered, by putting the
            // cause elsewhere.
            if super::voice::tells_blame(&sentence) {
                return true;
            }
            let words: Vec<&str> = sentence
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .collect();
            words.iter().enumerate().any(|(i, word)| {
                let before = &words[i.saturating_sub(4)..i];
                let them = |w: &&str| {
                    names.iter().chain(&companies).any(|n| n == w)
                        || THEM.contains(&w.to_lowercase().as_str())
                        || *w == "sie"
                };
                super::voice::says(&word.to_lowercase())
                    && before.iter().any(them)
                    && !before
                        .iter()
                        .any(|w| US.contains(&w.to_lowercase().as_str()))
            })
        })
}

/// The message for `eval`, written `today`, as a document for any form.
pub fn document(eval: &Evaluation, today: Date) -> Document {
    let t = t();
    let note = note(eval, today);
    let case = Case::of(eval);
    let from = case.contact.and_then(names::sender);
    let answer = match case.raised {
        Raised::Open { answer, .. } => answer,
        _ => None,
    };
    // A reply to a pasted thread answers in it: to its latest sender
    // unless the contact's answer gives an address, "Re: " their
    // subject, and threaded by the id it carries.
    let own = from.as_ref().map(|f| f.address.as_str());
    let to = (case.partner_person.as_ref().and_then(names::recipient))
        .or_else(|| answer.and_then(|a| super::thread::sender(a, case.sender(), own)));
    let thread = answer.and_then(super::thread::subject);
    let subject = match thread {
        Some(theirs) => t.reply_subject(theirs),
        None => note.subject.clone(),
    };
    let subject = safe::line(&subject).into_owned();
    let body = markdown(&note);
    Document {
        // Its subject as the title of the Markdown; the text, as the
        // email, holds the body only (the terminal says the subject).
        markdown: format!("# {}\n\n{body}", md(&subject)),
        subject,
        email: body,
        lang: t.code(),
        attach: false,
        attach_contract: false,
        to,
        from,
        in_reply_to: answer
            .and_then(super::thread::message_id)
            .map(str::to_owned),
    }
}

/// The message's parts in Markdown: each paragraph of a part its own,
/// each line kept with a hard break, every text escaped.
fn markdown(note: &Note) -> String {
    let mut out = String::new();
    for part in &note.parts {
        match part {
            Part::Text(text) => {
                for paragraph in text.split("\n\n") {
                    out.push_str(&broken(paragraph, ""));
                    out.push_str("\n\n");
                }
            }
            Part::List { intro, entries } => {
                out.push_str(&md(intro));
                out.push_str("\n\n");
                for entry in entries {
                    out.push_str(&format!("- {}\n", broken(entry, "  ")));
                }
                out.push('\n');
            }
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// The lines of `text`, each escaped, joined by hard breaks; each line
/// after the first starts with `indent`.
fn broken(text: &str, indent: &str) -> String {
    text.lines()
        .map(md)
        .collect::<Vec<_>>()
        .join(&format!("\\\n{indent}"))
}

/// The greeting: to the partner's contact person by name when the answers
/// name one in a way a letter can use, else a neutral one; never to a
/// company.
pub fn greeting(person: Option<&str>, t: &dyn Messages) -> String {
    let mut name = String::new();
    t.note_greeting(person.and_then(|p| names::addressee(p, &mut name)))
}

/// The clause or deliverable named, on one line, without the parts
/// (between commas, semicolons or dashes, or in brackets) that say only
/// the kind of contract or its money ([`only_contract`]: "fixed price",
/// "; nach Aufwand", "(T&M, capped at EUR 60,000)"), which are for the
/// CSM; and the parts kept that say it among what the partner owes
/// ("SOW-7 fixed price milestone 3"): the run says the note quotes them,
/// as the merchant may prefer to keep them from the partner. Cutting
/// those would cut what the partner owes with them ("workaround within 8
/// hours"). `None` when nothing else is left.
fn clause(text: &str) -> (Option<String>, Vec<String>) {
    let line = joined(text);
    let line = line.trim_end_matches(['.', ' ']).to_owned();
    let mut kept: Vec<(String, Option<char>)> = Vec::new();
    let mut money = Vec::new();
    for (piece, sep) in names::pieces(&line) {
        let inner = names::brackets_kept(piece, (&['('], &[')']), |b| !only_contract(b));
        let outside = joined(&inner);
        if outside.is_empty() || only_contract(&outside) {
            continue;
        }
        if names_contract(&outside) {
            money.push(outside.clone());
        }
        kept.push((outside, sep));
    }
    // Each kept part after the separator that followed the one before.
    let mut out = String::new();
    for (i, (text, _)) in kept.iter().enumerate() {
        if let Some((_, sep)) = i.checked_sub(1).map(|before| &kept[before]) {
            match sep {
                Some(c @ (',' | ';')) => out.extend([*c, ' ']),
                Some(c) if *c != '\n' => out.extend([' ', *c, ' ']),
                _ => out.push(' '),
            }
        }
        out.push_str(text);
    }
    ((!out.is_empty()).then_some(out), money)
}

/// The kinds of contract in words of their own, the longer of two that
/// begin alike first.
const CONTRACT_TERMS: &[&str] = &[
    "fixed price",
    "fixed-price",
    "fixed fee",
    "time and materials",
    "time and material",
    "time & materials",
    "time & material",
    "time-and-materials",
    "time-and-material",
    "not-to-exceed",
    "not to exceed",
    "nach aufwand",
    "day rate",
    "daily rate",
    "hourly rate",
    "monthly fee",
    "monthly retainer",
    "retainer",
    "flat fee",
    "flat rate",
    "lump sum",
    "fixed monthly fee",
];

/// Currency codes, as words ("1.450 EUR", "EUR 18,000").
const CURRENCIES: &[&str] = &["eur", "gbp", "usd", "chf", "aud", "cad"];

/// What names money inside a German compound: "Monatspauschale",
/// "Festpreisangebot", "Budgetdeckel".
const MONEY_INSIDE: &[&str] = &[
    "pauschal",
    "festpreis",
    "budget",
    "tagessatz",
    "stundensatz",
    "monatsgebühr",
    "vergütung",
    "honorar",
];

/// Does `piece` say only the kind of contract or its money: its words,
/// once the terms for a kind of contract are taken out, all amounts,
/// currencies, such terms, or the small words that go with them ("capped
/// at", "im Monat", "total", „insgesamt"), with at most one word of
/// another kind beside a sum in a currency ("fixed price EUR 96,000
/// overall" as "monthly retainer EUR 4,500"): one rule for any wording
/// of a price, not a list of every word that may stand by it.
fn only_contract(piece: &str) -> bool {
    const WORDS: &[&str] = &[
        "t&m",
        "\u{20ac}",
        "$",
        "\u{a3}",
        "werkvertrag",
        "dienstvertrag",
        "capped",
        "cap",
        "at",
        "max",
        "maximum",
        "up",
        "to",
        "of",
        "per",
        "a",
        "an",
        "the",
        "month",
        "monthly",
        "fixed",
        "flat",
        "fee",
        "rate",
        "hour",
        "day",
        "monatlich",
        "monatliche",
        "monatlichen",
        "jährlich",
        "jährliche",
        "feste",
        "fester",
        "festen",
        "stunde",
        "tag",
        "year",
        "plus",
        "vat",
        "net",
        "mit",
        "im",
        "pro",
        "monat",
        "jahr",
        "gedeckelt",
        "auf",
        "bis",
        "zu",
        "höchstens",
        "zzgl",
        "mwst",
        "netto",
        "brutto",
        "total",
        "in",
        "overall",
        "all-in",
        "gesamt",
        "insgesamt",
        "incl",
        "inkl",
        "excl",
        "exkl",
        "including",
        "excluding",
        "approx",
        "ca",
        "about",
        "agreed",
        "vereinbart",
        "price",
        "preis",
        "sum",
        "summe",
        "amount",
        "betrag",
        "value",
        "wert",
    ];
    let mut lower = piece.to_lowercase();
    for term in CONTRACT_TERMS {
        lower = lower.replace(term, " ");
    }
    let amount = |w: &str| {
        let w = w.trim_matches(['\u{20ac}', '$', '\u{a3}']);
        let w = w.strip_suffix(['k', 'h']).unwrap_or(w);
        w.chars().any(|c| c.is_ascii_digit())
            && w.chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    };
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | ';' | ':' | '/'))
        .map(|w| w.trim_matches(['.', '-']))
        .filter(|w| !w.is_empty())
        .collect();
    let other = words
        .iter()
        .filter(|w| {
            !(amount(w)
                || WORDS.contains(w)
                || CURRENCIES.contains(w)
                || MONEY_INSIDE.iter().any(|term| w.contains(term)))
        })
        .count();
    // A sum in a currency: an amount with a code or a sign.
    let sum = words.iter().any(|w| amount(w))
        && (words.iter().any(|w| CURRENCIES.contains(w))
            || piece.contains(['\u{20ac}', '$', '\u{a3}']));
    names_contract(piece) && (other == 0 || other == 1 && sum)
}

/// Does `piece` say the kind of contract, or its money or hours?
fn names_contract(piece: &str) -> bool {
    let lower = piece.to_lowercase();
    let hours = lower.split_whitespace().any(|word| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        word.strip_suffix('h')
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == ','))
    });
    // A currency's code as a word ("1.450 EUR", "EUR 18,000").
    let code = lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| CURRENCIES.contains(&word));
    let inside = MONEY_INSIDE.iter().any(|term| lower.contains(term));
    let words = [
        "t&m",
        "t & m",
        "werkvertrag",
        "dienstvertrag",
        "\u{20ac}",
        "$",
        "\u{a3}",
    ];
    hours
        || code
        || inside
        || CONTRACT_TERMS
            .iter()
            .chain(&words)
            .any(|term| at_word_start(&lower, term))
}

/// Does `term` stand in `text` where a word starts ("t & m" is not in
/// "support & maintenance")?
fn at_word_start(text: &str, term: &str) -> bool {
    text.match_indices(term).any(|(at, _)| {
        !term.starts_with(char::is_alphanumeric) || !text[..at].ends_with(char::is_alphanumeric)
    })
}

/// The message for `case`, written `today`, asking for an answer `by`:
/// with the answers written for the CSM that it can put to the partner.
fn compose(case: &Case, by: Option<AnswerBy>, today: Date, t: &dyn Messages) -> Note {
    // Going higher is said once, in the note's own sentence, with the
    // day and what came of it as the merchant's position tells them.
    let (position, told) = went_up_in(case);
    let says_little = |a: &str| Higher::of(Some(a)) == Higher::Unsaid && !days_said(a, today);
    let went_up_answer = match told.as_deref() {
        Some(told) if case.went_up_answer.is_none_or(says_little) => Some(told),
        _ => case.went_up_answer,
    };
    let case = &Case {
        position: if told.is_some() {
            position.as_deref()
        } else {
            case.position
        },
        went_up_answer,
        ..case.clone()
    };
    let left = for_partner(case);
    let mut shown = case.clone();
    apply(&mut shown, &left);
    // A position on the partner's reply is never left out whole: cut
    // sentence by sentence to nothing, it still says that the merchant
    // does not accept the reply (and the run says so).
    if case.position.is_some() && shown.position.is_none() && replied(case, today) {
        shown.position = Some(t.note_position_neutral());
    }
    // A problem cut whole still says in the note what is wrong.
    let in_short = (shown.note_problem.is_none() && shown.problem.is_none())
        .then(|| in_short(&shown, case.problem?, t))
        .flatten();
    if in_short.is_some() {
        shown.problem = in_short.as_deref();
    }
    // The day a problem started is a fact the subject may say, whoever
    // its words were written for.
    let subject_case = Case {
        problem: case.problem,
        ..shown.clone()
    };
    // A day the merchant named relative to today ("by Friday") gets its
    // date: the partner reads the note on another day.
    // An ISO date the merchant typed is written as the note writes its
    // own ("2026-12-05" is "5 Dec 2026"): one form of date in a letter.
    let iso = |text: &str| days::iso_written(text, t).into_owned();
    // A deadline in words never after the date at risk.
    let outcome = shown
        .outcome
        .map(|o| iso(&days::dated_before(o, today, false, shown.deadline, t)));
    let position = shown.position.map(|p| days::dated(p, today, true, t));
    let shown = Case {
        outcome: outcome.as_deref(),
        position: position.as_deref(),
        ..shown
    };
    let case = &shown;
    let date = |d| t.date(d);
    let (by_day, at_risk) = match by {
        Some(AnswerBy::Window(by)) => (Some(by), None),
        Some(AnswerBy::LiveDown(by)) => (Some(by), None),
        Some(AnswerBy::BeforeRisk { by, at_risk }) => (Some(by), Some(date(at_risk))),
        Some(AnswerBy::TooNear { at_risk }) => (None, Some(date(at_risk))),
        None => (None, None),
    };
    let by_said = by_day.map(|by| t.weekday_date(by));
    let short = match by {
        Some(by) => by.date().map(|by| subject::short_date(by, Some(today), t)),
        None => None,
    };
    let person = case.partner_person.as_ref().map(|p| p.name);
    let mut parts = vec![Part::Text(greeting(person, t))];
    // The position and going higher come after the problem they are about.
    let mut after_problem = Vec::new();
    match case.raised {
        Raised::Open { on, .. } => {
            let (first, after) = follow_up(case, on, today, t);
            parts.push(first);
            after_problem = after;
        }
        _ => parts.push(Part::Text(
            t.note_opening(case.project.map(joined).as_deref()),
        )),
    }
    if let Some(problem) = case.note_problem.or(case.problem) {
        // Dated as the brief dates it: "since Sunday afternoon (6 Dec 2026)".
        let problem = iso(&days::dated(problem, today, true, t));
        parts.push(Part::Text(sentence(&lines(&problem))));
    }
    let cuts = example_cuts(case);
    // A placeholder ("n/a", "-", "see attached") is no example.
    let examples: Vec<String> = (case.examples.iter().enumerate())
        .filter(|(_, e)| super::given::example(e).is_some())
        .filter_map(|(i, e)| match cuts.iter().find(|(c, _)| *c == i) {
            None => Some(e.as_str()),
            Some((_, ExampleCut::Reworded(now))) => Some(now.as_str()),
            Some(_) => None,
        })
        // The note carries no attachment: "…, cron log attached" loses
        // its last part.
        .map(|e| lines(&iso(super::given::without_attachment(e))))
        .collect();
    // A clause whose section the problem, an example or the position
    // already cites is not named again.
    let cited = |clause: &str| {
        let said: Vec<&str> = (case.note_problem.or(case.problem).into_iter())
            .chain(examples.iter().map(String::as_str))
            .chain(after_problem.iter().filter_map(|part| match part {
                Part::Text(text) => Some(text.as_str()),
                Part::List { .. } => None,
            }))
            .collect();
        repeat::says_clause(clause, &said.join("\n"))
    };
    // Compared as the note would say it, without the money it leaves out.
    let clause_said = case.clause.and_then(|c| clause(c).0).filter(|c| !cited(c));
    if !examples.is_empty() {
        parts.push(Part::List {
            intro: t.note_examples(examples.len() > 1).to_owned(),
            entries: examples,
        });
    }
    // The contract's basis comes before what answers the partner's reply
    // and before what follows from it (an invoice withheld, going
    // higher): the grounds, then the consequences.
    if let Some(clause) = clause_said {
        parts.push(Part::Text(ended(&t.note_clause(&clause))));
    }
    parts.extend(after_problem);
    // What is at stake, then the date at risk: one paragraph, unless the
    // merchant's words run over several lines. Their words stand as a
    // sentence of their own; a fragment ("about 40 orders a day") is
    // said in one of the note's.
    // A day it names relative to today gets its date, read as text that
    // tells what happens ("by Friday", "since Saturday"; not "EUR 5,000
    // in 3 days", an amount, not a deadline); one whose first clause is a fragment ("Roughly GBP 38,000 of
    // lost orders per day; …") is led in too.
    let impact = case.impact.map(|i| iso(&days::dated(i, today, true, t)));
    // One rule for every impact on one line: led in by the note's words,
    // its first word going on in lower case when it is a common word;
    // one that points back ("This costs us …", „Das kostet uns …") or
    // runs over several lines stands on its own.
    let said = case_words(case);
    let stakes = impact.as_deref().map(|impact| {
        let impact = lines(impact);
        let first = (impact.split_whitespace().next().unwrap_or_default()).to_lowercase();
        if impact.contains('\n') || POINTS_BACK.contains(&bare(&first)) {
            sentence(&impact)
        } else {
            ended(&t.note_impact(
                &going_on(&after_colon(&impact), &said, t),
                consequence(&impact),
            ))
        }
    });
    // An impact that names the day at risk and what happens on it says
    // it once; else the date is said as the brief's first line says it.
    // An impact that names the day at risk and what happens on it says
    // it once; one that names the day alone has the event added, without
    // the date again.
    let says = |what| {
        (case.deadline.zip(impact.as_deref())).is_some_and(|(d, i)| repeat::says_day(d, what, i))
    };
    let at_risk_said = case
        .deadline
        .filter(|_| !says(case.deadline_what))
        .and_then(|_| subject::urgent(case, Some(today), t, date))
        .filter(|urgent| urgent.what.is_some() || !says(None))
        .map(|urgent| t.note_at_risk(&urgent, !says(None), stakes.is_some()));
    match (stakes, at_risk_said) {
        (Some(stakes), Some(at_risk)) if !stakes.contains('\n') => {
            parts.push(Part::Text(format!("{stakes} {at_risk}")));
        }
        (stakes, at_risk) => parts.extend(stakes.into_iter().chain(at_risk).map(Part::Text)),
    }
    if let Some(outcome) = case.outcome {
        parts.push(Part::Text(wanted(outcome, &said, t)));
    }
    // A commercial dispute asks for their answer to the position by the
    // note's day: the shop is no reason given for it, nor is how they
    // will meet the outcome's date asked.
    let commercial = case.ask_value == Some("commercial");
    let live = match case.severity_value {
        _ if commercial => Live::No,
        _ if matches!(by, Some(AnswerBy::LiveDown(_))) => Live::Down,
        Some(crate::checklist::LIVE_DOWN) => Live::Down,
        Some("degraded") => Live::Affected,
        _ => Live::No,
    };
    // A near date at risk asks once, today when no later day is left.
    let by_when = match (by_said.as_deref(), by_day) {
        (Some(_), Some(day)) if day <= today && at_risk.is_some() => By::Today,
        (Some(said), _) => By::Day(said),
        (None, _) if at_risk.is_some() => By::Today,
        (None, _) => By::Open,
    };
    let answer = match case.raised {
        Raised::Open { answer, .. } => answer,
        _ => None,
    };
    // An outcome with its own time is asked for by that time.
    let ask = if commercial {
        Ask::Answer
    } else {
        Ask::of(case.outcome)
    };
    let days = match (ask, case.outcome) {
        (Ask::Timed, Some(outcome)) => due_days(outcome, today),
        _ => Vec::new(),
    };
    let nearest = days.iter().min().copied();
    // A time from now ("within 24 hours") or a range ("next week") is no
    // day: beside a day or alone, how they will meet it is asked.
    // One dated in words ("by the end of next week", "within 10 days")
    // is a day like any other.
    let dated = case.outcome.is_some_and(days::names_a_deadline);
    let span = !dated && case.outcome.is_some_and(days::names_a_span);
    let range = !dated && case.outcome.is_some_and(names_a_range);
    let open = span || range;
    let gives_up =
        |day: Date| matches!(by, Some(AnswerBy::BeforeRisk { at_risk, .. }) if day >= at_risk);
    let due = match nearest {
        Some(day) if days.len() == 1 && !open && day == today => Due::Today,
        // The one day, no later than the note's own day to answer by, or
        // past a date at risk it gives up (whose eve that day is): asked
        // for by then, as the subject asks.
        Some(day)
            if days.len() == 1 && !open && (by_day.is_none_or(|by| day <= by) || gives_up(day)) =>
        {
            Due::Then
        }
        // A time of day ("by 11:00", "tonight") is no later day.
        None if !open => Due::Then,
        // The nearest of several parts due today or by the day to answer
        // by: that part is expected then, the later ones confirmed.
        Some(day) if day == today || by_day.is_some_and(|by| day <= by) => Due::First {
            today: day == today,
            later: kept(days.len() - 1, span, range),
        },
        // One later day for what is itself an answer: sent by that day.
        Some(_) if days.len() == 1 && !open && case.outcome.is_some_and(answer_itself) => Due::Send,
        _ => Due::Confirm(kept(days.len(), span, range)),
    };
    let send_said = (due == Due::Send)
        .then_some(nearest)
        .flatten()
        .map(|d| t.weekday_date(d));
    let by_when = match send_said.as_deref() {
        Some(said) => By::Day(said),
        None => by_when,
    };
    // How they will meet it is asked by the note's day to answer by, or
    // by the outcome's nearest day when that comes first: the close never
    // names a day later than the outcome asks.
    let first = nearest.filter(|&d| {
        matches!(due, Due::Confirm(_))
            && matches!(by_when, By::Day(_))
            && by_day.is_some_and(|by| d < by)
    });
    let first_said = first.map(|d| t.weekday_date(d));
    let by_when = match (first, first_said.as_deref()) {
        (Some(d), _) if d <= today => By::Today,
        (Some(_), Some(said)) => By::Day(said),
        _ => by_when,
    };
    // The subject asks for the same day as the close, "today" when that
    // is today: the outcome's own day when the close asks by it alone.
    let short = match (due, nearest.or(first)) {
        (Due::Then | Due::Confirm(_) | Due::Send, Some(day))
            if matches!(by_when, By::Day(_))
                && (matches!(due, Due::Then | Due::Send) || first.is_some()) =>
        {
            Some(subject::short_date(day, Some(today), t))
        }
        _ => short,
    };
    let subject_by = match (&by_when, by_day, short.as_deref()) {
        (By::Today, ..) => By::Today,
        (_, Some(day), _) if day <= today => By::Today,
        (_, _, Some(short)) => By::Day(short),
        _ => By::Open,
    };
    let subject = subject::note(&subject_case, subject_by, Some(today), t);
    parts.push(Part::Text(t.note_request(
        by_when,
        at_risk.as_deref(),
        live,
        ask,
        due,
        Reply::of(answer, person.is_some()),
    )));
    parts.push(Part::Text(closing(case, t).join("\n")));
    // The merchant's straight quotes as the letter's language prints them.
    let (open, close) = t.quote_marks();
    let letter = |text: String| super::sentence::typographic(&text, open, close);
    let parts = parts
        .into_iter()
        .map(|part| match part {
            Part::Text(text) => Part::Text(letter(text)),
            Part::List { intro, entries } => Part::List {
                intro,
                entries: entries.into_iter().map(letter).collect(),
            },
        })
        .collect();
    Note { subject, parts }
}

/// What the partner is asked to keep to: `days` named days, a time from
/// now (`span`) and a range (`range`).
fn kept(days: usize, span: bool, range: bool) -> Kept {
    match days + usize::from(span) + usize::from(range) {
        1 if days == 1 => Kept::Date,
        1 => Kept::Deadline,
        _ => Kept::Deadlines,
    }
}

/// What is wrong, in a few words, when every sentence of the `problem`
/// the merchant wrote for the CSM was cut from `case`: the merchant's
/// topic with the severity's words when it does not say them, else the
/// severity's words alone; none when neither is given.
fn in_short(case: &Case, problem: &str, t: &dyn Messages) -> Option<String> {
    if problem.trim().is_empty() {
        return None;
    }
    let topic = subject::topic(case, t)?;
    let severity = case
        .severity_value
        .filter(|&value| case.topic.is_some() && !subject::says_severity(value, &topic, t))
        .and_then(|value| t.severity_topic(value, case.live_shop()));
    let what = match severity {
        Some(severity) => format!("{severity} \u{2013} {topic}"),
        None => topic,
    };
    Some(t.note_in_short(&what))
}

/// A letter's closing lines, as the note and the brief's email end: the
/// sign-off, then the merchant's name and company from the answers.
pub fn closing(case: &Case, t: &dyn Messages) -> Vec<String> {
    let mut closing = vec![t.note_closing().to_owned()];
    let company = case.merchant.map(names::company);
    match case.contact {
        Some(contact) => closing.extend(names::signature(contact, company)),
        None => closing.extend(company.map(str::to_owned)),
    }
    closing
}

/// A letter's closing lines when the letter says how to reach the
/// merchant already: the sign-off, then their name, else their company.
pub fn closing_named(case: &Case, t: &dyn Messages) -> Vec<String> {
    let company = case.merchant.map(names::company);
    let signed = case.contact.and_then(names::contact_name);
    let mut closing = vec![t.note_closing().to_owned()];
    closing.extend(signed.or_else(|| company.map(str::to_owned)));
    closing
}

/// `text` on one line, its lines joined by spaces.
pub(super) fn joined(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The outcome the merchant wants, in their words, in the note's sentence
/// that asks for it; a sentence of theirs that says who needs it ("We
/// need …", „Wir brauchen …") stands alone.
fn wanted(outcome: &str, said: &[&str], t: &dyn Messages) -> String {
    let outcome = lines(outcome);
    let first = (outcome.split_whitespace().next().unwrap_or_default()).to_lowercase();
    let own = ["we", "i", "wir", "ich"].contains(&first.as_str());
    if own {
        return sentence(&outcome);
    }
    // Put to them, "You fix …" would read as a command where a thing
    // wanted is named: "that you fix …".
    let outcome = match outcome.strip_prefix("You ") {
        Some(rest) => format!("that you {rest}"),
        None => outcome,
    };
    // After the colon, an article or a possessive starts in lower case
    // ("… is this: a written plan"); any other word as written, which
    // may be a name ("Zalando order import").
    const LOWER: &[&str] = &[
        "a",
        "an",
        "the",
        "our",
        "this",
        "that",
        "ein",
        "eine",
        "einen",
        "der",
        "die",
        "das",
        "den",
        "unser",
        "unsere",
        "unseren",
        "by",
        "until",
        "within",
        "bis",
        "innerhalb",
        "spätestens",
    ];
    // In German an adjective before its noun too ("Funktionierende
    // Übertragung").
    let adjective = t.code() == "de"
        && ["e", "en", "er", "es", "em"]
            .iter()
            .any(|e| first.ends_with(e))
        && (outcome.split_whitespace().nth(1)).is_some_and(|w| w.starts_with(char::is_uppercase));
    // A whole German sentence after the colon keeps its capital („Die
    // Suche muss bis … wieder Treffer liefern").
    let sentence = t.code() == "de" && crate::report::sentence::is_clause(&outcome);
    let outcome = if sentence {
        crate::i18n::upper_first(&outcome)
    } else if LOWER.contains(&first.as_str()) || adjective {
        crate::i18n::lower_first(&outcome)
    } else {
        going_on(&outcome, said, t)
    };
    // Their words on lines of their own keep them, below the words
    // that ask.
    let gap = if outcome.contains('\n') { "\n" } else { " " };
    ended(&format!("{}{gap}{outcome}", t.note_outcome()))
}

/// First words of an impact that point back to the problem and so open
/// a sentence of their own.
const POINTS_BACK: &[&str] = &[
    "this",
    "that",
    "it",
    "these",
    "those",
    "which",
    "so",
    "das",
    "dies",
    "dadurch",
    "damit",
    "es",
    "deshalb",
    "daher",
    "hierdurch",
    "dieses",
    "diese",
];

/// A shop's everyday English words an outcome or an impact may open with
/// ("Checkout working again", "Revenue down by a third").
const EVERYDAY: &[&str] = &[
    "checkout",
    "conversion",
    "fix",
    "fixes",
    "orders",
    "order",
    "revenue",
    "sales",
    "search",
    "import",
    "export",
    "payment",
    "payments",
    "shipping",
    "delivery",
    "customers",
    "traffic",
    "prices",
    "stock",
    "access",
    "login",
    "cart",
    "basket",
    "support",
    "root",
    "workaround",
    "plan",
    "answer",
    "reply",
    "response",
    "rollback",
    "refund",
    "refunds",
    "release",
    "update",
    "data",
    "feed",
    "invoice",
    "patch",
    "hotfix",
    "repair",
    "written",
    "full",
    "working",
    "correct",
    "proper",
    "lost",
    "losses",
    "about",
    "roughly",
    "around",
    "up",
    "down",
    "over",
    "less",
    "more",
    "nearly",
    "almost",
    "only",
    "online",
    "shop",
    "store",
    "site",
    "website",
    "product",
    "products",
    "page",
    "pages",
    "email",
    "emails",
    "inventory",
    "catalog",
    "catalogue",
    "images",
];

/// `word` without the punctuation around it.
fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// The merchant's own texts of `case` and its names: where a word is seen
/// written in lower case, or with its capital inside a sentence.
fn case_words<'a>(case: &Case<'a>) -> Vec<&'a str> {
    [
        case.problem,
        case.note_problem,
        case.impact,
        case.position,
        case.topic,
        case.project,
        case.partner,
        case.merchant,
        case.outcome,
        case.deadline_what,
    ]
    .into_iter()
    .flatten()
    .chain(case.examples.iter().map(String::as_str))
    .chain(case.partner_person.as_ref().map(|p| p.name))
    .collect()
}

/// English words after a colon of the note's own go on in lower case
/// when the first is a common word ("Checkout working again today" →
/// "checkout working again today"): all letters, its capital the first
/// letter alone, "I" aside, and never written with its capital inside a
/// sentence or as a name in `said`. German keeps the merchant's capitals
/// (nouns).
fn going_on(text: &str, said: &[&str], t: &dyn Messages) -> String {
    if t.code() != "en" {
        return text.to_owned();
    }
    let Some(first) = text.split_whitespace().next() else {
        return text.to_owned();
    };
    let word = bare(first);
    let mut letters = word.chars();
    let common = word.len() > 1
        && word == first.trim_end_matches([',', ':', ';', '.'])
        && letters.next().is_some_and(char::is_uppercase)
        && letters.all(char::is_lowercase);
    let named = said.iter().any(|text| {
        let words: Vec<&str> = text.split_whitespace().collect();
        words.iter().enumerate().any(|(i, w)| {
            bare(w) == word && i > 0 && !words[i - 1].ends_with(['.', '!', '?', ':', '\n'])
        })
    });
    // A word of the language, not a name: seen in lower case in the
    // merchant's texts, one of a shop's everyday words, or a word formed
    // as the language forms them; "Klarna" keeps its capital.
    let lower = word.to_lowercase();
    let seen_lower = said
        .iter()
        .any(|text| text.split_whitespace().any(|w| bare(w) == lower));
    let everyday = EVERYDAY.contains(&lower.as_str())
        || [
            "ing", "tion", "sion", "ment", "ness", "ity", "ed", "ly", "ance", "ence",
        ]
        .iter()
        .any(|end| lower.len() > end.len() + 2 && lower.ends_with(end));
    if common && !named && (seen_lower || everyday) {
        crate::i18n::lower_first(text)
    } else {
        text.to_owned()
    }
}

/// Text the user gave, with its lines: each without trailing blanks, no
/// blank line at either end, and at most one in a row.
fn lines(text: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim_end) {
        if line.trim().is_empty() && out.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        out.push(if line.trim().is_empty() { "" } else { line });
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pronoun_after_the_one_named_is_said_as_their_name() {
        for (text, named) in [
            (
                "Call with Raj on 4 Dec, he said noon",
                Some("Call with Raj on 4 Dec, Raj said noon"),
            ),
            (
                "Telefonat mit Tom am 20.11., er sagte, bis Mittag",
                Some("Telefonat mit Tom am 20.11., Tom sagte, bis Mittag"),
            ),
            ("Call with Raj; Fastly said he was wrong", None),
            ("Call with Raj on 4 Dec", None),
        ] {
            assert_eq!(
                pronoun_named(text, if text.contains("Tom") { "Tom" } else { "Raj" }).as_deref(),
                named,
                "{text}"
            );
        }
    }

    #[test]
    fn an_impact_is_a_consequence_or_a_state() {
        for impact in [
            "about 40 lost orders a day",
            "we cannot ship",
            "USD 9,000 a week in overtime",
            "Geschätzt 15.000 EUR Umsatz pro Woche",
            "die Kunden springen ab",
            "Pilotkunden warten",
            "conversion down by a third",
        ] {
            assert!(consequence(impact), "{impact}");
        }
        for impact in [
            "our Christmas campaign is running",
            "die Weihnachtsaktion läuft",
            "our Christmas campaign starts on 14 Dec",
            "the board reviews the project this week",
        ] {
            assert!(!consequence(impact), "{impact}");
        }
    }

    #[test]
    fn an_answer_itself_is_told_from_work_done() {
        for outcome in [
            "a binding date by Friday",
            "a fixed-price offer",
            "a plan for the fix by 11 Dec",
            "a root-cause report and a new timeline by 11 Dec",
            "ein verbindlicher Plan mit Termin bis 11.12.",
            "eine Aufwandsschätzung bis Freitag",
        ] {
            assert!(answer_itself(outcome), "{outcome}");
        }
        for outcome in [
            "checkout working again by 11 Dec",
            "a plan by 11 Dec, and checkout working by 18 Dec",
            "die Versandkosten korrekt bis zum Go-live",
            "ein Plan bis 11.12. und die Suche funktioniert bis 18.12.",
            "an update of the module by Friday",
        ] {
            assert!(!answer_itself(outcome), "{outcome}");
        }
    }

    #[test]
    fn a_reply_refuses_by_what_it_says_not_by_regret_or_the_word_offer() {
        for (reply, refused) in [
            (
                "Leider verzögert sich Meilenstein M3 um zwei Wochen.",
                false,
            ),
            ("Unfortunately the import is delayed to next week.", false),
            ("Laut Angebot A-2026-04 liefern wir bis 20.11.", false),
            (
                "Das ist nicht Bestandteil des Festpreises, wir senden ein Nachtragsangebot.",
                true,
            ),
            (
                "This is out of scope; we will send a quote for 12 days.",
                true,
            ),
            ("We'll quote 12 PT for it.", true),
        ] {
            assert_eq!(refuses(reply), refused, "{reply}");
        }
    }

    #[test]
    fn an_outcome_names_its_own_time_or_not() {
        for (outcome, said) in [
            ("checkout working again by 11:00 on 25 Nov", true),
            ("Fix bis 04.12., vorher Analyse", true),
            ("fixed on staging by Nov 26 noon", true),
            ("Shop läuft wieder bis 14 Uhr", true),
            ("checkout working again within 24 hours", true),
            ("Fix innerhalb von 2 Tagen", true),
            ("within budget", false),
            ("load times back under 3s", false),
            ("a written plan with dates", false),
            ("Rollback auf Version 2.4", false),
        ] {
            assert_eq!(timed(outcome), said, "{outcome}");
        }
    }

    #[test]
    fn a_voicemail_no_one_called_back_is_no_answer() {
        for (text, came) in [
            (
                "Called their MD on Sunday, went to voicemail, no callback so far.",
                Higher::Voicemail,
            ),
            ("Left a message on his mailbox.", Higher::Voicemail),
            (
                "Anruf bei Herrn Hale, nur Anrufbeantworter.",
                Higher::Voicemail,
            ),
            (
                "Voicemail on Monday, he called back on Tuesday.",
                Higher::Unsaid,
            ),
            ("Wrote to her; no callback yet.", Higher::NotAnswered),
            ("Kein Rückruf von Frau Lang.", Higher::NotAnswered),
            (
                "Martin Hale has not even replied to my email.",
                Higher::NotAnswered,
            ),
            (
                "Frau Lang hat nicht einmal geantwortet.",
                Higher::NotAnswered,
            ),
            ("She confirmed the answer.", Higher::Upheld),
        ] {
            assert_eq!(Higher::of(Some(text)), came, "{text}");
        }
    }

    #[test]
    fn what_their_people_said_is_told_and_what_we_said_is_not() {
        let examples = |example: &str| vec![example.to_owned()];
        for (example, spoken) in [
            (
                "Raj said on the phone they would 'have a look on Monday'",
                true,
            ),
            ("Northpeak told us it is a hosting matter", true),
            ("On 5 Dec they said they are on it", true),
            ("Herr Mehta meinte am Telefon, man sei dran", true),
            ("We told them the invoice is on hold", false),
            ("I said we would wait until Monday", false),
            ("Checkout throws HTTP 500 since 09:20", false),
        ] {
            let answers = examples(example);
            let case = Case {
                partner_person: Some(super::super::case::Person::of("Raj Mehta, delivery lead")),
                partner: Some("Northpeak Digital"),
                examples: &answers,
                ..Case::default()
            };
            assert_eq!(spoke(&case), spoken, "{example}");
        }
    }
    use crate::i18n::Lang;
    use jiff::civil::date;

    const TODAY: Date = date(2026, 11, 25);

    fn texts(note: &Note) -> Vec<&str> {
        note.parts
            .iter()
            .map(|p| match p {
                Part::Text(text) => text.as_str(),
                Part::List { intro, .. } => intro.as_str(),
            })
            .collect()
    }

    #[test]
    fn a_raised_concern_is_followed_up_with_the_rest_as_answered() {
        let t = Lang::En.messages();
        let on = date(2026, 11, 10);
        let examples = ["#48\n  second line ".to_owned()];
        let case = Case {
            problem: Some("Checkout\n  fails\n\n\n\nsince Monday  "),
            raised: Raised::Open {
                on: Some(on),
                answer: None,
            },
            reviewed: Some(true),
            added: Some(true),
            added_effect: Some(true),
            added_detail: Some("A second payment provider, within budget."),
            examples: &examples,
            ..Case::default()
        };
        let note = compose(&case, None, date(2026, 11, 4), t);
        let texts = texts(&note);
        let follow_up = format!(
            "{} {}",
            t.note_follow_up(Some(&t.date(on)), None, true),
            t.note_no_reply()
        );
        assert!(texts.contains(&follow_up.as_str()), "{texts:#?}");
        // The problem keeps its lines, with one blank line at most.
        assert!(
            texts.contains(&"Checkout\n  fails\n\nsince Monday (2 Nov 2026)"),
            "{texts:#?}"
        );
        let list = note.parts.iter().find_map(|p| match p {
            Part::List { entries, .. } => Some(entries.clone()),
            Part::Text(_) => None,
        });
        assert_eq!(list, Some(vec!["#48\n  second line".to_owned()]));
        // Nothing the merchant checked is put to the partner as a claim.
        let all = texts.join("\n");
        for said in ["re-read", "statement of work", "added", "payment provider"] {
            assert!(!all.contains(said), "{said}: {all}");
        }
    }

    #[test]
    fn a_reply_is_read_with_its_channel_and_day_and_a_note_of_none_is_none() {
        let via = |v, on| {
            Some(Answered {
                via: v,
                on,
                refuses: false,
            })
        };
        for (answer, read) in [
            (
                "Email from Priya, 24 Nov 16:52:\n\nHi Dan, w/c 30 Nov",
                via(Some(Channel::Written), Some(date(2026, 11, 24))),
            ),
            (
                "Mail von Herrn Brandt, 13.11.2026:\nHallo",
                via(Some(Channel::Written), Some(date(2026, 11, 13))),
            ),
            (
                "Ticket KD-88412, comment 24 Nov 09:02 (Bram):",
                via(Some(Channel::Ticket), Some(date(2026, 11, 24))),
            ),
            ("Hi, we are looking into it.", via(None, None)),
            (
                "Telefonat am 20.11.: erst im Dezember",
                via(Some(Channel::Call), Some(date(2026, 11, 20))),
            ),
            // An account of several exchanges: the latest is the reply.
            (
                "Telefonat am 13.11.: Herr Yilmaz meinte, man sei „dran“.\nAm 20.11. per Mail nachgefragt, Antwort: „Wir schauen uns das an.“",
                via(Some(Channel::Written), Some(date(2026, 11, 20))),
            ),
            (
                "Call on 13 Nov: Tom said they are \"on it\". Asked again by email on 20 Nov, answer: \"We are busy.\"",
                via(Some(Channel::Written), Some(date(2026, 11, 20))),
            ),
            (
                "From: Tom <tom@acme.example>\nSent: 20 November 2026\n\nHi, we are busy.",
                via(Some(Channel::Written), Some(date(2026, 11, 20))),
            ),
            ("keine Antwort, Ticket steht auf 'in Prüfung'", None),
            ("No reply since 12 Nov.", None),
            ("Nothing.", None),
            ("  \n", None),
        ] {
            assert_eq!(reply(answer, None, TODAY), read, "{answer}");
        }
    }

    #[test]
    fn a_reply_is_answered_without_thanks_and_going_higher_is_said() {
        let examples: [String; 0] = [];
        for (lang, thanks, position, higher) in [
            (
                Lang::En,
                "I am writing in reply to your email of 24 Nov 2026 about",
                "The rules were loaded the same way last year.",
                "I also left a voicemail for Ruben Visser, your account director, on 24 Nov 2026; no one has called me back yet.",
            ),
            (
                Lang::De,
                "ich beziehe mich auf Ihre E-Mail vom 24.11.2026 zu",
                "The rules were loaded the same way last year.",
                "Am 24.11.2026 habe ich außerdem Ruben Visser, Ihren account director, angerufen und eine Nachricht auf der Mailbox hinterlassen; zurückgerufen hat mich bisher niemand.",
            ),
        ] {
            let t = lang.messages();
            let case = Case {
                raised: Raised::Open {
                    on: Some(date(2026, 11, 23)),
                    answer: Some("Email from Priya, 24 Nov:\nHi Dan"),
                },
                position: Some("The rules were loaded the same way last year"),
                went_up: Some(true),
                decider: Some(super::super::case::Person::of(
                    "Ruben Visser, account director",
                )),
                went_up_answer: Some("called 24 Nov 10:15, voicemail"),
                examples: &examples,
                ..Case::default()
            };
            let note = compose(&case, None, TODAY, t);
            let texts = texts(&note);
            assert!(texts[1].contains(thanks), "{texts:#?}");
            assert!(!texts[1].contains(t.note_still_open()), "{texts:#?}");
            // The position follows the problem it answers (here none is
            // given, so at once); going higher is said after it.
            assert_eq!(texts[2], position);
            assert_eq!(texts[3], higher);
            let with_problem = compose(
                &Case {
                    problem: Some("Checkout fails since Monday"),
                    ..case.clone()
                },
                None,
                TODAY,
                t,
            );
            let texts = self::texts(&with_problem);
            assert_eq!(
                texts[2],
                format!(
                    "Checkout fails since Monday ({}).",
                    t.date(date(2026, 11, 23))
                ),
                "{texts:#?}"
            );
            assert_eq!(texts[3], position);
            assert_eq!(texts[4], higher);
            // Without a position, in the first paragraph, after the
            // reply and that the matter is open.
            let undisputed = compose(
                &Case {
                    position: None,
                    ..case.clone()
                },
                None,
                TODAY,
                t,
            );
            let first = self::texts(&undisputed)[1];
            let open = first.find(t.note_still_open()).unwrap();
            assert!(first.find(higher).is_some_and(|at| at > open), "{first}");
        }
    }

    #[test]
    fn a_reply_that_never_came_is_said_to_have_not_come() {
        let examples: [String; 0] = [];
        for lang in [Lang::En, Lang::De] {
            let t = lang.messages();
            for (answer, said) in [
                (
                    Some("no answer so far, ticket still open"),
                    t.note_no_reply(),
                ),
                (Some("Keine Antwort, Ticket in Prüfung"), t.note_no_reply()),
                (None, t.note_no_reply()),
                (Some("We are looking into it."), t.note_still_open()),
            ] {
                let case = Case {
                    raised: Raised::Open {
                        on: Some(date(2026, 11, 23)),
                        answer,
                    },
                    examples: &examples,
                    ..Case::default()
                };
                let note = compose(&case, None, TODAY, t);
                assert!(texts(&note)[1].contains(said), "{answer:?}: {note:#?}");
            }
        }
    }

    #[test]
    fn a_reply_is_never_thanked_for_as_the_note_follows_up_an_open_concern() {
        let examples: [String; 0] = [];
        for lang in [Lang::En, Lang::De] {
            let t = lang.messages();
            let on = "24 Nov 2026";
            let on = if lang == Lang::De { "24.11.2026" } else { on };
            let plain = "Email from Priya, 24 Nov:\nHi Dan";
            for (severity, position, answer, thanks) in [
                ("delay", None, plain, false),
                ("delay", Some("We do not accept the delay."), plain, false),
                (LIVE_DOWN_VALUE, None, plain, false),
                ("degraded", None, plain, false),
                (
                    "delay",
                    None,
                    "Email from Priya, 24 Nov:\nHi Dan, this is out of scope; happy to quote.",
                    false,
                ),
                (
                    "degraded",
                    None,
                    "Email from Priya, 24 Nov:\nLeider ist das nicht Teil des Auftrags.",
                    false,
                ),
            ] {
                let case = Case {
                    raised: Raised::Open {
                        on: Some(date(2026, 11, 23)),
                        answer: Some(answer),
                    },
                    severity_value: Some(severity),
                    position,
                    examples: &examples,
                    ..Case::default()
                };
                let note = compose(&case, None, TODAY, t);
                let raised = if lang == Lang::De {
                    "23.11.2026"
                } else {
                    "23 Nov 2026"
                };
                let raised = Before::On(raised, None);
                let said = t.note_reply(Some(Channel::Written), Some(on), thanks, false, raised);
                assert!(
                    texts(&note)[1].contains(&said),
                    "{severity} {position:?}: {note:#?}"
                );
            }
        }
    }

    #[test]
    fn the_clause_is_quoted_without_what_says_only_the_kind_of_contract_or_its_money() {
        for (given, quoted, money) in [
            (
                "SOW-14,\n  section 4.2",
                Some("SOW-14, section 4.2"),
                vec![],
            ),
            (
                "Angebot 2026-118 Pos. 3 Akeneo-Anbindung, Meilenstein M3 30.09.; nach Aufwand mit Budgetdeckel",
                Some("Angebot 2026-118 Pos. 3 Akeneo-Anbindung, Meilenstein M3 30.09."),
                vec![],
            ),
            (
                "LB v2.1, Abschnitt 5.3 (Preise, Abnahme wenn Shop = SAP), Festpreis",
                Some("LB v2.1, Abschnitt 5.3 (Preise, Abnahme wenn Shop = SAP)"),
                vec![],
            ),
            ("T&M", None, vec![]),
            // A price in any wording, with one word beside its sum.
            (
                "Proposal P-2291 v3, item 7; fixed price EUR 96,000 total",
                Some("Proposal P-2291 v3, item 7"),
                vec![],
            ),
            (
                "Angebot AN-118, Ziffer 3.4; Festpreis 96.000 EUR gesamt",
                Some("Angebot AN-118, Ziffer 3.4"),
                vec![],
            ),
            (
                "SOW 9; EUR 40,000 for the connector",
                Some("SOW 9; EUR 40,000 for the connector"),
                vec!["EUR 40,000 for the connector"],
            ),
            (
                "SOW 3 section 7 (not-to-exceed)",
                Some("SOW 3 section 7"),
                vec![],
            ),
            (
                "SOW 7, T&M, 2,400h, acceptance: orders sync within 2s",
                Some("SOW 7, acceptance: orders sync within 2s"),
                vec![],
            ),
            (
                "SMA-VB-2025 (support & maintenance), P1 incidents: response within 1 hour, workaround within 8 hours, 24/7",
                Some(
                    "SMA-VB-2025 (support & maintenance), P1 incidents: response within 1 hour, workaround within 8 hours, 24/7",
                ),
                vec![],
            ),
            (
                "Wartungsvertrag Anlage 2, Reaktionszeit 4 Stunden, Festpreis 1.200 € im Monat.",
                Some("Wartungsvertrag Anlage 2, Reaktionszeit 4 Stunden"),
                vec![],
            ),
            (
                "SOW NB-2026-03, section 5.1: P1 response within 2 hours; fixed price USD 62,000",
                Some("SOW NB-2026-03, section 5.1: P1 response within 2 hours"),
                vec![],
            ),
            (
                "Proposal v3, SAP export (time and materials, capped at EUR 60,000)",
                Some("Proposal v3, SAP export"),
                vec![],
            ),
            // The money, whatever its words: a fee, a retainer, a rate.
            (
                "MSA + SOW 2026-07 'Hypercare', section 3.1: P1 incidents answered within 2 hours, 24/7; fixed monthly fee",
                Some(
                    "MSA + SOW 2026-07 'Hypercare', section 3.1: P1 incidents answered within 2 hours, 24/7",
                ),
                vec![],
            ),
            (
                "Wartungsvertrag WV-2025-031, Ziffer 3.4: Reaktionszeit P1 1 Stunde; monatliche Pauschale 2.900 EUR",
                Some("Wartungsvertrag WV-2025-031, Ziffer 3.4: Reaktionszeit P1 1 Stunde"),
                vec![],
            ),
            (
                "SOW 4, section 2; monthly retainer GBP 8,000",
                Some("SOW 4, section 2"),
                vec![],
            ),
            (
                "SOW 4, section 2 (retainer)",
                Some("SOW 4, section 2"),
                vec![],
            ),
            (
                "SOW 4, section 2; flat fee of EUR 5,000",
                Some("SOW 4, section 2"),
                vec![],
            ),
            (
                "SOW 4, section 2; hourly rate EUR 120",
                Some("SOW 4, section 2"),
                vec![],
            ),
            (
                "SOW 4, section 2 - day rate GBP 950",
                Some("SOW 4, section 2"),
                vec![],
            ),
            (
                "Angebot 12, Pos. 3; Monatspauschale 1.500 €",
                Some("Angebot 12, Pos. 3"),
                vec![],
            ),
            (
                "Angebot 12, Pos. 3 (Stundensatz 110 EUR)",
                Some("Angebot 12, Pos. 3"),
                vec![],
            ),
            (
                "Angebot 12, Pos. 3; Tagessatz 950 € netto",
                Some("Angebot 12, Pos. 3"),
                vec![],
            ),
            (
                "Rahmenvertrag 2026, 1.200 EUR/Monat",
                Some("Rahmenvertrag 2026"),
                vec![],
            ),
            (
                "Rahmenvertrag 2026; Pauschale",
                Some("Rahmenvertrag 2026"),
                vec![],
            ),
            // Money among what is owed stays, and is named.
            (
                "SOW 7 milestone 3 fixed price, go-live support",
                Some("SOW 7 milestone 3 fixed price, go-live support"),
                vec!["SOW 7 milestone 3 fixed price"],
            ),
        ] {
            let (said, named) = clause(given);
            assert_eq!(said.as_deref(), quoted, "{given}");
            assert_eq!(named, money, "{given}");
        }
        let t = Lang::En.messages();
        let case = Case {
            reviewed: Some(true),
            clause: Some("SOW-14, section 4.2; fixed price"),
            ..Case::default()
        };
        let note = compose(&case, None, date(2026, 11, 4), t);
        let said = format!("{}.", t.note_clause("SOW-14, section 4.2"));
        assert!(texts(&note).contains(&said.as_str()), "{note:#?}");
    }

    #[test]
    fn the_note_speaks_to_the_partner_in_their_version_and_is_signed() {
        let t = Lang::En.messages();
        let case = Case {
            partner: Some("ACME Commerce"),
            merchant: Some("Example Retail GmbH, org 1A2B@AdobeOrg"),
            problem: Some("The agency is slow."),
            note_problem: Some("Guest checkout fails since 2 Nov."),
            impact: Some("The campaign is booked."),
            deadline: Some(date(2026, 12, 1)),
            deadline_what: Some("campaign start"),
            outcome: Some("Checkout working by 20 Nov"),
            contact: Some("Jana Weber\n+49 30 1234567\nweekdays 9 to 12"),
            raised: Raised::NotYet,
            ..Case::default()
        };
        let by = Some(AnswerBy::Window(date(2026, 11, 9)));
        let note = compose(&case, by, date(2026, 11, 4), t);
        let texts = texts(&note);
        let expected = [
            "Hello,".to_owned(),
            t.note_opening(None),
            "Guest checkout fails since 2 Nov.".to_owned(),
            "The timing matters: the campaign is booked. It also puts our campaign start on 1 Dec 2026 at risk."
                .to_owned(),
            format!("{} checkout working by 20 Nov.", t.note_outcome()),
            t.note_request(
                By::Day("Monday, 9 Nov 2026"),
                None,
                Live::No,
                Ask::Timed,
                Due::Confirm(Kept::Date),
                Reply::of(None, false),
            ),
            format!(
                "{}\nJana Weber\nExample Retail GmbH\n+49 30 1234567",
                t.note_closing()
            ),
        ];
        assert_eq!(texts, expected);
        // The problem, in the user's words, is not the subject.
        assert_eq!(
            note.subject,
            t.note_subject(
                "Example Retail \u{2013} campaign start 1 Dec at risk",
                By::Day("9 Nov")
            )
        );
        assert!(!texts.iter().any(|l| l.contains("ACME")), "{texts:#?}");
    }

    #[test]
    fn the_subject_names_the_account_whole_within_an_inbox_line() {
        let t = Lang::En.messages();
        let case = Case {
            merchant: Some("Voltcity Retail Pty Ltd, org 7F3E@AdobeOrg"),
            project: Some("Voltcity Phase 2 (B2C AU/NZ replatform) and everything after it"),
            severity_value: Some("degraded"),
            ..Case::default()
        };
        let subject = subject::note(&case, By::Day("27 Nov 2026"), None, t);
        assert!(subject.chars().count() <= subject::SUBJECT_MAX, "{subject}");
        assert_eq!(
            subject,
            "Voltcity Retail \u{2013} live shop degraded: please reply by 27 Nov 2026"
        );
    }

    #[test]
    fn a_near_date_at_risk_is_said_and_never_exceeded() {
        let t = Lang::En.messages();
        let case = Case::default();
        let at_risk = date(2026, 11, 27);
        let before = AnswerBy::BeforeRisk {
            by: date(2026, 11, 26),
            at_risk,
        };
        let wednesday = date(2026, 11, 25);
        let note = compose(&case, Some(before), wednesday, t);
        let request = t.note_request(
            By::Day("Thursday, 26 Nov 2026"),
            Some("27 Nov 2026"),
            Live::No,
            Ask::View,
            Due::Then,
            Reply::of(None, false),
        );
        assert!(texts(&note).contains(&request.as_str()));
        assert_eq!(note.subject, t.note_subject("", By::Day("26 Nov")));
        // Asked for today, or no day left: today.
        let today = AnswerBy::BeforeRisk {
            by: wednesday,
            at_risk,
        };
        for by in [today, AnswerBy::TooNear { at_risk }] {
            let note = compose(&case, Some(by), wednesday, t);
            let request = t.note_request(
                By::Today,
                Some("27 Nov 2026"),
                Live::No,
                Ask::View,
                Due::Then,
                Reply::of(None, false),
            );
            assert!(texts(&note).contains(&request.as_str()), "{by:?}");
            assert_eq!(note.subject, t.note_subject("", By::Today), "{by:?}");
        }
    }

    #[test]
    fn the_closing_request_asks_once_and_as_urgently_as_the_case_is() {
        let t = Lang::En.messages();
        let wednesday = date(2026, 11, 25);
        let request = |severity, by, answer| {
            let case = Case {
                severity_value: Some(severity),
                outcome: Some("Checkout working again"),
                raised: Raised::Open { on: None, answer },
                ..Case::default()
            };
            let note = compose(&case, Some(by), wednesday, t);
            texts(&note)[texts(&note).len() - 2].to_owned()
        };
        // A live shop that is down: today, not negotiable, no new offer.
        let down = request(LIVE_DOWN_VALUE, AnswerBy::LiveDown(wednesday), None);
        assert!(
            down.contains("cannot wait") && down.contains("today"),
            "{down}"
        );
        for lax in ["next working day", "whether that works", "glad to talk"] {
            assert!(!down.contains(lax), "{down}");
        }
        // A near date: one day, said once, with what it is for.
        let near = AnswerBy::BeforeRisk {
            by: date(2026, 11, 26),
            at_risk: date(2026, 11, 27),
        };
        let said = request("delay", near, None);
        assert_eq!(said.matches("26 Nov").count(), 1, "{said}");
        assert!(said.contains("Thursday, 26 Nov 2026"), "{said}");
        assert!(!said.contains("whether that works"), "{said}");
        // Otherwise as before, with the weekday.
        let later = request("delay", AnswerBy::Window(date(2026, 11, 30)), None);
        assert!(
            later.contains("by Monday, 30 Nov 2026, that you will deliver this"),
            "{later}"
        );
        // A call the partner suggested is taken up, not offered anew.
        let theirs = Some("Happy to discuss on a call on Thursday.");
        let taken = request("delay", AnswerBy::Window(date(2026, 11, 30)), theirs);
        assert!(taken.contains("the call you suggested"), "{taken}");
        assert!(!taken.contains("glad to talk"), "{taken}");
    }

    #[test]
    fn an_outcome_with_its_own_day_is_asked_for_by_it_whole_and_once() {
        let today = date(2026, 12, 7);
        assert_eq!(
            due_days("Staging by 14 December and a new go-live date", today),
            [date(2026, 12, 14)]
        );
        assert_eq!(
            due_days(
                "Live today (7 Dec 2026), a root cause by Wednesday (9 Dec 2026)",
                today
            ),
            [date(2026, 12, 7), date(2026, 12, 9)]
        );
        assert_eq!(
            due_days("Working today, and a root cause by Wednesday", today),
            [date(2026, 12, 7), date(2026, 12, 9)]
        );
        assert!(due_days("Fixed within 24 hours", today).is_empty());
        for (lang, due) in [
            (Lang::En, "Friday, 18 Dec 2026"),
            (Lang::De, "Freitag, 18.12.2026"),
        ] {
            let t = lang.messages();
            // A date at risk the outcome gives up is not asked for again,
            // nor is a confirmation by an earlier day.
            let case = Case {
                outcome: Some("Search under 1 s by 18.12.2026, at no extra cost"),
                deadline: Some(date(2026, 12, 9)),
                raised: Raised::NotYet,
                ..Case::default()
            };
            let by = AnswerBy::BeforeRisk {
                by: date(2026, 12, 8),
                at_risk: date(2026, 12, 9),
            };
            let note = compose(&case, Some(by), today, t);
            let texts = texts(&note);
            let request = texts[texts.len() - 2];
            // The outcome just said its day, in the note's own form of
            // date: the close does not again, and the subject asks by it.
            assert!(
                texts[texts.len() - 3].contains(&t.date(date(2026, 12, 18))),
                "{texts:?}"
            );
            assert!(
                note.subject
                    .contains(&subject::short_date(date(2026, 12, 18), Some(today), t)),
                "{}",
                note.subject
            );
            for not in [
                due,
                " 9 Dec",
                "09.12.",
                " 8 Dec",
                "08.12.",
                "in time",
                "rechtzeitig",
                "above",
                "oben",
            ] {
                assert!(!request.contains(not), "{request}");
            }
        }
    }

    const LIVE_DOWN_VALUE: &str = crate::checklist::LIVE_DOWN;

    #[test]
    fn the_greeting_names_a_person_or_no_one() {
        for lang in [Lang::En, Lang::De] {
            let t = lang.messages();
            let named = greeting(Some(" Hr. Tom Wagner "), t);
            let neutral = greeting(None, t);
            assert!(named.contains("Wagner,"), "{named}");
            assert_eq!(greeting(Some(" "), t), neutral);
            assert_eq!(greeting(Some("L. Byrne"), t), neutral);
            assert!(!neutral.contains("team") && !neutral.contains("Team"));
        }
        let (en, de) = (Lang::En.messages(), Lang::De.messages());
        assert_eq!(greeting(Some("Tom Wagner"), en), "Dear Tom,");
        // A first name alone: English greets it, German cannot.
        assert_eq!(greeting(Some("Sandra"), en), "Dear Sandra,");
        assert_eq!(greeting(Some("Anna-Lena"), en), "Dear Anna-Lena,");
        assert_eq!(
            greeting(Some("Sandra"), de),
            "Sehr geehrte Damen und Herren,"
        );
        assert_eq!(greeting(Some("Support"), en), "Hello,");
        assert_eq!(greeting(Some("ACME"), en), "Hello,");
        assert_eq!(greeting(Some("Tom Wagner"), de), "Guten Tag Tom Wagner,");
        assert_eq!(
            greeting(Some("Hr. Yilmaz (PL)"), de),
            "Sehr geehrter Herr Yilmaz,"
        );
        assert_eq!(greeting(Some("Hr. Yilmaz (PL)"), en), "Dear Mr Yilmaz,");
        assert_eq!(greeting(Some("Ms Jane Doe"), de), "Sehr geehrte Frau Doe,");
        assert_eq!(
            (greeting(None, en), greeting(None, de)),
            ("Hello,".into(), "Sehr geehrte Damen und Herren,".into())
        );
        // A degree: the name as typed with Herr or Frau; with a first name,
        // the whole name in German; with the surname alone, no guess.
        for (typed, english, german) in [
            (
                "Dr. Weber",
                "Dear Dr. Weber,",
                "Sehr geehrte Damen und Herren,",
            ),
            (
                "Prof. Dr. Anna Weber",
                "Dear Prof. Dr. Weber,",
                "Guten Tag Prof. Dr. Anna Weber,",
            ),
            ("Mr Smith", "Dear Mr Smith,", "Sehr geehrter Herr Smith,"),
            (
                "Frau Dr. Weber",
                "Dear Dr. Weber,",
                "Sehr geehrte Frau Dr. Weber,",
            ),
            (
                "Herr Schmidt",
                "Dear Mr Schmidt,",
                "Sehr geehrter Herr Schmidt,",
            ),
            (
                "Mrs Anna Weber",
                "Dear Ms Weber,",
                "Sehr geehrte Frau Weber,",
            ),
            (
                "Fr. Dr. A. Keller",
                "Dear Dr. Keller,",
                "Sehr geehrte Frau Dr. Keller,",
            ),
        ] {
            assert_eq!(greeting(Some(typed), en), english, "{typed}");
            assert_eq!(greeting(Some(typed), de), german, "{typed}");
        }
    }

    #[test]
    fn english_goes_on_in_lower_case_after_a_colon_only_for_a_common_word() {
        let (en, de) = (Lang::En.messages(), Lang::De.messages());
        let said = [
            "the checkout throws a 500",
            "Our Zalando feed, the Shopware API",
        ];
        assert_eq!(
            going_on("Checkout working again", &said, en),
            "checkout working again"
        );
        assert_eq!(
            going_on("Fix under the retainer", &said, en),
            "fix under the retainer"
        );
        // A name seen with its capital inside a sentence, an acronym, a
        // word with a capital inside, and "I" keep theirs.
        assert_eq!(
            going_on("Zalando orders again", &said, en),
            "Zalando orders again"
        );
        assert_eq!(going_on("API fixed", &said, en), "API fixed");
        assert_eq!(going_on("PayPal working", &said, en), "PayPal working");
        assert_eq!(going_on("I need it", &said, en), "I need it");
        assert_eq!(
            going_on("Klarna orders lost", &said, en),
            "Klarna orders lost"
        );
        // German keeps the merchant's capitals.
        assert_eq!(
            going_on("Behebung bis Montag", &said, de),
            "Behebung bis Montag"
        );
    }
}
