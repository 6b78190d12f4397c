//! Behaviour of the `escalate` binary, one module per concern.

#[path = "../common/mod.rs"]
mod common;

// Memory and time bounds are measured with wait4 and rlimits: Unix only.
mod all_at_once;
#[cfg(unix)]
mod bounds;
mod brief_claims;
mod brief_facts;
mod brief_gaps;
mod brief_open;
mod brief_reader;
mod brief_thin;
mod brief_wording;
mod checklists;
mod clock;
mod commands;
mod dates;
mod documents;
mod errors;
mod files;
mod hostile;
mod install;
// Where the kept answers are is Linux's XDG_STATE_HOME here; macOS keeps
// them under ~/Library, Windows under %LOCALAPPDATA% (windows.rs).
#[cfg(target_os = "linux")]
mod kept;
mod languages;
mod limits;
mod located;
mod note_facts;
mod note_letter;
mod note_partner;
mod note_said;
mod note_voice;
mod open_points;
mod open_true;
mod output;
mod readme;
mod refusals;
mod rules;
mod sources;
mod tidy;
mod usage;
// Closed pipes and full disks, made with Unix tools.
#[cfg(unix)]
mod streams;
mod subjects;
#[cfg(windows)]
mod windows;
