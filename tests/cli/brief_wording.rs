//! The brief's words and the sentences both documents share, as a
//! native reader writes them: the date at risk said once, in a frame
//! that reads right for a noun and for a clause, with no count of days
//! that goes stale once sent; copies claimed only of the examples that
//! are documents; a label said once, the merchant's words going on after
//! it; a weekday looking back dated; a subject that keeps the word saying
//! what is wrong.

use crate::common::{TODAY, Test, both_documents, briefed, ready_with, unwrapped};

/// The brief and the note written in `lang` from [`crate::common::READY`]
/// changed by `changes`, unwrapped.
fn documents(lang: &str, changes: &[(&str, &str)]) -> (String, String) {
    let out = both_documents(lang, &ready_with(changes));
    (unwrapped(&out.read("b.txt")), unwrapped(&out.read("n.txt")))
}

#[test]
fn the_date_at_risk_is_said_once_under_a_label_for_a_noun_and_for_a_clause() {
    // TODAY is Wednesday 25 Nov 2026: 30 Nov is close, 14 Dec is not.
    let cases = [
        (
            "en",
            "the relaunch",
            "2026-12-14",
            "At risk: the relaunch on 14 Dec 2026.",
        ),
        (
            "en",
            "the sale email goes out",
            "2026-11-30",
            "At risk: Monday, 30 Nov 2026, when the sale email goes out.",
        ),
        (
            "de",
            "Weihnachtsaktion",
            "2026-12-14",
            "Gefährdet: Weihnachtsaktion am 14.12.2026.",
        ),
        (
            "de",
            "LogiMAT-Messe beginnt",
            "2026-11-30",
            "Gefährdeter Termin: Montag, 30.11.2026 – LogiMAT-Messe beginnt.",
        ),
    ];
    for (lang, what, day, said) in cases {
        let (brief, note) = documents(
            lang,
            &[
                ("context.severity", "degraded"),
                ("context.at-risk", day),
                ("context.at-risk-what", what),
            ],
        );
        assert_eq!(brief.matches(said).count(), 1, "{said}\n{brief}");
        // The note, a letter, says it in a sentence, not under a label.
        let label = said.split(':').next().unwrap_or_default();
        assert!(note.contains(what), "{what}\n{note}");
        assert!(!note.contains(&format!("{label}:")), "{label}\n{note}");
        for stale in [
            "working day",
            "Werktag",
            "this puts",
            "its date",
            "dieser Termin",
            "Date at risk",
        ] {
            assert!(!brief.contains(stale), "{stale}\n{brief}");
            assert!(!note.contains(stale), "{stale}\n{note}");
        }
    }
}

#[test]
fn copies_are_claimed_only_of_the_examples_that_are_documents() {
    let examples = [
        (
            "specificity.examples",
            "ticket ACME-1234: guest checkout fails",
        ),
        (
            "specificity.examples",
            "Customer complaints via Zendesk, 212 tickets over the weekend",
        ),
        (
            "specificity.examples",
            "cron jobs not running?? dont know since when",
        ),
    ];
    let (brief, _) = documents("en", &examples);
    assert!(
        brief.contains("Copies of the examples below that are documents (emails, tickets, screenshots, files) are attached; the others are my own description."),
        "{brief}"
    );
    assert!(
        !brief.contains("Copies of the examples below are attached"),
        "{brief}"
    );
    let (brief, _) = documents("de", &examples);
    assert!(
        brief.contains(
            "Von den Beispielen unten sind die Dokumente (E-Mails, Tickets, Screenshots, Dateien) in Kopie angehängt"
        ),
        "{brief}"
    );
    // Every one a document: the claim is whole.
    let (brief, _) = documents("en", &[]);
    assert!(
        brief.contains("Copies of the examples below are attached."),
        "{brief}"
    );
    // One out of reach: no mark promised that no example carries.
    let (brief, _) = documents(
        "de",
        &[
            ("specificity.evidence-access", "on-request"),
            (
                "specificity.evidence-where",
                "In meinem Postfach und in ACMEs Jira (wir haben keinen Zugang)",
            ),
        ],
    );
    assert!(!brief.contains("vermerkt"), "{brief}");
    assert!(
        brief.contains("einige liegen in einem System, auf das ich keinen Zugriff habe."),
        "{brief}"
    );
    // After its label, the merchant's words go on in lower case.
    assert!(
        brief.contains("Wo die Beispiele liegen: in meinem Postfach"),
        "{brief}"
    );
}

#[test]
fn a_label_is_said_once_and_the_partners_people_read_in_order() {
    let (brief, _) = documents(
        "en",
        &[
            (
                "context.support-case",
                "Adobe support case 0123456 opened Sunday, priority 1",
            ),
            ("context.project", "Northwind UK shop"),
            ("partner-contact.went-up", "yes"),
            (
                "partner-contact.went-up-answer",
                "Called their MD Derek Olsen on 20 Nov, no answer",
            ),
            ("context.contact", "Jana Weber, 9-5 CET"),
            (
                "specificity.examples",
                "ticket ACME-7: M4 promised for 20.11.2026, as of today 40 %",
            ),
        ],
    );
    // A day relative to the writing, in an example, is dated.
    assert!(brief.contains("as of today (25 Nov 2026) 40 %"), "{brief}");
    assert!(
        brief.contains("Adobe support case: 0123456 opened Sunday (22 Nov 2026), priority 1"),
        "{brief}"
    );
    assert!(
        brief.contains("on the project \u{201c}Northwind UK shop\u{201d}"),
        "{brief}"
    );
    let higher = brief.find("Escalated at the partner:").expect(&brief);
    let decider = brief.find("Decision-maker at the partner:").expect(&brief);
    assert!(higher < decider, "{brief}");
    assert!(brief.contains("Jana Weber, 9-5 CET."), "{brief}");
    // A name that begins with the label's word stays whole.
    let (brief, _) = documents("en", &[("context.project", "Project Phoenix")]);
    assert!(brief.contains("Project: Project Phoenix"), "{brief}");
}

#[test]
fn a_subject_too_long_keeps_the_merchants_word_for_what_is_wrong() {
    let out = Test::new()
        .args(["--lang", "de", "check", "--no-input", "--today", TODAY])
        .answers(&ready_with(&[
            ("context.merchant", "Baumarkt Seidel GmbH & Co. KG"),
            ("context.severity", "degraded"),
            ("context.topic", "Suche und Kategorieseiten sehr langsam"),
        ]))
        .args(["--brief", "b.txt"])
        .run()
        .exits(0);
    let stderr = out.stderr();
    assert!(
        stderr.contains("Eskalation: Baumarkt Seidel – Suche und Kategorieseiten sehr langsam"),
        "{stderr}"
    );
}

/// A label of the merchant's own at the start of an answer is not made
/// a second label of the brief's: "Environment: staging: …".
#[test]
fn a_label_of_the_merchants_own_after_the_briefs_keeps_its_first_letter() {
    let environment = "staging: b2b-staging.example.com; production: www.example.com";
    for (lang, label) in [("en", "Environment: "), ("de", "Umgebung: ")] {
        let out = crate::common::briefed(
            lang,
            &crate::common::ready_with(&[("context.environment", environment)]),
        );
        let brief = crate::common::unwrapped(&out.read("b.txt"));
        assert!(
            brief.contains(&format!("{label}{environment}")),
            "{lang}: {brief}"
        );
    }
}

/// A weekday known by what happened on it ("the Friday deployment", „das
/// Deployment vom Freitag") is no day ahead: only the day asked by gets
/// its date.
#[test]
fn a_weekday_known_by_what_happened_on_it_gets_no_date_ahead() {
    for (lang, ask, dated, undated) in [
        (
            "en",
            "Get them to roll back the Friday deployment by Friday.",
            "by Friday (27 Nov 2026)",
            "the Friday deployment",
        ),
        (
            "de",
            "Bitte lassen Sie das Deployment vom Freitag bis Freitag zurückrollen.",
            "bis Freitag (27.11.2026)",
            "vom Freitag bis",
        ),
    ] {
        let out = crate::common::briefed(
            lang,
            &crate::common::ready_with(&[("context.ask-other", ask)]),
        );
        let brief = crate::common::unwrapped(&out.read("b.txt"));
        assert!(brief.contains(dated), "{lang}: {brief}");
        assert!(brief.contains(undated), "{lang}: {brief}");
    }
}

#[test]
fn a_date_at_risk_goes_with_the_thing_not_with_the_time_the_merchant_sets_it_in() {
    for (lang, what, said) in [
        (
            "en",
            "our new site launch before the holiday rush",
            "At risk: our new site launch on 14 Dec 2026, before the holiday rush.",
        ),
        (
            "de",
            "Relaunch vor dem Weihnachtsgeschäft",
            "Gefährdet: Relaunch am 14.12.2026, vor dem Weihnachtsgeschäft.",
        ),
        // A day of the merchant's own stays where they put it.
        (
            "en",
            "the launch on 14 Dec, before the rush",
            "At risk: the launch on 14 Dec, before the rush.",
        ),
    ] {
        let (brief, _) = documents(
            lang,
            &[
                ("context.at-risk", "2026-12-14"),
                ("context.at-risk-what", what),
            ],
        );
        assert!(brief.contains(said), "{lang}: {brief}");
    }
}

#[test]
fn no_answer_is_said_once_and_nothing_of_a_live_shop_the_merchant_did_not_say() {
    // READY has no reply from the partner; the position says so too.
    for (lang, position, line) in [
        (
            "en",
            "Nobody has answered since 10 November. I have not withheld anything yet.",
            "There has been no answer so far.",
        ),
        (
            "de",
            "Bisher keine Rückmeldung, obwohl wir zweimal nachgefragt haben.",
            "Bisher gibt es keine Antwort.",
        ),
    ] {
        let (brief, _) = documents(lang, &[("partner-contact.position", position)]);
        assert!(!brief.contains(line), "{lang}: {brief}");
        assert!(brief.contains(position), "{lang}: {brief}");
    }
    // The severity chosen says the project is late; of the live shop,
    // the merchant said nothing.
    for lang in ["en", "de"] {
        let (brief, _) = documents(lang, &[("context.severity", "delay")]);
        for claim in [
            "nothing live is affected",
            "Live-Betrieb ist nicht betroffen",
        ] {
            assert!(!brief.contains(claim), "{lang}: {brief}");
        }
    }
    // „beim Partner“ once where the brief says with whom it was raised.
    let (brief, _) = documents("de", &[]);
    let raised = brief
        .lines()
        .find(|l| l.contains("angesprochen") && l.contains("hinaus"))
        .expect("with whom it was raised, and how far it went");
    assert_eq!(raised.matches("eim Partner").count(), 1, "{raised}");
}

#[test]
fn a_position_written_to_the_partner_is_said_to_be_the_answer_to_them() {
    for (lang, position, label, own) in [
        (
            "de",
            "Seit Ihrem Release am 20.11. fehlt Klarna; wir erwarten einen Termin.",
            "Meine Antwort an den Partner: Seit Ihrem Release",
            "Meine Sicht dazu:",
        ),
        (
            "en",
            "Your release broke the checkout, so the fix is owed.",
            "My answer to the partner: Your release",
            "My position on it:",
        ),
    ] {
        let (brief, _) = documents(lang, &[("partner-contact.position", position)]);
        assert!(brief.contains(label), "{lang}: {brief}");
        assert!(!brief.contains(own), "{lang}: {brief}");
    }
    // A position written for the CSM keeps its label.
    let (brief, _) = documents("en", &[]);
    assert!(
        brief.contains("My position on it: Guest checkout"),
        "{brief}"
    );
    assert!(!brief.contains("My answer to the partner"), "{brief}");
}

#[test]
fn where_the_examples_are_is_a_line_that_ends_as_the_others_do() {
    for (lang, place, said) in [
        (
            "de",
            "in meinem Postfach",
            "Wo die Beispiele liegen: in meinem Postfach.",
        ),
        ("en", "my inbox", "Where the examples are: my inbox."),
    ] {
        let (brief, _) = documents(
            lang,
            &[
                ("specificity.evidence-where", place),
                ("specificity.evidence-access", "on-request"),
            ],
        );
        assert!(brief.contains(said), "{lang}: {brief}");
    }
}

/// Herr after a preposition or as an object is „Herrn", in the brief and
/// in what the run says: „Über Herrn Yilmaz hinaus", „Die Funktion von
/// Herrn Yilmaz", „Bevor Sie Herrn Albers ansprechen"; Frau stays.
#[test]
fn herr_is_declined_after_a_preposition_and_as_an_object() {
    for (changes, said, never) in [
        (
            vec![
                ("partner-contact.partner-person", "Herr Yilmaz"),
                ("partner-contact.went-up", "no"),
            ],
            vec!["über Herrn Yilmaz hinaus", "Die Funktion von Herrn Yilmaz"],
            vec!["Über Herr ", "von Herr "],
        ),
        (
            vec![
                (
                    "partner-contact.decider",
                    "Herr Dr. Albers, Geschäftsführer",
                ),
                ("partner-contact.decider-contact", "not-yet"),
            ],
            vec!["bevor Sie Herrn Dr. Albers ansprechen"],
            vec!["Sie Herr "],
        ),
        (
            vec![
                ("partner-contact.partner-person", "Frau Lang"),
                ("partner-contact.went-up", "no"),
            ],
            vec!["über Frau Lang hinaus"],
            vec!["Frauen"],
        ),
    ] {
        let out = crate::common::briefed("de", &ready_with(&changes));
        let brief = unwrapped(&out.read("b.txt"));
        for said in said {
            assert!(brief.contains(said), "{said}: {brief}");
        }
        for never in never {
            assert!(!brief.contains(never), "{never}: {brief}");
        }
    }
}

/// A reference ("Pos. 4.3", "§ 4", "sec. 3.2") or a numbered thing of
/// the project ("Meilenstein 3", "milestone 3", "sprint 14") is not
/// broken across lines in a .txt document, wherever it falls in the line.
#[test]
fn a_reference_keeps_its_number_on_its_line_in_a_text_document() {
    const ABBREVIATIONS: &[&str] = &[
        "Pos.",
        "Ziff.",
        "§",
        "Nr.",
        "S.",
        "Abs.",
        "No.",
        "sec.",
        "p.",
        "Meilenstein",
        "Phase",
        "Sprint",
        "Release",
        "Anlage",
        "Version",
        "milestone",
        "phase",
        "sprint",
        "release",
        "Schedule",
        "Annex",
    ];
    for (lang, refs) in [
        (
            "de",
            "laut Angebot Pos. 4.3, Ziff. 2, § 4, Nr. 12, S. 3 und Abs. 2 vereinbart, \
             Meilenstein 3 in Phase 2, Sprint 14, Release 2.4, Anlage 1, Version 3",
        ),
        (
            "en",
            "see No. 12, sec. 3.2 and p. 4 of the statement of work, \
             milestone 3 in phase 2, sprint 14, release 2.4, Schedule 2, Annex 1",
        ),
    ] {
        for pad in 1..12 {
            let clause = format!("{} {refs} {refs}", "x".repeat(pad));
            let out = crate::common::briefed(lang, &ready_with(&[("scope.clause", &clause)]));
            let brief = out.read("b.txt");
            assert!(
                brief.contains("4.3") || brief.contains("3.2"),
                "{lang}: {brief}"
            );
            for line in brief.lines() {
                let last = line.split_whitespace().last().unwrap_or("");
                assert!(
                    !ABBREVIATIONS.contains(&last),
                    "{lang} {pad}: {line}\n{brief}"
                );
            }
        }
    }
}

/// The merchant's ask that opens as the first thing to do does
/// („Bitte sorgen Sie zuerst dafür, … Bitte sorgen Sie dafür, …“) goes
/// on in the same sentence without repeating the opening.
#[test]
fn an_ask_that_opens_as_the_first_step_does_goes_on_without_repeating_it() {
    for (support, ask, opening, joined) in [
        (
            "02847193",
            "Bitte sorgen Sie dafür, dass heute noch jemand bei der Agentur den Fehler behebt.",
            "Bitte sorgen Sie",
            "mit höchster Priorität bearbeitet, und dann dafür, dass heute",
        ),
        (
            "keiner",
            "Bitte helfen Sie mir, die Agentur heute noch zu erreichen.",
            "Bitte helfen Sie mir",
            "zu eröffnen, und dann die Agentur heute",
        ),
    ] {
        let answers = ready_with(&[
            ("context.severity", "live-down"),
            ("context.support-case", support),
            ("context.ask", "other"),
            ("context.ask-other", ask),
        ]);
        let brief = unwrapped(&briefed("de", &answers).read("b.txt"));
        assert_eq!(brief.matches(opening).count(), 1, "{ask}: {brief}");
        assert!(brief.contains(joined), "{ask}: {brief}");
    }
}

/// "The links below open without extra access" is said only of examples
/// that are links, and never of a link into the merchant's own tool
/// unless they say the CSM has access there.
#[test]
fn the_links_are_said_to_open_only_when_they_are_links_the_csm_can_open() {
    const ALL: [&str; 2] = [
        "The links below open without extra access.",
        "Die Links unten öffnen sich ohne eigenen Zugang.",
    ];
    const SOME: [&str; 2] = [
        "The examples below that are links open without extra access.",
        "Die verlinkten Beispiele unten öffnen sich ohne eigenen Zugang.",
    ];
    let public = "https://status.example.net/incidents/4711 (checkout errors, 1 Dec)";
    let own = "https://northwind-parts.atlassian.net/browse/NW-490 (duplicate orders, 1 Dec)";
    let plain = "Stock levels wrong on 14 SKUs on 3 Dec";
    for (examples, place, said) in [
        (
            vec![public, "https://status.example.net/incidents/4712"],
            "our status page",
            Some(ALL),
        ),
        (vec![public, plain], "our status page", Some(SOME)),
        (vec![own, plain], "our Jira", None),
        (vec![own], "our Jira", None),
        (vec![plain, "Email thread of 26 Nov"], "my mailbox", None),
    ] {
        let mut answers = ready_with(&[
            ("context.merchant", "Northwind Industrial Supply Ltd"),
            ("context.environment", "shop.northwind-parts.co.uk"),
            ("specificity.evidence-access", "links"),
            ("specificity.evidence-where", place),
        ]);
        answers.retain(|(k, _)| *k != "specificity.examples");
        answers.extend(examples.iter().map(|e| ("specificity.examples", *e)));
        for (n, lang) in ["en", "de"].into_iter().enumerate() {
            let brief = unwrapped(&briefed(lang, &answers).read("b.txt"));
            for sentence in [ALL[n], SOME[n]] {
                let wanted = said.is_some_and(|s| s[n] == sentence);
                assert_eq!(
                    brief.contains(sentence),
                    wanted,
                    "{lang} {examples:?}: {brief}"
                );
            }
        }
    }
}
