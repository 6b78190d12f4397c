//! People and companies as the note to the partner names them, read from
//! what the user typed: the person it is written to, with the form of
//! address their answer gives ("Hr. Yilmaz (PL)" is Herr Yilmaz); the
//! company without its organisation or contract reference; and the
//! signature, the user's name, role, company and a way to reach them,
//! without notes meant for the CSM such as when they can be called.

/// A form of address the user wrote before a name, in any language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Title {
    Mr,
    Ms,
}

impl Title {
    /// The title `word` abbreviates or spells, in English or German.
    fn of(word: &str) -> Option<Title> {
        match word.trim_end_matches('.').to_lowercase().as_str() {
            "mr" | "mister" | "hr" | "herr" | "hrn" | "herrn" => Some(Title::Mr),
            "ms" | "mrs" | "miss" | "fr" | "frau" => Some(Title::Ms),
            _ => None,
        }
    }
}

/// The person a note is written to, as its greeting names them: with a
/// title, the name to use after it ("Dr. Yilmaz"); without one, a full
/// name as written ("Tom Wagner", "Prof. Dr. Anna Weber"), which each
/// language greets as its letters do (by the first name in English, by
/// the whole name in German), or a degree and surname alone ("Dr.
/// Weber"), which English greets and German, without Herr or Frau,
/// cannot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Addressee<'a> {
    pub title: Option<Title>,
    pub name: &'a str,
    /// The name starts with a degree ("Dr.", "Prof.").
    pub degree: bool,
    /// The name has a first name written out, not an initial.
    pub first_name: bool,
}

impl Addressee<'_> {
    /// The degrees and the surname: "Prof. Dr. Weber" of "Prof. Dr. Anna
    /// Weber".
    pub fn formal(&self) -> String {
        formal(self.name)
    }
}

/// The degrees and the surname of `name`, a name as written: what
/// follows Herr or Frau ("Prof. Dr. Weber" of "Prof. Dr. Anna Weber",
/// "Wagner" of "Tom Wagner").
pub fn formal(name: &str) -> String {
    let words: Vec<&str> = name.split(' ').collect();
    let degrees = words.iter().take_while(|w| is_degree(w));
    degrees
        .chain(words.last())
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Words kept before a surname after a title: "Dr.", "Prof.".
fn is_degree(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.').to_lowercase().as_str(),
        "dr" | "prof"
    )
}

/// A first name given as an initial: "L.", "J".
fn is_initial(word: &str) -> bool {
    let letters = word.trim_end_matches('.');
    letters.chars().count() == 1 || (word.ends_with('.') && letters.chars().count() <= 2)
}

/// `text` without what is in brackets: "Hr. Yilmaz (PL)" is "Hr. Yilmaz".
fn unbracketed(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` without the brackets that hold words: "(503) 555-0148
/// (cell)" is "(503) 555-0148".
fn without_notes(text: &str) -> String {
    let kept = brackets_kept(text, (&['(', '['], &[')', ']']), |bracket| {
        !bracket.chars().any(char::is_alphabetic)
    });
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` with each bracket (from one of `marks.0` to the next of
/// `marks.1`) that `keep` refuses taken out.
pub fn brackets_kept(text: &str, marks: (&[char], &[char]), keep: impl Fn(&str) -> bool) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find(marks.0) {
        let Some(close) = rest[open..].find(marks.1).map(|c| open + c) else {
            break;
        };
        out.push_str(&rest[..open]);
        let bracket = &rest[open..=close];
        if keep(bracket) {
            out.push_str(bracket);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The words of a name, without brackets or an address
/// ("Tom Wagner <t.wagner@acme.de>" is "Tom Wagner").
pub fn name_words(name: &str) -> Vec<String> {
    unbracketed(name)
        .split_whitespace()
        .filter(|w| !w.contains('@'))
        .map(str::to_owned)
        .collect()
}

/// Whom the note's email draft goes to: the address in the answer on the
/// partner's contact `person` (in their name or after their role), shown
/// with their name as written, when it is one a header can hold.
pub fn recipient(person: &super::Person) -> Option<super::Recipient> {
    let address = [Some(person.name), person.role]
        .into_iter()
        .flatten()
        .find_map(email)
        .filter(|a| super::is_address(a))?
        .to_owned();
    let name = name_words(person.name).join(" ");
    let bad = |c: char| c.is_control() || "<>\"\\".contains(c);
    let name = Some(name).filter(|n| !n.is_empty() && !n.contains(bad));
    Some(super::Recipient { name, address })
}

/// The words of a person's name that are theirs: no title, degree,
/// initial or particle written in lower case ("Fr. Dr. A. Keller" is
/// "Keller", "Sanne de Groot" is "Sanne" and "Groot": "de" alone names
/// no one).
pub fn own_names(name: &str) -> Vec<String> {
    name_words(name)
        .into_iter()
        .filter(|w| Title::of(w).is_none() && !is_degree(w) && !is_initial(w))
        .filter(|w| !w.starts_with(char::is_lowercase))
        .collect()
}

/// How to greet the person `name` names (their name alone, the role cut
/// off already): by title, any degree and surname when a title is given;
/// by the name as written when it has a first name and a surname, or a
/// degree and a surname; by a first name alone as written ("Sandra",
/// which English greets and German cannot); else by no name, as an
/// initial or a word for a team would need a guess at a form of address. The name is returned in
/// `buf`'s storage.
pub fn addressee<'a>(name: &str, buf: &'a mut String) -> Option<Addressee<'a>> {
    let words = name_words(name);
    let (title, rest) = match words.split_first() {
        Some((first, rest)) if Title::of(first).is_some() => (Title::of(first), rest),
        _ => (None, &words[..]),
    };
    // Degrees stand before the names: "Prof. Dr. Anna Weber".
    let degrees = rest.iter().take_while(|w| is_degree(w)).count();
    let (surname, before) = rest[degrees..].split_last()?;
    let first_name = !before.is_empty() && !before.iter().any(|w| is_initial(w));
    *buf = match title {
        Some(_) => rest[..degrees]
            .iter()
            .chain([surname])
            .cloned()
            .collect::<Vec<_>>()
            .join(" "),
        None if first_name || (degrees > 0 && before.is_empty()) => rest.join(" "),
        // A first name alone ("Sandra"), the way a contact met every week
        // is named: English greets it, German, without a surname, cannot.
        None if degrees == 0 && before.is_empty() && given_name(surname) => surname.clone(),
        None => return None,
    };
    Some(Addressee {
        title,
        name: buf.as_str(),
        degree: degrees > 0,
        first_name,
    })
}

/// Can `word`, a name written alone, be a person's first name: a
/// capital, then small letters (a hyphen between two such parts), and
/// no word for a team or a role ("Support", "Team")?
fn given_name(word: &str) -> bool {
    const NOT: &[&str] = &[
        "team",
        "support",
        "helpdesk",
        "office",
        "sales",
        "admin",
        "service",
        "info",
        "kontakt",
        "contact",
        "projektleitung",
        "management",
        "delivery",
        "hello",
        "hallo",
    ];
    let parts = word.split('-').all(|part| {
        let mut chars = part.chars();
        chars.next().is_some_and(char::is_uppercase)
            && part.chars().count() >= 2
            && chars.all(char::is_lowercase)
    });
    parts && !NOT.contains(&word.to_lowercase().as_str())
}

/// Where a company's name ends and its references begin: "Example GmbH,
/// org 1A2B@AdobeOrg" is "Example GmbH".
/// A comma before a legal form is part of the name: "Acme, Inc.".
pub fn company(merchant: &str) -> &str {
    let comma_ends = |at: usize| {
        let next = merchant[at + 1..].split_whitespace().next().unwrap_or("");
        let word = next.trim_end_matches([',', ';']).to_lowercase();
        !LEGAL_FORMS.contains(&word.as_str())
    };
    let end = [",", ";", " (", " - ", " \u{2013} ", " \u{2014} ", "\n"]
        .iter()
        .filter_map(|sep| {
            merchant
                .match_indices(sep)
                .map(|(at, _)| at)
                .find(|&at| *sep != "," || comma_ends(at))
        })
        .min()
        .unwrap_or(merchant.len());
    merchant[..end].trim()
}

/// The words of a legal form a company's name may end in, lowercase and
/// without a comma after them: "GmbH & Co. KG" is `gmbh`, `co.` and `kg`
/// with the `&` between them.
const LEGAL_FORMS: &[&str] = &[
    "gmbh",
    "mbh",
    "gesmbh",
    "ug",
    "(haftungsbeschränkt)",
    "ag",
    "kg",
    "kgaa",
    "ohg",
    "gbr",
    "e.k.",
    "eg",
    "e.v.",
    "co",
    "co.",
    "ltd",
    "ltd.",
    "limited",
    "plc",
    "llp",
    "llc",
    "inc",
    "inc.",
    "incorporated",
    "corp",
    "corp.",
    "pty",
    "s.a.",
    "sa",
    "sas",
    "sarl",
    "s.à",
    "r.l.",
    "s.r.l.",
    "s.p.a.",
    "b.v.",
    "bv",
    "n.v.",
    "nv",
    "se",
    "oy",
    "ab",
    "a/s",
    "as",
];

/// What joins the words of a legal form, as in "GmbH & Co. KG".
const JOINERS: &[&str] = &["&", "+", "und", "and"];

/// `name` without the legal form it ends in, whole ("Radsport Brenner
/// GmbH & Co. KG" is "Radsport Brenner"), and without what joined it to
/// the name; `name` itself when it is nothing but one.
pub fn without_legal_form(name: &str) -> &str {
    let is = |list: &[&str], word: &str| {
        list.contains(&word.trim_end_matches(',').to_lowercase().as_str())
    };
    let mut rest = name.trim_end();
    let mut formed = false;
    while let Some((before, last)) = rest.rsplit_once(' ') {
        let form = is(LEGAL_FORMS, last);
        if !form && !is(JOINERS, last) {
            // The name proper ends here.
            return if formed { rest } else { name.trim_end() };
        }
        formed |= form;
        rest = before.trim_end_matches([',', ' ']);
    }
    // One word is left: the name, unless it is a legal form too.
    if formed && !is(LEGAL_FORMS, rest) && !is(JOINERS, rest) {
        rest
    } else {
        name.trim_end()
    }
}

/// The parts of `text` between separators outside brackets, each with
/// the separator after it (`None` after the last): a separator is a
/// comma or semicolon before a blank or the end (so "2,400h" stays
/// whole), a line end, a bar, or a dash between blanks.
pub fn pieces(text: &str) -> Vec<(&str, Option<char>)> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let blank_after = next.is_none_or(char::is_whitespace);
        let blank_before = text[..i].ends_with(' ');
        let sep = match c {
            '(' | '[' => {
                depth += 1;
                false
            }
            ')' | ']' => {
                depth = depth.saturating_sub(1);
                false
            }
            _ if depth > 0 => false,
            ',' | ';' => blank_after,
            '\n' => true,
            '|' | '-' | '\u{2013}' | '\u{2014}' => blank_before && blank_after,
            _ => false,
        };
        if sep {
            out.push((&text[start..i], Some(c)));
            start = i + c.len_utf8();
        }
    }
    out.push((&text[start..], None));
    out.into_iter()
        .map(|(p, sep)| (p.trim(), sep))
        .filter(|(p, _)| !p.is_empty())
        .collect()
}

/// The parts of a contact answer.
fn parts(contact: &str) -> Vec<&str> {
    pieces(contact).into_iter().map(|(p, _)| p).collect()
}

/// A phone number, perhaps after a word such as "Tel." or "mobile:".
fn is_phone(part: &str) -> bool {
    let part = unbracketed(part);
    let number = part.trim_start_matches(|c: char| c.is_alphabetic() || c == '.' || c == ':');
    let digits = number.chars().filter(char::is_ascii_digit).count();
    digits >= 6
        && number
            .trim()
            .chars()
            .all(|c| c.is_ascii_digit() || " +()-./".contains(c))
}

/// The address in `part`, if it holds one.
fn email(part: &str) -> Option<&str> {
    part.split_whitespace()
        .find(|w| w.contains('@'))
        .map(|w| w.trim_matches(|c: char| "<>()[],;:".contains(c)))
        .filter(|w| w.len() > 2)
}

/// Whom a draft is from: the first address in the merchant's `contact`
/// answer, with their name when the answer starts with it, when it is
/// one a header can hold.
pub fn sender(contact: &str) -> Option<super::Recipient> {
    let address = parts(contact)
        .iter()
        .find_map(|p| email(p))
        .filter(|a| super::is_address(a))?
        .to_owned();
    let bad = |c: char| c.is_control() || "<>\"\\".contains(c);
    let name = contact_name(contact).filter(|n| !n.contains(bad) && !n.contains('@'));
    Some(super::Recipient { name, address })
}

/// The merchant's name, when the contact answer starts with it (not with
/// a number or an address).
pub fn contact_name(contact: &str) -> Option<String> {
    let parts = parts(contact);
    let first = parts.first().filter(|first| !reaches(first))?;
    Some(unbracketed(first)).filter(|name| !name.is_empty())
}

/// Is `part` a phone number or an address?
fn reaches(part: &str) -> bool {
    is_phone(part) || email(part).is_some()
}

/// The lines that sign the note: the user's name, and their role where
/// they gave one before their number or address, as typed but with a
/// capital first letter as a signature line has ("project lead" →
/// "Project lead", „geschäftsführer" → „Geschäftsführer"); the company; then the
/// phone numbers and addresses. Anything else the contact answer says
/// (when they can be reached, a time zone) is for the CSM and left out.
pub fn signature(contact: &str, company: Option<&str>) -> Vec<String> {
    let parts = parts(contact);
    let reach = |p: &&str| reaches(p);
    let mut lines: Vec<String> = Vec::new();
    let mut rest = &parts[..];
    if let Some((first, after)) = parts.split_first().filter(|(first, _)| !reach(first)) {
        let name = unbracketed(first);
        lines.push(name);
        let roles = after.iter().take_while(|p| !reach(p)).count();
        lines.extend(
            after[..roles]
                .iter()
                .map(|r| super::sentence::capitalised(r)),
        );
        rest = &after[roles..];
    }
    if let Some(company) = company.filter(|c| !c.is_empty()) {
        if !lines.iter().any(|l| l.contains(company)) {
            lines.push(company.to_owned());
        }
    }
    for part in rest {
        if is_phone(part) {
            // "(cell, anytime this week)" says when, which is for the CSM;
            // "(503)" is part of the number.
            lines.push(without_notes(part));
        } else if let Some(address) = email(part) {
            lines.push(address.to_owned());
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn greet(name: &str) -> Option<(Option<Title>, String)> {
        let mut buf = String::new();
        addressee(name, &mut buf).map(|a| (a.title, a.name.to_owned()))
    }

    #[test]
    fn a_role_in_the_signature_starts_with_a_capital() {
        for (contact, role) in [
            ("Jana Weber, project lead, jana@example.com", "Project lead"),
            (
                "Jörg Petersen, geschäftsführer, +49 40 555 0",
                "Geschäftsführer",
            ),
            ("Jana Weber, IT director, jana@example.com", "IT director"),
            (
                "Jana Weber, eCommerce lead, jana@example.com",
                "eCommerce lead",
            ),
        ] {
            let lines = signature(contact, None);
            assert_eq!(lines.get(1).map(String::as_str), Some(role), "{contact}");
        }
    }

    #[test]
    fn a_long_company_loses_its_whole_legal_form_never_part_of_it() {
        for (name, short) in [
            ("Radsport Brenner GmbH & Co. KG", "Radsport Brenner"),
            ("Müller & Söhne GmbH & Co. KG", "Müller & Söhne"),
            ("Hanseatic Logistics AG & Co. KGaA", "Hanseatic Logistics"),
            ("Hollis Industrial Supply Ltd.", "Hollis Industrial Supply"),
            (
                "Hollis Industrial Supply Co., Ltd.",
                "Hollis Industrial Supply",
            ),
            ("Northern Rail Components plc", "Northern Rail Components"),
            ("Pacific Outdoor Gear Inc.", "Pacific Outdoor Gear"),
            ("Distribuciones Levante S.A.", "Distribuciones Levante"),
            (
                "Van der Berg Tuinmeubelen B.V.",
                "Van der Berg Tuinmeubelen",
            ),
            ("Nordic Furniture Holding SE", "Nordic Furniture Holding"),
            (
                "Kaffeerösterei Kranz UG (haftungsbeschränkt)",
                "Kaffeerösterei Kranz",
            ),
            // A legal form inside the name is part of it.
            (
                "Schmidt und Co. KG Werkzeughandel Nord",
                "Schmidt und Co. KG Werkzeughandel Nord",
            ),
        ] {
            assert_eq!(without_legal_form(name), short, "{name}");
        }
        // A name that is nothing but a legal form keeps it.
        assert_eq!(without_legal_form("GmbH & Co. KG"), "GmbH & Co. KG");
    }

    #[test]
    fn a_title_gives_the_form_of_address_and_the_surname() {
        let mr = |n: &str| Some((Some(Title::Mr), n.to_owned()));
        let ms = |n: &str| Some((Some(Title::Ms), n.to_owned()));
        assert_eq!(greet("Hr. Yilmaz (PL)"), mr("Yilmaz"));
        assert_eq!(greet("Herr Mehmet Yilmaz"), mr("Yilmaz"));
        assert_eq!(greet("Mr John Smith"), mr("Smith"));
        assert_eq!(greet("Fr. Dr. Anna Schmidt"), ms("Dr. Schmidt"));
        assert_eq!(greet("Mrs. Jones"), ms("Jones"));
        assert_eq!(greet("Ms"), None);
    }

    #[test]
    fn a_full_name_is_used_as_written_a_first_name_alone_as_one_and_an_initial_not_at_all() {
        assert_eq!(greet("Tom Wagner"), Some((None, "Tom Wagner".into())));
        assert_eq!(
            greet("Jonas Brückner (PM)"),
            Some((None, "Jonas Brückner".into()))
        );
        assert_eq!(greet("L. Byrne"), None);
        assert_eq!(greet("J Brückner"), None);
        // One word written as a name is the name the merchant calls them
        // by; one for a team or in capitals is no name.
        assert_eq!(greet("Sandra"), Some((None, "Sandra".into())));
        assert_eq!(greet("Support"), None);
        assert_eq!(greet("PMO"), None);
        assert_eq!(greet("(PL)"), None);
    }

    #[test]
    fn own_names_leave_out_titles_degrees_and_initials() {
        assert_eq!(own_names("Fr. Dr. A. Keller (PL)"), ["Keller"]);
        assert_eq!(own_names("Ms. Priya Raman"), ["Priya", "Raman"]);
    }

    #[test]
    fn a_phone_keeps_its_area_code_and_a_company_its_legal_form_after_a_comma() {
        let lines = signature(
            "Dana Reyes, ops lead, (503) 555-0148 (cell, weekdays), dana@example.com",
            Some(company("Trailhead Outfitters, Inc., contract 88-1204")),
        );
        assert_eq!(
            lines,
            [
                "Dana Reyes",
                "Ops lead",
                "Trailhead Outfitters, Inc.",
                "(503) 555-0148",
                "dana@example.com"
            ]
        );
    }

    #[test]
    fn a_company_loses_its_references() {
        assert_eq!(
            company("Voltcity Retail Pty Ltd, org 7F3E21A9C0B44D1E@AdobeOrg"),
            "Voltcity Retail Pty Ltd"
        );
        assert_eq!(
            company("Kessler GmbH & Co. KG (Vertrag 4711)"),
            "Kessler GmbH & Co. KG"
        );
        assert_eq!(company("Lindner Wohnen GmbH"), "Lindner Wohnen GmbH");
    }

    #[test]
    fn the_signature_keeps_name_role_company_and_ways_to_reach_only() {
        let lines = signature(
            "Hannah Whitfield, Head of Digital Delivery, +61 2 9000 4471, hannah.whitfield@voltcity.com.au - Sydney time, 8-6 weekdays",
            Some("Voltcity Retail Pty Ltd"),
        );
        assert_eq!(
            lines,
            [
                "Hannah Whitfield",
                "Head of Digital Delivery",
                "Voltcity Retail Pty Ltd",
                "+61 2 9000 4471",
                "hannah.whitfield@voltcity.com.au"
            ]
        );
        let lines = signature(
            "Sabine Sommer, Leitung E-Commerce, Tel. 07131 98765-210, s.sommer@kessler.de, Mo-Do vormittags",
            None,
        );
        assert_eq!(
            lines,
            [
                "Sabine Sommer",
                "Leitung E-Commerce",
                "Tel. 07131 98765-210",
                "s.sommer@kessler.de"
            ]
        );
        // Only an address: no name to put first.
        assert_eq!(
            signature("<jo@example.com>", Some("ACME")),
            ["ACME", "jo@example.com"]
        );
        let lines = signature(
            "Megan Price, Dir. eCommerce, 503-555-0148 (cell, anytime this week), mprice@example.com",
            Some("Northbay Outfitters Inc."),
        );
        assert_eq!(
            lines,
            [
                "Megan Price",
                "Dir. eCommerce",
                "Northbay Outfitters Inc.",
                "503-555-0148",
                "mprice@example.com"
            ]
        );
    }

    #[test]
    fn pieces_part_at_separators_outside_brackets_only() {
        let got: Vec<&str> = pieces("SOW 7, T&M 2,400h (cl. 7.3 - notify, in writing); a - b-c")
            .into_iter()
            .map(|(p, _)| p)
            .collect();
        assert_eq!(
            got,
            [
                "SOW 7",
                "T&M 2,400h (cl. 7.3 - notify, in writing)",
                "a",
                "b-c"
            ]
        );
    }
}
