//! The journey the tool is for, over days, with the answers kept between
//! runs: day 1 the concern is not raised yet and the note to the partner
//! is written; day 3 the partner answered vaguely, and the re-run changes
//! one answer on the review screen; day 6 the check passes and the brief is
//! written. Each re-run is counted in keys, from the command to the verdict.

use crate::tty::*;
use tempfile::TempDir;

const CONTINUE: &str = "Continue with those answers?";
const KEPT_NOTE: &str = "Your answers are kept for the next run";
/// The review screen's title, as far as it fits 40 columns.
const REVIEW_SHORT: &str = "Review your answers";

/// `escalate check --today DAY` in `dir`, kept answers and all, in a
/// terminal of `size`.
fn on(day: &str, dir: TempDir, size: (u16, u16)) -> Tty {
    let args = ["check", "--today", day];
    Tty::spawn(dir, &crate::common::bin(), &args, size, false)
}

/// Sends `key`, one key press, and counts it.
fn press(tty: &mut Tty, count: &mut usize, key: &str) {
    tty.send(key);
    *count += 1;
}

/// Day 1: the concern is not raised yet; the note to the partner is
/// offered and written. The folder, with the answers kept.
fn day_one(size: (u16, u16)) -> TempDir {
    let mut tty = on("2026-11-03", tempfile::tempdir().unwrap(), size);
    tty.walk(&[
        ("Have you re-read", "y\r"),
        ("Were deliverables added", "n\r"),
        ("Have you raised", ""),
        ("Not yet", "\r"),
        (
            "Examples 1:",
            "ticket ACME-1234: guest checkout fails since 2026-11-02\r",
        ),
        (
            "Examples 2:",
            "2026-11-02 email to ACME asking for a fix, no reply\r",
        ),
        ("Examples 3:", "\r"),
    ]);
    tty.expect(REVIEW_SHORT);
    tty.send("0");
    tty.walk(&[
        ("Write a draft message", ""),
        // The text, the second of the two forms offered.
        ("No, thanks", "2"),
        ("Who is your contact at the partner?", "\r"),
        ("What is wrong", "Guest checkout fails on the live shop.\r"),
        ("Which company is this for?", "Example Retail GmbH\r"),
        ("What is your implementation", "ACME Commerce\r"),
        ("Which project", "Shop relaunch\r"),
        ("How would you put", "\r"),
        ("In a few words, what is broken?", "\r"),
        ("What outcome do you want", "Checkout fixed by 1 December\r"),
        ("What is at stake", "\r"),
        ("Which date is at", "\r"),
        ("Your name, and", "Jana Weber\r"),
    ]);
    tty.expect("message-to-partner-2026-11-03.txt");
    tty.expect(KEPT_NOTE);
    // What next, with the day the note asks for an answer by.
    tty.expect("Next: send the message to your partner, then run `escalate check` again on or after 6 Nov 2026.");
    assert_eq!(tty.finish(), 1, "{}", tty.output());
    // The text holds the body; the terminal says the subject.
    let said = words(&tty.output());
    assert!(
        said.contains(
            "Subject for your email: Example Retail – Shop relaunch: please reply by 6 Nov"
        ),
        "{said}"
    );
    let note = std::fs::read_to_string(tty.path("message-to-partner-2026-11-03.txt")).unwrap();
    // The outcome names a later day: how they will meet it is asked by
    // the note's day, the one the subject names.
    assert!(
        words(&note).contains(
            "Please tell me by Friday, 6 Nov 2026, who on your side is handling it and how you will meet this date."
        ),
        "{note}"
    );
    tty.into_dir()
}

#[test]
fn the_journey_re_runs_in_a_few_keys_each_day() {
    for size in [(100, 40), (40, 40)] {
        journey(size);
    }
}

fn journey(size: (u16, u16)) {
    let dir = day_one(size);

    // Day 3: the partner answered, but vaguely.
    let mut tty = on("2026-11-05", dir, size);
    let mut keys = 0;
    tty.expect(CONTINUE);
    press(&mut tty, &mut keys, "\r");
    let review = tty.expect(REVIEW_SHORT) + &tty.expect("Examples");
    let raised = review.lines().find(|l| l.contains(" 3 Raised with"));
    assert!(raised.is_some_and(|l| l.contains("Not yet")), "{review}");
    press(&mut tty, &mut keys, "3");
    tty.expect("Have you raised");
    tty.expect("Yes, but");
    press(&mut tty, &mut keys, "3");
    tty.expect("Enter takes 3 Nov 2026, the day the note to your partner was written");
    press(&mut tty, &mut keys, "\r");
    // The partner's answer is asked now that the concern is open; typing
    // it is not counted, Enter is.
    tty.expect("What did the partner");
    tty.send("They would look into it, with no date.");
    press(&mut tty, &mut keys, "\r");
    tty.expect(REVIEW_SHORT);
    press(&mut tty, &mut keys, "\r");
    let verdict = tty.expect("Not ready to escalate yet.") + &tty.expect(KEPT_NOTE);
    assert!(
        words(&verdict).contains("The check can pass on or after 6 Nov 2026."),
        "{verdict}"
    );
    tty.expect("Next: give your partner time to answer, and run `escalate check` again on or after 6 Nov 2026.");
    assert_eq!(tty.finish(), 1, "{}", tty.output());
    assert!(keys <= 8, "day 3 took {keys} keys to the verdict");
    assert_eq!(keys, 6);

    // Day 6: the window has passed.
    let mut tty = on("2026-11-08", tty.into_dir(), size);
    let mut keys = 0;
    tty.expect(CONTINUE);
    press(&mut tty, &mut keys, "\r");
    tty.expect(REVIEW_SHORT);
    tty.expect("Raised on: 3 Nov 2026");
    press(&mut tty, &mut keys, "\r");
    tty.expect("Ready to escalate.");
    assert!(keys <= 2, "day 6 took {keys} keys to the verdict");
    tty.walk(&[
        ("Write the brief for", ""),
        ("No, thanks", "2"),
        (
            "Which clause or deliverable",
            "SOW section 4.2, guest checkout\r",
        ),
        ("Who is your contact at the partner?", "\r"),
        ("How did you raise it?", "\r"), // by email
        ("Has it gone higher at the partner", "n\r"),
        // No decider named: whether the CSM may contact the partner is
        // asked all the same.
        ("Who at the partner can decide", "\r"),
        ("May your CSM contact the partner", "\r"), // directly
        ("Where do you stand", "\r"),
        ("Where can your CSM see these examples?", "ACME's Jira\r"),
        ("Can your CSM see the examples", "\r"), // attached
        // The company and the outcome are kept from the message to the
        // partner.
        ("Your Adobe organisation ID", "\r"),
        ("Which Adobe Commerce", ""),
        ("on-premises", "\r"),
        ("Where does it happen?", "www.example.com\r"),
        ("The ID of your cloud project", "\r"),
        ("How severe is it?", "\r"),
        ("In a few words, what is broken?", "\r"),
        ("What would you like", ""),
        ("Something else", "\r"),
        (
            "In one sentence, what exactly",
            "Call ACME with me this week.\r",
        ),
        ("What is at stake", "\r"),
        ("Which date is at risk", "1 Dec\r"),
        ("What happens on that date?", "the relaunch\r"),
        // The contact is kept from the message to the partner.
        ("The number of your Adobe support case", "none\r"),
        // What the CSM will ask for: offered, and left for later.
        ("Write the brief as it is", "\x1b[B\r"),
    ]);
    tty.expect("escalation-brief-2026-11-08.md");
    tty.expect(KEPT_NOTE);
    assert_eq!(tty.finish(), 0, "{}", tty.output());
    let brief = std::fs::read_to_string(tty.path("escalation-brief-2026-11-08.md")).unwrap();
    for part in [
        "Raised with ACME Commerce by email on 3 Nov 2026.",
        "**Their answer:** They would look into it, with no date.",
        "At risk: the relaunch on 1 Dec 2026.",
        "Guest checkout fails on the live shop.",
    ] {
        assert!(brief.contains(part), "{part:?} not in:\n{brief}");
    }
}
