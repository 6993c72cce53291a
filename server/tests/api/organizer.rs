//! The organizers' console: invitations by email and API tokens.

use showcase::domain::account::Role;

use crate::helpers::{PASSWORD, csrf_in, location, spawn_app_with};
use crate::services::SmtpServer;

#[tokio::test]
async fn an_invited_judge_accepts_by_email_and_sets_a_password() {
    let smtp = SmtpServer::start();
    let url = smtp.url();
    let app = spawn_app_with(&[("SHOWCASE_MAIL__SMTP_URL", url.as_str())]).await;
    let organizer = app.signed_in("org@example.org", &[Role::Organizer]).await;
    organizer.get("/?lang=es").await;
    let res = organizer
        .post(
            "/organizer/invitations",
            &[
                ("email", "nueva@example.org"),
                ("role", "judge"),
                ("kind_volunteer", "on"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);

    let email = app.email(&smtp, "nueva@example.org", "").await;
    let link = email.link(&app.address);
    assert!(link.contains("/invitations/"));
    let invitee = app.browser();
    let page = invitee.get_text(&link).await;
    let token = csrf_in(&page);
    let res = invitee
        .client
        .post(&link)
        .form(&[
            ("csrf_token", token.as_str()),
            ("display_name", "Nueva"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .expect("accept");
    assert_eq!(location(&res), "/judge");
    assert_eq!(invitee.get("/judge").await.status(), 200);
    assert_eq!(
        invitee.get("/organizer").await.status(),
        403,
        "a judge is not an organizer"
    );
    // The invitation is used up.
    assert_eq!(app.browser().get(&link).await.status(), 400);
    // And the new judge can sign in with the password they chose.
    assert_eq!(
        app.browser()
            .sign_in("nueva@example.org", PASSWORD)
            .await
            .status(),
        303
    );
}

#[tokio::test]
async fn api_tokens_are_shown_once_stored_hashed_scoped_and_revocable() {
    let app = spawn_app_with(&[]).await;
    let organizer = app.signed_in("org@example.org", &[Role::Organizer]).await;
    let res = organizer
        .post(
            "/organizer/tokens",
            &[
                ("name", "livestream laptop"),
                ("scope_livestream_read", "on"),
            ],
        )
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let page = res.text().await.expect("body");
    let start = page.find(r#"id="new-token">"#).expect("token shown") + r#"id="new-token">"#.len();
    let token = page[start..].split('<').next().expect("token").to_owned();
    assert!(token.starts_with("sct_"));

    // Stored hashed: the token itself is nowhere in the database, and not shown again.
    let stored: Vec<u8> = sqlx::query_scalar("SELECT token_hash FROM api_tokens")
        .fetch_one(&app.pool)
        .await
        .expect("hash");
    assert_ne!(stored, token.as_bytes());
    assert!(
        !organizer
            .get_text("/organizer/tokens")
            .await
            .contains(&token)
    );

    let me = |t: String| {
        let client = app.client.clone();
        let url = app.url("/api/v1/me");
        async move { client.get(url).bearer_auth(t).send().await.expect("api") }
    };
    let res = me(token.clone()).await;
    assert_eq!(res.status(), 200);
    let body: serde_json::Value = res.json().await.expect("json");
    assert_eq!(body["email"], "org@example.org");
    assert_eq!(body["scopes"], serde_json::json!(["livestream:read"]));
    let used: Option<chrono::DateTime<chrono::Utc>> =
        sqlx::query_scalar("SELECT last_used_at FROM api_tokens")
            .fetch_one(&app.pool)
            .await
            .expect("last used");
    assert!(used.is_some(), "last-used time recorded");

    assert_eq!(me("sct_not-a-real-token".into()).await.status(), 401);

    let id: uuid::Uuid = sqlx::query_scalar("SELECT id FROM api_tokens")
        .fetch_one(&app.pool)
        .await
        .expect("id");
    let res = organizer
        .post(&format!("/organizer/tokens/{id}/revoke"), &[])
        .await;
    assert_eq!(res.status(), 303);
    let res = me(token).await;
    assert_eq!(res.status(), 401);
    assert_eq!(
        res.json::<serde_json::Value>().await.expect("json")["error"],
        "unauthorized"
    );
}

#[tokio::test]
async fn a_token_stops_working_when_its_owner_is_no_longer_an_organizer() {
    let app = spawn_app_with(&[]).await;
    let organizer = app.signed_in("org@example.org", &[Role::Organizer]).await;
    let page = organizer
        .post(
            "/organizer/tokens",
            &[("name", "cli"), ("scope_events_read", "on")],
        )
        .await
        .text()
        .await
        .expect("body");
    let start = page.find(r#"id="new-token">"#).expect("token") + r#"id="new-token">"#.len();
    let token = page[start..].split('<').next().expect("token").to_owned();
    sqlx::query("DELETE FROM user_roles WHERE role = 'organizer'")
        .execute(&app.pool)
        .await
        .expect("revoke role");
    let res = app
        .client
        .get(app.url("/api/v1/me"))
        .bearer_auth(token)
        .send()
        .await
        .expect("api");
    assert_eq!(res.status(), 401);
    // And the console is closed to them at once.
    assert_eq!(organizer.get("/organizer").await.status(), 403);
}

#[tokio::test]
async fn token_form_errors_are_listed() {
    let app = spawn_app_with(&[]).await;
    let organizer = app.signed_in("org@example.org", &[Role::Organizer]).await;
    let res = organizer.post("/organizer/tokens", &[("name", "")]).await;
    assert_eq!(res.status(), 400);
    let body = res.text().await.expect("body");
    assert!(
        body.contains("Please give the token a name") && body.contains("at least one permission")
    );
    assert_eq!(app.count("api_tokens").await, 0);
}

/// `showcase-server token create`, the real binary against the test's database.
fn token_create(app: &crate::helpers::TestApp, args: &[&str]) -> std::process::Output {
    let data = tempfile::tempdir().expect("data dir");
    std::process::Command::new(env!("CARGO_BIN_EXE_showcase-server"))
        .arg("token")
        .arg("create")
        .args(args)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env(
            "DATABASE_URL",
            crate::helpers::database_url(&crate::helpers::base_database_url(), &app.db_name),
        )
        .env("SHOWCASE_APPLICATION__DATA_DIR", data.path())
        // Logs on: they must not reach standard output, where the token is.
        .env("RUST_LOG", "info")
        .output()
        .expect("run showcase-server")
}

#[tokio::test]
async fn token_create_on_the_command_line_bootstraps_automation_for_organizers_only() {
    let app = spawn_app_with(&[]).await;
    let _organizer = app.signed_in("org@example.org", &[Role::Organizer]).await;
    let _judge = app.signed_in("judge@example.org", &[Role::Judge]).await;

    let out = token_create(
        &app,
        &[
            "--email",
            "Org@Example.org",
            "--scopes",
            "judging:read,livestream:read",
            "--name",
            "judge-cli on the stage laptop",
        ],
    );
    assert!(out.status.success(), "{out:?}");
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    let token = stdout.trim();
    assert!(
        token.starts_with("sct_") && !token.contains('\n'),
        "{stdout:?}"
    );
    let res = app
        .client
        .get(app.url("/api/v1/me"))
        .bearer_auth(token)
        .send()
        .await
        .expect("api");
    assert_eq!(res.status(), 200);
    let me: serde_json::Value = res.json().await.expect("json");
    assert_eq!(me["email"], "org@example.org");
    assert_eq!(me["token_name"], "judge-cli on the stage laptop");
    assert_eq!(
        me["scopes"],
        serde_json::json!(["judging:read", "livestream:read"])
    );
    let audited: Vec<(String, String)> =
        sqlx::query_as("SELECT action, via FROM audit_log WHERE action = 'api_token.create'")
            .fetch_all(&app.pool)
            .await
            .expect("audit");
    assert_eq!(audited, vec![("api_token.create".into(), "cli".into())]);

    // Refusals: a clear line on stderr, exit code 2, and no token made.
    for (args, says) in [
        (
            vec![
                "--email",
                "org@example.org",
                "--scopes",
                "judges:manage",
                "--name",
                "x",
            ],
            "not a scope: judges:manage",
        ),
        (
            vec![
                "--email",
                "org@example.org",
                "--scopes",
                " , ",
                "--name",
                "x",
            ],
            "--scopes: Please choose at least one permission.",
        ),
        (
            vec![
                "--email",
                "org@example.org",
                "--scopes",
                "events:read",
                "--name",
                " ",
            ],
            "--name:",
        ),
        (
            vec![
                "--email",
                "judge@example.org",
                "--scopes",
                "events:read",
                "--name",
                "x",
            ],
            "judge@example.org is not an organizer",
        ),
        (
            vec![
                "--email",
                "nobody@example.org",
                "--scopes",
                "events:read",
                "--name",
                "x",
            ],
            "no account has the email nobody@example.org",
        ),
        (
            vec![
                "--email",
                "not an email",
                "--scopes",
                "events:read",
                "--name",
                "x",
            ],
            "--email:",
        ),
    ] {
        let out = token_create(&app, &args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(says), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    let tokens: i64 = sqlx::query_scalar("SELECT count(*) FROM api_tokens")
        .fetch_one(&app.pool)
        .await
        .expect("count");
    assert_eq!(tokens, 1);
}

#[tokio::test]
async fn the_console_offers_every_scope_named_area_colon_access() {
    let app = spawn_app_with(&[]).await;
    let organizer = app.signed_in("org@example.org", &[Role::Organizer]).await;
    let page = organizer.get_text("/organizer/tokens").await;
    for scope in showcase::domain::ApiScope::ALL {
        assert!(
            page.contains(&format!(r#"name="{}""#, scope.field_name())),
            "{}",
            scope.as_str()
        );
    }
    let page = organizer
        .post(
            "/organizer/tokens",
            &[
                ("name", "exports"),
                ("scope_exports_read", "on"),
                ("scope_personal_data_read", "on"),
            ],
        )
        .await
        .text()
        .await
        .expect("body");
    assert!(page.contains("exports:read, personal-data:read"), "{page}");
}
