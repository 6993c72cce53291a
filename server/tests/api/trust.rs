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
fn hidden(html: &str, name: &str) -> String {
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
async fn consent_in_app(adult: &Browser, project: Uuid, creator: Uuid) {
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
async fn decide(
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
        assert_eq!(page.status(), 200, "{next:?}");
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
