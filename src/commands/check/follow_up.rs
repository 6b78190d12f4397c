//! What a run at the terminal does after the verdict: offers the document
//! that fits it (the brief when the case is ready, the message to the
//! partner when the concern was not raised yet) in a file that does not
//! exist yet, then keeps the answers for the next run (`crate::state`).

use super::plan::{Document, Plan};
use crate::answers::{Answers, Documents, Walk};
use crate::checklist::{Checklist, Pressure};
use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::i18n::t;
use crate::report::{self, Medium, Raised};
use crate::verdict::{self, Evaluation};
use crate::{output, prompt, state};
use jiff::civil::Date;
use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};

/// A run at the terminal: what keeps its answers as they are given and at
/// the end; `None` when the kept answers' folder or file is not safe to
/// use, or with `--fresh`, which leaves them as they were.
#[derive(Debug, Clone, Default)]
pub struct AtTerminal {
    pub keeper: Option<state::Keeper>,
    /// The optional questions the walk asked and the user left open: the
    /// offered document does not ask them again.
    pub left_open: HashSet<String>,
}

/// The answers kept from an earlier run for the checklist from `source`,
/// if any can be read back, and what the run may do with them. What is
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
    let keeper = |noted| AtTerminal {
        keeper: Some(state::Keeper {
            source: source.map(Path::to_path_buf),
            noted,
        }),
        left_open: HashSet::new(),
    };
    match state::load(checklist, source, clock) {
        state::Found::Kept(kept) => {
            if !kept.stale.is_empty() {
                say(&t().kept_stale(&kept.stale.join(", "), kept.stale.len()));
            }
            let noted = kept.noted;
            (Some(kept), keeper(noted))
        }
        state::Found::Nothing => (None, keeper(None)),
        state::Found::Unreadable(path) => {
            say(&t().kept_unreadable(&output::shown(&path)));
            (None, keeper(None))
        }
        state::Found::Refused { path, why } => {
            say(&t().kept_not_used(&t().state_refused(&output::shown(&path), why)));
            (None, AtTerminal::default())
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
    // The note written by the run's flags, or on the offer below.
    let mut keeper = terminal.keeper.clone();
    let mut noted = (offer && follow.plan.files.note.is_some()).then_some(today);
    let (answers, written) = match document {
        Some(document) => match offered(document, follow, today, &terminal)? {
            Some((answers, written)) => {
                if document == Document::Note && written.is_ok() {
                    noted = Some(today);
                }
                (answers, written)
            }
            None => (follow.answers.clone(), Ok(())),
        },
        None => (follow.answers.clone(), Ok(())),
    };
    if let Some(keeper) = &mut keeper {
        keeper.noted = noted.or(keeper.noted);
        keep(follow, keeper, &answers, today)?;
    }
    if let Some(next) = next(follow.eval, today, noted.is_some()) {
        let _ = writeln!(std::io::stderr(), "{}", crate::safe::line(&next));
    }
    written
}

/// Offers `document`, if its file can be written; accepted, the answers
/// with what it asked for, and whether the file was written.
fn offered(
    document: Document,
    follow: &Follow,
    today: Date,
    terminal: &AtTerminal,
) -> Result<Option<(Answers, Result<()>)>> {
    // The email draft first, then the form the document is read in.
    let (stem, other, question, documents) = match document {
        Document::Brief => {
            let documents = Documents {
                brief: true,
                note: false,
                answer: false,
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
                answer: false,
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
        prompt::offer::Walked {
            answers: follow.answers,
            left_open: &terminal.left_open,
        },
        &follow.plan.clock,
        terminal.keeper.as_ref(),
    )?
    else {
        return Ok(None);
    };
    let answers = match document {
        Document::Brief => {
            let keeper = terminal.keeper.as_ref();
            super::chase(walk, follow.given, answers, &follow.plan.clock, keeper)?
        }
        Document::Note => answers,
    };
    let (path, medium) = &forms[picked.min(1)];
    let eval = verdict::evaluate(checklist, &answers, &follow.plan.clock)?;
    let made = match document {
        Document::Brief => {
            let csm = follow
                .plan
                .csm_email
                .as_ref()
                .and_then(|to| to.name.as_deref());
            report::markdown::document(&eval, today, csm)
        }
        Document::Note => Ok(report::note::document(&eval, today)),
    };
    let to = follow
        .plan
        .csm_email
        .as_ref()
        .filter(|_| document == Document::Brief);
    let now = follow.plan.clock.now();
    let made = made.map_err(|e| Error::stream(crate::error::Stream::Stdout, e))?;
    let bytes = made
        .render(*medium, to, today, now.as_ref())
        .map_err(|e| Error::stream(crate::error::Stream::Stdout, e))?;
    let written = match output::file(path, &bytes, false) {
        Ok(()) => {
            super::wrote(path, &super::said(*medium, &made));
            Ok(())
        }
        Err(Error::Interrupted) => return Err(Error::Interrupted),
        Err(err) => Err(err),
    };
    Ok(Some((answers, written)))
}

/// What to do next and on which day to come back, after the note to the
/// partner (`noted`: written by this run) or a verdict with steps to take
/// first; the dates are the note's and the verdict's, from the response
/// window.
fn next(eval: &Evaluation, today: Date, noted: bool) -> Option<String> {
    let case = report::Case::of(eval);
    let window = case.window;
    let pressure = Pressure::new(case.deadline, case.severity_value);
    // The day the window that starts today closes, and why then.
    let from_today = || {
        window
            .and_then(|window| window.due(today, pressure))
            .map(|due| report::due_text(due, t()))
    };
    if noted {
        // The check can pass once the window that starts today has passed
        // (or closed early, before the date at risk).
        return Some(t().next_send_note(from_today().as_deref()));
    }
    if eval.verdict != verdict::Verdict::NotReady {
        return None;
    }
    let steps = &eval.next_steps;
    let waits = steps
        .iter()
        .find_map(|step| step.from)
        .map(|from| report::due_text(from, t()));
    Some(match waits {
        Some(from) if steps.iter().all(|s| s.kind == verdict::StepKind::Wait) => {
            t().next_wait(&from)
        }
        Some(from) => t().next_steps(Some(&from)),
        // Not raised yet: the partner's time to answer starts once it is.
        None if case.raised == Raised::NotYet => t().next_steps(from_today().as_deref()),
        None => t().next_steps(None),
    })
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
fn keep(follow: &Follow, keeper: &state::Keeper, answers: &Answers, today: Date) -> Result<()> {
    let said = match keeper.keep(follow.walk.checklist, answers, today) {
        Ok(Some(_)) => t().kept_note().to_owned(),
        Ok(None) => t().kept_nowhere().to_owned(),
        Err(Error::Interrupted) => return Err(Error::Interrupted),
        Err(err) => t().kept_failed(&err.to_string()),
    };
    let _ = writeln!(std::io::stderr(), "{}", crate::safe::line(&said));
    Ok(())
}
