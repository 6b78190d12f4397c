//! The review screen: an answer picked and changed, and what that opens
//! or drops.

use crate::common::{READY, READY_OWN};
use crate::tty::*;
use expectrl::Regex;

#[test]
fn changing_the_partner_answer_on_the_review_screen_makes_escalation_unneeded() {
    let mut tty = Tty::check(&["--save-answers", "answers.yaml"]);
    tty.walk(READY_WALK);
    tty.review(REVIEW_RAISED);
    let asked = tty.expect("Have you raised the concern");
    assert!(
        asked.contains("Partner contact · part 2 of 3"),
        "the item heading is shown again: {asked}"
    );
    let list = tty.expect("Explain this question");
    assert!(
        list.contains(">  3 Yes, but there was no answer"),
        "the list does not start on the answer given: {list}"
    );
    tty.send(&format!("{UP}\r")); // resolved
    let screen = tty.review(0);
    assert!(
        screen.contains("Raised with the partner: Yes, and it is resolved now"),
        "{screen}"
    );
    assert!(
        !screen.contains("Raised on"),
        "raised-on is still listed:\n{screen}"
    );
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 3, "{output}");
    assert!(output.contains("No escalation needed."), "{output}");
    assert!(output.contains("■ Partner contact  resolved"), "{output}");

    let saved = std::fs::read_to_string(tty.path("answers.yaml")).unwrap();
    assert!(
        saved.contains("partner-contact.raised: resolved"),
        "{saved}"
    );
    assert!(!saved.contains("raised-on"), "{saved}");
    let flags = ready_with(
        READY_OWN,
        &[
            ("partner-contact.raised", Some("resolved")),
            ("partner-contact.raised-on", None),
        ],
    );
    assert_same_as_flags(&flags, &[], code, &output);
}

#[test]
fn changing_a_scope_answer_on_the_review_screen_makes_it_not_ready() {
    // The brief asks the optional product question, after the checklist.
    let mut steps = ready_brief_walk();
    let product = steps
        .iter()
        .position(|(text, _)| text.starts_with("Which Adobe Commerce deployment"))
        .unwrap();
    steps[product].1 = "\x1b[B\x1b[B\r"; // skip the optional product question
    // Not on cloud: no cloud project is asked for.
    steps.retain(|(text, _)| !text.starts_with("The ID of your cloud project"));
    let mut tty = Tty::check(BRIEF);
    tty.walk(&steps);
    let screen = tty.review(REVIEW_REVIEWED);
    assert!(screen.contains("Product: skipped"), "{screen}");
    let asked = tty.expect("Have you re-read the statement of work");
    assert!(
        !asked.contains("Which Adobe Commerce deployment"),
        "a skipped question was asked again:\n{asked}"
    );
    // Asked again, the line starts empty and the hint says what Enter keeps.
    tty.expect("Statement of work re-read (yes/no; Enter keeps yes): ");
    tty.send("n\r");
    // The product question comes after this one: it is not asked again
    // before the review screen either, nor is any other question the walk
    // skipped (READY leaves the partner's answer, the project, what is at
    // stake, the date at risk and the contact open). Waits for the review
    // screen or for the first skipped question asked again, whichever
    // comes first.
    let asked = tty.wait_for(
        &Regex(r"Review your answers \(pick one to change it\)|leave empty to skip\)"),
        "the review screen, or a skipped question asked again",
    );
    assert!(
        !asked.contains("leave empty to skip"),
        "a question skipped in the walk was asked again after a change on the review screen:\n{asked}"
    );
    assert!(
        !asked.contains("Which Adobe Commerce deployment"),
        "a skipped question was asked again:\n{asked}"
    );
    assert!(asked.ends_with(REVIEW), "{asked}");
    let screen = tty.pick(0);
    assert!(screen.contains("Statement of work re-read: no"), "{screen}");
    assert!(screen.contains("Product: skipped"), "{screen}");
    // The product skipped is what the CSM will ask for: left as it is.
    tty.expect("Write the brief as it is");
    tty.send("2");
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 1, "{output}");
    assert!(output.contains("Not ready to escalate yet."), "{output}");
    assert!(
        output.contains("1. Re-read the document your partner gave you"),
        "{output}"
    );

    let flags = ready_with(
        READY,
        &[
            ("context.product", None),
            ("context.cloud-project", None),
            ("scope.reviewed-deliverables", Some("no")),
        ],
    );
    assert_same_as_flags(&flags, BRIEF, code, &output);
}

#[test]
fn reopening_a_resolved_concern_on_the_review_screen_asks_what_it_skipped() {
    // "Resolved" ends the walk: no date, no examples asked.
    let resolved: Vec<Step> = READY_WALK[..3]
        .iter()
        .copied()
        .chain([("Have you raised the concern", "\x1b[B\r")])
        .collect();
    let mut tty = Tty::check(&[]);
    tty.walk(&resolved);
    tty.expect(REVIEW);
    let mut screen = tty.expect("Raised with the partner: Yes, and it is resolved now");
    // Reopened as unresolved: the date and the examples are asked now.
    tty.send(&format!("{}\r", DOWN.repeat(REVIEW_RAISED)));
    // The review screen, drawn again at each key, up to the question.
    screen += &tty.expect("Have you raised the concern");
    assert!(screen.contains(REVIEWED), "{screen}");
    assert!(!screen.contains("Examples"), "{screen}");
    assert!(!screen.contains("Raised on"), "{screen}");
    tty.expect("Explain this question");
    tty.send(&format!("{DOWN}\r"));
    tty.walk(&READY_WALK[4..]);
    // The partner's answer too, now that the concern is open: left open.
    tty.walk(&[("What did the partner answer, and when?", "\r")]);
    let screen = tty.review(0);
    assert!(screen.contains("All correct"), "{screen}");
    assert!(screen.contains("Raised on: 10 Nov 2026"), "{screen}");
    assert!(
        screen.contains("Examples: 2026-10-02 email asking"),
        "{screen}"
    );
    tty.decline();
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 0, "{output}");
    assert_same_as_flags(READY_OWN, &[], code, &output);
}

#[test]
fn a_list_asked_again_offers_to_keep_its_entries_add_to_them_or_start_anew() {
    let mut tty = Tty::check(&[]);
    tty.walk(READY_WALK);
    // Kept as they are, on Enter.
    tty.review(REVIEW_EXAMPLES);
    let shown = tty.expect("Examples: you gave 2 entries before") + &tty.expect("Start a new list");
    assert!(
        shown.contains("Examples 2: ticket ACME-1234"),
        "the entries are shown: {shown}"
    );
    tty.send("\r");
    let screen = tty.review(0);
    assert!(
        screen.contains("Examples: 2026-10-02 email asking"),
        "the entries are gone:\n{screen}"
    );
    tty.decline();
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 0, "{output}");
    assert_same_as_flags(READY_OWN, &[], code, &output);

    // Added to: a typed entry comes after the two, and wipes neither.
    let mut tty = Tty::check(&["--save-answers", "answers.yaml"]);
    tty.walk(READY_WALK);
    tty.review(REVIEW_EXAMPLES);
    tty.expect("Start a new list");
    tty.send("2");
    tty.expect("Examples 3:");
    tty.send("https://mail.example.com/thread/881\r");
    tty.expect("Examples 4:");
    tty.send("\r");
    tty.review(0);
    tty.decline();
    assert_eq!(tty.finish(), 0, "{}", tty.output());
    let saved = std::fs::read_to_string(tty.path("answers.yaml")).unwrap();
    for entry in [
        "2026-10-02 email asking",
        "ticket ACME-1234",
        "https://mail.example.com/thread/881",
    ] {
        assert!(saved.contains(entry), "{entry:?} not in:\n{saved}");
    }
}

#[test]
fn the_partners_answer_is_recorded_on_the_review_screen_when_it_arrives() {
    let mut tty = Tty::check(&["--save-answers", "answers.yaml"]);
    tty.walk(READY_WALK);
    let screen = tty.expect(REVIEW) + &tty.expect("The partner's answer: skipped");
    assert!(
        screen.contains(" 7 The partner's answer: skipped"),
        "{screen}"
    );
    tty.send("7");
    tty.expect("What did the partner answer, and when?");
    tty.send("They will fix it next week, without a date.\r");
    let screen = tty.review(0);
    assert!(
        screen.contains("The partner's answer: They will fix it next week"),
        "{screen}"
    );
    tty.decline();
    assert_eq!(tty.finish(), 0, "{}", tty.output());
    let saved = std::fs::read_to_string(tty.path("answers.yaml")).unwrap();
    assert!(
        saved.contains(
            "partner-contact.partner-answer: They will fix it next week, without a date."
        ),
        "{saved}"
    );
}

#[test]
fn the_partners_answer_left_open_on_the_review_screen_is_not_asked_again_for_the_brief() {
    left_open_at((100, 40));
}

/// The partner's answer left open on the review screen, at `size`; the
/// email draft is written, and the examples it says are attached are
/// recalled before it is sent.
fn left_open_at(size: (u16, u16)) {
    let mut tty = Tty::check_in(size, false, &[]);
    tty.walk(READY_WALK);
    tty.review(7);
    tty.expect("What did the partner answer, and when?");
    // Left open: there is no answer yet.
    tty.send("\r");
    tty.review(0);
    tty.expect("Write the brief for your CSM now?");
    tty.expect(NO_THANKS);
    tty.send("\r");
    let steps: Vec<Step> = BRIEF_WALK
        .iter()
        .copied()
        .filter(|(asked, _)| !asked.starts_with("What did the partner answer"))
        .collect();
    tty.walk(&steps);
    assert_eq!(tty.finish(), 0, "{}", tty.output());
    let output = tty.output();
    let offered = &output[output.find("Write the brief for your CSM now?").unwrap()..];
    assert!(
        !offered.contains("What did the partner answer"),
        "asked again for the brief:\n{offered}"
    );
    // Enter takes the first form offered, the email draft.
    let brief = format!("escalation-brief-{}.eml", crate::common::TODAY);
    let brief = std::fs::read_to_string(tty.path(&brief)).unwrap();
    assert!(brief.contains("Jana Weber"), "{brief}");
    let said = words(&output);
    assert!(
        said.contains("The brief says the examples are attached: attach the emails, screenshots or exported tickets to the email before you send it; attach the contract pages at issue, too."),
        "{size:?}: {output}"
    );
    let (columns, rows) = (usize::from(size.0), usize::from(size.1));
    let shown = screen(&tty.seen, columns, rows);
    assert!(
        shown.lines().all(|l| l.chars().count() <= columns),
        "{shown}"
    );
}
