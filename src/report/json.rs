//! `--format json`: the machine-readable report, `schema_version: 2`.
//!
//! The shape is a contract: `tests/cli/output.rs` reads it back into
//! mirror types that refuse unknown fields, so any change here is
//! deliberate. Next steps and warnings are data a script can act on (a
//! stable kind, the question's key, the date the check can pass), next to
//! their text in the run's language. Version 2 made them objects; in
//! version 1 they were only the text.

use crate::answers::Source;
use crate::checklist::Written;
use crate::evidence::WarningKind;
use crate::i18n::t;
use crate::verdict::{Evaluation, Graded, Status, StepKind, Summary, Verdict};
use schemars::JsonSchema;
use serde::Serialize;
use std::io::{self, Write};

/// The version of this report's shape.
pub const SCHEMA_VERSION: u32 = 2;

#[derive(Debug, Serialize, JsonSchema)]
pub struct Report<'a> {
    pub schema_version: u32,
    pub checklist: ChecklistInfo<'a>,
    pub verdict: Verdict,
    pub summary: Summary,
    pub context: Vec<QuestionReport<'a>>,
    pub items: Vec<ItemReport<'a>>,
    pub next_steps: Vec<NextStep<'a>>,
    pub warnings: Vec<WarningReport<'a>>,
}

/// One thing to do before escalating.
#[derive(Debug, Serialize, JsonSchema)]
pub struct NextStep<'a> {
    pub kind: StepKind,
    /// The answer key of the question it is about.
    pub key: &'a str,
    /// For `wait`: the first day the check can pass; for the step that
    /// raises the concern with the partner, the day to ask them to answer
    /// by. `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The step in the run's language.
    pub text: String,
}

/// One weakness of the evidence.
#[derive(Debug, Serialize, JsonSchema)]
pub struct WarningReport<'a> {
    pub kind: WarningName,
    /// The answer key of the list question.
    pub key: &'a str,
    /// For `unchecked-entry` and `note-names-addressee`: which entry,
    /// from 1.
    pub entry: Option<usize>,
    /// For `csm-will-ask`: what the CSM will ask for; `key` names the
    /// question that gives it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gap: Option<super::GapKind>,
    /// The warning in the run's language.
    pub text: String,
}

/// The kinds of warning.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum WarningName {
    /// Fewer entries than the checklist recommends.
    FewEntries,
    /// An entry with no date, link or reference id.
    UncheckedEntry,
    /// Something the CSM will ask for that the brief leaves out (only
    /// when a brief is written).
    CsmWillAsk,
    /// The note to the partner leaves out an answer written for the CSM,
    /// which speaks of the partner in the third person or to the CSM:
    /// `key` is its question.
    NoteLeftOut,
    /// The note to the partner puts a sentence that spoke of them in the
    /// third person to them in the second person: `key` is its question,
    /// `entry` the example's number when it is one.
    NoteReworded,
    /// An example in the note to the partner names the person it is
    /// written to.
    NoteNamesAddressee,
    /// An example in the note to the partner names their company or the
    /// one above the addressee in the third person.
    NoteNamesPartner,
    /// The note greets no one by name, as the contact given cannot be
    /// used in a greeting: `key` is the contact's question.
    NoteNamelessGreeting,
    /// The German note greets the contact by first name and surname, as
    /// no Herr or Frau was given: `key` is the contact's question.
    NoteUntitledGreeting,
    /// The note quotes the clause whole, with what says the kind of
    /// contract or its money: `key` is the clause's question.
    NoteQuotesMoney,
    /// The outcome wanted gives a day relative to when the note is read
    /// ("by Thursday"): `key` is the outcome's question.
    NoteRelativeDay,
    /// The note to the partner leaves out what they need to prioritise:
    /// `gap` says what, `key` is the question that fills it.
    NoteGap,
    /// An answer writes a weekday against a date it does not fall on
    /// ("Sat 6 Dec" when 6 Dec is a Sunday); the documents keep the date.
    WeekdayDate,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct ChecklistInfo<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub lang: &'a str,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct ItemReport<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub status: Status,
    pub questions: Vec<QuestionReport<'a>>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct QuestionReport<'a> {
    pub key: &'a str,
    pub prompt: &'a str,
    /// `true`/`false`, a string, a list of strings, or `null` when not answered.
    pub answer: Option<AnswerValue<'a>>,
    pub status: Status,
    pub advice: Option<std::borrow::Cow<'a, str>>,
    pub source: Option<Source>,
}

#[derive(Debug, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum AnswerValue<'a> {
    Bool(bool),
    Text(std::borrow::Cow<'a, str>),
    List(&'a [String]),
}

fn question<'a>(g: &'a Graded) -> QuestionReport<'a> {
    QuestionReport {
        key: &g.key,
        prompt: g.entry.question.prompt.trim(),
        answer: g.answer.map(|a| match a.value.written() {
            Written::Bool(b) => AnswerValue::Bool(b),
            Written::Text(t) => AnswerValue::Text(t),
            Written::List(l) => AnswerValue::List(l),
        }),
        status: g.status,
        advice: super::early_wait(g.from, t())
            .map(Into::into)
            .or_else(|| g.advice.map(|advice| advice.trim().into())),
        source: g.answer.map(|a| a.source),
    }
}

/// The report for `eval`.
pub fn report<'a>(eval: &'a Evaluation) -> Report<'a> {
    let checklist = eval.checklist;
    Report {
        schema_version: SCHEMA_VERSION,
        checklist: ChecklistInfo {
            id: &checklist.id,
            title: &checklist.title,
            lang: &checklist.lang,
        },
        verdict: eval.verdict,
        summary: eval.summary,
        context: eval.context.iter().map(question).collect(),
        items: eval
            .items
            .iter()
            .map(|i| ItemReport {
                id: &i.item.id,
                title: &i.item.title,
                status: i.status,
                questions: i.questions.iter().map(question).collect(),
            })
            .collect(),
        next_steps: eval
            .next_steps
            .iter()
            .map(|step| NextStep {
                kind: step.kind,
                key: &step.key,
                date: step
                    .from
                    .map(|from| from.day)
                    .or(step.answer_by.and_then(|by| by.date()))
                    .map(|date| date.to_string()),
                text: super::step_text(step, t()),
            })
            .collect(),
        warnings: eval
            .warnings
            .iter()
            .map(|warning| {
                let gap = match warning.kind {
                    WarningKind::NoteGap { gap } => Some(gap),
                    _ => None,
                };
                let (kind, entry) = match warning.kind {
                    WarningKind::NoteGap { .. } => (WarningName::NoteGap, None),
                    WarningKind::FewEntries { .. } => (WarningName::FewEntries, None),
                    WarningKind::Unchecked { number, .. } => {
                        (WarningName::UncheckedEntry, Some(number))
                    }
                    WarningKind::NoteRelativeDay { .. } => (WarningName::NoteRelativeDay, None),
                    WarningKind::WeekdayDate { .. } => (WarningName::WeekdayDate, None),
                    WarningKind::NoteQuotesMoney { .. } => (WarningName::NoteQuotesMoney, None),
                    WarningKind::NoteLeftOut { .. } => (WarningName::NoteLeftOut, None),
                    WarningKind::NoteReworded { number, .. } => (WarningName::NoteReworded, number),
                    WarningKind::NoteNamesAddressee { number, .. } => {
                        (WarningName::NoteNamesAddressee, Some(number))
                    }
                    WarningKind::NoteNamelessGreeting { .. } => {
                        (WarningName::NoteNamelessGreeting, None)
                    }
                    WarningKind::NoteUntitledGreeting { .. } => {
                        (WarningName::NoteUntitledGreeting, None)
                    }
                    WarningKind::NoteNamesPartner { number, .. } => {
                        (WarningName::NoteNamesPartner, Some(number))
                    }
                };
                WarningReport {
                    kind,
                    key: &warning.key,
                    entry,
                    gap,
                    text: super::warning_text(checklist, warning, t()),
                }
            })
            .chain(eval.gaps.iter().map(|gap| WarningReport {
                kind: WarningName::CsmWillAsk,
                key: &gap.key,
                entry: None,
                gap: Some(gap.kind),
                text: t().gap_warning(gap.kind, &gap.key),
            }))
            .collect(),
    }
}

pub fn render(eval: &Evaluation, out: &mut dyn Write) -> io::Result<()> {
    let text = serde_json::to_string_pretty(&report(eval))?;
    writeln!(out, "{}", crate::safe::json(&text))
}
