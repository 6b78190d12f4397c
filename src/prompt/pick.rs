//! A list to pick from, by the arrow keys or by an entry's number, as
//! menu-driven tools let one pick (git's interactive add): a number picks
//! its entry at once when no longer number starts with it, else it moves
//! there and Enter picks. Esc goes back. Keys that arrive in one burst are
//! a paste, not typing: a digit or a line break in it picks nothing.
//! A list taller than the terminal is left to dialoguer, which pages it.

use super::line::pending;
use super::{Prompt, dialog_error, layout};
use crate::error::Result;
use console::Key;
use dialoguer::Select;
use std::io;

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
        let rows = usize::from(self.term.size().0);
        let tall: usize = menu
            .items
            .iter()
            .map(|i| layout::rows(i, self.columns()))
            .sum();
        if tall + 2 > rows {
            return Select::with_theme(self.theme.as_ref())
                .with_prompt(menu.prompt)
                .items(menu.items)
                .default(menu.start)
                .report(false)
                .interact_on_opt(&self.term)
                .map_err(dialog_error);
        }
        self.keys(menu).map_err(|e| dialog_error(e.into()))
    }

    fn keys(&self, menu: &Menu) -> io::Result<Option<usize>> {
        let term = &self.term;
        let count = menu.items.len();
        let last = menu.first + count - 1;
        let mut at = menu.start.min(count - 1);
        let mut typed = String::new();
        // Was a key waiting after the last one read: a burst, a paste?
        let mut burst = false;
        let mut pasted = false;
        term.hide_cursor()?;
        let mut drawn = self.draw_menu(menu, at)?;
        let picked = loop {
            let key = term.read_key_raw()?;
            let waiting = pending();
            let in_burst = burst || waiting;
            burst = waiting;
            pasted = in_burst && (pasted || matches!(key, Key::Char(_)));
            match key {
                Key::ArrowDown | Key::Tab | Key::Char('j') => at = (at + 1) % count,
                Key::ArrowUp | Key::BackTab | Key::Char('k') => at = (at + count - 1) % count,
                Key::Enter | Key::Char(' ') if pasted => {}
                Key::Enter | Key::Char(' ') => break Some(at),
                Key::Escape => break None,
                Key::CtrlC => {
                    term.clear_last_lines(drawn)?;
                    term.show_cursor()?;
                    return Err(io::Error::from(io::ErrorKind::Interrupted));
                }
                Key::Char('\u{1a}') => {
                    crate::signal::stop_by_key();
                    // On a line of its own, below what the shell wrote.
                    term.write_line("")?;
                    drawn = self.draw_menu(menu, at)?;
                    continue;
                }
                Key::Char(c) if c.is_ascii_digit() && !pasted => {
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
            if !matches!(key, Key::Char(c) if c.is_ascii_digit()) {
                typed.clear();
            }
            term.clear_last_lines(drawn)?;
            drawn = self.draw_menu(menu, at)?;
        };
        term.clear_last_lines(drawn)?;
        term.show_cursor()?;
        term.flush()?;
        Ok(picked)
    }

    /// Draws the menu with the cursor on entry `at`; the rows it took.
    fn draw_menu(&self, menu: &Menu, at: usize) -> io::Result<usize> {
        let mut text = self.themed(|theme, f| theme.format_select_prompt(f, menu.prompt));
        for (i, item) in menu.items.iter().enumerate() {
            let numbered = numbered(menu.first + i, item);
            text.push('\n');
            text.push_str(
                &self.themed(|theme, f| theme.format_select_prompt_item(f, &numbered, i == at)),
            );
        }
        self.term.write_line(&text)?;
        self.term.flush()?;
        Ok(layout::rows(&text, self.columns()))
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
}
