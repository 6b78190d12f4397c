//! Errors put into words: each variant in the language of the run, with
//! where it happened in front and quoted values cut short.

use super::{At, Error, ExistsHint, Expected, KeyHint, Problem, Stream, What, Why};
use crate::i18n::Messages;
use crate::read::{Syntax, io_reason};

/// An error put into words: its lines and its hint.
pub struct Words {
    pub lines: Vec<String>,
    pub hint: Option<String>,
}

/// The most lines of errors said in one run; those past it are counted.
pub const MOST_SAID: usize = 20;

impl Error {
    /// Everything said about the error in the words of `t`: its words, or
    /// those of each error it holds, at most [`MOST_SAID`] lines in all,
    /// then how many more there are; a hint said already is not repeated.
    pub fn said(&self, t: &dyn Messages) -> Vec<Words> {
        let errors = match self {
            Error::Several(errors) => errors.iter().collect(),
            one => vec![one],
        };
        // A checklist's author is shown every rule it breaks.
        let most = match self {
            Error::Problems {
                checklist: true, ..
            } => usize::MAX,
            _ => MOST_SAID,
        };
        let mut said: Vec<Words> = Vec::new();
        let (mut left, mut more) = (most, 0);
        for err in errors {
            if let Error::AndMore(n) = err {
                more += n;
                continue;
            }
            let mut words = err.words(t);
            more += words.lines.len().saturating_sub(left);
            words.lines.truncate(left);
            left -= words.lines.len();
            if words.lines.is_empty() {
                continue;
            }
            let hint = words.hint.take();
            words.hint = hint.filter(|hint| !said.iter().any(|w| w.hint.as_ref() == Some(hint)));
            said.push(words);
        }
        if more > 0 {
            said.push(Words {
                lines: vec![t.more_errors(more)],
                hint: None,
            });
        }
        said
    }

    /// The error in the words of `t`.
    pub fn words(&self, t: &dyn Messages) -> Words {
        let one = |line: String| Words {
            lines: vec![line],
            hint: None,
        };
        let hinted = |line: String, hint: &str| Words {
            lines: vec![line],
            hint: Some(hint.to_owned()),
        };
        match self {
            Error::Problems {
                problems,
                checklist,
            } => Words {
                lines: problems.iter().map(|p| problem(p, t)).collect(),
                hint: (*checklist && problems.iter().any(|p| p.at.is_some()))
                    .then(|| t.hint_validate().to_owned()),
            },
            Error::Answer {
                at,
                key,
                value,
                expected,
            } => {
                let why = t.expected(expected);
                let value = quoted(value);
                let line = t.invalid_answer(&quoted(key), given(&value), &why);
                let meant = match expected {
                    Expected::Choice {
                        options,
                        meant: Some(at),
                    } => options.get(*at).map(|(v, label)| t.hint_meant(v, label)),
                    _ => None,
                };
                Words {
                    lines: vec![placed(at, line)],
                    hint: meant.or_else(|| {
                        matches!(**at, At::Line(_)).then(|| t.hint_line_order().to_owned())
                    }),
                }
            }
            Error::UnknownKey { at, key, hint } => {
                let hint = match hint {
                    KeyHint::Closest(key) => t.hint_did_you_mean(key),
                    KeyHint::Known(keys) => t.hint_known_keys(&keys.join(", ")),
                    KeyHint::Many(n) => t.hint_many_keys(*n),
                    KeyHint::Flat { example, section } => {
                        t.hint_flat_keys(&quoted(example), &quoted(section))
                    }
                };
                let key = quoted(key);
                hinted(placed(at, t.unknown_key(given(&key))), &hint)
            }
            Error::AnsweredTwice { key } => one(t.answer_twice(&quoted(key))),
            Error::FlagWithoutEquals { flag } => one(match given(flag) {
                Some(_) => format!("--answer `{}`: {}", quoted(flag), t.flag_without_equals()),
                None => format!("--answer: {}", t.flag_without_equals()),
            }),
            Error::Missing { keys, why } => {
                let keys = keys.join(", ");
                let (line, hint) = match why {
                    Why::NoInput => (t.missing_no_input(&keys), t.hint_pass_flags()),
                    Why::NoTerminal => (t.missing_no_terminal(&keys), t.hint_pass_answers()),
                    Why::EmptyStdin => (t.missing_empty_stdin(&keys), t.hint_pass_answers()),
                };
                hinted(line, hint)
            }
            Error::StdinEnded { key, line } => {
                hinted(t.input_ended(key, *line), t.hint_pass_answers())
            }
            Error::SpareLine { line, last } => {
                let why = match last {
                    0 => t.line_unneeded().to_owned(),
                    last => t.line_unused(*last),
                };
                hinted(placed(&At::Line(*line), why), t.hint_line_order())
            }
            Error::LineTooLong { line } => one(placed(
                &At::Line(*line),
                t.line_too_long(crate::limits::MAX_LINE / 1024),
            )),
            Error::LineNotUtf8 { line } => {
                one(placed(&At::Line(*line), t.line_not_utf8().to_owned()))
            }
            Error::StdinTooLarge => one(format!(
                "<stdin>: {}",
                t.too_big(crate::limits::MAX_BYTES / 1024)
            )),
            Error::BothStdin => one(t.both_stdin().to_owned()),
            Error::DashOutput => hinted(t.dash_output().to_owned(), t.hint_dash_output()),
            Error::DashInit { default } => {
                hinted(t.dash_output().to_owned(), &t.hint_dash_init(default))
            }
            Error::Folder { path } => one(t.is_a_folder(path)),
            Error::DocumentFormat { path } => one(t.document_format(&quoted(path))),
            Error::Exists { path, hint } => {
                let hint = match hint {
                    ExistsHint::Force => t.hint_force(),
                    ExistsHint::Remove => t.hint_init_exists(),
                };
                hinted(t.file_exists(path), hint)
            }
            Error::NotRegular { path } => one(t.not_a_regular_file(path)),
            Error::NoFolder { path } => one(t.no_folder(path)),
            Error::OutputIsInput { output, input } => one(t.output_is_input(output, input)),
            Error::SameOutput { path } => one(t.same_file(path)),
            Error::Write { path, err } => {
                one(format!("{}: {}", t.cannot_write(path), io_reason(err)))
            }
            Error::StateRefused { path, why } => one(t.state_refused(path, *why)),
            Error::Several(errors) => {
                let words: Vec<Words> = errors.iter().map(|err| err.words(t)).collect();
                Words {
                    hint: words.iter().find_map(|w| w.hint.clone()),
                    lines: words.into_iter().flat_map(|w| w.lines).collect(),
                }
            }
            Error::AnswersTooBig { kib } => {
                one(t.answers_too_big(*kib, crate::limits::MAX_BYTES / 1024))
            }
            Error::SourceDateEpoch { raw } => {
                let raw = quoted(raw);
                one(t.bad_source_date_epoch(given(&raw)))
            }
            Error::Stream { stream, err } => {
                let what = match stream {
                    Stream::Stdin => t.reading_stdin(),
                    Stream::Stdout => t.writing_stdout(),
                    Stream::TerminalIn => t.reading_terminal(),
                    Stream::TerminalOut => t.writing_terminal(),
                };
                one(format!("{what}: {}", io_reason(err)))
            }
            Error::AndMore(n) => one(t.more_errors(*n)),
            Error::Interrupted => one(t.interrupted().to_owned()),
            Error::StoppedAfterWriting => one(t.stopped_after_writing().to_owned()),
            Error::StoppedKept { wrote } => one(t.stopped_kept(*wrote).to_owned()),
        }
    }
}

/// One problem of a file, as `file:line:column: what`.
fn problem(p: &Problem, t: &dyn Messages) -> String {
    let what = match &p.what {
        What::TooBig => t.too_big(crate::limits::MAX_BYTES / 1024),
        What::NotUtf8 => t.not_utf8().to_owned(),
        What::CannotRead(_, reason) => t.cannot_read(reason),
        What::IsADirectory => t.is_a_directory().to_owned(),
        What::TooDeep => t.too_deep(crate::limits::MAX_FLOW_DEPTH),
        What::TooExpanded => t.too_expanded(crate::limits::MAX_EXPANDED / 1024),
        What::GluedComment { lost, quoted } => t.glued_comment(&self::quoted(lost), &fix(quoted)),
        What::ColonKey { key, quoted } => t.colon_key(&self::quoted(key), &fix(quoted)),
        What::ChecklistEmpty => t.checklist_empty().to_owned(),
        What::NotAMap { text } => t.not_a_map(text.as_deref().map(quoted).as_deref()),
        What::KeyTwice { key } => t.key_twice(&quoted(key)),
        What::Rule(rule) => shorten_quoted(&t.rule(rule)),
        What::Syntax(syntax) => t.syntax(&shorter(syntax)),
        What::Said(text) => shorten_quoted(text),
    };
    placed(
        &At::File {
            name: p.file.clone(),
            place: p.at,
        },
        what,
    )
}

/// `line` with where it happened in front: `file:line:column: `,
/// `<stdin>:line: `, or nothing for a flag.
fn placed(at: &At, line: String) -> String {
    match at {
        At::File {
            name,
            place: Some((row, column)),
        } => format!("{name}:{row}:{column}: {line}"),
        At::File { name, place: None } => format!("{name}: {line}"),
        At::Line(row) => format!("<stdin>:{row}: {line}"),
        At::Flag => line,
    }
}

/// The most characters of a value or key a message quotes.
const QUOTED: usize = 60;

/// The most characters of a fix a message gives: enough for a whole
/// answer to be copied as it is.
const FIX: usize = 400;

/// A value written as it should be, to copy: cut only when very long.
fn fix(text: &str) -> String {
    crate::wrap::shorten(text, FIX)
}

/// `syntax` with the value it quotes cut short as a fix is.
fn shorter(syntax: &Syntax) -> Syntax {
    match syntax {
        Syntax::AfterQuote { quoted } => Syntax::AfterQuote {
            quoted: fix(quoted),
        },
        Syntax::Reserved { first, quoted } => Syntax::Reserved {
            first: *first,
            quoted: fix(quoted),
        },
        other => other.clone(),
    }
}

/// `text` cut to [`QUOTED`] characters, with `…` where it was cut.
fn quoted(text: &str) -> String {
    crate::wrap::shorten(text, QUOTED)
}

/// `text` to quote, or `None` when it is blank: a quote of nothing says
/// nothing, so the message says the value is empty instead.
fn given(text: &str) -> Option<&str> {
    (!text.trim().is_empty()).then_some(text)
}

/// `text` with each part between backticks or double quotes cut short.
fn shorten_quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(1024));
    let mut rest = text;
    while let Some(open) = rest.find(['`', '"']) {
        let quote = if rest.as_bytes()[open] == b'`' {
            '`'
        } else {
            '"'
        };
        out.push_str(&rest[..=open]);
        rest = &rest[open + 1..];
        let Some(close) = rest.find(quote) else {
            break;
        };
        out.push_str(&quoted(&rest[..close]));
        out.push(quote);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn several_errors_are_said_each_with_its_hint_and_cut_after_the_most() {
        let en = crate::i18n::Lang::En.messages();
        let unknown = |key: &str| Error::UnknownKey {
            at: Box::new(At::Flag),
            key: key.to_owned(),
            hint: KeyHint::Closest(format!("{key}s")),
        };
        let said = Error::Several(vec![unknown("a"), unknown("b")]).said(en);
        assert_eq!(said.len(), 2);
        assert!(said[1].hint.as_deref().unwrap().contains("`bs`"));
        let many: Vec<Error> = (0..MOST_SAID + 3)
            .map(|n| unknown(&n.to_string()))
            .collect();
        let said = Error::Several(many).said(en);
        let lines: Vec<&String> = said.iter().flat_map(|w| &w.lines).collect();
        assert_eq!(lines.len(), MOST_SAID + 1);
        assert_eq!(*lines[MOST_SAID], en.more_errors(3));
        let same = || Error::SpareLine { line: 2, last: 1 };
        let said = Error::Several(vec![same(), same()]).said(en);
        assert!(said[0].hint.is_some() && said[1].hint.is_none());
    }

    #[test]
    fn problems_show_file_line_and_column() {
        let en = crate::i18n::Lang::En.messages();
        let p = Problem {
            file: "c.yaml".into(),
            at: Some((3, 7)),
            what: What::Said("bad".into()),
        };
        assert_eq!(problem(&p, en), "c.yaml:3:7: bad");
        let whole = Problem::whole("c.yaml", What::Said("gone".into()));
        assert_eq!(problem(&whole, en), "c.yaml: gone");
    }

    #[test]
    fn quoted_values_are_cut_short() {
        let long = "x".repeat(100);
        let said = format!("invalid type: string \"{long}\", expected `{long}`");
        let short = shorten_quoted(&said);
        assert_eq!(short.matches('…').count(), 2, "{short}");
        assert!(short.len() < 200, "{short}");
        assert_eq!(shorten_quoted("a `b` \"c"), "a `b` \"c");
    }
}
