//! Replays the committed fuzz corpus (`tests/fuzzing/corpus/`) through the
//! same functions the fuzz targets call, so every seed is checked on each
//! test run: no input may panic, a seed named `ok-*` must load, and one
//! named `err-*` must be refused with the error that
//! `tests/fuzzing/corpus/TARGET.expected` gives for it, so that each seed
//! reaches the defect its name claims.

#[path = "fuzzing/feed.rs"]
mod feed;

use escalate::error::What;
use escalate::i18n::Lang;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

/// The seed files of one fuzz target, sorted by name.
fn seeds(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzzing/corpus")
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

/// The fragment of its error each `err-*` seed of `target` must produce.
fn expected(target: &str) -> Vec<(String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzzing/corpus")
        .join(format!("{target}.expected"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let (name, fragment) = line.split_once('\t').expect("NAME<TAB>FRAGMENT");
            (name.to_owned(), fragment.to_owned())
        })
        .collect()
}

/// Feeds every seed of `target` to `feed`, and lists every seed that
/// panicked or did not give the outcome its name promises; `said` puts a
/// refusal into the words its expected fragment is looked for in.
fn replay<T, E>(target: &str, feed: fn(&[u8]) -> Result<T, E>, said: fn(&E) -> String) {
    let expected = expected(target);
    let mut wrong = Vec::new();
    for path in seeds(target) {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).expect("a readable seed");
        let fragment = expected.iter().find(|(n, _)| *n == name).map(|(_, f)| f);
        match catch_unwind(AssertUnwindSafe(|| feed(&bytes))) {
            Err(_) => wrong.push(format!("{name}: panicked")),
            Ok(Err(e)) if name.starts_with("ok-") => {
                wrong.push(format!("{name}: refused: {}", said(&e)));
            }
            Ok(Ok(_)) if name.starts_with("err-") => wrong.push(format!("{name}: accepted")),
            Ok(Err(e)) => match fragment {
                Some(fragment) if said(&e).contains(fragment.as_str()) => {}
                Some(fragment) => wrong.push(format!(
                    "{name}: refused for another reason than `{fragment}`: {}",
                    said(&e)
                )),
                None => wrong.push(format!("{name}: no line in {target}.expected")),
            },
            Ok(Ok(_)) => {}
        }
    }
    for (name, _) in &expected {
        if !path_exists(target, name) {
            wrong.push(format!(
                "{name}: listed in {target}.expected, but no such seed"
            ));
        }
    }
    assert!(wrong.is_empty(), "{target} corpus:\n{}", wrong.join("\n"));
}

fn path_exists(target: &str, name: &str) -> bool {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzzing/corpus")
        .join(target)
        .join(name)
        .is_file()
}

#[test]
fn checklist_corpus_replays() {
    replay("checklist", feed::checklist, |problems| {
        let what = problems.iter().map(|p| match &p.what {
            What::Said(text) => text.clone(),
            What::Rule(rule) => Lang::En.messages().rule(rule),
            What::Syntax(syntax) => Lang::En.messages().syntax(syntax),
            other => format!("{other:?}"),
        });
        what.collect::<Vec<_>>().join(" | ")
    });
}

#[test]
fn answers_corpus_replays() {
    replay("answers", feed::answers, |err| err.to_string());
}

#[test]
fn problems_in_broken_seeds_name_the_file_and_a_place() {
    let bytes = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fuzzing/corpus/checklist/err-invalid-utf8.yaml"),
    )
    .unwrap();
    let problems = feed::checklist(&bytes).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].file, "fuzz.yaml");
    assert_eq!(problems[0].at, Some((4, 11)), "{problems:?}");
}

#[test]
fn the_shipped_checklists_pass_the_fuzz_checks() {
    let en = feed::checklist(Lang::En.checklist().as_bytes()).unwrap();
    let de = feed::checklist(Lang::De.checklist().as_bytes()).unwrap();
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
