//! Making a change to a directory's entries durable. A file's own `sync_all` keeps its
//! bytes, not its name: a file renamed into place or removed can come back as it was after
//! a power cut until the directory holding it is synced too.

use std::path::Path;

/// Syncs the directory holding `path`, so that a rename to or a removal of `path` that has
/// returned survives a power cut.
pub fn sync_parent(path: &Path) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::File::open(dir)?.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syncs_the_directory_that_holds_the_path_even_once_the_file_is_gone() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("mark");
        std::fs::write(&file, b"x").unwrap();
        std::fs::remove_file(&file).unwrap();
        sync_parent(&file).unwrap();
    }

    #[test]
    fn a_directory_that_is_not_there_is_an_error_not_a_silent_success() {
        let tmp = tempfile::tempdir().unwrap();
        let err = sync_parent(&tmp.path().join("gone/mark")).unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::NotFound);
    }
}
