//! The examples in README.md are what escalate prints: each block marked
//! `<!-- generated: ARGS -->` is the output of `escalate ARGS` (or, with
//! `=> FILE`, the file it writes), run beside the files of the blocks marked
//! `<!-- example: NAME -->`. Set `ESCALATE_WRITE_README=1` to write the
//! blocks anew after a deliberate change.

use crate::common::Test;

const README: &str = include_str!("../../README.md");

/// One marked block: the marker's text, and where its content starts and
/// ends in README.md.
struct Block<'a> {
    marker: &'a str,
    start: usize,
    end: usize,
}

/// Every block marked with `<!-- KIND: … -->`.
fn blocks<'a>(kind: &str) -> Vec<Block<'a>> {
    let open = format!("<!-- {kind}: ");
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = README[from..].find(&open) {
        let marker_start = from + at + open.len();
        let marker_end = marker_start + README[marker_start..].find(" -->").unwrap();
        let fence = marker_end + README[marker_end..].find("```").unwrap();
        let start = fence + README[fence..].find('\n').unwrap() + 1;
        let end = start + README[start..].find("```").unwrap();
        found.push(Block {
            marker: &README[marker_start..marker_end],
            start,
            end,
        });
        from = end;
    }
    found
}

#[test]
fn the_readme_examples_are_what_escalate_prints() {
    let mut test = Test::new();
    for example in blocks("example") {
        test = test.file(example.marker, &README[example.start..example.end]);
    }
    let generated = blocks("generated");
    assert!(generated.len() >= 5, "the README lost its examples");
    let mut readme = README.to_owned();
    let mut stale = Vec::new();
    // From the last, so that the earlier blocks keep their places.
    for block in generated.iter().rev() {
        let (args, file) = match block.marker.split_once(" => ") {
            Some((args, file)) => (args, Some(file)),
            None => (block.marker, None),
        };
        let out = test.clone().args(args.split_whitespace()).run();
        assert!(
            matches!(out.code(), Some(0 | 1 | 3)),
            "{args}: {}",
            out.stderr()
        );
        let printed = match file {
            Some(file) => out.read(file),
            None => out.stdout(),
        };
        if printed != README[block.start..block.end] {
            stale.push(format!("{args}:\n{printed}"));
            readme.replace_range(block.start..block.end, &printed);
        }
    }
    if std::env::var_os("ESCALATE_WRITE_README").is_some() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
        std::fs::write(path, readme).unwrap();
        return;
    }
    assert!(
        stale.is_empty(),
        "README.md shows other output than escalate prints \
         (ESCALATE_WRITE_README=1 writes it anew):\n\n{}",
        stale.join("\n\n")
    );
}
