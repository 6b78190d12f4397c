//! A narrow terminal: what stays on screen once every prompt is answered.

use crate::tty::*;

/// The longest label of the checklist: too long for one line of a NARROW
/// terminal at its prompt, and for its line on the review screen.
const PLANNING: &str = "Effect of the added work on timeline and budget worked out";

/// A walk in a NARROW terminal, where questions, answers and the review
/// screen would wrap: with a wrong answer, help, a prompt too long for one
/// line, a long list entry, the brief's questions (choice lists among them)
/// and a change on the review screen. Only what a walk should leave stays
/// on the screen: `answered(prompt, answer)` is the line an answer leaves,
/// `entry` the lines the long list entry leaves, and `planning` the lines
/// the answer with the longest label leaves.
fn narrow_walk(
    colour: bool,
    answered: fn(&str, &str) -> String,
    entry: [&str; 2],
    planning: [&str; 2],
) {
    let mut tty = Tty::check_in(NARROW, colour, BRIEF);
    tty.walk(&[
        ("Have you re-read the statement of work", "maybe\r"),
        ("expected yes or no", "?\r"),
        ("Or the contract annex", "y\r"),
        ("Were deliverables added", "yes\r"),
        // A label too long for the review screen, and a prompt that wraps.
        ("Have you worked out how", ""),
        ("Effect of the added work", "y\r"),
        ("Have you raised the concern", ""),
        ("Raised with the partner", "\x1b[B\x1b[B\r"), // no clear answer
        ("On which date", "2026-11-10\r"),
        (
            "Examples 1",
            "2026-10-02 email asking for the release date, no reply\r",
        ),
        ("Examples 2", "\r"),
    ]);
    tty.walk(BRIEF_WALK);
    let (columns, rows) = (usize::from(NARROW.0), usize::from(NARROW.1));

    tty.expect(REVIEW);
    tty.expect("Contact: Jana Weber"); // the last entry
    tty.expect("\n");
    let review = screen(&tty.seen, columns, rows);
    let items: Vec<&str> = review
        .lines()
        .rev()
        .take_while(|line| !line.contains(REVIEW))
        .collect();
    assert_eq!(items.len(), 35, "one line per answer:\n{review}");
    assert!(
        items.iter().all(|item| item.chars().count() < columns),
        "{review}"
    );
    assert!(
        items.iter().any(|item| item.ends_with('…')),
        "long answers are cut:\n{review}"
    );
    // A long label gives way to its short answer.
    assert!(
        items.iter().any(|item| item.contains("…: yes")),
        "short answers stay visible:\n{review}"
    );
    tty.send(&format!("{}\r", DOWN.repeat(REVIEW_REVIEWED)));
    tty.expect("Statement of work re-read (yes/no; Enter keeps yes)");
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
        &answered("Statement of work re-read", "yes"),
        "Were deliverables added to the project after it started?",
        "(? for help)",
        &answered("Deliverables added after the start", "yes"),
        "Have you worked out how the added deliverables change the",
        "timeline and budget? (? for help)",
        planning[0],
        planning[1],
        "",
    ];
    let examples = [
        "One entry per line; an empty line finishes the list. A",
        "pasted block stays one entry; e writes the list in your",
        "editor.",
        entry[0],
        entry[1],
        "",
    ];
    let choices = [
        "How severe is it?",
        &answered("Severity", "The live shop is down or cannot take orders"),
    ];
    let ask = [
        "What would you like your CSM to do?",
        &answered("Asked of the CSM", "Set up a call with the partner and me"),
    ];
    let asked_again = [
        "partner agreed to? (? for help)",
        &answered("Statement of work re-read", "yes"),
        "",
    ];
    let lines: Vec<&str> = shown.lines().collect();
    for block in [&scope[..], &examples, &choices, &ask, &asked_again] {
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
    // The long label's answer, wrapped, is the one line it stands for: its
    // first part alone would look like a prompt still waiting.
    let planned = answered(PLANNING, "yes");
    let unwrapped = shown.replace(&planning.join("\n"), &planned);
    assert_nothing_left(
        &unwrapped,
        &[
            "Statement of work re-read",
            "Deliverables added after the start",
            PLANNING,
            "Raised with the partner",
            "Raised on",
            "Examples 1",
            "Examples 2",
            "The partner's answer",
            "The problem",
            "Implementation partner",
            "Project",
            "Product",
            "Asked of the CSM",
            "At stake",
            "Date at risk",
            "Contact",
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
            "Examples 1: 2026-10-02 email asking for the release date,",
            "  no reply",
        ],
        [
            "Effect of the added work on timeline and budget worked out:",
            "  yes",
        ],
    );
}

#[test]
fn a_narrow_terminal_keeps_a_clean_screen_in_colour() {
    narrow_walk(
        true,
        |prompt, answer| format!("✔ {prompt} · {answer}"),
        [
            "✔ Examples 1 · 2026-10-02 email asking for the release",
            "  date, no reply",
        ],
        [
            "✔ Effect of the added work on timeline and budget worked",
            "  out · yes",
        ],
    );
}

/// The rows of `screen` from the last one that holds `marker` down.
fn rows_from<'a>(screen: &'a str, marker: &str) -> Vec<&'a str> {
    let rows: Vec<&str> = screen.lines().collect();
    let at = rows
        .iter()
        .rposition(|row| row.contains(marker))
        .unwrap_or_else(|| panic!("{marker:?} is not on screen:\n{screen}"));
    rows[at..].to_vec()
}

/// The rows of the screen of `size` from the last one that holds
/// `marker` down, once output has settled: none reaches the terminal's
/// edge, where the terminal itself would break it, inside a word or not.
fn unbroken_rows(tty: &mut Tty, size: (u16, u16), marker: &str) -> (Vec<String>, String) {
    let shown = tty.settled(size);
    let rows: Vec<String> = rows_from(&shown, marker)
        .into_iter()
        .map(str::to_owned)
        .collect();
    for row in &rows {
        assert!(
            row.chars().count() < usize::from(size.0),
            "a row reaches the edge and wraps: {row:?} on\n{shown}"
        );
    }
    (rows, shown)
}

/// At 40 columns a choice, the review screen and the offer are wrapped at
/// words by escalate, never broken by the terminal; a review entry keeps
/// the whole of its label, its answer on a line of its own.
#[test]
fn at_40_columns_lists_break_no_word_and_review_entries_stay_apart() {
    let size = (40, 60);
    let mut tty = Tty::check_in(size, false, &[]);
    tty.walk(&READY_WALK[..3]);
    tty.expect("Have you raised the concern");
    tty.expect("clear answer");
    let (choice, shown) = unbroken_rows(&mut tty, size, "Raised with the");
    assert!(
        words(&choice.join("\n")).contains("Yes, but there was no answer or no clear answer"),
        "{shown}"
    );
    tty.send(&format!("{DOWN}{DOWN}\r"));
    tty.walk(&READY_WALK[4..]);
    // The title is wrapped here.
    tty.expect("Review your answers");
    tty.expect("Examples:");
    let (review, shown) = unbroken_rows(&mut tty, size, "Review your");
    // A label that fits stays whole; one that does not is cut between
    // words, its answer below it.
    for label in ["Raised with the partner:", "Deliverables added after the…"] {
        assert!(
            review.iter().any(|row| row.ends_with(label)),
            "{label} is cut:\n{shown}"
        );
    }
    assert!(
        review
            .iter()
            .any(|row| row.trim() == "Yes, but there was no answer…"),
        "the answer is not under its label:\n{shown}"
    );
    tty.send("\r");
    tty.expect(NO_THANKS);
    let (offer, shown) = unbroken_rows(&mut tty, size, "Write the brief");
    assert!(offer.iter().any(|row| row.ends_with(NO_THANKS)), "{shown}");
    // "No, thanks", the last of three.
    tty.send(&format!("{}\r", DOWN.repeat(2)));
    assert_eq!(tty.finish(), 0, "{}", tty.output());
}
