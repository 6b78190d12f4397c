//! The one helper every integration test uses to run the binary.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::PathBuf;

/// The path of the built `escalate` binary.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_escalate"))
}

/// `escalate` with a predictable environment: English, no colour, no
/// locale, no SOURCE_DATE_EPOCH, backtraces asked for (they must not appear).
pub fn escalate() -> Command {
    let mut cmd = Command::new(bin());
    for var in [
        "LANG",
        "LC_ALL",
        "LC_MESSAGES",
        "SOURCE_DATE_EPOCH",
        "CLICOLOR_FORCE",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("NO_COLOR", "1").env("RUST_BACKTRACE", "1");
    cmd
}

/// The date tests use as today.
pub const TODAY: &str = "2026-11-25";

/// A complete set of answers that is ready to escalate, as `KEY=VALUE`.
pub const READY: &[(&str, &str)] = &[
    ("context.product", "cloud"),
    ("context.partner", "ACME Commerce"),
    ("scope.reviewed-deliverables", "yes"),
    ("scope.deliverables-added", "yes"),
    ("scope.planning-impact", "yes"),
    ("partner-contact.raised", "unresolved"),
    ("partner-contact.raised-on", "2026-11-10"),
    (
        "specificity.examples",
        "2026-10-02 email asking for the release date, no reply",
    ),
    (
        "specificity.examples",
        "ticket ACME-1234: guest checkout fails",
    ),
];

/// Writes `text` to a new file in a fresh temporary folder.
pub fn temp_file(name: &str, text: impl AsRef<[u8]>) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("the file is written");
    (dir, path)
}

/// Asserts that stderr is a clean error: `error:` lines, no panic, no backtrace.
pub fn assert_clean_error(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr).into_owned();
    assert!(text.starts_with("error: "), "not an error message: {text}");
    for bad in ["panicked", "RUST_BACKTRACE", "stack backtrace", "thread '"] {
        assert!(!text.contains(bad), "{bad} in: {text}");
    }
    text
}
