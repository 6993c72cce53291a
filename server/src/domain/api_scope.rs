//! What API tokens for organizers' tools (`judge-cli`) may do: their scopes, named
//! `<area>:read` or `<area>:write`, plus `personal-data:read` for anything that names a
//! person beyond their public display name.

use serde::Serialize;

/// What a token may be used for. A token carries one or more scopes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ApiScope {
    /// Read events, categories and projects.
    EventsRead,
    /// Read judges, assignment, progress, the shortlist, picks and award candidates.
    JudgingRead,
    /// Import and update judges, run and undo assignment, set VIP categories, decide the
    /// award, move the phase.
    JudgingWrite,
    /// Read the livestream's run of show.
    LivestreamRead,
    /// Download exports.
    ExportsRead,
    /// Anything naming a person beyond their public display name (emails, creators'
    /// exports). Always together with the area's own scope.
    PersonalDataRead,
}

/// A scopes list that is not one: the words that are not scopes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a scope: {}", .0.join(", "))]
pub struct UnknownScopes(pub Vec<String>);

impl ApiScope {
    pub const ALL: [ApiScope; 6] = [
        ApiScope::EventsRead,
        ApiScope::JudgingRead,
        ApiScope::JudgingWrite,
        ApiScope::LivestreamRead,
        ApiScope::ExportsRead,
        ApiScope::PersonalDataRead,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ApiScope::EventsRead => "events:read",
            ApiScope::JudgingRead => "judging:read",
            ApiScope::JudgingWrite => "judging:write",
            ApiScope::LivestreamRead => "livestream:read",
            ApiScope::ExportsRead => "exports:read",
            ApiScope::PersonalDataRead => "personal-data:read",
        }
    }

    pub fn parse(s: &str) -> Option<ApiScope> {
        ApiScope::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// A comma- or space-separated list (`judging:read,livestream:read`), each scope
    /// once, in the order given. Empty input is an empty list (the caller refuses it).
    pub fn parse_list(s: &str) -> Result<Vec<ApiScope>, UnknownScopes> {
        let mut scopes = Vec::new();
        let mut unknown = Vec::new();
        for word in s
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|w| !w.is_empty())
        {
            match ApiScope::parse(word) {
                Some(scope) if !scopes.contains(&scope) => scopes.push(scope),
                Some(_) => {}
                None => unknown.push(word.to_owned()),
            }
        }
        if unknown.is_empty() {
            Ok(scopes)
        } else {
            Err(UnknownScopes(unknown))
        }
    }

    /// The console's checkbox for this scope (`scope_judging_write`).
    pub fn field_name(self) -> &'static str {
        match self {
            ApiScope::EventsRead => "scope_events_read",
            ApiScope::JudgingRead => "scope_judging_read",
            ApiScope::JudgingWrite => "scope_judging_write",
            ApiScope::LivestreamRead => "scope_livestream_read",
            ApiScope::ExportsRead => "scope_exports_read",
            ApiScope::PersonalDataRead => "scope_personal_data_read",
        }
    }

    /// The Fluent key of its description (`scope-judging-write`).
    pub fn label_key(self) -> String {
        format!("scope-{}", self.as_str().replace(':', "-"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_follow_area_colon_access() {
        for scope in ApiScope::ALL {
            assert_eq!(ApiScope::parse(scope.as_str()), Some(scope));
            let (area, access) = scope.as_str().split_once(':').unwrap();
            assert!(!area.is_empty() && (access == "read" || access == "write"));
        }
        assert_eq!(ApiScope::parse("judges:manage"), None);
    }

    #[test]
    fn lists_parse_in_order_once_each() {
        assert_eq!(
            ApiScope::parse_list("judging:read, livestream:read,judging:read"),
            Ok(vec![ApiScope::JudgingRead, ApiScope::LivestreamRead])
        );
        assert_eq!(ApiScope::parse_list("  "), Ok(vec![]));
        assert_eq!(
            ApiScope::parse_list("judging:read,admin,judges:manage"),
            Err(UnknownScopes(vec!["admin".into(), "judges:manage".into()]))
        );
    }

    #[test]
    fn field_and_label_names() {
        assert_eq!(
            ApiScope::PersonalDataRead.field_name(),
            "scope_personal_data_read"
        );
        assert_eq!(
            ApiScope::PersonalDataRead.label_key(),
            "scope-personal-data-read"
        );
        for scope in ApiScope::ALL {
            assert_eq!(
                scope.field_name(),
                format!("scope_{}", scope.as_str().replace([':', '-'], "_"))
            );
        }
    }
}
