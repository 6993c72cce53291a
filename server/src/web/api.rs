//! The JSON API for organizers' tools, authenticated with API tokens.

use std::future::Future;
use std::pin::Pin;

use actix_web::http::{StatusCode, header};
use actix_web::{FromRequest, HttpRequest, HttpResponse, ResponseError, dev::Payload, web};
use serde::Serialize;
use uuid::Uuid;

use super::AppState;
use super::router::Routes;
use crate::auth::ApiScope;
use crate::auth::secrets::{API_TOKEN_PREFIX, hash_token};
use crate::db;
use crate::domain::account::Role;

pub fn routes(r: &mut Routes) {
    r.get("/api/v1/me", me);
}

/// Errors of API routes, answered as JSON `{"error": code, "message": text}`.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("a valid API token is required (Authorization: Bearer sct_...)")]
    Unauthorized,
    #[error("this token lacks the '{0}' scope")]
    MissingScope(&'static str),
    #[error("internal error")]
    Internal(#[source] anyhow::Error),
}

#[derive(Serialize)]
struct ErrorBody {
    error: &'static str,
    message: String,
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::MissingScope(_) => StatusCode::FORBIDDEN,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let ApiError::Internal(e) = self {
            tracing::error!(error = ?e, "API request failed");
        }
        let code = match self {
            ApiError::Unauthorized => "unauthorized",
            ApiError::MissingScope(_) => "missing_scope",
            ApiError::Internal(_) => "internal",
        };
        let mut res = HttpResponse::build(self.status_code());
        if matches!(self, ApiError::Unauthorized) {
            res.insert_header(("WWW-Authenticate", "Bearer"));
        }
        res.json(ErrorBody {
            error: code,
            message: self.to_string(),
        })
    }
}

#[derive(Serialize)]
struct Me {
    email: String,
    token_name: String,
    scopes: Vec<&'static str>,
}

/// Who this token belongs to and what it may do.
async fn me(caller: ApiCaller) -> HttpResponse {
    HttpResponse::Ok().json(Me {
        email: caller.email,
        token_name: caller.token_name,
        scopes: caller.scopes.iter().map(|s| s.as_str()).collect(),
    })
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
