//! The glossary as the app shows it: every entry of `reach_report::glossary` (the one source of
//! the texts the reports, docs/glossary.md and the app share), in both languages at once, so the
//! ⓘ beside a figure or an input and the 术语表 page switch language without asking again.

use reach_report::glossary::{self, Entry, Text};

use crate::dto::{Lang, Term, TermText};

/// Every entry, topic by topic.
pub fn terms() -> Vec<Term> {
    glossary::entries().into_iter().map(term).collect()
}

fn term(e: &Entry) -> Term {
    Term {
        key: e.key.to_owned(),
        also: e.also.iter().map(|p| (*p).to_owned()).collect(),
        topic: e.topic.key().to_owned(),
        zh: text(e, &e.zh, Lang::Zh),
        en: text(e, &e.en, Lang::En),
    }
}

fn text(e: &Entry, t: &Text, lang: Lang) -> TermText {
    TermText {
        topic: e.topic.title(lang).to_owned(),
        kind: e.kind.map(|k| k.label(lang).to_owned()).unwrap_or_default(),
        label: t.label.to_owned(),
        definition: t.definition.to_owned(),
        formula: t.formula.to_owned(),
        unit: t.unit.to_owned(),
        default: t.default.to_owned(),
        range: t.range.to_owned(),
        basis: t.basis.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_headline_figure_has_its_term_in_both_languages() {
        let terms = terms();
        for m in reach_core::compare::METRICS {
            let path = format!("totals.{}", m.key);
            let t = terms.iter().find(|t| t.key == path || t.also.contains(&path)).unwrap_or_else(|| panic!("{path}"));
            assert!(!t.zh.definition.is_empty() && !t.en.definition.is_empty(), "{path}");
            assert!(!t.zh.topic.is_empty() && t.topic == "result", "{path}");
        }
        let uplift = terms.iter().find(|t| t.key == "tier.uplift").expect("tier.uplift");
        assert_eq!(
            (uplift.topic.as_str(), uplift.zh.kind.as_str(), uplift.en.kind.as_str()),
            ("tier", "假设", "assumption")
        );
        assert!(!uplift.en.range.is_empty() && !uplift.zh.default.is_empty());
    }
}
