//! Usage errors of the command line in the run's language: one line,
//! exit 2, nothing written.

use crate::common::{READY, TODAY, Test};

#[test]
fn a_refused_value_or_an_unknown_option_is_said_in_one_line_in_the_runs_language() {
    for (lang, args, said) in [
        (
            "de",
            vec!["--csm-email", "Petra Lang plang@example.com"],
            "Fehler: ungültiger Wert „Petra Lang plang@example.com“ für --csm-email: erwartet wird eine E-Mail-Adresse, etwa csm@example.com\n",
        ),
        (
            "de",
            vec!["--format", "xml"],
            "Fehler: ungültiger Wert „xml“ für --format: mögliche Werte: text, json, markdown\n",
        ),
        (
            "de",
            vec!["--formt", "json"],
            "Fehler: unbekannte Option „--formt“ – meinten Sie „--format“?\n",
        ),
        (
            "de",
            vec!["--today", "15.11.2026"],
            "Fehler: ungültiger Wert „15.11.2026“ für --today: erwartet wird ein Datum als JJJJ-MM-TT, etwa 2026-03-01\n",
        ),
        (
            "en",
            vec!["--format", "xml"],
            "error: invalid value 'xml' for --format: possible values: text, json, markdown\n",
        ),
    ] {
        let today = if args.contains(&"--today") {
            vec![]
        } else {
            vec!["--today", TODAY]
        };
        let out = Test::new()
            .args(["--lang", lang, "check", "--no-input"])
            .args(&today)
            .answers(READY)
            .args(["--brief", "brief.eml"])
            .args(&args)
            .run();
        assert_eq!(out.refused(), said, "{args:?}");
        assert!(!out.path("brief.eml").exists());
    }
}
