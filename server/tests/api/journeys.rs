//! Whole journeys in a real browser (headless Chromium): what creators, guardians,
//! organizers and visitors do, step by step, with a screenshot of each step under
//! `target/browser/<test>/`.

use chrono::Duration;

use crate::browser::{
    DESKTOP, Driver, PHONE, Shots, axe, find, goto, html, path, press, set, sign_in,
};

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
    sign_in(&organizer, &base, "organizer@example.org", PASSWORD).await;
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

/// The judging half in a real browser, on the demo: an organizer moves this year's event
/// on to the favourites; a VIP judge picks a favourite from the shortlist with a quote;
/// the producer steps last year's show on the control page and the overlay (its own
/// window, as a broadcast tool would load it) shows each cue.
#[tokio::test]
async fn an_organizer_a_vip_judge_and_the_producer_in_a_real_browser() {
    let app = crate::helpers::spawn_app().await;
    app.seed_demo().await;
    let driver = Driver::start().await;
    let mut shots = Shots::new("judging-and-livestream");
    let base = app.address.clone();
    // The organizer moves the event from shortlisting to the favourites.
    let organizer = driver.window(DESKTOP, "en").await;
    sign_in(
        &organizer,
        &base,
        "organizer@demo.showcase.test",
        showcase::seed::DEMO_PASSWORD,
    )
    .await;
    goto(&organizer, &format!("{base}/organizer/event")).await;
    shots.take(&organizer, "event-phases").await;
    press(
        &organizer,
        "form[action='/organizer/event/phase'] input[name='to'] ~ button",
    )
    .await;
    shots.take(&organizer, "moved-on").await;
    let phase: String =
        sqlx::query_scalar("SELECT phase::text FROM events WHERE slug = 'showcase-2026'")
            .fetch_one(&app.pool)
            .await
            .expect("phase");
    assert_eq!(phase, "favourites");

    // ... and gives the VIP judge the categories to pick in.
    let vip_id: uuid::Uuid =
        sqlx::query_scalar("SELECT id FROM users WHERE email = 'vip.judge@demo.showcase.test'")
            .fetch_one(&app.pool)
            .await
            .expect("the VIP judge");
    goto(&organizer, &format!("{base}/organizer/favourites")).await;
    let form = format!("form[action='/organizer/favourites/{vip_id}']");
    for category in ["hardware", "games", "ai"] {
        set(&organizer, &form, "category", category).await;
    }
    press(&organizer, &format!("{form} button[type='submit']")).await;
    shots.take(&organizer, "vip-categories").await;

    // A VIP judge picks a favourite from the shortlist.
    let vip = driver.window(DESKTOP, "en").await;
    sign_in(
        &vip,
        &base,
        "vip.judge@demo.showcase.test",
        showcase::seed::DEMO_PASSWORD,
    )
    .await;
    goto(&vip, &format!("{base}/judge/favourites")).await;
    shots.take(&vip, "favourites").await;
    // Looks one up by its title (the shortlist may not name one in these categories).
    let title: String = sqlx::query_scalar(
        "SELECT d.doc->>'title' FROM public_projects p JOIN public_documents d USING (project_id)
         WHERE p.event_slug = 'showcase-2026' AND p.category IN ('hardware', 'games', 'ai')
         ORDER BY p.project_id LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a project to pick");
    set(
        &vip,
        "form[role='search'][action='/judge/favourites']",
        "q",
        &title,
    )
    .await;
    press(
        &vip,
        "form[role='search'][action='/judge/favourites'] button",
    )
    .await;
    let first = find(&vip, "datalist#projects option")
        .await
        .attr("value")
        .await
        .expect("attr")
        .expect("a project found by its title");
    set(&vip, "form[action='/judge/favourites']", "pick_1", &first).await;
    set(
        &vip,
        "form[action='/judge/favourites']",
        "quote_1",
        "It made the whole panel smile.",
    )
    .await;
    press(&vip, "form[action='/judge/favourites'] .actions button").await;
    shots.take(&vip, "favourite-saved").await;
    let quote: String = sqlx::query_scalar(
        "SELECT f.quote FROM favourites f JOIN users u ON u.id = f.judge_id
         WHERE u.email = 'vip.judge@demo.showcase.test' AND f.project_id = $1::uuid",
    )
    .bind(&first)
    .fetch_one(&app.pool)
    .await
    .expect("the pick");
    assert_eq!(quote, "It made the whole panel smile.");

    // The producer steps last year's show; the overlay follows.
    let archived: String = sqlx::query_scalar("SELECT slug FROM events WHERE phase = 'archived'")
        .fetch_one(&app.pool)
        .await
        .expect("last year's event");
    goto(&organizer, &format!("{base}/live/{archived}/control")).await;
    let overlay_url = find(&organizer, "input.live-url")
        .await
        .prop("value")
        .await
        .expect("value")
        .expect("the overlay's address");
    let overlay = driver.window((1920, 1080), "en").await;
    goto(&overlay, &overlay_url).await;
    let on_air = |c: &fantoccini::Client| {
        let c = c.clone();
        async move {
            c.execute(
                "const s = document.querySelector('section.cue:not([hidden])'); return s ? s.dataset.position : null",
                vec![],
            )
            .await
            .expect("on air")
        }
    };
    let control_position = |c: &fantoccini::Client| {
        let c = c.clone();
        async move {
            find(&c, "#live-control")
                .await
                .attr("data-position")
                .await
                .expect("attr")
                .expect("the control page's position")
        }
    };
    let start: u32 = control_position(&organizer)
        .await
        .parse()
        .expect("a position");
    for step in 1..=3 {
        press(&organizer, "form.live-step input[value='next'] ~ button").await;
        // The step is sent with fetch: the page moves when the server has answered.
        let position = (start + step).to_string();
        let mut shown = String::new();
        for _ in 0..100 {
            shown = control_position(&organizer).await;
            if shown == position {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        assert_eq!(shown, position, "step {step}: the control page moved on");
        let mut seen = serde_json::Value::Null;
        for _ in 0..40 {
            seen = on_air(&overlay).await;
            if seen == serde_json::Value::String(position.clone()) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        assert_eq!(
            seen,
            serde_json::Value::String(position.clone()),
            "step {step}: the overlay shows cue {position}"
        );
        shots
            .take(&organizer, &format!("control-step-{step}"))
            .await;
        shots.take(&overlay, &format!("overlay-step-{step}")).await;
    }
    for c in [organizer, vip, overlay] {
        c.close().await.expect("close");
    }
}
