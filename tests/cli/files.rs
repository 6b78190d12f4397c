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
    assert!(message.contains("different files"), "{message}");
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
