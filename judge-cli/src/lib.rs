//! `judge-cli`: the organizers' command line. It talks to the server's HTTP API; for now it
//! can check that a server is up (`ping`).

use std::time::Duration;

use serde::Deserialize;

/// The server's `/health` answer.
#[derive(Debug, Deserialize)]
pub struct Health {
    pub status: String,
    pub database: String,
    pub version: String,
}

/// What `ping` found.
#[derive(Debug)]
pub enum PingOutcome {
    /// 200: the server and its database answer.
    Healthy(Health),
    /// The server answered but is not ready (503: database unreachable).
    Unhealthy { status: u16, health: Option<Health> },
}

/// Why `ping` could not get an answer at all.
#[derive(Debug, thiserror::Error)]
pub enum PingError {
    #[error("'{0}' is not a valid server address (expected e.g. http://127.0.0.1:8080)")]
    BadAddress(String),
    #[error("could not reach {url}: {source}")]
    Unreachable {
        url: String,
        #[source]
        source: reqwest::Error,
    },
}

/// Asks `server` for `/health`.
pub async fn ping(server: &str) -> Result<PingOutcome, PingError> {
    let base = reqwest::Url::parse(server).map_err(|_| PingError::BadAddress(server.to_owned()))?;
    if !matches!(base.scheme(), "http" | "https") {
        return Err(PingError::BadAddress(server.to_owned()));
    }
    let url = base
        .join("/health")
        .map_err(|_| PingError::BadAddress(server.to_owned()))?;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .user_agent(concat!("judge-cli/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|source| PingError::Unreachable {
            url: url.to_string(),
            source,
        })?;
    let res = client
        .get(url.clone())
        .send()
        .await
        .map_err(|source| PingError::Unreachable {
            url: url.to_string(),
            source,
        })?;
    let status = res.status().as_u16();
    let health = res.json::<Health>().await.ok();
    match (status, health) {
        (200, Some(health)) => Ok(PingOutcome::Healthy(health)),
        (status, health) => Ok(PingOutcome::Unhealthy { status, health }),
    }
}
