//! The JSON API for organizers' tools, authenticated with API tokens (errors as JSON,
//! in the caller's language: see `web::error`). Every route is described in
//! `server/openapi.json`; a test compares the two both ways, scopes included.
//!
//! `{event}` in a path is an event's slug, or `current` for the current event.

mod judging;
mod results;

use std::future::Future;
use std::pin::Pin;

use actix_web::http::header;
use actix_web::{FromRequest, HttpMessage, HttpRequest, HttpResponse, dev::Payload, web};
use serde::Serialize;
use uuid::Uuid;

use super::router::Routes;
use super::{AppError, AppState};
use crate::auth::secrets::{API_TOKEN_PREFIX, hash_token};
use crate::db;
use crate::domain::account::Role;
use crate::domain::event::Event;
use crate::domain::{ApiScope, EventSlug};
use crate::operations::{Actor, Via};

pub fn routes(r: &mut Routes) {
    r.get("/api/v1/me", me);
    r.get("/api/v1/events/{event}/livestream", livestream);
    judging::routes(r);
    results::routes(r);
}

/// The event a path names: its slug, or `current`.
pub(crate) async fn event_named(state: &AppState, name: &str) -> Result<Event, AppError> {
    let mut conn = state.conn().await?;
    let event = if name == "current" {
        db::events::current(&mut conn).await?
    } else {
        let slug = EventSlug::parse(name).map_err(|_| AppError::NotFound)?;
        db::events::by_slug(&mut conn, &slug).await?
    };
    event.ok_or(AppError::NotFound)
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
    pub roles: Vec<Role>,
    pub request_id: Option<String>,
}

impl ApiCaller {
    /// The caller as the actor of an operation.
    pub fn actor(&self) -> Actor {
        Actor {
            user: Some(self.user_id),
            roles: self.roles.clone(),
            via: Via::Api,
            token: Some(self.token_id),
            request_id: self.request_id.clone(),
        }
    }

    /// Whether the token carries `scope`.
    pub fn has(&self, scope: ApiScope) -> bool {
        self.scopes.contains(&scope)
    }

    /// Fails with 403 unless the token carries `scope`.
    pub fn require(&self, scope: ApiScope) -> Result<(), AppError> {
        if self.scopes.contains(&scope) {
            Ok(())
        } else {
            Err(AppError::MissingScope(scope.as_str()))
        }
    }
}

impl FromRequest for ApiCaller {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let bearer = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(|t| t.trim().to_owned());
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let request_id = req
            .extensions()
            .get::<tracing_actix_web::RequestId>()
            .map(|id| id.to_string());
        Box::pin(async move {
            let state = state.ok_or(AppError::Unauthorized)?;
            ApiCaller::authenticate(&state, bearer.as_deref(), request_id).await
        })
    }
}

impl ApiCaller {
    /// The caller a bearer token (the `Authorization` header's value after `Bearer `)
    /// names; 401 when it names none (unknown, revoked, not an organizer's).
    pub(crate) async fn authenticate(
        state: &AppState,
        bearer: Option<&str>,
        request_id: Option<String>,
    ) -> Result<ApiCaller, AppError> {
        let found = token_holder(state, bearer).await?;
        Ok(ApiCaller {
            user_id: found.user_id,
            email: found.email.clone(),
            token_id: found.token_id,
            token_name: found.name.clone(),
            scopes: found.scopes.clone(),
            roles: found.roles.clone(),
            request_id,
        })
    }
}

/// What a bearer token's holder may do, from the token cache (or the database, once);
/// 401 when the token names nobody who may use it.
pub(crate) async fn token_holder(
    state: &AppState,
    bearer: Option<&str>,
) -> Result<std::sync::Arc<db::api_tokens::Authenticated>, AppError> {
    let token = bearer
        .map(str::trim)
        .filter(|t| t.starts_with(API_TOKEN_PREFIX))
        .ok_or(AppError::Unauthorized)?;
    let hash = hash_token(token);
    let found = match state.tokens.get(&hash).await {
        Some(found) => found,
        None => {
            let generation = state.tokens.generation();
            let mut conn = state.conn().await?;
            let found = std::sync::Arc::new(
                db::api_tokens::authenticate(&mut conn, &hash)
                    .await
                    .map_err(AppError::Internal)?
                    .ok_or(AppError::Unauthorized)?,
            );
            state.tokens.put(generation, hash, found.clone()).await;
            found
        }
    };
    // A token stops working the moment its owner stops being an organizer.
    if !found.roles.contains(&Role::Organizer) {
        return Err(AppError::Unauthorized);
    }
    Ok(found)
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
struct LivestreamQuery {
    format: Option<String>,
}

/// The event's run of show for the production team: statistics, one segment per VIP
/// judge with their picks in order, then the awards. JSON, or `?format=csv`. Before the
/// event is announced it is a rehearsal (`"embargoed": true`). Once results are public it
/// is kept with the gallery's pages (dropped when public data changes), so the
/// announcement's rush is served from memory.
async fn livestream(
    caller: ApiCaller,
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    query: web::Query<LivestreamQuery>,
) -> Result<HttpResponse, AppError> {
    caller.require(ApiScope::LivestreamRead)?;
    let csv = match query.format.as_deref() {
        None | Some("json") => false,
        Some("csv") => true,
        Some(_) => {
            return Err(AppError::InvalidParameter {
                parameter: "format",
                reason: "error-api-format",
            });
        }
    };
    // Once results are public the answer is kept: a hit needs no database at all.
    let format = if csv { "csv" } else { "json" };
    if let Some(cached) = state
        .gallery_cache
        .peek_page(&format!("api|livestream|{slug}|{format}"))
        .await
        && let Some(cached) = cached.as_ref()
    {
        return Ok(livestream_response(&req, cached, csv, &slug, true));
    }
    let event = event_named(&state, &slug).await?;
    let slug = event.slug.as_str().to_owned();
    let render = {
        let state = state.clone();
        let event = event.clone();
        async move {
            let show = super::livestream::run_of_show(&state, &event).await?;
            let body = if csv {
                show.to_csv()
                    .map_err(|e| anyhow::anyhow!("writing the CSV: {e}"))?
            } else {
                serde_json::to_vec(&show)?
            };
            anyhow::Ok(Some(super::http_cache::cached(body)))
        }
    };
    let public = event.phase.permissions().results_public;
    let cached = if public {
        state
            .gallery_cache
            .page(format!("api|livestream|{slug}|{format}"), render)
            .await?
    } else {
        std::sync::Arc::new(render.await?)
    };
    let Some(cached) = cached.as_ref() else {
        return Err(AppError::NotFound);
    };
    Ok(livestream_response(&req, cached, csv, &slug, public))
}

fn livestream_response(
    req: &HttpRequest,
    cached: &crate::search::cache::Cached,
    csv: bool,
    slug: &str,
    announced: bool,
) -> HttpResponse {
    let content_type = if csv {
        header::ContentType(actix_web::mime::TEXT_CSV_UTF_8)
    } else {
        header::ContentType::json()
    };
    let mut res = super::http_cache::respond(req, content_type, cached, "", false);
    if csv
        && let Ok(v) = header::HeaderValue::from_str(&format!(
            "attachment; filename=\"run-of-show-{slug}.csv\""
        ))
    {
        res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    // Announced: the same for every holder of the scope until public data changes.
    if announced {
        super::response_cache::Shareable {
            scope: Some(ApiScope::LivestreamRead),
        }
        .mark(&mut res);
    }
    res
}
