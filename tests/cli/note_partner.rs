//! The note reads as written to the partner's project manager, who acts
//! on it: the outcome wanted and by when, a neutral request, nothing
//! conceded or self-assessed, what the date at risk is, a first message
//! that is one, the greeting and signature of a letter, a subject that
//! says whose project and what; and a warning where the note would speak
//! about them instead of to them.

use crate::common::{Outcome, TODAY, Test, ready_with};

/// [`crate::common::READY`] with the concern not raised yet, then
/// `changes`.
fn first<'a>(changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut answers: Vec<(&str, &str)> = ready_with(changes)
        .into_iter()
        .filter(|(key, _)| {
            !key.starts_with("partner-contact.")
                || changes.iter().any(|(changed, _)| changed == key)
        })
        .collect();
    answers.push(("partner-contact.raised", "not-yet"));
    answers
}

/// The run that writes the note in `lang` with `answers`.
fn run(lang: &str, answers: &[(&str, &str)], extra: &[&str]) -> Outcome {
    Test::new()
        .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
        .answers(answers)
        .args(["--partner-note", "note.txt"])
        .args(extra)
        .run()
}

fn note(lang: &str, answers: &[(&str, &str)]) -> String {
    crate::common::unwrapped(&run(lang, answers, &[]).read("note.txt"))
}

/// The kinds of the warnings of a run with `--format json`.
fn kinds(out: &Outcome) -> Vec<serde_json::Value> {
    out.json()["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["kind"].clone())
        .collect()
}

/// The subject of the note in `lang`: the title of its Markdown form.
fn subject(lang: &str, answers: &[(&str, &str)]) -> String {
    let note = Test::new()
        .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
        .answers(answers)
        .args(["--partner-note", "note.md"])
        .run()
        .read("note.md");
    let title = note.lines().next().unwrap();
    title.strip_prefix("# ").unwrap_or(title).to_owned()
}

/// A severity that leaves the checklist's three working days to answer
/// in: the live shop works.
const UP: (&str, &str) = ("context.severity", "degraded");

/// An outcome that names no day or time of its own.
const UNTIMED: (&str, &str) = ("context.outcome", "guest checkout working again");

/// The partner's version of the problem, so that no warning is due.
const FOR_PARTNER: (&str, &str) = (
    "context.problem-for-partner",
    "Since 3 November guest checkout fails on the live shop.",
);

#[test]
fn the_outcome_wanted_and_its_date_reach_the_note_in_the_users_words() {
    let outcome = ("context.outcome", "a written plan with dates by 11 Dec");
    for (lang, said) in [
        (
            "en",
            "Specifically, I need the following from you: a written plan with dates by 11 Dec.",
        ),
        (
            "de",
            "Konkret benötige ich von Ihnen: a written plan with dates by 11 Dec.",
        ),
    ] {
        let note = note(lang, &first(&[outcome, FOR_PARTNER]));
        assert!(note.contains(said), "{note}");
    }
}

#[test]
fn a_first_note_reads_as_a_letter_between_partners_not_a_dispute() {
    // The clause, the impact and the outcome, each led in by a few plain
    // words; nothing that settles, claims or concerns.
    let answers = first(&[
        FOR_PARTNER,
        ("scope.clause", "SOW-14 section 4.2, guest checkout"),
        ("context.impact", "about 120 lost orders a day"),
        ("context.outcome", "guest checkout working again by 4 Dec"),
    ]);
    for (lang, said) in [
        (
            "en",
            [
                "Our agreement covers this: SOW-14 section 4.2",
                "For our business, this means about 120 lost orders a day.",
                "Specifically, I need the following from you: guest checkout working again by 4 Dec.",
            ],
        ),
        (
            "de",
            [
                "Das ist Bestandteil unserer Vereinbarung: SOW-14 section 4.2",
                "Für unser Geschäft heißt das: about 120 lost orders a day.",
                "Konkret benötige ich von Ihnen: guest checkout working again by 4 Dec.",
            ],
        ),
    ] {
        let note = note(lang, &answers);
        for said in said {
            assert!(note.contains(said), "{lang}: {said}\n{note}");
        }
        for dispute in [
            "settle",
            "In our view",
            "as follows",
            "abzuschließen",
            "Aus unserer Sicht",
            "folgende Auswirkungen",
        ] {
            assert!(!note.contains(dispute), "{lang}: {dispute}\n{note}");
        }
    }
}

#[test]
fn the_request_holds_to_the_outcome_and_presumes_no_fault() {
    for (lang, asked, presumed) in [
        ("en", "how you will meet this date", "resolve"),
        ("de", "wie Sie diesen Termin einhalten werden", "beheben"),
    ] {
        let note = note(lang, &first(&[FOR_PARTNER, UP]));
        assert!(note.contains(asked), "{note}");
        assert!(!note.contains(presumed), "{note}");
    }
}

#[test]
fn nothing_after_an_outcome_given_undercuts_it_in_either_language() {
    let softer = [
        "instead",
        "if that is not possible",
        "whether that works",
        "find a solution",
        "no pressure",
        "stattdessen",
        "machbar",
        "falls das nicht",
        "eine Lösung finden",
    ];
    let outcomes = [
        ("context.outcome", "Guest checkout working again"),
        (
            "context.outcome",
            "Fix deployed on production by 2 Dec 2026",
        ),
    ];
    let severities = ["degraded", "delay", "live-down", "launch-blocked"];
    // Without a date at risk, and with one so near that it is the reason.
    let at_risk = [None, Some("2026-11-27")];
    for lang in ["en", "de"] {
        for outcome in outcomes {
            for severity in severities {
                for risk in at_risk {
                    let mut changes = vec![FOR_PARTNER, outcome, ("context.severity", severity)];
                    if let Some(day) = risk {
                        changes.push(("context.at-risk", day));
                    }
                    let note = note(lang, &first(&changes));
                    // English goes on in lower case after the note's colon.
                    let lowered = note.to_lowercase();
                    let (_, after) = lowered
                        .split_once(&outcome.1.to_lowercase())
                        .unwrap_or_else(|| panic!("{lang} {severity}: {note}"));
                    for soft in softer {
                        assert!(
                            !after.contains(&soft.to_lowercase()),
                            "{lang} {severity} {risk:?}: {soft}\n{note}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn nothing_checked_or_added_is_conceded_and_the_clause_is_quoted_without_its_price() {
    let answers = first(&[
        FOR_PARTNER,
        (
            "scope.clause",
            "SOW-14 section 4.2, guest checkout; fixed price",
        ),
        (
            "scope.added-detail",
            "A second provider. Both within budget.",
        ),
    ]);
    for (lang, clause, never) in [
        (
            "en",
            "Our agreement covers this: SOW-14 section 4.2, guest checkout.",
            ["re-read", "worked out", "has been added", "second provider"],
        ),
        (
            "de",
            "Das ist Bestandteil unserer Vereinbarung: SOW-14 section 4.2, guest checkout.",
            [
                "noch einmal gelesen",
                "ermittelt",
                "hinzugekommen",
                "second provider",
            ],
        ),
    ] {
        let note = note(lang, &answers);
        assert!(note.contains(clause), "{note}");
        for never in never {
            assert!(!note.contains(never), "{never}: {note}");
        }
    }
}

#[test]
fn the_date_at_risk_says_what_happens_on_it_in_the_note_and_the_brief() {
    let answers = first(&[
        FOR_PARTNER,
        ("context.at-risk", "2026-12-15"),
        ("context.at-risk-what", "Black Friday"),
    ]);
    for (lang, said, briefed) in [
        (
            "en",
            "It also puts Black Friday on 15 Dec 2026 at risk.",
            "At risk: Black Friday on 15 Dec 2026.",
        ),
        (
            "de",
            "Außerdem ist unser Black Friday am 15.12.2026 gefährdet.",
            "Gefährdet: Black Friday am 15.12.2026.",
        ),
    ] {
        let out = run(lang, &answers, &["--brief", "brief.txt"]);
        let note = crate::common::unwrapped(&out.read("note.txt"));
        assert!(note.contains(said), "{note}");
        // The brief says it once, in its own words; the note, a letter,
        // in a sentence.
        let brief = crate::common::unwrapped(&out.read("brief.txt"));
        assert_eq!(brief.matches(briefed).count(), 1, "{brief}");
    }
}

#[test]
fn what_happens_on_the_date_is_asked_only_when_a_date_is_at_risk() {
    // On stdin, one line a question: without a date at risk, the line
    // after it answers the next question, the Adobe support case.
    let template = Test::new().args(["template"]).run().exits(0).stdout();
    assert!(
        template.contains("asked when context.at-risk is answered"),
        "{template}"
    );
    let keys: Vec<&str> = template
        .lines()
        .filter(|l| l.starts_with("context."))
        .collect();
    let at = keys.iter().position(|k| k.starts_with("context.at-risk:"));
    let what = keys
        .iter()
        .position(|k| k.starts_with("context.at-risk-what:"));
    assert_eq!(what, at.map(|at| at + 1), "{keys:#?}");
    // Given without a date at risk, it is not asked and not said.
    let note = note(
        "en",
        &first(&[FOR_PARTNER, ("context.at-risk-what", "Black Friday")]),
    );
    assert!(!note.contains("Black Friday"), "{note}");
}

#[test]
fn a_first_message_is_one_and_a_follow_up_names_the_message_before() {
    // With no project named, the opening leads into the problem that
    // follows (the subject names it), not into "our project".
    for (lang, opening, never) in [
        (
            "en",
            "I would like to raise the following concern with you.",
            ["directly", "coming back", "your reply", "our project"],
        ),
        (
            "de",
            "ich möchte Sie auf das folgende Problem aufmerksam machen.",
            ["direkt", "zurück", "Ihre Rückmeldung", "Projekt"],
        ),
    ] {
        let note = note(
            lang,
            &first(&[
                FOR_PARTNER,
                ("context.project", "n/a"),
                ("context.topic", "marketplace connector not working"),
            ]),
        );
        assert!(note.contains(opening), "{note}");
        let body = note.split_once("\n\n").map_or("", |(_, body)| body);
        for never in never {
            assert!(!body.contains(never), "{never}: {note}");
        }
    }
    let follow_up = note("en", &ready_with(&[FOR_PARTNER]));
    assert!(
        follow_up.contains("On 10 Nov 2026 I wrote to you about the problem below."),
        "{follow_up}"
    );
    // A problem written wholly about the partner is left out: the
    // severity says in a few words what is wrong, below the opening.
    let about = (
        "specificity.problem",
        "The agency clearly broke guest checkout on 3 Nov.",
    );
    for (lang, opening, in_short) in [
        (
            "en",
            "On 10 Nov 2026 I wrote to you about the problem below.",
            "The problem, in a few words: live shop down.",
        ),
        (
            "de",
            "am 10.11.2026 habe ich Ihnen zu dem folgenden Problem geschrieben.",
            "Das Problem in wenigen Worten: Shop ausgefallen.",
        ),
    ] {
        let follow_up = note(lang, &ready_with(&[about]));
        assert!(follow_up.contains(opening), "{follow_up}");
        assert!(follow_up.contains(in_short), "{follow_up}");
        assert!(!follow_up.contains("broke"), "{follow_up}");
    }
}

/// The wording stderr suggests for an example left out of the note
/// carries the example's own date, or none: never a date of another case.
#[test]
fn the_wording_suggested_for_an_example_left_out_has_its_own_date_or_none() {
    for (lang, example, said, never) in [
        (
            "en",
            "my email 6 Nov to L. Byrne, no answer",
            "(\"my email to you of 6 Nov 2026\")",
            "4 Dec",
        ),
        (
            "en",
            "L. Byrne promised a fix, nothing came",
            "(\"my email to you\")",
            "4 Dec",
        ),
        (
            "de",
            "Mail vom 06.11. an L. Byrne, keine Antwort",
            "(„meine E-Mail an Sie vom 06.11.2026“)",
            "04.12.",
        ),
        (
            "de",
            "L. Byrne hat einen Fix zugesagt, es kam nichts",
            "(„meine E-Mail an Sie“)",
            "04.12.",
        ),
    ] {
        let answers = first(&[
            FOR_PARTNER,
            (
                "partner-contact.partner-person",
                "Lachlan Byrne, Delivery Lead",
            ),
            ("specificity.examples", example),
            ("specificity.examples", "ticket ACME-1234 of 2 Nov"),
        ]);
        let out = run(lang, &answers, &[]);
        let stderr = crate::common::unwrapped(&out.stderr());
        assert!(stderr.contains(said), "{lang} {example}: {stderr}");
        assert!(!stderr.contains(never), "{lang} {example}: {stderr}");
    }
}

#[test]
fn an_example_naming_the_addressee_is_left_out_and_stderr_says_how_to_keep_it() {
    let answers = first(&[
        FOR_PARTNER,
        (
            "partner-contact.partner-person",
            "Lachlan Byrne, Delivery Lead",
        ),
        (
            "specificity.examples",
            "my email 6 Nov to L. Byrne, no answer",
        ),
        ("specificity.examples", "ticket ACME-1234 of 2 Nov"),
    ]);
    let out = run("en", &answers, &["--format", "json"]);
    assert!(
        out.stderr().contains(
            "leaves out example 1 (\"my email 6 Nov to L. Byrne, no answer\"), as it names Lachlan Byrne"
        ),
        "{}",
        out.stderr()
    );
    let written = crate::common::unwrapped(&out.read("note.txt"));
    assert!(!written.contains("Byrne, no answer"), "{written}");
    assert!(written.contains("ticket ACME-1234 of 2 Nov"), "{written}");
    let warnings = &out.json()["warnings"];
    let named: Vec<_> = warnings
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["kind"] == "note-names-addressee")
        .collect();
    assert_eq!(named.len(), 1, "{warnings}");
    assert_eq!(named[0]["entry"], 1);
    // In German, to Herr Krüger; with every example gone, none is kept
    // and the run says so.
    let answers = first(&[
        FOR_PARTNER,
        ("partner-contact.partner-person", "Hr. Krüger (PL)"),
        (
            "specificity.examples",
            "Protokoll Telefonat 27.11.2026: laut Hr. Krüger erledigt",
        ),
        (
            "specificity.examples",
            "Termin im Kalender der Agentur abgesagt, angeblich wegen Krankheit",
        ),
        ("context.partner", "Nordlicht Commerce GmbH"),
    ]);
    let de = run("de", &answers, &[]);
    let written = crate::common::unwrapped(&de.read("note.txt"));
    for gone in ["Protokoll", "abgesagt", "Beispiele"] {
        assert!(!written.contains(gone), "{gone}: {written}");
    }
    let stderr = crate::common::unwrapped(&de.stderr());
    assert!(
        stderr.contains("lässt Beispiel 1 („Protokoll Telefonat 27.11.2026: laut Hr."),
        "{stderr}"
    );
    assert!(
        stderr.contains("Damit bleibt kein Beispiel in der Nachricht."),
        "{stderr}"
    );
}

#[test]
fn the_csm_summary_about_the_partner_is_left_out_and_stderr_says_how_to_give_theirs() {
    for (lang, problem, says) in [
        (
            "en",
            "Guest checkout fails since 3 Nov. They clearly do not care.",
            "takes your answer to specificity.problem, written for your CSM, without \"They clearly do not care.\" (and any other sentence like it), which judges your partner rather than saying what happened: give your partner's version as context.problem-for-partner",
        ),
        (
            "de",
            "Der Checkout schlägt seit dem 3.11. fehl.\nDer Partner ist offensichtlich überlastet.",
            "übernimmt Ihre Antwort zu specificity.problem, die für Ihren CSM geschrieben ist, ohne „Der Partner ist offensichtlich überlastet.“ (und jeden weiteren Satz dieser Art), denn dieser Satz bewertet Ihren Partner, statt zu schildern, was geschehen ist. Geben Sie unter context.problem-for-partner eine Fassung für den Partner an",
        ),
    ] {
        let answers = first(&[("specificity.problem", problem)]);
        let out = run(lang, &answers, &["--format", "json"]);
        let stderr = out.stderr();
        let lines: Vec<&str> = stderr.lines().filter(|l| l.contains(says)).collect();
        assert_eq!(lines.len(), 1, "{stderr}");
        let kinds = kinds(&out);
        assert!(kinds.contains(&"note-left-out".into()), "{kinds:?}");
        // The sentence about the partner does not reach them; the one
        // before it, written to them, does.
        let written = crate::common::unwrapped(&out.read("note.txt"));
        let (kept, about) = problem.split_once(['.', '\n']).unwrap();
        let about = about.trim_start_matches(['.', '\n', ' ']);
        assert!(written.contains(kept), "{written}");
        assert!(!written.contains(about), "{written}");
        // The text report leaves it to the line on stderr.
        let text = run(lang, &answers, &[]);
        assert!(!text.stdout().contains(says), "{}", text.stdout());
    }
    // Given the partner's version, or neutral text: no warning.
    let neutral = first(&[(
        "specificity.problem",
        "Since 20 Nov Klarna orders stay in pending_payment; we push them through by hand.",
    )]);
    for answers in [first(&[FOR_PARTNER]), neutral] {
        let out = run("en", &answers, &[]);
        assert!(
            !out.stderr().contains("problem-for-partner"),
            "{}",
            out.stderr()
        );
    }
}

#[test]
fn the_greeting_uses_the_name_as_a_letter_does() {
    for (lang, person, greeting) in [
        ("de", "Hr. Yilmaz (PL)", "Sehr geehrter Herr Yilmaz,\n"),
        ("en", "Hr. Yilmaz (PL)", "Dear Mr Yilmaz,\n"),
        (
            "de",
            "Fr. Dr. Anna Vogel, Projektleitung",
            "Sehr geehrte Frau Dr. Vogel,\n",
        ),
        // A first name and a surname: the first name, as UK and US business
        // mail greets a working contact; in German, no guess at Frau or
        // Herr: the full name, which needs none.
        ("en", "Priya Shah, PM", "Dear Priya,\n"),
        ("de", "Jana Köhler (PM)", "Guten Tag Jana Köhler,\n"),
        // An initial or a lone word: no guess at a form of address.
        ("en", "L. Byrne", "Hello,\n"),
        ("de", "Yilmaz", "Sehr geehrte Damen und Herren,\n"),
        // A degree: with Herr or Frau, the name as typed; with a first
        // name, the whole name in German; with the surname alone, German
        // greets no one rather than guess Herr or Frau, English by degree.
        ("en", "Dr. Weber, project lead", "Dear Dr. Weber,\n"),
        (
            "de",
            "Dr. Weber, Projektleitung",
            "Sehr geehrte Damen und Herren,\n",
        ),
        ("en", "Prof. Dr. Anna Weber", "Dear Prof. Dr. Weber,\n"),
        (
            "de",
            "Prof. Dr. Anna Weber",
            "Guten Tag Prof. Dr. Anna Weber,\n",
        ),
        ("en", "Mr Smith", "Dear Mr Smith,\n"),
        ("de", "Mr Smith", "Sehr geehrter Herr Smith,\n"),
        ("en", "Frau Dr. Weber", "Dear Dr. Weber,\n"),
        ("de", "Frau Dr. Weber", "Sehr geehrte Frau Dr. Weber,\n"),
        ("en", "Herr Schmidt", "Dear Mr Schmidt,\n"),
        ("de", "Herr Schmidt", "Sehr geehrter Herr Schmidt,\n"),
    ] {
        let answers = first(&[FOR_PARTNER, ("partner-contact.partner-person", person)]);
        let note = note(lang, &answers);
        assert!(note.contains(greeting), "{person}: {note}");
        assert!(!note.contains("(PL)") && !note.contains("Hr."), "{note}");
    }
    // The German note to a degree and surname alone says how to greet by
    // name.
    let answers = first(&[FOR_PARTNER, ("partner-contact.partner-person", "Dr. Weber")]);
    let out = run("de", &answers, &[]);
    assert!(
        out.stderr()
            .contains("„Dr. Weber“ (partner-contact.partner-person)"),
        "{}",
        out.stderr()
    );
    // To a full name with a degree, it says the greeting Herr or Frau
    // would give, the degree kept.
    let answers = first(&[
        FOR_PARTNER,
        ("partner-contact.partner-person", "Prof. Dr. Anna Weber"),
    ]);
    let out = run("de", &answers, &[]);
    assert!(
        out.stderr()
            .contains("„Sehr geehrte Frau Prof. Dr. Weber,“"),
        "{}",
        out.stderr()
    );
}

#[test]
fn the_signature_is_the_users_name_company_and_a_way_to_reach_them() {
    let answers = first(&[
        FOR_PARTNER,
        (
            "context.merchant",
            "Example Retail GmbH, org 1A2B3C@AdobeOrg",
        ),
        (
            "context.contact",
            "Jana Weber, head of e-commerce, +49 30 1234567, j.weber@example.com - weekdays 9 to 12",
        ),
    ]);
    let note = note("en", &answers);
    assert!(
        note.ends_with(
            "Kind regards,\nJana Weber\nHead of e-commerce\nExample Retail GmbH\n+49 30 1234567\nj.weber@example.com\n"
        ),
        "{note}"
    );
    assert!(
        !note.contains("weekdays") && !note.contains("AdobeOrg"),
        "{note}"
    );
}

#[test]
fn the_subject_says_whose_project_and_what_with_the_date_in_an_inbox_line() {
    let answers = first(&[
        FOR_PARTNER,
        (
            "context.merchant",
            "Example Retail GmbH, org 1A2B3C@AdobeOrg",
        ),
        ("context.project", "Shop relaunch"),
        UP,
    ]);
    for (lang, subject) in [
        (
            "en",
            "Example Retail \u{2013} live shop degraded: please reply by 30 Nov",
        ),
        (
            "de",
            "Example Retail \u{2013} Live-Shop gestört: Bitte um Antwort bis 30.11.",
        ),
    ] {
        assert_eq!(self::subject(lang, &answers), subject);
    }
    // Without a severity, the project says what it is about; one too long
    // for the line is left out whole, never cut, and the account's name
    // and the day stay.
    let mut long = first(&[
        FOR_PARTNER,
        ("context.merchant", "Example Retail GmbH"),
        (
            "context.project",
            "Shop relaunch with the new checkout, the ERP link and the B2B portal",
        ),
        UP,
    ]);
    long.retain(|(key, _)| *key != "context.severity");
    let subject = subject("en", &long);
    assert!(subject.chars().count() <= 78, "{subject}");
    assert_eq!(subject, "Example Retail: please reply by 30 Nov");
}

#[test]
fn a_german_note_needs_no_article_before_a_name() {
    let answers = first(&[
        FOR_PARTNER,
        ("context.partner", "nexcode GmbH"),
        ("context.project", "B2B-Shop Relaunch 2026"),
        ("scope.clause", "Leistungsbeschreibung v2.1, Abschnitt 5.3"),
    ]);
    let note = note("de", &answers);
    assert!(
        note.contains(
            "ich wende mich mit einem Anliegen zum Projekt „B2B-Shop Relaunch 2026“ an Sie."
        ),
        "{note}"
    );
    assert!(
        note.contains(
            "Das ist Bestandteil unserer Vereinbarung: Leistungsbeschreibung v2.1, Abschnitt 5.3."
        ),
        "{note}"
    );
    for bare in [
        "mit nexcode",
        "bei nexcode",
        "um Leistungsbeschreibung",
        "Projekt B2B",
    ] {
        assert!(!note.contains(bare), "{bare}: {note}");
    }
}

#[test]
fn no_answer_written_for_the_csm_reaches_the_note_if_it_speaks_of_the_partner_or_to_the_csm() {
    // Each answer the note would quote, worded for the CSM: about the
    // partner in the third person, by a word for them or their name, or
    // to the CSM.
    for (key, text) in [
        (
            "context.outcome",
            "Please set up a call with me and the agency by 4 Dec",
        ),
        (
            "context.outcome",
            "Could you get a fixed date for the fix by 4 Dec?",
        ),
        (
            "context.outcome",
            "Ein gemeinsamer Termin mit meinem CSM bis 04.12.",
        ),
        (
            "context.impact",
            "ACME clearly does not care while orders fail",
        ),
        (
            "context.impact",
            "Unserem Partner ist der Relaunch egal, 8.000 EUR pro Woche",
        ),
        ("context.at-risk-what", "launch the agency messed up"),
    ] {
        let mut changes = vec![FOR_PARTNER, UP, (key, text)];
        if key == "context.at-risk-what" {
            changes.push(("context.at-risk", "2026-12-15"));
        }
        let answers = first(&changes);
        for lang in ["en", "de"] {
            let out = run(lang, &answers, &["--format", "json"]);
            let written = out.read("note.txt") + &out.stderr();
            let note = out.read("note.txt");
            let some_words: String = text.split(' ').take(3).collect::<Vec<_>>().join(" ");
            assert!(!note.contains(&some_words), "{key}: {note}");
            let lines = out
                .stderr()
                .lines()
                .filter(|l| l.contains(key) && (l.contains("leaves out") || l.contains("lässt")))
                .count();
            assert_eq!(lines, 1, "{key} {lang}: {written}");
            assert!(kinds(&out).contains(&"note-left-out".into()));
        }
    }
    // Worded to the partner, or neutral, it reaches the note, unwarned.
    for (key, text, said) in [
        (
            "context.outcome",
            "A fixed date for the fix by 4 Dec",
            "Specifically, I need the following from you: a fixed date for the fix by 4 Dec",
        ),
        (
            "context.impact",
            "About 120 lost orders a day",
            "about 120 lost orders a day",
        ),
        // The outcome keeps what it says of the partner, put to them.
        (
            "context.outcome",
            "A root-cause report from ACME by 4 Dec",
            "Specifically, I need the following from you: a root-cause report from you by 4 Dec",
        ),
        (
            "context.outcome",
            "A root-cause report in the Jira of ACME by 4 Dec",
            "Specifically, I need the following from you: a root-cause report in the Jira of ACME by 4 Dec",
        ),
    ] {
        let out = run("en", &first(&[FOR_PARTNER, UP, (key, text)]), &[]);
        let note = crate::common::unwrapped(&out.read("note.txt"));
        assert!(note.contains(said), "{key}: {note}");
        assert!(
            !out.stderr().contains("leaves out your answer"),
            "{}",
            out.stderr()
        );
    }
}

#[test]
fn a_follow_up_never_thanks_for_a_reply_or_its_absence() {
    for (answer, thanked) in [
        ("keine Antwort, Ticket steht auf 'in Prüfung'", false),
        ("No reply since 12 Nov.", false),
        ("Hi, we are looking into it.", false),
    ] {
        for (lang, thanks) in [("en", "Thank you"), ("de", "vielen Dank")] {
            let answers = ready_with(&[
                FOR_PARTNER,
                UP,
                ("partner-contact.partner-answer", answer),
                ("partner-contact.position", ""),
            ]);
            let note = note(lang, &answers);
            assert_eq!(note.contains(thanks), thanked, "{answer}: {note}");
        }
    }
}

#[test]
fn a_follow_up_takes_up_the_partners_reply_and_says_it_went_higher() {
    let answers = ready_with(&[
        FOR_PARTNER,
        (
            "partner-contact.partner-person",
            "Jonas Brandt, Projektleiter",
        ),
        (
            "partner-contact.partner-answer",
            "Mail von Herrn Brandt, 13.11.2026:\n\nHallo Herr Vogt,\ndie Konditionssätze sind nicht gepflegt.\nViele Grüße",
        ),
        (
            "partner-contact.position",
            "Die Konditionen im SAP sind geprüft, die Preise kommen im SAP-GUI richtig. Der Fehler liegt im Mapping.",
        ),
        ("partner-contact.went-up", "yes"),
        (
            "partner-contact.decider",
            "Dr. Katrin Ohlsen, Geschäftsführerin",
        ),
        (
            "partner-contact.went-up-answer",
            "18.11. Mail an Fr. Dr. Ohlsen, Rückruf am 19.11.",
        ),
    ]);
    for (lang, said, never) in [
        (
            "de",
            [
                "ich beziehe mich auf Ihre E-Mail vom 13.11.2026 zu dem folgenden Problem, das ich Ihnen am 10.11.2026 geschildert habe.\n\n",
                FOR_PARTNER.1,
                "\n\nSie schrieben: \u{201e}Die Konditionssätze sind nicht gepflegt.\u{201c} Die Konditionen im SAP sind geprüft, die Preise kommen im SAP-GUI richtig. Der Fehler liegt im Mapping.\n\nAm 18.11.2026 habe ich mich außerdem an Dr. Katrin Ohlsen, Ihre Geschäftsführerin, gewandt.",
            ],
            "weiterhin offen",
        ),
        (
            "en",
            [
                "I am writing in reply to your email of 13 Nov 2026 about the problem below, which I raised with you on 10 Nov 2026.\n\n",
                FOR_PARTNER.1,
                "\n\nYou wrote: \u{201c}Die Konditionssätze sind nicht gepflegt.\u{201d} Die Konditionen im SAP sind geprüft, die Preise kommen im SAP-GUI richtig. Der Fehler liegt im Mapping.\n\nOn 18 Nov 2026 I also raised it with Dr. Katrin Ohlsen, your Geschäftsführerin.",
            ],
            "still open",
        ),
    ] {
        // The reply is referred to first; the position answering it
        // comes after the problem it is about, then going higher.
        let note = note(lang, &answers);
        let mut from = 0;
        for said in said {
            let at = note[from..].find(said).map(|at| from + at);
            assert!(at.is_some(), "{said:?} not after {from}:\n{note}");
            from = at.unwrap() + said.len();
        }
        assert!(!note.contains(never), "{never}\n{note}");
    }
    // No reply: the note says none came, and a judgement of the partner
    // in the position, which cannot be put to them, is left out.
    let silent = ready_with(&[
        FOR_PARTNER,
        ("partner-contact.partner-answer", "no reply"),
        ("partner-contact.position", "They clearly do not care."),
    ]);
    let note = note("en", &silent);
    assert!(
        note.contains("I have had no answer from you since, and the problem is still there."),
        "{note}"
    );
    assert!(!note.contains("care"), "{note}");
    // The position is the merchant's answer to the partner, written
    // knowing they read it: what it says of them reaches the note, and
    // only a sentence to the CSM is left out, which stderr says.
    let position = |text| {
        ready_with(&[
            FOR_PARTNER,
            (
                "partner-contact.partner-answer",
                "Email of 24 Nov: we are on it",
            ),
            ("partner-contact.position", text),
        ])
    };
    let about = "The slowdown started the day of their release.";
    let put = "The slowdown started the day of your release.";
    let out = run("en", &position(about), &["--format", "json"]);
    assert!(
        crate::common::unwrapped(&out.read("note.txt")).contains(put),
        "{}",
        out.read("note.txt")
    );
    assert!(!kinds(&out).contains(&"note-left-out".into()));
    assert!(kinds(&out).contains(&"note-reworded".into()));
    let to_csm = "The slowdown started the day of their release. Could you push them?";
    let out = run("en", &position(to_csm), &["--format", "json"]);
    assert!(
        out.stderr().contains(
            "takes your answer to partner-contact.position, written for your CSM, without \"Could you push them?\""
        ),
        "{}",
        out.stderr()
    );
    let written = crate::common::unwrapped(&out.read("note.txt"));
    assert!(written.contains(put), "{written}");
    assert!(!written.contains("push them"), "{written}");
}

#[test]
fn the_subject_says_what_is_wrong_and_never_cuts_a_bracket_or_quotes_the_problem() {
    // The severity in a few words; the account by its name alone.
    let answers = first(&[
        FOR_PARTNER,
        ("context.merchant", "Hollow & Pine Apparel Ltd"),
        ("context.project", "Replatform 2026"),
        ("context.severity", "degraded"),
    ]);
    assert_eq!(
        subject("en", &answers),
        "Hollow & Pine Apparel \u{2013} live shop degraded: please reply by 30 Nov"
    );
    assert_eq!(
        subject("de", &answers),
        "Hollow & Pine Apparel \u{2013} Live-Shop gestört: Bitte um Antwort bis 30.11."
    );
    // The project is not the subject: the partner knows it; what is
    // broken is.
    let answers = first(&[
        FOR_PARTNER,
        ("context.merchant", "Kernwood Inc."),
        (
            "context.project",
            "B2B portal (SOW 2026-07, SAP pricing and punch-out)",
        ),
        ("context.severity", "launch-blocked"),
    ]);
    assert_eq!(
        subject("en", &answers),
        "Kernwood \u{2013} launch blocked: please reply by 30 Nov"
    );
    // Without a project or severity, the user's problem text is not quoted.
    let mut answers = first(&[
        ("context.merchant", "Lumen & Moss"),
        (
            "specificity.problem",
            "billed 64h for subscriptions, renewals still don't work",
        ),
    ]);
    answers.retain(|(key, _)| *key != "context.severity" && *key != "context.project");
    let subject = subject("en", &answers);
    assert!(!subject.contains("billed"), "{subject}");
    assert!(!subject.contains('\u{2026}'), "{subject}");
}

#[test]
fn a_shop_affected_asks_for_an_acknowledgement_first_and_a_near_date_for_one_answer() {
    let ack = [
        (
            "en",
            "please tell me today, or on the next working day at the latest, who on your side is handling it",
        ),
        (
            "de",
            "nennen Sie mir bitte heute oder spätestens am nächsten Werktag, wer sich bei Ihnen darum kümmert",
        ),
    ];
    // The date at risk two working days away, nothing live affected: one
    // answer, today, and what it is for.
    let near = first(&[
        FOR_PARTNER,
        UNTIMED,
        ("context.severity", "delay"),
        ("context.at-risk", "2026-11-27"),
    ]);
    // The live shop affected, the date far, an outcome without a day.
    let live = first(&[FOR_PARTNER, UP, UNTIMED]);
    for (lang, asked) in ack {
        assert!(note(lang, &live).contains(asked), "{lang}");
        assert!(!note(lang, &near).contains(asked), "{lang}");
    }
    assert!(note("en", &near).contains(
        "As 27 Nov 2026 is close, please tell me today who on your side is handling it, and confirm that you will deliver this in time."
    ));
    assert!(note("de", &live).contains("Da unser Live-Shop beeinträchtigt ist, nennen"));
    // A delay with no near date: a planning question, no rush.
    let calm = first(&[FOR_PARTNER, ("context.severity", "delay")]);
    for (lang, asked) in ack {
        let note = note(lang, &calm);
        assert!(!note.contains(asked), "{note}");
    }
}

#[test]
fn the_clause_is_quoted_without_what_says_only_the_contract_and_stderr_says_what_money_stays() {
    // A part that says only the kind of contract or its money is for the
    // CSM and left out; what the partner owes stays, with any money said
    // among it, which stderr names.
    for (clause, quoted, money) in [
        (
            "SOW section 3.4 payment integrations (Klarna + Adyen), fixed price, warranty 90 days after go-live",
            "SOW section 3.4 payment integrations (Klarna + Adyen), warranty 90 days after go-live.",
            None::<&str>,
        ),
        (
            "SOW HF-2026-03, 5.1 performance: cat pages < 2s at 3x avg traffic and a load test before peak season; T&M retainer",
            "SOW HF-2026-03, 5.1 performance: cat pages < 2s at 3x avg traffic and a load test before peak season.",
            None,
        ),
        // The money, whatever its words: a fee, a retainer, a rate.
        (
            "SOW 2026-07, section 3.1: P1 incidents answered within 2 hours, 24/7; fixed monthly fee",
            "SOW 2026-07, section 3.1: P1 incidents answered within 2 hours, 24/7.",
            None,
        ),
        (
            "Wartungsvertrag WV-2025-04, Ziffer 3: Reaktionszeit 4 Stunden; monatliche Pauschale 2.900 EUR",
            "Wartungsvertrag WV-2025-04, Ziffer 3: Reaktionszeit 4 Stunden.",
            None,
        ),
        (
            "SOW 9, section 2 (hourly rate EUR 120); flat fee of EUR 5,000",
            "SOW 9, section 2.",
            None,
        ),
        (
            "Angebot 12, Pos. 3 (Tagessatz 950 € netto); Stundensatz 110 EUR",
            "Angebot 12, Pos. 3.",
            None,
        ),
        (
            "Rahmenvertrag 2026, 1.200 EUR/Monat; monthly retainer GBP 8,000",
            "Rahmenvertrag 2026.",
            None,
        ),
        (
            "Wartungsvertrag WV-2024-11 §2: Updates inkl. Test von Checkout und Zahlarten, Monatspauschale 1.450 EUR",
            "Wartungsvertrag WV-2024-11 §2: Updates inkl. Test von Checkout und Zahlarten.",
            None,
        ),
        ("SOW 7, T&M, 2,400h", "SOW 7.", None),
    ] {
        let answers = first(&[FOR_PARTNER, ("scope.clause", clause)]);
        for lang in ["en", "de"] {
            let out = run(lang, &answers, &["--format", "json"]);
            let note = crate::common::unwrapped(&out.read("note.txt"));
            assert!(note.contains(quoted), "{note}");
            let told = match lang {
                "en" => {
                    money.map(|m| format!("quotes the clause you gave (scope.clause) with \"{m}\""))
                }
                _ => money.map(|m| format!("gibt die Vertragsstelle (scope.clause) mit „{m}“")),
            };
            match told {
                Some(told) => assert!(out.stderr().contains(&told), "{}", out.stderr()),
                None => assert!(
                    !kinds(&out).contains(&"note-quotes-money".into()),
                    "{}",
                    out.stderr()
                ),
            }
        }
    }
    // A clause that names no money is quoted whole without a word on
    // stderr, its hours what the partner owes.
    let plain = [
        FOR_PARTNER,
        (
            "scope.clause",
            "SMA-VB-2025 (support & maintenance), P1 incidents: response within 1 hour, workaround within 8 hours, 24/7",
        ),
    ];
    let out = run("en", &first(&plain), &["--format", "json"]);
    let note = crate::common::unwrapped(&out.read("note.txt"));
    assert!(note.contains("workaround within 8 hours, 24/7."), "{note}");
    assert!(!out.stderr().contains("scope.clause"), "{}", out.stderr());
}

#[test]
fn a_question_or_an_either_or_is_asked_once_and_a_relative_day_is_warned_about() {
    let answers = first(&[
        FOR_PARTNER,
        ("context.severity", "delay"),
        (
            "context.outcome",
            "a fix for the renewals, or a credit for the 64 hours billed",
        ),
    ]);
    for (lang, once, never) in [
        (
            "en",
            "Please answer by Monday, 30 Nov 2026.",
            "whether that works",
        ),
        (
            "de",
            "Bitte antworten Sie mir bis Montag, 30.11.2026.",
            "machbar",
        ),
    ] {
        let note = note(lang, &answers);
        assert!(note.contains(once), "{note}");
        assert!(!note.contains(never), "{note}");
    }
    for (lang, outcome, told) in [
        (
            "en",
            "fix live before Black Friday, at least a workaround by Thursday",
            // A weekday is dated, and the warning says which date.
            "says \"thursday\": the documents add the date it means from today, 26 Nov 2026; check",
        ),
        (
            "de",
            "verbindlicher Termin für AP 3 bis Ende nächster Woche",
            "nennt „nächster woche“: Die Dokumente ergänzen das Datum, das von heute aus gemeint ist, den 04.12.2026; prüfen",
        ),
    ] {
        let out = run(
            lang,
            &first(&[FOR_PARTNER, ("context.outcome", outcome)]),
            &[],
        );
        assert!(out.stderr().contains(told), "{}", out.stderr());
    }
    // A date is not warned about, nor a weekday its date follows.
    let out = run("en", &first(&[FOR_PARTNER]), &[]);
    assert!(!out.stderr().contains("another day"), "{}", out.stderr());
    for (lang, outcome, never) in [
        (
            "en",
            "Orders reach SAP by Friday, 27 Nov 2026",
            "\"friday\"",
        ),
        ("en", "Orders reach SAP by Friday (27 Nov)", "\"friday\""),
        (
            "de",
            "Funktionierende Übertragung nach SAP bis Freitag, 27.11.2026",
            "„freitag“",
        ),
    ] {
        let out = run(
            lang,
            &first(&[FOR_PARTNER, ("context.outcome", outcome)]),
            &[],
        );
        assert!(!out.stderr().contains(never), "{lang}: {}", out.stderr());
    }
}

#[test]
fn the_outcome_stands_below_the_notes_ask_for_it_or_alone_as_the_merchants_sentence() {
    for (lang, outcome, said) in [
        (
            "en",
            "a dated fix plan by 4 Dec",
            "Specifically, I need the following from you: a dated fix plan by 4 Dec.",
        ),
        (
            "de",
            "Ein verbindlicher Termin für AP 3 bis 4.12.",
            "Konkret benötige ich von Ihnen: ein verbindlicher Termin für AP 3 bis 4.12.",
        ),
        (
            "en",
            "Klarna orders confirmed by 26 Nov",
            "Specifically, I need the following from you: Klarna orders confirmed by 26 Nov.",
        ),
        // The merchant's own sentence that says who needs it: no lead.
        (
            "en",
            "We need a dated fix plan by 4 Dec",
            "\n\nWe need a dated fix plan by 4 Dec.\n\n",
        ),
        (
            "de",
            "Wir brauchen einen verbindlichen Termin bis 4.12.",
            "\n\nWir brauchen einen verbindlichen Termin bis 4.12.\n\n",
        ),
    ] {
        let note = note(lang, &first(&[FOR_PARTNER, ("context.outcome", outcome)]));
        assert!(note.contains(said), "{note}");
        assert!(!note.contains("damit geklärt"), "{note}");
    }
}

#[test]
fn a_note_without_impact_date_or_a_way_to_reach_the_sender_is_warned_about() {
    let mut bare = first(&[FOR_PARTNER, ("context.contact", "Ellie"), UP]);
    bare.retain(|(key, _)| !["context.impact", "context.at-risk"].contains(key));
    for (lang, said) in [
        (
            "en",
            [
                "The note to your partner leaves out what the problem costs you, which they need to prioritise (context.impact).",
                "The note to your partner leaves out a date at risk, which they need to prioritise (context.at-risk).",
                "The note to your partner leaves out a phone number or email address to reach you, which they need to prioritise (context.contact).",
            ],
        ),
        (
            "de",
            [
                "Der Nachricht an Ihren Partner fehlt die Angabe, was das Problem Sie kostet;",
                "Der Nachricht an Ihren Partner fehlt ein gefährdeter Termin;",
                "Der Nachricht an Ihren Partner fehlt eine Telefonnummer oder E-Mail-Adresse,",
            ],
        ),
    ] {
        let stderr = run(lang, &bare, &[]).stderr();
        for said in said {
            assert_eq!(stderr.matches(said).count(), 1, "{said}: {stderr}");
        }
    }
    let out = run("en", &bare, &["--format", "json"]);
    let gaps: Vec<_> = out.json()["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["kind"] == "note-gap")
        .map(|w| w["gap"].clone())
        .collect();
    assert_eq!(gaps, ["note-impact", "note-date", "note-reach"]);
    // All given: no warning.
    let full = first(&[
        FOR_PARTNER,
        ("context.impact", "About 40 orders a day"),
        ("context.at-risk", "2026-12-15"),
        ("context.contact", "Ellie Hart, ellie@example.com"),
    ]);
    let stderr = run("en", &full, &[]).stderr();
    assert!(
        !stderr.contains("which they need to prioritise"),
        "{stderr}"
    );
}

#[test]
fn the_note_is_letter_prose_and_names_any_project_as_one() {
    let answers = first(&[
        FOR_PARTNER,
        (
            "context.project",
            "Replatform to Adobe Commerce Cloud (SOW #2)",
        ),
        ("context.impact", "Pilotkunden warten"),
        ("context.outcome", "ein verbindlicher Plan bis 02.12."),
        ("scope.clause", "LB Kap. 3.4 ERP-Schnittstelle"),
    ]);
    for (lang, said) in [
        (
            "en",
            [
                "I would like to raise a concern with you about our project \u{201c}Replatform to Adobe Commerce Cloud (SOW #2)\u{201d}.",
                "Our agreement covers this: LB Kap. 3.4 ERP-Schnittstelle.",
                "For our business, this means Pilotkunden warten.",
                "Specifically, I need the following from you: ein verbindlicher Plan bis 02.12.",
            ],
        ),
        (
            "de",
            [
                "ich wende mich mit einem Anliegen zum Projekt \u{201e}Replatform to Adobe Commerce Cloud (SOW #2)\u{201c} an Sie.",
                "Das ist Bestandteil unserer Vereinbarung: LB Kap. 3.4 ERP-Schnittstelle.",
                "Für unser Geschäft heißt das: Pilotkunden warten.",
                "Konkret benötige ich von Ihnen: ein verbindlicher Plan bis 02.12.",
            ],
        ),
    ] {
        let note = note(lang, &answers);
        for said in said {
            assert!(note.contains(said), "{said}\n{note}");
        }
        // No line opens with a form's label.
        for label in [
            "Betroffener Teil",
            "Unser Ziel:",
            "Auswirkungen für uns:",
            "The part of our",
            "The effect on us:",
        ] {
            assert!(!note.contains(label), "{label}\n{note}");
        }
    }
}

#[test]
fn a_call_the_partner_suggested_is_taken_up_and_none_is_offered_otherwise() {
    for (lang, answer, taken, anew) in [
        (
            "en",
            "We can go through it on a call on Thursday.",
            "We can also go through it in the call you suggested.",
            "glad to talk it through",
        ),
        (
            "de",
            "Gern besprechen wir das am Donnerstag in einem Telefonat.",
            "Gern können wir das auch in dem von Ihnen vorgeschlagenen Gespräch besprechen.",
            "kurz telefonisch besprechen",
        ),
    ] {
        let answers = ready_with(&[
            FOR_PARTNER,
            UP,
            UNTIMED,
            ("partner-contact.raised", "unresolved"),
            ("partner-contact.partner-answer", answer),
        ]);
        let written = note(lang, &answers);
        assert!(written.contains(taken), "{lang}: {written}");
        assert!(!written.contains(anew), "{lang}: {written}");
        // Without a call in their answer, none is offered: the merchant
        // offered none, and an offer would soften the ask.
        let answers = ready_with(&[
            FOR_PARTNER,
            UP,
            UNTIMED,
            ("partner-contact.raised", "unresolved"),
            ("partner-contact.partner-answer", "We are looking into it."),
        ]);
        let written = note(lang, &answers);
        assert!(!written.contains(anew), "{lang}: {written}");
        assert!(!written.contains(taken), "{lang}: {written}");
        let first_note = note(lang, &first(&[FOR_PARTNER, UP, UNTIMED]));
        assert!(!first_note.contains(anew), "{lang}: {first_note}");
        // A call they only tell of is no call they suggest.
        for told in [
            "I called you twice on Monday, and we are looking into it.",
            "Wie am Telefon gesagt: wir prüfen das.",
        ] {
            let answers = ready_with(&[
                FOR_PARTNER,
                UP,
                ("partner-contact.raised", "unresolved"),
                ("partner-contact.partner-answer", told),
            ]);
            let written = note(lang, &answers);
            assert!(!written.contains(taken), "{lang}: {told}: {written}");
        }
    }
}

#[test]
fn an_example_naming_the_partners_company_or_manager_or_a_word_for_them_is_warned_about_but_not_a_path()
 {
    let answers = first(&[
        FOR_PARTNER,
        (
            "partner-contact.partner-person",
            "Sanne de Groot, support manager",
        ),
        (
            "partner-contact.decider",
            "Dr. Katrin Ohlsen, Geschäftsführerin",
        ),
        ("context.partner", "Kanaal Digital B.V."),
        (
            "specificity.examples",
            "23 Nov 22:40 checkout on /de and /at fails (ticket KD-88412, https://x.example/de)",
        ),
        (
            "specificity.examples",
            "Plan bis 24.11. zugesagt (Telefonat Dr. Ohlsen 19.11.), nicht gekommen",
        ),
        (
            "specificity.examples",
            "Kanaal deployed release 3.18 on 23 Nov",
        ),
        (
            "specificity.examples",
            "Statusmeeting 04.12.2026 von der Agentur abgesagt",
        ),
        ("specificity.examples", "Their PM, ticket KD-90, no reply"),
    ]);
    let out = run("en", &answers, &["--format", "json"]);
    let named: Vec<(serde_json::Value, serde_json::Value)> = out.json()["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["kind"].as_str().unwrap().starts_with("note-names"))
        .map(|w| (w["kind"].clone(), w["entry"].clone()))
        .collect();
    // The partner as the subject, or after a preposition, is put to them
    // (`an_answer_or_example_about_the_partner_is_put_to_them_…`).
    assert_eq!(
        named,
        [("note-names-partner".into(), 2.into()),],
        "{}",
        out.stderr()
    );
    let stderr = out.stderr();
    assert!(
        stderr.contains("as it speaks of Dr. Katrin Ohlsen in the third person"),
        "{stderr}"
    );
    // An example with two dates (a plan's and a call's) gets neither in
    // the wording suggested: which is the call's is not known.
    assert!(
        crate::common::unwrapped(&stderr).contains("(\"your call\")"),
        "{stderr}"
    );
    // Left out of the note; the path that only looks like a name stays,
    // and "their" that can only be the partner is put to them.
    let written = crate::common::unwrapped(&out.read("note.txt"));
    assert!(
        written.contains("checkout on /de and /at fails"),
        "{written}"
    );
    assert!(
        written.contains("Your PM, ticket KD-90, no reply"),
        "{written}"
    );
    for gone in ["Dr. Ohlsen", "Kanaal deployed", "der Agentur", "Their PM"] {
        assert!(!written.contains(gone), "{gone}: {written}");
    }
    let de = run("de", &answers, &[]);
    assert!(
        de.stderr()
            .contains("von Dr. Katrin Ohlsen in der dritten Person spricht"),
        "{}",
        de.stderr()
    );
}

#[test]
fn a_month_alone_or_next_to_a_count_is_no_date_in_an_example() {
    for (lang, example, told) in [
        (
            "en",
            "since Nov, 12 orders lost",
            "has no date, link or ticket number",
        ),
        (
            "de",
            "Plan für November, 3 Tickets offen",
            "enthält weder Datum noch Link noch Ticketnummer",
        ),
        (
            "en",
            "marketing 12 mails bounced",
            "has no date, link or ticket number",
        ),
    ] {
        let answers = first(&[FOR_PARTNER, ("specificity.examples", example)]);
        let out = run(lang, &answers, &[]);
        let said = format!("{}{}", out.stdout(), out.stderr());
        assert!(
            said.contains(example) && said.contains(told),
            "{example}: {said}"
        );
    }
    // A day next to the month is one, in either language.
    for (lang, example) in [
        ("en", "checkout failed Nov 24"),
        ("de", "Ausfall am 3. Dezember"),
    ] {
        let answers = first(&[FOR_PARTNER, ("specificity.examples", example)]);
        let out = run(lang, &answers, &[]);
        let said = format!("{}{}", out.stdout(), out.stderr());
        assert!(!said.contains(example), "{example}: {said}");
    }
}

#[test]
fn a_greeting_without_a_name_says_why_and_how_to_give_one() {
    // A first name alone is how a contact met every week is named:
    // English greets it ("Dear Melanie,"); a German Sie-letter cannot
    // without the surname, so it greets no one and says why.
    for (person, en_nameless, de_nameless, en_greeting) in [
        ("L. Byrne, PM", true, true, "Hello,"),
        ("Melanie, PM", false, true, "Dear Melanie,"),
        ("Support", true, true, "Hello,"),
        ("Melanie Kurz, PM", false, false, "Dear Melanie,"),
    ] {
        let answers = first(&[FOR_PARTNER, ("partner-contact.partner-person", person)]);
        for (lang, told, nameless, greeting) in [
            (
                "en",
                "opens with \"Hello,\" and no name",
                en_nameless,
                en_greeting,
            ),
            (
                "de",
                "beginnt mit „Sehr geehrte Damen und Herren,“",
                de_nameless,
                "",
            ),
        ] {
            let out = run(lang, &answers, &["--format", "json"]);
            assert_eq!(
                out.stderr().contains(told),
                nameless,
                "{person}: {}",
                out.stderr()
            );
            let kinds = kinds(&out);
            assert_eq!(
                kinds.contains(&"note-nameless-greeting".into()),
                nameless,
                "{kinds:?}"
            );
            let note = out.read("note.txt");
            assert!(note.starts_with(greeting), "{person}: {note}");
            if lang == "de" && de_nameless {
                assert!(
                    note.starts_with("Sehr geehrte Damen und Herren,\n"),
                    "{person}: {note}"
                );
            }
        }
    }
}

#[test]
fn a_german_note_to_a_full_name_says_how_to_greet_herr_or_frau() {
    // One line on stderr in a German run; none with Herr or Frau given,
    // and none in English, whose note greets the first name.
    for (person, lang, warned, greeting) in [
        (
            "Jonas Brenner, Projektleiter",
            "de",
            true,
            "Guten Tag Jonas Brenner,",
        ),
        (
            "Herr Jonas Brenner, Projektleiter",
            "de",
            false,
            "Sehr geehrter Herr Brenner,",
        ),
        ("Frau Lena Kraus", "de", false, "Sehr geehrte Frau Kraus,"),
        ("Jonas Brenner, project lead", "en", false, "Dear Jonas,"),
    ] {
        let answers = first(&[FOR_PARTNER, ("partner-contact.partner-person", person)]);
        let out = run(lang, &answers, &["--format", "json"]);
        assert!(out.read("note.txt").starts_with(greeting), "{person}");
        let stderr = out.stderr();
        let told = stderr
            .lines()
            .filter(|l| {
                l.contains(
                    "Sehr geehrter Herr Brenner,\u{201c} bzw. \u{201e}Sehr geehrte Frau Brenner,",
                )
            })
            .count();
        assert_eq!(told, usize::from(warned), "{person}: {}", out.stderr());
        let kinds = kinds(&out);
        assert_eq!(
            kinds.contains(&"note-untitled-greeting".into()),
            warned,
            "{person}: {kinds:?}"
        );
    }
}

#[test]
fn a_partner_who_answered_is_not_asked_to_confirm_receipt() {
    for (lang, severity, asked, receipt) in [
        (
            "en",
            "live-down",
            "please tell me today by when you will deliver this",
            "received this message",
        ),
        (
            "de",
            "live-down",
            "Bitte nennen Sie mir noch heute, bis wann Sie das leisten",
            "Eingang dieser Nachricht",
        ),
        (
            "en",
            "degraded",
            "As our live shop is affected, please confirm by",
            "received this message",
        ),
        (
            "de",
            "degraded",
            "Da unser Live-Shop beeinträchtigt ist, bestätigen Sie mir bitte bis",
            "Eingang dieser Nachricht",
        ),
    ] {
        let answers = ready_with(&[
            FOR_PARTNER,
            UNTIMED,
            ("context.severity", severity),
            ("partner-contact.raised", "unresolved"),
            (
                "partner-contact.partner-answer",
                "We will look at it on Monday.",
            ),
        ]);
        let written = note(lang, &answers);
        assert!(written.contains(asked), "{lang}: {written}");
        assert!(!written.contains(receipt), "{lang}: {written}");
    }
}

#[test]
fn an_outcome_with_its_own_time_is_the_only_deadline_in_the_closing() {
    // The outcome says when; the closing asks for it by then and adds no
    // day of its own to confirm by, for a shop that is down or affected.
    let timed = (
        "context.outcome",
        "checkout working again by 11:00, else a rollback",
    );
    for (severity, lang, said, not) in [
        (
            "live-down",
            "en",
            "I expect this by then",
            ["confirm", "plan"],
        ),
        (
            "live-down",
            "de",
            "Das erwarte ich von Ihnen bis dahin",
            ["bestätigen", "Plan"],
        ),
        (
            "degraded",
            "en",
            "As our live shop is affected, I expect this by then",
            ["confirm", "30 Nov"],
        ),
        (
            "degraded",
            "de",
            "Da unser Live-Shop beeinträchtigt ist, erwarte ich das von Ihnen bis dahin",
            ["bestätigen", "30.11."],
        ),
    ] {
        let answers = first(&[FOR_PARTNER, timed, ("context.severity", severity)]);
        let note = note(lang, &answers);
        let closing = note
            .lines()
            .rev()
            .find(|l| ["As our", "Da unser"].iter().any(|s| l.starts_with(s)))
            .unwrap_or_else(|| panic!("{lang}: {note}"));
        assert!(closing.contains(said), "{lang}: {closing}");
        for not in not {
            assert!(
                !closing.contains(not),
                "{lang} {severity}: {not}: {closing}"
            );
        }
    }
    // Without a time of its own, the closing still asks for today, and
    // for that outcome, not for some other way.
    let answers = first(&[FOR_PARTNER, UNTIMED, ("context.severity", "live-down")]);
    assert!(
        note("en", &answers)
            .contains("today who on your side is handling it and by when you will deliver this")
    );
}

#[test]
fn the_close_holds_to_the_outcome_as_given_and_never_asks_again_for_a_view_given() {
    // An outcome with a weekday names its day: no firm date is asked for
    // on top, in either language.
    let friday = first(&[
        FOR_PARTNER,
        ("context.severity", "delay"),
        ("context.outcome", "Klarna working on staging by Friday"),
    ]);
    for (lang, softer) in [("en", "firm date"), ("de", "verbindlichen Termin")] {
        let note = note(lang, &friday);
        assert!(!note.contains(softer), "{lang}: {note}");
    }
    // No outcome, and the partner answered with their view and a date:
    // what they will do and by when is asked, not their view again.
    let answered = ready_with(&[
        FOR_PARTNER,
        ("context.severity", "delay"),
        ("context.outcome", "n/a"),
        (
            "partner-contact.partner-answer",
            "Email from Katrin, 4 Dec:\nWe will move acceptance to the end of January.",
        ),
    ]);
    for (lang, view, asked) in [
        (
            "en",
            "how you see it",
            "what you will do about this, and by which firm date it will be done",
        ),
        (
            "de",
            "wie Sie die Sache sehen",
            "was Sie konkret unternehmen und bis zu welchem verbindlichen Termin das erledigt ist",
        ),
    ] {
        let note = note(lang, &answered);
        assert!(!note.contains(view), "{lang}: {note}");
        assert!(note.contains(asked), "{lang}: {note}");
    }
}

#[test]
fn a_shop_only_slow_is_said_to_be_affected_not_failing() {
    let slow = first(&[FOR_PARTNER, UP, UNTIMED]);
    for (lang, said, more) in [
        ("en", "As our live shop is affected", "failing"),
        ("de", "Da unser Live-Shop beeinträchtigt ist", "gestört"),
    ] {
        let note = note(lang, &slow);
        assert!(note.contains(said), "{lang}: {note}");
        assert!(!note.contains(more), "{lang}: {note}");
    }
}

#[test]
fn the_german_note_names_the_one_higher_up_by_frau_or_herr_only_when_given() {
    for (decider, said) in [
        (
            "Frau Sabine Lang, Geschäftsführerin",
            "habe ich mich außerdem an Frau Lang, Ihre Geschäftsführerin, gewandt",
        ),
        (
            "Hr. Dr. Ulf Brandt",
            "habe ich mich außerdem an Herrn Dr. Brandt gewandt",
        ),
        (
            "Sabine Lang, Geschäftsführerin",
            "habe ich mich außerdem an Sabine Lang, Ihre Geschäftsführerin, gewandt",
        ),
    ] {
        let answers = ready_with(&[
            FOR_PARTNER,
            ("partner-contact.went-up", "yes"),
            ("partner-contact.went-up-answer", "am 2.12. geschrieben"),
            ("partner-contact.decider", decider),
        ]);
        let note = note("de", &answers);
        assert!(note.contains(said), "{decider}: {note}");
    }
}

#[test]
fn a_short_impact_reads_on_in_lower_case_after_the_notes_words_for_any_determiner() {
    for (impact, said) in [
        (
            "Every guest order fails",
            "For our business, this means every guest order fails.",
        ),
        (
            "All orders from Austria",
            "For our business, this means all orders from Austria.",
        ),
        (
            "Klarna orders are lost",
            "For our business, this means Klarna orders are lost.",
        ),
    ] {
        let note = note("en", &first(&[FOR_PARTNER, ("context.impact", impact)]));
        assert!(note.contains(said), "{impact}: {note}");
    }
}

/// Each day the merchant names relative to today ("by Friday", „heute",
/// "since Monday") gets its date in both documents, which are read on
/// another day; a range ("next week") stays as written.
#[test]
fn a_day_named_relative_to_today_gets_its_date_in_the_brief_and_the_note() {
    // TODAY is Wednesday 25 Nov 2026.
    for (lang, outcome, position, dated_outcome, dated_position) in [
        (
            "en",
            "Invoice payments working again by Friday",
            "We need a fix today; it has been down since Monday.",
            "Invoice payments working again by Friday (27 Nov 2026)",
            "We need a fix today (25 Nov 2026); it has been down since Monday (23 Nov 2026).",
        ),
        (
            "de",
            "Kauf auf Rechnung wieder verfügbar bis Montag",
            "Wir brauchen morgen eine Lösung, nicht erst nächste Woche.",
            "Kauf auf Rechnung wieder verfügbar bis Montag (30.11.2026)",
            "Wir brauchen morgen (26.11.2026) eine Lösung, nicht erst nächste Woche.",
        ),
    ] {
        let answers = ready_with(&[
            ("context.outcome", outcome),
            ("partner-contact.position", position),
            (
                "partner-contact.partner-answer",
                "Email of 12 Nov 2026: we are looking into it.",
            ),
        ]);
        let out = crate::common::both_documents(lang, &answers);
        let brief = crate::common::unwrapped(&out.read("b.txt"));
        let note = crate::common::unwrapped(&out.read("n.txt"));
        assert!(brief.contains(dated_outcome), "{lang}: {brief}");
        // The note's English goes on in lower case after its colon.
        assert!(
            note.to_lowercase().contains(&dated_outcome.to_lowercase()),
            "{lang}: {note}"
        );
        assert!(note.contains(dated_position), "{lang}: {note}");
        assert!(brief.contains(dated_position), "{lang}: {brief}");
    }
}

/// The closing request of a note: its last paragraph before the sign-off.
fn closing_request(note: &str) -> String {
    let paragraphs: Vec<&str> = note.split("\n\n").collect();
    paragraphs[paragraphs.len() - 2].to_owned()
}

#[test]
fn an_outcome_with_its_own_day_is_asked_for_by_it_whole_and_not_by_the_date_it_replaces() {
    // The date at risk is two days away; the outcome gives it up for a
    // later day and sets a money condition. The close asks for the
    // outcome by its day, as it is: no "in time" for the date given up,
    // no confirmation by an earlier day, nothing of it dropped.
    for (lang, outcome, asked) in [
        (
            "en",
            "Search under 1 s by 18 December, at no extra cost",
            "I expect this by then.",
        ),
        (
            "de",
            "Suche unter 1 Sekunde bis 18.12., ohne Mehrkosten",
            "Das erwarte ich von Ihnen bis dahin.",
        ),
    ] {
        let answers = first(&[
            FOR_PARTNER,
            ("context.severity", "delay"),
            ("context.at-risk", "2026-11-27"),
            ("context.outcome", outcome),
        ]);
        let note = note(lang, &answers);
        assert!(
            note.to_lowercase().contains(&outcome.to_lowercase()),
            "{note}"
        );
        let request = closing_request(&note);
        assert!(request.contains(asked), "{lang}: {request}");
        for not in [
            "in time",
            "rechtzeitig",
            "above",
            "oben genannte",
            "27 Nov",
            "27.11.",
            "26 Nov",
            "26.11.",
            "deadline",
            "Frist",
        ] {
            assert!(!request.contains(not), "{lang}: {not}: {request}");
        }
    }
    // Several days, one for each part: how they will meet them is asked
    // by the note's day, and the days stay in the outcome.
    let answers = first(&[
        FOR_PARTNER,
        (
            "context.outcome",
            "Staging by 1 December and go-live by 4 December",
        ),
    ]);
    let en = closing_request(&note("en", &answers));
    assert!(
        en.contains("please tell me today who on your side is handling it and how you will meet these deadlines."),
        "{en}"
    );
    assert!(closing_request(&note("de", &answers)).contains(
        "noch heute, wer sich bei Ihnen darum kümmert und wie Sie diese Fristen einhalten werden."
    ));
}

#[test]
fn the_named_contact_is_not_asked_who_handles_it_and_no_receipt_is_asked() {
    let down = [FOR_PARTNER, UNTIMED, ("context.severity", "live-down")];
    for (lang, who, receipt) in [
        ("en", "who on your side", "received"),
        ("de", "wer sich bei Ihnen", "Eingang"),
    ] {
        // Tom, who has been handling it, is asked by when, not who.
        let named = closing_request(&note(lang, &ready_with(&down)));
        assert!(!named.contains(who), "{lang}: {named}");
        // With no one named, who is asked; receipt never.
        let nameless = closing_request(&note(lang, &first(&down)));
        assert!(nameless.contains(who), "{lang}: {nameless}");
        for request in [named, nameless] {
            assert!(!request.contains(receipt), "{lang}: {request}");
        }
    }
}

#[test]
fn a_pasted_reply_is_quoted_before_the_position_that_answers_it() {
    let pasted = "From: Dan Foster <dan@partner.example>\nSent: 20 November 2026 18:02\nSubject: RE: Sync\n\nHi Tom,\n\nThanks for flagging. The connector rework is not part of the fixed price.\n\nBest,\nDan";
    for (lang, position, said) in [
        (
            "en",
            "We disagree: section 4.2 covers it.",
            "You wrote: \u{201c}The connector rework is not part of the fixed price.\u{201d} We disagree: section 4.2 covers it.",
        ),
        (
            "de",
            "Wir sehen das anders: Ziffer 4.2 deckt das ab.",
            "Sie schrieben: \u{201e}The connector rework is not part of the fixed price.\u{201c} Wir sehen das anders: Ziffer 4.2 deckt das ab.",
        ),
    ] {
        let answers = ready_with(&[
            FOR_PARTNER,
            ("partner-contact.partner-answer", pasted),
            ("partner-contact.position", position),
        ]);
        let note = note(lang, &answers);
        assert!(note.contains(said), "{lang}: {note}");
        assert!(!note.contains("Thanks for flagging"), "{note}");
        // The clause, the grounds, comes before the position.
        let clause = note
            .find("4.2 guest checkout")
            .or_else(|| note.find("SOW-2026-014"));
        if let Some(clause) = clause {
            assert!(clause < note.find(position).unwrap(), "{note}");
        }
    }
    // An account of the reply in the merchant's words is not quoted.
    let told = ready_with(&[
        FOR_PARTNER,
        (
            "partner-contact.partner-answer",
            "Dan said on the phone it is out of scope.",
        ),
        (
            "partner-contact.position",
            "We disagree: section 4.2 covers it.",
        ),
    ]);
    assert!(!note("en", &told).contains("You wrote"));
}

#[test]
fn one_example_is_headed_as_one_and_an_upheld_answer_higher_up_is_said() {
    let one = first(&[
        FOR_PARTNER,
        (
            "specificity.examples",
            "ticket ACME-1234, opened 2026-11-02",
        ),
    ]);
    assert!(note("en", &one).contains("An example:"));
    assert!(note("de", &one).contains("Ein Beispiel:"));
    let upheld = ready_with(&[
        FOR_PARTNER,
        (
            "partner-contact.partner-answer",
            "Email of 13 Nov: out of scope.",
        ),
        ("partner-contact.went-up", "yes"),
        ("partner-contact.decider", "Herr Kessler, Geschäftsführer"),
        (
            "partner-contact.went-up-answer",
            "Wrote to him on 18 Nov; he confirmed the refusal.",
        ),
    ]);
    assert!(note("en", &upheld).contains("who confirmed your answer."));
    assert!(note("de", &upheld).contains("; er hat Ihre Antwort bestätigt."));
}

#[test]
fn the_merchants_straight_quotes_are_printed_as_the_letters_language_quotes() {
    let answers = first(&[
        FOR_PARTNER,
        (
            "scope.clause",
            "SOW-2026-014, deliverable D4 'ERP integration (SAP, stock)'",
        ),
        (
            "specificity.examples",
            "Search for \"drill\" takes 9 s, ticket TS-5512",
        ),
    ]);
    for (lang, clause, example) in [
        (
            "en",
            "D4 \u{201c}ERP integration (SAP, stock)\u{201d}",
            "Search for \u{201c}drill\u{201d} takes 9 s",
        ),
        (
            "de",
            "D4 \u{201e}ERP integration (SAP, stock)\u{201c}",
            "Search for \u{201e}drill\u{201c} takes 9 s",
        ),
    ] {
        let note = note(lang, &answers);
        assert!(note.contains(clause), "{lang}: {note}");
        assert!(note.contains(example), "{lang}: {note}");
        assert!(!note.contains('\''), "{lang}: {note}");
    }
}

#[test]
fn a_position_stands_without_a_reply_after_the_no_answer_is_said() {
    for (lang, none, position) in [
        (
            "en",
            "I have had no answer from you since",
            "Section 4.2 covers it, so the fix is owed.",
        ),
        (
            "de",
            "Eine Antwort von Ihnen habe ich bis heute nicht erhalten",
            "Ziffer 4.2 deckt das ab, die Behebung ist geschuldet.",
        ),
    ] {
        let answers = ready_with(&[
            FOR_PARTNER,
            ("partner-contact.partner-answer", "no reply"),
            ("partner-contact.position", position),
        ]);
        let note = note(lang, &answers);
        let (said, stand) = (note.find(none), note.find(position));
        assert!(said.is_some() && stand.is_some(), "{lang}: {note}");
        assert!(said < stand, "{lang}: {note}");
        assert!(!note.contains("You wrote") && !note.contains("Sie schrieben"));
    }
}

/// A sentence or an example that speaks of the partner or of the person
/// the note is written to in the third person, with a subject and verb
/// the rules can put to them, reaches the note in the second person, in
/// either language; stderr quotes each so reworded next to what was
/// written; the brief keeps the merchant's words. What cannot be put
/// safely is left out as before.
#[test]
fn an_answer_or_example_about_the_partner_is_put_to_them_in_the_second_person() {
    let answers = first(&[
        UP,
        ("context.partner", "Brightlane Digital Ltd"),
        ("partner-contact.partner-person", "Mark Ellison, PM"),
        (
            "specificity.problem",
            "Checkout throws a 500 since Thursday. Brightlane deployed a release Thursday night and since then nothing works. Brightlane clearly does not care.",
        ),
        (
            "specificity.examples",
            "Mark said on the 1 Dec stand-up that the connector 'needs a rethink'",
        ),
        (
            "specificity.examples",
            "ticket BL-1234: orders stuck since 2026-12-03",
        ),
        (
            "context.impact",
            "About GBP 22,000 a day; the agency has not answered since 3 Dec.",
        ),
    ]);
    let out = Test::new()
        .args(["--lang", "en", "check", "--no-input", "--today", TODAY])
        .answers(&answers)
        .args(["--partner-note", "note.txt", "--brief", "brief.txt"])
        .args(["--format", "json", "--force"])
        .run();
    let written = crate::common::unwrapped(&out.read("note.txt"));
    for said in [
        "You deployed a release Thursday night and since then nothing works.",
        "- You said on the 1 Dec stand-up that the connector \u{201c}needs a rethink\u{201d}",
        "you have not answered since 3 Dec.",
    ] {
        assert!(written.contains(said), "{said}: {written}");
    }
    for gone in [
        "Brightlane deployed",
        "does not care",
        "Mark said",
        "the agency",
    ] {
        assert!(!written.contains(gone), "{gone}: {written}");
    }
    let stderr = crate::common::unwrapped(&out.stderr());
    assert!(
        stderr.contains("The note to your partner puts your answer to specificity.problem to them directly: \"You deployed a release Thursday night and since then nothing works.\" (you wrote \"Brightlane deployed a release"),
        "{stderr}"
    );
    assert!(
        stderr.contains("puts example 1 to them directly: \"You said on the 1 Dec"),
        "{stderr}"
    );
    assert!(
        stderr.contains("without \"Brightlane clearly does not care.\""),
        "{stderr}"
    );
    let kinds = kinds(&out);
    assert!(kinds.contains(&"note-reworded".into()), "{kinds:?}");
    assert!(!kinds.contains(&"note-names-addressee".into()), "{kinds:?}");
    // The brief keeps the merchant's own words.
    let brief = crate::common::unwrapped(&out.read("brief.txt"));
    assert!(brief.contains("Brightlane deployed a release"), "{brief}");
    assert!(brief.contains("Mark said on the 1 Dec"), "{brief}");

    // German, in Markdown: the word for the partner and the addressee
    // with her title become „Sie“ with the verb after it.
    let answers = first(&[
        UP,
        ("context.partner", "Technova Solutions GmbH"),
        ("partner-contact.partner-person", "Frau Dr. Albrecht"),
        (
            "specificity.problem",
            "Die Suche ist seit dem Go-live langsam. Die Agentur weigert sich, das ohne Change Request zu beheben.",
        ),
        (
            "specificity.examples",
            "Die Agentur hat selbst im Abnahmeprotokoll vom 02.10. die Suche als offen markiert",
        ),
        (
            "specificity.examples",
            "Frau Dr. Albrecht hat am 25.11. gesagt, es kommt in Kürze",
        ),
        ("specificity.examples", "Das steht so im Jira der Agentur"),
        (
            "specificity.examples",
            "Seit dem 09.11. reagiert der Partner nicht auf Tickets",
        ),
    ]);
    let de = Test::new()
        .args(["--lang", "de", "check", "--no-input", "--today", TODAY])
        .answers(&answers)
        .args(["--partner-note", "note.md"])
        .run();
    let written = crate::common::unwrapped(&de.read("note.md"));
    for said in [
        "Sie weigern sich, das ohne Change Request zu beheben.",
        "- Sie haben selbst im Abnahmeprotokoll vom 02.10. die Suche als offen markiert",
        "- Sie haben am 25.11. gesagt, es kommt in Kürze",
        // The subject after its verb, as a German clause has it.
        "- Seit dem 09.11. reagieren Sie nicht auf Tickets",
    ] {
        assert!(written.contains(said), "{said}: {written}");
    }
    for gone in [
        "Die Agentur",
        "Albrecht hat",
        "Jira der Agentur",
        "der Partner",
    ] {
        assert!(!written.contains(gone), "{gone}: {written}");
    }
    let stderr = crate::common::unwrapped(&de.stderr());
    assert!(
        stderr.contains("richtet Beispiel 2 direkt an ihn: „Sie haben am 25.11. gesagt, es kommt in Kürze“ (Sie hatten geschrieben: „Frau Dr. Albrecht hat am 25.11."),
        "{stderr}"
    );
    assert!(
        stderr.contains("richtet Beispiel 3 direkt an ihn: „Das steht so in Ihrem Jira“"),
        "{stderr}"
    );
}

/// What follows a verb of saying is what the partner said, which may be
/// of someone else: it is never put to them ("the vendor's fault" is no
/// "your fault"), and a sentence that judges them ("keeps blaming",
/// „vorgeschoben") is left out rather than aimed at the reader.
#[test]
fn what_the_partner_said_and_a_judgement_of_them_are_never_put_to_them() {
    for (lang, said, judged, wrong) in [
        (
            "en",
            "UAT meeting 4 Nov: ACME said it's the vendor's fault",
            "Since 3 November guest checkout fails. ACME keeps blaming the connector vendor.",
            ["your fault", "You keep blaming", "ACME said", "ACME keeps"],
        ),
        (
            "de",
            "Abnahme am 4.11.: ACME sagte, das sei der Fehler der Agentur des Herstellers",
            "Seit dem 3. November schlägt der Checkout fehl. ACME redet sich mit dem Konfigurator heraus, das ist vorgeschoben.",
            ["Ihr Fehler", "Sie reden sich", "ACME sagte", "ACME redet"],
        ),
    ] {
        let answers = first(&[
            ("specificity.problem", judged),
            ("specificity.examples", said),
            ("specificity.examples", "ticket ACME-1234 of 2 Nov"),
        ]);
        let out = run(lang, &answers, &[]);
        let note = crate::common::unwrapped(&out.read("note.txt"));
        for wrong in wrong {
            assert!(!note.contains(wrong), "{lang}: {wrong}: {note}");
        }
        assert!(note.contains("ACME-1234"), "{lang}: {note}");
    }
}

#[test]
fn the_close_asks_by_the_day_the_subject_names() {
    let answers = |outcome: &'static str| {
        ready_with(&[
            FOR_PARTNER,
            ("context.severity", "delay"),
            ("partner-contact.raised-on", "2026-11-24"),
            ("context.outcome", outcome),
        ])
    };
    // An outcome due well after the day to answer by: the close asks for
    // both, and the subject's day is the answer's.
    for (lang, outcome, close, reply_by) in [
        (
            "en",
            "Search fixed by 18 December",
            "Please tell me by Friday, 27 Nov 2026, how you will meet this date.",
            "27 Nov",
        ),
        (
            "de",
            "Suche repariert bis 18.12.2026",
            "Bitte sagen Sie mir bis Freitag, 27.11.2026, wie Sie diesen Termin einhalten werden.",
            "27.11.",
        ),
        // A range is no day: the answer is asked by the note's day.
        (
            "en",
            "A new project plan next week",
            "Please tell me by Friday, 27 Nov 2026, how you will meet this deadline.",
            "27 Nov",
        ),
        (
            "de",
            "Nächste Woche einen neuen Projektplan",
            "Bitte sagen Sie mir bis Freitag, 27.11.2026, wie Sie diese Frist einhalten werden.",
            "27.11.",
        ),
    ] {
        let answers = answers(outcome);
        let note = note(lang, &answers);
        assert!(note.contains(close), "{lang}: {note}");
        let subject = subject(lang, &answers);
        assert!(subject.ends_with(reply_by), "{lang}: {subject}");
    }
    // An outcome due no later than the day to answer by: the subject
    // names its day, and the close asks by it without saying it again
    // (the outcome just did).
    for (lang, outcome, close, reply_by) in [
        (
            "en",
            "Search fixed by 26 November",
            "search fixed by 26 November.\n\nI expect this by then.",
            "26 Nov",
        ),
        (
            "de",
            "Suche repariert bis 26.11.2026",
            "Suche repariert bis 26.11.2026.\n\nDas erwarte ich von Ihnen bis dahin.",
            "26.11.",
        ),
    ] {
        let answers = answers(outcome);
        let note = note(lang, &answers);
        assert!(note.contains(close), "{lang}: {note}");
        let subject = subject(lang, &answers);
        assert!(subject.ends_with(reply_by), "{lang}: {subject}");
    }
}

#[test]
fn a_time_from_now_beside_a_day_is_a_second_day() {
    for (lang, outcome, close, never) in [
        (
            "en",
            "Checkout working again today, and a root cause analysis within 5 working days.",
            "I expect the first part today; please tell me today how you will meet the later date.",
            "these deadlines",
        ),
        (
            "de",
            "Checkout läuft heute wieder, und eine Ursachenanalyse innerhalb von 5 Werktagen.",
            "Den ersten Teil erwarte ich von Ihnen noch heute; bitte sagen Sie mir noch heute, wie Sie den späteren Termin einhalten werden.",
            "diese Fristen",
        ),
    ] {
        let note = note(
            lang,
            &ready_with(&[FOR_PARTNER, ("context.outcome", outcome)]),
        );
        assert!(note.contains(close), "{lang}: {note}");
        assert!(!note.contains(never), "{lang}: {note}");
    }
}

#[test]
fn an_outcome_put_to_them_reads_as_a_thing_wanted_and_names_them_before_a_time() {
    for (lang, outcome, said) in [
        (
            "en",
            "ACME fixes guest checkout under the existing SOW by 1 December.",
            "Specifically, I need the following from you: that you fix guest checkout under the existing SOW by 1 December.",
        ),
        (
            "en",
            "Checkout fixed, and a written root cause analysis from ACME within 5 working days.",
            "a written root cause analysis from you within 5 working days (by Wed 2 Dec 2026).",
        ),
        (
            "de",
            "Checkout repariert, und eine schriftliche Ursachenanalyse von ACME innerhalb von 5 Werktagen.",
            "eine schriftliche Ursachenanalyse von Ihnen innerhalb von 5 Werktagen (bis Mi., 02.12.2026).",
        ),
    ] {
        let note = note(
            lang,
            &ready_with(&[FOR_PARTNER, ("context.outcome", outcome)]),
        );
        assert!(note.contains(said), "{lang}: {note}");
        for never in ["ACME fixes", "from ACME", "von ACME", "\nYou fix"] {
            assert!(!note.contains(never), "{lang}: {note}");
        }
    }
}

#[test]
fn a_range_beside_a_later_day_is_asked_for_by_the_day_to_answer_never_later() {
    // "a plan next week, M3 accepted by 29 January": the close asks by
    // the day the subject names how they will meet it, and never names the
    // later day, which stays in the outcome as its milestone.
    for (lang, outcome, close, reply_by, later) in [
        (
            "en",
            "A reliable plan next week, with M3 accepted by 29 January 2027.",
            "Please tell me by Friday, 27 Nov 2026, how you will meet these deadlines.",
            "27 Nov",
            "29 Jan",
        ),
        (
            "de",
            "Ein belastbarer Plan, mit dem M3 spätestens am 29.01.2027 abgenommen werden kann, nächste Woche.",
            "Bitte sagen Sie mir bis Freitag, 27.11.2026, wie Sie diese Fristen einhalten werden.",
            "27.11.",
            "29.01.",
        ),
    ] {
        let answers = ready_with(&[
            FOR_PARTNER,
            ("context.severity", "delay"),
            ("partner-contact.raised-on", "2026-11-24"),
            ("context.outcome", outcome),
        ]);
        let note = note(lang, &answers);
        let request = closing_request(&note);
        assert_eq!(request, close, "{lang}: {note}");
        assert!(!request.contains(later), "{lang}: {request}");
        assert!(note.contains(later), "{lang}: {note}");
        let subject = subject(lang, &answers);
        assert!(subject.ends_with(reply_by), "{lang}: {subject}");
    }
}

#[test]
fn the_subject_cuts_what_is_broken_where_the_words_kept_still_mean_it() {
    // Cut before "working", "not…" says neither what fails nor that
    // anything does; cut before "in SAP an", „kommen nicht…" loses the
    // verb's particle. A cut keeps the words whole up to a word it can
    // end on, or fewer.
    for (lang, merchant, topic, never) in [
        (
            "en",
            "Kestrel & Finch Apparel Ltd",
            "marketplace connector not working",
            ["not\u{2026}", "not:"],
        ),
        (
            "de",
            "Lindner Werkzeuge GmbH",
            "Bestellungen kommen nicht in SAP an",
            ["nicht\u{2026}", "kommen\u{2026}"],
        ),
    ] {
        let answers = first(&[
            FOR_PARTNER,
            ("context.merchant", merchant),
            ("context.topic", topic),
            ("context.severity", "launch-blocked"),
        ]);
        let subject = subject(lang, &answers);
        assert!(subject.chars().count() <= 78, "{subject}");
        for never in never {
            assert!(!subject.contains(never), "{lang}: {subject}");
        }
    }
}

/// An outcome that is itself an answer (a plan, a date, an offer, a
/// decision) due after the day to answer by is asked for by its own day,
/// and the subject names that day; work done later is still asked how it
/// will be met.
#[test]
fn a_plan_a_date_or_an_offer_is_asked_for_by_its_own_day() {
    let answers = |outcome: &'static str| {
        ready_with(&[
            FOR_PARTNER,
            ("context.severity", "delay"),
            ("partner-contact.raised-on", "2026-11-24"),
            ("context.outcome", outcome),
        ])
    };
    for (lang, outcome, close, reply_by) in [
        (
            "en",
            "A binding date for the fix by 18 December",
            "Please send it to me by Friday, 18 Dec 2026.",
            "18 Dec",
        ),
        (
            "en",
            "A fixed-price offer and a plan for the fix by 18 December",
            "Please send it to me by Friday, 18 Dec 2026.",
            "18 Dec",
        ),
        (
            "de",
            "Ein verbindlicher Projektplan mit Termin bis 18.12.2026",
            "Bitte lassen Sie mir das bis Freitag, 18.12.2026, zukommen.",
            "18.12.",
        ),
        (
            "de",
            "Ein Festpreisangebot bis 18.12.2026",
            "Bitte lassen Sie mir das bis Freitag, 18.12.2026, zukommen.",
            "18.12.",
        ),
        // Work done by that day: how it will be met, by the note's day.
        (
            "en",
            "Search working again and a root-cause report by 18 December",
            "Please tell me by Friday, 27 Nov 2026, how you will meet this date.",
            "27 Nov",
        ),
        (
            "de",
            "Suche funktioniert wieder bis 18.12.2026",
            "Bitte sagen Sie mir bis Freitag, 27.11.2026, wie Sie diesen Termin einhalten werden.",
            "27.11.",
        ),
    ] {
        let answers = answers(outcome);
        let note = note(lang, &answers);
        assert!(note.contains(close), "{lang}: {outcome}: {note}");
        let subject = subject(lang, &answers);
        assert!(subject.ends_with(reply_by), "{lang}: {subject}");
    }
}

/// The impact is led in as what the problem means for the business only
/// when it is a consequence; a state that makes the timing matter gets
/// a lead-in of its own.
#[test]
fn an_impact_that_is_no_consequence_is_led_in_as_why_the_timing_matters() {
    for (lang, impact, said) in [
        (
            "en",
            "our Christmas campaign is running",
            "The timing matters: our Christmas campaign is running.",
        ),
        (
            "en",
            "about 40 lost orders a day",
            "For our business, this means about 40 lost orders a day.",
        ),
        (
            "en",
            "we cannot ship to Austria",
            "For our business, this means we cannot ship to Austria.",
        ),
        (
            "de",
            "die Weihnachtsaktion läuft",
            "Der Zeitpunkt ist entscheidend: Die Weihnachtsaktion läuft.",
        ),
        (
            "de",
            "rund 60.000 EUR Umsatz fehlen",
            "Für unser Geschäft heißt das: rund 60.000 EUR Umsatz fehlen.",
        ),
    ] {
        let answers = ready_with(&[FOR_PARTNER, ("context.impact", impact)]);
        let note = note(lang, &answers);
        assert!(note.contains(said), "{lang}: {said}\n{note}");
    }
}

/// A role typed in lower case stands in the signature with a capital
/// first letter, as a signature line has; the rest as typed.
#[test]
fn a_role_in_the_signature_starts_with_a_capital() {
    for (lang, contact, role) in [
        (
            "en",
            "Jana Weber, project lead, jana@example.com",
            "\nProject lead\n",
        ),
        (
            "de",
            "Jana Weber, geschäftsführerin, jana@example.com",
            "\nGeschäftsführerin\n",
        ),
        (
            "en",
            "Jana Weber, eCommerce lead, jana@example.com",
            "\neCommerce lead\n",
        ),
    ] {
        let answers = ready_with(&[FOR_PARTNER, ("context.contact", contact)]);
        let note = run(lang, &answers, &[]).read("note.txt");
        assert!(note.contains(role), "{lang}: {role}\n{note}");
    }
}
