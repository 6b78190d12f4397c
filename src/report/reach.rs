//! Whether the examples are within the CSM's reach, as the merchant's own
//! words say: an example (or where the examples are) in a system the
//! merchant has no access to ("in the partner's Jira, we have no access",
//! „kein Zugriff"), or in the partner's own system, which a CSM cannot
//! open ("ticket in their system"). The brief's sentence on the access to
//! the examples is chosen by it, so that it never claims what these words
//! deny: copies attached or sent "where I have them", and no link said to
//! open when it is in the partner's system. An example that is a call,
//! a meeting or a conversation has no copy: the claim of copies is then
//! of the written ones.

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

/// Words that make an example a call, a meeting or a conversation.
const SPOKEN: &[&str] = &[
    "call",
    "called",
    "phone",
    "phoned",
    "meeting",
    "conversation",
    "spoke",
    "talked",
    "telefonat",
    "telefonisch",
    "telefoniert",
    "anruf",
    "angerufen",
    "besprechung",
    "gespräch",
    "meeting",
];

/// Words that make an example a written one, whatever else it names.
const WRITTEN: &[&str] = &[
    "email",
    "e-mail",
    "mail",
    "letter",
    "ticket",
    "screenshot",
    "message",
    "minutes",
    "brief",
    "nachricht",
    "protokoll",
    "pdf",
    "export",
];

/// Is the example `text` a call, a meeting or a conversation, with
/// nothing written named ("Telefonat mit Dr. Eller am 25.11.")?
pub fn spoken(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .collect();
    let any = |list: &[&str]| words.iter().any(|w| list.contains(w));
    any(SPOKEN) && !any(WRITTEN)
}

/// Is one of the examples a call, a meeting or a conversation?
pub fn any_spoken(case: &Case) -> bool {
    case.examples.iter().any(|e| spoken(e))
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
    match value {
        "links" if theirs || !super::gaps::links_given(case) => None,
        _ if unreachable(case) => t.evidence_access_partly(value),
        _ if any_spoken(case) => t
            .evidence_access_written(value)
            .or_else(|| t.evidence_access(value)),
        _ => t.evidence_access(value),
    }
}

/// Are the links to the examples said to open, while the merchant's words
/// put one in a system the CSM cannot open?
pub fn links_out_of_reach(case: &Case) -> bool {
    case.evidence_access == Some("links")
        && super::gaps::links_given(case)
        && texts(case).any(|text| theirs(case, text))
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
    fn an_example_that_is_a_call_or_a_meeting_with_nothing_written_is_spoken() {
        for text in [
            "Telefonat mit Dr. Eller am 25.11.2026, Zusage bis KW 49",
            "Call with Raj on 23 Nov: not their problem",
            "Meeting on 2 Dec, they refused",
            "Gespräch mit der Projektleitung am 3.12.",
        ] {
            assert!(spoken(text), "{text}");
        }
        for text in [
            "Mail Rademacher vom 20.11.2026: Bereinigung nicht im Festpreis",
            "email of 2 Oct asking for a call",
            "ticket ACME-1234: guest checkout fails",
            "recalled order 1234",
        ] {
            assert!(!spoken(text), "{text}");
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
