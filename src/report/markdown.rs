//! `--format markdown` and `--brief FILE`: the brief to send to the CSM.
//!
//! Context (product, partner), what was checked and how it was answered, the
//! examples as a list, the verdict and the open next steps. Checklist and
//! answer text is made safe and escaped wherever CommonMark (or GitHub's
//! dialect) would read it as markup, so an answer cannot add a heading, a
//! list, a rule, a link, HTML or a character reference to the brief.

use super::answer_text;
use super::markup::md;
use crate::answers::Value;
use crate::i18n::t;
use crate::verdict::{Evaluation, Status, Verdict};
use std::io::{self, Write};

fn status_word(status: Status) -> &'static str {
    let t = t();
    match status {
        Status::Pass => t.status_pass(),
        Status::Fail => t.status_fail(),
        Status::Stop => t.status_stop(),
        Status::Info => t.status_info(),
        Status::Skipped => t.status_skipped(),
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
        Verdict::Ready => t.verdict_ready(),
        Verdict::NotReady => t.verdict_not_ready(),
        Verdict::NotNeeded => t.verdict_not_needed(),
    };
    writeln!(out, "- **{}:** {verdict}", t.md_verdict())?;
    if let Some(today) = today {
        writeln!(out, "- **{}:** {today}", t.md_date())?;
    }
    let context: Vec<_> = eval.context.iter().filter(|g| g.answer.is_some()).collect();
    if !context.is_empty() {
        writeln!(out)?;
        writeln!(out, "## {}", t.md_context())?;
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
    writeln!(out, "## {}", t.md_checked())?;
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
                    let count = crate::i18n::t().listed_below(entries.len());
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
        writeln!(out, "## {}", t.md_examples())?;
        writeln!(out)?;
        for example in examples {
            writeln!(out, "- {}", md(example))?;
        }
    }
    if !eval.next_steps.is_empty() {
        writeln!(out)?;
        writeln!(out, "## {}", t.md_next_steps())?;
        writeln!(out)?;
        for (n, step) in eval.next_steps.iter().enumerate() {
            writeln!(out, "{}. {}", n + 1, md(&super::step_text(step, t)))?;
        }
    }
    if !eval.warnings.is_empty() {
        writeln!(out)?;
        writeln!(out, "## {}", t.warnings())?;
        writeln!(out)?;
        for warning in &eval.warnings {
            writeln!(out, "- {}", md(&super::warning_text(warning, t)))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::render;
    use crate::answers::Value;
    use crate::checklist::{DEFAULT_EN, load_str};
    use crate::clock::Clock;
    use crate::report::markup::tests::{HOSTILE, parse, shown};
    use pulldown_cmark::Event;

    /// Placeholder text: no escape changes it, and it occurs nowhere else.
    const PLAIN: &str = "Placeholder";

    /// The brief with `text` as the checklist's title, an item's title, a
    /// question, an answer, an example, a next step and a warning.
    fn brief(text: &str) -> String {
        let mut checklist = load_str("en", DEFAULT_EN).unwrap();
        checklist.title = text.into();
        checklist.items[0].title = text.into();
        checklist.items[0].questions[0].prompt = text.into();
        let answers = crate::report::answers(&[
            ("context.partner", Value::Text(text.into())),
            ("scope.reviewed-deliverables", Value::Bool(true)),
            ("scope.deliverables-added", Value::Bool(false)),
            ("partner-contact.raised", Value::Choice("unresolved".into())),
            (
                "partner-contact.raised-on",
                Value::Date(jiff::civil::date(2020, 1, 6)),
            ),
            ("specificity.examples", Value::List(vec![text.into()])),
        ]);
        let mut eval = crate::verdict::evaluate(&checklist, &answers, &Clock::default()).unwrap();
        let step = crate::verdict::Step {
            kind: crate::verdict::StepKind::Advice,
            key: "scope.reviewed-deliverables".into(),
            advice: Some(text),
            prompt: text,
            from: None,
        };
        eval.next_steps = vec![step];
        // Entries are trimmed when they are read.
        let entry = text.trim().into();
        let kind = crate::evidence::WarningKind::Unchecked { number: 1, entry };
        let key = "specificity.examples".into();
        eval.warnings = vec![crate::evidence::Warning { key, kind }];
        let mut out = Vec::new();
        render(&eval, None, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn hostile_text_anywhere_in_the_brief_changes_nothing_but_the_text() {
        let plain = parse(&brief(PLAIN));
        assert_eq!(
            plain
                .iter()
                .filter(|e| matches!(e, Event::Text(t) if t.contains(PLAIN)))
                .count(),
            7,
            "title, item title, question, partner, example, next step, warning"
        );
        for text in HOSTILE.iter().filter(|t| !t.trim().is_empty()) {
            let shown = shown(text);
            let expected: Vec<_> = plain
                .iter()
                .map(|event| match event {
                    Event::Text(t) => Event::Text(t.replace(PLAIN, &shown).into()),
                    event => event.clone(),
                })
                .collect();
            let rendered = parse(&brief(text));
            assert_eq!(rendered, expected, "{text:?}");
        }
    }
}
