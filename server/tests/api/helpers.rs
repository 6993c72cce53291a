//! `spawn_app()`: a running application on port 0 with its own database.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::{Duration, Utc};
use showcase::auth::password;
use showcase::config::Settings;
use showcase::db;
use showcase::domain::account::{DisplayName, EmailAddress, NewPassword, Role};
use showcase::domain::event::NewEvent;
use showcase::domain::{
    CategorySlug, ConsentAge, DEFAULT_CATEGORIES, EventSlug, LanguageTag, Phase, PhaseSchedule,
    Timezone,
};
use showcase::telemetry;
use showcase::web::app::Application;
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

/// The name of a database with every migration applied, made once per test process:
/// `spawn_app` copies it (`CREATE DATABASE … TEMPLATE`), which is much cheaper than
/// running the migrations for every test. (The application still runs its migrator at
/// start, and finds nothing to do.)
async fn migrated_template() -> &'static str {
    static TEMPLATE: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    TEMPLATE
        .get_or_init(|| async {
            let (name, url) = create_database().await;
            let mut conn = PgConnection::connect(&url).await.expect("connect");
            db::MIGRATOR
                .run(&mut conn)
                .await
                .expect("migrate the template database");
            conn.close().await.expect("close");
            name
        })
        .await
}

/// Creates a database with every migration applied; returns its name and URL.
pub async fn create_migrated_database() -> (String, String) {
    let template = migrated_template().await;
    let base = base_database_url();
    let name = format!("test_{}", Uuid::new_v4().simple());
    let mut admin = PgConnection::connect(&base)
        .await
        .expect("connect to the test server");
    sqlx::query(AssertSqlSafe(format!(
        r#"CREATE DATABASE "{name}" TEMPLATE "{template}""#
    )))
    .execute(&mut admin)
    .await
    .expect("copy the migrated template database");
    let url = database_url(&base, &name);
    (name, url)
}

/// A running application and what a test needs to talk to it.
pub struct TestApp {
    pub address: String,
    pub pool: PgPool,
    pub db_name: String,
    pub client: reqwest::Client,
    /// The app's data folder (outbox, media), removed with the app.
    pub data_dir: tempfile::TempDir,
    /// The port of the separate metrics listener, when `metrics.listen` is set.
    pub metrics_port: Option<u16>,
    /// The job queue's workers, run by the test itself (`drain_jobs`): no worker runs in
    /// the background unless a test asks for it (`SHOWCASE_JOBS__RUN_IN_SERVER=true`).
    pub jobs: std::sync::Arc<showcase::workers::WorkerContext>,
}

/// The password of accounts tests create.
pub const PASSWORD: &str = "correct horse battery staple";

/// Settings for a test: the defaults plus port 0, the given database, quick job polling
/// and retries, and `extra` variables.
pub fn test_settings(db_url: &str, data_dir: &std::path::Path, extra: &[(&str, &str)]) -> Settings {
    let mut env: HashMap<String, String> = HashMap::new();
    env.insert("SHOWCASE_DATABASE__URL".into(), db_url.into());
    env.insert("SHOWCASE_APPLICATION__PORT".into(), "0".into());
    env.insert(
        "SHOWCASE_APPLICATION__DATA_DIR".into(),
        data_dir.display().to_string(),
    );
    env.insert("SHOWCASE_JOBS__POLL_INTERVAL_MS".into(), "100".into());
    env.insert("SHOWCASE_JOBS__RETRY_BASE_SECS".into(), "0.2".into());
    // Tests sign in many times from one address; the rate-limit test sets its own.
    env.insert("SHOWCASE_AUTH__RATE_LIMIT_BURST".into(), "1000".into());
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
    let (db_name, db_url) = create_migrated_database().await;
    let data_dir = tempfile::tempdir().expect("data dir");
    let mut with_defaults = vec![("SHOWCASE_JOBS__RUN_IN_SERVER", "false")];
    with_defaults.extend_from_slice(extra);
    let settings = test_settings(&db_url, data_dir.path(), &with_defaults);
    let app = Application::build(settings)
        .await
        .expect("build the application");
    let port = app.port();
    let pool = app.pool().clone();
    let jobs = app.jobs();
    let metrics_port = app.metrics_port();
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
        data_dir,
        jobs,
        metrics_port,
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

    /// Seeds a small demo (events, accounts, 12 projects, 3 with images) into this app.
    pub async fn seed_demo(&self) -> showcase::seed::SeedReport {
        showcase::seed::demo(
            &self.pool,
            &self.storage(),
            showcase::seed::SeedOptions {
                projects: 12,
                with_images: 3,
            },
        )
        .await
        .expect("seed demo data")
    }

    /// The application's operations, for tests that make changes the way the app does.
    pub fn ops(&self) -> showcase::operations::Ops {
        let settings = test_settings(
            &database_url(&base_database_url(), &self.db_name),
            self.data_dir.path(),
            &[],
        );
        showcase::operations::Ops::new(
            self.pool.clone(),
            std::sync::Arc::new(self.storage()),
            settings,
        )
    }

    /// An account as the actor of an operation.
    pub fn actor(&self, user: Uuid, roles: &[Role]) -> showcase::operations::Actor {
        showcase::operations::Actor::account(
            user,
            roles.to_vec(),
            showcase::operations::Via::Web,
            None,
        )
    }

    /// The id of a project's newest revision (what a moderator decides on).
    pub async fn newest_revision(&self, project: Uuid) -> Uuid {
        sqlx::query_scalar(
            "SELECT id FROM project_revisions WHERE project_id = $1 ORDER BY number DESC LIMIT 1",
        )
        .bind(project)
        .fetch_one(&self.pool)
        .await
        .expect("a revision")
    }

    /// The app's media storage.
    pub fn storage(&self) -> showcase::media::LocalDisk {
        showcase::media::LocalDisk::new(self.data_dir.path().join("media")).expect("storage")
    }

    /// A new browser: its own cookie jar (session), no automatic redirects.
    pub fn browser(&self) -> Browser {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("http client");
        Browser {
            client,
            base: self.address.clone(),
        }
    }

    /// Creates a verified account with `PASSWORD` and the given roles.
    pub async fn create_user(&self, email: &str, roles: &[Role]) -> uuid::Uuid {
        let mut conn = self.pool.acquire().await.expect("conn");
        let email = EmailAddress::parse(email).expect("email");
        let hash = password::hash(NewPassword::parse(PASSWORD).expect("password"))
            .await
            .expect("hash");
        let name =
            DisplayName::parse(email.as_str().split('@').next().unwrap_or("user")).expect("name");
        let id = db::users::insert_user(&mut conn, &email, Some(&hash), &name, "en", true)
            .await
            .expect("insert user")
            .expect("new email");
        for role in roles {
            db::users::grant_role(&mut conn, id, *role, None)
                .await
                .expect("grant");
        }
        id
    }

    /// A browser signed in as a new account with these roles.
    pub async fn signed_in(&self, email: &str, roles: &[Role]) -> Browser {
        self.create_user(email, roles).await;
        let browser = self.browser();
        let res = browser.sign_in(email, PASSWORD).await;
        assert_eq!(res.status(), 303, "sign-in of {email}");
        browser
    }

    /// Counts rows of a table (to prove that refused requests changed nothing).
    pub async fn count(&self, table: &str) -> i64 {
        sqlx::query_scalar(AssertSqlSafe(format!("SELECT count(*) FROM {table}")))
            .fetch_one(&self.pool)
            .await
            .expect("count")
    }

    /// Runs every due job to completion, here and now; returns how many ran.
    pub async fn drain_jobs(&self) -> usize {
        showcase::workers::drain(&self.jobs)
            .await
            .expect("run the job queue")
    }

    /// Makes the retries of failed jobs due now (as if their backoff had passed).
    pub async fn retries_due_now(&self) {
        sqlx::query(
            "UPDATE jobs SET run_at = now() WHERE status = 'pending' AND last_error IS NOT NULL",
        )
        .execute(&self.pool)
        .await
        .expect("retries due");
    }

    /// Runs the queue, then the email to `to` whose subject contains `subject`.
    pub async fn email(
        &self,
        smtp: &crate::services::SmtpServer,
        to: &str,
        subject: &str,
    ) -> crate::services::ReceivedEmail {
        self.drain_jobs().await;
        smtp.received(to, |m| m.subject.contains(subject))
    }

    /// Runs the queue, then the email to `to` whose text contains `needle`.
    pub async fn email_with_text(
        &self,
        smtp: &crate::services::SmtpServer,
        to: &str,
        needle: &str,
    ) -> crate::services::ReceivedEmail {
        self.drain_jobs().await;
        smtp.received(to, |m| m.text.contains(needle))
    }

    /// A connection to the test server's maintenance database, for DDL on this app's
    /// database.
    pub async fn admin_connection(&self) -> PgConnection {
        PgConnection::connect(&base_database_url())
            .await
            .expect("admin connection")
    }

    /// Takes this app's database away (refuses new connections and cuts the existing
    /// ones, as a restart would) or gives it back.
    pub async fn set_database_reachable(&self, reachable: bool) {
        let mut admin = self.admin_connection().await;
        let db = &self.db_name;
        sqlx::query(AssertSqlSafe(format!(
            r#"ALTER DATABASE "{db}" ALLOW_CONNECTIONS {reachable}"#
        )))
        .execute(&mut admin)
        .await
        .expect("allow or refuse connections");
        if !reachable {
            sqlx::query(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1",
            )
            .bind(db)
            .execute(&mut admin)
            .await
            .expect("cut the connections");
        }
    }
}

/// A PNG of `w`×`h` pixels (a gradient: it survives re-encoding recognisably).
pub fn png(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x % 200) as u8, (y % 200) as u8, 90])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut out, image::ImageFormat::Png)
        .expect("png");
    out.into_inner()
}

/// Follows the invitation emailed to `email` and accepts it as a new account named
/// `name`: the new judge's (or organizer's) signed-in browser, on `/judge`.
pub async fn accept_invitation(
    app: &TestApp,
    smtp: &crate::services::SmtpServer,
    email: &str,
    name: &str,
) -> Browser {
    let link = app.email(smtp, email, "").await.link(&app.address);
    let browser = app.browser();
    let token = csrf_in(&browser.get_text(&link).await);
    let res = browser
        .client
        .post(&link)
        .form(&[
            ("csrf_token", token.as_str()),
            ("display_name", name),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .expect("accept");
    assert_eq!(location(&res), "/judge", "{email} accepts");
    browser
}

/// A browser: a cookie jar and the app's address.
pub struct Browser {
    pub client: reqwest::Client,
    pub base: String,
}

/// The value of the first `csrf_token` hidden field in a page.
pub fn csrf_in(html: &str) -> String {
    let marker = r#"name="csrf_token" value=""#;
    let start = html
        .find(marker)
        .unwrap_or_else(|| panic!("no CSRF token in page:\n{html}"))
        + marker.len();
    html[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .to_owned()
}

impl Browser {
    pub fn url(&self, path: &str) -> String {
        if path.starts_with("http") {
            path.to_owned()
        } else {
            format!("{}{}", self.base, path)
        }
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    pub async fn get_text(&self, path: &str) -> String {
        self.get(path).await.text().await.expect("body")
    }

    /// The CSRF token of this browser's session, read from a page with a form.
    pub async fn csrf(&self) -> String {
        csrf_in(&self.get_text("/sign-in").await)
    }

    /// Posts a form with this session's CSRF token added.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let token = self.csrf().await;
        let mut form: Vec<(&str, &str)> = vec![("csrf_token", token.as_str())];
        form.extend_from_slice(fields);
        self.client
            .post(self.url(path))
            .form(&form)
            .send()
            .await
            .expect("POST")
    }

    /// Posts a form exactly as given (no CSRF token added).
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .form(fields)
            .send()
            .await
            .expect("POST")
    }

    pub async fn sign_in(&self, email: &str, password: &str) -> reqwest::Response {
        self.post(
            "/sign-in",
            &[("email", email), ("password", password), ("next", "")],
        )
        .await
    }
}

/// Where `word` stands in `page` as a whole word (not inside a longer one: the surname
/// Martin is not in the first name Martina), with what surrounds it for the message.
pub fn whole_word_in(page: &str, word: &str) -> Option<String> {
    page.match_indices(word).find_map(|(at, _)| {
        let before = page[..at].chars().next_back();
        let after = page[at + word.len()..].chars().next();
        let bounded = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
        (bounded(before) && bounded(after)).then(|| {
            let from = page.floor_char_boundary(at.saturating_sub(200));
            let to = page.ceil_char_boundary((at + word.len() + 100).min(page.len()));
            page[from..to].to_owned()
        })
    })
}

/// Where a redirect points.
pub fn location(res: &reqwest::Response) -> String {
    res.headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// Creates an open event whose submission deadline is `deadline_in` from now.
pub async fn open_event(app: &TestApp, tz: &str, deadline_in: Duration) -> Uuid {
    let now = Utc::now();
    let close = now + deadline_in;
    let starts = [
        now - Duration::days(10),
        close,
        close + Duration::days(10),
        close + Duration::days(20),
        close + Duration::days(30),
        close + Duration::days(60),
    ];
    let event = NewEvent {
        slug: EventSlug::parse("test-event").expect("slug"),
        name: "Test Showcase".into(),
        timezone: Timezone::parse(tz).expect("tz"),
        phase: Phase::SubmissionsOpen,
        schedule: PhaseSchedule::new(starts).expect("schedule"),
        reference_date: (close + Duration::days(30)).date_naive(),
        consent_age: ConsentAge::DEFAULT,
        content_languages: ["en", "ja", "ar", "hi", "tr", "es", "pt"]
            .iter()
            .map(|t| LanguageTag::parse(t).expect("tag"))
            .collect(),
    };
    let categories: Vec<CategorySlug> = DEFAULT_CATEGORIES
        .iter()
        .map(|s| CategorySlug::parse(s).expect("slug"))
        .collect();
    let mut conn = app.pool.acquire().await.expect("conn");
    db::events::insert(&mut conn, &event, &categories)
        .await
        .expect("event")
        .0
}
