//! The files `check` writes: the brief for the CSM and the saved answers.
//! Never overwritten without `--force`, reproducible, and replayable.

use crate::common::{READY, TODAY, escalate};
use assert_cmd::Command;
use std::path::Path;

/// `check` with the ready answers as flags.
fn ready_check() -> Command {
    let mut cmd = escalate();
    cmd.args(["check", "--no-input"]);
    for (key, value) in READY {
        cmd.arg("-a").arg(format!("{key}={value}"));
    }
    cmd
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn the_brief_holds_context_examples_verdict_and_date() {
    let dir = tempfile::tempdir().unwrap();
    let brief = dir.path().join("brief.md");
    let out = ready_check()
        .args(["--today", TODAY, "--brief"])
        .arg(&brief)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr, format!("wrote {}\n", brief.display()));
    let text = read(&brief);
    for part in [
        "# Partner escalation readiness",
        "ACME Commerce",
        "Adobe Commerce on cloud infrastructure",
        "- 2026-10-02 email asking for the release date, no reply",
        "- ticket ACME-1234: guest checkout fails",
        "**2 entries, listed below**",
        "Ready to escalate",
        TODAY,
    ] {
        assert!(
            text.contains(part),
            "`{part}` missing from the brief:\n{text}"
        );
    }
}

#[test]
fn an_existing_file_is_kept_byte_for_byte_without_force() {
    let dir = tempfile::tempdir().unwrap();
    for flag in ["--brief", "--save-answers"] {
        let path = dir.path().join(flag.trim_start_matches('-'));
        let old = b"my own notes\r\n\x00 keep me";
        std::fs::write(&path, old).unwrap();
        let out = ready_check().arg(flag).arg(&path).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{flag}");
        let message = crate::common::assert_clean_error(&out.stderr);
        assert!(message.contains("--force"), "{message}");
        assert!(
            out.stdout.is_empty(),
            "no verdict is printed when the file cannot be written"
        );
        assert_eq!(
            std::fs::read(&path).unwrap(),
            old,
            "{flag} changed the file"
        );

        ready_check()
            .arg(flag)
            .arg(&path)
            .arg("--force")
            .assert()
            .code(0);
        assert_ne!(
            std::fs::read(&path).unwrap(),
            old,
            "{flag} --force kept the old file"
        );
    }
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left.len(), 2, "temporary files left behind: {left:?}");
}

#[test]
fn dates_are_reproducible() {
    let dir = tempfile::tempdir().unwrap();
    let brief = |name: &str, setup: &dyn Fn(&mut Command)| {
        let path = dir.path().join(name);
        let mut cmd = ready_check();
        setup(&mut cmd);
        cmd.arg("--brief").arg(&path).assert().code(0);
        read(&path)
    };
    // 2026-11-25T12:00:00Z
    let epoch = |cmd: &mut Command| {
        cmd.env("SOURCE_DATE_EPOCH", "1795608000");
    };
    let today = |cmd: &mut Command| {
        cmd.args(["--today", TODAY]);
    };
    let a = brief("a.md", &epoch);
    let b = brief("b.md", &epoch);
    let c = brief("c.md", &today);
    assert_eq!(a, b);
    assert_eq!(a, c);
    assert!(a.contains("2026-11-25"));
    // --today wins over SOURCE_DATE_EPOCH.
    let d = brief("d.md", &|cmd| {
        epoch(cmd);
        cmd.args(["--today", "2026-12-01"]);
    });
    assert!(d.contains("2026-12-01"), "{d}");
}

#[test]
fn saved_answers_replay_to_the_same_verdict() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("answers.yaml");
    let first = escalate()
        .args([
            "check",
            "--format",
            "json",
            "--today",
            TODAY,
            "--save-answers",
        ])
        .arg(&saved)
        .write_stdin("\n\nyes\nno\nnot-yet\nticket T-9 from 2026-11-01\n")
        .output()
        .unwrap();
    assert_eq!(first.status.code(), Some(1));
    let yaml = read(&saved);
    assert!(yaml.contains("scope.reviewed-deliverables: true"), "{yaml}");
    assert!(
        !yaml.contains("scope.planning-impact"),
        "an unasked question was saved: {yaml}"
    );

    let replay = escalate()
        .args([
            "check",
            "--no-input",
            "--format",
            "json",
            "--today",
            TODAY,
            "--answers",
        ])
        .arg(&saved)
        .output()
        .unwrap();
    assert_eq!(replay.status.code(), Some(1));
    let verdict =
        |out: &[u8]| serde_json::from_slice::<serde_json::Value>(out).unwrap()["verdict"].clone();
    assert_eq!(verdict(&first.stdout), verdict(&replay.stdout));
    assert_eq!(verdict(&replay.stdout), "not-ready");
}

#[test]
fn a_brief_in_a_missing_folder_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = ready_check()
        .arg("--brief")
        .arg(dir.path().join("nope/brief.md"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let message = crate::common::assert_clean_error(&out.stderr);
    assert!(message.contains("brief.md"), "{message}");
}

#[test]
fn one_file_for_both_outputs_or_a_missing_folder_is_refused_before_asking() {
    let dir = tempfile::tempdir().unwrap();
    let same = dir.path().join("same.md");
    let same_again = dir.path().join(".").join("same.md");
    let out = ready_check()
        .arg("--brief")
        .arg(&same)
        .arg("--save-answers")
        .arg(&same_again)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let message = crate::common::assert_clean_error(&out.stderr);
    assert!(message.contains("its own file"), "{message}");
    assert!(!same.exists(), "a file was written before the error");

    // Piped answers that would end early: the folder error comes first,
    // before any answer is read.
    let out = escalate()
        .arg("check")
        .arg("--brief")
        .arg(dir.path().join("missing/brief.md"))
        .write_stdin("")
        .output()
        .unwrap();
    let message = crate::common::assert_clean_error(&out.stderr);
    assert!(message.contains("folder does not exist"), "{message}");
}

#[test]
fn an_empty_source_date_epoch_counts_as_unset() {
    let dir = tempfile::tempdir().unwrap();
    let brief = dir.path().join("brief.md");
    ready_check()
        .env("SOURCE_DATE_EPOCH", "")
        .arg("--brief")
        .arg(&brief)
        .assert()
        .code(0);
    assert!(read(&brief).contains("**Date:** 20"), "{}", read(&brief));
}

#[test]
fn a_brief_for_a_resolved_concern_leaves_out_what_was_never_asked() {
    let dir = tempfile::tempdir().unwrap();
    let (brief, saved) = (dir.path().join("b.md"), dir.path().join("a.yaml"));
    escalate()
        .args(["--lang", "de", "check", "--no-input", "--today", TODAY])
        .args(["-a", "scope.reviewed-deliverables=ja"])
        .args(["-a", "scope.deliverables-added=nein"])
        .args(["-a", "partner-contact.raised=resolved"])
        .arg("--brief")
        .arg(&brief)
        .arg("--save-answers")
        .arg(&saved)
        .assert()
        .code(3);
    let text = read(&brief);
    assert!(text.contains("### Kontakt mit dem Partner"), "{text}");
    assert!(!text.contains("### Konkrete Beispiele"), "{text}");
    let saved = read(&saved);
    assert!(saved.starts_with("# Antworten zur Checkliste"), "{saved}");
}

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn wrote_means_the_file_is_there_even_beside_stale_temporary_files() {
    // A temporary name made from the process id alone repeats: `exec`
    // keeps the shell's id, so the stale file has exactly that name.
    let dir = tempfile::tempdir().unwrap();
    let ready: Vec<String> = READY
        .iter()
        .map(|(key, value)| format!("--answer={key}={value}"))
        .collect();
    for (stale, args) in [
        (".b.md", vec!["check", "--no-input", "--brief", "b.md"]),
        (".i.yaml", vec!["init", "i.yaml"]),
    ] {
        let script = format!("touch {stale}.escalate-$$.tmp; exec \"$0\" \"$@\"");
        let out = std::process::Command::new("sh")
            .current_dir(dir.path())
            .arg("-c")
            .arg(script)
            .arg(crate::common::bin())
            .args(&args)
            .args(if args[0] == "check" { &ready[..] } else { &[] })
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.starts_with("wrote "), "{stderr}");
    }
    assert!(read(&dir.path().join("b.md")).contains("Ready to escalate"));
    assert!(read(&dir.path().join("i.yaml")).starts_with("# The default escalate"));
    // Files escalate did not make are not its to delete.
    let stale: Vec<_> = names(dir.path())
        .into_iter()
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert_eq!(stale.len(), 2, "{stale:?}");
}

#[test]
fn a_failed_write_leaves_no_temporary_file_and_the_old_file_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("brief.md"), "old brief").unwrap();
    // No file may grow beyond 0 bytes, and the signal for it is ignored:
    // the write itself fails, after the temporary file exists.
    let mut cmd = std::process::Command::new("sh");
    cmd.current_dir(dir.path())
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 0; exec \"$@\"")
        .arg("sh")
        .arg(crate::common::bin())
        .args(["check", "--no-input", "--brief", "brief.md", "--force"]);
    for (key, value) in READY {
        cmd.arg("-a").arg(format!("{key}={value}"));
    }
    let out = cmd.env("NO_COLOR", "1").output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let message = crate::common::assert_clean_error(&out.stderr);
    assert!(message.contains("cannot write brief.md"), "{message}");
    assert_eq!(names(dir.path()), ["brief.md"]);
    assert_eq!(read(&dir.path().join("brief.md")), "old brief");
}

/// Starts `escalate ARGS` in `dir` with the write stalled until a signal
/// arrives, sends `signal` once the temporary file is written, and returns
/// the exit code and stderr.
fn signal_during_write(dir: &Path, args: &[String], signal: i32) -> (Option<i32>, String) {
    use std::io::BufRead;
    use std::process::Stdio;
    let mut child = std::process::Command::new(crate::common::bin())
        .args(args)
        .current_dir(dir)
        .env("ESCALATE_FAULT", "stall-write")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut first = String::new();
    stderr.read_line(&mut first).unwrap();
    assert_eq!(first, "fault: stalled\n", "the write did not stall");
    // SAFETY: kill only sends a signal to the child just started.
    assert_eq!(unsafe { libc::kill(child.id() as i32, signal) }, 0);
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut rest).unwrap();
    (child.wait().unwrap().code(), rest)
}

#[test]
fn a_signal_during_a_write_leaves_no_temporary_file_and_no_target() {
    let ready: Vec<String> = READY
        .iter()
        .flat_map(|(key, value)| ["-a".to_owned(), format!("{key}={value}")])
        .collect();
    let with = |extra: &[&str]| -> Vec<String> {
        let mut args: Vec<String> = ["check", "--no-input", "--today", TODAY]
            .iter()
            .map(|s| s.to_string())
            .collect();
        args.extend(extra.iter().map(|s| s.to_string()));
        args
    };
    let brief = with(&["--brief", "brief.md"])
        .into_iter()
        .chain(ready.clone())
        .collect::<Vec<_>>();
    let answers_file = {
        let mut yaml = String::new();
        for (key, value) in READY.iter().filter(|(k, _)| *k != "specificity.examples") {
            yaml.push_str(&format!("{key}: \"{value}\"\n"));
        }
        yaml.push_str("specificity.examples: [ticket ACME-1234]\n");
        yaml
    };
    let from_file = with(&["--answers", "a.yaml", "--save-answers", "saved.yaml"]);
    let init: Vec<String> = vec!["init".into(), "c.yaml".into()];
    for (args, signal, code) in [
        (&brief, libc::SIGTERM, 143),
        (&brief, libc::SIGHUP, 129),
        (&from_file, libc::SIGINT, 130),
        (&init, libc::SIGTERM, 143),
    ] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.yaml"), &answers_file).unwrap();
        let (exit, stderr) = signal_during_write(dir.path(), args, signal);
        assert_eq!(exit, Some(code), "{args:?} {signal}: {stderr}");
        assert_eq!(stderr, "Stopped. Nothing was saved.\n", "{args:?}");
        assert_eq!(names(dir.path()), ["a.yaml"], "{args:?} {signal}");
    }
}

#[test]
fn an_output_that_is_an_input_is_refused_before_asking_even_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("a.yaml");
    let answers_text = "scope.reviewed-deliverables: yes\n";
    std::fs::write(&answers, answers_text).unwrap();
    let checklist = dir.path().join("cl.yaml");
    let shipped =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("checklists/partner-escalation.en.yaml");
    let checklist_text = read(&shipped);
    std::fs::write(&checklist, &checklist_text).unwrap();
    std::os::unix::fs::symlink(&answers, dir.path().join("link.yaml")).unwrap();
    std::fs::hard_link(&checklist, dir.path().join("hard.yaml")).unwrap();
    for (flag, output) in [
        ("--brief", "a.yaml"),
        ("--save-answers", "./a.yaml"),
        ("--brief", "link.yaml"),
        ("--brief", "cl.yaml"),
        ("--save-answers", "./cl.yaml"),
        ("--brief", "hard.yaml"),
    ] {
        let out = escalate()
            .current_dir(dir.path())
            .args([
                "check",
                "--answers",
                "a.yaml",
                "--checklist",
                "cl.yaml",
                "--force",
            ])
            .args([flag, output])
            // Empty stdin would be the next error: this one comes first.
            .write_stdin("")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{flag} {output}");
        let message = crate::common::assert_clean_error(&out.stderr);
        assert!(message.contains("is the input file"), "{message}");
        assert_eq!(read(&answers), answers_text);
        assert_eq!(read(&checklist), checklist_text);
    }
}

#[test]
fn bad_output_paths_are_refused_before_the_first_question() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("file"), "").unwrap();
    let long = "x".repeat(300);
    for (output, says) in [
        ("new.md/", "it is a folder"),
        (".", "it is a folder"),
        ("file/brief.md", "cannot write file/brief.md"),
        (long.as_str(), "cannot write xxx"),
        ("/proc/brief.md", "cannot write /proc/brief.md"),
        ("-", "`-` is not a file name"),
    ] {
        for flag in ["--brief", "--save-answers"] {
            let out = escalate()
                .current_dir(dir.path())
                .args(["check", flag, output])
                .write_stdin("")
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(2), "{flag} {output}");
            let message = crate::common::assert_clean_error(&out.stderr);
            assert!(message.contains(says), "{flag} {output}: {message}");
            assert!(!message.contains("stdin"), "{message}");
        }
    }
    let out = escalate()
        .current_dir(dir.path())
        .args(["init", "-"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let message = crate::common::assert_clean_error(&out.stderr);
    assert!(message.contains("`-` is not a file name"), "{message}");
    assert!(!dir.path().join("-").exists());
}
