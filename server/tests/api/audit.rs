//! The audit log: one row per privileged action, written by the operation in its own
//! transaction, with who, in what role, what, on what, and the request's id; the
//! database refuses to change or remove rows.

use chrono::Duration;
use showcase::domain::account::Role;
use uuid::Uuid;

use crate::helpers::{location, open_event, spawn_app};

#[tokio::test]
async fn the_audit_log_is_insert_only_for_the_application() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let rows = app.count("audit_log").await;
    assert!(rows > 0);
    for statement in [
        "UPDATE audit_log SET action = 'moderation.nothing'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
    ] {
        let refused = sqlx::query(statement)
            .execute(&app.pool)
            .await
            .expect_err(statement);
        assert!(
            refused.to_string().contains("insert-only"),
            "{statement}: {refused}"
        );
    }
    assert_eq!(app.count("audit_log").await, rows, "nothing changed");
    // Inserting stays possible (that is how every action is recorded).
    sqlx::query(
        "INSERT INTO audit_log (actor_role, via, action, target_type) VALUES ('system', 'cli', 'test.insert', 'none')",
    )
    .execute(&app.pool)
    .await
    .expect("insert");
}

#[tokio::test]
async fn the_demo_seed_moderates_through_the_operations_so_its_decisions_are_audited() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let (decisions, audited): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT count(*) FROM moderation_decisions),
                (SELECT count(*) FROM audit_log WHERE action = 'moderation.decide' AND via = 'seed'
                   AND actor_role = 'organizer' AND actor_id IS NOT NULL)",
    )
    .fetch_one(&app.pool)
    .await
    .expect("counts");
    assert!(decisions > 0);
    assert_eq!(decisions, audited, "one audit row per decision");
    let consents: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_log WHERE action = 'consent.answer' AND actor_role = 'adult'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("consents");
    assert!(consents > 0);
}

#[tokio::test]
async fn a_decision_through_the_web_is_audited_with_who_what_and_the_request_id() {
    let app = spawn_app().await;
    open_event(&app, "Europe/Lisbon", Duration::days(10)).await;
    let adult = app.signed_in("mentor@example.org", &[Role::Adult]).await;
    adult
        .post(
            "/account/children",
            &[
                ("first_name", "Inês"),
                ("surname", "Privatesurname"),
                ("display_name", "Inês"),
                ("birth_year", "2014"),
                ("birth_month", "9"),
                ("country", "PT"),
            ],
        )
        .await;
    let child: Uuid = sqlx::query_scalar("SELECT id FROM creators")
        .fetch_one(&app.pool)
        .await
        .expect("child");
    let res = adult
        .post("/projects", &[("creator_id", &child.to_string())])
        .await;
    let project = Uuid::parse_str(location(&res).trim_start_matches("/projects/")).expect("id");
    let organizer_id = app
        .create_user("moderator@example.org", &[Role::Organizer])
        .await;
    let organizer = app.browser();
    organizer
        .sign_in("moderator@example.org", crate::helpers::PASSWORD)
        .await;
    let form = [
        ("title", "Tide Clock"),
        ("short_description", "Shows when the tide turns."),
        ("category", "hardware"),
        ("language", "pt"),
        ("project_url", "https://github.com/example/tide"),
        ("why_made", "Fishermen asked us."),
        ("difficulties", "The moon."),
        ("next_steps", "A bigger screen."),
        ("action", "submit"),
    ];
    adult.post(&format!("/projects/{project}"), &form).await;
    let res = organizer
        .post(
            &format!("/organizer/projects/{project}/moderate"),
            &[
                ("revision", &app.newest_revision(project).await.to_string()),
                ("decision", "changes_requested"),
                ("reason", "Please add a video."),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let request_id = res
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .expect("request id")
        .to_owned();
    let row: (
        Option<Uuid>,
        String,
        String,
        String,
        Option<Uuid>,
        serde_json::Value,
        Option<String>,
    ) = sqlx::query_as(
        "SELECT actor_id, actor_role, via, target_type, target_id, summary, request_id
             FROM audit_log WHERE action = 'moderation.decide'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("one audit row");
    assert_eq!(row.0, Some(organizer_id));
    assert_eq!(
        (row.1.as_str(), row.2.as_str(), row.3.as_str()),
        ("organizer", "web", "project")
    );
    assert_eq!(row.4, Some(project));
    assert_eq!(row.5["before"], "pending");
    assert_eq!(row.5["after"], "changes_requested");
    assert_eq!(row.6.as_deref(), Some(request_id.as_str()));
    // Free text (the reason) stays out of the log.
    assert!(!row.5.to_string().contains("video"));
    // The team's own changes are on record too.
    let actions: Vec<String> =
        sqlx::query_scalar("SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id")
            .bind(project)
            .fetch_all(&app.pool)
            .await
            .expect("actions");
    assert_eq!(
        actions,
        ["project.create", "project.submit", "moderation.decide"]
    );
}

/// The viewer: filters by actor, action (or area), target and days, pages, keeps what was
/// typed when a filter is wrong, and downloads what it shows (itself one audit row).
#[tokio::test]
async fn organizers_search_the_audit_log_and_download_what_they_find() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let organizer = app.browser();
    let res = organizer
        .sign_in(
            "organizer@demo.showcase.test",
            showcase::seed::DEMO_PASSWORD,
        )
        .await;
    assert_eq!(res.status(), 303);
    // More entries than a page holds (the oldest ones in the log).
    sqlx::query(
        "INSERT INTO audit_log (at, actor_role, via, action, target_type)
         SELECT now() - interval '30 days', 'system', 'cli', 'test.filler', 'none'
         FROM generate_series(1, 60)",
    )
    .execute(&app.pool)
    .await
    .expect("filler");
    let page = organizer.get_text("/organizer/audit").await;
    assert_eq!(page.matches("<tr>").count(), 51, "a header and 50 entries");
    assert!(page.contains("<code>test.filler</code>"), "newest first");
    let older = page
        .split("href=\"/organizer/audit?")
        .filter_map(|s| s.split('"').next())
        .find(|q| q.contains("before="))
        .expect("50 a page, then a link to older ones")
        .replace("&amp;", "&");
    let page = organizer
        .get_text(&format!("/organizer/audit?{older}"))
        .await;
    assert!(
        page.contains("<code>moderation.decide</code>"),
        "older entries on the next page"
    );

    // An area: only its actions.
    let page = organizer.get_text("/organizer/audit?action=consent").await;
    assert!(page.contains("<code>consent.answer</code>"));
    assert!(!page.contains("<code>moderation.decide</code>"), "{page}");

    // One target: a project's history, and nothing else.
    let project: Uuid = sqlx::query_scalar(
        "SELECT target_id FROM audit_log WHERE action = 'moderation.decide' LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a moderated project");
    let about: i64 = sqlx::query_scalar("SELECT count(*) FROM audit_log WHERE target_id = $1")
        .bind(project)
        .fetch_one(&app.pool)
        .await
        .expect("count");
    let page = organizer
        .get_text(&format!("/organizer/audit?target={project}"))
        .await;
    assert_eq!(
        page.matches("<tr>").count() as i64 - 1,
        about,
        "a row per entry about the project"
    );

    // By who, by address: the organizer's own entries; an address without an account
    // matches nothing.
    let page = organizer
        .get_text("/organizer/audit?actor=organizer%40demo.showcase.test&action=moderation.decide")
        .await;
    assert!(page.contains("<code>moderation.decide</code>"));
    let page = organizer
        .get_text("/organizer/audit?actor=nobody%40example.org")
        .await;
    assert!(page.contains("No entry matches."), "{page}");
    // Days: tomorrow holds nothing yet.
    let tomorrow = (chrono::Utc::now() + Duration::days(2)).format("%Y-%m-%d");
    let page = organizer
        .get_text(&format!("/organizer/audit?from={tomorrow}"))
        .await;
    assert!(page.contains("No entry matches."));

    // Wrong filters: every problem said, what was typed kept.
    let res = organizer
        .get("/organizer/audit?actor=not+an+address&target=1234&from=yesterday&action=DROP")
        .await;
    assert_eq!(res.status(), 400);
    let page = res.text().await.expect("page");
    for message in [
        "Enter an email address or an account id.",
        "An id looks like",
        "Enter a day as YYYY-MM-DD.",
        "An action looks like",
    ] {
        assert!(page.contains(message), "{message}: {page}");
    }
    assert!(page.contains("value=\"not an address\""));

    // The download: the rows the filter finds, and one audit row saying so.
    let decisions: i64 =
        sqlx::query_scalar("SELECT count(*) FROM audit_log WHERE action = 'moderation.decide'")
            .fetch_one(&app.pool)
            .await
            .expect("count");
    let before = app.count("audit_log").await;
    let res = organizer
        .post(
            "/organizer/audit/export",
            &[("action", "moderation.decide"), ("format", "csv")],
        )
        .await;
    assert_eq!(res.status(), 200);
    let body = res.bytes().await.expect("csv");
    let mut reader = csv::Reader::from_reader(&body[3..]);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("record")).collect();
    assert_eq!(rows.len() as i64, decisions);
    assert!(rows.iter().all(|r| &r[7] == "moderation.decide"));
    assert_eq!(app.count("audit_log").await, before + 1);
    let summary: serde_json::Value =
        sqlx::query_scalar("SELECT summary FROM audit_log WHERE action = 'export.audit_log'")
            .fetch_one(&app.pool)
            .await
            .expect("the download's row");
    assert_eq!(summary["action"], "moderation.decide");

    // The same through the API, for tokens with exports:read.
    let token = showcase::admin::create_token(
        &app.ops(),
        "organizer@demo.showcase.test",
        "exports:read",
        "audit",
    )
    .await
    .expect("token");
    let text = app
        .client
        .get(app.url("/api/v1/audit-log?action=export&format=jsonl"))
        .bearer_auth(&token)
        .send()
        .await
        .expect("request")
        .text()
        .await
        .expect("jsonl");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    assert!(!lines.is_empty());
    assert!(lines.iter().all(|l| {
        l["action"]
            .as_str()
            .is_some_and(|a| a.starts_with("export."))
    }));
    let res = app
        .client
        .get(app.url("/api/v1/audit-log?from=soon"))
        .bearer_auth(&token)
        .send()
        .await
        .expect("request");
    assert_eq!(res.status(), 422);
}

/// A handful of privileged actions through the console, each exactly one audit row.
#[tokio::test]
async fn every_privileged_action_writes_exactly_one_audit_row() {
    let app = spawn_app().await;
    let event = open_event(&app, "Europe/Dublin", Duration::days(10))
        .await
        .to_string();
    let organizer = app.signed_in("org@example.org", &[Role::Organizer]).await;
    let mut rows = app.count("audit_log").await;
    let mut one_more = async |what: &str, res: reqwest::Response| {
        assert!(
            res.status().is_success() || res.status().is_redirection(),
            "{what}: {}",
            res.status()
        );
        let _ = res.bytes().await;
        let now = app.count("audit_log").await;
        assert_eq!(now, rows + 1, "{what}: exactly one audit row");
        rows = now;
    };
    one_more(
        "an invitation",
        organizer
            .post(
                "/organizer/invitations",
                &[
                    ("email", "judge@example.org"),
                    ("role", "judge"),
                    ("kind_volunteer", "on"),
                ],
            )
            .await,
    )
    .await;
    one_more(
        "a token",
        organizer
            .post(
                "/organizer/tokens",
                &[("name", "cli"), ("scope_exports_read", "on")],
            )
            .await,
    )
    .await;
    let token: Uuid = sqlx::query_scalar("SELECT id FROM api_tokens")
        .fetch_one(&app.pool)
        .await
        .expect("token");
    one_more(
        "revoking it",
        organizer
            .post(&format!("/organizer/tokens/{token}/revoke"), &[])
            .await,
    )
    .await;
    one_more(
        "a phase move",
        organizer
            .post(
                "/organizer/event/phase",
                &[("event", &event), ("to", "moderation")],
            )
            .await,
    )
    .await;
    one_more(
        "an export",
        organizer
            .post(
                "/organizer/exports",
                &[("kind", "projects"), ("format", "csv")],
            )
            .await,
    )
    .await;
    one_more(
        "an audit log download",
        organizer
            .post("/organizer/audit/export", &[("format", "jsonl")])
            .await,
    )
    .await;
    one_more(
        "a new category",
        organizer
            .post(
                "/organizer/settings/categories",
                &[("slug", "robotics"), ("name_en", "Robotics")],
            )
            .await,
    )
    .await;
    one_more(
        "renaming it",
        organizer
            .post(
                "/organizer/settings/categories/robotics",
                &[("name_en", "Robots"), ("name_ja", "ロボット")],
            )
            .await,
    )
    .await;
    one_more(
        "moving it",
        organizer
            .post(
                "/organizer/settings/categories/robotics/move",
                &[("direction", "up")],
            )
            .await,
    )
    .await;
    one_more(
        "removing it",
        organizer
            .post("/organizer/settings/categories/robotics/delete", &[])
            .await,
    )
    .await;
    one_more(
        "building every certificate",
        organizer.post("/organizer/certificates/bulk", &[]).await,
    )
    .await;
}
