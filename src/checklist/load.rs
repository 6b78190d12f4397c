//! Parsing a checklist: YAML into the model, then the rules.
//!
//! Every problem comes back as a [`Problem`] naming the file, line and
//! column. serde_norway bounds nesting depth and alias expansion, and
//! `crate::read` refuses deep flow nesting before the parser sees it, so a
//! hostile file fails fast with bounded memory; reading limits live there too.

use super::validate;
use super::{Checklist, SCHEMA};
use crate::read::{Problem, Rule, What};
use std::path::Path;

/// Reads and checks the checklist at `path`.
pub fn load_file(path: &Path) -> Result<Checklist, Vec<Problem>> {
    let text = crate::read::text(path).map_err(|p| vec![p])?;
    load_str(&crate::read::display_name(path), &text)
}

/// Checks raw bytes (a file's content) as a checklist: the same limits as
/// [`load_file`], then [`load_str`]; `file` names it in problems.
pub fn load_bytes(file: &str, bytes: &[u8]) -> Result<Checklist, Vec<Problem>> {
    let text = crate::read::decode(file, bytes.to_vec()).map_err(|p| vec![p])?;
    load_str(file, &text)
}

/// Parses and checks a checklist held in memory; `file` names it in problems.
pub fn load_str(file: &str, text: &str) -> Result<Checklist, Vec<Problem>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if is_blank(text) {
        return Err(vec![Problem::whole(file, What::ChecklistEmpty)]);
    }
    crate::read::flow_depth(file, text).map_err(|p| vec![p])?;
    crate::read::expansion(file, text).map_err(|p| vec![p])?;
    let checklist: Checklist = serde_norway::from_str(text).map_err(|err| {
        if let Some(found) = unknown_schema(text) {
            let supported = SCHEMA;
            let rule = Rule::Schema { found, supported };
            return vec![Problem::whole(file, What::Rule(Box::new(rule)))];
        }
        let mut problem = Problem::yaml(file, text, &err);
        // A key given twice is placed at the start of its mapping: the
        // place to name is the key.
        let repeated = problem.at.and_then(|mapping| {
            crate::locate::Tree::parse(text).and_then(|tree| tree.repeated_key_in(mapping))
        });
        problem.at = repeated.or(problem.at);
        vec![problem]
    })?;
    let findings = validate::check(&checklist);
    if findings.is_empty() {
        return Ok(checklist);
    }
    // Every place from one more reading of the file, however many.
    let paths: Vec<&[crate::locate::Seg]> = findings.iter().map(|f| f.path.as_slice()).collect();
    let places = crate::locate::places(text, &paths);
    Err(findings
        .into_iter()
        .zip(places)
        .map(|(f, at)| Problem {
            file: file.to_owned(),
            at,
            what: What::Rule(f.rule),
        })
        .collect())
}

/// Only white space and comments?
fn is_blank(text: &str) -> bool {
    text.lines().all(|l| {
        let l = l.trim();
        l.is_empty() || l.starts_with('#') || l == "---" || l == "..."
    })
}

/// On a failed parse: is this a checklist of another schema version? Then
/// that, not the first unknown field, is the problem to report.
fn unknown_schema(text: &str) -> Option<u64> {
    #[derive(serde::Deserialize)]
    struct Header {
        schema: u64,
    }
    let header: Header = serde_norway::from_str(text).ok()?;
    (header.schema != u64::from(SCHEMA)).then_some(header.schema)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_and_comment_only_files_are_empty() {
        assert!(is_blank("  \n# only a comment\n---\n"));
        assert!(!is_blank("schema: 1\n"));
    }

    #[test]
    fn shipped_checklists_load() {
        load_str("en", crate::i18n::Lang::En.checklist()).expect("the English checklist is valid");
    }
}
