//! The JSON API for organizers' tools, authenticated with API tokens.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;

use super::router::Routes;
use crate::auth::ApiCaller;

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
