//! The checklist model: what a checklist file says, as Rust types.
//!
//! A checklist has optional `context` questions (they only fill the
//! documents escalate writes) and one or more `items`, each with questions
//! (`question.rs`: a question and every rule of its kind); a question's
//! `role` (in `role.rs`) says what its answer is in those documents. `load` turns YAML into these types, `validate` checks the
//! rules serde cannot express, and `crate::locate` finds where in the file
//! a problem is. The shipped checklists are each language's own
//! (`crate::i18n`).
//!
//! The types of the format stay together, so that it reads in one place;
//! that makes the file a little longer than most.

mod built_in;
pub mod holidays;
mod load;
mod meant;
mod question;
mod role;
mod scalar;
mod validate;
mod window;

use schemars::JsonSchema;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

pub use built_in::load as load_built_in;
pub use load::{load_bytes, load_file, load_str};
pub use question::{
    Asking, ChoiceOption, Expected, Grade, Kind, KindWords, Outcome, Question, Raw, Value, Written,
};
pub use role::Role;
use scalar::whole;
pub use scalar::{Scalar, YesNo};
pub use window::{AnswerBy, Due, LIVE_DOWN, Pressure, Why, Window, working_days_after};

/// The section name used for the `context` questions in answer keys.
pub const CONTEXT: &str = "context";

/// The value a `when` looks for in a text question's answer: one that
/// gives something.
pub const GIVEN: &str = "given";

/// The only checklist schema version this release reads.
pub const SCHEMA: u32 = 1;

/// A whole checklist file.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    #[serde(deserialize_with = "whole::number")]
    pub schema: u32,
    pub id: String,
    pub lang: String,
    pub title: String,
    #[serde(default)]
    pub intro: Option<String>,
    #[serde(default)]
    pub context: Vec<Question>,
    pub items: Vec<Item>,
    /// Answer key → (item, question) positions, built by the first
    /// [`Checklist::entry`] call; `None` is the context section.
    #[serde(skip)]
    #[schemars(skip)]
    index: OnceLock<HashMap<String, (Option<usize>, usize)>>,
}

/// One best-practice item, such as "scope".
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub guidance: Option<String>,
    pub questions: Vec<Question>,
}

/// `when: {question: ID, is: VALUE}` or `when: {question: ID, in: [A, B]}`;
/// `when: {question: ID}` alone: whenever that question has an answer.
/// VALUE is `yes` or `no` for a confirm question, an option's value for a
/// choice, and `given` for a text: its answer names something, neither
/// blank nor a placeholder ("n/a", „weiß nicht").
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct When {
    pub question: String,
    #[serde(default)]
    pub is: Option<Scalar>,
    #[serde(default, rename = "in")]
    pub in_: Option<Vec<Scalar>>,
}

impl When {
    /// Is the question asked whenever the other one has an answer, of
    /// any value?
    pub fn on_answer(&self) -> bool {
        self.is.is_none() && self.in_.is_none()
    }

    /// The values for which the question is asked.
    pub fn values(&self) -> impl Iterator<Item = &str> {
        self.is
            .iter()
            .chain(self.in_.iter().flatten())
            .map(|s| s.0.as_str())
    }
}

/// A question together with the section it belongs to and its answer key.
#[derive(Debug, Clone, Copy)]
pub struct Entry<'a> {
    /// `context` or the item's id.
    pub section: &'a str,
    /// The item, or `None` for a context question.
    pub item: Option<&'a Item>,
    pub question: &'a Question,
}

impl Entry<'_> {
    /// Is this question asked only when a document is written?
    pub fn for_documents(&self) -> bool {
        self.item.is_none() || self.question.brief
    }

    /// The answer key, `section.question`.
    pub fn key(&self) -> String {
        format!("{}.{}", self.section, self.question.id)
    }

    /// Does `key` name this entry? (No allocation.)
    pub fn is_key(&self, key: &str) -> bool {
        key.strip_prefix(self.section)
            .and_then(|rest| rest.strip_prefix('.'))
            == Some(self.question.id.as_str())
    }
}

impl Checklist {
    /// Every question in the order it is asked: context first, then items.
    pub fn entries(&self) -> impl Iterator<Item = Entry<'_>> {
        let context = self.context.iter().map(|q| Entry {
            section: CONTEXT,
            item: None,
            question: q,
        });
        let items = self.items.iter().flat_map(|item| {
            item.questions.iter().map(move |q| Entry {
                section: &item.id,
                item: Some(item),
                question: q,
            })
        });
        context.chain(items)
    }

    /// Every question as `show` and `template` list it: the items' in
    /// order, then the context questions, which are asked last.
    pub fn listed(&self) -> impl Iterator<Item = Entry<'_>> {
        let entries = || self.entries();
        entries()
            .filter(|e| e.item.is_some())
            .chain(entries().filter(|e| e.item.is_none()))
    }

    /// The entry with this answer key.
    pub fn entry(&self, key: &str) -> Option<Entry<'_>> {
        let index = self.index.get_or_init(|| {
            let mut index = HashMap::new();
            for (j, q) in self.context.iter().enumerate() {
                index
                    .entry(format!("{CONTEXT}.{}", q.id))
                    .or_insert((None, j));
            }
            for (i, item) in self.items.iter().enumerate() {
                for (j, q) in item.questions.iter().enumerate() {
                    index
                        .entry(format!("{}.{}", item.id, q.id))
                        .or_insert((Some(i), j));
                }
            }
            index
        });
        Some(match *index.get(key)? {
            (None, j) => Entry {
                section: CONTEXT,
                item: None,
                question: &self.context[j],
            },
            (Some(i), j) => Entry {
                section: &self.items[i].id,
                item: Some(&self.items[i]),
                question: &self.items[i].questions[j],
            },
        })
    }

    /// The question with `role`, if one has it.
    pub fn role(&self, role: Role) -> Option<Entry<'_>> {
        self.entries().find(|e| e.question.role == Some(role))
    }

    /// The response window: that of the question the concern was raised
    /// on, else of the first question that waits for one.
    pub fn window(&self) -> Option<Window> {
        self.role(Role::RaisedOn)
            .and_then(|e| Window::of(e.question))
            .or_else(|| self.entries().find_map(|e| Window::of(e.question)))
    }

    /// Every answer key, in order.
    pub fn keys(&self) -> Vec<String> {
        self.entries().map(|e| e.key()).collect()
    }
}
