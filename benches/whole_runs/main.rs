//! Whole-process benchmark: start-up included, the way a user runs escalate.
//!
//! `cargo bench --bench whole_runs` runs the full benchmark on the release
//! build; `cargo test --bench whole_runs` (or `ESCALATE_BENCH_SMOKE=1`) runs a
//! smoke pass with a few runs and the small sizes only, which checks that
//! every command still works and gives the expected verdict.
//!
//! Absolute times drift on a shared machine, so every subject is measured in
//! turn with a baseline in the same run (baseline, subject, baseline, …) and
//! reported as the median of the pairwise ratios. The baseline is a
//! hello-world Rust binary compiled here with `rustc -C opt-level=3 -C
//! strip=symbols`. Peak memory is each child's max RSS from `wait4`.
//!
//! Rows:
//! - `escalate check --no-input --answers FILE --format json` with the
//!   built-in checklist (targets: at most 1.5× hello-world's time and 2×
//!   its peak memory);
//! - the same job done by `bench/alternatives/check.sh` (bash, `read`) and
//!   `bench/alternatives/check.py` (Python + PyYAML), when available;
//! - `validate` and `check` on generated checklists of 10 KiB, 100 KiB and
//!   just under 1 MiB (about 5,000 questions; target: under 50 ms), with the
//!   time per KiB to show that it grows linearly;
//! - the worst cases of `tests/cli/bounds.rs` at the documented limits
//!   (bound: each run under 1 s and 200 MiB);
//! - the size of the binary (target: at most 3 MB).
//!
//! Times are wall-clock medians; the CPU columns (user + system, from the
//! same `wait4`) are less sensitive to a busy machine. Ratios and targets
//! use the wall-clock times.
//!
//! The generated files are kept in `target/<profile>/bench-whole-runs/` so a
//! row can be rerun by hand. `ESCALATE_BENCH_BIN=PATH` measures another
//! build of escalate (say, the one before a change) instead of building the
//! release binary. With `hyperfine` on PATH, the default check is also
//! timed by it as a cross-check.

#[cfg(unix)]
mod bound;
#[cfg(unix)]
mod compare;
#[cfg(unix)]
mod generate;
#[cfg(unix)]
mod measure;
#[cfg(unix)]
mod plan;
#[cfg(unix)]
mod report;
#[cfg(unix)]
mod subjects;
#[cfg(unix)]
mod worst_cases;

/// The default check's targets, as ratios to hello-world in the same run:
/// its wall time, and its peak memory.
#[cfg(unix)]
const MAX_START_UP: f64 = 1.5;
#[cfg(unix)]
const MAX_RSS: f64 = 2.0;

#[cfg(not(unix))]
fn main() {
    println!("whole_runs: peak memory comes from wait4, which only Unix has; not run here");
}

#[cfg(unix)]
fn main() {
    let under_bench = std::env::args().any(|a| a == "--bench");
    let smoke = !under_bench
        || std::env::var_os("ESCALATE_BENCH_SMOKE").is_some_and(|v| !v.is_empty() && v != "0");
    std::process::exit(run(&if smoke { plan::SMOKE } else { plan::FULL }));
}

#[cfg(unix)]
fn run(plan: &plan::Plan) -> i32 {
    use generate::{DEFAULT_ANSWERS, MAX_BYTES, generate};
    use std::{fs, path::PathBuf, time::Duration};
    use subjects::{Cmd, check_json};

    // Build: the release binary and the baseline.
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let work = PathBuf::from(env!("CARGO_BIN_EXE_escalate")).with_file_name("bench-whole-runs");
    let escalate = subjects::escalate(&root, plan.smoke);
    fs::create_dir_all(&work).expect("create the bench folder");
    let hello = subjects::hello(&work);
    let (mut table, mut missed) = (report::Table::default(), Vec::new());
    report::header(plan.smoke, &escalate, &plan.pairs);
    let compare = |name: &str, cmd: &Cmd| compare::compare(&plan.pairs, name, cmd, &hello);

    // The default check, and the same job without escalate.
    let answers = work.join("default-answers.yaml");
    fs::write(&answers, DEFAULT_ANSWERS).expect("write the answers file");
    let default_check = check_json(&escalate, None, &answers);
    default_check.expect(0, &["\"verdict\": \"ready\""]);
    let row = compare("check, built-in checklist", &default_check);
    if !plan.smoke && row.ratio > MAX_START_UP {
        missed.push(format!(
            "default check is {:.2}x hello-world (target: at most {MAX_START_UP}x)",
            row.ratio
        ));
    }
    if !plan.smoke && row.rss_ratio() > MAX_RSS {
        missed.push(format!(
            "default check's peak memory is {:.2}x hello-world's, {} KiB against {} KiB (target: at most {MAX_RSS}x)",
            row.rss_ratio(),
            row.subject.rss,
            row.baseline.rss
        ));
    }
    table.push(row, if plan.smoke { "" } else { "<= 1.5x, RSS <= 2x" });
    for (name, alternative) in subjects::alternatives(&root, &answers) {
        match alternative {
            Ok(cmd) => {
                cmd.expect(0, &["\"verdict\": \"ready\""]);
                table.push(compare(name, &cmd), "");
            }
            Err(why) => table.note(&format!("{name}: not available ({why})")),
        }
    }

    // Custom checklists of growing size.
    let mut scaling = Vec::new();
    for &(label, target) in plan.sizes {
        let generated = generate(target);
        let name = label.replace(' ', "").to_lowercase();
        let checklist = work.join(format!("checklist-{name}.yaml"));
        let answers = work.join(format!("answers-{name}.yaml"));
        fs::write(&checklist, &generated.checklist).expect("write the checklist");
        fs::write(&answers, &generated.answers).expect("write the answers");
        let kib = generated.checklist.len() as f64 / 1024.0;
        let what = format!(
            "{label} ({} bytes, {} questions)",
            generated.checklist.len(),
            generated.questions
        );
        let validate =
            Cmd::new(&escalate, &["validate".as_ref(), checklist.as_os_str()]).clean_env();
        validate.expect(0, &["valid"]);
        let check = check_json(&escalate, Some(&checklist), &answers);
        let summary = generated.summary();
        check.expect(1, &["\"verdict\": \"not-ready\"", summary.as_str()]);
        let is_largest = target == MAX_BYTES;
        for (command, cmd) in [("validate", &validate), ("check", &check)] {
            let row = compare(&format!("{command} {what}"), cmd);
            if !plan.smoke && is_largest && row.subject.time > Duration::from_millis(50) {
                missed.push(format!(
                    "{command} on the {label} checklist takes {:.1} ms (target: under 50 ms)",
                    report::ms(row.subject.time)
                ));
            }
            scaling.push((command, label, kib, row.net));
            table.push(row, if is_largest { "< 50 ms" } else { "" });
        }
    }

    // The worst cases, each run held to the bound.
    let held = bound::hold(&plan.worst, &escalate, &work);

    // Report.
    table.print();
    report::print_scaling(&scaling, &mut missed, plan.smoke);
    report::print_worst(&held, &mut missed, plan.smoke);
    report::binary_size(&escalate, &mut missed, plan.smoke);
    if !plan.smoke {
        compare::hyperfine_cross_check(&default_check, &hello);
    }
    report::finish(&missed, plan.smoke)
}
