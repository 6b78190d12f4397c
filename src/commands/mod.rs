//! The subcommands, one file each; shared loading of the checklist.

pub mod check;
pub mod forget;
pub mod generate;
pub mod init;
pub mod show;
pub mod template;
pub mod validate;

use crate::checklist::{self, Checklist};
use crate::error::{Error, Problem, Result};
use crate::i18n::{self, Lang};
use std::path::Path;

/// The checklist to use: `--checklist FILE`, else the built-in one in the
/// current language. Without `--lang`, a custom checklist's own `lang`
/// becomes the UI language.
pub fn load(path: Option<&Path>, explicit_lang: bool) -> Result<Checklist> {
    let loaded = match path {
        Some(path) => checklist::load_file(path),
        None => {
            let lang = i18n::current();
            checklist::load_str(
                &format!("<built-in {}>", lang.code()),
                checklist::builtin(lang),
            )
        }
    };
    let checklist = loaded.map_err(problems_error)?;
    if !explicit_lang {
        if let Some(lang) = Lang::for_checklist(&checklist.lang) {
            i18n::set(lang);
        }
    }
    Ok(checklist)
}

/// One error listing every problem of a checklist.
pub fn problems_error(problems: Vec<Problem>) -> Error {
    Error::Problems {
        problems,
        checklist: true,
    }
}
