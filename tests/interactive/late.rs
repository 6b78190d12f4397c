//! Failures at the end of a run at the terminal: a document that cannot be
//! written is not offered (its questions are not asked), and a file that
//! cannot be written costs neither the verdict nor the kept answers.

use crate::common::TODAY;
use crate::tty::*;

const KEPT: &str = ".state/escalate/partner-escalation.yaml";
const KEPT_NOTE: &str = "Your answers are kept for the next run";

/// `escalate check ARGS` run in the folder `work` of a fresh test folder,
/// where `notes` is made too.
fn in_work(args: &str) -> Tty {
    let script = format!(
        "mkdir work work/notes && cd work && exec \"$ESCALATE\" check --today {TODAY} {args}"
    );
    Tty::shell(tempfile::tempdir().unwrap(), &script)
}

#[test]
fn a_document_that_cannot_be_written_here_is_not_offered() {
    let mut tty = in_work("");
    tty.walk(READY_WALK);
    tty.expect(REVIEW);
    // The folder the run works in goes before the verdict.
    std::fs::remove_dir_all(tty.path("work")).unwrap();
    tty.pick(0);
    let said = tty.expect(KEPT_NOTE);
    assert!(
        said.contains("The document that fits cannot be written here, so it is not offered"),
        "{said}"
    );
    assert!(!said.contains(NO_THANKS), "{said}");
    assert_eq!(tty.finish(), 0, "{}", tty.output());
    assert!(tty.output().contains("Ready to escalate"));
}

#[test]
fn a_file_that_cannot_be_written_at_the_end_keeps_the_verdict_and_the_answers() {
    let mut tty = in_work("--brief notes/brief.md");
    tty.walk(&ready_brief_walk());
    tty.expect(REVIEW);
    std::fs::remove_dir_all(tty.path("work/notes")).unwrap();
    tty.pick(0);
    tty.expect(KEPT_NOTE);
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 2, "{output}");
    assert!(output.contains("Ready to escalate"), "{output}");
    assert!(
        output.contains("cannot write notes/brief.md: its folder does not exist"),
        "{output}"
    );
    let kept = std::fs::read_to_string(tty.path(KEPT)).unwrap();
    assert!(kept.contains("context.partner: ACME Commerce"), "{kept}");
}
