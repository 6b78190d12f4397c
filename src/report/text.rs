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

/// Renders for stdout; long lines are wrapped when it is a terminal.
pub fn render(eval: &Evaluation, out: &mut dyn Write) -> io::Result<()> {
    render_at(eval, crate::wrap::width(&console::Term::stdout()), out)
}

fn render_at(eval: &Evaluation, width: Option<usize>, out: &mut dyn Write) -> io::Result<()> {
    let t = t();
    let bold = Style::new().bold();
    writeln!(out, "{}", bold.apply_to(safe::line(&eval.checklist.title)))?;
    writeln!(out)?;
    let titles: Vec<_> = eval
        .items
        .iter()
        .map(|i| safe::line(&i.item.title))
        .collect();
    let title_width = titles
        .iter()
        .map(|s| measure_text_width(s))
        .max()
        .unwrap_or(0);
    for (item, title) in eval.items.iter().zip(&titles) {
        let (symbol, style, word) = look(item.status);
        let title = pad_str(title, title_width, console::Alignment::Left, None);
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
    let verdict = format!("{headline} {explain}");
    let verdict = crate::wrap::fill(&verdict, width, "", "");
    // Colour the headline only: it is the start of the wrapped text.
    let rest = verdict.strip_prefix(headline).unwrap_or_default();
    writeln!(out, "{}{rest}", style.apply_to(headline))?;
    for (n, step) in eval.next_steps.iter().enumerate() {
        let number = format!("  {}. ", n + 1);
        let indent = " ".repeat(number.len());
        writeln!(
            out,
            "{}",
            crate::wrap::fill(&safe::line(step), width, &number, &indent)
        )?;
    }
    if !eval.warnings.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", Style::new().yellow().bold().apply_to(t.warnings))?;
        for warning in &eval.warnings {
            let text = crate::wrap::fill(&safe::line(warning), width, "  ! ", "    ");
            let rest = text.strip_prefix("  !").unwrap_or_default();
            writeln!(out, "  {}{rest}", Style::new().yellow().apply_to("!"))?;
        }
    }
    Ok(())
}
