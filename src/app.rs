//! Start-up and dispatch: parse the command line, set language and colour,
//! run the subcommand, and turn its result into an exit code.

use crate::cli::{Cli, ColorChoice, Command};
use crate::commands;
use crate::error::{Error, Result};
use crate::exit::Code;
use crate::i18n;
use clap::Parser;
use std::io::Write;
use std::path::Path;

pub fn main() -> std::process::ExitCode {
    crate::signal::catch_file_size_limit();
    crate::output::note_closed_stdout();
    // No panic is expected; if one happens, say so in one line, no backtrace.
    std::panic::set_hook(Box::new(|info| {
        crate::signal::restore_terminal();
        let place = info
            .location()
            .map(|l| format!(" ({}:{})", l.file(), l.line()))
            .unwrap_or_default();
        // Never `eprintln!`: it panics when stderr is a closed pipe.
        let _ = writeln!(
            std::io::stderr(),
            "{} {}{place}",
            i18n::t().error_label(),
            i18n::t().internal_error()
        );
        std::process::exit(Code::Error as i32);
    }));
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // Help and version go to stdout with 0 (2 when they cannot be
            // written there); usage errors exit 2. A usage error quotes
            // the argument, so it is printed made safe.
            if err.use_stderr() {
                // In the run's language, for the kinds escalate words.
                let lang = i18n::choose(crate::usage::lang_of(std::env::args_os()), None);
                let t = i18n::settle(lang).messages();
                let text = match crate::usage::worded(&err, t) {
                    Some(said) => format!("{} {said}\n", t.error_label()),
                    None => err.render().to_string(),
                };
                let _ = write!(std::io::stderr(), "{}", crate::safe::block(&text));
            } else {
                let text = match console::colors_enabled() {
                    true => err.render().ansi().to_string(),
                    false => err.render().to_string(),
                };
                if let Err(err) = crate::output::stdout(text.as_bytes()) {
                    let _ = err.print(&mut std::io::stderr().lock());
                    return err.code().into();
                }
            }
            return std::process::ExitCode::from(err.exit_code() as u8);
        }
    };
    let flag = cli.lang;
    let code = match run(cli) {
        Ok(code) => code,
        Err(Error::Interrupted) => {
            crate::signal::exit(crate::signal::caught().unwrap_or(crate::signal::SIGINT))
        }
        Err(err) => {
            // A checklist that could not be read settled no language.
            i18n::settle(i18n::choose(flag, None));
            let _ = err.print(&mut std::io::stderr().lock());
            err.code()
        }
    };
    code.into()
}

fn run(cli: Cli) -> Result<Code> {
    set_colors(cli.color);
    let flag = cli.lang;
    // The language is settled now, unless a checklist of the user's is
    // still to say it (`commands::load`).
    if custom_checklist(&cli.command).is_none() {
        i18n::settle(i18n::choose(flag, None));
    }
    if crate::fault::injected("panic") {
        panic!("a panic injected by ESCALATE_FAULT");
    }
    match cli.command {
        Command::Check(args) => commands::check::run(args, flag),
        Command::Show(args) => commands::show::run(&args, flag),
        Command::Template(args) => commands::template::run(&args, flag),
        Command::Validate { files } => commands::validate::run(&files),
        Command::Forget(args) => commands::forget::run(&args, flag),
        Command::Init { path } => commands::init::run(path),
        Command::Completions { shell } => commands::generate::completions(shell),
        Command::Man => commands::generate::man(),
        Command::Schema { what } => commands::generate::schema(what),
    }
}

/// The checklist of the user's that `command` reads, if any.
fn custom_checklist(command: &Command) -> Option<&Path> {
    match command {
        Command::Check(args) => args.checklist.checklist.as_deref(),
        Command::Show(arg) | Command::Template(arg) | Command::Forget(arg) => {
            arg.checklist.as_deref()
        }
        Command::Validate { .. }
        | Command::Init { .. }
        | Command::Completions { .. }
        | Command::Man
        | Command::Schema { .. } => None,
    }
}

fn set_colors(choice: ColorChoice) {
    let enabled = match choice {
        ColorChoice::Always => Some(true),
        ColorChoice::Never => Some(false),
        ColorChoice::Auto => std::env::var_os("NO_COLOR")
            .is_some_and(|v| !v.is_empty())
            .then_some(false),
    };
    if let Some(enabled) = enabled {
        console::set_colors_enabled(enabled);
        console::set_colors_enabled_stderr(enabled);
    }
}
