//! What API tokens for organizers' tools (`judge-cli`) may do: their scopes.

use serde::Serialize;

/// What a token may be used for. A token carries one or more scopes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ApiScope {
    /// Read events, categories and projects.
    EventsRead,
    /// Invite and assign judges.
    JudgesManage,
    /// Download exports.
    ExportsRead,
    /// Read the livestream's run of show.
    LivestreamRead,
}

impl ApiScope {
    pub const ALL: [ApiScope; 4] = [
        ApiScope::EventsRead,
        ApiScope::JudgesManage,
        ApiScope::ExportsRead,
        ApiScope::LivestreamRead,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ApiScope::EventsRead => "events:read",
            ApiScope::JudgesManage => "judges:manage",
            ApiScope::ExportsRead => "exports:read",
            ApiScope::LivestreamRead => "livestream:read",
        }
    }

    pub fn parse(s: &str) -> Option<ApiScope> {
        ApiScope::ALL.into_iter().find(|a| a.as_str() == s)
    }
}
