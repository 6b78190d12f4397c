//! `escalate forget`: delete the answers kept between interactive runs for
//! a checklist (the built-in one, or `--checklist FILE`).

use crate::cli::ChecklistArg;
use crate::error::Result;
use crate::exit::Code;
use crate::i18n::t;

pub fn run(arg: &ChecklistArg, flag: Option<crate::i18n::Lang>) -> Result<Code> {
    let checklist = super::load(arg.checklist.as_deref(), flag)?;
    let said = match crate::state::forget(&checklist, arg.checklist.as_deref())? {
        Some(path) => t().forgot(&path.display().to_string()),
        None => t().nothing_to_forget().to_owned(),
    };
    crate::output::stdout(format!("{}\n", crate::safe::line(&said)).as_bytes())?;
    Ok(Code::Ready)
}
