//! A pick from a list at the terminal: the review screen, a choice, the
//! offers. Drawn in a [`Region`] with dialoguer's theme, so it looks as the
//! rest of the walk; its keys read through [`super::keys`], so a paste is
//! known for one. A paste picks nothing, however it arrives: between the
//! terminal's paste markers, or, where the terminal sends none, as a burst
//! of characters that no key of the list takes; the list says so in one
//! line under it, and stays.

use super::keys::{self, Event};
use super::region::Region;
use super::{Prompt, input_error, layout, terminal_error};
use crate::error::{Error, Result};
use crate::i18n::t;
use crate::signal::Woken;
use console::{Key, Style};

/// What the user did at a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    /// The entry picked, by its place.
    Item(usize),
    /// Esc (where the list allows it).
    Back,
}

impl Prompt {
    /// Shows `items` under `prompt`, `start` marked, until one is picked or
    /// (when `esc` allows it) Esc goes back. The list is erased after: the
    /// caller shows what stays.
    pub(super) fn menu(
        &self,
        prompt: &str,
        items: &[String],
        start: usize,
        esc: bool,
    ) -> Result<Pick> {
        if self.plain {
            return self.plain_menu(prompt, items, start, esc);
        }
        let mut at = start.min(items.len().saturating_sub(1));
        let mut region = Region::default();
        let mut note: Option<&str> = None;
        self.term.hide_cursor().map_err(terminal_error)?;
        // Drawn anew after a key, not after Ctrl-Z: the run is suspended
        // then, and draws the list once it is back.
        let mut draw = true;
        let picked = loop {
            if std::mem::take(&mut draw) {
                let text = self.menu_text(prompt, items, at, note);
                region
                    .draw(&self.term, &text, None)
                    .map_err(terminal_error)?;
            }
            if !keys::pending() && crate::signal::wait_for_input() == Woken::Resumed {
                self.term.write_line("").map_err(terminal_error)?;
                self.term.hide_cursor().map_err(terminal_error)?;
                region.forget();
                draw = true;
                continue;
            }
            draw = true;
            let key = match keys::next().map_err(input_error)? {
                Event::Paste(_) => {
                    note = Some(t().paste_at_a_list());
                    continue;
                }
                Event::Key(key) => key,
            };
            let last = items.len() - 1;
            match key {
                Key::ArrowDown | Key::Tab | Key::Char('j') => {
                    at = if at == last { 0 } else { at + 1 }
                }
                Key::ArrowUp | Key::BackTab | Key::Char('k') => {
                    at = if at == 0 { last } else { at - 1 }
                }
                Key::Home | Key::PageUp => at = 0,
                Key::End | Key::PageDown => at = last,
                Key::Enter | Key::Char(' ') => break Pick::Item(at),
                Key::Escape if esc => break Pick::Back,
                Key::CtrlC => {
                    region.erase(&self.term).map_err(terminal_error)?;
                    return Err(Error::Interrupted);
                }
                Key::Char('\u{1a}') => {
                    crate::signal::stop_by_key();
                    draw = false;
                }
                // Characters no key here takes, more waiting behind them:
                // a paste from a terminal without paste markers. All of it
                // is dropped.
                Key::Char(c) if !c.is_control() && keys::pending() => {
                    while keys::pending() {
                        keys::next().map_err(input_error)?;
                    }
                    note = Some(t().paste_at_a_list());
                }
                _ => {}
            }
        };
        region.erase(&self.term).map_err(terminal_error)?;
        self.term.show_cursor().map_err(terminal_error)?;
        Ok(picked)
    }

    /// The list as drawn: the prompt (with the page when it is paged), the
    /// entries of the page that holds `at`, and the note, if any; all of it
    /// wrapped at words, since the terminal would break them anywhere.
    fn menu_text(&self, prompt: &str, items: &[String], at: usize, note: Option<&str>) -> String {
        let (rows, columns) = (usize::from(self.term.size().0), self.columns());
        let width = Some(columns.saturating_sub(4).max(10));
        let wrap = |text: &str| crate::wrap::fill(text, width, "", "  ");
        // Room for the entries: the screen less the prompt (with room for
        // a page number), the note and the row below the list.
        let above = layout::rows(&wrap(&format!("? {prompt} [9/9] ›")), columns);
        let below = note.map_or(0, |note| layout::rows(&wrap(note), columns)) + 1;
        let room = rows.saturating_sub(above + below).max(3);
        let (pages, page) = pages(items, columns, room, at);
        let mut prompt = prompt.to_owned();
        if pages.len() > 1 {
            prompt.push_str(&format!(" [{}/{}]", page + 1, pages.len()));
        }
        let mut text = self.themed(|theme, f| theme.format_select_prompt(f, &wrap(&prompt)));
        for i in pages[page].clone() {
            text.push('\n');
            // Lines after an entry's first stand under its text.
            let item = fitted(&items[i], columns).replace('\n', "\n  ");
            let item = self.themed(|theme, f| theme.format_select_prompt_item(f, &item, i == at));
            text.push_str(&item);
        }
        if let Some(note) = note {
            let dim = Style::new().dim().for_stderr();
            text.push('\n');
            text.push_str(&dim.apply_to(wrap(note)).to_string());
        }
        text
    }
}

/// `item` as it fits beside the list's marker: wrapped at words when a
/// line of it is too wide.
fn fitted(item: &str, columns: usize) -> std::borrow::Cow<'_, str> {
    if item
        .split('\n')
        .all(|line| console::measure_text_width(line) + 2 < columns)
    {
        return item.into();
    }
    layout::wrap_item(item, columns).into()
}

/// The list cut into pages of at most `room` rows on a terminal `columns`
/// wide (an entry may take several); the pages, and the one that holds
/// entry `at`.
fn pages(
    items: &[String],
    columns: usize,
    room: usize,
    at: usize,
) -> (Vec<std::ops::Range<usize>>, usize) {
    let mut pages = Vec::new();
    let (mut start, mut used) = (0, 0);
    for (i, item) in items.iter().enumerate() {
        // Two columns for the marker before each entry.
        let rows = layout::rows(&format!("  {}", fitted(item, columns)), columns);
        if used + rows > room && i > start {
            pages.push(start..i);
            (start, used) = (i, 0);
        }
        used += rows;
    }
    pages.push(start..items.len());
    let page = pages.iter().position(|p| p.contains(&at)).unwrap_or(0);
    (pages, page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_list_is_paged_by_the_rows_it_takes() {
        let items: Vec<String> = (0..10).map(|i| format!("entry {i}")).collect();
        let (paged, page) = pages(&items, 80, 4, 5);
        assert_eq!(paged, [0..4, 4..8, 8..10]);
        assert_eq!(page, 1);
        assert_eq!(pages(&items, 80, 40, 0).0.len(), 1);
        // An entry of two rows counts twice.
        let wide = vec!["x".repeat(100), "y".into(), "z".into()];
        assert_eq!(pages(&wide, 80, 3, 0).0, [0..2, 2..3]);
    }
}
