//! Meilisearch as the gallery's search index (used when `SHOWCASE_MEILI_URL` is set).
//!
//! Only the public document leaves the platform, reduced further to what search needs:
//! the searchable text (normalized as `search::text` does for PostgreSQL, queries too),
//! the filter values and the sort keys of each published project ([`MeiliDocument`]);
//! no images, no links. Searches ask for ids only: the cards shown
//! always come from the public projection in PostgreSQL.
//!
//! Failures are sorted for the caller: an unreachable or overloaded Meilisearch (connection
//! errors, timeouts, HTTP 5xx and 429) is [`SearchError::Unavailable`], so the gallery
//! answers from PostgreSQL; a refused request or a failed task is [`SearchError::Other`].
//! The API key is never part of an error or a log line.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::future::Future;
use std::time::Duration;

use anyhow::anyhow;
use meilisearch_sdk::client::Client;
use meilisearch_sdk::documents::DocumentsQuery;
use meilisearch_sdk::errors::{Error as MeiliError, ErrorCode, ErrorType};
use meilisearch_sdk::indexes::Index;
use meilisearch_sdk::search::Selectors;
use meilisearch_sdk::settings::{
    FacetingSettings, MinWordSizeForTypos, PaginationSetting, Settings, TypoToleranceSettings,
};
use meilisearch_sdk::task_info::TaskInfo;
use meilisearch_sdk::tasks::Task;
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{FACETS, Hits, SearchError, SearchIndex};
use crate::domain::gallery::{GalleryQuery, PublicProject, SHUFFLE_SEEDS, Sort, shuffle_keys};

/// Searched attributes, most important first.
pub const SEARCHABLE: [&str; 8] = [
    "title",
    "category_names",
    "creators",
    "description",
    "why_made",
    "difficulties",
    "next_steps",
    "community",
];

/// Attributes the gallery filters and counts facets on.
pub const FILTERABLE: [&str; 7] = [
    "category",
    "language",
    "countries",
    "age",
    "event",
    "award",
    "favourite",
];

/// Attributes whose value counts a search returns (`countries` is the `country` facet).
pub const FACET_ATTRIBUTES: [&str; 7] = [
    "category",
    "countries",
    "language",
    "age",
    "event",
    "award",
    "favourite",
];

/// Ranking rules: Meilisearch's defaults with `sort` first, so that "newest" and shuffled
/// orders are strict orders of the matches (as with PostgreSQL) rather than tie-breakers
/// after relevance. Without a sort parameter the rule does nothing.
pub const RANKING_RULES: [&str; 6] = [
    "sort",
    "words",
    "typo",
    "proximity",
    "attribute",
    "exactness",
];

/// Documents per write request and per page when listing ids.
const BATCH: usize = 1000;
/// Longest wait for one HTTP round trip (a search, or enqueueing a write).
const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
/// Longest wait for Meilisearch to finish a task.
const TASK_TIMEOUT: Duration = Duration::from_secs(120);
/// How often a task's status is polled while waiting.
const TASK_POLL: Duration = Duration::from_millis(100);

/// What is sent to Meilisearch for one published project: nothing but search text, filter
/// values and sort keys, all taken from the public document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeiliDocument {
    /// The project id (primary key).
    pub id: Uuid,
    /// Searched first.
    pub title: String,
    /// Creators' display names, in team order.
    pub creators: Vec<String>,
    /// The project's description.
    pub description: String,
    /// The three answers every project gives.
    pub why_made: String,
    /// See `why_made`.
    pub difficulties: String,
    /// See `why_made`.
    pub next_steps: String,
    /// The community the project is for.
    pub community: String,
    /// Category slug.
    pub category: String,
    /// The category's name in every shipped language, searched right after the title.
    pub category_names: Vec<String>,
    /// BCP 47 tag.
    pub language: String,
    /// Distinct creator countries (ISO 3166-1 alpha-2).
    pub countries: Vec<String>,
    /// Distinct age brackets of the team (`AgeBracket::as_str`).
    pub age: Vec<String>,
    /// Event slug.
    pub event: String,
    /// Whether the project has an award.
    pub award: bool,
    /// Whether a judge chose it as a favourite.
    pub favourite: bool,
    /// Publication time, in Unix seconds.
    pub published_at: i64,
    /// Keys of the shuffled orders: `shuffle_n` is the key for seed `n` (`shuffle_keys`).
    pub shuffle_1: i32,
    /// Key for seed 2.
    pub shuffle_2: i32,
    /// Key for seed 3.
    pub shuffle_3: i32,
    /// Key for seed 4.
    pub shuffle_4: i32,
    /// Key for seed 5.
    pub shuffle_5: i32,
    /// Key for seed 6.
    pub shuffle_6: i32,
    /// Key for seed 7.
    pub shuffle_7: i32,
    /// Key for seed 8.
    pub shuffle_8: i32,
}

/// The Meilisearch document of a public project.
pub fn document(p: &PublicProject) -> MeiliDocument {
    let [
        shuffle_1,
        shuffle_2,
        shuffle_3,
        shuffle_4,
        shuffle_5,
        shuffle_6,
        shuffle_7,
        shuffle_8,
    ] = shuffle_keys(p.id);
    // The searched text goes in as PostgreSQL's search reads it (`search::text::normalize`:
    // case, accents, ß, kana, traditional Chinese, ...), and queries are normalized the
    // same way, so both backends agree on what matches.
    let n = super::text::normalize;
    MeiliDocument {
        id: p.id,
        title: n(&p.title),
        creators: p.creators.iter().map(|c| n(&c.display_name)).collect(),
        description: n(&p.description),
        why_made: n(&p.answers.why_made),
        difficulties: n(&p.answers.difficulties),
        next_steps: n(&p.answers.next_steps),
        community: n(&p.community),
        category: p.category.clone(),
        category_names: p.category_names.iter().map(|c| n(c)).collect(),
        language: p.language.clone(),
        countries: p.countries(),
        age: p
            .age_brackets()
            .into_iter()
            .map(|a| a.as_str().to_owned())
            .collect(),
        event: p.event.slug.clone(),
        award: !p.awards.is_empty(),
        favourite: !p.favourites.is_empty(),
        published_at: p.published_at.timestamp(),
        shuffle_1,
        shuffle_2,
        shuffle_3,
        shuffle_4,
        shuffle_5,
        shuffle_6,
        shuffle_7,
        shuffle_8,
    }
}

/// The sortable attribute of the shuffled order for `seed` (clamped to the valid seeds).
fn shuffle_attribute(seed: u8) -> String {
    format!("shuffle_{}", seed.clamp(1, SHUFFLE_SEEDS))
}

/// The index settings `configure` applies.
pub fn settings() -> Settings {
    let mut sortable = vec!["published_at".to_owned()];
    sortable.extend((1..=SHUFFLE_SEEDS).map(shuffle_attribute));
    Settings::new()
        .with_searchable_attributes(SEARCHABLE)
        .with_filterable_attributes(FILTERABLE)
        .with_sortable_attributes(sortable)
        .with_ranking_rules(RANKING_RULES)
        .with_typo_tolerance(TypoToleranceSettings {
            enabled: Some(true),
            min_word_size_for_typos: Some(MinWordSizeForTypos {
                one_typo: Some(4),
                two_typos: Some(8),
            }),
            ..TypoToleranceSettings::default()
        })
        .with_faceting(FacetingSettings {
            max_values_per_facet: 500,
            sort_facet_values_by: None,
        })
        .with_pagination(PaginationSetting {
            max_total_hits: 100_000,
        })
}

/// A filter value as a quoted Meilisearch string.
fn quoted(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// The query's filters, all of which must hold.
pub fn filters(query: &GalleryQuery) -> Vec<String> {
    query
        .active_facets()
        .into_iter()
        .filter_map(|facet| {
            let value = query.facet_value(facet)?;
            Some(match facet {
                // The flags are booleans in the documents.
                "award" | "favourite" => format!("{facet} = true"),
                _ => format!("{} = {}", facet_attribute(facet), quoted(&value)),
            })
        })
        .collect()
}

/// The sort parameter for the query's order (none: by relevance).
pub fn sort(query: &GalleryQuery) -> Vec<String> {
    match query.sort {
        Sort::Relevance => Vec::new(),
        Sort::Newest => vec!["published_at:desc".to_owned()],
        Sort::Shuffle => vec![format!("{}:asc", shuffle_attribute(query.seed))],
    }
}

/// Facet counts as Meilisearch gives them, under the gallery's names: every facet of
/// `FACETS` present, zero counts dropped, `award` and `favourite` counted under `true` only.
pub fn facets(
    distribution: Option<&HashMap<String, HashMap<String, usize>>>,
) -> BTreeMap<String, BTreeMap<String, u64>> {
    let mut out: BTreeMap<String, BTreeMap<String, u64>> = FACETS
        .iter()
        .map(|name| ((*name).to_owned(), BTreeMap::new()))
        .collect();
    for (attribute, values) in distribution.into_iter().flatten() {
        let name = match attribute.as_str() {
            "countries" => "country",
            other => other,
        };
        let Some(counts) = out.get_mut(name) else {
            continue;
        };
        let flag = matches!(name, "award" | "favourite");
        for (value, n) in values {
            if *n == 0 || (flag && value != "true") {
                continue;
            }
            counts.insert(value.clone(), u64::try_from(*n).unwrap_or(u64::MAX));
        }
    }
    out
}

/// The document attribute behind a gallery facet.
fn facet_attribute(facet: &str) -> &str {
    match facet {
        "country" => "countries",
        other => other,
    }
}

/// A search hit: the id only.
#[derive(Debug, Deserialize)]
struct Hit {
    id: Uuid,
}

/// A listed document: the id only, checked later (a stray id may not be a UUID).
#[derive(Debug, Deserialize)]
struct ListedId {
    id: serde_json::Value,
}

/// The error and its causes, one line.
fn chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        out.push_str(": ");
        out.push_str(&s.to_string());
        source = s.source();
    }
    out
}

/// Sorts an SDK error into unavailable (try later, fall back) or other. Messages name the
/// operation and the cause, never a URL (it could carry credentials) nor the key.
fn classify(what: &str, e: MeiliError) -> SearchError {
    match e {
        MeiliError::HttpError(e) if e.is_builder() => {
            SearchError::Other(anyhow!("Meilisearch {what}: {}", chain(&e.without_url())))
        }
        // Connecting, sending, timing out or reading the answer.
        MeiliError::HttpError(e) => {
            SearchError::Unavailable(format!("Meilisearch {what}: {}", chain(&e.without_url())))
        }
        // An answer that is not a Meilisearch error: its status is known.
        MeiliError::MeilisearchCommunication(c) if c.status_code >= 500 || c.status_code == 429 => {
            SearchError::Unavailable(format!("Meilisearch {what}: HTTP {}", c.status_code))
        }
        MeiliError::MeilisearchCommunication(c) => {
            SearchError::Other(anyhow!("Meilisearch {what}: HTTP {}", c.status_code))
        }
        // A Meilisearch error body: the SDK drops the status, but the type tells server
        // trouble (`internal`: HTTP 500; `system`, parsed as unknown: full disk, too many
        // open files, too many concurrent searches (HTTP 503)) from a refused request.
        MeiliError::Meilisearch(m)
            if matches!(m.error_type, ErrorType::Internal | ErrorType::Unknown) =>
        {
            SearchError::Unavailable(format!(
                "Meilisearch {what}: {} ({})",
                m.error_message, m.error_code
            ))
        }
        MeiliError::Meilisearch(m) => SearchError::Other(anyhow!(
            "Meilisearch {what}: {} ({})",
            m.error_message,
            m.error_code
        )),
        MeiliError::Timeout => SearchError::Unavailable(format!(
            "Meilisearch {what}: the task did not finish in time"
        )),
        other => SearchError::Other(anyhow!("Meilisearch {what}: {}", chain(&other))),
    }
}

/// Meilisearch behind the `SearchIndex` trait.
pub struct MeiliIndex {
    client: Client,
    index: Index,
    /// For logs: the server's address without credentials, path or query.
    origin: String,
    request_timeout: Duration,
    task_timeout: Duration,
}

impl fmt::Debug for MeiliIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MeiliIndex")
            .field("origin", &self.origin)
            .field("index", &self.index.uid)
            .finish_non_exhaustive()
    }
}

impl MeiliIndex {
    /// A client for the index `index` at `url` (`http://127.0.0.1:7700`), with the API key
    /// if one is set. Checks the settings only: nothing is sent until the first call.
    pub fn new(url: &str, key: Option<&SecretString>, index: &str) -> anyhow::Result<Self> {
        let parsed = url::Url::parse(url.trim())
            .map_err(|e| anyhow!("the Meilisearch URL is not a valid URL: {e}"))?;
        if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
            anyhow::bail!("the Meilisearch URL must be an http:// or https:// address");
        }
        if parsed.query().is_some() || parsed.fragment().is_some() {
            anyhow::bail!("the Meilisearch URL must not have a query or fragment");
        }
        let host = parsed.as_str().trim_end_matches('/').to_owned();
        let origin = parsed.origin().ascii_serialization();
        if index.is_empty()
            || index.len() > 400
            || !index
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            anyhow::bail!(
                "the Meilisearch index name must be 1–400 ASCII letters, digits, '-' or '_'"
            );
        }
        // A key read from a file often ends with a newline. Characters an HTTP header
        // cannot carry would make the SDK panic, so they are refused here.
        let key = key
            .map(|k| k.expose_secret().trim())
            .filter(|k| !k.is_empty());
        if let Some(k) = key
            && !k.bytes().all(|b| (0x20..0x7f).contains(&b))
        {
            anyhow::bail!(
                "the Meilisearch API key contains characters an HTTP header cannot carry"
            );
        }
        let client = Client::new(host, key)
            .map_err(|e| anyhow!("cannot build the Meilisearch client: {}", chain(&e)))?;
        let index = client.index(index);
        Ok(Self {
            client,
            index,
            origin,
            request_timeout: REQUEST_TIMEOUT,
            task_timeout: TASK_TIMEOUT,
        })
    }

    /// The same index with other time limits: for one HTTP round trip, and for waiting on a
    /// task to finish.
    pub fn with_timeouts(self, request: Duration, task: Duration) -> Self {
        Self {
            request_timeout: request,
            task_timeout: task,
            ..self
        }
    }

    /// The index name.
    pub fn index_uid(&self) -> &str {
        &self.index.uid
    }

    /// One request, within the request time limit: the SDK's own answer, or unavailable
    /// when there was none in time.
    async fn call_raw<T>(
        &self,
        what: &str,
        request: impl Future<Output = Result<T, MeiliError>>,
    ) -> Result<Result<T, MeiliError>, SearchError> {
        tokio::time::timeout(self.request_timeout, request)
            .await
            .map_err(|_| {
                SearchError::Unavailable(format!(
                    "Meilisearch {what}: no answer within {:?}",
                    self.request_timeout
                ))
            })
    }

    /// One request, within the request time limit, its error sorted.
    async fn call<T>(
        &self,
        what: &str,
        request: impl Future<Output = Result<T, MeiliError>>,
    ) -> Result<T, SearchError> {
        self.call_raw(what, request)
            .await?
            .map_err(|e| classify(what, e))
    }

    /// One facet's counts for a query: no hits, only that facet's distribution.
    async fn facet_counts(
        &self,
        query: &GalleryQuery,
        facet: &str,
    ) -> Result<BTreeMap<String, u64>, SearchError> {
        let attribute = [facet_attribute(facet)];
        let filters = filters(query);
        let filter_refs: Vec<&str> = filters.iter().map(String::as_str).collect();
        let retrieve = ["id"];
        let mut search = self.index.search();
        search
            .with_facets(Selectors::Some(&attribute[..]))
            .with_attributes_to_retrieve(Selectors::Some(&retrieve[..]))
            .with_page(1)
            .with_hits_per_page(0);
        let text = super::text::normalize(&query.text);
        if !text.is_empty() {
            search.with_query(&text);
        }
        if !filter_refs.is_empty() {
            search.with_array_filter(filter_refs);
        }
        let results = self.call("facet search", search.execute::<Hit>()).await?;
        Ok(facets(results.facet_distribution.as_ref())
            .remove(facet)
            .unwrap_or_default())
    }

    /// Waits for a task to finish; its failure, as Meilisearch reports it, is returned.
    async fn finish(
        &self,
        what: &str,
        task: TaskInfo,
    ) -> Result<Result<(), ErrorCode>, SearchError> {
        let uid = task.task_uid;
        let wait = task.wait_for_completion(&self.client, Some(TASK_POLL), Some(self.task_timeout));
        // The SDK counts only the pauses between polls; this bounds the whole wait.
        let limit = self.task_timeout + self.request_timeout;
        let done = match tokio::time::timeout(limit, wait).await {
            Ok(result) => result.map_err(|e| classify(what, e))?,
            Err(_) => {
                return Err(SearchError::Unavailable(format!(
                    "Meilisearch {what}: task {uid} did not finish within {limit:?}"
                )));
            }
        };
        match done {
            Task::Succeeded { .. } => Ok(Ok(())),
            Task::Failed { content } => {
                let e = content.error;
                tracing::warn!(task = uid, code = %e.error_code, message = %e.error_message, "Meilisearch task failed");
                Ok(Err(e.error_code))
            }
            Task::Enqueued { .. } | Task::Processing { .. } => Err(SearchError::Unavailable(
                format!("Meilisearch {what}: task {uid} did not finish in time"),
            )),
        }
    }

    /// Waits for a task and turns its failure into an error, unless `tolerated`.
    async fn complete(
        &self,
        what: &str,
        task: TaskInfo,
        tolerated: &[ErrorCode],
    ) -> Result<(), SearchError> {
        let uid = task.task_uid;
        match self.finish(what, task).await? {
            Ok(()) => Ok(()),
            Err(code) if tolerated.contains(&code) => Ok(()),
            Err(code) => Err(SearchError::Other(anyhow!(
                "Meilisearch {what}: task {uid} failed ({code})"
            ))),
        }
    }
}

#[async_trait::async_trait]
impl SearchIndex for MeiliIndex {
    fn name(&self) -> &'static str {
        "meilisearch"
    }

    #[tracing::instrument(skip_all, fields(origin = %self.origin, index = %self.index.uid))]
    async fn configure(&self) -> Result<(), SearchError> {
        match self
            .call_raw("index lookup", self.client.get_raw_index(&self.index.uid))
            .await?
        {
            Ok(_) => {}
            Err(MeiliError::Meilisearch(e)) if e.error_code == ErrorCode::IndexNotFound => {
                tracing::info!("creating the Meilisearch index");
                let task = self
                    .call(
                        "index creation",
                        self.client.create_index(&self.index.uid, Some("id")),
                    )
                    .await?;
                // Created meanwhile by another instance: as good.
                self.complete("index creation", task, &[ErrorCode::IndexAlreadyExists])
                    .await?;
            }
            Err(e) => return Err(classify("index lookup", e)),
        }
        let task = self
            .call("settings update", self.index.set_settings(&settings()))
            .await?;
        self.complete("settings update", task, &[]).await
    }

    #[tracing::instrument(skip_all, fields(origin = %self.origin, index = %self.index.uid, q = %query.text))]
    async fn search(&self, query: &GalleryQuery) -> Result<Hits, SearchError> {
        let filters = filters(query);
        let filter_refs: Vec<&str> = filters.iter().map(String::as_str).collect();
        let sort = sort(query);
        let sort_refs: Vec<&str> = sort.iter().map(String::as_str).collect();
        let retrieve = ["id"];
        let mut search = self.index.search();
        search
            .with_facets(Selectors::Some(&FACET_ATTRIBUTES[..]))
            .with_attributes_to_retrieve(Selectors::Some(&retrieve[..]))
            .with_page(usize::try_from(query.page.max(1)).unwrap_or(1))
            .with_hits_per_page(usize::try_from(query.per_page.max(1)).unwrap_or(1));
        let text = super::text::normalize(&query.text);
        if !text.is_empty() {
            search.with_query(&text);
        }
        if !filter_refs.is_empty() {
            search.with_array_filter(filter_refs);
        }
        if !sort_refs.is_empty() {
            search.with_sort(&sort_refs);
        }
        let results = self.call("search", search.execute::<Hit>()).await?;
        let total = results
            .total_hits
            .or(results.estimated_total_hits)
            .unwrap_or(results.hits.len());
        let mut facet_counts = facets(results.facet_distribution.as_ref());
        // Disjunctive facets, as in PostgreSQL: a facet with a chosen value counts over
        // the matches of every other filter (one small search per such facet, together).
        let active = query.active_facets();
        let narrowed: Vec<GalleryQuery> = active.iter().map(|f| query.without_facet(f)).collect();
        let own = futures_util::future::try_join_all(
            active
                .iter()
                .zip(&narrowed)
                .map(|(facet, q)| self.facet_counts(q, facet)),
        )
        .await?;
        for (facet, counts) in active.into_iter().zip(own) {
            facet_counts.insert(facet.to_owned(), counts);
        }
        Ok(Hits {
            total: u64::try_from(total).unwrap_or(u64::MAX),
            ids: results.hits.into_iter().map(|h| h.result.id).collect(),
            facets: facet_counts,
        })
    }

    #[tracing::instrument(skip_all, fields(origin = %self.origin, index = %self.index.uid, docs = docs.len(), wait = wait))]
    async fn upsert(&self, docs: &[PublicProject], wait: bool) -> Result<(), SearchError> {
        for batch in docs.chunks(BATCH) {
            let documents: Vec<MeiliDocument> = batch.iter().map(document).collect();
            let task = self
                .call(
                    "document update",
                    self.index.add_or_replace(&documents, Some("id")),
                )
                .await?;
            if wait {
                self.complete("document update", task, &[]).await?;
            }
        }
        Ok(())
    }

    #[tracing::instrument(skip_all, fields(origin = %self.origin, index = %self.index.uid, ids = ids.len(), wait = wait))]
    async fn remove(&self, ids: &[Uuid], wait: bool) -> Result<(), SearchError> {
        for batch in ids.chunks(BATCH) {
            let task = self
                .call("document removal", self.index.delete_documents(batch))
                .await?;
            if wait {
                // Nothing to remove from an index that does not exist.
                self.complete("document removal", task, &[ErrorCode::IndexNotFound])
                    .await?;
            }
        }
        Ok(())
    }

    #[tracing::instrument(skip_all, fields(origin = %self.origin, index = %self.index.uid))]
    async fn ids(&self) -> Result<Vec<Uuid>, SearchError> {
        let mut out = Vec::new();
        let mut offset = 0usize;
        loop {
            let mut query = DocumentsQuery::new(&self.index);
            query
                .with_fields(["id"])
                .with_limit(BATCH)
                .with_offset(offset);
            let page = match self
                .call_raw("document listing", query.execute::<ListedId>())
                .await?
            {
                Ok(page) => page,
                // No index, no documents.
                Err(MeiliError::Meilisearch(e)) if e.error_code == ErrorCode::IndexNotFound => {
                    return Ok(out);
                }
                Err(e) => return Err(classify("document listing", e)),
            };
            let count = page.results.len();
            for doc in page.results {
                match doc.id.as_str().and_then(|s| Uuid::parse_str(s).ok()) {
                    Some(id) => out.push(id),
                    None => tracing::warn!(id = %doc.id, "Meilisearch document id is not a UUID"),
                }
            }
            offset += count;
            if count < BATCH || offset >= usize::try_from(page.total).unwrap_or(usize::MAX) {
                return Ok(out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_values_escape_quotes_and_backslashes() {
        assert_eq!(quoted("games"), r#""games""#);
        assert_eq!(quoted(r#"a"b\c"#), r#""a\"b\\c""#);
    }

    #[test]
    fn shuffle_seeds_out_of_range_still_name_a_sortable_attribute() {
        assert_eq!(shuffle_attribute(0), "shuffle_1");
        assert_eq!(shuffle_attribute(3), "shuffle_3");
        assert_eq!(shuffle_attribute(200), format!("shuffle_{SHUFFLE_SEEDS}"));
    }
}
