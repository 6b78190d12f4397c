//! Answers piped on stdin, one per line, in the order questions are asked.
//!
//! A question skipped by its `when` takes no line. An empty line leaves an
//! optional question open; a list takes one entry per line until an empty
//! line or the end of input. CRLF line ends are accepted. Lines are read
//! lazily, one at a time; each is capped in length, and all of them together
//! at the size of the largest answers file, so neither a huge line nor an
//! endless list fills memory.

use super::{Answer, Ask, Missing, Raw, Source, Value, interpret};
use crate::checklist::{Asking, Entry};
use crate::clock::Clock;
use crate::error::{At, Error, Result, Stream, Why};
use std::io::{BufRead, Read};

pub use crate::limits::MAX_LINE;

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
            .map_err(|e| Error::stream(Stream::Stdin, e))?;
        if read == 0 {
            return Ok(None);
        }
        self.line += 1;
        self.total += read as u64;
        if self.total > crate::read::MAX_BYTES {
            return Err(Error::StdinTooLarge);
        }
        if buf.last() == Some(&b'\n') {
            buf.pop();
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
        }
        if buf.len() > MAX_LINE {
            return Err(Error::LineTooLong { line: self.line });
        }
        String::from_utf8(buf)
            .map(Some)
            .map_err(|_| Error::LineNotUtf8 { line: self.line })
    }

    /// After the walk: refuses a line with text that no question took, so
    /// answers that slipped out of step are not dropped unseen. Blank lines
    /// may follow the last answer.
    pub fn no_more(&mut self) -> Result<()> {
        let last = self.line;
        while let Some(line) = self.next_line()? {
            if !line.trim().is_empty() {
                let line = self.line;
                return Err(Error::SpareLine { line, last });
            }
        }
        Ok(())
    }

    fn ended(&self, entry: &Entry) -> Error {
        Error::StdinEnded {
            key: entry.key(),
            line: self.line + 1,
        }
    }

    /// The error for `value`, which does not fit `entry`, on this line.
    fn invalid(&self, entry: &Entry, value: &str, expected: crate::error::Expected) -> Error {
        Error::Answer {
            at: Box::new(At::Line(self.line)),
            key: entry.key(),
            value: value.to_owned(),
            expected,
        }
    }
}

impl<R: BufRead> Ask for Lines<R> {
    fn ask(&mut self, entry: &Entry, clock: &Clock) -> Result<Option<Answer>> {
        let value = self.value(entry, clock)?;
        let source = Source::Stdin;
        Ok(value.map(|value| Answer { value, source }))
    }

    fn finish(&mut self) -> Result<()> {
        self.empty.as_mut().map_or(Ok(()), Missing::finish)
    }
}

impl<R: BufRead> Lines<R> {
    /// The value the next line or lines give `entry`.
    fn value(&mut self, entry: &Entry, clock: &Clock) -> Result<Option<Value>> {
        let at_start = self.line == 0 && self.empty.is_none();
        if at_start && self.reader.fill_buf().is_ok_and(|b| b.is_empty()) {
            self.empty = Some(Missing::new(Why::EmptyStdin));
        }
        if let Some(missing) = &mut self.empty {
            return missing.ask(entry, clock).map(|_| None);
        }
        let q = entry.question;
        let entries = match q.kind.asking() {
            Asking::Entries => true,
            Asking::Line | Asking::Text | Asking::Pick => false,
        };
        if entries {
            let mut items = Vec::new();
            loop {
                match self.next_line()? {
                    None if items.is_empty() && !q.optional => return Err(self.ended(entry)),
                    None => break,
                    Some(line) if line.trim().is_empty() => break,
                    Some(line) => items.push(line),
                }
            }
            if items.is_empty() && q.optional {
                return Ok(None);
            }
            let raw = Raw::List(items.into_iter().map(Raw::Text).collect());
            return interpret(q, &raw, clock)
                .map(Some)
                .map_err(|expected| self.invalid(entry, "[…]", expected));
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
            return Err(self.invalid(entry, "", q.expected()));
        }
        interpret(q, &Raw::Text(line.clone()), clock)
            .map(Some)
            .map_err(|expected| self.invalid(entry, &line, expected))
    }
}
