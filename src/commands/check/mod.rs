//! `escalate check`: the main job, told as its steps: turn the flags into
//! a [`Plan`], load the checklist, refuse bad outputs before anything is
//! asked, gather the answers from the sources `answers::select` picks,
//! grade them, print the verdict, then write the files (made before the
//! verdict, so that one that cannot be written costs neither the verdict
//! nor the answers). A run at the terminal then goes on in [`follow_up`]:
//! the document that fits the verdict, and the answers kept for the next
//! run.

mod follow_up;
mod plan;

use crate::answers::{self, Answers, Fallback, Missing, Situation, Walk, lines::Lines};
use crate::checklist::Checklist;
use crate::cli::CheckArgs;
use crate::error::{Error, Result, Stream, Why};
use crate::exit::Code;
use crate::i18n::Lang;
use crate::report;
use crate::{output, prompt, verdict};
use plan::{Plan, is_stdin};
use std::io::IsTerminal;
use std::path::Path;

/// From this size on, the answers file is parsed on a second thread while
/// the checklist loads; below it, starting a thread costs more than it saves.
const PARALLEL_FROM: u64 = 64 * 1024;

pub fn run(args: CheckArgs, flag: Option<Lang>) -> Result<Code> {
    let plan = Plan::new(args)?;
    let (checklist, parsed) = load(&plan, flag)?;
    let clock = &plan.clock;
    // A clock that cannot say the date is its own error, not a bad answer
    // to the first date question.
    if checklist.entries().any(|e| e.question.kind.needs_today()) {
        clock.today()?;
    }
    // stdin is an input when it is named, or may be read for answers.
    let stdin = plan.names_stdin() || !plan.no_input && !std::io::stdin().is_terminal();
    output::check_outputs(&plan.outputs(), &plan.inputs(), stdin, plan.force)?;
    plan.media()?;

    let given = given(&plan, &checklist, parsed)?;
    let walk = Walk::new(&checklist, plan.documents);
    let (answers, terminal) = gather(&plan, walk, &given)?;
    let mut eval = verdict::evaluate(&checklist, &answers, clock)?;
    // A weekday written against a date it does not fall on: said once
    // here, and kept for the brief's points to confirm and for scripts.
    if let Ok(today) = clock.today() {
        let wrong = crate::evidence::weekday_dates(&eval, today);
        for warning in &wrong {
            output::say(&report::warning_text(&checklist, warning, crate::i18n::t()));
        }
        eval.warnings.extend(wrong);
    }
    if plan.documents.brief {
        eval.gaps = report::gaps::find(&eval, crate::i18n::t());
        // At the terminal they were offered to be answered; elsewhere,
        // each is said once, before the verdict.
        if terminal.is_none() {
            for gap in &eval.gaps {
                output::say(&crate::i18n::t().gap_warning(gap.kind, &gap.key));
            }
        }
    }
    // What to look at in the note before sending it: said on stderr with
    // the files, and among the warnings of a report for scripts.
    let today = if plan.writes_document() {
        Some(clock.today()?)
    } else {
        None
    };
    let note_warnings = match (&plan.files.note, today) {
        (Some(_), Some(today)) => report::note::warnings(&eval, today),
        _ => Vec::new(),
    };
    if plan.format == report::Format::Json {
        eval.warnings.extend(note_warnings.iter().cloned());
    }
    // Made before the verdict is printed, written after it: a file that
    // cannot be written costs neither the verdict nor the kept answers.
    let files = made_files(&plan, &checklist, &answers, &eval, today);
    let mut out = Vec::new();
    report::render(plan.format, &eval, today, &mut out)
        .map_err(|e| Error::stream(Stream::Stdout, e))?;
    output::stdout(&out)?;
    let written = files.and_then(|files| write_files(&files, plan.force));
    for warning in &note_warnings {
        output::say(&report::warning_text(&checklist, warning, crate::i18n::t()));
    }
    if let Some(path) = plan
        .files
        .note
        .as_deref()
        .filter(|_| !report::note::fits(&eval))
    {
        output::say(&crate::i18n::t().no_note_resolved(&output::shown(path)));
    }
    if let Some(terminal) = terminal {
        let follow = follow_up::Follow {
            plan: &plan,
            walk,
            given: &given,
            answers: &answers,
            eval: &eval,
        };
        follow_up::run(&follow, terminal, written.is_ok())?;
    }
    written?;
    let code = eval.verdict.exit_code();
    // The process ends next: the OS takes the memory back at once, while
    // freeing a large checklist piece by piece costs milliseconds.
    std::mem::forget(eval);
    std::mem::forget((answers, given, checklist));
    Ok(code)
}

/// The answers file parsed, or why it could not be.
type Parsed = Result<answers::file::Parsed>;

/// The checklist, and the answers file parsed (on a second thread while
/// the checklist loads, when it is large); a file that cannot be parsed
/// is said with the flags' problems, in [`given`].
fn load(plan: &Plan, flag: Option<Lang>) -> Result<(Checklist, Option<Parsed>)> {
    let load = || super::load(plan.checklist.as_deref(), flag);
    let large = |path: &&Path| {
        !is_stdin(path) && std::fs::metadata(path).is_ok_and(|m| m.len() >= PARALLEL_FROM)
    };
    let (checklist, parsed) = match plan.answers.as_deref() {
        Some(path) if large(&path) => std::thread::scope(|scope| {
            let parsed = scope.spawn(|| answers::file::load(path));
            let checklist = load();
            let parsed = parsed.join().unwrap_or_else(|_| answers::file::load(path));
            (checklist, Some(parsed))
        }),
        Some(path) => {
            let checklist = load();
            (checklist, Some(answers::file::load(path)))
        }
        None => (load(), None),
    };
    Ok((checklist?, parsed))
}

/// The answers files and flags give; a flag wins over the file, also over
/// a value the file has wrong. Every problem of the file and the flags is
/// said in one run: the file's first, then the flags'.
fn given(plan: &Plan, checklist: &Checklist, parsed: Option<Parsed>) -> Result<Answers> {
    let clock = &plan.clock;
    let (flags, flags_wrong) = match answers::flags::read(checklist, &plan.flags, clock) {
        Ok(flags) => (flags, None),
        Err(err) => (Answers::default(), Some(err)),
    };
    let (mut given, file_wrong) = match parsed.map(|parsed| {
        parsed.and_then(|parsed| answers::file::check(checklist, parsed, clock, &flags))
    }) {
        Some(Err(err)) => (Answers::default(), Some(err)),
        Some(Ok(given)) => (given, None),
        None => (Answers::default(), None),
    };
    if let Some(err) = Error::all(file_wrong.into_iter().chain(flags_wrong).collect()) {
        return Err(err);
    }
    for (key, answer) in flags.iter() {
        given.set(key.to_owned(), answer.clone());
    }
    Ok(given)
}

/// Every answer: those given, and what is still open from where
/// [`answers::select`] says; and, when they were asked at the terminal,
/// what the run may do with them there.
fn gather(
    plan: &Plan,
    walk: Walk,
    given: &Answers,
) -> Result<(Answers, Option<follow_up::AtTerminal>)> {
    let clock = &plan.clock;
    let complete = walk.collect(given, &mut Missing::new(Why::NoInput), clock);
    // --no-input never looks at the terminal.
    let terminal = |stream: bool| !plan.no_input && stream;
    let situation = Situation {
        no_input: plan.no_input,
        stdin_terminal: terminal(std::io::stdin().is_terminal()),
        stderr_terminal: terminal(std::io::stderr().is_terminal()),
        stdin_taken: plan.stdin_taken,
        complete: complete.is_ok(),
        nothing_given: given.is_empty(),
    };
    let answers = match answers::select(situation) {
        Fallback::Given => complete,
        Fallback::Missing(why) => walk.collect(given, &mut Missing::new(why), clock),
        Fallback::Prompt => {
            crate::signal::install();
            if plan.plain {
                crate::signal::set_plain();
                console::set_colors_enabled_stderr(false);
            }
            let (kept, terminal) = if plan.offer_kept {
                follow_up::kept(walk.checklist, plan.checklist.as_deref(), clock)
            } else {
                // --fresh leaves the kept answers as they were.
                (None, follow_up::AtTerminal::default())
            };
            let keeper = terminal.keeper.clone();
            let (answers, left_open) =
                prompt::run(walk, given, clock, kept.as_ref(), keeper.clone())?;
            let answers = chase(walk, given, answers, clock, keeper.as_ref())?;
            let terminal = follow_up::AtTerminal {
                left_open,
                ..terminal
            };
            return Ok((answers, Some(terminal)));
        }
        Fallback::Lines => {
            crate::signal::install();
            let mut lines = Lines::new(std::io::stdin().lock());
            let answers = walk.collect(given, &mut lines, clock)?;
            // After an answer that ends the check, lines meant for the
            // skipped questions are expected; otherwise a spare line means
            // answers slipped out of step.
            if !walk.stopped(&answers) {
                lines.no_more()?;
            }
            Ok(answers)
        }
    };
    Ok((answers?, None))
}

/// Before a brief is written at the terminal: what the CSM will ask for
/// that `answers` leave out, offered to be answered now; before a note,
/// the answers written for the CSM that it would leave out, offered to be
/// reworded now; the answers then.
pub(crate) fn chase(
    walk: Walk,
    given: &Answers,
    answers: Answers,
    clock: &crate::clock::Clock,
    keeper: Option<&crate::state::Keeper>,
) -> Result<Answers> {
    let mut answers = answers;
    if walk.documents.brief {
        let eval = verdict::evaluate(walk.checklist, &answers, clock)?;
        let gaps = report::gaps::find(&eval, crate::i18n::t());
        drop(eval);
        answers = prompt::gaps::chase(walk, given, answers, &gaps, clock, keeper)?;
    }
    if walk.documents.note {
        let eval = verdict::evaluate(walk.checklist, &answers, clock)?;
        let warnings = report::note::warnings(&eval, clock.today()?);
        let left = report::left_out(walk.checklist, &warnings, crate::i18n::t());
        drop(eval);
        answers = prompt::gaps::reword(walk, given, answers, left, clock, keeper)?;
    }
    Ok(answers)
}

/// A file to write: where, and what; for a document whose file holds no
/// subject (text, Markdown), the subject to say when it is written.
type Made<'a> = (&'a Path, Vec<u8>, Vec<String>);

/// The saved answers, the brief and the note to the partner, each made
/// before the first is written, so that one that cannot be made leaves no
/// other behind.
fn made_files<'a>(
    plan: &'a Plan,
    checklist: &Checklist,
    answers: &Answers,
    eval: &verdict::Evaluation,
    today: Option<jiff::civil::Date>,
) -> Result<Vec<Made<'a>>> {
    let files = &plan.files;
    let mut made = Vec::new();
    if let Some(path) = &files.answers {
        made.push((
            path.as_path(),
            answers::file::saved(checklist, answers)?,
            Vec::new(),
        ));
    }
    let Some(today) = today else {
        return Ok(made);
    };
    let to = plan.csm_email.as_ref();
    let csm = to.and_then(|to| to.name.as_deref());
    let media = plan.media()?;
    if let Some(path) = &files.brief {
        let brief = report::markdown::document(eval, today, csm).map_err(stdout)?;
        let now = plan.clock.now();
        let bytes = brief
            .render(media.brief, to, today, now.as_ref())
            .map_err(stdout)?;
        made.push((path.as_path(), bytes, said(media.brief, &brief)));
    }
    if let Some(path) = files.note.as_ref().filter(|_| report::note::fits(eval)) {
        let note = report::note::document(eval, today);
        let now = plan.clock.now();
        let bytes = note
            .render(media.note, None, today, now.as_ref())
            .map_err(stdout)?;
        made.push((path.as_path(), bytes, said(media.note, &note)));
    }
    Ok(made)
}

/// Writes every file it can; one that cannot be written does not keep the
/// others from being written, and each is named in the error. A stop ends
/// the writing at once.
fn write_files(files: &[Made], force: bool) -> Result<()> {
    let mut failed = Vec::new();
    for (path, bytes, said) in files {
        match output::file(path, bytes, force) {
            Ok(()) => wrote(path, said),
            Err(Error::Interrupted) => return Err(Error::Interrupted),
            Err(err) => failed.push(err),
        }
    }
    match failed.len() {
        0 => Ok(()),
        1 => Err(failed.remove(0)),
        _ => Err(Error::Several(failed)),
    }
}

/// Says that `path` was written, and what the user must know to send it.
fn wrote(path: &Path, said: &[String]) {
    output::wrote(path);
    for line in said {
        output::say(line);
    }
}

/// What to say of `document` written in `medium`: the subject of a text
/// file, which holds none, to paste into the email's subject field; that
/// the examples must be attached before an email or a text is sent, when
/// the document says they are, and the contract pages whenever it names
/// a clause at issue.
fn said(medium: report::Medium, document: &report::Document) -> Vec<String> {
    let t = crate::i18n::t();
    let mut said = Vec::new();
    if medium == report::Medium::Text {
        said.push(t.subject_for_email(&document.subject));
    }
    if medium != report::Medium::Markdown {
        if document.attach {
            said.push(t.attach_before_sending(document.attach_contract).to_owned());
        } else if document.attach_contract {
            // A clause by its title: the pages are the CSM's to read,
            // whatever the brief says of the examples.
            said.push(t.attach_contract_pages().to_owned());
        }
    }
    said
}

/// A document that could not be rendered, as an error of the output.
fn stdout(err: std::io::Error) -> Error {
    Error::stream(Stream::Stdout, err)
}
