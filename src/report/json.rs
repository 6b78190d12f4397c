//! `--format json`: the machine-readable report, `schema_version: 1`.
//!
//! The shape is a contract: `tests/cli/output.rs` reads it back into
//! mirror types that refuse unknown fields, so any change here is deliberate.

use crate::answers::{Source, Value};
use crate::i18n::t;
use crate::verdict::{Evaluation, Graded, Status, Summary, Verdict};
use schemars::JsonSchema;
use serde::Serialize;
use std::io::{self, Write};

/// The version of this report's shape.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Serialize, JsonSchema)]
pub struct Report<'a> {
    pub schema_version: u32,
    pub checklist: ChecklistInfo<'a>,
    pub verdict: Verdict,
    pub summary: Summary,
    pub context: Vec<QuestionReport<'a>>,
    pub items: Vec<ItemReport<'a>>,
    pub next_steps: Vec<String>,
    pub warnings: Vec<String>,
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
    pub advice: Option<&'a str>,
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
        answer: g.answer.map(|a| match &a.value {
            Value::Bool(b) => AnswerValue::Bool(*b),
            Value::Text(t) | Value::Choice(t) => AnswerValue::Text(t.into()),
            Value::Date(d) => AnswerValue::Text(d.to_string().into()),
            Value::List(l) => AnswerValue::List(l),
        }),
        status: g.status,
        advice: g.advice.map(str::trim),
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
            .map(|step| super::step_text(step, t()))
            .collect(),
        warnings: eval
            .warnings
            .iter()
            .map(|warning| super::warning_text(warning, t()))
            .collect(),
    }
}

pub fn render(eval: &Evaluation, out: &mut dyn Write) -> io::Result<()> {
    let text = serde_json::to_string_pretty(&report(eval))?;
    writeln!(out, "{}", crate::safe::json(&text))
}
