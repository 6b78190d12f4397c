//! Fitting text to a terminal of a given width: pure functions, tested
//! without a terminal. Where the terminal wraps a text (by the width of
//! each character), so that a redraw knows where it stands; and list
//! lines cut or wrapped at words to fit, in columns and in bytes.

use console::measure_text_width;
use unicode_width::UnicodeWidthChar;

/// Columns assumed when the terminal does not tell its size.
pub const NARROWEST: usize = 20;

/// The rows `text` takes on a terminal `columns` wide, lines that are too
/// wide included.
pub fn rows(text: &str, columns: usize) -> usize {
    text.split('\n')
        .map(|line| measure_text_width(line).div_ceil(columns).max(1))
        .sum()
}

/// Where the cursor stands after `text` (no styles) is written from the
/// start of a row of a terminal `columns` wide: its row below the first,
/// and its column. A column of `columns` is the terminal's pending wrap:
/// the row is full, and the next character goes to the next one. A wide
/// character that does not fit at the end of a row goes to the next, as
/// terminals put it; a line break starts a row (a pending wrap then
/// starts none of its own).
pub fn position(text: &str, columns: usize) -> (usize, usize) {
    let columns = columns.max(1);
    let (mut row, mut col) = (0, 0);
    for c in text.chars() {
        if c == '\n' {
            (row, col) = (row + 1, 0);
            continue;
        }
        let width = c.width().unwrap_or(0);
        if width == 0 {
            continue;
        }
        if col + width > columns {
            (row, col) = (row + 1, 0);
        }
        col += width;
    }
    (row, col)
}

/// `position` where the cursor is put: a pending wrap as the start of the
/// next row.
pub fn settled(text: &str, columns: usize) -> (usize, usize) {
    match position(text, columns) {
        (row, col) if col >= columns.max(1) => (row + 1, 0),
        at => at,
    }
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

/// Columns at and below which a review line that does not fit puts its
/// answer on a line of its own.
pub const NARROW: usize = 40;

/// A review line, `question: answer`, cut to one line. The question gives
/// way first, so that the answer stays readable. On a terminal of
/// [`NARROW`] columns or fewer, a line that does not fit becomes two, the
/// answer under the question, so that neither is cut to what tells it
/// apart.
pub fn fit_answer(question: &str, answer: &str, columns: usize) -> String {
    let room = columns - 4;
    let whole = format!("{question}: {answer}");
    if columns <= NARROW && whole.len() > room {
        if measure_text_width(&whole) <= room && whole.len() <= columns - 2 {
            return whole;
        }
        let question = fitting(columns, room, 1, |width| {
            cut(&format!("{question}:"), width)
        });
        let answer = fitting(columns, room - 2, 1, |width| {
            format!("  {}", cut(answer, width))
        });
        return format!("{question}\n{answer}");
    }
    let answer = console::truncate_str(answer, room / 2, "…");
    let left = room.saturating_sub(measure_text_width(&answer) + 2);
    fitting(columns, left, 1, |left| {
        format!("{}: {answer}", console::truncate_str(question, left, "…"))
    })
}

/// `text` cut to `width` columns between words, `…` marking the cut; a
/// first word wider than that is cut inside.
fn cut(text: &str, width: usize) -> String {
    let cut = console::truncate_str(text, width, "…");
    if cut == text {
        return cut.into_owned();
    }
    let kept = cut.trim_end_matches('…');
    // Inside a word: back to the space before it.
    let inside = text[kept.len()..].starts_with(|c: char| !c.is_whitespace());
    match kept.rfind(' ').filter(|_| inside) {
        Some(space) if space > 0 => format!("{}…", kept[..space].trim_end()),
        _ => format!("{}…", kept.trim_end()),
    }
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
            assert_eq!(line.contains('\n'), columns <= NARROW, "{line}");
            let item = wrap_item(question, columns);
            assert!(
                fits(&item, columns) || columns < 16,
                "wrap_item at {columns}: {item}"
            );
        }
    }

    #[test]
    fn the_answer_keeps_its_room_before_the_question() {
        let line = fit_answer(
            "A long question about the statement of work and what it says",
            "ACME",
            60,
        );
        assert!(line.ends_with(": ACME"), "{line}");
        assert!(line.contains('…'), "{line}");
    }

    #[test]
    fn at_40_columns_the_answer_goes_under_the_question() {
        let raised = "Yes, but there was no answer or no clear answer";
        let line = fit_answer("Raised with the partner", raised, 40);
        assert_eq!(
            line,
            "Raised with the partner:\n  Yes, but there was no answer or…"
        );
        assert_eq!(cut("Yes, but", 5), "Yes,…");
        assert_eq!(cut("Unbreakable", 5), "Unbr…");
        // What fits stays on one line.
        assert_eq!(fit_answer("Project", "Relaunch", 40), "Project: Relaunch");
    }

    #[test]
    fn positions_follow_the_terminal_s_wrapping() {
        assert_eq!(position("", 10), (0, 0));
        assert_eq!(position("abcdefghij", 10), (0, 10));
        assert_eq!(settled("abcdefghij", 10), (1, 0));
        assert_eq!(position("abcdefghijk", 10), (1, 1));
        // A wide character that does not fit goes to the next row whole.
        assert_eq!(position("abcdefghi日", 10), (1, 2));
        assert_eq!(position("abcdefghij\nx", 10), (1, 1));
        assert_eq!(position("ab\n\nc", 10), (2, 1));
        // Combining marks take no column.
        assert_eq!(position("e\u{301}", 10), (0, 1));
    }

    #[test]
    fn rows_count_wrapped_lines() {
        assert_eq!(rows("abc", 10), 1);
        assert_eq!(rows("abcdefghijk", 10), 2);
        assert_eq!(rows("a\n\nb", 10), 3);
        assert_eq!(rows("äöü", 2), 2);
    }
}
