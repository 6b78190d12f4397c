//! Rendering an evaluation: one module per output format, one entry point.
//!
//! Every renderer writes to any `io::Write`, so tests render into a
//! `Vec<u8>` and the binary into stdout or the brief file.

mod audience;
mod case;
pub(crate) mod days;
mod dialect;
mod email;
pub mod gaps;
pub(crate) mod given;
pub mod json;
pub mod markdown;
mod markup;
mod medium;
mod money;
mod names;
pub mod note;
mod plain;
/// Whether the `.txt` documents keep two words on one line; the tests
/// join wrapped lines again by it.
#[doc(hidden)]
pub use plain::holds as text_holds;
mod reach;
mod repeat;
pub(crate) mod sentence;
pub mod subject;
pub mod text;
mod thread;
mod voice;

pub use audience::Audience;
pub use case::{Case, Channel, Person, Pricing, Raised, RaisedWith, Replied, Summary};
pub use email::{Recipient, is_address};
pub use gaps::{Gap, GapKind};
pub use medium::{Document, Medium};
pub use names::{Addressee, Title, addressee};
pub use subject::{Risk, Urgent};

use crate::checklist::{AnswerBy, Checklist, Due, Question, Why};
use crate::evidence::{Warning, WarningKind};
use crate::i18n::{Early, Messages};
use crate::verdict::{Evaluation, Step, Verdict};
use std::io::{self, Write};

/// The output formats of `check --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
    Markdown,
}

impl Format {
    /// Is this format the brief for the CSM, so that a run printing it
    /// asks the questions the brief needs?
    pub fn is_brief(self) -> bool {
        match self {
            Format::Text | Format::Json => false,
            Format::Markdown => true,
        }
    }
}

/// Renders `eval` as `format`. `today` dates the Markdown brief.
pub fn render(
    format: Format,
    eval: &Evaluation,
    today: Option<jiff::civil::Date>,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Text => text::render(eval, out),
        Format::Json => json::render(eval, out),
        Format::Markdown => markdown::render(eval, today, out),
    }
}

/// The verdict in the words of `t`: its headline, and what it means for
/// the reader.
pub fn headline(verdict: Verdict, t: &dyn Messages) -> (&'static str, &'static str) {
    match verdict {
        Verdict::Ready => (t.verdict_ready(), t.explain_ready()),
        Verdict::NotReady => (t.verdict_not_ready(), t.explain_not_ready()),
        Verdict::NotNeeded => (t.verdict_not_needed(), t.explain_not_needed()),
    }
}

/// A step in the words of `t`: the checklist's advice, or the question to
/// revisit; for the response window, also the day the check can pass, or,
/// when the window closes early, the day and why in place of the advice
/// (whose working days do not hold then). Not yet made safe.
pub fn step_text(step: &Step, t: &dyn Messages) -> String {
    if let Some(wait) = early_wait(step.from, t) {
        return wait;
    }
    let text = match step.advice {
        Some(advice) => advice.to_owned(),
        None => t.revisit(step.prompt),
    };
    match (step.from, step.answer_by) {
        (Some(from), _) => format!("{text} {}", t.can_pass_on(&t.date(from.day))),
        (None, Some(by)) => format!("{text} {}", answer_by_text(by, t)),
        (None, None) => text,
    }
}

/// For a window that closes before the checklist's working days have
/// passed (`from`), what to do in the words of `t`: until when, and why,
/// in place of the checklist's advice, whose days do not hold then.
pub fn early_wait(from: Option<Due>, t: &dyn Messages) -> Option<String> {
    from.filter(|from| from.why != Why::Window)
        .map(|from| t.wait_until(&due_text(from, t)))
}

/// The day a partner's window closes, in the words of `t`: with why, when
/// it closes before the checklist's working days have passed. Every
/// message that names the day says it so.
pub fn due_text(due: Due, t: &dyn Messages) -> String {
    because(due, t.date(due.day), t)
}

/// `day`, the day `due` names as written, with why it is that day.
fn because(due: Due, day: String, t: &dyn Messages) -> String {
    match due.why {
        Why::Window => day,
        Why::LiveDown => t.day_because(&day, Early::LiveDown),
        Why::BeforeRisk(at_risk) => t.day_because(&day, Early::AtRisk(&t.date(at_risk))),
    }
}

/// By when to ask the partner to answer, in the words of `t`, for the one
/// who asks: the day with its weekday (so that a public holiday shows),
/// and why it is early when the date at risk is near or the live shop is
/// down.
pub fn answer_by_text(by: AnswerBy, t: &dyn Messages) -> String {
    match (by, by.due()) {
        // Nothing to wait for once it is raised: said, as the step's advice
        // speaks of time to answer.
        (AnswerBy::LiveDown(_), Some(due)) => format!(
            "{} {}",
            t.ask_answer_by(&because(due, t.weekday_date(due.day), t)),
            t.pass_once_raised()
        ),
        (_, Some(due)) => t.ask_answer_by(&because(due, t.weekday_date(due.day), t)),
        (AnswerBy::TooNear { at_risk }, None) => t.at_risk_too_near(&t.date(at_risk)),
        // Every other answer-by has a day.
        (_, None) => String::new(),
    }
}

/// The most characters of an example a warning quotes.
const QUOTED_ENTRY: usize = 40;

/// The most characters of a sentence of the note a warning quotes.
const QUOTED_SENTENCE: usize = 80;

/// The answers the note leaves out, for the terminal to offer to reword:
/// each as the key of the question to ask again (the partner's version of
/// the problem when there is one) and a line naming it by its label. Not
/// yet made safe.
pub fn left_out(
    checklist: &Checklist,
    warnings: &[Warning],
    t: &dyn Messages,
) -> Vec<(String, String)> {
    warnings
        .iter()
        .filter_map(|warning| match &warning.kind {
            WarningKind::NoteLeftOut {
                sentence,
                audience,
                version,
                ..
            } => {
                let key = version.clone().unwrap_or_else(|| warning.key.clone());
                let label = checklist
                    .entry(&warning.key)
                    .map(|e| name(e.question))
                    .unwrap_or_default();
                let sentence = crate::wrap::shorten(&note::joined(sentence), QUOTED_SENTENCE);
                Some((key, t.reword_line(&label, &sentence, *audience)))
            }
            _ => None,
        })
        .collect()
}

/// A warning in the words of `t`, naming the question by its label (never
/// its key). Not yet made safe.
pub fn warning_text(checklist: &Checklist, warning: &Warning, t: &dyn Messages) -> String {
    match &warning.kind {
        WarningKind::FewEntries { given, recommended } => {
            let name = checklist
                .entry(&warning.key)
                .map(|e| name(e.question))
                .unwrap_or_default();
            t.few_entries(&name, *given, *recommended)
        }
        WarningKind::Unchecked { entry, .. } => {
            t.weak_evidence(&crate::wrap::shorten(entry, QUOTED_ENTRY))
        }
        WarningKind::NoteGap { gap } => t.note_gap(*gap, &warning.key),
        WarningKind::NoteRelativeDay { words, on } => {
            t.note_relative_day(words, &warning.key, on.map(|on| t.date(on)).as_deref())
        }
        WarningKind::NoteQuotesMoney { text } => t.note_quotes_money(text, &warning.key),
        WarningKind::WeekdayDate { said, day } => {
            t.weekday_date_wrong(said, &t.weekday_date(*day), &warning.key)
        }
        WarningKind::NoteLeftOut {
            sentence,
            audience,
            version,
            whole,
            instead,
        } => t.note_left_out(
            &crate::wrap::shorten(&note::joined(sentence), QUOTED_SENTENCE),
            *audience,
            &warning.key,
            version.as_deref(),
            *whole,
            instead.as_deref(),
        ),
        WarningKind::NoteReworded {
            number,
            sentence,
            now,
        } => t.note_reworded(
            &crate::wrap::shorten(&note::joined(sentence), QUOTED_SENTENCE),
            &note::joined(now),
            &warning.key,
            *number,
        ),
        WarningKind::NoteNamesAddressee {
            number,
            entry,
            name,
            none_kept,
            day,
        } => no_example_left(
            t.note_names_addressee(
                *number,
                &crate::wrap::shorten(entry, QUOTED_ENTRY),
                &note::joined(name),
                day.map(|d| t.date(d)).as_deref(),
            ),
            *none_kept,
            t,
        ),
        WarningKind::NoteNamelessGreeting { name } => {
            t.note_nameless_greeting(&note::joined(name), &warning.key)
        }
        WarningKind::NoteUntitledGreeting { name } => {
            let name = note::joined(name);
            t.note_untitled_greeting(&name, &names::formal(&name), &warning.key)
        }
        WarningKind::NoteNamesPartner {
            number,
            entry,
            name,
            none_kept,
            day,
        } => no_example_left(
            t.note_names_partner(
                *number,
                &crate::wrap::shorten(entry, QUOTED_ENTRY),
                // A pronoun for a partner the answers do not name.
                &Some(note::joined(name))
                    .filter(|n| !n.is_empty())
                    .unwrap_or_else(|| t.partner_unnamed().to_owned()),
                day.map(|d| t.date(d)).as_deref(),
            ),
            *none_kept,
            t,
        ),
    }
}

/// `line`, on an example the note leaves out, followed, when `none_kept`,
/// by the words that no example is left.
fn no_example_left(line: String, none_kept: bool, t: &dyn Messages) -> String {
    match none_kept {
        true => format!("{line} {}", t.note_no_example_left()),
        false => line,
    }
}

/// What a question is called where a person reads it: its label, else the
/// question itself.
fn name(q: &Question) -> String {
    q.label.as_deref().unwrap_or(&q.prompt).trim().to_owned()
}

/// A fact for the brief: the question's name and the answer, `Statement of
/// work re-read: yes`. Not yet made safe.
pub fn fact(q: &Question, answer: &str) -> String {
    format!("{}: {answer}", name(q))
}

/// Answers for rendering tests, as if read from a file.
#[cfg(test)]
pub(crate) fn answers(pairs: &[(&str, crate::answers::Value)]) -> crate::answers::Answers {
    let mut answers = crate::answers::Answers::default();
    for (key, value) in pairs {
        let answer = crate::answers::Answer {
            value: value.clone(),
            source: crate::answers::Source::File,
        };
        answers.set((*key).to_owned(), answer);
    }
    answers
}
