//! The documents in the form their file names: `.md`, `.txt` and `.eml`,
//! for the brief and the message to the partner, in both languages, pinned
//! by snapshots; the email draft read back by a standard parser; hostile
//! text shown as typed in plain text; the answer-by date against a near
//! date at risk; no message for a resolved concern.

use crate::common::{READY, TODAY, Test, ready_with};
use mail_parser::{MessageParser, MimeHeaders};

/// Not raised yet, with all the message to the partner uses.
const NOT_RAISED: &[(&str, &str)] = &[
    ("scope.reviewed-deliverables", "yes"),
    ("scope.deliverables-added", "yes"),
    ("scope.planning-impact", "yes"),
    ("partner-contact.raised", "not-yet"),
    (
        "specificity.examples",
        "ticket ACME-1234, opened 2026-11-02",
    ),
    (
        "specificity.examples",
        "https://mail.example.com/thread/881",
    ),
    (
        "specificity.problem",
        "The agency is slow and everything takes forever.",
    ),
    (
        "context.problem-for-partner",
        "Since 2 November guest checkout fails on the live shop.\nThe error shows for every guest order.",
    ),
    ("context.partner", "ACME Commerce"),
    ("context.project", "Shop relaunch (SOW-2026-014)"),
    (
        "context.impact",
        "The relaunch campaign is booked and paid for.",
    ),
    ("context.at-risk", "2026-12-15"),
    ("context.at-risk-what", "the relaunch campaign starts"),
    (
        "context.merchant",
        "Example Retail GmbH, org 1A2B3C@AdobeOrg",
    ),
    (
        "context.outcome",
        "Guest checkout working again by 8 December",
    ),
    ("scope.clause", "SOW-2026-014, section 4.2; fixed price"),
    ("partner-contact.partner-person", "Hr. Tom Wagner (PM)"),
    (
        "context.contact",
        "Jana Weber, head of e-commerce\n+49 30 1234567, mornings",
    ),
];

/// The brief's answers: ready, with the context the brief shows.
fn brief_answers() -> Vec<(&'static str, &'static str)> {
    ready_with(&[
        ("context.project", "Shop relaunch (SOW-2026-014)"),
        (
            "context.impact",
            "The relaunch campaign is booked and paid for.",
        ),
        ("context.at-risk", "2026-12-15"),
        ("context.contact", "Jana Weber, +49 30 1234567"),
    ])
}

/// [`READY`] with the concern `raised` as given: not yet or resolved,
/// so without the date it was raised on; and `changes`.
fn raised<'a>(raised: &'a str, changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    ready_with(changes)
        .into_iter()
        .filter(|(key, _)| !key.starts_with("partner-contact."))
        .chain([("partner-contact.raised", raised)])
        .collect()
}

/// The file `check` writes with `answers` and `flag FILE`, in `lang`.
fn written(lang: &str, answers: &[(&str, &str)], flag: &str, file: &str, code: i32) -> String {
    Test::new()
        .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
        .answers(answers)
        .args([flag, file])
        .run()
        .exits(code)
        .read(file)
}

/// The parts of an email draft that differ from run to run in no way, but
/// from version to version of the builder: kept out of the snapshots.
fn stable(eml: &str) -> String {
    let boundary = regex::Regex::new(r"escalate-[0-9a-f]{16}-\d+").unwrap();
    let id = regex::Regex::new(r"<[0-9a-f]{16}@([^>]+)>").unwrap();
    let eml = boundary.replace_all(eml, "[boundary]");
    id.replace_all(&eml, "<[id]@$1>").into_owned()
}

#[test]
fn snapshots_of_the_brief_and_the_note_in_every_form_and_language() {
    let brief = brief_answers();
    for lang in ["en", "de"] {
        for ext in ["md", "txt", "eml"] {
            let file = format!("brief.{ext}");
            let text = written(lang, &brief, "--brief", &file, 0);
            let text = if ext == "eml" { stable(&text) } else { text };
            insta::assert_snapshot!(format!("brief_{ext}_{lang}"), text);
            let file = format!("note.{ext}");
            let text = written(lang, NOT_RAISED, "--partner-note", &file, 1);
            let text = if ext == "eml" { stable(&text) } else { text };
            insta::assert_snapshot!(format!("note_{ext}_{lang}"), text);
        }
    }
}

#[test]
fn the_email_draft_opens_as_a_message_to_send() {
    for (flag, answers, code) in [
        ("--brief", brief_answers(), 0),
        ("--partner-note", NOT_RAISED.to_vec(), 1),
    ] {
        for lang in ["en", "de"] {
            let mut test = Test::new()
                .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
                .answers(&answers)
                .args([flag, "draft.eml"]);
            if flag == "--brief" {
                test = test.args(["--csm-email", "csm@example.com"]);
            }
            let out = test.run().exits(code);
            let bytes = std::fs::read(out.path("draft.eml")).unwrap();
            let message = MessageParser::default().parse(&bytes).expect("a message");
            let context = format!("{flag} {lang}");
            let subject = message.subject().expect("a subject");
            let about = if flag == "--brief" {
                "Eskalation"
            } else {
                "Example Retail"
            };
            let about = if lang == "en" {
                about.replace("Eskalation", "Escalation")
            } else {
                about.to_owned()
            };
            assert!(subject.contains(&about), "{context}: {subject}");
            let unsent = message.header_raw("X-Unsent").map(str::trim);
            assert_eq!(unsent, Some("1"), "{context}");
            let to = message
                .to()
                .and_then(|to| to.first())
                .and_then(|a| a.address());
            let expected_to = (flag == "--brief").then_some("csm@example.com");
            assert_eq!(to, expected_to, "{context}");
            let text = message.body_text(0).expect("a plain-text part");
            let html = message.body_html(0).expect("an HTML part");
            assert_eq!(message.text_body_count(), 1, "{context}");
            assert_eq!(message.html_body_count(), 1, "{context}");
            let said = if flag == "--brief" {
                "Since 3 November guest checkout fails on the live shop."
            } else {
                "Since 2 November guest checkout fails on the live shop."
            };
            assert!(text.contains(said), "{context}: {text}");
            assert!(html.contains(said), "{context}: {html}");
            assert!(
                !text.contains('*') && !text.contains('\\'),
                "{context}: {text}"
            );
            let part = message.part(message.text_body[0]).unwrap();
            let charset = part.content_type().and_then(|c| c.attribute("charset"));
            assert_eq!(charset, Some("utf-8"), "{context}");
        }
    }
}

#[test]
fn the_same_draft_on_the_same_day_is_the_same_file() {
    let run = || {
        let out = Test::new()
            .args(["check", "--no-input", "--today", TODAY])
            .answers(&brief_answers())
            .args(["--brief", "brief.eml"])
            .run()
            .exits(0);
        std::fs::read(out.path("brief.eml")).unwrap()
    };
    assert_eq!(run(), run());
}

/// Text that means something to Markdown or to a mail client.
const HOSTILE: &[&str] = &[
    "*bold* and _under_ and `code`",
    "# not a heading",
    "Katrin Vogel <a@b.de>",
    "[thread](https://mail.example.com/t/1)",
    "12. November",
    "C:\\shop\\var\\log and a \\* star",
    "- not a list",
    "&amp; stays &amp;",
];

#[test]
fn plain_text_shows_hostile_text_as_typed() {
    for text in HOSTILE {
        let note: Vec<(&str, &str)> = NOT_RAISED
            .iter()
            .copied()
            .filter(|(key, _)| !key.starts_with("specificity.examples"))
            .map(|(key, value)| match key {
                "context.problem-for-partner" | "context.impact" => (key, *text),
                _ => (key, value),
            })
            .chain([("specificity.examples", *text)])
            .collect();
        let out = written("en", &note, "--partner-note", "note.txt", 1);
        // A paragraph ends as a sentence, but for an address or a link,
        // which a full stop would join.
        let address = text.contains('@') || text.contains("://");
        let paragraph = if address {
            text.to_string()
        } else {
            format!("{text}.")
        };
        assert!(
            out.contains(&format!("\n{paragraph}\n")),
            "{text:?} as a paragraph:\n{out}"
        );
        assert!(
            out.contains(&format!("\n- {text}\n")),
            "{text:?} as an entry:\n{out}"
        );
        let brief = ready_with(&[
            ("specificity.problem", text),
            ("specificity.examples", text),
        ]);
        let out = written("en", &brief, "--brief", "brief.txt", 0);
        assert!(out.contains(text), "{text:?} in the brief:\n{out}");
        assert!(
            !out.contains("##") && !out.contains("**"),
            "{text:?}:\n{out}"
        );
    }
}

#[test]
fn a_document_file_names_its_form_or_is_refused() {
    for flag in ["--brief", "--partner-note"] {
        let out = Test::new()
            .args(["check", "--no-input", "--today", TODAY])
            .answers(READY)
            .args([flag, "brief.html"])
            .run()
            .exits(2);
        let said = out.refused();
        for form in [".md", ".txt", ".eml", "brief.html"] {
            assert!(said.contains(form), "{form} not in {said}");
        }
        assert!(!out.path("brief.html").exists());
    }
    let said = Test::new()
        .args(["--lang", "de", "check", "--no-input", "--today", TODAY])
        .answers(READY)
        .args(["--brief", "briefing"])
        .run()
        .exits(2)
        .refused();
    assert!(said.contains("E-Mail-Entwurf"), "{said}");
}

#[test]
fn a_bad_address_for_the_draft_is_refused() {
    for bad in [
        "csm",
        "csm@example.com\nBcc: x@example.com",
        "Petra Lang <csm@example.com",
    ] {
        let out = Test::new()
            .args(["check", "--no-input", "--today", TODAY])
            .answers(READY)
            .args(["--brief", "brief.eml", "--csm-email", bad])
            .run()
            .exits(2);
        assert!(
            out.stderr().contains("expected an email address"),
            "{}",
            out.stderr()
        );
        assert!(!out.path("brief.eml").exists());
    }
}

/// The note asks for an answer by a working day, before the date at risk;
/// the step to raise the concern says the same day.
#[test]
fn the_note_and_the_step_ask_for_the_same_working_day() {
    // Wednesday 25 Nov 2026: three working days end on Monday 30 Nov,
    // unless the date at risk leaves the CSM no working day after them.
    for (at_risk, day, step, iso) in [
        (
            "2026-12-15",
            "by Monday, 30 Nov 2026",
            "30 Nov 2026",
            Some("2026-11-30"),
        ),
        (
            "2026-11-30",
            "by Thursday, 26 Nov 2026",
            "26 Nov 2026",
            Some("2026-11-26"),
        ),
        (
            "2026-11-27",
            "tell me today",
            "25 Nov 2026",
            Some("2026-11-25"),
        ),
        ("2026-11-26", "tell me today", "too near to wait", None),
    ] {
        // The live shop works: its partner has three working days.
        let up = ("context.severity", "degraded");
        // An outcome with no day of its own: the note's day is asked.
        let untimed = ("context.outcome", "checkout working again");
        let answers = raised("not-yet", &[("context.at-risk", at_risk), up, untimed]);
        let run = |format: &str| {
            Test::new()
                .args(["check", "--no-input", "--today", TODAY, "--format", format])
                .answers(&answers)
                .args(["--partner-note", "note.txt"])
                .run()
                .exits(1)
        };
        let out = run("text");
        let note = crate::common::unwrapped(&out.read("note.txt"));
        assert!(note.contains(day), "{at_risk}: {note}");
        assert!(!note.contains("28 Nov"), "{note}");
        assert!(out.stdout().contains(step), "{}", out.stdout());
        let raise = raise_step(&run("json").json());
        assert_eq!(raise["date"].as_str(), iso, "{at_risk}");
    }
}

/// The answer-by day skips the public holidays of the merchant's country
/// (the locale's region, else Germany for a run in German, else the days
/// nearly every country keeps), and stays before the date at risk.
#[test]
fn the_answer_by_day_skips_the_public_holidays_of_the_merchants_country() {
    // (language, locale, today, date at risk, the answer-by day)
    for (lang, locale, today, at_risk, by) in [
        // Tuesday 22 Dec 2026: 25 and 26 Dec are off everywhere.
        ("en", None, "2026-12-22", None, "2026-12-28"),
        ("de", None, "2026-12-22", None, "2026-12-28"),
        // Boxing Day on a Saturday is kept on Monday 28 Dec in Britain.
        ("en", Some("en_GB.UTF-8"), "2026-12-22", None, "2026-12-29"),
        // Thanksgiving, 26 Nov 2026, for a merchant in the United States.
        ("en", Some("en_US.UTF-8"), "2026-11-24", None, "2026-11-30"),
        ("en", None, "2026-11-24", None, "2026-11-27"),
        // 4 July 2026, a Saturday, is kept on Friday 3 July.
        ("en", Some("en_US.UTF-8"), "2026-06-30", None, "2026-07-06"),
        ("de", None, "2026-06-30", None, "2026-07-03"),
        // Good Friday and Easter Monday 2027 in Germany.
        ("de", None, "2027-03-24", None, "2027-03-31"),
        ("en", None, "2027-03-24", None, "2027-03-29"),
        // Austria's national day, Monday 26 Oct 2026.
        ("de", Some("de_AT.UTF-8"), "2026-10-21", None, "2026-10-27"),
        ("de", Some("de_DE.UTF-8"), "2026-10-21", None, "2026-10-26"),
        // At risk on Tuesday 29 Dec: the CSM's day is Monday 28 Dec, the
        // answer is asked by Thursday 24 Dec, never after either.
        ("en", None, "2026-12-21", Some("2026-12-29"), "2026-12-24"),
        ("de", None, "2026-12-21", Some("2026-12-29"), "2026-12-24"),
    ] {
        let up = ("context.severity", "degraded");
        let mut changes = vec![up];
        changes.extend(at_risk.map(|day| ("context.at-risk", day)));
        let answers = raised("not-yet", &changes);
        let mut test = Test::new()
            .args(["--lang", lang, "check", "--no-input", "--today", today])
            .args(["--format", "json"])
            .answers(&answers);
        if let Some(locale) = locale {
            test = test.env("LANG", locale);
        }
        let raise = raise_step(&test.run().exits(1).json());
        assert_eq!(
            raise["date"].as_str(),
            Some(by),
            "{lang} {locale:?} {today}"
        );
    }
}

#[test]
fn a_resolved_concern_gets_no_message() {
    let answers = raised("resolved", &[]);
    for (lang, said) in [("en", "was not written"), ("de", "wurde nicht angelegt")] {
        let out = Test::new()
            .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
            .answers(&answers)
            .args(["--partner-note", "note.txt"])
            .run()
            .exits(3);
        assert!(!out.path("note.txt").exists());
        let stderr = out.stderr();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(
            stderr.contains(said) && stderr.contains("note.txt"),
            "{stderr}"
        );
    }
}

/// A pasted reply keeps its lines in plain text, indented under its
/// heading, with no quote marks or escapes.
#[test]
fn plain_text_indents_a_pasted_reply_line_by_line() {
    let reply = "Hi Jana,\n\nwe are looking into it *soon*.\nTom";
    let brief = ready_with(&[("partner-contact.partner-answer", reply)]);
    let out = written("en", &brief, "--brief", "brief.txt", 0);
    let indented = "    Hi Jana,\n\n    we are looking into it *soon*.\n    Tom\n";
    assert!(out.contains(indented), "{out}");
    assert!(!out.contains("> ") && !out.contains("\\*"), "{out}");
}

/// The next step of a JSON `report` that says to raise the concern with
/// the partner.
fn raise_step(report: &serde_json::Value) -> serde_json::Value {
    report["next_steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["key"] == "partner-contact.raised")
        .unwrap()
        .clone()
}

/// One rule ends the user's text after a label, wherever it stands (a
/// list entry, a line of its own) and in every form: a value ("section
/// 4.2") as it was given, a sentence ("they said …") with a capital and a
/// full stop; marks at its end stay marks, with no escape in plain text.
#[test]
fn a_value_after_a_label_ends_by_one_rule_in_every_form() {
    let sentence = "they said the mapping was never part of the statement of work";
    let ended = "They said the mapping was never part of the statement of work.";
    let marked = "we asked them three times and nothing came back at all ===";
    let answers = ready_with(&[
        ("scope.clause", sentence),
        ("specificity.evidence-where", sentence),
        ("context.outcome", marked),
        ("context.environment", "www.example.com, staging too"),
        ("context.cloud-project", "==="),
    ]);
    for file in ["brief.md", "brief.txt", "brief.eml"] {
        let out = written("en", &answers, "--brief", file, 0);
        let text = match file.strip_suffix(".eml") {
            Some(_) => {
                let message = MessageParser::default().parse(out.as_bytes()).unwrap();
                message.body_text(0).unwrap().into_owned()
            }
            None => out,
        };
        let said = crate::common::unwrapped(&text);
        let bold = |label: &str| match file {
            "brief.md" => format!("**{label}:**"),
            _ => format!("{label}:"),
        };
        let marks = match file {
            "brief.md" => "\\===",
            _ => "===",
        };
        for line in [
            format!("{} {ended}", bold("At issue")),
            // The place of the originals goes on a sentence of the
            // brief's own: in lower case, and ended.
            format!("Originals: {sentence}."),
            format!(
                "{} We asked them three times and nothing came back at all ===.",
                bold("Outcome wanted")
            ),
            format!("{} www.example.com, staging too\n", bold("Environment")),
            format!("{} {marks}\n", bold("Cloud project")),
        ] {
            assert!(said.contains(&line), "{file}: {line:?} not in:\n{said}");
        }
    }
}

#[test]
fn the_note_as_a_draft_is_from_the_merchant_and_answers_in_the_partners_thread() {
    // The merchant's address gives the draft its From: and its message
    // id's domain; a reply pasted with its header gives "Re:"/"AW:" and
    // its subject, without the marks before it.
    let answer = "From: Dana Whitfield <dana@pixelloom.example>\nSent: Wednesday, December 2, 2026 4:51 PM\nSubject: RE: AW: Search slowness on the live site\n\nHi Leo, we are looking into it.";
    for (lang, subject) in [
        ("en", "Re: Search slowness on the live site"),
        ("de", "AW: Search slowness on the live site"),
    ] {
        let answers = ready_with(&[
            (
                "context.contact",
                "Leo Martins, director, leo@crestline.example, +1 503 555 0199",
            ),
            ("partner-contact.partner-answer", answer),
        ]);
        let out = Test::new()
            .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
            .answers(&answers)
            .args(["--partner-note", "note.eml"])
            .run();
        let bytes = std::fs::read(out.path("note.eml")).unwrap();
        let message = MessageParser::default().parse(&bytes).expect("a message");
        assert_eq!(message.subject(), Some(subject), "{lang}");
        let from = message.from().and_then(|f| f.first()).expect("a From:");
        assert_eq!(from.address(), Some("leo@crestline.example"), "{lang}");
        assert_eq!(from.name(), Some("Leo Martins"), "{lang}");
        let id = message.message_id().expect("a Message-ID");
        assert!(id.ends_with("@crestline.example"), "{id}");
        // The text form's subject, said at the terminal, is the same.
        let out = Test::new()
            .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
            .answers(&answers)
            .args(["--partner-note", "note.txt"])
            .run();
        assert!(out.stderr().contains(subject), "{}", out.stderr());
    }
    // Without the merchant's address: no From:, and an id that names no
    // tool; without a subject in the reply, the note's own.
    let out = Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .answers(NOT_RAISED)
        .args(["--partner-note", "note.eml"])
        .run();
    let bytes = std::fs::read(out.path("note.eml")).unwrap();
    let message = MessageParser::default().parse(&bytes).expect("a message");
    assert!(message.from().is_none());
    let id = message.message_id().expect("a Message-ID");
    assert!(id.ends_with("@localhost"), "{id}");
    assert!(!id.contains("escalate"), "{id}");
    assert!(message.subject().unwrap().starts_with("Example Retail"));
}

#[test]
fn a_note_to_a_pasted_reply_goes_to_its_sender_in_its_thread() {
    let reply = |id: &str| {
        format!(
            "From: Dan Foster <dan@partner.example>\nSent: 20 November 2026 18:02\n{id}Subject: RE: Sync\n\nHi Jana,\n\nWe are looking into it.\n\n-----Original Message-----\nFrom: Jana Weber <jana@example.com>\nMessage-ID: <older@example.com>\nSubject: Sync\n\nPlease fix the sync."
        )
    };
    let draft = |answer: &str, person: Option<&str>| {
        let mut answers = ready_with(&[
            ("context.contact", "Jana Weber, jana@example.com"),
            ("partner-contact.partner-answer", answer),
        ]);
        answers.retain(|(key, _)| *key != "partner-contact.partner-person");
        answers.extend(person.map(|p| ("partner-contact.partner-person", p)));
        let out = Test::new()
            .args(["check", "--no-input", "--today", TODAY])
            .answers(&answers)
            .args(["--partner-note", "note.eml"])
            .run();
        std::fs::read(out.path("note.eml")).unwrap()
    };
    // To its latest sender, threaded by the id it carries.
    let bytes = draft(&reply("Message-ID: <r42@partner.example>\n"), None);
    let message = MessageParser::default().parse(&bytes).expect("a message");
    let to = message.to().and_then(|t| t.first()).expect("a To:");
    assert_eq!(to.address(), Some("dan@partner.example"));
    assert_eq!(to.name(), Some("Dan Foster"));
    assert_eq!(message.in_reply_to().as_text(), Some("r42@partner.example"));
    assert_eq!(message.references().as_text(), Some("r42@partner.example"));
    // No id in the paste: none invented; the contact's own address wins.
    let bytes = draft(&reply(""), Some("Dan Foster, dan.f@partner.example"));
    let message = MessageParser::default().parse(&bytes).expect("a message");
    let to = message.to().and_then(|t| t.first()).expect("a To:");
    assert_eq!(to.address(), Some("dan.f@partner.example"));
    assert!(message.in_reply_to().is_empty());
    // A reply with no address: no To: at all.
    let bytes = draft("We are looking into it.", None);
    let message = MessageParser::default().parse(&bytes).expect("a message");
    assert!(message.to().is_none());
}
