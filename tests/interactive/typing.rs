//! Typing a long answer, at a person's pace: the text wraps onto further
//! rows, and the question and every line above it stay on screen, while
//! typing and while backspacing across a row.

use crate::tty::*;
use std::time::Duration;

/// A partner's answer longer than a row of a 100-column terminal.
const ANSWER: &str = "They said they would look into the checkout problem next week, \
    but gave no date and named nobody who is responsible for it END";

/// Types `text` one key at a time, as a person does.
fn type_slowly(tty: &mut Tty, text: &str) {
    for c in text.chars() {
        tty.send(&c.to_string());
        std::thread::sleep(Duration::from_millis(8));
    }
}

/// The screen's rows down to the question's, as they are on `screen`.
fn above(screen: &str, question: &str) -> Vec<String> {
    let rows: Vec<String> = screen.lines().map(str::to_owned).collect();
    let at = rows
        .iter()
        .rposition(|row| row.contains(question))
        .unwrap_or_else(|| panic!("the question is not on screen:\n{screen}"));
    rows[..=at].to_vec()
}

fn typing_keeps_the_question(size: (u16, u16)) {
    let mut tty = Tty::check_in(size, false, BRIEF);
    tty.walk(READY_WALK);
    tty.walk(brief_walk_to("What did the partner answer"));
    tty.expect("What did the partner answer");
    tty.expect("(e opens your editor): ");
    let before = above(&tty.settled(size), "What did the partner");
    let stays = |tty: &mut Tty, doing: &str| {
        let now = tty.settled(size);
        let above = above(&now, "What did the partner");
        assert_eq!(
            above, before,
            "{doing} erased a line above the answer:\n{now}"
        );
        now
    };
    type_slowly(&mut tty, ANSWER);
    tty.expect("END");
    let typed = stays(&mut tty, "typing");
    // The terminal wraps typed text where the row ends, inside words too.
    let bare = |text: &str| text.split_whitespace().collect::<String>();
    assert!(bare(&typed).contains(&bare(ANSWER)), "{typed}");
    // Back across the row boundary, slowly.
    for _ in 0..usize::from(size.0).min(ANSWER.len() - 5) {
        tty.send("\x7f");
        std::thread::sleep(Duration::from_millis(8));
    }
    stays(&mut tty, "backspacing");
    tty.send("\x03");
    assert_eq!(tty.finish(), 130);
}

#[test]
fn typing_a_long_answer_keeps_the_question_at_100_columns() {
    typing_keeps_the_question((100, 40));
}

#[test]
fn typing_a_long_answer_keeps_the_question_at_40_columns() {
    typing_keeps_the_question((40, 40));
}
