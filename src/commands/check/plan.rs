//! The run plan: the flags of `check` turned into decisions once, as
//! ripgrep turns its flags into `HiArgs`. Nothing after it sees the flags:
//! loading asks where the checklist and the answers come from, gathering
//! asks which documents are written (and so which questions are asked) and
//! whether kept answers are offered, writing asks which file gets what,
//! and the run at the terminal asks which document it may still offer.

use crate::answers::Documents;
use crate::cli::CheckArgs;
use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::report::{Format, Medium};
use crate::verdict::Verdict;
use std::path::{Path, PathBuf};

/// What a `check` run does, decided from its flags.
#[derive(Debug)]
pub struct Plan {
    /// `--checklist FILE`, else the built-in checklist.
    pub checklist: Option<PathBuf>,
    /// `--answers FILE` (`-` for stdin).
    pub answers: Option<PathBuf>,
    /// Every `--answer KEY=VALUE`, as given.
    pub flags: Vec<String>,
    /// `--no-input`: never ask.
    pub no_input: bool,
    /// The answers file is read from stdin, so no answer can be piped.
    pub stdin_taken: bool,
    /// What stdout gets.
    pub format: Format,
    /// The documents the run writes, decided once: they decide which
    /// questions are asked, and which document is left to offer.
    pub documents: Documents,
    /// The files to write.
    pub files: Files,
    /// The CSM's address, for the brief's email draft.
    pub csm_email: Option<crate::report::Recipient>,
    /// Outputs that exist may be replaced.
    pub force: bool,
    /// At the terminal, offer the answers kept from an earlier run (unless
    /// `--fresh`).
    pub offer_kept: bool,
    /// Today, fixed by `--today` or read when first needed.
    pub clock: Clock,
    /// At the terminal, ask in plain lines: `--plain`, a dumb terminal or
    /// `ESCALATE_PLAIN`.
    pub plain: bool,
}

/// The files a run writes, each only if asked for.
#[derive(Debug, Default)]
pub struct Files {
    /// `--save-answers`.
    pub answers: Option<PathBuf>,
    /// `--brief`.
    pub brief: Option<PathBuf>,
    /// `--partner-note`.
    pub note: Option<PathBuf>,
}

/// The form each document file takes.
#[derive(Debug, Clone, Copy)]
pub struct Media {
    pub brief: Medium,
    pub note: Medium,
}

/// The documents an interactive run can offer after the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Document {
    Brief,
    Note,
}

impl Plan {
    /// The plan for `args`; flags that contradict each other are refused
    /// here, before anything is read.
    pub fn new(args: CheckArgs) -> Result<Plan> {
        let stdin_taken = args.answers.as_deref().is_some_and(is_stdin);
        if stdin_taken && args.checklist.checklist.as_deref().is_some_and(is_stdin) {
            return Err(Error::BothStdin);
        }
        let documents = Documents {
            brief: args.brief.is_some() || args.format.is_brief(),
            note: args.partner_note.is_some(),
            answer: false,
        };
        Ok(Plan {
            checklist: args.checklist.checklist,
            answers: args.answers,
            flags: args.answer,
            no_input: args.no_input,
            stdin_taken,
            format: args.format,
            documents,
            files: Files {
                answers: args.save_answers,
                brief: args.brief,
                note: args.partner_note,
            },
            csm_email: args.csm_email,
            force: args.force,
            offer_kept: !args.fresh,
            clock: args.today.map(Clock::fixed).unwrap_or_default(),
            plain: args.plain || plain_terminal(),
        })
    }

    /// The inputs named on the command line, `-` for stdin among them.
    fn named(&self) -> impl Iterator<Item = &Path> {
        [self.checklist.as_deref(), self.answers.as_deref()]
            .into_iter()
            .flatten()
    }

    /// The input files read by name (stdin is none).
    pub fn inputs(&self) -> Vec<&Path> {
        self.named().filter(|path| !is_stdin(path)).collect()
    }

    /// Is stdin named as an input (`-`), the checklist's or the answers'?
    pub fn names_stdin(&self) -> bool {
        self.named().any(is_stdin)
    }

    /// The form of each document file, from its name; a name that says
    /// none is an error, checked with the other outputs before the first
    /// question.
    pub fn media(&self) -> Result<Media> {
        let medium = |path: &Option<PathBuf>, default| match path {
            Some(path) => Medium::of(path),
            None => Ok(default),
        };
        Ok(Media {
            brief: medium(&self.files.brief, Medium::Markdown)?,
            note: medium(&self.files.note, Medium::Text)?,
        })
    }

    /// Every file the run writes.
    pub fn outputs(&self) -> Vec<&Path> {
        let files = &self.files;
        [&files.brief, &files.note, &files.answers]
            .into_iter()
            .filter_map(|path| path.as_deref())
            .collect()
    }

    /// Does the run write a document, so that it needs today's date?
    pub fn writes_document(&self) -> bool {
        self.documents != Documents::default()
    }

    /// The document an interactive run may still offer after `verdict`,
    /// if the run does not write it already: the brief when the case is
    /// ready, the note when it is not because the concern was `not_raised`
    /// with the partner yet.
    pub fn offer(&self, verdict: Verdict, not_raised: bool) -> Option<Document> {
        match verdict {
            Verdict::Ready if !self.documents.brief => Some(Document::Brief),
            Verdict::NotReady if not_raised && !self.documents.note => Some(Document::Note),
            Verdict::Ready | Verdict::NotReady | Verdict::NotNeeded => None,
        }
    }
}

/// Does the environment ask for plain lines: a terminal that says it is
/// dumb (as Emacs's shell does), or `ESCALATE_PLAIN` set to anything but
/// nothing?
fn plain_terminal() -> bool {
    let set = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    set("TERM").is_some_and(|term| term == "dumb") || set("ESCALATE_PLAIN").is_some()
}

/// Does `path` mean stdin?
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Cli;
    use clap::Parser;

    fn plan(args: &[&str]) -> Result<Plan> {
        let cli = Cli::try_parse_from(["escalate", "check"].iter().chain(args)).unwrap();
        match cli.command {
            crate::cli::Command::Check(args) => Plan::new(args),
            _ => unreachable!("a check command"),
        }
    }

    #[test]
    fn a_document_is_wanted_by_its_flag_or_by_markdown_on_stdout() {
        let documents = |args: &[&str]| plan(args).unwrap().documents;
        let none = Documents::default();
        assert_eq!(documents(&[]), none);
        assert_eq!(documents(&["--format", "json"]), none);
        let brief = Documents {
            brief: true,
            note: false,
            answer: false,
        };
        assert_eq!(documents(&["--brief", "b.md"]), brief);
        assert_eq!(documents(&["--format", "markdown"]), brief);
        let note = Documents {
            brief: false,
            note: true,
            answer: false,
        };
        assert_eq!(documents(&["--partner-note", "n.txt"]), note);
    }

    #[test]
    fn the_document_offered_is_one_the_run_does_not_write() {
        let offer =
            |args: &[&str], verdict, not_raised| plan(args).unwrap().offer(verdict, not_raised);
        let (ready, not_ready) = (Verdict::Ready, Verdict::NotReady);
        assert_eq!(offer(&[], ready, false), Some(Document::Brief));
        assert_eq!(offer(&["--format", "markdown"], ready, false), None);
        assert_eq!(offer(&["--brief", "b.md"], ready, false), None);
        assert_eq!(
            offer(&["--partner-note", "n.txt"], ready, false),
            Some(Document::Brief)
        );
        assert_eq!(offer(&[], not_ready, true), Some(Document::Note));
        assert_eq!(
            offer(&["--brief", "b.md"], not_ready, true),
            Some(Document::Note)
        );
        assert_eq!(offer(&["--partner-note", "n.txt"], not_ready, true), None);
        assert_eq!(offer(&[], not_ready, false), None);
        assert_eq!(offer(&[], Verdict::NotNeeded, false), None);
    }

    #[test]
    fn stdin_is_read_for_one_input_at_most() {
        assert!(plan(&["--answers", "-"]).unwrap().stdin_taken);
        assert!(plan(&["--answers", "-"]).unwrap().inputs().is_empty());
        assert!(plan(&["--checklist", "-"]).unwrap().names_stdin());
        assert!(!plan(&["--answers", "a.yaml"]).unwrap().names_stdin());
        let both = plan(&["--answers", "-", "--checklist", "-"]);
        assert!(matches!(both, Err(Error::BothStdin)));
    }
}
