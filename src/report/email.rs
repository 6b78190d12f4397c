//! A document as an email draft (`.eml`), built with mail-builder: the
//! subject, the recipient when known, a plain-text and an HTML part of the
//! same text, and `X-Unsent: 1`, which tells mail programs to open it as a
//! message to send rather than one received.
//!
//! It is from the merchant when their address is known; its message id
//! is in that address's domain, else in `localhost`, as mail-builder
//! names a host it does not know, and never names the tool.
//!
//! The draft is dated with the time and zone it was written in. With the
//! clock fixed (`--today`, `SOURCE_DATE_EPOCH`), the same document gives the
//! same bytes: the date is the day's noon (UTC), and the message id and the
//! boundary between the parts come from a hash of the content, not from the
//! clock or the host.

use mail_builder::MessageBuilder;
use mail_builder::headers::content_type::ContentType;
use mail_builder::headers::raw::Raw;
use mail_builder::mime::MimePart;
use std::hash::{Hash, Hasher};
use std::io;

/// Whom a draft goes to: an address checked to be one, and the name
/// shown with it, when given ("Petra Lang <plang@example.com>").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub name: Option<String>,
    pub address: String,
}

/// Is `text` one address: one `@` between a name and a domain, nothing
/// that would end or extend the header it goes into?
pub fn is_address(text: &str) -> bool {
    let bad = |c: char| c.is_whitespace() || c.is_control() || "<>()[],;:\\\"".contains(c);
    text.split_once('@').is_some_and(|(name, domain)| {
        !name.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
            && !text.contains(bad)
    })
}

/// What the draft holds.
pub struct Draft<'a> {
    /// One line, made safe.
    pub subject: &'a str,
    pub to: Option<&'a Recipient>,
    pub from: Option<&'a Recipient>,
    /// The id of the message it answers, without angle brackets: named
    /// as the one it replies to and refers to, so that it is threaded.
    pub in_reply_to: Option<&'a str>,
    pub text: &'a str,
    pub html: &'a str,
    pub date: jiff::civil::Date,
    /// The moment it is written, in the local zone; `None` for a fixed
    /// clock.
    pub now: Option<&'a jiff::ZonedDateTime>,
}

/// The draft as the bytes of an `.eml` file.
pub fn eml(draft: &Draft) -> io::Result<Vec<u8>> {
    let seed = seed(draft);
    let boundary = (0u32..)
        .map(|n| format!("escalate-{seed:016x}-{n}"))
        .find(|b| !draft.text.contains(b.as_str()) && !draft.html.contains(b.as_str()))
        .unwrap_or_default();
    let noon = jiff::tz::TimeZone::UTC
        .to_timestamp(draft.date.at(12, 0, 0, 0))
        .map(|noon| noon.as_second())
        .unwrap_or_default();
    let alternative = ContentType::new("multipart/alternative").attribute("boundary", boundary);
    let parts = vec![
        MimePart::new("text/plain", draft.text),
        MimePart::new("text/html", draft.html),
    ];
    let domain = draft
        .from
        .and_then(|from| from.address.rsplit_once('@'))
        .map_or("localhost", |(_, domain)| domain);
    let mut message = MessageBuilder::new().message_id(format!("{seed:016x}@{domain}"));
    message = match draft
        .now
        .and_then(|now| jiff::fmt::rfc2822::to_string(now).ok())
    {
        Some(date) => message.header("Date", Raw::new(date)),
        None => message.date(noon),
    };
    let mut message = message
        .subject(draft.subject)
        .header("X-Unsent", Raw::new("1"));
    if let Some(from) = draft.from {
        message = match &from.name {
            Some(name) => message.from((name.as_str(), from.address.as_str())),
            None => message.from(from.address.as_str()),
        };
    }
    if let Some(to) = draft.to {
        message = match &to.name {
            Some(name) => message.to((name.as_str(), to.address.as_str())),
            None => message.to(to.address.as_str()),
        };
    }
    if let Some(id) = draft.in_reply_to {
        message = message.in_reply_to(id).references(id);
    }
    message
        .body(MimePart::new(alternative, parts))
        .write_to_vec()
}

/// A number from the draft's content, the same in every run.
fn seed(draft: &Draft) -> u64 {
    // SipHash with fixed keys: the same content, the same number.
    let mut hasher = std::hash::DefaultHasher::new();
    let person = |p: &Recipient| (p.address.clone(), p.name.clone());
    let (to, from) = (draft.to.map(person), draft.from.map(person));
    (draft.subject, to, from, draft.text, draft.html).hash(&mut hasher);
    draft.date.to_string().hash(&mut hasher);
    hasher.finish()
}

/// An HTML document around `body`, an HTML fragment, in `lang`.
pub fn html_page(body: &str, lang: &str, title: &str) -> String {
    // Text alone, written as HTML: escaped.
    let mut title_html = String::new();
    let text = pulldown_cmark::Event::Text(title.into());
    pulldown_cmark::html::push_html(&mut title_html, std::iter::once(text));
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title_html}</title>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )
}
