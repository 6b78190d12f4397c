//! Typing an answer, at a person's pace: a long text wraps onto further
//! rows, and the question and every line above it stay on screen, while
//! typing and while backspacing across a row; the editing keys change the
//! text where the cursor is.

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

#[test]
fn editing_keys_change_the_answer_where_the_cursor_is() {
    const LEFT: &str = "\x1b[D";
    const RIGHT: &str = "\x1b[C";
    const HOME: &str = "\x1b[H";
    const END: &str = "\x1b[F";
    const DEL: &str = "\x1b[3~";
    let mut tty = Tty::check(&["--save-answers", "answers.yaml"]);
    tty.walk(&READY_WALK[..5]);
    tty.expect("Examples 1:");
    // Each key a moment after the one before: a burst would be a paste.
    let mut press = |keys: &[&str]| {
        for key in keys {
            tty.send(key);
            std::thread::sleep(Duration::from_millis(30));
        }
    };
    // Ctrl-U clears the line.
    press(&["j", "u", "n", "k", "\x15"]);
    press(&[
        "x", "A", "C", "M", "E", "-", "1", "2", "3", "4", " ", "g", "u", "e",
    ]);
    press(&["s", "t", " ", "c", "h", "e", "c", "k", "o", "u", "t"]);
    // Home and Del: the `x` at the start goes; a tab is a space; Ctrl-B
    // is no key of the line's.
    press(&[HOME, DEL, "t", "i", "c", "k", "e", "t", "\t", "\x02", END]);
    // Back two, Del: the `!` goes.
    press(&[" ", "f", "a", "i", "l", "!", "s", LEFT, LEFT, DEL, END]);
    // Ctrl-W deletes the word before the cursor, Backspace a character.
    press(&[" ", "o", "o", "p", "s", "\x17", "x", "\x7f"]);
    // From the start, 16 to the right: after the ticket's number.
    press(&[HOME]);
    press(&[RIGHT; 16]);
    press(&[":", "\r"]);
    tty.expect("Examples 2:");
    tty.send("\r");
    assert_eq!(
        confirmed_list(&mut tty, "specificity.examples"),
        ["ticket ACME-1234: guest checkout fails"]
    );
}
