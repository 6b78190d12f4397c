//! Start-up and dispatch: parse the command line, set language and colour,
//! run the subcommand, and turn its result into an exit code.

use crate::cli::{Cli, ColorChoice, Command};
use crate::commands;
use crate::error::{Error, Result};
use crate::exit::Code;
use crate::i18n::{self, Lang};
use clap::Parser;
use std::io::Write;

pub fn main() -> std::process::ExitCode {
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
            "error: {}{place}",
            i18n::t().internal_error()
        );
        std::process::exit(Code::Error as i32);
    }));
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // Help and version go to stdout with 0; usage errors exit 2.
            // A usage error quotes the argument, so it is printed made safe.
            if err.use_stderr() {
                let text = err.render().to_string();
                let _ = write!(std::io::stderr(), "{}", crate::safe::block(&text));
            } else {
                let _ = err.print();
            }
            return std::process::ExitCode::from(err.exit_code() as u8);
        }
    };
    let code = match run(cli) {
        Ok(code) => code,
        Err(Error::Interrupted) => {
            crate::signal::exit(crate::signal::caught().unwrap_or(crate::signal::SIGINT))
        }
        Err(err) => {
            let _ = err.print(&mut std::io::stderr().lock());
            err.code()
        }
    };
    code.into()
}

fn run(cli: Cli) -> Result<Code> {
    if crate::fault::injected("panic") {
        panic!("a panic injected by ESCALATE_FAULT");
    }
    set_colors(cli.color);
    i18n::set(cli.lang.or_else(Lang::from_locale).unwrap_or(Lang::En));
    let explicit = cli.lang.is_some();
    match cli.command {
        Command::Check(args) => commands::check::run(args, explicit),
        Command::Show(args) => commands::show::run(&args, explicit),
        Command::Template(args) => commands::template::run(&args, explicit),
        Command::Validate { files } => commands::validate::run(&files),
        Command::Forget(args) => commands::forget::run(&args, explicit),
        Command::Init { path } => commands::init::run(path),
        Command::Completions { shell } => commands::generate::completions(shell),
        Command::Man => commands::generate::man(),
        Command::Schema { what } => commands::generate::schema(what),
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
