//! Every problem in the answers given, from the file and from the flags,
//! is said in one run, each on its own line with its place, so that a busy
//! person fixes them all before running again: at most twenty, then how
//! many more there are. The run still exits 2.

use crate::common::{TODAY, Test};

/// `check --no-input` in `lang`, with the answers file `name` holding
/// `text`, and `args` after it.
fn check(lang: &str, name: &str, text: &str, args: &[&str]) -> Test {
    Test::new()
        .file(name, text)
        .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
        .args(["--answers", name])
        .args(args)
}

/// The lines of `message` that start with the run's error label.
fn errors<'m>(message: &'m str, label: &str) -> Vec<&'m str> {
    message
        .lines()
        .filter_map(|line| line.strip_prefix(label))
        .collect()
}

#[test]
fn two_colons_in_an_answers_file_are_both_said_at_their_places() {
    let text = "scope.reviewed-deliverables: yes\n\
        specificity.examples:\n  \
        - \"Testkunde 100234 (Rahmenvertrag): 4,12 statt 3,87\"\n  \
        - UAT-Protokoll 20.11.: 41 von 130 Testkunden falsch\n\
        scope.clause: LB Kap. 5.3: Festpreis\n";
    for (lang, label, says) in [
        ("en", "error: ", "makes that text a key"),
        ("de", "Fehler: ", "macht diesen Text zu einem Schlüssel"),
    ] {
        let out = check(lang, "a.yaml", text, &[]).run();
        let message = out.refused();
        let lines = errors(&message, label);
        assert_eq!(lines.len(), 2, "{message}");
        assert!(lines[0].starts_with("a.yaml:4:5: "), "{message}");
        assert!(lines[1].starts_with("a.yaml:5:15: "), "{message}");
        assert!(lines.iter().all(|l| l.contains(says)), "{message}");
    }
}

#[test]
fn every_wrong_value_unknown_key_and_flag_is_said_in_one_run() {
    let text = "partner-contact.channel: Telefon\n\
        context.severity: langsam\n\
        context.partnr: ACME\n\
        scope.reviewed-deliverables: yes\n";
    for (lang, label, hint) in [("en", "error: ", "hint: "), ("de", "Fehler: ", "Tipp: ")] {
        let flags = ["-a", "scope.deliverables-added=vielleicht", "-a", "nokey"];
        let message = check(lang, "a.yaml", text, &flags).run().refused();
        let lines = errors(&message, label);
        assert_eq!(lines.len(), 5, "{message}");
        assert!(lines[0].starts_with("a.yaml:1:26: "), "{message}");
        assert!(lines[0].contains("`Telefon`"), "{message}");
        assert!(lines[1].starts_with("a.yaml:2:19: "), "{message}");
        assert!(lines[1].contains("`langsam`"), "{message}");
        assert!(lines[2].starts_with("a.yaml:3:1: "), "{message}");
        assert!(lines[3].contains("`vielleicht`"), "{message}");
        assert!(lines[4].starts_with("--answer `nokey`"), "{message}");
        // The unknown key keeps its suggestion, under its own line.
        let after = message
            .lines()
            .skip_while(|l| !l.contains("context.partnr"));
        let next = after.clone().nth(1).unwrap_or_default();
        assert!(
            next.starts_with(hint) && next.contains("context.partner"),
            "{message}"
        );
    }
}

#[test]
fn every_wrong_value_of_a_json_file_is_said_at_its_place() {
    let text = "{\"context.severity\": \"slow\",\n \"partner-contact.raised\": \"maybe\"}";
    let message = check("en", "a.json", text, &[]).run().refused();
    let lines = errors(&message, "error: ");
    assert_eq!(lines.len(), 2, "{message}");
    assert!(lines[0].starts_with("a.json:1:22: "), "{message}");
    assert!(lines[1].starts_with("a.json:2:28: "), "{message}");
}

#[test]
fn past_twenty_problems_the_rest_are_counted() {
    let text: String = (0..25).map(|n| format!("unknown.key-{n}: x\n")).collect();
    for (lang, label, more) in [
        ("en", "error: ", "5 more not listed here"),
        (
            "de",
            "Fehler: ",
            "weitere 5 Fehler sind hier nicht aufgeführt",
        ),
    ] {
        let message = check(lang, "a.yaml", &text, &[]).run().refused();
        let lines = errors(&message, label);
        assert_eq!(lines.len(), 21, "{message}");
        assert!(lines[19].starts_with("a.yaml:20:1: "), "{message}");
        assert!(lines[20].starts_with(more), "{message}");
    }
}
