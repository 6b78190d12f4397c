//! escalate: are you ready to escalate a partner problem to your Customer
//! Success Manager? README.md gives the tour and ARCHITECTURE.md the map;
//! `app::main` is where a run starts.
//!
//! The public modules are what the binary, the fuzz targets and the tests
//! use; everything else is the crate's own.

pub mod answers;
pub mod app;
pub mod checklist;
pub mod clock;
pub mod error;
pub mod evidence;
pub mod exit;
pub mod i18n;
pub mod read;
pub mod report;
pub mod safe;
pub mod verdict;

pub(crate) mod cli;
pub(crate) mod commands;
pub(crate) mod fault;
pub(crate) mod limits;
pub(crate) mod locate;
pub(crate) mod output;
pub(crate) mod prompt;
pub(crate) mod signal;
pub(crate) mod state;
pub(crate) mod usage;
pub(crate) mod wrap;

pub use commands::template::render as template;
