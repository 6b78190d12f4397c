//! escalate: are you ready to escalate a partner problem to your Customer
//! Success Manager? See README.md for the tour; `app` is the entry point.

pub mod answers;
pub mod app;
pub mod checklist;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod evidence;
pub mod exit;
pub mod fault;
pub mod i18n;
pub mod locate;
pub mod output;
pub mod prompt;
pub mod read;
pub mod report;
pub mod safe;
pub mod signal;
pub mod verdict;
pub mod wrap;
