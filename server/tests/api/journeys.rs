//! Whole journeys in a real browser (headless Chromium): what creators, guardians,
//! organizers and visitors do, step by step, with a screenshot of each step under
//! `target/browser/<test>/`.

use chrono::Duration;

use crate::browser::{DESKTOP, Driver, PHONE, Shots, axe, find, goto, html, path, press, set};

/// axe-core finds nothing critical or serious on the page.
async fn accessible(c: &fantoccini::Client, what: &str) {
    let found = axe(c).await;
    assert!(found.is_empty(), "{what}:\n{}", found.join("\n"));
}
use crate::helpers::{PASSWORD, open_event, spawn_app_with};
use crate::services::SmtpServer;

#[tokio::test]
async fn a_teen_submits_a_guardian_consents_an_organizer_approves_visitors_find_it() {
    let smtp = SmtpServer::start();
    let app = spawn_app_with(&[("SHOWCASE_MAIL__SMTP_URL", smtp.url().as_str())]).await;
    open_event(&app, "Europe/Dublin", Duration::days(20)).await;
    app.create_user(
        "organizer@example.org",
        &[showcase::domain::account::Role::Organizer],
    )
    .await;
    let driver = Driver::start().await;
    let mut shots = Shots::new("journey");
    let base = app.address.clone();

    // A teen registers on a desktop.
    let teen = driver.window(DESKTOP, "en").await;
    goto(&teen, &format!("{base}/")).await;
    shots.take(&teen, "home").await;
    goto(&teen, &format!("{base}/register/creator")).await;
    let form = "form[action='/register/creator']";
    for (name, value) in [
        ("email", "mira@example.org"),
        ("password", PASSWORD),
        ("first_name", "Mira"),
        ("surname", "Privatesurname"),
        ("display_name", "Mira"),
        ("birth_year", "2011"),
        ("birth_month", "5"),
        ("country", "IE"),
    ] {
        set(&teen, form, name, value).await;
    }
    shots.take(&teen, "registration-filled").await;
    accessible(&teen, "registration form").await;
    press(&teen, &format!("{form} button[type='submit']")).await;
    assert_eq!(path(&teen).await, "/register/check-email");
    shots.take(&teen, "check-your-email").await;

    // The emailed link verifies the address and signs the teen in.
    let email = app.email(&smtp, "mira@example.org", "").await;
    goto(&teen, &email.link(&base)).await;
    shots.take(&teen, "verify-email").await;
    press(&teen, "main form button[type='submit']").await;
    goto(&teen, &format!("{base}/projects")).await;
    shots.take(&teen, "my-projects").await;

    // Starts a project, fills it in, adds an image, submits it.
    press(&teen, "form[action='/projects'] button[type='submit']").await;
    let project_path = path(&teen).await;
    assert!(project_path.starts_with("/projects/"), "{project_path}");
    let project = project_path.trim_start_matches("/projects/").to_owned();
    let form = format!("form[action='/projects/{project}'][method='post']");
    for (name, value) in [
        ("title", "Tide Pool Watcher"),
        (
            "short_description",
            "A camera that counts crabs in the rock pools at low tide.",
        ),
        ("category", "hardware"),
        ("language", "en"),
        ("project_url", "github.com/example/tide-pool-watcher"),
        (
            "why_made",
            "We wanted to know whether the pools recover after storms.",
        ),
        ("difficulties", "Keeping salt water out of the camera box."),
        ("next_steps", "A solar panel and a map of every pool."),
    ] {
        set(&teen, &form, name, value).await;
    }
    set(&teen, &form, "sdgs", "14").await;
    set(
        &teen,
        &form,
        "community",
        "The beach clean-up group plans its work with it.",
    )
    .await;
    press(&teen, &format!("{form} button[value='save']")).await;
    shots.take(&teen, "draft-saved").await;
    accessible(&teen, "project form").await;
    let picture = std::env::temp_dir().join(format!("tide-pool-{}.png", app.db_name));
    std::fs::write(&picture, crate::helpers::png(800, 600)).expect("picture");
    find(&teen, "input[type='file'][name='image']")
        .await
        .send_keys(&picture.display().to_string())
        .await
        .expect("choose the picture");
    set(
        &teen,
        &format!("form[action='/projects/{project}/images']"),
        "alt_text",
        "Rock pool at low tide",
    )
    .await;
    press(
        &teen,
        &format!("form[action='/projects/{project}/images'] button[type='submit']"),
    )
    .await;
    app.drain_jobs().await;
    teen.refresh().await.expect("reload");
    shots.take(&teen, "image-added").await;
    press(&teen, &format!("{form} button[value='submit']")).await;
    let page = html(&teen).await;
    assert!(page.contains("Tide Pool Watcher"), "submitted: {page}");
    shots.take(&teen, "submitted").await;

    // The teen asks a guardian for consent.
    set(
        &teen,
        &format!("form[action='/projects/{project}/consent/request']"),
        "guardian_email",
        "parent@example.org",
    )
    .await;
    press(
        &teen,
        &format!("form[action='/projects/{project}/consent/request'] button[type='submit']"),
    )
    .await;
    shots.take(&teen, "guardian-asked").await;

    // The guardian, on a phone, follows the emailed link and consents.
    let email = app.email(&smtp, "parent@example.org", "").await;
    assert!(
        !email.text.contains("Privatesurname"),
        "no surname to a third party"
    );
    let guardian = driver.window(PHONE, "en").await;
    goto(&guardian, &email.link(&base)).await;
    let consent = html(&guardian).await;
    assert!(consent.contains("Tide Pool Watcher") && !consent.contains("Privatesurname"));
    shots.take(&guardian, "consent-page-phone").await;
    accessible(&guardian, "consent page on a phone").await;
    find(&guardian, "#c-publish")
        .await
        .click()
        .await
        .expect("tick publish");
    find(&guardian, "#c-photos")
        .await
        .click()
        .await
        .expect("tick photos");
    press(&guardian, "button[name='answer'][value='agree']").await;
    shots.take(&guardian, "consent-recorded").await;
    let granted: i64 = sqlx::query_scalar("SELECT count(*) FROM consents WHERE granted")
        .fetch_one(&app.pool)
        .await
        .expect("consents");
    assert_eq!(granted, 2, "publish and photos");

    // An organizer approves it from the moderation queue.
    let organizer = driver.window(DESKTOP, "en").await;
    goto(&organizer, &format!("{base}/sign-in")).await;
    set(
        &organizer,
        "form[action='/sign-in']",
        "email",
        "organizer@example.org",
    )
    .await;
    set(&organizer, "form[action='/sign-in']", "password", PASSWORD).await;
    press(&organizer, "form[action='/sign-in'] button[type='submit']").await;
    goto(&organizer, &format!("{base}/organizer/moderation")).await;
    shots.take(&organizer, "moderation-queue").await;
    press(
        &organizer,
        &format!("a[href='/organizer/projects/{project}']"),
    )
    .await;
    shots.take(&organizer, "review").await;
    accessible(&organizer, "moderation review").await;
    press(&organizer, "button[name='decision'][value='approved']").await;
    shots.take(&organizer, "approved").await;

    // Visitors find it: in Japanese on a desktop, in Arabic (right to left) on a phone.
    for (lang, size, dir) in [("ja", DESKTOP, "ltr"), ("ar", PHONE, "rtl")] {
        let visitor = driver.window(size, lang).await;
        goto(&visitor, &format!("{base}/gallery?lang={lang}")).await;
        set(&visitor, "form.gallery-search", "q", "tide pool").await;
        press(&visitor, "form.gallery-search button").await;
        let gallery = html(&visitor).await;
        assert!(gallery.contains(&format!("dir=\"{dir}\"")), "{lang}: {dir}");
        assert!(gallery.contains("Tide Pool Watcher"), "{lang}: found");
        assert!(!gallery.contains("Privatesurname"));
        shots.take(&visitor, &format!("gallery-{lang}")).await;
        press(&visitor, &format!("a[href^='/gallery/{project}']")).await;
        let page = html(&visitor).await;
        assert!(page.contains("Tide Pool Watcher") && page.contains("Mira"));
        assert!(!page.contains("Privatesurname") && !page.contains("mira@example.org"));
        shots.take(&visitor, &format!("project-{lang}")).await;
        visitor.close().await.expect("close");
    }
    for c in [teen, guardian, organizer] {
        c.close().await.expect("close");
    }
    let _ = std::fs::remove_file(picture);
}
