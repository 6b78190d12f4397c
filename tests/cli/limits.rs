//! Input beyond the limits (over 1 MiB, nested too deep, aliases that
//! multiply, endless lines and lists on stdin) is refused at once, within
//! a second and 256 MiB of address space, with the place it went wrong.

use crate::common::{TODAY, Test, assert_says};

/// Runs `test` in bounded memory and asserts a fast refusal whose message
/// starts with `error: {at}`; returns the message.
fn refused_fast(test: Test, at: &str) -> String {
    let message = test.in_bounded_memory().run().fast().refused();
    assert!(message.starts_with(&format!("error: {at}")), "{message}");
    message
}

/// `l0` to `l9`: each a list of ten of the one before, 10^10 `lol`s in all.
fn laughs() -> String {
    let mut text = format!("l0: &l0 [{}]\n", ["lol"; 10].join(", "));
    for n in 1..10 {
        let refs = vec![format!("*l{}", n - 1); 10].join(", ");
        text.push_str(&format!("l{n}: &l{n} [{refs}]\n"));
    }
    text
}

/// A checklist in which every part has the right shape, but whose aliases
/// multiply it into 500 items of 500 questions of 500 options each.
fn typed_bomb() -> String {
    let many = |alias: &str| vec![alias; 500].join(", ");
    format!(
        "schema: 1\nid: x\nlang: en\ntitle: t\ncontext:\n  - &q {{id: q, kind: choice, prompt: p, \
         options: [&o {{value: a, label: l}}, {}]}}\nitems:\n  - &i {{id: i, title: t, questions: [{}]}}\n{}",
        many("*o"),
        many("*q"),
        "  - *i\n".repeat(500)
    )
}

#[test]
fn huge_deep_and_exploding_checklists_are_refused_fast_in_bounded_memory() {
    let brackets = "[".repeat(100_000);
    let cases: Vec<(&str, String, &str, &[&str])> = vec![
        (
            "over 1 MiB, a syntax error if it were parsed",
            format!("schema: [1\n{}\n", "#".repeat(1024 * 1024)),
            "c.yaml: ",
            &["larger than 1024 KiB"],
        ),
        (
            "100,000 [",
            brackets.clone(),
            "c.yaml:1:",
            &["nest", "levels"],
        ),
        (
            "100,000 [ after a key",
            format!("schema: 1\nid: {brackets}"),
            "c.yaml:2:",
            &["nest", "levels"],
        ),
        (
            "100,000 {",
            "{".repeat(100_000),
            "c.yaml:1:",
            &["nest", "levels"],
        ),
        (
            "100,000 nested block lists",
            "- ".repeat(100_000),
            "c.yaml:1:1: ",
            &["invalid type: sequence"],
        ),
        (
            "a billion laughs, refused at its first unknown field",
            format!("schema: 1\n{}items: *l9\n", laughs()),
            "c.yaml:2:1: ",
            &["unknown field `l0`"],
        ),
        (
            "a bomb of well-shaped parts",
            typed_bomb(),
            "c.yaml:",
            &["aliases here expand the file beyond 2048 KiB"],
        ),
    ];
    for (what, text, at, says) in cases {
        eprintln!("case: {what}");
        for args in [
            vec!["check", "--no-input", "--checklist", "c.yaml"],
            vec!["validate", "c.yaml"],
        ] {
            let test = Test::new().file("c.yaml", &text).args(args);
            let message = refused_fast(test, at);
            assert_says(&message, says);
        }
    }
}

#[test]
fn huge_deep_and_exploding_answers_are_refused_fast_in_bounded_memory() {
    let brackets = "[".repeat(100_000);
    let huge_line = "x".repeat(10 * 1024 * 1024) + "\n";
    let cases: Vec<(&str, String, &str, &str, &[&str])> = vec![
        (
            "a.yaml",
            format!("context.partner: x\n#{}\n", "#".repeat(1024 * 1024)),
            "",
            "a.yaml: ",
            &["larger than 1024 KiB"],
        ),
        (
            "a.yaml",
            format!("specificity.examples: {brackets}"),
            "",
            "a.yaml:1:",
            &["nest", "levels"],
        ),
        (
            "a.json",
            format!("{{\"specificity.examples\": {brackets}"),
            "",
            "a.json:1:",
            &["nest", "levels"],
        ),
        (
            "a.yaml",
            format!("{}specificity.examples: *l9\n", laughs()),
            "",
            "a.yaml: ",
            &["repetition limit"],
        ),
        (
            "-",
            String::new(),
            &huge_line,
            "<stdin>: ",
            &["larger than 1024 KiB"],
        ),
        (
            "a.json",
            format!(
                "{{{}}}",
                (0..40_000)
                    .map(|n| format!("\"k{n}\": 1"))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
            "",
            "a.json:1:2: unknown answer key `k0`",
            &[],
        ),
    ];
    for (name, text, stdin, at, says) in cases {
        let test = Test::new()
            .file(name, &text)
            .args(["check", "--no-input", "--answers", name])
            .stdin(stdin);
        let message = refused_fast(test, at);
        assert_says(&message, says);
    }
}

#[test]
fn a_ten_megabyte_line_on_stdin_is_refused_fast() {
    let huge = "x".repeat(10 * 1024 * 1024) + "\n";
    let test = Test::new().args(["check", "--today", TODAY]).stdin(huge);
    let message = refused_fast(test, "<stdin>:1: the line is longer than");
    assert_says(&message, &["longer than 64 KiB"]);
}

#[test]
#[cfg(unix)]
fn an_endless_list_on_stdin_is_refused_fast_in_bounded_memory() {
    use crate::common::READY;
    let before_the_list: String = READY[..7].iter().map(|(_, v)| format!("{v}\n")).collect();
    let message = Test::new()
        .args(["check", "--today", TODAY])
        .stdin(before_the_list)
        .shell("{ cat; yes 'ticket ACME-1'; } | \"$@\"")
        .in_bounded_memory()
        .run()
        .fast()
        .refused();
    assert_says(&message, &["<stdin>: ", "larger than 1024 KiB"]);
}

#[test]
fn a_file_of_exactly_the_limit_is_read_and_one_byte_more_is_not() {
    // The shipped checklist, padded with a comment to the size wanted.
    let padded = |size: usize| {
        let checklist = crate::common::CHECKLIST;
        let room = size - checklist.len() - 2;
        format!("{checklist}#{}\n", "x".repeat(room))
    };
    let limit = 1024 * 1024;
    for (size, refused) in [(limit, false), (limit + 1, true)] {
        let text = padded(size);
        assert_eq!(text.len(), size);
        let out = Test::new()
            .file("c.yaml", &text)
            .args(["validate", "c.yaml"])
            .run();
        if refused {
            assert_says(&out.refused(), &["larger than 1024 KiB"]);
        } else {
            out.exits(0);
        }
    }
}

/// A text answer is refused where it is given when it is too long for its
/// kind, the limit named: a summary of a few hundred words on one line is
/// fine, 3,000 characters on one line are not, from a file, a flag or a
/// pipe alike.
#[test]
fn an_over_long_text_is_refused_where_it_is_given_with_the_limit_named() {
    use crate::common::{ITEMS_FOR_DOCUMENTS, READY, ready_lines, ready_with};
    let words = "The guest checkout fails. ".repeat(70);
    assert!(words.len() > 1_800);
    let fine = ready_with(&[("specificity.problem", words.trim())]);
    crate::common::brief_check().answers(&fine).run().exits(0);

    let line = "x".repeat(3_000);
    let limit = "a line is too long: at most 2,000 characters a line";
    let flag = crate::common::brief_check()
        .answers(&ready_with(&[("specificity.problem", &line)]))
        .run()
        .refused();
    crate::common::assert_says(&flag, &["specificity.problem", limit]);
    let file = crate::common::brief_check()
        .file("a.yaml", format!("specificity.problem: {line}\n"))
        .args(["--answers", "a.yaml"])
        .answers(
            &READY
                .iter()
                .filter(|(k, _)| *k != "specificity.problem")
                .copied()
                .collect::<Vec<_>>(),
        )
        .run()
        .refused();
    crate::common::assert_says(&file, &["a.yaml:1:22:", limit]);
    // Piped: the checklist's own answers, then the documents' in order,
    // the problem the over-long line.
    let mut lines = ready_lines("\n");
    lines.push('\n'); // ends the examples
    // The walk's order up to the problem, which is refused: nothing after
    // it is read.
    let before = ITEMS_FOR_DOCUMENTS
        .iter()
        .take_while(|k| **k != "specificity.problem")
        // Not asked: it has not gone higher at the partner.
        .filter(|k| **k != "partner-contact.went-up-answer");
    for key in before {
        let value = READY.iter().find(|(k, _)| k == key).map_or("", |(_, v)| *v);
        lines.push_str(&format!("{value}\n"));
    }
    lines.push_str(&format!("{line}\n"));
    let piped = Test::new()
        .args(["check", "--today", TODAY, "--format", "markdown"])
        .stdin(lines)
        .run()
        .refused();
    crate::common::assert_says(&piped, &["specificity.problem", limit]);
    // Text of many lines may be longer, up to its own limit.
    let long = "x".repeat(1_000) + "\n";
    let too_long = crate::common::brief_check()
        .answers(&ready_with(&[("specificity.problem", &long.repeat(11))]))
        .run()
        .refused();
    crate::common::assert_says(&too_long, &["too long: at most 10,000 characters"]);
}

/// An empty optional choice is not given, as an empty optional text is.
#[test]
fn an_empty_optional_choice_is_not_given() {
    use crate::common::READY;
    let answers: Vec<_> = READY
        .iter()
        .filter(|(k, _)| *k != "context.product")
        .copied()
        .collect();
    let report = Test::new()
        .args(["check", "--no-input", "--today", TODAY, "--format", "json"])
        .file("a.yaml", "context.product: \"\"\ncontext.project: \"\"\n")
        .args(["--answers", "a.yaml"])
        .answers(&answers)
        .run()
        .exits(0)
        .json();
    for key in ["context.product", "context.project"] {
        let q = report["context"]
            .as_array()
            .and_then(|c| c.iter().find(|q| q["key"] == key))
            .cloned()
            .unwrap();
        assert_eq!(q["answer"], serde_json::Value::Null, "{key}");
        assert_eq!(q["status"], "skipped", "{key}");
    }
}
