//! A hostile checklist at the terminal: escapes, bidi overrides and
//! invisible characters in its title, intro, headings, guidance, questions,
//! labels, help and options are shown, never obeyed.

use crate::common::{CHECKLIST, bin};
use crate::tty::*;

/// A colour escape, an OSC title change ended by BEL, a bidi override, a
/// zero-width space: each would act on the terminal if written raw.
const EVIL: &str = "Evil \x1b[31mred\x1b]0;evil\x07 bidi\u{202e}end zero\u{200b}width";

/// The shipped checklist with EVIL in every kind of text the walk shows
/// before the review screen.
fn evil_checklist() -> String {
    use serde_norway::Value;
    let mut checklist: Value = serde_norway::from_str(CHECKLIST).unwrap();
    let evil = || Value::String(EVIL.to_owned());
    checklist["title"] = evil();
    checklist["intro"] = evil();
    let scope = &mut checklist["items"][0];
    scope["title"] = evil();
    scope["guidance"] = evil();
    let reviewed = &mut scope["questions"][0];
    for field in ["label", "prompt", "help"] {
        reviewed[field] = evil();
    }
    checklist["items"][1]["questions"][0]["options"][0]["label"] = evil();
    serde_norway::to_string(&checklist).unwrap()
}

#[test]
fn a_hostile_checklist_is_shown_not_obeyed_at_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("evil.yaml"), evil_checklist()).unwrap();
    let bin = bin();
    let args = [
        "check",
        "--today",
        crate::common::TODAY,
        "--checklist",
        "evil.yaml",
    ];
    let mut tty = Tty::start(dir, &bin, &args);
    // The intro, the heading, the guidance and the question.
    tty.expect("Type ? for help");
    tty.expect("(yes/no): ");
    tty.send("?\r");
    tty.expect("zero\\u{200b}width");
    tty.send("y\r");
    tty.walk(&READY_WALK[1..3]);
    // The options of a choice, with the help.
    tty.expect("Have you raised the concern");
    tty.expect("Explain this question");
    tty.send(&format!("{DOWN}{DOWN}\r"));
    tty.walk(&READY_WALK[4..]);
    tty.review(0);
    tty.decline();
    assert_eq!(tty.finish(), 0, "{}", tty.output());
    let output = tty.output();
    for raw in ["\x1b[31m", "\x1b]0;", "\x07", "\u{202e}", "\u{200b}"] {
        assert!(
            !output.contains(raw),
            "raw {raw:?} reached the terminal:\n{output}"
        );
    }
    // Shown where it was: the title, the intro, the heading, the guidance,
    // the question, its label, its help and the option.
    let shown = output.matches("bidi\\u{202e}end").count();
    assert!(shown >= 8, "shown {shown} times:\n{output}");
}
