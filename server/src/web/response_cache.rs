//! Whole public answers kept in memory, so the announcement's rush (everyone opening the
//! winners page and the gallery at once, the production team polling the run of show) is
//! answered without routing, sessions, locale negotiation, rendering or compression.
//!
//! A handler opts in by marking its response [`Shareable`] (`http_cache::respond` does for
//! pages anyone may see; the run of show marks it with the token scope it needs). The
//! middleware then keeps the answer exactly as it left the application, headers and
//! compressed body included, under the request's URL and the request headers the answer
//! may depend on (`Accept-Language`, `Cookie`, `Accept-Encoding`), filed under the gallery
//! cache's generation: any change to public data drops it on every instance. It keeps only
//! `200` answers to `GET` that set no cookie and vary on nothing else; an answer that
//! needs a scope is given again only after the caller's token is checked again (the same
//! check as the route's, so a revoked token stops at once).
//!
//! It sits inside tracing and metrics (a hit is logged and counted like any request) and
//! outside everything else.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderMap, HeaderName};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpRequest, HttpResponse, web};

use super::AppState;
use super::api::token_holder;
use crate::domain::ApiScope;
use crate::search::cache::SharedResponse;

/// The largest body kept.
const MAX_BODY: usize = 1024 * 1024;

/// The cookies the application reads (the session, the gallery's shuffle seed; the
/// language cookie counts through the negotiated locale): the others are not in the key.
const READ_COOKIES: [&str; 2] = [super::app::SESSION_COOKIE, super::gallery::SEED_COOKIE];

/// The request headers an answer kept here may vary on (what of them the answer can
/// depend on is part of its key).
const KEYED_HEADERS: [HeaderName; 3] = [
    header::ACCEPT_LANGUAGE,
    header::COOKIE,
    header::ACCEPT_ENCODING,
];

/// A handler's promise that this answer is the same for every later request to the same
/// URL with the same keyed headers: for anyone (`scope: None`), or for every caller whose
/// token carries `scope`.
#[derive(Debug, Clone, Copy)]
pub struct Shareable {
    pub scope: Option<ApiScope>,
}

impl Shareable {
    /// Marks `res` as shareable.
    pub fn mark(self, res: &mut HttpResponse) {
        res.extensions_mut().insert(self);
    }
}

/// The middleware (see the module documentation).
pub async fn serve(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let Some(state) = state else {
        return Ok(next.call(req).await?.map_into_boxed_body());
    };
    let Some(key) = key(&req) else {
        // A change answers only once this instance's caches are cleared: the page the
        // answer leads to is never an older copy (other instances hear the NOTIFY).
        let (res, changed) = crate::db::public::watch_changes(next.call(req)).await;
        if changed {
            // The search's copy first: pages computed after the clear must see the change.
            if let Err(e) = state.search.refresh().await {
                tracing::warn!(error = %format!("{e:#}"), "refreshing the search copy failed");
                state.search.projection().set_live(false);
            }
            state.gallery_cache.clear();
        }
        return Ok(res?.map_into_boxed_body());
    };
    let cache = &state.gallery_cache;
    if let Some(hit) = cache.response(&key).await
        && allowed(&state, req.request(), hit.scope).await
    {
        tracing::debug!("answered from the response cache");
        req.extensions_mut()
            .insert(super::middleware::MatchedRoute(hit.route.clone()));
        let res = replay(req.request(), &hit);
        return Ok(req.into_response(res));
    }
    let generation = cache.generation();
    let res = next.call(req).await?;
    let Some(scope) = storable(&res) else {
        return Ok(res.map_into_boxed_body());
    };
    let (req, res) = res.into_parts();
    let (head, body) = res.into_parts();
    // Compressed bodies arrive in chunks: gathered here (only ever our own pages).
    let body = actix_web::body::to_bytes(body)
        .await
        .map_err(|e| actix_web::error::ErrorInternalServerError(e.into().to_string()))?;
    if body.len() <= MAX_BODY {
        let mut headers = head.headers().clone();
        headers.remove("x-request-id");
        cache
            .store_response(
                generation,
                key,
                SharedResponse {
                    headers,
                    body: body.clone(),
                    scope,
                    route: super::middleware::matched_route(&req),
                },
            )
            .await;
    }
    Ok(ServiceResponse::new(req, head.set_body(body)).map_into_boxed_body())
}

/// The key of a `GET` (the only method kept): the URL and the keyed headers' values.
fn key(req: &ServiceRequest) -> Option<String> {
    if req.method() != Method::GET {
        return None;
    }
    let mut key = req.uri().to_string();
    // Not the raw headers: every browser words `Accept-Language` its own way, and a CDN
    // or an analytics script adds cookies the application never reads. What the answer
    // depends on is the language pages are rendered in (`?lang=` is in the URL) and the
    // cookies the application reads.
    key.push('\n');
    key.push_str(super::locale::negotiated(req, None).code());
    for name in READ_COOKIES {
        key.push('\n');
        if let Some(cookie) = req.cookie(name) {
            key.push_str(cookie.value());
        }
    }
    key.push('\n');
    for value in req.headers().get_all(header::ACCEPT_ENCODING) {
        // Header values cannot hold a newline: the parts cannot run into each other.
        key.push_str(&String::from_utf8_lossy(value.as_bytes()));
        key.push('\r');
    }
    Some(key)
}

/// The scope a kept answer needs, when `res` may be kept at all.
fn storable<B>(res: &ServiceResponse<B>) -> Option<Option<ApiScope>> {
    let shareable = *res.response().extensions().get::<Shareable>()?;
    let headers = res.headers();
    let varies_only_on_keyed = headers
        .get_all(header::VARY)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .all(|name| {
            KEYED_HEADERS
                .iter()
                .any(|keyed| keyed.as_str().eq_ignore_ascii_case(name))
        });
    (res.status() == StatusCode::OK
        && !headers.contains_key(header::SET_COOKIE)
        && varies_only_on_keyed)
        .then_some(shareable.scope)
}

/// Whether this caller may be given an answer that needs `scope`.
async fn allowed(state: &AppState, req: &HttpRequest, scope: Option<ApiScope>) -> bool {
    let Some(scope) = scope else {
        return true;
    };
    let bearer = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    // Refused here: the route itself answers, with its error in the caller's language.
    token_holder(state, bearer)
        .await
        .is_ok_and(|holder| holder.scopes.contains(&scope))
}

/// A kept answer again: `304` when the caller's copy is current.
fn replay(req: &HttpRequest, hit: &SharedResponse) -> HttpResponse {
    let etag = hit
        .headers
        .get(header::ETAG)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let current = !etag.is_empty() && super::http_cache::not_modified(req, etag);
    let mut res = if current {
        HttpResponse::NotModified().finish()
    } else {
        HttpResponse::Ok().body(hit.body.clone())
    };
    copy_headers(&hit.headers, res.headers_mut(), current);
    res
}

fn copy_headers(from: &HeaderMap, to: &mut HeaderMap, not_modified: bool) {
    for (name, value) in from {
        // A 304 has no body to describe.
        if not_modified
            && (name == header::CONTENT_LENGTH
                || name == header::CONTENT_TYPE
                || name == header::CONTENT_ENCODING)
        {
            continue;
        }
        to.append(name.clone(), value.clone());
    }
}

#[cfg(test)]
mod tests {
    use actix_web::cookie::Cookie;
    use actix_web::test::TestRequest;

    use super::*;

    fn key_of(headers: &[(&str, &str)], cookies: &[(&str, &str)]) -> Option<String> {
        let mut req = TestRequest::get().uri("/winners/showcase-2025?page=2");
        for (name, value) in headers {
            req = req.insert_header((*name, *value));
        }
        for (name, value) in cookies {
            req = req.cookie(Cookie::new(*name, *value));
        }
        key(&req.to_srv_request())
    }

    #[test]
    fn the_key_is_what_the_answer_depends_on_not_how_the_headers_are_worded() {
        let japanese = key_of(&[("Accept-Language", "ja")], &[]);
        assert!(japanese.is_some());
        // Every wording of "Japanese", and cookies the application never reads.
        for (headers, cookies) in [
            (vec![("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.8")], vec![]),
            (
                vec![("Accept-Language", "ja")],
                vec![("_ga", "GA1.2.3"), ("__cf_bm", "x")],
            ),
            (vec![("Accept-Language", "en;q=0.1, ja")], vec![]),
            (vec![], vec![("lang", "ja")]),
        ] {
            assert_eq!(
                key_of(&headers, &cookies),
                japanese,
                "{headers:?} {cookies:?}"
            );
        }
        // What changes the answer changes the key.
        for (headers, cookies) in [
            (vec![("Accept-Language", "ar")], vec![]),
            (vec![], vec![]),
            (vec![("Accept-Language", "ja")], vec![("lang", "en")]),
            (
                vec![("Accept-Language", "ja")],
                vec![(super::super::app::SESSION_COOKIE, "s")],
            ),
            (
                vec![("Accept-Language", "ja")],
                vec![(super::super::gallery::SEED_COOKIE, "42")],
            ),
            (
                vec![("Accept-Language", "ja"), ("Accept-Encoding", "gzip")],
                vec![],
            ),
        ] {
            assert_ne!(
                key_of(&headers, &cookies),
                japanese,
                "{headers:?} {cookies:?}"
            );
        }
        assert_eq!(
            key(&TestRequest::post()
                .uri("/winners/showcase-2025")
                .to_srv_request()),
            None
        );
    }
}
