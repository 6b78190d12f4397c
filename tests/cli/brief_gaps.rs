//! What a CSM would still ask for, found before the brief is written: a
//! decider the CSM cannot reach, a
//! contract lever the brief leaves open, an amount without a currency, a
//! question about the product without an Adobe support case. Each is one
//! line on stderr naming the answer that fills it; a case that says it
//! has none.

use crate::common::{Outcome, TODAY, Test, ready_with, unwrapped};

/// `check --no-input` in `lang` writing a brief to `b.txt`, with
/// `answers`, exiting with `code`.
fn briefed(lang: &str, answers: &[(&str, &str)], code: i32) -> Outcome {
    Test::new()
        .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
        .answers(answers)
        .args(["--brief", "b.txt"])
        .run()
        .exits(code)
}

/// `check --no-input` in `lang` writing a brief, with `answers`: its stderr.
fn warned(lang: &str, answers: &[(&str, &str)]) -> String {
    briefed(lang, answers, 0).stderr()
}

/// Does `stderr` hold a gap warning for `key`?
fn asks_for(stderr: &str, key: &str) -> bool {
    stderr.lines().any(|l| {
        (l.starts_with("Your CSM will ask") || l.starts_with("Im Briefing fehlt"))
            && l.contains(&format!("({key})"))
    })
}

const ANSWER: &str = "partner-contact.partner-answer";

#[test]
fn the_date_of_the_partners_answer_is_never_asked_for() {
    // Not a question of the walk: no gap, no point "still open".
    let body = "Sehr geehrter Herr Pichler,\n\nbis Ende November ist das nur mit CR 4 möglich.\n\nMit freundlichen Grüßen\nMarkus Eder";
    let position = ("partner-contact.position", "Das steht im Pflichtenheft.");
    for lang in ["en", "de"] {
        for answer in [body, "They said next week."] {
            let stderr = warned(lang, &ready_with(&[(ANSWER, answer), position]));
            assert!(!asks_for(&stderr, ANSWER), "{lang}: {stderr}");
        }
    }
}

const DECIDER: &str = "partner-contact.decider";

#[test]
fn a_decider_the_csm_is_to_contact_comes_with_a_phone_or_an_email() {
    let bare = ("partner-contact.decider", "Carlos Mendes, Head of Delivery");
    // Asked to reach them by name, or allowed to contact them.
    let named = (
        "context.ask-other",
        "Reach Carlos Mendes now and get the rollback approved.",
    );
    for answers in [
        ready_with(&[bare, named, ("partner-contact.decider-contact", "not-yet")]),
        ready_with(&[bare, ("partner-contact.decider-contact", "csm")]),
    ] {
        for lang in ["en", "de"] {
            let stderr = warned(lang, &answers);
            assert!(asks_for(&stderr, DECIDER), "{lang}: {stderr}");
        }
    }
    let german = ready_with(&[
        (
            "partner-contact.decider",
            "Dr. Thomas Reiter, Geschäftsführer",
        ),
        (
            "context.ask-other",
            "Bitte noch heute mit Dr. Reiter klären, ob CR 4 berechtigt ist.",
        ),
        ("partner-contact.decider-contact", "me-first"),
    ]);
    assert!(asks_for(&warned("de", &german), DECIDER));
    // Reachable, or not to be contacted by the CSM: nothing to ask.
    for decider in [
        "Carlos Mendes, Head of Delivery, +1 503 555 0199",
        "Carlos Mendes, Head of Delivery, c.mendes@brightforge.example",
    ] {
        let answers = ready_with(&[(DECIDER, decider), named]);
        let stderr = warned("en", &answers);
        assert!(!asks_for(&stderr, DECIDER), "{decider}: {stderr}");
    }
    let answers = ready_with(&[bare, ("partner-contact.decider-contact", "me-first")]);
    let stderr = warned("en", &answers);
    assert!(!asks_for(&stderr, DECIDER), "{stderr}");
}

#[test]
fn an_amount_without_its_currency_is_asked_for_where_it_was_given() {
    let bare = [
        ("context.impact", "We have paid 11.2k so far."),
        (
            "scope.clause",
            "Proposal PX-112, phase 2, T&M capped at 14k",
        ),
        (
            "scope.added-detail",
            "A second payment provider: four weeks, and the budget grows by 18,000.",
        ),
        (
            "partner-contact.partner-answer",
            "On 18 November: next week.",
        ),
        (
            "partner-contact.position",
            "We have paid the invoice of 12,500 already.",
        ),
    ];
    for lang in ["en", "de"] {
        let stderr = warned(lang, &ready_with(&bare));
        for (key, _) in &bare[..3] {
            assert!(asks_for(&stderr, key), "{lang} {key}: {stderr}");
        }
        assert!(
            asks_for(&stderr, "partner-contact.position"),
            "{lang}: {stderr}"
        );
    }
    // With the currency, or a count rather than money: nothing to ask.
    let said = [
        (
            "context.impact",
            "We have paid £11.2k so far, for 48k SKUs.",
        ),
        (
            "scope.clause",
            "Proposal PX-112, phase 2, T&M capped at GBP 14k",
        ),
        (
            "scope.added-detail",
            "A second payment provider: four weeks and EUR 18,000 more.",
        ),
        (
            "partner-contact.partner-answer",
            "Am 18.11.: nächste Woche.",
        ),
        (
            "partner-contact.position",
            "Teilrechnung 3 über 12.500 Euro halten wir zurück.",
        ),
    ];
    let stderr = warned("de", &ready_with(&said));
    assert!(!stderr.contains("Währung"), "{stderr}");
}

const POSITION: &str = "partner-contact.position";

#[test]
fn an_sla_the_case_cites_is_said_invoked_or_not_in_the_position() {
    let answered = (
        "partner-contact.partner-answer",
        "On 18 November: we are on it.",
    );
    for (clause, position) in [
        (
            "Wartungsvertrag, Anlage 2 SLA: Prio-1-Störung Reaktion 4h, Behebung 24h",
            "Vor dem 19.11. gab es die Fehler nicht.",
        ),
        (
            "MSA support addendum",
            "Sev1 per addendum, 1h response, they're way past it",
        ),
    ] {
        let answers = ready_with(&[("scope.clause", clause), answered, (POSITION, position)]);
        for lang in ["en", "de"] {
            let stderr = warned(lang, &answers);
            assert!(asks_for(&stderr, POSITION), "{lang} {clause}: {stderr}");
            assert!(stderr.contains("SLA"), "{lang}: {stderr}");
            // The partner reads the position too: the hint says so.
            let partner_reads = match lang {
                "en" => "the note to your partner quotes your position, too",
                _ => "auch die Nachricht an Ihren Partner gibt Ihre Sicht wieder",
            };
            let said = stderr.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(said.contains(partner_reads), "{lang}: {stderr}");
        }
    }
    // Said either way, or no SLA cited: nothing to ask.
    for (clause, position) in [
        (
            "SLA: P1 response within 1 hour",
            "SLA invoked in writing on 25 November.",
        ),
        ("SLA: P1 response within 1 hour", "No SLA invoked yet."),
        (
            "Anlage 2 SLA, Prio 1",
            "SLA am 20.11. schriftlich geltend gemacht.",
        ),
        (
            "SOW section 3.4, see the Slack thread",
            "It is in 3.4 word for word.",
        ),
    ] {
        let answers = ready_with(&[("scope.clause", clause), answered, (POSITION, position)]);
        let stderr = warned("en", &answers);
        assert!(!asks_for(&stderr, POSITION), "{clause}: {stderr}");
    }
}

#[test]
fn an_sla_penalty_or_invoice_the_merchant_invoked_in_their_own_words_is_not_asked_for() {
    let answered = (
        "partner-contact.partner-answer",
        "On 18 November: we are on it.",
    );
    for (key, said) in [
        (
            POSITION,
            "Wir haben per Mail die 4h-SLA eingefordert, heute 8:30.",
        ),
        (
            POSITION,
            "4h-SLA per E-Mail angemahnt; die Dezemberrechnung halten wir zurück.",
        ),
        (
            POSITION,
            "Die SLA-Vertragsstrafe haben wir am 03.12. gefordert.",
        ),
        (
            POSITION,
            "We demanded the 4h SLA response by email at 8:30 today.",
        ),
        (
            POSITION,
            "SLA breached; we have put the November invoice on hold.",
        ),
        (POSITION, "Claimed the SLA credit and withheld milestone 3."),
        (
            "specificity.problem",
            "Checkout down since Sunday. We invoked the P1 SLA by email this morning.",
        ),
    ] {
        let mut answers = vec![
            ("scope.clause", "Wartungsvertrag mit 4h-SLA"),
            answered,
            (POSITION, "The 4h SLA applies here."),
        ];
        answers.retain(|(k, _)| *k != key);
        answers.push((key, said));
        for lang in ["en", "de"] {
            let run = briefed(lang, &ready_with(&answers), 0);
            let stderr = run.stderr();
            assert!(!asks_for(&stderr, POSITION), "{lang} {said}: {stderr}");
            let brief = unwrapped(&run.read("b.txt"));
            for point in ["SLA in writing", "SLA schriftlich geltend gemacht habe"] {
                assert!(!brief.contains(point), "{lang} {said}: {brief}");
            }
        }
    }
}

#[test]
fn the_brief_says_only_the_examples_are_attached_and_the_terminal_asks_for_the_contract_pages() {
    for (lang, said, pages, reminder) in [
        (
            "en",
            "Copies of the examples below are attached",
            "contract pages",
            "attach the contract pages at issue, too.",
        ),
        (
            "de",
            "Kopien der Beispiele unten sind angehängt",
            "Vertragsseiten",
            "auch die betroffenen Vertragsseiten an",
        ),
    ] {
        let out = briefed(lang, &ready_with(&[]), 0);
        let brief = crate::common::unwrapped(&out.read("b.txt"));
        // The answers say the examples are attached, nothing of the
        // contract: the brief claims no more than that.
        assert!(brief.contains(said), "{brief}");
        assert!(!brief.contains(pages), "{brief}");
        assert!(out.stderr().contains(reminder), "{}", out.stderr());
        // No clause at issue (the statement of work not re-read, so not
        // ready): no contract pages to attach.
        let without: Vec<_> = ready_with(&[("scope.reviewed-deliverables", "no")])
            .into_iter()
            .filter(|(key, _)| *key != "scope.clause")
            .collect();
        let out = briefed(lang, &without, 1);
        assert!(out.read("b.txt").contains(said), "{}", out.read("b.txt"));
        assert!(!out.stderr().contains(reminder), "{}", out.stderr());
    }
}

const SUPPORT: &str = "context.support-case";

#[test]
fn a_question_about_the_product_without_a_support_case_is_challenged_though_the_shop_is_not_live() {
    let blocked = ("context.severity", "launch-blocked");
    for (lang, ask) in [
        (
            "de",
            "Mit Dr. Reiter klären, ob CR 4 berechtigt ist, und uns sagen, ob 12h+ Importzeit bei 48k SKUs auf Cloud normal ist.",
        ),
        (
            "en",
            "Tell us whether a 13-hour catalogue import is normal on Cloud, or a product defect.",
        ),
    ] {
        let answers = ready_with(&[blocked, ("context.ask-other", ask), (SUPPORT, "none")]);
        let stderr = warned(lang, &answers);
        assert!(asks_for(&stderr, SUPPORT), "{lang}: {stderr}");
        // With a case, or asking nothing of the product: nothing to ask.
        let answers = ready_with(&[blocked, ("context.ask-other", ask), (SUPPORT, "01234567")]);
        assert!(!asks_for(&warned(lang, &answers), SUPPORT));
    }
    let answers = ready_with(&[blocked, (SUPPORT, "none")]);
    let stderr = warned("en", &answers);
    assert!(!asks_for(&stderr, SUPPORT), "{stderr}");
}

#[test]
fn an_answer_of_none_is_no_support_case_said_in_words_and_the_ask_helps_open_one_when_the_shop_is_down()
 {
    for (lang, product, none, said) in [
        ("en", "cloud", "none", "There is no Adobe support case."),
        // Asked whether there is a case, "n/a" or "-" says there is none.
        (
            "en",
            "on-premises",
            "n/a",
            "There is no Adobe support case.",
        ),
        (
            "de",
            "on-premises",
            "keiner",
            "Es gibt keinen Adobe-Supportfall.",
        ),
        ("de", "cloud", "-", "Es gibt keinen Adobe-Supportfall."),
    ] {
        let answers = ready_with(&[("context.product", product), (SUPPORT, none)]);
        let out = briefed(lang, &answers, 0);
        let stderr = out.stderr();
        // The ask already asks for help to open one: nothing left open.
        assert!(!asks_for(&stderr, SUPPORT), "{lang} {none}: {stderr}");
        let brief = crate::common::unwrapped(&out.read("b.txt"));
        let help = [
            "help me open a priority support case",
            "einen Supportfall mit höchster Priorität zu eröffnen",
        ];
        assert!(
            help.iter().any(|h| brief.contains(h)),
            "{lang} {none}: {brief}"
        );
        assert_eq!(brief.matches(said).count(), 1, "{lang} {none}: {brief}");
        assert!(
            !brief.contains(&format!(": {none}\n")),
            "{lang} {none}: {brief}"
        );
    }
    // A launch that asks nothing of the product: said, not asked for.
    let answers = ready_with(&[("context.severity", "launch-blocked"), (SUPPORT, "nein")]);
    let out = briefed("de", &answers, 0);
    assert!(!asks_for(&out.stderr(), SUPPORT), "{}", out.stderr());
    let brief = crate::common::unwrapped(&out.read("b.txt"));
    assert!(
        brief.contains("Es gibt keinen Adobe-Supportfall."),
        "{brief}"
    );
    assert!(!brief.contains("Supportfall: nein"), "{brief}");
}

#[test]
fn a_request_naming_the_decider_the_csm_is_to_leave_alone_for_now_is_asked_which_is_meant() {
    const CONTACT: &str = "partner-contact.decider-contact";
    let named = (
        "context.ask-other",
        "Please speak to Derek Olsen about the plan this week.",
    );
    for lang in ["en", "de"] {
        let stderr = warned(lang, &ready_with(&[named, (CONTACT, "not-yet")]));
        assert!(asks_for(&stderr, CONTACT), "{lang}: {stderr}");
    }
    for contact in ["csm", "me-first"] {
        let stderr = warned("en", &ready_with(&[named, (CONTACT, contact)]));
        assert!(!asks_for(&stderr, CONTACT), "{contact}: {stderr}");
    }
    let stderr = warned("en", &ready_with(&[(CONTACT, "not-yet")]));
    assert!(!asks_for(&stderr, CONTACT), "{stderr}");
}

#[test]
fn a_date_in_the_quoted_original_of_a_pasted_thread_does_not_date_the_thanks() {
    let contact = ("context.contact", "Laura Klein, +49 30 1234567");
    let position = (
        "partner-contact.position",
        "It is in the statement of work.",
    );
    for (lang, thread) in [
        (
            "en",
            "Hi Laura,\n\nwe are looking into it.\n\nTom\n\nOn Tue, 3 Nov 2026, Laura Klein wrote:\n> Checkout is down, please fix.",
        ),
        (
            "de",
            "Hallo Frau Klein,\n\nwir prüfen das.\n\nAm 03.11.2026 um 10:12 schrieb Laura Klein:\n> Der Checkout geht nicht.",
        ),
        (
            "en",
            "We are on it.\n\n-----Original Message-----\nFrom: Laura Klein\nSent: Tuesday, 3 November 2026 10:12\nTo: Tom Wagner\n\nCheckout is down.",
        ),
        (
            "de",
            "Wir sind dran.\n\nVon: Laura Klein\nGesendet: Dienstag, 3. November 2026 10:12\nAn: Tom Wagner\n\nDer Checkout geht nicht.",
        ),
        (
            "en",
            "We are on it.\n> On 3 Nov 2026 you wrote that checkout is down",
        ),
        (
            "en",
            "On Tue, 3 Nov 2026, Laura wrote:\n> Checkout is down.",
        ),
    ] {
        let answers = ready_with(&[(ANSWER, thread), contact, position]);
        let out = crate::common::both_documents(lang, &answers);
        assert!(
            !asks_for(&out.stderr(), ANSWER),
            "{lang}: {thread}: {}",
            out.stderr()
        );
        // The note does not thank the partner for a reply of that day.
        let note = crate::common::unwrapped(&out.read("n.txt"));
        let thanks = note
            .lines()
            .find(|l| l.contains("Thank you for") || l.contains("Vielen Dank für"))
            .unwrap_or_default();
        for day in ["3 Nov", "03.11."] {
            assert!(!thanks.contains(day), "{lang}: {note}");
        }
    }
    // The partner's message quoted alone: its header dates it.
    let theirs = "On Fri, 13 Nov 2026, Tom Wagner wrote:\n> We are on it.";
    let stderr = warned("en", &ready_with(&[(ANSWER, theirs), contact, position]));
    assert!(!asks_for(&stderr, ANSWER), "{stderr}");
}

/// The terminal names only what the way to reach the merchant leaves
/// out, as the brief's point does: not the full name when it is given.
#[test]
fn the_terminal_asks_only_for_what_the_contact_leaves_out() {
    const CONTACT: &str = "context.contact";
    for (contact, name, phone) in [
        ("Markus Albrecht, Leiter Vertrieb", false, true),
        ("Tom Barker, ecommerce manager", false, true),
        ("Sabine, 0171 2345678", true, false),
        ("Dan, +44 7700 900123, mornings", true, false),
        ("Dan", true, true),
    ] {
        for (lang, full_name, number) in [
            ("en", "your full name", "a phone number"),
            ("de", "Ihr voller Name", "eine Telefonnummer"),
        ] {
            let answers = ready_with(&[(CONTACT, contact)]);
            let stderr = warned(lang, &answers);
            let line = stderr
                .lines()
                .find(|l| l.contains(&format!("({CONTACT})")))
                .unwrap_or_default();
            assert_eq!(line.contains(full_name), name, "{lang} {contact}: {stderr}");
            assert_eq!(line.contains(number), phone, "{lang} {contact}: {stderr}");
        }
    }
}
