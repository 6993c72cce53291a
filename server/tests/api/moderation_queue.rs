//! The organizers' moderation queue and console, as an organizer sees them: the queue
//! opens on what waits for review, filters by status (links and a GET form), shows 50 a
//! page with the filters kept in every link, names categories in the reader's language,
//! labels each checkbox with its project, approves from the top exactly what is ticked;
//! the console's cards count what waits.

use chrono::{Duration, Utc};
use showcase::db::users::NewCreator;
use showcase::domain::account::{BirthMonth, Country, DisplayName, PersonName, Role};
use showcase::domain::project::ProjectFields;
use showcase::domain::revision::Decision;
use showcase::operations::{self, consent::Grants};
use uuid::Uuid;

use crate::helpers::{Browser, PASSWORD, TestApp, location, open_event, spawn_app};

/// What a child's guardian (here the managing adult) has answered.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Answer {
    Granted,
    Declined,
    Unanswered,
}

/// An open event, an adult managing ten-year-olds' profiles (they need consent), and an
/// organizer signed in.
struct Queue {
    app: TestApp,
    event: Uuid,
    adult: Uuid,
    moderator: Uuid,
    organizer: Browser,
}

impl Queue {
    async fn new() -> Self {
        let app = spawn_app().await;
        let event = open_event(&app, "Europe/Dublin", Duration::days(20)).await;
        let adult = app.create_user("mentor@example.org", &[Role::Adult]).await;
        let moderator = app
            .create_user("moderator@example.org", &[Role::Organizer])
            .await;
        let organizer = app.browser();
        let res = organizer.sign_in("moderator@example.org", PASSWORD).await;
        assert_eq!(res.status(), 303, "the organizer signs in");
        Queue {
            app,
            event,
            adult,
            moderator,
            organizer,
        }
    }

    async fn child(&self, name: &str) -> Uuid {
        let today = Utc::now().date_naive();
        let year = today.format("%Y").to_string().parse::<i32>().expect("year") - 10;
        operations::accounts::add_child(
            &self.app.ops(),
            &self.app.actor(self.adult, &[Role::Adult]),
            &NewCreator {
                first_name: PersonName::parse(name).expect("name"),
                surname: PersonName::parse("Privatesurname").expect("surname"),
                display_name: DisplayName::parse(name).expect("display"),
                birth: BirthMonth::parse(&year.to_string(), "1", today).expect("birth"),
                country: Country::parse("IE").expect("country"),
                gender: None,
            },
        )
        .await
        .expect("child profile")
    }

    async fn answer(&self, project: Uuid, creator: Uuid, answer: Answer) {
        let publish = match answer {
            Answer::Granted => true,
            Answer::Declined => false,
            Answer::Unanswered => return,
        };
        let grants = Grants {
            publish,
            photos: false,
            contact: false,
        };
        operations::consent::answer_in_app(
            &self.app.ops(),
            &self.app.actor(self.adult, &[Role::Adult]),
            project,
            creator,
            grants,
            None,
        )
        .await
        .expect("consent answer");
    }

    /// A submitted project of one child, waiting for review; returns (project, child).
    async fn submitted(&self, title: &str, category: &str, answer: Answer) -> (Uuid, Uuid) {
        let creator = self.child("Ada").await;
        let adult = self.app.actor(self.adult, &[Role::Adult]);
        let ops = self.app.ops();
        let project = operations::projects::create_draft(&ops, &adult, self.event, creator)
            .await
            .expect("draft");
        let fields = ProjectFields {
            title: title.into(),
            short_description: "A project made at a code club.".into(),
            category: category.into(),
            language: "en".into(),
            project_url: "https://example.org/our-project".into(),
            video_url: String::new(),
            why_made: "Because our town needed it.".into(),
            difficulties: "Making the sensor reliable.".into(),
            next_steps: "A mobile app.".into(),
            sdgs: Vec::new(),
            community: String::new(),
        };
        operations::projects::save(&ops, &adult, project, &fields, true)
            .await
            .expect("a valid submission");
        self.answer(project, creator, answer).await;
        (project, creator)
    }

    async fn decide(&self, project: Uuid, decision: Decision, reason: &str) {
        let revision = self.app.newest_revision(project).await;
        operations::moderation::decide(
            &self.app.ops(),
            &self.app.actor(self.moderator, &[Role::Organizer]),
            project,
            revision,
            decision,
            reason,
        )
        .await
        .expect("decision");
    }

    async fn page(&self, path: &str) -> String {
        let res = self.organizer.get(path).await;
        assert_eq!(res.status(), 200, "{path}");
        res.text().await.expect("page")
    }

    async fn moderation(&self, project: Uuid) -> String {
        sqlx::query_scalar("SELECT moderation::text FROM projects WHERE id = $1")
            .bind(project)
            .fetch_one(&self.app.pool)
            .await
            .expect("moderation state")
    }
}

/// HTML attribute text back to plain text (autoescape writes `&amp;` and `&#x2F;`).
fn unescape(s: &str) -> String {
    s.replace("&#x2F;", "/")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The titles of the queue's rows, in order.
fn titles(html: &str) -> Vec<String> {
    // Each row's title cell (labelled for the phone layout) links to the project.
    html.split(r#""><a href="/organizer/projects/"#)
        .skip(1)
        .filter_map(|rest| {
            let start = rest.find("<bdi>")? + 5;
            let end = rest.find("</bdi>")?;
            Some(unescape(&rest[start..end]))
        })
        .collect()
}

/// Every link's target, unescaped.
fn hrefs(html: &str) -> Vec<String> {
    html.split(r#"href=""#)
        .skip(1)
        .filter_map(|rest| rest.split('"').next().map(unescape))
        .collect()
}

fn has_link(html: &str, href: &str) -> bool {
    hrefs(html).iter().any(|h| h == href)
}

#[tokio::test]
async fn the_queue_opens_on_what_waits_for_review_fifty_a_page_with_filters_in_every_link() {
    let q = Queue::new().await;
    let mut review = Vec::new();
    for n in 1..=52 {
        let title = format!("Web project {n:02}");
        q.submitted(&title, "web", Answer::Granted).await;
        review.push(title);
    }
    q.submitted("Phone project", "mobile-apps", Answer::Granted)
        .await;
    review.push("Phone project".to_owned());
    let mut approved = Vec::new();
    for title in ["Approved one", "Approved two"] {
        let (project, _) = q.submitted(title, "web", Answer::Granted).await;
        q.decide(project, Decision::Approve, "").await;
        approved.push(title.to_owned());
    }
    let (asked, _) = q
        .submitted("Asked for changes", "web", Answer::Granted)
        .await;
    q.decide(asked, Decision::RequestChanges, "Please add a video.")
        .await;

    // The default view: only what waits for review, 50 of the 53, the status links with
    // their counts, the current one marked.
    let first = q.page("/organizer/moderation").await;
    let on_first = titles(&first);
    assert_eq!(on_first.len(), 50, "{first}");
    assert!(on_first.iter().all(|t| review.contains(t)), "{on_first:?}");
    assert!(!first.contains("Approved one") && !first.contains("Asked for changes"));
    assert!(first.contains("Projects 1–50 of 53"), "{first}");
    for (label, count) in [
        ("To review", 53),
        ("All", 56),
        ("Not decided yet", 53),
        ("Approved", 2),
        ("Changes asked", 1),
        ("Not accepted", 0),
    ] {
        assert!(
            first.contains(&format!("{label} ({count})")),
            "{label}: {first}"
        );
    }
    assert!(
        first.contains(
            r#"<a href="&#x2F;organizer&#x2F;moderation?status=review" aria-current="page">"#
        ) || first
            .contains(r#"<a href="/organizer/moderation?status=review" aria-current="page">"#)
    );
    for status in [
        "all",
        "pending",
        "approved",
        "changes_requested",
        "rejected",
    ] {
        assert!(
            has_link(&first, &format!("/organizer/moderation?status={status}")),
            "{status}"
        );
    }
    // The GET form offers the same statuses, the current one selected.
    assert!(
        first.contains(
            r#"<form class="form form-filters" method="get" action="/organizer/moderation">"#
        ) || first.contains(r#"action="&#x2F;organizer&#x2F;moderation""#)
    );
    assert!(
        first.contains(r#"<option value="review" selected>"#),
        "{first}"
    );
    assert!(has_link(
        &first,
        "/organizer/moderation?status=review&page=2"
    ));

    // Page 2: the other 3; together exactly the projects waiting.
    let second = q.page("/organizer/moderation?status=review&page=2").await;
    let on_second = titles(&second);
    assert_eq!(on_second.len(), 3, "{second}");
    assert!(second.contains("Projects 51–53 of 53"), "{second}");
    let mut seen: Vec<String> = on_first.into_iter().chain(on_second).collect();
    seen.sort();
    let mut expected = review.clone();
    expected.sort();
    assert_eq!(seen, expected, "every project waiting, once");
    assert!(
        has_link(&second, "/organizer/moderation?status=review"),
        "back to page 1"
    );

    // Past the end: an empty state that says so, with the way back.
    let past = q.page("/organizer/moderation?status=review&page=3").await;
    assert!(titles(&past).is_empty());
    assert!(
        past.contains("This page is past the end of the list (2 pages)."),
        "{past}"
    );
    assert!(has_link(&past, "/organizer/moderation?status=review"));

    // Each moderation state.
    let only_approved = q.page("/organizer/moderation?status=approved").await;
    assert_eq!(titles(&only_approved), approved);
    let only_asked = q
        .page("/organizer/moderation?status=changes_requested")
        .await;
    assert_eq!(titles(&only_asked), ["Asked for changes"]);
    let none = q.page("/organizer/moderation?status=rejected").await;
    assert!(titles(&none).is_empty());
    assert!(none.contains("No submitted projects match."), "{none}");

    // The filters stay in the page links and the status links.
    let web = q
        .page("/organizer/moderation?status=all&category=web")
        .await;
    assert!(web.contains("Projects 1–50 of 55"), "{web}");
    assert!(has_link(
        &web,
        "/organizer/moderation?status=all&category=web&page=2"
    ));
    assert!(has_link(
        &web,
        "/organizer/moderation?status=review&category=web"
    ));
    assert!(
        web.contains("To review (52)"),
        "counted under the category: {web}"
    );
    let web_2 = q
        .page("/organizer/moderation?status=all&category=web&page=2")
        .await;
    assert_eq!(titles(&web_2).len(), 5);
    assert!(!web.contains("Phone project") && !web_2.contains("Phone project"));
    // Links from before the status filter (a category alone) keep meaning every state.
    let old_link = q.page("/organizer/moderation?category=mobile-apps").await;
    assert_eq!(titles(&old_link), ["Phone project"]);

    // Bad parameters are a clear 400, never a 500.
    for query in [
        "status=bogus",
        "status=REVIEW",
        "page=0",
        "page=-1",
        "page=abc",
        "page=1.5",
        "page=99999999999",
    ] {
        let res = q
            .organizer
            .get(&format!("/organizer/moderation?{query}"))
            .await;
        assert_eq!(res.status(), 400, "{query}");
        let body = res.text().await.expect("page");
        let parameter = query.split('=').next().expect("name");
        assert!(
            body.contains(&format!("invalid value for “{parameter}”")),
            "{query}: {body}"
        );
    }
    let res = q.organizer.get("/organizer/moderation?select=maybe").await;
    assert_eq!(res.status(), 200, "an unknown selection is no selection");
}

#[tokio::test]
async fn the_queue_names_categories_in_the_readers_language_and_each_checkbox_its_project() {
    let q = Queue::new().await;
    let (garden, _) = q
        .submitted("Robot Garden", "mobile-apps", Answer::Granted)
        .await;
    let (bus, _) = q
        .submitted("Bus \"Times\" <Live>", "hardware", Answer::Granted)
        .await;

    let ja = q.page("/organizer/moderation?lang=ja").await;
    assert!(ja.contains("\">モバイルアプリ</td>"), "{ja}");
    assert!(ja.contains("\">ハードウェア</td>"), "{ja}");
    assert!(!ja.contains(">mobile-apps</td>") && !ja.contains(">hardware</td>"));
    // The category filter offers the names too (the slugs are only the values).
    assert!(
        ja.contains(r#"<option value="mobile-apps">モバイルアプリ</option>"#),
        "{ja}"
    );

    // A name the organizers gave the category wins, as in the gallery.
    sqlx::query(
        r#"UPDATE categories SET names = '{"es": "Robótica"}' WHERE event_id = $1 AND slug = 'hardware'"#,
    )
    .bind(q.event)
    .execute(&q.app.pool)
    .await
    .expect("rename");
    let es = q.page("/organizer/moderation?lang=es").await;
    assert!(es.contains("\">Robótica</td>"), "{es}");
    assert!(es.contains("\">Aplicaciones móviles</td>"), "{es}");

    // Every checkbox has a label naming its project (escaped like any text).
    let en = q.page("/organizer/moderation?lang=en").await;
    assert_eq!(
        en.matches(r#"type="checkbox""#).count(),
        en.matches(r#"<label class="visually-hidden" for="select-"#)
            .count()
    );
    for (project, label) in [
        (garden, "Select “Robot Garden”".to_owned()),
        (
            bus,
            "Select “Bus &quot;Times&quot; &lt;Live&gt;”".to_owned(),
        ),
    ] {
        let revision = q.app.newest_revision(project).await;
        assert!(
            en.contains(&format!(
                r#"<input type="checkbox" id="select-{project}" name="revision" value="{revision}">"#
            )),
            "{en}"
        );
        assert!(
            en.contains(&format!(
                r#"<label class="visually-hidden" for="select-{project}">{label}</label>"#
            )),
            "{label}: {en}"
        );
    }
    let ja = q.page("/organizer/moderation?lang=ja").await;
    assert!(ja.contains("「Robot Garden」を選択"), "{ja}");
}

#[tokio::test]
async fn bulk_approval_sits_above_the_table_and_approves_exactly_the_ticked_projects() {
    let q = Queue::new().await;
    let mut projects = Vec::new();
    for title in ["Alpha", "Bravo", "Charlie", "Delta"] {
        projects.push(q.submitted(title, "web", Answer::Granted).await.0);
    }
    // A published project with a new member whose consent has not arrived: approving the
    // change must wait, so it is not offered for bulk approval.
    let (echo, _) = q.submitted("Echo", "web", Answer::Granted).await;
    q.decide(echo, Decision::Approve, "").await;
    let newcomer = q.child("Bea").await;
    operations::projects::add_member(
        &q.app.ops(),
        &q.app.actor(q.adult, &[Role::Adult]),
        echo,
        newcomer,
    )
    .await
    .expect("a new member");

    let page = q.page("/organizer/moderation").await;
    assert_eq!(titles(&page).len(), 5, "{page}");
    let form = page.find("/moderation/bulk").expect("the bulk form");
    let button = page
        .find("Approve the selected projects")
        .expect("the bulk button");
    let table = page.find("<table").expect("the table");
    assert!(
        form < button && button < table,
        "the button is above the table"
    );
    assert!(!page.contains(&format!(r#"id="select-{echo}""#)), "{page}");
    assert!(page.contains("Can be approved once a guardian’s consent has arrived."));
    assert_eq!(page.matches(r#"type="checkbox""#).count(), 4);
    assert_eq!(page.matches(" checked>").count(), 0);

    // "Select all on this page": the same page with every box ticked.
    let select_all = hrefs(&page)
        .into_iter()
        .find(|h| h.contains("select=all"))
        .expect("the select-all link");
    assert_eq!(select_all, "/organizer/moderation?status=review&select=all");
    assert!(page.contains("Select all 4 on this page"), "{page}");
    let all = q.page(&select_all).await;
    assert_eq!(all.matches(" checked>").count(), 4, "{all}");
    assert!(all.contains("Clear the selection"));
    assert!(has_link(&all, "/organizer/moderation?status=review"));

    // Nothing ticked: nothing happens, and the organizer is told.
    let decisions = q.app.count("moderation_decisions").await;
    let res = q
        .organizer
        .post("/organizer/moderation/bulk", &[("status", "review")])
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/organizer/moderation?status=review");
    assert_eq!(q.app.count("moderation_decisions").await, decisions);
    assert!(
        q.page("/organizer/moderation")
            .await
            .contains("No project was selected.")
    );

    // Two ticked: exactly those two are approved; back to the queue as it was filtered.
    let (alpha, charlie) = (projects[0], projects[2]);
    let alpha_revision = q.app.newest_revision(alpha).await.to_string();
    let charlie_revision = q.app.newest_revision(charlie).await.to_string();
    let res = q
        .organizer
        .post(
            "/organizer/moderation/bulk",
            &[
                ("status", "review"),
                ("category", "web"),
                ("revision", alpha_revision.as_str()),
                ("revision", charlie_revision.as_str()),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        location(&res),
        "/organizer/moderation?status=review&category=web"
    );
    for (project, state) in [
        (projects[0], "approved"),
        (projects[1], "pending"),
        (projects[2], "approved"),
        (projects[3], "pending"),
    ] {
        assert_eq!(q.moderation(project).await, state);
    }
    assert_eq!(q.app.count("moderation_decisions").await, decisions + 2);
    let after = q
        .page("/organizer/moderation?status=review&category=web")
        .await;
    assert!(after.contains("The decision is saved"), "{after}");
    assert_eq!(titles(&after), ["Bravo", "Delta", "Echo"]);

    // A bulk form from another page and filter comes back there; a tampered one to the
    // plain queue.
    let res = q
        .organizer
        .post(
            "/organizer/moderation/bulk",
            &[("status", "all"), ("language", "en"), ("page", "2")],
        )
        .await;
    assert_eq!(
        location(&res),
        "/organizer/moderation?status=all&language=en&page=2"
    );
    let res = q
        .organizer
        .post("/organizer/moderation/bulk", &[("status", "nonsense")])
        .await;
    assert_eq!(location(&res), "/organizer/moderation");
}

#[tokio::test]
async fn the_console_counts_what_waits_behind_its_cards() {
    let q = Queue::new().await;
    let (unanswered, _) = q.submitted("Unanswered", "web", Answer::Unanswered).await;
    q.submitted("Declined", "web", Answer::Declined).await;
    let (granted, _) = q.submitted("Granted", "web", Answer::Granted).await;
    let (published, _) = q.submitted("Published", "web", Answer::Granted).await;
    q.decide(published, Decision::Approve, "").await;
    // A draft's creator is not waiting for consent: nothing was asked yet.
    let drafter = q.child("Cai").await;
    operations::projects::create_draft(
        &q.app.ops(),
        &q.app.actor(q.adult, &[Role::Adult]),
        q.event,
        drafter,
    )
    .await
    .expect("draft");
    sqlx::query(
        "INSERT INTO jobs (kind, payload, status, attempts, last_error)
         VALUES ('email', '{}', 'dead', 8, 'smtp down'), ('email', '{}', 'dead', 8, 'smtp down'),
                ('email', '{}', 'pending', 0, NULL)",
    )
    .execute(&q.app.pool)
    .await
    .expect("jobs");
    sqlx::query(
        "INSERT INTO invitations (email, role, expires_at, accepted_at)
         VALUES ('open@example.org', 'judge', now() + interval '3 days', NULL),
                ('expired@example.org', 'judge', now() - interval '1 day', NULL),
                ('accepted@example.org', 'organizer', now() + interval '3 days', now())",
    )
    .execute(&q.app.pool)
    .await
    .expect("invitations");

    // The database agrees with what the cards will say.
    let to_review: i64 =
        sqlx::query_scalar("SELECT count(*) FROM project_revisions WHERE status = 'pending'")
            .fetch_one(&q.app.pool)
            .await
            .expect("pending revisions");
    let dead: i64 = sqlx::query_scalar("SELECT count(*) FROM jobs WHERE status = 'dead'")
        .fetch_one(&q.app.pool)
        .await
        .expect("dead jobs");
    assert_eq!((to_review, dead), (3, 2));

    let console = q.page("/organizer?lang=en").await;
    for text in [
        "3 projects wait for review.",
        "One creator waits for a guardian’s consent.",
        "2 emails could not be sent.",
        "One open invitation.",
    ] {
        assert!(console.contains(text), "{text}: {console}");
    }
    let es = q.page("/organizer?lang=es").await;
    assert!(es.contains("3 proyectos esperan revisión."), "{es}");

    // The counts follow the work: one approval from the queue, one consent answered.
    let revision = q.app.newest_revision(granted).await.to_string();
    let res = q
        .organizer
        .post(
            "/organizer/moderation/bulk",
            &[("status", "review"), ("revision", revision.as_str())],
        )
        .await;
    assert_eq!(res.status(), 303);
    let creator: Uuid =
        sqlx::query_scalar("SELECT creator_id FROM project_members WHERE project_id = $1")
            .bind(unanswered)
            .fetch_one(&q.app.pool)
            .await
            .expect("member");
    q.answer(unanswered, creator, Answer::Granted).await;
    let console = q.page("/organizer?lang=en").await;
    assert!(console.contains("2 projects wait for review."), "{console}");
    assert!(
        console.contains("No creator waits for a guardian’s consent."),
        "{console}"
    );
}
