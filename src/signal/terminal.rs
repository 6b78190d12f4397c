//! The terminal's modes: the one before any prompt, put back when the run
//! stops or suspends, and any other saved to be put back later (around the
//! user's editor, across a suspension); bracketed paste, on while the walk
//! runs and off whenever anything else has the terminal. On Windows, the
//! console's input mode before the first prompt (`signal/windows.rs`).

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

/// Is bracketed paste on? The terminal then marks where a paste begins and
/// ends (`ESC[200~` … `ESC[201~`).
static PASTE: AtomicBool = AtomicBool::new(false);

/// Plain mode: the walk draws plain lines, and nothing here sends a
/// sequence that moves the cursor, hides it or changes a mode.
static PLAIN: AtomicBool = AtomicBool::new(false);

/// From here on the walk is plain lines, for a screen reader, a dumb
/// terminal or an editor's shell.
pub fn set_plain() {
    PLAIN.store(true, Ordering::SeqCst);
}

/// Is the walk plain lines?
pub fn plain() -> bool {
    PLAIN.load(Ordering::SeqCst)
}

/// Turns bracketed paste on, on a terminal that reads keys as escalate
/// decodes them (Linux and macOS); a terminal that knows no such mode
/// ignores the request.
pub fn paste_on() {
    if cfg!(unix)
        && !plain()
        && console::Term::stderr().is_term()
        && !PASTE.swap(true, Ordering::SeqCst)
    {
        let _ = std::io::stderr().write_all(b"\x1b[?2004h");
    }
}

/// Turns bracketed paste off if it is on; whether it was.
pub fn paste_off() -> bool {
    let was = PASTE.swap(false, Ordering::SeqCst);
    if was {
        let _ = std::io::stderr().write_all(b"\x1b[?2004l");
    }
    was
}

#[cfg(unix)]
mod unix {
    use std::sync::OnceLock;

    static SAVED: OnceLock<libc::termios> = OnceLock::new();

    /// The terminal mode of stdin at one moment, to put back later.
    #[derive(Clone, Copy)]
    pub struct Mode(libc::termios);

    impl Mode {
        /// The mode stdin's terminal is in now; `None` off a terminal.
        pub fn now() -> Option<Mode> {
            // SAFETY: tcgetattr only writes the termios it is given, which
            // is plain data and valid when all zero.
            let mut mode: libc::termios = unsafe { std::mem::zeroed() };
            (unsafe { libc::tcgetattr(libc::STDIN_FILENO, &mut mode) } == 0).then_some(Mode(mode))
        }

        /// This mode made raw as a prompt reads keys: no echo, no line
        /// editing, no signals from keys; output as it was.
        pub fn raw(&self) -> Mode {
            let mut raw = self.0;
            // SAFETY: cfmakeraw only changes the termios it is given.
            unsafe { libc::cfmakeraw(&mut raw) };
            raw.c_oflag = self.0.c_oflag;
            Mode(raw)
        }

        /// Puts the terminal back in this mode.
        pub fn put_back(&self) {
            // SAFETY: the mode came from tcgetattr on the same descriptor.
            unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &self.0) };
        }
    }

    pub fn save() {
        if let Some(Mode(mode)) = Mode::now() {
            let _ = SAVED.set(mode);
        }
    }

    /// Drops what was typed or pasted ahead and not read.
    pub fn discard_input() {
        // SAFETY: tcflush only discards the terminal's unread input.
        unsafe { libc::tcflush(libc::STDIN_FILENO, libc::TCIFLUSH) };
    }

    /// Puts back the mode saved before the first prompt.
    pub fn restore() {
        if let Some(mode) = SAVED.get() {
            Mode(*mode).put_back();
        }
    }
}

#[cfg(unix)]
pub use unix::*;

#[cfg(not(unix))]
mod other {
    /// No mode is noted here: the Windows console's input mode is saved
    /// and put back by `signal/windows.rs`.
    #[derive(Clone, Copy)]
    pub struct Mode;

    impl Mode {
        pub fn now() -> Option<Mode> {
            None
        }
        pub fn put_back(&self) {}
    }

    #[cfg(not(windows))]
    pub fn discard_input() {}
    #[cfg(not(windows))]
    pub fn save() {}
    #[cfg(not(windows))]
    pub fn restore() {}
}

#[cfg(not(unix))]
pub use other::*;

#[cfg(windows)]
pub use super::windows::{discard_input, restore, save};
