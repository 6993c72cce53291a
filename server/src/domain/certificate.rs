//! Certificates: which ones a creator of a published project has (participation for
//! everyone; a favourite's and an award's once results are public), how each is named in
//! links and files.

use std::fmt;

use serde::Serialize;

use super::event::Phase;

/// What a certificate is for.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CertificateKind {
    /// Every creator of a project published in the gallery.
    Participation,
    /// The project is a VIP judge's favourite.
    Favourite,
    /// The project received an award (its kind, such as `coding-with-commitment`).
    Award(String),
}

/// Why a certificate name in a link was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a certificate")]
pub struct CertificateKindError(String);

impl CertificateKind {
    /// Its name in links and files: `participation`, `favourite`, `award-<kind>`.
    pub fn slug(&self) -> String {
        match self {
            CertificateKind::Participation => "participation".to_owned(),
            CertificateKind::Favourite => "favourite".to_owned(),
            CertificateKind::Award(kind) => format!("award-{kind}"),
        }
    }

    pub fn parse(input: &str) -> Result<Self, CertificateKindError> {
        match input {
            "participation" => Ok(CertificateKind::Participation),
            "favourite" => Ok(CertificateKind::Favourite),
            other => other
                .strip_prefix("award-")
                .filter(|k| super::event::is_slug(k, 2, 60))
                .map(|k| CertificateKind::Award(k.to_owned()))
                .ok_or_else(|| CertificateKindError(input.to_owned())),
        }
    }

    /// Whether the event's phase lets this certificate exist: favourites and awards are
    /// results, secret until they are announced.
    pub fn available_in(&self, phase: Phase) -> bool {
        match self {
            CertificateKind::Participation => true,
            CertificateKind::Favourite | CertificateKind::Award(_) => {
                phase.permissions().results_public
            }
        }
    }
}

impl fmt::Display for CertificateKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.slug())
    }
}

/// Where a certificate is downloaded.
pub fn download_path(project: uuid::Uuid, creator: uuid::Uuid, kind: &CertificateKind) -> String {
    format!("/certificates/{project}/{creator}/{kind}")
}

/// A file name for a certificate that any system accepts: ASCII letters, digits and
/// hyphens from the display name (other scripts are kept out, not mangled), then the kind
/// and a short id so two creators with the same name never collide.
pub fn file_name(display_name: &str, kind: &CertificateKind, id: uuid::Uuid) -> String {
    let mut base = String::new();
    for c in display_name.chars() {
        if c.is_ascii_alphanumeric() {
            base.push(c.to_ascii_lowercase());
        } else if !base.is_empty() && !base.ends_with('-') {
            base.push('-');
        }
    }
    let base = base.trim_end_matches('-');
    let short = &id.simple().to_string()[..8];
    if base.is_empty() {
        format!("{kind}-{short}.pdf")
    } else {
        format!("{base}-{kind}-{short}.pdf")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_through_links() {
        for kind in [
            CertificateKind::Participation,
            CertificateKind::Favourite,
            CertificateKind::Award("coding-with-commitment".to_owned()),
        ] {
            assert_eq!(CertificateKind::parse(&kind.slug()), Ok(kind));
        }
        assert!(CertificateKind::parse("award-").is_err());
        assert!(CertificateKind::parse("award-../x").is_err());
        assert!(CertificateKind::parse("gold").is_err());
    }

    #[test]
    fn results_stay_secret_until_announced() {
        let fav = CertificateKind::Favourite;
        assert!(!fav.available_in(Phase::Favourites));
        assert!(fav.available_in(Phase::Announced));
        assert!(CertificateKind::Participation.available_in(Phase::Moderation));
    }

    #[test]
    fn file_names_are_plain_ascii_and_unique() {
        let id = uuid::Uuid::nil();
        assert_eq!(
            file_name("Zoë O'Brien", &CertificateKind::Favourite, id),
            "zo-o-brien-favourite-00000000.pdf"
        );
        assert_eq!(
            file_name("佐藤 花子", &CertificateKind::Participation, id),
            "participation-00000000.pdf"
        );
    }
}
