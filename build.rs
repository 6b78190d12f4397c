//! The shipped checklists, read once at build time: each
//! `checklists/partner-escalation.<code>.yaml` becomes compact JSON in
//! `OUT_DIR`, and `built_in.rs` there maps a language's code to it. Reading
//! that JSON at start-up costs a small part of parsing the YAML; the YAML
//! itself stays in the binary for `escalate init`. A test holds the JSON
//! to the YAML (`checklist::built_in`).

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let dir = Path::new("checklists");
    println!("cargo::rerun-if-changed={}", dir.display());
    let out = env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    let mut files: Vec<_> = fs::read_dir(dir)
        .expect("read checklists/")
        .map(|entry| entry.expect("read checklists/").path())
        .collect();
    files.sort();
    let mut arms = String::new();
    for path in files {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let Some(code) = name
            .strip_prefix("partner-escalation.")
            .and_then(|rest| rest.strip_suffix(".yaml"))
        else {
            continue;
        };
        println!("cargo::rerun-if-changed={}", path.display());
        let yaml = fs::read_to_string(&path).expect("read a shipped checklist");
        let value: serde_json::Value =
            serde_norway::from_str(&yaml).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let json = serde_json::to_string(&value).expect("JSON from a YAML value");
        let file = format!("partner-escalation.{code}.json");
        fs::write(out.join(&file), json).expect("write to OUT_DIR");
        let _ = writeln!(
            arms,
            "        {code:?} => Some(include_str!(concat!(env!(\"OUT_DIR\"), \"/{file}\"))),"
        );
    }
    let source = format!(
        "/// The shipped checklist in the language `code`, as compact JSON.\n\
         fn compact(code: &str) -> Option<&'static str> {{\n    match code {{\n{arms}        _ => None,\n    }}\n}}\n"
    );
    fs::write(out.join("built_in.rs"), source).expect("write to OUT_DIR");
}
