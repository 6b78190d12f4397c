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

/// A weekday against a date it does not fall on: one line on stderr
/// naming both, the merchant's date kept in the documents with no date
/// of the weekday's own, and a point to confirm in the brief.
#[test]
fn a_weekday_against_a_wrong_date_is_warned_about_and_the_date_kept() {
    for (lang, key, text, said, warned, point) in [
        (
            "en",
            "specificity.problem",
            "Since Sat 6 Dec guest checkout fails on the live shop.",
            "Sat 6 Dec",
            "says \"Sat 6 Dec\", but that date is a Sunday",
            "The day I mean by \"Sat 6 Dec\" above (6 Dec 2026 is a Sunday)",
        ),
        (
            "en",
            "context.outcome",
            "Checkout fixed by Friday, December 10",
            "Friday, December 10",
            "says \"Friday, December 10\", but that date is a Thursday",
            "(10 Dec 2026 is a Thursday)",
        ),
        (
            "de",
            "context.outcome",
            "Checkout repariert bis Freitag, 10.12.",
            "Freitag, 10.12.",
            "nennt „Freitag, 10.12.“, dieses Datum ist aber ein Donnerstag",
            "Welchen Tag ich oben mit „Freitag, 10.12.“ meine (der 10.12.2026 ist ein Donnerstag)",
        ),
        (
            "de",
            "specificity.problem",
            "Seit Sa., 06.12.2026 schlägt der Checkout fehl.",
            "Sa., 06.12.2026",
            "nennt „Sa., 06.12.2026“, dieses Datum ist aber ein Sonntag",
            "(der 06.12.2026 ist ein Sonntag)",
        ),
    ] {
        let (brief, note, said_out) = written(lang, "2026-12-07", &[(key, text)]);
        let lines: Vec<&str> = said_out.lines().filter(|l| l.contains(warned)).collect();
        assert_eq!(lines.len(), 1, "{lang} {text}: {said_out}");
        assert!(lines[0].contains(key), "{lang}: {said_out}");
        for doc in [&brief, &note] {
            assert!(doc.contains(said), "{lang} {text}: {doc}");
            // No date of the weekday's own beside the merchant's.
            assert!(!doc.contains(&format!("{said} (")), "{lang}: {doc}");
        }
        assert!(brief.contains(point), "{lang} {text}: {brief}");
    }
    // A weekday that fits its date is no warning.
    let (_, _, said_out) = written(
        "en",
        "2026-12-07",
        &[("context.outcome", "Checkout fixed by Thursday, 10 Dec")],
    );
    assert!(!said_out.contains("but that date is"), "{said_out}");
}

/// A time from now in what the problem costs tells an amount, not a
/// deadline: "EUR 5,000 in 3 days" gets no date.
#[test]
fn a_time_in_the_impact_is_no_deadline() {
    for (lang, impact, said) in [
        (
            "en",
            "We lose about EUR 5,000 in 3 days.",
            "EUR 5,000 in 3 days",
        ),
        (
            "de",
            "Wir verlieren rund 5.000 EUR in 3 Tagen.",
            "5.000 EUR in 3 Tagen",
        ),
    ] {
        let (brief, note, _) = written(lang, "2026-12-07", &[("context.impact", impact)]);
        for doc in [&brief, &note] {
            assert!(doc.contains(said), "{lang}: {doc}");
            assert!(!doc.contains(&format!("{said} (")), "{lang}: {doc}");
        }
    }
}

/// A weekday with its part of the day in one word („Sonntagnachmittag")
/// and a part of today ("this morning") are dated in the brief and the
/// note, which are read on a later day.
#[test]
fn a_part_of_a_day_is_dated_like_its_day() {
    // Monday 7 Dec 2026.
    for (lang, problem, want) in [
        (
            "de",
            "Seit Sonntagnachmittag geht im Shop keine Zahlung mehr durch.",
            "Seit Sonntagnachmittag (06.12.2026)",
        ),
        (
            "de",
            "Seit Samstagabend geht im Shop keine Zahlung mehr durch.",
            "Seit Samstagabend (05.12.2026)",
        ),
        (
            "en",
            "Since Sunday afternoon no payment goes through.",
            "Since Sunday afternoon (6 Dec 2026)",
        ),
        (
            "en",
            "Checkout has failed since this morning.",
            "since this morning (7 Dec 2026)",
        ),
        (
            "en",
            "Checkout has failed since today 8:30.",
            "since today 8:30 (7 Dec 2026).",
        ),
        (
            "de",
            "Zahlungen scheitern seit heute 8:30.",
            "seit heute 8:30 (07.12.2026).",
        ),
    ] {
        let (brief, note, _) = written(lang, "2026-12-07", &[("specificity.problem", problem)]);
        assert!(brief.contains(want), "{lang} brief: {brief}");
        assert!(note.contains(want), "{lang} note: {note}");
    }
}

/// A date with its year the merchant typed in another form („04.12.2026
/// 08:12" in an English note, "28/11/2026", US "11/25/2026") is written
/// in the note as the note writes its dates; one whose order of day and
/// month is not sure ("03/04/2026") stays as typed.
#[test]
fn a_date_typed_in_another_form_is_written_in_the_notes_own_form() {
    for (lang, example, want, never) in [
        (
            "en",
            "P1 ticket opened 04.12.2026 08:12, still New",
            "4 Dec 2026, 08:12",
            "04.12.2026",
        ),
        (
            "en",
            "my email of 28/11/2026, no answer",
            "28 Nov 2026",
            "28/11",
        ),
        (
            "en",
            "Slack message of 11/25/2026, no answer",
            "25 Nov 2026",
            "11/25",
        ),
        ("en", "call on 03/04/2026, no answer", "03/04/2026", "3 Apr"),
        (
            "de",
            "meine Mail vom 28/11/2026, keine Antwort",
            "28.11.2026",
            "28/11",
        ),
    ] {
        let (_, note, _) = written(lang, "2026-12-07", &[("specificity.examples", example)]);
        assert!(note.contains(want), "{lang} {example}: {note}");
        assert!(!note.contains(never), "{lang} {example}: {note}");
    }
}

/// A deadline in words that falls after the date at risk ("before
/// Christmas" with the last order day on 18 Dec) is dated by the date at
/// risk, in the brief and the note; one before it keeps its own date.
#[test]
fn a_deadline_in_words_is_never_dated_after_the_date_at_risk() {
    // Monday 7 Dec 2026.
    for (lang, outcome, at_risk, want, never) in [
        (
            "en",
            "Site fast again before Christmas",
            "2026-12-18",
            "before Christmas (by Fri 18 Dec 2026)",
            "23 Dec",
        ),
        (
            "en",
            "Checkout fixed within 10 days",
            "2026-12-15",
            "within 10 days (by Tue 15 Dec 2026)",
            "17 Dec",
        ),
        (
            "de",
            "Checkout vor Weihnachten repariert",
            "2026-12-18",
            "vor Weihnachten (bis Fr., 18.12.2026)",
            "23.12.2026",
        ),
        (
            "en",
            "Checkout fixed by the end of next week",
            "2026-12-22",
            "by the end of next week (Fri 18 Dec 2026)",
            "22 Dec 2026)",
        ),
    ] {
        let (brief, note, _) = written(
            lang,
            "2026-12-07",
            &[("context.outcome", outcome), ("context.at-risk", at_risk)],
        );
        for (name, text) in [("brief", &brief), ("note", &note)] {
            assert!(text.contains(want), "{lang} {name}: {text}");
            assert!(!text.contains(never), "{lang} {name}: {text}");
        }
    }
}
