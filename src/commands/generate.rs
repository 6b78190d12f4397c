//! `completions`, `man` and `schema`: text generated from escalate's own
//! definitions (the clap command and the Rust types of each format), kept
//! in `commands/generated/` and printed as it is. The generators
//! (`commands::generator`, run by the tests) are not linked into the
//! binary: clap_complete's, clap_mangen's and schemars' code and texts were
//! an eighth of it, mapped in at every start. A test holds each file to
//! what its generator makes of the code as it is.

use crate::cli::SchemaKind;
use crate::error::Result;
use crate::exit::Code;
use clap_complete::Shell;

/// The completion script for `shell`, as clap_complete writes it.
pub fn completions(shell: Shell) -> Result<Code> {
    crate::output::stdout(completion_script(shell).as_bytes())?;
    Ok(Code::Ready)
}

pub(crate) fn completion_script(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => include_str!("generated/escalate.bash"),
        Shell::Elvish => include_str!("generated/escalate.elv"),
        Shell::Fish => include_str!("generated/escalate.fish"),
        Shell::PowerShell => include_str!("generated/_escalate.ps1"),
        Shell::Zsh => include_str!("generated/_escalate"),
        // A shell clap_complete adds later has no script yet: the test of
        // the generated files names it.
        _ => "",
    }
}

/// One page for the whole tool: the global options, then each command with
/// its synopsis and options, then the exit codes.
pub fn man() -> Result<Code> {
    crate::output::stdout(MAN_PAGE.as_bytes())?;
    Ok(Code::Ready)
}

pub(crate) const MAN_PAGE: &str = include_str!("generated/escalate.1");

pub fn schema(what: SchemaKind) -> Result<Code> {
    crate::output::stdout(schema_text(what).as_bytes())?;
    Ok(Code::Ready)
}

/// The JSON Schema of `what`, pretty-printed, ending with a newline.
pub(crate) fn schema_text(what: SchemaKind) -> &'static str {
    match what {
        SchemaKind::Checklist => include_str!("generated/checklist.schema.json"),
        SchemaKind::Answers => include_str!("generated/answers.schema.json"),
        SchemaKind::Report => include_str!("generated/report.schema.json"),
    }
}
