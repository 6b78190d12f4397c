//! Today's date: from `--today`, `SOURCE_DATE_EPOCH` or the clock in the
//! local time zone, whatever `TZ` holds.

use crate::common::{Test, assert_says};
use crate::hostile::{EVIL, assert_inert};

#[test]
#[cfg(unix)]
fn a_time_zone_that_is_a_device_or_a_fifo_falls_back_to_utc_at_once() {
    use crate::common::READY;
    let test = Test::new().args(["check", "--no-input"]).answers(READY);
    let fifo = test.path("fifo");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.unwrap().success());
    let fifo = fifo.display().to_string();
    for tz in [
        "/dev/zero",
        ":/dev/urandom",
        fifo.as_str(),
        "../../../../dev/zero",
        "Not/A_Zone",
        "EST5EDT,M3.2.0,M11.1.0",
        "Europe/Berlin",
        "",
    ] {
        eprintln!("TZ={tz}");
        test.clone().env("TZ", tz).run().exits(0).fast();
    }
}

#[test]
fn a_broken_source_date_epoch_is_named_not_blamed_on_an_answer() {
    for value in ["soon", "99999999999999999999", EVIL] {
        let message = Test::new()
            .args(["check", "--no-input"])
            .answers(&[("partner-contact.raised-on", "2026-11-10")])
            .env("SOURCE_DATE_EPOCH", value)
            .run()
            .refused();
        assert_says(&message, &["SOURCE_DATE_EPOCH must be a number of seconds"]);
        assert!(!message.contains("invalid answer"), "{message}");
        assert_inert("SOURCE_DATE_EPOCH", message.as_bytes(), "");
    }
}

#[test]
fn source_date_epoch_may_name_the_last_day_of_the_calendar() {
    let brief = Test::new()
        .args(["check", "--no-input", "--format", "markdown"])
        .answers(&crate::common::ready_with(&[(
            "context.at-risk",
            "9999-12-31",
        )]))
        .env("SOURCE_DATE_EPOCH", "253402300799")
        .run()
        .exits(0)
        .stdout();
    // Today, 31 Dec 9999, is the date at risk: not yet missed.
    assert!(brief.contains("At risk: Friday, 31 Dec 9999."), "{brief}");
}

#[test]
#[cfg(unix)]
fn the_local_time_zone_decides_today() {
    use crate::common::READY;
    // Fourteen hours east and twelve west of UTC are never on one day.
    let prepared = |tz: &str| {
        let eml = Test::new()
            .args(["check", "--no-input", "--brief", "b.eml"])
            .answers(READY)
            .env("TZ", tz)
            .run()
            .exits(0)
            .read("b.eml");
        // The draft is dated today.
        let line = eml.lines().find(|l| l.starts_with("Date:")).unwrap();
        line.to_owned()
    };
    assert_ne!(prepared("Etc/GMT-14"), prepared(":Etc/GMT+12"));
}
