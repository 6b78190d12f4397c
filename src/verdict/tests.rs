//! The verdict rules, each on the shipped checklist.

use super::*;
use crate::answers::{Source, Value};
use crate::checklist::load_str;
use crate::i18n::Lang;

fn checklist() -> Checklist {
    load_str("en", Lang::En.checklist()).unwrap()
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
        assert_eq!(
            wait.and_then(|s| s.from).map(|from| from.day),
            want,
            "{raised}"
        );
        if want.is_some() {
            assert_eq!(wait.map(|s| s.kind), Some(StepKind::Wait));
        }
    }
}

#[test]
fn a_live_shop_that_is_down_waits_no_longer_once_the_partner_is_told() {
    let checklist = checklist();
    let today = jiff::civil::date(2026, 11, 25);
    let raised_on = |severity: &str| {
        let answers = answers(&[
            ("context.severity", choice(severity)),
            ("partner-contact.raised", choice("unresolved")),
            ("partner-contact.raised-on", date("2026-11-25")),
        ]);
        let eval = evaluate(&checklist, &answers, &Clock::fixed(today)).unwrap();
        eval.context
            .iter()
            .chain(eval.items.iter().flat_map(|i| &i.questions))
            .find(|g| g.key == "partner-contact.raised-on")
            .map(|g| (g.status, g.from.map(|f| f.day)))
    };
    // Raised today: the check passes today.
    assert_eq!(raised_on("live-down"), Some((Status::Pass, None)));
    // A shop that is only slow still gives the partner the window.
    let slow = raised_on("degraded");
    assert_eq!(slow, Some((Status::Fail, Some(date_of("2026-11-30")))));
}

#[test]
fn the_step_to_raise_the_concern_says_by_when_to_ask_for_an_answer() {
    let checklist = checklist();
    // Wednesday 25 Nov 2026: three working days end on Monday 30 Nov.
    let clock = Clock::fixed(jiff::civil::date(2026, 11, 25));
    for (at_risk, by) in [
        (None, AnswerBy::Window(date_of("2026-11-30"))),
        (Some("2026-12-15"), AnswerBy::Window(date_of("2026-11-30"))),
        (
            Some("2026-11-30"),
            AnswerBy::BeforeRisk {
                by: date_of("2026-11-26"),
                at_risk: date_of("2026-11-30"),
            },
        ),
        // Two working days before it: today, so that the CSM has a day.
        (
            Some("2026-11-27"),
            AnswerBy::BeforeRisk {
                by: date_of("2026-11-25"),
                at_risk: date_of("2026-11-27"),
            },
        ),
        (
            Some("2026-11-26"),
            AnswerBy::TooNear {
                at_risk: date_of("2026-11-26"),
            },
        ),
    ] {
        let mut pairs = vec![
            ("scope.reviewed-deliverables", Value::Bool(false)),
            ("partner-contact.raised", choice("not-yet")),
        ];
        pairs.extend(at_risk.map(|d| ("context.at-risk", date(d))));
        let answers = answers(&pairs);
        let eval = evaluate(&checklist, &answers, &clock).unwrap();
        // Only the step that raises the concern says it.
        for step in &eval.next_steps {
            let expected = (step.key == "partner-contact.raised").then_some(by);
            assert_eq!(step.answer_by, expected, "{at_risk:?} {}", step.key);
        }
        let raise = eval
            .next_steps
            .iter()
            .find(|s| s.kind == StepKind::Advice && s.answer_by.is_some());
        assert_eq!(
            raise.map(|s| s.key.as_str()),
            Some("partner-contact.raised")
        );
        assert!(eval.next_steps.len() > 1, "{:?}", eval.next_steps);
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
