//! A usage error of the command line (an unknown option, a value refused)
//! in the run's language: the language is read from the arguments
//! (`--lang`), else the locale, as clap parses before any language is
//! settled; the kinds of error escalate words itself are said in one line,
//! every other kind as clap says it.

use crate::i18n::{Lang, Messages};
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The language `args` ask for with `--lang`, if they name one.
pub fn lang_of(args: impl IntoIterator<Item = std::ffi::OsString>) -> Option<Lang> {
    let args: Vec<String> = args
        .into_iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let value = args
        .iter()
        .enumerate()
        .find_map(|(i, arg)| match arg.as_str() {
            "--lang" => args.get(i + 1).cloned(),
            _ => arg.strip_prefix("--lang=").map(str::to_owned),
        })?;
    clap::ValueEnum::from_str(&value, true).ok()
}

/// `err` in the words of `t`, one line without its label, for the kinds
/// escalate words itself; `None` for the others.
pub fn worded(err: &clap::Error, t: &dyn Messages) -> Option<String> {
    let text = |kind| match err.get(kind) {
        Some(ContextValue::String(s)) => Some(s.as_str()),
        _ => None,
    };
    match err.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let arg = text(ContextKind::InvalidArg)?;
            // "--csm-email <ADDRESS>": the option alone.
            let option = arg.split_whitespace().next().unwrap_or(arg);
            let value = text(ContextKind::InvalidValue)?;
            let why = match (option, err.get(ContextKind::ValidValue)) {
                ("--csm-email", _) => t.expected_address().to_owned(),
                ("--today", _) => t.expected_iso_date().to_owned(),
                (_, Some(ContextValue::Strings(values))) => t.usage_values(&values.join(", ")),
                _ => return None,
            };
            Some(t.usage_invalid_value(value, option, &why))
        }
        ErrorKind::UnknownArgument => {
            let arg = text(ContextKind::InvalidArg)?;
            Some(t.usage_unknown(arg, text(ContextKind::SuggestedArg)))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn error(args: &[&str]) -> clap::Error {
        crate::cli::Cli::try_parse_from(args).unwrap_err()
    }

    #[test]
    fn the_language_is_read_from_the_arguments() {
        let lang = |args: &[&str]| lang_of(args.iter().map(|a| a.into()));
        assert_eq!(lang(&["escalate", "--lang", "de", "check"]), Some(Lang::De));
        assert_eq!(lang(&["escalate", "check", "--lang=DE"]), Some(Lang::De));
        assert_eq!(lang(&["escalate", "check"]), None);
        assert_eq!(lang(&["escalate", "--lang", "xx"]), None);
    }

    #[test]
    fn refused_values_and_unknown_options_are_worded_in_one_line() {
        let de = Lang::De.messages();
        let said = worded(&error(&["escalate", "check", "--csm-email", "x"]), de).unwrap();
        assert_eq!(
            said,
            "ungültiger Wert „x“ für --csm-email: erwartet wird eine E-Mail-Adresse, etwa csm@example.com"
        );
        let said = worded(&error(&["escalate", "check", "--format", "xml"]), de).unwrap();
        assert!(
            said.contains("mögliche Werte: text, json, markdown"),
            "{said}"
        );
        let said = worded(&error(&["escalate", "check", "--formt", "json"]), de).unwrap();
        assert!(
            said.contains("--formt") && said.contains("--format"),
            "{said}"
        );
        for lang in [Lang::En, Lang::De] {
            let said = worded(
                &error(&["escalate", "check", "--today", "2026-13-01"]),
                lang.messages(),
            )
            .unwrap();
            assert!(!said.contains('\n'), "{said}");
        }
    }
}
