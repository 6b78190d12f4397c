//! The case the documents make, gathered from the graded answers by the
//! role each question plays (`checklist::Role`): whom it is about, what is
//! wrong, what is asked, what is at stake, what was done first, and the
//! examples. Questions without a role still show in the brief's checklist.

use super::given::{given, says_none_yet};
use crate::checklist::{Outcome, Role, Window};
use crate::i18n::t;
use crate::verdict::{Evaluation, Graded};
use jiff::civil::Date;

/// What the documents say, each part only if it was answered.
#[derive(Debug, Default, Clone)]
pub struct Case<'a> {
    pub partner: Option<&'a str>,
    pub project: Option<&'a str>,
    pub problem: Option<&'a str>,
    /// The problem as the note to the partner puts it, if worded for them.
    pub note_problem: Option<&'a str>,
    /// The ask in words: the chosen option's label, or the merchant's own.
    pub ask: Option<String>,
    /// The ask in the merchant's own words, if they gave it.
    pub ask_detail: Option<&'a str>,
    pub impact: Option<&'a str>,
    pub deadline: Option<Date>,
    /// What happens on the date at risk, in the merchant's words.
    pub deadline_what: Option<&'a str>,
    pub raised: Raised<'a>,
    /// The merchant re-read what the partner agreed to deliver.
    pub reviewed: Option<bool>,
    /// Deliverables were added after the start.
    pub added: Option<bool>,
    /// The effect of the added work on timeline and budget was worked out.
    pub added_effect: Option<bool>,
    pub examples: &'a [String],
    /// The response window, of the question that waits for it.
    pub window: Option<Window>,
    /// The merchant's company, with its Adobe organisation or contract.
    pub merchant: Option<&'a str>,
    pub environment: Option<&'a str>,
    /// The severity, as its option's label.
    pub severity: Option<String>,
    /// What is broken, in the merchant's few words.
    pub topic: Option<&'a str>,
    /// The outcome wanted, and by when.
    pub outcome: Option<&'a str>,
    /// The Adobe support case, unless its answer says there is none.
    pub support_case: Option<&'a str>,
    /// The answer on the Adobe support case says there is none yet
    /// ("none", „keiner", "n/a"; not "don't know", which is not known).
    pub no_support_case: bool,
    /// The merchant's contact at the partner.
    pub partner_person: Option<Person<'a>>,
    /// How the concern was raised, as its option's label.
    pub channel: Option<String>,
    /// How the concern was raised, when it is one of the ways a message
    /// can name.
    pub channel_kind: Option<Channel>,
    /// Whether it went higher at the partner than the contact.
    pub went_up: Option<bool>,
    /// The pasted reply comes from the decider (its sender or signature
    /// names them): they are the contact when none is named, and it has
    /// reached them, whatever the answer on going higher says.
    pub reply_from_decider: bool,
    /// The clause or deliverable of the statement of work at issue.
    pub clause: Option<&'a str>,
    /// What the merchant has instead of a clause, said after a denial
    /// ("n/a, we only have the support retainer"): the contract, with no
    /// clause at issue (`given::instead`).
    pub contract: Option<&'a str>,
    /// What was added after the start, and its effect.
    pub added_detail: Option<&'a str>,
    /// Where the examples can be seen.
    pub evidence_where: Option<&'a str>,
    /// How the CSM reaches the merchant.
    pub contact: Option<&'a str>,
    /// The Adobe organisation ID or contract number.
    pub account_id: Option<&'a str>,
    pub cloud_project: Option<&'a str>,
    /// Who at the partner can decide.
    pub decider: Option<Person<'a>>,
    /// Whether the CSM may contact the decider directly: the chosen
    /// option's value.
    pub decider_contact: Option<&'a str>,
    /// When it went higher at the partner, and what came back.
    pub went_up_answer: Option<&'a str>,
    /// What the merchant says to the partner's answer.
    pub position: Option<&'a str>,
    /// The chosen values of the choices whose value the documents and
    /// the gaps read: the product, the severity, the ask, the access to
    /// the examples.
    pub product: Option<&'a str>,
    pub severity_value: Option<&'a str>,
    pub ask_value: Option<&'a str>,
    pub evidence_access: Option<&'a str>,
    /// The roles whose text answer was a placeholder ("n/a", "tbd", "?"):
    /// said, but not given, so the CSM would ask for it.
    pub unsaid: Vec<Role>,
    /// The roles whose text answer opens with not knowing and goes on
    /// ("weiß ich nicht, Festpreis glaube ich"): given as written, and
    /// still open (`given::unsure`).
    pub unsure: Vec<Role>,
}

/// How a concern was raised, as far as a message to the partner can say
/// it: the chosen option's value read as one of these, any other as none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    /// By email, letter or another written message.
    Written,
    /// In a call or a meeting.
    Call,
    /// In the partner's ticket system.
    Ticket,
    /// In a chat.
    Chat,
}

impl Channel {
    /// The channel a choice's `value` names, if it names one.
    pub fn of(value: &str) -> Option<Channel> {
        match value.trim().to_ascii_lowercase().as_str() {
            "email" | "e-mail" | "mail" | "written" | "letter" => Some(Channel::Written),
            "call" | "meeting" | "phone" => Some(Channel::Call),
            "ticket" => Some(Channel::Ticket),
            "chat" => Some(Channel::Chat),
            _ => None,
        }
    }
}

/// How a contract is paid, as the merchant names it with the clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pricing {
    /// A fixed price („Festpreis", „Werkvertrag").
    Fixed,
    /// Time and materials („nach Aufwand").
    TimeAndMaterials,
}

impl Pricing {
    /// The kind of contract `text` names, if it names one and only one.
    pub fn of(text: &str) -> Option<Pricing> {
        const FIXED: &[&str] = &[
            "fixed price",
            "fixed-price",
            "fixed fee",
            "festpreis",
            "pauschal",
            "werkvertrag",
        ];
        const HOURLY: &[&str] = &[
            "time and material",
            "time & material",
            "time-and-material",
            "t&m",
            "hourly",
            "nach aufwand",
            "aufwandsbasis",
            "stundenbasis",
            "dienstvertrag",
        ];
        let lower = text.to_lowercase();
        let says = |words: &[&str]| words.iter().any(|w| lower.contains(w));
        match (says(FIXED), says(HOURLY)) {
            (true, false) => Some(Pricing::Fixed),
            (false, true) => Some(Pricing::TimeAndMaterials),
            _ => None,
        }
    }
}

/// A person named as "name, role": the name before the first comma, the
/// rest as the role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Person<'a> {
    pub name: &'a str,
    pub role: Option<&'a str>,
}

impl<'a> Person<'a> {
    /// Does the name read as a person's, or a team's, not as a role
    /// ("on-call", "the PM")? A role starts with a lower-case letter or
    /// an article.
    pub fn is_named(&self) -> bool {
        let first = self.name.split_whitespace().next().unwrap_or_default();
        let article = ARTICLES.contains(&first.to_lowercase().as_str());
        !article && !first.starts_with(char::is_lowercase)
    }

    /// The person as a role, without a bracket that only repeats the
    /// partner's name: "on-call (Brightforge)" at Brightforge Digital is
    /// "on-call".
    pub fn as_role(&self, partner: Option<&str>) -> String {
        let text = match self.role {
            Some(role) => format!("{}{}", self.name, crate::i18n::aside(role, ", ", "")),
            None => self.name.to_owned(),
        };
        let partner = partner.unwrap_or_default().to_lowercase();
        let kept = super::names::brackets_kept(&text, (&['('], &[')']), |bracket| {
            let inner = bracket.trim_matches(['(', ')']).trim().to_lowercase();
            inner.is_empty() || partner.is_empty() || !partner.contains(&inner)
        });
        kept.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// Does the answer name this person alone, and surely: no guess or
    /// doubt in it ("he says he decides, I'd say it's the owner"), and no
    /// second person after the role ("account manager, Mike Tran")?
    pub fn named_alone(&self) -> bool {
        let pieces: Vec<&str> = self
            .role
            .unwrap_or_default()
            .split([',', ';', '/'])
            .flat_map(|p| p.split(" - "))
            .collect();
        // A piece after the role that reads as a name: two or three
        // words, each capitalised, no digit or address.
        let another = pieces.iter().skip(1).any(|piece| {
            let words: Vec<&str> = piece.split_whitespace().collect();
            (2..=3).contains(&words.len())
                && words.iter().all(|w| {
                    w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic)
                })
        });
        let said = [Some(self.name), self.role].into_iter().flatten();
        !another && !said.into_iter().any(super::given::guesses)
    }

    /// The role, when given and not a guess: "dev lead I think" names
    /// none a CSM can rely on, so the role is still to come.
    pub fn sure_role(&self) -> Option<&'a str> {
        self.role.filter(|r| !super::given::guesses(r))
    }

    /// Is the name a single word, a first name alone ("Amy")?
    pub fn first_name_only(&self) -> bool {
        self.name.split_whitespace().count() < 2
    }

    /// `text` read as a name, then a role after the first comma or dash
    /// between blanks (`" - "`, `" – "`, `" — "`). A name written with a
    /// filler or a doubt ("Sam something", "a Marc or Mark") is the part
    /// the merchant is sure of (`given::name_said`).
    pub fn of(text: &'a str) -> Person<'a> {
        let person = Person::split(text);
        Person {
            name: super::given::name_said(person.name),
            ..person
        }
    }

    /// `text` split into a name and a role, as [`Person::of`] reads it.
    fn split(text: &'a str) -> Person<'a> {
        let split = [",", " - ", " \u{2013} ", " \u{2014} "]
            .iter()
            .filter_map(|sep| text.find(sep).map(|at| (at, sep.len())))
            .min();
        // "Kevin Roth (Teamlead Dev)": the role in brackets after the name.
        if split.is_none() {
            if let Some((name, role)) = text
                .trim()
                .strip_suffix(')')
                .and_then(|t| t.split_once('('))
            {
                // A blank before the bracket, as in a name: not a link's.
                if name.ends_with(' ') && !name.trim().is_empty() && !role.trim().is_empty() {
                    return Person {
                        name: name.trim(),
                        role: Some(role.trim()),
                    };
                }
            }
        }
        match split {
            // "Kevin (on-call engineer) - not sure of surname": the name
            // holds its role in brackets already; split, the rest would
            // read as a second role. Kept as written.
            Some((at, _)) if text[..at].contains(['(', ')']) => Person {
                name: text.trim(),
                role: None,
            },
            Some((at, len)) if !text[..at].trim().is_empty() => Person {
                name: text[..at].trim(),
                // "Tom Wagner, n/a": a role not given is none.
                role: given(&text[at + len..]),
            },
            _ => Person {
                name: text.trim(),
                role: None,
            },
        }
    }
}

/// Words that start a role, not a name, in either language.
const ARTICLES: &[&str] = &[
    "the", "their", "our", "your", "a", "an", "der", "die", "das", "den", "dem", "ihr", "ihre",
    "unser", "unsere",
];

/// The brief's one-line summary, each part worded already (dates as the
/// language writes them).
#[derive(Debug, Default)]
pub struct Summary<'a> {
    pub merchant: Option<&'a str>,
    pub partner: Option<&'a str>,
    pub project: Option<&'a str>,
    /// What is broken: the merchant's few words, else the severity's
    /// label.
    pub severity: Option<&'a str>,
    /// The day a live shop that is down went down.
    pub since: Option<String>,
    /// The date at risk.
    pub deadline: Option<super::Urgent<'a>>,
    /// When the concern was raised, if it is still open.
    pub raised_on: Option<String>,
    /// What the partner answered to it, as the first lines say it.
    pub replied: Replied,
}

/// The partner's answer as the brief's first lines tell it: a CSM
/// skimming them must see a refusal, an offer for a price or the cause
/// put elsewhere apart from silence, and no more than its words show.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum Replied {
    /// An answer that leaves it open.
    #[default]
    Open,
    /// No answer came.
    Not,
    /// The answer refuses it (out of scope, "we cannot").
    Refused,
    /// The answer offers it for a price (a change request, a quote).
    Paid,
    /// The answer puts the cause elsewhere (a third party, the
    /// merchant's own systems).
    Elsewhere,
    /// Both: the cause elsewhere, and more work only for a price.
    ElsewherePaid,
    /// An answer that none of these words show: given below, not
    /// judged.
    Answered,
}

/// With whom, how and when the concern was raised.
#[derive(Debug, Default)]
pub struct RaisedWith<'a> {
    pub partner: Option<&'a str>,
    pub person: Option<Person<'a>>,
    /// The contact at the partner given as a role, not a person ("the
    /// on-call engineer"): in place of `person`.
    pub role: Option<&'a str>,
    /// The channel's option label.
    pub channel: Option<&'a str>,
    /// The date, as the language writes it.
    pub when: Option<&'a str>,
}

/// Where the concern stands with the partner.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum Raised<'a> {
    #[default]
    Unknown,
    NotYet,
    Resolved,
    /// Raised (on a date, if known), and still open; the partner's answer.
    Open {
        on: Option<Date>,
        answer: Option<&'a str>,
    },
}

impl<'a> Case<'a> {
    /// The case as the note to the partner may use it: an answer that
    /// opens with not knowing ("weiß ich nicht, Festpreis glaube ich") is
    /// the merchant's doubt, for the CSM only, never said to the partner.
    pub fn sure(eval: &'a Evaluation) -> Case<'a> {
        let mut case = Case::of(eval);
        for role in std::mem::take(&mut case.unsure) {
            let field = match role {
                Role::Partner => &mut case.partner,
                Role::Project => &mut case.project,
                Role::Problem => &mut case.problem,
                Role::NoteProblem => &mut case.note_problem,
                Role::AskDetail => &mut case.ask_detail,
                Role::Impact => &mut case.impact,
                Role::DeadlineWhat => &mut case.deadline_what,
                Role::Merchant => &mut case.merchant,
                Role::Environment => &mut case.environment,
                Role::Topic => &mut case.topic,
                Role::Outcome => &mut case.outcome,
                Role::SupportCase => &mut case.support_case,
                Role::Clause => &mut case.clause,
                Role::AddedDetail => &mut case.added_detail,
                Role::EvidenceWhere => &mut case.evidence_where,
                Role::Contact => &mut case.contact,
                Role::AccountId => &mut case.account_id,
                Role::CloudProject => &mut case.cloud_project,
                Role::WentUpAnswer => &mut case.went_up_answer,
                Role::Position => &mut case.position,
                Role::PartnerAnswer => {
                    if let Raised::Open { answer, .. } = &mut case.raised {
                        *answer = None;
                    }
                    continue;
                }
                _ => continue,
            };
            *field = None;
        }
        case
    }

    /// Is there a live shop, as far as the answers say? None when the
    /// environment, the problem, the topic or the project says there is
    /// no production yet ("not live yet", "pre-launch", „noch keine
    /// Produktion"): then no sentence speaks of a live shop.
    pub fn live_shop(&self) -> bool {
        const NONE_YET: &[&str] = &[
            "no production",
            "not in production",
            "no live shop",
            "not live yet",
            "not yet live",
            "pre-launch",
            "prelaunch",
            "pre launch",
            "never been live",
            "keine produktion",
            "noch nicht live",
            "noch nicht produktiv",
            "kein live-shop",
            "kein liveshop",
            "vor dem go-live",
            "vor go-live",
        ];
        ![self.environment, self.problem, self.topic, self.project]
            .into_iter()
            .flatten()
            .any(|text| {
                let lower = text.to_lowercase();
                NONE_YET.iter().any(|phrase| lower.contains(phrase))
            })
    }

    /// The merchant's own name, as their contact answer gives it: a
    /// message quoted under it in a pasted thread is theirs.
    pub fn sender(&self) -> Option<&'a str> {
        self.contact.map(|c| Person::of(c).name)
    }

    pub fn of(eval: &'a Evaluation) -> Case<'a> {
        let graded = || {
            eval.context
                .iter()
                .chain(eval.items.iter().flat_map(|i| &i.questions))
        };
        let by_role = |role: Role| graded().find(|g| g.entry.question.role == Some(role));
        let value = |role| by_role(role).and_then(|g| g.answer.map(|a| &a.value));
        // Blank or a placeholder ("n/a", "tbd", "?"): not given.
        let said = |role| value(role)?.as_text();
        let text = |role| given(said(role)?);
        // A person read from an answer that opens with not knowing
        // („keine Ahnung, vielleicht Herr Kurz") is nobody to name: its
        // words stay where the brief prints the answer under its label.
        let person = |role| {
            text(role)
                .filter(|t| !super::given::unsure(t))
                .map(Person::of)
        };
        let date = |role| value(role)?.as_date();
        let yes = |role| value(role)?.as_bool();
        let label = |role| {
            let g = by_role(role)?;
            g.answer.map(|a| a.value.text(g.entry.question, t()))
        };
        let ask = text(Role::AskDetail)
            .map(str::to_owned)
            .or_else(|| label(Role::Ask));
        let raised = match by_role(Role::Raised).and_then(outcome) {
            Some(Outcome::Fail) => Raised::NotYet,
            Some(Outcome::Stop) => Raised::Resolved,
            Some(Outcome::Pass) => Raised::Open {
                on: date(Role::RaisedOn),
                // "No answer" is none to quote.
                answer: text(Role::PartnerAnswer).filter(|a| !super::note::says_only_no_reply(a)),
            },
            None => Raised::Unknown,
        };
        let examples = value(Role::Examples)
            .and_then(|v| v.as_list())
            .unwrap_or_default();
        let window = eval.checklist.window();
        let chosen = |role| value(role)?.as_choice();
        let unsaid = graded()
            .filter_map(|g| {
                let role = g.entry.question.role?;
                let said = g.answer?.value.as_text()?;
                let none = match role {
                    Role::SupportCase => says_none_yet(said),
                    Role::PartnerAnswer => super::given::says_no_answer(said),
                    _ => false,
                };
                (!said.trim().is_empty() && given(said).is_none() && !none).then_some(role)
            })
            .collect();
        let unsure = graded()
            .filter_map(|g| {
                let role = g.entry.question.role?;
                super::given::unsure(g.answer?.value.as_text()?).then_some(role)
            })
            .collect();

        // A first name alone ("Nina") is completed by the pasted
        // reply's sender or signature ("Von: Nina Hartmann"): one name
        // wherever a document names the contact.
        let partner_person = person(Role::PartnerPerson).map(|p| match &raised {
            Raised::Open {
                answer: Some(answer),
                ..
            } if p.first_name_only() => {
                super::thread::full_name(answer, p.name).map_or(p, |name| Person { name, ..p })
            }
            _ => p,
        });

        // The reply from the decider ("From: Anna Berg", signed "Anna"):
        // the contact, when none is named.
        let decider = person(Role::Decider);
        let reply_from_decider = match (&raised, decider) {
            (
                Raised::Open {
                    answer: Some(answer),
                    ..
                },
                Some(d),
            ) if d.is_named() => d.name.split_whitespace().next().is_some_and(|first| {
                super::thread::full_name(answer, first)
                    .is_some_and(|full| full.eq_ignore_ascii_case(d.name))
            }),
            _ => false,
        };
        let partner_person = partner_person.or(decider.filter(|_| reply_from_decider));

        Case {
            partner: text(Role::Partner),
            project: text(Role::Project),
            problem: text(Role::Problem),
            note_problem: text(Role::NoteProblem),
            ask,
            ask_detail: text(Role::AskDetail),
            impact: text(Role::Impact),
            deadline: date(Role::Deadline),
            deadline_what: text(Role::DeadlineWhat).filter(|_| date(Role::Deadline).is_some()),
            raised,
            reviewed: yes(Role::Reviewed),
            added: yes(Role::Added),
            added_effect: yes(Role::AddedEffect),
            examples,
            window,
            merchant: text(Role::Merchant),
            environment: text(Role::Environment),
            severity: label(Role::Severity),
            topic: text(Role::Topic),
            outcome: text(Role::Outcome),
            support_case: text(Role::SupportCase),
            no_support_case: said(Role::SupportCase).is_some_and(says_none_yet),
            partner_person,
            channel: label(Role::Channel),
            channel_kind: value(Role::Channel)
                .and_then(|v| v.as_choice())
                .and_then(Channel::of),
            went_up: yes(Role::WentUp),
            reply_from_decider,
            clause: text(Role::Clause).filter(|c| super::given::instead(c).is_none()),
            contract: text(Role::Clause).and_then(super::given::instead),
            added_detail: text(Role::AddedDetail),
            evidence_where: text(Role::EvidenceWhere),
            contact: text(Role::Contact),
            account_id: text(Role::AccountId),
            cloud_project: text(Role::CloudProject),
            decider,
            decider_contact: chosen(Role::DeciderContact),
            went_up_answer: text(Role::WentUpAnswer),
            position: text(Role::Position),
            product: chosen(Role::Product),
            severity_value: chosen(Role::Severity),
            ask_value: chosen(Role::Ask),
            evidence_access: chosen(Role::EvidenceAccess),
            unsaid,
            unsure,
        }
    }
}

/// The outcome of the option chosen for `g`, a choice.
fn outcome(g: &Graded) -> Option<Outcome> {
    let chosen = g.answer?.value.as_choice()?;
    g.entry.question.option(chosen)?.outcome
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::answers::{Answer, Answers, Source, Value};
    use crate::checklist::Checklist;
    use crate::clock::Clock;

    fn builtin() -> Checklist {
        crate::checklist::load_str("en", crate::i18n::Lang::En.checklist()).unwrap()
    }

    fn answers(pairs: &[(&str, Value)]) -> Answers {
        let mut answers = Answers::default();
        for (key, value) in pairs {
            let value = value.clone();
            let source = Source::Flag;
            answers.set((*key).to_owned(), Answer { value, source });
        }
        answers
    }

    fn text(text: &str) -> Value {
        Value::Text(text.to_owned())
    }

    fn choice(value: &str) -> Value {
        Value::Choice(value.to_owned())
    }

    const CLOCK: fn() -> Clock = || Clock::fixed(jiff::civil::date(2026, 11, 25));

    #[test]
    fn a_live_shop_is_there_unless_the_answers_say_there_is_none_yet() {
        let with = |environment| Case {
            environment: Some(environment),
            ..Case::default()
        };
        assert!(Case::default().live_shop());
        assert!(with("www.example.com, production").live_shop());
        assert!(with("no access to production, staging only").live_shop());
        assert!(!with("noch keine Produktion, Entwicklung beim Partner").live_shop());
        assert!(!with("staging, not live yet").live_shop());
        assert!(!with("Pre-launch, staging.example.com").live_shop());
        assert!(!with("Staging, noch nicht live").live_shop());
    }

    #[test]
    fn each_part_of_the_case_comes_from_the_question_of_its_role() {
        let checklist = builtin();
        let day = |d| jiff::civil::date(2026, 11, d);
        let given = answers(&[
            ("context.partner", text(" ACME ")),
            ("context.project", text("Relaunch")),
            ("context.ask", choice("joint-call")),
            ("context.impact", text("Campaign booked")),
            ("context.at-risk", Value::Date(day(30))),
            ("scope.reviewed-deliverables", Value::Bool(true)),
            ("scope.deliverables-added", Value::Bool(false)),
            ("partner-contact.raised", choice("unresolved")),
            ("partner-contact.raised-on", Value::Date(day(10))),
            ("partner-contact.partner-answer", text("Soon")),
            ("specificity.examples", Value::List(vec!["#48".into()])),
            ("specificity.problem", text("Checkout fails")),
        ]);
        let eval = crate::verdict::evaluate(&checklist, &given, &CLOCK()).unwrap();
        let case = Case::of(&eval);
        assert_eq!(case.partner, Some("ACME"));
        assert_eq!(case.project, Some("Relaunch"));
        assert_eq!(case.problem, Some("Checkout fails"));
        assert_eq!(
            case.ask.as_deref(),
            Some("Set up a call with the partner and me")
        );
        assert_eq!(case.impact, Some("Campaign booked"));
        assert_eq!(case.deadline, Some(day(30)));
        let on = Some(day(10));
        let answer = Some("Soon");
        assert_eq!(case.raised, Raised::Open { on, answer });
        assert_eq!((case.reviewed, case.added), (Some(true), Some(false)));
        assert_eq!(case.examples, ["#48"]);
        // The window of the raised-on question: three days.
        let opens = case
            .window
            .and_then(|window| window.opens(day(10), Default::default()));
        assert_eq!(opens, Some(day(13)));
    }

    #[test]
    fn a_contact_is_a_name_or_a_role_without_the_partner_repeated() {
        for (text, named) in [
            ("Priya Nair, on-call engineer", true),
            ("Support Team", true),
            ("on-call (Brightforge)", false),
            ("the PM", false),
            ("ihre Projektleitung", false),
        ] {
            assert_eq!(Person::of(text).is_named(), named, "{text}");
        }
        // A name with its role in brackets already is kept as written:
        // what follows is no second role.
        for text in [
            "Kevin (on-call engineer) - not sure of surname",
            "Kevin (Bereitschaft), Nachname unbekannt",
        ] {
            let kept = Person::of(text);
            assert_eq!((kept.name, kept.role), (text, None), "{text}");
        }
        let role = Person::of("on-call (Brightforge)");
        assert_eq!(role.as_role(Some("Brightforge Digital")), "on-call");
        assert_eq!(role.as_role(Some("ACME")), "on-call (Brightforge)");
        assert_eq!(role.as_role(None), "on-call (Brightforge)");
    }

    #[test]
    fn blank_text_is_no_part_and_the_raised_choice_says_where_it_stands() {
        let checklist = builtin();
        for (raised, expected) in [("not-yet", Raised::NotYet), ("resolved", Raised::Resolved)] {
            let given = answers(&[
                ("context.partner", text("  ")),
                ("context.ask", choice("other")),
                ("context.ask-other", text("A review")),
                ("partner-contact.raised", choice(raised)),
            ]);
            let eval = crate::verdict::evaluate(&checklist, &given, &CLOCK()).unwrap();
            let case = Case::of(&eval);
            assert_eq!(case.partner, None, "{raised}");
            assert_eq!(case.ask.as_deref(), Some("A review"), "{raised}");
            assert_eq!(case.raised, expected);
            assert!(case.examples.is_empty());
        }
        let none = Answers::default();
        let eval = crate::verdict::evaluate(&checklist, &none, &CLOCK()).unwrap();
        assert_eq!(Case::of(&eval).raised, Raised::Unknown);
    }
}
