//! Before a document is written at the terminal: what it would lack, and
//! the offer to answer it now. For the brief, what the CSM will ask for
//! that the answers leave out (`report::gaps`), each with where to find
//! it; for the note to the partner, each answer written for the CSM that
//! the note leaves out as it speaks of the partner or to the CSM
//! (`report::note::for_partner`). Accepted, each question is asked
//! again, its answer so far kept on Enter; Esc leaves it as it was.

use super::Prompt;
use crate::answers::{Answers, Walk, applies};
use crate::clock::Clock;
use crate::error::Result;
use crate::i18n::t;
use crate::report::Gap;
use crate::state::Keeper;
use console::Style;

/// What a document would lack, as the offer shows it: its words, and
/// each line with the key of the question that fills it.
struct Lacking<'a> {
    intro: &'a str,
    offer: &'a str,
    now: &'a str,
    as_is: &'a str,
    lines: Vec<(String, String)>,
}

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
    let t = t();
    let lacking = Lacking {
        intro: t.gaps_intro(),
        offer: t.gaps_offer(),
        now: t.gaps_answer_now(),
        as_is: t.gaps_as_is(),
        lines: gaps
            .iter()
            .map(|gap| {
                let line = format!("{}. {}", t.gap_what(gap.kind), t.gap_where(gap.kind));
                (gap.key.clone(), line)
            })
            .collect(),
    };
    offer(walk, given, answers, &lacking, clock, keeper)
}

/// Shows the answers, each `(key, line)`, that the note to the partner
/// leaves out, and offers to reword them now; the answers then.
pub fn reword(
    walk: Walk,
    given: &Answers,
    answers: Answers,
    left_out: Vec<(String, String)>,
    clock: &Clock,
    keeper: Option<&Keeper>,
) -> Result<Answers> {
    let t = t();
    let lacking = Lacking {
        intro: t.reword_intro(),
        offer: t.reword_offer(),
        now: t.reword_now(),
        as_is: t.reword_as_is(),
        lines: left_out,
    };
    offer(walk, given, answers, &lacking, clock, keeper)
}

/// Shows what is `lacking` and offers to answer it now; the answers then.
/// A question that a file or flag answered is not asked: that answer
/// stands.
fn offer(
    walk: Walk,
    given: &Answers,
    answers: Answers,
    lacking: &Lacking,
    clock: &Clock,
    keeper: Option<&Keeper>,
) -> Result<Answers> {
    let open: Vec<&(String, String)> = lacking
        .lines
        .iter()
        .filter(|(key, _)| given.get(key).is_none())
        .collect();
    if open.is_empty() {
        return Ok(answers);
    }
    let mut prompt = Prompt::new();
    prompt.keeper = keeper.cloned();
    prompt.line("")?;
    prompt.paragraph(lacking.intro, Style::new().bold())?;
    // Said once, though several answers may lack it (a currency).
    let mut said: Vec<&str> = Vec::new();
    for (_, line) in &open {
        if !said.contains(&line.as_str()) {
            prompt.show(&format!("- {}", crate::safe::line(line)))?;
            said.push(line);
        }
    }
    prompt.line("")?;
    crate::signal::discard_typeahead();
    let room = prompt.columns() - super::pick::NUMBER;
    let items = [lacking.now, lacking.as_is].map(|i| super::layout::wrap_item(i, room));
    let picked = prompt.pick_from(&super::pick::Menu {
        prompt: lacking.offer,
        items: &items,
        start: 0,
        first: 1,
    })?;
    let shown = match picked {
        Some(0) => lacking.now,
        _ => lacking.as_is,
    };
    let line = prompt.picked(lacking.offer, shown);
    prompt.show(&line)?;
    let mut answers = answers;
    // Only the gaps are asked: what the walk left open stays open. A
    // question the walk did not reach (its `when` did not hold) was not
    // left open: a gap's answer that lets it through asks it (the decider
    // named only now, whether the CSM may contact them).
    let unanswered = walk
        .every()
        .filter(|e| applies(e, &answers))
        .map(|e| e.key())
        .filter(|key| answers.get(key).is_none());
    prompt.skipped.extend(unanswered);
    if picked == Some(0) {
        // Two gaps one answer fills (a decider's role and their phone)
        // ask its question once.
        let mut asked: Vec<&str> = Vec::new();
        for (key, _) in open {
            if asked.contains(&key.as_str()) {
                continue;
            }
            asked.push(key);
            answers = prompt.walk_from(walk, given, answers, Some(key), clock)?;
        }
    }
    prompt.leave();
    Ok(answers)
}
