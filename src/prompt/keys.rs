//! Keys and pastes as they reach a question: the bytes the terminal sends,
//! read raw and decoded here.
//!
//! `console` reads one key at a time and knows no bracketed paste: the
//! terminal's paste markers (`ESC[200~` … `ESC[201~`) would reach a prompt
//! as stray keys, and the text between as typing. So the bytes are decoded
//! here, as line editors such as reedline and rustyline decode them: a
//! paste is one [`Event::Paste`] however many reads it takes to arrive
//! (the terminal may send it in parts, a while apart); a lone Esc is told
//! from the start of a sequence by a short wait for what follows it.
//! Elsewhere (the Windows console) keys are read as `console` reads them,
//! and the decoder waits unused.
#![cfg_attr(not(unix), allow(dead_code))]

use console::Key;

/// What reached the prompt: a key, or a paste whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Key(Key),
    /// The text between the terminal's paste markers; line breaks as `\n`.
    Paste(String),
}

/// Turns the terminal's bytes into events. Pure: fed bytes, it hands out
/// what they complete and keeps the rest for the next bytes.
#[derive(Default)]
pub struct Decoder {
    /// Bytes not yet decoded: part of a sequence or of a character.
    held: Vec<u8>,
    /// Inside a paste: its bytes so far.
    paste: Option<Vec<u8>>,
    /// The paste under way was dropped: the rest of it goes too.
    dropped: bool,
}

const PASTE_START: &[u8] = b"\x1b[200~";
const PASTE_END: &[u8] = b"\x1b[201~";

impl Decoder {
    /// Takes `bytes` in; the events they complete.
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<Event> {
        self.held.extend_from_slice(bytes);
        let mut events = Vec::new();
        while let Some(event) = self.next(false) {
            events.extend(event);
        }
        events
    }

    /// Nothing more came: what is held is taken as it stands (a lone Esc is
    /// the Esc key). A paste still open stays open: its end is on its way.
    pub fn flush(&mut self) -> Vec<Event> {
        let mut events = Vec::new();
        while let Some(event) = self.next(true) {
            events.extend(event);
        }
        events
    }

    /// Drops what is held. A paste under way is dropped whole: the rest of
    /// it, still to come, never reaches a prompt as typing.
    pub fn drop_held(&mut self) {
        self.held.clear();
        if self.paste.is_some() {
            self.paste = Some(Vec::new());
            self.dropped = true;
        }
    }

    /// Is a paste under way, or are bytes held that need more to decode?
    pub fn waiting(&self) -> bool {
        self.paste.is_some() || !self.held.is_empty()
    }

    /// Decodes one event from the front of what is held: `None` when more
    /// bytes are needed (or none are held), `Some(None)` when bytes were
    /// used up for nothing the prompt needs.
    fn next(&mut self, last: bool) -> Option<Option<Event>> {
        if let Some(paste) = &mut self.paste {
            return match find(&self.held, PASTE_END) {
                Some(at) => {
                    paste.extend_from_slice(&self.held[..at]);
                    self.held.drain(..at + PASTE_END.len());
                    let bytes = self.paste.take().unwrap_or_default();
                    if std::mem::take(&mut self.dropped) {
                        return Some(None);
                    }
                    Some(Some(Event::Paste(pasted(&bytes))))
                }
                None => {
                    // Keep what could be the start of the end marker.
                    let keep = partial_suffix(&self.held, PASTE_END);
                    let upto = self.held.len() - keep;
                    paste.extend_from_slice(&self.held[..upto]);
                    self.held.drain(..upto);
                    None
                }
            };
        }
        let first = *self.held.first()?;
        if first == 0x1b {
            return self.escape(last);
        }
        let len = utf8_len(first);
        if self.held.len() < len {
            if last {
                self.held.clear();
                return Some(None);
            }
            return None;
        }
        let bytes: Vec<u8> = self.held.drain(..len).collect();
        let key = match std::str::from_utf8(&bytes)
            .ok()
            .and_then(|s| s.chars().next())
        {
            Some('\r' | '\n') => Key::Enter,
            Some('\x7f' | '\x08') => Key::Backspace,
            Some('\t') => Key::Tab,
            Some('\x01') => Key::Home,
            Some('\x05') => Key::End,
            Some('\x03') => Key::CtrlC,
            Some(c) => Key::Char(c),
            None => return Some(None),
        };
        Some(Some(Event::Key(key)))
    }

    /// Decodes what starts with Esc: a paste's start, a key's sequence, or
    /// the Esc key itself.
    fn escape(&mut self, last: bool) -> Option<Option<Event>> {
        let held = &self.held;
        if held.len() == 1 {
            if last {
                self.held.clear();
                return Some(Some(Event::Key(Key::Escape)));
            }
            return None;
        }
        if held.starts_with(PASTE_START) {
            self.held.drain(..PASTE_START.len());
            self.paste = Some(Vec::new());
            return Some(None);
        }
        if held[1] != b'[' && held[1] != b'O' {
            // Esc, then a key of its own (Alt and a key): the Esc key.
            self.held.drain(..1);
            return Some(Some(Event::Key(Key::Escape)));
        }
        // CSI or SS3: parameters, then a final byte from '@' to '~'.
        let end = held[2..]
            .iter()
            .position(|b| (0x40..=0x7e).contains(b))
            .map(|at| at + 2);
        let Some(end) = end else {
            if last {
                self.held.clear();
                return Some(Some(Event::Key(Key::Escape)));
            }
            return None;
        };
        let sequence: Vec<u8> = self.held.drain(..=end).collect();
        let params = &sequence[2..end];
        let key = match (sequence[end], params) {
            (b'A', _) => Key::ArrowUp,
            (b'B', _) => Key::ArrowDown,
            (b'C', _) => Key::ArrowRight,
            (b'D', _) => Key::ArrowLeft,
            (b'H', _) | (b'~', b"1" | b"7") => Key::Home,
            (b'F', _) | (b'~', b"4" | b"8") => Key::End,
            (b'Z', _) => Key::BackTab,
            (b'~', b"2") => Key::Insert,
            (b'~', b"3") => Key::Del,
            (b'~', b"5") => Key::PageUp,
            (b'~', b"6") => Key::PageDown,
            _ => return Some(None),
        };
        Some(Some(Event::Key(key)))
    }
}

/// A paste's bytes as text: CR LF, CR and LF each a line break; what is
/// not UTF-8 replaced.
fn pasted(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .replace("\r\n", "\n")
        .replace('\r', "\n")
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// How many bytes at the end of `held` begin `marker`.
fn partial_suffix(held: &[u8], marker: &[u8]) -> usize {
    (1..marker.len().min(held.len() + 1))
        .rev()
        .find(|&n| held.ends_with(&marker[..n]))
        .unwrap_or(0)
}

/// The length of the UTF-8 character that starts with `first`.
fn utf8_len(first: u8) -> usize {
    match first {
        0xf0..=0xf7 => 4,
        0xe0..=0xef => 3,
        0xc0..=0xdf => 2,
        _ => 1,
    }
}

/// Reading the terminal: a blocking wait for the first bytes, then what
/// else is there at once.
#[cfg(unix)]
mod read {
    use super::{Decoder, Event, Key};
    use std::cell::RefCell;
    use std::collections::VecDeque;
    use std::io;

    /// How long a lone Esc waits for the rest of a sequence. Terminals send
    /// a key's sequence in one write; over a slow link it may come later.
    const ESC_WAIT_MS: i32 = 30;

    thread_local! {
        static DECODER: RefCell<Decoder> = RefCell::new(Decoder::default());
        static READY: RefCell<VecDeque<Event>> = const { RefCell::new(VecDeque::new()) };
    }

    /// The next event: waits for the user, in raw mode while waiting.
    pub fn next() -> io::Result<Event> {
        loop {
            if let Some(event) = READY.with(|r| r.borrow_mut().pop_front()) {
                return Ok(event);
            }
            let mode = crate::signal::Mode::now();
            if let Some(mode) = mode {
                mode.raw().put_back();
            }
            let read = fill();
            if let Some(mode) = mode {
                mode.put_back();
            }
            read?;
        }
    }

    /// Reads what is there (waiting for the first byte) and decodes it.
    fn fill() -> io::Result<()> {
        let mut buf = [0u8; 4096];
        let n = read_stdin(&mut buf)?;
        let mut events = DECODER.with(|d| d.borrow_mut().feed(&buf[..n]));
        // The rest of a sequence or of a paste: a short wait for it, and
        // after that wait a lone Esc is the key.
        while DECODER.with(|d| !d.borrow().paste_open()) && DECODER.with(|d| d.borrow().waiting()) {
            if !ready(ESC_WAIT_MS) {
                events.extend(DECODER.with(|d| d.borrow_mut().flush()));
                break;
            }
            let n = read_stdin(&mut buf)?;
            events.extend(DECODER.with(|d| d.borrow_mut().feed(&buf[..n])));
        }
        READY.with(|r| r.borrow_mut().extend(events));
        Ok(())
    }

    /// Is something waiting to be read: an event decoded, or bytes on the
    /// terminal? Then it came in the same burst as the last one.
    pub fn pending() -> bool {
        READY.with(|r| !r.borrow().is_empty()) || ready(0)
    }

    /// Drops everything read and not yet used, and what the terminal holds,
    /// but not a Ctrl-C among them: typed in the same burst as an answer,
    /// it still stops the run, so it is kept to be read next. Returns
    /// whether the terminal's input was read to its end; when not (more
    /// than 1 MiB, or no terminal), the caller flushes the rest. A key
    /// that comes after that end is not flushed unread: a Ctrl-C typed
    /// right after an answer is then read as the next key, and stops the
    /// run, rather than lost between the read and a flush.
    pub fn discard() -> bool {
        let ctrl_c = Event::Key(Key::CtrlC);
        let mut stop = READY.with(|r| r.borrow().contains(&ctrl_c));
        READY.with(|r| r.borrow_mut().clear());
        DECODER.with(|d| d.borrow_mut().drop_held());
        let (held, drained) = held_ctrl_c();
        stop |= held;
        if stop {
            READY.with(|r| r.borrow_mut().push_back(ctrl_c));
        }
        drained
    }

    /// Reads and drops what a terminal holds, up to 1 MiB: was a Ctrl-C
    /// among it, and was all of it read? Only at a terminal: other input
    /// is not typeahead, and is not read here.
    fn held_ctrl_c() -> (bool, bool) {
        // SAFETY: isatty only asks about the descriptor.
        if unsafe { libc::isatty(libc::STDIN_FILENO) } != 1 {
            return (false, false);
        }
        // In raw mode, so that a Ctrl-C that came after the last Enter, not
        // yet a whole line, can be read too.
        let mode = crate::signal::Mode::now();
        if let Some(mode) = mode {
            mode.raw().put_back();
        }
        let mut buf = [0u8; 4096];
        let mut found = false;
        let mut drained = false;
        for _ in 0..256 {
            if !ready(0) {
                drained = true;
                break;
            }
            match read_stdin(&mut buf) {
                Ok(n) => found |= buf[..n].contains(&0x03),
                Err(_) => break,
            }
        }
        if let Some(mode) = mode {
            mode.put_back();
        }
        (found, drained)
    }

    fn ready(timeout_ms: i32) -> bool {
        let mut fd = libc::pollfd {
            fd: libc::STDIN_FILENO,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd.
        unsafe { libc::poll(&mut fd, 1, timeout_ms) > 0 }
    }

    fn read_stdin(buf: &mut [u8]) -> io::Result<usize> {
        loop {
            // SAFETY: reads into a valid buffer of its length.
            let n = unsafe { libc::read(libc::STDIN_FILENO, buf.as_mut_ptr().cast(), buf.len()) };
            match n {
                0 => return Err(io::ErrorKind::UnexpectedEof.into()),
                n if n > 0 => return Ok(n as usize),
                _ => {
                    let err = io::Error::last_os_error();
                    if err.kind() != io::ErrorKind::Interrupted {
                        return Err(err);
                    }
                }
            }
        }
    }
}

impl Decoder {
    /// Is a paste open, its end not yet read?
    pub fn paste_open(&self) -> bool {
        self.paste.is_some()
    }
}

/// Elsewhere, keys as `console` reads them: no paste markers.
#[cfg(not(unix))]
mod read {
    use super::Event;
    use std::io;

    pub fn next() -> io::Result<Event> {
        console::Term::stderr().read_key_raw().map(Event::Key)
    }

    pub fn pending() -> bool {
        false
    }

    pub fn discard() -> bool {
        false
    }
}

pub use read::{discard, next, pending};

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(events: &[Event]) -> Vec<Key> {
        events
            .iter()
            .filter_map(|e| match e {
                Event::Key(k) => Some(k.clone()),
                Event::Paste(_) => None,
            })
            .collect()
    }

    #[test]
    fn keys_and_sequences_decode_as_keys() {
        let mut d = Decoder::default();
        let events = d.feed("aé\r\x1b[A\x1b[3~\x7f\x15".as_bytes());
        assert_eq!(
            keys(&events),
            [
                Key::Char('a'),
                Key::Char('é'),
                Key::Enter,
                Key::ArrowUp,
                Key::Del,
                Key::Backspace,
                Key::Char('\u{15}'),
            ]
        );
        assert!(!d.waiting());
    }

    #[test]
    fn a_lone_esc_is_the_key_once_nothing_follows() {
        let mut d = Decoder::default();
        assert!(d.feed(b"\x1b").is_empty());
        assert!(d.waiting());
        assert_eq!(d.flush(), [Event::Key(Key::Escape)]);
        // A sequence split between reads is one key.
        assert!(d.feed(b"\x1b[").is_empty());
        assert_eq!(d.feed(b"B"), [Event::Key(Key::ArrowDown)]);
    }

    #[test]
    fn a_paste_in_parts_is_one_paste() {
        let mut d = Decoder::default();
        let mut events = d.feed(b"x\x1b[200~From: a\r\nDate");
        events.extend(d.flush());
        assert_eq!(events, [Event::Key(Key::Char('x'))]);
        assert!(d.paste_open());
        // The end marker itself split in two.
        assert!(d.feed(b": b\r\x1b[20").is_empty());
        let events = d.feed(b"1~y");
        assert_eq!(
            events,
            [
                Event::Paste("From: a\nDate: b\n".into()),
                Event::Key(Key::Char('y'))
            ]
        );
    }

    #[test]
    fn a_paste_dropped_halfway_is_dropped_whole() {
        let mut d = Decoder::default();
        assert!(d.feed(b"\x1b[200~yes\r").is_empty());
        d.drop_held();
        assert_eq!(d.feed(b"no\r\x1b[201~y"), [Event::Key(Key::Char('y'))]);
        // The next paste is taken again.
        assert_eq!(d.feed(b"\x1b[200~a\x1b[201~"), [Event::Paste("a".into())]);
    }

    #[test]
    fn a_partial_marker_at_the_end_is_held() {
        assert_eq!(partial_suffix(b"abc\x1b[2", PASTE_END), 3);
        assert_eq!(partial_suffix(b"abc", PASTE_END), 0);
        assert_eq!(partial_suffix(b"\x1b", PASTE_END), 1);
    }
}
