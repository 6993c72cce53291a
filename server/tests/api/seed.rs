//! The demo seed is deterministic and idempotent.

use crate::helpers::spawn_app;

#[tokio::test]
async fn seeding_twice_creates_the_demo_events_once() {
    let app = spawn_app().await;
    let first = app.seed_demo().await;
    assert_eq!(first.events_created.len(), 2);
    // 12 in this year's event, a quarter as many in last year's (with its results).
    assert_eq!(first.projects_created, 15);
    let second = app.seed_demo().await;
    assert_eq!(second.projects_created, 0);
    assert!(second.events_created.is_empty());
    assert_eq!(second.events_skipped.len(), 2);
    let (events, categories): (i64, i64) =
        sqlx::query_as("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM categories)")
            .fetch_one(&app.pool)
            .await
            .expect("counts");
    assert_eq!((events, categories), (2, 14));

    // Every demo project is valid for its status; several languages, countries and team
    // sizes; images processed like uploads.
    let statuses: Vec<String> =
        sqlx::query_scalar("SELECT DISTINCT status::text FROM projects ORDER BY 1")
            .fetch_all(&app.pool)
            .await
            .expect("statuses");
    assert!(statuses.contains(&"submitted".to_owned()));
    let languages: i64 = sqlx::query_scalar("SELECT count(DISTINCT language) FROM projects")
        .fetch_one(&app.pool)
        .await
        .expect("languages");
    assert!(languages >= 5, "{languages} languages");
    let countries: i64 = sqlx::query_scalar("SELECT count(DISTINCT c.country) FROM creators c JOIN project_members m ON m.creator_id = c.id")
        .fetch_one(&app.pool)
        .await
        .expect("countries");
    assert!(countries >= 10, "{countries} countries");
    // Teammates go by different names (a card listing "Darragh, Darragh" was the seed's).
    let repeated: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM (SELECT m.project_id, c.display_name FROM project_members m
                               JOIN creators c ON c.id = m.creator_id
                               GROUP BY 1, 2 HAVING count(*) > 1) r",
    )
    .fetch_one(&app.pool)
    .await
    .expect("repeated names");
    assert_eq!(repeated, 0, "no team has two members of the same name");
    let teams: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM (SELECT project_id FROM project_members GROUP BY 1 HAVING count(*) > 1) t",
    )
    .fetch_one(&app.pool)
    .await
    .expect("teams");
    assert!(teams > 0, "the demo has teams");
    let images: i64 =
        sqlx::query_scalar("SELECT count(*) FROM project_images WHERE status = 'ready'")
            .fetch_one(&app.pool)
            .await
            .expect("images");
    assert!(images >= 3);
    let files = std::fs::read_dir(app.data_dir.path().join("media/images"))
        .expect("media")
        .count();
    assert_eq!(files as i64, images, "one folder of derivatives per image");
}

#[test]
fn demo_events_depend_only_on_the_date() {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).expect("date");
    let a = showcase::seed::demo_events(day).expect("events");
    let b = showcase::seed::demo_events(day).expect("events");
    assert_eq!(format!("{a:?}"), format!("{b:?}"));
    // This year's is mid-shortlisting, last year's archived.
    assert_eq!(a[0].slug.as_str(), "showcase-2026");
    assert_eq!(a[0].phase, showcase::domain::Phase::Shortlisting);
    assert_eq!(a[1].slug.as_str(), "showcase-2025");
    assert_eq!(a[1].phase, showcase::domain::Phase::Archived);
}
