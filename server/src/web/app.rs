//! The web application: `Application::build(settings)` binds the port (0 in tests) on
//! top of the `startup::Services`, and `run_until_stopped()` serves, with the background
//! workers beside it, until SIGTERM or Ctrl-C, then finishes in-flight requests.

use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

use actix_session::SessionMiddleware;
use actix_session::config::{CookieContentSecurity, PersistentSession};
use actix_session::storage::CookieSessionStore;
use actix_web::cookie::{Key, SameSite};
use actix_web::dev::Server;
use actix_web::middleware::{Compress, ErrorHandlers, from_fn};
use actix_web::{App, HttpServer, web};
use anyhow::Context as _;
use base64::Engine as _;
use secrecy::ExposeSecret;
use sqlx::PgPool;
use tracing_actix_web::TracingLogger;

use super::AppState;
use crate::auth::oauth::Provider;
use crate::auth::secrets::random_bytes;
use crate::config::Settings;
use crate::search::cache::GalleryCache;
use crate::startup::Services;
use crate::workers::{self, WorkerContext};

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "showcase_session";

/// A bound, ready-to-run server and its workers.
pub struct Application {
    port: u16,
    server: Server,
    pool: PgPool,
    /// The separate metrics listener, when `metrics.listen` is set.
    metrics: Option<(u16, Server)>,
    jobs: Arc<WorkerContext>,
    /// Whether the workers run in this process (`jobs.run_in_server`).
    run_workers: bool,
    gallery_cache: Arc<GalleryCache>,
    /// The search's copy of the public projection, which the cache's listener refreshes.
    projection: Arc<crate::search::memory::Projection>,
    live: Arc<crate::live::CueHub>,
    tokens: Arc<super::token_cache::TokenCache>,
}

impl Application {
    /// Binds the listener, builds the services (migrations included, unless disabled)
    /// and prepares the workers.
    pub async fn build(mut settings: Settings) -> anyhow::Result<Self> {
        let listener = TcpListener::bind((
            settings.application.host.as_str(),
            settings.application.port,
        ))
        .with_context(|| {
            format!(
                "binding {}:{}",
                settings.application.host, settings.application.port
            )
        })?;
        let port = listener.local_addr()?.port();
        // No configured address: the one just bound (tests and `make run`).
        if settings.application.base_url.is_empty() {
            settings.application.base_url =
                format!("http://{}:{}", settings.application.host, port);
        }
        check_dev_mailbox(&settings)?;
        let services = Services::build(settings.clone()).await?;
        let providers = settings
            .auth
            .providers
            .iter()
            .map(|(key, p)| Provider::from_settings(key, p))
            .collect::<Result<Vec<_>, _>>()?;
        let live = crate::live::CueHub::new();
        let tokens = super::token_cache::TokenCache::new();
        let state = web::Data::new(AppState {
            search: services.search.clone(),
            gallery_cache: services.gallery_cache.clone(),
            pool: services.pool.clone(),
            templates: services.templates.clone(),
            base_url: settings
                .application
                .base_url
                .trim_end_matches('/')
                .to_owned(),
            settings: settings.clone(),
            providers,
            outbox_dir: settings.mail.outbox_folder(&settings.application.data_dir),
            storage: services.storage.clone(),
            ops: services.ops.clone(),
            live: live.clone(),
            tokens: tokens.clone(),
        });
        let metrics = super::metrics::Metrics::new()?;
        let metrics_listener = match settings.metrics.listen.trim() {
            "" => None,
            address => {
                let listener = TcpListener::bind(address)
                    .with_context(|| format!("binding metrics.listen {address}"))?;
                let port = listener.local_addr()?.port();
                Some((port, serve_metrics(listener, metrics.registry.clone())?))
            }
        };
        let server = run(listener, state, &settings, metrics)?;
        Ok(Self {
            port,
            server,
            metrics: metrics_listener,
            jobs: Arc::new(services.worker_context()?),
            pool: services.pool,
            run_workers: settings.jobs.run_in_server,
            projection: services.search.projection().clone(),
            gallery_cache: services.gallery_cache,
            live,
            tokens,
        })
    }

    /// The port actually bound.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The application's database pool.
    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// The port of the separate metrics listener, if any.
    pub fn metrics_port(&self) -> Option<u16> {
        self.metrics.as_ref().map(|(port, _)| *port)
    }

    /// What the job workers run with (tests drain the queue with `workers::drain`).
    pub fn jobs(&self) -> Arc<WorkerContext> {
        self.jobs.clone()
    }

    /// Serves until the process is asked to stop (SIGTERM, SIGINT), then drains
    /// connections for up to `application.shutdown_timeout_secs`. Workers stop with it;
    /// a job they were running is picked up again later (`jobs.stale_after_secs`).
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let mut handles = vec![
            tokio::spawn(
                self.gallery_cache
                    .clone()
                    .listen(self.pool.clone(), self.projection.clone()),
            ),
            tokio::spawn(self.live.clone().listen(self.pool.clone())),
            tokio::spawn(self.tokens.clone().listen(self.pool.clone())),
        ];
        if self.run_workers {
            handles.extend(workers::start(self.jobs.clone()));
        }
        if let Some((_, metrics)) = self.metrics {
            handles.push(tokio::spawn(async move {
                if let Err(e) = metrics.await {
                    tracing::error!(error = %e, "the metrics listener stopped");
                }
            }));
        }
        let result = self.server.await;
        for handle in handles {
            handle.abort();
        }
        result
    }
}

fn session_key(settings: &Settings) -> anyhow::Result<Key> {
    let configured = settings.auth.session_key.expose_secret();
    if configured.is_empty() {
        tracing::warn!(
            "auth.session_key is not set: using a random key, so sessions end when the server restarts"
        );
        return Ok(Key::from(&random_bytes::<64>()?));
    }
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(configured.trim())
        .context("auth.session_key must be base64")?;
    Key::try_from(bytes.as_slice())
        .map_err(|_| anyhow::anyhow!("auth.session_key must hold at least 64 bytes"))
}

/// `/dev/mailbox` shows every email sent, sign-in and reset links included: it runs only
/// while the server listens on loopback and the public address is not https.
fn check_dev_mailbox(settings: &Settings) -> anyhow::Result<()> {
    let app = &settings.application;
    if !app.dev_mailbox {
        return Ok(());
    }
    let host = app.host.trim();
    let loopback = host == "localhost"
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    if !loopback || app.is_https() {
        anyhow::bail!(
            "application.dev_mailbox shows every email the platform sends, sign-in and password links included: it runs only while the server listens on loopback and base_url is not https (host is {host:?}, base_url {:?}); turn it off",
            app.base_url
        );
    }
    tracing::warn!(
        "the development mailbox is on: /dev/mailbox shows every email sent (never in production)"
    );
    Ok(())
}

/// The metrics alone on their own listener (no token: reachable by whoever can reach
/// the address, so bind it where only the scraper can).
fn serve_metrics(listener: TcpListener, registry: prometheus::Registry) -> anyhow::Result<Server> {
    let access = web::Data::new(super::metrics::Access {
        registry,
        token: None,
    });
    Ok(HttpServer::new(move || {
        App::new()
            .app_data(access.clone())
            .route("/metrics", web::get().to(super::metrics::endpoint))
    })
    .workers(1)
    .listen(listener)?
    .disable_signals()
    .run())
}

fn run(
    listener: TcpListener,
    state: web::Data<AppState>,
    settings: &Settings,
    metrics: super::metrics::Metrics,
) -> anyhow::Result<Server> {
    let shutdown_timeout = settings.application.shutdown_timeout_secs;
    let static_dir = settings.application.assets_dir().join("static");
    let key = session_key(settings)?;
    // On the public address only when configured: to bearers of a token, or (make run)
    // to anyone.
    let public_metrics = match settings.metrics.bearer_token.expose_secret().trim() {
        "" if settings.metrics.public => Some(None),
        "" => None,
        token => Some(Some(secrecy::SecretString::from(token.to_owned()))),
    }
    .map(|token| {
        web::Data::new(super::metrics::Access {
            registry: metrics.registry.clone(),
            token,
        })
    });
    let session_days = settings.auth.session_days;
    let secure = settings.application.is_https();
    let client_ip = super::router::ClientIp::new(&settings.auth.trusted_proxies)?;
    let limiters = super::router::Limiters::new(
        &super::all_routes(settings).table(),
        &client_ip,
        settings.auth.rate_limit_burst,
        settings.auth.rate_limit_period_secs,
    )?;
    let route_settings = settings.clone();
    let metrics = web::Data::new(metrics);
    let server = HttpServer::new(move || {
        let sessions = SessionMiddleware::builder(CookieSessionStore::default(), key.clone())
            .cookie_name(SESSION_COOKIE.into())
            .cookie_http_only(true)
            .cookie_same_site(SameSite::Lax)
            .cookie_secure(secure)
            .cookie_content_security(CookieContentSecurity::Private)
            .session_lifecycle(
                PersistentSession::default()
                    .session_ttl(actix_web::cookie::time::Duration::days(session_days)),
            )
            .build();
        let routes = super::all_routes(&route_settings);
        let limiters = limiters.clone();
        let public_metrics = public_metrics.clone();
        App::new()
            .wrap(from_fn(super::input::refuse_invalid_text))
            .wrap(ErrorHandlers::new().default_handler(super::error::error_pages))
            .wrap(from_fn(super::locale::negotiate_locale))
            .wrap(sessions)
            .wrap(super::middleware::security_headers(secure))
            .wrap(Compress::default())
            .wrap(from_fn(super::response_cache::serve))
            .wrap(from_fn(super::metrics::record))
            .wrap(from_fn(super::middleware::request_id_header))
            .wrap(TracingLogger::<super::middleware::RootSpan>::new())
            .app_data(state.clone())
            .app_data(metrics.clone())
            .configure(move |cfg| routes.mount(cfg, &limiters))
            .configure(move |cfg| {
                if let Some(access) = public_metrics {
                    cfg.app_data(access)
                        .route("/metrics", web::get().to(super::metrics::endpoint));
                }
            })
            .service(
                actix_files::Files::new("/static", &static_dir)
                    .use_etag(true)
                    .use_last_modified(true),
            )
    })
    // Every answer's bytes leave at once: with Nagle's algorithm a static file's body
    // (written after its head) waited for the client's delayed ACK, 40 ms a file on a
    // kept-alive connection (bench/results/spike-2026-12-03.md).
    .on_connect(|conn, _| {
        if let Some(tcp) = conn.downcast_ref::<actix_web::rt::net::TcpStream>()
            && let Err(e) = tcp.set_nodelay(true)
        {
            tracing::debug!(error = %e, "TCP_NODELAY not set");
        }
    })
    .shutdown_timeout(shutdown_timeout)
    .client_request_timeout(Duration::from_secs(30))
    .listen(listener)?
    .run();
    Ok(server)
}
