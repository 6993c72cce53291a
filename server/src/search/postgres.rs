//! The default search: PostgreSQL's public projection, searched in each server's copy
//! of it (`search::memory`).
//!
//! Documents and queries are tokenized by `search::text` (lowercase, unaccented, Unicode
//! word boundaries, CJK character pairs). A query word matches itself, longer words it
//! begins, and, when no document has it, the known words spelled most like it (pg_trgm
//! similarity over `search_terms`, the one statement a search may need): that is the
//! typo tolerance.

use std::sync::Arc;

use sqlx::PgPool;
use uuid::Uuid;

use super::memory::{Filters, Order, Projection, Query};
use super::text;
use super::{Hits, SearchError, SearchIndex};
use crate::db;
use crate::domain::gallery::{GalleryQuery, PublicProject, Sort};

/// Search over the public projection; its "index" is written by `search::refresh` in the
/// transaction of each change (and copied into memory from there), so `upsert` and
/// `remove` have nothing left to do.
pub struct PostgresIndex {
    pool: PgPool,
    projection: Arc<Projection>,
}

impl PostgresIndex {
    pub fn new(pool: PgPool, projection: Arc<Projection>) -> Self {
        Self { pool, projection }
    }
}

#[async_trait::async_trait]
impl SearchIndex for PostgresIndex {
    fn name(&self) -> &'static str {
        "postgres"
    }

    async fn configure(&self) -> Result<(), SearchError> {
        Ok(())
    }

    #[tracing::instrument(skip_all, fields(q = %query.text))]
    async fn search(&self, query: &GalleryQuery) -> Result<Hits, SearchError> {
        self.projection.ensure_current(&self.pool).await?;
        let terms = text::query_terms(&query.text);
        let unknown = self
            .projection
            .read(|index| index.unknown_words(&text::typo_candidates(&terms)));
        let similar = if unknown.is_empty() {
            Vec::new()
        } else {
            let mut conn = self.pool.acquire().await.map_err(anyhow::Error::from)?;
            db::public::similar_terms(&mut conn, &unknown).await?
        };
        let category = query.category.as_ref().map(|c| c.to_string());
        let language = query.language.as_ref().map(|l| l.to_string());
        let event = query.event.as_ref().map(|e| e.to_string());
        let found = self.projection.read(|index| {
            index.search(&Query {
                terms: &terms,
                similar: &similar,
                filters: Filters {
                    category: category.as_deref(),
                    country: query.country.as_ref().map(|c| c.code()),
                    language: language.as_deref(),
                    age: query.age.map(|a| a.bit()),
                    event: event.as_deref(),
                    award: query.award,
                    favourite: query.favourite,
                },
                order: match query.sort {
                    Sort::Relevance => Order::Relevance,
                    Sort::Newest => Order::Newest,
                    Sort::Shuffle => Order::Shuffle(query.seed),
                },
                offset: query.offset() as usize,
                limit: query.per_page as usize,
            })
        });
        Ok(Hits {
            total: found.total,
            ids: found.ids,
            facets: found.facets,
        })
    }

    async fn upsert(&self, _docs: &[PublicProject], _wait: bool) -> Result<(), SearchError> {
        Ok(())
    }

    async fn remove(&self, _ids: &[Uuid], _wait: bool) -> Result<(), SearchError> {
        Ok(())
    }

    async fn ids(&self) -> Result<Vec<Uuid>, SearchError> {
        let mut conn = self.pool.acquire().await.map_err(anyhow::Error::from)?;
        Ok(db::public::ids(&mut conn).await?)
    }
}
