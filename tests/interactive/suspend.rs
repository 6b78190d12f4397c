//! Job control: Ctrl-Z at a prompt and SIGTSTP from elsewhere suspend the
//! run with the terminal as the shell expects it; on continue the run
//! takes the terminal back and draws the prompt again.

use crate::tty::*;

/// The state letter of the process `pid` (`T` when stopped).
fn state(pid: i32) -> char {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let after = stat.rsplit(')').next().unwrap_or("").trim_start();
    after.chars().next().unwrap_or('?')
}

/// Waits until the process `pid` is stopped.
fn wait_stopped(pid: i32) {
    let deadline = std::time::Instant::now() + TIMEOUT;
    while state(pid) != 'T' {
        assert!(std::time::Instant::now() < deadline, "the run did not stop");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// Expects the prompt `prompt` drawn again on a line of its own, after
/// the cursor was shown and bracketed paste turned off for the shell, and
/// bracketed paste on again.
fn expect_redrawn(tty: &mut Tty, prompt: &str) {
    let stopped = tty.expect(SHOW_CURSOR);
    assert!(
        stopped.rfind(PASTE_OFF) > stopped.rfind(PASTE_ON),
        "bracketed paste stays on in the shell: {stopped:?}"
    );
    let drawn = tty.expect(prompt);
    let drawn = drawn
        .strip_prefix(PASTE_ON)
        .unwrap_or_else(|| panic!("bracketed paste is not on again: {drawn:?}"));
    assert!(drawn.starts_with("\r\n"), "{drawn:?}");
}

#[test]
fn ctrl_z_and_sigtstp_suspend_and_continue_redraws_the_prompt() {
    let mut tty = Tty::check(&[]);
    let pid = tty.session.get_process().pid().as_raw();
    tty.walk(&READY_WALK[..1]);
    tty.expect("Were deliverables added");
    tty.expect("(yes/no): ");
    // Ctrl-Z, typed at the prompt.
    tty.send("\x1a");
    wait_stopped(pid);
    // SAFETY: kill only sends a signal to the process under test.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGCONT) }, 0);
    expect_redrawn(&mut tty, "Deliverables added after the start (yes/no): ");
    tty.send("yes\r");
    // SIGTSTP from elsewhere.
    tty.expect("Have you worked out how");
    tty.expect("(yes/no): ");
    // SAFETY: as above.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTSTP) }, 0);
    wait_stopped(pid);
    assert_eq!(unsafe { libc::kill(pid, libc::SIGCONT) }, 0);
    expect_redrawn(&mut tty, "(yes/no): ");
    // Keys typed now are read one by one again, not echoed as a line.
    tty.send("Y\r");
    tty.walk(&READY_WALK[3..]);
    tty.review(0);
    tty.decline();
    assert_eq!(tty.finish(), 0, "{}", tty.output());
}

#[test]
fn ctrl_z_at_a_list_to_pick_from_suspends_and_draws_it_again() {
    let mut tty = Tty::check(&[]);
    let pid = tty.session.get_process().pid().as_raw();
    tty.walk(&READY_WALK[..3]);
    tty.expect("Yes, and it is resolved now");
    tty.send("\x1a");
    wait_stopped(pid);
    // SAFETY: kill only sends a signal to the process under test.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGCONT) }, 0);
    expect_redrawn(&mut tty, "Yes, and it is resolved now");
    // The list takes keys as before, and the pick is drawn once.
    tty.send(&format!("{DOWN}{DOWN}\r"));
    tty.walk(&READY_WALK[4..]);
    tty.review(0);
    tty.decline();
    assert_eq!(tty.finish(), 0, "{}", tty.output());
}
