//! `reach glossary`: every term Reach shows — inputs, figures, book and analysis concepts — with
//! its definition, formula in words, unit and, for inputs, default, range and basis; the same
//! entries as the app's ⓘ and docs/glossary.md. `--json` gives both languages.

use reach_report::Lang;

use crate::error::CliResult;
use crate::output::outln;

pub fn show(lang: Lang, json: bool) -> CliResult {
    let terms = reach_app::glossary::terms();
    if json {
        let text = serde_json::to_string_pretty(&terms).expect("the glossary serializes");
        return outln!("{text}");
    }
    let mut topic = String::new();
    for term in &terms {
        let t = if lang == Lang::Zh { &term.zh } else { &term.en };
        if t.topic != topic {
            topic.clone_from(&t.topic);
            outln!("\n## {topic}\n")?;
        }
        let kind = if t.kind.is_empty() { String::new() } else { format!(" [{}]", t.kind) };
        outln!("{} ({}){kind}", t.label, term.key)?;
        outln!("  {}", t.definition)?;
        for (name, value) in [
            (lang.pick("算法", "Formula"), &t.formula),
            (lang.pick("单位", "Unit"), &t.unit),
            (lang.pick("默认值", "Default"), &t.default),
            (lang.pick("取值范围", "Range"), &t.range),
            (lang.pick("依据", "Basis"), &t.basis),
        ] {
            if !value.is_empty() {
                outln!("  {name}{}{value}", lang.pick("：", ": "))?;
            }
        }
    }
    Ok(())
}
