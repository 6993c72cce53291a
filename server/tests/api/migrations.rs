//! Every migration applies, reverts and applies again.

use showcase::db::MIGRATOR;
use sqlx::{Connection, PgConnection};

use crate::helpers::create_database;

#[tokio::test]
async fn migrations_run_up_down_and_up_again() {
    let (_, url) = create_database().await;
    let mut conn = PgConnection::connect(&url).await.expect("connect");
    MIGRATOR.run(&mut conn).await.expect("up");
    let tables: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_sqlx_migrations'",
    )
    .fetch_one(&mut conn)
    .await
    .expect("count tables");
    assert!(tables >= 2);

    MIGRATOR.undo(&mut conn, 0).await.expect("down");
    let left: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_sqlx_migrations'",
    )
    .fetch_one(&mut conn)
    .await
    .expect("count tables");
    assert_eq!(left, 0, "down migrations leave nothing behind");

    MIGRATOR.run(&mut conn).await.expect("up again");
}
