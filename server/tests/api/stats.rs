//! The statistics dashboard: its figures against the database (in the API and on the
//! page), unknown gender kept as unknown, charts drawn as SVG with labels in the page's
//! language and script (Japanese, Arabic right to left), each beside its table.

use showcase::domain::ApiScope;
use uuid::Uuid;

use crate::helpers::{TestApp, spawn_app};

async fn count(app: &TestApp, sql: &'static str, event: Uuid) -> i64 {
    sqlx::query_scalar(sql)
        .bind(event)
        .fetch_one(&app.pool)
        .await
        .expect("count")
}

#[tokio::test]
async fn the_dashboard_counts_what_the_database_holds_in_every_script() {
    let app = spawn_app().await;
    app.seed_demo().await;
    // Some creators never said: they are unknown, not boys or girls.
    sqlx::query(
        "UPDATE creators SET gender = NULL
         WHERE id IN (SELECT creator_id FROM project_members ORDER BY creator_id LIMIT 3)",
    )
    .execute(&app.pool)
    .await
    .expect("unknown genders");
    let event: Uuid = sqlx::query_scalar("SELECT id FROM current_event")
        .fetch_one(&app.pool)
        .await
        .expect("event");
    let token = showcase::admin::create_token(
        &app.ops(),
        "organizer@demo.showcase.test",
        ApiScope::EventsRead.as_str(),
        "stats",
    )
    .await
    .expect("token");
    let d: serde_json::Value = app
        .client
        .get(app.url("/api/v1/events/current/statistics"))
        .bearer_auth(&token)
        .send()
        .await
        .expect("request")
        .json()
        .await
        .expect("json");
    let creators = count(
        &app,
        "SELECT count(DISTINCT c.id) FROM projects p JOIN project_members m ON m.project_id = p.id
         JOIN creators c ON c.id = m.creator_id WHERE p.event_id = $1 AND p.status = 'submitted'",
        event,
    )
    .await;
    assert!(creators > 0);
    assert_eq!(d["creators"], creators);
    assert_eq!(
        d["projects"],
        count(
            &app,
            "SELECT count(*) FROM projects WHERE event_id = $1 AND status = 'submitted'",
            event
        )
        .await
    );
    let girls = count(
        &app,
        "SELECT count(DISTINCT c.id) FROM projects p JOIN project_members m ON m.project_id = p.id
         JOIN creators c ON c.id = m.creator_id WHERE p.event_id = $1 AND p.status = 'submitted'
         AND c.gender = 'female'",
        event,
    )
    .await;
    let unknown = count(
        &app,
        "SELECT count(DISTINCT c.id) FROM projects p JOIN project_members m ON m.project_id = p.id
         JOIN creators c ON c.id = m.creator_id WHERE p.event_id = $1 AND p.status = 'submitted'
         AND c.gender IS NULL",
        event,
    )
    .await;
    assert!(unknown > 0);
    let gender = d["gender"].as_array().expect("gender");
    assert_eq!(gender[0]["group"], "girls");
    assert_eq!(gender[0]["creators"], girls);
    assert_eq!(gender[5]["group"], "unknown");
    assert_eq!(gender[5]["creators"], unknown);
    let total: i64 = gender
        .iter()
        .map(|g| g["creators"].as_i64().expect("n"))
        .sum();
    assert_eq!(total, creators, "every creator in exactly one group");
    let ages: i64 = d["age_groups"]
        .as_array()
        .expect("ages")
        .iter()
        .map(|g| g["creators"].as_i64().expect("n"))
        .sum();
    assert_eq!(ages, creators);
    let per_category: i64 = d["categories"]
        .as_array()
        .expect("categories")
        .iter()
        .map(|c| c["count"].as_i64().expect("n"))
        .sum();
    assert_eq!(per_category, d["projects"].as_i64().expect("projects"));
    assert_eq!(
        d["funnel"]["published"],
        count(
            &app,
            "SELECT count(*) FROM public_projects WHERE event_id = $1",
            event
        )
        .await
    );
    assert_eq!(
        d["funnel"]["drafts"],
        count(
            &app,
            "SELECT count(*) FROM projects WHERE event_id = $1 AND status = 'draft'",
            event
        )
        .await
    );
    let per_day: i64 = d["submissions_per_day"]
        .as_array()
        .expect("days")
        .iter()
        .map(|x| x["projects"].as_i64().expect("n"))
        .sum();
    assert_eq!(
        per_day,
        count(&app, "SELECT count(*) FROM projects WHERE event_id = $1 AND submitted_at IS NOT NULL AND status <> 'draft'", event).await
    );

    // The page: every chart an SVG beside its table, in the visitor's script.
    let organizer = app.browser();
    organizer
        .sign_in(
            "organizer@demo.showcase.test",
            showcase::seed::DEMO_PASSWORD,
        )
        .await;
    for (lang, category, girls_label) in [
        ("en", "Games", "Girls"),
        ("ja", "ゲーム", "女の子"),
        ("ar", "الألعاب", "الفتيات"),
    ] {
        let page = organizer
            .get_text(&format!("/organizer/stats?lang={lang}"))
            .await;
        assert_eq!(page.matches("<svg").count(), 8, "{lang}: eight charts");
        assert_eq!(
            page.matches("<table").count(),
            8,
            "{lang}: each with its table"
        );
        let in_a_chart = page
            .split("<svg")
            .skip(1)
            .filter_map(|c| c.split("</svg>").next())
            .any(|svg| svg.contains(category));
        assert!(in_a_chart, "{lang}: {category} is a label of a chart");
        assert!(page.contains(girls_label), "{lang}");
        if lang == "ar" {
            assert!(page.contains("dir=\"rtl\""));
        }
    }
}
