//! Plain lines, for a screen reader, a dumb terminal or Emacs's shell:
//! with `TERM=dumb` or `--plain` the walk writes each prompt once, reads
//! answers as lines, numbers its choices, and sends no sequence that moves
//! the cursor, erases, hides the cursor or changes a mode.

use crate::common::{TODAY, bin};
use crate::tty::*;
use std::path::Path;

/// `escalate check` with `env` set (`NAME=value`) and `args`.
fn plain_check(env: &[&str], args: &[&str]) -> Tty {
    let bin = bin().display().to_string();
    let mut all: Vec<&str> = env.to_vec();
    all.extend([bin.as_str(), "check", "--today", TODAY]);
    all.extend(args);
    Tty::start(tempfile::tempdir().unwrap(), Path::new("env"), &all)
}

/// The walk of `common::READY_OWN` in plain lines: choices by number or
/// word.
fn plain_walk(tty: &mut Tty) {
    tty.walk(&READY_WALK[..3]);
    tty.expect("  3. Yes, but");
    tty.expect("Number (1 to 4)");
    tty.send("3\r");
    tty.walk(&READY_WALK[4..]);
    tty.expect("  0. All correct");
    tty.expect("Number (0 to");
    tty.send("\r");
    tty.expect("3. No, thanks");
    tty.expect("Number (1 to 3)");
    tty.send("no\r");
    assert_eq!(tty.finish(), 0, "{}", tty.output());
}

/// Nothing in `output` moves the cursor, erases, hides the cursor or
/// turns on a mode.
fn assert_plain_bytes(output: &str) {
    let moves = regex::Regex::new(r"\x1b\[[0-9;?]*[ABCDGHJK]").unwrap();
    assert!(
        !moves.is_match(output),
        "a cursor movement or erasure: {:?}",
        moves.find(output).map(|m| m.as_str())
    );
    for sequence in ["\x1b[?25l", "\x1b[?2004h"] {
        assert!(!output.contains(sequence), "{sequence:?} in {output:?}");
    }
    if let Some(at) = output.find("?:") {
        let from = output[..at]
            .char_indices()
            .rev()
            .nth(80)
            .map_or(0, |(i, _)| i);
        panic!("a prompt ends in `?:`: {:?}", &output[from..at + 2]);
    }
}

#[test]
fn a_dumb_terminal_gets_plain_lines() {
    let mut tty = plain_check(&["TERM=dumb"], &[]);
    plain_walk(&mut tty);
    let output = tty.output();
    assert!(output.contains("Ready to escalate."), "{output}");
    assert_plain_bytes(&tty.seen);
}

#[test]
fn plain_lines_on_request() {
    for (env, args) in [
        (&[][..], &["--plain"][..]),
        (&["ESCALATE_PLAIN=1"][..], &[][..]),
    ] {
        let mut tty = plain_check(env, args);
        plain_walk(&mut tty);
        assert_plain_bytes(&tty.seen);
    }
}

#[test]
fn a_wrong_pick_in_plain_lines_is_said_and_asked_again() {
    let mut tty = plain_check(&[], &["--plain"]);
    tty.walk(&READY_WALK[..3]);
    tty.expect("Number (1 to 4)");
    tty.send("7\r");
    tty.expect("names none of the choices");
    tty.send("resolved\r");
    tty.expect("Raised with the partner: Yes, and it is resolved now");
    tty.expect("Number (0 to");
    tty.send("\r");
    assert_eq!(tty.finish(), 3, "{}", tty.output());
    assert_plain_bytes(&tty.seen);
}
