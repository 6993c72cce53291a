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
