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

/// Asks `question` (`yes` names the file); on yes, walks what `walk`'s
/// documents still need and returns the answers then, on no `None`. Esc
/// at the first of those questions asks `question` again.
pub fn offer(
    question: &str,
    yes: &str,
    walk: Walk,
    given: &Answers,
    answers: &Answers,
    clock: &Clock,
    keeper: Option<&Keeper>,
) -> Result<Option<Answers>> {
    let mut prompt = Prompt::new();
    prompt.keeper = keeper.cloned();
    // Esc at the document's first question comes back here.
    prompt.back_out = true;
    let mut answers = answers.clone();
    loop {
        prompt.line("")?;
        crate::signal::discard_typeahead();
        let room = prompt.columns() - super::pick::NUMBER;
        let items = [yes, t().offer_no()].map(|item| super::layout::wrap_item(item, room));
        let picked = prompt.pick_from(&super::pick::Menu {
            prompt: question,
            items: &items,
            start: 0,
            first: 1,
        })?;
        let shown = picked.map_or(t().offer_no(), |i| [yes, t().offer_no()][i]);
        let line =
            prompt.themed(|theme, f| theme.format_select_prompt_selection(f, question, shown));
        prompt.show(&line)?;
        if picked != Some(0) {
            prompt.leave();
            return Ok(None);
        }
        answers = prompt.walk_from(walk, given, answers, None, clock)?;
        if !std::mem::take(&mut prompt.backed_out) {
            break;
        }
        // Its questions' heading is shown again when they are.
        prompt.heading = None;
    }
    prompt.leave();
    Ok(Some(answers))
}
