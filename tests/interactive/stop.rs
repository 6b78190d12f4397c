//! Ctrl-C, SIGTERM and SIGHUP at a prompt: exit 128 + the signal, the
//! terminal as it was, nothing written but the answers given, which are
//! kept for the next run.

use crate::common::TODAY;
use crate::tty::*;
use std::time::{Duration, Instant};

/// Presses Ctrl-C after `steps` in `escalate check --brief brief.md
/// --save-answers answers.yaml`, run by bash, which notes the terminal
/// settings before and after. With `old_brief`, brief.md exists before (and
/// `--force` is given).
fn interrupt_after(old_brief: Option<&[u8]>, steps: &[Step]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let mut files = vec![".state", "after", "before"];
    let mut force = "";
    if let Some(old) = old_brief {
        std::fs::write(dir.path().join("brief.md"), old).unwrap();
        files.push("brief.md");
        force = "--force";
    }
    let script = format!(
        r#"stty -g > before; "$ESCALATE" check --today {TODAY} --brief brief.md --save-answers answers.yaml {force}; echo "rc=$?"; stty -g > after"#
    );
    let mut tty = Tty::shell(dir, &script);
    tty.walk(steps);
    tty.send("\x03");
    tty.expect("rc=");
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 0, "{output}");
    assert!(output.contains("rc=130"), "{output}");
    assert_eq!(output.matches(STOPPED_KEPT).count(), 1, "{output}");
    assert!(!output.contains("panicked"), "{output}");
    if let Some(hidden) = output.rfind(HIDE_CURSOR) {
        assert!(
            output.rfind(SHOW_CURSOR) > Some(hidden),
            "the cursor stays hidden:\n{output:?}"
        );
    }
    let read = |name: &str| std::fs::read(tty.path(name)).unwrap();
    assert_eq!(
        String::from_utf8(read("after")).unwrap(),
        String::from_utf8(read("before")).unwrap(),
        "the terminal settings changed"
    );
    if let Some(old) = old_brief {
        assert_eq!(read("brief.md"), old);
    }
    let mut names: Vec<_> = std::fs::read_dir(tty.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, files, "files were written");
    // The answers given before the stop are kept.
    let kept = std::fs::read_to_string(tty.path(KEPT)).unwrap();
    assert!(kept.contains("scope.reviewed-deliverables: true"), "{kept}");
    output
}

#[test]
fn ctrl_c_at_a_choice_exits_130_and_restores_the_terminal() {
    let old = b"# An earlier brief\n\nkept \xc3\xa4s it is\n";
    let output = interrupt_after(
        Some(old),
        &[
            ("Have you re-read the statement of work", "y\r"),
            ("Were deliverables added", "n\r"),
            ("Have you raised the concern", ""),
            // The list is drawn.
            ("Yes, and it is resolved now", ""),
        ],
    );
    assert!(output.contains(HIDE_CURSOR), "{output:?}");
}

#[test]
fn ctrl_c_while_typing_exits_130_and_restores_the_terminal() {
    // Typing the partner's name, after every question asked before it.
    let steps: Vec<Step> = ready_brief_walk()
        .into_iter()
        .take_while(|(text, _)| !text.starts_with("What is your implementation partner"))
        .chain([
            ("What is your implementation partner called?", "ACM"),
            ("ACM", ""),
        ])
        .collect();
    interrupt_after(None, &steps);
}

/// SIGTERM or SIGHUP at a prompt, where the prompt holds the terminal in
/// raw mode without echo: only escalate's own handler can put it back, and
/// it does, shows the cursor, and exits with 128 + the signal.
#[test]
fn sigterm_and_sighup_at_a_prompt_restore_the_terminal() {
    for (signal, code) in [(libc::SIGTERM, 143), (libc::SIGHUP, 129)] {
        // Started in the background with the terminal as its stdin, so the
        // shell can report the exit code and the settings afterwards.
        let script = format!(
            r#"stty -g > before; "$ESCALATE" check --today {TODAY} <&0 & echo $! > pid; wait $!; echo "rc=$?"; stty -g > after"#
        );
        let mut tty = Tty::shell(tempfile::tempdir().unwrap(), &script);
        tty.walk(&READY_WALK[..3]);
        tty.expect("Have you raised the concern");
        // The choice list is drawn once the terminal is in raw mode.
        tty.expect("Yes, and it is resolved now");
        // The shell writes the file once the program has started.
        let deadline = Instant::now() + TIMEOUT;
        let pid: i32 = loop {
            let text = std::fs::read_to_string(tty.path("pid")).unwrap_or_default();
            match text.strip_suffix('\n').map(str::parse) {
                Some(Ok(pid)) => break pid,
                _ if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(5)),
                _ => panic!("no pid file"),
            }
        };
        // SAFETY: kill only sends a signal to the process just started.
        assert_eq!(unsafe { libc::kill(pid, signal) }, 0);
        tty.expect("rc=");
        assert_eq!(tty.finish(), 0);
        let output = tty.output();
        assert!(output.contains(&format!("rc={code}")), "{output}");
        assert_eq!(output.matches(STOPPED_KEPT).count(), 1, "{output}");
        let hidden = output.rfind(HIDE_CURSOR);
        assert!(hidden.is_some(), "the list hides the cursor: {output:?}");
        assert!(
            output.rfind(SHOW_CURSOR) > hidden,
            "the cursor stays hidden"
        );
        let read = |name: &str| std::fs::read_to_string(tty.path(name)).unwrap();
        assert_eq!(
            read("after"),
            read("before"),
            "the terminal settings changed"
        );
    }
}

/// A stop after a file was written does not claim that nothing was saved:
/// Ctrl-C or SIGTERM at the offer that follows the verdict, once
/// `--save-answers` wrote its file. The write is over, so the signal stops
/// the run at once.
#[test]
fn a_stop_after_a_file_was_written_says_the_file_stays() {
    for (signal, code) in [(None, 130), (Some(libc::SIGTERM), 143)] {
        let mut tty = Tty::check(&["--save-answers", "answers.yaml"]);
        tty.walk(READY_WALK);
        tty.review(0);
        tty.expect("wrote answers.yaml");
        tty.expect(NO_THANKS);
        match signal {
            None => tty.send("\x03"),
            Some(signal) => {
                let pid = tty.session.get_process().pid().as_raw();
                // SAFETY: kill only sends a signal to the process under test.
                assert_eq!(unsafe { libc::kill(pid, signal) }, 0);
            }
        }
        assert_eq!(tty.finish(), code, "{}", tty.output());
        let output = tty.output();
        assert!(
            output.contains(
                "Stopped. The files named above were written, and your answers are kept for the next run."
            ),
            "{output}"
        );
        assert!(!output.contains(INTERRUPTED), "{output}");
        let saved = std::fs::read_to_string(tty.path("answers.yaml")).unwrap();
        assert!(saved.contains("scope.reviewed-deliverables"), "{saved}");
    }
}

/// A Ctrl-C typed in the same burst as an answer still stops the run:
/// what is typed ahead of the next question is dropped, but not a Ctrl-C.
#[test]
fn ctrl_c_typed_with_an_answer_still_stops_the_run() {
    for (question, answer) in [
        // A yes/no question, with the next one typed, then a list.
        ("Statement of work re-read (yes/no): ", "y\rn\r\x03"),
        // Ctrl-C right after the answer that the list follows.
        ("Statement of work re-read (yes/no): ", "y\r\x03"),
    ] {
        let mut tty = Tty::check(&[]);
        tty.expect(question);
        tty.send(answer);
        assert_eq!(tty.finish(), 130, "{answer:?}: {}", tty.output());
    }
}
