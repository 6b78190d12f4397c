//! Exit codes and the one error type every command returns.
//!
//! An [`Error`] is a message (one line per problem) and an optional hint;
//! `main` prints it as `error: …` lines on stderr and exits with its code.
//! Nothing in escalate panics on bad input: every failure becomes an `Error`.

use std::fmt;

/// The process exit codes escalate uses; documented in `--help` and README.
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
    /// Interrupted by Ctrl-C.
    Interrupted = 130,
}

impl From<Code> for std::process::ExitCode {
    fn from(code: Code) -> Self {
        std::process::ExitCode::from(code as u8)
    }
}

/// A failure to report to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// One or more lines; each is printed behind `error: `.
    pub message: String,
    /// What to do about it, printed behind `hint: `.
    pub hint: Option<String>,
    pub code: Code,
}

impl Error {
    pub fn new(message: impl Into<String>) -> Self {
        Error {
            message: message.into(),
            hint: None,
            code: Code::Error,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// The user pressed Ctrl-C.
    pub fn interrupted() -> Self {
        Error {
            message: crate::i18n::t().interrupted().to_owned(),
            hint: None,
            code: Code::Interrupted,
        }
    }

    /// An I/O failure while doing `what` (for example "cannot read FILE").
    pub fn io(what: impl fmt::Display, err: &std::io::Error) -> Self {
        if err.kind() == std::io::ErrorKind::Interrupted {
            return Error::interrupted();
        }
        Error::new(format!("{what}: {}", io_reason(err)))
    }

    /// Writes the error to `out` as `error:`/`hint:` lines.
    pub fn print(&self, out: &mut impl std::io::Write) -> std::io::Result<()> {
        // Stopping on purpose is not an error.
        if self.code == Code::Interrupted {
            return writeln!(out, "{}", self.message);
        }
        let red = console::Style::new().red().bold().for_stderr();
        let dim = console::Style::new().cyan().for_stderr();
        for line in self.message.lines() {
            writeln!(out, "{} {line}", red.apply_to("error:"))?;
        }
        if let Some(hint) = &self.hint {
            writeln!(out, "{} {hint}", dim.apply_to("hint:"))?;
        }
        Ok(())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// The OS reason for an I/O error, without Rust's "(os error N)" suffix.
/// An I/O error's reason without Rust's ` (os error N)` suffix.
pub fn io_reason(err: &std::io::Error) -> String {
    let text = err.to_string();
    match text.find(" (os error") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
