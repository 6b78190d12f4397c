//! One line of typed input, on the terminal, paste-safe.
//!
//! dialoguer's text prompt reads a pasted email as keystrokes: each line
//! break ends the answer, and the rest of the paste answers the following
//! questions. This reader tells a paste from typing by its speed: keys that
//! are already waiting when a line break is read came in one burst, so the
//! break is part of the text, not its end. A paste thus stays in the
//! question it was made at, shown there, and is taken only when the user
//! presses Enter. Esc goes back; Ctrl-U clears the line; Ctrl-C stops;
//! Ctrl-Z suspends, and the line is drawn again when the run is back.
//! Keys are read with `console`, the layer under dialoguer.

use crate::signal::Woken;
use console::{Key, Term, measure_text_width};
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
    let mut drawn = draw(term, prompt, &line, 0)?;
    loop {
        if !pending() && crate::signal::wait_for_input() == Woken::Resumed {
            // On a line of its own, below what the shell wrote meanwhile.
            term.write_line("")?;
            drawn = draw(term, prompt, &line, 0)?;
            continue;
        }
        let key = term.read_key_raw()?;
        match key {
            Key::Enter if pending() => line.insert('\n'),
            Key::Enter => {
                erase(term, drawn)?;
                return Ok(Read::Text(line.text()));
            }
            Key::Escape => {
                erase(term, drawn)?;
                return Ok(Read::Back);
            }
            Key::CtrlC => {
                erase(term, drawn)?;
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
        if !pending() {
            drawn = draw_again(term, prompt, &line, drawn)?;
        }
    }
}

/// Is a key already waiting to be read? Then it came in the same burst as
/// the one just read: a paste, not typing.
#[cfg(unix)]
pub(super) fn pending() -> bool {
    let mut fd = libc::pollfd {
        fd: libc::STDIN_FILENO,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one valid pollfd, a zero timeout.
    unsafe { libc::poll(&mut fd, 1, 0) > 0 }
}

#[cfg(not(unix))]
pub(super) fn pending() -> bool {
    false
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

    /// The text as shown on one line: a pasted line break as `⏎`.
    fn shown(&self) -> (String, usize) {
        let shown: String = self
            .chars
            .iter()
            .map(|&c| if c == '\n' { '⏎' } else { c })
            .collect();
        let before: String = shown.chars().take(self.cursor).collect();
        (shown, measure_text_width(&before))
    }
}

/// Draws `prompt` and the line, the cursor where it is; returns how many
/// rows of the terminal it took.
fn draw(term: &Term, prompt: &str, line: &Line, _: usize) -> io::Result<usize> {
    let (shown, before) = line.shown();
    let text = format!("{prompt}{shown}");
    term.write_str(&text)?;
    let columns = usize::from(term.size().1).max(1);
    let width = measure_text_width(&text);
    // Back from the end of the line to the cursor.
    let back = measure_text_width(&shown) - before;
    if back > 0 {
        term.move_cursor_left(back)?;
    }
    Ok(width / columns + 1)
}

/// Erases what `draw` drew, `rows` rows, and draws the line anew.
fn draw_again(term: &Term, prompt: &str, line: &Line, rows: usize) -> io::Result<usize> {
    erase(term, rows)?;
    draw(term, prompt, line, rows)
}

/// Erases the `rows` rows the line took, leaving the cursor at the start
/// of the first.
fn erase(term: &Term, rows: usize) -> io::Result<()> {
    term.clear_line()?;
    if rows > 1 {
        term.clear_last_lines(rows - 1)?;
    }
    Ok(())
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
    fn a_pasted_line_break_shows_as_a_mark() {
        let mut line = Line::default();
        for c in "From: a\nDate: b".chars() {
            line.insert(c);
        }
        let (shown, cursor) = line.shown();
        assert_eq!(shown, "From: a⏎Date: b");
        assert_eq!(cursor, measure_text_width(&shown));
    }
}
