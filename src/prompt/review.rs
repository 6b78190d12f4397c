//! The review screen after the last question: every answer the walk
//! reached, any one of which can be picked and asked again, with the
//! questions that depend on it asked or dropped accordingly.

use super::{Before, Prompt, dialog_error, layout};
use crate::answers::{Answer, Answers, Ask, Source, Value, Walk};
use crate::checklist::Entry;
use crate::clock::Clock;
use crate::error::Result;
use crate::i18n::t;
use crate::safe;
use dialoguer::Select;

impl Prompt {
    /// Lists every answer until the user confirms; picking one asks it
    /// again and then any question that became relevant.
    pub fn review(&mut self, walk: Walk, mut answers: Answers, clock: &Clock) -> Result<Answers> {
        loop {
            let columns = self.columns();
            // What the walk reached: nothing after an answer that stops it.
            let asked: Vec<(String, String)> = walk
                .reached(&answers)
                .into_iter()
                .map(|e| {
                    let key = e.key();
                    let shown = match answers.get(&key) {
                        Some(a) => crate::report::answer_text(e.question, &a.value),
                        None => t().not_answered().to_owned(),
                    };
                    let question = safe::line(e.question.prompt.trim());
                    (
                        key,
                        layout::fit_answer(&question, &safe::line(&shown), columns),
                    )
                })
                .collect();
            let mut items = vec![layout::fit(t().review_done(), columns)];
            items.extend(asked.iter().map(|(_, line)| line.clone()));
            // A list longer than the screen is paged, and the prompt then
            // also shows the page number.
            let rows = usize::from(self.term.size().0);
            let room = if items.len() + 2 > rows {
                columns.saturating_sub(20)
            } else {
                columns - 4
            };
            let title = console::truncate_str(t().review_title(), room, "…");
            self.line("")?;
            let picked = Select::with_theme(self.theme.as_ref())
                .with_prompt(title.as_ref())
                .items(&items)
                .default(0)
                .report(false)
                .interact_on(&self.term)
                .map_err(dialog_error)?;
            let line = self.themed(|theme, f| {
                theme.format_select_prompt_selection(f, t().review_short(), &items[picked])
            });
            self.line(&console::truncate_str(&line, columns - 1, "…"))?;
            if picked == 0 {
                return Ok(answers);
            }
            let key = asked[picked - 1].0.clone();
            let before = answers.get(&key).map(|a| a.value.clone());
            answers.remove(&key);
            self.section = None;
            let settled = asked.into_iter().map(|(k, _)| k).filter(|k| *k != key);
            let settled = settled.collect();
            let mut revisit = Revisit {
                prompt: self,
                picked: key,
                before,
                settled,
            };
            answers = walk.collect(&answers, &mut revisit, clock)?;
        }
    }
}

/// Asks again only what a pick on the review screen opened: the picked
/// question and questions that were not asked before. One left open on
/// purpose (an optional question skipped) stays open.
struct Revisit<'a> {
    prompt: &'a mut Prompt,
    /// The question picked, and its answer before.
    picked: String,
    before: Option<Value>,
    /// Questions already asked, other than the picked one.
    settled: Vec<String>,
}

impl Ask for Revisit<'_> {
    fn ask(&mut self, entry: &Entry, clock: &Clock) -> Result<Option<Answer>> {
        let key = entry.key();
        if self.settled.contains(&key) {
            return Ok(None);
        }
        let before = if key == self.picked {
            Before::Answer(self.before.as_ref())
        } else {
            Before::Nothing
        };
        let value = self.prompt.ask_entry(entry, before, clock)?;
        let source = Source::Interactive;
        Ok(value.map(|value| Answer { value, source }))
    }
}
