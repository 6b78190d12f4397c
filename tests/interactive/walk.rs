//! Walks from the first question to the verdict, in both languages, with
//! help, wrong answers, and what an answers file leaves open.

use crate::common::{READY_OWN, TODAY, Test};
use crate::tty::*;

#[test]
fn a_walk_with_keystrokes_ends_ready_like_the_same_answers_as_flags() {
    let mut tty = Tty::check(&[]);
    // Without a document to write, the walk starts with the checklist.
    let intro = tty.expect("Have you re-read the statement of work");
    assert!(intro.contains("Partner escalation readiness"), "{intro}");
    assert!(
        words(&intro).contains(
            "Type ? for help, or pick \"Explain this question\" in a list. Esc goes back one question. Ctrl-C stops without saving anything."
        ),
        "{intro}"
    );
    assert!(
        intro
            .lines()
            .any(|line| line.trim_end() == "Scope · part 1 of 3"),
        "{intro}"
    );
    assert!(!intro.contains("For the document"), "{intro}");
    tty.send(READY_WALK[0].1);
    tty.walk(&READY_WALK[1..]);
    let screen = tty.review(0);
    for line in [
        "All correct: show the verdict",
        "Examples: 2026-10-02 email asking for the release date",
        "Raised with the partner: Yes, but there was no answer or no clear answer",
        "Raised on: 10 Nov 2026",
    ] {
        assert!(
            screen.contains(line),
            "{line:?} not on the review screen:\n{screen}"
        );
    }
    // Without --brief, the brief is offered once the case is ready.
    tty.expect("Write the brief for your CSM now?");
    tty.expect("Yes, to escalation-brief-2026-11-25.md");
    tty.decline();
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 0, "{output}");
    assert!(output.contains("Ready to escalate."), "{output}");
    assert!(
        !output.contains("What is your implementation partner"),
        "{output}"
    );
    assert!(!output.contains("For the document"), "{output}");
    assert!(
        words(&output)
            .contains("Your answers are kept for the next run; `escalate forget` deletes them."),
        "{output}"
    );
    assert!(
        !tty.path("escalation-brief-2026-11-25.md").exists(),
        "a declined brief was written"
    );
    assert_same_as_flags(READY_OWN, &[], code, &output);
}

#[test]
fn help_and_answers_that_do_not_fit_are_shown_and_the_question_asked_again() {
    // The brief asks the optional context questions, after the checklist.
    let mut tty = Tty::check(BRIEF);
    tty.walk(&[
        ("Have you re-read the statement of work", ""),
        ("Statement of work re-read (yes/no): ", "?\r"),
        ("Or the contract annex, whichever lists", ""),
        ("Statement of work re-read (yes/no): ", "maybe\r"),
        ("error: expected yes or no (y/n)", ""),
        ("Statement of work re-read (yes/no): ", "y\r"),
        ("Were deliverables added", ""),
        ("Deliverables added after the start (yes/no): ", "n\r"),
        ("Have you raised the concern", ""),
        ("Raised with the partner:", "\x1b[B\x1b[B\x1b[B\r"), // explain
        ("If talking to the partner settled it, say so", ""),
        ("Raised with the partner:", "\x1b[B\x1b[B\r"), // no clear answer
        ("On which date", ""),
        ("Raised on (YYYY-MM-DD): ", "2026-13-01\r"),
        (
            "error: the calendar has no such day; check the day and the month",
            "",
        ),
        ("Raised on (YYYY-MM-DD): ", "someday\r"),
        ("error: expected a date as YYYY-MM-DD", ""),
        ("Raised on (YYYY-MM-DD): ", "2026-11-26\r"),
        ("error: the date is after today (25 Nov 2026)", ""),
        ("Raised on (YYYY-MM-DD): ", "2026-11-24\r"),
        ("Examples 1: ", "?\r"),
        ("For example \"email of 2 Oct 2026 to the partner", ""),
        ("Examples 1: ", "ticket ACME-1234: guest checkout fails\r"),
        ("Examples 2: ", "\r"),
        ("For the document", ""),
        ("Which clause or deliverable", ""),
        ("At issue (e opens your editor): ", "Section 4.2\r"),
        ("Who is your contact at the partner?", "\r"),
        ("How did you raise it?", "\r"),
        ("Has it gone higher at the partner", "n\r"),
        // No decider named: whether the CSM may contact the partner is
        // asked all the same.
        ("Who at the partner can decide", "\r"),
        ("May your CSM contact the partner", "\r"), // directly
        ("What did the partner answer", ""),
        ("The partner's answer (e opens your editor): ", "\r"),
        // With no answer too: where the merchant stands.
        ("Where do you stand", ""),
        ("My position on it (e opens your editor): ", "\r"),
        ("What is wrong, and since when?", ""),
        ("The problem (e opens your editor): ", "?\r"),
        ("The summary your CSM and your partner read first", ""),
        ("The problem (e opens your editor): ", "\r"),
        (
            "error: this question needs an answer; it cannot be left empty",
            "",
        ),
        (
            "The problem (e opens your editor): ",
            "Since 3 November guest checkout fails.\r",
        ),
        ("Where can your CSM see these examples?", "My mailbox\r"),
        ("Can your CSM see the examples", "\x1b[B\x1b[B\x1b[B\r"), // skip
        ("Which company is this for?", "Example Retail GmbH\r"),
        ("Your Adobe organisation ID", "\r"),
        ("What is your implementation partner called?", ""),
        ("Implementation partner: ", "?\r"),
        ("It names the partner in the brief", ""),
        ("Implementation partner: ", "\r"),
        ("Which project or contract", ""),
        ("Project: ", "\r"),
        ("Which Adobe Commerce deployment", ""),
        ("Product:", "\x1b[B\x1b[B\x1b[B\r"), // explain
        ("Your CSM then knows the setup at a glance", ""),
        ("Product:", "\x1b[B\x1b[B\r"), // skip
        ("Where does it happen?", "www.example.com\r"),
        // Degraded: a live shop that is down would have its partner answer
        // the same day.
        ("How severe is it?", "\x1b[B\x1b[B\r"),
        (
            "In a few words, what is broken?",
            "payments time out at checkout\r",
        ),
        ("What would you like your CSM to do?", ""),
        ("Asked of the CSM:", "\x1b[B\x1b[B\x1b[B\x1b[B\r"), // explain
        ("A CSM can act faster when the request is clear", ""),
        ("Asked of the CSM:", "\r"), // a joint call
        ("In one sentence, what exactly", "\r"),
        ("What outcome do you want", "A fix by Friday\r"),
        ("What is at stake", ""),
        ("At stake (e opens your editor): ", "\r"),
        ("Which date is at risk", ""),
        ("Date at risk (YYYY-MM-DD): ", "\r"),
        ("The number of your Adobe support case", "none\r"),
        ("Your name, and how and when", ""),
        ("Contact: ", "\r"),
        (
            "error: this question needs an answer; it cannot be left empty",
            "",
        ),
        ("Contact: ", "Jana Weber\r"),
    ]);
    let screen = tty.review(0);
    // What the CSM will ask for is offered; the brief is written as it is.
    tty.expect("Write the brief as it is");
    tty.send(&format!("{DOWN}\r"));
    for line in [
        "Implementation partner: skipped",
        "Product: skipped",
        "Asked of the CSM: Set up a call with the partner and me",
        "Statement of work re-read: yes",
        "Raised on: 24 Nov 2026",
    ] {
        assert!(screen.contains(line), "{line:?} not in:\n{screen}");
    }
    assert!(!screen.contains("Have you worked out how"), "{screen}");
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 1, "{output}");
    // The concern is open: whether the CSM may contact the partner is
    // asked, with no decider named too.
    assert!(
        output.contains("May your CSM contact the partner"),
        "{output}"
    );
    assert!(
        output.contains("1. Give your partner at least three working days"),
        "{output}"
    );
    let answers = [
        ("scope.reviewed-deliverables", "yes"),
        ("scope.deliverables-added", "no"),
        ("partner-contact.raised", "unresolved"),
        ("partner-contact.raised-on", "2026-11-24"),
        (
            "specificity.examples",
            "ticket ACME-1234: guest checkout fails",
        ),
        (
            "specificity.problem",
            "Since 3 November guest checkout fails.",
        ),
        ("scope.clause", "Section 4.2"),
        ("partner-contact.channel", "email"),
        ("partner-contact.went-up", "no"),
        ("partner-contact.decider-contact", "csm"),
        ("specificity.evidence-where", "My mailbox"),
        ("context.merchant", "Example Retail GmbH"),
        ("context.environment", "www.example.com"),
        ("context.severity", "degraded"),
        ("context.topic", "payments time out at checkout"),
        ("context.ask", "joint-call"),
        ("context.outcome", "A fix by Friday"),
        ("context.support-case", "none"),
        ("context.contact", "Jana Weber"),
    ];
    assert_same_as_flags(&answers, BRIEF, code, &output);
}

#[test]
fn the_german_walk_speaks_german() {
    // With a brief, so that the context questions are asked too.
    let mut tty = Tty::check(&["--lang", "de", "--brief", "brief.md"]);
    tty.walk(&[
        ("Haben Sie die Leistungsbeschreibung", ""),
        (
            "Leistungsbeschreibung erneut gelesen (ja/nein): ",
            "vielleicht\r",
        ),
        ("error: bitte mit ja oder nein antworten (j/n)", ""),
        ("Leistungsbeschreibung erneut gelesen (ja/nein): ", "j\r"),
        ("Sind nach Projektbeginn weitere Leistungen", ""),
        (
            "Nach Projektbeginn Leistungen hinzugekommen (ja/nein): ",
            "nein\r",
        ),
        ("Haben Sie Ihr Anliegen direkt", ""),
        ("Beim Partner angesprochen:", "\x1b[B\x1b[B\r"), // no clear answer
        ("Wann haben Sie das Anliegen", ""),
        ("Angesprochen am (TT.MM.JJJJ): ", "2026-11-30\r"),
        (
            "error: das Datum liegt in der Zukunft (heute ist der 25.11.2026)",
            "",
        ),
        // The German way of writing a date is taken as well as ISO.
        ("Angesprochen am (TT.MM.JJJJ): ", "02.11.2026\r"),
        (
            "Beispiele 1: ",
            "Ticket ACME-7 vom 2026-11-02: Zahlung schlägt fehl\r",
        ),
        ("Beispiele 2: ", "\r"),
        ("Um welchen Abschnitt", "Abschnitt 4.2\r"),
        ("Wer ist Ihr Ansprechpartner", "\r"),
        ("Auf welchem Weg", "\r"),
        ("Wurde das Anliegen beim Partner schon", "nein\r"),
        ("Wer beim Partner kann darüber entscheiden", "\r"),
        ("Darf Ihr CSM sich direkt an den Partner", "\r"), // directly
        ("Was hat der Partner geantwortet", ""),
        ("Antwort des Partners (e öffnet Ihren Editor): ", "\r"),
        ("Wie stehen Sie dazu", ""),
        ("Meine Sicht dazu (e öffnet Ihren Editor): ", "\r"),
        ("Was ist das Problem", ""),
        (
            "Das Problem (e öffnet Ihren Editor): ",
            "Seit dem 2. November schlägt die Zahlung fehl.\r",
        ),
        ("Wo kann Ihr CSM die Beispiele einsehen?", "Mein Postfach\r"),
        (
            "Kann Ihr CSM die Beispiele einsehen",
            "\x1b[B\x1b[B\x1b[B\r",
        ), // skip
        ("Um welches Unternehmen", "Beispiel Handel GmbH\r"),
        ("Ihre Adobe-Organisations-ID", "\r"),
        ("Wie heißt Ihr Implementierungspartner?", ""),
        ("Implementierungspartner: ", "\r"),
        ("Um welches Projekt", ""),
        ("Projekt: ", "\r"),
        ("Welche Variante von Adobe Commerce setzen Sie ein?", ""),
        ("Produkt:", "\x1b[B\r"), // on-premises
        ("Wo tritt das Problem auf?", "www.beispiel.de\r"),
        ("Wie schwer wiegt", "\r"),
        ("Was funktioniert nicht, in wenigen Worten?", "\r"),
        ("Was soll Ihr CSM für Sie tun?", ""),
        ("Bitte an den CSM:", "\r"), // a joint call
        ("Was genau soll Ihr CSM tun", "\r"),
        ("Welches Ergebnis erwarten Sie", "Eine Lösung bis Freitag\r"),
        ("Welche geschäftlichen Folgen", ""),
        ("Geschäftliche Auswirkungen (e öffnet Ihren Editor): ", "\r"),
        ("Welcher Termin ist gefährdet", ""),
        ("Gefährdeter Termin (TT.MM.JJJJ): ", "\r"),
        ("Die Nummer Ihres Supportfalls", "keiner\r"),
        ("Ihr Name und wie und wann", ""),
        ("Kontakt: ", "Jana Weber\r"),
        ("Antworten prüfen (zum Ändern eine auswählen)", "\r"),
        ("Briefing so schreiben", "\x1b[B\r"),
    ]);
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 0, "{output}");
    assert!(
        words(&output).contains(
            "Hilfe: Geben Sie ? ein oder wählen Sie in einer Liste „Frage erklären“. Esc geht eine Frage zurück. Strg+C bricht ab, ohne etwas zu speichern."
        ),
        "{output}"
    );
    for german in [
        "Checkliste: Eskalation an Ihren CSM",
        "Leistungsumfang · Teil 1 von 3",
        "Kontakt mit dem Partner · Teil 2 von 3",
        "Konkrete Beispiele · Teil 3 von 3",
        "Für das Dokument",
        "Frage überspringen",
        "Ein Eintrag pro Zeile",
        "Alles richtig: Ergebnis anzeigen",
        "Nach Projektbeginn Leistungen hinzugekommen: nein",
        "Angesprochen am: 02.11.2026",
        "✔ Leistungsumfang",
        "Bereit zur Eskalation.",
        "Ihre Antworten bleiben für den nächsten Lauf aufbewahrt; `escalate forget` löscht sie.",
    ] {
        assert!(output.contains(german), "{german:?} not in:\n{output}");
    }
    // No decider named: whether the CSM may contact the partner is asked
    // all the same.
    assert!(
        output.contains("Darf Ihr CSM sich direkt an den Partner wenden"),
        "{output}"
    );
    let shown = screen(&tty.seen, WIDE.0.into(), WIDE.1.into());
    for german in [
        "Wie heißt Ihr Implementierungspartner? (optional; leer lassen, um zu überspringen) (? für Hilfe)\n– Implementierungspartner · übersprungen",
        "Welche Variante von Adobe Commerce setzen Sie ein?\nProdukt: Adobe Commerce, nicht in der Adobe-Cloud (on-premises)",
        "Leistungsbeschreibung erneut gelesen: ja",
        "Sind nach Projektbeginn weitere Leistungen dazugekommen? (? für Hilfe)\nNach Projektbeginn Leistungen hinzugekommen: nein",
        "Wann haben Sie das Anliegen beim Partner angesprochen? (? für Hilfe)\nAngesprochen am: 02.11.2026",
        "Beispiele 1: Ticket ACME-7 vom 2026-11-02: Zahlung schlägt fehl\n\nFür das Dokument",
        "Kontakt: Jana Weber\n\nAntworten prüfen: Alles richtig: Ergebnis anzeigen",
    ] {
        assert!(
            shown.contains(german),
            "{german:?} not on the screen:\n{shown}"
        );
    }
    assert_nothing_left(
        &shown,
        &[
            "Leistungsbeschreibung erneut gelesen",
            "Nach Projektbeginn Leistungen hinzugekommen",
            "Beim Partner angesprochen",
            "Angesprochen am",
            "Beispiele 1",
            "Beispiele 2",
            "Antwort des Partners",
            "Das Problem",
            "Implementierungspartner",
            "Projekt",
            "Produkt",
            "Bitte an den CSM",
            "Geschäftliche Auswirkungen",
            "Gefährdeter Termin",
            "Kontakt",
        ],
        &[
            "Antworten prüfen (zum Ändern eine auswählen)",
            "Frage überspringen",
            "Frage erklären",
            "Alles richtig: Ergebnis anzeigen",
        ],
    );
    assert!(
        !output.contains("Wissen Sie, wie sich die zusätzlichen Leistungen"),
        "a question for added deliverables was asked:\n{output}"
    );
    for english in [
        "Review your answers",
        "yes/no",
        "YYYY-MM-DD",
        "Ready to escalate",
        "For the document",
        "skipped",
        "done",
    ] {
        assert!(!output.contains(english), "{english:?} in:\n{output}");
    }
}

#[test]
fn a_walk_writes_the_brief_and_answers_that_replay_to_the_same_verdict() {
    let mut tty = Tty::check(&["--brief", "brief.md", "--save-answers", "answers.yaml"]);
    tty.walk(&ready_brief_walk());
    tty.review(0);
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 0, "{output}");
    let brief = std::fs::read_to_string(tty.path("brief.md")).unwrap();
    for text in [
        "# Escalation: Example Retail – live shop: guest checkout fails since 3 Nov\n",
        "## The problem\n\nSince 3 November guest checkout fails on the live shop.",
        // The live shop is down: the priority support case comes first.
        "## What I ask of you\n\nFirst, please push the priority support case 02134567 at Adobe. Bring ACME's account director into a call with me this week.",
        "Raised with Tom Wagner (project manager) at ACME Commerce by email on 10 Nov 2026",
        "**Product:** Adobe Commerce on cloud infrastructure",
        "2026-10-02 email asking for the release date, no reply",
        "ticket ACME-1234: guest checkout fails",
    ] {
        assert!(brief.contains(text), "{text:?} not in the brief:\n{brief}");
    }

    let saved = std::fs::read(tty.path("answers.yaml")).unwrap();
    let replay = Test::new()
        .file("answers.yaml", saved)
        .args(["check", "--today", TODAY, "--no-input"])
        .args(["--answers", "answers.yaml", "--brief", "replayed.md"])
        .run()
        .exits(code);
    let stdout = replay.stdout();
    assert!(
        words(&output).contains(&words(&stdout)),
        "{stdout}\n---\n{output}"
    );
    assert_eq!(replay.read("replayed.md"), brief);
}

#[test]
fn a_terminal_run_asks_only_what_the_answers_file_leaves_open() {
    // The saved answers of a walk answer everything: no prompt, no review.
    let mut first = Tty::check(&["--save-answers", "answers.yaml"]);
    first.walk(READY_WALK);
    first.review(0);
    first.decline();
    assert_eq!(first.finish(), 0);
    let saved = first.path("answers.yaml").display().to_string();
    let mut tty = Tty::check(&["--answers", &saved]);
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 0, "{output}");
    assert!(output.contains("Ready to escalate."), "{output}");
    assert!(!output.contains("Review your answers"), "{output}");
    assert!(
        !output.contains(NO_THANKS),
        "a document was offered:\n{output}"
    );

    // Without the examples, only they are asked, then the review follows.
    let text = std::fs::read_to_string(&saved).unwrap();
    let cut = text
        .find("specificity.examples")
        .expect("examples were saved");
    std::fs::write(&saved, &text[..cut]).unwrap();
    let mut tty = Tty::check(&["--answers", &saved]);
    let asked = tty.expect("List concrete examples");
    assert!(!asked.contains("Have you raised the concern"), "{asked}");
}

/// Not raised yet: the run offers a draft message to the partner, in a
/// file that does not exist yet, and asks only what the message needs.
#[test]
fn a_concern_not_raised_yet_is_offered_a_message_to_the_partner() {
    let mut tty = Tty::check(&[]);
    let taken = tty.path("message-to-partner-2026-11-25.txt");
    std::fs::write(&taken, "an earlier draft\n").unwrap();
    tty.walk(&READY_WALK[..3]);
    tty.walk(&[
        ("Have you raised the concern", "\r"), // not yet
        ("Examples 1:", "ticket ACME-1234: guest checkout fails\r"),
        ("Examples 2:", "\r"),
    ]);
    tty.review(0);
    tty.expect("Write a draft message to your partner now?");
    // The email draft first, then the text, each in a file that is free.
    tty.expect("Yes, as an email draft to send: message-to-partner-2026-11-25.eml");
    tty.expect("Yes, to message-to-partner-2026-11-25-2.txt");
    tty.send(&format!("{DOWN}\r"));
    tty.walk(&[
        (
            "Who is your contact at the partner?",
            "Tom Wagner, project manager\r",
        ),
        (
            "What is wrong, and since when?",
            "Since 3 November guest checkout fails on the live shop.\r",
        ),
        ("Which company is this for?", "Example Retail GmbH\r"),
        (
            "What is your implementation partner called?",
            "ACME Commerce\r",
        ),
        ("Which project or contract", "\r"),
    ]);
    // The summary for the CSM is shown as the partner's version to keep.
    let shown = tty.expect("How would you put the problem to your partner?");
    let keeps = tty.expect("Enter keeps");
    tty.send("\r");
    tty.walk(&[
        // What is broken heads the message's subject.
        ("In a few words, what is broken?", "guest checkout fails\r"),
        (
            "What outcome do you want",
            "Checkout working by 1 December\r",
        ),
        ("What is at stake", "\r"),
        ("Which date is at risk", "\r"),
        (
            "Your name, and how and when",
            "Jana Weber, +49 30 1234567\r",
        ),
    ]);
    tty.expect("wrote message-to-partner-2026-11-25-2.txt");
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 1, "{output}");
    // What only the brief needs is not asked for the message.
    assert!(
        !output.contains("What would you like your CSM to do?"),
        "{output}"
    );
    assert_eq!(
        std::fs::read_to_string(&taken).unwrap(),
        "an earlier draft\n"
    );
    assert!(
        !tty.path("message-to-partner-2026-11-25.eml").exists(),
        "{shown}{keeps}"
    );
    let note = std::fs::read_to_string(tty.path("message-to-partner-2026-11-25-2.txt")).unwrap();
    assert!(!note.contains("ACME Commerce team"), "{note}");
    // To the contact by first name, without the role.
    for part in [
        "Dear Tom,\n",
        "Since 3 November guest checkout fails on the live shop.",
        "- ticket ACME-1234: guest checkout fails",
        "Specifically, I need the following from you: checkout working by 1 December.",
        "Kind regards,\nJana Weber\nExample Retail GmbH\n+49 30 1234567\n",
    ] {
        assert!(note.contains(part), "{part:?} not in the message:\n{note}");
    }
}

/// Whether the CSM may contact the partner is asked whether or not the
/// walk names a decider: after a placeholder typed to get past the
/// question, in either language's words, the permission is about the
/// contact there; after a name, about the decider.
#[test]
fn whether_the_csm_may_contact_the_partner_is_asked_whatever_the_decider() {
    for (decider, named) in [
        ("weiß nicht\r", false),
        ("n/a\r", false),
        ("Derek Olsen, account director, +44 20 7946 0321\r", true),
    ] {
        let steps: Vec<Step> = ready_brief_walk()
            .into_iter()
            .map(|(text, keys)| match text {
                "Who at the partner can decide" => (text, decider),
                _ => (text, keys),
            })
            .collect();
        let mut tty = Tty::check(BRIEF);
        tty.walk(&steps);
        tty.review(0);
        if !named {
            // The decider is a gap the CSM would ask about: written as it is.
            tty.expect("Write the brief as it is");
            tty.send(&format!("{DOWN}\r"));
        }
        assert_eq!(tty.finish(), 0, "{}", tty.output());
        let output = tty.output();
        assert!(
            output.contains("May your CSM contact the partner"),
            "{decider:?}:\n{output}"
        );
        let brief = std::fs::read_to_string(tty.path("brief.md")).unwrap();
        let whom = if named { "Derek Olsen" } else { "Tom Wagner" };
        assert!(
            brief.contains(&format!("You may contact {whom} directly")),
            "{decider:?}:\n{brief}"
        );
    }
}
