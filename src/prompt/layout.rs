//! Fitting text to a terminal of a given width: pure functions, tested
//! without a terminal.
//!
//! dialoguer knows a prompt's height only by its line breaks, not by how
//! the terminal wraps it, and measures list items in bytes, not columns;
//! so what it draws is cut or wrapped here to fit in both.

use console::measure_text_width;

/// Columns assumed when the terminal does not tell its size.
pub const NARROWEST: usize = 20;

/// The rows `text` takes on a terminal `columns` wide, lines that are too
/// wide included.
pub fn rows(text: &str, columns: usize) -> usize {
    text.split('\n')
        .map(|line| measure_text_width(line).div_ceil(columns).max(1))
        .sum()
}

/// `make(width)` for the widest `width`, from `start` down to `least`,
/// whose every line fits `columns` in bytes too.
fn fitting(columns: usize, start: usize, least: usize, make: impl Fn(usize) -> String) -> String {
    let bytes = columns - 2;
    let mut width = start;
    loop {
        let text = make(width);
        if text.split('\n').all(|l| l.len() <= bytes) || width <= least {
            return text;
        }
        width -= 1;
    }
}

/// `text` cut to one line of a list.
pub fn fit(text: &str, columns: usize) -> String {
    fitting(columns, columns - 4, 1, |width| {
        console::truncate_str(text, width, "…").into_owned()
    })
}

/// A review line, `question: answer`, cut to one line. The question gives
/// way first, so that the answer stays readable.
pub fn fit_answer(question: &str, answer: &str, columns: usize) -> String {
    let room = columns - 4;
    let answer = console::truncate_str(answer, room / 2, "…");
    let left = room.saturating_sub(measure_text_width(&answer) + 2);
    fitting(columns, left, 1, |left| {
        format!("{}: {answer}", console::truncate_str(question, left, "…"))
    })
}

/// `text` as a list item that may take several lines, wrapped at words and
/// indented under the item's marker; no line is wider than the terminal,
/// counted in columns or in bytes.
pub fn wrap_item(text: &str, columns: usize) -> String {
    fitting(columns, columns - 4, 10, |width| {
        crate::wrap::fill(text, Some(width), "", "  ")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line of `text` fits `columns` in columns and in bytes.
    fn fits(text: &str, columns: usize) -> bool {
        text.split('\n')
            .all(|l| measure_text_width(l) <= columns - 2 && l.len() <= columns - 2)
    }

    #[test]
    fn list_lines_fit_every_width_in_columns_and_bytes() {
        let question = "Haben Sie die Leistungsbeschreibung Ihres Partners noch einmal gelesen?";
        let answer = "Ja, aber es ist noch offen (keine klare Antwort) – äöü";
        for columns in NARROWEST..=120 {
            assert!(fits(&fit(question, columns), columns), "fit at {columns}");
            let line = fit_answer(question, answer, columns);
            assert!(fits(&line, columns), "fit_answer at {columns}: {line}");
            assert!(!line.contains('\n'));
            let item = wrap_item(question, columns);
            assert!(
                fits(&item, columns) || columns < 16,
                "wrap_item at {columns}: {item}"
            );
        }
    }

    #[test]
    fn the_answer_keeps_its_room_before_the_question() {
        let line = fit_answer("A long question about the statement of work", "ACME", 40);
        assert!(line.ends_with(": ACME"), "{line}");
        assert!(line.contains('…'), "{line}");
    }

    #[test]
    fn rows_count_wrapped_lines() {
        assert_eq!(rows("abc", 10), 1);
        assert_eq!(rows("abcdefghijk", 10), 2);
        assert_eq!(rows("a\n\nb", 10), 3);
        assert_eq!(rows("äöü", 2), 2);
    }
}
