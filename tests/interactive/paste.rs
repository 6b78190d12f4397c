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
    // "No, thanks" is the last of three lines.
    tty.send(&format!("{}\recho LEAKED-2\r", DOWN.repeat(2)));
    tty.expect("rc=0");
    tty.expect("left=[");
    let left = tty.expect("]");
    assert_eq!(left, "]", "typed ahead reached the shell: {left}");
    assert_eq!(tty.finish(), 0);
}

/// `text` as a terminal in bracketed paste mode sends a paste of it.
fn bracketed(text: &str) -> String {
    format!("\x1b[200~{text}\x1b[201~")
}

/// The line a paste at a list to pick from leaves under it.
const PICKS_NOTHING: &str = "Pasted text picks nothing here";

/// Bracketed paste was turned on, and is off at the end of `output`.
fn assert_paste_off_at_the_end(output: &str) {
    let on = output.rfind(PASTE_ON);
    assert!(on.is_some(), "bracketed paste was never on: {output:?}");
    assert!(
        output.rfind(PASTE_OFF) > on,
        "bracketed paste stays on: {output:?}"
    );
}

#[test]
fn bracketed_paste_is_on_while_the_walk_runs_and_off_when_it_ends() {
    // To the end.
    let mut tty = Tty::check(&[]);
    let first = tty.expect("Have you re-read the statement of work");
    assert!(first.contains(PASTE_ON), "{first:?}");
    tty.send(READY_WALK[0].1);
    tty.walk(&READY_WALK[1..]);
    tty.review(0);
    tty.decline();
    assert_eq!(tty.finish(), 0);
    assert_paste_off_at_the_end(&tty.seen);
    // Ctrl-C at a typed answer and at a list to pick from.
    for steps in [&READY_WALK[..1], &READY_WALK[..3]] {
        let mut tty = Tty::check(&[]);
        tty.walk(steps);
        tty.expect(": ");
        tty.send("\x03");
        assert_eq!(tty.finish(), 130);
        assert_paste_off_at_the_end(&tty.seen);
    }
    // SIGTERM.
    let mut tty = Tty::check(&[]);
    let pid = tty.session.get_process().pid().as_raw();
    tty.walk(&READY_WALK[..1]);
    tty.expect("(yes/no): ");
    // SAFETY: kill only sends a signal to the process under test.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
    assert_eq!(tty.finish(), 143);
    assert_paste_off_at_the_end(&tty.seen);
}

#[test]
fn a_paste_that_arrives_in_two_parts_is_one_entry() {
    let mut tty = Tty::check(&["--save-answers", "answers.yaml"]);
    tty.walk(&READY_WALK[..5]);
    tty.expect("Examples 1:");
    tty.send("\x1b[200~From: pm@acme.example\rDate: 2026-10-02\r");
    std::thread::sleep(std::time::Duration::from_millis(60));
    tty.send("\rHi, the release is late again.\r\x1b[201~");
    std::thread::sleep(std::time::Duration::from_millis(60));
    tty.send("\r");
    let taken = tty.expect("Examples 2:");
    assert!(
        taken.contains("The pasted lines were taken as one entry."),
        "{taken}"
    );
    tty.send("\r");
    tty.review(0);
    tty.decline();
    tty.finish();
    let saved = std::fs::read_to_string(tty.path("answers.yaml")).unwrap();
    assert!(
        saved.contains("From: pm@acme.example Date: 2026-10-02 Hi, the release is late again."),
        "{saved}"
    );
}

#[test]
fn a_pasted_email_at_a_name_is_refused() {
    let mut tty = Tty::check(BRIEF);
    tty.walk(READY_WALK);
    tty.walk(brief_walk_to("What is your implementation partner called?"));
    tty.expect("What is your implementation partner called?");
    tty.expect(": ");
    tty.send(&bracketed(
        "From: pm@acme.example\r\nSubject: release\r\n\r\nHi, it is late.",
    ));
    tty.send("\r");
    tty.expect("This answer fits on one line; the pasted text had several.");
    tty.send("ACME Commerce\r");
    let next = tty.expect("Which project or contract");
    assert!(next.contains("ACME Commerce"), "{next}");
    tty.send("\x03");
    assert_eq!(tty.finish(), 130);
}

#[test]
fn a_paste_at_a_list_to_pick_from_picks_nothing() {
    let mut tty = Tty::check(&[]);
    tty.walk(&READY_WALK[..3]);
    // A choice: a paste, marked, then one without marks.
    tty.expect("Yes, and it is resolved now");
    tty.send(&bracketed("no\r"));
    tty.expect(PICKS_NOTHING);
    tty.send("not yet, I think\r");
    tty.expect(PICKS_NOTHING);
    tty.send(&format!("{DOWN}{DOWN}\r"));
    tty.walk(&READY_WALK[4..]);
    // The review screen.
    tty.expect(REVIEW);
    tty.send(&bracketed("From: pm@acme.example\rHi\r"));
    tty.expect(PICKS_NOTHING);
    tty.send("show me the verdict\r");
    tty.expect(PICKS_NOTHING);
    // Still the review: Enter shows the verdict.
    tty.send("\r");
    // The offer.
    tty.expect(NO_THANKS);
    tty.send(&bracketed("yes\r"));
    tty.expect(PICKS_NOTHING);
    // "No, thanks", the last of three.
    tty.send(&format!("{}\r", DOWN.repeat(2)));
    assert_eq!(tty.finish(), 0, "{}", tty.output());
    let output = tty.output();
    assert!(output.contains("Ready to escalate."), "{output}");
    assert!(!tty.path("escalation-brief-2026-11-25.md").exists());
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

#[test]
fn a_bracketed_paste_shows_before_any_other_key() {
    let mut tty = Tty::check(&[]);
    tty.walk(&READY_WALK[..5]);
    tty.expect("Examples 1:");
    tty.send(&bracketed("ticket PAY-88: refunds fail since 2 Nov"));
    // Nothing else is typed: the paste is on the screen already.
    tty.expect("refunds fail since 2 Nov");
    tty.send("\x03");
    assert_eq!(tty.finish(), 130);
}
