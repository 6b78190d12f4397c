//! English and German: the two shipped checklists share their logic, and the
//! language is chosen by flag, checklist, locale, then English.

use crate::common::{CHECKLIST, TODAY, Test};
use serde_norway::Value;

/// The shipped German checklist.
const GERMAN: &str = include_str!("../../checklists/partner-escalation.de.yaml");

/// A checklist with every human-readable text removed: ids, kinds, `when`,
/// grading and options remain, which must be the same in every language.
fn logic(yaml: &str) -> Value {
    fn strip(value: &mut Value) {
        match value {
            Value::Mapping(map) => {
                for text in [
                    "lang", "title", "intro", "guidance", "prompt", "help", "advice", "label",
                ] {
                    map.remove(text);
                }
                map.values_mut().for_each(strip);
            }
            Value::Sequence(list) => list.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut value: Value = serde_norway::from_str(yaml).unwrap();
    strip(&mut value);
    value
}

#[test]
fn english_and_german_checklists_share_keys_kinds_and_logic() {
    let (en, de) = (CHECKLIST, GERMAN);
    assert_eq!(logic(en), logic(de));
    // The texts were removed, not the whole file.
    assert!(logic(en)["items"].as_sequence().unwrap().len() == 3);
    // Advice exists in both for the same questions.
    let advice = |yaml: &str| {
        yaml.lines()
            .filter(|l| l.trim_start().starts_with("advice:"))
            .count()
    };
    assert_eq!(advice(en), advice(de));
    assert_ne!(en, de);
}

/// The first line `check --no-input` prints on stderr with this setup.
fn first_error_line(env: &[(&str, &str)], args: &[&str]) -> String {
    let message = env
        .iter()
        .fold(Test::new(), |test, (key, value)| test.env(key, value))
        .args(args)
        .args(["check", "--no-input", "--today", TODAY])
        .run()
        .refused();
    message.lines().next().unwrap().to_owned()
}

#[test]
fn the_language_comes_from_flag_then_locale_then_english() {
    let german = "diese Fragen haben keine Antwort";
    let english = "these questions have no answer";
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a [&'a str], &'a str);
    let cases: &[Case] = &[
        (&[], &[], english),
        (&[("LANG", "de_DE.UTF-8")], &[], german),
        (&[("LANG", "de_AT")], &[], german),
        (&[("LANG", "fr_FR.UTF-8")], &[], english),
        (&[("LANG", "C")], &[], english),
        (
            &[("LC_MESSAGES", "de_CH.UTF-8"), ("LANG", "en_GB.UTF-8")],
            &[],
            german,
        ),
        (
            &[("LC_ALL", "en_US.UTF-8"), ("LANG", "de_DE.UTF-8")],
            &[],
            english,
        ),
        (&[("LANG", "de_DE.UTF-8")], &["--lang", "en"], english),
        (&[], &["--lang", "de"], german),
    ];
    for (env, args, expected) in cases {
        let line = first_error_line(env, args);
        assert!(line.contains(expected), "{env:?} {args:?}: {line}");
    }
}

#[test]
fn a_custom_checklist_speaks_its_own_language_unless_told_otherwise() {
    let line = first_error_line(&[("LANG", "en_US.UTF-8")], &[]);
    assert!(line.contains("these questions"), "{line}");
    let english_locale = Test::new()
        .env("LANG", "en_US.UTF-8")
        .file("eigene.yaml", GERMAN)
        .args(["check", "--checklist", "eigene.yaml", "--no-input"]);
    let stderr = english_locale.clone().run().stderr();
    assert!(
        stderr.contains("diese Fragen haben keine Antwort"),
        "{stderr}"
    );
    // A checklist in a language escalate does not speak: the locale decides.
    let stderr = Test::new()
        .env("LANG", "de_DE.UTF-8")
        .file("liste.yaml", GERMAN.replacen("lang: de", "lang: fr", 1))
        .args(["check", "--no-input", "--checklist", "liste.yaml"])
        .run()
        .stderr();
    assert!(
        stderr.contains("diese Fragen haben keine Antwort"),
        "{stderr}"
    );
    let stderr = english_locale.args(["--lang", "en"]).run().stderr();
    assert!(
        stderr.contains("these questions have no answer"),
        "{stderr}"
    );
}

#[test]
fn german_answers_words_are_understood() {
    let stdout = Test::new()
        .args(["--lang", "de", "check", "--no-input", "--today", TODAY])
        .answers(&[
            ("scope.reviewed-deliverables", "ja"),
            ("scope.deliverables-added", "nein"),
            ("partner-contact.raised", "unresolved"),
            ("partner-contact.raised-on", "2026-11-02"),
            ("specificity.examples", "Ticket ACME-1 vom 2026-10-01"),
            ("specificity.examples", "E-Mail vom 2026-10-09"),
        ])
        .run()
        .exits(0)
        .stdout();
    assert!(stdout.contains("Bereit zur Eskalation"), "{stdout}");
}

#[test]
fn errors_in_a_large_answers_file_speak_the_checklists_language() {
    let stderr = Test::new()
        .env("LANG", "en_US.UTF-8")
        .file("liste.yaml", GERMAN)
        .file("antworten.yaml", "# x\n".repeat(300_000))
        .args(["check", "--no-input", "--checklist", "liste.yaml"])
        .args(["--answers", "antworten.yaml"])
        .run()
        .exits(2)
        .stderr();
    assert!(
        stderr.contains("die Datei ist größer als 1024 KiB"),
        "{stderr}"
    );
}

/// The language is settled before anything is said: an error found while
/// the command line is read speaks the language asked for.
#[test]
fn a_flag_without_a_value_is_refused_in_german() {
    let message = Test::new()
        .args(["--lang", "de", "check", "-a", "foo"])
        .run()
        .refused();
    assert!(
        message.contains("bitte als SCHLÜSSEL=WERT angeben"),
        "{message}"
    );
}

/// A broken checklist is reported in the language of the run: the rules it
/// breaks in German words, each at its place, the parser's own message as
/// it gave it.
#[test]
fn validate_speaks_the_language_of_the_run() {
    let broken =
        GERMAN
            .replacen("id: scope", "id: Umfang", 1)
            .replacen("kind: confirm", "kind: text", 1);
    let test = Test::new().file("eigene.yaml", broken);
    let german = test
        .clone()
        .args(["--lang", "de", "validate", "eigene.yaml"])
        .run()
        .refused();
    for said in [
        "die Punkt-ID `Umfang` muss aus Kleinbuchstaben mit Bindestrichen bestehen",
        "`pass` gilt nur für Fragen vom Typ confirm; `reviewed-deliverables` ist vom Typ text",
        "Tipp: beheben Sie die genannten Stellen",
    ] {
        assert!(german.contains(said), "`{said}` missing:\n{german}");
    }
    assert!(!german.contains("must be"), "{german}");
    let english = test
        .args(["--lang", "en", "validate", "eigene.yaml"])
        .run()
        .refused();
    assert!(
        english.contains("item id `Umfang` must be lowercase kebab-case"),
        "{english}"
    );
}

/// The words before an error's lines and its hint are the run's too: a
/// German reader sees „Fehler:“ and „Tipp:“, an English one `error:` and
/// `hint:`, the internal error included.
#[test]
fn errors_and_hints_are_labelled_in_the_language_of_the_run() {
    let refused = |lang: &str| {
        Test::new()
            .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
            .args(["-a", "scope.reviewed-deliverable=yes"])
            .run()
            .refused()
    };
    let german = refused("de");
    assert!(
        german.starts_with("Fehler: unbekannter Antwortschlüssel"),
        "{german}"
    );
    assert!(german.contains("\nTipp: meinten Sie"), "{german}");
    assert!(
        !german.contains("error:") && !german.contains("hint:"),
        "{german}"
    );
    let english = refused("en");
    assert!(
        english.starts_with("error: unknown answer key"),
        "{english}"
    );
    assert!(english.contains("\nhint: did you mean"), "{english}");
    let panicked = Test::new()
        .env("ESCALATE_FAULT", "panic")
        .args(["--lang", "de", "check", "--no-input", "--today", TODAY])
        .run()
        .refused();
    assert!(
        panicked.starts_with("Fehler: interner Fehler"),
        "{panicked}"
    );
}
