//! Asking one question at the terminal, by its kind: a typed line for
//! yes/no, text and dates, a list to pick from for a choice, one entry per
//! line for a list. Every kind goes back on Esc; asked again from the
//! review screen, Enter keeps the answer it had and typing replaces it.
//! `?` shows the question's help; `e` at a text or list writes it in the
//! user's editor.

use super::draw::topic;
use super::editor::Edit;
use super::line::{self, Read};
use super::{Asked, Before, Prompt, dialog_error};
use crate::answers::{self, Raw, Value};
use crate::checklist::{Asking, Checklist, Entry, Question, Role, Window};
use crate::clock::Clock;
use crate::error::Result;
use crate::i18n::t;
use crate::limits::MAX_ANSWER;
use crate::safe;
use console::Style;

/// What opens the editor at a text or list prompt.
const EDIT: &str = "e";

impl Prompt {
    /// Asks `entry`'s question, after its heading; `before` is its answer
    /// when it is asked again.
    pub(super) fn ask(
        &mut self,
        checklist: &Checklist,
        entry: &Entry,
        before: Before,
        clock: &Clock,
    ) -> Result<Asked> {
        // Keys typed or pasted ahead cannot answer this question. Dropped
        // before anything is drawn: keys typed after the question shows
        // are the user's answer.
        crate::signal::discard_typeahead();
        self.heading(entry, checklist)?;
        let q = entry.question;
        self.question(q)?;
        match q.kind.asking() {
            Asking::Line | Asking::Text => self.typed(q, before, clock),
            Asking::Pick => self.choice(q, before, clock),
            Asking::Entries => self.list(q, before, clock),
        }
    }

    /// Asks until the typed text is a valid answer, empty on an optional
    /// question (left open) or, asked again, empty to keep the answer it
    /// had. `?` shows the help and asks again.
    fn typed(&self, q: &Question, before: Before, clock: &Clock) -> Result<Asked> {
        let topic = topic(q);
        let kept = match before {
            Before::Answer(Some(value)) => Some(value),
            _ => None,
        };
        let kept_text = kept.map(|value| value.text(q, t()));
        // Unanswered, the date the concern was raised is most likely the
        // day escalate wrote the note to the partner.
        let noted = self
            .noted
            .filter(|_| kept.is_none() && Window::of(q).is_some())
            .map(Value::Date);
        let mut hint = q.kind.format(t()).unwrap_or_default().to_owned();
        if let Some(Value::Date(date)) = &noted {
            hint = t().enter_takes_noted(&t().date(*date));
        }
        if let Some(kept) = &kept_text {
            let keep = t().enter_keeps(&safe::line(kept));
            hint = if hint.is_empty() {
                keep
            } else {
                format!("{hint}; {keep}")
            };
        }
        if long(q) {
            let edit = t().e_for_editor();
            hint = if hint.is_empty() {
                edit.to_owned()
            } else {
                format!("{hint}; {edit}")
            };
        }
        let label = if hint.is_empty() {
            topic.clone()
        } else {
            format!("{topic} ({hint})")
        };
        // Rows of the last complaint, shown between question and prompt.
        let mut complaint = 0;
        loop {
            let prompt = self.themed(|theme, f| theme.format_input_prompt(f, &label, None));
            let read = line::read(&self.term, &prompt).map_err(|e| dialog_error(e.into()))?;
            self.erase(complaint)?;
            complaint = 0;
            let text = match read {
                Read::Back => return Ok(Asked::Back),
                Read::Text(text) => text,
            };
            let trimmed = text.trim();
            let why = match trimmed {
                "?" => {
                    self.help(q)?;
                    continue;
                }
                "" if kept.is_some() => {
                    self.answered(&topic, kept_text.as_deref())?;
                    return Ok(Asked::Answer(kept.cloned()));
                }
                "" if noted.is_some() => {
                    let text = noted.as_ref().map(|value| value.text(q, t()));
                    self.answered(&topic, text.as_deref())?;
                    return Ok(Asked::Answer(noted));
                }
                "" if q.optional => {
                    self.answered(&topic, None)?;
                    return Ok(Asked::Answer(None));
                }
                EDIT if long(q) => {
                    let start = kept_text.as_deref().unwrap_or_default();
                    match super::editor::text(start)? {
                        Edit::Written(written) if !written.trim().is_empty() => {
                            let raw = Raw::Text(written.trim().to_owned());
                            match self.read(q, &topic, &raw, clock)? {
                                Ok(asked) => return Ok(asked),
                                Err(why) => why,
                            }
                        }
                        Edit::Written(_) | Edit::Unchanged => continue,
                        Edit::Discarded(problem) => t().editor_problem(&problem),
                    }
                }
                _ if text.len() > MAX_ANSWER => too_long(text.len()),
                _ if q.kind.asking() == Asking::Line && trimmed.contains('\n') => {
                    t().one_line().to_owned()
                }
                _ => match self.read(q, &topic, &Raw::Text(text.clone()), clock)? {
                    Ok(asked) => return Ok(asked),
                    Err(why) => why,
                },
            };
            let line = self.themed(|theme, f| theme.format_error(f, &why));
            crate::signal::discard_typeahead();
            complaint = self.show(&line)?;
        }
    }

    /// A pick from the options, with "Skip" for an optional question and
    /// "Explain" when there is help; Esc goes back.
    fn choice(&self, q: &Question, before: Before, clock: &Clock) -> Result<Asked> {
        let topic = topic(q);
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
            Before::Answer(Some(value)) => value
                .as_choice()
                .and_then(|value| q.options.iter().position(|o| o.value == value)),
            Before::Answer(None) => skip,
            Before::Nothing => None,
        }
        .unwrap_or(0);
        loop {
            let room = self.columns() - super::pick::NUMBER;
            let items: Vec<String> = labels
                .iter()
                .map(|l| super::layout::wrap_item(l, room))
                .collect();
            let picked = self.pick_from(&super::pick::Menu {
                prompt: &topic,
                items: &items,
                start,
                first: 1,
            })?;
            let Some(picked) = picked else {
                return Ok(Asked::Back);
            };
            if Some(picked) == explain {
                self.help(q)?;
                continue;
            }
            if Some(picked) == skip {
                self.answered(&topic, None)?;
                return Ok(Asked::Answer(None));
            }
            let raw = Raw::Text(q.options[picked].value.clone());
            match self.read(q, &topic, &raw, clock)? {
                Ok(asked) => return Ok(asked),
                Err(why) => drop(self.notice(&why)?),
            }
        }
    }

    /// List entries until an empty line. A pasted block is one entry; `e`
    /// writes the entries in the editor, one per line. Asked again, it
    /// offers to keep the entries it had, add to them or start anew; a new
    /// list left empty keeps them.
    fn list(&mut self, q: &Question, before: Before, clock: &Clock) -> Result<Asked> {
        let asked = before;
        let topic = topic(q);
        let before = match before {
            Before::Answer(Some(value)) => value.as_list().filter(|entries| !entries.is_empty()),
            Before::Answer(None) | Before::Nothing => None,
        };
        let mut entries: Vec<String> = Vec::new();
        if let Some(before) = before {
            // What it has, then what to do with it: typing never replaces
            // it unasked.
            for (i, entry) in before.iter().enumerate() {
                self.answered(&t().entry_prompt(&topic, i + 1), Some(entry))?;
            }
            let room = self.columns() - super::pick::NUMBER;
            let items = t().list_keep_choices().map(|c| super::layout::fit(c, room));
            let title = t().list_keep(&topic, before.len());
            let menu = super::pick::Menu {
                prompt: &title,
                items: &items,
                start: 0,
                first: 1,
            };
            match self.pick_from(&menu)? {
                None => return Ok(Asked::Back),
                Some(0) => return Ok(Asked::Answer(Some(Value::List(before.to_vec())))),
                Some(1) => entries = before.to_vec(),
                Some(_) => {}
            }
        }
        self.prose(t().list_hint(), Style::new().dim())?;
        loop {
            let label = t().entry_prompt(&topic, entries.len() + 1);
            let prompt = self.themed(|theme, f| theme.format_input_prompt(f, &label, None));
            let read = match line::read(&self.term, &prompt) {
                Ok(read) => read,
                Err(err) => {
                    // A stop keeps the entries given so far.
                    self.unfinished = (!entries.is_empty()).then_some(Value::List(entries));
                    return Err(dialog_error(err.into()));
                }
            };
            let text = match read {
                Read::Back => return Ok(Asked::Back),
                Read::Text(text) => text,
            };
            match text.trim() {
                "?" => self.help(q)?,
                "" => break,
                EDIT => {
                    let start = before.filter(|_| entries.is_empty()).unwrap_or(&entries);
                    match super::editor::list(start)? {
                        Edit::Written(written) => {
                            for entry in &written {
                                self.answered(&topic, Some(entry))?;
                            }
                            entries = written;
                            break;
                        }
                        Edit::Unchanged => {}
                        Edit::Discarded(problem) => {
                            self.notice(&t().editor_problem(&problem))?;
                        }
                    }
                }
                entry
                    if entries.iter().map(String::len).sum::<usize>() + entry.len()
                        > MAX_ANSWER =>
                {
                    let all = entries.iter().map(String::len).sum::<usize>() + entry.len();
                    self.notice(&too_long(all))?;
                }
                entry => {
                    // A paste of several lines stays one entry.
                    let entry = entry.split_whitespace().collect::<Vec<_>>().join(" ");
                    if text.trim().contains('\n') {
                        self.notice(t().pasted_as_one())?;
                    }
                    self.answered(&label, Some(&entry))?;
                    entries.push(entry);
                }
            }
        }
        if let (true, Some(before)) = (entries.is_empty(), before) {
            return Ok(Asked::Answer(Some(Value::List(before.to_vec()))));
        }
        if entries.is_empty() && q.optional {
            return Ok(Asked::Answer(None));
        }
        let raw = Raw::List(entries.into_iter().map(Raw::Text).collect());
        match answers::interpret(q, &raw, clock) {
            Ok(value) => Ok(Asked::Answer(Some(value))),
            // Entries the question does not take: said, and asked again.
            Err(expected) => {
                self.notice(&t().expected(&expected))?;
                self.list(q, asked, clock)
            }
        }
    }

    /// Reads `raw` as the answer to `q`, as every source does: the answer,
    /// with the line that stays once it is given, or what was expected.
    fn read(
        &self,
        q: &Question,
        topic: &str,
        raw: &Raw,
        clock: &Clock,
    ) -> Result<std::result::Result<Asked, String>> {
        let value = match raw {
            Raw::Text(text) => answers::interpret_typed(q, text, clock),
            _ => answers::interpret(q, raw, clock),
        };
        Ok(match value {
            Ok(value) => {
                self.answered(topic, Some(&value.text(q, t())))?;
                Ok(Asked::Answer(Some(value)))
            }
            Err(expected) => Err(t().expected(&expected)),
        })
    }
}

/// The complaint about a typed answer of `bytes`, over [`MAX_ANSWER`].
fn too_long(bytes: usize) -> String {
    let kib = |bytes: usize| (bytes as u64).div_ceil(1024);
    t().answer_too_long(kib(bytes), kib(MAX_ANSWER))
}

/// Is `q` a text that may run long, so that the editor is offered? Names
/// and references are short.
fn long(q: &Question) -> bool {
    let short = matches!(
        q.role,
        Some(
            Role::Partner
                | Role::Project
                | Role::Contact
                | Role::Merchant
                | Role::SupportCase
                | Role::PartnerPerson
        )
    );
    q.kind.asking() == Asking::Text && !short
}
