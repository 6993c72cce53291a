//! The PostgreSQL default's search, answered from each server's copy of the public
//! projection: `public_projects` (the truth, written in the transaction of every change)
//! loaded into memory as compressed bitmaps per word and facet values per project, so a
//! search with its total and every facet's counts costs microseconds instead of
//! statements over thousands of rows.
//!
//! Matching is PostgreSQL's, on the same tokens (`search::text`): every query term must
//! match; a word matches itself, the longer words it begins (from 2 characters) and its
//! close spellings (looked up with pg_trgm, only for words no document contains); a CJK
//! run matches when all its pairs are there. Relevance puts projects whose title matches
//! more of the terms first, then the newest; every order ends with the id, so pages
//! never overlap.
//!
//! Freshness: every write of a public row gets a new `version`, and every change
//! notifies `gallery_changed` on commit. The copy compares (id, version) pairs with the
//! table and reads what differs ([`Projection::refresh`]): when the notification arrives;
//! before it answers, in the request that made the change; and before a search, when the
//! version sequence has moved past the copy (a change committed elsewhere whose
//! notification is still on its way). While the notifications are not being heard, every
//! search refreshes first.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, PoisonError, RwLock};

use roaring::RoaringBitmap;
use sqlx::PgPool;
use uuid::Uuid;

use super::Facets;
use super::text::QueryTerm;
use crate::db;
use crate::db::public::SearchRow;
use crate::domain::gallery::{AgeBracket, PublicProject};

/// Rows read per statement while refreshing (and applied under one write lock).
const CHUNK: usize = 2_000;

/// The values of one facet, numbered in order of appearance, each with the projects
/// that have it.
#[derive(Debug, Default)]
struct Values {
    names: Vec<String>,
    numbers: HashMap<String, u16>,
    projects: Vec<RoaringBitmap>,
}

impl Values {
    /// Files `slot` under `name`; the value's number.
    fn add(&mut self, name: &str, slot: u32) -> u16 {
        let n = match self.numbers.get(name) {
            Some(n) => *n,
            None => {
                let n = u16::try_from(self.names.len()).unwrap_or(u16::MAX);
                self.names.push(name.to_owned());
                self.numbers.insert(name.to_owned(), n);
                self.projects.push(RoaringBitmap::new());
                n
            }
        };
        if let Some(set) = self.projects.get_mut(n as usize) {
            set.insert(slot);
        }
        n
    }

    fn take(&mut self, n: u16, slot: u32) {
        if let Some(set) = self.projects.get_mut(n as usize) {
            set.remove(slot);
        }
    }

    /// The projects with this value (none for a value no project has).
    fn having(&self, name: &str) -> Cow<'_, RoaringBitmap> {
        self.numbers
            .get(name)
            .and_then(|n| self.projects.get(*n as usize))
            .map_or_else(|| Cow::Owned(RoaringBitmap::new()), Cow::Borrowed)
    }

    /// How many of `among` have each value (values with none left out).
    fn counts(&self, among: &RoaringBitmap) -> BTreeMap<String, u64> {
        self.names
            .iter()
            .zip(&self.projects)
            .map(|(name, set)| (name, among.intersection_len(set)))
            .filter(|(_, n)| *n > 0)
            .map(|(name, n)| (name.clone(), n))
            .collect()
    }
}

/// One public project as a search sees it.
#[derive(Debug)]
struct Entry {
    id: Uuid,
    version: i64,
    /// Microseconds since the epoch.
    published: i64,
    event: u16,
    category: u16,
    language: u16,
    countries: Box<[u16]>,
    shuffle: Box<[i32]>,
    /// Word numbers of all its tokens and of its title's (to take it out again).
    words: Box<[u32]>,
    title_words: Box<[u32]>,
}

/// The filters of a search (each `None` or `false`: not filtered).
#[derive(Debug, Clone, Copy, Default)]
pub struct Filters<'a> {
    pub category: Option<&'a str>,
    pub country: Option<&'a str>,
    pub language: Option<&'a str>,
    /// The age group's bit (`AgeBracket::bit`).
    pub age: Option<i16>,
    pub event: Option<&'a str>,
    pub award: bool,
    pub favourite: bool,
}

/// How the matches are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Title matches first (more matched terms first), then the newest.
    Relevance,
    Newest,
    /// By the project's key for this seed (1-based).
    Shuffle(u8),
}

/// A search as the copy answers it.
#[derive(Debug, Clone, Copy)]
pub struct Query<'a> {
    pub terms: &'a [QueryTerm],
    /// (query word, close spelling) pairs from the typo lookup.
    pub similar: &'a [(String, String)],
    pub filters: Filters<'a>,
    pub order: Order,
    pub offset: usize,
    pub limit: usize,
}

/// What a search found: the page of ids, the total and every facet's counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    pub total: u64,
    pub ids: Vec<Uuid>,
    pub facets: Facets,
}

/// Matches above this many are paged by walking the order's sorted list of every
/// project; fewer are sorted on their own.
const WALK_ABOVE: u64 = 2_000;

/// Every project's slot in one order (built when first needed after a change).
type Sorted = std::sync::OnceLock<Vec<u32>>;

/// The in-memory copy of the public projection.
#[derive(Debug, Default)]
pub struct Index {
    entries: Vec<Option<Entry>>,
    free: Vec<u32>,
    slots: HashMap<Uuid, u32>,
    all: RoaringBitmap,
    /// Every token ever seen → its number; postings by number (all text, and titles).
    dictionary: BTreeMap<String, u32>,
    postings: Vec<RoaringBitmap>,
    title_postings: Vec<RoaringBitmap>,
    events: Values,
    categories: Values,
    languages: Values,
    /// Every country of a team (a team from two countries is under both).
    countries: Values,
    /// By age group bit (`AgeBracket::ALL` order).
    ages: [RoaringBitmap; 4],
    awarded: RoaringBitmap,
    favoured: RoaringBitmap,
    /// Newest first, and by each shuffle seed's keys.
    newest: Sorted,
    shuffled: [Sorted; crate::domain::gallery::SHUFFLE_SEEDS as usize],
}

impl Index {
    /// How many projects it holds.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    fn word(&mut self, token: &str) -> u32 {
        if let Some(n) = self.dictionary.get(token) {
            return *n;
        }
        let n = u32::try_from(self.postings.len()).unwrap_or(u32::MAX);
        self.dictionary.insert(token.to_owned(), n);
        self.postings.push(RoaringBitmap::new());
        self.title_postings.push(RoaringBitmap::new());
        n
    }

    /// The sorted orders are built again when next needed.
    fn reorder(&mut self) {
        self.newest = Sorted::new();
        self.shuffled = Default::default();
    }

    /// Adds or replaces a project.
    pub fn upsert(&mut self, row: SearchRow) {
        self.remove(row.project_id);
        let slot = self.free.pop().unwrap_or_else(|| {
            self.entries.push(None);
            u32::try_from(self.entries.len() - 1).unwrap_or(u32::MAX)
        });
        let words: Box<[u32]> = row.tokens.iter().map(|t| self.word(t)).collect();
        let title_words: Box<[u32]> = row.title_tokens.iter().map(|t| self.word(t)).collect();
        for w in &words {
            self.postings[*w as usize].insert(slot);
        }
        for w in &title_words {
            self.title_postings[*w as usize].insert(slot);
        }
        let age_mask = u8::try_from(row.age_mask).unwrap_or(0);
        for (i, set) in self.ages.iter_mut().enumerate() {
            if age_mask & (1 << i) != 0 {
                set.insert(slot);
            }
        }
        if row.has_award {
            self.awarded.insert(slot);
        }
        if row.has_favourite {
            self.favoured.insert(slot);
        }
        let entry = Entry {
            id: row.project_id,
            version: row.version,
            published: row.published_at.timestamp_micros(),
            event: self.events.add(&row.event_slug, slot),
            category: self.categories.add(&row.category, slot),
            language: self.languages.add(&row.language, slot),
            countries: row
                .countries
                .iter()
                .map(|c| self.countries.add(c, slot))
                .collect(),
            shuffle: row.shuffle.into(),
            words,
            title_words,
        };
        self.entries[slot as usize] = Some(entry);
        self.slots.insert(row.project_id, slot);
        self.all.insert(slot);
        self.reorder();
    }

    /// Takes a project out (nothing happens if it is not there).
    pub fn remove(&mut self, id: Uuid) {
        let Some(slot) = self.slots.remove(&id) else {
            return;
        };
        if let Some(entry) = self.entries[slot as usize].take() {
            for w in entry.words.iter() {
                self.postings[*w as usize].remove(slot);
            }
            for w in entry.title_words.iter() {
                self.title_postings[*w as usize].remove(slot);
            }
            self.events.take(entry.event, slot);
            self.categories.take(entry.category, slot);
            self.languages.take(entry.language, slot);
            for c in entry.countries.iter() {
                self.countries.take(*c, slot);
            }
        }
        for set in self.ages.iter_mut() {
            set.remove(slot);
        }
        self.awarded.remove(slot);
        self.favoured.remove(slot);
        self.all.remove(slot);
        self.free.push(slot);
        self.reorder();
    }

    /// Compared with the table's (id, version) pairs: the ids to read again (new or
    /// written since) and the ids no longer there.
    pub fn differences(&self, versions: &[(Uuid, i64)]) -> (Vec<Uuid>, Vec<Uuid>) {
        let mut stale = Vec::new();
        let mut present = std::collections::HashSet::with_capacity(versions.len());
        for (id, version) in versions {
            present.insert(*id);
            let current = self
                .slots
                .get(id)
                .and_then(|s| self.entry(*s))
                .map(|e| e.version);
            if current != Some(*version) {
                stale.push(*id);
            }
        }
        let gone = self
            .slots
            .keys()
            .filter(|id| !present.contains(id))
            .copied()
            .collect();
        (stale, gone)
    }

    /// The version the copy holds of a project, if it holds it.
    pub fn version_of(&self, id: Uuid) -> Option<i64> {
        self.slots
            .get(&id)
            .and_then(|s| self.entry(*s))
            .map(|e| e.version)
    }

    /// Of these query words, the ones no document contains (worth a typo lookup).
    pub fn unknown_words(&self, words: &[String]) -> Vec<String> {
        words
            .iter()
            .filter(|w| {
                self.dictionary
                    .get(w.as_str())
                    .is_none_or(|n| self.postings[*n as usize].is_empty())
            })
            .cloned()
            .collect()
    }

    /// The projects having one of these words, in all text and in titles.
    fn having(&self, words: impl Iterator<Item = u32>) -> (RoaringBitmap, RoaringBitmap) {
        let mut all = RoaringBitmap::new();
        let mut titles = RoaringBitmap::new();
        for w in words {
            all |= &self.postings[w as usize];
            titles |= &self.title_postings[w as usize];
        }
        (all, titles)
    }

    /// The projects a term matches, in all text and in titles.
    fn term(
        &self,
        term: &QueryTerm,
        similar: &[(String, String)],
    ) -> (RoaringBitmap, RoaringBitmap) {
        match term {
            QueryTerm::Word(word) => {
                let exact = self.dictionary.get(word.as_str()).copied();
                let prefixed: Vec<u32> = if word.chars().count() >= 2 {
                    self.dictionary
                        .range::<str, _>((
                            std::ops::Bound::Included(word.as_str()),
                            std::ops::Bound::Unbounded,
                        ))
                        .take_while(|(t, _)| t.starts_with(word.as_str()))
                        .map(|(_, n)| *n)
                        .collect()
                } else {
                    exact.into_iter().collect()
                };
                let close = similar
                    .iter()
                    .filter(|(q, t)| q == word && t != word)
                    .filter_map(|(_, t)| self.dictionary.get(t.as_str()).copied());
                self.having(prefixed.into_iter().chain(close))
            }
            QueryTerm::Cjk(tokens) => {
                let mut found: Option<(RoaringBitmap, RoaringBitmap)> = None;
                for token in tokens {
                    let (all, titles) =
                        self.having(self.dictionary.get(token.as_str()).copied().into_iter());
                    found = Some(match found {
                        None => (all, titles),
                        Some((a, t)) => (a & all, t & titles),
                    });
                }
                found.unwrap_or_default()
            }
        }
    }

    /// Answers a search: the matches of the text, then of the filters; each facet's
    /// counts over the matches of every *other* filter (so a chosen value's
    /// alternatives stay visible); the requested page in order.
    pub fn search(&self, q: &Query<'_>) -> Found {
        // A term's projects are all in the copy (postings lose a project with it), so
        // the whole corpus is copied only for a search without text.
        let mut matched: Option<RoaringBitmap> = None;
        let mut title_matches = Vec::new();
        for term in q.terms {
            let (all, titles) = self.term(term, q.similar);
            matched = Some(match matched {
                None => all,
                Some(so_far) => so_far & all,
            });
            title_matches.push(titles);
        }
        let base = matched.unwrap_or_else(|| self.all.clone());
        let f = &q.filters;
        let age = f.age.map(|bit| {
            AgeBracket::ALL
                .iter()
                .position(|b| b.bit() == bit)
                .and_then(|i| self.ages.get(i))
                .map_or_else(|| Cow::Owned(RoaringBitmap::new()), Cow::Borrowed)
        });
        // The filters' sets are borrowed from the copy, not copied.
        let filters: Vec<(&str, Cow<'_, RoaringBitmap>)> = [
            ("category", f.category.map(|c| self.categories.having(c))),
            ("country", f.country.map(|c| self.countries.having(c))),
            ("language", f.language.map(|l| self.languages.having(l))),
            ("age", age),
            ("event", f.event.map(|e| self.events.having(e))),
            ("award", f.award.then_some(Cow::Borrowed(&self.awarded))),
            (
                "favourite",
                f.favourite.then_some(Cow::Borrowed(&self.favoured)),
            ),
        ]
        .into_iter()
        .filter_map(|(facet, set)| set.map(|s| (facet, s)))
        .collect();
        let passing_all_but = |facet: &str| {
            filters
                .iter()
                .filter(|(other, _)| *other != facet)
                .fold(base.clone(), |acc, (_, set)| acc & set.as_ref())
        };
        let hits = passing_all_but("");
        // A facet without a filter counts the matches; a chosen one, the alternatives.
        let over = |facet: &str| -> Cow<'_, RoaringBitmap> {
            if filters.iter().any(|(f, _)| *f == facet) {
                Cow::Owned(passing_all_but(facet))
            } else {
                Cow::Borrowed(&hits)
            }
        };
        let flag = |set: &RoaringBitmap, among: &RoaringBitmap| {
            let n = among.intersection_len(set);
            if n > 0 {
                BTreeMap::from([("true".to_owned(), n)])
            } else {
                BTreeMap::new()
            }
        };
        let mut facets = Facets::new();
        facets.insert("category".into(), self.categories.counts(&over("category")));
        facets.insert("country".into(), self.countries.counts(&over("country")));
        facets.insert("language".into(), self.languages.counts(&over("language")));
        let among = over("age");
        facets.insert(
            "age".into(),
            AgeBracket::ALL
                .iter()
                .zip(&self.ages)
                .map(|(b, set)| (b.as_str().to_owned(), among.intersection_len(set)))
                .filter(|(_, n)| *n > 0)
                .collect(),
        );
        facets.insert("event".into(), self.events.counts(&over("event")));
        facets.insert("award".into(), flag(&self.awarded, &over("award")));
        facets.insert("favourite".into(), flag(&self.favoured, &over("favourite")));

        let total = hits.len();
        let ids = self.page(&hits, &title_matches, q);
        Found { total, ids, facets }
    }

    fn entry(&self, slot: u32) -> Option<&Entry> {
        self.entries.get(slot as usize).and_then(Option::as_ref)
    }

    /// Every project's slot in `order` (not by relevance), built once per change.
    fn sorted(&self, order: Order) -> &[u32] {
        match order {
            Order::Shuffle(seed) => {
                let i = usize::from(seed.max(1) - 1).min(self.shuffled.len() - 1);
                self.shuffled[i].get_or_init(|| {
                    self.sort_by(|e| (e.shuffle.get(i).map_or(i64::MAX, |k| i64::from(*k)), e.id))
                })
            }
            _ => self
                .newest
                .get_or_init(|| self.sort_by(|e| (-e.published, e.id))),
        }
    }

    fn sort_by(&self, key: impl Fn(&Entry) -> (i64, Uuid)) -> Vec<u32> {
        let mut keyed: Vec<((i64, Uuid), u32)> = self
            .all
            .iter()
            .filter_map(|slot| self.entry(slot).map(|e| (key(e), slot)))
            .collect();
        keyed.sort_unstable();
        keyed.into_iter().map(|(_, slot)| slot).collect()
    }

    /// The requested page of the matches, in order.
    fn page(
        &self,
        hits: &RoaringBitmap,
        title_matches: &[RoaringBitmap],
        q: &Query<'_>,
    ) -> Vec<Uuid> {
        let total = usize::try_from(hits.len()).unwrap_or(usize::MAX);
        let end = q.offset.saturating_add(q.limit).min(total);
        if q.offset >= end {
            return Vec::new();
        }
        let ranked = q.order == Order::Relevance && !q.terms.is_empty();
        if !ranked && hits.len() > WALK_ABOVE {
            // Many matches: walk the whole order, keeping the matches.
            return self
                .sorted(q.order)
                .iter()
                .filter(|slot| hits.contains(**slot))
                .skip(q.offset)
                .take(q.limit)
                .filter_map(|slot| self.entry(*slot).map(|e| e.id))
                .collect();
        }
        // (primary, secondary, id): smaller first.
        let mut keyed: Vec<(i64, i64, Uuid)> = hits
            .iter()
            .filter_map(|slot| {
                let e = self.entry(slot)?;
                Some(match q.order {
                    Order::Shuffle(seed) => {
                        let key = e.shuffle.get(usize::from(seed).wrapping_sub(1));
                        (key.map_or(i64::MAX, |k| i64::from(*k)), 0, e.id)
                    }
                    _ if ranked => {
                        let in_title =
                            title_matches.iter().filter(|t| t.contains(slot)).count() as i64;
                        (-in_title, -e.published, e.id)
                    }
                    _ => (-e.published, 0, e.id),
                })
            })
            .collect();
        if end < keyed.len() {
            keyed.select_nth_unstable(end);
            keyed.truncate(end);
        }
        keyed.sort_unstable();
        keyed.drain(q.offset..).map(|(_, _, id)| id).collect()
    }
}

/// Megabytes of public documents kept for result pages (by project and version).
const DOCUMENT_MB: u64 = 64;

/// A server's copy of the public projection and what keeps it current, and the public
/// documents of recent result pages.
#[derive(Debug)]
pub struct Projection {
    index: RwLock<Index>,
    /// One refresh at a time.
    refreshing: tokio::sync::Mutex<()>,
    /// Refreshes begun (each reads the table after it begins).
    begun: AtomicU64,
    /// The notifications are being heard and the copy was refreshed since they were.
    live: AtomicBool,
    /// The last version number drawn when the copy was last read (`db::public::last_version`).
    read_at: AtomicI64,
    /// Documents by (project, version): a new write has a new number, so an entry is
    /// never out of date for the copy that names its version.
    documents: moka::future::Cache<(Uuid, i64), Arc<PublicProject>>,
}

impl Default for Projection {
    fn default() -> Self {
        Self {
            index: RwLock::default(),
            refreshing: tokio::sync::Mutex::default(),
            begun: AtomicU64::default(),
            live: AtomicBool::default(),
            read_at: AtomicI64::default(),
            documents: moka::future::Cache::builder()
                .weigher(|_, doc: &Arc<PublicProject>| {
                    u32::try_from(document_bytes(doc)).unwrap_or(u32::MAX)
                })
                .max_capacity(DOCUMENT_MB * 1024 * 1024)
                .build(),
        }
    }
}

/// About what a document weighs in memory (its texts, and a share for the rest).
pub fn document_bytes(doc: &PublicProject) -> usize {
    let answers = &doc.answers;
    1024 + doc.title.len()
        + doc.description.len()
        + doc.community.len()
        + answers.why_made.len()
        + answers.difficulties.len()
        + answers.next_steps.len()
        + doc.category_names.iter().map(String::len).sum::<usize>()
        + doc.creators.len() * 64
        + doc.images.len() * 160
}

impl Projection {
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads the copy.
    pub fn read<T>(&self, f: impl FnOnce(&Index) -> T) -> T {
        f(&self.index.read().unwrap_or_else(PoisonError::into_inner))
    }

    /// Whether the copy is kept current by notifications (else each search refreshes).
    pub fn is_live(&self) -> bool {
        self.live.load(Ordering::Acquire)
    }

    pub fn set_live(&self, live: bool) {
        self.live.store(live, Ordering::Release);
    }

    /// Brings the copy up to date with everything committed before this call (a refresh
    /// that began after it was called, by anyone, is enough).
    #[tracing::instrument(skip_all)]
    pub async fn refresh(&self, pool: &PgPool) -> anyhow::Result<()> {
        let seen = self.begun.load(Ordering::Acquire);
        let _one = self.refreshing.lock().await;
        if self.begun.load(Ordering::Acquire) > seen {
            return Ok(());
        }
        self.begun.fetch_add(1, Ordering::AcqRel);
        let started = std::time::Instant::now();
        let mut conn = pool.acquire().await?;
        let read_at = db::public::last_version(&mut conn).await?;
        let versions = db::public::versions(&mut conn).await?;
        let (stale, gone) = self.read(|index| index.differences(&versions));
        if !gone.is_empty() {
            let mut index = self.index.write().unwrap_or_else(PoisonError::into_inner);
            for id in &gone {
                index.remove(*id);
            }
        }
        for chunk in stale.chunks(CHUNK) {
            let rows = db::public::search_rows(&mut conn, chunk).await?;
            let mut index = self.index.write().unwrap_or_else(PoisonError::into_inner);
            // Rows removed since the versions were listed are not returned: out as well.
            let returned: std::collections::HashSet<Uuid> =
                rows.iter().map(|r| r.project_id).collect();
            for id in chunk.iter().filter(|id| !returned.contains(id)) {
                index.remove(*id);
            }
            for row in rows {
                index.upsert(row);
            }
        }
        self.read_at.fetch_max(read_at, Ordering::AcqRel);
        let (changed, removed) = (stale.len(), gone.len());
        let elapsed_ms = started.elapsed().as_millis() as u64;
        if changed + removed >= CHUNK {
            let projects = self.read(Index::len);
            tracing::info!(
                changed,
                removed,
                projects,
                elapsed_ms,
                "search copy refreshed"
            );
        } else {
            tracing::debug!(changed, removed, elapsed_ms, "search copy refreshed");
        }
        Ok(())
    }

    /// The public documents of these projects, in this order (those no longer public
    /// left out): from memory when the copy holds the same version, else from the table.
    /// The caller has made the copy current (`ensure_current`), so a project removed
    /// since is not in it and is read from the table, which has it no more.
    pub async fn documents(
        &self,
        pool: &PgPool,
        ids: &[Uuid],
    ) -> anyhow::Result<Vec<PublicProject>> {
        let versions: Vec<Option<i64>> =
            self.read(|index| ids.iter().map(|id| index.version_of(*id)).collect());
        let mut found: HashMap<Uuid, Arc<PublicProject>> = HashMap::with_capacity(ids.len());
        let mut missing = Vec::new();
        for (id, version) in ids.iter().zip(versions) {
            let kept = match version {
                Some(v) => self.documents.get(&(*id, v)).await,
                None => None,
            };
            match kept {
                Some(doc) => {
                    found.insert(*id, doc);
                }
                None => missing.push(*id),
            }
        }
        if !missing.is_empty() {
            let mut conn = pool.acquire().await?;
            for (doc, version) in db::public::docs_with_versions(&mut conn, &missing).await? {
                let doc = Arc::new(doc);
                self.documents.insert((doc.id, version), doc.clone()).await;
                found.insert(doc.id, doc);
            }
        }
        Ok(ids
            .iter()
            .filter_map(|id| found.get(id).map(|doc| PublicProject::clone(doc)))
            .collect())
    }

    /// Refreshes when something may have changed since the copy was read (a write
    /// committed moments ago, whose notification is still on its way), and always while
    /// notifications are not heard.
    pub async fn ensure_current(&self, pool: &PgPool) -> anyhow::Result<()> {
        if self.is_live() {
            let mut conn = pool.acquire().await?;
            let last = db::public::last_version(&mut conn).await?;
            if last <= self.read_at.load(Ordering::Acquire) {
                return Ok(());
            }
        }
        self.refresh(pool).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::text;

    fn row(n: u128, title: &str, rest: &str, category: &str, countries: &[&str]) -> SearchRow {
        let title_tokens = text::document_tokens(title);
        let mut tokens = title_tokens.clone();
        tokens.extend(text::document_tokens(rest));
        tokens.sort();
        tokens.dedup();
        SearchRow {
            project_id: Uuid::from_u128(n),
            version: 1,
            published_at: chrono::DateTime::from_timestamp(1_700_000_000 + n as i64, 0)
                .unwrap_or_default(),
            event_slug: "showcase".into(),
            category: category.into(),
            language: "en".into(),
            countries: countries.iter().map(|c| (*c).to_owned()).collect(),
            age_mask: 2,
            has_award: n == 3,
            has_favourite: false,
            shuffle: vec![(100_000 - n as i64) as i32; 8],
            title_tokens,
            tokens,
        }
    }

    fn index() -> Index {
        let mut index = Index::default();
        index.upsert(row(1, "Robot arm", "moves boxes", "hardware", &["IE"]));
        index.upsert(row(
            2,
            "Garden game",
            "a robot waters plants",
            "games",
            &["JP"],
        ));
        index.upsert(row(
            3,
            "Weather station",
            "sensors",
            "hardware",
            &["IE", "GB"],
        ));
        index.upsert(row(4, "ロボットの家", "", "ai", &["JP"]));
        index
    }

    fn find(index: &Index, text: &str, filters: Filters<'_>, order: Order) -> Found {
        let terms = text::query_terms(text);
        index.search(&Query {
            terms: &terms,
            similar: &[],
            filters,
            order,
            offset: 0,
            limit: 10,
        })
    }

    fn ids(found: &Found) -> Vec<u128> {
        found.ids.iter().map(|id| id.as_u128()).collect()
    }

    #[test]
    fn words_match_themselves_and_longer_words_title_matches_first() {
        let index = index();
        let found = find(&index, "rob", Filters::default(), Order::Relevance);
        assert_eq!(
            ids(&found),
            vec![1, 2],
            "title match first, then the newest"
        );
        assert_eq!(found.total, 2);
        assert_eq!(
            ids(&find(
                &index,
                "ロボット",
                Filters::default(),
                Order::Relevance
            )),
            vec![4]
        );
        assert!(
            find(&index, "r", Filters::default(), Order::Relevance)
                .ids
                .is_empty()
        );
        assert_eq!(
            ids(&find(&index, "", Filters::default(), Order::Newest)),
            vec![4, 3, 2, 1]
        );
        assert_eq!(
            ids(&find(&index, "", Filters::default(), Order::Shuffle(1))),
            vec![4, 3, 2, 1]
        );
    }

    #[test]
    fn a_chosen_facet_counts_its_alternatives_the_others_count_the_matches() {
        let index = index();
        let filters = Filters {
            category: Some("hardware"),
            ..Filters::default()
        };
        let found = find(&index, "", filters, Order::Newest);
        assert_eq!(ids(&found), vec![3, 1]);
        assert_eq!(
            found.facets["category"]["games"], 1,
            "alternatives stay visible"
        );
        assert_eq!(found.facets["category"]["hardware"], 2);
        assert_eq!(found.facets["country"]["IE"], 2);
        assert_eq!(found.facets["country"]["GB"], 1);
        assert!(
            !found.facets["country"].contains_key("JP"),
            "counts the matches"
        );
        assert_eq!(found.facets["award"]["true"], 1);
        assert_eq!(found.facets["age"]["11-13"], 2);
        let unknown = Filters {
            category: Some("nothing-like-it"),
            ..Filters::default()
        };
        let found = find(&index, "", unknown, Order::Newest);
        assert_eq!(found.total, 0);
        assert_eq!(
            found.facets["category"].len(),
            3,
            "every category is an alternative"
        );
    }

    #[test]
    fn changes_replace_and_remove_and_differences_find_them() {
        let mut index = index();
        let mut changed = row(1, "Robot dog", "", "ai", &["FR"]);
        changed.version = 2;
        index.upsert(changed);
        index.remove(Uuid::from_u128(2));
        assert_eq!(index.len(), 3);
        assert!(
            find(&index, "arm", Filters::default(), Order::Relevance)
                .ids
                .is_empty()
        );
        assert_eq!(
            ids(&find(&index, "dog", Filters::default(), Order::Relevance)),
            vec![1]
        );
        assert!(
            find(&index, "garden", Filters::default(), Order::Relevance)
                .ids
                .is_empty()
        );
        let table = [
            (Uuid::from_u128(1), 3),
            (Uuid::from_u128(3), 1),
            (Uuid::from_u128(9), 1),
        ];
        let (stale, gone) = index.differences(&table);
        assert_eq!(stale, vec![Uuid::from_u128(1), Uuid::from_u128(9)]);
        assert_eq!(gone, vec![Uuid::from_u128(4)]);
        assert_eq!(
            index.unknown_words(&["garden".into(), "robot".into()]),
            vec!["garden".to_owned()]
        );
    }

    #[test]
    fn pages_follow_each_other_without_overlap() {
        let mut index = Index::default();
        for n in 1..=50 {
            index.upsert(row(n, "Robot", "", "ai", &["IE"]));
        }
        let terms = text::query_terms("robot");
        let page = |offset| {
            index
                .search(&Query {
                    terms: &terms,
                    similar: &[],
                    filters: Filters::default(),
                    order: Order::Relevance,
                    offset,
                    limit: 20,
                })
                .ids
        };
        let all: Vec<Uuid> = [page(0), page(20), page(40)].concat();
        assert_eq!(all.len(), 50);
        let expected: Vec<Uuid> = (1..=50).rev().map(Uuid::from_u128).collect();
        assert_eq!(all, expected);
        assert!(page(60).is_empty());
    }

    #[test]
    fn many_matches_page_by_walking_the_sorted_order_with_the_same_result() {
        let mut index = Index::default();
        let n = WALK_ABOVE as u128 + 500;
        for i in 1..=n {
            let category = if i % 3 == 0 { "games" } else { "ai" };
            index.upsert(row(i, "Robot", "", category, &["IE"]));
        }
        let page = |index: &Index, order, offset, category| {
            index
                .search(&Query {
                    terms: &[],
                    similar: &[],
                    filters: Filters {
                        category,
                        ..Filters::default()
                    },
                    order,
                    offset,
                    limit: 30,
                })
                .ids
        };
        // Newest first: the highest numbers (published last).
        let newest: Vec<Uuid> = (n - 59..=n - 30).rev().map(Uuid::from_u128).collect();
        assert_eq!(page(&index, Order::Newest, 30, None), newest, "walked");
        // Shuffle keys are 100 - n: the same order here, and the filter applies.
        let games: Vec<Uuid> = (1..=n)
            .rev()
            .filter(|i| i % 3 == 0)
            .skip(10)
            .take(30)
            .map(Uuid::from_u128)
            .collect();
        assert_eq!(
            page(&index, Order::Shuffle(2), 10, Some("games")),
            games,
            "sorted on their own"
        );
        // A change builds the order again.
        index.remove(Uuid::from_u128(n));
        assert_eq!(
            page(&index, Order::Newest, 0, None)[0],
            Uuid::from_u128(n - 1)
        );
    }
}
