//! The one rule for text the user gave that a document puts where a
//! sentence stands: a capital first letter and a closing full stop, as the
//! documents' own sentences have, without changing a word. Text of several
//! lines (a pasted email) keeps its lines as they are; a first word that
//! is an identifier, a link or an address, or starts with a digit or a
//! symbol, keeps its case; no full stop joins a link or an address at the
//! end.
//!
//! Where the text stands matters: after a label ("Their answer:") or under
//! a heading, a fragment ([`is_fragment`]: "nothing", "ca 4000 EUR Umsatz
//! pro Tag") is the label's value and stays as it was given
//! ([`after_label`]); a text that is a sentence of its own is made one
//! there too.

/// The most words a fragment has: a value such as "nothing" or "ca 4000
/// EUR Umsatz pro Tag, Weihnachtsgeschäft", not a sentence that explains.
const FRAGMENT_WORDS: usize = 8;

/// `text` as a sentence: its first letter a capital ([`capitalised`]) and
/// a full stop at its end ([`ended`]). Text of several lines is left as it
/// is.
pub fn sentence(text: &str) -> String {
    if text.trim().contains('\n') {
        return text.to_owned();
    }
    capitalised(&ended(text))
}

/// Is `text` a fragment rather than a sentence of its own: one line of
/// one clause (no sentence ends within it) and at most [`FRAGMENT_WORDS`]
/// words.
pub fn is_fragment(text: &str) -> bool {
    let text = text.trim();
    let words: Vec<&str> = text.split_whitespace().collect();
    let ends_inside = words.windows(2).any(|w| ends_sentence(w[0], Some(w[1])));
    let subject = words
        .iter()
        .any(|w| SUBJECTS.contains(&bare_word(w).as_str()));
    !text.contains('\n') && !ends_inside && !subject && words.len() <= FRAGMENT_WORDS
}

/// `what`, the merchant's words on what happens on a date at risk, with
/// `on_day` ("on 18 Dec 2026", „am 18.12.2026“) where it belongs: not at
/// all when they name a day of their own (kept where they put it); before
/// a time they set it in ("our new site launch on 18 Dec 2026, before the
/// holiday rush"), so that the date is not read as that time's; else at
/// the end.
pub fn with_day(what: &str, on_day: &str) -> String {
    const WITHIN: &[&str] = &[
        " before ",
        " ahead of ",
        " in time for ",
        " during ",
        " vor dem ",
        " vor der ",
        " vor den ",
        " vor Beginn ",
        " rechtzeitig vor ",
        " während ",
    ];
    if crate::evidence::names_a_date(what) {
        return what.to_owned();
    }
    let at = WITHIN.iter().filter_map(|w| what.find(w)).min();
    match at {
        Some(at) => format!("{} {on_day},{}", &what[..at], &what[at..]),
        None => format!("{what} {on_day}"),
    }
}

/// Is `text` a clause ("the sale email goes to 400k subscribers") rather
/// than a noun phrase ("last order day for Christmas delivery"): has it a
/// pronoun for a subject, or a verb as such text uses one?
pub fn is_clause(text: &str) -> bool {
    const VERBS: &[&str] = &[
        "is",
        "are",
        "was",
        "were",
        "will",
        "must",
        "has",
        "have",
        "goes",
        "go",
        "starts",
        "opens",
        "ends",
        "closes",
        "runs",
        "launches",
        "begins",
        "ships",
        "expires",
        "lands",
        "happens",
        "arrives",
        "needs",
        "ist",
        "sind",
        "wird",
        "werden",
        "muss",
        "müssen",
        "geht",
        "gehen",
        "startet",
        "beginnt",
        "endet",
        "läuft",
        "öffnet",
        "schließt",
        "kommt",
        "erscheint",
        "soll",
        "sollen",
    ];
    text.split_whitespace().any(|w| {
        let w = bare_word(w);
        VERBS.contains(&w.as_str()) || SUBJECTS.contains(&w.as_str())
    })
}

/// `word` as the word lists hold it: without the marks around it, in
/// lower case, with a typographic apostrophe made plain ("They’re," is
/// "they're").
fn bare_word(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphabetic() && c != '\'' && c != '\u{2019}')
        .to_lowercase()
        .replace('\u{2019}', "'")
}

/// The personal pronouns, in English and German, that make a short text a
/// sentence with a subject ("they said it is phase 2", "wir warten"), not
/// a value.
const SUBJECTS: &[&str] = &[
    "i", "i'm", "i've", "we", "we're", "we've", "you", "you're", "he", "she", "it", "it's", "they",
    "they're", "they've", "ich", "wir", "er", "sie", "es", "man",
];

/// Does `word`, followed by `next` (none at the end), end a sentence: a
/// word with `!`, `?` or `;` after it, or a full stop after a word that is
/// no number ("12.", "1986."), no date ("3.12."), no initial ("J."), and
/// no abbreviation ([`ABBREVIATIONS`]: "ca.", "Hr.", "z. B.", "inkl.").
/// Another short word ("Nov.", "ok.") ends one only before a capital
/// ("since 27 Nov. The agency", but "am 27. Nov. 2026").
pub(super) fn ends_sentence(word: &str, next: Option<&str>) -> bool {
    if word.ends_with(['!', '?', ';']) {
        return true;
    }
    let Some(body) = word.strip_suffix('.') else {
        return false;
    };
    let bare = body.trim_start_matches(|c: char| !c.is_alphanumeric());
    let letters = bare.chars().filter(|c| c.is_alphabetic()).count();
    let number = bare.chars().all(|c| c.is_ascii_digit());
    let initial = letters == 1 && bare.chars().all(char::is_uppercase);
    let known = ABBREVIATIONS.contains(&bare.to_lowercase().as_str());
    // A date with its year has no full stop of its own: one after it
    // ends the sentence ("bis 18.12.2026. Bitte …").
    let year =
        |y: &str| y.len() == 4 && y.starts_with("20") && y.chars().all(|c| c.is_ascii_digit());
    let dated = year(bare)
        || bare
            .rsplit_once('.')
            .is_some_and(|(day, y)| year(y) && day.contains('.'));
    // A percentage is no date, whatever its digits ("to 2.3%. The").
    if dated || bare.ends_with('%') {
        return next.is_some_and(|n| n.starts_with(char::is_uppercase));
    }
    // A number or a date without its year ends one before a word that
    // only opens a sentence ("seit dem Update am 1.12. Die kümmern sich
    // nicht", "throws a 500. The team …"), never before a month
    // („am 4. Dezember").
    let numeric = bare.chars().all(|c| c.is_ascii_digit() || c == '.');
    if numeric && !bare.is_empty() && next.is_some_and(|n| OPENERS.contains(&n)) {
        return true;
    }
    if number || initial || known || bare.contains('.') || is_address(word) {
        return false;
    }
    // A month shortened ends a sentence only before a capital, like any
    // short word ("since 3 Sept. The agency", but "3 Sept. 2026").
    let month = crate::evidence::month_shortened(bare).is_some();
    letters > 3 && !month || next.is_some_and(|n| n.starts_with(char::is_uppercase))
}

/// Words that, capitalised, only open a sentence, in English and German:
/// a full stop after a number before one ends the sentence.
const OPENERS: &[&str] = &[
    "The", "We", "I", "They", "It", "Nobody", "Our", "This", "He", "She", "Die", "Der", "Das",
    "Wir", "Ich", "Es", "Er", "Niemand", "Unser", "Unsere", "Leider", "Seitdem", "Seither",
];

/// Words a full stop shortens, in English and German, lower case: a full
/// stop after one ends no sentence.
const ABBREVIATIONS: &[&str] = &[
    "ca", "approx", "incl", "inkl", "excl", "exkl", "zzgl", "bzgl", "bzw", "ggf", "evtl", "bspw",
    "usw", "etc", "vgl", "vs", "z", "b", "s", "u", "a", "d", "h", "dr", "hr", "fr", "mr", "mrs",
    "ms", "prof", "st", "co", "abs", "tel",
];

/// `text` as the value after a label or under a heading: a fragment
/// ([`is_fragment`]) as it was given, its first letter its own and no full
/// stop added; a text that stands as a sentence of its own made one
/// ([`sentence`]).
pub fn after_label(text: &str) -> String {
    if is_fragment(text) {
        text.to_owned()
    } else {
        sentence(text)
    }
}

/// `text` after a colon that ends a sentence of the document's own
/// ("For our business, this means", „Für unser Geschäft heißt das:"), as [`after_label`] gives
/// it, its first word going on in lower case where the language's style
/// wants it: in English, any text whose first word is an article, a
/// determiner, a pronoun or a word of quantity or time ("The", "We",
/// "About"), as a sentence's continuation; in German, where a whole
/// sentence after a colon keeps its capital, only a fragment
/// ([`is_fragment`]) that begins with such a word ("Ein", "Bis"). A name
/// or a noun keeps its capital.
pub fn after_colon(text: &str) -> String {
    continued(&after_label(text))
}

/// `text`, the user's words going on a sentence of the document's own
/// after a colon, its first word in lower case by [`after_colon`]'s rule,
/// nothing else changed ("Originals: our Jira").
pub fn continued(text: &str) -> String {
    let text = text.to_owned();
    let start = text.len() - text.trim_start().len();
    let first = text[start..].split_whitespace().next().unwrap_or_default();
    // What brackets hold is an aside: "Mein Postfach (wir haben alle
    // Mails)" is a fragment all the same.
    let lower = ENGLISH_CONTINUING.contains(&first)
        || GERMAN_CONTINUING.contains(&first) && is_fragment(&without_asides(&text));
    if !lower {
        return text;
    }
    let mut chars = text[start..].chars();
    match chars.next() {
        Some(c) => format!("{}{}{}", &text[..start], c.to_lowercase(), chars.as_str()),
        None => text,
    }
}

/// English first words that go on in lower case after a colon: the
/// words that open a noun phrase or a clause without naming anything
/// (articles, possessive and demonstrative determiners, quantifiers,
/// pronouns, words that qualify an amount or a time), never a name.
const ENGLISH_CONTINUING: &[&str] = &[
    // Articles and determiners.
    "A",
    "An",
    "The",
    "Our",
    "My",
    "Your",
    "Their",
    "His",
    "Her",
    "Its",
    "This",
    "These",
    "That",
    "Those",
    // Quantifiers.
    "Every",
    "All",
    "Each",
    "Any",
    "No",
    "None",
    "Some",
    "Most",
    "Many",
    "Much",
    "Several",
    "Both",
    "Either",
    "Neither",
    "Few",
    "Fewer",
    "More",
    "Less",
    "Half",
    "Another",
    "Other",
    // Pronouns.
    "We",
    "We're",
    "We've",
    "It",
    "It's",
    "There",
    // An amount or a time, qualified.
    "About",
    "Around",
    "Roughly",
    "Approx.",
    "Approximately",
    "Nearly",
    "Almost",
    "Over",
    "Under",
    "Up",
    "Only",
    "Just",
    "Until",
    "By",
];

/// German first words of a fragment that go on in lower case after a
/// colon: articles, the merchant's own possessives, prepositions and
/// words of amount, none of which is a noun or a name; never the polite
/// „Sie“ or „Ihr“, which keep their capital.
const GERMAN_CONTINUING: &[&str] = &[
    "Ein", "Eine", "Einen", "Einem", "Einer", "Eines", "Der", "Die", "Das", "Den", "Dem", "Des",
    "Unser", "Unsere", "Unseren", "Unserem", "Unserer", "Mein", "Meine", "Meinen", "Meinem",
    "Meiner", "In", "Im", "Auf", "Aus", "Bei", "Beim", "Über", "Per", "Nach", "Von", "Vom", "Zum",
    "Zur", "Mit", "Ohne", "Laut", "Ab", "Nur", "Ca.", "Rund", "Etwa", "Bis",
];

/// `text` as the value after a label ([`after_label`]), going on in lower
/// case by [`continued`]'s rule when it is a fragment, what brackets hold
/// aside ("Originals: our Jira", „Wo: in meinem Postfach (kein
/// Zugriff)“); a sentence of its own keeps its capital.
/// One that opens with a label of the merchant's own ("staging:
/// b2b-staging.example.com; production: …") keeps that label's first
/// letter as given: "Environment: staging: …", not "Staging: …".
pub fn label_value(text: &str) -> String {
    let said = after_label(text);
    if is_fragment(&without_asides(text)) {
        continued(&said)
    } else if own_label(text) {
        let mut chars = said.chars();
        let first = chars.next().map(|c| c.to_lowercase().collect::<String>());
        first.unwrap_or_default() + chars.as_str()
    } else {
        said
    }
}

/// Does `text` open with a label of its own in lower case: a first word
/// of letters (a dash among them) that ends in a colon ("staging:")?
fn own_label(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or_default();
    first.strip_suffix(':').is_some_and(|word| {
        word.starts_with(char::is_lowercase) && word.chars().all(|c| c.is_alphabetic() || c == '-')
    })
}

/// `text` without what brackets hold.
fn without_asides(text: &str) -> String {
    let mut depth = 0usize;
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// `text`, the value after `label`, without a repeat of the label the
/// merchant typed before it ("Adobe support case: Adobe support case
/// 0123456", "Adobe support case: support case 0123456"): the label, or
/// its last two words or more, at the start of `text`, case aside, when a
/// colon, a dash or a number follows them. A name that begins with the label's
/// word ("Project: Project Phoenix") stays whole.
pub fn without_label<'t>(label: &str, text: &'t str) -> &'t str {
    let trimmed = text.trim_start();
    let words: Vec<&str> = label.split_whitespace().collect();
    // The whole label, or its last words from one that names a thing:
    // never a lone word, nor from "or" („contract" is not the whole of
    // "organisation or contract").
    let suffixes = (0..words.len()).filter(|&from| {
        from == 0
            || (words.len() - from >= 2
                && !["or", "and", "oder", "und"].contains(&words[from].to_lowercase().as_str()))
    });
    for from in suffixes {
        let said = words[from..].join(" ");
        let Some(head) = trimmed.get(..said.len()) else {
            continue;
        };
        if !head.eq_ignore_ascii_case(&said) && head.to_lowercase() != said.to_lowercase() {
            continue;
        }
        let rest = &trimmed[said.len()..];
        let after = rest.trim_start_matches([' ', ':', '\u{2013}', '-', '#']);
        let separated = rest.starts_with([':', '\u{2013}', '-', '#'])
            || rest.trim_start().starts_with([':', '\u{2013}', '-', '#']);
        let numbered = rest.starts_with(' ') && after.starts_with(|c: char| c.is_ascii_digit());
        if !after.is_empty() && (separated || numbered) {
            return after;
        }
    }
    text
}

/// Does `text`, the value after `label`, open with the label's own word
/// in any form ("Escalated at the partner: Escalated to the director",
/// „Eskalation beim Partner: Eskaliert an …"), as a sentence of its own
/// (a small word after it, so not a name: "Project: Project Phoenix")?
/// Then the label only says it twice.
pub fn repeats_label(label: &str, text: &str) -> bool {
    let stem = |word: &str| -> String {
        word.chars()
            .take_while(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .take(5)
            .collect()
    };
    let mut words = text.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    let Some(head) = label.split_whitespace().next() else {
        return false;
    };
    // A small word after it: the word is a verb or an act ("Escalated
    // to", „Eskalation an"), not a name or a noun's first half ("Adobe
    // case 0123456").
    const LINKS: &[&str] = &[
        "to", "at", "on", "by", "with", "via", "in", "the", "a", "an", "was", "were", "has", "is",
        "went", "it", "es", "am", "bei", "per", "zu", "zur", "zum", "über", "die", "der", "den",
        "ist", "wurde", "im", "ans",
    ];
    let head = stem(head);
    head.chars().count() == 5
        && stem(first) == head
        && LINKS.contains(&second.to_lowercase().as_str())
        && !text.trim().contains('\n')
}

/// `text` as the end of a sentence: with a full stop after its last word
/// unless it already ends with one, a question or exclamation mark, an
/// ellipsis or a colon, inside closing quotes or brackets or not, or ends
/// with a link or an address, which a full stop would join. Text of
/// several lines is left as it is.
pub fn ended(text: &str) -> String {
    let closing = [
        ')', ']', '"', '\'', '\u{201d}', '\u{2019}', '\u{bb}', '\u{201c}',
    ];
    let closed = text.trim_end_matches(closing);
    let last = text.rsplit(char::is_whitespace).next().unwrap_or_default();
    let ends = closed.ends_with(['.', '!', '?', '\u{2026}', ':']);
    if text.trim().is_empty() || text.trim().contains('\n') || ends || is_address(last) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

/// `text` with its first letter a capital, when its first word is a plain
/// word in lower case: never an identifier (`eCommerce`, `iOS`,
/// `ticket-42`, `shop.example.com`), a link or an address, nor a text that
/// starts with a digit or a symbol.
pub fn capitalised(text: &str) -> String {
    let word = text.split_whitespace().next().unwrap_or_default();
    // Trailing punctuation is no part of the word: "disagree," is plain.
    let word = word.trim_end_matches([',', ';', ':', '.', '!', '?']);
    let plain = word
        .chars()
        .all(|c| c.is_lowercase() || c == '\'' || c == '\u{2019}')
        && word.starts_with(char::is_lowercase);
    if !plain {
        return text.to_owned();
    }
    let start = text.len() - text.trim_start().len();
    let mut chars = text[start..].chars();
    match chars.next() {
        Some(first) => format!(
            "{}{}{}",
            &text[..start],
            first.to_uppercase(),
            chars.as_str()
        ),
        None => text.to_owned(),
    }
}

/// Is `word` a link or an email address?
fn is_address(word: &str) -> bool {
    word.contains('@') || word.contains("://") || word.starts_with("www.")
}

/// `text` with each pair of straight quotes around words ('…' or "…")
/// written with the language's own marks, `open` and `close` (“…”,
/// „…“), as a letter prints them; an apostrophe ("don't", "O'Brien") and
/// a quote left without its pair stay as they are.
pub fn typographic(text: &str, open: &str, close: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let opens = |i: usize| {
        (i == 0 || chars[i - 1].is_whitespace() || matches!(chars[i - 1], '(' | '['))
            && chars.get(i + 1).is_some_and(|c| !c.is_whitespace())
    };
    let closes = |i: usize| {
        i > 0
            && !chars[i - 1].is_whitespace()
            && chars
                .get(i + 1)
                .is_none_or(|c| c.is_whitespace() || ".,;:!?)]".contains(*c))
    };
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let pair = matches!(c, '\'' | '"') && opens(i);
        let end = pair
            .then(|| (i + 1..chars.len()).find(|&j| chars[j] == c && closes(j)))
            .flatten()
            .filter(|&j| !chars[i + 1..j].contains(&'\n'));
        match end {
            Some(j) => {
                out.push_str(open);
                out.extend(&chars[i + 1..j]);
                out.push_str(close);
                i = j + 1;
            }
            None => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_value_opening_with_the_labels_word_repeats_it() {
        use super::repeats_label;
        for (label, text) in [
            (
                "Escalated at the partner",
                "Escalated to their delivery director on 1 Dec",
            ),
            (
                "Escalated at the partner",
                "escalation went to Mike, no reply",
            ),
            (
                "Escalated at the partner",
                "Escalated it to the CEO on 2 Dec",
            ),
            (
                "Eskalation beim Partner",
                "Eskaliert an die Geschäftsführung am 30.11.",
            ),
            (
                "Eskalation beim Partner",
                "Eskalation an Dr. Albers per Mail",
            ),
        ] {
            assert!(repeats_label(label, text), "{label}: {text}");
        }
        for (label, text) in [
            ("Project", "Project Phoenix"),
            ("Escalated at the partner", "To their CEO on 1 Dec"),
            ("Eskalation beim Partner", "Am 30.11. an Dr. Albers"),
            ("Environment", "Envoy proxy in front of the shop"),
            ("Adobe support case", "Adobe case 0123456"),
        ] {
            assert!(!repeats_label(label, text), "{label}: {text}");
        }
    }

    #[test]
    fn straight_quotes_around_words_take_the_languages_marks() {
        use super::typographic;
        let (en, de) = (("\u{201c}", "\u{201d}"), ("\u{201e}", "\u{201c}"));
        assert_eq!(
            typographic(
                "deliverable D4 'ERP integration (SAP S/4, orders)'.",
                en.0,
                en.1
            ),
            "deliverable D4 \u{201c}ERP integration (SAP S/4, orders)\u{201d}."
        );
        assert_eq!(
            typographic("Suche nach 'Akkuschrauber' dauert", de.0, de.1),
            "Suche nach \u{201e}Akkuschrauber\u{201c} dauert"
        );
        assert_eq!(
            typographic("said \"needs a rethink\", we don't", en.0, en.1),
            "said \u{201c}needs a rethink\u{201d}, we don't"
        );
        for kept in [
            "Kestrel's connector",
            "O'Brien's team",
            "a 'lone quote",
            "don't 'x",
        ] {
            assert_eq!(typographic(kept, en.0, en.1), kept);
        }
    }

    use super::*;

    #[test]
    fn a_label_the_merchant_typed_again_is_said_once() {
        for (label, text, said) in [
            (
                "Adobe support case",
                "Adobe support case 0123456 opened Sunday",
                "0123456 opened Sunday",
            ),
            ("Adobe support case", "support case #0123456", "0123456"),
            (
                "Adobe support case",
                "Adobe support case: none yet",
                "none yet",
            ),
            ("Cloud project", "cloud project - abc12de3", "abc12de3"),
            // A name that starts with the label's word, a lone last word
            // or one after "or": as typed.
            ("Project", "Project Phoenix", "Project Phoenix"),
            (
                "Adobe organisation or contract",
                "contract 00982731",
                "contract 00982731",
            ),
            ("Adobe support case", "case 0123456", "case 0123456"),
        ] {
            assert_eq!(without_label(label, text), said, "{text}");
        }
    }

    #[test]
    fn a_fragment_after_a_label_goes_on_in_lower_case_a_sentence_keeps_its_capital() {
        assert_eq!(
            label_value("In meinem Postfach und in ACMEs Jira (wir haben keinen Zugang)"),
            "in meinem Postfach und in ACMEs Jira (wir haben keinen Zugang)."
        );
        assert_eq!(label_value("Mein Postfach"), "mein Postfach");
        assert_eq!(label_value("Ihr Jira"), "Ihr Jira");
        assert_eq!(label_value("Our Jira"), "our Jira");
        assert_eq!(
            label_value("We asked them three times and nothing came back at all"),
            "We asked them three times and nothing came back at all."
        );
        // A label of the merchant's own keeps its first letter.
        assert_eq!(
            label_value("staging: b2b-staging.example.com; production project abc"),
            "staging: b2b-staging.example.com; production project abc."
        );
        assert_eq!(
            label_value("Staging: b2b-staging.example.com; production project abc"),
            "Staging: b2b-staging.example.com; production project abc."
        );
    }

    #[test]
    fn abbreviations_initials_and_dates_end_no_sentence() {
        for (word, next, ends) in [
            ("erledigt.", Some("Der"), true),
            ("fails;", Some("the"), true),
            ("Hr.", Some("Krüger"), false),
            ("Dr.", Some("Ohlsen"), false),
            ("ca.", Some("4000"), false),
            ("z.", Some("B."), false),
            ("B.", Some("im"), false),
            ("inkl.", Some("MwSt"), false),
            ("J.", Some("Smith"), false),
            ("3.12.", Some("Dezember"), false),
            // Before a word that only opens a sentence, a date or a
            // number ends one.
            ("1.12.", Some("Die"), true),
            ("500.", Some("The"), true),
            ("4.", Some("Dezember"), false),
            ("27.", Some("Nov."), false),
            ("Nov.", Some("2026"), false),
            ("Nov.", Some("The"), true),
            ("Sept.", Some("2026"), false),
            ("ok.", Some("They"), true),
            ("ok.", Some("then"), false),
            // A date with its year has no full stop of its own.
            ("18.12.2026.", Some("Bitte"), true),
            ("2026.", Some("We"), true),
            ("18.12.2026.", Some("und"), false),
            // A percentage is no date.
            ("2.3%.", Some("The"), true),
            ("2,3%.", Some("Die"), true),
            ("2.3%.", Some("of"), false),
        ] {
            assert_eq!(ends_sentence(word, next), ends, "{word} {next:?}");
        }
    }

    #[test]
    fn a_fragment_becomes_a_sentence_without_a_word_changed() {
        for (given, said) in [
            (
                "disagree, its in 3.4 word for word. haven't disputed any invoice, due Dec 1",
                "Disagree, its in 3.4 word for word. haven't disputed any invoice, due Dec 1.",
            ),
            ("über 400 Bestellungen", "Über 400 Bestellungen."),
            (
                "roughly $1.2M/month (~£38k/month recurring)",
                "Roughly $1.2M/month (~£38k/month recurring).",
            ),
            ("Done.", "Done."),
            ("what now?", "What now?"),
            ("see below:", "See below:"),
        ] {
            assert_eq!(sentence(given), said, "{given}");
        }
    }

    #[test]
    fn identifiers_links_numbers_symbols_and_pasted_lines_stay_as_given() {
        for (given, said) in [
            ("eCommerce manager", "eCommerce manager."),
            ("iOS app crashes", "iOS app crashes."),
            ("ticket-42 is open", "ticket-42 is open."),
            ("shop.example.com is down", "shop.example.com is down."),
            ("see https://example.com/t/1", "See https://example.com/t/1"),
            ("write to jana@example.com", "Write to jana@example.com"),
            ("www.example.com", "www.example.com"),
            ("3 orders lost", "3 orders lost."),
            ("~40% of orders", "~40% of orders."),
            ("hi Jana,\n\nwe are on it", "hi Jana,\n\nwe are on it"),
            ("", ""),
        ] {
            assert_eq!(sentence(given), said, "{given}");
        }
    }

    #[test]
    fn after_a_label_a_fragment_keeps_its_letter_and_a_sentence_is_made_one() {
        for (given, said) in [
            ("nothing", "nothing"),
            ("Nothing", "Nothing"),
            (
                "ca 4000 EUR Umsatz pro Tag, Weihnachtsgeschäft",
                "ca 4000 EUR Umsatz pro Tag, Weihnachtsgeschäft",
            ),
            ("nothing yet.", "nothing yet."),
            // Two sentences, or more words than a value has: a sentence.
            (
                "disagree. it is in 3.4 word for word",
                "Disagree. it is in 3.4 word for word.",
            ),
            (
                "they said the mapping was never part of the statement of work",
                "They said the mapping was never part of the statement of work.",
            ),
            // A subject makes a short text a sentence.
            (
                "disagree, it's in 3.4 word for word",
                "Disagree, it's in 3.4 word for word.",
            ),
            ("wir warten seit Montag", "Wir warten seit Montag."),
            ("hi Jana,\n\nwe are on it", "hi Jana,\n\nwe are on it"),
        ] {
            assert_eq!(after_label(given), said, "{given}");
        }
        assert!(is_fragment("see www.example.com. or ask"));
        assert!(is_fragment("ca. 4000 EUR am 12. November, z. B."));
        assert!(is_fragment("e.g. 1986. x"));
        assert!(!is_fragment("no. really? yes"));
        assert!(!is_fragment("done. next"));
        assert!(!is_fragment(&"word ".repeat(FRAGMENT_WORDS + 1)));
        assert!(is_fragment(&"word ".repeat(FRAGMENT_WORDS)));
    }

    #[test]
    fn text_the_user_gave_ends_a_sentence_once() {
        for (given, ended_as) in [
            ("maybe £400k", "maybe £400k."),
            ("maybe £400k.", "maybe £400k."),
            ("(vs $38k avg)", "(vs $38k avg)."),
            ("(see the log.)", "(see the log.)"),
            ("really?", "really?"),
            ("\"Stop!\"", "\"Stop!\""),
            ("wait\u{2026}", "wait\u{2026}"),
            ("", ""),
        ] {
            assert_eq!(ended(given), ended_as, "{given}");
        }
    }

    #[test]
    fn after_a_colon_english_goes_on_in_lower_case_and_german_only_in_a_fragment() {
        assert_eq!(
            after_colon("Ein verbindlicher Zeitplan"),
            "ein verbindlicher Zeitplan"
        );
        assert_eq!(
            after_colon("About 40 orders a week"),
            "about 40 orders a week"
        );
        // The class, not a few words: every determiner and quantifier.
        for (given, said) in [
            ("Every order fails", "every order fails"),
            ("All guest orders", "all guest orders"),
            ("Each checkout step", "each checkout step"),
            ("Most orders since Monday", "most orders since Monday"),
            ("Their customers", "their customers"),
            ("Nearly 300 orders", "nearly 300 orders"),
        ] {
            assert_eq!(after_colon(given), said);
        }
        assert_eq!(
            after_colon("Klarna orders confirmed"),
            "Klarna orders confirmed"
        );
        assert_eq!(
            after_colon("We are losing about 40 orders a week, and the campaign is paid for."),
            "we are losing about 40 orders a week, and the campaign is paid for."
        );
        // A German sentence after a colon keeps its capital.
        assert_eq!(
            after_colon("Die Anbindung sollte am 23.11. fertig sein, ist aber nicht begonnen."),
            "Die Anbindung sollte am 23.11. fertig sein, ist aber nicht begonnen."
        );
    }
}
