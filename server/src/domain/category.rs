//! Project categories. Each event has its own list; new events start with the default set.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The categories a new event starts with, in display order. Their names and one-line
/// descriptions are the Fluent messages `category-<slug>` and `category-<slug>-description`.
pub const DEFAULT_CATEGORIES: [&str; 7] = [
    "scratch",
    "games",
    "web",
    "mobile-apps",
    "hardware",
    "advanced-programming",
    "ai",
];

/// A category's identifier within its event: lowercase ASCII letters, digits and single
/// hyphens, 2–40 characters, used in URLs and as a Fluent key suffix.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CategorySlug(String);

/// Why a category slug was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a valid category identifier (2–40 lowercase letters, digits and hyphens)")]
pub struct CategorySlugError(String);

impl CategorySlug {
    pub fn parse(input: &str) -> Result<Self, CategorySlugError> {
        if crate::domain::event::is_slug(input, 2, 40) {
            Ok(Self(input.to_owned()))
        } else {
            Err(CategorySlugError(input.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The Fluent key of the category's name.
    pub fn name_key(&self) -> String {
        format!("category-{}", self.0)
    }

    /// The Fluent key of the category's one-line description.
    pub fn description_key(&self) -> String {
        format!("category-{}-description", self.0)
    }
}

impl fmt::Display for CategorySlug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for CategorySlug {
    type Error = CategorySlugError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<CategorySlug> for String {
    fn from(slug: CategorySlug) -> Self {
        slug.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_category_is_a_valid_slug() {
        for slug in DEFAULT_CATEGORIES {
            assert!(CategorySlug::parse(slug).is_ok(), "{slug}");
        }
    }

    #[test]
    fn refuses_uppercase_spaces_and_edge_hyphens() {
        for bad in ["Games", "mobile apps", "-web", "web-", "a", "ai--ml", ""] {
            assert!(CategorySlug::parse(bad).is_err(), "{bad}");
        }
    }
}
