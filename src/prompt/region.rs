//! The live part of the screen: the prompt being answered, drawn, drawn
//! again and erased in place. It knows where its text wraps (the widths of
//! its characters and the terminal's columns, [`layout::position`]), and
//! where the cursor stands in it, so a redraw goes back exactly to its own
//! first row and never touches a line above it, as line editors such as
//! rustyline and reedline redraw.

use super::layout;
use console::Term;
use std::fmt::Write as _;
use std::io;

/// What was drawn: the cursor's row within it.
#[derive(Default)]
pub struct Region {
    /// Rows between the region's first row and the cursor.
    cursor_row: usize,
    drawn: bool,
}

impl Region {
    /// Draws `text` (styles and line breaks allowed) in place of what was
    /// drawn before, and puts the cursor at byte `cursor` of it; `None`
    /// ends the text with a line break and leaves the cursor below it, as
    /// a list is drawn.
    pub fn draw(&mut self, term: &Term, text: &str, cursor: Option<usize>) -> io::Result<()> {
        let columns = usize::from(term.size().1).max(1);
        let mut out = self.back();
        let text = match cursor {
            Some(_) => text.to_owned(),
            None => format!("{text}\n"),
        };
        let text = text.as_str();
        out.push_str(text);
        let plain = console::strip_ansi_codes(text);
        let (mut end_row, end_col) = layout::position(&plain, columns);
        if end_col >= columns {
            // A full last row: the cursor goes on to the next, so that the
            // terminal's pending wrap cannot mislead the next move.
            out.push_str("\r\n");
            end_row += 1;
        }
        let (row, col) = match cursor {
            Some(at) => layout::settled(&console::strip_ansi_codes(&text[..at]), columns),
            None => layout::settled(&plain, columns),
        };
        if end_row > row {
            let _ = write!(out, "\x1b[{}A", end_row - row);
        }
        out.push('\r');
        if col > 0 {
            let _ = write!(out, "\x1b[{col}C");
        }
        term.write_str(&out)?;
        self.cursor_row = row;
        self.drawn = true;
        Ok(())
    }

    /// Erases what was drawn; the cursor at the start of its first row.
    pub fn erase(&mut self, term: &Term) -> io::Result<()> {
        if !self.drawn {
            return Ok(());
        }
        let out = self.back();
        self.drawn = false;
        self.cursor_row = 0;
        term.write_str(&out)
    }

    /// After a suspension, the shell wrote below: the next draw starts on
    /// a row of its own.
    pub fn forget(&mut self) {
        self.drawn = false;
        self.cursor_row = 0;
    }

    /// The moves back to the first row, and the erasure of everything
    /// from there down.
    fn back(&self) -> String {
        if !self.drawn {
            return String::new();
        }
        let mut out = String::new();
        if self.cursor_row > 0 {
            let _ = write!(out, "\x1b[{}A", self.cursor_row);
        }
        out.push_str("\r\x1b[J");
        out
    }
}
