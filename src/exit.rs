//! Exit codes: the one table, which `--help`, the man page and README.md
//! show (a test holds the README's copy to it).

/// The process exit codes escalate uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// Ready to escalate.
    Ready = 0,
    /// Not ready yet: something to do first.
    NotReady = 1,
    /// Usage error, bad checklist, bad or missing answers, I/O error.
    Error = 2,
    /// Not needed: the partner resolved it.
    NotNeeded = 3,
    /// Stopped by Ctrl-C (SIGTERM and SIGHUP exit with 143 and 129).
    Interrupted = 130,
}

impl From<Code> for std::process::ExitCode {
    fn from(code: Code) -> Self {
        std::process::ExitCode::from(code as u8)
    }
}

/// Every exit code and what it means, in the order they are listed.
pub const TABLE: [(&str, &str); 5] = [
    ("0", "ready to escalate"),
    ("1", "not ready yet: do the next steps first"),
    ("3", "not needed: the partner resolved it"),
    (
        "2",
        "usage error, bad checklist, bad or missing answers, I/O error",
    ),
    (
        "130",
        "stopped with Ctrl-C (129 and 143 for SIGHUP and SIGTERM); nothing was written",
    ),
];

/// The table as `--help` ends with it.
pub fn help() -> String {
    let mut text = String::from("Exit codes:");
    for (code, meaning) in TABLE {
        text.push_str(&format!("\n  {code:<4} {meaning}"));
    }
    text
}
