//! A table of cases for the subject's parts and its length.

use super::*;
use crate::i18n::Lang;
use jiff::civil::date;

/// Wednesday, 25 Nov 2026.
fn today() -> Date {
    date(2026, 11, 25)
}

#[test]
fn working_days_left_count_the_days_after_today_up_to_the_date() {
    for (day, left) in [
        (date(2026, 11, 25), Some(0)),
        (date(2026, 11, 26), Some(1)),
        (date(2026, 11, 27), Some(2)),
        // The weekend adds none.
        (date(2026, 11, 29), Some(2)),
        (date(2026, 11, 30), Some(3)),
        (date(2026, 11, 24), None),
    ] {
        assert_eq!(working_days_left(today(), day), left, "{day}");
    }
    assert!(working_days_left(today(), date(2027, 1, 11)).unwrap() > CLOSE);
}

#[test]
fn the_account_is_one_name_never_cut() {
    for (given, said) in [
        ("Modehaus Brenner GmbH & Co. KG", "Modehaus Brenner"),
        ("Wohnwelt Pichler GmbH", "Wohnwelt Pichler"),
        ("Hollmann Industrial Supply", "Hollmann Industrial Supply"),
        ("Lumen & Clay Beauty, Inc.", "Lumen & Clay Beauty"),
        ("Cascade Outdoor Co., org 7A3C@AdobeOrg", "Cascade Outdoor"),
        ("  Harlow &  Finch Home Ltd ", "Harlow & Finch Home"),
    ] {
        assert_eq!(account(given), said, "{given}");
    }
}

#[test]
fn the_day_a_problem_started_is_read_after_since() {
    let en = Lang::En.messages();
    let de = Lang::De.messages();
    for (text, t, day) in [
        (
            "checkout is returning 503s since 7:30am ET today (Nov 25), right after the deploy",
            en,
            Some(today()),
        ),
        (
            "Down since 23 Nov, all store views",
            en,
            Some(date(2026, 11, 23)),
        ),
        (
            "Seit dem Deployment am 19.11. brechen Zahlungen ab",
            de,
            Some(date(2026, 11, 19)),
        ),
        (
            "Checkout ausgefallen seit gestern Abend",
            de,
            Some(date(2026, 11, 24)),
        ),
        // A version number is no date; nor is a day in the future.
        ("Broken since release 2.4 went out", en, None),
        ("Down since 30 Nov 2026", en, None),
        ("Checkout fails on 23 Nov", en, None),
    ] {
        assert_eq!(started(text, today(), t), day, "{text}");
    }
}

fn case<'a>() -> Case<'a> {
    Case {
        merchant: Some("Modehaus Brenner GmbH & Co. KG"),
        ..Case::default()
    }
}

#[test]
fn a_table_of_subjects_says_what_is_broken_and_how_urgent() {
    let en = Lang::En.messages();
    let de = Lang::De.messages();
    let bf = Case {
        severity_value: Some("degraded"),
        deadline: Some(date(2026, 11, 27)),
        deadline_what: Some("Black Friday"),
        ..case()
    };
    let own = Case {
        topic: Some("payment timeouts"),
        severity_value: Some("degraded"),
        deadline: Some(date(2026, 11, 27)),
        deadline_what: Some("Black Friday"),
        ..case()
    };
    let down = Case {
        severity_value: Some("live-down"),
        problem: Some("checkout returns 503 since 7:30am today"),
        deadline: Some(date(2026, 11, 30)),
        deadline_what: Some("Cyber Monday"),
        ..case()
    };
    let unten = Case {
        severity_value: Some("live-down"),
        problem: Some("Checkout liefert seit heute 7:30 Uhr Fehler 503"),
        deadline: Some(date(2026, 11, 30)),
        deadline_what: Some("Cyber Monday"),
        ..case()
    };
    let far = Case {
        severity_value: Some("launch-blocked"),
        deadline: Some(date(2027, 1, 11)),
        ..case()
    };
    let near = Case {
        severity_value: Some("launch-blocked"),
        deadline: Some(date(2026, 12, 1)),
        ..case()
    };
    let missed = Case {
        severity_value: Some("delay"),
        deadline: Some(date(2026, 11, 2)),
        deadline_what: Some("go-live"),
        ..case()
    };
    let plain = Case {
        severity_value: Some("delay"),
        ..case()
    };
    // Each says how severe, what is broken and how urgent; what happens
    // on the date gives way first, then the merchant's words on what is
    // broken; the lead word, the severity and the date at risk never.
    for (c, t, subject) in [
        (
            &bf,
            en,
            "Escalation: Modehaus Brenner – live shop degraded – 27 Nov at risk",
        ),
        (
            &bf,
            de,
            "Eskalation: Modehaus Brenner – Live-Shop gestört – 27.11. gefährdet",
        ),
        (
            &own,
            en,
            "Escalation: Modehaus Brenner – shop degraded – Black Friday 27 Nov at risk",
        ),
        (
            &down,
            en,
            "Escalation: Modehaus Brenner – live shop down since 25 Nov – 30 Nov at risk",
        ),
        (
            &unten,
            de,
            "Eskalation: Modehaus Brenner – Shop ausgefallen seit 25.11. – 30.11. gefährdet",
        ),
        (
            &far,
            en,
            "Escalation: Modehaus Brenner – launch blocked – 11 Jan 2027 at risk",
        ),
        (
            &far,
            de,
            "Eskalation: Modehaus Brenner – Go-Live blockiert – 11.01.2027 gefährdet",
        ),
        (
            &near,
            en,
            "Escalation: Modehaus Brenner – launch 1 Dec blocked",
        ),
        (
            &near,
            de,
            "Eskalation: Modehaus Brenner – Go-Live am 01.12. blockiert",
        ),
        (
            &missed,
            en,
            "Escalation: Modehaus Brenner – project late – go-live 2 Nov missed",
        ),
        (
            &plain,
            de,
            "Eskalation: Modehaus Brenner – Projekt verzögert",
        ),
    ] {
        let got = brief(c, Some(today()), false, t);
        assert_eq!(got, subject);
        assert!(got.chars().count() <= SUBJECT_MAX, "{got}");
    }
}

#[test]
fn a_long_name_keeps_the_severity_and_the_date() {
    let c = Case {
        merchant: Some("Northbay Outfitters Incorporated of Portland, Oregon"),
        severity_value: Some("degraded"),
        deadline: Some(date(2026, 11, 27)),
        ..Case::default()
    };
    let got = brief(&c, Some(today()), false, Lang::En.messages());
    assert_eq!(
        got,
        "Escalation: Northbay Outfitters Incorporated of Portland – shop degraded – 27 Nov at risk"
    );
}

#[test]
fn the_briefs_subject_keeps_its_lead_word_and_cuts_the_merchants_words_at_a_word() {
    let c = Case {
        merchant: Some("Nordvik Outdoor Inc."),
        topic: Some("mobile pages slow since Hyvä release"),
        severity_value: Some("degraded"),
        deadline: Some(date(2026, 11, 30)),
        deadline_what: Some("Cyber Monday"),
        ..Case::default()
    };
    let down = Case {
        merchant: Some("Brightmoor Outdoor Ltd"),
        topic: Some("shop returns 503 on every page and in the checkout"),
        severity_value: Some("live-down"),
        problem: Some("every page gives a 503 since Monday 23 Nov"),
        ..Case::default()
    };
    for (c, t, said) in [
        (
            &c,
            Lang::En.messages(),
            "Escalation: Nordvik Outdoor \u{2013} live shop: mobile pages slow\u{2026} \u{2013} 30 Nov at risk",
        ),
        (
            &c,
            Lang::De.messages(),
            "Eskalation: Nordvik Outdoor \u{2013} Live-Shop: mobile pages slow\u{2026} \u{2013} 30.11. gefährdet",
        ),
        (
            &down,
            Lang::En.messages(),
            "Escalation: Brightmoor Outdoor \u{2013} shop returns 503 on every page\u{2026} since 23 Nov",
        ),
        // A draft keeps its mark and the lead word.
    ] {
        let got = brief(c, Some(today()), false, t);
        assert_eq!(got, said);
        assert!(got.chars().count() <= SUBJECT_MAX, "{got}");
    }
    let draft = brief(&down, Some(today()), true, Lang::En.messages());
    assert!(
        draft
            .starts_with("DRAFT \u{2013} Escalation: Brightmoor Outdoor \u{2013} shop returns 503"),
        "{draft}"
    );
    assert!(draft.chars().count() <= SUBJECT_MAX, "{draft}");
}

#[test]
fn the_note_says_what_is_broken_before_the_date_and_never_cuts_it() {
    let en = Lang::En.messages();
    let de = Lang::De.messages();
    let slow = Case {
        merchant: Some("Peak Fuel Nutrition Ltd"),
        topic: Some("site slow since upgrade"),
        severity_value: Some("degraded"),
        deadline: Some(date(2026, 12, 14)),
        deadline_what: Some("Christmas gift bundle campaign"),
        ..Case::default()
    };
    let gwp = Case {
        merchant: Some("Lumen Botanicals Inc."),
        topic: Some("Black Friday GWP broken on staging"),
        severity_value: Some("launch-blocked"),
        deadline: Some(date(2026, 11, 27)),
        deadline_what: Some("Black Friday sale launch"),
        ..Case::default()
    };
    let sap = Case {
        merchant: Some("Kessler GmbH"),
        topic: Some("SAP-Sonderpreise fehlen bei Bestandskunden im B2B-Shop"),
        severity_value: Some("degraded"),
        deadline: Some(date(2027, 1, 1)),
        ..Case::default()
    };
    let plain = Case {
        severity_value: Some("delay"),
        deadline: Some(date(2027, 2, 1)),
        ..case()
    };
    for (c, t, by, subject) in [
        (
            &slow,
            en,
            By::Day("30 Nov"),
            "Peak Fuel Nutrition – site slow since upgrade: please reply by 30 Nov",
        ),
        (
            &gwp,
            en,
            By::Today,
            "Lumen Botanicals – Black Friday GWP broken on staging: please reply today",
        ),
        (
            &sap,
            de,
            By::Day("30.11."),
            "Kessler – SAP-Sonderpreise fehlen\u{2026}: Bitte um Antwort bis 30.11.",
        ),
        (
            &plain,
            de,
            By::Today,
            "Modehaus Brenner – Projekt verzögert: Bitte um Antwort noch heute",
        ),
    ] {
        let got = note(c, by, Some(today()), t);
        assert_eq!(got, subject);
        assert!(got.chars().count() <= SUBJECT_MAX, "{got}");
        // Cut at a word only when it does not fit whole.
        assert!(!got.contains('\u{2026}') || c.topic.is_some(), "{got}");
    }
}

#[test]
fn every_severity_with_a_long_topic_keeps_its_meaning_and_the_date_in_both_languages() {
    let topic = "PayPal Express and Klarna payments time out at checkout after the 2.4.7 upgrade";
    for (value, en, de) in [
        ("live-down", "shop down", "Shop ausgefallen"),
        ("launch-blocked", "launch blocked", "Go-Live blockiert"),
        ("degraded", "shop degraded", "Shop gestört"),
        ("delay", "project late", "Projekt verzögert"),
    ] {
        for deadline in [None, Some(date(2026, 11, 27)), Some(date(2027, 2, 1))] {
            let c = Case {
                merchant: Some("Northbay Outfitters Incorporated"),
                topic: Some(topic),
                severity_value: Some(value),
                deadline,
                deadline_what: deadline.map(|_| "Black Friday"),
                ..Case::default()
            };
            for (t, tag, day) in [
                (Lang::En.messages(), en, ["27 Nov", "1 Feb 2027"]),
                (Lang::De.messages(), de, ["27.11.", "01.02.2027"]),
            ] {
                let got = brief(&c, Some(today()), false, t);
                // Its tag, or words that say the same ("go-live 27 Nov
                // blocked").
                assert!(
                    got.contains(tag) || says_severity(value, &got, t),
                    "{value} {deadline:?}: {got}"
                );
                assert!(!got.contains("blocked – 27 Nov blocked"), "{got}");
                if let Some(deadline) = deadline {
                    let day = day[usize::from(deadline.year() == 2027)];
                    assert!(got.contains(day), "{value}: {got}");
                }
                assert!(got.chars().count() <= SUBJECT_MAX, "{got}");
            }
        }
    }
}

#[test]
fn the_merchants_words_say_the_severity_only_with_all_of_its_words() {
    let en = Lang::En.messages();
    let de = Lang::De.messages();
    assert!(says_severity("live-down", "Shop down since 6:40", en));
    assert!(says_severity("live-down", "Live shop down", en));
    assert!(!says_severity(
        "live-down",
        "shop search returns nothing",
        en
    ));
    assert!(says_severity("live-down", "Shop ausgefallen seit 6:40", de));
    assert!(!says_severity("degraded", "Kategorieseiten langsam", de));
    assert!(!says_severity("degraded", "the cart is empty", en));
    assert!(says_severity_whole(
        "launch-blocked",
        "go-live 1 Dec blocked",
        true,
        en
    ));
    // As a phrase, with only small words between: scattered, they do not.
    assert!(says_severity(
        "live-down",
        "Shop is DOWN since Saturday",
        en
    ));
    assert!(says_severity("live-down", "Der Shop ist ausgefallen", de));
    for (value, text) in [
        ("live-down", "the shop slows down at peak"),
        ("live-down", "checkout broken"),
        ("live-down", "shop returns 503 on every page"),
        ("live-down", "down payments fail in the shop"),
        ("degraded", "shop search is slow, some pages failing"),
        ("launch-blocked", "launch email blocked by spam filter"),
        ("delay", "the project shipped, late invoices"),
    ] {
        assert!(!says_severity(value, text, en), "{value}: {text}");
    }
}
