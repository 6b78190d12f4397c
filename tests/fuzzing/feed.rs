//! What the fuzz targets do with their input (the `escalate-fuzz` crate in
//! `fuzz/` is built from this file). `tests/corpus.rs` replays the committed
//! corpus, `tests/fuzzing/corpus/`, through these same functions on every
//! `cargo test`.
//!
//! Each function returns what the loader said, so that a replay can check
//! outcomes too; anything that must hold for every input is asserted here.

use escalate::answers::{self, Answers, Missing, Why};
use escalate::checklist::{self, Checklist};
use escalate::clock::{Clock, parse_date};
use escalate::error::Error;
use escalate::read::Problem;
use escalate::report::{self, Format};
use std::sync::OnceLock;

/// The date answers are checked against.
pub const TODAY: &str = "2026-11-25";

/// A clock that always says [`TODAY`].
pub fn clock() -> Clock {
    Clock::fixed(parse_date(TODAY).expect("TODAY is a date"))
}

/// The shipped English checklist, which answers are read for.
pub fn shipped() -> &'static Checklist {
    static SHIPPED: OnceLock<Checklist> = OnceLock::new();
    SHIPPED.get_or_init(|| {
        checklist::load_str("<built-in en>", escalate::i18n::Lang::En.checklist())
            .expect("the shipped checklist loads")
    })
}

/// Loads `data` as a checklist file. One that loads must give a template
/// that reads back as an answers file with every key and no answer, and
/// must grade and render with no answers at all.
pub fn checklist(data: &[u8]) -> Result<Checklist, Vec<Problem>> {
    let loaded = checklist::load_bytes("fuzz.yaml", data)?;
    let clock = clock();
    let template = escalate::template(&loaded);
    let blank = answers::file::parse("template", &template).expect("a template parses");
    let keys: Vec<&str> = blank.iter().map(|(key, _)| key.as_str()).collect();
    let listed: Vec<String> = loaded.listed().map(|e| e.key()).collect();
    assert_eq!(keys, listed, "the template lists every key in order");
    let read = answers::file::read_str(&loaded, "template", &template, &clock)
        .expect("a template is a valid answers file");
    assert!(read.is_empty(), "a template answers nothing");
    let _ = answers::Walk::new(&loaded, answers::Documents::default()).collect(
        &read,
        &mut Missing::new(Why::NoInput),
        &clock,
    );
    grade_and_render(&loaded, &read, &clock);
    Ok(loaded)
}

/// Reads `data` as an answers file for the shipped English checklist. Answers
/// that read must grade, render, and survive `--save-answers`: the saved file
/// reads back as the same answers.
pub fn answers(data: &[u8]) -> Result<Answers, Error> {
    let checklist = shipped();
    let clock = clock();
    let given = answers::file::read_bytes(checklist, "fuzz.yaml", data, &clock)?;
    let saved = answers::file::to_yaml(checklist, &given);
    let replayed = answers::file::read_str(checklist, "saved.yaml", &saved, &clock)
        .unwrap_or_else(|e| panic!("saved answers read back: {e}\n{saved}"));
    for key in checklist.keys() {
        assert_eq!(
            given.get(&key).map(|a| &a.value),
            replayed.get(&key).map(|a| &a.value),
            "`{key}` changed when saved:\n{saved}"
        );
    }
    let _ = answers::Walk::new(checklist, answers::Documents::default()).collect(
        &given,
        &mut Missing::new(Why::NoInput),
        &clock,
    );
    grade_and_render(checklist, &given, &clock);
    Ok(given)
}

/// Grades `given` and renders the result in every format.
fn grade_and_render(checklist: &Checklist, given: &Answers, clock: &Clock) {
    let eval = escalate::verdict::evaluate(checklist, given, clock).expect("a fixed clock");
    let today = clock.today().ok();
    for format in [Format::Text, Format::Json, Format::Markdown] {
        let mut out = Vec::new();
        report::render(format, &eval, today, &mut out).expect("rendering into memory");
    }
}
