//! The livestream's run of show over the token API: statistics, the VIP judges' picks in
//! order and the awards, as JSON and CSV; a rehearsal before the announcement; only
//! public-safe values.

use crate::helpers::{TestApp, spawn_app};

async fn token(app: &TestApp, scopes: &str) -> String {
    showcase::admin::create_token(&app.ops(), "organizer@demo.showcase.test", scopes, "stream")
        .await
        .expect("token")
}

async fn get(app: &TestApp, token: &str, path: &str) -> reqwest::Response {
    app.client
        .get(app.url(path))
        .bearer_auth(token)
        .header("Accept-Language", "fr")
        .send()
        .await
        .expect("request")
}

#[tokio::test]
async fn the_run_of_show_has_the_event_the_picks_in_order_and_the_award_and_nothing_private() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let stream = token(&app, "livestream:read").await;

    // Last year's event is announced: on air, not a rehearsal.
    let res = get(&app, &stream, "/api/v1/events/showcase-2025/livestream").await;
    assert_eq!(res.status(), 200);
    let show: serde_json::Value = res.json().await.expect("json");
    assert_eq!(show["event"]["slug"], "showcase-2025");
    let doc: serde_json::Value = app
        .get("/api/v1/openapi.json")
        .await
        .json()
        .await
        .expect("openapi");
    crate::gallery::conforms(
        &show,
        &doc["paths"]["/api/v1/events/{event}/livestream"]["get"]["responses"]["200"]["content"]["application/json"]
            ["schema"],
        &doc,
        "run of show",
    );
    assert_eq!(show["embargoed"], false);

    // Statistics agree with the database.
    let (creators, projects, countries): (i64, i64, i64) = sqlx::query_as(
        "SELECT count(DISTINCT c.id), count(DISTINCT p.project_id), count(DISTINCT c.country)
         FROM public_projects p JOIN events e ON e.id = p.event_id AND e.slug = 'showcase-2025'
         JOIN project_members m ON m.project_id = p.project_id JOIN creators c ON c.id = m.creator_id",
    )
    .fetch_one(&app.pool)
    .await
    .expect("counts");
    let stats = &show["statistics"];
    assert_eq!(stats["creators"], creators);
    assert_eq!(stats["projects"], projects);
    assert_eq!(stats["countries"], countries);
    let g = &stats["gender"];
    assert_eq!(
        g["girls"].as_i64().unwrap()
            + g["other"].as_i64().unwrap()
            + g["unknown"].as_i64().unwrap(),
        creators
    );
    let per_category: i64 = stats["projects_per_category"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["projects"].as_i64().unwrap())
        .sum();
    assert_eq!(per_category, projects);

    // One segment per VIP judge, their picks in their order, as the favourites table says;
    // then the award.
    let segments = show["segments"].as_array().expect("segments");
    let vip: Vec<_> = segments.iter().filter(|s| s["kind"] == "vip").collect();
    let judges: i64 = sqlx::query_scalar(
        "SELECT count(DISTINCT f.judge_id) FROM favourites f JOIN events e ON e.id = f.event_id
         WHERE e.slug = 'showcase-2025'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("judges");
    assert!(judges > 0, "the demo's last year has VIP picks");
    assert_eq!(vip.len() as i64, judges);
    for segment in &vip {
        let picks = segment["picks"].as_array().expect("picks");
        let positions: Vec<i64> = picks
            .iter()
            .map(|p| p["position"].as_i64().unwrap())
            .collect();
        let mut sorted = positions.clone();
        sorted.sort();
        assert_eq!(positions, sorted);
        for pick in picks {
            let p = &pick["project"];
            assert!(!pick["quote"].as_str().unwrap().is_empty());
            assert!(p["gallery_url"].as_str().unwrap().starts_with("http"));
            assert!(!p["creators"].as_array().unwrap().is_empty());
        }
    }
    let award = segments.last().expect("a segment");
    assert_eq!(award["kind"], "award");
    assert_eq!(award["award"], "coding-with-commitment");

    // Nothing private: no creator's surname, birth year or gender words, no account's
    // email, no judge's private comment.
    let text = serde_json::to_string(&show).expect("text");
    let csv_res = get(
        &app,
        &stream,
        "/api/v1/events/showcase-2025/livestream?format=csv",
    )
    .await;
    assert_eq!(csv_res.status(), 200);
    assert!(
        csv_res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let csv = csv_res.bytes().await.expect("csv");
    assert!(
        csv.starts_with(b"\xEF\xBB\xBF"),
        "UTF-8 with a byte-order mark"
    );
    let csv = String::from_utf8(csv[3..].to_vec()).expect("utf-8");
    let private: Vec<String> = sqlx::query_scalar(
        "SELECT surname FROM creators UNION SELECT email FROM users
         UNION SELECT comment FROM scores WHERE comment <> ''
         UNION SELECT comment FROM award_scores WHERE comment <> ''",
    )
    .fetch_all(&app.pool)
    .await
    .expect("private values");
    assert!(!private.is_empty());
    for value in &private {
        assert!(!text.contains(value.as_str()), "JSON names {value}");
        assert!(!csv.contains(value.as_str()), "CSV names {value}");
    }
    for word in [
        "surname",
        "email",
        "birth",
        "gender_description",
        "first_name",
    ] {
        assert!(!text.contains(word), "JSON has {word}");
    }

    // The CSV: a header, the statistics, one row per pick, the award; read back.
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().expect("header").clone();
    assert_eq!(header.get(0), Some("segment"));
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    let picks: usize = vip
        .iter()
        .map(|s| s["picks"].as_array().unwrap().len())
        .sum();
    assert_eq!(
        rows.iter().filter(|r| r.get(0) == Some("vip")).count(),
        picks
    );
    assert_eq!(
        rows.iter()
            .filter(|r| r.get(0) == Some("award:coding-with-commitment"))
            .count(),
        1
    );
    assert!(
        rows.iter().any(
            |r| r.get(3) == Some("creators") && r.get(8) == Some(creators.to_string().as_str())
        )
    );
}

#[tokio::test]
async fn before_the_announcement_it_is_a_rehearsal_and_the_scope_is_required() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let stream = token(&app, "livestream:read").await;
    let res = get(&app, &stream, "/api/v1/events/showcase-2026/livestream").await;
    assert_eq!(res.status(), 200);
    let show: serde_json::Value = res.json().await.expect("json");
    assert_eq!(show["embargoed"], true, "mid-shortlisting: a rehearsal");
    assert!(show["statistics"]["projects"].as_i64().unwrap() > 0);

    // A token without the scope: 403, a JSON error naming it, in the caller's language.
    let other = token(&app, "judging:read").await;
    let res = get(&app, &other, "/api/v1/events/showcase-2026/livestream").await;
    assert_eq!(res.status(), 403);
    let body: serde_json::Value = res.json().await.expect("json");
    assert_eq!(body["error"], "missing_scope");
    assert_eq!(body["scope"], "livestream:read");
    let message = body["message"].as_str().expect("message");
    assert!(message.contains("livestream:read"), "{body}");
    let english = app
        .client
        .get(app.url("/api/v1/events/showcase-2026/livestream"))
        .bearer_auth(&other)
        .send()
        .await
        .expect("request")
        .json::<serde_json::Value>()
        .await
        .expect("json");
    assert_ne!(
        english["message"], body["message"],
        "in the caller's language (fr)"
    );
    // No token, an unknown event, an unknown format.
    let res = app
        .client
        .get(app.url("/api/v1/events/showcase-2026/livestream"))
        .send()
        .await
        .expect("request");
    assert_eq!(res.status(), 401);
    assert_eq!(
        get(&app, &stream, "/api/v1/events/no-such-event/livestream")
            .await
            .status(),
        404
    );
    assert_eq!(
        get(
            &app,
            &stream,
            "/api/v1/events/showcase-2026/livestream?format=xml"
        )
        .await
        .status(),
        400
    );
}

#[test]
fn every_api_route_is_in_the_openapi_document() {
    let doc: serde_json::Value =
        serde_json::from_str(showcase::web::gallery::OPENAPI).expect("openapi.json");
    let data = tempfile::tempdir().expect("dir");
    let settings = crate::helpers::test_settings("postgres://u@h/d", data.path(), &[]);
    let routes = showcase::web::all_routes(&settings).table();
    let api: Vec<_> = routes
        .iter()
        .filter(|r| r.path.starts_with("/api/"))
        .collect();
    assert!(api.len() >= 5);
    for r in api {
        let method = r.method.as_str().to_lowercase();
        assert!(
            doc["paths"][r.path][&method].is_object(),
            "{} {} is not in openapi.json",
            r.method,
            r.path
        );
    }
    // And nothing documented that is not served.
    for (path, ops) in doc["paths"].as_object().expect("paths") {
        for method in ops.as_object().expect("operations").keys() {
            assert!(
                routes
                    .iter()
                    .any(|r| r.path == path && r.method.as_str().eq_ignore_ascii_case(method)),
                "{method} {path} documented but not served"
            );
        }
    }
}

#[tokio::test]
async fn the_winners_page_shows_an_announced_events_favourites_and_award_to_everyone() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let res = app.get("/winners/showcase-2025").await;
    assert_eq!(res.status(), 200);
    let tag = res.headers()["etag"].to_str().expect("etag").to_owned();
    assert!(
        res.headers()["cache-control"]
            .to_str()
            .expect("cc")
            .contains("public"),
        "cacheable by shared caches, like the gallery"
    );
    let page = res.text().await.expect("page");
    // HEAD (caches, link checkers): the same status and tag, no body.
    let head = app
        .client
        .head(app.url("/winners/showcase-2025"))
        .send()
        .await
        .expect("HEAD");
    assert_eq!(head.status(), 200);
    assert_eq!(head.headers()["etag"].to_str().expect("etag"), tag);
    assert!(head.text().await.expect("body").is_empty());
    let (judge, quote, award_title): (String, String, String) = sqlx::query_as(
        "SELECT u.display_name, f.quote, (SELECT d.doc->>'title' FROM awards a
             JOIN public_documents d ON d.project_id = a.project_id
             JOIN events e ON e.id = a.event_id AND e.slug = 'showcase-2025' LIMIT 1)
         FROM favourites f JOIN users u ON u.id = f.judge_id
         JOIN events e ON e.id = f.event_id AND e.slug = 'showcase-2025' LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a pick and the award");
    let escaped = |s: &str| s.replace('\'', "&#39;").replace('"', "&quot;");
    assert!(page.contains(&escaped(&judge)), "{judge}");
    assert!(page.contains(&escaped(&quote)), "{quote}");
    assert!(page.contains(&escaped(&award_title)), "{award_title}");
    assert!(page.contains("Coding with Commitment"), "the award's name");
    let private: Vec<String> =
        sqlx::query_scalar("SELECT surname FROM creators UNION SELECT email FROM users")
            .fetch_all(&app.pool)
            .await
            .expect("private");
    for value in &private {
        assert!(!page.contains(value.as_str()), "the page names {value}");
    }
    assert_eq!(
        app.get_with("/winners/showcase-2025", &[("If-None-Match", &tag)])
            .await
            .status(),
        304
    );
    for (lang, dir) in [("ar", "rtl"), ("ja", "ltr")] {
        let page = app
            .get(&format!("/winners/showcase-2025?lang={lang}"))
            .await
            .text()
            .await
            .expect("page");
        assert!(
            page.contains(&format!(r#"lang="{lang}" dir="{dir}""#)),
            "{lang}"
        );
        assert!(page.contains(&escaped(&quote)), "{lang}");
    }
    // The home page links to it; not to this year's, which is not announced.
    let home = app.get("/").await.text().await.expect("home");
    assert!(home.contains(r#"href="/winners/showcase-2025""#));
    assert!(!home.contains(r#"href="/winners/showcase-2026""#));
    // Not before the announcement, and not for an event that does not exist.
    assert_eq!(app.get("/winners/showcase-2026").await.status(), 404);
    assert_eq!(app.get("/winners/no-such-event").await.status(), 404);
}
