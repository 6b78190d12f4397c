//! Answers kept between runs at the terminal: the next run continues from
//! them in a few keys, in either language; the file is private, written
//! whole, and one per checklist; a damaged, foreign, hostile or unsafe
//! one, a value that no longer fits, two runs at once, or no home folder
//! never stop a run, nor keep its first question past a second.

use crate::common::{READY_OWN, TODAY, bin, names};
use crate::tty::*;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

const CONTINUE: &str = "Continue with those answers?";
/// The start of a kept-answers file for the built-in checklist.
const HEAD: &str = "version: 2\nchecklist: partner-escalation\nsaved: 2026-11-20\n";
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
    assert_eq!(names(file.parent().unwrap()), ["partner-escalation.yaml"]);
    let kept = std::fs::read_to_string(&file).unwrap();
    for part in [
        "`escalate forget` deletes them",
        "version: 2",
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
    // The first answer given is kept at once: its write stalls.
    tty.walk(&READY_WALK[..1]);
    tty.expect("fault: stalled");
    tty.send("\x03");
    tty.expect(INTERRUPTED);
    assert_eq!(tty.finish(), 130);
    assert_eq!(std::fs::read(tty.path(KEPT)).unwrap(), before);
    assert_eq!(
        names(&tty.path(".state/escalate")),
        ["partner-escalation.yaml"]
    );
}

#[test]
fn a_damaged_or_foreign_file_is_said_and_the_run_starts_afresh() {
    for (what, text) in [
        ("not YAML", "answers: [\n".to_owned()),
        ("not text", "\u{0}\u{1}\u{2}".to_owned()),
        (
            "another version",
            HEAD.replace("version: 2", "version: 99") + "answers: {}\n",
        ),
        (
            "another checklist",
            HEAD.replace("partner-escalation", "other") + "answers: {}\n",
        ),
        (
            "a checklist file",
            HEAD.replace("saved:", "file: /a/checklist.yaml\nsaved:") + "answers: {}\n",
        ),
        (
            "answers that are not a map",
            format!("{HEAD}answers: [a]\n"),
        ),
        (
            "no date",
            HEAD.replace("saved: 2026-11-20\n", "") + "answers: {}\n",
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
    // Both start before either keeps an answer.
    one.expect(READY_WALK[0].0);
    two.expect(READY_WALK[0].0);
    one.send(READY_WALK[0].1);
    one.walk(&READY_WALK[1..]);
    // The second differs in one answer: the planning is not worked out.
    let mut steps = READY_WALK.to_vec();
    steps[2].1 = "n\r";
    two.send(steps[0].1);
    two.walk(&steps[1..]);
    one.review(0);
    two.review(0);
    one.decline();
    one.expect(KEPT_NOTE);
    two.expect(KEPT_NOTE);
    assert_eq!(one.finish(), 0, "{}", one.output());
    assert_eq!(two.finish(), 1, "{}", two.output());
    let folder: PathBuf = shared.path().join("escalate");
    assert_eq!(names(&folder), ["partner-escalation.yaml"]);
    let kept = std::fs::read_to_string(folder.join("partner-escalation.yaml")).unwrap();
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
fn fresh_ignores_the_kept_answers_and_leaves_them_as_they_were() {
    let dir = first_run();
    let before = std::fs::read(dir.path().join(KEPT)).unwrap();
    let mut tty = Tty::check_again(dir, WIDE, false, &["--fresh"]);
    let shown = tty.expect("Have you re-read the statement of work");
    assert!(!shown.contains(CONTINUE), "{shown}");
    tty.send("y\r");
    tty.walk(&READY_WALK[1..2]);
    tty.expect("Have you worked out how");
    tty.send("n\r");
    tty.walk(&READY_WALK[3..]);
    tty.review(0);
    assert_eq!(tty.finish(), 1, "{}", tty.output());
    assert!(!tty.output().contains(KEPT_NOTE), "{}", tty.output());
    assert_eq!(std::fs::read(tty.path(KEPT)).unwrap(), before);

    // Nor does a stop change them, nor claim it kept anything.
    let mut tty = Tty::check_again(tty.into_dir(), WIDE, false, &["--fresh"]);
    tty.walk(&READY_WALK[..1]);
    tty.expect("Were deliverables added");
    tty.send("\x03");
    tty.expect(INTERRUPTED);
    assert_eq!(tty.finish(), 130);
    assert_eq!(std::fs::read(tty.path(KEPT)).unwrap(), before);
}

/// Where a walk from the start is stopped with Ctrl-C, at each kind of
/// prompt: the keys up to it, and what the kept answers hold then.
fn stops() -> Vec<(Vec<Step>, &'static str)> {
    let then = |start: &[Step], more: &[Step]| [start, more].concat();
    let scope: &[Step] = &[
        ("Have you re-read the statement of work", "y\r"),
        ("Were deliverables added", "n\r"),
    ];
    let raised = then(
        scope,
        &[
            ("Yes, and it is resolved now", "3"),
            ("On which date", "today\r"),
        ],
    );
    let example = ("Examples 1:", "ticket ACME-1234 on 2026-11-02\r");
    let offer = then(
        scope,
        &[
            ("Yes, and it is resolved now", "\r"),
            example,
            ("Examples 2:", "\r"),
            (REVIEW, "\r"),
        ],
    );
    vec![
        // A yes/no question, once the first is answered.
        (
            then(&scope[..1], &[("Were deliverables added", "")]),
            "scope.reviewed-deliverables: true",
        ),
        // A choice.
        (
            then(scope, &[("Yes, and it is resolved now", "")]),
            "scope.deliverables-added: false",
        ),
        // A date.
        (
            then(
                scope,
                &[("Yes, and it is resolved now", "3"), ("On which date", "")],
            ),
            "partner-contact.raised: unresolved",
        ),
        // A list.
        (
            then(&raised, &[("Examples 1:", "")]),
            "partner-contact.raised-on: 2026-11-25",
        ),
        // A list, with the entries given so far.
        (
            then(&raised, &[example, ("Examples 2:", "")]),
            "- ticket ACME-1234 on 2026-11-02",
        ),
        // The review screen, after a change made on it.
        (
            then(
                &raised,
                &[
                    example,
                    ("Examples 2:", "\r"),
                    (REVIEW, "2"),
                    ("Were deliverables added", "y\r"),
                    ("Have you worked out how", "y\r"),
                    (REVIEW, ""),
                ],
            ),
            "scope.planning-impact: true",
        ),
        // The offer after the verdict.
        (
            then(&offer, &[(NO_THANKS, "")]),
            "- ticket ACME-1234 on 2026-11-02",
        ),
        // A question for the document.
        (
            then(
                &offer,
                &[
                    (NO_THANKS, "\r"),
                    ("Who is your contact at the partner?", "\r"),
                    ("What is wrong, and since when?", "Checkout fails.\r"),
                    ("Which company is this for?", "Example Retail GmbH\r"),
                    ("What is your implementation partner called?", ""),
                ],
            ),
            "specificity.problem: Checkout fails.",
        ),
    ]
}

#[test]
fn ctrl_c_at_every_kind_of_prompt_keeps_the_answers_given_and_says_so() {
    for (steps, kept) in stops() {
        let mut tty = Tty::check(&[]);
        tty.walk(&steps);
        tty.send("\x03");
        tty.expect(STOPPED_KEPT);
        assert_eq!(tty.finish(), 130, "{}", tty.output());
        let text = std::fs::read_to_string(tty.path(KEPT)).unwrap();
        assert!(text.contains(kept), "{kept:?} not in:\n{text}");
        // The next run offers to go on from them.
        let mut tty = Tty::check_again(tty.into_dir(), WIDE, false, &[]);
        tty.expect(CONTINUE);
        tty.send("\x03");
        assert_eq!(tty.finish(), 130);
    }
}

#[test]
fn a_german_first_day_goes_on_in_english_and_forget_finds_it() {
    let mut tty = Tty::check(&["--lang", "de"]);
    tty.walk(&[
        ("Haben Sie die Leistungsbeschreibung", "j\r"),
        ("Sind nach Projektbeginn", ""),
    ]);
    tty.send("\x03");
    tty.expect("Abgebrochen. Ihre Antworten bleiben für den nächsten Lauf aufbewahrt; es wurde nichts geschrieben.");
    assert_eq!(tty.finish(), 130);
    let mut tty = Tty::check_again(tty.into_dir(), WIDE, false, &[]);
    tty.expect("You answered this checklist on 25 Nov 2026. Continue with those answers?");
    tty.send("\x03");
    assert_eq!(tty.finish(), 130);
    let dir = tty.into_dir();
    let mut tty = Tty::start(dir, &bin(), &["forget"]);
    let said = tty.expect("\n");
    assert!(said.contains("forgot the answers kept in"), "{said}");
    assert_eq!(tty.finish(), 0);
    assert!(!tty.path(KEPT).exists());
}

/// `text` as the kept answers in a fresh test folder.
fn kept_in_folder(text: &str) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(KEPT);
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::set_permissions(
        file.parent().unwrap(),
        std::fs::Permissions::from_mode(0o700),
    )
    .unwrap();
    std::fs::write(&file, text).unwrap();
    dir
}

#[test]
fn a_kept_value_that_no_longer_fits_is_asked_again_and_the_rest_kept() {
    // A date that is in the future today, as one kept under another time
    // zone can be.
    let text = format!(
        "{HEAD}answers:\n  scope.reviewed-deliverables: true\n  scope.deliverables-added: true\n  scope.planning-impact: true\n  partner-contact.raised: unresolved\n  partner-contact.raised-on: 2026-11-26\n  scope.gone: true\n  specificity.examples:\n  - 2026-10-02 email asking for the release date, no reply\n  - 'ticket ACME-1234: guest checkout fails'\n"
    );
    let mut tty = Tty::check_again(kept_in_folder(&text), WIDE, false, &[]);
    let shown = tty.expect(CONTINUE);
    assert!(
        shown.contains(
            "One kept answer no longer fits the checklist and is asked again: partner-contact.raised-on"
        ),
        "{shown}"
    );
    tty.send("\r");
    let asked = tty.expect("On which date");
    assert!(!asked.contains("Have you re-read"), "{asked}");
    tty.send("2026-11-10\r");
    let review = tty.review(0);
    assert!(!review.contains("to do"), "{review}");
    tty.decline();
    tty.expect(KEPT_NOTE);
    let code = tty.finish();
    assert_same_as_flags(READY_OWN, &[], code, &tty.output());
    let kept = std::fs::read_to_string(tty.path(KEPT)).unwrap();
    assert!(
        kept.contains("partner-contact.raised-on: 2026-11-10"),
        "{kept}"
    );
    assert!(kept.contains("ticket ACME-1234"), "{kept}");
}

#[test]
fn kept_answers_are_one_file_whatever_the_language() {
    let dir = first_run();
    let mut tty = Tty::check_again(dir, WIDE, false, &["--lang", "de"]);
    tty.expect("Sie haben diese Checkliste am 25.11.2026 beantwortet.");
    tty.send("\x03");
    assert_eq!(tty.finish(), 130);
}

#[test]
fn an_edited_copy_of_the_checklist_keeps_its_answers_apart() {
    let dir = first_run();
    let before = std::fs::read(dir.path().join(KEPT)).unwrap();
    // `escalate init` copies the built-in checklist, id and all.
    let copy = crate::common::CHECKLIST.replacen("title:", "title: Edited", 1);
    std::fs::write(dir.path().join("copy.yaml"), copy).unwrap();
    let mut tty = Tty::check_again(dir, WIDE, false, &["--checklist", "copy.yaml"]);
    let shown = tty.expect("Have you re-read the statement of work");
    assert!(!shown.contains(CONTINUE), "{shown}");
    assert!(!shown.contains("cannot be read back"), "{shown}");
    tty.send("y\r");
    tty.walk(&READY_WALK[1..]);
    tty.review(0);
    tty.decline();
    tty.expect(KEPT_NOTE);
    assert_eq!(tty.finish(), 0, "{}", tty.output());
    assert_eq!(std::fs::read(tty.path(KEPT)).unwrap(), before);
    let kept = names(&tty.path(".state/escalate"));
    assert_eq!(kept.len(), 2, "{kept:?}");
    let copy = kept.iter().find(|name| *name != "partner-escalation.yaml");
    let copy = copy.unwrap();
    assert!(
        copy.starts_with("partner-escalation.") && copy.ends_with(".yaml"),
        "{copy}"
    );
    // And the copy's run continues from its own answers.
    let dir = tty.into_dir();
    let mut tty = Tty::check_again(dir, WIDE, false, &["--checklist", "copy.yaml"]);
    tty.expect(CONTINUE);
    tty.send("\x03");
    assert_eq!(tty.finish(), 130);
}

/// The peak memory of the running process `pid`, in KiB.
fn peak_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// Runs `check` in `dir` until the first question (`first`): within a
/// second and 200 MiB, whatever the state folder holds; the output then.
fn first_question_within_the_bound(dir: TempDir, what: &str, first: &str) -> Tty {
    let start = std::time::Instant::now();
    let mut tty = Tty::check_again(dir, WIDE, false, &[]);
    tty.expect(first);
    let took = start.elapsed();
    let pid = tty.session.get_process().pid().as_raw() as u32;
    let kib = peak_kib(pid);
    assert!(
        took < std::time::Duration::from_secs(1),
        "{what}: took {took:?}"
    );
    assert!(kib < 200 * 1024, "{what}: {kib} KiB");
    tty
}

#[test]
fn whatever_the_state_folder_holds_the_first_question_comes_within_a_second() {
    use std::fmt::Write;
    // A value of 100,000 bytes repeated 5,000 times through an alias.
    let mut aliases = format!(
        "{HEAD}answers:\n  specificity.examples: [&a '{}'",
        "x".repeat(100_000)
    );
    for _ in 0..5_000 {
        aliases.push_str(", *a");
    }
    aliases.push_str("]\n");
    let deep = format!(
        "{HEAD}answers: {}{}\n",
        "[".repeat(400_000),
        "]".repeat(400_000)
    );
    let too_big = format!("{HEAD}# {}\n", "x".repeat(1_100_000));
    let mut many = format!("{HEAD}answers:\n  specificity.examples:\n");
    while many.len() < 1_000_000 {
        let _ = writeln!(many, "  - '{}'", "ticket ACME-1234 ".repeat(50));
    }
    for (what, text, said, first) in [
        (
            "aliases",
            aliases,
            "cannot be read back",
            "Have you re-read",
        ),
        ("nesting", deep, "cannot be read back", "Have you re-read"),
        (
            "over 1 MiB",
            too_big,
            "cannot be read back",
            "Have you re-read",
        ),
        ("a long list", many, "", CONTINUE),
    ] {
        let mut tty = first_question_within_the_bound(kept_in_folder(&text), what, first);
        assert!(tty.seen.contains(said), "{what}: {}", tty.seen);
        tty.send("\x03");
        assert_eq!(tty.finish(), 130, "{what}");
    }
}

#[test]
fn only_a_regular_file_of_the_users_own_folder_is_read() {
    let fifo = kept_in_folder("");
    let path = fifo.path().join(KEPT);
    std::fs::remove_file(&path).unwrap();
    let name = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    // SAFETY: mkfifo only creates the FIFO named by a valid C string.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
    let link = kept_in_folder("");
    let path = link.path().join(KEPT);
    std::fs::remove_file(&path).unwrap();
    std::os::unix::fs::symlink("/dev/tty", &path).unwrap();
    let socket = kept_in_folder("");
    let path = socket.path().join(KEPT);
    std::fs::remove_file(&path).unwrap();
    let _listener = std::os::unix::net::UnixListener::bind(&path).unwrap();
    let open = first_run();
    let folder = open.path().join(".state/escalate");
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o777)).unwrap();
    let mut cases = vec![
        (fifo, "partner-escalation.yaml is not a regular file"),
        (link, "partner-escalation.yaml is not a regular file"),
        (socket, "partner-escalation.yaml is not a regular file"),
        (open, "other users may change"),
    ];
    // SAFETY: geteuid has no side effects.
    if unsafe { libc::geteuid() } == 0 {
        let theirs = first_run();
        let folder = theirs.path().join(".state/escalate");
        let name = std::ffi::CString::new(folder.to_str().unwrap()).unwrap();
        // SAFETY: chown only changes the owner of the folder named.
        assert_eq!(unsafe { libc::chown(name.as_ptr(), 65534, 65534) }, 0);
        cases.push((theirs, "escalate belongs to another user"));
    }
    for (dir, said) in cases {
        let before = names(&dir.path().join(".state/escalate"));
        let mut tty = first_question_within_the_bound(dir, said, "Have you re-read");
        assert!(tty.seen.contains(said), "{said}: {}", tty.seen);
        assert!(
            tty.seen.contains("This run neither reads nor keeps any."),
            "{said}: {}",
            tty.seen
        );
        assert!(!tty.seen.contains(CONTINUE), "{said}: {}", tty.seen);
        tty.send(READY_WALK[0].1);
        tty.walk(&READY_WALK[1..]);
        tty.review(0);
        tty.decline();
        assert_eq!(tty.finish(), 0, "{said}: {}", tty.output());
        assert!(!tty.output().contains(KEPT_NOTE), "{said}");
        assert_eq!(names(&tty.path(".state/escalate")), before, "{said}");
    }
}

#[test]
fn a_file_where_the_state_folder_should_be_means_nothing_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join(".state")).unwrap();
    std::fs::write(dir.path().join(".state/escalate"), "not a folder").unwrap();
    let mut tty = first_question_within_the_bound(dir, "a file", "Have you re-read");
    assert!(!tty.seen.contains("cannot be read back"), "{}", tty.seen);
    assert!(!tty.seen.contains(CONTINUE), "{}", tty.seen);
    tty.send(READY_WALK[0].1);
    tty.walk(&READY_WALK[1..]);
    tty.review(0);
    tty.decline();
    assert_eq!(tty.finish(), 0, "{}", tty.output());
}
