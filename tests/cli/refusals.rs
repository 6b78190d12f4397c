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
    let text = with_examples(&["ticket T-1", "ticket T-2"], "\n  - it fails");
    let message = answers_file("en", &text).run().refused();
    assert_says(
        &message,
        &["invalid answer for `specificity.problem`: `- it fails`: expected text"],
    );
}

#[test]
fn yaml_that_cannot_be_read_is_said_in_the_runs_language_with_its_cause() {
    // (answers file, line:column, English, German)
    let cases = [
        (
            "specificity.problem: \"Place order\" fails\n",
            "1:22",
            "put the whole value in quotes: `'\"Place order\" fails'`",
            "setzen Sie den ganzen Wert in Anführungszeichen: `'\"Place order\" fails'`",
        ),
        (
            "specificity.examples:\n\t- ticket T-1\n",
            "2:1",
            "a tab indents this line, and YAML indents with spaces only",
            "diese Zeile ist mit einem Tabulator eingerückt",
        ),
        (
            "specificity.examples:\n  - ticket T-1\n - ticket T-2\n",
            "3:2",
            "this line is indented unlike the lines it belongs with",
            "diese Zeile ist anders eingerückt als die Zeilen, zu denen sie gehört",
        ),
        (
            "specificity.problem: \"it fails\nscope.clause: 4.2\n",
            "3:1",
            "the quote opened on line 1 is never closed",
            "das Anführungszeichen aus Zeile 1 wird nie geschlossen",
        ),
        (
            "specificity.examples: [ticket T-1, ticket T-2\n",
            "2:1",
            "a `[` or `{` is not closed",
            "eine `[` oder `{` wird nicht geschlossen",
        ),
        (
            "context.contact: @jana on Slack\n",
            "1:18",
            "a value cannot start with `@` in YAML; put the value in quotes: `\"@jana on Slack\"`",
            "in YAML kann ein Wert nicht mit `@` beginnen",
        ),
    ];
    for (text, at, en, de) in cases {
        for (lang, label, says) in [("en", "error", en), ("de", "Fehler", de)] {
            let message = answers_file(lang, text).run().refused();
            assert_eq!(message.lines().count(), 1, "{message}");
            assert_says(&message, &[&format!("{label}: a.yaml:{at}: "), says]);
        }
    }
}

#[test]
fn a_checklist_that_cannot_be_read_is_said_in_the_runs_language() {
    let text = crate::common::CHECKLIST.replacen("\n  - id: ", "\n\t- id: ", 1);
    let message = Test::new()
        .file("c.yaml", text)
        .args(["--lang", "de", "validate", "c.yaml"])
        .run()
        .refused();
    assert_says(
        &message,
        &["diese Zeile ist mit einem Tabulator eingerückt"],
    );
    assert!(!message.contains("found character"), "{message}");
}

#[test]
fn conditions_are_shown_in_the_words_the_answer_is_typed_in() {
    let said = |lang: &str, command: &str| {
        let out = Test::new().args(["--lang", lang, command]).run();
        out.exits(0).stdout()
    };
    for command in ["template", "show"] {
        let out = said("de", command);
        assert_says(&out, &["nur gefragt, wenn scope.deliverables-added = ja"]);
        assert!(!out.contains("= yes"), "{command}:\n{out}");
        // A choice's values are the words typed for it, in every language.
        assert_says(
            &out,
            &["nur gefragt, wenn partner-contact.raised = unresolved"],
        );
        let out = said("en", command);
        assert_says(&out, &["asked when scope.deliverables-added is yes"]);
    }
}

#[test]
fn a_key_given_twice_or_a_file_that_is_no_map_is_said_in_the_runs_language() {
    let twice = "context.partner: a\ncontext.partner: b\n";
    let message = answers_file("de", twice).run().refused();
    assert_says(
        &message,
        &["a.yaml:2:1: der Schlüssel `context.partner` steht zweimal in der Datei"],
    );
    let message = answers_file("en", twice).run().refused();
    assert_says(
        &message,
        &["a.yaml:2:1: the key `context.partner` is given twice"],
    );
    let message = answers_file("de", "- context.partner\n").run().refused();
    assert_says(
        &message,
        &["a.yaml:1:1: die Datei muss Antwortschlüssel mit ihren Werten zuordnen"],
    );
}

#[test]
fn a_colon_inside_brackets_or_on_the_next_line_is_named_too() {
    let flow = "specificity.examples: [ticket T-1, NBO-212: checkout fails]";
    let text = with_examples(&["x"], PROBLEM).replace("specificity.examples:\n  - x", flow);
    let column = flow.find("NBO").unwrap() + 1;
    let message = answers_file("en", &text).run().refused();
    assert_says(
        &message,
        &[
            &format!("a.yaml:2:{column}: the `: ` after `NBO-212` makes that text a key"),
            "`\"NBO-212: checkout fails\"`",
        ],
    );
    let text = with_examples(&["ticket T-1", "ticket T-2"], "\n  Note: it fails");
    let message = answers_file("de", &text).run().refused();
    assert_says(
        &message,
        &["das `: ` nach `Note` macht diesen Text zu einem Schlüssel"],
    );
}

#[test]
fn an_empty_id_or_epoch_is_said_to_be_empty_not_quoted() {
    use crate::common::edited;
    for (text, says) in [
        (
            edited("id: partner-escalation", "id: \"\""),
            "`id` must not be empty",
        ),
        (
            edited("value: cloud", "value: \" \""),
            "`value` must not be empty",
        ),
    ] {
        let message = Test::new()
            .file("c.yaml", text)
            .args(["validate", "c.yaml"])
            .run()
            .refused();
        assert_says(&message, &[says]);
        assert!(
            !message.contains("` `") && !message.contains("``"),
            "{message}"
        );
    }
    for (lang, says) in [
        ("en", "SOURCE_DATE_EPOCH is blank"),
        ("de", "SOURCE_DATE_EPOCH ist leer"),
    ] {
        let message = Test::new()
            .env("SOURCE_DATE_EPOCH", " ")
            .args(["--lang", lang, "check", "--no-input"])
            .run()
            .refused();
        assert_says(&message, &[says]);
    }
}

#[test]
fn json_that_cannot_be_read_is_said_in_the_runs_language() {
    let file = |text: &str, lang: &str| {
        Test::new()
            .file("a.json", text)
            .args(["--lang", lang, "check", "--no-input", "--answers", "a.json"])
            .run()
            .refused()
    };
    for (text, at, en, de) in [
        (
            "{\"context.partner\": \"ACME\"",
            "1:26",
            "the JSON ends before its object",
            "das JSON endet, bevor sein Objekt",
        ),
        (
            "{\"context.partner\": \"ACME\"\n \"context.merchant\": \"X\"}",
            "2:2",
            "this is not valid JSON here; a comma or a quote missing",
            "hier ist kein gültiges JSON",
        ),
    ] {
        assert_says(&file(text, "en"), &[&format!("a.json:{at}: {en}")]);
        assert_says(&file(text, "de"), &[&format!("a.json:{at}: {de}")]);
    }
}

#[test]
fn an_unknown_alias_a_second_document_or_deep_nesting_is_said_in_the_runs_language() {
    let deep: String = (0..200)
        .map(|depth| format!("{}-\n", " ".repeat(depth)))
        .collect();
    for (text, de) in [
        (
            "context.partner: *nope\n".to_owned(),
            "ein Alias (`*name`) verweist hier auf keinen vorher gesetzten Anker",
        ),
        (
            "context.partner: a\n---\ncontext.merchant: b\n".to_owned(),
            "die Datei enthält mehr als ein YAML-Dokument",
        ),
        (
            format!("specificity.examples:\n{deep}"),
            "Listen und Zuordnungen sind hier mehr als 128 Ebenen tief verschachtelt",
        ),
    ] {
        let message = answers_file("de", &text).run().refused();
        assert_says(&message, &["a.yaml:", de]);
    }
}

/// A refused choice lists each value with what it means, in the run's
/// language, and suggests the value a word of the answer points to,
/// without taking it.
#[test]
fn a_refused_choice_lists_what_each_value_means_and_suggests_the_one_meant() {
    let text = "partner-contact.channel: Telefon\ncontext.severity: langsam\n";
    let message = answers_file("de", text).run().refused();
    assert_says(
        &message,
        &[
            "`degraded` „Der Live-Shop läuft, aber mit Fehlern oder langsam“",
            "`delay` „Das Projekt verzögert sich; der Live-Betrieb ist nicht betroffen“",
            "Tipp: meinten Sie `call` („In einem Telefonat oder Termin“)?",
            "Tipp: meinten Sie `degraded` („Der Live-Shop läuft, aber mit Fehlern oder langsam“)?",
        ],
    );
    let text = "partner-contact.channel: phone\ncontext.severity: slow\n";
    let message = answers_file("en", text).run().refused();
    assert_says(
        &message,
        &[
            "`live-down` \"The live shop is down or cannot take orders\"",
            "hint: did you mean `degraded` (\"The live shop works, but with errors or slowly\")?",
        ],
    );
    // No word of "phone" is in a label: nothing is suggested for it.
    assert_eq!(message.matches("did you mean").count(), 1, "{message}");
    // A flag is refused the same way, and the value meant is not taken.
    let message = Test::new()
        .args(["--lang", "de", "check", "--no-input", "--today", TODAY])
        .args(["-a", "context.severity=Go-live blockiert"])
        .run()
        .refused();
    assert_says(
        &message,
        &["`Go-live blockiert`", "meinten Sie `launch-blocked`"],
    );
}

/// An empty value for a question asked only when an earlier answer says
/// so is as if it were not there: no refusal where the run does not ask
/// it, and where it does, the question is said to have no answer, like a
/// key left out.
#[test]
fn an_empty_value_for_a_question_asked_only_on_an_answer_is_as_if_not_there() {
    let run = |answers: &[(&str, &str)], document: &str| {
        Test::new()
            .args(["check", "--no-input", "--today", TODAY])
            .answers(answers)
            .args([document, "doc.txt"])
            .run()
    };
    let mut answers = crate::common::ready_with(&[
        ("scope.deliverables-added", "no"),
        ("scope.added-detail", ""),
    ]);
    answers.retain(|(key, _)| *key != "scope.planning-impact");
    // Not asked: nothing added, and the note needs no detail.
    run(&answers, "--partner-note").exits(0);
    // Asked: something was added, and the brief wants the detail.
    let asked = crate::common::ready_with(&[("scope.added-detail", "")]);
    let message = run(&asked, "--brief").refused();
    assert_says(&message, &["have no answer", "scope.added-detail"]);
    assert!(!message.contains("cannot be left empty"), "{message}");
}
