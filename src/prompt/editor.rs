//! Long answers written in the user's editor: `e` at a question that takes
//! a longer text (the problem summary, what is at stake, the partner's
//! answer) or at a list such as the examples.
//!
//! The editor is found as git finds it: `$VISUAL` (unless the terminal is
//! `dumb`), else `$EDITOR`, else `vi` (Notepad on Windows); a variable
//! that is empty or blank counts as unset. The shell runs it, as git does
//! (`sh -c '$EDITOR "$@"' $EDITOR FILE`; cmd on Windows), so it may carry
//! options or quotes (`code --wait`). The file is `answer.md` in a new
//! private temporary folder, removed however the run ends
//! ([`crate::signal::editing`]). What the editor leaves there is taken
//! only if it ends with success, the file is still there, UTF-8 text and
//! within [`MAX_ANSWER`]; otherwise the edit is discarded and a
//! [`Problem`] says why, and the question is asked again. The terminal's
//! mode is put back after the editor, whatever it changed.

use crate::error::{Error, Result};
use crate::limits::MAX_ANSWER;
use crate::signal::{Editing, Mode};
use std::ffi::OsString;
use std::io::Read;
use std::path::Path;
use std::process::{Command, ExitStatus};

/// Why the text from the editor was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The command is a comment to the shell (`# vim`): nothing to run.
    NotACommand { command: String },
    /// The terminal is `dumb` and `$EDITOR` is not set.
    DumbTerminal,
    /// The temporary file or the shell could not be made or started.
    NotStarted { command: String, reason: String },
    /// The shell could not run the command (exit status 126 or 127).
    NotFound { command: String },
    /// The editor ended with a failure status.
    Failed { command: String, status: i32 },
    /// The editor was ended by a signal.
    Killed { command: String, signal: i32 },
    /// The file could not be read back (deleted).
    Unreadable { reason: String },
    /// Something other than a file was left in the file's place.
    NotAFile,
    /// The file holds something other than UTF-8 text.
    NotText,
    /// The text is longer than an answer may be.
    TooLong { kib: u64, max_kib: u64 },
}

/// What came of an edit.
#[derive(Debug, PartialEq, Eq)]
pub enum Edit<T> {
    /// The text or entries written.
    Written(T),
    /// The editor left the text as it was.
    Unchanged,
    /// Nothing was taken, for this reason.
    Discarded(Problem),
}

/// The text written in the editor, starting from `start`. `Err` only when
/// a signal stopped the run meanwhile.
pub fn text(start: &str) -> Result<Edit<String>> {
    let command = match command() {
        Ok(command) => command,
        Err(problem) => return Ok(Edit::Discarded(problem)),
    };
    let written = edit(&command, start)?;
    Ok(match written {
        Ok(text) if text == start => Edit::Unchanged,
        Ok(text) => Edit::Written(text),
        Err(problem) => Edit::Discarded(problem),
    })
}

/// List entries written in the editor, one per line, starting from
/// `entries`; blank lines are dropped. As for [`text`].
pub fn list(entries: &[String]) -> Result<Edit<Vec<String>>> {
    let mut start = entries.join("\n");
    start.push('\n');
    Ok(match text(&start)? {
        Edit::Written(written) => Edit::Written(
            written
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .map(str::to_owned)
                .collect(),
        ),
        Edit::Unchanged => Edit::Unchanged,
        Edit::Discarded(problem) => Edit::Discarded(problem),
    })
}

/// The editor command, by git's rules.
fn command() -> Result<OsString, Problem> {
    let set = |name: &str| std::env::var_os(name).filter(|v| !is_blank(v));
    let dumb = std::env::var_os("TERM").is_some_and(|term| term == "dumb");
    let chosen = if dumb { None } else { set("VISUAL") }.or_else(|| set("EDITOR"));
    let command = match chosen {
        Some(command) => command,
        None if dumb => return Err(Problem::DumbTerminal),
        None => OsString::from(if cfg!(windows) { "notepad" } else { "vi" }),
    };
    if command
        .as_encoded_bytes()
        .trim_ascii_start()
        .starts_with(b"#")
    {
        return Err(Problem::NotACommand {
            command: shown(&command),
        });
    }
    Ok(command)
}

/// Is `value` empty or only blanks?
fn is_blank(value: &OsString) -> bool {
    value.as_encoded_bytes().trim_ascii().is_empty()
}

/// `command` as it is shown in a message.
fn shown(command: &OsString) -> String {
    command.to_string_lossy().into_owned()
}

/// Runs the editor on a file holding `start`; the text it leaves there.
fn edit(command: &OsString, start: &str) -> Result<Result<String, Problem>> {
    let not_started = |err: std::io::Error| Problem::NotStarted {
        command: shown(command),
        reason: crate::error::io_reason(&err),
    };
    let folder = match tempfile::Builder::new().prefix("escalate-").tempdir() {
        Ok(folder) => folder,
        Err(err) => return Ok(Err(not_started(err))),
    };
    let path = folder.path().join("answer.md");
    let editing = Editing::start(folder.path());
    if let Err(err) = std::fs::write(&path, start) {
        return Ok(Err(not_started(err)));
    }
    let mode = Mode::now();
    // The editor reads pastes its own way.
    let paste = crate::signal::paste_off();
    let status = editing
        .spawn(&mut shell(command, &path))
        .and_then(|mut child| child.wait());
    if let Some(mode) = mode {
        mode.put_back();
    }
    if paste {
        crate::signal::paste_on();
    }
    drop(editing);
    if crate::signal::caught().is_some() {
        return Err(Error::Interrupted);
    }
    let outcome = match status {
        Ok(status) => ended(command, status).and_then(|()| read_back(&path)),
        Err(err) => Err(not_started(err)),
    };
    drop(folder);
    Ok(outcome)
}

/// The shell command that runs `command` on `path`, as git runs it; a
/// simple command (a program, its options, quotes) replaces the shell
/// (`exec`), so that the editor is escalate's own child: its exit status
/// and a signal that ends it are its own, and a signal passed on reaches
/// it.
#[cfg(unix)]
fn shell(command: &OsString, path: &Path) -> Command {
    let mut script = OsString::from(if simple(command) { "exec " } else { "" });
    script.push(command);
    script.push(" \"$@\"");
    let mut shell = Command::new("sh");
    shell.arg("-c").arg(script).arg(command).arg(path);
    shell
}

/// On Windows, `cmd /D /S /C "COMMAND "FILE""`: with `/S`, cmd drops the
/// outer quotes and runs the line as written, options and quotes
/// included. The line is passed raw: escaped as a program's argument,
/// its quotes would reach cmd as `\"`, which cmd does not read.
#[cfg(windows)]
fn shell(command: &OsString, path: &Path) -> Command {
    use std::os::windows::process::CommandExt;
    let mut line = OsString::from("\"");
    line.push(command);
    line.push(" \"");
    line.push(path);
    line.push("\"\"");
    let mut shell = Command::new("cmd");
    shell.args(["/D", "/S", "/C"]).raw_arg(line);
    shell
}

#[cfg(not(any(unix, windows)))]
fn shell(command: &OsString, path: &Path) -> Command {
    let mut shell = Command::new(command);
    shell.arg(path);
    shell
}

/// Is `command` one simple command that `exec` can run: no pipeline, list,
/// redirection, subshell or substitution, and no assignment or reserved
/// word in front?
#[cfg(unix)]
fn simple(command: &OsString) -> bool {
    let bytes = command.as_encoded_bytes();
    let first = bytes
        .trim_ascii_start()
        .split(u8::is_ascii_whitespace)
        .next();
    !bytes.iter().any(|b| b";&|<>()`\n".contains(b))
        && first.is_some_and(|word| {
            !word.is_empty()
                && !word.contains(&b'=')
                && !matches!(
                    word,
                    b"!" | b"{" | b"if" | b"for" | b"while" | b"until" | b"case"
                )
        })
}

/// The exit statuses of a shell that could not find or run the command:
/// `sh`'s 126 and 127, cmd's 9009.
const NOT_RUN: &[i32] = if cfg!(windows) { &[9009] } else { &[126, 127] };

/// Did the editor end with success?
fn ended(command: &OsString, status: ExitStatus) -> Result<(), Problem> {
    let command = shown(command);
    #[cfg(unix)]
    if let Some(signal) = std::os::unix::process::ExitStatusExt::signal(&status) {
        return Err(Problem::Killed { command, signal });
    }
    match status.code() {
        Some(0) => Ok(()),
        Some(code) if NOT_RUN.contains(&code) => Err(Problem::NotFound { command }),
        Some(status) => Err(Problem::Failed { command, status }),
        None => Err(Problem::Failed {
            command,
            status: -1,
        }),
    }
}

/// The text the editor left at `path`, within [`MAX_ANSWER`].
fn read_back(path: &Path) -> Result<String, Problem> {
    let unreadable = |err: std::io::Error| Problem::Unreadable {
        reason: crate::error::io_reason(&err),
    };
    let too_long = |bytes: u64| Problem::TooLong {
        kib: bytes.div_ceil(1024),
        max_kib: MAX_ANSWER as u64 / 1024,
    };
    let file = crate::read::regular_file(path, true)
        .map_err(unreadable)?
        .ok_or(Problem::NotAFile)?;
    let meta = file.metadata().map_err(unreadable)?;
    if meta.len() > MAX_ANSWER as u64 {
        return Err(too_long(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_ANSWER as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() > MAX_ANSWER {
        return Err(too_long(bytes.len() as u64));
    }
    String::from_utf8(bytes).map_err(|_| Problem::NotText)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn only_a_simple_command_replaces_the_shell() {
        for command in ["vi", "code --wait", "'/my editor/vi' -x", "  nano"] {
            assert!(simple(&OsString::from(command)), "{command}");
        }
        for command in [
            "vi; true",
            "a && b",
            "a | b",
            "a > f",
            "(vi)",
            "`which vi`",
            "FOO=1 vi",
            "if true; then vi; fi",
            "{ vi; }",
            "! vi",
            "vi\nnano",
            "",
        ] {
            assert!(!simple(&OsString::from(command)), "{command}");
        }
    }

    #[test]
    fn blank_values_count_as_unset() {
        assert!(is_blank(&OsString::from("")));
        assert!(is_blank(&OsString::from("  \t ")));
        assert!(!is_blank(&OsString::from(" vi ")));
    }

    #[test]
    fn an_editor_is_taken_only_when_it_ends_with_success() {
        use std::os::unix::process::ExitStatusExt;
        let vi = OsString::from("vi");
        let status = |raw| ExitStatus::from_raw(raw);
        assert_eq!(ended(&vi, status(0)), Ok(()));
        let command = "vi".to_owned();
        assert_eq!(
            ended(&vi, status(1 << 8)),
            Err(Problem::Failed {
                command: command.clone(),
                status: 1
            })
        );
        for code in [126, 127] {
            assert_eq!(
                ended(&vi, status(code << 8)),
                Err(Problem::NotFound {
                    command: command.clone()
                })
            );
        }
        assert_eq!(
            ended(&vi, status(2)),
            Err(Problem::Killed { command, signal: 2 })
        );
    }

    #[test]
    fn a_status_with_neither_exit_code_nor_signal_is_a_failure() {
        use std::os::unix::process::ExitStatusExt;
        // Stopped by SIGSTOP (0x7f in the low byte): no exit code, and no
        // signal that ended it.
        let stopped = ExitStatus::from_raw(0x137f);
        assert_eq!((stopped.code(), stopped.signal()), (None, None));
        assert_eq!(
            ended(&OsString::from("vi"), stopped),
            Err(Problem::Failed {
                command: "vi".to_owned(),
                status: -1
            })
        );
    }

    /// A file that holds more than its size says (one still being written
    /// to, or one of /proc's) is refused, not cut at the limit.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_file_longer_than_its_size_says_is_refused_not_cut() {
        use std::io::BufRead;
        use std::process::Stdio;
        // /proc/PID/environ says it has 0 bytes and holds the environment:
        // that of a shell which has said it runs, and waits for its input.
        let mut child = Command::new("sh")
            .args(["-c", "echo running; read line"])
            .env("LONG", "x".repeat(MAX_ANSWER))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut running = String::new();
        let stdout = child.stdout.take().unwrap();
        std::io::BufReader::new(stdout)
            .read_line(&mut running)
            .unwrap();
        assert_eq!(running, "running\n");
        let path = std::path::PathBuf::from(format!("/proc/{}/environ", child.id()));
        let size = std::fs::metadata(&path).map(|meta| meta.len());
        let read = read_back(&path);
        // The end of its input ends the shell.
        drop(child.stdin.take());
        child.wait().unwrap();
        assert_eq!(size.unwrap(), 0);
        let max_kib = MAX_ANSWER as u64 / 1024;
        assert_eq!(
            read,
            Err(Problem::TooLong {
                kib: max_kib + 1,
                max_kib
            })
        );
    }

    #[test]
    fn the_text_read_back_is_within_the_limit_and_utf8() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("answer.md");
        std::fs::write(&path, "x".repeat(MAX_ANSWER)).unwrap();
        assert_eq!(read_back(&path).map(|t| t.len()), Ok(MAX_ANSWER));
        std::fs::write(&path, "x".repeat(MAX_ANSWER + 1)).unwrap();
        let max_kib = MAX_ANSWER as u64 / 1024;
        assert_eq!(
            read_back(&path),
            Err(Problem::TooLong {
                kib: max_kib + 1,
                max_kib
            })
        );
        std::fs::write(&path, b"\xff\xfe").unwrap();
        assert_eq!(read_back(&path), Err(Problem::NotText));
        std::fs::remove_file(&path).unwrap();
        assert!(matches!(read_back(&path), Err(Problem::Unreadable { .. })));
        std::fs::create_dir(&path).unwrap();
        assert_eq!(read_back(&path), Err(Problem::NotAFile));
    }
}
