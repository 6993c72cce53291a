//! The home page: current event, phase, deadline and categories in the visitor's language.

use crate::helpers::{open_event, spawn_app};

#[tokio::test]
async fn without_any_event_the_home_page_says_so() {
    let app = spawn_app().await;
    let res = app.get("/").await;
    assert_eq!(res.status(), 200);
    let body = res.text().await.expect("body");
    assert!(body.contains("No showcase is running right now"));
}

#[tokio::test]
async fn home_page_shows_the_current_event_and_its_seven_categories() {
    let app = spawn_app().await;
    open_event(&app, "Europe/London", chrono::Duration::days(45)).await;
    let body = app.get("/?lang=en").await.text().await.expect("body");
    assert!(body.contains("Test Showcase"), "current event");
    assert!(body.contains("Submissions open"));
    assert!(body.contains("Submissions close on"));
    assert!(body.contains("days left"));
    for name in [
        "Scratch",
        "Games",
        "Web",
        "Mobile apps",
        "Hardware",
        "Advanced programming",
        "AI",
    ] {
        assert!(
            body.contains(&format!("\">{name}</a></h3>")),
            "category {name}"
        );
    }
    assert_eq!(body.matches("class=\"category-card").count(), 7);
    // Each leads to its projects in the gallery.
    assert!(body.contains("href=\"/gallery?category=mobile-apps\""));
}

#[tokio::test]
async fn home_page_in_japanese() {
    let app = spawn_app().await;
    open_event(&app, "Asia/Tokyo", chrono::Duration::days(45)).await;
    let body = app.get("/?lang=ja").await.text().await.expect("body");
    assert!(body.contains(r#"<html lang="ja" dir="ltr">"#));
    assert!(body.contains("作品募集中"), "phase in Japanese");
    assert!(
        body.contains("作品募集の締め切りは"),
        "deadline sentence in Japanese"
    );
    assert!(
        body.contains("年") && body.contains("月"),
        "date written the Japanese way"
    );
    for name in [
        "ゲーム",
        "ウェブ",
        "モバイルアプリ",
        "ハードウェア",
        "上級プログラミング",
    ] {
        assert!(body.contains(name), "category {name}");
    }
}

#[tokio::test]
async fn home_page_in_arabic_is_right_to_left() {
    let app = spawn_app().await;
    open_event(&app, "Africa/Cairo", chrono::Duration::days(45)).await;
    let body = app.get("/?lang=ar").await.text().await.expect("body");
    assert!(body.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(body.contains("باب المشاركة مفتوح"), "phase in Arabic");
    assert!(body.contains("الألعاب"), "category in Arabic");
    // The event name is Latin text inside RTL: isolated so punctuation stays put.
    assert!(body.contains("<bdi>Test Showcase"));
}

#[tokio::test]
async fn static_files_are_served_with_validators() {
    let app = spawn_app().await;
    let res = app.get("/static/css/main.css").await;
    assert_eq!(res.status(), 200);
    assert!(res.headers().get("etag").is_some());
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap_or("")
            .starts_with("text/css")
    );
}
