//! The message to the partner says only what the answers say: how the
//! concern was raised, that the partner answered, the clause named, the
//! added work; and its sentences end where the user's text ends.

use crate::common::{TODAY, Test, ready_with};
use mail_parser::MessageParser;

/// The note `check` writes in `lang` with [`crate::common::READY`] and
/// `changes`.
fn note(lang: &str, changes: &[(&str, &str)]) -> String {
    let out = Test::new()
        .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
        .answers(&ready_with(changes))
        .args(["--partner-note", "note.txt"])
        .run();
    crate::common::unwrapped(&out.read("note.txt"))
}

#[test]
fn it_says_it_wrote_only_when_the_concern_was_raised_in_writing() {
    for (channel, en, de) in [
        (
            "email",
            "I wrote to you",
            "habe ich Ihnen zu dem folgenden Problem geschrieben",
        ),
        ("call", "with you in a call", "in einem Gespräch mit Ihnen"),
        ("ticket", "in your ticket system", "in Ihrem Ticketsystem"),
        ("chat", "with you in a chat", "im Chat mit Ihnen"),
    ] {
        let answers = [("partner-contact.channel", channel)];
        let said = note("en", &answers);
        assert!(said.contains(en), "{channel}: {said}");
        assert_eq!(said.contains("wrote"), channel == "email", "{said}");
        let gesagt = note("de", &answers);
        assert!(gesagt.contains(de), "{channel}: {gesagt}");
        assert_eq!(
            gesagt.contains("geschrieben"),
            channel == "email",
            "{gesagt}"
        );
    }
}

#[test]
fn a_partner_who_answered_is_not_told_there_is_no_answer() {
    let answered = [(
        "partner-contact.partner-answer",
        "They say the cap does not apply to change requests.",
    )];
    for (lang, none, thanks) in [
        (
            "en",
            "answer from you",
            "I am writing further to your reply about the problem below",
        ),
        (
            "de",
            "keine klare Antwort",
            "ich beziehe mich auf Ihre Antwort zu dem folgenden Problem",
        ),
    ] {
        let said = note(lang, &answered);
        assert!(!said.contains(none), "{said}");
        // But the reply the answer says came is referred to (not thanked
        // for, while the shop is down).
        assert!(said.contains(thanks), "{said}");
    }
}

#[test]
fn the_scope_quotes_the_clause_without_a_self_assessment() {
    let clause = [("scope.clause", "SOW 3 section 7 (not-to-exceed)")];
    for (lang, concerns, posture) in [
        (
            "en",
            "Our agreement covers this: SOW 3 section 7.",
            ["re-read", "worked out", "added"],
        ),
        (
            "de",
            "Das ist Bestandteil unserer Vereinbarung: SOW 3 section 7.",
            ["noch einmal gelesen", "ermittelt", "hinzugekommen"],
        ),
    ] {
        let said = note(lang, &clause);
        assert!(said.contains(concerns), "{said}");
        for posture in posture {
            assert!(!said.contains(posture), "{posture}: {said}");
        }
    }
}

#[test]
fn what_is_at_stake_ends_its_sentence_before_the_date_at_risk() {
    let answers = [
        ("context.impact", "lost orders, maybe £400k"),
        ("context.at-risk", "2026-12-15"),
    ];
    for (lang, joined) in [
        (
            "en",
            "lost orders, maybe £400k. It also puts what we have planned for 15 Dec 2026 at risk.",
        ),
        (
            "de",
            "lost orders, maybe £400k. Außerdem ist unser Termin am 15.12.2026 gefährdet.",
        ),
    ] {
        let said = note(lang, &answers);
        assert!(said.contains(joined), "{said}");
        assert!(!said.contains("£400k.."), "{said}");
    }
}

#[test]
fn the_partner_person_is_greeted_by_name_without_the_role() {
    for person in [
        "Rachel Kim - Delivery Director",
        "Rachel Kim – Delivery Director",
        "Rachel Kim, Delivery Director",
    ] {
        let said = note("en", &[("partner-contact.partner-person", person)]);
        assert!(said.contains("Dear Rachel,\n"), "{said}");
        assert!(!said.contains("Director,"), "{said}");
    }
    // A hyphen inside a name is not a dash between name and role.
    let said = note(
        "en",
        &[(
            "partner-contact.partner-person",
            "Ms Anna Müller-Lüdenscheidt",
        )],
    );
    assert!(said.contains("Dear Ms Müller-Lüdenscheidt,"), "{said}");
}

#[test]
fn the_german_brief_names_the_person_without_a_case_ending() {
    let brief = Test::new()
        .args(["--lang", "de", "check", "--no-input", "--today", TODAY])
        .answers(&ready_with(&[(
            "partner-contact.partner-person",
            "Herr Brandt, Projektleiter",
        )]))
        .args(["--brief", "brief.txt"])
        .run()
        .exits(0)
        .read("brief.txt");
    assert!(!brief.contains("bei Herr "), "{brief}");
    assert!(brief.contains("Herr Brandt (Projektleiter)"), "{brief}");
}

/// The brief's subject in its email header, and what the run says when
/// it writes the brief as text, which holds no subject.
fn brief_subject(lang: &str, answers: &[(&str, &str)], code: i32) -> (String, String) {
    let out = Test::new()
        .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
        .answers(answers)
        .args(["--brief", "brief.eml"])
        .run()
        .exits(code);
    let eml = out.read("brief.eml");
    let header = MessageParser::default()
        .parse(eml.as_bytes())
        .and_then(|m| m.subject().map(str::to_owned))
        .expect("a subject header");
    let text = Test::new()
        .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
        .answers(answers)
        .args(["--brief", "brief.txt"])
        .run()
        .exits(code)
        .stderr();
    (header, text)
}

#[test]
fn the_brief_subject_names_the_date_at_risk() {
    let answers = ready_with(&[("context.at-risk", "2026-11-27")]);
    let (header, text) = brief_subject("en", &answers, 0);
    assert!(header.ends_with("27 Nov at risk"), "{header}");
    assert!(!header.contains("DRAFT"), "{header}");
    assert!(
        text.contains(&format!("Subject for your email: {header}\n")),
        "{text}"
    );
    let (header, _) = brief_subject("de", &answers, 0);
    assert!(header.ends_with("27.11. gefährdet"), "{header}");
}

#[test]
fn a_draft_brief_says_so_in_its_subject_in_every_form() {
    let mut answers: Vec<(&str, &str)> = ready_with(&[])
        .into_iter()
        .filter(|(key, _)| !key.starts_with("partner-contact."))
        .collect();
    answers.push(("partner-contact.raised", "not-yet"));
    for (lang, draft) in [("en", "DRAFT – "), ("de", "ENTWURF – ")] {
        let (header, text) = brief_subject(lang, &answers, 1);
        assert!(header.starts_with(draft), "{header}");
        assert!(text.contains(draft), "{text}");
    }
}

#[test]
fn the_text_form_holds_the_body_only() {
    for (lang, greeting) in [("en", "Dear "), ("de", "Guten Tag")] {
        let said = note(lang, &[]);
        let first = said.lines().next().unwrap_or_default();
        assert!(first.starts_with(greeting), "{first}");
    }
}

#[test]
fn an_impact_that_names_the_date_at_risk_and_its_event_says_it_once() {
    let event = ("context.at-risk-what", "relaunch campaign");
    let on = ("context.at-risk", "2026-12-15");
    for (lang, impact, at_risk, dayless) in [
        (
            "en",
            "we miss the relaunch campaign on 15 Dec and lose about 40,000 EUR a day",
            "It also puts our relaunch campaign on 15 Dec 2026 at risk.",
            "It also puts our relaunch campaign at risk.",
        ),
        (
            "de",
            "die Relaunch-Kampagne am 15.12. fällt aus, rund 40.000 EUR pro Tag",
            "Außerdem ist unsere Relaunch-Kampagne am 15.12.2026 gefährdet.",
            "Außerdem ist unsere Relaunch-Kampagne gefährdet.",
        ),
    ] {
        let event = if lang == "de" {
            ("context.at-risk-what", "Relaunch-Kampagne")
        } else {
            event
        };
        let said = note(lang, &[("context.impact", impact), on, event]);
        assert!(said.contains(&impact[1..]), "{said}");
        assert!(!said.contains(at_risk), "{said}");
        assert!(!said.contains(dayless), "{said}");
        // An impact without the day leaves the date at risk its own
        // sentence, in a letter's words, not a label's.
        let said = note(
            lang,
            &[("context.impact", "about 40,000 EUR a day"), on, event],
        );
        assert!(said.contains(at_risk), "{said}");
        // One that names the day of another event has the event added,
        // and the date not said again.
        let other = "we miss the Christmas mailing on 15 Dec";
        let said = note(lang, &[("context.impact", other), on, event]);
        assert!(said.contains(dayless), "{other}: {said}");
        assert!(!said.contains(at_risk), "{other}: {said}");
        for label in ["At risk:", "Gefährdet:", "What we need", "Was wir von"] {
            assert!(!said.contains(label), "{said}");
        }
    }
}

#[test]
fn the_note_draft_is_addressed_to_the_partners_contact_and_never_to_the_csm() {
    // The address given with the contact, in any of the ways people write
    // it; the name shown with it as typed, without role or address.
    for (person, name, address) in [
        (
            "Tom Wagner <t.wagner@acme.example>",
            Some("Tom Wagner"),
            Some("t.wagner@acme.example"),
        ),
        (
            "Frau Dr. Weber, Projektleitung, weber@kanaal.example",
            Some("Frau Dr. Weber"),
            Some("weber@kanaal.example"),
        ),
        (
            "Tom Wagner (t.wagner@acme.example)",
            Some("Tom Wagner"),
            Some("t.wagner@acme.example"),
        ),
        // No address: the draft opens with an empty To.
        ("Tom Wagner, project manager", None, None),
        ("Tom Wagner, not@valid", None, None),
    ] {
        for lang in ["en", "de"] {
            let answers = ready_with(&[("partner-contact.partner-person", person)]);
            let out = Test::new()
                .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
                .answers(&answers)
                .args(["--partner-note", "note.eml"])
                .args(["--csm-email", "Petra Lang <csm@adobe.example>"])
                .run();
            let bytes = std::fs::read(out.path("note.eml")).unwrap();
            let message = MessageParser::default().parse(&bytes).expect("a message");
            let to = message.to().and_then(|to| to.first());
            assert_eq!(to.and_then(|a| a.address()), address, "{person}");
            assert_eq!(to.and_then(|a| a.name()), name, "{person}");
            let raw = String::from_utf8_lossy(&bytes);
            assert!(!raw.contains("csm@adobe.example"), "{raw}");
            // The greeting names the person, never the address.
            let text = message.body_text(0).unwrap();
            assert!(!text.lines().next().unwrap().contains('@'), "{text}");
        }
    }
}

#[test]
fn a_date_the_merchant_typed_as_iso_is_written_as_the_note_writes_its_own() {
    for (lang, said, never) in [
        ("en", "opened 5 Dec 2026, 08:12", "2026-12-05"),
        ("de", "opened 05.12.2026, 08:12", "2026-12-05"),
    ] {
        let note = note(
            lang,
            &[(
                "specificity.examples",
                "P1 ticket ACME-4471 opened 2026-12-05 08:12, still status New",
            )],
        );
        assert!(note.contains(said), "{lang}: {note}");
        assert!(!note.contains(never), "{lang}: {note}");
    }
}

#[test]
fn the_date_at_risk_reads_as_a_sentence_with_its_event_as_the_subject() {
    // A German event named with whose it is is the subject, with its
    // article; a date after its weekday is closed by a comma.
    for (what, on, de) in [
        (
            "Start unserer Weihnachts-Rabattaktion",
            "2026-12-15",
            "Außerdem ist der Start unserer Weihnachts-Rabattaktion am 15.12.2026 gefährdet.",
        ),
        (
            "Go-live des neuen Shops",
            "2026-12-15",
            "Außerdem ist der Go-live des neuen Shops am 15.12.2026 gefährdet.",
        ),
        (
            "Eröffnung der Filiale",
            "2026-12-15",
            "Außerdem ist die Eröffnung der Filiale am 15.12.2026 gefährdet.",
        ),
    ] {
        let said = note(
            "de",
            &[
                ("context.impact", "rund 40.000 EUR pro Tag"),
                ("context.at-risk", on),
                ("context.at-risk-what", what),
            ],
        );
        assert!(said.contains(de), "{what}: {said}");
        assert!(!said.contains('\u{2013}'), "{what}: {said}");
    }
}

#[test]
fn a_date_after_its_weekday_is_closed_by_a_comma() {
    // Within the week the date has its weekday: an aside the sentence
    // goes on after.
    let near = [
        ("context.impact", "about 40,000 EUR a day"),
        ("context.at-risk", "2026-11-30"),
    ];
    for (lang, what, expected) in [
        ("en", "relaunch campaign", ", 30 Nov 2026, at risk."),
        ("de", "Relaunch-Kampagne", ", 30.11.2026, gefährdet."),
    ] {
        let mut answers = near.to_vec();
        answers.push(("context.at-risk-what", what));
        let said = note(lang, &answers);
        assert!(said.contains(expected), "{said}");
    }
}

#[test]
fn a_whole_german_sentence_after_the_colon_keeps_its_capital() {
    for (outcome, expected) in [
        (
            "die Suche muss bis zum 10.12. wieder Treffer liefern",
            "Konkret benötige ich von Ihnen: Die Suche muss",
        ),
        (
            "ein verbindlicher Plan bis 02.12.",
            "Konkret benötige ich von Ihnen: ein verbindlicher Plan",
        ),
    ] {
        let said = note("de", &[("context.outcome", outcome)]);
        assert!(said.contains(expected), "{outcome}: {said}");
    }
}
