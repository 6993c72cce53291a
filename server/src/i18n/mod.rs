//! Fluent bundles, the supported locales, locale negotiation per request and the Tera
//! `t` function.
//!
//! Translations live in `locales/<lang>/*.ftl` and are compiled into the binary. English
//! is the fallback for a key missing in another locale (a test fails the build when that
//! happens, so it only matters for a half-finished translation in development).

mod countries;
mod format;
mod languages;
mod negotiate;
mod tera_fn;

use std::borrow::Cow;
use std::collections::HashMap;

pub use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use serde::Serialize;

pub use countries::{countries, country_name};
pub use format::{format_date, format_date_time, format_decimal, format_number};
pub use languages::language_name;
pub use negotiate::{LANG_COOKIE, negotiate};
pub use tera_fn::register;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "../locales",
        fallback_language: "en",
        // Bidi isolation marks would end up inside attributes and test strings; templates
        // isolate user content with <bdi> instead.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// Text direction of a locale's script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

/// A locale the interface is translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale(&'static LocaleInfo);

/// Static facts about one supported locale.
#[derive(Debug, PartialEq, Eq)]
pub struct LocaleInfo {
    /// BCP 47 code, also the folder name under `locales/`.
    pub code: &'static str,
    /// The language's name in itself, for the language switcher.
    pub native_name: &'static str,
    pub direction: Direction,
    /// chrono's locale for month and day names.
    chrono: chrono::Locale,
}

/// Every shipped locale, in the order the language switcher shows them.
pub const SUPPORTED: &[LocaleInfo] = &[
    LocaleInfo {
        code: "en",
        native_name: "English",
        direction: Direction::Ltr,
        chrono: chrono::Locale::en_GB,
    },
    LocaleInfo {
        code: "es",
        native_name: "Español",
        direction: Direction::Ltr,
        chrono: chrono::Locale::es_ES,
    },
    LocaleInfo {
        code: "fr",
        native_name: "Français",
        direction: Direction::Ltr,
        chrono: chrono::Locale::fr_FR,
    },
    LocaleInfo {
        code: "tr",
        native_name: "Türkçe",
        direction: Direction::Ltr,
        chrono: chrono::Locale::tr_TR,
    },
    LocaleInfo {
        code: "hi",
        native_name: "हिन्दी",
        direction: Direction::Ltr,
        chrono: chrono::Locale::hi_IN,
    },
    LocaleInfo {
        code: "ar",
        native_name: "العربية",
        direction: Direction::Rtl,
        chrono: chrono::Locale::ar_EG,
    },
    LocaleInfo {
        code: "ja",
        native_name: "日本語",
        direction: Direction::Ltr,
        chrono: chrono::Locale::ja_JP,
    },
];

impl Locale {
    /// The fallback locale.
    pub const ENGLISH: Locale = Locale(&SUPPORTED[0]);

    /// The supported locale with exactly this code (case-insensitive), if any.
    pub fn from_code(code: &str) -> Option<Locale> {
        SUPPORTED
            .iter()
            .find(|info| info.code.eq_ignore_ascii_case(code.trim()))
            .map(Locale)
    }

    /// Every supported locale.
    pub fn all() -> impl Iterator<Item = Locale> {
        SUPPORTED.iter().map(Locale)
    }

    pub fn code(self) -> &'static str {
        self.0.code
    }

    pub fn native_name(self) -> &'static str {
        self.0.native_name
    }

    pub fn direction(self) -> Direction {
        self.0.direction
    }

    pub(crate) fn chrono_locale(self) -> chrono::Locale {
        self.0.chrono
    }

    fn langid(self) -> LanguageIdentifier {
        // Every code in SUPPORTED is a plain language subtag, so parsing cannot fail; the
        // default (und) would only fall back to English.
        self.0.code.parse().unwrap_or_default()
    }

    /// Translates `key` with no arguments.
    pub fn t(self, key: &str) -> String {
        self.t_args(key, &[])
    }

    /// Translates `key` with named arguments.
    pub fn t_args(self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'static>> = args
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
            .collect();
        self.lookup(key, &args)
    }

    /// Whether `key` exists in this locale or in the English fallback.
    pub fn has(self, key: &str) -> bool {
        LOCALES.try_lookup(&self.langid(), key).is_some()
    }

    fn lookup(self, key: &str, args: &HashMap<Cow<'static, str>, FluentValue<'static>>) -> String {
        match LOCALES.try_lookup_with_args(&self.langid(), key, args) {
            Some(text) => text,
            None => {
                tracing::warn!(key, locale = self.code(), "missing translation");
                key.to_owned()
            }
        }
    }
}

impl Default for Locale {
    fn default() -> Self {
        Locale::ENGLISH
    }
}

/// What templates need to know about the page's locale and the switcher.
#[derive(Debug, Serialize)]
pub struct LocaleContext {
    pub lang: &'static str,
    pub dir: Direction,
    pub languages: Vec<LanguageOption>,
}

/// One entry of the language switcher.
#[derive(Debug, Serialize)]
pub struct LanguageOption {
    pub code: &'static str,
    pub native_name: &'static str,
    pub current: bool,
    /// Link to the current page in this language; filled in per request.
    pub href: String,
}

impl From<Locale> for LocaleContext {
    fn from(locale: Locale) -> Self {
        LocaleContext {
            lang: locale.code(),
            dir: locale.direction(),
            languages: Locale::all()
                .map(|l| LanguageOption {
                    code: l.code(),
                    native_name: l.native_name(),
                    current: l == locale,
                    href: format!("?lang={}", l.code()),
                })
                .collect(),
        }
    }
}

/// An organizer's own text for the reader's language, then the shipped translation `key`
/// (a default category's name), then the organizer's English text.
/// The name in every shipped language (`localized` for each), without repeats: what a
/// search should recognise whatever language the visitor types in.
pub fn every_name(custom: &std::collections::BTreeMap<String, String>, key: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for l in Locale::all() {
        if let Some(name) = localized(custom, key, l)
            && !names.contains(&name)
        {
            names.push(name);
        }
    }
    names
}

pub fn localized(
    custom: &std::collections::BTreeMap<String, String>,
    key: &str,
    l: Locale,
) -> Option<String> {
    custom
        .get(l.code())
        .cloned()
        .or_else(|| l.has(key).then(|| l.t(key)))
        .or_else(|| custom.get("en").cloned())
}
