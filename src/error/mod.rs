//! The one error type: what went wrong, as data.
//!
//! Nothing upstream formats a sentence. An [`Error`] holds what is needed
//! to say what went wrong (which file and place, which key, what was given
//! and what was expected); [`Error::words`] puts it into words in the run's
//! language, which is settled before anything is said, and [`Error::print`]
//! writes those words as `error:` and `hint:` lines, each made safe there,
//! at the one place where an error reaches the reader. Quoted values are
//! cut short there too ([`words`]). The exit code follows from the
//! variant. An input file's problems are [`Problem`]s (`crate::read`).

use crate::exit::Code;
use crate::i18n::t;
use crate::locate::Place;
use std::io;

mod words;

pub use crate::checklist::Expected;
pub use crate::read::{Problem, What, io_reason};
pub use words::{MOST_SAID, Words};

/// Something that stops a run, and what to say about it.
#[derive(Debug)]
pub enum Error {
    /// Problems in an input file, each with its place. A checklist's
    /// problems come with the hint to run `validate`.
    Problems {
        problems: Vec<Problem>,
        checklist: bool,
    },
    /// An answer that does not fit its question.
    Answer {
        at: Box<At>,
        key: String,
        value: String,
        expected: Expected,
    },
    /// An answer key the checklist does not have.
    UnknownKey {
        at: Box<At>,
        key: String,
        hint: KeyHint,
    },
    /// A key other than a list's given twice with `--answer`.
    AnsweredTwice { key: String },
    /// `--answer` without `KEY=`.
    FlagWithoutEquals { flag: String },
    /// Required questions with no answer and no way to ask.
    Missing { keys: Vec<String>, why: Why },
    /// Piped answers ended before the answer to `key`, on line `line`.
    StdinEnded { key: String, line: usize },
    /// A piped line that no question took; `last` is the last line used.
    SpareLine { line: usize, last: usize },
    /// A piped line longer than [`crate::answers::lines::MAX_LINE`].
    LineTooLong { line: usize },
    /// A piped line that is not UTF-8.
    LineNotUtf8 { line: usize },
    /// More piped input than the largest answers file.
    StdinTooLarge,
    /// `--checklist -` and `--answers -` together.
    BothStdin,
    /// `-` as the name of a file to write.
    DashOutput,
    /// `-` as the file `init` writes; without a name it writes `default`.
    DashInit { default: String },
    /// An output that names a folder.
    Folder { path: String },
    /// A document whose file name does not say its format.
    DocumentFormat { path: String },
    /// An output that exists, without `--force`.
    Exists { path: String, hint: ExistsHint },
    /// An output that exists and is a device, pipe or socket.
    NotRegular { path: String },
    /// An output whose folder does not exist.
    NoFolder { path: String },
    /// An output that is one of the run's input files.
    OutputIsInput { output: String, input: String },
    /// Two outputs naming one file.
    SameOutput { path: String },
    /// A file that cannot be written.
    Write { path: String, err: io::Error },
    /// A state folder that is not safe to keep answers in.
    StateRefused {
        path: String,
        why: crate::state::Refused,
    },
    /// Answers whose saved file escalate could not read back.
    AnswersTooBig { kib: u64 },
    /// `SOURCE_DATE_EPOCH` that is no number of seconds.
    SourceDateEpoch { raw: String },
    /// Reading or writing a stream failed.
    Stream { stream: Stream, err: io::Error },
    /// Several errors, each said in turn with its hint (files that could
    /// not be written, every problem of the answers given).
    Several(Vec<Error>),
    /// How many more problems there are than were put into words, past
    /// the most one run says ([`words::MOST_SAID`]).
    AndMore(usize),
    /// The run was stopped (Ctrl-C, SIGTERM, SIGHUP).
    Interrupted,
    /// The run was stopped after it had written a file, which stays.
    StoppedAfterWriting,
    /// The run was stopped after it had kept the answers given for the
    /// next run, and, with `wrote`, written a file, which stays.
    StoppedKept { wrote: bool },
}

/// Where an answer came from, to say where it is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum At {
    /// A file, and the place in it when known.
    File { name: String, place: Option<Place> },
    /// A line of piped answers.
    Line(usize),
    /// `--answer`.
    Flag,
}

/// What to suggest for an unknown key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyHint {
    /// The key that was most likely meant.
    Closest(String),
    /// Every key, when they are few.
    Known(Vec<String>),
    /// How many keys there are, when they are many.
    Many(usize),
    /// A section's name with questions under it: the flat key to write.
    Flat { example: String, section: String },
}

/// What to do about an output that exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExistsHint {
    /// `--force` replaces it.
    Force,
    /// `init` never replaces.
    Remove,
}

/// Why nothing can be asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// `--no-input` was given.
    NoInput,
    /// stdin or stderr is not a terminal, and stdin is not a pipe to read.
    NoTerminal,
    /// stdin was to hold the answers, one per line, but holds nothing.
    EmptyStdin,
}

/// A stream escalate reads or writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdin,
    Stdout,
    TerminalIn,
    TerminalOut,
}

impl Error {
    /// An I/O failure on `stream`; an interrupted one is a stop.
    pub fn stream(stream: Stream, err: io::Error) -> Error {
        if err.kind() == io::ErrorKind::Interrupted {
            return Error::Interrupted;
        }
        Error::Stream { stream, err }
    }

    /// A file that cannot be written; an interrupted write is a stop.
    pub fn write(path: &std::path::Path, err: io::Error) -> Error {
        if err.kind() == io::ErrorKind::Interrupted {
            return Error::Interrupted;
        }
        Error::Write {
            path: path.display().to_string(),
            err,
        }
    }

    /// The errors as one, or `None` when there are none: several are
    /// said in turn, those that hold several said one by one.
    pub fn all(errors: Vec<Error>) -> Option<Error> {
        let mut flat = Vec::with_capacity(errors.len());
        for err in errors {
            match err {
                Error::Several(inner) => flat.extend(inner),
                err => flat.push(err),
            }
        }
        match flat.len() {
            0 => None,
            1 => flat.pop(),
            _ => Some(Error::Several(flat)),
        }
    }

    /// The exit code this error ends the run with.
    pub fn code(&self) -> Code {
        match self {
            Error::Interrupted | Error::StoppedAfterWriting | Error::StoppedKept { .. } => {
                Code::Interrupted
            }
            _ => Code::Error,
        }
    }

    /// Writes the error to `out` in the run's language: `error:` lines and
    /// a `hint:` line (`Fehler:`, `Tipp:` in German) for each error it
    /// holds, every one made safe; a stop is said plainly, since stopping
    /// on purpose is not an error.
    pub fn print(&self, out: &mut impl io::Write) -> io::Result<()> {
        let said = self.said(t());
        if self.code() == Code::Interrupted {
            for line in said.iter().flat_map(|words| &words.lines) {
                writeln!(out, "{}", crate::safe::line(line))?;
            }
            return Ok(());
        }
        let red = console::Style::new().red().bold().for_stderr();
        let cyan = console::Style::new().cyan().for_stderr();
        for words in &said {
            for line in &words.lines {
                writeln!(
                    out,
                    "{} {}",
                    red.apply_to(t().error_label()),
                    crate::safe::line(line)
                )?;
            }
            if let Some(hint) = &words.hint {
                writeln!(
                    out,
                    "{} {}",
                    cyan.apply_to(t().hint_label()),
                    crate::safe::line(hint)
                )?;
            }
        }
        Ok(())
    }
}

/// The words of the run's language, lines and hints, unstyled and not yet
/// made safe: for tests and messages that wrap an error.
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut first = true;
        for words in self.said(t()) {
            for line in &words.lines {
                if !first {
                    f.write_str("\n")?;
                }
                f.write_str(line)?;
                first = false;
            }
            if let Some(hint) = words.hint {
                write!(f, "\n{} {hint}", t().hint_label())?;
            }
        }
        Ok(())
    }
}

/// A clock that cannot say the date stops the run.
impl From<crate::clock::BadEpoch> for Error {
    fn from(bad: crate::clock::BadEpoch) -> Error {
        Error::SourceDateEpoch { raw: bad.raw }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_but_a_stop_exits_2() {
        assert_eq!(Error::Interrupted.code(), Code::Interrupted);
        assert_eq!(Error::BothStdin.code(), Code::Error);
        let err = io::Error::from(io::ErrorKind::Interrupted);
        assert!(matches!(
            Error::stream(Stream::Stdin, err),
            Error::Interrupted
        ));
    }
}
