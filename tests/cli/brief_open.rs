//! The brief says what is still open: the gaps the run warns of on
//! stderr, each as the CSM reads it, in a section before "How to reach
//! me", in every form of the brief and both languages; none when nothing
//! is open. An answer that opens with not knowing and goes on keeps the
//! merchant's words, and is listed as still open.

use crate::common::{Outcome, READY, TODAY, Test, ready_with, unwrapped};

/// `check --no-input` in `lang`, writing the brief to `file`.
fn briefed(lang: &str, answers: &[(&str, &str)], file: &str) -> Outcome {
    Test::new()
        .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
        .answers(answers)
        .args(["--brief", file])
        .run()
        .exits(0)
}

/// The headings of the section and of the one after it, in `lang`.
fn headings(lang: &str) -> (&'static str, &'static str) {
    match lang {
        "de" => ("Noch offen", "So erreichen Sie mich"),
        _ => ("Still open", "How to reach me"),
    }
}

/// The entries of the brief's list of what is still open, if it has one.
fn open_points(brief: &str, lang: &str) -> Option<Vec<String>> {
    let (open, next) = headings(lang);
    let brief = brief.replace("## ", "").replace("<h2>", "");
    let at = brief.find(&format!("\n{open}"))?;
    let rest = &brief[at..];
    let end = rest.find(next).unwrap_or(rest.len());
    Some(
        rest[..end]
            .lines()
            .filter_map(|l| l.trim().strip_prefix("- "))
            .map(str::to_owned)
            .collect(),
    )
}

#[test]
fn the_brief_lists_what_is_still_open_before_how_to_reach_me_in_every_form() {
    let answers = ready_with(&[
        ("partner-contact.decider", "don't know"),
        ("context.cloud-project", "?"),
    ]);
    for (lang, points) in [
        (
            "en",
            [
                "Who at the partner can decide: name and role",
                "The cloud project ID",
            ],
        ),
        (
            "de",
            [
                "Wer beim Partner entscheiden kann, mit Name und Funktion",
                "Die ID des Cloud-Projekts",
            ],
        ),
    ] {
        for file in ["b.md", "b.txt", "b.eml"] {
            let out = briefed(lang, &answers, file);
            let brief = out.read(file);
            let (open, next) = headings(lang);
            let at = brief
                .find(open)
                .unwrap_or_else(|| panic!("{file}: {brief}"));
            assert!(at < brief.find(next).unwrap(), "{file}: {brief}");
            // Once in each part (the email has a text and an HTML part).
            let parts = if file == "b.eml" { 2 } else { 1 };
            for point in points {
                assert_eq!(brief.matches(point).count(), parts, "{file}: {brief}");
            }
            // The same gaps as stderr's.
            for key in ["partner-contact.decider", "context.cloud-project"] {
                assert!(
                    out.stderr().contains(&format!("({key})")),
                    "{}",
                    out.stderr()
                );
            }
        }
        // Nothing open: no section.
        let brief = briefed(lang, READY, "b.txt").read("b.txt");
        assert!(!brief.contains(headings(lang).0), "{brief}");
    }
}

#[test]
fn what_the_brief_says_in_a_sentence_or_the_email_gives_is_not_listed_again() {
    // No phone number: the email reaches the merchant. No support case,
    // or examples on request: the brief says so already.
    let answers = ready_with(&[
        ("context.contact", "Jana Weber"),
        ("context.support-case", "none"),
        ("specificity.evidence-access", "on-request"),
    ]);
    for lang in ["en", "de"] {
        let out = briefed(lang, &answers, "b.txt");
        for key in [
            "context.contact",
            "context.support-case",
            "specificity.evidence-access",
        ] {
            assert!(
                out.stderr().contains(&format!("({key})")),
                "{}",
                out.stderr()
            );
        }
        let brief = out.read("b.txt");
        assert_eq!(open_points(&brief, lang), None, "{brief}");
    }
}

#[test]
fn an_answer_that_opens_with_not_knowing_keeps_its_words_and_is_listed_as_open() {
    const KEYS: &[&str] = &[
        "scope.clause",
        "scope.added-detail",
        "specificity.problem",
        "specificity.evidence-where",
        "context.environment",
        "context.outcome",
        "context.support-case",
        "context.account-id",
        "context.cloud-project",
        "context.ask-other",
        "context.impact",
        "partner-contact.decider",
        "partner-contact.partner-person",
    ];
    for (lang, lead) in [("en", "don't know"), ("de", "weiß ich nicht")] {
        let before =
            open_points(&briefed(lang, READY, "b.txt").read("b.txt"), lang).unwrap_or_default();
        for key in KEYS {
            let answer = format!("{lead}, fixed price 4711 I think");
            let brief = briefed(lang, &ready_with(&[(key, &answer)]), "b.txt").read("b.txt");
            assert!(
                unwrapped(&brief).contains("fixed price 4711 I think"),
                "{lang} {key}: {brief}"
            );
            let after = open_points(&brief, lang).unwrap_or_default();
            assert!(after.len() > before.len(), "{lang} {key}: {brief}");
            // A bare placeholder stays not given, and says nothing.
            let brief = briefed(lang, &ready_with(&[(key, lead)]), "b.txt").read("b.txt");
            assert!(!brief.contains(lead), "{lang} {key}: {brief}");
        }
    }
    // The clause of a delay, "don't know" first: kept, and open.
    let answers = ready_with(&[
        ("context.severity", "delay"),
        ("scope.clause", "weiß ich nicht, Festpreis glaube ich"),
    ]);
    let brief = briefed("de", &answers, "b.txt").read("b.txt");
    assert!(
        brief.contains("Strittige Stelle: Weiß ich nicht, Festpreis glaube ich."),
        "{brief}"
    );
    let points = open_points(&brief, "de").unwrap_or_default();
    assert!(
        points.contains(&"Strittige Stelle: Die Angabe oben ist noch nicht sicher".to_owned()),
        "{brief}"
    );
}

#[test]
fn the_hint_on_the_examples_fits_the_access_chosen_and_where_they_are() {
    let partners = "https://acme.atlassian.net/browse/PAY-88 in ACME's Jira";
    let ours = "https://drive.example.com/escalation";
    for (lang, on_request, out_of_reach, how) in [
        (
            "en",
            "not on request",
            "the links lead into a system",
            "how they can see the examples",
        ),
        (
            "de",
            "nicht erst auf Anfrage",
            "Die Links führen in ein System",
            "wie er die Beispiele einsehen kann",
        ),
    ] {
        for (access, place, said, not_said) in [
            ("links", partners, Some(out_of_reach), Some(on_request)),
            ("links", ours, None, None),
            ("on-request", ours, Some(on_request), Some(out_of_reach)),
            ("attached", partners, None, None),
            // Not answered: how, not "not on request".
            ("", ours, Some(how), Some(on_request)),
        ] {
            let answers = ready_with(&[
                ("specificity.evidence-access", access),
                ("specificity.evidence-where", place),
            ]);
            let out = briefed(lang, &answers, "b.txt");
            let stderr = out.stderr();
            let hint = stderr
                .lines()
                .filter(|l| l.contains("(specificity.evidence-access)"))
                .collect::<Vec<_>>()
                .join("\n");
            match said {
                Some(said) => assert!(hint.contains(said), "{lang} {access}: {stderr}"),
                None => assert!(hint.is_empty(), "{lang} {access}: {stderr}"),
            }
            if let Some(not_said) = not_said {
                assert!(!hint.contains(not_said), "{lang} {access}: {stderr}");
            }
        }
    }
}

#[test]
fn the_merchants_words_after_our_label_mid_sentence_go_on_in_lower_case() {
    for (lang, place, said) in [
        (
            "en",
            "Our UAT tracker and my mailbox",
            "Originals: our UAT tracker and my mailbox.",
        ),
        (
            "de",
            "Unser SharePoint und mein Postfach",
            "Originale: unser SharePoint und mein Postfach.",
        ),
        // A name keeps its capital.
        (
            "en",
            "Google Drive, folder Escalation",
            "Originals: Google Drive, folder Escalation.",
        ),
    ] {
        let answers = ready_with(&[("specificity.evidence-where", place)]);
        let brief = unwrapped(&briefed(lang, &answers, "b.txt").read("b.txt"));
        assert!(brief.contains(said), "{lang}: {brief}");
    }
}

#[test]
fn an_unsure_answer_is_kept_for_the_csm_and_never_said_to_the_partner() {
    for (lang, lead) in [("en", "don't know"), ("de", "weiß ich nicht")] {
        for key in [
            "scope.clause",
            "context.outcome",
            "context.impact",
            "specificity.problem",
        ] {
            let answer = format!("{lead}, fixed price 4711 I think");
            let answers = ready_with(&[(key, &answer)]);
            let out = crate::common::both_documents(lang, &answers);
            // A sentence's first letter may be made a capital.
            let brief = unwrapped(&out.read("b.txt"));
            assert!(brief.contains(&answer[1..]), "{lang} {key}: {brief}");
            let note = out.read("n.txt");
            assert!(!note.contains("4711"), "{lang} {key}: {note}");
            assert!(!note.contains(lead), "{lang} {key}: {note}");
        }
    }
}

#[test]
fn an_amount_without_its_currency_is_listed_open_under_its_label() {
    let answers = ready_with(&[("context.impact", "about 12k of orders a day")]);
    for (lang, point) in [
        ("en", "The currency of each amount under"),
        ("de", "Die Währung jedes Betrags unter"),
    ] {
        let brief = briefed(lang, &answers, "b.txt").read("b.txt");
        let points = open_points(&brief, lang).unwrap_or_default();
        assert!(
            points
                .iter()
                .any(|p| p.starts_with(point) && p.len() > point.len() + 3),
            "{lang}: {brief}"
        );
    }
}
