//! At the end of an interactive run, the document that fits the verdict is
//! offered, with the file it would go to; accepted, the questions only
//! that document needs are asked. What fits, and the file, the caller
//! decides.

use super::{Prompt, dialog_error};
use crate::answers::{Answers, Walk};
use crate::clock::Clock;
use crate::error::Result;
use crate::i18n::t;
use dialoguer::Select;

/// Asks `question`, with a yes for each of the files `yes` names, then
/// no; on a yes, walks what `walk`'s documents still need and returns
/// which yes it was and the answers then, on no `None`.
pub fn offer(
    question: &str,
    yes: &[String],
    walk: Walk,
    given: &Answers,
    answers: &Answers,
    clock: &Clock,
) -> Result<Option<(usize, Answers)>> {
    let mut prompt = Prompt::new();
    prompt.line("")?;
    crate::signal::discard_typeahead();
    let mut items: Vec<&str> = yes.iter().map(String::as_str).collect();
    items.push(t().offer_no());
    let picked = Select::with_theme(prompt.theme.as_ref())
        .with_prompt(question)
        .items(items)
        .default(0)
        .interact_on_opt(&prompt.term)
        .map_err(dialog_error)?;
    let Some(picked) = picked.filter(|&n| n < yes.len()) else {
        prompt.leave();
        return Ok(None);
    };
    let answers = prompt.walk_from(walk, given, answers.clone(), None, clock)?;
    prompt.leave();
    Ok(Some((picked, answers)))
}
