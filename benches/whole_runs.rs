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
//!   built-in checklist (target: at most 1.5× hello-world);
//! - the same job done by `bench/alternatives/check.sh` (bash, `read`) and
//!   `bench/alternatives/check.py` (Python + PyYAML), when available;
//! - `validate` and `check` on generated checklists of 10 KiB, 100 KiB and
//!   just under 1 MiB (about 5,000 questions; target: under 50 ms), with the
//!   time per KiB to show that it grows linearly;
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

#[cfg(not(unix))]
fn main() {
    println!("whole_runs: peak memory comes from wait4, which only Unix has; not run here");
}

#[cfg(unix)]
fn main() {
    unix::main();
}

#[cfg(unix)]
mod unix {
    use std::ffi::OsString;
    use std::fmt::Write as _;
    use std::fs;
    use std::os::unix::process::{CommandExt, ExitStatusExt};
    use std::path::{Path, PathBuf};
    use std::process::{Command, ExitStatus, Stdio};
    use std::time::{Duration, Instant};

    /// The loader refuses files larger than this.
    const MAX_BYTES: usize = 1024 * 1024;
    /// A date in the past for every date question.
    const RAISED_ON: &str = "2025-01-15";

    struct Plan {
        smoke: bool,
        warmup: usize,
        min_pairs: usize,
        max_pairs: usize,
        /// Keep alternating until this much time has been spent on a row.
        budget: Duration,
        sizes: &'static [(&'static str, usize)],
    }

    pub fn main() {
        let under_bench = std::env::args().any(|a| a == "--bench");
        let smoke = !under_bench
            || std::env::var_os("ESCALATE_BENCH_SMOKE").is_some_and(|v| !v.is_empty() && v != "0");
        let plan = if smoke {
            Plan {
                smoke,
                warmup: 1,
                min_pairs: 3,
                max_pairs: 3,
                budget: Duration::ZERO,
                sizes: &[("10 KiB", 10 * 1024)],
            }
        } else {
            Plan {
                smoke,
                warmup: 3,
                min_pairs: 15,
                max_pairs: 400,
                budget: Duration::from_secs(3),
                sizes: &[
                    ("10 KiB", 10 * 1024),
                    ("100 KiB", 100 * 1024),
                    ("1 MiB", MAX_BYTES),
                ],
            }
        };
        let code = run(&plan);
        std::process::exit(code);
    }

    fn run(plan: &Plan) -> i32 {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let built = PathBuf::from(env!("CARGO_BIN_EXE_escalate"));
        let work = built
            .parent()
            .expect("the binary is in a folder")
            .join("bench-whole-runs");
        let escalate = match std::env::var_os("ESCALATE_BENCH_BIN") {
            Some(other) => PathBuf::from(other),
            None => {
                if !plan.smoke {
                    build_release(&root);
                }
                built
            }
        };
        fs::create_dir_all(&work).expect("create the bench folder");

        let hello = build_hello(&work);
        let hello_cmd = Cmd::new(&hello, &[] as &[&str]);
        let mut missed = Vec::new();
        let mut table = Table::default();

        println!(
            "escalate whole-run benchmark ({})",
            if plan.smoke {
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
            plan.min_pairs,
            plan.max_pairs,
            plan.budget.as_secs(),
            plan.warmup
        );
        println!();

        // 1. The default check.
        let answers = work.join("default-answers.yaml");
        fs::write(&answers, DEFAULT_ANSWERS).expect("write the answers file");
        let default_check = check_json(&escalate, None, &answers);
        expect(&default_check, 0, &["\"verdict\": \"ready\""]);
        let row = compare(
            plan,
            "check, built-in checklist",
            &default_check,
            &hello_cmd,
        );
        if !plan.smoke && row.ratio > 1.5 {
            missed.push(format!(
                "default check is {:.2}x hello-world (target: at most 1.5x)",
                row.ratio
            ));
        }
        table.push(row, if plan.smoke { "" } else { "<= 1.5x" });

        // 2. What a user might write instead.
        let script = root.join("bench/alternatives/check.sh");
        match find_on_path("bash") {
            Some(bash) => {
                let cmd = Cmd::new(&bash, &[script.as_os_str(), answers.as_os_str()]).clean_env();
                expect(&cmd, 0, &["\"verdict\": \"ready\""]);
                table.push(compare(plan, "same job: bash + read", &cmd, &hello_cmd), "");
            }
            None => table.note("same job: bash + read: not available (no bash on PATH)"),
        }
        match python_with_yaml() {
            Ok(python) => {
                let checklist = root.join("checklists/partner-escalation.en.yaml");
                let script = root.join("bench/alternatives/check.py");
                let cmd = Cmd::new(
                    &python,
                    &[
                        script.as_os_str(),
                        checklist.as_os_str(),
                        answers.as_os_str(),
                    ],
                )
                .clean_env();
                expect(&cmd, 0, &["\"verdict\": \"ready\""]);
                table.push(
                    compare(plan, "same job: python3 + PyYAML", &cmd, &hello_cmd),
                    "",
                );
            }
            Err(why) => table.note(&format!(
                "same job: python3 + PyYAML: not available ({why})"
            )),
        }

        // 3. Custom checklists of growing size.
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

            let is_largest = target == MAX_BYTES;
            let mut under_50_ms = |row: Row, command: &'static str| {
                if !plan.smoke && is_largest && row.subject.time > Duration::from_millis(50) {
                    missed.push(format!(
                        "{command} on the {label} checklist takes {:.1} ms (target: under 50 ms)",
                        ms(row.subject.time)
                    ));
                }
                scaling.push((command, label, kib, row.net));
                table.push(row, if is_largest { "< 50 ms" } else { "" });
            };

            let validate =
                Cmd::new(&escalate, &["validate".as_ref(), checklist.as_os_str()]).clean_env();
            expect(&validate, 0, &["valid"]);
            under_50_ms(
                compare(plan, &format!("validate {what}"), &validate, &hello_cmd),
                "validate",
            );

            let check = check_json(&escalate, Some(&checklist), &answers);
            let summary = generated.summary();
            expect(&check, 1, &["\"verdict\": \"not-ready\"", summary.as_str()]);
            under_50_ms(
                compare(plan, &format!("check {what}"), &check, &hello_cmd),
                "check",
            );
        }

        table.print();
        print_scaling(&scaling, &mut missed, plan.smoke);

        // 5. Binary size.
        let size = fs::metadata(&escalate).expect("the binary exists").len();
        let stripped = !has_symtab(&escalate);
        println!(
            "binary size: {size} bytes ({:.2} MB){}; {}",
            size as f64 / 1e6,
            if stripped {
                ", stripped"
            } else {
                ", NOT stripped"
            },
            if plan.smoke {
                "the 3 MB target applies to the release build, not to this one"
            } else {
                "target: at most 3 MB"
            }
        );
        if !plan.smoke && size > 3_000_000 {
            missed.push(format!("the binary is {size} bytes (target: at most 3 MB)"));
        }

        if !plan.smoke {
            hyperfine_cross_check(&default_check, &hello_cmd);
        }
        println!();
        if plan.smoke {
            println!("smoke run: every command ran and gave the expected result");
            0
        } else if missed.is_empty() {
            println!("all targets met");
            0
        } else {
            for m in &missed {
                println!("MISSED: {m}");
            }
            1
        }
    }

    // ---- Running commands ----------------------------------------------

    /// `escalate check --no-input --answers ANSWERS --format json`, on
    /// `checklist` if given, else on the built-in one.
    fn check_json(escalate: &Path, checklist: Option<&Path>, answers: &Path) -> Cmd {
        let mut args: Vec<&std::ffi::OsStr> = vec!["check".as_ref()];
        if let Some(checklist) = checklist {
            args.extend(["--checklist".as_ref(), checklist.as_os_str()]);
        }
        args.extend([
            "--no-input".as_ref(),
            "--answers".as_ref(),
            answers.as_os_str(),
            "--format".as_ref(),
            "json".as_ref(),
        ]);
        Cmd::new(escalate, &args).clean_env()
    }

    #[derive(Clone)]
    struct Cmd {
        program: PathBuf,
        args: Vec<OsString>,
        clean_env: bool,
    }

    impl Cmd {
        fn new<S: AsRef<std::ffi::OsStr>>(program: &Path, args: &[S]) -> Cmd {
            Cmd {
                program: program.to_owned(),
                args: args.iter().map(|a| a.as_ref().to_owned()).collect(),
                clean_env: false,
            }
        }

        /// English, no colour, no fixed date: what a user's shell gives.
        fn clean_env(mut self) -> Cmd {
            self.clean_env = true;
            self
        }

        fn command(&self) -> Command {
            let mut c = Command::new(&self.program);
            c.args(&self.args);
            if self.clean_env {
                for var in ["LANG", "LC_ALL", "LC_MESSAGES", "SOURCE_DATE_EPOCH", "TZ"] {
                    c.env_remove(var);
                }
            }
            c
        }

        fn shown(&self) -> String {
            let mut s = self.program.display().to_string();
            for a in &self.args {
                s.push(' ');
                s.push_str(&a.to_string_lossy());
            }
            s
        }
    }

    /// Runs `cmd` once and checks its exit code and that its output has
    /// every one of `needles`.
    fn expect(cmd: &Cmd, code: i32, needles: &[&str]) {
        let out = cmd
            .command()
            .stdin(Stdio::null())
            .output()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", cmd.shown()));
        let stdout = String::from_utf8_lossy(&out.stdout);
        let ok = out.status.code() == Some(code) && needles.iter().all(|n| stdout.contains(n));
        if !ok {
            let head: String = stdout.chars().take(2000).collect();
            panic!(
                "{}\nexpected exit {code} and output with {needles:?}; got {:?}\nstdout: {head}\nstderr: {}",
                cmd.shown(),
                out.status,
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }

    #[derive(Clone, Copy)]
    struct Sample {
        time: Duration,
        /// User plus system CPU time.
        cpu: Duration,
        /// Peak resident memory in KiB.
        rss: u64,
    }

    /// Runs `cmd` once, output thrown away, and reaps it with `wait4`.
    fn sample(cmd: &Cmd) -> Sample {
        let mut c = cmd.command();
        c.stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // A hook makes std fork rather than vfork. A vforked child shares
        // the benchmark's memory until exec, and the kernel counts that
        // memory in the child's peak RSS.
        unsafe {
            c.pre_exec(|| Ok(()));
        }
        let start = Instant::now();
        #[allow(clippy::zombie_processes, reason = "reaped by wait4 below")]
        let child = c
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", cmd.shown()));
        let mut status = 0;
        // SAFETY: rusage is plain data; wait4 fills it in.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        let pid = child.id() as libc::pid_t;
        let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        let time = start.elapsed();
        assert_eq!(reaped, pid, "wait4: {}", std::io::Error::last_os_error());
        let status = ExitStatus::from_raw(status);
        assert!(
            status.code().is_some(),
            "{} ended by a signal: {status:?}",
            cmd.shown()
        );
        // Linux reports KiB, macOS and the BSDs bytes.
        let rss = usage.ru_maxrss as u64;
        let rss = if cfg!(target_os = "linux") {
            rss
        } else {
            rss / 1024
        };
        let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
        let cpu = tv(usage.ru_utime) + tv(usage.ru_stime);
        Sample { time, cpu, rss }
    }

    struct Stats {
        time: Duration,
        cpu: Duration,
        rss: u64,
    }

    struct Row {
        name: String,
        pairs: usize,
        subject: Stats,
        baseline: Stats,
        /// Median of subject/baseline over the pairs.
        ratio: f64,
        /// Median of subject - baseline over the pairs.
        net: Duration,
    }

    /// Runs baseline and subject in turn and summarises.
    fn compare(plan: &Plan, name: &str, subject: &Cmd, baseline: &Cmd) -> Row {
        for _ in 0..plan.warmup {
            sample(baseline);
            sample(subject);
        }
        let mut pairs: Vec<(Sample, Sample)> = Vec::new();
        let start = Instant::now();
        while pairs.len() < plan.min_pairs
            || (pairs.len() < plan.max_pairs && start.elapsed() < plan.budget)
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
        let stats = |pick: fn(&(Sample, Sample)) -> Sample| Stats {
            time: Duration::from_secs_f64(median_f64(
                pairs.iter().map(|p| pick(p).time.as_secs_f64()).collect(),
            )),
            cpu: Duration::from_secs_f64(median_f64(
                pairs.iter().map(|p| pick(p).cpu.as_secs_f64()).collect(),
            )),
            rss: median_f64(pairs.iter().map(|p| pick(p).rss as f64).collect()) as u64,
        };
        Row {
            name: name.to_owned(),
            pairs: pairs.len(),
            subject: stats(|p| p.0),
            baseline: stats(|p| p.1),
            ratio,
            net: Duration::from_secs_f64(net.max(0.0)),
        }
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

    fn ms(d: Duration) -> f64 {
        d.as_secs_f64() * 1e3
    }

    // ---- Output ----------------------------------------------------------

    #[derive(Default)]
    struct Table {
        rows: Vec<(Row, &'static str)>,
        notes: Vec<String>,
    }

    impl Table {
        fn push(&mut self, row: Row, target: &'static str) {
            eprintln!("  measured: {} ({} pairs)", row.name, row.pairs);
            self.rows.push((row, target));
        }

        fn note(&mut self, note: &str) {
            self.notes.push(note.to_owned());
        }

        fn print(&self) {
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
                    r.subject.rss as f64 / r.baseline.rss.max(1) as f64,
                );
            }
            for note in &self.notes {
                println!("{note}");
            }
            println!();
        }
    }

    fn print_scaling(rows: &[(&str, &str, f64, Duration)], missed: &mut Vec<String>, smoke: bool) {
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
                let slope = |a: &(&str, &str, f64, Duration), b: &(&str, &str, f64, Duration)| {
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

    // ---- Baselines and alternatives ---------------------------------------

    fn build_hello(work: &Path) -> PathBuf {
        let source = work.join("hello.rs");
        let binary = work.join("hello");
        fs::write(&source, "fn main() {\n    println!(\"hello\");\n}\n").expect("write hello.rs");
        let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
        let status = Command::new(&rustc)
            .args(["-C", "opt-level=3", "-C", "strip=symbols", "-o"])
            .arg(&binary)
            .arg(&source)
            .status()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", rustc.to_string_lossy()));
        assert!(status.success(), "rustc failed on hello.rs");
        binary
    }

    /// `cargo bench` builds the binary with the bench profile, which keeps
    /// unwinding; the figures are for what `cargo build --release` makes,
    /// at the same path.
    fn build_release(root: &Path) {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let status = Command::new(&cargo)
            .args(["build", "--release", "--bin", "escalate"])
            .current_dir(root)
            .status()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", cargo.to_string_lossy()));
        assert!(status.success(), "cargo build --release failed");
    }

    fn find_on_path(name: &str) -> Option<PathBuf> {
        std::env::split_paths(&std::env::var_os("PATH")?)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    }

    /// The real interpreter behind `python3` (not a shim), if it has PyYAML.
    fn python_with_yaml() -> Result<PathBuf, String> {
        let python = find_on_path("python3").ok_or("no python3 on PATH")?;
        let out = Command::new(&python)
            .args(["-c", "import sys, yaml; print(sys.executable)"])
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("cannot run python3: {e}"))?;
        if !out.status.success() {
            return Err("python3 has no PyYAML".into());
        }
        let path = String::from_utf8_lossy(&out.stdout).trim().to_owned();
        Ok(if path.is_empty() {
            python
        } else {
            PathBuf::from(path)
        })
    }

    /// Does this ELF file still have a symbol table?
    fn has_symtab(path: &Path) -> bool {
        let Ok(bytes) = fs::read(path) else {
            return false;
        };
        if bytes.len() < 64 || &bytes[..4] != b"\x7fELF" || bytes[4] != 2 {
            return false;
        }
        let u16_at = |o: usize| u16::from_le_bytes([bytes[o], bytes[o + 1]]) as usize;
        let u32_at = |o: usize| u32::from_le_bytes(bytes[o..o + 4].try_into().unwrap());
        let u64_at = |o: usize| u64::from_le_bytes(bytes[o..o + 8].try_into().unwrap()) as usize;
        let (shoff, shentsize, shnum) = (u64_at(0x28), u16_at(0x3a), u16_at(0x3c));
        (0..shnum).any(|i| {
            let at = shoff + i * shentsize;
            at + 8 <= bytes.len() && u32_at(at + 4) == 2 // SHT_SYMTAB
        })
    }

    fn hyperfine_cross_check(subject: &Cmd, baseline: &Cmd) {
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

    // ---- Generated checklists ---------------------------------------------

    const DEFAULT_ANSWERS: &str = "\
context.product: cloud
context.partner: Northwind Digital
scope.reviewed-deliverables: yes
scope.deliverables-added: yes
scope.planning-impact: yes
partner-contact.raised: unresolved
partner-contact.raised-on: 2025-01-15
specificity.examples:
  - 2025-01-10 email to the partner asking for the release date, no reply
  - ticket ACME-1234 checkout fails for guests
  - the partner keeps moving the go-live
";

    struct Generated {
        checklist: String,
        answers: String,
        questions: usize,
        pass: usize,
        fail: usize,
        info: usize,
        skipped: usize,
    }

    impl Generated {
        /// The report's summary counts, as they appear in its JSON.
        fn summary(&self) -> String {
            format!(
                "\"pass\": {},\n    \"fail\": {},\n    \"info\": {},\n    \"stop\": 0,\n    \"skipped\": {}",
                self.pass, self.fail, self.info, self.skipped
            )
        }
    }

    /// A checklist just under `target` bytes with items of ten questions of
    /// every kind, `when` conditions on earlier questions, and an answers file
    /// that answers every question that applies. One item in seven (the
    /// second first) has not raised the concern yet: the verdict is not-ready.
    fn generate(target: usize) -> Generated {
        let mut g = Generated {
            checklist: String::new(),
            answers: String::new(),
            questions: 2,
            pass: 0,
            fail: 0,
            info: 0,
            skipped: 0,
        };
        g.checklist.push_str(
            "# A generated checklist for the whole-run benchmark.\n\
             schema: 1\n\
             id: generated-rollout\n\
             lang: en\n\
             title: Rollout readiness across many work streams\n\
             intro: >-\n  Every work stream of the rollout, checked before anyone is escalated to.\n\
             context:\n\
             \x20 - id: product\n\
             \x20   kind: choice\n\
             \x20   optional: true\n\
             \x20   prompt: Which deployment is this about?\n\
             \x20   options:\n\
             \x20     - {value: cloud, label: Cloud infrastructure}\n\
             \x20     - {value: on-premises, label: On-premises}\n\
             \x20 - id: partner\n\
             \x20   kind: text\n\
             \x20   optional: true\n\
             \x20   prompt: What is the partner called?\n\
             items:\n",
        );
        g.answers.push_str(
            "# Answers for the generated checklist.\ncontext.product: cloud\ncontext.partner: Northwind Digital\n",
        );
        for i in 0.. {
            let (item, answers, counts) = item(i);
            if g.checklist.len() + item.len() > target {
                break;
            }
            g.checklist.push_str(&item);
            g.answers.push_str(&answers);
            g.questions += 10;
            g.pass += counts[0];
            g.fail += counts[1];
            g.info += counts[2];
            g.skipped += counts[3];
        }
        assert!(g.checklist.len() <= MAX_BYTES && g.answers.len() <= MAX_BYTES);
        g
    }

    /// Item `i`: its YAML, its answers, and its pass, fail, info and
    /// skipped counts.
    fn item(i: usize) -> (String, String, [usize; 4]) {
        let id = format!("stream-{i}");
        let added = i % 2 == 0;
        let raised = if i % 7 == 1 { "not-yet" } else { "unresolved" };
        let severity = ["low", "medium", "high"][i % 3];
        let yaml = format!(
            r#"  - id: {id}
    title: Work stream {i}
    guidance: Compare stream {i} with what was agreed, then talk to the partner.
    questions:
      - id: reviewed
        kind: confirm
        prompt: Did you compare stream {i} with the agreed deliverables?
        pass: yes
        advice: Compare stream {i} with the agreed deliverables first.
      - id: added
        kind: confirm
        prompt: Was work added to stream {i} after it started?
      - id: impact
        kind: confirm
        when: {{question: added, is: yes}}
        prompt: Do you know what the added work does to the plan?
        pass: yes
        advice: Work out what the added work costs.
      - id: raised
        kind: choice
        prompt: Did you raise it with the partner?
        options:
          - {{value: not-yet, label: Not yet, outcome: fail, advice: Raise it with the partner first.}}
          - {{value: resolved, label: Resolved, outcome: stop}}
          - {{value: unresolved, label: Unresolved, outcome: pass}}
      - id: raised-on
        kind: date
        when: {{question: raised, is: unresolved}}
        prompt: When did you raise it?
        wait_days: 3
        advice: Give the partner a few days to answer.
      - id: severity
        kind: choice
        prompt: How much does it hurt?
        options:
          - {{value: low, label: A little}}
          - {{value: medium, label: Noticeably}}
          - {{value: high, label: Badly}}
      - id: impact-note
        kind: text
        when: {{question: severity, in: [medium, high]}}
        prompt: What does it cost you?
      - id: examples
        kind: list
        min: 1
        recommend: 2
        evidence: true
        prompt: List examples of the problem, one per entry.
        advice: Collect at least one concrete example.
      - id: owner
        kind: text
        optional: true
        prompt: Who owns stream {i} on your side?
      - id: signed-off
        kind: confirm
        when: {{question: reviewed, is: yes}}
        prompt: Did someone sign off the comparison?
        pass: yes
        advice: Have the comparison signed off.
"#
        );
        let mut ans = String::new();
        let mut counts = [0usize; 4]; // pass, fail, info, skipped
        let mut put = |key: &str, value: &str, status: usize| {
            let _ = writeln!(ans, "{id}.{key}: {value}");
            counts[status] += 1;
        };
        put("reviewed", "yes", 0);
        put("added", if added { "yes" } else { "no" }, 2);
        if added {
            put("impact", "yes", 0);
        }
        put("raised", raised, if raised == "not-yet" { 1 } else { 0 });
        if raised == "unresolved" {
            put("raised-on", RAISED_ON, 0);
        }
        put("severity", severity, 2);
        if severity != "low" {
            put("impact-note", "orders are lost at checkout", 2);
        }
        let examples = format!(
            "\n  - ticket OPS-{} checkout fails\n  - the partner did not answer",
            1000 + i
        );
        put("examples", &examples, 0);
        put("owner", "Dana from operations", 2);
        put("signed-off", "yes", 0);
        // Not asked, so skipped: impact when nothing was added, raised-on
        // when not raised, impact-note at low severity.
        counts[3] += usize::from(!added)
            + usize::from(raised != "unresolved")
            + usize::from(severity == "low");
        (yaml, ans, counts)
    }
}
