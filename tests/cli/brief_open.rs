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
                "Who at the partner decides, with name and role",
                "The cloud project ID",
            ],
        ),
        (
            "de",
            [
                "Wer beim Partner entscheidet, mit Name und Funktion",
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
fn every_gap_warned_of_is_listed_once_even_what_the_brief_says_in_a_sentence() {
    // No support case, or examples on request: the brief says so, and
    // lists what follows, as stderr does: one list.
    let answers = ready_with(&[
        ("context.contact", "Jana Weber"),
        ("context.support-case", "none"),
        ("specificity.evidence-access", "on-request"),
    ]);
    for lang in ["en", "de"] {
        let out = briefed(lang, &answers, "b.txt");
        // "none" for the support case with the shop down: the ask helps
        // open one, nothing is left open for it.
        for key in ["context.contact", "specificity.evidence-access"] {
            assert!(
                out.stderr().contains(&format!("({key})")),
                "{}",
                out.stderr()
            );
        }
        let brief = out.read("b.txt");
        let points = open_points(&brief, lang).unwrap_or_default();
        let warned = out
            .stderr()
            .lines()
            .filter(|l| l.starts_with("Your CSM will ask") || l.starts_with("Im Briefing fehlt"))
            .count();
        assert_eq!(points.len(), warned, "{brief}");
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
            // The account of a company named is shown, never open: the
            // CSM knows the account by the name.
            let open = *key != "context.account-id";
            assert_eq!(after.len() > before.len(), open, "{lang} {key}: {brief}");
            // A bare placeholder stays not given, and says nothing.
            let brief = briefed(lang, &ready_with(&[(key, lead)]), "b.txt").read("b.txt");
            // The brief's own sentence that the case is not known.
            let brief = unwrapped(&brief).replace("gibt, weiß ich nicht.", "");
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
    assert!(
        unwrapped(&brief).contains(
            "- Die strittige Stelle und ob, wie ich annehme, ein Festpreis vereinbart ist\n"
        ),
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

#[test]
fn an_open_point_asks_only_what_the_brief_does_not_say() {
    // (answers, what the list says, what it must not say), per language.
    type Row<'a> = (Vec<(&'a str, &'a str)>, Option<&'a str>, &'a str);
    let rows = |lang: &str| -> Vec<Row<'static>> {
        let de = lang == "de";
        vec![
            // A chosen ask the brief states as the request: nothing open.
            (
                vec![("context.ask", "joint-call"), ("context.ask-other", "")],
                None,
                if de {
                    "Was genau ich"
                } else {
                    "What exactly I ask"
                },
            ),
            // The commercial question chosen, with no outcome to press
            // for: what exactly to do about it.
            (
                vec![
                    ("context.ask", "commercial"),
                    ("context.ask-other", ""),
                    ("context.outcome", "tbd"),
                ],
                Some(if de {
                    "Was Sie in der kaufmännischen Frage für mich tun sollen"
                } else {
                    "What I ask you to do about the commercial question"
                }),
                if de {
                    "Was genau ich"
                } else {
                    "What exactly I ask"
                },
            ),
            // A full name without a role: the role of that person.
            (
                vec![("partner-contact.partner-person", "Raj Mehta")],
                Some(if de {
                    "Die Funktion von Raj Mehta"
                } else {
                    "Raj Mehta's role"
                }),
                if de {
                    "Vor- und Nachname"
                } else {
                    "full name and role of my"
                },
            ),
            // A first name alone: the rest of that person.
            (
                vec![("partner-contact.partner-person", "Dan")],
                Some(if de {
                    "Nachname und Funktion von Dan"
                } else {
                    "Dan's full name and role"
                }),
                if de {
                    "meiner Ansprechperson"
                } else {
                    "my contact at the partner"
                },
            ),
            // The date at risk bounds an outcome without a date.
            (
                vec![
                    ("context.outcome", "launch on time"),
                    ("context.at-risk", "2026-12-10"),
                    ("context.at-risk-what", "launch"),
                ],
                None,
                if de {
                    "bis zu dem ich"
                } else {
                    "by which I need"
                },
            ),
        ]
    };
    for lang in ["en", "de"] {
        for (changes, said, not_said) in rows(lang) {
            let brief = unwrapped(&briefed(lang, &ready_with(&changes), "b.txt").read("b.txt"));
            if let Some(said) = said {
                assert!(brief.contains(said), "{lang} {changes:?}: {brief}");
            }
            assert!(!brief.contains(not_said), "{lang} {changes:?}: {brief}");
        }
    }
}

#[test]
fn a_value_that_fails_its_format_is_kept_and_said_to_look_wrong() {
    // (key, answer, what the list says, what stderr says), per language.
    for lang in ["en", "de"] {
        let de = lang == "de";
        for (key, answer, point, warning) in [
            (
                "context.account-id",
                "8F3A21C9D4E5@AdobeOrg",
                if de {
                    "Die oben angegebene Adobe-Organisations-ID oder Vertragsnummer"
                } else {
                    "The Adobe organisation ID or contract number given above"
                },
                if de {
                    "Ihre Angabe sieht nach keinem von beiden aus"
                } else {
                    "what you gave does not look like either"
                },
            ),
            (
                "context.cloud-project",
                "staging-main",
                if de {
                    "Die oben angegebene ID des Cloud-Projekts"
                } else {
                    "The cloud project ID given above"
                },
                if de {
                    "Ihre Angabe sieht nicht danach aus"
                } else {
                    "what you gave does not look like one"
                },
            ),
            (
                "context.support-case",
                "opened by the agency",
                if de {
                    "- Die Nummer des Adobe-Supportfalls\n"
                } else {
                    "- The number of the Adobe support case\n"
                },
                if de {
                    "Ihre Angabe enthält keine"
                } else {
                    "what you gave holds none"
                },
            ),
        ] {
            let out = briefed(lang, &ready_with(&[(key, answer)]), "b.txt");
            let brief = unwrapped(&out.read("b.txt"));
            // Kept as given, and said to look wrong; not called missing.
            assert!(brief.contains(answer), "{lang} {key}: {brief}");
            assert!(brief.contains(point), "{lang} {key}: {brief}");
            let stderr = out.stderr();
            assert!(
                stderr.contains(warning) && stderr.contains(&format!("({key})")),
                "{lang} {key}: {stderr}"
            );
        }
        // The company is listed whatever the ID.
        let answers = ready_with(&[
            ("context.merchant", "Nordhaven Outdoor Ltd, retail"),
            ("context.account-id", "8F3A21C9D4E5@AdobeOrg"),
        ]);
        let brief = unwrapped(&briefed(lang, &answers, "b.txt").read("b.txt"));
        assert!(brief.contains("Nordhaven Outdoor Ltd, retail"), "{brief}");
    }
}

#[test]
fn the_verdict_says_how_many_points_the_brief_written_leaves_open() {
    // No decider, the cloud project not known, and no number for the
    // contact the CSM may call; the shop not down (then the brief goes
    // now, its points after).
    let answers = ready_with(&[
        ("partner-contact.decider", "don't know"),
        ("context.cloud-project", "?"),
        ("context.severity", "degraded"),
    ]);
    for (lang, said) in [
        (
            "en",
            "The brief leaves 3 points open, listed under “Still open”",
        ),
        (
            "de",
            "Im Briefing sind 3 Punkte offen, aufgeführt unter „Noch offen“",
        ),
    ] {
        let out = briefed(lang, &answers, "b.txt");
        assert!(out.stdout().contains(said), "{lang}: {}", out.stdout());
        // Nothing open, or no brief written: no such line.
        let out = briefed(lang, READY, "b.txt");
        assert!(!out.stdout().contains(&said[..12]), "{}", out.stdout());
        let quick = Test::new()
            .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
            .answers(&answers)
            .run()
            .exits(0);
        assert!(!quick.stdout().contains(&said[..12]), "{}", quick.stdout());
    }
}
