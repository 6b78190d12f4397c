//! Faults injected on purpose, so that tests can reach states that are
//! otherwise a matter of timing or luck: a write that stalls with its
//! temporary file in place until a signal arrives, a write that waits
//! until its target appears or its folder goes (a race with another
//! program), a panic. The variable
//! `ESCALATE_FAULT` names the one to inject. Only debug builds read it;
//! in a release build [`injected`] is always false.

/// Is the fault `name` to be injected in this run?
pub fn injected(name: &str) -> bool {
    cfg!(debug_assertions) && std::env::var_os("ESCALATE_FAULT").is_some_and(|v| v == name)
}

/// With the fault `stall-write`: waits, with the temporary file written,
/// until `stop` says a signal arrived (at most ten seconds), and says so on
/// stderr first so a test knows when to send one.
pub fn stall_write(stop: impl Fn() -> bool) {
    if !injected("stall-write") {
        return;
    }
    let _ = std::io::Write::write_all(&mut std::io::stderr(), b"fault: stalled\n");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !stop() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

/// With the fault `race-write`: waits, with the temporary file written,
/// until `path` exists or its folder is gone (at most ten seconds), and
/// says so on stderr first so a test knows when to make the change.
pub fn race_write(path: &std::path::Path, folder: &std::path::Path) {
    if !injected("race-write") {
        return;
    }
    let _ = std::io::Write::write_all(&mut std::io::stderr(), b"fault: racing\n");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !path.exists() && folder.exists() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}
