//! Locale negotiation through real requests: query, cookie, header, fallback.

use crate::helpers::spawn_app;

fn html_lang(body: &str) -> &str {
    let start = body.find("<html lang=\"").map(|i| i + 12).unwrap_or(0);
    let end = body[start..].find('"').map(|i| start + i).unwrap_or(start);
    &body[start..end]
}

#[tokio::test]
async fn query_parameter_chooses_the_language_and_is_remembered_in_a_cookie() {
    let app = spawn_app().await;
    let res = app.get("/?lang=fr").await;
    assert_eq!(res.status(), 200);
    let cookie = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("lang="))
        .map(str::to_owned)
        .expect("a lang cookie");
    assert!(cookie.starts_with("lang=fr"), "{cookie}");
    assert!(
        cookie.contains("SameSite=Lax") && cookie.contains("Path=/"),
        "{cookie}"
    );
    let body = res.text().await.expect("body");
    assert_eq!(html_lang(&body), "fr");
    assert!(body.contains("Accueil"));
}

#[tokio::test]
async fn cookie_chooses_the_language_over_the_header() {
    let app = spawn_app().await;
    let res = app
        .get_with("/", &[("cookie", "lang=es"), ("accept-language", "tr")])
        .await;
    let body = res.text().await.expect("body");
    assert_eq!(html_lang(&body), "es");
    assert!(body.contains("Inicio"));
}

#[tokio::test]
async fn accept_language_header_is_used_without_query_or_cookie() {
    let app = spawn_app().await;
    let res = app
        .get_with("/", &[("accept-language", "de-DE,tr-TR;q=0.9,en;q=0.5")])
        .await;
    assert!(
        res.headers()["vary"]
            .to_str()
            .unwrap_or("")
            .contains("Accept-Language")
    );
    let body = res.text().await.expect("body");
    assert_eq!(html_lang(&body), "tr");
    assert!(body.contains("Ana sayfa"));
}

#[tokio::test]
async fn unsupported_choices_fall_back_to_english() {
    let app = spawn_app().await;
    let res = app
        .get_with(
            "/?lang=xx",
            &[("cookie", "lang=zz"), ("accept-language", "de, pl;q=0.8")],
        )
        .await;
    assert!(
        res.headers()
            .get_all("set-cookie")
            .iter()
            .all(|c| !c.to_str().unwrap_or("").starts_with("lang="))
    );
    let body = res.text().await.expect("body");
    assert_eq!(html_lang(&body), "en");
    assert!(body.contains("Skip to main content"));
}

#[tokio::test]
async fn the_language_switcher_links_every_language_and_keeps_other_parameters() {
    let app = spawn_app().await;
    let body = app
        .get("/?lang=hi&foo=bar")
        .await
        .text()
        .await
        .expect("body");
    for (code, name) in [
        ("en", "English"),
        ("es", "Español"),
        ("fr", "Français"),
        ("tr", "Türkçe"),
        ("hi", "हिन्दी"),
        ("ar", "العربية"),
        ("ja", "日本語"),
    ] {
        let link = format!(r#"href="/?foo=bar&amp;lang={code}" lang="{code}" hreflang="{code}""#);
        assert!(body.contains(&link), "switcher link for {code}: {link}");
        assert!(body.contains(name), "{name}");
    }
    assert!(body.contains(r#"hreflang="hi" aria-current="true""#));
}

#[tokio::test]
async fn error_pages_are_localized_too() {
    let app = spawn_app().await;
    let res = app
        .get_with("/this/does/not/exist", &[("accept-language", "ja")])
        .await;
    assert_eq!(res.status(), 404);
    let body = res.text().await.expect("body");
    assert!(body.contains("ページが見つかりません"), "{body}");
    assert!(body.contains(r#"<html lang="ja""#));
}

#[tokio::test]
async fn country_names_are_in_the_visitors_language() {
    let app = spawn_app().await;
    let ja = app
        .get("/register/creator?lang=ja")
        .await
        .text()
        .await
        .expect("body");
    assert!(
        ja.contains(r#"<option value="TR">トルコ</option>"#),
        "Japanese country names"
    );
    let ar = app
        .get("/register/creator?lang=ar")
        .await
        .text()
        .await
        .expect("body");
    assert!(
        ar.contains(r#"<option value="EG">مصر</option>"#),
        "Arabic country names"
    );
    let es = app
        .get("/register/creator?lang=es")
        .await
        .text()
        .await
        .expect("body");
    assert!(
        es.contains(r#"<option value="DE">Alemania</option>"#),
        "Spanish country names"
    );
}

#[tokio::test]
async fn messages_after_a_redirect_follow_the_language_of_the_page_showing_them() {
    let app = spawn_app().await;
    let organizer = app
        .signed_in(
            "org@example.org",
            &[showcase::domain::account::Role::Organizer],
        )
        .await;
    organizer.get("/?lang=ar").await;
    let res = organizer
        .post(
            "/organizer/invitations",
            &[
                ("email", "j@example.org"),
                ("role", "judge"),
                ("kind_volunteer", "on"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let page = organizer.get_text("/organizer/invitations?lang=en").await;
    assert!(
        page.contains("The invitation is on its way."),
        "flash translated for the page that shows it"
    );
}
