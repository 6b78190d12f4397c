//! A narrow terminal: what stays on screen once every prompt is answered.

use crate::tty::*;

/// A walk in a NARROW terminal, where questions, answers and the review
/// screen would wrap: with a wrong answer, help, a long list entry, the
/// brief's questions (choice lists among them) and a change on the review
/// screen. Only what a walk should leave stays on the screen:
/// `answered(prompt, answer)` is the line an answer leaves, and `entry` the
/// lines the long list entry leaves.
fn narrow_walk(colour: bool, answered: fn(&str, &str) -> String, entry: [&str; 2]) {
    let mut tty = Tty::check_in(NARROW, colour, BRIEF);
    tty.walk(&[
        ("Have you re-read the statement of work", "maybe\r"),
        ("expected yes or no", "?\r"),
        ("Or the contract annex", "y\r"),
        ("Were deliverables added", "no\r"),
        ("Have you raised the concern", "\x1b[B\x1b[B\r"), // no clear answer
        ("On which date", "2026-11-10\r"),
        (
            "entry 1",
            "2026-10-02 email asking for the release date, no reply\r",
        ),
        ("entry 2", "\r"),
        ("What did the partner answer?", "\r"),
        (
            "What is wrong, and since when?",
            "Since 3 November guest checkout fails on the live shop.\r",
        ),
        (
            "What is your implementation partner called?",
            "ACME Commerce\r",
        ),
        ("Which project or contract", "\r"),
        ("Which Adobe Commerce deployment", "\r"), // on cloud infrastructure
        ("What would you like your CSM to do?", "\r"), // a joint call
        ("What is at stake", "\r"),
        ("Which date is at risk", "\r"),
        ("How can your CSM reach you best?", "\r"),
    ]);
    let (columns, rows) = (usize::from(NARROW.0), usize::from(NARROW.1));

    tty.expect(REVIEW);
    tty.expect("How can your CSM reach you best?"); // the last entry
    tty.expect("\n");
    let review = screen(&tty.seen, columns, rows);
    let items: Vec<&str> = review
        .lines()
        .rev()
        .take_while(|line| !line.contains(REVIEW))
        .collect();
    assert_eq!(items.len(), 15, "one line per answer:\n{review}");
    assert!(
        items.iter().all(|item| item.chars().count() < columns),
        "{review}"
    );
    assert!(
        items.iter().any(|item| item.ends_with('…')),
        "long answers are cut:\n{review}"
    );
    // A long question gives way to its short answer.
    assert!(
        items.iter().any(|item| item.contains("…: yes")),
        "short answers stay visible:\n{review}"
    );
    tty.send(&format!("{}\r", DOWN.repeat(REVIEW_REVIEWED)));
    tty.expect("yes/no (yes)");
    tty.send("\r");
    tty.expect(REVIEW);
    tty.send("\r"); // show the verdict
    let code = tty.finish();
    let shown = screen(&tty.seen, columns, rows);
    assert_eq!(code, 0, "{shown}");

    let scope = [
        "Have you re-read the statement of work or proposal your",
        "partner agreed to? (? for help)",
        "Or the contract annex, whichever lists what they would",
        "deliver. Check the missing deliverable against it.",
        &answered("yes/no", "y"),
        "Were deliverables added to the project after it started?",
        "(? for help)",
        &answered("yes/no", "no"),
    ];
    let examples = [
        "One entry per line; an empty line finishes the list.",
        entry[0],
        entry[1],
        "",
    ];
    let choices = [
        "Which Adobe Commerce deployment is this about?",
        &answered("choice", "Adobe Commerce on cloud infrastructure"),
        "What would you like your CSM to do?",
        &answered("choice", "Set up a call with the partner and me"),
    ];
    let asked_again = [
        "partner agreed to? (? for help)",
        &answered("yes/no", "yes"),
        "",
    ];
    let lines: Vec<&str> = shown.lines().collect();
    for block in [&scope[..], &examples, &choices, &asked_again] {
        assert!(
            lines.windows(block.len()).any(|w| w == block),
            "these lines are not on the screen:\n{}\n--- screen ---\n{shown}",
            block.join("\n")
        );
    }
    let asked = shown
        .lines()
        .filter(|line| line.starts_with("Have you re-read the statement of work"))
        .count();
    assert_eq!(asked, 2, "{shown}");
    assert!(!shown.contains("maybe"), "{shown}");
    assert_nothing_left(
        &shown,
        &[
            "yes/no",
            "answer",
            "choice",
            "YYYY-MM-DD",
            "entry 1",
            "entry 2",
        ],
        &[
            REVIEW,
            "Skip this question",
            "Explain this question",
            "All correct: show the verdict",
        ],
    );
    assert!(words(&shown).contains("Ready to escalate."), "{shown}");
}

#[test]
fn a_narrow_terminal_keeps_a_clean_screen() {
    narrow_walk(
        false,
        |prompt, answer| format!("{prompt}: {answer}"),
        [
            "entry 1: 2026-10-02 email asking for the release date, no",
            "  reply",
        ],
    );
}

#[test]
fn a_narrow_terminal_keeps_a_clean_screen_in_colour() {
    narrow_walk(
        true,
        |prompt, answer| format!("✔ {prompt} · {answer}"),
        [
            "✔ entry 1 · 2026-10-02 email asking for the release date,",
            "  no reply",
        ],
    );
}
