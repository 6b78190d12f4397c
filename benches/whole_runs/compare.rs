//! A subject timed against the baseline: the two run in turn (baseline,
//! subject, baseline, …) so that a change in the machine's load touches
//! both, and the row reports the medians of each and the median of the
//! pairwise ratios and differences. With `hyperfine` on PATH, the default
//! check is timed by it as well, as a cross-check.

use crate::measure::{Measured, measure};
use crate::subjects::{Cmd, find_on_path};
use std::fs;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How many pairs a row takes.
pub struct Pairs {
    pub warmup: usize,
    pub min: usize,
    pub max: usize,
    /// Keep alternating until this much time has been spent on a row.
    pub budget: Duration,
}

/// Medians of one side of a row.
pub struct Stats {
    pub time: Duration,
    pub cpu: Duration,
    /// Peak resident memory in KiB.
    pub rss: u64,
}

pub struct Row {
    pub name: String,
    pub pairs: usize,
    pub subject: Stats,
    pub baseline: Stats,
    /// Median of subject/baseline over the pairs.
    pub ratio: f64,
    /// Median of subject - baseline over the pairs.
    pub net: Duration,
}

/// Runs `cmd` once, output thrown away.
fn sample(cmd: &Cmd) -> Measured {
    measure(&mut cmd.command())
}

/// Runs baseline and subject in turn and summarises.
pub fn compare(pairs_of: &Pairs, name: &str, subject: &Cmd, baseline: &Cmd) -> Row {
    for _ in 0..pairs_of.warmup {
        sample(baseline);
        sample(subject);
    }
    let mut pairs: Vec<(Measured, Measured)> = Vec::new();
    let start = Instant::now();
    while pairs.len() < pairs_of.min
        || (pairs.len() < pairs_of.max && start.elapsed() < pairs_of.budget)
    {
        let b = sample(baseline);
        let s = sample(subject);
        pairs.push((s, b));
    }
    let ratio = median_f64(
        pairs
            .iter()
            .map(|(s, b)| s.time.as_secs_f64() / b.time.as_secs_f64().max(1e-9))
            .collect(),
    );
    let net = median_f64(
        pairs
            .iter()
            .map(|(s, b)| s.time.as_secs_f64() - b.time.as_secs_f64())
            .collect(),
    );
    let stats = |pick: fn(&(Measured, Measured)) -> &Measured| Stats {
        time: median_time(pairs.iter().map(|p| pick(p).time)),
        cpu: median_time(pairs.iter().map(|p| pick(p).cpu)),
        rss: median_f64(pairs.iter().map(|p| pick(p).rss_kib as f64).collect()) as u64,
    };
    Row {
        name: name.to_owned(),
        pairs: pairs.len(),
        subject: stats(|p| &p.0),
        baseline: stats(|p| &p.1),
        ratio,
        net: Duration::from_secs_f64(net.max(0.0)),
    }
}

impl Row {
    /// The subject's median peak memory over the baseline's.
    pub fn rss_ratio(&self) -> f64 {
        self.subject.rss as f64 / self.baseline.rss.max(1) as f64
    }
}

pub fn median_time(times: impl Iterator<Item = Duration>) -> Duration {
    Duration::from_secs_f64(median_f64(times.map(|t| t.as_secs_f64()).collect()))
}

fn median_f64(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n == 0 {
        0.0
    } else if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

pub fn hyperfine_cross_check(subject: &Cmd, baseline: &Cmd) {
    let Some(hyperfine) = find_on_path("hyperfine") else {
        println!("hyperfine: not installed; the figures above come from the built-in loop");
        return;
    };
    let csv = std::env::temp_dir().join(format!("escalate-bench-{}.csv", std::process::id()));
    let status = Command::new(hyperfine)
        .args(["--warmup", "10", "--runs", "200", "-N", "--style", "none"])
        .arg("--export-csv")
        .arg(&csv)
        .arg(subject.shown())
        .arg(baseline.shown())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    let text = fs::read_to_string(&csv).unwrap_or_default();
    let _ = fs::remove_file(&csv);
    // command,mean,stddev,median,user,system,min,max
    let medians: Vec<f64> = text
        .lines()
        .skip(1)
        .filter_map(|l| l.rsplit(',').nth(4)?.parse().ok())
        .collect();
    match (status, medians.as_slice()) {
        (Ok(s), [a, b]) if s.success() => println!(
            "hyperfine cross-check: default check {:.3} ms, hello-world {:.3} ms, ratio {:.2}x",
            a * 1e3,
            b * 1e3,
            a / b
        ),
        _ => println!("hyperfine cross-check: hyperfine did not give two medians"),
    }
}
