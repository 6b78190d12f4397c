//! The files `check` writes: the brief for the CSM and the saved answers.
//! Never overwritten without `--force`, never left half-written, made with
//! the permissions of any new file, reproducible, and replayable.

use crate::common::{CHECKLIST, HANG, Outcome, READY, TODAY, Test, assert_says, names, wait};

/// `check` with the ready answers as flags, the date from the clock.
fn ready_check() -> Test {
    Test::new().args(["check", "--no-input"]).answers(READY)
}

/// The brief answers what a CSM asks first, in this order: a subject and a
/// summary, what is wrong and where, what they are asked to do and the
/// outcome wanted, the statement of work, what happened with the partner,
/// where the evidence is, how to reach the merchant. No answer key appears
/// in it, nor the checklist's own state.
#[test]
fn the_brief_tells_the_problem_the_ask_what_was_done_and_the_examples() {
    let out = ready_check()
        .args(["--today", TODAY, "--brief", "brief.md"])
        .run()
        .exits(0);
    assert_eq!(out.stderr(), "wrote brief.md\n");
    let text = out.read("brief.md");
    let mut at = 0;
    for part in [
        "# Escalation: Example Retail – live shop down since 3 Nov\n",
        "**Example Retail GmbH needs your help with ACME Commerce: the live shop is down or cannot take orders since 3 Nov 2026.",
        "## The problem\n\nSince 3 November guest checkout fails on the live shop.",
        "- **Environment:** www.example.com",
        "- **Product:** Adobe Commerce on cloud infrastructure",
        "## What I ask of you\n\nFirst, please push the priority support case 02134567 at Adobe. Bring ACME's account director into a call with me this week.",
        "**Outcome wanted:** Checkout fixed by 1 December",
        "- **At issue:** SOW-2026-014 section 4.2, guest checkout",
        "## With the partner

Raised with Tom Wagner (project manager) at ACME Commerce by email on 10 Nov 2026. So far it has not been escalated beyond Tom Wagner.

There has been no answer so far.

**My position on it:** Guest checkout is in section 4.2, so the fix is owed, not extra work.

**Decision-maker at the partner:** Derek Olsen, account director, +44 20 7946 0321

You may contact Derek Olsen directly.",
        "Copies of the examples below are attached. Originals: ACME's Jira and my mailbox.",
        "- 2026-10-02 email asking for the release date, no reply",
        "- ticket ACME-1234: guest checkout fails",
        "## How to reach me\n\nJana Weber, +49 30 1234567.\n",
    ] {
        let found = text[at..].find(part);
        assert!(
            found.is_some(),
            "`{part}` missing, or out of order, in:\n{text}"
        );
        at += found.unwrap_or_default();
    }
    for key in ["scope.", "partner-contact.", "specificity.", "context."] {
        assert!(!text.contains(key), "an answer key in the brief:\n{text}");
    }
    // Facts, not the checklist's state: nothing the check decided.
    for said in [
        "re-read",
        "Ready to escalate",
        "entries",
        "worked out",
        "Warnings",
    ] {
        assert!(!text.contains(said), "`{said}` in the brief:\n{text}");
    }
}

/// Without `--force` an existing brief or answers file is refused and kept
/// to the byte; with it, replaced, and no temporary file is left.
#[test]
fn an_existing_file_is_kept_byte_for_byte_without_force_and_replaced_with_it() {
    let old = b"my own notes\r\n\x00 keep me".as_slice();
    for (flag, new) in [
        ("--brief", "# Escalation: Example Retail – "),
        ("--save-answers", "\nscope.reviewed-deliverables: true\n"),
    ] {
        let test = ready_check()
            .args(["--today", TODAY, flag, "out.md"])
            .file("out.md", old);
        let message = test.clone().run().refused();
        assert_says(&message, &["out.md already exists", "hint: ", "--force"]);
        let kept = std::fs::read(test.path("out.md")).unwrap();
        assert_eq!(kept, old, "{flag} changed the file");

        let replaced = test.clone().arg("--force").run().ready().read("out.md");
        assert_says(&replaced, &[new]);
        assert_ne!(replaced.as_bytes(), old, "{flag} --force kept the old file");
        assert_eq!(names(test.dir()), ["out.md"], "temporary files left behind");
    }
}

#[test]
fn dates_are_reproducible() {
    let brief = |setup: &dyn Fn(Test) -> Test| {
        setup(ready_check())
            .args(["-a", "context.at-risk=2026-11-30", "--brief", "brief.md"])
            .run()
            .exits(0)
            .read("brief.md")
    };
    // 2026-11-25T12:00:00Z
    let epoch = |test: Test| test.env("SOURCE_DATE_EPOCH", "1795608000");
    let today = |test: Test| test.args(["--today", TODAY]);
    let a = brief(&epoch);
    let b = brief(&epoch);
    let c = brief(&today);
    assert_eq!(a, b);
    assert_eq!(a, c);
    assert!(a.contains("At risk: Monday, 30 Nov 2026."), "{a}");
    // --today wins over SOURCE_DATE_EPOCH.
    let d = brief(&|test| epoch(test).args(["--today", "2026-12-01"]));
    assert!(d.contains("Missed: 30 Nov 2026."), "{d}");
}

#[test]
fn saved_answers_replay_to_the_same_verdict() {
    let test = Test::new();
    let first = test
        .clone()
        .args(["check", "--format", "json", "--today", TODAY])
        .args(["--save-answers", "answers.yaml"])
        .stdin("yes\nno\nnot-yet\nticket T-9 from 2026-11-01\n")
        .run()
        .exits(1);
    let yaml = first.read("answers.yaml");
    assert!(yaml.contains("scope.reviewed-deliverables: true"), "{yaml}");
    assert!(
        !yaml.contains("scope.planning-impact"),
        "an unasked question was saved: {yaml}"
    );

    let replay = test
        .args(["check", "--no-input", "--format", "json", "--today", TODAY])
        .args(["--answers", "answers.yaml"])
        .run()
        .exits(1);
    let verdict = |out: &Outcome| out.json()["verdict"].clone();
    assert_eq!(verdict(&first), verdict(&replay));
    assert_eq!(verdict(&replay), "not-ready");
}

#[test]
fn a_brief_in_a_missing_folder_is_a_clear_error() {
    let message = ready_check()
        .args(["--brief", "nope/brief.md"])
        .run()
        .refused();
    assert_says(&message, &["brief.md"]);
}

#[test]
fn one_file_for_both_outputs_or_a_missing_folder_is_refused_before_asking() {
    let test = ready_check();
    let same = test.path("same.md");
    let same_again = test.path(".").join("same.md");
    let message = test
        .arg("--brief")
        .arg(&same)
        .arg("--save-answers")
        .arg(&same_again)
        .run()
        .refused();
    assert_says(&message, &["its own file"]);
    assert!(!same.exists(), "a file was written before the error");

    // Piped answers that would end early: the folder error comes first,
    // before any answer is read.
    let message = Test::new()
        .args(["check", "--brief", "missing/brief.md"])
        .stdin("")
        .run()
        .refused();
    assert_says(&message, &["folder does not exist"]);
}

#[test]
fn an_empty_source_date_epoch_counts_as_unset() {
    let brief = ready_check()
        .env("SOURCE_DATE_EPOCH", "")
        .args(["-a", "context.at-risk=2026-11-10", "--brief", "brief.md"])
        .run()
        .exits(0)
        .read("brief.md");
    // Today is read from the clock: the date at risk has passed.
    assert!(brief.contains("Missed: 10 Nov 2026."), "{brief}");
}

#[test]
fn a_brief_for_a_resolved_concern_leaves_out_what_was_never_asked() {
    let out = Test::new()
        .args(["--lang", "de", "check", "--no-input", "--today", TODAY])
        .answers(&[
            ("scope.reviewed-deliverables", "ja"),
            ("scope.deliverables-added", "nein"),
            ("partner-contact.raised", "resolved"),
        ])
        .args(["--brief", "b.md", "--save-answers", "a.yaml"])
        .run()
        .exits(3);
    let text = out.read("b.md");
    assert!(
        text.starts_with("# ENTWURF – Eskalation an das Customer Success Management\n\n**ENTWURF für Ihre eigenen Unterlagen, nicht zum Versand:"),
        "{text}"
    );
    assert!(
        text.contains("Der Partner hat das Anliegen gelöst."),
        "{text}"
    );
    assert!(!text.contains("## Belege"), "{text}");
    // No clause at issue: that nothing was added says nothing.
    assert!(
        !text.contains("Nach Projektbeginn sind keine Leistungen hinzugekommen."),
        "{text}"
    );
    let saved = out.read("a.yaml");
    assert!(saved.starts_with("# Antworten zur Checkliste"), "{saved}");
}

#[test]
#[cfg(unix)]
fn wrote_means_the_file_is_there_even_beside_stale_temporary_files() {
    // A temporary name made from the process id alone repeats: `exec`
    // keeps the shell's id, so the stale file has exactly that name.
    let test = Test::new();
    let check = test
        .clone()
        .args(["check", "--no-input", "--brief", "b.md"]);
    let init = test.clone().args(["init", "i.yaml"]);
    for (stale, run) in [(".b.md", check.answers(READY)), (".i.yaml", init)] {
        let script = format!("touch {stale}.escalate-$$.tmp; exec \"$@\"");
        let stderr = run.shell(&script).run().exits(0).stderr();
        assert!(stderr.starts_with("wrote "), "{stderr}");
    }
    let read = |name: &str| std::fs::read_to_string(test.path(name)).unwrap();
    assert!(read("b.md").starts_with("# Escalation: "));
    assert!(read("i.yaml").starts_with("# The default escalate"));
    // Files escalate did not make are not its to delete.
    let stale: Vec<_> = names(test.dir())
        .into_iter()
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert_eq!(stale.len(), 2, "{stale:?}");
}

#[test]
#[cfg(unix)]
fn a_failed_write_leaves_no_temporary_file_and_the_old_file_as_it_was() {
    // No file may grow beyond 0 bytes, and the signal for it is ignored:
    // the write itself fails, after the temporary file exists.
    let out = ready_check()
        .args(["--brief", "brief.md", "--force"])
        .file("brief.md", "old brief")
        .shell("trap '' XFSZ; ulimit -f 0; exec \"$@\"")
        .run();
    // The verdict is printed before the write fails.
    assert_eq!(out.code(), Some(2));
    assert_says(&out.stderr(), &["cannot write brief.md"]);
    assert_eq!(names(&out.path(".")), ["brief.md"]);
    assert_eq!(out.read("brief.md"), "old brief");
}

#[test]
fn a_write_into_a_missing_folder_a_folder_or_through_a_file_leaves_no_temporary_file() {
    let test = Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .answers(READY)
        .folder("folder/inside")
        .file("file", "");
    for (target, says) in [
        ("missing/brief.md", "folder does not exist"),
        ("folder", "it is a folder"),
        // Windows calls a file in the way a missing folder.
        (
            "file/brief.md",
            if cfg!(unix) {
                "Not a directory"
            } else {
                "folder does not exist"
            },
        ),
    ] {
        let write = test.clone().args(["--brief", target, "--force"]);
        let message = write.run().refused();
        assert_says(&message, &[&format!("cannot write {target}"), says]);
    }
    assert_eq!(names(test.dir()), ["file", "folder"]);
    assert_eq!(names(&test.path("folder")), ["inside"]);
    assert!(test.path("folder/inside").is_dir());
}

/// Root writes into a folder of mode 555, so this needs another user:
/// `cargo test -- --ignored` as one.
#[test]
#[cfg(unix)]
#[ignore = "needs a user bound by folder permissions, which root is not"]
fn a_write_into_a_read_only_folder_leaves_no_temporary_file_and_the_old_content() {
    use std::os::unix::fs::PermissionsExt;
    let test = Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .answers(READY)
        .file("locked/brief.md", "old brief\n");
    let read_only = std::fs::Permissions::from_mode(0o555);
    std::fs::set_permissions(test.path("locked"), read_only).unwrap();
    assert!(
        std::fs::write(test.path("locked/probe"), "").is_err(),
        "this user writes into read-only folders"
    );
    let out = test.args(["--brief", "locked/brief.md", "--force"]).run();
    let message = out.refused();
    assert_says(
        &message,
        &["cannot write locked/brief.md", "Permission denied"],
    );
    assert_eq!(names(&out.path("locked")), ["brief.md"]);
    assert_eq!(out.read("locked/brief.md"), "old brief\n");
}

#[test]
#[cfg(unix)]
fn a_new_brief_gets_the_permissions_of_any_new_file() {
    use std::os::unix::fs::PermissionsExt;
    for (umask, mode) in [("022", 0o644), ("027", 0o640), ("077", 0o600)] {
        let out = Test::new()
            .args(["check", "--no-input", "--today", TODAY])
            .answers(READY)
            .args(["--brief", "brief.md"])
            .shell(&format!("umask {umask} && exec \"$@\""))
            .run()
            .ready();
        let meta = std::fs::metadata(out.path("brief.md")).unwrap();
        assert_eq!(meta.permissions().mode() & 0o777, mode, "umask {umask}");
    }
}

/// Starts `command` (a test's, see `Test::command`) with the fault `fault`
/// in its write, waits for the line `said` that tells the temporary file is
/// written, then calls `meanwhile` with the child's id and returns the exit
/// code and the rest of stderr.
pub fn during_write(
    command: std::process::Command,
    fault: &str,
    said: &str,
    meanwhile: impl FnOnce(u32),
) -> (Option<i32>, String) {
    let (code, stderr, _) = during_write_out(command, fault, said, meanwhile);
    (code, stderr)
}

/// [`during_write`], with what the run printed on stdout last.
fn during_write_out(
    mut command: std::process::Command,
    fault: &str,
    said: &str,
    meanwhile: impl FnOnce(u32),
) -> (Option<i32>, String, String) {
    use std::io::BufRead;
    use std::process::Stdio;
    let stdout = tempfile::NamedTempFile::new().unwrap();
    let mut child = command
        .env("ESCALATE_FAULT", fault)
        .stdin(Stdio::null())
        .stdout(stdout.reopen().unwrap())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut first = String::new();
    stderr.read_line(&mut first).unwrap();
    assert_eq!(first, said, "the write did not wait");
    meanwhile(child.id());
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut rest).unwrap();
    let code = wait(&mut child, HANG).code();
    (code, rest, std::fs::read_to_string(stdout.path()).unwrap())
}

/// Sends `signal` to a write stalled until a signal arrives.
#[cfg(unix)]
fn signal_during_write(test: &Test, signal: i32) -> (Option<i32>, String) {
    during_write(test.command(), "stall-write", "fault: stalled\n", |pid| {
        // SAFETY: kill only sends a signal to the child just started.
        assert_eq!(unsafe { libc::kill(pid as i32, signal) }, 0);
    })
}

#[test]
#[cfg(unix)]
fn a_signal_during_a_write_leaves_no_temporary_file_and_no_target() {
    let mut answers = String::new();
    for (key, value) in READY.iter().filter(|(k, _)| *k != "specificity.examples") {
        answers.push_str(&format!("{key}: \"{value}\"\n"));
    }
    answers.push_str("specificity.examples: [ticket ACME-1234]\n");
    let brief = || {
        Test::new()
            .args(["check", "--no-input", "--today", TODAY])
            .args(["--brief", "brief.md"])
            .answers(READY)
    };
    let from_file = Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .args(["--answers", "a.yaml", "--save-answers", "saved.yaml"]);
    let init = Test::new().args(["init", "c.yaml"]);
    for (what, test, signal, code) in [
        ("brief", brief(), libc::SIGTERM, 143),
        ("brief", brief(), libc::SIGHUP, 129),
        ("saved answers", from_file, libc::SIGINT, 130),
        ("init", init, libc::SIGTERM, 143),
    ] {
        let test = test.file("a.yaml", &answers);
        let (exit, stderr) = signal_during_write(&test, signal);
        assert_eq!(exit, Some(code), "{what} {signal}: {stderr}");
        assert_eq!(stderr, "Stopped. Nothing was saved.\n", "{what}");
        assert_eq!(names(test.dir()), ["a.yaml"], "{what} {signal}");
    }
    // Over an old file with --force: the old file stays as it was.
    for (signal, code) in [(libc::SIGTERM, 143), (libc::SIGHUP, 129)] {
        let test = brief().arg("--force").file("brief.md", "old brief\n");
        let (exit, stderr) = signal_during_write(&test, signal);
        assert_eq!(exit, Some(code), "{signal}: {stderr}");
        assert_eq!(names(test.dir()), ["brief.md"], "{signal}");
        let kept = std::fs::read_to_string(test.path("brief.md")).unwrap();
        assert_eq!(kept, "old brief\n", "{signal}");
    }
}

/// Makes the change `race` while a write waits between its temporary
/// file and the move into place.
fn race_during_write(test: &Test, race: impl FnOnce()) -> (Option<i32>, String) {
    during_write(test.command(), "race-write", "fault: racing\n", |_| race())
}

#[test]
fn a_file_that_appears_or_a_folder_that_goes_during_a_write_is_an_error() {
    let test = Test::new()
        .folder("out")
        .args(["check", "--no-input", "--today", TODAY])
        .args(["--brief", "out/brief.md"])
        .answers(READY);
    // Another program writes the file first: it is kept, and said.
    let theirs = test.path("out/brief.md");
    let (exit, stderr) = race_during_write(&test, || std::fs::write(&theirs, "theirs").unwrap());
    assert_eq!(exit, Some(2), "{stderr}");
    assert_says(&stderr, &["out/brief.md already exists", "--force"]);
    assert_eq!(std::fs::read_to_string(&theirs).unwrap(), "theirs");
    assert_eq!(names(&test.path("out")), ["brief.md"]);
    std::fs::remove_file(&theirs).unwrap();

    // The folder is removed: no "wrote", an error that says so. (Windows
    // does not remove a folder while a file in it is open.)
    if cfg!(windows) {
        return;
    }
    let folder = test.path("out");
    let (exit, stderr) = race_during_write(&test, || std::fs::remove_dir_all(&folder).unwrap());
    assert_eq!(exit, Some(2), "{stderr}");
    assert_says(
        &stderr,
        &["cannot write out/brief.md: its folder does not exist"],
    );
    assert!(!stderr.contains("wrote"), "{stderr}");
}

#[test]
fn an_output_that_is_an_input_is_refused_before_asking_even_with_force() {
    let answers = "scope.reviewed-deliverables: yes\n";
    let test = Test::new()
        .file("a.yaml", answers)
        .file("cl.yaml", CHECKLIST)
        .args(["check", "--answers", "a.yaml", "--checklist", "cl.yaml"])
        .arg("--force")
        // Empty stdin would be the next error: this one comes first.
        .stdin("");
    std::fs::hard_link(test.path("cl.yaml"), test.path("hard.yaml")).unwrap();
    // Symbolic links need a privilege on Windows; tests/cli/windows.rs
    // has the spellings only Windows knows.
    #[cfg(unix)]
    std::os::unix::fs::symlink(test.path("a.yaml"), test.path("link.yaml")).unwrap();
    let link = cfg!(unix).then_some(("--brief", "link.yaml"));
    let outputs = [
        ("--brief", "a.yaml"),
        ("--save-answers", "./a.yaml"),
        ("--brief", "cl.yaml"),
        ("--save-answers", "./cl.yaml"),
        ("--brief", "hard.yaml"),
    ];
    for (flag, output) in outputs.into_iter().chain(link) {
        let out = test.clone().args([flag, output]).run();
        let message = out.refused();
        assert_says(&message, &["is the input file"]);
        assert_eq!(out.read("a.yaml"), answers, "{flag} {output}");
        assert_eq!(out.read("cl.yaml"), CHECKLIST, "{flag} {output}");
    }
}

#[test]
fn bad_output_paths_are_refused_before_the_first_question() {
    let test = Test::new().file("file", "");
    let long = "x".repeat(300);
    // Unix refuses a name too long for the file system when it is looked
    // up; Windows only when the file is created, at the end of the run.
    let too_long = cfg!(unix).then_some((long.as_str(), "cannot write xxx"));
    for (output, says) in [
        ("new.md/", "it is a folder"),
        (".", "it is a folder"),
        ("file/brief.md", "cannot write file/brief.md"),
        ("/proc/brief.md", "cannot write /proc/brief.md"),
        ("-", "`-` is not a file name"),
    ]
    .into_iter()
    .chain(too_long)
    {
        for flag in ["--brief", "--save-answers"] {
            let run = test.clone().args(["check", flag, output]).stdin("");
            let message = run.run().refused();
            assert!(message.contains(says), "{flag} {output}: {message}");
            assert!(!message.contains("stdin"), "{message}");
        }
    }
    let message = test.clone().args(["init", "-"]).run().refused();
    assert_says(
        &message,
        &[
            "`-` is not a file name",
            "without one, `escalate init` writes partner-escalation.en.yaml",
        ],
    );
    assert!(!message.contains("--format"), "{message}");
    assert!(!test.path("-").exists());
}

#[test]
fn outputs_are_told_apart_by_identity_not_by_their_folder() {
    // An answers file beside an existing brief: one device, two files.
    let out = Test::new()
        .file("a.yaml", "scope.reviewed-deliverables: yes\n")
        .file("brief.md", "old brief")
        .args(["check", "--no-input", "--today", TODAY])
        .args(["--answers", "a.yaml"])
        .answers(READY)
        .args(["--brief", "brief.md", "--force"])
        .run()
        .exits(0);
    assert!(out.read("brief.md").starts_with("# Escalation: "));

    // Two outputs that are one file through a hard link.
    let test = Test::new().file("one.md", "old");
    std::fs::hard_link(test.path("one.md"), test.path("two.md")).unwrap();
    let message = test
        .args(["check", "--no-input", "--today", TODAY])
        .answers(READY)
        .args(["--brief", "one.md", "--save-answers", "two.md", "--force"])
        .run()
        .refused();
    assert_says(&message, &["two outputs name"]);
}

#[test]
#[cfg(unix)]
fn a_write_that_fails_at_the_end_still_prints_the_verdict_and_names_the_file() {
    // The note's folder goes during the run.
    let test = Test::new()
        .folder("notes")
        .args(["check", "--no-input", "--today", TODAY])
        .args(["--partner-note", "notes/note.txt"])
        .answers(READY);
    let folder = test.path("notes");
    let (exit, stderr, stdout) =
        during_write_out(test.command(), "race-write", "fault: racing\n", |_| {
            std::fs::remove_dir_all(&folder).unwrap()
        });
    assert_eq!(exit, Some(2), "{stderr}");
    assert_says(
        &stderr,
        &["cannot write notes/note.txt: its folder does not exist"],
    );
    assert!(stdout.contains("Ready to escalate"), "{stdout}");
}

#[test]
#[cfg(unix)]
fn a_write_past_the_file_size_limit_is_an_error_not_a_kill() {
    let problem = "Checkout fails.\n".repeat(200);
    let answers = crate::common::ready_with(&[("specificity.problem", &problem)]);
    let test = Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .args(["--brief", "big.md", "--force"])
        .answers(&answers)
        .shell("ulimit -f 1; exec \"$@\"");
    let out = test.clone().run();
    let stderr = out.stderr();
    assert_eq!(out.code(), Some(2), "{stderr}");
    assert_says(&stderr, &["cannot write big.md: File too large"]);
    assert!(
        out.stdout().contains("Ready to escalate"),
        "{}",
        out.stdout()
    );
    assert_eq!(names(test.dir()), Vec::<String>::new());
}

#[test]
#[cfg(unix)]
fn force_replaces_only_a_regular_file_or_a_link_to_one() {
    let test = Test::new().file("old.md", "old");
    let link = |name: &str, to: &str| std::os::unix::fs::symlink(to, test.path(name)).unwrap();
    link("null.md", "/dev/null");
    link("stdout.md", "/dev/stdout");
    link("nowhere.md", "nowhere/at/all");
    link("old-link.md", "old.md");
    let out = ready_check()
        .args(["--brief", "/dev/null", "--force"])
        .run();
    assert_says(&out.refused(), &["is not a regular file"]);
    let dir = test.dir().to_owned();
    for output in ["null.md", "stdout.md", "nowhere.md"] {
        let out = ready_check()
            .args(["--brief", dir.join(output).to_str().unwrap(), "--force"])
            .run();
        assert_says(&out.refused(), &["is not a regular file"]);
        assert!(dir.join(output).is_symlink(), "{output} was replaced");
    }
    let out = ready_check()
        .args([
            "--brief",
            dir.join("old-link.md").to_str().unwrap(),
            "--force",
        ])
        .run()
        .exits(0);
    assert!(out.stderr().contains("wrote"), "{}", out.stderr());
}

#[test]
fn stdin_is_an_input_too_and_never_an_output() {
    let answers = "scope.reviewed-deliverables: yes\n";
    let test = Test::new().file("a2.yaml", answers);
    for args in [
        &["--answers", "-", "--save-answers", "a2.yaml", "--force"][..],
        &["--save-answers", "a2.yaml", "--force"],
    ] {
        let mut cmd = test.command();
        cmd.args(["check", "--today", TODAY]).args(args);
        cmd.stdin(std::fs::File::open(test.path("a2.yaml")).unwrap());
        let out = cmd.output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert_says(&stderr, &["a2.yaml is the input file <stdin>"]);
        assert_eq!(
            std::fs::read_to_string(test.path("a2.yaml")).unwrap(),
            answers
        );
    }
}

/// A brief for a case that is not ready is written as a draft for the
/// merchant's own use, marked at its top with what to do first; the exit
/// code stays the verdict's.
#[test]
fn a_brief_for_a_case_not_ready_is_marked_as_a_draft() {
    let out = Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .answers(&crate::common::ready_with(&[
            ("partner-contact.raised-on", "2026-11-24"),
            ("context.severity", "degraded"),
        ]))
        .args(["--brief", "b.md"])
        .run()
        .exits(1);
    let text = out.read("b.md");
    assert!(
        text.contains("\n\n**DRAFT for your own use, not ready to send. Before you escalate:**\n\n1. Give your partner"),
        "{text}"
    );
    assert!(text.starts_with("# DRAFT – Escalation: "), "{text}");
    let ready = ready_check().args(["--brief", "r.md"]).run().exits(0);
    assert!(!ready.read("r.md").contains("DRAFT"));
}

/// The draft line comes first in every form, before the greeting: in the
/// text, in the email's text part, and after the title of the Markdown.
#[test]
fn a_draft_brief_says_so_before_its_greeting_in_every_form() {
    for (lang, draft, hello) in [
        ("en", "DRAFT for your own use", "Hello"),
        ("de", "ENTWURF f", "Guten Tag"),
    ] {
        for file in ["b.txt", "b.eml", "b.md"] {
            let out = Test::new()
                .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
                .answers(&crate::common::ready_with(&[
                    ("partner-contact.raised-on", "2026-11-24"),
                    ("context.severity", "degraded"),
                ]))
                .args(["--brief", file])
                .run()
                .exits(1);
            let text = out.read(file);
            // The email's text part, after its headers.
            let text = match text.split_once("text/plain") {
                Some((_, part)) => part.to_owned(),
                None => text,
            };
            let at = text.find(draft).unwrap_or_else(|| panic!("{file}: {text}"));
            if file == "b.txt" {
                assert!(text.starts_with(draft), "{file}: {text}");
            }
            if let Some(greeting) = text.find(hello) {
                assert!(at < greeting, "{file}: {text}");
            }
        }
    }
}
