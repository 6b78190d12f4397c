//! `escalate init [PATH]`: write the built-in checklist to customise.

use crate::error::{Error, ExistsHint, Result};
use crate::exit::Code;
use crate::i18n;
use std::path::PathBuf;

pub fn run(path: Option<PathBuf>) -> Result<Code> {
    let lang = i18n::current();
    let path =
        path.unwrap_or_else(|| PathBuf::from(format!("partner-escalation.{}.yaml", lang.code())));
    crate::output::file(&path, lang.checklist().as_bytes(), false).map_err(|e| {
        match e {
            // `init` has no `--force`: the way out is another name.
            Error::Exists { path, .. } => Error::Exists {
                path,
                hint: ExistsHint::Remove,
            },
            e => e,
        }
    })?;
    crate::output::wrote(&path);
    Ok(Code::Ready)
}
