//! The case the documents make, gathered from the graded answers by the
//! role each question plays (`checklist::Role`): whom it is about, what is
//! wrong, what is asked, what is at stake, what was done first, and the
//! examples. Questions without a role still show in the brief's checklist.

use crate::checklist::{Outcome, Role, Window};
use crate::i18n::t;
use crate::verdict::{Evaluation, Graded};
use jiff::civil::Date;

/// What the documents say, each part only if it was answered.
#[derive(Debug, Default)]
pub struct Case<'a> {
    pub partner: Option<&'a str>,
    pub project: Option<&'a str>,
    pub problem: Option<&'a str>,
    /// The ask in words: the chosen option's label, or the merchant's own.
    pub ask: Option<String>,
    pub impact: Option<&'a str>,
    pub deadline: Option<Date>,
    pub raised: Raised<'a>,
    /// The merchant re-read what the partner agreed to deliver.
    pub reviewed: Option<bool>,
    /// Deliverables were added after the start.
    pub added: Option<bool>,
    pub examples: &'a [String],
    /// The response window, of the question that waits for it.
    pub window: Option<Window>,
}

/// Where the concern stands with the partner.
#[derive(Debug, Default, PartialEq, Eq)]
pub enum Raised<'a> {
    #[default]
    Unknown,
    NotYet,
    Resolved,
    /// Raised (on a date, if known), and still open; the partner's answer.
    Open {
        on: Option<Date>,
        answer: Option<&'a str>,
    },
}

impl<'a> Case<'a> {
    pub fn of(eval: &'a Evaluation) -> Case<'a> {
        let graded = || {
            eval.context
                .iter()
                .chain(eval.items.iter().flat_map(|i| &i.questions))
        };
        let by_role = |role: Role| graded().find(|g| g.entry.question.role == Some(role));
        let value = |role| by_role(role).and_then(|g| g.answer.map(|a| &a.value));
        let text = |role| {
            let text = value(role)?.as_text()?.trim();
            (!text.is_empty()).then_some(text)
        };
        let date = |role| value(role)?.as_date();
        let yes = |role| value(role)?.as_bool();
        let ask = text(Role::AskDetail).map(str::to_owned).or_else(|| {
            let g = by_role(Role::Ask)?;
            g.answer.map(|a| a.value.text(g.entry.question, t()))
        });
        let raised = match by_role(Role::Raised).and_then(outcome) {
            Some(Outcome::Fail) => Raised::NotYet,
            Some(Outcome::Stop) => Raised::Resolved,
            Some(Outcome::Pass) => Raised::Open {
                on: date(Role::RaisedOn),
                answer: text(Role::PartnerAnswer),
            },
            None => Raised::Unknown,
        };
        let examples = value(Role::Examples)
            .and_then(|v| v.as_list())
            .unwrap_or_default();
        let window = by_role(Role::RaisedOn)
            .and_then(|g| Window::of(g.entry.question))
            .or_else(|| graded().find_map(|g| Window::of(g.entry.question)));
        Case {
            partner: text(Role::Partner),
            project: text(Role::Project),
            problem: text(Role::Problem),
            ask,
            impact: text(Role::Impact),
            deadline: date(Role::Deadline),
            raised,
            reviewed: yes(Role::Reviewed),
            added: yes(Role::Added),
            examples,
            window,
        }
    }
}

/// The outcome of the option chosen for `g`, a choice.
fn outcome(g: &Graded) -> Option<Outcome> {
    let chosen = g.answer?.value.as_choice()?;
    g.entry.question.option(chosen)?.outcome
}
