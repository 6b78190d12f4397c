//! The verdict: pure logic from a checklist and its answers to a status per
//! question and item, next steps and the overall readiness.
//!
//! Rules: a question passes or fails by its `pass`, option `outcome`, `min`
//! or `wait_days`; one with none of these only informs. The verdict is
//! **not needed** if any answer stops the check (the partner resolved it),
//! else **ready** if nothing failed, else **not ready**. Warnings never
//! change the verdict.

use crate::answers::{Answer, Answers, Value, applies};
use crate::checklist::{Checklist, Entry, Item, Kind, Outcome};
use crate::clock::Clock;
use crate::error::Result;
use crate::evidence::Warning;
use jiff::civil::Date;
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
}

#[derive(Debug, Clone)]
pub struct ItemResult<'a> {
    pub item: &'a Item,
    pub status: Status,
    pub questions: Vec<Graded<'a>>,
}

/// How many item questions ended with each status.
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
    /// For the response window: the first day the check can pass.
    pub from: Option<Date>,
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
/// question with `wait_days`.
pub fn evaluate<'a>(
    checklist: &'a Checklist,
    answers: &'a Answers,
    clock: &Clock,
) -> Result<Evaluation<'a>> {
    let mut context = Vec::new();
    let mut items: Vec<ItemResult> = Vec::new();
    // Whether an earlier answer stopped the walk (see `answers::reached`).
    let mut stopped = false;
    for entry in checklist.entries() {
        let mut graded = grade(entry, answers, clock)?;
        // Every source asks a required question the walk reaches; should
        // one still be open, it must not read as done.
        let open = graded.answer.is_none() && !entry.question.optional;
        if open && !stopped && applies(&entry, answers) {
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
        item.status = item_status(item.questions.iter().map(|g| g.status));
        for g in &item.questions {
            *match g.status {
                Status::Pass => &mut summary.pass,
                Status::Fail => &mut summary.fail,
                Status::Info => &mut summary.info,
                Status::Stop => &mut summary.stop,
                Status::Skipped => &mut summary.skipped,
            } += 1;
            if g.status == Status::Fail {
                next_steps.push(step(g));
            }
        }
    }
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
    })
}

/// The step for the failed question `g`.
fn step<'a>(g: &Graded<'a>) -> Step<'a> {
    let q = g.entry.question;
    // A date that failed its `wait_days`: the check passes from the day the
    // window closes.
    let from = match (g.answer.map(|a| &a.value), q.wait_days) {
        (Some(Value::Date(raised)), Some(wait)) => jiff::Span::new()
            .try_days(i64::from(wait))
            .and_then(|span| raised.checked_add(span))
            .ok(),
        _ => None,
    };
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
    }
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

fn grade<'a>(entry: Entry<'a>, answers: &'a Answers, clock: &Clock) -> Result<Graded<'a>> {
    let key = entry.key();
    let q = entry.question;
    let answer = answers.get(&key).filter(|_| applies(&entry, answers));
    let (status, advice) = match answer.map(|a| &a.value) {
        None => (Status::Skipped, None),
        Some(value) => match (q.kind, value) {
            (Kind::Confirm, Value::Bool(yes)) => match q.pass {
                Some(pass) => pass_fail(*yes == pass.0, q.advice.as_deref()),
                None => (Status::Info, None),
            },
            (Kind::Choice, Value::Choice(chosen)) => {
                let option = q.option(chosen);
                let advice = option
                    .and_then(|o| o.advice.as_deref())
                    .or(q.advice.as_deref());
                match option.and_then(|o| o.outcome) {
                    Some(Outcome::Pass) => (Status::Pass, None),
                    Some(Outcome::Fail) => (Status::Fail, advice),
                    Some(Outcome::Stop) => (Status::Stop, None),
                    None => (Status::Info, None),
                }
            }
            (Kind::List, Value::List(entries)) => match q.min {
                Some(min) => pass_fail(entries.len() >= min, q.advice.as_deref()),
                None => (Status::Info, None),
            },
            (Kind::Date, Value::Date(date)) => match q.wait_days {
                Some(wait) => {
                    let waited = date
                        .until(clock.today()?)
                        .map(|span| span.get_days())
                        .unwrap_or(0);
                    pass_fail(i64::from(waited) >= i64::from(wait), q.advice.as_deref())
                }
                None => (Status::Info, None),
            },
            _ => (Status::Info, None),
        },
    };
    Ok(Graded {
        entry,
        key,
        answer,
        status,
        advice,
    })
}

fn pass_fail(passed: bool, advice: Option<&str>) -> (Status, Option<&str>) {
    if passed {
        (Status::Pass, None)
    } else {
        (Status::Fail, advice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Source;
    use crate::checklist::{DEFAULT_EN, load_str};

    fn checklist() -> Checklist {
        load_str("en", DEFAULT_EN).unwrap()
    }

    fn answers(pairs: &[(&str, Value)]) -> Answers {
        let mut answers = Answers::default();
        for (key, value) in pairs {
            answers.set(
                (*key).to_owned(),
                Answer {
                    value: value.clone(),
                    source: Source::File,
                },
            );
        }
        answers
    }

    fn choice(s: &str) -> Value {
        Value::Choice(s.into())
    }

    fn date(s: &str) -> Value {
        Value::Date(s.parse().unwrap())
    }

    fn examples(n: usize) -> Value {
        Value::List((0..n).map(|i| format!("ticket ACME-{i}")).collect())
    }

    fn verdict_of(pairs: &[(&str, Value)]) -> Verdict {
        let checklist = checklist();
        let answers = answers(pairs);
        evaluate(&checklist, &answers, &Clock::default())
            .unwrap()
            .verdict
    }

    #[test]
    fn all_done_is_ready() {
        let v = verdict_of(&[
            ("scope.reviewed-deliverables", Value::Bool(true)),
            ("scope.deliverables-added", Value::Bool(false)),
            ("partner-contact.raised", choice("unresolved")),
            ("partner-contact.raised-on", date("2020-01-06")),
            ("specificity.examples", examples(1)),
        ]);
        assert_eq!(v, Verdict::Ready);
    }

    #[test]
    fn any_failing_answer_is_not_ready_with_its_advice() {
        let checklist = checklist();
        let answers = answers(&[
            ("scope.reviewed-deliverables", Value::Bool(false)),
            ("scope.deliverables-added", Value::Bool(true)),
            ("scope.planning-impact", Value::Bool(false)),
            ("partner-contact.raised", choice("not-yet")),
            ("specificity.examples", examples(0)),
        ]);
        let e = evaluate(&checklist, &answers, &Clock::default()).unwrap();
        assert_eq!(e.verdict, Verdict::NotReady);
        assert_eq!(e.summary.fail, 4);
        assert_eq!(e.summary.info, 1);
        let keys: Vec<&str> = e.next_steps.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "scope.reviewed-deliverables",
                "scope.planning-impact",
                "partner-contact.raised",
                "specificity.examples"
            ]
        );
        let advice = |n: usize| e.next_steps[n].advice.unwrap_or_default();
        assert!(
            advice(0).starts_with("Re-read the document"),
            "{:?}",
            e.next_steps
        );
        assert!(
            advice(2).starts_with("Raise the concern"),
            "{:?}",
            e.next_steps
        );
        assert!(e.next_steps.iter().all(|s| s.kind == StepKind::Advice));
        assert!(e.items.iter().all(|i| i.status == Status::Fail));
    }

    #[test]
    fn a_resolved_concern_means_not_needed_even_with_failures() {
        let v = verdict_of(&[
            ("scope.reviewed-deliverables", Value::Bool(false)),
            ("scope.deliverables-added", Value::Bool(false)),
            ("partner-contact.raised", choice("resolved")),
            ("specificity.examples", examples(0)),
        ]);
        assert_eq!(v, Verdict::NotNeeded);
        // And no next steps: there is nothing left to prepare.
        let checklist = checklist();
        let answers = answers(&[
            ("scope.reviewed-deliverables", Value::Bool(false)),
            ("scope.deliverables-added", Value::Bool(false)),
            ("partner-contact.raised", choice("resolved")),
        ]);
        let eval = evaluate(&checklist, &answers, &Clock::default()).unwrap();
        assert_eq!(eval.summary.fail, 1);
        assert!(eval.next_steps.is_empty(), "{:?}", eval.next_steps);
    }

    #[test]
    fn an_open_required_question_is_never_done() {
        let checklist = checklist();
        let answers = answers(&[
            ("scope.reviewed-deliverables", Value::Bool(true)),
            ("scope.deliverables-added", Value::Bool(false)),
            ("partner-contact.raised", choice("unresolved")),
            ("partner-contact.raised-on", date("2026-11-01")),
        ]);
        let today = jiff::civil::date(2026, 11, 25);
        let eval = evaluate(&checklist, &answers, &Clock::fixed(today)).unwrap();
        assert_eq!(eval.verdict, Verdict::NotReady);
        assert_eq!(eval.items[2].status, Status::Fail);
        // After an answer that stops the check, nothing is open.
        let answers = self::answers(&[
            ("scope.reviewed-deliverables", Value::Bool(true)),
            ("scope.deliverables-added", Value::Bool(false)),
            ("partner-contact.raised", choice("resolved")),
        ]);
        let eval = evaluate(&checklist, &answers, &Clock::fixed(today)).unwrap();
        assert_eq!(eval.verdict, Verdict::NotNeeded);
        assert_eq!(eval.items[2].status, Status::Skipped);
    }

    #[test]
    fn a_response_window_names_the_day_the_check_can_pass() {
        let checklist = checklist();
        let today = jiff::civil::date(2026, 11, 25);
        for (raised, from) in [
            ("2026-11-23", Some((2026, 11, 26))),
            ("2026-11-24", Some((2026, 11, 27))),
            ("2026-11-22", None),
            ("2026-11-30", Some((2026, 12, 3))),
        ] {
            let answers = answers(&[
                ("partner-contact.raised", choice("unresolved")),
                ("partner-contact.raised-on", date(raised)),
            ]);
            let clock = Clock::fixed(if raised > "2026-11-25" {
                date_of(raised)
            } else {
                today
            });
            let eval = evaluate(&checklist, &answers, &clock).unwrap();
            let wait = eval
                .next_steps
                .iter()
                .find(|s| s.key == "partner-contact.raised-on");
            let want = from.map(|(y, m, d)| jiff::civil::date(y, m, d));
            assert_eq!(wait.and_then(|s| s.from), want, "{raised}");
            if want.is_some() {
                assert_eq!(wait.map(|s| s.kind), Some(StepKind::Wait));
            }
        }
    }

    fn date_of(text: &str) -> jiff::civil::Date {
        text.parse().unwrap()
    }

    #[test]
    fn a_long_wait_does_not_overflow() {
        let mut checklist = checklist();
        assert_eq!(checklist.items[1].questions[1].id, "raised-on");
        checklist.items[1].questions[1].wait_days = Some(u32::MAX);
        let answers = answers(&[
            ("partner-contact.raised", choice("unresolved")),
            ("partner-contact.raised-on", date("2026-11-25")),
        ]);
        let today = jiff::civil::date(2026, 11, 25);
        let eval = evaluate(&checklist, &answers, &Clock::fixed(today)).unwrap();
        assert_eq!(eval.items[1].status, Status::Fail);
    }

    #[test]
    fn planning_impact_counts_only_when_deliverables_were_added() {
        let base = [
            ("scope.reviewed-deliverables", Value::Bool(true)),
            ("scope.planning-impact", Value::Bool(false)),
            ("partner-contact.raised", choice("unresolved")),
            ("partner-contact.raised-on", date("2020-01-06")),
            ("specificity.examples", examples(2)),
        ];
        let mut not_added = base.to_vec();
        not_added.push(("scope.deliverables-added", Value::Bool(false)));
        assert_eq!(verdict_of(&not_added), Verdict::Ready);
        let mut added = base.to_vec();
        added.push(("scope.deliverables-added", Value::Bool(true)));
        assert_eq!(verdict_of(&added), Verdict::NotReady);
    }

    #[test]
    fn item_status_takes_the_strongest() {
        use Status::*;
        assert_eq!(item_status([Pass, Fail, Info].into_iter()), Fail);
        assert_eq!(item_status([Fail, Stop].into_iter()), Stop);
        assert_eq!(item_status([Info, Skipped].into_iter()), Info);
        assert_eq!(item_status([Skipped].into_iter()), Skipped);
        assert_eq!(item_status([Pass, Info].into_iter()), Pass);
    }

    #[test]
    fn verdicts_map_to_exit_codes() {
        use crate::exit::Code;
        assert_eq!(Verdict::Ready.exit_code(), Code::Ready);
        assert_eq!(Verdict::NotReady.exit_code(), Code::NotReady);
        assert_eq!(Verdict::NotNeeded.exit_code(), Code::NotNeeded);
    }
}
