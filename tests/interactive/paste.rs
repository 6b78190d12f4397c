//! Pasting several lines at once: a paste stays in the question it was
//! made at, never answers a later one or the review screen, and nothing
//! typed ahead reaches the shell after the run.

use crate::common::TODAY;
use crate::tty::*;

/// An email pasted whole, as a terminal sends it: lines end in CR, with a
/// blank line, and after it a line that would run in the shell.
const EMAIL: &str =
    "From: pm@acme.example\rDate: 2026-10-02\r\rHi, the release is late again.\recho LEAKED\r";

#[test]
fn a_pasted_email_is_one_example_and_answers_nothing_else() {
    let mut tty = Tty::check(&["--save-answers", "answers.yaml"]);
    tty.walk(&READY_WALK[..5]);
    tty.expect("Examples 1:");
    tty.send(EMAIL);
    let taken = tty.expect("Examples 2:");
    assert!(
        taken.contains("The pasted lines were taken as one entry."),
        "{taken}"
    );
    // The list goes on: the blank line in the paste did not end it.
    tty.send("ticket ACME-1234: guest checkout fails\r");
    tty.expect("Examples 3:");
    tty.send("\r");
    let review = tty.expect(REVIEW) + &tty.expect("Examples: ");
    let line = tty.expect("\r\n");
    assert!(
        line.starts_with("From: pm@acme.example Date: 2026-10-02 Hi, the release"),
        "{review}{line}"
    );
    tty.send("\r");
    tty.decline();
    assert_eq!(tty.finish(), 0, "{}", tty.output());
    let output = tty.output();
    assert!(output.contains("Ready to escalate."), "{output}");
    let saved = std::fs::read_to_string(tty.path("answers.yaml")).unwrap();
    let pasted =
        "From: pm@acme.example Date: 2026-10-02 Hi, the release is late again. echo LEAKED";
    assert!(saved.contains(pasted), "{saved}");
}

#[test]
fn a_paste_at_a_one_line_question_is_refused_and_asked_again() {
    let mut tty = Tty::check(&[]);
    tty.expect("Have you re-read the statement of work");
    tty.send("y\ryes\r");
    tty.expect("This answer fits on one line; the pasted text had several.");
    tty.send("y\r");
    // The next question, once: the paste answered nothing after it.
    let next = tty.expect("Were deliverables added");
    assert!(next.contains("Statement of work re-read: yes"), "{next}");
    tty.send("\x03");
    assert_eq!(tty.finish(), 130);
}

#[test]
fn keys_typed_ahead_at_the_end_never_reach_the_shell() {
    // The shell reads whatever is left on the terminal after the run.
    let script = format!(
        r#""$ESCALATE" check --today {TODAY}; echo "rc=$?"; read -r -t 1 left; echo "left=[$left]""#
    );
    let mut tty = Tty::shell(tempfile::tempdir().unwrap(), &script);
    tty.walk(READY_WALK);
    tty.expect(REVIEW);
    // Enter confirms; the rest arrives in the same burst.
    tty.send("\recho LEAKED-1\r");
    tty.expect(NO_THANKS);
    tty.send(&format!("{DOWN}\recho LEAKED-2\r"));
    tty.expect("rc=0");
    tty.expect("left=[");
    let left = tty.expect("]");
    assert_eq!(left, "]", "typed ahead reached the shell: {left}");
    assert_eq!(tty.finish(), 0);
}

#[test]
fn a_paste_at_the_review_screen_picks_no_entry_by_its_digits() {
    let mut tty = Tty::check(&[]);
    tty.walk(READY_WALK);
    tty.expect(REVIEW);
    tty.expect("Examples: ");
    // Digits and a line break, all at once: pasted, not typed.
    tty.send("2026-11-02\r");
    std::thread::sleep(std::time::Duration::from_millis(300));
    // A typed number still picks: 0, the verdict.
    tty.send("0");
    let after = tty.expect("Ready to escalate.");
    assert!(
        !after.contains("Enter keeps"),
        "the paste picked an entry:\n{after}"
    );
    assert_eq!(after.matches(REVIEWED).count(), 1, "{after}");
    tty.decline();
    assert_eq!(tty.finish(), 0, "{}", tty.output());
}
