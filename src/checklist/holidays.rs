//! The public holidays the response window skips, besides weekends.
//!
//! The rule, small on purpose: the nationwide public holidays of the
//! merchant's country, when the run knows it: the region of the locale
//! (`de_AT.UTF-8` is Austria, `en_US` the United States, `en_GB` the
//! United Kingdom, `de_CH` Switzerland), else Germany for a run in German.
//! Germany, Austria, Switzerland (the days its federal law treats as
//! Sundays), the United States (the federal holidays, a Saturday's kept on
//! the Friday before and a Sunday's on the Monday after) and the United
//! Kingdom (England's bank holidays, one on a weekend moved to the next
//! working day). Easter's are computed. For any other country, or none
//! known, the days that all of them but one keep: New Year's Day,
//! Christmas Day and the day after. Regional holidays are not known.

use jiff::civil::{Date, Weekday};
use std::sync::OnceLock;

/// A country whose public holidays are known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Country {
    De,
    At,
    Ch,
    Us,
    Gb,
}

/// The holidays a window skips: a country's, or, for none known, the
/// days nearly all keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Calendar {
    country: Option<Country>,
}

impl Calendar {
    /// The calendar of `country`, if one is known.
    pub fn of(country: Option<Country>) -> Calendar {
        Calendar { country }
    }

    /// The calendar of the run: the locale's region, else the country of
    /// the run's language when it names one (German: Germany). Read once;
    /// where no language is settled (the library, as tests use it), none.
    pub fn of_run() -> Calendar {
        static RUN: OnceLock<Calendar> = OnceLock::new();
        let Some(lang) = crate::i18n::settled() else {
            return Calendar::default();
        };
        *RUN.get_or_init(|| {
            let locale = crate::i18n::locale();
            let country = locale.as_deref().and_then(region).or(match lang {
                crate::i18n::Lang::De => Some(Country::De),
                crate::i18n::Lang::En => None,
            });
            Calendar::of(country)
        })
    }

    /// Is `day` a working day: Monday to Friday, and no public holiday?
    pub fn is_working_day(self, day: Date) -> bool {
        !matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday) && !self.is_holiday(day)
    }

    /// Is `day` a public holiday?
    pub fn is_holiday(self, day: Date) -> bool {
        let (m, d) = (day.month(), day.day());
        let fixed = |list: &[(i8, i8)]| list.contains(&(m, d));
        let easter = easter(day.year());
        let after_easter = |days: i64| {
            easter.and_then(|e| e.checked_add(jiff::Span::new().days(days)).ok()) == Some(day)
        };
        match self.country {
            None => fixed(&[(1, 1), (12, 25), (12, 26)]),
            Some(Country::De) => {
                fixed(&[(1, 1), (5, 1), (10, 3), (12, 25), (12, 26)])
                    || [-2, 1, 39, 50].into_iter().any(after_easter)
            }
            Some(Country::At) => {
                fixed(&[
                    (1, 1),
                    (1, 6),
                    (5, 1),
                    (8, 15),
                    (10, 26),
                    (11, 1),
                    (12, 8),
                    (12, 25),
                    (12, 26),
                ]) || [1, 39, 50, 60].into_iter().any(after_easter)
            }
            Some(Country::Ch) => fixed(&[(1, 1), (8, 1), (12, 25)]) || after_easter(39),
            Some(Country::Us) => us_holiday(day),
            Some(Country::Gb) => gb_holiday(day) || [-2, 1].into_iter().any(after_easter),
        }
    }
}

/// The country a locale's region names (`de_AT.UTF-8`, `en-US`).
fn region(locale: &str) -> Option<Country> {
    let region = locale.split(['.', '@']).next()?.split(['_', '-']).nth(1)?;
    match region.to_ascii_uppercase().as_str() {
        "DE" => Some(Country::De),
        "AT" => Some(Country::At),
        "CH" => Some(Country::Ch),
        "US" => Some(Country::Us),
        "GB" | "UK" => Some(Country::Gb),
        _ => None,
    }
}

/// Easter Sunday of `year` (the Gregorian computus, Meeus/Jones/Butcher).
pub fn easter(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// The `n`th `weekday` of `month` in `year` (1 the first), or the last
/// for 0.
fn nth(year: i16, month: i8, weekday: Weekday, n: i8) -> Option<Date> {
    let first = Date::new(year, month, 1).ok()?;
    if n == 0 {
        let last = first.last_of_month();
        let back = last.weekday().since(weekday);
        return last.checked_sub(jiff::Span::new().days(back)).ok();
    }
    first.nth_weekday_of_month(n, weekday).ok()
}

/// Is `day` a federal holiday of the United States, or the weekday one
/// falling on a weekend is kept on?
fn us_holiday(day: Date) -> bool {
    let y = day.year();
    let fixed = [(1, 1), (6, 19), (7, 4), (11, 11), (12, 25)];
    let kept = fixed.iter().any(|&(m, d)| {
        Date::new(y, m, d)
            .ok()
            .is_some_and(|on| observed_us(on) == day)
    }) || Date::new(y + 1, 1, 1)
        .ok()
        .is_some_and(|on| observed_us(on) == day);
    let moving = [
        (1, Weekday::Monday, 3),
        (2, Weekday::Monday, 3),
        (5, Weekday::Monday, 0),
        (9, Weekday::Monday, 1),
        (10, Weekday::Monday, 2),
        (11, Weekday::Thursday, 4),
    ];
    kept || moving.iter().any(|&(m, w, n)| nth(y, m, w, n) == Some(day))
}

/// The day a United States holiday on `on` is kept.
fn observed_us(on: Date) -> Date {
    match on.weekday() {
        Weekday::Saturday => on.yesterday().unwrap_or(on),
        Weekday::Sunday => on.tomorrow().unwrap_or(on),
        _ => on,
    }
}

/// Is `day` one of England's bank holidays besides Easter's: New Year's
/// Day, the first and last Mondays of May, the last of August, Christmas
/// Day and Boxing Day, one on a weekend moved to the next weekday that is
/// not one already?
fn gb_holiday(day: Date) -> bool {
    let y = day.year();
    let mondays = [(5, 1), (5, 0), (8, 0)];
    if mondays
        .iter()
        .any(|&(m, n)| nth(y, m, Weekday::Monday, n) == Some(day))
    {
        return true;
    }
    let new_year = Date::new(y, 1, 1).ok().map(|d| substitute(d, &[]));
    let christmas = Date::new(y, 12, 25).ok().map(|d| substitute(d, &[]));
    let boxing = Date::new(y, 12, 26)
        .ok()
        .zip(christmas)
        .map(|(d, c)| substitute(d, &[c]));
    [new_year, christmas, boxing].contains(&Some(day))
}

/// The day a bank holiday on `on` is kept: the next weekday not `taken`.
fn substitute(on: Date, taken: &[Date]) -> Date {
    let mut day = on;
    while matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday) || taken.contains(&day) {
        match day.tomorrow() {
            Ok(next) => day = next,
            Err(_) => return on,
        }
    }
    day
}

/// The holidays `calendar` keeps in `year`, for the tests.
#[cfg(test)]
pub(super) fn of_year(calendar: Calendar, year: i16) -> Vec<Date> {
    let mut day = jiff::civil::date(year, 1, 1);
    let mut out = Vec::new();
    while day.year() == year {
        if calendar.is_holiday(day) {
            out.push(day);
        }
        day = day.tomorrow().unwrap();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn easter_is_computed() {
        for (y, m, d) in [
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2038, 4, 25),
        ] {
            assert_eq!(easter(y), Some(date(y, m, d)));
        }
    }

    #[test]
    fn each_countrys_holidays_of_2026() {
        let of = |c| of_year(Calendar::of(c), 2026);
        let days = |list: &[(i8, i8)]| {
            list.iter()
                .map(|&(m, d)| date(2026, m, d))
                .collect::<Vec<_>>()
        };
        assert_eq!(of(None), days(&[(1, 1), (12, 25), (12, 26)]));
        assert_eq!(
            of(Some(Country::De)),
            days(&[
                (1, 1),
                (4, 3),
                (4, 6),
                (5, 1),
                (5, 14),
                (5, 25),
                (10, 3),
                (12, 25),
                (12, 26)
            ])
        );
        assert_eq!(
            of(Some(Country::At)),
            days(&[
                (1, 1),
                (1, 6),
                (4, 6),
                (5, 1),
                (5, 14),
                (5, 25),
                (6, 4),
                (8, 15),
                (10, 26),
                (11, 1),
                (12, 8),
                (12, 25),
                (12, 26)
            ])
        );
        assert_eq!(
            of(Some(Country::Ch)),
            days(&[(1, 1), (5, 14), (8, 1), (12, 25)])
        );
        // 4 July 2026 is a Saturday: kept on Friday 3 July.
        assert_eq!(
            of(Some(Country::Us)),
            days(&[
                (1, 1),
                (1, 19),
                (2, 16),
                (5, 25),
                (6, 19),
                (7, 3),
                (9, 7),
                (10, 12),
                (11, 11),
                (11, 26),
                (12, 25)
            ])
        );
        // Boxing Day 2026 is a Saturday: kept on Monday 28 December.
        assert_eq!(
            of(Some(Country::Gb)),
            days(&[
                (1, 1),
                (4, 3),
                (4, 6),
                (5, 4),
                (5, 25),
                (8, 31),
                (12, 25),
                (12, 28)
            ])
        );
    }

    #[test]
    fn the_locales_region_names_the_country() {
        assert_eq!(region("de_AT.UTF-8"), Some(Country::At));
        assert_eq!(region("en_US.UTF-8"), Some(Country::Us));
        assert_eq!(region("en-GB"), Some(Country::Gb));
        assert_eq!(region("de_CH@euro"), Some(Country::Ch));
        assert_eq!(region("fr_FR.UTF-8"), None);
        assert_eq!(region("C.UTF-8"), None);
        assert_eq!(region("de"), None);
    }
}
