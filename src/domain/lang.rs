//! The languages the box office speaks. A value only: which one a process uses is chosen at the
//! edge (`crate::i18n`), and the formatting rules here take it as an argument.

use std::str::FromStr;

/// A language of the counter. Adding one: a variant here, its line in [`Lang::ALL`], its
/// `assets/locales/CODE.ftl`, and its day and month names in `calendar`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Id,
}

impl Lang {
    /// Every language, in the order `--help` lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Id];

    /// The BCP 47 code, also the name of its `.ftl` file and the value `--lang` takes.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Id => "id",
        }
    }

    /// The language of a POSIX locale value (`id_ID.UTF-8`, `en_GB`, `id`), if it is one of ours.
    /// `C` and `POSIX` say nothing about a language.
    #[must_use]
    pub fn from_locale(value: &str) -> Option<Lang> {
        let language = value.split(['_', '-', '.', '@']).next()?;
        Lang::ALL.into_iter().find(|lang| lang.code().eq_ignore_ascii_case(language))
    }
}

impl FromStr for Lang {
    type Err = String;

    /// `en`, `id`, or a whole locale such as `id_ID.UTF-8`.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        Lang::from_locale(text.trim())
            .ok_or_else(|| format!("unknown language {text:?} (one of: {})", codes.join(", ")))
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_locales_name_the_language() {
        assert_eq!("id".parse(), Ok(Lang::Id));
        assert_eq!("en".parse(), Ok(Lang::En));
        assert_eq!("ID".parse(), Ok(Lang::Id));
        assert_eq!("id_ID.UTF-8".parse(), Ok(Lang::Id));
        assert_eq!("en_GB.utf8".parse(), Ok(Lang::En));
        assert_eq!(Lang::from_locale("id-ID"), Some(Lang::Id));
    }

    #[test]
    fn unknown_languages_and_plain_c_locales_are_none() {
        assert!("fr".parse::<Lang>().is_err());
        assert!("".parse::<Lang>().is_err());
        assert_eq!(Lang::from_locale("C.UTF-8"), None);
        assert_eq!(Lang::from_locale("POSIX"), None);
        assert_eq!(Lang::from_locale("indonesian"), None);
    }
}
