//! Every error that comes from an answers file names the file, line and
//! column of the value (or, for an unknown key, the key) at fault, in YAML
//! and JSON and on stdin; an unknown key suggests the closest one, from any
//! source.

use crate::common::{READY, TODAY, assert_clean_error, escalate, temp_file};

/// Runs `check --answers NAME` in a folder holding NAME with `text`, plus
/// `args`; returns the error message, after checking it is a clean one.
fn refused(name: &str, text: &str, args: &[&str]) -> String {
    let (dir, _) = temp_file(name, text);
    let out = escalate()
        .current_dir(dir.path())
        .args(["check", "--no-input", "--today", TODAY, "--answers", name])
        .args(args)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{name}: {text}");
    assert!(out.stdout.is_empty(), "an error run printed a result");
    assert_clean_error(&out.stderr)
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

fn first_line(message: &str) -> &str {
    message.lines().next().unwrap_or_default()
}

fn hint(message: &str) -> &str {
    message
        .lines()
        .find_map(|l| l.strip_prefix("hint: "))
        .unwrap_or_default()
}

#[test]
fn the_ready_yaml_file_is_accepted() {
    let (dir, _) = temp_file("a.yaml", ready_yaml());
    escalate()
        .current_dir(dir.path())
        .args([
            "check",
            "--no-input",
            "--today",
            TODAY,
            "--answers",
            "a.yaml",
        ])
        .assert()
        .code(0);
}

#[test]
fn a_wrong_value_in_yaml_names_its_line_and_column() {
    let text = ready_yaml().replace(
        "scope.reviewed-deliverables: yes",
        "scope.reviewed-deliverables:    maybe",
    );
    // `# answers`, the two context answers, then this one.
    let message = refused("a.yaml", &text, &[]);
    assert!(
        first_line(&message).starts_with(
            "error: a.yaml:4:33: invalid answer for `scope.reviewed-deliverables`: `maybe`: expected yes or no"
        ),
        "{message}"
    );

    let entry = "\"ticket ACME-1234: guest checkout fails\"";
    let text = ready_yaml().replace(entry, &format!("[{entry}]"));
    assert_ne!(text, ready_yaml());
    let message = refused("a.yaml", &text, &[]);
    let list = text
        .lines()
        .position(|l| l == "specificity.examples:")
        .unwrap()
        + 2;
    assert!(
        first_line(&message).starts_with(&format!(
            "error: a.yaml:{list}:3: invalid answer for `specificity.examples`"
        )),
        "{message}"
    );

    let message = refused(
        "a.yaml",
        "{context.partner: Müller, partner-contact.raised-on: 2026-11-26}",
        &[],
    );
    assert!(
        first_line(&message).starts_with(
            "error: a.yaml:1:54: invalid answer for `partner-contact.raised-on`: `2026-11-26`:"
        ),
        "{message}"
    );
}

#[test]
fn a_wrong_value_in_json_names_its_line_and_column() {
    let text =
        "{\n  \"context.product\": \"cloud\",\n  \"partner-contact.raised\":   \"escalated\"\n}\n";
    let message = refused("a.json", text, &[]);
    assert!(
        first_line(&message).starts_with(
            "error: a.json:3:31: invalid answer for `partner-contact.raised`: `escalated`: expected one of: not-yet, resolved, unresolved"
        ),
        "{message}"
    );

    let text = "{\"context.partner\": \"Ünal \\\"&\\\" Co\", \"scope.deliverables-added\": 7}";
    let message = refused("a.json", text, &[]);
    assert!(
        first_line(&message)
            .starts_with("error: a.json:1:66: invalid answer for `scope.deliverables-added`: `7`"),
        "{message}"
    );
}

#[test]
fn an_unknown_key_is_located_and_the_closest_key_suggested() {
    let text = "context.product: cloud\n\nscope.reviewed-deliverable: yes\n";
    let message = refused("a.yaml", text, &[]);
    assert_eq!(
        first_line(&message),
        "error: a.yaml:3:1: unknown answer key `scope.reviewed-deliverable`"
    );
    assert_eq!(
        hint(&message),
        "did you mean `scope.reviewed-deliverables`? (see `escalate template` for every key)"
    );

    let text = "{\"context.product\": \"cloud\", \"scope.reviewd\": true}";
    let message = refused("a.json", text, &[]);
    assert_eq!(
        first_line(&message),
        "error: a.json:1:30: unknown answer key `scope.reviewd`"
    );
    assert!(
        hint(&message).starts_with("did you mean `scope.reviewed-deliverables`?"),
        "{message}"
    );

    // Nothing close: every key is listed instead.
    let message = refused("a.yaml", "context.product: cloud\nbudget: 10\n", &[]);
    assert_eq!(
        first_line(&message),
        "error: a.yaml:2:1: unknown answer key `budget`"
    );
    assert!(
        hint(&message).contains("scope.reviewed-deliverables, scope.deliverables-added"),
        "{message}"
    );
}

#[test]
fn a_nested_answer_gets_a_hint_that_keys_are_flat() {
    let text =
        "context.product: cloud\nscope:\n  reviewed-deliverables: yes\n  deliverables-added: no\n";
    let message = refused("a.yaml", text, &[]);
    assert_eq!(
        first_line(&message),
        "error: a.yaml:2:1: unknown answer key `scope`"
    );
    assert_eq!(
        hint(&message),
        "answer keys are flat, one per question: write `scope.reviewed-deliverables: yes` instead of nesting it under `scope`"
    );

    let text = "{\"partner-contact\": {\"typo\": 1, \"raised\": \"resolved\"}}";
    let message = refused("a.json", text, &[]);
    assert_eq!(
        first_line(&message),
        "error: a.json:1:2: unknown answer key `partner-contact`"
    );
    assert!(
        hint(&message).contains("write `\"partner-contact.raised\": \"resolved\"` instead"),
        "{message}"
    );

    let message = refused(
        "a.yaml",
        "scope:\n  deliverables-added: no\n",
        &["--lang", "de"],
    );
    assert_eq!(
        first_line(&message),
        "error: a.yaml:1:1: unbekannter Antwortschlüssel `scope`"
    );
    assert!(
        hint(&message).contains("`scope.deliverables-added: no`"),
        "{message}"
    );
}

#[test]
fn answers_on_stdin_are_located_under_the_stdin_name() {
    let stdin = "context.product: cloud\n# next\nscope.reviewed-deliverable: yes\n";
    let out = escalate()
        .args(["check", "--no-input", "--today", TODAY, "--answers", "-"])
        .write_stdin(stdin)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let message = assert_clean_error(&out.stderr);
    assert_eq!(
        first_line(&message),
        "error: <stdin>:3:1: unknown answer key `scope.reviewed-deliverable`"
    );
    assert!(hint(&message).starts_with("did you mean `scope.reviewed-deliverables`?"));

    let stdin = "{\"context.product\":\n \"moon\"}";
    let out = escalate()
        .args(["check", "--no-input", "--today", TODAY, "--answers", "-"])
        .write_stdin(stdin)
        .output()
        .unwrap();
    let message = assert_clean_error(&out.stderr);
    assert!(
        first_line(&message)
            .starts_with("error: <stdin>:2:2: invalid answer for `context.product`: `moon`"),
        "{message}"
    );
}

#[test]
fn a_late_error_in_a_long_file_is_found_on_its_line() {
    let mut text: String = (0..5_000).map(|n| format!("# note {n}\n")).collect();
    text.push_str(&ready_yaml());
    text.push_str("context.partnr: ACME\n");
    let message = refused("a.yaml", &text, &[]);
    let line = text.lines().count();
    assert_eq!(
        first_line(&message),
        format!("error: a.yaml:{line}:1: unknown answer key `context.partnr`")
    );
    assert!(hint(&message).starts_with("did you mean `context.partner`?"));
}

#[test]
fn flags_need_no_place_but_get_the_suggestion_too() {
    let out = escalate()
        .args(["check", "--no-input", "--today", TODAY])
        .args(["-a", "scope.reviewed-deliverable=yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let message = assert_clean_error(&out.stderr);
    assert_eq!(
        first_line(&message),
        "error: unknown answer key `scope.reviewed-deliverable`"
    );
    assert_eq!(
        hint(&message),
        "did you mean `scope.reviewed-deliverables`? (see `escalate template` for every key)"
    );

    let out = escalate()
        .args(["--lang", "de", "check", "--no-input", "--today", TODAY])
        .args(["-a", "reviewed-deliverables=ja"])
        .output()
        .unwrap();
    let message = assert_clean_error(&out.stderr);
    assert!(
        hint(&message).starts_with("meinten Sie `scope.reviewed-deliverables`?"),
        "{message}"
    );
}
