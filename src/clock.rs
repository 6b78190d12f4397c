//! Today's date, for date questions and the brief, and dates as people
//! type them.
//!
//! Today is `--today YYYY-MM-DD`, else `SOURCE_DATE_EPOCH` (UTC), else the
//! system clock in the local time zone. Computed on first use only, so a run
//! that never needs a date never reads the clock or the time zone database.
//! A typed date is `YYYY-MM-DD`, or in one of the [`DateShape`]s a language
//! writes dates in (each language in `crate::i18n` names its own). At the
//! prompt, a person may also type it as they say it ([`spoken_date`]):
//! `today`, `3.11.`, `3 Nov`, with the [`DateWords`] of each language.

use jiff::civil::Date;
use std::cell::OnceCell;

#[derive(Debug, Default)]
pub struct Clock {
    fixed: Option<Date>,
    /// Today, or the `SOURCE_DATE_EPOCH` that does not say it.
    today: OnceCell<Result<Date, String>>,
}

/// A `SOURCE_DATE_EPOCH` that is no number of seconds: the clock cannot
/// say what day it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadEpoch {
    /// The variable's value, as it was set.
    pub raw: String,
}

impl Clock {
    /// A clock that always says `date`.
    pub fn fixed(date: Date) -> Self {
        Clock {
            fixed: Some(date),
            today: OnceCell::new(),
        }
    }

    pub fn today(&self) -> Result<Date, BadEpoch> {
        if let Some(date) = self.fixed {
            return Ok(date);
        }
        match self.today.get_or_init(from_environment) {
            Ok(date) => Ok(*date),
            Err(raw) => Err(BadEpoch { raw: raw.clone() }),
        }
    }
}

impl Clock {
    /// The moment now in the local time zone, for a message's date; `None`
    /// when today is fixed (`--today`, `SOURCE_DATE_EPOCH`), so that what
    /// is written can be reproduced byte for byte.
    pub fn now(&self) -> Option<jiff::ZonedDateTime> {
        let epoch = std::env::var_os("SOURCE_DATE_EPOCH").filter(|v| !v.is_empty());
        if self.fixed.is_some() || epoch.is_some() {
            return None;
        }
        Some(jiff::Timestamp::now().to_zoned_datetime(local_zone()))
    }
}

fn from_environment() -> Result<Date, String> {
    // Empty counts as unset, as most tools that read it do.
    let epoch = std::env::var_os("SOURCE_DATE_EPOCH").filter(|v| !v.is_empty());
    if let Some(raw) = epoch {
        let raw = raw.to_string_lossy();
        let bad = || raw.clone().into_owned();
        let seconds: i64 = raw.trim().parse().map_err(|_| bad())?;
        return epoch_date(seconds).ok_or_else(bad);
    }
    Ok(jiff::Timestamp::now()
        .to_zoned_datetime(local_zone())
        .date())
}

/// The day (UTC) `seconds` after 1970-01-01: any day of jiff's calendar
/// (to 9999-12-31), where its timestamps stop a day short of it.
fn epoch_date(seconds: i64) -> Option<Date> {
    let days = jiff::Span::new()
        .try_days(seconds.div_euclid(86_400))
        .ok()?;
    jiff::civil::date(1970, 1, 1).checked_add(days).ok()
}

/// The local time zone: from `TZ` (a POSIX rule, a zone name or a file),
/// else `/etc/localtime`. Zone files are read only when they are regular
/// files of at most [`MAX_ZONE_FILE`] bytes, so `TZ=/dev/zero` or a FIFO
/// cannot fill memory or wait forever; anything that cannot be read is UTC.
/// Names are looked up in the zoneinfo folders only: finding the name of
/// `/etc/localtime` would first list the whole database.
#[cfg(unix)]
fn local_zone() -> jiff::tz::TimeZone {
    use jiff::tz::TimeZone;
    let zone = match std::env::var_os("TZ") {
        None => zone_file(std::path::Path::new("/etc/localtime")),
        // An empty TZ means UTC, as most tools read it.
        Some(tz) if tz.is_empty() => None,
        Some(tz) => tz.to_str().and_then(zone_from_tz),
    };
    zone.unwrap_or(TimeZone::UTC)
}

#[cfg(not(unix))]
fn local_zone() -> jiff::tz::TimeZone {
    jiff::tz::TimeZone::try_system().unwrap_or(jiff::tz::TimeZone::UTC)
}

/// The largest zone file read; real ones are a few KiB.
#[cfg(unix)]
const MAX_ZONE_FILE: u64 = 256 * 1024;

/// The folders zone names are looked up in.
#[cfg(unix)]
const ZONEINFO: [&str; 3] = [
    "/usr/share/zoneinfo",
    "/usr/lib/zoneinfo",
    "/usr/share/lib/zoneinfo",
];

/// The zone a `TZ` value names: `EST5EDT,M3.2.0,M11.1.0`, `Europe/Berlin`,
/// `/path/to/zone`, each optionally after a `:`.
#[cfg(unix)]
fn zone_from_tz(tz: &str) -> Option<jiff::tz::TimeZone> {
    let tz = tz.strip_prefix(':').unwrap_or(tz);
    if let Ok(zone) = jiff::tz::TimeZone::posix(tz) {
        return Some(zone);
    }
    if tz.starts_with('/') {
        return zone_file(std::path::Path::new(tz));
    }
    if tz
        .split('/')
        .any(|part| part.is_empty() || part == "." || part == "..")
    {
        return None;
    }
    ZONEINFO
        .iter()
        .find_map(|dir| zone_file(&std::path::Path::new(dir).join(tz)))
}

/// The zone in the TZif file at `path`, if it is a regular file of at most
/// [`MAX_ZONE_FILE`] bytes; opened without waiting
/// ([`crate::read::regular_file`]).
#[cfg(unix)]
fn zone_file(path: &std::path::Path) -> Option<jiff::tz::TimeZone> {
    use std::io::Read;
    let file = crate::read::regular_file(path, true).ok()??;
    let mut data = Vec::new();
    file.take(MAX_ZONE_FILE + 1).read_to_end(&mut data).ok()?;
    if data.len() as u64 > MAX_ZONE_FILE {
        return None;
    }
    jiff::tz::TimeZone::tzif("Local", &data).ok()
}

/// Parses a strict `YYYY-MM-DD` calendar date.
pub fn parse_date(text: &str) -> Option<Date> {
    let (year, month, day) = iso_parts(text)?;
    Date::new(year, month, day).ok()
}

/// What is wrong with a typed date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BadDate {
    /// Not written as a date.
    Shape,
    /// Written as a date, but the calendar has no such day (`2026-11-31`).
    NoSuchDay,
}

/// A way to type a date besides `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateShape {
    /// Day, month and year in this order, between this separator: one or
    /// two digits for the day and the month, four for the year
    /// (`15.11.2026`, `1.3.2026`).
    DayMonthYear(char),
}

/// A date as a person types it: `YYYY-MM-DD`, or in one of `shapes`.
pub fn typed_date<'a>(
    text: &str,
    shapes: impl IntoIterator<Item = &'a DateShape>,
) -> Result<Date, BadDate> {
    let (year, month, day) = iso_parts(text)
        .or_else(|| shapes.into_iter().find_map(|shape| shape.parts(text)))
        .ok_or(BadDate::Shape)?;
    Date::new(year, month, day).map_err(|_| BadDate::NoSuchDay)
}

/// Year, month and day of `YYYY-MM-DD`, not checked against the calendar.
fn iso_parts(text: &str) -> Option<(i16, i8, i8)> {
    let b = text.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    Some((
        text[0..4].parse().ok()?,
        text[5..7].parse().ok()?,
        text[8..10].parse().ok()?,
    ))
}

impl DateShape {
    /// Year, month and day of `text` in this shape, not checked against
    /// the calendar.
    fn parts(self, text: &str) -> Option<(i16, i8, i8)> {
        match self {
            DateShape::DayMonthYear(separator) => day_month_year(text, separator),
        }
    }
}

/// Year, month and day of `D.M.YYYY` (with any separator; one or two
/// digits for day and month), not checked against the calendar.
fn day_month_year(text: &str, separator: char) -> Option<(i16, i8, i8)> {
    let mut parts = text.split(separator);
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |part: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&part.len()) && part.bytes().all(|c| c.is_ascii_digit())
    };
    if parts.next().is_some()
        || !digits(day, 1..=2)
        || !digits(month, 1..=2)
        || !digits(year, 4..=4)
    {
        return None;
    }
    Some((year.parse().ok()?, month.parse().ok()?, day.parse().ok()?))
}

/// The words a language types dates with at the prompt.
#[derive(Debug)]
pub struct DateWords {
    /// Words for a day counted back from today (`today` 0, `yesterday` 1),
    /// lowercase.
    pub days: &'static [(&'static str, u8)],
    /// Month names and other spellings, lowercase, with the month's
    /// number; a name may be typed cut short, to three letters or more.
    /// The one list of months dates are read by, at the prompt and in
    /// the merchant's text (`evidence::month_number`).
    pub months: &'static [(&'static str, i8)],
}

/// A date as a person types it at the prompt, as year, month and day, not
/// checked against the calendar: a day word (`today`, `gestern`), digits
/// with a year first (`2026-11-3`), a day and month with dots and no year
/// (`3.11.`), or a day and a month name, either way round, with or without
/// a year (`3 Nov`, `3. November 2026`, `Nov 3, 2026`). Without a year, it
/// is the latest such day up to `today`, or, for a date that may lie in the
/// `future`, this year's. `None` for anything else, which is then read as
/// a file would read it.
pub fn spoken_date<'a>(
    text: &str,
    today: Date,
    future: bool,
    words: impl Iterator<Item = &'a DateWords> + Clone,
) -> Option<(i16, i8, i8)> {
    let text = text.trim().to_lowercase();
    let back = words
        .clone()
        .flat_map(|w| w.days)
        .find(|(word, _)| *word == text);
    if let Some((_, days)) = back {
        let date = today
            .checked_sub(jiff::Span::new().days(i64::from(*days)))
            .ok()?;
        return Some((date.year(), date.month(), date.day()));
    }
    let parts: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | '-'))
        .filter(|part| !part.is_empty())
        .collect();
    let number = |part: &str, len: std::ops::RangeInclusive<usize>| {
        let digits = len.contains(&part.len()) && part.bytes().all(|c| c.is_ascii_digit());
        digits.then(|| part.parse::<i16>().ok()).flatten()
    };
    let month = |part: &str| {
        let letters = part.chars().count() >= 3 && part.chars().all(char::is_alphabetic);
        let mut found = words
            .clone()
            .flat_map(|w| w.months)
            .filter(|(name, _)| letters && name.starts_with(part))
            .map(|(_, n)| *n);
        let first = found.next()?;
        // A prefix of two months (`ma`) names neither.
        found.all(|n| n == first).then_some(first)
    };
    let day = |part: &str| number(part, 1..=2).and_then(|d| i8::try_from(d).ok());
    let year = |part: &str| number(part, 4..=4);
    let dotted = text.contains('.');
    let (y, m, d) = match parts.as_slice() {
        [y, m, d] if text.contains('-') => (Some(*y), day(m), day(d)),
        [d, m] if dotted && day(m).is_some() => (None, day(m), day(d)),
        [d, m, y] if dotted && day(m).is_some() => (Some(*y), day(m), day(d)),
        [d, m] if month(m).is_some() => (None, month(m), day(d)),
        [d, m, y] if month(m).is_some() => (Some(*y), month(m), day(d)),
        // Else the month comes first, or there is none (`m?` below).
        [m, d] => (None, month(m), day(d)),
        [m, d, y] => (Some(*y), month(m), day(d)),
        _ => return None,
    };
    let (m, d) = (m?, d?);
    let y = match y {
        Some(y) => year(y)?,
        None => {
            let this = today.year();
            match Date::new(this, m, d) {
                Ok(date) if date > today && !future => this - 1,
                _ => this,
            }
        }
    };
    Some((y, m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: DateWords = DateWords {
        days: &[("today", 0), ("yesterday", 1)],
        months: &[("november", 11), ("may", 5), ("march", 3)],
    };
    const DE: DateWords = DateWords {
        days: &[("heute", 0), ("gestern", 1)],
        months: &[("november", 11), ("mai", 5), ("märz", 3), ("mrz", 3)],
    };

    #[test]
    fn dates_are_typed_as_people_say_them() {
        let today = jiff::civil::date(2026, 11, 5);
        let spoken = |text| spoken_date(text, today, false, [&EN, &DE].into_iter());
        for (text, parts) in [
            ("today", (2026, 11, 5)),
            (" Heute ", (2026, 11, 5)),
            ("yesterday", (2026, 11, 4)),
            ("gestern", (2026, 11, 4)),
            ("2026-11-3", (2026, 11, 3)),
            ("3.11.", (2026, 11, 3)),
            ("3.11", (2026, 11, 3)),
            ("3.11.2026", (2026, 11, 3)),
            // Today is this year's.
            ("5.11.", (2026, 11, 5)),
            ("3 Nov", (2026, 11, 3)),
            ("3. November", (2026, 11, 3)),
            ("Nov 3", (2026, 11, 3)),
            ("Nov 3, 2025", (2025, 11, 3)),
            ("3. Nov. 2026", (2026, 11, 3)),
            ("1 Mrz", (2026, 3, 1)),
            ("1. März", (2026, 3, 1)),
            // No year, and after today: last year's.
            ("24.12.", (2025, 12, 24)),
            // The calendar is asked later.
            ("31.11.", (2026, 11, 31)),
        ] {
            assert_eq!(spoken(text), Some(parts), "{text}");
        }
        for text in [
            "", "3", "tomorrow", "3 ma", "3 no", "2026-11", "3/11", "3 11", "3.11.26",
        ] {
            assert_eq!(spoken(text), None, "{text}");
        }
        let ahead = spoken_date("24.12.", today, true, [&EN].into_iter());
        assert_eq!(ahead, Some((2026, 12, 24)), "a date that may lie ahead");
    }

    #[test]
    fn dates_are_typed_iso_or_day_first_with_dots() {
        let dotted = [DateShape::DayMonthYear('.')];
        let typed_date = |text| super::typed_date(text, &dotted);
        let day = jiff::civil::date(2026, 11, 15);
        assert_eq!(typed_date("2026-11-15"), Ok(day));
        assert_eq!(typed_date("15.11.2026"), Ok(day));
        assert_eq!(typed_date("1.3.2026"), Ok(jiff::civil::date(2026, 3, 1)));
        assert_eq!(typed_date("2026-11-31"), Err(BadDate::NoSuchDay));
        assert_eq!(typed_date("31.11.2026"), Err(BadDate::NoSuchDay));
        assert_eq!(typed_date("29.02.2026"), Err(BadDate::NoSuchDay));
        assert_eq!(typed_date("2026-13-01"), Err(BadDate::NoSuchDay));
        for shape in [
            "15.11.26",
            "15/11/2026",
            "2026-1-15",
            "15.11.2026.",
            "123.11.2026",
            "15.123.2026",
            "",
            "a.b.cccc",
        ] {
            assert_eq!(typed_date(shape), Err(BadDate::Shape), "{shape}");
        }
        assert_eq!(
            parse_date("15.11.2026"),
            None,
            "--today and the kept answers stay ISO"
        );
        assert_eq!(super::typed_date("15.11.2026", &[]), Err(BadDate::Shape));
    }

    #[cfg(unix)]
    #[test]
    fn zones_come_from_rules_names_and_regular_files_only() {
        let utc = jiff::Timestamp::UNIX_EPOCH;
        let offset = |tz: &str| zone_from_tz(tz).map(|z| z.to_offset(utc).seconds());
        assert_eq!(offset("EST5EDT,M3.2.0,M11.1.0"), Some(-5 * 3600));
        assert_eq!(offset(":UTC0"), Some(0));
        for bad in [
            "/dev/zero",
            "/dev/urandom",
            "/",
            "../../dev/zero",
            "Europe/../../x",
            "/nope",
        ] {
            assert!(zone_from_tz(bad).is_none(), "{bad}");
        }
        // Names are looked up as written: no empty, `.` or `..` part, even
        // where the file it would reach exists.
        if std::path::Path::new("/usr/share/zoneinfo/Etc/UTC").is_file() {
            assert!(zone_from_tz("Etc/UTC").is_some());
            for bad in [
                "Etc//UTC",
                "./Etc/UTC",
                "Etc/./UTC",
                "../zoneinfo/Etc/UTC",
                "Etc/UTC/",
            ] {
                assert!(zone_from_tz(bad).is_none(), "{bad}");
            }
        }
    }

    /// A zone file one hour east of UTC: TZif version 1, one local time
    /// type and no transitions.
    #[cfg(unix)]
    fn one_hour_east() -> Vec<u8> {
        let mut data = b"TZif".to_vec();
        data.extend([0; 16]);
        // isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt.
        for count in [0u32, 0, 0, 0, 1, 4] {
            data.extend(count.to_be_bytes());
        }
        data.extend(3600i32.to_be_bytes());
        data.extend([0, 0]);
        data.extend(b"XET\0");
        data
    }

    #[cfg(unix)]
    #[test]
    fn zone_files_are_read_up_to_their_size_limit_and_no_further() {
        let dir = tempfile::tempdir().unwrap();
        let offset = |data: &[u8]| {
            let path = dir.path().join("zone");
            std::fs::write(&path, data).unwrap();
            let zone = zone_from_tz(path.to_str().unwrap());
            zone.map(|z| z.to_offset(jiff::Timestamp::UNIX_EPOCH).seconds())
        };
        let zone = one_hour_east();
        assert_eq!(offset(&zone), Some(3600), "a small zone file is read");
        // Bytes after the data are ignored, up to the limit.
        let mut large = zone.clone();
        // The limit as documented, not as the constant says.
        large.resize(256 * 1024, 0);
        assert_eq!(offset(&large), Some(3600), "a file at the limit is read");
        large.push(0);
        assert_eq!(offset(&large), None, "a file over the limit is not");
    }

    #[test]
    fn parses_only_real_iso_dates() {
        assert_eq!(
            parse_date("2026-02-28"),
            Some(jiff::civil::date(2026, 2, 28))
        );
        for bad in [
            "2026-02-30",
            "2026-2-28",
            "20260228",
            "2026-02-28T00",
            "",
            "abcd-ef-gh",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn source_date_epoch_reaches_every_day_of_the_calendar() {
        let date = |y, m, d| Some(jiff::civil::date(y, m, d));
        assert_eq!(epoch_date(0), date(1970, 1, 1));
        assert_eq!(epoch_date(86_399), date(1970, 1, 1));
        assert_eq!(epoch_date(86_400), date(1970, 1, 2));
        assert_eq!(epoch_date(-1), date(1969, 12, 31));
        assert_eq!(epoch_date(253_402_300_799), date(9999, 12, 31));
        assert_eq!(epoch_date(253_402_300_800), None);
        assert_eq!(epoch_date(i64::MAX), None);
    }

    #[test]
    fn a_fixed_clock_wins() {
        let day = jiff::civil::date(2026, 1, 5);
        assert_eq!(Clock::fixed(day).today().ok(), Some(day));
    }
}
