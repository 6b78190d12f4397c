//! The response window: the time a partner gets to answer a concern before
//! it goes to the CSM, and every date that follows from it. The rule lives
//! here and nowhere else: the verdict asks whether the window has passed
//! and from which day the check can pass, the note to the partner asks by
//! when to request an answer, the brief asks how long the partner has had,
//! and the checklist's rules ask which question waits for it.
//!
//! The rule today: the window is the `wait_days` of a date question, in
//! calendar days, counted from the day the concern was raised (or the note
//! is sent).

use super::Question;
use jiff::civil::Date;

/// The time a partner gets to answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    days: u32,
}

impl Window {
    /// The window `q` waits for, if it waits for one (a date question with
    /// `wait_days`).
    pub fn of(q: &Question) -> Option<Window> {
        q.wait_days.map(|days| Window { days })
    }

    /// The first day the check can pass for a concern raised on `raised`;
    /// `None` when that day is beyond the calendar.
    pub fn opens(self, raised: Date) -> Option<Date> {
        jiff::Span::new()
            .try_days(i64::from(self.days))
            .and_then(|span| raised.checked_add(span))
            .ok()
    }

    /// Has the partner had the window, for a concern raised on `raised`,
    /// by `today`?
    pub fn passed(self, raised: Date, today: Date) -> bool {
        self.opens(raised).is_some_and(|opens| opens <= today)
    }

    /// The day a message sent on `sent` asks the partner to answer by. The
    /// case's date at risk, `at_risk`, is given so that the rule can keep
    /// clear of it; counted in calendar days, it does not look at it.
    pub fn answer_by(self, sent: Date, _at_risk: Option<Date>) -> Option<Date> {
        self.opens(sent)
    }

    /// How long the partner has had, in the days the window counts, from
    /// `raised` to `today`: what the brief says, whether a question waits
    /// or not.
    pub fn waited(raised: Date, today: Date) -> Option<i64> {
        raised
            .until(today)
            .ok()
            .map(|span| i64::from(span.get_days()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn window(days: u32) -> Window {
        Window { days }
    }

    #[test]
    fn the_window_passes_on_the_day_it_opens_and_after() {
        let raised = date(2026, 11, 2);
        let three = window(3);
        assert_eq!(three.opens(raised), Some(date(2026, 11, 5)));
        assert!(!three.passed(raised, date(2026, 11, 4)));
        assert!(three.passed(raised, date(2026, 11, 5)));
        assert!(three.passed(raised, date(2026, 12, 1)));
        assert!(window(0).passed(raised, raised));
        // Raised after today: the window cannot have passed.
        assert!(!window(0).passed(raised, date(2026, 11, 1)));
    }

    #[test]
    fn a_window_beyond_the_calendar_never_passes() {
        let raised = date(2026, 11, 2);
        assert_eq!(window(u32::MAX).opens(raised), None);
        assert!(!window(u32::MAX).passed(raised, date(9999, 12, 31)));
        assert_eq!(window(u32::MAX).answer_by(raised, None), None);
    }

    #[test]
    fn the_answer_is_asked_for_by_the_end_of_the_window() {
        let sent = date(2026, 11, 4);
        let by = window(3).answer_by(sent, Some(date(2026, 12, 1)));
        assert_eq!(by, Some(date(2026, 11, 7)));
    }

    #[test]
    fn the_time_waited_counts_days() {
        let waited = Window::waited;
        assert_eq!(waited(date(2026, 11, 2), date(2026, 11, 25)), Some(23));
        assert_eq!(waited(date(2026, 11, 25), date(2026, 11, 25)), Some(0));
    }
}
