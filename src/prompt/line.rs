//! One line of typed input, on the terminal, paste-safe.
//!
//! dialoguer's text prompt reads a pasted email as keystrokes: each line
//! break ends the answer, and the rest of the paste answers the following
//! questions. Here a paste is told from typing by the terminal's paste
//! markers (bracketed paste, [`super::keys`]) and, where the terminal sends
//! none, by its speed: keys that are already waiting when a line break is
//! read came in one burst, so the break is part of the text, not its end.
//! A paste thus stays in the question it was made at, shown there, and is
//! taken only when the user presses Enter. Esc goes back; Ctrl-U clears
//! the line; Ctrl-C stops; Ctrl-Z suspends, and the line is drawn again
//! when the run is back. The line is drawn in a [`Region`], which knows
//! how the text wraps, so the question above it stays.

use super::keys::{self, Event};
use super::region::Region;
use crate::signal::Woken;
use console::{Key, Term};
use std::io;

/// What the user did at the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Read {
    /// The text, on Enter; pasted line breaks kept as `\n`.
    Text(String),
    /// Esc: back to the question before.
    Back,
}

/// Reads a line after `prompt` (already styled), drawing it on `term` and
/// erasing it when done: the caller shows what stays.
pub fn read(term: &Term, prompt: &str) -> io::Result<Read> {
    let mut line = Line::default();
    let mut region = Region::default();
    draw(term, prompt, &line, &mut region)?;
    loop {
        if !keys::pending() && crate::signal::wait_for_input() == Woken::Resumed {
            // On a line of its own, below what the shell wrote meanwhile.
            term.write_line("")?;
            region.forget();
            draw(term, prompt, &line, &mut region)?;
            continue;
        }
        let key = match keys::next()? {
            Event::Paste(text) => {
                line.paste(&text);
                Key::Unknown
            }
            Event::Key(key) => key,
        };
        match key {
            Key::Unknown => {}
            Key::Enter if keys::pending() => line.insert('\n'),
            Key::Enter => {
                region.erase(term)?;
                return Ok(Read::Text(line.text()));
            }
            Key::Escape => {
                region.erase(term)?;
                return Ok(Read::Back);
            }
            Key::CtrlC => {
                region.erase(term)?;
                return Err(io::Error::from(io::ErrorKind::Interrupted));
            }
            Key::Char('\u{1a}') => {
                crate::signal::stop_by_key();
                continue;
            }
            Key::Char('\u{15}') => line = Line::default(),
            Key::Char('\u{17}') => line.delete_word(),
            Key::Char(c) if !c.is_control() => line.insert(c),
            Key::Tab => line.insert(' '),
            Key::Backspace => line.backspace(),
            Key::Del => line.delete(),
            Key::ArrowLeft => line.left(),
            Key::ArrowRight => line.right(),
            Key::Home => line.cursor = 0,
            Key::End => line.cursor = line.chars.len(),
            _ => continue,
        }
        // A burst of keys is drawn once, when it is over.
        if !keys::pending() {
            draw(term, prompt, &line, &mut region)?;
        }
    }
}

/// The text being edited, and the cursor in it.
#[derive(Default)]
struct Line {
    chars: Vec<char>,
    cursor: usize,
}

impl Line {
    fn text(&self) -> String {
        self.chars.iter().collect()
    }

    /// A paste at the cursor: its line breaks kept, a tab as a space,
    /// other control characters dropped.
    fn paste(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '\n' => self.insert('\n'),
                '\t' => self.insert(' '),
                c if c.is_control() => {}
                c => self.insert(c),
            }
        }
    }

    fn insert(&mut self, c: char) {
        self.chars.insert(self.cursor, c);
        self.cursor += 1;
    }

    fn backspace(&mut self) {
        if self.cursor > 0 {
            self.cursor -= 1;
            self.chars.remove(self.cursor);
        }
    }

    fn delete(&mut self) {
        if self.cursor < self.chars.len() {
            self.chars.remove(self.cursor);
        }
    }

    fn delete_word(&mut self) {
        while self.cursor > 0 && self.chars[self.cursor - 1] == ' ' {
            self.backspace();
        }
        while self.cursor > 0 && self.chars[self.cursor - 1] != ' ' {
            self.backspace();
        }
    }

    fn left(&mut self) {
        self.cursor = self.cursor.saturating_sub(1);
    }

    fn right(&mut self) {
        self.cursor = (self.cursor + 1).min(self.chars.len());
    }

    /// The text as shown on one line, a pasted line break as `⏎`, and
    /// the cursor's byte in it.
    fn shown(&self) -> (String, usize) {
        let mark = |&c: &char| if c == '\n' { '⏎' } else { c };
        let before: String = self.chars[..self.cursor].iter().map(mark).collect();
        let after: String = self.chars[self.cursor..].iter().map(mark).collect();
        let at = before.len();
        (before + &after, at)
    }
}

/// Draws `prompt` and the line in `region`, the cursor where it is.
fn draw(term: &Term, prompt: &str, line: &Line, region: &mut Region) -> io::Result<()> {
    let (shown, before) = line.shown();
    let text = format!("{prompt}{shown}");
    region.draw(term, &text, Some(prompt.len() + before))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editing_keys_change_the_line_where_the_cursor_is() {
        let mut line = Line::default();
        for c in "helo world".chars() {
            line.insert(c);
        }
        for _ in 0.."world".len() + 2 {
            line.left();
        }
        line.insert('l');
        assert_eq!(line.text(), "hello world");
        line.cursor = line.chars.len();
        line.delete_word();
        assert_eq!(line.text(), "hello ");
        line.backspace();
        line.cursor = 0;
        line.delete();
        assert_eq!(line.text(), "ello");
    }

    #[test]
    fn editing_keys_stop_at_the_ends_of_the_line() {
        let mut line = Line::default();
        line.backspace();
        line.delete();
        line.left();
        line.right();
        assert_eq!((line.text().as_str(), line.cursor), ("", 0));
        for c in "ab".chars() {
            line.insert(c);
        }
        line.right();
        assert_eq!(line.cursor, 2, "right stops at the end");
        line.delete();
        assert_eq!(line.text(), "ab", "nothing to delete at the end");
        line.left();
        line.right();
        assert_eq!(line.cursor, 2, "right moves one");
        line.cursor = 0;
        line.left();
        line.backspace();
        assert_eq!((line.text().as_str(), line.cursor), ("ab", 0));
        line.right();
        line.backspace();
        assert_eq!((line.text().as_str(), line.cursor), ("b", 0));
    }

    #[test]
    fn ctrl_w_deletes_the_blanks_then_the_word_before_the_cursor() {
        let mut line = Line::default();
        for c in "one two  three".chars() {
            line.insert(c);
        }
        line.cursor = "one two  ".len();
        line.delete_word();
        assert_eq!((line.text().as_str(), line.cursor), ("one three", 4));
        line.delete_word();
        assert_eq!((line.text().as_str(), line.cursor), ("three", 0));
        line.delete_word();
        assert_eq!(line.text(), "three", "nothing before the cursor");
    }

    #[test]
    fn a_pasted_line_break_shows_as_a_mark() {
        let mut line = Line::default();
        for c in "From: a\nDate: b".chars() {
            line.insert(c);
        }
        let (shown, cursor) = line.shown();
        assert_eq!(shown, "From: a⏎Date: b");
        assert_eq!(cursor, shown.len());
        line.cursor = 8;
        assert_eq!(line.shown().1, "From: a⏎".len());
        let mut pasted = Line::default();
        pasted.paste("a\tb\x1b[31mc\nd");
        assert_eq!(pasted.text(), "a b[31mc\nd");
    }
}
