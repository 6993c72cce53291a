//! `GET /metrics`: request counts and latency histograms by route pattern, for a
//! Prometheus scraper. Off the public address unless configured (`[metrics]`): a
//! separate listen address, a bearer token, or (for `make run`) public.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use actix_web_prom::{PrometheusMetrics, PrometheusMetricsBuilder};
use prometheus::{Encoder as _, Registry, TextEncoder};
use secrecy::{ExposeSecret, SecretString};
use subtle::ConstantTimeEq;

use super::AppError;

/// The middleware that counts every request (unknown paths share one label, so scanners
/// cannot blow up the label set). It serves nothing itself.
pub fn middleware() -> anyhow::Result<PrometheusMetrics> {
    PrometheusMetricsBuilder::new("showcase")
        .mask_unmatched_patterns("UNMATCHED")
        .build()
        .map_err(|e| anyhow::anyhow!("building metrics: {e}"))
}

/// Who may read the metrics on a listener: anyone (`None`), or bearers of the token.
#[derive(Clone)]
pub struct Access {
    pub registry: Registry,
    pub token: Option<SecretString>,
}

/// The metrics in Prometheus' text format.
pub async fn endpoint(
    req: HttpRequest,
    access: web::Data<Access>,
) -> Result<HttpResponse, AppError> {
    if let Some(token) = &access.token {
        let presented = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .unwrap_or_default();
        if !bool::from(presented.as_bytes().ct_eq(token.expose_secret().as_bytes())) {
            return Err(AppError::Unauthorized);
        }
    }
    let mut body = Vec::new();
    TextEncoder::new()
        .encode(&access.registry.gather(), &mut body)
        .map_err(|e| anyhow::anyhow!("encoding metrics: {e}"))?;
    Ok(HttpResponse::Ok()
        .content_type(TextEncoder::new().format_type())
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body))
}
