//! Runs where stdin or stderr is not a terminal, or `--no-input` is given:
//! nothing is asked, and the error names every missing answer.

use crate::common::{self, TODAY};
use crate::tty::*;
use std::time::Duration;

/// The questions without an answer when none is given.
const REQUIRED: &str = "scope.reviewed-deliverables, scope.deliverables-added, partner-contact.raised, specificity.examples";

/// Runs `escalate check --today TODAY ARGS` under bash on a pty and asserts
/// that it asks nothing and ends at once with exit 2 and a clean error: the
/// line `error: ERROR` and the hint on passing answers. The error is read
/// from the terminal or, where ARGS sends stderr there, from `err.txt`.
fn assert_refused_at_once(args: &str, error: &str) {
    let script = format!(
        r#"s=${{EPOCHREALTIME/./}}; "$ESCALATE" check --today {TODAY} {args}; rc=$?; e=${{EPOCHREALTIME/./}}; echo "rc=$rc us=$((e - s))""#
    );
    let mut tty = Tty::shell(tempfile::tempdir().unwrap(), &script);
    let shown = tty.expect("rc=2 us=").replace("\r\n", "\n");
    let micros: u64 = tty.expect("\r\n").trim().parse().unwrap();
    assert_eq!(tty.finish(), 0);
    let took = Duration::from_micros(micros);
    assert!(took < Duration::from_secs(1), "took {took:?}");
    let shown = shown.trim_end_matches("rc=2 us=");
    let stderr = if args.contains("2> err.txt") {
        assert_eq!(shown, "", "something was shown on the terminal");
        std::fs::read_to_string(tty.path("err.txt")).unwrap()
    } else {
        shown.to_owned()
    };
    let stderr = common::assert_clean_error(stderr.as_bytes());
    assert!(stderr.starts_with(&format!("error: {error}\n")), "{stderr}");
    assert!(
        stderr.contains("\nhint: pass answers with --answers FILE (see `escalate template`)"),
        "{stderr}"
    );
}

#[test]
fn with_stdin_not_a_terminal_nothing_is_asked() {
    assert_refused_at_once(
        "< /dev/null",
        &format!("stdin is empty, and these questions have no answer: {REQUIRED}"),
    );
}

#[test]
fn with_stderr_not_a_terminal_nothing_is_asked() {
    assert_refused_at_once(
        "2> err.txt",
        &format!(
            "cannot ask: stdin and stderr are not both terminals; these questions have no answer: {REQUIRED}"
        ),
    );
}

#[test]
fn no_input_on_a_terminal_names_every_missing_answer() {
    assert_refused_at_once(
        "--no-input",
        &format!("--no-input was given, but these questions have no answer: {REQUIRED}"),
    );
}
