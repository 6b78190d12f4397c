//! A brief too thin to act on is said to be: many points open, or two of
//! those a CSM cannot act without (where it happens, what is at stake,
//! the outcome and by when), with what to gather first; the brief itself
//! is still written, and a check that writes none says nothing of it.

use crate::common::{READY_OWN, TODAY, Test, briefed, ready_with};

#[test]
fn a_brief_with_the_essentials_open_is_said_to_be_too_thin_with_what_to_gather() {
    let answers = ready_with(&[
        ("context.environment", "?"),
        ("context.impact", ""),
        ("context.outcome", "a new plan"),
        ("partner-contact.position", ""),
        ("partner-contact.decider", ""),
        // Not down: a shop that is down sends the brief now.
        ("context.severity", "degraded"),
    ]);
    for (lang, thin, gather) in [
        (
            "en",
            "The brief is too thin to act on",
            [
                "where it happens",
                "what is at stake",
                "the date you need it by",
            ],
        ),
        (
            "de",
            "Das Briefing ist noch zu dünn",
            [
                "wo das Problem auftritt",
                "was auf dem Spiel steht",
                "bis wann Sie das Ergebnis brauchen",
            ],
        ),
    ] {
        let out = briefed(lang, &answers);
        let stdout = crate::common::unwrapped(&out.stdout());
        assert!(stdout.contains(thin), "{stdout}");
        for what in gather {
            assert!(stdout.contains(what), "{what}: {stdout}");
        }
        // Written all the same.
        assert!(!out.read("b.txt").is_empty());
    }
}

#[test]
fn a_brief_with_a_point_or_two_open_is_not_called_thin() {
    let answers = ready_with(&[
        ("partner-contact.position", ""),
        ("context.severity", "degraded"),
    ]);
    for (lang, thin, count) in [
        ("en", "too thin", "leaves one point open"),
        ("de", "zu dünn", "ist ein Punkt offen"),
    ] {
        let stdout = crate::common::unwrapped(&briefed(lang, &answers).stdout());
        assert!(!stdout.contains(thin), "{stdout}");
        assert!(stdout.contains(count), "{stdout}");
    }
    // No brief, no word of one.
    let out = Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .answers(READY_OWN)
        .run()
        .exits(0);
    assert!(!out.stdout().contains("thin"), "{}", out.stdout());
}

/// Ready, with a brief too thin to act on: the verdict keeps its word
/// and exit code, but its first line gives no go-ahead to send the
/// brief, and the brief opens with a draft line counting the points
/// still open; not so for a brief with a point or two open.
#[test]
fn a_thin_brief_is_a_draft_at_its_top_and_in_the_verdicts_first_line() {
    let thin = ready_with(&[
        ("context.environment", "?"),
        ("context.impact", ""),
        ("context.outcome", "a new plan"),
        ("partner-contact.position", ""),
        ("partner-contact.decider", ""),
        // Not down: a shop that is down sends the brief now.
        ("context.severity", "degraded"),
    ]);
    let full = ready_with(&[
        ("partner-contact.position", ""),
        ("context.severity", "degraded"),
    ]);
    for (lang, ready, go, draft, top) in [
        (
            "en",
            "Ready to escalate.",
            "Contact your CSM now",
            "The brief is a draft until the points it leaves open are in",
            "Draft: ",
        ),
        (
            "de",
            "Bereit zur Eskalation.",
            "Wenden Sie sich jetzt an Ihren CSM",
            "Das Briefing ist ein Entwurf, bis die offenen Punkte ergänzt sind",
            "Entwurf: ",
        ),
    ] {
        let out = briefed(lang, &thin);
        let stdout = crate::common::unwrapped(&out.stdout());
        let first = stdout
            .lines()
            .find(|l| l.starts_with(ready))
            .unwrap_or_default();
        assert!(first.contains(draft), "{lang}: {stdout}");
        assert!(!first.contains(go), "{lang}: {stdout}");
        let brief = out.read("b.txt");
        let head = brief.lines().next().unwrap_or_default();
        assert!(head.starts_with(top), "{lang}: {brief}");
        assert!(
            brief
                .lines()
                .take(3)
                .any(|l| l.chars().any(|c| c.is_ascii_digit())),
            "{lang}: {brief}"
        );

        let out = briefed(lang, &full);
        let stdout = crate::common::unwrapped(&out.stdout());
        assert!(
            stdout.contains(&format!("{ready} {go}")),
            "{lang}: {stdout}"
        );
        let brief = out.read("b.txt");
        assert!(!brief.starts_with(top), "{lang}: {brief}");
    }
}

/// The verdict's word and exit code stay for scripts: a thin brief is
/// still "ready" in JSON.
#[test]
fn a_thin_brief_keeps_the_verdict_for_scripts() {
    let thin = ready_with(&[
        ("context.environment", "?"),
        ("context.impact", ""),
        ("context.outcome", "a new plan"),
        ("partner-contact.position", ""),
        ("partner-contact.decider", ""),
        // Not down: a shop that is down sends the brief now.
        ("context.severity", "degraded"),
    ]);
    let out = Test::new()
        .args([
            "check",
            "--no-input",
            "--today",
            TODAY,
            "--format",
            "json",
            "--brief",
            "b.txt",
        ])
        .answers(&thin)
        .run()
        .exits(0);
    assert!(
        out.stdout().contains("\"verdict\": \"ready\""),
        "{}",
        out.stdout()
    );
}

/// With the live shop down, a brief with points open is not held back:
/// its top and the verdict's lines say to send it now and the points
/// after; other severities keep the draft line.
#[test]
fn with_the_live_shop_down_the_brief_goes_now_and_its_open_points_after() {
    let points = [
        ("context.environment", "?"),
        ("context.impact", ""),
        ("context.outcome", "a new plan"),
        ("partner-contact.position", ""),
        ("partner-contact.decider", ""),
    ];
    for (lang, top, now, held) in [
        (
            "en",
            "Send this now: the shop is down.",
            "The shop is down: send the brief to your CSM now.",
            ["Draft: ", "before you send", "is a draft until"],
        ),
        (
            "de",
            "Bitte sofort senden: Der Shop ist ausgefallen.",
            "Der Shop ist ausgefallen: Senden Sie das Briefing jetzt an Ihren CSM.",
            ["Entwurf: ", "vor dem Versand", "ist ein Entwurf, bis"],
        ),
    ] {
        for (open, thin) in [(&points[..], true), (&points[3..4], false)] {
            let mut answers = open.to_vec();
            answers.push(("context.severity", "live-down"));
            let out = briefed(lang, &ready_with(&answers));
            let stdout = crate::common::unwrapped(&out.stdout());
            let brief = crate::common::unwrapped(&out.read("b.txt"));
            assert!(stdout.contains(now), "{lang}: {stdout}");
            for held in held {
                assert!(!stdout.contains(held), "{lang} {held}: {stdout}");
                assert!(!brief.contains(held), "{lang} {held}: {brief}");
            }
            assert_eq!(brief.starts_with(top), thin, "{lang}: {brief}");
            // Any other severity: the draft line stays.
            answers.pop();
            answers.push(("context.severity", "degraded"));
            let brief = briefed(lang, &ready_with(&answers)).read("b.txt");
            assert_eq!(brief.starts_with(held[0]), thin, "{lang}: {brief}");
        }
    }
}
