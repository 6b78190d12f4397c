//! A list to pick from at the terminal (a choice, the review screen, the
//! offers), by the arrow keys or by an entry's number, as menu-driven
//! tools let one pick (git's interactive add): a number picks its entry at
//! once when no longer number starts with it, else it moves there and
//! Enter picks. Esc goes back.
//!
//! Drawn in a [`Region`] with dialoguer's theme, so it looks as the rest of
//! the walk, wrapped at words and paged by the rows it takes; its keys read
//! through [`super::keys`], so a paste is known for one. A paste picks
//! nothing, however it arrives: between the terminal's paste markers, or,
//! where the terminal sends none, as a burst of characters; the list says
//! so in one line under it, and stays. In plain lines it is a numbered
//! list answered with a line ([`super::plain`]).

use super::keys::{self, Event};
use super::region::Region;
use super::{Prompt, input_error, layout, terminal_error};
use crate::error::{Error, Result};
use crate::i18n::t;
use crate::signal::Woken;
use console::{Key, Style};

/// The columns an entry's number takes before it (`12 `): what the caller
/// leaves free when it fits the entries to the terminal.
pub const NUMBER: usize = 3;

/// A list to pick from.
pub struct Menu<'a> {
    pub prompt: &'a str,
    /// The entries, each fitted to the terminal less [`NUMBER`] columns.
    pub items: &'a [String],
    /// The entry the cursor starts on.
    pub start: usize,
    /// The number of the first entry: 1, or 0 where the first entry is
    /// the one that goes on (the review's "all correct").
    pub first: usize,
}

impl Prompt {
    /// Shows `menu` until an entry is picked (its index) or Esc (`None`),
    /// then erases it: the caller shows what stays.
    pub(super) fn pick_from(&self, menu: &Menu) -> Result<Option<usize>> {
        if self.plain {
            return self.plain_menu(menu);
        }
        let count = menu.items.len();
        let last = menu.first + count - 1;
        let mut at = menu.start.min(count - 1);
        let mut typed = String::new();
        let mut region = Region::default();
        let mut note: Option<&str> = None;
        self.term.hide_cursor().map_err(terminal_error)?;
        // Drawn anew after a key, not after Ctrl-Z: the run is suspended
        // then, and draws the list once it is back.
        let mut draw = true;
        let picked = loop {
            if std::mem::take(&mut draw) {
                let text = self.menu_text(menu, at, note);
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
            if !matches!(key, Key::Char(c) if c.is_ascii_digit()) {
                typed.clear();
            }
            match key {
                // Characters with more waiting behind them: a paste from a
                // terminal without paste markers. All of it is dropped.
                Key::Char(c) if !c.is_control() && keys::pending() => {
                    while keys::pending() {
                        keys::next().map_err(input_error)?;
                    }
                    typed.clear();
                    note = Some(t().paste_at_a_list());
                }
                Key::ArrowDown | Key::Tab | Key::Char('j') => at = (at + 1) % count,
                Key::ArrowUp | Key::BackTab | Key::Char('k') => at = (at + count - 1) % count,
                Key::Home | Key::PageUp => at = 0,
                Key::End | Key::PageDown => at = count - 1,
                Key::Enter | Key::Char(' ') => break Some(at),
                Key::Escape => break None,
                Key::CtrlC => {
                    region.erase(&self.term).map_err(terminal_error)?;
                    return Err(Error::Interrupted);
                }
                Key::Char('\u{1a}') => {
                    crate::signal::stop_by_key();
                    draw = false;
                }
                Key::Char(c) if c.is_ascii_digit() => {
                    typed.push(c);
                    let mut number: usize = typed.parse().unwrap_or(usize::MAX);
                    if !(menu.first..=last).contains(&number) {
                        // A fresh number, not a longer one.
                        typed = c.to_string();
                        number = typed.parse().unwrap_or(usize::MAX);
                    }
                    if (menu.first..=last).contains(&number) {
                        at = number - menu.first;
                        // No longer number starts with it.
                        if number == 0 || number * 10 > last {
                            break Some(at);
                        }
                    } else {
                        typed.clear();
                    }
                }
                _ => {}
            }
        };
        region.erase(&self.term).map_err(terminal_error)?;
        self.term.show_cursor().map_err(terminal_error)?;
        Ok(picked)
    }

    /// The list as drawn: the prompt (with the page when it is paged), the
    /// numbered entries of the page that holds `at`, and the note, if any;
    /// all of it wrapped at words, since the terminal would break them
    /// anywhere.
    fn menu_text(&self, menu: &Menu, at: usize, note: Option<&str>) -> String {
        let (rows, columns) = (usize::from(self.term.size().0), self.columns());
        let width = Some(columns.saturating_sub(4).max(10));
        let wrap = |text: &str| crate::wrap::fill(text, width, "", "  ");
        // Room for the entries: the screen less the prompt (with room for
        // a page number), the note and the row below the list.
        let above = layout::rows(&wrap(&format!("? {} [9/9] ›", menu.prompt)), columns);
        let below = note.map_or(0, |note| layout::rows(&wrap(note), columns)) + 1;
        let room = rows.saturating_sub(above + below).max(3);
        let entries: Vec<String> = (menu.items.iter().enumerate())
            .map(|(i, item)| numbered(menu.first + i, &fitted(item, columns - NUMBER)))
            .collect();
        let (pages, page) = pages(&entries, columns, room, at);
        let mut prompt = menu.prompt.to_owned();
        if pages.len() > 1 {
            prompt.push_str(&format!(" [{}/{}]", page + 1, pages.len()));
        }
        let mut text = self.themed(|theme, f| theme.format_select_prompt(f, &wrap(&prompt)));
        for i in pages[page].clone() {
            text.push('\n');
            // Lines after an entry's first stand under its text.
            let entry = entries[i].replace('\n', "\n  ");
            let entry = self.themed(|theme, f| theme.format_select_prompt_item(f, &entry, i == at));
            text.push_str(&entry);
        }
        if let Some(note) = note {
            let dim = Style::new().dim().for_stderr();
            text.push('\n');
            text.push_str(&dim.apply_to(wrap(note)).to_string());
        }
        text
    }
}

/// `item` after its number, its later lines indented under its first.
fn numbered(number: usize, item: &str) -> String {
    let indent = " ".repeat(NUMBER);
    let mut lines = item.split('\n');
    let mut out = format!("{number:>2} {}", lines.next().unwrap_or_default());
    for line in lines {
        out.push('\n');
        out.push_str(&indent);
        out.push_str(line);
    }
    out
}

/// `item` as it fits in `columns` beside the list's marker: wrapped at
/// words when a line of it is too wide.
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
        let rows = layout::rows(&format!("  {item}"), columns);
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
    fn entries_are_numbered_and_their_later_lines_indented() {
        assert_eq!(
            numbered(3, "Yes, but\n  no answer"),
            " 3 Yes, but\n     no answer"
        );
        assert_eq!(numbered(12, "x"), "12 x");
    }

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
