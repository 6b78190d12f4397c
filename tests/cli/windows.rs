//! What only Windows has: file names that differ in case, separator or
//! drive yet name one file, paths with backslashes in messages, the
//! kept answers under `%LOCALAPPDATA%`, and Ctrl-Break as a console
//! control event. Built and run on Windows only (the Windows job of
//! `.github/workflows/ci.yml`).

use crate::common::{CHECKLIST, READY, TODAY, Test, assert_says, names};
use crate::files::during_write;

#[test]
fn an_input_under_another_windows_spelling_is_never_an_output() {
    let answers = "scope.reviewed-deliverables: yes\n";
    let test = Test::new()
        .file("sub/a.yaml", answers)
        .args(["check", "--answers", r"sub\a.yaml", "--force"])
        .stdin("");
    let full = test.path("sub").join("a.yaml");
    let upper = full.to_string_lossy().to_uppercase();
    for output in [
        r"sub\a.yaml",
        "sub/a.yaml",
        r"SUB\A.YAML",
        r".\sub\..\sub\a.yaml",
        full.to_str().unwrap(),
        upper.as_str(),
    ] {
        let out = test.clone().args(["--brief", output]).run();
        let message = out.refused();
        assert_says(&message, &[output, r"is the input file sub\a.yaml"]);
        assert_eq!(out.read("sub/a.yaml"), answers, "{output}");
    }
}

#[test]
fn paths_in_messages_keep_their_backslashes_and_drive() {
    let test = Test::new()
        .file(
            "sub/bad.yaml",
            "scope.reviewed-deliverables: yes\nnope: 1\n",
        )
        .args(["check", "--no-input", "--today", TODAY]);
    let located = test
        .clone()
        .args(["--answers", r"sub\bad.yaml"])
        .run()
        .refused();
    assert_says(&located, &[r"error: sub\bad.yaml:2:1: unknown answer key"]);

    let missing = test.path("sub").join("missing.yaml");
    let missing = missing.to_str().unwrap();
    assert!(missing.as_bytes()[1] == b':', "not a drive path: {missing}");
    let message = test.clone().args(["--answers", missing]).run().refused();
    assert_says(&message, &[&format!("error: {missing}: ")]);
    assert!(
        !message.contains(r"\\"),
        "a backslash was escaped: {message}"
    );
}

#[test]
fn kept_answers_live_under_local_app_data() {
    // A checklist of its own, so that only this test's file is touched.
    let id = format!("windows-test-{}", std::process::id());
    let test = Test::new().file(
        "c.yaml",
        CHECKLIST.replacen("id: partner-escalation", &format!("id: {id}"), 1),
    );
    // A checklist file's answers are kept under its id and the 64-bit
    // FNV-1a hash of its real path.
    let real = test.path("c.yaml").canonicalize().unwrap();
    let hash = real
        .as_os_str()
        .as_encoded_bytes()
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, &byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
    let local = std::env::var("LOCALAPPDATA").expect("LOCALAPPDATA is set");
    let kept = std::path::Path::new(&local)
        .join("escalate")
        .join("data")
        .join(format!("{id}.{hash:016x}.yaml"));
    std::fs::create_dir_all(kept.parent().unwrap()).unwrap();
    std::fs::write(&kept, "version: 1\n").unwrap();
    let out = test
        .args(["forget", "--checklist", "c.yaml"])
        .run()
        .exits(0);
    assert_says(&out.stdout(), &[kept.to_str().unwrap()]);
    assert!(!kept.exists(), "forget left {}", kept.display());
}

/// Ctrl-Break, sent to the run's own process group while it writes the
/// brief, stops it as Ctrl-C does on Unix: exit 130, the stop said plainly
/// (no colour codes), and no temporary file left behind.
#[test]
fn ctrl_break_during_a_write_stops_the_run_and_leaves_nothing() {
    use std::os::windows::process::CommandExt;
    use windows_sys::Win32::System::Console::{
        AllocConsole, CTRL_BREAK_EVENT, GenerateConsoleCtrlEvent,
    };
    use windows_sys::Win32::System::Threading::CREATE_NEW_PROCESS_GROUP;

    let test = Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .args(["--brief", "brief.md"])
        .answers(READY);
    // Control events travel through a console: the test gets one if it runs
    // without (a service, a CI runner); with one already, this does nothing.
    // SAFETY: AllocConsole takes no pointers.
    unsafe { AllocConsole() };
    let mut command = test.command();
    // The run leads a process group of its own, which Ctrl-Break can reach.
    command.creation_flags(CREATE_NEW_PROCESS_GROUP);
    let (exit, stderr) = during_write(command, "stall-write", "fault: stalled\n", |id| {
        // SAFETY: sends Ctrl-Break to the process group the child leads.
        let sent = unsafe { GenerateConsoleCtrlEvent(CTRL_BREAK_EVENT, id) };
        assert_ne!(sent, 0, "{}", std::io::Error::last_os_error());
    });
    assert_eq!(exit, Some(130), "{stderr}");
    assert_eq!(stderr, "Stopped. Nothing was saved.\n");
    assert!(names(test.dir()).is_empty(), "{:?}", names(test.dir()));
}
