//! Every sentence escalate says itself, in each language it speaks.
//!
//! A language is one file here: `en.rs`, `de.rs`. Each implements
//! [`Messages`]: the language's code and shipped checklist, the words and
//! date shapes answers are typed with, the month names an example may
//! carry, how it writes a date, and every sentence, with named arguments.
//! A message missing in one language does not compile, and [`Lang`] is
//! matched once, in [`Lang::messages`], so a new language is its file,
//! its variant here and its checklist.
//!
//! The language is settled once per run ([`settle`], [`choose`]):
//! `--lang`, else the checklist's own `lang`, else the locale, else
//! English; everything said is said through [`t`]. Checklist text is not
//! here: it comes from the checklist file.

mod de;
mod en;

use crate::checklist::KindWords;
use crate::prompt::editor::Problem as EditorProblem;
use crate::report::Channel;
use crate::state::Refused;
use clap::ValueEnum;
use std::sync::OnceLock;

/// Why a partner's window closes before the checklist's working days
/// have passed, for the words: the date at risk, as written, or a live
/// shop that is down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Early<'a> {
    AtRisk(&'a str),
    LiveDown,
}

/// A language escalate speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    En,
    De,
}

impl Lang {
    /// Everything the language says.
    pub fn messages(self) -> &'static dyn Messages {
        match self {
            Lang::En => &en::En,
            Lang::De => &de::De,
        }
    }

    /// Every language, in the order `--lang` lists them.
    pub fn all() -> impl Iterator<Item = Lang> + Clone {
        Lang::value_variants().iter().copied()
    }

    pub fn code(self) -> &'static str {
        self.messages().code()
    }

    /// The checklist shipped in this language.
    pub fn checklist(self) -> &'static str {
        self.messages().checklist()
    }

    /// The UI language for a checklist's `lang` (`de`, `de-AT`, `en-GB`, …),
    /// if it is one escalate speaks; for others the locale decides.
    pub fn for_checklist(lang: &str) -> Option<Lang> {
        let primary = lang.split('-').next();
        Lang::all().find(|l| Some(l.code()) == primary)
    }

    /// The language of the locale ([`locale`]), if it is one escalate
    /// speaks.
    pub fn from_locale() -> Option<Lang> {
        locale().and_then(|value| Lang::all().find(|l| value.starts_with(l.code())))
    }
}

/// The locale of the run: the first of LC_ALL, LC_MESSAGES and LANG that
/// is set and not empty (`de_AT.UTF-8`).
pub fn locale() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .find(|value| !value.is_empty())
}

/// The language of the run, once settled.
static SETTLED: OnceLock<Lang> = OnceLock::new();

/// The language for `flag` (`--lang`) and a checklist's own `lang`: the
/// flag, else the checklist's, else the locale's, else English.
pub fn choose(flag: Option<Lang>, checklist: Option<&str>) -> Lang {
    flag.or_else(|| checklist.and_then(Lang::for_checklist))
        .or_else(Lang::from_locale)
        .unwrap_or(Lang::En)
}

/// Settles the language of the run, before anything is put into words;
/// the first language settled stays (a later call, such as the fallback
/// before an error is printed, changes nothing). Returns it.
pub fn settle(lang: Lang) -> Lang {
    *SETTLED.get_or_init(|| lang)
}

/// The language of the run: the one settled, or English where nothing
/// settles one (the library, as the tests and fuzz targets use it).
pub fn current() -> Lang {
    SETTLED.get().copied().unwrap_or(Lang::En)
}

/// The language of the run, if one has been settled.
pub fn settled() -> Option<Lang> {
    SETTLED.get().copied()
}

/// The messages in the language of the run.
pub fn t() -> &'static dyn Messages {
    current().messages()
}

/// Every language's messages, for what is read in any of them (yes and
/// no, dates, month names).
pub fn every() -> impl Iterator<Item = &'static dyn Messages> + Clone {
    Lang::all().map(Lang::messages)
}

/// A choice's options as an error lists them: each value, to type, with
/// its label in the checklist's words, which say what it means, between
/// the language's quotes.
fn options(options: &[(String, String)], (open, close): (char, char)) -> String {
    let listed: Vec<String> = (options.iter())
        .map(|(value, label)| format!("`{value}` {open}{label}{close}"))
        .collect();
    listed.join(", ")
}

/// `n` with its digits in groups of three, set apart by `separator`
/// (`10,000` in English, `10.000` in German).
pub fn grouped(n: usize, separator: char) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

/// `text` with its first letter in lower case, to go inside a sentence
/// (`By email` in `Raised with ACME by email`).
pub fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `text` as an aside after a word: in brackets, ` (go-live)`; or, when it
/// holds a bracket of its own, between `open` and `close` (a dash, or
/// commas), so that no bracket stands inside another.
pub fn aside(text: &str, open: &str, close: &str) -> String {
    if text.contains(['(', ')']) {
        format!("{open}{text}{close}")
    } else {
        format!(" ({text})")
    }
}

/// `text` with its first letter in upper case, to open a sentence.
pub fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Ends `text` as a sentence: with a full stop, unless a name or answer at
/// its end already brought one (`ACME Inc.`) or other closing mark.
pub fn end_sentence(text: &mut String) {
    if !text.ends_with(['.', '!', '?', '…']) {
        text.push('.');
    }
}

/// `one` for a count of 1, else `many`: the one place plurals are chosen.
pub fn plural<'a>(n: impl Into<i64>, one: &'a str, many: &'a str) -> &'a str {
    if n.into() == 1 { one } else { many }
}

/// Every sentence escalate says, in one language, and what the language
/// needs to read and write answers.
pub trait Messages: KindWords + Sync {
    // The language itself.
    /// Its code, as `--lang` and a checklist's `lang` write it (`en`).
    fn code(&self) -> &'static str;
    /// The checklist shipped in the language.
    fn checklist(&self) -> &'static str;
    // Verdict and report.
    fn verdict_ready(&self) -> &'static str;
    fn verdict_not_ready(&self) -> &'static str;
    fn verdict_not_needed(&self) -> &'static str;
    fn explain_ready(&self) -> &'static str;
    /// The ask's first sentence with the live shop down: push the
    /// priority support case (`Some`, its number or "" when none is
    /// said), or help open one (`None`).
    fn ask_support_first(&self, case: Option<&str>) -> String;
    /// After "ready" when the brief is too thin to act on: no go-ahead.
    fn explain_ready_draft(&self) -> &'static str;
    fn explain_not_ready(&self) -> &'static str;
    fn explain_not_needed(&self) -> &'static str;
    fn status_pass(&self) -> &'static str;
    fn status_fail(&self) -> &'static str;
    fn status_info(&self) -> &'static str;
    fn status_stop(&self) -> &'static str;
    fn status_skipped(&self) -> &'static str;
    fn warnings(&self) -> &'static str;
    fn revisit(&self, prompt: &str) -> String;
    fn md_examples(&self) -> &'static str;
    fn md_next_steps(&self) -> &'static str;
    /// `name` is the list question's label.
    fn few_entries(&self, name: &str, got: usize, want: usize) -> String;
    fn weak_evidence(&self, entry: &str) -> String;
    // The documents: the brief and the note to the partner.
    /// The brief's subject: whom it is about (the merchant, else the
    /// partner or the project) and the topic (how severe it is, in a few
    /// words).
    fn brief_subject(&self, about: Option<&str>, topic: Option<&str>) -> String;
    /// The date at risk in a subject: what happens then, the day, at
    /// risk, blocked or missed ("Black Friday 27 Nov at risk"); never a
    /// count of the days left, which is wrong once the mail waits a day.
    fn subject_urgent(&self, urgent: &crate::report::Urgent) -> String;
    /// What is broken in a live shop that is down, `since` a day.
    fn subject_since(&self, topic: &str, since: &str) -> String;
    /// What happens on the date at risk of a blocked launch, unnamed.
    fn go_live(&self) -> &'static str;
    /// The subject of a brief written as a draft, so that it is not sent
    /// by mistake.
    fn subject_draft(&self, subject: &str) -> String;
    /// The sentence on the date at risk, as the brief's first line and
    /// the note say it, the one place either says it: a label for whether
    /// it is at risk, blocked or missed, then what happens then as typed,
    /// a noun or a clause, each in a frame that reads right for it ("At
    /// risk: the relaunch on 1 Dec 2026", "At risk: 4 Dec 2026, when the
    /// sale email goes out"). A close date has its weekday, never a count
    /// of days left, which is wrong the day after the document is sent.
    fn at_risk_sentence(&self, u: &crate::report::Urgent) -> String;
    /// The brief's first line, to forward as it is.
    fn brief_summary(&self, summary: &crate::report::Summary) -> String;
    /// Said at the terminal when a document is written as text or
    /// Markdown, whose file holds no subject: the subject for the email.
    fn subject_for_email(&self, subject: &str) -> String;
    /// The banner of a brief written for a case that is not ready.
    fn draft_not_ready(&self) -> &'static str;
    /// The top of a brief too thin to act on, `n` points still open.
    fn draft_thin(&self, n: usize) -> String;
    /// The words that mark what the CSM does first in the ask ("first",
    /// „zuerst“), lower case.
    fn first_words(&self) -> &'static [&'static str];
    /// What leads on from the first thing to do to the merchant's ask in
    /// one sentence ("and then", „und dann“).
    fn ask_then(&self) -> &'static str;
    /// The access sentence for links when only some examples are links.
    fn evidence_links_some(&self) -> &'static str;
    /// The top of a brief too thin to act on, `n` points still open,
    /// when the live shop is down: send it now, the points after.
    fn draft_send_now(&self, n: usize) -> String;
    fn draft_not_needed(&self) -> &'static str;
    fn h_problem(&self) -> &'static str;
    fn h_ask(&self) -> &'static str;
    fn h_stakes(&self) -> &'static str;
    /// The names of the days of the week, Monday first.
    fn weekdays(&self) -> &'static [&'static str; 7];
    /// `date` with its weekday in short, after a deadline said in words
    /// ("Fri 18 Dec 2026"): a short name that is read as no weekday of
    /// the merchant's own.
    fn short_weekday_date(&self, date: jiff::civil::Date) -> String;
    /// A deadline that bounds a time ("before Christmas"), dated: `day`,
    /// the last day within it ("by Wednesday, 23 Dec 2026").
    fn deadline_by(&self, day: &str) -> String;
    /// A time that starts after a day ("after New Year"), dated: `day`,
    /// the first day of it ("from Monday, 4 Jan 2027").
    fn deadline_from(&self, day: &str) -> String;
    /// `date` with its weekday, where the reader must see which day it
    /// is (an answer-by date that may fall on a public holiday).
    fn weekday_date(&self, date: jiff::civil::Date) -> String {
        let day = usize::from(date.weekday().to_monday_zero_offset().unsigned_abs());
        format!("{}, {}", self.weekdays()[day], self.date(date))
    }
    fn h_scope(&self) -> &'static str;
    /// That there is no Adobe support case yet, as the answer says.
    fn no_support_case(&self) -> &'static str;
    /// That whether there is an Adobe support case is not known: the
    /// answer said so ("don't know", "?"), and nothing more.
    fn support_case_unknown(&self) -> &'static str;
    fn nothing_added(&self) -> &'static str;
    fn something_added(&self) -> &'static str;
    fn h_partner(&self) -> &'static str;
    fn not_raised_yet(&self) -> &'static str;
    fn resolved_with_partner(&self) -> &'static str;
    /// Raised with the `partner` (or `person` there), by `channel` (an
    /// option's label), on a date.
    fn raised_with(&self, raised: &crate::report::RaisedWith) -> String;
    /// How the concern was raised, as the brief's sentence on it says it
    /// ("by phone"); `None` to say the option's label.
    fn raised_via(&self, channel: Channel) -> Option<&'static str>;
    /// Whether the concern went higher at the partner than the contact,
    /// `contact` by name when the brief names them.
    fn went_up(&self, partner: Option<&str>, contact: Option<&str>, went_up: bool) -> String;
    fn their_answer(&self) -> &'static str;
    /// Whether the CSM may contact the partner's decider (`name`, if
    /// named) directly, for a shipped option's `value` of the
    /// decider-contact question; `written`: the merchant has written to
    /// the decider already, as the brief says above it, so "me first"
    /// announces the CSM (without saying again that it was written)
    /// rather than promising a first letter.
    fn decider_contact(&self, value: &str, name: Option<&str>, written: bool) -> Option<String>;
    fn no_answer_yet(&self) -> &'static str;
    /// The label of the merchant's position when it speaks to the partner
    /// ("since your release"): in the brief, what they answered the
    /// partner, so that its "you" does not read as the CSM.
    fn position_to_partner(&self) -> &'static str;
    fn h_evidence(&self) -> &'static str;
    fn h_contact(&self) -> &'static str;
    // The brief's words for the choices, and the gaps a CSM would ask about.
    /// A severity option's `value` in a few words, for the subject and the
    /// summary (`live shop down`); `None` for a value of a custom checklist.
    /// Without `live`, the answers say there is no live shop yet: nothing
    /// is said of one.
    fn severity_topic(&self, value: &str, live: bool) -> Option<&'static str>;
    /// The severity of a shipped option in the fewest words a subject
    /// can always hold ("shop down").
    fn severity_tag(&self, value: &str) -> Option<&'static str>;
    /// What a shipped option's severity is about, without what befalls it
    /// ("live shop", "launch"): all the severity says when the merchant's
    /// own words on what is broken say what befalls it already.
    fn severity_noun(&self, value: &str, live: bool) -> Option<&'static str>;
    /// The severity of a shipped option as the brief's opening sentence
    /// says it after a colon, in the same words as its subject ("the live
    /// shop is degraded, working but with errors or slowly"); `None` for a custom
    /// checklist's.
    /// Without `live`, nothing is said of a live shop (the answers say
    /// there is none yet).
    fn severity_summary(&self, value: &str, live: bool) -> Option<&'static str>;
    /// An ask option's `value` as a request to the CSM, a sentence;
    /// `None` where the option's label says nothing of its own.
    fn ask_request(&self, value: &str) -> Option<&'static str>;
    /// The commercial question asked of the CSM with nothing more than
    /// the outcome wanted, which the brief says right after it: the
    /// request is to press the partner for that outcome.
    fn ask_commercial_toward(&self) -> &'static str;
    /// An option of the access to the examples as a sentence of the brief.
    /// That copies of the examples are attached, and where the originals
    /// are, under a label (the place is the user's text, of any grammar),
    /// without the last full stop.
    fn evidence_attached_from(&self, place: &str) -> String;
    /// What the brief says of the access to the examples (`value`).
    fn evidence_access(&self, value: &str) -> Option<&'static str>;
    /// What the brief says of the access to the examples (`value`) when
    /// the merchant's words put one in a system they cannot open: copies
    /// of those they have; none for links.
    fn evidence_access_partly(&self, value: &str) -> Option<&'static str>;
    /// What the brief says of the access to the examples (`value`) when
    /// one of them names no document (a call, a count, a metric, a
    /// guess): copies of the documents among them.
    fn evidence_access_written(&self, value: &str) -> Option<&'static str>;
    /// Said at the terminal when a brief that says the examples are
    /// attached is written as an email draft or text: attach them first,
    /// and with a clause at issue (`contract`) the contract pages, too.
    fn attach_before_sending(&self, contract: bool) -> &'static str;
    /// Said at the terminal when a brief that names a clause at issue,
    /// and does not say the examples are attached, is written as an email
    /// draft or text: attach the contract pages, so the CSM reads the
    /// wording and not only its title.
    fn attach_contract_pages(&self) -> &'static str;
    /// The names of weekdays and other words naming a day, lowercase.
    fn day_names(&self) -> &'static [&'static str];
    /// What the CSM would ask for, as the object of "will ask for".
    fn gap_what(&self, kind: crate::report::GapKind) -> &'static str;
    /// Where to find it, or what to do, one sentence.
    fn gap_where(&self, kind: crate::report::GapKind) -> &'static str;
    /// A gap of the brief as the CSM reads it in the brief's list of what
    /// is still open, a bare noun phrase in the merchant's voice (the
    /// group's lead, [`Messages::open_lead`], says what becomes of it); `label`, the
    /// fact's label of the question it is about. `None` for one the CSM
    /// need not be told (a phone number: the email reaches the merchant).
    fn open_point(&self, kind: crate::report::GapKind, label: &str) -> Option<String>;
    /// The open point of how to reach the merchant: `full_name` when the
    /// name given is a first name alone (or none), `phone` when no phone
    /// number is given.
    fn open_reach(&self, full_name: bool, phone: bool) -> String;
    /// The line before a group of the points still open: those the
    /// merchant will send, or (`confirm`) those given above they will
    /// confirm, `after` the others.
    fn open_lead(&self, confirm: bool, after: bool) -> &'static str;
    /// A named person's missing part as an open point: `surname` when
    /// only a first name is given ("Dan"), `role` when no role is.
    fn open_person(&self, name: &str, surname: bool, role: bool) -> String;
    /// An open point: a phone number or email address for `name`.
    fn open_person_reach(&self, name: &str) -> String;
    /// The open point of examples sent on request, when only some of
    /// them are documents (the others are calls, counts or metrics): the
    /// copies of those documents follow.
    fn open_copies_of_documents(&self) -> &'static str;
    /// Under the verdict at the terminal, when the brief written lists
    /// `n` points (one or more) under "Still open".
    fn brief_open_points(&self, n: usize) -> String;
    /// In place of [`Messages::brief_open_points`], when the brief leaves
    /// `n` points open, too many to act on, or two that a CSM cannot act
    /// without: said plainly, with what to gather first (`gather`, the
    /// essential gaps open, `report::gaps::essential`; may be empty).
    fn brief_thin(&self, n: usize, gather: &[crate::report::GapKind]) -> String;
    /// Said under the verdict instead of [`Messages::brief_thin`] when the
    /// live shop is down: send the brief now, the `n` points after it.
    fn brief_send_now(&self, n: usize) -> String;
    /// The heading of the brief's list of what is still open.
    fn h_open(&self) -> &'static str;
    /// The point still open for an answer the merchant is not sure of:
    /// the thing its question asks for (`role`), or the answer under its
    /// `label`, and that it will be confirmed.
    fn open_unsure(&self, role: Option<crate::checklist::Role>, label: &str) -> String;
    /// The point still open for the clause at issue, not known or not
    /// sure: which clause, and the kind of contract, or, where the
    /// merchant wrote what they believe it is (`believed`), that it is so.
    fn open_clause(&self, believed: Option<crate::report::Pricing>) -> String;
    /// The label of the contract a merchant has instead of a clause of a
    /// statement of work ("n/a, we only have the support retainer").
    fn contract_instead(&self) -> &'static str;
    /// A gap as one warning line, naming the answer key that fills it.
    fn gap_warning(&self, kind: crate::report::GapKind, key: &str) -> String;
    /// Over the gaps at the terminal, before the brief is written.
    fn gaps_intro(&self) -> &'static str;
    fn gaps_offer(&self) -> &'static str;
    fn gaps_answer_now(&self) -> &'static str;
    fn gaps_as_is(&self) -> &'static str;
    /// Before the note is written at the terminal: the answers written
    /// for the CSM that it leaves out, and the offer to reword them.
    fn reword_intro(&self) -> &'static str;
    fn reword_offer(&self) -> &'static str;
    fn reword_now(&self) -> &'static str;
    fn reword_as_is(&self) -> &'static str;
    /// One answer the note leaves out: its question's `label`, and its
    /// `sentence` written for someone other than the partner.
    fn reword_line(&self, label: &str, sentence: &str, audience: crate::report::Audience)
    -> String;
    fn can_pass_on(&self, date: &str) -> String;
    /// The day a partner's window closes, with why when that is earlier
    /// than the checklist's working days.
    fn day_because(&self, day: &str, why: Early) -> String;
    /// Give the partner until `by` ([`Messages::day_because`]), when the
    /// window closes early: this, not the checklist's advice, says how
    /// long they have.
    fn wait_until(&self, by: &str) -> String;
    /// The day to ask the partner to answer by, with why when it is early
    /// ([`Messages::day_because`]).
    fn ask_answer_by(&self, by: &str) -> String;
    /// The date at risk leaves no day to wait for an answer.
    fn at_risk_too_near(&self, at_risk: &str) -> String;
    /// The check passes once the concern is raised: nothing to wait for.
    fn pass_once_raised(&self) -> &'static str;
    /// The subject of the message to the partner, without its label:
    /// `about` (whose project, and what), then the day to answer by.
    fn note_subject(&self, about: &str, by: crate::report::note::By) -> String;
    /// To the partner's contact person, or to no one by name.
    fn note_greeting(&self, to: Option<crate::report::Addressee>) -> String;
    /// The brief's greeting to a CSM it names no one by: a person the
    /// merchant writes to, not an office („Guten Tag,", not „Sehr
    /// geehrte Damen und Herren,").
    fn brief_nameless_greeting(&self) -> &'static str;
    /// The concern was raised (`on` a date, `via` a channel): the first
    /// sentence of a follow-up, pointing at the problem `below` it when
    /// the note has one.
    fn note_follow_up(&self, on: Option<&str>, via: Option<Channel>, below: bool) -> String;
    /// The concern is still open, said when no position on a reply
    /// follows.
    fn note_still_open(&self) -> &'static str;
    /// No reply came, as the answer says: the concern is taken up again.
    fn note_no_reply(&self) -> &'static str;
    /// No reply is given, but the answers tell what the partner said (a
    /// call, a promise): that answer has not solved it.
    fn note_only_spoken(&self) -> &'static str;
    /// The first sentence of a follow-up to the partner's reply: the
    /// reply, `via` the channel and `on` the day the answer says of it
    /// (else "your reply"), with `thanks` or only referred to, about the
    /// problem `below` (or the concern), which the merchant `raised`
    /// before, as [`crate::report::note::Before`] says.
    fn note_reply(
        &self,
        via: Option<Channel>,
        on: Option<&str>,
        thanks: bool,
        below: bool,
        raised: crate::report::note::Before,
    ) -> String;
    /// The merchant also took the concern higher at the partner: `to`
    /// whom, as their `role` when given, `on` which day, and what came of
    /// it (`came`) when the answer says: no answer yet, a voicemail
    /// with no call back, or the partner's answer upheld.
    fn note_went_up(
        &self,
        to: Option<&str>,
        role: Option<&str>,
        on: Option<&str>,
        came: crate::report::note::Higher,
    ) -> String;
    /// What the partner's pasted reply `said` first of the matter, quoted
    /// in its words, so that what the note answers is in front of them.
    fn note_they_wrote(&self, said: &str) -> String;
    /// The first message about the concern: about the `project` named,
    /// else leading into the problem that follows it, never about a
    /// project it cannot name.
    fn note_opening(&self, project: Option<&str>) -> String;
    /// What is wrong, in a few words (`what`: the merchant's topic or
    /// the severity's words), when nothing of the problem could be put
    /// to the partner.
    fn note_in_short(&self, what: &str) -> String;
    /// The line over the examples, `several` or one.
    fn note_examples(&self, several: bool) -> &'static str;
    /// The subject of a reply in the thread whose subject is `theirs`.
    fn reply_subject(&self, theirs: &str) -> String;
    /// The clause or deliverable the merchant named, as an apposition to
    /// "our agreement", whatever its words: no judgement of it; one with
    /// a colon of its own is framed without one before it.
    fn note_clause(&self, clause: &str) -> String;
    /// The words that ask for the outcome the merchant wants, which
    /// follows them in the same sentence in their words ("Specifically, I
    /// need the following from you: a written plan …").
    fn note_outcome(&self) -> &'static str;
    /// The date at risk as the note says it, in a sentence of a letter
    /// after what is at stake, not a label ("This puts the relaunch on
    /// 1 Dec 2026 at risk."); when what is at stake has just named the
    /// day (`dated` false), without it ("It also puts the relaunch at
    /// risk.").
    /// After what is at stake (`after`), it is said as a further harm
    /// ("It also puts our go-live on 1 Feb 2027 at risk."), never as
    /// following from the money lost.
    fn note_at_risk(&self, u: &crate::report::Urgent, dated: bool, after: bool) -> String;
    /// What is at stake as the merchant gave it on one line (`fragment`:
    /// "about 40 orders a day", "conversion dropped by a third"), after
    /// words that take a noun or a clause alike; a text that points back
    /// ("This costs us …") or runs over several lines stands on its own.
    /// Led in as what the problem means for the business only when it is
    /// a consequence (`consequence`: money, orders or customers lost,
    /// something that cannot be done); a state ("our Christmas campaign
    /// is running") is led in as why the timing matters.
    fn note_impact(&self, fragment: &str, consequence: bool) -> String;
    /// The closing request, one clear ask per case: an outcome that names
    /// its own time (`ask` timed) is asked for by that time (`due`), with
    /// no earlier day of the note's own beside it and no date at risk it
    /// replaces; any other is asked for `by` the note's day (the whole
    /// outcome, in time for a near date at risk, `at_risk`), or the
    /// partner's view, or what they will do once they have answered. A
    /// live shop that is `live` down asks today, one affected says so
    /// first. Who on their side handles it is asked only of a partner
    /// whose contact is not named. Ends on the call the partner
    /// suggested (`call`), never one the merchant did not offer.
    fn note_request(
        &self,
        by: crate::report::note::By,
        at_risk: Option<&str>,
        live: crate::report::note::Live,
        ask: crate::report::note::Ask,
        due: crate::report::note::Due,
        reply: crate::report::note::Reply,
    ) -> String;
    fn note_closing(&self) -> &'static str;
    /// The marks a letter in this language quotes with: “…” or „…“.
    fn quote_marks(&self) -> (&'static str, &'static str);
    /// The note leaves out of the answer to `key`, written for the CSM,
    /// its `sentence` that speaks of the partner or to the CSM
    /// (`audience`), and the `whole` answer when nothing else of it is
    /// left; `version`, when given, is the question that takes the
    /// partner's version; `instead`, what the note says in place of an
    /// answer cut whole that it cannot go without.
    fn note_left_out(
        &self,
        sentence: &str,
        audience: crate::report::Audience,
        key: &str,
        version: Option<&str>,
        whole: bool,
        instead: Option<&str>,
    ) -> String;
    /// In place of a position on the partner's reply whose every sentence
    /// was cut: that the merchant does not accept the reply.
    fn note_position_neutral(&self) -> &'static str;
    /// The note puts `sentence`, of the answer to `key` or of example
    /// `number`, to the partner in the second person, as `now`.
    fn note_reworded(&self, sentence: &str, now: &str, key: &str, number: Option<usize>) -> String;
    /// The outcome wanted (question `key`) gives a day by `words` relative
    /// to when the note is read.
    /// The outcome says `words`, a day relative to today; `on`, the date
    /// the documents add after them, when they name one for sure.
    fn note_relative_day(&self, words: &str, key: &str, on: Option<&str>) -> String;
    /// What the note to the partner leaves out (`gap`, filled by question
    /// `key`) that they need to prioritise.
    fn note_gap(&self, gap: crate::report::GapKind, key: &str) -> String;
    /// Words, lowercase, that give a day relative to today: "tomorrow".
    fn relative_days(&self) -> &'static [&'static str];
    /// The answer to `key` writes a weekday against a date it does not
    /// fall on: `said`, its words; `falls_on`, the date with its own
    /// weekday. The documents keep the date.
    fn weekday_date_wrong(&self, said: &str, falls_on: &str, key: &str) -> String;
    /// The brief's point to confirm for the same: `said` as written,
    /// and the date it names with its own weekday.
    fn open_weekday_date(&self, said: &str, day: jiff::civil::Date) -> String {
        let weekday =
            self.weekdays()[usize::from(day.weekday().to_monday_zero_offset().unsigned_abs())];
        self.open_weekday_date_of(said, weekday, &self.date(day))
    }
    /// [`Messages::open_weekday_date`] in words: `date` is a `weekday`.
    fn open_weekday_date_of(&self, said: &str, weekday: &str, date: &str) -> String;
    /// The note names the clause (question `key`) without `text`.
    fn note_quotes_money(&self, text: &str, key: &str) -> String;
    /// The note greets no one by name: `name`, the contact given (`key`),
    /// cannot be used in a greeting.
    fn note_nameless_greeting(&self, name: &str, key: &str) -> String;
    /// The German note greets `name` (`key`), a full name without Herr or
    /// Frau, by first name and surname; with Herr or Frau it would greet
    /// `formal`, the degrees and surname.
    fn note_untitled_greeting(&self, name: &str, formal: &str, key: &str) -> String;
    /// Example `number` names `name`, the partner's company or the one
    /// above the addressee, in the third person; `day`, the date it
    /// names, if any, is the date of the wording suggested.
    fn note_names_partner(
        &self,
        number: usize,
        entry: &str,
        name: &str,
        day: Option<&str>,
    ) -> String;
    /// The partner, unnamed, as [`Messages::note_names_partner`] speaks
    /// of them.
    fn partner_unnamed(&self) -> &'static str;
    /// Example `number` (`entry`, cut short) names `name`, to whom the
    /// note is written, and is left out of it; `day`, the date it names,
    /// if any, is the date of the wording suggested.
    fn note_names_addressee(
        &self,
        number: usize,
        entry: &str,
        name: &str,
        day: Option<&str>,
    ) -> String;
    /// Said after the line on the last example left out, when no example
    /// is left in the note.
    fn note_no_example_left(&self) -> &'static str;
    /// Said instead of writing a message for a resolved concern.
    fn no_note_resolved(&self, path: &str) -> String;
    // The interactive walk.
    fn prompt_hint(&self) -> &'static str;
    fn context_title(&self) -> &'static str;
    fn no_help(&self) -> &'static str;
    fn optional_suffix(&self) -> &'static str;
    /// Joined by no-break spaces, so that a wrapped question never ends a
    /// line with a lone `(?`.
    fn help_suffix(&self) -> &'static str;
    fn skip(&self) -> &'static str;
    fn explain(&self) -> &'static str;
    fn list_hint(&self) -> &'static str;
    /// Over a list asked again: how many entries it has (after `topic`).
    fn list_keep(&self, topic: &str, n: usize) -> String;
    /// What can be done with them: keep, add to, replace.
    fn list_keep_choices(&self) -> [&'static str; 3];
    /// The prompt for a list's `n`th entry; `topic` names the list.
    fn entry_prompt(&self, topic: &str, n: usize) -> String;
    fn pasted_as_one(&self) -> &'static str;
    /// `title` of an item, the `n`th of `total`.
    fn item_heading(&self, title: &str, n: usize, total: usize) -> String;
    fn documents_heading(&self) -> &'static str;
    fn documents_guidance(&self) -> &'static str;
    fn first_question(&self) -> &'static str;
    fn enter_keeps(&self, answer: &str) -> String;
    /// At the date the concern was raised: Enter takes `date`, the day
    /// escalate wrote the note to the partner.
    fn enter_takes_noted(&self, date: &str) -> String;
    fn e_for_editor(&self) -> &'static str;
    fn one_line(&self) -> &'static str;
    /// A paste at a list to pick from: it picked nothing.
    fn paste_at_a_list(&self) -> &'static str;
    /// In plain lines, what to type at a list numbered `first` to `last`;
    /// Enter takes entry `default`.
    fn plain_pick(&self, first: usize, last: usize, default: usize) -> String;
    /// In plain lines, `typed` names no entry of the list.
    fn plain_no_choice(&self, typed: &str) -> String;
    /// Why the text from the editor was not taken.
    fn editor_problem(&self, problem: &EditorProblem) -> String;
    /// A typed answer of `kib` KiB, over the `max_kib` an answer may have.
    fn answer_too_long(&self, kib: u64, max_kib: u64) -> String;
    fn to_do(&self) -> &'static str;
    fn kept_continue(&self) -> &'static str;
    fn kept_afresh(&self) -> &'static str;
    fn kept_failed(&self, reason: &str) -> String;
    fn offer_brief(&self) -> &'static str;
    fn offer_note(&self) -> &'static str;
    fn offer_email(&self, path: &str) -> String;
    fn offer_yes(&self, path: &str) -> String;
    fn offer_no(&self) -> &'static str;
    /// File names proposed for the documents, without date and extension.
    fn brief_file(&self) -> &'static str;
    fn note_file(&self) -> &'static str;
    fn review_title(&self) -> &'static str;
    fn review_done(&self) -> &'static str;
    fn review_short(&self) -> &'static str;
    // Answers.
    /// An answer that does not fit; `value` is `None` when it is blank,
    /// which is not quoted.
    fn invalid_answer(&self, key: &str, value: Option<&str>, why: &str) -> String;
    /// An unknown key; `None` for an empty one, which is not quoted.
    fn unknown_key(&self, key: Option<&str>) -> String;
    fn hint_known_keys(&self, keys: &str) -> String;
    fn hint_did_you_mean(&self, key: &str) -> String;
    fn hint_many_keys(&self, n: usize) -> String;
    fn hint_flat_keys(&self, example: &str, section: &str) -> String;
    fn answer_twice(&self, key: &str) -> String;
    fn flag_without_equals(&self) -> &'static str;
    fn missing_no_input(&self, keys: &str) -> String;
    fn missing_no_terminal(&self, keys: &str) -> String;
    fn missing_empty_stdin(&self, keys: &str) -> String;
    fn hint_pass_flags(&self) -> &'static str;
    fn hint_pass_answers(&self) -> &'static str;
    fn input_ended(&self, key: &str, line: usize) -> String;
    fn hint_line_order(&self) -> &'static str;
    fn line_unused(&self, last: usize) -> String;
    fn line_unneeded(&self) -> &'static str;
    fn saved_answers_header(&self, id: &str, lang: &str) -> String;
    fn kept_header(&self) -> &'static str;
    fn kept_offer(&self, date: &str) -> String;
    fn kept_unreadable(&self, path: &str) -> String;
    fn kept_note(&self) -> &'static str;
    /// What next, after the note to the partner was written: send it, and
    /// come back `by` the day it asks for an answer (`None`: beyond the
    /// calendar).
    fn next_send_note(&self, by: Option<&str>) -> String;
    /// What next, when only the partner's time to answer is missing.
    fn next_wait(&self, from: &str) -> String;
    /// What next, after a verdict with steps to take first; `from`, the
    /// first day the check can pass, if it waits for one.
    fn next_steps(&self, from: Option<&str>) -> String;
    fn kept_nowhere(&self) -> &'static str;
    fn forgot(&self, path: &str) -> String;
    fn nothing_to_forget(&self) -> &'static str;
    /// Why the kept answers' folder or file at `path` is not used.
    fn state_refused(&self, path: &str, why: Refused) -> String;
    /// Kept answers not used, for `reason` (a [`Messages::state_refused`]).
    fn kept_not_used(&self, reason: &str) -> String;
    /// `keys` of `n` kept answers that no longer fit and are asked again.
    fn kept_stale(&self, keys: &str, n: usize) -> String;
    /// A document not offered, since it cannot be written, for `reason`.
    fn offer_not_writable(&self, reason: &str) -> String;
    fn is_a_folder(&self, path: &str) -> String;
    /// A document's file name that names none of the formats.
    fn document_format(&self, path: &str) -> String;
    /// A value of `option` the command line refuses, and `why`.
    fn usage_invalid_value(&self, value: &str, option: &str, why: &str) -> String;
    /// The values an option takes, listed.
    fn usage_values(&self, values: &str) -> String;
    /// An option the command line does not know, and the one meant.
    fn usage_unknown(&self, option: &str, meant: Option<&str>) -> String;
    /// `--today` that is no date as YYYY-MM-DD, the one form it takes.
    fn expected_iso_date(&self) -> &'static str;
    /// `--csm-email` that is no email address.
    fn expected_address(&self) -> &'static str;
    fn line_too_long(&self, kib: usize) -> String;
    fn line_not_utf8(&self) -> &'static str;
    // Files and I/O.
    fn cannot_read(&self, reason: &str) -> String;
    fn is_a_directory(&self) -> &'static str;
    fn too_big(&self, kib: u64) -> String;
    fn not_utf8(&self) -> &'static str;
    fn too_deep(&self, n: usize) -> String;
    fn too_expanded(&self, kib: usize) -> String;
    /// A comment glued to a value: the text `lost`, the value `quoted`.
    fn glued_comment(&self, lost: &str, quoted: &str) -> String;
    /// A `: ` that made the text `key` a key, and the value `quoted`.
    fn colon_key(&self, key: &str, quoted: &str) -> String;
    /// An answers file whose top is not a map of keys to answers; `text`,
    /// when it is only a text.
    fn not_a_map(&self, text: Option<&str>) -> String;
    /// An answer key given twice in one file.
    fn key_twice(&self, key: &str) -> String;
    /// YAML that cannot be read: the likely cause, and its fix.
    fn syntax(&self, syntax: &crate::read::Syntax) -> String;
    fn answers_too_big(&self, kib: u64, max: u64) -> String;
    fn checklist_empty(&self) -> &'static str;
    /// A checklist rule broken, for the author of the checklist.
    fn rule(&self, rule: &crate::read::Rule) -> String;
    fn hint_validate(&self) -> &'static str;
    /// `raw` is `None` when it is blank, which is not quoted.
    fn bad_source_date_epoch(&self, raw: Option<&str>) -> String;
    fn reading_stdin(&self) -> &'static str;
    fn reading_terminal(&self) -> &'static str;
    fn writing_terminal(&self) -> &'static str;
    fn writing_stdout(&self) -> &'static str;
    fn cannot_write(&self, path: &str) -> String;
    fn file_exists(&self, path: &str) -> String;
    fn hint_force(&self) -> &'static str;
    fn no_folder(&self, path: &str) -> String;
    fn same_file(&self, path: &str) -> String;
    fn output_is_input(&self, output: &str, input: &str) -> String;
    fn not_a_regular_file(&self, path: &str) -> String;
    fn dash_output(&self) -> &'static str;
    fn both_stdin(&self) -> &'static str;
    fn hint_dash_output(&self) -> &'static str;
    /// For `init -`: `default` is the file `init` writes without a name.
    fn hint_dash_init(&self, default: &str) -> String;
    fn hint_init_exists(&self) -> &'static str;
    fn interrupted(&self) -> &'static str;
    fn stopped_after_writing(&self) -> &'static str;
    /// A stop after the answers given were kept for the next run; with
    /// `wrote`, after files were written too.
    fn stopped_kept(&self, wrote: bool) -> &'static str;
    fn internal_error(&self) -> &'static str;
    /// What stands before each line of an error, and before its hint.
    fn error_label(&self) -> &'static str;
    fn hint_label(&self) -> &'static str;
    /// For a refused choice: the option it most likely meant, never taken
    /// on its own.
    fn hint_meant(&self, value: &str, label: &str) -> String;
    /// After the most errors said in one run: how many more there are.
    fn more_errors(&self, n: usize) -> String;
    // Commands.
    fn valid(&self, file: &str) -> String;
    fn wrote(&self, path: &str) -> String;
    fn listed_above(&self, n: usize) -> String;
    fn template_header(&self) -> &'static str;
    fn template_optional(&self) -> &'static str;
    /// A question asked only for the documents, naming those it feeds:
    /// the brief, the note to the partner, or both.
    fn template_for_documents(&self, brief: bool, note: bool) -> &'static str;
    fn show_asked_when(&self, question: &str, values: &str) -> String;
    fn show_asked_when_answered(&self, question: &str) -> String;
    /// Asked only when the text `question` gives something (`is: given`).
    fn show_asked_when_given(&self, question: &str) -> String;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_aside_with_its_own_bracket_goes_between_dashes_or_commas() {
        assert_eq!(aside("go-live", " \u{2013} ", ""), " (go-live)");
        assert_eq!(
            aside("Start (Newsletter)", " \u{2013} ", ""),
            " \u{2013} Start (Newsletter)"
        );
        assert_eq!(aside("PM (Frankfurt)", ", ", ","), ", PM (Frankfurt),");
    }

    #[test]
    fn a_sentence_ends_once() {
        for (text, ended) in [
            ("Raised with ACME", "Raised with ACME."),
            ("Raised with ACME Inc.", "Raised with ACME Inc."),
            ("Is it?", "Is it?"),
        ] {
            let mut text = text.to_owned();
            end_sentence(&mut text);
            assert_eq!(text, ended);
        }
    }

    /// The dates each language writes are those of the format string it
    /// stands for, on every day of a leap year and at the ends of the
    /// years a date can have.
    #[test]
    fn each_language_writes_a_date_as_its_format_string_does() {
        use jiff::civil::{Date, date};
        let formats = |lang: Lang| match lang {
            Lang::En => "%-d %b %Y",
            Lang::De => "%d.%m.%Y",
        };
        let mut days: Vec<Date> = date(2024, 1, 1)
            .series(jiff::Span::new().days(1))
            .take(366)
            .collect();
        days.extend([date(1, 1, 1), date(999, 12, 31), date(9999, 12, 31)]);
        for lang in Lang::all() {
            for day in &days {
                let expected = day.strftime(formats(lang)).to_string();
                assert_eq!(lang.messages().date(*day), expected, "{lang:?}");
            }
        }
    }

    #[test]
    fn each_language_is_named_by_its_code_and_ships_its_checklist() {
        for lang in Lang::all() {
            let name = lang.to_possible_value().expect("a --lang value");
            assert_eq!(name.get_name(), lang.code(), "{lang:?}");
            assert_eq!(Lang::for_checklist(lang.code()), Some(lang));
            let checklist = crate::checklist::load_str(lang.code(), lang.checklist())
                .unwrap_or_else(|problems| panic!("{lang:?}: {problems:?}"));
            assert_eq!(checklist.lang, lang.code());
        }
    }

    /// Every rule a checklist can break, said in every language: each
    /// quotes what it is about, and no language says it in another's words.
    #[test]
    fn every_checklist_rule_is_said_in_each_language() {
        use crate::read::rule::{Id, Rule};
        let id = || "the-id".to_owned();
        let rules = [
            Rule::Schema {
                found: 7,
                supported: 1,
            },
            Rule::NotKebab {
                what: Id::Checklist,
                id: id(),
            },
            Rule::NotKebab {
                what: Id::Lang,
                id: id(),
            },
            Rule::NotKebab {
                what: Id::Item,
                id: id(),
            },
            Rule::NotKebab {
                what: Id::Question,
                id: id(),
            },
            Rule::Blank { field: "the-id" },
            Rule::ContextDecides { id: id() },
            Rule::NoItems,
            Rule::ReservedContext,
            Rule::DuplicateItem { id: id() },
            Rule::NoQuestions { item: id() },
            Rule::DuplicateQuestion {
                id: id(),
                section: id(),
            },
            Rule::OtherKindsField {
                field: "pass",
                kind: "confirm",
                id: id(),
                is: "text",
            },
            Rule::DecidesOptional { id: id() },
            Rule::DecidesBehindOptional {
                id: id(),
                when: id(),
            },
            Rule::FewOptions { id: id() },
            Rule::OptionNotKebab { value: id() },
            Rule::OptionNumber { value: id() },
            Rule::DuplicateOption {
                value: id(),
                id: id(),
            },
            Rule::WhenItself { id: id() },
            Rule::WhenNotEarlier {
                id: id(),
                target: id(),
                section: id(),
            },
            Rule::WhenKind {
                target: id(),
                kind: "text",
            },
            Rule::WhenShape,
            Rule::WhenValue {
                target: id(),
                value: id(),
                allowed: vec![id()],
            },
            Rule::Label { id: id(), max: 80 },
            Rule::BriefDecides { id: id() },
            Rule::BriefInContext,
            Rule::FutureWaits { id: id() },
            Rule::WhenLooksAtDocuments {
                id: id(),
                target: id(),
            },
            Rule::RoleKind {
                role: "raised",
                kind: "choice",
                id: id(),
                is: "text",
            },
            Rule::RoleTaken {
                role: "raised",
                first: id(),
            },
            Rule::RaisedOutcomes { id: id() },
        ];
        for rule in &rules {
            let said: Vec<String> = Lang::all().map(|l| l.messages().rule(rule)).collect();
            for (lang, words) in Lang::all().zip(&said) {
                let quotes = words.contains("the-id") || matches!(rule, Rule::Schema { .. });
                let bare = matches!(
                    rule,
                    Rule::NoItems | Rule::ReservedContext | Rule::WhenShape | Rule::BriefInContext
                );
                assert!(quotes || bare, "{lang:?} {rule:?}: {words}");
            }
            for (i, words) in said.iter().enumerate() {
                assert!(!said[..i].contains(words), "said alike: {words}");
            }
        }
    }

    #[test]
    fn the_language_is_chosen_by_flag_then_checklist() {
        assert_eq!(choose(Some(Lang::De), Some("en")), Lang::De);
        assert_eq!(choose(None, Some("de-AT")), Lang::De);
        assert_eq!(choose(Some(Lang::En), None), Lang::En);
    }

    #[test]
    fn checklist_languages_map_to_ui_languages() {
        assert_eq!(Lang::for_checklist("de"), Some(Lang::De));
        assert_eq!(Lang::for_checklist("de-AT"), Some(Lang::De));
        assert_eq!(Lang::for_checklist("en"), Some(Lang::En));
        assert_eq!(Lang::for_checklist("en-GB"), Some(Lang::En));
        assert_eq!(Lang::for_checklist("fr"), None);
        assert_eq!(Lang::for_checklist("dex"), None);
    }
}
