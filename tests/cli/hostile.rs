//! Hostile text: escapes, control and invisible characters, and Markdown,
//! in checklists, answers and arguments, never reach the reader raw, in
//! any format or message; they are shown, not obeyed.

use crate::common::{CHECKLIST, Outcome, TODAY, Test, assert_says, edited, ready_with};

/// Text with every kind of unsafe character: a colour escape, an OSC title
/// change ended by BEL, a carriage return, a bidi override, a zero-width
/// space and a tag character (beyond U+FFFF, so JSON needs two escapes).
pub const EVIL: &str =
    "Evil \x1b[31mred\x1b]0;evil\x07 cr\r bidi\u{202e}end zero\u{200b}width tag\u{e0041}";

/// Asserts that `bytes` hold no raw escape, BEL, carriage return, bidi
/// override or invisible character, and that the override is `shown`
/// instead.
pub fn assert_inert(what: &str, bytes: &[u8], shown: &str) {
    let text = String::from_utf8_lossy(bytes);
    for raw in ['\x1b', '\x07', '\r', '\u{202e}', '\u{200b}', '\u{e0041}'] {
        assert!(!text.contains(raw), "{what}: raw {raw:?} in:\n{text}");
    }
    assert_says(&text, &[shown]);
}

/// How the escapes show a bidi override.
const SHOWN: &str = "\\u{202e}";

/// The base checklist with EVIL as its title, an item title and two prompts.
fn evil_checklist() -> String {
    // A JSON string is also a YAML double-quoted scalar.
    let quoted = serde_json::to_string(EVIL).unwrap();
    [
        "title: Partner escalation readiness",
        "    title: Scope",
        "    prompt: What is your implementation partner called?",
        "        prompt: Have you re-read the statement of work or proposal your partner agreed to?",
    ]
    .into_iter()
    .fold(CHECKLIST.to_owned(), |text, line| {
        let (field, _) = line.split_once(": ").unwrap();
        text.replacen(line, &format!("{field}: {quoted}"), 1)
    })
}

/// `check` on the evil checklist with `args`, EVIL as the partner's name
/// and as a third example: a ready run.
fn evil_check(args: &[&str]) -> Outcome {
    Test::new()
        .file("evil.yaml", evil_checklist())
        .args(["check", "--no-input", "--today", TODAY])
        .answers(&ready_with(&[("context.partner", EVIL)]))
        .answers(&[("specificity.examples", EVIL)])
        .args(["--checklist", "evil.yaml"])
        .args(args)
        .run()
        .ready()
}

#[test]
fn escapes_in_checklists_and_answers_are_shown_not_obeyed_in_text_markdown_and_brief() {
    let text = evil_check(&["--format", "text"]);
    assert_inert("text", text.stdout_bytes(), SHOWN);
    let markdown = evil_check(&["--format", "markdown", "--brief", "brief.md"]);
    assert_inert("markdown", markdown.stdout_bytes(), SHOWN);
    assert_says(
        &markdown.stdout(),
        &["## Evidence", "Evil \\\\u{1b}\\[31mred"],
    );
    let brief = markdown.read("brief.md");
    assert_inert("brief", brief.as_bytes(), SHOWN);
    assert_says(&brief, &["with Evil \\\\u{1b}", "at Evil \\\\u{1b}"]);
}

#[test]
fn escapes_in_json_are_json_escapes_that_round_trip() {
    let json = evil_check(&["--format", "json"]);
    assert_inert("json", json.stdout_bytes(), "\\u202e");
    assert_says(&json.stdout(), &["\\u200b", "\\udb40\\udc41"]);
    let report = json.json();
    let partner = report["context"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["key"] == "context.partner")
        .unwrap();
    for value in [
        &report["checklist"]["title"],
        &report["items"][0]["title"],
        &report["items"][0]["questions"][0]["prompt"],
        &partner["prompt"],
        &partner["answer"],
        &report["items"][2]["questions"][0]["answer"][2],
    ] {
        assert_eq!(value, EVIL);
    }
}

#[test]
fn escapes_in_error_messages_are_shown_not_obeyed() {
    let quoted = serde_json::to_string(EVIL).unwrap();
    let field = edited("title: Partner", &format!("{quoted}: 1\ntitle: Partner"));
    let test = Test::new()
        .file("a.json", format!("{{{quoted}: \"yes\"}}"))
        .file("c.yaml", field);
    let flag = format!("-a{EVIL}");
    let key = format!("-a{EVIL}=yes");
    let file = format!("{EVIL}.yaml");
    let cases: &[(&[&str], &str)] = &[
        (&["check", "--no-input", &key], "unknown answer key"),
        (&["check", "--no-input", &flag], "KEY=VALUE"),
        (
            &["check", "--no-input", "--answers", "a.json"],
            "unknown answer key",
        ),
        (
            &["check", "--no-input", "--checklist", "c.yaml"],
            "unknown field",
        ),
        (
            &["check", "--no-input", "--checklist", &file],
            "cannot read",
        ),
        (&["check", "--format", EVIL], "--format"),
    ];
    for (args, says) in cases {
        let message = test.clone().args(*args).run().refused();
        assert_inert(says, message.as_bytes(), SHOWN);
        assert_says(&message, &[says]);
    }
    let message = Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .answers(&ready_with(&[("scope.reviewed-deliverables", EVIL)]))
        .run()
        .refused();
    assert_inert("invalid answer", message.as_bytes(), SHOWN);
    assert_says(&message, &["`scope.reviewed-deliverables`", "u{1b}[31m"]);
}

#[test]
fn a_key_with_an_invisible_character_does_not_look_like_the_key_it_suggests() {
    let message = Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .answers(&ready_with(&[("scope.deliverables-added", "yes")]))
        .answers(&[("scope.reviewed-deliverables\u{200b}", "yes")])
        .run()
        .refused();
    assert_inert("unknown key", message.as_bytes(), "");
    assert_says(
        &message,
        &[
            "unknown answer key `scope.reviewed-deliverables\\u{200b}`",
            "`scope.reviewed-deliverables`",
        ],
    );
}

/// Examples that would add a rule, a list, a heading, a quote, code, HTML or
/// a hidden mark to the brief if they were written as they are.
const HOSTILE_EXAMPLES: &[&str] = &[
    "---",
    "- -",
    "+ x",
    "1986. x",
    "=== ",
    "> x",
    "# x",
    "~~~",
    "```",
    "&rlm;",
    "&ZeroWidthSpace;",
    "&#x202E;",
    "&amp;",
    "<b>x</b>",
    "*x* and ~~y~~",
    "[x](https://example.com)",
    "x\\",
];

#[test]
fn hostile_examples_stay_one_list_item_each_in_the_brief() {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let examples: Vec<_> = HOSTILE_EXAMPLES
        .iter()
        .map(|e| ("specificity.examples", *e))
        .collect();
    let out = Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .args(["--format", "markdown"])
        .answers(&ready_with(&examples))
        .run()
        .exits(0);
    assert_eq!(out.stderr(), "");
    let brief = out.stdout();
    // What a CommonMark reader with GitHub's extensions sees: headings and
    // one level of lists, whose items hold text and bold answers only.
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_GFM;
    let mut headings = Vec::new();
    let mut lists: Vec<(String, Vec<String>)> = Vec::new();
    let mut text = String::new();
    let mut in_list = false;
    for event in Parser::new_ext(&brief, options) {
        match event {
            Event::Start(Tag::Heading { .. } | Tag::Item) => text.clear(),
            Event::End(TagEnd::Heading(_)) => headings.push(std::mem::take(&mut text)),
            Event::Start(Tag::List(_)) => {
                assert!(!in_list, "a list inside a list:\n{brief}");
                in_list = true;
                let heading = headings.last().cloned().unwrap_or_default();
                lists.push((heading, Vec::new()));
            }
            Event::End(TagEnd::List(_)) => in_list = false,
            Event::End(TagEnd::Item) => {
                let list = lists.last_mut().expect("an item in a list");
                list.1.push(std::mem::take(&mut text));
            }
            Event::Text(t) => {
                assert_eq!(escalate::safe::line(&t), &*t, "a hidden mark:\n{brief}");
                text.push_str(&t);
            }
            Event::Start(Tag::Strong | Tag::Paragraph)
            | Event::End(TagEnd::Strong | TagEnd::Paragraph) => {}
            other => panic!("{other:?} in the brief:\n{brief}"),
        }
    }
    assert_eq!(
        headings,
        [
            "Escalation: Example Retail – live shop down since 3 Nov",
            "The problem",
            "What I ask of you",
            "Business impact",
            "The statement of work",
            "With the partner",
            "Evidence",
            "How to reach me",
        ],
        "{brief}"
    );
    let examples = lists
        .iter()
        .find(|(heading, _)| heading == "Evidence")
        .map(|(_, items)| items.clone());
    // Dashes alone ("---", "- -") are a placeholder, no example.
    let entries: Vec<_> = HOSTILE_EXAMPLES
        .iter()
        .map(|e| e.trim())
        .filter(|e| !e.chars().all(|c| c == '-' || c == ' '))
        .collect();
    assert_eq!(
        examples,
        Some(entries.iter().map(|e| e.to_string()).collect())
    );
}

/// Hostile text in every answer the documents quote is shown, not obeyed,
/// in the brief and in the note to the partner.
#[test]
fn escapes_in_the_documents_answers_are_shown_not_obeyed() {
    let answers = ready_with(&[
        ("specificity.problem", EVIL),
        ("context.problem-for-partner", EVIL),
        ("partner-contact.partner-answer", EVIL),
        ("context.partner", EVIL),
        ("context.project", EVIL),
        ("context.ask", "other"),
        ("context.ask-other", EVIL),
        ("context.impact", EVIL),
        ("context.contact", EVIL),
    ]);
    let run = Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .answers(&answers)
        .args(["--brief", "brief.md", "--partner-note", "note.txt"])
        .run()
        .ready();
    let brief = run.read("brief.md");
    assert_inert("brief", brief.as_bytes(), SHOWN);
    // Every one of the seven shows, escaped.
    assert!(brief.matches("bidi\\\\u{202e}end").count() >= 7, "{brief}");
    let note = run.read("note.txt");
    assert_inert("note", note.as_bytes(), SHOWN);
    // The impact is the partner's name itself, which the note leaves out
    // as words about them: the problem and the signature show.
    assert!(note.matches("bidi\\u{202e}end").count() >= 2, "{note}");
}

#[test]
fn escapes_in_a_checklist_are_shown_not_obeyed_by_show_and_template() {
    for command in ["show", "template"] {
        let out = Test::new()
            .file("evil.yaml", evil_checklist())
            .args([command, "--checklist", "evil.yaml"])
            .run()
            .exits(0);
        assert_inert(command, out.stdout_bytes(), SHOWN);
    }
}

/// A pasted reply keeps the sender's lines in both .txt documents, with
/// no word left alone on a line before the sender's next; a line pasted
/// too wide is wrapped on its own; no date or amount is broken across
/// lines, in either language.
#[test]
fn a_pasted_reply_keeps_its_lines_and_no_date_or_amount_is_broken() {
    let reply = "Hallo Frau Weber,\n\
        wie besprochen verschiebt sich der Sprint 6 leider, weil zwei Entwickler krank sind\n\
        und die Preislisten-Logik aufwendiger ist als gedacht. Neuer Termin für die Abnahme\n\
        ist voraussichtlich Mitte Januar.\n\
        Eine sehr lange Zeile, die jemand ohne Umbruch eingefügt hat und die weit über jede Breite hinausgeht, die ein Mailprogramm schreibt\n\
        Gruß Stefan";
    let answers = ready_with(&[
        ("partner-contact.partner-answer", reply),
        (
            "partner-contact.position",
            "We agreed the go-live for a date long before the holiday rush: on 2 Dec 2026, and we paid EUR 60,000 for it.",
        ),
    ]);
    for lang in ["en", "de"] {
        let out = crate::common::both_documents(lang, &answers);
        for file in ["b.txt", "n.txt"] {
            let doc = out.read(file);
            let lines: Vec<&str> = doc.lines().collect();
            for kept in [
                "wie besprochen verschiebt sich der Sprint 6 leider, weil zwei Entwickler krank sind",
                "und die Preislisten-Logik aufwendiger ist als gedacht. Neuer Termin für die Abnahme",
                "ist voraussichtlich Mitte Januar.",
            ] {
                // The note quotes one sentence of it in its own lines.
                if !doc.contains("Sprint 6") || file == "n.txt" {
                    continue;
                }
                assert!(
                    lines.iter().any(|l| l.trim() == kept),
                    "{lang} {file}: {kept:?} not a line of its own:\n{doc}"
                );
            }
            // The long line is wrapped, every piece within the width, and
            // never joined to the sender's next line.
            if doc.contains("Eine sehr lange Zeile") {
                assert!(lines.iter().any(|l| l.trim() == "Gruß Stefan"), "{doc}");
                assert!(
                    lines
                        .iter()
                        .filter(|l| l.contains("Eine sehr") || l.contains("Mailprogramm"))
                        .all(|l| l.chars().count() <= 76),
                    "{doc}"
                );
            }
            let unwrapped = crate::common::unwrapped(&doc);
            for held in ["2 Dec 2026", "EUR 60,000", "2. Dez. 2026", "02.12.2026"] {
                if unwrapped.contains(held) {
                    assert!(doc.contains(held), "{lang} {file}: {held:?} broken:\n{doc}");
                }
            }
        }
    }
}
