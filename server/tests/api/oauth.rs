//! OAuth2 / OIDC sign-in against a real provider process: the full round trip, a wrong
//! `state`, a replayed code, an unverified email and an email with no invitation.

use showcase::domain::account::Role;

use crate::helpers::{TestApp, location, spawn_app_with};
use crate::services::OidcProvider;

async fn app_with_provider() -> (TestApp, OidcProvider) {
    let idp = OidcProvider::start();
    let settings = idp.settings();
    let pairs: Vec<(&str, &str)> = settings
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let app = spawn_app_with(&pairs).await;
    (app, idp)
}

/// Starts sign-in at the app and returns the provider's authorization URL.
async fn start(browser: &crate::helpers::Browser) -> String {
    let res = browser.get("/sign-in/oauth/mock").await;
    assert_eq!(res.status(), 303);
    location(&res)
}

#[tokio::test]
async fn an_invited_judge_signs_in_with_the_provider() {
    let (app, idp) = app_with_provider().await;
    let organizer = app.signed_in("org@example.org", &[Role::Organizer]).await;
    let res = organizer
        .post(
            "/organizer/invitations",
            &[
                ("email", "Judge.One@Example.org"),
                ("role", "judge"),
                ("kind_volunteer", "on"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);

    idp.set_user("judge-1", "judge.one@example.org", true).await;
    let browser = app.browser();
    // The sign-in page offers the provider.
    assert!(
        browser
            .get_text("/sign-in")
            .await
            .contains("Sign in with Mock ID")
    );
    let authorize = start(&browser).await;
    assert!(authorize.starts_with(&idp.base()));
    assert!(
        authorize.contains("code_challenge_method=S256"),
        "PKCE: {authorize}"
    );
    assert!(authorize.contains("state="));
    let callback = idp.authorize(&authorize, "judge-1").await;
    assert!(
        callback.starts_with(&format!("{}/sign-in/oauth/mock/callback", app.address)),
        "{callback}"
    );
    let res = browser.get(&callback).await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/judge");
    assert_eq!(browser.get("/judge").await.status(), 200);
    let accepted: i64 =
        sqlx::query_scalar("SELECT count(*) FROM invitations WHERE accepted_at IS NOT NULL")
            .fetch_one(&app.pool)
            .await
            .expect("count");
    assert_eq!(accepted, 1);

    // The same code cannot be used twice: the replayed callback is refused.
    let replay = app.browser();
    let res = replay.get(&callback).await;
    assert_eq!(res.status(), 400);
    assert_eq!(
        replay.get("/judge").await.status(),
        303,
        "no session from a replayed code"
    );
}

#[tokio::test]
async fn a_callback_with_the_wrong_state_is_refused() {
    let (app, idp) = app_with_provider().await;
    app.create_user("judge@example.org", &[Role::Judge]).await;
    idp.set_user("j", "judge@example.org", true).await;
    let browser = app.browser();
    let authorize = start(&browser).await;
    let callback = idp.authorize(&authorize, "j").await;
    let tampered = regex_replace_state(&callback, "forged-state");
    let res = browser.get(&tampered).await;
    assert_eq!(res.status(), 400);
    assert!(
        res.text()
            .await
            .expect("body")
            .contains("Sign-in did not work")
    );
    assert_eq!(browser.get("/judge").await.status(), 303);
    // The pending sign-in was used up by the failed attempt: the real callback fails too.
    assert_eq!(browser.get(&callback).await.status(), 400);
}

fn regex_replace_state(url: &str, state: &str) -> String {
    let (base, query) = url.split_once('?').expect("query");
    let parts: Vec<String> = query
        .split('&')
        .map(|p| {
            if p.starts_with("state=") {
                format!("state={state}")
            } else {
                p.to_owned()
            }
        })
        .collect();
    format!("{base}?{}", parts.join("&"))
}

#[tokio::test]
async fn an_email_that_matches_no_invitation_is_refused_clearly() {
    let (app, idp) = app_with_provider().await;
    idp.set_user("stranger", "stranger@example.org", true).await;
    let browser = app.browser();
    let authorize = start(&browser).await;
    let callback = idp.authorize(&authorize, "stranger").await;
    let res = browser.get(&callback).await;
    assert_eq!(res.status(), 403);
    let body = res.text().await.expect("body");
    assert!(
        body.contains("No invitation for this account") && body.contains("stranger@example.org")
    );
    assert_eq!(app.count("users").await, 0, "no account is created");
}

#[tokio::test]
async fn an_unverified_provider_email_is_not_trusted() {
    let (app, idp) = app_with_provider().await;
    app.create_user("judge@example.org", &[Role::Judge]).await;
    idp.set_user("unverified", "judge@example.org", false).await;
    let browser = app.browser();
    let authorize = start(&browser).await;
    let callback = idp.authorize(&authorize, "unverified").await;
    let res = browser.get(&callback).await;
    assert_eq!(res.status(), 400);
    assert_eq!(browser.get("/judge").await.status(), 303);
}

#[tokio::test]
async fn a_creator_account_cannot_sign_in_through_a_provider() {
    let (app, idp) = app_with_provider().await;
    app.create_user("teen@example.org", &[Role::Creator]).await;
    idp.set_user("teen", "teen@example.org", true).await;
    let browser = app.browser();
    let authorize = start(&browser).await;
    let res = browser.get(&idp.authorize(&authorize, "teen").await).await;
    assert_eq!(res.status(), 403);
}
