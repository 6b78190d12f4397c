//! What the walk draws on stderr: the intro, headings, questions, help and
//! the lines that stay once a question is answered. Checklist text is made
//! safe here, where it is written.
//!
//! The question itself is printed here, wrapped at words, and dialoguer
//! gets only a short prompt (the answer's format, like `yes/no`); what a
//! typed answer took on screen is erased here before its outcome is shown.

use super::{Prompt, layout, write_error};
use crate::checklist::{Checklist, Entry, Kind, Question};
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
        self.term.write_line(text).map_err(write_error)
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
        self.term.clear_last_lines(rows).map_err(write_error)
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

    /// The line that stays once a question is answered: `✔ yes/no · y`.
    pub(super) fn answered(&self, prompt: &str, answer: &str) -> Result<usize> {
        let line = self.themed(|theme, f| theme.format_input_prompt_selection(f, prompt, answer));
        self.show(&line)
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
    pub(super) fn heading(&mut self, entry: &Entry) -> Result<()> {
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
    pub(super) fn question(&self, q: &Question) -> Result<()> {
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

    pub(super) fn help(&self, q: &Question) -> Result<()> {
        let text = q.help.as_deref().unwrap_or(t().no_help());
        self.paragraph(text, Style::new().yellow())
    }
}
