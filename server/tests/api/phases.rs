//! Phases with permissions: organizers move an event forward one phase at a time, and back
//! only confirmed and with a reason; every move is audited; an action its phase does not
//! allow is refused, naming the phases that do.

use chrono::Duration;
use showcase::domain::account::Role;
use uuid::Uuid;

use crate::helpers::{Browser, TestApp, location, open_event, spawn_app};

async fn phase(app: &TestApp, event: Uuid) -> String {
    sqlx::query_scalar("SELECT phase::text FROM events WHERE id = $1")
        .bind(event)
        .fetch_one(&app.pool)
        .await
        .expect("phase")
}

async fn move_to(
    organizer: &Browser,
    event: Uuid,
    to: &str,
    extra: &[(&str, &str)],
) -> reqwest::Response {
    let event = event.to_string();
    let mut form = vec![("event", event.as_str()), ("to", to)];
    form.extend_from_slice(extra);
    organizer.post("/organizer/event/phase", &form).await
}

#[tokio::test]
async fn organizers_move_the_event_forward_and_back_only_with_a_reason() {
    let app = spawn_app().await;
    let event = open_event(&app, "Europe/Madrid", Duration::days(10)).await;
    let organizer = app
        .signed_in("organizer@example.org", &[Role::Organizer])
        .await;
    let page = organizer.get_text("/organizer/event?lang=es").await;
    assert!(
        page.contains("Pasar a «Moderación»") || page.contains("Pasar a «"),
        "{page}"
    );

    // Forward, one phase at a time.
    let res = move_to(&organizer, event, "moderation", &[]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(phase(&app, event).await, "moderation");
    let res = move_to(&organizer, event, "favourites", &[]).await;
    assert_eq!(res.status(), 400, "skipping ahead is refused");
    assert!(
        res.text()
            .await
            .expect("page")
            .contains("de fase en fase, de una en una")
    );
    assert_eq!(phase(&app, event).await, "moderation");

    // Back: refused without confirmation or without a reason, keeping what was typed.
    let res = move_to(
        &organizer,
        event,
        "submissions_open",
        &[("reason", "Late entries from Kenya")],
    )
    .await;
    assert_eq!(res.status(), 400);
    let page = res.text().await.expect("page");
    assert!(page.contains("Confirma que el evento"));
    assert!(
        page.contains("Late entries from Kenya"),
        "the reason is kept"
    );
    let res = move_to(
        &organizer,
        event,
        "submissions_open",
        &[("confirm", "on"), ("reason", " ")],
    )
    .await;
    assert_eq!(res.status(), 400);
    assert_eq!(phase(&app, event).await, "moderation");
    let res = move_to(
        &organizer,
        event,
        "submissions_open",
        &[("confirm", "on"), ("reason", "Late entries from Kenya")],
    )
    .await;
    assert_eq!(res.status(), 303);
    assert_eq!(phase(&app, event).await, "submissions_open");

    // Every move is on record, the reason of the one back.
    let moves: Vec<serde_json::Value> = sqlx::query_scalar(
        "SELECT summary FROM audit_log WHERE action = 'event.phase' AND target_id = $1 ORDER BY id",
    )
    .bind(event)
    .fetch_all(&app.pool)
    .await
    .expect("audit");
    assert_eq!(moves.len(), 2);
    assert_eq!(moves[0]["to"], "moderation");
    assert_eq!(moves[1]["from"], "moderation");
    assert_eq!(moves[1]["reason"], "Late entries from Kenya");

    // Nobody else moves events.
    let judge = app.signed_in("judge@example.org", &[Role::Judge]).await;
    assert_eq!(
        move_to(&judge, event, "moderation", &[]).await.status(),
        403
    );
}

#[tokio::test]
async fn an_action_its_phase_does_not_allow_is_refused_naming_the_phases_that_do() {
    let app = spawn_app().await;
    let event = open_event(&app, "Asia/Tokyo", Duration::days(10)).await;
    let adult = app.signed_in("mentor@example.org", &[Role::Adult]).await;
    adult
        .post(
            "/account/children",
            &[
                ("first_name", "Haruto"),
                ("surname", "Privatesurname"),
                ("display_name", "Haruto"),
                ("birth_year", "2014"),
                ("birth_month", "4"),
                ("country", "JP"),
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
    let form = [
        ("title", "Tide Clock"),
        ("short_description", "Shows when the tide turns."),
        ("category", "hardware"),
        ("language", "ja"),
        ("project_url", "https://github.com/example/tide"),
        ("why_made", "Fishermen asked us."),
        ("difficulties", "The moon."),
        ("next_steps", "A bigger screen."),
        ("action", "submit"),
    ];
    assert_eq!(
        adult
            .post(&format!("/projects/{project}"), &form)
            .await
            .status(),
        303
    );
    let organizer = app
        .signed_in("organizer@example.org", &[Role::Organizer])
        .await;
    for to in ["moderation", "shortlisting", "favourites"] {
        assert_eq!(
            move_to(&organizer, event, to, &[]).await.status(),
            303,
            "{to}"
        );
    }
    // Moderating while VIP judges pick favourites: refused, and the page says when.
    let res = organizer
        .post(
            &format!("/organizer/projects/{project}/moderate"),
            &[
                ("revision", &app.newest_revision(project).await.to_string()),
                ("decision", "approved"),
                ("reason", ""),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(app.count("moderation_decisions").await, 0);
    let page = organizer
        .get_text(&format!("/organizer/projects/{project}?lang=ja"))
        .await;
    assert!(
        page.contains("作品の審査（モデレーション）ができるのは") && page.contains("作品募集中"),
        "the refusal names the phases: {page}"
    );
}

#[tokio::test]
async fn favourites_and_awards_appear_when_the_event_announces() {
    let app = spawn_app().await;
    app.seed_demo().await;
    // The current demo event: approve-ready projects exist; give one a favourite.
    let (event, project): (Uuid, Uuid) = sqlx::query_as(
        "SELECT p.event_id, p.project_id FROM public_projects p JOIN events e ON e.id = p.event_id
         WHERE e.phase = 'shortlisting' LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a published project");
    let judge = app.create_user("vip@example.org", &[Role::Judge]).await;
    let mut conn = app.pool.acquire().await.expect("conn");
    showcase::db::public::add_favourite(&mut conn, event, project, judge, "Wonderful.")
        .await
        .expect("favourite");
    drop(conn);
    let organizer = app
        .signed_in("organizer@example.org", &[Role::Organizer])
        .await;
    let url = format!("/api/v1/projects/{project}");
    for to in ["favourites"] {
        assert_eq!(
            move_to(&organizer, event, to, &[]).await.status(),
            303,
            "{to}"
        );
        assert_eq!(
            app.get(&url)
                .await
                .json::<serde_json::Value>()
                .await
                .expect("json")["favourites"]
                .as_array()
                .map(Vec::len),
            Some(0),
            "{to}"
        );
    }
    assert_eq!(
        move_to(&organizer, event, "announced", &[]).await.status(),
        303
    );
    assert_eq!(
        app.get(&url)
            .await
            .json::<serde_json::Value>()
            .await
            .expect("json")["favourites"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
}
