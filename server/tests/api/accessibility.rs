//! axe-core (the npm package, loaded from disk) in headless Chromium on every page type,
//! in English and Arabic, at desktop and phone widths: no critical or serious violation.
//! And the forms people fill in most, completed with the keyboard alone.

use crate::browser::{
    DESKTOP, Driver, ENTER, PHONE, SPACE, Shots, axe, goto, html, keys, path, sign_in, tab_to,
};
use crate::helpers::{PASSWORD, open_event, spawn_app};

const DEMO_PASSWORD: &str = showcase::seed::DEMO_PASSWORD;

#[tokio::test]
async fn every_page_type_has_no_serious_accessibility_violation_in_english_and_arabic() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let published: uuid::Uuid = sqlx::query_scalar(
        "SELECT p.project_id FROM public_projects p JOIN public_documents d USING (project_id)
         WHERE d.doc->'images' <> '[]' ORDER BY p.project_id LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a published project with images");
    let previous: String =
        sqlx::query_scalar("SELECT slug FROM events WHERE phase = 'announced' OR phase = 'archived' ORDER BY submissions_open_at LIMIT 1")
            .fetch_one(&app.pool)
            .await
            .expect("last year's event");
    // Who sees which pages (None: a visitor).
    let pages: Vec<(Option<&str>, String)> = vec![
        (None, "/".into()),
        (None, "/gallery".into()),
        (None, "/gallery?q=robot&category=hardware".into()),
        (None, format!("/gallery/{published}")),
        (None, format!("/winners/{previous}")),
        (None, "/sign-in".into()),
        (None, "/register/creator".into()),
        (Some("parent@demo.showcase.test"), "/projects".into()),
        (
            Some("parent@demo.showcase.test"),
            "/account/children".into(),
        ),
        (Some("organizer@demo.showcase.test"), "/organizer".into()),
        (
            Some("organizer@demo.showcase.test"),
            "/organizer/moderation?status=all".into(),
        ),
        (
            Some("organizer@demo.showcase.test"),
            format!("/organizer/projects/{published}"),
        ),
        (Some("judge@demo.showcase.test"), "/judge".into()),
        (Some("judge@demo.showcase.test"), "/judge/next".into()),
    ];
    let driver = Driver::start().await;
    let mut shots = Shots::new("accessibility");
    let base = app.address.clone();
    let mut problems = Vec::new();
    let mut checked = 0;
    for (lang, size, width) in [
        ("en", DESKTOP, "desktop"),
        ("ar", DESKTOP, "desktop"),
        ("en", PHONE, "phone"),
        ("ar", PHONE, "phone"),
    ] {
        let mut who: Option<&str> = Some("");
        let mut c = driver.window(size, lang).await;
        for (user, page) in &pages {
            if who != Some(user.unwrap_or("")) {
                c.close().await.expect("close");
                c = driver.window(size, lang).await;
                if let Some(email) = user {
                    sign_in(&c, &base, email, DEMO_PASSWORD).await;
                }
                who = Some(user.unwrap_or(""));
            }
            let sep = if page.contains('?') { '&' } else { '?' };
            goto(&c, &format!("{base}{page}{sep}lang={lang}")).await;
            let source = html(&c).await;
            assert!(
                source.contains(&format!("lang=\"{lang}\"")),
                "{page} in {lang}"
            );
            let name = page.trim_matches('/').replace(['/', '?', '&', '='], "-");
            shots
                .take(
                    &c,
                    &format!(
                        "{lang}-{width}-{}",
                        if name.is_empty() { "home" } else { &name }
                    ),
                )
                .await;
            checked += 1;
            for v in axe(&c).await {
                problems.push(format!("{page} [{lang}, {width}]: {v}"));
            }
        }
        c.close().await.expect("close");
    }
    assert_eq!(checked, pages.len() * 4);
    assert!(
        problems.is_empty(),
        "{} serious or critical violations:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// A volunteer judge scores a project with the keyboard alone: Tab to each mark, type
/// it, Tab to the button, Enter.
#[tokio::test]
async fn the_judge_panel_works_with_the_keyboard_alone() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let driver = Driver::start().await;
    let mut shots = Shots::new("keyboard-judge");
    let base = app.address.clone();
    let c = driver.window(DESKTOP, "en").await;
    sign_in(&c, &base, "judge@demo.showcase.test", DEMO_PASSWORD).await;
    goto(&c, &format!("{base}/judge/next")).await;
    let scoring = path(&c).await;
    assert!(
        scoring.starts_with("/judge/projects/"),
        "a project to score: {scoring}"
    );
    let project = scoring.trim_start_matches("/judge/projects/").to_owned();
    let before: i64 = sqlx::query_scalar("SELECT count(*) FROM scores")
        .fetch_one(&app.pool)
        .await
        .expect("scores");
    for (field, mark) in [
        ("coolness", "8"),
        ("complexity", "7"),
        ("presentation", "9"),
        ("design", "6"),
    ] {
        tab_to(&c, &format!("[name='{field}']")).await;
        keys(&c, mark).await;
    }
    tab_to(&c, "[name='comment']").await;
    keys(&c, "Lovely idea, clearly explained.").await;
    shots.take(&c, "filled-by-keyboard").await;
    tab_to(&c, "button[type='submit']").await;
    keys(&c, ENTER).await;
    crate::browser::wait_loaded(&c).await;
    shots.take(&c, "saved").await;
    let after: i64 = sqlx::query_scalar("SELECT count(*) FROM scores")
        .fetch_one(&app.pool)
        .await
        .expect("scores");
    assert_eq!(after, before + 1, "the score was saved ({project})");
    c.close().await.expect("close");
}

/// A teen fills in and submits a project with the keyboard alone: Tab from field to
/// field, typing (a select takes the first letters of its option), Space ticks a goal,
/// Enter on the button.
#[tokio::test]
async fn the_submission_form_works_with_the_keyboard_alone() {
    let app = spawn_app().await;
    open_event(&app, "Europe/Dublin", chrono::Duration::days(20)).await;
    let (http, creator) = crate::projects::teen(&app, "keys@example.org").await;
    let project = crate::projects::start_project(&http, creator).await;
    let driver = Driver::start().await;
    let mut shots = Shots::new("keyboard-submission");
    let base = app.address.clone();
    let c = driver.window(DESKTOP, "en").await;
    sign_in(&c, &base, "keys@example.org", PASSWORD).await;
    goto(&c, &format!("{base}/projects/{project}")).await;
    for (field, typed) in [
        ("title", "Braille Label Maker"),
        (
            "short_description",
            "Prints braille labels for the school library.",
        ),
        ("category", "Hardware"),
        ("language", "English"),
        ("project_url", "https://github.com/example/braille-labels"),
        (
            "why_made",
            "Our friend could not find the books she wanted.",
        ),
        ("difficulties", "Getting the dots the right height."),
        ("next_steps", "Labels in Irish as well."),
    ] {
        tab_to(&c, &format!("[name='{field}']")).await;
        keys(&c, typed).await;
    }
    tab_to(&c, "#sdg-4").await;
    keys(&c, SPACE).await;
    tab_to(&c, "[name='community']").await;
    keys(&c, "The library lends them to other schools.").await;
    shots.take(&c, "filled-by-keyboard").await;
    tab_to(&c, "button[value='submit']").await;
    keys(&c, ENTER).await;
    crate::browser::wait_loaded(&c).await;
    shots.take(&c, "submitted").await;
    let (status, category, sdgs): (String, String, Vec<i16>) = sqlx::query_as(
        "SELECT p.status::text, c.slug, p.sdgs FROM projects p JOIN categories c ON c.id = p.category_id WHERE p.id = $1",
    )
    .bind(project)
    .fetch_one(&app.pool)
    .await
    .expect("project");
    assert_eq!(
        (status.as_str(), category.as_str(), sdgs),
        ("submitted", "hardware", vec![4])
    );
    c.close().await.expect("close");
}
