//! The generators of the text `completions`, `man` and `schema` print
//! (`commands::generate`): clap_complete, clap_mangen and schemars, run on
//! the clap command and the Rust types of each format. Built for the tests
//! only; a test holds each file in `commands/generated/` to what its
//! generator makes, and rewrites them all when `ESCALATE_REGENERATE=1`.

use crate::cli::{Cli, SchemaKind};
use clap::{CommandFactory, ValueEnum};
use clap_complete::{Generator, Shell};
use std::path::Path;

const DESCRIPTION: &[&str] = &[
    "Before a problem with an implementation partner goes to the Customer Success Manager (CSM), \
     three things make the escalation faster: the partner's statement of work has been re-read \
     (scope), the partner has been told about the problem and given a fair chance to answer \
     (partner contact), and there are concrete examples such as emails, tickets, dates and links \
     (specificity).",
    "escalate check asks about each of them and ends with a verdict: ready, not ready (with what \
     to do first) or not needed (the partner has already solved it). It can also write a \
     Markdown brief for the CSM.",
    "Answers come, highest precedence first, from --answer KEY=VALUE, from an answers file \
     (--answers FILE, YAML or JSON, - for stdin), and then from prompts on a terminal or from \
     piped lines, one answer per line in the order the questions are asked. Answer keys are \
     item.question, as escalate show and escalate template print them.",
];

/// The environment variables escalate reads, and what for.
fn environment() -> [(&'static str, String); 3] {
    let mut codes: Vec<&str> = crate::i18n::Lang::all().map(|l| l.code()).collect();
    codes.sort_unstable();
    [
        (
            "NO_COLOR",
            "When set, --color auto prints no colour.".into(),
        ),
        (
            "SOURCE_DATE_EPOCH",
            "Today's date, as seconds since 1970, for reproducible output; --today overrides it."
                .into(),
        ),
        (
            "LC_ALL, LC_MESSAGES, LANG",
            format!(
                "The language when neither --lang nor the checklist sets one ({}).",
                codes.join(" or ")
            ),
        ),
    ]
}

const EXAMPLES: &[(&str, &str)] = &[
    ("Answer the questions at the terminal:", "escalate check"),
    (
        "Fill in an answers file, then check it without prompts and write the brief:",
        "escalate template > answers.yaml\n\
         escalate check --no-input --answers answers.yaml --brief brief.md",
    ),
    (
        "Override one answer of a file:",
        "escalate check --answers answers.yaml -a partner-contact.raised=unresolved",
    ),
    (
        "Customise the checklist and use it:",
        "escalate init my-checklist.yaml\n\
         escalate validate my-checklist.yaml\n\
         escalate check --checklist my-checklist.yaml",
    ),
];

pub fn man_page() -> std::io::Result<String> {
    use clap_mangen::Man;
    use clap_mangen::roff::{Roff, bold, roman};

    let mut cli = Cli::command().disable_help_subcommand(true);
    cli.build();
    let page = Man::new(cli.clone());
    let mut out = Roff::new().render();
    // The title line by hand: clap_mangen leaves out an empty date, which
    // shifts the version and the manual's name into the wrong fields.
    out.push_str(&format!(
        ".TH escalate 1 \"\" \"escalate {}\" \"User Commands\"\n",
        env!("CARGO_PKG_VERSION")
    ));
    out.push_str(&piece(|w| page.render_name_section(w))?);
    out.push_str(&piece(|w| page.render_synopsis_section(w))?);

    let mut roff = Roff::new();
    roff.control("SH", ["DESCRIPTION"]);
    for (i, paragraph) in DESCRIPTION.iter().enumerate() {
        if i > 0 {
            roff.control("PP", []);
        }
        roff.text([roman(*paragraph)]);
    }
    out.push_str(&piece(|w| roff.to_writer(w))?);
    out.push_str(&piece(|w| page.render_options_section(w))?);

    out.push_str(".SH COMMANDS\n");
    let globals: Vec<_> = cli
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| a.get_id().clone())
        .collect();
    for sub in cli.get_subcommands().filter(|s| !s.is_hide_set()) {
        let mut roff = Roff::new();
        roff.control("SS", [sub.get_bin_name().unwrap_or_else(|| sub.get_name())]);
        if let Some(about) = sub.get_long_about().or_else(|| sub.get_about()) {
            roff.text([roman(about.to_string())]);
        }
        roff.control("PP", []);
        out.push_str(&piece(|w| roff.to_writer(w))?);
        // The global options and --help are described once, above.
        let mut sub = sub.clone();
        for id in globals.iter().chain([&clap::Id::from("help")]) {
            if sub.get_arguments().any(|a| a.get_id() == id) {
                sub = sub.mut_arg(id, |a| a.hide(true));
            }
        }
        let sub = Man::new(sub);
        out.push_str(&without_heading(piece(|w| sub.render_synopsis_section(w))?));
        out.push_str(&without_heading(piece(|w| sub.render_options_section(w))?));
    }

    let mut roff = Roff::new();
    roff.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in crate::exit::TABLE {
        roff.control("TP", []);
        roff.text([bold(code)]);
        roff.text([roman(meaning)]);
    }
    roff.control("SH", ["ENVIRONMENT"]);
    for (name, meaning) in environment() {
        roff.control("TP", []);
        roff.text([bold(name)]);
        roff.text([roman(meaning)]);
    }
    roff.control("SH", ["EXAMPLES"]);
    for (i, (what, commands)) in EXAMPLES.iter().enumerate() {
        if i > 0 {
            roff.control("PP", []);
        }
        roff.text([roman(*what)]);
        roff.control("RS", ["4"]);
        roff.control("nf", []);
        for line in commands.lines() {
            roff.text([roman(line)]);
        }
        roff.control("fi", []);
        roff.control("RE", []);
    }
    roff.control("SH", ["SEE ALSO"]);
    roff.text([
        roman("escalate "),
        bold("--help"),
        roman(", escalate "),
        bold("schema"),
        roman(" for the formats of checklists, answers files and the JSON report."),
    ]);
    out.push_str(&piece(|w| roff.to_writer(w))?);
    Ok(out)
}

/// What `render` writes, without the preamble each rendering starts with
/// (the page has it once, at the top).
fn piece(
    render: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> std::io::Result<String> {
    let mut out = Vec::new();
    render(&mut out)?;
    let text = String::from_utf8_lossy(&out).into_owned();
    let preamble = clap_mangen::roff::Roff::new().render();
    Ok(match text.strip_prefix(&preamble) {
        Some(body) => body.to_owned(),
        None => text,
    })
}

/// A section rendered by clap_mangen without its `.SH` heading, to go under
/// a command's own heading.
fn without_heading(section: String) -> String {
    section
        .lines()
        .filter(|line| !line.starts_with(".SH "))
        .flat_map(|line| [line, "\n"])
        .collect()
}

/// The completion script for `shell`.
fn completion_script(shell: Shell) -> String {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "escalate", &mut out);
    String::from_utf8(out).expect("completion scripts are UTF-8")
}

/// The JSON Schema of `what`, pretty-printed, ending with a newline.
fn schema_text(what: SchemaKind) -> String {
    let schema = match what {
        SchemaKind::Checklist => schemars::schema_for!(crate::checklist::Checklist),
        SchemaKind::Answers => schemars::schema_for!(crate::answers::file::AnswersFile),
        SchemaKind::Report => schemars::schema_for!(crate::report::json::Report),
    };
    let mut out = serde_json::to_string_pretty(&schema).expect("a schema is plain JSON");
    out.push('\n');
    out
}

/// Each generated file, by its name in `commands/generated/`: what the
/// binary prints, and what the generator makes now.
fn files() -> Vec<(String, &'static str, String)> {
    use super::generate;
    let mut files = Vec::new();
    for &shell in Shell::value_variants() {
        let name = shell.file_name("escalate");
        files.push((
            name,
            generate::completion_script(shell),
            completion_script(shell),
        ));
    }
    let man = man_page().expect("the man page renders");
    files.push(("escalate.1".into(), generate::MAN_PAGE, man));
    for &what in SchemaKind::value_variants() {
        let name = format!(
            "{}.schema.json",
            what.to_possible_value().unwrap().get_name()
        );
        files.push((name, generate::schema_text(what), schema_text(what)));
    }
    files
}

#[test]
fn the_generated_files_are_what_the_generators_make() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/commands/generated");
    let regenerate = std::env::var_os("ESCALATE_REGENERATE").is_some_and(|v| v == "1");
    let mut stale = Vec::new();
    for (name, printed, made) in files() {
        if printed != made {
            if regenerate {
                std::fs::write(folder.join(&name), &made).expect("write a generated file");
            }
            stale.push(name);
        }
    }
    assert!(
        stale.is_empty() || regenerate,
        "{stale:?} differ from what their generators make: \
         run `ESCALATE_REGENERATE=1 cargo test --lib generator`, then check the diff"
    );
}
