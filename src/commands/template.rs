//! `escalate template`: an answers file with every key, to fill in.

use crate::checklist::{Checklist, Entry};
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

/// What `entry` accepts and when it is asked, as short notes.
pub fn notes(entry: &Entry) -> Vec<String> {
    let t = t();
    let q = entry.question;
    let mut notes = vec![q.note(t)];
    if q.optional {
        notes.push(t.template_optional().to_owned());
    }
    if entry.for_documents() {
        notes.push(t.template_for_documents().to_owned());
    }
    if let Some(when) = &q.when {
        let values: Vec<&str> = when.values().collect();
        let question = format!("{}.{}", entry.section, when.question);
        notes.push(if when.on_answer() {
            t.show_asked_when_answered(&question)
        } else {
            t.show_asked_when(&question, &values.join(" | "))
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
            notes(&entry).join("; "),
            entry.key()
        ));
    }
    out
}
