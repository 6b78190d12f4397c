//! `--format markdown` and `--brief FILE`: the brief to send to the CSM,
//! written for its reader.
//!
//! A title that names the partner and the project, the date it was
//! prepared and where the case stands; then, in this order: the problem,
//! what is asked of the CSM, what is at stake and by when, what was done
//! first, the examples, and the checklist's state as facts ("Statement of
//! work re-read: yes"), with what is still open and the notes on the
//! examples. No answer key appears. Checklist and answer text is made safe
//! and escaped wherever CommonMark (or GitHub's dialect) would read it as
//! markup, so an answer cannot add a heading, a list, a rule, a link, HTML
//! or a character reference to the brief.

use super::case::{Case, Raised};
use super::fact;
use super::markup::md;
use super::medium::Document;
use crate::checklist::Window;
use crate::i18n::{Messages, t};
use crate::verdict::Evaluation;
use jiff::civil::Date;
use std::io::{self, Write};

pub fn render(eval: &Evaluation, today: Option<Date>, out: &mut dyn Write) -> io::Result<()> {
    let t = t();
    let case = Case::of(eval);
    writeln!(out, "# {}", md(&t.brief_title(case.partner, case.project)))?;
    writeln!(out)?;
    let (verdict, _) = super::headline(eval.verdict, t);
    match today {
        Some(today) => writeln!(out, "{} · {verdict}", md(&t.prepared_on(&t.date(today))))?,
        None => writeln!(out, "{verdict}")?,
    }
    let section = |out: &mut dyn Write, title: &str| -> io::Result<()> {
        writeln!(out)?;
        writeln!(out, "## {title}")?;
        writeln!(out)
    };
    if let Some(problem) = case.problem {
        section(out, t.h_problem())?;
        writeln!(out, "{}", paragraph(problem))?;
    }
    if let Some(ask) = &case.ask {
        section(out, t.h_ask())?;
        writeln!(out, "{}", paragraph(ask))?;
    }
    if case.impact.is_some() || case.deadline.is_some() {
        section(out, t.h_stakes())?;
        if let Some(impact) = case.impact {
            writeln!(out, "{}", paragraph(impact))?;
        }
        if let Some(deadline) = case.deadline {
            if case.impact.is_some() {
                writeln!(out)?;
            }
            writeln!(out, "**{}** {}", t.date_at_risk(), t.date(deadline))?;
        }
    }
    if let Some(done) = done_first(&case, today, t) {
        section(out, t.h_done_first())?;
        writeln!(out, "{}", md(&done))?;
    }
    if !case.examples.is_empty() {
        section(out, t.md_examples())?;
        for example in case.examples {
            writeln!(out, "- {}", md(example))?;
        }
    }
    let facts = facts(eval, t);
    if !facts.is_empty() {
        section(out, t.h_checklist())?;
        for line in facts {
            writeln!(out, "- {}", md(&line))?;
        }
    }
    if !eval.next_steps.is_empty() {
        section(out, t.md_next_steps())?;
        for (n, step) in eval.next_steps.iter().enumerate() {
            writeln!(out, "{}. {}", n + 1, md(&super::step_text(step, t)))?;
        }
    }
    if !eval.warnings.is_empty() {
        section(out, t.warnings())?;
        for warning in &eval.warnings {
            let text = super::warning_text(eval.checklist, warning, t);
            writeln!(out, "- {}", md(&text))?;
        }
    }
    let details = details(eval, t);
    if !details.is_empty() {
        section(out, t.h_details())?;
        for line in details {
            writeln!(out, "- {}", md(&line))?;
        }
    }
    Ok(())
}

/// The brief for `eval`, prepared `today`, as a document for any form:
/// its title is the subject of its email.
pub fn document(eval: &Evaluation, today: Date) -> io::Result<Document> {
    let t = t();
    let case = Case::of(eval);
    let mut body = Vec::new();
    render(eval, Some(today), &mut body)?;
    Ok(Document {
        subject: crate::safe::line(&t.brief_title(case.partner, case.project)).into_owned(),
        subject_line: None,
        body: String::from_utf8_lossy(&body).into_owned(),
        lang: t.code(),
    })
}

/// Text an answer gave, as one paragraph: its lines joined, ended like a
/// sentence.
fn paragraph(text: &str) -> String {
    let mut text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if !text.ends_with(['.', '!', '?', '…', ')', '"', '“', '”']) {
        text.push('.');
    }
    md(&text)
}

/// What was done before escalating: when the concern was raised with the
/// partner, how long ago, and their answer.
fn done_first(case: &Case, today: Option<Date>, t: &dyn Messages) -> Option<String> {
    Some(match &case.raised {
        Raised::Unknown => return None,
        Raised::NotYet => t.not_raised_yet().to_owned(),
        Raised::Resolved => t.resolved_with_partner().to_owned(),
        Raised::Open { on, answer } => {
            let when = on.map(|on| {
                let days = today.and_then(|today| Window::waited(on, today));
                (t.date(on), days)
            });
            let raised = t.raised_with(case.partner, when.as_ref().map(|(d, n)| (d.as_str(), *n)));
            let answer = match answer {
                Some(answer) => t.their_answer(answer),
                None => t.no_answer_yet().to_owned(),
            };
            format!("{raised} {answer}")
        }
    })
}

/// The checklist's state as facts: each answered question of the items,
/// by its label, with its answer; the examples by their number.
fn facts(eval: &Evaluation, t: &dyn Messages) -> Vec<String> {
    let graded = eval.items.iter().flat_map(|i| &i.questions);
    graded
        .filter(|g| !g.entry.for_documents())
        .filter_map(|g| {
            let value = &g.answer?.value;
            let q = g.entry.question;
            // The examples are listed in their own section.
            let listed = value.as_list().filter(|_| q.evidence);
            Some(match listed {
                Some(entries) => fact(q, &t.listed_above(entries.len())),
                None => fact(q, &value.text(q, t)),
            })
        })
        .collect()
}

/// The context the roles above did not use (the product, the project, how
/// to reach the merchant), as facts.
fn details(eval: &Evaluation, t: &dyn Messages) -> Vec<String> {
    use crate::checklist::Role;
    // The problem as the partner reads it is the note's, not the brief's.
    let shown_above = [
        Role::Partner,
        Role::Problem,
        Role::NoteProblem,
        Role::Ask,
        Role::AskDetail,
        Role::Impact,
        Role::Deadline,
    ];
    eval.context
        .iter()
        .filter(|g| {
            !g.entry
                .question
                .role
                .is_some_and(|r| shown_above.contains(&r))
        })
        .filter_map(|g| {
            let q = g.entry.question;
            Some(fact(q, &g.answer?.value.text(q, t)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::render;
    use crate::answers::Value;
    use crate::checklist::load_str;
    use crate::clock::Clock;
    use crate::i18n::Lang;
    use crate::report::markup::tests::{HOSTILE, parse, shown};
    use pulldown_cmark::Event;

    /// Placeholder text: no escape changes it, and it occurs nowhere else.
    const PLAIN: &str = "Placeholder";

    /// The brief with `text` as the partner, the project, the partner's
    /// answer, an example, a label, a next step and a warning: every slot
    /// that quotes text as it is (the paragraphs join lines, see below).
    fn brief(text: &str) -> String {
        let mut checklist = load_str("en", Lang::En.checklist()).unwrap();
        checklist.items[0].questions[0].label = Some(text.into());
        let answers = crate::report::answers(&[
            ("context.partner", Value::Text(text.into())),
            ("context.project", Value::Text(text.into())),
            ("scope.reviewed-deliverables", Value::Bool(true)),
            ("scope.deliverables-added", Value::Bool(false)),
            ("partner-contact.raised", Value::Choice("unresolved".into())),
            (
                "partner-contact.raised-on",
                Value::Date(jiff::civil::date(2020, 1, 6)),
            ),
            ("partner-contact.partner-answer", Value::Text(text.into())),
            ("specificity.examples", Value::List(vec![text.into()])),
        ]);
        let mut eval = crate::verdict::evaluate(&checklist, &answers, &Clock::default()).unwrap();
        let step = crate::verdict::Step {
            kind: crate::verdict::StepKind::Advice,
            key: "scope.reviewed-deliverables".into(),
            advice: Some(text),
            prompt: text,
            from: None,
            answer_by: None,
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
            "title, what was done, example, fact, next step, warning, project"
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

    #[test]
    fn answers_that_span_lines_are_one_paragraph_of_text() {
        for text in HOSTILE.iter().filter(|t| !t.trim().is_empty()) {
            let events = parse(&super::paragraph(text));
            assert!(
                matches!(events.as_slice(), [Event::Start(_), .., Event::End(_)]),
                "{text:?}: {events:?}"
            );
            let blocks = events
                .iter()
                .filter(|e| matches!(e, Event::Start(pulldown_cmark::Tag::Paragraph)))
                .count();
            assert_eq!(blocks, 1, "{text:?}: {events:?}");
        }
    }
}
