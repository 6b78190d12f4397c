//! The user's editor, `e` at a long text or a list: found by git's rules,
//! run by the shell, its text taken only when it ends well; a failed,
//! killed or unusable editor is one line and the question is asked again;
//! its temporary file never outlives the run, the editor never outlives a
//! stop, and the terminal's modes are put back after it.

use crate::common::{TODAY, bin};
use crate::tty::*;
use std::path::Path;

/// The prompt of the problem summary, where `e` opens the editor.
const PROBLEM: &str = "The problem (e opens your editor)";

/// A folder for the test, with `editor.sh` (whose body is `script`) and a
/// `tmp` folder the run is given as `TMPDIR`.
fn folder_with_editor(script: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let editor = dir.path().join("editor.sh");
    std::fs::write(&editor, format!("#!/bin/sh\n{script}")).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::create_dir(dir.path().join("tmp")).unwrap();
    dir
}

/// `escalate check` with `args` in `dir`, with the environment `env`
/// (`NAME=value`; `{dir}` stands for the folder).
fn check_in(dir: tempfile::TempDir, env: &[&str], args: &[&str]) -> Tty {
    let at = dir.path().display().to_string();
    let mut all: Vec<String> = env.iter().map(|e| e.replace("{dir}", &at)).collect();
    all.push(format!("TMPDIR={at}/tmp"));
    all.push(bin().display().to_string());
    all.extend(["check", "--today", TODAY].map(String::from));
    all.extend(args.iter().map(|arg| arg.to_string()));
    let all: Vec<&str> = all.iter().map(String::as_str).collect();
    Tty::start(dir, Path::new("env"), &all)
}

/// `escalate check --brief brief.md` in `dir` with the environment `env`
/// (as for [`check_in`]), walked to the problem summary, where `e` was
/// typed.
fn at_the_problem(dir: tempfile::TempDir, env: &[&str]) -> Tty {
    let mut tty = check_in(dir, env, &["--brief", "brief.md"]);
    tty.walk(READY_WALK);
    tty.walk(&BRIEF_WALK[..BRIEF_PROBLEM]);
    tty.expect(PROBLEM);
    tty.send("e\r");
    tty
}

/// `at_the_problem` with `$VISUAL` the script `script`.
fn at_the_editor(script: &str) -> Tty {
    at_the_problem(folder_with_editor(script), &["VISUAL={dir}/editor.sh"])
}

/// The names left in the run's temporary folder.
fn left_in_tmp(tty: &Tty) -> Vec<String> {
    crate::common::names(&tty.path("tmp"))
}

/// Types the rest of the brief's answers after the problem and confirms;
/// the exit code, with no temporary file left behind.
fn finish_the_brief(tty: &mut Tty) -> i32 {
    tty.walk(&BRIEF_WALK[BRIEF_PROBLEM + 1..]);
    tty.review(0);
    let code = tty.finish();
    assert_eq!(left_in_tmp(tty), Vec::<String>::new(), "{}", tty.output());
    code
}

#[test]
fn bracketed_paste_is_off_while_the_editor_runs() {
    let mut tty = at_the_editor(
        "echo EDITOR-OPEN; sleep 0.2; printf 'Guests cannot pay. Since 3 November.' > \"$1\"\n",
    );
    tty.expect("EDITOR-OPEN");
    let before = tty.seen.clone();
    let on = before.rfind(PASTE_ON);
    assert!(on.is_some(), "{before:?}");
    assert!(before.rfind(PASTE_OFF) > on, "on in the editor: {before:?}");
    let after = tty.expect("The problem: ");
    assert!(after.contains(PASTE_ON), "not on again: {after:?}");
    assert_eq!(finish_the_brief(&mut tty), 0, "{}", tty.output());
}

#[test]
fn e_writes_a_long_answer_in_the_editor() {
    // The editor writes a text of several lines into the file.
    let mut tty = at_the_editor(
        "printf 'Checkout fails since 3 November.\\n\\nGuests cannot pay.\\n' > \"$1\"\n",
    );
    let shown = tty.expect("The problem: ");
    assert!(!shown.contains("error"), "{shown}");
    assert_eq!(finish_the_brief(&mut tty), 0, "{}", tty.output());
    let brief = std::fs::read_to_string(tty.path("brief.md")).unwrap();
    assert!(
        brief.contains("Checkout fails since 3 November.\n\nGuests cannot pay."),
        "{brief}"
    );
}

#[test]
fn the_editor_command_may_carry_options_and_quotes_as_in_git() {
    let dir = folder_with_editor("printf '%s since 3 November' \"$1 $2\" > \"$3\"\n");
    // A blank VISUAL counts as unset: EDITOR is used.
    let mut tty = at_the_problem(dir, &["VISUAL=  ", "EDITOR={dir}/editor.sh 'two words' -x"]);
    tty.expect("The problem: two words -x");
    assert_eq!(finish_the_brief(&mut tty), 0, "{}", tty.output());
}

/// A folder as [`folder_with_editor`] makes, with the editor as `bin/vi`,
/// and the `PATH` that finds it first.
fn folder_with_vi(script: &str) -> (tempfile::TempDir, String) {
    let dir = folder_with_editor(script);
    std::fs::create_dir(dir.path().join("bin")).unwrap();
    std::fs::rename(dir.path().join("editor.sh"), dir.path().join("bin/vi")).unwrap();
    let path = format!("PATH={{dir}}/bin:{}", std::env::var("PATH").unwrap());
    (dir, path)
}

#[test]
fn with_no_editor_set_vi_is_run_unless_the_terminal_is_dumb() {
    let (dir, path) = folder_with_vi("printf 'Written in vi. Since 3 November.' > \"$1\"\n");
    let mut tty = at_the_problem(dir, &[&path]);
    tty.expect("The problem: Written in vi.");
    assert_eq!(finish_the_brief(&mut tty), 0, "{}", tty.output());

    // A dumb terminal walks in plain lines, where choices are numbered.
    let (dir, path) = folder_with_vi("printf 'Written in vi. Since 3 November.' > \"$1\"\n");
    let mut tty = check_in(dir, &[&path, "TERM=dumb"], &[]);
    tty.walk(&READY_WALK[..3]);
    tty.expect("Number (1 to 4)");
    tty.send("3\r");
    tty.walk(&READY_WALK[4..5]);
    tty.expect("Examples 1:");
    tty.send("e\r");
    tty.expect("The terminal is dumb and $EDITOR is not set");
    tty.walk(&READY_WALK[5..]);
    tty.expect("Number (0 to");
    tty.send("\r");
    tty.expect("Number (1 to 3)");
    tty.send("no\r");
    assert_eq!(tty.finish(), 0, "{}", tty.output());
    assert!(!tty.output().contains("Written in vi."), "{}", tty.output());
}

/// The examples that READY_WALK types.
const EXAMPLES: [&str; 2] = [
    "2026-10-02 email asking for the release date, no reply",
    "ticket ACME-1234: guest checkout fails",
];

/// `escalate check --save-answers answers.yaml` with `$VISUAL` the script
/// `script`, walked to the first example.
fn at_the_examples(script: &str) -> Tty {
    let dir = folder_with_editor(script);
    let visual = ["VISUAL={dir}/editor.sh"];
    let mut tty = check_in(dir, &visual, &["--save-answers", "answers.yaml"]);
    tty.walk(&READY_WALK[..5]);
    tty.expect("Examples 1:");
    tty
}

#[test]
fn list_entries_from_the_editor_are_its_lines_but_the_blank_ones() {
    let mut tty = at_the_examples(&format!(
        "printf '\\n  {}  \\n\\n\\n{}\\n\\n' > \"$1\"\n",
        EXAMPLES[0], EXAMPLES[1]
    ));
    tty.send("e\r");
    assert_eq!(confirmed_list(&mut tty, "specificity.examples"), EXAMPLES);
}

#[test]
fn an_editor_that_changes_nothing_leaves_the_list_open() {
    // The editor ends well and leaves the entries as they were.
    let mut tty = at_the_examples("echo EDITOR-DONE\n");
    tty.send(&format!("{}\r", EXAMPLES[0]));
    tty.expect("Examples 2:");
    tty.send("e\r");
    tty.expect("EDITOR-DONE");
    // Asked for the second entry again, not taken as the whole list.
    tty.walk(&READY_WALK[6..]);
    assert_eq!(confirmed_list(&mut tty, "specificity.examples"), EXAMPLES);
}

#[test]
fn an_editor_command_that_cannot_be_run_is_one_line_and_the_question_asked_again() {
    for (env, said) in [
        ("EDITOR=  # x", "is a comment to the shell, not a command"),
        ("VISUAL=#vim", "is a comment to the shell, not a command"),
        (
            "VISUAL=/nonexistent/editor",
            "The shell could not run the editor `/nonexistent/editor`",
        ),
    ] {
        let mut tty = at_the_problem(folder_with_editor(""), &[env]);
        let shown = tty.expect(said) + &tty.expect(PROBLEM);
        assert!(!shown.contains("internal error"), "{env}: {shown}");
        tty.send("Typed instead. Since 3 November.\r");
        tty.expect("The problem: Typed instead.");
        assert_eq!(finish_the_brief(&mut tty), 0, "{env}: {}", tty.output());
    }
}

#[test]
fn a_failed_editor_has_its_edit_discarded_and_said() {
    for (script, said) in [
        (
            "printf 'Half written' > \"$1\"\nexit 3\n",
            "ended with exit status 3; the edit was",
        ),
        (
            "printf 'Half written' > \"$1\"\nkill -TERM $$\n",
            "was stopped by signal 15; the edit was",
        ),
        (
            "rm \"$1\"\n",
            "could not be read back (No such file or directory)",
        ),
        (
            "printf '\\377\\376' > \"$1\"\n",
            "saved something other than UTF-8 text",
        ),
        (
            "head -c 2000000 /dev/zero | tr '\\0' x > \"$1\"\n",
            "has 1954 KiB, more than the 64 KiB an answer may have",
        ),
    ] {
        let mut tty = at_the_editor(script);
        let shown = tty.expect(said) + &tty.expect(PROBLEM);
        assert!(!shown.contains("The problem: Half"), "{script}: {shown}");
        tty.send("Typed instead. Since 3 November.\r");
        tty.expect("The problem: Typed instead.");
        assert_eq!(finish_the_brief(&mut tty), 0, "{script}: {}", tty.output());
        let brief = std::fs::read_to_string(tty.path("brief.md")).unwrap();
        assert!(!brief.contains("Half written"), "{script}: {brief}");
    }
}

#[test]
fn an_editor_killed_at_a_required_list_does_not_answer_it_with_nothing() {
    let dir = folder_with_editor("kill -INT $$\n");
    let visual = format!("VISUAL={}", dir.path().join("editor.sh").display());
    let bin = bin();
    let args = [
        visual.as_str(),
        bin.to_str().unwrap(),
        "check",
        "--today",
        TODAY,
    ];
    let mut tty = Tty::start(dir, Path::new("env"), &args);
    tty.walk(&READY_WALK[..5]);
    tty.expect("Examples 1:");
    tty.send("e\r");
    tty.expect("was stopped by signal 2; the edit was discarded.");
    // Still at the list, which has no entry yet.
    tty.walk(&READY_WALK[5..]);
    tty.review(0);
    tty.decline();
    assert_eq!(tty.finish(), 0, "{}", tty.output());
}

#[test]
fn ctrl_c_in_the_editor_is_the_editors_and_a_signal_after_it_stops_the_run() {
    // An editor that keeps Ctrl-C for itself, as editors do, and says
    // which process started it.
    let mut tty = at_the_editor(
        "trap '' INT\necho $PPID > escalate.pid\necho EDITOR-OPEN\nsleep 1\nprintf 'Written after Ctrl-C since 3 November' > \"$1\"\n",
    );
    tty.expect("EDITOR-OPEN");
    tty.send("\x03");
    tty.expect("The problem: Written after Ctrl-C");
    // Back at a prompt, the run stops on a signal again.
    tty.expect("Where can your CSM see these examples?");
    let pid: i32 = std::fs::read_to_string(tty.path("escalate.pid"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    // SAFETY: kill only sends a signal to the process under test.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGINT) }, 0);
    tty.expect(STOPPED_KEPT);
    assert_eq!(tty.finish(), 130);
}

/// Is the process `pid` still running (not a zombie)?
fn running(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
        !stat
            .rsplit(')')
            .next()
            .unwrap_or("")
            .trim()
            .starts_with('Z')
    })
}

#[test]
fn sigterm_while_the_editor_is_open_leaves_neither_the_editor_nor_its_file() {
    for script in [
        // An editor that ends on SIGTERM, and one that ignores it.
        "echo $$ > editor.pid\necho $PPID > escalate.pid\necho EDITOR-OPEN\nwhile :; do sleep 0.05; done\n",
        "trap '' TERM\necho $$ > editor.pid\necho $PPID > escalate.pid\necho EDITOR-OPEN\nwhile :; do sleep 0.05; done\n",
    ] {
        let mut tty = at_the_editor(script);
        tty.expect("EDITOR-OPEN");
        assert_eq!(left_in_tmp(&tty).len(), 1, "the editor's folder");
        let pid = |name: &str| -> i32 {
            let text = std::fs::read_to_string(tty.path(name)).unwrap();
            text.trim().parse().unwrap()
        };
        let (escalate, editor) = (pid("escalate.pid"), pid("editor.pid"));
        // SAFETY: kill only sends a signal to the process under test.
        assert_eq!(unsafe { libc::kill(escalate, libc::SIGTERM) }, 0);
        tty.expect(STOPPED_KEPT);
        assert_eq!(tty.finish(), 143, "{}", tty.output());
        assert!(!running(editor), "the editor was left running");
        assert_eq!(left_in_tmp(&tty), Vec::<String>::new());
    }
}

#[test]
fn the_terminal_modes_are_put_back_after_the_editor() {
    let dir =
        folder_with_editor("stty raw -echo\nprintf 'Written raw. Since 3 November.' > \"$1\"\n");
    let script = format!(
        "stty -a; VISUAL=./editor.sh TMPDIR=./tmp \"$ESCALATE\" check --today {TODAY} --brief brief.md; stty -a"
    );
    let mut tty = Tty::shell(dir, &script);
    tty.walk(READY_WALK);
    tty.walk(&BRIEF_WALK[..BRIEF_PROBLEM]);
    tty.expect(PROBLEM);
    tty.send("e\r");
    tty.expect("The problem: Written raw.");
    tty.walk(&BRIEF_WALK[BRIEF_PROBLEM + 1..]);
    tty.review(0);
    tty.finish();
    let output = tty.output();
    let modes = |from: usize| {
        let text = &output[from..];
        text[..text.find("-extproc").expect("stty -a ran")].to_owned()
    };
    let before = modes(output.find("speed").expect("stty -a ran"));
    let after = modes(output.rfind("speed").unwrap());
    assert_eq!(after, before, "{output}");
    for mode in ["icanon", "isig", "opost"] {
        let set = after.split_whitespace().any(|word| word == mode);
        assert!(set, "{mode} not set:\n{after}");
    }
}
