//! A path on this site to send someone back to (after signing in; the language switcher's
//! links): parsed strictly, so it can never lead to another site.
//!
//! Browsers drop tabs and newlines from URLs and treat `\` like `/`, so `/\t/evil.example`
//! or `/\evil.example` would be `//evil.example`: another site. Such text is refused, and
//! what is accepted is resolved against a fixed origin and must stay on it.

use std::fmt;

/// A same-origin path (with its query and fragment), starting with exactly one `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalPath(String);

impl LocalPath {
    /// The path, if `input` is one on this site.
    pub fn parse(input: &str) -> Option<Self> {
        if !input.starts_with('/')
            || input.starts_with("//")
            || input
                .chars()
                .any(|c| c.is_control() || c.is_whitespace() || c == '\\')
        {
            return None;
        }
        let origin = url::Url::parse("http://origin.invalid/").ok()?;
        let url = origin.join(input).ok()?;
        if url.origin() != origin.origin() {
            return None;
        }
        // Dot segments may have left `//` at the start of the path: one slash only.
        let mut out = format!("/{}", url.path().trim_start_matches('/'));
        if let Some(q) = url.query() {
            out.push('?');
            out.push_str(q);
        }
        if let Some(f) = url.fragment() {
            out.push('#');
            out.push_str(f);
        }
        Some(Self(out))
    }

    /// The path of a request as the server saw it, made safe to link to: any leading run
    /// of slashes becomes one (`//evil.example/x` is the local path `/evil.example/x`).
    pub fn of_request(path: &str) -> Self {
        let collapsed = format!("/{}", path.trim_start_matches(['/', '\\']));
        Self::parse(&collapsed).unwrap_or_else(|| Self("/".to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for LocalPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ordinary_paths_pass_unchanged() {
        for ok in [
            "/",
            "/organizer?x=1",
            "/gallery?q=r%C3%A9&lang=fr",
            "/a/b#top",
        ] {
            assert_eq!(LocalPath::parse(ok).map(|p| p.0), Some(ok.to_owned()));
        }
    }

    #[test]
    fn anything_that_could_leave_the_site_is_refused() {
        for hostile in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r\nSet-Cookie: a=1",
            "/\u{7f}",
            " /x",
            "javascript:alert(1)",
            "",
        ] {
            assert_eq!(LocalPath::parse(hostile), None, "{hostile:?}");
        }
        // Dot segments that would leave `//` are folded to one slash.
        assert_eq!(
            LocalPath::parse("/.//evil.example").map(|p| p.0),
            Some("/evil.example".to_owned())
        );
        assert_eq!(
            LocalPath::of_request("//evil.example/x").as_str(),
            "/evil.example/x"
        );
    }

    proptest! {
        #[test]
        fn whatever_is_accepted_stays_on_the_site(input in "[/\\\\.a-z:%?#\\t\\n\\x00-\\x20]{0,12}") {
            if let Some(path) = LocalPath::parse(&input) {
                let base = url::Url::parse("https://showcase.example/").map_err(|e| TestCaseError::fail(e.to_string()))?;
                let resolved = base.join(path.as_str()).map_err(|e| TestCaseError::fail(e.to_string()))?;
                prop_assert_eq!(resolved.origin(), base.origin());
                prop_assert!(path.as_str().starts_with('/') && !path.as_str().starts_with("//"));
                prop_assert!(!path.as_str().chars().any(|c| c.is_control() || c == '\\'));
            }
            let from_request = LocalPath::of_request(&input);
            prop_assert!(from_request.as_str().starts_with('/') && !from_request.as_str().starts_with("//"));
        }
    }
}
