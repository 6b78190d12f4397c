//! Esc at any question leaves nothing of it behind: its text, its help,
//! a complaint about a wrong answer and, for the first question of an
//! item, its heading are erased, at 100 and at 40 columns.

use crate::tty::*;
use std::time::Duration;

/// Esc at the question shown by `reach`'s last step (after `keys` typed
/// there) leaves none of `gone` on screen once the question before it is
/// asked again (`before`).
fn esc_leaves_nothing(
    size: (u16, u16),
    reach: &[Step],
    keys: &[&str],
    gone: &[&str],
    before: &str,
) {
    let mut tty = Tty::check_in(size, false, &[]);
    tty.walk(reach);
    for keys in keys {
        std::thread::sleep(Duration::from_millis(150));
        tty.send(keys);
    }
    std::thread::sleep(Duration::from_millis(150));
    tty.send("\x1b");
    tty.expect(before);
    let shown = tty.settled(size);
    for text in gone {
        assert!(
            !words(&shown).contains(text),
            "{text:?} stayed after Esc:\n{shown}"
        );
    }
    tty.send("\x03");
    assert_eq!(tty.finish(), 130);
}

fn every_kind_of_question(size: (u16, u16)) {
    let prompt = |step: &Step| step.0;
    // A typed answer, after a wrong one and the help.
    esc_leaves_nothing(
        size,
        &[READY_WALK[0], ("Were deliverables added", "")],
        &["maybe\r", "?\r"],
        &[
            "Were deliverables added",
            "expected yes or no",
            "Extra features, new integrations",
        ],
        "Statement of work re-read (yes/no",
    );
    // A choice, the first question of its item: its heading goes too.
    esc_leaves_nothing(
        size,
        &[
            READY_WALK[0],
            READY_WALK[1],
            READY_WALK[2],
            ("Yes, but there", ""),
        ],
        &[],
        &["Have you raised the concern", "Partner contact · 2 of 3"],
        prompt(&READY_WALK[2]),
    );
    // A list, with an entry given.
    esc_leaves_nothing(
        size,
        &READY_WALK[..6],
        &[],
        &[
            "List concrete examples",
            "Examples 1: 2026-10-02",
            "Specificity · 3 of 3",
        ],
        "On which date",
    );
}

#[test]
fn esc_leaves_no_line_behind_at_100_columns() {
    every_kind_of_question((100, 40));
}

#[test]
fn esc_leaves_no_line_behind_at_40_columns() {
    every_kind_of_question((40, 40));
}
