//! What a run at the terminal does after the verdict: offers the document
//! that fits it (the brief when the case is ready, the message to the
//! partner when the concern was not raised yet) in a file that does not
//! exist yet, then keeps the answers for the next run (`crate::state`).

use super::plan::{Document, Plan};
use crate::answers::{Answers, Documents, Walk};
use crate::checklist::Checklist;
use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::i18n::t;
use crate::report::{self, Raised};
use crate::verdict::{self, Evaluation};
use crate::{output, prompt, state};
use jiff::civil::Date;
use std::path::PathBuf;

/// The answers kept from an earlier run, if any can be read back; one that
/// cannot is said in one line, and the run starts afresh.
pub fn kept(checklist: &Checklist, clock: &Clock) -> Option<state::Kept> {
    match state::load(checklist, clock) {
        state::Found::Kept(kept) => Some(kept),
        state::Found::Nothing => None,
        state::Found::Unreadable(path) => {
            let shown = output::shown(&path);
            eprintln!("{}", crate::safe::line(&t().kept_unreadable(&shown)));
            None
        }
    }
}

/// Offers the document that fits the verdict, unless the run writes it
/// already, then keeps the answers.
pub fn run(
    plan: &Plan,
    walk: Walk,
    given: &Answers,
    answers: &Answers,
    eval: &Evaluation,
) -> Result<()> {
    let clock = &plan.clock;
    let today = clock.today()?;
    let not_raised = report::Case::of(eval).raised == Raised::NotYet;
    let offered = match plan.offer(eval.verdict, not_raised) {
        Some(document) => offer(document, walk.checklist, given, answers, clock, today)?,
        None => None,
    };
    keep(walk.checklist, offered.as_ref().unwrap_or(answers), today)
}

/// Offers `document`; written, the answers with what it asked for.
fn offer(
    document: Document,
    checklist: &Checklist,
    given: &Answers,
    answers: &Answers,
    clock: &Clock,
    today: Date,
) -> Result<Option<Answers>> {
    let (stem, extension, question, documents) = match document {
        Document::Brief => {
            let documents = Documents {
                brief: true,
                note: false,
            };
            (t().brief_file(), "md", t().offer_brief(), documents)
        }
        Document::Note => {
            let documents = Documents {
                brief: false,
                note: true,
            };
            (t().note_file(), "txt", t().offer_note(), documents)
        }
    };
    let path = free_path(&format!("{stem}-{today}"), extension);
    let yes = t().offer_yes(&output::shown(&path));
    let walk = Walk::new(checklist, documents);
    let Some(answers) = prompt::offer::offer(question, &yes, walk, given, answers, clock)? else {
        return Ok(None);
    };
    let eval = verdict::evaluate(checklist, &answers, clock)?;
    let bytes = super::rendered(&|out| match document {
        Document::Brief => report::markdown::render(&eval, Some(today), out),
        Document::Note => report::note::render(&eval, today, out),
    })?;
    output::file(&path, &bytes, false)?;
    output::wrote(&path);
    Ok(Some(answers))
}

/// `stem.extension` in the current folder, or with `-2`, `-3`, … before
/// the extension when that exists: a proposal never names a file there is.
fn free_path(stem: &str, extension: &str) -> PathBuf {
    (1..)
        .map(|n| match n {
            1 => PathBuf::from(format!("{stem}.{extension}")),
            n => PathBuf::from(format!("{stem}-{n}.{extension}")),
        })
        .find(|path| std::fs::symlink_metadata(path).is_err())
        .unwrap_or_default()
}

/// Keeps `answers` for the next run, and says so. Failing to costs the
/// next run some typing, so it is said, not an error; a signal meanwhile
/// still stops the run.
fn keep(checklist: &Checklist, answers: &Answers, today: Date) -> Result<()> {
    let said = match state::save(checklist, answers, today) {
        Ok(Some(_)) => t().kept_note().to_owned(),
        Ok(None) => t().kept_nowhere().to_owned(),
        Err(Error::Interrupted) => return Err(Error::Interrupted),
        Err(err) => t().kept_failed(&err.to_string()),
    };
    eprintln!("{}", crate::safe::line(&said));
    Ok(())
}
