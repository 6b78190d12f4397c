//! The review screen after the last question: every answer the walk
//! reached, what is still open marked, any one of which can be picked and
//! asked again, with the questions that depend on it asked or dropped
//! accordingly. Enter on the first line confirms; Esc asks the last
//! question again.

use super::{Prompt, layout, pick};
use crate::answers::{Answers, Documents, Walk, applies};
use crate::checklist::Entry;
use crate::clock::Clock;
use crate::error::Result;
use crate::i18n::t;
use crate::safe;

impl Prompt {
    /// Lists every answer until the user confirms with nothing required
    /// left open; picking one asks it again, then anything it opened.
    /// Answers in `given` (files, flags) are not listed: they are not
    /// asked.
    pub(super) fn review(
        &mut self,
        walk: Walk,
        given: &Answers,
        mut answers: Answers,
        clock: &Clock,
    ) -> Result<Answers> {
        // The partner's answer is listed too, to record it when it comes.
        let documents = Documents {
            answer: true,
            ..walk.documents
        };
        let walk = Walk { documents, ..walk };
        loop {
            self.ask_only_when_it_opens(walk, &answers);
            let listed: Vec<Entry> = walk
                .reached(&answers)
                .into_iter()
                .filter(|e| given.get(&e.key()).is_none())
                .collect();
            let open = listed.iter().any(|e| is_open(e, &answers));
            let picked = self.pick(&listed, &answers)?;
            answers = match picked {
                None if open => self.walk_from(walk, given, answers, None, clock)?,
                None => return Ok(answers),
                Some(i) => {
                    let key = listed[i].key();
                    self.walk_from(walk, given, answers, Some(&key), clock)?
                }
            };
        }
    }

    /// What the review lists besides the walk's own questions (the
    /// partner's answer) is asked once the answer it depends on changes to
    /// let it apply, not whenever another answer is changed: while it does
    /// not apply, or has an answer, it is not marked as left open.
    fn ask_only_when_it_opens(&mut self, walk: Walk, answers: &Answers) {
        let plain = Walk {
            documents: Documents {
                answer: false,
                ..walk.documents
            },
            ..walk
        };
        for entry in walk.every() {
            let key = entry.key();
            if !walk.documents.want(&entry) || plain.documents.want(&entry) {
                continue;
            }
            if applies(&entry, answers) && answers.get(&key).is_none() {
                self.skipped.insert(key);
            } else if !applies(&entry, answers) {
                self.skipped.remove(&key);
            }
        }
    }

    /// Shows the list; the entry picked, or `None` for "All correct".
    fn pick(&mut self, listed: &[Entry], answers: &Answers) -> Result<Option<usize>> {
        let columns = self.columns();
        let room = columns - pick::NUMBER;
        let lines = listed.iter().map(|entry| {
            let shown = match answers.get(&entry.key()) {
                Some(a) => a.value.text(entry.question, t()),
                None if is_open(entry, answers) => t().to_do().to_owned(),
                None => t().status_skipped().to_owned(),
            };
            let question = super::draw::topic(entry.question);
            layout::fit_answer(&question, &safe::line(&shown), room)
        });
        let mut items = vec![layout::fit(t().review_done(), room)];
        items.extend(lines);
        // A list longer than the screen is paged, and the prompt then also
        // shows the page number.
        let rows = usize::from(self.term.size().0);
        let room = if items.len() + 2 > rows {
            columns.saturating_sub(20)
        } else {
            columns - 4
        };
        let title = console::truncate_str(t().review_title(), room, "…");
        self.line("")?;
        crate::signal::discard_typeahead();
        // Numbered from 0, the line that goes on: each answer by its number.
        let menu = pick::Menu {
            prompt: &title,
            items: &items,
            start: 0,
            first: 0,
        };
        let picked = self
            .pick_from(&menu)?
            // Esc goes back one question, as everywhere: to the last one.
            .unwrap_or(listed.len());
        let line = self.themed(|theme, f| {
            theme.format_select_prompt_selection(f, t().review_short(), &items[picked])
        });
        self.line(&console::truncate_str(&line, columns - 1, "…"))?;
        // Questions asked from here get their heading again.
        self.heading = None;
        Ok(picked.checked_sub(1))
    }
}

/// Is `entry` a required question still without an answer?
fn is_open(entry: &Entry, answers: &Answers) -> bool {
    !entry.question.optional && answers.get(&entry.key()).is_none()
}
