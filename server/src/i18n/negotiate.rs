//! Choosing the locale of a request: `?lang=`, then the `lang` cookie, then
//! `Accept-Language`, then English.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use fluent_templates::LanguageIdentifier;

use super::Locale;

/// Cookie remembering the visitor's explicit language choice.
pub const LANG_COOKIE: &str = "lang";

/// Picks the locale from the sources of a request, most explicit first. A value naming an
/// unsupported language is skipped, not an error: the next source decides.
pub fn negotiate(
    query: Option<&str>,
    cookie: Option<&str>,
    accept_language: Option<&str>,
) -> Locale {
    query
        .and_then(Locale::from_code)
        .or_else(|| cookie.and_then(Locale::from_code))
        .or_else(|| accept_language.and_then(from_accept_language))
        .unwrap_or_default()
}

fn from_accept_language(header: &str) -> Option<Locale> {
    // Sorted by quality value, highest first; malformed entries are dropped.
    let requested: Vec<LanguageIdentifier> = accept_language::parse(header)
        .iter()
        .filter_map(|tag| tag.parse().ok())
        .collect();
    let available: Vec<LanguageIdentifier> = Locale::all()
        .filter_map(|l| l.code().parse().ok())
        .collect();
    negotiate_languages(&requested, &available, None, NegotiationStrategy::Filtering)
        .first()
        .and_then(|id| Locale::from_code(&id.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(l: Locale) -> &'static str {
        l.code()
    }

    #[test]
    fn query_beats_cookie_and_header() {
        assert_eq!(code(negotiate(Some("ja"), Some("fr"), Some("es"))), "ja");
    }

    #[test]
    fn cookie_beats_header() {
        assert_eq!(code(negotiate(None, Some("fr"), Some("es"))), "fr");
    }

    #[test]
    fn unsupported_query_falls_through_to_the_next_source() {
        assert_eq!(code(negotiate(Some("xx"), Some("tr"), None)), "tr");
        assert_eq!(code(negotiate(Some("<script>"), None, Some("hi"))), "hi");
    }

    #[test]
    fn header_is_matched_by_language_and_weight() {
        assert_eq!(
            code(negotiate(None, None, Some("de-DE,ar-SA;q=0.8,en;q=0.5"))),
            "ar"
        );
        assert_eq!(code(negotiate(None, None, Some("fr-CA"))), "fr");
        assert_eq!(
            code(negotiate(None, None, Some("en;q=0.2, es;q=0.9"))),
            "es"
        );
    }

    #[test]
    fn nothing_usable_means_english() {
        assert_eq!(code(negotiate(None, None, None)), "en");
        assert_eq!(code(negotiate(None, None, Some("de, pl;q=0.5"))), "en");
        assert_eq!(code(negotiate(None, None, Some(";;;garbage"))), "en");
    }
}
