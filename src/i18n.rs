//! Every sentence escalate says itself, in English and German.
//!
//! The language is chosen once at start-up (`--lang`, else the checklist's
//! own `lang`, else the locale, else English) and read through [`t`].
//! Checklist text is not here: it comes from the checklist file.

use std::io;
use std::sync::atomic::{AtomicU8, Ordering};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    En,
    De,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    /// The UI language for a checklist's `lang` (`de`, `de-AT`, `en-GB`, …),
    /// if it is one escalate speaks; for others the locale decides.
    pub fn for_checklist(lang: &str) -> Option<Lang> {
        match lang.split('-').next() {
            Some("de") => Some(Lang::De),
            Some("en") => Some(Lang::En),
            _ => None,
        }
    }

    /// The language of the locale (LC_ALL, LC_MESSAGES, LANG), if it is one
    /// escalate speaks.
    pub fn from_locale() -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|var| std::env::var(var).ok())
            .find(|value| !value.is_empty())
            .and_then(|value| match value.get(..2) {
                Some("de") => Some(Lang::De),
                Some("en") => Some(Lang::En),
                _ => None,
            })
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Sets the language for everything said from now on.
pub fn set(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

pub fn current() -> Lang {
    if CURRENT.load(Ordering::Relaxed) == Lang::De as u8 {
        Lang::De
    } else {
        Lang::En
    }
}

/// The messages in the current language.
pub fn t() -> &'static Messages {
    messages(current())
}

pub fn messages(lang: Lang) -> &'static Messages {
    match lang {
        Lang::En => &EN,
        Lang::De => &DE,
    }
}

pub struct Messages {
    // Verdict and report.
    pub verdict_ready: &'static str,
    pub verdict_not_ready: &'static str,
    pub verdict_not_needed: &'static str,
    pub explain_ready: &'static str,
    pub explain_not_ready: &'static str,
    pub explain_not_needed: &'static str,
    pub status_pass: &'static str,
    pub status_fail: &'static str,
    pub status_info: &'static str,
    pub status_stop: &'static str,
    pub status_skipped: &'static str,
    pub warnings: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub none: &'static str,
    pub revisit: fn(&str) -> String,
    pub md_verdict: &'static str,
    pub md_date: &'static str,
    pub md_context: &'static str,
    pub md_checked: &'static str,
    pub md_examples: &'static str,
    pub md_next_steps: &'static str,
    pub few_entries: fn(&str, usize, usize) -> String,
    pub weak_evidence: fn(&str, usize, &str) -> String,
    // The interactive walk.
    pub prompt_hint: &'static str,
    pub context_title: &'static str,
    pub no_help: &'static str,
    pub optional_suffix: &'static str,
    /// Joined by no-break spaces, so that a wrapped question never ends a
    /// line with a lone `(?`.
    pub help_suffix: &'static str,
    pub yes_no_prompt: &'static str,
    pub date_prompt: &'static str,
    pub text_prompt: &'static str,
    pub choice_prompt: &'static str,
    pub skip: &'static str,
    pub explain: &'static str,
    pub list_hint: &'static str,
    pub list_keep: fn(usize) -> String,
    pub entry_prompt: fn(usize) -> String,
    pub review_title: &'static str,
    pub review_done: &'static str,
    pub review_short: &'static str,
    pub not_answered: &'static str,
    // Answers.
    pub expected_yes_no: &'static str,
    pub expected_choice: fn(&str, usize) -> String,
    pub expected_text: &'static str,
    pub expected_list: &'static str,
    pub expected_date: &'static str,
    pub date_in_future: fn(&str) -> String,
    pub invalid_answer: fn(&str, &str, &str) -> String,
    pub unknown_key: fn(&str) -> String,
    pub hint_known_keys: fn(&str) -> String,
    pub hint_did_you_mean: fn(&str) -> String,
    pub hint_many_keys: fn(usize) -> String,
    pub hint_flat_keys: fn(&str, &str) -> String,
    pub answer_twice: fn(&str) -> String,
    pub flag_without_equals: &'static str,
    pub missing_no_input: fn(&str) -> String,
    pub missing_no_terminal: fn(&str) -> String,
    pub missing_empty_stdin: fn(&str) -> String,
    pub hint_pass_flags: &'static str,
    pub hint_pass_answers: &'static str,
    pub input_ended: fn(&str, usize) -> String,
    pub hint_line_order: &'static str,
    pub line_unused: fn(usize) -> String,
    pub line_unneeded: &'static str,
    pub saved_answers_header: fn(&str, &str) -> String,
    pub is_a_folder: fn(&str) -> String,
    pub line_too_long: fn(usize) -> String,
    pub line_not_utf8: &'static str,
    // Files and I/O.
    pub cannot_read: fn(&io::Error) -> String,
    pub is_a_directory: &'static str,
    pub too_big: fn(u64) -> String,
    pub not_utf8: &'static str,
    pub too_deep: fn(usize) -> String,
    pub too_expanded: fn(usize) -> String,
    pub answers_too_big: fn(u64, u64) -> String,
    pub checklist_empty: &'static str,
    pub checklist_invalid: fn(usize) -> String,
    pub hint_validate: &'static str,
    pub bad_source_date_epoch: fn(&str) -> String,
    pub reading_stdin: &'static str,
    pub reading_terminal: &'static str,
    pub writing_terminal: &'static str,
    pub writing_stdout: &'static str,
    pub cannot_write: fn(&str) -> String,
    pub file_exists: fn(&str) -> String,
    pub hint_force: &'static str,
    pub no_folder: fn(&str) -> String,
    pub same_file: fn(&str) -> String,
    pub output_is_input: fn(&str, &str) -> String,
    pub not_a_regular_file: fn(&str) -> String,
    pub dash_output: &'static str,
    pub both_stdin: &'static str,
    pub hint_dash_output: &'static str,
    pub hint_init_exists: &'static str,
    pub interrupted: &'static str,
    pub internal_error: &'static str,
    // Commands.
    pub valid: fn(&str) -> String,
    pub wrote: fn(&str) -> String,
    pub listed_below: fn(usize) -> String,
    pub template_header: &'static str,
    pub template_optional: &'static str,
    pub template_one_of: &'static str,
    pub template_list: &'static str,
    pub template_text: &'static str,
    pub template_date: &'static str,
    pub template_yes_no: &'static str,
    pub show_asked_when: fn(&str, &str) -> String,
}

pub static EN: Messages = Messages {
    verdict_ready: "Ready to escalate.",
    verdict_not_ready: "Not ready to escalate yet.",
    verdict_not_needed: "No escalation needed.",
    explain_ready: "Contact your CSM and bring your examples; `--brief FILE` writes a summary to send.",
    explain_not_ready: "Do this first, then run the check again:",
    explain_not_needed: "Your partner resolved the concern. Run the check again if the problem comes back.",
    status_pass: "done",
    status_fail: "to do",
    status_info: "noted",
    status_stop: "resolved",
    status_skipped: "skipped",
    warnings: "Warnings",
    yes: "yes",
    no: "no",
    none: "none",
    revisit: |prompt| format!("Revisit this question: {prompt}"),
    md_verdict: "Verdict",
    md_date: "Date",
    md_context: "Context",
    md_checked: "What was checked",
    md_examples: "Examples",
    md_next_steps: "Next steps",
    few_entries: |key, got, want| {
        format!("{key}: {got} given; {want} or more make the case clearer")
    },
    weak_evidence: |key, n, entry| {
        format!(
            "{key} entry {n} (\"{entry}\") has no date, link or ticket number; adding one lets your CSM check it quickly"
        )
    },
    prompt_hint: "For help, type ? as the answer, or pick \"Explain this question\" where the answers are listed. Ctrl-C stops without saving anything.",
    context_title: "About the project",
    no_help: "No further help for this question.",
    optional_suffix: " (optional, leave empty to skip)",
    help_suffix: " (?\u{a0}for\u{a0}help)",
    yes_no_prompt: "yes/no",
    date_prompt: "YYYY-MM-DD",
    text_prompt: "answer",
    choice_prompt: "choice",
    skip: "Skip this question",
    explain: "Explain this question",
    list_hint: "One entry per line; an empty line finishes the list.",
    list_keep: |n| match n {
        1 => "An empty first entry keeps the entry you gave before.".to_owned(),
        n => format!("An empty first entry keeps the {n} entries you gave before."),
    },
    entry_prompt: |n| format!("entry {n}"),
    review_title: "Review your answers (pick one to change it)",
    review_done: "All correct: show the verdict",
    review_short: "Review",
    not_answered: "not answered",
    expected_yes_no: "expected yes or no (y, n, yes, no, true, false, j, ja, nein)",
    expected_choice: |values, n| format!("expected one of: {values} (or a number from 1 to {n})"),
    expected_text: "expected text",
    expected_list: "expected a list of text entries",
    expected_date: "expected a date as YYYY-MM-DD, like 2026-03-01",
    date_in_future: |today| format!("the date is after today ({today})"),
    invalid_answer: |key, value, why| format!("invalid answer for `{key}`: `{value}`: {why}"),
    unknown_key: |key| format!("unknown answer key `{key}`"),
    hint_known_keys: |keys| format!("the checklist's keys are: {keys}"),
    hint_did_you_mean: |key| {
        format!("did you mean `{key}`? (see `escalate template` for every key)")
    },
    hint_many_keys: |n| format!("the checklist has {n} keys; `escalate template` lists them all"),
    hint_flat_keys: |example, section| {
        format!(
            "answer keys are flat, one per question: write `{example}` instead of nesting it under `{section}`"
        )
    },
    answer_twice: |key| format!("`{key}` is answered twice with --answer"),
    flag_without_equals: "expected KEY=VALUE, like scope.reviewed-deliverables=yes",
    missing_no_input: |keys| {
        format!("--no-input was given, but these questions have no answer: {keys}")
    },
    missing_no_terminal: |keys| {
        format!(
            "cannot ask: stdin and stderr are not both terminals; these questions have no answer: {keys}"
        )
    },
    missing_empty_stdin: |keys| {
        format!("stdin is empty, and these questions have no answer: {keys}")
    },
    hint_pass_answers: "pass answers with --answers FILE (see `escalate template`), --answer KEY=VALUE, or one per line on stdin",
    hint_pass_flags: "pass answers with --answers FILE (see `escalate template`) or --answer KEY=VALUE",
    input_ended: |key, line| format!("stdin ended before an answer for `{key}` (line {line})"),
    hint_line_order: "stdin gives one answer per line, in the order `escalate show` lists the questions; an empty line skips an optional one",
    line_unused: |last| {
        format!("no question is left for this line; the answers ended at line {last}")
    },
    line_unneeded: "no question is left for this line: the file and flags answer every question",
    saved_answers_header: |id, lang| {
        format!(
            "Answers for the checklist {id} ({lang}); replay them with `escalate check --answers FILE`"
        )
    },
    is_a_folder: |path| format!("cannot write {path}: it is a folder; give a file name"),
    line_too_long: |kib| format!("the line is longer than {kib} KiB"),
    line_not_utf8: "the line is not valid UTF-8",
    cannot_read: |err| format!("cannot read: {}", crate::exit::io_reason(err)),
    is_a_directory: "is a directory, not a file",
    too_big: |kib| format!("the file is larger than {kib} KiB, the most escalate reads"),
    not_utf8: "the file is not valid UTF-8",
    too_deep: |n| format!("`[` and `{{` nest more than {n} levels deep here"),
    too_expanded: |kib| {
        format!("aliases here expand the file beyond {kib} KiB, the most escalate reads")
    },
    answers_too_big: |kib, max| {
        format!(
            "the answers would make a file of {kib} KiB, more than the {max} KiB escalate reads back; nothing was saved"
        )
    },
    checklist_empty: "the checklist is empty; `escalate init` writes one to start from",
    checklist_invalid: |n| format!("the checklist has {n} problem(s)"),
    hint_validate: "fix the places named above; `escalate validate FILE` checks again",
    bad_source_date_epoch: |raw| {
        format!("SOURCE_DATE_EPOCH must be a number of seconds, not `{raw}`")
    },
    reading_stdin: "cannot read stdin",
    reading_terminal: "cannot read from the terminal",
    writing_terminal: "cannot write to the terminal",
    writing_stdout: "cannot write to stdout",
    cannot_write: |path| format!("cannot write {path}"),
    file_exists: |path| format!("{path} already exists"),
    hint_force: "use --force to replace it, or choose another file name",
    no_folder: |path| format!("cannot write {path}: its folder does not exist"),
    same_file: |path| format!("two outputs name {path}; give each its own file"),
    output_is_input: |output, input| {
        format!("{output} is the input file {input}; write to another file so the input is kept")
    },
    not_a_regular_file: |path| {
        format!("cannot write {path}: it is not a regular file (a device, pipe or socket)")
    },
    both_stdin: "--checklist - and --answers - cannot both read stdin; give one of them a file",
    dash_output: "`-` is not a file name here: escalate writes files only by their name",
    hint_dash_output: "give a file name; `--format markdown` prints the brief on stdout",
    hint_init_exists: "choose another path, or remove the file first",
    interrupted: "Stopped. Nothing was saved.",
    internal_error: "internal error; this is a bug in escalate, please report it",
    valid: |file| format!("{file}: valid"),
    wrote: |path| format!("wrote {path}"),
    listed_below: |n| match n {
        1 => "1 entry, listed below".to_owned(),
        n => format!("{n} entries, listed below"),
    },
    template_header: "Answers for `escalate check --answers FILE`. Fill in the values; leave one empty to be asked for it.",
    template_optional: "optional",
    template_one_of: "one of",
    template_list: "a list: one `- entry` per line",
    template_text: "text",
    template_date: "a date, YYYY-MM-DD",
    template_yes_no: "yes or no",
    show_asked_when: |question, values| format!("asked when {question} is {values}"),
};

pub static DE: Messages = Messages {
    verdict_ready: "Bereit zur Eskalation.",
    verdict_not_ready: "Noch nicht bereit zur Eskalation.",
    verdict_not_needed: "Keine Eskalation nötig.",
    explain_ready: "Wenden Sie sich mit Ihren Beispielen an Ihren CSM; `--brief DATEI` schreibt eine Zusammenfassung zum Mitschicken.",
    explain_not_ready: "Erledigen Sie zuerst Folgendes und prüfen Sie dann erneut:",
    explain_not_needed: "Ihr Partner hat das Anliegen gelöst. Prüfen Sie erneut, falls das Problem wiederkommt.",
    status_pass: "erledigt",
    status_fail: "offen",
    status_info: "notiert",
    status_stop: "gelöst",
    status_skipped: "übersprungen",
    warnings: "Hinweise",
    yes: "ja",
    no: "nein",
    none: "keine",
    revisit: |prompt| format!("Sehen Sie sich diese Frage noch einmal an: {prompt}"),
    md_verdict: "Ergebnis",
    md_date: "Datum",
    md_context: "Kontext",
    md_checked: "Was geprüft wurde",
    md_examples: "Beispiele",
    md_next_steps: "Nächste Schritte",
    few_entries: |key, got, want| {
        format!("{key}: {got} angegeben; mit {want} oder mehr wird der Fall klarer")
    },
    weak_evidence: |key, n, entry| {
        format!(
            "{key} Eintrag {n} („{entry}“) hat weder Datum noch Link noch Ticketnummer; ergänzen Sie eine dieser Angaben, damit Ihr CSM ihn schnell nachprüfen kann"
        )
    },
    prompt_hint: "Für Hilfe geben Sie ? als Antwort ein oder wählen in einer Auswahlliste „Frage erklären“. Strg+C bricht ab, ohne etwas zu speichern.",
    context_title: "Zum Projekt",
    no_help: "Zu dieser Frage gibt es keine weitere Hilfe.",
    optional_suffix: " (optional; leer lassen, um zu überspringen)",
    help_suffix: " (?\u{a0}für\u{a0}Hilfe)",
    yes_no_prompt: "ja/nein",
    date_prompt: "JJJJ-MM-TT",
    text_prompt: "Antwort",
    choice_prompt: "Auswahl",
    skip: "Frage überspringen",
    explain: "Frage erklären",
    list_hint: "Ein Eintrag pro Zeile; eine leere Zeile beendet die Liste.",
    list_keep: |n| match n {
        1 => "Bleibt der erste Eintrag leer, gilt der bisherige Eintrag weiter.".to_owned(),
        n => format!("Bleibt der erste Eintrag leer, gelten die bisherigen {n} Einträge weiter."),
    },
    entry_prompt: |n| format!("Eintrag {n}"),
    review_title: "Antworten prüfen (zum Ändern eine auswählen)",
    review_done: "Alles richtig: Ergebnis anzeigen",
    review_short: "Durchsicht",
    not_answered: "nicht beantwortet",
    expected_yes_no: "bitte mit ja oder nein antworten (j, n, ja, nein, y, yes, no, true, false)",
    expected_choice: |values, n| {
        format!("bitte einen dieser Werte angeben: {values} (oder eine Zahl von 1 bis {n})")
    },
    expected_text: "bitte einen Text angeben",
    expected_list: "bitte eine Liste von Texteinträgen angeben",
    expected_date: "bitte ein Datum im Format JJJJ-MM-TT angeben, etwa 2026-03-01",
    date_in_future: |today| format!("das Datum liegt in der Zukunft (heute: {today})"),
    invalid_answer: |key, value, why| format!("ungültige Antwort für `{key}`: `{value}`: {why}"),
    unknown_key: |key| format!("unbekannter Antwortschlüssel `{key}`"),
    hint_known_keys: |keys| format!("die Schlüssel der Checkliste sind: {keys}"),
    hint_did_you_mean: |key| {
        format!("meinten Sie `{key}`? (alle Schlüssel zeigt `escalate template`)")
    },
    hint_many_keys: |n| {
        format!("die Checkliste hat {n} Schlüssel; `escalate template` führt sie alle auf")
    },
    hint_flat_keys: |example, section| {
        format!(
            "Antwortschlüssel sind flach, einer je Frage: schreiben Sie `{example}`, statt ihn unter `{section}` zu verschachteln"
        )
    },
    answer_twice: |key| format!("`{key}` wird mit --answer zweimal beantwortet"),
    flag_without_equals: "bitte als SCHLÜSSEL=WERT angeben, etwa scope.reviewed-deliverables=ja",
    missing_no_input: |keys| {
        format!("--no-input ist gesetzt, aber diese Fragen haben keine Antwort: {keys}")
    },
    missing_no_terminal: |keys| {
        format!(
            "Fragen nicht möglich: stdin und stderr sind nicht beide ein Terminal; diese Fragen haben keine Antwort: {keys}"
        )
    },
    missing_empty_stdin: |keys| {
        format!("stdin ist leer, und diese Fragen haben keine Antwort: {keys}")
    },
    hint_pass_answers: "Antworten mit --answers DATEI (siehe `escalate template`), --answer SCHLÜSSEL=WERT oder zeilenweise über stdin übergeben",
    hint_pass_flags: "Antworten mit --answers DATEI (siehe `escalate template`) oder --answer SCHLÜSSEL=WERT übergeben",
    input_ended: |key, line| format!("stdin endete vor einer Antwort für `{key}` (Zeile {line})"),
    hint_line_order: "über stdin kommt eine Antwort pro Zeile, in der Reihenfolge, in der `escalate show` die Fragen nennt; eine leere Zeile überspringt eine optionale",
    line_unused: |last| {
        format!("für diese Zeile ist keine Frage mehr übrig; die Antworten endeten in Zeile {last}")
    },
    line_unneeded: "für diese Zeile ist keine Frage übrig: Datei und Optionen beantworten alle Fragen",
    saved_answers_header: |id, lang| {
        format!(
            "Antworten zur Checkliste {id} ({lang}); erneut verwenden mit `escalate check --answers DATEI`"
        )
    },
    is_a_folder: |path| {
        format!(
            "{path} kann nicht geschrieben werden: es ist ein Ordner; bitte einen Dateinamen angeben"
        )
    },
    line_too_long: |kib| format!("die Zeile ist länger als {kib} KiB"),
    line_not_utf8: "die Zeile ist kein gültiges UTF-8",
    cannot_read: |err| format!("kann nicht gelesen werden: {}", crate::exit::io_reason(err)),
    is_a_directory: "ist ein Verzeichnis, keine Datei",
    too_big: |kib| format!("die Datei ist größer als {kib} KiB, mehr liest escalate nicht"),
    not_utf8: "die Datei ist kein gültiges UTF-8",
    too_deep: |n| format!("`[` und `{{` sind hier mehr als {n} Ebenen tief verschachtelt"),
    too_expanded: |kib| {
        format!(
            "Aliase vergrößern die Datei hier auf mehr als {kib} KiB, mehr liest escalate nicht"
        )
    },
    answers_too_big: |kib, max| {
        format!(
            "die Antworten ergäben eine Datei von {kib} KiB, mehr als die {max} KiB, die escalate wieder einliest; es wurde nichts gespeichert"
        )
    },
    checklist_empty: "die Checkliste ist leer; `escalate init` schreibt eine Vorlage",
    checklist_invalid: |n| format!("die Checkliste hat {n} Problem(e)"),
    hint_validate: "beheben Sie die genannten Stellen; `escalate validate DATEI` prüft erneut",
    bad_source_date_epoch: |raw| {
        format!("SOURCE_DATE_EPOCH muss eine Zahl von Sekunden sein, nicht `{raw}`")
    },
    reading_stdin: "stdin kann nicht gelesen werden",
    reading_terminal: "vom Terminal kann nicht gelesen werden",
    writing_terminal: "auf das Terminal kann nicht geschrieben werden",
    writing_stdout: "auf stdout kann nicht geschrieben werden",
    cannot_write: |path| format!("{path} kann nicht geschrieben werden"),
    file_exists: |path| format!("{path} existiert bereits"),
    hint_force: "mit --force ersetzen oder einen anderen Dateinamen wählen",
    no_folder: |path| format!("{path} kann nicht geschrieben werden: der Ordner existiert nicht"),
    same_file: |path| {
        format!("zwei Ausgaben nennen {path}; bitte für jede eine eigene Datei angeben")
    },
    output_is_input: |output, input| {
        format!(
            "{output} ist die Eingabedatei {input}; bitte in eine andere Datei schreiben, damit die Eingabe erhalten bleibt"
        )
    },
    not_a_regular_file: |path| {
        format!(
            "{path} kann nicht geschrieben werden: es ist keine normale Datei (ein Gerät, eine Pipe oder ein Socket)"
        )
    },
    both_stdin: "--checklist - und --answers - können nicht beide von stdin lesen; bitte für eines eine Datei angeben",
    dash_output: "`-` ist hier kein Dateiname: escalate schreibt Dateien nur unter ihrem Namen",
    hint_dash_output: "bitte einen Dateinamen angeben; `--format markdown` gibt das Briefing auf stdout aus",
    hint_init_exists: "einen anderen Pfad wählen oder die Datei zuerst entfernen",
    interrupted: "Abgebrochen. Es wurde nichts gespeichert.",
    internal_error: "interner Fehler; das ist ein Fehler in escalate, bitte melden",
    valid: |file| format!("{file}: gültig"),
    wrote: |path| format!("{path} geschrieben"),
    listed_below: |n| match n {
        1 => "1 Eintrag, unten aufgeführt".to_owned(),
        n => format!("{n} Einträge, unten aufgeführt"),
    },
    template_header: "Antworten für `escalate check --answers DATEI`. Werte eintragen; leer gelassene werden abgefragt.",
    template_optional: "optional",
    template_one_of: "einer von",
    template_list: "eine Liste: ein `- Eintrag` pro Zeile",
    template_text: "Text",
    template_date: "ein Datum, JJJJ-MM-TT",
    template_yes_no: "ja oder nein",
    show_asked_when: |question, values| format!("gefragt, wenn {question} {values} ist"),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checklist_languages_map_to_ui_languages() {
        assert_eq!(Lang::for_checklist("de"), Some(Lang::De));
        assert_eq!(Lang::for_checklist("de-AT"), Some(Lang::De));
        assert_eq!(Lang::for_checklist("en"), Some(Lang::En));
        assert_eq!(Lang::for_checklist("en-GB"), Some(Lang::En));
        assert_eq!(Lang::for_checklist("fr"), None);
        assert_eq!(Lang::for_checklist("dex"), None);
    }
}
