//! Languages of project content, as BCP 47 tags.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// A BCP 47 language tag (language, optional script, region and variants), normalised to
/// its canonical casing: `pt-BR`, `zh-Hant`, `sr-Latn-RS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LanguageTag(String);

/// Why a language tag was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LanguageTagError {
    #[error("a language tag cannot be empty")]
    Empty,
    #[error("'{0}' is not a BCP 47 language tag")]
    Invalid(String),
}

impl LanguageTag {
    /// Parses and canonicalises a tag. `und` (undetermined) is refused: content always has
    /// a language.
    pub fn parse(input: &str) -> Result<Self, LanguageTagError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(LanguageTagError::Empty);
        }
        let id = LanguageIdentifier::from_str(trimmed)
            .map_err(|_| LanguageTagError::Invalid(trimmed.to_owned()))?;
        if id.language.is_empty() {
            return Err(LanguageTagError::Invalid(trimmed.to_owned()));
        }
        Ok(Self(id.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The primary language subtag: `pt` for `pt-BR`.
    pub fn primary(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for LanguageTag {
    type Error = LanguageTagError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<LanguageTag> for String {
    fn from(tag: LanguageTag) -> Self {
        tag.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn canonical_casing() {
        assert_eq!(
            LanguageTag::parse("PT-br").map(String::from),
            Ok("pt-BR".into())
        );
        assert_eq!(
            LanguageTag::parse("zh-hant").map(String::from),
            Ok("zh-Hant".into())
        );
        assert_eq!(
            LanguageTag::parse(" ja ").map(String::from),
            Ok("ja".into())
        );
    }

    #[test]
    fn garbage_is_refused() {
        assert_eq!(LanguageTag::parse(""), Err(LanguageTagError::Empty));
        assert!(LanguageTag::parse("und").is_err());
        assert!(LanguageTag::parse("english language").is_err());
        assert!(LanguageTag::parse("a").is_err());
        assert!(LanguageTag::parse("<script>").is_err());
    }

    proptest! {
        #[test]
        fn parsing_is_idempotent(s in "[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-[a-zA-Z]{2})?") {
            if let Ok(tag) = LanguageTag::parse(&s) {
                prop_assert_eq!(LanguageTag::parse(tag.as_str()), Ok(tag.clone()));
            }
        }

        #[test]
        fn never_panics(s in "\\PC{0,40}") {
            let _ = LanguageTag::parse(&s);
        }
    }
}
