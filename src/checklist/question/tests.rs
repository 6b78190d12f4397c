//! Each kind's rules, on the shipped checklist's questions: reading in
//! every language, what a `when` sees, adding to a list, and showing and
//! writing an answer.

use super::*;
use crate::checklist::load_str;
use crate::i18n::Lang;

/// Reads `raw` for `q` in every language, as every source does.
fn interpret(q: &Question, raw: &Raw, clock: &Clock) -> Result<Value, Expected> {
    q.read(raw, clock, crate::i18n::every())
}

fn question(key: &str) -> Question {
    let checklist = load_str("en", Lang::En.checklist()).unwrap();
    checklist.entry(key).unwrap().question.clone()
}

fn text(s: &str) -> Raw {
    Raw::Text(s.into())
}

#[test]
fn confirm_takes_english_and_german_words_and_booleans() {
    let q = question("scope.reviewed-deliverables");
    let clock = Clock::default();
    for (raw, want) in [
        (text("Yes"), true),
        (text("ja"), true),
        (text("n"), false),
        (text("false"), false),
    ] {
        assert_eq!(interpret(&q, &raw, &clock), Ok(Value::Bool(want)));
    }
    assert_eq!(interpret(&q, &text("maybe"), &clock), Err(Expected::YesNo));
    assert!(interpret(&q, &Raw::List(vec![]), &clock).is_err());
}

#[test]
fn choice_takes_the_value_or_its_number() {
    let q = question("partner-contact.raised");
    let clock = Clock::default();
    let unresolved = Ok(Value::Choice("unresolved".into()));
    assert_eq!(
        interpret(&q, &text("resolved"), &clock),
        Ok(Value::Choice("resolved".into()))
    );
    assert_eq!(interpret(&q, &text("3"), &clock), unresolved);
    assert_eq!(
        interpret(&q, &text("1"), &clock),
        Ok(Value::Choice("not-yet".into()))
    );
    for bad in ["0", "4", "maybe", "3.0", "0x3", "3e0", "+3", "-1", ""] {
        let err = interpret(&q, &text(bad), &clock).unwrap_err();
        let Expected::Choice { options, meant } = err else {
            panic!("{err:?}")
        };
        let values: Vec<&str> = options.iter().map(|(v, _)| v.as_str()).collect();
        assert_eq!(values, ["not-yet", "resolved", "unresolved"], "{bad}");
        assert!(options.iter().all(|(_, label)| !label.is_empty()));
        assert_eq!(meant, None, "{bad}");
    }
}

#[test]
fn list_takes_a_sequence_or_one_entry() {
    let q = question("specificity.examples");
    let clock = Clock::default();
    let raw = Raw::List(vec![text("a"), text("7")]);
    assert_eq!(
        interpret(&q, &raw, &clock),
        Ok(Value::List(vec!["a".into(), "7".into()]))
    );
    assert_eq!(
        interpret(&q, &text("a"), &clock),
        Ok(Value::List(vec!["a".into()]))
    );
    assert!(interpret(&q, &Raw::Null, &clock).is_err());
    assert!(interpret(&q, &Raw::List(vec![Raw::Map(vec![])]), &clock).is_err());
}

#[test]
fn blank_list_entries_are_no_entries() {
    let q = question("specificity.examples");
    let clock = Clock::default();
    let raw = Raw::List(vec![text(" "), text(" ticket T-1 "), text("\t")]);
    assert_eq!(
        interpret(&q, &raw, &clock),
        Ok(Value::List(vec!["ticket T-1".into()]))
    );
    assert_eq!(interpret(&q, &text(""), &clock), Ok(Value::List(vec![])));
}

#[test]
fn a_choice_ignores_case() {
    let q = question("partner-contact.raised");
    let clock = Clock::default();
    assert_eq!(
        interpret(&q, &text("Resolved"), &clock),
        Ok(Value::Choice("resolved".into()))
    );
    assert!(interpret(&q, &text("Resolve"), &clock).is_err());
}

#[test]
fn a_date_is_real_and_not_in_the_future() {
    let q = question("partner-contact.raised-on");
    let today = jiff::civil::date(2026, 11, 25);
    let clock = Clock::fixed(today);
    assert_eq!(
        interpret(&q, &text("2026-11-25"), &clock),
        Ok(Value::Date(today))
    );
    assert_eq!(
        interpret(&q, &text("2026-11-26"), &clock),
        Err(Expected::NotAfter(today))
    );
    assert_eq!(
        interpret(&q, &text("2026-11-31"), &clock),
        Err(Expected::NoSuchDay)
    );
    assert_eq!(
        interpret(&q, &text("24.11.2026"), &clock),
        Ok(Value::Date(jiff::civil::date(2026, 11, 24)))
    );
    assert_eq!(
        interpret(&q, &text("24/11/2026"), &clock),
        Err(Expected::Date)
    );
}

#[test]
fn conditions_are_yes_no_and_option_values() {
    assert_eq!(Value::Bool(true).as_condition(), Some("yes"));
    assert_eq!(
        Value::Choice("resolved".into()).as_condition(),
        Some("resolved")
    );
    let raised = question("partner-contact.raised");
    assert_eq!(
        raised.conditions(),
        Some(vec!["not-yet", "resolved", "unresolved"])
    );
    assert_eq!(question("specificity.examples").conditions(), None);
}

/// A text is `given` by the documents' rule: it names something, and is
/// neither blank nor a placeholder typed to get past the question.
#[test]
fn a_text_is_given_when_it_names_something() {
    assert_eq!(
        question("partner-contact.decider").conditions(),
        Some(vec!["given"])
    );
    let condition = |text: &str| Value::Text(text.into()).as_condition().map(str::to_owned);
    for said in ["Derek Olsen, account director", "yes", "Frau Kurz"] {
        assert_eq!(condition(said).as_deref(), Some("given"), "{said:?}");
    }
    for nothing in [
        "",
        "  ",
        "n/a",
        "?",
        "weiß nicht",
        "don't know",
        "k. A.",
        "keine Ahnung, vielleicht Herr Kurz",
    ] {
        assert_eq!(condition(nothing), None, "{nothing:?}");
    }
}

#[test]
fn only_a_list_takes_more_entries_when_given_again() {
    let mut list = Value::List(vec!["a".into()]);
    assert!(list.add(Value::List(vec!["b".into()])));
    assert_eq!(list, Value::List(vec!["a".into(), "b".into()]));
    let mut yes = Value::Bool(true);
    assert!(!yes.add(Value::Bool(false)));
    assert_eq!(yes, Value::Bool(true));
}

#[test]
fn answers_are_shown_in_the_language_and_written_as_typed() {
    let raised = question("partner-contact.raised");
    let day = Value::Date(jiff::civil::date(2026, 11, 2));
    let de = Lang::De.messages();
    assert_eq!(Value::Bool(true).text(&raised, de), "ja");
    assert_eq!(day.text(&raised, de), "02.11.2026");
    assert_eq!(Value::List(vec![]).text(&raised, de), "keine");
    let not_yet = Value::Choice("not-yet".into());
    assert_eq!(not_yet.text(&raised, de), raised.options[0].label);
    assert_eq!(day.written(), Written::Text("2026-11-02".into()));
    assert_eq!(not_yet.written(), Written::Text("not-yet".into()));
}

#[test]
fn only_a_stopping_option_stops() {
    let raised = question("partner-contact.raised");
    assert!(Value::Choice("resolved".into()).stops(&raised));
    assert!(!Value::Choice("unresolved".into()).stops(&raised));
    assert!(!Value::Bool(true).stops(&raised));
}

#[test]
fn text_and_list_entries_are_held_to_their_kinds_limits() {
    use crate::limits::{ANSWER_LINE, ANSWER_TEXT};
    let clock = Clock::default();
    let problem = question("specificity.problem");
    let line = |n: usize| "x".repeat(n);
    assert!(interpret(&problem, &text(&line(ANSWER_LINE)), &clock).is_ok());
    assert_eq!(
        interpret(&problem, &text(&line(ANSWER_LINE + 1)), &clock),
        Err(Expected::LinesOfAtMost(ANSWER_LINE))
    );
    // Many short lines: within the line limit, over the whole one.
    let lines = format!("{}\n", line(99)).repeat(ANSWER_TEXT / 100 + 1);
    assert_eq!(
        interpret(&problem, &text(&lines), &clock),
        Err(Expected::AtMost(ANSWER_TEXT))
    );
    // Characters, not bytes: a line of umlauts at the limit is fine.
    assert!(interpret(&problem, &text(&"ä".repeat(ANSWER_LINE)), &clock).is_ok());
    let examples = question("specificity.examples");
    let entries = Raw::List(vec![text("ticket 1"), text(&line(ANSWER_LINE + 1))]);
    assert_eq!(
        interpret(&examples, &entries, &clock),
        Err(Expected::LinesOfAtMost(ANSWER_LINE))
    );
    assert_eq!(Kind::Date.limit(), None);
}

#[test]
fn a_blank_answer_leaves_any_optional_question_open_and_no_required_one() {
    let blank = text("  ");
    assert!(question("context.product").left_open(&blank));
    assert!(question("context.project").left_open(&blank));
    assert!(question("context.at-risk").left_open(&blank));
    assert!(!question("context.severity").left_open(&blank));
    assert!(!question("partner-contact.raised").left_open(&blank));
    assert!(!question("specificity.problem").left_open(&blank));
    // One asked only after a given answer is as if not there.
    assert!(question("scope.added-detail").left_open(&blank));
    assert!(!question("context.product").left_open(&text("cloud")));
}
