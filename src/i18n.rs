//! The words the box office speaks, through Project Fluent: one `.ftl` file per language under
//! `assets/locales/`, embedded in the binary, with CLDR plural rules and named arguments so each
//! language orders its own sentence.
//!
//! A process speaks one language. [`choose`] picks it (`--lang`/`BOXOFFICE_LANG`, else the
//! venue's `language`, else the locale, else English) and [`init`] fixes it once at start-up;
//! [`tr`] (or the [`tr!`](crate::tr) macro) then renders a message. Tests that need a given
//! language build their own [`Localizer::new`].
//!
//! Adding a language: copy `assets/locales/en.ftl` to `CODE.ftl`, translate it, and add one line
//! to [`SOURCES`] (plus its variant in [`Lang`] and its day and month names in
//! `domain::calendar`).

use std::collections::HashMap;
use std::sync::OnceLock;

pub use fluent_bundle::FluentValue;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

pub use crate::domain::Lang;

/// Each language's messages, embedded so the binary needs no files beside it.
pub const SOURCES: [(Lang, &str); 2] =
    [(Lang::En, include_str!("../assets/locales/en.ftl")), (Lang::Id, include_str!("../assets/locales/id.ftl"))];

/// One language's messages, ready to render.
pub struct Localizer {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl Localizer {
    /// The messages of `lang`. A message the file lacks renders as its id (the tests guarantee
    /// every id is in every file).
    #[must_use]
    pub fn new(lang: Lang) -> Self {
        let source = SOURCES.iter().find(|(l, _)| *l == lang).map_or("", |(_, text)| *text);
        // A syntax error loses only the broken entry; the test of the files keeps there being none.
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(resource, _)| resource);
        let langid = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Terminals and receipt printers show Unicode isolation marks as junk.
        bundle.set_use_isolating(false);
        bundle.add_resource_overriding(resource);
        Self { lang, bundle }
    }

    #[must_use]
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id` with its arguments filled in.
    #[must_use]
    pub fn tr(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|message| message.value()) else {
            tracing::warn!(id, lang = %self.lang, "message missing");
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        if !errors.is_empty() {
            tracing::warn!(id, lang = %self.lang, ?errors, "message rendered with errors");
        }
        text.into_owned()
    }
}

/// The `rule-*` message whose English wording is `english`, in `localizer`'s language: the
/// store names the rules `verify` finds broken in English words (which `--json` keeps as they
/// are), and the person reading the findings gets them in their language. A rule with no message
/// is shown as it is.
#[must_use]
pub fn verify_rule_in(localizer: &Localizer, english: &str) -> String {
    static BY_ENGLISH: OnceLock<HashMap<String, String>> = OnceLock::new();
    let ids = BY_ENGLISH.get_or_init(|| {
        let en = Localizer::new(Lang::En);
        let ids = SOURCES[0].1.lines().filter_map(|line| line.split_once(" = ")).map(|(id, _)| id);
        ids.filter(|id| id.starts_with("rule-")).map(|id| (en.tr(id, &[]), id.to_owned())).collect()
    });
    ids.get(english).map_or_else(|| english.to_owned(), |id| localizer.tr(id, &[]))
}

/// [`verify_rule_in`] the process's language.
#[must_use]
pub fn verify_rule(english: &str) -> String {
    verify_rule_in(current(), english)
}

static CHOSEN: OnceLock<Localizer> = OnceLock::new();

/// Fixes the process's language, once: a later call changes nothing. Returns the language in force.
pub fn init(lang: Lang) -> Lang {
    CHOSEN.get_or_init(|| Localizer::new(lang)).lang()
}

/// Whether [`init`] has fixed the language yet.
#[must_use]
pub fn is_chosen() -> bool {
    CHOSEN.get().is_some()
}

thread_local! {
    /// A language this thread speaks instead of the process's: tests render both languages side
    /// by side, each on its own thread (the screen and the engine it drives alike).
    static SPEAKING: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// From now on this thread speaks `lang`, whatever the process chose (for tests).
pub fn speak(lang: Lang) {
    SPEAKING.with(|speaking| speaking.set(Some(lang)));
}

/// The localizer of `lang`, built once per process.
fn localizer(lang: Lang) -> &'static Localizer {
    static BUILT: [OnceLock<Localizer>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    BUILT[index].get_or_init(|| Localizer::new(lang))
}

/// The process's localizer: this thread's language if it speaks one, else the chosen language,
/// or English until one is chosen.
#[must_use]
pub fn current() -> &'static Localizer {
    match SPEAKING.with(std::cell::Cell::get) {
        Some(lang) => localizer(lang),
        None => CHOSEN.get().unwrap_or_else(|| localizer(Lang::En)),
    }
}

/// The language this process speaks (for money and dates, which `domain` formats).
#[must_use]
pub fn lang() -> Lang {
    current().lang()
}

/// The message `id` in the process's language. The [`tr!`](crate::tr) macro is shorter.
#[must_use]
pub fn tr(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    current().tr(id, args)
}

/// The language by the rule of precedence: the `--lang` flag (clap already lets the flag beat
/// `BOXOFFICE_LANG`), else the venue's `language`, else the locale, else English. `env` reads an
/// environment variable (the real one, or a test's).
#[must_use]
pub fn choose(flag: Option<Lang>, venue: Option<Lang>, env: impl Fn(&str) -> Option<String>) -> Lang {
    flag.or(venue).or_else(|| locale_lang(env)).unwrap_or_default()
}

/// The locale's language, as POSIX reads it: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is
/// set decides (so `LC_ALL=C` means no language of ours, whatever `LANG` says).
fn locale_lang(env: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(|name| env(name).filter(|v| !v.is_empty()))?;
    Lang::from_locale(&value)
}

/// The real environment, for [`choose`].
#[must_use]
pub fn process_env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

/// `tr!("id")` or `tr!("id", name = value, ...)`: a message in the process's language. Values
/// are anything Fluent takes: strings and numbers (numbers choose the plural form).
#[macro_export]
macro_rules! tr {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::tr($id, &[$((stringify!($name), $crate::i18n::FluentValue::from($value))),*])
    };
}

pub mod errors;
pub mod words;

#[cfg(test)]
mod tests;
