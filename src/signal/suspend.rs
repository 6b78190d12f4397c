//! Job control: Ctrl-Z at a prompt, or SIGTSTP from elsewhere, suspends
//! the run as other terminal programs do. The terminal is put back as the
//! shell expects it (the mode from before the first prompt, the cursor
//! shown) and the process stops; on `fg` it takes the terminal back in the
//! mode it had, and wakes the prompt waiting for a key
//! ([`wait_for_input`]) so that it draws itself again. While the user's
//! editor runs, the editor looks after the terminal itself: the run only
//! stops with it.

/// What ended a wait for a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Woken {
    /// A key can be read.
    Input,
    /// The run was suspended and is back: the prompt draws itself again.
    Resumed,
}

#[cfg(unix)]
mod unix {
    use super::Woken;
    use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
    use std::sync::OnceLock;

    /// The pipe a resumed run writes to, to wake the prompt: read end,
    /// write end.
    static WAKE: OnceLock<(OwnedFd, OwnedFd)> = OnceLock::new();

    /// Makes the pipe that wakes a prompt after a suspension.
    pub fn prepare() {
        let mut fds = [0; 2];
        // SAFETY: pipe writes two new descriptors into `fds`, owned from
        // here on.
        if unsafe { libc::pipe(fds.as_mut_ptr()) } != 0 {
            return;
        }
        let pair = unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
        // Neither end blocks or reaches a program escalate starts. (pipe2
        // sets both at once, but macOS has no pipe2; nothing is started
        // before the prompt that follows.)
        for fd in [pair.0.as_raw_fd(), pair.1.as_raw_fd()] {
            // SAFETY: fcntl only reads and sets the flags of a descriptor
            // owned here.
            unsafe {
                libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC);
                let flags = libc::fcntl(fd, libc::F_GETFL);
                libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK);
            }
        }
        let _ = WAKE.set(pair);
    }

    /// Suspends the run (on the listener's thread): the terminal put back,
    /// the process stopped; on `fg`, the terminal's mode as it was, and the
    /// prompt woken.
    pub fn suspend() {
        let editing = crate::signal::editing::running();
        let mode = if editing {
            None
        } else {
            crate::signal::terminal::Mode::now()
        };
        let paste = !editing && crate::signal::paste_off();
        if !editing {
            crate::signal::restore_terminal();
        }
        let _ = signal_hook::low_level::raise(libc::SIGSTOP);
        if let Some(mode) = mode {
            mode.put_back();
        }
        if paste {
            crate::signal::paste_on();
        }
        if let Some((_, write)) = WAKE.get() {
            // SAFETY: one byte from a valid buffer to an open descriptor.
            unsafe { libc::write(write.as_raw_fd(), [1u8].as_ptr().cast(), 1) };
        }
    }

    /// Ctrl-Z read as a key (the prompt's raw mode turns off the terminal's
    /// own): suspends the run as SIGTSTP does. The prompt is woken when the
    /// run is back.
    pub fn stop_by_key() {
        // SAFETY: kill sends SIGTSTP to this process, which the listener
        // handles.
        unsafe { libc::kill(libc::getpid(), libc::SIGTSTP) };
    }

    /// Waits until a key can be read from stdin, or the run is back from a
    /// suspension. Waits in raw mode, as the prompt reads keys, so that a
    /// key is neither echoed nor held back until Enter meanwhile; the mode
    /// is put back after.
    pub fn wait_for_input() -> Woken {
        let Some((read, _)) = WAKE.get() else {
            return Woken::Input;
        };
        let before = crate::signal::terminal::Mode::now();
        if let Some(mode) = before {
            mode.raw().put_back();
        }
        let woken = wait(read);
        if let Some(mode) = before {
            mode.put_back();
        }
        woken
    }

    /// Waits on stdin and the read end of the wake pipe.
    fn wait(read: &OwnedFd) -> Woken {
        let mut fds = [
            libc::pollfd {
                fd: libc::STDIN_FILENO,
                events: libc::POLLIN,
                revents: 0,
            },
            libc::pollfd {
                fd: read.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            },
        ];
        loop {
            // SAFETY: two valid pollfds, no timeout.
            let ready = unsafe { libc::poll(fds.as_mut_ptr(), 2, -1) };
            if ready > 0
                || std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted
            {
                break;
            }
        }
        if fds[1].revents & libc::POLLIN == 0 {
            return Woken::Input;
        }
        let mut drained = [0u8; 64];
        // SAFETY: reads into a valid buffer of its length; the pipe does
        // not block.
        while unsafe { libc::read(read.as_raw_fd(), drained.as_mut_ptr().cast(), drained.len()) }
            > 0
        {}
        Woken::Resumed
    }
}

#[cfg(unix)]
pub use unix::*;

#[cfg(not(unix))]
pub fn prepare() {}

#[cfg(not(unix))]
pub fn stop_by_key() {}

#[cfg(not(unix))]
pub fn wait_for_input() -> Woken {
    Woken::Input
}
