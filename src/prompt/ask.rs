//! Asking one question at the terminal, by its kind: typed text for yes/no,
//! text and dates, a list to pick from for a choice, one entry per line for
//! a list.

use super::{Before, Prompt, dialog_error, layout};
use crate::answers::{self, Raw, Value};
use crate::checklist::{Entry, Kind, Question};
use crate::clock::Clock;
use crate::error::{Result, expected_words};
use crate::i18n::t;
use crate::safe;
use console::{Style, measure_text_width};
use dialoguer::{Input, Select};

impl Prompt {
    /// Reads one line after the short `prompt`, starting from `initial`,
    /// then erases the prompt and the line, however many rows they took.
    fn read(&self, prompt: &str, initial: Option<&str>) -> Result<String> {
        let mut input = Input::<String>::with_theme(self.theme.as_ref())
            .with_prompt(prompt)
            .allow_empty(true)
            .report(false);
        if let Some(initial) = initial {
            input = input.with_initial_text(initial);
        }
        let text = input.interact_text_on(&self.term).map_err(dialog_error)?;
        // dialoguer has erased the row the cursor is on; the rows above it
        // that the prompt and the text wrapped onto are still there.
        let shown = self.themed(|theme, f| theme.format_input_prompt(f, prompt, None));
        let width = measure_text_width(&shown) + measure_text_width(&text);
        self.erase(width.saturating_sub(1) / self.columns())?;
        Ok(text)
    }

    /// Asks until the typed text is `?` (help, then again), empty on an
    /// optional question (`None`), or a valid answer. `keep` is what an
    /// empty answer means when it is not a skip, `initial` the text to
    /// start from.
    fn typed(
        &self,
        q: &Question,
        prompt: &str,
        keep: Option<&str>,
        initial: Option<&str>,
        clock: &Clock,
    ) -> Result<Option<Value>> {
        let asked = match keep {
            Some(keep) => format!("{prompt} ({keep})"),
            None => prompt.to_owned(),
        };
        let mut initial = initial;
        // Rows of the last complaint, shown between question and prompt.
        let mut complaint = 0;
        loop {
            let typed = self.read(&asked, initial.take())?;
            self.erase(complaint)?;
            complaint = 0;
            let text = match (typed.trim(), keep) {
                ("", Some(keep)) => keep.to_owned(),
                _ => typed,
            };
            match text.trim() {
                "?" => self.help(q)?,
                "" if q.optional => {
                    self.answered(prompt, t().not_answered())?;
                    return Ok(None);
                }
                _ => match answers::interpret(q, &Raw::Text(text.clone()), clock) {
                    Ok(value) => {
                        self.answered(prompt, &safe::line(text.trim()))?;
                        return Ok(Some(value));
                    }
                    Err(expected) => {
                        let why = expected_words(&expected, t());
                        let line = self.themed(|theme, f| theme.format_error(f, &why));
                        complaint = self.show(&line)?;
                    }
                },
            }
        }
    }

    fn choice(&self, q: &Question, before: Before) -> Result<Option<Value>> {
        let mut labels: Vec<String> = q
            .options
            .iter()
            .map(|o| safe::line(&o.label).into_owned())
            .collect();
        let skip = q.optional.then(|| {
            labels.push(t().skip().to_owned());
            labels.len() - 1
        });
        let explain = q.help.is_some().then(|| {
            labels.push(t().explain().to_owned());
            labels.len() - 1
        });
        let start = match before {
            Before::Answer(Some(Value::Choice(value))) => {
                q.options.iter().position(|o| o.value == *value)
            }
            Before::Answer(None) => skip,
            _ => None,
        }
        .unwrap_or(0);
        loop {
            let columns = self.columns();
            let items: Vec<String> = labels
                .iter()
                .map(|l| layout::wrap_item(l, columns))
                .collect();
            let picked = Select::with_theme(self.theme.as_ref())
                .with_prompt(t().choice_prompt())
                .items(&items)
                .default(start)
                .report(false)
                .interact_on(&self.term)
                .map_err(dialog_error)?;
            if Some(picked) == explain {
                self.help(q)?;
                continue;
            }
            self.answered(t().choice_prompt(), &labels[picked])?;
            return Ok(if Some(picked) == skip {
                None
            } else {
                Some(Value::Choice(q.options[picked].value.clone()))
            });
        }
    }

    /// List entries until an empty line. Asked again from the review
    /// screen, an empty first entry keeps the entries given `before`.
    fn list(&self, q: &Question, before: Option<&[String]>) -> Result<Option<Value>> {
        self.prose(t().list_hint(), Style::new().dim())?;
        let before = before.filter(|entries| !entries.is_empty());
        if let Some(before) = before {
            self.prose(&t().list_keep(before.len()), Style::new().dim())?;
        }
        let mut entries = Vec::new();
        loop {
            let prompt = t().entry_prompt(entries.len() + 1);
            let text = self.read(&prompt, None)?;
            match text.trim() {
                "?" => self.help(q)?,
                "" => break,
                entry => {
                    self.answered(&prompt, &safe::line(entry))?;
                    entries.push(entry.to_owned());
                }
            }
        }
        if let (true, Some(before)) = (entries.is_empty(), before) {
            return Ok(Some(Value::List(before.to_vec())));
        }
        Ok((!entries.is_empty() || !q.optional).then_some(Value::List(entries)))
    }

    /// Asks `entry`'s question; `before` is its answer when it is asked
    /// again from the review screen.
    pub(super) fn ask_entry(
        &mut self,
        entry: &Entry,
        before: Before,
        clock: &Clock,
    ) -> Result<Option<Value>> {
        self.heading(entry)?;
        let q = entry.question;
        self.question(q)?;
        let t = t();
        match q.kind {
            Kind::Confirm => {
                // Enter keeps a required answer; an optional one can be left empty.
                let keep = match before {
                    Before::Answer(Some(Value::Bool(yes))) if !q.optional => {
                        Some(if *yes { t.yes() } else { t.no() })
                    }
                    _ => None,
                };
                self.typed(q, t.yes_no_prompt(), keep, None, clock)
            }
            Kind::Text | Kind::Date => {
                let prompt = match q.kind {
                    Kind::Date => t.date_prompt(),
                    _ => t.text_prompt(),
                };
                let initial = match before {
                    Before::Answer(Some(Value::Text(text))) => Some(text.clone()),
                    Before::Answer(Some(Value::Date(date))) => Some(date.to_string()),
                    _ => None,
                };
                self.typed(q, prompt, None, initial.as_deref(), clock)
            }
            Kind::Choice => self.choice(q, before),
            Kind::List => {
                let before = match before {
                    Before::Answer(Some(Value::List(entries))) => Some(entries.as_slice()),
                    _ => None,
                };
                self.list(q, before)
            }
        }
    }
}
