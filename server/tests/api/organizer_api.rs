//! The organizer API: every documented route needs exactly the scope openapi.json names
//! (the token matrix), personal data only with `personal-data:read`, and errors in the
//! caller's language with their fields.

use showcase::domain::ApiScope;
use showcase::domain::account::Role;

use crate::helpers::{TestApp, spawn_app};

async fn token_for(app: &TestApp, email: &str, scopes: &[ApiScope]) -> String {
    let list: Vec<&str> = scopes.iter().map(|s| s.as_str()).collect();
    showcase::admin::create_token(&app.ops(), email, &list.join(","), "matrix")
        .await
        .expect("token")
}

/// Every route of the document that needs a token, with the scopes it names.
fn documented() -> Vec<(String, String, Vec<ApiScope>)> {
    let doc: serde_json::Value =
        serde_json::from_str(showcase::web::gallery::OPENAPI).expect("openapi.json");
    let mut out = Vec::new();
    for (path, ops) in doc["paths"].as_object().expect("paths") {
        for (method, op) in ops.as_object().expect("operations") {
            let Some(security) = op["security"].as_array() else {
                continue;
            };
            let scopes: Vec<ApiScope> = security
                .iter()
                .flat_map(|s| s["token"].as_array().cloned().unwrap_or_default())
                .map(|s| ApiScope::parse(s.as_str().expect("scope")).expect("a known scope"))
                .collect();
            out.push((method.to_uppercase(), path.clone(), scopes));
        }
    }
    out
}

async fn call(app: &TestApp, token: &str, method: &str, path: &str) -> reqwest::Response {
    let url = app.url(
        &path
            .replace("{event}", "no-such-event")
            .replace("{judge}", "nobody@example.org")
            .replace("{batch}", "00000000-0000-0000-0000-000000000000")
            .replace("{project}", "00000000-0000-0000-0000-000000000000")
            .replace("{award}", "coding-with-commitment")
            .replace("{what}", "shortlist"),
    );
    let req = match method {
        "GET" => app.client.get(url),
        "POST" => app.client.post(url).json(&serde_json::json!({})),
        other => panic!("unexpected method {other}"),
    };
    req.bearer_auth(token)
        .header("Accept-Language", "ja")
        .send()
        .await
        .expect("request")
}

#[tokio::test]
async fn every_organizer_route_needs_exactly_the_scope_the_document_names() {
    let app = spawn_app().await;
    let email = "org@example.org";
    app.create_user(email, &[Role::Organizer]).await;
    let routes = documented();
    assert!(routes.len() >= 18, "{} token routes", routes.len());
    for (method, path, scopes) in &routes {
        if path == "/api/v1/me" {
            continue;
        }
        assert!(!scopes.is_empty(), "{method} {path} names no scope");
        // Every scope but the route's own: 403 naming it, in the caller's language.
        for missing in scopes {
            let others: Vec<ApiScope> =
                ApiScope::ALL.into_iter().filter(|s| s != missing).collect();
            let token = token_for(&app, email, &others).await;
            let res = call(&app, &token, method, path).await;
            assert_eq!(res.status(), 403, "{method} {path} without {missing:?}");
            let body: serde_json::Value = res.json().await.expect("json");
            assert_eq!(body["error"], "missing_scope", "{method} {path}");
            assert_eq!(body["scope"], missing.as_str(), "{method} {path}");
            assert!(
                body["message"]
                    .as_str()
                    .is_some_and(|m| m.contains("権限") && m.contains(missing.as_str())),
                "{method} {path}: {body}"
            );
        }
        // Only the route's scopes: past the check (the event does not exist; a route of
        // the whole platform answers).
        let token = token_for(&app, email, scopes).await;
        let res = call(&app, &token, method, path).await;
        let past = if path.contains("{event}") { 404 } else { 200 };
        assert_eq!(res.status(), past, "{method} {path} with {scopes:?}");
    }
    // A token whose owner is no longer an organizer stops working, also one the server
    // keeps in memory: a change made anywhere (here by hand, in SQL) drops it.
    let token = token_for(&app, email, &ApiScope::ALL).await;
    assert_eq!(
        call(&app, &token, "GET", "/api/v1/events/{event}")
            .await
            .status(),
        404
    );
    assert_eq!(
        call(&app, &token, "GET", "/api/v1/events/{event}")
            .await
            .status(),
        404
    );
    sqlx::query("DELETE FROM user_roles WHERE role = 'organizer'")
        .execute(&app.pool)
        .await
        .expect("revoke the role");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    loop {
        let status = call(&app, &token, "GET", "/api/v1/events/{event}")
            .await
            .status();
        if status == 401 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "still {status} 2 s after the role went"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn judges_emails_need_personal_data_and_errors_name_their_fields() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let org = "organizer@demo.showcase.test";
    let plain = token_for(&app, org, &[ApiScope::JudgingRead, ApiScope::JudgingWrite]).await;
    let personal = token_for(
        &app,
        org,
        &[ApiScope::JudgingRead, ApiScope::PersonalDataRead],
    )
    .await;
    let get = |token: String, path: &'static str| {
        let app = &app;
        async move {
            app.client
                .get(app.url(path))
                .bearer_auth(token)
                .send()
                .await
                .expect("request")
        }
    };
    let judges: serde_json::Value = get(plain.clone(), "/api/v1/events/current/judges")
        .await
        .json()
        .await
        .expect("json");
    let list = judges.as_array().expect("judges");
    assert!(list.len() >= 5, "{judges}");
    assert!(list.iter().all(|j| j.get("email").is_none()), "{judges}");
    let with: serde_json::Value = get(personal, "/api/v1/events/current/judges")
        .await
        .json()
        .await
        .expect("json");
    assert!(
        with.as_array()
            .expect("judges")
            .iter()
            .all(|j| j["email"].as_str().is_some_and(|e| e.contains('@'))),
        "{with}"
    );

    // A file with problems: every row reported with its line, in Arabic; nothing written.
    let invitations = app.count("invitations").await;
    let res = app
        .client
        .post(app.url("/api/v1/events/current/judges/import"))
        .bearer_auth(&plain)
        .header("Accept-Language", "ar")
        .header("Content-Type", "text/csv")
        .body("email,capacities\nnew.judge@example.org,volunteer\nnot-an-email,vip\nx@example.org,wizard\n")
        .send()
        .await
        .expect("import");
    assert_eq!(res.status(), 422);
    let report: serde_json::Value = res.json().await.expect("json");
    assert_eq!(report["applied"], false);
    assert_eq!(report["invalid"], 2, "{report}");
    assert_eq!(report["rows"][1]["line"], 3);
    assert_eq!(report["rows"][1]["problems"][0]["column"], "email");
    assert_eq!(report["rows"][2]["problems"][0]["column"], "capacities");
    assert!(
        report["rows"][2]["problems"][0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("award_panel") && m.contains("الأدوار")),
        "{report}"
    );
    assert_eq!(app.count("invitations").await, invitations);

    // A number out of range: 422 naming the field.
    let res = app
        .client
        .get(app.url("/api/v1/events/current/assignment?per_project=0"))
        .bearer_auth(&plain)
        .send()
        .await
        .expect("preview");
    assert_eq!(res.status(), 422);
    let body: serde_json::Value = res.json().await.expect("json");
    assert_eq!(body["error"], "invalid");
    assert_eq!(body["fields"][0]["field"], "judges_per_project", "{body}");

    // A phase refusal names the phases that allow it (the demo event is shortlisting).
    let res = app
        .client
        .post(app.url("/api/v1/events/current/awards/coding-with-commitment/decision"))
        .bearer_auth(&plain)
        .header("Accept-Language", "fr")
        .json(&serde_json::json!({ "project": uuid::Uuid::new_v4() }))
        .send()
        .await
        .expect("decide");
    assert_eq!(res.status(), 409);
    let body: serde_json::Value = res.json().await.expect("json");
    assert_eq!(body["error"], "not_in_phase", "{body}");
}
