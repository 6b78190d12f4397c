//! Whether a text answer gives anything: the one rule by which the
//! documents take an answer as said, or as not given.
//!
//! A blank answer gives nothing, and neither does a placeholder typed to
//! get past a question: "n/a", "tbd", "?", "-", "unknown", "none yet",
//! „weiß nicht", „k. A.". Every word of the answer must be such a word,
//! so a value that merely holds one ("no access to production", "none,
//! 01234567 was closed") stays a value. What "not given" means is then
//! the reader's: a gap the CSM would ask about, or nothing said. One
//! question reads a "none" as an answer of its own (the Adobe support
//! case, where "none yet" and "n/a" both say there is no case):
//! [`says_none_yet`]; so does the partner's answer, where "none" says
//! that none came, but "n/a" is not given ([`says_no_answer`]); a longer
//! answer that opens by saying no reply came ("no reply at all", „keine
//! Antwort bisher") is read by [`says_no_reply`], and one that says no
//! more than that by [`says_only_no_reply`], the one list of such words
//! for the brief and the note. A placeholder followed by more words ("weiß ich
//! nicht, Festpreis glaube ich", "don't know, the agency handles
//! support") is given, as the merchant wrote it, for what the words carry;
//! it is [`unsure`], so the CSM is told that it is still open. A name
//! written with a filler or a doubt ("Sam something", "some guy called
//! Raj", "a Marc or Mark") is read as the part the merchant is sure of
//! ([`name_said`]).

/// The answer `text` as given, trimmed: none when it is blank or a
/// placeholder.
pub fn given(text: &str) -> Option<&str> {
    let text = text.trim();
    let parts_say_nothing =
        first_and_rest(text).is_some_and(|(first, rest)| placeholder(first) && placeholder(rest));
    (!text.is_empty() && !placeholder(text) && !parts_say_nothing).then_some(text)
}

/// The example `text` as given: none when [`given`] gives none, or when
/// it only points at an attachment ("see attached", „siehe Anhang"),
/// which shows nothing where it stands (as an answer on where the
/// evidence is, "attached" says something, so [`given`] keeps it).
pub fn example(text: &str) -> Option<&str> {
    const POINTERS: &[&str] = &[
        "see attached",
        "see attachment",
        "see attachments",
        "attached",
        "as attached",
        "siehe anhang",
        "siehe anlage",
        "siehe anhänge",
        "im anhang",
        "in der anlage",
        "anbei",
    ];
    let given = given(text)?;
    let bare = given
        .trim_matches(|c: char| !c.is_alphanumeric())
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    (!POINTERS.contains(&bare.as_str())).then_some(given)
}

/// The example `text` without a last part that only says a file is
/// attached ("…, cron log attached", "… (screenshot anbei)", „…;
/// Protokoll im Anhang") or points at what follows ("… (see below)",
/// „… (siehe unten)"): for a message that carries no attachment and no
/// more than it says, such as the note to the partner. As it is when no such part ends it, or
/// nothing would be left before it.
pub fn without_attachment(text: &str) -> &str {
    const ENDS: &[&str] = &[
        "attached",
        "attachment",
        "attachments",
        "anbei",
        "im anhang",
        "in der anlage",
        "als anhang",
        "beigefügt",
    ];
    // Or that it is elsewhere in the email the merchant sends ("see
    // below", „siehe unten"): the note is not that email.
    const OPENS: &[&str] = &[
        "see attach",
        "siehe anhang",
        "siehe anlage",
        "see below",
        "see above",
        "siehe unten",
        "siehe oben",
        "siehe nachstehend",
        "siehe weiter unten",
    ];
    let trimmed = text.trim_end().trim_end_matches(['.', ')']);
    let Some(at) = [", ", "; ", " (", " - ", " \u{2013} "]
        .iter()
        .filter_map(|sep| trimmed.rfind(sep))
        .max()
    else {
        return text;
    };
    let tail = trimmed[at..]
        .trim_start_matches([',', ';', '(', '-', '\u{2013}', ' '])
        .to_lowercase();
    // A thing and that it is attached ("list from the order grid
    // attached"), not a clause of its own ("and the log we attached …").
    const CLAUSES: &[&str] = &[
        "and", "but", "which", "who", "und", "aber", "der", "die", "das",
    ];
    let opens_clause = tail
        .split_whitespace()
        .next()
        .is_some_and(|w| CLAUSES.contains(&w));
    let short = tail.split_whitespace().count() <= 8 && !opens_clause;
    let points = ENDS.iter().any(|end| tail.ends_with(end))
        || OPENS.iter().any(|open| tail.starts_with(open));
    let head = text[..at].trim_end();
    if short && points && head.chars().any(char::is_alphanumeric) {
        head
    } else {
        text
    }
}

/// `text` cut at its first comma, semicolon or dash between blanks.
fn first_and_rest(text: &str) -> Option<(&str, &str)> {
    let (at, len) = [",", ";", " - ", " \u{2013} ", " \u{2014} "]
        .iter()
        .filter_map(|sep| text.find(sep).map(|at| (at, sep.len())))
        .min()?;
    Some((&text[..at], &text[at + len..]))
}

/// Does `text` open with a word of not knowing and go on: "don't know, I
/// think our IT guy opened one?", „weiß ich nicht, Festpreis glaube ich",
/// „keine Ahnung, vielleicht Herr Kurz"? Given, and still open: the CSM
/// would ask for a sure answer. "none, 01234567 was closed" opens with a
/// denial, which is an answer, not a doubt.
pub fn unsure(text: &str) -> bool {
    let Some((first, rest)) = first_and_rest(text.trim()) else {
        return false;
    };
    says_unknown(first) && !rest.trim().is_empty() && !placeholder(rest) && !estimates(rest)
}

/// Does `rest`, what follows a doubt, give a figure as an estimate
/// („geschätzt 8.000 EUR", "roughly $90k", "about 40 orders a day"): a
/// figure, said as an estimate or without a word of doubt? An estimate
/// is an answer; "maybe 01234567?" is still a guess.
fn estimates(rest: &str) -> bool {
    const ESTIMATE: &[&str] = &[
        "estimate",
        "estimated",
        "approx",
        "approximately",
        "roughly",
        "about",
        "around",
        "circa",
        "ca",
        "geschätzt",
        "schätzungsweise",
        "rund",
        "etwa",
        "ungefähr",
    ];
    let lower = rest.to_lowercase();
    let figure = rest.chars().any(|c| c.is_ascii_digit());
    let said = words(&lower).iter().any(|w| ESTIMATE.contains(w)) || rest.contains('~');
    figure && (said || !guesses(rest))
}

/// What an answer that opens with a denial goes on to say instead ("n/a,
/// we only have the support retainer", „entfällt, nur Wartungsvertrag"):
/// the words after it, when they say something. The clause of a
/// statement of work is read so: a contract without one.
pub fn instead(text: &str) -> Option<&str> {
    let (first, rest) = first_and_rest(text.trim())?;
    let rest = rest.trim();
    (says_none(first) && !rest.is_empty() && !placeholder(rest)).then_some(rest)
}

/// Words of doubt, in either language.
const GUESS: &[&str] = &[
    "think",
    "guess",
    "maybe",
    "perhaps",
    "probably",
    "possibly",
    "might",
    "believe",
    "assume",
    "glaube",
    "denke",
    "vielleicht",
    "wahrscheinlich",
    "vermutlich",
    "eventuell",
    "evtl",
    "möglicherweise",
    "könnte",
    "says",
    "sagt",
    "meint",
    "or",
    "oder",
];

/// Words that stand for a name the merchant does not know, or lead in to
/// one they are not sure of, in either language: "Sam something", „Tom
/// irgendwas", "some guy called Raj", „ein gewisser Herr Brandt".
const NAME_FILLER: &[&str] = &[
    "something",
    "somebody",
    "someone",
    "sth",
    "whatshisname",
    "whatshername",
    "whatsisname",
    "whatever",
    "soandso",
    "irgendwas",
    "irgendwer",
    "irgendwie",
    "irgendein",
    "irgendeine",
    "soundso",
    "sowieso",
    "gewisser",
    "gewisse",
];

/// Words that lead in to a name after them ("a guy called Raj", „jemand
/// namens Tom").
const NAME_LEAD: &[&str] = &["called", "named", "namens", "heißt"];

/// The name in `name` when the merchant wrote it with a filler or a doubt
/// ("Sam something", „Tom irgendwas", "some guy called Raj", "a Marc or
/// Mark"): the capitalised words they are sure of ("Sam", "Raj", "Marc"),
/// a first name alone, so that the surname is still to come. `name` as
/// it is otherwise.
pub fn name_said(name: &str) -> &str {
    let words: Vec<(usize, &str)> = name
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '.' && c != '\'')
        .scan(0, |at, w| {
            let start = name[*at..].find(w).map_or(*at, |i| *at + i);
            *at = start + w.len();
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let lower = |w: &str| w.to_lowercase().replace('-', "");
    // A filler or an alternative, also within a word ("something-or-other").
    let filler = |w: &str| {
        let w = w.to_lowercase();
        std::iter::once(w.replace('-', "").as_str())
            .chain(w.split('-'))
            .any(|p| NAME_FILLER.contains(&p) || p == "or" || p == "oder")
    };
    let marked = words
        .iter()
        .any(|(_, w)| filler(w) || NAME_LEAD.contains(&lower(w).as_str()));
    if !marked {
        return name;
    }
    // After the last word that leads in, the first run of capitalised
    // words, up to a filler or an alternative.
    let from = words
        .iter()
        .rposition(|(_, w)| NAME_LEAD.contains(&lower(w).as_str()))
        .map_or(0, |i| i + 1);
    let mut run: Option<(usize, usize)> = None;
    for &(at, w) in &words[from..] {
        let stop = filler(w);
        let capital = w.starts_with(char::is_uppercase)
            && !["A", "An", "Ein", "Eine", "Some", "So"].contains(&w);
        match run {
            Some(_) if stop || !capital => break,
            Some((start, _)) => run = Some((start, at + w.len())),
            None if capital && !stop => run = Some((at, at + w.len())),
            None => {}
        }
    }
    run.map_or(name, |(start, end)| &name[start..end])
}

/// Does `text` guess or hedge: a word of doubt ("I think", „vielleicht"),
/// a question mark at its end?
pub fn guesses(text: &str) -> bool {
    let lower = text.to_lowercase();
    text.trim_end().ends_with('?') || words(&lower).iter().any(|w| GUESS.contains(w))
}

/// Is `text` a placeholder, saying nothing: none, unknown, or marks
/// alone?
pub fn placeholder(text: &str) -> bool {
    says_none(text) || says_unknown(text)
}

/// Does `text`, the answer on the Adobe support case, say that there is
/// none ("none", "no", „keiner", "n/a", "-")? Asked whether there is a
/// case, "n/a" means there is none, as a CSM reads it; "don't know" or
/// "?" says it is not known (a placeholder, not given).
pub fn says_none_yet(text: &str) -> bool {
    says_none(text)
}

/// Does `text`, the partner's answer, say that none came ("none",
/// "nothing so far", „bisher nichts")? Not a mark that the question does
/// not apply or is not known ("n/a", „k. A.", "-"): that is not given.
pub fn says_no_answer(text: &str) -> bool {
    const NOT_APPLICABLE: &[&str] = &[
        "n/a",
        "na",
        "n.a.",
        "k.a.",
        "k. a.",
        "entfällt",
        "-",
        "–",
        "—",
    ];
    says_none(text) && !NOT_APPLICABLE.contains(&text.trim().to_lowercase().as_str())
}

/// How an answer that says no reply came begins, in any language.
const NO_REPLY: &[&str] = &[
    "no answer",
    "no reply",
    "no response",
    "no feedback",
    "none",
    "nothing",
    "not yet",
    "silence",
    "keine antwort",
    "keine rückmeldung",
    "keine reaktion",
    "bisher keine",
    "noch keine",
    "bisher nichts",
    "noch nichts",
    "gar nichts",
    "nichts",
    "keine",
];

/// What a short answer says when a reply was promised and never came
/// ("callback promised, never came", „Rückruf versprochen, kam nicht").
const NEVER_CAME: &[&str] = &[
    "never came",
    "never happened",
    "never called back",
    "never got back",
    "never heard back",
    "did not call back",
    "didn't call back",
    "has not called back",
    "hasn't called back",
    "no callback",
    "no call back",
    "kam nicht",
    "kam nie",
    "kam bis heute nicht",
    "kein rückruf",
    "nie zurückgerufen",
    "nicht zurückgerufen",
    "nie gemeldet",
    "nicht gemeldet",
];

/// Does the partner's `answer` say that no reply came ("no reply at all",
/// „keine Antwort", "nothing yet"), by how its first line begins, or, in
/// a short answer, that a promised reply never came ("callback promised,
/// never came")?
pub fn says_no_reply(answer: &str) -> bool {
    let Some(first) = answer.lines().find(|l| !l.trim().is_empty()) else {
        return false;
    };
    let lower = first.trim().to_lowercase();
    let begins = NO_REPLY.iter().any(|words| {
        lower
            .strip_prefix(words)
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    });
    let short = answer.trim().chars().count() <= 120 && !answer.trim().contains('\n');
    begins || (short && NEVER_CAME.iter().any(|words| lower.contains(words)))
}

/// Does `answer` say no more than that no reply came ("no answer",
/// "nothing so far", „keine Antwort bisher")? Then there is no answer to
/// quote.
pub fn says_only_no_reply(answer: &str) -> bool {
    const ALSO: &[&str] = &[
        "yet",
        "so",
        "far",
        "at",
        "all",
        "whatsoever",
        "bisher",
        "noch",
        "gar",
        "überhaupt",
    ];
    let words = |s: &str| {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric() && c != '/')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    let said = words(answer);
    let none: Vec<String> = NO_REPLY.iter().flat_map(|p| words(p)).collect();
    says_no_reply(answer)
        && said
            .iter()
            .all(|w| none.contains(w) || ALSO.contains(&w.as_str()))
}

/// Does `text`, a short answer, say there is none yet ("none", "not yet",
/// „noch keiner", "n/a", "-")? Every word of it says so, and one denies.
pub fn says_none(text: &str) -> bool {
    const DENY: &[&str] = &[
        "none",
        "no",
        "not",
        "nothing",
        "nope",
        "n/a",
        "na",
        "-",
        "–",
        "—",
        "keiner",
        "keine",
        "kein",
        "nein",
        "nicht",
        "nichts",
        "k.a.",
        "entfällt",
    ];
    const ALSO: &[&str] = &[
        "yet",
        "so",
        "far",
        "case",
        "opened",
        "adobe",
        "support",
        "ticket",
        "noch",
        "bisher",
        "fall",
        "supportfall",
        "eröffnet",
        "angelegt",
        "offen",
    ];
    let lower = text.to_lowercase();
    let words = words(&lower);
    let words = if words.is_empty() {
        // Punctuation alone: "-" split away, or "." given.
        vec![lower.trim()]
    } else {
        words
    };
    words.iter().any(|w| DENY.contains(w))
        && words.iter().all(|w| DENY.contains(w) || ALSO.contains(w))
}

/// Does `text` say that the answer is not known, or not yet decided
/// ("unknown", "tbd", "don't know", „weiß nicht", „k. A.", "?"), or is it
/// marks alone ("???", "...", "xxx")?
fn says_unknown(text: &str) -> bool {
    /// Words that say it is not known or not decided.
    const UNKNOWN: &[&str] = &[
        "unknown",
        "idea",
        "clue",
        "ahnung",
        "tbd",
        "tba",
        "tbc",
        "dunno",
        "donno",
        "idk",
        "knw",
        "unsure",
        "unclear",
        "know",
        "known",
        "sure",
        "determined",
        "decided",
        "confirmed",
        "unbekannt",
        "weiß",
        "weiss",
        "weis",
        "bekannt",
        "unklar",
        "angabe",
        "angaben",
        "ka",
        "k.a.",
        "n.a.",
        "n.v.",
    ];
    /// Words that go with them.
    const WITH: &[&str] = &[
        "i", "don't", "dont", "don’t", "do", "not", "no", "have", "really", "exactly", "yet", "to",
        "be", "still", "ich", "nicht", "nich", "noch", "keine", "habe", "hab", "wirklich", "genau",
        "derzeit", "es", "das",
    ];
    let lower = text.trim().to_lowercase();
    let mark = |c: char| {
        c.is_whitespace() || matches!(c, '?' | '.' | '-' | '–' | '—' | '_' | '…' | '*' | '/')
    };
    if lower.chars().all(mark) || lower.chars().all(|c| c == 'x') {
        return true;
    }
    // "k. A.", "n. a.": the letters with their dots, the blanks away.
    let compact: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
    let compact = compact.trim_end_matches(['?', '!']);
    if ["k.a.", "k.a", "n.a.", "n.a", "n.v.", "n/v", "o.a."].contains(&compact) {
        return true;
    }
    let words = words(&lower);
    words.iter().any(|w| UNKNOWN.contains(w))
        && words
            .iter()
            .all(|w| UNKNOWN.contains(w) || WITH.contains(w))
}

/// The words of `lower`, split at blanks and at the marks around words.
fn words(lower: &str) -> Vec<&str> {
    lower
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | '(' | ')' | '!' | '?'))
        .filter(|w| !w.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_with_a_filler_or_a_doubt_is_the_part_the_merchant_is_sure_of() {
        for (written, sure) in [
            ("Sam something", "Sam"),
            ("Tom irgendwas", "Tom"),
            ("some guy called Raj", "Raj"),
            ("a Marc or Mark", "Marc"),
            ("Raj somebody", "Raj"),
            ("ein gewisser Herr Brandt", "Herr Brandt"),
            ("jemand namens Jonas", "Jonas"),
            ("Sam something-or-other", "Sam"),
        ] {
            assert_eq!(name_said(written), sure, "{written}");
        }
        for name in [
            "Priya Nair",
            "Herr Brandt",
            "Dr. Claudia Roth",
            "Jess",
            "Sean O'Brien",
        ] {
            assert_eq!(name_said(name), name);
        }
    }

    #[test]
    fn a_promised_reply_that_never_came_is_no_reply() {
        for answer in [
            "Rückruf versprochen, kam nicht.",
            "Callback promised on Monday, never came",
            "Tom said he'd check, never got back to me",
            "Sie wollten sich melden, haben sich nie gemeldet",
            "kein Rückruf",
        ] {
            assert!(says_no_reply(answer), "{answer}");
        }
        // An answer with content, or a pasted email that says so of
        // someone else, is an answer.
        for answer in [
            "They say the module is fine and the hosting is at fault.",
            "From: Tom Wagner\nWe checked; the callback from the payment provider never came, so we retried the job.",
        ] {
            assert!(!says_no_reply(answer), "{answer}");
        }
    }

    #[test]
    fn a_figure_after_a_doubt_is_an_estimate_and_an_answer() {
        assert!(!unsure("Weiß nicht genau, geschätzt 8.000 EUR pro Woche"));
        assert!(!unsure("not sure, roughly $90k"));
        assert!(!unsure("don't know - 40 orders a day"));
        assert!(unsure("don't know, maybe 01234567?"));
        assert!(unsure("weiß ich nicht, Festpreis glaube ich"));
    }

    #[test]
    fn a_misspelt_doubt_is_a_placeholder() {
        for text in [
            "dont know",
            "don’t know",
            "donno",
            "weis nicht",
            "weiß nich",
            "i dont know",
        ] {
            assert!(given(text).is_none(), "{text}");
        }
    }

    #[test]
    fn a_denial_that_goes_on_says_what_there_is_instead() {
        assert_eq!(
            instead("n/a, we only have the support retainer (20 hrs/month)"),
            Some("we only have the support retainer (20 hrs/month)")
        );
        assert_eq!(
            instead("entfällt – nur Wartungsvertrag"),
            Some("nur Wartungsvertrag")
        );
        assert_eq!(instead("n/a"), None);
        assert_eq!(instead("n/a, tbd"), None);
        assert_eq!(instead("SOW 4.2, fixed price"), None);
    }

    #[test]
    fn a_last_part_that_says_a_file_is_attached_is_cut_off() {
        for (text, cut) in [
            (
                "Stock export fails every night since 2026-11-28, cron log attached",
                "Stock export fails every night since 2026-11-28",
            ),
            (
                "Bestellung 4711 fehlt in SAP (Screenshot anbei)",
                "Bestellung 4711 fehlt in SAP",
            ),
            ("Checkout 500; Protokoll im Anhang", "Checkout 500"),
            ("Search took 11 s, see attached trace", "Search took 11 s"),
            (
                "318 orders from 23 Nov to 6 Dec not exported to SAP, list from the order grid attached",
                "318 orders from 23 Nov to 6 Dec not exported to SAP",
            ),
            (
                "318 Bestellungen nicht an SAP übertragen; Liste aus dem Bestellraster im Anhang",
                "318 Bestellungen nicht an SAP übertragen",
            ),
            (
                "Preisfehler auf 40 Artikeln – Export der betroffenen Artikel anbei",
                "Preisfehler auf 40 Artikeln",
            ),
            (
                "Your reply of 2 Dec 2026 (see below)",
                "Your reply of 2 Dec 2026",
            ),
            (
                "Ihre Antwort vom 02.12.2026 (siehe unten)",
                "Ihre Antwort vom 02.12.2026",
            ),
            ("Log of 3 Dec – see above", "Log of 3 Dec"),
            // Not a last part, or more than a pointer.
            (
                "screenshot attached: checkout 500",
                "screenshot attached: checkout 500",
            ),
            (
                "Checkout fails, and the log we attached shows why the payment was attached",
                "Checkout fails, and the log we attached shows why the payment was attached",
            ),
            ("attached", "attached"),
        ] {
            assert_eq!(without_attachment(text), cut, "{text}");
        }
    }

    #[test]
    fn an_example_that_points_at_an_attachment_shows_nothing() {
        for none in [
            "see attached",
            "- see attached",
            "Siehe Anhang.",
            "anbei",
            "n/a",
        ] {
            assert_eq!(example(none), None, "{none}");
        }
        for kept in [
            "screenshot attached: checkout 500",
            "Bestellung 3001, siehe Anhang",
        ] {
            assert_eq!(example(kept), Some(kept), "{kept}");
        }
    }

    #[test]
    fn an_answer_of_none_in_either_language_says_none() {
        for none in [
            "none",
            "None.",
            "keiner",
            "nein",
            "no",
            "n/a",
            "-",
            "–",
            "none yet",
            "not opened yet",
            "noch keiner",
            "bisher kein Supportfall",
            "no Adobe case",
            "noch nicht",
            "keine",
        ] {
            assert!(says_none(none), "{none}");
        }
        // Asked whether there is a support case, "n/a" says there is none.
        for none in [
            "none",
            "no Adobe case",
            "keiner",
            "noch nicht",
            "n/a",
            "N/A",
            "-",
            "entfällt",
        ] {
            assert!(says_none_yet(none), "{none}");
        }
        // „k. A." is „keine Angabe": nothing said either way.
        for unknown in ["don't know", "?", "weiß nicht", "tbd", "k.A."] {
            assert!(!says_none_yet(unknown), "{unknown}");
        }
        for case in [
            "01234567",
            "none, 01234567 was closed",
            "opened today, number to follow",
            "keine Nummer, aber eröffnet am 24.11.",
            "Fall 0123456",
            "",
        ] {
            assert!(!says_none(case), "{case}");
        }
    }

    #[test]
    fn a_placeholder_in_either_language_is_not_given() {
        for nothing in [
            "n/a",
            "N/A",
            "tbd",
            "TBD.",
            "unknown",
            "?",
            "???",
            "-",
            "...",
            "…",
            "xxx",
            "- -",
            "none",
            "none yet",
            "not sure",
            "don't know",
            "I don't know",
            "not known yet",
            "to be confirmed",
            "weiß nicht",
            "Ich weiß es nicht",
            "unbekannt",
            "noch unklar",
            "k. A.",
            "k.A.",
            "keine Angabe",
            "keine Ahnung",
            "no idea",
            "No idea.",
            "not sure",
            "n. a.",
            "don't know, n/a",
            "  ",
        ] {
            assert_eq!(given(nothing), None, "{nothing:?}");
        }
        for value in [
            "no access to production",
            "www.example.com, version unknown",
            "Jana Weber, not available on Fridays",
            "SOW 4.2 (fixed price, tbd whether it covers PayPal)",
            "Xavier Kunz",
            "- x",
            "k.a.-Shop",
            "02134567",
            "na klar, 4.2",
            "don't know exactly, holiday season is ~40% of our year",
            "Ryan Cole, account manager - I think he decides",
            // A placeholder followed by more words carries them.
            "don't know, I think our IT guy opened one on Saturday?",
            "keine Ahnung, vielleicht Herr Kurz",
            "weiß nicht - evtl. die Geschäftsführung",
            "weiß ich nicht, Festpreis glaube ich",
            "don't know, the agency handles support",
        ] {
            assert_eq!(given(value), Some(value), "{value:?}");
        }
        assert_eq!(given("  Brightforge  "), Some("Brightforge"));
    }

    #[test]
    fn an_answer_that_opens_with_not_knowing_and_goes_on_is_unsure() {
        for unsure_ in [
            "weiß ich nicht, Festpreis glaube ich",
            "don't know, the agency handles support",
            "keine Ahnung, vielleicht Herr Kurz",
            "weiß nicht - evtl. die Geschäftsführung",
            "not sure, maybe SOW 4.2",
        ] {
            assert!(unsure(unsure_), "{unsure_}");
        }
        for sure in [
            "none, 01234567 was closed",
            "n/a, we host it ourselves",
            "Festpreis glaube ich, Kapitel weiß ich nicht",
            "don't know",
            "don't know, n/a",
            "SOW 4.2",
        ] {
            assert!(!unsure(sure), "{sure}");
        }
    }
}
