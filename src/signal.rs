//! Ctrl-C: exit 130 with the terminal restored and nothing half-written.
//!
//! During prompts an interrupt ends the process at once: the terminal's
//! mode, saved before the first prompt, is put back (an interrupt can land
//! while a prompt has the terminal in raw mode), the cursor is shown again,
//! and no file has been touched, because files are written only after the
//! last answer.
//! While a file is being written, the interrupt is only noted, so the writer
//! can abandon its temporary file and leave the target as it was.

use std::sync::atomic::{AtomicBool, Ordering};

static WRITING: AtomicBool = AtomicBool::new(false);
static INTERRUPTED: AtomicBool = AtomicBool::new(false);
static REPORTED: AtomicBool = AtomicBool::new(false);

/// Installs the handler. Done only by `check`, the one command that waits.
pub fn install() {
    terminal::save();
    let _ = ctrlc::set_handler(|| {
        if WRITING.load(Ordering::SeqCst) {
            INTERRUPTED.store(true, Ordering::SeqCst);
            return;
        }
        exit();
    });
}

/// Reports the interrupt once and exits 130. Ctrl-C at a prompt reaches both
/// the handler and the prompt (as an error); whichever comes second leaves
/// the exit to the first.
pub fn exit() -> ! {
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
    std::process::exit(crate::exit::Code::Interrupted as i32);
}

/// Marks a file write in progress until dropped.
pub struct Writing(());

impl Writing {
    pub fn start() -> Writing {
        WRITING.store(true, Ordering::SeqCst);
        Writing(())
    }

    /// Did Ctrl-C arrive since the write started?
    pub fn interrupted(&self) -> bool {
        INTERRUPTED.load(Ordering::SeqCst)
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
