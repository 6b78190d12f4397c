//! Raw answers into values: every source (file, flag, line, prompt) turns
//! what it was given into a [`Value`] here, so the same answer means the
//! same thing wherever it came from.

use super::Value;
use crate::checklist::{Kind, Question};
use crate::clock::{BadDate, Clock, typed_date};
use crate::error::{Expected, Result};
use crate::i18n::Messages;

/// A value as a file, flag or line wrote it, before it is checked against
/// its question.
#[derive(Debug, Clone, PartialEq)]
pub enum Raw {
    /// A scalar as written: a string, or a number or boolean in a file,
    /// with its text kept (`1.10`, not `1.1`).
    Text(String),
    List(Vec<Raw>),
    /// `null` or nothing: not answered.
    Null,
    /// A map, with its scalar keys: always the wrong kind.
    Map(Vec<(String, Raw)>),
}

/// Turns `raw` into the answer to `q`, or says what `q` expected. Fails
/// only with an [`Expected`]; the clock is read for date questions.
pub fn interpret(q: &Question, raw: &Raw, clock: &Clock) -> Result<Value, Expected> {
    match (q.kind, raw) {
        (Kind::Confirm, Raw::Text(s)) => parse_yes_no(s).map(Value::Bool).ok_or(Expected::YesNo),
        (Kind::Choice, Raw::Text(s)) => choice(q, s.trim()),
        (Kind::Text, Raw::Text(s)) if s.trim().is_empty() => Err(Expected::NotBlank),
        (Kind::Text, Raw::Text(s)) => Ok(Value::Text(s.clone())),
        (Kind::List, Raw::Text(s)) => Ok(Value::List(entries([s.as_str()]))),
        (Kind::List, Raw::List(items)) => items
            .iter()
            .map(|item| match item {
                Raw::Text(s) => Ok(s.as_str()),
                _ => Err(Expected::List),
            })
            .collect::<Result<Vec<_>, _>>()
            .map(|items| Value::List(entries(items))),
        (Kind::Date, Raw::Text(s)) => date(s.trim(), q.future, clock),
        _ => Err(expected(q)),
    }
}

/// Does `raw` leave `q` open? `null` does, for any question; for an
/// optional one, so do blank text and an empty list, as an empty line does
/// at the terminal.
pub fn left_open(q: &Question, raw: &Raw) -> bool {
    let blank = match raw {
        Raw::Null => return true,
        Raw::Text(text) => q.kind == Kind::Text && text.trim().is_empty(),
        Raw::List(items) => q.kind == Kind::List && items.is_empty(),
        Raw::Map(_) => false,
    };
    blank && q.optional
}

/// List entries without surrounding blanks; a blank entry is no entry, so
/// it cannot count as evidence.
pub fn entries<'a>(items: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    items
        .into_iter()
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .map(str::to_owned)
        .collect()
}

/// What `q` accepts.
pub fn expected(q: &Question) -> Expected {
    match q.kind {
        Kind::Confirm => Expected::YesNo,
        Kind::Choice => Expected::Choice(q.options.iter().map(|o| o.value.clone()).collect()),
        Kind::Text => Expected::Text,
        Kind::List => Expected::List,
        Kind::Date => Expected::Date,
    }
}

/// The values `q` takes, for templates (`yes, no` or the options).
pub fn allowed(q: &Question) -> String {
    match q.kind {
        Kind::Confirm => "yes, no".into(),
        Kind::Choice => q
            .options
            .iter()
            .map(|o| o.value.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        Kind::Date => "YYYY-MM-DD".into(),
        Kind::Text | Kind::List => String::new(),
    }
}

/// `true`, `false`, or a word for yes or no in any language escalate
/// speaks (`y`, `yes`, `j`, `ja`, `n`, `nein`, …), in any case.
pub fn parse_yes_no(text: &str) -> Option<bool> {
    let word = text.trim().to_lowercase();
    let said = |words: fn(&dyn Messages) -> &'static [&'static str]| {
        crate::i18n::every().any(|lang| words(lang).contains(&word.as_str()))
    };
    match word.as_str() {
        "true" => Some(true),
        "false" => Some(false),
        _ if said(|lang| lang.yes_words()) => Some(true),
        _ if said(|lang| lang.no_words()) => Some(false),
        _ => None,
    }
}

/// A choice by its number (digits only, from 1) or by its value (exactly,
/// else ignoring ASCII case). A number always means a position: option
/// values are never all digits (`validate` refuses them), so `2` cannot
/// name both the second option and an option called `2`.
fn choice(q: &Question, text: &str) -> Result<Value, Expected> {
    let option = if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|n| q.options.get(n))
    } else {
        q.option(text).or_else(|| {
            q.options
                .iter()
                .find(|o| o.value.eq_ignore_ascii_case(text))
        })
    };
    option
        .map(|o| Value::Choice(o.value.clone()))
        .ok_or_else(|| expected(q))
}

/// A date, no later than today unless it may lie in the `future`.
fn date(text: &str, future: bool, clock: &Clock) -> Result<Value, Expected> {
    let shapes = crate::i18n::every().flat_map(|lang| lang.date_shapes());
    let date = typed_date(text, shapes).map_err(|bad| match bad {
        BadDate::Shape => Expected::Date,
        BadDate::NoSuchDay => Expected::NoSuchDay,
    })?;
    if !future {
        // A clock that cannot say the date was refused before any answer.
        let today = clock.today().map_err(|_| Expected::Date)?;
        if date > today {
            return Err(Expected::NotAfter(today));
        }
    }
    Ok(Value::Date(date))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::load_str;
    use crate::i18n::Lang;

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
            let values = ["not-yet", "resolved", "unresolved"]
                .map(String::from)
                .to_vec();
            assert_eq!(err, Expected::Choice(values), "{bad}");
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
}
