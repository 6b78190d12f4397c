//! The interactive walk: the only module that uses dialoguer.
//!
//! Used only when stdin and stderr are both terminals. Everything is drawn on
//! stderr: the checklist intro, each item's title and guidance before its
//! first question, then the question. Typed answers are checked by the same
//! `answers::interpret` every other source uses, and re-asked when they do
//! not fit (`?` shows the question's help). After the last question a review
//! screen lists every answer; any one can be changed before the verdict.
//!
//! dialoguer knows a prompt's height only by its line breaks, not by how the
//! terminal wraps it, and erases too little when a prompt or an item is wider
//! than the terminal. So the question itself is printed here, wrapped at
//! words, and dialoguer gets only a short prompt (the answer's format, like
//! `yes/no`); list items are wrapped or cut to fit; and what a typed answer
//! took on screen is erased here before its outcome is shown.

use crate::answers::{self, Answers, Ask, Raw, Source, Value};
use crate::checklist::{Checklist, Entry, Kind, Question};
use crate::clock::Clock;
use crate::exit::{Error, Result};
use crate::i18n::t;
use crate::safe;
use console::{Style, Term, measure_text_width};
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{Input, Select};
use std::fmt;

/// Columns assumed when the terminal does not tell its size.
const NARROWEST: usize = 20;

pub struct Prompt {
    term: Term,
    theme: Box<dyn Theme>,
    /// The section whose heading was shown last.
    section: Option<String>,
}

/// What a question had before it was picked on the review screen.
#[derive(Clone, Copy)]
enum Before<'a> {
    /// Asked for the first time.
    Nothing,
    /// Asked again: its answer then, or `None` if it was skipped.
    Answer(Option<&'a Value>),
}

impl Prompt {
    pub fn new() -> Self {
        let theme: Box<dyn Theme> = if console::colors_enabled_stderr() {
            Box::new(ColorfulTheme::default())
        } else {
            Box::new(SimpleTheme)
        };
        Prompt {
            term: Term::stderr(),
            theme,
            section: None,
        }
    }

    /// The terminal's width in columns.
    fn columns(&self) -> usize {
        usize::from(self.term.size().1).max(NARROWEST)
    }

    /// Checklist prose (intro, guidance, help), made safe and wrapped to
    /// the terminal's width.
    fn paragraph(&self, text: &str, style: Style) -> Result<()> {
        let safe = safe::block(text.trim());
        self.prose(&safe, style)
    }

    /// Text that is already safe, wrapped to the terminal's width.
    fn prose(&self, text: &str, style: Style) -> Result<()> {
        let wrapped = crate::wrap::fill(text, crate::wrap::width(&self.term), "", "");
        self.line(&style.for_stderr().apply_to(wrapped).to_string())
    }

    fn line(&self, text: &str) -> Result<()> {
        self.term
            .write_line(text)
            .map_err(|e| Error::io(t().writing_terminal(), &e))
    }

    /// Writes `text`, wrapped at words with continuation lines indented,
    /// and returns how many rows of the terminal it took.
    fn show(&self, text: &str) -> Result<usize> {
        let width = crate::wrap::width(&self.term).map(|w| w.min(self.columns() - 1));
        let wrapped = crate::wrap::fill(text, width, "", "  ");
        self.line(&wrapped)?;
        Ok(self.rows(&wrapped))
    }

    /// The rows `text` takes on the terminal, lines that are too wide
    /// included.
    fn rows(&self, text: &str) -> usize {
        let columns = self.columns();
        text.split('\n')
            .map(|line| measure_text_width(line).div_ceil(columns).max(1))
            .sum()
    }

    /// Erases the `rows` rows above the cursor and moves up to the first.
    fn erase(&self, rows: usize) -> Result<()> {
        self.term
            .clear_last_lines(rows)
            .map_err(|e| Error::io(t().writing_terminal(), &e))
    }

    /// Something drawn by the theme, as text.
    fn themed(&self, draw: impl FnOnce(&dyn Theme, &mut String) -> fmt::Result) -> String {
        let mut text = String::new();
        let _ = draw(self.theme.as_ref(), &mut text);
        text
    }

    /// The line that stays once a question is answered: `✔ yes/no · y`.
    fn answered(&self, prompt: &str, answer: &str) -> Result<usize> {
        let line = self.themed(|theme, f| theme.format_input_prompt_selection(f, prompt, answer));
        self.show(&line)
    }

    /// `make(width)` for the widest `width`, from `start` down to `least`,
    /// whose every line fits the terminal in bytes too: dialoguer measures
    /// list items in bytes, not columns.
    fn fitting(&self, start: usize, least: usize, make: impl Fn(usize) -> String) -> String {
        let bytes = self.columns() - 2;
        let mut width = start;
        loop {
            let text = make(width);
            if text.split('\n').all(|l| l.len() <= bytes) || width <= least {
                return text;
            }
            width -= 1;
        }
    }

    /// `text` cut to one line of a list on the screen.
    fn fit(&self, text: &str) -> String {
        self.fitting(self.columns() - 4, 1, |width| {
            console::truncate_str(text, width, "…").into_owned()
        })
    }

    /// A review line, `question: answer`, cut to one line. The question
    /// gives way first, so that the answer stays readable.
    fn fit_answer(&self, question: &str, answer: &str) -> String {
        let room = self.columns() - 4;
        let answer = console::truncate_str(answer, room / 2, "…");
        let left = room.saturating_sub(measure_text_width(&answer) + 2);
        self.fitting(left, 1, |left| {
            format!("{}: {answer}", console::truncate_str(question, left, "…"))
        })
    }

    /// `text` as a list item that may take several lines, wrapped at words
    /// and indented under the item's marker; no line is wider than the
    /// terminal, counted in columns or in bytes.
    fn wrap_item(&self, text: &str) -> String {
        self.fitting(self.columns() - 4, 10, |width| {
            crate::wrap::fill(text, Some(width), "", "  ")
        })
    }

    /// The checklist's title and intro.
    pub fn intro(&self, checklist: &Checklist) -> Result<()> {
        let bold = Style::new().bold().for_stderr();
        self.line(&bold.apply_to(safe::line(&checklist.title)).to_string())?;
        if let Some(intro) = &checklist.intro {
            self.paragraph(intro, Style::new())?;
        }
        self.line("")?;
        self.prose(t().prompt_hint(), Style::new().dim())
    }

    /// Shows the heading and guidance of `entry`'s item before its first question.
    fn heading(&mut self, entry: &Entry) -> Result<()> {
        if self.section.as_deref() == Some(entry.section) {
            return Ok(());
        }
        self.section = Some(entry.section.to_owned());
        let bold = Style::new().bold().cyan().for_stderr();
        let (title, guidance) = match entry.item {
            Some(item) => (item.title.as_str(), item.guidance.as_deref()),
            None => (t().context_title(), None),
        };
        self.line("")?;
        self.line(&bold.apply_to(safe::line(title)).to_string())?;
        if let Some(guidance) = guidance {
            self.paragraph(guidance, Style::new())?;
        }
        Ok(())
    }

    /// The question, wrapped, with what can be typed at it.
    fn question(&self, q: &Question) -> Result<()> {
        let mut text = safe::line(q.prompt.trim()).into_owned();
        if q.kind != Kind::Choice {
            // A choice offers "Skip" and "Explain" in its list instead.
            if q.optional {
                text.push_str(t().optional_suffix());
            }
            if q.help.is_some() {
                text.push_str(t().help_suffix());
            }
        }
        self.prose(&text, Style::new().bold())
    }

    fn help(&self, q: &Question) -> Result<()> {
        let text = q.help.as_deref().unwrap_or(t().no_help());
        self.paragraph(text, Style::new().yellow())
    }

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
                    Err(why) => {
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
            Before::Answer(Some(Value::Text(value))) => {
                q.options.iter().position(|o| o.value == *value)
            }
            Before::Answer(None) => skip,
            _ => None,
        }
        .unwrap_or(0);
        loop {
            let items: Vec<String> = labels.iter().map(|l| self.wrap_item(l)).collect();
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
                Some(Value::Text(q.options[picked].value.clone()))
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
    fn ask_entry(&mut self, entry: &Entry, before: Before, clock: &Clock) -> Result<Option<Value>> {
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
                    Before::Answer(Some(Value::Text(text))) => Some(text.as_str()),
                    _ => None,
                };
                self.typed(q, prompt, None, initial, clock)
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

    /// The review screen: lists every answer until the user confirms;
    /// picking one asks it again and then any question that became relevant.
    pub fn review(
        &mut self,
        checklist: &Checklist,
        mut answers: Answers,
        clock: &Clock,
    ) -> Result<Answers> {
        loop {
            // What the walk reached: nothing after an answer that stops it.
            let asked: Vec<(String, String)> = answers::reached(checklist, &answers)
                .into_iter()
                .map(|e| {
                    let key = e.key();
                    let shown = match answers.get(&key) {
                        Some(a) => crate::report::answer_text(e.question, &a.value),
                        None => t().not_answered().to_owned(),
                    };
                    let line =
                        self.fit_answer(&safe::line(e.question.prompt.trim()), &safe::line(&shown));
                    (key, line)
                })
                .collect();
            let mut items = vec![self.fit(t().review_done())];
            items.extend(asked.iter().map(|(_, line)| line.clone()));
            // A list longer than the screen is paged, and the prompt then
            // also shows the page number.
            let rows = usize::from(self.term.size().0);
            let title = if items.len() + 2 > rows {
                console::truncate_str(t().review_title(), self.columns().saturating_sub(20), "…")
            } else {
                console::truncate_str(t().review_title(), self.columns() - 4, "…")
            };
            self.line("")?;
            let picked = Select::with_theme(self.theme.as_ref())
                .with_prompt(title.as_ref())
                .items(&items)
                .default(0)
                .report(false)
                .interact_on(&self.term)
                .map_err(dialog_error)?;
            let line = self.themed(|theme, f| {
                theme.format_select_prompt_selection(f, t().review_short(), &items[picked])
            });
            self.line(&console::truncate_str(&line, self.columns() - 1, "…"))?;
            if picked == 0 {
                return Ok(answers);
            }
            let key = asked[picked - 1].0.clone();
            let before = answers.get(&key).map(|a| a.value.clone());
            answers.remove(&key);
            self.section = None;
            let settled = asked.into_iter().map(|(k, _)| k).filter(|k| *k != key);
            let settled = settled.collect();
            let mut revisit = Revisit {
                prompt: self,
                picked: key,
                before,
                settled,
            };
            answers = answers::collect(checklist, &answers, &mut revisit, clock)?;
        }
    }
}

/// Asks again only what a pick on the review screen opened: the picked
/// question and questions that were not asked before. One left open on
/// purpose (an optional question skipped) stays open.
struct Revisit<'a> {
    prompt: &'a mut Prompt,
    /// The question picked, and its answer before.
    picked: String,
    before: Option<Value>,
    /// Questions already asked, other than the picked one.
    settled: Vec<String>,
}

impl Ask for Revisit<'_> {
    fn ask(&mut self, entry: &Entry, clock: &Clock) -> Result<Option<Value>> {
        let key = entry.key();
        if self.settled.contains(&key) {
            return Ok(None);
        }
        let before = if key == self.picked {
            Before::Answer(self.before.as_ref())
        } else {
            Before::Nothing
        };
        self.prompt.ask_entry(entry, before, clock)
    }

    fn source(&self) -> Source {
        self.prompt.source()
    }
}

impl Default for Prompt {
    fn default() -> Self {
        Prompt::new()
    }
}

impl Ask for Prompt {
    fn ask(&mut self, entry: &Entry, clock: &Clock) -> Result<Option<Value>> {
        self.ask_entry(entry, Before::Nothing, clock)
    }

    fn source(&self) -> Source {
        Source::Interactive
    }
}

/// Walks the whole checklist at the terminal, then the review screen.
pub fn run(checklist: &Checklist, given: &Answers, clock: &Clock) -> Result<Answers> {
    let mut prompt = Prompt::new();
    prompt.intro(checklist)?;
    let answers = answers::collect(checklist, given, &mut prompt, clock)?;
    let answers = prompt.review(checklist, answers, clock)?;
    let _ = prompt.term.show_cursor();
    Ok(answers)
}

fn dialog_error(err: dialoguer::Error) -> Error {
    let dialoguer::Error::IO(io) = err;
    Error::io(t().reading_terminal(), &io)
}
