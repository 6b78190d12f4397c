//! Replays the committed fuzz corpus (`fuzz/corpus/`) through the same
//! functions the fuzz targets call, so every seed is checked on each test
//! run: no input may panic, a seed named `ok-*` must load and one named
//! `err-*` must be refused.

#[path = "../fuzz/src/lib.rs"]
mod feed;

use escalate::error::What;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

/// The seed files of one fuzz target, sorted by name.
fn seeds(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    assert!(files.len() >= 10, "too few seeds in {}", dir.display());
    files
}

/// Feeds every seed of `target` to `feed`, and lists every seed that
/// panicked or did not give the outcome its name promises.
fn replay<T, E: std::fmt::Debug>(target: &str, feed: fn(&[u8]) -> Result<T, E>) {
    let mut wrong = Vec::new();
    for path in seeds(target) {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).expect("a readable seed");
        match catch_unwind(AssertUnwindSafe(|| feed(&bytes))) {
            Err(_) => wrong.push(format!("{name}: panicked")),
            Ok(Err(e)) if name.starts_with("ok-") => {
                wrong.push(format!("{name}: refused: {e:?}"));
            }
            Ok(Ok(_)) if name.starts_with("err-") => wrong.push(format!("{name}: accepted")),
            Ok(_) => {}
        }
    }
    assert!(wrong.is_empty(), "{target} corpus:\n{}", wrong.join("\n"));
}

#[test]
fn checklist_corpus_replays() {
    replay("checklist", feed::checklist);
}

#[test]
fn answers_corpus_replays() {
    replay("answers", feed::answers);
}

#[test]
fn problems_in_broken_seeds_name_the_file_and_a_place() {
    let bytes = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/checklist/err-invalid-utf8.yaml"),
    )
    .unwrap();
    let problems = feed::checklist(&bytes).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].file, "fuzz.yaml");
    assert_eq!(problems[0].at, Some((4, 11)), "{problems:?}");
}

#[test]
fn the_shipped_checklists_pass_the_fuzz_checks() {
    let en = feed::checklist(escalate::checklist::DEFAULT_EN.as_bytes()).unwrap();
    let de = feed::checklist(escalate::checklist::DEFAULT_DE.as_bytes()).unwrap();
    assert_eq!(en.keys(), de.keys());
}

#[test]
fn input_over_the_size_limit_is_refused_before_parsing() {
    let limit = escalate::read::MAX_BYTES as usize;
    let mut comment = vec![b' '; limit + 1];
    comment[0] = b'#';
    let problems = feed::checklist(&comment).unwrap_err();
    assert_eq!(problems[0].what, What::TooBig, "{problems:?}");
    let error = feed::answers(&comment).unwrap_err();
    assert!(error.to_string().contains("1024 KiB"), "{error}");
    comment.truncate(limit);
    let problems = feed::checklist(&comment).unwrap_err();
    assert_eq!(problems[0].what, What::ChecklistEmpty, "{problems:?}");
    assert!(feed::answers(&comment).unwrap().is_empty());
}

#[test]
fn deep_flow_nesting_is_refused_at_once_whatever_its_size() {
    for size in [1000, escalate::read::MAX_BYTES as usize] {
        let mut deep = b"a: ".to_vec();
        deep.resize(size, b'[');
        let started = std::time::Instant::now();
        let problems = feed::checklist(&deep).unwrap_err();
        assert_eq!(problems[0].what, What::TooDeep, "{problems:?}");
        let error = feed::answers(&deep).unwrap_err();
        assert!(error.to_string().contains("levels deep"), "{error}");
        let took = started.elapsed();
        assert!(took.as_secs() < 5, "{size} bytes took {took:?}");
    }
}
