//! `escalate show`: a checklist's items and questions with their keys.

use crate::cli::ChecklistArg;
use crate::error::Result;
use crate::exit::Code;
use crate::i18n::t;
use crate::safe;
use console::Style;
use std::fmt::Write;

pub fn run(arg: &ChecklistArg, flag: Option<crate::i18n::Lang>) -> Result<Code> {
    let checklist = super::load(arg.checklist.as_deref(), flag)?;
    let bold = Style::new().bold();
    let key_style = Style::new().cyan();
    let dim = Style::new().dim();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({}, {})",
        bold.apply_to(safe::line(&checklist.title)),
        safe::line(&checklist.id),
        safe::line(&checklist.lang)
    );
    if let Some(intro) = &checklist.intro {
        let _ = writeln!(out, "{}", safe::block(intro.trim()));
    }
    let mut section = "";
    for entry in checklist.listed() {
        if entry.section != section {
            section = entry.section;
            let (title, guidance) = match entry.item {
                Some(item) => (item.title.as_str(), item.guidance.as_deref()),
                None => (t().context_title(), None),
            };
            let _ = writeln!(out, "\n{}", bold.apply_to(safe::line(title)));
            if let Some(guidance) = guidance {
                let _ = writeln!(out, "{}", dim.apply_to(safe::block(guidance.trim())));
            }
        }
        let q = entry.question;
        let _ = writeln!(
            out,
            "\n  {}  {}",
            key_style.apply_to(entry.key()),
            super::template::notes(&checklist, &entry).join("; ")
        );
        let _ = writeln!(out, "    {}", safe::line(q.prompt.trim()));
        // Only a choice has options (`validate` sees to it).
        for (n, option) in q.options.iter().enumerate() {
            let _ = writeln!(
                out,
                "      {}. {} = {}",
                n + 1,
                safe::line(&option.value),
                safe::line(&option.label)
            );
        }
        if let Some(help) = &q.help {
            let _ = writeln!(out, "    {}", dim.apply_to(safe::line(help.trim())));
        }
    }
    crate::output::stdout(out.as_bytes())?;
    Ok(Code::Ready)
}
