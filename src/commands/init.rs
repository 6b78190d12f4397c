//! `escalate init [PATH]`: write the built-in checklist to customise.

use crate::error::{Error, ExistsHint, Result};
use crate::exit::Code;
use crate::i18n;
use std::path::PathBuf;

pub fn run(path: Option<PathBuf>) -> Result<Code> {
    let lang = i18n::current();
    let default = format!("partner-escalation.{}.yaml", lang.code());
    let path = path.unwrap_or_else(|| PathBuf::from(&default));
    crate::output::file(&path, lang.checklist().as_bytes(), false).map_err(|e| {
        match e {
            // `init` has no `--force`: the way out is another name.
            Error::Exists { path, .. } => Error::Exists {
                path,
                hint: ExistsHint::Remove,
            },
            // Nor `--format`: the hint names its own default.
            Error::DashOutput => Error::DashInit { default },
            e => e,
        }
    })?;
    crate::output::wrote(&path);
    Ok(Code::Ready)
}
