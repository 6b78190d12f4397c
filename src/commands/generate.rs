//! `completions`, `man` and `schema`: text generated from escalate's own
//! definitions (the clap command and the Rust types of each format).

use crate::cli::{Cli, SchemaKind};
use crate::exit::{Code, Error, Result};
use crate::i18n::t;
use clap::CommandFactory;

pub fn completions(shell: clap_complete::Shell) -> Result<Code> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "escalate", &mut out);
    crate::output::stdout(&out)?;
    Ok(Code::Ready)
}

pub fn man() -> Result<Code> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut out)
        .map_err(|e| Error::io(t().writing_stdout, &e))?;
    crate::output::stdout(&out)?;
    Ok(Code::Ready)
}

pub fn schema(what: SchemaKind) -> Result<Code> {
    let schema = match what {
        SchemaKind::Checklist => schemars::schema_for!(crate::checklist::Checklist),
        SchemaKind::Answers => schemars::schema_for!(crate::answers::file::AnswersFile),
        SchemaKind::Report => schemars::schema_for!(crate::report::json::Report),
    };
    let mut out = serde_json::to_vec_pretty(&schema).map_err(|e| Error::new(e.to_string()))?;
    out.push(b'\n');
    crate::output::stdout(&out)?;
    Ok(Code::Ready)
}
