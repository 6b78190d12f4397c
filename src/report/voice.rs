//! The second person: a sentence the merchant wrote of the partner in
//! the third person, put to them ("Brightlane deployed a release" → "You
//! deployed a release", „Die Agentur hat … markiert" → „Sie haben …
//! markiert"), so that the note to the partner keeps the merchant's
//! evidence instead of leaving it out (`audience::split` asks, the note
//! says which sentences it reworded).
//!
//! Reworded, in English and German, only what can be reworded safely:
//! - a subject at the start of a sentence or clause that is the partner
//!   (their company's name or its short form, a word for them such as
//!   "the agency" or „die Agentur") or the person the note is written to
//!   (with or without a title: "Mr", „Frau Dr."), followed by a finite
//!   verb the tables below conjugate ("has" → "have", "keeps" → "keep",
//!   a past tense stays; „hat" → „haben", „weigert" → „weigern",
//!   „sagte" → „sagten"); the pronoun "they" as a subject only when the
//!   partner is named before it or its verb is one a partner does
//!   ("promised"), as "they" is as often the orders or the customers
//!   (once a plural noun stands between, a later "they" is no longer
//!   taken for the partner); „sie" only with a plural verb and such a
//!   verb („sie haben nicht geantwortet"), as it is as often „die Suche";
//! - the partner as the subject right after the verb of a German clause
//!   that begins with something else („Seit dem 9.11. reagiert der
//!   Partner nicht" → „… reagieren Sie nicht"), with a pronoun before it
//!   put after „Sie" („liefert uns die Agentur" → „liefern Sie
//!   uns");
//! - once a subject is reworded, "they"/"their" later in the sentence,
//!   and German „ihnen"/„ihr…"; "their" with no one else named before it
//!   ("We have stopped approving their November timesheets" → "…your
//!   November timesheets"), and "They said …" opening a sentence;
//! - the partner or the addressee as a possessive ("Brightlane's
//!   release" → "your release") or after a preposition ("from the
//!   agency" → "from you", „mit der Agentur" → „mit Ihnen");
//! - the partner as the owner of a thing of theirs ("Pixelforge ticket
//!   PF-903" → "your ticket PF-903", "their release" → "your release",
//!   „Im Jira der Agentur" → „In Ihrem Jira");
//! - the partner as the subject of an English clause within a sentence
//!   that no comma marks ("after Northstack deployed" → "after you
//!   deployed", "the plan Pixelforge signed off" → "the plan you signed
//!   off"), and "they" before a verb that tells the merchant something
//!   ("They told us", "They have been saying").
//!
//! Never reworded: a sentence written to the CSM (it asks for a meeting,
//! names Adobe), one that judges the partner ("clearly does not care",
//! "keeps blaming", „vorgeschoben"), what follows a verb of saying (what
//! they said may name someone else: "the vendor's fault" is no "your
//! fault"),
//! one whose verb the tables do not know, and one that still speaks of
//! the partner after the rewording ("he", "she", „Sie hat", a German
//! genitive without an article that says its case). Those the note
//! leaves out, as before. A judgement is left out whoever it is said to
//! ([`judges_partner`]: „Sie kümmern sich nicht darum.", a retort on
//! their quoted word: "“Soon” is not a date."), except a verb of blame
//! that reports their answer, said first as that answer
//! ([`blame_as_fact`]: „Die Agentur schiebt es auf unsere SAP-Daten" →
//! „… führt es auf unsere SAP-Daten zurück"); and a jab in the words is
//! made neutral ([`neutral`]: "you claim" → "you say", the “hotfix” →
//! the hotfix).

use super::audience::{self, names_word};

/// `sentence`, one sentence the merchant wrote, put to the partner in the
/// second person; `companies` are the names the partner goes by and
/// `names` the own names of the person the note is written to. `None`
/// when it cannot be reworded safely (see the module doc) or says
/// nothing of the partner.
pub fn reword(sentence: &str, companies: &[String], names: &[String]) -> Option<String> {
    let lower = sentence.to_lowercase();
    if audience::to_csm(&lower) || judges(&lower) {
        return None;
    }
    let lang = if german(sentence) { Lang::De } else { Lang::En };
    let words = words(sentence);
    let party = Party { companies, names };
    let mut edits: Vec<Edit> = Vec::new();
    let mut named = false;
    // Others a later "they" could mean: "customers say they cannot pay".
    let mut others = false;
    let mut i = 0;
    while i < words.len() {
        // Nothing after a verb of saying is put to them (see below),
        // up to a clause of the merchant's own after it.
        if says(words[i].bare) {
            match after_report(sentence, &words, i) {
                Some(next) => {
                    i = next;
                    continue;
                }
                None => break,
            }
        }
        if let Some((len, edit)) = object(sentence, &words, i, &party, lang) {
            edits.push(edit);
            i += len;
            continue;
        }
        if let Some((len, mut changes)) = owner(sentence, &words, i, &party, lang, others) {
            edits.append(&mut changes);
            i += len;
            continue;
        }
        if clause_start(sentence, &words, i) || within_clause(&words, i, lang) {
            if let Some((len, mut changes)) =
                subject(sentence, &words, i, &party, lang, named && !others)
            {
                named = true;
                others = false;
                edits.append(&mut changes);
                i += len;
                // A second verb of the same subject after "and"/„und"
                // takes its person too ("You have billed 52 hours and
                // still have no fix", „Sie haben … und rechnen …").
                edits.extend(coordinated(sentence, &words, i, lang));
                // What follows a verb of saying is what they said, in
                // their words or the merchant's report of them: it is
                // not put to the partner ("it's the vendor's fault" is
                // no "your fault"); naming them there still, the
                // sentence is left out below.
                if says(words[i - 1].bare) {
                    match after_report(sentence, &words, i - 1) {
                        Some(next) => i = next,
                        None => break,
                    }
                }
                continue;
            }
        }
        if lang == Lang::De {
            if let Some((len, mut changes)) = inverted(sentence, &words, i, &party) {
                named = true;
                edits.append(&mut changes);
                i += len;
                continue;
            }
        }
        if named && !others {
            if let Some(edit) = pronoun(&words, i, lang) {
                edits.push(edit);
            }
        } else if lang == Lang::En
            && !others
            && matches!(words[i].bare, "their" | "Their" | "theirs")
        {
            // A possessive no one else named before it can mean is the
            // partner's ("We have stopped approving their November
            // timesheets" → "… your November timesheets").
            edits.extend(pronoun(&words, i, lang));
        }
        others |= lang == Lang::En && plural(words[i].bare);
        i += 1;
    }
    if edits.is_empty() {
        return None;
    }
    let mut out = sentence.to_owned();
    edits.sort_by_key(|e| e.0);
    for (start, end, with) in edits.into_iter().rev() {
        // A word that opens a sentence within the text keeps its
        // capital ("… a 500. Kevin's team" → "… a 500. Your team").
        let opens = sentence[..start].trim_end().ends_with(['.', '!', '?'])
            && sentence[start..].starts_with(char::is_uppercase);
        let with = if opens {
            super::sentence::capitalised(&with)
        } else {
            with
        };
        out.replace_range(start..end, &with);
    }
    // A sentence that began with a capital still does ("Kevin's team
    // deployed" → "Your team deployed").
    if sentence.starts_with(char::is_uppercase) {
        out = super::sentence::capitalised(&out);
    }
    let still = names.iter().any(|n| names_word(&out, n))
        || audience::speaks_of_partner(&out)
        || companies
            .iter()
            .any(|c| names_word(&out.to_lowercase(), &c.to_lowercase()));
    (!still && out != sentence).then_some(out)
}

/// A change to a sentence: the bytes from the first to the second
/// replaced by the text.
type Edit = (usize, usize, String);

/// The language whose grammar a sentence follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lang {
    En,
    De,
}

/// Who the partner is: the names of their company and of the addressee.
struct Party<'a> {
    companies: &'a [String],
    names: &'a [String],
}

/// The verb after the next "and"/„und" of the clause that goes on from
/// word `from`, when it shares the subject just put to the partner (a
/// third-person form follows at once, or after an adverb), in the form
/// "you"/„Sie" takes.
fn coordinated(sentence: &str, words: &[Word], from: usize, lang: Lang) -> Option<Edit> {
    let and = (from..words.len()).take(16).find(|&j| {
        matches!(words[j].bare, "and" | "und")
            && !sentence[..words[j].start]
                .trim_end()
                .ends_with([',', ';', '.'])
    })?;
    let mut at = and + 1;
    while at < words.len() && ADVERBS.contains(&words[at].bare.to_lowercase().as_str()) {
        at += 1;
    }
    let verb = words.get(at)?;
    if !verb.bare.starts_with(char::is_lowercase) {
        return None;
    }
    let form = match lang {
        Lang::En => {
            // Only a form that is plainly a third person's.
            let third = [
                "has", "hasn't", "is", "isn't", "was", "wasn't", "does", "doesn't",
            ];
            third.contains(&verb.bare).then(|| en_verb(verb.bare))??
        }
        Lang::De => {
            let third = verb.bare.ends_with('t') && !verb.bare.ends_with("en");
            third.then(|| de_verb(verb.bare))??
        }
    };
    Some((verb.start, verb.end, form))
}

/// The first word after what the verb of saying at word `i` reports:
/// after a clause of the merchant's own that a comma and "but" or a
/// semicolon opens ("They told us the date holds, but they have not
/// started" goes on at "they").
fn after_report(sentence: &str, words: &[Word], i: usize) -> Option<usize> {
    const OWN: &[&str] = &[", but ", "; ", ", aber ", ", doch "];
    let from = words[i].end;
    let at = OWN
        .iter()
        .filter_map(|mark| sentence[from..].find(mark).map(|at| from + at + mark.len()))
        .min()?;
    words.iter().position(|w| w.start >= at)
}

/// A word of a sentence: where it starts and ends without the
/// punctuation around it, and its text.
#[derive(Debug, Clone)]
struct Word<'s> {
    start: usize,
    end: usize,
    /// The word without the punctuation before or after it.
    bare: &'s str,
}

fn words(sentence: &str) -> Vec<Word<'_>> {
    sentence
        .split_whitespace()
        .map(|raw| {
            let at = raw.as_ptr() as usize - sentence.as_ptr() as usize;
            let lead = raw.len() - raw.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
            let bare = raw
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
            let bare = bare.trim_end_matches(['\'', '’']);
            Word {
                start: at + lead,
                end: at + lead + bare.len(),
                bare,
            }
        })
        .filter(|w| !w.bare.is_empty())
        .collect()
}

/// Does the sentence read as German, by its most common small words?
fn german(sentence: &str) -> bool {
    const DE: &[&str] = &[
        "der", "die", "das", "und", "nicht", "ist", "hat", "mit", "ein", "eine", "wir", "ich",
        "zu", "am", "bis", "seit", "es", "den", "dem", "im", "auf", "für", "von", "noch", "keine",
        "kein", "schon", "auch", "sich", "wird", "haben", "sind", "uns", "mir", "selbst", "keinen",
        "einen", "einem", "einer", "nichts", "bei", "vom", "zum", "zur", "als", "wie", "dass",
        "oder", "aber", "sei", "wurde", "mehr", "immer", "nie", "heute", "bitte", "kann",
    ];
    const EN: &[&str] = &[
        "the", "and", "not", "is", "has", "with", "a", "an", "we", "i", "they", "to", "on", "by",
        "since", "it", "of", "in", "for", "from", "no", "yet", "also", "have", "are", "was",
        "said", "us", "me", "that",
    ];
    let (mut de, mut en) = (0, 0);
    for w in sentence.split_whitespace() {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        de += usize::from(DE.contains(&w.as_str()));
        en += usize::from(EN.contains(&w.as_str()));
    }
    de > en || de == en && sentence.contains(['ä', 'ö', 'ü', 'ß'])
}

/// Words that add a verdict to a fact without adding a fact ("clearly
/// breached", "not responded at all", „überhaupt nicht reagiert"), in
/// English, each a whole word or phrase.
const EN_INTENSIFIERS: &[&str] = &[
    "clearly",
    "obviously",
    "blatantly",
    "evidently",
    "simply",
    "at all",
    "whatsoever",
];

/// The German ones; „einfach" only as it stands, never „einfache".
const DE_INTENSIFIERS: &[&str] = &[
    "offensichtlich",
    "eindeutig",
    "total",
    "einfach",
    "überhaupt",
    "schlicht",
    "schlichtweg",
    "gar",
];

/// Words that negate, after which "even" adds only blame ("not even
/// answered" → "not answered"); elsewhere "even" may be a fact ("even
/// the staging shop").
const NEGATIONS: &[&str] = &[
    "not", "never", "no", "nobody", "didn't", "haven't", "hasn't", "don't", "doesn't", "won't",
    "cannot", "can't", "nicht", "kein", "keine", "keinen", "nie",
];

/// `sentence` without the words that only add a verdict to what it says
/// ([`EN_INTENSIFIERS`], [`DE_INTENSIFIERS`], "even" after a negation):
/// "You have not responded at all in three days" → "You have not
/// responded in three days", „Sie haben überhaupt nicht reagiert" →
/// „Sie haben nicht reagiert". A sentence that judges with nothing
/// else left ("You clearly do not care") is still judged, as before.
/// `None` when it has none of them.
pub fn plain(sentence: &str) -> Option<String> {
    let lang = if german(sentence) { Lang::De } else { Lang::En };
    let table = match lang {
        Lang::En => EN_INTENSIFIERS,
        Lang::De => DE_INTENSIFIERS,
    };
    let words = words(sentence);
    let lower: Vec<String> = words.iter().map(|w| w.bare.to_lowercase()).collect();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let phrase = table.iter().find_map(|w| {
            let len = w.split(' ').count();
            (i + len <= words.len() && lower[i..i + len].join(" ") == *w).then_some(len)
        });
        let even = lang == Lang::En
            && lower[i] == "even"
            && i > 0
            && NEGATIONS.contains(&lower[i - 1].replace('’', "'").as_str());
        // „gar" only before a negation („gar nicht", „gar keine").
        let gar = |len: usize| {
            lower[i] != "gar"
                || lower
                    .get(i + len)
                    .is_some_and(|n| NEGATIONS.contains(&n.as_str()))
        };
        match phrase.filter(|&len| gar(len)).or(even.then_some(1)) {
            Some(len) => {
                cuts.push((i, i + len - 1));
                i += len;
            }
            None => i += 1,
        }
    }
    if cuts.is_empty() {
        return None;
    }
    let mut out = sentence.to_owned();
    for &(first, last) in cuts.iter().rev() {
        let start = words[first].start;
        let mut end = words[last].end;
        // The comma that set it off goes with it ("Clearly, the SLA …").
        if out[end..].starts_with(',') {
            end += 1;
        }
        // With the space before it, or after it at the start.
        let space_before = out[..start].ends_with(' ');
        if space_before && start > 0 {
            out.replace_range(start - 1..end, "");
        } else {
            let after = out[end..].len() - out[end..].trim_start().len();
            out.replace_range(start..end + after, "");
        }
    }
    let out = out.trim().to_owned();
    if out.is_empty() || out == sentence {
        return None;
    }
    Some(if sentence.starts_with(char::is_uppercase) {
        super::sentence::capitalised(&out)
    } else {
        out
    })
}

/// Does the sentence judge the partner rather than tell what happened?
/// Such a sentence is no evidence put to them, and it is left out.
fn judges(lower: &str) -> bool {
    const WORDS: &[&str] = &[
        "clearly",
        "obviously",
        "apparently",
        "care",
        "cares",
        "incompetent",
        "useless",
        "lazy",
        "unprofessional",
        "ridiculous",
        "a joke",
        "offensichtlich",
        "anscheinend",
        "egal",
        "interessiert sich",
        "unfähig",
        "inkompetent",
        "unprofessionell",
        "lächerlich",
        "frechheit",
        "katastrophe",
        "is slow",
        "are slow",
        "unresponsive",
        "unreliable",
        "evasive",
        "blame",
        "blames",
        "blamed",
        "blaming",
        "excuse",
        "excuses",
        "pretext",
        "keep saying",
        "keeps saying",
        "supposedly",
        "allegedly",
        "unzuverlässig",
        "vorgeschoben",
        "ausrede",
        "ausreden",
        "reden sich",
        "redet sich",
        "schieben es",
        "schiebt es",
        "schieben das",
        "schiebt das",
        "schieben die schuld",
        "schiebt die schuld",
        "vertröstet",
        "vertrösten",
        "vertröstungen",
        "angeblich",
        "nach eigenen angaben",
        "ist langsam",
        "sind langsam",
        "ist unzuverlässig",
        "weicht",
        // Blame in colloquial words: what broke is a fact, who "messed
        // it up" a verdict.
        "messed up",
        "screwed up",
        "botched",
        "kaputt gemacht",
        "kaputtgemacht",
        "verbockt",
        "vermasselt",
        "verpfuscht",
        "verhunzt",
        "zerschossen",
        "kümmern sich nicht",
        "kümmert sich nicht",
        "kümmert sich niemand",
        "kümmern sich um nichts",
        // A motive put to them, or a guess at it: no fact of the matter.
        "offenbar",
        "pretend",
        "pretends",
        "pretending",
        "you do not want to",
        "you don't want to",
        "they do not want to",
        "they don't want to",
        "does not want to",
        "doesn't want to",
        "refuse to admit",
        "refuses to admit",
        "sie wollen nicht",
        "wollen sie nicht",
        "will nicht zugeben",
        "wollen nicht zugeben",
        "nicht zugeben",
        "nicht eingestehen",
        "tun so",
        "tut so",
        "seem to think",
        "seems to think",
        "seem to believe",
        "seems to believe",
        "scheinen zu glauben",
        "scheint zu glauben",
        "glauben wohl",
        "glaubt wohl",
        "denken wohl",
        "denkt wohl",
        // A reproach of a habit, not one thing that happened.
        "you keep",
        "you always",
        "they keep",
        "they always",
        "keeps pushing",
        "keep pushing",
        "sie immer wieder",
        "ständig",
        // A guess at their state, no fact of the matter.
        "overloaded",
        "overwhelmed",
        "überlastet",
        "überfordert",
    ];
    // "broke" is blame with a person as its subject ("they broke it"),
    // a fact with a thing ("the release broke checkout").
    const BROKE: &[&str] = &["broke", "wrecked", "ruined", "trashed"];
    const PEOPLE: &[&str] = &["you", "they", "he", "she"];
    let person_broke = lower
        .split_whitespace()
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| PEOPLE.contains(&w[0]) && BROKE.contains(&w[1]));
    person_broke || WORDS.iter().any(|w| names_word(lower, w))
}

/// Does `sentence`, one that speaks of the partner in the third person,
/// judge them ("Kanaal messed up the release", „Die kümmern sich
/// nicht")? Then it is cut as a judgement, not as one for the CSM.
pub fn judges_about(sentence: &str) -> bool {
    judges(&sentence.to_lowercase())
}

/// Words that judge whoever they are said of, so that a sentence with
/// one judges the partner even when it names no one („Seit zwei Wochen
/// nur Vertröstungen.", "More excuses."): the blaming and the name-calling.
const ALWAYS_JUDGES: &[&str] = &[
    "unacceptable",
    "inakzeptabel",
    "unzumutbar",
    "nicht hinnehmbar",
    "do not care",
    "don't care",
    "does not care",
    "doesn't care",
    "incompetent",
    "useless",
    "unprofessional",
    "ridiculous",
    "a joke",
    "unfähig",
    "inkompetent",
    "unprofessionell",
    "lächerlich",
    "frechheit",
    "excuse",
    "excuses",
    "pretext",
    "vorgeschoben",
    "ausrede",
    "ausreden",
    "vertröstungen",
    "vertröstet",
    "vertrösten",
    // Sarcasm and scorn: said to the reader, about no fact.
    "nonsense",
    "rubbish",
    "absurd",
    "as well as i can",
    "as well as we can",
    "as well as anyone",
    "unsinn",
    "quatsch",
    "blödsinn",
    "so gut wie ich",
    "genauso gut wie ich",
    "so gut lesen wie",
    "genauso gut lesen wie",
];

/// Tags that judge when they stand as a clause of their own after a
/// fact ("…, typical.", "… – as usual with you.", „…, wie immer."):
/// there they say the partner always fails, in a sentence that says
/// something else too ("a typical order" is no judgement).
const JUDGING_TAGS: &[&str] = &[
    "typical",
    "as usual",
    "as always",
    "what a surprise",
    "typisch",
    "wie üblich",
    "wie immer",
    "wie gehabt",
    "mal wieder",
    "was sonst",
];

/// Where a clause of its own may start at the end of a sentence: after a
/// comma, a semicolon or a dash, or at "because"/„weil" (a motive).
fn tail_starts(sentence: &str) -> Vec<usize> {
    let mut at: Vec<usize> = Vec::new();
    for (i, c) in sentence.char_indices() {
        if matches!(c, ',' | ';') {
            at.push(i);
        }
    }
    for dash in [" – ", " — ", " - "] {
        at.extend(sentence.match_indices(dash).map(|(i, _)| i));
    }
    for word in [" because ", " weil "] {
        at.extend(sentence.match_indices(word).map(|(i, _)| i));
    }
    at.sort_unstable();
    at
}

/// `sentence` without its trailing clause that judges the partner, when
/// what stands before that clause is a whole sentence that does not:
/// "You now say refunds were never in scope, which is nonsense." → "You
/// now say refunds were never in scope.", "Refunds fail since your
/// release, as usual with you." → "Refunds fail since your release.",
/// „Die Suche ist leer, typisch." → „Die Suche ist leer."; with what was
/// dropped. `None` when no such clause ends it, or when nothing that
/// stands alone would be left ("More excuses, as usual." is cut whole).
pub fn without_judging_tail(sentence: &str) -> Option<(String, String)> {
    let trimmed = sentence.trim_end();
    let end = trimmed.trim_end_matches(['.', '!', '?']);
    let stop = &trimmed[end.len()..];
    // A guess ("apparently") judges in a clause that speaks to or of
    // someone ("because you do not want to admit it"); a word of scorn
    // or a tag anywhere.
    let judging = |text: &str| {
        let lower = text.to_lowercase();
        const PERSON: &[&str] = &["you", "your", "they", "their", "sie", "ihr", "ihnen"];
        judges(&lower) && PERSON.iter().any(|w| names_word(&lower, w))
            || ALWAYS_JUDGES.iter().any(|w| names_word(&lower, w))
            || JUDGING_TAGS.iter().any(|w| names_word(&lower, w))
    };
    // The last start whose clause judges: only that much is dropped.
    let at = tail_starts(end)
        .into_iter()
        .rev()
        .find(|&at| judging(&end[at..]))?;
    let mut head = end[..at].trim_end();
    // "…, again, as always with you": the bare "again" before the tag
    // goes with it.
    const AGAIN: &[&str] = &[
        "again",
        "once again",
        "yet again",
        "wieder",
        "schon wieder",
        "erneut",
    ];
    if let Some(before) = tail_starts(head).last().copied() {
        let rest = head[before..].trim_start_matches([',', ';', ' ', '–', '—', '-']);
        if AGAIN.contains(&rest.trim().to_lowercase().as_str()) {
            head = head[..before].trim_end();
        }
    }
    let whole = head.split_whitespace().count() >= 3 && !judging(head);
    let head_lower = head.to_lowercase();
    if !whole || judges_partner(head) || JUDGING_TAGS.iter().any(|w| names_word(&head_lower, w)) {
        return None;
    }
    let stop = if stop.is_empty() { "." } else { stop };
    Some((
        format!("{head}{}", if stop.contains('?') { "?" } else { stop }),
        end[head.len()..]
            .trim_start_matches([',', ';', ' ', '–', '—', '-'])
            .trim()
            .to_owned(),
    ))
}

/// Words that judge a thing as often as a person ("the search is slow",
/// „die Anbindung ist unzuverlässig"): a judgement of the partner only
/// when the sentence speaks of them in the third person.
const THING_JUDGES: &[&str] = &[
    "care",
    "cares",
    "is slow",
    "are slow",
    "ist langsam",
    "sind langsam",
    "unreliable",
    "unzuverlässig",
    "ist unzuverlässig",
];

/// Does `sentence`, written to the partner or naming no one, judge them
/// rather than tell what happened („Sie schieben es auf unsere
/// Preisdaten.", "You clearly do not care.", „Seit zwei Wochen nur
/// Vertröstungen.")? Such a sentence goes into the note in no person: it
/// is no evidence, and it makes the reader defensive. A sentence that
/// speaks of the partner in the third person is judged by [`reword`].
pub fn judges_partner(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    if retorts(sentence) {
        return true;
    }
    if ALWAYS_JUDGES.iter().any(|w| names_word(&lower, w)) {
        return true;
    }
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
    // A tag that stands alone ("Typical.", "What a surprise.", „Wie
    // immer.") or opens the sentence ("As always, nobody answered.",
    // „Wie immer wird uns erst nach Wochen geantwortet.") says the
    // partner always fails.
    if JUDGING_TAGS.iter().any(|w| {
        bare == *w
            || bare.starts_with(w)
                && (bare.split_whitespace().count() <= 4
                    || bare[w.len()..].starts_with(',')
                    || w.contains(' ') && bare[w.len()..].starts_with(' '))
    }) {
        return true;
    }
    // Written to them: "you", "your", or „Sie"/„Ihnen"/„Ihr…" (a capital
    // „Sie" may be „sie" at the start; both are a person).
    const YOU: &[&str] = &["you", "your", "yours"];
    const SIE: &[&str] = &[
        "Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres",
    ];
    let to_them =
        YOU.iter().any(|w| names_word(&lower, w)) || SIE.iter().any(|w| names_word(sentence, w));
    to_them
        && judges(&lower)
        && !THING_JUDGES
            .iter()
            .any(|w| names_word(&lower, w) && !judges(&lower.replace(w, "")))
}

/// Verbs of blame with which a sentence to the partner reports what
/// they answered ("You blame our SAP data", „Sie schieben es auf unsere
/// SAP-Daten"), each with the words that say the same as a fact: their
/// answer stays in the note, the reproach in the verb goes.
const BLAME_AS_FACT: &[(&str, &str)] = &[
    ("schieben die schuld auf ", "führen es auf "),
    ("schiebt die schuld auf ", "führt es auf "),
    ("schoben die schuld auf ", "führten es auf "),
    ("schob die schuld auf ", "führte es auf "),
    ("schieben es auf ", "führen es auf "),
    ("schiebt es auf ", "führt es auf "),
    ("schieben das auf ", "führen es auf "),
    ("schiebt das auf ", "führt es auf "),
    ("schieben alles auf ", "führen es auf "),
    ("schiebt alles auf ", "führt es auf "),
    ("schoben es auf ", "führten es auf "),
    ("schob es auf ", "führte es auf "),
    ("schoben das auf ", "führten es auf "),
    ("schob das auf ", "führte es auf "),
    ("schieben sie es auf ", "führen Sie es auf "),
    ("schieben sie das auf ", "führen Sie es auf "),
    ("schieben sie die schuld auf ", "führen Sie es auf "),
    ("are blaming it on ", "put it down to "),
    ("is blaming it on ", "puts it down to "),
    ("are blaming ", "put it down to "),
    ("is blaming ", "puts it down to "),
    ("have blamed it on ", "have put it down to "),
    ("has blamed it on ", "has put it down to "),
    ("have blamed ", "have put it down to "),
    ("has blamed ", "has put it down to "),
    ("blamed it on ", "put it down to "),
    ("blames it on ", "puts it down to "),
    ("blame it on ", "put it down to "),
    ("blamed ", "put it down to "),
    ("blames ", "puts it down to "),
    ("blame ", "put it down to "),
];

/// `sentence` with a verb of blame that reports the partner's answer
/// said as the fact it reports: "They blame it on our SAP data." →
/// "They put it down to our SAP data.", „Die Agentur schiebt es auf
/// unsere SAP-Daten, obwohl …" → „Die Agentur führt es auf unsere
/// SAP-Daten zurück, obwohl …"; then put to them like any other
/// sentence. `None` when it has no such verb, when the merchant is the
/// one who blames ("We blame …"), or when it still judges after the
/// change ("They keep blaming …").
pub fn blame_as_fact(sentence: &str) -> Option<String> {
    let lower = sentence.to_lowercase();
    if lower.len() != sentence.len() {
        return None;
    }
    let (at, from, to) = BLAME_AS_FACT.iter().find_map(|(from, to)| {
        let at = lower
            .match_indices(from)
            .map(|(at, _)| at)
            .find(|&at| !lower[..at].ends_with(|c: char| c.is_alphanumeric()))?;
        let before = lower[..at].split_whitespace().last().unwrap_or_default();
        let ours = ["i", "we", "ich", "wir", "keep", "keeps", "always", "immer"];
        (!ours.contains(&before)).then_some((at, *from, *to))
    })?;
    let rest = &sentence[at + from.len()..];
    let mut out = format!("{}{to}", &sentence[..at]);
    if to.contains("führ") {
        // The particle closes the main clause: before the first comma,
        // semicolon, dash or the stop.
        let end = [", ", "; ", " – ", " - "]
            .iter()
            .filter_map(|p| rest.find(p))
            .min()
            .unwrap_or_else(|| rest.trim_end().trim_end_matches(['.', '!', '?']).len());
        out.push_str(&rest[..end]);
        out.push_str(" zurück");
        out.push_str(&rest[end..]);
    } else {
        out.push_str(rest);
    }
    let out = if sentence.starts_with(char::is_uppercase) {
        super::sentence::capitalised(&out)
    } else {
        out
    };
    (!judges(&out.to_lowercase()) && !judges_partner(&out)).then_some(out)
}

/// The merchant's rejection of what `sentence` reports, in its language:
/// said when the verdict on it was cut.
pub fn not_accepted(sentence: &str) -> &'static str {
    match german(sentence) {
        true => "Das akzeptiere ich nicht.",
        false => "I do not accept that.",
    }
}

/// Does `sentence` tell that the partner put the cause elsewhere in
/// reply ("they blamed our SAP data", „Die Agentur schiebt es auf unsere
/// Daten", „Sie führen es auf … zurück"), not that the merchant did?
/// Such a sentence tells an answer.
pub fn tells_blame(sentence: &str) -> bool {
    const WORDS: &[&str] = &[
        "blame",
        "blames",
        "blamed",
        "blaming",
        "put it down to",
        "puts it down to",
        "schiebt es auf",
        "schieben es auf",
        "schob es auf",
        "schoben es auf",
        "schiebt das auf",
        "schieben das auf",
        "die schuld auf",
        "führen es auf",
        "führt es auf",
        "führte es auf",
        "führten es auf",
    ];
    let lower = sentence.to_lowercase();
    let first = lower.split_whitespace().next().unwrap_or_default();
    !["i", "we", "ich", "wir"].contains(&first) && WORDS.iter().any(|w| names_word(&lower, w))
}

/// Verbs that put a saying to the partner as an untruth ("you claim",
/// „Sie behaupten"), each with the neutral verb that reports it.
const IMPUTES: &[(&str, &str)] = &[
    ("claim", "say"),
    ("claims", "says"),
    ("claimed", "said"),
    ("claiming", "saying"),
    ("allege", "say"),
    ("alleges", "says"),
    ("alleged", "said"),
    ("behaupten", "sagen"),
    ("behauptet", "sagt"),
    ("behauptete", "sagte"),
    ("behaupteten", "sagten"),
    ("unterstellen", "sagen"),
    ("unterstellt", "sagt"),
];

/// Words before "claims" that make it a noun ("a warranty claim", "the
/// claims"): then it imputes nothing.
const DETERMINERS: &[&str] = &[
    "a",
    "an",
    "the",
    "our",
    "your",
    "their",
    "this",
    "that",
    "these",
    "those",
    "any",
    "no",
    "my",
    "his",
    "her",
    "warranty",
    "insurance",
];

/// `sentence` as the partner should read it: a verb that imputes an
/// untruth said as the neutral one ("You claim …" → "You say …", „Sie
/// behaupten …" → „Sie sagen …"), and scare quotes around one or two of
/// their words dropped ("The “hotfix” never arrived." → "The hotfix
/// never arrived."); quotes after a verb of saying or a colon, what they
/// said, stay.
pub fn neutral(sentence: &str) -> String {
    let mut out = String::new();
    let mut prev = String::new();
    for (i, piece) in sentence.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let bare = piece.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = bare.to_lowercase();
        let swap = IMPUTES
            .iter()
            .find(|(from, _)| *from == lower)
            .filter(|_| !DETERMINERS.contains(&prev.as_str()));
        match swap {
            Some((_, to)) if !bare.is_empty() => {
                let to = if bare.starts_with(char::is_uppercase) {
                    super::sentence::capitalised(to)
                } else {
                    (*to).to_owned()
                };
                out.push_str(&piece.replacen(bare, &to, 1));
            }
            _ => out.push_str(piece),
        }
        if !bare.is_empty() {
            prev = lower;
        }
    }
    // A retort on their quoted word is cut whole (`judges_partner`), so
    // its quotes stay for that to see.
    if retorts(&out) {
        return out;
    }
    without_scare_quotes(&out)
}

/// `text` without quotes around one or two words that nobody is said to
/// have said: not after a verb of saying or a colon.
fn without_scare_quotes(text: &str) -> String {
    let opens = |c: char| matches!(c, '"' | '\u{201c}' | '\u{201e}');
    let closes = |c: char| matches!(c, '"' | '\u{201c}' | '\u{201d}');
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut drop = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if opens(c) {
            let Some(j) = (i + 1..chars.len()).find(|&j| closes(chars[j].1)) else {
                break;
            };
            let inner = &text[at + c.len_utf8()..chars[j].0];
            let before = text[..at].trim_end();
            let words_before: Vec<String> = before
                .split_whitespace()
                .rev()
                .take(3)
                .map(|w| {
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                })
                .collect();
            let quoted_speech = before.ends_with(':')
                || before.ends_with(',')
                || words_before.iter().any(|w| says(w));
            let short = inner.split_whitespace().count() <= 2
                && !inner.trim().is_empty()
                && !inner.contains(['.', '!', '?', ':']);
            if short && !quoted_speech {
                drop.push(at);
                drop.push(chars[j].0);
            }
            i = j + 1;
        } else {
            i += 1;
        }
    }
    text.char_indices()
        .filter(|(at, _)| !drop.contains(at))
        .map(|(_, c)| c)
        .collect()
}

/// Does `sentence` retort on the partner's word, quoted at its start
/// ("“Soon” is not a date.", „„Bald" ist kein Termin.")? Scorn, no fact.
fn retorts(sentence: &str) -> bool {
    let trimmed = sentence.trim_start();
    let Some(first) = trimmed.chars().next() else {
        return false;
    };
    if !matches!(
        first,
        '"' | '\u{201c}' | '\u{201e}' | '\'' | '\u{2018}' | '\u{201a}'
    ) {
        return false;
    }
    let rest = &trimmed[first.len_utf8()..];
    let Some(end) = rest.find(['"', '\u{201c}', '\u{201d}', '\'', '\u{2018}', '\u{2019}']) else {
        return false;
    };
    let after = rest[end..]
        .chars()
        .skip(1)
        .collect::<String>()
        .to_lowercase();
    const RETORT: &[&str] = &[
        "is not a",
        "is not an",
        "isn't a",
        "isn't an",
        "is no ",
        "is not the",
        "ist kein",
        "ist keine",
        "ist nicht",
        "sind keine",
        "is hardly",
        "ist wohl kaum",
    ];
    let after = after.trim_start();
    RETORT.iter().any(|r| after.starts_with(r))
}

/// Is `verb` one of saying, whose object is what was said: "said",
/// "claims", „sagte", „behauptet"?
pub(super) fn says(verb: &str) -> bool {
    const SAYS: &[&str] = &[
        "say",
        "says",
        "said",
        "claim",
        "claims",
        "claimed",
        "told",
        "tell",
        "tells",
        "wrote",
        "write",
        "writes",
        "state",
        "states",
        "stated",
        "insist",
        "insists",
        "insisted",
        "sagt",
        "sagte",
        "sagten",
        "sagen",
        "behauptet",
        "behaupten",
        "behauptete",
        "behaupteten",
        "meint",
        "meinen",
        "meinte",
        "meinten",
        "schreibt",
        "schreiben",
        "schrieb",
        "schrieben",
        "erklärt",
        "erklären",
        "erklärte",
        "erklärten",
    ];
    SAYS.contains(&verb.to_lowercase().as_str())
}

/// Is word `i` where a clause starts: the sentence's first word, or
/// after a comma, semicolon, colon or dash, with at most a joining word
/// ("and", „aber") between?
fn clause_start(sentence: &str, words: &[Word], i: usize) -> bool {
    const JOINS: &[&str] = &[
        "and", "but", "so", "then", "und", "aber", "doch", "denn", "sondern",
    ];
    let between = |i: usize| {
        sentence[words[i - 1].end..words[i].start].contains([',', ';', ':', '-', '–', '('])
    };
    i == 0 || between(i) || JOINS.contains(&words[i - 1].bare.to_lowercase().as_str())
}

/// English words that open a clause within a sentence, whose subject
/// follows them ("after Northstack deployed release 2.4.7").
const OPENS_CLAUSE: &[&str] = &[
    "after", "before", "since", "when", "because", "as", "until", "once", "while", "that", "which",
    "if", "though", "although", "where", "whereas",
];

/// Words after which an English name is no subject: articles,
/// determiners, prepositions and the verbs that take an object.
const NO_SUBJECT_AFTER: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "our",
    "my",
    "your",
    "his",
    "her",
    "its",
    "of",
    "to",
    "with",
    "from",
    "by",
    "for",
    "on",
    "in",
    "at",
    "about",
    "via",
    "without",
    "and",
    "or",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "has",
    "had",
    "have",
    "will",
    "would",
    "can",
    "could",
    "should",
    "must",
    "may",
    "might",
    "did",
    "does",
    "do",
    "not",
    "than",
    "like",
    // Verbs whose object is a clause: "I know Brightlane has a backlog"
    // is the merchant's view, not a fact of theirs.
    "know",
    "think",
    "believe",
    "hope",
    "expect",
    "see",
    "hear",
    "understand",
    "guess",
    "feel",
    "assume",
    "suppose",
    "let",
    "make",
    "help",
    "want",
    "need",
    "saw",
    "heard",
    "knew",
    "thought",
];

/// Is word `i` of an English sentence the start of a clause within it
/// that no punctuation marks: after a word that opens one ("after
/// Northstack deployed …") or right after a noun ("the plan Pixelforge
/// signed off")? There only a name or word for the partner is taken for
/// a subject, and "they" only after a word that opens a clause.
fn within_clause(words: &[Word], i: usize, lang: Lang) -> bool {
    if lang != Lang::En || i == 0 {
        return false;
    }
    let before = words[i - 1].bare;
    let lower = before.to_lowercase();
    if OPENS_CLAUSE.contains(&lower.as_str()) {
        return true;
    }
    let pronoun = words[i].bare.eq_ignore_ascii_case("they");
    // "the upgrade they did": a thing of theirs that "they" did is theirs.
    if pronoun && their_thing_before(words, i) {
        return true;
    }
    !pronoun
        && before.starts_with(char::is_lowercase)
        && before.chars().all(char::is_alphabetic)
        && !NO_SUBJECT_AFTER.contains(&lower.as_str())
        && !lower.ends_with("ed")
        && !IRREGULAR_PAST.contains(&lower.as_str())
        && en_verb(before).is_none()
}

/// Is the word before word `i` a thing a partner makes or has
/// ([`THEIR_THINGS`], "upgrade"), so that a "they" right after it, as
/// the subject of a clause that says what was done to it ("the 2.4.7
/// upgrade they did in October"), is the partner?
fn their_thing_before(words: &[Word], i: usize) -> bool {
    i > 0 && {
        let before = words[i - 1].bare.to_lowercase();
        THEIR_THINGS.contains(&before.as_str()) || before == "upgrade" || before == "migration"
    }
}

/// The bare words of a sentence, for the readings `audience` shares.
fn words_bare<'a>(words: &'a [Word<'a>]) -> Vec<&'a str> {
    words.iter().map(|w| w.bare).collect()
}

/// Things a partner has that a note may name as theirs ("Pixelforge
/// ticket PF-903", "their release", „im Jira der Agentur"), lower case,
/// in either language.
const THEIR_THINGS: &[&str] = &[
    "ticket",
    "tickets",
    "release",
    "releases",
    "deployment",
    "deploy",
    "team",
    "jira",
    "board",
    "system",
    "tracker",
    "hosting",
    "server",
    "servers",
    "support",
    "hotline",
    "portal",
    "sprint",
    "backlog",
    "estimate",
    "quote",
    "invoice",
    "proposal",
    "offer",
    "plan",
    "patch",
    "hotfix",
    "fix",
    "update",
    "developers",
    "developer",
    "status",
    "report",
    "repository",
    "repo",
    "angebot",
    "rechnung",
    "schätzung",
    "statusbericht",
    "projektplan",
    "zeitplan",
];

/// The partner named as the owner of something of theirs at word `i`,
/// put to them: "Pixelforge ticket PF-903" → "your ticket PF-903",
/// "their release" → "your release" (unless others a "their" could
/// mean came before), „Im Jira der Agentur" → „In Ihrem Jira", „das
/// Ticket von Nordlicht" → „Ihr Ticket" (a German noun needs an article
/// that says its case: „der Jira der Agentur" is left as it is). How many
/// words it takes and the
/// edits.
fn owner(
    sentence: &str,
    words: &[Word],
    i: usize,
    party: &Party,
    lang: Lang,
    others: bool,
) -> Option<(usize, Vec<Edit>)> {
    let blank = |a: &Word, b: &Word| sentence[a.end..b.start].trim().is_empty();
    let thing = |w: &Word| THEIR_THINGS.contains(&w.bare.to_lowercase().as_str());
    let capital = i == 0
        || sentence[..words[i].start]
            .trim_end()
            .ends_with(['.', ':', '(']);
    if lang == Lang::En {
        let next = words.get(i + 1)?;
        let w = words[i].bare;
        if (w == "their" || w == "Their") && !others && blank(&words[i], next) && thing(next) {
            let your = if w == "Their" { "Your" } else { "your" };
            return Some((1, vec![(words[i].start, words[i].end, your.to_owned())]));
        }
        // The company, or a word for them, before a thing of theirs in
        // lower case: not a person's name ("Dan ticket" is no phrase).
        let len = names_partner(words, i, party, lang)?;
        let phrase = (words[i..i + len].iter())
            .map(|w| w.bare.to_lowercase())
            .collect::<Vec<_>>()
            .join(" ");
        let named_by_company = SUBJECTS.iter().any(|(s, l)| *l == lang && *s == phrase)
            || party.companies.iter().any(|c| c.to_lowercase() == phrase);
        let last = &words[i + len - 1];
        let next = words.get(i + len)?;
        if !named_by_company
            || !blank(last, next)
            || !next.bare.starts_with(char::is_lowercase)
            || !thing(next)
        {
            return None;
        }
        // "the Northbeam team" → "your team": the article goes too.
        let the = (i.checked_sub(1))
            .map(|b| &words[b])
            .filter(|b| b.bare.eq_ignore_ascii_case("the") && blank(b, &words[i]));
        let start = the.map_or(words[i].start, |b| b.start);
        let capital = the.map_or(capital, |b| b.bare == "The");
        let your = if capital { "Your" } else { "your" };
        return Some((len, vec![(start, last.end, your.to_owned())]));
    }
    // German: an article (or a preposition with it) and a noun, then the
    // partner in the genitive or after „von".
    let article = words[i].bare;
    let noun = words.get(i + 1)?;
    if !noun.bare.starts_with(char::is_uppercase) || !blank(&words[i], noun) {
        return None;
    }
    let (lead, your) = match article.to_lowercase().as_str() {
        "im" => ("in ", "Ihrem"),
        "am" => ("an ", "Ihrem"),
        "vom" => ("von ", "Ihrem"),
        "zum" => ("zu ", "Ihrem"),
        "beim" => ("bei ", "Ihrem"),
        "dem" => ("", "Ihrem"),
        "den" => ("", "Ihren"),
        "das" => ("", "Ihr"),
        "des" => ("", "Ihres"),
        "die" => ("", "Ihre"),
        // After a preposition that takes the dative, „der" is a feminine
        // noun's („in der Doku der Agentur" → „in Ihrer Doku").
        "der" if i > 0 && DATIVE.contains(&words[i - 1].bare.to_lowercase().as_str()) => {
            ("", "Ihrer")
        }
        _ => return None,
    };
    let after = i + 2;
    let lower = |at: usize| words.get(at).map(|w| w.bare.to_lowercase());
    const GENITIVE: &[&str] = &[
        "der agentur",
        "unserer agentur",
        "des partners",
        "unseres partners",
        "des dienstleisters",
        "unseres dienstleisters",
        "von der agentur",
        "von unserer agentur",
        "vom partner",
        "vom dienstleister",
    ];
    let phrase = |len: usize| {
        (after..after + len)
            .map(lower)
            .collect::<Option<Vec<_>>>()
            .map(|w| w.join(" "))
    };
    let len = if GENITIVE.iter().any(|g| phrase(2).as_deref() == Some(g)) {
        2
    } else if GENITIVE.iter().any(|g| phrase(3).as_deref() == Some(g)) {
        3
    } else if lower(after).as_deref() == Some("von") {
        // The company or the addressee: „das Ticket von Frau Albers" is
        // the reader's own.
        names_partner(words, after + 1, party, Lang::De)? + 1
    } else {
        return None;
    };
    if !(after..after + len).all(|at| blank(&words[at - 1], &words[at])) {
        return None;
    }
    let mut lead = lead.to_owned();
    if article.starts_with(char::is_uppercase) {
        lead = lead
            .chars()
            .next()
            .map(|c| c.to_uppercase().collect::<String>() + &lead[1..])
            .unwrap_or_default();
    }
    let your = if lead.is_empty() && article.starts_with(char::is_uppercase) {
        your.to_owned()
    } else {
        format!("{lead}{your}")
    };
    let end = words[after + len - 1].end;
    Some((
        len + 2,
        vec![
            (words[i].start, words[i].end, your),
            (noun.end, end, String::new()),
        ],
    ))
}

/// German prepositions that take the dative.
const DATIVE: &[&str] = &[
    "in", "an", "auf", "bei", "mit", "nach", "von", "zu", "aus", "seit", "gemäß", "laut",
];

/// Words for the partner as a subject, lower case, in either language.
const SUBJECTS: &[(&str, Lang)] = &[
    ("the agency", Lang::En),
    ("our agency", Lang::En),
    ("the partner", Lang::En),
    ("our partner", Lang::En),
    ("die agentur", Lang::De),
    ("unsere agentur", Lang::De),
    ("der partner", Lang::De),
    ("unser partner", Lang::De),
    ("der dienstleister", Lang::De),
    ("unser dienstleister", Lang::De),
];

/// Titles before a name, in either language.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "mx", "dr", "prof", "herr", "herrn", "frau", "hr", "fr",
];

/// How many words from `i` name the partner or the addressee, and
/// whether by a word of `lang`'s: a word for the partner, one of their
/// company's names, or the addressee's name after any titles.
fn names_partner(words: &[Word], i: usize, party: &Party, lang: Lang) -> Option<usize> {
    let lower = |w: &Word| w.bare.to_lowercase();
    let phrase = |len: usize| {
        (i + len <= words.len()).then(|| {
            words[i..i + len]
                .iter()
                .map(lower)
                .collect::<Vec<_>>()
                .join(" ")
        })
    };
    for (words_for, l) in SUBJECTS {
        if *l == lang && phrase(2).as_deref() == Some(words_for) {
            return Some(2);
        }
    }
    for company in party.companies {
        let len = company.split_whitespace().count();
        if phrase(len).is_some_and(|p| p == company.to_lowercase())
            && words[i].bare.starts_with(char::is_uppercase)
        {
            return Some(len);
        }
    }
    let mut at = i;
    while at < words.len() && TITLES.contains(&lower(&words[at]).as_str()) {
        at += 1;
    }
    let first = at;
    while at < words.len() && party.names.iter().any(|n| n == words[at].bare) {
        at += 1;
    }
    (at > first).then_some(at - i)
}

/// The subject at word `i`, when it is the partner, with its verb:
/// how many words it and its verb take, and the edits that put them to
/// the partner. `named`: the partner was named earlier in the sentence,
/// so that a pronoun means them.
fn subject(
    sentence: &str,
    words: &[Word],
    i: usize,
    party: &Party,
    lang: Lang,
    named: bool,
) -> Option<(usize, Vec<Edit>)> {
    let you = match lang {
        Lang::En if i == 0 && words[i].bare.starts_with(char::is_uppercase) => "You",
        Lang::En => "you",
        Lang::De => "Sie",
    };
    let (len, pronoun) = match names_partner(words, i, party, lang) {
        Some(len) => (len, false),
        None => {
            let w = words[i].bare;
            let pronoun = match lang {
                Lang::En => w.eq_ignore_ascii_case("they"),
                // „Sie" written as a capital is the reader already; „Die
                // haben …" is the partner as „sie" is.
                Lang::De => w == "sie" || audience::demonstrative(&words_bare(words), i),
            };
            if !pronoun {
                return None;
            }
            (1, true)
        }
    };
    // The last word of the subject may not end the clause.
    let blank = |a: &Word, b: &Word| sentence[a.end..b.start].trim().is_empty();
    if words
        .get(i + len)
        .is_none_or(|next| !blank(&words[i + len - 1], next))
    {
        return None;
    }
    let mut at = i + len;
    if lang == Lang::En {
        while at < words.len() && ADVERBS.contains(&words[at].bare.to_lowercase().as_str()) {
            at += 1;
        }
    }
    let verb = words.get(at)?;
    if !verb.bare.starts_with(char::is_lowercase) {
        return None;
    }
    let form = if pronoun {
        // "they" and „sie" (plural) take the verb "you" and „Sie" take;
        // a singular „sie" needs the one it is known to mean.
        let said = |w: &Word| human(w.bare, lang);
        let plural = match lang {
            Lang::En => true,
            Lang::De => de_plural(verb.bare),
        };
        // A German „sie" may be any feminine or plural noun before it
        // („die Anbindung …, sie ist fehlerhaft"): only with such a verb.
        // "They said …" opening a sentence: nothing in it for "they" to
        // mean but the one the merchant deals with.
        let reports = i == 0 && says(verb.bare);
        let known = lang == Lang::En
            && (named || reports || tells_us(words, at) || their_thing_before(words, i))
            || lang == Lang::De && audience::demonstrative(&words_bare(words), i);
        if !(known || words[at..].iter().take(8).any(said)) || !plural {
            return None;
        }
        verb.bare.to_owned()
    } else {
        match lang {
            Lang::En => en_verb(verb.bare)?,
            Lang::De => de_verb(verb.bare)?,
        }
    };
    let mut edits = vec![(words[i].start, words[i + len - 1].end, you.to_owned())];
    if form != verb.bare {
        edits.push((verb.start, verb.end, form));
    }
    Some((at + 1 - i, edits))
}

/// Does the English verb at word `at` tell the merchant something, as
/// a partner does: "told us", "assured me", "have been saying"? Then a
/// "they" before it is someone the merchant deals with, not the orders.
fn tells_us(words: &[Word], at: usize) -> bool {
    let word = |i: usize| words.get(i).map(|w| w.bare.to_lowercase());
    let told = ["told", "assured", "informed", "promised", "tell", "assure"];
    let saying = ["saying", "telling", "promising", "claiming"];
    let first = word(at).unwrap_or_default();
    told.contains(&first.as_str()) && matches!(word(at + 1).as_deref(), Some("us" | "me"))
        || matches!(first.as_str(), "have" | "had")
            && word(at + 1).as_deref() == Some("been")
            && word(at + 2).is_some_and(|w| saying.contains(&w.as_str()))
}

/// The partner as the subject of a German clause that begins with
/// something else, at word `i` right after its verb, or after the verb
/// and a pronoun: „Seit dem 9.11. reagiert der Partner nicht" →
/// „Seit dem 9.11. reagieren Sie nicht", „Seit Wochen vertröstet uns die
/// Agentur" → „Seit Wochen vertrösten Sie uns". How many words the
/// subject takes, and the edits.
fn inverted(sentence: &str, words: &[Word], i: usize, party: &Party) -> Option<(usize, Vec<Edit>)> {
    const PRONOUNS: &[&str] = &["uns", "mir", "mich"];
    if i < 2 || clause_start(sentence, words, i) {
        return None;
    }
    let len = names_partner(words, i, party, Lang::De)?;
    let blank = |a: &Word, b: &Word| sentence[a.end..b.start].trim().is_empty();
    let pronoun = PRONOUNS
        .contains(&words[i - 1].bare)
        .then_some(i - 1)
        .filter(|&p| p >= 2 && blank(&words[p], &words[i]));
    let at = pronoun.map_or(i - 1, |p| p - 1);
    let verb = &words[at];
    if !verb.bare.starts_with(char::is_lowercase)
        || !blank(verb, &words[at + 1])
        || clause_start(sentence, words, at)
    {
        return None;
    }
    let form = de_verb(verb.bare)?;
    let subject_end = words[i + len - 1].end;
    let mut edits = vec![(verb.start, verb.end, form)];
    match pronoun {
        Some(p) => edits.push((
            words[p].start,
            subject_end,
            format!("Sie {}", words[p].bare),
        )),
        None => edits.push((words[i].start, subject_end, "Sie".to_owned())),
    }
    Some((len, edits))
}

/// Do the words after word `at`, the last of a name for the partner, go
/// on with it ("Brightlane Support", "Brightlane staff", „Technova
/// Support"), so that the name is not the partner itself? In English,
/// only a word that cannot be part of the name may follow (a
/// preposition, "and", "twice"), or the clause ends.
fn goes_on(sentence: &str, words: &[Word], at: usize, lang: Lang) -> bool {
    const AFTER: &[&str] = &[
        "on",
        "in",
        "at",
        "since",
        "for",
        "by",
        "to",
        "about",
        "and",
        "but",
        "or",
        "without",
        "with",
        "until",
        "yet",
        "so",
        "twice",
        "again",
        "today",
        "yesterday",
        "last",
        "this",
        "because",
        "as",
        "when",
        "after",
        "before",
        "that",
        "regarding",
        "several",
        "three",
        "many",
        "directly",
        "already",
        "repeatedly",
        "via",
        "over",
        "if",
        "whether",
        "within",
        "from",
        "under",
        "through",
        "during",
        "once",
        "next",
        "tomorrow",
        "immediately",
        "now",
    ];
    let Some(next) = words.get(at + 1) else {
        return false;
    };
    if !sentence[words[at].end..next.start].trim().is_empty() {
        return false;
    }
    match lang {
        Lang::En => !AFTER.contains(&next.bare.to_lowercase().as_str()),
        Lang::De => next.bare.starts_with(char::is_uppercase),
    }
}

/// Does `word` look like an English plural noun ("customers", "orders"),
/// which a later "they" may mean instead of the partner? For `audience`.
pub(super) fn plural_noun(word: &str) -> bool {
    plural(word)
}

/// Does `word` look like an English plural noun ("customers", "orders"),
/// which a later "they" may mean instead of the partner?
fn plural(word: &str) -> bool {
    const NOT: &[&str] = &[
        "was", "has", "is", "its", "us", "this", "does", "says", "as", "yes", "always", "less",
        "unless", "since", "process", "access", "address", "status", "business", "across", "hours",
        "days", "weeks", "months", "times",
    ];
    let lower = word.to_lowercase();
    word.chars().count() > 3
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("'s")
        && !NOT.contains(&lower.as_str())
        && en_verb(word).is_none()
}

/// Adverbs that may stand between an English subject and its verb.
const ADVERBS: &[&str] = &[
    "never",
    "still",
    "also",
    "just",
    "only",
    "already",
    "again",
    "now",
    "repeatedly",
    "even",
    "then",
    "later",
    "finally",
    "first",
    "always",
    "since",
    "then",
    "twice",
];

/// The partner (or the addressee) after a preposition, or as a
/// possessive, at word `i`: how many words it takes and the edit that
/// puts it to them ("from Brightlane" → "from you", "Brightlane's" →
/// "your", „mit der Agentur" → „mit Ihnen").
fn object(
    sentence: &str,
    words: &[Word],
    i: usize,
    party: &Party,
    lang: Lang,
) -> Option<(usize, Edit)> {
    let w = &words[i];
    // A possessive: "Brightlane's", "the agency's", "Mark's".
    if lang == Lang::En {
        for len in 1..=3 {
            let Some(last) = words.get(i + len - 1) else {
                break;
            };
            let Some(stem) = last
                .bare
                .strip_suffix("'s")
                .or_else(|| last.bare.strip_suffix("’s"))
            else {
                continue;
            };
            let mut copy: Vec<Word> = words[i..i + len].to_vec();
            copy[len - 1].bare = stem;
            if names_partner(&copy, 0, party, lang) == Some(len) {
                let capital = i == 0 && w.bare.starts_with(char::is_uppercase);
                let your = if capital { "Your" } else { "your" };
                return Some((len, (w.start, last.end, your.to_owned())));
            }
        }
    }
    // The object of a verb that is done to the partner: "we asked
    // Brightlane for a date" → "we asked you for a date"; not after a
    // form of "be" or "have" ("this is Brightlane"), and not when a verb
    // follows, as then it is a subject ("I know Brightlane has …").
    if lang == Lang::En && i >= 1 {
        const LINKS: &[&str] = &[
            "is", "was", "are", "were", "be", "been", "has", "had", "have", "will", "would", "can",
            "could", "should", "must", "may", "might", "did", "does", "do",
        ];
        let before = words[i - 1].bare;
        let done_to = before.starts_with(char::is_lowercase)
            && !LINKS.contains(&before)
            && (before.ends_with("ed") || IRREGULAR_PAST.contains(&before))
            && sentence[words[i - 1].end..w.start].trim().is_empty();
        if done_to {
            if let Some(len) = names_partner(words, i, party, lang) {
                let last = &words[i + len - 1];
                let next = words.get(i + len);
                let verb_next = next.is_some_and(|n| {
                    sentence[last.end..n.start].trim().is_empty() && en_verb(n.bare).is_some()
                });
                if !verb_next && !goes_on(sentence, words, i + len - 1, Lang::En) {
                    return Some((len, (w.start, last.end, "you".to_owned())));
                }
            }
        }
    }
    let prep = w.bare.to_lowercase();
    let (dative, accusative): (&[&str], &[&str]) = match lang {
        Lang::En => (&["to", "with", "from", "by", "for"], &[]),
        Lang::De => (
            &["mit", "von", "bei", "seitens", "vom"],
            &["an", "für", "gegen"],
        ),
    };
    // "Susan from Brightlane", „Frau Hale von der Agentur": someone who
    // works there, not the partner.
    let person_before = match lang {
        Lang::En => i >= 1 && words[i - 1].bare.starts_with(char::is_uppercase),
        Lang::De => words[i.saturating_sub(3)..i]
            .iter()
            .any(|w| TITLES.contains(&w.bare.to_lowercase().as_str())),
    };
    if person_before {
        return None;
    }
    let with = if dative.contains(&prep.as_str()) {
        match lang {
            Lang::En => "you",
            Lang::De => "Ihnen",
        }
    } else if accusative.contains(&prep.as_str()) {
        "Sie"
    } else {
        return None;
    };
    if words
        .get(i + 1)
        .is_none_or(|next| !sentence[w.end..next.start].trim().is_empty())
    {
        return None;
    }
    let len = match lang {
        Lang::En => names_partner(words, i + 1, party, lang)?,
        Lang::De => {
            let article = words.get(i + 1).map(|a| a.bare.to_lowercase());
            // „der Agentur", „dem Partner", „die Agentur", „den Partner".
            let case_ok = |art: &str| match with {
                "Ihnen" => matches!(art, "der" | "dem" | "unserer" | "unserem"),
                _ => matches!(art, "die" | "den" | "unsere" | "unseren"),
            };
            let noun = words.get(i + 2).map(|n| n.bare.to_lowercase());
            match (article.as_deref(), noun.as_deref()) {
                (Some(art), Some("agentur" | "partner" | "dienstleister")) if case_ok(art) => 2,
                _ => {
                    if words
                        .get(i + 1)
                        .is_some_and(|n| n.bare.to_lowercase() == "der")
                        || words
                            .get(i + 1)
                            .is_some_and(|n| n.bare.to_lowercase() == "die")
                    {
                        return None;
                    }
                    names_partner(words, i + 1, party, lang)?
                }
            }
        }
    };
    let last = &words[i + len];
    // A word for them that goes on ("Brightlane Support", "by Brightlane
    // staff") is not them.
    if goes_on(sentence, words, i + len, lang) {
        return None;
    }
    Some((len + 1, (words[i + 1].start, last.end, with.to_owned())))
}

/// A pronoun for the partner at word `i`, once they are the sentence's
/// subject: "they" → "you", "their" → "your"; „ihnen" → „Ihnen",
/// „ihr…" → „Ihr…" (a later „sie" is reworded only as a subject,
/// [`subject`]).
fn pronoun(words: &[Word], i: usize, lang: Lang) -> Option<Edit> {
    let w = &words[i];
    let with = match (lang, w.bare) {
        (Lang::En, "they") => "you".to_owned(),
        (Lang::En, "their") => "your".to_owned(),
        (Lang::En, "theirs") => "yours".to_owned(),
        (Lang::En, "They") => "You".to_owned(),
        (Lang::En, "Their") => "Your".to_owned(),
        (Lang::De, "ihnen" | "ihr" | "ihre" | "ihren" | "ihrem" | "ihrer" | "ihres") => {
            let mut c = w.bare.chars();
            let first = c.next()?.to_uppercase().collect::<String>();
            first + c.as_str()
        }
        _ => return None,
    };
    Some((w.start, w.end, with))
}

/// The English verb after "you" for `verb`, the verb after a singular
/// subject: a past tense or a modal as it is, a present from the table
/// ("has" → "have", "keeps" → "keep"); `None` for a word not known as a
/// verb.
fn en_verb(verb: &str) -> Option<String> {
    const AS_IS: &[&str] = &[
        "had",
        "did",
        "didn't",
        "will",
        "won't",
        "would",
        "wouldn't",
        "can",
        "can't",
        "cannot",
        "could",
        "couldn't",
        "should",
        "shouldn't",
        "must",
        "may",
        "might",
    ];
    const PRESENT: &[(&str, &str)] = &[
        ("has", "have"),
        ("hasn't", "haven't"),
        ("is", "are"),
        ("isn't", "aren't"),
        ("was", "were"),
        ("wasn't", "weren't"),
        ("does", "do"),
        ("doesn't", "don't"),
        ("goes", "go"),
    ];
    let verb_l = verb.replace('’', "'");
    if AS_IS.contains(&verb_l.as_str()) || IRREGULAR_PAST.contains(&verb_l.as_str()) {
        return Some(verb.to_owned());
    }
    if let Some((_, to)) = PRESENT.iter().find(|(from, _)| *from == verb_l) {
        return Some((*to).to_owned());
    }
    if verb.len() > 4 && verb.ends_with("ed") {
        return Some(verb.to_owned());
    }
    let bases = [
        verb.strip_suffix("ies").map(|s| format!("{s}y")),
        verb.strip_suffix("es").map(str::to_owned),
        verb.strip_suffix('s').map(str::to_owned),
    ];
    bases
        .into_iter()
        .flatten()
        .find(|base| EN_BASES.contains(&base.as_str()))
}

/// English past tenses that do not end in "-ed".
const IRREGULAR_PAST: &[&str] = &[
    "said",
    "told",
    "wrote",
    "sent",
    "gave",
    "took",
    "made",
    "got",
    "went",
    "came",
    "knew",
    "thought",
    "began",
    "broke",
    "built",
    "felt",
    "found",
    "forgot",
    "kept",
    "left",
    "lost",
    "meant",
    "met",
    "paid",
    "put",
    "ran",
    "saw",
    "set",
    "spent",
    "stood",
    "swore",
    "understood",
    "bought",
    "brought",
    "caught",
    "chose",
    "held",
    "let",
    "rang",
    "sold",
    "spoke",
    "taught",
    "threw",
    "withdrew",
    "undertook",
    "overlooked",
    "shipped",
    "quit",
    "shut",
    "hid",
    "mislaid",
];

/// English verbs whose present after "you" drops the "-s" of the one
/// after "it": the ones a merchant writes of a partner.
const EN_BASES: &[&str] = &[
    "keep", "want", "need", "claim", "insist", "refuse", "blame", "promise", "answer", "reply",
    "write", "think", "believe", "know", "tell", "ask", "work", "use", "send", "ignore", "deliver",
    "owe", "get", "make", "take", "give", "seem", "plan", "expect", "charge", "bill", "try",
    "deny", "push", "miss", "fix", "delay", "postpone", "propose", "suggest", "offer", "require",
    "demand", "state", "agree", "explain", "confirm", "respond", "argue", "continue", "fail",
    "avoid", "block", "treat", "see", "call", "look", "say", "point", "reject", "decline", "quote",
    "estimate", "report", "mention", "admit", "accept", "hold", "consider", "deploy", "release",
    "ship", "test", "own", "maintain", "host", "run", "handle", "manage", "mean", "put",
];

/// Verbs a partner does, in any form: a pronoun with one of them near is
/// the partner, not the orders or the customers ("they promised", „sie
/// haben nicht geantwortet"); "said" is not among them, as customers say
/// things too.
fn human(word: &str, lang: Lang) -> bool {
    const EN: &[&str] = &[
        "promised",
        "promise",
        "answered",
        "answer",
        "replied",
        "reply",
        "refused",
        "refuse",
        "confirmed",
        "confirm",
        "deployed",
        "deploy",
        "quoted",
        "quote",
        "invoiced",
        "invoice",
        "billed",
        "bill",
        "released",
        "release",
        "delivered",
        "deliver",
        "postponed",
        "postpone",
        "cancelled",
        "cancel",
        "estimated",
        "estimate",
        "ignored",
        "ignore",
    ];
    const DE: &[&str] = &[
        "zugesagt",
        "versprochen",
        "versprachen",
        "versprechen",
        "geantwortet",
        "antworten",
        "antworteten",
        "abgelehnt",
        "lehnen",
        "lehnten",
        "bestätigt",
        "bestätigen",
        "bestätigten",
        "zurückgerufen",
        "geliefert",
        "liefern",
        "lieferten",
        "vertröstet",
        "vertrösten",
        "abgesagt",
        "verschoben",
        "angeboten",
        "weigern",
        "weigerten",
        "berechnet",
        "berechnen",
        "deployt",
        "ausgerollt",
    ];
    match lang {
        Lang::En => EN.contains(&word.to_lowercase().as_str()),
        Lang::De => DE.contains(&word.to_lowercase().as_str()),
    }
}

/// German verbs whose form after „Sie" is not the regular one, by the
/// form after „er"/„sie"; matched at the end of a word too, so that a
/// prefix keeps its place („verspricht" → „versprechen").
const DE_TABLE: &[(&str, &str)] = &[
    ("hat", "haben"),
    ("ist", "sind"),
    ("war", "waren"),
    ("wird", "werden"),
    ("wurde", "wurden"),
    ("kann", "können"),
    ("soll", "sollen"),
    ("muss", "müssen"),
    ("will", "wollen"),
    ("darf", "dürfen"),
    ("mag", "mögen"),
    ("weiß", "wissen"),
    ("tut", "tun"),
    ("tat", "taten"),
    ("möchte", "möchten"),
    ("würde", "würden"),
];

/// Strong German verbs, by the form after „er"/„sie" and the one after
/// „Sie", matched at a word's end („übernimmt" → „übernehmen").
const DE_STRONG: &[(&str, &str)] = &[
    ("gibt", "geben"),
    ("nimmt", "nehmen"),
    ("sieht", "sehen"),
    ("spricht", "sprechen"),
    ("trifft", "treffen"),
    ("hilft", "helfen"),
    ("wirft", "werfen"),
    ("bricht", "brechen"),
    ("vergisst", "vergessen"),
    ("liest", "lesen"),
    ("tritt", "treten"),
    ("empfiehlt", "empfehlen"),
    ("hält", "halten"),
    ("lässt", "lassen"),
    ("läuft", "laufen"),
    ("fährt", "fahren"),
    ("schlägt", "schlagen"),
    ("trägt", "tragen"),
    ("fällt", "fallen"),
    ("lädt", "laden"),
    ("rät", "raten"),
    ("stößt", "stoßen"),
    ("erklärt", "erklären"),
    ("klärt", "klären"),
    ("ändert", "ändern"),
    ("bestätigt", "bestätigen"),
    ("zählt", "zählen"),
    ("wählt", "wählen"),
    ("erwähnt", "erwähnen"),
    ("verspätet", "verspäten"),
    ("benötigt", "benötigen"),
    ("beschäftigt", "beschäftigen"),
    ("hängt", "hängen"),
    ("verzögert", "verzögern"),
    ("äußert", "äußern"),
    ("gilt", "gelten"),
];

/// Strong German past tenses, which take „-en" after „Sie"
/// („schrieb" → „schrieben"), matched at a word's end.
const DE_STRONG_PAST: &[&str] = &[
    "schrieb", "sprach", "gab", "nahm", "kam", "ging", "stand", "sah", "rief", "bat", "lief",
    "hielt", "ließ", "fand", "bot", "blieb", "wies", "zog", "lud", "schlug", "trug", "riet",
    "vergaß", "brach", "warf", "half", "traf", "begann", "hing", "schwieg", "fiel", "lag",
];

/// Lower-case German words ending in „-t" that are no verb.
const DE_NOT_VERBS: &[&str] = &[
    "zuerst",
    "leicht",
    "schlecht",
    "damit",
    "somit",
    "insgesamt",
    "zumindest",
    "mindestens",
    "nicht",
    "jetzt",
    "erst",
    "selbst",
    "seit",
    "fast",
    "oft",
    "zuletzt",
    "zunächst",
    "sonst",
    "meist",
    "mit",
    "gut",
    "recht",
    "komplett",
    "direkt",
    "bereit",
    "bisher",
    "weit",
    "nachts",
    "heut",
    "trotzt",
    "samt",
];

/// The German verb after „Sie" for `verb`, the one after a singular
/// subject: from the tables, „-te" → „-ten" in the past, and the regular
/// present („sagt" → „sagen", „antwortet" → „antworten", „liefert" →
/// „liefern"); `None` for a word not known as a verb.
fn de_verb(verb: &str) -> Option<String> {
    if let Some((_, to)) = DE_TABLE.iter().find(|(from, _)| *from == verb) {
        return Some((*to).to_owned());
    }
    for (from, to) in DE_STRONG {
        if let Some(prefix) = verb.strip_suffix(from) {
            return Some(format!("{prefix}{to}"));
        }
    }
    if DE_STRONG_PAST.iter().any(|p| verb.ends_with(p)) {
        return Some(format!("{verb}en"));
    }
    if DE_NOT_VERBS.contains(&verb) || verb.chars().count() < 3 {
        return None;
    }
    // A weak past, umlaut or not („bestätigte"), and a stem in „-d" or
    // „-t" („vertröstet").
    if verb.ends_with("te") {
        return Some(format!("{verb}n"));
    }
    if let Some(stem) = verb.strip_suffix("et") {
        return Some(format!("{stem}en"));
    }
    // Not in the tables: a vowel changed in the present („fällt") cannot
    // be told from a regular verb.
    if verb.contains(['ä', 'ö']) {
        return None;
    }
    if verb.ends_with("iert") {
        return Some(format!("{}en", &verb[..verb.len() - 1]));
    }
    if verb.ends_with("ert") || verb.ends_with("elt") {
        return Some(format!("{}n", &verb[..verb.len() - 1]));
    }
    verb.strip_suffix('t').map(|stem| format!("{stem}en"))
}

/// Is `verb` a German plural form (what „sie" takes when it means many,
/// and „Sie" takes): „haben", „sagten", „sind"?
fn de_plural(verb: &str) -> bool {
    verb == "sind" || verb.ends_with("en") || verb.ends_with("ern") || verb.ends_with("eln")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_jab_in_the_words_goes_and_what_they_said_stays_quoted() {
        for (sentence, now) in [
            (
                "The \u{201c}hotfix\u{201d} never arrived.",
                "The hotfix never arrived.",
            ),
            (
                "The \"fix\" broke the search again.",
                "The fix broke the search again.",
            ),
            (
                "Der \u{201e}Patch\u{201c} kam nie an.",
                "Der Patch kam nie an.",
            ),
            (
                "You now claim it was never agreed.",
                "You now say it was never agreed.",
            ),
            (
                "ACME claimed it was never in scope.",
                "ACME said it was never in scope.",
            ),
            (
                "Sie behaupten jetzt, das sei nie vereinbart gewesen.",
                "Sie sagen jetzt, das sei nie vereinbart gewesen.",
            ),
            ("We filed a warranty claim.", "We filed a warranty claim."),
            (
                "You said \u{201c}soon\u{201d}.",
                "You said \u{201c}soon\u{201d}.",
            ),
            (
                "Your answer: \"next sprint\".",
                "Your answer: \"next sprint\".",
            ),
        ] {
            assert_eq!(neutral(sentence), now, "{sentence}");
        }
        for retort in [
            "\u{201c}Soon\u{201d} is not a date.",
            "\"Next sprint\" isn't a plan.",
            "\u{201e}Bald\u{201c} ist kein Termin.",
        ] {
            assert!(judges_partner(retort), "{retort}");
        }
        assert!(!judges_partner(
            "\u{201c}Save\u{201d} is the button that fails."
        ));
    }

    #[test]
    fn a_verb_of_blame_is_said_as_the_answer_it_reports() {
        for (sentence, fact) in [
            (
                "They blame our hosting.",
                Some("They put it down to our hosting."),
            ),
            (
                "ACME blamed it on the payment provider.",
                Some("ACME put it down to the payment provider."),
            ),
            (
                "The agency is blaming our data, although it ran fine.",
                Some("The agency puts it down to our data, although it ran fine."),
            ),
            (
                "Die Agentur schiebt es auf unsere SAP-Daten, obwohl der Abgleich lief.",
                Some("Die Agentur führt es auf unsere SAP-Daten zurück, obwohl der Abgleich lief."),
            ),
            (
                "Jetzt schieben Sie das auf den Hoster.",
                Some("Jetzt führen Sie es auf den Hoster zurück."),
            ),
            ("We blame the release.", None),
            ("They keep blaming our data.", None),
            ("Sie schieben es auf unsere Daten, eine Ausrede.", None),
            ("The release broke checkout.", None),
        ] {
            assert_eq!(blame_as_fact(sentence).as_deref(), fact, "{sentence}");
        }
        assert!(tells_blame("Die Agentur schiebt es auf unsere SAP-Daten."));
        assert!(tells_blame("You put it down to our hosting."));
        assert!(!tells_blame("We blame nobody."));
        assert!(!tells_blame("Checkout fails since the release."));
    }

    #[test]
    fn a_clause_that_only_judges_goes_and_the_fact_before_it_stays() {
        for (sentence, kept) in [
            (
                "You now claim refunds were never in scope, which is nonsense.",
                Some((
                    "You now claim refunds were never in scope.",
                    "which is nonsense",
                )),
            ),
            (
                "Refunds fail since your release, as usual with you.",
                Some(("Refunds fail since your release.", "as usual with you")),
            ),
            (
                "The checkout fails for PayPal, which you signed off yourselves, typical.",
                Some((
                    "The checkout fails for PayPal, which you signed off yourselves.",
                    "typical",
                )),
            ),
            (
                "Die Suche ist seit Montag leer – wie immer bei Ihnen.",
                Some(("Die Suche ist seit Montag leer.", "wie immer bei Ihnen")),
            ),
            (
                "Sie behaupten, Erstattungen seien nicht vereinbart, was Unsinn ist.",
                Some((
                    "Sie behaupten, Erstattungen seien nicht vereinbart.",
                    "was Unsinn ist",
                )),
            ),
            (
                "Refunds fail since 23 Nov – again, as always with this agency.",
                Some((
                    "Refunds fail since 23 Nov.",
                    "again, as always with this agency",
                )),
            ),
            // What is left judges too, or is no sentence: cut whole.
            (
                "You keep pushing this onto Klarna because you do not want to admit it.",
                None,
            ),
            ("More excuses, as usual.", None),
            // No clause that judges: nothing to drop.
            ("The fix was deployed on Monday, apparently.", None),
            ("Checkout fails, and orders are lost.", None),
            ("This is a typical order for us.", None),
        ] {
            let got = without_judging_tail(sentence);
            let want = kept.map(|(k, d): (&str, &str)| (k.to_owned(), d.to_owned()));
            assert_eq!(got, want, "{sentence}");
        }
    }

    /// A "they" after others named before it is theirs: the partner is
    /// put to them, and the others keep their pronoun.
    #[test]
    fn a_they_after_others_stays_theirs_when_the_partner_is_put_to_them() {
        let companies = ["Brightlane".to_owned()];
        assert_eq!(
            reword(
                "Brightlane deployed on Thursday and customers say they cannot pay.",
                &companies,
                &[]
            )
            .as_deref(),
            Some("You deployed on Thursday and customers say they cannot pay.")
        );
    }

    #[test]
    fn a_motive_sarcasm_or_a_reproach_judges_the_partner() {
        for sentence in [
            "Sie haben das Projekt offenbar abgeschrieben.",
            "You keep pushing this onto Klarna.",
            "You always move the date.",
            "You can read the SOW as well as I can.",
            "You pretend the plan was never agreed.",
            "That is nonsense.",
            "Sie können den Vertrag genauso gut lesen wie ich.",
            "Das ist Unsinn.",
            "What a surprise.",
            "Typisch Agentur.",
            "Wie immer.",
            "You seem to think we will pay twice.",
            "Sie glauben wohl, wir zahlen zweimal.",
        ] {
            assert!(judges_partner(sentence), "{sentence}");
        }
        for sentence in [
            "You said it was a timeout on our side.",
            "Sie haben am 3.12. geantwortet.",
            "The search is apparently empty.",
        ] {
            assert!(!judges_partner(sentence), "{sentence}");
        }
    }

    fn put(sentence: &str) -> Option<String> {
        let companies = ["Brightlane Digital".to_owned(), "Brightlane".to_owned()];
        let names = ["Mark".to_owned(), "Ellison".to_owned()];
        reword(sentence, &companies, &names)
    }

    fn de(sentence: &str) -> Option<String> {
        let companies = ["Technova Solutions".to_owned(), "Technova".to_owned()];
        let names = ["Albrecht".to_owned()];
        reword(sentence, &companies, &names)
    }

    #[test]
    fn an_english_subject_is_put_to_the_partner_with_its_verb() {
        for (said, put_to) in [
            (
                "Brightlane deployed a release Thursday night and since then nothing works.",
                "You deployed a release Thursday night and since then nothing works.",
            ),
            (
                "Brightlane Digital said on the 1 Dec stand-up that the connector 'needs a rethink'",
                "You said on the 1 Dec stand-up that the connector 'needs a rethink'",
            ),
            ("The agency has not answered.", "You have not answered."),
            (
                "A root cause analysis from Brightlane within 5 working days.",
                "A root cause analysis from you within 5 working days.",
            ),
            ("The partner is two weeks late.", "You are two weeks late."),
            ("Our agency was told on 2 Nov.", "You were told on 2 Nov."),
            (
                "Brightlane does not test on staging.",
                "You do not test on staging.",
            ),
            (
                "Brightlane says it is out of scope.",
                "You say it is out of scope.",
            ),
            (
                "Mr Ellison promised a fix by 2 Dec.",
                "You promised a fix by 2 Dec.",
            ),
            ("Mark Ellison wrote on 3 Dec.", "You wrote on 3 Dec."),
            (
                "Brightlane replies within a week.",
                "You reply within a week.",
            ),
            (
                "Brightlane will fix it next sprint.",
                "You will fix it next sprint.",
            ),
            (
                "Brightlane never answers the phone.",
                "You never answer the phone.",
            ),
            (
                "Checkout fails, and Brightlane has not replied since.",
                "Checkout fails, and you have not replied since.",
            ),
            // The rest of a sentence cut at a semicolon goes on in lower
            // case.
            ("the agency has not replied", "you have not replied"),
            (
                "They never answer the phone on weekends.",
                "You never answer the phone on weekends.",
            ),
            (
                "Since Brightlane's release on Thursday nothing works.",
                "Since your release on Thursday nothing works.",
            ),
            (
                "The agency's release broke checkout.",
                "Your release broke checkout.",
            ),
            (
                "We have had no answer from Brightlane since 2 Dec.",
                "We have had no answer from you since 2 Dec.",
            ),
            (
                "Brightlane sent their estimate on 4 Dec.",
                "You sent your estimate on 4 Dec.",
            ),
            (
                "We asked Brightlane for a date on 2 Dec.",
                "We asked you for a date on 2 Dec.",
            ),
            ("I called the agency twice.", "I called you twice."),
        ] {
            assert_eq!(put(said).as_deref(), Some(put_to), "{said}");
        }
    }

    #[test]
    fn a_german_subject_is_put_to_the_partner_with_its_verb() {
        for (said, put_to) in [
            (
                "Die Agentur hat selbst im Abnahmeprotokoll vom 02.10. die Suche als offen markiert",
                "Sie haben selbst im Abnahmeprotokoll vom 02.10. die Suche als offen markiert",
            ),
            (
                "Frau Dr. Albrecht hat am 25.11. gesagt, es kommt 'in Kürze'",
                "Sie haben am 25.11. gesagt, es kommt 'in Kürze'",
            ),
            (
                "Die Agentur weigert sich, das ohne Change Request zu beheben.",
                "Sie weigern sich, das ohne Change Request zu beheben.",
            ),
            (
                "Technova ist seit Wochen im Verzug.",
                "Sie sind seit Wochen im Verzug.",
            ),
            (
                "Der Partner war nicht erreichbar.",
                "Sie waren nicht erreichbar.",
            ),
            (
                "Die Agentur wird das nicht liefern.",
                "Sie werden das nicht liefern.",
            ),
            (
                "Technova kann keinen Termin nennen.",
                "Sie können keinen Termin nennen.",
            ),
            (
                "Die Agentur soll bis 4.12. liefern.",
                "Sie sollen bis 4.12. liefern.",
            ),
            ("Die Agentur muss nachbessern.", "Sie müssen nachbessern."),
            (
                "Die Agentur will einen Change Request.",
                "Sie wollen einen Change Request.",
            ),
            (
                "Die Agentur hatte den 20.11. zugesagt.",
                "Sie hatten den 20.11. zugesagt.",
            ),
            (
                "Herr Albrecht sagt, das sei neu.",
                "Sie sagen, das sei neu.",
            ),
            (
                "Technova schreibt, das sei Mehraufwand.",
                "Sie schreiben, das sei Mehraufwand.",
            ),
            ("Die Agentur meint, das reicht.", "Sie meinen, das reicht."),
            (
                "Die Agentur behauptet, der Fehler liege bei uns.",
                "Sie behaupten, der Fehler liege bei uns.",
            ),
            ("Die Agentur liefert nicht.", "Sie liefern nicht."),
            ("Die Agentur antwortet nicht.", "Sie antworten nicht."),
            (
                "Technova verspricht seit Wochen einen Termin.",
                "Sie versprechen seit Wochen einen Termin.",
            ),
            (
                "Die Agentur schrieb am 3.12. zurück.",
                "Sie schrieben am 3.12. zurück.",
            ),
            ("Die Agentur sagte am 3.12. zu.", "Sie sagten am 3.12. zu."),
            (
                "Die Agentur bestätigte den Fehler am 3.12.",
                "Sie bestätigten den Fehler am 3.12.",
            ),
            (
                "Technova verweist auf Ziffer 5.3.",
                "Sie verweisen auf Ziffer 5.3.",
            ),
            (
                "Die Agentur hat ihre Zusage nicht gehalten.",
                "Sie haben Ihre Zusage nicht gehalten.",
            ),
            (
                "Seit dem 2.12. haben wir mit der Agentur keinen Kontakt.",
                "Seit dem 2.12. haben wir mit Ihnen keinen Kontakt.",
            ),
            // The subject after its verb, as a German clause has it.
            (
                "Seit Wochen liefert uns die Agentur keinen Termin.",
                "Seit Wochen liefern Sie uns keinen Termin.",
            ),
            (
                "Seit dem 9.11. reagiert der Partner nicht auf Tickets.",
                "Seit dem 9.11. reagieren Sie nicht auf Tickets.",
            ),
            (
                "Am 25.11. hat Frau Dr. Albrecht gesagt, es kommt in Kürze.",
                "Am 25.11. haben Sie gesagt, es kommt in Kürze.",
            ),
            (
                "Ich habe am 1.12. angerufen, aber sie haben nicht geantwortet.",
                "Ich habe am 1.12. angerufen, aber Sie haben nicht geantwortet.",
            ),
            ("Die Agentur reagiert nicht.", "Sie reagieren nicht."),
            (
                "Die Agentur verzögert den Go-live.",
                "Sie verzögern den Go-live.",
            ),
        ] {
            assert_eq!(de(said).as_deref(), Some(put_to), "{said}");
        }
    }

    #[test]
    fn what_is_theirs_and_a_clause_of_theirs_within_a_sentence_are_put_to_them() {
        for (said, put_to) in [
            (
                "Brightlane ticket PF-903, opened 26 Nov",
                "Your ticket PF-903, opened 26 Nov",
            ),
            (
                "Orders fail since Brightlane support is down.",
                "Orders fail since your support is down.",
            ),
            (
                "Brightlane developers deployed it.",
                "Your developers deployed it.",
            ),
            (
                "The slowdown started the day of their release.",
                "The slowdown started the day of your release.",
            ),
            (
                "Checkout returns HTTP 500 after Brightlane deployed release 2.4.7-p3",
                "Checkout returns HTTP 500 after you deployed release 2.4.7-p3",
            ),
            (
                "the 48,000 SKUs were in the migration plan Brightlane signed off in August.",
                "the 48,000 SKUs were in the migration plan you signed off in August.",
            ),
            (
                "They told us in the weekly on 3 Dec that the connector is 'nearly done'",
                "You told us in the weekly on 3 Dec that the connector is 'nearly done'",
            ),
            (
                "They have been saying 'nearly done' for three weeks.",
                "You have been saying 'nearly done' for three weeks.",
            ),
        ] {
            assert_eq!(put(said).as_deref(), Some(put_to), "{said}");
        }
        for (said, put_to) in [
            (
                "Im Jira der Agentur steht M3-Ticket B2B-58 seit 10.11. auf blocked",
                "In Ihrem Jira steht M3-Ticket B2B-58 seit 10.11. auf blocked",
            ),
            ("Das steht im Jira der Agentur.", "Das steht in Ihrem Jira."),
            (
                "Die Rechnung der Agentur nennt 40 Stunden.",
                "Ihre Rechnung nennt 40 Stunden.",
            ),
            (
                "Das steht so in der Dokumentation der Agentur.",
                "Das steht so in Ihrer Dokumentation.",
            ),
            (
                "Das steht im Jira von Frau Albrecht.",
                "Das steht in Ihrem Jira.",
            ),
            (
                "Das Angebot von Technova nennt die Schnittstelle.",
                "Ihr Angebot nennt die Schnittstelle.",
            ),
        ] {
            assert_eq!(de(said).as_deref(), Some(put_to), "{said}");
        }
        // Orders and customers are "they" as often: not after a noun.
        for said in [
            "We asked whether Brightlane staff can help.",
            "Orders they placed on Monday are missing.",
            "Customers told us they cannot pay.",
        ] {
            assert_eq!(put(said), None, "{said}");
        }
    }

    #[test]
    fn a_judgement_is_one_whoever_it_is_said_to() {
        for said in [
            "Sie schieben es auf unsere Preisdaten.",
            "Seit zwei Wochen nur Vertröstungen.",
            "You clearly do not care.",
            "More excuses.",
        ] {
            assert!(judges_partner(said), "{said}");
        }
        for said in [
            "Your customer care team promised a call on 3 Dec.",
            "Your search is slow since Monday.",
            "The logs show the cache is slow.",
            "Sie haben am 02.12. den Termin verschoben.",
        ] {
            assert!(!judges_partner(said), "{said}");
        }
    }

    #[test]
    fn what_cannot_be_put_safely_is_not_reworded() {
        for said in [
            // To the CSM.
            "Could you please set up a call with Brightlane's MD?",
            "Bitte organisieren Sie ein Gespräch mit der Agentur.",
            // A judgement, not a fact.
            "Brightlane clearly does not care.",
            "The agency is slow.",
            "Der Agentur ist das offensichtlich egal.",
            "Brightlane keeps blaming the connector vendor.",
            "Mark keeps saying they are looking into it.",
            "Seit Wochen vertröstet uns die Agentur.",
            "Sie reden sich mit dem Konfigurator heraus, das ist vorgeschoben.",
            "Herr Schulte schiebt es auf PayPal.",
            "Die Agentur hat das Problem nach eigenen Angaben analysiert.",
            // What they said, which may name someone else's: never
            // "your fault" for "the vendor's fault".
            "Brightlane said it's the vendor's fault.",
            "Brightlane said the agency's fix is in review.",
            // A word not known as a verb after the name.
            "Brightlane support is slow.",
            // Still of the partner after the rewording.
            "Mark said he would call back.",
            // „sie" after the verb, in a clause whose verb comes last.
            "Die Agentur sagt, dass sie das nicht liefert.",
            // Not the subject after its verb, but its object.
            "Am 3.12. habe ich die Agentur angerufen.",
            "Das Problem besteht, weil die Agentur nicht liefert.",
            // „sie" or "they" that may be the orders.
            "Orders fail; they are stuck in the queue.",
            "Customers call daily; they say checkout fails.",
            "Die Suche ist langsam, sie dauert 7 Sekunden.",
            "Unser Partner hat die Anbindung nie getestet, sie ist fehlerhaft.",
            "Die Agentur sagt, sie hat keine Zeit.",
            // The partner after a form of "be", or as the subject of a
            // clause of its own.
            "This is Brightlane.",
            "I know Brightlane has a backlog.",
            // A name for the partner that goes on: not the partner.
            "Orders placed by Brightlane staff fail.",
            // Someone who works there, not the partner.
            "Susan from Brightlane said the fix is coming.",
            "Laut Frau Hale von der Agentur kommt der Fix.",
            // Nothing of the partner.
            "Checkout fails since Monday.",
            // A vowel changed in the present that no table knows.
            "Die Agentur wächst schnell.",
        ] {
            let got = put(said).or_else(|| de(said));
            assert_eq!(got, None, "{said}");
        }
    }
}
