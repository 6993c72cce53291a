//! Building and running the application: `Application::build(settings)` binds the port
//! (0 in tests) and `run_until_stopped()` serves until SIGTERM or Ctrl-C, then finishes
//! in-flight requests.

use std::net::TcpListener;
use std::time::Duration;

use actix_web::dev::Server;
use actix_web::middleware::{Compress, ErrorHandlers, from_fn};
use actix_web::{App, HttpServer, web};
use actix_web_prom::{PrometheusMetrics, PrometheusMetricsBuilder};
use anyhow::Context as _;
use sqlx::PgPool;
use tracing_actix_web::TracingLogger;

use crate::config::Settings;
use crate::db;
use crate::web::{AppState, Templates};

/// A bound, ready-to-run server.
pub struct Application {
    port: u16,
    server: Server,
    pool: PgPool,
}

impl Application {
    /// Connects the pool, applies migrations (unless disabled), loads templates and binds
    /// the listener.
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let pool = db::pool(&settings.database)?;
        if settings.database.migrate_on_start {
            db::migrate(&pool)
                .await
                .context("applying database migrations")?;
        }
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
        let templates = Templates::load(&settings.application.assets_dir())?;
        let server = run(listener, pool.clone(), templates, settings)?;
        Ok(Self { port, server, pool })
    }

    /// The port actually bound.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The application's database pool.
    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// Serves until the process is asked to stop (SIGTERM, SIGINT), then drains
    /// connections for up to `application.shutdown_timeout_secs`.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
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

fn run(
    listener: TcpListener,
    pool: PgPool,
    templates: Templates,
    settings: Settings,
) -> anyhow::Result<Server> {
    let shutdown_timeout = settings.application.shutdown_timeout_secs;
    let static_dir = settings.application.assets_dir().join("static");
    let state = web::Data::new(AppState {
        pool,
        templates,
        settings,
    });
    let metrics = metrics()?;
    let server = HttpServer::new(move || {
        App::new()
            .wrap(ErrorHandlers::new().default_handler(crate::web::error::error_pages))
            .wrap(from_fn(crate::web::locale::negotiate_locale))
            .wrap(crate::web::middleware::security_headers())
            .wrap(Compress::default())
            .wrap(metrics.clone())
            .wrap(from_fn(crate::web::middleware::request_id_header))
            .wrap(TracingLogger::default())
            .app_data(state.clone())
            .configure(crate::web::routes)
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
