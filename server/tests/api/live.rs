//! The livestream overlay and its control page: the overlay needs its key (or an
//! organizer), a step reaches a connected overlay within a second through server-sent
//! events, also on another server instance sharing the database; `Last-Event-ID`
//! resumes without repeating; two producers cannot both move the show with one press.

use std::time::{Duration, Instant};

use showcase::domain::account::Role;

use crate::helpers::{
    Browser, TestApp, base_database_url, csrf_in, database_url, spawn_app, whole_word_in,
};

/// Last year's demo event: judged to the end, with picks and the award.
async fn past_event(app: &TestApp) -> String {
    app.seed_demo().await;
    sqlx::query_scalar("SELECT slug FROM events WHERE phase = 'archived'")
        .fetch_one(&app.pool)
        .await
        .expect("the archived demo event")
}

/// Reads server-sent events until one named `cue` arrives (its data), or `wait` passes.
async fn next_cue(
    res: &mut reqwest::Response,
    buffer: &mut String,
    wait: Duration,
) -> Option<serde_json::Value> {
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        while let Some(end) = buffer.find("\n\n") {
            let event: String = buffer.drain(..end + 2).collect();
            if event.lines().any(|l| l == "event: cue") {
                let data = event
                    .lines()
                    .find_map(|l| l.strip_prefix("data: "))
                    .expect("data");
                return Some(serde_json::from_str(data).expect("json"));
            }
        }
        let chunk = tokio::time::timeout_at(deadline, res.chunk()).await.ok()?;
        let bytes = chunk.expect("stream").expect("stream open");
        buffer.push_str(&String::from_utf8_lossy(&bytes));
    }
}

async fn subscribe(base: &str, path: &str, last_id: Option<i64>) -> reqwest::Response {
    let mut req = reqwest::Client::new().get(format!("{base}{path}"));
    if let Some(id) = last_id {
        req = req.header("Last-Event-ID", id.to_string());
    }
    let res = req.send().await.expect("subscribe");
    assert_eq!(res.status(), 200);
    assert_eq!(
        res.headers()["content-type"].to_str().expect("type"),
        "text/event-stream"
    );
    res
}

async fn step(producer: &Browser, slug: &str, action: &str, at: i64) -> reqwest::Response {
    let control = format!("/live/{slug}/control");
    let token = csrf_in(&producer.get_text(&control).await);
    producer
        .client
        .post(producer.url(&control))
        .header("Accept", "application/json")
        .form(&[
            ("csrf_token", token.as_str()),
            ("action", action),
            ("at", &at.to_string()),
        ])
        .send()
        .await
        .expect("step")
}

#[tokio::test]
async fn the_overlay_follows_the_control_page_within_a_second_on_every_instance() {
    let app = spawn_app().await;
    let slug = past_event(&app).await;
    let producer = app
        .signed_in("producer@example.org", &[Role::Organizer])
        .await;
    let other = app
        .signed_in("second@example.org", &[Role::Organizer])
        .await;

    // The control page lists every cue and gives the overlay's private address.
    let page = producer.get_text(&format!("/live/{slug}/control")).await;
    assert!(page.contains("aria-current=\"step\""), "{page}");
    let key = page
        .split("/overlay?key=")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the overlay's key")
        .to_owned();
    assert!(key.len() >= 20);
    let overlay = format!("/live/{slug}/overlay?key={key}");
    let events = format!("/live/{slug}/events?key={key}");

    // Without the key (or with another one) there is no overlay.
    for path in [
        format!("/live/{slug}/overlay"),
        format!("/live/{slug}/overlay?key=wrong"),
        format!("/live/{slug}/events"),
    ] {
        assert_eq!(app.get(&path).await.status(), 404, "{path}");
    }
    let html = app.get(&overlay).await.text().await.expect("overlay");
    assert!(html.contains("/static/css/overlay.css") && html.contains("data-events="));
    let picks: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM favourites f JOIN events e ON e.id = f.event_id WHERE e.slug = $1",
    )
    .bind(&slug)
    .fetch_one(&app.pool)
    .await
    .expect("picks");
    let sections = html.matches("<section class=\"cue\"").count() as i64;
    assert!(sections >= picks + 4, "{sections} cues for {picks} picks");
    // The names only as the public sees them.
    let surnames: Vec<String> = sqlx::query_scalar("SELECT surname FROM creators")
        .fetch_all(&app.pool)
        .await
        .expect("surnames");
    for s in surnames.iter().filter(|s| s.chars().count() >= 4) {
        if let Some(around) = whole_word_in(&html, s) {
            panic!("surname {s} on the overlay: {around}");
        }
    }
    let ja = app
        .get(&format!("{overlay}&lang=ja"))
        .await
        .text()
        .await
        .expect("ja");
    assert!(
        ja.contains("lang=\"ja\"") && ja.contains("人の参加者"),
        "{ja}"
    );
    let ar = app
        .get(&format!("{overlay}&lang=ar"))
        .await
        .text()
        .await
        .expect("ar");
    assert!(ar.contains("dir=\"rtl\""));

    // A second instance on the same database.
    let data = tempfile::tempdir().expect("dir");
    let url = database_url(&base_database_url(), &app.db_name);
    let settings = crate::helpers::test_settings(
        &url,
        data.path(),
        &[("SHOWCASE_JOBS__RUN_IN_SERVER", "false")],
    );
    let second = showcase::web::app::Application::build(settings)
        .await
        .expect("second instance");
    let second_base = format!("http://127.0.0.1:{}", second.port());
    tokio::spawn(second.run_until_stopped());

    // Connected overlays get the cue on air at once, then every step.
    let mut here = subscribe(&app.address, &events, None).await;
    let mut there = subscribe(&second_base, &events, None).await;
    let (mut buf_here, mut buf_there) = (String::new(), String::new());
    let now = next_cue(&mut here, &mut buf_here, Duration::from_secs(5))
        .await
        .expect("cue now");
    assert_eq!(now["position"], 0);
    let now_there = next_cue(&mut there, &mut buf_there, Duration::from_secs(5))
        .await
        .expect("cue now there");
    assert_eq!(now_there, now);
    // Wait until the second instance's listener is connected (it says so by resyncing).
    tokio::time::sleep(Duration::from_millis(700)).await;

    let started = Instant::now();
    let res = step(&producer, &slug, "next", 0).await;
    assert_eq!(res.status(), 200);
    let got = next_cue(&mut here, &mut buf_here, Duration::from_secs(1))
        .await
        .expect("the step within a second");
    let got_there = next_cue(&mut there, &mut buf_there, Duration::from_secs(1))
        .await
        .expect("the step within a second on the other instance");
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(got["position"], 1);
    assert_eq!(got_there, got);

    // The second producer pressed "next" on what they saw (cue 0): refused, not doubled.
    let res = step(&other, &slug, "next", 0).await;
    assert_eq!(res.status(), 409);
    let body: serde_json::Value = res.json().await.expect("json");
    assert!(
        body["message"]
            .as_str()
            .is_some_and(|m| m.contains("Another producer"))
    );
    // A step from the other instance's control page reaches this instance's overlay.
    let res = step(&other, &slug, "next", 1).await;
    assert_eq!(res.status(), 200);
    let got = next_cue(&mut here, &mut buf_here, Duration::from_secs(1))
        .await
        .expect("a step on the other instance");
    assert_eq!(got["position"], 2);
    let version = got["version"].as_i64().expect("version");

    // Reconnecting with the last id seen: nothing repeated; with an older one: the cue.
    let mut again = subscribe(&second_base, &events, Some(version)).await;
    let mut buf = String::new();
    while !buf.contains("\n\n") {
        let chunk = tokio::time::timeout(Duration::from_secs(2), again.chunk())
            .await
            .expect("the stream starts")
            .expect("stream")
            .expect("open");
        buf.push_str(&String::from_utf8_lossy(&chunk));
    }
    assert!(
        buf.starts_with("retry: 1000"),
        "reconnect within a second: {buf}"
    );
    assert!(
        next_cue(&mut again, &mut buf, Duration::from_millis(400))
            .await
            .is_none(),
        "{buf}"
    );
    let mut older = subscribe(&second_base, &events, Some(version - 1)).await;
    let mut buf = String::new();
    let resumed = next_cue(&mut older, &mut buf, Duration::from_secs(2))
        .await
        .expect("resumed");
    assert_eq!(resumed["position"], 2);

    // Previous, and the edges refused with a reason; every step audited.
    assert_eq!(step(&producer, &slug, "previous", 2).await.status(), 200);
    let res = producer
        .post(
            &format!("/live/{slug}/control"),
            &[("action", "jump"), ("to", "9999")],
        )
        .await;
    assert_eq!(res.status(), 303, "the page says why");
    let steps: i64 =
        sqlx::query_scalar("SELECT count(*) FROM audit_log WHERE action = 'livestream.cue'")
            .fetch_one(&app.pool)
            .await
            .expect("audit");
    assert_eq!(steps, 3);
}
