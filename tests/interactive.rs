//! The interactive walk on a real pseudo-terminal: keystrokes in, prompts,
//! review screen and verdict out; Ctrl-C; and the cases where only one of
//! stdin and stderr is a terminal.

mod common;

use common::{READY, TODAY, bin, escalate};
use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession;
use expectrl::{Eof, Expect, Needle, Regex};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
use tempfile::TempDir;

/// How long any one expected text may take to appear.
const TIMEOUT: Duration = Duration::from_secs(10);
/// The down-arrow key.
const DOWN: &str = "\x1b[B";
const HIDE_CURSOR: &str = "\x1b[?25l";
const SHOW_CURSOR: &str = "\x1b[?25h";
const REVIEW: &str = "Review your answers (pick one to change it)";
const INTERRUPTED: &str = "error: interrupted; nothing was written";

/// One step of a walk: wait for the text, then type the keys (may be empty).
type Step = (&'static str, &'static str);

/// The answers of `common::READY`, typed at the prompts.
const READY_WALK: &[Step] = &[
    ("Which Adobe Commerce deployment", "\r"), // on cloud infrastructure
    (
        "What is your implementation partner called?",
        "ACME Commerce\r",
    ),
    ("Have you gone back over", "y\r"),
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

/// Positions on the review screen after READY_WALK (0 confirms).
const REVIEW_REVIEWED: usize = 3;
const REVIEW_RAISED: usize = 6;

/// A program running on a pseudo-terminal in its own temporary folder.
struct Tty {
    session: OsSession,
    dir: TempDir,
    /// Everything read from the terminal so far.
    seen: String,
}

impl Tty {
    /// Runs `program` in `dir` with a predictable environment; `$ESCALATE`
    /// names the binary for shell scripts.
    fn start(dir: TempDir, program: &Path, args: &[&str]) -> Tty {
        let mut cmd = Command::new(program);
        cmd.args(args).current_dir(dir.path());
        // The environment every test gives the binary, plus a terminal type.
        for (key, value) in escalate().get_envs() {
            match value {
                Some(value) => cmd.env(key, value),
                None => cmd.env_remove(key),
            };
        }
        cmd.env("TERM", "xterm").env("ESCALATE", bin());
        let session = OsSession::spawn(cmd).expect("the program starts on a pty");
        Tty {
            session,
            dir,
            seen: String::new(),
        }
    }

    /// `escalate check --today TODAY ARGS...` in a fresh folder.
    fn check(args: &[&str]) -> Tty {
        let mut all = vec!["check", "--today", TODAY];
        all.extend_from_slice(args);
        Tty::start(tempfile::tempdir().unwrap(), &bin(), &all)
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
        self.send(&format!("{}\r", DOWN.repeat(n)));
        self.expect(&format!("{REVIEW}: ")) + &self.expect("\r\n")
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

/// Asserts that `escalate check --no-input` with `answers` as flags exits
/// with `code` and prints the verdict found in the interactive `output`.
fn assert_same_as_flags(answers: &[(&str, &str)], code: i32, output: &str) {
    let mut cmd = escalate();
    cmd.args(["check", "--no-input", "--today", TODAY]);
    for (key, value) in answers {
        cmd.arg("-a").arg(format!("{key}={value}"));
    }
    let out = cmd.output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(code), "{stdout}");
    assert!(
        words(output).contains(&words(&stdout)),
        "the interactive verdict differs from the one for flags:\n{stdout}\n--- interactive ---\n{output}"
    );
}

/// `READY` with some answers replaced (`Some`) or left out (`None`).
fn ready_with(changes: &[(&str, Option<&'static str>)]) -> Vec<(&'static str, &'static str)> {
    READY
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
    let intro = tty.expect("Which Adobe Commerce deployment");
    assert!(intro.contains("Partner escalation readiness"), "{intro}");
    assert!(intro.contains("Type ? for help"), "{intro}");
    tty.send(READY_WALK[0].1);
    tty.walk(&READY_WALK[1..]);
    let screen = tty.review(0);
    for line in [
        "All correct: show the verdict",
        "What is your implementation partner called?: ACME Commerce",
        "Have you raised the concern with your partner directly?: Yes, but there was no answer",
        "On which date did you raise it with the partner?: 2026-11-10",
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
    assert_same_as_flags(READY, code, &output);
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
    tty.send(&format!("{DOWN}\r")); // resolved
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
    let flags = ready_with(&[
        ("partner-contact.raised", Some("resolved")),
        ("partner-contact.raised-on", None),
    ]);
    assert_same_as_flags(&flags, code, &output);
}

#[test]
fn changing_a_scope_answer_on_the_review_screen_makes_it_not_ready() {
    let mut steps = READY_WALK.to_vec();
    steps[0].1 = "\x1b[B\x1b[B\r"; // skip the optional product question
    let mut tty = Tty::check(&[]);
    tty.walk(&steps);
    let screen = tty.review(REVIEW_REVIEWED);
    assert!(
        screen.contains("Which Adobe Commerce deployment is this about?: not answered"),
        "{screen}"
    );
    let asked = tty.expect("Have you gone back over");
    assert!(
        !asked.contains("Which Adobe Commerce deployment"),
        "a skipped question was asked again:\n{asked}"
    );
    tty.send("n\r");
    let screen = tty.review(0);
    assert!(screen.contains("would deliver?: no"), "{screen}");
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 1, "{output}");
    assert!(output.contains("Not ready to escalate yet."), "{output}");
    assert!(
        output.contains("1. Re-read the document your partner gave you"),
        "{output}"
    );

    let flags = ready_with(&[
        ("context.product", None),
        ("scope.reviewed-deliverables", Some("no")),
    ]);
    assert_same_as_flags(&flags, code, &output);
}

#[test]
fn help_and_answers_that_do_not_fit_are_shown_and_the_question_asked_again() {
    let mut tty = Tty::check(&[]);
    tty.walk(&[
        ("Which Adobe Commerce deployment", "\x1b[B\x1b[B\x1b[B\r"), // explain
        ("so your CSM knows the setup at a glance", ""),
        ("Which Adobe Commerce deployment", "\x1b[B\x1b[B\r"), // skip
        ("What is your implementation partner called?", "?\r"),
        ("Leave it empty to skip.", ""),
        ("What is your implementation partner called?", "\r"),
        ("Have you gone back over", "?\r"),
        ("That is usually the statement of work", ""),
        ("Have you gone back over", "maybe\r"),
        ("expected yes or no", ""),
        ("Have you gone back over", "y\r"),
        ("Were deliverables added", "n\r"),
        ("Have you raised the concern", "\x1b[B\x1b[B\x1b[B\r"), // explain
        (
            "Choose \"resolved\" if talking to the partner settled it",
            "",
        ),
        ("Have you raised the concern", "\x1b[B\x1b[B\r"), // no clear answer
        ("On which date", "2026-13-01\r"),
        ("expected a date as YYYY-MM-DD", ""),
        ("On which date", "yesterday\r"),
        ("expected a date as YYYY-MM-DD", ""),
        ("On which date", "2026-11-26\r"),
        ("the date is after today (2026-11-25)", ""),
        ("On which date", "2026-11-24\r"),
        ("entry 1:", "?\r"),
        ("For example \"2026-10-02 email to the partner", ""),
        ("entry 1:", "ticket ACME-1234: guest checkout fails\r"),
        ("entry 2:", "\r"),
    ]);
    let screen = tty.review(0);
    for line in [
        "What is your implementation partner called?: not answered",
        "would deliver?: yes",
        "On which date did you raise it with the partner?: 2026-11-24",
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
    ];
    assert_same_as_flags(&answers, code, &output);
}

#[test]
fn the_german_walk_speaks_german() {
    let mut tty = Tty::check(&["--lang", "de"]);
    tty.walk(&[
        (
            "Um welche Adobe-Commerce-Bereitstellung geht es?",
            "\x1b[B\r",
        ), // on-premises
        ("Wie heißt Ihr Implementierungspartner?", "\r"),
        ("Haben Sie die Leistungsbeschreibung", "j\r"),
        ("Sind nach Projektbeginn weitere Leistungen", "nein\r"),
        ("Haben Sie Ihr Anliegen direkt", "\x1b[B\x1b[B\r"), // no clear answer
        ("An welchem Datum", "2026-11-02\r"),
        (
            "Eintrag 1:",
            "Ticket ACME-7 vom 2026-11-02: Zahlung schlägt fehl\r",
        ),
        ("Eintrag 2:", "\r"),
        ("Antworten prüfen (zum Ändern eine auswählen)", "\r"),
    ]);
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 0, "{output}");
    for german in [
        "Bereit für die Eskalation an den CSM?",
        "Mit ? erhalten Sie Hilfe",
        "Zum Projekt",
        "(optional, Eingabetaste überspringt)",
        "(? für Hilfe) [j/n]: ",
        "Frage überspringen",
        "Ein Eintrag pro Zeile",
        "Alles richtig: Ergebnis anzeigen",
        "Sind nach Projektbeginn weitere Leistungen dazugekommen?: nein",
        "✔ Leistungsumfang",
        "Bereit zur Eskalation.",
    ] {
        assert!(output.contains(german), "{german:?} not in:\n{output}");
    }
    assert!(
        !output.contains("Haben Sie durchdacht"),
        "a question for added deliverables was asked:\n{output}"
    );
    for english in ["Review your answers", "[y/n]", "Ready to escalate", "done"] {
        assert!(!output.contains(english), "{english:?} in:\n{output}");
    }
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
    let output = interrupt_after(Some(old), &[("Which Adobe Commerce deployment", "")]);
    assert!(output.contains(HIDE_CURSOR), "{output:?}");
}

#[test]
fn ctrl_c_while_typing_exits_130_and_restores_the_terminal() {
    interrupt_after(
        None,
        &[
            ("Which Adobe Commerce deployment", "\r"),
            ("What is your implementation partner called?", "ACM"),
            ("ACM", ""),
        ],
    );
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
    tty.walk(READY_WALK);
    tty.review(0);
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 0, "{output}");
    let brief = std::fs::read_to_string(tty.path("brief.md")).unwrap();
    for text in [
        "# Partner escalation readiness",
        "Ready to escalate.",
        TODAY,
        "ACME Commerce",
        "2026-10-02 email asking for the release date, no reply",
        "ticket ACME-1234: guest checkout fails",
    ] {
        assert!(brief.contains(text), "{text:?} not in the brief:\n{brief}");
    }

    let replay = escalate()
        .current_dir(tty.dir.path())
        .args(["check", "--today", TODAY, "--no-input"])
        .args(["--answers", "answers.yaml", "--brief", "replayed.md"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(replay.stdout).unwrap();
    assert_eq!(replay.status.code(), Some(code), "{stdout}");
    assert!(
        words(&output).contains(&words(&stdout)),
        "{stdout}\n---\n{output}"
    );
    assert_eq!(
        std::fs::read_to_string(tty.path("replayed.md")).unwrap(),
        brief
    );
}
