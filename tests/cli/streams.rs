//! When stdout or stderr fails: a closed stdout pipe ends the run quietly
//! and with success, a closed stderr changes no exit code, and a full disk
//! or a stdout closed from the start is a clear error.

use crate::common::{HANG, Test, wait};

#[test]
#[cfg(unix)]
fn a_closed_stdout_pipe_ends_quietly() {
    use crate::common::{TODAY, ready_with};
    // More than a pipe holds, so the writer meets the closed pipe.
    let example = format!("ticket ACME-1 {}", "x".repeat(1_900));
    let examples = vec![("specificity.examples", example.as_str()); 60];
    let run = Test::new()
        .args(["check", "--no-input", "--today", TODAY, "--format", "json"])
        .answers(&ready_with(&examples))
        .shell("{ \"$@\"; echo \"exit $?\" >&2; } | head -c 10")
        .run();
    assert_eq!(run.code(), Some(0), "the pipeline");
    assert_eq!(run.stdout(), "{\n  \"schem");
    assert_eq!(run.stderr(), "exit 0\n");
}

#[test]
#[cfg(unix)]
fn a_closed_stderr_pipe_changes_no_exit_code() {
    use std::process::Stdio;
    let test = Test::new();
    let cases: &[(&[&str], i32)] = &[
        (&["check", "-a", "no-equals-sign"], 2),
        (&["check", "--no-input", "--checklist", "missing.yaml"], 2),
        (&["init", "new.yaml"], 0),
    ];
    for (args, code) in cases {
        // A pipe whose reader is gone: every write to it fails.
        let mut reader = std::process::Command::new("true")
            .stdin(Stdio::piped())
            .spawn()
            .unwrap();
        let closed = reader.stdin.take().unwrap();
        reader.wait().unwrap();
        let mut child = test
            .clone()
            .args(*args)
            .command()
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(closed)
            .spawn()
            .unwrap();
        assert_eq!(wait(&mut child, HANG).code(), Some(*code), "{args:?}");
    }
    assert!(test.path("new.yaml").is_file());
}

#[test]
#[cfg(target_os = "linux")]
fn a_full_disk_on_stdout_is_a_clear_error() {
    use crate::common::{READY, TODAY, assert_says};
    // Help and version too: they are output like any other.
    let check = Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .answers(READY);
    for test in [
        check,
        Test::new().arg("--help"),
        Test::new().arg("--version"),
    ] {
        let message = test.shell("exec \"$@\" > /dev/full").run().refused();
        assert_says(
            &message,
            &["cannot write to stdout", "No space left on device"],
        );
    }
}

#[test]
#[cfg(unix)]
fn a_closed_stdout_is_an_error_not_a_silent_success() {
    use crate::common::{READY, TODAY, assert_says};
    for args in [
        &["check", "--no-input", "--today", TODAY][..],
        &["--version"],
        &["--help"],
    ] {
        let message = Test::new()
            .args(args)
            .answers(if args.len() > 1 { READY } else { &[] })
            .shell("exec \"$@\" >&-")
            .run()
            .refused();
        assert_says(&message, &["cannot write to stdout", "Bad file descriptor"]);
    }
    // Sent to /dev/null, stdout is open: that is no error.
    Test::new()
        .args(["--version"])
        .shell("exec \"$@\" > /dev/null")
        .run()
        .exits(0);
}
