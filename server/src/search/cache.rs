//! Rendered gallery pages, search answers and facet counts, kept in memory and dropped the
//! moment the public projection changes anywhere: every change notifies `gallery_changed`
//! on commit and each server instance listens. While the listener is not connected nothing
//! is cached. Entries are keyed by the cache's generation (bumped by every change), so an
//! answer computed before a change is never served after it, and concurrent requests for
//! the same missing entry wait for one computation instead of each running it (no
//! stampede when a busy page is invalidated).

use std::future::Future;
use std::hash::Hash;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use moka::future::Cache;
use sqlx::PgPool;

use super::{FacetCounts, Results};
use crate::db::notify::Heard;
use crate::domain::gallery::GalleryQuery;

/// A cached response body with its entity tag.
#[derive(Debug, Clone)]
pub struct Cached {
    pub body: actix_web::web::Bytes,
    pub etag: String,
}

/// A whole public answer as it left the application (`web::response_cache`): its
/// headers and body, and the token scope a caller needs to be given it again (`None`:
/// anyone may).
#[derive(Debug)]
pub struct SharedResponse {
    pub headers: actix_web::http::header::HeaderMap,
    pub body: actix_web::web::Bytes,
    pub scope: Option<crate::domain::ApiScope>,
    /// The route pattern that answered (for the logs and metrics of a repeat).
    pub route: Option<String>,
}

/// How many bytes of whole answers are kept (bodies and headers).
const RESPONSE_BYTES: u64 = 64 * 1024 * 1024;

/// The gallery's caches, each keyed by (generation, key).
pub struct GalleryCache {
    /// `None`: the page does not exist (a 404 is cached like a page).
    pages: Cache<(u64, String), Arc<Option<Cached>>>,
    results: Cache<(u64, GalleryQuery), Arc<Results>>,
    facets: Cache<(u64, String), Arc<FacetCounts>>,
    /// Whole answers by request (`web::response_cache` makes the key).
    responses: Cache<(u64, String), Arc<SharedResponse>>,
    generation: AtomicU64,
    live: AtomicBool,
}

fn cache<K, V>(ttl: Duration, entries: u64) -> Cache<K, V>
where
    K: Hash + Eq + Send + Sync + 'static,
    V: Clone + Send + Sync + 'static,
{
    Cache::builder()
        .time_to_live(ttl)
        .max_capacity(entries)
        .build()
}

/// The cached value for `key`, or `compute`'s (stored unless it failed); computed directly
/// when caching is off.
async fn get_or_compute<K, V, F>(
    owner: &GalleryCache,
    store: &Cache<(u64, K), Arc<V>>,
    key: K,
    compute: F,
) -> anyhow::Result<Arc<V>>
where
    K: Hash + Eq + Send + Sync + 'static,
    V: Send + Sync + 'static,
    F: Future<Output = anyhow::Result<V>>,
{
    // Both futures are large (a page's rendering holds a search); on the heap they keep
    // the worker thread's stack small.
    let compute = Box::pin(compute);
    if !owner.live.load(Ordering::Acquire) {
        return compute.await.map(Arc::new);
    }
    Box::pin(store.try_get_with((owner.generation(), key), async {
        compute.await.map(Arc::new)
    }))
    .await
    .map_err(|e| anyhow::anyhow!("{e:#}"))
}

impl GalleryCache {
    pub fn new(ttl: Duration, entries: u64) -> Self {
        Self {
            pages: cache(ttl, entries),
            results: cache(ttl, entries),
            facets: cache(ttl, entries),
            responses: Cache::builder()
                .time_to_live(ttl)
                .weigher(|_, r: &Arc<SharedResponse>| {
                    let headers: usize = r
                        .headers
                        .iter()
                        .map(|(k, v)| k.as_str().len() + v.len())
                        .sum();
                    u32::try_from(r.body.len() + headers).unwrap_or(u32::MAX)
                })
                .max_capacity(if entries == 0 { 0 } else { RESPONSE_BYTES })
                .build(),
            generation: AtomicU64::new(0),
            live: AtomicBool::new(false),
        }
    }

    /// The current generation (bumped by every change to the public projection).
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    /// A rendered page, or `None` when it does not exist.
    pub async fn page<F>(&self, key: String, compute: F) -> anyhow::Result<Arc<Option<Cached>>>
    where
        F: Future<Output = anyhow::Result<Option<Cached>>>,
    {
        get_or_compute(self, &self.pages, key, compute).await
    }

    /// A page already in the cache (a miss computes nothing).
    pub async fn peek_page(&self, key: &str) -> Option<Arc<Option<Cached>>> {
        if !self.live.load(Ordering::Acquire) {
            return None;
        }
        self.pages.get(&(self.generation(), key.to_owned())).await
    }

    /// A whole answer kept for `key`, if any (never while changes may be missed).
    pub async fn response(&self, key: &str) -> Option<Arc<SharedResponse>> {
        if !self.live.load(Ordering::Acquire) {
            return None;
        }
        self.responses
            .get(&(self.generation(), key.to_owned()))
            .await
    }

    /// Keeps a whole answer computed at `generation` (read before computing it: an
    /// answer that raced a change is filed under the old generation and never served).
    pub async fn store_response(&self, generation: u64, key: String, response: SharedResponse) {
        if self.live.load(Ordering::Acquire) {
            self.responses
                .insert((generation, key), Arc::new(response))
                .await;
        }
    }

    /// A search answer.
    pub async fn results<F>(&self, query: &GalleryQuery, compute: F) -> anyhow::Result<Arc<Results>>
    where
        F: Future<Output = anyhow::Result<Results>>,
    {
        get_or_compute(self, &self.results, query.clone(), compute).await
    }

    /// The counts of a search (`GalleryQuery::facet_key`), shared by its pages and orders.
    pub async fn facets<F>(&self, key: String, compute: F) -> anyhow::Result<Arc<FacetCounts>>
    where
        F: Future<Output = anyhow::Result<FacetCounts>>,
    {
        get_or_compute(self, &self.facets, key, compute).await
    }

    /// Drops everything (the public projection changed).
    pub fn clear(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
        self.pages.invalidate_all();
        self.results.invalidate_all();
        self.facets.invalidate_all();
        self.responses.invalidate_all();
    }

    fn set_live(&self, live: bool) {
        self.clear();
        self.live.store(live, Ordering::Release);
    }

    /// Listens for changes until the process ends, reconnecting when the connection
    /// drops (caching is off meanwhile: changes may be missed until it is back).
    pub async fn listen(self: Arc<Self>, pool: PgPool) {
        crate::db::notify::listen(
            pool,
            crate::db::public::CHANNEL,
            Duration::from_secs(1),
            |heard| match heard {
                Heard::Connected => self.set_live(true),
                Heard::Message(_) => self.clear(),
                Heard::Lost => self.set_live(false),
            },
        )
        .await;
    }
}
