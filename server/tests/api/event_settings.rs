//! The event's settings in the console: saved in the event's timezone and audited once,
//! changes that would break existing data refused with the facts, categories added,
//! renamed in other languages, reordered and removed only when unused.

use chrono::{DateTime, Duration, Utc};
use showcase::domain::Timezone;
use showcase::domain::account::Role;
use showcase::domain::event_settings::format_local;
use uuid::Uuid;

use crate::helpers::{TestApp, location, open_event, spawn_app};
use crate::projects::{start_project, teen};

/// An event's settings as stored: name, timezone, the six phase starts, consent age, team
/// size, content languages, shortlist size, favourites per VIP judge.
type StoredSettings = (
    String,
    String,
    Vec<DateTime<Utc>>,
    i16,
    i16,
    Vec<String>,
    i16,
    i16,
);

/// The settings form as stored, with `changes` applied (repeated keys for languages).
async fn form(app: &TestApp, event: Uuid, changes: &[(&str, &str)]) -> Vec<(String, String)> {
    let row: StoredSettings = sqlx::query_as(
        "SELECT name, timezone,
                    ARRAY[submissions_open_at, submissions_close_at, shortlisting_at,
                          favourites_at, announcement_at, archive_at],
                    consent_age, team_size_max, content_languages, shortlist_size,
                    favourites_per_vip
             FROM events WHERE id = $1",
    )
    .bind(event)
    .fetch_one(&app.pool)
    .await
    .expect("event");
    let tz = Timezone::parse(&row.1).expect("tz");
    let names = [
        "submissions_open_at",
        "submissions_close_at",
        "shortlisting_at",
        "favourites_at",
        "announcement_at",
        "archive_at",
    ];
    let mut out: Vec<(String, String)> = vec![("name".into(), row.0)];
    for (n, at) in names.iter().zip(&row.2) {
        out.push(((*n).into(), format_local(*at, tz)));
    }
    out.push(("consent_age".into(), row.3.to_string()));
    out.push(("team_size".into(), row.4.to_string()));
    out.push(("shortlist_size".into(), row.6.to_string()));
    out.push(("favourites_per_vip".into(), row.7.to_string()));
    let languages: Vec<String> = match changes.iter().find(|(k, _)| *k == "content_languages") {
        Some((_, v)) => v.split(',').map(str::to_owned).collect(),
        None => row.5,
    };
    for (k, v) in changes {
        if *k != "content_languages"
            && let Some(slot) = out.iter_mut().find(|(n, _)| n == k)
        {
            slot.1 = (*v).to_owned();
        }
    }
    out.extend(
        languages
            .into_iter()
            .map(|l| ("content_languages".into(), l)),
    );
    out
}

async fn post_form(
    browser: &crate::helpers::Browser,
    path: &str,
    fields: &[(String, String)],
) -> reqwest::Response {
    let borrowed: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    browser.post(path, &borrowed).await
}

/// `browser` adds the creator profile `creator` to the team with the join code.
async fn join_team(
    browser: &crate::helpers::Browser,
    code: &str,
    creator: Uuid,
) -> reqwest::Response {
    browser
        .post(
            &format!("/join/{code}"),
            &[("creator_id", &creator.to_string())],
        )
        .await
}

async fn audit_rows(app: &TestApp, action: &str) -> Vec<serde_json::Value> {
    sqlx::query_scalar("SELECT summary FROM audit_log WHERE action = $1 ORDER BY at")
        .bind(action)
        .fetch_all(&app.pool)
        .await
        .expect("audit")
}

#[tokio::test]
async fn settings_are_saved_in_the_events_timezone_and_audited_once() {
    let app = spawn_app().await;
    let event = open_event(&app, "Asia/Tokyo", Duration::days(20)).await;
    let organizer = app.signed_in("org@example.org", &[Role::Organizer]).await;

    let page = organizer.get_text("/organizer/settings?lang=ja").await;
    assert!(page.contains("イベントの設定"), "{page}");
    assert!(page.contains("Test Showcase"));
    assert!(page.contains("Asia/Tokyo"));

    // 17:00 in Tokyo is 08:00 UTC.
    let deadline = (Utc::now() + Duration::days(25)).date_naive();
    let typed_deadline = format!("{deadline}T17:00");
    let changed = form(
        &app,
        event,
        &[
            ("name", "  Test Showcase 2027  "),
            ("submissions_close_at", &typed_deadline),
            ("team_size", "3"),
            ("content_languages", "en,ja,ar,hi,tr,es,pt,fr"),
        ],
    )
    .await;
    let res = post_form(&organizer, "/organizer/settings", &changed).await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/organizer/settings");
    let (name, close, team, languages): (String, DateTime<Utc>, i16, Vec<String>) = sqlx::query_as(
        "SELECT name, submissions_close_at, team_size_max, content_languages
             FROM events WHERE id = $1",
    )
    .bind(event)
    .fetch_one(&app.pool)
    .await
    .expect("event");
    assert_eq!(name, "Test Showcase 2027");
    assert_eq!(close.to_rfc3339(), format!("{deadline}T08:00:00+00:00"));
    assert_eq!(team, 3);
    assert!(languages.contains(&"fr".to_owned()));
    let rows = audit_rows(&app, "event.settings").await;
    assert_eq!(rows.len(), 1, "one audit row");
    let keys: Vec<&String> = rows[0].as_object().expect("object").keys().collect();
    assert_eq!(
        keys,
        ["content_languages", "name", "schedule", "team_size"],
        "only what changed: {}",
        rows[0]
    );
    assert_eq!(rows[0]["name"]["before"], "Test Showcase");
    // The public sees the new name and deadline at once.
    let home = app.browser().get_text("/").await;
    assert!(home.contains("Test Showcase 2027"), "{home}");

    // Saving the form unchanged writes nothing.
    let same = form(&app, event, &[]).await;
    let res = post_form(&organizer, "/organizer/settings", &same).await;
    assert_eq!(res.status(), 303);
    let page = organizer.get_text("/organizer/settings?lang=en").await;
    assert!(page.contains("Nothing had changed"), "{page}");
    assert_eq!(audit_rows(&app, "event.settings").await.len(), 1);

    // Bad input: every problem at its field, what was typed kept, nothing saved.
    let bad = form(
        &app,
        event,
        &[
            ("name", "A name typed with care"),
            ("shortlisting_at", "2020-01-01T09:00"),
            ("consent_age", "9"),
            ("team_size", "eleven"),
            ("content_languages", ""),
        ],
    )
    .await;
    let bad: Vec<(String, String)> = bad
        .into_iter()
        .filter(|(k, v)| !(k == "content_languages" && v.is_empty()))
        .collect();
    let res = post_form(&organizer, "/organizer/settings", &bad).await;
    assert_eq!(res.status(), 400);
    let page = res.text().await.expect("body");
    assert!(page.contains("A name typed with care"), "typed text kept");
    assert!(page.contains("This date must come after the one before it."));
    assert!(page.contains("Offer at least one language."));
    assert!(page.contains(r#"value="eleven""#));
    assert_eq!(page.matches("field-error").count(), 4, "{page}");
    let name: String = sqlx::query_scalar("SELECT name FROM events WHERE id = $1")
        .bind(event)
        .fetch_one(&app.pool)
        .await
        .expect("name");
    assert_eq!(name, "Test Showcase 2027");
    assert_eq!(audit_rows(&app, "event.settings").await.len(), 1);
}

#[tokio::test]
async fn changes_that_would_break_existing_data_are_refused_with_the_facts() {
    let app = spawn_app().await;
    let event = open_event(&app, "Europe/Dublin", Duration::days(20)).await;
    let organizer = app.signed_in("org@example.org", &[Role::Organizer]).await;
    let (owner, owner_creator) = teen(&app, "saoirse@example.org").await;
    let project = start_project(&owner, owner_creator).await;
    let code: String = sqlx::query_scalar("SELECT join_code FROM projects")
        .fetch_one(&app.pool)
        .await
        .expect("code");
    let (mate, mate_creator) = teen(&app, "darragh@example.org").await;
    let res = join_team(&mate, &code, mate_creator).await;
    assert_eq!(res.status(), 303);
    // The project is written in Japanese and was submitted once.
    sqlx::query(
        "UPDATE projects SET language = 'ja', status = 'submitted', submitted_at = now()
         WHERE id = $1",
    )
    .bind(project)
    .execute(&app.pool)
    .await
    .expect("submit");

    let breaking = form(
        &app,
        event,
        &[
            ("consent_age", "16"),
            ("team_size", "1"),
            ("content_languages", "en,ar"),
            ("name", "Renamed while refused"),
        ],
    )
    .await;
    let res = post_form(&organizer, "/organizer/settings", &breaking).await;
    assert_eq!(res.status(), 409);
    let page = res.text().await.expect("body");
    for expected in [
        "1 project was already submitted under the current consent age",
        "A team already has 2 creators; the limit cannot be lower.",
        "1 project is written in Japanese, so it must stay offered.",
        "Renamed while refused",
    ] {
        assert!(page.contains(expected), "{expected} in {page}");
    }
    let (name, age, team): (String, i16, i16) =
        sqlx::query_as("SELECT name, consent_age, team_size_max FROM events WHERE id = $1")
            .bind(event)
            .fetch_one(&app.pool)
            .await
            .expect("event");
    assert_eq!(
        (name.as_str(), age, team),
        ("Test Showcase", 18, 5),
        "nothing saved"
    );
    assert!(audit_rows(&app, "event.settings").await.is_empty());

    // The deadline cannot be put in the past while submissions are open.
    let past = format_local(
        Utc::now() - Duration::hours(2),
        Timezone::parse("Europe/Dublin").expect("tz"),
    );
    let res = post_form(
        &organizer,
        "/organizer/settings",
        &form(&app, event, &[("submissions_close_at", &past)]).await,
    )
    .await;
    assert_eq!(res.status(), 409);
    assert!(
        res.text()
            .await
            .expect("body")
            .contains("cannot be put in the past")
    );

    // A limit the data allows is saved, and then holds: a third creator cannot join.
    let res = post_form(
        &organizer,
        "/organizer/settings",
        &form(&app, event, &[("team_size", "2")]).await,
    )
    .await;
    assert_eq!(res.status(), 303);
    sqlx::query("UPDATE projects SET status = 'draft' WHERE id = $1")
        .bind(project)
        .execute(&app.pool)
        .await
        .expect("back to draft");
    let (third, third_creator) = teen(&app, "aoife@example.org").await;
    let res = join_team(&third, &code, third_creator).await;
    assert_eq!(location(&res), "/projects");
    assert_eq!(app.count("project_members").await, 2, "the team is full");
    assert!(
        third
            .get_text("/projects")
            .await
            .contains("The team is full")
    );
}

#[tokio::test]
async fn categories_are_added_renamed_reordered_and_removed_only_when_unused() {
    let app = spawn_app().await;
    let event = open_event(&app, "Europe/Dublin", Duration::days(20)).await;
    let organizer = app.signed_in("org@example.org", &[Role::Organizer]).await;
    let add = |slug: &'static str| {
        vec![
            ("slug", slug),
            ("name_en", "Robotics"),
            ("description_en", "Machines that sense and move."),
            ("name_ja", "ロボット"),
            ("name_ar", "الروبوتات"),
        ]
    };
    let res = organizer
        .post("/organizer/settings/categories", &add("robotics"))
        .await;
    assert_eq!(res.status(), 303);
    let home = app.browser().get_text("/?lang=ja").await;
    assert!(home.contains("ロボット"), "{home}");
    let home = app.browser().get_text("/?lang=fr").await;
    assert!(
        home.contains("Robotics"),
        "English where French was not given"
    );

    // The same identifier again, and a bad one: refused, what was typed kept.
    let res = organizer
        .post("/organizer/settings/categories", &add("robotics"))
        .await;
    assert_eq!(res.status(), 400);
    assert!(
        res.text()
            .await
            .expect("body")
            .contains("already has a category with this identifier")
    );
    let res = organizer
        .post("/organizer/settings/categories", &add("Robots!"))
        .await;
    assert_eq!(res.status(), 400);
    let page = res.text().await.expect("body");
    assert!(page.contains("2 to 40 lowercase letters"));
    assert!(page.contains(r#"value="الروبوتات""#), "typed names kept");

    // A standard category renamed in Japanese only.
    let res = organizer
        .post(
            "/organizer/settings/categories/games",
            &[("name_ja", "ゲームづくり")],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert!(
        app.browser()
            .get_text("/?lang=ja")
            .await
            .contains("ゲームづくり")
    );
    assert!(app.browser().get_text("/?lang=es").await.contains("Juegos"));

    // Reordered: robotics moves above ai.
    let res = organizer
        .post(
            "/organizer/settings/categories/robotics/move",
            &[("direction", "up")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let order: Vec<String> =
        sqlx::query_scalar("SELECT slug FROM categories WHERE event_id = $1 ORDER BY position")
            .bind(event)
            .fetch_all(&app.pool)
            .await
            .expect("order");
    assert_eq!(order[6..], ["robotics".to_owned(), "ai".to_owned()]);

    // A category with a project stays; an unused one goes, and positions close up.
    let (owner, creator) = teen(&app, "niamh@example.org").await;
    let project = start_project(&owner, creator).await;
    sqlx::query(
        "UPDATE projects SET category_id = (SELECT id FROM categories WHERE slug = 'games')
         WHERE id = $1",
    )
    .bind(project)
    .execute(&app.pool)
    .await
    .expect("category");
    let res = organizer
        .post("/organizer/settings/categories/games/delete", &[])
        .await;
    assert_eq!(res.status(), 400);
    assert!(
        res.text()
            .await
            .expect("body")
            .contains("Projects are in this category")
    );
    let res = organizer
        .post("/organizer/settings/categories/robotics/delete", &[])
        .await;
    assert_eq!(res.status(), 303);
    let positions: Vec<i16> =
        sqlx::query_scalar("SELECT position FROM categories WHERE event_id = $1 ORDER BY position")
            .bind(event)
            .fetch_all(&app.pool)
            .await
            .expect("positions");
    assert_eq!(positions, (0..7).collect::<Vec<i16>>());

    for action in [
        "category.add",
        "category.rename",
        "category.move",
        "category.remove",
    ] {
        assert_eq!(audit_rows(&app, action).await.len(), 1, "{action}");
    }
}
