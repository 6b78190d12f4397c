//! `escalate check`: gather answers, grade them, print the verdict, and
//! optionally write the brief and the answers used.

use crate::answers::{self, Answers, Missing, Why, lines::Lines};
use crate::checklist::Kind;
use crate::cli::CheckArgs;
use crate::clock::Clock;
use crate::exit::{Code, Error, Result};
use crate::i18n::t;
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
        return Err(Error::new(t().both_stdin()));
    }
    let large = |path: &&Path| {
        !is_stdin(path) && std::fs::metadata(path).is_ok_and(|m| m.len() >= PARALLEL_FROM)
    };
    let load = || super::load(&args.checklist, explicit_lang);
    let (checklist, early) = match args.answers.as_deref().filter(large) {
        Some(path) => std::thread::scope(|scope| {
            let early = scope.spawn(|| answers::file::load(path));
            (load(), early.join().ok())
        }),
        None => (load(), None),
    };
    let checklist = checklist?;
    let clock = args.today.map(Clock::fixed).unwrap_or_default();
    // A clock that cannot say the date is its own error, not a bad answer
    // to the first date question.
    if checklist.entries().any(|e| e.question.kind == Kind::Date) {
        clock.today()?;
    }
    // Refuse before asking anything, rather than after the last question.
    let inputs: Vec<&Path> = [args.checklist.checklist.as_deref(), args.answers.as_deref()]
        .into_iter()
        .flatten()
        .filter(|path| !is_stdin(path))
        .collect();
    let outputs: Vec<&Path> = [args.brief.as_deref(), args.save_answers.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    output::check_outputs(&outputs, &inputs, args.force)?;

    // Flags win over the file, also over a value the file has wrong.
    let flags = answers::flags::read(&checklist, &args.answer, &clock)?;
    let mut given = match &args.answers {
        Some(path) => {
            let parsed = match early {
                Some(Ok(parsed)) => parsed,
                // Read again here, so that an error speaks the language the
                // checklist settled on.
                _ => answers::file::load(path)?,
            };
            answers::file::check(&checklist, parsed, &clock, &flags)?
        }
        None => Answers::default(),
    };
    for (key, answer) in flags.iter() {
        given.set(key.to_owned(), answer.clone());
    }

    // Files and flags that answer every required question need nothing
    // else: stdin is not read, the terminal not asked. With no file and no
    // flag, the terminal or stdin is where every answer comes from.
    let complete = answers::collect(&checklist, &given, &mut Missing::new(Why::NoInput), &clock);
    let complete = match complete {
        Ok(answers) if !given.is_empty() || args.no_input => Ok(answers),
        Ok(_) => Err(None),
        Err(err) => Err(Some(err)),
    };
    let answers = match complete {
        Ok(answers) => answers,
        Err(Some(err)) if args.no_input => return Err(err),
        Err(_) if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() => {
            crate::signal::install();
            prompt::run(&checklist, &given, &clock)?
        }
        Err(_) if !std::io::stdin().is_terminal() && !stdin_taken => {
            crate::signal::install();
            let mut lines = Lines::new(std::io::stdin().lock());
            let answers = answers::collect(&checklist, &given, &mut lines, &clock)?;
            // After an answer that ends the check, lines meant for the
            // skipped questions are expected; otherwise a spare line means
            // answers slipped out of step.
            if !answers::stopped(&checklist, &answers) {
                lines.no_more()?;
            }
            answers
        }
        Err(_) => answers::collect(
            &checklist,
            &given,
            &mut Missing::new(Why::NoTerminal),
            &clock,
        )?,
    };

    let eval = verdict::evaluate(&checklist, &answers, &clock)?;
    let needs_date = args.format == Format::Markdown || args.brief.is_some();
    let today = if needs_date {
        Some(clock.today()?)
    } else {
        None
    };
    // Everything to write is made before the first file is written.
    let saved = match &args.save_answers {
        Some(path) => Some((path, answers::file::saved(&checklist, &answers)?)),
        None => None,
    };
    let brief = match &args.brief {
        Some(path) => {
            let mut brief = Vec::new();
            report::markdown::render(&eval, today, &mut brief)
                .map_err(|e| Error::io(t().writing_stdout(), &e))?;
            Some((path, brief))
        }
        None => None,
    };
    for (path, bytes) in saved.iter().chain(&brief) {
        output::file(path, bytes, args.force)?;
        output::wrote(path);
    }
    let mut out = Vec::new();
    report::render(args.format, &eval, today, &mut out)
        .map_err(|e| Error::io(t().writing_stdout(), &e))?;
    output::stdout(&out)?;
    let code = eval.verdict.exit_code();
    // The process ends next: the OS takes the memory back at once, while
    // freeing a large checklist piece by piece costs milliseconds.
    std::mem::forget(eval);
    std::mem::forget((answers, given, checklist));
    Ok(code)
}
