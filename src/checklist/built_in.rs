//! The shipped checklists as the binary holds them: compact JSON that
//! `build.rs` writes from each language's YAML, so a run on the built-in
//! checklist reads a few kilobytes of JSON instead of parsing YAML. The
//! tests below hold every language's JSON to its YAML, read and checked
//! the way a user's checklist is.

use super::Checklist;
use crate::i18n::Lang;
use crate::read::Problem;

include!(concat!(env!("OUT_DIR"), "/built_in.rs"));

/// The checklist shipped in `lang`.
pub fn load(lang: Lang) -> Result<Checklist, Vec<Problem>> {
    let json = compact(lang.code()).unwrap_or("");
    serde_json::from_str(json).map_err(|err| {
        let file = format!("<built-in {}>", lang.code());
        vec![Problem::json(&file, &err)]
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_reads_as_its_yaml_reads() {
        for lang in Lang::all() {
            let yaml = super::super::load_str(lang.code(), lang.checklist())
                .expect("the shipped checklist is valid");
            let built_in = load(lang).expect("the built-in checklist reads");
            assert_eq!(
                format!("{built_in:#?}"),
                format!("{yaml:#?}"),
                "{}",
                lang.code()
            );
        }
    }

    #[test]
    fn each_language_has_its_built_in_checklist() {
        for lang in Lang::all() {
            assert!(compact(lang.code()).is_some_and(|json| json.starts_with('{')));
        }
        assert_eq!(compact("xx"), None);
    }
}
