//! Roles: the part a question's answer plays in the brief and the note to
//! the partner, and the kind of question each role needs.

use super::Kind;
use schemars::JsonSchema;
use serde::Deserialize;

/// The part an answer plays in the documents escalate writes. Each role
/// is taken by one question at most, of the kind [`Role::kind`] names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// The partner's name.
    Partner,
    /// The project's name, or the contract or statement-of-work reference.
    Project,
    /// How the CSM reaches the merchant.
    Contact,
    /// What is wrong, and since when.
    Problem,
    /// What is wrong, as the message to the partner puts it to them.
    NoteProblem,
    /// What the merchant asks of the CSM.
    Ask,
    /// The ask in the merchant's words, when no option fits.
    AskDetail,
    /// What is at stake.
    Impact,
    /// The date at risk.
    Deadline,
    /// What happens on the date at risk (a go-live, a sale, an invoice
    /// due), in the merchant's words.
    DeadlineWhat,
    /// Whether the merchant re-read what the partner agreed to deliver.
    Reviewed,
    /// Whether deliverables were added after the start.
    Added,
    /// Whether the effect of the added work on timeline and budget was
    /// worked out.
    AddedEffect,
    /// Whether the concern was raised with the partner: an option with the
    /// outcome `fail` means not yet, `stop` resolved, `pass` still open.
    Raised,
    /// When it was raised.
    RaisedOn,
    /// What the partner answered.
    PartnerAnswer,
    /// The examples that show the problem.
    Examples,
    /// The merchant's company, with its Adobe organisation or contract
    /// reference when known.
    Merchant,
    /// Where the problem is: the production URL or cloud project, the
    /// extension or integration concerned.
    Environment,
    /// How severe it is, as a choice a CSM recognises (the live shop down,
    /// a launch blocked, …).
    Severity,
    /// What is broken, in a few words, for the subject lines.
    Topic,
    /// The outcome the merchant wants, and by when.
    Outcome,
    /// An Adobe support case about the problem, if there is one.
    SupportCase,
    /// The merchant's contact at the partner: name, then role.
    PartnerPerson,
    /// How the concern was raised with the partner (email, call, …).
    Channel,
    /// Whether it went higher at the partner than the contact.
    WentUp,
    /// The clause or deliverable of the statement of work at issue.
    Clause,
    /// What was added after the start, and its effect.
    AddedDetail,
    /// Where the CSM can see the examples: whose ticket system, which
    /// mailbox or thread.
    EvidenceWhere,
    /// The merchant's Adobe organisation ID or contract number.
    AccountId,
    /// The ID of the cloud project.
    CloudProject,
    /// The Adobe Commerce deployment: a choice whose value `cloud` means
    /// Adobe Commerce on cloud infrastructure.
    Product,
    /// Who at the partner can decide: name, then role.
    Decider,
    /// Whether the CSM can see the examples without asking: attached,
    /// linked, or only on request.
    EvidenceAccess,
    /// Whether the CSM may contact the decider directly, when it has not
    /// gone higher at the partner: a choice whose shipped values are
    /// `csm`, `me-first` and `not-yet`.
    DeciderContact,
    /// When it went higher at the partner, to whom, and what they answered.
    WentUpAnswer,
    /// What the merchant says to the partner's answer, and any step taken
    /// under the contract.
    Position,
}

impl Role {
    /// The kind of question that can take this role.
    pub fn kind(self) -> Kind {
        match self {
            Role::Ask
            | Role::Raised
            | Role::Severity
            | Role::Channel
            | Role::EvidenceAccess
            | Role::DeciderContact
            | Role::Product => Kind::Choice,
            Role::Deadline | Role::RaisedOn => Kind::Date,
            Role::Examples => Kind::List,
            Role::Reviewed | Role::Added | Role::AddedEffect | Role::WentUp => Kind::Confirm,
            Role::Partner
            | Role::Project
            | Role::Contact
            | Role::Problem
            | Role::NoteProblem
            | Role::AskDetail
            | Role::Impact
            | Role::DeadlineWhat
            | Role::Topic
            | Role::PartnerAnswer
            | Role::Merchant
            | Role::Environment
            | Role::Outcome
            | Role::SupportCase
            | Role::PartnerPerson
            | Role::Clause
            | Role::AddedDetail
            | Role::EvidenceWhere
            | Role::AccountId
            | Role::CloudProject
            | Role::Decider
            | Role::WentUpAnswer
            | Role::Position => Kind::Text,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Role::Partner => "partner",
            Role::Project => "project",
            Role::Contact => "contact",
            Role::Problem => "problem",
            Role::NoteProblem => "note-problem",
            Role::Ask => "ask",
            Role::AskDetail => "ask-detail",
            Role::Impact => "impact",
            Role::Deadline => "deadline",
            Role::DeadlineWhat => "deadline-what",
            Role::Reviewed => "reviewed",
            Role::Added => "added",
            Role::AddedEffect => "added-effect",
            Role::Raised => "raised",
            Role::RaisedOn => "raised-on",
            Role::PartnerAnswer => "partner-answer",
            Role::Examples => "examples",
            Role::Merchant => "merchant",
            Role::Environment => "environment",
            Role::Severity => "severity",
            Role::Topic => "topic",
            Role::Outcome => "outcome",
            Role::SupportCase => "support-case",
            Role::PartnerPerson => "partner-person",
            Role::Channel => "channel",
            Role::WentUp => "went-up",
            Role::Clause => "clause",
            Role::AddedDetail => "added-detail",
            Role::EvidenceWhere => "evidence-where",
            Role::AccountId => "account-id",
            Role::CloudProject => "cloud-project",
            Role::Decider => "decider",
            Role::Product => "product",
            Role::EvidenceAccess => "evidence-access",
            Role::DeciderContact => "decider-contact",
            Role::WentUpAnswer => "went-up-answer",
            Role::Position => "position",
        }
    }
}
