//! `escalate init [PATH]`: write the built-in checklist to customise.

use crate::exit::{Code, Result};
use crate::i18n::{self, t};
use std::path::PathBuf;

pub fn run(path: Option<PathBuf>) -> Result<Code> {
    let lang = i18n::current();
    let path =
        path.unwrap_or_else(|| PathBuf::from(format!("partner-escalation.{}.yaml", lang.code())));
    crate::output::file(&path, crate::checklist::builtin(lang).as_bytes(), false).map_err(|e| {
        if e.hint.is_some() {
            e.with_hint(t().hint_init_exists())
        } else {
            e
        }
    })?;
    crate::output::wrote(&path);
    Ok(Code::Ready)
}
