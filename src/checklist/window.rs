//! The response window: the time a partner gets to answer a concern before
//! it goes to the CSM, and every date that follows from it. The rule lives
//! here and nowhere else: the verdict asks whether the window has passed
//! and from which day the check can pass, the note to the partner and the
//! next step that says to raise the concern ask by when to request an
//! answer, the brief asks how long the partner has had, and the
//! checklist's rules ask which question waits for it.
//!
//! The rule: the window is the `wait_days` of a date question, counted in
//! working days (Monday to Friday, without the public holidays of
//! `holidays.rs`; regional ones are not known, so every answer-by date is
//! said with its weekday) from the day the concern was
//! raised (or the note is written), so that it always ends on a working
//! day. A date at risk must leave the CSM time to act: the window ends
//! early enough to leave [`CSM_DAYS`] working days between its end and the
//! date at risk, and when that day has come, the check passes on
//! the day the concern was raised and the answer is asked for today; when
//! no such day is left before the date, the answer-by date says so
//! instead of naming a day. A live shop that is down or cannot take
//! orders (the severity [`LIVE_DOWN`], whenever it is given) cannot wait
//! at all: once the partner has been told, the check passes the same day,
//! and the partner is asked to answer today.

use super::Question;
use super::holidays::Calendar;
use jiff::civil::Date;

/// The time a partner gets to answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    days: u32,
}

/// The severity (an option's value) of a live shop that is down or cannot
/// take orders: its partner is asked to answer the same day.
pub const LIVE_DOWN: &str = "live-down";

/// The working days the CSM gets to act between the end of the partner's
/// window and a date at risk.
pub const CSM_DAYS: u32 = 1;

/// What of the case can end the window early: its date at risk, and
/// whether its live shop is down.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pressure {
    pub at_risk: Option<Date>,
    pub live_down: bool,
    /// The public holidays that are no working days.
    pub calendar: Calendar,
}

impl Pressure {
    /// The pressure of a case with the date at risk `at_risk` and the
    /// severity `severity` (an option's value), each if given, in the
    /// run's calendar of holidays.
    pub fn new(at_risk: Option<Date>, severity: Option<&str>) -> Pressure {
        Pressure {
            at_risk,
            live_down: severity == Some(LIVE_DOWN),
            calendar: Calendar::of_run(),
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
    /// The live shop is down: the day the partner was told.
    LiveDown,
    /// The day that leaves the CSM time to act before the date at risk
    /// (or the day the concern was raised, when that day has come).
    BeforeRisk(Date),
}

/// By when a partner is asked to answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerBy {
    /// The end of the window, the date at risk being later or unknown.
    Window(Date),
    /// The live shop is down: today, the day the note is written.
    LiveDown(Date),
    /// The window would leave the CSM no time before the date at risk:
    /// the day that does ([`CSM_DAYS`]), which may be today.
    BeforeRisk { by: Date, at_risk: Date },
    /// The date at risk is so near that the day which would leave the
    /// CSM time to act has passed.
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

    /// When the window closes for a concern raised on `raised`, and why:
    /// the day itself for a live shop that is down (the partner has been
    /// told; it cannot wait), else the window's working days after it, or,
    /// when those would leave the CSM no time before the case's date at
    /// risk, the day that does ([`latest_before`]), and `raised` itself
    /// when that day has come. `None` when that day is beyond the
    /// calendar.
    pub fn due(self, raised: Date, pressure: Pressure) -> Option<Due> {
        if pressure.live_down && self.days > 0 {
            return Some(Due {
                day: raised,
                why: Why::LiveDown,
            });
        }
        let cal = pressure.calendar;
        let end = working_days_after(raised, self.days, cal)?;
        let early = pressure.at_risk.filter(|&at_risk| {
            at_risk > raised && latest_before(at_risk, cal).is_none_or(|l| end > l)
        });
        Some(match early {
            Some(at_risk) => Due {
                day: latest_before(at_risk, cal)
                    .filter(|&by| by > raised)
                    .unwrap_or(raised),
                why: Why::BeforeRisk(at_risk),
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

    /// By when a message written `today` asks the partner to answer: today
    /// when the live shop is down; else the end of the window that runs
    /// from `raised`, the day the concern was raised, while it runs, else
    /// of one that starts today; never later than the day that leaves the
    /// CSM time to act before the case's date at risk, unless that has
    /// passed. `None` when the day is beyond the calendar.
    pub fn answer_by(
        self,
        today: Date,
        raised: Option<Date>,
        pressure: Pressure,
    ) -> Option<AnswerBy> {
        if pressure.live_down && self.days > 0 {
            return Some(AnswerBy::LiveDown(today));
        }
        let cal = pressure.calendar;
        let plain = Pressure {
            calendar: cal,
            ..Pressure::default()
        };
        let start = raised
            .filter(|&raised| raised <= today && !self.passed(raised, today, plain))
            .unwrap_or(today);
        let mut by = self.opens(start, plain)?;
        // An empty window from a Saturday still ends on a working day.
        while !cal.is_working_day(by) {
            by = by.tomorrow().ok()?;
        }
        Some(match pressure.at_risk {
            Some(at_risk)
                if at_risk >= today && latest_before(at_risk, cal).is_none_or(|l| by > l) =>
            {
                match latest_before(at_risk, cal) {
                    Some(by) if by >= today => AnswerBy::BeforeRisk { by, at_risk },
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

/// The day `n` working days after `from`; `from` itself for none. A
/// day off (a weekend, a holiday of `cal`) counts as the working day
/// before it, so one working day after a Saturday is the Monday.
pub fn working_days_after(from: Date, n: u32, cal: Calendar) -> Option<Date> {
    if n == 0 {
        return Some(from);
    }
    let mut day = from;
    while !cal.is_working_day(day) {
        day = day.yesterday().ok()?;
    }
    for _ in 0..n {
        day = day.tomorrow().ok()?;
        while !cal.is_working_day(day) {
            day = day.tomorrow().ok()?;
        }
    }
    Some(day)
}

/// The last day a partner's window may end for a case at risk on
/// `at_risk`: the working day that leaves [`CSM_DAYS`] working days
/// between it and the date at risk, for the CSM to act.
fn latest_before(at_risk: Date, cal: Calendar) -> Option<Date> {
    let mut day = at_risk;
    for _ in 0..=CSM_DAYS {
        day = day.yesterday().ok()?;
        while !cal.is_working_day(day) {
            day = day.yesterday().ok()?;
        }
    }
    Some(day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_date_at_risk_inside_the_window_leaves_the_csm_a_working_day() {
        // Raised on Monday 23 Nov 2026; three working days end on Thursday.
        let raised = date(2026, 11, 23);
        let three = window(3);
        assert_eq!(
            three.opens(raised, Pressure::default()),
            Some(date(2026, 11, 26))
        );
        // At risk on Friday 27 Nov: the window ends on Wednesday, so that
        // the CSM has Thursday.
        let friday = risk(Some(date(2026, 11, 27)));
        assert_eq!(three.opens(raised, friday), Some(date(2026, 11, 25)));
        assert!(!three.passed(raised, date(2026, 11, 24), friday));
        assert!(three.passed(raised, date(2026, 11, 25), friday));
        // At risk on the Monday after a weekend: the Thursday before it.
        let monday = risk(Some(date(2026, 11, 30)));
        assert_eq!(window(5).opens(raised, monday), Some(date(2026, 11, 26)));
        // At risk in two working days or less: that day has come, the check
        // passes on the day the concern was raised.
        for at_risk in [date(2026, 11, 24), date(2026, 11, 25)] {
            let near = risk(Some(at_risk));
            assert_eq!(three.opens(raised, near), Some(raised), "{at_risk}");
            assert!(three.passed(raised, raised, near), "{at_risk}");
        }
        // A date at risk that leaves the CSM a day after the window, or
        // already past when the concern was raised, changes nothing.
        for at_risk in [date(2026, 11, 30), date(2026, 11, 20), raised] {
            assert_eq!(
                three.opens(raised, risk(Some(at_risk))),
                Some(date(2026, 11, 26)),
                "{at_risk}"
            );
        }
    }

    #[test]
    fn every_window_leaves_the_csm_a_working_day_before_the_date_at_risk() {
        // Every raised day and date at risk over four weeks, every window.
        let days = |from: i8, to: i8| (from..=to).map(|d| date(2026, 11, d));
        for raised in days(2, 15) {
            for at_risk in days(3, 29).filter(|&a| a > raised) {
                for n in 0..8 {
                    let due = window(n).due(raised, risk(Some(at_risk))).unwrap();
                    let between = days(1, 30)
                        .filter(|&d| {
                            d > due.day && d < at_risk && Calendar::default().is_working_day(d)
                        })
                        .count();
                    let waited = due.day > raised;
                    assert!(
                        !waited || between >= CSM_DAYS as usize,
                        "{n} days from {raised}, at risk {at_risk}: {due:?}"
                    );
                }
            }
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
                assert!(
                    Calendar::default().is_working_day(by),
                    "{days} days from {today}: {by}"
                );
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
        // Wednesday 30 Dec 2026: Thursday, New Year's Day off, then Monday
        // 4 Jan and Tuesday 5 Jan 2027.
        assert_eq!(
            window(3).opens(date(2026, 12, 30), Pressure::default()),
            Some(date(2027, 1, 5))
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
    fn an_answer_is_asked_for_in_time_for_the_csm_to_act_before_the_date_at_risk() {
        // Written on Wednesday 25 Nov with Friday 27 Nov at risk: the
        // window would end on Monday 30 Nov; the answer is asked for
        // today, so that the CSM has Thursday.
        let today = date(2026, 11, 25);
        let before = |by, at_risk| Some(AnswerBy::BeforeRisk { by, at_risk });
        let at_risk = date(2026, 11, 27);
        let by = window(3).answer_by(today, None, risk(Some(at_risk)));
        assert_eq!(by, before(today, at_risk));
        // At risk on Monday 30 Nov: Thursday; on Tuesday 1 Dec: Friday.
        for (at_risk, by) in [(date(2026, 11, 30), 26), (date(2026, 12, 1), 27)] {
            let answer = window(3).answer_by(today, None, risk(Some(at_risk)));
            assert_eq!(answer, before(date(2026, 11, by), at_risk), "{at_risk}");
        }
        // At risk on Wednesday 2 Dec: the window's own end leaves Tuesday.
        let at_risk = Some(date(2026, 12, 2));
        let by = window(3).answer_by(today, None, risk(at_risk));
        assert_eq!(by, Some(AnswerBy::Window(date(2026, 11, 30))));
        // At risk on Monday, written on Friday: the day has passed.
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
    fn a_live_shop_that_is_down_passes_once_the_partner_is_told() {
        let down = |at_risk| Pressure::new(at_risk, Some(LIVE_DOWN));
        // Raised on Mon .. Sun: the check passes that day, said to be for
        // the live shop, and the partner is asked to answer that day.
        for raised in week() {
            let due = window(3).due(raised, down(None));
            let live_down = Due {
                day: raised,
                why: Why::LiveDown,
            };
            assert_eq!(due, Some(live_down), "{raised}");
            assert!(window(3).passed(raised, raised, down(None)), "{raised}");
            // Not before it was raised.
            let before = raised.yesterday().unwrap();
            assert!(!window(3).passed(raised, before, down(None)), "{raised}");
            let by = window(3).answer_by(raised, None, down(None));
            assert_eq!(by, Some(AnswerBy::LiveDown(raised)), "{raised}");
        }
        // Any other severity, or none, keeps the checklist's days.
        let raised = date(2026, 11, 23);
        for severity in [None, Some("degraded"), Some("delay")] {
            let due = window(3).due(raised, Pressure::new(None, severity));
            assert_eq!(due.map(|d| d.why), Some(Why::Window), "{severity:?}");
            assert_eq!(due.map(|d| d.day), Some(date(2026, 11, 26)));
        }
        // A window of no days is not said to be shortened.
        let due = window(0).due(raised, down(None)).unwrap();
        assert_eq!(due.why, Why::Window);
        // A date at risk, near or not, changes nothing: the shop is down.
        for at_risk in [date(2026, 11, 24), date(2026, 12, 24)] {
            let due = window(3).due(raised, down(Some(at_risk))).unwrap();
            assert_eq!(due.why, Why::LiveDown, "{at_risk}");
            let by = window(3).answer_by(raised, None, down(Some(at_risk)));
            assert_eq!(by, Some(AnswerBy::LiveDown(raised)), "{at_risk}");
        }
        // Raised yesterday, written today: today.
        let tuesday = date(2026, 11, 24);
        let by = window(3).answer_by(tuesday, Some(raised), down(None));
        assert_eq!(by, Some(AnswerBy::LiveDown(tuesday)));
    }

    #[test]
    fn a_window_closed_by_the_date_at_risk_says_so() {
        // Raised on Tuesday 24 Nov, at risk on Friday 27 Nov: Wednesday,
        // because of the date at risk, not the three working days.
        let at_risk = date(2026, 11, 27);
        let due = window(3).due(date(2026, 11, 24), risk(Some(at_risk)));
        let wednesday = Due {
            day: date(2026, 11, 25),
            why: Why::BeforeRisk(at_risk),
        };
        assert_eq!(due, Some(wednesday));
        let by = AnswerBy::BeforeRisk {
            by: wednesday.day,
            at_risk,
        };
        assert_eq!(by.due(), Some(wednesday));
        assert_eq!(AnswerBy::TooNear { at_risk }.due(), None);
    }

    #[test]
    fn the_time_waited_counts_days() {
        let waited = Window::waited;
        assert_eq!(waited(date(2026, 11, 2), date(2026, 11, 25)), Some(23));
        assert_eq!(waited(date(2026, 11, 25), date(2026, 11, 25)), Some(0));
    }

    #[test]
    fn a_public_holiday_is_no_working_day_and_the_day_stays_before_the_date_at_risk() {
        use super::super::holidays::{Calendar, Country};
        let in_ = |country| Pressure {
            calendar: Calendar::of(country),
            ..Pressure::default()
        };
        for (country, raised, by) in [
            // Tuesday 22 Dec 2026: Wednesday, Thursday, then 25 and 26 Dec
            // off (and the weekend): Monday 28 Dec.
            (None, date(2026, 12, 22), date(2026, 12, 28)),
            (Some(Country::De), date(2026, 12, 22), date(2026, 12, 28)),
            // In Britain, Boxing Day is kept on Monday 28 Dec: Tuesday.
            (Some(Country::Gb), date(2026, 12, 22), date(2026, 12, 29)),
            // Thanksgiving, Thursday 26 Nov 2026, in the United States only.
            (Some(Country::Us), date(2026, 11, 24), date(2026, 11, 30)),
            (None, date(2026, 11, 24), date(2026, 11, 27)),
            // 4 July 2026, a Saturday, kept on Friday 3 July.
            (Some(Country::Us), date(2026, 6, 30), date(2026, 7, 6)),
            (Some(Country::De), date(2026, 6, 30), date(2026, 7, 3)),
            // Easter 2027: Good Friday 26 Mar and Easter Monday 29 Mar.
            (Some(Country::De), date(2027, 3, 24), date(2027, 3, 31)),
            (None, date(2027, 3, 24), date(2027, 3, 29)),
            // German Unity Day, Monday 3 Oct 2022.
            (Some(Country::De), date(2022, 9, 29), date(2022, 10, 5)),
            // Austria's national day, Monday 26 Oct 2026.
            (Some(Country::At), date(2026, 10, 21), date(2026, 10, 27)),
            // Switzerland's, Saturday 1 Aug 2026: no day lost.
            (Some(Country::Ch), date(2026, 7, 29), date(2026, 8, 3)),
        ] {
            let got = window(3).answer_by(raised, None, in_(country));
            assert_eq!(got, Some(AnswerBy::Window(by)), "{country:?} {raised}");
        }
        // Never after the date at risk: at risk on Tuesday 29 Dec 2026,
        // with 24 to 28 Dec off in Britain but the 24th, the CSM's working
        // day before it is Thursday 24 Dec, and the answer is asked by
        // Wednesday 23 Dec.
        let at_risk = Pressure {
            at_risk: Some(date(2026, 12, 29)),
            ..in_(Some(Country::Gb))
        };
        let got = window(3).answer_by(date(2026, 12, 21), None, at_risk);
        assert_eq!(
            got,
            Some(AnswerBy::BeforeRisk {
                by: date(2026, 12, 23),
                at_risk: date(2026, 12, 29)
            })
        );
    }
}
