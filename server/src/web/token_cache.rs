//! Recently used API tokens, in memory: a script polling the API (or the production
//! team's tools during the announcement) is answered without a database round trip per
//! request. Everything is dropped the moment anything that decides what a token may do
//! changes anywhere (a trigger notifies `api_auth_changed`; every instance listens), and
//! while the listener is not connected nothing is kept. Entries are keyed by the cache's
//! generation, so a lookup that raced a change is never stored for after it.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use moka::future::Cache;
use sqlx::PgPool;

use crate::db::api_tokens::Authenticated;
use crate::db::notify::Heard;

/// The channel the triggers of `20261203000002_api_auth_changed` notify.
const CHANNEL: &str = "api_auth_changed";

pub struct TokenCache {
    tokens: Cache<(u64, Vec<u8>), Arc<Authenticated>>,
    generation: AtomicU64,
    live: AtomicBool,
}

impl TokenCache {
    pub fn new() -> Arc<Self> {
        Arc::new(TokenCache {
            tokens: Cache::builder()
                .time_to_live(Duration::from_secs(30))
                .max_capacity(10_000)
                .build(),
            generation: AtomicU64::new(0),
            live: AtomicBool::new(false),
        })
    }

    /// The current generation; pass it to [`TokenCache::put`] with what was read after.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    pub async fn get(&self, hash: &[u8]) -> Option<Arc<Authenticated>> {
        if !self.live.load(Ordering::Acquire) {
            return None;
        }
        self.tokens.get(&(self.generation(), hash.to_vec())).await
    }

    /// Keeps what was read at `generation` (nothing when a change came since).
    pub async fn put(&self, generation: u64, hash: Vec<u8>, found: Arc<Authenticated>) {
        if self.live.load(Ordering::Acquire) && generation == self.generation() {
            self.tokens.insert((generation, hash), found).await;
        }
    }

    /// Drops every entry.
    pub fn clear(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
        self.tokens.invalidate_all();
    }

    fn set_live(&self, live: bool) {
        self.clear();
        self.live.store(live, Ordering::Release);
    }

    /// Listens until the process ends, reconnecting when the connection drops (nothing
    /// is cached meanwhile).
    pub async fn listen(self: Arc<Self>, pool: PgPool) {
        crate::db::notify::listen(pool, CHANNEL, Duration::from_secs(1), |heard| match heard {
            Heard::Connected => self.set_live(true),
            Heard::Message(_) => self.clear(),
            Heard::Lost => self.set_live(false),
        })
        .await;
    }
}
