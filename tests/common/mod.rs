//! What every integration test shares: the [`Test`] builder that runs the
//! binary, the predictable environment it runs in, the date and answers
//! the tests use, and the assertions they make on messages.
#![allow(dead_code)]

mod test;

#[allow(unused_imports, reason = "each test binary uses a part")]
pub use test::{FAST, HANG, Outcome, Test, wait};

use std::path::PathBuf;
use std::process::Command;

/// The path of the built `escalate` binary.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_escalate"))
}

/// Gives `cmd` a predictable environment: English, no colour, no locale,
/// no SOURCE_DATE_EPOCH, backtraces asked for (they must not appear).
pub fn predictable(cmd: &mut Command) -> &mut Command {
    for var in [
        "LANG",
        "LC_ALL",
        "LC_MESSAGES",
        "SOURCE_DATE_EPOCH",
        "CLICOLOR_FORCE",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("NO_COLOR", "1").env("RUST_BACKTRACE", "1")
}

/// The date tests use as today.
pub const TODAY: &str = "2026-11-25";

/// A complete set of answers that is ready to escalate, as `KEY=VALUE`,
/// in the order they are asked: the checklist's, then those the brief
/// needs (the items' questions for the documents, then the context's).
pub const READY: &[(&str, &str)] = &[
    ("scope.reviewed-deliverables", "yes"),
    ("scope.deliverables-added", "yes"),
    ("scope.planning-impact", "yes"),
    ("partner-contact.raised", "unresolved"),
    ("partner-contact.raised-on", "2026-11-10"),
    (
        "specificity.examples",
        "2026-10-02 email asking for the release date, no reply",
    ),
    (
        "specificity.examples",
        "ticket ACME-1234: guest checkout fails",
    ),
    (
        "scope.added-detail",
        "A second payment provider, four weeks and EUR 18,000 more.",
    ),
    ("scope.clause", "SOW-2026-014 section 4.2, guest checkout"),
    ("partner-contact.channel", "email"),
    ("partner-contact.went-up", "no"),
    (
        "specificity.problem",
        "Since 3 November guest checkout fails on the live shop.",
    ),
    ("specificity.evidence-where", "ACME's Jira and my mailbox"),
    ("context.merchant", "Example Retail GmbH"),
    ("context.partner", "ACME Commerce"),
    ("context.product", "cloud"),
    ("context.environment", "www.example.com"),
    ("context.severity", "live-down"),
    ("context.ask", "joint-call"),
    ("context.outcome", "Checkout fixed by 1 December"),
    ("context.support-case", "02134567"),
    ("context.contact", "Jana Weber, +49 30 1234567"),
    ("context.account-id", "1A2B3C4D5E6F7A8B9C0D1E2F@AdobeOrg"),
    ("context.cloud-project", "abc12de3fgh4i"),
    (
        "context.ask-other",
        "Bring ACME's account director into a call with me this week.",
    ),
    (
        "partner-contact.partner-person",
        "Tom Wagner, project manager",
    ),
    (
        "partner-contact.decider",
        "Derek Olsen, account director, +44 20 7946 0321",
    ),
    ("partner-contact.decider-contact", "csm"),
    (
        "partner-contact.position",
        "Guest checkout is in section 4.2, so the fix is owed, not extra work.",
    ),
    ("context.impact", "About EUR 12,000 of orders a day."),
    ("specificity.evidence-access", "attached"),
];

/// The answers of [`READY`] to the checklist's own questions: those a
/// run that writes no document asks.
pub const READY_OWN: &[(&str, &str)] = READY.split_at(7).0;

/// The questions only the documents need, of the checklist's items: asked
/// only when a brief or a note to the partner is written.
pub const ITEMS_FOR_DOCUMENTS: &[&str] = &[
    "scope.added-detail",
    "scope.clause",
    "partner-contact.partner-person",
    "partner-contact.channel",
    "partner-contact.went-up",
    "partner-contact.decider",
    "partner-contact.decider-contact",
    "partner-contact.went-up-answer",
    "partner-contact.partner-answer",
    "partner-contact.position",
    "specificity.problem",
    "specificity.evidence-where",
    "specificity.evidence-access",
];

/// Does `key` name a question only the documents need, asked only when a
/// brief or a note to the partner is written?
pub fn for_documents(key: &str) -> bool {
    key.starts_with("context.") || ITEMS_FOR_DOCUMENTS.contains(&key)
}

/// `check` that prints the brief (`--format markdown`) on [`TODAY`], with
/// no question asked.
pub fn brief_check() -> Test {
    Test::new().args([
        "check",
        "--no-input",
        "--today",
        TODAY,
        "--format",
        "markdown",
    ])
}

/// `check` in `lang` on [`TODAY`] from `answers`, with no question asked,
/// writing the brief to b.txt; it must succeed.
pub fn briefed(lang: &str, answers: &[(&str, &str)]) -> Outcome {
    Test::new()
        .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
        .answers(answers)
        .args(["--brief", "b.txt"])
        .run()
        .exits(0)
}

/// `check` in `lang` on [`TODAY`] from `answers`, with no question asked,
/// writing the brief to b.txt and the note to n.txt; it must succeed.
pub fn both_documents(lang: &str, answers: &[(&str, &str)]) -> Outcome {
    Test::new()
        .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
        .answers(answers)
        .args(["--brief", "b.txt", "--partner-note", "n.txt"])
        .run()
        .exits(0)
}

/// The checklist's own answers of [`READY`] as piped lines, each ended by
/// `end`, in the order they are asked (the list last, so the end of input
/// ends it).
pub fn ready_lines(end: &str) -> String {
    READY
        .iter()
        .filter(|(key, _)| !for_documents(key))
        .map(|(_, value)| format!("{value}{end}"))
        .collect()
}

/// [`READY`] without the keys that `changes` answer, then `changes`.
pub fn ready_with<'a>(changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    READY
        .iter()
        .filter(|(key, _)| !changes.iter().any(|(changed, _)| changed == key))
        .chain(changes)
        .copied()
        .collect()
}

/// The shipped English checklist: the valid base every broken one starts from.
pub const CHECKLIST: &str = include_str!("../../checklists/partner-escalation.en.yaml");

/// [`CHECKLIST`] with `from` replaced by `to` (once).
pub fn edited(from: &str, to: &str) -> String {
    assert!(CHECKLIST.contains(from), "the checklist has no `{from}`");
    CHECKLIST.replacen(from, to, 1)
}

/// Asserts that stderr is a clean error: `error:` lines (`Fehler:` in
/// German), no panic, no backtrace.
pub fn assert_clean_error(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr).into_owned();
    assert!(
        text.starts_with("error: ") || text.starts_with("Fehler: "),
        "not an error message: {text}"
    );
    for bad in ["panicked", "RUST_BACKTRACE", "stack backtrace", "thread '"] {
        assert!(!text.contains(bad), "{bad} in: {text}");
    }
    text
}

/// Asserts that `message` contains every one of `parts`.
pub fn assert_says(message: &str, parts: &[&str]) {
    for part in parts {
        assert!(message.contains(part), "`{part}` missing from:\n{message}");
    }
}

/// The names in `folder`, sorted.
pub fn names(folder: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The widest line of prose in a plain-text document.
pub const WIDTH: usize = 76;

/// A plain-text document with its wrapped prose joined again, one line a
/// paragraph or an entry, as tests look for whole sentences: a line goes
/// on the one before when the wrap moved it there, that is when it is
/// indented as the one before hangs and its first word would not have
/// fitted on it.
pub fn unwrapped(text: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        if let Some(last) = out.last_mut() {
            let body = last.trim_start();
            let margin = last.len() - body.len();
            let marker = if body.starts_with("- ") {
                2
            } else {
                let digits = body.chars().take_while(char::is_ascii_digit).count();
                if digits > 0 && body[digits..].starts_with(". ") {
                    digits + 2
                } else {
                    0
                }
            };
            let hang = margin + marker;
            // The first word, with the words a date or an amount holds
            // to it ("10 Nov 2026", "EUR 18,000"), as the .txt keeps them.
            let words: Vec<&str> = line.trim_start().split(' ').collect();
            let mut held = 1;
            while held < words.len() && escalate::report::text_holds(words[held - 1], words[held]) {
                held += 1;
            }
            let word = words[..held].join(" ");
            let indented = line.len() - line.trim_start().len() == hang;
            let moved = last.chars().count() + 1 + word.chars().count() > WIDTH;
            if !body.is_empty() && !word.is_empty() && indented && moved {
                last.push(' ');
                last.push_str(line.trim_start());
                continue;
            }
        }
        out.push(line.to_owned());
    }
    let mut text = out.join("\n");
    text.push('\n');
    text
}
