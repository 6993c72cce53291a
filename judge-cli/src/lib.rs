//! `judge-cli`: the organizers' command line. It talks to the server's token API
//! (`/api/v1/…`, see the server's `openapi.json`) and to `/health`.
//!
//! Every failure is one [`CliError`] with its own exit code, shown as one line.

pub mod livestream;
pub mod output;

use std::time::Duration;

use serde::Deserialize;
use serde::de::DeserializeOwned;

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

/// Why a command failed. Each kind has its own exit code (see [`CliError::exit_code`]).
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The command line or a file given to it is not usable.
    #[error("{0}")]
    Usage(String),
    /// Nothing answered at the server's address.
    #[error("could not reach the server at {url}: {reason}")]
    Unreachable { url: String, reason: String },
    #[error(
        "no API token: pass --token or set SHOWCASE_TOKEN (an organizer makes one in the console under API tokens, or with `showcase-server token create`)"
    )]
    NoToken,
    /// 401: the token is unknown, revoked, or its owner is no longer an organizer.
    #[error("the server refused the token: {0}")]
    BadToken(String),
    /// 403 missing_scope.
    #[error("the token lacks the {scope} scope: {message}")]
    MissingScope { scope: String, message: String },
    /// 403 for another reason.
    #[error("not allowed: {0}")]
    Forbidden(String),
    #[error("not found: {0}")]
    NotFound(String),
    /// 409 not_in_phase: the event's phase does not allow it.
    #[error("wrong phase: {0}")]
    WrongPhase(String),
    /// 409 refused: a rule refused it.
    #[error("refused: {0}")]
    Refused(String),
    /// 400 and 422: the input was refused, each problem named (on one line).
    #[error("{message}{}", if fields.is_empty() { String::new() } else { format!(" ({})", fields.join("; ")) })]
    Invalid {
        message: String,
        fields: Vec<String>,
    },
    /// The judges file had rows with problems (the report is printed).
    #[error("{0} row(s) of the file have problems; nothing was imported")]
    InvalidRows(usize),
    /// A download did not match what the server said it sent.
    #[error("download failed verification: {0}")]
    Verification(String),
    #[error("could not write {path}: {reason}")]
    Io { path: String, reason: String },
    /// A 5xx answer, or one this version does not understand.
    #[error("the server failed: {0}")]
    Server(String),
}

impl CliError {
    /// The process exit code: distinct per kind of failure, so scripts can tell them
    /// apart.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) => 2,
            CliError::Unreachable { .. } => 3,
            CliError::NoToken | CliError::BadToken(_) => 4,
            CliError::MissingScope { .. } | CliError::Forbidden(_) => 5,
            CliError::NotFound(_) => 6,
            CliError::WrongPhase(_) | CliError::Refused(_) => 7,
            CliError::Invalid { .. } | CliError::InvalidRows(_) => 8,
            CliError::Verification(_) | CliError::Io { .. } => 9,
            CliError::Server(_) => 10,
        }
    }
}

/// The exit codes, for `--help`.
pub const EXIT_CODES: &str = "Exit codes:
  0   done
  1   ping: the server answered but is not healthy
  2   bad command line or unreadable file
  3   server not reachable
  4   no token, or the server refused it
  5   the token lacks a scope (or the action is not allowed)
  6   no such event, judge, project or batch
  7   the event's phase (or a rule) does not allow it
  8   invalid input (each problem is listed)
  9   a download failed verification, or a file could not be written
  10  the server failed";

/// A connection to one server, with the caller's token and language.
#[derive(Debug, Clone)]
pub struct Client {
    base: reqwest::Url,
    token: Option<String>,
    http: reqwest::Client,
    language: Option<String>,
}

/// The error body of the API.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ErrorBody {
    error: String,
    message: String,
    scope: Option<String>,
    fields: Vec<FieldProblem>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct FieldProblem {
    field: String,
    message: String,
}

impl Client {
    /// `server` like `http://127.0.0.1:8080`; `language` is sent as `Accept-Language`
    /// (the server's messages follow it).
    pub fn new(
        server: &str,
        token: Option<&str>,
        language: Option<&str>,
    ) -> Result<Self, CliError> {
        let bad = || {
            CliError::Usage(format!(
                "'{server}' is not a valid server address (expected e.g. http://127.0.0.1:8080)"
            ))
        };
        let base = reqwest::Url::parse(server).map_err(|_| bad())?;
        if !matches!(base.scheme(), "http" | "https") || base.cannot_be_a_base() {
            return Err(bad());
        }
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(120))
            .user_agent(concat!("judge-cli/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| CliError::Usage(format!("cannot make an HTTP client: {e}")))?;
        Ok(Client {
            base,
            token: token.filter(|t| !t.is_empty()).map(str::to_owned),
            http,
            language: language.filter(|l| !l.is_empty()).map(str::to_owned),
        })
    }

    /// The address of `path` on this server (a path, or an absolute URL whose path and
    /// query are taken: the run of show names its images by the server's public address,
    /// and they are fetched from the server this client talks to).
    pub fn url(&self, path: &str) -> Result<reqwest::Url, CliError> {
        let path = match reqwest::Url::parse(path) {
            Ok(abs) => match abs.query() {
                Some(q) => format!("{}?{q}", abs.path()),
                None => abs.path().to_owned(),
            },
            Err(_) => path.to_owned(),
        };
        self.base
            .join(&path)
            .map_err(|_| CliError::Usage(format!("not a path: {path}")))
    }

    fn unreachable(&self, url: &reqwest::Url, e: &reqwest::Error) -> CliError {
        let mut reason = e.to_string();
        let mut source = std::error::Error::source(e);
        while let Some(s) = source {
            reason = format!("{reason}: {s}");
            source = s.source();
        }
        CliError::Unreachable {
            url: url.to_string(),
            reason,
        }
    }

    /// A request with the token and language.
    fn request(
        &self,
        method: reqwest::Method,
        path: &str,
    ) -> Result<(reqwest::Url, reqwest::RequestBuilder), CliError> {
        let token = self.token.as_deref().ok_or(CliError::NoToken)?;
        let url = self.url(path)?;
        let mut req = self.http.request(method, url.clone()).bearer_auth(token);
        if let Some(l) = &self.language {
            req = req.header(reqwest::header::ACCEPT_LANGUAGE, l);
        }
        Ok((url, req))
    }

    /// Sends a request; a non-success answer becomes its [`CliError`].
    async fn send(
        &self,
        url: &reqwest::Url,
        req: reqwest::RequestBuilder,
    ) -> Result<reqwest::Response, CliError> {
        let res = req.send().await.map_err(|e| self.unreachable(url, &e))?;
        if res.status().is_success() {
            return Ok(res);
        }
        let status = res.status().as_u16();
        let body: ErrorBody = res.json().await.unwrap_or_default();
        Err(error_from(status, body))
    }

    async fn json<T: DeserializeOwned>(
        &self,
        url: &reqwest::Url,
        res: reqwest::Response,
    ) -> Result<T, CliError> {
        res.json::<T>()
            .await
            .map_err(|e| CliError::Server(format!("unexpected answer from {url}: {e}")))
    }

    /// GET a JSON document.
    pub async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T, CliError> {
        let (url, req) = self.request(reqwest::Method::GET, path)?;
        let res = self.send(&url, req).await?;
        self.json(&url, res).await
    }

    /// GET raw bytes (an export, an image), with the response's headers.
    pub async fn get_bytes(
        &self,
        path: &str,
    ) -> Result<(reqwest::header::HeaderMap, Vec<u8>), CliError> {
        let (url, req) = self.request(reqwest::Method::GET, path)?;
        let res = self.send(&url, req).await?;
        let headers = res.headers().clone();
        let bytes = res.bytes().await.map_err(|e| self.unreachable(&url, &e))?;
        Ok((headers, bytes.to_vec()))
    }

    /// GET into `out` chunk by chunk as the server sends it (an export of 300,000 rows
    /// never sits in memory); the number of bytes written.
    pub async fn download(
        &self,
        path: &str,
        out: &mut dyn std::io::Write,
        written_to: &str,
    ) -> Result<u64, CliError> {
        let (url, req) = self.request(reqwest::Method::GET, path)?;
        let mut res = self.send(&url, req).await?;
        let mut total = 0u64;
        while let Some(chunk) = res.chunk().await.map_err(|e| self.unreachable(&url, &e))? {
            out.write_all(&chunk).map_err(|e| CliError::Io {
                path: written_to.to_owned(),
                reason: e.to_string(),
            })?;
            total += chunk.len() as u64;
        }
        out.flush().map_err(|e| CliError::Io {
            path: written_to.to_owned(),
            reason: e.to_string(),
        })?;
        Ok(total)
    }

    /// POST a JSON body, answered with JSON.
    pub async fn post<T: DeserializeOwned>(
        &self,
        path: &str,
        body: &serde_json::Value,
    ) -> Result<T, CliError> {
        let (url, req) = self.request(reqwest::Method::POST, path)?;
        let res = self.send(&url, req.json(body)).await?;
        self.json(&url, res).await
    }

    /// POST a CSV body; the JSON answer is returned for 200 and 422 alike (a report).
    pub async fn post_csv(
        &self,
        path: &str,
        csv: String,
    ) -> Result<(u16, serde_json::Value), CliError> {
        let (url, req) = self.request(reqwest::Method::POST, path)?;
        let req = req
            .header(reqwest::header::CONTENT_TYPE, "text/csv; charset=utf-8")
            .body(csv);
        let res = req.send().await.map_err(|e| self.unreachable(&url, &e))?;
        let status = res.status().as_u16();
        if status == 422 {
            let body: serde_json::Value = self.json(&url, res).await?;
            if body.get("rows").is_some() {
                return Ok((status, body));
            }
            let body: ErrorBody = serde_json::from_value(body).unwrap_or_default();
            return Err(error_from(status, body));
        }
        if !res.status().is_success() {
            let body: ErrorBody = res.json().await.unwrap_or_default();
            return Err(error_from(status, body));
        }
        Ok((status, self.json(&url, res).await?))
    }

    /// Asks `/health` (no token needed).
    pub async fn ping(&self) -> Result<PingOutcome, CliError> {
        let url = self.url("/health")?;
        let res = self
            .http
            .get(url.clone())
            .send()
            .await
            .map_err(|e| self.unreachable(&url, &e))?;
        let status = res.status().as_u16();
        let health = res.json::<Health>().await.ok();
        match (status, health) {
            (200, Some(health)) => Ok(PingOutcome::Healthy(health)),
            (status, health) => Ok(PingOutcome::Unhealthy { status, health }),
        }
    }
}

/// The [`CliError`] of an error answer.
fn error_from(status: u16, body: ErrorBody) -> CliError {
    let message = if body.message.is_empty() {
        format!("HTTP {status}")
    } else {
        body.message
    };
    match (status, body.error.as_str()) {
        (401, _) => CliError::BadToken(message),
        (403, "missing_scope") => CliError::MissingScope {
            scope: body.scope.unwrap_or_default(),
            message,
        },
        (403, _) => CliError::Forbidden(message),
        (404, _) => CliError::NotFound(message),
        (409, "not_in_phase") => CliError::WrongPhase(message),
        (409, _) => CliError::Refused(message),
        (400 | 413 | 422, _) => CliError::Invalid {
            message,
            fields: body
                .fields
                .into_iter()
                .map(|f| format!("{}: {}", f.field, f.message))
                .collect(),
        },
        _ => CliError::Server(message),
    }
}

/// The server's answer to `GET /api/v1/me`.
#[derive(Debug, Deserialize, serde::Serialize)]
pub struct Me {
    pub email: String,
    pub token_name: String,
    pub scopes: Vec<String>,
}
