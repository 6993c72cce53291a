use sqlx::AssertSqlSafe;

use crate::helpers::spawn_app;

#[tokio::test]
async fn health_is_200_with_json_while_the_database_answers() {
    let app = spawn_app().await;
    let res = app.get("/health").await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/json");
    let body: serde_json::Value = res.json().await.expect("json");
    assert_eq!(body["status"], "ok");
    assert_eq!(body["database"], "ok");
}

#[tokio::test]
async fn health_is_503_while_the_database_refuses_connections_and_recovers_after() {
    let app = spawn_app().await;
    // Several checks at once, so the server's pool holds several connections: after the
    // database comes back, the ones it cut must not make the instance look down.
    let checks = futures_util::future::join_all((0..6).map(|_| app.get("/health"))).await;
    assert!(checks.iter().all(|r| r.status() == 200));

    // Take the database away: refuse new connections and cut the existing ones.
    let mut admin = app.admin_connection().await;
    let db = &app.db_name;
    sqlx::query(AssertSqlSafe(format!(
        r#"ALTER DATABASE "{db}" ALLOW_CONNECTIONS false"#
    )))
    .execute(&mut admin)
    .await
    .expect("disallow connections");
    sqlx::query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1")
        .bind(db)
        .execute(&mut admin)
        .await
        .expect("terminate connections");

    let res = app.get("/health").await;
    assert_eq!(res.status(), 503);
    let body: serde_json::Value = res.json().await.expect("json");
    assert_eq!(body["status"], "unavailable");
    assert_eq!(body["database"], "unreachable");

    sqlx::query(AssertSqlSafe(format!(
        r#"ALTER DATABASE "{db}" ALLOW_CONNECTIONS true"#
    )))
    .execute(&mut admin)
    .await
    .expect("allow connections");
    assert_eq!(app.get("/health").await.status(), 200);
}
