//! Where results go: stdout, and files written atomically.
//!
//! stdout: a closed pipe (`| head`) ends quietly; any other write failure
//! (a full disk) is an error. Files (`--brief`, `--save-answers`, `init`):
//! written to a temporary file in the same folder, synced, then moved into
//! place, so a reader never sees half a file and a failure or Ctrl-C leaves
//! the old file byte-identical and no temporary file behind. An existing
//! file is replaced only with `force`.

use crate::exit::{Error, Result};
use crate::i18n::t;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Writes `bytes` to stdout. A closed pipe is not an error.
pub fn stdout(bytes: &[u8]) -> Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(err) => Err(Error::io(t().writing_stdout, &err)),
        Ok(()) => Ok(()),
    }
}

/// Refuses early, before any question is asked, when `path` exists and
/// `force` is not given, or when its folder does not exist.
pub fn check_new(path: &Path, force: bool) -> Result<()> {
    let shown = || crate::safe::line(&path.display().to_string()).into_owned();
    if std::fs::symlink_metadata(path).is_ok() {
        // It exists, so its folder does too.
        if path.is_dir() {
            return Err(Error::new((t().is_a_folder)(&shown())));
        }
        if !force {
            return Err(Error::new((t().file_exists)(&shown())).with_hint(t().hint_force));
        }
        return Ok(());
    }
    let folder = match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        return Err(Error::new((t().no_folder)(&shown())));
    }
    Ok(())
}

/// Refuses two outputs that name the same file: the second would replace
/// the first.
pub fn check_distinct(a: &Path, b: &Path) -> Result<()> {
    let canonical = |p: &Path| {
        let folder = p.parent().filter(|f| !f.as_os_str().is_empty());
        let folder = folder.unwrap_or(Path::new(".")).canonicalize().ok();
        folder.map(|f| f.join(p.file_name().unwrap_or_default()))
    };
    if a == b || canonical(a).is_some_and(|ca| Some(ca) == canonical(b)) {
        let shown = crate::safe::line(&a.display().to_string()).into_owned();
        return Err(Error::new((t().same_file)(&shown)));
    }
    Ok(())
}

/// Says on stderr that `path` was written. A closed stderr changes nothing.
pub fn wrote(path: &Path) {
    let wrote = (t().wrote)(&crate::safe::line(&path.display().to_string()));
    let _ = writeln!(io::stderr(), "{wrote}");
}

/// Writes `bytes` to `path` atomically; replaces an existing file only with `force`.
pub fn file(path: &Path, bytes: &[u8], force: bool) -> Result<()> {
    check_new(path, force)?;
    let shown = crate::safe::line(&path.display().to_string()).into_owned();
    let fail = |err: &io::Error| Error::io((t().cannot_write)(&shown), err);
    let guard = crate::signal::Writing::start();
    let tmp = temporary_path(path);
    let result = (|| {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        if guard.interrupted() {
            return Err(io::Error::from(io::ErrorKind::Interrupted));
        }
        if force {
            std::fs::rename(&tmp, path)
        } else {
            // A hard link never replaces an existing file, even one that
            // appeared a moment ago.
            std::fs::hard_link(&tmp, path).and_then(|()| std::fs::remove_file(&tmp))
        }
    })();
    if let Err(err) = result {
        let _ = std::fs::remove_file(&tmp);
        if err.kind() == io::ErrorKind::AlreadyExists {
            return check_new(path, false);
        }
        return Err(fail(&err));
    }
    Ok(())
}

/// `.NAME.escalate-PID.tmp` beside `path`.
fn temporary_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.escalate-{}.tmp", std::process::id()))
}
