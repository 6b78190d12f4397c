//! `escalate validate FILE...`: every problem of every file, in one run.

use crate::error::Result;
use crate::exit::Code;
use crate::i18n::t;
use std::path::PathBuf;

pub fn run(files: &[PathBuf]) -> Result<Code> {
    let mut valid = Vec::new();
    let mut problems = Vec::new();
    for file in files {
        match crate::checklist::load_file(file) {
            Ok(_) => valid.push(t().valid(&crate::safe::line(&crate::read::display_name(file)))),
            Err(found) => problems.extend(found),
        }
    }
    if !valid.is_empty() {
        valid.push(String::new());
        crate::output::stdout(valid.join("\n").as_bytes())?;
    }
    if problems.is_empty() {
        Ok(Code::Ready)
    } else {
        Err(super::problems_error(problems))
    }
}
