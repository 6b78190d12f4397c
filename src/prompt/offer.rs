//! At the end of an interactive run, the document that fits the verdict is
//! offered, with the file it would go to; accepted, the questions only
//! that document needs are asked. What fits, and the file, the caller
//! decides.

use super::Prompt;
use super::menu::Pick;
use crate::answers::{Answers, Walk};
use crate::clock::Clock;
use crate::error::Result;
use crate::i18n::t;

/// Asks `question` (`yes` names the file); on yes, walks what `walk`'s
/// documents still need and returns the answers then, on no `None`.
pub fn offer(
    question: &str,
    yes: &str,
    walk: Walk,
    given: &Answers,
    answers: &Answers,
    clock: &Clock,
) -> Result<Option<Answers>> {
    let mut prompt = Prompt::new();
    prompt.line("")?;
    crate::signal::discard_typeahead();
    let items = [yes, t().offer_no()].map(str::to_owned);
    let picked = prompt.menu(question, &items, 0, true)?;
    if let Pick::Item(picked) = picked {
        let line = prompt.picked(question, &items[picked]);
        prompt.line(&line)?;
    }
    if picked != Pick::Item(0) {
        prompt.leave();
        return Ok(None);
    }
    let answers = prompt.walk_from(walk, given, answers.clone(), None, clock)?;
    prompt.leave();
    Ok(Some(answers))
}
