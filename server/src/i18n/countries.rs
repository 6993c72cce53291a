//! Country names in the visitor's language, from the keshvar data crate (ISO 3166 with
//! translations), computed once per locale.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::Locale;

/// (alpha-2 code, name) for every country, per locale code, sorted by name.
static NAMES: LazyLock<HashMap<&'static str, Vec<(String, String)>>> = LazyLock::new(|| {
    Locale::all()
        .map(|l| {
            let mut names: Vec<(String, String)> = rust_iso3166::ALL
                .iter()
                .map(|c| {
                    (
                        c.alpha2.to_owned(),
                        translate(c.alpha2, l.code()).unwrap_or_else(|| c.name.to_owned()),
                    )
                })
                .collect();
            names.sort_by_key(|(_, name)| name.to_lowercase());
            (l.code(), names)
        })
        .collect()
});

fn translate(code: &str, lang: &str) -> Option<String> {
    let alpha2 = keshvar::Alpha2::try_from(code).ok()?;
    let country = alpha2.to_country();
    country.translations().get(lang).map(|s| (*s).to_owned())
}

/// Every country as (code, name in `locale`), sorted by name.
pub fn countries(locale: Locale) -> &'static [(String, String)] {
    NAMES
        .get(locale.code())
        .map(Vec::as_slice)
        .unwrap_or_default()
}

/// A country's name in `locale`; the code itself when unknown.
pub fn country_name(code: &str, locale: Locale) -> String {
    countries(locale)
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(code))
        .map_or_else(|| code.to_owned(), |(_, name)| name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_localized() {
        let by = |lang: &str| Locale::from_code(lang).unwrap_or_default();
        assert_eq!(country_name("TR", by("en")), "Türkiye");
        assert_eq!(country_name("TR", by("ja")), "トルコ");
        assert_eq!(country_name("DE", by("fr")), "Allemagne");
        assert_eq!(country_name("EG", by("ar")), "مصر");
        assert_eq!(country_name("ZZ", by("en")), "ZZ");
        assert!(countries(by("hi")).len() > 240);
    }
}
