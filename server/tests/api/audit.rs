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
