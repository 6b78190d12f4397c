//! What the benchmark prints: the method, the table of rows timed against
//! the baseline, the time per KiB of checklist, the worst cases against
//! their bound, the binary's size, and last the targets missed, which make
//! the run fail.

use crate::bound::Held;
use crate::compare::Row;
use std::fmt::Write as _;
use std::path::Path;
use std::time::Duration;

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

pub fn header(smoke: bool, escalate: &Path, pairs: &crate::compare::Pairs) {
    println!(
        "escalate whole-run benchmark ({})",
        if smoke {
            "smoke: few runs, small sizes, no targets"
        } else {
            "full"
        }
    );
    println!("binary:   {}", escalate.display());
    println!("baseline: hello-world, rustc -C opt-level=3 -C strip=symbols");
    println!(
        "method:   baseline and subject in turn, {}-{} pairs or ~{} s a row after {} warm-up pairs; \
         medians; ratio = median of pairwise ratios",
        pairs.min,
        pairs.max,
        pairs.budget.as_secs(),
        pairs.warmup
    );
    println!();
}

/// The rows timed against the baseline, each with its target, if any.
#[derive(Default)]
pub struct Table {
    rows: Vec<(Row, &'static str)>,
    notes: Vec<String>,
}

impl Table {
    pub fn push(&mut self, row: Row, target: &'static str) {
        eprintln!("  measured: {} ({} pairs)", row.name, row.pairs);
        self.rows.push((row, target));
    }

    pub fn note(&mut self, note: &str) {
        self.notes.push(note.to_owned());
    }

    pub fn print(&self) {
        let width = self
            .rows
            .iter()
            .map(|(r, _)| r.name.len())
            .max()
            .unwrap_or(0);
        println!(
            "{:width$}  {:>5}  {:>9}  {:>8}  {:>8}  {:>8}  {:>8}  {:>9}  {:>9}  {:>6}  target",
            "subject",
            "pairs",
            "median ms",
            "cpu ms",
            "hello ms",
            "hello cpu",
            "ratio",
            "RSS KiB",
            "hello KiB",
            "RSS x"
        );
        for (r, target) in &self.rows {
            println!(
                "{:width$}  {:>5}  {:>9.3}  {:>8.3}  {:>8.3}  {:>9.3}  {:>7.2}x  {:>9}  {:>9}  {:>5.2}x  {target}",
                r.name,
                r.pairs,
                ms(r.subject.time),
                ms(r.subject.cpu),
                ms(r.baseline.time),
                ms(r.baseline.cpu),
                r.ratio,
                r.subject.rss,
                r.baseline.rss,
                r.rss_ratio(),
            );
        }
        for note in &self.notes {
            println!("{note}");
        }
        println!();
    }
}

/// One point of the scaling rows: the command, the size's label, the
/// checklist's KiB and the median time net of the baseline.
pub type Scaled = (&'static str, &'static str, f64, Duration);

pub fn print_scaling(rows: &[Scaled], missed: &mut Vec<String>, smoke: bool) {
    println!(
        "time per KiB of checklist, net of the hello-world start-up (median of pairwise differences):"
    );
    for command in ["validate", "check"] {
        let mine: Vec<_> = rows.iter().filter(|r| r.0 == command).collect();
        let mut line = format!("  {command:8}");
        for (_, label, kib, net) in &mine {
            let _ = write!(
                line,
                "  {label}: {:.2} µs/KiB ({:.2} ms)",
                net.as_secs_f64() * 1e6 / kib,
                ms(*net)
            );
        }
        println!("{line}");
        // The slope between consecutive sizes: equal slopes mean linear growth.
        if mine.len() >= 3 {
            let slope = |a: &Scaled, b: &Scaled| {
                (b.3.as_secs_f64() - a.3.as_secs_f64()) * 1e6 / (b.2 - a.2)
            };
            let low = slope(mine[0], mine[1]);
            let high = slope(mine[1], mine[2]);
            let growth = high / low.max(1e-9);
            println!(
                "  {command:8}  marginal: {:.2} µs/KiB from {} to {}, {:.2} µs/KiB from {} to {}: x{growth:.2} ({})",
                low,
                mine[0].1,
                mine[1].1,
                high,
                mine[1].1,
                mine[2].1,
                if growth <= 1.5 {
                    "linear"
                } else {
                    "NOT linear"
                }
            );
            if !smoke && growth > 1.5 {
                missed.push(format!(
                    "{command}: the cost per KiB grows {growth:.2}x from the middle to the largest size (linear: about 1x)"
                ));
            }
        }
    }
    println!();
}

/// The worst cases, each run against the bound; in the full run, a run over
/// it is a missed target.
pub fn print_worst(held: &[Held], missed: &mut Vec<String>, smoke: bool) {
    let runs = match held.first().map_or(0, |h| h.runs) {
        1 => "once".to_owned(),
        n => format!("{n} times"),
    };
    println!(
        "worst cases{}, each run {runs} in a fresh folder; bound: under 1 s (median) and 200 MiB (highest peak):",
        if smoke {
            " at small sizes"
        } else {
            " at the limits"
        }
    );
    let width = held.iter().map(|h| h.what.len()).max().unwrap_or(0);
    println!(
        "{:width$}  {:>4}  {:>9}  {:>8}  bound",
        "case", "exit", "median ms", "peak MiB"
    );
    for h in held {
        let verdict = if h.within() { "PASS" } else { "OVER" };
        let mib = h.rss_kib as f64 / 1024.0;
        println!(
            "{:width$}  {:>4}  {:>9.1}  {:>8.1}  {verdict}",
            h.what,
            h.code,
            ms(h.time),
            mib
        );
        if !smoke && !h.within() {
            missed.push(format!(
                "{}: {:.1} ms and {mib:.1} MiB (bound: under 1 s and 200 MiB)",
                h.what,
                ms(h.time)
            ));
        }
    }
    println!();
}

pub fn binary_size(escalate: &Path, missed: &mut Vec<String>, smoke: bool) {
    let size = std::fs::metadata(escalate)
        .expect("the binary exists")
        .len();
    let stripped = !crate::subjects::has_symtab(escalate);
    println!(
        "binary size: {size} bytes ({:.2} MB){}; {}",
        size as f64 / 1e6,
        if stripped {
            ", stripped"
        } else {
            ", NOT stripped"
        },
        if smoke {
            "the 3 MB target applies to the release build, not to this one"
        } else {
            "target: at most 3 MB"
        }
    );
    if !smoke && size > 3_000_000 {
        missed.push(format!("the binary is {size} bytes (target: at most 3 MB)"));
    }
}

/// The closing line; the exit code of the benchmark.
pub fn finish(missed: &[String], smoke: bool) -> i32 {
    println!();
    if smoke {
        println!("smoke run: every command ran and gave the expected result");
        0
    } else if missed.is_empty() {
        println!("all targets met");
        0
    } else {
        for m in missed {
            println!("MISSED: {m}");
        }
        1
    }
}
