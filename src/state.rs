//! Answers kept between interactive runs.
//!
//! The work of an escalation takes days: raise the concern, wait for the
//! partner, come back. So an interactive run keeps its answers in the
//! user's state folder (`$XDG_STATE_HOME`, else `~/.local/state`, on
//! Linux; the platform's local data folder elsewhere, found by the
//! `directories` crate), in a file only its owner may read, written whole
//! or not at all. The next interactive run offers to continue from them.
//! A run that is not interactive never reads them, so scripts stay
//! reproducible; `--fresh` ignores them, and `escalate forget` deletes
//! them.
//!
//! One file per checklist ([`place`]): the built-in checklist's answers are
//! one file whatever the language (a walk begun in German goes on in
//! English), and a checklist file's are told apart from every other's by
//! its real path, so that an edited copy with the built-in's id never
//! touches the built-in's answers.
//!
//! The file is an input like any other: read only if it is a regular file
//! in a folder that, like the file, belongs to the user (or root) and that
//! no one else may change, as ssh and gpg treat theirs; through the same
//! guarded reader as an answers file (size, nesting, aliases); and checked
//! answer by answer, so that a value that no longer fits is asked again
//! and the others are kept. A file that cannot be read back (damaged, from
//! another version, for another checklist) is reported in one line and the
//! run starts afresh.

use crate::answers::{Answers, Raw, Source, file};
use crate::checklist::Checklist;
use crate::clock::Clock;
use crate::error::{Error, Result};
use jiff::civil::Date;
use std::path::{Path, PathBuf};

/// The version of the file's shape.
const VERSION: u32 = 2;

/// The most of a checklist id a file name takes: ids have no length
/// limit, file names do.
const ID_IN_NAME: usize = 64;

/// Where the answers for a checklist are kept, and what the file says it
/// is for.
pub struct Place {
    pub path: PathBuf,
    id: String,
    /// The checklist file's real path; `None` for the built-in checklist.
    file: Option<String>,
}

/// Where the answers for `checklist` are kept, if the platform has a
/// place for them: from the built-in checklist when `source` is `None`,
/// else from the checklist file `source`. On Unix, a run without `$HOME`
/// (a service, a sandbox) keeps nothing, rather than writing to the home
/// its user account names; nor does a checklist from stdin, which has no
/// path to tell it apart.
pub fn place(checklist: &Checklist, source: Option<&Path>) -> Option<Place> {
    #[cfg(unix)]
    if !["HOME", "XDG_STATE_HOME"]
        .iter()
        .filter_map(std::env::var_os)
        .any(|value| Path::new(&value).is_absolute())
    {
        return None;
    }
    let dirs = directories::ProjectDirs::from("", "", "escalate")?;
    let folder = dirs
        .state_dir()
        .unwrap_or_else(|| dirs.data_local_dir())
        .to_path_buf();
    // Ids are kebab-case: safe in a file name, once cut to a length.
    let id: String = checklist.id.chars().take(ID_IN_NAME).collect();
    let (name, file) = match source {
        None => (format!("{id}.yaml"), None),
        Some(source) => {
            let real = source.canonicalize().ok()?;
            let text = real.display().to_string();
            let hash = fnv1a(real.as_os_str().as_encoded_bytes());
            (format!("{id}.{hash:016x}.yaml"), Some(text))
        }
    };
    Some(Place {
        path: folder.join(name),
        id: checklist.id.clone(),
        file,
    })
}

/// The 64-bit FNV-1a hash of `bytes`: short, and the same in every
/// version and on every platform, which std's hashers do not promise.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Answers kept from an earlier run, and the day they were kept.
pub struct Kept {
    pub answers: Answers,
    pub saved: Date,
    /// The day a run wrote the note to the partner, if one did: when the
    /// concern was raised, most likely.
    pub noted: Option<Date>,
    /// Keys whose kept value no longer fits the checklist: asked again.
    pub stale: Vec<String>,
}

/// The file as it is written.
#[derive(serde::Serialize)]
struct Stored<'a> {
    version: u32,
    checklist: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
    saved: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    noted: Option<String>,
    answers: serde_norway::Mapping,
}

/// Why the state folder or file is not used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// Something other than a regular file (a FIFO, a device, a link).
    NotAFile,
    /// It belongs to another user.
    NotYours,
    /// Others than its owner may change it.
    OpenToOthers,
}

/// What reading the kept answers found.
pub enum Found {
    /// Nothing is kept, or the platform keeps nothing.
    Nothing,
    Kept(Kept),
    /// A file that could not be read back; the run starts afresh.
    Unreadable(PathBuf),
    /// A folder or file that is not safe to use; the run neither reads nor
    /// keeps answers.
    Refused {
        path: PathBuf,
        why: Refused,
    },
}

/// The answers kept for `checklist` (from `source`, as for [`place`]),
/// checked against it.
pub fn load(checklist: &Checklist, source: Option<&Path>, clock: &Clock) -> Found {
    let Some(place) = place(checklist, source) else {
        return Found::Nothing;
    };
    let refused = |path: &Path, why| Found::Refused {
        path: path.to_owned(),
        why,
    };
    if let Some(folder) = place.path.parent() {
        // A folder that is not there, or not a folder: nothing is kept.
        match std::fs::metadata(folder) {
            Ok(meta) if meta.is_dir() => {
                if let Err(why) = trusted(&meta) {
                    return refused(folder, why);
                }
            }
            _ => return Found::Nothing,
        }
    }
    let file = match crate::read::regular_file(&place.path, false) {
        Ok(Some(file)) => file,
        Ok(None) => return refused(&place.path, Refused::NotAFile),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Found::Nothing,
        Err(_) => return Found::Unreadable(place.path),
    };
    match file.metadata().map(|meta| trusted(&meta)) {
        Ok(Ok(())) => {}
        Ok(Err(why)) => return refused(&place.path, why),
        Err(_) => return Found::Unreadable(place.path),
    }
    match read(checklist, &place, file, clock) {
        Some(kept) => Found::Kept(kept),
        None => Found::Unreadable(place.path),
    }
}

/// May a folder or file with `meta` be trusted: its owner the user or
/// root, and no one else allowed to change it?
fn trusted(meta: &std::fs::Metadata) -> Result<(), Refused> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // SAFETY: geteuid cannot fail and has no side effects.
        let me = unsafe { libc::geteuid() };
        if !owned_by_user_or_root(meta.uid(), me) {
            return Err(Refused::NotYours);
        }
        if meta.mode() & 0o022 != 0 {
            return Err(Refused::OpenToOthers);
        }
    }
    #[cfg(not(unix))]
    let _ = meta;
    Ok(())
}

/// Whether a folder or file with the owner `owner` may hold the answers of
/// the user `me`: theirs, or root's (as the system's own folders are).
#[cfg(unix)]
fn owned_by_user_or_root(owner: u32, me: u32) -> bool {
    owner == me || owner == 0
}

/// The kept answers in `file`, if it is one for `place`'s checklist.
fn read(checklist: &Checklist, place: &Place, file: std::fs::File, clock: &Clock) -> Option<Kept> {
    let name = place.path.display().to_string();
    let text = crate::read::file_text(&name, file).ok()?;
    let entries = file::parse(&name, &text).ok()?;
    let field = |name: &str| entries.iter().find(|(key, _)| key == name).map(|e| &e.1);
    let text_of = |name: &str| match field(name) {
        Some(Raw::Text(text)) => Some(text.as_str()),
        _ => None,
    };
    let known = ["version", "checklist", "file", "saved", "noted", "answers"];
    if entries
        .iter()
        .any(|(key, _)| !known.contains(&key.as_str()))
        || text_of("version") != Some(&VERSION.to_string())
        || text_of("checklist") != Some(&place.id)
        || text_of("file") != place.file.as_deref()
    {
        return None;
    }
    let saved = crate::clock::parse_date(text_of("saved")?)?;
    let noted = match text_of("noted") {
        Some(noted) => Some(crate::clock::parse_date(noted)?),
        None => None,
    };
    let answers = match field("answers")? {
        Raw::Map(answers) => answers,
        _ => return None,
    };
    let (answers, stale) = file::fitting(checklist, answers, clock, Source::Interactive);
    Some(Kept {
        answers,
        saved,
        noted,
        stale,
    })
}

/// Keeps `answers` for `checklist` (from `source`, as for [`place`]), as
/// of `today`, with the day the note to the partner was written, if it
/// was; the file, or `None` where nothing can be kept. Never more
/// than can be read back, and never in a folder that is not safe to use.
/// Failing to keep them costs the next run some typing, nothing more: the
/// caller reports it, not as an error.
pub fn save(
    checklist: &Checklist,
    source: Option<&Path>,
    answers: &Answers,
    today: Date,
    noted: Option<Date>,
) -> Result<Option<PathBuf>> {
    let Some(place) = place(checklist, source) else {
        return Ok(None);
    };
    let saved = file::to_yaml(checklist, answers);
    let map: serde_norway::Mapping = serde_norway::from_str(&saved).unwrap_or_default();
    let stored = Stored {
        version: VERSION,
        checklist: &place.id,
        file: place.file.as_deref(),
        saved: today.to_string(),
        noted: noted.map(|date| date.to_string()),
        answers: map,
    };
    let body = serde_norway::to_string(&stored).unwrap_or_default();
    let text = format!("# {}\n{body}", crate::i18n::t().kept_header());
    if text.len() as u64 > crate::limits::MAX_BYTES {
        let kib = (text.len() as u64).div_ceil(1024);
        return Err(Error::AnswersTooBig { kib });
    }
    if let Some(folder) = place.path.parent() {
        private_folder(folder)?;
    }
    crate::output::private_file(&place.path, text.as_bytes())?;
    Ok(Some(place.path))
}

/// Keeps the answers of one run at the terminal as they are given, in
/// the file for its checklist (from `source`, as for [`place`]).
#[derive(Debug, Clone, Default)]
pub struct Keeper {
    pub source: Option<PathBuf>,
    /// The day a run wrote the note to the partner, kept with them.
    pub noted: Option<Date>,
}

impl Keeper {
    /// Keeps `answers` as of `today` ([`save`]); once they are, a stop
    /// says so.
    pub fn keep(
        &self,
        checklist: &Checklist,
        answers: &Answers,
        today: Date,
    ) -> Result<Option<PathBuf>> {
        let kept = save(
            checklist,
            self.source.as_deref(),
            answers,
            today,
            self.noted,
        )?;
        if kept.is_some() {
            crate::signal::kept_answers();
        }
        Ok(kept)
    }
}

/// Forgets the answers kept for `checklist` (from `source`, as for
/// [`place`]); the path, if there were any.
pub fn forget(checklist: &Checklist, source: Option<&Path>) -> Result<Option<PathBuf>> {
    let Some(place) = place(checklist, source) else {
        return Ok(None);
    };
    match std::fs::remove_file(&place.path) {
        Ok(()) => Ok(Some(place.path)),
        // No file, or no folder (or something else where the home is).
        Err(err) if nothing_there(&err) => Ok(None),
        Err(err) => Err(Error::write(&place.path, err)),
    }
}

/// Does `err` say that there is no such file, or no such folder?
fn nothing_there(err: &std::io::Error) -> bool {
    use std::io::ErrorKind;
    matches!(err.kind(), ErrorKind::NotFound | ErrorKind::NotADirectory)
}

/// `folder`, made with the folders above it (those made here readable by
/// their owner only) unless it is there; one that is there must be safe
/// to use.
fn private_folder(folder: &Path) -> Result<()> {
    if let Ok(meta) = std::fs::metadata(folder) {
        if meta.is_dir() {
            return trusted(&meta).map_err(|why| Error::StateRefused {
                path: folder.display().to_string(),
                why,
            });
        }
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(folder)
        .map_err(|err| Error::write(folder, err))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(unix)]
    fn only_the_users_own_or_roots_folders_are_trusted() {
        assert!(owned_by_user_or_root(1000, 1000));
        assert!(owned_by_user_or_root(0, 1000));
        assert!(owned_by_user_or_root(0, 0));
        assert!(!owned_by_user_or_root(1001, 1000));
        assert!(!owned_by_user_or_root(1000, 0));
    }

    #[test]
    fn the_hash_is_fnv1a() {
        // The published test vectors of 64-bit FNV-1a.
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn only_a_missing_file_or_folder_means_nothing_is_kept() {
        use std::io::{Error, ErrorKind};
        assert!(nothing_there(&Error::from(ErrorKind::NotFound)));
        assert!(nothing_there(&Error::from(ErrorKind::NotADirectory)));
        assert!(!nothing_there(&Error::from(ErrorKind::PermissionDenied)));
        assert!(!nothing_there(&Error::from(ErrorKind::IsADirectory)));
    }
}
