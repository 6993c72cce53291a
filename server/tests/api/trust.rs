//! Regression tests for the trust holes found by trying the platform as users and as an
//! attacker would (issue 10). Each goes through real HTTP and failed before its fix.

use chrono::Duration;
use showcase::domain::account::Role;
use uuid::Uuid;

use crate::helpers::{Browser, TestApp, location, open_event, spawn_app};
use crate::projects::{png, upload};

const TITLE: &str = "Rain Garden Sensor";
/// What a child typed over the approved title: must never go public unreviewed.
const LEAK: &str = "Amira Haddad 0551 234 567";

/// The value of the hidden input `name` in a page.
pub(crate) fn hidden(html: &str, name: &str) -> String {
    let marker = format!(r#"name="{name}" value=""#);
    let start = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no hidden {name} in page:\n{html}"))
        + marker.len();
    html[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .to_owned()
}

fn project_form(title: &str) -> Vec<(&str, &str)> {
    vec![
        ("title", title),
        (
            "short_description",
            "Waters the school garden only when it needs it.",
        ),
        ("category", "hardware"),
        ("language", "en"),
        ("project_url", "https://github.com/example/rain-garden"),
        ("video_url", ""),
        ("why_made", "Our garden flooded every spring."),
        ("difficulties", "Calibrating the moisture sensor."),
        ("next_steps", "Solar power."),
        ("community", ""),
    ]
}

/// An adult with two child profiles, the first one's project approved and published.
struct Published {
    app: TestApp,
    adult: Browser,
    organizer: Browser,
    project: Uuid,
    second: Uuid,
}

async fn add_child(adult: &Browser, first: &str) {
    let res = adult
        .post(
            "/account/children",
            &[
                ("first_name", first),
                ("surname", "Privatesurname"),
                ("display_name", first),
                ("birth_year", "2015"),
                ("birth_month", "5"),
                ("country", "KE"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303, "child {first}");
}

/// Consents in the app for `creator`, for the revision the consent page shows.
pub(crate) async fn consent_in_app(adult: &Browser, project: Uuid, creator: Uuid) {
    let path = format!("/projects/{project}/consent/{creator}");
    let page = adult.get_text(&path).await;
    let revision = hidden(&page, "revision");
    let res = adult
        .post(
            &path,
            &[
                ("answer", "agree"),
                ("publish", "on"),
                ("photos", "on"),
                ("revision", &revision),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
}

/// Decides on the revision the moderator's page shows; returns the response.
pub(crate) async fn decide(
    organizer: &Browser,
    project: Uuid,
    decision: &str,
    reason: &str,
) -> reqwest::Response {
    let page = organizer
        .get_text(&format!("/organizer/projects/{project}"))
        .await;
    let revision = hidden(&page, "revision");
    organizer
        .post(
            &format!("/organizer/projects/{project}/moderate"),
            &[
                ("revision", &revision),
                ("decision", decision),
                ("reason", reason),
            ],
        )
        .await
}

async fn published() -> Published {
    let app = spawn_app().await;
    open_event(&app, "Africa/Nairobi", Duration::days(20)).await;
    let adult = app.signed_in("parent@example.org", &[Role::Adult]).await;
    add_child(&adult, "Wanjiru").await;
    add_child(&adult, "Otieno").await;
    let children: Vec<(Uuid, String)> =
        sqlx::query_as("SELECT id, display_name FROM creators ORDER BY created_at, id")
            .fetch_all(&app.pool)
            .await
            .expect("children");
    let (first, second) = (children[0].0, children[1].0);
    let res = adult
        .post("/projects", &[("creator_id", &first.to_string())])
        .await;
    let project = Uuid::parse_str(location(&res).trim_start_matches("/projects/")).expect("id");
    let mut form = project_form(TITLE);
    form.push(("action", "submit"));
    let res = adult.post(&format!("/projects/{project}"), &form).await;
    assert_eq!(res.status(), 303);
    consent_in_app(&adult, project, first).await;
    let organizer = app
        .signed_in("moderator@example.org", &[Role::Organizer])
        .await;
    assert_eq!(
        decide(&organizer, project, "approved", "").await.status(),
        303
    );
    let page = app.get(&format!("/gallery/{project}")).await;
    assert_eq!(page.status(), 200);
    assert!(page.text().await.expect("page").contains(TITLE));
    Published {
        app,
        adult,
        organizer,
        project,
        second,
    }
}

/// The public API's document of the project.
async fn public_doc(app: &TestApp, project: Uuid) -> serde_json::Value {
    let res = app.get(&format!("/api/v1/projects/{project}")).await;
    assert_eq!(res.status(), 200);
    res.json().await.expect("json")
}

/// Everything a visitor can read about the project: its page, its API document, and a
/// search for `needle`.
async fn public_text(app: &TestApp, project: Uuid, needle: &str) -> (String, String, u64) {
    let page = app
        .get(&format!("/gallery/{project}"))
        .await
        .text()
        .await
        .expect("page");
    let doc = public_doc(app, project).await.to_string();
    let query = serde_urlencoded::to_string([("q", needle)]).expect("query");
    let found: serde_json::Value = app
        .get(&format!("/api/v1/projects?{query}"))
        .await
        .json()
        .await
        .expect("search");
    (page, doc, found["total"].as_u64().unwrap_or(u64::MAX))
}

#[tokio::test]
async fn edits_after_approval_wait_for_a_moderator_who_sees_the_difference() {
    let p = published().await;
    let path = format!("/projects/{}", p.project);
    let res = p.adult.post(&path, &project_form(LEAK)).await;
    assert_eq!(res.status(), 303);

    // The public still sees the approved version, everywhere.
    let (page, doc, hits) = public_text(&p.app, p.project, "Haddad").await;
    assert!(page.contains(TITLE) && !page.contains(LEAK), "gallery page");
    assert!(doc.contains(TITLE) && !doc.contains(LEAK), "API document");
    assert_eq!(hits, 0, "the unreviewed title is not searchable");
    let team_page = p.adult.get_text(&path).await;
    assert!(
        team_page.contains("published_changes_in_review"),
        "the team knows it waits"
    );

    // The moderator finds it in the queue and sees what would change.
    let queue = p.organizer.get_text("/organizer/moderation").await;
    assert!(queue.contains("Change to a published project"));
    let review = p
        .organizer
        .get_text(&format!("/organizer/projects/{}", p.project))
        .await;
    assert!(review.contains("What would change"));
    assert!(
        review.contains(TITLE) && review.contains(LEAK),
        "both versions shown"
    );

    // Rejecting the change keeps the approved version public and tells the team why.
    let res = decide(
        &p.organizer,
        p.project,
        "rejected",
        "Please do not put phone numbers in the title.",
    )
    .await;
    assert_eq!(res.status(), 303);
    let (page, _, _) = public_text(&p.app, p.project, "Haddad").await;
    assert!(page.contains(TITLE) && !page.contains(LEAK));
    let team_page = p.adult.get_text(&path).await;
    assert!(team_page.contains("published_changes_declined"));
    assert!(team_page.contains("Please do not put phone numbers in the title."));

    // A new change, approved, becomes public.
    let res = p
        .adult
        .post(&path, &project_form("Rain Garden Sensor 2"))
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        decide(&p.organizer, p.project, "approved", "")
            .await
            .status(),
        303
    );
    let (page, _, _) = public_text(&p.app, p.project, "Haddad").await;
    assert!(page.contains("Rain Garden Sensor 2"));
    assert!(!page.contains(LEAK));
}

#[tokio::test]
async fn a_decision_on_a_version_the_team_has_changed_since_is_refused() {
    let p = published().await;
    let path = format!("/projects/{}", p.project);
    p.adult.post(&path, &project_form("First change")).await;
    let page = p
        .organizer
        .get_text(&format!("/organizer/projects/{}", p.project))
        .await;
    let seen = hidden(&page, "revision");
    // The team changes it again while the moderator reads.
    p.adult.post(&path, &project_form(LEAK)).await;
    let res = p
        .organizer
        .post(
            &format!("/organizer/projects/{}/moderate", p.project),
            &[
                ("revision", &seen),
                ("decision", "approved"),
                ("reason", ""),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let (page, _, _) = public_text(&p.app, p.project, "Haddad").await;
    assert!(
        !page.contains(LEAK),
        "approving what was seen never publishes what was not"
    );
    assert!(!page.contains("First change"));
    let flash = p
        .organizer
        .get_text(&format!("/organizer/projects/{}", p.project))
        .await;
    assert!(flash.contains("changed the project while you were looking"));
}

#[tokio::test]
async fn new_images_and_team_members_wait_for_review_and_their_own_consent() {
    let p = published().await;
    let res = upload(
        &p.adult,
        p.project,
        "me.png",
        png(640, 480),
        "Wanjiru holding the sensor",
        true,
    )
    .await;
    assert_eq!(res.status(), 303);
    p.app.drain_jobs().await;
    let res = p
        .adult
        .post(
            &format!("/projects/{}/members", p.project),
            &[("creator_id", &p.second.to_string())],
        )
        .await;
    assert_eq!(res.status(), 303);

    let doc = public_doc(&p.app, p.project).await;
    assert_eq!(doc["images"].as_array().map(Vec::len), Some(0), "{doc}");
    assert_eq!(doc["creators"].as_array().map(Vec::len), Some(1), "{doc}");
    assert!(!doc.to_string().contains("Otieno"));

    // Approving now would make Otieno public without consent: refused, nothing changes.
    let res = decide(&p.organizer, p.project, "approved", "").await;
    assert_eq!(res.status(), 303);
    let page = p
        .organizer
        .get_text(&format!("/organizer/projects/{}", p.project))
        .await;
    assert!(page.contains("consent"), "the moderator is told why");
    let doc = public_doc(&p.app, p.project).await;
    assert_eq!(doc["creators"].as_array().map(Vec::len), Some(1));

    // With Otieno's own consent, the change is approved and goes public.
    consent_in_app(&p.adult, p.project, p.second).await;
    assert_eq!(
        decide(&p.organizer, p.project, "approved", "")
            .await
            .status(),
        303
    );
    let doc = public_doc(&p.app, p.project).await;
    assert_eq!(doc["images"].as_array().map(Vec::len), Some(1), "{doc}");
    assert_eq!(doc["creators"].as_array().map(Vec::len), Some(2), "{doc}");
}

#[tokio::test]
async fn a_deleted_image_leaves_the_public_version_at_once() {
    let p = published().await;
    upload(
        &p.adult,
        p.project,
        "a.png",
        png(640, 480),
        "Our sensor",
        false,
    )
    .await;
    p.app.drain_jobs().await;
    assert_eq!(
        decide(&p.organizer, p.project, "approved", "")
            .await
            .status(),
        303
    );
    let doc = public_doc(&p.app, p.project).await;
    let image = doc["images"][0]["id"]
        .as_str()
        .expect("public image")
        .to_owned();
    let res = p
        .adult
        .post(
            &format!("/projects/{}/images/{image}/delete", p.project),
            &[],
        )
        .await;
    assert_eq!(res.status(), 303);
    let doc = public_doc(&p.app, p.project).await;
    assert_eq!(doc["images"].as_array().map(Vec::len), Some(0));
    assert_eq!(
        p.app
            .get(&format!("/gallery/images/{image}/480"))
            .await
            .status(),
        404
    );
}

#[tokio::test]
async fn consent_records_the_revision_shown_and_moderators_see_who_gave_it() {
    let p = published().await;
    let (revision, shown): (Option<Uuid>, Option<Uuid>) = sqlx::query_as(
        "SELECT k.revision_id, (SELECT r.id FROM project_revisions r WHERE r.project_id = $1 AND r.number = 1)
         FROM consents k WHERE k.scope = 'publish'",
    )
    .bind(p.project)
    .fetch_one(&p.app.pool)
    .await
    .expect("consent");
    assert!(revision.is_some());
    assert_eq!(
        revision, shown,
        "the consent names the version the adult saw"
    );
    let page = p
        .organizer
        .get_text(&format!("/organizer/projects/{}", p.project))
        .await;
    assert!(
        page.contains("example.org"),
        "the answering address's domain"
    );
    assert!(page.contains("no other creator"));
    assert!(page.contains("shown version 1"));
}

#[tokio::test]
async fn a_guardian_address_that_belongs_to_an_account_is_refused() {
    let app = spawn_app().await;
    open_event(&app, "Europe/Istanbul", Duration::days(20)).await;
    app.create_user("someone.else@example.org", &[Role::Judge])
        .await;
    let user = app.create_user("deniz@example.org", &[Role::Creator]).await;
    let mut conn = app.pool.acquire().await.expect("conn");
    let today = chrono::Utc::now().date_naive();
    let year = (chrono::Datelike::year(&today) - 15).to_string();
    let creator = showcase::db::users::insert_creator(
        &mut conn,
        &showcase::db::users::NewCreator {
            first_name: showcase::domain::account::PersonName::parse("Deniz").expect("name"),
            surname: showcase::domain::account::PersonName::parse("Private").expect("name"),
            display_name: showcase::domain::account::DisplayName::parse("Deniz").expect("name"),
            birth: showcase::domain::account::BirthMonth::parse(&year, "3", today).expect("birth"),
            country: showcase::domain::account::Country::parse("TR").expect("country"),
            gender: None,
        },
        Some(user),
        None,
    )
    .await
    .expect("creator");
    drop(conn);
    let teen = app.browser();
    assert_eq!(
        teen.sign_in("deniz@example.org", crate::helpers::PASSWORD)
            .await
            .status(),
        303
    );
    let res = teen
        .post("/projects", &[("creator_id", &creator.to_string())])
        .await;
    let project = location(&res).trim_start_matches("/projects/").to_owned();
    let mut form = project_form(TITLE);
    form.push(("action", "submit"));
    assert_eq!(
        teen.post(&format!("/projects/{project}"), &form)
            .await
            .status(),
        303
    );
    for address in ["someone.else@example.org", "Deniz@Example.org"] {
        let res = teen
            .post(
                &format!("/projects/{project}/consent/request"),
                &[
                    ("creator_id", &creator.to_string()),
                    ("guardian_email", address),
                ],
            )
            .await;
        assert_eq!(res.status(), 303);
        let page = teen.get_text(&format!("/projects/{project}")).await;
        assert!(
            page.contains("belongs to an account") || page.contains("not your own"),
            "{address}: {page}"
        );
    }
    assert_eq!(app.count("consent_requests").await, 0);
    assert_eq!(app.count("jobs WHERE kind = 'email'").await, 0);
}

/// Where a redirect leads, resolved as a browser would (tabs and newlines dropped).
fn resolve(app: &TestApp, location: &str) -> url::Url {
    url::Url::parse(&app.address)
        .expect("base")
        .join(location)
        .unwrap_or_else(|e| panic!("{location:?} does not resolve: {e}"))
}

const HOSTILE_NEXT: &[&str] = &[
    "/\t/evil.example",
    "/%09/evil.example",
    "/\n/evil.example",
    "/\r\nSet-Cookie: taken=1",
    "/\u{7f}/evil.example",
    "//evil.example",
    "/\\evil.example",
    "/.//evil.example",
    "/./\t/evil.example",
    "https://evil.example/",
    " /evil.example",
    "javascript:alert(1)",
    "/\u{0}",
];

#[tokio::test]
async fn after_sign_in_next_leads_only_to_this_site_and_never_to_an_error() {
    let app = spawn_app().await;
    app.create_user("organizer@example.org", &[Role::Organizer])
        .await;
    for next in HOSTILE_NEXT {
        // The sign-in page carries `next` into its form...
        let query = serde_urlencoded::to_string([("next", next)]).expect("query");
        let browser = app.browser();
        let page = browser.get(&format!("/sign-in?{query}")).await;
        // (A NUL is not text at all: the 400 page, like everywhere.)
        let refused = next.contains('\0');
        assert_eq!(page.status(), if refused { 400 } else { 200 }, "{next:?}");
        // ...and after signing in, the browser is sent there only if it is on this site.
        let res = browser
            .post(
                "/sign-in",
                &[
                    ("email", "organizer@example.org"),
                    ("password", crate::helpers::PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        if refused {
            assert_eq!(res.status(), 400, "{next:?}");
            continue;
        }
        assert_eq!(res.status(), 303, "{next:?}");
        let target = resolve(&app, &location(&res));
        let home = resolve(&app, "/");
        assert_eq!(target.origin(), home.origin(), "{next:?} led to {target}");
    }
    // A legitimate place to return to still works, query included.
    let browser = app.browser();
    let res = browser
        .post(
            "/sign-in",
            &[
                ("email", "organizer@example.org"),
                ("password", crate::helpers::PASSWORD),
                ("next", "/organizer/moderation?country=KE"),
            ],
        )
        .await;
    assert_eq!(location(&res), "/organizer/moderation?country=KE");
}

/// Every `href` of a page.
fn hrefs(html: &str) -> Vec<String> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|h| h.replace("&amp;", "&"))
        .collect()
}

#[tokio::test]
async fn the_language_links_of_any_page_stay_on_this_site() {
    let app = spawn_app().await;
    for path in [
        "//evil.example/x",
        "///evil.example",
        "//evil.example",
        "/%2F%2Fevil.example",
    ] {
        let res = app.get(path).await;
        assert_eq!(res.status(), 404, "{path}");
        let page = res.text().await.expect("page");
        let links: Vec<String> = hrefs(&page)
            .into_iter()
            .filter(|h| h.contains("lang="))
            .collect();
        assert!(links.len() >= 7, "{path}: the switcher is there");
        for link in links {
            let target = resolve(&app, &link);
            assert_eq!(
                target.origin(),
                resolve(&app, "/").origin(),
                "{path}: {link}"
            );
        }
    }
}

/// The session cookie a response set, as `name=value`.
fn session_cookie(res: &reqwest::Response) -> String {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("showcase_session="))
        .and_then(|c| c.split(';').next())
        .expect("a session cookie")
        .to_owned()
}

/// GET with exactly this cookie (a copy taken from somewhere else).
async fn get_with_cookie(app: &TestApp, path: &str, cookie: &str) -> u16 {
    app.get_with(path, &[("Cookie", cookie)])
        .await
        .status()
        .as_u16()
}

#[tokio::test]
async fn signing_out_ends_the_session_for_every_copy_of_its_cookie() {
    let app = spawn_app().await;
    app.create_user("teen@example.org", &[Role::Creator]).await;
    let browser = app.browser();
    let res = browser
        .sign_in("teen@example.org", crate::helpers::PASSWORD)
        .await;
    assert_eq!(res.status(), 303);
    let copied = session_cookie(&res);
    assert_eq!(get_with_cookie(&app, "/account", &copied).await, 200);
    assert_eq!(browser.post("/sign-out", &[]).await.status(), 303);
    assert_eq!(
        get_with_cookie(&app, "/account", &copied).await,
        303,
        "a cookie copied before sign-out no longer works"
    );
}

#[tokio::test]
async fn signing_out_everywhere_ends_every_session_of_the_account() {
    let app = spawn_app().await;
    app.create_user("judge@example.org", &[Role::Judge]).await;
    let laptop = app.browser();
    let phone = app.browser();
    for b in [&laptop, &phone] {
        assert_eq!(
            b.sign_in("judge@example.org", crate::helpers::PASSWORD)
                .await
                .status(),
            303
        );
        assert_eq!(b.get("/account").await.status(), 200);
    }
    let page = laptop.get_text("/account").await;
    assert!(
        page.contains("/sign-out/everywhere"),
        "the account page offers it"
    );
    assert_eq!(laptop.post("/sign-out/everywhere", &[]).await.status(), 303);
    assert_eq!(
        phone.get("/account").await.status(),
        303,
        "the other device too"
    );
    assert_eq!(laptop.get("/account").await.status(), 303);
}

#[tokio::test]
async fn a_password_reset_revokes_every_other_reset_and_sign_in_link() {
    let smtp = crate::services::SmtpServer::start();
    let url = smtp.url();
    let app = crate::helpers::spawn_app_with(&[("SHOWCASE_MAIL__SMTP_URL", url.as_str())]).await;
    app.create_user("judge@example.org", &[Role::Judge]).await;
    let browser = app.browser();
    for _ in 0..2 {
        browser
            .post("/password/forgot", &[("email", "judge@example.org")])
            .await;
    }
    browser
        .post("/sign-in/link", &[("email", "judge@example.org")])
        .await;
    app.drain_jobs().await;
    let links: Vec<String> = smtp
        .messages()
        .iter()
        .filter(|m| m.to == "judge@example.org")
        .map(|m| m.link(&app.address))
        .collect();
    assert_eq!(links.len(), 3, "two reset links and a sign-in link");
    let resets: Vec<&String> = links
        .iter()
        .filter(|l| l.contains("/password/reset/"))
        .collect();
    let sign_in = links
        .iter()
        .find(|l| l.contains("/sign-in/link/"))
        .expect("sign-in link");
    // The newer reset link sets a new password.
    let newer = resets[1];
    let token = crate::helpers::csrf_in(&browser.get_text(newer).await);
    let res = browser
        .client
        .post(newer.as_str())
        .form(&[
            ("csrf_token", token.as_str()),
            ("password", "a brand new passphrase"),
        ])
        .send()
        .await
        .expect("reset");
    assert_eq!(res.status(), 303);
    // The older reset link and the sign-in link stopped working.
    for old in [resets[0], sign_in] {
        let res = app.browser().get(old).await;
        assert_eq!(res.status(), 400, "{old}");
        assert!(
            res.text().await.expect("page").contains("no longer works"),
            "{old}"
        );
    }
}

/// A real PNG of `w` × `h` pixels of one colour: a few hundred kilobytes at most.
fn huge_png(w: u32, h: u32) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageLuma8(image::GrayImage::new(w, h))
        .write_to(&mut out, image::ImageFormat::Png)
        .expect("png");
    out.into_inner()
}

/// A submitted project of a teenager, for upload tests.
async fn teen_project(app: &TestApp) -> (Browser, Uuid) {
    let adult = app.signed_in("parent@example.org", &[Role::Adult]).await;
    add_child(&adult, "Wanjiru").await;
    let child: Uuid = sqlx::query_scalar("SELECT id FROM creators")
        .fetch_one(&app.pool)
        .await
        .expect("child");
    let res = adult
        .post("/projects", &[("creator_id", &child.to_string())])
        .await;
    let project = Uuid::parse_str(location(&res).trim_start_matches("/projects/")).expect("id");
    (adult, project)
}

#[tokio::test]
async fn an_image_with_too_many_pixels_is_refused_from_its_header_before_any_decoding() {
    let app = spawn_app().await;
    open_event(&app, "UTC", Duration::days(5)).await;
    let (adult, project) = teen_project(&app).await;
    let bytes = huge_png(8000, 8000);
    assert!(bytes.len() < 400_000, "{} bytes", bytes.len());
    let res = upload(&adult, project, "huge.png", bytes, "A huge picture", false).await;
    assert_eq!(res.status(), 400);
    assert!(res.text().await.expect("page").contains("too many pixels"));
    assert_eq!(app.count("project_images").await, 0);
    assert_eq!(
        app.count("jobs").await,
        0,
        "nothing queued for a worker to decode"
    );
}

#[tokio::test]
async fn the_image_limit_holds_under_parallel_uploads() {
    let app = spawn_app().await;
    open_event(&app, "UTC", Duration::days(5)).await;
    let (adult, project) = teen_project(&app).await;
    let uploads = (0..12).map(|i| {
        upload(
            &adult,
            project,
            "p.png",
            png(64, 64),
            "A picture",
            i % 2 == 0,
        )
    });
    let statuses: Vec<u16> = futures_util::future::join_all(uploads)
        .await
        .iter()
        .map(|r| r.status().as_u16())
        .collect();
    assert!(statuses.iter().all(|s| *s == 303), "{statuses:?}");
    assert_eq!(app.count("project_images").await, 5, "never more than five");
}

#[tokio::test]
async fn an_upload_larger_than_the_body_limit_is_refused_without_reading_it_all() {
    let app = spawn_app().await;
    open_event(&app, "UTC", Duration::days(5)).await;
    let (adult, project) = teen_project(&app).await;
    let token = crate::helpers::csrf_in(&adult.get_text(&format!("/projects/{project}")).await);
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", token)
        .text("alt_text", "x".repeat(30 * 1024 * 1024))
        .part(
            "image",
            reqwest::multipart::Part::bytes(png(64, 64)).file_name("p.png"),
        );
    let res = adult
        .client
        .post(adult.url(&format!("/projects/{project}/images")))
        .multipart(form)
        .send()
        .await;
    // The server may answer and close before the client has sent everything.
    if let Ok(res) = res {
        assert_eq!(res.status(), 413);
        assert!(res.text().await.expect("page").contains("too large"));
    }
    assert_eq!(app.count("project_images").await, 0);
    // The server is fine afterwards.
    assert_eq!(adult.get("/projects").await.status(), 200);
}

#[tokio::test]
async fn an_email_never_waits_behind_image_processing() {
    let app = spawn_app().await;
    open_event(&app, "UTC", Duration::days(5)).await;
    let (adult, project) = teen_project(&app).await;
    for _ in 0..3 {
        upload(
            &adult,
            project,
            "p.png",
            png(1600, 1200),
            "A picture",
            false,
        )
        .await;
    }
    app.create_user("someone@example.org", &[Role::Adult]).await;
    app.browser()
        .post("/password/forgot", &[("email", "someone@example.org")])
        .await;
    // One step of a general worker takes the email, not the older image jobs.
    let ran = showcase::workers::run_next(&app.jobs, showcase::workers::Lane::General)
        .await
        .expect("run");
    assert!(ran);
    let pending: Vec<(String, String)> =
        sqlx::query_as("SELECT kind, status::text FROM jobs ORDER BY id")
            .fetch_all(&app.pool)
            .await
            .expect("jobs");
    assert_eq!(
        pending,
        [
            ("image".to_owned(), "pending".to_owned()),
            ("image".to_owned(), "pending".to_owned()),
            ("image".to_owned(), "pending".to_owned()),
            ("email".to_owned(), "done".to_owned()),
        ]
    );
}

#[tokio::test]
async fn text_that_is_not_text_gets_the_localized_400_page_on_every_route() {
    let app = spawn_app().await;
    open_event(&app, "UTC", Duration::days(5)).await;
    let organizer = app
        .signed_in("organizer@example.org", &[Role::Organizer])
        .await;
    let (adult, project) = teen_project(&app).await;
    let settings = crate::helpers::test_settings("postgres://u@h/d", app.data_dir.path(), &[]);
    let routes = showcase::web::all_routes(&settings).table();
    let hostile = ["%00", "a%00b", "%FF%FE", "%C0%AF"];
    let fields = [
        "email",
        "password",
        "title",
        "short_description",
        "reason",
        "decision",
        "revision",
        "creator_id",
        "guardian_email",
        "display_name",
        "name",
        "role",
        "next",
        "first_name",
        "surname",
        "country",
        "birth_year",
        "birth_month",
        "answer",
        "locale",
    ];
    let mut failures = Vec::new();
    // (Signing out would turn the rest of the sweep into anonymous requests.)
    for route in routes.iter().filter(|r| !r.path.starts_with("/sign-out")) {
        for value in hostile {
            // Every path parameter, and a query parameter.
            let path = route
                .path
                .split('/')
                .map(|seg| if seg.starts_with('{') { value } else { seg })
                .collect::<Vec<_>>()
                .join("/");
            for browser in [&organizer, &adult] {
                let url = format!("{path}?q={value}&category={value}");
                let res = if route.method == "GET" {
                    browser.get(&url).await
                } else {
                    let token = browser.csrf().await;
                    let body = fields
                        .iter()
                        .map(|f| format!("{f}={value}"))
                        .chain([format!("csrf_token={token}")])
                        .collect::<Vec<_>>()
                        .join("&");
                    browser
                        .client
                        .post(browser.url(&url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .body(body)
                        .send()
                        .await
                        .expect("post")
                };
                let status = res.status().as_u16();
                if status >= 500 {
                    failures.push(format!("{} {url}: {status}", route.method));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "server errors:\n{}",
        failures.join("\n")
    );
    assert_eq!(
        organizer.get("/organizer").await.status(),
        200,
        "still signed in"
    );
    assert_eq!(
        adult.get("/projects").await.status(),
        200,
        "still signed in"
    );

    // The cases found by probing: a join code, a moderator's filter, a form field, an
    // image description, each refused with the localized page.
    for path in [
        "/join/%00?lang=fr",
        "/organizer/moderation?category=%00&lang=fr",
    ] {
        let res = organizer.get(path).await;
        assert_eq!(res.status(), 400, "{path}");
        assert!(
            res.text().await.expect("page").contains("lang=\"fr\""),
            "{path}: localized"
        );
    }
    let res = adult
        .post("/account", &[("display_name", "Ana\0"), ("locale", "en")])
        .await;
    assert_eq!(res.status(), 400);
    let res = upload(&adult, project, "p.png", png(64, 64), "a picture\0", false).await;
    assert_eq!(res.status(), 400);
    assert_eq!(app.count("project_images").await, 0);
}

#[tokio::test]
async fn metrics_are_off_the_public_listener_unless_configured() {
    // By default nobody reads them from the public address.
    let app = spawn_app().await;
    assert_eq!(app.get("/metrics").await.status(), 404);

    // With a bearer token: only with the token.
    let app =
        crate::helpers::spawn_app_with(&[("SHOWCASE_METRICS__BEARER_TOKEN", "s3cret-scraper")])
            .await;
    app.get("/health").await;
    assert_eq!(app.get("/metrics").await.status(), 401);
    assert_eq!(
        app.get_with("/metrics", &[("Authorization", "Bearer wrong")])
            .await
            .status(),
        401
    );
    let res = app
        .get_with("/metrics", &[("Authorization", "Bearer s3cret-scraper")])
        .await;
    assert_eq!(res.status(), 200);
    assert!(
        res.text()
            .await
            .expect("body")
            .contains("showcase_http_requests_total")
    );

    // On a separate listen address: there, and not on the public one.
    let app = crate::helpers::spawn_app_with(&[("SHOWCASE_METRICS__LISTEN", "127.0.0.1:0")]).await;
    app.get("/health").await;
    assert_eq!(app.get("/metrics").await.status(), 404);
    let port = app.metrics_port.expect("a metrics listener");
    let res = reqwest::get(format!("http://127.0.0.1:{port}/metrics"))
        .await
        .expect("metrics");
    assert_eq!(res.status(), 200);
    assert!(
        res.text()
            .await
            .expect("body")
            .contains(r#"endpoint="/health""#)
    );
}

#[tokio::test]
async fn the_dev_mailbox_only_runs_on_loopback_without_https() {
    let data = tempfile::tempdir().expect("dir");
    let (_, url) = crate::helpers::create_database().await;
    for (host, base) in [
        ("0.0.0.0", ""),
        ("127.0.0.1", "https://showcase.example.org"),
    ] {
        let settings = crate::helpers::test_settings(
            &url,
            data.path(),
            &[
                ("SHOWCASE_APPLICATION__DEV_MAILBOX", "true"),
                ("SHOWCASE_APPLICATION__HOST", host),
                ("SHOWCASE_APPLICATION__BASE_URL", base),
            ],
        );
        let refused = showcase::web::app::Application::build(settings)
            .await
            .err()
            .unwrap_or_else(|| panic!("{host} {base}: the mailbox would be public"));
        assert!(
            format!("{refused:#}").contains("dev_mailbox"),
            "{refused:#}"
        );
    }
    let app =
        crate::helpers::spawn_app_with(&[("SHOWCASE_APPLICATION__DEV_MAILBOX", "true")]).await;
    assert_eq!(app.get("/dev/mailbox").await.status(), 200);
    let app = spawn_app().await;
    assert_eq!(app.get("/dev/mailbox").await.status(), 404);
}

#[tokio::test]
async fn browsers_are_told_to_keep_to_https_when_the_site_is_https() {
    let app = crate::helpers::spawn_app_with(&[(
        "SHOWCASE_APPLICATION__BASE_URL",
        "https://showcase.example.org",
    )])
    .await;
    for path in ["/", "/health", "/missing"] {
        let res = app.get(path).await;
        let hsts = res
            .headers()
            .get("strict-transport-security")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        assert!(hsts.contains("max-age=31536000"), "{path}: {hsts:?}");
    }
    let app = spawn_app().await;
    assert!(
        app.get("/")
            .await
            .headers()
            .get("strict-transport-security")
            .is_none()
    );
}

/// Posts a form from the client address `from` (as a proxy in front would report it).
async fn post_from(b: &Browser, path: &str, from: &str, fields: &[(&str, &str)]) -> u16 {
    let token = b.csrf().await;
    let mut form = vec![("csrf_token", token.as_str())];
    form.extend_from_slice(fields);
    b.client
        .post(b.url(path))
        .header("X-Forwarded-For", from)
        .form(&form)
        .send()
        .await
        .expect("post")
        .status()
        .as_u16()
}

#[tokio::test]
async fn each_sign_in_route_has_its_own_bucket_per_client_address() {
    let app = crate::helpers::spawn_app_with(&[
        ("SHOWCASE_AUTH__RATE_LIMIT_BURST", "2"),
        ("SHOWCASE_AUTH__RATE_LIMIT_PERIOD_SECS", "60"),
    ])
    .await;
    let b = app.browser();
    let wrong = [
        ("email", "who@example.org"),
        ("password", "wrong password here"),
    ];
    let sign_ins: Vec<u16> =
        futures_util::future::join_all((0..3).map(|_| post_from(&b, "/sign-in", "", &wrong))).await;
    assert_eq!(
        sign_ins.iter().filter(|s| **s == 429).count(),
        1,
        "{sign_ins:?}"
    );
    // Spending the sign-in budget leaves the password reset alone.
    let reset = post_from(&b, "/password/forgot", "", &[("email", "who@example.org")]).await;
    assert_eq!(reset, 200);
}

#[tokio::test]
async fn the_client_address_comes_from_trusted_proxies_only() {
    let limits = [
        ("SHOWCASE_AUTH__RATE_LIMIT_BURST", "1"),
        ("SHOWCASE_AUTH__RATE_LIMIT_PERIOD_SECS", "60"),
    ];
    let wrong = [
        ("email", "who@example.org"),
        ("password", "wrong password here"),
    ];
    // Not trusted: a forged X-Forwarded-For changes nothing; it is all one address.
    let app = crate::helpers::spawn_app_with(&limits).await;
    let b = app.browser();
    assert_eq!(post_from(&b, "/sign-in", "203.0.113.1", &wrong).await, 400);
    assert_eq!(post_from(&b, "/sign-in", "203.0.113.2", &wrong).await, 429);
    // Behind a trusted proxy: each client address has its own budget.
    let mut with_proxy = limits.to_vec();
    with_proxy.push(("SHOWCASE_AUTH__TRUSTED_PROXIES", "127.0.0.1"));
    let app = crate::helpers::spawn_app_with(&with_proxy).await;
    let b = app.browser();
    assert_eq!(post_from(&b, "/sign-in", "203.0.113.1", &wrong).await, 400);
    assert_eq!(post_from(&b, "/sign-in", "203.0.113.2", &wrong).await, 400);
    assert_eq!(post_from(&b, "/sign-in", "203.0.113.1", &wrong).await, 429);
    // The client's own claims in front of the proxy's are not believed either.
    assert_eq!(
        post_from(&b, "/sign-in", "198.51.100.7, 203.0.113.1", &wrong).await,
        429
    );
}

#[tokio::test]
async fn password_attempts_are_limited_per_account_whatever_the_address() {
    let app = crate::helpers::spawn_app_with(&[
        ("SHOWCASE_AUTH__TRUSTED_PROXIES", "127.0.0.1"),
        ("SHOWCASE_AUTH__ACCOUNT_ATTEMPTS", "3"),
    ])
    .await;
    app.create_user("target@example.org", &[Role::Organizer])
        .await;
    let b = app.browser();
    for (i, email) in ["target@example.org", "nobody@example.org"]
        .into_iter()
        .enumerate()
    {
        // Three wrong guesses from three different addresses...
        for n in 0..3 {
            let from = format!("203.0.{i}.{n}");
            let status = post_from(
                &b,
                "/sign-in",
                &from,
                &[("email", email), ("password", "wrong guess 123")],
            )
            .await;
            assert_eq!(status, 400, "{email} attempt {n}");
        }
        // ...and the account waits, even for the right password, from a fresh address.
        let res_status = post_from(
            &b,
            "/sign-in",
            &format!("198.51.{i}.9"),
            &[("email", email), ("password", crate::helpers::PASSWORD)],
        )
        .await;
        assert_eq!(res_status, 429, "{email}: limited (known or not, the same)");
    }
    let page = b.get_text("/sign-in").await;
    assert!(page.contains("Sign in"));
}

#[tokio::test]
async fn reset_and_link_requests_do_the_same_work_for_known_and_unknown_addresses() {
    let smtp = crate::services::SmtpServer::start();
    let url = smtp.url();
    let app = crate::helpers::spawn_app_with(&[("SHOWCASE_MAIL__SMTP_URL", url.as_str())]).await;
    app.create_user("judge@example.org", &[Role::Judge]).await;
    let counts = || async {
        (
            app.count("jobs").await,
            app.count("audit_log").await,
            app.count("auth_tokens").await,
        )
    };
    for path in ["/password/forgot", "/sign-in/link"] {
        let mut deltas = Vec::new();
        let mut bodies = Vec::new();
        for email in ["judge@example.org", "nobody@example.org"] {
            let before = counts().await;
            let res = app.browser().post(path, &[("email", email)]).await;
            assert_eq!(res.status(), 200);
            let body = res.text().await.expect("body");
            bodies.push(
                body.split("csrf_token")
                    .next()
                    .unwrap_or_default()
                    .to_owned(),
            );
            let after = counts().await;
            deltas.push((after.0 - before.0, after.1 - before.1, after.2 - before.2));
        }
        // The same rows written for both: one job, one audit row, no token yet (the
        // worker decides whether an account exists, after the answer has gone).
        assert_eq!(deltas[0], (1, 1, 0), "{path}");
        assert_eq!(deltas[0], deltas[1], "{path}");
        assert_eq!(bodies[0], bodies[1], "{path}");
    }
    app.drain_jobs().await;
    let to: Vec<String> = smtp.messages().into_iter().map(|m| m.to).collect();
    assert_eq!(
        to,
        ["judge@example.org", "judge@example.org"],
        "only the account gets mail"
    );
}
