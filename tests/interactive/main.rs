//! The interactive walk on a real pseudo-terminal, one module per concern:
//! keystrokes in, prompts, review screen and verdict out.

#[path = "../common/mod.rs"]
mod common;

mod back;
mod editor;
mod hostile;
mod kept;
mod late;
mod narrow;
mod paste;
mod review;
mod revise;
mod stop;
mod streams;
mod suspend;
mod tty;
mod walk;
