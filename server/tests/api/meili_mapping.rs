//! `search::meili` against a fake Meilisearch: an HTTP server on port 0 that records every
//! request and answers like Meilisearch does. Checks what is sent (search parameters,
//! settings, documents that carry only public search fields) and how answers and failures
//! are read. Needs neither a real Meilisearch nor the database.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use actix_web::dev::ServerHandle;
use actix_web::http::StatusCode;
use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use chrono::{TimeZone, Utc};
use secrecy::SecretString;
use serde_json::{Value, json};
use showcase::domain::account::Country;
use showcase::domain::gallery::{
    AgeBracket, GalleryQuery, PublicAnswers, PublicAward, PublicCreator, PublicEvent,
    PublicFavourite, PublicImage, PublicProject, Sort, shuffle_keys,
};
use showcase::domain::{CategorySlug, EventSlug, LanguageTag};
use showcase::search::meili::{self, MeiliDocument, MeiliIndex};
use showcase::search::{SearchError, SearchIndex};
use uuid::Uuid;

const KEY: &str = "meili-test-key-4f1c9a7e2b";
const INDEX: &str = "projects";
const ENQUEUED_AT: &str = "2026-11-26T10:00:00Z";

/// One request as the fake received it.
#[derive(Debug, Clone)]
struct Recorded {
    method: String,
    path: String,
    query: String,
    body: Option<Value>,
    authorization: Option<String>,
}

/// How the fake answers.
#[derive(Debug, Clone)]
enum Behaviour {
    /// Like Meilisearch: tasks succeed.
    Normal,
    /// Like Meilisearch, but every task fails.
    FailTasks,
    /// Every request gets this status and raw body.
    Status(u16, String),
    /// Answers normally after this delay.
    Slow(Duration),
}

struct Shared {
    behaviour: Behaviour,
    index_exists: bool,
    /// Document ids the listing returns.
    stored_ids: Vec<String>,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    requests: Vec<Recorded>,
    /// Enqueued tasks (uid = position + 1): type and details.
    tasks: Vec<(&'static str, Value)>,
}

/// A fake Meilisearch; stops when dropped.
struct Fake {
    url: String,
    shared: Arc<Shared>,
    handle: ServerHandle,
}

impl Drop for Fake {
    fn drop(&mut self) {
        // The stop command is sent at once; its completion is not awaited.
        let _stopping = self.handle.stop(false);
    }
}

impl Fake {
    async fn start(behaviour: Behaviour) -> Fake {
        Fake::start_with(behaviour, true, Vec::new()).await
    }

    async fn start_with(behaviour: Behaviour, index_exists: bool, stored_ids: Vec<String>) -> Fake {
        let shared = Arc::new(Shared {
            behaviour,
            index_exists,
            stored_ids,
            state: Mutex::new(State::default()),
        });
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind the fake");
        let port = listener.local_addr().expect("fake address").port();
        let data = web::Data::from(shared.clone());
        let server = HttpServer::new(move || {
            App::new()
                .app_data(data.clone())
                .default_service(web::to(answer))
        })
        .workers(1)
        .disable_signals()
        .listen(listener)
        .expect("listen")
        .run();
        let handle = server.handle();
        tokio::spawn(server);
        Fake {
            url: format!("http://127.0.0.1:{port}"),
            shared,
            handle,
        }
    }

    fn index(&self) -> MeiliIndex {
        let key = SecretString::from(KEY);
        MeiliIndex::new(&self.url, Some(&key), INDEX).expect("meili index")
    }

    fn requests(&self) -> Vec<Recorded> {
        self.shared
            .state
            .lock()
            .expect("fake state")
            .requests
            .clone()
    }

    /// The requests, as `METHOD /path`.
    fn calls(&self) -> Vec<String> {
        self.requests()
            .iter()
            .map(|r| format!("{} {}", r.method, r.path))
            .collect()
    }

    /// The only request to `method path`.
    fn one(&self, method: &str, path: &str) -> Recorded {
        let found: Vec<Recorded> = self
            .requests()
            .into_iter()
            .filter(|r| r.method == method && r.path == path)
            .collect();
        assert_eq!(found.len(), 1, "{method} {path} in {:?}", self.calls());
        found.into_iter().next().expect("one request")
    }
}

fn meili_error(message: &str, code: &str, kind: &str) -> Value {
    json!({
        "message": message,
        "code": code,
        "type": kind,
        "link": format!("https://docs.meilisearch.com/errors#{code}"),
    })
}

fn enqueue(state: &mut State, index: &str, kind: &'static str, details: Value) -> (u16, Value) {
    state.tasks.push((kind, details));
    let uid = state.tasks.len();
    (
        202,
        json!({
            "taskUid": uid,
            "indexUid": index,
            "status": "enqueued",
            "type": kind,
            "enqueuedAt": ENQUEUED_AT,
        }),
    )
}

fn task(state: &State, uid: &str, fail: bool) -> (u16, Value) {
    let found = uid
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| state.tasks.get(i));
    let Some((kind, details)) = found else {
        return (
            404,
            meili_error("Task not found.", "task_not_found", "invalid_request"),
        );
    };
    let error = if fail {
        meili_error(
            "Index `projects`: the document could not be indexed.",
            "invalid_document_fields",
            "invalid_request",
        )
    } else {
        Value::Null
    };
    (
        200,
        json!({
            "uid": uid.parse::<u64>().unwrap_or(0),
            "batchUid": 0,
            "indexUid": INDEX,
            "status": if fail { "failed" } else { "succeeded" },
            "type": kind,
            "canceledBy": null,
            "details": details,
            "error": error,
            "duration": "PT0.012S",
            "enqueuedAt": ENQUEUED_AT,
            "startedAt": "2026-11-26T10:00:00.010Z",
            "finishedAt": "2026-11-26T10:00:00.022Z",
        }),
    )
}

fn search_answer(body: Option<&Value>) -> (u16, Value) {
    let page = body.and_then(|b| b["page"].as_u64()).unwrap_or(1);
    let per_page = body.and_then(|b| b["hitsPerPage"].as_u64()).unwrap_or(20);
    let q = body.and_then(|b| b["q"].as_str()).unwrap_or("");
    (
        200,
        json!({
            "hits": [
                { "id": "00000000-0000-0000-0000-00000000000c" },
                { "id": "00000000-0000-0000-0000-00000000000a" },
                { "id": "00000000-0000-0000-0000-00000000000b" },
            ],
            "query": q,
            "processingTimeMs": 1,
            "hitsPerPage": per_page,
            "page": page,
            "totalPages": 4,
            "totalHits": 42,
            "facetDistribution": {
                "category": { "games": 30, "web": 12, "ai": 0 },
                "countries": { "JP": 25, "TR": 20 },
                "language": { "ja": 24, "tr": 18 },
                "age": { "11-13": 30, "14-16": 15 },
                "event": { "showcase-2026": 42 },
                "award": { "true": 5, "false": 37 },
                "favourite": { "false": 42 },
            },
            "facetStats": {},
        }),
    )
}

fn listing(shared: &Shared, query: &str) -> (u16, Value) {
    let params: HashMap<String, String> = serde_urlencoded::from_str(query).unwrap_or_default();
    let offset: usize = params
        .get("offset")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let limit: usize = params
        .get("limit")
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let results: Vec<Value> = shared
        .stored_ids
        .iter()
        .skip(offset)
        .take(limit)
        .map(|id| json!({ "id": id }))
        .collect();
    (
        200,
        json!({
            "results": results,
            "offset": offset,
            "limit": limit,
            "total": shared.stored_ids.len(),
        }),
    )
}

/// Meilisearch's answer to a request.
fn reply(shared: &Shared, state: &mut State, r: &Recorded) -> (u16, Value) {
    let fail = matches!(shared.behaviour, Behaviour::FailTasks);
    let index_path = format!("/indexes/{INDEX}");
    let count = r
        .body
        .as_ref()
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    match (r.method.as_str(), r.path.as_str()) {
        ("GET", p) if p.starts_with("/tasks/") => task(state, &p["/tasks/".len()..], fail),
        ("GET", p) if p == index_path && shared.index_exists => (
            200,
            json!({
                "uid": INDEX,
                "primaryKey": "id",
                "createdAt": ENQUEUED_AT,
                "updatedAt": ENQUEUED_AT,
            }),
        ),
        ("GET", p) if p == index_path => (
            404,
            meili_error(
                "Index `projects` not found.",
                "index_not_found",
                "invalid_request",
            ),
        ),
        ("POST", "/indexes") => {
            let uid = r
                .body
                .as_ref()
                .and_then(|b| b["uid"].as_str())
                .unwrap_or("")
                .to_owned();
            enqueue(state, &uid, "indexCreation", json!({ "primaryKey": "id" }))
        }
        ("PATCH", p) if p == format!("{index_path}/settings") => enqueue(
            state,
            INDEX,
            "settingsUpdate",
            json!({ "pagination": { "maxTotalHits": 100000 } }),
        ),
        ("POST", p) if p == format!("{index_path}/search") => search_answer(r.body.as_ref()),
        ("POST", p) if p == format!("{index_path}/documents") => enqueue(
            state,
            INDEX,
            "documentAdditionOrUpdate",
            json!({ "receivedDocuments": count, "indexedDocuments": null }),
        ),
        ("POST", p) if p == format!("{index_path}/documents/delete-batch") => enqueue(
            state,
            INDEX,
            "documentDeletion",
            json!({ "providedIds": count, "deletedDocuments": null, "originalFilter": null }),
        ),
        ("GET", p) if p == format!("{index_path}/documents") => listing(shared, &r.query),
        _ => (
            404,
            meili_error("Not found.", "not_found", "invalid_request"),
        ),
    }
}

async fn answer(req: HttpRequest, body: web::Bytes, shared: web::Data<Shared>) -> HttpResponse {
    let recorded = Recorded {
        method: req.method().to_string(),
        path: req.path().to_owned(),
        query: req.query_string().to_owned(),
        body: serde_json::from_slice(&body).ok(),
        authorization: req
            .headers()
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned),
    };
    let (status, body) = {
        let mut state = shared.state.lock().expect("fake state");
        state.requests.push(recorded.clone());
        match &shared.behaviour {
            Behaviour::Status(status, body) => (*status, body.clone()),
            _ => {
                let (status, value) = reply(&shared, &mut state, &recorded);
                (status, value.to_string())
            }
        }
    };
    if let Behaviour::Slow(delay) = shared.behaviour {
        tokio::time::sleep(delay).await;
    }
    let status = StatusCode::from_u16(status).expect("status code");
    HttpResponse::build(status)
        .content_type("application/json")
        .body(body)
}

fn query(text: &str, sort: Sort, seed: u8) -> GalleryQuery {
    GalleryQuery {
        text: text.to_owned(),
        category: None,
        country: None,
        language: None,
        age: None,
        event: None,
        award: false,
        favourite: false,
        sort,
        seed,
        page: 1,
        per_page: 24,
    }
}

/// A published project whose every field holds a recognisable value: those the index may
/// hold, and "LEAK" ones it must never receive.
fn project(n: u128) -> PublicProject {
    PublicProject {
        id: Uuid::from_u128(n),
        event: PublicEvent {
            slug: "showcase-2026".into(),
            name: "LEAK-event-name".into(),
        },
        title: format!("Title canary {n}"),
        description: "Description canary".into(),
        category: "games".into(),
        category_names: vec!["Games".into(), "ゲーム".into()],
        language: "ja".into(),
        answers: PublicAnswers {
            why_made: "Why-made canary".into(),
            difficulties: "Difficulties canary".into(),
            next_steps: "Next-steps canary".into(),
        },
        community: "Community canary".into(),
        sdgs: vec![4, 13],
        project_url: Some("https://projects.example.invalid/LEAK-project-url".into()),
        video_url: Some("https://video.example.invalid/LEAK-video-url".into()),
        creators: vec![
            PublicCreator {
                display_name: "Creator canary one".into(),
                country: "JP".into(),
                age_bracket: AgeBracket::From11To13,
            },
            PublicCreator {
                display_name: "Creator canary two".into(),
                country: "TR".into(),
                age_bracket: AgeBracket::UpTo10,
            },
            PublicCreator {
                display_name: "Creator canary three".into(),
                country: "JP".into(),
                age_bracket: AgeBracket::From11To13,
            },
        ],
        images: vec![PublicImage {
            id: Uuid::from_u128(0xFEED),
            alt: "LEAK-image-alt".into(),
            width: 640,
            height: 480,
        }],
        favourites: vec![PublicFavourite {
            judge: "LEAK-judge-name".into(),
            quote: "LEAK-judge-quote".into(),
        }],
        awards: vec![PublicAward {
            kind: "LEAK-award-kind".into(),
            citation: "LEAK-award-citation".into(),
        }],
        published_at: Utc
            .with_ymd_and_hms(2026, 11, 20, 9, 30, 15)
            .single()
            .expect("a date"),
    }
}

const DOCUMENT_KEYS: [&str; 25] = [
    "id",
    "title",
    "creators",
    "description",
    "why_made",
    "difficulties",
    "next_steps",
    "community",
    "category",
    "category_names",
    "language",
    "countries",
    "age",
    "event",
    "award",
    "favourite",
    "published_at",
    "shuffle_1",
    "shuffle_2",
    "shuffle_3",
    "shuffle_4",
    "shuffle_5",
    "shuffle_6",
    "shuffle_7",
    "shuffle_8",
];

fn unavailable(result: Result<impl std::fmt::Debug, SearchError>, what: &str) -> String {
    match result {
        Err(SearchError::Unavailable(msg)) => msg,
        other => panic!("{what}: expected Unavailable, got {other:?}"),
    }
}

#[tokio::test]
async fn search_sends_the_filters_facets_sort_and_page_with_the_key() {
    let fake = Fake::start(Behaviour::Normal).await;
    let index = fake.index();
    assert_eq!(index.name(), "meilisearch");

    // The query goes out normalized as PostgreSQL's search reads it ("RÖBOT" as "robot").
    let mut q = query("RÖBOT", Sort::Shuffle, 3);
    q.category = Some(CategorySlug::parse("games").expect("category"));
    q.country = Some(Country::parse("JP").expect("country"));
    q.age = Some(AgeBracket::From11To13);
    q.award = true;
    q.page = 2;
    q.per_page = 12;
    index.search(&q).await.expect("shuffled search");

    let mut newest = query("", Sort::Newest, 1);
    newest.language = Some(LanguageTag::parse("ja").expect("language"));
    newest.event = Some(EventSlug::parse("showcase-2026").expect("event"));
    newest.favourite = true;
    index.search(&newest).await.expect("newest search");

    index
        .search(&query("robot", Sort::Relevance, 1))
        .await
        .expect("relevance search");

    let all_searches: Vec<Recorded> = fake
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST" && r.path == "/indexes/projects/search")
        .collect();
    // Facet-only searches (no hits) give each filtered facet its disjunctive counts.
    let (facet_only, searches): (Vec<Recorded>, Vec<Recorded>) = all_searches
        .into_iter()
        .partition(|r| r.body.as_ref().is_some_and(|b| b["hitsPerPage"] == 0));
    assert_eq!(searches.len(), 3, "{:?}", fake.calls());
    assert_eq!(
        facet_only.len(),
        4 + 3,
        "one per filtered facet: {:?}",
        fake.calls()
    );
    let category_counts = facet_only
        .iter()
        .filter_map(|r| r.body.as_ref())
        .find(|b| b["facets"] == json!(["category"]))
        .expect("the category facet's own search");
    assert_eq!(
        category_counts,
        &json!({
            "q": "robot",
            "filter": ["countries = \"JP\"", "age = \"11-13\"", "award = true"],
            "facets": ["category"],
            "page": 1,
            "hitsPerPage": 0,
            "attributesToRetrieve": ["id"],
        }),
        "every filter but its own"
    );
    let facets = json!([
        "category",
        "countries",
        "language",
        "age",
        "event",
        "award",
        "favourite"
    ]);
    assert_eq!(
        searches[0].body,
        Some(json!({
            "q": "robot",
            "filter": [
                "category = \"games\"",
                "countries = \"JP\"",
                "age = \"11-13\"",
                "award = true",
            ],
            "facets": facets,
            "sort": ["shuffle_3:asc"],
            "page": 2,
            "hitsPerPage": 12,
            "attributesToRetrieve": ["id"],
        }))
    );
    // No text: no `q` at all.
    assert_eq!(
        searches[1].body,
        Some(json!({
            "filter": [
                "language = \"ja\"",
                "event = \"showcase-2026\"",
                "favourite = true",
            ],
            "facets": facets,
            "sort": ["published_at:desc"],
            "page": 1,
            "hitsPerPage": 24,
            "attributesToRetrieve": ["id"],
        }))
    );
    // Relevance: no sort; no filters: no filter.
    assert_eq!(
        searches[2].body,
        Some(json!({
            "q": "robot",
            "facets": facets,
            "page": 1,
            "hitsPerPage": 24,
            "attributesToRetrieve": ["id"],
        }))
    );
    for r in &searches {
        assert_eq!(
            r.authorization.as_deref(),
            Some(format!("Bearer {KEY}").as_str())
        );
        assert_eq!(r.query, "");
    }
}

#[tokio::test]
async fn search_answers_map_to_ids_total_and_gallery_facets() {
    let fake = Fake::start(Behaviour::Normal).await;
    let hits = fake
        .index()
        .search(&query("robot", Sort::Relevance, 1))
        .await
        .expect("search");

    assert_eq!(
        hits.ids,
        vec![
            Uuid::from_u128(12),
            Uuid::from_u128(10),
            Uuid::from_u128(11)
        ]
    );
    assert_eq!(hits.total, 42);
    let counts = |pairs: &[(&str, u64)]| -> BTreeMap<String, u64> {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect()
    };
    let expected: BTreeMap<String, BTreeMap<String, u64>> = [
        ("category", counts(&[("games", 30), ("web", 12)])),
        ("country", counts(&[("JP", 25), ("TR", 20)])),
        ("language", counts(&[("ja", 24), ("tr", 18)])),
        ("age", counts(&[("11-13", 30), ("14-16", 15)])),
        ("event", counts(&[("showcase-2026", 42)])),
        ("award", counts(&[("true", 5)])),
        ("favourite", counts(&[])),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    assert_eq!(hits.facets, expected);
    let names: Vec<&str> = hits.facets.keys().map(String::as_str).collect();
    let mut gallery: Vec<&str> = showcase::search::FACETS.to_vec();
    gallery.sort_unstable();
    assert_eq!(
        names, gallery,
        "every gallery facet, under its gallery name"
    );
}

#[tokio::test]
async fn configure_creates_the_index_applies_the_settings_and_waits() {
    let fake = Fake::start_with(Behaviour::Normal, false, Vec::new()).await;
    fake.index().configure().await.expect("configure");

    let calls = fake.calls();
    let position = |call: &str| {
        calls
            .iter()
            .position(|c| c == call)
            .unwrap_or_else(|| panic!("{call} missing from {calls:?}"))
    };
    assert_eq!(calls[0], "GET /indexes/projects");
    assert!(position("POST /indexes") < position("GET /tasks/1"));
    assert!(position("GET /tasks/1") < position("PATCH /indexes/projects/settings"));
    assert!(position("PATCH /indexes/projects/settings") < position("GET /tasks/2"));
    assert_eq!(
        fake.one("POST", "/indexes").body,
        Some(json!({ "uid": "projects", "primaryKey": "id" }))
    );

    let settings = fake
        .one("PATCH", "/indexes/projects/settings")
        .body
        .expect("settings body");
    assert_eq!(
        settings["searchableAttributes"],
        json!([
            "title",
            "category_names",
            "creators",
            "description",
            "why_made",
            "difficulties",
            "next_steps",
            "community"
        ])
    );
    assert_eq!(
        settings["filterableAttributes"],
        json!([
            "category",
            "language",
            "countries",
            "age",
            "event",
            "award",
            "favourite"
        ])
    );
    assert_eq!(
        settings["sortableAttributes"],
        json!([
            "published_at",
            "shuffle_1",
            "shuffle_2",
            "shuffle_3",
            "shuffle_4",
            "shuffle_5",
            "shuffle_6",
            "shuffle_7",
            "shuffle_8"
        ])
    );
    assert_eq!(settings["typoTolerance"]["enabled"], json!(true));
    assert_eq!(
        settings["typoTolerance"]["minWordSizeForTypos"],
        json!({ "oneTypo": 4, "twoTypos": 8 })
    );
    assert_eq!(settings["faceting"]["maxValuesPerFacet"], json!(500));
    assert_eq!(settings["pagination"], json!({ "maxTotalHits": 100000 }));
    assert_eq!(settings["rankingRules"][0], json!("sort"));
    for r in fake.requests() {
        assert_eq!(
            r.authorization.as_deref(),
            Some(format!("Bearer {KEY}").as_str())
        );
    }
}

#[tokio::test]
async fn configure_leaves_an_existing_index_and_reports_a_failed_task() {
    let fake = Fake::start(Behaviour::Normal).await;
    fake.index().configure().await.expect("configure");
    let calls = fake.calls();
    assert!(!calls.contains(&"POST /indexes".to_owned()), "{calls:?}");
    assert!(calls.contains(&"PATCH /indexes/projects/settings".to_owned()));
    assert!(calls.contains(&"GET /tasks/1".to_owned()));

    let failing = Fake::start(Behaviour::FailTasks).await;
    match failing.index().configure().await {
        Err(SearchError::Other(e)) => assert!(e.to_string().contains("failed"), "{e}"),
        other => panic!("a failed settings task: {other:?}"),
    }
}

#[tokio::test]
async fn upsert_sends_only_public_search_fields() {
    let fake = Fake::start(Behaviour::Normal).await;
    let docs = vec![project(1), project(2)];
    fake.index().upsert(&docs, true).await.expect("upsert");

    let sent = fake.one("POST", "/indexes/projects/documents");
    assert_eq!(sent.query, "primaryKey=id");
    let body = sent.body.expect("documents");
    let sent_docs = body.as_array().expect("an array of documents");
    assert_eq!(sent_docs.len(), 2);
    let allowed: BTreeSet<&str> = DOCUMENT_KEYS.into_iter().collect();
    for (doc, p) in sent_docs.iter().zip(&docs) {
        let keys: BTreeSet<&str> = doc
            .as_object()
            .expect("a document object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, allowed);
        let shuffle = shuffle_keys(p.id);
        let mut expected = json!({
            "id": p.id.to_string(),
            // Searched text normalized as PostgreSQL's search reads it.
            "title": p.title.to_lowercase(),
            "creators": ["creator canary one", "creator canary two", "creator canary three"],
            "description": "description canary",
            "why_made": "why-made canary",
            "difficulties": "difficulties canary",
            "next_steps": "next-steps canary",
            "community": "community canary",
            "category": "games",
            "category_names": ["games", "げーむ"],
            "language": "ja",
            "countries": ["JP", "TR"],
            "age": ["up-to-10", "11-13"],
            "event": "showcase-2026",
            "award": true,
            "favourite": true,
            "published_at": p.published_at.timestamp(),
        });
        for (i, key) in shuffle.iter().enumerate() {
            expected[format!("shuffle_{}", i + 1)] = json!(key);
        }
        assert_eq!(doc, &expected);
        // The library's document is what was sent, and reads back.
        let built: MeiliDocument = meili::document(p);
        assert_eq!(serde_json::to_value(&built).expect("serialize"), expected);
        let back: MeiliDocument = serde_json::from_value(expected).expect("deserialize");
        assert_eq!(back, built);
    }
    let text = body.to_string();
    for leak in [
        "LEAK",
        "http",
        "000000000feed",
        "sdgs",
        "images",
        "2026-11-20",
        "video",
        "url",
    ] {
        assert!(!text.contains(leak), "{leak} sent to Meilisearch: {text}");
    }
    assert_eq!(
        sent.authorization.as_deref(),
        Some(format!("Bearer {KEY}").as_str())
    );
    assert!(fake.calls().contains(&"GET /tasks/1".to_owned()), "waited");

    // No awards, no favourites: false, not absent.
    let mut plain = project(3);
    plain.awards.clear();
    plain.favourites.clear();
    let doc = serde_json::to_value(meili::document(&plain)).expect("serialize");
    assert_eq!(
        (&doc["award"], &doc["favourite"]),
        (&json!(false), &json!(false))
    );
}

#[tokio::test]
async fn upsert_and_remove_wait_only_when_asked_and_report_failed_tasks() {
    let fake = Fake::start(Behaviour::Normal).await;
    let index = fake.index();
    index.upsert(&[project(1)], false).await.expect("upsert");
    index
        .remove(&[Uuid::from_u128(1), Uuid::from_u128(2)], false)
        .await
        .expect("remove");
    index.upsert(&[], true).await.expect("nothing to upsert");
    index.remove(&[], true).await.expect("nothing to remove");
    assert_eq!(
        fake.calls(),
        vec![
            "POST /indexes/projects/documents",
            "POST /indexes/projects/documents/delete-batch",
        ]
    );
    assert_eq!(
        fake.one("POST", "/indexes/projects/documents/delete-batch")
            .body,
        Some(json!([
            "00000000-0000-0000-0000-000000000001",
            "00000000-0000-0000-0000-000000000002"
        ]))
    );

    let failing = Fake::start(Behaviour::FailTasks).await;
    let index = failing.index();
    match index.upsert(&[project(1)], true).await {
        Err(SearchError::Other(e)) => {
            assert!(e.to_string().contains("invalid_document_fields"), "{e}")
        }
        other => panic!("a failed document task: {other:?}"),
    }
    match index.remove(&[Uuid::from_u128(1)], true).await {
        Err(SearchError::Other(_)) => {}
        other => panic!("a failed deletion task: {other:?}"),
    }
}

#[tokio::test]
async fn ids_pages_through_the_documents_fetching_only_ids() {
    let mut stored: Vec<String> = (1..=1500u128)
        .map(|n| Uuid::from_u128(n).to_string())
        .collect();
    stored.push("not-a-uuid".to_owned());
    let fake = Fake::start_with(Behaviour::Normal, true, stored).await;
    let ids = fake.index().ids().await.expect("ids");
    assert_eq!(ids.len(), 1500);
    assert_eq!(ids[0], Uuid::from_u128(1));
    assert_eq!(ids[1499], Uuid::from_u128(1500));

    let listings: Vec<HashMap<String, String>> = fake
        .requests()
        .iter()
        .filter(|r| r.method == "GET" && r.path == "/indexes/projects/documents")
        .map(|r| serde_urlencoded::from_str(&r.query).expect("query"))
        .collect();
    assert_eq!(listings.len(), 2);
    for (listing, offset) in listings.iter().zip(["0", "1000"]) {
        assert_eq!(listing.get("fields").map(String::as_str), Some("id"));
        assert_eq!(listing.get("limit").map(String::as_str), Some("1000"));
        assert_eq!(listing.get("offset").map(String::as_str), Some(offset));
    }
}

#[tokio::test]
async fn server_trouble_is_unavailable_and_refusals_are_other() {
    let q = query("robot", Sort::Relevance, 1);

    let plain_503 = Fake::start(Behaviour::Status(503, "Service Unavailable".into())).await;
    let msg = unavailable(plain_503.index().search(&q).await, "plain 503");
    assert!(msg.contains("503"), "{msg}");

    let busy = meili_error(
        "Too many search requests running at the same time: 0. Retry after 10s.",
        "too_many_search_requests",
        "system",
    );
    let meili_503 = Fake::start(Behaviour::Status(503, busy.to_string())).await;
    unavailable(meili_503.index().search(&q).await, "Meilisearch 503");

    let internal = meili_error("Internal error.", "internal", "internal");
    let meili_500 = Fake::start(Behaviour::Status(500, internal.to_string())).await;
    unavailable(meili_500.index().search(&q).await, "Meilisearch 500");
    unavailable(
        meili_500.index().upsert(&[project(1)], true).await,
        "500 on upsert",
    );

    let limited = Fake::start(Behaviour::Status(429, "Too Many Requests".into())).await;
    unavailable(limited.index().search(&q).await, "429");

    // Nothing listens on a port just freed.
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("address").port()
    };
    let key = SecretString::from(KEY);
    let gone = MeiliIndex::new(&format!("http://127.0.0.1:{port}"), Some(&key), INDEX)
        .expect("no I/O in new");
    let msg = unavailable(gone.search(&q).await, "unreachable");
    assert!(!msg.contains(KEY), "{msg}");
    unavailable(gone.configure().await, "unreachable configure");
    unavailable(gone.ids().await, "unreachable ids");

    // No answer in time.
    let slow = Fake::start(Behaviour::Slow(Duration::from_secs(3))).await;
    let impatient = slow
        .index()
        .with_timeouts(Duration::from_millis(200), Duration::from_millis(500));
    unavailable(impatient.search(&q).await, "timeout");

    // A refused request.
    let bad_filter = meili_error(
        "Attribute `secret` is not filterable.",
        "invalid_search_filter",
        "invalid_request",
    );
    let refused = Fake::start(Behaviour::Status(400, bad_filter.to_string())).await;
    match refused.index().search(&q).await {
        Err(SearchError::Other(e)) => {
            let text = format!("{e:#} {e:?}");
            assert!(text.contains("invalid_search_filter"), "{text}");
            assert!(!text.contains(KEY), "{text}");
        }
        other => panic!("400: expected Other, got {other:?}"),
    }
    let wrong_key = meili_error(
        "The provided API key is invalid.",
        "invalid_api_key",
        "auth",
    );
    let forbidden = Fake::start(Behaviour::Status(403, wrong_key.to_string())).await;
    assert!(matches!(
        forbidden.index().search(&q).await,
        Err(SearchError::Other(_))
    ));
}

#[tokio::test]
async fn settings_are_checked_without_network_and_the_key_stays_hidden() {
    let key = SecretString::from(format!("  {KEY}\n"));
    let index = MeiliIndex::new("http://127.0.0.1:7700/", Some(&key), "projects").expect("valid");
    assert_eq!(index.index_uid(), "projects");
    assert!(!format!("{index:?}").contains(KEY));

    for url in [
        "",
        "not a url",
        "ftp://127.0.0.1:7700",
        "http://127.0.0.1:7700/?a=b",
    ] {
        assert!(MeiliIndex::new(url, None, "projects").is_err(), "{url}");
    }
    for name in ["", "pro/jects", "projects?x", "pro jects"] {
        assert!(
            MeiliIndex::new("http://127.0.0.1:7700", None, name).is_err(),
            "{name}"
        );
    }
    let bad_key = SecretString::from("line\nbreak");
    match MeiliIndex::new("http://127.0.0.1:7700", Some(&bad_key), "projects") {
        Err(e) => assert!(!e.to_string().contains("break"), "{e}"),
        Ok(_) => panic!("a key that cannot be a header value"),
    }

    // A key read with its newline is sent trimmed.
    let fake = Fake::start(Behaviour::Normal).await;
    let index = MeiliIndex::new(&fake.url, Some(&key), INDEX).expect("index");
    index
        .search(&query("", Sort::Shuffle, 1))
        .await
        .expect("search");
    assert_eq!(
        fake.one("POST", "/indexes/projects/search")
            .authorization
            .as_deref(),
        Some(format!("Bearer {KEY}").as_str())
    );
    // Without a key, no Authorization header.
    let open = MeiliIndex::new(&fake.url, None, INDEX).expect("index");
    open.search(&query("", Sort::Shuffle, 1))
        .await
        .expect("search");
    let last = fake.requests().pop().expect("a request");
    assert_eq!(last.authorization, None);
}

#[tokio::test]
async fn a_sync_waits_until_meilisearch_has_the_change_then_tells_every_cache() {
    // A published project in a real database; Meilisearch is the fake.
    let fake = Fake::start(Behaviour::Normal).await;
    let app = crate::helpers::spawn_app().await;
    app.seed_demo().await;
    app.drain_jobs().await;
    let project: Uuid = sqlx::query_scalar("SELECT project_id FROM public_projects LIMIT 1")
        .fetch_one(&app.pool)
        .await
        .expect("a published project");
    let db_url = crate::helpers::database_url(&crate::helpers::base_database_url(), &app.db_name);
    let settings = crate::helpers::test_settings(
        &db_url,
        app.data_dir.path(),
        &[
            ("SHOWCASE_MEILI_URL", fake.url.as_str()),
            ("SHOWCASE_MEILI_KEY", KEY),
        ],
    );
    let search = showcase::search::Search::new(app.pool.clone(), &settings.search).expect("search");
    let mut listener = sqlx::postgres::PgListener::connect_with(&app.pool)
        .await
        .expect("listener");
    listener
        .listen(showcase::db::public::CHANNEL)
        .await
        .expect("listen");

    search.sync_project(project).await.expect("sync");

    // The document was pushed and its task waited for before anyone was told.
    let calls = fake.calls();
    let pushed = calls
        .iter()
        .position(|c| c == "POST /indexes/projects/documents")
        .unwrap_or_else(|| panic!("no document push in {calls:?}"));
    assert!(
        calls[pushed..].iter().any(|c| c.starts_with("GET /tasks/")),
        "the push's task was waited for: {calls:?}"
    );
    // Then the caches hear that the answer changed (pages refilled from the index while
    // it was catching up are dropped).
    let note = tokio::time::timeout(Duration::from_secs(5), listener.recv())
        .await
        .expect("a gallery_changed notification after the sync")
        .expect("notification");
    assert_eq!(note.channel(), showcase::db::public::CHANNEL);
}
