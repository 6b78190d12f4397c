//! Every error that comes from an answers file names the file, line and
//! column of the value (or, for an unknown key, the key) at fault, in YAML
//! and JSON and on stdin; an unknown key suggests the closest one, from any
//! source.

use crate::common::{READY, TODAY, Test, assert_says};

/// `check --no-input`, with the answers file `name` holding `text`.
fn answers_file(name: &str, text: impl AsRef<[u8]>) -> Test {
    Test::new()
        .file(name, text)
        .args(["check", "--no-input", "--today", TODAY, "--answers", name])
}

/// `check --no-input` with `args`, and no answers file.
fn check(args: &[&str]) -> Test {
    Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .args(args)
}

/// Asserts that the first line of `message` starts with `first` and that
/// its hint contains `hint`.
fn assert_first_and_hint(message: &str, first: &str, hint: &str) {
    let line = message.lines().next().unwrap_or_default();
    assert!(line.starts_with(first), "{message}");
    let given = message.lines().find_map(|l| {
        l.strip_prefix("hint: ")
            .or_else(|| l.strip_prefix("Tipp: "))
    });
    assert!(given.unwrap_or_default().contains(hint), "{message}");
}

/// The ready answers as a YAML answers file, list entries gathered.
fn ready_yaml() -> String {
    let mut text = String::from("# answers\n");
    let mut last = "";
    for (key, value) in READY {
        if *key == "specificity.examples" {
            if last != *key {
                text.push_str("specificity.examples:\n");
            }
            text.push_str(&format!("  - {value:?}\n"));
        } else {
            text.push_str(&format!("{key}: {value}\n"));
        }
        last = key;
    }
    text
}

const DID_YOU_MEAN: &str =
    "did you mean `scope.reviewed-deliverables`? (see `escalate template` for every key)";

#[test]
fn the_ready_yaml_file_is_accepted() {
    answers_file("a.yaml", ready_yaml()).run().exits(0);
}

#[test]
fn a_wrong_value_in_yaml_names_its_line_and_column() {
    let text = ready_yaml().replace(
        "scope.reviewed-deliverables: yes",
        "scope.reviewed-deliverables:    maybe",
    );
    // `# answers`, then this one.
    let message = answers_file("a.yaml", text).run().refused();
    assert_first_and_hint(
        &message,
        "error: a.yaml:2:33: invalid answer for `scope.reviewed-deliverables`: `maybe`: expected yes or no",
        "",
    );

    let entry = "\"ticket ACME-1234: guest checkout fails\"";
    let text = ready_yaml().replace(entry, &format!("[{entry}]"));
    assert_ne!(text, ready_yaml());
    let list = text
        .lines()
        .position(|l| l == "specificity.examples:")
        .unwrap()
        + 3;
    // The entry itself, not the list it is in.
    let first =
        format!("error: a.yaml:{list}:5: invalid answer for `specificity.examples`: `[{entry}]`");
    let message = answers_file("a.yaml", text).run().refused();
    assert_first_and_hint(&message, &first, "");

    let message = answers_file(
        "a.yaml",
        "{context.partner: Müller, partner-contact.raised-on: 2026-11-26}",
    )
    .run()
    .refused();
    assert_first_and_hint(
        &message,
        "error: a.yaml:1:54: invalid answer for `partner-contact.raised-on`: `2026-11-26`:",
        "",
    );
}

#[test]
fn a_wrong_value_in_json_names_its_line_and_column() {
    for (text, first) in [
        (
            "{\n  \"context.product\": \"cloud\",\n  \"partner-contact.raised\":   \"escalated\"\n}\n",
            "error: a.json:3:31: invalid answer for `partner-contact.raised`: `escalated`: expected one of: `not-yet` \"Not yet\", `resolved`",
        ),
        (
            "{\"context.partner\": \"Ünal \\\"&\\\" Co\", \"scope.deliverables-added\": 7}",
            "error: a.json:1:66: invalid answer for `scope.deliverables-added`: `7`",
        ),
    ] {
        let message = answers_file("a.json", text).run().refused();
        assert_first_and_hint(&message, first, "");
    }
}

#[test]
fn an_unknown_key_is_located_and_the_closest_key_suggested() {
    for (name, text, first, hint) in [
        (
            "a.yaml",
            "context.product: cloud\n\nscope.reviewed-deliverable: yes\n",
            "error: a.yaml:3:1: unknown answer key `scope.reviewed-deliverable`",
            DID_YOU_MEAN,
        ),
        (
            "a.json",
            "{\"context.product\": \"cloud\", \"scope.reviewd\": true}",
            "error: a.json:1:30: unknown answer key `scope.reviewd`",
            DID_YOU_MEAN,
        ),
        // Nothing close: every key is listed instead.
        (
            "a.yaml",
            "context.product: cloud\nbudget: 10\n",
            "error: a.yaml:2:1: unknown answer key `budget`",
            "`escalate template` lists them all",
        ),
    ] {
        let message = answers_file(name, text).run().refused();
        assert_first_and_hint(&message, first, hint);
    }
}

#[test]
fn a_nested_answer_gets_a_hint_that_keys_are_flat() {
    for (name, text, args, first, hint) in [
        (
            "a.yaml",
            "context.product: cloud\nscope:\n  reviewed-deliverables: yes\n  deliverables-added: no\n",
            &[][..],
            "error: a.yaml:2:1: unknown answer key `scope`",
            "answer keys are flat, one per question: write `scope.reviewed-deliverables: yes` instead of nesting it under `scope`",
        ),
        (
            "a.json",
            "{\"partner-contact\": {\"typo\": 1, \"raised\": \"resolved\"}}",
            &[],
            "error: a.json:1:2: unknown answer key `partner-contact`",
            "write `\"partner-contact.raised\": \"resolved\"` instead",
        ),
        (
            "a.yaml",
            "scope:\n  deliverables-added: no\n",
            &["--lang", "de"],
            "Fehler: a.yaml:1:1: unbekannter Antwortschlüssel `scope`",
            "`scope.deliverables-added: no`",
        ),
    ] {
        let message = answers_file(name, text).args(args).run().refused();
        assert_first_and_hint(&message, first, hint);
    }
}

#[test]
fn answers_on_stdin_are_located_under_the_stdin_name() {
    let message = check(&["--answers", "-"])
        .stdin("context.product: cloud\n# next\nscope.reviewed-deliverable: yes\n")
        .run()
        .refused();
    assert_first_and_hint(
        &message,
        "error: <stdin>:3:1: unknown answer key `scope.reviewed-deliverable`",
        DID_YOU_MEAN,
    );
    let message = check(&["--answers", "-"])
        .stdin("{\"context.product\":\n \"moon\"}")
        .run()
        .refused();
    assert_first_and_hint(
        &message,
        "error: <stdin>:2:2: invalid answer for `context.product`: `moon`",
        "",
    );
}

#[test]
fn a_late_error_in_a_long_file_is_found_on_its_line() {
    let mut text: String = (0..5_000).map(|n| format!("# note {n}\n")).collect();
    text.push_str(&ready_yaml());
    text.push_str("context.partnr: ACME\n");
    let line = text.lines().count();
    let first = format!("error: a.yaml:{line}:1: unknown answer key `context.partnr`");
    let message = answers_file("a.yaml", text).run().refused();
    assert_first_and_hint(&message, &first, "did you mean `context.partner`?");
}

#[test]
fn flags_need_no_place_but_get_the_suggestion_too() {
    let message = check(&["-a", "scope.reviewed-deliverable=yes"])
        .run()
        .refused();
    assert_first_and_hint(
        &message,
        "error: unknown answer key `scope.reviewed-deliverable`",
        DID_YOU_MEAN,
    );
    let message = check(&["--lang", "de", "-a", "reviewed-deliverables=ja"])
        .run()
        .refused();
    assert_first_and_hint(
        &message,
        "Fehler: unbekannter Antwortschlüssel `reviewed-deliverables`",
        "meinten Sie `scope.reviewed-deliverables`?",
    );
}

#[test]
fn bad_answers_files_are_refused_with_the_key_or_the_place() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "a.yaml",
            "specificity.examples: {first: 1}\n",
            &["`specificity.examples`", "list"],
        ),
        (
            "a.yaml",
            "context.partner: [ACME, Other]\n",
            &["`context.partner`", "expected text"],
        ),
        (
            "a.json",
            "{\"context.partner\": {\"name\": \"ACME\"}}",
            &["`context.partner`", "text"],
        ),
        (
            "a.yaml",
            "scope.reviewd: yes\n",
            &[
                "unknown answer key `scope.reviewd`",
                "scope.reviewed-deliverables",
            ],
        ),
        (
            "a.yaml",
            "context.partner: A\ncontext.partner: B\n",
            &["a.yaml:2:1: ", "`context.partner` is given twice"],
        ),
        (
            "a.json",
            "{\"context.partner\": \"A\",\n \"context.partner\": \"B\"}",
            &["a.json:2:", "`context.partner` is given twice"],
        ),
        (
            "a.yaml",
            "- scope.reviewed-deliverables\n",
            &["a.yaml:1:1: ", "a map of answer keys"],
        ),
        ("a.yaml", "yes\n", &["a.yaml:1:1: ", "a map of answer keys"]),
        (
            "a.json",
            "[\"yes\"]",
            &["a.json:1:1: ", "a map of answer keys"],
        ),
        ("a.json", "42", &["a.json:1:1: ", "a map of answer keys"]),
    ];
    for (name, text, says) in cases {
        let message = answers_file(name, text).run().refused();
        assert_says(&message, says);
    }
}

/// The ready YAML file with its line `from` written as `to`, and the
/// line number of `to`.
fn ready_yaml_with(from: &str, to: &str) -> (String, usize) {
    let text = ready_yaml().replace(from, to);
    assert_ne!(text, ready_yaml(), "{from}");
    let line = text.lines().position(|l| l == to).expect("the line") + 1;
    (text, line)
}

#[test]
fn a_list_entry_with_a_comment_glued_to_a_number_is_refused_at_the_hash() {
    let (text, line) = ready_yaml_with(
        "  - \"ticket ACME-1234: guest checkout fails\"",
        "  - Ticket #3317 im Partner-Portal",
    );
    let message = answers_file("a.yaml", text).run().refused();
    assert_first_and_hint(
        &message,
        &format!(
            "error: a.yaml:{line}:12: after a space, `#` starts a comment, so `#3317 im Partner-Portal` would be lost; put the value in quotes: `\"Ticket #3317 im Partner-Portal\"`"
        ),
        "",
    );
}

#[test]
fn a_value_with_a_glued_comment_is_refused_in_either_language() {
    let (text, line) = ready_yaml_with(
        "scope.clause: SOW-2026-014 section 4.2, guest checkout",
        "scope.clause: SOW section 4 #cap $450k",
    );
    let message = answers_file("a.yaml", &text).run().refused();
    assert_first_and_hint(
        &message,
        &format!(
            "error: a.yaml:{line}:29: after a space, `#` starts a comment, so `#cap $450k` would be lost"
        ),
        "",
    );
    let message = answers_file("a.yaml", &text)
        .args(["--lang", "de"])
        .run()
        .refused();
    assert_says(
        &message,
        &[
            &format!("a.yaml:{line}:29:"),
            "`#cap $450k` ginge also verloren",
            "`\"SOW section 4 #cap $450k\"`",
        ],
    );
}

#[test]
fn comments_after_a_space_as_the_template_writes_them_stay_comments() {
    let (text, _) = ready_yaml_with(
        "scope.clause: SOW-2026-014 section 4.2, guest checkout",
        "scope.clause: SOW-2026-014 section 4.2, guest checkout  # asked only when … #1",
    );
    let text = text.replace("# answers\n", "#answers, on a line of its own\n");
    let out = answers_file("a.yaml", text).run().exits(0);
    assert!(
        out.stdout().contains("Ready to escalate"),
        "{}",
        out.stdout()
    );
}
