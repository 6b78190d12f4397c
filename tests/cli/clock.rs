//! Today's date: from `--today`, `SOURCE_DATE_EPOCH` or the clock in the
//! local time zone, whatever `TZ` holds.

use crate::common::{READY, escalate};
use std::time::{Duration, Instant};

/// `check` with the ready answers, the date from the clock, and `TZ`.
fn check_in_zone(tz: &str) -> (Option<i32>, Duration, String) {
    let mut cmd = escalate();
    cmd.args(["check", "--no-input"]).env("TZ", tz);
    for (key, value) in READY {
        cmd.arg("-a").arg(format!("{key}={value}"));
    }
    let start = Instant::now();
    let out = cmd.timeout(Duration::from_secs(10)).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out.status.code(), start.elapsed(), stderr)
}

#[test]
fn a_time_zone_that_is_a_device_or_a_fifo_falls_back_to_utc_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    let fifo = fifo.display().to_string();
    for tz in [
        "/dev/zero",
        ":/dev/urandom",
        fifo.as_str(),
        "../../../../dev/zero",
        "Not/A_Zone",
        "EST5EDT,M3.2.0,M11.1.0",
        "Europe/Berlin",
        "",
    ] {
        let (code, took, stderr) = check_in_zone(tz);
        assert_eq!(code, Some(0), "TZ={tz}: {stderr}");
        assert!(took < Duration::from_secs(1), "TZ={tz} took {took:?}");
    }
}
