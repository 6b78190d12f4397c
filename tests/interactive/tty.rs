//! The harness: a program on a real pseudo-terminal, the keys a walk
//! types, and a small terminal model that shows what stays on screen.

use crate::common::{TODAY, Test, bin, predictable};
use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession;
use expectrl::{Eof, Expect, Needle, Regex};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
use tempfile::TempDir;

/// How long any one expected text may take to appear.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// The down- and up-arrow keys.
pub const DOWN: &str = "\x1b[B";

pub const UP: &str = "\x1b[A";

pub const HIDE_CURSOR: &str = "\x1b[?25l";

pub const SHOW_CURSOR: &str = "\x1b[?25h";

/// Bracketed paste, as the walk turns it on and off.
pub const PASTE_ON: &str = "\x1b[?2004h";

pub const PASTE_OFF: &str = "\x1b[?2004l";

pub const REVIEW: &str = "Review your answers (pick one to change it)";

/// The line that stays once an entry of the review screen is picked.
pub const REVIEWED: &str = "Review: ";

/// Columns and rows of the terminal most tests run in: wide enough for
/// every line of the review screen.
pub const WIDE: (u16, u16) = (120, 40);

/// A narrow terminal, where questions and answers wrap.
pub const NARROW: (u16, u16) = (60, 40);

pub const INTERRUPTED: &str = "Stopped. Nothing was saved.";

/// A stop once answers were given: they are kept for the next run.
pub const STOPPED_KEPT: &str =
    "Stopped. Your answers are kept for the next run; nothing was written.";

/// The folder under the test's own, where the answers are kept between
/// runs.
pub const STATE: &str = ".state";
/// Where the test's state folder keeps the answers of the built-in
/// checklist, in any language.
pub const KEPT: &str = ".state/escalate/partner-escalation.yaml";

/// The last line of the offer after the verdict.
pub const NO_THANKS: &str = "No, thanks";

/// One step of a walk: wait for the text, then type the keys (may be empty).
pub type Step = (&'static str, &'static str);

/// The answers of `common::READY_OWN`, typed at the prompts: the walk of a
/// run that writes no document.
pub const READY_WALK: &[Step] = &[
    ("Have you re-read the statement of work", "y\r"),
    ("Were deliverables added", "yes\r"),
    ("Have you worked out how", "Y\r"),
    ("Have you raised the concern", "\x1b[B\x1b[B\r"), // no clear answer
    ("On which date", "2026-11-10\r"),
    (
        "Examples 1:",
        "2026-10-02 email asking for the release date, no reply\r",
    ),
    ("Examples 2:", "ticket ACME-1234: guest checkout fails\r"),
    ("Examples 3:", "\r"),
];

/// The rest of `common::READY`, typed at the questions a brief adds after
/// READY_WALK; the optional ones READY leaves open are skipped.
pub const BRIEF_WALK: &[Step] = &[
    (
        "What was added, and what does it do",
        "A second payment provider, four weeks and EUR 18,000 more.\r",
    ),
    (
        "Which clause or deliverable",
        "SOW-2026-014 section 4.2, guest checkout\r",
    ),
    (
        "Who is your contact at the partner?",
        "Tom Wagner, project manager\r",
    ),
    ("How did you raise it?", "\r"), // by email
    ("Has it gone higher at the partner", "n\r"),
    (
        "Who at the partner can decide",
        "Derek Olsen, account director, +44 20 7946 0321\r",
    ),
    ("May your CSM contact the partner", "\r"), // directly
    ("What did the partner answer", "\r"),
    // Asked with no answer from the partner too.
    (
        "Where do you stand",
        "Guest checkout is in section 4.2, so the fix is owed, not extra work.\r",
    ),
    (
        "What is wrong, and since when?",
        "Since 3 November guest checkout fails on the live shop.\r",
    ),
    (
        "Where can your CSM see these examples?",
        "ACME's Jira and my mailbox\r",
    ),
    ("Can your CSM see the examples", "\r"), // attached
    ("Which company is this for?", "Example Retail GmbH\r"),
    (
        "Your Adobe organisation ID",
        "1A2B3C4D5E6F7A8B9C0D1E2F@AdobeOrg\r",
    ),
    (
        "What is your implementation partner called?",
        "ACME Commerce\r",
    ),
    ("Which project or contract", "\r"),
    ("Which Adobe Commerce deployment", "\r"), // on cloud infrastructure
    ("Where does it happen?", "www.example.com\r"),
    ("The ID of your cloud project", "abc12de3fgh4i\r"),
    ("How severe is it?", "\r"), // the live shop is down
    ("In a few words, what is broken?", "guest checkout fails\r"),
    ("What would you like your CSM to do?", "\r"), // a joint call
    (
        "In one sentence, what exactly",
        "Bring ACME's account director into a call with me this week.\r",
    ),
    ("What outcome do you want", "Checkout fixed by 1 December\r"),
    ("What is at stake", "About EUR 12,000 of orders a day.\r"),
    ("Which date is at risk", "\r"),
    ("The number of your Adobe support case", "02134567\r"),
    (
        "Your name, and how and when",
        "Jana Weber, +49 30 1234567\r",
    ),
];

/// Where in BRIEF_WALK the problem is asked.
pub const BRIEF_PROBLEM: usize = 9;

/// The steps of BRIEF_WALK before the one that waits for `prompt`, which
/// a test then answers its own way.
pub fn brief_walk_to(prompt: &str) -> &'static [Step] {
    let at = BRIEF_WALK
        .iter()
        .position(|(text, _)| text.starts_with(prompt))
        .unwrap_or_else(|| panic!("{prompt:?} is not asked for a brief"));
    &BRIEF_WALK[..at]
}

/// READY_WALK, then BRIEF_WALK: the walk of `common::READY` in a run that
/// writes a brief.
pub fn ready_brief_walk() -> Vec<Step> {
    READY_WALK.iter().chain(BRIEF_WALK).copied().collect()
}

/// The arguments that make a run write a brief, and ask what it needs.
pub const BRIEF: &[&str] = &["--brief", "brief.md"];

/// Positions on the review screen after READY_WALK (0 confirms); a brief's
/// questions are listed after these.
pub const REVIEW_REVIEWED: usize = 1;

pub const REVIEW_RAISED: usize = 4;

pub const REVIEW_EXAMPLES: usize = 6;

/// A program running on a pseudo-terminal in its own temporary folder.
pub struct Tty {
    pub session: OsSession,
    pub dir: TempDir,
    /// Everything read from the terminal so far.
    pub seen: String,
}

impl Tty {
    /// Runs `program` in `dir` with a predictable environment, in a WIDE
    /// terminal; `$ESCALATE` names the binary for shell scripts.
    pub fn start(dir: TempDir, program: &Path, args: &[&str]) -> Tty {
        Tty::spawn(dir, program, args, WIDE, false)
    }

    /// Runs `program` in a terminal of `size` (columns, rows), set before
    /// it starts; with `colour`, NO_COLOR is not set.
    pub fn spawn(
        dir: TempDir,
        program: &Path,
        args: &[&str],
        (columns, rows): (u16, u16),
        colour: bool,
    ) -> Tty {
        let mut cmd = Command::new("bash");
        cmd.arg("-c")
            // The pty library sets its default size after the start, so
            // the size is set from this side and awaited before the program
            // runs, rather than set by `stty` in a race with that default.
            .arg(r#"until [ "$(stty size)" = "$2 $1" ]; do sleep 0.01; done; shift 2; exec "$@""#)
            .arg("sized")
            .arg(columns.to_string())
            .arg(rows.to_string())
            .arg(program)
            .args(args)
            .current_dir(dir.path());
        // The environment every test gives the binary, plus a terminal type,
        // a home and a state folder of the test's own (for the answers
        // kept between runs), and no editor.
        predictable(&mut cmd)
            .env("TERM", "xterm")
            .env("ESCALATE", bin())
            .env("HOME", dir.path())
            .env("XDG_STATE_HOME", dir.path().join(STATE))
            .env_remove("VISUAL")
            .env_remove("EDITOR");
        if colour {
            cmd.env_remove("NO_COLOR");
        }
        let mut session = OsSession::spawn(cmd).expect("the program starts on a pty");
        session
            .get_process_mut()
            .set_window_size(columns, rows)
            .expect("the terminal size is set");
        Tty {
            session,
            dir,
            seen: String::new(),
        }
    }

    /// `escalate check --today TODAY ARGS...` in a fresh folder.
    pub fn check(args: &[&str]) -> Tty {
        Tty::check_in(WIDE, false, args)
    }

    /// `escalate check --today TODAY ARGS...` in a terminal of `size`.
    pub fn check_in(size: (u16, u16), colour: bool, args: &[&str]) -> Tty {
        Tty::check_again(tempfile::tempdir().unwrap(), size, colour, args)
    }

    /// `escalate check --today TODAY ARGS...` in `dir`, where an earlier
    /// run may have kept its answers.
    pub fn check_again(dir: TempDir, size: (u16, u16), colour: bool, args: &[&str]) -> Tty {
        let mut all = vec!["check", "--today", TODAY];
        all.extend_from_slice(args);
        Tty::spawn(dir, &bin(), &all, size, colour)
    }

    /// The folder, once the program has ended, for another run in it (by
    /// the kept answers' tests, which run on Linux only).
    #[cfg(target_os = "linux")]
    pub fn into_dir(self) -> TempDir {
        self.dir
    }

    /// `bash -c SCRIPT` in `dir`.
    pub fn shell(dir: TempDir, script: &str) -> Tty {
        Tty::start(dir, Path::new("bash"), &["-c", script])
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Waits for `needle` (polling gently rather than spinning, so the
    /// program under test keeps its CPU) and returns all output up to it.
    pub fn wait_for(&mut self, needle: &impl Needle, what: &str) -> String {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            match self.session.check(needle) {
                Ok(found) if !found.is_empty() => {
                    let chunk = String::from_utf8_lossy(found.as_bytes()).into_owned();
                    self.seen.push_str(&chunk);
                    return chunk;
                }
                Ok(_) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(5)),
                outcome => {
                    let why = match outcome {
                        Ok(_) => format!("within {TIMEOUT:?}"),
                        Err(err) => format!("({err})"),
                    };
                    let rest = match self.session.check(Regex("(?s).+")) {
                        Ok(found) => String::from_utf8_lossy(found.as_bytes()).into_owned(),
                        Err(_) => String::new(),
                    };
                    panic!(
                        "{what} did not appear {why}.\n--- output so far ---\n{}\n--- not yet matched ---\n{rest:?}",
                        self.seen
                    );
                }
            }
        }
    }

    /// Takes in what the program has written so far, waiting for nothing.
    pub fn drain(&mut self) {
        if let Ok(found) = self.session.check(Regex("(?s).+")) {
            self.seen
                .push_str(&String::from_utf8_lossy(found.as_bytes()));
        }
    }

    /// What a terminal of `size` (columns, rows) shows once the output has
    /// settled: a moment's wait, then everything seen played on it.
    pub fn settled(&mut self, (columns, rows): (u16, u16)) -> String {
        std::thread::sleep(Duration::from_millis(150));
        self.drain();
        screen(&self.seen, usize::from(columns), usize::from(rows))
    }

    /// Waits for `text` and returns all output up to and including it.
    pub fn expect(&mut self, text: &str) -> String {
        self.wait_for(&text, &format!("{text:?}"))
    }

    pub fn send(&mut self, keys: &str) {
        self.session.send(keys).expect("keys reach the pty");
    }

    pub fn walk(&mut self, steps: &[Step]) {
        for (text, keys) in steps {
            self.expect(text);
            self.send(keys);
        }
    }

    /// On the review screen, picks entry `n` (0: show the verdict) and
    /// returns the screen as drawn up to the line that shows the pick.
    pub fn review(&mut self, n: usize) -> String {
        self.expect(REVIEW);
        self.pick(n)
    }

    /// [`Tty::review`] once the review screen's title has been seen.
    pub fn pick(&mut self, n: usize) -> String {
        self.send(&format!("{}\r", DOWN.repeat(n)));
        self.expect(REVIEWED) + &self.expect("\r\n")
    }

    /// Says no to the document offered after the verdict: the last of
    /// its three lines.
    pub fn decline(&mut self) {
        self.expect(NO_THANKS);
        self.send(&format!("{}\r", DOWN.repeat(2)));
    }

    /// Reads to the end of output and returns the exit code.
    pub fn finish(&mut self) -> i32 {
        self.wait_for(&Eof, "the end of output");
        match self.session.get_process().wait() {
            Ok(WaitStatus::Exited(_, code)) => code,
            other => panic!("unexpected end: {other:?}\n{}", self.seen),
        }
    }

    /// Everything seen, with the terminal's line ends made plain.
    pub fn output(&self) -> String {
        self.seen.replace("\r\n", "\n")
    }
}

/// `text` with every run of whitespace made one space: a terminal wraps
/// long lines that a pipe gets whole.
pub fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What a terminal of `columns` and `rows` shows after `output`, with
/// everything that scrolled off the top kept above it: the lines as they
/// stay, after the cursor movements and erasures the program sent. Enough
/// of a terminal for what escalate and dialoguer send: text that wraps at
/// the right edge, CR, LF, cursor up/down/left/right, erase in line and
/// erase below; colours and other sequences change nothing here.
pub fn screen(output: &str, columns: usize, rows: usize) -> String {
    let mut lines: Vec<Vec<char>> = vec![Vec::new()];
    let (mut row, mut col) = (0, 0);
    // Past the last column: the next character goes to the next line.
    let mut wrap = false;
    let mut chars = output.chars().peekable();
    while let Some(c) = chars.next() {
        let top = lines.len().saturating_sub(rows);
        match c {
            '\x1b' if chars.peek() == Some(&'[') => {
                chars.next();
                let mut params = String::new();
                let mut end = ' ';
                for c in chars.by_ref() {
                    if c.is_ascii_digit() || c == ';' || c == '?' {
                        params.push(c);
                    } else {
                        end = c;
                        break;
                    }
                }
                let n: usize = params.parse().unwrap_or(0);
                let line = &mut lines[row];
                match end {
                    'A' => row = row.saturating_sub(n.max(1)).max(top),
                    'B' => row = (row + n.max(1)).min(top + rows - 1),
                    'C' => col = (col + n.max(1)).min(columns - 1),
                    'D' => col = col.saturating_sub(n.max(1)),
                    'K' if n == 2 => line.clear(),
                    'K' => line.truncate(col),
                    'J' => {
                        line.truncate(col);
                        lines.truncate(row + 1);
                    }
                    _ => {}
                }
                wrap = false;
            }
            '\r' => (col, wrap) = (0, false),
            '\n' => {
                row += 1;
                wrap = false;
            }
            c if c.is_control() => {}
            c => {
                if wrap {
                    (row, col, wrap) = (row + 1, 0, false);
                }
                while lines.len() <= row {
                    lines.push(Vec::new());
                }
                let line = &mut lines[row];
                if line.len() <= col {
                    line.resize(col + 1, ' ');
                }
                line[col] = c;
                if col + 1 == columns {
                    wrap = true;
                } else {
                    col += 1;
                }
            }
        }
        while lines.len() <= row {
            lines.push(Vec::new());
        }
    }
    let text: Vec<String> = lines
        .iter()
        .map(|line| {
            let line: String = line.iter().collect();
            line.replace('\u{a0}', " ").trim_end().to_owned()
        })
        .collect();
    text.join("\n")
}

/// Asserts that `escalate check --no-input ARGS` with `answers` as flags
/// exits with `code` and prints the verdict found in the interactive
/// `output`. `args` name the documents the interactive run wrote, if any:
/// without them, `answers` are the checklist's own.
pub fn assert_same_as_flags(answers: &[(&str, &str)], args: &[&str], code: i32, output: &str) {
    let stdout = Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .args(args)
        .answers(answers)
        .run()
        .exits(code)
        .stdout();
    assert!(
        words(output).contains(&words(&stdout)),
        "the interactive verdict differs from the one for flags:\n{stdout}\n--- interactive ---\n{output}"
    );
}

/// `ready` (`READY` or `READY_OWN`) with some answers replaced (`Some`) or
/// left out (`None`).
pub fn ready_with(
    ready: &[(&'static str, &'static str)],
    changes: &[(&str, Option<&'static str>)],
) -> Vec<(&'static str, &'static str)> {
    ready
        .iter()
        .filter_map(
            |&(key, value)| match changes.iter().find(|(k, _)| *k == key) {
                Some((_, new)) => new.map(|new| (key, new)),
                None => Some((key, value)),
            },
        )
        .collect()
}

/// Asserts that nothing of an answered prompt stays on `screen`: no prompt
/// (one of the short `prompts`, or a list's title among `items`) still
/// waiting for input, no complaint about an answer that was then given
/// right, and no list to pick from (`items`: its entries).
pub fn assert_nothing_left(screen: &str, prompts: &[&str], items: &[&str]) {
    for line in screen.lines() {
        let bare = line.trim_end_matches([' ', ':', '›']);
        let bare = bare.strip_prefix("? ").unwrap_or(bare);
        let waiting = prompts
            .iter()
            .chain(items)
            .any(|p| bare == *p || bare.starts_with(&format!("{p} (")));
        assert!(!waiting, "a prompt stayed: {line:?} on\n{screen}");
        for start in ["? ", "error: ", "✘ ", "> ", "❯ "] {
            assert!(
                !line.starts_with(start),
                "a prompt, list or complaint stayed: {line:?} on\n{screen}"
            );
        }
        assert!(
            !items.contains(&line.trim()),
            "a list stayed: {line:?} on\n{screen}"
        );
    }
}

/// Confirms the review screen and declines the offer after the verdict,
/// in a run that saves its answers to `answers.yaml`; the entries saved
/// under `key`, a list.
pub fn confirmed_list(tty: &mut Tty, key: &str) -> Vec<String> {
    tty.review(0);
    tty.decline();
    assert_eq!(tty.finish(), 0, "{}", tty.output());
    let text = std::fs::read_to_string(tty.path("answers.yaml")).unwrap();
    let saved: serde_norway::Value = serde_norway::from_str(&text).unwrap();
    let entries = saved[key].as_sequence();
    let entries = entries.unwrap_or_else(|| panic!("no list {key} in:\n{text}"));
    entries
        .iter()
        .map(|entry| entry.as_str().unwrap().to_owned())
        .collect()
}
