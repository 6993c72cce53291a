use showcase::domain::account::Role;

use crate::helpers::spawn_app;

#[tokio::test]
async fn health_is_200_with_json_while_the_database_answers() {
    let app = spawn_app().await;
    let res = app.get("/health").await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/json");
    let body: serde_json::Value = res.json().await.expect("json");
    assert_eq!(body["status"], "ok");
    assert_eq!(body["database"], "ok");
}

#[tokio::test]
async fn health_is_503_while_the_database_refuses_connections_and_recovers_after() {
    let app = spawn_app().await;
    // Several checks at once, so the server's pool holds several connections: after the
    // database comes back, the ones it cut must not make the instance look down.
    let checks = futures_util::future::join_all((0..6).map(|_| app.get("/health"))).await;
    assert!(checks.iter().all(|r| r.status() == 200));
    let signed_in = app.signed_in("back@example.org", &[Role::Creator]).await;
    app.create_user("robot@example.org", &[Role::Organizer])
        .await;
    let token = showcase::admin::create_token(&app.ops(), "robot@example.org", "events:read", "ci")
        .await
        .expect("token");

    // Take the database away: refuse new connections and cut the existing ones.
    app.set_database_reachable(false).await;

    let res = app.get("/health").await;
    assert_eq!(res.status(), 503);
    let body: serde_json::Value = res.json().await.expect("json");
    assert_eq!(body["status"], "unavailable");
    assert_eq!(body["database"], "unreachable");

    // Pages and the API say the same, in the visitor's language, with when to come back.
    for (lang, heading) in [("en", "We’ll be right back"), ("ar", "سنعود حالًا")] {
        let res = signed_in
            .client
            .get(signed_in.url("/account"))
            .header("Accept-Language", lang)
            .send()
            .await
            .expect("GET");
        assert_eq!(res.status(), 503, "{lang}");
        assert_eq!(res.headers()["retry-after"], "30");
        let page = res.text().await.expect("page");
        assert!(page.contains(heading), "{lang}: {page}");
    }
    // The gallery's search too (its error passes through the search layer).
    let res = app.get("/gallery?q=robot").await;
    assert_eq!(res.status(), 503);
    let res = app
        .client
        .get(app.url("/api/v1/events/no-such-event"))
        .bearer_auth(&token)
        .send()
        .await
        .expect("GET");
    assert_eq!(res.status(), 503);
    assert_eq!(res.headers()["retry-after"], "30");
    let body: serde_json::Value = res.json().await.expect("json");
    assert_eq!(body["error"], "unavailable");
    assert!(
        body["message"]
            .as_str()
            .is_some_and(|m| m.contains("Retry-After")),
        "{body}"
    );

    app.set_database_reachable(true).await;
    assert_eq!(app.get("/health").await.status(), 200);
    assert_eq!(signed_in.get("/account").await.status(), 200);
}
