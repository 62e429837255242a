//! File names the person typed in a save dialog or a path field: a name without an extension
//! gets the format's (`季度汇报` → `季度汇报.xlsx`), so a file is never written without the
//! extension it needs to open. A name with another extension is kept as typed, for the
//! format check to refuse by name (`report.pdf`: "choose .xlsx, .html or .csv").

use std::path::{Path, PathBuf};

/// `path` with `.default` added when its file name has no extension.
pub fn with_extension(path: &Path, default: &str) -> PathBuf {
    if path.extension().is_some() {
        return path.to_path_buf();
    }
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(default);
    PathBuf::from(name)
}

/// Whether `path`'s extension is `ext`, in any case.
pub fn has_extension(path: &Path, ext: &str) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_without_an_extension_gets_the_formats() {
        let report = |p: &str| with_extension(Path::new(p), "xlsx");
        assert_eq!(report("/tmp/季度汇报"), PathBuf::from("/tmp/季度汇报.xlsx"));
        assert_eq!(report("/tmp/board.HTML"), PathBuf::from("/tmp/board.HTML"));
        assert_eq!(report("/tmp/a.pdf"), PathBuf::from("/tmp/a.pdf"), "kept, for the format check to refuse");
        assert!(has_extension(Path::new("/tmp/c.SVG"), "svg"));
        assert!(!has_extension(Path::new("/tmp/c"), "svg"));
    }
}
