//! A broken checklist is refused with one clean message that names the
//! file, the line and the column of the problem; a checklist that is only
//! unusual (a BOM, CRLF line ends) is accepted.

use crate::common::{CHECKLIST, READY, TODAY, Test, assert_says, edited};

/// `file:LINE:COL: ` of the place just after `before`.
fn position(file: &str, before: &str) -> String {
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    format!("{file}:{line}:{col}: ")
}

/// `file:LINE:COL: ` of where `needle` starts in `text`.
fn place(file: &str, text: &str, needle: &str) -> String {
    let at = text.find(needle).unwrap_or_else(|| panic!("no `{needle}`"));
    position(file, &text[..at])
}

/// `check` with the ready answers on the checklist `c.yaml`, still to be
/// written.
fn ready_check() -> Test {
    Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .answers(READY)
        .args(["--checklist", "c.yaml"])
}

#[test]
fn a_missing_checklist_file_is_named() {
    let message = Test::new()
        .args(["check", "--checklist", "no/such/checklist.yaml"])
        .run()
        .refused();
    assert_says(&message, &["no/such/checklist.yaml", "cannot read"]);
}

#[test]
fn checklist_problems_name_file_line_and_column() {
    let cases: &[(&str, String, &[&str])] = &[
        (
            "YAML syntax error",
            edited("title: Partner escalation readiness", "title: a: b"),
            &[
                "custom.yaml:7:8:",
                "the `: ` after `a` makes that text a key",
                "`\"a: b\"`",
            ],
        ),
        (
            "unknown field",
            edited("title: Partner escalation readiness", "titel: x"),
            &[
                "custom.yaml:7:1:",
                "unknown field `titel`",
                "expected one of",
            ],
        ),
        (
            "duplicate id",
            edited("  - id: scope\n", "  - id: partner-contact\n"),
            &["custom.yaml:", "duplicate item id `partner-contact`"],
        ),
        (
            "a negative number",
            edited("wait_days: 3", "wait_days: -1"),
            &[
                "custom.yaml:",
                "wait_days",
                "expected a whole number from 0 to 4294967295, found -1",
            ],
        ),
        (
            "when to an unknown question",
            edited("question: deliverables-added", "question: nothing-like-it"),
            &["custom.yaml:", "nothing-like-it"],
        ),
    ];
    for (name, checklist, parts) in cases {
        let message = Test::new()
            .file("custom.yaml", checklist)
            .args(["check", "--today", TODAY, "--checklist", "custom.yaml"])
            .arg("--no-input")
            .stdin("")
            .run()
            .refused();
        assert!(
            message.lines().next().unwrap().contains("custom.yaml:"),
            "{name}: {message}"
        );
        let located = message
            .split(':')
            .nth(2)
            .is_some_and(|line| line.parse::<u32>().is_ok());
        assert!(located, "{name}: no line number in {message}");
        assert_says(&message, parts);
    }
}

#[test]
fn broken_checklists_are_refused_with_file_line_and_column() {
    let cases: Vec<(&str, String, &str, &[&str])> = vec![
        (
            "YAML syntax error",
            "schema: 1\nid: x\n  title: y\n".into(),
            ": y",
            &["this line is indented unlike the lines it belongs with"],
        ),
        (
            "a tab for indentation",
            "schema: 1\nid: x\n\tlang: en\n".into(),
            "\tlang",
            &["a tab indents this line"],
        ),
        (
            "schema of the wrong type",
            edited("schema: 1", "schema: eins"),
            "eins",
            &["schema", "invalid type", "\"eins\""],
        ),
        (
            "a list where a number belongs",
            edited("        min: 1\n", "        min: [1]\n"),
            "[1]",
            &["min", "invalid type: sequence"],
        ),
        (
            "a kind that does not exist",
            edited("kind: confirm", "kind: boolean"),
            "boolean",
            &["unknown variant `boolean`", "`confirm`"],
        ),
        (
            "a pass that is not yes or no",
            edited("pass: yes", "pass: maybe"),
            "maybe",
            &["expected `yes` or `no`", "`maybe`"],
        ),
        (
            "unknown field at the top",
            edited("title: Partner", "bogus-top: 1\ntitle: Partner"),
            "bogus-top",
            &["unknown field `bogus-top`", "`title`"],
        ),
        (
            "unknown field in an item",
            edited(
                "    title: Scope\n",
                "    title: Scope\n    bogus-item: 1\n",
            ),
            "bogus-item",
            &["unknown field `bogus-item`", "`guidance`"],
        ),
        (
            "unknown field in a question",
            edited(
                "        kind: date\n",
                "        kind: date\n        bogus-question: 1\n",
            ),
            "bogus-question",
            &["unknown field `bogus-question`", "`wait_days`"],
        ),
        (
            "unknown field in an option",
            edited("{value: cloud, ", "{value: cloud, bogus-option: 1, "),
            "bogus-option",
            &["unknown field `bogus-option`", "`outcome`"],
        ),
        (
            "unknown field in a when",
            edited("is: yes}", "is: yes, bogus-when: 1}"),
            "bogus-when",
            &["unknown field `bogus-when`", "`question`"],
        ),
        (
            "duplicate item id",
            edited("  - id: specificity", "  - id: scope"),
            "scope\n    title: Specificity",
            &["duplicate item id `scope`"],
        ),
        (
            "duplicate question id",
            edited(
                "      - id: deliverables-added",
                "      - id: reviewed-deliverables",
            ),
            "reviewed-deliverables\n        kind: confirm\n        role: added",
            &["duplicate question id `reviewed-deliverables` in `scope`"],
        ),
        (
            "duplicate option value",
            edited("value: resolved", "value: not-yet"),
            "not-yet\n            label: Yes, and it is resolved",
            &["duplicate option value `not-yet` in `raised`"],
        ),
        (
            "duplicate key at the top",
            edited("lang: en\n", "lang: en\nlang: de\n"),
            "lang: de",
            &["duplicate", "`lang`"],
        ),
        (
            "duplicate key in a question",
            edited(
                "        kind: date\n",
                "        kind: date\n        kind: text\n",
            ),
            "kind: text\n        when: {question: raised, is: unresolved}\n        role: raised-on",
            &["duplicate", "`kind`"],
        ),
        (
            "duplicate key in a when",
            edited("is: unresolved}", "is: unresolved, is: resolved}"),
            "is: resolved}",
            &["duplicate", "`is`"],
        ),
        (
            "a when cycle",
            edited(
                "        prompt: Were deliverables",
                "        when: {question: planning-impact, is: yes}\n        prompt: Were deliverables",
            ),
            "planning-impact, is: yes}\n        prompt: Were",
            &[
                "`when` of `deliverables-added`",
                "`planning-impact`",
                "earlier question",
            ],
        ),
        (
            "a when on the question itself",
            edited(
                "question: deliverables-added,",
                "question: planning-impact,",
            ),
            "planning-impact, is: yes}\n        role: added-effect",
            &["`when` of `planning-impact` refers to the question itself"],
        ),
        (
            "a when on another item's question",
            edited("question: raised,", "question: examples,"),
            "examples, is",
            &[
                "refers to `examples`",
                "not an earlier question of `partner-contact`",
            ],
        ),
        (
            "a choice with one option",
            edited(
                "      - {value: on-premises, label: Adobe Commerce on-premises}\n",
                "",
            ),
            "- {value: cloud",
            &["choice `product` needs at least two options"],
        ),
        (
            "an unknown schema version",
            edited("schema: 1", "schema: 2"),
            "2\nid: partner",
            &["schema 2 is not supported", "schema 1"],
        ),
    ];
    for (what, text, at, says) in cases {
        eprintln!("case: {what}");
        let message = ready_check().file("c.yaml", &text).run().refused();
        assert_says(&message, &[&place("c.yaml", &text, at)]);
        assert_says(&message, says);
    }
}

#[test]
fn empty_unreadable_and_non_text_checklists_are_refused_by_name() {
    let cut = CHECKLIST.find("title: Scope").unwrap() + "title: Sc".len();
    let mut invalid = CHECKLIST.as_bytes().to_vec();
    invalid.insert(cut, 0xff);
    let cases: Vec<(&str, Vec<u8>, String, &[&str])> = vec![
        (
            "empty",
            Vec::new(),
            "c.yaml: ".into(),
            &["empty", "escalate init"],
        ),
        (
            "only a comment",
            b"# nothing but a comment\n".to_vec(),
            "c.yaml: ".into(),
            &["empty"],
        ),
        (
            "invalid UTF-8",
            invalid,
            position("c.yaml", &CHECKLIST[..cut]),
            &["not valid UTF-8"],
        ),
    ];
    for (what, bytes, at, says) in cases {
        let message = ready_check().file("c.yaml", bytes).run().refused();
        assert!(
            message.starts_with(&format!("error: {at}")),
            "{what}: {message}"
        );
        assert_says(&message, says);
    }
}

/// `check` and `validate` on the checklist `name`.
fn check_and_validate(name: &str) -> [Vec<&str>; 2] {
    [
        vec!["check", "--no-input", "--checklist", name],
        vec!["validate", name],
    ]
}

/// A folder, and a path through a file (which no user can read, root
/// neither), are refused by name with the reason.
#[test]
fn a_folder_or_an_unreadable_file_is_not_a_checklist() {
    let test = Test::new()
        .folder("folder.yaml")
        .file("file.yaml", CHECKLIST);
    // The system's own words for each, which differ on Windows.
    let (folder, through_a_file) = if cfg!(unix) {
        ("is a directory", "cannot read: Not a directory")
    } else {
        ("cannot read", "cannot read")
    };
    for (name, says) in [
        ("folder.yaml", folder),
        ("file.yaml/c.yaml", through_a_file),
    ] {
        for args in check_and_validate(name) {
            let message = test.clone().args(args).run().refused();
            assert_says(&message, &[&format!("error: {name}: "), says]);
        }
    }
}

/// Root reads a file of mode 000, so this needs another user:
/// `cargo test -- --ignored` as one.
#[test]
#[cfg(unix)]
#[ignore = "needs a user bound by file permissions, which root is not"]
fn a_file_without_read_permission_is_not_a_checklist() {
    use std::os::unix::fs::PermissionsExt;
    let test = Test::new().file("locked.yaml", CHECKLIST);
    let locked = std::fs::Permissions::from_mode(0o000);
    std::fs::set_permissions(test.path("locked.yaml"), locked).unwrap();
    assert!(
        std::fs::read(test.path("locked.yaml")).is_err(),
        "this user reads files of mode 000"
    );
    for args in check_and_validate("locked.yaml") {
        let message = test.clone().args(args).run().refused();
        assert_says(&message, &["error: locked.yaml: ", "Permission denied"]);
    }
}

#[test]
fn a_bom_and_crlf_line_ends_are_accepted() {
    let text = format!("\u{feff}{}", CHECKLIST.replace('\n', "\r\n"));
    let run = ready_check().file("c.yaml", text).run().ready();
    assert_says(
        &run.stdout(),
        &["Partner escalation readiness", "Ready to escalate"],
    );
}

/// `when` with neither `is` nor `in` asks whenever the question it names
/// has an answer, of any kind (a date too); with both, it is refused.
#[test]
fn a_when_without_values_is_valid_and_one_with_both_is_not() {
    let any = edited(
        "when: {question: deliverables-added, is: yes}",
        "when: {question: deliverables-added}",
    );
    Test::new()
        .file("any.yaml", any)
        .args(["validate", "any.yaml"])
        .run()
        .exits(0);
    let both = edited(
        "when: {question: deliverables-added, is: yes}",
        "when: {question: deliverables-added, is: yes, in: [no]}",
    );
    let message = Test::new()
        .file("both.yaml", both)
        .args(["validate", "both.yaml"])
        .run()
        .refused();
    assert_says(
        &message,
        &["`when` takes `is: VALUE` or `in: [VALUES]`, not both"],
    );
}

/// `when` on a text question looks for `given`: its answer names
/// something. Any other value, or `given` on a question of another kind,
/// is refused with one line that says what it takes.
#[test]
fn a_when_on_a_text_takes_given_and_nothing_else() {
    let contact = "when: {question: raised, is: unresolved}\n        role: decider-contact";
    for (to, says) in [
        (
            "when: {question: decider, is: named}\n        role: decider-contact",
            "`decider` cannot be `named`; it takes given",
        ),
        (
            "when: {question: decider, in: [given, yes]}\n        role: decider-contact",
            "`decider` cannot be `yes`; it takes given",
        ),
        (
            "when: {question: raised-on, is: given}\n        role: decider-contact",
            "`when` with `is` or `in` can refer to a confirm, choice or text question; `raised-on` is a date question",
        ),
    ] {
        let message = Test::new()
            .file("c.yaml", edited(contact, to))
            .args(["validate", "c.yaml"])
            .run()
            .refused();
        assert_says(&message, &[says]);
        let problems = message.lines().filter(|l| l.contains("c.yaml:")).count();
        assert_eq!(problems, 1, "{message}");
    }
}
