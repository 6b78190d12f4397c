//! Gaps: what a CSM will ask for before acting that the answers leave
//! out, found from the case the brief makes. Each rule is data: a stable
//! kind, the role of the question that fills it, and when it is open.
//! The languages word them (what is missing, where to find it); the run
//! offers to fill them at the terminal, or warns of each on stderr and in
//! the JSON report. A gap never changes the verdict; enough of them make
//! the brief too thin to act on ([`thin`]), which the verdict's first
//! line and the brief's top then say.

use super::case::{Case, Raised};
use super::money::bare_amount;
use crate::checklist::Role;
use crate::evidence::names_a_date;
use crate::i18n::Messages;
use crate::verdict::Evaluation;
use schemars::JsonSchema;
use serde::Serialize;

/// What a CSM would ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum GapKind {
    /// The merchant's company given as a placeholder ("n/a").
    Company,
    /// The environment given as a placeholder ("?").
    Environment,
    /// The outcome wanted given as a placeholder ("tbd").
    Outcome,
    /// No Adobe organisation ID or contract number, and no company named
    /// either: a CSM knows the accounts they look after by name.
    AccountId,
    /// An answer given for the Adobe organisation ID or contract number
    /// that looks like neither ("8F3A21C9D4E5@AdobeOrg", 12 hex digits):
    /// kept as given, and said to look wrong.
    AccountIdFormat,
    /// On cloud, no cloud project ID.
    CloudProject,
    /// On cloud, a cloud project ID given that does not look like one (no
    /// digit): kept as given, and said to look wrong.
    CloudProjectFormat,
    /// The clause of the statement of work given as a placeholder ("don't
    /// know", "?", „keine Ahnung"): one point still open, as an answer
    /// that opens with not knowing and goes on is.
    Clause,
    /// The ask in the merchant's own words, where no option was chosen
    /// that says it ("something else", or none).
    Request,
    /// The commercial question chosen, without the merchant's own words:
    /// what the CSM should do about it (call the partner, moderate a
    /// call, give a view).
    RequestAction,
    /// The outcome wanted names no date, and no date at risk bounds it.
    OutcomeDate,
    /// The live shop is affected, on cloud or on-premises, and there is no
    /// Adobe support case.
    SupportCase,
    /// The merchant asks the CSM about the product itself (is this
    /// normal on cloud, a defect of the platform), and there is no Adobe
    /// support case.
    SupportCaseProduct,
    /// A support case is needed (either rule above) and the answer given
    /// holds no case number: kept as given, and said to look wrong.
    SupportCaseFormat,
    /// The contact at the partner without a role or a full name, or not
    /// named.
    PartnerRole,
    /// Nobody at the partner who can decide, or without a role or a full
    /// name.
    Decider,
    /// The examples only on request.
    EvidenceAccess,
    /// How the CSM sees the examples is not said.
    EvidenceHow,
    /// Links said to open that the merchant's own words put in a system
    /// the CSM cannot open: copies are what the CSM will ask for.
    EvidenceOutOfReach,
    /// Links to the examples are said to open, and neither the examples
    /// nor where they are hold one.
    EvidenceLinks,
    /// Where the originals of the examples are, given as a placeholder
    /// ("dont know"): still to come.
    EvidenceWhere,
    /// No phone number or hours to reach the merchant, and a first name
    /// alone (or no way to reach them at all).
    Reach,
    /// The merchant's way to reach them gives a first name alone; a
    /// phone number is given.
    ReachName,
    /// The merchant's full name is given, but no phone number (or, with
    /// the shop up, no email address either).
    ReachPhone,
    /// The note says nothing of the effect on the merchant.
    NoteImpact,
    /// The note names no date at risk.
    NoteDate,
    /// The note is signed with no phone number or address.
    NoteReach,
    /// The problem does not say since when.
    ProblemSince,
    /// Nothing is said of what is at stake.
    Impact,
    /// The Adobe Commerce deployment is not said.
    Product,
    /// The CSM is asked to contact the decider, or may, and the brief
    /// gives no phone number or email address for them.
    DeciderReach,
    /// The CSM may contact the partner directly, no decider is named, and
    /// the brief gives no phone number or email address for the contact
    /// there, whom the CSM would then call.
    ContactReach,
    /// The ask names the decider, and the merchant chose that the CSM
    /// speak to them first: which is meant?
    DeciderAsked,
    /// The concern is open with the partner, and the brief does not say
    /// whether the CSM may contact the partner directly (the decider if
    /// one is named, else the contact there).
    DeciderContact,
    /// It has gone higher at the partner, and the brief does not say when
    /// or what came back.
    WentUpAnswer,
    /// The concern is open with the partner, answered or not, and the
    /// merchant's position on it (and any step under the contract) is
    /// not said.
    Position,
    /// The clause or the position cites an SLA, and the position does not
    /// say whether it was invoked in writing.
    SlaInvoked,
    /// An amount without its currency ("paid 11.2k"), in the answer of
    /// the gap's question.
    Currency,
    /// An answer that opens with not knowing and goes on ("weiß ich
    /// nicht, Festpreis glaube ich"): given as written, not yet sure.
    Unsure,
    /// The partner's answer is a pasted email with no date on it (no
    /// "Date:" or "Sent:" field): when it came is not said.
    ReplyDate,
}

/// A gap of the case: its kind, and the answer key of the question that
/// fills it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    pub kind: GapKind,
    pub key: String,
}

/// A rule: the gap `kind`, filled by the question of `role`, open when
/// `open` says so.
struct Rule {
    kind: GapKind,
    role: Role,
    open: fn(&Case, &dyn Messages) -> bool,
}

/// Every rule, in the order the brief reads.
const RULES: &[Rule] = &[
    Rule {
        kind: GapKind::Company,
        role: Role::Merchant,
        open: |case, _| case.unsaid.contains(&Role::Merchant),
    },
    Rule {
        kind: GapKind::Environment,
        role: Role::Environment,
        open: |case, _| case.unsaid.contains(&Role::Environment),
    },
    Rule {
        kind: GapKind::AccountId,
        role: Role::AccountId,
        open: |case, _| !company_named(case) && !account_named(case) && !account_wrong(case),
    },
    Rule {
        kind: GapKind::AccountIdFormat,
        role: Role::AccountId,
        // For a company named, only an organisation ID that is malformed:
        // a wrong identifier shown is worse than none.
        open: |case, _| {
            !account_named(case)
                && account_wrong(case)
                && (!company_named(case)
                    || [case.account_id, case.merchant]
                        .into_iter()
                        .flatten()
                        .any(is_org_id))
        },
    },
    Rule {
        kind: GapKind::Product,
        role: Role::Product,
        open: |case, _| case.product.is_none() && product_wanted(case),
    },
    Rule {
        kind: GapKind::ProblemSince,
        role: Role::Problem,
        // A start date in an example ("fails every night since 11/30")
        // says it as well as one in the problem; the date of an email
        // among the examples does not.
        // But a problem that says only "for weeks" („seit Wochen") leaves
        // its start open, whatever an example dates.
        open: |case, t| {
            case.problem.is_some_and(|p| !names_a_day(p, t))
                && (case.problem.is_some_and(vague_since)
                    || !case.examples.iter().any(|e| names_a_start(e, t)))
        },
    },
    Rule {
        kind: GapKind::CloudProject,
        role: Role::CloudProject,
        open: |case, _| {
            project_wanted(case) && given_as(case, case.cloud_project, Role::CloudProject).is_none()
        },
    },
    Rule {
        kind: GapKind::CloudProjectFormat,
        role: Role::CloudProject,
        open: |case, _| {
            project_wanted(case) && given_as(case, case.cloud_project, Role::CloudProject).is_some()
        },
    },
    Rule {
        kind: GapKind::Clause,
        role: Role::Clause,
        open: |case, _| case.unsaid.contains(&Role::Clause),
    },
    Rule {
        kind: GapKind::Request,
        role: Role::AskDetail,
        open: |case, _| case.ask_detail.is_none() && case.ask_value.is_none_or(|v| v == "other"),
    },
    Rule {
        kind: GapKind::RequestAction,
        role: Role::AskDetail,
        // The outcome, given surely, is what the CSM presses for.
        open: |case, _| {
            case.ask_detail.is_none()
                && case.ask_value == Some("commercial")
                && sure_outcome(case).is_none()
        },
    },
    Rule {
        kind: GapKind::Outcome,
        role: Role::Outcome,
        open: |case, _| case.unsaid.contains(&Role::Outcome),
    },
    Rule {
        kind: GapKind::OutcomeDate,
        role: Role::Outcome,
        // The date at risk bounds the outcome ("launch on time").
        // So does a time from now ("within 2 weeks").
        open: |case, t| {
            case.deadline.is_none()
                && case.outcome.is_some_and(|o| {
                    !names_a_day(o, t)
                        && !crate::report::days::names_a_span(o)
                        && !crate::report::days::names_a_deadline(o)
                })
        },
    },
    Rule {
        kind: GapKind::Impact,
        role: Role::Impact,
        open: |case, _| case.impact.is_none(),
    },
    Rule {
        kind: GapKind::Currency,
        role: Role::Impact,
        open: |case, _| case.impact.is_some_and(bare_amount),
    },
    Rule {
        kind: GapKind::Currency,
        role: Role::Clause,
        open: |case, _| case.clause.is_some_and(bare_amount),
    },
    Rule {
        kind: GapKind::Currency,
        role: Role::AddedDetail,
        open: |case, _| case.added_detail.is_some_and(bare_amount),
    },
    Rule {
        kind: GapKind::SupportCase,
        role: Role::SupportCase,
        open: |case, _| {
            case_wanted(case)
                && !case.no_support_case
                && given_as(case, case.support_case, Role::SupportCase).is_none()
                && shop_affected(case)
        },
    },
    Rule {
        kind: GapKind::SupportCaseProduct,
        role: Role::SupportCase,
        open: |case, _| {
            case_wanted(case)
                && given_as(case, case.support_case, Role::SupportCase).is_none()
                && !shop_affected(case)
        },
    },
    Rule {
        kind: GapKind::SupportCaseFormat,
        role: Role::SupportCase,
        open: |case, _| {
            case_wanted(case) && given_as(case, case.support_case, Role::SupportCase).is_some()
        },
    },
    Rule {
        kind: GapKind::PartnerRole,
        role: Role::PartnerPerson,
        open: |case, _| {
            matches!(case.raised, Raised::Open { .. })
                && case.partner_person.is_none_or(|p| {
                    // A first name the pasted reply completes is complete
                    // (`Case::of`).
                    p.sure_role().is_none() || p.first_name_only()
                })
        },
    },
    Rule {
        kind: GapKind::Decider,
        role: Role::Decider,
        open: |case, _| {
            case.decider
                .is_none_or(|p| p.sure_role().is_none() || p.first_name_only())
        },
    },
    Rule {
        kind: GapKind::DeciderReach,
        role: Role::Decider,
        open: |case, _| {
            let contacted = case.decider_contact == Some("csm")
                || case.decider.is_some_and(|p| asks_for(case, p));
            contacted && case.decider.is_some_and(|p| !reachable(p))
        },
    },
    Rule {
        kind: GapKind::ContactReach,
        role: Role::PartnerPerson,
        open: |case, _| {
            case.decider_contact == Some("csm")
                && case.decider.is_none()
                && case
                    .partner_person
                    .is_some_and(|p| p.is_named() && !reachable(p) && !wrote_from(case, p))
        },
    },
    Rule {
        kind: GapKind::DeciderContact,
        role: Role::DeciderContact,
        // With no decider named too: the CSM may still go to the partner
        // (the contact there), and needs to know that before acting.
        open: |case, _| {
            matches!(case.raised, Raised::Open { .. }) && case.decider_contact.is_none()
        },
    },
    Rule {
        kind: GapKind::DeciderAsked,
        role: Role::DeciderContact,
        open: |case, _| {
            case.decider_contact == Some("not-yet")
                && case.decider.is_some_and(|p| asks_for(case, p))
        },
    },
    Rule {
        kind: GapKind::WentUpAnswer,
        role: Role::WentUpAnswer,
        // Told in the position ("I wrote to Petra Lind on 4 December; no
        // answer."), as the note reads it, it is given.
        open: |case, _| {
            case.went_up == Some(true)
                && !case.went_up_answer.is_some_and(names_a_date)
                && !super::note::went_up_in(case)
                    .1
                    .is_some_and(|told| names_a_date(&told))
        },
    },
    Rule {
        kind: GapKind::Position,
        role: Role::Position,
        // With no answer from the partner too: whether an SLA was invoked
        // matters most then.
        open: |case, _| matches!(case.raised, Raised::Open { .. }) && case.position.is_none(),
    },
    Rule {
        kind: GapKind::ReplyDate,
        role: Role::PartnerAnswer,
        open: |case, _| {
            matches!(case.raised, Raised::Open { answer: Some(answer), .. }
                if super::thread::undated_paste(answer))
        },
    },
    Rule {
        kind: GapKind::SlaInvoked,
        role: Role::Position,
        open: |case, _| {
            case.position.is_some_and(|p| !says_invoked(p))
                && !case.problem.is_some_and(says_invoked)
                && [case.clause, case.position]
                    .into_iter()
                    .flatten()
                    .any(cites_sla)
        },
    },
    Rule {
        kind: GapKind::Currency,
        role: Role::Position,
        open: |case, _| case.position.is_some_and(bare_amount),
    },
    Rule {
        kind: GapKind::EvidenceAccess,
        role: Role::EvidenceAccess,
        // Not when the CSM can open them where they are.
        open: |case, _| {
            case.evidence_access == Some("on-request") && !super::reach::csm_reaches(case)
        },
    },
    Rule {
        kind: GapKind::EvidenceHow,
        role: Role::EvidenceAccess,
        open: |case, _| {
            !matches!(
                case.evidence_access,
                Some("attached" | "links" | "on-request")
            ) && !super::reach::csm_reaches(case)
        },
    },
    Rule {
        kind: GapKind::EvidenceOutOfReach,
        role: Role::EvidenceAccess,
        open: |case, _| super::reach::links_out_of_reach(case),
    },
    Rule {
        kind: GapKind::EvidenceLinks,
        role: Role::EvidenceAccess,
        open: |case, _| case.evidence_access == Some("links") && !links_given(case),
    },
    Rule {
        kind: GapKind::EvidenceWhere,
        role: Role::EvidenceWhere,
        open: |case, _| case.unsaid.contains(&Role::EvidenceWhere),
    },
    Rule {
        kind: GapKind::Reach,
        role: Role::Contact,
        open: |case, _| reach_missing(case) == (true, true),
    },
    Rule {
        kind: GapKind::ReachName,
        role: Role::Contact,
        open: |case, _| reach_missing(case) == (true, false),
    },
    Rule {
        kind: GapKind::ReachPhone,
        role: Role::Contact,
        open: |case, _| reach_missing(case) == (false, true),
    },
];

/// What the partner needs to prioritise that the note to them leaves out.
const NOTE_RULES: &[Rule] = &[
    Rule {
        kind: GapKind::NoteImpact,
        role: Role::Impact,
        open: |case, _| case.impact.is_none(),
    },
    Rule {
        kind: GapKind::NoteDate,
        role: Role::Deadline,
        // A live shop that is down needs no date to be put first.
        open: |case, _| {
            case.deadline.is_none() && case.severity_value != Some(crate::checklist::LIVE_DOWN)
        },
    },
    Rule {
        kind: GapKind::NoteReach,
        role: Role::Contact,
        open: |case, _| {
            case.contact
                .is_none_or(|c| !has_phone(c) && !c.contains('@'))
        },
    },
];

/// The gaps of `eval`'s case, in the order of the rules; only those a
/// question of the checklist can fill, asked with these answers. Then an
/// answer that opens with not knowing (`Case::unsure`), unless a rule
/// asks for its question already.
pub fn find(eval: &Evaluation, t: &dyn Messages) -> Vec<Gap> {
    let mut gaps = open(eval, t, RULES);
    let case = Case::of(eval);
    if matches!(case.raised, Raised::Resolved) {
        return gaps;
    }
    for role in case.unsure.iter().copied() {
        // The account of a company named is no point to confirm.
        if role == Role::AccountId && company_named(&case) {
            continue;
        }
        let Some(key) = key_of(eval, role) else {
            continue;
        };
        if !gaps.iter().any(|g| g.key == key) {
            gaps.push(Gap {
                kind: GapKind::Unsure,
                key,
            });
        }
    }
    gaps
}

/// The answer key of the question of `role` that these answers reach.
fn key_of(eval: &Evaluation, role: Role) -> Option<String> {
    eval.context
        .iter()
        .chain(eval.items.iter().flat_map(|i| &i.questions))
        .find(|g| g.entry.question.role == Some(role))
        .map(|g| g.entry.key())
}

/// As many points open as make a brief too thin to act on: a CSM asks
/// about each before doing anything.
pub const THIN: usize = 5;

/// Is a brief that leaves `open` points under "Still open", of `gaps`,
/// too thin to act on? [`THIN`] points, or two [`essential`] ones: the
/// one rule for the verdict's first lines and the brief's top.
pub fn thin(open: usize, gaps: &[Gap]) -> bool {
    open >= THIN || essential(gaps).len() >= 2
}

/// Is the live shop down? Then a brief too thin to act on goes out now
/// all the same, its open points after it: the verdict's lines and the
/// brief's top say so instead of holding it back.
pub fn send_now(case: &Case) -> bool {
    case.severity_value == Some("live-down")
}

/// The gaps among `gaps` without which a CSM cannot act at all: where it
/// happens, what is at stake, the outcome and by when. Two of them open
/// make a brief thin, as [`THIN`] points open do.
pub fn essential(gaps: &[Gap]) -> Vec<GapKind> {
    const ESSENTIAL: &[GapKind] = &[
        GapKind::Environment,
        GapKind::Product,
        GapKind::Impact,
        GapKind::Outcome,
        GapKind::OutcomeDate,
    ];
    let mut kinds: Vec<GapKind> = Vec::new();
    for gap in gaps {
        if ESSENTIAL.contains(&gap.kind) && !kinds.contains(&gap.kind) {
            kinds.push(gap.kind);
        }
    }
    kinds
}

/// The gaps of the note to the partner, as [`find`] finds the brief's.
pub fn find_for_note(eval: &Evaluation, t: &dyn Messages) -> Vec<Gap> {
    open(eval, t, NOTE_RULES)
}

/// The gaps `rules` find open in `eval`'s case.
fn open(eval: &Evaluation, t: &dyn Messages, rules: &[Rule]) -> Vec<Gap> {
    let case = Case::of(eval);
    if matches!(case.raised, Raised::Resolved) {
        return Vec::new();
    }
    rules
        .iter()
        .filter(|rule| (rule.open)(&case, t))
        .filter_map(|rule| {
            let key = key_of(eval, rule.role)?;
            Some(Gap {
                kind: rule.kind,
                key,
            })
        })
        .collect()
}

/// What the way to reach the merchant leaves out: their full name (a
/// first name alone, or nothing given), and a phone number. The brief
/// comes by email: a phone number is wanted where the shop is down, or
/// where no address is given.
pub fn reach_missing(case: &Case) -> (bool, bool) {
    let down = case.severity_value == Some(crate::checklist::LIVE_DOWN);
    match case
        .contact
        .filter(|_| !case.unsaid.contains(&Role::Contact))
    {
        None => (true, true),
        Some(c) => (
            super::Person::of(c).first_name_only(),
            !has_phone(c) && (down || !c.contains('@')),
        ),
    }
}

/// Does an example, or where the examples are, hold a link?
pub fn links_given(case: &Case) -> bool {
    case.examples
        .iter()
        .map(String::as_str)
        .chain(case.evidence_where)
        .any(crate::evidence::has_link)
}

/// Is the shop on Adobe Commerce on cloud infrastructure?
fn on_cloud(case: &Case) -> bool {
    case.product == Some("cloud")
}

/// Does an answer name the merchant's Adobe account: the answer on it,
/// or the company's after its name ("Example GmbH, org …@AdobeOrg")?
fn account_named(case: &Case) -> bool {
    let after_name = |m: &str| super::Person::of(m).role.is_some_and(names_account);
    case.account_id.is_some_and(names_account)
        || case
            .merchant
            .is_some_and(|m| valid_org_id(m) || after_name(m))
}

/// Was an account given that looks like none: an answer on it that is
/// not a doubt ("don't know, the agency has it" is still open as such),
/// or a malformed organisation ID after the company's name?
fn account_wrong(case: &Case) -> bool {
    given_as(case, case.account_id, Role::AccountId).is_some()
        || case.merchant.is_some_and(is_org_id)
}

/// Is a cloud project ID wanted and not found: on cloud, the live shop
/// affected or the product itself in question (a late project has no
/// use for it), and neither its answer nor the environment holds one.
fn project_wanted(case: &Case) -> bool {
    adobe_can_act(case)
        && on_cloud(case)
        && (shop_affected(case) || asks_about_product(case))
        && !case.cloud_project.is_some_and(has_digit)
        && !case.environment.is_some_and(has_project_id)
}

/// The outcome wanted, when given and not a doubt.
pub fn sure_outcome<'a>(case: &Case<'a>) -> Option<&'a str> {
    case.outcome
        .filter(|_| !case.unsure.contains(&Role::Outcome))
}

/// Is the merchant's company named, surely: the name a CSM knows the
/// accounts they look after by, which makes an organisation ID or
/// contract number a detail (shown when it names one, never still open;
/// one malformed is said to look wrong).
pub fn company_named(case: &Case) -> bool {
    case.merchant.is_some() && !case.unsure.contains(&Role::Merchant)
}

/// Is the deployment (cloud or on-premises) needed before the CSM acts:
/// when the company is not named (the CSM knows a named account's), or
/// where Adobe may have to look into the shop (down or slow) or into the
/// product itself.
fn product_wanted(case: &Case) -> bool {
    !company_named(case)
        || matches!(case.severity_value, Some("live-down" | "degraded"))
        || asks_about_product(case)
}

/// Is an Adobe support case wanted and no number given: the live shop is
/// affected, or the merchant asks about the product itself.
fn case_wanted(case: &Case) -> bool {
    // A live shop down wants a case wherever it runs: the deployment
    // not known yet is no reason to wait for one.
    adobe_can_act(case)
        && (case.product.is_some() || case.severity_value == Some("live-down"))
        && (shop_affected(case) || asks_about_product(case))
        && !case.support_case.is_some_and(has_digit)
}

/// Can Adobe act on the problem, as far as the answers say: not when the
/// merchant puts it down to the partner's own release or code and says
/// there is no support case (a bug of the partner's to fix, where neither
/// a case nor the cloud project helps), unless the product itself is in
/// question or the live shop is down: then a priority case is how Adobe
/// helps at once, whoever's change broke it.
fn adobe_can_act(case: &Case) -> bool {
    !(case.no_support_case && partners_own_change(case))
        || asks_about_product(case)
        || case.severity_value == Some("live-down")
}

/// Does the merchant put the problem down to the partner's own change: a
/// release, deployment or their code, said with the partner in the
/// problem, the topic, an example or the position ("broken since their
/// release on Friday", „seit dem Deployment der Agentur")?
fn partners_own_change(case: &Case) -> bool {
    const CHANGE: &[&str] = &[
        "release",
        "deploy",
        "rollout",
        "roll-out",
        "hotfix",
        "ausgerollt",
        "eingespielt",
        "their code",
        "their changes",
        "ihr code",
        "ihrem code",
        "ihre änderung",
    ];
    const PARTNER: &[&str] = &[
        "partner",
        "partner's",
        "partners",
        "agency",
        "agency's",
        "agentur",
        "dienstleister",
        "their",
        "they",
        "ihr",
        "ihre",
        "ihrem",
        "ihres",
        "ihrer",
    ];
    let name = case
        .partner
        .and_then(|p| p.split_whitespace().next())
        .map(str::to_lowercase);
    [case.problem, case.topic, case.position]
        .into_iter()
        .flatten()
        .chain(case.examples.iter().map(String::as_str))
        .any(|text| {
            let lower = text.to_lowercase();
            let words: Vec<&str> = lower
                .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
                .collect();
            CHANGE.iter().any(|w| lower.contains(w))
                && words
                    .iter()
                    .any(|w| PARTNER.contains(w) || name.as_deref() == Some(*w))
        })
}

/// Is the live shop affected in a way Adobe can look into: down, or
/// degraded on Adobe's cloud? A slow shop on-premises is its hosting's
/// and its partner's to fix: neither a support case nor a cloud project
/// helps the CSM there.
fn shop_affected(case: &Case) -> bool {
    match case.severity_value {
        Some("live-down") => true,
        Some("degraded") => on_cloud(case),
        _ => false,
    }
}

/// Does the ask, or the outcome wanted, ask about the product itself?
fn asks_about_product(case: &Case) -> bool {
    [case.ask_detail, case.outcome]
        .into_iter()
        .flatten()
        .any(asks_of_product)
}

/// `answer`, the answer of `role`, if given and not a doubt: a value
/// the merchant means, which its format rule then judges.
fn given_as<'a>(case: &Case, answer: Option<&'a str>, role: Role) -> Option<&'a str> {
    answer.filter(|_| !case.unsure.contains(&role))
}

/// Words that name an Adobe support case, in either language.
const SUPPORT_CASE: &[&str] = &[
    "support case",
    "adobe support",
    "adobe-support",
    "support ticket",
    "priority case",
    "supportfall",
    "support-fall",
    "support-ticket",
    "supportticket",
];

/// Does `text` (the merchant's ask) speak of an Adobe support case?
pub fn names_support_case(text: &str) -> bool {
    let lower = text.to_lowercase();
    SUPPORT_CASE.iter().any(|w| lower.contains(w))
}

/// The number of a support case in `text` ("Case 01234567 opened
/// Sunday"): its first word with five digits or more.
pub fn case_number(text: &str) -> Option<&str> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .find(|w| w.chars().filter(char::is_ascii_digit).count() >= 5)
}

fn has_digit(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
}

/// Does `text` name the merchant's Adobe account: a well-formed
/// organisation ID, or a contract number (digits) where no malformed
/// organisation ID stands ("salt-spruce@AdobeOrg" names none)? The one
/// rule by which the gap is open and the brief prints the answer.
pub fn names_account(text: &str) -> bool {
    valid_org_id(text) || (!is_org_id(text) && has_digit(text))
}

/// Does `text` hold a well-formed Adobe organisation ID: 24 hex digits,
/// with a digit, before `@AdobeOrg`?
fn valid_org_id(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    lower.match_indices("@adobeorg").any(|(at, _)| {
        let id: String = lower[..at]
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        id.len() == 24 && id.chars().all(|c| c.is_ascii_hexdigit()) && has_digit(&id)
    })
}

/// Does `text` hold an Adobe organisation ID (`…@AdobeOrg`)?
pub fn is_org_id(text: &str) -> bool {
    text.to_ascii_lowercase().contains("@adobeorg")
}

/// Does `text` hold a cloud project ID: a word of 13 or 14 lowercase
/// letters and digits, with both, or a project's address?
pub fn has_project_id(text: &str) -> bool {
    text.contains("/projects/")
        || text
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|word| {
                (13..=14).contains(&word.len())
                    && word
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                    && has_digit(word)
                    && word.chars().any(|c| c.is_ascii_lowercase())
            })
}

/// Does `text` name a day: a date (`evidence`'s recognition, so that a
/// number alone such as "1 s" is none), a month or a weekday in the
/// language?
fn names_a_day(text: &str, t: &dyn Messages) -> bool {
    let lower = text.to_lowercase();
    let words = t.date_words();
    names_a_date(text)
        || words
            .months
            .iter()
            .map(|(name, _)| *name)
            .chain(words.days.iter().map(|(name, _)| *name))
            // "asap" asks for speed but names no day a CSM can hold
            // anyone to.
            .chain(t.day_names().iter().copied().filter(|n| *n != "asap"))
            .any(|name| {
                lower
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|word| word == name)
            })
}

/// Does `text` say since when only vaguely: "for weeks", "since months",
/// „seit Wochen", „seit längerem"?
fn vague_since(text: &str) -> bool {
    const MARKS: &[&str] = &["since", "for", "seit"];
    const SPANS: &[&str] = &[
        "weeks",
        "months",
        "days",
        "ages",
        "wochen",
        "monaten",
        "tagen",
        "längerem",
        "langem",
    ];
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    words.iter().enumerate().any(|(at, word)| {
        MARKS.contains(&word.as_str())
            && words[at + 1..words.len().min(at + 3)]
                .iter()
                .any(|w| SPANS.contains(&w.as_str()))
    })
}

/// Does `text` say the day something started: a day named within the few
/// words after "since", „seit" or "started" ("fails every night since
/// 11/30")?
fn names_a_start(text: &str, t: &dyn Messages) -> bool {
    const MARKS: &[&str] = &["since", "seit", "started", "began", "begann", "starting"];
    let words: Vec<&str> = text.split_whitespace().collect();
    words.iter().enumerate().any(|(at, word)| {
        let word = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        MARKS.contains(&word.as_str())
            && names_a_day(&words[at + 1..words.len().min(at + 6)].join(" "), t)
    })
}

/// Does the ask, or the outcome wanted, name `person` by a word of their
/// name (not a title such as "Dr." or "Frau")?
fn asks_for(case: &Case, person: super::Person) -> bool {
    const TITLES: &[&str] = &["dr", "prof", "frau", "herr", "mr", "mrs", "ms"];
    let names: Vec<String> = person
        .name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3 && !TITLES.contains(&w.to_lowercase().as_str()))
        .map(str::to_lowercase)
        .collect();
    [case.ask_detail, case.outcome]
        .into_iter()
        .flatten()
        .any(|text| {
            text.to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|word| names.iter().any(|n| n == word))
        })
}

/// Does `person`'s answer give a way to reach them: a phone number or an
/// email address?
/// Did `person` send the reply pasted as the partner's answer, with an
/// address in its "From:" line (`From: Kevin Brandt <k.brandt@…>`)? Then
/// the brief shows how to write to them.
fn wrote_from(case: &Case, person: super::Person) -> bool {
    let Raised::Open {
        answer: Some(answer),
        ..
    } = case.raised
    else {
        return false;
    };
    let first = person.name.split_whitespace().next().unwrap_or_default();
    super::thread::sender(answer, case.sender(), None)
        .and_then(|from| from.name)
        .is_some_and(|name| !first.is_empty() && name.split_whitespace().any(|w| w == first))
}

fn reachable(person: super::Person) -> bool {
    let said = [Some(person.name), person.role];
    said.into_iter()
        .flatten()
        .any(|part| has_phone(part) || part.contains('@'))
}

/// Does `text` ask the CSM about the product itself: whether something
/// is normal on the platform, or a defect or limit of it?
fn asks_of_product(text: &str) -> bool {
    const PHRASES: &[&str] = &[
        "is this normal",
        "is that normal",
        "is it normal",
        "normal on cloud",
        "normal on adobe",
        "normal on the platform",
        "normal for adobe",
        "normal ist",
        "ist das normal",
        "ist es normal",
        "normal auf",
        "normal bei adobe",
        "product defect",
        "product bug",
        "platform bug",
        "platform issue",
        "platform limit",
        "core bug",
        "bug in adobe",
        "adobe bug",
        "bug in magento",
        "magento bug",
        "produktfehler",
        "plattformfehler",
        "plattformproblem",
        "fehler in adobe",
        "fehler im produkt",
        "fehler der plattform",
        "grenze der plattform",
    ];
    has_phrase(text, PHRASES)
}

/// Does `text` hold one of `phrases` (lowercase words between blanks)
/// as whole words, whatever the punctuation and case between them?
fn has_phrase(text: &str, phrases: &[&str]) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let joined = format!(" {} ", words.join(" "));
    phrases.iter().any(|p| joined.contains(&format!(" {p} ")))
}

/// Does `text` cite a service level: an SLA, a response or fix time, a
/// priority or severity class ("P1", "Prio 1", "Sev1")?
fn cites_sla(text: &str) -> bool {
    const PHRASES: &[&str] = &[
        "sla",
        "slas",
        "p1",
        "sev1",
        "prio1",
        "reaktionszeit",
        "reaktionszeiten",
        "behebungszeit",
        "wiederherstellungszeit",
        "lösungszeit",
        "prio 1",
        "sev 1",
        "severity 1",
        "priority 1",
        "response time",
        "response within",
        "respond within",
        "resolution time",
        "resolved within",
        "fix time",
        "fixed within",
        "workaround within",
        "reaction time",
    ];
    has_phrase(text, PHRASES)
}

/// Does the position (or the problem) say whether a contractual step
/// was taken: an SLA, a penalty or a warranty invoked, claimed or
/// demanded, in writing or by email; an invoice withheld, put on hold,
/// cut or left unpaid (or that none was)?
fn says_invoked(text: &str) -> bool {
    // Parts of words: "invoke" is also "invoked", "gefordert" also
    // "eingefordert" and "angefordert".
    const SAID: &[&str] = &[
        "invoke",
        "claimed",
        "demanded",
        "we demand",
        "enforce",
        "in writing",
        "written notice",
        "formal notice",
        "formally",
        "breach notice",
        "notified",
        "by email",
        "by e-mail",
        "by mail",
        "via email",
        "in an email",
        "withh",
        "on hold",
        "holding the",
        "not paid",
        "not yet paid",
        "haven't paid",
        "have not paid",
        "unpaid",
        "deducted",
        "geltend",
        "schriftlich",
        "per mail",
        "per e-mail",
        "per email",
        "einschreiben",
        "förmlich",
        "gefordert",
        "fordern",
        "gerügt",
        "mahn",
        "in verzug",
        "frist gesetzt",
        "fristsetzung",
        "zurückgehalten",
        "zurückbehalten",
        "einbehalten",
        "gekürzt",
        "kürzen",
        "gemindert",
        "minderung",
        "nicht bezahlt",
        "nicht gezahlt",
        "nicht überwiesen",
    ];
    let lower = text.to_lowercase();
    // Verbs whose particle stands apart: „halten die Rechnung zurück“,
    // „behalten 10 % ein“.
    let apart = |verb: &str, particle: &str| {
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        words.contains(&verb) && words.contains(&particle)
    };
    SAID.iter().any(|w| lower.contains(w))
        || apart("halten", "zurück")
        || apart("behalten", "zurück")
        || apart("behalten", "ein")
}

/// Does `text` hold a phone number: six digits or more in one run of
/// digits, blanks and `+-/()`?
fn has_phone(text: &str) -> bool {
    let mut digits = 0;
    for c in text.chars() {
        match c {
            '0'..='9' => digits += 1,
            ' ' | '+' | '-' | '/' | '(' | ')' => {}
            _ if digits >= 6 => return true,
            _ => digits = 0,
        }
    }
    digits >= 6
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_vague_since_is_told_from_a_day() {
        for vague in [
            "Seit Wochen passiert nichts.",
            "Nothing has moved for weeks.",
            "slow since several months",
            "seit längerem",
        ] {
            assert!(super::vague_since(vague), "{vague}");
        }
        for not in [
            "Since 3 November checkout fails.",
            "seit dem 02.11.",
            "for the launch",
        ] {
            assert!(!super::vague_since(not), "{not}");
        }
    }

    use super::*;

    #[test]
    fn identifiers_are_recognised_by_their_form() {
        assert!(is_org_id("Kessler GmbH, 1A2B3C4D5E6F7A8B9C0D1E2F@AdobeOrg"));
        assert!(!is_org_id("Kessler GmbH, Vertragsnr. weiß ich nicht"));
        assert!(names_account("7F3E21A09B44C0D10A495C2E@AdobeOrg"));
        assert!(names_account("contract 00982731"));
        assert!(!names_account("salt-spruce@AdobeOrg"));
        assert!(!names_account("salt-spruce2@AdobeOrg"));
        assert!(!names_account("weiß ich nicht"));
        assert!(has_project_id("cloud project vc7x2kq9pzl4m, prod"));
        assert!(has_project_id(
            "https://console.adobecommerce.com/x/projects/abc/"
        ));
        assert!(!has_project_id(
            "cloud project (pro) - don't have the ID handy"
        ));
        assert!(!has_project_id("www.northbayoutfitters.com"));
    }

    #[test]
    fn a_time_from_now_bounds_the_outcome() {
        for text in [
            "A written performance plan from Pixelforge with dates, within 2 weeks",
            "Fix in 3 working days",
            "Ein Plan innerhalb von 10 Tagen",
            "Rückmeldung binnen zwei Wochen",
            "a plan within a week",
        ] {
            assert!(crate::report::days::names_a_span(text), "{text}");
        }
        for text in [
            "Work in 2 teams",
            "a rollback or a fix",
            "3 weeks of rework paid back",
            "Ein verbindlicher Plan für 10 Tage Test",
        ] {
            assert!(!crate::report::days::names_a_span(text), "{text}");
        }
    }

    #[test]
    fn a_company_named_makes_its_account_and_deployment_details() {
        let case = |merchant, severity| Case {
            merchant,
            severity_value: Some(severity),
            ..Case::default()
        };
        let named = case(Some("Fjordline Outdoor AS"), "delay");
        assert!(company_named(&named));
        assert!(!product_wanted(&named));
        assert!(product_wanted(&case(
            Some("Fjordline Outdoor AS"),
            "live-down"
        )));
        assert!(product_wanted(&case(None, "delay")));
        let unsure = Case {
            unsure: vec![Role::Merchant],
            ..named
        };
        assert!(!company_named(&unsure));
    }

    #[test]
    fn a_support_case_and_a_cloud_project_are_wanted_where_adobe_can_look() {
        let case = |severity, product| Case {
            severity_value: Some(severity),
            product: Some(product),
            ..Case::default()
        };
        assert!(shop_affected(&case("live-down", "on-premises")));
        assert!(shop_affected(&case("degraded", "cloud")));
        assert!(!shop_affected(&case("degraded", "on-premises")));
        assert!(!shop_affected(&case("delay", "cloud")));
        assert!(project_wanted(&case("degraded", "cloud")));
        assert!(!project_wanted(&case("delay", "cloud")));
        assert!(!project_wanted(&case("launch-blocked", "cloud")));
        assert!(case_wanted(&case("live-down", "cloud")));
        assert!(!case_wanted(&case("delay", "on-premises")));
    }

    #[test]
    fn no_case_is_wanted_for_the_partners_own_release_said_to_have_none() {
        let problem = "Checkout broken since their release on Friday.";
        let case = |support: bool| Case {
            severity_value: Some("degraded"),
            product: Some("cloud"),
            problem: Some(problem),
            no_support_case: support,
            ..Case::default()
        };
        assert!(!case_wanted(&case(true)));
        assert!(!project_wanted(&case(true)));
        // The live shop down: a priority case helps at once all the same.
        let down = Case {
            severity_value: Some("live-down"),
            ..case(true)
        };
        assert!(case_wanted(&down));
        // Not said to have none: still asked for.
        assert!(case_wanted(&case(false)));
        let de = Case {
            problem: Some("Seit dem Deployment der Agentur am Freitag bricht der Checkout ab."),
            ..case(true)
        };
        assert!(!case_wanted(&de));
        let upgrade = Case {
            problem: Some("Slow since the 2.4.8 upgrade."),
            ..case(true)
        };
        assert!(case_wanted(&upgrade));
    }

    #[test]
    fn a_start_is_a_day_after_since_not_any_date() {
        let en = crate::i18n::Lang::En.messages();
        let de = crate::i18n::Lang::De.messages();
        assert!(names_a_start(
            "Akeneo sync fails every night since 11/30, log attached",
            en
        ));
        assert!(names_a_start("Import bricht seit dem 30.11. ab", de));
        assert!(!names_a_start(
            "2026-10-02 email asking for the release date, no reply",
            en
        ));
        assert!(!names_a_start("since the upgrade, pages are slow", en));
    }

    #[test]
    fn a_phone_is_six_digits_or_more_in_one_run() {
        assert!(has_phone("Jana Weber, +49 30 1234567"));
        assert!(has_phone("(555) 010-2030, after 2 pm"));
        assert!(!has_phone("m.lindner@lindner-wohnen.de"));
        assert!(!has_phone("weekdays 9 to 12"));
    }

    #[test]
    fn a_day_is_digits_a_month_or_a_weekday() {
        let en = crate::i18n::Lang::En.messages();
        let de = crate::i18n::Lang::De.messages();
        assert!(names_a_day("fixed by 1 December", en));
        assert!(names_a_day("a plan by Friday", en));
        assert!(names_a_day("ein Plan bis Freitag", de));
        assert!(!names_a_day("a rollback or a fix", en));
        assert!(!names_a_day("ein verbindlicher Plan", de));
        assert!(!names_a_day(
            "Seiten wieder unter 1 s vor Weihnachtsgeschäft",
            de
        ));
        assert!(names_a_day("fixed by 27.11.", en));
    }

    #[test]
    fn an_sla_is_cited_by_name_time_or_class_and_invoked_in_so_many_words() {
        assert!(cites_sla(
            "Anlage 2 SLA: Prio-1-Störung Reaktion 4h, Behebung 24h"
        ));
        assert!(cites_sla(
            "MSA support addendum - Sev1 response 1 hour 24/7"
        ));
        assert!(cites_sla("P1 incidents: response within 1 hour"));
        assert!(!cites_sla("SOW section 3.4, fixed price; see Slack thread"));
        assert!(!cites_sla("Kap. 5.3 PIM-Anbindung, P10 Meilenstein"));
        assert!(says_invoked("Invoked the SLA in writing on 25 Nov."));
        assert!(says_invoked("No SLA invoked yet."));
        assert!(says_invoked("SLA am 20.11. schriftlich geltend gemacht"));
        assert!(!says_invoked("Sev1 per addendum, they're way past it"));
        for said in [
            "Wir haben per Mail die 4h-SLA eingefordert, heute 8:30.",
            "Die Vertragsstrafe haben wir schriftlich angekündigt.",
            "Teilrechnung 3 halten wir zurück.",
            "Wir behalten 10 % der Rechnung ein.",
            "Die Novemberrechnung haben wir gekürzt.",
            "We demanded the 4h response under the SLA by email this morning.",
            "We put the November invoice on hold.",
            "Claimed the warranty on 2 Dec.",
            "Withheld milestone 3.",
        ] {
            assert!(says_invoked(said), "{said}");
        }
        for not in [
            "They are way past the 4h SLA.",
            "Die Reaktionszeit von 4 Stunden ist längst überschritten.",
        ] {
            assert!(!says_invoked(not), "{not}");
        }
    }

    #[test]
    fn a_question_about_the_product_is_one_of_normal_or_a_defect_of_it() {
        assert!(asks_of_product(
            "Mit Dr. Reiter klären, ob CR 4 berechtigt ist, und uns sagen, ob 12h+ Importzeit bei 48k SKUs auf Cloud normal ist."
        ));
        assert!(asks_of_product(
            "Tell us whether a 40 s reindex is normal on Cloud."
        ));
        assert!(asks_of_product(
            "Find out if this is a product defect or the partner's code."
        ));
        assert!(!asks_of_product(
            "Get the project back to normal by 4 December."
        ));
        assert!(!asks_of_product(
            "Get the shop back to normal on 4 December."
        ));
        assert!(!asks_of_product(
            "Bring ACME's account director into a call."
        ));
    }
}
