//! What the walk draws on stderr: the intro, headings with where the user
//! is, questions, help, notices, and the line that stays once a question is
//! answered (`✔ Raised on · 10 Nov 2026`, or `– Project · skipped` with no
//! tick). Checklist and answer text is made safe here, where it is written.

use super::{Prompt, layout, terminal_error};
use crate::checklist::{Asking, Checklist, Entry, Question};
use crate::error::Result;
use crate::i18n::t;
use crate::safe;
use console::Style;
use dialoguer::theme::Theme;
use std::fmt;

impl Prompt {
    /// Checklist prose (intro, guidance, help), made safe and wrapped to
    /// the terminal's width.
    pub(super) fn paragraph(&self, text: &str, style: Style) -> Result<()> {
        let safe = safe::block(text.trim());
        self.prose(&safe, style)
    }

    /// Text that is already safe, wrapped to the terminal's width.
    pub(super) fn prose(&self, text: &str, style: Style) -> Result<()> {
        let wrapped = crate::wrap::fill(text, crate::wrap::width(&self.term), "", "");
        self.line(&style.for_stderr().apply_to(wrapped).to_string())
    }

    pub(super) fn line(&self, text: &str) -> Result<()> {
        self.term.write_line(text).map_err(terminal_error)?;
        let rows = layout::rows(&console::strip_ansi_codes(text), self.columns());
        self.rows.set(self.rows.get() + rows);
        Ok(())
    }

    /// Writes `text`, wrapped at words with continuation lines indented,
    /// and returns how many rows of the terminal it took.
    pub(super) fn show(&self, text: &str) -> Result<usize> {
        let width = crate::wrap::width(&self.term).map(|w| w.min(self.columns() - 1));
        let wrapped = crate::wrap::fill(text, width, "", "  ");
        self.line(&wrapped)?;
        Ok(layout::rows(&wrapped, self.columns()))
    }

    /// Erases the `rows` rows above the cursor and moves up to the first.
    pub(super) fn erase(&self, rows: usize) -> Result<()> {
        if self.plain || rows == 0 {
            return Ok(());
        }
        self.rows.set(self.rows.get().saturating_sub(rows));
        // What scrolled off the top is out of reach.
        let rows = rows.min(usize::from(self.term.size().0).saturating_sub(1));
        self.term.clear_last_lines(rows).map_err(terminal_error)
    }

    /// Something drawn by the theme, as text.
    pub(super) fn themed(
        &self,
        draw: impl FnOnce(&dyn Theme, &mut String) -> fmt::Result,
    ) -> String {
        let mut text = String::new();
        let _ = draw(self.theme.as_ref(), &mut text);
        text
    }

    /// Reads a typed line after `prompt`: drawn in place, or in plain
    /// lines.
    pub(super) fn read_line(&self, prompt: &str) -> Result<super::line::Read> {
        if self.plain {
            return self.plain_line(prompt);
        }
        super::line::read(&self.term, prompt).map_err(super::input_error)
    }

    /// The line that stays once `entry` is picked from the list under
    /// `prompt`. Without colour, a prompt that ends in a question mark is
    /// not followed by a colon.
    pub(super) fn picked(&self, prompt: &str, entry: &str) -> String {
        let asks = prompt.trim_end().ends_with(['?', ':']);
        if asks && !console::colors_enabled_stderr() {
            return format!("{} {entry}", prompt.trim_end());
        }
        self.themed(|theme, f| theme.format_select_prompt_selection(f, prompt, entry))
    }

    /// The line that stays once a question is answered: `✔ topic · answer`;
    /// for one left open, a dash and no tick.
    pub(super) fn answered(&self, topic: &str, answer: Option<&str>) -> Result<usize> {
        let line = match answer {
            Some(answer) => {
                let answer = safe::line(answer);
                self.themed(|theme, f| theme.format_input_prompt_selection(f, topic, &answer))
            }
            None => {
                let dim = Style::new().dim().for_stderr();
                dim.apply_to(format!("– {topic} · {}", t().status_skipped()))
                    .to_string()
            }
        };
        self.show(&line)
    }

    /// A short notice, dimmed; what was typed ahead of it is dropped.
    pub(super) fn notice(&self, text: &str) -> Result<usize> {
        crate::signal::discard_typeahead();
        let dim = Style::new().dim().for_stderr();
        self.show(&dim.apply_to(safe::line(text)).to_string())
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

    /// Shows the heading before `entry`'s question when it changes: its
    /// item's title with the item's place among the items, and guidance;
    /// for the questions only the documents need, one heading for them all.
    pub(super) fn heading(&mut self, entry: &Entry, checklist: &Checklist) -> Result<()> {
        let heading = match entry.item {
            Some(item) if !entry.for_documents() => item.id.clone(),
            _ => String::new(),
        };
        if self.heading.as_deref() == Some(heading.as_str()) {
            return Ok(());
        }
        self.heading = Some(heading);
        let bold = Style::new().bold().cyan().for_stderr();
        self.line("")?;
        match entry.item.filter(|_| !entry.for_documents()) {
            Some(item) => {
                let place = checklist
                    .items
                    .iter()
                    .position(|i| std::ptr::eq(i, item))
                    .unwrap_or_default();
                let title =
                    t().item_heading(&safe::line(&item.title), place + 1, checklist.items.len());
                self.line(&bold.apply_to(title).to_string())?;
                if let Some(guidance) = &item.guidance {
                    self.paragraph(guidance, Style::new())?;
                }
            }
            None => {
                self.line(&bold.apply_to(t().documents_heading()).to_string())?;
                self.prose(t().documents_guidance(), Style::new())?;
            }
        }
        Ok(())
    }

    /// The question, wrapped, with what can be typed at it.
    pub(super) fn question(&self, q: &Question) -> Result<()> {
        let mut text = safe::line(q.prompt.trim()).into_owned();
        if q.kind.asking() != Asking::Pick {
            // A pick offers "Skip" and "Explain" in its list instead.
            if q.optional {
                text.push_str(t().optional_suffix());
            }
            if q.help.is_some() {
                text.push_str(t().help_suffix());
            }
        }
        self.prose(&text, Style::new().bold())
    }

    /// The question's help; what was typed ahead of it is dropped.
    pub(super) fn help(&self, q: &Question) -> Result<()> {
        crate::signal::discard_typeahead();
        let text = q.help.as_deref().unwrap_or(t().no_help());
        self.paragraph(text, Style::new().yellow())
    }

    /// Esc at the first question: there is nothing before it.
    pub(super) fn first_question(&self) -> Result<()> {
        self.notice(t().first_question()).map(drop)
    }
}

/// What a question is called at its prompt and in the line that stays:
/// its label, else the kind of answer it takes.
pub fn topic(q: &Question) -> String {
    match &q.label {
        Some(label) => safe::line(label.trim()).into_owned(),
        None => t().topic(q.kind).to_owned(),
    }
}
