//! `--partner-note FILE`: a draft message to the partner, to paste into an
//! email, in the language of the run.
//!
//! Written before an escalation, to make one unnecessary: it names the
//! problem, shows the examples, says what the merchant checked first (the
//! scope answers), and asks for an answer by a date, today plus the
//! checklist's response window. If the concern was raised before and is
//! still open, it follows up on that message. Plain text, made safe.

use super::case::{Case, Raised};
use crate::i18n::{Messages, t};
use crate::safe;
use crate::verdict::Evaluation;
use jiff::civil::Date;
use std::io::{self, Write};

pub fn render(eval: &Evaluation, today: Date, out: &mut dyn Write) -> io::Result<()> {
    let t = t();
    let case = Case::of(eval);
    let by = case
        .window
        .and_then(|window| window.answer_by(today, case.deadline));
    for line in lines(&case, by, t) {
        writeln!(out, "{}", safe::block(&line))?;
    }
    Ok(())
}

/// The message, line by line; untrusted text is not yet made safe.
fn lines(case: &Case, by: Option<Date>, t: &dyn Messages) -> Vec<String> {
    let by = by.map(|by| t.date(by));
    let mut lines = vec![
        t.note_subject(case.project, by.as_deref()),
        String::new(),
        t.note_greeting(case.partner),
        String::new(),
    ];
    match case.raised {
        Raised::Open { on: Some(on), .. } => lines.push(t.note_follow_up(&t.date(on))),
        _ => lines.push(t.note_opening(case.project)),
    }
    if let Some(problem) = case.problem {
        lines.push(String::new());
        lines.push(problem.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    if !case.examples.is_empty() {
        lines.push(String::new());
        lines.push(t.note_examples().to_owned());
        lines.extend(case.examples.iter().map(|e| format!("- {}", e.trim())));
    }
    let checked: Vec<&str> = [
        (case.reviewed == Some(true)).then(|| t.note_reviewed()),
        (case.added == Some(true)).then(|| t.note_added()),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !checked.is_empty() {
        lines.push(String::new());
        lines.push(checked.join(" "));
    }
    lines.push(String::new());
    lines.push(t.note_request(by.as_deref()));
    lines.push(String::new());
    lines.push(t.note_closing().to_owned());
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn a_raised_concern_with_a_date_is_followed_up_and_the_rest_as_answered() {
        let t = Lang::En.messages();
        let on = jiff::civil::date(2026, 11, 10);
        let examples = [" #48 ".to_owned()];
        let case = Case {
            problem: Some("Checkout\n  fails"),
            raised: Raised::Open {
                on: Some(on),
                answer: None,
            },
            reviewed: Some(true),
            added: Some(false),
            examples: &examples,
            ..Case::default()
        };
        let lines = lines(&case, None, t);
        assert!(lines.contains(&t.note_follow_up(&t.date(on))), "{lines:#?}");
        assert!(lines.contains(&"Checkout fails".to_owned()), "{lines:#?}");
        assert!(lines.contains(&"- #48".to_owned()), "{lines:#?}");
        assert!(lines.contains(&t.note_reviewed().to_owned()), "{lines:#?}");
        assert!(
            !lines.iter().any(|l| l.contains(t.note_added())),
            "{lines:#?}"
        );
    }

    #[test]
    fn a_concern_without_a_date_is_opened_and_nothing_unanswered_is_said() {
        let t = Lang::En.messages();
        let open = Raised::Open {
            on: None,
            answer: None,
        };
        for raised in [open, Raised::NotYet] {
            let case = Case {
                raised,
                added: Some(true),
                ..Case::default()
            };
            let lines = lines(&case, None, t);
            let expected = [
                t.note_subject(None, None),
                String::new(),
                t.note_greeting(None),
                String::new(),
                t.note_opening(None),
                String::new(),
                t.note_added().to_owned(),
                String::new(),
                t.note_request(None),
                String::new(),
                t.note_closing().to_owned(),
            ];
            assert_eq!(lines, expected);
        }
        let bare = lines(&Case::default(), None, t);
        assert_eq!(bare.len(), 9, "{bare:#?}");
    }
}
