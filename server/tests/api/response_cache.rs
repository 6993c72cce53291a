//! Whole answers kept for the announcement's rush (`web::response_cache`): every repeat of
//! a request is answered as the first was, in the visitor's language and encoding; an
//! answer that needs a token scope is never given to a caller without it, and a revoked
//! token stops at once; signed-in visitors never get a kept page.

use std::time::{Duration, Instant};

use crate::helpers::spawn_app;
use showcase::domain::account::Role;

const WINNERS: &str = "/winners/showcase-2025";
const SHOW: &str = "/api/v1/events/showcase-2025/livestream";

fn header(res: &reqwest::Response, name: &str) -> Option<String> {
    res.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

#[tokio::test]
async fn repeated_public_pages_keep_their_language_encoding_and_tag() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let mut ids = Vec::new();
    // Several rounds, so later ones are answered from what the first kept.
    for round in 0..3 {
        for (lang, dir) in [("ja", "ltr"), ("ar", "rtl"), ("en", "ltr")] {
            let res = app
                .get_with(
                    WINNERS,
                    &[("Accept-Language", lang), ("Accept-Encoding", "identity")],
                )
                .await;
            assert_eq!(res.status(), 200, "{lang} round {round}");
            assert_eq!(header(&res, "content-encoding"), None);
            assert!(
                header(&res, "content-security-policy").is_some(),
                "the security headers are kept with the answer"
            );
            ids.push(header(&res, "x-request-id").expect("request id"));
            let page = res.text().await.expect("page");
            assert!(
                page.contains(&format!(r#"lang="{lang}" dir="{dir}""#)),
                "{lang} round {round}"
            );
        }
    }
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 9, "every answer has its own request id");

    // Compressed for those who ask, plain for those who do not, whatever came first.
    for round in 0..3 {
        let gz = app.get_with(WINNERS, &[("Accept-Encoding", "gzip")]).await;
        assert_eq!(
            header(&gz, "content-encoding").as_deref(),
            Some("gzip"),
            "round {round}"
        );
        let bytes = gz.bytes().await.expect("body");
        assert_eq!(&bytes[..2], &[0x1f, 0x8b], "a gzip stream");
        let plain = app
            .get_with(WINNERS, &[("Accept-Encoding", "identity")])
            .await;
        assert_eq!(header(&plain, "content-encoding"), None);
        assert!(plain.text().await.expect("page").contains("<html"));
    }

    // A visitor whose copy is current gets 304, again and again.
    let tag = header(&app.get(WINNERS).await, "etag").expect("etag");
    for _ in 0..3 {
        let res = app.get_with(WINNERS, &[("If-None-Match", &tag)]).await;
        assert_eq!(res.status(), 304);
        assert_eq!(header(&res, "etag").as_deref(), Some(tag.as_str()));
        assert!(res.bytes().await.expect("body").is_empty());
    }

    // A signed-in visitor never gets the anonymous page (their name is in the header).
    let organizer = app.signed_in("kept@example.org", &[Role::Organizer]).await;
    for _ in 0..2 {
        let res = organizer.get(WINNERS).await;
        assert_eq!(
            header(&res, "cache-control").as_deref(),
            Some("private, no-cache")
        );
        let page = res.text().await.expect("page");
        assert!(page.contains(r#"action="/sign-out""#) && page.contains(r#"href="/organizer""#));
    }
}

#[tokio::test]
async fn a_kept_run_of_show_still_needs_a_valid_token_with_the_scope() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let ops = app.ops();
    let email = "organizer@demo.showcase.test";
    let stream = showcase::admin::create_token(&ops, email, "livestream:read", "kept")
        .await
        .expect("token");
    let other = showcase::admin::create_token(&ops, email, "judging:read", "other")
        .await
        .expect("token");
    let get = |token: Option<String>| {
        let req = app.client.get(app.url(SHOW));
        let req = match token {
            Some(t) => req.bearer_auth(t),
            None => req,
        };
        async move { req.send().await.expect("request") }
    };
    for _ in 0..3 {
        let res = get(Some(stream.clone())).await;
        assert_eq!(res.status(), 200);
        let show: serde_json::Value = res.json().await.expect("json");
        assert_eq!(show["embargoed"], false);
    }
    for _ in 0..2 {
        assert_eq!(get(None).await.status(), 401, "no token");
        assert_eq!(
            get(Some("sc_not-a-token".into())).await.status(),
            401,
            "an unknown token"
        );
        let res = get(Some(other.clone())).await;
        assert_eq!(res.status(), 403, "a token without livestream:read");
        let body: serde_json::Value = res.json().await.expect("json");
        assert_eq!(body["scope"], "livestream:read");
    }

    // Revoked: refused from then on (the change reaches every instance's token cache).
    let (token_id, user_id): (uuid::Uuid, uuid::Uuid) =
        sqlx::query_as("SELECT id, user_id FROM api_tokens WHERE name = 'kept'")
            .fetch_one(&app.pool)
            .await
            .expect("token row");
    showcase::operations::organizer::revoke_token(
        &ops,
        &app.actor(user_id, &[Role::Organizer]),
        token_id,
    )
    .await
    .expect("revoke");
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let status = get(Some(stream.clone())).await.status();
        if status == 401 {
            break;
        }
        assert_eq!(status, 200);
        assert!(
            Instant::now() < deadline,
            "a revoked token still gets the run of show"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    for _ in 0..3 {
        assert_eq!(get(Some(stream.clone())).await.status(), 401);
    }
}

/// A request that changes the public projection is noted, so this instance clears its
/// caches before answering instead of waiting for its own NOTIFY to come back.
#[tokio::test]
async fn a_change_inside_a_request_is_noted_before_it_answers() {
    let app = spawn_app().await;
    let mut conn = app.pool.acquire().await.expect("conn");
    let (done, changed) = showcase::db::public::watch_changes(async {
        showcase::db::public::notify_changed(&mut conn).await
    })
    .await;
    done.expect("notify");
    assert!(changed);
    let ((), changed) = showcase::db::public::watch_changes(async {}).await;
    assert!(!changed);
}
