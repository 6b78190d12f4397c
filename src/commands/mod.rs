//! The subcommands, one file each; shared loading of the checklist.

pub mod check;
pub mod forget;
pub mod generate;
#[cfg(test)]
mod generator;
pub mod init;
pub mod show;
pub mod template;
pub mod validate;

use crate::checklist::{self, Checklist};
use crate::error::{Error, Problem, Result};
use crate::i18n::{self, Lang};
use std::path::Path;

/// The checklist to use: `--checklist FILE`, else the one shipped in the
/// language of the run. Read, the checklist settles the language: its own
/// `lang`, unless `flag` (`--lang`) says another.
pub fn load(path: Option<&Path>, flag: Option<Lang>) -> Result<Checklist> {
    let loaded = match path {
        Some(path) => checklist::load_file(path),
        None => checklist::load_built_in(i18n::current()),
    };
    let checklist = loaded.map_err(problems_error)?;
    i18n::settle(i18n::choose(flag, Some(&checklist.lang)));
    Ok(checklist)
}

/// One error listing every problem of a checklist.
pub fn problems_error(problems: Vec<Problem>) -> Error {
    Error::Problems {
        problems,
        checklist: true,
    }
}
