//! `--format text`: the verdict for a person at a terminal.
//!
//! One line per item with its status, then what to do and any warnings.
//! Colour comes from console, which the caller switches on or off
//! (`--color`, `NO_COLOR`); all checklist and answer text is made safe.

use crate::i18n::t;
use crate::safe;
use crate::verdict::{Evaluation, Status, Verdict};
use console::{Style, measure_text_width, pad_str};
use std::io::{self, Write};

/// The symbol, style and word for a status.
fn look(status: Status) -> (&'static str, Style, &'static str) {
    let t = t();
    match status {
        Status::Pass => ("✔", Style::new().green(), t.status_pass),
        Status::Fail => ("✘", Style::new().red(), t.status_fail),
        Status::Stop => ("■", Style::new().cyan(), t.status_stop),
        Status::Info => ("·", Style::new().dim(), t.status_info),
        Status::Skipped => ("–", Style::new().dim(), t.status_skipped),
    }
}

pub fn render(eval: &Evaluation, out: &mut dyn Write) -> io::Result<()> {
    let t = t();
    let bold = Style::new().bold();
    writeln!(out, "{}", bold.apply_to(safe::line(&eval.checklist.title)))?;
    writeln!(out)?;
    let titles: Vec<_> = eval
        .items
        .iter()
        .map(|i| safe::line(&i.item.title))
        .collect();
    let width = titles
        .iter()
        .map(|s| measure_text_width(s))
        .max()
        .unwrap_or(0);
    for (item, title) in eval.items.iter().zip(&titles) {
        let (symbol, style, word) = look(item.status);
        let title = pad_str(title, width, console::Alignment::Left, None);
        writeln!(
            out,
            "  {} {title}  {}",
            style.apply_to(symbol),
            style.apply_to(word)
        )?;
    }
    writeln!(out)?;
    let (style, headline, explain) = match eval.verdict {
        Verdict::Ready => (
            Style::new().green().bold(),
            t.verdict_ready,
            t.explain_ready,
        ),
        Verdict::NotReady => (
            Style::new().red().bold(),
            t.verdict_not_ready,
            t.explain_not_ready,
        ),
        Verdict::NotNeeded => (
            Style::new().cyan().bold(),
            t.verdict_not_needed,
            t.explain_not_needed,
        ),
    };
    writeln!(out, "{} {explain}", style.apply_to(headline))?;
    for (n, step) in eval.next_steps.iter().enumerate() {
        writeln!(out, "  {}. {}", n + 1, safe::line(step))?;
    }
    if !eval.warnings.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", Style::new().yellow().bold().apply_to(t.warnings))?;
        for warning in &eval.warnings {
            writeln!(
                out,
                "  {} {}",
                Style::new().yellow().apply_to("!"),
                safe::line(warning)
            )?;
        }
    }
    Ok(())
}
