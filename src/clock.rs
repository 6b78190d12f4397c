//! Today's date, for date questions and the brief.
//!
//! From `--today YYYY-MM-DD`, else `SOURCE_DATE_EPOCH` (UTC), else the
//! system clock in the local time zone. Computed on first use only, so a run
//! that never needs a date never reads the clock or the time zone database.

use crate::exit::{Error, Result};
use jiff::civil::Date;
use std::cell::OnceCell;

#[derive(Debug, Default)]
pub struct Clock {
    fixed: Option<Date>,
    today: OnceCell<Result<Date>>,
}

impl Clock {
    /// A clock that always says `date`.
    pub fn fixed(date: Date) -> Self {
        Clock {
            fixed: Some(date),
            today: OnceCell::new(),
        }
    }

    pub fn today(&self) -> Result<Date> {
        if let Some(date) = self.fixed {
            return Ok(date);
        }
        self.today.get_or_init(from_environment).clone()
    }
}

fn from_environment() -> Result<Date> {
    // Empty counts as unset, as most tools that read it do.
    let epoch = std::env::var_os("SOURCE_DATE_EPOCH").filter(|v| !v.is_empty());
    if let Some(raw) = epoch {
        let t = crate::i18n::t();
        let raw = raw.to_string_lossy();
        let bad = || Error::new((t.bad_source_date_epoch)(&crate::safe::line(&raw)));
        let seconds: i64 = raw.trim().parse().map_err(|_| bad())?;
        let ts = jiff::Timestamp::from_second(seconds).map_err(|_| bad())?;
        return Ok(ts.to_zoned_datetime(jiff::tz::TimeZone::UTC).date());
    }
    Ok(jiff::Timestamp::now()
        .to_zoned_datetime(local_zone())
        .date())
}

/// The local time zone. Without `TZ`, `/etc/localtime` is read as it is:
/// today's date needs its offsets, not its name, and finding the name would
/// first list the whole zoneinfo database.
fn local_zone() -> jiff::tz::TimeZone {
    #[cfg(unix)]
    if std::env::var_os("TZ").is_none() {
        if let Some(tz) = std::fs::read("/etc/localtime")
            .ok()
            .and_then(|data| jiff::tz::TimeZone::tzif("Local", &data).ok())
        {
            return tz;
        }
    }
    jiff::tz::TimeZone::system()
}

/// Parses a strict `YYYY-MM-DD` calendar date.
pub fn parse_date(text: &str) -> Option<Date> {
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
    let year = text[0..4].parse().ok()?;
    let month = text[5..7].parse().ok()?;
    let day = text[8..10].parse().ok()?;
    Date::new(year, month, day).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_fixed_clock_wins() {
        let day = jiff::civil::date(2026, 1, 5);
        assert_eq!(Clock::fixed(day).today(), Ok(day));
    }
}
