//! The worst cases held to the bound: every case of `worst_cases.rs` at the
//! sizes of this run, in a fresh folder for each repetition, its runs in
//! order. Every run's exit code and stderr are checked; each run gives a
//! row with its median wall time, its highest peak memory, and whether
//! both are within the bound of one second and 200 MiB.

use crate::generate::{TODAY, default_pairs};
use crate::measure::measure;
use crate::subjects::Cmd;
use crate::worst_cases::{self, Case, MAX_KIB, MAX_TIME};
use std::fs;
use std::path::Path;
use std::time::Duration;

/// How large the worst cases are in one run of the benchmark.
pub struct Sizes {
    /// Checklists full of problems or of options stay under this many bytes.
    pub file: usize,
    /// The aliased value's bytes, and how many aliases repeat it.
    pub anchor: usize,
    pub aliases: usize,
    pub flags: usize,
    /// How many keys the unknown keys are compared with, the digits in
    /// each key's number, and the length of the longest unknown key.
    pub keys: usize,
    pub key_digits: usize,
    pub long_key: usize,
    /// Entries of 8,000 bytes once saved: too many to save, and as many as
    /// fit.
    pub saved: (usize, usize),
    /// How many times each case runs.
    pub runs: usize,
}

/// One run of a worst case, measured.
pub struct Held {
    pub what: String,
    pub code: i32,
    pub runs: usize,
    /// The median wall time.
    pub time: Duration,
    /// The highest peak memory, in KiB.
    pub rss_kib: u64,
}

impl Held {
    pub fn within(&self) -> bool {
        self.time < MAX_TIME && self.rss_kib < MAX_KIB
    }
}

/// A worst case at the sizes given.
type Sized = fn(&Sizes) -> Case;

/// The worst cases by name, in the order they run. The checklists full of
/// problems or of options (25 bytes each) stay under `Sizes::file`.
const CASES: [(&str, Sized); 6] = [
    ("aliases", |s| worst_cases::aliases(s.anchor, s.aliases)),
    ("problems", |s| {
        worst_cases::problems(worst_cases::room(s.file)).0
    }),
    ("options", |s| {
        worst_cases::duplicate_options(worst_cases::room(s.file) / 25)
    }),
    ("flags", |s| {
        worst_cases::list_flags(&default_pairs(), TODAY, s.flags)
    }),
    ("keys", |s| {
        worst_cases::unknown_keys(s.keys, s.key_digits, s.long_key)
    }),
    ("saved", |s| {
        worst_cases::saved_answers(&default_pairs(), TODAY, s.saved.0, s.saved.1)
    }),
];

/// Runs every worst case `sizes.runs` times in folders under `work`.
///
/// A child's peak memory counts what the benchmark held when it forked, so
/// the benchmark holds little: each case's files are written once, then
/// copied into a fresh folder for each repetition, and only the figures of
/// each run are kept.
pub fn hold(sizes: &Sizes, escalate: &Path, work: &Path) -> Vec<Held> {
    let mut held = Vec::new();
    for (name, case) in CASES {
        let case = case(sizes);
        let inputs = work.join(format!("worst-{name}-inputs"));
        fresh(&inputs);
        case.write(&inputs);
        let Case { runs, .. } = case;
        let dir = work.join(format!("worst-{name}"));
        let mut figures: Vec<Vec<(Duration, u64)>> = runs.iter().map(|_| Vec::new()).collect();
        for _ in 0..sizes.runs {
            fresh(&dir);
            for file in fs::read_dir(&inputs).expect("list the inputs") {
                let file = file.expect("list the inputs").path();
                fs::copy(&file, dir.join(file.file_name().expect("a file")))
                    .expect("copy an input");
            }
            for (run, figures) in runs.iter().zip(&mut figures) {
                let cmd = Cmd::new(escalate, &run.args).clean_env();
                let measured = measure(cmd.command().current_dir(&dir));
                let code = measured.status.code();
                if code != Some(run.code) || !measured.stderr.contains(run.says) {
                    let head: String = measured.stderr.chars().take(2000).collect();
                    panic!(
                        "{}: expected exit {} and stderr with {:?}; got {code:?}\nstderr: {head}",
                        run.what, run.code, run.says
                    );
                }
                figures.push((measured.time, measured.rss_kib));
            }
        }
        for (run, figures) in runs.into_iter().zip(figures) {
            held.push(Held {
                what: run.what,
                code: run.code,
                runs: figures.len(),
                time: crate::compare::median_time(figures.iter().map(|f| f.0)),
                rss_kib: figures.iter().map(|f| f.1).max().unwrap_or(0),
            });
        }
        eprintln!("  measured: worst case {name} ({} runs)", sizes.runs);
    }
    held
}

/// Makes `dir` an empty folder.
fn fresh(dir: &Path) {
    let _ = fs::remove_dir_all(dir);
    fs::create_dir_all(dir).expect("create a folder for a worst case");
}
