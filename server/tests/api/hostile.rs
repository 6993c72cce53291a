//! Hostile and careless input: each gets a clear, localized error and changes nothing.

use showcase::domain::account::Role;

use crate::helpers::{PASSWORD, spawn_app_with};

fn teen<'a>(email: &'a str, password: &'a str, first_name: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("email", email),
        ("password", password),
        ("first_name", first_name),
        ("surname", "Example"),
        ("display_name", "Example"),
        ("birth_year", "2011"),
        ("birth_month", "3"),
        ("country", "FR"),
        ("gender", ""),
        ("gender_description", ""),
    ]
}

#[tokio::test]
async fn invalid_registrations_list_every_problem_and_store_nothing() {
    let app = spawn_app_with(&[]).await;
    let browser = app.browser();
    let long = "x".repeat(101);
    let res = browser
        .post("/register/creator", &teen("not-an-email", "short", &long))
        .await;
    assert_eq!(res.status(), 400);
    let body = res.text().await.expect("body");
    for message in [
        "does not look like an email address",
        "at least 10 characters",
        "at most 100 characters",
    ] {
        assert!(body.contains(message), "missing error '{message}'");
    }
    assert!(body.contains(r#"aria-invalid="true""#));
    assert_eq!(app.count("users").await, 0);
    assert_eq!(app.count("jobs").await, 0, "no email queued");
}

#[tokio::test]
async fn errors_are_in_the_visitors_language() {
    let app = spawn_app_with(&[]).await;
    let browser = app.browser();
    browser.get("/?lang=fr").await;
    let res = browser
        .post(
            "/register/creator",
            &teen("ana@example.org", "password123", "Ana"),
        )
        .await;
    assert_eq!(res.status(), 400);
    let body = res.text().await.expect("body");
    assert!(body.contains(r#"<html lang="fr""#));
    assert!(
        !body.contains("This password is too easy to guess"),
        "English error in a French page"
    );
    assert_eq!(app.count("users").await, 0);
}

#[tokio::test]
async fn age_rules_apply_to_self_registration() {
    let app = spawn_app_with(&[]).await;
    let browser = app.browser();
    let this_year = chrono::Datelike::year(&chrono::Utc::now());
    let too_young = (this_year - 10).to_string();
    let mut form = teen("kid@example.org", PASSWORD, "Kid");
    form[5] = ("birth_year", too_young.as_str());
    let res = browser.post("/register/creator", &form).await;
    assert_eq!(res.status(), 400);
    assert!(
        res.text()
            .await
            .expect("body")
            .contains("registered by a parent, guardian or mentor")
    );
    let too_old = (this_year - 25).to_string();
    form[5] = ("birth_year", too_old.as_str());
    let res = browser.post("/register/creator", &form).await;
    assert!(
        res.text()
            .await
            .expect("body")
            .contains("must be 18 or younger")
    );
    assert_eq!(app.count("users").await, 0);
}

#[tokio::test]
async fn a_wrong_or_missing_csrf_token_is_refused_and_changes_nothing() {
    let app = spawn_app_with(&[]).await;
    let browser = app.signed_in("org@example.org", &[Role::Organizer]).await;
    let before = app.count("invitations").await;
    let res = browser
        .post_raw(
            "/organizer/invitations",
            &[
                ("csrf_token", "forged"),
                ("email", "x@example.org"),
                ("role", "judge"),
            ],
        )
        .await;
    assert_eq!(res.status(), 403);
    assert!(
        res.text()
            .await
            .expect("body")
            .contains("This form has expired")
    );
    let res = browser
        .post_raw(
            "/organizer/invitations",
            &[
                ("email", "x@example.org"),
                ("role", "judge"),
                ("kind_volunteer", "on"),
            ],
        )
        .await;
    assert_eq!(res.status(), 403);
    assert_eq!(app.count("invitations").await, before);
    assert_eq!(app.count("jobs").await, 0);
}

#[tokio::test]
async fn expired_and_tampered_links_get_clear_pages() {
    let app = spawn_app_with(&[]).await;
    let user = app.create_user("link@example.org", &[Role::Judge]).await;
    let (token, hash) = showcase::auth::secrets::new_token().expect("token");
    let mut conn = app.pool.acquire().await.expect("conn");
    showcase::db::tokens::insert(
        &mut conn,
        showcase::db::tokens::Purpose::SignIn,
        &hash,
        showcase::db::tokens::Subject::User(user),
        chrono::Utc::now() - chrono::Duration::minutes(1),
    )
    .await
    .expect("insert");
    let browser = app.browser();
    let res = browser.get(&format!("/sign-in/link/{token}")).await;
    assert_eq!(res.status(), 400);
    assert!(
        res.text()
            .await
            .expect("body")
            .contains("This link has expired")
    );
    let res = browser.post(&format!("/sign-in/link/{token}"), &[]).await;
    assert_eq!(res.status(), 400);
    assert_eq!(browser.get("/judge").await.status(), 303, "not signed in");

    // A token for another purpose, or a tampered one, is simply not valid.
    let res = browser.get(&format!("/password/reset/{token}")).await;
    assert!(
        res.text()
            .await
            .expect("body")
            .contains("This link does not work")
    );
    let mut tampered = token.clone();
    tampered.replace_range(0..1, if token.starts_with('A') { "B" } else { "A" });
    let res = browser.get(&format!("/sign-in/link/{tampered}")).await;
    assert!(
        res.text()
            .await
            .expect("body")
            .contains("This link does not work")
    );
}

#[tokio::test]
async fn wrong_passwords_and_unknown_emails_get_the_same_answer() {
    let app = spawn_app_with(&[]).await;
    app.create_user("known@example.org", &[Role::Creator]).await;
    let a = app
        .browser()
        .sign_in("known@example.org", "wrong password here")
        .await;
    let b = app
        .browser()
        .sign_in("unknown@example.org", "wrong password here")
        .await;
    assert_eq!(a.status(), 400);
    assert_eq!(b.status(), 400);
    let a = a.text().await.expect("body");
    let b = b.text().await.expect("body");
    assert!(a.contains("The email address or password is not right"));
    let strip = |s: &str| s.replace("unknown@", "").replace("known@", "");
    let without_tokens = |s: &str| {
        s.lines()
            .filter(|l| !l.contains("csrf_token"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(without_tokens(&strip(&a)), without_tokens(&strip(&b)));
}

#[tokio::test]
async fn sign_in_attempts_are_rate_limited_with_a_localized_page() {
    let app = spawn_app_with(&[
        ("SHOWCASE_AUTH__RATE_LIMIT_BURST", "3"),
        ("SHOWCASE_AUTH__RATE_LIMIT_PERIOD_SECS", "60"),
    ])
    .await;
    let browser = app.browser();
    browser.get("/?lang=es").await;
    let mut statuses = Vec::new();
    for _ in 0..5 {
        statuses.push(
            browser
                .sign_in("who@example.org", "wrong password here")
                .await
                .status()
                .as_u16(),
        );
    }
    assert_eq!(&statuses[..3], &[400, 400, 400]);
    assert_eq!(statuses[4], 429);
    let res = browser
        .sign_in("who@example.org", "wrong password here")
        .await;
    assert_eq!(res.status(), 429);
    let body = res.text().await.expect("body");
    assert!(body.contains(r#"<html lang="es""#), "localized 429 page");
    // Pages themselves are not limited.
    assert_eq!(browser.get("/sign-in").await.status(), 200);
}

/// Fuzzing form bodies and multipart uploads over HTTP: a generated corpus (seeded, so a
/// failure repeats) of broken encodings, huge and odd values, duplicated and unknown
/// fields, and multipart bodies with wrong boundaries, missing parts and truncated
/// files, each sent with a valid session and CSRF token. Every answer is a page (never
/// a 5xx), and the database holds nothing half-saved: the project keeps a valid state.
#[tokio::test]
async fn fuzzed_form_bodies_and_uploads_never_break_anything() {
    use rand::{Rng, SeedableRng};
    let app = spawn_app_with(&[]).await;
    crate::helpers::open_event(&app, "Europe/Paris", chrono::Duration::days(10)).await;
    let (browser, creator) = crate::projects::teen(&app, "fuzz@example.org").await;
    let project = crate::projects::start_project(&browser, creator).await;
    let token = browser.csrf().await;
    let mut rng = rand::rngs::StdRng::seed_from_u64(20261203);
    let fields = [
        "title",
        "short_description",
        "category",
        "language",
        "project_url",
        "video_url",
        "why_made",
        "difficulties",
        "next_steps",
        "sdgs",
        "community",
        "action",
        "email",
        "password",
        "guardian_email",
        "creator_id",
        "x",
        "",
    ];
    let pieces = [
        "%",
        "%zz",
        "%00",
        "%FF%FE",
        "+",
        "&",
        "=",
        "\u{202e}",
        "ロボット",
        "🙂",
        "'\"<>",
        "https://",
        "javascript:alert(1)",
        "submit",
        "save",
        "99999999999999999999",
        "-1",
        "hardware",
        "scratch",
        "games",
    ];
    let targets = [
        format!("/projects/{project}"),
        "/projects".to_owned(),
        "/sign-in".to_owned(),
        "/register/creator".to_owned(),
        format!("/projects/{project}/consent/request"),
    ];
    let mut statuses = std::collections::BTreeMap::new();
    for case in 0..150 {
        let mut body = format!("csrf_token={token}");
        for _ in 0..rng.random_range(0..12) {
            let name = fields[rng.random_range(0..fields.len())];
            let mut value = String::new();
            for _ in 0..rng.random_range(0..4) {
                value.push_str(pieces[rng.random_range(0..pieces.len())]);
            }
            if rng.random_bool(0.05) {
                value = "a".repeat(rng.random_range(1000..20_000));
            }
            body.push_str(&format!("&{name}={value}"));
        }
        let target = &targets[case % targets.len()];
        let res = browser
            .client
            .post(browser.url(target))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body.clone())
            .timeout(std::time::Duration::from_secs(10))
            .send()
            .await
            .unwrap_or_else(|e| panic!("no answer for {target} with {body:.300}: {e}"));
        let status = res.status().as_u16();
        assert!(status < 500, "{status} for {target} with {:.300}", body);
        *statuses.entry(status).or_insert(0) += 1;
    }
    // Multipart: real boundaries and broken ones, parts missing, files cut short.
    let png = crate::helpers::png(40, 30);
    for case in 0..60 {
        let boundary = "fuzzBOUNDARY";
        let mut body = Vec::new();
        let parts = rng.random_range(0..4);
        for p in 0..parts {
            body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
            match (p + case) % 4 {
                0 => body.extend_from_slice(
                    format!(
                        "Content-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{token}\r\n"
                    )
                    .as_bytes(),
                ),
                1 => {
                    body.extend_from_slice(b"Content-Disposition: form-data; name=\"image\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n");
                    let cut = rng.random_range(0..=png.len());
                    body.extend_from_slice(&png[..cut]);
                    body.extend_from_slice(b"\r\n");
                }
                2 => body.extend_from_slice(
                    format!(
                        "Content-Disposition: form-data; name=\"alt_text\"\r\n\r\n{}\r\n",
                        "x".repeat(rng.random_range(0..600))
                    )
                    .as_bytes(),
                ),
                _ => body.extend_from_slice(
                    b"Content-Disposition: form-data; name=\"image\"\r\n\r\nnot a file\r\n",
                ),
            }
        }
        if rng.random_bool(0.7) {
            body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        }
        let declared = if rng.random_bool(0.8) {
            boundary
        } else {
            "anotherBOUNDARY"
        };
        let res = browser
            .client
            .post(browser.url(&format!("/projects/{project}/images")))
            .header(
                "content-type",
                format!("multipart/form-data; boundary={declared}"),
            )
            .body(body)
            .timeout(std::time::Duration::from_secs(10))
            .send()
            .await
            .unwrap_or_else(|e| panic!("no answer for multipart case {case}: {e}"));
        let status = res.status().as_u16();
        assert!(status < 500, "{status} for multipart case {case}");
        *statuses.entry(status).or_insert(0) += 1;
    }
    app.drain_jobs().await;
    // The project is still one coherent draft or submission, its images within limits.
    let (status, images): (String, i64) = sqlx::query_as(
        "SELECT p.status::text, (SELECT count(*) FROM project_images i WHERE i.project_id = p.id) FROM projects p WHERE p.id = $1",
    )
    .bind(project)
    .fetch_one(&app.pool)
    .await
    .expect("project");
    assert!(
        ["draft", "submitted"].contains(&status.as_str()),
        "{status}"
    );
    assert!(images <= 5, "{images} images");
    assert!(
        browser
            .get(&format!("/projects/{project}"))
            .await
            .status()
            .is_success(),
        "the project page still opens"
    );
    eprintln!("fuzzed answers by status: {statuses:?}");
}
