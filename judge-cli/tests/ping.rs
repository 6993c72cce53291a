//! `judge-cli ping` against a real server: the binary is run as a user would run it.

#![expect(
    clippy::expect_used,
    reason = "test code: a failed expectation is a failed test"
)]

use std::collections::HashMap;
use std::process::Command;

use showcase::config::Settings;
use showcase::web::app::Application;
use sqlx::{AssertSqlSafe, Connection, PgConnection};

/// Starts the server on its own database; returns its address and the database name.
async fn spawn_server() -> (String, String) {
    let base = std::env::var("DATABASE_URL").expect("DATABASE_URL: run `make test`");
    let name = format!("test_cli_{}", uuid::Uuid::new_v4().simple());
    let mut admin = PgConnection::connect(&base).await.expect("connect");
    sqlx::query(AssertSqlSafe(format!(r#"CREATE DATABASE "{name}""#)))
        .execute(&mut admin)
        .await
        .expect("create database");
    let mut url = url::Url::parse(&base).expect("url");
    url.set_path(&format!("/{name}"));
    // The data folder (email outbox) outlives the test in the temp dir; it is tiny.
    let data = std::env::temp_dir().join(&name);
    let env = HashMap::from([
        ("SHOWCASE_DATABASE__URL".to_owned(), url.to_string()),
        ("SHOWCASE_APPLICATION__PORT".to_owned(), "0".to_owned()),
        (
            "SHOWCASE_APPLICATION__DATA_DIR".to_owned(),
            data.display().to_string(),
        ),
    ]);
    let app = Application::build(Settings::load(None, &env).expect("settings"))
        .await
        .expect("build");
    let address = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    (address, name)
}

fn judge_cli(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_judge-cli"))
        .args(args)
        .output()
        .expect("run judge-cli")
}

#[tokio::test(flavor = "multi_thread")]
async fn ping_reports_a_running_server_healthy() {
    let (server, _) = spawn_server().await;
    let out = tokio::task::spawn_blocking(move || judge_cli(&["ping", "--server", &server]))
        .await
        .expect("join");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "stdout: {stdout}\nstderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("is healthy"), "{stdout}");
}

#[test]
fn ping_fails_clearly_when_nothing_listens() {
    // Bind and drop a listener to get a port that is (almost certainly) closed.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let out = judge_cli(&["ping", "--server", &format!("http://127.0.0.1:{port}")]);
    assert_eq!(out.status.code(), Some(3), "server down has its own code");
    assert!(String::from_utf8_lossy(&out.stderr).contains("could not reach"));
}

#[test]
fn help_and_version_work() {
    let help = judge_cli(&["--help"]);
    assert!(help.status.success());
    assert!(String::from_utf8_lossy(&help.stdout).contains("ping"));
    let version = judge_cli(&["--version"]);
    assert!(String::from_utf8_lossy(&version.stdout).contains(env!("CARGO_PKG_VERSION")));
    let bad = judge_cli(&["ping", "--server", "not a url"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("not a valid server address"));
}

#[tokio::test(flavor = "multi_thread")]
async fn ping_reports_an_unhealthy_server_when_its_database_is_gone() {
    let (server, db) = spawn_server().await;
    let base = std::env::var("DATABASE_URL").expect("DATABASE_URL");
    let mut admin = PgConnection::connect(&base).await.expect("connect");
    sqlx::query(AssertSqlSafe(format!(
        r#"ALTER DATABASE "{db}" ALLOW_CONNECTIONS false"#
    )))
    .execute(&mut admin)
    .await
    .expect("disallow");
    sqlx::query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1")
        .bind(&db)
        .execute(&mut admin)
        .await
        .expect("terminate");
    let out = tokio::task::spawn_blocking(move || judge_cli(&["ping", "--server", &server]))
        .await
        .expect("join");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("unhealthy") && stderr.contains("503"),
        "{stderr}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn whoami_shows_the_tokens_owner_and_scopes() {
    let (server, db) = spawn_server().await;
    // An organizer and a token, made the way the console makes them.
    let base = std::env::var("DATABASE_URL").expect("DATABASE_URL");
    let mut url = url::Url::parse(&base).expect("url");
    url.set_path(&format!("/{db}"));
    let mut conn = PgConnection::connect(url.as_str()).await.expect("connect");
    let email = showcase::domain::account::EmailAddress::parse("org@example.org").expect("email");
    let name = showcase::domain::account::DisplayName::parse("Org").expect("name");
    let user = showcase::db::users::insert_user(&mut conn, &email, None, &name, "en", true)
        .await
        .expect("user")
        .expect("new");
    showcase::db::users::grant_role(
        &mut conn,
        user,
        showcase::domain::account::Role::Organizer,
        None,
    )
    .await
    .expect("role");
    let (token, hash) = showcase::auth::secrets::new_api_token().expect("token");
    showcase::db::api_tokens::insert(
        &mut conn,
        user,
        "cli",
        "sct_",
        &hash,
        &[showcase::domain::ApiScope::EventsRead],
    )
    .await
    .expect("insert token");

    let s = server.clone();
    let out = tokio::task::spawn_blocking(move || {
        judge_cli(&["whoami", "--server", &s, "--token", &token])
    })
    .await
    .expect("join");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("org@example.org") && stdout.contains("events:read"),
        "{stdout}"
    );

    let out = tokio::task::spawn_blocking(move || {
        judge_cli(&["whoami", "--server", &server, "--token", "sct_wrong"])
    })
    .await
    .expect("join");
    assert_eq!(
        out.status.code(),
        Some(4),
        "a refused token has its own code"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("refused the token"));
}
