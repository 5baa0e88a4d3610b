//! Text files the counter hands out (receipts, shift reports) and its log: written whole or not
//! at all, readable by the owner only (files 0600 in 0700 folders, whatever the umask), and never
//! through a symbolic link, which could point a report at any file the user may write.

use std::fs::{File, OpenOptions};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::domain::text::printable;

/// Writes `contents` to `<dir>/<name>`, creating the folder, and returns the path. The text is
/// written beside and renamed into place, so a crash or a full disk never leaves a half-written
/// file under the real name; control characters are stripped, since the text carries names
/// from the database.
///
/// # Errors
/// The folder cannot be created or the file written (disk full, no permission), or the folder
/// or the file beside is a symbolic link (nothing is written then).
pub fn write_whole(dir: &Path, name: &str, contents: &str) -> std::io::Result<PathBuf> {
    Pending::reserve(dir, name)?.finish(contents)
}

/// A file made ready for its text before the text exists: the folder made private and an empty
/// private file created beside the final name. Whatever would refuse the write (a symbolic
/// link, a folder not ours) refuses it here, so a caller can reserve first and only then do what
/// the file records (closing a shift), and never be left with the deed done and no record of it.
/// Dropped unfinished, the file beside is removed.
#[derive(Debug)]
pub struct Pending {
    file: Option<File>,
    partial: PathBuf,
    path: PathBuf,
}

impl Pending {
    /// Reserves `<dir>/<name>`.
    ///
    /// # Errors
    /// The folder cannot be created, or it or the file beside is a symbolic link, or the file
    /// beside cannot be created.
    pub fn reserve(dir: &Path, name: &str) -> std::io::Result<Self> {
        private_dir(dir)?;
        let partial = dir.join(format!(".{name}.partial"));
        match std::fs::symlink_metadata(&partial) {
            Ok(meta) if meta.file_type().is_symlink() => return Err(symlink_refused(&partial)),
            // A leftover of a crash: a plain file of our own, safe to replace.
            Ok(_) => std::fs::remove_file(&partial)?,
            Err(_) => {}
        }
        // create_new never follows a link planted meanwhile: it fails if anything is at the path.
        let file = private_options().create_new(true).open(&partial)?;
        Ok(Self { file: Some(file), partial, path: dir.join(name) })
    }

    /// Where the text will be once written.
    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes the text and renames the file into place; returns its path.
    ///
    /// # Errors
    /// The disk is full or the rename fails; the file beside is removed then.
    pub fn finish(mut self, contents: &str) -> std::io::Result<PathBuf> {
        // Always there: only `finish`, which consumes the reservation, takes it.
        let mut file = self.file.take().ok_or_else(|| std::io::Error::other("the file was already written"))?;
        let written = file.write_all(printable(contents).as_bytes()).and_then(|()| file.sync_all());
        drop(file);
        match written.and_then(|()| std::fs::rename(&self.partial, &self.path)) {
            Ok(()) => Ok(self.path.clone()),
            Err(error) => {
                let _ = std::fs::remove_file(&self.partial);
                Err(error)
            }
        }
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        // Still holding the file means it was never renamed into place: nothing to keep.
        if self.file.take().is_some() {
            let _ = std::fs::remove_file(&self.partial);
        }
    }
}

/// Creates `dir` (and its parents) if needed and makes it private (0700). A folder that is a
/// symbolic link is refused: what it points to is not ours to write in.
///
/// # Errors
/// The folder cannot be created or is a symbolic link.
pub fn private_dir(dir: &Path) -> std::io::Result<()> {
    if std::fs::symlink_metadata(dir).is_ok_and(|meta| meta.file_type().is_symlink()) {
        return Err(symlink_refused(dir));
    }
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// Options for a file only its owner may read, opened without following a symbolic link.
#[must_use]
pub fn private_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600).custom_flags(libc::O_NOFOLLOW);
    }
    options
}

fn symlink_refused(path: &Path) -> std::io::Error {
    std::io::Error::other(format!("{} is a symbolic link; refusing to write through it", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_appears_whole_and_nothing_else_is_left() {
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("receipts");
        let path = write_whole(&folder, "K7QM3X.txt", "two seats\n").expect("written");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "two seats\n");
        let names: Vec<_> = std::fs::read_dir(&folder).expect("list").map(|e| e.expect("entry").file_name()).collect();
        assert_eq!(names, ["K7QM3X.txt"]);
    }

    #[test]
    fn a_reservation_given_up_leaves_nothing_behind() {
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("shifts");
        drop(Pending::reserve(&folder, "shift-1.txt").expect("reserved"));
        assert_eq!(std::fs::read_dir(&folder).expect("list").count(), 0, "no empty report and no file beside");
    }

    #[cfg(unix)]
    #[test]
    fn files_are_private_and_links_are_never_followed() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("shifts");
        let path = write_whole(&folder, "shift-1.txt", "float\u{1b}]0;x\u{7}\n").expect("written");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "float]0;x\n");
        assert_eq!(std::fs::metadata(&path).expect("meta").permissions().mode() & 0o777, 0o600);
        assert_eq!(std::fs::metadata(&folder).expect("meta").permissions().mode() & 0o777, 0o700);

        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, "precious").expect("victim");
        std::os::unix::fs::symlink(&victim, folder.join(".shift-2.txt.partial")).expect("planted link");
        assert!(write_whole(&folder, "shift-2.txt", "overwrite").is_err());
        let linked = dir.path().join("receipts");
        std::os::unix::fs::symlink(dir.path(), &linked).expect("planted folder link");
        assert!(write_whole(&linked, "K7QM3X.txt", "overwrite").is_err());
        assert_eq!(std::fs::read_to_string(&victim).expect("read"), "precious", "the target is untouched");
    }
}
