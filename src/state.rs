//! Answers kept between interactive runs.
//!
//! The work of an escalation takes days: raise the concern, wait for the
//! partner, come back. So an interactive run keeps its answers, per
//! checklist and language, in the user's state folder (`$XDG_STATE_HOME`,
//! else `~/.local/state`, on Linux; the platform's local data folder
//! elsewhere, found by the `directories` crate), in a file only its owner
//! may read, written whole or not at all. The next interactive run offers
//! to continue from them. A run that is not interactive never reads them,
//! so scripts stay reproducible; `--fresh` ignores them, and
//! `escalate forget` deletes them.
//!
//! A file that cannot be read back (damaged, from another version, for a
//! changed checklist) is reported in one line and the run starts afresh.

use crate::answers::{Answers, Source, file};
use crate::checklist::Checklist;
use crate::clock::Clock;
use crate::error::Result;
use jiff::civil::Date;
use std::path::PathBuf;

/// The version of the file's shape.
const VERSION: u32 = 1;

/// Where the answers for `checklist` are kept, if the platform has a
/// place for them. On Unix, a run without `$HOME` (a service, a sandbox)
/// keeps nothing, rather than writing to the home its user account names.
pub fn path(checklist: &Checklist) -> Option<PathBuf> {
    #[cfg(unix)]
    if !["HOME", "XDG_STATE_HOME"]
        .iter()
        .filter_map(std::env::var_os)
        .any(|value| std::path::Path::new(&value).is_absolute())
    {
        return None;
    }
    let dirs = directories::ProjectDirs::from("", "", "escalate")?;
    let folder = dirs
        .state_dir()
        .unwrap_or_else(|| dirs.data_local_dir())
        .to_path_buf();
    // Ids and language codes are kebab-case: safe as a file name.
    Some(folder.join(format!("{}.{}.yaml", checklist.id, checklist.lang)))
}

/// Answers kept from an earlier run, and the day they were kept.
pub struct Kept {
    pub answers: Answers,
    pub saved: Date,
}

/// The file as it is written.
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Stored {
    version: u32,
    checklist: String,
    lang: String,
    saved: String,
    answers: serde_norway::Mapping,
}

/// What reading the kept answers found.
pub enum Found {
    /// Nothing is kept, or the platform keeps nothing.
    Nothing,
    Kept(Kept),
    /// A file that could not be read back; the run starts afresh.
    Unreadable(PathBuf),
}

/// The answers kept for `checklist`, checked against it.
pub fn load(checklist: &Checklist, clock: &Clock) -> Found {
    let Some(path) = path(checklist) else {
        return Found::Nothing;
    };
    if !path.exists() {
        return Found::Nothing;
    }
    match read(checklist, &path, clock) {
        Some(kept) => Found::Kept(kept),
        None => Found::Unreadable(path),
    }
}

fn read(checklist: &Checklist, path: &std::path::Path, clock: &Clock) -> Option<Kept> {
    let text = crate::read::text(path).ok()?;
    let stored: Stored = serde_norway::from_str(&text).ok()?;
    if stored.version != VERSION
        || stored.checklist != checklist.id
        || stored.lang != checklist.lang
    {
        return None;
    }
    let saved = crate::clock::parse_date(&stored.saved)?;
    let answers = serde_norway::to_string(&stored.answers).ok()?;
    let name = crate::read::display_name(path);
    let read = file::read_str(checklist, &name, &answers, clock).ok()?;
    // Kept answers were typed at the terminal.
    let mut answers = Answers::default();
    for (key, answer) in read.iter() {
        let mut answer = answer.clone();
        answer.source = Source::Interactive;
        answers.set(key.to_owned(), answer);
    }
    Some(Kept { answers, saved })
}

/// Keeps `answers` for `checklist`, as of `today`. Failing to keep them
/// costs the next run some typing, nothing more: it is reported, not an
/// error.
pub fn save(checklist: &Checklist, answers: &Answers, today: Date) -> Result<Option<PathBuf>> {
    let Some(path) = path(checklist) else {
        return Ok(None);
    };
    let saved = file::to_yaml(checklist, answers);
    let map: serde_norway::Mapping = serde_norway::from_str(&saved).unwrap_or_default();
    let stored = Stored {
        version: VERSION,
        checklist: checklist.id.clone(),
        lang: checklist.lang.clone(),
        saved: today.to_string(),
        answers: map,
    };
    let body = serde_norway::to_string(&stored).unwrap_or_default();
    let text = format!("# {}\n{body}", crate::i18n::t().kept_header());
    if let Some(folder) = path.parent() {
        create_private_folder(folder)?;
    }
    crate::output::private_file(&path, text.as_bytes())?;
    Ok(Some(path))
}

/// Forgets the answers kept for `checklist`; the path, if there were any.
pub fn forget(checklist: &Checklist) -> Result<Option<PathBuf>> {
    let Some(path) = path(checklist) else {
        return Ok(None);
    };
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(Some(path)),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(crate::error::Error::write(&path, err)),
    }
}

/// `folder` and the folders above it, those made here readable by their
/// owner only.
fn create_private_folder(folder: &std::path::Path) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(folder)
        .map_err(|err| crate::error::Error::write(folder, err))
}
