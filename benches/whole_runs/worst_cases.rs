//! The worst cases: inputs within the documented limits that cost escalate
//! the most for their size (aliases that repeat a large value, thousands of
//! problems, a choice of identical options, tens of thousands of flags, long
//! unknown keys, answers that only just fit in a saved file), each sized by
//! its caller. `tests/cli/bounds.rs` includes this file and runs them at a
//! quarter of the limits on the debug build; the whole-run benchmark runs
//! them at the limits on the release build. Every run must end within
//! `MAX_TIME` and `MAX_KIB`.

use std::path::Path;
use std::time::Duration;

/// The bound on every run, worst cases included: a second of wall time and
/// 200 MiB of peak memory.
pub const MAX_TIME: Duration = Duration::from_secs(1);
pub const MAX_KIB: u64 = 200 * 1024;

/// The shipped checklist, the start of every generated one.
const BASE: &str = include_str!("../../checklists/partner-escalation.en.yaml");

/// Files to write into an empty folder, then runs of escalate in that
/// folder, in order.
pub struct Case {
    pub files: Vec<(&'static str, String)>,
    pub runs: Vec<Run>,
}

/// One run of a case and how it must end.
pub struct Run {
    /// The run in a few words.
    pub what: String,
    pub args: Vec<String>,
    /// The exit code.
    pub code: i32,
    /// Words stderr has when the run ends for the expected reason.
    pub says: &'static str,
}

impl Case {
    /// Writes the case's files into `dir`.
    pub fn write(&self, dir: &Path) {
        for (name, text) in &self.files {
            std::fs::write(dir.join(name), text)
                .unwrap_or_else(|e| panic!("cannot write {name}: {e}"));
        }
    }
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|s| s.to_string()).collect()
}

/// `n` with a comma between thousands.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A checklist of the shipped one's items followed by one more item with
/// `questions` (YAML lines, indented for the item's question list).
fn with_questions(questions: &str) -> String {
    format!("{BASE}\n  - id: more\n    title: More\n    questions:\n{questions}")
}

/// How many bytes of questions keep a checklist under `limit` bytes, with
/// room for one more question line.
pub fn room(limit: usize) -> usize {
    limit - with_questions("").len() - 128
}

/// An answers file and a checklist that each name a value of `anchor` bytes
/// once and repeat it `count` times through aliases: refused, since the
/// aliases expand each file beyond 2 MiB.
pub fn aliases(anchor: usize, count: usize) -> Case {
    let big = "x".repeat(anchor);
    let aliases = vec!["*big"; count].join(", ");
    let answers = format!("context.partner: &big {big}\nspecificity.examples: [{aliases}]\n");
    let prompts: String = (0..count)
        .map(|n| format!("      - {{id: q{n}, kind: text, optional: true, prompt: *big}}\n"))
        .collect();
    let checklist = with_questions(&prompts).replacen(
        "title: Partner escalation readiness",
        &format!("title: &big {big}"),
        1,
    );
    let shape = format!(
        "{} aliases of a {}-byte value",
        grouped(count),
        grouped(anchor)
    );
    let run = |what: &str, args: &[&str]| Run {
        what: format!("{what}, {shape}"),
        args: strings(args),
        code: 2,
        says: "aliases here expand the file beyond 2048 KiB",
    };
    Case {
        files: vec![("a.yaml", answers), ("c.yaml", checklist)],
        runs: vec![
            run(
                "check --answers: an answers file",
                &["check", "--no-input", "--answers", "a.yaml"],
            ),
            run(
                "show: a checklist's prompts",
                &["show", "--checklist", "c.yaml"],
            ),
            run("validate: a checklist's prompts", &["validate", "c.yaml"]),
            run(
                "check: a checklist's prompts",
                &["check", "--no-input", "--checklist", "c.yaml"],
            ),
        ],
    }
}

/// `validate` on `checklist`, which has `what` wrong with it.
fn validated(what: String, checklist: String, says: &'static str) -> Case {
    Case {
        runs: vec![Run {
            what: format!("validate: {what}, {} KiB", grouped(checklist.len() / 1024)),
            args: strings(&["validate", "c.yaml"]),
            code: 2,
            says,
        }],
        files: vec![("c.yaml", checklist)],
    }
}

/// A checklist with at least `size` bytes of questions whose ids are all
/// wrong, and how many there are: every one reported, located.
pub fn problems(size: usize) -> (Case, usize) {
    let mut questions = String::new();
    let mut n = 0;
    while questions.len() < size {
        questions.push_str(&format!("      - {{id: Bad_{n}, kind: text, prompt: p}}\n"));
        n += 1;
    }
    let checklist = with_questions(&questions);
    let what = format!("{} invalid ids", grouped(n));
    let case = validated(what, checklist, "must be lowercase kebab-case");
    (case, n)
}

/// A checklist with a choice of `count` options, all with the same value.
pub fn duplicate_options(count: usize) -> Case {
    let options = "{value: same, label: l}, ".repeat(count);
    let question = format!("      - {{id: pick, kind: choice, prompt: p, options: [{options}]}}\n");
    let what = format!("a choice of {} identical options", grouped(count));
    validated(
        what,
        with_questions(&question),
        "duplicate option value `same`",
    )
}

/// `ready` as flags, then `count` more entries for the list question: ready.
pub fn list_flags(ready: &[(&str, &str)], today: &str, count: usize) -> Case {
    let mut args = strings(&["check", "--no-input", "--today", today]);
    for (key, value) in ready {
        args.push(format!("--answer={key}={value}"));
    }
    for n in 0..count {
        args.push(format!("-aspecificity.examples=ticket T-{n}"));
    }
    Case {
        files: Vec::new(),
        runs: vec![Run {
            what: format!("check: {} list flags", grouped(count)),
            args,
            code: 0,
            says: "",
        }],
    }
}

/// A checklist of `keys` questions with ids of `digits` digits after
/// `question-number-`, and three unknown keys for it: `long` characters of
/// `x`; a typo of a key, compared letter by letter with every key of about
/// its length; and the start of the keys four times over.
pub fn unknown_keys(keys: usize, digits: usize, long: usize) -> Case {
    let questions: String = (0..keys)
        .map(|n| {
            format!(
                "      - {{id: question-number-{n:0digits$}, kind: text, optional: true, prompt: p}}\n"
            )
        })
        .collect();
    let long = "x".repeat(long);
    let typo = format!("more.question-number-{:0width$}x", 1, width = digits - 1);
    let starts = format!("more.{}", "question-number-".repeat(4));
    let typed = [
        (
            format!("a {}-character unknown key", grouped(long.len())),
            long,
        ),
        (format!("a {}-character typo", typo.len()), typo),
        (
            format!("a {}-character key of key starts", starts.len()),
            starts,
        ),
    ];
    Case {
        files: vec![("c.yaml", with_questions(&questions))],
        runs: typed
            .into_iter()
            .map(|(what, typed)| Run {
                what: format!("check -a: {what}, {} keys", grouped(keys)),
                args: vec![
                    "check".to_owned(),
                    "--checklist".to_owned(),
                    "c.yaml".to_owned(),
                    "-a".to_owned(),
                    format!("{typed}=x"),
                ],
                code: 2,
                says: "unknown answer key",
            })
            .collect(),
    }
}

/// `ready` as flags with list entries that the saved file writes escaped,
/// each character as four: `over` entries are more than escalate reads back,
/// so nothing is saved; `under` entries are saved, then read back.
pub fn saved_answers(ready: &[(&str, &str)], today: &str, over: usize, under: usize) -> Case {
    let mut args = strings(&[
        "check",
        "--no-input",
        "--today",
        today,
        "--save-answers",
        "saved.yaml",
    ]);
    for (key, value) in ready {
        args.push(format!("--answer={key}={value}"));
    }
    let entry = "\u{1}".repeat(2_000);
    let with = |entries: usize| {
        let mut args = args.clone();
        args.extend((0..entries).map(|_| format!("-aspecificity.examples={entry}")));
        args
    };
    let saves = |entries: usize| format!("{entries} entries of 8,000 bytes escaped");
    Case {
        files: Vec::new(),
        runs: vec![
            Run {
                what: format!("check --save-answers: {}, refused", saves(over)),
                args: with(over),
                code: 2,
                says: "more than the 1024 KiB escalate reads back",
            },
            Run {
                what: format!("check --save-answers: {}, saved", saves(under)),
                args: with(under),
                code: 0,
                says: "",
            },
            Run {
                what: "check --answers: the saved file read back".to_owned(),
                args: strings(&[
                    "check",
                    "--no-input",
                    "--today",
                    today,
                    "--answers",
                    "saved.yaml",
                ]),
                code: 0,
                says: "",
            },
        ],
    }
}
