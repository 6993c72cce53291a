//! Rendered gallery pages, whole answers and search answers, kept in memory and dropped the
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

use super::Results;
use super::memory::Projection;
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

/// The gallery's caches, each keyed by (generation, key), each holding at most its share
/// of `search.cache_mb`: rendered pages half, whole answers and search answers a quarter
/// each, weighed by their bytes (so a real event's every project page in every language
/// fits, not a fixed number of entries).
pub struct GalleryCache {
    /// `None`: the page does not exist (a 404 is cached like a page).
    pages: Cache<(u64, String), Arc<Option<Cached>>>,
    results: Cache<(u64, GalleryQuery), Arc<Results>>,
    /// Whole answers by request (`web::response_cache` makes the key).
    responses: Cache<(u64, String), Arc<SharedResponse>>,
    generation: AtomicU64,
    live: AtomicBool,
}

/// A cache of at most `bytes`, each entry weighing what `weigh` says (plus its key).
fn cache<K, V>(ttl: Duration, bytes: u64, weigh: fn(&V) -> usize) -> Cache<(u64, K), Arc<V>>
where
    K: Hash + Eq + Send + Sync + 'static + KeyBytes,
    V: Send + Sync + 'static,
{
    Cache::builder()
        .time_to_live(ttl.max(Duration::from_millis(1)))
        .weigher(move |(_, key): &(u64, K), value: &Arc<V>| {
            u32::try_from(key.bytes() + weigh(value) + 64).unwrap_or(u32::MAX)
        })
        .max_capacity(if ttl.is_zero() { 0 } else { bytes })
        .build()
}

/// What a key weighs.
pub trait KeyBytes {
    fn bytes(&self) -> usize;
}

impl KeyBytes for String {
    fn bytes(&self) -> usize {
        self.len()
    }
}

impl KeyBytes for GalleryQuery {
    fn bytes(&self) -> usize {
        self.text.len() + 128
    }
}

fn page_bytes(page: &Option<Cached>) -> usize {
    page.as_ref().map_or(0, |p| p.body.len() + p.etag.len())
}

fn results_bytes(results: &Results) -> usize {
    results
        .items
        .iter()
        .map(super::memory::document_bytes)
        .sum::<usize>()
        + 2048
}

fn response_bytes(r: &SharedResponse) -> usize {
    let headers: usize = r
        .headers
        .iter()
        .map(|(k, v)| k.as_str().len() + v.len())
        .sum();
    r.body.len() + headers
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
    /// Caches keeping entries for `ttl` within `megabytes` in all (0: nothing kept).
    pub fn new(ttl: Duration, megabytes: u64) -> Self {
        let ttl = if megabytes == 0 { Duration::ZERO } else { ttl };
        let bytes = megabytes.saturating_mul(1024 * 1024);
        Self {
            pages: cache(ttl, bytes / 2, page_bytes),
            results: cache(ttl, bytes / 4, results_bytes),
            responses: cache(ttl, bytes / 4, response_bytes),
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

    /// Drops everything (the public projection changed).
    pub fn clear(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
        self.pages.invalidate_all();
        self.results.invalidate_all();
        self.responses.invalidate_all();
    }

    fn set_live(&self, live: bool) {
        self.clear();
        self.live.store(live, Ordering::Release);
    }

    /// Listens for changes until the process ends, reconnecting when the connection
    /// drops (caching is off meanwhile, and every search refreshes the projection first:
    /// changes may be missed until it is back). A change refreshes this process's copy of
    /// the projection, then drops every cached answer, so nothing computed from the old
    /// copy is served after it.
    pub async fn listen(self: Arc<Self>, pool: PgPool, projection: Arc<Projection>) {
        let wake = Arc::new(tokio::sync::Notify::new());
        let connects = Arc::new(AtomicU64::new(0));
        let connected = Arc::new(AtomicBool::new(false));
        let refresher = tokio::spawn({
            let (cache, pool, projection) = (self.clone(), pool.clone(), projection.clone());
            let (wake, connects, connected) = (wake.clone(), connects.clone(), connected.clone());
            async move {
                loop {
                    wake.notified().await;
                    let since = connects.load(Ordering::Acquire);
                    match projection.refresh(&pool).await {
                        Ok(()) => {
                            let current = connected.load(Ordering::Acquire)
                                && connects.load(Ordering::Acquire) == since;
                            if current {
                                projection.set_live(true);
                            }
                        }
                        Err(e) => {
                            tracing::warn!(error = %format!("{e:#}"), "refreshing the search copy failed")
                        }
                    }
                    cache.clear();
                }
            }
        });
        crate::db::notify::listen(
            pool,
            crate::db::public::CHANNEL,
            Duration::from_secs(1),
            |heard| match heard {
                Heard::Connected => {
                    connects.fetch_add(1, Ordering::AcqRel);
                    connected.store(true, Ordering::Release);
                    self.set_live(true);
                    wake.notify_one();
                }
                Heard::Message(_) => wake.notify_one(),
                Heard::Lost => {
                    connected.store(false, Ordering::Release);
                    projection.set_live(false);
                    self.set_live(false);
                }
            },
        )
        .await;
        refresher.abort();
    }
}
