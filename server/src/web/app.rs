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
use actix_web_prom::{PrometheusMetrics, PrometheusMetricsBuilder};
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

/// A bound, ready-to-run server and its workers.
pub struct Application {
    port: u16,
    server: Server,
    pool: PgPool,
    jobs: Arc<WorkerContext>,
    /// Whether the workers run in this process (`jobs.run_in_server`).
    run_workers: bool,
    gallery_cache: Arc<GalleryCache>,
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
        let services = Services::build(settings.clone()).await?;
        let providers = settings
            .auth
            .providers
            .iter()
            .map(|(key, p)| Provider::from_settings(key, p))
            .collect::<Result<Vec<_>, _>>()?;
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
        });
        let server = run(listener, state, &settings)?;
        Ok(Self {
            port,
            server,
            jobs: Arc::new(services.worker_context()?),
            pool: services.pool,
            run_workers: settings.jobs.run_in_server,
            gallery_cache: services.gallery_cache,
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

    /// What the job workers run with (tests drain the queue with `workers::drain`).
    pub fn jobs(&self) -> Arc<WorkerContext> {
        self.jobs.clone()
    }

    /// Serves until the process is asked to stop (SIGTERM, SIGINT), then drains
    /// connections for up to `application.shutdown_timeout_secs`. Workers stop with it;
    /// a job they were running is picked up again later (`jobs.stale_after_secs`).
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let mut handles = vec![tokio::spawn(
            self.gallery_cache.clone().listen(self.pool.clone()),
        )];
        if self.run_workers {
            handles.extend(workers::start(self.jobs.clone()));
        }
        let result = self.server.await;
        for handle in handles {
            handle.abort();
        }
        result
    }
}

fn metrics() -> anyhow::Result<PrometheusMetrics> {
    PrometheusMetricsBuilder::new("showcase")
        .endpoint("/metrics")
        // Unknown paths share one label, so scanners cannot blow up the label set.
        .mask_unmatched_patterns("UNMATCHED")
        .build()
        .map_err(|e| anyhow::anyhow!("building metrics: {e}"))
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

fn run(
    listener: TcpListener,
    state: web::Data<AppState>,
    settings: &Settings,
) -> anyhow::Result<Server> {
    let shutdown_timeout = settings.application.shutdown_timeout_secs;
    let static_dir = settings.application.assets_dir().join("static");
    let metrics = metrics()?;
    let key = session_key(settings)?;
    let secure = settings.application.is_https();
    let limiter = super::router::limiter(
        settings.auth.rate_limit_burst,
        settings.auth.rate_limit_period_secs,
    )?;
    let route_settings = settings.clone();
    let server = HttpServer::new(move || {
        let sessions = SessionMiddleware::builder(CookieSessionStore::default(), key.clone())
            .cookie_name("showcase_session".into())
            .cookie_http_only(true)
            .cookie_same_site(SameSite::Lax)
            .cookie_secure(secure)
            .cookie_content_security(CookieContentSecurity::Private)
            .session_lifecycle(
                PersistentSession::default()
                    .session_ttl(actix_web::cookie::time::Duration::days(14)),
            )
            .build();
        let routes = super::all_routes(&route_settings);
        let limiter = limiter.clone();
        App::new()
            .wrap(from_fn(super::input::refuse_invalid_text))
            .wrap(ErrorHandlers::new().default_handler(super::error::error_pages))
            .wrap(from_fn(super::locale::negotiate_locale))
            .wrap(sessions)
            .wrap(super::middleware::security_headers())
            .wrap(Compress::default())
            .wrap(metrics.clone())
            .wrap(from_fn(super::middleware::request_id_header))
            .wrap(TracingLogger::default())
            .app_data(state.clone())
            .configure(move |cfg| routes.mount(cfg, &limiter))
            .service(
                actix_files::Files::new("/static", &static_dir)
                    .use_etag(true)
                    .use_last_modified(true),
            )
    })
    .shutdown_timeout(shutdown_timeout)
    .client_request_timeout(Duration::from_secs(30))
    .listen(listener)?
    .run();
    Ok(server)
}
