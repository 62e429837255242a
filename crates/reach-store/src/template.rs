//! An empty customer book to fill in, in English or Chinese: the header of the alias table
//! plus two example rows that import cleanly. As CSV (UTF-8 with a BOM and CRLF, what Excel
//! opens without garbling) or as XLSX (a styled header and a second sheet describing each
//! column). The CLI writes it (`reach template`); the app offers the same bytes for download.

use std::path::Path;

use rust_xlsxwriter::{Color, Format, FormatBorder, Workbook, XlsxError};

use crate::aliases::{ColumnSpec, CUSTOMER_COLUMNS};
use crate::error::StoreError;

/// The two example rows, in column order: (English, Chinese). Amounts are yuan.
const EXAMPLES: [[(&str, &str); 9]; 2] = [
    [
        ("C0001", "C0001"),
        ("Shanghai Pudong", "上海浦东营业部"),
        ("1234567.89", "1234567.89"),
        ("45", "45"),
        ("C3", "稳健型"),
        ("online", "线上"),
        ("12", "12"),
        ("3456.78", "3456.78"),
        ("A01", "A01"),
    ],
    [
        ("C0002", "C0002"),
        ("Beijing Financial Street", "北京金融街营业部"),
        ("86000", "86000"),
        ("31", "31"),
        ("C2", "谨慎型"),
        ("offline", "线下"),
        ("0", "0"),
        ("0", "0"),
        ("", ""),
    ],
];

/// The columns written as numbers in the XLSX template (amounts and counts).
const NUMERIC: [&str; 4] = ["total_assets", "age", "trades_12m", "revenue_12m"];
const AMOUNTS: [&str; 2] = ["total_assets", "revenue_12m"];

/// The template's file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TemplateFormat {
    Csv,
    Xlsx,
}

impl TemplateFormat {
    /// By the file name's extension (`.csv`, `.xlsx`).
    pub fn of_path(path: &Path) -> Option<TemplateFormat> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "csv" => Some(Self::Csv),
            "xlsx" => Some(Self::Xlsx),
            _ => None,
        }
    }
}

/// The template's bytes: Chinese headers and values when `zh`, else English.
pub fn template_bytes(format: TemplateFormat, zh: bool) -> Result<Vec<u8>, String> {
    match format {
        TemplateFormat::Csv => Ok(template_csv(zh)),
        TemplateFormat::Xlsx => template_xlsx(zh).map_err(|e| format!("the XLSX template could not be built: {e}")),
    }
}

/// Writes the template to `path` (the format by its extension), through a temporary file
/// renamed into place.
pub fn write_template(path: &Path, zh: bool) -> Result<(), StoreError> {
    let bad_name =
        || std::io::Error::new(std::io::ErrorKind::InvalidInput, "the template's name must end in .csv or .xlsx");
    let format = TemplateFormat::of_path(path).ok_or_else(|| StoreError::io(path, bad_name()))?;
    let bytes = template_bytes(format, zh).map_err(|e| StoreError::io(path, std::io::Error::other(e)))?;
    let mut partial = path.as_os_str().to_owned();
    partial.push(".partial");
    let partial = std::path::PathBuf::from(partial);
    std::fs::write(&partial, bytes).map_err(|e| StoreError::io(&partial, e))?;
    std::fs::rename(&partial, path).map_err(|e| StoreError::io(path, e))
}

fn header(spec: &ColumnSpec, zh: bool) -> &'static str {
    if zh {
        spec.zh
    } else {
        spec.name
    }
}

fn example(row: usize, col: usize, zh: bool) -> &'static str {
    let (en, cn) = EXAMPLES[row][col];
    if zh {
        cn
    } else {
        en
    }
}

fn template_csv(zh: bool) -> Vec<u8> {
    let quote = |s: &str| {
        if s.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    };
    let mut out = String::from("\u{feff}");
    let line = |cells: Vec<String>| cells.join(",") + "\r\n";
    out.push_str(&line(CUSTOMER_COLUMNS.iter().map(|c| quote(header(c, zh))).collect()));
    for row in 0..EXAMPLES.len() {
        out.push_str(&line((0..CUSTOMER_COLUMNS.len()).map(|col| quote(example(row, col, zh))).collect()));
    }
    out.into_bytes()
}

fn template_xlsx(zh: bool) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let head =
        Format::new().set_bold().set_background_color(Color::RGB(0xDDEBF7)).set_border_bottom(FormatBorder::Thin);
    let amount = Format::new().set_num_format("#,##0.00");
    let text = Format::new().set_num_format("@");
    let sheet = book.add_worksheet();
    sheet.set_name(if zh { "客户" } else { "customers" })?;
    for (col, spec) in CUSTOMER_COLUMNS.iter().enumerate() {
        let c = col as u16;
        sheet.write_string_with_format(0, c, header(spec, zh), &head)?;
        sheet.set_column_width(c, 18)?;
        for row in 0..EXAMPLES.len() {
            let r = row as u32 + 1;
            let value = example(row, col, zh);
            match value.parse::<f64>() {
                Ok(number) if NUMERIC.contains(&spec.name) => {
                    if AMOUNTS.contains(&spec.name) {
                        sheet.write_number_with_format(r, c, number, &amount)?;
                    } else {
                        sheet.write_number(r, c, number)?;
                    }
                }
                _ if value.is_empty() => {}
                _ => {
                    sheet.write_string_with_format(r, c, value, &text)?;
                }
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;

    let about = book.add_worksheet();
    about.set_name(if zh { "说明" } else { "columns" })?;
    let titles = if zh { ["列名", "也可写作", "说明"] } else { ["column", "also accepted", "what it holds"] };
    for (c, title) in titles.iter().enumerate() {
        about.write_string_with_format(0, c as u16, *title, &head)?;
    }
    for (row, spec) in CUSTOMER_COLUMNS.iter().enumerate() {
        let r = row as u32 + 1;
        let others: Vec<&str> = spec.names().filter(|n| *n != header(spec, zh)).collect();
        about.write_string(r, 0, header(spec, zh))?;
        about.write_string(r, 1, others.join(" / "))?;
        about.write_string(r, 2, if zh { spec.about_zh } else { spec.about_en })?;
    }
    about.set_column_width(0, 16)?;
    about.set_column_width(1, 48)?;
    about.set_column_width(2, 80)?;
    book.save_to_buffer()
}
