//! The one error type: what went wrong, as data.
//!
//! Nothing upstream formats a sentence. An [`Error`] holds what is needed
//! to say what went wrong (which file and place, which key, what was given
//! and what was expected); [`Error::words`] puts it into words in the run's
//! language, which is settled before anything is said, and [`Error::print`]
//! writes those words as `error:` and `hint:` lines, each made safe there,
//! at the one place where an error reaches the reader. Quoted values are
//! cut short there too. The exit code follows from the variant.

use crate::exit::Code;
use crate::i18n::{Messages, t};
use crate::locate::Place;
use std::io;

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
    /// An output that names a folder.
    Folder { path: String },
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
    /// Answers whose saved file escalate could not read back.
    AnswersTooBig { kib: u64 },
    /// `SOURCE_DATE_EPOCH` that is no number of seconds.
    SourceDateEpoch { raw: String },
    /// Reading or writing a stream failed.
    Stream { stream: Stream, err: io::Error },
    /// The run was stopped (Ctrl-C, SIGTERM, SIGHUP).
    Interrupted,
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

/// What an answer should have been.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    YesNo,
    /// One of these option values, or a number up to their count.
    Choice(Vec<String>),
    Text,
    List,
    Date,
    /// A date no later than today.
    NotAfter(jiff::civil::Date),
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

/// One thing wrong with an input file, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub at: Option<Place>,
    pub what: What,
}

/// What is wrong with an input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum What {
    /// Larger than [`crate::read::MAX_BYTES`].
    TooBig,
    NotUtf8,
    CannotRead(io::ErrorKind, String),
    IsADirectory,
    /// `[` and `{` nested deeper than [`crate::read::MAX_FLOW_DEPTH`].
    TooDeep,
    /// Aliases expand it beyond [`crate::read::MAX_EXPANDED`].
    TooExpanded,
    /// Nothing but comments.
    ChecklistEmpty,
    /// In the words of the parser or of a checklist rule (English).
    Said(String),
}

impl Problem {
    pub fn whole(file: &str, what: What) -> Problem {
        Problem {
            file: file.to_owned(),
            at: None,
            what,
        }
    }

    /// A serde_norway error, with its position moved in front of it.
    pub fn yaml(file: &str, err: &serde_norway::Error) -> Problem {
        Problem {
            file: file.to_owned(),
            at: err.location().map(|l| (l.line(), l.column())),
            what: What::Said(without_position(&err.to_string())),
        }
    }

    /// A serde_json error, with its position moved in front of it.
    pub fn json(file: &str, err: &serde_json::Error) -> Problem {
        Problem {
            file: file.to_owned(),
            at: (err.line() > 0).then(|| (err.line(), err.column())),
            what: What::Said(without_position(&err.to_string())),
        }
    }
}

/// A parser's message without the ` at line L column C` it appends: the
/// place is shown in front, as `file:line:column:`.
fn without_position(text: &str) -> String {
    match text.find(" at line ") {
        Some(cut) => text[..cut].to_owned(),
        None => text.to_owned(),
    }
}

/// An error put into words: its lines and its hint.
pub struct Words {
    pub lines: Vec<String>,
    pub hint: Option<String>,
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

    /// The exit code this error ends the run with.
    pub fn code(&self) -> Code {
        match self {
            Error::Interrupted => Code::Interrupted,
            _ => Code::Error,
        }
    }

    /// The error in the words of `t`.
    pub fn words(&self, t: &dyn Messages) -> Words {
        let one = |line: String| Words {
            lines: vec![line],
            hint: None,
        };
        let hinted = |line: String, hint: &str| Words {
            lines: vec![line],
            hint: Some(hint.to_owned()),
        };
        match self {
            Error::Problems {
                problems,
                checklist,
            } => Words {
                lines: problems.iter().map(|p| problem(p, t)).collect(),
                hint: (*checklist && problems.iter().any(|p| p.at.is_some()))
                    .then(|| t.hint_validate().to_owned()),
            },
            Error::Answer {
                at,
                key,
                value,
                expected,
            } => {
                let why = expected_words(expected, t);
                let line = t.invalid_answer(&quoted(key), &quoted(value), &why);
                Words {
                    lines: vec![placed(at, line)],
                    hint: matches!(**at, At::Line(_)).then(|| t.hint_line_order().to_owned()),
                }
            }
            Error::UnknownKey { at, key, hint } => {
                let hint = match hint {
                    KeyHint::Closest(key) => t.hint_did_you_mean(key),
                    KeyHint::Known(keys) => t.hint_known_keys(&keys.join(", ")),
                    KeyHint::Many(n) => t.hint_many_keys(*n),
                    KeyHint::Flat { example, section } => {
                        t.hint_flat_keys(&quoted(example), &quoted(section))
                    }
                };
                hinted(placed(at, t.unknown_key(&quoted(key))), &hint)
            }
            Error::AnsweredTwice { key } => one(t.answer_twice(&quoted(key))),
            Error::FlagWithoutEquals { flag } => one(format!(
                "--answer `{}`: {}",
                quoted(flag),
                t.flag_without_equals()
            )),
            Error::Missing { keys, why } => {
                let keys = keys.join(", ");
                let (line, hint) = match why {
                    Why::NoInput => (t.missing_no_input(&keys), t.hint_pass_flags()),
                    Why::NoTerminal => (t.missing_no_terminal(&keys), t.hint_pass_answers()),
                    Why::EmptyStdin => (t.missing_empty_stdin(&keys), t.hint_pass_answers()),
                };
                hinted(line, hint)
            }
            Error::StdinEnded { key, line } => {
                hinted(t.input_ended(key, *line), t.hint_pass_answers())
            }
            Error::SpareLine { line, last } => {
                let why = match last {
                    0 => t.line_unneeded().to_owned(),
                    last => t.line_unused(*last),
                };
                hinted(placed(&At::Line(*line), why), t.hint_line_order())
            }
            Error::LineTooLong { line } => one(placed(
                &At::Line(*line),
                t.line_too_long(crate::answers::lines::MAX_LINE / 1024),
            )),
            Error::LineNotUtf8 { line } => {
                one(placed(&At::Line(*line), t.line_not_utf8().to_owned()))
            }
            Error::StdinTooLarge => one(format!(
                "<stdin>: {}",
                t.too_big(crate::read::MAX_BYTES / 1024)
            )),
            Error::BothStdin => one(t.both_stdin().to_owned()),
            Error::DashOutput => hinted(t.dash_output().to_owned(), t.hint_dash_output()),
            Error::Folder { path } => one(t.is_a_folder(path)),
            Error::Exists { path, hint } => {
                let hint = match hint {
                    ExistsHint::Force => t.hint_force(),
                    ExistsHint::Remove => t.hint_init_exists(),
                };
                hinted(t.file_exists(path), hint)
            }
            Error::NotRegular { path } => one(t.not_a_regular_file(path)),
            Error::NoFolder { path } => one(t.no_folder(path)),
            Error::OutputIsInput { output, input } => one(t.output_is_input(output, input)),
            Error::SameOutput { path } => one(t.same_file(path)),
            Error::Write { path, err } => {
                one(format!("{}: {}", t.cannot_write(path), io_reason(err)))
            }
            Error::AnswersTooBig { kib } => {
                one(t.answers_too_big(*kib, crate::read::MAX_BYTES / 1024))
            }
            Error::SourceDateEpoch { raw } => one(t.bad_source_date_epoch(&quoted(raw))),
            Error::Stream { stream, err } => {
                let what = match stream {
                    Stream::Stdin => t.reading_stdin(),
                    Stream::Stdout => t.writing_stdout(),
                    Stream::TerminalIn => t.reading_terminal(),
                    Stream::TerminalOut => t.writing_terminal(),
                };
                one(format!("{what}: {}", io_reason(err)))
            }
            Error::Interrupted => one(t.interrupted().to_owned()),
        }
    }

    /// Writes the error to `out` in the run's language: `error:` lines and
    /// a `hint:` line, every one made safe; a stop is said plainly, since
    /// stopping on purpose is not an error.
    pub fn print(&self, out: &mut impl io::Write) -> io::Result<()> {
        let words = self.words(t());
        if matches!(self, Error::Interrupted) {
            for line in &words.lines {
                writeln!(out, "{}", crate::safe::line(line))?;
            }
            return Ok(());
        }
        let red = console::Style::new().red().bold().for_stderr();
        let cyan = console::Style::new().cyan().for_stderr();
        for line in &words.lines {
            writeln!(
                out,
                "{} {}",
                red.apply_to("error:"),
                crate::safe::line(line)
            )?;
        }
        if let Some(hint) = &words.hint {
            writeln!(
                out,
                "{} {}",
                cyan.apply_to("hint:"),
                crate::safe::line(hint)
            )?;
        }
        Ok(())
    }
}

/// The words of the run's language, lines and hint, unstyled and not yet
/// made safe: for tests and messages that wrap an error.
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let words = self.words(t());
        f.write_str(&words.lines.join("\n"))?;
        match words.hint {
            Some(hint) => write!(f, "\nhint: {hint}"),
            None => Ok(()),
        }
    }
}

/// One problem of a file, as `file:line:column: what`.
fn problem(p: &Problem, t: &dyn Messages) -> String {
    let what = match &p.what {
        What::TooBig => t.too_big(crate::read::MAX_BYTES / 1024),
        What::NotUtf8 => t.not_utf8().to_owned(),
        What::CannotRead(kind, reason) => t.cannot_read(&io::Error::new(*kind, reason.clone())),
        What::IsADirectory => t.is_a_directory().to_owned(),
        What::TooDeep => t.too_deep(crate::read::MAX_FLOW_DEPTH),
        What::TooExpanded => t.too_expanded(crate::read::MAX_EXPANDED / 1024),
        What::ChecklistEmpty => t.checklist_empty().to_owned(),
        What::Said(text) => shorten_quoted(text),
    };
    placed(
        &At::File {
            name: p.file.clone(),
            place: p.at,
        },
        what,
    )
}

/// `line` with where it happened in front: `file:line:column: `,
/// `<stdin>:line: `, or nothing for a flag.
fn placed(at: &At, line: String) -> String {
    match at {
        At::File {
            name,
            place: Some((row, column)),
        } => format!("{name}:{row}:{column}: {line}"),
        At::File { name, place: None } => format!("{name}: {line}"),
        At::Line(row) => format!("<stdin>:{row}: {line}"),
        At::Flag => line,
    }
}

/// What an answer should have been, in words.
pub fn expected_words(expected: &Expected, t: &dyn Messages) -> String {
    match expected {
        Expected::YesNo => t.expected_yes_no().to_owned(),
        Expected::Choice(values) => t.expected_choice(&values.join(", "), values.len()),
        Expected::Text => t.expected_text().to_owned(),
        Expected::List => t.expected_list().to_owned(),
        Expected::Date => t.expected_date().to_owned(),
        Expected::NotAfter(today) => t.date_in_future(&today.to_string()),
    }
}

/// An I/O error's reason without Rust's ` (os error N)` suffix.
pub fn io_reason(err: &io::Error) -> String {
    let text = err.to_string();
    match text.find(" (os error") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

/// The most characters of a value or key a message quotes.
const QUOTED: usize = 60;

/// `text` cut to [`QUOTED`] characters, with `…` where it was cut, so that
/// a huge value does not make a huge message.
pub fn quoted(text: &str) -> String {
    let mut chars = text.chars();
    let short: String = chars.by_ref().take(QUOTED).collect();
    if chars.next().is_some() {
        format!("{short}…")
    } else {
        short
    }
}

/// `text` with each part between backticks or double quotes cut short.
fn shorten_quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(1024));
    let mut rest = text;
    while let Some(open) = rest.find(['`', '"']) {
        let quote = if rest.as_bytes()[open] == b'`' {
            '`'
        } else {
            '"'
        };
        out.push_str(&rest[..=open]);
        rest = &rest[open + 1..];
        let Some(close) = rest.find(quote) else {
            break;
        };
        out.push_str(&quoted(&rest[..close]));
        out.push(quote);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_show_file_line_and_column() {
        let en = crate::i18n::messages(crate::i18n::Lang::En);
        let p = Problem {
            file: "c.yaml".into(),
            at: Some((3, 7)),
            what: What::Said("bad".into()),
        };
        assert_eq!(problem(&p, en), "c.yaml:3:7: bad");
        let whole = Problem::whole("c.yaml", What::Said("gone".into()));
        assert_eq!(problem(&whole, en), "c.yaml: gone");
    }

    #[test]
    fn quoted_values_are_cut_short() {
        let long = "x".repeat(100);
        let said = format!("invalid type: string \"{long}\", expected `{long}`");
        let short = shorten_quoted(&said);
        assert_eq!(short.matches('…').count(), 2, "{short}");
        assert!(short.len() < 200, "{short}");
        assert_eq!(shorten_quoted("a `b` \"c"), "a `b` \"c");
    }

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
