//! A reply pasted with its email thread: which of its lines can say when
//! the reply came, and the thread's subject, which a reply to it takes up.
//!
//! A reply sits on top; the message it answers follows it, quoted: from
//! an attribution ("On Tue, 3 Nov 2026, Laura wrote:", „Am 03.11.2026 um
//! 10:12 schrieb Laura Klein:"), a separator ("-----Original Message-----",
//! „Ursprüngliche Nachricht"), a header block after the reply's text
//! ("From: … Sent: …", „Von: … Gesendet: …"), or lines that start with
//! `>`. A date there dates the quoted original, not the reply. The reply
//! is dated by its first line ("Email of 13 Nov:") or by its own header
//! fields at the very top. When the paste is the quoted message alone,
//! its attribution or header dates it, unless it names the merchant: then
//! it is the merchant's own message, and the reply is undated; quoted
//! without either, its first line does.

/// Header fields that date a message.
const DATE_FIELDS: &[&str] = &["date:", "sent:", "datum:", "gesendet:", "gesendet am:"];

/// Header fields of a message's header block.
const FIELDS: &[&str] = &[
    "from:",
    "to:",
    "cc:",
    "subject:",
    "von:",
    "an:",
    "betreff:",
    "date:",
    "sent:",
    "datum:",
    "gesendet:",
    "gesendet am:",
    "message-id:",
];

/// Lines that open a quoted or forwarded original.
const SEPARATORS: &[&str] = &[
    "original message",
    "ursprüngliche nachricht",
    "forwarded message",
    "weitergeleitete nachricht",
];

/// `line` without the marks a mail client puts before a quoted or
/// highlighted line, in lower case.
fn bare(line: &str) -> String {
    line.to_lowercase()
        .trim_start_matches(['>', ' ', '*'])
        .to_owned()
}

/// Is `line` a field of a message's header?
fn is_field(line: &str) -> bool {
    let lower = bare(line);
    FIELDS.iter().any(|f| lower.starts_with(f))
}

/// Is `line` a field that dates a message ("Sent: 18 November 2026")?
fn is_date_field(line: &str) -> bool {
    let lower = bare(line);
    DATE_FIELDS.iter().any(|f| lower.starts_with(f))
}

/// Is `line` an attribution: "On … wrote:", „Am … schrieb …:"?
fn is_attribution(line: &str) -> bool {
    let lower = bare(line);
    (lower.starts_with("on ") || lower.starts_with("am "))
        && (lower.contains(" wrote") || lower.contains(" schrieb"))
}

/// Is `line` a separator before a quoted or forwarded original
/// ("-----Original Message-----")?
fn is_separator(line: &str) -> bool {
    let lower = bare(line);
    SEPARATORS
        .iter()
        .any(|s| lower.trim_matches(['-', '_', '*', ' ']) == *s)
}

/// Does `line` open a quoted original (besides a header block, which
/// opens one only after the reply's text)?
fn opens_original(line: &str) -> bool {
    line.trim_start().starts_with('>') || is_attribution(line) || is_separator(line)
}

/// Does `answer` start with a message's header ("From: …", „Von: …"),
/// under a separator or not: a pasted email, which came in writing?
pub fn headed(answer: &str) -> bool {
    first_line_is_field(answer)
}

/// Is `answer` a pasted email with no date on it: a message's header at
/// its top and no "Date:", "Sent:" or „Gesendet:" field anywhere in it,
/// nor a date on a line before it? The CSM then asks when it came.
pub fn undated_paste(answer: &str) -> bool {
    headed(answer) && !answer.lines().any(is_date_field)
}

fn first_line_is_field(answer: &str) -> bool {
    // A separator the mail client put above it is no text of the reply.
    answer
        .lines()
        .filter(|l| !l.trim().is_empty())
        .find(|l| !is_separator(l))
        .is_some_and(is_field)
}

/// The lines of `answer` the merchant wrote about the exchange, up to a
/// quoted original or a header block: none for a pasted message, which
/// says only what the partner wrote.
pub fn own_lines(answer: &str) -> Vec<&str> {
    if headed(answer) {
        return Vec::new();
    }
    answer
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take_while(|l| !opens_original(l) && !is_field(l))
        .collect()
}

/// The lines of `answer` that can say when the reply came: the reply's
/// first line and its own header's date, or, for a quoted message alone,
/// its attribution and header's date unless they name the merchant
/// (`merchant`, their name).
pub fn dating_lines<'a>(answer: &'a str, merchant: Option<&str>) -> Vec<&'a str> {
    let lines: Vec<&str> = answer
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let Some(&first) = lines.first() else {
        return Vec::new();
    };
    if !opens_original(first) {
        // The reply's own lines: its header at the top, then its text up
        // to the original.
        let mut out = vec![first];
        let mut top = is_field(first);
        for &line in &lines[1..] {
            if top && is_field(line) {
                if is_date_field(line) {
                    out.push(line);
                }
                continue;
            }
            top = false;
            if opens_original(line) || is_field(line) {
                break;
            }
        }
        return out;
    }
    // The quoted message alone: its header, up to its text.
    let head: Vec<&str> = lines
        .iter()
        .copied()
        .take_while(|l| is_attribution(l) || is_separator(l) || is_field(l))
        .collect();
    if head.iter().any(|l| names_person(l, merchant)) {
        return Vec::new();
    }
    // Quoted without a header ("> 13 Nov: we are on it"): its first line.
    if head.is_empty() {
        return vec![first];
    }
    head.into_iter()
        .filter(|l| is_attribution(l) || is_date_field(l))
        .collect()
}

/// The subject of the thread `answer` was pasted from: the first
/// "Subject:" or „Betreff:" field in it, without the marks replies and
/// forwards put before it ("RE: AW: Verzug" is "Verzug"); none when it
/// carries none or an empty one.
pub fn subject(answer: &str) -> Option<&str> {
    const FIELDS: &[&str] = &["subject:", "betreff:"];
    const MARKS: &[&str] = &["re:", "aw:", "antw:", "wg:", "fw:", "fwd:"];
    let line = answer.lines().map(str::trim).find(|l| {
        let lower = bare(l);
        FIELDS.iter().any(|f| lower.starts_with(f))
    })?;
    let mut rest = line.trim_start_matches(['>', ' ', '*']);
    rest = rest.split_once(':').map_or("", |(_, r)| r).trim();
    loop {
        let lower = rest.to_lowercase();
        let Some(mark) = MARKS.iter().find(|m| lower.starts_with(*m)) else {
            break;
        };
        rest = rest[mark.len()..].trim_start();
    }
    Some(rest.trim()).filter(|s| !s.is_empty())
}

/// The full name a pasted thread gives the person named by `first`
/// alone ("Ryan"): a sender's field ("From: Ryan Cole <ryan@…>", „Von:
/// Kevin Roth“) or a signature line of two or three capitalised words
/// that starts with it. None when `first` is more than one word.
pub fn full_name<'a>(answer: &'a str, first: &str) -> Option<&'a str> {
    const SENDER: &[&str] = &["from:", "von:"];
    let first = first.trim();
    if first.split_whitespace().count() != 1 {
        return None;
    }
    answer.lines().find_map(|line| {
        let line = line.trim().trim_start_matches(['>', ' ', '*']);
        let lower = line.to_lowercase();
        let name = match SENDER.iter().find(|f| lower.starts_with(*f)) {
            Some(field) => line[field.len()..]
                .split(['<', ',', '['])
                .next()
                .unwrap_or_default()
                .trim()
                .trim_matches('"'),
            None => line,
        };
        let words: Vec<&str> = name.split_whitespace().collect();
        let fits = (2..=3).contains(&words.len())
            && words[0].eq_ignore_ascii_case(first)
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
            });
        fits.then_some(name)
    })
}

/// Words a greeting opens with, in either language.
const GREETINGS: &[&str] = &[
    "hi", "hey", "hello", "dear", "hallo", "liebe", "lieber", "guten", "sehr", "moin",
];

/// Words of a sentence that only thanks or signs off, which says nothing
/// of the matter.
const PLEASANTRIES: &[&str] = &[
    "thank", "thanks", "danke", "vielen", "let", "best", "kind", "regards", "cheers", "beste",
    "viele", "mit", "melden",
];

/// The trimmed lines of a pasted message, from its first line that is
/// not empty and past a mail client's separator ("-----Original
/// Message-----") that opens it.
fn message_lines(answer: &str) -> std::iter::Peekable<impl Iterator<Item = &str> + Clone> {
    let mut lines = answer
        .lines()
        .map(str::trim)
        .skip_while(|l| l.is_empty())
        .peekable();
    if lines.peek().is_some_and(|l| is_separator(l)) {
        lines.next();
    }
    lines
}

/// Short words too common to tie a rebuttal to what it answers.
const SMALL: &[&str] = &[
    "with", "that", "this", "were", "have", "from", "your", "will", "them", "they", "what", "when",
    "there", "their", "been", "wird", "sind", "eine", "einen", "nicht", "noch", "auch", "aber",
    "dass", "wenn", "über", "unser", "unsere",
];

/// How many terms `a` and `b` share that can tie a rebuttal to what it
/// answers: a date or number (twice as telling) or a word of six letters
/// or more, or one of four or more that shortens the other, in any case.
fn shared_terms(a: &str, b: &str) -> usize {
    let terms = |text: &str| -> Vec<(String, bool)> {
        text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | '"'))
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .filter_map(|w| {
                let number = w.contains(|c: char| c.is_ascii_digit());
                (number || w.chars().count() >= 4 && !SMALL.contains(&w.as_str()))
                    .then_some((w, number))
            })
            .collect()
    };
    // A longer word, or one that shortens the other ("spec" of
    // "specification", „Spez" of „Spezifikation", "mapping" of
    // "mappings").
    let same = |w: &str, t: &str| {
        let (short, long) = if w.len() <= t.len() { (w, t) } else { (t, w) };
        short == long && short.chars().count() >= 6
            || long.chars().count() >= 6
                && !short.contains(|c: char| c.is_ascii_digit())
                && long.starts_with(short)
    };
    let theirs = terms(b);
    let mut seen: Vec<String> = Vec::new();
    terms(a)
        .into_iter()
        .filter(|(w, number)| {
            theirs
                .iter()
                .any(|(t, _)| if *number { t == w } else { same(w, t) })
        })
        .filter(|(w, _)| {
            let new = !seen.contains(w);
            seen.push(w.clone());
            new
        })
        .map(|(_, number)| if number { 2 } else { 1 })
        .sum()
}

/// What the partner's reply pasted as `answer` says first of the
/// matter: its first sentence after the greeting and any thanks, from the
/// latest message's text (after its header, or after a line introducing
/// it that the greeting follows, and before what it quotes); none when
/// the paste is no message (the merchant's own account of it), is
/// the merchant's own (its sender names `merchant`), or says nothing of
/// four words or more. A sentence of more than `MAX_SAID` characters is
/// cut at a word with "…".
///
/// With the merchant's `position` on it: of its first sentences on the
/// matter, the one that shares the most dates, numbers and longer words
/// with the position (the rebuttal „nicht am 20.11." answers the sentence
/// about data received on 20.11., not the one before it), else the first.
pub fn said_to(answer: &str, merchant: Option<&str>, position: Option<&str>) -> Option<String> {
    const MAX_SAID: usize = 180;
    /// How many sentences on the matter a position may answer.
    const LOOKED_AT: usize = 4;
    let mut lines = message_lines(answer);
    // The header, which a pasted message opens with.
    let mut headed = false;
    while let Some(line) = lines.next_if(|l| is_field(l)) {
        headed = true;
        let lower = bare(line);
        if (lower.starts_with("from:") || lower.starts_with("von:")) && names_person(line, merchant)
        {
            return None;
        }
    }
    // Else a line that introduces it ("Mail von Herrn Brandt, 13.11.:")
    // and the message from its greeting on.
    let first_word = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default()
            .to_lowercase()
    };
    // or the message itself, from its greeting on ("Dear Tom,
    // unfortunately …"): a message, not the merchant's account of one.
    if !headed {
        let greets = |l: &str| GREETINGS.contains(&first_word(l).as_str());
        let opens = lines.clone().find(|l| !l.is_empty());
        if !opens.is_some_and(greets) {
            let introduced = lines.next().is_some_and(|l| l.ends_with(':'));
            let mut rest = lines.clone().skip_while(|l| l.is_empty());
            if !(introduced && rest.next().is_some_and(greets)) {
                return None;
            }
        }
    }
    let body: Vec<&str> = lines
        .skip_while(|l| l.is_empty())
        .take_while(|l| !opens_original(l) && !is_field(l))
        .collect();
    let mut text = body.join(" ");
    // A greeting on the first line, alone or before the matter.
    if GREETINGS.contains(&first_word(&text).as_str()) {
        text = text
            .split_once(',')
            .map_or("", |(_, rest)| rest)
            .trim()
            .to_owned();
    }
    let mut on_matter: Vec<String> = super::audience::line_sentences(&text)
        .into_iter()
        .filter(|s| {
            s.split_whitespace().count() >= 4 && !PLEASANTRIES.contains(&first_word(s).as_str())
        })
        .take(LOOKED_AT + 1)
        .collect();
    // "We have reviewed your request." says only that the message was
    // read: what follows it is what they said, when anything does.
    if on_matter.iter().any(|s| !only_looked_at(s)) {
        on_matter.retain(|s| !only_looked_at(s));
    }
    on_matter.truncate(LOOKED_AT);
    let shared = |said: &str| position.map_or(0, |p| shared_terms(said, p));
    let best = (on_matter.iter().enumerate())
        .max_by_key(|(i, s)| (shared(s), std::cmp::Reverse(*i)))
        .map(|(i, _)| i)?;
    let said = on_matter[best].clone();
    let said = if said.chars().count() > MAX_SAID {
        let cut: String = said.chars().take(MAX_SAID).collect();
        let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
        format!("{} \u{2026}", cut.trim_end_matches([',', ';', ':']))
    } else {
        said
    };
    let mut chars = said.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

/// Does `sentence` only say that the matter was looked at or the
/// message received, in a few words ("We have reviewed your request.",
/// „Wir haben uns das angesehen.")? A longer one says what came of it
/// ("We have looked into the logs and the issue is the hosting").
fn only_looked_at(sentence: &str) -> bool {
    const LOOKED: &[&str] = &[
        "reviewed",
        "looked",
        "checked",
        "received",
        "read",
        "angesehen",
        "angeschaut",
        "geprüft",
        "erhalten",
        "gelesen",
    ];
    let words: Vec<String> = sentence
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    words.len() <= 7 && words.iter().any(|w| LOOKED.contains(&w.as_str()))
}

/// The value of the first `field` ("message-id:") among the lines of
/// `answer` for which `take` holds, trimmed; none when it is empty.
fn field_value<'a>(answer: &'a str, field: &str, take: impl Fn(&str) -> bool) -> Option<&'a str> {
    answer.lines().map(str::trim).find_map(|line| {
        let rest = line.trim_start_matches(['>', ' ', '*']);
        let (name, value) = rest.split_once(':')?;
        let value = value.trim();
        (format!("{}:", name.trim().to_lowercase()) == field && !value.is_empty() && take(value))
            .then_some(value)
    })
}

/// Who sent the latest message of the thread `answer` was pasted from,
/// the one a reply goes to: the first "From:" or „Von:" field with an
/// address that is not the merchant's (by `merchant`, their name, or
/// `own`, their address); none when no field gives one.
pub fn sender(
    answer: &str,
    merchant: Option<&str>,
    own: Option<&str>,
) -> Option<super::email::Recipient> {
    ["from:", "von:"]
        .iter()
        .filter_map(|field| {
            let value = field_value(answer, field, |value| {
                !names_person(value, merchant)
                    && own.is_none_or(|own| !value.to_lowercase().contains(&own.to_lowercase()))
                    && address_of(value).is_some()
            })?;
            // The first of the two fields in the paste is the latest.
            let at = answer.find(value)?;
            Some((at, value))
        })
        .min_by_key(|&(at, _)| at)
        .and_then(|(_, value)| {
            let address = address_of(value)?;
            let bad = |c: char| c.is_control() || "<>\"\\@".contains(c);
            let name = value
                .split_once('<')
                .map(|(name, _)| name.trim().trim_matches(['"', '\'', ' ']))
                .filter(|name| !name.is_empty() && !name.contains(bad))
                .map(str::to_owned);
            Some(super::email::Recipient {
                name,
                address: address.to_owned(),
            })
        })
}

/// The address in a "From:" field's `value`: between angle brackets, or
/// the value itself; none when it is no address.
fn address_of(value: &str) -> Option<&str> {
    let address = match value.split_once('<') {
        Some((_, rest)) => rest.split_once('>')?.0.trim(),
        None => value.trim(),
    };
    Some(address).filter(|a| super::email::is_address(a))
}

/// The message id of the latest message in the thread `answer` was
/// pasted from, without its angle brackets, which a reply to it names
/// to be threaded with it; none when the paste carries none or one that
/// is no id.
pub fn message_id(answer: &str) -> Option<&str> {
    // The header the paste opens with, after a separator if any: an id
    // further down is an older message's.
    let lines = message_lines(answer);
    let value = lines.take_while(|l| is_field(l)).find_map(|line| {
        let (name, value) = line.split_once(':')?;
        name.trim()
            .eq_ignore_ascii_case("message-id")
            .then_some(value.trim())
    })?;
    let id = value.strip_prefix('<')?.strip_suffix('>')?;
    let bad = |c: char| c.is_whitespace() || c.is_control() || "<>\"\\".contains(c);
    Some(id).filter(|id| id.contains('@') && !id.contains(bad))
}

/// Does `line` name the person `name`, by a word of their name of three
/// letters or more?
fn names_person(line: &str, name: Option<&str>) -> bool {
    let Some(name) = name else {
        return false;
    };
    let words = |s: &str| {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 3)
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    let said = words(line);
    words(name).iter().any(|w| said.contains(w))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_first_name_is_completed_by_a_sender_field_or_a_signature() {
        use super::full_name;
        let reply = "From: Ryan Cole <ryan@pixelforge.example>\nSent: Friday\n\nMegan - we are at capacity.";
        assert_eq!(full_name(reply, "Ryan"), Some("Ryan Cole"));
        assert_eq!(
            full_name("Hallo Frau Li,\nnein.\n\nViele Grüße\nKevin Roth", "Kevin"),
            Some("Kevin Roth")
        );
        assert_eq!(full_name(reply, "Tom"), None);
        assert_eq!(full_name(reply, "Ryan Cole"), None);
        assert_eq!(full_name("Ryan is on it", "Ryan"), None);
    }

    use super::{dating_lines, message_id, said_to, sender};

    #[test]
    fn a_pasted_reply_gives_what_it_said_first_its_sender_and_its_id() {
        let pasted = "-----Original Message-----\nFrom: Alex Moreno <alex@pixelforge.example>\nMessage-ID: <a1@pixelforge.example>\nSubject: Re: PDP\n\nHey Laura, thanks for the note. The widget is outside SOW #3 and we can quote it.\n\n-----Original Message-----\nFrom: Laura Chen <laura@summittrail.example>\nMessage-ID: <l0@summittrail.example>\n\nPlease fix.";
        assert_eq!(
            said_to(pasted, Some("Laura Chen"), None).as_deref(),
            Some("The widget is outside SOW #3 and we can quote it.")
        );
        let to = sender(
            pasted,
            Some("Laura Chen"),
            Some("laura@summittrail.example"),
        )
        .unwrap();
        assert_eq!(
            (to.name.as_deref(), to.address.as_str()),
            (Some("Alex Moreno"), "alex@pixelforge.example")
        );
        assert_eq!(message_id(pasted), Some("a1@pixelforge.example"));
        assert!(super::headed(pasted));
        // Introduced by the merchant, greeted, in German.
        let told = "Mail von Herrn Brandt, 13.11.2026:\n\nHallo Herr Vogt,\ndie Konditionssätze sind nicht gepflegt.\nViele Grüße";
        assert_eq!(
            said_to(told, None, None).as_deref(),
            Some("Die Konditionssätze sind nicht gepflegt.")
        );
        assert_eq!(message_id(told), None);
        // An opener that only says it was read is not what they said.
        for (reply, said) in [
            (
                "Dear Tom,\nWe have reviewed your request. The search work is out of scope and billed separately.\nBest, Ana",
                "The search work is out of scope and billed separately.",
            ),
            (
                "Hallo Frau Keller,\nwir haben uns das angesehen. Das ist ein Change Request und kostet extra.",
                "Das ist ein Change Request und kostet extra.",
            ),
            (
                "Hi Tom,\nWe have reviewed your request.\nBest, Ana",
                "We have reviewed your request.",
            ),
        ] {
            assert_eq!(said_to(reply, None, None).as_deref(), Some(said));
        }
        // The merchant's own account, or their own message: nothing quoted.
        assert_eq!(said_to("They said it is out of scope.", None, None), None);
        let own = "From: Laura Chen <laura@summittrail.example>\n\nAlex, please fix it now.";
        assert_eq!(said_to(own, Some("Laura Chen"), None), None);
        assert!(sender(own, Some("Laura Chen"), None).is_none());
    }

    #[test]
    fn a_thread_gives_its_subject_without_the_marks_of_replies() {
        for (answer, said) in [
            (
                "From: Dana\nSubject: RE: Search slowness\n\nHi",
                Some("Search slowness"),
            ),
            (
                "Von: K. Albrecht\nBetreff: AW: AW: Verzug B2B-Portal\n",
                Some("Verzug B2B-Portal"),
            ),
            ("> Subject: Fwd: WG: Go-live", Some("Go-live")),
            ("Subject:  \nHi", None),
            ("Email of 13 Nov: the subject is the plan", None),
        ] {
            assert_eq!(super::subject(answer), said, "{answer}");
        }
    }

    #[test]
    fn a_reply_is_dated_by_its_first_line_or_its_own_header_never_by_the_original() {
        let laura = Some("Laura Klein");
        for (answer, lines) in [
            ("Email of 13 Nov:\nWe are on it.", vec!["Email of 13 Nov:"]),
            (
                "From: Tom Wagner\nSent: Friday, 13 November 2026 10:12\nTo: Laura\n\nWe are on it.",
                vec!["From: Tom Wagner", "Sent: Friday, 13 November 2026 10:12"],
            ),
            (
                "We are on it.\n\nOn Tue, 3 Nov 2026, Laura wrote:\n> When?",
                vec!["We are on it."],
            ),
            (
                "Wir sind dran.\n\nAm 03.11.2026 um 10:12 schrieb Laura Klein:\n> Bis wann?",
                vec!["Wir sind dran."],
            ),
            (
                "Wir sind dran.\n\n-----Original Message-----\nFrom: Laura\nSent: 3 Nov 2026",
                vec!["Wir sind dran."],
            ),
            (
                "Wir sind dran.\n\nVon: Laura Klein\nGesendet: Dienstag, 3. November 2026",
                vec!["Wir sind dran."],
            ),
            ("We are on it.\n> On 3 Nov you asked", vec!["We are on it."]),
        ] {
            assert_eq!(dating_lines(answer, laura), lines, "{answer}");
        }
        // The quoted message alone: the partner's, dated by its header;
        // the merchant's own, not.
        assert_eq!(
            dating_lines("On 13 Nov 2026, Tom Wagner wrote:\n> Next week.", laura),
            ["On 13 Nov 2026, Tom Wagner wrote:"]
        );
        assert!(dating_lines("On Tue, 3 Nov 2026, Laura wrote:\n> When?", laura).is_empty());
        assert_eq!(dating_lines("> 13 Nov: on it", laura), ["> 13 Nov: on it"]);
        assert!(
            dating_lines(
                "-----Original Message-----\nFrom: Laura Klein\nSent: 3 Nov 2026\n\nWhen?",
                laura
            )
            .is_empty()
        );
    }
}
#[cfg(test)]
mod typed {
    #[test]
    fn a_typed_message_from_its_greeting_is_quoted() {
        let said = super::said_to(
            "Dear Tom, unfortunately the search performance is out of scope of the retainer, this is a change request. We can quote 12 days at GBP 850. Kind regards, Lena",
            Some("Tom Pennington"),
            Some("We disagree, Schedule B says performance issues are in scope."),
        );
        assert_eq!(
            said.as_deref(),
            Some(
                "Unfortunately the search performance is out of scope of the retainer, this is a change request."
            )
        );
        let said = super::said_to(
            "Hallo Frau Krüger,\ndanke für Ihre Geduld. Wir schauen uns das an und melden uns zeitnah.\nViele Grüße\nJörg Brandt",
            Some("Melanie Krüger"),
            None,
        );
        assert_eq!(
            said.as_deref(),
            Some("Wir schauen uns das an und melden uns zeitnah.")
        );
        // The merchant's own account of a reply is not quoted.
        assert_eq!(
            super::said_to("Tom said they are on it, nothing since.", None, None),
            None
        );
    }
}
