//! The brief claims only what the answers say: an answer that is a
//! placeholder ("n/a", "tbd", "?", „k. A.") is not given, in any text the
//! documents use, and the CSM is told what is missing instead; a value
//! that merely holds such a word stays a value. A sentence the brief adds
//! of its own (the examples attached, the links open) holds only as far as
//! the user's words on the examples leave it true.

use crate::common::{TODAY, Test, ready_with, unwrapped};

/// `check --no-input` in `lang` writing the brief as text with `answers`:
/// the brief, its lines joined, and stderr.
fn brief(lang: &str, answers: &[(&str, &str)]) -> (String, String) {
    let out = Test::new()
        .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
        .answers(answers)
        .args(["--brief", "b.txt"])
        .run()
        .exits(0);
    (unwrapped(&out.read("b.txt")), out.stderr())
}

#[test]
fn a_placeholder_answer_is_not_printed_as_a_fact_and_the_csm_is_told_what_is_missing() {
    for (lang, blanks) in [
        (
            "en",
            [
                "n/a",
                "tbd",
                "?",
                "unknown",
                "-",
                "don't know",
                "TBD",
                "???",
            ],
        ),
        (
            "de",
            [
                "k. A.",
                "weiß nicht",
                "unbekannt",
                "-",
                "?",
                "noch unklar",
                "n/a",
                "keine Angabe",
            ],
        ),
    ] {
        let answers = ready_with(&[
            ("context.account-id", blanks[0]),
            ("context.project", blanks[1]),
            ("context.environment", blanks[2]),
            ("context.cloud-project", blanks[3]),
            ("context.impact", blanks[4]),
            ("scope.clause", blanks[5]),
            ("context.support-case", blanks[6]),
            ("partner-contact.decider", blanks[7]),
        ]);
        let (brief, stderr) = brief(lang, &answers);
        for blank in blanks {
            let said = brief
                .lines()
                .find(|l| l.trim_end().ends_with(&format!(": {blank}")) || l.trim() == blank);
            assert!(said.is_none(), "{lang}: {blank:?} printed: {brief}");
        }
        // The account of a company named is no gap: the CSM knows it.
        for key in [
            "context.environment",
            "context.cloud-project",
            "context.impact",
            "context.support-case",
            "partner-contact.decider",
        ] {
            // "n/a" for the support case says there is none: the ask
            // already asks for help to open one.
            if key == "context.support-case" && blanks[6] == "n/a" {
                continue;
            }
            assert!(
                stderr.contains(&format!("({key})")),
                "{lang}: {key}: {stderr}"
            );
        }
        assert!(!stderr.contains("(context.account-id)"), "{lang}: {stderr}");
    }
}

#[test]
fn a_support_case_answered_none_says_there_is_none_and_a_value_with_such_a_word_stays() {
    for (lang, none, says) in [
        ("en", "not opened", "There is no Adobe support case."),
        ("de", "noch nicht", "Es gibt keinen Adobe-Supportfall"),
    ] {
        let (brief, _) = brief(lang, &ready_with(&[("context.support-case", none)]));
        assert!(brief.contains(says), "{lang}: {brief}");
        assert!(!brief.contains(&format!(": {none}")), "{lang}: {brief}");
    }
    let env = "no access to production, staging.example.com";
    let (brief, stderr) = brief("en", &ready_with(&[("context.environment", env)]));
    assert!(brief.contains(env), "{brief}");
    assert!(!stderr.contains("(context.environment)"), "{stderr}");
}

#[test]
fn a_company_outcome_or_contact_given_as_a_placeholder_is_asked_for() {
    for (lang, blank) in [("en", "n/a"), ("de", "k. A.")] {
        let answers = ready_with(&[
            ("context.merchant", blank),
            ("context.outcome", blank),
            ("context.contact", blank),
        ]);
        let (brief, stderr) = brief(lang, &answers);
        assert!(!brief.contains(blank), "{lang}: {brief}");
        for key in ["context.merchant", "context.outcome", "context.contact"] {
            assert!(
                stderr.contains(&format!("({key})")),
                "{lang}: {key}: {stderr}"
            );
        }
    }
}

#[test]
fn the_access_to_the_examples_is_claimed_only_as_far_as_the_users_words_leave_it_true() {
    let no_access = [
        (
            "specificity.examples",
            "ticket BF-88 of 16 Nov in the partner's Jira, we have no access",
        ),
        ("specificity.examples", "email of 16 Nov 2026 to Tom Wagner"),
        ("specificity.evidence-access", "attached"),
    ];
    for (lang, generic, partly) in [
        (
            "en",
            "Copies of the examples below are attached.",
            "attached where I have them",
        ),
        (
            "de",
            "Kopien der Beispiele unten sind angehängt.",
            "angehängt, soweit ich sie habe",
        ),
    ] {
        let (text, _) = brief(lang, &ready_with(&no_access));
        assert!(!text.contains(generic), "{lang}: {text}");
        assert!(text.contains(partly), "{lang}: {text}");
        // Nothing contradicts it: the claim stands.
        let (text, _) = brief(lang, &ready_with(&[]));
        assert!(text.contains(generic), "{lang}: {text}");
    }
    let theirs = [
        (
            "specificity.examples",
            "ticket in their system: https://acme.atlassian.net/browse/BF-88",
        ),
        ("specificity.evidence-access", "links"),
    ];
    for (lang, generic) in [
        ("en", "The links below open without extra access."),
        ("de", "Die Links unten öffnen sich ohne eigenen Zugang."),
    ] {
        let (text, stderr) = brief(lang, &ready_with(&theirs));
        assert!(!text.contains(generic), "{lang}: {text}");
        assert!(
            stderr.contains("(specificity.evidence-access)"),
            "{lang}: {stderr}"
        );
        let open = [
            (
                "specificity.examples",
                "status page: https://status.example.com/incident/42",
            ),
            ("specificity.evidence-access", "links"),
            ("specificity.evidence-where", "the public status page"),
        ];
        let (text, _) = brief(lang, &ready_with(&open));
        // Said of the examples that are links, the others being none.
        let opens = [
            "open without extra access.",
            "öffnen sich ohne eigenen Zugang.",
        ];
        assert!(opens.iter().any(|o| text.contains(o)), "{lang}: {text}");
    }
}

#[test]
fn no_sentence_speaks_of_a_live_shop_when_the_answers_say_there_is_none_yet() {
    for (lang, none_yet, live) in [
        ("en", "staging only, not live yet", "live"),
        ("en", "pre-launch, www.example.com", "live"),
        (
            "de",
            "noch keine Produktion, Entwicklung beim Partner",
            "Live",
        ),
        ("de", "Staging, noch nicht live", "Live"),
    ] {
        for severity in ["live-down", "degraded", "delay"] {
            let answers = ready_with(&[
                ("context.severity", severity),
                ("context.environment", none_yet),
            ]);
            let (text, _) = brief(lang, &answers);
            let summary = text.split("\n\n").nth(1).unwrap_or_default();
            assert!(!summary.contains(live), "{lang} {severity}: {summary}");
            // With a live shop, the same severity says it; a late project
            // says nothing of the live shop, which the merchant did not
            // speak of.
            if severity == "delay" {
                continue;
            }
            let answers = ready_with(&[("context.severity", severity)]);
            let (text, _) = brief(lang, &answers);
            let summary = text.split("\n\n").nth(1).unwrap_or_default();
            assert!(summary.contains(live), "{lang} {severity}: {summary}");
        }
    }
}

#[test]
fn copies_are_claimed_only_of_the_written_examples_when_one_is_a_call() {
    let call = [
        ("specificity.evidence-access", "attached"),
        (
            "specificity.evidence-where",
            "Mails in my inbox, SOW as PDF",
        ),
        (
            "specificity.examples",
            "Telefonat mit Dr. Eller am 25.11.2026, Zusage bis KW 49",
        ),
    ];
    for (lang, written, all) in [
        (
            "en",
            "Copies of the examples below that are documents (emails, tickets, screenshots, files) are attached; the others are my own description.",
            "Copies of the examples below are attached",
        ),
        (
            "de",
            "Von den Beispielen unten sind die Dokumente (E-Mails, Tickets, Screenshots, Dateien) in Kopie angehängt; die übrigen beschreibe ich selbst.",
            "Kopien der Beispiele unten sind angehängt",
        ),
    ] {
        // READY's two written examples, and a call.
        let mut answers = ready_with(&[]);
        answers.retain(|(key, _)| !key.starts_with("specificity.evidence"));
        answers.extend(call);
        let (text, _) = brief(lang, &answers);
        assert!(text.contains(written), "{lang}: {text}");
        assert!(!text.contains(all), "{lang}: {text}");
        // Written examples only: copies of them all, as before.
        let (text, _) = brief(lang, &ready_with(&[]));
        assert!(text.contains(all), "{lang}: {text}");
    }
}
