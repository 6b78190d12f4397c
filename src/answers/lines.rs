//! Answers piped on stdin, one per line, in the order questions are asked.
//!
//! A question skipped by its `when` takes no line. An empty line leaves an
//! optional question open; a list takes one entry per line until an empty
//! line or the end of input. CRLF line ends are accepted. Lines are read
//! lazily, one at a time; each is capped in length, and all of them together
//! at the size of the largest answers file, so neither a huge line nor an
//! endless list fills memory.

use super::{Ask, Missing, Raw, Source, Value, Why, interpret, invalid};
use crate::checklist::{Entry, Kind};
use crate::clock::Clock;
use crate::exit::{Error, Result};
use crate::i18n::t;
use std::io::{BufRead, Read};

/// The longest line accepted.
pub const MAX_LINE: usize = 64 * 1024;

pub struct Lines<R> {
    reader: R,
    /// The number of the last line read.
    line: usize,
    /// The bytes read so far.
    total: u64,
    /// Set when stdin turns out to be empty: every required question is
    /// then listed at once, as with no input at all.
    empty: Option<Missing>,
}

impl<R: BufRead> Lines<R> {
    pub fn new(reader: R) -> Self {
        Lines {
            reader,
            line: 0,
            total: 0,
            empty: None,
        }
    }

    /// The next line without its line end, or `None` at the end of input.
    fn next_line(&mut self) -> Result<Option<String>> {
        let mut buf = Vec::new();
        let read = (&mut self.reader)
            .take(MAX_LINE as u64 + 2)
            .read_until(b'\n', &mut buf)
            .map_err(|e| Error::io(t().reading_stdin(), &e))?;
        if read == 0 {
            return Ok(None);
        }
        self.line += 1;
        self.total += read as u64;
        if self.total > crate::read::MAX_BYTES {
            let too_big = t().too_big(crate::read::MAX_BYTES / 1024);
            return Err(Error::new(format!("<stdin>: {too_big}")));
        }
        if buf.last() == Some(&b'\n') {
            buf.pop();
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
        }
        if buf.len() > MAX_LINE {
            return Err(self.placed(Error::new(t().line_too_long(MAX_LINE / 1024))));
        }
        String::from_utf8(buf)
            .map(Some)
            .map_err(|_| self.placed(Error::new(t().line_not_utf8())))
    }

    /// After the walk: refuses a line with text that no question took, so
    /// answers that slipped out of step are not dropped unseen. Blank lines
    /// may follow the last answer.
    pub fn no_more(&mut self) -> Result<()> {
        let last = self.line;
        while let Some(line) = self.next_line()? {
            if !line.trim().is_empty() {
                let why = match last {
                    0 => t().line_unneeded().to_owned(),
                    last => t().line_unused(last),
                };
                return Err(self.at_line(Error::new(why)));
            }
        }
        Ok(())
    }

    /// `err` placed on the current line of stdin, like a file's errors.
    fn placed(&self, mut err: Error) -> Error {
        err.message = format!("<stdin>:{}: {}", self.line, err.message);
        err
    }

    /// `err` placed on the current line, with a reminder of the line order:
    /// the answer there is not the one the question expected.
    fn at_line(&self, err: Error) -> Error {
        self.placed(err).with_hint(t().hint_line_order())
    }

    fn ended(&self, entry: &Entry) -> Error {
        Error::new(t().input_ended(&entry.key(), self.line + 1)).with_hint(t().hint_pass_answers())
    }
}

impl<R: BufRead> Ask for Lines<R> {
    fn ask(&mut self, entry: &Entry, clock: &Clock) -> Result<Option<Value>> {
        let at_start = self.line == 0 && self.empty.is_none();
        if at_start && self.reader.fill_buf().is_ok_and(|b| b.is_empty()) {
            self.empty = Some(Missing::new(Why::EmptyStdin));
        }
        if let Some(missing) = &mut self.empty {
            return missing.ask(entry, clock);
        }
        let q = entry.question;
        let key = entry.key();
        if q.kind == Kind::List {
            let mut items = Vec::new();
            loop {
                match self.next_line()? {
                    None if items.is_empty() && !q.optional => return Err(self.ended(entry)),
                    None => break,
                    Some(line) if line.trim().is_empty() => break,
                    Some(line) => items.push(line),
                }
            }
            let items = super::entries(items.iter().map(String::as_str));
            return Ok((!items.is_empty() || !q.optional).then_some(Value::List(items)));
        }
        let Some(line) = self.next_line()? else {
            return if q.optional {
                Ok(None)
            } else {
                Err(self.ended(entry))
            };
        };
        if line.trim().is_empty() {
            if q.optional {
                return Ok(None);
            }
            return Err(self.at_line(invalid(&key, "", &super::expected(q))));
        }
        interpret(q, &Raw::Text(line.clone()), clock)
            .map(Some)
            .map_err(|why| self.at_line(invalid(&key, &line, &why)))
    }

    fn source(&self) -> Source {
        Source::Stdin
    }

    fn finish(&mut self) -> Result<()> {
        self.empty.as_mut().map_or(Ok(()), Missing::finish)
    }
}
