//! Why a field, row or file of a book was refused: a stable code with its parameters (what the
//! app and scripts match on) and the one table of message texts in English and Chinese.
//! Serialised as `{"code": "not_an_integer", "value": "4x", …}`.

use serde::Serialize;

/// One reason for a refusal. The code is the variant's snake_case name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Problem {
    /// A required field is empty.
    Empty,
    /// Not an amount in yuan as the import reads them.
    NotAnAmount { value: String },
    /// An amount below zero.
    Negative { value: String },
    /// An amount with more than two decimal places (below one fen).
    TooManyDecimals { value: String },
    /// An amount in scientific notation (1E+05).
    Exponent { value: String },
    /// An amount written with a unit or currency text that cannot be read exactly.
    CurrencyText { value: String, found: String },
    /// A number beyond what the warehouse holds.
    TooLarge { value: String },
    /// Not a whole number ≥ 0.
    NotAnInteger { value: String },
    /// An age outside 18 ..= 120.
    AgeOutOfRange { value: String },
    /// Not a suitability class C1 … C5 (or its Chinese name).
    NotARiskProfile { value: String },
    /// Not online/offline (or a Chinese name of one).
    NotAChannel { value: String },
    /// Not a pilot group: treated or control (or a Chinese name of one).
    NotAGroup { value: String },
    /// A customer id seen before.
    DuplicateCustomer { value: String, first_line: u64 },
    /// A branch listed twice in the branches file.
    DuplicateBranch { value: String, first_line: u64 },
    /// One branch more than a book can hold.
    TooManyBranches { value: String, limit: u64 },
    /// A row with another number of fields than the header.
    WrongWidth { found: u64, expected: u64 },
    /// Bytes the detected encoding cannot decode (shown as �).
    Undecodable { value: String, encoding: String },
    /// A spreadsheet cell holding a date, a boolean or an error instead of text or a number.
    WrongCellType { value: String, found: String },
    /// A header cell without a name and no data under it is fine; this is a name used twice.
    DuplicateColumn { first: String, second: String, meaning: String },
    /// A column the file must have.
    MissingColumn { wanted: String, found: String },
    /// Nothing at all in the file.
    EmptyFile,
    /// A header row and no customers.
    NoCustomers,
    /// A header row and no branches.
    NoBranches,
    /// UTF-16 text (what Excel saves as "Unicode Text").
    Utf16,
    /// A file that is neither text nor a workbook this import reads.
    UnreadableFile { detail: String },
    /// More rows than an Excel sheet can hold.
    TooManyRows { limit: u64 },
}

impl Problem {
    /// The message in English.
    pub fn en(&self) -> String {
        self.texts().0
    }

    /// The message in Chinese.
    pub fn zh(&self) -> String {
        self.texts().1
    }

    /// The message in Chinese when `zh`, else in English.
    pub fn message(&self, zh: bool) -> String {
        if zh {
            self.zh()
        } else {
            self.en()
        }
    }

    /// The stable code (as serialised).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "empty",
            Self::NotAnAmount { .. } => "not_an_amount",
            Self::Negative { .. } => "negative",
            Self::TooManyDecimals { .. } => "too_many_decimals",
            Self::Exponent { .. } => "exponent",
            Self::CurrencyText { .. } => "currency_text",
            Self::TooLarge { .. } => "too_large",
            Self::NotAnInteger { .. } => "not_an_integer",
            Self::AgeOutOfRange { .. } => "age_out_of_range",
            Self::NotARiskProfile { .. } => "not_a_risk_profile",
            Self::NotAChannel { .. } => "not_a_channel",
            Self::NotAGroup { .. } => "not_a_group",
            Self::DuplicateCustomer { .. } => "duplicate_customer",
            Self::DuplicateBranch { .. } => "duplicate_branch",
            Self::TooManyBranches { .. } => "too_many_branches",
            Self::WrongWidth { .. } => "wrong_width",
            Self::Undecodable { .. } => "undecodable",
            Self::WrongCellType { .. } => "wrong_cell_type",
            Self::DuplicateColumn { .. } => "duplicate_column",
            Self::MissingColumn { .. } => "missing_column",
            Self::EmptyFile => "empty_file",
            Self::NoCustomers => "no_customers",
            Self::NoBranches => "no_branches",
            Self::Utf16 => "utf16",
            Self::UnreadableFile { .. } => "unreadable_file",
            Self::TooManyRows { .. } => "too_many_rows",
        }
    }

    /// (English, Chinese): the one table of texts.
    fn texts(&self) -> (String, String) {
        match self {
            Self::Empty => ("is empty".into(), "为空".into()),
            Self::NotAnAmount { value } => {
                (format!("`{value}` is not a plain decimal amount in yuan"), format!("“{value}”不是以元为单位的金额"))
            }
            Self::Negative { value } => (format!("`{value}` is negative"), format!("“{value}”为负数")),
            Self::TooManyDecimals { value } => {
                (format!("`{value}` has more than two decimal places (fen)"), format!("“{value}”的小数超过两位（分）"))
            }
            Self::Exponent { value } => (
                format!("`{value}` is in scientific notation; write the amount in full"),
                format!("“{value}”是科学计数法，请写出完整金额"),
            ),
            Self::CurrencyText { value, found } => (
                format!("`{value}` contains `{found}`, which cannot be read exactly; write the amount in yuan"),
                format!("“{value}”含有“{found}”，无法精确读取；请以元为单位填写"),
            ),
            Self::TooLarge { value } => (format!("`{value}` is too large"), format!("“{value}”过大")),
            Self::NotAnInteger { value } => {
                (format!("`{value}` is not a whole number >= 0"), format!("“{value}”不是大于等于 0 的整数"))
            }
            Self::AgeOutOfRange { value } => (
                format!("`{value}` is not a whole number of years between 18 and 120"),
                format!("“{value}”不是 18 到 120 之间的整岁数"),
            ),
            Self::NotARiskProfile { value } => (
                format!("`{value}` is not one of C1 C2 C3 C4 C5 (保守型 谨慎型 稳健型 积极型 激进型)"),
                format!("“{value}”不是 C1–C5（保守型、谨慎型、稳健型、积极型、激进型）之一"),
            ),
            Self::NotAChannel { value } => (
                format!("`{value}` is not `online` or `offline` (线上/线下)"),
                format!("“{value}”不是线上（online）或线下（offline）"),
            ),
            Self::NotAGroup { value } => (
                format!("`{value}` is not `treated` or `control` (实验组/对照组)"),
                format!("“{value}”不是实验组（treated）或对照组（control）"),
            ),
            Self::DuplicateCustomer { value, first_line } => (
                format!("`{value}` is a duplicate: it already appears on line {first_line}"),
                format!("“{value}”重复：第 {first_line} 行已出现"),
            ),
            Self::DuplicateBranch { value, first_line } => (
                format!("`{value}` is listed twice: it already appears on line {first_line}"),
                format!("“{value}”重复列出：第 {first_line} 行已出现"),
            ),
            Self::TooManyBranches { value, limit } => (
                format!("`{value}` would be branch number {}; a book has at most {limit}", limit + 1),
                format!("“{value}”将是第 {} 个营业部；一个客户名册最多 {limit} 个", limit + 1),
            ),
            Self::WrongWidth { found, expected } => (
                format!("has {found} field{}; the header has {expected}", if *found == 1 { "" } else { "s" }),
                format!("有 {found} 个字段；表头有 {expected} 个"),
            ),
            Self::Undecodable { value, encoding } => (
                format!("`{value}` has bytes that are not valid {encoding} (shown as �)"),
                format!("“{value}”含有不是有效 {encoding} 的字节（显示为 �）"),
            ),
            Self::WrongCellType { value, found } => (
                format!("`{value}` is a {found} cell; expected text or a number"),
                format!("“{value}”是{}单元格；应为文本或数字", cell_type_zh(found)),
            ),
            Self::DuplicateColumn { first, second, meaning } => (
                format!("the header has two columns for `{meaning}`: `{first}` and `{second}`"),
                format!("表头有两列都表示“{meaning}”：“{first}”和“{second}”"),
            ),
            Self::MissingColumn { wanted, found } => (
                format!("the header has no `{wanted}` column (it has {found})"),
                format!("表头缺少“{wanted}”列（现有：{found}）"),
            ),
            Self::EmptyFile => (
                "the file is empty: expected a header row naming the columns".into(),
                "文件为空：应有一行表头列出各列名称".into(),
            ),
            Self::NoCustomers => {
                ("the file has no customers: only a header row".into(), "文件没有客户：只有表头".into())
            }
            Self::NoBranches => {
                ("the file has no branches: only a header row".into(), "文件没有营业部：只有表头".into())
            }
            Self::Utf16 => (
                "the file is UTF-16 text (Excel's \"Unicode Text\"); save it as \"CSV UTF-8\" instead".into(),
                "文件是 UTF-16 文本（Excel 的“Unicode 文本”）；请另存为“CSV UTF-8（逗号分隔）”".into(),
            ),
            Self::UnreadableFile { detail } => (
                format!("the file cannot be read as a CSV or XLSX book: {detail}"),
                format!("无法按 CSV 或 XLSX 读取该文件：{detail}"),
            ),
            Self::TooManyRows { limit } => {
                (format!("the sheet has more than {limit} rows"), format!("工作表超过 {limit} 行"))
            }
        }
    }
}

fn cell_type_zh(found: &str) -> &'static str {
    match found {
        "date" => "日期",
        "boolean" => "布尔",
        "duration" => "时长",
        _ => "错误值",
    }
}
