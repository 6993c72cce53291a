//! Rendered gallery pages and search answers, kept in memory and dropped the moment the
//! public projection changes anywhere: every change notifies `gallery_changed` on commit
//! and each server instance listens. While the listener is not connected nothing is
//! cached, and an answer computed before a change is never stored after it (generation
//! check), so a withdrawn project cannot linger in a cached page.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use moka::sync::Cache;
use sqlx::PgPool;
use sqlx::postgres::PgListener;

use super::{FacetCounts, Results};
use crate::domain::gallery::GalleryQuery;

/// A cached response body with its entity tag.
#[derive(Debug, Clone)]
pub struct Cached {
    pub body: actix_web::web::Bytes,
    pub etag: String,
}

/// The gallery's caches.
pub struct GalleryCache {
    pages: Cache<String, Arc<Cached>>,
    results: Cache<GalleryQuery, Arc<Results>>,
    facets: Cache<String, Arc<FacetCounts>>,
    generation: AtomicU64,
    live: AtomicBool,
}

impl GalleryCache {
    pub fn new(ttl: Duration, entries: u64) -> Self {
        Self {
            pages: Cache::builder()
                .time_to_live(ttl)
                .max_capacity(entries)
                .build(),
            results: Cache::builder()
                .time_to_live(ttl)
                .max_capacity(entries)
                .build(),
            facets: Cache::builder()
                .time_to_live(ttl)
                .max_capacity(entries)
                .build(),
            generation: AtomicU64::new(0),
            live: AtomicBool::new(false),
        }
    }

    /// The current generation: take it before computing an answer, give it back when
    /// storing the answer.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    fn usable(&self, generation: u64) -> bool {
        self.live.load(Ordering::Acquire) && self.generation() == generation
    }

    pub fn page(&self, key: &str) -> Option<Arc<Cached>> {
        if !self.live.load(Ordering::Acquire) {
            return None;
        }
        self.pages.get(key)
    }

    pub fn put_page(&self, key: String, value: Arc<Cached>, generation: u64) {
        if self.usable(generation) {
            self.pages.insert(key, value);
        }
    }

    pub fn results(&self, query: &GalleryQuery) -> Option<Arc<Results>> {
        if !self.live.load(Ordering::Acquire) {
            return None;
        }
        self.results.get(query)
    }

    pub fn put_results(&self, query: GalleryQuery, value: Arc<Results>, generation: u64) {
        if self.usable(generation) {
            self.results.insert(query, value);
        }
    }

    /// Counts of a search (`GalleryQuery::facet_key`), shared by its pages and orders.
    pub fn facets(&self, key: &str) -> Option<Arc<FacetCounts>> {
        if !self.live.load(Ordering::Acquire) {
            return None;
        }
        self.facets.get(key)
    }

    pub fn put_facets(&self, key: String, value: Arc<FacetCounts>, generation: u64) {
        if self.usable(generation) {
            self.facets.insert(key, value);
        }
    }

    /// Drops everything (the public projection changed).
    pub fn clear(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
        self.pages.invalidate_all();
        self.results.invalidate_all();
        self.facets.invalidate_all();
    }

    fn set_live(&self, live: bool) {
        self.clear();
        self.live.store(live, Ordering::Release);
    }

    /// Listens for changes until the process ends, reconnecting when the connection
    /// drops (caching is off meanwhile).
    pub async fn listen(self: Arc<Self>, pool: PgPool) {
        loop {
            match connect(&pool).await {
                Ok(mut listener) => {
                    self.set_live(true);
                    loop {
                        match listener.try_recv().await {
                            Ok(Some(_)) => self.clear(),
                            // Connection lost: changes may be missed until a new listener
                            // is connected, so stop caching until then.
                            Ok(None) => break,
                            Err(e) => {
                                tracing::warn!(error = %e, "gallery change notifications lost");
                                break;
                            }
                        }
                    }
                }
                Err(e) => tracing::debug!(error = %e, "gallery cache listener not connected"),
            }
            self.set_live(false);
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    }
}

async fn connect(pool: &PgPool) -> Result<PgListener, sqlx::Error> {
    let mut listener = PgListener::connect_with(pool).await?;
    listener.listen(crate::db::public::CHANNEL).await?;
    Ok(listener)
}
