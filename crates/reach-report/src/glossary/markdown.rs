//! `docs/glossary.md`: the whole glossary as two Markdown tables, 中文 and English, generated
//! from the entries (a test keeps the committed file fresh).

use super::{entries, Entry, Topic};
use crate::Lang;

/// The generated file, relative to the workspace root.
pub const FILE: &str = "docs/glossary.md";

/// The text of `docs/glossary.md`.
pub fn markdown() -> String {
    let mut out = String::from(
        "# 术语表 · Glossary\n\n\
         <!-- Generated from crates/reach-report/src/glossary/ by a test. Do not edit: change the\n     \
         entries and run `UPDATE_GLOSSARY=1 cargo test -p reach-report glossary`. -->\n\n\
         Every input, figure and concept Reach shows, in Chinese and in English: what it is, how it\n\
         is computed (see [the model](model.md)), its unit and, for inputs, whether it is an\n\
         assumption, a policy choice or a fact, with its default, valid range and basis\n\
         (`docs/spec/CALIBRATION.md`). The app shows the same entries behind each ⓘ and on its\n\
         术语表 / Glossary page; the reports' Assumptions sheet reads them too. A key is the field's\n\
         name in the scenario file (`global.*`, `tier.*`, `acquisition.*`) or in the result JSON\n\
         (`totals.*`, `tiers[].*`, `branches[].*`, `hq.*`, `acquisition.*`).\n\n\
         每个输入、指标与概念的中英文说明：含义、计算方法（见[模型说明](model.md)）、单位；输入另注明\n\
         类型（假设、策略选择或现状）、默认值、取值范围与依据。\n",
    );
    for lang in [Lang::Zh, Lang::En] {
        out.push_str(&table(lang));
    }
    out
}

fn table(lang: Lang) -> String {
    let heads: [&str; 10] = match lang {
        Lang::Zh => ["类别", "键", "名称", "定义", "计算方法", "单位", "类型", "默认值", "取值范围", "依据"],
        Lang::En => ["Topic", "Key", "Label", "Definition", "Formula", "Unit", "Kind", "Default", "Range", "Basis"],
    };
    let mut out = format!("\n## {}\n\n", lang.pick("中文", "English"));
    out.push_str(&format!("| {} |\n", heads.join(" | ")));
    out.push_str(&format!("|{}\n", "---|".repeat(heads.len())));
    let all = entries();
    for topic in Topic::ALL {
        for e in all.iter().filter(|e| e.topic == topic) {
            out.push_str(&row(e, lang));
        }
    }
    out
}

fn row(e: &Entry, lang: Lang) -> String {
    let t = e.text(lang);
    let keys: Vec<String> = std::iter::once(e.key).chain(e.also.iter().copied()).map(|k| format!("`{k}`")).collect();
    let cells = [
        cell(e.topic.title(lang)),
        keys.join("<br>"),
        format!("**{}**", cell(t.label)),
        cell(t.definition),
        cell(t.formula),
        cell(t.unit),
        e.kind.map_or(String::new(), |k| k.label(lang).to_string()),
        cell(t.default),
        cell(t.range),
        cell(t.basis),
    ];
    format!("| {} |\n", cells.join(" | "))
}

/// A table cell: a `|` in the text would end the cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}
