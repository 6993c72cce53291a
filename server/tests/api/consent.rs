//! The road to "published": guardian consent by email (a real SMTP server), in-app
//! consent for child profiles, tokens, moderation, withdrawal, an SMTP outage, and the
//! privacy canary.

use chrono::{Duration, Utc};
use showcase::db;
use showcase::domain::account::{BirthMonth, Country, DisplayName, PersonName, Role};
use showcase::domain::publication;
use uuid::Uuid;

use crate::helpers::{Browser, PASSWORD, TestApp, csrf_in, location, open_event, spawn_app_with};
use crate::services::SmtpServer;

/// Unique strings that must never appear on a public surface.
const CANARY_SURNAME: &str = "Zqxwvutsurname";
const CANARY_EMAIL: &str = "canary.teen.7741@example.org";
const CANARY_GUARDIAN: &str = "canary.guardian.9913@example.org";

async fn app_with_smtp() -> (TestApp, SmtpServer) {
    let smtp = SmtpServer::start();
    let url = smtp.url();
    let app = spawn_app_with(&[("SHOWCASE_MAIL__SMTP_URL", url.as_str())]).await;
    (app, smtp)
}

fn profile(
    first: &str,
    surname: &str,
    year: &str,
    month: &str,
    country: &str,
) -> db::users::NewCreator {
    db::users::NewCreator {
        first_name: PersonName::parse(first).expect("name"),
        surname: PersonName::parse(surname).expect("surname"),
        display_name: DisplayName::parse(first).expect("display"),
        birth: BirthMonth::parse(year, month, Utc::now().date_naive()).expect("birth"),
        country: Country::parse(country).expect("country"),
        gender: None,
    }
}

/// A 15-year-old with an account and a complete, submitted project.
async fn teen_with_submitted_project(app: &TestApp, email: &str) -> (Browser, Uuid, Uuid) {
    let user = app.create_user(email, &[Role::Creator]).await;
    let year = (Utc::now()
        .date_naive()
        .format("%Y")
        .to_string()
        .parse::<i32>()
        .expect("year")
        - 15)
        .to_string();
    let mut conn = app.pool.acquire().await.expect("conn");
    let creator = db::users::insert_creator(
        &mut conn,
        &profile("Deniz", CANARY_SURNAME, &year, "3", "TR"),
        Some(user),
        None,
    )
    .await
    .expect("creator");
    let browser = app.browser();
    assert_eq!(browser.sign_in(email, PASSWORD).await.status(), 303);
    let res = browser
        .post("/projects", &[("creator_id", &creator.to_string())])
        .await;
    let project =
        Uuid::parse_str(location(&res).trim_start_matches("/projects/")).expect("project id");
    let form = [
        ("title", "Sea Turtle Tracker"),
        ("short_description", "Maps where turtles nest on our beach."),
        ("category", "web"),
        ("language", "en"),
        ("project_url", "https://github.com/example/turtles"),
        ("why_made", "Turtle nests were being trampled."),
        ("difficulties", "Getting GPS points from volunteers."),
        ("next_steps", "An offline mode."),
        ("action", "submit"),
    ];
    assert_eq!(
        browser
            .post(&format!("/projects/{project}"), &form)
            .await
            .status(),
        303
    );
    (browser, creator, project)
}

async fn facts(app: &TestApp, project: Uuid) -> publication::Facts {
    let mut conn = app.pool.acquire().await.expect("conn");
    db::consents::facts(&mut conn, project)
        .await
        .expect("facts")
        .expect("project")
        .0
}

/// Answers the consent page at `link` as a guardian would.
async fn answer(app: &TestApp, link: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let guardian = app.browser();
    let page = guardian.get_text(link).await;
    let token = csrf_in(&page);
    let mut form = vec![("csrf_token", token.as_str())];
    form.extend_from_slice(fields);
    guardian
        .client
        .post(link)
        .form(&form)
        .send()
        .await
        .expect("answer")
}

#[tokio::test]
async fn teen_submits_guardian_consents_moderator_approves_then_consent_is_withdrawn() {
    let (app, smtp) = app_with_smtp().await;
    open_event(&app, "Europe/Dublin", Duration::days(20)).await;
    let organizer = app
        .signed_in("organizer@example.org", &[Role::Organizer])
        .await;
    let (teen, creator, project) = teen_with_submitted_project(&app, CANARY_EMAIL).await;
    assert!(
        teen.get_text("/projects")
            .await
            .contains("Waiting for a guardian")
    );

    // The teen asks a guardian, in Spanish.
    teen.get("/?lang=es").await;
    let page = teen.get_text(&format!("/projects/{project}")).await;
    let creator_id = page
        .split(r#"name="creator_id" value=""#)
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("consent form")
        .to_owned();
    let res = teen
        .post(
            &format!("/projects/{project}/consent/request"),
            &[
                ("creator_id", &creator_id),
                ("guardian_email", CANARY_GUARDIAN),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    // Resending at once is refused (rate limit), nothing new is queued.
    let jobs_before = app.count("jobs").await;
    teen.post(
        &format!("/projects/{project}/consent/request"),
        &[
            ("creator_id", &creator_id),
            ("guardian_email", CANARY_GUARDIAN),
        ],
    )
    .await;
    assert_eq!(app.count("jobs").await, jobs_before);

    let email = app.email(&smtp, CANARY_GUARDIAN, "").await;
    assert!(email.subject.contains("Deniz"), "{}", email.subject);
    assert!(email.text.contains("Sea Turtle Tracker"));
    assert!(
        !email.text.contains(CANARY_SURNAME) && !email.text.contains(CANARY_EMAIL),
        "no private data in the guardian's email"
    );
    assert!(
        email.text.contains("proyecto") || email.text.contains("Proyecto"),
        "in the teen's language: {}",
        email.text
    );
    let link = email.link(&app.address);

    // The consent page shows exactly what will be public, and nothing private.
    let consent_page = app.browser().get_text(&link).await;
    assert!(
        consent_page.contains("Sea Turtle Tracker")
            && consent_page.contains("Deniz")
            && consent_page.contains("Türkiye")
    );
    assert!(
        consent_page.contains("14 to 16") || consent_page.contains("14"),
        "age group, not a birth date"
    );
    assert!(!consent_page.contains(CANARY_SURNAME) && !consent_page.contains(CANARY_EMAIL));

    let res = answer(
        &app,
        &link,
        &[("publish", "on"), ("photos", "on"), ("answer", "agree")],
    )
    .await;
    assert_eq!(res.status(), 200);
    let recorded: Vec<(String, bool, String, String)> = sqlx::query_as(
        "SELECT scope::text, granted, wording_version, given_by_email FROM consents ORDER BY scope",
    )
    .fetch_all(&app.pool)
    .await
    .expect("consents");
    assert_eq!(recorded.len(), 3);
    assert!(recorded.iter().all(|(_, _, v, by)| v == publication::CONSENT_WORDING_VERSION && by == CANARY_GUARDIAN));
    assert_eq!(
        recorded.iter().filter(|(_, g, ..)| *g).count(),
        2,
        "publish and photos, not contact"
    );

    // Consent alone does not publish: a moderator must approve.
    assert!(!publication::is_published(&facts(&app, project).await));
    assert!(
        organizer
            .get_text("/organizer/moderation")
            .await
            .contains("Sea Turtle Tracker")
    );
    let res = organizer
        .post(
            &format!("/organizer/projects/{project}/moderate"),
            &[
                ("revision", &app.newest_revision(project).await.to_string()),
                ("decision", "approved"),
                ("reason", ""),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert!(publication::is_published(&facts(&app, project).await));
    assert!(
        teen.get_text("/projects").await.contains("Publicado")
            || teen
                .get_text("/projects?lang=en")
                .await
                .contains("Published")
    );
    let evidence = organizer.get_text("/organizer/published").await;
    assert!(
        evidence.contains("Sea Turtle Tracker") && evidence.contains(CANARY_GUARDIAN),
        "the consent behind the publication"
    );
    // Visitors find it in the gallery and its page; an edit shows once a moderator has
    // approved it (until then the approved version stays public).
    let visitor = app.browser();
    assert!(
        visitor
            .get_text("/gallery?q=turtle")
            .await
            .contains("Sea Turtle Tracker")
    );
    assert_eq!(
        visitor.get(&format!("/gallery/{project}")).await.status(),
        200
    );
    let edit = [
        ("title", "Sea Turtle Tracker"),
        (
            "short_description",
            "Maps where loggerhead turtles nest on our beach.",
        ),
        ("category", "web"),
        ("language", "en"),
        ("project_url", "https://github.com/example/turtles"),
        ("why_made", "Turtle nests were being trampled."),
        ("difficulties", "Getting GPS points from volunteers."),
        ("next_steps", "An offline mode."),
        ("action", "save"),
    ];
    assert_eq!(
        teen.post(&format!("/projects/{project}"), &edit)
            .await
            .status(),
        303
    );
    assert!(
        !visitor
            .get_text(&format!("/gallery/{project}"))
            .await
            .contains("loggerhead"),
        "an unreviewed edit is not public"
    );
    let res = organizer
        .post(
            &format!("/organizer/projects/{project}/moderate"),
            &[
                ("revision", &app.newest_revision(project).await.to_string()),
                ("decision", "approved"),
                ("reason", ""),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while !visitor
        .get_text(&format!("/gallery/{project}"))
        .await
        .contains("loggerhead")
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the edit never reached the page"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(
        visitor
            .get_text("/gallery?q=loggerhead")
            .await
            .contains("Sea Turtle Tracker")
    );

    // The guardian withdraws with the link from the confirmation email.
    let confirmation = app
        .email_with_text(&smtp, CANARY_GUARDIAN, "/consent/withdraw/")
        .await;
    let withdraw = confirmation.link(&format!("{}/consent/withdraw/", app.address));
    let res = answer(&app, &withdraw, &[]).await;
    assert_eq!(res.status(), 200);
    assert!(
        !publication::is_published(&facts(&app, project).await),
        "unpublished at once"
    );
    assert_eq!(
        visitor.get(&format!("/gallery/{project}")).await.status(),
        404
    );
    assert_eq!(
        visitor
            .get(&format!("/api/v1/projects/{project}"))
            .await
            .status(),
        404
    );
    let search: serde_json::Value = visitor
        .get("/api/v1/projects?q=turtle")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(search["total"], 0, "withdrawn, so not found");
    assert!(
        !organizer
            .get_text("/organizer/published")
            .await
            .contains("Sea Turtle Tracker")
    );
    // The team and the organizers are told.
    app.email(&smtp, CANARY_EMAIL, "Sea Turtle Tracker").await;
    app.email(&smtp, "organizer@example.org", "Sea Turtle Tracker")
        .await;
    // The answers kept per creator (for the exports) followed every change.
    let answers: (Option<String>, Option<String>) =
        sqlx::query_as("SELECT publish, photos FROM consent_answers WHERE creator_id = $1")
            .bind(creator)
            .fetch_one(&app.pool)
            .await
            .expect("the teen's answers");
    assert_eq!(answers.0.as_deref(), Some("withdrawn"));
    answers_agree_with_the_consents(&app).await;
}

/// `consent_answers` (kept by a trigger) holds exactly each creator's current answer per
/// scope, as the `current_consents` view says.
async fn answers_agree_with_the_consents(app: &TestApp) {
    let disagreements: i64 = sqlx::query_scalar(
        "WITH expected AS (
             SELECT creator_id,
                    max(answer) FILTER (WHERE scope = 'publish') AS publish,
                    max(answer) FILTER (WHERE scope = 'photos') AS photos,
                    max(answer) FILTER (WHERE scope = 'contact') AS contact
             FROM (SELECT creator_id, scope,
                          CASE WHEN withdrawn_at IS NOT NULL THEN 'withdrawn'
                               WHEN granted THEN 'granted' ELSE 'declined' END AS answer
                   FROM current_consents) x
             GROUP BY creator_id
         )
         SELECT count(*) FROM expected e FULL JOIN consent_answers a USING (creator_id)
         WHERE (e.publish, e.photos, e.contact) IS DISTINCT FROM (a.publish, a.photos, a.contact)",
    )
    .fetch_one(&app.pool)
    .await
    .expect("compare");
    assert_eq!(disagreements, 0);
}

/// The teen asks a second guardian; that guardian's emailed link, already expired.
async fn expired_link_for_another_guardian(
    app: &TestApp,
    smtp: &SmtpServer,
    teen: &Browser,
    project: Uuid,
    creator: Uuid,
) -> String {
    teen.post(
        &format!("/projects/{project}/consent/request"),
        &[
            ("creator_id", &creator.to_string()),
            ("guardian_email", "other.parent@example.org"),
        ],
    )
    .await;
    let link = app
        .email(smtp, "other.parent@example.org", "")
        .await
        .link(&app.address);
    sqlx::query("UPDATE consent_tokens SET expires_at = now() - interval '1 minute' WHERE used_at IS NULL AND purpose = 'respond'")
        .execute(&app.pool)
        .await
        .expect("expire");
    link
}

/// An adult (signed in) managing a child profile whose project is submitted: the
/// browser, the adult's and the child's ids and the project.
async fn adult_with_childs_submitted_project(
    app: &TestApp,
    adult_email: &str,
    child: (&str, &str, &str),
    form: &[(&str, &str)],
) -> (Browser, Uuid, Uuid, Uuid) {
    let adult = app.create_user(adult_email, &[Role::Adult]).await;
    let mut conn = app.pool.acquire().await.expect("conn");
    let (first, month, country) = child;
    let child = db::users::insert_creator(
        &mut conn,
        &profile(first, "Private", "2016", month, country),
        None,
        Some(adult),
    )
    .await
    .expect("child");
    let browser = app.browser();
    assert_eq!(browser.sign_in(adult_email, PASSWORD).await.status(), 303);
    let res = browser
        .post("/projects", &[("creator_id", &child.to_string())])
        .await;
    let project = Uuid::parse_str(location(&res).trim_start_matches("/projects/")).expect("id");
    let mut form = form.to_vec();
    form.push(("action", "submit"));
    assert_eq!(
        browser
            .post(&format!("/projects/{project}"), &form)
            .await
            .status(),
        303
    );
    (browser, adult, child, project)
}

#[tokio::test]
async fn an_adult_consents_in_the_app_for_a_child_profile() {
    let (app, _smtp) = app_with_smtp().await;
    open_event(&app, "Europe/Dublin", Duration::days(20)).await;
    let (browser, adult, child, project) = adult_with_childs_submitted_project(
        &app,
        "mum@example.org",
        ("Lina", "2", "MA"),
        &[
            ("title", "Colour Mixer"),
            ("short_description", "Mixes colours."),
            ("category", "scratch"),
            ("language", "en"),
            ("project_url", "https://scratch.mit.edu/projects/12345"),
            ("why_made", "Fun."),
            ("difficulties", "Sprites."),
            ("next_steps", "Sound."),
        ],
    )
    .await;
    let page = browser
        .get_text(&format!("/projects/{project}/consent/{child}"))
        .await;
    assert!(page.contains("Colour Mixer") && page.contains("Morocco"));
    let res = browser
        .post(
            &format!("/projects/{project}/consent/{child}"),
            &[("publish", "on"), ("answer", "agree")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let by_user: Option<Uuid> =
        sqlx::query_scalar("SELECT given_by_user FROM consents WHERE scope = 'publish'")
            .fetch_one(&app.pool)
            .await
            .expect("consent");
    assert_eq!(by_user, Some(adult));
    assert!(publication::consents_complete(&facts(&app, project).await));
    // Another adult cannot answer for this child.
    let stranger = app.signed_in("stranger@example.org", &[Role::Adult]).await;
    assert_eq!(
        stranger
            .get(&format!("/projects/{project}/consent/{child}"))
            .await
            .status(),
        404
    );
}

#[tokio::test]
async fn consent_links_are_single_use_expiring_and_unforgeable() {
    let (app, smtp) = app_with_smtp().await;
    open_event(&app, "Europe/Dublin", Duration::days(20)).await;
    let (teen, creator, project) = teen_with_submitted_project(&app, "teen@example.org").await;
    teen.post(
        &format!("/projects/{project}/consent/request"),
        &[
            ("creator_id", &creator.to_string()),
            ("guardian_email", "parent@example.org"),
        ],
    )
    .await;
    let link = app
        .email(&smtp, "parent@example.org", "")
        .await
        .link(&app.address);

    // Tampered.
    let tampered = format!("{}x", &link[..link.len() - 1]);
    let res = app.browser().get(&tampered).await;
    assert_eq!(res.status(), 400);
    assert!(
        res.text()
            .await
            .expect("body")
            .contains("This link does not work")
    );

    // Used once; followed again it says so and shows what it recorded (the receipt's
    // own test checks the details); nothing changes the second time.
    assert_eq!(
        answer(&app, &link, &[("publish", "on"), ("answer", "agree")])
            .await
            .status(),
        200
    );
    let count = app.count("consents").await;
    let res = app.browser().get(&link).await;
    assert_eq!(res.status(), 200);
    assert!(
        res.text()
            .await
            .expect("body")
            .contains("already been used")
    );
    assert_eq!(app.count("consents").await, count);

    // A respond token is not a withdrawal token.
    let token = link.rsplit('/').next().expect("token");
    assert_eq!(
        app.browser()
            .get(&format!("/consent/withdraw/{token}"))
            .await
            .status(),
        400
    );

    // Expired.
    let link2 = expired_link_for_another_guardian(&app, &smtp, &teen, project, creator).await;
    let res = app.browser().get(&link2).await;
    assert_eq!(res.status(), 400);
    assert!(
        res.text()
            .await
            .expect("body")
            .contains("This link has expired")
    );

    // A token only shows its own project's images.
    let other_image = Uuid::new_v4();
    assert_eq!(
        app.browser()
            .get(&format!("{link2}/images/{other_image}"))
            .await
            .status(),
        404
    );
}

#[tokio::test]
async fn consent_emails_survive_an_smtp_outage_and_arrive_exactly_once() {
    let (app, smtp) = app_with_smtp().await;
    open_event(&app, "Europe/Dublin", Duration::days(20)).await;
    let (teen, creator, project) = teen_with_submitted_project(&app, "teen@example.org").await;
    let mut smtp = smtp;
    smtp.stop();
    for n in 0..3 {
        // Three different creators' guardians would be three requests; one creator's
        // guardian is enough to prove delivery, the others prove none is lost.
        let guardian = format!("guardian{n}@example.org");
        if n > 0 {
            sqlx::query("UPDATE consent_requests SET created_at = now() - interval '1 hour'")
                .execute(&app.pool)
                .await
                .expect("age");
        }
        let res = teen
            .post(
                &format!("/projects/{project}/consent/request"),
                &[
                    ("creator_id", &creator.to_string()),
                    ("guardian_email", &guardian),
                ],
            )
            .await;
        assert_eq!(res.status(), 303);
    }
    // The worker tries and fails; the queue keeps the jobs for a retry.
    app.drain_jobs().await;
    let failed: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM jobs WHERE last_error IS NOT NULL AND status = 'pending'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("failed");
    assert!(failed >= 1, "the worker tried");
    assert!(smtp.messages().is_empty());
    let smtp = smtp.restart();
    // The retries are scheduled with backoff; once it has passed, they deliver.
    app.retries_due_now().await;
    app.email(&smtp, "guardian2@example.org", "").await;
    for n in 0..3 {
        let to = format!("guardian{n}@example.org");
        let received = smtp.messages().into_iter().filter(|m| m.to == to).count();
        // Only the newest request is still pending; older ones were replaced and their
        // emails are not sent (the request expired), but none is sent twice.
        assert!(received <= 1, "{to} got {received} emails");
    }
    let newest = smtp
        .messages()
        .into_iter()
        .filter(|m| m.to == "guardian2@example.org")
        .count();
    assert_eq!(newest, 1, "the current request's email arrives once");
    let dead: i64 = sqlx::query_scalar("SELECT count(*) FROM jobs WHERE status = 'dead'")
        .fetch_one(&app.pool)
        .await
        .expect("dead");
    assert_eq!(dead, 0, "nothing lost");
}

#[tokio::test]
async fn moderators_ask_for_changes_with_a_reason_the_team_receives() {
    let (app, smtp) = app_with_smtp().await;
    open_event(&app, "Europe/Dublin", Duration::days(20)).await;
    let organizer = app
        .signed_in("organizer@example.org", &[Role::Organizer])
        .await;
    let (teen, _creator, project) = teen_with_submitted_project(&app, "teen@example.org").await;

    // A rejection or a change request needs a reason; without one nothing changes.
    organizer
        .post(
            &format!("/organizer/projects/{project}/moderate"),
            &[
                ("revision", &app.newest_revision(project).await.to_string()),
                ("decision", "rejected"),
                ("reason", ""),
            ],
        )
        .await;
    assert_eq!(app.count("moderation_decisions").await, 0);

    let res = organizer
        .post(
            &format!("/organizer/projects/{project}/moderate"),
            &[
                ("revision", &app.newest_revision(project).await.to_string()),
                ("decision", "changes_requested"),
                ("reason", "Please add a link to a video."),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let email = app
        .email(&smtp, "teen@example.org", "Sea Turtle Tracker")
        .await;
    assert!(email.text.contains("Please add a link to a video."));
    let page = teen.get_text(&format!("/projects/{project}")).await;
    assert!(page.contains("Changes needed") && page.contains("Please add a link to a video."));

    // Filters narrow the queue.
    assert!(
        organizer
            .get_text("/organizer/moderation?country=TR")
            .await
            .contains("Sea Turtle Tracker")
    );
    assert!(
        !organizer
            .get_text("/organizer/moderation?country=FR")
            .await
            .contains("Sea Turtle Tracker")
    );
    assert!(
        !organizer
            .get_text("/organizer/moderation?category=games")
            .await
            .contains("Sea Turtle Tracker")
    );

    // The team changes it; it goes back to review; bulk approval.
    let form = [
        ("title", "Sea Turtle Tracker"),
        ("short_description", "Maps where turtles nest on our beach."),
        ("category", "web"),
        ("language", "en"),
        ("project_url", "https://github.com/example/turtles"),
        ("video_url", "https://video.example.org/t"),
        ("why_made", "Nests."),
        ("difficulties", "GPS."),
        ("next_steps", "Offline."),
        ("action", "save"),
    ];
    assert_eq!(
        teen.post(&format!("/projects/{project}"), &form)
            .await
            .status(),
        303
    );
    let state: String = sqlx::query_scalar("SELECT moderation::text FROM projects")
        .fetch_one(&app.pool)
        .await
        .expect("state");
    assert_eq!(state, "pending");
    assert_eq!(
        organizer
            .post(
                "/organizer/moderation/bulk",
                &[("revision", &app.newest_revision(project).await.to_string())]
            )
            .await
            .status(),
        303
    );
    let decisions: Vec<(String, Option<Uuid>)> = sqlx::query_as(
        "SELECT decision::text, moderator_id FROM moderation_decisions ORDER BY created_at",
    )
    .fetch_all(&app.pool)
    .await
    .expect("decisions");
    assert_eq!(decisions.len(), 2);
    assert_eq!(decisions[1].0, "approved");
    assert!(
        decisions.iter().all(|(_, by)| by.is_some()),
        "every decision records who"
    );
}

#[tokio::test]
async fn the_publication_view_agrees_with_the_domain_rule() {
    let (app, _smtp) = app_with_smtp().await;
    app.seed_demo().await;
    // Approve every submitted demo project; only those whose members all have consent (or
    // need none) are published.
    sqlx::query("UPDATE projects SET moderation = 'approved' WHERE status = 'submitted'")
        .execute(&app.pool)
        .await
        .expect("approve");
    let ids: Vec<Uuid> = sqlx::query_scalar("SELECT id FROM projects")
        .fetch_all(&app.pool)
        .await
        .expect("ids");
    let in_view: Vec<Uuid> =
        sqlx::query_scalar("SELECT DISTINCT project_id FROM publication_evidence")
            .fetch_all(&app.pool)
            .await
            .expect("view");
    for id in ids {
        let published = publication::is_published(&facts(&app, id).await);
        assert_eq!(
            published,
            in_view.contains(&id),
            "project {id}: rule says {published}"
        );
    }
}

#[tokio::test]
async fn privacy_canary_never_appears_on_a_public_surface() {
    let (app, smtp) = app_with_smtp().await;
    open_event(&app, "Europe/Dublin", Duration::days(20)).await;
    let organizer = app
        .signed_in("organizer@example.org", &[Role::Organizer])
        .await;
    let (teen, creator, project) = teen_with_submitted_project(&app, CANARY_EMAIL).await;
    teen.post(
        &format!("/projects/{project}/consent/request"),
        &[
            ("creator_id", &creator.to_string()),
            ("guardian_email", CANARY_GUARDIAN),
        ],
    )
    .await;
    let link = app
        .email(&smtp, CANARY_GUARDIAN, "")
        .await
        .link(&app.address);
    answer(
        &app,
        &link,
        &[("publish", "on"), ("photos", "on"), ("answer", "agree")],
    )
    .await;
    organizer
        .post(
            &format!("/organizer/projects/{project}/moderate"),
            &[
                ("revision", &app.newest_revision(project).await.to_string()),
                ("decision", "approved"),
                ("reason", ""),
            ],
        )
        .await;
    assert!(publication::is_published(&facts(&app, project).await));

    let birth: (i16, i16) =
        sqlx::query_as("SELECT birth_year, birth_month FROM creators WHERE id = $1")
            .bind(creator)
            .fetch_one(&app.pool)
            .await
            .expect("birth");
    let canaries = [
        CANARY_SURNAME.to_owned(),
        CANARY_EMAIL.to_owned(),
        CANARY_GUARDIAN.to_owned(),
        format!("{}-{:02}", birth.0, birth.1),
    ];
    // Every page and API answer a visitor (no account) can reach.
    let settings = crate::helpers::test_settings("postgres://u@h/d", app.data_dir.path(), &[]);
    let table = showcase::web::all_routes(&settings).table();
    let visitor = app.browser();
    let mut checked = 0;
    for route in table
        .iter()
        .filter(|r| r.method == actix_web::http::Method::GET && !r.path.contains('{'))
    {
        for lang in ["en", "ar", "ja"] {
            let body = visitor
                .get_text(&format!("{}?lang={lang}", route.path))
                .await;
            for canary in &canaries {
                assert!(
                    !body.contains(canary.as_str()),
                    "{} ({lang}) shows {canary}",
                    route.path
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 30, "only {checked} public answers checked");
    // The published project's own page and API answer, searches for the teen, and the
    // search documents themselves (PostgreSQL's and what Meilisearch would receive).
    let mut public = vec![
        format!("/gallery/{project}"),
        format!("/api/v1/projects/{project}"),
        "/gallery?q=Deniz".to_owned(),
        "/api/v1/projects?q=Deniz".to_owned(),
    ];
    // The surname is not searchable (a search page echoes its own query, so ask the API).
    let by_surname: serde_json::Value = visitor
        .get(&format!("/api/v1/projects?q={CANARY_SURNAME}"))
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(by_surname["total"], 0, "the surname finds the project");
    public.extend(["en", "ar", "ja"].map(|l| format!("/gallery?lang={l}&per_page=100")));
    let page = visitor.get_text(&format!("/gallery/{project}")).await;
    assert!(page.contains("Deniz"), "the published project is shown");
    for path in &public {
        let body = visitor.get_text(path).await;
        for canary in &canaries {
            assert!(!body.contains(canary.as_str()), "{path} shows {canary}");
        }
    }
    let (doc, tokens): (String, String) =
        sqlx::query_as(
            "SELECT d.doc::text, p.tokens::text FROM public_projects p JOIN public_documents d USING (project_id) WHERE project_id = $1",
        )
            .bind(project)
            .fetch_one(&app.pool)
            .await
            .expect("public document");
    let mut conn = app.pool.acquire().await.expect("conn");
    let stored = showcase::db::public::get(&mut conn, project)
        .await
        .expect("doc")
        .expect("published");
    let meili = serde_json::to_string(&showcase::search::meili::document(&stored)).expect("json");
    for canary in &canaries {
        let lower = canary.to_lowercase();
        for (what, text) in [
            ("document", &doc),
            ("tokens", &tokens),
            ("meilisearch document", &meili),
        ] {
            assert!(
                !text.contains(canary.as_str()) && !text.to_lowercase().contains(&lower),
                "the {what} holds {canary}"
            );
        }
    }
}

#[tokio::test]
async fn reminders_go_out_while_the_request_is_unanswered_and_stop_after_an_answer() {
    let (app, smtp) = app_with_smtp().await;
    open_event(&app, "Europe/Dublin", Duration::days(20)).await;
    let (teen, creator, project) = teen_with_submitted_project(&app, "teen@example.org").await;
    teen.post(
        &format!("/projects/{project}/consent/request"),
        &[
            ("creator_id", &creator.to_string()),
            ("guardian_email", "dad@example.org"),
        ],
    )
    .await;
    app.email(&smtp, "dad@example.org", "").await;
    let scheduled: Vec<chrono::DateTime<Utc>> = sqlx::query_scalar(
        "SELECT run_at FROM jobs WHERE payload->'job'->>'reminder' = 'true' ORDER BY run_at",
    )
    .fetch_all(&app.pool)
    .await
    .expect("reminders");
    assert_eq!(scheduled.len(), 2, "reminders after 3 and 7 days");
    let days: Vec<i64> = scheduled
        .iter()
        .map(|t| (*t - Utc::now()).num_hours().div_euclid(24) + 1)
        .collect();
    assert_eq!(days, vec![3, 7]);

    // Three days pass: the first reminder is due and goes out.
    sqlx::query("UPDATE jobs SET run_at = now() WHERE id = (SELECT id FROM jobs WHERE payload->'job'->>'reminder' = 'true' ORDER BY run_at LIMIT 1)")
        .execute(&app.pool)
        .await
        .expect("due");
    let reminder = app.email(&smtp, "dad@example.org", "Reminder").await;
    let link = reminder.link(&app.address);
    assert_eq!(
        answer(&app, &link, &[("answer", "decline")]).await.status(),
        200
    );

    // Seven days pass: the request is answered, so no second reminder is sent.
    sqlx::query("UPDATE jobs SET run_at = now() WHERE payload->'job'->>'reminder' = 'true' AND status = 'pending'").execute(&app.pool).await.expect("due");
    app.drain_jobs().await;
    let reminders = smtp
        .messages()
        .into_iter()
        .filter(|m| m.subject.contains("Reminder"))
        .count();
    assert_eq!(reminders, 1);
    // Declining grants nothing.
    let granted: i64 = sqlx::query_scalar("SELECT count(*) FROM consents WHERE granted")
        .fetch_one(&app.pool)
        .await
        .expect("granted");
    assert_eq!(granted, 0);
}

/// A teen with a submitted project asks `guardian` by email: the teen's browser, the
/// creator, the project and the link of the email.
async fn guardian_asked(
    app: &TestApp,
    smtp: &SmtpServer,
    teen_email: &str,
    guardian: &str,
) -> (Browser, Uuid, Uuid, String) {
    let (teen, creator, project) = teen_with_submitted_project(app, teen_email).await;
    let res = teen
        .post(
            &format!("/projects/{project}/consent/request"),
            &[
                ("creator_id", &creator.to_string()),
                ("guardian_email", guardian),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let link = app.email(smtp, guardian, "").await.link(&app.address);
    (teen, creator, project, link)
}

/// Answers the consent page at `link` from `guardian`'s own browser (its language, its
/// session's CSRF token from the page).
async fn answer_as(guardian: &Browser, link: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let token = csrf_in(&guardian.get_text(link).await);
    let mut form = vec![("csrf_token", token.as_str())];
    form.extend_from_slice(fields);
    guardian
        .client
        .post(link)
        .form(&form)
        .send()
        .await
        .expect("answer")
}

async fn count_where(app: &TestApp, sql: &'static str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(&app.pool)
        .await
        .expect("count")
}

/// A refused answer left no trace: no consent, no job, no audit row, the link unused.
async fn nothing_recorded(app: &TestApp, jobs_before: i64) {
    assert_eq!(app.count("consents").await, 0, "nothing recorded");
    assert_eq!(app.count("jobs").await, jobs_before, "nothing queued");
    assert_eq!(
        count_where(
            app,
            "SELECT count(*) FROM audit_log WHERE action = 'consent.answer'"
        )
        .await,
        0
    );
    assert_eq!(
        count_where(
            app,
            "SELECT count(*) FROM consent_tokens WHERE purpose = 'respond' AND used_at IS NULL"
        )
        .await,
        1,
        "the link still works"
    );
}

#[tokio::test]
async fn agreeing_to_nothing_is_refused_on_the_same_page_and_records_nothing() {
    let (app, smtp) = app_with_smtp().await;
    open_event(&app, "Europe/Dublin", Duration::days(20)).await;
    let (teen, _creator, project, link) =
        guardian_asked(&app, &smtp, "teen@example.org", "parent@example.org").await;
    let jobs_before = app.count("jobs").await;

    // "I agree" with nothing ticked: the same form again, saying what to do.
    let guardian = app.browser();
    let res = answer_as(&guardian, &link, &[("answer", "agree")]).await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.expect("body");
    assert!(
        page.contains("Please tick what you agree to"),
        "the problem is said: {page}"
    );
    assert!(
        page.contains(r#"name="answer" value="agree""#)
            && page.contains(r#"name="answer" value="decline""#)
            && page.contains("Sea Turtle Tracker")
            && page.contains(r#"class="choices has-error""#),
        "the form again, with the project"
    );
    assert!(!page.contains("Thank you") && !page.contains("Your answer is recorded"));
    nothing_recorded(&app, jobs_before).await;

    // Images of people without publishing: refused too, the boxes as they were ticked.
    let res = answer_as(
        &guardian,
        &link,
        &[("photos", "on"), ("contact", "on"), ("answer", "agree")],
    )
    .await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.expect("body");
    assert!(page.contains("Images are only ever shown on the project"));
    assert!(
        page.contains(r#"name="photos" checked"#)
            && page.contains(r#"name="contact" checked"#)
            && !page.contains(r#"name="publish" checked"#)
    );
    nothing_recorded(&app, jobs_before).await;

    // In Arabic, the message is Arabic.
    let arabic = app.browser();
    arabic.get(&format!("{link}?lang=ar")).await;
    let res = answer_as(&arabic, &link, &[("answer", "agree")]).await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .expect("body")
            .contains("يُرجى تحديد ما توافق عليه")
    );
    nothing_recorded(&app, jobs_before).await;

    // A post naming neither button is no answer either.
    let res = answer_as(&guardian, &link, &[("publish", "on")]).await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .expect("body")
            .contains("Please answer with one of the two buttons")
    );
    nothing_recorded(&app, jobs_before).await;
    assert!(
        teen.get_text(&format!("/projects/{project}"))
            .await
            .contains("waiting for an answer")
    );

    // Declining everything is its own answer (whatever is ticked): recorded, no
    // confirmation email, and the teen is told the truth.
    let res = answer_as(
        &guardian,
        &link,
        &[("publish", "on"), ("answer", "decline")],
    )
    .await;
    assert_eq!(res.status(), 200);
    assert!(
        res.text()
            .await
            .expect("body")
            .contains("The project will not be published")
    );
    let granted: Vec<bool> = sqlx::query_scalar("SELECT granted FROM consents")
        .fetch_all(&app.pool)
        .await
        .expect("consents");
    assert_eq!(granted, vec![false, false, false]);
    app.drain_jobs().await;
    assert_eq!(
        app.count("jobs").await,
        jobs_before,
        "no confirmation queued"
    );
    assert_eq!(
        smtp.messages()
            .iter()
            .filter(|m| m.to == "parent@example.org")
            .count(),
        1,
        "only the request"
    );
    let page = teen.get_text(&format!("/projects/{project}")).await;
    assert!(
        page.contains("the guardian said no") && !page.contains("not asked yet"),
        "the teen sees the answer"
    );
}

#[tokio::test]
async fn an_adults_empty_agreement_in_the_app_is_refused_too() {
    let (app, _smtp) = app_with_smtp().await;
    open_event(&app, "Europe/Dublin", Duration::days(20)).await;
    let (browser, _adult, child, project) = adult_with_childs_submitted_project(
        &app,
        "dad@example.org",
        ("Omar", "5", "EG"),
        &[
            ("title", "Robot Arm"),
            ("short_description", "Picks up blocks."),
            ("category", "hardware"),
            ("language", "en"),
            ("project_url", "https://github.com/example/arm"),
            ("why_made", "Fun."),
            ("difficulties", "Servos."),
            ("next_steps", "A camera."),
        ],
    )
    .await;
    let path = format!("/projects/{project}/consent/{child}");
    let res = browser.post(&path, &[("answer", "agree")]).await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.expect("body");
    assert!(page.contains("Please tick what you agree to") && page.contains("Robot Arm"));
    assert_eq!(app.count("consents").await, 0);
    // Declining everything still works, and says so.
    let res = browser.post(&path, &[("answer", "decline")]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        count_where(&app, "SELECT count(*) FROM consents WHERE NOT granted").await,
        3
    );
    assert!(
        browser
            .get_text(&format!("/projects/{project}"))
            .await
            .contains("the project will not be published")
    );
}

#[tokio::test]
async fn a_used_consent_link_shows_the_guardian_what_it_recorded() {
    let (app, smtp) = app_with_smtp().await;
    open_event(&app, "Europe/Dublin", Duration::days(20)).await;
    let (teen, creator, project, link) =
        guardian_asked(&app, &smtp, CANARY_EMAIL, CANARY_GUARDIAN).await;
    let res = answer(
        &app,
        &link,
        &[("publish", "on"), ("photos", "on"), ("answer", "agree")],
    )
    .await;
    assert_eq!(res.status(), 200);
    let recorded = app.count("consents").await;

    // Followed again: what was granted and declined, and when; nothing about signing in.
    let res = app.browser().get(&link).await;
    assert_eq!(res.status(), 200);
    let page = res.text().await.expect("body");
    assert!(page.contains("You have already answered") && page.contains("Deniz"));
    assert!(
        page.contains(
            "Publish the project with the details above</dt><dd><strong>Yes</strong></dd>"
        ) && page.contains(
            "Also show images in which a person appears</dt><dd><strong>Yes</strong></dd>"
        ) && page.contains("The organizers may contact us about the event</dt><dd>No</dd>"),
        "each scope's answer: {page}"
    );
    assert!(
        page.contains("Answered on") && page.contains(&Utc::now().format("%Y").to_string()),
        "when"
    );
    assert!(page.contains(&format!(
        r#"<bdi dir="ltr">{}</bdi>"#,
        publication::CONSENT_WORDING_VERSION
    )));
    assert!(
        !page.contains("/password/forgot")
            && !page.contains("still need to sign in")
            && !page.contains(r#"class="form-links""#),
        "a guardian has no account"
    );
    for private in [CANARY_SURNAME, CANARY_EMAIL, CANARY_GUARDIAN] {
        assert!(!page.contains(private), "the receipt shows {private}");
    }

    // A second answer with the used link (a double submit) changes nothing and shows
    // the same.
    let guardian = app.browser();
    guardian.get("/").await;
    let token = guardian.csrf().await;
    let res = guardian
        .client
        .post(&link)
        .form(&[
            ("csrf_token", token.as_str()),
            ("contact", "on"),
            ("answer", "agree"),
        ])
        .send()
        .await
        .expect("post");
    assert_eq!(res.status(), 200);
    assert!(
        res.text()
            .await
            .expect("body")
            .contains("You have already answered")
    );
    assert_eq!(app.count("consents").await, recorded);
    assert_eq!(
        count_where(
            &app,
            "SELECT count(*) FROM consents WHERE scope = 'contact' AND granted"
        )
        .await,
        0
    );

    // After a withdrawal, both links say it was withdrawn.
    let confirmation = app
        .email_with_text(&smtp, CANARY_GUARDIAN, "/consent/withdraw/")
        .await;
    let withdraw = confirmation.link(&format!("{}/consent/withdraw/", app.address));
    assert_eq!(answer(&app, &withdraw, &[]).await.status(), 200);
    for used in [&link, &withdraw] {
        let res = app.browser().get(used).await;
        assert_eq!(res.status(), 200);
        let page = res.text().await.expect("body");
        assert!(
            page.contains("Yes, later withdrawn") && page.contains("Withdrawn on"),
            "{used}: {page}"
        );
    }

    // Expired and forged links say only that: nothing about the child or the project.
    sqlx::query("UPDATE consent_requests SET created_at = now() - interval '1 hour'")
        .execute(&app.pool)
        .await
        .expect("age");
    let expired = expired_link_for_another_guardian(&app, &smtp, &teen, project, creator).await;
    let forged = format!("{}/consent/{}", app.address, "A".repeat(43));
    for (bad, says) in [
        (&expired, "This link has expired"),
        (&forged, "This link does not work"),
    ] {
        let res = app.browser().get(bad).await;
        assert_eq!(res.status(), 400);
        let page = res.text().await.expect("body");
        assert!(page.contains(says), "{bad}: {page}");
        for private in ["Deniz", "Sea Turtle", "Türkiye", "/password/forgot"] {
            assert!(!page.contains(private), "{bad} shows {private}");
        }
    }
}

#[tokio::test]
async fn the_consent_page_puts_each_choice_on_its_own_line_and_isolates_left_to_right_text() {
    let (app, smtp) = app_with_smtp().await;
    open_event(&app, "Europe/Dublin", Duration::days(20)).await;
    let (_teen, _creator, _project, link) =
        guardian_asked(&app, &smtp, "teen@example.org", "parent@example.org").await;

    // The request email's link text is an isolated left-to-right snippet.
    let request = smtp.received("parent@example.org", |_| true);
    assert!(
        request.html.contains(&format!(
            r#"<span dir="ltr" style="word-break: break-all; unicode-bidi: isolate;">{link}</span>"#
        )),
        "{}",
        request.html
    );

    let guardian = app.browser();
    let res = guardian.get(&format!("{link}?lang=ar")).await;
    assert_eq!(res.status(), 200);
    let page = res.text().await.expect("body");
    assert!(page.contains(r#"dir="rtl""#), "an Arabic page");
    // The choices are a grid (one per line), each choice its own row.
    assert!(page.contains(r#"<fieldset id="f-choices" class="choices">"#));
    assert!(
        !page.contains(r#"class="sdgs""#),
        "not the wrapping tag list"
    );
    assert_eq!(
        page.matches(r#"<div class="field field-checkbox"><input type="checkbox""#)
            .count(),
        3
    );
    let css = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../static/css/main.css"),
    )
    .expect("main.css");
    assert!(
        css.lines()
            .any(|l| l.starts_with(".choices {") && l.contains("display: grid")),
        ".choices is a grid"
    );
    // The wording version and the project's link are isolated left-to-right snippets,
    // with no punctuation of the sentence around them.
    assert!(page.contains(&format!(
        r#"إصدار النص <bdi dir="ltr">{}</bdi></p>"#,
        publication::CONSENT_WORDING_VERSION
    )));
    assert!(page.contains(r#"<bdi dir="ltr">https://github.com/example/turtles</bdi>"#));

    // The confirmation email's withdrawal link too.
    let res = answer_as(&guardian, &link, &[("publish", "on"), ("answer", "agree")]).await;
    assert_eq!(res.status(), 200);
    let confirmation = app
        .email_with_text(&smtp, "parent@example.org", "/consent/withdraw/")
        .await;
    assert!(
        confirmation.html.contains(r#"<p dir="ltr"><a href=""#),
        "{}",
        confirmation.html
    );
}
