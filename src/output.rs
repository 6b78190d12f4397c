//! Where results go: stdout, and files written whole or not at all.
//!
//! stdout: a closed pipe (`| head`) ends quietly; any other write failure
//! (a full disk) is an error.
//!
//! Files (`--brief`, `--save-answers`, `init`): each one is checked before
//! the first question ([`check_outputs`]): its name, its folder, whether it
//! exists, whether escalate may create a file there, and that it is none of
//! the run's input files. It is then written to a temporary file with an
//! unpredictable name in the same folder (`tempfile`), synced, and moved
//! into place; without `force` by a move that never replaces an existing
//! file. A failure, Ctrl-C, SIGTERM or SIGHUP leaves the old file as it was
//! and no temporary file behind, and "wrote FILE" is said only once FILE
//! is in place, whole.

use crate::error::{Error, ExistsHint, Result, Stream};
use crate::i18n::t;
use std::io::{self, Write};
use std::path::Path;

/// Was stdout closed when the run started?
static STDOUT_CLOSED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Notes a stdout closed before the run started (`>&-`); writing to it is
/// then an error. Rust's runtime has already put `/dev/null`, opened for
/// reading and writing, in its place (so that no file opened later takes
/// its number); a stdout sent to `/dev/null` by a shell is opened for
/// writing only.
pub fn note_closed_stdout() {
    #[cfg(unix)]
    // SAFETY: fcntl and fstat only read the state of descriptor 1, stat
    // that of /dev/null, into values that are plain data.
    unsafe {
        let flags = libc::fcntl(libc::STDOUT_FILENO, libc::F_GETFL);
        let mut out: libc::stat = std::mem::zeroed();
        let mut null: libc::stat = std::mem::zeroed();
        let closed = flags == -1
            || flags & libc::O_ACCMODE == libc::O_RDWR
                && libc::fstat(libc::STDOUT_FILENO, &mut out) == 0
                && libc::stat(c"/dev/null".as_ptr(), &mut null) == 0
                && out.st_mode & libc::S_IFMT == libc::S_IFCHR
                && out.st_rdev == null.st_rdev;
        STDOUT_CLOSED.store(closed, std::sync::atomic::Ordering::SeqCst);
    }
}

/// Writes `bytes` to stdout. A closed pipe is not an error; a stdout
/// closed from the start is, as nothing can be said there.
pub fn stdout(bytes: &[u8]) -> Result<()> {
    if STDOUT_CLOSED.load(std::sync::atomic::Ordering::SeqCst) {
        #[cfg(unix)]
        let closed = io::Error::from_raw_os_error(libc::EBADF);
        #[cfg(not(unix))]
        let closed = io::Error::from(io::ErrorKind::BrokenPipe);
        return Err(Error::stream(Stream::Stdout, closed));
    }
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(err) => Err(Error::stream(Stream::Stdout, err)),
        Ok(()) => Ok(()),
    }
}

/// `path` as it is shown in messages.
pub fn shown(path: &Path) -> String {
    path.display().to_string()
}

/// The folder a file at `path` goes into.
fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    }
}

/// Does `path` name a folder rather than a file: `new/`, `.`, `..`, `/`?
fn names_a_folder(path: &Path) -> bool {
    let bytes = path.as_os_str().as_encoded_bytes();
    let last = bytes
        .rsplit(|&b| std::path::is_separator(char::from(b)))
        .next()
        .unwrap_or_default();
    matches!(last, b"" | b"." | b"..")
}

/// Refuses `path` as an output before any question is asked: `-`, a
/// folder, an existing file without `force` (with it, anything but a
/// regular file or a link to one: a device, a pipe, a link to either or to
/// nothing), a name the file system refuses, a missing folder, or a folder
/// where no file can be created.
pub fn check_new(path: &Path, force: bool) -> Result<()> {
    if path == Path::new("-") {
        return Err(Error::DashOutput);
    }
    let folder_error = || Error::Folder { path: shown(path) };
    if names_a_folder(path) {
        return Err(folder_error());
    }
    match std::fs::symlink_metadata(path) {
        Ok(_) => {
            let target = std::fs::metadata(path);
            if target.as_ref().is_ok_and(|m| m.is_dir()) {
                return Err(folder_error());
            }
            if !force {
                let hint = ExistsHint::Force;
                return Err(Error::Exists {
                    path: shown(path),
                    hint,
                });
            }
            if !target.is_ok_and(|m| m.is_file()) {
                return Err(Error::NotRegular { path: shown(path) });
            }
        }
        Err(err) if err.kind() == io::ErrorKind::NotFound => {}
        Err(err) => return Err(Error::write(path, err)),
    }
    let folder = folder(path);
    if !std::fs::metadata(folder).is_ok_and(|m| m.is_dir()) {
        return Err(Error::NoFolder { path: shown(path) });
    }
    // A file that can be created there now can be created at the end; the
    // probe is removed as soon as it is dropped.
    temporary(folder, DEFAULT_MODE)
        .map(drop)
        .map_err(|err| Error::write(path, err))
}

/// Checks every output of a run before the first question: each on its
/// own ([`check_new`]), no two naming the same file, and none naming one
/// of the run's `inputs` (another spelling, a symbolic or a hard link
/// included), which `force` would otherwise replace; with `stdin`, stdin
/// is an input too, and no output may be the file it is.
pub fn check_outputs(outputs: &[&Path], inputs: &[&Path], stdin: bool, force: bool) -> Result<()> {
    for (i, output) in outputs.iter().enumerate() {
        check_new(output, force)?;
        if let Some(input) = inputs.iter().find(|input| same_file(output, input)) {
            return Err(Error::OutputIsInput {
                output: shown(output),
                input: shown(input),
            });
        }
        if stdin && read_by_stdin(output) {
            return Err(Error::OutputIsInput {
                output: shown(output),
                input: crate::read::display_name(Path::new("-")),
            });
        }
        if outputs[..i]
            .iter()
            .any(|earlier| same_target(earlier, output))
        {
            return Err(Error::SameOutput {
                path: shown(output),
            });
        }
    }
    Ok(())
}

/// Are `a` and `b` one existing file, whatever the spelling or link?
/// On Unix compared by metadata, so that a FIFO is never opened; elsewhere
/// by the volume and file index of both files opened for their attributes
/// only (`same-file`), which also tells `C:\a.md`, `c:\A.MD`, a short
/// 8.3 name and a hard link apart from another file.
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        match (std::fs::metadata(a), std::fs::metadata(b)) {
            (Ok(a), Ok(b)) => one_file(&a, &b),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        same_file::is_same_file(a, b).unwrap_or(false)
    }
}

/// Is `path` the file stdin reads? Compared by identity, as named inputs
/// are: on Unix by the metadata of both, elsewhere by `same-file`'s
/// handles (a console or a pipe is no file, and so never `path`).
fn read_by_stdin(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        let fd = std::io::stdin().as_fd().try_clone_to_owned();
        let stdin = fd.and_then(|fd| std::fs::File::from(fd).metadata());
        match (stdin, std::fs::metadata(path)) {
            (Ok(stdin), Ok(output)) => one_file(&stdin, &output),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        match (
            same_file::Handle::stdin(),
            same_file::Handle::from_path(path),
        ) {
            (Ok(stdin), Ok(output)) => stdin == output,
            _ => false,
        }
    }
}

/// Do `a` and `b` describe one file?
#[cfg(unix)]
fn one_file(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

/// Would writing `a` and `b` write one file? Existing files by identity;
/// new ones by their folder's real path and their name.
fn same_target(a: &Path, b: &Path) -> bool {
    let canonical = |p: &Path| {
        let folder = folder(p).canonicalize().ok();
        folder.map(|f| f.join(p.file_name().unwrap_or_default()))
    };
    a == b || same_file(a, b) || canonical(a).is_some_and(|ca| Some(ca) == canonical(b))
}

/// Says on stderr that `path` was written. A closed stderr changes nothing.
pub fn wrote(path: &Path) {
    crate::signal::wrote_a_file();
    say(&t().wrote(&shown(path)));
}

/// Tells the user `text`, one line on stderr, made safe.
pub fn say(text: &str) {
    let _ = writeln!(io::stderr(), "{}", crate::safe::line(text));
}

/// Permissions of a new file, before the umask: what any editor creates.
const DEFAULT_MODE: u32 = 0o666;

/// A new temporary file in `folder`, removed when dropped unless persisted.
fn temporary(folder: &Path, mode: u32) -> io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".escalate-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(mode));
    }
    #[cfg(not(unix))]
    let _ = mode;
    builder.tempfile_in(folder)
}

/// Writes `bytes` to `path` whole or not at all; replaces an existing file
/// only with `force`.
pub fn file(path: &Path, bytes: &[u8], force: bool) -> Result<()> {
    write(path, bytes, force, DEFAULT_MODE)
}

/// Writes `bytes` to `path` whole or not at all, replacing the file there,
/// which only its owner may read.
pub fn private_file(path: &Path, bytes: &[u8]) -> Result<()> {
    write(path, bytes, true, PRIVATE_MODE)
}

/// Permissions of a file only its owner may read.
const PRIVATE_MODE: u32 = 0o600;

fn write(path: &Path, bytes: &[u8], force: bool, mode: u32) -> Result<()> {
    check_new(path, force)?;
    let fail = |err: io::Error| Error::write(path, err);
    let guard = crate::signal::Writing::start();
    // From here on, every early return drops `tmp`, which removes it.
    let mut tmp = temporary(folder(path), mode).map_err(fail)?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(fail)?;
    crate::fault::stall_write(|| guard.interrupted());
    crate::fault::race_write(path, folder(path));
    if guard.interrupted() {
        return Err(Error::Interrupted);
    }
    let persisted = if force {
        tmp.persist(path)
    } else {
        // Never replaces a file, even one that appeared a moment ago.
        tmp.persist_noclobber(path)
    };
    match persisted {
        Ok(_) => {
            sync_folder(folder(path));
            Ok(())
        }
        // Something changed since the check before the first question:
        // say what (the file appeared, the folder went) if it is that,
        // else the error as it came. Never a success.
        Err(err) => {
            check_new(path, force)?;
            Err(fail(err.error))
        }
    }
}

/// Makes a finished move survive a crash: the folder's entry is synced
/// too. Best effort; the file is already whole.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = std::fs::File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_ending_in_a_separator_or_dots_are_folders() {
        for folder in ["new.md/", ".", "..", "a/.", "a/..", "/", "a//"] {
            assert!(names_a_folder(Path::new(folder)), "{folder}");
        }
        for file in ["brief.md", "a/brief.md", ".brief", "a/..b", "-"] {
            assert!(!names_a_folder(Path::new(file)), "{file}");
        }
    }

    #[test]
    fn a_file_is_written_whole_and_never_replaced_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.md");
        file(&path, b"one", false).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
        assert!(file(&path, b"two", false).is_err());
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
        file(&path, b"two", true).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "a temporary file was left behind");
    }

    #[test]
    fn an_output_may_not_be_an_input_by_any_name() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("a.yaml");
        std::fs::write(&input, "x").unwrap();
        let dotted = dir.path().join(".").join("a.yaml");
        let linked = dir.path().join("hard.yaml");
        std::fs::hard_link(&input, &linked).unwrap();
        for output in [&input, &dotted, &linked] {
            let err = check_outputs(&[output], &[&input], false, true).unwrap_err();
            assert!(matches!(err, Error::OutputIsInput { .. }), "{err:?}");
        }
        let other = dir.path().join("b.md");
        assert!(check_outputs(&[&other], &[&input], false, true).is_ok());
    }
}
