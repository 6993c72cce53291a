//! The public gallery: the search contract every backend must keep (PostgreSQL always,
//! Meilisearch when SHOWCASE_MEILI_URL is set), the pages, the public JSON API with its
//! OpenAPI document, CORS and entity tags, and caching that never outlives a withdrawal.

use std::collections::{BTreeSet, HashSet};

use chrono::{Duration, Utc};
use showcase::db;
use showcase::db::users::NewCreator;
use showcase::domain::account::{BirthMonth, Country, DisplayName, PersonName, Role};
use showcase::domain::gallery::{GalleryQuery, RawGalleryQuery};
use showcase::domain::project::ProjectFields;
use showcase::domain::revision::Decision;
use showcase::operations::{self, consent::Grants};
use showcase::search::SearchIndex;
use uuid::Uuid;

use crate::helpers::{TestApp, open_event, spawn_app};

/// One project to create: title, category, language, country and whether it is public.
struct Spec {
    title: &'static str,
    description: &'static str,
    category: &'static str,
    language: &'static str,
    country: &'static str,
    name: &'static str,
    /// Consent given (else it stays unpublished though approved).
    consent: bool,
}

fn spec(
    title: &'static str,
    category: &'static str,
    language: &'static str,
    country: &'static str,
) -> Spec {
    Spec {
        title,
        description: "A project made at a code club.",
        category,
        language,
        country,
        name: "Ada",
        consent: true,
    }
}

/// A gallery world: an open event, an adult managing child profiles, a moderator.
struct World {
    app: TestApp,
    event: Uuid,
    adult: Uuid,
    moderator: Uuid,
    made: usize,
}

impl World {
    async fn new() -> Self {
        Self::with(&[]).await
    }

    async fn with(extra: &[(&str, &str)]) -> Self {
        let app = crate::helpers::spawn_app_with(extra).await;
        let event = open_event(&app, "Europe/Dublin", Duration::days(20)).await;
        sqlx::query("UPDATE events SET content_languages = array_append(content_languages, 'uk')")
            .execute(&app.pool)
            .await
            .expect("languages");
        let adult = app.create_user("mentor@example.org", &[Role::Adult]).await;
        let moderator = app
            .create_user("moderator@example.org", &[Role::Organizer])
            .await;
        World {
            app,
            event,
            adult,
            moderator,
            made: 0,
        }
    }

    /// Creates a submitted, approved project for a ten-year-old (who needs consent)
    /// through the same operations as the app, one transaction per step; returns its id.
    async fn project(&mut self, s: &Spec) -> Uuid {
        self.made += 1;
        let ops = self.app.ops();
        let adult = self.app.actor(self.adult, &[Role::Adult]);
        let moderator = self.app.actor(self.moderator, &[Role::Organizer]);
        let today = Utc::now().date_naive();
        let creator = operations::accounts::add_child(
            &ops,
            &adult,
            &NewCreator {
                first_name: PersonName::parse(s.name).expect("name"),
                surname: PersonName::parse("Privatesurname").expect("surname"),
                display_name: DisplayName::parse(s.name).expect("display"),
                birth: BirthMonth::parse(
                    &(today.format("%Y").to_string().parse::<i32>().expect("year") - 10)
                        .to_string(),
                    "1",
                    today,
                )
                .expect("birth"),
                country: Country::parse(s.country).expect("country"),
                gender: None,
            },
        )
        .await
        .expect("creator");
        let project = operations::projects::create_draft(&ops, &adult, self.event, creator)
            .await
            .expect("draft");
        let fields = ProjectFields {
            title: s.title.into(),
            short_description: s.description.into(),
            category: s.category.into(),
            language: s.language.into(),
            project_url: "https://example.org/our-project".into(),
            video_url: String::new(),
            why_made: "Because our town needed it.".into(),
            difficulties: "Making the sensor reliable.".into(),
            next_steps: "A mobile app.".into(),
            sdgs: vec![6],
            community: "It helps our neighbours save water.".into(),
        };
        operations::projects::save(&ops, &adult, project, &fields, true)
            .await
            .expect("valid project");
        if s.consent {
            let grants = Grants {
                publish: true,
                photos: false,
                contact: false,
            };
            operations::consent::answer_in_app(&ops, &adult, project, creator, grants, None)
                .await
                .expect("consent");
        }
        let revision = self.app.newest_revision(project).await;
        operations::moderation::decide(&ops, &moderator, project, revision, Decision::Approve, "")
            .await
            .expect("approve");
        project
    }

    async fn withdraw(&self, project: Uuid) {
        let adult = self.app.actor(self.adult, &[Role::Adult]);
        operations::projects::withdraw(&self.app.ops(), &adult, project)
            .await
            .expect("withdraw");
    }
}

/// The contract projects, and what the searches must find.
struct Contract {
    japanese: Uuid,
    turkish: Uuid,
    english: Uuid,
    hindi: Uuid,
    arabic: Uuid,
    cyrillic: Uuid,
    german: Uuid,
    chinese: Uuid,
    korean: Uuid,
    unpublished: Uuid,
    withdrawn: Uuid,
    fillers: Vec<Uuid>,
}

async fn contract_world() -> (World, Contract) {
    let mut w = World::new().await;
    let japanese = w
        .project(&spec("ロボットを作りました", "ai", "ja", "JP"))
        .await;
    let turkish = w
        .project(&spec("İstanbul Trafik Haritası", "web", "tr", "TR"))
        .await;
    let english = w
        .project(&spec("Tiny Submarine Explorer", "hardware", "en", "GB"))
        .await;
    let hindi = w
        .project(&spec("पानी बचाओ रोबोट", "hardware", "hi", "IN"))
        .await;
    let arabic = w
        .project(&spec("روبوت لسقي النباتات", "ai", "ar", "EG"))
        .await;
    let cyrillic = w.project(&spec("Умная теплица", "web", "uk", "UA")).await;
    let german = w
        .project(&spec("Straßenbahn-Tracker", "web", "en", "DE"))
        .await;
    let chinese = w.project(&spec("機器人遊戲", "web", "en", "TW")).await;
    let korean = w
        .project(&spec("학교 프로젝트 도우미", "web", "en", "KR"))
        .await;
    let unpublished = w
        .project(&Spec {
            consent: false,
            ..spec("Zebracorn Secret Diary", "games", "en", "BR")
        })
        .await;
    let withdrawn = w
        .project(&spec("Quokkaboard Racer", "games", "en", "BR"))
        .await;
    w.withdraw(withdrawn).await;
    let mut fillers = Vec::new();
    for title in [
        "Maze Runner",
        "Pixel Garden",
        "Cloud Painter",
        "Space Dodger",
        "Quiz Castle",
        "Bug Hunter",
        "Rocket Jump",
        "Fruit Ninja Lite",
        "Snake Deluxe",
        "Color Match",
    ] {
        fillers.push(w.project(&spec(title, "games", "pt", "BR")).await);
    }
    // The sync jobs add each project's words to the typo-tolerance list.
    w.app.drain_jobs().await;
    (
        w,
        Contract {
            japanese,
            turkish,
            english,
            hindi,
            arabic,
            cyrillic,
            german,
            chinese,
            korean,
            unpublished,
            withdrawn,
            fillers,
        },
    )
}

fn query(pairs: &[(&str, &str)]) -> GalleryQuery {
    let raw: RawGalleryQuery =
        serde_urlencoded::from_str(&serde_urlencoded::to_string(pairs).expect("encode"))
            .expect("decode");
    GalleryQuery::parse(&raw, 1).expect("valid query")
}

/// The search contract, for any backend.
async fn check_contract(index: &dyn SearchIndex, c: &Contract) {
    let name = index.name();
    let ids = |pairs: &[(&str, &str)]| {
        let q = query(pairs);
        async move { index.search(&q).await.expect("search").ids }
    };
    for (text, expected, what) in [
        (
            "ロボット",
            c.japanese,
            "a Japanese query finds a Japanese title",
        ),
        ("作り", c.japanese, "a word inside a Japanese run"),
        ("istanbul", c.turkish, "istanbul finds İstanbul"),
        ("İSTANBUL", c.turkish, "capital dotted İ"),
        ("submarine", c.english, "exact word"),
        ("submarime", c.english, "a one-letter typo"),
        ("पानी", c.hindi, "Devanagari"),
        ("روبوت", c.arabic, "Arabic"),
        ("теплица", c.cyrillic, "Cyrillic"),
        ("strassenbahn", c.german, "ß typed as ss"),
        ("ろぼっと", c.japanese, "hiragana for a katakana word"),
        (
            "机器人",
            c.chinese,
            "simplified characters for a traditional title",
        ),
        (
            "학교프로젝트",
            c.korean,
            "a Korean phrase without its space",
        ),
        ("학교 프로젝트", c.korean, "and with it"),
    ] {
        let found = ids(&[("q", text)]).await;
        assert!(
            found.contains(&expected),
            "[{name}] {what}: {text} found {found:?}"
        );
    }
    // A category's name in any shipped language finds its projects, first.
    for (text, category) in [
        ("ゲーム", "games"),
        ("Jeux", "games"),
        ("ハードウェア", "hardware"),
    ] {
        let found = ids(&[("q", text)]).await;
        let expected: BTreeSet<Uuid> = if category == "games" {
            c.fillers.iter().copied().collect()
        } else {
            [c.english, c.hindi].into_iter().collect()
        };
        assert!(
            expected.iter().all(|id| found.contains(id)),
            "[{name}] {text} found {found:?}"
        );
        let first: BTreeSet<Uuid> = found.iter().take(expected.len()).copied().collect();
        assert_eq!(
            first, expected,
            "[{name}] {text}: its category's projects first"
        );
    }
    // Never anything unpublished or withdrawn, by text or by listing.
    for text in ["Zebracorn", "Quokkaboard", "zebracorn secret"] {
        assert!(
            ids(&[("q", text)]).await.is_empty(),
            "[{name}] {text} found"
        );
    }
    let everything = query(&[("per_page", "100")]);
    let all = index.search(&everything).await.expect("search");
    let published: BTreeSet<Uuid> = [
        c.japanese, c.turkish, c.english, c.hindi, c.arabic, c.cyrillic, c.german, c.chinese,
        c.korean,
    ]
    .into_iter()
    .chain(c.fillers.iter().copied())
    .collect();
    assert_eq!(all.total, published.len() as u64, "[{name}] total");
    assert_eq!(
        all.ids.iter().copied().collect::<BTreeSet<_>>(),
        published,
        "[{name}] listing"
    );
    assert!(!all.ids.contains(&c.unpublished) && !all.ids.contains(&c.withdrawn));
    // Facets count every match.
    let count = |facet: &str, value: &str| {
        all.facets
            .get(facet)
            .and_then(|m| m.get(value))
            .copied()
            .unwrap_or(0)
    };
    assert_eq!(count("category", "games"), 10, "[{name}] games");
    assert_eq!(count("category", "hardware"), 2, "[{name}] hardware");
    assert_eq!(
        count("country", "BR"),
        10,
        "[{name}] Brazil (the withdrawn and unpublished ones do not count)"
    );
    assert_eq!(count("language", "ja"), 1, "[{name}] ja");
    // Filtering by a facet value finds exactly as many projects as the facet counted.
    for facet in ["age", "country", "language"] {
        for (value, n) in all.facets.get(facet).into_iter().flatten() {
            let filtered = index
                .search(&query(&[(facet, value.as_str())]))
                .await
                .expect("search");
            assert_eq!(filtered.total, *n, "[{name}] {facet}={value}");
        }
    }
    let ages: u64 = all.facets.get("age").map(|m| m.values().sum()).unwrap_or(0);
    assert_eq!(
        ages, 19,
        "[{name}] every (single-member) project has one age group"
    );
    assert_eq!(count("event", "test-event"), 19, "[{name}] event");
    let hardware = index
        .search(&query(&[("category", "hardware")]))
        .await
        .expect("search");
    assert_eq!(hardware.total, 2, "[{name}] filter");
    let in_hardware = |facet: &str, value: &str| {
        hardware
            .facets
            .get(facet)
            .and_then(|m| m.get(value))
            .copied()
    };
    // The chosen facet keeps its alternatives (counted without its own filter); the
    // others count within the filter.
    assert_eq!(
        in_hardware("category", "hardware"),
        Some(2),
        "[{name}] chosen value"
    );
    assert_eq!(
        in_hardware("category", "games"),
        Some(10),
        "[{name}] alternatives stay"
    );
    assert_eq!(
        in_hardware("country", "GB"),
        Some(1),
        "[{name}] other facets filtered"
    );
    assert_eq!(
        in_hardware("country", "BR"),
        None,
        "[{name}] other facets filtered"
    );
    let combined = index
        .search(&query(&[("category", "ai"), ("country", "EG")]))
        .await
        .expect("search");
    assert_eq!(combined.ids, vec![c.arabic], "[{name}] two filters");
    // Pagination is stable: pages of 5 cover everything exactly once, in every order, and
    // asking again gives the same page.
    for sort in ["shuffle", "newest"] {
        let mut seen = Vec::new();
        for page in 1..=4 {
            let p = page.to_string();
            let pairs = [
                ("sort", sort),
                ("seed", "3"),
                ("per_page", "5"),
                ("page", p.as_str()),
            ];
            let first = ids(&pairs).await;
            assert_eq!(
                first,
                ids(&pairs).await,
                "[{name}] {sort} page {page} is stable"
            );
            seen.extend(first);
        }
        let distinct: HashSet<Uuid> = seen.iter().copied().collect();
        assert_eq!(
            seen.len(),
            published.len(),
            "[{name}] {sort}: pages overlap or miss"
        );
        assert_eq!(
            distinct.len(),
            published.len(),
            "[{name}] {sort}: duplicates"
        );
    }
    // Different seeds give different orders.
    let a = ids(&[("seed", "1"), ("per_page", "100")]).await;
    let b = ids(&[("seed", "2"), ("per_page", "100")]).await;
    assert_ne!(a, b, "[{name}] seeds shuffle differently");
}

#[tokio::test]
async fn search_contract_postgres() {
    let (w, c) = contract_world().await;
    // A copy of the projection of its own, never told of changes: it reads the table
    // again before every search.
    let index = showcase::search::postgres::PostgresIndex::new(
        w.app.pool.clone(),
        std::sync::Arc::new(showcase::search::memory::Projection::new()),
    );
    check_contract(&index, &c).await;
}

/// PostgreSQL's search answers from this process's copy of the projection; a change
/// committed elsewhere (another instance, a worker) shows in the next search, without
/// waiting for its notification: the version sequence says the copy is behind.
#[tokio::test]
async fn the_search_copy_follows_changes_committed_elsewhere_at_once() {
    let (w, _c) = contract_world().await;
    let pool = &w.app.pool;
    let projection = std::sync::Arc::new(showcase::search::memory::Projection::new());
    let index = showcase::search::postgres::PostgresIndex::new(pool.clone(), projection.clone());
    let everything = query(&[("per_page", "100")]);
    let before = index.search(&everything).await.expect("search");
    assert!(before.total >= 3, "{before:?}");
    // As if the listener heard every notification so far: from here on only the
    // version check brings the copy up to date.
    projection.set_live(true);
    let again = index.search(&everything).await.expect("search");
    assert_eq!(again, before, "nothing changed, the same answer");
    let gone: Uuid = sqlx::query_scalar(
        "DELETE FROM public_projects WHERE project_id =
             (SELECT project_id FROM public_projects ORDER BY project_id LIMIT 1)
         RETURNING project_id",
    )
    .fetch_one(pool)
    .await
    .expect("remove a public row");
    let after = index.search(&everything).await.expect("search");
    assert_eq!(after.total, before.total - 1);
    assert!(!after.ids.contains(&gone));
    let category: String = before
        .facets
        .get("category")
        .and_then(|c| c.keys().next().cloned())
        .expect("a category");
    assert!(
        after.facets["category"].values().sum::<u64>()
            < before.facets["category"].values().sum::<u64>(),
        "facet counts follow too ({category})"
    );
    // Written again (a new version): back in the results.
    showcase::publication::reindex(pool).await.expect("reindex");
    let restored = index.search(&everything).await.expect("search");
    assert_eq!(restored.total, before.total);
    assert!(restored.ids.contains(&gone));
}

#[tokio::test]
async fn search_contract_meilisearch() {
    let Ok(url) = std::env::var("SHOWCASE_MEILI_URL") else {
        eprintln!(
            "SKIPPED search_contract_meilisearch: set SHOWCASE_MEILI_URL to run the contract against a real Meilisearch"
        );
        return;
    };
    let key = std::env::var("SHOWCASE_MEILI_KEY")
        .ok()
        .map(secrecy::SecretString::from);
    let (w, c) = contract_world().await;
    let index_name = format!("test_{}", w.app.db_name);
    let index = showcase::search::meili::MeiliIndex::new(&url, key.as_ref(), &index_name)
        .expect("meili client");
    index.configure().await.expect("configure");
    let mut conn = w.app.pool.acquire().await.expect("conn");
    let docs = db::public::docs_after(&mut conn, None, 1000)
        .await
        .expect("docs");
    index.upsert(&docs, true).await.expect("upsert");
    check_contract(&index, &c).await;
}

#[tokio::test]
async fn gallery_pages_show_published_projects_only() {
    let (w, c) = contract_world().await;
    let app = &w.app;
    let page = app.get("/gallery?per_page=100&lang=ja").await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.expect("body");
    for title in [
        "ロボットを作りました",
        "İstanbul Trafik Haritası",
        "Умная теплица",
    ] {
        assert!(html.contains(title), "{title} missing from the gallery");
    }
    assert!(!html.contains("Zebracorn") && !html.contains("Quokkaboard"));
    // Projects without images get covers of their own: a colour from the id, the
    // title's initial and the category's icon, never one shared placeholder.
    let colours: std::collections::BTreeSet<&str> = html
        .match_indices("project-card-cover cover-")
        .filter_map(|(i, m)| html[i + m.len()..].split('"').next())
        .collect();
    assert!(colours.len() >= 3, "covers in {colours:?}");
    assert!(html.contains(r#"<span class="cover-initial">İ</span>"#));
    assert!(!html.contains("project-card-placeholder"));
    assert!(html.contains(r#"<script src="/static/js/facets.js" defer></script>"#));
    // Country and language names in the visitor's language, facet links carry the query.
    assert!(
        html.contains("トルコ") && html.contains("日本語"),
        "localized names"
    );
    assert!(
        html.contains("/gallery?country=BR&amp;per_page=100") || html.contains("country=BR"),
        "facet links"
    );
    // Search in the page, with the query kept in the form.
    let html = app
        .get("/gallery?q=istanbul")
        .await
        .text()
        .await
        .expect("body");
    assert!(html.contains("İstanbul Trafik Haritası") && !html.contains("Maze Runner"));
    assert!(html.contains("value=\"istanbul\""));
    // A project's page: answers, safe external links, OpenGraph without creators.
    let html = app
        .get(&format!("/gallery/{}", c.english))
        .await
        .text()
        .await
        .expect("body");
    assert!(
        html.contains("Because our town needed it.")
            && html.contains("Making the sensor reliable.")
    );
    assert!(html.contains("rel=\"noopener noreferrer nofollow ugc\""));
    let og: Vec<&str> = html.lines().filter(|l| l.contains("og:")).collect();
    assert!(
        !og.is_empty() && og.iter().all(|l| !l.contains("Ada")),
        "OpenGraph: {og:?}"
    );
    assert!(!html.contains("Privatesurname"));
    // Unpublished, withdrawn and never-existing projects are the same 404.
    let never = Uuid::new_v4();
    let missing = app.get(&format!("/gallery/{never}")).await;
    assert_eq!(missing.status(), 404);
    // The language switcher links to the page itself: compare without the id.
    let missing = missing
        .text()
        .await
        .expect("body")
        .replace(&never.to_string(), "ID");
    for hidden in [c.unpublished, c.withdrawn] {
        let res = app.get(&format!("/gallery/{hidden}")).await;
        assert_eq!(res.status(), 404);
        let body = res
            .text()
            .await
            .expect("body")
            .replace(&hidden.to_string(), "ID");
        assert_eq!(body, missing, "distinguishable 404");
    }
    // A chosen filter stays visible (and removable) even when nothing matches.
    let html = app
        .get("/gallery?q=zzzznothing&country=TR")
        .await
        .text()
        .await
        .expect("body");
    assert!(
        html.contains("aria-current=\"true\" class=\"selected\""),
        "chosen filter shown"
    );
    assert!(
        html.contains("href=\"/gallery?q=zzzznothing\""),
        "and removable"
    );
    // Text with nothing searchable (symbols, wildcards, one emoji) finds nothing, never
    // the whole gallery; a pasted paragraph searches for its first words.
    for text in ["%", "_", "*", "%%__**", "🤖", "❤️"] {
        let res: serde_json::Value = app
            .client
            .get(app.url("/api/v1/projects"))
            .query(&[("q", text)])
            .send()
            .await
            .expect("request")
            .json()
            .await
            .expect("json");
        assert_eq!(res["total"], 0, "{text} found {res}");
    }
    let pasted = format!("submarine {}", "and more words ".repeat(30));
    let res = app
        .client
        .get(app.url("/gallery"))
        .query(&[("q", pasted.as_str())])
        .send()
        .await
        .expect("request");
    assert_eq!(res.status(), 200, "a long query is cut, not refused");
    // Bad parameters: a clear, localized error.
    let bad = app.get("/gallery?country=XX&lang=es").await;
    assert_eq!(bad.status(), 400);
    assert!(bad.text().await.expect("body").contains("country"));
}

#[tokio::test]
async fn anonymous_gallery_pages_are_cached_until_a_withdrawal() {
    let (w, c) = contract_world().await;
    let app = &w.app;
    let first = app.get("/gallery?per_page=100&seed=1").await;
    assert!(
        first
            .headers()
            .get("set-cookie")
            .is_none_or(|v| !v.to_str().unwrap_or("").contains("showcase_session")),
        "an anonymous gallery visit creates no session"
    );
    let tag = first
        .headers()
        .get("etag")
        .expect("etag")
        .to_str()
        .expect("tag")
        .to_owned();
    assert!(
        first
            .text()
            .await
            .expect("body")
            .contains("Tiny Submarine Explorer")
    );
    let again = app
        .get_with("/gallery?per_page=100&seed=1", &[("If-None-Match", &tag)])
        .await;
    assert_eq!(again.status(), 304);
    assert_eq!(
        again
            .headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("public, no-cache")
    );
    // A signed-in visitor's page carries their name: shared caches must not keep it.
    let member = app
        .signed_in(
            "judge@example.org",
            &[showcase::domain::account::Role::Judge],
        )
        .await;
    let theirs = member.get("/gallery?per_page=100&seed=1").await;
    assert_eq!(
        theirs
            .headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("private, no-cache")
    );
    // Each visitor keeps their own shuffled order (a cookie picks it; links carry it),
    // cached pages included.
    for seed in ["5", "2", "5"] {
        let cookie = format!("gallery_seed={seed}");
        let html = app
            .get_with("/gallery", &[("Cookie", cookie.as_str())])
            .await
            .text()
            .await
            .expect("body");
        assert!(
            html.contains(&format!("seed={seed}")),
            "seed {seed} not kept"
        );
    }
    let fresh = app.get("/gallery").await;
    assert!(
        fresh
            .headers()
            .get_all("set-cookie")
            .iter()
            .any(|v| v.to_str().unwrap_or("").starts_with("gallery_seed=")),
        "a new visitor is given a seed"
    );
    w.withdraw(c.english).await;
    // The change notification reaches the cache within moments; poll with a deadline.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        let res = app
            .get_with("/gallery?per_page=100&seed=1", &[("If-None-Match", &tag)])
            .await;
        if res.status() == 200 {
            let body = res.text().await.expect("body");
            assert!(
                !body.contains("Tiny Submarine Explorer"),
                "withdrawn project still listed"
            );
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the cached page outlived the withdrawal"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(
        app.get(&format!("/gallery/{}", c.english)).await.status(),
        404
    );
    assert_eq!(
        app.get(&format!("/api/v1/projects/{}", c.english))
            .await
            .status(),
        404
    );
}

/// Checks a JSON value against an OpenAPI schema: required properties present, no
/// property the schema does not list, types of leaves.
pub(crate) fn conforms(
    value: &serde_json::Value,
    schema: &serde_json::Value,
    doc: &serde_json::Value,
    at: &str,
) {
    let schema = match schema.get("$ref").and_then(|r| r.as_str()) {
        Some(r) => {
            let path = r.trim_start_matches("#/").split('/');
            path.fold(doc, |v, k| &v[k])
        }
        None => schema,
    };
    let types: Vec<&str> = match &schema["type"] {
        serde_json::Value::String(t) => vec![t.as_str()],
        serde_json::Value::Array(ts) => ts.iter().filter_map(|t| t.as_str()).collect(),
        _ => vec![],
    };
    let actual = match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "boolean",
        serde_json::Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        serde_json::Value::Number(_) => "number",
        serde_json::Value::String(_) => "string",
        serde_json::Value::Array(_) => "array",
        serde_json::Value::Object(_) => "object",
    };
    assert!(
        types.is_empty() || types.contains(&actual),
        "{at}: {actual} is not {types:?}"
    );
    match value {
        serde_json::Value::Object(map) => {
            if let Some(required) = schema["required"].as_array() {
                for r in required.iter().filter_map(|r| r.as_str()) {
                    assert!(map.contains_key(r), "{at}: missing required {r}");
                }
            }
            for (k, v) in map {
                match schema["properties"].get(k) {
                    Some(s) => conforms(v, s, doc, &format!("{at}.{k}")),
                    None => match schema.get("additionalProperties") {
                        Some(serde_json::Value::Bool(false)) => {
                            panic!("{at}: {k} is not in the OpenAPI schema")
                        }
                        Some(s @ serde_json::Value::Object(_)) => {
                            conforms(v, s, doc, &format!("{at}.{k}"))
                        }
                        _ => {}
                    },
                }
            }
        }
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                conforms(item, &schema["items"], doc, &format!("{at}[{i}]"));
            }
        }
        _ => {}
    }
}

#[tokio::test]
async fn the_public_api_matches_its_openapi_document_with_cors_and_etags() {
    let (w, c) = contract_world().await;
    let app = &w.app;
    let doc: serde_json::Value = app
        .get("/api/v1/openapi.json")
        .await
        .json()
        .await
        .expect("openapi");
    let op = &doc["paths"]["/api/v1/projects"]["get"];
    let res = app
        .get_with(
            "/api/v1/projects?q=robot&per_page=2",
            &[("Origin", "https://club.example")],
        )
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(
        res.headers()
            .get("access-control-allow-origin")
            .and_then(|v| v.to_str().ok()),
        Some("*")
    );
    let tag = res
        .headers()
        .get("etag")
        .expect("etag")
        .to_str()
        .expect("tag")
        .to_owned();
    let list: serde_json::Value = res.json().await.expect("json");
    conforms(
        &list,
        &op["responses"]["200"]["content"]["application/json"]["schema"],
        &doc,
        "list",
    );
    let all: serde_json::Value = app
        .get("/api/v1/projects?per_page=100")
        .await
        .json()
        .await
        .expect("json");
    conforms(
        &all,
        &op["responses"]["200"]["content"]["application/json"]["schema"],
        &doc,
        "all",
    );
    assert_eq!(all["total"], 19);
    let parameters: Vec<&str> = op["parameters"]
        .as_array()
        .expect("parameters")
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    for p in [
        "q",
        "category",
        "country",
        "language",
        "age",
        "event",
        "award",
        "favourite",
        "sort",
        "seed",
        "page",
        "per_page",
    ] {
        assert!(parameters.contains(&p), "{p} undocumented");
    }
    let again = app
        .get_with(
            "/api/v1/projects?q=robot&per_page=2",
            &[("If-None-Match", &tag)],
        )
        .await;
    assert_eq!(again.status(), 304);
    // One project, and the same 404 for the hidden ones.
    let one: serde_json::Value = app
        .get(&format!("/api/v1/projects/{}", c.japanese))
        .await
        .json()
        .await
        .expect("json");
    conforms(
        &one,
        &doc["paths"]["/api/v1/projects/{id}"]["get"]["responses"]["200"]["content"]["application/json"]
            ["schema"],
        &doc,
        "one",
    );
    assert_eq!(one["title"], "ロボットを作りました");
    for hidden in [c.unpublished, c.withdrawn, Uuid::new_v4()] {
        let res = app.get(&format!("/api/v1/projects/{hidden}")).await;
        assert_eq!(res.status(), 404);
        let body: serde_json::Value = res.json().await.expect("json");
        assert_eq!(body["error"], "not_found");
    }
    // Invalid parameters name themselves, in the caller's language.
    let bad = app
        .get_with("/api/v1/projects?age=99", &[("Accept-Language", "fr")])
        .await;
    assert_eq!(bad.status(), 400);
    let body: serde_json::Value = bad.json().await.expect("json");
    assert_eq!(body["error"], "invalid_parameter");
    assert_eq!(body["parameter"], "age");
    conforms(&body, &doc["components"]["schemas"]["Error"], &doc, "error");
    // A browser's preflight for a conditional request is allowed.
    let preflight = app
        .client
        .request(reqwest::Method::OPTIONS, app.url("/api/v1/projects"))
        .header("Origin", "https://club.example")
        .header("Access-Control-Request-Method", "GET")
        .header("Access-Control-Request-Headers", "if-none-match")
        .send()
        .await
        .expect("preflight");
    assert!(
        preflight.status().is_success(),
        "preflight: {}",
        preflight.status()
    );
    assert!(
        preflight
            .headers()
            .get("access-control-allow-origin")
            .is_some()
    );
}

#[tokio::test]
async fn demo_gallery_has_favourites_and_awards_once_results_are_public() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let res: serde_json::Value = app
        .get("/api/v1/projects?favourite=1&per_page=100")
        .await
        .json()
        .await
        .expect("json");
    let favourites = res["items"].as_array().expect("items");
    assert!(
        !favourites.is_empty(),
        "the archived demo event has favourites"
    );
    let project = favourites[0]["id"].as_str().expect("id");
    let html = app
        .get(&format!("/gallery/{project}"))
        .await
        .text()
        .await
        .expect("body");
    assert!(
        html.contains("Dr. Amara Okafor") || html.contains("Sofia Marino"),
        "the favourite names its judge"
    );
    assert!(html.contains("<blockquote>"), "with the quote");
    // A Scratch project offers its player, and nothing loads from Scratch until the
    // visitor presses play: no frame in the page, frames allowed only from the players.
    let scratch: serde_json::Value = app
        .get("/api/v1/projects?category=scratch&per_page=1")
        .await
        .json()
        .await
        .expect("json");
    let id = scratch["items"][0]["id"]
        .as_str()
        .expect("a Scratch project");
    let res = app.get(&format!("/gallery/{id}")).await;
    let csp = res.headers()["content-security-policy"]
        .to_str()
        .expect("csp")
        .to_owned();
    assert!(csp.contains(
        "frame-src https://scratch.mit.edu https://www.youtube-nocookie.com https://player.vimeo.com;"
    ));
    let html = res.text().await.expect("body");
    assert!(html.contains(r#"data-embed-src="https://scratch.mit.edu/projects/"#));
    assert!(html.contains("This loads the player from scratch.mit.edu."));
    assert!(!html.contains("<iframe"), "nothing loads before the click");
    assert!(html.contains(r#"<script src="/static/js/embed.js" defer></script>"#));
    // The link comes before the images.
    if let Some(images) = html.find("project-images-row") {
        assert!(
            html.find("project-links")
                .is_some_and(|links| links < images)
        );
    }
    // Public images are served with a tag; an image of an unpublished project is not.
    let all: serde_json::Value = app
        .get("/api/v1/projects?per_page=100")
        .await
        .json()
        .await
        .expect("json");
    let small = all["items"]
        .as_array()
        .expect("items")
        .iter()
        .find_map(|p| p["image_urls"][0]["small"].as_str())
        .expect("a demo project with a public image")
        .trim_start_matches(&app.address)
        .to_owned();
    let picture = app.get(&small).await;
    assert_eq!(picture.status(), 200);
    assert_eq!(
        picture
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("image/jpeg")
    );
    let tag = picture
        .headers()
        .get("etag")
        .expect("etag")
        .to_str()
        .expect("tag")
        .to_owned();
    assert_eq!(
        app.get_with(&small, &[("If-None-Match", &tag)])
            .await
            .status(),
        304
    );
    let hidden: Option<uuid::Uuid> = sqlx::query_scalar(
        "SELECT i.id FROM project_images i WHERE i.status = 'ready'
           AND NOT EXISTS (SELECT 1 FROM public_documents d WHERE d.project_id = i.project_id) LIMIT 1",
    )
    .fetch_optional(&app.pool)
    .await
    .expect("hidden image");
    if let Some(hidden) = hidden {
        assert_eq!(
            app.get(&format!("/gallery/images/{hidden}/480"))
                .await
                .status(),
            404
        );
    }
    // Facets for award winners and favourites appear in the gallery.
    let html = app.get("/gallery").await.text().await.expect("body");
    assert!(html.contains("favourite=1") && html.contains("award=1"));
    // The current event has not announced anything: none of its projects carry a favourite.
    let current: serde_json::Value = app
        .get("/api/v1/projects?favourite=1&per_page=100")
        .await
        .json()
        .await
        .expect("json");
    let events: HashSet<&str> = current["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|p| p["event"]["slug"].as_str())
        .collect();
    assert_eq!(
        events.len(),
        1,
        "favourites only in the archived event: {events:?}"
    );
}

#[tokio::test]
async fn the_public_projection_agrees_with_the_rule_after_a_reindex() {
    let app = spawn_app().await;
    app.seed_demo().await;
    // Break the projection behind the application's back; reindex repairs it.
    sqlx::query("DELETE FROM public_projects WHERE project_id IN (SELECT project_id FROM public_projects LIMIT 2)")
        .execute(&app.pool)
        .await
        .expect("delete");
    let report = showcase::publication::reindex(&app.pool)
        .await
        .expect("reindex");
    assert_eq!(report.changed, 2, "{report:?}");
    let ids: Vec<Uuid> = sqlx::query_scalar("SELECT id FROM projects")
        .fetch_all(&app.pool)
        .await
        .expect("ids");
    let public: HashSet<Uuid> = sqlx::query_scalar("SELECT project_id FROM public_projects")
        .fetch_all(&app.pool)
        .await
        .expect("public")
        .into_iter()
        .collect();
    let mut conn = app.pool.acquire().await.expect("conn");
    for id in ids {
        let (facts, _) = db::consents::facts(&mut conn, id)
            .await
            .expect("facts")
            .expect("project");
        assert_eq!(
            showcase::domain::publication::is_published(&facts),
            public.contains(&id),
            "project {id}"
        );
    }
    assert!(public.len() > 5);
}

#[tokio::test]
async fn when_meilisearch_is_down_the_gallery_answers_from_postgres_and_sync_waits() {
    // A port nothing listens on.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };
    let url = format!("http://127.0.0.1:{port}");
    let mut w = World::with(&[("SHOWCASE_MEILI_URL", url.as_str())]).await;
    let project = w
        .project(&spec("Tiny Submarine Explorer", "hardware", "en", "GB"))
        .await;
    let list: serde_json::Value = w
        .app
        .get("/api/v1/projects?q=submarine")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(list["total"], 1, "answered from PostgreSQL: {list}");
    assert_eq!(list["items"][0]["id"], project.to_string());
    // The sync job tries, finds Meilisearch unavailable, and waits without using up its
    // attempts (it never goes dead while the service is down).
    w.app.drain_jobs().await;
    let row: Option<(String, i32, Option<String>)> = sqlx::query_as(
        "SELECT status::text, attempts, last_error FROM jobs WHERE kind = 'search' AND last_error IS NOT NULL LIMIT 1",
    )
    .fetch_optional(&w.app.pool)
    .await
    .expect("jobs");
    let (status, attempts, error) = row.expect("the sync job ran");
    assert_eq!(status, "pending");
    assert_eq!(attempts, 0);
    assert!(error.unwrap_or_default().contains("unavailable"));
    let dead: i64 = sqlx::query_scalar("SELECT count(*) FROM jobs WHERE status = 'dead'")
        .fetch_one(&w.app.pool)
        .await
        .expect("dead");
    assert_eq!(dead, 0);
}
