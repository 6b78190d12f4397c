//! `escalate check`: the main job, told as its steps: load the checklist,
//! refuse bad outputs before anything is asked, gather the answers from
//! the sources `answers::select` picks, grade them, then write the files
//! and print the verdict. A run at the terminal then goes on in
//! [`follow_up`]: the document that fits the verdict, and the answers
//! kept for the next run.

mod follow_up;

use crate::answers::{self, Answers, Documents, From, Missing, Situation, Walk, lines::Lines};
use crate::checklist::{Checklist, Kind};
use crate::cli::CheckArgs;
use crate::clock::Clock;
use crate::error::{Error, Result, Stream, Why};
use crate::exit::Code;
use crate::report::{self, Format};
use crate::{output, prompt, verdict};
use std::io::IsTerminal;
use std::path::Path;

/// From this size on, the answers file is parsed on a second thread while
/// the checklist loads; below it, starting a thread costs more than it saves.
const PARALLEL_FROM: u64 = 64 * 1024;

/// Does `path` mean stdin?
fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

pub fn run(args: &CheckArgs, explicit_lang: bool) -> Result<Code> {
    let stdin_taken = args.answers.as_deref().is_some_and(is_stdin);
    if stdin_taken && args.checklist.checklist.as_deref().is_some_and(is_stdin) {
        return Err(Error::BothStdin);
    }
    let (checklist, parsed) = load(args, explicit_lang)?;
    let clock = args.today.map(Clock::fixed).unwrap_or_default();
    // A clock that cannot say the date is its own error, not a bad answer
    // to the first date question.
    if checklist.entries().any(|e| e.question.kind == Kind::Date) {
        clock.today()?;
    }
    refuse_bad_outputs(args)?;

    let given = given(args, &checklist, parsed, &clock)?;
    let walk = Walk::new(&checklist, documents(args));
    let (answers, terminal) = gather(args, walk, &given, &clock, stdin_taken)?;
    let eval = verdict::evaluate(&checklist, &answers, &clock)?;

    let today = if walk.documents != Documents::default() {
        Some(clock.today()?)
    } else {
        None
    };
    // Made before the verdict is printed, written after it: a file that
    // cannot be written costs neither the verdict nor the kept answers.
    let files = made_files(args, &checklist, &answers, &eval, today);
    let mut out = Vec::new();
    report::render(args.format, &eval, today, &mut out)
        .map_err(|e| Error::stream(Stream::Stdout, e))?;
    output::stdout(&out)?;
    let written = files.and_then(|files| write_files(&files, args.force));
    if let Some(terminal) = terminal {
        let follow = follow_up::Follow {
            args,
            walk,
            given: &given,
            answers: &answers,
            eval: &eval,
            clock: &clock,
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

/// The checklist, and the answers file parsed (on a second thread while
/// the checklist loads, when it is large).
fn load(
    args: &CheckArgs,
    explicit_lang: bool,
) -> Result<(Checklist, Option<answers::file::Parsed>)> {
    let load = || super::load(&args.checklist, explicit_lang);
    let large = |path: &&Path| {
        !is_stdin(path) && std::fs::metadata(path).is_ok_and(|m| m.len() >= PARALLEL_FROM)
    };
    let (checklist, parsed) = match args.answers.as_deref() {
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
    Ok((checklist?, parsed.transpose()?))
}

/// The documents the run writes: the brief (a file, or Markdown on
/// stdout) and the note to the partner.
fn documents(args: &CheckArgs) -> Documents {
    Documents {
        brief: args.brief.is_some() || args.format == Format::Markdown,
        note: args.partner_note.is_some(),
    }
}

/// Every output checked before the first question: none may be an input.
fn refuse_bad_outputs(args: &CheckArgs) -> Result<()> {
    let inputs: Vec<&Path> = [args.checklist.checklist.as_deref(), args.answers.as_deref()]
        .into_iter()
        .flatten()
        .filter(|path| !is_stdin(path))
        .collect();
    let outputs: Vec<&Path> = [
        args.brief.as_deref(),
        args.partner_note.as_deref(),
        args.save_answers.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    // stdin is an input when it is named, or may be read for answers.
    let named = [args.checklist.checklist.as_deref(), args.answers.as_deref()]
        .into_iter()
        .flatten()
        .any(is_stdin);
    let stdin = named || !args.no_input && !std::io::stdin().is_terminal();
    output::check_outputs(&outputs, &inputs, stdin, args.force)
}

/// The answers files and flags give; a flag wins over the file, also over
/// a value the file has wrong.
fn given(
    args: &CheckArgs,
    checklist: &Checklist,
    parsed: Option<answers::file::Parsed>,
    clock: &Clock,
) -> Result<Answers> {
    let flags = answers::flags::read(checklist, &args.answer, clock)?;
    let mut given = match parsed {
        Some(parsed) => answers::file::check(checklist, parsed, clock, &flags)?,
        None => Answers::default(),
    };
    for (key, answer) in flags.iter() {
        given.set(key.to_owned(), answer.clone());
    }
    Ok(given)
}

/// Every answer: those given, and what is still open from where
/// [`answers::select`] says; and, when they were asked at the terminal,
/// what the run may do with them there.
fn gather(
    args: &CheckArgs,
    walk: Walk,
    given: &Answers,
    clock: &Clock,
    stdin_taken: bool,
) -> Result<(Answers, Option<follow_up::AtTerminal>)> {
    let complete = walk.collect(given, &mut Missing::new(Why::NoInput), clock);
    // --no-input never looks at the terminal.
    let terminal = |stream: bool| !args.no_input && stream;
    let situation = Situation {
        no_input: args.no_input,
        stdin_terminal: terminal(std::io::stdin().is_terminal()),
        stderr_terminal: terminal(std::io::stderr().is_terminal()),
        stdin_taken,
        complete: complete.is_ok(),
        nothing_given: given.is_empty(),
    };
    let answers = match answers::select(situation) {
        From::Given => complete,
        From::Missing(why) => walk.collect(given, &mut Missing::new(why), clock),
        From::Prompt => {
            crate::signal::install();
            let (kept, terminal) = if args.fresh {
                (None, follow_up::AtTerminal { keep: true })
            } else {
                follow_up::kept(walk.checklist, source(args), clock)
            };
            let answers = prompt::run(walk, given, clock, kept.as_ref())?;
            return Ok((answers, Some(terminal)));
        }
        From::Lines => {
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

/// The checklist file the run uses; `None` for the built-in one.
fn source(args: &CheckArgs) -> Option<&Path> {
    args.checklist.checklist.as_deref()
}

/// A file to write: where, and what.
type Made<'a> = (&'a Path, Vec<u8>);

/// The saved answers, the brief and the note to the partner, each made
/// before the first is written, so that one that cannot be made leaves no
/// other behind.
fn made_files<'a>(
    args: &'a CheckArgs,
    checklist: &Checklist,
    answers: &Answers,
    eval: &verdict::Evaluation,
    today: Option<jiff::civil::Date>,
) -> Result<Vec<Made<'a>>> {
    let mut files = Vec::new();
    if let Some(path) = &args.save_answers {
        files.push((path.as_path(), answers::file::saved(checklist, answers)?));
    }
    if let Some(path) = &args.brief {
        let bytes = rendered(&|out| report::markdown::render(eval, today, out))?;
        files.push((path.as_path(), bytes));
    }
    if let (Some(path), Some(today)) = (&args.partner_note, today) {
        let bytes = rendered(&|out| report::note::render(eval, today, out))?;
        files.push((path.as_path(), bytes));
    }
    Ok(files)
}

/// Writes every file it can; one that cannot be written does not keep the
/// others from being written, and each is named in the error. A stop ends
/// the writing at once.
fn write_files(files: &[Made], force: bool) -> Result<()> {
    let mut failed = Vec::new();
    for (path, bytes) in files {
        match output::file(path, bytes, force) {
            Ok(()) => output::wrote(path),
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

/// What `render` writes, as bytes to put in a file.
fn rendered(render: &dyn Fn(&mut Vec<u8>) -> std::io::Result<()>) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    render(&mut bytes).map_err(|e| Error::stream(Stream::Stdout, e))?;
    Ok(bytes)
}
