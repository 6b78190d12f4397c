//! `--format markdown` and `--brief FILE`: the brief to send to the CSM,
//! written for its reader.
//!
//! A subject line and a one-line summary to forward as they are; then the
//! facts, each said once: the problem with its severity and environment,
//! what is asked of the CSM and the outcome wanted, the business impact
//! (the date at risk, or missed, is said once, in the first lines), the
//! statement of work at issue and what was added, what happened with the partner (with whom, how, when, and
//! their answer), where the evidence is and the examples, what is still
//! open (the gaps the CSM would ask about, as the CSM reads them), and how
//! to reach the merchant. Nothing about the checklist itself: a brief for a case
//! that is not ready says so at the top, as a draft for the merchant's own
//! use, with what to do first, and its subject says it is a draft not to
//! send; a ready case's brief too thin to act on (`gaps::thin`) opens
//! with a line that says it is a draft, with the points still open. With
//! the live shop down, the ask opens with the Adobe support case. The subject and the summary say what is broken and how urgent
//! (see [`subject`]). Text that spans lines keeps them, quoted.
//! Checklist and answer text is made safe and escaped wherever CommonMark
//! (or GitHub's dialect) would read it as markup, so an answer cannot add
//! a heading, a list, a rule, a link, HTML or a character reference.

use super::case::{Case, Person, Raised, RaisedWith, Replied, Summary};
use super::fact;
use super::given::given;
use super::markup::md;
use super::medium::Document;
use super::repeat::says_nearly;
use super::sentence::{after_label, continued, ended};
use super::subject;
use crate::checklist::Role;
use crate::i18n::{Messages, t};
use crate::verdict::{Evaluation, Graded, Verdict};
use jiff::civil::Date;
use std::io::{self, Write};

pub fn render(eval: &Evaluation, today: Option<Date>, out: &mut dyn Write) -> io::Result<()> {
    let t = t();
    let case = Case::of(eval);
    writeln!(out, "# {}", line(&subject(eval, &case, today)))?;
    writeln!(out)?;
    draft(eval, t, out)?;
    let company = case.merchant.map(|m| Person::of(m).name);
    let severity = opening_topic(&case, today, t);
    let summary = Summary {
        merchant: company,
        partner: case.partner,
        project: case.project,
        severity: severity.as_deref(),
        since: today
            .and_then(|today| subject::down_since(&case, today, t))
            .map(|d| t.date(d)),
        // An opening that says the launch is blocked already: the date's
        // sentence does not say it again ("the launch is blocked. At
        // risk: 14 Dec 2026, when …", not "… blocked. Blocked: …").
        deadline: subject::urgent(&case, today, t, |d| t.date(d)).map(|u| {
            let said = case.severity_value == Some("launch-blocked")
                && severity.is_some()
                && !blocked_by_date(&case, today, t);
            match u.risk {
                subject::Risk::Blocked if said => subject::Urgent {
                    risk: subject::Risk::AtRisk,
                    ..u
                },
                _ => u,
            }
        }),
        raised_on: match case.raised {
            Raised::Open { on, .. } => on.map(|on| t.date(on)),
            Raised::Unknown | Raised::NotYet | Raised::Resolved => None,
        },
        replied: match case.raised {
            Raised::Open { answer, .. } => match answer {
                // "n/a" is no answer given, not word of no answer.
                None if case.unsaid.contains(&Role::PartnerAnswer) => Replied::Open,
                None => Replied::Not,
                Some(a) if super::note::says_no_reply(a) => Replied::Not,
                Some(a) => super::note::answer_kind(a),
            },
            _ => Replied::Open,
        },
    };
    writeln!(out, "**{}**", line(&t.brief_summary(&summary)))?;
    let labelled = |role| by_role(eval, role).and_then(labelled);

    // The problem, and where and how badly it shows.
    let reference = case.merchant.filter(|m| Person::of(m).role.is_some());
    let facts: Vec<Fact> = reference
        .and_then(|_| labelled(Role::Merchant))
        .into_iter()
        // As given: one that looks wrong is said so under "Still open".
        // For a company named, only what names an account: the CSM knows
        // it by the name, and needs no "don't have it handy".
        .chain(labelled(Role::AccountId).filter(|_| {
            !super::gaps::company_named(&case)
                || case
                    .account_id
                    .is_some_and(|a| super::gaps::names_account(a) || super::gaps::is_org_id(a))
        }))
        .chain(
            [
                Role::Environment,
                Role::CloudProject,
                Role::Product,
                Role::Project,
            ]
            .into_iter()
            .filter_map(labelled),
        )
        .chain(details(eval))
        .chain(if case.no_support_case {
            Some(Fact::said(t.no_support_case()))
        } else if case.unsaid.contains(&Role::SupportCase) {
            // "don't know", "?": not a case number, and not that there is
            // none ("n/a" is none; "don't know, the agency handles it" is
            // the merchant's words, under the label).
            Some(Fact::said(t.support_case_unknown()))
        } else {
            // "opened Sunday" is dated as the reader needs it.
            labelled(Role::SupportCase).map(|f| Fact {
                text: dated(f.text, today, true, t),
                ..f
            })
        })
        .collect();
    let facts = said_once(facts);
    if case.problem.is_some() || !facts.is_empty() {
        section(out, t.h_problem())?;
        if let Some(problem) = case.problem {
            let problem = dated(problem.to_owned(), today, true, t);
            writeln!(out, "{}", block(&problem, false))?;
            writeln!(out)?;
        }
        list(out, &facts)?;
    }

    let live_down = case.severity_value == Some("live-down");
    if case.ask.is_some() || case.outcome.is_some() || live_down {
        section(out, t.h_ask())?;
        let ask = ask(&case, t).map(|ask| dated(ask, today, false, t));
        if let Some(ask) = &ask {
            writeln!(out, "{}", block(ask, false))?;
        }
        // An outcome that says nearly what the ask says is said once.
        let outcome = labelled(Role::Outcome)
            .filter(|o| !ask.as_deref().is_some_and(|a| says_nearly(&o.text, a)))
            .map(|o| Fact {
                // A deadline in words never after the date at risk.
                text: match today {
                    Some(today) => {
                        super::days::dated_before(&o.text, today, false, case.deadline, t)
                            .into_owned()
                    }
                    None => o.text,
                },
                ..o
            });
        if let Some(outcome) = outcome {
            if case.ask.is_some() {
                writeln!(out)?;
            }
            outcome.write(out)?;
        }
    }

    // The date at risk (or missed) is said once, in the first lines,
    // which name what happens then: not again under the impact.
    if let Some(impact) = case.impact {
        section(out, t.h_stakes())?;
        writeln!(out, "{}", block(impact, false))?;
    }

    // No clause, and the contract there is instead ("n/a, only the
    // support retainer"): said under its own label, no clause to attach.
    let clause = match case.contract {
        Some(contract) => Some(Fact::new(t.contract_instead(), contract)),
        None => labelled(Role::Clause),
    };
    let mut scope: Vec<Fact> = clause.into_iter().collect();
    match (case.added, labelled(Role::AddedDetail)) {
        (_, Some(detail)) => scope.push(detail),
        (Some(true), None) => scope.push(Fact::said(t.something_added())),
        // That nothing was added is said with the clause at issue, one
        // rule whatever the severity; without a clause, there is no
        // section to say it in.
        (Some(false), None) if case.clause.is_some() => {
            scope.push(Fact::said(t.nothing_added()));
        }
        (Some(false), None) => {}
        (None, None) => {}
    }
    if !scope.is_empty() {
        section(out, t.h_scope())?;
        list(out, &scope)?;
    }

    with_partner(eval, &case, today, t, out)?;

    let evidence_where = labelled(Role::EvidenceWhere);
    // Links are said to open only when there is one to open, and none is
    // in a system the CSM cannot open; copies only of what the merchant
    // has (`reach`).
    let access = super::reach::access_claim(&case, t);
    // A placeholder ("n/a", "-") or a bare pointer at an attachment
    // ("see attached") is no example.
    let examples: Vec<&String> = (case.examples.iter())
        .filter(|e| super::given::example(e).is_some())
        .collect();
    if evidence_where.is_some() || access.is_some() || !examples.is_empty() {
        section(out, t.h_evidence())?;
        // Attached copies, and where their originals are under a label.
        let place_said = case
            .evidence_where
            .filter(|_| access.is_some() && case.evidence_access == Some("attached"))
            .filter(|_| !super::reach::unreachable(&case))
            // Copies of the documents only: said in a sentence of its own.
            .filter(|_| !super::reach::any_undocumented(&case))
            .filter(|place| !place.trim().contains(['\n', ';']) && !place.contains(". "));
        if let Some(place) = place_said {
            writeln!(
                out,
                "{}",
                // The merchant's words go on the sentence after its
                // label: "Originals: our Jira", as after any colon.
                md(&ended(&t.evidence_attached_from(&continued(place.trim()))))
            )?;
            writeln!(out)?;
        } else if let Some(access) = access {
            writeln!(out, "{}", md(access))?;
            writeln!(out)?;
        }
        if let Some(place) = evidence_where.filter(|_| place_said.is_none()) {
            // A line of its own, ended as every line of the section is:
            // „Wo die Beispiele liegen: in meinem Postfach.“
            let text = super::sentence::ended(place.text.trim_end());
            Fact { text, ..place }.write(out)?;
            if !examples.is_empty() {
                writeln!(out)?;
            }
        }
        for example in examples {
            let example = dated(example.clone(), today, true, t);
            writeln!(out, "- {}", entry(&example))?;
        }
    }

    let open = still_open(eval, &case, t);
    if !open.is_empty() {
        section(out, t.h_open())?;
        // What is to come, then what is given and to be confirmed: each
        // group under the one sentence that says so.
        let to_send = open.iter().any(|(confirm, _)| !confirm);
        for confirm in [false, true] {
            let points: Vec<&String> = open
                .iter()
                .filter(|(c, _)| *c == confirm)
                .map(|(_, p)| p)
                .collect();
            if points.is_empty() {
                continue;
            }
            if confirm && to_send {
                writeln!(out)?;
            }
            writeln!(out, "{}", md(t.open_lead(confirm, confirm && to_send)))?;
            writeln!(out)?;
            for point in points {
                writeln!(out, "- {}", md(point))?;
            }
        }
    }

    if let Some(contact) = case.contact {
        section(out, t.h_contact())?;
        writeln!(out, "{}", block(contact, false))?;
    }
    Ok(())
}

/// How many points the brief lists under "Still open".
pub fn open_count(eval: &Evaluation, t: &dyn Messages) -> usize {
    still_open(eval, &Case::of(eval), t).len()
}

/// What the CSM will ask for that the brief does not say yet: the gaps
/// stderr warns of (`gaps::find`), each once, as a bare point; the same
/// points as those warnings, so that the merchant works through one list.
/// Each is marked `true` when it is given above and to be confirmed
/// (a doubt of the merchant's, a permission), `false` when it is to come.
fn still_open(eval: &Evaluation, case: &Case, t: &dyn Messages) -> Vec<(bool, String)> {
    use super::GapKind::{
        ContactReach, Decider, DeciderReach, EvidenceAccess, PartnerRole, Reach, ReachName,
        ReachPhone, Unsure,
    };
    let mut open: Vec<(bool, String)> = Vec::new();
    for gap in super::gaps::find(eval, t) {
        let question = eval
            .context
            .iter()
            .chain(eval.items.iter().flat_map(|i| &i.questions))
            .find(|g| g.entry.key() == gap.key)
            .map(|g| g.entry.question);
        let label = question
            .map(|q| fact(q, "").trim_end_matches(": ").trim_end().to_owned())
            .unwrap_or_default();
        // A person the brief names: only what it leaves out of them
        // (a first name the pasted reply completes is whole, `Case::of`).
        fn named(p: Option<Person<'_>>) -> Option<Person<'_>> {
            p.filter(Person::is_named)
        }
        let point = match gap.kind {
            PartnerRole | Decider => {
                let person = if gap.kind == PartnerRole {
                    case.partner_person
                } else {
                    case.decider
                };
                named(person)
                    .map(|p| t.open_person(p.name, p.first_name_only(), p.sure_role().is_none()))
                    .or_else(|| t.open_point(gap.kind, &label))
            }
            ContactReach => named(case.partner_person)
                .map(|p| t.open_person_reach(p.name))
                .or_else(|| t.open_point(gap.kind, &label)),
            DeciderReach => named(case.decider)
                .map(|p| t.open_person_reach(p.name))
                .or_else(|| t.open_point(gap.kind, &label)),
            // The clause the merchant does not know ("don't know, time
            // and materials I think"): the clause, and whether the
            // contract is of the kind they believe, to follow.
            Unsure if question.and_then(|q| q.role) == Some(Role::Clause) => {
                Some(t.open_clause(case.clause.and_then(super::Pricing::of)))
            }
            Unsure => Some(t.open_unsure(question.and_then(|q| q.role), &label)),
            // Only what the way to reach the merchant leaves out.
            Reach | ReachName | ReachPhone => {
                let (name, phone) = super::gaps::reach_missing(case);
                Some(t.open_reach(name, phone))
            }
            // Copies of what has one: a call or a metric has none.
            EvidenceAccess
                if super::reach::any_undocumented(case)
                    && case.examples.iter().any(|e| super::reach::document(e)) =>
            {
                Some(t.open_copies_of_documents().to_owned())
            }
            _ => t.open_point(gap.kind, &label),
        };
        if let Some(point) = point {
            let point = (confirms(gap.kind), point);
            if !open.contains(&point) {
                open.push(point);
            }
        }
    }
    // A weekday against a date it does not fall on looks wrong.
    for warning in &eval.warnings {
        if let crate::evidence::WarningKind::WeekdayDate { said, day } = &warning.kind {
            let point = (true, t.open_weekday_date(said, *day));
            if !open.contains(&point) {
                open.push(point);
            }
        }
    }
    open
}

/// Is a gap of `kind` a point given above that the merchant is to
/// confirm, rather than one still to come? A permission, an answer that
/// looks wrong; not what they said they do not know, with a guess after
/// it or not ("don't know, time and materials I think", „weiß nicht,
/// Screenshots habe ich auf dem Handy"): that is to come, as a bare
/// "don't know" is.
fn confirms(kind: super::GapKind) -> bool {
    use super::GapKind::*;
    matches!(
        kind,
        AccountIdFormat | CloudProjectFormat | DeciderAsked | DeciderContact | SlaInvoked
    )
}

/// The brief's subject (see [`subject::brief`]), marked as a draft when
/// the case is not ready. Not yet made safe.
pub fn subject(eval: &Evaluation, case: &Case, today: Option<Date>) -> String {
    let draft = match eval.verdict {
        Verdict::Ready => false,
        Verdict::NotReady | Verdict::NotNeeded => true,
    };
    subject::brief(case, today, draft, t())
}

/// What is broken, as the opening sentence says it: the severity's label,
/// which reads whole in a sentence; with the merchant's few words, the
/// severity's short words before them, unless those words say it
/// already ("Shop down since 6:40"); but no blocked launch when the
/// sentence on its date says that the launch is blocked (when close,
/// and what happens then names a launch).
fn opening_topic(case: &Case, today: Option<Date>, t: &dyn Messages) -> Option<String> {
    let own = case.topic.map(str::trim).filter(|s| !s.is_empty());
    let said_by_date = blocked_by_date(case, today, t);
    // A shipped option in the words its subject uses; a custom one as
    // its label says it.
    let label = case
        .severity_value
        .and_then(|value| t.severity_summary(value, case.live_shop()))
        .map(str::to_owned)
        .or_else(|| case.severity.as_deref().map(crate::i18n::lower_first))
        .filter(|_| !said_by_date);
    let Some(own) = own else {
        return label;
    };
    // A blocked launch whose date's sentence names the launch ("At risk:
    // the go-live of the portal on 15 Jan"): the merchant's words alone
    // here, not "go-live blocked" before them and the go-live again after.
    let launch_dated = case.severity_value == Some("launch-blocked")
        && case.deadline.is_some()
        && case.deadline_what.is_some_and(subject::names_a_launch);
    let short = case
        .severity_value
        .filter(|_| !said_by_date && !launch_dated)
        .and_then(|value| {
            let words = t.severity_topic(value, case.live_shop())?;
            subject::severity_before(value, own, case.live_shop(), words, t)
        });
    Some(match short {
        Some(short) => format!("{short} – {own}"),
        None => own.to_owned(),
    })
}

/// Does the sentence on the date at risk say that the launch is blocked,
/// so that the opening need not: a blocked launch, its date close, and
/// what happens then names a launch ("The relaunch on 1 Dec is blocked"
/// says it; "Black Friday on 27 Nov is blocked" does not).
fn blocked_by_date(case: &Case, today: Option<Date>, t: &dyn Messages) -> bool {
    let launch = case.severity_value == Some("launch-blocked");
    let blocked = subject::urgent(case, today, t, |d| t.date(d))
        .is_some_and(|u| u.risk == subject::Risk::Blocked);
    let a_launch = case.deadline_what.is_none_or(subject::names_a_launch);
    launch && blocked && a_launch
}

/// What is asked of the CSM: the merchant's own sentence, else the
/// language's request for the option, else the option's label, but not
/// "Something else", which asks nothing until it is said.
fn ask(case: &Case, t: &dyn Messages) -> Option<String> {
    let request = || t.ask_request(case.ask_value?).map(str::to_owned);
    let ask = case
        .ask_detail
        .map(str::to_owned)
        .or_else(|| commercial_toward(case, t))
        .or_else(request)
        .or_else(|| case.ask.clone().filter(|_| case.ask_value != Some("other")));
    match support_first(case, ask.as_deref(), t) {
        Some(first) => Some(match ask {
            Some(ask) => then(&first, ask.trim(), t),
            None => first,
        }),
        None => ask,
    }
}

/// The ask after what the CSM does `first`; one that opens the same way
/// („Bitte sorgen Sie zuerst dafür, … Bitte sorgen Sie dafür, …“) goes
/// on in the same sentence without repeating the opening („…, und dann
/// dafür, …“).
fn then(first: &str, ask: &str, t: &dyn Messages) -> String {
    let words: Vec<&str> = first.split_whitespace().collect();
    let opening = words
        .iter()
        .position(|w| {
            t.first_words()
                .contains(&w.trim_end_matches(',').to_lowercase().as_str())
        })
        .map_or(&words[..0], |at| &words[..at]);
    let said: Vec<&str> = ask.split_whitespace().collect();
    let same = opening.len() >= 2
        && said.len() > opening.len()
        && opening.iter().zip(&said).all(|(a, b)| {
            a.trim_end_matches(',').to_lowercase() == b.trim_end_matches(',').to_lowercase()
        });
    if !same {
        return format!("{first} {}", ended(ask));
    }
    let rest = said[opening.len()..].join(" ");
    format!(
        "{}, {} {}",
        first.trim_end_matches('.'),
        t.ask_then(),
        ended(rest.trim_start_matches(',').trim())
    )
}

/// With the live shop down, what the CSM does first: push the priority
/// support case at Adobe, by its number when one is given, or help open
/// one; unless the merchant's ask speaks of the case already. Not for a
/// shop degraded or a delay, where the ask comes first.
fn support_first(case: &Case, ask: Option<&str>, t: &dyn Messages) -> Option<String> {
    if case.severity_value != Some("live-down") {
        return None;
    }
    if ask.is_some_and(super::gaps::names_support_case) {
        return None;
    }
    let given = case
        .support_case
        .filter(|_| !case.no_support_case && !case.unsure.contains(&Role::SupportCase));
    Some(t.ask_support_first(given.map(|c| super::gaps::case_number(c).unwrap_or(""))))
}

/// The commercial question chosen with no words of the merchant's own,
/// worded around the outcome wanted, said right below, when it is given
/// surely: what the CSM presses the partner for.
fn commercial_toward(case: &Case, t: &dyn Messages) -> Option<String> {
    super::gaps::sure_outcome(case).filter(|_| case.ask_value == Some("commercial"))?;
    Some(t.ask_commercial_toward().to_owned())
}

/// The brief for `eval`, prepared `today`, as a document for any form:
/// its subject is that of its email, and the title of its Markdown. Its
/// letter greets the CSM by `csm`, their name, when it is known.
pub fn document(eval: &Evaluation, today: Date, csm: Option<&str>) -> io::Result<Document> {
    let t = t();
    let mut body = Vec::new();
    render(eval, Some(today), &mut body)?;
    let markdown = String::from_utf8_lossy(&body).into_owned();
    let subject = subject(eval, &Case::of(eval), Some(today));
    // The email's header holds the subject: its title leaves the body,
    // which opens with a greeting and ends signed, as a letter does.
    let body = match markdown.split_once("\n\n") {
        Some((_, body)) => body,
        None => markdown.as_str(),
    };
    // A draft says so on its first line, before the greeting.
    let mut marked = Vec::new();
    draft(eval, t, &mut marked)?;
    let marked = String::from_utf8_lossy(&marked).into_owned();
    let body = body.strip_prefix(marked.as_str()).unwrap_or(body);
    let case = Case::of(eval);
    // The brief says how to reach the merchant in a section of its own:
    // its letter is signed with the name alone.
    let closing: Vec<String> = super::note::closing_named(&case, t)
        .iter()
        .map(|l| md(l))
        .collect();
    // A CSM the brief names no one by is still one person.
    let greeting = Some(super::note::greeting(csm, t))
        .filter(|g| *g != super::note::greeting(None, t))
        .unwrap_or_else(|| t.brief_nameless_greeting().to_owned());
    let email = format!(
        "{marked}{}\n\n{}\n\n{}\n",
        md(&greeting),
        body.trim_end(),
        closing.join("\\\n")
    );
    Ok(Document {
        subject: crate::safe::line(&subject).into_owned(),
        email,
        markdown,
        lang: t.code(),
        attach: case.evidence_access == Some("attached"),
        // A clause the merchant does not know has no pages to attach.
        attach_contract: case.clause.is_some() && !case.unsure.contains(&Role::Clause),
        in_reply_to: None,
        to: None,
        from: case.contact.and_then(super::names::sender),
    })
}

/// `facts` without one whose text a fact before it already says ("Project:
/// shop.example.com" after "Environment: shop.example.com production").
fn said_once(facts: Vec<Fact>) -> Vec<Fact> {
    let mut kept: Vec<Fact> = Vec::new();
    for fact in facts {
        let text = joined(&fact.text).to_lowercase();
        let said = kept.iter().any(|k| {
            fact.label.is_some() && contains_words(&joined(&k.text).to_lowercase(), &text)
        });
        if !said {
            kept.push(fact);
        }
    }
    kept
}

/// Does `text` hold `words` as whole words?
fn contains_words(text: &str, words: &str) -> bool {
    !words.is_empty()
        && text.match_indices(words).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + words.len()..].chars().next();
            let apart =
                |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || ",;:()".contains(c));
            apart(before) && apart(after)
        })
}

/// A section's heading, after a blank line.
fn section(out: &mut dyn Write, title: &str) -> io::Result<()> {
    writeln!(out)?;
    writeln!(out, "## {title}")?;
    writeln!(out)
}

/// For a case that is not ready, the banner that makes the brief a draft
/// for the merchant's own use, with what to do first.
fn draft(eval: &Evaluation, t: &dyn Messages, out: &mut dyn Write) -> io::Result<()> {
    match eval.verdict {
        // Ready, but too thin to act on (`gaps::thin`): a draft until
        // the points still open are in, said first.
        Verdict::Ready => {
            let open = open_count(eval, t);
            if eval.gaps.is_empty() || !super::gaps::thin(open, &eval.gaps) {
                return Ok(());
            }
            let top = if super::gaps::send_now(&Case::of(eval)) {
                t.draft_send_now(open)
            } else {
                t.draft_thin(open)
            };
            writeln!(out, "**{}**", md(&top))?;
        }
        Verdict::NotNeeded => writeln!(out, "**{}**", md(t.draft_not_needed()))?,
        Verdict::NotReady => {
            writeln!(out, "**{}**", md(t.draft_not_ready()))?;
            writeln!(out)?;
            for (n, step) in eval.next_steps.iter().enumerate() {
                writeln!(out, "{}. {}", n + 1, line(&super::step_text(step, t)))?;
            }
        }
    }
    writeln!(out)?;
    writeln!(out, "---")?;
    writeln!(out)
}

/// `text` with the date after a day it names relative to `today` ("by
/// Friday (27 Nov 2026)"): the CSM reads the brief on another day;
/// `told` for text that tells what happened (`days::dated`).
fn dated(text: String, today: Option<Date>, told: bool, t: &dyn Messages) -> String {
    match today {
        Some(today) => super::days::dated(&text, today, told, t).into_owned(),
        None => text,
    }
}

/// What happened with the partner, said once: with whom, how and when it
/// was raised, whether it went higher, and their answer.
fn with_partner(
    eval: &Evaluation,
    case: &Case,
    today: Option<Date>,
    t: &dyn Messages,
    out: &mut dyn Write,
) -> io::Result<()> {
    let (on, answer) = match &case.raised {
        Raised::Unknown => return Ok(()),
        Raised::NotYet => {
            section(out, t.h_partner())?;
            return writeln!(out, "{}", md(t.not_raised_yet()));
        }
        Raised::Resolved => {
            section(out, t.h_partner())?;
            return writeln!(out, "{}", md(t.resolved_with_partner()));
        }
        Raised::Open { on, answer } => (on, answer),
    };
    section(out, t.h_partner())?;
    let date = on.map(|on| t.date(on));
    // A shipped kind of channel in the language's own words, not its
    // option's label, which names a category ("In a call or meeting").
    let channel = case
        .channel_kind
        .and_then(|kind| t.raised_via(kind))
        .or(case.channel.as_deref());
    // A contact given as a role ("on-call") is worded as one.
    let person = case.partner_person.filter(Person::is_named);
    let role = case
        .partner_person
        .filter(|p| !p.is_named())
        .map(|p| p.as_role(case.partner));
    let raised = RaisedWith {
        partner: case.partner,
        person,
        role: role.as_deref(),
        channel,
        when: date.as_deref(),
    };
    // Whether the CSM may go to the decider, and what came from higher up.
    // A decider's answer that names several people or hedges ("Ryan
    // Cole - he says he decides, I'd say it's Mike Tran") gives no one
    // name to pick: the sentence points at the decider named above.
    // With no decider named, the permission is about the partner: the
    // contact there by name, else the partner itself.
    let name = match case.decider {
        Some(decider) => Some(decider).filter(Person::named_alone).map(|p| p.name),
        None => case
            .partner_person
            .filter(Person::is_named)
            .map(|p| p.name)
            .or(case.partner),
    };
    // Written to higher up already: "me first" cannot be a first letter.
    let written = case.went_up == Some(true) && case.went_up_answer.is_some();
    let contact = case.decider_contact.and_then(|value| {
        t.decider_contact(value, name, written)
            .map(|said| Fact::said(&said))
            .or_else(|| by_role(eval, Role::DeciderContact).and_then(labelled))
    });
    let higher = by_role(eval, Role::WentUpAnswer).and_then(labelled);
    // What came from higher up says that it went higher: not twice.
    let higher_said = higher.is_some();
    let mut said = t.raised_with(&raised);
    // A reply from the decider says it reached them: no "not higher".
    let from_decider = case.reply_from_decider;
    if let Some(went_up) = case
        .went_up
        .filter(|&up| if up { !higher_said } else { !from_decider })
    {
        let contact = case.partner_person.filter(Person::is_named).map(|p| p.name);
        said = format!("{said} {}", t.went_up(case.partner, contact, went_up));
    }
    writeln!(out, "{}", line(&said))?;
    writeln!(out)?;
    // A contact the merchant is unsure of names nobody in the sentence
    // above: their words, under the question's label.
    if case.unsure.contains(&Role::PartnerPerson) {
        if let Some(fact) = by_role(eval, Role::PartnerPerson).and_then(labelled) {
            fact.write(out)?;
            writeln!(out)?;
        }
    }
    // The contact's answer, who higher up was told and what came back,
    // then what the merchant says to it, who decides and whether the CSM
    // may go there.
    // No answer is said once here; not when the position, just after,
    // says it in the merchant's words.
    // A position that speaks to the partner ("since your release") is
    // what the merchant answered them: said so, or its "you" reads as
    // the CSM.
    let position = by_role(eval, Role::Position)
        .and_then(labelled)
        .map(
            |fact| match case.position.filter(|p| speaks_to_partner(p)) {
                Some(_) => Fact {
                    label: Some(t.position_to_partner().to_owned()),
                    ..fact
                },
                None => fact,
            },
        );
    match answer {
        Some(answer) => Fact::new(t.their_answer(), answer).write(out)?,
        None if case.position.is_some_and(says_unanswered) => {}
        // The answer given as "n/a" or "?": not that none came.
        None if case.unsaid.contains(&Role::PartnerAnswer) => {}
        None => writeln!(out, "{}", md(t.no_answer_yet()))?,
    }
    let mut answered = (answer.is_some() || !case.position.is_some_and(says_unanswered))
        && !(answer.is_none() && case.unsaid.contains(&Role::PartnerAnswer));
    // Who was told higher up, before the merchant's position: the CSM
    // reads whom the partner has heard from, then where the merchant
    // stands.
    if let Some(higher) = higher {
        if answered {
            writeln!(out)?;
        }
        higher.write(out)?;
        answered = true;
    }
    if let Some(position) = position {
        if answered {
            writeln!(out)?;
        }
        let text = dated(position.text, today, true, t);
        Fact { text, ..position }.write(out)?;
    }
    let decider = by_role(eval, Role::Decider).and_then(labelled);
    // Then who can decide, and whether the CSM may go there.
    for fact in decider.into_iter().chain(contact) {
        writeln!(out)?;
        fact.write(out)?;
    }
    Ok(())
}

/// Does the merchant's `text` speak of someone's things in the second
/// person ("since your release", „seit Ihrem Release") in a sentence
/// that asks nothing of the CSM (`audience::to_csm`): written to the
/// partner, whose release, code or invoice it is? ("you" alone may be
/// the CSM: "as I told you".)
fn speaks_to_partner(text: &str) -> bool {
    const EN: &[&str] = &["your", "yours"];
    const DE: &[&str] = &["Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Ihres"];
    let sentences = text.lines().flat_map(super::audience::line_sentences);
    sentences.into_iter().any(|sentence| {
        let lower = sentence.to_lowercase();
        let words: Vec<&str> = sentence
            .split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .collect();
        !super::audience::to_csm(&lower)
            && words
                .iter()
                .any(|w| EN.contains(&w.to_lowercase().as_str()) || DE.contains(w))
    })
}

/// Does the merchant's `text` say that the partner has not answered
/// ("Nobody has answered since Saturday", „bisher keine Rückmeldung“)?
fn says_unanswered(text: &str) -> bool {
    const SAID: &[&str] = &[
        "nobody has answered",
        "no one has answered",
        "nobody answered",
        "no one answered",
        "not answered",
        "hasn't answered",
        "haven't answered",
        "have not answered",
        "has not answered",
        "no answer",
        "no reply",
        "no response",
        "not replied",
        "haven't heard",
        "have not heard",
        "keine antwort",
        "keine rückmeldung",
        "keine reaktion",
        "nicht geantwortet",
        "niemand hat geantwortet",
        "nichts gehört",
    ];
    let lower = text.to_lowercase().replace('’', "'");
    SAID.iter().any(|s| lower.contains(s))
}

/// A fact of the brief: a label and the answer, or a sentence.
struct Fact {
    label: Option<String>,
    text: String,
}

impl Fact {
    fn new(label: &str, text: &str) -> Fact {
        let label = label.trim_end_matches(':');
        // The label is said once, not again by the merchant after it.
        let text = super::sentence::without_label(label, text).to_owned();
        // A value that says the label's word itself stands alone.
        if super::sentence::repeats_label(label, &text) {
            let text = ended(text.trim());
            return Fact { label: None, text };
        }
        let label = Some(label.to_owned());
        Fact { label, text }
    }

    fn said(sentence: &str) -> Fact {
        let text = sentence.to_owned();
        Fact { label: None, text }
    }

    /// The fact as a paragraph: `**Label:** text` on one line, or the
    /// label over the text quoted line by line. The user's text after its
    /// label is ended by the one rule for it (`sentence::after_label`),
    /// wherever the fact stands.
    fn write(&self, out: &mut dyn Write) -> io::Result<()> {
        match &self.label {
            Some(label) if self.text.trim().contains('\n') => {
                writeln!(out, "**{}:**", md(label))?;
                writeln!(out)?;
                writeln!(out, "{}", block(&self.text, true))
            }
            Some(label) => writeln!(out, "**{}:** {}", md(label), labels_value(&self.text)),
            None => writeln!(out, "{}", md(&self.text)),
        }
    }

    /// The fact as a list entry, its lines joined.
    fn entry(&self) -> String {
        match &self.label {
            Some(label) => format!("**{}:** {}", md(label), labels_value(&self.text)),
            None => md(&joined(&self.text)),
        }
    }
}

/// Text an answer gave, on one line after its label: its lines joined, a
/// sentence made one and a fragment as it was given
/// (`sentence::after_label`), going on as after any colon ("Originals:
/// our Jira", „Wo die Beispiele liegen: in meinem Postfach“), escaped.
/// The one rule for a value's end after a label, wherever it stands.
fn labels_value(text: &str) -> String {
    md(&super::sentence::label_value(&joined(text)))
}

/// Facts as a list; one that spans lines as a paragraph of its own.
fn list(out: &mut dyn Write, facts: &[Fact]) -> io::Result<()> {
    for fact in facts {
        writeln!(out, "- {}", fact.entry())?;
    }
    Ok(())
}

/// The answered question of `role`, if any.
fn by_role<'e>(eval: &'e Evaluation, role: Role) -> Option<&'e Graded<'e>> {
    eval.context
        .iter()
        .chain(eval.items.iter().flat_map(|i| &i.questions))
        .find(|g| g.entry.question.role == Some(role))
}

/// The answer of `g` as a fact under the question's label.
fn labelled(g: &Graded) -> Option<Fact> {
    let q = g.entry.question;
    let value = &g.answer?.value;
    // A text answer as the case takes it: a placeholder is not given.
    if value.as_text().is_some_and(|text| given(text).is_none()) {
        return None;
    }
    let text = value.text(q, t());
    (!text.trim().is_empty()).then(|| {
        let fact = fact(q, "");
        Fact::new(fact.trim_end_matches(": ").trim_end(), &text)
    })
}

/// The answers the roles do not place, which decide nothing (the product,
/// a custom checklist's own questions), as facts. Answers that decide the
/// verdict are left out: in a brief, they only say that the check passed.
fn details<'e>(eval: &'e Evaluation) -> impl Iterator<Item = Fact> + 'e {
    eval.context
        .iter()
        .chain(eval.items.iter().flat_map(|i| &i.questions))
        .filter(|g| g.entry.question.role.is_none() && !g.entry.question.is_graded())
        .filter_map(labelled)
}

/// Text an answer gave as Markdown that keeps its lines: one line as it
/// is, ended like a sentence unless `quoted`; several as a block, quoted
/// line by line when `quoted`, each line ending in a hard break.
fn block(text: &str, quoted: bool) -> String {
    let lines: Vec<&str> = text.trim().lines().map(str::trim_end).collect();
    // A paragraph of its own under a heading ends as a sentence, however
    // short: "Tom Reyes, project lead, 9-5 ET." as any longer one.
    if lines.len() <= 1 && !quoted {
        return md(&ended(&after_label(&joined(text))));
    }
    let prefix = if quoted { "> " } else { "" };
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let last = i + 1 == lines.len() || lines[i + 1].trim().is_empty();
        let line = match line.trim() {
            "" => prefix.trim_end().to_owned(),
            text if last => format!("{prefix}{}", md(text)),
            text => format!("{prefix}{}  ", md(text)),
        };
        out.push(line);
    }
    out.join("\n")
}

/// Text made one line, its lines joined, and escaped: a sentence that
/// quotes names.
fn line(text: &str) -> String {
    md(&joined(text))
}

/// A list entry that keeps its lines (an email with its header lines),
/// each after the first indented under the entry's marker.
fn entry(text: &str) -> String {
    let lines: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(md)
        .collect();
    lines.join("  \n  ")
}

/// Text as one line, its lines joined.
fn joined(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::render;
    use crate::answers::Value;
    use crate::checklist::load_str;
    use crate::clock::Clock;
    use crate::i18n::Lang;
    use crate::report::markup::tests::{HOSTILE, parse, shown};
    use crate::report::sentence::is_fragment;
    use crate::verdict::Evaluation;
    use pulldown_cmark::{Event, Tag, TagEnd};

    /// Placeholder text: no escape changes it, and it occurs nowhere else.
    const PLAIN: &str = "Placeholder";

    /// A draft brief with `text` in every slot that quotes an answer or
    /// the checklist as it is: the company, the partner, the project, the
    /// environment, the support case, the outcome, the clause, the contact
    /// at the partner, the partner's answer, where the examples are, an
    /// example and a next step (paragraphs, such as the contact, join lines
    /// and end like a sentence, and a text of several lines is quoted: see
    /// below).
    fn brief(text: &str) -> String {
        with_text_everywhere(text, |eval| {
            let mut out = Vec::new();
            render(eval, None, &mut out).unwrap();
            String::from_utf8(out).unwrap()
        })
    }

    /// `f` of the draft evaluation that [`brief`] renders, with `text` in
    /// every slot.
    pub(crate) fn with_text_everywhere<R>(text: &str, f: impl FnOnce(&Evaluation) -> R) -> R {
        let mut checklist = load_str("en", Lang::En.checklist()).unwrap();
        checklist.items[0].questions[0].label = Some(text.into());
        let answers = crate::report::answers(&[
            ("context.partner", Value::Text(text.into())),
            ("context.project", Value::Text(text.into())),
            ("scope.reviewed-deliverables", Value::Bool(true)),
            ("scope.deliverables-added", Value::Bool(false)),
            ("partner-contact.raised", Value::Choice("unresolved".into())),
            (
                "partner-contact.raised-on",
                Value::Date(jiff::civil::date(2020, 1, 6)),
            ),
            ("partner-contact.partner-answer", Value::Text(text.into())),
            ("partner-contact.partner-person", Value::Text(text.into())),
            ("specificity.examples", Value::List(vec![text.into()])),
            ("specificity.evidence-where", Value::Text(text.into())),
            ("scope.clause", Value::Text(text.into())),
            ("context.merchant", Value::Text(text.into())),
            ("context.environment", Value::Text(text.into())),
            ("context.support-case", Value::Text(text.into())),
            ("context.outcome", Value::Text(text.into())),
        ]);
        let mut eval = crate::verdict::evaluate(&checklist, &answers, &Clock::default()).unwrap();
        let step = crate::verdict::Step {
            kind: crate::verdict::StepKind::Advice,
            key: "scope.reviewed-deliverables".into(),
            advice: Some(text),
            prompt: text,
            from: None,
            answer_by: None,
        };
        eval.next_steps = vec![step];
        eval.verdict = crate::verdict::Verdict::NotReady;
        // Entries are trimmed when they are read.
        let entry = text.trim().into();
        let kind = crate::evidence::WarningKind::Unchecked { number: 1, entry };
        let key = "specificity.examples".into();
        eval.warnings = vec![crate::evidence::Warning { key, kind }];
        f(&eval)
    }

    /// `events` without the item of "Still open" on the contact at the
    /// partner, whatever its wording.
    fn without_contact_point(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
        let about_contact = |t: &str| {
            t.ends_with("'s full name and role")
                || t.ends_with("'s full name")
                || t.ends_with("'s role")
                || t.contains("my contact at the partner")
                || t.starts_with("My full name")
                || t.starts_with("A phone number to reach me")
        };
        let mut out = Vec::new();
        let mut i = 0;
        while i < events.len() {
            if let [
                Event::Start(Tag::Item),
                Event::Text(t),
                Event::End(TagEnd::Item),
                ..,
            ] = &events[i..]
            {
                if about_contact(t) {
                    i += 3;
                    continue;
                }
            }
            out.push(events[i].clone());
            i += 1;
        }
        out
    }

    #[test]
    fn hostile_text_anywhere_in_the_brief_changes_nothing_but_the_text() {
        let plain = parse(&brief(PLAIN));
        assert_eq!(
            plain
                .iter()
                .filter(|e| matches!(e, Event::Text(t) if t.contains(PLAIN)))
                .count(),
            11,
            "next step, subject, summary, environment (the project and the \
             support case say the same: left out), outcome, clause, raised \
             with, answer, where, example, the contact's role still open"
        );
        // Text of several lines is quoted line by line: see below.
        let one_line = |t: &&&str| !t.trim().is_empty() && !t.contains('\n');
        // A placeholder ("-", "---", "?") is not given: nothing is said
        // of it (see `given`).
        let some = |t: &&&str| !super::super::given::placeholder(t);
        for text in HOSTILE.iter().filter(one_line).filter(some) {
            let shown = shown(text);
            let expected: Vec<_> = plain
                .iter()
                .map(|event| match event {
                    // Text after a label or under a heading: a fragment,
                    // as every one of these is, stays as it was given.
                    Event::Text(t) if t.trim_start() == PLAIN => {
                        assert!(is_fragment(&shown), "{shown}");
                        let space = &t[..t.len() - t.trim_start().len()];
                        Event::Text(format!("{space}{}", super::after_label(&shown)).into())
                    }
                    // A line after a label the brief ends itself (where
                    // the examples are): as `ended` ends it, none after a
                    // link or an address.
                    Event::Text(t) if t.as_ref() == format!(" {PLAIN}.") => {
                        Event::Text(format!(" {}", super::super::sentence::ended(&shown)).into())
                    }
                    // A sentence ends once: after a text that ends in a
                    // full stop, none is added.
                    Event::Text(t) if shown.ends_with('.') => Event::Text(
                        t.replace(PLAIN, &shown)
                            .replace(&format!("{shown}."), &shown)
                            .into(),
                    ),
                    Event::Text(t) => Event::Text(t.replace(PLAIN, &shown).into()),
                    event => event.clone(),
                })
                .map(|event| match event {
                    // A contact that reads as a role is worded as one,
                    // with an article unless it has its own.
                    Event::Text(t)
                        if !super::Person::of(text).is_named()
                            && !["a", "an", "the"]
                                .contains(&text.split(' ').next().unwrap_or_default()) =>
                    {
                        Event::Text(
                            t.replace(
                                &format!("Raised with {shown} at"),
                                &format!("Raised with the {shown} at"),
                            )
                            .into(),
                        )
                    }
                    event => event,
                })
                .collect();
            // What is open of the contact depends on the shape of their
            // name (a first name alone, a role after a comma): that item
            // is left out of both.
            let expected = without_contact_point(expected);
            let rendered = without_contact_point(parse(&brief(text)));
            // The title is the subject, whose name is cut short: it is
            // one heading of text, made safe.
            assert!(
                matches!(&rendered[..3], [Event::Start(_), Event::Text(t), Event::End(_)]
                    if crate::safe::line(t) == t.as_ref()),
                "{text:?}"
            );
            assert_eq!(rendered[3..], expected[3..], "{text:?}");
        }
    }

    #[test]
    fn a_text_of_several_lines_keeps_them_in_a_quote_and_never_shows_a_newline_escaped() {
        let brief = brief("Hello Jana,\n\nwe are *looking* into it.\nTom");
        let quote = "> Hello Jana,\n>\n> we are \\*looking\\* into it.  \n> Tom\n";
        assert!(brief.contains(quote), "{brief}");
        assert!(!brief.contains("\\n"), "{brief}");
        let quotes = parse(&brief)
            .iter()
            .filter(|e| matches!(e, Event::Start(pulldown_cmark::Tag::BlockQuote(_))))
            .count();
        // The partner's answer, where the examples are, the clause, the
        // outcome: each a quote of its own (in a list, its lines joined).
        assert!(quotes >= 3, "{quotes}: {brief}");
    }

    #[test]
    fn a_fact_whose_words_an_earlier_one_holds_is_left_out() {
        use super::Fact;
        let facts = vec![
            Fact::new("Environment", "shop.example.com production"),
            Fact::new("Project", "Shop.example.com"),
            Fact::new("Product", "shop"),
            Fact::new("Case", "production"),
        ];
        let kept: Vec<String> = super::said_once(facts)
            .iter()
            .map(|f| f.text.clone())
            .collect();
        // "shop" is no whole word of the environment: it stays.
        assert_eq!(kept, ["shop.example.com production", "shop"]);
    }

    /// A value after a label ends by one rule, in a list entry and on a
    /// line of its own, whatever marks it ends with: a sentence made one
    /// gets its full stop after them, and Markdown reads the line back as
    /// that text alone, with no markup and no escape left.
    #[test]
    fn a_value_after_a_label_ends_by_one_rule_whatever_marks_end_it() {
        use super::{Fact, after_label};
        for mark in HOSTILE
            .iter()
            .filter(|t| !t.trim().is_empty() && !t.contains('\n'))
        {
            for text in [
                shown(mark),
                format!("they said it was never part of the work {mark}"),
            ] {
                let fact = Fact::new("At issue", &text);
                let mut line = Vec::new();
                fact.write(&mut line).unwrap();
                let line = String::from_utf8(line).unwrap();
                let said = format!("At issue: {}", after_label(&shown(&text)));
                for markdown in [line, format!("- {}", fact.entry())] {
                    let text: String = parse(&markdown)
                        .iter()
                        .filter_map(|e| match e {
                            Event::Text(t) => Some(t.to_string()),
                            Event::Start(
                                pulldown_cmark::Tag::Strong
                                | pulldown_cmark::Tag::Paragraph
                                | pulldown_cmark::Tag::List(None)
                                | pulldown_cmark::Tag::Item,
                            ) => None,
                            Event::End(_) => None,
                            other => Some(format!("{other:?}")),
                        })
                        .collect();
                    assert_eq!(text, said, "{mark:?}: {markdown}");
                }
            }
        }
    }

    #[test]
    fn answers_that_span_lines_are_one_paragraph_of_text() {
        for text in HOSTILE.iter().filter(|t| !t.trim().is_empty()) {
            let events = parse(&super::labels_value(text));
            assert!(
                matches!(events.as_slice(), [Event::Start(_), .., Event::End(_)]),
                "{text:?}: {events:?}"
            );
            let blocks = events
                .iter()
                .filter(|e| matches!(e, Event::Start(pulldown_cmark::Tag::Paragraph)))
                .count();
            assert_eq!(blocks, 1, "{text:?}: {events:?}");
        }
    }
}
