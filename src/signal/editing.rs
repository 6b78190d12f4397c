//! The user's editor while it runs, as the listener sees it: its private
//! temporary folder and, once started, its process. Ctrl-C is the
//! editor's own key then. SIGTERM or SIGHUP is passed on to the editor,
//! which gets [`GRACE`] to end before it is killed; the run stops once the
//! editor is gone, and the folder with it. A signal before the editor has
//! started stops the run at once, the folder removed.

use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::sync::Mutex;

/// How long an editor has to end after a signal was passed on to it.
#[cfg(unix)]
pub const GRACE: std::time::Duration = std::time::Duration::from_secs(2);

/// The editor's run: its folder, and its process once started.
struct Run {
    folder: PathBuf,
    pid: Option<u32>,
}

/// The editor running now, if any. The listener decides under this lock.
static RUN: Mutex<Option<Run>> = Mutex::new(None);

fn run() -> std::sync::MutexGuard<'static, Option<Run>> {
    RUN.lock().unwrap_or_else(|e| e.into_inner())
}

/// Marks the editor's run until dropped; `folder` holds its file.
pub struct Editing(());

impl Editing {
    /// From here until dropped, a stop removes `folder`.
    pub fn start(folder: &Path) -> Editing {
        super::install();
        *run() = Some(Run {
            folder: folder.to_owned(),
            pid: None,
        });
        Editing(())
    }

    /// Starts the editor's process, with the signals unblocked as a
    /// program expects them (a child inherits the mask of the thread that
    /// starts it). Under the listener's lock: a signal comes either before
    /// (and the run stops without starting it) or after, and is passed on
    /// to it.
    pub fn spawn(&self, command: &mut Command) -> std::io::Result<Child> {
        let mut run = run();
        #[cfg(unix)]
        super::mask(libc::SIG_UNBLOCK);
        let child = command.spawn();
        #[cfg(unix)]
        super::mask(libc::SIG_BLOCK);
        let child = child?;
        if let Some(run) = run.as_mut() {
            run.pid = Some(child.id());
        }
        Ok(child)
    }
}

impl Drop for Editing {
    fn drop(&mut self) {
        *run() = None;
    }
}

/// Is the editor running?
pub fn running() -> bool {
    run().is_some()
}

/// Does the editor take `signal` (on the listener's thread)? Ctrl-C is
/// its own key. Another signal, once the editor has started, is noted as
/// the run's stop and passed on to it, and the editor killed if it has not
/// ended after [`GRACE`]; the run stops when the editing code sees it.
#[cfg(unix)]
pub fn takes(signal: i32) -> bool {
    let guard = run();
    let Some(editor) = guard.as_ref() else {
        return false;
    };
    if signal == super::SIGINT {
        return true;
    }
    let Some(pid) = editor.pid else {
        return false;
    };
    super::CAUGHT.store(signal, std::sync::atomic::Ordering::SeqCst);
    send(pid, signal);
    drop(guard);
    let deadline = std::time::Instant::now() + GRACE;
    while std::time::Instant::now() < deadline {
        if run().as_ref().is_none_or(|editor| editor.pid != Some(pid)) {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    if run().as_ref().is_some_and(|editor| editor.pid == Some(pid)) {
        send(pid, libc::SIGKILL);
    }
    true
}

/// Ctrl-C is the editor's own key (Windows gives the console's Ctrl-C
/// to every program on it); a closed window or a logoff stops the run,
/// which removes the folder.
#[cfg(not(unix))]
pub fn takes(signal: i32) -> bool {
    signal == super::SIGINT && running()
}

#[cfg(unix)]
fn send(pid: u32, signal: i32) {
    if let Ok(pid) = libc::pid_t::try_from(pid) {
        // SAFETY: kill only sends a signal to the editor's process.
        unsafe { libc::kill(pid, signal) };
    }
}

/// Before the run exits on a signal: the editor killed if it runs, its
/// folder removed.
pub fn abandon() {
    let Some(editor) = run().take() else {
        return;
    };
    #[cfg(unix)]
    if let Some(pid) = editor.pid {
        send(pid, libc::SIGKILL);
    }
    let _ = std::fs::remove_dir_all(&editor.folder);
}
