//! Text files the counter hands out (receipts, shift reports): written whole or not at all.

use std::path::{Path, PathBuf};

/// Writes `contents` to `<dir>/<name>`, creating the folder, and returns the path. The text is
/// written beside and renamed into place, so a crash or a full disk never leaves a half-written
/// file under the real name.
///
/// # Errors
/// The folder cannot be created or the file written (disk full, no permission).
pub fn write_whole(dir: &Path, name: &str, contents: &str) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let path = dir.join(name);
    let partial = dir.join(format!(".{name}.partial"));
    std::fs::write(&partial, contents)?;
    std::fs::rename(&partial, &path)?;
    Ok(path)
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
}
