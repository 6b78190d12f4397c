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
        // The live shop is down: the CSM will ask for the case, unless
        // there is none: then the ask is to help open one, and nothing
        // is left open for it.
        let none = ways[..2].contains(&said);
        assert_eq!(
            asks_for(&run.stderr(), SUPPORT),
            !none,
            "{answer}: {}",
            run.stderr()
        );
        if none {
            let help = [
                "help me open a priority support case",
                "einen Supportfall mit höchster Priorität zu eröffnen",
            ];
            assert!(help.iter().any(|h| brief.contains(h)), "{answer}: {brief}");
        }
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
        // A clause not known, a guess after it: no pages to attach either.
        for clause in [
            "Don't know, it's time and materials I think",
            "weiß nicht, Festpreis glaube ich",
        ] {
            let answers = ready_with(&[
                ("specificity.evidence-access", "attached"),
                ("scope.clause", clause),
            ]);
            let stderr = briefed(lang, &answers).stderr();
            assert!(
                !stderr.contains("Vertragsseiten") && !stderr.contains("contract pages"),
                "{clause}: {stderr}"
            );
        }
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
        (
            "en",
            "no",
            "So far it has not been escalated beyond Tom Wagner.",
        ),
        (
            "de",
            "no",
            "Eine Eskalation über Tom Wagner hinaus gab es bisher nicht.",
        ),
    ] {
        let run = briefed(lang, &ready_with(&[("partner-contact.went-up", up)]));
        let brief = crate::common::unwrapped(&run.read("b.txt"));
        assert!(brief.contains(said), "{lang}: {brief}");
        assert!(!brief.contains("Ansprechperson hinaus"), "{lang}: {brief}");
    }
}

/// The brief's first lines tell a refusal, a dispute of its own, apart
/// from an offer for a price, the cause put elsewhere, silence and an
/// answer that leaves it open: only what the answer's words show.
#[test]
fn the_first_lines_tell_a_refusal_from_no_answer_and_an_open_one() {
    for (answer, en, de) in [
        ("", "with no answer so far.", "bisher ohne Antwort."),
        (
            "No reply yet, ticket still open",
            "with no answer so far.",
            "bisher ohne Antwort.",
        ),
        // A reply promised that never came is none.
        (
            "Callback promised, never came",
            "with no answer so far.",
            "bisher ohne Antwort.",
        ),
        (
            "Rückruf versprochen, kam nicht.",
            "with no answer so far.",
            "bisher ohne Antwort.",
        ),
        (
            "Email of 12 Nov 2026: this is out of scope, we will not do it.",
            "; they have refused.",
            "; die Antwort war eine Absage.",
        ),
        (
            "Email of 12 Nov 2026: Das ist nicht im Leistungsumfang, wir können das nicht umsetzen.",
            "; they have refused.",
            "; die Antwort war eine Absage.",
        ),
        // An offer for a price is no refusal.
        (
            "Email of 12 Nov 2026: this is out of scope, we will send a change request.",
            "; they answered with an offer of a paid change request.",
            "; angeboten wurde ein kostenpflichtiger Nachtrag.",
        ),
        (
            "Mail vom 12.11.2026: nicht Teil von Pos. 4.3, wir haben Ihnen ein Angebot über 24.600 € geschickt.",
            "; they answered with an offer of a paid change request.",
            "; angeboten wurde ein kostenpflichtiger Nachtrag.",
        ),
        // The cause put elsewhere is no refusal either.
        (
            "Email of 12 Nov 2026: we believe the issue is on the SAP middleware side.",
            "; they say the cause lies elsewhere.",
            "; laut Antwort liegt die Ursache an anderer Stelle.",
        ),
        (
            "On the call 12 Nov 2026 they said it's the hosting and they will look at Varnish next sprint.",
            "; they say the cause lies elsewhere.",
            "; laut Antwort liegt die Ursache an anderer Stelle.",
        ),
        (
            "Mail vom 12.11.2026: Der Fehler liegt bei Ihrem Hoster, nicht bei uns.",
            "; they say the cause lies elsewhere.",
            "; laut Antwort liegt die Ursache an anderer Stelle.",
        ),
        (
            "Email of 12 Nov 2026: the issue is on the SAP side. We can investigate further under a change request.",
            "; they say the cause lies elsewhere and offer further work under a paid change request.",
            "; laut Antwort liegt die Ursache an anderer Stelle, weitere Prüfung nur als kostenpflichtiger Nachtrag.",
        ),
        // Anything else is said to be answered, not judged.
        (
            "Email of 12 Nov 2026: we are looking into it.",
            "; their answer (below) leaves it open.",
            "; die Antwort (siehe unten) lässt die Sache offen.",
        ),
        (
            "Email of 12 Nov 2026: new go-live is early January, exact date TBC.",
            "; their answer (below) leaves it open.",
            "; die Antwort (siehe unten) lässt die Sache offen.",
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

/// With the live shop down, the ask opens with the Adobe support case:
/// pushing the one given by its number, else helping to open one; then
/// the merchant's own ask. Not for a shop degraded or a delay, and not
/// when the ask speaks of the case already.
#[test]
fn a_live_shop_down_asks_for_the_priority_support_case_first() {
    const ASK: &str = "context.ask-other";
    for (lang, support, first) in [
        (
            "en",
            "none",
            "First, please help me open a priority support case at Adobe. Bring",
        ),
        (
            "en",
            "Case 01234567, opened Sunday",
            "First, please push the priority support case 01234567 at Adobe. Bring",
        ),
        (
            "en",
            "don't know",
            "First, please help me open a priority support case at Adobe. Bring",
        ),
        (
            "de",
            "keiner",
            "Bitte helfen Sie mir zuerst, bei Adobe einen Supportfall mit höchster Priorität zu eröffnen. Bring",
        ),
        (
            "de",
            "Fall 01234567 seit Sonntag",
            "Bitte sorgen Sie zuerst dafür, dass Adobe den Supportfall 01234567 mit höchster Priorität bearbeitet. Bring",
        ),
    ] {
        let answers = ready_with(&[
            ("context.support-case", support),
            (
                ASK,
                "Bring ACME's account director into a call with me this week.",
            ),
        ]);
        let brief = crate::common::unwrapped(&briefed(lang, &answers).read("b.txt"));
        assert!(brief.contains(first), "{lang} {support}: {brief}");
        for severity in ["degraded", "delay"] {
            let mut answers = answers.clone();
            answers.retain(|(k, _)| *k != "context.severity");
            answers.push(("context.severity", severity));
            let brief = crate::common::unwrapped(&briefed(lang, &answers).read("b.txt"));
            assert!(!brief.contains("Priorit"), "{lang} {severity}: {brief}");
            assert!(!brief.contains("priority"), "{lang} {severity}: {brief}");
        }
    }
    // An ask that speaks of the case already is not led by it again.
    for (lang, ask) in [
        (
            "en",
            "Please get Adobe support to raise our support case to P1.",
        ),
        (
            "de",
            "Bitte sorgen Sie dafür, dass unser Supportfall schneller bearbeitet wird.",
        ),
    ] {
        let answers = ready_with(&[(ASK, ask), ("context.support-case", "none")]);
        let brief = crate::common::unwrapped(&briefed(lang, &answers).read("b.txt"));
        assert!(!brief.contains("zuerst"), "{lang}: {brief}");
        assert!(!brief.contains("First, please"), "{lang}: {brief}");
    }
}

/// "none", "n/a" or „keiner" for the support case is said as what is
/// true: there is none, with no promise of the merchant's to open one
/// and no point left open for it, whatever the severity and deployment;
/// with the live shop down the ask is to help open one.
#[test]
fn no_support_case_is_said_as_it_is_and_never_promised() {
    for (lang, said, promises) in [
        (
            "en",
            "There is no Adobe support case.",
            ["once one is open", "which I will open", "open yet"],
        ),
        (
            "de",
            "Es gibt keinen Adobe-Supportfall.",
            [
                "sobald einer eröffnet ist",
                "den ich dazu eröffne",
                "noch nicht eröffnet",
            ],
        ),
    ] {
        for none in ["n/a", "none", "keiner", "-"] {
            for severity in ["live-down", "degraded"] {
                for product in [Some("cloud"), None] {
                    let mut answers =
                        ready_with(&[(SUPPORT, none), ("context.severity", severity)]);
                    answers.retain(|(k, _)| *k != "context.product");
                    answers.extend(product.map(|p| ("context.product", p)));
                    let run = briefed(lang, &answers);
                    let brief = crate::common::unwrapped(&run.read("b.txt"));
                    let at = format!("{lang} {none} {severity} {product:?}");
                    assert!(brief.contains(said), "{at}: {brief}");
                    for promise in promises {
                        assert!(!brief.contains(promise), "{at}: {brief}");
                    }
                    assert!(!asks_for(&run.stderr(), SUPPORT), "{at}: {}", run.stderr());
                }
            }
        }
    }
}

/// Who was escalated to at the partner is said before the merchant's
/// position, and an answer that opens with the label's own word ("Escalated
/// to …", „Eskaliert an …") stands alone, not under a label that says it
/// again.
#[test]
fn the_escalation_at_the_partner_comes_before_the_position_said_once() {
    for (lang, higher, label) in [
        (
            "en",
            "Escalated to their delivery director on 1 Dec by email, no reply yet",
            "Escalated at the partner:",
        ),
        (
            "en",
            "Escalation went to their CEO on 1 Dec, no reply yet",
            "Escalated at the partner:",
        ),
        (
            "de",
            "Eskaliert an die Geschäftsführung am 01.12. per Mail, noch keine Antwort",
            "Eskalation beim Partner:",
        ),
    ] {
        let answers = ready_with(&[
            ("partner-contact.went-up", "yes"),
            ("partner-contact.went-up-answer", higher),
            (
                "partner-contact.position",
                "We do not accept that, the fix is owed.",
            ),
        ]);
        let brief = crate::common::unwrapped(&briefed(lang, &answers).read("b.txt"));
        let at = brief
            .find(higher)
            .unwrap_or_else(|| panic!("{lang}: {brief}"));
        let position = brief.find("We do not accept that").unwrap_or_default();
        assert!(at < position, "{lang}: {brief}");
        assert!(!brief.contains(label), "{lang}: {brief}");
    }
    // A value that does not repeat the word keeps its label.
    let answers = ready_with(&[
        ("partner-contact.went-up", "yes"),
        (
            "partner-contact.went-up-answer",
            "To their CEO on 1 Dec, no reply yet",
        ),
    ]);
    let brief = crate::common::unwrapped(&briefed("en", &answers).read("b.txt"));
    assert!(
        brief.contains("Escalated at the partner: To their CEO"),
        "{brief}"
    );
}

/// A contact named „Herr …" is „Herrn …" after „von" and „über" in the
/// German brief; „Frau …" stays as it is.
#[test]
fn a_german_brief_declines_herr_after_a_preposition() {
    for (person, said, not) in [
        (
            "Herr Yilmaz",
            ["über Herrn Yilmaz hinaus", "Die Funktion von Herrn Yilmaz"],
            "von Herr ",
        ),
        (
            "Frau Kurz",
            ["über Frau Kurz hinaus", "Die Funktion von Frau Kurz"],
            "von Frau Kurzn",
        ),
    ] {
        let answers = ready_with(&[
            ("partner-contact.partner-person", person),
            ("partner-contact.went-up", "no"),
        ]);
        let brief = crate::common::unwrapped(&briefed("de", &answers).read("b.txt"));
        for said in said {
            assert!(brief.contains(said), "{person}: {brief}");
        }
        assert!(!brief.contains(not), "{person}: {brief}");
        assert!(!brief.contains("Über Herr "), "{person}: {brief}");
    }
}

/// A name the merchant wrote with a filler or a doubt ("Sam something",
/// „Tom irgendwas", "some guy called Raj", "a Marc or Mark") is never
/// used as a name: the brief says the part they are sure of, and asks
/// for the full name.
#[test]
fn a_name_with_a_filler_or_a_doubt_is_not_used_as_a_name() {
    for (lang, written, sure, asks) in [
        (
            "en",
            "Sam something, dev lead I think",
            "Sam",
            "Sam's full name",
        ),
        ("en", "some guy called Raj", "Raj", "Raj's full name"),
        (
            "en",
            "a Marc or Mark, project manager",
            "Marc",
            "Marc's full name",
        ),
        ("de", "Tom irgendwas, Projektleiter", "Tom", "Tom"),
        ("de", "jemand namens Jonas", "Jonas", "Jonas"),
    ] {
        let answers = ready_with(&[
            ("partner-contact.partner-person", written),
            ("partner-contact.went-up", "no"),
        ]);
        let brief = crate::common::unwrapped(&briefed(lang, &answers).read("b.txt"));
        for filler in ["something", "irgendwas", "called", "namens", " or Mark"] {
            assert!(!brief.contains(filler), "{lang} {written}: {brief}");
        }
        assert!(brief.contains(sure), "{lang} {written}: {brief}");
        let open = brief
            .split(if lang == "de" {
                "Noch offen"
            } else {
                "Still open"
            })
            .nth(1);
        assert!(
            open.is_some_and(|o| o.contains(asks)),
            "{lang} {written}: {brief}"
        );
    }
}
