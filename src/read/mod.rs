//! Reading input files safely, and naming a place in one.
//!
//! Checklists and answers files share the same limits: at most 1 MiB (refused
//! before anything is parsed), valid UTF-8 (refused with the position of the
//! first bad byte), a leading BOM dropped. `-` reads stdin under the same
//! rules. A [`Problem`] names the file, line and column of what is wrong
//! ([`problem`]), as data.
//! Before a YAML file is parsed, [`nesting`] refuses deep flow nesting and
//! [`expansion`] aliases that would multiply it. A YAML syntax error is
//! read as data ([`Syntax`]), its likely cause named.

mod expansion;
mod nesting;
mod problem;
pub mod rule;
mod syntax;

pub use crate::limits::{MAX_BYTES, MAX_EXPANDED, MAX_FLOW_DEPTH};
pub use expansion::expansion;
pub use nesting::flow_depth;
pub use problem::{A_MAP, KEY_TWICE, Problem, What, io_reason};
pub use rule::Rule;
pub use syntax::{Syntax, quote};

use crate::locate::line_col;
use std::io::Read;
use std::path::Path;

/// The name to show for `path` (`-` is stdin).
pub fn display_name(path: &Path) -> String {
    if path == Path::new("-") {
        "<stdin>".to_owned()
    } else {
        path.display().to_string()
    }
}

/// Reads `path` (or stdin for `-`) as text within the limits.
pub fn text(path: &Path) -> Result<String, Problem> {
    let name = display_name(path);
    let bytes = if path == Path::new("-") {
        limited(std::io::stdin().lock(), None)
    } else {
        file_bytes(path)
    }
    .map_err(|what| Problem::whole(&name, what))?;
    if bytes.len() >= LARGE_INPUT {
        keep_freed_memory();
    }
    decode(&name, bytes)
}

/// From this size on, an input is parsed into enough short-lived memory
/// that the allocator's defaults start to cost.
const LARGE_INPUT: usize = 256 * 1024;

/// Parsing a large file allocates and frees many megabytes in large blocks.
/// glibc hands each large free block back to the OS and maps fresh pages for
/// the next, so every page faults again; for a run that ends within
/// milliseconds, keeping freed memory for reuse is faster (about 6% on a
/// 1 MiB checklist).
fn keep_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes allocator tuning; it is thread-safe.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 64 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 128 << 20);
    }
}

/// Checks `bytes` read from the input `name` against the same limits and
/// turns them into text, without a leading BOM.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String, Problem> {
    if bytes.len() as u64 > MAX_BYTES {
        return Err(Problem::whole(name, What::TooBig));
    }
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            Ok(text)
        }
        Err(err) => {
            let bytes = err.as_bytes();
            let valid = err.utf8_error().valid_up_to();
            Err(Problem {
                file: name.to_owned(),
                at: Some(line_col(&bytes[..valid])),
                what: What::NotUtf8,
            })
        }
    }
}

/// Why an input could not be read.
fn unreadable(err: std::io::Error) -> What {
    What::CannotRead(err.kind(), io_reason(&err))
}

/// Opens `path` for reading if it is a regular file, and `None` if it is
/// anything else. Opened without waiting, so that a FIFO put in its place
/// after it was looked at is never waited on; with `follow` false, a
/// symbolic link counts as something else too.
pub fn regular_file(path: &Path, follow: bool) -> std::io::Result<Option<std::fs::File>> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let nofollow = if follow { 0 } else { libc::O_NOFOLLOW };
        options.custom_flags(libc::O_NONBLOCK | nofollow);
    }
    #[cfg(windows)]
    if !follow {
        // The link itself is opened, and is no regular file.
        use std::os::windows::fs::OpenOptionsExt;
        use windows_sys::Win32::Storage::FileSystem::FILE_FLAG_OPEN_REPARSE_POINT;
        options.custom_flags(FILE_FLAG_OPEN_REPARSE_POINT);
    }
    #[cfg(not(any(unix, windows)))]
    let _ = follow;
    let file = match options.open(path) {
        Ok(file) => file,
        #[cfg(unix)]
        Err(err) if !follow && err.raw_os_error() == Some(libc::ELOOP) => return Ok(None),
        // A socket cannot be opened as a file at all.
        #[cfg(unix)]
        Err(err) if err.raw_os_error() == Some(libc::ENXIO) => return Ok(None),
        Err(err) => return Err(err),
    };
    Ok(file.metadata()?.is_file().then_some(file))
}

/// Reads the opened `file` as text within the limits; `name` names it in
/// problems.
pub fn file_text(name: &str, file: std::fs::File) -> Result<String, Problem> {
    let bytes = opened_bytes(file).map_err(|what| Problem::whole(name, what))?;
    decode(name, bytes)
}

fn file_bytes(path: &Path) -> Result<Vec<u8>, What> {
    opened_bytes(std::fs::File::open(path).map_err(unreadable)?)
}

fn opened_bytes(file: std::fs::File) -> Result<Vec<u8>, What> {
    let meta = file.metadata().map_err(unreadable)?;
    if meta.is_dir() {
        return Err(What::IsADirectory);
    }
    if meta.len() > MAX_BYTES {
        return Err(What::TooBig);
    }
    limited(file, Some(meta.len()))
}

fn limited(reader: impl Read, size: Option<u64>) -> Result<Vec<u8>, What> {
    let mut bytes = Vec::with_capacity(size.unwrap_or(8 * 1024) as usize);
    reader
        .take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    // At most one byte over the limit: enough for `decode` to refuse it.
    Ok(bytes)
}
