//! The interactive walk: the only module that uses dialoguer.
//!
//! Used only when stdin and stderr are both terminals. Everything is drawn on
//! stderr: the checklist intro, each item's title and guidance before its
//! first question, then the question (`?` shows its help). Typed answers are
//! checked by the same `answers::interpret` every other source uses, and
//! re-asked when they do not fit. After the last question a review screen
//! lists every answer; any one can be changed before the verdict.

use crate::answers::{self, Answers, Ask, Raw, Source, Value};
use crate::checklist::{Checklist, Entry, Kind, Question};
use crate::clock::Clock;
use crate::exit::{Error, Result};
use crate::i18n::t;
use crate::safe;
use console::{Style, Term};
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{Input, Select};

pub struct Prompt {
    term: Term,
    theme: Box<dyn Theme>,
    /// The section whose heading was shown last.
    section: Option<String>,
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

    /// Checklist prose (intro, guidance, help), made safe and wrapped to
    /// the terminal's width.
    fn paragraph(&self, text: &str, style: Style) -> Result<()> {
        let safe = safe::block(text.trim());
        let wrapped = crate::wrap::fill(&safe, crate::wrap::width(&self.term), "", "");
        self.line(&style.for_stderr().apply_to(wrapped).to_string())
    }

    fn line(&self, text: &str) -> Result<()> {
        self.term
            .write_line(text)
            .map_err(|e| Error::io(t().writing_terminal, &e))
    }

    /// The checklist's title and intro.
    pub fn intro(&self, checklist: &Checklist) -> Result<()> {
        let bold = Style::new().bold().for_stderr();
        self.line(&bold.apply_to(safe::line(&checklist.title)).to_string())?;
        if let Some(intro) = &checklist.intro {
            self.paragraph(intro, Style::new())?;
        }
        self.line(
            &Style::new()
                .dim()
                .for_stderr()
                .apply_to(t().prompt_hint)
                .to_string(),
        )
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
            None => (t().context_title, None),
        };
        self.line("")?;
        self.line(&bold.apply_to(safe::line(title)).to_string())?;
        if let Some(guidance) = guidance {
            self.paragraph(guidance, Style::new())?;
        }
        Ok(())
    }

    fn help(&self, q: &Question) -> Result<()> {
        let text = q.help.as_deref().unwrap_or(t().no_help);
        self.paragraph(text, Style::new().yellow())
    }

    fn input(&self, prompt: &str) -> Result<String> {
        Input::<String>::with_theme(self.theme.as_ref())
            .with_prompt(prompt)
            .allow_empty(true)
            .interact_text_on(&self.term)
            .map_err(dialog_error)
    }

    fn select(&self, prompt: &str, items: &[String], default: usize) -> Result<usize> {
        Select::with_theme(self.theme.as_ref())
            .with_prompt(prompt)
            .items(items)
            .default(default)
            .interact_on(&self.term)
            .map_err(dialog_error)
    }

    /// Asks until the typed text is `?` (help, then again), empty on an
    /// optional question (`None`), or a valid answer.
    fn typed(&self, q: &Question, prompt: &str, clock: &Clock) -> Result<Option<Value>> {
        loop {
            let text = self.input(prompt)?;
            match text.trim() {
                "?" => self.help(q)?,
                "" if q.optional => return Ok(None),
                _ => match answers::interpret(q, &Raw::Text(text.clone()), clock) {
                    Ok(value) => return Ok(Some(value)),
                    Err(why) => {
                        self.line(&Style::new().red().for_stderr().apply_to(why).to_string())?
                    }
                },
            }
        }
    }

    fn choice(&self, q: &Question, prompt: &str) -> Result<Option<Value>> {
        let mut labels: Vec<String> = q
            .options
            .iter()
            .map(|o| safe::line(&o.label).into_owned())
            .collect();
        let skip = q.optional.then(|| {
            labels.push(t().skip.to_owned());
            labels.len() - 1
        });
        let explain = q.help.is_some().then(|| {
            labels.push(t().explain.to_owned());
            labels.len() - 1
        });
        loop {
            let picked = self.select(prompt, &labels, 0)?;
            if Some(picked) == explain {
                self.help(q)?;
            } else if Some(picked) == skip {
                return Ok(None);
            } else {
                return Ok(Some(Value::Text(q.options[picked].value.clone())));
            }
        }
    }

    fn list(&self, q: &Question) -> Result<Option<Value>> {
        self.line(
            &Style::new()
                .dim()
                .for_stderr()
                .apply_to(t().list_hint)
                .to_string(),
        )?;
        let mut entries = Vec::new();
        loop {
            let text = self.input(&(t().entry_prompt)(entries.len() + 1))?;
            match text.trim() {
                "?" => self.help(q)?,
                "" => break,
                _ => entries.push(text),
            }
        }
        Ok((!entries.is_empty() || !q.optional).then_some(Value::List(entries)))
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
            let asked: Vec<(String, String)> = checklist
                .entries()
                .filter(|e| answers::applies(e, &answers))
                .map(|e| {
                    let key = e.key();
                    let shown = match answers.get(&key) {
                        Some(a) => crate::report::answer_text(e.question, &a.value),
                        None => t().not_answered.to_owned(),
                    };
                    let line = format!(
                        "{}: {}",
                        safe::line(e.question.prompt.trim()),
                        safe::line(&shown)
                    );
                    (key, line)
                })
                .collect();
            let mut items = vec![t().review_done.to_owned()];
            items.extend(asked.iter().map(|(_, line)| line.clone()));
            self.line("")?;
            let picked = self.select(t().review_title, &items, 0)?;
            if picked == 0 {
                return Ok(answers);
            }
            let key = asked[picked - 1].0.clone();
            answers.remove(&key);
            self.section = None;
            let settled = asked.into_iter().map(|(k, _)| k).filter(|k| *k != key);
            let mut revisit = Revisit {
                prompt: self,
                settled: settled.collect(),
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
    /// Questions already asked, other than the picked one.
    settled: Vec<String>,
}

impl Ask for Revisit<'_> {
    fn ask(&mut self, entry: &Entry, clock: &Clock) -> Result<Option<Value>> {
        if self.settled.contains(&entry.key()) {
            return Ok(None);
        }
        self.prompt.ask(entry, clock)
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
        self.heading(entry)?;
        let q = entry.question;
        let mut prompt = safe::line(q.prompt.trim()).into_owned();
        if q.optional {
            prompt.push_str(t().optional_suffix);
        }
        if q.help.is_some() && q.kind != Kind::Choice {
            prompt.push_str(t().help_suffix);
        }
        match q.kind {
            Kind::Confirm => self.typed(q, &format!("{prompt} {}", t().yes_no_suffix), clock),
            Kind::Text => self.typed(q, &prompt, clock),
            Kind::Date => self.typed(q, &format!("{prompt} (YYYY-MM-DD)"), clock),
            Kind::Choice => self.choice(q, &prompt),
            Kind::List => {
                self.line(&prompt)?;
                self.list(q)
            }
        }
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
    Error::io(t().reading_terminal, &io)
}
