//! Layered settings: built-in defaults < optional file < `DATABASE_URL` < `SHOWCASE_*`
//! environment variables.
//!
//! The loader takes its environment as an argument instead of reading the process
//! environment directly, so tests can exercise every layer in parallel without touching
//! global state. `Settings::from_process_env` is what `main` uses.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use sqlx::postgres::PgConnectOptions;

/// The built-in defaults, documented in one place. Every key can be overridden by the
/// optional settings file and then by `SHOWCASE_<SECTION>__<KEY>` variables.
pub const DEFAULTS: &str = include_str!("../config/defaults.toml");

/// Environment variable naming the optional settings file.
pub const CONFIG_FILE_VAR: &str = "SHOWCASE_CONFIG";

/// Every setting the server reads.
#[derive(Debug, Clone, Deserialize)]
pub struct Settings {
    pub application: ApplicationSettings,
    pub database: DatabaseSettings,
    pub auth: AuthSettings,
    pub mail: MailSettings,
    pub jobs: JobSettings,
    pub retention: RetentionSettings,
    pub media: MediaSettings,
    pub certificates: CertificateSettings,
    pub search: SearchSettings,
    pub metrics: MetricsSettings,
}

/// Who may read `GET /metrics` (request counts and latencies by route).
#[derive(Debug, Clone, Deserialize)]
pub struct MetricsSettings {
    /// A separate address to serve them on (`127.0.0.1:9464`), for the scraper only.
    pub listen: String,
    /// On the public address, to requests with `Authorization: Bearer <token>` only.
    pub bearer_token: SecretString,
    /// On the public address, to anyone (`make run` only).
    pub public: bool,
}

/// The gallery's search index.
#[derive(Debug, Clone, Deserialize)]
pub struct SearchSettings {
    /// Meilisearch's address (`SHOWCASE_MEILI_URL`); empty: PostgreSQL full text.
    pub meili_url: Option<String>,
    /// Meilisearch's API key (`SHOWCASE_MEILI_KEY`).
    pub meili_key: Option<SecretString>,
    /// The index holding the gallery's documents.
    pub meili_index: String,
    /// Seconds the gallery keeps a rendered page or search answer (changes to published
    /// projects clear it at once).
    pub cache_ttl_secs: u64,
    /// Megabytes of rendered pages and answers kept at most (weighed by their bytes).
    pub cache_mb: u64,
}

/// Where uploaded media is stored.
#[derive(Debug, Clone, Deserialize)]
pub struct MediaSettings {
    /// `local` (`<data_dir>/media`) or `s3`.
    pub backend: String,
    /// Images with more pixels are refused from their header, before any decoding.
    pub max_megapixels: u64,
    /// Most memory one image may take to decode.
    pub max_decode_mib: u64,
    /// Largest request body of an upload (the image and its form fields).
    pub max_upload_body_mib: u64,
    pub s3_endpoint: String,
    pub s3_region: String,
    pub s3_bucket: String,
    pub s3_access_key: String,
    pub s3_secret_key: SecretString,
}

/// Sign-in, sessions and rate limits.
#[derive(Debug, Clone, Deserialize)]
pub struct AuthSettings {
    pub session_key: SecretString,
    /// How long a session lasts (it ends sooner at sign-out or a password reset).
    pub session_days: i64,
    /// Failed password attempts allowed per account address within the window.
    pub account_attempts: u32,
    pub account_window_secs: f64,
    pub rate_limit_burst: u32,
    pub rate_limit_period_secs: u64,
    /// Addresses of reverse proxies whose `X-Forwarded-For` names the client.
    #[serde(default)]
    pub trusted_proxies: Vec<String>,
    pub verify_email_minutes: i64,
    pub reset_password_minutes: i64,
    pub sign_in_link_minutes: i64,
    pub invitation_days: i64,
    #[serde(default)]
    pub providers: std::collections::BTreeMap<String, ProviderSettings>,
}

/// One OAuth2 / OpenID Connect provider.
#[derive(Debug, Clone, Deserialize)]
pub struct ProviderSettings {
    /// `google`, `github`, `microsoft` or `generic`.
    pub preset: String,
    pub client_id: String,
    pub client_secret: SecretString,
    pub display_name: Option<String>,
    pub auth_url: Option<String>,
    pub token_url: Option<String>,
    pub userinfo_url: Option<String>,
    pub scopes: Option<Vec<String>>,
}

/// Outgoing email.
#[derive(Debug, Clone, Deserialize)]
pub struct MailSettings {
    pub from: String,
    /// Empty: write `.eml` files to the outbox folder.
    pub smtp_url: SecretString,
    pub outbox_dir: PathBuf,
}

/// Background workers.
#[derive(Debug, Clone, Deserialize)]
pub struct JobSettings {
    pub run_in_server: bool,
    /// Workers for emails and search syncs.
    pub workers: usize,
    /// Workers for image processing (each decodes one image at a time).
    pub image_workers: usize,
    pub poll_interval_ms: u64,
    pub retry_base_secs: f64,
    pub stale_after_secs: f64,
    /// Nothing is reclaimed as stale this long after the database started (its workers
    /// are writing down what they did while it was away).
    pub restart_grace_secs: f64,
}

/// Where certificates find their fonts (the Noto families for every shipped script).
#[derive(Debug, Clone, Deserialize)]
pub struct CertificateSettings {
    /// Folders searched (recursively) for the Noto font files.
    pub font_dirs: Vec<PathBuf>,
}

/// How long what nobody needs any more is kept (the workers sweep it away).
#[derive(Debug, Clone, Deserialize)]
pub struct RetentionSettings {
    /// Seconds between sweeps (0: never, e.g. when a cron job runs
    /// `showcase-server retention`).
    pub interval_secs: u64,
    /// Registrations never confirmed (with no project) are deleted after this many days.
    pub unconfirmed_account_days: u32,
    /// Consent requests that expired unanswered are deleted this many days after.
    pub expired_consent_request_days: u32,
    /// Emailed links (used, revoked or expired) and ended sessions are deleted after this
    /// many days.
    pub old_link_days: u32,
}

/// The web application and its files.
#[derive(Debug, Clone, Deserialize)]
pub struct ApplicationSettings {
    pub host: String,
    pub port: u16,
    /// Public address, used to build absolute links (emails, OpenGraph).
    pub base_url: String,
    pub log_format: LogFormat,
    /// Folder holding `templates/`, `static/` and `locales/`. Empty: the working
    /// directory when it has `templates/`, else the source checkout the binary was built in.
    pub assets_dir: PathBuf,
    /// Folder for local data: outbox, media.
    pub data_dir: PathBuf,
    /// Seconds a stopping server waits for in-flight requests.
    pub shutdown_timeout_secs: u64,
    /// Serve `/dev/mailbox`, a list of the emails written to the outbox. Development only.
    pub dev_mailbox: bool,
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable, for a terminal.
    Pretty,
    /// One JSON object per line, for log collectors.
    Json,
}

/// The PostgreSQL connection.
#[derive(Debug, Clone, Deserialize)]
pub struct DatabaseSettings {
    /// `postgres://user:password@host:port/database`; kept secret because it may hold a
    /// password.
    pub url: SecretString,
    pub max_connections: u32,
    pub acquire_timeout_secs: u64,
    /// Apply pending migrations when the server starts.
    pub migrate_on_start: bool,
}

/// Why settings could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("invalid settings: {0}")]
    Invalid(#[from] config::ConfigError),
    #[error(
        "no database configured: set DATABASE_URL or SHOWCASE_DATABASE__URL (make run and make test start a local PostgreSQL for you)"
    )]
    NoDatabase,
    #[error("invalid database URL: {0}")]
    DatabaseUrl(String),
}

impl Settings {
    /// Loads settings from the defaults, the file named by `SHOWCASE_CONFIG` (if any) and
    /// the process environment.
    pub fn from_process_env() -> Result<Self, SettingsError> {
        let env: HashMap<String, String> = std::env::vars().collect();
        let file = env.get(CONFIG_FILE_VAR).map(PathBuf::from);
        Self::load(file.as_deref(), &env)
    }

    /// Loads settings from the defaults, an optional TOML file and the given environment.
    /// A file that is named but missing is an error; no file at all is fine.
    pub fn load(file: Option<&Path>, env: &HashMap<String, String>) -> Result<Self, SettingsError> {
        let mut builder = config::Config::builder()
            .add_source(config::File::from_str(DEFAULTS, config::FileFormat::Toml));
        if let Some(path) = file {
            builder = builder.add_source(config::File::from(path).required(true));
        }
        if let Some(url) = env.get("DATABASE_URL").filter(|u| !u.is_empty()) {
            let layer = HashMap::from([("DATABASE__URL".to_owned(), url.clone())]);
            builder = builder.add_source(
                config::Environment::default()
                    .separator("__")
                    .source(Some(layer)),
            );
        }
        // Short names for the search index: SHOWCASE_MEILI_URL and SHOWCASE_MEILI_KEY.
        let meili: HashMap<String, String> = [
            ("SHOWCASE_MEILI_URL", "SEARCH__MEILI_URL"),
            ("SHOWCASE_MEILI_KEY", "SEARCH__MEILI_KEY"),
        ]
        .into_iter()
        .filter_map(|(var, key)| env.get(var).map(|v| (key.to_owned(), v.clone())))
        .collect();
        if !meili.is_empty() {
            builder = builder.add_source(
                config::Environment::default()
                    .separator("__")
                    .source(Some(meili)),
            );
        }
        let showcase_vars: HashMap<String, String> = env
            .iter()
            .filter(|(k, _)| {
                k.starts_with("SHOWCASE_")
                    && ![CONFIG_FILE_VAR, "SHOWCASE_MEILI_URL", "SHOWCASE_MEILI_KEY"]
                        .contains(&k.as_str())
            })
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        builder = builder.add_source(
            config::Environment::with_prefix("SHOWCASE")
                .prefix_separator("_")
                .separator("__")
                .try_parsing(true)
                // Lists in variables are comma-separated: `10.0.0.2,10.0.0.3`.
                .list_separator(",")
                .with_list_parse_key("auth.trusted_proxies")
                .source(Some(showcase_vars)),
        );
        let settings: Settings = builder.build()?.try_deserialize()?;
        if settings.database.url.expose_secret().is_empty() {
            return Err(SettingsError::NoDatabase);
        }
        settings.database.connect_options()?;
        Ok(settings)
    }
}

impl ApplicationSettings {
    /// The folder holding templates, static files and locales.
    pub fn assets_dir(&self) -> PathBuf {
        if !self.assets_dir.as_os_str().is_empty() {
            return self.assets_dir.clone();
        }
        if Path::new("templates").is_dir() {
            return PathBuf::from(".");
        }
        // The checkout the binary was built from: right for `cargo run` and tests
        // started from any folder.
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."))
    }
}

impl ApplicationSettings {
    /// Whether the public address is https (cookies are then marked `Secure`).
    pub fn is_https(&self) -> bool {
        self.base_url.starts_with("https://")
    }
}

impl MailSettings {
    /// Where emails are written instead of sent: `None` when SMTP is configured.
    pub fn outbox_folder(&self, data_dir: &Path) -> Option<PathBuf> {
        self.smtp_url
            .expose_secret()
            .is_empty()
            .then(|| self.outbox(data_dir))
    }

    /// The outbox folder: configured, else `<data_dir>/outbox`.
    pub fn outbox(&self, data_dir: &Path) -> PathBuf {
        if self.outbox_dir.as_os_str().is_empty() {
            data_dir.join("outbox")
        } else {
            self.outbox_dir.clone()
        }
    }
}

impl DatabaseSettings {
    /// Connection options parsed from the URL.
    pub fn connect_options(&self) -> Result<PgConnectOptions, SettingsError> {
        let url = self.url.expose_secret();
        if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
            return Err(SettingsError::DatabaseUrl(
                "it must start with postgres:// or postgresql://".into(),
            ));
        }
        // The parser's own message is not passed on: it could quote the password.
        PgConnectOptions::from_str(url)
            .map_err(|_| SettingsError::DatabaseUrl("it could not be parsed".into()))
    }

    /// How long to wait for a pooled connection.
    pub fn acquire_timeout(&self) -> Duration {
        Duration::from_secs(self.acquire_timeout_secs)
    }
}
