//! Registration, verification, sign-in, password reset and sign-in links, through a real
//! SMTP server: each test reads the email it received and follows the link in it.

use showcase::domain::account::Role;

use crate::helpers::{PASSWORD, csrf_in, location, spawn_app_with};
use crate::services::SmtpServer;

async fn app_with_smtp() -> (crate::helpers::TestApp, SmtpServer) {
    let smtp = SmtpServer::start();
    let url = smtp.url();
    let app = spawn_app_with(&[("SHOWCASE_MAIL__SMTP_URL", url.as_str())]).await;
    (app, smtp)
}

fn teen_form<'a>(email: &'a str, birth_year: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("email", email),
        ("password", PASSWORD),
        ("first_name", "Aylin"),
        ("surname", "Kaya-Private"),
        ("display_name", "Aylin K"),
        ("birth_year", birth_year),
        ("birth_month", "5"),
        ("country", "TR"),
        ("gender", "female"),
        ("gender_description", ""),
    ]
}

#[tokio::test]
async fn a_teen_registers_verifies_by_email_and_signs_in() {
    let (app, smtp) = app_with_smtp().await;
    let browser = app.browser();
    let res = browser
        .post(
            "/register/creator?lang=tr",
            &teen_form("aylin@example.org", "2011"),
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/register/check-email");

    // Not verified yet: signing in is refused with an explanation (and a new link).
    let res = app.browser().sign_in("aylin@example.org", PASSWORD).await;
    assert_eq!(res.status(), 403);

    let email = app.email(&smtp, "aylin@example.org", "").await;
    // The email is in the language the teen registered in.
    assert!(
        email.subject.contains("e-posta") || email.subject.contains("E-posta"),
        "Turkish subject: {}",
        email.subject
    );
    let link = email.link(&app.address);
    assert!(link.contains("/verify-email/"));
    assert!(
        email.html.contains(&link) && email.html.contains(r#"lang="tr""#),
        "HTML part carries the same link"
    );

    // Opening the link shows a button; pressing it verifies and signs in.
    let page = browser.get_text(&link).await;
    let token = csrf_in(&page);
    let res = browser
        .client
        .post(&link)
        .form(&[("csrf_token", token.as_str())])
        .send()
        .await
        .expect("post");
    assert_eq!(res.status(), 303);
    let account = browser.get_text("/account").await;
    assert!(account.contains("aylin@example.org"));

    // The profile holds exactly what was submitted; the surname stays private.
    let (display, surname, country): (String, String, String) = sqlx::query_as(
        "SELECT c.display_name, c.surname, c.country::text FROM creators c JOIN users u ON u.id = c.user_id WHERE u.email = 'aylin@example.org'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("creator");
    assert_eq!(
        (display.as_str(), surname.as_str(), country.as_str()),
        ("Aylin K", "Kaya-Private", "TR")
    );

    // The link works once: opening or pressing it again says so.
    assert_eq!(browser.get(&link).await.status(), 400);
    let fresh = browser.csrf().await;
    assert_ne!(
        fresh, token,
        "the session (and its CSRF token) was renewed at sign-in"
    );
    let res = browser
        .client
        .post(&link)
        .form(&[("csrf_token", fresh.as_str())])
        .send()
        .await
        .expect("post");
    assert_eq!(res.status(), 400, "a used verification link is refused");
}

#[tokio::test]
async fn registering_an_existing_email_says_the_same_and_tells_the_owner() {
    let (app, smtp) = app_with_smtp().await;
    app.create_user("taken@example.org", &[Role::Creator]).await;
    let users_before = app.count("users").await;
    let res = app
        .browser()
        .post("/register/creator", &teen_form("taken@example.org", "2011"))
        .await;
    assert_eq!(res.status(), 303, "same answer as a new registration");
    assert_eq!(location(&res), "/register/check-email");
    let email = app
        .email(&smtp, "taken@example.org", "tried to register")
        .await;
    assert!(email.text.contains("/password/forgot"));
    assert_eq!(app.count("users").await, users_before);
    assert_eq!(app.count("creators").await, 0);
}

#[tokio::test]
async fn an_adult_registers_and_adds_a_child_profile() {
    let (app, smtp) = app_with_smtp().await;
    let browser = app.browser();
    let res = browser
        .post(
            "/register/adult",
            &[
                ("email", "parent@example.org"),
                ("password", PASSWORD),
                ("display_name", "Maria"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let link = app
        .email(&smtp, "parent@example.org", "Confirm")
        .await
        .link(&app.address);
    let token = csrf_in(&browser.get_text(&link).await);
    let res = browser
        .client
        .post(&link)
        .form(&[("csrf_token", token.as_str())])
        .send()
        .await
        .expect("post");
    assert_eq!(location(&res), "/account/children");

    let child = [
        ("first_name", "Lina"),
        ("surname", "Secret-Surname"),
        ("display_name", "Lina"),
        ("birth_year", "2017"),
        ("birth_month", "2"),
        ("country", "MA"),
        ("gender", ""),
        ("gender_description", ""),
    ];
    let res = browser.post("/account/children", &child).await;
    assert_eq!(res.status(), 303);
    let page = browser.get_text("/account/children").await;
    assert!(page.contains("Lina"));
    let managed: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM creators WHERE managed_by IS NOT NULL AND user_id IS NULL",
    )
    .fetch_one(&app.pool)
    .await
    .expect("count");
    assert_eq!(managed, 1, "the child has a profile but no login");
}

#[tokio::test]
async fn password_reset_by_email_ends_other_sessions() {
    let (app, smtp) = app_with_smtp().await;
    let old_session = app.signed_in("reset@example.org", &[Role::Creator]).await;
    assert_eq!(old_session.get("/account").await.status(), 200);

    let browser = app.browser();
    let res = browser
        .post("/password/forgot", &[("email", "reset@example.org")])
        .await;
    assert_eq!(res.status(), 200);
    let link = app
        .email(&smtp, "reset@example.org", "password")
        .await
        .link(&app.address);
    let page = browser.get_text(&link).await;
    let token = csrf_in(&page);
    let res = browser
        .client
        .post(&link)
        .form(&[
            ("csrf_token", token.as_str()),
            ("password", "a brand new passphrase"),
        ])
        .send()
        .await
        .expect("post");
    assert_eq!(res.status(), 303);
    assert_eq!(
        browser.get("/account").await.status(),
        200,
        "signed in after the reset"
    );
    assert_eq!(
        old_session.get("/account").await.status(),
        303,
        "the old session has ended"
    );
    assert_eq!(
        app.browser()
            .sign_in("reset@example.org", PASSWORD)
            .await
            .status(),
        400,
        "old password refused"
    );
    assert_eq!(
        app.browser()
            .sign_in("reset@example.org", "a brand new passphrase")
            .await
            .status(),
        303
    );
}

#[tokio::test]
async fn forgot_password_answers_the_same_for_unknown_addresses() {
    let (app, smtp) = app_with_smtp().await;
    app.create_user("known@example.org", &[Role::Adult]).await;
    let known = app
        .browser()
        .post("/password/forgot", &[("email", "known@example.org")])
        .await;
    let unknown = app
        .browser()
        .post("/password/forgot", &[("email", "nobody@example.org")])
        .await;
    assert_eq!(known.status(), unknown.status());
    let strip = |s: String| s.split("csrf_token").next().unwrap_or_default().to_owned();
    assert_eq!(
        strip(known.text().await.expect("body")),
        strip(unknown.text().await.expect("body"))
    );
    app.email(&smtp, "known@example.org", "password").await;
    app.drain_jobs().await;
    assert!(smtp.messages().iter().all(|m| m.to != "nobody@example.org"));
}

#[tokio::test]
async fn judges_sign_in_with_an_emailed_link_once() {
    let (app, smtp) = app_with_smtp().await;
    app.create_user("judge@example.org", &[Role::Judge]).await;
    app.create_user("teen@example.org", &[Role::Creator]).await;
    let browser = app.browser();
    assert_eq!(
        browser
            .post("/sign-in/link", &[("email", "judge@example.org")])
            .await
            .status(),
        200
    );
    assert_eq!(
        browser
            .post("/sign-in/link", &[("email", "teen@example.org")])
            .await
            .status(),
        200
    );
    let link = app
        .email(&smtp, "judge@example.org", "sign-in")
        .await
        .link(&app.address);
    let token = csrf_in(&browser.get_text(&link).await);
    let res = browser
        .client
        .post(&link)
        .form(&[("csrf_token", token.as_str())])
        .send()
        .await
        .expect("post");
    assert_eq!(location(&res), "/judge");
    assert_eq!(browser.get("/judge").await.status(), 200);
    // Reusing the link fails with a clear page.
    let again = app.browser();
    let page = again.get(&link).await;
    assert_eq!(page.status(), 400);
    assert!(
        page.text()
            .await
            .expect("body")
            .contains("already been used")
    );
    app.drain_jobs().await;
    assert!(
        smtp.messages().iter().all(|m| m.to != "teen@example.org"),
        "creators get no sign-in links"
    );
}

#[tokio::test]
async fn sign_in_rotates_the_session_and_sets_safe_cookie_flags() {
    let app = spawn_app_with(&[]).await;
    app.create_user("rotate@example.org", &[Role::Creator])
        .await;
    let browser = app.browser();
    let page = browser.get("/sign-in").await;
    let before: Vec<String> = page
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap_or("").to_owned())
        .collect();
    let before = before
        .iter()
        .find(|c| c.starts_with("showcase_session="))
        .expect("anonymous session cookie")
        .clone();
    assert!(
        before.contains("HttpOnly") && before.contains("SameSite=Lax"),
        "{before}"
    );
    assert!(!before.contains("Secure"), "plain http in tests");
    let res = browser.sign_in("rotate@example.org", PASSWORD).await;
    let after = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap_or("").to_owned())
        .find(|c| c.starts_with("showcase_session="))
        .expect("a new session cookie at sign-in");
    assert_ne!(before.split(';').next(), after.split(';').next());

    // Signing out ends the session.
    let res = browser.post("/sign-out", &[]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(browser.get("/account").await.status(), 303);
}

#[tokio::test]
async fn protected_pages_redirect_to_sign_in_and_come_back() {
    let app = spawn_app_with(&[]).await;
    app.create_user("org@example.org", &[Role::Organizer]).await;
    let browser = app.browser();
    let res = browser.get("/organizer/tokens").await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/sign-in?next=%2Forganizer%2Ftokens");
    let res = browser
        .post(
            "/sign-in",
            &[
                ("email", "org@example.org"),
                ("password", PASSWORD),
                ("next", "/organizer/tokens"),
            ],
        )
        .await;
    assert_eq!(location(&res), "/organizer/tokens");
    // An outside `next` is ignored.
    let other = app.browser();
    let res = other
        .post(
            "/sign-in",
            &[
                ("email", "org@example.org"),
                ("password", PASSWORD),
                ("next", "https://evil.example/"),
            ],
        )
        .await;
    assert_eq!(location(&res), "/account");
}
