//! Answers kept between runs at the terminal: the next run continues from
//! them in a few keys; the file is private and written whole; a damaged or
//! foreign one, two runs at once, or no home folder never stop a run.

use crate::common::{READY_OWN, TODAY, bin, names};
use crate::tty::*;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// Where the test's state folder keeps the answers of the English
/// checklist.
const KEPT: &str = ".state/escalate/partner-escalation.en.yaml";
const CONTINUE: &str = "Continue with those answers?";
const KEPT_NOTE: &str = "Your answers are kept for the next run";

/// A first run that walks READY_WALK to a ready verdict and declines the
/// brief; its folder, with the answers kept.
fn first_run() -> TempDir {
    let mut tty = Tty::check(&[]);
    tty.walk(READY_WALK);
    tty.review(0);
    tty.decline();
    tty.expect(KEPT_NOTE);
    assert_eq!(tty.finish(), 0, "{}", tty.output());
    tty.into_dir()
}

/// Sends `keys`, each one key press, and counts them in `count`.
fn press(tty: &mut Tty, count: &mut usize, keys: &[&str]) {
    for key in keys {
        tty.send(key);
        *count += 1;
    }
}

#[test]
fn a_second_run_continues_from_the_kept_answers_in_a_few_keys() {
    let dir = first_run();
    let mut tty = Tty::check_again(dir, WIDE, false, &[]);
    let offer = tty.expect(CONTINUE);
    assert!(
        offer.contains("You answered this checklist on 25 Nov 2026."),
        "{offer}"
    );
    // From the start to the verdict, one answer changed: continue, down to
    // the planning answer, pick it, type `n`, confirm it, confirm all.
    let mut keys = 0;
    press(&mut tty, &mut keys, &["\r"]);
    let review = tty.expect(REVIEW) + &tty.expect("Examples: ");
    assert!(
        review.contains("Effect of the added work on timeline and budget worked out: yes"),
        "{review}"
    );
    press(&mut tty, &mut keys, &[DOWN, DOWN, DOWN, "\r"]);
    tty.expect("Enter keeps yes");
    press(&mut tty, &mut keys, &["n", "\r"]);
    tty.expect(REVIEW);
    press(&mut tty, &mut keys, &["\r"]);
    tty.expect(KEPT_NOTE);
    let code = tty.finish();
    let output = tty.output();
    assert!(keys < 10, "{keys} keys");
    assert_eq!(keys, 8);
    assert_eq!(code, 1, "{output}");
    let after = &output[output.find(CONTINUE).unwrap()..];
    assert!(
        !after.contains("Have you re-read the statement of work"),
        "a kept answer was asked again:\n{after}"
    );
    let changed = ready_with(READY_OWN, &[("scope.planning-impact", Some("no"))]);
    assert_same_as_flags(&changed, &[], code, &output);
    let kept = std::fs::read_to_string(tty.path(KEPT)).unwrap();
    assert!(kept.contains("scope.planning-impact: false"), "{kept}");
}

#[test]
fn kept_answers_are_private_and_written_whole() {
    let dir = first_run();
    let file = dir.path().join(KEPT);
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&file), 0o600);
    assert_eq!(mode(file.parent().unwrap()), 0o700);
    assert_eq!(
        names(file.parent().unwrap()),
        ["partner-escalation.en.yaml"]
    );
    let kept = std::fs::read_to_string(&file).unwrap();
    for part in [
        "`escalate forget` deletes them",
        "version: 1",
        "saved: 2026-11-25",
        "scope.reviewed-deliverables: true",
        "partner-contact.raised-on: 2026-11-10",
        "- 'ticket ACME-1234: guest checkout fails'",
    ] {
        assert!(kept.contains(part), "{part:?} not in:\n{kept}");
    }

    // A signal while they are written leaves the file as it was.
    let before = std::fs::read(&file).unwrap();
    let bin = bin();
    let mut tty = Tty::start(
        dir,
        Path::new("env"),
        &[
            "ESCALATE_FAULT=stall-write",
            bin.to_str().unwrap(),
            "check",
            "--today",
            TODAY,
        ],
    );
    tty.expect(CONTINUE);
    tty.send(&format!("{DOWN}\r"));
    tty.walk(&READY_WALK[..2]);
    tty.expect("Have you worked out how");
    tty.send("n\r");
    tty.walk(&READY_WALK[3..]);
    tty.review(0);
    tty.expect("fault: stalled");
    tty.send("\x03");
    tty.expect(INTERRUPTED);
    assert_eq!(tty.finish(), 130);
    assert_eq!(std::fs::read(tty.path(KEPT)).unwrap(), before);
    assert_eq!(
        names(&tty.path(".state/escalate")),
        ["partner-escalation.en.yaml"]
    );
}

#[test]
fn a_damaged_or_foreign_file_is_said_and_the_run_starts_afresh() {
    let head = "version: 1\nchecklist: partner-escalation\nlang: en\nsaved: 2026-11-20\n";
    for (what, text) in [
        ("not YAML", "answers: [\n".to_owned()),
        ("not text", "\u{0}\u{1}\u{2}".to_owned()),
        (
            "another version",
            head.replace("version: 1", "version: 99") + "answers: {}\n",
        ),
        (
            "another checklist",
            head.replace("partner-escalation", "other") + "answers: {}\n",
        ),
        (
            "an unknown key",
            format!("{head}answers:\n  scope.nope: true\n"),
        ),
        (
            "a wrong answer",
            format!("{head}answers:\n  partner-contact.raised: maybe\n"),
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(KEPT);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, &text).unwrap();
        let mut tty = Tty::check_again(dir, WIDE, false, &[]);
        let shown = tty.expect("Have you re-read the statement of work");
        assert!(
            shown.contains("cannot be read back; starting afresh."),
            "{what}: {shown}"
        );
        assert!(!shown.contains(CONTINUE), "{what}: {shown}");
        tty.send(READY_WALK[0].1);
        tty.walk(&READY_WALK[1..]);
        tty.review(0);
        tty.decline();
        tty.expect(KEPT_NOTE);
        assert_eq!(tty.finish(), 0, "{what}: {}", tty.output());
        let kept = std::fs::read_to_string(tty.path(KEPT)).unwrap();
        assert!(
            kept.contains("scope.reviewed-deliverables: true"),
            "{what}: {kept}"
        );
    }
}

#[test]
fn two_runs_at_once_leave_one_whole_file() {
    let shared = tempfile::tempdir().unwrap();
    let state = format!("XDG_STATE_HOME={}", shared.path().display());
    let bin = bin();
    let run = || {
        let args = [
            state.as_str(),
            bin.to_str().unwrap(),
            "check",
            "--today",
            TODAY,
        ];
        Tty::start(tempfile::tempdir().unwrap(), Path::new("env"), &args)
    };
    let (mut one, mut two) = (run(), run());
    one.walk(READY_WALK);
    // The second differs in one answer: the planning is not worked out.
    let mut steps = READY_WALK.to_vec();
    steps[2].1 = "n\r";
    two.walk(&steps);
    one.review(0);
    two.review(0);
    one.decline();
    one.expect(KEPT_NOTE);
    two.expect(KEPT_NOTE);
    assert_eq!(one.finish(), 0, "{}", one.output());
    assert_eq!(two.finish(), 1, "{}", two.output());
    let folder: PathBuf = shared.path().join("escalate");
    assert_eq!(names(&folder), ["partner-escalation.en.yaml"]);
    let kept = std::fs::read_to_string(folder.join("partner-escalation.en.yaml")).unwrap();
    assert!(
        kept.contains("scope.planning-impact: false")
            || kept.contains("scope.planning-impact: true"),
        "{kept}"
    );
    assert!(
        kept.ends_with("\n") && kept.contains("specificity.examples:"),
        "{kept}"
    );
    // A third run reads it back.
    let mut three = run();
    let shown = three.expect(CONTINUE);
    assert!(!shown.contains("cannot be read back"), "{shown}");
    three.send("\x03");
    assert_eq!(three.finish(), 130);
}

#[test]
fn without_a_home_nothing_is_kept_and_the_run_ends_as_usual() {
    let bin = bin();
    let args = [
        "-u",
        "HOME",
        "-u",
        "XDG_STATE_HOME",
        bin.to_str().unwrap(),
        "check",
        "--today",
        TODAY,
    ];
    let mut tty = Tty::start(tempfile::tempdir().unwrap(), Path::new("env"), &args);
    tty.walk(READY_WALK);
    tty.review(0);
    tty.decline();
    tty.expect("Your answers cannot be kept: there is no home folder to keep them in.");
    assert_eq!(tty.finish(), 0, "{}", tty.output());
    assert!(!tty.path(".state").exists());
}

#[test]
fn fresh_ignores_the_kept_answers() {
    let dir = first_run();
    let mut tty = Tty::check_again(dir, WIDE, false, &["--fresh"]);
    let shown = tty.expect("Have you re-read the statement of work");
    assert!(!shown.contains(CONTINUE), "{shown}");
    tty.send("\x03");
    tty.expect(INTERRUPTED);
    assert_eq!(tty.finish(), 130);
    // Stopped: the kept answers are as they were.
    let kept = std::fs::read_to_string(tty.path(KEPT)).unwrap();
    assert!(kept.contains("scope.planning-impact: true"), "{kept}");
}
