//! At the end of an interactive run, the document that fits the verdict is
//! offered, with the file it would go to; accepted, the questions only
//! that document needs are asked. What fits, and the file, the caller
//! decides.

use super::Prompt;
use crate::answers::{Answers, Walk};
use crate::clock::Clock;
use crate::error::Result;
use crate::i18n::t;
use crate::state::Keeper;
use std::collections::HashSet;

/// What the walk before the verdict gave: its answers, and the optional
/// questions it asked and the user left open.
pub struct Walked<'a> {
    pub answers: &'a Answers,
    pub left_open: &'a HashSet<String>,
}

/// Asks `question`, with a yes for each of the files `yes` names, then
/// no; on a yes, walks what `walk`'s documents still need and returns
/// which yes it was and the answers then, on no `None`. Esc at the first
/// of those questions asks `question` again. What the walk before left
/// open is not asked again.
pub fn offer(
    question: &str,
    yes: &[String],
    walk: Walk,
    given: &Answers,
    walked: Walked,
    clock: &Clock,
    keeper: Option<&Keeper>,
) -> Result<Option<(usize, Answers)>> {
    let mut prompt = Prompt::new();
    prompt.keeper = keeper.cloned();
    prompt.skipped.extend(walked.left_open.iter().cloned());
    // Esc at the document's first question comes back here.
    prompt.back_out = true;
    let mut answers = walked.answers.clone();
    let mut options: Vec<&str> = yes.iter().map(String::as_str).collect();
    options.push(t().offer_no());
    let chosen = loop {
        prompt.line("")?;
        crate::signal::discard_typeahead();
        let room = prompt.columns() - super::pick::NUMBER;
        let items: Vec<String> = options
            .iter()
            .map(|item| super::layout::wrap_item(item, room))
            .collect();
        let picked = prompt.pick_from(&super::pick::Menu {
            prompt: question,
            items: &items,
            start: 0,
            first: 1,
        })?;
        let shown = picked.map_or(t().offer_no(), |i| options[i]);
        let line = prompt.picked(question, shown);
        prompt.show(&line)?;
        let Some(chosen) = picked.filter(|&i| i < yes.len()) else {
            prompt.leave();
            return Ok(None);
        };
        answers = prompt.walk_from(walk, given, answers, None, clock)?;
        if !std::mem::take(&mut prompt.backed_out) {
            break chosen;
        }
        // Its questions' heading is shown again when they are.
        prompt.heading = None;
    };
    prompt.leave();
    Ok(Some((chosen, answers)))
}
