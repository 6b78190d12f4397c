//! The brief as its reader, a CSM with many accounts, needs it: what they
//! would ask for is said before the brief is written (on stderr and in the
//! JSON report); the ask in the merchant's words and who can decide at the
//! partner; each fact once; a short subject; absolute dates only; no full
//! stop glued to an address; a text form that pastes whole into a mail
//! body; German as a native reader writes it.

use crate::common::{READY, TODAY, Test, ready_with};

/// [`READY`] without the answers to `keys`.
fn without<'a>(keys: &[&str]) -> Vec<(&'a str, &'a str)> {
    READY
        .iter()
        .filter(|(key, _)| !keys.contains(key))
        .copied()
        .collect()
}

/// `check --no-input` in `lang` with `answers` and `args`.
fn check(lang: &str, answers: &[(&str, &str)], args: &[&str]) -> crate::common::Outcome {
    Test::new()
        .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
        .answers(answers)
        .args(args)
        .run()
}

/// The brief `check` writes as text in `lang` with `answers`; it must be
/// ready.
fn written_brief(lang: &str, answers: &[(&str, &str)]) -> String {
    let brief = check(lang, answers, &["--brief", "b.txt"])
        .exits(0)
        .read("b.txt");
    crate::common::unwrapped(&brief)
}

#[test]
fn each_gap_is_one_warning_on_stderr_and_in_the_json_with_its_kind_and_key() {
    // No company named (a placeholder): the account is how the CSM
    // finds it.
    let gaps = [
        ("context.merchant", "company"),
        ("context.account-id", "account-id"),
        ("context.cloud-project", "cloud-project"),
        ("context.ask-other", "request-action"),
        ("context.outcome", "outcome"),
        ("partner-contact.decider", "decider"),
        // Not answered: how the CSM sees them is not said.
        ("specificity.evidence-access", "evidence-how"),
    ];
    let keys: Vec<&str> = gaps.iter().map(|(key, _)| *key).collect();
    let mut answers = without(&keys);
    // The commercial question, chosen without saying what to do on it.
    answers.retain(|(key, _)| *key != "context.ask");
    answers.push(("context.ask", "commercial"));
    answers.push(("context.merchant", "n/a"));
    // With no outcome to press for (one given is what the CSM presses
    // the partner for): the outcome is a gap of its own.
    answers.retain(|(key, _)| *key != "context.outcome");
    answers.push(("context.outcome", "tbd"));
    // The CSM is to speak to the merchant first: no number for the
    // contact is wanted.
    answers.retain(|(key, _)| *key != "partner-contact.decider-contact");
    answers.push(("partner-contact.decider-contact", "me-first"));
    let out = check("en", &answers, &["--brief", "b.md", "--format", "json"]).exits(0);
    let stderr = out.stderr();
    let said: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("Your CSM will ask"))
        .collect();
    assert_eq!(said.len(), gaps.len(), "{stderr}");
    let json = out.json();
    let warned: Vec<(String, String)> = json["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["kind"] == "csm-will-ask")
        .map(|w| {
            (
                w["key"].as_str().unwrap().into(),
                w["gap"].as_str().unwrap().into(),
            )
        })
        .collect();
    let expected: Vec<(String, String)> = gaps
        .iter()
        .map(|(k, g)| ((*k).into(), (*g).into()))
        .collect();
    assert_eq!(warned, expected);
    for (key, line) in keys.iter().zip(&said) {
        assert!(line.contains(key), "{line}");
    }
    assert!(said[1].contains("Admin Console"), "{}", said[1]);
    assert!(said[2].contains("Cloud Console"), "{}", said[2]);
}

#[test]
fn a_filled_case_has_no_gap_and_a_check_without_a_document_looks_for_none() {
    let out = check("en", READY, &["--brief", "b.md"]).exits(0);
    assert!(!out.stderr().contains("will ask"), "{}", out.stderr());
    let bare = without(&["context.account-id", "partner-contact.decider"]);
    let out = check("en", &bare, &["--format", "json"]).exits(0);
    assert!(!out.stderr().contains("will ask"), "{}", out.stderr());
    assert_eq!(out.json()["warnings"], serde_json::json!([]));
}

#[test]
fn identifiers_typed_elsewhere_are_recognised_by_their_form() {
    let answers = ready_with(&[
        (
            "context.merchant",
            "Example Retail GmbH, 1A2B3C4D5E6F7A8B9C0D1E2F@AdobeOrg",
        ),
        (
            "context.environment",
            "www.example.com, cloud project vc7x2kq9pzl4m",
        ),
    ]);
    let answers: Vec<_> = answers
        .into_iter()
        .filter(|(k, _)| !["context.account-id", "context.cloud-project"].contains(k))
        .collect();
    let out = check("en", &answers, &["--brief", "b.md"]).exits(0);
    assert!(!out.stderr().contains("will ask"), "{}", out.stderr());
    // Said, but not found: still a gap.
    let vague = ready_with(&[
        ("context.account-id", "don't have it handy"),
        ("context.support-case", "none yet"),
        ("context.contact", "Mia Price, mprice@example.com"),
        ("partner-contact.partner-person", "Priya"),
        ("context.outcome", "a rollback or a fix"),
    ]);
    let out = check("en", &vague, &["--brief", "b.md"]).exits(0);
    // The account of a company named is no gap, and words that name
    // none are not shown: the CSM knows the account by the name.
    assert!(
        !out.stderr().contains("(context.account-id)"),
        "{}",
        out.stderr()
    );
    assert!(!out.read("b.md").contains("handy"), "{}", out.read("b.md"));
    // "none yet" for the support case with the shop down: the ask helps
    // open one, nothing is left open for it.
    for key in [
        "context.contact",
        "partner-contact.partner-person",
        "context.outcome",
    ] {
        assert!(
            out.stderr().contains(&format!("({key})")),
            "{key}: {}",
            out.stderr()
        );
    }
}

#[test]
fn the_ask_is_the_merchants_sentence_or_a_request_and_the_decider_is_named() {
    let brief = written_brief("en", READY);
    assert!(
        brief.contains("Bring ACME's account director into a call with me this week."),
        "{brief}"
    );
    assert!(
        brief
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .contains(
                "Decision-maker at the partner: Derek Olsen, account director, +44 20 7946 0321"
            ),
        "{brief}"
    );
    let brief = written_brief("en", &without(&["context.ask-other"]));
    assert!(
        brief.contains("Please set up a call with the partner and me."),
        "{brief}"
    );
    let brief = written_brief("de", &without(&["context.ask-other"]));
    assert!(
        brief.contains("Bitte setzen Sie ein gemeinsames Gespräch mit dem Partner und uns an."),
        "{brief}"
    );
}

#[test]
fn something_else_unsaid_asks_nothing_in_the_brief_and_is_a_gap() {
    let mut answers = without(&["context.ask-other"]);
    answers.retain(|(key, _)| *key != "context.ask");
    answers.push(("context.ask", "other"));
    for lang in ["en", "de"] {
        let out = check(lang, &answers, &["--brief", "b.txt"]).exits(0);
        let brief = out.read("b.txt");
        assert!(!brief.contains("Something else"), "{brief}");
        assert!(!brief.contains("Etwas anderes"), "{brief}");
        assert!(
            out.stderr().contains("context.ask-other"),
            "{}",
            out.stderr()
        );
    }
}

#[test]
fn the_severity_is_said_once_in_the_body_as_its_label_and_in_few_words_in_the_subject() {
    for (lang, label, topic) in [
        (
            "en",
            "the live shop is down or cannot take orders",
            "live shop down",
        ),
        (
            "de",
            "Der Live-Shop ist ausgefallen oder nimmt keine Bestellungen an",
            "Shop ausgefallen",
        ),
    ] {
        let brief = written_brief(lang, READY);
        assert_eq!(brief.matches(label).count(), 1, "{lang}: {brief}");
        assert!(!brief.contains(topic), "{lang}: {brief}");
        let md = check(lang, READY, &["--brief", "b.md"])
            .exits(0)
            .read("b.md");
        let subject = md.lines().next().unwrap();
        assert!(subject.contains(topic), "{lang}: {subject}");
    }
}

#[test]
fn a_shop_that_works_with_errors_or_slowly_is_not_said_to_fail() {
    // Slow pages are degraded too: the few words say what a person would
    // write, not the option's label cut short.
    let degraded = ready_with(&[("context.severity", "degraded")]);
    for (lang, topic) in [("en", "live shop degraded"), ("de", "Live-Shop gestört")] {
        let brief = check(lang, &degraded, &["--brief", "b.md"])
            .exits(0)
            .read("b.md");
        let subject = brief.lines().next().unwrap();
        assert!(
            subject.ends_with(&format!(" \u{2013} {topic}")),
            "{lang}: {subject}"
        );
        assert_eq!(brief.matches(topic).count(), 1, "{lang}: {brief}");
        // Errors or slow pages, as chosen: nothing said to fail.
        assert!(!brief.contains("failing"), "{lang}: {brief}");
    }
}

#[test]
fn the_subject_is_short_with_the_company_the_topic_and_the_date() {
    let long = ready_with(&[
        (
            "context.merchant",
            "Northbay Outfitters Incorporated of Portland, Oregon",
        ),
        ("context.at-risk", "2026-11-27"),
        ("context.severity", "degraded"),
    ]);
    for lang in ["en", "de"] {
        let out = check(lang, &long, &["--brief", "b.txt"]).exits(0);
        let subject = out
            .stderr()
            .lines()
            .find_map(|l| {
                l.split_once(": ")
                    .filter(|_| l.contains("E-Mail") || l.contains("email"))
                    .map(|(_, s)| s.to_owned())
            })
            .unwrap_or_else(|| panic!("{}", out.stderr()));
        // A name that leaves no room takes the subject past an inbox
        // line rather than lose the lead word, the severity or the date.
        assert!(
            subject.starts_with("Escalation: ") || subject.starts_with("Eskalation: "),
            "{subject}"
        );
        assert!(
            ["degraded", "gestört"].iter().any(|s| subject.contains(s)),
            "{subject}"
        );
        assert!(subject.contains("Northbay"), "{subject}");
        assert!(subject.contains("27"), "{subject}");
    }
    // A legal form goes before the name is cut.
    let legal = ready_with(&[("context.merchant", "Hollis Industrial Supply Ltd")]);
    let said = check("en", &legal, &["--brief", "b.txt"]).exits(0).stderr();
    assert!(
        said.contains("Escalation: Hollis Industrial Supply – "),
        "{said}"
    );
    // A date at risk that has passed is missed, in the subject too.
    let out = Test::new()
        .args(["check", "--no-input", "--today", "2026-12-20"])
        .answers(&ready_with(&[("context.at-risk", "2026-12-15")]))
        .args(["--brief", "b.txt"])
        .run()
        .exits(0);
    let said = out.stderr();
    assert!(said.contains("– 15 Dec missed\n"), "{said}");
}

#[test]
fn a_legal_form_leaves_the_subject_whole_never_half_of_it() {
    for (company, short) in [
        ("Radsport Brenner GmbH & Co. KG", "Radsport Brenner"),
        ("Müller & Söhne GmbH & Co. KG", "Müller & Söhne"),
        ("Hanseatic Logistics AG & Co. KGaA", "Hanseatic Logistics"),
        ("Hollis Industrial Supply Ltd.", "Hollis Industrial Supply"),
        ("Northern Rail Components plc", "Northern Rail Components"),
        ("Pacific Outdoor Gear Inc.", "Pacific Outdoor Gear"),
        ("Distribuciones Levante S.A.", "Distribuciones Levante"),
        ("Rotterdamse Tuinmeubelen B.V.", "Rotterdamse Tuinmeubelen"),
        ("Nordic Furniture Holding SE", "Nordic Furniture Holding"),
        ("Brenner GmbH & Co. KG", "Brenner"),
    ] {
        let answers = ready_with(&[("context.merchant", company)]);
        for (lang, lead) in [("en", "Escalation"), ("de", "Eskalation")] {
            let brief = check(lang, &answers, &["--brief", "b.md"])
                .exits(0)
                .read("b.md");
            let subject = brief.lines().next().unwrap();
            let whole = format!("# {lead}: {short} \u{2013} ");
            assert!(subject.starts_with(&whole), "{lang}: {subject}");
        }
    }
    // The note to the partner shortens a company the same way.
    let long = "Müller & Söhne Sanitär und Heizung Großhandel GmbH & Co. KG";
    let answers = ready_with(&[
        ("context.merchant", long),
        ("context.project", "Relaunch"),
        ("partner-contact.raised", "not-yet"),
    ]);
    for lang in ["en", "de"] {
        let note = check(lang, &answers, &["--partner-note", "n.md"]).read("n.md");
        let subject = note.lines().next().unwrap();
        assert!(
            subject.starts_with("# Müller & Söhne Sanitär und Heizung Großhandel"),
            "{lang}: {subject}"
        );
        assert!(!subject.contains("GmbH"), "{lang}: {subject}");
        assert!(subject.chars().count() <= 80, "{lang}: {subject}");
    }
}

#[test]
fn how_the_concern_was_raised_reads_as_a_person_writes_it_not_as_a_category() {
    for (channel, en, de, labels) in [
        (
            "call",
            "Raised with Tom Wagner (project manager) at ACME Commerce by phone on 10 Nov 2026.",
            "Am 10.11.2026 telefonisch beim Partner ACME Commerce angesprochen",
            &["call or meeting", "Telefonat oder Termin"][..],
        ),
        (
            "chat",
            "Raised with Tom Wagner (project manager) at ACME Commerce in a chat on 10 Nov 2026.",
            "Am 10.11.2026 im Chat beim Partner ACME Commerce angesprochen",
            &["Slack", "Teams"],
        ),
        (
            "ticket",
            "Raised with Tom Wagner (project manager) at ACME Commerce in a ticket on 10 Nov 2026.",
            "Am 10.11.2026 per Ticket beim Partner ACME Commerce angesprochen",
            &["ticket system", "Ticketsystem des Partners"],
        ),
        (
            "email",
            "Raised with Tom Wagner (project manager) at ACME Commerce by email on 10 Nov 2026.",
            "Am 10.11.2026 per E-Mail beim Partner ACME Commerce angesprochen",
            &[],
        ),
    ] {
        let answers = ready_with(&[("partner-contact.channel", channel)]);
        for (lang, said) in [("en", en), ("de", de)] {
            let brief = written_brief(lang, &answers);
            assert!(brief.contains(said), "{channel} {lang}: {brief}");
            for &label in labels {
                assert!(!brief.contains(label), "{channel} {lang} {label}: {brief}");
            }
        }
    }
}

#[test]
fn dates_are_absolute_never_an_age_that_goes_stale() {
    let answers = ready_with(&[("context.at-risk", "2026-11-20")]);
    for (lang, ages) in [("en", ["ago", "today,"]), ("de", ["vor ", "Tagen"])] {
        let brief = written_brief(lang, &answers);
        for age in ages {
            assert!(!brief.contains(age), "{lang} {age:?}: {brief}");
        }
    }
}

#[test]
fn no_full_stop_after_an_address_and_a_fragment_starts_with_a_capital() {
    let answers = ready_with(&[
        (
            "context.contact",
            "Mia Price, +1 503 555 0100, mprice@example.com",
        ),
        (
            "context.ask-other",
            "tell me whether this is for Adobe support or for ACME",
        ),
    ]);
    let brief = written_brief("en", &answers);
    assert!(
        brief.contains("\nMia Price, +1 503 555 0100, mprice@example.com\n"),
        "{brief}"
    );
    assert!(
        brief.contains("\nTell me whether this is for Adobe support or for ACME.\n"),
        "{brief}"
    );
}

#[test]
fn the_text_forms_hold_only_the_body_and_the_terminal_says_the_subject() {
    for (flag, code) in [("--brief", 0), ("--partner-note", 0)] {
        let out = check("en", READY, &[flag, "d.txt"]).exits(code);
        let text = out.read("d.txt");
        assert!(!text.contains("Subject"), "{text}");
        assert!(
            out.stderr().contains("Subject for your email: "),
            "{}",
            out.stderr()
        );
        let md = check("en", READY, &[flag, "d.md"]).exits(code).read("d.md");
        assert!(md.starts_with("# "), "{md}");
    }
}

#[test]
fn german_names_no_company_where_it_would_need_an_article_and_no_label_repeats_its_value() {
    let answers = ready_with(&[("scope.clause", "Leistungsbeschreibung v2.1, Abschnitt 5.3")]);
    let brief = written_brief("de", &answers);
    assert!(
        !brief.contains("Strittige Stelle der Leistungsbeschreibung"),
        "{brief}"
    );
    assert!(!brief.contains("Bei ACME"), "{brief}");
    assert!(!brief.contains("mit ACME"), "{brief}");
    assert!(brief.contains("Partner ACME Commerce"), "{brief}");
    assert!(!brief.contains("höhere Stelle"), "{brief}");
}

#[test]
fn show_says_which_document_each_question_feeds() {
    for (lang, brief, note, both) in [
        (
            "en",
            "for the brief: asked only when it is written",
            "for the note to the partner: asked only when it is written",
            "for the brief and the note to the partner",
        ),
        (
            "de",
            "für das Briefing: nur gefragt, wenn es geschrieben wird",
            "für die Nachricht an den Partner: nur gefragt, wenn sie geschrieben wird",
            "für das Briefing und die Nachricht an den Partner",
        ),
    ] {
        let shown = Test::new()
            .args(["--lang", lang, "show"])
            .run()
            .exits(0)
            .stdout();
        let line = |key: &str| {
            shown
                .lines()
                .find(|l| l.trim_start().starts_with(&format!("{key} ")))
                .unwrap_or_else(|| panic!("{key} not in:\n{shown}"))
                .to_owned()
        };
        assert!(line("partner-contact.decider").contains(brief), "{shown}");
        assert!(line("context.severity").contains(brief), "{shown}");
        assert!(
            line("context.problem-for-partner").contains(note),
            "{shown}"
        );
        assert!(line("context.partner").contains(both), "{shown}");
        assert!(
            !line("scope.reviewed-deliverables").contains(both),
            "{shown}"
        );
    }
}

#[test]
#[cfg(unix)]
fn an_email_draft_is_dated_with_the_time_and_zone_it_was_written_in() {
    // SOURCE_DATE_EPOCH unset, or empty, which counts as unset.
    for epoch in [None, Some("")] {
        let test = Test::new()
            .args(["check", "--no-input", "--brief", "b.eml"])
            .answers(READY)
            .env("TZ", "Etc/GMT-5");
        let test = match epoch {
            None => test.env_remove("SOURCE_DATE_EPOCH"),
            Some(value) => test.env("SOURCE_DATE_EPOCH", value),
        };
        let eml = test.run().exits(0).read("b.eml");
        let date = eml.lines().find(|l| l.starts_with("Date: ")).unwrap();
        assert!(date.ends_with(" +0500"), "{epoch:?}: {date}");
    }
    // A fixed clock keeps the draft the same, byte for byte.
    let fixed = check("en", READY, &["--brief", "b.eml"])
        .exits(0)
        .read("b.eml");
    let date = fixed.lines().find(|l| l.starts_with("Date: ")).unwrap();
    assert!(date.ends_with(" 12:00:00 +0000"), "{date}");
}

#[test]
fn whether_the_csm_may_go_to_the_decider_or_what_came_from_higher_up_is_asked_and_said() {
    // Not gone higher, a decider named: may the CSM go to them directly?
    let open = without(&["partner-contact.decider-contact"]);
    let out = check("en", &open, &["--brief", "b.txt"]).exits(0);
    let stderr = out.stderr();
    assert!(
        stderr.contains("(partner-contact.decider-contact)"),
        "{stderr}"
    );
    let brief = written_brief("en", READY);
    assert!(
        brief.contains("You may contact Derek Olsen directly."),
        "{brief}"
    );
    let first = ready_with(&[("partner-contact.decider-contact", "me-first")]);
    let brief = written_brief("de", &first);
    assert!(
        brief.contains("Ich schreibe Derek Olsen zuerst, mit Ihnen in Kopie."),
        "{brief}"
    );
    // Gone higher: when, and what came back, with a day.
    let up = |answer: Option<&'static str>| {
        let mut answers = ready_with(&[("partner-contact.went-up", "yes")]);
        answers.retain(|(key, _)| *key != "partner-contact.decider-contact");
        answers.extend(answer.map(|a| ("partner-contact.went-up-answer", a)));
        answers
    };
    let gap = "(partner-contact.went-up-answer)";
    for answer in [None, Some("wrote to Derek, nothing back")] {
        let out = check("en", &up(answer), &["--brief", "b.txt"]).exits(0);
        assert!(out.stderr().contains(gap), "{answer:?}: {}", out.stderr());
        // Gone higher or not, the CSM asks whether they may go there.
        assert!(
            out.stderr().contains("(partner-contact.decider-contact)"),
            "{}",
            out.stderr()
        );
    }
    let said = "wrote to Derek Olsen on 18 November; he promised a plan, none came";
    let out = check("en", &up(Some(said)), &["--brief", "b.txt"]).exits(0);
    assert!(!out.stderr().contains(gap), "{}", out.stderr());
    // Said as a sentence, after its label.
    let sentence = "Wrote to Derek Olsen on 18 November; he promised a plan, none came.";
    assert!(
        crate::common::unwrapped(&out.read("b.txt")).contains(sentence),
        "{}",
        out.read("b.txt")
    );
}

#[test]
fn the_access_to_the_examples_is_said_only_as_it_is_and_attachments_are_recalled() {
    // Links said to open, none given: a gap, and no sentence about links.
    let links = ready_with(&[("specificity.evidence-access", "links")]);
    let out = check("en", &links, &["--brief", "b.txt"]).exits(0);
    assert!(
        out.stderr().contains("(specificity.evidence-access)"),
        "{}",
        out.stderr()
    );
    let brief = out.read("b.txt");
    // Nothing says links open; the list of what is still open asks for
    // them.
    assert!(!brief.contains("links below"), "{brief}");
    assert!(brief.contains("- The links to the examples\n"), "{brief}");
    let linked = ready_with(&[
        ("specificity.evidence-access", "links"),
        (
            "specificity.evidence-where",
            "https://jira.example.com/PAY-88",
        ),
    ]);
    let out = check("en", &linked, &["--brief", "b.txt"]).exits(0);
    assert!(!out.stderr().contains("will ask"), "{}", out.stderr());
    let brief = out.read("b.txt");
    // No example below is a link: none is said to open; the link stands
    // where the examples are.
    assert!(!brief.contains("The links below open"), "{brief}");
    assert!(brief.contains("https://jira.example.com/PAY-88"), "{brief}");
    // Attached: said so truly, and recalled for an email or a text.
    let reminder = "attach the emails, screenshots or exported tickets";
    for (file, recalled) in [("b.eml", true), ("b.txt", true), ("b.md", false)] {
        let out = check("en", READY, &["--brief", file]).exits(0);
        assert_eq!(
            out.stderr().contains(reminder),
            recalled,
            "{file}: {}",
            out.stderr()
        );
        let brief = out.read(file);
        assert!(!brief.contains("attached to this email"), "{brief}");
    }
    let out = check("de", READY, &["--brief", "b.eml"]).exits(0);
    assert!(
        out.stderr().contains("bevor Sie die E-Mail senden"),
        "{}",
        out.stderr()
    );
    let out = check("en", &links, &["--brief", "b.eml"]).exits(0);
    assert!(!out.stderr().contains(reminder), "{}", out.stderr());
}

#[test]
fn the_merchants_position_on_the_partners_answer_is_asked_and_follows_it() {
    let answered = ready_with(&[
        ("partner-contact.partner-answer", "Outside our SOW."),
        ("partner-contact.position", ""),
    ]);
    let out = check("en", &answered, &["--brief", "b.txt"]).exits(0);
    assert!(
        out.stderr().contains("(partner-contact.position)"),
        "{}",
        out.stderr()
    );
    // Given with no answer from the partner: not asked for.
    let out = check("en", READY, &["--brief", "b.txt"]).exits(0);
    assert!(!out.stderr().contains("position"), "{}", out.stderr());
    let said = "It is in CR-07, which they delivered; SLA invoked in writing on 20 Nov 2026.";
    let with = ready_with(&[
        ("partner-contact.partner-answer", "Outside our SOW."),
        ("partner-contact.position", said),
    ]);
    let brief = written_brief("en", &with);
    let answer = brief.find("Their answer: Outside our SOW.");
    let position = brief.find(&format!("My position on it: {said}"));
    assert!(answer.is_some() && position > answer, "{brief}");
    let brief = written_brief("de", &with);
    assert!(
        brief.contains("Meine Sicht dazu: It is in CR-07"),
        "{brief}"
    );
}

#[test]
fn dates_names_and_the_parts_a_csm_needs_are_checked_for_what_they_say() {
    let gaps = |lang, answers: &[(&str, &str)]| {
        let out = check(lang, answers, &["--brief", "b.txt"]).exits(0);
        (out.stderr(), out.read("b.txt"))
    };
    // A number alone is no date; a role in brackets is a role; a first
    // name alone is no name; a problem without since when, an undated
    // answer, no impact and no product are asked for.
    let mut vague = ready_with(&[
        (
            "context.outcome",
            "Seiten wieder unter 1 s vor Weihnachtsgeschäft",
        ),
        (
            "partner-contact.partner-person",
            "Kevin Roth (Teamlead Dev)",
        ),
        ("partner-contact.decider", "Amy, Geschäftsführerin"),
        ("specificity.problem", "Die Agentur meldet sich nicht mehr."),
        ("partner-contact.partner-answer", "Wir sind dran."),
        ("partner-contact.position", "Das reicht nicht."),
        ("context.product", ""),
        ("context.at-risk", "2026-12-15"),
    ]);
    vague.retain(|(key, _)| *key != "context.impact");
    let (said, brief) = gaps("de", &vague);
    for key in [
        "(partner-contact.decider)",
        "(specificity.problem)",
        "(context.impact)",
        "(context.product)",
    ] {
        assert!(said.contains(key), "{key}: {said}");
    }
    assert!(!said.contains("(partner-contact.partner-person)"), "{said}");
    assert!(brief.contains("Kevin Roth (Teamlead Dev)"), "{brief}");
    // The date at risk bounds the outcome; without it, the number alone
    // names no day, and the day is asked for.
    assert!(!said.contains("(context.outcome)"), "{said}");
    vague.retain(|(key, _)| *key != "context.at-risk");
    assert!(gaps("de", &vague).0.contains("(context.outcome)"));
    // A date at risk alone is said in the first lines, with no heading.
    assert!(!brief.contains("Geschäftliche Auswirkungen"), "{brief}");
    assert!(brief.contains("Gefährdeter Termin: 15.12.2026."), "{brief}");
    // Said properly, none of them is asked for.
    let (said, brief) = gaps(
        "en",
        &ready_with(&[
            ("context.outcome", "pages under 1 s by 14 December"),
            (
                "partner-contact.partner-answer",
                "On 18 November: we are on it.",
            ),
            ("partner-contact.position", "Not enough."),
            ("context.impact", "EUR 12,000 a day"),
            ("context.at-risk", "2026-12-15"),
        ]),
    );
    assert!(!said.contains("will ask"), "{said}");
    assert!(brief.contains("Business impact"), "{brief}");
}

#[test]
fn that_nothing_was_added_is_said_only_when_a_clause_is_at_issue() {
    // Not re-read, so no clause is asked: the case is not ready, and its
    // draft brief says nothing of what was added.
    let mut unrelated = ready_with(&[
        ("scope.deliverables-added", "no"),
        ("scope.reviewed-deliverables", "no"),
    ]);
    let scope = [
        "scope.clause",
        "scope.added-detail",
        "scope.planning-impact",
    ];
    unrelated.retain(|(key, _)| !scope.contains(key));
    let brief = check("en", &unrelated, &["--brief", "b.txt"])
        .exits(1)
        .read("b.txt");
    assert!(!brief.contains("No deliverables were added"), "{brief}");
    // A clause, whatever the severity.
    for severity in ["launch-blocked", "live-down", "degraded", "delay"] {
        let mut disputed = ready_with(&[
            ("scope.deliverables-added", "no"),
            ("context.severity", severity),
        ]);
        disputed.retain(|(key, _)| !scope[1..].contains(key));
        let brief = written_brief("en", &disputed);
        assert!(
            brief.contains("No deliverables were added"),
            "{severity}: {brief}"
        );
    }
}

#[test]
fn the_brief_as_an_email_or_text_opens_with_a_greeting_and_ends_signed() {
    for (lang, hello, regards) in [
        ("en", "Hello,\n\n", "Kind regards,\nJana Weber"),
        (
            "de",
            // One person, not an office.
            "Guten Tag,\n\n",
            "Mit freundlichen Grüßen\nJana Weber",
        ),
    ] {
        let brief = written_brief(lang, READY);
        assert!(brief.starts_with(hello), "{brief}");
        assert!(brief.trim_end().ends_with(regards), "{brief}");
        // The Markdown file is a document, not a letter.
        let md = check(lang, READY, &["--brief", "b.md"])
            .exits(0)
            .read("b.md");
        assert!(!md.contains(hello.trim()), "{md}");
    }
}

#[test]
fn gone_higher_the_brief_says_what_came_back_and_whether_the_csm_may_go_there() {
    let answers = ready_with(&[
        ("partner-contact.went-up", "yes"),
        (
            "partner-contact.went-up-answer",
            "wrote to their MD Derek Olsen on 18 November, no answer",
        ),
        ("partner-contact.decider-contact", "csm"),
    ]);
    for (lang, higher, may) in [
        (
            "en",
            "Escalated at the partner: Wrote to their MD Derek Olsen on 18 November",
            "You may contact Derek Olsen directly.",
        ),
        (
            "de",
            "Eskalation beim Partner: Wrote to their MD Derek Olsen on 18 November",
            "Sie können Derek Olsen gern direkt ansprechen.",
        ),
    ] {
        let out = check(lang, &answers, &["--brief", "b.txt"]).exits(0);
        let brief = crate::common::unwrapped(&out.read("b.txt"));
        assert!(brief.contains(higher), "{lang}: {brief}");
        assert!(brief.contains(may), "{lang}: {brief}");
        assert!(
            !out.stderr().contains("decider-contact"),
            "{}",
            out.stderr()
        );
    }
}

#[test]
fn a_partner_that_never_answered_is_said_to_have_given_no_answer() {
    for (lang, said, none) in [
        (
            "en",
            "There has been no answer so far.",
            ["", "no answer", "Nothing at all so far"],
        ),
        (
            "de",
            "Bisher gibt es keine Antwort.",
            ["", "keine Antwort", "bisher nichts"],
        ),
    ] {
        for answer in none {
            let answers = ready_with(&[("partner-contact.partner-answer", answer)]);
            let brief = check(lang, &answers, &["--brief", "b.txt"])
                .exits(0)
                .read("b.txt");
            assert!(brief.contains(said), "{lang} {answer:?}: {brief}");
            // Not softened, and not quoted as if it were an answer.
            for soft in [
                "clear answer",
                "klare Antwort",
                "Their answer",
                "Ihre Antwort",
                "Antwort des Partners:",
            ] {
                assert!(!brief.contains(soft), "{lang} {answer:?}: {brief}");
            }
        }
    }
    // An answer that says more is theirs, quoted.
    let answers = ready_with(&[(
        "partner-contact.partner-answer",
        "No answer until 24 Nov, then Priya said it is our hosting",
    )]);
    let brief = check("en", &answers, &["--brief", "b.txt"])
        .exits(0)
        .read("b.txt");
    assert!(brief.contains("Priya said"), "{brief}");
    assert!(!brief.contains("There has been no answer"), "{brief}");
}

#[test]
fn a_contact_that_does_not_split_cleanly_is_kept_as_written() {
    for (lang, person) in [
        ("en", "Kevin (on-call engineer) - not sure of surname"),
        ("de", "Kevin (Bereitschaft) – Nachname unbekannt"),
    ] {
        let answers = ready_with(&[("partner-contact.partner-person", person)]);
        let brief = written_brief(lang, &answers);
        assert!(brief.contains(person), "{lang}: {brief}");
        assert!(!brief.contains(") ("), "{lang}: {brief}");
    }
}

#[test]
fn the_business_impact_section_is_there_for_an_impact_and_the_date_at_risk_is_said_once_above() {
    for (lang, heading, date) in [
        ("en", "Business impact", "At risk: Friday, 27 Nov 2026."),
        (
            "de",
            "Geschäftliche Auswirkungen",
            "Gefährdeter Termin: Freitag, 27.11.2026.",
        ),
    ] {
        // A date at risk alone, without what happens then: said once, in
        // the first lines, with no heading over nothing.
        let answers = ready_with(&[("context.impact", "n/a"), ("context.at-risk", "2026-11-27")]);
        let brief = written_brief(lang, &answers);
        assert!(!brief.contains(heading), "{lang}: {brief}");
        assert_eq!(brief.matches(date).count(), 1, "{lang}: {brief}");
        // An impact: its heading.
        let brief = written_brief(lang, &ready_with(&[("context.at-risk", "2026-11-27")]));
        assert!(brief.contains(heading), "{lang}: {brief}");
        // Neither: no heading with nothing under it.
        let brief = written_brief(lang, &ready_with(&[("context.impact", "n/a")]));
        assert!(!brief.contains(heading), "{lang}: {brief}");
    }
}

/// A question asked only once a text names something says so in the
/// language's words, in `template` and `show`, never as "= given".
#[test]
fn a_question_asked_once_a_text_names_something_says_so_in_words() {
    let checklist = crate::common::edited(
        "when: {question: raised, is: unresolved}\n        role: decider-contact",
        "when: {question: decider, is: given}\n        role: decider-contact",
    );
    for (lang, said) in [
        (
            "en",
            "asked when partner-contact.decider gives a name or a value",
        ),
        (
            "de",
            "nur gefragt, wenn partner-contact.decider etwas angibt",
        ),
    ] {
        for command in ["template", "show"] {
            let out = Test::new()
                .file("c.yaml", &checklist)
                .args(["--lang", lang, command, "--checklist", "c.yaml"])
                .run()
                .exits(0)
                .stdout();
            assert!(out.contains(said), "{lang} {command}: {out}");
            assert!(!out.contains("given"), "{lang} {command}: {out}");
        }
    }
}
