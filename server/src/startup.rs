//! Building what the application runs on: the database pool (migrated), templates, the
//! mailer, media storage and search (`Services`), and the background workers. The web
//! server (`web::app::Application`) is built on top of these; `showcase-server worker`
//! runs the workers alone.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use sqlx::PgPool;

use crate::config::Settings;
use crate::db;
use crate::mail::Mailer;
use crate::operations::Ops;
use crate::search::Search;
use crate::search::cache::GalleryCache;
use crate::templates::Templates;
use crate::workers::{self, WorkerContext};

/// The shared pieces every part of the application uses.
pub struct Services {
    pub pool: PgPool,
    pub templates: Arc<Templates>,
    pub storage: Arc<dyn crate::media::Storage>,
    pub search: Search,
    pub gallery_cache: Arc<GalleryCache>,
    /// Every change people make.
    pub ops: Ops,
    pub settings: Settings,
}

impl Services {
    /// Connects the pool (applying migrations unless disabled) and loads everything else.
    /// `settings.application.base_url` must be final: links in emails use it.
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let pool = db::pool(&settings.database)?;
        if settings.database.migrate_on_start {
            db::migrate(&pool)
                .await
                .context("applying database migrations")?;
        }
        let templates = Arc::new(Templates::load(&settings.application.assets_dir())?);
        let storage = media_storage(&settings)?;
        let gallery_cache = Arc::new(GalleryCache::new(
            Duration::from_secs(settings.search.cache_ttl_secs),
            settings.search.cache_mb,
        ));
        let search = Search::new(pool.clone(), &settings.search)?;
        let ops = Ops::new(pool.clone(), storage.clone(), settings.clone());
        Ok(Self {
            ops,
            pool,
            templates,
            storage,
            search,
            gallery_cache,
            settings,
        })
    }

    /// What the background workers need (with the mailer they alone use).
    pub fn worker_context(&self) -> anyhow::Result<WorkerContext> {
        let mailer =
            Mailer::from_settings(&self.settings.mail, &self.settings.application.data_dir)?;
        Ok(WorkerContext {
            ops: self.ops.clone(),
            pool: self.pool.clone(),
            mailer,
            storage: self.storage.clone(),
            templates: self.templates.clone(),
            settings: self.settings.clone(),
            search: self.search.clone(),
        })
    }
}

/// Runs only the background workers (`showcase-server worker`) until Ctrl-C.
pub async fn run_workers(mut settings: Settings) -> anyhow::Result<()> {
    // Workers never search, so their cache stays unused (and off).
    settings.search.cache_ttl_secs = 0;
    settings.search.cache_mb = 0;
    let services = Services::build(settings).await?;
    let handles = workers::start(Arc::new(services.worker_context()?));
    tokio::signal::ctrl_c().await?;
    for h in handles {
        h.abort();
    }
    Ok(())
}

/// Where uploaded media lives: `<data_dir>/media` on the local disk, or an S3 bucket.
pub fn media_storage(settings: &Settings) -> anyhow::Result<Arc<dyn crate::media::Storage>> {
    match settings.media.backend.as_str() {
        "local" => Ok(Arc::new(crate::media::LocalDisk::new(
            settings.application.data_dir.join("media"),
        )?)),
        "s3" => Ok(Arc::new(crate::media::S3Store::new(&settings.media)?)),
        other => anyhow::bail!("media.backend must be \"local\" or \"s3\", not {other:?}"),
    }
}
