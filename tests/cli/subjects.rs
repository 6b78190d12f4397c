//! The subject lines of the brief and of the note, and the brief's opening
//! sentence: whose account, what is broken and how urgent, as a CSM
//! triaging an inbox and a partner reading theirs need them.

use crate::common::{TODAY, Test, ready_with};

/// The brief's subject (its Markdown title) and its opening sentence, and
/// the note's subject, written in `lang` on TODAY (Wednesday 25 Nov 2026)
/// with `answers`.
fn documents(lang: &str, answers: &[(&str, &str)]) -> (String, String, String) {
    let out = Test::new()
        .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
        .answers(answers)
        .args(["--brief", "brief.md", "--partner-note", "note.md"])
        .run();
    let brief = out.read("brief.md");
    let note = out.read("note.md");
    let mut lines = brief.lines().filter(|l| !l.is_empty());
    let title = |l: &str| l.strip_prefix("# ").unwrap_or(l).to_owned();
    let subject = title(lines.next().unwrap());
    let opening = lines.next().unwrap().trim_matches('*').to_owned();
    let note_subject = title(note.lines().next().unwrap());
    // Only a name too long for more takes a brief's subject past an
    // inbox line: its lead word, severity and date never give way.
    let long_name = brief.contains("Incorporated of Portland");
    for s in [&subject, &note_subject] {
        let n = s.chars().count();
        assert!(n <= 78 || (long_name && s == &subject), "{n}: {s}");
    }
    (subject, opening, note_subject)
}

/// Failing payments two working days before Black Friday.
const BLACK_FRIDAY: &[(&str, &str)] = &[
    ("context.severity", "degraded"),
    ("context.at-risk", "2026-11-27"),
    ("context.at-risk-what", "Black Friday"),
];

#[test]
fn a_near_date_at_risk_is_named_by_what_happens_and_how_close_it_is() {
    let answers = ready_with(BLACK_FRIDAY);
    for (lang, subject, opening) in [
        (
            "en",
            "27 Nov at risk",
            "At risk: Black Friday on Friday, 27 Nov 2026.",
        ),
        (
            "de",
            "27.11. gefährdet",
            "Gefährdet: Black Friday am Freitag, 27.11.2026.",
        ),
    ] {
        let (brief, first, note) = documents(lang, &answers);
        assert!(brief.contains(subject), "{lang}: {brief}");
        assert!(first.contains(opening), "{lang}: {first}");
        assert!(note.contains("Black Friday"), "{lang}: {note}");
    }
}

#[test]
fn a_shop_that_is_down_says_since_when_at_the_top() {
    // The problem says since when; a date at risk weeks away comes after.
    let answers = ready_with(&[
        ("context.severity", "live-down"),
        ("context.at-risk", "2026-12-15"),
    ]);
    for (lang, subject, opening) in [
        (
            "en",
            "live shop down since 3 Nov",
            "cannot take orders since 3 Nov 2026.",
        ),
        (
            "de",
            "Shop ausgefallen seit 03.11.",
            "keine Bestellungen an. Der Ausfall besteht seit dem 03.11.2026.",
        ),
    ] {
        let (brief, first, _) = documents(lang, &answers);
        assert!(brief.contains(subject), "{lang}: {brief}");
        assert!(!brief.starts_with("15"), "{lang}: {brief}");
        assert!(first.contains(opening), "{lang}: {first}");
    }
}

#[test]
fn a_german_subject_names_the_go_live_without_its_article_and_its_day_with_am() {
    let answers = ready_with(&[
        ("context.severity", "launch-blocked"),
        ("context.at-risk", "2026-12-01"),
        ("context.at-risk-what", "der Go-live"),
    ]);
    let (brief, _, _) = documents("de", &answers);
    assert!(brief.ends_with("Go-live am 01.12. blockiert"), "{brief}");
    assert!(!brief.contains("der Go-live"), "{brief}");
}

#[test]
fn a_go_live_is_blocked_only_when_it_is_close_and_the_launch_always() {
    for (at, en, de) in [
        (
            "2027-01-11",
            "launch blocked – 11 Jan 2027 at risk",
            "Go-Live blockiert – 11.01.2027 gefährdet",
        ),
        (
            "2026-12-01",
            "launch 1 Dec blocked",
            "Go-Live am 01.12. blockiert",
        ),
    ] {
        let answers = ready_with(&[
            ("context.severity", "launch-blocked"),
            ("context.at-risk", at),
        ]);
        for (lang, said) in [("en", en), ("de", de)] {
            let (brief, first, _) = documents(lang, &answers);
            assert!(brief.ends_with(said), "{lang}: {brief}");
            // The date is blocked only when close; the launch, as the
            // merchant chose, always is.
            let blocked = ["Blocked:", "Blockiert:"].iter().any(|b| first.contains(b));
            assert_eq!(blocked, at == "2026-12-01", "{lang}: {first}");
            let launch = ["the launch is blocked", "Der Go-Live ist blockiert"];
            assert!(
                blocked || launch.iter().any(|b| first.contains(b)),
                "{lang}: {first}"
            );
        }
    }
}

#[test]
fn what_is_broken_in_the_users_few_words_heads_both_subjects() {
    for (lang, topic) in [("en", "payment timeouts"), ("de", "Zahlungsabbrüche")] {
        let answers = ready_with(&[("context.severity", "degraded"), ("context.topic", topic)]);
        let (brief, first, note) = documents(lang, &answers);
        // The subject says how severe before the user's words.
        assert!(brief.contains(&format!(": {topic}")), "{lang}: {brief}");
        assert!(
            note.contains(&format!("\u{2013} {topic}")),
            "{lang}: {note}"
        );
        // The opening sentence: the severity's few words, then the
        // user's, not the long label with theirs in brackets.
        let short = if lang == "en" {
            "live shop degraded"
        } else {
            "Live-Shop gestört"
        };
        assert!(
            first.contains(&format!(": {short} \u{2013} {topic}")),
            "{lang}: {first}"
        );
        assert!(!first.contains(&format!("({topic})")), "{lang}: {first}");
        assert!(
            !first.contains("slowly") && !first.contains("langsam"),
            "{first}"
        );
        // The severity's few words give way to the user's.
        assert!(!brief.contains("live shop degraded"), "{brief}");
    }
    // The user's words already say it: said once.
    for (lang, topic) in [
        ("en", "live shop down since the update"),
        ("de", "Shop down"),
    ] {
        let answers = ready_with(&[("context.severity", "live-down"), ("context.topic", topic)]);
        let (_, first, _) = documents(lang, &answers);
        assert!(first.contains(&format!(": {topic}")), "{lang}: {first}");
        assert!(
            !first.contains("ausgefallen") && !first.contains("cannot take orders"),
            "{lang}: {first}"
        );
    }
    // Without them, words a person would write.
    let (brief, _, _) = documents("de", &ready_with(&[("context.severity", "degraded")]));
    assert!(brief.contains("Live-Shop gestört"), "{brief}");
    assert!(!brief.contains('/'), "{brief}");
}

#[test]
fn the_account_has_one_name_in_every_subject_never_cut() {
    for (company, name) in [
        ("Modehaus Brenner GmbH & Co. KG", "Modehaus Brenner"),
        ("Wohnwelt Pichler GmbH", "Wohnwelt Pichler"),
        ("Hollmann Industrial Supply", "Hollmann Industrial Supply"),
        (
            "Northbay Outfitters Incorporated of Portland",
            "Northbay Outfitters Incorporated of Portland",
        ),
    ] {
        let mut changes = vec![("context.merchant", company)];
        changes.extend_from_slice(BLACK_FRIDAY);
        let answers = ready_with(&changes);
        for lang in ["en", "de"] {
            let (brief, _, note) = documents(lang, &answers);
            let after = brief.split_once(": ").map_or(brief.as_str(), |(_, s)| s);
            let lead = if brief.starts_with("Es") {
                after
            } else {
                brief.as_str()
            };
            assert!(
                lead.starts_with(&format!("{name} \u{2013} ")),
                "{lang}: {brief}"
            );
            // A name too long for more is kept whole all the same.
            let whole = [" \u{2013} ", ": "].map(|after| format!("{name}{after}"));
            assert!(whole.iter().any(|w| note.starts_with(w)), "{lang}: {note}");
            assert!(
                !brief.contains('\u{2026}') && !note.contains('\u{2026}'),
                "{brief} / {note}"
            );
        }
    }
}

#[test]
fn the_users_few_words_keep_their_capitals_in_the_opening_sentence() {
    // A blocked launch with a date: the sentence on the date says it is
    // blocked, so what is broken stands alone, as typed.
    let answers = ready_with(&[
        ("context.severity", "launch-blocked"),
        ("context.at-risk", "2026-12-01"),
        ("context.topic", "NetSuite order sync fails"),
    ]);
    let (_, first, _) = documents("en", &answers);
    assert!(first.contains(": NetSuite order sync fails."), "{first}");
}

#[test]
fn the_notes_subject_says_what_is_broken_first_and_asks_for_today_as_today() {
    // Black Friday two working days away leaves today to answer; the
    // user's few words come before the date at risk, which gives way
    // whole, as does the topic when even it does not fit.
    for (lang, topic, today) in [
        ("en", "payment timeouts at checkout", ": please reply today"),
        (
            "de",
            "Zahlungsabbrüche im Checkout",
            ": Bitte um Antwort noch heute",
        ),
    ] {
        let mut changes = vec![("context.topic", topic)];
        changes.extend_from_slice(BLACK_FRIDAY);
        let (_, _, note) = documents(lang, &ready_with(&changes));
        let (account, rest) = note.split_once(" \u{2013} ").unwrap();
        assert!(!account.is_empty(), "{lang}: {note}");
        assert!(rest.starts_with(topic), "{lang}: {note}");
        assert!(note.ends_with(today), "{lang}: {note}");
        assert!(
            !note.contains("25 Nov") && !note.contains("25.11."),
            "{note}"
        );
        assert!(!note.contains('\u{2026}'), "{lang}: {note}");
    }
}

#[test]
fn every_severity_with_a_long_topic_keeps_its_meaning_and_the_date_in_the_subject_and_the_opening()
{
    let topic = (
        "context.topic",
        "PayPal Express and Klarna payments time out at checkout after the 2.4.7 upgrade",
    );
    for (value, en, de) in [
        (
            "live-down",
            ["shop down", "live shop down"],
            ["Shop ausgefallen", "Shop ausgefallen"],
        ),
        (
            "launch-blocked",
            ["launch blocked", "launch blocked"],
            ["Go-Live blockiert", "Go-Live blockiert"],
        ),
        (
            "degraded",
            ["shop degraded", "live shop degraded"],
            ["Shop gestört", "Live-Shop gestört"],
        ),
        (
            "delay",
            ["project late", "project late"],
            ["Projekt verzögert", "Projekt verzögert"],
        ),
    ] {
        for at_risk in [
            None,
            Some(("2026-11-27", ["27 Nov", "27.11."])),
            Some(("2027-02-01", ["1 Feb 2027", "01.02.2027"])),
        ] {
            let mut changes = vec![("context.severity", value), topic];
            if let Some((day, _)) = at_risk {
                changes.extend([
                    ("context.at-risk", day),
                    ("context.at-risk-what", "Black Friday"),
                ]);
            }
            let answers = ready_with(&changes);
            for (lang, [tag, label], n) in [("en", en, 0), ("de", de, 1)] {
                let (subject, opening, _) = documents(lang, &answers);
                // A blocked launch's date says it too: "go-live 27 Nov
                // blocked", never "blocked" twice.
                let go_live = value == "launch-blocked"
                    && subject.contains(["launch", "Go-Live"][n])
                    && subject.contains(["blocked", "blockiert"][n]);
                // The severity's stock words give way before the
                // merchant's own are cut; those are never left out.
                assert!(
                    subject.contains(tag) || go_live || subject.contains("PayPal Express"),
                    "{lang} {value}: {subject}"
                );
                if value != "live-down" {
                    assert!(
                        subject.contains("PayPal Express"),
                        "{lang} {value}: {subject}"
                    );
                }
                assert!(
                    subject.matches(["blocked", "blockiert"][n]).count() <= 1,
                    "{lang} {value}: {subject}"
                );
                assert!(opening.contains(label), "{lang} {value}: {opening}");
                if let Some((_, days)) = at_risk {
                    assert!(subject.contains(days[n]), "{lang} {value}: {subject}");
                }
            }
        }
    }
}

#[test]
fn every_severity_is_in_the_briefs_subject_unless_the_users_words_say_it() {
    // A live shop that is down since a day the problem names (3 Nov).
    let mut base = vec![];
    for (value, en_said, de_said, en, de) in [
        (
            "live-down",
            "Shop is DOWN since Monday",
            "Shop ausgefallen, alle Seiten",
            "shop down",
            "Shop ausgefallen",
        ),
        (
            "launch-blocked",
            "launch blocked by payment bug",
            "Go-Live blockiert: Zahlungsfehler",
            "launch blocked",
            "Go-Live blockiert",
        ),
        (
            "degraded",
            "live shop degraded",
            "Shop gestört seit dem Update",
            "shop degraded",
            "Shop gestört",
        ),
        (
            "delay",
            "project late by three weeks",
            "Projekt verzögert, AP4 offen",
            "project late",
            "Projekt verzögert",
        ),
    ] {
        base.clear();
        base.push(("context.severity", value));
        for (lang, topic, tag) in [
            ("en", "checkout broken", en),
            ("en", "shop returns 503 on every page", en),
            ("en", "the shop slows down at peak", en),
            ("de", "Checkout kaputt", de),
            ("de", "Shop liefert überall 503", de),
            ("en", en_said, ""),
            ("de", de_said, ""),
        ] {
            let mut answers = base.clone();
            answers.push(("context.topic", topic));
            let (subject, _, _) = documents(lang, &ready_with(&answers));
            let lead = if lang == "en" {
                "Escalation: "
            } else {
                "Eskalation: "
            };
            assert!(subject.starts_with(lead), "{lang} {value}: {subject}");
            // The severity's words, once: the user's when they say it,
            // whole ("shop returns 503" for a shop that is down).
            let whole = value == "live-down" && topic.contains("503");
            let tag = if whole { "" } else { tag };
            let said = if tag.is_empty() { topic } else { tag };
            let low = subject.to_lowercase();
            assert!(
                low.contains(&said.to_lowercase()),
                "{lang} {value}: {subject}"
            );
            if !tag.is_empty() {
                assert!(
                    low.contains(&format!("{}: ", tag.to_lowercase())),
                    "{lang} {value}: {subject}"
                );
            }
        }
    }
}

#[test]
fn what_happens_on_the_date_reads_right_as_a_noun_or_a_clause_and_as_typed() {
    for (what, en, de) in [
        (
            "sale email goes to 400k subscribers",
            "At risk: Friday, 27 Nov 2026, when sale email goes to 400k subscribers.",
            "Gefährdeter Termin: Freitag, 27.11.2026 – sale email goes to 400k subscribers.",
        ),
        (
            "the Black Friday sale",
            "At risk: the Black Friday sale on Friday, 27 Nov 2026.",
            "Gefährdet: the Black Friday sale am Freitag, 27.11.2026.",
        ),
    ] {
        let answers = ready_with(&[
            ("context.severity", "degraded"),
            ("context.at-risk", "2026-11-27"),
            ("context.at-risk-what", what),
        ]);
        for (lang, said) in [("en", en), ("de", de)] {
            let (_, first, _) = documents(lang, &answers);
            assert!(first.contains(said), "{lang}: {first}");
            assert!(!first.contains(&format!("({what})")), "{lang}: {first}");
        }
    }
}

#[test]
fn a_blocked_launch_named_by_the_merchant_says_go_live_once() {
    let answers = ready_with(&[
        ("context.severity", "launch-blocked"),
        ("context.at-risk", "2026-11-27"),
        ("context.at-risk-what", "Go-live with TV campaign"),
    ]);
    let (subject, opening, _) = documents("en", &answers);
    assert_eq!(opening.matches("o-live").count(), 1, "{opening}");
    assert!(
        opening.contains("Blocked: Go-live with TV campaign on Friday, 27 Nov 2026."),
        "{opening}"
    );
    assert!(subject.matches("blocked").count() <= 1, "{subject}");
}

/// `text` in lower case, its words apart (a hyphen parts them too: "Live-Shop"
/// is "live shop") and without the small words a sentence adds ("the
/// launch is blocked" is "launch blocked").
fn plain_words(text: &str) -> String {
    const SMALL: &[&str] = &["the", "is", "der", "die", "das", "ist", "sich"];
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !SMALL.contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_severity_is_said_in_the_same_words_in_the_subjects_and_the_opening() {
    for (value, en, de) in [
        ("live-down", "shop down", "shop ausgefallen"),
        ("launch-blocked", "launch blocked", "go live blockiert"),
        ("degraded", "degraded", "shop gestört"),
        ("delay", "project late", "projekt verzögert"),
    ] {
        let answers = ready_with(&[("context.severity", value)]);
        for (lang, words) in [("en", en), ("de", de)] {
            let (subject, opening, note) = documents(lang, &answers);
            for (document, text) in [
                ("subject", &subject),
                ("opening", &opening),
                ("note", &note),
            ] {
                assert!(
                    plain_words(text).contains(words),
                    "{value} {lang} {document} does not say \"{words}\": {text}"
                );
            }
        }
    }
}

#[test]
fn a_topic_that_says_what_befalls_it_is_not_told_so_again_by_the_severity() {
    for (value, lang, topic, subject, opening) in [
        (
            "live-down",
            "en",
            "checkout down",
            "live shop: checkout down",
            "live shop – checkout down",
        ),
        (
            "live-down",
            "en",
            "checkout returns 503",
            "live shop: checkout returns 503",
            "live shop – checkout returns 503",
        ),
        (
            "live-down",
            "de",
            "Checkout offline",
            "Live-Shop: Checkout offline",
            "Live-Shop – Checkout offline",
        ),
        (
            "degraded",
            "en",
            "search slow",
            "live shop: search slow",
            "live shop – search slow",
        ),
        (
            "degraded",
            "de",
            "Suche langsam",
            "Live-Shop: Suche langsam",
            "Live-Shop – Suche langsam",
        ),
        (
            "launch-blocked",
            "en",
            "payments blocked",
            "launch: payments blocked",
            "launch – payments blocked",
        ),
        (
            "launch-blocked",
            "de",
            "Zahlungen blockiert",
            "Go-Live: Zahlungen blockiert",
            "Go-Live – Zahlungen blockiert",
        ),
        (
            "delay",
            "en",
            "data migration late",
            "project: data migration late",
            "project – data migration late",
        ),
        (
            "delay",
            "de",
            "Datenmigration im Verzug",
            "Projekt: Datenmigration im Verzug",
            "Projekt – Datenmigration im Verzug",
        ),
        // A topic that does not say it keeps the severity's words whole.
        (
            "live-down",
            "en",
            "PayPal payments",
            "shop down: PayPal payments",
            "live shop down – PayPal payments",
        ),
        (
            "degraded",
            "de",
            "PayPal-Zahlungen",
            "Shop gestört: PayPal-Zahlungen",
            "Live-Shop gestört – PayPal-Zahlungen",
        ),
        (
            "delay",
            "en",
            "PayPal payments",
            "project late: PayPal payments",
            "project late – PayPal payments",
        ),
    ] {
        let answers = ready_with(&[("context.severity", value), ("context.topic", topic)]);
        let (got, first, _) = documents(lang, &answers);
        assert!(got.contains(subject), "{value} {lang}: {got}");
        assert!(first.contains(opening), "{value} {lang}: {first}");
    }
}

#[test]
fn the_notes_subject_names_what_is_broken_before_the_date_at_risk() {
    for (lang, value, topic, want) in [
        (
            "en",
            "live-down",
            "checkout returns 503 after payment for all card payments",
            "checkout returns 503",
        ),
        (
            "de",
            "delay",
            "Kundenkonten-Migration unvollständig und fehlerhaft bei Firmenkunden",
            "Kundenkonten-Migration",
        ),
    ] {
        let answers = ready_with(&[
            ("context.merchant", "Hartley & Finch Outdoor Ltd"),
            ("context.severity", value),
            ("context.topic", topic),
            ("context.at-risk", "2026-12-14"),
            (
                "context.at-risk-what",
                "last order day for Christmas delivery",
            ),
        ]);
        let (_, _, note) = documents(lang, &answers);
        assert!(note.contains(want), "{lang}: {note}");
    }
}

#[test]
fn the_date_at_risk_reads_as_a_sentence_whether_a_noun_or_a_clause_names_it() {
    // The brief labels it; the note, a letter, says it in a sentence.
    for (lang, what, sentence, letter) in [
        (
            "en",
            "last order day for Christmas delivery",
            "At risk: the last order day for Christmas delivery on Friday, 27 Nov 2026.",
            "It also puts our last order day for Christmas delivery on Friday, 27 Nov 2026, at risk.",
        ),
        (
            "en",
            "the sale email goes to 400k subscribers",
            "At risk: Friday, 27 Nov 2026, when the sale email goes to 400k subscribers.",
            "It also puts Friday, 27 Nov 2026, at risk, the day the sale email goes to 400k subscribers.",
        ),
        (
            "de",
            "letzter Versandtag für Weihnachtskörbe",
            "Gefährdet: letzter Versandtag für Weihnachtskörbe am Freitag, 27.11.2026.",
            "Außerdem ist unser letzter Versandtag für Weihnachtskörbe am Freitag, 27.11.2026, gefährdet.",
        ),
        (
            "de",
            "der Newsletter geht an 400.000 Abonnenten",
            "Gefährdeter Termin: Freitag, 27.11.2026 – der Newsletter geht an 400.000 Abonnenten.",
            "Außerdem ist unser Termin am Freitag, 27.11.2026, gefährdet \u{2013} der Newsletter geht an 400.000 Abonnenten.",
        ),
    ] {
        let answers = ready_with(&[
            ("context.severity", "degraded"),
            ("context.at-risk", "2026-11-27"),
            ("context.at-risk-what", what),
        ]);
        let out = Test::new()
            .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
            .answers(&answers)
            .args(["--brief", "brief.txt", "--partner-note", "note.txt"])
            .run();
        for (document, sentence) in [("brief.txt", sentence), ("note.txt", letter)] {
            let text = out
                .read(document)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            assert!(text.contains(sentence), "{lang} {document}: {text}");
        }
    }
}

#[test]
fn a_blocked_launch_names_its_date_once() {
    for (lang, what, sentence) in [
        (
            "en",
            "launch",
            "Blocked: the launch on Friday, 27 Nov 2026.",
        ),
        (
            "de",
            "Livegang",
            "Blockiert: Livegang am Freitag, 27.11.2026.",
        ),
    ] {
        let answers = ready_with(&[
            ("context.severity", "launch-blocked"),
            ("context.at-risk", "2026-11-27"),
            ("context.at-risk-what", what),
        ]);
        let (_, opening, _) = documents(lang, &answers);
        assert!(opening.contains(sentence), "{lang}: {opening}");
        assert!(
            !opening.to_lowercase().contains("go-live"),
            "{lang}: {opening}"
        );
    }
}

#[test]
fn the_notes_subject_keeps_what_is_broken_though_a_name_leaves_little_room() {
    let answers = ready_with(&[
        ("context.merchant", "Gebr. Albrecht Werkzeuge GmbH"),
        ("context.severity", "delay"),
        ("context.topic", "Kundenkonten-Migration unvollständig"),
        ("context.at-risk", "2027-01-11"),
        ("context.at-risk-what", "Go-live"),
    ]);
    let out = Test::new()
        .args(["--lang", "de", "check", "--no-input", "--today", TODAY])
        .answers(&answers)
        .args(["--partner-note", "note.md"])
        .run();
    let note = out.read("note.md");
    let subject = note.lines().next().unwrap_or_default();
    assert!(subject.contains("Kundenkonten-Migration"), "{subject}");
    assert!(subject.chars().count() <= 82, "{subject}");
}

/// The merchant's words on what is broken are kept in a brief's subject
/// before the severity's stock words: when both do not fit with the
/// date at risk, the date shortens to its date, and what is broken stays.
#[test]
fn the_topic_is_kept_in_the_subject_and_the_date_at_risk_gives_way_to_its_date() {
    for (lang, severity, topic, at_risk) in [
        (
            "en",
            "degraded",
            "orders not reaching SAP",
            "last order day before the Christmas shutdown",
        ),
        (
            "en",
            "delay",
            "ERP connector late",
            "the go-live of the B2B portal",
        ),
        (
            "de",
            "launch-blocked",
            "SAP-Schnittstelle",
            "Go-Live des B2B-Portals mit Anbindung an das Warenwirtschaftssystem",
        ),
        (
            "de",
            "degraded",
            "Bestellexport nach SAP",
            "letzter Bestelltag vor der Betriebsruhe zu Weihnachten",
        ),
    ] {
        let answers = ready_with(&[
            ("context.merchant", "Northway Industrial Supply Ltd"),
            ("context.severity", severity),
            ("context.topic", topic),
            ("context.at-risk", "2027-01-15"),
            ("context.at-risk-what", at_risk),
        ]);
        let (subject, _, _) = documents(lang, &answers);
        assert!(subject.contains(topic), "{lang}: {subject}");
        assert!(
            subject.contains("15 Jan") || subject.contains("15.01."),
            "{lang}: {subject}"
        );
        assert!(subject.chars().count() <= 78, "{lang}: {subject}");
    }
}

/// A blocked launch whose date at risk names the launch says the launch
/// once in the brief's first lines: the merchant's words on what is
/// broken, then the date's sentence, not "go-live blocked" before them
/// and the go-live again after.
#[test]
fn a_blocked_launch_named_by_its_date_is_said_once_in_the_first_lines() {
    for (lang, topic, what, word) in [
        (
            "en",
            "ERP connector",
            "the go-live of the B2B portal",
            "go-live",
        ),
        ("en", "payment module", "the relaunch of the shop", "launch"),
        (
            "de",
            "SAP-Schnittstelle",
            "Go-Live des B2B-Portals",
            "go-live",
        ),
        (
            "de",
            "Zahlungsmodul",
            "Livegang des neuen Shops",
            "livegang",
        ),
    ] {
        let answers = ready_with(&[
            ("context.severity", "launch-blocked"),
            ("context.topic", topic),
            ("context.at-risk", "2027-01-15"),
            ("context.at-risk-what", what),
        ]);
        let out = Test::new()
            .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
            .answers(&answers)
            .args(["--brief", "b.txt"])
            .run();
        let brief = crate::common::unwrapped(&out.read("b.txt"));
        let first = brief
            .split("\n\n")
            .nth(1)
            .unwrap_or_default()
            .to_lowercase();
        assert!(first.contains(&topic.to_lowercase()), "{lang}: {first}");
        assert_eq!(first.matches(word).count(), 1, "{lang}: {first}");
    }
}

/// When room is short, the severity's stock words give way before the
/// merchant's own are cut, and those are never left out: with no date
/// at risk, and with one.
#[test]
fn the_severity_gives_way_before_the_merchants_topic_is_cut_or_dropped() {
    for (lang, severity, topic, at_risk, kept) in [
        (
            "en",
            "degraded",
            "orders not syncing to SAP",
            None,
            "orders not syncing to SAP",
        ),
        (
            "de",
            "degraded",
            "Aufträge kommen nicht in SAP an",
            None,
            "Aufträge kommen nicht in SAP an",
        ),
        (
            "en",
            "launch-blocked",
            "replatform go-live missed twice",
            Some("2027-01-31"),
            "replatform go-live",
        ),
        (
            "de",
            "delay",
            "Angebote strittig",
            Some("2027-02-15"),
            "Angebote strittig",
        ),
    ] {
        let mut changes = vec![
            ("context.merchant", "Northwind Industrial Supply Ltd"),
            ("context.severity", severity),
            ("context.topic", topic),
        ];
        if let Some(day) = at_risk {
            changes.extend([
                ("context.at-risk", day),
                ("context.at-risk-what", "the launch"),
            ]);
        }
        let (subject, _, _) = documents(lang, &ready_with(&changes));
        assert!(subject.contains(kept), "{lang} {topic}: {subject}");
    }
}
