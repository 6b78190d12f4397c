//! What the walk asks for a brief and what the brief lists as still open:
//! the position whenever the concern is open, answered or not; the
//! decider with the CSM's permission; one list of open points, the same
//! on stderr, in the brief and in the verdict's count, each a bare point
//! under the sentence that leads into them; an estimate after a doubt as
//! an answer; a contract without a clause of a statement of work as what
//! it is.

use crate::common::{Outcome, TODAY, Test, briefed, ready_with};

/// The entries of the brief's "Still open" lists, joined back into one
/// line each (not the sentences that lead into them).
pub fn open_points(brief: &str, lang: &str) -> Vec<String> {
    let (open, next) = match lang {
        "de" => ("\nNoch offen\n", "So erreichen Sie mich"),
        _ => ("\nStill open\n", "How to reach me"),
    };
    let Some(at) = brief.find(open) else {
        return Vec::new();
    };
    let rest = &brief[at + open.len()..];
    let rest = &rest[..rest.find(next).unwrap_or(rest.len())];
    let mut points: Vec<String> = Vec::new();
    for line in rest.lines() {
        if let Some(point) = line.strip_prefix("- ") {
            points.push(point.to_owned());
        } else if line.starts_with("  ") {
            let last = points.last_mut().expect("a point");
            last.push(' ');
            last.push_str(line.trim());
        }
    }
    points
}

/// The lines on stderr that warn of a gap.
fn warned(out: &Outcome) -> Vec<String> {
    out.stderr()
        .lines()
        .filter(|l| l.starts_with("Your CSM will ask for") || l.starts_with("Im Briefing fehlt"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_position_is_asked_when_the_partner_has_not_answered() {
    // READY has no answer from the partner; here no position either.
    let answers = ready_with(&[("partner-contact.position", "")]);
    for (lang, point) in [
        ("en", "My position towards the partner"),
        ("de", "Meine Haltung gegenüber dem Partner"),
    ] {
        let out = briefed(lang, &answers);
        assert!(
            out.stderr().contains("(partner-contact.position)"),
            "{}",
            out.stderr()
        );
        let brief = out.read("b.txt");
        assert!(
            open_points(&brief, lang)
                .iter()
                .any(|p| p.starts_with(point)),
            "{brief}"
        );
    }
    // Given, it is said in the brief, and the note does not answer a
    // reply that never came.
    let answers = ready_with(&[(
        "partner-contact.position",
        "I invoked the P1 SLA in writing on 12 November.",
    )]);
    let out = Test::new()
        .args(["--lang", "en", "check", "--no-input", "--today", TODAY])
        .answers(&answers)
        .args(["--brief", "b.txt", "--partner-note", "n.txt"])
        .run()
        .exits(0);
    let brief = out.read("b.txt");
    assert!(brief.contains("invoked the P1 SLA in writing"), "{brief}");
    assert!(
        !out.stderr().contains("partner-contact.position"),
        "{}",
        out.stderr()
    );
    // The note answers no reply that never came.
    let note = out.read("n.txt");
    for reply in ["your reply", "your answer:", "To your answer"] {
        assert!(!note.contains(reply), "{note}");
    }
}

#[test]
fn a_check_that_writes_no_document_does_not_ask_for_the_position() {
    let answers: Vec<(&str, &str)> = ready_with(&[])
        .into_iter()
        .filter(|(k, _)| !k.starts_with("context.") && *k != "partner-contact.position")
        .collect();
    let out = Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .answers(&answers)
        .run()
        .exits(0);
    assert!(!out.stderr().contains("position"), "{}", out.stderr());
}

#[test]
fn with_no_decider_the_brief_asks_who_decides_and_whether_the_csm_may_contact_them() {
    let answers = ready_with(&[
        ("partner-contact.decider", ""),
        ("partner-contact.decider-contact", ""),
        (
            "partner-contact.position",
            "SLA invoked in writing on 12 November.",
        ),
    ]);
    for (lang, said) in [
        ("en", "Whether you may contact the partner directly"),
        ("de", "Ob Sie sich direkt an den Partner wenden dürfen"),
    ] {
        let brief = briefed(lang, &answers).read("b.txt");
        let points = open_points(&brief, lang);
        assert!(points.iter().any(|p| p.contains(said)), "{points:#?}");
    }
}

#[test]
fn with_no_decider_the_permission_given_is_about_the_contact_and_leaves_nothing_open() {
    let answers = ready_with(&[
        ("partner-contact.decider", "n/a"),
        ("partner-contact.decider-contact", "csm"),
    ]);
    for (lang, said, open) in [
        (
            "en",
            "You may contact Tom Wagner directly.",
            "contact the partner directly",
        ),
        (
            "de",
            "Sie können Tom Wagner gern direkt ansprechen.",
            "direkt an den Partner",
        ),
    ] {
        let brief = briefed(lang, &answers).read("b.txt");
        assert!(crate::common::unwrapped(&brief).contains(said), "{brief}");
        let points = open_points(&brief, lang);
        assert!(!points.iter().any(|p| p.contains(open)), "{points:#?}");
    }
}

#[test]
fn a_clause_not_known_is_one_open_point_whatever_the_placeholder() {
    for clause in [
        "don't know",
        "?",
        "unknown",
        "n/a",
        "keine Ahnung",
        "weiß nicht",
    ] {
        let answers = ready_with(&[("scope.clause", clause)]);
        for (lang, said) in [
            (
                "en",
                "The clause of the statement of work at issue, and whether it is fixed price or time and materials",
            ),
            (
                "de",
                "Die strittige Stelle der Leistungsbeschreibung und ob ein Festpreis oder eine Abrechnung nach Aufwand vereinbart ist",
            ),
        ] {
            let out = briefed(lang, &answers);
            assert!(
                out.stderr().contains("(scope.clause)"),
                "{clause}: {}",
                out.stderr()
            );
            let points = open_points(&out.read("b.txt"), lang);
            assert_eq!(
                points.iter().filter(|p| p.starts_with(said)).count(),
                1,
                "{clause}: {points:#?}"
            );
        }
    }
    // What the merchant believes the contract is, with their doubt, is to follow.
    let answers = ready_with(&[(
        "scope.clause",
        "Weiß nicht, Rahmenvertrag nach Aufwand glaube ich",
    )]);
    let points = open_points(&briefed("de", &answers).read("b.txt"), "de");
    assert!(
        points.iter().any(|p| p.starts_with(
            "Die strittige Stelle und ob, wie ich annehme, nach Aufwand abgerechnet wird"
        )),
        "{points:#?}"
    );
    let answers = ready_with(&[("scope.clause", "don't know, fixed price I think")]);
    let points = open_points(&briefed("en", &answers).read("b.txt"), "en");
    assert!(
        points
            .iter()
            .any(|p| p
                .starts_with("The clause at issue, and whether it is fixed price, as I believe")),
        "{points:#?}"
    );
}

#[test]
fn a_start_date_in_an_example_closes_the_day_the_problem_started() {
    for (lang, example) in [
        (
            "en",
            "Akeneo sync job fails every night since 11/30, log attached",
        ),
        (
            "de",
            "Der Import bricht seit dem 30.11. jede Nacht ab, Log im Anhang",
        ),
        ("en", "fails since 30 November"),
    ] {
        let answers = ready_with(&[
            ("specificity.problem", "The product import stopped working."),
            ("specificity.examples", example),
        ]);
        let out = briefed(lang, &answers);
        assert!(
            !out.stderr().contains("(specificity.problem)"),
            "{}",
            out.stderr()
        );
    }
    // With no date anywhere, it is still open.
    let answers = ready_with(&[
        ("specificity.problem", "The product import stopped working."),
        ("specificity.examples", "the import log, attached"),
    ]);
    let out = briefed("en", &answers);
    assert!(
        out.stderr().contains("(specificity.problem)"),
        "{}",
        out.stderr()
    );
}

#[test]
fn a_contact_with_a_guessed_role_is_one_point_for_the_name_and_the_role() {
    let answers = ready_with(&[("partner-contact.partner-person", "Tyler, dev lead I think")]);
    for (lang, said) in [
        ("en", "Tyler's full name and role"),
        ("de", "Nachname und Funktion von Tyler"),
    ] {
        let points = open_points(&briefed(lang, &answers).read("b.txt"), lang);
        assert_eq!(
            points
                .iter()
                .filter(|p| p.contains("Tyler"))
                .collect::<Vec<_>>(),
            [said],
            "{points:#?}"
        );
    }
}

#[test]
fn no_support_case_or_cloud_project_is_asked_for_the_partners_own_release() {
    for (lang, problem) in [
        (
            "en",
            "Since their release on 20 November the checkout fails on the live shop.",
        ),
        (
            "de",
            "Seit ihrem Release am 20.11. bricht der Checkout im Live-Shop ab.",
        ),
    ] {
        let answers = ready_with(&[
            ("specificity.problem", problem),
            ("context.support-case", "none"),
            ("context.cloud-project", ""),
            ("context.severity", "degraded"),
        ]);
        let out = briefed(lang, &answers);
        assert!(
            !out.stderr().contains("(context.support-case)"),
            "{}",
            out.stderr()
        );
        assert!(
            !out.stderr().contains("(context.cloud-project)"),
            "{}",
            out.stderr()
        );
        // The live shop down after the partner's release: a priority
        // case is how Adobe helps at once, whoever broke it.
        let answers = ready_with(&[
            ("specificity.problem", problem),
            ("context.support-case", "none"),
            ("context.cloud-project", ""),
        ]);
        // "none" said, the ask helps open one; nothing left open for it.
        let out = briefed(lang, &answers);
        let brief = crate::common::unwrapped(&out.read("b.txt"));
        let help = [
            "help me open a priority support case",
            "einen Supportfall mit höchster Priorität zu eröffnen",
        ];
        assert!(help.iter().any(|h| brief.contains(h)), "{brief}");
        assert!(
            !out.stderr().contains("(context.support-case)"),
            "{}",
            out.stderr()
        );
    }
    // The same shop down with no word of the partner's release: Adobe can act.
    let answers = ready_with(&[
        (
            "specificity.problem",
            "Since 20 November the checkout fails on the live shop.",
        ),
        ("context.support-case", "none"),
        ("context.cloud-project", ""),
    ]);
    let out = briefed("en", &answers);
    // "none" said: the ask helps open one, nothing left open for it.
    assert!(
        !out.stderr().contains("(context.support-case)"),
        "{}",
        out.stderr()
    );
    assert!(
        out.stderr().contains("(context.cloud-project)"),
        "{}",
        out.stderr()
    );
}

#[test]
fn stderr_the_brief_and_the_count_list_the_same_points() {
    // A support case not known and examples on request: said in the
    // brief's own sentences, and listed too.
    let answers = ready_with(&[
        ("context.support-case", "don't know"),
        ("specificity.evidence-access", "on-request"),
        ("context.cloud-project", ""),
    ]);
    for lang in ["en", "de"] {
        let out = briefed(lang, &answers);
        let warned = warned(&out);
        let points = open_points(&out.read("b.txt"), lang);
        assert_eq!(warned.len(), points.len(), "{warned:#?}\n{points:#?}");
        assert!(warned.len() >= 3, "{warned:#?}");
        let count = match lang {
            // The live shop is down: the brief goes now, its points after.
            "de" => format!("lässt {} Punkte offen", points.len()),
            _ => format!("leaves {} points open", points.len()),
        };
        assert!(out.stdout().contains(&count), "{}", out.stdout());
        // Each a bare point in the merchant's voice under the one
        // sentence that says what follows: never the CSM's options
        // offered back, nor a promise of its own.
        for point in &points {
            assert!(
                !point.contains(": I will") && !point.ends_with(" nach.") && !point.ends_with('?'),
                "{point}"
            );
        }
    }
}

#[test]
fn the_list_leaves_out_what_the_brief_shows_and_what_the_case_does_not_need() {
    let reply = "From: Ryan Cole <ryan@pixelforge.example>\nSent: Friday, December 4, 2026 5:47 PM\n\nMegan - the retainer hours are used up.";
    // A project that is late, not live: no cloud project, no support case.
    let answers = ready_with(&[
        ("partner-contact.partner-person", "Ryan"),
        ("partner-contact.partner-answer", reply),
        (
            "partner-contact.position",
            "We disagree; SLA invoked in writing.",
        ),
        ("context.severity", "delay"),
        ("context.cloud-project", ""),
        ("context.support-case", "none"),
    ]);
    for (lang, role, full) in [
        ("en", "Ryan Cole's role", "Ryan's full name"),
        ("de", "Die Funktion von Ryan Cole", "Nachname"),
    ] {
        let out = briefed(lang, &answers);
        let points = open_points(&out.read("b.txt"), lang);
        assert!(points.iter().any(|p| p.starts_with(role)), "{points:#?}");
        assert!(!points.iter().any(|p| p.contains(full)), "{points:#?}");
        let stderr = out.stderr();
        for key in [
            "context.cloud-project",
            "context.support-case",
            "partner-answer",
        ] {
            assert!(!stderr.contains(key), "{key}: {stderr}");
        }
    }
}

#[test]
fn a_degraded_cloud_shop_needs_a_support_case_and_a_slow_shop_on_premises_does_not() {
    for (product, listed) in [("cloud", true), ("on-premises", false)] {
        let answers = ready_with(&[
            ("context.severity", "degraded"),
            ("context.product", product),
            ("context.support-case", "don't know"),
            ("partner-contact.position", "SLA invoked in writing."),
        ]);
        for lang in ["en", "de"] {
            let out = briefed(lang, &answers);
            let points = open_points(&out.read("b.txt"), lang);
            let said = points
                .iter()
                .any(|p| p.contains("Adobe support case") || p.contains("Adobe-Supportfall"));
            assert_eq!(said, listed, "{product}: {points:#?}");
        }
    }
}

#[test]
fn an_estimate_after_a_doubt_is_an_answer_and_a_misspelt_doubt_a_placeholder() {
    let answers = ready_with(&[
        (
            "context.impact",
            "Weiß nicht genau, geschätzt 8.000 EUR Umsatz pro Woche",
        ),
        ("specificity.evidence-where", "dont know"),
        (
            "partner-contact.position",
            "SLA am 12.11. schriftlich geltend gemacht.",
        ),
    ]);
    for (lang, impact, place) in [
        (
            "de",
            "Geschäftliche Auswirkungen",
            "Wo die Originale der Beispiele liegen",
        ),
        (
            "en",
            "Business impact",
            "Where the originals of the examples are",
        ),
    ] {
        let out = briefed(lang, &answers);
        let brief = out.read("b.txt");
        let points = open_points(&brief, lang);
        assert!(brief.contains("geschätzt 8.000 EUR"), "{brief}");
        assert!(!points.iter().any(|p| p.contains(impact)), "{points:#?}");
        assert!(points.iter().any(|p| p.starts_with(place)), "{points:#?}");
        assert!(!brief.contains("dont know"), "{brief}");
    }
}

#[test]
fn a_contract_without_a_clause_is_shown_as_the_contract_with_no_pages_to_attach() {
    let answers = ready_with(&[
        (
            "scope.clause",
            "n/a, we only have the support retainer (20 hrs/month)",
        ),
        ("scope.deliverables-added", "no"),
        (
            "partner-contact.position",
            "SLA invoked in writing on 12 November.",
        ),
    ]);
    for (lang, label) in [
        ("en", "Contract (no statement of work): "),
        ("de", "Vertrag (keine Leistungsbeschreibung): "),
    ] {
        let out = briefed(lang, &answers);
        let brief = crate::common::unwrapped(&out.read("b.txt"));
        assert!(brief.contains(label), "{brief}");
        assert!(brief.contains("support retainer (20 hrs/month)"), "{brief}");
        assert!(!brief.contains("n/a"), "{brief}");
        let stdout = out.stdout();
        assert!(!stdout.contains("contract pages"), "{stdout}");
        assert!(!stdout.contains("Vertragsseiten"), "{stdout}");
    }
}

#[test]
fn a_named_company_leaves_its_adobe_id_and_deployment_out_of_what_is_open() {
    // A CSM knows the accounts they look after by name: the organisation
    // ID or contract number is shown when given, never still open; nor is
    // whether a late project runs on cloud.
    let late = [
        ("context.account-id", ""),
        ("context.severity", "delay"),
        ("context.product", ""),
        ("context.cloud-project", ""),
        ("context.support-case", "none"),
    ];
    let mut unnamed = late.to_vec();
    unnamed.push(("context.merchant", "n/a"));
    let unnamed = ready_with(&unnamed);
    for (lang, account, product) in [
        ("en", "Adobe organisation ID", "Adobe's cloud"),
        ("de", "Adobe-Organisations-ID", "Cloud-Infrastruktur"),
    ] {
        let out = briefed(lang, &ready_with(&late));
        let points = open_points(&out.read("b.txt"), lang);
        for word in [account, product] {
            assert!(!points.iter().any(|p| p.contains(word)), "{points:#?}");
        }
        assert!(
            !out.stderr().contains("(context.account-id)"),
            "{}",
            out.stderr()
        );
        assert!(
            !out.stderr().contains("(context.product)"),
            "{}",
            out.stderr()
        );
        // No company named: the account is how the CSM finds it.
        let out = briefed(lang, &unnamed);
        let points = open_points(&out.read("b.txt"), lang);
        assert!(points.iter().any(|p| p.contains(account)), "{points:#?}");
        // Given, it is shown.
        let brief = briefed(lang, crate::common::READY).read("b.txt");
        assert!(
            brief.contains("1A2B3C4D5E6F7A8B9C0D1E2F@AdobeOrg"),
            "{brief}"
        );
    }
}

#[test]
fn a_first_name_the_pasted_reply_completes_is_the_full_name_wherever_the_brief_names_the_contact() {
    let reply = "Von: Nina Hartmann <n.hartmann@bytehaus.example>\nGesendet: Freitag, 20. November 2026 16:41\n\nHallo Herr Feld,\n\nder Go-live ist nicht vor Ende Januar realistisch.\n\nViele Grüße\nNina Hartmann";
    let answers = ready_with(&[
        ("partner-contact.partner-person", "Nina"),
        ("partner-contact.partner-answer", reply),
        ("partner-contact.went-up", "no"),
    ]);
    for (lang, said, gone) in [
        (
            "en",
            "Raised with Nina Hartmann at ACME Commerce",
            "So far it has not been escalated beyond Nina Hartmann.",
        ),
        (
            "de",
            "Ansprechperson: Nina Hartmann.",
            "Eine Eskalation über Nina Hartmann hinaus gab es bisher nicht.",
        ),
    ] {
        let out = briefed(lang, &answers);
        let brief = crate::common::unwrapped(&out.read("b.txt"));
        for part in [said, gone] {
            assert!(brief.contains(part), "{lang}: {part:?} not in {brief}");
        }
        let points = open_points(&out.read("b.txt"), lang);
        assert!(
            points.iter().any(|p| p.contains("Nina Hartmann")),
            "{points:#?}"
        );
    }
}

#[test]
fn copies_sent_on_request_are_promised_once_and_only_of_the_documents() {
    let answers = ready_with(&[
        ("specificity.evidence-access", "on-request"),
        (
            "specificity.examples",
            "ticket ACME-1234: guest checkout fails",
        ),
        (
            "specificity.examples",
            "New Relic error rate 38% on /checkout since 5 Dec",
        ),
    ]);
    for (lang, copies, point) in [
        (
            "en",
            ["copies", "on request"],
            "Copies of the emails, tickets and files among the examples",
        ),
        (
            "de",
            ["Kopie", "auf Anfrage"],
            "Kopien der E-Mails, Tickets und Dateien unter den Beispielen",
        ),
    ] {
        let out = briefed(lang, &answers);
        let brief = out.read("b.txt");
        let points = open_points(&brief, lang);
        assert!(points.iter().any(|p| p == point), "{points:#?}");
        // Said there, and nowhere else.
        let rest = crate::common::unwrapped(&brief).replace(point, "");
        let rest = rest.to_lowercase();
        for word in copies {
            assert!(
                !rest.contains(&word.to_lowercase()),
                "{lang}: {word}: {rest}"
            );
        }
    }
}

#[test]
fn attached_copies_speak_of_other_examples_only_when_some_are_descriptions() {
    let described = ready_with(&[
        ("specificity.evidence-access", "attached"),
        (
            "specificity.examples",
            "ticket ACME-1234: guest checkout fails",
        ),
        (
            "specificity.examples",
            "called Marco's mobile twice, voicemail",
        ),
    ]);
    let replies = ready_with(&[
        ("specificity.evidence-access", "attached"),
        (
            "specificity.examples",
            "ticket ACME-1234: guest checkout fails",
        ),
        (
            "specificity.examples",
            "Antwort Hartmann 20.11.2026: nicht vor Ende Januar, kein Termin",
        ),
    ]);
    for (lang, others, account) in [
        ("en", "the others are my own description", "my own account"),
        ("de", "die übrigen beschreibe ich", "Kenntnis"),
    ] {
        let brief = crate::common::unwrapped(&briefed(lang, &described).read("b.txt"));
        assert!(brief.contains(others), "{lang}: {brief}");
        assert!(!brief.contains(account), "{lang}: {brief}");
        // A reply, an email or a ticket: no others to describe.
        let brief = crate::common::unwrapped(&briefed(lang, &replies).read("b.txt"));
        assert!(!brief.contains(others), "{lang}: {brief}");
    }
}

#[test]
fn a_time_from_now_in_the_outcome_bounds_it_and_leaves_no_date_open() {
    for (lang, outcome, point) in [
        (
            "en",
            "A written performance plan with dates, within 2 weeks",
            "The date by which I need the outcome",
        ),
        (
            "de",
            "Ein schriftlicher Performance-Plan innerhalb von 10 Tagen",
            "is wann ich das Ergebnis brauche",
        ),
    ] {
        for (outcome, open) in [
            (outcome, false),
            ("A written performance plan", true),
            // "asap" names no day to hold anyone to.
            ("Checkout working again asap", true),
        ] {
            let answers = ready_with(&[("context.outcome", outcome)]);
            let out = briefed(lang, &answers);
            let points = open_points(&out.read("b.txt"), lang);
            let said = points.iter().any(|p| p.contains(point));
            assert_eq!(said, open, "{lang} {outcome}: {points:#?}");
            let warned = out.stderr().contains("(context.outcome)");
            assert_eq!(warned, open, "{lang} {outcome}: {}", out.stderr());
        }
    }
}

#[test]
fn the_commercial_question_alone_asks_the_csm_to_press_for_the_outcome_given() {
    for (lang, asked, generic) in [
        (
            "en",
            "press them for the outcome below.",
            "Please help us settle a contractual or commercial question",
        ),
        (
            "de",
            "setzen Sie sich für das unten genannte Ergebnis ein.",
            "Bitte unterstützen Sie uns bei einer vertraglichen",
        ),
    ] {
        let answers = ready_with(&[("context.ask", "commercial"), ("context.ask-other", "")]);
        let out = briefed(lang, &answers);
        let brief = crate::common::unwrapped(&out.read("b.txt"));
        assert!(brief.contains(asked), "{lang}: {brief}");
        assert!(
            brief.contains("Checkout fixed by 1 December"),
            "{lang}: {brief}"
        );
        assert!(
            !out.stderr().contains("(context.ask-other)"),
            "{}",
            out.stderr()
        );
        // No outcome to press for: the request as the option says it,
        // and what to do is still open.
        let answers = ready_with(&[
            ("context.ask", "commercial"),
            ("context.ask-other", ""),
            ("context.outcome", "tbd"),
        ]);
        let out = briefed(lang, &answers);
        let brief = crate::common::unwrapped(&out.read("b.txt"));
        assert!(brief.contains(generic), "{lang}: {brief}");
        assert!(
            out.stderr().contains("(context.ask-other)"),
            "{}",
            out.stderr()
        );
    }
}

/// An answer that opens with not knowing and goes on ("Don't know, …
/// I think", „weiß nicht, …") is to follow, as a bare "don't know" is:
/// listed under the sentence that leads into what is to come, never
/// under the one of what is to be confirmed.
#[test]
fn a_doubt_with_words_after_it_is_to_follow_not_to_confirm() {
    for (lang, key, answer, confirm) in [
        (
            "en",
            "scope.clause",
            "Don't know, it's time and materials I think",
            "I will also confirm",
        ),
        (
            "en",
            "specificity.evidence-where",
            "not sure, some are in my mailbox I think",
            "I will also confirm",
        ),
        (
            "de",
            "specificity.evidence-where",
            "weiß nicht, Screenshots habe ich auf dem Handy",
            "Außerdem bestätige ich",
        ),
        (
            "de",
            "scope.clause",
            "keine Ahnung, Festpreis glaube ich",
            "Außerdem bestätige ich",
        ),
    ] {
        let brief = briefed(lang, &ready_with(&[(key, answer)])).read("b.txt");
        let before = open_points(&brief, lang).len();
        let base = open_points(&briefed(lang, &ready_with(&[])).read("b.txt"), lang).len();
        assert!(before > base, "{lang} {key}: {brief}");
        // Whatever is to be confirmed, it is not this answer's point.
        let confirmed = brief.split(confirm).nth(1).unwrap_or_default();
        let confirmed = confirmed.split("\n\n").nth(1).unwrap_or_default();
        let base_brief = briefed(lang, &ready_with(&[])).read("b.txt");
        let base_confirmed = base_brief.split(confirm).nth(1).unwrap_or_default();
        let base_confirmed = base_confirmed.split("\n\n").nth(1).unwrap_or_default();
        assert_eq!(confirmed, base_confirmed, "{lang} {key}: {brief}");
    }
}

/// A pasted email with no date on it ("From:" and no "Sent:" or
/// "Date:") leaves the date of the partner's reply open; the same email
/// with its date, or a reply in the merchant's words, does not.
#[test]
fn a_pasted_reply_without_a_date_leaves_the_reply_date_open() {
    const ANSWER: &str = "partner-contact.partner-answer";
    for (lang, said) in [
        ("en", "The date of the partner's reply"),
        ("de", "Das Datum der Antwort des Partners"),
    ] {
        for (answer, open) in [
            (
                "From: Kevin Marsh <k.marsh@example.com>\nSubject: RE: orders\n\nHi Laura,\nthe issue is on the SAP side.\nKevin",
                true,
            ),
            (
                "Von: Jonas Becker\nBetreff: AW: Freigaben\n\nHallo Herr Hoffmann,\ndas ist nicht Teil von Pos. 4.3.\nViele Grüße",
                true,
            ),
            (
                "From: Kevin Marsh <k.marsh@example.com>\nSent: 30 November 2026 17:42\nSubject: RE: orders\n\nHi Laura,\nthe issue is on the SAP side.",
                false,
            ),
            (
                "Von: Jonas Becker\nGesendet: Mittwoch, 25. November 2026 09:14\nBetreff: AW: Freigaben\n\nHallo,\nnicht Teil von Pos. 4.3.",
                false,
            ),
            ("Email of 12 Nov 2026: we are looking into it.", false),
        ] {
            let out = briefed(lang, &ready_with(&[(ANSWER, answer)]));
            let points = open_points(&out.read("b.txt"), lang);
            assert_eq!(
                points.iter().any(|p| p == said),
                open,
                "{lang} {answer:?}: {points:#?}"
            );
            assert_eq!(
                out.stderr().contains(&format!("({ANSWER})")),
                open,
                "{lang} {answer:?}: {}",
                out.stderr()
            );
        }
    }
}

/// Examples the CSM can open where they are ("in our Jira, CSM has
/// access", "shared Slack channel", „für Sie freigegeben") ask for no
/// copies; the same place without those words does.
#[test]
fn examples_the_csm_can_open_ask_for_no_copies() {
    const ACCESS: &str = "specificity.evidence-access";
    for (lang, place, copies) in [
        ("en", "In our Jira, CSM has access", false),
        ("en", "our shared Slack channel with Adobe", false),
        ("en", "Jira project SHOP, you have access", false),
        ("de", "In unserem Jira, für Sie freigegeben", false),
        ("de", "im gemeinsamen Slack-Kanal", false),
        ("en", "In our Jira", true),
        ("de", "In unserem Jira", true),
    ] {
        let answers = ready_with(&[
            ("specificity.evidence-where", place),
            (ACCESS, "on-request"),
        ]);
        let out = briefed(lang, &answers);
        let points = open_points(&out.read("b.txt"), lang);
        let asked = points
            .iter()
            .any(|p| p.contains("Kopien") || p.contains("Copies"));
        assert_eq!(asked, copies, "{lang} {place}: {points:#?}");
        assert_eq!(
            out.stderr().contains(&format!("({ACCESS})")),
            copies,
            "{lang} {place}: {}",
            out.stderr()
        );
    }
}

/// The deployment not said at all is to follow, not to confirm: there is
/// nothing given to confirm.
#[test]
fn the_deployment_not_said_is_to_follow() {
    for (lang, point, confirm) in [
        ("en", "- Whether the shop runs", "I will also confirm"),
        (
            "de",
            "- Ob der Shop in Adobes Cloud",
            "Außerdem bestätige ich",
        ),
    ] {
        let mut answers = ready_with(&[]);
        answers.retain(|(k, _)| *k != "context.product" && *k != "context.cloud-project");
        let brief = briefed(lang, &answers).read("b.txt");
        let at = brief
            .find(point)
            .unwrap_or_else(|| panic!("{lang}: {brief}"));
        let confirmed = brief.find(confirm).unwrap_or(brief.len());
        assert!(at < confirmed, "{lang}: {brief}");
    }
}
