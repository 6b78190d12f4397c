//! A question, and every rule of the kind of answer it takes.
//!
//! A kind is one concept, written here: its name, the fields only it
//! takes, the [`Value`] its answer is, how a [`Raw`] answer is read into
//! one and what it [`Expected`] when it does not fit, the values a `when`
//! can look for, how it is asked ([`Asking`]: `crate::prompt` and the
//! piped lines ask that way), what an answer decides ([`Grade`]), and how
//! it is shown and written back. Each matches every kind, with no arm for
//! "the others", so a new kind does not compile until each has said what it
//! does; its words are asked of every language by [`KindWords`].
//!
//! A question's fields stay with its kinds, since most of them belong to
//! one kind; together that makes the file long, and a new kind is written
//! in this one file.

use super::scalar::whole;
use super::{Due, GIVEN, Pressure, Role, When, Window, YesNo};
use crate::clock::{BadDate, BadEpoch, Clock, DateShape, DateWords, typed_date};
use jiff::civil::Date;
use schemars::JsonSchema;
use serde::Deserialize;
use std::borrow::Cow;

/// The kind of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Confirm,
    Choice,
    Text,
    List,
    Date,
}

/// How a question is asked: at the terminal (`crate::prompt`) and from
/// piped lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asking {
    /// One typed line.
    Line,
    /// Typed text, which a paste may spread over lines; a long one may be
    /// written in the editor.
    Text,
    /// A pick from the question's options.
    Pick,
    /// Entries, one per line, until an empty line.
    Entries,
}

impl Kind {
    /// The kind as a checklist writes it.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Confirm => "confirm",
            Kind::Choice => "choice",
            Kind::Text => "text",
            Kind::List => "list",
            Kind::Date => "date",
        }
    }

    pub fn asking(self) -> Asking {
        match self {
            Kind::Confirm | Kind::Date => Asking::Line,
            Kind::Text => Asking::Text,
            Kind::Choice => Asking::Pick,
            Kind::List => Asking::Entries,
        }
    }

    /// What is typed at its prompt (`yes/no`, `YYYY-MM-DD`), if the prompt
    /// says: in `words`.
    pub fn format<W: KindWords + ?Sized>(self, words: &W) -> Option<&'static str> {
        match self {
            Kind::Confirm | Kind::Date => Some(words.topic(self)),
            Kind::Choice | Kind::Text | Kind::List => None,
        }
    }

    /// The most characters its answer (a list: each entry) may have, in
    /// all and in one line; `None` where the answer is a word or a date.
    pub fn limit(self) -> Option<(usize, usize)> {
        use crate::limits::{ANSWER_LINE, ANSWER_TEXT};
        match self {
            Kind::Text | Kind::List => Some((ANSWER_TEXT, ANSWER_LINE)),
            Kind::Confirm | Kind::Choice | Kind::Date => None,
        }
    }

    /// `text` within [`Kind::limit`], or what it should have been.
    fn within(self, text: &str) -> Result<(), Expected> {
        let Some((most, line)) = self.limit() else {
            return Ok(());
        };
        if text.chars().count() > most {
            return Err(Expected::AtMost(most));
        }
        if text.lines().any(|l| l.chars().count() > line) {
            return Err(Expected::LinesOfAtMost(line));
        }
        Ok(())
    }

    /// Do its answers need today's date, to be read or graded?
    pub fn needs_today(self) -> bool {
        match self {
            Kind::Date => true,
            Kind::Confirm | Kind::Choice | Kind::Text | Kind::List => false,
        }
    }
}

/// What a language says about the kinds and their answers. Each language
/// in `crate::i18n` implements it next to its other sentences, so a kind
/// that needs a new word asks every language for it here.
pub trait KindWords {
    /// Words that answer a yes/no question with yes, lowercase (`yes`, `y`).
    /// Answers are read in every language at once.
    fn yes_words(&self) -> &'static [&'static str];
    /// Words that answer a yes/no question with no, lowercase.
    fn no_words(&self) -> &'static [&'static str];
    /// How a date is typed besides `YYYY-MM-DD`.
    fn date_shapes(&self) -> &'static [DateShape];
    /// The words dates are typed with at the prompt (`today`, `Nov`).
    fn date_words(&self) -> &'static DateWords;
    /// A yes/no answer as it is shown.
    fn yes(&self) -> &'static str;
    fn no(&self) -> &'static str;
    /// An empty list, as it is shown.
    fn none(&self) -> &'static str;
    /// A date as the language writes it for a reader.
    fn date(&self, date: Date) -> String;
    /// What a question of `kind` is called at its prompt when it has no
    /// label (`yes/no`, `YYYY-MM-DD`, `answer`).
    fn topic(&self, kind: Kind) -> &'static str;
    /// What an answer of `kind` is, for the template; `allowed` lists the
    /// values a choice takes.
    fn note(&self, kind: Kind, allowed: &str) -> String;
    /// What an answer should have been.
    fn expected(&self, expected: &Expected) -> String;
}

/// One question. Which optional fields are allowed depends on `kind`;
/// `validate` enforces that.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub kind: Kind,
    pub prompt: String,
    #[serde(default)]
    pub help: Option<String>,
    /// An optional question may be left unanswered.
    #[serde(default)]
    pub optional: bool,
    #[serde(default)]
    pub when: Option<When>,
    /// confirm: the answer that passes.
    #[serde(default)]
    pub pass: Option<YesNo>,
    /// Shown as a next step when the answer does not pass.
    #[serde(default)]
    pub advice: Option<String>,
    /// choice: the options, in the order they are offered.
    #[serde(default)]
    pub options: Vec<ChoiceOption>,
    /// list: fewer entries than this fails.
    #[serde(default, deserialize_with = "whole::optional")]
    pub min: Option<usize>,
    /// list: fewer entries than this gives a warning.
    #[serde(default, deserialize_with = "whole::optional")]
    pub recommend: Option<usize>,
    /// list: warn about entries with no date, link or reference id.
    #[serde(default)]
    pub evidence: bool,
    /// date: fails until this many working days have passed, or until the
    /// working day before a nearer date at risk (`checklist/window.rs`).
    #[serde(default, deserialize_with = "whole::optional")]
    pub wait_days: Option<u32>,
    /// date: the date may lie in the future (a go-live at risk).
    #[serde(default)]
    pub future: bool,
    /// A short statement of what the answer records, for the brief
    /// (`Statement of work re-read`); without one, the brief quotes the
    /// question.
    #[serde(default)]
    pub label: Option<String>,
    /// Asked only when a document (the brief, the note to the partner) is
    /// written, after the checklist; decides nothing. Context questions
    /// always are.
    #[serde(default)]
    pub brief: bool,
    /// What the answer is in the documents.
    #[serde(default)]
    pub role: Option<Role>,
}

/// One option of a choice question.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    pub value: String,
    pub label: String,
    #[serde(default)]
    pub outcome: Option<Outcome>,
    #[serde(default)]
    pub advice: Option<String>,
}

/// What picking a choice option means for the verdict.
// Any answer that decides something decides one of these (`Grade`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Pass,
    Fail,
    Stop,
}

/// A typed answer: one variant for each kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// confirm
    Bool(bool),
    /// text, as given
    Text(String),
    /// choice: the option's value
    Choice(String),
    /// date
    Date(Date),
    /// list: its entries, none of them blank
    List(Vec<String>),
}

/// A value as a file, flag or line wrote it, before it is read for its
/// question.
#[derive(Debug, Clone, PartialEq)]
pub enum Raw {
    /// A scalar as written: a string, or a number or boolean in a file,
    /// with its text kept (`1.10`, not `1.1`).
    Text(String),
    List(Vec<Raw>),
    /// `null` or nothing: not answered.
    Null,
    /// A map, with its scalar keys: always the wrong kind.
    Map(Vec<(String, Raw)>),
}

/// What an answer should have been.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    YesNo,
    /// One of these options, each its value and label, or a number up to
    /// their count; `meant`, the index of the option the answer most
    /// likely meant, to suggest.
    Choice {
        options: Vec<(String, String)>,
        meant: Option<usize>,
    },
    Text,
    /// Text, not blank: a required question cannot be left empty.
    NotBlank,
    List,
    Date,
    /// A date the calendar does not have (`2026-11-31`).
    NoSuchDay,
    /// A date no later than today.
    NotAfter(Date),
    /// Text of at most this many characters (a list: each entry).
    AtMost(usize),
    /// Text whose lines have at most this many characters each.
    LinesOfAtMost(usize),
}

/// What an answer decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grade<'q> {
    pub outcome: Outcome,
    /// For a failure: what to do, the option's advice or else the
    /// question's.
    pub advice: Option<&'q str>,
    /// For a date that has not had its response window: the first day it
    /// has, and why then.
    pub from: Option<Due>,
}

/// An answer as an answers file or the JSON report writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Written<'a> {
    Bool(bool),
    Text(Cow<'a, str>),
    List(&'a [String]),
}

impl Question {
    /// The option with this value, for a choice question.
    pub fn option(&self, value: &str) -> Option<&ChoiceOption> {
        self.options.iter().find(|o| o.value == value)
    }

    /// Does this question decide anything, or only inform?
    pub fn is_graded(&self) -> bool {
        match self.kind {
            Kind::Confirm => self.pass.is_some(),
            Kind::Choice => self.options.iter().any(|o| o.outcome.is_some()),
            Kind::List => self.min.is_some(),
            Kind::Date => Window::of(self).is_some(),
            Kind::Text => false,
        }
    }

    /// The fields only one kind takes: each by name, with that kind, and
    /// whether this question has it.
    pub fn own_fields(&self) -> [(&'static str, Kind, bool); 7] {
        [
            ("pass", Kind::Confirm, self.pass.is_some()),
            ("options", Kind::Choice, !self.options.is_empty()),
            ("min", Kind::List, self.min.is_some()),
            ("recommend", Kind::List, self.recommend.is_some()),
            ("evidence", Kind::List, self.evidence),
            ("wait_days", Kind::Date, self.wait_days.is_some()),
            ("future", Kind::Date, self.future),
        ]
    }

    /// The values a `when` can look for in this question's answer, if a
    /// `when` can look at it at all: a text's is [`GIVEN`].
    pub fn conditions(&self) -> Option<Vec<&str>> {
        match self.kind {
            Kind::Confirm => Some(vec!["yes", "no"]),
            Kind::Choice => Some(self.options.iter().map(|o| o.value.as_str()).collect()),
            Kind::Text => Some(vec![GIVEN]),
            Kind::List | Kind::Date => None,
        }
    }

    /// What this question accepts.
    pub fn expected(&self) -> Expected {
        match self.kind {
            Kind::Confirm => Expected::YesNo,
            Kind::Choice => Expected::Choice {
                options: (self.options.iter())
                    .map(|o| (o.value.clone(), o.label.clone()))
                    .collect(),
                meant: None,
            },
            Kind::Text => Expected::Text,
            Kind::List => Expected::List,
            Kind::Date => Expected::Date,
        }
    }

    /// The values it takes, for templates (`yes, no` or the options).
    pub fn allowed(&self) -> String {
        match self.kind {
            Kind::Confirm => "yes, no".into(),
            Kind::Choice => self
                .options
                .iter()
                .map(|o| o.value.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            Kind::Date => "YYYY-MM-DD".into(),
            Kind::Text | Kind::List => String::new(),
        }
    }

    /// What its answer is, as the template notes it.
    pub fn note<W: KindWords + ?Sized>(&self, words: &W) -> String {
        words.note(self.kind, &self.allowed())
    }

    /// Turns `raw` into the answer to this question, in the words of the
    /// languages in `every`, or says what it expected. The clock is read
    /// for date questions only.
    pub fn read<'w, W: KindWords + ?Sized + 'w>(
        &self,
        raw: &Raw,
        clock: &Clock,
        every: impl Iterator<Item = &'w W> + Clone,
    ) -> Result<Value, Expected> {
        // Every kind but a list takes one scalar.
        let scalar = || match raw {
            Raw::Text(text) => Ok(text.as_str()),
            Raw::List(_) | Raw::Null | Raw::Map(_) => Err(self.expected()),
        };
        match self.kind {
            Kind::Confirm => yes_no(scalar()?, every)
                .map(Value::Bool)
                .ok_or(Expected::YesNo),
            Kind::Choice => self.choice(scalar()?.trim()),
            Kind::Text => match scalar()? {
                text if text.trim().is_empty() => Err(Expected::NotBlank),
                text => {
                    self.kind.within(text)?;
                    Ok(Value::Text(text.to_owned()))
                }
            },
            Kind::List => {
                let list = self.list(raw)?;
                for entry in list.as_list().unwrap_or_default() {
                    self.kind.within(entry)?;
                }
                Ok(list)
            }
            Kind::Date => self.date(scalar()?.trim(), clock, every),
        }
    }

    /// Does `raw` leave this question open? `null` does, for any question;
    /// for an optional one, so do blank text (whatever its kind: an empty
    /// choice is no choice) and an empty list, as an empty line does at
    /// the terminal; and blank text for one asked only `when` an earlier
    /// answer says so, as if it were not there: the run asks for it, or
    /// says it is missing, only if that answer says so.
    pub fn left_open(&self, raw: &Raw) -> bool {
        let blank = match raw {
            Raw::Null => return true,
            Raw::Text(text) => text.trim().is_empty(),
            Raw::List(items) => self.kind == Kind::List && items.is_empty(),
            Raw::Map(_) => false,
        };
        // An empty list is an answer to a required list: none.
        let empty_list = matches!(raw, Raw::List(_));
        blank && (self.optional || (self.when.is_some() && !empty_list))
    }

    /// A list: a sequence of text entries, or one entry.
    fn list(&self, raw: &Raw) -> Result<Value, Expected> {
        match raw {
            Raw::Text(text) => Ok(Value::List(entries([text.as_str()]))),
            Raw::List(items) => items
                .iter()
                .map(|item| match item {
                    Raw::Text(text) => Ok(text.as_str()),
                    Raw::List(_) | Raw::Null | Raw::Map(_) => Err(Expected::List),
                })
                .collect::<Result<Vec<_>, _>>()
                .map(|items| Value::List(entries(items))),
            Raw::Null | Raw::Map(_) => Err(Expected::List),
        }
    }

    /// A choice by its number (digits only, from 1) or by its value
    /// (exactly, else ignoring ASCII case). A number always means a
    /// position: option values are never all digits (`validate` refuses
    /// them), so `2` cannot name both the second option and an option
    /// called `2`.
    fn choice(&self, text: &str) -> Result<Value, Expected> {
        let option = if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
            text.parse::<usize>()
                .ok()
                .and_then(|n| n.checked_sub(1))
                .and_then(|n| self.options.get(n))
        } else {
            self.option(text).or_else(|| {
                self.options
                    .iter()
                    .find(|o| o.value.eq_ignore_ascii_case(text))
            })
        };
        option
            .map(|o| Value::Choice(o.value.clone()))
            .ok_or_else(|| match self.expected() {
                Expected::Choice { options, .. } => Expected::Choice {
                    options,
                    meant: super::meant::meant(text, &self.options),
                },
                other => other,
            })
    }

    /// A date as typed in any language, no later than today unless it may
    /// lie in the `future`.
    fn date<'w, W: KindWords + ?Sized + 'w>(
        &self,
        text: &str,
        clock: &Clock,
        every: impl Iterator<Item = &'w W>,
    ) -> Result<Value, Expected> {
        let shapes = every.flat_map(|lang| lang.date_shapes());
        let date = typed_date(text, shapes).map_err(|bad| match bad {
            BadDate::Shape => Expected::Date,
            BadDate::NoSuchDay => Expected::NoSuchDay,
        })?;
        if !self.future {
            // A clock that cannot say the date was refused before any answer.
            let today = clock.today().map_err(|_| Expected::Date)?;
            if date > today {
                return Err(Expected::NotAfter(today));
            }
        }
        Ok(Value::Date(date))
    }

    /// What `value`, the answer to this question, decides; `None` when it
    /// decides nothing. The clock is read for a date that waits for the
    /// response window, which the case's `pressure` (its date at risk, a
    /// live shop that is down) may close early ([`Window::due`]).
    pub fn grade(
        &self,
        value: &Value,
        clock: &Clock,
        pressure: Pressure,
    ) -> Result<Option<Grade<'_>>, BadEpoch> {
        let advice = self.advice.as_deref();
        let passed = |passed: bool| Grade {
            outcome: if passed { Outcome::Pass } else { Outcome::Fail },
            advice: (!passed).then_some(advice).flatten(),
            from: None,
        };
        Ok(match value {
            Value::Bool(yes) => self.pass.map(|pass| passed(*yes == pass.0)),
            Value::Choice(chosen) => {
                let option = self.option(chosen);
                option.and_then(|o| o.outcome).map(|outcome| Grade {
                    outcome,
                    advice: match outcome {
                        Outcome::Fail => option.and_then(|o| o.advice.as_deref()).or(advice),
                        Outcome::Pass | Outcome::Stop => None,
                    },
                    from: None,
                })
            }
            Value::Text(_) => None,
            Value::List(entries) => self.min.map(|min| passed(entries.len() >= min)),
            Value::Date(raised) => match Window::of(self) {
                Some(window) if window.passed(*raised, clock.today()?, pressure) => {
                    Some(passed(true))
                }
                Some(window) => Some(Grade {
                    from: window.due(*raised, pressure),
                    ..passed(false)
                }),
                None => None,
            },
        })
    }
}

/// `true`, `false`, or a word for yes or no in one of the languages in
/// `every` (`y`, `ja`, `n`, `nein`, …), in any case.
fn yes_no<'w, W: KindWords + ?Sized + 'w>(
    text: &str,
    every: impl Iterator<Item = &'w W> + Clone,
) -> Option<bool> {
    let word = text.trim().to_lowercase();
    let said = |words: fn(&W) -> &'static [&'static str]| {
        every
            .clone()
            .any(|lang| words(lang).contains(&word.as_str()))
    };
    match word.as_str() {
        "true" => Some(true),
        "false" => Some(false),
        _ if said(W::yes_words) => Some(true),
        _ if said(W::no_words) => Some(false),
        _ => None,
    }
}

/// List entries without surrounding blanks; a blank entry is no entry, so
/// it cannot count as evidence.
fn entries<'a>(items: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    items
        .into_iter()
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .map(str::to_owned)
        .collect()
}

impl Value {
    /// Does this answer say something: not blank text, not an empty list?
    pub fn is_given(&self) -> bool {
        match self {
            Value::Text(text) => !text.trim().is_empty(),
            Value::List(list) => !list.is_empty(),
            Value::Bool(_) | Value::Choice(_) | Value::Date(_) => true,
        }
    }

    /// The value as `when` compares it: `yes`/`no`, an option's value, or
    /// [`GIVEN`] for a text that gives something by the documents' rule
    /// (`crate::report::given`): not blank, not a placeholder such as
    /// "n/a" or „weiß nicht", and not opening with one („keine Ahnung,
    /// vielleicht Herr Kurz": kept for the CSM, but no answer to build
    /// on).
    pub fn as_condition(&self) -> Option<&str> {
        match self {
            Value::Bool(true) => Some("yes"),
            Value::Bool(false) => Some("no"),
            Value::Choice(value) => Some(value),
            Value::Text(text) => crate::report::given::given(text)
                .filter(|text| !crate::report::given::unsure(text))
                .map(|_| GIVEN),
            Value::Date(_) | Value::List(_) => None,
        }
    }

    /// Does this answer to `q` settle the matter (a choice whose outcome is
    /// `stop`)? Decided without the clock, so that a walk can end there.
    pub fn stops(&self, q: &Question) -> bool {
        match self {
            Value::Choice(chosen) => {
                q.option(chosen).and_then(|o| o.outcome) == Some(Outcome::Stop)
            }
            Value::Bool(_) | Value::Text(_) | Value::Date(_) | Value::List(_) => false,
        }
    }

    /// Adds `more` to this answer, given for the same question again:
    /// further entries of a list. Whether it could; any other answer is
    /// given once.
    pub fn add(&mut self, more: Value) -> bool {
        match (self, more) {
            (Value::List(entries), Value::List(more)) => {
                entries.extend(more);
                true
            }
            (Value::Bool(_) | Value::Text(_) | Value::Choice(_) | Value::Date(_), _)
            | (Value::List(_), _) => false,
        }
    }

    /// The answer to `q` as a person reads it, in `words`: yes or no, a
    /// choice's label, list entries joined by `; `, a date as the language
    /// writes it. Not yet made safe.
    pub fn text<W: KindWords + ?Sized>(&self, q: &Question, words: &W) -> String {
        match self {
            Value::Bool(true) => words.yes().to_owned(),
            Value::Bool(false) => words.no().to_owned(),
            Value::Choice(v) => q.option(v).map_or_else(|| v.clone(), |o| o.label.clone()),
            Value::Text(v) => v.clone(),
            Value::Date(d) => words.date(*d),
            Value::List(items) if items.is_empty() => words.none().to_owned(),
            Value::List(items) => items.join("; "),
        }
    }

    /// The answer as a file writes it: a choice by its value, a date as
    /// `YYYY-MM-DD`.
    pub fn written(&self) -> Written<'_> {
        match self {
            Value::Bool(yes) => Written::Bool(*yes),
            Value::Text(text) | Value::Choice(text) => Written::Text(Cow::Borrowed(text)),
            Value::Date(date) => Written::Text(Cow::Owned(date.to_string())),
            Value::List(entries) => Written::List(entries),
        }
    }

    /// The answer of a confirm question.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(yes) => Some(*yes),
            Value::Text(_) | Value::Choice(_) | Value::Date(_) | Value::List(_) => None,
        }
    }

    /// The answer of a text question.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Value::Text(text) => Some(text),
            Value::Bool(_) | Value::Choice(_) | Value::Date(_) | Value::List(_) => None,
        }
    }

    /// The option value picked at a choice question.
    pub fn as_choice(&self) -> Option<&str> {
        match self {
            Value::Choice(value) => Some(value),
            Value::Bool(_) | Value::Text(_) | Value::Date(_) | Value::List(_) => None,
        }
    }

    /// The answer of a date question.
    pub fn as_date(&self) -> Option<Date> {
        match self {
            Value::Date(date) => Some(*date),
            Value::Bool(_) | Value::Text(_) | Value::Choice(_) | Value::List(_) => None,
        }
    }

    /// The entries of a list question.
    pub fn as_list(&self) -> Option<&[String]> {
        match self {
            Value::List(entries) => Some(entries),
            Value::Bool(_) | Value::Text(_) | Value::Choice(_) | Value::Date(_) => None,
        }
    }
}

#[cfg(test)]
mod tests;
