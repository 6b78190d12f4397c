//! Bounded cost: every input under the documented limits ends within a
//! second and 200 MiB, whatever its shape: aliases that repeat a large
//! value, thousands of problems, tens of thousands of flags, long unknown
//! keys. The sizes here are a quarter of the limits, to keep `cargo test`
//! quick on a debug build; the benchmark runs the same cases, from the same
//! files, at the full sizes on the release build.

use crate::common::{READY, TODAY, bin};
use std::path::Path;
use std::process::Command;

#[allow(dead_code, reason = "the benchmark also reads the CPU time")]
#[path = "../../benches/whole_runs/measure.rs"]
mod measure;
#[allow(dead_code, reason = "the benchmark also reads what each run must say")]
#[path = "../../benches/whole_runs/worst_cases.rs"]
mod worst_cases;

use worst_cases::{Case, MAX_KIB, MAX_TIME};

/// Files here are this large at most: a quarter of the 1 MiB limit.
const SIZE: usize = 256 * 1024;

/// Runs the binary with `args` in `dir`; returns its exit code and stderr,
/// after asserting the time and memory bound.
fn bounded(what: &str, dir: &Path, args: &[String]) -> (Option<i32>, String) {
    let mut cmd = Command::new(bin());
    cmd.args(args).current_dir(dir).env("NO_COLOR", "1");
    let run = measure::measure(&mut cmd);
    let (took, kib) = (run.time, run.rss_kib);
    assert!(took < MAX_TIME, "{what}: took {took:?}");
    assert!(kib < MAX_KIB, "{what}: {kib} KiB");
    (run.status.code(), run.stderr)
}

/// A fresh folder with the case's files in it.
fn written(case: &Case) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    case.write(dir.path());
    dir
}

#[test]
fn aliases_that_repeat_a_large_value_are_refused_within_the_bound() {
    let case = worst_cases::aliases(SIZE / 2, 5_000);
    let dir = written(&case);
    for run in &case.runs {
        let (code, stderr) = bounded(&run.what, dir.path(), &run.args);
        assert_eq!(code, Some(2), "{:?}", run.args);
        assert!(
            stderr.contains("aliases here expand the file beyond 2048 KiB"),
            "{stderr}"
        );
    }
}

#[test]
fn thousands_of_problems_are_located_in_one_pass() {
    let (case, n) = worst_cases::problems(SIZE);
    let dir = written(&case);
    let run = &case.runs[0];
    let (code, stderr) = bounded(&run.what, dir.path(), &run.args);
    assert_eq!(code, Some(2));
    assert_eq!(stderr.matches("must be lowercase kebab-case").count(), n);
    let last = stderr.lines().rfind(|l| l.contains("Bad_")).unwrap();
    assert!(last.contains(&format!("`Bad_{}`", n - 1)), "{last}");
    assert!(!last.starts_with("error: c.yaml: "), "not located: {last}");
}

#[test]
fn a_choice_with_thousands_of_options_is_checked_in_linear_time() {
    let case = worst_cases::duplicate_options(SIZE / 24);
    let dir = written(&case);
    let run = &case.runs[0];
    let (code, stderr) = bounded(&run.what, dir.path(), &run.args);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("duplicate option value `same`"), "{stderr}");
}

#[test]
fn tens_of_thousands_of_list_flags_cost_no_more_than_their_number() {
    let case = worst_cases::list_flags(READY, TODAY, 14_000);
    let dir = written(&case);
    let run = &case.runs[0];
    let (code, stderr) = bounded(&run.what, dir.path(), &run.args);
    assert_eq!(code, Some(0), "{stderr}");
}

#[test]
fn long_unknown_keys_against_many_keys_get_their_hint_at_once() {
    let case = worst_cases::unknown_keys(2_000, 6, SIZE / 8);
    let dir = written(&case);
    for run in &case.runs {
        let (code, stderr) = bounded(&run.what, dir.path(), &run.args);
        assert_eq!(code, Some(2));
        assert!(
            stderr.len() < 1_000,
            "a long message: {} bytes",
            stderr.len()
        );
        assert!(stderr.contains("unknown answer key"), "{stderr}");
    }
}

#[test]
fn saved_answers_can_always_be_read_back() {
    let case = worst_cases::saved_answers(READY, TODAY, 140, 100);
    let dir = written(&case);
    let [too_much, saved, replay] = &case.runs[..] else {
        panic!("three runs");
    };
    let (code, stderr) = bounded(&too_much.what, dir.path(), &too_much.args);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("more than the 1024 KiB escalate reads back"),
        "{stderr}"
    );
    assert!(!dir.path().join("saved.yaml").exists());
    // Just under the limit: written, and read back to the same verdict.
    let (code, stderr) = bounded(&saved.what, dir.path(), &saved.args);
    assert_eq!(code, Some(0), "{stderr}");
    let (code, stderr) = bounded(&replay.what, dir.path(), &replay.args);
    assert_eq!(code, Some(0), "{stderr}");
}
