//! The English messages.
//!
//! One file holds all of the language: what it says about the kinds of
//! question and their answers (`KindWords`), then every other sentence in
//! the order of the `Messages` trait, so a translator reads them side by
//! side; that makes it long.

use super::{Channel, EditorProblem, Messages, Refused};
use crate::checklist::{Expected, Kind, KindWords};
use crate::clock::{DateShape, DateWords};
use crate::read::Syntax;
use crate::read::rule::{Id, Rule};
use crate::report::{Addressee, Replied, Title};
use jiff::civil::Date;

/// English.
pub struct En;

impl KindWords for En {
    fn yes_words(&self) -> &'static [&'static str] {
        &["y", "yes"]
    }

    fn no_words(&self) -> &'static [&'static str] {
        &["n", "no"]
    }

    fn date_words(&self) -> &'static DateWords {
        &DateWords {
            days: &[("today", 0), ("yesterday", 1)],
            months: &[
                ("january", 1),
                ("february", 2),
                ("march", 3),
                ("april", 4),
                ("may", 5),
                ("june", 6),
                ("july", 7),
                ("august", 8),
                ("september", 9),
                ("october", 10),
                ("november", 11),
                ("december", 12),
            ],
        }
    }

    fn date_shapes(&self) -> &'static [DateShape] {
        &[]
    }

    fn yes(&self) -> &'static str {
        "yes"
    }

    fn no(&self) -> &'static str {
        "no"
    }

    fn none(&self) -> &'static str {
        "none"
    }

    fn date(&self, date: Date) -> String {
        // `25 Nov 2026`, written out here rather than by a format string,
        // whose interpreter is a large part of the binary.
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let month = MONTHS[usize::from(date.month().unsigned_abs()) - 1];
        format!("{} {month} {:04}", date.day(), date.year())
    }

    fn topic(&self, kind: Kind) -> &'static str {
        match kind {
            Kind::Confirm => "yes/no",
            Kind::Date => "YYYY-MM-DD",
            Kind::Choice => "choice",
            Kind::Text | Kind::List => "answer",
        }
    }

    fn note(&self, kind: Kind, allowed: &str) -> String {
        match kind {
            Kind::Confirm => "yes or no".to_owned(),
            Kind::Choice => format!("one of: {allowed}"),
            Kind::Text => "text".to_owned(),
            Kind::List => "a list: one `- entry` per line".to_owned(),
            Kind::Date => "a date, YYYY-MM-DD".to_owned(),
        }
    }

    fn expected(&self, expected: &Expected) -> String {
        match expected {
            Expected::YesNo => "expected yes or no (y/n)".to_owned(),
            Expected::Choice { options, .. } => {
                let (values, n) = (super::options(options, ('"', '"')), options.len());
                format!("expected one of: {values}; or a number from 1 to {n}")
            }
            Expected::Text => "expected text".to_owned(),
            Expected::NotBlank => {
                "this question needs an answer; it cannot be left empty".to_owned()
            }
            Expected::List => "expected a list of text entries".to_owned(),
            Expected::Date => "expected a date as YYYY-MM-DD, like 2026-03-01".to_owned(),
            Expected::NoSuchDay => {
                "the calendar has no such day; check the day and the month".to_owned()
            }
            Expected::NotAfter(today) => {
                let today = self.date(*today);
                format!("the date is after today ({today})")
            }
            Expected::AtMost(most) => {
                format!(
                    "too long: at most {} characters",
                    super::grouped(*most, ',')
                )
            }
            Expected::LinesOfAtMost(most) => format!(
                "a line is too long: at most {} characters a line; break it into lines or shorten it",
                super::grouped(*most, ',')
            ),
        }
    }
}

impl Messages for En {
    fn code(&self) -> &'static str {
        "en"
    }

    fn checklist(&self) -> &'static str {
        include_str!("../../checklists/partner-escalation.en.yaml")
    }

    fn verdict_ready(&self) -> &'static str {
        "Ready to escalate."
    }

    fn verdict_not_ready(&self) -> &'static str {
        "Not ready to escalate yet."
    }

    fn verdict_not_needed(&self) -> &'static str {
        "No escalation needed."
    }

    fn explain_ready(&self) -> &'static str {
        "Contact your CSM now, and send them the brief or your examples."
    }

    fn ask_support_first(&self, case: Option<&str>) -> String {
        match case {
            Some("") => "First, please push our priority support case at Adobe.".to_owned(),
            Some(number) => {
                format!("First, please push the priority support case {number} at Adobe.")
            }
            None => "First, please help me open a priority support case at Adobe.".to_owned(),
        }
    }

    fn explain_ready_draft(&self) -> &'static str {
        "The brief is a draft until the points it leaves open are in; send it to your CSM after that."
    }

    fn explain_not_ready(&self) -> &'static str {
        "Do this first, then run the check again:"
    }

    fn explain_not_needed(&self) -> &'static str {
        "Your partner resolved the concern. Run the check again if the problem comes back."
    }

    fn status_pass(&self) -> &'static str {
        "done"
    }

    fn status_fail(&self) -> &'static str {
        "to do"
    }

    fn status_info(&self) -> &'static str {
        "noted"
    }

    fn status_stop(&self) -> &'static str {
        "resolved"
    }

    fn status_skipped(&self) -> &'static str {
        "skipped"
    }

    fn warnings(&self) -> &'static str {
        "Warnings"
    }

    fn revisit(&self, prompt: &str) -> String {
        format!("Revisit this question: {prompt}")
    }

    fn md_examples(&self) -> &'static str {
        "Examples"
    }

    fn md_next_steps(&self) -> &'static str {
        "Next steps"
    }

    fn few_entries(&self, name: &str, got: usize, want: usize) -> String {
        format!("{name}: {got} given; {want} or more make the case clearer")
    }

    fn weak_evidence(&self, entry: &str) -> String {
        format!(
            "\"{entry}\" has no date, link or ticket number; adding one lets your CSM check it quickly"
        )
    }

    fn brief_subject(&self, about: Option<&str>, topic: Option<&str>) -> String {
        match (about, topic) {
            (Some(about), Some(topic)) => format!("Escalation: {about} – {topic}"),
            (Some(one), None) | (None, Some(one)) => format!("Escalation: {one}"),
            (None, None) => "Escalation to Customer Success".to_owned(),
        }
    }

    fn subject_urgent(&self, u: &crate::report::Urgent) -> String {
        let what = u.what.map(|w| format!("{w} ")).unwrap_or_default();
        format!("{what}{} {}", u.day, en_risk(u.risk))
    }

    fn subject_since(&self, topic: &str, since: &str) -> String {
        format!("{topic} since {since}")
    }

    fn go_live(&self) -> &'static str {
        "launch"
    }

    fn subject_draft(&self, subject: &str) -> String {
        format!("DRAFT – {subject}")
    }

    fn at_risk_sentence(&self, u: &crate::report::Urgent) -> String {
        use crate::report::Risk;
        let label = match u.risk {
            Risk::AtRisk => "At risk",
            Risk::Blocked => "Blocked",
            Risk::Missed => "Missed",
        };
        let day = u.dated(self);
        // What happens then as the merchant wrote it, a noun or a clause,
        // after a label that says the state: "At risk: the go-live on
        // 15 Dec 2026", "At risk: 4 Dec 2026, when the sale email goes
        // out".
        match u.what {
            None => format!("{label}: {day}."),
            Some(what) if crate::report::sentence::is_clause(what) => {
                format!("{label}: {day}, when {what}.")
            }
            Some(what) => {
                let own = ["the ", "our ", "a ", "an ", "my ", "this ", "your "]
                    .iter()
                    .any(|a| what.to_lowercase().starts_with(a))
                    || what.starts_with(char::is_uppercase);
                let the = if own { "" } else { "the " };
                let said = crate::report::sentence::with_day(what, &format!("on {day}"));
                format!("{label}: {the}{said}.")
            }
        }
    }

    fn brief_summary(&self, s: &crate::report::Summary) -> String {
        let who = s.merchant.unwrap_or("I");
        let needs = if s.merchant.is_some() {
            "needs"
        } else {
            "need"
        };
        let mut text = match s.partner {
            Some(partner) => format!("{who} {needs} your help with {partner}"),
            None => format!("{who} {needs} your help with the implementation partner"),
        };
        // Any name the project has reads right as the project's.
        if let Some(project) = s.project {
            text.push_str(&format!(" on the project \u{201c}{project}\u{201d}"));
        }
        if let Some(severity) = s.severity {
            text.push_str(&format!(": {severity}"));
        }
        if let Some(since) = &s.since {
            // As the subject says it: "checkout down since 5 Dec".
            text.push_str(&format!(" since {since}"));
        }
        super::end_sentence(&mut text);
        if let Some(u) = &s.deadline {
            text.push(' ');
            text.push_str(&self.at_risk_sentence(u));
        }
        if let Some(on) = &s.raised_on {
            text.push_str(&match s.replied {
                Replied::Open => format!(" Raised with the partner on {on}, still open."),
                Replied::Not => format!(" Raised with the partner on {on}, with no answer so far."),
                Replied::Refused => format!(" Raised with the partner on {on}; they have refused."),
                Replied::Paid => {
                    format!(" Raised with the partner on {on}; they answered with an offer of a paid change request.")
                }
                Replied::Elsewhere => {
                    format!(" Raised with the partner on {on}; they say the cause lies elsewhere.")
                }
                Replied::ElsewherePaid => format!(
                    " Raised with the partner on {on}; they say the cause lies elsewhere and offer further work under a paid change request."
                ),
                Replied::Answered => {
                    format!(" Raised with the partner on {on}; their answer (below) leaves it open.")
                }
            });
        }
        text
    }

    fn subject_for_email(&self, subject: &str) -> String {
        format!("Subject for your email: {subject}")
    }

    fn draft_thin(&self, n: usize) -> String {
        format!(
            "Draft: {n} points still open (see \u{201c}Still open\u{201d}). Fill them in before you send this."
        )
    }

    fn first_words(&self) -> &'static [&'static str] {
        &["first"]
    }

    fn ask_then(&self) -> &'static str {
        "and then"
    }

    fn draft_send_now(&self, n: usize) -> String {
        format!(
            "Send this now: the shop is down. {n} points follow (see \u{201c}Still open\u{201d}); send them as soon as you have them."
        )
    }

    fn draft_not_ready(&self) -> &'static str {
        "DRAFT for your own use, not ready to send. Before you escalate:"
    }

    fn draft_not_needed(&self) -> &'static str {
        "DRAFT for your own use, not to send: the partner has resolved the concern, so no escalation is needed."
    }

    fn h_problem(&self) -> &'static str {
        "The problem"
    }

    fn h_ask(&self) -> &'static str {
        "What I ask of you"
    }

    fn h_stakes(&self) -> &'static str {
        "Business impact"
    }

    fn short_weekday_date(&self, date: Date) -> String {
        const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
        let day = usize::from(date.weekday().to_monday_zero_offset().unsigned_abs());
        format!("{} {}", DAYS[day], self.date(date))
    }

    fn deadline_by(&self, day: &str) -> String {
        format!("by {day}")
    }

    fn deadline_from(&self, day: &str) -> String {
        format!("from {day}")
    }

    fn weekdays(&self) -> &'static [&'static str; 7] {
        &[
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ]
    }

    fn h_scope(&self) -> &'static str {
        "The statement of work"
    }

    fn no_support_case(&self) -> &'static str {
        "There is no Adobe support case."
    }

    fn support_case_unknown(&self) -> &'static str {
        "I do not know whether there is an Adobe support case."
    }

    fn nothing_added(&self) -> &'static str {
        "No deliverables were added after the start."
    }

    fn something_added(&self) -> &'static str {
        "Deliverables were added after the start."
    }

    fn h_partner(&self) -> &'static str {
        "With the partner"
    }

    fn not_raised_yet(&self) -> &'static str {
        "The concern has not been raised with the partner yet."
    }

    fn resolved_with_partner(&self) -> &'static str {
        "The partner has resolved the concern."
    }

    fn raised_with(&self, r: &crate::report::RaisedWith) -> String {
        let mut text = "Raised with ".to_owned();
        match (r.person, r.partner) {
            (Some(person), partner) => {
                text.push_str(person.name);
                if let Some(role) = person.role {
                    text.push_str(&super::aside(role, ", ", ","));
                }
                if let Some(partner) = partner {
                    text.push_str(&format!(" at {partner}"));
                }
            }
            (None, partner) => {
                match r.role {
                    Some(role) => text.push_str(&format!("{} ", with_article(role))),
                    None if partner.is_none() => text.push_str("the partner"),
                    None => {}
                }
                match (r.role, partner) {
                    (Some(_), Some(partner)) => text.push_str(&format!("at {partner}")),
                    (Some(_), None) => text.push_str("at the partner"),
                    (None, Some(partner)) => text.push_str(partner),
                    (None, None) => {}
                }
            }
        }
        if let Some(channel) = r.channel {
            text.push_str(&format!(" {}", super::lower_first(channel)));
        }
        if let Some(date) = r.when {
            text.push_str(&format!(" on {date}"));
        }
        super::end_sentence(&mut text);
        text
    }

    fn raised_via(&self, channel: Channel) -> Option<&'static str> {
        match channel {
            // The label names the kind of message ("By email").
            Channel::Written => None,
            Channel::Call => Some("by phone"),
            Channel::Ticket => Some("in a ticket"),
            Channel::Chat => Some("in a chat"),
        }
    }

    fn went_up(&self, partner: Option<&str>, contact: Option<&str>, went_up: bool) -> String {
        let at = partner.unwrap_or("the partner");
        match (went_up, contact) {
            (true, Some(name)) => format!("It has gone higher at {at}, above {name}."),
            (true, None) => format!("It has gone higher at {at}, above the contact."),
            (false, Some(name)) => format!("So far it has not been escalated beyond {name}."),
            (false, None) => format!("It has not gone higher at {at}."),
        }
    }

    fn their_answer(&self) -> &'static str {
        "Their answer:"
    }

    fn decider_contact(&self, value: &str, name: Option<&str>, written: bool) -> Option<String> {
        let name = name.unwrap_or("the person who can decide at the partner");
        match value {
            "csm" => Some(format!("You may contact {name} directly.")),
            // What came from higher up says that it was written: not twice.
            "me-first" if written => Some(format!(
                "Please tell me before you contact {name}; I will introduce you myself and copy you in."
            )),
            "me-first" => Some(format!("I will write to {name} first, with you in copy.")),
            "not-yet" => Some(format!("Please speak to me before you contact {name}.")),
            _ => None,
        }
    }

    fn position_to_partner(&self) -> &'static str {
        "My answer to the partner"
    }

    fn no_answer_yet(&self) -> &'static str {
        "There has been no answer so far."
    }

    fn h_evidence(&self) -> &'static str {
        "Evidence"
    }

    fn h_contact(&self) -> &'static str {
        "How to reach me"
    }

    fn severity_tag(&self, value: &str) -> Option<&'static str> {
        match value {
            "live-down" => Some("shop down"),
            "launch-blocked" => Some("launch blocked"),
            "degraded" => Some("shop degraded"),
            "delay" => Some("project late"),
            _ => None,
        }
    }

    fn severity_noun(&self, value: &str, live: bool) -> Option<&'static str> {
        match (value, live) {
            ("live-down" | "degraded", true) => Some("live shop"),
            ("live-down" | "degraded", false) => Some("shop"),
            ("launch-blocked", _) => Some("launch"),
            ("delay", _) => Some("project"),
            _ => None,
        }
    }

    fn severity_summary(&self, value: &str, live: bool) -> Option<&'static str> {
        match (value, live) {
            ("live-down", true) => Some("the live shop is down or cannot take orders"),
            ("live-down", false) => Some("the shop is down or cannot take orders"),
            ("launch-blocked", _) => Some("the launch is blocked"),
            ("degraded", true) => {
                Some("the live shop is degraded, working but with errors or slowly")
            }
            ("degraded", false) => Some("the shop is degraded, working but with errors or slowly"),
            // Only what the merchant chose: nothing of a live shop they
            // did not speak of.
            ("delay", _) => Some("the project is late"),
            _ => None,
        }
    }

    fn severity_topic(&self, value: &str, live: bool) -> Option<&'static str> {
        match (value, live) {
            ("live-down", true) => Some("live shop down"),
            ("live-down", false) => Some("shop down"),
            ("launch-blocked", _) => Some("launch blocked"),
            ("degraded", true) => Some("live shop degraded"),
            ("degraded", false) => Some("shop degraded"),
            ("delay", _) => Some("project late"),
            _ => None,
        }
    }

    fn ask_request(&self, value: &str) -> Option<&'static str> {
        match value {
            "joint-call" => Some("Please set up a call with the partner and me."),
            "review-plan" => Some("Please review the scope and the plan with us."),
            "commercial" => {
                Some("Please help us settle a contractual or commercial question with the partner.")
            }
            _ => None,
        }
    }

    fn ask_commercial_toward(&self) -> &'static str {
        "Please raise this contract question with the partner and press them for the outcome below."
    }

    fn attach_before_sending(&self, contract: bool) -> &'static str {
        if contract {
            "The brief says the examples are attached: attach the emails, screenshots or exported tickets to the email before you send it; attach the contract pages at issue, too."
        } else {
            "The brief says the examples are attached: attach the emails, screenshots or exported tickets to the email before you send it."
        }
    }

    fn attach_contract_pages(&self) -> &'static str {
        "The brief names the contract clause at issue: attach those contract pages to the email before you send it, so that your CSM can read the wording, not only its title."
    }

    fn evidence_attached_from(&self, place: &str) -> String {
        format!("Copies of the examples below are attached. Originals: {place}")
    }

    fn evidence_access(&self, value: &str) -> Option<&'static str> {
        match value {
            "attached" => Some("Copies of the examples below are attached."),
            "links" => Some("The links below open without extra access."),
            _ => None,
        }
    }

    fn evidence_links_some(&self) -> &'static str {
        "The examples below that are links open without extra access."
    }

    fn evidence_access_written(&self, value: &str) -> Option<&'static str> {
        match value {
            "attached" => Some(
                "Copies of the examples below that are documents (emails, tickets, screenshots, files) are attached; the others are my own description.",
            ),
            _ => None,
        }
    }

    fn evidence_access_partly(&self, value: &str) -> Option<&'static str> {
        match value {
            "attached" => Some(
                "Copies of the examples below are attached where I have them; some are in a system I have no access to.",
            ),
            "on-request" => Some(
                "I can send the examples below on request where I have them; some are in a system I have no access to.",
            ),
            _ => None,
        }
    }

    fn day_names(&self) -> &'static [&'static str] {
        &[
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "tomorrow",
            "tonight",
            "asap",
            "eod",
            "eow",
        ]
    }

    fn gap_what(&self, kind: crate::report::GapKind) -> &'static str {
        use crate::report::GapKind::*;
        match kind {
            Company => "the name of your company, as it stands on your Adobe contract",
            Environment => {
                "where it happens: the production URL or cloud project, and the extension or integration concerned"
            }
            Outcome => "the outcome you want, and by when",
            AccountId => "your Adobe organisation ID or contract number",
            AccountIdFormat => {
                "your Adobe organisation ID or contract number: what you gave does not look like either (an organisation ID is 24 hex characters and @AdobeOrg)"
            }
            CloudProject => "the ID of your cloud project",
            CloudProjectFormat => {
                "the ID of your cloud project: what you gave does not look like one (letters and digits, such as abc12de3fgh4i)"
            }
            Clause => {
                "the clause or deliverable of the statement of work at issue, and whether it is fixed price or time and materials"
            }
            Request => "exactly what you want them to do, in your words",
            RequestAction => {
                "what exactly your CSM should do about the commercial question: call the partner, moderate a call, or give their view"
            }
            OutcomeDate => "the date by which you need the outcome",
            SupportCase => "an Adobe support case, as the live shop is affected",
            SupportCaseProduct => "an Adobe support case, as you ask about the product itself",
            SupportCaseFormat => "the number of your Adobe support case: what you gave holds none",
            PartnerRole => "the full name and role of your contact at the partner",
            Decider => "who at the partner can decide, with full name and role",
            EvidenceAccess => "the examples themselves, not on request",
            EvidenceHow => "how they can see the examples",
            EvidenceOutOfReach => {
                "copies of the examples: the links lead into a system your CSM cannot open"
            }
            NoteImpact => "what the problem costs you",
            NoteDate => "a date at risk",
            NoteReach => "a phone number or email address to reach you",
            EvidenceLinks => "the links to the examples: none is given",
            EvidenceWhere => "where the originals of the examples are",
            Reach => "your full name, a phone number and the hours you can be reached",
            ReachName => "your full name",
            ReachPhone => "a phone number and the hours you can be reached",
            DeciderReach => "a phone number or email address for the partner's decider",
            ContactReach => {
                "a phone number or email address for your contact at the partner, whom your CSM may contact"
            }
            DeciderAsked => {
                "whether your CSM may contact the partner's decider now: your request names them, but you chose to be spoken to first"
            }
            DeciderContact => {
                "your go-ahead to contact the partner directly (their decider, or your contact there), or whether you write to them first"
            }
            WentUpAnswer => "when it went higher at the partner, and what came back",
            Position => {
                "your position, on the partner's answer if there is one, and any step under the contract"
            }
            ProblemSince => "the day the problem started",
            Impact => "what is at stake, the money if you can say",
            Product => "the deployment: Adobe's cloud or on-premises",
            SlaInvoked => "the day you invoked the SLA in writing, or that you have not yet",
            Currency => "the currency of an amount",
            Unsure => "a sure answer where yours opens with \"don't know\"",
            ReplyDate => "the date of the partner's reply",
        }
    }

    fn gap_where(&self, kind: crate::report::GapKind) -> &'static str {
        use crate::report::GapKind::*;
        match kind {
            Company => "Your CSM finds your account by it.",
            Environment => {
                "Such as \"www.example.com, cloud project abc123xyz, the Adyen payment extension\"."
            }
            Outcome => "Such as \"checkout working again by 4 December\".",
            AccountId => {
                "The organisation ID is in the Adobe Admin Console (adminconsole.adobe.com), in the menu under your profile picture; the contract number is on your Adobe order form."
            }
            CloudProject => {
                "It is in the project's address in the Cloud Console (console.adobecommerce.com), or your partner can tell you."
            }
            AccountIdFormat => self.gap_where(AccountId),
            CloudProjectFormat => self.gap_where(CloudProject),
            SupportCaseFormat => {
                "It stands in the confirmation Adobe support sent when the case was opened; the brief shows your answer as you gave it."
            }
            Clause => {
                "Look it up in the statement of work or the order, such as \"SOW-2026-014, section 4.2; fixed price\"; with none, write \"none\" and the contract you have."
            }
            Request => "One sentence, such as who should do what, by when.",
            RequestAction => {
                "One sentence, such as \"call their managing director and ask for the clean-up within the fixed price\"."
            }
            OutcomeDate => "Add the day, such as \"by 4 December\".",
            SupportCase => {
                "Open a case with Adobe support (experienceleague.adobe.com, Support) and give its number."
            }
            SupportCaseProduct => self.gap_where(SupportCase),
            PartnerRole => "Add it after a comma, such as \"Tom Wagner, project manager\".",
            Decider => {
                "Name the account lead or managing director, such as \"Derek Olsen, account director\"."
            }
            EvidenceAccess => "Attach the emails, screenshots or exported tickets to the email.",
            EvidenceHow => {
                "Attach the emails, screenshots or exported tickets to the email, or give links your CSM can open, and say which."
            }
            EvidenceOutOfReach => {
                "Export the tickets or take screenshots, attach them to the email, and choose that the examples are attached."
            }
            EvidenceLinks => {
                "Add the links to the examples, or choose to attach them to the email instead."
            }
            EvidenceWhere => {
                "Name the mailbox, folder or system, such as \"my inbox, folder 'Agency'; tickets in our Jira\"."
            }
            Reach | ReachPhone => {
                "Add them after your name, such as \"+49 30 1234567, weekdays 9 to 12\"."
            }
            ReachName => {
                "Give your first name and surname, such as \"Tom Barker, ecommerce manager\"."
            }
            NoteImpact => {
                "Say it in money, orders or customers, such as \"about 40 orders a day\"."
            }
            NoteDate => "Give the day at risk, such as a launch or a campaign, if there is one.",
            NoteReach => {
                "Add one after your name, such as \"Ellie Hart, founder, ellie@example.com\"."
            }
            DeciderReach => {
                "Add it after their role, such as \"Derek Olsen, account director, +44 20 7946 0321\"."
            }
            ContactReach => {
                "Add it after their role, such as \"Tom Wagner, project manager, tom@acme.example\"."
            }
            DeciderAsked => {
                "Pick \"Yes, my CSM may contact them directly\", or word your request without them."
            }
            DeciderContact => {
                "Pick one: your CSM contacts them, you write first with your CSM in copy, or your CSM speaks to you first."
            }
            ProblemSince => "Add the day it started, such as \"since 3 November\".",
            Impact => {
                "Such as \"about GBP 12,000 of orders a day\" or \"the launch campaign is booked\"."
            }
            Product => "Your partner knows it, or see the Adobe order form.",
            SlaInvoked => {
                "Add it to your position, such as \"SLA invoked in writing on 25 November\"; the note to your partner quotes your position, too."
            }
            Currency => "Write it with each amount, such as \"GBP 14,000\" or \"$11.2k\".",
            Unsure => {
                "Say what you know for certain; as it stands, your words go into the brief, listed as still open."
            }
            ReplyDate => "Paste the email with its \"Sent:\" or \"Date:\" line.",
            Position => {
                "One or two sentences, and whether you invoked an SLA in writing or disputed or withheld an invoice; the note to your partner quotes them, too."
            }
            WentUpAnswer => {
                "Add the day, the person and their answer, such as \"wrote to Derek Olsen on 18 November; no reply\"."
            }
        }
    }

    fn open_point(&self, kind: crate::report::GapKind, label: &str) -> Option<String> {
        use crate::report::GapKind::*;
        let point = match kind {
            Company => "My company's name as it stands on the Adobe contract",
            Environment => {
                "Where it happens (the production URL or cloud project, and the extension concerned)"
            }
            Outcome => "The outcome I want, and by when",
            AccountId => "Our Adobe organisation ID or contract number",
            AccountIdFormat => "The Adobe organisation ID or contract number given above",
            CloudProject => "The cloud project ID",
            CloudProjectFormat => "The cloud project ID given above",
            Clause => return Some(self.open_clause(None)),
            Request => "What exactly I ask you to do, in a sentence",
            RequestAction => "What I ask you to do about the commercial question",
            OutcomeDate => "The date by which I need the outcome",
            SupportCase | SupportCaseProduct => {
                "The number of an Adobe support case, once one is open"
            }
            SupportCaseFormat => "The number of the Adobe support case",
            PartnerRole => "The name and role of my contact at the partner",
            Decider => "Who at the partner decides, with name and role",
            EvidenceAccess => "Copies of the examples",
            EvidenceHow => "Copies of or links to the examples",
            EvidenceOutOfReach => {
                "Copies of the examples, as the links lead into a system you cannot open"
            }
            EvidenceLinks => "The links to the examples",
            EvidenceWhere => "Where the originals of the examples are",
            DeciderReach => "A phone number or email address for the partner's decider",
            ContactReach => "A phone number or email address for my contact at the partner",
            DeciderAsked => {
                "Whether you may contact the partner's decider now, whom my request names"
            }
            DeciderContact => "Whether you may contact the partner directly",
            WentUpAnswer => "When it went higher at the partner, and what came back",
            Position => "My position towards the partner, and whether I have used the contract",
            ProblemSince => "The day the problem started",
            Impact => "What is at stake, in money if I can say",
            Product => "Whether the shop runs on Adobe's cloud or on-premises",
            SlaInvoked => "Whether and when I invoked the SLA in writing",
            Currency if !label.is_empty() => {
                return Some(format!("The currency of each amount under “{label}”"));
            }
            Currency => "The currency of an amount",
            Unsure => return Some(self.open_unsure(None, label)),
            ReplyDate => "The date of the partner's reply",
            Reach => return Some(self.open_reach(true, true)),
            ReachName => return Some(self.open_reach(true, false)),
            ReachPhone => return Some(self.open_reach(false, true)),
            NoteImpact | NoteDate | NoteReach => return None,
        };
        Some(point.to_owned())
    }

    fn open_reach(&self, full_name: bool, phone: bool) -> String {
        match (full_name, phone) {
            (true, true) => "My full name and a phone number",
            (true, false) => "My full name",
            _ => "A phone number to reach me on",
        }
        .to_owned()
    }

    fn open_lead(&self, confirm: bool, after: bool) -> &'static str {
        match (confirm, after) {
            (false, _) => "I will send the following as soon as I have it:",
            (true, false) => "I will confirm the following:",
            (true, true) => "I will also confirm the following:",
        }
    }

    fn open_copies_of_documents(&self) -> &'static str {
        "Copies of the emails, tickets and files among the examples"
    }

    fn h_open(&self) -> &'static str {
        "Still open"
    }

    fn open_unsure(&self, role: Option<crate::checklist::Role>, label: &str) -> String {
        use crate::checklist::Role;
        let thing = match role {
            Some(Role::Clause) => return self.open_clause(None),
            Some(Role::Impact) => "What is at stake, in money if I can say",
            Some(Role::AddedDetail) => "What was added and what it does to time and money",
            Some(Role::AccountId) => "Our Adobe organisation ID or contract number",
            Some(Role::SupportCase) => "Whether there is an Adobe support case",
            Some(Role::Environment) => "Where it happens",
            Some(Role::Decider) => "Who at the partner decides",
            Some(Role::PartnerPerson) => "My contact at the partner",
            _ if !label.is_empty() => return label.to_owned(),
            _ => "An answer above I am not sure of",
        };
        thing.to_owned()
    }

    fn open_clause(&self, believed: Option<crate::report::Pricing>) -> String {
        use crate::report::Pricing;
        match believed {
            None => "The clause of the statement of work at issue, and whether it is fixed price or time and materials",
            Some(Pricing::Fixed) => "The clause at issue, and whether it is fixed price, as I believe",
            Some(Pricing::TimeAndMaterials) => "The clause at issue, and whether it is time and materials, as I believe",
        }
        .to_owned()
    }

    fn contract_instead(&self) -> &'static str {
        "Contract (no statement of work)"
    }

    fn brief_open_points(&self, n: usize) -> String {
        let (points, them) = if n == 1 {
            ("one point".to_owned(), "it")
        } else {
            (format!("{n} points"), "them")
        };
        format!(
            "The brief leaves {points} open, listed under “Still open”: answering {them} before you send it saves your CSM a round trip."
        )
    }

    fn brief_thin(&self, n: usize, gather: &[crate::report::GapKind]) -> String {
        use crate::report::GapKind::*;
        let gather: Vec<&str> = gather
            .iter()
            .map(|kind| match kind {
                Environment => "where it happens",
                Product => "whether the shop runs on cloud or on-premises",
                Impact => "what is at stake",
                Outcome => "the outcome you want",
                _ => "the date you need it by",
            })
            .collect();
        let gather = match gather.as_slice() {
            [] => "the answers".to_owned(),
            [one] => (*one).to_owned(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        };
        format!(
            "The brief is too thin to act on: it leaves {n} points open, and your CSM will ask about each before doing anything. Gather {gather} first, and answer the rest of “Still open” before you send it."
        )
    }

    fn brief_send_now(&self, n: usize) -> String {
        if n == 1 {
            return "The shop is down: send the brief to your CSM now. It leaves one point open, listed under “Still open”; send it as soon as you have it.".to_owned();
        }
        format!(
            "The shop is down: send the brief to your CSM now. It leaves {n} points open, listed under “Still open”; send them as soon as you have them."
        )
    }

    fn open_person(&self, name: &str, surname: bool, role: bool) -> String {
        match (surname, role) {
            (true, true) => format!("{name}'s full name and role"),
            (true, false) => format!("{name}'s full name"),
            _ => format!("{name}'s role"),
        }
    }

    fn open_person_reach(&self, name: &str) -> String {
        format!("A phone number or email address for {name}")
    }

    fn gap_warning(&self, kind: crate::report::GapKind, key: &str) -> String {
        format!(
            "Your CSM will ask for {} ({key}). {}",
            self.gap_what(kind),
            self.gap_where(kind)
        )
    }

    fn gaps_intro(&self) -> &'static str {
        "Before acting, your CSM will ask you for:"
    }

    fn gaps_offer(&self) -> &'static str {
        "Answer these now, so that the brief has them?"
    }

    fn gaps_answer_now(&self) -> &'static str {
        "Answer them now"
    }

    fn gaps_as_is(&self) -> &'static str {
        "Write the brief as it is"
    }

    fn reword_intro(&self) -> &'static str {
        "The note to your partner leaves out these sentences, as you wrote them for your CSM:"
    }

    fn reword_offer(&self) -> &'static str {
        "Reword them now, so that they read right to your partner and your CSM?"
    }

    fn reword_now(&self) -> &'static str {
        "Reword them now"
    }

    fn reword_as_is(&self) -> &'static str {
        "Write the note without them"
    }

    fn reword_line(
        &self,
        label: &str,
        sentence: &str,
        audience: crate::report::Audience,
    ) -> String {
        let why = match audience {
            crate::report::Audience::AboutPartner => "speaks about your partner",
            crate::report::Audience::ToCsm => "is addressed to your CSM",
            crate::report::Audience::Judges => "judges your partner",
        };
        format!("{label}: \"{sentence}\" {why}")
    }

    fn can_pass_on(&self, date: &str) -> String {
        format!("The check can pass on or after {date}.")
    }

    fn day_because(&self, day: &str, why: super::Early) -> String {
        match why {
            super::Early::AtRisk(at_risk) => {
                format!(
                    "{day}, which leaves your CSM a working day before your date at risk ({at_risk})"
                )
            }
            super::Early::LiveDown => format!("{day} (today), as your live shop is down"),
        }
    }

    fn wait_until(&self, by: &str) -> String {
        format!(
            "Give your partner time to answer before you escalate: until {by}. The check can pass on that day."
        )
    }

    fn ask_answer_by(&self, by: &str) -> String {
        format!("Ask them to answer by {by}.")
    }

    fn at_risk_too_near(&self, at_risk: &str) -> String {
        format!(
            "The date at risk, {at_risk}, is too near to wait: ask for an answer today. {}",
            self.pass_once_raised()
        )
    }

    fn pass_once_raised(&self) -> &'static str {
        "The check can pass as soon as you have raised it."
    }

    fn note_subject(&self, about: &str, by: crate::report::note::By) -> String {
        use crate::report::note::By;
        match by {
            By::Day(by) => format!("{about}: please reply by {by}"),
            By::Today => format!("{about}: please reply today"),
            By::Open => format!("{about}: please reply soon"),
        }
    }

    fn brief_nameless_greeting(&self) -> &'static str {
        "Hello,"
    }

    fn note_greeting(&self, to: Option<Addressee>) -> String {
        match to {
            // A degree is the form of address: "Dear Dr. Weber,".
            Some(to) if to.degree => format!("Dear {},", to.formal()),
            Some(Addressee {
                title: Some(Title::Mr),
                name,
                ..
            }) => format!("Dear Mr {name},"),
            Some(Addressee {
                title: Some(Title::Ms),
                name,
                ..
            }) => format!("Dear Ms {name},"),
            // A working contact is greeted by their first name, as UK and
            // US business mail does ("Dear Priya,").
            Some(Addressee { name, .. }) => {
                format!("Dear {},", name.split(' ').next().unwrap_or(name))
            }
            None => "Hello,".to_owned(),
        }
    }

    fn note_follow_up(&self, on: Option<&str>, via: Option<Channel>, below: bool) -> String {
        let how = match via {
            Some(Channel::Written) => "I wrote to you about the problem below",
            Some(Channel::Call) => "I raised the problem below with you in a call",
            Some(Channel::Ticket) => "I raised the problem below with you in your ticket system",
            Some(Channel::Chat) => "I raised the problem below with you in a chat",
            None => "I raised the problem below with you",
        };
        // With no problem after it, "below" would point at nothing.
        let how = if below {
            how.to_owned()
        } else {
            how.replace("the problem below", "our concern")
        };
        match on {
            Some(date) => format!("On {date} {how}."),
            None => format!("{how}."),
        }
    }

    fn note_no_reply(&self) -> &'static str {
        "I have had no answer from you since, and the problem is still there."
    }

    fn note_only_spoken(&self) -> &'static str {
        "What you have told me so far has not solved it, and the problem is still there."
    }

    fn note_still_open(&self) -> &'static str {
        "For us the matter is not settled."
    }

    fn note_reply(
        &self,
        via: Option<Channel>,
        on: Option<&str>,
        thanks: bool,
        below: bool,
        raised: crate::report::note::Before,
    ) -> String {
        use crate::report::note::Before;
        let (what, when) = match via {
            Some(Channel::Written) => ("your email", "of"),
            Some(Channel::Call) => ("our call", "on"),
            Some(Channel::Ticket) => ("your answer in the ticket", "of"),
            Some(Channel::Chat) => ("your message", "of"),
            None => ("your reply", "of"),
        };
        let lead = match (thanks, via) {
            (true, _) => "Thank you for",
            (false, Some(Channel::Written | Channel::Ticket | Channel::Chat)) => {
                "I am writing in reply to"
            }
            (false, _) => "I am writing further to",
        };
        let reply = match on {
            Some(on) => format!("{what} {when} {on}"),
            None => what.to_owned(),
        };
        let about = if below {
            "the problem below"
        } else {
            "our concern"
        };
        let how = |channel: Option<Channel>| match channel {
            Some(Channel::Call) => "which I raised with you by phone",
            Some(Channel::Ticket) => "which I reported in your ticket system",
            Some(Channel::Chat) => "which I raised with you in a chat",
            Some(Channel::Written) | None => "which I raised with you",
        };
        let raised = match raised {
            Before::On(day, channel) => format!(", {} on {day}", how(channel)),
            Before::SameDay(channel) => format!(", {} the same day", how(channel)),
            Before::Unsaid => String::new(),
        };
        format!("{lead} {reply} about {about}{raised}.")
    }

    fn note_went_up(
        &self,
        to: Option<&str>,
        role: Option<&str>,
        on: Option<&str>,
        came: crate::report::note::Higher,
    ) -> String {
        use crate::report::note::Higher;
        let to = match (to, role) {
            (Some(to), Some(role)) => format!("{to}, your {role},"),
            (Some(to), None) => to.to_owned(),
            (None, _) => "someone more senior at your company".to_owned(),
        };
        if came == Higher::Voicemail {
            let left = match on {
                Some(on) => format!("I also left a voicemail for {to} on {on}"),
                None => format!("I also left a voicemail for {}", to.trim_end_matches(',')),
            };
            return format!("{left}; no one has called me back yet.");
        }
        let said = match on {
            Some(on) => format!("On {on} I also raised it with {to}"),
            None => format!("I have also raised it with {to}"),
        };
        let said = said.trim_end_matches(',');
        match came {
            Higher::NotAnswered => format!("{said}, who has not answered yet."),
            Higher::Upheld => format!("{said}, who confirmed your answer."),
            Higher::Unsaid | Higher::Voicemail => format!("{said}."),
        }
    }

    fn note_position_neutral(&self) -> &'static str {
        "We do not accept your answer."
    }

    fn note_they_wrote(&self, said: &str) -> String {
        format!("You wrote: \u{201c}{said}\u{201d}")
    }

    fn note_opening(&self, project: Option<&str>) -> String {
        match project {
            Some(project) => format!(
                "I would like to raise a concern with you about our project \u{201c}{project}\u{201d}."
            ),
            // The problem follows, and the subject names it: not said
            // twice before it is told.
            None => "I would like to raise the following concern with you.".to_owned(),
        }
    }

    fn reply_subject(&self, theirs: &str) -> String {
        format!("Re: {theirs}")
    }

    fn note_in_short(&self, what: &str) -> String {
        format!("The problem, in a few words: {what}.")
    }

    fn note_examples(&self, several: bool) -> &'static str {
        if several {
            "Some examples:"
        } else {
            "An example:"
        }
    }

    fn note_clause(&self, clause: &str) -> String {
        // A clause with a colon of its own is not put after another.
        if clause.contains(':') {
            format!("This is covered by {clause}")
        } else {
            format!("Our agreement covers this: {clause}")
        }
    }

    fn note_outcome(&self) -> &'static str {
        "Specifically, I need the following from you:"
    }

    fn note_at_risk(&self, u: &crate::report::Urgent, dated: bool, after: bool) -> String {
        use crate::report::Risk;
        let day = u.dated(self);
        // What happens then as the merchant wrote it: a noun with its
        // date ("the relaunch on 1 Dec 2026"), or a clause after the date
        // ("1 Dec 2026 …, the day the sale email goes out").
        let (what, tail) = match u.what {
            Some(what) if crate::report::sentence::is_clause(what) => match dated {
                true => (day.clone(), format!(", the day {what}")),
                false => (format!("the day {what}"), String::new()),
            },
            Some(what) => {
                let own = ["the ", "our ", "a ", "an ", "my ", "this ", "your "]
                    .iter()
                    .any(|a| what.to_lowercase().starts_with(a))
                    || what.starts_with(char::is_uppercase);
                let the = if own { "" } else { "our " };
                match dated {
                    true => (format!("{the}{what} on {day}"), String::new()),
                    false => (format!("{the}{what}"), String::new()),
                }
            }
            None => (format!("what we have planned for {day}"), String::new()),
        };
        let (this, also) = if dated && !after {
            ("This", "")
        } else {
            ("It also", "also ")
        };
        // A date after its weekday is an aside, closed by a comma before
        // the sentence goes on ("on Monday, 14 Dec 2026, at risk").
        let close = if dated && what.ends_with(&day) && day.contains(',') {
            ","
        } else {
            ""
        };
        match u.risk {
            Risk::AtRisk => format!("{this} puts {what}{close} at risk{tail}."),
            Risk::Blocked => format!("{this} blocks {what}{tail}."),
            Risk::Missed => format!("Because of this, we have {also}missed {what}{tail}."),
        }
    }

    fn note_impact(&self, fragment: &str, consequence: bool) -> String {
        if consequence {
            format!("For our business, this means {fragment}")
        } else {
            format!("The timing matters: {fragment}")
        }
    }

    fn note_request(
        &self,
        by: crate::report::note::By,
        at_risk: Option<&str>,
        live: crate::report::note::Live,
        ask: crate::report::note::Ask,
        due: crate::report::note::Due,
        reply: crate::report::note::Reply,
    ) -> String {
        use crate::report::note::{Ask, By, Call, Due, Kept, Live};
        let call = match reply.call {
            Call::Theirs => Some("We can also go through it in the call you suggested."),
            // A call the merchant did not offer would soften the ask.
            Call::Unasked => None,
        };
        let with_call = |text: String| match call {
            Some(call) => format!("{text} {call}"),
            None => text,
        };
        // Who handles it is asked only when no one is named.
        let who = (!reply.named).then_some("who on your side is handling it");
        // An outcome with its own time is due then: no day of the note's
        // own competes with it, nor a date at risk that it may replace.
        // One later than the day to answer by, or no day, is not asked
        // for later: how they will meet it is asked by that day.
        // Of several parts, the nearest due by the day to answer by is
        // expected then: the outcome just above names its day.
        let expect = match due {
            Due::Today => "I expect this today",
            Due::First { today: true, .. } => "I expect the first part today",
            Due::First { today: false, .. } => "I expect the first part on time",
            Due::Then | Due::Confirm(_) | Due::Send => "I expect this by then",
        };
        let how = match due {
            Due::Confirm(kept) | Due::First { later: kept, .. } => {
                let first = matches!(due, Due::First { .. });
                let kept = match (kept, first) {
                    (Kept::Date, false) => "this date",
                    (Kept::Deadline, false) => "this deadline",
                    (Kept::Deadlines, false) => "these deadlines",
                    (Kept::Date, true) => "the later date",
                    (Kept::Deadline, true) => "the later deadline",
                    (Kept::Deadlines, true) => "the later deadlines",
                };
                Some(match who {
                    Some(who) => format!("{who} and how you will meet {kept}"),
                    None => format!("how you will meet {kept}"),
                })
            }
            Due::Today | Due::Then | Due::Send => None,
        };
        let first = matches!(due, Due::First { .. });
        // The weekday's date, a parenthesis, closes with a comma.
        let (when, after) = match by {
            By::Day(by) => (format!(" by {by}"), ","),
            By::Today => (" today".to_owned(), ""),
            By::Open if live == Live::Affected => (" as soon as you can".to_owned(), ""),
            By::Open => (String::new(), ""),
        };
        if live == Live::Down {
            let plan = "your plan for getting the shop running again, through a fix or a rollback";
            let request = match (ask, who) {
                (Ask::Timed, _) if first => {
                    format!(
                        "{expect}; please tell me today {}",
                        how.as_deref().unwrap_or_default()
                    )
                }
                (Ask::Timed, _) if how.is_some() => {
                    format!(
                        "please tell me today {}",
                        how.as_deref().unwrap_or_default()
                    )
                }
                (Ask::Timed, Some(who)) => format!("{expect}; please tell me today {who}"),
                (Ask::Timed, None) if due == Due::Today => expect.to_owned(),
                (Ask::Timed, None) => format!("{expect}, and your answer today"),
                (Ask::Outcome, Some(who)) => {
                    format!("please tell me today {who} and by when you will deliver this")
                }
                (Ask::Outcome, None) => {
                    "please tell me today by when you will deliver this".to_owned()
                }
                (Ask::View | Ask::Answer, Some(who)) => {
                    format!("please tell me today {who}, and send me {plan}")
                }
                (Ask::View | Ask::Answer, None) => format!("please send me today {plan}"),
            };
            return format!("As our live shop is down, this cannot wait: {request}.");
        }
        let soon = "today, or on the next working day at the latest,";
        // A plan, a date or an offer is sent by its own day.
        if ask == Ask::Timed && due == Due::Send {
            let send = match live {
                Live::Affected => {
                    format!("As our live shop is affected, please send it to me{when}.")
                }
                Live::No | Live::Down => format!("Please send it to me{when}."),
            };
            return with_call(match who {
                Some(who) => format!("{send} Please also tell me {who}."),
                None => send,
            });
        }
        if ask == Ask::Timed {
            if let Some(how) = how.as_deref().filter(|_| first) {
                return with_call(match live {
                    Live::Affected => format!(
                        "As our live shop is affected, {expect}; please tell me{when}{after} {how}."
                    ),
                    Live::No | Live::Down => {
                        format!("{expect}; please tell me{when}{after} {how}.")
                    }
                });
            }
            if let Some(how) = how {
                return with_call(match live {
                    Live::Affected => {
                        format!("As our live shop is affected, please tell me{when}{after} {how}.")
                    }
                    Live::No | Live::Down => format!("Please tell me{when}{after} {how}."),
                });
            }
            let expect = match live {
                Live::Affected => format!("As our live shop is affected, {expect}."),
                Live::No | Live::Down => format!("{expect}."),
            };
            return with_call(match (live, who) {
                (Live::Affected, Some(who)) => format!("{expect} Please tell me {soon} {who}."),
                _ => expect,
            });
        }
        if let Some(at_risk) = at_risk {
            let reason = match live {
                Live::Affected => format!("our live shop is affected and {at_risk} is close"),
                Live::No | Live::Down => format!("{at_risk} is close"),
            };
            let by = match by {
                By::Day(day) => format!("by {day},"),
                By::Today | By::Open => "today".to_owned(),
            };
            let what = if reply.answered {
                // They gave their view: what they will do is asked, not
                // their view again.
                "what you will do so that it is settled in time"
            } else {
                "what you propose so that it is settled in time"
            };
            let request = match (ask, who) {
                (Ask::Outcome, Some(who)) => format!(
                    "please tell me {by} {who}, and confirm that you will deliver this in time"
                ),
                (Ask::Outcome, None) => {
                    format!("please confirm {by} that you will deliver this in time")
                }
                (_, Some(who)) => format!("please tell me {by} {who} and {what}"),
                (_, None) => format!("please tell me {by} {what}"),
            };
            return with_call(format!("As {reason}, {request}."));
        }
        let answer = match ask {
            // Their view once given is not asked again: what they will
            // do, and by when, is.
            Ask::View if reply.answered => {
                format!(
                    "tell me{when}{after} what you will do about this, and by which firm date it will be done"
                )
            }
            Ask::View => format!("let me know{when}{after} how you see it and what you propose"),
            Ask::Outcome | Ask::Timed => {
                format!("confirm{when}{after} that you will deliver this, and on which firm date")
            }
            Ask::Answer => format!("answer{when}"),
        };
        if live == Live::Affected {
            return with_call(match who {
                Some(who) => format!(
                    "As our live shop is affected, please tell me {soon} {who}. Then please {answer}."
                ),
                None => format!("As our live shop is affected, please {answer}."),
            });
        }
        with_call(format!("Please {answer}."))
    }

    fn quote_marks(&self) -> (&'static str, &'static str) {
        ("\u{201c}", "\u{201d}")
    }

    fn note_closing(&self) -> &'static str {
        "Kind regards,"
    }

    fn note_left_out(
        &self,
        sentence: &str,
        audience: crate::report::Audience,
        key: &str,
        version: Option<&str>,
        whole: bool,
        instead: Option<&str>,
    ) -> String {
        let why = match audience {
            crate::report::Audience::AboutPartner => {
                "speaks about your partner rather than to them"
            }
            crate::report::Audience::ToCsm => "is addressed to your CSM",
            crate::report::Audience::Judges => {
                "judges your partner rather than saying what happened"
            }
        };
        let how = match version {
            Some(version) => format!(
                "give your partner's version as {version} (with -a {version}=\"...\" or in your answers file)"
            ),
            None => format!(
                "word {key} so that it reads right to both your partner and your CSM, or add it to the note in your own words before you send it"
            ),
        };
        if let Some(instead) = instead.filter(|_| whole) {
            format!(
                "The note to your partner takes no sentence of your answer to {key} (\"{sentence}\", for one, {why}); in its place it says only \"{instead}\": {how}."
            )
        } else if whole {
            format!(
                "The note to your partner leaves out your answer to {key}, written for your CSM, as \"{sentence}\" {why}: {how}."
            )
        } else {
            format!(
                "The note to your partner takes your answer to {key}, written for your CSM, without \"{sentence}\" (and any other sentence like it), which {why}: {how}."
            )
        }
    }

    fn note_reworded(&self, sentence: &str, now: &str, key: &str, number: Option<usize>) -> String {
        let what = match number {
            Some(number) => format!("example {number}"),
            None => format!("your answer to {key}"),
        };
        format!(
            "The note to your partner puts {what} to them directly: \"{now}\" (you wrote \"{sentence}\"); check that it still says what you mean."
        )
    }

    fn note_relative_day(&self, words: &str, key: &str, on: Option<&str>) -> String {
        match on {
            Some(on) => format!(
                "The outcome you want ({key}) says \"{words}\": the documents add the date it means from today, {on}; check that it is the day you mean."
            ),
            None => format!(
                "The outcome you want ({key}) says \"{words}\", which your partner may read on another day than you mean: give the date."
            ),
        }
    }

    fn note_gap(&self, gap: crate::report::GapKind, key: &str) -> String {
        format!(
            "The note to your partner leaves out {}, which they need to prioritise ({key}). {}",
            self.gap_what(gap),
            self.gap_where(gap)
        )
    }

    fn relative_days(&self) -> &'static [&'static str] {
        &[
            "today",
            "tomorrow",
            "tonight",
            "this week",
            "next week",
            "end of the week",
            "end of next week",
            "end of the month",
            "next month",
            "in two weeks",
            "asap",
        ]
    }

    fn weekday_date_wrong(&self, said: &str, falls_on: &str, key: &str) -> String {
        format!(
            "Your answer ({key}) says \"{said}\", but that date is a {}: the documents keep the date as you wrote it; correct the weekday or the date if one is wrong.",
            falls_on.split(',').next().unwrap_or(falls_on)
        )
    }

    fn open_weekday_date_of(&self, said: &str, weekday: &str, date: &str) -> String {
        format!("The day I mean by \"{said}\" above ({date} is a {weekday})")
    }

    fn note_quotes_money(&self, text: &str, key: &str) -> String {
        format!(
            "The note to your partner quotes the clause you gave ({key}) with \"{text}\", which says something of the kind of contract or its money: if your partner should not read that, change your answer."
        )
    }

    fn note_nameless_greeting(&self, name: &str, key: &str) -> String {
        format!(
            "The note to your partner opens with \"Hello,\" and no name, as \"{name}\" ({key}) is not a name a letter can greet: give the first name and surname (\"Lachlan Byrne, delivery lead\") or a title and surname (\"Mr Byrne\")."
        )
    }

    fn note_untitled_greeting(&self, name: &str, formal: &str, key: &str) -> String {
        format!(
            "The German note greets \"Guten Tag {name},\"; start {key} with Herr or Frau (\"Herr {name}\") and it greets \"Sehr geehrter Herr {formal},\" or \"Sehr geehrte Frau {formal},\", as a German reader expects."
        )
    }

    fn note_names_partner(
        &self,
        number: usize,
        entry: &str,
        name: &str,
        day: Option<&str>,
    ) -> String {
        let said = day.map_or_else(|| "your call".to_owned(), |d| format!("your call of {d}"));
        format!(
            "The note to your partner leaves out example {number} (\"{entry}\"), as it speaks of {name} in the third person: to keep it, word it as to them (\"{said}\") and add it to the note."
        )
    }

    fn partner_unnamed(&self) -> &'static str {
        "your partner"
    }

    fn note_names_addressee(
        &self,
        number: usize,
        entry: &str,
        name: &str,
        day: Option<&str>,
    ) -> String {
        let said = day.map_or_else(
            || "my email to you".to_owned(),
            |d| format!("my email to you of {d}"),
        );
        format!(
            "The note to your partner leaves out example {number} (\"{entry}\"), as it names {name}, to whom the note is written: to keep it, word it as to them (\"{said}\") and add it to the note."
        )
    }

    fn note_no_example_left(&self) -> &'static str {
        "No example is left in the note."
    }

    fn no_note_resolved(&self, path: &str) -> String {
        format!(
            "The partner has resolved the concern, so there is no message to send them: {path} was not written."
        )
    }

    fn prompt_hint(&self) -> &'static str {
        "Type ? for help, or pick \"Explain this question\" in a list. Esc goes back one question. Ctrl-C stops without saving anything."
    }

    fn context_title(&self) -> &'static str {
        "About the project"
    }

    fn no_help(&self) -> &'static str {
        "No further help for this question."
    }

    fn optional_suffix(&self) -> &'static str {
        " (optional, leave empty to skip)"
    }

    fn help_suffix(&self) -> &'static str {
        " (?\u{a0}for\u{a0}help)"
    }

    fn skip(&self) -> &'static str {
        "Skip this question"
    }

    fn explain(&self) -> &'static str {
        "Explain this question"
    }

    fn list_hint(&self) -> &'static str {
        "One entry per line; an empty line finishes the list. A pasted block stays one entry; e writes the list in your editor."
    }

    fn list_keep(&self, topic: &str, n: usize) -> String {
        match n {
            1 => format!("{topic}: you gave one entry before"),
            n => format!("{topic}: you gave {n} entries before"),
        }
    }

    fn list_keep_choices(&self) -> [&'static str; 3] {
        ["Keep as is", "Add more", "Start a new list"]
    }

    fn entry_prompt(&self, topic: &str, n: usize) -> String {
        format!("{topic} {n}")
    }

    fn pasted_as_one(&self) -> &'static str {
        "The pasted lines were taken as one entry."
    }

    fn item_heading(&self, title: &str, n: usize, total: usize) -> String {
        format!("{title} · part {n} of {total}")
    }

    fn documents_heading(&self) -> &'static str {
        "For the document"
    }

    fn documents_guidance(&self) -> &'static str {
        "A few more answers for the document itself: what is wrong, what you ask for, and whom it is about."
    }

    fn first_question(&self) -> &'static str {
        "This is the first question; there is nothing before it."
    }

    fn enter_keeps(&self, answer: &str) -> String {
        format!("Enter keeps {answer}")
    }

    fn enter_takes_noted(&self, date: &str) -> String {
        format!("Enter takes {date}, the day the note to your partner was written")
    }

    fn e_for_editor(&self) -> &'static str {
        "e opens your editor"
    }

    fn one_line(&self) -> &'static str {
        "This answer fits on one line; the pasted text had several."
    }

    fn plain_pick(&self, first: usize, last: usize, default: usize) -> String {
        format!("Number ({first} to {last}) or a word of your choice; Enter for {default}:")
    }

    fn plain_no_choice(&self, typed: &str) -> String {
        format!("\u{201c}{typed}\u{201d} names none of the choices; type its number.")
    }

    fn paste_at_a_list(&self) -> &'static str {
        "Pasted text picks nothing here: choose with the arrow keys and Enter."
    }

    fn editor_problem(&self, problem: &EditorProblem) -> String {
        const INSTEAD: &str = "Type the answer here instead.";
        const DISCARDED: &str = "the edit was discarded.";
        match problem {
            EditorProblem::NotACommand { command } => format!(
                "The editor `{command}` is a comment to the shell, not a command; set $VISUAL or $EDITOR to your editor. {INSTEAD}"
            ),
            EditorProblem::DumbTerminal => format!(
                "The terminal is dumb and $EDITOR is not set, so no editor can be started. {INSTEAD}"
            ),
            EditorProblem::NotStarted { command, reason } => {
                format!("The editor `{command}` could not be started: {reason}. {INSTEAD}")
            }
            EditorProblem::NotFound { command } => format!(
                "The shell could not run the editor `{command}`; check $VISUAL and $EDITOR. {INSTEAD}"
            ),
            EditorProblem::Failed { command, status } => {
                format!("The editor `{command}` ended with exit status {status}; {DISCARDED}")
            }
            EditorProblem::Killed { command, signal } => {
                format!("The editor `{command}` was stopped by signal {signal}; {DISCARDED}")
            }
            EditorProblem::Unreadable { reason } => {
                format!(
                    "The text written in the editor could not be read back ({reason}); {DISCARDED}"
                )
            }
            EditorProblem::NotAFile => format!(
                "The editor left something other than a file in place of the text; {DISCARDED}"
            ),
            EditorProblem::NotText => {
                format!("The editor saved something other than UTF-8 text; {DISCARDED}")
            }
            EditorProblem::TooLong { kib, max_kib } => format!(
                "The text from the editor has {kib} KiB, more than the {max_kib} KiB an answer may have; {DISCARDED}"
            ),
        }
    }

    fn answer_too_long(&self, kib: u64, max_kib: u64) -> String {
        format!(
            "This answer has {kib} KiB, more than the {max_kib} KiB an answer may have; shorten it."
        )
    }

    fn to_do(&self) -> &'static str {
        "to do"
    }

    fn kept_continue(&self) -> &'static str {
        "Continue: check and change those answers"
    }

    fn kept_afresh(&self) -> &'static str {
        "Start afresh"
    }

    fn kept_failed(&self, reason: &str) -> String {
        format!("Your answers could not be kept for the next run: {reason}")
    }

    fn offer_brief(&self) -> &'static str {
        "Write the brief for your CSM now?"
    }

    fn offer_note(&self) -> &'static str {
        "Write a draft message to your partner now?"
    }

    fn offer_email(&self, path: &str) -> String {
        format!("Yes, as an email draft to send: {path}")
    }

    fn offer_yes(&self, path: &str) -> String {
        format!("Yes, to {path}")
    }

    fn offer_no(&self) -> &'static str {
        "No, thanks"
    }

    fn brief_file(&self) -> &'static str {
        "escalation-brief"
    }

    fn note_file(&self) -> &'static str {
        "message-to-partner"
    }

    fn review_title(&self) -> &'static str {
        "Review your answers (pick one to change it)"
    }

    fn review_done(&self) -> &'static str {
        "All correct: show the verdict"
    }

    fn review_short(&self) -> &'static str {
        "Review"
    }

    fn invalid_answer(&self, key: &str, value: Option<&str>, why: &str) -> String {
        match value {
            Some(value) => format!("invalid answer for `{key}`: `{value}`: {why}"),
            None => format!("no answer for `{key}`: {why}"),
        }
    }

    fn unknown_key(&self, key: Option<&str>) -> String {
        match key {
            Some(key) => format!("unknown answer key `{key}`"),
            None => "an answer key is empty".to_owned(),
        }
    }

    fn hint_known_keys(&self, keys: &str) -> String {
        format!("the checklist's keys are: {keys}")
    }

    fn hint_did_you_mean(&self, key: &str) -> String {
        format!("did you mean `{key}`? (see `escalate template` for every key)")
    }

    fn hint_many_keys(&self, n: usize) -> String {
        format!("the checklist has {n} keys; `escalate template` lists them all")
    }

    fn hint_flat_keys(&self, example: &str, section: &str) -> String {
        format!(
            "answer keys are flat, one per question: write `{example}` instead of nesting it under `{section}`"
        )
    }

    fn answer_twice(&self, key: &str) -> String {
        format!("`{key}` is answered twice with --answer")
    }

    fn flag_without_equals(&self) -> &'static str {
        "expected KEY=VALUE, like scope.reviewed-deliverables=yes"
    }

    fn missing_no_input(&self, keys: &str) -> String {
        format!("--no-input was given, but these questions have no answer: {keys}")
    }

    fn missing_no_terminal(&self, keys: &str) -> String {
        format!(
            "cannot ask: stdin and stderr are not both terminals; these questions have no answer: {keys}"
        )
    }

    fn missing_empty_stdin(&self, keys: &str) -> String {
        format!("stdin is empty, and these questions have no answer: {keys}")
    }

    fn hint_pass_flags(&self) -> &'static str {
        "pass answers with --answers FILE (see `escalate template`) or --answer KEY=VALUE"
    }

    fn hint_pass_answers(&self) -> &'static str {
        "pass answers with --answers FILE (see `escalate template`), --answer KEY=VALUE, or one per line on stdin"
    }

    fn input_ended(&self, key: &str, line: usize) -> String {
        format!("stdin ended before an answer for `{key}` (line {line})")
    }

    fn hint_line_order(&self) -> &'static str {
        "stdin gives one answer per line, in the order `escalate show` lists the questions; an empty line skips an optional one"
    }

    fn line_unused(&self, last: usize) -> String {
        format!("no question is left for this line; the answers ended at line {last}")
    }

    fn line_unneeded(&self) -> &'static str {
        "no question is left for this line: the file and flags answer every question"
    }

    fn saved_answers_header(&self, id: &str, lang: &str) -> String {
        format!(
            "Answers for the checklist {id} ({lang}); replay them with `escalate check --answers FILE`"
        )
    }

    fn kept_header(&self) -> &'static str {
        "Answers escalate keeps between runs in a terminal; `escalate forget` deletes them."
    }

    fn kept_offer(&self, date: &str) -> String {
        format!("You answered this checklist on {date}. Continue with those answers?")
    }

    fn kept_unreadable(&self, path: &str) -> String {
        format!("The answers kept in {path} cannot be read back; starting afresh.")
    }

    fn kept_note(&self) -> &'static str {
        "Your answers are kept for the next run; `escalate forget` deletes them."
    }

    fn next_send_note(&self, by: Option<&str>) -> String {
        match by {
            Some(by) => format!(
                "Next: send the message to your partner, then run `escalate check` again on or after {by}."
            ),
            None => "Next: send the message to your partner, then run `escalate check` again once they have answered.".to_owned(),
        }
    }

    fn next_wait(&self, from: &str) -> String {
        format!(
            "Next: give your partner time to answer, and run `escalate check` again on or after {from}."
        )
    }

    fn next_steps(&self, from: Option<&str>) -> String {
        match from {
            Some(from) => format!(
                "Next: take the steps above, then run `escalate check` again on or after {from}."
            ),
            None => "Next: take the steps above, then run `escalate check` again.".to_owned(),
        }
    }

    fn kept_nowhere(&self) -> &'static str {
        "Your answers cannot be kept: there is no home folder to keep them in."
    }

    fn forgot(&self, path: &str) -> String {
        format!("forgot the answers kept in {path}")
    }

    fn nothing_to_forget(&self) -> &'static str {
        "no answers are kept for this checklist"
    }

    fn state_refused(&self, path: &str, why: Refused) -> String {
        match why {
            Refused::NotAFile => format!("{path} is not a regular file"),
            Refused::NotYours => format!("{path} belongs to another user"),
            Refused::OpenToOthers => format!("other users may change {path}"),
        }
    }

    fn kept_not_used(&self, reason: &str) -> String {
        format!("Kept answers are not used: {reason}. This run neither reads nor keeps any.")
    }

    fn kept_stale(&self, keys: &str, n: usize) -> String {
        match n {
            1 => format!("One kept answer no longer fits the checklist and is asked again: {keys}"),
            n => {
                format!("{n} kept answers no longer fit the checklist and are asked again: {keys}")
            }
        }
    }

    fn offer_not_writable(&self, reason: &str) -> String {
        format!("The document that fits cannot be written here, so it is not offered: {reason}")
    }

    fn document_format(&self, path: &str) -> String {
        format!(
            "{path}: the file name must end in .md (Markdown), .txt (plain text) or .eml (an email draft)"
        )
    }

    fn usage_invalid_value(&self, value: &str, option: &str, why: &str) -> String {
        format!("invalid value '{value}' for {option}: {why}")
    }

    fn usage_values(&self, values: &str) -> String {
        format!("possible values: {values}")
    }

    fn usage_unknown(&self, option: &str, meant: Option<&str>) -> String {
        match meant {
            Some(meant) => format!("unknown option '{option}'; did you mean '{meant}'?"),
            None => format!("unknown option '{option}'; see escalate --help"),
        }
    }

    fn expected_iso_date(&self) -> &'static str {
        "expected a date as YYYY-MM-DD, like 2026-03-01"
    }

    fn expected_address(&self) -> &'static str {
        "expected an email address, like csm@example.com"
    }

    fn is_a_folder(&self, path: &str) -> String {
        format!("cannot write {path}: it is a folder; give a file name")
    }

    fn line_too_long(&self, kib: usize) -> String {
        format!("the line is longer than {kib} KiB")
    }

    fn line_not_utf8(&self) -> &'static str {
        "the line is not valid UTF-8"
    }

    fn cannot_read(&self, reason: &str) -> String {
        format!("cannot read: {reason}")
    }

    fn is_a_directory(&self) -> &'static str {
        "is a directory, not a file"
    }

    fn too_big(&self, kib: u64) -> String {
        format!("the file is larger than {kib} KiB, the most escalate reads")
    }

    fn not_utf8(&self) -> &'static str {
        "the file is not valid UTF-8"
    }

    fn too_deep(&self, n: usize) -> String {
        format!("`[` and `{{` nest more than {n} levels deep here")
    }

    fn too_expanded(&self, kib: usize) -> String {
        format!("aliases here expand the file beyond {kib} KiB, the most escalate reads")
    }

    fn glued_comment(&self, lost: &str, quoted: &str) -> String {
        format!(
            "after a space, `#` starts a comment, so `{lost}` would be lost; put the value in quotes: `{quoted}`"
        )
    }

    fn colon_key(&self, key: &str, quoted: &str) -> String {
        format!(
            "the `: ` after `{key}` makes that text a key, so the value is no longer text; put the value in quotes: `{quoted}`"
        )
    }

    fn not_a_map(&self, text: Option<&str>) -> String {
        let map = "be a map of answer keys to values, one answer a line, like `scope.reviewed-deliverables: yes`";
        match text {
            Some(text) => format!("the file holds only the text `{text}`; it must {map}"),
            None => format!("the file must {map}"),
        }
    }

    fn key_twice(&self, key: &str) -> String {
        format!("the key `{key}` is given twice; keep one of them")
    }

    fn syntax(&self, syntax: &Syntax) -> String {
        match syntax {
            Syntax::AfterQuote { quoted } => format!(
                "a value that starts with a quote ends where the quote closes, so the text after it cannot be read; put the whole value in quotes: `{quoted}`"
            ),
            Syntax::Tab => {
                "a tab indents this line, and YAML indents with spaces only; replace the tab with spaces".to_owned()
            }
            Syntax::Indent => {
                "this line is indented unlike the lines it belongs with; indent the entries of one list, and the keys of one map, by the same number of spaces".to_owned()
            }
            Syntax::OpenQuote { line } => format!(
                "the quote opened on line {line} is never closed; close it at the end of its value"
            ),
            Syntax::OpenBracket => {
                "a `[` or `{` is not closed; close it, or put the value in quotes if the bracket is part of the text".to_owned()
            }
            Syntax::Reserved { first, quoted } => format!(
                "a value cannot start with `{first}` in YAML; put the value in quotes: `{quoted}`"
            ),
            Syntax::Control => {
                "a control character (such as NUL) stands here, and YAML does not allow one; remove it".to_owned()
            }
            Syntax::JsonEnd => {
                "the JSON ends before its object, a list or a text in it is closed; add the missing `}`, `]` or `\"`".to_owned()
            }
            Syntax::JsonAfter => {
                "more follows the JSON object's closing `}`; an answers file is one object".to_owned()
            }
            Syntax::JsonUnreadable => {
                "this is not valid JSON here; a comma or a quote missing just before is the usual cause".to_owned()
            }
            Syntax::Nested => {
                "lists and maps nest more than 128 levels deep here, or an alias contains itself".to_owned()
            }
            Syntax::UnknownAlias => {
                "an alias (`*name`) here refers to no anchor (`&name`) before it".to_owned()
            }
            Syntax::Documents => {
                "the file holds more than one YAML document (a `---` line between them); keep one".to_owned()
            }
            Syntax::Unreadable => {
                "this is not valid YAML here; check the line and the one before it".to_owned()
            }
        }
    }

    fn answers_too_big(&self, kib: u64, max: u64) -> String {
        format!(
            "the answers would make a file of {kib} KiB, more than the {max} KiB escalate reads back; nothing was saved"
        )
    }

    fn checklist_empty(&self) -> &'static str {
        "the checklist is empty; `escalate init` writes one to start from"
    }

    fn rule(&self, rule: &Rule) -> String {
        match rule {
            Rule::Schema { found, supported } => {
                format!("schema {found} is not supported; this release reads schema {supported}")
            }
            Rule::NotKebab { what, id } => {
                let what = match what {
                    Id::Checklist => "checklist id",
                    Id::Lang => "lang",
                    Id::Item => "item id",
                    Id::Question => "question id",
                };
                format!("{what} `{id}` must be lowercase kebab-case, like `partner-contact`")
            }
            Rule::Blank { field } => format!("`{field}` must not be empty"),
            Rule::ContextDecides { id } => format!(
                "context question `{id}` decides nothing, so it cannot have `pass`, `outcome`, `min`, `wait_days` or `advice`"
            ),
            Rule::NoItems => "a checklist needs at least one item".to_owned(),
            Rule::ReservedContext => {
                "`context` is reserved for the context questions; choose another item id".to_owned()
            }
            Rule::DuplicateItem { id } => format!("duplicate item id `{id}`"),
            Rule::NoQuestions { item } => format!("item `{item}` needs at least one question"),
            Rule::DuplicateQuestion { id, section } => {
                format!("duplicate question id `{id}` in `{section}`")
            }
            Rule::OtherKindsField {
                field,
                kind,
                id,
                is,
            } => {
                format!("`{field}` is only for {kind} questions; `{id}` is a {is} question")
            }
            Rule::DecidesOptional { id } => format!(
                "`{id}` decides the verdict, so it cannot be optional: left unanswered it would count as done; remove `optional`, or what it decides by"
            ),
            Rule::DecidesBehindOptional { id, when } => format!(
                "`{id}` decides the verdict but is asked only after an optional answer, so leaving that open would count as done; make `{when}` required"
            ),
            Rule::FewOptions { id } => {
                format!("choice `{id}` needs at least two options with different values")
            }
            Rule::OptionNotKebab { value } => {
                format!("option value `{value}` must be lowercase kebab-case, like `not-yet`")
            }
            Rule::OptionNumber { value } => format!(
                "option value `{value}` is a number, but a number picks an option by its position; use a value with a letter, like `option-{value}`"
            ),
            Rule::DuplicateOption { value, id } => {
                format!("duplicate option value `{value}` in `{id}`")
            }
            Rule::WhenItself { id } => format!("`when` of `{id}` refers to the question itself"),
            Rule::WhenNotEarlier {
                id,
                target,
                section,
            } => format!(
                "`when` of `{id}` refers to `{target}`, which is not an earlier question of `{section}`; `when` can only look back"
            ),
            Rule::WhenKind { target, kind } => format!(
                "`when` with `is` or `in` can refer to a confirm, choice or text question; `{target}` is a {kind} question"
            ),
            Rule::WhenShape => "`when` takes `is: VALUE` or `in: [VALUES]`, not both".to_owned(),
            Rule::WhenValue {
                target,
                value,
                allowed,
            } => format!(
                "`{target}` cannot be `{value}`; it takes {}",
                allowed.join(", ")
            ),
            Rule::Label { id, max } => format!(
                "the label of `{id}` must be one line of 1 to {max} characters, like `Statement of work re-read`"
            ),
            Rule::BriefDecides { id } => {
                format!("`{id}` is asked only for the documents, so it cannot decide the verdict")
            }
            Rule::BriefInContext => {
                "context questions are always for the documents; `brief` is for an item's questions"
                    .to_owned()
            }
            Rule::FutureWaits { id } => format!(
                "`{id}` waits for days to pass (`wait_days`), so its date cannot lie in the future"
            ),
            Rule::WhenLooksAtDocuments { id, target } => format!(
                "`when` of `{id}` looks at `{target}`, which is asked only for the documents, after `{id}`"
            ),
            Rule::RoleKind { role, kind, id, is } => {
                format!("the role `{role}` is for a {kind} question; `{id}` is a {is} question")
            }
            Rule::RoleTaken { role, first } => format!(
                "the role `{role}` is taken by `{first}` already; each role is one question's"
            ),
            Rule::RaisedOutcomes { id } => format!(
                "`{id}` has the role `raised`, so an option needs the outcome `fail` (not raised yet) and one `pass` (raised, still open)"
            ),
        }
    }

    fn hint_validate(&self) -> &'static str {
        "fix the places named above; `escalate validate FILE` checks again"
    }

    fn bad_source_date_epoch(&self, raw: Option<&str>) -> String {
        match raw {
            Some(raw) => format!("SOURCE_DATE_EPOCH must be a number of seconds, not `{raw}`"),
            None => {
                "SOURCE_DATE_EPOCH is blank; set it to a number of seconds, or unset it".to_owned()
            }
        }
    }

    fn reading_stdin(&self) -> &'static str {
        "cannot read stdin"
    }

    fn reading_terminal(&self) -> &'static str {
        "cannot read from the terminal"
    }

    fn writing_terminal(&self) -> &'static str {
        "cannot write to the terminal"
    }

    fn writing_stdout(&self) -> &'static str {
        "cannot write to stdout"
    }

    fn cannot_write(&self, path: &str) -> String {
        format!("cannot write {path}")
    }

    fn file_exists(&self, path: &str) -> String {
        format!("{path} already exists")
    }

    fn hint_force(&self) -> &'static str {
        "use --force to replace it, or choose another file name"
    }

    fn no_folder(&self, path: &str) -> String {
        format!("cannot write {path}: its folder does not exist")
    }

    fn same_file(&self, path: &str) -> String {
        format!("two outputs name {path}; give each its own file")
    }

    fn output_is_input(&self, output: &str, input: &str) -> String {
        format!("{output} is the input file {input}; write to another file so the input is kept")
    }

    fn not_a_regular_file(&self, path: &str) -> String {
        format!("cannot write {path}: it is not a regular file (a device, pipe or socket)")
    }

    fn dash_output(&self) -> &'static str {
        "`-` is not a file name here: escalate writes files only by their name"
    }

    fn both_stdin(&self) -> &'static str {
        "--checklist - and --answers - cannot both read stdin; give one of them a file"
    }

    fn hint_dash_output(&self) -> &'static str {
        "give a file name; `--format markdown` prints the brief on stdout"
    }

    fn hint_dash_init(&self, default: &str) -> String {
        format!("give a file name; without one, `escalate init` writes {default}")
    }

    fn hint_init_exists(&self) -> &'static str {
        "choose another path, or remove the file first"
    }

    fn interrupted(&self) -> &'static str {
        "Stopped. Nothing was saved."
    }

    fn stopped_after_writing(&self) -> &'static str {
        "Stopped. The files named above were written; nothing else was saved."
    }

    fn stopped_kept(&self, wrote: bool) -> &'static str {
        if wrote {
            "Stopped. The files named above were written, and your answers are kept for the next run."
        } else {
            "Stopped. Your answers are kept for the next run; nothing was written."
        }
    }

    fn internal_error(&self) -> &'static str {
        "internal error; this is a bug in escalate, please report it"
    }

    fn error_label(&self) -> &'static str {
        "error:"
    }

    fn hint_label(&self) -> &'static str {
        "hint:"
    }

    fn hint_meant(&self, value: &str, label: &str) -> String {
        format!("did you mean `{value}` (\"{label}\")?")
    }

    fn more_errors(&self, n: usize) -> String {
        format!("{n} more not listed here; fix the ones above, then check again")
    }

    fn valid(&self, file: &str) -> String {
        format!("{file}: valid")
    }

    fn wrote(&self, path: &str) -> String {
        format!("wrote {path}")
    }

    fn listed_above(&self, n: usize) -> String {
        format!(
            "{n} {}, listed above",
            super::plural(n as i64, "entry", "entries")
        )
    }

    fn template_header(&self) -> &'static str {
        "Answers for `escalate check --answers FILE`. Fill in the values; leave one empty to be asked for it."
    }

    fn template_optional(&self) -> &'static str {
        "optional"
    }

    fn template_for_documents(&self, brief: bool, note: bool) -> &'static str {
        match (brief, note) {
            (true, true) => {
                "for the brief and the note to the partner: asked only when one is written"
            }
            (false, true) => "for the note to the partner: asked only when it is written",
            _ => "for the brief: asked only when it is written",
        }
    }

    fn show_asked_when(&self, question: &str, values: &str) -> String {
        format!("asked when {question} is {values}")
    }

    fn show_asked_when_given(&self, question: &str) -> String {
        format!("asked when {question} gives a name or a value, not \"n/a\"")
    }

    fn show_asked_when_answered(&self, question: &str) -> String {
        format!("asked when {question} is answered")
    }
}

/// A role as the object of "raised with": "the on-call engineer", unless it
/// has its own article or possessive ("their support desk").
fn with_article(role: &str) -> String {
    let first = role.split_whitespace().next().unwrap_or_default();
    let own = ["the", "their", "a", "an", "our", "your"].contains(&first.to_lowercase().as_str());
    if own {
        role.to_owned()
    } else {
        format!("the {role}")
    }
}

/// A date at risk's state, in a subject.
fn en_risk(risk: crate::report::Risk) -> &'static str {
    match risk {
        crate::report::Risk::AtRisk => "at risk",
        crate::report::Risk::Blocked => "blocked",
        crate::report::Risk::Missed => "missed",
    }
}
