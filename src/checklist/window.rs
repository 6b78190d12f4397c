//! The response window: the time a partner gets to answer a concern before
//! it goes to the CSM, and every date that follows from it. The rule lives
//! here and nowhere else: the verdict asks whether the window has passed
//! and from which day the check can pass, the note to the partner and the
//! next step that says to raise the concern ask by when to request an
//! answer, the brief asks how long the partner has had, and the
//! checklist's rules ask which question waits for it.
//!
//! The rule: the window is the `wait_days` of a date question, counted in
//! working days (Monday to Friday) from the day the concern was raised (or
//! the note is written), so that it always ends on a working day. An
//! answer is never asked for on or after the case's date at risk: when the
//! window would end there, the answer is asked for by the last working day
//! before it, and when no working day is left before it, the answer-by
//! date says so instead of naming a day.

use super::Question;
use jiff::civil::{Date, Weekday};

/// The time a partner gets to answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    days: u32,
}

/// By when a partner is asked to answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerBy {
    /// The end of the window, the date at risk being later or unknown.
    Window(Date),
    /// The window would end on or after the date at risk: the last
    /// working day before it.
    BeforeRisk { by: Date, at_risk: Date },
    /// The date at risk is today, or no working day is left before it.
    TooNear { at_risk: Date },
}

impl AnswerBy {
    /// The day asked for, if there is one.
    pub fn date(self) -> Option<Date> {
        match self {
            AnswerBy::Window(by) | AnswerBy::BeforeRisk { by, .. } => Some(by),
            AnswerBy::TooNear { .. } => None,
        }
    }
}

impl Window {
    /// The window `q` waits for, if it waits for one (a date question with
    /// `wait_days`).
    pub fn of(q: &Question) -> Option<Window> {
        q.wait_days.map(|days| Window { days })
    }

    /// The first day the check can pass for a concern raised on `raised`:
    /// the window's working days after it, or, when the case's date at
    /// risk `at_risk` comes first, the last working day before that date
    /// (the day the note asks the partner to answer by), and `raised`
    /// itself when no working day is left between them. `None` when that
    /// day is beyond the calendar.
    pub fn opens(self, raised: Date, at_risk: Option<Date>) -> Option<Date> {
        let end = working_days_after(raised, self.days)?;
        Some(
            match at_risk.filter(|&at_risk| at_risk > raised && end >= at_risk) {
                Some(at_risk) => last_working_day_before(at_risk)
                    .filter(|&by| by > raised)
                    .unwrap_or(raised),
                None => end,
            },
        )
    }

    /// Has the partner had the window, for a concern raised on `raised`,
    /// by `today`, with `at_risk` as for [`Window::opens`]?
    pub fn passed(self, raised: Date, today: Date, at_risk: Option<Date>) -> bool {
        self.opens(raised, at_risk)
            .is_some_and(|opens| opens <= today)
    }

    /// By when a message written `today` asks the partner to answer: the
    /// end of the window that runs from `raised`, the day the concern was
    /// raised, while it runs, else of one that starts today; never on or
    /// after `at_risk`, the case's date at risk, unless that has passed.
    /// `None` when the day is beyond the calendar.
    pub fn answer_by(
        self,
        today: Date,
        raised: Option<Date>,
        at_risk: Option<Date>,
    ) -> Option<AnswerBy> {
        let start = raised
            .filter(|&raised| raised <= today && !self.passed(raised, today, None))
            .unwrap_or(today);
        let mut by = self.opens(start, None)?;
        // An empty window from a Saturday still ends on a working day.
        while !is_working_day(by) {
            by = by.tomorrow().ok()?;
        }
        Some(match at_risk {
            Some(at_risk) if at_risk >= today && by >= at_risk => {
                match last_working_day_before(at_risk) {
                    Some(by) if by > today => AnswerBy::BeforeRisk { by, at_risk },
                    _ => AnswerBy::TooNear { at_risk },
                }
            }
            _ => AnswerBy::Window(by),
        })
    }

    /// How long the partner has had, in calendar days, from `raised` to
    /// `today`: what the brief says, whether a question waits or not.
    pub fn waited(raised: Date, today: Date) -> Option<i64> {
        raised
            .until(today)
            .ok()
            .map(|span| i64::from(span.get_days()))
    }
}

fn is_working_day(day: Date) -> bool {
    !matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday)
}

/// The day `n` working days after `from`; `from` itself for none. A
/// Saturday or a Sunday counts as the Friday before it, so one working day
/// after either is the Monday.
fn working_days_after(from: Date, n: u32) -> Option<Date> {
    if n == 0 {
        return Some(from);
    }
    let mut day = from;
    while !is_working_day(day) {
        day = day.yesterday().ok()?;
    }
    // Five working days are a week, from any working day.
    let weeks = i64::from(n / 5).checked_mul(7)?;
    day = day
        .checked_add(jiff::Span::new().try_days(weeks).ok()?)
        .ok()?;
    for _ in 0..n % 5 {
        day = day.tomorrow().ok()?;
        while !is_working_day(day) {
            day = day.tomorrow().ok()?;
        }
    }
    Some(day)
}

fn last_working_day_before(day: Date) -> Option<Date> {
    let mut day = day.yesterday().ok()?;
    while !is_working_day(day) {
        day = day.yesterday().ok()?;
    }
    Some(day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_date_at_risk_inside_the_window_closes_it_on_the_working_day_before() {
        // Raised on Monday 23 Nov 2026; three working days end on Thursday.
        let raised = date(2026, 11, 23);
        let three = window(3);
        assert_eq!(three.opens(raised, None), Some(date(2026, 11, 26)));
        // At risk on that Thursday: the Wednesday before it.
        let thursday = Some(date(2026, 11, 26));
        assert_eq!(three.opens(raised, thursday), Some(date(2026, 11, 25)));
        assert!(!three.passed(raised, date(2026, 11, 24), thursday));
        assert!(three.passed(raised, date(2026, 11, 25), thursday));
        // At risk on the Monday after a weekend: the Friday before it.
        let monday = Some(date(2026, 11, 30));
        assert_eq!(window(5).opens(raised, monday), Some(date(2026, 11, 27)));
        // At risk the next day: no working day is left, the check passes
        // on the day the concern was raised.
        let tomorrow = Some(date(2026, 11, 24));
        assert_eq!(three.opens(raised, tomorrow), Some(raised));
        assert!(three.passed(raised, raised, tomorrow));
        // A date at risk after the window, or already past when the
        // concern was raised, changes nothing.
        for at_risk in [date(2026, 11, 27), date(2026, 11, 20), raised] {
            assert_eq!(
                three.opens(raised, Some(at_risk)),
                Some(date(2026, 11, 26)),
                "{at_risk}"
            );
        }
    }

    fn window(days: u32) -> Window {
        Window { days }
    }

    /// Monday 2 Nov 2026 to Sunday 8 Nov 2026.
    fn week() -> impl Iterator<Item = Date> {
        (2..=8).map(|d| date(2026, 11, d))
    }

    #[test]
    fn the_window_passes_on_the_day_it_opens_and_after() {
        let raised = date(2026, 11, 2);
        let three = window(3);
        assert_eq!(three.opens(raised, None), Some(date(2026, 11, 5)));
        assert!(!three.passed(raised, date(2026, 11, 4), None));
        assert!(three.passed(raised, date(2026, 11, 5), None));
        assert!(three.passed(raised, date(2026, 12, 1), None));
        assert!(window(0).passed(raised, raised, None));
        // Raised after today: the window cannot have passed.
        assert!(!window(0).passed(raised, date(2026, 11, 1), None));
    }

    #[test]
    fn the_window_counts_working_days_from_every_day_of_the_week() {
        // Raised on Mon .. Sun, three working days later.
        let expected = [5, 6, 9, 10, 11, 11, 11].map(|d| date(2026, 11, d));
        for (raised, expected) in week().zip(expected) {
            assert_eq!(window(3).opens(raised, None), Some(expected), "{raised}");
            let by = window(3).answer_by(raised, None, None);
            assert_eq!(by, Some(AnswerBy::Window(expected)), "{raised}");
        }
        // One working day, and five: the next working day, and a week.
        let one = [3, 4, 5, 6, 9, 9, 9].map(|d| date(2026, 11, d));
        let five = [9, 10, 11, 12, 13, 13, 13].map(|d| date(2026, 11, d));
        for ((raised, one), five) in week().zip(one).zip(five) {
            assert_eq!(window(1).opens(raised, None), Some(one), "{raised}");
            assert_eq!(window(5).opens(raised, None), Some(five), "{raised}");
        }
        assert_eq!(
            window(12).opens(date(2026, 11, 4), None),
            Some(date(2026, 11, 20))
        );
    }

    #[test]
    fn every_answer_by_date_is_a_working_day() {
        for days in 0..12 {
            for today in week() {
                let by = window(days).answer_by(today, None, None).unwrap();
                let by = by.date().unwrap();
                assert!(is_working_day(by), "{days} days from {today}: {by}");
                assert!(by >= today, "{days} days from {today}: {by}");
            }
        }
        // An empty window, written on a Sunday: the Monday.
        let sunday = date(2026, 11, 8);
        let by = window(0).answer_by(sunday, None, None);
        assert_eq!(by, Some(AnswerBy::Window(date(2026, 11, 9))));
    }

    #[test]
    fn the_window_runs_across_a_month_end_and_a_year_end() {
        // Thursday 26 Nov 2026: Friday, then Monday 30 Nov, Tuesday 1 Dec.
        assert_eq!(
            window(3).opens(date(2026, 11, 26), None),
            Some(date(2026, 12, 1))
        );
        // Wednesday 30 Dec 2026: Thursday, Friday, then Monday 4 Jan 2027.
        assert_eq!(
            window(3).opens(date(2026, 12, 30), None),
            Some(date(2027, 1, 4))
        );
        // Saturday 31 Dec 2022: Monday 2 Jan 2023 is the first.
        assert_eq!(
            window(1).opens(date(2022, 12, 31), None),
            Some(date(2023, 1, 2))
        );
        // Friday 26 Feb 2027, three days: Monday 1 Mar, Tuesday, Wednesday.
        assert_eq!(
            window(3).opens(date(2027, 2, 26), None),
            Some(date(2027, 3, 3))
        );
    }

    #[test]
    fn a_window_beyond_the_calendar_never_passes() {
        let raised = date(2026, 11, 2);
        assert_eq!(window(u32::MAX).opens(raised, None), None);
        assert!(!window(u32::MAX).passed(raised, date(9999, 12, 31), None));
        assert_eq!(window(u32::MAX).answer_by(raised, None, None), None);
        assert_eq!(window(3).opens(date(9999, 12, 30), None), None);
    }

    #[test]
    fn the_answer_is_asked_for_by_the_end_of_the_window() {
        let today = date(2026, 11, 4);
        let by = window(3).answer_by(today, None, Some(date(2026, 12, 1)));
        assert_eq!(by, Some(AnswerBy::Window(date(2026, 11, 9))));
    }

    #[test]
    fn a_concern_raised_before_is_answered_by_the_end_of_its_own_window() {
        let today = date(2026, 11, 4);
        // Raised on Monday: its window ends on Thursday, as the check says.
        let raised = Some(date(2026, 11, 2));
        let by = window(3).answer_by(today, raised, None);
        assert_eq!(by, Some(AnswerBy::Window(date(2026, 11, 5))));
        // A window that has passed: a new one, from today.
        let raised = Some(date(2026, 10, 2));
        let by = window(3).answer_by(today, raised, None);
        assert_eq!(by, Some(AnswerBy::Window(date(2026, 11, 9))));
    }

    #[test]
    fn an_answer_is_never_asked_for_on_or_after_the_date_at_risk() {
        // Written on Wednesday 25 Nov with Friday 27 Nov at risk: the
        // window would end on Monday 30 Nov; Thursday 26 Nov is asked for.
        let today = date(2026, 11, 25);
        let at_risk = date(2026, 11, 27);
        let by = window(3).answer_by(today, None, Some(at_risk));
        let by_thursday = AnswerBy::BeforeRisk {
            by: date(2026, 11, 26),
            at_risk,
        };
        assert_eq!(by, Some(by_thursday));
        // At risk on the day the window ends: the day before.
        let at_risk = date(2026, 11, 30);
        let by = window(3).answer_by(today, None, Some(at_risk));
        let by_friday = AnswerBy::BeforeRisk {
            by: date(2026, 11, 27),
            at_risk,
        };
        assert_eq!(by, Some(by_friday));
        // At risk the day after: the window's own end.
        let at_risk = Some(date(2026, 12, 1));
        let by = window(3).answer_by(today, None, at_risk);
        assert_eq!(by, Some(AnswerBy::Window(date(2026, 11, 30))));
        // At risk on Monday, written on Friday: the weekend leaves no day.
        let (friday, monday) = (date(2026, 11, 27), date(2026, 11, 30));
        let by = window(3).answer_by(friday, None, Some(monday));
        assert_eq!(by, Some(AnswerBy::TooNear { at_risk: monday }));
        // At risk tomorrow, and today.
        for at_risk in [date(2026, 11, 26), today] {
            let by = window(3).answer_by(today, None, Some(at_risk));
            assert_eq!(by, Some(AnswerBy::TooNear { at_risk }), "{at_risk}");
            assert_eq!(by.unwrap().date(), None);
        }
        // A date at risk that has passed limits nothing.
        let by = window(3).answer_by(today, None, Some(date(2026, 11, 20)));
        assert_eq!(by, Some(AnswerBy::Window(date(2026, 11, 30))));
    }

    #[test]
    fn the_time_waited_counts_days() {
        let waited = Window::waited;
        assert_eq!(waited(date(2026, 11, 2), date(2026, 11, 25)), Some(23));
        assert_eq!(waited(date(2026, 11, 25), date(2026, 11, 25)), Some(0));
    }
}
