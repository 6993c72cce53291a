//! `GET /health`: is this instance able to serve? 200 when the database answers, 503 when
//! it does not; JSON either way, for load balancers and `judge-cli ping`.

use std::time::Duration;

use actix_web::{HttpResponse, web};
use serde::Serialize;

use super::AppState;
use crate::db;

/// How long the database gets to answer before the instance counts as unhealthy.
const DATABASE_TIMEOUT: Duration = Duration::from_secs(2);

#[derive(Serialize)]
struct Health {
    status: &'static str,
    database: &'static str,
    version: &'static str,
}

pub fn routes(r: &mut super::Routes) {
    r.get("/health", health);
}

#[tracing::instrument(skip_all)]
async fn health(state: web::Data<AppState>) -> HttpResponse {
    let database = tokio::time::timeout(DATABASE_TIMEOUT, db::ping(&state.pool)).await;
    let up = matches!(database, Ok(Ok(())));
    if !up {
        tracing::warn!(?database, "health check: database unreachable");
    }
    let body = Health {
        status: if up { "ok" } else { "unavailable" },
        database: if up { "ok" } else { "unreachable" },
        version: env!("CARGO_PKG_VERSION"),
    };
    let mut res = if up {
        HttpResponse::Ok()
    } else {
        HttpResponse::ServiceUnavailable()
    };
    res.insert_header(("Cache-Control", "no-store")).json(body)
}
