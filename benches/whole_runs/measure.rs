//! One run of a program, measured: the wall time from spawn to exit, and
//! from `wait4` the user and system CPU time and the peak resident memory,
//! with the exit status and what the program wrote to stderr. The
//! whole-run benchmark measures every run through this file, and
//! `tests/cli/bounds.rs` includes it to hold the binary to its time and
//! memory bound, so both count the same way. Unix only: `wait4`.

use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// What one run cost and how it ended.
pub struct Measured {
    /// Wall time from spawn until the child was reaped.
    pub time: Duration,
    /// User plus system CPU time.
    pub cpu: Duration,
    /// Peak resident memory in KiB.
    pub rss_kib: u64,
    pub status: ExitStatus,
    pub stderr: String,
}

/// Runs `command` once with stdin empty and stdout thrown away, keeps its
/// stderr, and reaps it with `wait4`. Panics if it cannot be started or is
/// ended by a signal.
pub fn measure(command: &mut Command) -> Measured {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    // A hook makes std fork rather than vfork. A vforked child shares the
    // parent's memory until exec, and the kernel counts that memory in the
    // child's peak RSS.
    // SAFETY: the hook does nothing.
    unsafe {
        command.pre_exec(|| Ok(()));
    }
    // A forked child still starts out with a copy of the parent's resident
    // memory, and the kernel counts that too: first give back to the system
    // what the parent has freed, so that only what it holds counts.
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free memory of the allocator.
    unsafe {
        libc::malloc_trim(0);
    }
    let start = Instant::now();
    #[allow(clippy::zombie_processes, reason = "reaped by wait4 below")]
    let mut child = command
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", shown(command)));
    let mut stderr = Vec::new();
    let _ = child
        .stderr
        .take()
        .expect("stderr is piped")
        .read_to_end(&mut stderr);
    let mut status = 0;
    // SAFETY: rusage is plain data that wait4 fills in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let time = start.elapsed();
    assert_eq!(reaped, pid, "wait4: {}", std::io::Error::last_os_error());
    let status = ExitStatus::from_raw(status);
    assert!(
        status.code().is_some(),
        "{} ended by a signal: {status:?}",
        shown(command)
    );
    // Linux reports KiB, macOS and the BSDs bytes.
    let rss = usage.ru_maxrss as u64;
    let rss_kib = if cfg!(target_os = "linux") {
        rss
    } else {
        rss / 1024
    };
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    Measured {
        time,
        cpu: tv(usage.ru_utime) + tv(usage.ru_stime),
        rss_kib,
        status,
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

/// The start of `command`, for a message.
fn shown(command: &Command) -> String {
    format!("{command:?}").chars().take(300).collect()
}
