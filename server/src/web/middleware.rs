//! Cross-cutting middleware: the request's root span, security headers and the request
//! id header.

use actix_web::HttpMessage;
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::{DefaultHeaders, Next};
use tracing_actix_web::{DefaultRootSpanBuilder, RequestId, RootSpanBuilder};

/// The Content-Security-Policy: only our own origin, no inline script, no framing of
/// this site; frames only from the players a project page embeds on request
/// (`domain::gallery::embed::FRAME_SOURCES`, which a test keeps equal to this list).
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; img-src 'self' data:; \
     style-src 'self'; script-src 'self'; font-src 'self'; connect-src 'self'; \
     frame-src https://scratch.mit.edu https://www.youtube-nocookie.com https://player.vimeo.com; \
     object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/// Security headers sent with every response; `https`: the public address is https, so
/// browsers are told to use nothing else (HSTS).
pub fn security_headers(https: bool) -> DefaultHeaders {
    let headers = if https {
        DefaultHeaders::new().add((
            "Strict-Transport-Security",
            "max-age=31536000; includeSubDomains",
        ))
    } else {
        DefaultHeaders::new()
    };
    headers
        .add(("Content-Security-Policy", CONTENT_SECURITY_POLICY))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("Referrer-Policy", "strict-origin-when-cross-origin"))
        .add(("X-Frame-Options", "DENY"))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
        .add((
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=()",
        ))
}

/// Echoes the request id that `TracingLogger` put in every log line as `x-request-id`,
/// so a user's report can be matched to the logs.
pub async fn request_id_header(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let id = req.extensions().get::<RequestId>().copied();
    let mut res = next.call(req).await?;
    if let Some(id) = id
        && let Ok(value) = HeaderValue::from_str(&id.to_string())
    {
        res.headers_mut()
            .insert(HeaderName::from_static("x-request-id"), value);
    }
    Ok(res)
}

/// The route pattern a request matched (`None`: no route), found once and shared by its
/// log span and its metrics (`matched_route`); an answer from `response_cache` brings
/// the one it was kept with, so a kept answer needs no route matching at all.
#[derive(Debug, Clone)]
pub struct MatchedRoute(pub Option<String>);

/// The request's route pattern, matched now unless known already.
pub fn matched_route(req: &actix_web::HttpRequest) -> Option<String> {
    if let Some(known) = req.extensions().get::<MatchedRoute>() {
        return known.0.clone();
    }
    let route = req.match_pattern();
    req.extensions_mut().insert(MatchedRoute(route.clone()));
    route
}

/// Every request's span: method, target, user agent and request id, then its route,
/// status and any error (as `tracing-actix-web`'s default, which also records the
/// client's address: not kept here, the logs need no personal data).
pub struct RootSpan;

impl RootSpanBuilder for RootSpan {
    fn on_request_start(request: &ServiceRequest) -> tracing::Span {
        let request_id = request.extensions().get::<RequestId>().copied();
        let user_agent = request
            .headers()
            .get(actix_web::http::header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        tracing::info_span!(
            "HTTP request",
            http.method = %request.method(),
            http.route = tracing::field::Empty,
            http.target = %request.uri(),
            http.user_agent = user_agent,
            http.status_code = tracing::field::Empty,
            otel.status_code = tracing::field::Empty,
            request_id = request_id.map(tracing::field::display),
            exception.message = tracing::field::Empty,
            exception.details = tracing::field::Empty,
        )
    }

    fn on_request_end<B: MessageBody>(
        span: tracing::Span,
        outcome: &Result<ServiceResponse<B>, actix_web::Error>,
    ) {
        if let Ok(res) = outcome
            && !span.is_disabled()
        {
            let route = matched_route(res.request());
            span.record("http.route", route.as_deref().unwrap_or("default"));
        }
        DefaultRootSpanBuilder::on_request_end(span, outcome);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_come_only_from_the_embedded_players() {
        let frame_src = CONTENT_SECURITY_POLICY
            .split(';')
            .map(str::trim)
            .find_map(|d| d.strip_prefix("frame-src "))
            .expect("a frame-src directive");
        let listed: Vec<&str> = frame_src.split_whitespace().collect();
        assert_eq!(listed, crate::domain::gallery::embed::FRAME_SOURCES);
    }
}
