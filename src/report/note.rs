//! `--partner-note FILE`: the message to the partner, in the language of
//! the run, written to them: the one who answers it.
//!
//! Written before an escalation, to make one unnecessary: it greets the
//! partner's contact person by name when known, puts the problem as the
//! merchant worded it for the partner (else the summary for the CSM, which
//! an interactive run shows as the starting point), shows the examples,
//! says how the concern was raised only in the way the answers give (and
//! never thanks for a reply, which the answers cannot show came), states what the merchant
//! checked as facts, naming the clause they named without judging it (and
//! the added work only when its effect was worked out), says what is at stake and which date is at
//! risk, asks for an answer by the day `checklist::Window` gives, and is
//! signed with the merchant's name and contact. A concern the partner
//! resolved gets no message. Text the user gave keeps its lines.
//!
//! The message is data first ([`Note`]: a subject and its parts), then a
//! [`Document`] in Markdown, every text escaped, which takes the form its
//! file names (`report::medium`).

use super::case::{Case, Raised};
use super::markup::md;
use super::medium::Document;
use super::names;
use super::sentence::{ended, sentence};
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
    /// Offered, as new.
    Offer,
    /// The one the partner's answer suggested, taken up.
    Theirs,
}

/// What the partner has said so far, as the closing request takes it up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reply {
    /// They answered: no acknowledgement of receipt is asked for.
    pub answered: bool,
    pub call: Call,
}

impl Reply {
    /// The reply for a note that follows `answer`, the partner's answer if
    /// given.
    fn of(answer: Option<&str>) -> Reply {
        Reply {
            answered: answer.is_some(),
            call: Call::of(answer),
        }
    }
}

impl Call {
    /// The call for a follow-up to `answer`, the partner's answer if given:
    /// theirs when it speaks of a call, a phone or a meeting.
    fn of(answer: Option<&str>) -> Call {
        let lower = answer.unwrap_or("").to_lowercase();
        let words = [
            "call",
            "phone",
            "meeting",
            "zoom",
            "teams",
            "telefon",
            "anruf",
            "gespräch",
            "termin",
        ];
        if words.iter().any(|w| at_word_start(&lower, w)) {
            Call::Theirs
        } else {
            Call::Offer
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
        } else {
            Ask::Outcome
        }
    }
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

/// Is there a message to write for `eval`? Not once the partner has
/// resolved the concern.
pub fn fits(eval: &Evaluation) -> bool {
    Case::of(eval).raised != Raised::Resolved
}

/// What the user should look at in the note before sending it, as
/// warnings: the problem put in the words meant for the CSM (when the
/// checklist has a question for the partner's version and it was left
/// empty) where a sentence speaks of the partner; what of the clause the
/// note leaves out; an example that names the very person the note is
/// written to, which reads as if about someone else.
pub fn warnings(eval: &Evaluation) -> Vec<Warning> {
    let case = Case::of(eval);
    if !fits(eval) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let names: Vec<String> = case
        .partner_person
        .map(|p| names::own_names(p.name))
        .unwrap_or_default();
    if let Some(entry) = eval.checklist.role(Role::NoteProblem) {
        let partner = case.partner.map(names::company).filter(|c| !c.is_empty());
        let about = case
            .problem
            .filter(|_| case.note_problem.is_none())
            .and_then(|problem| third_person(problem, partner, &names));
        if let Some(sentence) = about {
            out.push(Warning {
                key: entry.key(),
                kind: WarningKind::NoteFromBrief { sentence },
            });
        }
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
    if let Some((entry, words)) = outcome_entry.zip(case.outcome.and_then(relative_day)) {
        out.push(Warning {
            key: entry.key(),
            kind: WarningKind::NoteRelativeDay {
                words: words.to_owned(),
            },
        });
    }
    let clause_entry = eval.checklist.role(Role::Clause);
    if let Some((entry, given)) = clause_entry.zip(case.clause) {
        let left_out = clause(given).1;
        if !left_out.is_empty() {
            out.push(Warning {
                key: entry.key(),
                kind: WarningKind::NoteLeavesOut {
                    text: left_out.join(", "),
                },
            });
        }
    }
    let examples = eval.checklist.role(Role::Examples);
    if let Some(entry) = examples.filter(|_| !names.is_empty()) {
        for (i, example) in case.examples.iter().enumerate() {
            if names.iter().any(|name| names_word(example, name)) {
                out.push(Warning {
                    key: entry.key(),
                    kind: WarningKind::NoteNamesAddressee {
                        number: i + 1,
                        entry: example.clone(),
                        name: case.partner_person.map_or("", |p| p.name).to_owned(),
                    },
                });
            }
        }
    }
    out
}

/// Words that speak of the partner in the third person, in any case
/// ("them" is left out: it is as often the orders or the tickets).
const THIRD_PERSON: &[&str] = &[
    "they",
    "their",
    "the partner",
    "the agency",
    "the vendor",
    "the developers",
    "partner's",
    "agency's",
    "der partner",
    "den partner",
    "dem partner",
    "des partners",
    "die agentur",
    "der agentur",
    "der dienstleister",
    "den dienstleister",
    "dem dienstleister",
];

/// German words that speak of someone in the third person when written
/// in lower case (capitalised, they address the reader).
const THIRD_PERSON_LOWER: &[&str] = &["sie", "ihr", "ihre", "ihren", "ihrem", "ihnen"];

/// The first sentence of `problem` that speaks of the partner in the
/// third person: by a pronoun or a word for them, the `partner`'s name,
/// or one of the contact person's `names`.
fn third_person(problem: &str, partner: Option<&str>, names: &[String]) -> Option<String> {
    sentences(problem).into_iter().find(|sentence| {
        let lower = sentence.to_lowercase();
        THIRD_PERSON.iter().any(|w| names_word(&lower, w))
            || THIRD_PERSON_LOWER.iter().any(|w| names_word(sentence, w))
            || partner.is_some_and(|p| names_word(&lower, &p.to_lowercase()))
            || names.iter().any(|n| names_word(sentence, n))
    })
}

/// The sentences of `text`, each on one line: split after a full stop
/// (not one of a date), question or exclamation mark before a blank, and
/// at each line end.
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut start = 0;
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        for (i, &(at, c)) in chars.iter().enumerate() {
            let next_blank = chars.get(i + 1).is_none_or(|&(_, n)| n == ' ');
            // "am 9.11. reagiert": a full stop after a digit ends a date.
            let date = c == '.' && i > 0 && chars[i - 1].1.is_ascii_digit();
            if matches!(c, '.' | '!' | '?') && next_blank && !date {
                out.push(line[start..=at].trim().to_owned());
                start = at + 1;
            }
        }
        out.push(line[start..].trim().to_owned());
    }
    out.retain(|s| !s.is_empty());
    out
}

/// Does `text` have `word` as a whole word?
fn names_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The message for `eval`, written `today`.
pub fn note(eval: &Evaluation, today: Date) -> Note {
    let case = Case::of(eval);
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

/// The message for `eval`, written `today`, as a document for any form.
pub fn document(eval: &Evaluation, today: Date) -> Document {
    let t = t();
    let note = note(eval, today);
    let subject = safe::line(&note.subject).into_owned();
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

/// `text` within `max` characters: cut at the last word that fits, with
/// `…` where it was cut.
pub(super) fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out = String::new();
    for word in text.split(' ') {
        let len = out.chars().count() + usize::from(!out.is_empty()) + word.chars().count();
        if len + 1 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        out = text.chars().take(max.saturating_sub(1)).collect();
    }
    // No dangling "->", dash or comma before the ellipsis.
    let out = out.trim_end_matches(|c: char| !c.is_alphanumeric() && !")]\"'.".contains(c));
    format!("{out}\u{2026}")
}

/// The clause or deliverable named, and what of the answer the note
/// leaves out: each part (between commas, semicolons or dashes) and each
/// bracket that says the kind of contract (fixed price, time and
/// materials) or its money or hours, as the note names what is at issue
/// and takes no commercial position. The rest, a warranty or an
/// acceptance criterion, is kept: it tells the partner what is owed.
fn clause(text: &str) -> (Option<String>, Vec<String>) {
    let line = joined(text);
    let mut out = String::new();
    let mut left_out = Vec::new();
    let mut sep = None;
    for (piece, after) in names::pieces(&line) {
        let piece = without_contract_brackets(piece, &mut left_out);
        // Only a short part is the contract's kind or money alone; a
        // longer one says more, and is kept whole.
        if piece.split_whitespace().count() <= 5 && names_contract(&piece) {
            left_out.push(piece);
            continue;
        }
        if piece.is_empty() {
            continue;
        }
        if let Some(sep) = sep.filter(|_| !out.is_empty()) {
            out.push(if sep == ';' { ';' } else { ',' });
            out.push(' ');
        }
        out.push_str(&piece);
        sep = after;
    }
    let out = out.trim_end_matches(['.', ' ']).to_owned();
    ((!out.is_empty()).then_some(out), left_out)
}

/// `piece` without the brackets that say the kind of contract: "SOW 3
/// section 7 (not-to-exceed)" is "SOW 3 section 7"; each bracket taken
/// out is added to `left_out`.
fn without_contract_brackets(piece: &str, left_out: &mut Vec<String>) -> String {
    let kept = names::brackets_kept(piece, (&['('], &[')']), |b| !names_contract(b));
    left_out.extend(kept.dropped.into_iter().map(str::to_owned));
    joined(&kept.text)
}

/// Does `piece` say the kind of contract, or its money or hours?
fn names_contract(piece: &str) -> bool {
    let lower = piece.to_lowercase();
    let hours = lower.split_whitespace().any(|word| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        word.strip_suffix('h')
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == ','))
    });
    hours
        || [
            "fixed price",
            "fixed-price",
            "fixed fee",
            "t&m",
            "t & m",
            "time and material",
            "time & material",
            "time-and-material",
            "not-to-exceed",
            "not to exceed",
            "festpreis",
            "pauschal",
            "nach aufwand",
            "budget",
            "werkvertrag",
            "dienstvertrag",
            "day rate",
            "tagessatz",
            "stundensatz",
            "\u{20ac}",
            "$",
            "\u{a3}",
            "eur ",
            "gbp ",
            "usd ",
        ]
        .iter()
        .any(|term| at_word_start(&lower, term))
}

/// Does `term` stand in `text` where a word starts ("t & m" is not in
/// "support & maintenance")?
fn at_word_start(text: &str, term: &str) -> bool {
    text.match_indices(term).any(|(at, _)| {
        !term.starts_with(char::is_alphanumeric) || !text[..at].ends_with(char::is_alphanumeric)
    })
}

/// The message for `case`, written `today`, asking for an answer `by`.
fn compose(case: &Case, by: Option<AnswerBy>, today: Date, t: &dyn Messages) -> Note {
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
    let subject = subject::note(case, short.as_deref(), Some(today), t);
    let person = case.partner_person.as_ref().map(|p| p.name);
    let mut parts = vec![Part::Text(greeting(person, t))];
    parts.push(Part::Text(match case.raised {
        Raised::Open { on, .. } => t.note_follow_up(on.map(date).as_deref(), case.channel_kind),
        _ => t.note_opening(case.project.map(joined).as_deref()),
    }));
    if let Some(problem) = case.note_problem.or(case.problem) {
        parts.push(Part::Text(sentence(&lines(problem))));
    }
    if !case.examples.is_empty() {
        parts.push(Part::List {
            intro: t.note_examples().to_owned(),
            entries: case.examples.iter().map(|e| lines(e)).collect(),
        });
    }
    if let Some(clause) = case.clause.and_then(|c| clause(c).0) {
        parts.push(Part::Text(ended(&t.note_clause(&clause))));
    }
    // What is at stake, then the date at risk: one paragraph, unless the
    // merchant's words run over several lines.
    let stakes = case
        .impact
        .map(|impact| lead(t.note_impact(), &ended(&lines(impact))));
    let at_risk_said = case.deadline.map(|deadline| {
        let what = case.deadline_what.map(joined);
        t.note_at_risk(&date(deadline), what.as_deref())
    });
    match (stakes, at_risk_said) {
        (Some(stakes), Some(at_risk)) if !stakes.contains('\n') => {
            parts.push(Part::Text(format!("{stakes} {at_risk}")));
        }
        (stakes, at_risk) => parts.extend(stakes.into_iter().chain(at_risk).map(Part::Text)),
    }
    if let Some(outcome) = case.outcome {
        parts.push(Part::Text(lead(t.note_outcome(), &ended(&lines(outcome)))));
    }
    let live = match case.severity_value {
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
    parts.push(Part::Text(t.note_request(
        by_when,
        at_risk.as_deref(),
        live,
        Ask::of(case.outcome),
        Reply::of(answer),
    )));
    parts.push(Part::Text(closing(case, t).join("\n")));
    Note { subject, parts }
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

/// `text` after `intro`: on its line when it is one line, else below it.
/// On its line after the colon, a first word that is no name (an
/// article, a preposition) starts lower case: "…: a dated fix plan".
fn lead(intro: &str, text: &str) -> String {
    if text.contains('\n') {
        return format!("{intro}\n{text}");
    }
    let first = text.split(' ').next().unwrap_or("");
    let text = if LOWER_AFTER_COLON.contains(&first.to_lowercase().as_str()) && first != "I" {
        crate::i18n::lower_first(text)
    } else {
        text.to_owned()
    };
    format!("{intro} {text}")
}

/// Words, in any of the languages, that are never names and start lower
/// case after a colon in a sentence.
const LOWER_AFTER_COLON: &[&str] = &[
    "a",
    "an",
    "the",
    "at",
    "by",
    "to",
    "our",
    "either",
    "both",
    "some",
    "any",
    "ein",
    "eine",
    "einen",
    "einem",
    "einer",
    "der",
    "die",
    "das",
    "den",
    "dem",
    "bis",
    "mindestens",
    "zumindest",
    "entweder",
    "unser",
    "unsere",
    "spätestens",
    "rund",
    "etwa",
];

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
    use crate::i18n::Lang;
    use jiff::civil::date;

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
        let follow_up = t.note_follow_up(Some(&t.date(on)), None);
        assert!(texts.contains(&follow_up.as_str()));
        // The problem keeps its lines, with one blank line at most.
        assert!(
            texts.contains(&"Checkout\n  fails\n\nsince Monday"),
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
    fn the_clause_is_named_without_the_kind_of_contract() {
        for (given, named) in [
            ("SOW-14,\n  section 4.2", Some("SOW-14, section 4.2")),
            (
                "Angebot 2026-118 Pos. 3 Akeneo-Anbindung, Meilenstein M3 30.09.; nach Aufwand mit Budgetdeckel",
                Some("Angebot 2026-118 Pos. 3 Akeneo-Anbindung, Meilenstein M3 30.09"),
            ),
            (
                "LB v2.1, Abschnitt 5.3 (Preise, Abnahme wenn Shop = SAP), Festpreis",
                Some("LB v2.1, Abschnitt 5.3 (Preise, Abnahme wenn Shop = SAP)"),
            ),
            (
                "upgrade to 2.4.7; fixed price quote Q-1093",
                Some("upgrade to 2.4.7"),
            ),
            ("T&M", None),
            ("SOW 3 section 7 (not-to-exceed)", Some("SOW 3 section 7")),
            (
                "SOW section 3.4 payment integrations (Klarna + Adyen), fixed price, warranty 90 days after go-live",
                Some(
                    "SOW section 3.4 payment integrations (Klarna + Adyen), warranty 90 days after go-live",
                ),
            ),
            (
                "SOW 7, T&M, 2,400h, acceptance: orders sync within 2s",
                Some("SOW 7, acceptance: orders sync within 2s"),
            ),
            (
                "SMA-VB-2025 (support & maintenance), P1 incidents: response within 1 hour, workaround within 8 hours, 24/7",
                Some(
                    "SMA-VB-2025 (support & maintenance), P1 incidents: response within 1 hour, workaround within 8 hours, 24/7",
                ),
            ),
            (
                "Wartungsvertrag Anlage 2, Reaktionszeit 4 Stunden, Festpreis 1.200 € im Monat",
                Some("Wartungsvertrag Anlage 2, Reaktionszeit 4 Stunden"),
            ),
        ] {
            assert_eq!(clause(given).0.as_deref(), named, "{given}");
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
            format!(
                "{} the campaign is booked. {}",
                t.note_impact(),
                t.note_at_risk("1 Dec 2026", Some("campaign start"))
            ),
            format!("{} Checkout working by 20 Nov.", t.note_outcome()),
            t.note_request(
                By::Day("Monday, 9 Nov 2026"),
                None,
                Live::No,
                Ask::Outcome,
                Reply::of(None),
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
                Some("9 Nov")
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
        let subject = subject::note(&case, Some("27 Nov 2026"), None, t);
        assert!(subject.chars().count() <= subject::SUBJECT_MAX, "{subject}");
        assert_eq!(
            subject,
            "Voltcity Retail \u{2013} errors in the live shop: please reply by 27 Nov 2026"
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
            Reply::of(None),
        );
        assert!(texts(&note).contains(&request.as_str()));
        assert_eq!(note.subject, t.note_subject("", Some("26 Nov")));
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
                Reply::of(None),
            );
            assert!(texts(&note).contains(&request.as_str()), "{by:?}");
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
            down.contains("straight away") && down.contains("today"),
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
            later.contains("by Monday, 30 Nov 2026, whether that works"),
            "{later}"
        );
        // A call the partner suggested is taken up, not offered anew.
        let theirs = Some("Happy to discuss on a call on Thursday.");
        let taken = request("delay", AnswerBy::Window(date(2026, 11, 30)), theirs);
        assert!(taken.contains("the call you suggested"), "{taken}");
        assert!(!taken.contains("glad to talk"), "{taken}");
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
        assert_eq!(greeting(Some("Tom Wagner"), de), "Guten Tag Tom Wagner,");
        assert_eq!(
            greeting(Some("Hr. Yilmaz (PL)"), de),
            "Guten Tag Herr Yilmaz,"
        );
        assert_eq!(greeting(Some("Hr. Yilmaz (PL)"), en), "Dear Mr Yilmaz,");
        assert_eq!(greeting(Some("Ms Jane Doe"), de), "Guten Tag Frau Doe,");
        assert_eq!(
            (greeting(None, en), greeting(None, de)),
            ("Hello,".into(), "Guten Tag,".into())
        );
    }
}
