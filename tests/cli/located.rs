//! Every error that comes from an answers file names the file, line and
//! column of the value (or, for an unknown key, the key) at fault, in YAML
//! and JSON and on stdin; an unknown key suggests the closest one, from any
//! source.

use crate::common::{READY, TODAY, assert_clean_error, escalate, temp_file};

/// One refused run: an answers file `name` holding `text` (unless `name`
/// is empty), extra `args` and `stdin`; the message's first line must start
/// with `first` and its hint must contain `hint`.
struct Case<'a> {
    name: &'a str,
    text: String,
    args: &'a [&'a str],
    stdin: &'a str,
    first: String,
    hint: &'a str,
}

impl Case<'_> {
    fn file(name: &str, text: impl Into<String>, first: impl Into<String>) -> Case<'_> {
        Case {
            name,
            text: text.into(),
            args: &[],
            stdin: "",
            first: first.into(),
            hint: "",
        }
    }

    fn hint<'a>(self, hint: &'a str) -> Case<'a>
    where
        Self: 'a,
    {
        Case { hint, ..self }
    }

    fn args<'a>(self, args: &'a [&'a str]) -> Case<'a>
    where
        Self: 'a,
    {
        Case { args, ..self }
    }

    fn stdin<'a>(self, stdin: &'a str) -> Case<'a>
    where
        Self: 'a,
    {
        Case { stdin, ..self }
    }

    /// Runs the case and checks its error message.
    fn refused(&self) {
        let dir = tempfile::tempdir().unwrap();
        let mut cmd = escalate();
        cmd.current_dir(dir.path())
            .args(["check", "--no-input", "--today", TODAY])
            .args(self.args)
            .write_stdin(self.stdin);
        if !self.name.is_empty() {
            std::fs::write(dir.path().join(self.name), &self.text).unwrap();
            cmd.args(["--answers", self.name]);
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{}: {}", self.name, self.text);
        assert!(out.stdout.is_empty(), "an error run printed a result");
        let message = assert_clean_error(&out.stderr);
        let first = message.lines().next().unwrap_or_default();
        assert!(first.starts_with(&self.first), "{message}");
        let hint = message.lines().find_map(|l| l.strip_prefix("hint: "));
        assert!(hint.unwrap_or_default().contains(self.hint), "{message}");
    }
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
    Case::file(
        "a.yaml",
        text,
        "error: a.yaml:4:33: invalid answer for `scope.reviewed-deliverables`: `maybe`: expected yes or no",
    )
    .refused();

    let entry = "\"ticket ACME-1234: guest checkout fails\"";
    let text = ready_yaml().replace(entry, &format!("[{entry}]"));
    assert_ne!(text, ready_yaml());
    let list = text
        .lines()
        .position(|l| l == "specificity.examples:")
        .unwrap()
        + 2;
    let first = format!("error: a.yaml:{list}:3: invalid answer for `specificity.examples`");
    Case::file("a.yaml", text, first).refused();

    Case::file(
        "a.yaml",
        "{context.partner: Müller, partner-contact.raised-on: 2026-11-26}",
        "error: a.yaml:1:54: invalid answer for `partner-contact.raised-on`: `2026-11-26`:",
    )
    .refused();
}

#[test]
fn a_wrong_value_in_json_names_its_line_and_column() {
    Case::file(
        "a.json",
        "{\n  \"context.product\": \"cloud\",\n  \"partner-contact.raised\":   \"escalated\"\n}\n",
        "error: a.json:3:31: invalid answer for `partner-contact.raised`: `escalated`: expected one of: not-yet, resolved, unresolved",
    )
    .refused();
    Case::file(
        "a.json",
        "{\"context.partner\": \"Ünal \\\"&\\\" Co\", \"scope.deliverables-added\": 7}",
        "error: a.json:1:66: invalid answer for `scope.deliverables-added`: `7`",
    )
    .refused();
}

#[test]
fn an_unknown_key_is_located_and_the_closest_key_suggested() {
    for case in [
        Case::file(
            "a.yaml",
            "context.product: cloud\n\nscope.reviewed-deliverable: yes\n",
            "error: a.yaml:3:1: unknown answer key `scope.reviewed-deliverable`",
        )
        .hint(DID_YOU_MEAN),
        Case::file(
            "a.json",
            "{\"context.product\": \"cloud\", \"scope.reviewd\": true}",
            "error: a.json:1:30: unknown answer key `scope.reviewd`",
        )
        .hint(DID_YOU_MEAN),
        // Nothing close: every key is listed instead.
        Case::file(
            "a.yaml",
            "context.product: cloud\nbudget: 10\n",
            "error: a.yaml:2:1: unknown answer key `budget`",
        )
        .hint("scope.reviewed-deliverables, scope.deliverables-added"),
    ] {
        case.refused();
    }
}

#[test]
fn a_nested_answer_gets_a_hint_that_keys_are_flat() {
    for case in [
        Case::file(
            "a.yaml",
            "context.product: cloud\nscope:\n  reviewed-deliverables: yes\n  deliverables-added: no\n",
            "error: a.yaml:2:1: unknown answer key `scope`",
        )
        .hint("answer keys are flat, one per question: write `scope.reviewed-deliverables: yes` instead of nesting it under `scope`"),
        Case::file(
            "a.json",
            "{\"partner-contact\": {\"typo\": 1, \"raised\": \"resolved\"}}",
            "error: a.json:1:2: unknown answer key `partner-contact`",
        )
        .hint("write `\"partner-contact.raised\": \"resolved\"` instead"),
        Case::file(
            "a.yaml",
            "scope:\n  deliverables-added: no\n",
            "error: a.yaml:1:1: unbekannter Antwortschlüssel `scope`",
        )
        .args(&["--lang", "de"])
        .hint("`scope.deliverables-added: no`"),
    ] {
        case.refused();
    }
}

#[test]
fn answers_on_stdin_are_located_under_the_stdin_name() {
    let stdin = &["--answers", "-"];
    Case::file(
        "",
        "",
        "error: <stdin>:3:1: unknown answer key `scope.reviewed-deliverable`",
    )
    .args(stdin)
    .stdin("context.product: cloud\n# next\nscope.reviewed-deliverable: yes\n")
    .hint(DID_YOU_MEAN)
    .refused();
    Case::file(
        "",
        "",
        "error: <stdin>:2:2: invalid answer for `context.product`: `moon`",
    )
    .args(stdin)
    .stdin("{\"context.product\":\n \"moon\"}")
    .refused();
}

#[test]
fn a_late_error_in_a_long_file_is_found_on_its_line() {
    let mut text: String = (0..5_000).map(|n| format!("# note {n}\n")).collect();
    text.push_str(&ready_yaml());
    text.push_str("context.partnr: ACME\n");
    let line = text.lines().count();
    let first = format!("error: a.yaml:{line}:1: unknown answer key `context.partnr`");
    Case::file("a.yaml", text, first)
        .hint("did you mean `context.partner`?")
        .refused();
}

#[test]
fn flags_need_no_place_but_get_the_suggestion_too() {
    Case::file(
        "",
        "",
        "error: unknown answer key `scope.reviewed-deliverable`",
    )
    .args(&["-a", "scope.reviewed-deliverable=yes"])
    .hint(DID_YOU_MEAN)
    .refused();
    Case::file(
        "",
        "",
        "error: unbekannter Antwortschlüssel `reviewed-deliverables`",
    )
    .args(&["--lang", "de", "-a", "reviewed-deliverables=ja"])
    .hint("meinten Sie `scope.reviewed-deliverables`?")
    .refused();
}
