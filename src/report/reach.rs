//! Whether the examples are within the CSM's reach, as the merchant's own
//! words say: an example (or where the examples are) in a system the
//! merchant has no access to ("in the partner's Jira, we have no access",
//! „kein Zugriff"), or in the partner's own system, which a CSM cannot
//! open ("ticket in their system"). The brief's sentence on the access to
//! the examples is chosen by it, so that it never claims what these words
//! deny: copies attached or sent "where I have them", and no link said to
//! open when it is in the partner's system. Only an example that names a
//! document has a copy: an email, a ticket (or a ticket's number), a
//! file, a report, a screenshot, a link. One that is a call, a
//! description, a count ("212 tickets"), a metric or a guess has none:
//! the claim of copies is then of the documents among them. Words that
//! say the CSM can open them where they are ("CSM has access", "shared
//! Slack channel") ask for no copies. Links are said to open only when
//! examples are links, of those alone when some are not, and never when
//! one leads into the merchant's own tool (a host under their company's
//! or shop's name) unless they say the CSM has access there.

use super::case::Case;
use crate::i18n::Messages;

/// Words that say the merchant cannot open what they name.
const NO_ACCESS: &[&str] = &[
    "no access",
    "not have access",
    "don't have access",
    "do not have access",
    "without access",
    "can't access",
    "cannot access",
    "can't open",
    "cannot open",
    "can't see",
    "cannot see",
    "not accessible",
    "inaccessible",
    "no login",
    "kein zugriff",
    "keinen zugriff",
    "kein zugang",
    "keinen zugang",
    "ohne zugriff",
    "ohne zugang",
    "nicht einsehbar",
    "nicht zugänglich",
    "nicht öffnen",
    "nicht einsehen",
];

/// Words that say the CSM can open what they name themselves: a system
/// they have access to, a channel shared with them.
const CSM_ACCESS: &[&str] = &[
    "csm has access",
    "csm can see",
    "csm can open",
    "csm can access",
    "you have access",
    "you can see",
    "you can open",
    "you can access",
    "shared with you",
    "shared with the csm",
    "shared with adobe",
    "adobe has access",
    "shared slack",
    "shared channel",
    "shared teams",
    "shared jira",
    "shared confluence",
    "shared drive",
    "shared folder",
    "csm hat zugriff",
    "csm hat zugang",
    "sie haben zugriff",
    "sie haben zugang",
    "sie können es einsehen",
    "sie können sie einsehen",
    "für sie freigegeben",
    "mit ihnen geteilt",
    "adobe hat zugriff",
    "gemeinsamen slack",
    "gemeinsamer slack",
    "gemeinsamen kanal",
    "gemeinsamer kanal",
    "gemeinsamen teams",
    "gemeinsames jira",
    "gemeinsamen jira",
    "geteilten kanal",
    "geteilter kanal",
    "geteilten ordner",
];

/// Words that place a thing in the partner's own system.
const PARTNER_SYSTEM: &[&str] = &[
    "their system",
    "their jira",
    "their ticket",
    "their tool",
    "their portal",
    "their confluence",
    "their servicedesk",
    "their service desk",
    "partner's",
    "internal only",
    "login required",
    "requires a login",
    "requires login",
    "vpn",
    "des partners",
    "ihrem system",
    "ihrem jira",
    "ihrem ticketsystem",
    "ihrem portal",
    "ihr jira",
    "ihr ticketsystem",
    "beim partner",
    "nur intern",
    "login erforderlich",
    "anmeldung erforderlich",
];

/// Words that name a document, whatever else the example says: a part
/// of a compound counts ("PageSpeed-Report", „E-Mail“).
const DOCUMENT: &[&str] = &[
    "email",
    "emails",
    "mail",
    "mails",
    "letter",
    "ticket",
    "screenshot",
    "screenshots",
    "message",
    "minutes",
    "brief",
    "nachricht",
    "protokoll",
    "pdf",
    "export",
    "csv",
    "xlsx",
    "file",
    "log",
    "logs",
    "report",
    "attached",
    "attachment",
    "invoice",
    "datei",
    "bericht",
    "anhang",
    "angehängt",
    "rechnung",
    "screenshot",
    "bildschirmfoto",
    "link",
    "http",
    "https",
    "www",
];

/// Words that name a reply: a document where the example names no call
/// or meeting it was given in ("Antwort Hartmann 20.11.2026"), and not
/// after a word that denies it ("no reply").
const REPLY: &[&str] = &[
    "reply",
    "replied",
    "response",
    "answer",
    "antwort",
    "rückmeldung",
    "zusage",
    "absage",
];

/// Words that name something said, not written: a reply in one has no
/// copy.
const SPOKEN: &[&str] = &[
    "call",
    "called",
    "phone",
    "phoned",
    "meeting",
    "voicemail",
    "verbally",
    "telefonat",
    "telefonisch",
    "anruf",
    "angerufen",
    "besprechung",
    "mündlich",
    "mündliche",
    "mündlichen",
];

/// Words that deny what follows ("no reply", „keine Antwort“).
const DENIAL: &[&str] = &[
    "no", "not", "without", "never", "kein", "keine", "ohne", "nie",
];

/// The words of `text`, lower case, split at anything but a letter or a
/// digit.
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Does the example `text` name a document that can be copied: a word
/// for one, not as a count ("212 emails"), or a ticket's number
/// ("PRJ-418")?
pub fn document(text: &str) -> bool {
    let words = words(text);
    let named = words.iter().enumerate().any(|(at, w)| {
        DOCUMENT.contains(&w.as_str())
            && !(w.ends_with('s') && at > 0 && words[at - 1].chars().all(|c| c.is_ascii_digit()))
    });
    let spoken = words.iter().any(|w| SPOKEN.contains(&w.as_str()));
    let reply = !spoken
        && words.iter().enumerate().any(|(at, w)| {
            REPLY.contains(&w.as_str()) && !(at > 0 && DENIAL.contains(&words[at - 1].as_str()))
        });
    named || reply || text.split_whitespace().any(ticket_number)
}

/// Is `word` a ticket's number: capitals, a dash and digits ("NW-2291",
/// "PRJ-418:")?
fn ticket_number(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    let Some((key, number)) = word.split_once('-') else {
        return false;
    };
    key.len() >= 2
        && key.chars().all(|c| c.is_ascii_uppercase())
        && !number.is_empty()
        && number.chars().all(|c| c.is_ascii_digit())
}

/// Is one of the examples no document: a call, a description, a count,
/// a metric or a guess, of which there is no copy?
pub fn any_undocumented(case: &Case) -> bool {
    case.examples
        .iter()
        .filter(|e| super::given::given(e).is_some())
        .any(|e| !document(e))
}

/// Does `text` say the merchant has no access to what it names?
pub fn no_access(text: &str) -> bool {
    has_any(text, NO_ACCESS)
}

/// Does `text` place what it names in the partner's own system, or
/// behind a login?
pub fn partner_system(text: &str) -> bool {
    has_any(text, PARTNER_SYSTEM)
}

/// Does `text` hold one of `phrases` (lower case), any apostrophe read
/// as `'`?
fn has_any(text: &str, phrases: &[&str]) -> bool {
    let lower = text.to_lowercase().replace(['\u{2019}', '`', '´'], "'");
    phrases.iter().any(|p| lower.contains(p))
}

/// The brief's sentence on the access to the examples, for the merchant's
/// choice, as far as their own words on the examples leave it true: none
/// for links said to open when one is in a system the CSM cannot open;
/// "where I have them" when one is in a system the merchant cannot open.
pub fn access_claim(case: &Case, t: &dyn Messages) -> Option<&'static str> {
    let value = case.evidence_access?;
    let theirs = texts(case).any(|text| theirs(case, text));
    let linked = case
        .examples
        .iter()
        .filter(|e| crate::evidence::has_link(e))
        .count();
    match value {
        "links" if theirs || !super::gaps::links_given(case) || linked == 0 => None,
        // A link into the merchant's own tool opens only for whom they
        // gave access.
        "links" if !csm_reaches(case) && case.examples.iter().any(|e| own_link(case, e)) => None,
        // Said only of the examples that are links.
        "links" if linked < case.examples.len() => Some(t.evidence_links_some()),
        _ if unreachable(case) => t.evidence_access_partly(value),
        // The copies are still to come: "Still open" says so, once
        // (`gaps::GapKind::EvidenceAccess`).
        "on-request" => None,
        // No copy of any: no claim of copies.
        "attached" if !case.examples.iter().any(|e| document(e)) => None,
        _ if any_undocumented(case) => t
            .evidence_access_written(value)
            .or_else(|| t.evidence_access(value)),
        _ => t.evidence_access(value),
    }
}

/// Does `text` link into the merchant's own systems: a host that holds
/// their company's first word or their shop's domain name
/// ("northwind-parts.atlassian.net" for Northwind Industrial Supply)?
fn own_link(case: &Case, text: &str) -> bool {
    let hosts: Vec<String> = text
        .split_whitespace()
        .filter_map(|w| w.split_once("://"))
        .map(|(_, rest)| {
            rest.split(['/', '?', '#', ')'])
                .next()
                .unwrap_or_default()
                .to_lowercase()
        })
        .collect();
    let company = case
        .merchant
        .and_then(|m| super::names::name_words(m).into_iter().next())
        .map(|w| w.to_lowercase())
        .filter(|w| w.chars().count() >= 4);
    // The shop's domain name, the label before its ending ("example" of
    // shop.example.co.uk, "northwind-parts").
    let shop = case.environment.and_then(|env| {
        env.split([' ', ',', '/'])
            .find(|w| w.contains('.') && w.chars().any(char::is_alphabetic) && !w.ends_with('.'))
            .and_then(|host| {
                let labels: Vec<&str> = host.split('.').collect();
                let endings = [
                    "co", "com", "org", "net", "de", "uk", "at", "ch", "io", "www", "shop",
                ];
                labels
                    .iter()
                    .rev()
                    .find(|l| l.len() >= 4 && !endings.contains(l))
                    .map(|l| l.to_lowercase())
            })
    });
    // Their name in the host of another's domain: a tenant of a tool
    // ("northwind-parts.atlassian.net"), not their own public site
    // ("status.northwind-parts.co.uk").
    hosts.iter().any(|host| {
        let labels: Vec<&str> = host.split('.').collect();
        let n = labels.len();
        let short = n >= 3
            && labels[n - 1].len() == 2
            && ["co", "com", "org", "net", "ac"].contains(&labels[n - 2]);
        let domain = labels[n.saturating_sub(if short { 3 } else { 2 })..].join(".");
        [&company, &shop]
            .into_iter()
            .flatten()
            .any(|own| host.contains(own.as_str()) && !domain.contains(own.as_str()))
    })
}

/// Are the links to the examples said to open, while the merchant's words
/// put one in a system the CSM cannot open?
pub fn links_out_of_reach(case: &Case) -> bool {
    case.evidence_access == Some("links")
        && super::gaps::links_given(case)
        && texts(case).any(|text| theirs(case, text))
}

/// Do the merchant's words on the examples say the CSM can open them
/// where they are ("in our Jira, CSM has access", "shared Slack
/// channel", „für Sie freigegeben")? Then no copies are to come.
pub fn csm_reaches(case: &Case) -> bool {
    texts(case).any(|text| has_any(text, CSM_ACCESS))
}

/// Is any example out of the merchant's own reach, by their words?
pub fn unreachable(case: &Case) -> bool {
    texts(case).any(no_access)
}

/// The examples, and where they are.
fn texts<'c>(case: &'c Case) -> impl Iterator<Item = &'c str> {
    case.examples
        .iter()
        .map(String::as_str)
        .chain(case.evidence_where)
}

/// Does `text` put what it names out of the CSM's reach: in a system the
/// merchant cannot open, or in the partner's own ("ACME's Jira", by the
/// partner's name)?
fn theirs(case: &Case, text: &str) -> bool {
    let named = case
        .partner
        .and_then(|p| super::names::name_words(p).into_iter().next())
        .is_some_and(|first| has_any(text, &[&format!("{}'s", first.to_lowercase())]));
    no_access(text) || partner_system(text) || named
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_example_that_names_a_document_has_a_copy() {
        for text in [
            "Mail Rademacher vom 20.11.2026: Bereinigung nicht im Festpreis",
            "email of 2 Oct asking for a call",
            "2026-10-02 email asking for the release date, no reply",
            "ticket ACME-1234: guest checkout fails",
            "SAP order export fails, see PRJ-418 (opened 2026-11-19)",
            "Kategorieseite lädt 8 s (PageSpeed-Report vom 01.12.2026 im Anhang)",
            "37 orders stuck, order numbers in the attached CSV",
            "every checkout fails, screenshot attached",
            "https://shop.example.com/checkout",
            "Antwort Hartmann 20.11.2026: nicht vor Ende Januar, kein Termin",
            "Reply from Ryan of 3 Dec: not in scope",
        ] {
            assert!(document(text), "{text}");
        }
        for text in [
            "Telefonat mit Dr. Eller am 25.11.2026, Zusage bis KW 49",
            "Call with Raj on 23 Nov: not their problem",
            "Customer complaints via Zendesk, 212 tickets over the weekend",
            "212 emails from customers over the weekend",
            "New Relic error rate on /checkout 100% since 05.12.2026 09:15",
            "cron jobs not running?? reindex stuck, dont know since when",
            "Conversion Rate von 2,1 % auf 1,4 % gefallen",
            "recalled order 1234",
            "Ryan's answer on the call of 20 Nov: cap reached",
            "Mündliche Zusage von Herrn Kurz am 3.12.",
            "no reply since 2 Dec",
        ] {
            assert!(!document(text), "{text}");
        }
    }

    #[test]
    fn words_that_deny_access_or_place_it_at_the_partner_are_recognised() {
        for text in [
            "in the partner's Jira, we have no access",
            "ticket BF-88, we don't have access",
            "Ticket im Jira des Partners, kein Zugriff",
            "wir haben keinen Zugang",
        ] {
            assert!(no_access(text), "{text}");
        }
        for text in [
            "ticket in their system",
            "in the partner\u{2019}s Jira",
            "Ticket im System des Partners",
            "in ihrem Jira",
            "Confluence, login required",
        ] {
            assert!(partner_system(text), "{text}");
            assert!(!no_access(text), "{text}");
        }
        for text in [
            "email of 2 Nov in my mailbox",
            "https://shop.example.com/checkout",
        ] {
            assert!(!no_access(text), "{text}");
            assert!(!partner_system(text), "{text}");
        }
    }
}
