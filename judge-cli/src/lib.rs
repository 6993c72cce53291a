//! `judge-cli`: the organizers' command line. It talks to the server's HTTP API: `ping`
//! checks that a server is up, `whoami` shows what an API token may do.

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

/// The server's answer to `GET /api/v1/me`.
#[derive(Debug, Deserialize)]
pub struct Me {
    pub email: String,
    pub token_name: String,
    pub scopes: Vec<String>,
}

/// Why an API call failed.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("'{0}' is not a valid server address (expected e.g. http://127.0.0.1:8080)")]
    BadAddress(String),
    #[error(
        "no API token: pass --token or set JUDGE_CLI_TOKEN (create one in the organizer console, under API tokens)"
    )]
    NoToken,
    #[error("could not reach {url}: {source}")]
    Unreachable {
        url: String,
        #[source]
        source: reqwest::Error,
    },
    #[error("the server refused the token (HTTP {status}): {message}")]
    Refused { status: u16, message: String },
}

/// Asks the server who the token belongs to.
pub async fn whoami(server: &str, token: Option<&str>) -> Result<Me, ApiError> {
    let token = token.filter(|t| !t.is_empty()).ok_or(ApiError::NoToken)?;
    let base = reqwest::Url::parse(server).map_err(|_| ApiError::BadAddress(server.to_owned()))?;
    let url = base
        .join("/api/v1/me")
        .map_err(|_| ApiError::BadAddress(server.to_owned()))?;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .user_agent(concat!("judge-cli/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|source| ApiError::Unreachable {
            url: url.to_string(),
            source,
        })?;
    let res = client
        .get(url.clone())
        .bearer_auth(token)
        .send()
        .await
        .map_err(|source| ApiError::Unreachable {
            url: url.to_string(),
            source,
        })?;
    let status = res.status().as_u16();
    if status != 200 {
        let body: serde_json::Value = res.json().await.unwrap_or_default();
        let message = body["message"].as_str().unwrap_or("no details").to_owned();
        return Err(ApiError::Refused { status, message });
    }
    res.json::<Me>()
        .await
        .map_err(|source| ApiError::Unreachable {
            url: url.to_string(),
            source,
        })
}
