//! The interactive walk on a real pseudo-terminal: keystrokes in, prompts,
//! review screen and verdict out; what stays on a narrow screen; Ctrl-C;
//! and the cases where only one of stdin and stderr is a terminal.

mod common;

use common::{READY, READY_OWN, TODAY, Test, bin, predictable};
use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession;
use expectrl::{Eof, Expect, Needle, Regex};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
use tempfile::TempDir;

/// How long any one expected text may take to appear.
const TIMEOUT: Duration = Duration::from_secs(10);
/// The down- and up-arrow keys.
const DOWN: &str = "\x1b[B";
const UP: &str = "\x1b[A";
const HIDE_CURSOR: &str = "\x1b[?25l";
const SHOW_CURSOR: &str = "\x1b[?25h";
const REVIEW: &str = "Review your answers (pick one to change it)";
/// The line that stays once an entry of the review screen is picked.
const REVIEWED: &str = "Review: ";
/// Columns and rows of the terminal most tests run in: wide enough for
/// every line of the review screen.
const WIDE: (u16, u16) = (120, 40);
/// A narrow terminal, where questions and answers wrap.
const NARROW: (u16, u16) = (60, 40);
const INTERRUPTED: &str = "Stopped. Nothing was saved.";

/// One step of a walk: wait for the text, then type the keys (may be empty).
type Step = (&'static str, &'static str);

/// The answers of `common::READY_OWN`, typed at the prompts: the walk of a
/// run that writes no document.
const READY_WALK: &[Step] = &[
    ("Have you re-read the statement of work", "y\r"),
    ("Were deliverables added", "yes\r"),
    ("Have you worked out how", "Y\r"),
    ("Have you raised the concern", "\x1b[B\x1b[B\r"), // no clear answer
    ("On which date", "2026-11-10\r"),
    (
        "entry 1:",
        "2026-10-02 email asking for the release date, no reply\r",
    ),
    ("entry 2:", "ticket ACME-1234: guest checkout fails\r"),
    ("entry 3:", "\r"),
];

/// The rest of `common::READY`, typed at the questions a brief adds after
/// READY_WALK; the optional ones READY leaves open are skipped.
const BRIEF_WALK: &[Step] = &[
    ("What did the partner answer?", "\r"),
    (
        "What is wrong, and since when?",
        "Since 3 November guest checkout fails on the live shop.\r",
    ),
    (
        "What is your implementation partner called?",
        "ACME Commerce\r",
    ),
    ("Which project or contract", "\r"),
    ("Which Adobe Commerce deployment", "\r"), // on cloud infrastructure
    ("What would you like your CSM to do?", "\r"), // a joint call
    ("What is at stake", "\r"),
    ("Which date is at risk", "\r"),
    ("How can your CSM reach you best?", "\r"),
];

/// READY_WALK, then BRIEF_WALK: the walk of `common::READY` in a run that
/// writes a brief.
fn ready_brief_walk() -> Vec<Step> {
    READY_WALK.iter().chain(BRIEF_WALK).copied().collect()
}

/// The arguments that make a run write a brief, and ask what it needs.
const BRIEF: &[&str] = &["--brief", "brief.md"];

/// Positions on the review screen after READY_WALK (0 confirms); a brief's
/// questions are listed after these.
const REVIEW_REVIEWED: usize = 1;
const REVIEW_RAISED: usize = 4;
const REVIEW_EXAMPLES: usize = 6;

/// A program running on a pseudo-terminal in its own temporary folder.
struct Tty {
    session: OsSession,
    dir: TempDir,
    /// Everything read from the terminal so far.
    seen: String,
}

impl Tty {
    /// Runs `program` in `dir` with a predictable environment, in a WIDE
    /// terminal; `$ESCALATE` names the binary for shell scripts.
    fn start(dir: TempDir, program: &Path, args: &[&str]) -> Tty {
        Tty::spawn(dir, program, args, WIDE, false)
    }

    /// Runs `program` in a terminal of `size` (columns, rows), set before
    /// it starts; with `colour`, NO_COLOR is not set.
    fn spawn(
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
        // The environment every test gives the binary, plus a terminal type.
        predictable(&mut cmd)
            .env("TERM", "xterm")
            .env("ESCALATE", bin());
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
    fn check(args: &[&str]) -> Tty {
        Tty::check_in(WIDE, false, args)
    }

    /// `escalate check --today TODAY ARGS...` in a terminal of `size`.
    fn check_in(size: (u16, u16), colour: bool, args: &[&str]) -> Tty {
        let mut all = vec!["check", "--today", TODAY];
        all.extend_from_slice(args);
        Tty::spawn(tempfile::tempdir().unwrap(), &bin(), &all, size, colour)
    }

    /// `bash -c SCRIPT` in `dir`.
    fn shell(dir: TempDir, script: &str) -> Tty {
        Tty::start(dir, Path::new("bash"), &["-c", script])
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Waits for `needle` (polling gently rather than spinning, so the
    /// program under test keeps its CPU) and returns all output up to it.
    fn wait_for(&mut self, needle: &impl Needle, what: &str) -> String {
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

    /// Waits for `text` and returns all output up to and including it.
    fn expect(&mut self, text: &str) -> String {
        self.wait_for(&text, &format!("{text:?}"))
    }

    fn send(&mut self, keys: &str) {
        self.session.send(keys).expect("keys reach the pty");
    }

    fn walk(&mut self, steps: &[Step]) {
        for (text, keys) in steps {
            self.expect(text);
            self.send(keys);
        }
    }

    /// On the review screen, picks entry `n` (0: show the verdict) and
    /// returns the screen as drawn up to the line that shows the pick.
    fn review(&mut self, n: usize) -> String {
        self.expect(REVIEW);
        self.pick(n)
    }

    /// [`Tty::review`] once the review screen's title has been seen.
    fn pick(&mut self, n: usize) -> String {
        self.send(&format!("{}\r", DOWN.repeat(n)));
        self.expect(REVIEWED) + &self.expect("\r\n")
    }

    /// Reads to the end of output and returns the exit code.
    fn finish(&mut self) -> i32 {
        self.wait_for(&Eof, "the end of output");
        match self.session.get_process().wait() {
            Ok(WaitStatus::Exited(_, code)) => code,
            other => panic!("unexpected end: {other:?}\n{}", self.seen),
        }
    }

    /// Everything seen, with the terminal's line ends made plain.
    fn output(&self) -> String {
        self.seen.replace("\r\n", "\n")
    }
}

/// `text` with every run of whitespace made one space: a terminal wraps
/// long lines that a pipe gets whole.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What a terminal of `columns` and `rows` shows after `output`, with
/// everything that scrolled off the top kept above it: the lines as they
/// stay, after the cursor movements and erasures the program sent. Enough
/// of a terminal for what escalate and dialoguer send: text that wraps at
/// the right edge, CR, LF, cursor up/down/left/right, erase in line and
/// erase below; colours and other sequences change nothing here.
fn screen(output: &str, columns: usize, rows: usize) -> String {
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
fn assert_same_as_flags(answers: &[(&str, &str)], args: &[&str], code: i32, output: &str) {
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
fn ready_with(
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

#[test]
fn a_walk_with_keystrokes_ends_ready_like_the_same_answers_as_flags() {
    let mut tty = Tty::check(&[]);
    // Without a document to write, the walk starts with the checklist.
    let intro = tty.expect("Have you re-read the statement of work");
    assert!(intro.contains("Partner escalation readiness"), "{intro}");
    assert!(
        intro.contains("For help, type ? as the answer, or pick \"Explain this question\""),
        "{intro}"
    );
    assert!(!intro.contains("About the project"), "{intro}");
    tty.send(READY_WALK[0].1);
    tty.walk(&READY_WALK[1..]);
    let screen = tty.review(0);
    for line in [
        "All correct: show the verdict",
        "List concrete examples of the problem, one per entry.: 2026-10-02 email asking for the release date",
        "Have you raised the concern with your partner directly?: Yes, but there was no answer or no clear answer",
        "On which date did you raise it with the partner?: 10 Nov 2026",
    ] {
        assert!(
            screen.contains(line),
            "{line:?} not on the review screen:\n{screen}"
        );
    }
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 0, "{output}");
    assert!(output.contains("Ready to escalate."), "{output}");
    assert!(
        !output.contains("What is your implementation partner"),
        "{output}"
    );
    assert_same_as_flags(READY_OWN, &[], code, &output);
}

#[test]
fn changing_the_partner_answer_on_the_review_screen_makes_escalation_unneeded() {
    let mut tty = Tty::check(&["--save-answers", "answers.yaml"]);
    tty.walk(READY_WALK);
    tty.review(REVIEW_RAISED);
    let asked = tty.expect("Have you raised the concern");
    assert!(
        asked.contains("Partner contact"),
        "the item heading is shown again: {asked}"
    );
    let list = tty.expect("Explain this question");
    assert!(
        list.contains("> Yes, but there was no answer"),
        "the list does not start on the answer given: {list}"
    );
    tty.send(&format!("{UP}\r")); // resolved
    let screen = tty.review(0);
    assert!(
        screen.contains("directly?: Yes, and it is resolved now"),
        "{screen}"
    );
    assert!(
        !screen.contains("On which date"),
        "raised-on is still listed:\n{screen}"
    );
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 3, "{output}");
    assert!(output.contains("No escalation needed."), "{output}");
    assert!(output.contains("■ Partner contact  resolved"), "{output}");

    let saved = std::fs::read_to_string(tty.path("answers.yaml")).unwrap();
    assert!(
        saved.contains("partner-contact.raised: resolved"),
        "{saved}"
    );
    assert!(!saved.contains("raised-on"), "{saved}");
    let flags = ready_with(
        READY_OWN,
        &[
            ("partner-contact.raised", Some("resolved")),
            ("partner-contact.raised-on", None),
        ],
    );
    assert_same_as_flags(&flags, &[], code, &output);
}

#[test]
fn changing_a_scope_answer_on_the_review_screen_makes_it_not_ready() {
    // The brief asks the optional product question, after the checklist.
    let mut steps = ready_brief_walk();
    let product = steps
        .iter()
        .position(|(text, _)| text.starts_with("Which Adobe Commerce deployment"))
        .unwrap();
    steps[product].1 = "\x1b[B\x1b[B\r"; // skip the optional product question
    let mut tty = Tty::check(BRIEF);
    tty.walk(&steps);
    let screen = tty.review(REVIEW_REVIEWED);
    assert!(
        screen.contains("Which Adobe Commerce deployment is this about?: not answered"),
        "{screen}"
    );
    let asked = tty.expect("Have you re-read the statement of work");
    assert!(
        !asked.contains("Which Adobe Commerce deployment"),
        "a skipped question was asked again:\n{asked}"
    );
    tty.expect("yes/no (yes): ");
    tty.send("n\r");
    // The product question comes after this one: it is not asked again
    // before the review screen either.
    let asked = tty.expect(REVIEW);
    assert!(
        !asked.contains("Which Adobe Commerce deployment"),
        "a skipped question was asked again:\n{asked}"
    );
    let screen = tty.pick(0);
    assert!(screen.contains("your partner agreed to?: no"), "{screen}");
    assert!(
        screen.contains("Which Adobe Commerce deployment is this about?: not answered"),
        "{screen}"
    );
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 1, "{output}");
    assert!(output.contains("Not ready to escalate yet."), "{output}");
    assert!(
        output.contains("1. Re-read the document your partner gave you"),
        "{output}"
    );

    let flags = ready_with(
        READY,
        &[
            ("context.product", None),
            ("scope.reviewed-deliverables", Some("no")),
        ],
    );
    assert_same_as_flags(&flags, BRIEF, code, &output);
}

#[test]
fn help_and_answers_that_do_not_fit_are_shown_and_the_question_asked_again() {
    // The brief asks the optional context questions, after the checklist.
    let mut tty = Tty::check(BRIEF);
    tty.walk(&[
        ("Have you re-read the statement of work", "?\r"),
        ("Or the contract annex, whichever lists", ""),
        ("yes/no: ", "maybe\r"),
        (
            "error: expected yes or no (y, n, yes, no, true, false, j, ja, nein)",
            "",
        ),
        ("yes/no: ", "y\r"),
        ("Were deliverables added", "n\r"),
        ("Have you raised the concern", "\x1b[B\x1b[B\x1b[B\r"), // explain
        ("If talking to the partner settled it, say so", ""),
        ("choice:", "\x1b[B\x1b[B\r"), // no clear answer
        ("On which date", "2026-13-01\r"),
        ("error: expected a date as YYYY-MM-DD", ""),
        ("YYYY-MM-DD: ", "yesterday\r"),
        ("error: expected a date as YYYY-MM-DD", ""),
        ("YYYY-MM-DD: ", "2026-11-26\r"),
        ("error: the date is after today (2026-11-25)", ""),
        ("YYYY-MM-DD: ", "2026-11-24\r"),
        ("entry 1: ", "?\r"),
        ("For example \"email of 2 Oct 2026 to the partner", ""),
        ("entry 1: ", "ticket ACME-1234: guest checkout fails\r"),
        ("entry 2: ", "\r"),
        ("What did the partner answer?", "\r"),
        ("What is wrong, and since when?", "?\r"),
        ("The summary your CSM and your partner read first", ""),
        ("answer: ", "Since 3 November guest checkout fails.\r"),
        ("What is your implementation partner called?", "?\r"),
        ("It names the partner in the brief", ""),
        ("answer: ", "\r"),
        ("Which project or contract", "\r"),
        ("Which Adobe Commerce deployment", "\x1b[B\x1b[B\x1b[B\r"), // explain
        ("Your CSM then knows the setup at a glance", ""),
        ("choice:", "\x1b[B\x1b[B\r"), // skip
        (
            "What would you like your CSM to do?",
            "\x1b[B\x1b[B\x1b[B\x1b[B\r",
        ), // explain
        ("A CSM can act faster when the request is clear", ""),
        ("choice:", "\r"), // a joint call
        ("What is at stake", "\r"),
        ("Which date is at risk", "\r"),
        ("How can your CSM reach you best?", "\r"),
    ]);
    let screen = tty.review(0);
    for line in [
        "What is your implementation partner called?: not answered",
        "Which Adobe Commerce deployment is this about?: not answered",
        "What would you like your CSM to do?: Set up a call with the partner and me",
        "your partner agreed to?: yes",
        "On which date did you raise it with the partner?: 24 Nov 2026",
    ] {
        assert!(screen.contains(line), "{line:?} not in:\n{screen}");
    }
    assert!(!screen.contains("Have you worked out how"), "{screen}");
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 1, "{output}");
    assert!(
        output.contains("1. Give your partner at least three days"),
        "{output}"
    );
    let answers = [
        ("scope.reviewed-deliverables", "yes"),
        ("scope.deliverables-added", "no"),
        ("partner-contact.raised", "unresolved"),
        ("partner-contact.raised-on", "2026-11-24"),
        (
            "specificity.examples",
            "ticket ACME-1234: guest checkout fails",
        ),
        (
            "specificity.problem",
            "Since 3 November guest checkout fails.",
        ),
        ("context.ask", "joint-call"),
    ];
    assert_same_as_flags(&answers, BRIEF, code, &output);
}

#[test]
fn the_german_walk_speaks_german() {
    // With a brief, so that the context questions are asked too.
    let mut tty = Tty::check(&["--lang", "de", "--brief", "brief.md"]);
    tty.walk(&[
        ("Haben Sie die Leistungsbeschreibung", "vielleicht\r"),
        (
            "error: bitte mit ja oder nein antworten (j, n, ja, nein, y, yes, no, true, false)",
            "",
        ),
        ("ja/nein: ", "j\r"),
        ("Sind nach Projektbeginn weitere Leistungen", "nein\r"),
        ("Haben Sie Ihr Anliegen direkt", "\x1b[B\x1b[B\r"), // no clear answer
        ("Wann haben Sie das Anliegen", "2026-11-30\r"),
        (
            "error: das Datum liegt in der Zukunft (heute: 2026-11-25)",
            "",
        ),
        ("JJJJ-MM-TT: ", "2026-11-02\r"),
        (
            "Eintrag 1: ",
            "Ticket ACME-7 vom 2026-11-02: Zahlung schlägt fehl\r",
        ),
        ("Eintrag 2: ", "\r"),
        ("Was hat der Partner geantwortet?", "\r"),
        (
            "Was ist das Problem",
            "Seit dem 2. November schlägt die Zahlung fehl.\r",
        ),
        ("Wie heißt Ihr Implementierungspartner?", "\r"),
        ("Um welches Projekt", "\r"),
        (
            "Welche Variante von Adobe Commerce setzen Sie ein?",
            "\x1b[B\r",
        ), // on-premises
        ("Was soll Ihr CSM für Sie tun?", "\r"), // a joint call
        ("Was steht auf dem Spiel", "\r"),
        ("Welcher Termin ist gefährdet", "\r"),
        ("Wie erreicht Ihr CSM Sie am besten?", "\r"),
        ("Antworten prüfen (zum Ändern eine auswählen)", "\r"),
    ]);
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 0, "{output}");
    assert!(
        words(&output).contains(
            "Für Hilfe geben Sie ? als Antwort ein oder wählen in einer Auswahlliste „Frage erklären“."
        ),
        "{output}"
    );
    for german in [
        "Checkliste: Eskalation an Ihren CSM",
        "Zum Projekt",
        "Frage überspringen",
        "Ein Eintrag pro Zeile",
        "Alles richtig: Ergebnis anzeigen",
        "Sind nach Projektbeginn weitere Leistungen dazugekommen?: nein",
        "Wann haben Sie das Anliegen beim Partner angesprochen?: 02.11.2026",
        "✔ Leistungsumfang",
        "Bereit zur Eskalation.",
    ] {
        assert!(output.contains(german), "{german:?} not in:\n{output}");
    }
    let shown = screen(&tty.seen, WIDE.0.into(), WIDE.1.into());
    for german in [
        "Wie heißt Ihr Implementierungspartner? (optional; leer lassen, um zu überspringen) (? für Hilfe)",
        "Antwort: nicht beantwortet",
        "Auswahl: Adobe Commerce im eigenen Betrieb (on-premises)",
        "ja/nein: j",
        "Sind nach Projektbeginn weitere Leistungen dazugekommen? (? für Hilfe)\nja/nein: nein",
        "Wann haben Sie das Anliegen beim Partner angesprochen? (? für Hilfe)\nJJJJ-MM-TT: 2026-11-02",
        "Eintrag 1: Ticket ACME-7 vom 2026-11-02: Zahlung schlägt fehl\n\nKontakt mit dem Partner",
        "Wie erreicht Ihr CSM Sie am besten? (optional; leer lassen, um zu überspringen) (? für Hilfe)\nAntwort: nicht beantwortet\n\nDurchsicht: Alles richtig: Ergebnis anzeigen",
    ] {
        assert!(
            shown.contains(german),
            "{german:?} not on the screen:\n{shown}"
        );
    }
    assert_nothing_left(
        &shown,
        &[
            "ja/nein",
            "Antwort",
            "Auswahl",
            "JJJJ-MM-TT",
            "Eintrag 1",
            "Eintrag 2",
        ],
        &[
            "Antworten prüfen (zum Ändern eine auswählen)",
            "Frage überspringen",
            "Frage erklären",
            "Alles richtig: Ergebnis anzeigen",
        ],
    );
    assert!(
        !output.contains("Wissen Sie, wie sich die zusätzlichen Leistungen"),
        "a question for added deliverables was asked:\n{output}"
    );
    for english in [
        "Review your answers",
        "yes/no",
        "YYYY-MM-DD",
        "Ready to escalate",
        "done",
    ] {
        assert!(!output.contains(english), "{english:?} in:\n{output}");
    }
}

/// Asserts that nothing of an answered prompt stays on `screen`: no prompt
/// (one of the short `prompts`, or a list's title among `items`) still
/// waiting for input, no complaint about an answer that was then given
/// right, and no list to pick from (`items`: its entries).
fn assert_nothing_left(screen: &str, prompts: &[&str], items: &[&str]) {
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

/// A walk in a NARROW terminal, where questions, answers and the review
/// screen would wrap: with a wrong answer, help, a long list entry, the
/// brief's questions (choice lists among them) and a change on the review
/// screen. Only what a walk should leave stays on the screen:
/// `answered(prompt, answer)` is the line an answer leaves, and `entry` the
/// lines the long list entry leaves.
fn narrow_walk(colour: bool, answered: fn(&str, &str) -> String, entry: [&str; 2]) {
    let mut tty = Tty::check_in(NARROW, colour, BRIEF);
    tty.walk(&[
        ("Have you re-read the statement of work", "maybe\r"),
        ("expected yes or no", "?\r"),
        ("Or the contract annex", "y\r"),
        ("Were deliverables added", "no\r"),
        ("Have you raised the concern", "\x1b[B\x1b[B\r"), // no clear answer
        ("On which date", "2026-11-10\r"),
        (
            "entry 1",
            "2026-10-02 email asking for the release date, no reply\r",
        ),
        ("entry 2", "\r"),
        ("What did the partner answer?", "\r"),
        (
            "What is wrong, and since when?",
            "Since 3 November guest checkout fails on the live shop.\r",
        ),
        (
            "What is your implementation partner called?",
            "ACME Commerce\r",
        ),
        ("Which project or contract", "\r"),
        ("Which Adobe Commerce deployment", "\r"), // on cloud infrastructure
        ("What would you like your CSM to do?", "\r"), // a joint call
        ("What is at stake", "\r"),
        ("Which date is at risk", "\r"),
        ("How can your CSM reach you best?", "\r"),
    ]);
    let (columns, rows) = (usize::from(NARROW.0), usize::from(NARROW.1));

    tty.expect(REVIEW);
    tty.expect("How can your CSM reach you best?"); // the last entry
    tty.expect("\n");
    let review = screen(&tty.seen, columns, rows);
    let items: Vec<&str> = review
        .lines()
        .rev()
        .take_while(|line| !line.contains(REVIEW))
        .collect();
    assert_eq!(items.len(), 15, "one line per answer:\n{review}");
    assert!(
        items.iter().all(|item| item.chars().count() < columns),
        "{review}"
    );
    assert!(
        items.iter().any(|item| item.ends_with('…')),
        "long answers are cut:\n{review}"
    );
    // A long question gives way to its short answer.
    assert!(
        items.iter().any(|item| item.contains("…: yes")),
        "short answers stay visible:\n{review}"
    );
    tty.send(&format!("{}\r", DOWN.repeat(REVIEW_REVIEWED)));
    tty.expect("yes/no (yes)");
    tty.send("\r");
    tty.expect(REVIEW);
    tty.send("\r"); // show the verdict
    let code = tty.finish();
    let shown = screen(&tty.seen, columns, rows);
    assert_eq!(code, 0, "{shown}");

    let scope = [
        "Have you re-read the statement of work or proposal your",
        "partner agreed to? (? for help)",
        "Or the contract annex, whichever lists what they would",
        "deliver. Check the missing deliverable against it.",
        &answered("yes/no", "y"),
        "Were deliverables added to the project after it started?",
        "(? for help)",
        &answered("yes/no", "no"),
    ];
    let examples = [
        "One entry per line; an empty line finishes the list.",
        entry[0],
        entry[1],
        "",
    ];
    let choices = [
        "Which Adobe Commerce deployment is this about?",
        &answered("choice", "Adobe Commerce on cloud infrastructure"),
        "What would you like your CSM to do?",
        &answered("choice", "Set up a call with the partner and me"),
    ];
    let asked_again = [
        "partner agreed to? (? for help)",
        &answered("yes/no", "yes"),
        "",
    ];
    let lines: Vec<&str> = shown.lines().collect();
    for block in [&scope[..], &examples, &choices, &asked_again] {
        assert!(
            lines.windows(block.len()).any(|w| w == block),
            "these lines are not on the screen:\n{}\n--- screen ---\n{shown}",
            block.join("\n")
        );
    }
    let asked = shown
        .lines()
        .filter(|line| line.starts_with("Have you re-read the statement of work"))
        .count();
    assert_eq!(asked, 2, "{shown}");
    assert!(!shown.contains("maybe"), "{shown}");
    assert_nothing_left(
        &shown,
        &[
            "yes/no",
            "answer",
            "choice",
            "YYYY-MM-DD",
            "entry 1",
            "entry 2",
        ],
        &[
            REVIEW,
            "Skip this question",
            "Explain this question",
            "All correct: show the verdict",
        ],
    );
    assert!(words(&shown).contains("Ready to escalate."), "{shown}");
}

#[test]
fn a_narrow_terminal_keeps_a_clean_screen() {
    narrow_walk(
        false,
        |prompt, answer| format!("{prompt}: {answer}"),
        [
            "entry 1: 2026-10-02 email asking for the release date, no",
            "  reply",
        ],
    );
}

#[test]
fn a_narrow_terminal_keeps_a_clean_screen_in_colour() {
    narrow_walk(
        true,
        |prompt, answer| format!("✔ {prompt} · {answer}"),
        [
            "✔ entry 1 · 2026-10-02 email asking for the release date,",
            "  no reply",
        ],
    );
}

/// Presses Ctrl-C after `steps` in `escalate check --brief brief.md
/// --save-answers answers.yaml`, run by bash, which notes the terminal
/// settings before and after. With `old_brief`, brief.md exists before (and
/// `--force` is given).
fn interrupt_after(old_brief: Option<&[u8]>, steps: &[Step]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let mut files = vec!["after", "before"];
    let mut force = "";
    if let Some(old) = old_brief {
        std::fs::write(dir.path().join("brief.md"), old).unwrap();
        files.push("brief.md");
        force = "--force";
    }
    let script = format!(
        r#"stty -g > before; "$ESCALATE" check --today {TODAY} --brief brief.md --save-answers answers.yaml {force}; echo "rc=$?"; stty -g > after"#
    );
    let mut tty = Tty::shell(dir, &script);
    tty.walk(steps);
    tty.send("\x03");
    tty.expect("rc=");
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 0, "{output}");
    assert!(output.contains("rc=130"), "{output}");
    assert_eq!(output.matches(INTERRUPTED).count(), 1, "{output}");
    assert!(!output.contains("panicked"), "{output}");
    if let Some(hidden) = output.rfind(HIDE_CURSOR) {
        assert!(
            output.rfind(SHOW_CURSOR) > Some(hidden),
            "the cursor stays hidden:\n{output:?}"
        );
    }
    let read = |name: &str| std::fs::read(tty.path(name)).unwrap();
    assert_eq!(
        String::from_utf8(read("after")).unwrap(),
        String::from_utf8(read("before")).unwrap(),
        "the terminal settings changed"
    );
    if let Some(old) = old_brief {
        assert_eq!(read("brief.md"), old);
    }
    let mut names: Vec<_> = std::fs::read_dir(tty.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, files, "files were written");
    output
}

#[test]
fn ctrl_c_at_a_choice_exits_130_and_restores_the_terminal() {
    let old = b"# An earlier brief\n\nkept \xc3\xa4s it is\n";
    let output = interrupt_after(
        Some(old),
        &[
            ("Have you re-read the statement of work", "y\r"),
            ("Were deliverables added", "n\r"),
            ("Have you raised the concern", ""),
            // The list is drawn.
            ("Yes, and it is resolved now", ""),
        ],
    );
    assert!(output.contains(HIDE_CURSOR), "{output:?}");
}

#[test]
fn ctrl_c_while_typing_exits_130_and_restores_the_terminal() {
    // Typing the partner's name, after every question asked before it.
    let steps: Vec<Step> = ready_brief_walk()
        .into_iter()
        .take_while(|(text, _)| !text.starts_with("What is your implementation partner"))
        .chain([
            ("What is your implementation partner called?", "ACM"),
            ("ACM", ""),
        ])
        .collect();
    interrupt_after(None, &steps);
}

/// The questions without an answer when none is given.
const REQUIRED: &str = "scope.reviewed-deliverables, scope.deliverables-added, partner-contact.raised, specificity.examples";

/// Runs `escalate check --today TODAY ARGS` under bash on a pty and asserts
/// that it asks nothing and ends at once with exit 2 and a clean error: the
/// line `error: ERROR` and the hint on passing answers. The error is read
/// from the terminal or, where ARGS sends stderr there, from `err.txt`.
fn assert_refused_at_once(args: &str, error: &str) {
    let script = format!(
        r#"s=${{EPOCHREALTIME/./}}; "$ESCALATE" check --today {TODAY} {args}; rc=$?; e=${{EPOCHREALTIME/./}}; echo "rc=$rc us=$((e - s))""#
    );
    let mut tty = Tty::shell(tempfile::tempdir().unwrap(), &script);
    let shown = tty.expect("rc=2 us=").replace("\r\n", "\n");
    let micros: u64 = tty.expect("\r\n").trim().parse().unwrap();
    assert_eq!(tty.finish(), 0);
    let took = Duration::from_micros(micros);
    assert!(took < Duration::from_secs(1), "took {took:?}");
    let shown = shown.trim_end_matches("rc=2 us=");
    let stderr = if args.contains("2> err.txt") {
        assert_eq!(shown, "", "something was shown on the terminal");
        std::fs::read_to_string(tty.path("err.txt")).unwrap()
    } else {
        shown.to_owned()
    };
    let stderr = common::assert_clean_error(stderr.as_bytes());
    assert!(stderr.starts_with(&format!("error: {error}\n")), "{stderr}");
    assert!(
        stderr.contains("\nhint: pass answers with --answers FILE (see `escalate template`)"),
        "{stderr}"
    );
}

#[test]
fn with_stdin_not_a_terminal_nothing_is_asked() {
    assert_refused_at_once(
        "< /dev/null",
        &format!("stdin is empty, and these questions have no answer: {REQUIRED}"),
    );
}

#[test]
fn with_stderr_not_a_terminal_nothing_is_asked() {
    assert_refused_at_once(
        "2> err.txt",
        &format!(
            "cannot ask: stdin and stderr are not both terminals; these questions have no answer: {REQUIRED}"
        ),
    );
}

#[test]
fn no_input_on_a_terminal_names_every_missing_answer() {
    assert_refused_at_once(
        "--no-input",
        &format!("--no-input was given, but these questions have no answer: {REQUIRED}"),
    );
}

#[test]
fn a_walk_writes_the_brief_and_answers_that_replay_to_the_same_verdict() {
    let mut tty = Tty::check(&["--brief", "brief.md", "--save-answers", "answers.yaml"]);
    tty.walk(&ready_brief_walk());
    tty.review(0);
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 0, "{output}");
    let brief = std::fs::read_to_string(tty.path("brief.md")).unwrap();
    for text in [
        "# Escalation: ACME Commerce",
        "Prepared on 25 Nov 2026 · Ready to escalate.",
        "## The problem\n\nSince 3 November guest checkout fails on the live shop.",
        "## What I ask of you\n\nSet up a call with the partner and me.",
        "Raised with ACME Commerce on 10 Nov 2026",
        "Product: Adobe Commerce on cloud infrastructure",
        "2026-10-02 email asking for the release date, no reply",
        "ticket ACME-1234: guest checkout fails",
    ] {
        assert!(brief.contains(text), "{text:?} not in the brief:\n{brief}");
    }

    let saved = std::fs::read(tty.path("answers.yaml")).unwrap();
    let replay = Test::new()
        .file("answers.yaml", saved)
        .args(["check", "--today", TODAY, "--no-input"])
        .args(["--answers", "answers.yaml", "--brief", "replayed.md"])
        .run()
        .exits(code);
    let stdout = replay.stdout();
    assert!(
        words(&output).contains(&words(&stdout)),
        "{stdout}\n---\n{output}"
    );
    assert_eq!(replay.read("replayed.md"), brief);
}

#[test]
fn a_terminal_run_asks_only_what_the_answers_file_leaves_open() {
    // The saved answers of a walk answer everything: no prompt, no review.
    let mut first = Tty::check(&["--save-answers", "answers.yaml"]);
    first.walk(READY_WALK);
    first.review(0);
    assert_eq!(first.finish(), 0);
    let saved = first.path("answers.yaml").display().to_string();
    let mut tty = Tty::check(&["--answers", &saved]);
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 0, "{output}");
    assert!(output.contains("Ready to escalate."), "{output}");
    assert!(!output.contains("Review your answers"), "{output}");

    // Without the examples, only they are asked, then the review follows.
    let text = std::fs::read_to_string(&saved).unwrap();
    let cut = text
        .find("specificity.examples")
        .expect("examples were saved");
    std::fs::write(&saved, &text[..cut]).unwrap();
    let mut tty = Tty::check(&["--answers", &saved]);
    let asked = tty.expect("List concrete examples");
    assert!(!asked.contains("Have you raised the concern"), "{asked}");
}

#[test]
fn reopening_a_resolved_concern_on_the_review_screen_asks_what_it_skipped() {
    // "Resolved" ends the walk: no date, no examples asked.
    let resolved: Vec<Step> = READY_WALK[..3]
        .iter()
        .copied()
        .chain([("Have you raised the concern", "\x1b[B\r")])
        .collect();
    let mut tty = Tty::check(&[]);
    tty.walk(&resolved);
    tty.expect(REVIEW);
    let screen = tty.expect("directly?: Yes, and it is resolved now");
    assert!(!screen.contains("List concrete examples"), "{screen}");
    // Reopened as unresolved: the date and the examples are asked now.
    tty.send(&format!("{}\r", DOWN.repeat(REVIEW_RAISED)));
    tty.expect("Explain this question");
    tty.send(&format!("{DOWN}\r"));
    tty.walk(&READY_WALK[4..]);
    let screen = tty.review(0);
    assert!(screen.contains("All correct"), "{screen}");
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 0, "{output}");
    assert_same_as_flags(READY_OWN, &[], code, &output);
}

#[test]
fn a_list_asked_again_keeps_its_entries_on_an_empty_first_entry() {
    let mut tty = Tty::check(&[]);
    tty.walk(READY_WALK);
    tty.review(REVIEW_EXAMPLES);
    tty.expect("An empty first entry keeps the 2 entries you gave before.");
    tty.expect("entry 1:");
    tty.send("\r");
    let screen = tty.review(0);
    assert!(
        screen.contains("one per entry.: 2026-10-02 email asking"),
        "the entries are gone:\n{screen}"
    );
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 0, "{output}");
    assert_same_as_flags(READY_OWN, &[], code, &output);
}

/// SIGTERM or SIGHUP at a prompt, where the prompt holds the terminal in
/// raw mode without echo: only escalate's own handler can put it back, and
/// it does, shows the cursor, and exits with 128 + the signal.
#[test]
fn sigterm_and_sighup_at_a_prompt_restore_the_terminal() {
    for (signal, code) in [(libc::SIGTERM, 143), (libc::SIGHUP, 129)] {
        // Started in the background with the terminal as its stdin, so the
        // shell can report the exit code and the settings afterwards.
        let script = format!(
            r#"stty -g > before; "$ESCALATE" check --today {TODAY} <&0 & echo $! > pid; wait $!; echo "rc=$?"; stty -g > after"#
        );
        let mut tty = Tty::shell(tempfile::tempdir().unwrap(), &script);
        tty.walk(&READY_WALK[..3]);
        tty.expect("Have you raised the concern");
        // The choice list is drawn once the terminal is in raw mode.
        tty.expect("Yes, and it is resolved now");
        // The shell writes the file once the program has started.
        let deadline = Instant::now() + TIMEOUT;
        let pid: i32 = loop {
            let text = std::fs::read_to_string(tty.path("pid")).unwrap_or_default();
            match text.strip_suffix('\n').map(str::parse) {
                Some(Ok(pid)) => break pid,
                _ if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(5)),
                _ => panic!("no pid file"),
            }
        };
        // SAFETY: kill only sends a signal to the process just started.
        assert_eq!(unsafe { libc::kill(pid, signal) }, 0);
        tty.expect("rc=");
        assert_eq!(tty.finish(), 0);
        let output = tty.output();
        assert!(output.contains(&format!("rc={code}")), "{output}");
        assert_eq!(output.matches(INTERRUPTED).count(), 1, "{output}");
        let hidden = output.rfind(HIDE_CURSOR);
        assert!(hidden.is_some(), "the list hides the cursor: {output:?}");
        assert!(
            output.rfind(SHOW_CURSOR) > hidden,
            "the cursor stays hidden"
        );
        let read = |name: &str| std::fs::read_to_string(tty.path(name)).unwrap();
        assert_eq!(
            read("after"),
            read("before"),
            "the terminal settings changed"
        );
    }
}
