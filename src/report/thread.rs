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

/// Does `answer` start with a message's header ("From: …", „Von: …"):
/// a pasted email, which came in writing?
pub fn headed(answer: &str) -> bool {
    answer
        .lines()
        .find(|l| !l.trim().is_empty())
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

    use super::dating_lines;

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
