//! Before the brief is written at the terminal: what the CSM will ask for
//! that the answers leave out (`report::gaps`), each with where to find
//! it, and the offer to answer it now. Accepted, each gap's question is
//! asked again, its answer so far kept on Enter; Esc leaves it as it was.

use super::Prompt;
use crate::answers::{Answers, Walk};
use crate::clock::Clock;
use crate::error::Result;
use crate::i18n::t;
use crate::report::Gap;
use crate::state::Keeper;
use console::Style;

/// Shows `gaps` and offers to fill them; the answers then. A gap that a
/// file or flag answered is not asked: that answer stands.
pub fn chase(
    walk: Walk,
    given: &Answers,
    answers: Answers,
    gaps: &[Gap],
    clock: &Clock,
    keeper: Option<&Keeper>,
) -> Result<Answers> {
    let open: Vec<&Gap> = gaps
        .iter()
        .filter(|g| given.get(&g.key).is_none())
        .collect();
    if open.is_empty() {
        return Ok(answers);
    }
    let t = t();
    let mut prompt = Prompt::new();
    prompt.keeper = keeper.cloned();
    prompt.line("")?;
    prompt.paragraph(t.gaps_intro(), Style::new().bold())?;
    // Said once, though several answers may lack it (a currency).
    let mut said: Vec<String> = Vec::new();
    for gap in &open {
        let line = format!("{}. {}", t.gap_what(gap.kind), t.gap_where(gap.kind));
        if !said.contains(&line) {
            prompt.show(&format!("- {}", crate::safe::line(&line)))?;
            said.push(line);
        }
    }
    prompt.line("")?;
    crate::signal::discard_typeahead();
    let room = prompt.columns() - super::pick::NUMBER;
    let items = [t.gaps_answer_now(), t.gaps_as_is()].map(|i| super::layout::wrap_item(i, room));
    let picked = prompt.pick_from(&super::pick::Menu {
        prompt: t.gaps_offer(),
        items: &items,
        start: 0,
        first: 1,
    })?;
    let shown = match picked {
        Some(0) => t.gaps_answer_now(),
        _ => t.gaps_as_is(),
    };
    let line = prompt.picked(t.gaps_offer(), shown);
    prompt.show(&line)?;
    let mut answers = answers;
    // Only the gaps are asked: what the walk left open stays open.
    let unanswered = walk
        .every()
        .map(|e| e.key())
        .filter(|key| answers.get(key).is_none());
    prompt.skipped.extend(unanswered);
    if picked == Some(0) {
        // Two gaps one answer fills (a decider's role and their phone)
        // ask its question once.
        let mut asked: Vec<&str> = Vec::new();
        for gap in open {
            if asked.contains(&gap.key.as_str()) {
                continue;
            }
            asked.push(&gap.key);
            answers = prompt.walk_from(walk, given, answers, Some(&gap.key), clock)?;
        }
    }
    prompt.leave();
    Ok(answers)
}
