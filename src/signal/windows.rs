//! The Windows console: Ctrl-C, Ctrl-Break and a closed window, which
//! arrive there as console control events rather than signals, and the
//! console's input mode, saved before the first prompt and put back.
//!
//! Each event is taken as the signal it stands for (Ctrl-C and Ctrl-Break
//! as SIGINT, a closed window as SIGHUP, a logoff or shutdown as SIGTERM),
//! so a run stops the same way, with the same exit code, as on Unix. The
//! handler runs on a thread Windows starts for it. After a closed window,
//! a logoff or a shutdown, Windows ends the process as soon as the handler
//! returns, so the handler does not return while a file is being written:
//! it waits for the writer to remove its temporary file first.

use windows_sys::Win32::Foundation::HANDLE;
use windows_sys::Win32::System::Console::{
    CONSOLE_MODE, CTRL_BREAK_EVENT, CTRL_C_EVENT, CTRL_CLOSE_EVENT, FlushConsoleInputBuffer,
    GetConsoleMode, GetStdHandle, STD_INPUT_HANDLE, SetConsoleCtrlHandler, SetConsoleMode,
};
use windows_sys::core::BOOL;

/// The numbers Unix gives the signals a closed window and a logoff stand
/// for: the exit code is 128 + the number, as on Unix.
const SIGHUP: i32 = 1;
const SIGTERM: i32 = 15;

/// Starts taking the console's control events.
pub fn listen() {
    // SAFETY: `on_event` has the signature Windows calls handlers with,
    // and lives as long as the process.
    unsafe { SetConsoleCtrlHandler(Some(on_event), 1) };
}

/// What a control event stands for.
fn signal_of(event: u32) -> i32 {
    match event {
        CTRL_C_EVENT | CTRL_BREAK_EVENT => super::SIGINT,
        CTRL_CLOSE_EVENT => SIGHUP,
        _ => SIGTERM,
    }
}

/// Handles one event: the run stops at once, unless a file is being
/// written or the user's editor has Ctrl-C (see [`super::arrived`]).
unsafe extern "system" fn on_event(event: u32) -> BOOL {
    let signal = signal_of(event);
    super::arrived(signal);
    if signal != super::SIGINT {
        super::exit_after_the_write(signal);
    }
    1
}

fn stdin() -> HANDLE {
    // SAFETY: GetStdHandle only reads the process's standard handles.
    unsafe { GetStdHandle(STD_INPUT_HANDLE) }
}

static SAVED: std::sync::OnceLock<CONSOLE_MODE> = std::sync::OnceLock::new();

/// Notes the console's input mode (echo, line input, Ctrl-C processing),
/// which a prompt changes while it reads keys.
pub fn save() {
    let mut mode: CONSOLE_MODE = 0;
    // SAFETY: GetConsoleMode writes only the mode it is given; on a handle
    // that is not a console (a pipe, a file) it fails and nothing is saved.
    if unsafe { GetConsoleMode(stdin(), &mut mode) } != 0 {
        let _ = SAVED.set(mode);
    }
}

/// Puts the input mode back as it was before the first prompt.
pub fn restore() {
    if let Some(&mode) = SAVED.get() {
        // SAFETY: `mode` came from GetConsoleMode on the same handle.
        unsafe { SetConsoleMode(stdin(), mode) };
    }
}

/// Drops what was typed or pasted ahead and not read.
pub fn discard_input() {
    // SAFETY: FlushConsoleInputBuffer only discards a console's unread
    // input; on a handle that is not a console it fails and does nothing.
    unsafe { FlushConsoleInputBuffer(stdin()) };
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The exit codes match Unix: 130 for Ctrl-C and Ctrl-Break, 129 for a
    /// closed window, 143 for a logoff or shutdown.
    #[test]
    fn each_event_stands_for_the_signal_of_its_unix_exit_code() {
        use windows_sys::Win32::System::Console::{CTRL_LOGOFF_EVENT, CTRL_SHUTDOWN_EVENT};
        assert_eq!(signal_of(CTRL_C_EVENT), 2);
        assert_eq!(signal_of(CTRL_BREAK_EVENT), 2);
        assert_eq!(signal_of(CTRL_CLOSE_EVENT), 1);
        assert_eq!(signal_of(CTRL_LOGOFF_EVENT), 15);
        assert_eq!(signal_of(CTRL_SHUTDOWN_EVENT), 15);
    }
}
