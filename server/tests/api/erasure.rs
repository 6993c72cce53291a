//! Data rights: everything about an account downloads as JSON; erasing a child profile
//! leaves none of its unique strings in any table, stored file, search document, queued
//! or written email, cache or export; a team project stays for the others; the audit log
//! keeps that an erasure happened, not who. And an account deletes itself.

use chrono::Duration;
use showcase::domain::ApiScope;
use showcase::domain::account::Role;
use uuid::Uuid;

use crate::helpers::{Browser, TestApp, location, open_event, spawn_app};
use crate::projects::{png, upload};
use crate::trust::{consent_in_app, decide, hidden};

const FIRST: &str = "Zqxfirstcanary";
const SURNAME: &str = "Zqxsurnamecanary";
const DISPLAY: &str = "Zqxdisplaycanary";
const TITLE: &str = "Zqxtitlecanary Robot";
const WHY: &str = "Zqxwhycanary because the river floods";
/// The child on a team project.
const TEAM_FIRST: &str = "Zqxteamfirstcanary";
const TEAM_SURNAME: &str = "Zqxteamsurnamecanary";
const TEAM_DISPLAY: &str = "Zqxteamdisplaycanary";
const CANARIES: [&str; 8] = [
    FIRST,
    SURNAME,
    DISPLAY,
    "Zqxtitlecanary",
    "Zqxwhycanary",
    TEAM_FIRST,
    TEAM_SURNAME,
    TEAM_DISPLAY,
];

async fn child(adult: &Browser, first: &str, surname: &str, display: &str) {
    let res = adult
        .post(
            "/account/children",
            &[
                ("first_name", first),
                ("surname", surname),
                ("display_name", display),
                ("birth_year", "2014"),
                ("birth_month", "4"),
                ("country", "IE"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
}

fn form<'a>(title: &'a str, why: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        (
            "short_description",
            "Tells the village when to move the sheep.",
        ),
        ("category", "hardware"),
        ("language", "en"),
        ("project_url", "https://github.com/example/river"),
        ("video_url", ""),
        ("why_made", why),
        ("difficulties", "Waterproofing."),
        ("next_steps", "A siren."),
        ("community", ""),
        ("action", "submit"),
    ]
}

async fn new_project(adult: &Browser, creator: Uuid) -> Uuid {
    let res = adult
        .post("/projects", &[("creator_id", &creator.to_string())])
        .await;
    Uuid::parse_str(location(&res).trim_start_matches("/projects/")).expect("id")
}

/// Every row of every table of the app's schema, as text.
async fn every_row(app: &TestApp) -> String {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT quote_ident(table_name) FROM information_schema.tables
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    )
    .fetch_all(&app.pool)
    .await
    .expect("tables");
    let mut all = String::new();
    for t in tables {
        let rows: Vec<String> =
            sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT x::text FROM {t} x")))
                .fetch_all(&app.pool)
                .await
                .expect("rows");
        all.push_str(&rows.join("\n"));
    }
    all
}

/// Every file under the app's data folder (media, outbox), emails decoded.
fn every_file(app: &TestApp) -> String {
    fn walk(dir: &std::path::Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if let Ok(bytes) = std::fs::read(&path) {
                out.push_str(&String::from_utf8_lossy(&bytes));
                if path.extension().is_some_and(|e| e == "eml")
                    && let Some(m) = mail_parser::MessageParser::default().parse(&bytes)
                {
                    out.push_str(&m.body_text(0).unwrap_or_default());
                    out.push_str(m.subject().unwrap_or_default());
                }
            }
        }
    }
    let mut out = String::new();
    walk(app.data_dir.path(), &mut out);
    out
}

#[tokio::test]
async fn erasing_a_child_leaves_nothing_of_them_anywhere() {
    let app = spawn_app().await;
    open_event(&app, "Europe/Dublin", Duration::days(20)).await;
    let adult = app.signed_in("parent@example.org", &[Role::Adult]).await;
    child(&adult, FIRST, SURNAME, DISPLAY).await;
    child(&adult, TEAM_FIRST, TEAM_SURNAME, TEAM_DISPLAY).await;
    child(&adult, "Maeve", "Keepsurname", "Maeve").await;
    let kids: Vec<Uuid> = sqlx::query_scalar("SELECT id FROM creators ORDER BY created_at, id")
        .fetch_all(&app.pool)
        .await
        .expect("children");
    let (canary, teammate, other) = (kids[0], kids[1], kids[2]);
    let organizer = app.signed_in("org@example.org", &[Role::Organizer]).await;

    // A project of the first child's alone, with a picture; and a team project the
    // second child manages with Maeve.
    let alone = new_project(&adult, canary).await;
    let res = upload(
        &adult,
        alone,
        "river.png",
        png(640, 480),
        "The sensor",
        false,
    )
    .await;
    assert_eq!(res.status(), 303);
    app.drain_jobs().await;
    assert_eq!(
        adult
            .post(&format!("/projects/{alone}"), &form(TITLE, WHY))
            .await
            .status(),
        303
    );
    let team = new_project(&adult, teammate).await;
    let res = adult
        .post(
            &format!("/projects/{team}/members"),
            &[("creator_id", &other.to_string())],
        )
        .await;
    assert_eq!(res.status(), 303);
    let res = adult
        .post(
            &format!("/projects/{team}"),
            &form("Sheep Alarm", "The sheep kept drowning."),
        )
        .await;
    assert_eq!(res.status(), 303);
    for (project, members) in [(alone, vec![canary]), (team, vec![teammate, other])] {
        for m in members {
            consent_in_app(&adult, project, m).await;
        }
        assert_eq!(
            decide(&organizer, project, "approved", "").await.status(),
            303
        );
    }
    app.drain_jobs().await;
    // Everything public names the child now: gallery pages (cached), search, the API.
    assert!(
        app.get(&format!("/gallery/{team}"))
            .await
            .text()
            .await
            .expect("page")
            .contains(TEAM_DISPLAY)
    );
    assert!(
        app.get(&format!("/gallery/{alone}"))
            .await
            .text()
            .await
            .expect("page")
            .contains(TITLE)
    );
    let found: serde_json::Value = app
        .get("/api/v1/projects?q=Zqxtitlecanary")
        .await
        .json()
        .await
        .expect("search");
    assert_eq!(found["total"], 1);
    let before = every_row(&app).await;
    assert!(before.contains(SURNAME));
    assert!(
        before.contains("zqxtitlecanary"),
        "the title's words are in the typo list"
    );
    let files = every_file(&app);
    assert!(
        files.contains(TITLE),
        "the outbox has emails about the child's project: {}",
        files.len()
    );
    // A reminder still waiting to be sent names the child's project.
    sqlx::query(
        "INSERT INTO jobs (kind, payload, run_at) VALUES ('email',
           jsonb_build_object('Email', jsonb_build_object('ProjectNotice', jsonb_build_object(
             'user_id', (SELECT id FROM users WHERE email = 'parent@example.org'),
             'project_id', $1::uuid, 'notice', 'Approved'))), now() + interval '1 day')",
    )
    .bind(alone)
    .execute(&app.pool)
    .await
    .expect("a queued email");
    let image: Uuid = sqlx::query_scalar("SELECT id FROM project_images WHERE project_id = $1")
        .bind(alone)
        .fetch_one(&app.pool)
        .await
        .expect("image");
    let stored = app
        .data_dir
        .path()
        .join(format!("media/images/{image}/480.jpg"));
    assert!(stored.exists(), "{}", stored.display());

    // The adult asks, is told what happens, confirms.
    let path = format!("/account/children/{canary}/delete");
    let page = adult.get_text(&path).await;
    assert!(
        page.contains("cannot be undone") && page.contains(DISPLAY),
        "{page}"
    );
    let res = adult.post(&path, &[]).await;
    assert_eq!(res.status(), 400, "not without ticking the box");
    assert!(
        every_row(&app).await.contains(SURNAME),
        "nothing erased yet"
    );
    let res = adult.post(&path, &[("confirm", "on")]).await;
    assert_eq!(res.status(), 303);
    let res = adult
        .post(
            &format!("/account/children/{teammate}/delete"),
            &[("confirm", "on")],
        )
        .await;
    assert_eq!(res.status(), 303);
    app.drain_jobs().await;

    // None of the canaries anywhere: tables (search documents and typo words included),
    // files (media and the outbox), the gallery and its caches, search, the API, exports.
    let rows = every_row(&app).await;
    let files = every_file(&app);
    let token = showcase::admin::create_token(
        &app.ops(),
        "org@example.org",
        &[
            ApiScope::ExportsRead.as_str(),
            ApiScope::PersonalDataRead.as_str(),
        ]
        .join(","),
        "after",
    )
    .await
    .expect("token");
    let mut public = String::new();
    for path in [
        format!("/gallery/{team}"),
        format!("/gallery/{alone}"),
        "/gallery".to_owned(),
        format!("/api/v1/projects/{team}"),
    ] {
        public.push_str(&app.get(&path).await.text().await.expect("body"));
    }
    // Searches for them find nothing (their pages echo the query, so count the hits).
    for q in ["Zqxtitlecanary", "Zqxdisplaycanary", "Zqxteamdisplaycanary"] {
        let found: serde_json::Value = app
            .get(&format!("/api/v1/projects?q={q}"))
            .await
            .json()
            .await
            .expect("search");
        assert_eq!(found["total"], 0, "{q}");
    }
    for what in ["projects", "creators", "consents", "scores", "awards"] {
        let res = app
            .client
            .get(app.url(&format!(
                "/api/v1/events/current/exports/{what}?purpose=data-request"
            )))
            .bearer_auth(&token)
            .send()
            .await
            .expect("export");
        assert_eq!(res.status(), 200);
        public.push_str(&res.text().await.expect("export"));
    }
    // Case folded: search words are stored lowercased.
    let (rows, files, public) = (
        rows.to_lowercase(),
        files.to_lowercase(),
        public.to_lowercase(),
    );
    for c in CANARIES.map(str::to_lowercase) {
        assert!(!rows.contains(&c), "{c} is still in a table");
        assert!(!files.contains(&c), "{c} is still in a stored file");
        assert!(!public.contains(&c), "{c} is still served");
    }
    assert!(!stored.exists(), "the picture is gone from storage");
    let queued: i64 =
        sqlx::query_scalar("SELECT count(*) FROM jobs WHERE payload::text LIKE '%' || $1 || '%'")
            .bind(alone.to_string())
            .fetch_one(&app.pool)
            .await
            .expect("jobs");
    assert_eq!(queued, 0, "queued emails about the project are gone");

    // The team project stays, for Maeve, who now manages it, and is still public.
    let (owner, members): (Uuid, i64) = sqlx::query_as(
        "SELECT owner_creator_id, (SELECT count(*) FROM project_members WHERE project_id = $1)
         FROM projects WHERE id = $1",
    )
    .bind(team)
    .fetch_one(&app.pool)
    .await
    .expect("the team project");
    assert_eq!((owner, members), (other, 1));
    let page = app
        .get(&format!("/gallery/{team}"))
        .await
        .text()
        .await
        .expect("page");
    assert!(page.contains("Sheep Alarm") && page.contains("Maeve"));
    assert!(app.get(&format!("/gallery/{alone}")).await.status() == 404);

    // The audit log says an erasure happened, not who.
    let rows: Vec<(String, Option<Uuid>, serde_json::Value)> = sqlx::query_as(
        "SELECT target_type, target_id, summary FROM audit_log
         WHERE action = 'account.erase_child' ORDER BY id",
    )
    .fetch_all(&app.pool)
    .await
    .expect("audit rows");
    assert_eq!(rows.len(), 2, "one row per erasure");
    for (target_type, target_id, summary) in &rows {
        assert_eq!((target_type.as_str(), *target_id), ("none", None));
        for id in [canary, teammate] {
            assert!(!summary.to_string().contains(&id.to_string()));
        }
    }
    assert_eq!(rows[0].2["projects_deleted"], 1);
    assert_eq!(rows[1].2["projects_kept"], 1);
}

#[tokio::test]
async fn a_creator_downloads_their_data_then_deletes_their_account() {
    let app = spawn_app().await;
    open_event(&app, "Europe/Dublin", Duration::days(20)).await;
    let teen = app.signed_in("teen@example.org", &[Role::Creator]).await;
    sqlx::query(
        "INSERT INTO creators (user_id, first_name, surname, display_name, birth_year, birth_month, country)
         SELECT id, 'Aoife', 'Zqxteensurname', 'Aoife', 2010, 2, 'IE' FROM users WHERE email = 'teen@example.org'",
    )
    .execute(&app.pool)
    .await
    .expect("profile");

    let page = teen.get_text("/account").await;
    assert!(
        page.contains("/account/data") && page.contains("/account/delete"),
        "{page}"
    );
    let res = teen.post("/account/data", &[]).await;
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-disposition"]
            .to_str()
            .expect("h")
            .contains("attachment")
    );
    let doc: serde_json::Value = res.json().await.expect("json");
    assert_eq!(doc["account"]["email"], "teen@example.org");
    assert_eq!(doc["creator_profiles"][0]["surname"], "Zqxteensurname");
    assert!(doc["account"].get("password_hash").is_none(), "no secrets");
    assert!(doc["sessions"].as_array().is_some_and(|s| !s.is_empty()));

    let page = teen.get_text("/account/delete").await;
    let csrf = hidden(&page, "csrf_token");
    let res = teen
        .post_raw(
            "/account/delete",
            &[("csrf_token", &csrf), ("confirm", "on")],
        )
        .await;
    assert_eq!(res.status(), 200);
    assert!(
        res.text()
            .await
            .expect("page")
            .contains("Your account is deleted")
    );
    assert_eq!(app.count("users").await, 0);
    assert_eq!(app.count("creators").await, 0);
    assert_eq!(app.count("sessions").await, 0);
    assert!(!every_row(&app).await.contains("teen@example.org"));
    // Signed out: the account page asks to sign in again, and the password is no more.
    let res = teen.get("/account").await;
    assert_eq!(res.status(), 303);
    let res = teen
        .sign_in("teen@example.org", crate::helpers::PASSWORD)
        .await;
    assert_ne!(res.status(), 303);
    let erased: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_log WHERE action = 'account.erase' AND actor_id IS NULL",
    )
    .fetch_one(&app.pool)
    .await
    .expect("audit");
    assert_eq!(erased, 1);

    // Staff accounts are removed by an organizer, not by themselves.
    let judge = app.signed_in("judge@example.org", &[Role::Judge]).await;
    assert!(
        !judge
            .get_text("/account")
            .await
            .contains("/account/delete\"")
    );
    let csrf = hidden(&judge.get_text("/account/delete").await, "csrf_token");
    let res = judge
        .post_raw(
            "/account/delete",
            &[("csrf_token", &csrf), ("confirm", "on")],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(app.count("users").await, 1);
}

#[tokio::test]
async fn the_retention_sweep_deletes_only_what_has_outlived_its_time() {
    let app = spawn_app().await;
    let event = open_event(&app, "Europe/Dublin", Duration::days(20)).await;
    sqlx::query(
        "INSERT INTO users (email, display_name, created_at) VALUES
           ('stale@example.org', 'Stale', now() - interval '20 days'),
           ('fresh@example.org', 'Fresh', now() - interval '2 days'),
           ('busy@example.org', 'Busy', now() - interval '20 days')",
    )
    .execute(&app.pool)
    .await
    .expect("accounts");
    // The busy one manages a child with a project: kept, whatever its age.
    let child: Uuid = sqlx::query_scalar(
        "INSERT INTO creators (managed_by, first_name, surname, display_name, birth_year, birth_month, country)
         SELECT id, 'Kid', 'Kept', 'Kid', 2014, 3, 'IE' FROM users WHERE email = 'busy@example.org' RETURNING id",
    )
    .fetch_one(&app.pool)
    .await
    .expect("child");
    let project: Uuid = sqlx::query_scalar(
        "INSERT INTO projects (event_id, owner_creator_id, join_code) VALUES ($1, $2, 'keep') RETURNING id",
    )
    .bind(event)
    .bind(child)
    .fetch_one(&app.pool)
    .await
    .expect("project");
    sqlx::query(
        "INSERT INTO project_members (project_id, event_id, creator_id) VALUES ($1, $2, $3)",
    )
    .bind(project)
    .bind(event)
    .bind(child)
    .execute(&app.pool)
    .await
    .expect("member");
    sqlx::query(
        "INSERT INTO consent_requests (creator_id, project_id, guardian_email, status, expires_at) VALUES
           ($1, $2, 'old@example.org', 'expired', now() - interval '40 days'),
           ($1, $2, 'recent@example.org', 'expired', now() - interval '3 days'),
           ($1, $2, NULL, 'answered', now() - interval '90 days')",
    )
    .bind(child)
    .bind(project)
    .execute(&app.pool)
    .await
    .expect("requests");
    sqlx::query(
        "INSERT INTO auth_tokens (purpose, token_hash, user_id, expires_at, used_at)
         SELECT 'reset_password', decode(md5(x::text), 'hex'), (SELECT id FROM users WHERE email = 'busy@example.org'),
                now() - make_interval(days => x), NULL
         FROM unnest(ARRAY[40, 1]) AS x",
    )
    .execute(&app.pool)
    .await
    .expect("links");
    sqlx::query(
        "INSERT INTO jobs (kind, payload) SELECT 'email',
           jsonb_build_object('Email', jsonb_build_object('VerifyEmail', jsonb_build_object('user_id', id)))
         FROM users WHERE email = 'stale@example.org'",
    )
    .execute(&app.pool)
    .await
    .expect("a verification email");

    let actor = showcase::operations::Actor::system(showcase::operations::Via::Worker);
    let swept = showcase::operations::retention::sweep(&app.ops(), &actor)
        .await
        .expect("sweep")
        .expect("not locked");
    assert_eq!(swept.unconfirmed_accounts, 1);
    assert_eq!(swept.expired_consent_requests, 1);
    assert_eq!(swept.old_links, 1);
    assert_eq!(swept.jobs, 1);
    let emails: Vec<String> = sqlx::query_scalar("SELECT email FROM users ORDER BY email")
        .fetch_all(&app.pool)
        .await
        .expect("users");
    assert_eq!(emails, ["busy@example.org", "fresh@example.org"]);
    let guardians: Vec<Option<String>> =
        sqlx::query_scalar("SELECT guardian_email FROM consent_requests ORDER BY guardian_email")
            .fetch_all(&app.pool)
            .await
            .expect("requests");
    assert_eq!(guardians, [Some("recent@example.org".to_owned()), None]);
    assert_eq!(app.count("auth_tokens").await, 1);
    assert_eq!(
        app.count("audit_log WHERE action = 'retention.sweep' AND actor_role = 'system'")
            .await,
        1
    );
    // Nothing more to do: no second audit row.
    let again = showcase::operations::retention::sweep(&app.ops(), &actor)
        .await
        .expect("sweep")
        .expect("not locked");
    assert_eq!(again, showcase::db::retention::Swept::default());
    assert_eq!(
        app.count("audit_log WHERE action = 'retention.sweep'")
            .await,
        1
    );
}
