//! The interactive walk on a real pseudo-terminal, one module per concern:
//! keystrokes in, prompts, review screen and verdict out.
//!
//! Unix only: the harness drives a pseudo-terminal and sends signals, which
//! Windows has not. On Windows this target is empty, and what Windows has
//! of its own is tested in `tests/cli/windows.rs`.
#![cfg(unix)]

#[path = "../common/mod.rs"]
mod common;

mod back;
mod editor;
mod escape;
mod gaps;
mod hostile;
// The kept answers' folder is XDG_STATE_HOME on Linux only.
#[cfg(target_os = "linux")]
mod journey;
#[cfg(target_os = "linux")]
mod kept;
mod late;
mod narrow;
mod paste;
mod plain;
mod review;
mod revise;
mod stop;
mod streams;
mod suspend;
mod tty;
mod typing;
mod walk;
