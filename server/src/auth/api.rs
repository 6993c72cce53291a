//! API tokens for organizers' tools (`judge-cli`): `Authorization: Bearer sct_...`.

use std::future::Future;
use std::pin::Pin;

use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, dev::Payload, web};
use serde::Serialize;
use uuid::Uuid;

use super::secrets::{API_TOKEN_PREFIX, hash_token};
use crate::db;
use crate::domain::account::Role;
use crate::web::AppState;
use crate::web::api::ApiError;

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

/// The caller of an API route: an organizer's unrevoked token.
#[derive(Debug, Clone)]
pub struct ApiCaller {
    pub user_id: Uuid,
    pub email: String,
    pub token_id: Uuid,
    pub token_name: String,
    pub scopes: Vec<ApiScope>,
}

impl ApiCaller {
    /// Fails with 403 unless the token carries `scope`.
    pub fn require(&self, scope: ApiScope) -> Result<(), ApiError> {
        if self.scopes.contains(&scope) {
            Ok(())
        } else {
            Err(ApiError::MissingScope(scope.as_str()))
        }
    }
}

impl FromRequest for ApiCaller {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let bearer = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(|t| t.trim().to_owned());
        let state = req.app_data::<web::Data<AppState>>().cloned();
        Box::pin(async move {
            let token = bearer
                .filter(|t| t.starts_with(API_TOKEN_PREFIX))
                .ok_or(ApiError::Unauthorized)?;
            let state = state.ok_or(ApiError::Unauthorized)?;
            let mut conn = state
                .pool
                .acquire()
                .await
                .map_err(|e| ApiError::Internal(e.into()))?;
            let found = db::api_tokens::authenticate(&mut conn, &hash_token(&token))
                .await
                .map_err(ApiError::Internal)?
                .ok_or(ApiError::Unauthorized)?;
            let user = db::users::by_id(&mut conn, found.user_id)
                .await
                .map_err(ApiError::Internal)?
                .ok_or(ApiError::Unauthorized)?;
            // A token stops working the moment its owner stops being an organizer.
            if !user.roles.contains(&Role::Organizer) {
                return Err(ApiError::Unauthorized);
            }
            Ok(ApiCaller {
                user_id: user.id,
                email: user.email,
                token_id: found.token_id,
                token_name: found.name,
                scopes: found
                    .scopes
                    .iter()
                    .filter_map(|s| ApiScope::parse(s))
                    .collect(),
            })
        })
    }
}
