//! Signals: the run stops with the terminal restored and nothing
//! half-written or left behind, and it suspends like any terminal program.
//!
//! [`install`] is called before the first prompt and before the first file
//! is written, the two moments a signal's default action would leave
//! something behind; a run that only prints needs no handler. On Ctrl-C,
//! SIGTERM or SIGHUP:
//! - while a file is being written ([`Writing`]), it is only noted, so the
//!   writer can remove its temporary file and leave the target as it was;
//! - while the user's editor runs ([`editing`]), Ctrl-C is the editor's
//!   key; another signal is passed on to the editor, and the run stops once
//!   the editor has ended and its temporary folder is gone;
//! - otherwise the terminal mode saved before the first prompt is put back
//!   (a signal can land while a prompt has the terminal in raw mode, and
//!   then only this module restores it), the cursor is shown again, and the
//!   process exits with 128 + the signal's number (130 for Ctrl-C).
//!
//! Ctrl-C typed at a prompt does not raise a signal: the prompt reads it as
//! a key and returns an interrupted error, which ends in [`exit`] too.
//! Ctrl-Z and SIGTSTP suspend the run ([`suspend`]). SIGXFSZ (a write past
//! `ulimit -f`) is caught and does nothing, so the write fails with an
//! error that is reported like any other ([`catch_file_size_limit`]). On
//! Windows the console's control events stand for the signals
//! (`signal/windows.rs`).

pub mod editing;
mod suspend;
mod terminal;
#[cfg(windows)]
mod windows;

pub use editing::Editing;
pub use suspend::{Woken, stop_by_key, wait_for_input};
pub use terminal::{Mode, paste_off, paste_on, plain, set_plain};

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

/// The number of SIGINT, the signal Ctrl-C raises.
pub const SIGINT: i32 = 2;

/// Is a file being written? The listener decides under this lock whether
/// to exit, so that no write starts after it decided to.
static WRITING: Mutex<bool> = Mutex::new(false);
/// The last signal that arrived, or 0.
static CAUGHT: AtomicI32 = AtomicI32::new(0);
static REPORTED: AtomicBool = AtomicBool::new(false);
/// Has the run written a file? A stop then cannot say nothing was saved.
static WROTE: AtomicBool = AtomicBool::new(false);
/// Has the run kept the answers given for the next run? A stop says so.
static KEPT: AtomicBool = AtomicBool::new(false);

/// Starts listening for the signals, once per process.
pub fn install() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        terminal::save();
        suspend::prepare();
        listen();
    });
}

/// Listens on a thread of its own, and blocks the signals on the calling
/// (main) thread: they reach only the listener, so a prompt's read is never
/// interrupted halfway, and the exit code names the signal that came.
#[cfg(unix)]
fn listen() {
    let Ok(mut signals) = signal_hook::iterator::Signals::new(WANTED) else {
        return;
    };
    let spawned = std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || signals.forever().for_each(arrived));
    if spawned.is_ok() {
        LISTENING.store(true, Ordering::SeqCst);
        mask(libc::SIG_BLOCK);
    }
}

/// Does the listener run, with the signals blocked on the main thread?
#[cfg(unix)]
static LISTENING: AtomicBool = AtomicBool::new(false);

/// The signals listened for.
#[cfg(unix)]
const WANTED: [i32; 4] = [
    signal_hook::consts::SIGINT,
    signal_hook::consts::SIGTERM,
    signal_hook::consts::SIGHUP,
    signal_hook::consts::SIGTSTP,
];

/// Blocks or unblocks [`WANTED`] on the calling thread, if the listener
/// runs (without it, they are never blocked).
#[cfg(unix)]
fn mask(how: libc::c_int) {
    if !LISTENING.load(Ordering::SeqCst) {
        return;
    }
    // SAFETY: the set is initialised by sigemptyset before use, and
    // pthread_sigmask only changes this thread's mask.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        for signal in WANTED {
            libc::sigaddset(&mut set, signal);
        }
        libc::pthread_sigmask(how, &set, std::ptr::null_mut());
    }
}

#[cfg(windows)]
use windows::listen;

#[cfg(not(any(unix, windows)))]
fn listen() {}

/// What the listener does with a signal: SIGTSTP suspends the run; a
/// signal the user's editor takes is left to it ([`editing::takes`]);
/// otherwise the run stops at once, unless a file is being written (the
/// writer then sees it and stops after removing its temporary file).
fn arrived(signal: i32) {
    #[cfg(unix)]
    if signal == signal_hook::consts::SIGTSTP {
        suspend::suspend();
        return;
    }
    if editing::takes(signal) {
        return;
    }
    CAUGHT.store(signal, Ordering::SeqCst);
    let writing = WRITING.lock().unwrap_or_else(|e| e.into_inner());
    if !*writing {
        exit(signal);
    }
}

/// Stops the run once no file is being written: for a signal after which
/// the process may not go on (a closed console window on Windows). The
/// lock is held into the exit, so no write starts after it is decided.
#[cfg(windows)]
fn exit_after_the_write(signal: i32) -> ! {
    loop {
        let writing = WRITING.lock().unwrap_or_else(|e| e.into_inner());
        if !*writing {
            exit(signal);
        }
        drop(writing);
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// Makes a write past the file size limit (`ulimit -f`) fail with an error
/// instead of killing the process: SIGXFSZ is caught by a handler that
/// does nothing. A handler, unlike an ignored signal, is not passed on to
/// the programs escalate starts (the editor).
pub fn catch_file_size_limit() {
    #[cfg(unix)]
    {
        let noted = std::sync::Arc::new(AtomicBool::new(false));
        let _ = signal_hook::flag::register(signal_hook::consts::SIGXFSZ, noted);
    }
}

/// The signal that stopped the run, if one did.
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
    editing::abandon();
    restore_terminal();
    terminal::discard_input();
    let term = console::Term::stderr();
    if term.is_term() {
        let _ = term.write_line("");
    }
    let wrote = WROTE.load(Ordering::SeqCst);
    let stop = match (wrote, KEPT.load(Ordering::SeqCst)) {
        (wrote, true) => crate::error::Error::StoppedKept { wrote },
        (true, false) => crate::error::Error::StoppedAfterWriting,
        (false, false) => crate::error::Error::Interrupted,
    };
    let _ = stop.print(&mut std::io::stderr());
    std::process::exit(128 + signal);
}

/// Notes that a file was written whole, for what a later stop says.
pub fn wrote_a_file() {
    WROTE.store(true, Ordering::SeqCst);
}

/// Notes that the answers given were kept for the next run.
pub fn kept_answers() {
    KEPT.store(true, Ordering::SeqCst);
}

/// Marks a file write in progress until dropped; a signal meanwhile is
/// only noted.
pub struct Writing(());

impl Writing {
    pub fn start() -> Writing {
        install();
        *WRITING.lock().unwrap_or_else(|e| e.into_inner()) = true;
        Writing(())
    }

    /// Did a signal arrive? (Before the write, it would have ended the run.)
    pub fn interrupted(&self) -> bool {
        caught().is_some()
    }
}

impl Drop for Writing {
    fn drop(&mut self) {
        *WRITING.lock().unwrap_or_else(|e| e.into_inner()) = false;
    }
}

/// Puts the terminal back as it was before the first prompt, the cursor
/// shown; nothing is written where stderr is not a terminal.
pub fn restore_terminal() {
    terminal::paste_off();
    terminal::restore();
    let term = console::Term::stderr();
    if term.is_term() && !terminal::plain() {
        let _ = term.show_cursor();
    }
}

/// Drops whatever was typed or pasted ahead and not read: before a
/// question, so a leftover cannot answer it, and at the end, so it cannot
/// reach the shell.
/// A Ctrl-C among it is kept: it still stops the run. What the keys'
/// reader could not read to its end is flushed.
pub fn discard_typeahead() {
    if !crate::prompt::discard_keys() {
        terminal::discard_input();
    }
}
