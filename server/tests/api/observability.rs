use crate::helpers::spawn_app;

#[tokio::test]
async fn metrics_count_requests_by_route_pattern() {
    let app = crate::helpers::spawn_app_with(&[("SHOWCASE_METRICS__PUBLIC", "true")]).await;
    app.get("/health").await;
    app.get("/health").await;
    app.get("/no-such-page-8361").await;
    let res = app.get("/metrics").await;
    assert_eq!(res.status(), 200);
    let text = res.text().await.expect("body");
    let health_line = text
        .lines()
        .find(|l| {
            l.starts_with("showcase_http_requests_total") && l.contains(r#"endpoint="/health""#)
        })
        .unwrap_or_else(|| panic!("no request counter for /health in:\n{text}"));
    assert!(health_line.ends_with(" 2"), "{health_line}");
    assert!(text.contains("showcase_http_requests_duration_seconds_bucket"));
    // Unknown paths share one label instead of growing the label set.
    assert!(!text.contains("no-such-page-8361"));
    assert!(text.contains(r#"endpoint="UNMATCHED""#));
}

#[tokio::test]
async fn every_response_carries_a_request_id_and_security_headers() {
    let app = spawn_app().await;
    for path in ["/", "/health", "/missing", "/static/css/main.css"] {
        let res = app.get(path).await;
        let h = res.headers();
        assert!(
            h.get("x-request-id").is_some_and(|v| v.len() >= 32),
            "{path}: request id"
        );
        let csp = h
            .get("content-security-policy")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        assert!(
            csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
            "{path}: {csp}"
        );
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(
            h["referrer-policy"], "strict-origin-when-cross-origin",
            "{path}"
        );
    }
    let a = app.get("/health").await;
    let b = app.get("/health").await;
    assert_ne!(a.headers()["x-request-id"], b.headers()["x-request-id"]);
}
