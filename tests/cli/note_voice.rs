//! What the note says of the partner is put to them: the merchant's
//! position on a reply and the examples go through the one filter the
//! problem goes through (reworded to "you" where that is safe, left out
//! where it judges or speaks of someone in the third person), and the
//! run says what it changed; a first note says no price of the contract
//! and points at no attachment it does not carry.

use crate::common::{Outcome, TODAY, Test, ready_with};

/// The partner's version of the problem, so that no warning is due.
const FOR_PARTNER: (&str, &str) = (
    "context.problem-for-partner",
    "Since 3 November guest checkout fails on the live shop.",
);

/// A reply from the partner, which the position answers.
const REPLY: (&str, &str) = (
    "partner-contact.partner-answer",
    "Email of 24 Nov: the checkout fails because of your hosting",
);

/// The run that writes the note in `lang` with `answers`, in JSON.
fn run(lang: &str, answers: &[(&str, &str)]) -> Outcome {
    Test::new()
        .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
        .answers(answers)
        .args(["--partner-note", "note.txt", "--format", "json"])
        .run()
}

fn kinds(out: &Outcome) -> Vec<String> {
    out.json()["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["kind"].as_str().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn the_position_on_a_reply_is_put_to_the_partner_and_never_judges_them() {
    for (lang, position, kept, never) in [
        (
            "en",
            "We do not accept this. The agency keeps blaming the hosting, that is an excuse. The hosting plan ACME signed off in October covers the load.",
            &[
                "We do not accept this.",
                "The hosting plan you signed off in October covers the load.",
            ][..],
            &["blaming", "excuse", "ACME signed"][..],
        ),
        (
            "de",
            "Die Agentur schiebt es auf den Hoster, das ist vorgeschoben. Sie hat das Protokoll selbst abgezeichnet. Sie schieben es auf unsere Daten. Das Hosting steht im Vertrag.",
            &["Das Hosting steht im Vertrag."][..],
            &["vorgeschoben", "Sie hat", "Sie schieben", "Agentur"][..],
        ),
    ] {
        let out = run(
            lang,
            &ready_with(&[FOR_PARTNER, REPLY, ("partner-contact.position", position)]),
        );
        let note = crate::common::unwrapped(&out.read("note.txt"));
        for kept in kept {
            assert!(note.contains(kept), "{kept}:\n{note}");
        }
        for never in never {
            assert!(!note.contains(never), "{never}:\n{note}");
        }
        assert!(
            kinds(&out).contains(&"note-left-out".to_owned()),
            "{}",
            out.stderr()
        );
    }
}

#[test]
fn a_position_cut_whole_still_says_the_reply_is_not_accepted_and_the_run_says_so() {
    for (lang, position, neutral, said) in [
        (
            "en",
            "They clearly do not care. More excuses.",
            "We do not accept your answer.",
            "in its place it says only \"We do not accept your answer.\"",
        ),
        (
            "de",
            "Seit zwei Wochen nur Vertröstungen. Das ist eine Frechheit.",
            "Ihre Antwort können wir so nicht akzeptieren.",
            "An ihrer Stelle steht nur „Ihre Antwort können wir so nicht akzeptieren.“",
        ),
    ] {
        let out = run(
            lang,
            &ready_with(&[FOR_PARTNER, REPLY, ("partner-contact.position", position)]),
        );
        let note = crate::common::unwrapped(&out.read("note.txt"));
        assert!(note.contains(neutral), "{note}");
        assert!(
            !note.contains("care") && !note.contains("Vertröstungen"),
            "{note}"
        );
        assert!(
            crate::common::unwrapped(&out.stderr()).contains(said),
            "{}",
            out.stderr()
        );
    }
}

#[test]
fn an_example_of_the_partners_own_ticket_release_or_words_is_put_to_them() {
    let examples = |list: &[&'static str]| {
        let mut answers: Vec<(&str, &str)> = ready_with(&[FOR_PARTNER])
            .into_iter()
            .filter(|(key, _)| *key != "specificity.examples")
            .collect();
        answers.extend(list.iter().map(|e| ("specificity.examples", *e)));
        answers
    };
    for (lang, given, put) in [
        (
            "en",
            &[
                "ACME ticket AC-903, opened 26 Nov",
                "Checkout returns HTTP 500 after ACME deployed release 2.4.7-p3",
                "They told us in the weekly on 3 Nov that the fix is 'nearly done'",
                "503 errors after the ACME team changed the Varnish config",
            ][..],
            &[
                "Your ticket AC-903, opened 26 Nov",
                "Checkout returns HTTP 500 after you deployed release 2.4.7-p3",
                "You told us in the weekly on 3 Nov that the fix is",
                "503 errors after your team changed the Varnish config",
            ][..],
        ),
        (
            "de",
            &[
                "Im Jira der Agentur steht Ticket B2B-58 seit 10.11. auf blocked",
                "Das Angebot von ACME nennt den Checkout ausdrücklich",
            ][..],
            &[
                "In Ihrem Jira steht Ticket B2B-58 seit 10.11. auf blocked",
                "Ihr Angebot nennt den Checkout ausdrücklich",
            ][..],
        ),
    ] {
        let out = run(lang, &examples(given));
        let note = crate::common::unwrapped(&out.read("note.txt"));
        for put in put {
            assert!(note.contains(put), "{put}:\n{note}");
        }
        assert!(
            kinds(&out).contains(&"note-reworded".to_owned()),
            "{}",
            out.stderr()
        );
        assert!(
            !kinds(&out).contains(&"note-names-partner".to_owned()),
            "{}",
            out.stderr()
        );
    }
}

#[test]
fn going_higher_is_said_as_a_person_writes_it_with_the_day_and_the_form_of_address_given() {
    // TODAY is Wednesday 25 Nov 2026: "Saturday" is the 21st before it.
    for (lang, decider, answer, said) in [
        (
            "en",
            "Simon Hale, managing director",
            "Called their MD Simon Hale on Saturday evening, left a voicemail, no callback.",
            "I also left a voicemail for Simon Hale, your managing director, on Saturday evening (21 Nov 2026); no one has called me back yet.",
        ),
        (
            "de",
            "Thomas Vogt, Geschäftsführer",
            "Am 23.11. an Herrn Vogt (Geschäftsführer) geschrieben, er hat die Antwort bestätigt.",
            "an Herrn Vogt, Ihren Geschäftsführer, gewandt; er hat Ihre Antwort bestätigt.",
        ),
        (
            "de",
            "Thomas Vogt, Geschäftsführer",
            "Am 23.11. an ihn geschrieben, er hat die Antwort bestätigt.",
            "an Thomas Vogt, Ihren Geschäftsführer, gewandt; er hat Ihre Antwort bestätigt.",
        ),
        // The name is said once: „sie" by the role's form, and with no
        // role, no pronoun that could be wrong.
        (
            "de",
            "Katrin Ohlsen, Geschäftsführerin",
            "Am 23.11. an sie geschrieben, sie hat die Antwort bestätigt.",
            "an Katrin Ohlsen, Ihre Geschäftsführerin, gewandt; sie hat Ihre Antwort bestätigt.",
        ),
        (
            "de",
            "Katrin Ohlsen",
            "Am 23.11. geschrieben, die Antwort wurde bestätigt.",
            "an Katrin Ohlsen gewandt; Ihre Antwort wurde mir dabei bestätigt.",
        ),
        (
            "de",
            "Thomas Vogt, Geschäftsführer",
            "Samstagabend angerufen, nur Mailbox.",
            "Am Samstagabend (21.11.2026) habe ich außerdem Thomas Vogt, Ihren Geschäftsführer, angerufen und eine Nachricht auf der Mailbox hinterlassen; zurückgerufen hat mich bisher niemand.",
        ),
    ] {
        let answers = ready_with(&[
            FOR_PARTNER,
            ("partner-contact.went-up", "yes"),
            ("partner-contact.decider", decider),
            ("partner-contact.went-up-answer", answer),
        ]);
        let out = run(lang, &answers);
        let note = crate::common::unwrapped(&out.read("note.txt"));
        assert!(note.contains(said), "{said}:\n{note}");
        for never in [
            "no call back has come",
            "(Geschäftsführer)",
            "wurde dort bestätigt",
            "ein Rückruf kam",
            "Vogt hat",
            "Ohlsen hat",
        ] {
            assert!(!note.contains(never), "{never}:\n{note}");
        }
    }
}

#[test]
fn the_reply_is_quoted_by_the_sentence_the_position_answers() {
    for (lang, reply, position, quoted) in [
        (
            "en",
            "From: Tom Wagner <tom.wagner@acme.example>\nSent: Monday, 23 November 2026 10:00\nSubject: RE: Guest checkout\n\nHi Jana,\n\nThanks for your message. Unfortunately we cannot fix this at short notice. The cause is the payment data, which we only received on 20 Nov.\n\nBest regards,\nTom",
            "The payment data came on 6 Nov, not on 20 Nov.",
            "You wrote: \u{201c}The cause is the payment data, which we only received on 20 Nov.\u{201d} The payment data came on 6 Nov",
        ),
        (
            "de",
            "Von: Tom Wagner <tom.wagner@acme.example>\nGesendet: Montag, 23. November 2026 10:00\nBetreff: AW: Gastbestellung\n\nSehr geehrte Frau Weber,\n\nvielen Dank für Ihre Nachricht. Leider können wir den Fehler nicht kurzfristig beheben. Die Ursache liegt an den Zahlungsdaten, die wir erst am 20.11. erhalten haben.\n\nMit freundlichen Grüßen\nTom Wagner",
            "Die Zahlungsdaten kamen am 06.11., nicht am 20.11.",
            "Sie schrieben: \u{201e}Die Ursache liegt an den Zahlungsdaten, die wir erst am 20.11. erhalten haben.\u{201c} Die Zahlungsdaten kamen",
        ),
    ] {
        let answers = ready_with(&[
            FOR_PARTNER,
            ("partner-contact.partner-answer", reply),
            ("partner-contact.position", position),
        ]);
        let note = crate::common::unwrapped(&run(lang, &answers).read("note.txt"));
        assert!(note.contains(quoted), "{quoted}:\n{note}");
    }
}

#[test]
fn a_first_note_names_no_price_in_any_wording_and_no_attachment() {
    for (lang, clause, example, never) in [
        (
            "en",
            "Proposal P-2291 v3, item 7; fixed price EUR 96,000 total",
            "Stock export fails every night since 20 Nov, cron log attached",
            &["96,000", "total", "attached"][..],
        ),
        (
            "de",
            "Angebot AN-2025-118, Ziffer 3.4; Festpreis 96.000 EUR insgesamt",
            "Bestandsexport schlägt seit 20.11. jede Nacht fehl, Log anbei",
            &["96.000", "insgesamt", "anbei"][..],
        ),
    ] {
        let mut answers: Vec<(&str, &str)> = ready_with(&[FOR_PARTNER, ("scope.clause", clause)])
            .into_iter()
            .filter(|(key, _)| {
                !key.starts_with("partner-contact.") && *key != "specificity.examples"
            })
            .collect();
        answers.push(("partner-contact.raised", "not-yet"));
        answers.push(("specificity.examples", example));
        answers.push((
            "specificity.examples",
            "ticket ACME-1234: guest checkout fails",
        ));
        let note = crate::common::unwrapped(&run(lang, &answers).read("note.txt"));
        for never in never {
            assert!(!note.contains(never), "{never}:\n{note}");
        }
        // The example stays, without its pointer.
        let kept = example.split(',').next().unwrap_or_default();
        assert!(note.contains(kept), "{kept}:\n{note}");
    }
}

/// A verdict aimed at the reader does not survive the rewording: an
/// intensifier of blame goes and the fact stays, colloquial blame and
/// „Die" standing for the partner with a judgement are cut, a "they"
/// that did a thing of theirs is put to them, and the run says each.
#[test]
fn no_verdict_on_the_partner_survives_and_the_facts_stay() {
    for (lang, problem, position, kept, never) in [
        (
            "en",
            "Guest checkout fails since the 2.4.7 upgrade they did in October. Tom Wagner messed up the release.",
            "Tom has not responded at all in three days. The 4h SLA is clearly breached.",
            &[
                "Guest checkout fails since the 2.4.7 upgrade you did in October.",
                "You have not responded in three days.",
                "The 4h SLA is breached.",
            ][..],
            &["messed up", "at all", "clearly", "they did"][..],
        ),
        (
            "de",
            "Seit dem Update am 1.12. schlägt der Gast-Checkout fehl. Die kümmern sich nicht. Die Agentur hat das beim letzten Release kaputt gemacht.",
            "Herr Wagner hat überhaupt nicht reagiert. Die SLA ist offensichtlich verletzt.",
            &[
                "Seit dem Update am 1.12. schlägt der Gast-Checkout fehl.",
                "Sie haben nicht reagiert.",
                "Die SLA ist verletzt.",
            ][..],
            &["kümmern", "kaputt", "überhaupt", "offensichtlich"][..],
        ),
    ] {
        assert_cut_and_kept(lang, problem, position, kept, never);
    }
}

/// A note follows up a concern the reply left open: the reply is referred
/// to, never thanked for, whether it puts off, refuses or says nothing,
/// with or without a position and whatever the shop's state.
#[test]
fn a_reply_that_left_the_concern_open_is_never_thanked_for() {
    for (lang, answer) in [
        (
            "en",
            "Email of 24 Nov: we are looking into it and will get back to you.",
        ),
        (
            "de",
            "Anruf am 24.11.: Leider können wir das erst im Januar einplanen.",
        ),
        ("de", "Mail vom 24.11.: Wir schauen uns das an."),
    ] {
        for position in [None, Some("We expect a fix by 1 December.")] {
            let mut answers = vec![
                FOR_PARTNER,
                ("partner-contact.partner-answer", answer),
                ("context.severity", "degraded"),
            ];
            answers.extend(position.map(|p| ("partner-contact.position", p)));
            let mut answers = ready_with(&answers);
            if position.is_none() {
                answers.retain(|(k, _)| *k != "partner-contact.position");
            }
            let out = run(lang, &answers);
            let note = crate::common::unwrapped(&out.read("note.txt")).to_lowercase();
            for thanks in ["thank", "dank"] {
                assert!(!note.contains(thanks), "{answer}:\n{note}");
            }
        }
    }
}

/// Going higher with neither whom nor when is not hinted at: an unnamed
/// "someone more senior" is nothing the partner can act on.
#[test]
fn going_higher_to_no_one_named_on_no_day_is_left_out() {
    for (lang, never) in [("en", "more senior"), ("de", "höhere Stelle")] {
        let answers = ready_with(&[
            FOR_PARTNER,
            REPLY,
            ("partner-contact.went-up", "yes"),
            ("partner-contact.went-up-answer", "n/a"),
            ("partner-contact.decider", "n/a"),
        ]);
        let note = crate::common::unwrapped(&run(lang, &answers).read("note.txt"));
        assert!(!note.contains(never), "{lang}:\n{note}");
    }
}

/// The clause is said once: when the problem or the position already
/// cites its section, schedule or annex, the line that names the clause
/// is left out, whatever money the clause also names.
#[test]
fn a_clause_the_position_already_cites_is_not_named_again() {
    for (lang, clause, position, line) in [
        (
            "en",
            "Support retainer, Schedule B \"performance issues are in scope\"; monthly retainer",
            "We disagree, Schedule B says performance issues are in scope.",
            "Our agreement covers this",
        ),
        (
            "en",
            "SOW section 5.2 Akeneo PIM integration, fixed price EUR 64,000",
            "The attribute mapping was in the spec, section 5.2.",
            "Our agreement covers this",
        ),
        (
            "de",
            "Rahmenvertrag, Anlage 2 Wartung; Festpreis",
            "Die Wartung ist laut Anlage 2 geschuldet.",
            "Bestandteil unserer Vereinbarung",
        ),
        // The reference alone, whatever the case and the contract's own
        // number or date beside it.
        (
            "en",
            "SOW 2026-07, section 3.2 checkout and payments; fixed price",
            "Section 3.2 covers payments.",
            "Our agreement covers this",
        ),
        (
            "en",
            "SOW PF-2026-09, deliverable D4 \"Adyen payments incl. refunds\"; fixed price",
            "Deliverable D4 says in plain words that refunds are included.",
            "Our agreement covers this",
        ),
        (
            "de",
            "Werkvertrag vom 12.03.2026, Anlage 2 Ziffer 3.4 Produktsuche; Festpreis",
            "Die Produktsuche ist laut ziffer 3.4 geschuldet.",
            "Bestandteil unserer Vereinbarung",
        ),
    ] {
        let answers = ready_with(&[
            FOR_PARTNER,
            REPLY,
            ("scope.clause", clause),
            ("partner-contact.position", position),
        ]);
        let note = crate::common::unwrapped(&run(lang, &answers).read("note.txt"));
        assert!(!note.contains(line), "{clause}:\n{note}");
        assert!(note.contains(position), "{position}:\n{note}");
    }
}

/// A clause is named still when the position cites only a wider part
/// of it („Anlage 2" of „Anlage 2 Ziffer 3.4"): its narrowest reference
/// is what says the clause.
#[test]
fn a_clause_cited_only_by_a_wider_part_is_named() {
    for (lang, clause, position, line) in [
        (
            "de",
            "Werkvertrag vom 12.03.2026, Anlage 2 Ziffer 3.4 Produktsuche; Festpreis",
            "Wir haben die Abnahme der Anlage 2 schriftlich verweigert.",
            "Bestandteil unserer Vereinbarung",
        ),
        (
            "en",
            "MSA, Schedule B section 4.1 search; time and materials",
            "We have not signed off Schedule B.",
            "Our agreement covers this",
        ),
    ] {
        let answers = ready_with(&[
            FOR_PARTNER,
            REPLY,
            ("scope.clause", clause),
            ("partner-contact.position", position),
        ]);
        let note = crate::common::unwrapped(&run(lang, &answers).read("note.txt"));
        assert!(note.contains(line), "{clause}:\n{note}");
    }
}

/// The quote is the sentence the merchant disputes: a reply typed from
/// its greeting is quoted as a pasted one is, and without a position the
/// problem picks the sentence it answers, by a word that shortens
/// another ("spec" of "specification").
#[test]
fn the_quote_is_the_sentence_the_merchant_disputes() {
    for (lang, answer, position, quoted) in [
        (
            "en",
            "Dear Jana, unfortunately guest checkout is out of scope, this is a change request. Kind regards, Tom",
            Some("We disagree, section 4.2 covers guest checkout."),
            "Unfortunately guest checkout is out of scope, this is a change request.",
        ),
        (
            "de",
            "Hallo Frau Weber,\ndanke für Ihre Geduld. Wir schauen uns das an und melden uns zeitnah.\nViele Grüße\nTom Wagner",
            Some("Das reicht nicht, der Checkout fällt seit drei Wochen aus."),
            "Wir schauen uns das an und melden uns zeitnah.",
        ),
        (
            "en",
            "Hi Jana,\nWe are aware of the issues and the team is looking into various options. Guest checkout was not part of the original specification.\nBest, Tom",
            None,
            "Guest checkout was not part of the original specification.",
        ),
        // An opener that only says the request was read is not quoted.
        (
            "en",
            "Dear Jana,\nWe have reviewed your request. Guest checkout is billed separately as a change request.\nBest, Tom",
            Some("We do not agree."),
            "Guest checkout is billed separately as a change request.",
        ),
        (
            "de",
            "Hallo Frau Weber,\nwir haben uns das angesehen. Der Gast-Checkout ist ein Change Request und wird extra berechnet.\nViele Grüße\nTom Wagner",
            Some("Das sehen wir nicht so."),
            "Der Gast-Checkout ist ein Change Request und wird extra berechnet.",
        ),
    ] {
        let problem = "Since 3 November guest checkout fails on the live shop. Guest checkout WAS in the spec.";
        let mut answers = vec![
            ("partner-contact.partner-answer", answer),
            ("context.problem-for-partner", problem),
        ];
        answers.extend(position.map(|p| ("partner-contact.position", p)));
        let mut answers = ready_with(&answers);
        if position.is_none() {
            answers.retain(|(k, _)| *k != "partner-contact.position");
        }
        let note = crate::common::unwrapped(&run(lang, &answers).read("note.txt"));
        assert!(note.contains(quoted), "{quoted}:\n{note}");
    }
}

/// A judgement is cut from what the note will say, after it is put to
/// the partner: a motive put to them, sarcasm, a reproach of a habit.
/// A clause that only judges after a fact goes, and the fact stays; the
/// run says both.
#[test]
fn a_judgement_put_to_the_partner_is_cut_and_the_fact_beside_it_stays() {
    for (lang, problem, position, kept, never) in [
        (
            "en",
            "Refunds fail since your release, as usual with you. ACME now claims refunds were never in scope, which is nonsense. The checkout fails for PayPal, which you signed off yourselves, typical. Orders fail; what a surprise. The agency seems to think we will pay twice. Search fails since 23 Nov – again, as always with this agency. Nobody calls back, which is frankly unacceptable for a P1. As always, the ticket sat for a week.",
            "We do not accept this. You keep pushing this onto Klarna because you do not want to admit the release broke it. Tom can read the SOW as well as I can. ACME obviously pretends the plan was never agreed.",
            &[
                "Refunds fail since your release.",
                "You now say refunds were never in scope.",
                "The checkout fails for PayPal, which you signed off yourselves.",
                "We do not accept this.",
                "Search fails since 23 Nov.",
                "Nobody calls back.",
            ][..],
            &[
                "as usual",
                "nonsense",
                "typical",
                "keep pushing",
                "as well as I can",
                "pretend",
                "surprise",
                "pay twice",
                "always",
                "again",
                "unacceptable",
                "sat for a week",
            ][..],
        ),
        (
            "de",
            "Die Suche liefert seit dem Update nichts, wie immer bei Ihnen. Sie behaupten jetzt, Erstattungen seien nie vereinbart gewesen, was Unsinn ist. Die Agentur hat das Projekt offenbar abgeschrieben. Offenbar hoffen die, dass wir einfach zahlen. Wie immer wird uns erst nach Wochen geantwortet.",
            "Das akzeptieren wir nicht. Sie haben das Projekt offenbar abgeschrieben. Herr Wagner kann die Leistungsbeschreibung genauso gut lesen wie ich. Das ist lächerlich.",
            &[
                "Die Suche liefert seit dem Update nichts.",
                "Sie sagen jetzt, Erstattungen seien nie vereinbart gewesen.",
                "Das akzeptieren wir nicht.",
            ][..],
            &[
                "wie immer",
                "Unsinn",
                "offenbar",
                "genauso gut",
                "lächerlich",
                "hoffen",
                "nach Wochen",
            ][..],
        ),
    ] {
        assert_cut_and_kept(lang, problem, position, kept, never);
    }
}

/// "they", "their" and German lower-case „sie"/„ihr…" after others named
/// before them in the sentence are those others: the sentence stays as
/// written. One that can only be the partner is put to them, and the
/// sentence stays too.
#[test]
fn a_pronoun_for_others_named_before_it_is_not_the_partner() {
    for (lang, problem, kept, never) in [
        (
            "en",
            "Customers are waiting for their money and our support gets angry calls. Our warehouse staff re-key orders and their shifts run late. They have not answered since Monday. We have stopped approving their November timesheets until we see a plan. They said it was a timeout on our SAP side, which our SAP team checked and ruled out. We sent three emails and they never answered. We escalated twice and they ignored both emails. They told us on the call that the date holds, but they have not started on the sync. ACME has billed 52 hours against a 40 hour budget and still has no fix.",
            &[
                "You told us on the call that the date holds, but you have not started on the sync.",
                "You have billed 52 hours against a 40 hour budget and still have no fix.",
                "We sent three emails and you never answered.",
                "We escalated twice and you ignored both emails.",
                "Customers are waiting for their money and our support gets angry calls.",
                "Our warehouse staff re-key orders and their shifts run late.",
                "You have not answered since Monday (23 Nov 2026).",
                "We have stopped approving your November timesheets until we see a plan.",
                "You said it was a timeout on our SAP side, which our SAP team checked and ruled out.",
            ][..],
            &["They have", "their November", "They said", "they never"][..],
        ),
        (
            "de",
            "Die Kunden warten auf ihr Geld. Die Konten sind gesperrt, der Go-live ist ohne sie nicht möglich. Die Mitarbeiter im Versand rechnen Porto per Hand, ihnen fehlt die Zeit. Wir haben die Tickets eskaliert, sie haben nicht geantwortet. ACME hat das Update selbst eingespielt und rechnet jetzt 38 Stunden ab.",
            &[
                "Wir haben die Tickets eskaliert, Sie haben nicht geantwortet.",
                "Sie haben das Update selbst eingespielt und rechnen jetzt 38 Stunden ab.",
                "Die Kunden warten auf ihr Geld.",
                "Die Konten sind gesperrt, der Go-live ist ohne sie nicht möglich.",
                "Die Mitarbeiter im Versand rechnen Porto per Hand, ihnen fehlt die Zeit.",
            ][..],
            &["sie haben nicht"][..],
        ),
    ] {
        let out = run(
            lang,
            &ready_with(&[REPLY, ("specificity.problem", problem)]),
        );
        let note = crate::common::unwrapped(&out.read("note.txt"));
        for kept in kept {
            assert!(note.contains(kept), "{kept}:\n{note}");
        }
        for never in never {
            assert!(!note.contains(never), "{never}:\n{note}");
        }
        assert!(
            !kinds(&out).contains(&"note-left-out".to_owned()),
            "{lang}: {}",
            out.stderr()
        );
    }
}

/// A sentence that tells the partner's answer with a verb of blame
/// ("The agency blames our hosting", „Die Agentur schiebt es auf unsere
/// SAP-Daten") is their answer: kept as the fact it reports, put to
/// them, so that the merchant's rebuttal after it answers something, and
/// the note never says no answer came.
#[test]
fn a_blame_that_tells_their_answer_is_kept_as_the_fact_and_no_reply_is_not_claimed() {
    for (lang, field, text, kept, never) in [
        (
            "en",
            "partner-contact.position",
            "The agency blames our hosting, although it ran fine until the release. That is nonsense.",
            "You put it down to our hosting, although it ran fine until the release.",
            "I have had no answer from you",
        ),
        (
            "en",
            "specificity.problem",
            "Since 3 November guest checkout fails. ACME blamed it on the payment provider.",
            "You put it down to the payment provider.",
            "I have had no answer from you",
        ),
        (
            "de",
            "partner-contact.position",
            "Die Agentur schiebt es auf unsere SAP-Daten, obwohl der Abgleich bis zum Update lief. Das ist Unsinn.",
            "Sie führen es auf unsere SAP-Daten zurück, obwohl der Abgleich bis zum Update lief.",
            "Eine Antwort von Ihnen habe ich bis heute nicht erhalten",
        ),
        (
            "de",
            "specificity.problem",
            "Seit dem 3. November schlägt der Gast-Checkout fehl. ACME schiebt die Schuld auf unseren Hoster.",
            "Sie führen es auf unseren Hoster zurück.",
            "Eine Antwort von Ihnen habe ich bis heute nicht erhalten",
        ),
        // A verdict on it cut from the same sentence leaves the
        // merchant's rejection said plainly.
        (
            "de",
            "partner-contact.position",
            "Die Agentur schiebt es auf unsere Daten, das ist vorgeschoben.",
            "Sie führen es auf unsere Daten zurück. Das akzeptiere ich nicht.",
            "vorgeschoben",
        ),
        (
            "en",
            "partner-contact.position",
            "The agency blames our hosting, which is nonsense.",
            "You put it down to our hosting. I do not accept that.",
            "I have had no answer from you",
        ),
    ] {
        let out = run(lang, &ready_with(&[(field, text)]));
        let note = crate::common::unwrapped(&out.read("note.txt"));
        assert!(note.contains(kept), "{kept}:\n{note}");
        for never in [never, "blame", "schieb", "Schuld", "nonsense", "Unsinn"] {
            assert!(!note.contains(never), "{never}:\n{note}");
        }
    }
}

/// Going higher told in the position ("I called Oliver Grant on Saturday
/// evening, no callback.") is said once, in the note's sentence with the
/// role, the day and what came of it, not as well in the merchant's
/// words beside it.
#[test]
fn going_higher_told_in_the_position_is_said_once_with_its_day_and_status() {
    // TODAY is Wednesday 25 Nov 2026: "Saturday" is the 21st before it.
    for (lang, decider, position, said, rest) in [
        (
            "en",
            "Oliver Grant, managing director",
            "The response time has been breached. I called Oliver Grant on Saturday evening, no callback.",
            "On Saturday evening (21 Nov 2026) I also raised it with Oliver Grant, your managing director, who has not answered yet.",
            "The response time has been breached.",
        ),
        (
            "en",
            "Laura Chen, VP delivery",
            "We have nothing to test. I wrote to Laura Chen on 20 Nov, she has not answered yet. We have put the invoice on hold.",
            "On 20 Nov 2026 I also raised it with Laura Chen, your VP delivery, who has not answered yet.",
            "We have nothing to test. We have put the invoice on hold.",
        ),
        // What came of it, after a semicolon, goes with it.
        (
            "en",
            "Sophie Grant, head of delivery",
            "We invoked the SLA in writing on 20 Nov. I left Sophie Grant a voicemail on 20 Nov; no callback.",
            "I also left a voicemail for Sophie Grant, your head of delivery, on 20 Nov 2026; no one has called me back yet.",
            "We invoked the SLA in writing on 20 Nov.",
        ),
        (
            "en",
            "Martin Hale, managing director",
            "We have nothing to test. Martin Hale has not even replied to my email of 20 November.",
            "who has not answered yet",
            "We have nothing to test.",
        ),
        (
            "de",
            "Frau Sommer, Geschäftsführerin",
            "Der Abgleich lief bis zum Update. Ich habe am 20.11. an Frau Sommer geschrieben, kein Rückruf. Die Rechnung halten wir zurück.",
            "Am 20.11.2026 habe ich mich außerdem an Frau Sommer, Ihre Geschäftsführerin, gewandt; eine Antwort steht noch aus.",
            "Der Abgleich lief bis zum Update. Die Rechnung halten wir zurück.",
        ),
    ] {
        let answers = ready_with(&[
            FOR_PARTNER,
            ("partner-contact.went-up", "yes"),
            ("partner-contact.decider", decider),
            ("partner-contact.position", position),
        ]);
        let out = run(lang, &answers);
        let note = crate::common::unwrapped(&out.read("note.txt"));
        assert!(note.contains(said), "{said}:\n{note}");
        assert!(note.contains(rest), "{rest}:\n{note}");
        assert!(!note.contains("callback"), "{note}");
        let surname = decider
            .split(',')
            .next()
            .unwrap()
            .split(' ')
            .next_back()
            .unwrap();
        assert_eq!(note.matches(surname).count(), 1, "{surname}:\n{note}");
    }
}

/// A jab that survives the change of person goes: scare quotes around
/// the partner's word, a retort on it, a verb that says they lie; the
/// fact stays.
#[test]
fn a_jab_in_the_words_goes_and_the_fact_stays() {
    for (lang, problem, position, kept, never) in [
        (
            "en",
            "Since 3 November guest checkout fails. The \"hotfix\" never arrived.",
            "You billed 140 hours and we have nothing to test. \"Soon\" is not a date. ACME now claims it was never agreed.",
            &[
                "The hotfix never arrived.",
                "You billed 140 hours and we have nothing to test.",
                "You now say it was never agreed.",
            ][..],
            &["\u{201c}hotfix", "is not a date", "claim"][..],
        ),
        (
            "de",
            "Seit dem 3. November schlägt der Checkout fehl. Der \u{201e}Patch\u{201c} kam nie an.",
            "Sie haben 140 Stunden abgerechnet. \u{201e}Bald\u{201c} ist kein Termin. Sie behaupten jetzt, das sei nie vereinbart gewesen.",
            &[
                "Der Patch kam nie an.",
                "Sie haben 140 Stunden abgerechnet.",
                "Sie sagen jetzt, das sei nie vereinbart gewesen.",
            ][..],
            &["\u{201e}Patch", "kein Termin", "behaupt"][..],
        ),
    ] {
        let out = run(
            lang,
            &ready_with(&[
                REPLY,
                ("specificity.problem", problem),
                ("partner-contact.position", position),
            ]),
        );
        let note = crate::common::unwrapped(&out.read("note.txt"));
        for kept in kept {
            assert!(note.contains(kept), "{kept}:\n{note}");
        }
        for never in never {
            assert!(!note.contains(never), "{never}:\n{note}");
        }
    }
}

/// An example that names the one the note is written to and then says
/// "he"/"she" of them is put to them whole ("Call with Tom on 20 Nov, he
/// said …" → "Call with you on 20 Nov, you said …"), not left out, so
/// that what the note says later of that promise points at something.
#[test]
fn an_example_naming_the_addressee_then_a_pronoun_is_put_to_them() {
    for (lang, example, said) in [
        (
            "en",
            "Phone call with Tom at 09:30 on 20 Nov, he said a hotfix would be deployed by noon",
            "Phone call with you at 09:30 on 20 Nov, you said a hotfix would be deployed by noon",
        ),
        (
            "en",
            "Phone call with Tom on 18 Nov, he confirmed a fix by Friday",
            "Phone call with you on 18 Nov, you confirmed a fix by Friday",
        ),
        (
            "de",
            "Telefonat mit Tom am 20.11., er sagte, der Fix komme bis Mittag",
            "Telefonat mit Ihnen am 20.11., Sie sagten, der Fix komme bis Mittag",
        ),
    ] {
        let out = run(
            lang,
            &ready_with(&[FOR_PARTNER, ("specificity.examples", example)]),
        );
        let note = crate::common::unwrapped(&out.read("note.txt"));
        assert!(note.contains(said), "{said}:\n{note}\n{}", out.stderr());
    }
}

/// The note is not the email the merchant pastes it into: an example
/// that points below or above ("(see below)", „(siehe unten)") loses
/// the pointer, and keeps what it is.
#[test]
fn an_example_pointing_below_loses_the_pointer() {
    for (lang, example, kept, never) in [
        (
            "en",
            "Log of the failed refunds of 20 Nov (see below)",
            "Log of the failed refunds of 20 Nov",
            "see below",
        ),
        (
            "de",
            "Protokoll der fehlgeschlagenen Erstattungen vom 20.11. (siehe unten)",
            "Protokoll der fehlgeschlagenen Erstattungen vom 20.11.",
            "siehe unten",
        ),
    ] {
        let out = run(
            lang,
            &ready_with(&[FOR_PARTNER, ("specificity.examples", example)]),
        );
        let note = crate::common::unwrapped(&out.read("note.txt"));
        assert!(note.contains(kept), "{kept}:\n{note}");
        assert!(!note.contains(never), "{never}:\n{note}");
    }
}

/// A topic cut short in the note's subject ends at a word, with no "…"
/// before the colon, on no word that leads on ("since"), and keeps its
/// key noun.
#[test]
fn a_topic_cut_in_the_subject_ends_at_a_word_before_the_colon() {
    for (lang, merchant, topic, kept) in [
        (
            "de",
            "Gartenwelt Hoffmann GmbH",
            "Lagerbestände aus SAP werden nicht übernommen",
            "Gartenwelt Hoffmann \u{2013} Lagerbestände",
        ),
        (
            "en",
            "Lumen Home & Living Ltd",
            "checkout error 500 since the shipping extension",
            "Lumen Home & Living \u{2013} checkout error 500",
        ),
    ] {
        let out = run(
            lang,
            &ready_with(&[
                FOR_PARTNER,
                ("context.merchant", merchant),
                ("context.topic", topic),
            ]),
        );
        let stderr = crate::common::unwrapped(&out.stderr());
        let subject = stderr
            .lines()
            .find(|l| l.starts_with("Subject") || l.starts_with("Betreff"))
            .unwrap_or_default()
            .to_owned();
        assert!(subject.contains(kept), "{kept}: {subject}");
        assert!(!subject.contains('\u{2026}'), "{subject}");
        assert!(!subject.contains("since:"), "{subject}");
    }
}

/// A commercial dispute asks for the partner's answer by the note's day:
/// not framed by the live shop, nor asking how they will meet the
/// outcome's later date.
#[test]
fn a_commercial_ask_asks_for_their_answer_not_how_they_meet_a_date() {
    for (lang, outcome, asked, never) in [
        (
            "en",
            "Search finds variants as agreed, without a change request, by 18 December",
            "Please answer by",
            &["As our live shop", "how you will meet"][..],
        ),
        (
            "de",
            "Die Suche findet Varianten wie vereinbart, ohne Change Request, bis 18.12.2026",
            "Bitte antworten Sie mir bis",
            &["Da unser Live-Shop", "einhalten werden"][..],
        ),
    ] {
        let out = run(
            lang,
            &ready_with(&[
                FOR_PARTNER,
                REPLY,
                ("context.ask", "commercial"),
                ("context.severity", "degraded"),
                ("context.outcome", outcome),
            ]),
        );
        let note = crate::common::unwrapped(&out.read("note.txt"));
        assert!(note.contains(asked), "{asked}:\n{note}\n{}", out.stderr());
        for never in never {
            assert!(!note.contains(never), "{never}:\n{note}");
        }
    }
}

/// The note for `problem` and `position` (after a reply) says each of
/// `kept` and none of `never`, and the run says it left a sentence out
/// and reworded one.
fn assert_cut_and_kept(lang: &str, problem: &str, position: &str, kept: &[&str], never: &[&str]) {
    let out = run(
        lang,
        &ready_with(&[
            REPLY,
            ("specificity.problem", problem),
            ("partner-contact.position", position),
        ]),
    );
    let note = crate::common::unwrapped(&out.read("note.txt"));
    for kept in kept {
        assert!(note.contains(kept), "{kept}:\n{note}");
    }
    for never in never {
        assert!(!note.contains(never), "{never}:\n{note}");
    }
    let kinds = kinds(&out);
    assert!(kinds.contains(&"note-left-out".to_owned()), "{lang}");
    assert!(kinds.contains(&"note-reworded".to_owned()), "{lang}");
}
