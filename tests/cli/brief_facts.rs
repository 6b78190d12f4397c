//! What the brief states as a fact, and what the run says is missing,
//! hold to one rule: a non-answer ("no idea", „keine Ahnung") is not
//! printed as a fact, "n/a" on the support case says there is none, an
//! organisation ID the gap calls
//! malformed is not printed as valid, and the permission to contact the
//! partner's decider is asked and stated only about a decider the
//! answers name alone.

use crate::common::{TODAY, Test, briefed, ready_with};

/// Does `stderr` hold a gap warning for `key`?
fn asks_for(stderr: &str, key: &str) -> bool {
    stderr.lines().any(|l| {
        (l.starts_with("Your CSM will ask") || l.starts_with("Im Briefing fehlt"))
            && l.contains(&format!("({key})"))
    })
}

const SUPPORT: &str = "context.support-case";

#[test]
fn the_support_case_reads_one_way_none_unknown_or_the_merchants_words_left_open() {
    // "n/a" asked whether there is a case means none; "don't know" means
    // not known; not knowing followed by more words is kept as written,
    // and the brief lists it as still open.
    for (lang, answer, said) in [
        ("en", "none", "There is no Adobe support case."),
        ("en", "n/a", "There is no Adobe support case."),
        ("en", "-", "There is no Adobe support case."),
        ("de", "keiner", "Es gibt keinen Adobe-Supportfall."),
        ("de", "n/a", "Es gibt keinen Adobe-Supportfall."),
        ("de", "entfällt", "Es gibt keinen Adobe-Supportfall."),
        (
            "en",
            "no idea",
            "I do not know whether there is an Adobe support case.",
        ),
        (
            "en",
            "?",
            "I do not know whether there is an Adobe support case.",
        ),
        (
            "de",
            "k.A.",
            "Ob es einen Adobe-Supportfall gibt, weiß ich nicht.",
        ),
        (
            "de",
            "weiß nicht",
            "Ob es einen Adobe-Supportfall gibt, weiß ich nicht.",
        ),
        (
            "en",
            "don't know, I think our IT guy opened one on Saturday?",
            "Adobe support case: Don't know, I think our IT guy opened one on Saturday?",
        ),
        (
            "de",
            "keine Ahnung, vielleicht hat die IT einen eröffnet",
            "Adobe-Supportfall: Keine Ahnung, vielleicht hat die IT einen eröffnet.",
        ),
    ] {
        let run = briefed(lang, &ready_with(&[(SUPPORT, answer)]));
        let brief = crate::common::unwrapped(&run.read("b.txt"));
        assert_eq!(brief.matches(said).count(), 1, "{answer}: {brief}");
        // Said in one of the three ways, never in two.
        let ways = [
            "There is no Adobe support case.",
            "Es gibt keinen Adobe-Supportfall.",
            "I do not know whether",
            "weiß ich nicht",
        ];
        assert!(
            ways.iter().filter(|w| brief.contains(*w)).count() <= 1,
            "{answer}: {brief}"
        );
        // The live shop is down: the CSM will ask for the case.
        assert!(
            asks_for(&run.stderr(), SUPPORT),
            "{answer}: {}",
            run.stderr()
        );
    }
}

const ACCOUNT: &str = "context.account-id";

#[test]
fn an_account_that_looks_wrong_is_kept_as_given_and_one_not_given_is_not_printed() {
    // Not given: nothing printed; asked for only when no company is
    // named, by which a CSM knows the account.
    for (lang, answer) in [("en", "no idea"), ("de", "keine Ahnung")] {
        let run = briefed(lang, &ready_with(&[(ACCOUNT, answer)]));
        assert!(
            !asks_for(&run.stderr(), ACCOUNT),
            "{answer}: {}",
            run.stderr()
        );
        let brief = run.read("b.txt");
        assert!(!brief.contains(answer), "{answer}: {brief}");
        let unnamed = ready_with(&[(ACCOUNT, answer), ("context.merchant", "n/a")]);
        let run = briefed(lang, &unnamed);
        assert!(
            asks_for(&run.stderr(), ACCOUNT),
            "{answer}: {}",
            run.stderr()
        );
    }
    // Given, and malformed (12 hex digits; none): kept, and asked for.
    for (lang, answer) in [
        ("en", "salt-spruce@AdobeOrg"),
        ("de", "8F3A21C9D4E5@AdobeOrg"),
    ] {
        let run = briefed(lang, &ready_with(&[(ACCOUNT, answer)]));
        assert!(
            asks_for(&run.stderr(), ACCOUNT),
            "{answer}: {}",
            run.stderr()
        );
        assert!(run.read("b.txt").contains(answer), "{answer}");
    }
    for (lang, answer) in [
        ("en", "contract 00982731"),
        ("de", "7F3E21A09B44C0D10A495C2E@AdobeOrg"),
    ] {
        let run = briefed(lang, &ready_with(&[(ACCOUNT, answer)]));
        assert!(
            !asks_for(&run.stderr(), ACCOUNT),
            "{answer}: {}",
            run.stderr()
        );
        assert!(run.read("b.txt").contains(answer), "{answer}");
    }
}

#[test]
fn the_german_hints_name_the_csm_instead_of_an_er_without_antecedent() {
    let run = briefed(
        "de",
        &ready_with(&[
            ("context.ask", "commercial"),
            ("context.ask-other", ""),
            ("context.outcome", "tbd"),
        ]),
    );
    let stderr = run.stderr();
    assert!(
        stderr.contains("was Ihr CSM in der kaufmännischen Frage konkret tun soll"),
        "{stderr}"
    );
    assert!(!stderr.contains(" er tun soll"), "{stderr}");
}

const DECIDER: &str = "partner-contact.decider";
const CONTACT: &str = "partner-contact.decider-contact";

/// [`ready_with`] `changes`, without the answers of `dropped`.
fn without(
    changes: &[(&'static str, &'static str)],
    dropped: &[&str],
) -> Vec<(&'static str, &'static str)> {
    let mut answers = ready_with(changes);
    answers.retain(|(key, _)| !dropped.contains(key));
    answers
}

#[test]
fn with_no_decider_named_the_decider_is_asked_for_and_the_permission_to_contact_the_partner() {
    for (lang, decider) in [
        ("en", "don't know"),
        ("en", ""),
        ("de", "weiß nicht"),
        ("de", "keine Ahnung"),
    ] {
        let run = briefed(lang, &without(&[(DECIDER, decider)], &[CONTACT]));
        let stderr = run.stderr();
        assert!(asks_for(&stderr, DECIDER), "{decider}: {stderr}");
        assert!(asks_for(&stderr, CONTACT), "{decider}: {stderr}");
    }
    // A decider named: may the CSM go to them?
    let stderr = briefed("de", &without(&[], &[CONTACT])).stderr();
    assert!(asks_for(&stderr, CONTACT), "{stderr}");
    // A permission given with no decider named is about the contact at
    // the partner, said where the brief tells of the partner.
    for (lang, decider, permission) in [
        ("en", "don't know", "You may contact Tom Wagner directly."),
        ("de", "", "Sie können Tom Wagner gern direkt ansprechen."),
    ] {
        let run = briefed(lang, &ready_with(&[(DECIDER, decider), (CONTACT, "csm")]));
        let brief = crate::common::unwrapped(&run.read("b.txt"));
        // Only "Still open" asks for it, with who decides.
        let said = &brief[..brief
            .find("Still open")
            .or_else(|| brief.find("Noch offen"))
            .unwrap_or(brief.len())];
        assert!(said.contains(permission), "{decider}: {brief}");
    }
}

#[test]
fn a_decider_answer_naming_several_people_or_hedging_gives_no_name_to_the_permission() {
    for (lang, decider, generic) in [
        (
            "en",
            "Ryan Cole, account manager - he says he decides, I'd say it's the owner, Mike Tran",
            "You may contact the person who can decide at the partner directly.",
        ),
        (
            "en",
            "Ryan Cole, account manager, Mike Tran",
            "You may contact the person who can decide at the partner directly.",
        ),
        (
            "de",
            "Jens Hartmann, Projektleiter, vielleicht auch Frau Dr. Vogt",
            "Sie können die entscheidungsbefugte Person beim Partner gern direkt ansprechen.",
        ),
    ] {
        let run = briefed(lang, &ready_with(&[(DECIDER, decider), (CONTACT, "csm")]));
        let brief = crate::common::unwrapped(&run.read("b.txt"));
        assert!(brief.contains(generic), "{decider}: {brief}");
    }
    // One person, surely: named.
    let brief = briefed("en", &ready_with(&[])).read("b.txt");
    assert!(
        brief.contains("You may contact Derek Olsen directly."),
        "{brief}"
    );
}

#[test]
fn me_first_after_writing_to_the_decider_already_does_not_promise_a_first_letter_nor_say_it_twice()
{
    let up = [
        ("partner-contact.went-up", "yes"),
        (
            "partner-contact.went-up-answer",
            "Wrote to Derek Olsen on 18 November; he offered a change request.",
        ),
        (CONTACT, "me-first"),
    ];
    for (lang, first, said) in [
        (
            "en",
            "I will write to Derek Olsen first",
            "Please tell me before you contact Derek Olsen; I will introduce you myself and copy you in.",
        ),
        (
            "de",
            "Ich schreibe Derek Olsen zuerst",
            "Bevor Sie Derek Olsen ansprechen, kündige ich Sie an und setze Sie in Kopie.",
        ),
    ] {
        let brief = crate::common::unwrapped(&briefed(lang, &ready_with(&up)).read("b.txt"));
        assert!(!brief.contains(first), "{brief}");
        assert!(brief.contains(said), "{brief}");
        // What came from higher up says it was written to them: once.
        for again in ["have written", "bereits geschrieben"] {
            assert!(!brief.contains(again), "{brief}");
        }
    }
}

#[test]
fn a_clause_at_issue_is_followed_by_the_reminder_to_attach_its_pages_however_the_examples_are_shared()
 {
    for (lang, pages) in [
        ("en", "attach those contract pages"),
        ("de", "betroffenen Vertragsseiten an"),
    ] {
        for access in ["links", "on-request", "attached"] {
            let answers = ready_with(&[("specificity.evidence-access", access)]);
            let stderr = briefed(lang, &answers).stderr();
            let said = stderr.contains(pages)
                || stderr.contains("contract pages at issue, too")
                || stderr.contains("auch die betroffenen Vertragsseiten");
            assert!(said, "{lang} {access}: {stderr}");
        }
        // No clause: no pages to attach.
        let answers = ready_with(&[
            ("specificity.evidence-access", "links"),
            ("scope.clause", "n/a"),
        ]);
        let stderr = briefed(lang, &answers).stderr();
        assert!(
            !stderr.contains("Vertragsseiten") && !stderr.contains("contract pages"),
            "{stderr}"
        );
    }
}

#[test]
fn the_note_names_no_one_it_went_up_to_out_of_a_decider_answer_that_hedges() {
    let answers = ready_with(&[
        ("partner-contact.went-up", "yes"),
        (
            "partner-contact.went-up-answer",
            "Wrote to them on 18 November, no answer.",
        ),
        (
            DECIDER,
            "Ryan Cole, account manager - he says he decides, I'd say it's the owner, Mike Tran",
        ),
    ]);
    let note = Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .answers(&answers)
        .args(["--partner-note", "n.txt"])
        .run()
        .exits(0)
        .read("n.txt");
    let note = crate::common::unwrapped(&note);
    assert!(!note.contains("raised it with Ryan Cole"), "{note}");
    assert!(
        note.contains("someone more senior at your company"),
        "{note}"
    );
}

#[test]
fn whether_it_went_higher_names_the_contact_and_adds_no_yet() {
    for (lang, up, said) in [
        ("en", "no", "It has not gone above Tom Wagner."),
        (
            "de",
            "no",
            "Über Tom Wagner hinaus ist es bisher nicht gegangen.",
        ),
    ] {
        let run = briefed(lang, &ready_with(&[("partner-contact.went-up", up)]));
        let brief = crate::common::unwrapped(&run.read("b.txt"));
        assert!(brief.contains(said), "{lang}: {brief}");
        assert!(!brief.contains("Ansprechperson hinaus"), "{lang}: {brief}");
    }
}

/// The brief's first lines tell a refusal, a dispute of its own, apart
/// from silence and from an answer that leaves it open.
#[test]
fn the_first_lines_tell_a_refusal_from_no_answer_and_an_open_one() {
    for (answer, en, de) in [
        ("", "with no answer so far.", "bisher ohne Antwort."),
        (
            "No reply yet, ticket still open",
            "with no answer so far.",
            "bisher ohne Antwort.",
        ),
        (
            "Email of 12 Nov 2026: this is out of scope, we will send a change request.",
            "; they have refused.",
            "; die Antwort war eine Absage.",
        ),
        (
            "Email of 12 Nov 2026: we are looking into it.",
            ", still open.",
            ", bisher ohne Lösung.",
        ),
    ] {
        for (lang, said) in [("en", en), ("de", de)] {
            let brief = briefed(
                lang,
                &ready_with(&[("partner-contact.partner-answer", answer)]),
            )
            .read("b.txt");
            let first = crate::common::unwrapped(&brief);
            let first = first.split("\n\n").nth(1).unwrap_or_default();
            assert!(first.contains(said), "{lang} {answer:?}: {first}");
            // What is refused needs no pronoun without an antecedent.
            for word in ["refuse it", "lehnt es ab", "; der Partner"] {
                assert!(!first.contains(word), "{lang} {answer:?}: {first}");
            }
        }
    }
}

/// An opening that says the launch is blocked is not followed by a date
/// said to be blocked again: its sentence says what is at risk then.
#[test]
fn a_blocked_launch_is_said_blocked_once_in_the_first_lines() {
    let answers = ready_with(&[
        ("context.severity", "launch-blocked"),
        ("context.at-risk", "2026-11-30"),
        (
            "context.at-risk-what",
            "B2B portal goes live for 300 dealers",
        ),
    ]);
    for (lang, blocked) in [("en", "blocked"), ("de", "blockiert")] {
        let brief = crate::common::unwrapped(&briefed(lang, &answers).read("b.txt"));
        let first = brief.split("\n\n").nth(1).unwrap_or_default();
        assert_eq!(
            first.to_lowercase().matches(blocked).count(),
            1,
            "{lang}: {first}"
        );
    }
}
