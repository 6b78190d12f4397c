//! The German messages: Sie-form, the CSM and the partner as in the
//! checklist.
//!
//! One file holds all of the language: what it says about the kinds of
//! question and their answers (`KindWords`), then every other sentence in
//! the order of the `Messages` trait, so a translator reads them side by
//! side; that makes it long.

use super::{Channel, EditorProblem, Messages, Refused};
use crate::checklist::{Expected, Kind, KindWords};
use crate::clock::{DateShape, DateWords};
use crate::read::Syntax;
use crate::read::rule::{Id, Rule};
use crate::report::{Addressee, Replied, Title};
use jiff::civil::Date;
use std::borrow::Cow;

/// German.
pub struct De;

impl KindWords for De {
    fn yes_words(&self) -> &'static [&'static str] {
        &["j", "ja"]
    }

    fn no_words(&self) -> &'static [&'static str] {
        &["n", "nein"]
    }

    /// Day first, with dots: `15.11.2026`, `1.3.2026`.
    fn date_words(&self) -> &'static DateWords {
        &DateWords {
            days: &[("heute", 0), ("gestern", 1), ("vorgestern", 2)],
            months: &[
                ("januar", 1),
                ("jänner", 1),
                ("februar", 2),
                ("märz", 3),
                ("maerz", 3),
                ("mrz", 3),
                ("april", 4),
                ("mai", 5),
                ("juni", 6),
                ("juli", 7),
                ("august", 8),
                ("september", 9),
                ("oktober", 10),
                ("november", 11),
                ("dezember", 12),
            ],
        }
    }

    fn date_shapes(&self) -> &'static [DateShape] {
        &[DateShape::DayMonthYear('.')]
    }

    fn yes(&self) -> &'static str {
        "ja"
    }

    fn no(&self) -> &'static str {
        "nein"
    }

    fn none(&self) -> &'static str {
        "keine"
    }

    fn date(&self, date: Date) -> String {
        // `25.11.2026`, written out here rather than by a format string,
        // whose interpreter is a large part of the binary.
        format!("{:02}.{:02}.{:04}", date.day(), date.month(), date.year())
    }

    fn topic(&self, kind: Kind) -> &'static str {
        match kind {
            Kind::Confirm => "ja/nein",
            Kind::Date => "TT.MM.JJJJ",
            Kind::Choice => "Auswahl",
            Kind::Text | Kind::List => "Antwort",
        }
    }

    fn note(&self, kind: Kind, allowed: &str) -> String {
        match kind {
            Kind::Confirm => "ja oder nein".to_owned(),
            Kind::Choice => format!("mögliche Werte: {allowed}"),
            Kind::Text => "Text".to_owned(),
            Kind::List => "eine Liste: ein `- Eintrag` pro Zeile".to_owned(),
            Kind::Date => "ein Datum, TT.MM.JJJJ oder JJJJ-MM-TT".to_owned(),
        }
    }

    fn expected(&self, expected: &Expected) -> String {
        match expected {
            Expected::YesNo => "bitte mit ja oder nein antworten (j/n)".to_owned(),
            Expected::Choice { options, .. } => {
                let (values, n) = (super::options(options, ('„', '“')), options.len());
                format!("bitte einen dieser Werte angeben: {values}; oder eine Zahl von 1 bis {n}")
            }
            Expected::Text => "bitte einen Text angeben".to_owned(),
            Expected::NotBlank => {
                "diese Frage braucht eine Antwort; sie darf nicht leer bleiben".to_owned()
            }
            Expected::List => "bitte eine Liste von Texteinträgen angeben".to_owned(),
            Expected::Date => "bitte ein Datum wie 15.11.2026 angeben (oder 2026-11-15)".to_owned(),
            Expected::NoSuchDay => {
                "diesen Tag gibt es im Kalender nicht; bitte Tag und Monat prüfen".to_owned()
            }
            Expected::AtMost(most) => {
                format!("zu lang: höchstens {} Zeichen", super::grouped(*most, '.'))
            }
            Expected::LinesOfAtMost(most) => format!(
                "eine Zeile ist zu lang: höchstens {} Zeichen pro Zeile; bitte umbrechen oder kürzen",
                super::grouped(*most, '.')
            ),
            Expected::NotAfter(today) => {
                let today = self.date(*today);
                format!("das Datum liegt in der Zukunft (heute ist der {today})")
            }
        }
    }
}

impl Messages for De {
    fn code(&self) -> &'static str {
        "de"
    }

    fn checklist(&self) -> &'static str {
        include_str!("../../checklists/partner-escalation.de.yaml")
    }

    fn verdict_ready(&self) -> &'static str {
        "Bereit zur Eskalation."
    }

    fn verdict_not_ready(&self) -> &'static str {
        "Noch nicht bereit zur Eskalation."
    }

    fn verdict_not_needed(&self) -> &'static str {
        "Keine Eskalation nötig."
    }

    fn explain_ready(&self) -> &'static str {
        "Wenden Sie sich jetzt an Ihren CSM und schicken Sie das Briefing oder Ihre Beispiele mit."
    }

    fn ask_support_first(&self, case: Option<&str>) -> String {
        match case {
            Some("") => "Bitte sorgen Sie zuerst dafür, dass Adobe unseren Supportfall mit höchster Priorität bearbeitet.".to_owned(),
            Some(number) => format!("Bitte sorgen Sie zuerst dafür, dass Adobe den Supportfall {number} mit höchster Priorität bearbeitet."),
            None => "Bitte helfen Sie mir zuerst, bei Adobe einen Supportfall mit höchster Priorität zu eröffnen.".to_owned(),
        }
    }

    fn explain_ready_draft(&self) -> &'static str {
        "Das Briefing ist ein Entwurf, bis die offenen Punkte ergänzt sind; senden Sie es erst dann an Ihren CSM."
    }

    fn explain_not_ready(&self) -> &'static str {
        "Erledigen Sie zuerst Folgendes und prüfen Sie dann erneut:"
    }

    fn explain_not_needed(&self) -> &'static str {
        "Ihr Partner hat das Anliegen gelöst. Prüfen Sie erneut, falls das Problem wiederkommt."
    }

    fn status_pass(&self) -> &'static str {
        "erledigt"
    }

    fn status_fail(&self) -> &'static str {
        "offen"
    }

    fn status_info(&self) -> &'static str {
        "notiert"
    }

    fn status_stop(&self) -> &'static str {
        "gelöst"
    }

    fn status_skipped(&self) -> &'static str {
        "übersprungen"
    }

    fn warnings(&self) -> &'static str {
        "Hinweise"
    }

    fn revisit(&self, prompt: &str) -> String {
        format!("Sehen Sie sich diese Frage noch einmal an: {prompt}")
    }

    fn md_examples(&self) -> &'static str {
        "Beispiele"
    }

    fn md_next_steps(&self) -> &'static str {
        "Nächste Schritte"
    }

    fn few_entries(&self, name: &str, got: usize, want: usize) -> String {
        format!("{name}: {got} genannt; mit {want} oder mehr wird der Fall klarer")
    }

    fn weak_evidence(&self, entry: &str) -> String {
        format!(
            "„{entry}“ enthält weder Datum noch Link noch Ticketnummer; ergänzen Sie eine Angabe, damit Ihr CSM es schnell prüfen kann"
        )
    }

    fn brief_subject(&self, about: Option<&str>, topic: Option<&str>) -> String {
        match (about, topic) {
            (Some(about), Some(topic)) => format!("Eskalation: {about} – {topic}"),
            (Some(one), None) | (None, Some(one)) => format!("Eskalation: {one}"),
            (None, None) => "Eskalation an das Customer Success Management".to_owned(),
        }
    }

    fn subject_urgent(&self, u: &crate::report::Urgent) -> String {
        // A subject drops the article („Go-Live am 14.12. blockiert“); a
        // date after a noun takes „am“.
        match u.what {
            Some(what) => {
                const ARTICLES: &[&str] = &["der ", "die ", "das ", "den ", "dem ", "des "];
                let bare = ARTICLES
                    .iter()
                    .find_map(|a| {
                        what.get(..a.len())
                            .filter(|head| head.eq_ignore_ascii_case(a))
                            .map(|_| &what[a.len()..])
                    })
                    .unwrap_or(what);
                let on = if u.day.starts_with(|c: char| c.is_ascii_digit()) {
                    "am "
                } else {
                    ""
                };
                format!("{bare} {on}{} {}", u.day, de_risk(u.risk))
            }
            None => format!("{} {}", u.day, de_risk(u.risk)),
        }
    }

    fn subject_since(&self, topic: &str, since: &str) -> String {
        format!("{topic} seit {since}")
    }

    fn go_live(&self) -> &'static str {
        "Go-Live"
    }

    fn subject_draft(&self, subject: &str) -> String {
        format!("ENTWURF – {subject}")
    }

    fn at_risk_sentence(&self, u: &crate::report::Urgent) -> String {
        use crate::report::Risk;
        let day = u.dated(self);
        // The merchant's noun without an article, whose gender is not
        // known: „Gefährdet: Weihnachtsaktion am 18.12.2026“; a clause
        // after the date and a dash: „Gefährdeter Termin: 10.03.2027 –
        // LogiMAT-Messe beginnt“.
        match u.what.filter(|w| !crate::report::sentence::is_clause(w)) {
            Some(what) => {
                let label = match u.risk {
                    Risk::AtRisk => "Gefährdet",
                    Risk::Blocked => "Blockiert",
                    Risk::Missed => "Verpasst",
                };
                let said = crate::report::sentence::with_day(what, &format!("am {day}"));
                format!("{label}: {said}.")
            }
            None => {
                let label = match u.risk {
                    Risk::AtRisk => "Gefährdeter Termin",
                    Risk::Blocked => "Blockierter Termin",
                    Risk::Missed => "Verpasster Termin",
                };
                let what = u.what.map(|w| format!(" \u{2013} {w}")).unwrap_or_default();
                format!("{label}: {day}{what}.")
            }
        }
    }

    fn brief_summary(&self, s: &crate::report::Summary) -> String {
        let mut text = match s.merchant {
            Some(merchant) => format!("{merchant} bittet um Ihre Unterstützung"),
            None => "Ich bitte um Ihre Unterstützung".to_owned(),
        };
        text.push_str(" im Projekt");
        if let Some(project) = s.project {
            text.push_str(&format!(" „{project}“"));
        }
        // The partner's name after a noun, so that it needs no article.
        match s.partner {
            Some(partner) => text.push_str(&format!(" mit dem Implementierungspartner {partner}")),
            None => text.push_str(" mit dem Implementierungspartner"),
        }
        // A whole sentence after the colon keeps its capital: „…: Der
        // Go-Live ist blockiert.“
        if let Some(severity) = s.severity {
            let severity = crate::report::sentence::capitalised(severity);
            text.push_str(&format!(": {severity}"));
        }
        super::end_sentence(&mut text);
        // Only a shop that is down has a day it went down.
        if let Some(since) = &s.since {
            text.push_str(&format!(" Der Ausfall besteht seit dem {since}."));
        }
        if let Some(u) = &s.deadline {
            text.push(' ');
            text.push_str(&self.at_risk_sentence(u));
        }
        if let Some(on) = &s.raised_on {
            text.push_str(&match s.replied {
                Replied::Open => format!(" Am {on} beim Partner angesprochen, bisher ohne Lösung."),
                Replied::Not => format!(" Am {on} beim Partner angesprochen, bisher ohne Antwort."),
                Replied::Refused => {
                    format!(" Am {on} beim Partner angesprochen; die Antwort war eine Absage.")
                }
                Replied::Paid => format!(
                    " Am {on} beim Partner angesprochen; angeboten wurde ein kostenpflichtiger Nachtrag."
                ),
                Replied::Elsewhere => format!(
                    " Am {on} beim Partner angesprochen; laut Antwort liegt die Ursache an anderer Stelle."
                ),
                Replied::ElsewherePaid => format!(
                    " Am {on} beim Partner angesprochen; laut Antwort liegt die Ursache an anderer Stelle, weitere Prüfung nur als kostenpflichtiger Nachtrag."
                ),
                Replied::Answered => format!(
                    " Am {on} beim Partner angesprochen; die Antwort (siehe unten) lässt die Sache offen."
                ),
            });
        }
        text
    }

    fn subject_for_email(&self, subject: &str) -> String {
        format!("Betreff für Ihre E-Mail: {subject}")
    }

    fn draft_thin(&self, n: usize) -> String {
        format!(
            "Entwurf: {n} Punkte noch offen (siehe \u{201e}Noch offen\u{201c}). Ergänzen Sie diese vor dem Versand."
        )
    }

    fn first_words(&self) -> &'static [&'static str] {
        &["zuerst"]
    }

    fn ask_then(&self) -> &'static str {
        "und dann"
    }

    fn draft_send_now(&self, n: usize) -> String {
        format!(
            "Bitte sofort senden: Der Shop ist ausgefallen. {n} Punkte folgen (siehe \u{201e}Noch offen\u{201c}); reichen Sie diese nach, sobald Sie sie haben."
        )
    }

    fn draft_not_ready(&self) -> &'static str {
        "ENTWURF für Ihre eigenen Unterlagen, noch nicht zum Versand. Vor einer Eskalation ist noch zu tun:"
    }

    fn draft_not_needed(&self) -> &'static str {
        "ENTWURF für Ihre eigenen Unterlagen, nicht zum Versand: Der Partner hat das Anliegen gelöst, eine Eskalation ist nicht nötig."
    }

    fn h_problem(&self) -> &'static str {
        "Das Problem"
    }

    fn h_ask(&self) -> &'static str {
        "Meine Bitte an Sie"
    }

    fn h_stakes(&self) -> &'static str {
        "Geschäftliche Auswirkungen"
    }

    fn short_weekday_date(&self, date: Date) -> String {
        const DAYS: [&str; 7] = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."];
        let day = usize::from(date.weekday().to_monday_zero_offset().unsigned_abs());
        format!("{}, {}", DAYS[day], self.date(date))
    }

    fn deadline_by(&self, day: &str) -> String {
        format!("bis {day}")
    }

    fn deadline_from(&self, day: &str) -> String {
        format!("ab {day}")
    }

    fn weekdays(&self) -> &'static [&'static str; 7] {
        &[
            "Montag",
            "Dienstag",
            "Mittwoch",
            "Donnerstag",
            "Freitag",
            "Samstag",
            "Sonntag",
        ]
    }

    fn h_scope(&self) -> &'static str {
        "Leistungsbeschreibung"
    }

    fn no_support_case(&self) -> &'static str {
        "Es gibt keinen Adobe-Supportfall."
    }

    fn support_case_unknown(&self) -> &'static str {
        "Ob es einen Adobe-Supportfall gibt, weiß ich nicht."
    }

    fn nothing_added(&self) -> &'static str {
        "Nach Projektbeginn sind keine Leistungen hinzugekommen."
    }

    fn something_added(&self) -> &'static str {
        "Nach Projektbeginn sind Leistungen hinzugekommen."
    }

    fn h_partner(&self) -> &'static str {
        "Stand beim Partner"
    }

    fn not_raised_yet(&self) -> &'static str {
        "Das Anliegen wurde beim Partner noch nicht angesprochen."
    }

    fn resolved_with_partner(&self) -> &'static str {
        "Der Partner hat das Anliegen gelöst."
    }

    fn raised_with(&self, r: &crate::report::RaisedWith) -> String {
        let mut text = match r.when {
            Some(date) => format!("Am {date}"),
            None => "Bereits".to_owned(),
        };
        if let Some(channel) = r.channel {
            text.push_str(&format!(" {}", super::lower_first(channel)));
        }
        // The partner's name after a noun, so that it needs no article;
        // the person after a label, so that it needs no case ending ("bei
        // Herr Brandt").
        match r.partner {
            Some(partner) => text.push_str(&format!(" beim Partner {partner}")),
            None => text.push_str(" beim Partner"),
        }
        text.push_str(" angesprochen");
        if let Some(person) = r.person {
            text.push_str(&format!("; Ansprechperson: {}", person.name));
            if let Some(role) = person.role {
                text.push_str(&super::aside(role, ", ", ""));
            }
        } else if let Some(role) = r.role {
            text.push_str(&format!("; Ansprechstelle: {role}"));
        }
        super::end_sentence(&mut text);
        text
    }

    fn raised_via(&self, channel: Channel) -> Option<&'static str> {
        match channel {
            // The label names the kind of message („Per E-Mail").
            Channel::Written => None,
            Channel::Call => Some("telefonisch"),
            Channel::Ticket => Some("per Ticket"),
            Channel::Chat => Some("im Chat"),
        }
    }

    fn went_up(&self, _partner: Option<&str>, contact: Option<&str>, went_up: bool) -> String {
        // No company after „bei“: it would need an article.
        let above = contact.map_or(Cow::Borrowed("unsere Ansprechperson"), herrn);
        // „beim Partner“ stands in the sentence before: not again.
        if went_up {
            format!("Über {above} hinaus ist es bereits an höhere Stelle gegangen.")
        } else {
            format!("Eine Eskalation über {above} hinaus gab es bisher nicht.")
        }
    }

    fn their_answer(&self) -> &'static str {
        "Antwort des Partners:"
    }

    fn decider_contact(&self, value: &str, name: Option<&str>, written: bool) -> Option<String> {
        let (whom, to_whom) = match name {
            Some(name) => (herrn(name), herrn(name)),
            None => (
                Cow::Borrowed("die entscheidungsbefugte Person beim Partner"),
                Cow::Borrowed("der entscheidungsbefugten Person beim Partner"),
            ),
        };
        match value {
            "csm" => Some(format!("Sie können {whom} gern direkt ansprechen.")),
            // What came from higher up says that it was written: not twice.
            "me-first" if written => Some(format!(
                "Bevor Sie {whom} ansprechen, kündige ich Sie an und setze Sie in Kopie."
            )),
            "me-first" => Some(format!(
                "Ich schreibe {to_whom} zuerst, mit Ihnen in Kopie."
            )),
            "not-yet" => Some(format!(
                "Bitte sprechen Sie mit mir, bevor Sie {whom} ansprechen."
            )),
            _ => None,
        }
    }

    fn position_to_partner(&self) -> &'static str {
        "Meine Antwort an den Partner"
    }

    fn no_answer_yet(&self) -> &'static str {
        "Bisher gibt es keine Antwort."
    }

    fn h_evidence(&self) -> &'static str {
        "Belege"
    }

    fn h_contact(&self) -> &'static str {
        "So erreichen Sie mich"
    }

    fn severity_tag(&self, value: &str) -> Option<&'static str> {
        match value {
            "live-down" => Some("Shop ausgefallen"),
            "launch-blocked" => Some("Go-Live blockiert"),
            "degraded" => Some("Shop gestört"),
            "delay" => Some("Projekt verzögert"),
            _ => None,
        }
    }

    fn severity_noun(&self, value: &str, live: bool) -> Option<&'static str> {
        match (value, live) {
            ("live-down" | "degraded", true) => Some("Live-Shop"),
            ("live-down" | "degraded", false) => Some("Shop"),
            ("launch-blocked", _) => Some("Go-Live"),
            ("delay", _) => Some("Projekt"),
            _ => None,
        }
    }

    fn severity_summary(&self, value: &str, live: bool) -> Option<&'static str> {
        match (value, live) {
            ("live-down", true) => {
                Some("der Live-Shop ist ausgefallen oder nimmt keine Bestellungen an")
            }
            ("live-down", false) => {
                Some("der Shop ist ausgefallen oder nimmt keine Bestellungen an")
            }
            ("launch-blocked", _) => Some("der Go-Live ist blockiert"),
            ("degraded", true) => {
                Some("der Live-Shop ist gestört und läuft langsam oder fehlerhaft")
            }
            ("degraded", false) => Some("der Shop ist gestört und läuft langsam oder fehlerhaft"),
            // Only what the merchant chose: nothing of a live shop they
            // did not speak of.
            ("delay", _) => Some("das Projekt verzögert sich"),
            _ => None,
        }
    }

    fn severity_topic(&self, value: &str, live: bool) -> Option<&'static str> {
        match (value, live) {
            ("live-down", _) => Some("Shop ausgefallen"),
            ("launch-blocked", _) => Some("Go-Live blockiert"),
            ("degraded", true) => Some("Live-Shop gestört"),
            ("degraded", false) => Some("Shop gestört"),
            ("delay", _) => Some("Projekt verzögert"),
            _ => None,
        }
    }

    fn ask_request(&self, value: &str) -> Option<&'static str> {
        match value {
            "joint-call" => {
                Some("Bitte setzen Sie ein gemeinsames Gespräch mit dem Partner und uns an.")
            }
            "review-plan" => Some("Bitte gehen Sie Leistungsumfang und Planung mit uns durch."),
            "commercial" => Some(
                "Bitte unterstützen Sie uns bei einer vertraglichen oder kaufmännischen Frage gegenüber dem Partner.",
            ),
            _ => None,
        }
    }

    fn ask_commercial_toward(&self) -> &'static str {
        "Bitte sprechen Sie diese Vertragsfrage beim Partner an und setzen Sie sich für das unten genannte Ergebnis ein."
    }

    fn attach_before_sending(&self, contract: bool) -> &'static str {
        if contract {
            "Das Briefing sagt, die Beispiele seien angehängt: Hängen Sie E-Mails, Screenshots oder exportierte Tickets und auch die betroffenen Vertragsseiten an, bevor Sie die E-Mail senden."
        } else {
            "Das Briefing sagt, die Beispiele seien angehängt: Hängen Sie E-Mails, Screenshots oder exportierte Tickets an, bevor Sie die E-Mail senden."
        }
    }

    fn attach_contract_pages(&self) -> &'static str {
        "Das Briefing nennt die strittige Vertragsstelle: Hängen Sie die betroffenen Vertragsseiten an die E-Mail an, bevor Sie sie senden, damit Ihr CSM den Wortlaut lesen kann und nicht nur die Überschrift."
    }

    fn evidence_attached_from(&self, place: &str) -> String {
        format!("Kopien der Beispiele unten sind angehängt. Originale: {place}")
    }

    fn evidence_access(&self, value: &str) -> Option<&'static str> {
        match value {
            "attached" => Some("Kopien der Beispiele unten sind angehängt."),
            "links" => Some("Die Links unten öffnen sich ohne eigenen Zugang."),
            _ => None,
        }
    }

    fn evidence_links_some(&self) -> &'static str {
        "Die verlinkten Beispiele unten öffnen sich ohne eigenen Zugang."
    }

    fn evidence_access_written(&self, value: &str) -> Option<&'static str> {
        match value {
            "attached" => Some(
                "Von den Beispielen unten sind die Dokumente (E-Mails, Tickets, Screenshots, Dateien) in Kopie angehängt; die übrigen beschreibe ich selbst.",
            ),
            _ => None,
        }
    }

    fn evidence_access_partly(&self, value: &str) -> Option<&'static str> {
        match value {
            "attached" => Some(
                "Kopien der Beispiele unten sind angehängt, soweit ich sie habe; einige liegen in einem System, auf das ich keinen Zugriff habe.",
            ),
            "on-request" => Some(
                "Die Beispiele unten sende ich Ihnen auf Anfrage, soweit ich sie habe; einige liegen in einem System, auf das ich keinen Zugriff habe.",
            ),
            _ => None,
        }
    }

    fn day_names(&self) -> &'static [&'static str] {
        &[
            "montag",
            "dienstag",
            "mittwoch",
            "donnerstag",
            "freitag",
            "samstag",
            "sonntag",
            "morgen",
            "übermorgen",
            "sofort",
            "umgehend",
        ]
    }

    fn gap_what(&self, kind: crate::report::GapKind) -> &'static str {
        use crate::report::GapKind::*;
        match kind {
            Company => "der Name Ihres Unternehmens, wie er in Ihrem Adobe-Vertrag steht",
            Environment => {
                "wo das Problem auftritt: die Produktiv-URL oder das Cloud-Projekt und die betroffene Erweiterung oder Schnittstelle"
            }
            Outcome => "das Ergebnis, das Sie erwarten, und bis wann",
            AccountId => "Ihre Adobe-Organisations-ID oder Vertragsnummer",
            AccountIdFormat => {
                "Ihre Adobe-Organisations-ID oder Vertragsnummer: Ihre Angabe sieht nach keinem von beiden aus (eine Organisations-ID hat 24 Hex-Zeichen und endet auf @AdobeOrg)"
            }
            CloudProject => "die ID Ihres Cloud-Projekts",
            CloudProjectFormat => {
                "die ID Ihres Cloud-Projekts: Ihre Angabe sieht nicht danach aus (Buchstaben und Ziffern, etwa abc12de3fgh4i)"
            }
            Clause => {
                "die strittige Stelle der Leistungsbeschreibung und ob ein Festpreis oder eine Abrechnung nach Aufwand vereinbart ist"
            }
            Request => "was genau Ihr CSM tun soll, in Ihren Worten",
            RequestAction => {
                "was Ihr CSM in der kaufmännischen Frage konkret tun soll: den Partner anrufen, ein gemeinsames Gespräch moderieren oder eine Einschätzung geben"
            }
            OutcomeDate => "der Termin, bis zu dem Sie das Ergebnis brauchen",
            SupportCase => "ein Adobe-Supportfall, da der Live-Shop betroffen ist",
            SupportCaseProduct => "ein Adobe-Supportfall, da Sie nach dem Produkt selbst fragen",
            SupportCaseFormat => "die Nummer Ihres Adobe-Supportfalls: Ihre Angabe enthält keine",
            PartnerRole => "Vor- und Nachname und Funktion Ihrer Ansprechperson beim Partner",
            Decider => "die entscheidungsbefugte Person beim Partner (Vor- und Nachname, Funktion)",
            EvidenceAccess => "die Beispiele selbst, nicht erst auf Anfrage",
            EvidenceHow => "wie er die Beispiele einsehen kann",
            EvidenceOutOfReach => {
                "Kopien der Beispiele: Die Links führen in ein System, das Ihr CSM nicht öffnen kann"
            }
            NoteImpact => "die Angabe, was das Problem Sie kostet",
            NoteDate => "ein gefährdeter Termin",
            NoteReach => "eine Telefonnummer oder E-Mail-Adresse, unter der man Sie erreicht",
            EvidenceLinks => "die Links zu den Beispielen: es ist keiner angegeben",
            EvidenceWhere => "wo die Originale der Beispiele liegen",
            Reach => "Ihr voller Name, eine Telefonnummer und Ihre Erreichbarkeit",
            ReachName => "Ihr voller Name",
            ReachPhone => "eine Telefonnummer und Ihre Erreichbarkeit",
            DeciderReach => {
                "eine Telefonnummer oder E-Mail-Adresse der entscheidungsbefugten Person beim Partner"
            }
            ContactReach => {
                "eine Telefonnummer oder E-Mail-Adresse Ihrer Ansprechperson beim Partner, an die sich Ihr CSM wenden darf"
            }
            DeciderAsked => {
                "ob Ihr CSM die entscheidungsbefugte Person jetzt ansprechen darf: Ihre Bitte nennt sie, nach Ihrer Auswahl soll er aber zuerst mit Ihnen sprechen"
            }
            DeciderContact => {
                "ob Ihr CSM sich direkt an den Partner wenden darf (an die entscheidungsbefugte Person oder Ihre Ansprechperson dort) oder Sie zuerst schreiben"
            }
            WentUpAnswer => "wann es beim Partner an höhere Stelle ging und was als Antwort kam",
            Position => {
                "Ihre Sicht, auch auf die Antwort des Partners, falls eine kam, und ob Sie sich auf den Vertrag berufen haben"
            }
            ProblemSince => "seit wann das Problem besteht",
            Impact => "was auf dem Spiel steht, wenn möglich in Euro",
            Product => "ob der Shop in Adobes Cloud oder On-Premises läuft",
            SlaInvoked => "ob und wann Sie das SLA schriftlich geltend gemacht haben",
            Currency => "die Währung eines Betrags",
            Unsure => "eine sichere Angabe, wo Ihre Antwort mit „weiß nicht“ beginnt",
            ReplyDate => "das Datum der Antwort des Partners",
        }
    }

    fn gap_where(&self, kind: crate::report::GapKind) -> &'static str {
        use crate::report::GapKind::*;
        match kind {
            Company => "Daran findet Ihr CSM Ihr Konto.",
            Environment => {
                "Etwa „www.example.de, Cloud-Projekt abc123xyz, die Adyen-Zahlungserweiterung“."
            }
            Outcome => "Etwa „Checkout läuft wieder bis 04.12.“.",
            AccountId => {
                "Die Organisations-ID steht in der Adobe Admin Console (adminconsole.adobe.com) im Menü unter Ihrem Profilbild, die Vertragsnummer auf Ihrem Adobe-Bestellformular."
            }
            CloudProject => {
                "Sie steht in der Adresse des Projekts in der Cloud Console (console.adobecommerce.com); auch Ihr Partner kennt sie."
            }
            Clause => {
                "Schlagen Sie sie in der Leistungsbeschreibung oder im Auftrag nach, etwa „LB-2026-014, Abschnitt 4.2; Festpreis“; gibt es keine, schreiben Sie „keine“ und den Vertrag, den Sie haben."
            }
            Request => "Ein Satz genügt: wer was bis wann tun soll.",
            RequestAction => {
                "Ein Satz genügt, etwa „die Geschäftsführung des Partners anrufen und die Bereinigung im Festpreis einfordern“."
            }
            OutcomeDate => "Nennen Sie den Tag, etwa „bis 04.12.“.",
            SupportCase => {
                "Eröffnen Sie einen Fall beim Adobe-Support (experienceleague.adobe.com, Support) und nennen Sie die Nummer."
            }
            SupportCaseProduct => self.gap_where(SupportCase),
            AccountIdFormat => self.gap_where(AccountId),
            CloudProjectFormat => self.gap_where(CloudProject),
            SupportCaseFormat => {
                "Sie steht in der Bestätigung, die der Adobe-Support beim Eröffnen des Falls geschickt hat; das Briefing zeigt Ihre Angabe so, wie Sie sie gemacht haben."
            }
            PartnerRole => "Ergänzen Sie sie nach einem Komma, etwa „Tom Wagner, Projektleiter“.",
            Decider => {
                "Nennen Sie Geschäftsführung oder Account-Verantwortliche, etwa „Jana Brandt, Geschäftsführerin“."
            }
            EvidenceAccess => {
                "Hängen Sie E-Mails, Screenshots oder exportierte Tickets an die E-Mail an."
            }
            EvidenceHow => {
                "Hängen Sie E-Mails, Screenshots oder exportierte Tickets an die E-Mail an, oder nennen Sie Links, die Ihr CSM öffnen kann, und wählen Sie, was zutrifft."
            }
            EvidenceOutOfReach => {
                "Exportieren Sie die Tickets oder machen Sie Screenshots, hängen Sie sie an die E-Mail an und wählen Sie, dass die Beispiele angehängt sind."
            }
            EvidenceLinks => {
                "Ergänzen Sie die Links zu den Beispielen, oder wählen Sie, sie der E-Mail anzuhängen."
            }
            EvidenceWhere => {
                "Nennen Sie Postfach, Ordner oder System, etwa „mein Postfach, Ordner ‚Agentur‘; Tickets in unserem Jira“."
            }
            Reach | ReachPhone => {
                "Ergänzen Sie sie nach Ihrem Namen, etwa „+49 30 1234567, werktags 9–12 Uhr“."
            }
            ReachName => "Nennen Sie Vor- und Nachnamen, etwa „Markus Albrecht, Leiter Vertrieb“.",
            NoteImpact => {
                "Nennen Sie es in Geld, Bestellungen oder Kunden, etwa „rund 40 Bestellungen am Tag“."
            }
            NoteDate => {
                "Nennen Sie den gefährdeten Tag, etwa einen Start oder eine Aktion, falls es einen gibt."
            }
            NoteReach => {
                "Ergänzen Sie sie nach Ihrem Namen, etwa „Eva Hart, Inhaberin, eva@example.de“."
            }
            DeciderReach => {
                "Ergänzen Sie sie nach der Funktion, etwa „Jana Brandt, Geschäftsführerin, +49 40 1234567“."
            }
            ContactReach => {
                "Ergänzen Sie sie nach der Funktion, etwa „Tom Wagner, Projektleiter, tom@acme.example“."
            }
            DeciderAsked => {
                "Wählen Sie „Ja, mein CSM darf sie direkt ansprechen“, oder formulieren Sie Ihre Bitte ohne sie."
            }
            DeciderContact => {
                "Wählen Sie: Ihr CSM spricht sie an, Sie schreiben zuerst mit Ihrem CSM in Kopie, oder Ihr CSM spricht zuerst mit Ihnen."
            }
            ProblemSince => "Nennen Sie den Tag, an dem es begann, etwa „seit 03.11.“.",
            Impact => {
                "Etwa „rund 12.000 EUR Umsatz am Tag“ oder „die Launch-Kampagne ist gebucht“."
            }
            Product => "Ihr Partner weiß es, oder es steht auf Ihrem Adobe-Bestellformular.",
            SlaInvoked => {
                "Ergänzen Sie es in Ihrer Sicht, etwa „SLA am 25.11. schriftlich geltend gemacht“; auch die Nachricht an Ihren Partner gibt Ihre Sicht wieder."
            }
            Currency => "Nennen Sie sie bei jedem Betrag, etwa „14.000 EUR“ oder „11.200 CHF“.",
            Unsure => {
                "Nennen Sie, was Sie sicher wissen; sonst stehen Ihre Worte so im Briefing, als noch offen vermerkt."
            }
            ReplyDate => "Fügen Sie die E-Mail mit ihrer Zeile „Gesendet:“ oder „Datum:“ ein.",
            Position => {
                "Ein, zwei Sätze, und ob Sie ein SLA schriftlich geltend gemacht oder eine Rechnung beanstandet oder zurückgehalten haben; auch die Nachricht an Ihren Partner gibt sie wieder."
            }
            WentUpAnswer => {
                "Nennen Sie Tag, Person und Antwort, etwa „am 18.11. an Derek Olsen geschrieben, keine Antwort“."
            }
        }
    }

    fn open_point(&self, kind: crate::report::GapKind, label: &str) -> Option<String> {
        use crate::report::GapKind::*;
        let point = match kind {
            Company => "Unser Firmenname, wie er im Adobe-Vertrag steht",
            Environment => {
                "Wo das Problem auftritt (Produktiv-URL oder Cloud-Projekt, betroffene Erweiterung)"
            }
            Outcome => "Das gewünschte Ergebnis und bis wann",
            AccountId => "Unsere Adobe-Organisations-ID oder Vertragsnummer",
            AccountIdFormat => "Die oben angegebene Adobe-Organisations-ID oder Vertragsnummer",
            CloudProject => "Die ID des Cloud-Projekts",
            CloudProjectFormat => "Die oben angegebene ID des Cloud-Projekts",
            Clause => return Some(self.open_clause(None)),
            Request => "Worum genau ich Sie bitte, in einem Satz",
            RequestAction => "Was Sie in der kaufmännischen Frage für mich tun sollen",
            OutcomeDate => "Bis wann ich das Ergebnis brauche",
            SupportCase | SupportCaseProduct => {
                "Die Nummer eines Adobe-Supportfalls, sobald einer eröffnet ist"
            }
            SupportCaseFormat => "Die Nummer des Adobe-Supportfalls",
            PartnerRole => "Name und Funktion meiner Ansprechperson beim Partner",
            Decider => "Wer beim Partner entscheidet, mit Name und Funktion",
            EvidenceAccess => "Kopien der Beispiele",
            EvidenceHow => "Kopien der Beispiele oder Links dorthin",
            EvidenceOutOfReach => {
                "Kopien der Beispiele, da die Links in ein System führen, das Sie nicht öffnen können"
            }
            EvidenceLinks => "Die Links zu den Beispielen",
            EvidenceWhere => "Wo die Originale der Beispiele liegen",
            DeciderReach => {
                "Telefonnummer oder E-Mail-Adresse der entscheidungsbefugten Person beim Partner"
            }
            ContactReach => "Telefonnummer oder E-Mail-Adresse meiner Ansprechperson beim Partner",
            DeciderAsked => {
                "Ob Sie die entscheidungsbefugte Person, die meine Bitte nennt, schon jetzt ansprechen dürfen"
            }
            DeciderContact => "Ob Sie sich direkt an den Partner wenden dürfen",
            WentUpAnswer => "Wann es beim Partner an höhere Stelle ging und was zurückkam",
            Position => {
                "Meine Haltung gegenüber dem Partner und ob ich mich auf den Vertrag berufen habe"
            }
            ProblemSince => "Seit wann das Problem besteht",
            Impact => "Die geschäftlichen Auswirkungen, möglichst beziffert",
            Product => "Ob der Shop in Adobes Cloud oder On-Premises läuft",
            SlaInvoked => "Ob und wann ich das SLA schriftlich geltend gemacht habe",
            Currency if !label.is_empty() => {
                return Some(format!("Die Währung jedes Betrags unter „{label}“"));
            }
            Currency => "Die Währung eines Betrags",
            Unsure => return Some(self.open_unsure(None, label)),
            ReplyDate => "Das Datum der Antwort des Partners",
            Reach => return Some(self.open_reach(true, true)),
            ReachName => return Some(self.open_reach(true, false)),
            ReachPhone => return Some(self.open_reach(false, true)),
            NoteImpact | NoteDate | NoteReach => return None,
        };
        Some(point.to_owned())
    }

    fn open_reach(&self, full_name: bool, phone: bool) -> String {
        match (full_name, phone) {
            (true, true) => "Mein vollständiger Name und eine Telefonnummer",
            (true, false) => "Mein vollständiger Name",
            _ => "Eine Telefonnummer, unter der Sie mich erreichen",
        }
        .to_owned()
    }

    fn open_lead(&self, confirm: bool, after: bool) -> &'static str {
        match (confirm, after) {
            (false, _) => "Folgendes reiche ich nach, sobald ich es habe:",
            (true, false) => "Folgendes bestätige ich noch:",
            (true, true) => "Außerdem bestätige ich noch:",
        }
    }

    fn open_copies_of_documents(&self) -> &'static str {
        "Kopien der E-Mails, Tickets und Dateien unter den Beispielen"
    }

    fn h_open(&self) -> &'static str {
        "Noch offen"
    }

    fn open_unsure(&self, role: Option<crate::checklist::Role>, label: &str) -> String {
        use crate::checklist::Role;
        let thing = match role {
            Some(Role::Clause) => return self.open_clause(None),
            Some(Role::Impact) => "Die geschäftlichen Auswirkungen, möglichst beziffert",
            Some(Role::AddedDetail) => "Was hinzukam und was es für Zeit und Kosten bedeutet",
            Some(Role::AccountId) => "Unsere Adobe-Organisations-ID oder Vertragsnummer",
            Some(Role::SupportCase) => "Ob es einen Adobe-Supportfall gibt",
            Some(Role::Environment) => "Wo das Problem auftritt",
            Some(Role::Decider) => "Wer beim Partner entscheidet",
            Some(Role::PartnerPerson) => "Meine Ansprechperson beim Partner",
            _ if !label.is_empty() => return label.to_owned(),
            _ => "Eine Angabe oben, bei der ich unsicher bin",
        };
        thing.to_owned()
    }

    fn open_clause(&self, believed: Option<crate::report::Pricing>) -> String {
        use crate::report::Pricing;
        match believed {
            None => "Die strittige Stelle der Leistungsbeschreibung und ob ein Festpreis oder eine Abrechnung nach Aufwand vereinbart ist",
            Some(Pricing::Fixed) => "Die strittige Stelle und ob, wie ich annehme, ein Festpreis vereinbart ist",
            Some(Pricing::TimeAndMaterials) => "Die strittige Stelle und ob, wie ich annehme, nach Aufwand abgerechnet wird",
        }
        .to_owned()
    }

    fn contract_instead(&self) -> &'static str {
        "Vertrag (keine Leistungsbeschreibung)"
    }

    fn brief_open_points(&self, n: usize) -> String {
        let (points, them) = if n == 1 {
            ("ist ein Punkt".to_owned(), "ihn")
        } else {
            (format!("sind {n} Punkte"), "sie")
        };
        format!(
            "Im Briefing {points} offen, aufgeführt unter „Noch offen“: Wenn Sie {them} vor dem Versand beantworten, erspart das Ihrem CSM eine Rückfrage."
        )
    }

    fn brief_thin(&self, n: usize, gather: &[crate::report::GapKind]) -> String {
        use crate::report::GapKind::*;
        let gather: Vec<&str> = gather
            .iter()
            .map(|kind| match kind {
                Environment => "wo das Problem auftritt",
                Product => "ob der Shop in der Cloud oder On-Premises läuft",
                Impact => "was auf dem Spiel steht",
                Outcome => "das gewünschte Ergebnis",
                _ => "bis wann Sie das Ergebnis brauchen",
            })
            .collect();
        let gather = match gather.as_slice() {
            [] => String::new(),
            [one] => format!(" Klären Sie vor allem: {one}."),
            [rest @ .., last] => {
                format!(" Klären Sie vor allem: {} und {last}.", rest.join(", "))
            }
        };
        format!(
            "Das Briefing ist noch zu dünn, um damit zu arbeiten: Es lässt {n} Punkte offen, und Ihr CSM wird vor dem ersten Schritt zu jedem nachfragen.{gather} Beantworten Sie vor dem Versand auch den Rest unter „Noch offen“."
        )
    }

    fn brief_send_now(&self, n: usize) -> String {
        if n == 1 {
            return "Der Shop ist ausgefallen: Senden Sie das Briefing jetzt an Ihren CSM. Es lässt einen Punkt offen, aufgeführt unter „Noch offen“; reichen Sie ihn nach, sobald Sie ihn haben.".to_owned();
        }
        format!(
            "Der Shop ist ausgefallen: Senden Sie das Briefing jetzt an Ihren CSM. Es lässt {n} Punkte offen, aufgeführt unter „Noch offen“; reichen Sie diese nach, sobald Sie sie haben."
        )
    }
    fn open_person(&self, name: &str, surname: bool, role: bool) -> String {
        let name = herrn(name);
        match (surname, role) {
            (true, true) => format!("Nachname und Funktion von {name}"),
            (true, false) => format!("Der Nachname von {name}"),
            _ => format!("Die Funktion von {name}"),
        }
    }

    fn open_person_reach(&self, name: &str) -> String {
        let name = herrn(name);
        format!("Telefonnummer oder E-Mail-Adresse von {name}")
    }

    fn gap_warning(&self, kind: crate::report::GapKind, key: &str) -> String {
        format!(
            "Im Briefing fehlt: {} ({key}). Ihr CSM wird danach fragen. {}",
            self.gap_what(kind),
            self.gap_where(kind)
        )
    }

    fn gaps_intro(&self) -> &'static str {
        "Bevor Ihr CSM handelt, wird er Sie danach fragen:"
    }

    fn gaps_offer(&self) -> &'static str {
        "Möchten Sie das jetzt ergänzen, damit es im Briefing steht?"
    }

    fn gaps_answer_now(&self) -> &'static str {
        "Jetzt ergänzen"
    }

    fn gaps_as_is(&self) -> &'static str {
        "Briefing so schreiben"
    }

    fn reword_intro(&self) -> &'static str {
        "Die Nachricht an Ihren Partner lässt diese Sätze aus, da Sie sie für Ihren CSM geschrieben haben:"
    }

    fn reword_offer(&self) -> &'static str {
        "Jetzt so umformulieren, dass sie für Partner und CSM passen?"
    }

    fn reword_now(&self) -> &'static str {
        "Jetzt umformulieren"
    }

    fn reword_as_is(&self) -> &'static str {
        "Nachricht ohne sie schreiben"
    }

    fn reword_line(
        &self,
        label: &str,
        sentence: &str,
        audience: crate::report::Audience,
    ) -> String {
        let why = match audience {
            crate::report::Audience::AboutPartner => "spricht über Ihren Partner",
            crate::report::Audience::ToCsm => "richtet sich an Ihren CSM",
            crate::report::Audience::Judges => "bewertet Ihren Partner",
        };
        format!("{label}: „{sentence}“ {why}")
    }

    fn can_pass_on(&self, date: &str) -> String {
        format!("Ab dem {date} kann die Prüfung bestanden werden.")
    }

    fn day_because(&self, day: &str, why: super::Early) -> String {
        match why {
            super::Early::AtRisk(at_risk) => format!(
                "{day}, damit Ihrem CSM vor Ihrem gefährdeten Termin ({at_risk}) noch ein Werktag bleibt"
            ),
            super::Early::LiveDown => format!("{day} (heute), da Ihr Live-Shop ausgefallen ist"),
        }
    }

    fn wait_until(&self, by: &str) -> String {
        format!(
            "Geben Sie Ihrem Partner Zeit für eine Antwort, bevor Sie eskalieren: bis zum {by}. Ab diesem Tag kann die Prüfung bestanden werden."
        )
    }

    fn ask_answer_by(&self, by: &str) -> String {
        format!("Bitten Sie um eine Antwort bis {by}.")
    }

    fn at_risk_too_near(&self, at_risk: &str) -> String {
        format!(
            "Der gefährdete Termin am {at_risk} ist zu nah, um abzuwarten: Bitten Sie noch heute um eine Antwort. {}",
            self.pass_once_raised()
        )
    }

    fn pass_once_raised(&self) -> &'static str {
        "Die Prüfung kann bestehen, sobald Sie die Sache angesprochen haben."
    }

    fn note_subject(&self, about: &str, by: crate::report::note::By) -> String {
        use crate::report::note::By;
        match by {
            By::Day(by) => format!("{about}: Bitte um Antwort bis {by}"),
            By::Today => format!("{about}: Bitte um Antwort noch heute"),
            By::Open => format!("{about}: Bitte um baldige Antwort"),
        }
    }

    fn brief_nameless_greeting(&self) -> &'static str {
        "Guten Tag,"
    }

    fn note_greeting(&self, to: Option<Addressee>) -> String {
        match to {
            Some(Addressee {
                title: Some(Title::Mr),
                name,
                ..
            }) => format!("Sehr geehrter Herr {name},"),
            Some(Addressee {
                title: Some(Title::Ms),
                name,
                ..
            }) => format!("Sehr geehrte Frau {name},"),
            // Frau or Herr would be a guess: without a title, the full
            // name as written, which needs none ("Guten Tag Dr. Anna
            // Weber,"); a degree and surname alone would need one.
            Some(Addressee {
                name,
                first_name: true,
                ..
            }) => format!("Guten Tag {name},"),
            Some(_) | None => "Sehr geehrte Damen und Herren,".to_owned(),
        }
    }

    fn note_follow_up(&self, on: Option<&str>, via: Option<Channel>, below: bool) -> String {
        let how = match via {
            Some(Channel::Written) => "habe ich Ihnen zu dem folgenden Problem geschrieben",
            Some(Channel::Call) => {
                "habe ich das folgende Problem in einem Gespräch mit Ihnen angesprochen"
            }
            Some(Channel::Ticket) => "habe ich das folgende Problem in Ihrem Ticketsystem gemeldet",
            Some(Channel::Chat) => "habe ich das folgende Problem im Chat mit Ihnen angesprochen",
            None => "habe ich das folgende Problem bei Ihnen angesprochen",
        };
        // Folgt kein Problem, verwiese „folgende" ins Leere.
        let how = if below {
            how.to_owned()
        } else {
            how.replace("dem folgenden Problem", "unserem Anliegen")
                .replace("das folgende Problem", "unser Anliegen")
        };
        match on {
            Some(date) => format!("am {date} {how}."),
            None => format!("ich {}.", how.replacen("habe ich", "habe", 1)),
        }
    }

    fn note_only_spoken(&self) -> &'static str {
        "Was Sie mir bisher gesagt haben, hat das Problem nicht gelöst; es besteht weiter."
    }

    fn note_no_reply(&self) -> &'static str {
        "Eine Antwort von Ihnen habe ich bis heute nicht erhalten, und das Problem besteht weiter."
    }

    fn note_still_open(&self) -> &'static str {
        "Für uns ist die Sache damit nicht erledigt."
    }

    fn note_reply(
        &self,
        via: Option<Channel>,
        on: Option<&str>,
        thanks: bool,
        below: bool,
        raised: crate::report::note::Before,
    ) -> String {
        use crate::report::note::Before;
        let (what, when) = match via {
            Some(Channel::Written) => ("Ihre E-Mail", "vom"),
            Some(Channel::Call) => ("unser Telefonat", "am"),
            Some(Channel::Ticket) => ("Ihre Antwort im Ticket", "vom"),
            Some(Channel::Chat) => ("Ihre Nachricht", "vom"),
            None => ("Ihre Antwort", "vom"),
        };
        // The letter's first sentence goes on from the greeting's comma.
        let lead = if thanks {
            "vielen Dank für"
        } else {
            "ich beziehe mich auf"
        };
        let reply = match on {
            Some(on) => format!("{what} {when} {on}"),
            None => what.to_owned(),
        };
        let about = if below {
            "zu dem folgenden Problem"
        } else {
            "zu unserem Anliegen"
        };
        let how = |day: &str, channel: Option<Channel>| match channel {
            Some(Channel::Written) => format!("das ich Ihnen {day} geschildert habe"),
            Some(Channel::Call) => {
                format!("das ich {day} in einem Gespräch mit Ihnen angesprochen habe")
            }
            Some(Channel::Ticket) => format!("das ich {day} in Ihrem Ticketsystem gemeldet habe"),
            Some(Channel::Chat) => format!("das ich {day} im Chat mit Ihnen angesprochen habe"),
            None => format!("das ich {day} bei Ihnen angesprochen habe"),
        };
        let raised = match raised {
            Before::On(day, channel) => format!(", {}", how(&format!("am {day}"), channel)),
            Before::SameDay(channel) => format!(", {}", how("am selben Tag", channel)),
            Before::Unsaid => String::new(),
        };
        format!("{lead} {reply} {about}{raised}.")
    }

    fn note_went_up(
        &self,
        to: Option<&str>,
        role: Option<&str>,
        on: Option<&str>,
        came: crate::report::note::Higher,
    ) -> String {
        use crate::report::note::Higher;
        // Who confirmed the answer, by Herr or Frau when given.
        let mut buf = String::new();
        // Named once: after the name, „er" or „sie", by Herr or Frau, else
        // by the role's form („Geschäftsführerin", „Geschäftsführer").
        let pronoun = match to.and_then(|to| crate::report::addressee(to, &mut buf)) {
            Some(a) if a.title == Some(Title::Mr) => Some("er"),
            Some(a) if a.title == Some(Title::Ms) => Some("sie"),
            _ => match role {
                Some(role) if role.ends_with("in") => Some("sie"),
                Some(_) => Some("er"),
                None => None,
            },
        };
        let to_name = to;
        // „an Frau Lang" only when Frau or Herr was given, else the name
        // as written; the role after it, declined for Herr or Frau, else
        // in brackets.
        let to = to.map_or_else(
            || "an eine höhere Stelle in Ihrem Haus".to_owned(),
            |to| {
                let mut buf = String::new();
                match (crate::report::addressee(to, &mut buf), role) {
                    (Some(a), Some(role)) if a.title == Some(Title::Mr) => {
                        format!("an Herrn {}, Ihren {role},", a.formal())
                    }
                    (Some(a), Some(role)) if a.title == Some(Title::Ms) => {
                        format!("an Frau {}, Ihre {role},", a.formal())
                    }
                    (Some(a), None) if a.title == Some(Title::Mr) => {
                        format!("an Herrn {}", a.formal())
                    }
                    (Some(a), None) if a.title == Some(Title::Ms) => {
                        format!("an Frau {}", a.formal())
                    }
                    // Without Herr or Frau, the role's own ending says
                    // which („Geschäftsführerin").
                    (_, Some(role)) if role.ends_with("in") => {
                        format!("an {}, Ihre {role},", herrn(to))
                    }
                    (_, Some(role)) => format!("an {}, Ihren {role},", herrn(to)),
                    (_, None) => format!("an {}", herrn(to)),
                }
            },
        );
        if came == Higher::Voicemail {
            let whom = to.strip_prefix("an ").unwrap_or(&to);
            let called = match on {
                Some(on) => format!("Am {on} habe ich außerdem {whom} angerufen"),
                None => format!("Ich habe außerdem {whom} angerufen"),
            };
            return format!(
                "{called} und eine Nachricht auf der Mailbox hinterlassen; zurückgerufen hat mich bisher niemand."
            );
        }
        let said = match on {
            Some(on) => format!("Am {on} habe ich mich außerdem {to} gewandt"),
            None => format!("Ich habe mich außerdem {to} gewandt"),
        };
        match (came, pronoun) {
            (Higher::NotAnswered, _) => format!("{said}; eine Antwort steht noch aus."),
            (Higher::Upheld, Some(pronoun)) => {
                format!("{said}; {pronoun} hat Ihre Antwort bestätigt.")
            }
            // The name is not said twice in a row.
            (Higher::Upheld, None) => match to_name {
                Some(_) => format!("{said}; Ihre Antwort wurde mir dabei bestätigt."),
                None => format!("{said}; auch dort wurde Ihre Antwort bestätigt."),
            },
            (Higher::Unsaid | Higher::Voicemail, _) => format!("{said}."),
        }
    }

    fn note_position_neutral(&self) -> &'static str {
        "Ihre Antwort können wir so nicht akzeptieren."
    }

    fn note_they_wrote(&self, said: &str) -> String {
        format!("Sie schrieben: \u{201e}{said}\u{201c}")
    }

    fn note_opening(&self, project: Option<&str>) -> String {
        match project {
            Some(project) => {
                format!("ich wende mich mit einem Anliegen zum Projekt „{project}“ an Sie.")
            }
            // The problem follows, and the subject names it: not said
            // twice before it is told.
            None => "ich möchte Sie auf das folgende Problem aufmerksam machen.".to_owned(),
        }
    }

    fn reply_subject(&self, theirs: &str) -> String {
        format!("AW: {theirs}")
    }

    fn note_in_short(&self, what: &str) -> String {
        format!("Das Problem in wenigen Worten: {what}.")
    }

    fn note_examples(&self, several: bool) -> &'static str {
        if several {
            "Einige Beispiele:"
        } else {
            "Ein Beispiel:"
        }
    }

    fn note_clause(&self, clause: &str) -> String {
        // Kein zweiter Doppelpunkt vor dem der Klausel.
        if clause.contains(':') {
            format!("Maßgeblich ist hier {clause}")
        } else {
            format!("Das ist Bestandteil unserer Vereinbarung: {clause}")
        }
    }

    fn note_outcome(&self) -> &'static str {
        "Konkret benötige ich von Ihnen:"
    }

    fn note_at_risk(&self, u: &crate::report::Urgent, dated: bool, after: bool) -> String {
        use crate::report::Risk;
        let day = u.dated(self);
        // A date after its weekday is an aside, closed by a comma before
        // the sentence goes on ("am Montag, 14.12.2026, gefährdet").
        let date = if dated {
            let close = if day.contains(',') { "," } else { "" };
            format!(" am {day}{close}")
        } else {
            String::new()
        };
        // After what is at stake, a further harm ("Außerdem …"), not one
        // that follows from the money lost ("Damit …").
        let lead = if after || !dated {
            "Außerdem"
        } else {
            "Damit"
        };
        // A short noun the merchant named is the subject, its date after
        // it ("unser Go-live am 01.02.2027"); anything longer follows the
        // word Termin in brackets.
        let (what, aside) = match u.what.map(str::trim) {
            Some(what) if event_noun(what) => (owned_event(what), String::new()),
            Some(what) => ("unser Termin".to_owned(), format!(" \u{2013} {what}")),
            None => ("unser Termin".to_owned(), String::new()),
        };
        // The event stays the subject, whatever its gender: no article
        // to fit to an object.
        let state = match u.risk {
            Risk::AtRisk => "gefährdet",
            Risk::Blocked => "nicht mehr zu halten",
            Risk::Missed => "bereits verpasst",
        };
        format!("{lead} ist {what}{date} {state}{aside}.")
    }

    fn note_impact(&self, fragment: &str, consequence: bool) -> String {
        if consequence {
            format!("Für unser Geschäft heißt das: {fragment}")
        } else {
            // Ein ganzer Satz nach dem Doppelpunkt beginnt groß.
            format!(
                "Der Zeitpunkt ist entscheidend: {}",
                crate::report::sentence::capitalised(fragment)
            )
        }
    }

    fn note_request(
        &self,
        by: crate::report::note::By,
        at_risk: Option<&str>,
        live: crate::report::note::Live,
        ask: crate::report::note::Ask,
        due: crate::report::note::Due,
        reply: crate::report::note::Reply,
    ) -> String {
        use crate::report::note::{Ask, By, Call, Due, Kept, Live};
        let call = match reply.call {
            Call::Theirs => Some(
                "Gern können wir das auch in dem von Ihnen vorgeschlagenen Gespräch besprechen.",
            ),
            // A call the merchant did not offer would soften the ask.
            Call::Unasked => None,
        };
        let with_call = |text: String| match call {
            Some(call) => format!("{text} {call}"),
            None => text,
        };
        // Who handles it is asked only when no one is named.
        let who = (!reply.named).then_some("wer sich bei Ihnen darum kümmert");
        // An outcome with its own time is due then: no day of the note's
        // own competes with it, nor a date at risk that it may replace.
        // One later than the day to answer by, or no day, is not asked
        // for later: how they will meet it is asked by that day.
        let today = due == Due::Today;
        let first = matches!(due, Due::First { .. });
        let sent = due == Due::Send;
        let how = match due {
            Due::Confirm(kept) | Due::First { later: kept, .. } => {
                let kept = match (kept, first) {
                    (Kept::Date, false) => "diesen Termin",
                    (Kept::Deadline, false) => "diese Frist",
                    (Kept::Deadlines, false) => "diese Fristen",
                    (Kept::Date, true) => "den späteren Termin",
                    (Kept::Deadline, true) => "die spätere Frist",
                    (Kept::Deadlines, true) => "die späteren Fristen",
                };
                Some(match who {
                    Some(who) => format!("{who} und wie Sie {kept} einhalten werden"),
                    None => format!("wie Sie {kept} einhalten werden"),
                })
            }
            Due::Today | Due::Then | Due::Send => None,
        };
        // Of several parts, the nearest due by the day to answer by is
        // expected then: the outcome just above names its day.
        let part_when = match due {
            Due::First { today: true, .. } => "noch heute",
            _ => "fristgerecht",
        };
        let part = format!("Den ersten Teil erwarte ich von Ihnen {part_when}");
        let due = match due {
            Due::Today => "noch heute",
            Due::Then | Due::Confirm(_) | Due::First { .. } | Due::Send => "bis dahin",
        };
        if live == Live::Down {
            let plan = "Ihren Plan, wie der Shop wieder in Betrieb geht \u{2013} durch eine Fehlerbehebung oder ein Rollback";
            let request = match (ask, who) {
                (Ask::Timed, _) if first => format!(
                    "{part}; bitte sagen Sie mir noch heute, {}",
                    how.as_deref().unwrap_or_default()
                ),
                (Ask::Timed, _) if how.is_some() => format!(
                    "Bitte sagen Sie mir noch heute, {}",
                    how.as_deref().unwrap_or_default()
                ),
                (Ask::Timed, Some(who)) => format!(
                    "Das erwarte ich von Ihnen {due}; nennen Sie mir bitte noch heute, {who}"
                ),
                (Ask::Timed, None) if today => format!("Das erwarte ich von Ihnen {due}"),
                (Ask::Timed, None) => format!(
                    "Das erwarte ich von Ihnen {due}, und ich bitte Sie noch heute um Ihre Antwort"
                ),
                (Ask::Outcome, Some(who)) => {
                    format!("Bitte nennen Sie mir noch heute, {who} und bis wann Sie das leisten")
                }
                (Ask::Outcome, None) => {
                    "Bitte nennen Sie mir noch heute, bis wann Sie das leisten".to_owned()
                }
                (Ask::View | Ask::Answer, Some(who)) => {
                    format!("Bitte nennen Sie mir noch heute, {who}, und schicken Sie mir {plan}")
                }
                (Ask::View | Ask::Answer, None) => {
                    format!("Bitte schicken Sie mir noch heute {plan}")
                }
            };
            return format!(
                "Da unser Live-Shop ausgefallen ist, duldet die Sache keinen Aufschub: {request}."
            );
        }
        let soon = "heute oder spätestens am nächsten Werktag";
        // Ein Plan, ein Termin, ein Angebot: bis zu seinem eigenen Tag.
        if ask == Ask::Timed && sent {
            let when = match by {
                By::Day(by) => format!(" bis {by},"),
                By::Today => " noch heute".to_owned(),
                By::Open => String::new(),
            };
            let send = match live {
                Live::Affected => format!(
                    "Da unser Live-Shop beeinträchtigt ist, lassen Sie mir das bitte{when} zukommen."
                ),
                Live::No | Live::Down => format!("Bitte lassen Sie mir das{when} zukommen."),
            };
            return with_call(match who {
                Some(who) => format!("{send} Nennen Sie mir bitte außerdem, {who}."),
                None => send,
            });
        }
        if ask == Ask::Timed {
            if let Some(how) = how {
                // The weekday's date, a parenthesis, closes with a comma.
                let (when, after) = match by {
                    By::Day(by) => (format!(" bis {by}"), ","),
                    By::Today => (" noch heute".to_owned(), ","),
                    By::Open => (String::new(), ","),
                };
                if first {
                    return with_call(match live {
                        Live::Affected => format!(
                            "Da unser Live-Shop beeinträchtigt ist, erwarte ich den ersten Teil von Ihnen {part_when}; bitte sagen Sie mir{when}{after} {how}."
                        ),
                        Live::No | Live::Down => {
                            format!("{part}; bitte sagen Sie mir{when}{after} {how}.")
                        }
                    });
                }
                return with_call(match live {
                    Live::Affected => format!(
                        "Da unser Live-Shop beeinträchtigt ist, sagen Sie mir bitte{when}{after} {how}."
                    ),
                    Live::No | Live::Down => format!("Bitte sagen Sie mir{when}{after} {how}."),
                });
            }
            let expect = match live {
                Live::Affected => {
                    format!(
                        "Da unser Live-Shop beeinträchtigt ist, erwarte ich das von Ihnen {due}."
                    )
                }
                Live::No | Live::Down => format!("Das erwarte ich von Ihnen {due}."),
            };
            return with_call(match (live, who) {
                (Live::Affected, Some(who)) => {
                    format!("{expect} Nennen Sie mir bitte {soon}, {who}.")
                }
                _ => expect,
            });
        }
        if let Some(at_risk) = at_risk {
            let reason = match live {
                Live::Affected => format!(
                    "unser Live-Shop beeinträchtigt ist und der Termin am {at_risk} kurz bevorsteht"
                ),
                Live::No | Live::Down => format!("der Termin am {at_risk} kurz bevorsteht"),
            };
            let by = match by {
                By::Day(day) => format!("bis {day},"),
                By::Today | By::Open => "noch heute".to_owned(),
            };
            // Their view once given is not asked again.
            let what = if reply.answered {
                "was Sie unternehmen"
            } else {
                "was Sie vorschlagen"
            };
            let request = match (ask, who) {
                (Ask::Outcome, Some(who)) => format!(
                    "mir {by} zu nennen, {who}, und zu bestätigen, dass Sie das rechtzeitig leisten"
                ),
                (Ask::Outcome, None) => {
                    format!("mir {by} zu bestätigen, dass Sie das rechtzeitig leisten")
                }
                (_, Some(who)) => format!(
                    "mir {by} zu sagen, {who} und {what}, damit die Sache rechtzeitig geklärt ist"
                ),
                (_, None) => {
                    format!("mir {by} zu sagen, {what}, damit die Sache rechtzeitig geklärt ist")
                }
            };
            return with_call(format!("Da {reason}, bitte ich Sie, {request}."));
        }
        let when = match by {
            By::Day(by) => format!(" bis {by}"),
            By::Today => " noch heute".to_owned(),
            By::Open if live == Live::Affected => " so bald wie möglich".to_owned(),
            By::Open => String::new(),
        };
        // The weekday's date, a parenthesis, closes with a comma.
        let after = if matches!(by, By::Day(_)) { "," } else { "" };
        // Their view once given is not asked again: what they will do,
        // and by when, is.
        let view = if reply.answered {
            "was Sie konkret unternehmen und bis zu welchem verbindlichen Termin das erledigt ist"
        } else {
            "wie Sie die Sache sehen und was Sie vorschlagen"
        };
        // Under a live shop that is affected, the request follows the
        // reason ("Da …, bestätigen Sie mir bitte …").
        let please = |verb: &str, rest: &str| {
            if live == Live::Affected {
                format!("{verb} Sie mir bitte{when}{rest}")
            } else {
                format!(
                    "Bitte {} Sie mir{when}{rest}",
                    crate::i18n::lower_first(verb)
                )
            }
        };
        let answer = match (by, ask) {
            (_, Ask::Answer) => please("Antworten", "."),
            (_, Ask::Outcome | Ask::Timed) => please(
                "Bestätigen",
                ", dass Sie das leisten, und nennen Sie mir einen verbindlichen Termin dafür.",
            ),
            (By::Day(by), Ask::View) if live != Live::Affected => {
                format!("Bis {by}, teilen Sie mir bitte mit, {view}.")
            }
            (_, Ask::View) => please("Teilen", &format!("{after} mit, {view}.")),
        };
        if live == Live::Affected {
            return with_call(match who {
                Some(who) => format!(
                    "Da unser Live-Shop beeinträchtigt ist, nennen Sie mir bitte {soon}, {who}. {answer}"
                ),
                None => format!(
                    "Da unser Live-Shop beeinträchtigt ist, {}",
                    crate::i18n::lower_first(&answer)
                ),
            });
        }
        with_call(answer)
    }

    fn quote_marks(&self) -> (&'static str, &'static str) {
        ("\u{201e}", "\u{201c}")
    }

    fn note_closing(&self) -> &'static str {
        "Mit freundlichen Grüßen"
    }

    fn note_left_out(
        &self,
        sentence: &str,
        audience: crate::report::Audience,
        key: &str,
        version: Option<&str>,
        whole: bool,
        instead: Option<&str>,
    ) -> String {
        let why = match audience {
            crate::report::Audience::AboutPartner => "spricht über Ihren Partner statt zu ihm",
            crate::report::Audience::ToCsm => "richtet sich an Ihren CSM",
            crate::report::Audience::Judges => {
                "bewertet Ihren Partner, statt zu schildern, was geschehen ist"
            }
        };
        let how = match version {
            Some(version) => format!(
                "Geben Sie unter {version} eine Fassung für den Partner an (mit -a {version}=\"...\" oder in Ihrer Antwortdatei)"
            ),
            None => format!(
                "Formulieren Sie {key} so, dass die Antwort für Partner und CSM gleichermaßen passt, oder ergänzen Sie die Nachricht vor dem Versenden mit eigenen Worten"
            ),
        };
        if let Some(instead) = instead.filter(|_| whole) {
            format!(
                "Die Nachricht an Ihren Partner übernimmt keinen Satz Ihrer Antwort zu {key}: „{sentence}“ etwa {why}. An ihrer Stelle steht nur „{instead}“ {how}."
            )
        } else if whole {
            format!(
                "Die Nachricht an Ihren Partner lässt Ihre Antwort zu {key} aus, die für Ihren CSM geschrieben ist: „{sentence}“ {why}. {how}."
            )
        } else {
            format!(
                "Die Nachricht an Ihren Partner übernimmt Ihre Antwort zu {key}, die für Ihren CSM geschrieben ist, ohne „{sentence}“ (und jeden weiteren Satz dieser Art), denn dieser Satz {why}. {how}."
            )
        }
    }

    fn note_reworded(&self, sentence: &str, now: &str, key: &str, number: Option<usize>) -> String {
        let what = match number {
            Some(number) => format!("Beispiel {number}"),
            None => format!("Ihre Antwort zu {key}"),
        };
        format!(
            "Die Nachricht an Ihren Partner richtet {what} direkt an ihn: „{now}“ (Sie hatten geschrieben: „{sentence}“). Prüfen Sie, ob der Satz so noch sagt, was Sie meinen."
        )
    }

    fn note_relative_day(&self, words: &str, key: &str, on: Option<&str>) -> String {
        match on {
            Some(on) => format!(
                "Das gewünschte Ergebnis ({key}) nennt „{words}“: Die Dokumente ergänzen das Datum, das von heute aus gemeint ist, den {on}; prüfen Sie, ob es der gemeinte Tag ist."
            ),
            None => format!(
                "Das gewünschte Ergebnis ({key}) nennt „{words}“; Ihr Partner liest das womöglich an einem anderen Tag, als Sie meinen: Geben Sie das Datum an."
            ),
        }
    }

    fn note_gap(&self, gap: crate::report::GapKind, key: &str) -> String {
        format!(
            "Der Nachricht an Ihren Partner fehlt {}; das braucht er, um die Sache einzuordnen ({key}). {}",
            self.gap_what(gap),
            self.gap_where(gap)
        )
    }

    fn relative_days(&self) -> &'static [&'static str] {
        &[
            "heute",
            "morgen",
            "übermorgen",
            "diese woche",
            "dieser woche",
            "nächste woche",
            "nächster woche",
            "kommende woche",
            "kommender woche",
            "ende der woche",
            "ende des monats",
            "nächsten monat",
            "in zwei wochen",
        ]
    }

    fn weekday_date_wrong(&self, said: &str, falls_on: &str, key: &str) -> String {
        format!(
            "Ihre Antwort ({key}) nennt „{said}“, dieses Datum ist aber ein {}: Die Dokumente übernehmen das Datum, wie Sie es geschrieben haben; korrigieren Sie den Wochentag oder das Datum, falls eines davon nicht stimmt.",
            falls_on.split(',').next().unwrap_or(falls_on)
        )
    }

    fn open_weekday_date_of(&self, said: &str, weekday: &str, date: &str) -> String {
        format!("Welchen Tag ich oben mit „{said}“ meine (der {date} ist ein {weekday})")
    }

    fn note_quotes_money(&self, text: &str, key: &str) -> String {
        format!(
            "Die Nachricht an Ihren Partner gibt die Vertragsstelle ({key}) mit „{text}“ wieder, also mit Angaben zur Vertragsart oder zum Preis. Soll Ihr Partner das nicht lesen, ändern Sie Ihre Antwort."
        )
    }

    fn note_nameless_greeting(&self, name: &str, key: &str) -> String {
        format!(
            "Die Nachricht an Ihren Partner beginnt mit „Sehr geehrte Damen und Herren,“, da sich mit „{name}“ ({key}) niemand anreden lässt: Geben Sie Vor- und Nachnamen an („Jonas Brandt, Projektleiter“) oder Anrede und Nachnamen („Herr Brandt“)."
        )
    }

    fn note_untitled_greeting(&self, name: &str, formal: &str, key: &str) -> String {
        format!(
            "Die Nachricht an Ihren Partner beginnt mit „Guten Tag {name},“: Stellen Sie Ihrer Antwort ({key}) Herr oder Frau voran („Herr {name}“), dann lautet die Anrede „Sehr geehrter Herr {formal},“ bzw. „Sehr geehrte Frau {formal},“."
        )
    }

    fn note_names_partner(
        &self,
        number: usize,
        entry: &str,
        name: &str,
        day: Option<&str>,
    ) -> String {
        let name = herrn(name);
        let said = day.map_or_else(|| "Ihr Anruf".to_owned(), |d| format!("Ihr Anruf vom {d}"));
        format!(
            "Die Nachricht an Ihren Partner lässt Beispiel {number} („{entry}“) aus, da es von {name} in der dritten Person spricht: Um es zu behalten, formulieren Sie es als Ansprache („{said}“) und ergänzen es in der Nachricht."
        )
    }

    fn partner_unnamed(&self) -> &'static str {
        "Ihrem Partner"
    }

    fn note_names_addressee(
        &self,
        number: usize,
        entry: &str,
        name: &str,
        day: Option<&str>,
    ) -> String {
        let name = herrn(name);
        let said = day.map_or_else(
            || "meine E-Mail an Sie".to_owned(),
            |d| format!("meine E-Mail an Sie vom {d}"),
        );
        format!(
            "Die Nachricht an Ihren Partner lässt Beispiel {number} („{entry}“) aus, da es {name} nennt, also die Person, an die sich die Nachricht richtet: Um es zu behalten, formulieren Sie es als Ansprache („{said}“) und ergänzen es in der Nachricht."
        )
    }

    fn note_no_example_left(&self) -> &'static str {
        "Damit bleibt kein Beispiel in der Nachricht."
    }

    fn no_note_resolved(&self, path: &str) -> String {
        format!(
            "Der Partner hat das Anliegen gelöst; eine Nachricht an ihn ist nicht nötig. {path} wurde nicht angelegt."
        )
    }

    fn prompt_hint(&self) -> &'static str {
        "Hilfe: Geben Sie ? ein oder wählen Sie in einer Liste „Frage erklären“. Esc geht eine Frage zurück. Strg+C bricht ab, ohne etwas zu speichern."
    }

    fn context_title(&self) -> &'static str {
        "Zum Projekt"
    }

    fn no_help(&self) -> &'static str {
        "Zu dieser Frage gibt es keine weitere Hilfe."
    }

    fn optional_suffix(&self) -> &'static str {
        " (optional; leer lassen, um zu überspringen)"
    }

    fn help_suffix(&self) -> &'static str {
        " (?\u{a0}für\u{a0}Hilfe)"
    }

    fn skip(&self) -> &'static str {
        "Frage überspringen"
    }

    fn explain(&self) -> &'static str {
        "Frage erklären"
    }

    fn list_hint(&self) -> &'static str {
        "Ein Eintrag pro Zeile; eine leere Zeile beendet die Liste. Ein eingefügter Block bleibt ein Eintrag; mit e schreiben Sie die Liste in Ihrem Editor."
    }

    fn list_keep(&self, topic: &str, n: usize) -> String {
        match n {
            1 => format!("{topic}: Sie haben bisher einen Eintrag angegeben"),
            n => format!("{topic}: Sie haben bisher {n} Einträge angegeben"),
        }
    }

    fn list_keep_choices(&self) -> [&'static str; 3] {
        [
            "Unverändert lassen",
            "Weitere hinzufügen",
            "Neue Liste beginnen",
        ]
    }

    fn entry_prompt(&self, topic: &str, n: usize) -> String {
        format!("{topic} {n}")
    }

    fn pasted_as_one(&self) -> &'static str {
        "Die eingefügten Zeilen wurden als ein Eintrag übernommen."
    }

    fn item_heading(&self, title: &str, n: usize, total: usize) -> String {
        format!("{title} · Teil {n} von {total}")
    }

    fn documents_heading(&self) -> &'static str {
        "Für das Dokument"
    }

    fn documents_guidance(&self) -> &'static str {
        "Noch einige Angaben für das Dokument selbst: was nicht stimmt, worum Sie bitten und um wen es geht."
    }

    fn first_question(&self) -> &'static str {
        "Das ist die erste Frage; davor gibt es keine."
    }

    fn enter_keeps(&self, answer: &str) -> String {
        format!("Eingabetaste behält {answer}")
    }

    fn enter_takes_noted(&self, date: &str) -> String {
        format!("Eingabetaste übernimmt den {date}, den Tag Ihrer Nachricht an den Partner")
    }

    fn e_for_editor(&self) -> &'static str {
        "e öffnet Ihren Editor"
    }

    fn one_line(&self) -> &'static str {
        "Diese Antwort passt in eine Zeile; der eingefügte Text hatte mehrere."
    }

    fn plain_pick(&self, first: usize, last: usize, default: usize) -> String {
        format!(
            "Nummer ({first} bis {last}) oder ein Wort der Auswahl; Eingabetaste für {default}:"
        )
    }

    fn plain_no_choice(&self, typed: &str) -> String {
        format!("\u{201e}{typed}\u{201c} passt zu keiner Auswahl; bitte geben Sie die Nummer ein.")
    }

    fn paste_at_a_list(&self) -> &'static str {
        "Eingefügter Text wählt hier nichts aus. Wählen Sie bitte mit den Pfeiltasten und der Eingabetaste."
    }

    fn editor_problem(&self, problem: &EditorProblem) -> String {
        const INSTEAD: &str = "Geben Sie die Antwort bitte hier ein.";
        const DISCARDED: &str = "die Änderung wurde verworfen.";
        match problem {
            EditorProblem::NotACommand { command } => format!(
                "Der Editor `{command}` ist für die Shell ein Kommentar, kein Befehl; tragen Sie Ihren Editor in $VISUAL oder $EDITOR ein. {INSTEAD}"
            ),
            EditorProblem::DumbTerminal => format!(
                "Das Terminal ist als „dumb“ eingestellt und $EDITOR ist nicht gesetzt, daher lässt sich kein Editor starten. {INSTEAD}"
            ),
            EditorProblem::NotStarted { command, reason } => {
                format!("Der Editor `{command}` ließ sich nicht starten: {reason}. {INSTEAD}")
            }
            EditorProblem::NotFound { command } => format!(
                "Die Shell konnte den Editor `{command}` nicht ausführen; bitte prüfen Sie $VISUAL und $EDITOR. {INSTEAD}"
            ),
            EditorProblem::Failed { command, status } => {
                format!("Der Editor `{command}` endete mit dem Status {status}; {DISCARDED}")
            }
            EditorProblem::Killed { command, signal } => {
                format!("Der Editor `{command}` wurde durch Signal {signal} beendet; {DISCARDED}")
            }
            EditorProblem::Unreadable { reason } => format!(
                "Der im Editor geschriebene Text ließ sich nicht zurücklesen ({reason}); {DISCARDED}"
            ),
            EditorProblem::NotAFile => format!(
                "Der Editor hat an Stelle des Textes etwas anderes als eine Datei hinterlassen; {DISCARDED}"
            ),
            EditorProblem::NotText => {
                format!("Der Editor hat keinen UTF-8-Text gespeichert; {DISCARDED}")
            }
            EditorProblem::TooLong { kib, max_kib } => format!(
                "Der Text aus dem Editor umfasst {kib} KiB, mehr als die {max_kib} KiB, die eine Antwort haben darf; {DISCARDED}"
            ),
        }
    }

    fn answer_too_long(&self, kib: u64, max_kib: u64) -> String {
        format!(
            "Diese Antwort umfasst {kib} KiB, mehr als die {max_kib} KiB, die eine Antwort haben darf; bitte kürzen Sie sie."
        )
    }

    fn to_do(&self) -> &'static str {
        "noch offen"
    }

    fn kept_continue(&self) -> &'static str {
        "Fortsetzen: diese Antworten prüfen und ändern"
    }

    fn kept_afresh(&self) -> &'static str {
        "Neu beginnen"
    }

    fn kept_failed(&self, reason: &str) -> String {
        format!("Ihre Antworten ließen sich nicht für den nächsten Lauf aufbewahren: {reason}")
    }

    fn offer_brief(&self) -> &'static str {
        "Jetzt das Briefing für Ihren CSM schreiben?"
    }

    fn offer_note(&self) -> &'static str {
        "Jetzt einen Entwurf der Nachricht an Ihren Partner schreiben?"
    }

    fn offer_email(&self, path: &str) -> String {
        format!("Ja, als E-Mail-Entwurf zum Versenden: {path}")
    }

    fn offer_yes(&self, path: &str) -> String {
        format!("Ja, in {path}")
    }

    fn offer_no(&self) -> &'static str {
        "Nein, danke"
    }

    fn brief_file(&self) -> &'static str {
        "eskalation-briefing"
    }

    fn note_file(&self) -> &'static str {
        "nachricht-an-partner"
    }

    fn review_title(&self) -> &'static str {
        "Antworten prüfen (zum Ändern eine auswählen)"
    }

    fn review_done(&self) -> &'static str {
        "Alles richtig: Ergebnis anzeigen"
    }

    fn review_short(&self) -> &'static str {
        "Antworten prüfen"
    }

    fn invalid_answer(&self, key: &str, value: Option<&str>, why: &str) -> String {
        match value {
            Some(value) => format!("ungültige Antwort für `{key}`: `{value}`: {why}"),
            None => format!("keine Antwort für `{key}`: {why}"),
        }
    }

    fn unknown_key(&self, key: Option<&str>) -> String {
        match key {
            Some(key) => format!("unbekannter Antwortschlüssel `{key}`"),
            None => "ein Antwortschlüssel ist leer".to_owned(),
        }
    }

    fn hint_known_keys(&self, keys: &str) -> String {
        format!("die Schlüssel der Checkliste sind: {keys}")
    }

    fn hint_did_you_mean(&self, key: &str) -> String {
        format!("meinten Sie `{key}`? (alle Schlüssel zeigt `escalate template`)")
    }

    fn hint_many_keys(&self, n: usize) -> String {
        format!("die Checkliste hat {n} Schlüssel; `escalate template` führt sie alle auf")
    }

    fn hint_flat_keys(&self, example: &str, section: &str) -> String {
        format!(
            "Antwortschlüssel sind flach, einer je Frage: schreiben Sie `{example}`, statt ihn unter `{section}` zu verschachteln"
        )
    }

    fn answer_twice(&self, key: &str) -> String {
        format!("`{key}` wird mit --answer zweimal beantwortet")
    }

    fn flag_without_equals(&self) -> &'static str {
        "bitte als SCHLÜSSEL=WERT angeben, etwa scope.reviewed-deliverables=ja"
    }

    fn missing_no_input(&self, keys: &str) -> String {
        format!("--no-input ist gesetzt, aber diese Fragen haben keine Antwort: {keys}")
    }

    fn missing_no_terminal(&self, keys: &str) -> String {
        format!(
            "Fragen nicht möglich: stdin und stderr sind nicht beide ein Terminal; diese Fragen haben keine Antwort: {keys}"
        )
    }

    fn missing_empty_stdin(&self, keys: &str) -> String {
        format!("stdin ist leer, und diese Fragen haben keine Antwort: {keys}")
    }

    fn hint_pass_flags(&self) -> &'static str {
        "Antworten mit --answers DATEI (siehe `escalate template`) oder --answer SCHLÜSSEL=WERT übergeben"
    }

    fn hint_pass_answers(&self) -> &'static str {
        "Antworten mit --answers DATEI (siehe `escalate template`), --answer SCHLÜSSEL=WERT oder zeilenweise über stdin übergeben"
    }

    fn input_ended(&self, key: &str, line: usize) -> String {
        format!("stdin endete vor einer Antwort für `{key}` (Zeile {line})")
    }

    fn hint_line_order(&self) -> &'static str {
        "über stdin kommt eine Antwort pro Zeile, in der Reihenfolge, in der `escalate show` die Fragen nennt; eine leere Zeile überspringt eine optionale"
    }

    fn line_unused(&self, last: usize) -> String {
        format!("für diese Zeile ist keine Frage mehr übrig; die Antworten endeten in Zeile {last}")
    }

    fn line_unneeded(&self) -> &'static str {
        "für diese Zeile ist keine Frage übrig: Datei und Optionen beantworten alle Fragen"
    }

    fn saved_answers_header(&self, id: &str, lang: &str) -> String {
        format!(
            "Antworten zur Checkliste {id} ({lang}); erneut verwenden mit `escalate check --answers DATEI`"
        )
    }

    fn kept_header(&self) -> &'static str {
        "Antworten, die escalate zwischen zwei Läufen im Terminal aufbewahrt; `escalate forget` löscht sie."
    }

    fn kept_offer(&self, date: &str) -> String {
        format!(
            "Sie haben diese Checkliste am {date} beantwortet. Mit diesen Antworten weitermachen?"
        )
    }

    fn kept_unreadable(&self, path: &str) -> String {
        format!(
            "Die in {path} aufbewahrten Antworten lassen sich nicht lesen; es geht von vorn los."
        )
    }

    fn kept_note(&self) -> &'static str {
        "Ihre Antworten bleiben für den nächsten Lauf aufbewahrt; `escalate forget` löscht sie."
    }

    fn next_send_note(&self, by: Option<&str>) -> String {
        match by {
            Some(by) => format!(
                "Als Nächstes: Schicken Sie die Nachricht an Ihren Partner und führen Sie `escalate check` erneut aus, frühestens am {by}."
            ),
            None => "Als Nächstes: Schicken Sie die Nachricht an Ihren Partner und führen Sie `escalate check` erneut aus, sobald er geantwortet hat.".to_owned(),
        }
    }

    fn next_wait(&self, from: &str) -> String {
        format!(
            "Als Nächstes: Geben Sie Ihrem Partner Zeit für eine Antwort und führen Sie `escalate check` erneut aus, frühestens am {from}."
        )
    }

    fn next_steps(&self, from: Option<&str>) -> String {
        match from {
            Some(from) => format!(
                "Als Nächstes: Erledigen Sie die Schritte oben und führen Sie `escalate check` erneut aus, frühestens am {from}."
            ),
            None => "Als Nächstes: Erledigen Sie die Schritte oben und führen Sie `escalate check` dann erneut aus.".to_owned(),
        }
    }

    fn kept_nowhere(&self) -> &'static str {
        "Ihre Antworten können nicht aufbewahrt werden: es gibt keinen Home-Ordner dafür."
    }

    fn forgot(&self, path: &str) -> String {
        format!("die in {path} aufbewahrten Antworten sind gelöscht")
    }

    fn nothing_to_forget(&self) -> &'static str {
        "für diese Checkliste sind keine Antworten aufbewahrt"
    }

    fn state_refused(&self, path: &str, why: Refused) -> String {
        match why {
            Refused::NotAFile => format!("{path} ist keine gewöhnliche Datei"),
            Refused::NotYours => format!("{path} gehört einem anderen Benutzer"),
            Refused::OpenToOthers => format!("andere Benutzer dürfen {path} ändern"),
        }
    }

    fn kept_not_used(&self, reason: &str) -> String {
        format!(
            "Aufbewahrte Antworten werden nicht verwendet: {reason}. Dieser Lauf liest und speichert keine."
        )
    }

    fn kept_stale(&self, keys: &str, n: usize) -> String {
        match n {
            1 => format!(
                "Eine aufbewahrte Antwort passt nicht mehr zur Checkliste und wird erneut abgefragt: {keys}"
            ),
            n => format!(
                "{n} aufbewahrte Antworten passen nicht mehr zur Checkliste und werden erneut abgefragt: {keys}"
            ),
        }
    }

    fn offer_not_writable(&self, reason: &str) -> String {
        format!(
            "Das passende Dokument lässt sich hier nicht schreiben und wird daher nicht angeboten: {reason}"
        )
    }

    fn document_format(&self, path: &str) -> String {
        format!(
            "{path}: der Dateiname muss auf .md (Markdown), .txt (reiner Text) oder .eml (E-Mail-Entwurf) enden"
        )
    }

    fn usage_invalid_value(&self, value: &str, option: &str, why: &str) -> String {
        format!("ungültiger Wert „{value}“ für {option}: {why}")
    }

    fn usage_values(&self, values: &str) -> String {
        format!("mögliche Werte: {values}")
    }

    fn usage_unknown(&self, option: &str, meant: Option<&str>) -> String {
        match meant {
            Some(meant) => format!("unbekannte Option „{option}“ – meinten Sie „{meant}“?"),
            None => format!("unbekannte Option „{option}“; siehe escalate --help"),
        }
    }

    fn expected_iso_date(&self) -> &'static str {
        "erwartet wird ein Datum als JJJJ-MM-TT, etwa 2026-03-01"
    }

    fn expected_address(&self) -> &'static str {
        "erwartet wird eine E-Mail-Adresse, etwa csm@example.com"
    }

    fn is_a_folder(&self, path: &str) -> String {
        format!(
            "{path} kann nicht geschrieben werden: es ist ein Ordner; bitte einen Dateinamen angeben"
        )
    }

    fn line_too_long(&self, kib: usize) -> String {
        format!("die Zeile ist länger als {kib} KiB")
    }

    fn line_not_utf8(&self) -> &'static str {
        "die Zeile ist kein gültiges UTF-8"
    }

    fn cannot_read(&self, reason: &str) -> String {
        format!("kann nicht gelesen werden: {reason}")
    }

    fn is_a_directory(&self) -> &'static str {
        "ist ein Verzeichnis, keine Datei"
    }

    fn too_big(&self, kib: u64) -> String {
        format!("die Datei ist größer als {kib} KiB, mehr liest escalate nicht")
    }

    fn not_utf8(&self) -> &'static str {
        "die Datei ist kein gültiges UTF-8"
    }

    fn too_deep(&self, n: usize) -> String {
        format!("`[` und `{{` sind hier mehr als {n} Ebenen tief verschachtelt")
    }

    fn too_expanded(&self, kib: usize) -> String {
        format!(
            "Aliase vergrößern die Datei hier auf mehr als {kib} KiB, mehr liest escalate nicht"
        )
    }

    fn glued_comment(&self, lost: &str, quoted: &str) -> String {
        format!(
            "nach einem Leerzeichen beginnt mit `#` ein Kommentar, `{lost}` ginge also verloren; setzen Sie den Wert in Anführungszeichen: `{quoted}`"
        )
    }

    fn colon_key(&self, key: &str, quoted: &str) -> String {
        format!(
            "das `: ` nach `{key}` macht diesen Text zu einem Schlüssel, der Wert ist also kein Text mehr; setzen Sie den Wert in Anführungszeichen: `{quoted}`"
        )
    }

    fn not_a_map(&self, text: Option<&str>) -> String {
        let map = "Antwortschlüssel mit ihren Werten zuordnen, eine Antwort je Zeile, etwa `scope.reviewed-deliverables: ja`";
        match text {
            Some(text) => format!("die Datei enthält nur den Text `{text}`; sie muss {map}"),
            None => format!("die Datei muss {map}"),
        }
    }

    fn key_twice(&self, key: &str) -> String {
        format!("der Schlüssel `{key}` steht zweimal in der Datei; behalten Sie einen davon")
    }

    fn syntax(&self, syntax: &Syntax) -> String {
        match syntax {
            Syntax::AfterQuote { quoted } => format!(
                "ein Wert, der mit einem Anführungszeichen beginnt, endet mit dem schließenden Anführungszeichen, der Text danach ist also nicht lesbar; setzen Sie den ganzen Wert in Anführungszeichen: `{quoted}`"
            ),
            Syntax::Tab => {
                "diese Zeile ist mit einem Tabulator eingerückt, YAML rückt aber nur mit Leerzeichen ein; ersetzen Sie den Tabulator durch Leerzeichen".to_owned()
            }
            Syntax::Indent => {
                "diese Zeile ist anders eingerückt als die Zeilen, zu denen sie gehört; rücken Sie die Einträge einer Liste und die Schlüssel einer Zuordnung gleich weit ein".to_owned()
            }
            Syntax::OpenQuote { line } => format!(
                "das Anführungszeichen aus Zeile {line} wird nie geschlossen; schließen Sie es am Ende des Werts"
            ),
            Syntax::OpenBracket => {
                "eine `[` oder `{` wird nicht geschlossen; schließen Sie sie, oder setzen Sie den Wert in Anführungszeichen, wenn die Klammer zum Text gehört".to_owned()
            }
            Syntax::Reserved { first, quoted } => format!(
                "in YAML kann ein Wert nicht mit `{first}` beginnen; setzen Sie den Wert in Anführungszeichen: `{quoted}`"
            ),
            Syntax::Control => {
                "hier steht ein Steuerzeichen (etwa NUL), das YAML nicht zulässt; entfernen Sie es".to_owned()
            }
            Syntax::JsonEnd => {
                "das JSON endet, bevor sein Objekt, eine Liste oder ein Text darin geschlossen ist; ergänzen Sie die fehlende `}`, `]` oder das `\"`".to_owned()
            }
            Syntax::JsonAfter => {
                "nach der schließenden `}` des JSON-Objekts folgt noch etwas; eine Antwortdatei ist ein einziges Objekt".to_owned()
            }
            Syntax::JsonUnreadable => {
                "hier ist kein gültiges JSON; meist fehlt kurz davor ein Komma oder ein Anführungszeichen".to_owned()
            }
            Syntax::Nested => {
                "Listen und Zuordnungen sind hier mehr als 128 Ebenen tief verschachtelt, oder ein Alias enthält sich selbst".to_owned()
            }
            Syntax::UnknownAlias => {
                "ein Alias (`*name`) verweist hier auf keinen vorher gesetzten Anker (`&name`)".to_owned()
            }
            Syntax::Documents => {
                "die Datei enthält mehr als ein YAML-Dokument (getrennt durch eine Zeile `---`); behalten Sie eines".to_owned()
            }
            Syntax::Unreadable => {
                "hier ist kein gültiges YAML; prüfen Sie diese Zeile und die davor".to_owned()
            }
        }
    }

    fn answers_too_big(&self, kib: u64, max: u64) -> String {
        format!(
            "die Antworten ergäben eine Datei von {kib} KiB, mehr als die {max} KiB, die escalate wieder einliest; es wurde nichts gespeichert"
        )
    }

    fn checklist_empty(&self) -> &'static str {
        "die Checkliste ist leer; `escalate init` schreibt eine Vorlage"
    }

    fn rule(&self, rule: &Rule) -> String {
        match rule {
            Rule::Schema { found, supported } => format!(
                "Schema {found} wird nicht unterstützt; diese Version liest Schema {supported}"
            ),
            Rule::NotKebab { what, id } => {
                let what = match what {
                    Id::Checklist => "die Checklisten-ID",
                    Id::Lang => "die Sprache",
                    Id::Item => "die Punkt-ID",
                    Id::Question => "die Fragen-ID",
                };
                format!(
                    "{what} `{id}` muss aus Kleinbuchstaben mit Bindestrichen bestehen, etwa `partner-contact`"
                )
            }
            Rule::Blank { field } => format!("`{field}` darf nicht leer sein"),
            Rule::ContextDecides { id } => format!(
                "die Kontextfrage `{id}` entscheidet nichts und kann daher kein `pass`, `outcome`, `min`, `wait_days` oder `advice` haben"
            ),
            Rule::NoItems => "eine Checkliste braucht mindestens einen Punkt".to_owned(),
            Rule::ReservedContext => {
                "`context` ist für die Kontextfragen reserviert; wählen Sie eine andere Punkt-ID"
                    .to_owned()
            }
            Rule::DuplicateItem { id } => format!("die Punkt-ID `{id}` kommt doppelt vor"),
            Rule::NoQuestions { item } => {
                format!("der Punkt `{item}` braucht mindestens eine Frage")
            }
            Rule::DuplicateQuestion { id, section } => {
                format!("die Fragen-ID `{id}` kommt in `{section}` doppelt vor")
            }
            Rule::OtherKindsField { field, kind, id, is } => {
                format!("`{field}` gilt nur für Fragen vom Typ {kind}; `{id}` ist vom Typ {is}")
            }
            Rule::DecidesOptional { id } => format!(
                "`{id}` entscheidet über das Ergebnis und kann daher nicht optional sein: unbeantwortet zählte die Frage als erledigt; entfernen Sie `optional` oder das, wonach sie entscheidet"
            ),
            Rule::DecidesBehindOptional { id, when } => format!(
                "`{id}` entscheidet über das Ergebnis, wird aber erst nach einer optionalen Antwort gefragt; bliebe diese offen, zählte die Frage als erledigt; machen Sie `{when}` zur Pflichtfrage"
            ),
            Rule::FewOptions { id } => format!(
                "die Auswahl `{id}` braucht mindestens zwei Optionen mit verschiedenen Werten"
            ),
            Rule::OptionNotKebab { value } => format!(
                "der Optionswert `{value}` muss aus Kleinbuchstaben mit Bindestrichen bestehen, etwa `not-yet`"
            ),
            Rule::OptionNumber { value } => format!(
                "der Optionswert `{value}` ist eine Zahl, eine Zahl wählt aber eine Option nach ihrer Position; verwenden Sie einen Wert mit Buchstaben, etwa `option-{value}`"
            ),
            Rule::DuplicateOption { value, id } => {
                format!("der Optionswert `{value}` kommt in `{id}` doppelt vor")
            }
            Rule::WhenItself { id } => format!("`when` von `{id}` verweist auf die Frage selbst"),
            Rule::WhenNotEarlier {
                id,
                target,
                section,
            } => format!(
                "`when` von `{id}` verweist auf `{target}`, das keine frühere Frage von `{section}` ist; `when` kann nur auf frühere Fragen verweisen"
            ),
            Rule::WhenKind { target, kind } => format!(
                "`when` mit `is` oder `in` kann auf eine Frage vom Typ confirm, choice oder text verweisen; `{target}` ist vom Typ {kind}"
            ),
            Rule::WhenShape => {
                "`when` nimmt `is: WERT` oder `in: [WERTE]`, nicht beides".to_owned()
            }
            Rule::WhenValue {
                target,
                value,
                allowed,
            } => format!(
                "`{target}` kann nicht `{value}` sein; möglich sind {}",
                allowed.join(", ")
            ),
            Rule::Label { id, max } => format!(
                "die Bezeichnung (`label`) von `{id}` muss eine Zeile mit 1 bis {max} Zeichen sein, etwa `Leistungsbeschreibung erneut gelesen`"
            ),
            Rule::BriefDecides { id } => format!(
                "`{id}` wird nur für die Dokumente gefragt und kann daher nicht über das Ergebnis entscheiden"
            ),
            Rule::BriefInContext => "Kontextfragen gehören immer zu den Dokumenten; `brief` gilt für die Fragen eines Punkts".to_owned(),
            Rule::FutureWaits { id } => format!(
                "`{id}` wartet, bis Tage vergangen sind (`wait_days`); das Datum kann daher nicht in der Zukunft liegen"
            ),
            Rule::WhenLooksAtDocuments { id, target } => format!(
                "`when` von `{id}` verweist auf `{target}`, das nur für die Dokumente gefragt wird, also erst nach `{id}`"
            ),
            Rule::RoleKind { role, kind, id, is } => format!(
                "die Rolle `{role}` gilt für eine Frage vom Typ {kind}; `{id}` ist vom Typ {is}"
            ),
            Rule::RoleTaken { role, first } => format!(
                "die Rolle `{role}` hat bereits `{first}`; jede Rolle gehört zu genau einer Frage"
            ),
            Rule::RaisedOutcomes { id } => format!(
                "`{id}` hat die Rolle `raised`; daher braucht eine Option `outcome: fail` (noch nicht angesprochen) und eine `outcome: pass` (angesprochen, noch offen)"
            ),
        }
    }

    fn hint_validate(&self) -> &'static str {
        "beheben Sie die genannten Stellen; `escalate validate DATEI` prüft erneut"
    }

    fn bad_source_date_epoch(&self, raw: Option<&str>) -> String {
        match raw {
            Some(raw) => format!("SOURCE_DATE_EPOCH muss eine Zahl von Sekunden sein, nicht `{raw}`"),
            None => "SOURCE_DATE_EPOCH ist leer; setzen Sie eine Zahl von Sekunden, oder entfernen Sie die Variable"
                .to_owned(),
        }
    }

    fn reading_stdin(&self) -> &'static str {
        "stdin kann nicht gelesen werden"
    }

    fn reading_terminal(&self) -> &'static str {
        "vom Terminal kann nicht gelesen werden"
    }

    fn writing_terminal(&self) -> &'static str {
        "auf das Terminal kann nicht geschrieben werden"
    }

    fn writing_stdout(&self) -> &'static str {
        "auf stdout kann nicht geschrieben werden"
    }

    fn cannot_write(&self, path: &str) -> String {
        format!("{path} kann nicht geschrieben werden")
    }

    fn file_exists(&self, path: &str) -> String {
        format!("{path} existiert bereits")
    }

    fn hint_force(&self) -> &'static str {
        "mit --force ersetzen oder einen anderen Dateinamen wählen"
    }

    fn no_folder(&self, path: &str) -> String {
        format!("{path} kann nicht geschrieben werden: der Ordner existiert nicht")
    }

    fn same_file(&self, path: &str) -> String {
        format!("zwei Ausgaben nennen {path}; bitte für jede eine eigene Datei angeben")
    }

    fn output_is_input(&self, output: &str, input: &str) -> String {
        format!(
            "{output} ist die Eingabedatei {input}; bitte in eine andere Datei schreiben, damit die Eingabe erhalten bleibt"
        )
    }

    fn not_a_regular_file(&self, path: &str) -> String {
        format!(
            "{path} kann nicht geschrieben werden: es ist keine normale Datei (ein Gerät, eine Pipe oder ein Socket)"
        )
    }

    fn dash_output(&self) -> &'static str {
        "`-` ist hier kein Dateiname: escalate schreibt Dateien nur unter ihrem Namen"
    }

    fn both_stdin(&self) -> &'static str {
        "--checklist - und --answers - können nicht beide von stdin lesen; bitte für eines eine Datei angeben"
    }

    fn hint_dash_output(&self) -> &'static str {
        "bitte einen Dateinamen angeben; `--format markdown` gibt das Briefing auf stdout aus"
    }

    fn hint_dash_init(&self, default: &str) -> String {
        format!("bitte einen Dateinamen angeben; ohne ihn schreibt `escalate init` nach {default}")
    }

    fn hint_init_exists(&self) -> &'static str {
        "einen anderen Pfad wählen oder die Datei zuerst entfernen"
    }

    fn interrupted(&self) -> &'static str {
        "Abgebrochen. Es wurde nichts gespeichert."
    }

    fn stopped_after_writing(&self) -> &'static str {
        "Abgebrochen. Die oben genannten Dateien wurden geschrieben; sonst wurde nichts gespeichert."
    }

    fn stopped_kept(&self, wrote: bool) -> &'static str {
        if wrote {
            "Abgebrochen. Die oben genannten Dateien wurden geschrieben, und Ihre Antworten bleiben für den nächsten Lauf aufbewahrt."
        } else {
            "Abgebrochen. Ihre Antworten bleiben für den nächsten Lauf aufbewahrt; es wurde nichts geschrieben."
        }
    }

    fn internal_error(&self) -> &'static str {
        "interner Fehler; das ist ein Fehler in escalate, bitte melden"
    }

    fn error_label(&self) -> &'static str {
        "Fehler:"
    }

    fn hint_label(&self) -> &'static str {
        "Tipp:"
    }

    fn hint_meant(&self, value: &str, label: &str) -> String {
        format!("meinten Sie `{value}` („{label}“)?")
    }

    fn more_errors(&self, n: usize) -> String {
        match n {
            1 => "ein weiterer Fehler ist hier nicht aufgeführt; beheben Sie zuerst die genannten und prüfen Sie dann erneut".to_owned(),
            n => format!("weitere {n} Fehler sind hier nicht aufgeführt; beheben Sie zuerst die genannten und prüfen Sie dann erneut"),
        }
    }

    fn valid(&self, file: &str) -> String {
        format!("{file}: gültig")
    }

    fn wrote(&self, path: &str) -> String {
        format!("gespeichert: {path}")
    }

    fn listed_above(&self, n: usize) -> String {
        format!(
            "{n} {}, oben aufgeführt",
            super::plural(n as i64, "Eintrag", "Einträge")
        )
    }

    fn template_header(&self) -> &'static str {
        "Antworten für `escalate check --answers DATEI`. Tragen Sie die Werte ein; leere Felder werden abgefragt."
    }

    fn template_optional(&self) -> &'static str {
        "optional"
    }

    fn template_for_documents(&self, brief: bool, note: bool) -> &'static str {
        match (brief, note) {
            (true, true) => {
                "für das Briefing und die Nachricht an den Partner: nur gefragt, wenn eines davon geschrieben wird"
            }
            (false, true) => {
                "für die Nachricht an den Partner: nur gefragt, wenn sie geschrieben wird"
            }
            _ => "für das Briefing: nur gefragt, wenn es geschrieben wird",
        }
    }

    fn show_asked_when(&self, question: &str, values: &str) -> String {
        format!("nur gefragt, wenn {question} = {values}")
    }

    fn show_asked_when_given(&self, question: &str) -> String {
        format!("nur gefragt, wenn {question} etwas angibt, nicht „weiß nicht“")
    }

    fn show_asked_when_answered(&self, question: &str) -> String {
        format!("nur gefragt, wenn {question} beantwortet ist")
    }
}

/// A date at risk's state, in a subject.
fn de_risk(risk: crate::report::Risk) -> &'static str {
    match risk {
        crate::report::Risk::AtRisk => "gefährdet",
        crate::report::Risk::Blocked => "blockiert",
        crate::report::Risk::Missed => "verpasst",
    }
}

/// Whether the merchant named the event at risk as a short noun phrase
/// ("Go-live", "der Relaunch", "Weihnachtsaktion") that can stand as the
/// subject of a sentence, not a clause or a longer text.
fn event_noun(what: &str) -> bool {
    let words: Vec<&str> = what.split_whitespace().collect();
    let noun = |w: &str| {
        w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    let leading = |w: &str| {
        ["der", "die", "das", "unser", "unsere"].contains(&w.to_lowercase().as_str())
            || adjective(w)
    };
    match words.as_slice() {
        // A name of several words ("Black Friday").
        [_, ..] if words.len() <= 3 && words.iter().all(|w| noun(w)) => true,
        // A noun and whose it is ("Start unserer Weihnachtsaktion",
        // "Go-live des neuen Shops").
        [head, of, rest @ ..] if genitive_lead(head, of) && (1..=3).contains(&rest.len()) => {
            rest.last().is_some_and(|w| noun(w))
                && rest.iter().all(|w| {
                    noun(w)
                        || (w.starts_with(char::is_lowercase)
                            && ["e", "en", "em", "er", "es"].iter().any(|e| w.ends_with(e)))
                })
        }
        [first, rest @ ..] if rest.len() <= 3 && !rest.is_empty() => {
            leading(first) && noun(rest[0]) && rest[1..].iter().all(|w| noun(w) || *w == "für")
        }
        _ => false,
    }
}

/// A noun followed by the article or possessive of a genitive ("Start
/// unserer …", "Go-live des …").
fn genitive_lead(head: &str, of: &str) -> bool {
    head.starts_with(char::is_uppercase)
        && head.chars().all(|c| c.is_alphanumeric() || c == '-')
        && [
            "des", "der", "unserer", "unseres", "eines", "einer", "meiner", "meines",
        ]
        .contains(&of)
}

/// A German adjective before its noun, in lower case ("letzter",
/// "große").
fn adjective(word: &str) -> bool {
    word.starts_with(char::is_lowercase)
        && ["e", "er", "es"].iter().any(|end| word.ends_with(end))
        && !["der", "die", "das"].contains(&word)
}

/// A bare event noun with the possessive its gender most likely takes
/// ("unsere Weihnachtsaktion", "unser Go-live"); one with its own article
/// as written.
fn owned_event(what: &str) -> String {
    let first = what.split_whitespace().next().unwrap_or_default();
    if ["der", "die", "das", "unser", "unsere"].contains(&first.to_lowercase().as_str()) {
        return crate::i18n::lower_first(what);
    }
    // An adjective shows the gender: "letzter Versandtag", "letzte Lieferung".
    if adjective(first) {
        return match first.ends_with('e') {
            true => format!("unsere {what}"),
            false => format!("unser {what}"),
        };
    }
    let words: Vec<&str> = what.split_whitespace().collect();
    // A noun with whose it is takes the article: "der Start unserer
    // Weihnachtsaktion", never a second possessive before it.
    if let [head, of, ..] = words.as_slice() {
        if genitive_lead(head, of) {
            return match feminine(head) {
                true => format!("die {what}"),
                false => format!("der {what}"),
            };
        }
    }
    match feminine(words.last().copied().unwrap_or(what)) {
        true => format!("unsere {what}"),
        false => format!("unser {what}"),
    }
}

/// Whether a German noun is most likely feminine, by its ending
/// ("Aktion", "Einführung"; not "Go-live").
fn feminine(noun: &str) -> bool {
    let last = noun.rsplit('-').next().unwrap_or(noun).to_lowercase();
    ["ung", "heit", "keit", "ion", "tät", "ik", "ie", "e"]
        .iter()
        .any(|end| last.ends_with(end))
        && !last.ends_with("live")
}

/// `name` as it stands after a preposition or as an object („über Herrn
/// Yilmaz hinaus", „die Funktion von Herrn Yilmaz", „bevor Sie Herrn
/// Albers ansprechen"): Herr is declined to Herrn; Frau, an abbreviation
/// („Hr.") and a name without either stay as they are.
pub(crate) fn herrn(name: &str) -> Cow<'_, str> {
    match name.strip_prefix("Herr ") {
        Some(rest) => Cow::Owned(format!("Herrn {rest}")),
        None => Cow::Borrowed(name),
    }
}

#[cfg(test)]
mod tests {
    use super::{event_noun, owned_event};

    #[test]
    fn a_noun_with_whose_it_is_takes_the_article() {
        for (what, subject) in [
            (
                "Start unserer Weihnachts-Rabattaktion",
                "der Start unserer Weihnachts-Rabattaktion",
            ),
            ("Go-live des neuen Shops", "der Go-live des neuen Shops"),
            ("Eröffnung der Filiale", "die Eröffnung der Filiale"),
            ("Go-live", "unser Go-live"),
            ("Weihnachtsaktion", "unsere Weihnachtsaktion"),
        ] {
            assert!(event_noun(what), "{what}");
            assert_eq!(owned_event(what), subject);
        }
        // A clause or a longer text stays an aside.
        for what in [
            "an dem Tag geht der Newsletter raus",
            "Start unserer großen Weihnachts-Rabattaktion mit allen Filialen",
        ] {
            assert!(!event_noun(what), "{what}");
        }
    }
}
