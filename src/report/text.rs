//! `--format text`: the verdict for a person at a terminal.
//!
//! One line per item with its status, then what to do, how many points
//! the brief written leaves open (listed under its "Still open"), and any
//! warnings. On
//! a terminal every line is wrapped at words to its width, however narrow.
//! Colour comes from console, which the caller switches on or off
//! (`--color`, `NO_COLOR`); all checklist and answer text is made safe.

use crate::i18n::Messages;
use crate::safe;
use crate::verdict::{Evaluation, Status, Verdict};
use console::{Style, measure_text_width, pad_str};
use std::io::{self, Write};

/// The symbol, style and word for a status.
fn look(status: Status, t: &dyn Messages) -> (&'static str, Style, &'static str) {
    match status {
        Status::Pass => ("✔", Style::new().green(), t.status_pass()),
        Status::Fail => ("✘", Style::new().red(), t.status_fail()),
        Status::Stop => ("■", Style::new().cyan(), t.status_stop()),
        Status::Info => ("·", Style::new().dim(), t.status_info()),
        Status::Skipped => ("–", Style::new().dim(), t.status_skipped()),
    }
}

/// Renders for stdout; long lines are wrapped when it is a terminal.
pub fn render(eval: &Evaluation, out: &mut dyn Write) -> io::Result<()> {
    let width = crate::wrap::width(&console::Term::stdout());
    render_at(eval, width, crate::i18n::t(), out)
}

/// Renders in the language of `t`, wrapped to `width` if there is one.
/// Words are never broken and colour is applied before wrapping (the codes
/// take no width, and safe text holds no codes of its own), so every word
/// is kept at any width, in its colour.
fn render_at(
    eval: &Evaluation,
    width: Option<usize>,
    t: &dyn Messages,
    out: &mut dyn Write,
) -> io::Result<()> {
    let fill =
        |text: &str, first: &str, rest: &str| crate::wrap::fill_words(text, width, first, rest);
    let title = Style::new()
        .bold()
        .apply_to(safe::line(&eval.checklist.title));
    writeln!(out, "{}", fill(&title.to_string(), "", ""))?;
    writeln!(out)?;
    let titles: Vec<_> = eval
        .items
        .iter()
        .map(|i| safe::line(&i.item.title))
        .collect();
    let title_width = titles
        .iter()
        .map(|s| measure_text_width(s))
        .max()
        .unwrap_or(0);
    for (item, title) in eval.items.iter().zip(&titles) {
        let (symbol, style, word) = look(item.status, t);
        let title = pad_str(title, title_width, console::Alignment::Left, None);
        let symbol = format!("  {} ", style.apply_to(symbol));
        let line = format!("{title}  {}", style.apply_to(word));
        writeln!(out, "{}", fill(&line, &symbol, "    "))?;
    }
    writeln!(out)?;
    let style = match eval.verdict {
        Verdict::Ready => Style::new().green().bold(),
        Verdict::NotReady => Style::new().red().bold(),
        Verdict::NotNeeded => Style::new().cyan().bold(),
    };
    // The gaps are found only when a brief is written.
    let open = if eval.gaps.is_empty() {
        0
    } else {
        super::markdown::open_count(eval, t)
    };
    let thin = super::gaps::thin(open, &eval.gaps);
    // With the live shop down, the brief goes out now all the same, its
    // open points after it.
    let send_now = open > 0 && super::gaps::send_now(&super::case::Case::of(eval));
    let (headline, explain) = super::headline(eval.verdict, t);
    // Ready, with a brief too thin to act on: no go-ahead to send it.
    let explain = match eval.verdict {
        Verdict::Ready if thin && !send_now => t.explain_ready_draft(),
        _ => explain,
    };
    let verdict = format!("{} {explain}", style.apply_to(headline));
    writeln!(out, "{}", fill(&verdict, "", ""))?;
    for (n, step) in eval.next_steps.iter().enumerate() {
        let number = format!("  {}. ", n + 1);
        let indent = " ".repeat(number.len());
        let step = safe::line(&super::step_text(step, t)).into_owned();
        writeln!(out, "{}", fill(&step, &number, &indent))?;
    }
    // A brief too thin to act on is said to be, with what to gather.
    let essential = super::gaps::essential(&eval.gaps);
    if send_now {
        writeln!(out, "{}", fill(&t.brief_send_now(open), "", ""))?;
    } else if thin {
        writeln!(out, "{}", fill(&t.brief_thin(open, &essential), "", ""))?;
    } else if open > 0 {
        writeln!(out, "{}", fill(&t.brief_open_points(open), "", ""))?;
    }
    // A weekday against a wrong date is said on stderr when found.
    let warnings: Vec<_> = (eval.warnings.iter())
        .filter(|w| !matches!(w.kind, crate::evidence::WarningKind::WeekdayDate { .. }))
        .collect();
    if !warnings.is_empty() {
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            Style::new().yellow().bold().apply_to(t.warnings())
        )?;
        let mark = format!("  {} ", Style::new().yellow().apply_to("!"));
        for warning in warnings {
            let warning = safe::line(&super::warning_text(eval.checklist, warning, t)).into_owned();
            writeln!(out, "{}", fill(&warning, &mark, "    "))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::render_at;
    use crate::answers::Value;
    use crate::checklist::load_str;
    use crate::clock::Clock;
    use crate::evidence::{Warning, WarningKind};
    use crate::i18n::Lang;
    use crate::verdict::Verdict;
    use console::measure_text_width;

    /// A link wider than the widest terminal line.
    const LINK: &str = "https://mail.example.com/thread/881?message=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    /// The widest lead before a wrapped line's first word: `  1. `.
    const LEAD: usize = 5;

    #[test]
    fn no_text_is_lost_and_no_line_is_too_wide_at_any_width() {
        for lang in Lang::all() {
            let t = lang.messages();
            let checklist = load_str(lang.code(), lang.checklist()).unwrap();
            let answers = crate::report::answers(&[
                ("scope.reviewed-deliverables", Value::Bool(true)),
                ("scope.deliverables-added", Value::Bool(true)),
                ("scope.planning-impact", Value::Bool(false)),
                ("partner-contact.raised", Value::Choice("not-yet".into())),
                ("specificity.examples", Value::List(vec![LINK.into()])),
            ]);
            let mut eval =
                crate::verdict::evaluate(&checklist, &answers, &Clock::default()).unwrap();
            let key = "specificity.examples".to_owned();
            eval.warnings = vec![
                Warning {
                    key: key.clone(),
                    kind: WarningKind::Unchecked {
                        number: 1,
                        entry: LINK.into(),
                    },
                },
                Warning {
                    key,
                    kind: WarningKind::FewEntries {
                        given: 1,
                        recommended: 2,
                    },
                },
            ];
            assert_eq!(eval.next_steps.len(), 2);
            let said: Vec<String> = eval
                .next_steps
                .iter()
                .map(|s| super::super::step_text(s, t))
                .chain(
                    eval.warnings
                        .iter()
                        .map(|w| super::super::warning_text(eval.checklist, w, t)),
                )
                .collect();
            for verdict in [Verdict::Ready, Verdict::NotReady, Verdict::NotNeeded] {
                eval.verdict = verdict;
                let render = |width| {
                    let mut out = Vec::new();
                    render_at(&eval, width, t, &mut out).unwrap();
                    console::strip_ansi_codes(&String::from_utf8(out).unwrap()).into_owned()
                };
                let whole = render(None);
                // Said independently of the renderer's own `headline`.
                let (headline, explain) = match verdict {
                    Verdict::Ready => (t.verdict_ready(), t.explain_ready()),
                    Verdict::NotReady => (t.verdict_not_ready(), t.explain_not_ready()),
                    Verdict::NotNeeded => (t.verdict_not_needed(), t.explain_not_needed()),
                };
                let verdict = format!("{headline} {explain}");
                for text in [&verdict].into_iter().chain(&said) {
                    assert!(
                        whole.contains(text.as_str()),
                        "{text:?} missing from:\n{whole}"
                    );
                }
                let words: Vec<_> = whole.split_whitespace().collect();
                let longest = words.iter().map(|w| measure_text_width(w)).max().unwrap();
                for width in 1..=120 {
                    let wrapped = render(Some(width));
                    let context = format!("{lang:?} at {width} columns:\n{wrapped}");
                    assert_eq!(
                        wrapped.split_whitespace().collect::<Vec<_>>(),
                        words,
                        "{context}"
                    );
                    for line in wrapped.lines() {
                        let widest = width.max(longest + LEAD);
                        assert!(measure_text_width(line) <= widest, "{line:?} at {context}");
                    }
                }
            }
        }
    }

    #[test]
    fn a_headline_that_wraps_keeps_its_colour_and_the_rest() {
        let checklist = load_str("en", Lang::En.checklist()).unwrap();
        let answers = crate::report::answers(&[]);
        let mut eval = crate::verdict::evaluate(&checklist, &answers, &Clock::default()).unwrap();
        eval.verdict = Verdict::NotReady;
        // Only text on stdout is coloured by this switch, and every other
        // test of it strips the colour codes.
        console::set_colors_enabled(true);
        let mut out = Vec::new();
        render_at(&eval, Some(20), Lang::En.messages(), &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        let headline = "\u{1b}[31m\u{1b}[1mNot ready to\nescalate yet.\u{1b}[0m Do\nthis";
        assert!(out.contains(headline), "{out}");
        assert!(out.contains("  \u{1b}[31m✘\u{1b}[0m Partner contact\n    \u{1b}[31mto do"));
    }
}
