//! The app's remembered settings (the language), in a small JSON file beside the warehouse.
//! On first start the language follows the system locale: Chinese for `zh*`, else English.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::dto::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub lang: Lang,
}

impl Settings {
    /// The saved settings, or the defaults for this system when there are none (or they are
    /// unreadable).
    pub fn load_or_default(path: &Path) -> Settings {
        std::fs::read_to_string(path)
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or(Settings { lang: system_lang(|k| std::env::var(k).ok()) })
    }

    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        std::fs::write(path, serde_json::to_string_pretty(self).expect("settings serialize"))
    }
}

/// The language of the system locale, read the POSIX way: the first set of `LC_ALL`,
/// `LC_MESSAGES`, `LANG`; `zh…` is Chinese, anything else English.
pub fn system_lang(var: impl Fn(&str) -> Option<String>) -> Lang {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].iter().find_map(|k| var(k).filter(|v| !v.is_empty()));
    match locale {
        Some(l) if l.to_ascii_lowercase().starts_with("zh") => Lang::Zh,
        _ => Lang::En,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_language_follows_the_locale() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
        };
        assert_eq!(system_lang(env(&[("LANG", "zh_CN.UTF-8")])), Lang::Zh);
        assert_eq!(system_lang(env(&[("LANG", "en_US.UTF-8")])), Lang::En);
        assert_eq!(system_lang(env(&[("LC_ALL", "zh_TW.UTF-8"), ("LANG", "en_US.UTF-8")])), Lang::Zh);
        assert_eq!(system_lang(env(&[("LC_ALL", ""), ("LANG", "C.UTF-8")])), Lang::En);
        assert_eq!(system_lang(env(&[])), Lang::En);
    }

    #[test]
    fn a_chosen_language_is_remembered() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        Settings { lang: Lang::Zh }.save(&path).unwrap();
        assert_eq!(Settings::load_or_default(&path).lang, Lang::Zh);
        Settings { lang: Lang::En }.save(&path).unwrap();
        assert_eq!(Settings::load_or_default(&path).lang, Lang::En);
    }
}
