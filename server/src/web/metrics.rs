//! `GET /metrics`: request counts and latency histograms by route pattern, for a
//! Prometheus scraper. Off the public address unless configured (`[metrics]`): a
//! separate listen address, a bearer token, or (for `make run`) public.

use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse, web};
use prometheus::{
    Encoder as _, HistogramOpts, HistogramVec, IntCounterVec, Opts, Registry, TextEncoder,
};
use secrecy::{ExposeSecret, SecretString};
use subtle::ConstantTimeEq;

use super::AppError;

/// Every request counted and timed by route pattern, method and status
/// (`showcase_http_requests_total`, `showcase_http_requests_duration_seconds`, until the
/// response is ready). Unknown paths share one label, `UNMATCHED`, so scanners cannot
/// blow up the label set. The pattern is the one the request's span found
/// (`middleware::MatchedRoute`): routes are matched once for both.
#[derive(Clone)]
pub struct Metrics {
    pub registry: Registry,
    requests: IntCounterVec,
    duration: HistogramVec,
}

impl Metrics {
    pub fn new() -> anyhow::Result<Self> {
        let labels = ["endpoint", "method", "status"];
        let requests = IntCounterVec::new(
            Opts::new("http_requests_total", "Total number of HTTP requests").namespace("showcase"),
            &labels,
        )?;
        let duration = HistogramVec::new(
            HistogramOpts::new(
                "http_requests_duration_seconds",
                "HTTP request duration in seconds for all requests",
            )
            .namespace("showcase"),
            &labels,
        )?;
        let registry = Registry::new();
        registry.register(Box::new(requests.clone()))?;
        registry.register(Box::new(duration.clone()))?;
        Ok(Self {
            registry,
            requests,
            duration,
        })
    }
}

/// The middleware (the metrics are in the app's data).
pub async fn record(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let start = Instant::now();
    let metrics = req.app_data::<web::Data<Metrics>>().cloned();
    let method = req.method().clone();
    let res = next.call(req).await?;
    if let Some(metrics) = metrics {
        let route = super::middleware::matched_route(res.request());
        let endpoint = route.as_deref().unwrap_or("UNMATCHED");
        let status = res.status();
        let labels = [endpoint, method.as_str(), status.as_str()];
        metrics
            .duration
            .with_label_values(&labels)
            .observe(start.elapsed().as_secs_f64());
        metrics.requests.with_label_values(&labels).inc();
    }
    Ok(res)
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
