//! The command line: every flag and subcommand, defined with clap's derive.
//!
//! Only `app` parses with it; elsewhere, value enums derive
//! `clap::ValueEnum` and `commands::generate` renders completions and the
//! man page from [`Cli`]. Exit codes are listed in `--help`.

use crate::i18n::Lang;
use crate::report::Format;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Check whether you are ready to escalate a problem with your
/// implementation partner to your Customer Success Manager (CSM).
#[derive(Debug, Parser)]
#[command(name = "escalate", version, about, after_help = crate::exit::help(), arg_required_else_help = true)]
pub struct Cli {
    /// Language of messages and of the default checklist [default: the
    /// checklist's own, else the locale, else English]
    #[arg(long, global = true, value_enum, help_heading = "Global options")]
    pub lang: Option<Lang>,

    /// When to use colour (NO_COLOR turns `auto` off)
    #[arg(
        long,
        global = true,
        value_enum,
        default_value_t = ColorChoice::Auto,
        help_heading = "Global options"
    )]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

// Parsed once per run and matched at once: boxing the largest variant
// would save nothing but a few bytes of stack, once.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Walk through the checklist and get a verdict (the main job)
    #[command(after_help = crate::exit::help())]
    Check(CheckArgs),
    /// Print a checklist's items and questions with their answer keys
    Show(ChecklistArg),
    /// Print an answers file to fill in and pass to `check --answers`
    Template(ChecklistArg),
    /// Delete the answers kept between runs in a terminal
    Forget(ChecklistArg),
    /// Check custom checklists and report every problem
    Validate {
        /// Checklist files to check
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Write the default checklist to a file, to customise
    Init {
        /// Where to write it [default: partner-escalation.<lang>.yaml]
        path: Option<PathBuf>,
    },
    /// Print shell completions
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff)
    Man,
    /// Print the JSON Schema of a file format
    Schema {
        #[arg(value_enum, default_value_t = SchemaKind::Report)]
        what: SchemaKind,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    /// A checklist file
    Checklist,
    /// An answers file (`--answers`)
    Answers,
    /// The JSON report (`--format json`)
    Report,
}

#[derive(Debug, Args)]
pub struct ChecklistArg {
    /// A custom checklist instead of the built-in one
    #[arg(long, value_name = "FILE")]
    pub checklist: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub checklist: ChecklistArg,

    /// Read answers from a YAML or JSON file (`-` for stdin)
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,

    /// Answer one question; overrides --answers (repeat for more, or for
    /// more entries of a list)
    #[arg(long = "answer", short = 'a', value_name = "KEY=VALUE")]
    pub answer: Vec<String>,

    /// Never prompt: a missing answer is an error
    #[arg(long)]
    pub no_input: bool,

    /// Output format on stdout
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Text)]
    pub format: Format,

    /// Also write the brief for your CSM to FILE: Markdown (.md), plain
    /// text (.txt) or an email draft to send (.eml), by its extension
    #[arg(long, value_name = "FILE")]
    pub brief: Option<PathBuf>,

    /// Also write a message to your partner to FILE (.md, .txt or .eml),
    /// asking them to answer within the checklist's response window
    #[arg(long, value_name = "FILE")]
    pub partner_note: Option<PathBuf>,

    /// Address the brief's email draft (.eml) to your CSM at ADDRESS
    #[arg(long, value_name = "ADDRESS", value_parser = parse_address)]
    pub csm_email: Option<crate::report::Recipient>,

    /// Write the answers used to FILE, to replay with --answers
    #[arg(long, value_name = "FILE")]
    pub save_answers: Option<PathBuf>,

    /// Start afresh: do not offer the answers kept from an earlier run in a
    /// terminal
    #[arg(long)]
    pub fresh: bool,

    /// Ask in plain lines, for a screen reader or a simple terminal:
    /// numbered choices, no cursor movement, no colour (also with
    /// TERM=dumb, or ESCALATE_PLAIN set)
    #[arg(long)]
    pub plain: bool,

    /// Replace existing --brief, --partner-note and --save-answers files
    #[arg(long)]
    pub force: bool,

    /// Today's date for date questions and the brief [default:
    /// SOURCE_DATE_EPOCH, else the system clock]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_today)]
    pub today: Option<jiff::civil::Date>,
}

fn parse_today(text: &str) -> Result<jiff::civil::Date, String> {
    // Parsed before the language is settled: `usage` words the error in
    // the run's language.
    crate::clock::parse_date(text).ok_or_else(|| crate::i18n::t().expected_iso_date().to_owned())
}

/// An address, alone or after the name to show with it: "Petra Lang
/// <plang@example.com>", as a mail program writes it.
fn parse_address(text: &str) -> Result<crate::report::Recipient, String> {
    let named = text
        .trim()
        .strip_suffix('>')
        .and_then(|t| t.rsplit_once('<'));
    let (name, address) = match named {
        Some((name, address)) => (name.trim().trim_matches('"').trim(), address),
        None => ("", text),
    };
    // A name is words: nothing that would end or extend the header.
    let bad_name = |c: char| c.is_control() || "<>\"\\".contains(c);
    if name.contains(bad_name) {
        return Err(crate::i18n::t().expected_address().to_owned());
    }
    let name = (!name.is_empty()).then(|| name.split_whitespace().collect::<Vec<_>>().join(" "));
    let address = bare_address(address)?;
    Ok(crate::report::Recipient { name, address })
}

/// One address: one `@` between a name and a domain, nothing that would
/// end or extend the header it goes into.
fn bare_address(text: &str) -> Result<String, String> {
    if crate::report::is_address(text) {
        Ok(text.to_owned())
    } else {
        Err(crate::i18n::t().expected_address().to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn an_address_is_one_name_at_one_domain() {
        for good in ["csm@example.com", "a.b+c@mail.example.de"] {
            let parsed = parse_address(good).unwrap();
            assert_eq!((parsed.name, parsed.address.as_str()), (None, good));
        }
        for (named, name) in [
            ("Petra Lang <plang@example.com>", "Petra Lang"),
            ("\"Lang, Petra\" <plang@example.com>", "Lang, Petra"),
            (" Petra  Lang<plang@example.com> ", "Petra Lang"),
        ] {
            let parsed = parse_address(named).unwrap();
            assert_eq!(parsed.name.as_deref(), Some(name), "{named}");
            assert_eq!(parsed.address, "plang@example.com", "{named}");
        }
        assert_eq!(parse_address("<plang@example.com>").unwrap().name, None);
        for bad in [
            "",
            "csm",
            "@example.com",
            "csm@",
            "csm@example",
            "a@b@c.de",
            "a b@c.de",
            "a@c.de\nBcc: x@y.de",
            "A <a@c.de",
            "A <a@c.de> x",
            "A\nBcc: x@y.de <a@c.de>",
            "A <a b@c.de>",
            "a@.de",
            "a@c.de.",
        ] {
            assert!(parse_address(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn the_cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
