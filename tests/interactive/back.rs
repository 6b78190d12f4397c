//! Esc goes back one question from every kind of prompt: yes/no, choice,
//! date, list and text, and from the review screen; the answers after it
//! are kept, and asked again only when they have none.

use crate::common::READY;
use crate::tty::*;

const ESC: &str = "\x1b";

#[test]
fn esc_goes_back_one_question_from_every_kind_of_prompt() {
    let mut tty = Tty::check(BRIEF);
    // At the first question there is nothing before it.
    tty.expect("Have you re-read the statement of work");
    tty.send(ESC);
    tty.expect("This is the first question; there is nothing before it.");
    // The question is drawn again; keys typed before that are dropped.
    tty.expect("Statement of work re-read (yes/no): ");
    tty.send("y\r");

    // Yes/no: back to the question before, its answer kept on Enter.
    tty.expect("Were deliverables added");
    tty.send(ESC);
    tty.expect("Statement of work re-read (yes/no; Enter keeps yes)");
    tty.send("\r");
    tty.expect("Were deliverables added");
    tty.send("y\r");
    tty.expect("Have you worked out how");
    tty.send("y\r");

    // Choice: back to the typed question before it.
    tty.expect("Have you raised the concern");
    tty.expect("Explain this question");
    tty.send(ESC);
    tty.expect("worked out (yes/no; Enter keeps yes)");
    tty.send("\r");
    tty.expect("Have you raised the concern");
    tty.expect("Explain this question");
    tty.send(&format!("{DOWN}{DOWN}\r"));

    // Date: back to the choice, which starts on the answer it has.
    tty.expect("On which date");
    tty.send(ESC);
    let list = tty.expect("Explain this question");
    assert!(
        list.contains(">  3 Yes, but there was no answer or no clear answer"),
        "{list}"
    );
    tty.send("\r");
    tty.expect("On which date");
    tty.send("2026-11-10\r");

    // List: back to the date, kept on Enter.
    tty.expect("Examples 1:");
    tty.send(ESC);
    tty.expect("Enter keeps 10 Nov 2026");
    tty.send("\r");
    tty.walk(&READY_WALK[5..]);

    // Text: back to the list, whose entries Enter keeps.
    tty.expect("What was added, and what does it do");
    tty.send(ESC);
    tty.expect("Examples: you gave 2 entries before");
    tty.expect("Start a new list");
    tty.send("\r");
    tty.walk(&BRIEF_WALK[..=BRIEF_PROBLEM]);
    // Back from the next question to the problem, then on: the problem
    // is kept, and only the questions without an answer are asked.
    tty.expect("Where can your CSM see these examples?");
    tty.send(ESC);
    tty.expect("Enter keeps Since 3 November guest checkout fails");
    tty.send("\r");
    tty.walk(&BRIEF_WALK[BRIEF_PROBLEM + 1..]);

    // The review screen: back to the last question.
    tty.expect(REVIEW);
    tty.send(ESC);
    tty.expect("Enter keeps Jana Weber");
    tty.send("\r");
    tty.review(0);
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 0, "{output}");
    assert_same_as_flags(READY, BRIEF, code, &output);
}

#[test]
fn esc_at_the_documents_first_question_goes_back_to_the_offer() {
    let mut tty = Tty::check(&[]);
    tty.walk(READY_WALK);
    tty.review(0);
    tty.expect("Write the brief for your CSM now?");
    tty.expect(NO_THANKS);
    tty.send("\r");
    tty.expect("What was added, and what does it do");
    tty.send(ESC);
    let again = tty.expect("Write the brief for your CSM now?");
    assert!(!again.contains("This is the first question"), "{again}");
    tty.decline();
    assert_eq!(tty.finish(), 0, "{}", tty.output());
    for form in ["eml", "md"] {
        let brief = format!("escalation-brief-{}.{form}", crate::common::TODAY);
        assert!(!tty.path(&brief).exists(), "the brief was written");
    }
}
