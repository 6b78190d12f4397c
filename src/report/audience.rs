//! Whom a text the user wrote speaks to: whether words meant for the CSM
//! can stand in the note to the partner. A sentence that speaks of the
//! partner in the third person ("the agency never answers", the partner's
//! name or their contact's as its subject) or to the CSM ("could you set
//! up a call with me") is written for someone else. The note puts the
//! first kind to the partner when `voice` can reword it ("you never
//! answer"), and leaves out the rest (`note::for_partner`) rather than
//! paste it to the partner unseen, and keeps the rest of the answer. A
//! sentence that judges the partner ("more excuses", „Sie schieben es auf
//! SAP") is left out in any person. A German „Sie" with a verb in the
//! singular („Sie hat das abgezeichnet") is someone spoken of, not the
//! reader, and a „Die" with a verb after it („Die kümmern sich nicht")
//! is the partner. Before any of that, the words that only add a verdict
//! to a fact ("clearly breached", "at all", „überhaupt") are dropped
//! (`voice::plain`) and the fact is kept; blame in colloquial words
//! ("messed up", „kaputt gemacht") is cut as a judgement, and so is a
//! motive put to them, sarcasm or a reproach of a habit ("because you do
//! not want to admit", "as well as I can", "you keep …"), judged on what
//! the note would say. A clause that only judges after a fact ("…, which
//! is nonsense", "…, as usual with you") goes and the fact stays
//! (`voice::without_judging_tail`). "they", "their" and a lower-case
//! German „sie", „ihr…", „ihnen" that stand for others named before them
//! in the sentence ("Customers are waiting for their money", „Die Kunden
//! warten auf ihr Geld") are not the partner ([`bound`]). Each sentence
//! reworded or cut is said on the run.

/// Why a text cannot be put to the partner as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// It speaks of the partner in the third person.
    AboutPartner,
    /// It speaks to the CSM.
    ToCsm,
    /// It judges the partner rather than tells what happened ("you keep
    /// blaming SAP", „das ist vorgeschoben"), in whatever person.
    Judges,
}

/// Words that speak of the partner in the third person, in any case
/// ("them" is left out: it is as often the orders or the tickets).
const THIRD_PERSON: &[&str] = &[
    "they",
    "their",
    "he",
    "she",
    "him",
    "his",
    "the partner",
    "our partner",
    "the agency",
    "our agency",
    "the vendor",
    "the supplier",
    "the developers",
    "partner's",
    "agency's",
    "der partner",
    "den partner",
    "dem partner",
    "des partners",
    "unser partner",
    "unseren partner",
    "unserem partner",
    "unseres partners",
    "die agentur",
    "der agentur",
    "unsere agentur",
    "unserer agentur",
    "der dienstleister",
    "den dienstleister",
    "dem dienstleister",
    "des dienstleisters",
];

/// German words that speak of someone in the third person when written
/// in lower case (capitalised, they address the reader).
const THIRD_PERSON_LOWER: &[&str] = &["sie", "ihr", "ihre", "ihren", "ihrem", "ihnen"];

/// Words that speak to the CSM, in any case: their name for them, and
/// the requests that ask them to act ("could you", „vermitteln Sie").
const TO_CSM: &[&str] = &[
    "csm",
    "customer success",
    "could you",
    "can you",
    "would you",
    "please set up",
    "please arrange",
    "please escalate",
    "please contact",
    "please help",
    "please join",
    "please talk to",
    "please speak to",
    "please push",
    "with me and",
    "me and the",
    "könnten sie",
    "können sie",
    "würden sie",
    "bitte setzen sie",
    "setzen sie bitte",
    "bitte vermitteln",
    "vermitteln sie",
    "bitte eskalieren",
    "eskalieren sie",
    "sprechen sie mit",
    "kontaktieren sie",
    "mit mir und",
];

/// What of a text may go to the partner: the text without its sentences
/// written for someone else, and the first of those with whom it speaks
/// to or of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    /// The sentences written to the partner, in their lines; empty when
    /// none is.
    pub kept: String,
    /// The first sentence written for someone other than the partner
    /// and left out.
    pub first: Option<(String, Audience)>,
    /// Each sentence that spoke of the partner in the third person and
    /// is kept put to them (`voice::reword`), with its new words.
    pub reworded: Vec<(String, String)>,
}

/// `text` split into what is written to the partner and what is not: a
/// sentence speaks of them in the third person (by a pronoun or a word
/// for them, one of the `companies` the partner goes by, one of the
/// contact person's `names`) or to the CSM; with `to_csm_only`, only a
/// sentence to the CSM is cut (for words the merchant wrote knowing the
/// partner reads them), and one of the partner is kept, put to them when
/// it can be. A sentence that speaks of the partner is kept in
/// the second person when `voice::reword` can put it so. The kept
/// sentences keep their lines; a blank line stays between lines that are
/// kept.
pub fn split(text: &str, companies: &[String], names: &[String], to_csm_only: bool) -> Split {
    let mut first = None;
    let mut reworded = Vec::new();
    let mut lines: Vec<String> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if lines.last().is_some_and(|l| !l.is_empty()) {
                lines.push(String::new());
            }
            continue;
        }
        let sentences = line_sentences(line);
        let read: Vec<Option<String>> = sentences
            .into_iter()
            .map(|written| {
                // A verdict added to a fact ("clearly breached", "at
                // all") goes, and the fact stays, said as reworded.
                let plain = super::voice::plain(&written);
                let mut sentence = plain.clone().unwrap_or_else(|| written.clone());
                // So does a clause that only judges after a fact ("…,
                // which is nonsense", "…, as usual with you"), when the
                // fact stands alone; not in the outcome, the ask.
                let mut tail_cut = false;
                if !to_csm_only {
                    if let Some((fact, _)) = super::voice::without_judging_tail(&sentence) {
                        sentence = fact;
                        tail_cut = true;
                    }
                }
                // What they answered, told with a verb of blame ("they
                // blame our SAP data"), stays as the fact it reports; a
                // verdict on it cut after it ("…, das ist vorgeschoben")
                // leaves the merchant's rejection said plainly.
                let mut rejected = false;
                if let Some(fact) = super::voice::blame_as_fact(&sentence) {
                    sentence = fact;
                    rejected = tail_cut;
                }
                let reject = |kept: Option<String>| {
                    kept.map(|kept| match rejected {
                        true => format!("{kept} {}", super::voice::not_accepted(&kept)),
                        false => kept,
                    })
                };
                // "You claim", „Sie behaupten", the “hotfix”: a jab in
                // the words, whoever they are put to.
                if !to_csm_only {
                    sentence = super::voice::neutral(&sentence);
                }
                let mut put_as = |now: String| {
                    if now != written {
                        reworded.push((written.clone(), now.clone()));
                    }
                    Some(now)
                };
                reject(match whom(&sentence, companies, names, to_csm_only) {
                    Some(Audience::AboutPartner) => {
                        match super::voice::reword(&sentence, companies, names) {
                            // Put to them, a judgement is still one ("Kanaal
                            // broke it" → "You broke it").
                            Some(put) if super::voice::judges_partner(&put) => {
                                first.get_or_insert((written, Audience::Judges));
                                None
                            }
                            Some(put) => put_as(put),
                            None => {
                                let why = if super::voice::judges_partner(&sentence)
                                    || super::voice::judges_about(&sentence)
                                {
                                    Audience::Judges
                                } else {
                                    Audience::AboutPartner
                                };
                                first.get_or_insert((written, why));
                                None
                            }
                        }
                    }
                    Some(audience) => {
                        first.get_or_insert((written, audience));
                        None
                    }
                    // Words written knowing the partner reads them stay
                    // when they speak of the partner, put to them if they
                    // can be.
                    None if to_csm_only && whom(&sentence, companies, names, false).is_some() => {
                        match super::voice::reword(&sentence, companies, names) {
                            Some(put) => put_as(put),
                            None => put_as(sentence),
                        }
                    }
                    // A judgement is no evidence, whoever it is put to;
                    // the outcome (`to_csm_only`) keeps its words, as
                    // cutting them could leave the note with no ask.
                    None if !to_csm_only && super::voice::judges_partner(&sentence) => {
                        first.get_or_insert((written, Audience::Judges));
                        None
                    }
                    None => put_as(sentence),
                })
            })
            .collect();
        // A clause kept before one cut at a semicolon ends its sentence
        // ("… a catalogue size; [cut] We will not …"), as does one that
        // ends the line when any is cut.
        let any_cut = read.iter().any(Option::is_none);
        let kept: Vec<String> = (read.iter().enumerate())
            .filter_map(|(i, sentence)| {
                let sentence = sentence.as_ref()?;
                let cut_next = match read.get(i + 1) {
                    Some(next) => next.is_none(),
                    None => any_cut,
                };
                Some(match sentence.strip_suffix(';') {
                    Some(open) if cut_next => format!("{open}."),
                    _ => sentence.clone(),
                })
            })
            .collect();
        if !kept.is_empty() {
            lines.push(kept.join(" "));
        }
    }
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    Split {
        kept: lines.join("\n"),
        first,
        reworded,
    }
}

/// Does `text` speak of the partner in the third person by a word for
/// them or a pronoun ("the agency", „die Agentur", "their")?
pub fn speaks_of_partner(text: &str) -> bool {
    let lower = text.to_lowercase();
    let raw: Vec<&str> = text.split_whitespace().collect();
    let words: Vec<&str> = raw
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let free = |i: usize| !bound(&raw, i);
    THIRD_PERSON
        .iter()
        .filter(|w| !BINDS.contains(w))
        .any(|w| names_word(&lower, w))
        || (0..words.len()).any(|i| BINDS.contains(&words[i].to_lowercase().as_str()) && free(i))
        || (0..words.len()).any(|i| THIRD_PERSON_LOWER.contains(&words[i]) && free(i))
        || she_singular(text)
        || demonstrative(&words, 0)
        || demonstrative_after_verb(&words)
}

/// The English pronouns of [`THIRD_PERSON`] that may stand for others
/// named before them in the sentence ("Customers are waiting for their
/// money"): the partner only when no one else is ([`bound`]).
const BINDS: &[&str] = &["they", "their"];

/// Nouns for people that a later "they" or "their" may mean, though
/// they do not end in "s" ("our staff … their shifts").
const EN_PEOPLE: &[&str] = &["staff", "people", "personnel", "management"];

/// Plural words for the partner: a pronoun after them is the partner.
const PARTNER_PLURALS: &[&str] = &[
    "developers",
    "partners",
    "agencies",
    "vendors",
    "suppliers",
    "entwickler",
    "partner",
    "agentur",
    "dienstleister",
];

/// German words before a noun that make it plural (or a thing a
/// lower-case „sie" may mean: „die Suche …, sie"), so that a lower-case
/// „sie", „ihr…" or „ihnen" after it stands for that noun.
const DE_BEFORE_PLURAL: &[&str] = &[
    "die", "den", "unsere", "unseren", "keine", "alle", "viele", "einige", "mehrere", "diese",
    "beide", "meine", "manche",
];

/// Is the pronoun at word `i` of `words` (without their punctuation)
/// bound to others named before it in the same sentence, so that it is
/// not the partner: "Customers are waiting for their money", "our staff
/// … their", „Die Kunden warten auf ihr Geld", „Die Konten sind
/// gesperrt, der Go-live ist ohne sie nicht möglich"? A plural word for
/// the partner ("the developers", „die Agentur") binds nothing away
/// from them. Only "they"/"their" and the lower-case German „sie",
/// „ihr…", „ihnen" are bound; "They have not answered since Monday."
/// has no one else to mean.
pub(super) fn bound(raw: &[&str], i: usize) -> bool {
    let words: Vec<&str> = raw
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let Some(&w) = words.get(i) else {
        return false;
    };
    let partner = |n: &str| PARTNER_PLURALS.contains(&n.to_lowercase().as_str());
    // Where the clause of word `j` starts: after a comma, a semicolon, a
    // colon, a dash or a word that joins clauses.
    const JOINS: &[&str] = &["and", "but", "while", "und", "aber", "während"];
    let clause_of = |j: usize, joins: bool| {
        (0..j)
            .rev()
            .find(|&k| {
                raw[k].ends_with([',', ';', ':'])
                    || matches!(raw[k], "-" | "–" | "—")
                    || joins && JOINS.contains(&words[k].to_lowercase().as_str())
            })
            .map_or(0, |k| k + 1)
    };
    // Others are the subject of their clause: near its start, with no
    // "we" or „wir" before them ("We sent three emails and they never
    // answered" is the partner).
    let subject = |j: usize| {
        let start = clause_of(j, true);
        j - start <= 4
            && !words[start..j]
                .iter()
                .any(|w| SUBJECT_PRONOUNS.contains(&w.to_lowercase().as_str()))
    };
    let others = |j: usize| {
        let n = words[j];
        (super::voice::plural_noun(n) || EN_PEOPLE.contains(&n.to_lowercase().as_str()))
            && !partner(n)
            && subject(j)
    };
    if w.eq_ignore_ascii_case("their") {
        return (0..i).any(others);
    }
    // "they" as a subject: only others up to the last comma or dash
    // ("Category pages time out, they said it's Fastly" is the partner
    // speaking; "Our users lost their baskets and they cannot log in"
    // the users).
    if w.eq_ignore_ascii_case("they") {
        return (clause_of(i, false)..i).any(others);
    }
    if THIRD_PERSON_LOWER.contains(&w) {
        return (1..i).any(|j| {
            words[j].starts_with(char::is_uppercase)
                && DE_BEFORE_PLURAL.contains(&words[j - 1].to_lowercase().as_str())
                && !partner(words[j])
                && subject(j)
        });
    }
    false
}

/// Pronouns that are the subject of a clause, so that a plural noun
/// after them is an object, not others a later pronoun may mean.
const SUBJECT_PRONOUNS: &[&str] = &["we", "i", "you", "it", "wir", "ich", "es", "man"];

/// Words after „die" that make it an article of a plural noun to come
/// („die meisten Kunden"), not a pronoun.
const NOT_PRONOUN_AFTER: &[&str] = &[
    "meisten",
    "beiden",
    "anderen",
    "ersten",
    "letzten",
    "neuen",
    "alten",
    "übrigen",
    "einzelnen",
    "vielen",
    "wenigen",
    "gleichen",
    "selben",
];

/// Is word `i` of `words` (without their punctuation) a German „Die"
/// standing for people as the subject of its verb („Die kümmern sich
/// nicht", „Die haben am 3.12. deployt"): a verb in lower case follows,
/// and no noun after it (as in „die neuen Preise")? In a merchant's
/// words about their partner, that is the partner.
pub(super) fn demonstrative(words: &[&str], i: usize) -> bool {
    let (Some(&w), Some(&verb)) = (words.get(i), words.get(i + 1)) else {
        return false;
    };
    let verb_like = verb.starts_with(char::is_lowercase)
        && verb.chars().all(char::is_alphabetic)
        && (verb == "sind"
            || verb.ends_with("en")
            || verb.ends_with("ern")
            || verb.ends_with("eln")
            || SINGULAR.contains(&verb))
        && !NOT_PRONOUN_AFTER.contains(&verb);
    let no_noun = words
        .get(i + 2)
        .is_none_or(|n| !n.starts_with(char::is_uppercase));
    i == 0 && matches!(w, "Die" | "die") && verb_like && no_noun
}

/// Is a German „die" the subject after its verb, the sentence opened by
/// another word („Offenbar hoffen die, dass wir zahlen", „Jetzt sagen
/// die, es liege an uns")? Then it is the partner, as in „Die haben …".
fn demonstrative_after_verb(words: &[&str]) -> bool {
    let [first, verb, die, rest @ ..] = words else {
        return false;
    };
    first.starts_with(char::is_uppercase)
        && *die == "die"
        && demonstrative(&[die, verb], 0)
        && rest
            .first()
            .is_none_or(|n| !n.starts_with(char::is_uppercase))
}

/// German verbs after „er"/„sie" (one person) that differ from those
/// after „Sie" (the reader): „Sie hat" is someone else, „Sie haben" the
/// reader.
const SINGULAR: &[&str] = &[
    "hat", "ist", "war", "wird", "wurde", "hatte", "kann", "konnte", "muss", "musste", "soll",
    "sollte", "will", "wollte", "darf", "weiß", "tut", "gibt", "nimmt", "sieht", "hält", "lässt",
    "weigert", "sagt", "sagte", "meint", "meinte", "schreibt", "schrieb",
];

/// Does a German „sie" or „Sie" stand as the subject of a verb in the
/// singular („Sie hat das selbst abgezeichnet", „…, sie ist nicht
/// erreichbar")? Then it is a person spoken of, not the reader, whom
/// „Sie" takes the plural verb for.
fn she_singular(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    words.windows(2).any(|pair| {
        let verb = pair[1];
        (pair[0] == "Sie" || pair[0] == "sie")
            && (SINGULAR.contains(&verb)
                // A regular verb: „sie meldet", „sie antwortete".
                || verb.len() > 4
                    && verb.starts_with(char::is_lowercase)
                    && (verb.ends_with("et") || verb.ends_with("ete"))
                    && !verb.ends_with("en"))
    })
}

/// Whom `sentence` is written for when it is not the partner; with
/// `to_csm_only`, only whether it speaks to the CSM or names the contact
/// person it is written to (a letter to Herr Krüger does not say "Herr
/// Krüger is evasive").
fn whom(
    sentence: &str,
    companies: &[String],
    names: &[String],
    to_csm_only: bool,
) -> Option<Audience> {
    let lower = sentence.to_lowercase();
    let about = names.iter().any(|n| names_word(sentence, n))
        || !to_csm_only
            && (speaks_of_partner(sentence)
                || companies
                    .iter()
                    .any(|c| names_word(&lower, &c.to_lowercase())));
    if about {
        return Some(Audience::AboutPartner);
    }
    to_csm(&lower).then_some(Audience::ToCsm)
}

/// Does `lower`, a sentence in lower case, speak to the CSM: by their
/// name for them, a request that asks them to act ("could you"), or one
/// to arrange a meeting with others ([`arranges_meeting`])?
pub(super) fn to_csm(lower: &str) -> bool {
    TO_CSM.iter().any(|w| names_word(lower, w)) || arranges_meeting(lower)
}

/// Stems of the words that ask someone to arrange a meeting, in either
/// language ("set up", „organisieren Sie", „moderieren").
const ARRANGE: &[&str] = &[
    "arrange",
    "set up",
    "setting up",
    "organise",
    "organize",
    "organising",
    "organizing",
    "schedule",
    "moderate",
    "facilitate",
    "broker",
    "organisier",
    "vereinbar",
    "ansetz",
    "anberaum",
    "einberuf",
    "moderier",
    "koordinier",
    "aufsetz",
    "herbeiführ",
    "einfädel",
];

/// Stems of the words for a meeting, in either language.
const MEETING: &[&str] = &[
    "call",
    "meeting",
    "conversation",
    "talk",
    "gespräch",
    "telefonat",
    "termin",
    "treffen",
    "runde",
];

/// Words after "with"/„mit" that say the meeting is with the merchant
/// alone: a request the partner can act on.
const WITH_US: &[&str] = &[
    "us", "me", "our", "uns", "mir", "unserem", "unseren", "unserer", "unser",
];

/// Does `lower`, a sentence in lower case, ask someone to arrange, set up
/// or moderate a meeting with someone other than the merchant ("please
/// arrange a call with their MD", „Bitte organisieren Sie ein Gespräch
/// mit Frau Brandt")? Only the CSM can be asked that: the partner is not
/// asked to set up a meeting with their own management. A sentence that
/// names Adobe is for the CSM too.
fn arranges_meeting(lower: &str) -> bool {
    // Adobe itself, not its product ("Adobe Commerce 2.4.7").
    let adobe = lower.match_indices("adobe").any(|(at, w)| {
        let rest = &lower[at + w.len()..];
        names_word(&lower[at..], "adobe")
            && !lower[..at].ends_with(char::is_alphanumeric)
            && !rest.trim_start().starts_with("commerce")
            && !rest.trim_start().starts_with("experience")
    });
    if adobe {
        return true;
    }
    let stem = |stems: &[&str]| {
        stems.iter().any(|w| {
            lower
                .match_indices(w)
                .any(|(at, _)| !lower[..at].ends_with(char::is_alphanumeric))
        })
    };
    let with = lower.split_whitespace().collect::<Vec<_>>();
    let with_other = with.windows(2).any(|pair| {
        matches!(pair[0], "with" | "mit")
            && !WITH_US.contains(&pair[1].trim_matches(|c: char| !c.is_alphanumeric()))
    });
    stem(ARRANGE) && stem(MEETING) && with_other
}

/// The sentences of one line: split after each word that ends one by the
/// documents' one rule (`sentence::ends_sentence`), so that no date
/// ("am 9.11. reagiert"), abbreviation ("ca.", "Hr. Krüger", "z. B.") or
/// initial cuts a sentence in two. One cut at a semicolon whose rest
/// speaks for someone else ends with a full stop (see [`split`]).
pub(super) fn line_sentences(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let words: Vec<(usize, &str)> = line
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - line.as_ptr() as usize, w))
        .collect();
    for (i, &(at, word)) in words.iter().enumerate() {
        let next = words.get(i + 1).map(|&(_, n)| n);
        if next.is_some() && super::sentence::ends_sentence(word, next) {
            let end = at + word.len();
            out.push(line[start..end].trim().to_owned());
            start = end;
        }
    }
    out.push(line[start..].trim().to_owned());
    out.retain(|s| !s.is_empty());
    out
}

/// Does `text` have `word` as a whole word?
pub fn names_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_for_the_csm_are_told_from_words_to_the_partner() {
        let names = ["Weber".to_owned()];
        for (text, said) in [
            ("Card payments fail since 12 Nov.", None),
            ("Fix deployed by 2 Dec 2026.", None),
            ("We lose 40,000 EUR a day.", None),
            ("Please confirm the fix by 2 Dec.", None),
            ("Sie haben am 3.12. geantwortet.", None),
            (
                "Payments fail. The agency is slow.",
                Some(("The agency is slow.", Audience::AboutPartner)),
            ),
            (
                "They never answer on time",
                Some(("They never answer on time", Audience::AboutPartner)),
            ),
            (
                "Kanaal promised it for November.",
                Some(("Kanaal promised it for November.", Audience::AboutPartner)),
            ),
            (
                "Weber said next week.",
                Some(("Weber said next week.", Audience::AboutPartner)),
            ),
            (
                "Unser Partner reagiert nicht.",
                Some(("Unser Partner reagiert nicht.", Audience::AboutPartner)),
            ),
            (
                "seit Wochen vertröstet uns die Agentur",
                Some((
                    "seit Wochen vertröstet uns die Agentur",
                    Audience::AboutPartner,
                )),
            ),
            // A semicolon ends a sentence, as everywhere.
            (
                "Please set up a call with me and the agency; fix by 2 Dec",
                Some((
                    "Please set up a call with me and the agency;",
                    Audience::AboutPartner,
                )),
            ),
            (
                "Could you arrange a call this week?",
                Some(("Could you arrange a call this week?", Audience::ToCsm)),
            ),
            (
                "Bitte vermitteln Sie ein Gespräch bis 4.12.",
                Some((
                    "Bitte vermitteln Sie ein Gespräch bis 4.12.",
                    Audience::ToCsm,
                )),
            ),
            (
                "A joint call with my CSM by Friday.",
                Some(("A joint call with my CSM by Friday.", Audience::ToCsm)),
            ),
            // Asked to arrange a meeting with someone at the partner: only
            // the CSM can be; with the merchant, the partner can.
            (
                "Bitte organisieren Sie ein Gespräch mit Frau Brandt.",
                Some((
                    "Bitte organisieren Sie ein Gespräch mit Frau Brandt.",
                    Audience::ToCsm,
                )),
            ),
            (
                "We ask you to set up a call with Mr Brandt this week.",
                Some((
                    "We ask you to set up a call with Mr Brandt this week.",
                    Audience::ToCsm,
                )),
            ),
            (
                "Ich bitte um einen Termin mit der Geschäftsführung, moderiert durch Adobe.",
                Some((
                    "Ich bitte um einen Termin mit der Geschäftsführung, moderiert durch Adobe.",
                    Audience::ToCsm,
                )),
            ),
            ("We ask you to set up a call with us on Monday.", None),
            ("Bitte vereinbaren Sie einen Termin mit uns.", None),
            ("Since the Adobe Commerce upgrade, search is slow.", None),
        ] {
            let companies = ["Kanaal Digital".to_owned(), "Kanaal".to_owned()];
            let found = line_sentences(text)
                .into_iter()
                .find_map(|s| whom(&s, &companies, &names, false).map(|a| (s, a)));
            let expected = said.map(|(s, a): (&str, Audience)| (s.to_owned(), a));
            assert_eq!(found, expected, "{text}");
        }
    }

    #[test]
    fn only_the_sentences_for_someone_else_are_cut_and_the_lines_stay() {
        let kept = |text: &str| split(text, &["Kanaal".to_owned()], &[], false).kept;
        assert_eq!(
            kept("Imports drop variants since 27 Nov. The agency is useless."),
            "Imports drop variants since 27 Nov."
        );
        assert_eq!(
            kept("Kanaal clearly does not care.\n\nCheckout fails.\nThey are useless."),
            "Checkout fails."
        );
        assert_eq!(
            kept("Checkout fails.\n\nSince 2 Nov.\n\nThey are useless."),
            "Checkout fails.\n\nSince 2 Nov."
        );
        assert_eq!(kept("They are useless. Kanaal is slow."), "");
        // A sentence that can be put to the partner is, in its place.
        let put = split(
            "Checkout fails.\n\nKanaal promised a fix. They are useless.",
            &["Kanaal".to_owned()],
            &[],
            false,
        );
        assert_eq!(put.kept, "Checkout fails.\n\nYou promised a fix.");
        assert_eq!(
            put.reworded,
            [(
                "Kanaal promised a fix.".to_owned(),
                "You promised a fix.".to_owned()
            )]
        );
        assert_eq!(
            put.first,
            Some(("They are useless.".to_owned(), Audience::Judges))
        );
        assert_eq!(kept("Checkout fails."), "Checkout fails.");
        // Words written knowing the partner reads them keep what they say
        // of the partner, and lose only what speaks to the CSM.
        let ask = "A root-cause report from Kanaal by Wednesday. Could you push them?";
        let split = split(ask, &["Kanaal".to_owned()], &[], true);
        assert_eq!(split.kept, "A root-cause report from you by Wednesday.");
        let ask = "A root-cause report in the Jira of Kanaal by Wednesday.";
        assert_eq!(
            super::split(ask, &["Kanaal".to_owned()], &[], true).kept,
            ask
        );
        assert_eq!(
            split.first,
            Some(("Could you push them?".to_owned(), Audience::ToCsm))
        );
        // But the person it is written to is never spoken of.
        let position = "Das reicht nicht. Herr Krüger weicht seit zwei Wochen aus.";
        let split = super::split(position, &[], &["Krüger".to_owned()], true);
        assert_eq!(split.kept, "Das reicht nicht.");
    }

    /// A full stop after an abbreviation, an initial or a date ends no
    /// sentence: the sentence is cut whole or kept whole, never in two.
    #[test]
    fn a_judgement_is_cut_in_any_person_but_the_outcome_keeps_its_ask() {
        let none: [String; 0] = [];
        let cut = split(
            "Die Preisdaten kamen am 06.11. pünktlich. Sie kümmern sich nicht darum. Sie hat das selbst abgezeichnet.",
            &none,
            &none,
            false,
        );
        assert_eq!(cut.kept, "Die Preisdaten kamen am 06.11. pünktlich.");
        assert_eq!(
            cut.first,
            Some(("Sie kümmern sich nicht darum.".to_owned(), Audience::Judges))
        );
        let ask = "A working fix by Friday, no more excuses.";
        assert_eq!(split(ask, &none, &none, true).kept, ask);
    }

    /// A verdict added to a fact goes and the fact stays; blame in
    /// colloquial words, and „Die" standing for the partner with a
    /// judgement, are cut as judgements; each is said.
    #[test]
    fn a_verdict_goes_and_the_fact_stays() {
        let companies = ["Northridge".to_owned()];
        let names = ["Kevin".to_owned()];
        let split = |text: &str| split(text, &companies, &names, false);
        let read =
            split("Kevin has not responded at all in three days. The SLA is clearly breached.");
        assert_eq!(
            read.kept,
            "You have not responded in three days. The SLA is breached."
        );
        assert_eq!(read.reworded.len(), 2);
        let read = split("Clearly, the 4h SLA is breached.");
        assert_eq!(read.kept, "The 4h SLA is breached.");
        let read = split("Sie haben überhaupt nicht reagiert. Das ist einfach falsch.");
        assert_eq!(read.kept, "Sie haben nicht reagiert. Das ist falsch.");
        let read = split("Sie haben gar nicht geantwortet, nicht einmal die einfache Frage.");
        assert_eq!(
            read.kept,
            "Sie haben nicht geantwortet, nicht einmal die einfache Frage."
        );
        let read = split("They did not even answer. Even the staging shop fails.");
        assert_eq!(
            read.kept,
            "You did not answer. Even the staging shop fails."
        );
        for (text, kept) in [
            (
                "Preise falsch. Die Agentur hat das beim letzten Release kaputt gemacht.",
                "Preise falsch.",
            ),
            ("Versand falsch. Die kümmern sich nicht.", "Versand falsch."),
            (
                "Checkout fails. Northridge messed up the release.",
                "Checkout fails.",
            ),
            ("Checkout fails. Northridge broke it.", "Checkout fails."),
        ] {
            let read = split(text);
            assert_eq!(read.kept, kept, "{text}");
            assert_eq!(read.first.map(|f| f.1), Some(Audience::Judges), "{text}");
        }
        // A thing that broke is a fact; „Die" before a noun an article.
        assert_eq!(
            split("The release broke checkout.").kept,
            "The release broke checkout."
        );
        assert_eq!(
            split("Die neuen Preise sind falsch.").kept,
            "Die neuen Preise sind falsch."
        );
        // „Die" standing for the partner with a plain fact is put to them.
        assert_eq!(
            split("Die haben am 3.12. deployt.").kept,
            "Sie haben am 3.12. deployt."
        );
        // "they" after a thing of theirs did it.
        assert_eq!(
            split("Search got slow since the 2.4.7 upgrade they did in October.").kept,
            "Search got slow since the 2.4.7 upgrade you did in October."
        );
    }

    #[test]
    fn an_abbreviation_does_not_cut_a_sentence_in_two() {
        let names = ["Krüger".to_owned(), "Smith".to_owned()];
        let kept = |text: &str| split(text, &["Kanaal".to_owned()], &names, false).kept;
        for (text, said) in [
            ("Laut Hr. Krüger ist das erledigt.", ""),
            (
                "Laut Dr. Krüger ist das erledigt. Der Checkout schlägt fehl.",
                "Der Checkout schlägt fehl.",
            ),
            (
                "Per J. Smith it is done. Checkout fails.",
                "Checkout fails.",
            ),
            (
                "Wir verlieren ca. 4000 EUR am Tag, z. B. im Weihnachtsgeschäft.",
                "Wir verlieren ca. 4000 EUR am Tag, z. B. im Weihnachtsgeschäft.",
            ),
            (
                "Der Fehler tritt seit dem 27. Nov. 2026 auf. Kanaal schweigt.",
                "Der Fehler tritt seit dem 27. Nov. 2026 auf.",
            ),
            (
                "Orders fail since 3 Nov. The agency is slow.",
                "Orders fail since 3 Nov.",
            ),
            // A clause kept before one cut at a semicolon ends there.
            (
                "Checkout fails since Monday; the agency is slow",
                "Checkout fails since Monday.",
            ),
            (
                "Checkout fails since Monday;",
                "Checkout fails since Monday;",
            ),
        ] {
            assert_eq!(kept(text), said, "{text}");
        }
    }

    #[test]
    fn a_pronoun_after_others_named_before_it_is_theirs() {
        let bare = |t: &'static str| -> Vec<&'static str> { t.split_whitespace().collect() };
        for (text, at, others) in [
            ("Customers are waiting for their money", 4, true),
            ("Our staff re-key orders and their shifts run late", 5, true),
            ("They have not answered since Monday", 0, false),
            ("We stopped approving their timesheets", 3, false),
            ("The developers said their fix works", 3, false),
            ("Die Kunden warten auf ihr Geld", 4, true),
            (
                "Die Konten sind gesperrt, der Go-live ist ohne sie nicht möglich",
                8,
                true,
            ),
            ("Die Agentur hat gesagt, sie liefert am Freitag", 4, false),
            ("Seit Montag haben sie nicht geantwortet", 3, false),
            ("Category pages time out, they said it's Fastly", 4, false),
            (
                "Our users lost their baskets and they cannot log in",
                6,
                true,
            ),
            ("We sent three emails and they never answered", 5, false),
            (
                "Wir haben die Tickets eskaliert, sie haben nicht geantwortet",
                5,
                false,
            ),
            ("Seit Montag warten die Kunden auf ihr Geld", 6, true),
        ] {
            let words = bare(text);
            assert_eq!(bound(&words, at), others, "{text}: {}", words[at]);
        }
        assert!(!speaks_of_partner("Customers are waiting for their money."));
        assert!(speaks_of_partner("They have not answered since Monday."));
        assert!(!speaks_of_partner("Die Kunden warten auf ihr Geld."));
        assert!(speaks_of_partner(
            "Seit Montag haben sie nicht geantwortet."
        ));
    }
}
