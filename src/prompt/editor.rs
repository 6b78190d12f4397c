//! Long answers written in the user's editor (`$VISUAL`, else `$EDITOR`,
//! else `vi`), through dialoguer's editor prompt: `e` at a question that
//! takes a longer text (the problem summary, what is at stake, the
//! partner's answer) or at a list such as the examples. The editor gets
//! the terminal and Ctrl-C for itself while it runs.

use crate::i18n::t;
use dialoguer::Editor;
use std::ffi::OsString;

/// The text written in the editor, starting from `start`: `None` when the
/// editor was left without saving, `Err` with what to tell the user when
/// it could not be started.
pub fn text(start: &str) -> Result<Option<String>, String> {
    let command = command()?;
    let _editing = crate::signal::Editing::start();
    Editor::new()
        .executable(&command)
        .extension(".md")
        .edit(start)
        .map_err(|err| t().editor_failed(&command.to_string_lossy(), &err.to_string()))
}

/// List entries written in the editor, one per line, starting from
/// `entries`; blank lines are dropped. `None` and `Err` as for [`text`].
pub fn list(entries: &[String]) -> Result<Option<Vec<String>>, String> {
    let mut start = entries.join("\n");
    start.push('\n');
    let Some(written) = text(&start)? else {
        return Ok(None);
    };
    let entries: Vec<String> = written
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect();
    Ok(Some(entries))
}

/// The editor to start: dialoguer expects a command line in UTF-8 with a
/// program in it, and fails hard on one without.
fn command() -> Result<OsString, String> {
    let set = ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(std::env::var_os)
        .find(|value| !value.is_empty());
    let command = set.unwrap_or_else(|| "vi".into());
    match command.to_str() {
        Some(text) if !text.trim().is_empty() => Ok(command),
        _ => Err(t().editor_unusable().to_owned()),
    }
}
