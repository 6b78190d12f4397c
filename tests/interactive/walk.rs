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
        intro.contains("For help, type ? as the answer, or pick \"Explain this question\""),
        "{intro}"
    );
    assert!(!intro.contains("About the project"), "{intro}");
    tty.send(READY_WALK[0].1);
    tty.walk(&READY_WALK[1..]);
    let screen = tty.review(0);
    for line in [
        "All correct: show the verdict",
        "List concrete examples of the problem, one per entry.: 2026-10-02 email asking for the release date",
        "Have you raised the concern with your partner directly?: Yes, but there was no answer or no clear answer",
        "On which date did you raise it with the partner?: 10 Nov 2026",
    ] {
        assert!(
            screen.contains(line),
            "{line:?} not on the review screen:\n{screen}"
        );
    }
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 0, "{output}");
    assert!(output.contains("Ready to escalate."), "{output}");
    assert!(
        !output.contains("What is your implementation partner"),
        "{output}"
    );
    assert_same_as_flags(READY_OWN, &[], code, &output);
}

#[test]
fn help_and_answers_that_do_not_fit_are_shown_and_the_question_asked_again() {
    // The brief asks the optional context questions, after the checklist.
    let mut tty = Tty::check(BRIEF);
    tty.walk(&[
        ("Have you re-read the statement of work", "?\r"),
        ("Or the contract annex, whichever lists", ""),
        ("yes/no: ", "maybe\r"),
        (
            "error: expected yes or no (y, n, yes, no, true, false, j, ja, nein)",
            "",
        ),
        ("yes/no: ", "y\r"),
        ("Were deliverables added", "n\r"),
        ("Have you raised the concern", "\x1b[B\x1b[B\x1b[B\r"), // explain
        ("If talking to the partner settled it, say so", ""),
        ("choice:", "\x1b[B\x1b[B\r"), // no clear answer
        ("On which date", "2026-13-01\r"),
        ("error: expected a date as YYYY-MM-DD", ""),
        ("YYYY-MM-DD: ", "yesterday\r"),
        ("error: expected a date as YYYY-MM-DD", ""),
        ("YYYY-MM-DD: ", "2026-11-26\r"),
        ("error: the date is after today (2026-11-25)", ""),
        ("YYYY-MM-DD: ", "2026-11-24\r"),
        ("entry 1: ", "?\r"),
        ("For example \"email of 2 Oct 2026 to the partner", ""),
        ("entry 1: ", "ticket ACME-1234: guest checkout fails\r"),
        ("entry 2: ", "\r"),
        ("What did the partner answer?", "\r"),
        ("What is wrong, and since when?", "?\r"),
        ("The summary your CSM and your partner read first", ""),
        ("answer: ", "Since 3 November guest checkout fails.\r"),
        ("What is your implementation partner called?", "?\r"),
        ("It names the partner in the brief", ""),
        ("answer: ", "\r"),
        ("Which project or contract", "\r"),
        ("Which Adobe Commerce deployment", "\x1b[B\x1b[B\x1b[B\r"), // explain
        ("Your CSM then knows the setup at a glance", ""),
        ("choice:", "\x1b[B\x1b[B\r"), // skip
        (
            "What would you like your CSM to do?",
            "\x1b[B\x1b[B\x1b[B\x1b[B\r",
        ), // explain
        ("A CSM can act faster when the request is clear", ""),
        ("choice:", "\r"), // a joint call
        ("What is at stake", "\r"),
        ("Which date is at risk", "\r"),
        ("How can your CSM reach you best?", "\r"),
    ]);
    let screen = tty.review(0);
    for line in [
        "What is your implementation partner called?: not answered",
        "Which Adobe Commerce deployment is this about?: not answered",
        "What would you like your CSM to do?: Set up a call with the partner and me",
        "your partner agreed to?: yes",
        "On which date did you raise it with the partner?: 24 Nov 2026",
    ] {
        assert!(screen.contains(line), "{line:?} not in:\n{screen}");
    }
    assert!(!screen.contains("Have you worked out how"), "{screen}");
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 1, "{output}");
    assert!(
        output.contains("1. Give your partner at least three days"),
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
        ("context.ask", "joint-call"),
    ];
    assert_same_as_flags(&answers, BRIEF, code, &output);
}

#[test]
fn the_german_walk_speaks_german() {
    // With a brief, so that the context questions are asked too.
    let mut tty = Tty::check(&["--lang", "de", "--brief", "brief.md"]);
    tty.walk(&[
        ("Haben Sie die Leistungsbeschreibung", "vielleicht\r"),
        (
            "error: bitte mit ja oder nein antworten (j, n, ja, nein, y, yes, no, true, false)",
            "",
        ),
        ("ja/nein: ", "j\r"),
        ("Sind nach Projektbeginn weitere Leistungen", "nein\r"),
        ("Haben Sie Ihr Anliegen direkt", "\x1b[B\x1b[B\r"), // no clear answer
        ("Wann haben Sie das Anliegen", "2026-11-30\r"),
        (
            "error: das Datum liegt in der Zukunft (heute: 2026-11-25)",
            "",
        ),
        ("JJJJ-MM-TT: ", "2026-11-02\r"),
        (
            "Eintrag 1: ",
            "Ticket ACME-7 vom 2026-11-02: Zahlung schlägt fehl\r",
        ),
        ("Eintrag 2: ", "\r"),
        ("Was hat der Partner geantwortet?", "\r"),
        (
            "Was ist das Problem",
            "Seit dem 2. November schlägt die Zahlung fehl.\r",
        ),
        ("Wie heißt Ihr Implementierungspartner?", "\r"),
        ("Um welches Projekt", "\r"),
        (
            "Welche Variante von Adobe Commerce setzen Sie ein?",
            "\x1b[B\r",
        ), // on-premises
        ("Was soll Ihr CSM für Sie tun?", "\r"), // a joint call
        ("Was steht auf dem Spiel", "\r"),
        ("Welcher Termin ist gefährdet", "\r"),
        ("Wie erreicht Ihr CSM Sie am besten?", "\r"),
        ("Antworten prüfen (zum Ändern eine auswählen)", "\r"),
    ]);
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 0, "{output}");
    assert!(
        words(&output).contains(
            "Für Hilfe geben Sie ? als Antwort ein oder wählen in einer Auswahlliste „Frage erklären“."
        ),
        "{output}"
    );
    for german in [
        "Checkliste: Eskalation an Ihren CSM",
        "Zum Projekt",
        "Frage überspringen",
        "Ein Eintrag pro Zeile",
        "Alles richtig: Ergebnis anzeigen",
        "Sind nach Projektbeginn weitere Leistungen dazugekommen?: nein",
        "Wann haben Sie das Anliegen beim Partner angesprochen?: 02.11.2026",
        "✔ Leistungsumfang",
        "Bereit zur Eskalation.",
    ] {
        assert!(output.contains(german), "{german:?} not in:\n{output}");
    }
    let shown = screen(&tty.seen, WIDE.0.into(), WIDE.1.into());
    for german in [
        "Wie heißt Ihr Implementierungspartner? (optional; leer lassen, um zu überspringen) (? für Hilfe)",
        "Antwort: nicht beantwortet",
        "Auswahl: Adobe Commerce im eigenen Betrieb (on-premises)",
        "ja/nein: j",
        "Sind nach Projektbeginn weitere Leistungen dazugekommen? (? für Hilfe)\nja/nein: nein",
        "Wann haben Sie das Anliegen beim Partner angesprochen? (? für Hilfe)\nJJJJ-MM-TT: 2026-11-02",
        "Eintrag 1: Ticket ACME-7 vom 2026-11-02: Zahlung schlägt fehl\n\nKontakt mit dem Partner",
        "Wie erreicht Ihr CSM Sie am besten? (optional; leer lassen, um zu überspringen) (? für Hilfe)\nAntwort: nicht beantwortet\n\nDurchsicht: Alles richtig: Ergebnis anzeigen",
    ] {
        assert!(
            shown.contains(german),
            "{german:?} not on the screen:\n{shown}"
        );
    }
    assert_nothing_left(
        &shown,
        &[
            "ja/nein",
            "Antwort",
            "Auswahl",
            "JJJJ-MM-TT",
            "Eintrag 1",
            "Eintrag 2",
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
        "# Escalation: ACME Commerce",
        "Prepared on 25 Nov 2026 · Ready to escalate.",
        "## The problem\n\nSince 3 November guest checkout fails on the live shop.",
        "## What I ask of you\n\nSet up a call with the partner and me.",
        "Raised with ACME Commerce on 10 Nov 2026",
        "Product: Adobe Commerce on cloud infrastructure",
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
    assert_eq!(first.finish(), 0);
    let saved = first.path("answers.yaml").display().to_string();
    let mut tty = Tty::check(&["--answers", &saved]);
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 0, "{output}");
    assert!(output.contains("Ready to escalate."), "{output}");
    assert!(!output.contains("Review your answers"), "{output}");

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
