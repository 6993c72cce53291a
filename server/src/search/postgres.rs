//! The default search: PostgreSQL full text over the `public_projects` projection.
//!
//! Documents and queries are tokenized by `search::text` (lowercase, unaccented, Unicode
//! word boundaries, CJK character pairs). A query word matches itself, longer words it
//! begins, and, when it is not a known word, the known words spelled most like it
//! (pg_trgm similarity over `search_terms`): that is the typo tolerance. The total and
//! every facet count come back in one statement, kept for the search's other pages and
//! orders; the page of ids is a second, and the typo lookup a third.

use std::sync::Arc;

use sqlx::PgPool;
use uuid::Uuid;

use super::cache::GalleryCache;
use super::text;
use super::{FacetCounts, Hits, SearchError, SearchIndex};
use crate::db;
use crate::domain::gallery::{GalleryQuery, PublicProject};

/// Search over the public projection; its "index" is written by `search::refresh` in the
/// transaction of each change, so `upsert` and `remove` have nothing left to do.
pub struct PostgresIndex {
    pool: PgPool,
    /// Keeps each search's total and facet counts for its other pages and orders.
    cache: Option<Arc<GalleryCache>>,
}

impl PostgresIndex {
    pub fn new(pool: PgPool) -> Self {
        Self { pool, cache: None }
    }

    /// Shares facet counts between pages and orders of the same search.
    pub fn with_cache(self, cache: Arc<GalleryCache>) -> Self {
        Self {
            cache: Some(cache),
            ..self
        }
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
        let mut tx = self.pool.begin().await.map_err(anyhow::Error::from)?;
        let terms = text::query_terms(&query.text);
        db::public::tune_search(&mut tx, !terms.is_empty()).await?;
        let similar = db::public::similar_terms(&mut tx, &text::typo_candidates(&terms)).await?;
        let tsquery = text::tsquery(&terms, &similar);
        let category = query.category.as_ref().map(|c| c.to_string());
        let language = query.language.as_ref().map(|l| l.to_string());
        let event = query.event.as_ref().map(|e| e.to_string());
        let params = db::public::SearchParams {
            tsquery: tsquery.as_deref(),
            category: category.as_deref(),
            country: query.country.as_ref().map(|c| c.code()),
            language: language.as_deref(),
            age: query.age.map(|a| i32::from(a.bit())),
            event: event.as_deref(),
            award: query.award,
            favourite: query.favourite,
            sort: query.sort.as_str(),
            seed: i32::from(query.seed),
            limit: i64::from(query.per_page),
            offset: i64::from(query.offset()),
        };
        let count = async {
            let rows = db::public::search_facets(&mut tx, &params).await?;
            anyhow::Ok(FacetCounts {
                total: u64::try_from(rows.total).unwrap_or(0),
                facets: rows.facets,
            })
        };
        let counts = match &self.cache {
            Some(cache) => cache.facets(query.facet_key(), count).await?,
            None => Arc::new(count.await?),
        };
        let ids = if counts.total > u64::from(query.offset()) {
            db::public::search_page(&mut tx, &params).await?
        } else {
            Vec::new()
        };
        tx.commit().await.map_err(anyhow::Error::from)?;
        Ok(Hits {
            total: counts.total,
            ids,
            facets: counts.facets.clone(),
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
