//! `escalate template`: an answers file with every key, to fill in.

use crate::checklist::{Checklist, Entry, Kind};
use crate::cli::ChecklistArg;
use crate::error::Result;
use crate::exit::Code;
use crate::i18n::t;
use crate::safe;

pub fn run(arg: &ChecklistArg, flag: Option<crate::i18n::Lang>) -> Result<Code> {
    let checklist = super::load(arg.checklist.as_deref(), flag)?;
    crate::output::stdout(render(&checklist).as_bytes())?;
    Ok(Code::Ready)
}

/// What `entry` of `checklist` accepts and when it is asked, as short
/// notes, each value in the words that answer with it.
pub fn notes(checklist: &Checklist, entry: &Entry) -> Vec<String> {
    let t = t();
    let q = entry.question;
    let mut notes = vec![q.note(t)];
    if q.optional {
        notes.push(t.template_optional().to_owned());
    }
    if entry.for_documents() {
        let only = |brief, note| crate::answers::Documents {
            brief,
            note,
            answer: false,
        };
        let brief = only(true, false).want(entry);
        let note = only(false, true).want(entry);
        notes.push(t.template_for_documents(brief, note).to_owned());
    }
    if let Some(when) = &q.when {
        let key = format!("{}.{}", entry.section, when.question);
        // A yes/no question is answered in the language's words for them.
        let confirm = checklist
            .entry(&key)
            .is_some_and(|target| target.question.kind == Kind::Confirm);
        let values: Vec<&str> = when
            .values()
            .map(|value| match (confirm, value) {
                (true, "yes") => t.yes(),
                (true, "no") => t.no(),
                _ => value,
            })
            .collect();
        // A text is looked at for whether it gives something, said in
        // the language's words.
        let text = checklist
            .entry(&key)
            .is_some_and(|target| target.question.kind == Kind::Text);
        notes.push(if when.on_answer() {
            t.show_asked_when_answered(&key)
        } else if text {
            t.show_asked_when_given(&key)
        } else {
            t.show_asked_when(&key, &values.join(" | "))
        });
    }
    notes
}

pub fn render(checklist: &Checklist) -> String {
    let mut out = format!(
        "# {}\n# {} ({}, {})\n",
        t().template_header(),
        safe::line(&checklist.title),
        safe::line(&checklist.id),
        safe::line(&checklist.lang)
    );
    for entry in checklist.listed() {
        out.push_str(&format!(
            "\n# {}\n# {}\n{}:\n",
            safe::line(entry.question.prompt.trim()),
            notes(checklist, &entry).join("; "),
            entry.key()
        ));
    }
    out
}
