//! Delivering a report: its format from the file name the user chose, the bytes of that
//! format, and writing them so that a reader never sees half a file (a temporary file in the
//! same folder, synced, then renamed over the target). Used by the CLI and the desktop app.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::{csv_export, html, xlsx, Lang, ReportError, ReportInput};

/// A report's file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    Xlsx,
    Html,
    Csv,
}

impl ReportFormat {
    /// The format named by a path's extension (`.xlsx`, `.html`/`.htm`, `.csv`), if any.
    pub fn from_path(path: &Path) -> Option<Self> {
        match path.extension().and_then(|e| e.to_str()).unwrap_or_default().to_ascii_lowercase().as_str() {
            "xlsx" => Some(Self::Xlsx),
            "html" | "htm" => Some(Self::Html),
            "csv" => Some(Self::Csv),
            _ => None,
        }
    }
}

/// The report's bytes in `format`.
pub fn render(input: &ReportInput, format: ReportFormat, lang: Lang) -> Result<Vec<u8>, ReportError> {
    Ok(match format {
        ReportFormat::Xlsx => xlsx::workbook(input, lang)?,
        ReportFormat::Html => html::report(input, lang)?.into_bytes(),
        ReportFormat::Csv => csv_export::report(input)?.into_bytes(),
    })
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename; on any
/// error the temporary file is removed and `path` is untouched.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!("the folder {} does not exist", dir.display()),
        ));
    }
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("report");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_format_comes_from_the_extension() {
        assert_eq!(ReportFormat::from_path(Path::new("a/b.XLSX")), Some(ReportFormat::Xlsx));
        assert_eq!(ReportFormat::from_path(Path::new("r.htm")), Some(ReportFormat::Html));
        assert_eq!(ReportFormat::from_path(Path::new("r.csv")), Some(ReportFormat::Csv));
        assert_eq!(ReportFormat::from_path(Path::new("r.pdf")), None);
        assert_eq!(ReportFormat::from_path(Path::new("report")), None);
    }

    #[test]
    fn an_atomic_write_replaces_the_file_whole_and_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.csv");
        std::fs::write(&path, "old").unwrap();
        write_atomically(&path, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        assert!(write_atomically(&dir.path().join("missing/r.csv"), b"x").is_err());
    }
}
