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
