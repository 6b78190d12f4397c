//! The documents say each thing once and tidily: no block repeated in the
//! signature, no fact that an earlier one holds, no sentence that the next
//! one says again; the user's text in sentence position reads as a
//! sentence; the plain text wrapped for a fixed-width reader.

use crate::common::{TODAY, Test, ready_with};

/// The file `check` writes with `answers` as `--flag FILE`, in `lang`, as
/// [`plain_text`] with its wrapped prose joined again.
fn written(lang: &str, answers: &[(&str, &str)], flag: &str, file: &str) -> String {
    crate::common::unwrapped(&plain_text(lang, answers, flag, file))
}

/// The plain-text part of an email draft.
fn text_part(eml: &str) -> String {
    let message = mail_parser::MessageParser::default()
        .parse(eml.as_bytes())
        .expect("a message");
    let text = message.body_text(0).expect("a text part");
    text.replace("\r\n", "\n")
}

/// The plain text of the file `check` writes as `--flag FILE`: the file,
/// or the text part of an email draft, as it was written.
fn plain_text(lang: &str, answers: &[(&str, &str)], flag: &str, file: &str) -> String {
    let out = Test::new()
        .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
        .answers(answers)
        .args([flag, file])
        .run();
    assert!(out.path(file).exists(), "{}", out.stderr());
    let text = out.read(file);
    if file.ends_with(".eml") {
        text_part(&text)
    } else {
        text
    }
}

/// How often `part` occurs in `text`.
fn count(text: &str, part: &str) -> usize {
    text.matches(part).count()
}

#[test]
fn the_brief_says_how_to_reach_the_merchant_once_and_signs_with_the_name() {
    let answers = ready_with(&[(
        "context.contact",
        "Dana Kowalczyk, eCommerce manager, 614-555-0187, dana@example.com, 8-5 ET",
    )]);
    for lang in ["en", "de"] {
        for file in ["brief.txt", "brief.eml"] {
            let brief = written(lang, &answers, "--brief", file);
            assert_eq!(count(&brief, "614-555-0187"), 1, "{lang} {file}: {brief}");
            assert_eq!(
                count(&brief, "eCommerce manager"),
                1,
                "{lang} {file}: {brief}"
            );
            assert_eq!(count(&brief, "8-5 ET"), 1, "{lang} {file}: {brief}");
            // Signed with the name, under the sign-off.
            let regards = if lang == "en" {
                "Kind regards,"
            } else {
                "freundlichen Grüßen"
            };
            let signed = brief.split(regards).nth(1).unwrap_or_default();
            assert!(signed.contains("Dana Kowalczyk"), "{lang} {file}: {brief}");
        }
    }
}

#[test]
fn what_came_from_higher_up_and_a_fact_already_listed_are_said_once() {
    let answers = ready_with(&[
        ("partner-contact.went-up", "yes"),
        (
            "partner-contact.went-up-answer",
            "called Derek on 20 Nov, voicemail",
        ),
        ("partner-contact.decider-contact", ""),
        ("context.project", "www.example.com"),
        ("context.environment", "www.example.com production"),
    ]);
    for lang in ["en", "de"] {
        let brief = written(lang, &answers, "--brief", "brief.txt");
        assert!(brief.contains("voicemail"), "{lang}: {brief}");
        let higher = if lang == "en" {
            "It has gone higher"
        } else {
            "ist es bereits über"
        };
        assert!(!brief.contains(higher), "{lang}: {brief}");
        assert!(!brief.contains("- Project"), "{lang}: {brief}");
        assert!(!brief.contains("- Projekt"), "{lang}: {brief}");
        assert_eq!(
            count(&brief, "www.example.com production"),
            1,
            "{lang}: {brief}"
        );
    }
}

#[test]
fn attached_examples_and_where_they_are_kept_are_one_sentence() {
    let answers = ready_with(&[("specificity.evidence-where", "Northgate Jira")]);
    for (lang, said) in [
        (
            "en",
            "Copies of the examples below are attached. Originals: Northgate Jira.",
        ),
        (
            "de",
            "Kopien der Beispiele unten sind angehängt. Originale: Northgate Jira.",
        ),
    ] {
        let brief = written(lang, &answers, "--brief", "brief.txt");
        assert!(brief.contains(said), "{lang}: {brief}");
        assert_eq!(count(&brief, "Northgate Jira"), 1, "{lang}: {brief}");
    }
}

#[test]
fn where_the_originals_are_follows_a_label_whatever_its_grammar() {
    for (lang, place, said, not) in [
        (
            "de",
            "Screenshot",
            "Originale: Screenshot.",
            "finden Sie in Screenshot",
        ),
        (
            "en",
            "their jira (Northgate), I attach the status reports + Priya's email",
            // The place goes on the brief's own sentence after its
            // label: in lower case, as after any colon, and ended.
            "Originals: their jira (Northgate), I attach the status reports + Priya's email.",
            "are in their jira",
        ),
    ] {
        let answers = ready_with(&[("specificity.evidence-where", place)]);
        let brief = written(lang, &answers, "--brief", "brief.txt");
        assert!(brief.contains(said), "{lang}: {brief}");
        assert!(!brief.contains(not), "{lang}: {brief}");
    }
}

#[test]
fn a_contact_given_as_a_role_is_worded_as_a_role() {
    let answers = ready_with(&[
        ("partner-contact.partner-person", "on-call (ACME)"),
        ("partner-contact.channel", "ticket"),
    ]);
    for (lang, said, not) in [
        (
            "en",
            "Raised with the on-call at ACME Commerce in a ticket",
            "Raised with on-call",
        ),
        ("de", "Ansprechstelle: on-call.", "Ansprechperson: on-call"),
    ] {
        let brief = written(lang, &answers, "--brief", "brief.txt");
        assert!(brief.contains(said), "{lang}: {brief}");
        assert!(!brief.contains(not), "{lang}: {brief}");
    }
}

#[test]
fn that_nothing_was_added_is_said_by_one_rule_whatever_the_severity() {
    // With the clause at issue, for every severity: the same answer reads
    // the same in every brief.
    for (severity, said) in [
        ("live-down", true),
        ("degraded", true),
        ("launch-blocked", true),
        ("delay", true),
    ] {
        let answers: Vec<_> = ready_with(&[
            ("context.severity", severity),
            ("scope.deliverables-added", "no"),
        ])
        .into_iter()
        .filter(|(key, _)| *key != "scope.added-detail" && *key != "scope.planning-impact")
        .collect();
        for (lang, nothing) in [
            ("en", "No deliverables were added after the start."),
            (
                "de",
                "Nach Projektbeginn sind keine Leistungen hinzugekommen.",
            ),
        ] {
            let brief = written(lang, &answers, "--brief", "brief.txt");
            assert_eq!(brief.contains(nothing), said, "{severity} {lang}: {brief}");
        }
    }
}

#[test]
fn the_users_sentences_read_as_sentences_in_both_documents() {
    let answers = ready_with(&[
        (
            "partner-contact.partner-answer",
            "on 12 Nov they said it is phase 2",
        ),
        (
            "partner-contact.position",
            "disagree, it's in 3.4 word for word",
        ),
        (
            "context.outcome",
            "written confirmation by 4 Dec (fixed price)",
        ),
        ("partner-contact.went-up", "yes"),
        (
            "partner-contact.went-up-answer",
            "see https://example.com/t/1",
        ),
        ("partner-contact.decider-contact", ""),
        ("context.impact", "about EUR 12,000 of orders a day (~£10k)"),
    ]);
    for lang in ["en", "de"] {
        let brief = written(lang, &answers, "--brief", "brief.txt");
        // Sentences made ones; fragments after their label as they were
        // given, and ended as a paragraph of their own under a heading.
        for said in [
            ": On 12 Nov they said it is phase 2.\n",
            ": Disagree, it's in 3.4 word for word.\n",
            ": written confirmation by 4 Dec (fixed price)\n",
            ": see https://example.com/t/1\n",
            "\nabout EUR 12,000 of orders a day (~£10k).\n",
        ] {
            assert!(brief.contains(said), "{lang} {said:?}: {brief}");
        }
    }
    // The note: the problem in the partner's version, a sentence of its
    // own; a pasted answer of several lines keeps its lines as given.
    let note_answers = ready_with(&[
        (
            "context.problem-for-partner",
            "since 3 November guest checkout fails on the live shop",
        ),
        (
            "partner-contact.partner-answer",
            "hi Jana,\nwe are looking into it\ntom",
        ),
    ]);
    for lang in ["en", "de"] {
        let note = written(lang, &note_answers, "--partner-note", "note.txt");
        assert!(
            note.contains("\nSince 3 November guest checkout fails on the live shop.\n"),
            "{lang}: {note}"
        );
        let brief = written(lang, &note_answers, "--brief", "brief.txt");
        assert!(
            brief.contains("    hi Jana,\n    we are looking into it\n    tom\n"),
            "{lang}: {brief}"
        );
    }
}

#[test]
fn a_text_with_its_own_bracket_is_never_put_in_another() {
    let answers = ready_with(&[
        ("context.at-risk", "2026-12-01"),
        (
            "context.at-risk-what",
            "Start Adventskalender-Aktion (Newsletter an 22.000 Empfänger)",
        ),
        (
            "partner-contact.partner-person",
            "Tom Wagner, PM (Frankfurt)",
        ),
    ]);
    for lang in ["en", "de"] {
        for flag in ["--brief", "--partner-note"] {
            let text = written(lang, &answers, flag, "doc.txt");
            assert!(!text.contains("))"), "{lang} {flag}: {text}");
            assert!(
                text.contains("Start Adventskalender-Aktion (Newsletter an 22.000 Empfänger)"),
                "{lang} {flag}: {text}"
            );
        }
        let brief = written(lang, &answers, "--brief", "brief.txt");
        assert!(
            brief.contains("Tom Wagner, PM (Frankfurt)"),
            "{lang}: {brief}"
        );
    }
}

#[test]
fn the_plain_text_wraps_its_prose_and_pasted_lines_and_keeps_links_whole() {
    let link = "https://jira.example.com/browse/ACME-1234?focusedCommentId=99887766&page=comments";
    let long = "Since 3 November guest checkout fails on the live shop for every guest, whatever the payment method, and the support team has answered no ticket";
    let pasted = "Hi Jana, we have looked at the logs again and in our view the problem is not our deployment\nTom";
    let answers = ready_with(&[
        ("specificity.problem", long),
        ("context.problem-for-partner", long),
        ("partner-contact.partner-answer", pasted),
        ("specificity.examples", link),
    ]);
    for lang in ["en", "de"] {
        for (flag, file) in [
            ("--brief", "brief.txt"),
            ("--brief", "brief.eml"),
            ("--partner-note", "note.txt"),
            ("--partner-note", "note.eml"),
        ] {
            let text = plain_text(lang, &answers, flag, file);
            for line in text.lines() {
                let whole = line.trim_start().trim_start_matches("- ") == link;
                assert!(
                    line.chars().count() <= 76 || whole,
                    "{lang} {file}: {line:?} in\n{text}"
                );
            }
            if flag == "--brief" {
                // The pasted line, wrapped under its indent, says the same.
                assert!(
                    crate::common::unwrapped(&text)
                        .contains(&format!("\n    {}", pasted.lines().next().unwrap())),
                    "{lang} {file}: {text}"
                );
                assert!(text.contains("\n    Tom\n"), "{lang} {file}: {text}");
            }
            // Wrapped, the prose says the same.
            assert!(
                crate::common::unwrapped(&text).contains(long),
                "{lang} {file}: {text}"
            );
        }
    }
}

#[test]
fn the_csm_given_with_a_name_is_greeted_by_it_and_addressed_with_it() {
    for (lang, greeting) in [("en", "Dear Petra,"), ("de", "Guten Tag Petra Lang,")] {
        let out = Test::new()
            .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
            .answers(&ready_with(&[]))
            .args([
                "--brief",
                "brief.eml",
                "--csm-email",
                "Petra Lang <plang@example.com>",
            ])
            .run()
            .exits(0);
        let eml = out.read("brief.eml");
        let message = mail_parser::MessageParser::default()
            .parse(eml.as_bytes())
            .expect("a message");
        let to = message.to().and_then(|to| to.first()).expect("a recipient");
        assert_eq!(to.name(), Some("Petra Lang"), "{eml}");
        assert_eq!(to.address(), Some("plang@example.com"), "{eml}");
        assert!(text_part(&eml).starts_with(greeting), "{lang}: {eml}");
    }
}

#[test]
fn a_pasted_reply_wraps_its_long_lines_under_their_indent_and_keeps_its_short_ones() {
    let long = "Our view is that the condition-type mapping (ZPR0/ZK07) was not detailed in the SOW and requires additional analysis.";
    let quoted = "> On 20 Nov you wrote: the pricing import must run nightly for all customer groups and all sales organisations.";
    let link = format!("https://jira.example.com/browse/{}", "X".repeat(60));
    let reply = format!("Hi Laura,\n\n{long}\nRegards, Priya\n{quoted}\nSee {link} for the plan.");
    let answers = ready_with(&[("partner-contact.partner-answer", reply.as_str())]);
    for lang in ["en", "de"] {
        for file in ["brief.txt", "brief.eml"] {
            let brief = plain_text(lang, &answers, "--brief", file);
            let lines: Vec<&str> = brief.lines().collect();
            for line in &lines {
                assert!(
                    line.chars().count() <= crate::common::WIDTH || line.contains(&link),
                    "{lang} {file}: {line:?} in\n{brief}"
                );
            }
            // The long line goes on under its own indent; short and blank
            // lines stay as they were, nothing joined.
            let at = lines
                .iter()
                .position(|l| l.trim_start().starts_with("Our view"))
                .unwrap_or_else(|| panic!("{lang} {file}: {brief}"));
            let indent = &lines[at][..lines[at].len() - lines[at].trim_start().len()];
            assert!(!indent.is_empty(), "{lang} {file}: {brief}");
            assert_eq!(lines[at - 1], "", "{lang} {file}: {brief}");
            assert_eq!(lines[at - 2], format!("{indent}Hi Laura,"));
            let next = lines[at + 1];
            assert!(
                next.starts_with(indent) && !next[indent.len()..].starts_with(' '),
                "{lang} {file}: {brief}"
            );
            let joined = format!("{} {}", lines[at].trim(), next.trim());
            assert_eq!(joined, long, "{lang} {file}: {brief}");
            let regards = format!("{indent}Regards, Priya");
            assert!(lines.contains(&regards.as_str()), "{lang} {file}: {brief}");
            // A quote within it repeats its `> ` on each of its lines.
            let start = lines
                .iter()
                .position(|l| l.contains("> On 20 Nov"))
                .unwrap_or_else(|| panic!("{lang} {file}: {brief}"));
            assert!(
                lines[start + 1].starts_with(&format!("{indent}> ")),
                "{lang} {file}: {brief}"
            );
            // The link stays whole.
            assert!(brief.contains(&link), "{lang} {file}: {brief}");
        }
    }
}

#[test]
fn a_fragment_after_a_label_or_heading_keeps_its_letter_and_a_sentence_is_made_one() {
    let fragments = ready_with(&[
        ("partner-contact.partner-answer", "only an automatic reply"),
        (
            "context.impact",
            "ca 4000 EUR Umsatz pro Tag, Weihnachtsgeschäft",
        ),
    ]);
    let sentences = ready_with(&[(
        "partner-contact.partner-answer",
        "they said the mapping was never part of the statement of work",
    )]);
    for (lang, answer) in [("en", "Their answer: "), ("de", "Antwort des Partners: ")] {
        let brief = written(lang, &fragments, "--brief", "brief.txt");
        assert!(
            brief.contains(&format!("{answer}only an automatic reply\n")),
            "{lang}: {brief}"
        );
        assert!(
            brief.contains("\nca 4000 EUR Umsatz pro Tag, Weihnachtsgeschäft.\n"),
            "{lang}: {brief}"
        );
        let brief = written(lang, &sentences, "--brief", "brief.txt");
        assert!(
            brief.contains(&format!(
                "{answer}They said the mapping was never part of the statement of work.\n"
            )),
            "{lang}: {brief}"
        );
    }
}

#[test]
fn an_outcome_that_repeats_the_ask_is_said_once_and_one_that_adds_a_date_is_kept() {
    let ask =
        "call Daniel Hart and get a fixed quote to finish or a handover plan from Kestrel by 9 Dec";
    let repeated = "a fixed quote to finish or they hand over the code, by 9 Dec";
    let more = "a fixed quote to finish, signed by 16 Dec";
    for (lang, label) in [("en", "Outcome wanted:"), ("de", "Gewünschtes Ergebnis:")] {
        for (outcome, kept) in [(repeated, false), (more, true)] {
            let answers = ready_with(&[
                ("context.ask", "other"),
                ("context.ask-other", ask),
                ("context.outcome", outcome),
            ]);
            let brief = written(lang, &answers, "--brief", "brief.txt");
            assert_eq!(
                count(&brief, "Daniel Hart and get a fixed quote"),
                1,
                "{lang}: {brief}"
            );
            assert_eq!(brief.contains(label), kept, "{lang} {outcome}: {brief}");
            assert_eq!(
                brief.contains(&outcome[2..]),
                kept,
                "{lang} {outcome}: {brief}"
            );
        }
    }
}
