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
use crate::report::{self, Medium, Raised};
use crate::verdict::{self, Evaluation};
use crate::{output, prompt, state};
use jiff::civil::Date;
use std::io::Write;
use std::path::{Path, PathBuf};

/// A run at the terminal: may it keep its answers at the end? Not when
/// the kept answers' folder or file is not safe to use.
#[derive(Debug, Clone, Copy)]
pub struct AtTerminal {
    pub keep: bool,
}

/// The answers kept from an earlier run for the checklist from `source`,
/// if any can be read back, and what the run may do at the end. What is
/// wrong with them is said in one line: a file that cannot be read back
/// (the run starts afresh), a folder or file that is not safe to use (the
/// run neither reads nor keeps answers), answers that no longer fit (asked
/// again).
pub fn kept(
    checklist: &Checklist,
    source: Option<&Path>,
    clock: &Clock,
) -> (Option<state::Kept>, AtTerminal) {
    let say = |said: &str| {
        let _ = writeln!(std::io::stderr(), "{}", crate::safe::line(said));
    };
    let keep = AtTerminal { keep: true };
    match state::load(checklist, source, clock) {
        state::Found::Kept(kept) => {
            if !kept.stale.is_empty() {
                say(&t().kept_stale(&kept.stale.join(", "), kept.stale.len()));
            }
            (Some(kept), keep)
        }
        state::Found::Nothing => (None, keep),
        state::Found::Unreadable(path) => {
            say(&t().kept_unreadable(&output::shown(&path)));
            (None, keep)
        }
        state::Found::Refused { path, why } => {
            say(&t().kept_not_used(&t().state_refused(&output::shown(&path), why)));
            (None, AtTerminal { keep: false })
        }
    }
}

/// What the follow-up works with: the run's plan, walk, answers (`given`
/// by files and flags, and all of them) and verdict.
pub struct Follow<'a> {
    pub plan: &'a Plan,
    pub walk: Walk<'a>,
    pub given: &'a Answers,
    pub answers: &'a Answers,
    pub eval: &'a Evaluation<'a>,
}

/// Offers the document that fits the verdict, unless the run writes it
/// already (and when `offer` allows: not after a file of the run failed),
/// then keeps the answers, also when the offered document could not be
/// written; that failure is returned last.
pub fn run(follow: &Follow, terminal: AtTerminal, offer: bool) -> Result<()> {
    let today = follow.plan.clock.today()?;
    let not_raised = report::Case::of(follow.eval).raised == Raised::NotYet;
    let document = follow
        .plan
        .offer(follow.eval.verdict, not_raised)
        .filter(|_| offer);
    let (answers, written) = match document {
        Some(document) => match offered(document, follow, today)? {
            Some((answers, written)) => (answers, written),
            None => (follow.answers.clone(), Ok(())),
        },
        None => (follow.answers.clone(), Ok(())),
    };
    if terminal.keep {
        keep(follow, &answers, today)?;
    }
    written
}

/// Offers `document`, if its file can be written; accepted, the answers
/// with what it asked for, and whether the file was written.
fn offered(
    document: Document,
    follow: &Follow,
    today: Date,
) -> Result<Option<(Answers, Result<()>)>> {
    // The email draft first, then the form the document is read in.
    let (stem, other, question, documents) = match document {
        Document::Brief => {
            let documents = Documents {
                brief: true,
                note: false,
            };
            (
                t().brief_file(),
                Medium::Markdown,
                t().offer_brief(),
                documents,
            )
        }
        Document::Note => {
            let documents = Documents {
                brief: false,
                note: true,
            };
            (t().note_file(), Medium::Text, t().offer_note(), documents)
        }
    };
    let forms = [Medium::Email, other].map(|medium| {
        (
            free_path(&format!("{stem}-{today}"), medium.extension()),
            medium,
        )
    });
    // Checked before its questions are asked, not after: both files are
    // in the same folder.
    if let Err(err) = output::check_new(&forms[0].0, false) {
        let said = t().offer_not_writable(&err.to_string());
        let _ = writeln!(std::io::stderr(), "{}", crate::safe::line(&said));
        return Ok(None);
    }
    let yes = [
        t().offer_email(&output::shown(&forms[0].0)),
        t().offer_yes(&output::shown(&forms[1].0)),
    ];
    let checklist = follow.walk.checklist;
    let walk = Walk::new(checklist, documents);
    let Some((picked, answers)) = prompt::offer::offer(
        question,
        &yes,
        walk,
        follow.given,
        follow.answers,
        &follow.plan.clock,
    )?
    else {
        return Ok(None);
    };
    let (path, medium) = &forms[picked.min(1)];
    let eval = verdict::evaluate(checklist, &answers, &follow.plan.clock)?;
    let made = match document {
        Document::Brief => report::markdown::document(&eval, today),
        Document::Note => Ok(report::note::document(&eval, today)),
    };
    let to = follow
        .plan
        .csm_email
        .as_deref()
        .filter(|_| document == Document::Brief);
    let bytes = made
        .and_then(|made| made.render(*medium, to, today))
        .map_err(|e| Error::stream(crate::error::Stream::Stdout, e))?;
    let written = match output::file(path, &bytes, false) {
        Ok(()) => {
            output::wrote(path);
            Ok(())
        }
        Err(Error::Interrupted) => return Err(Error::Interrupted),
        Err(err) => Err(err),
    };
    Ok(Some((answers, written)))
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
fn keep(follow: &Follow, answers: &Answers, today: Date) -> Result<()> {
    let source = follow.plan.checklist.as_deref();
    let said = match state::save(follow.walk.checklist, source, answers, today) {
        Ok(Some(_)) => t().kept_note().to_owned(),
        Ok(None) => t().kept_nowhere().to_owned(),
        Err(Error::Interrupted) => return Err(Error::Interrupted),
        Err(err) => t().kept_failed(&err.to_string()),
    };
    let _ = writeln!(std::io::stderr(), "{}", crate::safe::line(&said));
    Ok(())
}
