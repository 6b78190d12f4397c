//! Days the merchant names in words ("before Christmas", „bis Ende
//! nächster Woche", "within 10 days") dated in the brief and the note as
//! weekdays are, from `--today`, across a month and a year end; and a
//! weekday the merchant typed against a date it does not fall on.

use crate::common::{Test, ready_with, unwrapped};

/// The brief and the note written in `lang` on `today` from the ready
/// answers changed by `changes`: both unwrapped, and what the run says
/// on the terminal.
fn written(lang: &str, today: &str, changes: &[(&str, &str)]) -> (String, String, String) {
    let out = Test::new()
        .args(["--lang", lang, "check", "--no-input", "--today", today])
        .answers(&ready_with(changes))
        .args(["--brief", "b.txt", "--partner-note", "n.txt"])
        .run()
        .exits(0);
    (
        unwrapped(&out.read("b.txt")),
        unwrapped(&out.read("n.txt")),
        out.stdout() + &out.stderr(),
    )
}

#[test]
fn a_deadline_in_words_gets_its_date_in_the_brief_and_the_note() {
    for (lang, today, outcome, dated) in [
        // Monday 7 Dec 2026.
        (
            "en",
            "2026-12-07",
            "Checkout fixed by the end of next week",
            "by the end of next week (Fri 18 Dec 2026)",
        ),
        (
            "en",
            "2026-12-07",
            "Checkout fixed before Christmas",
            "before Christmas (by Wed 23 Dec 2026)",
        ),
        // Monday 28 Dec 2026: across the year end.
        (
            "en",
            "2026-12-28",
            "Checkout fixed within 10 days",
            "within 10 days (by Thu 7 Jan 2027)",
        ),
        (
            "en",
            "2026-12-28",
            "Checkout fixed in two weeks",
            "in two weeks (Mon 11 Jan 2027)",
        ),
        // Friday 29 Jan 2027: across the month end.
        (
            "en",
            "2027-01-29",
            "Checkout fixed by the end of next month",
            "by the end of next month (Fri 26 Feb 2027)",
        ),
        (
            "de",
            "2026-12-28",
            "Checkout bis Ende nächster Woche repariert",
            "bis Ende nächster Woche (Fr., 08.01.2027)",
        ),
        (
            "de",
            "2026-12-07",
            "Checkout vor Weihnachten repariert",
            "vor Weihnachten (bis Mi., 23.12.2026)",
        ),
        (
            "de",
            "2027-01-29",
            "Checkout bis Monatsende repariert",
            "bis Monatsende (Fr., 29.01.2027)",
        ),
        (
            "de",
            "2026-12-28",
            "Checkout in zwei Wochen repariert",
            "in zwei Wochen (Mo., 11.01.2027)",
        ),
        (
            "de",
            "2026-12-07",
            "Relaunch nach Neujahr",
            "nach Neujahr (ab Mo., 04.01.2027)",
        ),
    ] {
        let (brief, note, stderr) = written(lang, today, &[("context.outcome", outcome)]);
        assert!(brief.contains(dated), "{lang} {outcome}: {brief}");
        assert!(note.contains(dated), "{lang} {outcome}: {note}");
        // A dated deadline is no outcome without a date.
        assert!(
            !stderr.contains("(context.outcome). Add the day")
                && !stderr.contains("(context.outcome). Ihr CSM"),
            "{lang} {outcome}: {stderr}"
        );
    }
}

#[test]
fn a_vague_time_stays_as_written_and_is_still_asked_for() {
    for (lang, outcome, asked) in [
        ("en", "Checkout fixed soon", "Add the day"),
        ("en", "Checkout fixed asap", "give the date"),
        ("de", "Checkout zeitnah repariert", "Nennen Sie den Tag"),
    ] {
        let (brief, _, stderr) = written(lang, "2026-12-07", &[("context.outcome", outcome)]);
        assert!(brief.contains(outcome), "{lang}: {brief}");
        assert!(!brief.contains(&format!("{outcome} (")), "{lang}: {brief}");
        assert!(stderr.contains(asked), "{lang}: {stderr}");
    }
}

/// The close asks by the day the outcome's words give, no later than
/// the date at risk allows.
#[test]
fn the_note_asks_by_the_day_a_deadline_in_words_gives() {
    for (lang, outcome, asked) in [
        (
            "en",
            "Checkout fixed within 2 days",
            "I expect this by then.",
        ),
        (
            "de",
            "Checkout innerhalb von 2 Tagen repariert",
            "erwarte ich das von Ihnen bis dahin.",
        ),
    ] {
        let (_, note, _) = written(
            lang,
            "2026-12-07",
            &[
                ("context.outcome", outcome),
                ("context.severity", "degraded"),
            ],
        );
        assert!(note.contains(asked), "{lang}: {note}");
    }
}
