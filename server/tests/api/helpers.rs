//! `spawn_app()`: a running application on port 0 with its own database.

use std::collections::HashMap;
use std::sync::LazyLock;

use showcase::config::Settings;
use showcase::startup::Application;
use showcase::telemetry;
use sqlx::{AssertSqlSafe, Connection, PgConnection, PgPool};
use uuid::Uuid;

/// Logs are shown only when TEST_LOG is set: `TEST_LOG=1 cargo test -- --nocapture`.
static TRACING: LazyLock<()> = LazyLock::new(|| {
    let format = showcase::config::LogFormat::Pretty;
    let subscriber = if std::env::var_os("TEST_LOG").is_some() {
        telemetry::subscriber(format, "info,sqlx=warn", std::io::stdout)
    } else {
        telemetry::subscriber(format, "off", std::io::sink)
    };
    let _ = telemetry::init(subscriber);
});

/// The PostgreSQL server the tests use.
pub fn base_database_url() -> String {
    match std::env::var("DATABASE_URL") {
        Ok(url) if !url.is_empty() => url,
        _ => panic!(
            "DATABASE_URL is not set: run the tests with `make test`, which starts a throwaway PostgreSQL, or point DATABASE_URL at a server where this user may create databases"
        ),
    }
}

/// `base` with its database name replaced.
pub fn database_url(base: &str, name: &str) -> String {
    let mut url = match url::Url::parse(base) {
        Ok(url) => url,
        Err(e) => panic!("DATABASE_URL is not a URL: {e}"),
    };
    url.set_path(&format!("/{name}"));
    url.to_string()
}

/// Creates an empty database with a unique name and returns its name and URL.
pub async fn create_database() -> (String, String) {
    let base = base_database_url();
    let name = format!("test_{}", Uuid::new_v4().simple());
    let mut admin = PgConnection::connect(&base)
        .await
        .expect("connect to the test server");
    sqlx::query(AssertSqlSafe(format!(r#"CREATE DATABASE "{name}""#)))
        .execute(&mut admin)
        .await
        .expect("create the test database");
    let url = database_url(&base, &name);
    (name, url)
}

/// A running application and what a test needs to talk to it.
pub struct TestApp {
    pub address: String,
    pub pool: PgPool,
    pub db_name: String,
    pub client: reqwest::Client,
}

/// Settings for a test: the defaults plus port 0, the given database and `extra` variables.
pub fn test_settings(db_url: &str, extra: &[(&str, &str)]) -> Settings {
    let mut env: HashMap<String, String> = HashMap::new();
    env.insert("SHOWCASE_DATABASE__URL".into(), db_url.into());
    env.insert("SHOWCASE_APPLICATION__PORT".into(), "0".into());
    for (k, v) in extra {
        env.insert((*k).into(), (*v).into());
    }
    Settings::load(None, &env).expect("test settings")
}

/// Spawns the application on a fresh database, migrated and empty.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(&[]).await
}

/// Spawns the application with extra `SHOWCASE_*` settings.
pub async fn spawn_app_with(extra: &[(&str, &str)]) -> TestApp {
    LazyLock::force(&TRACING);
    let (db_name, db_url) = create_database().await;
    let settings = test_settings(&db_url, extra);
    let app = Application::build(settings)
        .await
        .expect("build the application");
    let port = app.port();
    let pool = app.pool().clone();
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("http client");
    TestApp {
        address: format!("http://127.0.0.1:{port}"),
        pool,
        db_name,
        client,
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("request")
    }

    /// GET with extra request headers.
    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
        let mut req = self.client.get(self.url(path));
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        req.send().await.expect("request")
    }

    /// Seeds the demo data into this app's database.
    pub async fn seed_demo(&self) {
        showcase::seed::demo(&self.pool)
            .await
            .expect("seed demo data");
    }

    /// A connection to the test server's maintenance database, for DDL on this app's
    /// database.
    pub async fn admin_connection(&self) -> PgConnection {
        PgConnection::connect(&base_database_url())
            .await
            .expect("admin connection")
    }
}
