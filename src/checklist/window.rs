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
//! date says so instead of naming a day. A live shop that is down or
//! cannot take orders (the severity [`LIVE_DOWN`], whenever it is given)
//! cannot wait: its partner has until the next working day, when the
//! window is longer.

use super::Question;
use jiff::civil::{Date, Weekday};

/// The time a partner gets to answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    days: u32,
}

/// The severity (an option's value) of a live shop that is down or cannot
/// take orders: its partner has until the next working day.
pub const LIVE_DOWN: &str = "live-down";

/// What of the case can end the window early: its date at risk, and
/// whether its live shop is down.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pressure {
    pub at_risk: Option<Date>,
    pub live_down: bool,
}

impl Pressure {
    /// The pressure of a case with the date at risk `at_risk` and the
    /// severity `severity` (an option's value), each if given.
    pub fn new(at_risk: Option<Date>, severity: Option<&str>) -> Pressure {
        Pressure {
            at_risk,
            live_down: severity == Some(LIVE_DOWN),
        }
    }

    /// This pressure without the date at risk.
    fn live(self) -> Pressure {
        Pressure {
            at_risk: None,
            ..self
        }
    }
}

/// The day a partner's window closes, and why on that day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Due {
    pub day: Date,
    pub why: Why,
}

/// Why a window closes when it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// The checklist's working days have passed.
    Window,
    /// The live shop is down: the next working day.
    LiveDown,
    /// The last working day before the date at risk (or the day the
    /// concern was raised, when none is left).
    BeforeRisk(Date),
}

/// By when a partner is asked to answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerBy {
    /// The end of the window, the date at risk being later or unknown.
    Window(Date),
    /// The live shop is down: the next working day, the date at risk
    /// being later or unknown.
    LiveDown(Date),
    /// The window would end on or after the date at risk: the last
    /// working day before it.
    BeforeRisk { by: Date, at_risk: Date },
    /// The date at risk is today, or no working day is left before it.
    TooNear { at_risk: Date },
}

impl AnswerBy {
    /// The day asked for and why, as [`Window::due`] says it, if there is
    /// a day.
    pub fn due(self) -> Option<Due> {
        match self {
            AnswerBy::Window(day) => Some(Due {
                day,
                why: Why::Window,
            }),
            AnswerBy::LiveDown(day) => Some(Due {
                day,
                why: Why::LiveDown,
            }),
            AnswerBy::BeforeRisk { by, at_risk } => Some(Due {
                day: by,
                why: Why::BeforeRisk(at_risk),
            }),
            AnswerBy::TooNear { .. } => None,
        }
    }

    /// The day asked for, if there is one.
    pub fn date(self) -> Option<Date> {
        match self {
            AnswerBy::Window(by) | AnswerBy::LiveDown(by) | AnswerBy::BeforeRisk { by, .. } => {
                Some(by)
            }
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

    /// The working days a case under `pressure` gets: one at most when
    /// its live shop is down.
    fn days(self, pressure: Pressure) -> u32 {
        if pressure.live_down {
            self.days.min(1)
        } else {
            self.days
        }
    }

    /// When the window closes for a concern raised on `raised`, and why:
    /// the window's working days after it (one at most for a live shop
    /// that is down), or, when the case's date at risk comes first, the
    /// last working day before that date (the day the note asks the
    /// partner to answer by), and `raised` itself when no working day is
    /// left between them. `None` when that day is beyond the calendar.
    pub fn due(self, raised: Date, pressure: Pressure) -> Option<Due> {
        let days = self.days(pressure);
        let end = working_days_after(raised, days)?;
        let early = pressure
            .at_risk
            .filter(|&at_risk| at_risk > raised && end >= at_risk);
        Some(match early {
            Some(at_risk) => Due {
                day: last_working_day_before(at_risk)
                    .filter(|&by| by > raised)
                    .unwrap_or(raised),
                why: Why::BeforeRisk(at_risk),
            },
            None if days < self.days => Due {
                day: end,
                why: Why::LiveDown,
            },
            None => Due {
                day: end,
                why: Why::Window,
            },
        })
    }

    /// The first day the check can pass: the day [`Window::due`] names.
    pub fn opens(self, raised: Date, pressure: Pressure) -> Option<Date> {
        self.due(raised, pressure).map(|due| due.day)
    }

    /// Has the partner had the window, for a concern raised on `raised`,
    /// by `today`, under `pressure` as for [`Window::due`]?
    pub fn passed(self, raised: Date, today: Date, pressure: Pressure) -> bool {
        self.opens(raised, pressure)
            .is_some_and(|opens| opens <= today)
    }

    /// By when a message written `today` asks the partner to answer: the
    /// end of the window that runs from `raised`, the day the concern was
    /// raised, while it runs, else of one that starts today (the next
    /// working day when the live shop is down); never on or after the
    /// case's date at risk, unless that has passed. `None` when the day
    /// is beyond the calendar.
    pub fn answer_by(
        self,
        today: Date,
        raised: Option<Date>,
        pressure: Pressure,
    ) -> Option<AnswerBy> {
        let live = pressure.live();
        let start = raised
            .filter(|&raised| raised <= today && !self.passed(raised, today, live))
            .unwrap_or(today);
        let mut by = self.opens(start, live)?;
        // An empty window from a Saturday still ends on a working day.
        while !is_working_day(by) {
            by = by.tomorrow().ok()?;
        }
        Some(match pressure.at_risk {
            Some(at_risk) if at_risk >= today && by >= at_risk => {
                match last_working_day_before(at_risk) {
                    Some(by) if by > today => AnswerBy::BeforeRisk { by, at_risk },
                    _ => AnswerBy::TooNear { at_risk },
                }
            }
            _ if self.days(pressure) < self.days => AnswerBy::LiveDown(by),
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
        assert_eq!(
            three.opens(raised, Pressure::default()),
            Some(date(2026, 11, 26))
        );
        // At risk on that Thursday: the Wednesday before it.
        let thursday = risk(Some(date(2026, 11, 26)));
        assert_eq!(three.opens(raised, thursday), Some(date(2026, 11, 25)));
        assert!(!three.passed(raised, date(2026, 11, 24), thursday));
        assert!(three.passed(raised, date(2026, 11, 25), thursday));
        // At risk on the Monday after a weekend: the Friday before it.
        let monday = risk(Some(date(2026, 11, 30)));
        assert_eq!(window(5).opens(raised, monday), Some(date(2026, 11, 27)));
        // At risk the next day: no working day is left, the check passes
        // on the day the concern was raised.
        let tomorrow = risk(Some(date(2026, 11, 24)));
        assert_eq!(three.opens(raised, tomorrow), Some(raised));
        assert!(three.passed(raised, raised, tomorrow));
        // A date at risk after the window, or already past when the
        // concern was raised, changes nothing.
        for at_risk in [date(2026, 11, 27), date(2026, 11, 20), raised] {
            assert_eq!(
                three.opens(raised, risk(Some(at_risk))),
                Some(date(2026, 11, 26)),
                "{at_risk}"
            );
        }
    }

    fn window(days: u32) -> Window {
        Window { days }
    }

    /// The pressure of a case whose live shop is up, at risk on `at_risk`.
    fn risk(at_risk: Option<Date>) -> Pressure {
        Pressure::new(at_risk, Some("degraded"))
    }

    /// Monday 2 Nov 2026 to Sunday 8 Nov 2026.
    fn week() -> impl Iterator<Item = Date> {
        (2..=8).map(|d| date(2026, 11, d))
    }

    #[test]
    fn the_window_passes_on_the_day_it_opens_and_after() {
        let raised = date(2026, 11, 2);
        let three = window(3);
        assert_eq!(
            three.opens(raised, Pressure::default()),
            Some(date(2026, 11, 5))
        );
        assert!(!three.passed(raised, date(2026, 11, 4), Pressure::default()));
        assert!(three.passed(raised, date(2026, 11, 5), Pressure::default()));
        assert!(three.passed(raised, date(2026, 12, 1), Pressure::default()));
        assert!(window(0).passed(raised, raised, Pressure::default()));
        // Raised after today: the window cannot have passed.
        assert!(!window(0).passed(raised, date(2026, 11, 1), Pressure::default()));
    }

    #[test]
    fn the_window_counts_working_days_from_every_day_of_the_week() {
        // Raised on Mon .. Sun, three working days later.
        let expected = [5, 6, 9, 10, 11, 11, 11].map(|d| date(2026, 11, d));
        for (raised, expected) in week().zip(expected) {
            assert_eq!(
                window(3).opens(raised, Pressure::default()),
                Some(expected),
                "{raised}"
            );
            let by = window(3).answer_by(raised, None, Pressure::default());
            assert_eq!(by, Some(AnswerBy::Window(expected)), "{raised}");
        }
        // One working day, and five: the next working day, and a week.
        let one = [3, 4, 5, 6, 9, 9, 9].map(|d| date(2026, 11, d));
        let five = [9, 10, 11, 12, 13, 13, 13].map(|d| date(2026, 11, d));
        for ((raised, one), five) in week().zip(one).zip(five) {
            assert_eq!(
                window(1).opens(raised, Pressure::default()),
                Some(one),
                "{raised}"
            );
            assert_eq!(
                window(5).opens(raised, Pressure::default()),
                Some(five),
                "{raised}"
            );
        }
        assert_eq!(
            window(12).opens(date(2026, 11, 4), Pressure::default()),
            Some(date(2026, 11, 20))
        );
    }

    #[test]
    fn every_answer_by_date_is_a_working_day() {
        for days in 0..12 {
            for today in week() {
                let by = window(days)
                    .answer_by(today, None, Pressure::default())
                    .unwrap();
                let by = by.date().unwrap();
                assert!(is_working_day(by), "{days} days from {today}: {by}");
                assert!(by >= today, "{days} days from {today}: {by}");
            }
        }
        // An empty window, written on a Sunday: the Monday.
        let sunday = date(2026, 11, 8);
        let by = window(0).answer_by(sunday, None, Pressure::default());
        assert_eq!(by, Some(AnswerBy::Window(date(2026, 11, 9))));
    }

    #[test]
    fn the_window_runs_across_a_month_end_and_a_year_end() {
        // Thursday 26 Nov 2026: Friday, then Monday 30 Nov, Tuesday 1 Dec.
        assert_eq!(
            window(3).opens(date(2026, 11, 26), Pressure::default()),
            Some(date(2026, 12, 1))
        );
        // Wednesday 30 Dec 2026: Thursday, Friday, then Monday 4 Jan 2027.
        assert_eq!(
            window(3).opens(date(2026, 12, 30), Pressure::default()),
            Some(date(2027, 1, 4))
        );
        // Saturday 31 Dec 2022: Monday 2 Jan 2023 is the first.
        assert_eq!(
            window(1).opens(date(2022, 12, 31), Pressure::default()),
            Some(date(2023, 1, 2))
        );
        // Friday 26 Feb 2027, three days: Monday 1 Mar, Tuesday, Wednesday.
        assert_eq!(
            window(3).opens(date(2027, 2, 26), Pressure::default()),
            Some(date(2027, 3, 3))
        );
    }

    #[test]
    fn a_window_beyond_the_calendar_never_passes() {
        let raised = date(2026, 11, 2);
        assert_eq!(window(u32::MAX).opens(raised, Pressure::default()), None);
        assert!(!window(u32::MAX).passed(raised, date(9999, 12, 31), Pressure::default()));
        assert_eq!(
            window(u32::MAX).answer_by(raised, None, Pressure::default()),
            None
        );
        assert_eq!(
            window(3).opens(date(9999, 12, 30), Pressure::default()),
            None
        );
    }

    #[test]
    fn the_answer_is_asked_for_by_the_end_of_the_window() {
        let today = date(2026, 11, 4);
        let by = window(3).answer_by(today, None, risk(Some(date(2026, 12, 1))));
        assert_eq!(by, Some(AnswerBy::Window(date(2026, 11, 9))));
    }

    #[test]
    fn a_concern_raised_before_is_answered_by_the_end_of_its_own_window() {
        let today = date(2026, 11, 4);
        // Raised on Monday: its window ends on Thursday, as the check says.
        let raised = Some(date(2026, 11, 2));
        let by = window(3).answer_by(today, raised, Pressure::default());
        assert_eq!(by, Some(AnswerBy::Window(date(2026, 11, 5))));
        // A window that has passed: a new one, from today.
        let raised = Some(date(2026, 10, 2));
        let by = window(3).answer_by(today, raised, Pressure::default());
        assert_eq!(by, Some(AnswerBy::Window(date(2026, 11, 9))));
    }

    #[test]
    fn an_answer_is_never_asked_for_on_or_after_the_date_at_risk() {
        // Written on Wednesday 25 Nov with Friday 27 Nov at risk: the
        // window would end on Monday 30 Nov; Thursday 26 Nov is asked for.
        let today = date(2026, 11, 25);
        let at_risk = date(2026, 11, 27);
        let by = window(3).answer_by(today, None, risk(Some(at_risk)));
        let by_thursday = AnswerBy::BeforeRisk {
            by: date(2026, 11, 26),
            at_risk,
        };
        assert_eq!(by, Some(by_thursday));
        // At risk on the day the window ends: the day before.
        let at_risk = date(2026, 11, 30);
        let by = window(3).answer_by(today, None, risk(Some(at_risk)));
        let by_friday = AnswerBy::BeforeRisk {
            by: date(2026, 11, 27),
            at_risk,
        };
        assert_eq!(by, Some(by_friday));
        // At risk the day after: the window's own end.
        let at_risk = Some(date(2026, 12, 1));
        let by = window(3).answer_by(today, None, risk(at_risk));
        assert_eq!(by, Some(AnswerBy::Window(date(2026, 11, 30))));
        // At risk on Monday, written on Friday: the weekend leaves no day.
        let (friday, monday) = (date(2026, 11, 27), date(2026, 11, 30));
        let by = window(3).answer_by(friday, None, risk(Some(monday)));
        assert_eq!(by, Some(AnswerBy::TooNear { at_risk: monday }));
        // At risk tomorrow, and today.
        for at_risk in [date(2026, 11, 26), today] {
            let by = window(3).answer_by(today, None, risk(Some(at_risk)));
            assert_eq!(by, Some(AnswerBy::TooNear { at_risk }), "{at_risk}");
            assert_eq!(by.unwrap().date(), None);
        }
        // A date at risk that has passed limits nothing.
        let by = window(3).answer_by(today, None, risk(Some(date(2026, 11, 20))));
        assert_eq!(by, Some(AnswerBy::Window(date(2026, 11, 30))));
    }

    #[test]
    fn a_live_shop_that_is_down_gives_the_partner_until_the_next_working_day() {
        let down = |at_risk| Pressure::new(at_risk, Some(LIVE_DOWN));
        // Raised on Mon .. Sun: the next working day, said to be for the
        // live shop.
        let next = [3, 4, 5, 6, 9, 9, 9].map(|d| date(2026, 11, d));
        for (raised, next) in week().zip(next) {
            let due = window(3).due(raised, down(None));
            let live_down = Due {
                day: next,
                why: Why::LiveDown,
            };
            assert_eq!(due, Some(live_down), "{raised}");
            assert!(!window(3).passed(raised, raised, down(None)), "{raised}");
            assert!(window(3).passed(raised, next, down(None)), "{raised}");
            let by = window(3).answer_by(raised, None, down(None));
            assert_eq!(by, Some(AnswerBy::LiveDown(next)), "{raised}");
        }
        // Any other severity, or none, keeps the checklist's days.
        let raised = date(2026, 11, 23);
        for severity in [None, Some("degraded"), Some("delay")] {
            let due = window(3).due(raised, Pressure::new(None, severity));
            assert_eq!(due.map(|d| d.why), Some(Why::Window), "{severity:?}");
            assert_eq!(due.map(|d| d.day), Some(date(2026, 11, 26)));
        }
        // A window of no days or one day is not made longer, nor said to
        // be shortened.
        for days in [0, 1] {
            let due = window(days).due(raised, down(None)).unwrap();
            assert_eq!(due.why, Why::Window, "{days}");
        }
        // A date at risk the next working day still comes first: the
        // concern raised that day is already due.
        let tuesday = date(2026, 11, 24);
        let due = window(3).due(raised, down(Some(tuesday)));
        let before = Due {
            day: raised,
            why: Why::BeforeRisk(tuesday),
        };
        assert_eq!(due, Some(before));
        let by = window(3).answer_by(raised, None, down(Some(tuesday)));
        assert_eq!(by, Some(AnswerBy::TooNear { at_risk: tuesday }));
        // A date at risk later than the next working day limits nothing.
        let by = window(3).answer_by(raised, None, down(Some(date(2026, 11, 25))));
        assert_eq!(by, Some(AnswerBy::LiveDown(tuesday)));
        // Raised yesterday, written today: the next working day has come.
        let by = window(3).answer_by(tuesday, Some(raised), down(None));
        assert_eq!(by, Some(AnswerBy::LiveDown(date(2026, 11, 25))));
    }

    #[test]
    fn a_window_closed_by_the_date_at_risk_says_so() {
        // Raised on Tuesday 24 Nov, at risk on Friday 27 Nov: Thursday,
        // because of the date at risk, not the three working days.
        let at_risk = date(2026, 11, 27);
        let due = window(3).due(date(2026, 11, 24), risk(Some(at_risk)));
        let thursday = Due {
            day: date(2026, 11, 26),
            why: Why::BeforeRisk(at_risk),
        };
        assert_eq!(due, Some(thursday));
        let by = AnswerBy::BeforeRisk {
            by: thursday.day,
            at_risk,
        };
        assert_eq!(by.due(), Some(thursday));
        assert_eq!(AnswerBy::TooNear { at_risk }.due(), None);
    }

    #[test]
    fn the_time_waited_counts_days() {
        let waited = Window::waited;
        assert_eq!(waited(date(2026, 11, 2), date(2026, 11, 25)), Some(23));
        assert_eq!(waited(date(2026, 11, 25), date(2026, 11, 25)), Some(0));
    }
}
