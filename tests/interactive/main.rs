//! The interactive walk on a real pseudo-terminal, one module per concern:
//! keystrokes in, prompts, review screen and verdict out.

#[path = "../common/mod.rs"]
mod common;

mod back;
mod hostile;
mod kept;
mod narrow;
mod paste;
mod review;
mod revise;
mod stop;
mod streams;
mod tty;
mod walk;
