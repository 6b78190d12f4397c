//! The walk in plain lines, for a screen reader, a dumb terminal or
//! Emacs's shell: each prompt is written once and answered with a line,
//! which the terminal itself reads, echoes and lets the user edit. Nothing
//! is drawn again, moved, erased or hidden. A list to pick from is
//! numbered, and is answered by a number or a word of the entry.
//!
//! Pasting stays safe: the lines a paste brings arrive at once, so those
//! already waiting behind the first are read with it, as one answer.

use super::line::Read;
use super::pick::Menu;
use super::{Prompt, input_error, terminal_error};
use crate::error::Result;
use crate::i18n::t;
use std::io;

impl Prompt {
    /// Writes `prompt` and reads the line typed after it. A line that is
    /// only Esc goes back.
    pub(super) fn plain_line(&self, prompt: &str) -> Result<Read> {
        self.term.write_str(prompt).map_err(terminal_error)?;
        let text = read_lines().map_err(input_error)?;
        Ok(if text == "\x1b" {
            Read::Back
        } else {
            Read::Text(text)
        })
    }

    /// The entries of `menu` numbered under its prompt, then a line: a
    /// number, a word of one entry, empty for the one it starts on, or Esc
    /// (`None`).
    pub(super) fn plain_menu(&self, menu: &Menu) -> Result<Option<usize>> {
        let mut list = menu.prompt.trim_end().to_owned();
        for (i, item) in menu.items.iter().enumerate() {
            let item = item.replace('\n', "\n     ");
            list.push_str(&format!("\n  {}. {item}", menu.first + i));
        }
        self.line(&list)?;
        let (first, last) = (menu.first, menu.first + menu.items.len() - 1);
        loop {
            let ask = t().plain_pick(first, last, menu.first + menu.start);
            match self.plain_line(&format!("{ask} "))? {
                Read::Back => return Ok(None),
                Read::Text(text) => match chosen(text.trim(), menu) {
                    Some(picked) => return Ok(Some(picked)),
                    None => self.line(&t().plain_no_choice(&crate::safe::line(text.trim())))?,
                },
            }
        }
    }
}

/// The entry of `menu` that `typed` names: its number, else the one entry
/// it is a word of, or the start of; empty for the one it starts on.
fn chosen(typed: &str, menu: &Menu) -> Option<usize> {
    let items = menu.items;
    if typed.is_empty() {
        return Some(menu.start);
    }
    if let Ok(n) = typed.parse::<usize>() {
        let first = menu.first;
        return (first..first + items.len()).contains(&n).then(|| n - first);
    }
    let typed = typed.to_lowercase();
    let fits = |item: &String| {
        let item = item.to_lowercase();
        item.starts_with(&typed)
            || item
                .split(|c: char| !c.is_alphanumeric())
                .any(|word| word == typed)
    };
    let mut matching = items.iter().enumerate().filter(|(_, item)| fits(item));
    match (matching.next(), matching.next()) {
        (Some((i, _)), None) => Some(i),
        _ => None,
    }
}

/// One line as the terminal hands it over, without its line break, and
/// the lines waiting behind it (a paste), each after a `\n`.
#[cfg(unix)]
fn read_lines() -> io::Result<String> {
    let mut text = read_line()?;
    while super::keys::pending() {
        text.push('\n');
        text.push_str(&read_line()?);
    }
    Ok(text)
}

/// One line: in the terminal's own line mode a read returns one line at
/// most. (A buffered reader would take the next lines too, out of reach
/// of what drops the keys typed ahead.)
#[cfg(unix)]
fn read_line() -> io::Result<String> {
    let mut bytes = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        // SAFETY: reads into a valid buffer of its length.
        let n = unsafe { libc::read(libc::STDIN_FILENO, buf.as_mut_ptr().cast(), buf.len()) };
        match n {
            0 if bytes.is_empty() => return Err(io::ErrorKind::UnexpectedEof.into()),
            0 => break,
            n if n > 0 => {
                bytes.extend_from_slice(&buf[..n as usize]);
                if bytes.ends_with(b"\n") {
                    break;
                }
            }
            _ => {
                let err = io::Error::last_os_error();
                if err.kind() != io::ErrorKind::Interrupted {
                    return Err(err);
                }
            }
        }
    }
    let text = String::from_utf8_lossy(&bytes);
    Ok(text.trim_end_matches(['\r', '\n']).to_owned())
}

#[cfg(not(unix))]
fn read_lines() -> io::Result<String> {
    let mut line = String::new();
    if io::stdin().read_line(&mut line)? == 0 {
        return Err(io::ErrorKind::UnexpectedEof.into());
    }
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn menu(items: &[String], first: usize) -> Menu<'_> {
        Menu {
            prompt: "",
            items,
            start: 0,
            first,
        }
    }

    #[test]
    fn a_choice_is_named_by_number_or_word() {
        let items: Vec<String> = ["Yes, write the brief", "No, thanks"]
            .map(str::to_owned)
            .into();
        let offer = menu(&items, 1);
        assert_eq!(chosen("", &offer), Some(0));
        assert_eq!(chosen("2", &offer), Some(1));
        assert_eq!(chosen("3", &offer), None);
        assert_eq!(chosen("0", &offer), None);
        assert_eq!(chosen("no", &offer), Some(1));
        assert_eq!(chosen("Brief", &offer), Some(0));
        assert_eq!(chosen("thanks", &offer), Some(1));
        // Numbered from 0, as the review is.
        assert_eq!(chosen("0", &menu(&items, 0)), Some(0));
        // A word of more than one entry names none.
        let both: Vec<String> = ["the brief", "the note"].map(str::to_owned).into();
        assert_eq!(chosen("the", &menu(&both, 1)), None);
    }
}
