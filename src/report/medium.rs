//! The form a document file takes, from its name as pandoc reads it:
//! `.md` Markdown for renderers, `.txt` plain text to paste into any mail
//! client, `.eml` an email draft to open and send. A document is written
//! once, as a [`Document`]: its subject and its body in Markdown; the
//! plain text (`report::plain`) and the HTML of the draft
//! (`report::email`) are that Markdown rendered, so the three say the same.

use crate::error::{Error, Result};
use std::path::Path;

/// The forms a document file can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Medium {
    Markdown,
    Text,
    Email,
}

impl Medium {
    /// The form `path`'s extension names; any other is an error that names
    /// the three.
    pub fn of(path: &Path) -> Result<Medium> {
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("md") => Ok(Medium::Markdown),
            Some("txt") => Ok(Medium::Text),
            Some("eml") => Ok(Medium::Email),
            _ => Err(Error::DocumentFormat {
                path: path.display().to_string(),
            }),
        }
    }

    /// The extension of a file in this form.
    pub fn extension(self) -> &'static str {
        match self {
            Medium::Markdown => "md",
            Medium::Text => "txt",
            Medium::Email => "eml",
        }
    }
}

/// A document before its form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The subject of its email, one line, made safe.
    pub subject: String,
    /// The document as a file of its own holds it, in Markdown whose every
    /// untrusted text is escaped: with its subject as its title.
    pub markdown: String,
    /// The body of its email and of its text, the same Markdown without
    /// the title, which the email's header holds.
    pub email: String,
    /// The language it is written in, for the HTML.
    pub lang: &'static str,
    /// Does it say that the examples are attached? Then the files must be
    /// attached to the email before it is sent.
    pub attach: bool,
    /// Does it name a clause at issue? Then the pages of the contract
    /// must be attached too, whatever it says of the examples.
    pub attach_contract: bool,
    /// Whom its email draft goes to, when the document knows it (the
    /// note: the partner's contact, by the address the answers give).
    pub to: Option<super::email::Recipient>,
    /// Whom its email draft is from: the merchant, by the address their
    /// contact answer gives.
    pub from: Option<super::email::Recipient>,
    /// The message its email draft answers, by its id, when the document
    /// answers one (the note, to a reply pasted with its Message-ID).
    pub in_reply_to: Option<String>,
}

impl Document {
    /// The document in `medium`; an email draft to `to`, else to its own
    /// recipient, dated `now`, or, when the clock is fixed, noon (UTC) of
    /// `date`.
    pub fn render(
        &self,
        medium: Medium,
        to: Option<&super::email::Recipient>,
        date: jiff::civil::Date,
        now: Option<&jiff::ZonedDateTime>,
    ) -> std::io::Result<Vec<u8>> {
        Ok(match medium {
            Medium::Markdown => self.markdown.clone().into_bytes(),
            // The subject goes into the email's field, not its body: the
            // terminal says it when the file is written.
            Medium::Text => super::plain::text(&self.email).into_bytes(),
            Medium::Email => {
                let text = super::plain::text(&self.email);
                let mut html = String::new();
                let events = super::dialect::events(&self.email);
                pulldown_cmark::html::push_html(&mut html, events.into_iter());
                let html = super::email::html_page(&html, self.lang, &self.subject);
                let draft = super::email::Draft {
                    subject: &self.subject,
                    to: to.or(self.to.as_ref()),
                    from: self.from.as_ref(),
                    in_reply_to: self.in_reply_to.as_deref(),
                    text: &text,
                    html: &html,
                    date,
                    now,
                };
                super::email::eml(&draft)?
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extension_names_the_form_in_any_case() {
        for (name, medium) in [
            ("brief.md", Medium::Markdown),
            ("brief.MD", Medium::Markdown),
            ("note.txt", Medium::Text),
            ("dir.v2/note.eml", Medium::Email),
            ("Note.Eml", Medium::Email),
        ] {
            assert_eq!(Medium::of(Path::new(name)).unwrap(), medium, "{name}");
            assert_eq!(
                medium.extension(),
                name.rsplit('.').next().unwrap().to_lowercase()
            );
        }
        for name in ["brief", "brief.html", "brief.md.bak", ".md", "dir.md/brief"] {
            let err = Medium::of(Path::new(name)).unwrap_err();
            assert!(matches!(err, Error::DocumentFormat { .. }), "{name}");
        }
    }
}
