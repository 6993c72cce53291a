//! The demo seed is deterministic and idempotent.

use crate::helpers::spawn_app;

#[tokio::test]
async fn seeding_twice_creates_the_demo_events_once() {
    let app = spawn_app().await;
    let first = showcase::seed::demo(&app.pool).await.expect("seed");
    assert_eq!(first.events_created.len(), 2);
    let second = showcase::seed::demo(&app.pool).await.expect("seed again");
    assert!(second.events_created.is_empty());
    assert_eq!(second.events_skipped.len(), 2);
    let (events, categories): (i64, i64) =
        sqlx::query_as("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM categories)")
            .fetch_one(&app.pool)
            .await
            .expect("counts");
    assert_eq!((events, categories), (2, 14));
}

#[test]
fn demo_events_depend_only_on_the_date() {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).expect("date");
    let a = showcase::seed::demo_events(day).expect("events");
    let b = showcase::seed::demo_events(day).expect("events");
    assert_eq!(format!("{a:?}"), format!("{b:?}"));
    assert_eq!(a[0].slug.as_str(), "showcase-2027");
    assert_eq!(a[1].slug.as_str(), "showcase-2026");
}
