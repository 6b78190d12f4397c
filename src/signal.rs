//! Ctrl-C, SIGTERM and SIGHUP: the run stops with the terminal restored and
//! nothing half-written.
//!
//! [`install`] is called before the first prompt and before the first file
//! is written, the two moments a signal's default action would leave
//! something behind; a run that only prints needs no handler. On a signal:
//! - while a file is being written ([`Writing`]), it is only noted, so the
//!   writer can remove its temporary file and leave the target as it was;
//! - otherwise the terminal mode saved before the first prompt is put back
//!   (a signal can land while a prompt has the terminal in raw mode, and
//!   then only this module restores it), the cursor is shown again, and the
//!   process exits with 128 + the signal's number (130 for Ctrl-C).
//!
//! Ctrl-C typed at a prompt does not raise a signal: the prompt reads it as
//! a key and returns an interrupted error, which ends in [`exit`] too.

use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

/// The number of SIGINT, the signal Ctrl-C raises.
pub const SIGINT: i32 = 2;

static WRITING: AtomicBool = AtomicBool::new(false);
/// The signal that arrived during a write, or 0.
static CAUGHT: AtomicI32 = AtomicI32::new(0);
static REPORTED: AtomicBool = AtomicBool::new(false);

/// Starts listening for the signals, once per process.
pub fn install() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        terminal::save();
        listen();
    });
}

#[cfg(unix)]
fn listen() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return;
    };
    let _ = std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                if WRITING.load(Ordering::SeqCst) {
                    CAUGHT.store(signal, Ordering::SeqCst);
                } else {
                    exit(signal);
                }
            }
        });
}

#[cfg(not(unix))]
fn listen() {}

/// The signal that stopped the run during a write, if one did.
pub fn caught() -> Option<i32> {
    match CAUGHT.load(Ordering::SeqCst) {
        0 => None,
        signal => Some(signal),
    }
}

/// Restores the terminal, says that the run stopped, and exits with
/// 128 + `signal`. A signal at a prompt reaches both the listener and the
/// prompt (as an error); whichever comes second leaves the exit to the
/// first.
pub fn exit(signal: i32) -> ! {
    if REPORTED.swap(true, Ordering::SeqCst) {
        loop {
            std::thread::park();
        }
    }
    terminal::restore();
    let term = console::Term::stderr();
    if term.is_term() {
        let _ = term.show_cursor();
        let _ = term.write_line("");
    }
    let _ = crate::exit::Error::interrupted().print(&mut std::io::stderr());
    std::process::exit(128 + signal);
}

/// Marks a file write in progress until dropped; a signal meanwhile is
/// only noted.
pub struct Writing(());

impl Writing {
    pub fn start() -> Writing {
        install();
        WRITING.store(true, Ordering::SeqCst);
        Writing(())
    }

    /// Did a signal arrive since the write started?
    pub fn interrupted(&self) -> bool {
        caught().is_some()
    }
}

impl Drop for Writing {
    fn drop(&mut self) {
        WRITING.store(false, Ordering::SeqCst);
    }
}

/// The terminal mode of stdin, as it was before any prompt.
#[cfg(unix)]
mod terminal {
    use std::sync::OnceLock;

    static SAVED: OnceLock<libc::termios> = OnceLock::new();

    pub fn save() {
        // SAFETY: tcgetattr only writes the termios it is given, which is
        // plain data and valid when all zero.
        let mut mode: libc::termios = unsafe { std::mem::zeroed() };
        if unsafe { libc::tcgetattr(libc::STDIN_FILENO, &mut mode) } == 0 {
            let _ = SAVED.set(mode);
        }
    }

    pub fn restore() {
        if let Some(mode) = SAVED.get() {
            // SAFETY: `mode` came from tcgetattr on the same descriptor.
            unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, mode) };
        }
    }
}

#[cfg(not(unix))]
mod terminal {
    pub fn save() {}
    pub fn restore() {}
}
