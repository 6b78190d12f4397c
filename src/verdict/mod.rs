//! The verdict: pure logic from a checklist and its answers to a status per
//! question and item, next steps and the overall readiness.
//!
//! Rules: a question passes or fails by its `pass`, option `outcome`, `min`
//! or response window (`checklist::Window`); one with none of these only
//! informs. The verdict is
//! **not needed** if any answer stops the check (the partner resolved it),
//! else **ready** if nothing failed, else **not ready**. Warnings never
//! change the verdict.

use crate::answers::{Answer, Answers, applies};
use crate::checklist::{AnswerBy, Checklist, Due, Entry, Item, Outcome, Pressure, Role};
use crate::clock::Clock;
use crate::error::Result;
use crate::evidence::Warning;
use serde::Serialize;

/// What an answer means for readiness.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pass,
    Fail,
    /// Answered, decides nothing.
    Info,
    /// The concern is resolved: no escalation needed.
    Stop,
    /// Not asked (its `when` did not hold) or left open.
    Skipped,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Ready,
    NotReady,
    NotNeeded,
}

impl Verdict {
    pub fn exit_code(self) -> crate::exit::Code {
        use crate::exit::Code;
        match self {
            Verdict::Ready => Code::Ready,
            Verdict::NotReady => Code::NotReady,
            Verdict::NotNeeded => Code::NotNeeded,
        }
    }
}

/// One question with its answer and status.
#[derive(Debug, Clone)]
pub struct Graded<'a> {
    pub entry: Entry<'a>,
    pub key: String,
    pub answer: Option<&'a Answer>,
    pub status: Status,
    /// What to do, when the answer does not pass.
    pub advice: Option<&'a str>,
    /// For a date that has not had its response window: the first day it
    /// has, and why then.
    pub from: Option<Due>,
}

#[derive(Debug, Clone)]
pub struct ItemResult<'a> {
    pub item: &'a Item,
    pub status: Status,
    pub questions: Vec<Graded<'a>>,
}

/// How many of the items' own questions (not those only for the
/// documents) ended with each status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Summary {
    pub pass: usize,
    pub fail: usize,
    pub info: usize,
    pub stop: usize,
    pub skipped: usize,
}

#[derive(Debug, Clone)]
pub struct Evaluation<'a> {
    pub checklist: &'a Checklist,
    pub verdict: Verdict,
    pub context: Vec<Graded<'a>>,
    pub items: Vec<ItemResult<'a>>,
    pub summary: Summary,
    /// What to do about every failing question, in checklist order.
    pub next_steps: Vec<Step<'a>>,
    pub warnings: Vec<Warning>,
    /// What the CSM would ask for that the case leaves out: found when a
    /// brief is written (`report::gaps`), empty otherwise.
    pub gaps: Vec<crate::report::Gap>,
}

/// One thing to do before escalating, as data; renderers put it into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step<'a> {
    pub kind: StepKind,
    /// The answer key of the question that failed.
    pub key: String,
    /// The checklist's advice, if it has one; else the question is to be
    /// revisited.
    pub advice: Option<&'a str>,
    /// The question, for a step with no advice.
    pub prompt: &'a str,
    /// For the response window: the first day the check can pass, and
    /// why then.
    pub from: Option<Due>,
    /// For raising the concern: by when to ask the partner to answer, as
    /// the note to the partner does.
    pub answer_by: Option<AnswerBy>,
}

/// What kind of thing a step asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum StepKind {
    /// Do what the checklist advises.
    Advice,
    /// Answer the question again (it has no advice).
    Revisit,
    /// Give the partner until a date to answer.
    Wait,
}

/// Grades `answers` against `checklist`. The clock is read only for a date
/// question that waits for the response window.
pub fn evaluate<'a>(
    checklist: &'a Checklist,
    answers: &'a Answers,
    clock: &Clock,
) -> Result<Evaluation<'a>> {
    let mut context = Vec::new();
    let mut items: Vec<ItemResult> = Vec::new();
    // Whether an earlier answer stopped the walk (see `answers::reached`).
    let mut stopped = false;
    let pressure = pressure(checklist, answers);
    for entry in checklist.entries() {
        let mut graded = grade(entry, answers, clock, pressure)?;
        // Every source asks a required question the walk reaches; should
        // one still be open, it must not read as done.
        // The documents' questions decide nothing, whether asked or not.
        let open = graded.answer.is_none() && !entry.question.optional;
        if open && !stopped && !entry.for_documents() && applies(&entry, answers) {
            graded.status = Status::Fail;
            graded.advice = entry.question.advice.as_deref();
        }
        stopped |= graded.status == Status::Stop;
        match entry.item {
            None => context.push(graded),
            Some(item) => match items.last_mut() {
                Some(last) if std::ptr::eq(last.item, item) => last.questions.push(graded),
                _ => items.push(ItemResult {
                    item,
                    status: Status::Skipped,
                    questions: vec![graded],
                }),
            },
        }
    }
    let mut summary = Summary::default();
    let mut next_steps = Vec::new();
    for item in &mut items {
        let own = |g: &&Graded| !g.entry.for_documents();
        item.status = item_status(item.questions.iter().filter(own).map(|g| g.status));
        for g in item.questions.iter().filter(own) {
            *match g.status {
                Status::Pass => &mut summary.pass,
                Status::Fail => &mut summary.fail,
                Status::Info => &mut summary.info,
                Status::Stop => &mut summary.stop,
                Status::Skipped => &mut summary.skipped,
            } += 1;
            if g.status == Status::Fail {
                next_steps.push(Raise {
                    raise: g.entry.question.role == Some(Role::Raised),
                    step: step(g),
                });
            }
        }
    }
    if let Some(raise) = next_steps.iter_mut().find(|s| s.raise) {
        raise.step.answer_by = answer_by(checklist, answers, clock);
    }
    let mut next_steps: Vec<Step> = next_steps.into_iter().map(|s| s.step).collect();
    let verdict = if summary.stop > 0 {
        // Nothing is left to prepare for an escalation that is not needed.
        next_steps.clear();
        Verdict::NotNeeded
    } else if summary.fail > 0 {
        Verdict::NotReady
    } else {
        Verdict::Ready
    };
    let warnings = crate::evidence::warnings(checklist, answers);
    Ok(Evaluation {
        checklist,
        verdict,
        context,
        items,
        summary,
        next_steps,
        warnings,
        gaps: Vec::new(),
    })
}

/// The step for the failed question `g`.
fn step<'a>(g: &Graded<'a>) -> Step<'a> {
    let q = g.entry.question;
    // A date that failed its response window: the check passes from the
    // day the window closes.
    let from = g.from;
    let kind = match (from, g.advice) {
        (Some(_), _) => StepKind::Wait,
        (None, Some(_)) => StepKind::Advice,
        (None, None) => StepKind::Revisit,
    };
    Step {
        kind,
        key: g.key.clone(),
        advice: g.advice.map(str::trim),
        prompt: q.prompt.trim(),
        from,
        answer_by: None,
    }
}

/// A step, and whether it is to raise the concern with the partner.
struct Raise<'a> {
    raise: bool,
    step: Step<'a>,
}

/// By when a concern raised today asks the partner to answer: the
/// checklist's window from today, under the case's pressure (a date at
/// risk, a live shop that is down). `None` without a window or a clock.
fn answer_by(checklist: &Checklist, answers: &Answers, clock: &Clock) -> Option<AnswerBy> {
    let today = clock.today().ok()?;
    checklist
        .window()?
        .answer_by(today, None, pressure(checklist, answers))
}

/// What of the case can end the partner's window early, as the answers
/// give it: the date at risk and the severity, whenever they are given,
/// even by a run that does not ask for them.
fn pressure(checklist: &Checklist, answers: &Answers) -> Pressure {
    let answer = |role| {
        checklist
            .role(role)
            .and_then(|e: Entry| answers.get(&e.key()))
            .map(|a| &a.value)
    };
    Pressure::new(
        answer(Role::Deadline).and_then(|v| v.as_date()),
        answer(Role::Severity).and_then(|v| v.as_condition()),
    )
}

/// An item stops if any question stops, else fails if any fails, and so on.
fn item_status(statuses: impl Iterator<Item = Status>) -> Status {
    let order = [Status::Stop, Status::Fail, Status::Pass, Status::Info];
    let seen: Vec<Status> = statuses.collect();
    order
        .into_iter()
        .find(|s| seen.contains(s))
        .unwrap_or(Status::Skipped)
}

fn grade<'a>(
    entry: Entry<'a>,
    answers: &'a Answers,
    clock: &Clock,
    pressure: Pressure,
) -> Result<Graded<'a>> {
    let key = entry.key();
    let q = entry.question;
    let answer = answers.get(&key).filter(|_| applies(&entry, answers));
    let grade = match answer {
        Some(answer) => q.grade(&answer.value, clock, pressure)?,
        None => None,
    };
    let status = match (answer, grade.map(|g| g.outcome)) {
        (None, _) => Status::Skipped,
        (Some(_), None) => Status::Info,
        (Some(_), Some(Outcome::Pass)) => Status::Pass,
        (Some(_), Some(Outcome::Fail)) => Status::Fail,
        (Some(_), Some(Outcome::Stop)) => Status::Stop,
    };
    Ok(Graded {
        entry,
        key,
        answer,
        status,
        advice: grade.and_then(|g| g.advice),
        from: grade.and_then(|g| g.from),
    })
}

#[cfg(test)]
mod tests;
