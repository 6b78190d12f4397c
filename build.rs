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
    order_functions();
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

/// The functions a default check runs, placed together at the start of
/// the code by the linker, from `link/startup-functions.txt`
/// (`scripts/startup-order` writes it). The kernel maps code in blocks of
/// 64 KiB around each page a run touches: spread over the binary, the
/// functions of a start made nearly all of its code resident. Only for a
/// release build on x86-64 Linux with a Rust whose linker is LLD (1.90 and
/// later), which reads such a list; other linkers may refuse the option,
/// and any build works without it, only with more memory at each start.
fn order_functions() {
    let file = Path::new("link/startup-functions.txt");
    println!("cargo::rerun-if-changed={}", file.display());
    println!("cargo::rerun-if-env-changed=CARGO_ENCODED_RUSTFLAGS");
    let release = env::var("PROFILE").is_ok_and(|p| p == "release");
    let linux = env::var("TARGET").is_ok_and(|t| t == "x86_64-unknown-linux-gnu");
    // A linker chosen in the flags may not be LLD.
    let own_linker = env::var("CARGO_ENCODED_RUSTFLAGS").is_ok_and(|f| f.contains("link"));
    if !release || !linux || own_linker || !rust_links_with_lld() {
        return;
    }
    // `scripts/startup-order` asks for the linker's map, to name the
    // functions of a stripped binary (a setting of the profile would
    // change the names).
    println!("cargo::rerun-if-env-changed=ESCALATE_LINK_MAP");
    if let Some(map) = env::var_os("ESCALATE_LINK_MAP") {
        println!(
            "cargo::rustc-link-arg-bins=-Wl,-Map={}",
            map.to_string_lossy()
        );
        println!("cargo::rustc-link-arg-bins=-Wl,--no-demangle");
    }
    let path = fs::canonicalize(file).expect("link/startup-functions.txt");
    println!(
        "cargo::rustc-link-arg-bins=-Wl,--symbol-ordering-file={}",
        path.display()
    );
    // A function the list names that this build no longer has is no error.
    println!("cargo::rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
}

/// Is the compiler's version 1.90 or later, whose default linker on
/// x86-64 Linux is LLD?
fn rust_links_with_lld() -> bool {
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let Ok(out) = std::process::Command::new(rustc).arg("-vV").output() else {
        return false;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let Some(version) = text.lines().find_map(|l| l.strip_prefix("release: ")) else {
        return false;
    };
    let mut parts = version
        .split(['.', '-'])
        .map(|p| p.parse::<u32>().unwrap_or(0));
    let (major, minor) = (parts.next().unwrap_or(0), parts.next().unwrap_or(0));
    (major, minor) >= (1, 90)
}
