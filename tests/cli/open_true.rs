//! What the brief lists as still open is true and reads as a person
//! writes it: no sum read into a reference number, only the part of the
//! way to reach the merchant that is missing, no doubt of a support case
//! the merchant said there is none of, what they do not know asked for,
//! not to be confirmed, a placeholder for the partner's answer not read
//! as silence; one sentence leads into the points, none repeats a promise.

use crate::common::{briefed, ready_with};
use crate::open_points::open_points;

/// The brief written in `lang` from [`READY`](crate::common::READY) with
/// `changes`.
fn brief(lang: &str, changes: &[(&str, &str)]) -> String {
    briefed(lang, &ready_with(changes)).read("b.txt")
}

#[test]
fn a_reference_number_after_an_invoice_or_order_is_no_sum_without_a_currency() {
    for (lang, position, currency) in [
        (
            "en",
            "They did not come back. Invoice 4412 is due 2026-12-15.",
            "currency",
        ),
        (
            "en",
            "Order 88120 and ticket 30211 are still open.",
            "currency",
        ),
        (
            "de",
            "Rechnung Nr. 2026118 habe ich noch nicht bezahlt.",
            "Währung",
        ),
    ] {
        let brief = brief(lang, &[("partner-contact.position", position)]);
        let open = open_points(&brief, lang);
        assert!(!open.iter().any(|p| p.contains(currency)), "{open:#?}");
    }
    // A sum after a word of money is still one without its currency.
    let brief = brief(
        "en",
        &[(
            "partner-contact.position",
            "We withhold the invoice of 12,500.",
        )],
    );
    assert!(
        open_points(&brief, "en")
            .iter()
            .any(|p| p.contains("currency")),
        "{brief}"
    );
}

#[test]
fn only_what_the_way_to_reach_the_merchant_leaves_out_is_open() {
    for (lang, contact, phone, name) in [
        (
            "en",
            "Leah Okafor, head of digital, Slack or phone, afternoons UK time",
            "A phone number",
            "full name",
        ),
        (
            "de",
            "Markus Hofmann",
            "Eine Telefonnummer",
            "vollständiger Name",
        ),
    ] {
        let brief = brief(lang, &[("context.contact", contact)]);
        let open = open_points(&brief, lang);
        assert!(open.iter().any(|p| p.starts_with(phone)), "{open:#?}");
        assert!(!open.iter().any(|p| p.contains(name)), "{open:#?}");
    }
    // A first name alone: the full name is open too.
    let brief = brief("en", &[("context.contact", "Leah")]);
    assert!(
        open_points(&brief, "en")
            .iter()
            .any(|p| p.starts_with("My full name and a phone number")),
        "{brief}"
    );
}

#[test]
fn no_support_case_said_is_neither_a_doubt_nor_a_promise() {
    for (lang, none, doubt, point) in [
        (
            "en",
            "none",
            "if there is none",
            "The number of an Adobe support case",
        ),
        (
            "de",
            "keiner",
            "falls noch keiner",
            "Die Nummer eines Adobe-Supportfalls",
        ),
    ] {
        let brief = brief(lang, &[("context.support-case", none)]);
        assert!(!brief.contains(doubt), "{brief}");
        // Nor one the merchant would open: the ask helps open one.
        assert!(
            !open_points(&brief, lang)
                .iter()
                .any(|p| p.starts_with(point)),
            "{brief}"
        );
    }
}

#[test]
fn an_impact_the_merchant_does_not_know_is_to_come_not_to_confirm() {
    for (lang, impact, confirm, point) in [
        (
            "en",
            "not sure, the trade fair in January, a paid campaign",
            "I will confirm",
            "What is at stake",
        ),
        (
            "de",
            "weiß nicht genau, Messe im Januar, Kampagne bezahlt",
            "bestätige ich",
            "Die geschäftlichen Auswirkungen",
        ),
    ] {
        let brief = brief(lang, &[("context.impact", impact)]);
        let heading = if lang == "de" {
            "\nNoch offen\n"
        } else {
            "\nStill open\n"
        };
        let open = &brief[brief.find(heading).expect("open points")..];
        assert!(!open.contains(confirm), "{brief}");
        assert!(
            open_points(&brief, lang)
                .iter()
                .any(|p| p.starts_with(point)),
            "{brief}"
        );
    }
}

#[test]
fn a_placeholder_for_the_partners_answer_is_not_word_of_no_answer() {
    for (lang, silence) in [("en", "no answer"), ("de", "keine antwort")] {
        for answer in ["n/a", "?"] {
            let brief = brief(lang, &[("partner-contact.partner-answer", answer)]);
            assert!(!brief.to_lowercase().contains(silence), "{brief}");
        }
        // Blank, it is none.
        let brief = brief(lang, &[("partner-contact.partner-answer", "")]);
        assert!(brief.to_lowercase().contains(silence), "{brief}");
    }
}

#[test]
fn one_sentence_leads_into_the_points_and_none_repeats_a_promise() {
    let changes = [
        ("context.impact", ""),
        ("context.contact", "Jana Weber"),
        ("context.support-case", "none"),
        ("partner-contact.decider-contact", ""),
    ];
    for (lang, lead, confirm, promises) in [
        (
            "en",
            "I will send the following as soon as I have it:",
            "I will also confirm the following:",
            ["I will send", "I will add", "I will tell you"],
        ),
        (
            "de",
            "Folgendes reiche ich nach, sobald ich es habe:",
            "Außerdem bestätige ich noch:",
            ["reiche ich nach.", "reiche sie nach", "bestätige ich noch."],
        ),
    ] {
        let brief = brief(lang, &changes);
        assert_eq!(brief.matches(lead).count(), 1, "{brief}");
        assert_eq!(brief.matches(confirm).count(), 1, "{brief}");
        assert!(brief.find(lead) < brief.find(confirm), "{brief}");
        let open = open_points(&brief, lang);
        assert!(open.len() >= 3, "{open:#?}");
        for point in &open {
            assert!(!promises.iter().any(|p| point.contains(p)), "{point}");
        }
    }
}

#[test]
fn a_reply_from_the_decider_names_the_contact_and_says_it_went_up() {
    for (lang, from, not_higher, contact_open) in [
        ("en", "From", "not gone higher", "contact at the partner"),
        ("de", "Von", "nicht gegangen", "Ansprechperson beim Partner"),
    ] {
        let reply = format!(
            "{from}: Anna Berg\nSent: 26 November 2026\nHi Jana, we will review the timeline and come back next week. Best, Anna"
        );
        let brief = brief(
            lang,
            &[
                ("partner-contact.partner-person", ""),
                ("partner-contact.went-up", "no"),
                ("partner-contact.decider", "Anna Berg, delivery director"),
                ("partner-contact.partner-answer", &reply),
            ],
        );
        let flat = crate::common::unwrapped(&brief);
        assert!(flat.contains("Anna Berg (delivery director)"), "{brief}");
        assert!(!flat.contains(not_higher), "{brief}");
        assert!(
            !open_points(&brief, lang)
                .iter()
                .any(|p| p.contains(contact_open)),
            "{brief}"
        );
    }
}

#[test]
fn a_contact_the_csm_may_call_with_no_number_or_address_is_open() {
    for (lang, point) in [
        ("en", "A phone number or email address for Mark Ellis"),
        ("de", "Telefonnummer oder E-Mail-Adresse von Mark Ellis"),
    ] {
        let changes = [
            ("partner-contact.partner-person", "Mark Ellis, support lead"),
            ("partner-contact.decider", "don't know"),
            ("partner-contact.decider-contact", "csm"),
        ];
        let out = briefed(lang, &ready_with(&changes));
        assert!(
            out.stderr().contains("(partner-contact.partner-person)"),
            "{}",
            out.stderr()
        );
        let brief = out.read("b.txt");
        assert!(
            open_points(&brief, lang).iter().any(|p| p == point),
            "{brief}"
        );
        // With an address, nothing is open about them.
        let changes = [
            (
                "partner-contact.partner-person",
                "Mark Ellis, support lead, mark@northbridge.example",
            ),
            ("partner-contact.decider", "don't know"),
            ("partner-contact.decider-contact", "csm"),
        ];
        let brief = briefed(lang, &ready_with(&changes)).read("b.txt");
        assert!(
            !open_points(&brief, lang)
                .iter()
                .any(|p| p.contains("Mark Ellis")),
            "{brief}"
        );
        // Nor with the address in the "From:" line of their pasted reply.
        let reply = "From: Mark Ellis <mark@northbridge.example>\nSent: 26 November 2026\nHi Jana, the export works on our side. Best, Mark";
        let changes = [
            ("partner-contact.partner-person", "Mark, support lead"),
            ("partner-contact.decider", "don't know"),
            ("partner-contact.decider-contact", "csm"),
            ("partner-contact.partner-answer", reply),
        ];
        let brief = briefed(lang, &ready_with(&changes)).read("b.txt");
        assert!(
            !open_points(&brief, lang)
                .iter()
                .any(|p| p.contains("Mark Ellis")),
            "{brief}"
        );
    }
}

#[test]
fn a_problem_that_says_only_for_weeks_leaves_its_start_open_in_both_languages() {
    for (lang, problem, example, point) in [
        (
            "en",
            "The project is stuck. Nothing has happened for weeks.",
            "Teams messages since 2 Nov",
            "The day the problem started",
        ),
        (
            "de",
            "Das Projekt hängt. Seit Wochen passiert nichts.",
            "Teams-Nachrichten seit 02.11.",
            "Seit wann das Problem besteht",
        ),
    ] {
        let changes = [
            ("specificity.problem", problem),
            ("specificity.examples", example),
        ];
        let brief = brief(lang, &changes);
        assert!(
            open_points(&brief, lang).iter().any(|p| p == point),
            "{brief}"
        );
    }
}

#[test]
fn a_clause_not_known_is_to_follow_not_to_confirm() {
    for (lang, placeholder, lead, clause) in [
        (
            "en",
            "don't know",
            "I will send the following as soon as I have it:",
            "The clause of the statement of work",
        ),
        (
            "de",
            "weiß nicht",
            "Folgendes reiche ich nach, sobald ich es habe:",
            "Die strittige Stelle",
        ),
    ] {
        let brief = brief(lang, &[("scope.clause", placeholder)]);
        let at = brief.find(clause).expect(&brief);
        // Nothing given is to be confirmed: the clause is among the
        // points to follow, after their lead and before any list of
        // points to confirm.
        let follow = brief.find(lead).expect(&brief);
        assert!(follow < at, "{brief}");
        let between = &brief[follow..at];
        assert!(
            !between.contains("confirm") && !between.contains("bestätige"),
            "{brief}"
        );
    }
}

/// Going higher told in the position with its day ("I wrote to Petra
/// Lind on 4 Dec 2026; no answer.") is given: no point asks when it went
/// higher and what came back. Without the position saying it, it stays
/// open.
#[test]
fn going_higher_told_in_the_position_leaves_no_point_about_it() {
    for (lang, point, position) in [
        (
            "en",
            "When it went higher at the partner",
            "Gift cards are item 6 of the order. I wrote to Petra Lind on 4 Dec 2026; no answer.",
        ),
        (
            "de",
            "Wann es beim Partner an höhere Stelle ging",
            "Geschenkkarten sind Position 6 des Auftrags. Ich habe Petra Lind am 04.12.2026 geschrieben; keine Antwort.",
        ),
    ] {
        let changes = |position| {
            [
                ("partner-contact.went-up", "yes"),
                ("partner-contact.decider", "Petra Lind, managing director"),
                ("partner-contact.went-up-answer", ""),
                ("partner-contact.position", position),
            ]
        };
        let told = brief(lang, &changes(position));
        assert!(
            !open_points(&told, lang).iter().any(|p| p.contains(point)),
            "{told}"
        );
        let untold = brief(lang, &changes("Gift cards are item 6 of the order."));
        assert!(
            open_points(&untold, lang).iter().any(|p| p.contains(point)),
            "{untold}"
        );
    }
}
