//! What a busy person gets back for an answers file YAML reads otherwise
//! than they meant: one line in the run's language, at the value itself,
//! naming the cause and, where there is one, the fix; and no empty quote.

use crate::common::{TODAY, Test, assert_says};

/// `check --no-input` in `lang`, with the answers file `a.yaml` holding
/// `text`.
fn answers_file(lang: &str, text: &str) -> Test {
    Test::new().file("a.yaml", text).args([
        "check",
        "--no-input",
        "--today",
        TODAY,
        "--lang",
        lang,
        "--answers",
        "a.yaml",
    ])
}

#[test]
fn an_empty_answer_is_said_to_be_missing_not_quoted_as_nothing() {
    for (lang, says) in [
        (
            "en",
            "no answer for `context.contact`: this question needs an answer",
        ),
        (
            "de",
            "keine Antwort für `context.contact`: diese Frage braucht eine Antwort",
        ),
    ] {
        for value in ["", "  "] {
            let message = Test::new()
                .args(["check", "--no-input", "--lang", lang, "-a"])
                .arg(format!("context.contact={value}"))
                .run()
                .refused();
            assert_says(&message, &[says]);
            assert!(!message.contains(&format!("`{value}`")), "{message}");
        }
    }
}

#[test]
fn an_empty_key_or_flag_is_said_to_be_empty_not_quoted() {
    let message = answers_file("en", "\"\": x\n").run().refused();
    assert_says(&message, &["a.yaml:1:1: an answer key is empty"]);
    let message = answers_file("de", "\"\": x\n").run().refused();
    assert_says(&message, &["a.yaml:1:1: ein Antwortschlüssel ist leer"]);
    let message = Test::new()
        .args(["check", "--no-input", "-a", ""])
        .run()
        .refused();
    assert_says(&message, &["error: --answer: expected KEY=VALUE"]);
    assert!(!message.contains("``"), "{message}");
}

/// The ready answers as a YAML file whose examples are `examples`, and
/// whose problem is `problem`; the line of the first example is 3.
fn with_examples(examples: &[&str], problem: &str) -> String {
    let mut text = String::from("# answers\nspecificity.examples:\n");
    for example in examples {
        text.push_str(&format!("  - {example}\n"));
    }
    for (key, value) in crate::common::READY {
        match *key {
            "specificity.examples" => {}
            "specificity.problem" => text.push_str(&format!("{key}: {problem}\n")),
            _ => text.push_str(&format!("{key}: {value}\n")),
        }
    }
    text
}

const PROBLEM: &str = "Guest checkout fails";

#[test]
fn a_colon_in_a_list_entry_is_refused_at_the_entry_with_its_quoted_fix() {
    let text = with_examples(
        &[
            "ticket T-1 about the release date",
            "NBO-212 checkout, opened 11/20: checkout \"Place order\" fails",
        ],
        PROBLEM,
    );
    let message = answers_file("en", &text).run().refused();
    assert_eq!(
        message.lines().next().unwrap_or_default(),
        "error: a.yaml:4:5: the `: ` after `NBO-212 checkout, opened 11/20` makes that text a key, so the value is no longer text; put the value in quotes: `'NBO-212 checkout, opened 11/20: checkout \"Place order\" fails'`",
        "{message}"
    );
    let message = answers_file("de", &text).run().refused();
    assert_says(
        &message,
        &[
            "a.yaml:4:5: das `: ` nach `NBO-212 checkout, opened 11/20` macht diesen Text zu einem Schlüssel",
            "setzen Sie den Wert in Anführungszeichen: `'NBO-212 checkout",
        ],
    );
}

#[test]
fn a_colon_in_a_text_answer_is_refused_at_the_value_with_its_quoted_fix() {
    let text = with_examples(&["ticket T-1", "ticket T-2"], "Note: the checkout fails");
    let line = text
        .lines()
        .position(|l| l.starts_with("specificity.problem"))
        .unwrap()
        + 1;
    for (lang, says) in [
        ("en", "the `: ` after `Note` makes that text a key"),
        (
            "de",
            "das `: ` nach `Note` macht diesen Text zu einem Schlüssel",
        ),
    ] {
        let message = answers_file(lang, &text).run().refused();
        assert_says(
            &message,
            &[
                &format!("a.yaml:{line}:22: {says}"),
                "`\"Note: the checkout fails\"`",
            ],
        );
    }
}

#[test]
fn a_list_entry_of_the_wrong_kind_is_shown_where_it_is() {
    for (entry, shown) in [("[a, b]", "`[a, b]`"), ("{ticket: T-2}", "`{ticket: T-2}`")] {
        let text = with_examples(&["ticket T-1", entry], PROBLEM);
        let message = answers_file("en", &text).run().refused();
        assert_says(
            &message,
            &[&format!(
                "a.yaml:4:5: invalid answer for `specificity.examples`: {shown}: expected a list of text entries"
            )],
        );
    }
    let text = with_examples(&["ticket T-1", "ticket T-2"], "\n  reason: it fails");
    let message = answers_file("en", &text).run().refused();
    assert_says(
        &message,
        &["invalid answer for `specificity.problem`: `reason: it fails`: expected text"],
    );
}
