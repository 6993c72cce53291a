//! Project submissions through HTTP: drafts, submission, images (with a hostile upload
//! corpus), teams, deadlines in a non-UTC timezone, and one project per creator per event
//! under concurrent requests.

use std::io::Cursor;

use chrono::{Duration, NaiveTime, TimeZone, Utc};
use showcase::db;
use showcase::domain::account::Role;
use uuid::Uuid;

pub(crate) use crate::helpers::png;
use crate::helpers::{Browser, TestApp, csrf_in, location, open_event, spawn_app};

/// A signed-in teenager with a creator profile; returns the browser and the profile id.
pub(crate) async fn teen(app: &TestApp, email: &str) -> (Browser, Uuid) {
    let user = app.create_user(email, &[Role::Creator]).await;
    let mut conn = app.pool.acquire().await.expect("conn");
    let profile = db::users::NewCreator {
        first_name: showcase::domain::account::PersonName::parse("Kemal").expect("name"),
        surname: showcase::domain::account::PersonName::parse("Private").expect("name"),
        display_name: showcase::domain::account::DisplayName::parse(
            email.split('@').next().unwrap_or("teen"),
        )
        .expect("name"),
        birth: showcase::domain::account::BirthMonth::parse("2011", "4", Utc::now().date_naive())
            .expect("birth"),
        country: showcase::domain::account::Country::parse("TR").expect("country"),
        gender: None,
    };
    let creator = db::users::insert_creator(&mut conn, &profile, Some(user), None)
        .await
        .expect("creator");
    let browser = app.browser();
    assert_eq!(
        browser
            .sign_in(email, crate::helpers::PASSWORD)
            .await
            .status(),
        303
    );
    (browser, creator)
}

pub(crate) async fn start_project(browser: &Browser, creator: Uuid) -> Uuid {
    let res = browser
        .post("/projects", &[("creator_id", &creator.to_string())])
        .await;
    assert_eq!(res.status(), 303);
    let loc = location(&res);
    Uuid::parse_str(loc.trim_start_matches("/projects/"))
        .unwrap_or_else(|_| panic!("not a project page: {loc}"))
}

fn complete_form() -> Vec<(&'static str, &'static str)> {
    vec![
        ("title", "雨水ガーデン・センサー"),
        (
            "short_description",
            "学校の庭に、必要なときだけ水をやります。",
        ),
        ("category", "hardware"),
        ("language", "ja"),
        ("project_url", "https://github.com/example/rain-garden"),
        ("video_url", ""),
        ("why_made", "Our garden flooded every spring."),
        (
            "difficulties",
            "Calibrating the moisture sensor took weeks.",
        ),
        ("next_steps", "Solar power and a web dashboard."),
        ("sdgs", "6"),
        ("sdgs", "13"),
        ("community", "The whole school saves water."),
    ]
}

fn jpeg(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x % 255) as u8, 60, (y % 255) as u8])
    });
    let mut out = Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut out, image::ImageFormat::Jpeg)
        .expect("jpeg");
    out.into_inner()
}

/// A JPEG carrying an EXIF segment with GPS tags and a canary string in it.
fn jpeg_with_gps(canary: &str) -> Vec<u8> {
    let plain = jpeg(640, 480);
    // TIFF header (big-endian), IFD0 with one entry pointing to a GPS IFD, whose
    // GPSProcessingMethod-like ASCII entry holds the canary.
    let mut tiff = Vec::new();
    tiff.extend_from_slice(b"MM\0*\0\0\0\x08");
    tiff.extend_from_slice(&1u16.to_be_bytes());
    tiff.extend_from_slice(&0x8825u16.to_be_bytes()); // GPSInfo
    tiff.extend_from_slice(&4u16.to_be_bytes()); // LONG
    tiff.extend_from_slice(&1u32.to_be_bytes());
    tiff.extend_from_slice(&26u32.to_be_bytes()); // offset of the GPS IFD
    tiff.extend_from_slice(&0u32.to_be_bytes());
    let text = format!("{canary}\0");
    tiff.extend_from_slice(&1u16.to_be_bytes());
    tiff.extend_from_slice(&0x001bu16.to_be_bytes()); // GPSProcessingMethod
    tiff.extend_from_slice(&2u16.to_be_bytes()); // ASCII
    tiff.extend_from_slice(&u32::try_from(text.len()).expect("len").to_be_bytes());
    tiff.extend_from_slice(&44u32.to_be_bytes());
    tiff.extend_from_slice(&0u32.to_be_bytes());
    tiff.extend_from_slice(text.as_bytes());
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&tiff);
    let mut out = plain[..2].to_vec(); // SOI
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&u16::try_from(app1.len() + 2).expect("len").to_be_bytes());
    out.extend_from_slice(&app1);
    out.extend_from_slice(&plain[2..]);
    out
}

fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = u32::try_from(data.len())
        .expect("len")
        .to_be_bytes()
        .to_vec();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let mut crc = crc32fast::Hasher::new();
    crc.update(kind);
    crc.update(data);
    out.extend_from_slice(&crc.finalize().to_be_bytes());
    out
}

/// A tiny PNG whose header claims `w` × `h` pixels, with `idat` as its data.
fn png_claiming(w: u32, h: u32, idat: &[u8]) -> Vec<u8> {
    let mut ihdr = w.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend(png_chunk(b"IHDR", &ihdr));
    out.extend(png_chunk(b"IDAT", idat));
    out.extend(png_chunk(b"IEND", &[]));
    out
}

pub(crate) async fn upload(
    browser: &Browser,
    project: Uuid,
    name: &str,
    bytes: Vec<u8>,
    alt: &str,
    person: bool,
) -> reqwest::Response {
    let token = csrf_in(&browser.get_text(&format!("/projects/{project}")).await);
    let mut form = reqwest::multipart::Form::new()
        .text("csrf_token", token)
        .part(
            "image",
            reqwest::multipart::Part::bytes(bytes)
                .file_name(name.to_owned())
                .mime_str("image/jpeg")
                .expect("mime"),
        )
        .text("alt_text", alt.to_owned());
    if person {
        form = form.text("shows_person", "on");
    }
    browser
        .client
        .post(browser.url(&format!("/projects/{project}/images")))
        .multipart(form)
        .send()
        .await
        .expect("upload")
}

fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(files_under(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

#[tokio::test]
async fn a_teen_drafts_submits_and_the_database_holds_exactly_that() {
    let app = spawn_app().await;
    open_event(&app, "Asia/Tokyo", Duration::days(20)).await;
    let (browser, creator) = teen(&app, "kemal@example.org").await;
    let project = start_project(&browser, creator).await;

    // A draft can be saved with almost nothing in it.
    let res = browser
        .post(
            &format!("/projects/{project}"),
            &[("title", "Rain garden"), ("action", "save")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let title: String = sqlx::query_scalar("SELECT title FROM projects")
        .fetch_one(&app.pool)
        .await
        .expect("title");
    assert_eq!(title, "Rain garden");

    // Submitting an incomplete project lists every problem at once; it stays a draft, with
    // what was valid (the new title) kept.
    let res = browser
        .post(
            &format!("/projects/{project}"),
            &[("title", "Rain garden 2"), ("action", "submit")],
        )
        .await;
    assert_eq!(res.status(), 400);
    let body = res.text().await.expect("body");
    assert!(
        body.matches("This is needed to submit the project.")
            .count()
            >= 5,
        "every missing field is named"
    );
    assert!(body.contains("Please give a link to the project or to a video."));
    let (title, status): (String, String) =
        sqlx::query_as("SELECT title, status::text FROM projects")
            .fetch_one(&app.pool)
            .await
            .expect("row");
    assert_eq!(
        (title.as_str(), status.as_str()),
        ("Rain garden 2", "draft")
    );

    // The complete project is submitted, exactly as typed.
    let mut form = complete_form();
    form.push(("action", "submit"));
    let res = browser.post(&format!("/projects/{project}"), &form).await;
    assert_eq!(res.status(), 303);
    let row: (String, String, String, String, Vec<i16>, String) = sqlx::query_as(
        "SELECT p.title, p.short_description, c.slug, p.language, p.sdgs, p.status::text FROM projects p JOIN categories c ON c.id = p.category_id",
    )
    .fetch_one(&app.pool)
    .await
    .expect("row");
    assert_eq!(row.0, "雨水ガーデン・センサー");
    assert_eq!(row.1, "学校の庭に、必要なときだけ水をやります。");
    assert_eq!((row.2.as_str(), row.3.as_str()), ("hardware", "ja"));
    assert_eq!(row.4, vec![6, 13]);
    assert_eq!(row.5, "submitted");

    // The dashboard shows it as submitted.
    let dashboard = browser.get_text("/projects").await;
    assert!(
        dashboard.contains("雨水ガーデン・センサー")
            && dashboard.contains("Waiting for a guardian"),
        "a 15-year-old needs consent"
    );

    // Another creator cannot see it, and it looks exactly like a missing project.
    let (other, _) = teen(&app, "other@example.org").await;
    assert_eq!(
        other.get(&format!("/projects/{project}")).await.status(),
        404
    );
    assert_eq!(
        other
            .get(&format!("/projects/{}", Uuid::new_v4()))
            .await
            .status(),
        404
    );

    // Withdrawal.
    let res = browser
        .post(&format!("/projects/{project}/withdraw"), &[])
        .await;
    assert_eq!(res.status(), 303);
    let status: String = sqlx::query_scalar("SELECT status::text FROM projects")
        .fetch_one(&app.pool)
        .await
        .expect("status");
    assert_eq!(status, "withdrawn");
}

#[tokio::test]
async fn a_failed_save_keeps_every_valid_field_and_points_at_each_problem() {
    let app = spawn_app().await;
    open_event(&app, "Europe/Dublin", Duration::days(20)).await;
    let (browser, creator) = teen(&app, "niamh@example.org").await;
    let project = start_project(&browser, creator).await;
    let long_answer = "We wanted the library to know which shelves are busy. ".repeat(20);
    let too_long = "x".repeat(1501);
    let res = browser
        .post(
            &format!("/projects/{project}"),
            &[
                ("title", "Shelf Watch"),
                ("why_made", long_answer.trim()),
                // Scratch in Games is refused; the bare link gets https.
                ("category", "games"),
                ("project_url", "scratch.mit.edu/projects/123"),
                ("video_url", "htp//not a link"),
                ("difficulties", &too_long),
                ("action", "submit"),
            ],
        )
        .await;
    assert_eq!(res.status(), 400);
    let page = res.text().await.expect("page");
    // The summary says the rest is saved, takes the focus and links to each field.
    assert!(page.contains("Everything else you typed is saved in your draft"));
    assert!(page.contains(r#"class="error-summary" role="alert" tabindex="-1" autofocus"#));
    for field in ["category", "video_url", "difficulties"] {
        assert!(page.contains(&format!(r##"href="#f-{field}""##)), "{field}");
        assert!(page.contains(&format!(r#"id="f-{field}""#)), "{field}");
    }
    assert!(
        page.contains("at most 1500 characters"),
        "the limit is said"
    );
    // What was typed wrongly is still in the form.
    assert!(page.contains("htp//not a link"));
    // The database kept every valid field: nothing typed is lost by a reload.
    let row: (
        String,
        String,
        Option<String>,
        Option<String>,
        String,
        Option<Uuid>,
        String,
    ) = sqlx::query_as(
        "SELECT title, why_made, project_url, video_url, difficulties, category_id, status::text
             FROM projects WHERE id = $1",
    )
    .bind(project)
    .fetch_one(&app.pool)
    .await
    .expect("row");
    assert_eq!(row.0, "Shelf Watch");
    assert_eq!(row.1, long_answer.trim());
    assert_eq!(
        row.2.as_deref(),
        Some("https://scratch.mit.edu/projects/123")
    );
    assert_eq!(row.3, None, "the invalid link was not stored");
    assert_eq!(row.4, "", "the over-long answer was not stored");
    assert_eq!(row.5, None, "the refused category was not stored");
    assert_eq!(row.6, "draft");
    let page = browser.get_text(&format!("/projects/{project}")).await;
    assert!(page.contains("https://scratch.mit.edu/projects/123"));
    let audits: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_log WHERE action = 'project.save' AND summary ? 'problems'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("audit");
    assert_eq!(audits, 1);
}

#[tokio::test]
async fn withdrawing_asks_first_and_can_be_undone_until_the_deadline() {
    let app = spawn_app().await;
    let event = open_event(&app, "Europe/Dublin", Duration::days(20)).await;
    let (browser, creator) = teen(&app, "oisin@example.org").await;
    let project = start_project(&browser, creator).await;
    let mut form = complete_form();
    form.push(("action", "submit"));
    assert_eq!(
        browser
            .post(&format!("/projects/{project}"), &form)
            .await
            .status(),
        303
    );
    // The project page only links to a page that says what withdrawing does.
    let page = browser.get_text(&format!("/projects/{project}")).await;
    assert!(page.contains(&format!(r#"href="/projects/{project}/withdraw""#)));
    assert!(!page.contains(&format!(r#"action="/projects/{project}/withdraw""#)));
    let confirm = browser
        .get_text(&format!("/projects/{project}/withdraw"))
        .await;
    assert!(confirm.contains("Withdraw this project?"));
    assert!(confirm.contains("You can restore it until"));
    assert!(confirm.contains(&format!(r#"action="/projects/{project}/withdraw""#)));
    let res = browser
        .post(&format!("/projects/{project}/withdraw"), &[])
        .await;
    assert_eq!(location(&res), format!("/projects/{project}"));
    let page = browser.get_text(&format!("/projects/{project}")).await;
    assert!(page.contains("The project is withdrawn."));
    assert!(page.contains(&format!(r#"action="/projects/{project}/restore""#)));
    // Still one project per event: the dashboard says why none can be started.
    let dashboard = browser.get_text("/projects").await;
    assert!(dashboard.contains("Each creator takes part with one project per event"));

    // Restored: submitted again, as before.
    let res = browser
        .post(&format!("/projects/{project}/restore"), &[])
        .await;
    assert_eq!(location(&res), format!("/projects/{project}"));
    let status: String = sqlx::query_scalar("SELECT status::text FROM projects WHERE id = $1")
        .bind(project)
        .fetch_one(&app.pool)
        .await
        .expect("status");
    assert_eq!(status, "submitted");
    assert!(
        browser
            .get_text(&format!("/projects/{project}"))
            .await
            .contains("The project is back in the event.")
    );

    // After the deadline, withdrawing is final.
    browser
        .post(&format!("/projects/{project}/withdraw"), &[])
        .await;
    sqlx::query(
        "UPDATE events SET submissions_close_at = now() - interval '1 second' WHERE id = $1",
    )
    .bind(event)
    .execute(&app.pool)
    .await
    .expect("deadline");
    let page = browser.get_text(&format!("/projects/{project}")).await;
    assert!(!page.contains(&format!(r#"action="/projects/{project}/restore""#)));
    browser
        .post(&format!("/projects/{project}/restore"), &[])
        .await;
    let status: String = sqlx::query_scalar("SELECT status::text FROM projects WHERE id = $1")
        .bind(project)
        .fetch_one(&app.pool)
        .await
        .expect("status");
    assert_eq!(status, "withdrawn");
    let actions: Vec<String> = sqlx::query_scalar(
        "SELECT action FROM audit_log WHERE action IN ('project.withdraw', 'project.restore')
         ORDER BY id",
    )
    .fetch_all(&app.pool)
    .await
    .expect("audit");
    assert_eq!(
        actions,
        ["project.withdraw", "project.restore", "project.withdraw"]
    );
}

#[tokio::test]
async fn creators_are_shown_the_way_in() {
    let app = spawn_app().await;
    open_event(&app, "Europe/Dublin", Duration::days(20)).await;
    // The home page asks for projects while submissions are open.
    let home = app.browser().get_text("/").await;
    assert!(home.contains(r#"<a class="button" href="/projects">Enter your project</a>"#));
    // A creator lands on their projects after signing in.
    app.create_user("saoirse@example.org", &[Role::Creator])
        .await;
    let res = app
        .browser()
        .post(
            "/sign-in",
            &[
                ("email", "saoirse@example.org"),
                ("password", crate::helpers::PASSWORD),
            ],
        )
        .await;
    assert_eq!(location(&res), "/projects");
}

#[tokio::test]
async fn images_are_reencoded_without_metadata_and_originals_are_deleted() {
    let app = spawn_app().await;
    open_event(&app, "Europe/Istanbul", Duration::days(20)).await;
    let (browser, creator) = teen(&app, "kemal@example.org").await;
    let project = start_project(&browser, creator).await;

    let canary = "GPSCANARY-41.0082N-28.9784E";
    let original = jpeg_with_gps(canary);
    assert!(
        original
            .windows(canary.len())
            .any(|w| w == canary.as_bytes()),
        "the test file carries the GPS tag"
    );
    let res = upload(
        &browser,
        project,
        "holiday.jpg",
        original,
        "Our robot in the garden",
        true,
    )
    .await;
    assert_eq!(res.status(), 303);
    let res = upload(
        &browser,
        project,
        "drawing.png",
        png(2400, 1600),
        "A drawing of the circuit",
        false,
    )
    .await;
    assert_eq!(res.status(), 303);
    app.drain_jobs().await;

    let statuses: Vec<(String, bool)> =
        sqlx::query_as("SELECT status::text, shows_person FROM project_images ORDER BY position")
            .fetch_all(&app.pool)
            .await
            .expect("images");
    assert_eq!(
        statuses,
        vec![("ready".into(), true), ("ready".into(), false)]
    );

    let media = app.data_dir.path().join("media");
    let files = files_under(&media);
    assert!(
        files
            .iter()
            .all(|f| !f.to_string_lossy().contains("uploads")),
        "originals are deleted: {files:?}"
    );
    assert_eq!(files.len(), 4, "two derivatives per image: {files:?}");
    for f in &files {
        let bytes = std::fs::read(f).expect("read");
        assert!(
            !bytes.windows(canary.len()).any(|w| w == canary.as_bytes()),
            "GPS canary survived in {f:?}"
        );
        assert!(
            !bytes.windows(4).any(|w| w == b"Exif"),
            "EXIF survived in {f:?}"
        );
        let img = image::load_from_memory(&bytes).expect("derivative decodes");
        assert!(
            img.width() == 480 || img.width() == 640 || img.width() == 1280,
            "{f:?}: {}",
            img.width()
        );
    }

    // The team sees the thumbnail through the app; others do not.
    let page = browser.get_text(&format!("/projects/{project}")).await;
    assert!(page.contains(r#"alt="Our robot in the garden""#));
    let id: Uuid = sqlx::query_scalar("SELECT id FROM project_images ORDER BY position LIMIT 1")
        .fetch_one(&app.pool)
        .await
        .expect("id");
    let res = browser
        .get(&format!("/projects/{project}/images/{id}/480"))
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "image/jpeg");
    let (other, _) = teen(&app, "other@example.org").await;
    assert_eq!(
        other
            .get(&format!("/projects/{project}/images/{id}/480"))
            .await
            .status(),
        404
    );
}

#[tokio::test]
async fn a_hostile_upload_corpus_is_refused_or_rejected_without_crashing_anything() {
    let app = spawn_app().await;
    open_event(&app, "America/Sao_Paulo", Duration::days(20)).await;
    let (browser, creator) = teen(&app, "kemal@example.org").await;
    let project = start_project(&browser, creator).await;

    // Refused at upload (4xx, clear message, nothing stored).
    let bomb = png_claiming(
        60_000,
        60_000,
        &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
    );
    assert!(bomb.len() < 100, "a tiny file");
    let refused: Vec<(&str, Vec<u8>, &str)> = vec![
        ("bomb.png", bomb, "The image is too large: at most 8,000 × 8,000 pixels."),
        ("page.jpg", b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".to_vec(), "This file is not a JPEG, PNG, WebP or GIF image."),
        ("vector.jpg", br#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#.to_vec(), "This file is not a JPEG, PNG, WebP or GIF image."),
        ("huge.jpg", vec![0xFF; 10 * 1024 * 1024 + 10], "The image is larger than 10 MB."),
        ("cut.jpg", { let full = jpeg(800, 600); full[..full.len() / 3].to_vec() }, "The image could not be read."),
    ];
    for (name, bytes, message) in refused {
        let res = upload(&browser, project, name, bytes, "", false).await;
        assert_eq!(res.status(), 400, "{name}");
        let body = res.text().await.expect("body");
        assert!(body.contains(message), "{name}: expected '{message}'");
    }
    assert_eq!(app.count("project_images").await, 0);
    assert_eq!(app.count("jobs").await, 0);
    assert!(
        files_under(&app.data_dir.path().join("media")).is_empty(),
        "no orphan files"
    );

    // A plausible header with broken data: accepted, then rejected by the worker with a
    // reason the creator sees.
    let forged = png_claiming(100, 100, b"this is not zlib data at all");
    assert_eq!(
        upload(&browser, project, "forged.png", forged, "", false)
            .await
            .status(),
        303
    );
    app.drain_jobs().await;
    let rows: Vec<(String, Option<String>)> =
        sqlx::query_as("SELECT status::text, reject_reason FROM project_images ORDER BY position")
            .fetch_all(&app.pool)
            .await
            .expect("rows");
    for (status, reason) in &rows {
        assert_eq!(status, "rejected");
        assert_eq!(reason.as_deref(), Some("error-image-unreadable"));
    }
    let dead: i64 = sqlx::query_scalar("SELECT count(*) FROM jobs WHERE status <> 'done'")
        .fetch_one(&app.pool)
        .await
        .expect("jobs");
    assert_eq!(dead, 0, "the worker handled both without failing");
    assert!(
        browser
            .get_text(&format!("/projects/{project}"))
            .await
            .contains("could not be read")
    );
    assert!(
        files_under(&app.data_dir.path().join("media")).is_empty(),
        "rejected originals are removed"
    );

    // The worker is still alive: a good image after the bad ones is processed.
    assert_eq!(
        upload(&browser, project, "ok.png", png(300, 300), "", false)
            .await
            .status(),
        303
    );
    app.drain_jobs().await;
    let ready: i64 =
        sqlx::query_scalar("SELECT count(*) FROM project_images WHERE status = 'ready'")
            .fetch_one(&app.pool)
            .await
            .expect("ready");
    assert_eq!(ready, 1);
}

#[tokio::test]
async fn editing_locks_at_the_deadline_in_the_events_timezone() {
    let app = spawn_app().await;
    let event = open_event(&app, "Pacific/Auckland", Duration::hours(30)).await;
    // The deadline is 23:59 in Auckland on the day after tomorrow.
    let tz: chrono_tz::Tz = "Pacific/Auckland".parse().expect("tz");
    let local_day = (Utc::now().with_timezone(&tz) + Duration::days(2)).date_naive();
    let deadline = tz
        .from_local_datetime(&local_day.and_time(NaiveTime::from_hms_opt(23, 59, 0).expect("time")))
        .earliest()
        .expect("local time")
        .with_timezone(&Utc);
    sqlx::query("UPDATE events SET submissions_close_at = $2 WHERE id = $1")
        .bind(event)
        .bind(deadline)
        .execute(&app.pool)
        .await
        .expect("deadline");

    let (browser, creator) = teen(&app, "aroha@example.org").await;
    let project = start_project(&browser, creator).await;
    let page = browser.get_text(&format!("/projects/{project}")).await;
    assert!(
        page.contains("23:59 NZ"),
        "the deadline is shown in Auckland time"
    );
    assert!(page.contains("Save draft"));

    // Time passes (the deadline moves one second into the past): everything locks.
    sqlx::query(
        "UPDATE events SET submissions_close_at = now() - interval '1 second' WHERE id = $1",
    )
    .bind(event)
    .execute(&app.pool)
    .await
    .expect("deadline");
    let page = browser.get_text(&format!("/projects/{project}")).await;
    assert!(page.contains("can no longer be changed") && !page.contains("Save draft"));
    let res = browser
        .post(
            &format!("/projects/{project}"),
            &[("title", "Too late"), ("action", "save")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let title: String = sqlx::query_scalar("SELECT title FROM projects")
        .fetch_one(&app.pool)
        .await
        .expect("title");
    assert_eq!(title, "", "nothing changed after the deadline");
    let res = upload(&browser, project, "late.png", png(100, 100), "", false).await;
    assert_eq!(res.status(), 303);
    assert_eq!(app.count("project_images").await, 0);
    // And no new project can be started.
    let (late, late_creator) = teen(&app, "late@example.org").await;
    let res = late
        .post("/projects", &[("creator_id", &late_creator.to_string())])
        .await;
    assert_eq!(location(&res), "/projects");
    assert_eq!(app.count("projects").await, 1);
}

#[tokio::test]
async fn one_project_per_creator_per_event_even_under_concurrent_requests() {
    let app = spawn_app().await;
    open_event(&app, "Europe/Madrid", Duration::days(20)).await;
    let (browser, creator) = teen(&app, "lucia@example.org").await;
    let token = browser.csrf().await;
    let id = creator.to_string();
    let send = || {
        browser
            .client
            .post(browser.url("/projects"))
            .form(&[("csrf_token", token.as_str()), ("creator_id", id.as_str())])
            .send()
    };
    let (a, b) = tokio::join!(send(), send());
    assert_eq!(a.expect("a").status(), 303);
    assert_eq!(b.expect("b").status(), 303);
    assert_eq!(app.count("projects").await, 1, "exactly one project");
    assert_eq!(app.count("project_members").await, 1);
    let page = browser.get_text("/projects").await;
    assert!(page.contains("already has a project") || !page.contains("Start a project"));
}

#[tokio::test]
async fn teams_join_by_code_adults_add_children_and_ownership_moves() {
    let app = spawn_app().await;
    open_event(&app, "Asia/Kolkata", Duration::days(20)).await;
    let (owner, owner_creator) = teen(&app, "priya@example.org").await;
    let project = start_project(&owner, owner_creator).await;
    let code: String = sqlx::query_scalar("SELECT join_code FROM projects")
        .fetch_one(&app.pool)
        .await
        .expect("code");

    // A teammate joins with the link.
    let (mate, mate_creator) = teen(&app, "arjun@example.org").await;
    assert!(
        mate.get_text(&format!("/join/{code}"))
            .await
            .contains("Join the team")
    );
    let res = mate
        .post(
            &format!("/join/{code}"),
            &[("creator_id", &mate_creator.to_string())],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        mate.get(&format!("/projects/{project}")).await.status(),
        200,
        "a teammate can open the project"
    );

    // An adult joins their child profile with the same code.
    let adult_id = app.create_user("parent@example.org", &[Role::Adult]).await;
    let mut conn = app.pool.acquire().await.expect("conn");
    let child = db::users::NewCreator {
        first_name: showcase::domain::account::PersonName::parse("Meera").expect("name"),
        surname: showcase::domain::account::PersonName::parse("Private").expect("name"),
        display_name: showcase::domain::account::DisplayName::parse("Meera").expect("name"),
        birth: showcase::domain::account::BirthMonth::parse("2016", "1", Utc::now().date_naive())
            .expect("birth"),
        country: showcase::domain::account::Country::parse("IN").expect("country"),
        gender: None,
    };
    let child_id = db::users::insert_creator(&mut conn, &child, None, Some(adult_id))
        .await
        .expect("child");
    let adult = app.browser();
    assert_eq!(
        adult
            .sign_in("parent@example.org", crate::helpers::PASSWORD)
            .await
            .status(),
        303
    );
    let res = adult
        .post(
            &format!("/join/{code}"),
            &[("creator_id", &child_id.to_string())],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(app.count("project_members").await, 3);

    // The child cannot join a second project in the same event.
    let (other, other_creator) = teen(&app, "ravi@example.org").await;
    let _second = start_project(&other, other_creator).await;
    let other_code: String =
        sqlx::query_scalar("SELECT join_code FROM projects WHERE join_code <> $1")
            .bind(&code)
            .fetch_one(&app.pool)
            .await
            .expect("code");
    adult
        .post(
            &format!("/join/{other_code}"),
            &[("creator_id", &child_id.to_string())],
        )
        .await;
    assert_eq!(
        app.count("project_members").await,
        4,
        "only ravi's own membership was added"
    );

    // Someone else's child cannot be added by a stranger.
    let res = other
        .post(
            &format!("/join/{code}"),
            &[("creator_id", &child_id.to_string())],
        )
        .await;
    assert_eq!(res.status(), 403);

    // Ownership is handed over to the teammate.
    let res = owner
        .post(
            &format!("/projects/{project}/owner"),
            &[("creator_id", &mate_creator.to_string())],
        )
        .await;
    assert_eq!(res.status(), 303);
    let new_owner: Uuid = sqlx::query_scalar("SELECT owner_creator_id FROM projects WHERE id = $1")
        .bind(project)
        .fetch_one(&app.pool)
        .await
        .expect("owner");
    assert_eq!(new_owner, mate_creator);
    // Only the owner may hand over.
    let res = owner
        .post(
            &format!("/projects/{project}/owner"),
            &[("creator_id", &owner_creator.to_string())],
        )
        .await;
    assert_eq!(res.status(), 403);

    // Teams stop at five.
    for i in 0..3 {
        let (b, c) = teen(&app, &format!("extra{i}@example.org")).await;
        b.post(&format!("/join/{code}"), &[("creator_id", &c.to_string())])
            .await;
    }
    let members: i64 =
        sqlx::query_scalar("SELECT count(*) FROM project_members WHERE project_id = $1")
            .bind(project)
            .fetch_one(&app.pool)
            .await
            .expect("count");
    assert_eq!(members, 5);
}

#[tokio::test]
async fn uploads_work_the_same_with_s3_storage() {
    let s3 = crate::services::S3Server::start().await;
    let settings = s3.settings();
    let pairs: Vec<(&str, &str)> = settings
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let app = crate::helpers::spawn_app_with(&pairs).await;
    open_event(&app, "Africa/Nairobi", Duration::days(20)).await;
    let (browser, creator) = teen(&app, "amani@example.org").await;
    let project = start_project(&browser, creator).await;
    let canary = "GPSCANARY-1.2921S-36.8219E";
    assert_eq!(
        upload(
            &browser,
            project,
            "garden.jpg",
            jpeg_with_gps(canary),
            "Garden",
            false
        )
        .await
        .status(),
        303
    );
    app.drain_jobs().await;
    let mut keys = s3.keys().await;
    keys.sort();
    assert_eq!(
        keys.len(),
        2,
        "two derivatives, the original deleted: {keys:?}"
    );
    assert!(keys.iter().all(|k| k.starts_with("images/")));
    let id: Uuid = sqlx::query_scalar("SELECT id FROM project_images")
        .fetch_one(&app.pool)
        .await
        .expect("id");
    let res = browser
        .get(&format!("/projects/{project}/images/{id}/480"))
        .await;
    assert_eq!(res.status(), 200);
    let bytes = res.bytes().await.expect("bytes");
    assert!(!bytes.windows(canary.len()).any(|w| w == canary.as_bytes()));
    assert!(image::load_from_memory(&bytes).is_ok());
    assert!(
        files_under(&app.data_dir.path().join("media")).is_empty(),
        "nothing on the local disk"
    );
}
