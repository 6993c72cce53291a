//! CSRF protection: a random token per session, a hidden field in every form, checked by
//! the `CsrfForm<T>` extractor before the handler sees the form. SameSite=Lax cookies are
//! the first line of defence; this is the second.

use std::future::Future;
use std::pin::Pin;

use actix_session::{Session, SessionExt};
use actix_web::{FromRequest, HttpRequest, dev::Payload, web};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use subtle::ConstantTimeEq;

use super::AppError;
use crate::auth::secrets::random_bytes;

const CSRF_KEY: &str = "csrf";

/// The session's CSRF token, created on first use.
pub fn token(session: &Session) -> anyhow::Result<String> {
    if let Ok(Some(existing)) = session.get::<String>(CSRF_KEY) {
        return Ok(existing);
    }
    let fresh = URL_SAFE_NO_PAD.encode(random_bytes::<32>()?);
    session.insert(CSRF_KEY, &fresh)?;
    Ok(fresh)
}

/// Whether `presented` is the session's token (compared in constant time).
pub fn matches(session: &Session, presented: &str) -> bool {
    match session.get::<String>(CSRF_KEY) {
        Ok(Some(expected)) => bool::from(expected.as_bytes().ct_eq(presented.as_bytes())),
        _ => false,
    }
}

#[derive(Deserialize)]
struct TokenOnly {
    #[serde(default)]
    csrf_token: String,
}

/// A URL-encoded form whose `csrf_token` field matched the session's token. The token is
/// checked before the rest of the form is read, so a forged request learns nothing.
pub struct CsrfForm<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for CsrfForm<T> {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let body = web::Bytes::from_request(&req, payload);
        Box::pin(async move {
            let body = body.await.map_err(|_| AppError::BadRequest)?;
            // Every field must be text the database can store (no NUL, valid UTF-8).
            if !std::str::from_utf8(&body).is_ok_and(super::input::is_text_form) {
                return Err(AppError::BadRequest);
            }
            let token: TokenOnly =
                serde_urlencoded::from_bytes(&body).map_err(|_| AppError::Csrf)?;
            if !matches(&req.get_session(), &token.csrf_token) {
                return Err(AppError::Csrf);
            }
            serde_urlencoded::from_bytes::<T>(&body)
                .map(CsrfForm)
                .map_err(|e| {
                    tracing::info!(error = %e, "unreadable form");
                    AppError::BadRequest
                })
        })
    }
}
