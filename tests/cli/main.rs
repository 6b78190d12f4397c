//! Behaviour of the `escalate` binary, one module per concern.

#[path = "../common/mod.rs"]
mod common;

mod bounds;
mod checklists;
mod clock;
mod commands;
mod errors;
mod files;
mod hostile;
mod kept;
mod languages;
mod limits;
mod located;
mod output;
mod readme;
mod rules;
mod sources;
mod streams;
