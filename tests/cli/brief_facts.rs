//! What the brief states as a fact, and what the run says is missing,
//! hold to one rule: a non-answer ("no idea", „keine Ahnung", a guess
//! after "don't know") is not printed as a fact, "n/a" on the support
//! case says nothing either way, an organisation ID the gap calls
//! malformed is not printed as valid, and the permission to contact the
//! partner's decider is asked and stated only about a decider the
//! answers name alone.

use crate::common::{Outcome, TODAY, Test, ready_with};

/// `check --no-input` in `lang`, writing a brief to `b.txt` with
/// `answers`.
fn briefed(lang: &str, answers: &[(&str, &str)]) -> Outcome {
    Test::new()
        .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
        .answers(answers)
        .args(["--brief", "b.txt"])
        .run()
        .exits(0)
}

/// Does `stderr` hold a gap warning for `key`?
fn asks_for(stderr: &str, key: &str) -> bool {
    stderr.lines().any(|l| {
        (l.starts_with("Your CSM will ask") || l.starts_with("Im Briefing fehlt"))
            && l.contains(&format!("({key})"))
    })
}

const SUPPORT: &str = "context.support-case";

#[test]
fn a_guess_or_a_non_answer_on_the_support_case_is_not_a_case_number_nor_none() {
    for (lang, answer, unknown) in [
        (
            "en",
            "don't know, I think our IT guy opened one on Saturday?",
            "Whether there is an Adobe support case is not known.",
        ),
        ("en", "no idea", "Whether there is an Adobe support case is not known."),
        ("en", "n/a", "Whether there is an Adobe support case is not known."),
        (
            "de",
            "keine Ahnung, vielleicht hat die IT einen eröffnet",
            "Ob es einen Adobe-Supportfall gibt, ist nicht bekannt.",
        ),
        ("de", "k.A.", "Ob es einen Adobe-Supportfall gibt, ist nicht bekannt."),
    ] {
        let run = briefed(lang, &ready_with(&[(SUPPORT, answer)]));
        let brief = run.read("b.txt");
        assert!(brief.contains(unknown), "{answer}: {brief}");
        assert!(!brief.contains(answer), "{answer}: {brief}");
        assert!(!brief.contains("no Adobe support case"), "{answer}: {brief}");
        assert!(!brief.contains("gibt es noch nicht"), "{answer}: {brief}");
        // The live shop is down: the CSM will ask for the case.
        assert!(asks_for(&run.stderr(), SUPPORT), "{answer}: {}", run.stderr());
    }
    for (lang, none) in [
        ("en", ("none", "There is no Adobe support case yet.")),
        ("de", ("keiner", "Einen Adobe-Supportfall gibt es noch nicht.")),
    ] {
        let brief = briefed(lang, &ready_with(&[(SUPPORT, none.0)])).read("b.txt");
        assert!(brief.contains(none.1), "{brief}");
    }
}

const ACCOUNT: &str = "context.account-id";

#[test]
fn an_account_the_gap_calls_missing_is_not_printed_as_if_valid() {
    for (lang, answer) in [
        ("en", "salt-spruce@AdobeOrg"),
        ("en", "no idea"),
        ("de", "keine Ahnung"),
        ("de", "salt-spruce@AdobeOrg"),
    ] {
        let run = briefed(lang, &ready_with(&[(ACCOUNT, answer)]));
        assert!(asks_for(&run.stderr(), ACCOUNT), "{answer}: {}", run.stderr());
        let brief = run.read("b.txt");
        assert!(!brief.contains(answer), "{answer}: {brief}");
    }
    for (lang, answer) in [
        ("en", "contract 00982731"),
        ("de", "7F3E21A09B44C0D10A495C2E@AdobeOrg"),
    ] {
        let run = briefed(lang, &ready_with(&[(ACCOUNT, answer)]));
        assert!(!asks_for(&run.stderr(), ACCOUNT), "{answer}: {}", run.stderr());
        assert!(run.read("b.txt").contains(answer), "{answer}");
    }
}

#[test]
fn the_german_hints_name_the_csm_instead_of_an_er_without_antecedent() {
    let run = briefed(
        "de",
        &ready_with(&[("context.ask", "commercial"), ("context.ask-other", "")]),
    );
    let stderr = run.stderr();
    assert!(stderr.contains("was genau Ihr CSM tun soll"), "{stderr}");
    assert!(!stderr.contains(" er tun soll"), "{stderr}");
}
