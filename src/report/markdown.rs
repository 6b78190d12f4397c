//! `--format markdown` and `--brief FILE`: the brief to send to the CSM.
//!
//! Context (product, partner), what was checked and how it was answered, the
//! examples as a list, the verdict and the open next steps. Checklist and
//! answer text is made safe and its Markdown punctuation escaped, so an
//! answer cannot inject markup or control characters into the brief.

use super::answer_text;
use crate::answers::Value;
use crate::i18n::t;
use crate::verdict::{Evaluation, Status, Verdict};
use std::io::{self, Write};

/// Untrusted text as inert Markdown on one line.
fn md(text: &str) -> String {
    let safe = crate::safe::line(text.trim());
    let mut out = String::with_capacity(safe.len());
    for c in safe.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn status_word(status: Status) -> &'static str {
    let t = t();
    match status {
        Status::Pass => t.status_pass,
        Status::Fail => t.status_fail,
        Status::Stop => t.status_stop,
        Status::Info => t.status_info,
        Status::Skipped => t.status_skipped,
    }
}

pub fn render(
    eval: &Evaluation,
    today: Option<jiff::civil::Date>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let t = t();
    writeln!(out, "# {}", md(&eval.checklist.title))?;
    writeln!(out)?;
    let verdict = match eval.verdict {
        Verdict::Ready => t.verdict_ready,
        Verdict::NotReady => t.verdict_not_ready,
        Verdict::NotNeeded => t.verdict_not_needed,
    };
    writeln!(out, "- **{}:** {verdict}", t.md_verdict)?;
    if let Some(today) = today {
        writeln!(out, "- **{}:** {today}", t.md_date)?;
    }
    let context: Vec<_> = eval.context.iter().filter(|g| g.answer.is_some()).collect();
    if !context.is_empty() {
        writeln!(out)?;
        writeln!(out, "## {}", t.md_context)?;
        writeln!(out)?;
        for g in context {
            if let Some(a) = g.answer {
                writeln!(
                    out,
                    "- {} **{}**",
                    md(&g.entry.question.prompt),
                    md(&answer_text(g.entry.question, &a.value))
                )?;
            }
        }
    }
    writeln!(out)?;
    writeln!(out, "## {}", t.md_checked)?;
    let mut examples: Vec<&str> = Vec::new();
    // An item the walk never reached (the partner resolved it first) has
    // nothing to tell the CSM.
    let reached = eval
        .items
        .iter()
        .filter(|i| i.questions.iter().any(|g| g.answer.is_some()));
    for item in reached {
        writeln!(out)?;
        writeln!(
            out,
            "### {} ({})",
            md(&item.item.title),
            status_word(item.status)
        )?;
        writeln!(out)?;
        for g in &item.questions {
            let q = g.entry.question;
            match g.answer.map(|a| &a.value) {
                None => {}
                Some(Value::List(entries)) if q.evidence => {
                    let count = (crate::i18n::t().listed_below)(entries.len());
                    writeln!(out, "- {} **{count}**", md(&q.prompt))?;
                    examples.extend(entries.iter().map(String::as_str));
                }
                Some(value) => writeln!(
                    out,
                    "- {} **{}**",
                    md(&q.prompt),
                    md(&answer_text(q, value))
                )?,
            }
        }
    }
    if !examples.is_empty() {
        writeln!(out)?;
        writeln!(out, "## {}", t.md_examples)?;
        writeln!(out)?;
        for example in examples {
            writeln!(out, "- {}", md(example))?;
        }
    }
    if !eval.next_steps.is_empty() {
        writeln!(out)?;
        writeln!(out, "## {}", t.md_next_steps)?;
        writeln!(out)?;
        for (n, step) in eval.next_steps.iter().enumerate() {
            writeln!(out, "{}. {}", n + 1, md(step))?;
        }
    }
    if !eval.warnings.is_empty() {
        writeln!(out)?;
        writeln!(out, "## {}", t.warnings)?;
        writeln!(out)?;
        for warning in &eval.warnings {
            writeln!(out, "- {}", md(warning))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::md;

    #[test]
    fn markup_and_controls_are_inert() {
        assert_eq!(
            md("<script>*x*</script>"),
            "\\<script\\>\\*x\\*\\</script\\>"
        );
        assert_eq!(md("a\x1b[2Jb\nc"), "a\\\\u{1b}\\[2Jb\\\\nc");
    }
}
