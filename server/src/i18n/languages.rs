//! Names of content languages (BCP 47 tags) in the visitor's language, from CLDR through
//! ICU4X's display names. Formatters are built once per locale.

use std::collections::HashMap;
use std::sync::LazyLock;

use icu_experimental::displaynames::DisplayNamesOptions;
use icu_experimental::displaynames::multi::LocaleDisplayNamesFormatter;
use icu_locale::Locale as IcuLocale;

use super::Locale;

static FORMATTERS: LazyLock<HashMap<&'static str, LocaleDisplayNamesFormatter>> =
    LazyLock::new(|| {
        Locale::all()
            .filter_map(|l| {
                let display: IcuLocale = l.code().parse().ok()?;
                LocaleDisplayNamesFormatter::try_new(
                    (&display).into(),
                    DisplayNamesOptions::default(),
                )
                .ok()
                .map(|f| (l.code(), f))
            })
            .collect()
    });

/// The name of the language `tag` in `locale` ("japonais" for `ja` in French); the tag
/// itself when it cannot be read.
pub fn language_name(tag: &str, locale: Locale) -> String {
    let Ok(parsed) = tag.parse::<IcuLocale>() else {
        return tag.to_owned();
    };
    match FORMATTERS
        .get(locale.code())
        .or_else(|| FORMATTERS.get("en"))
    {
        Some(f) => f.of(&parsed).into_owned(),
        None => tag.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_visitors_language() {
        let by = |lang: &str| Locale::from_code(lang).unwrap_or_default();
        assert_eq!(language_name("ja", by("fr")), "japonais");
        assert_eq!(language_name("es", by("ja")), "スペイン語");
        assert_eq!(language_name("tr", by("tr")), "Türkçe");
        assert_eq!(language_name("zh-Hans", by("en")), "Simplified Chinese");
        assert_eq!(language_name("ar", by("ar")), "العربية");
        assert!(!language_name("hi", by("hi")).is_empty());
        assert_eq!(language_name("not a tag", by("en")), "not a tag");
    }
}
