//! Judging end to end: judges invited in their capacities, profiles and conflicts, the
//! assignment batches, scoring in the judges' panel, the shortlist, VIP picks, the award
//! decision, and the results becoming public only when the event announces them.

use std::collections::{HashMap, HashSet};

use chrono::Duration;
use showcase::domain::account::Role;
use uuid::Uuid;

use crate::helpers::{
    Browser, TestApp, accept_invitation, csrf_in, location, open_event, spawn_app_with,
    whole_word_in,
};
use crate::services::SmtpServer;

/// An event with `count` published projects made by the demo seed's code clubs.
async fn event_with_projects(app: &TestApp, count: usize) -> (Uuid, Vec<(Uuid, String)>) {
    let event = open_event(app, "Europe/Lisbon", Duration::days(5)).await;
    let mut conn = app.pool.acquire().await.expect("conn");
    showcase::seed::projects::demo_projects(&mut conn, &app.storage(), event, count, 0, 2027)
        .await
        .expect("projects");
    drop(conn);
    let published: Vec<(Uuid, String)> = sqlx::query_as(
        "SELECT project_id, category FROM public_projects WHERE event_id = $1 ORDER BY project_id",
    )
    .bind(event)
    .fetch_all(&app.pool)
    .await
    .expect("published");
    assert!(published.len() >= 6, "the seed publishes most projects");
    (event, published)
}

/// Invites `email` as a judge in `kinds` (form names like `kind_vip`) and accepts the
/// emailed link as a new account named `name`: the judge's signed-in browser.
async fn invited_judge(
    app: &TestApp,
    smtp: &SmtpServer,
    organizer: &Browser,
    email: &str,
    name: &str,
    kinds: &[&str],
) -> (Browser, Uuid) {
    let mut form = vec![("email", email), ("role", "judge")];
    form.extend(kinds.iter().map(|k| (*k, "on")));
    assert_eq!(
        organizer
            .post("/organizer/invitations", &form)
            .await
            .status(),
        303
    );
    let judge = accept_invitation(app, smtp, email, name).await;
    let id: Uuid = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(&app.pool)
        .await
        .expect("judge");
    (judge, id)
}

async fn move_to(organizer: &Browser, event: Uuid, to: &str) {
    let event = event.to_string();
    let res = organizer
        .post("/organizer/event/phase", &[("event", &event), ("to", to)])
        .await;
    assert_eq!(res.status(), 303, "move to {to}");
}

fn hidden(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    page.split(&marker)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_default()
        .to_owned()
}

async fn assignments(app: &TestApp) -> Vec<(Uuid, Uuid)> {
    sqlx::query_as("SELECT project_id, judge_id FROM assignments ORDER BY project_id, judge_id")
        .fetch_all(&app.pool)
        .await
        .expect("assignments")
}

#[tokio::test]
async fn a_whole_judging_round_through_http() {
    let smtp = SmtpServer::start();
    let url = smtp.url();
    let app = spawn_app_with(&[("SHOWCASE_MAIL__SMTP_URL", url.as_str())]).await;
    let organizer = app.signed_in("org@example.org", &[Role::Organizer]).await;
    let (event, published) = event_with_projects(&app, 20).await;

    // Judges in their capacities, invited and accepted by email.
    let (harsh, _) = invited_judge(
        &app,
        &smtp,
        &organizer,
        "harsh@example.org",
        "Hana",
        &["kind_volunteer", "kind_award_panel"],
    )
    .await;
    let (lenient, _) = invited_judge(
        &app,
        &smtp,
        &organizer,
        "lenient@example.org",
        "Leo",
        &["kind_volunteer"],
    )
    .await;
    let (third, third_id) = invited_judge(
        &app,
        &smtp,
        &organizer,
        "third@example.org",
        "Tomás",
        &["kind_volunteer"],
    )
    .await;
    let (vip, vip_id) = invited_judge(
        &app,
        &smtp,
        &organizer,
        "vip@example.org",
        "Valeria",
        &["kind_vip"],
    )
    .await;
    let kinds: Vec<(String, Vec<String>)> = sqlx::query_as(
        "SELECT u.display_name, j.kinds::text[] FROM event_judges j JOIN users u ON u.id = j.user_id
         ORDER BY u.display_name",
    )
    .fetch_all(&app.pool)
    .await
    .expect("kinds");
    assert_eq!(kinds.len(), 4);
    assert!(kinds.contains(&(
        "Hana".into(),
        vec!["volunteer".into(), "award_panel".into()]
    )));

    // Profiles: a language is needed; what was typed stays when it is missing.
    let res = harsh
        .post(
            "/judge/profile",
            &[("title", "Engineer"), ("bio", "Builds robots.")],
        )
        .await;
    assert_eq!(res.status(), 400);
    let page = res.text().await.expect("page");
    assert!(page.contains("Builds robots.") && page.contains("at least one language"));
    for judge in [&harsh, &lenient, &third, &vip] {
        let res = judge
            .post(
                "/judge/profile",
                &[
                    ("title", "Engineer at Broadcom"),
                    ("bio", "Loves Scratch."),
                    ("languages", "en"),
                    ("languages", "es"),
                ],
            )
            .await;
        assert_eq!(res.status(), 303);
    }

    // A conflict: the third judge runs one of the code clubs.
    let club_email: String = sqlx::query_scalar(
        "SELECT u.email FROM users u JOIN creators c ON c.managed_by = u.id
         JOIN project_members m ON m.creator_id = c.id
         JOIN public_projects p ON p.project_id = m.project_id LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a club account");
    let res = third
        .post(
            "/judge/conflicts",
            &[
                ("kind", "account"),
                ("email", &club_email),
                ("note", "My club"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let club_projects: HashSet<Uuid> =
        sqlx::query_scalar("SELECT project_id FROM judge_conflict_pairs WHERE judge_id = $1")
            .bind(third_id)
            .fetch_all(&app.pool)
            .await
            .expect("pairs")
            .into_iter()
            .collect();
    assert!(!club_projects.is_empty());

    // Assignment: refused while submissions are open; previewed, applied, undone, applied.
    let page = organizer.get_text("/organizer/assignment").await;
    assert!(page.contains("new assignments"), "{page}");
    let fingerprint = hidden(&page, "fingerprint");
    assert!(
        fingerprint.is_empty(),
        "no apply button while submissions are open"
    );
    move_to(&organizer, event, "moderation").await;
    let page = organizer.get_text("/organizer/assignment").await;
    let fingerprint = hidden(&page, "fingerprint");
    assert_eq!(fingerprint.len(), 64);
    let res = organizer
        .post(
            "/organizer/assignment/apply",
            &[("fingerprint", &fingerprint)],
        )
        .await;
    assert_eq!(res.status(), 303);
    let first = assignments(&app).await;
    assert_eq!(first.len(), published.len() * 2, "two judges per project");
    assert!(
        first
            .iter()
            .all(|(p, j)| !(*j == third_id && club_projects.contains(p))),
        "never a conflict"
    );
    assert!(
        first.iter().all(|(_, j)| *j != vip_id),
        "only volunteers are assigned"
    );
    // The same fingerprint again: the state changed, nothing is applied twice.
    let res = organizer
        .post(
            "/organizer/assignment/apply",
            &[("fingerprint", &fingerprint)],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(assignments(&app).await, first);
    let batch: Uuid = sqlx::query_scalar("SELECT id FROM assignment_batches")
        .fetch_one(&app.pool)
        .await
        .expect("batch");
    let res = organizer
        .post(&format!("/organizer/assignment/{batch}/undo"), &[])
        .await;
    assert_eq!(res.status(), 303);
    assert!(
        assignments(&app).await.is_empty(),
        "undo removes the batch exactly"
    );
    let page = organizer.get_text("/organizer/assignment").await;
    let res = organizer
        .post(
            "/organizer/assignment/apply",
            &[("fingerprint", &hidden(&page, "fingerprint"))],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        assignments(&app).await,
        first,
        "the optimisation is deterministic"
    );
    // Each volunteer judge got an email about their projects.
    app.drain_jobs().await;
    let mail = app
        .email(&smtp, "lenient@example.org", "waiting for your score")
        .await;
    assert!(mail.link(&app.address).ends_with("/judge"));

    // Scoring: only while shortlisting.
    let next = location(&harsh.get("/judge/next").await);
    assert!(next.starts_with("/judge/projects/"));
    let res = harsh
        .post(
            &format!("{next}/score"),
            &[
                ("coolness", "5"),
                ("complexity", "5"),
                ("presentation", "5"),
                ("design", "5"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(app.count("scores").await, 0, "not in moderation");
    move_to(&organizer, event, "shortlisting").await;
    // A bad mark keeps what was typed.
    let res = harsh
        .post(
            &format!("{next}/score"),
            &[
                ("coolness", "11"),
                ("complexity", "5"),
                ("presentation", "5"),
                ("design", "5"),
                ("comment", "Kept comment"),
            ],
        )
        .await;
    assert_eq!(res.status(), 400);
    let page = res.text().await.expect("page");
    assert!(page.contains("Kept comment") && page.contains("whole number from 0 to 10"));
    // The panel shows the project as the public sees it: never a surname.
    let surnames: Vec<String> = sqlx::query_scalar("SELECT surname FROM creators")
        .fetch_all(&app.pool)
        .await
        .expect("surnames");
    let page = harsh.get_text(&next).await;
    for s in &surnames {
        if let Some(around) = whole_word_in(&page, s) {
            panic!("surname {s} on the panel: {around}");
        }
    }
    assert!(!page.contains(&club_email), "no guardian address");

    // A harsh and a lenient judge, and a third in between: the same true order.
    let quality: HashMap<Uuid, u8> = published
        .iter()
        .enumerate()
        .map(|(i, (p, _))| (*p, u8::try_from(i % 8).unwrap_or(0)))
        .collect();
    // Marks follow each project's quality, shifted by the judge's temper.
    async fn score_by_quality(
        judge: &Browser,
        quality: &HashMap<Uuid, u8>,
        shift: fn(u8) -> u8,
    ) -> usize {
        let mut n = 0;
        loop {
            let next = location(&judge.get("/judge/next").await);
            if next == "/judge" {
                return n;
            }
            let project = Uuid::parse_str(next.trim_start_matches("/judge/projects/")).expect("id");
            let mark = shift(quality[&project]).to_string();
            let res = judge
                .post(
                    &format!("{next}/score"),
                    &[
                        ("coolness", mark.as_str()),
                        ("complexity", mark.as_str()),
                        ("presentation", mark.as_str()),
                        ("design", mark.as_str()),
                    ],
                )
                .await;
            assert_eq!(res.status(), 303);
            n += 1;
            assert!(n < 100);
        }
    }
    let scored_harsh = score_by_quality(&harsh, &quality, |q| q / 2).await;
    let scored_lenient = score_by_quality(&lenient, &quality, |q| (q + 3).min(10)).await;
    let scored_third = score_by_quality(&third, &quality, |q| q).await;
    assert_eq!(
        scored_harsh + scored_lenient + scored_third,
        published.len() * 2
    );
    let panel = harsh.get_text("/judge").await;
    assert!(panel.contains("All done"), "progress says so");

    // The shortlist: per category, raw and normalised values; an adjustment with a reason.
    let page = organizer.get_text("/organizer/shortlist").await;
    assert!(page.contains("Normalised") && page.contains("shortlisted"));
    let (excluded, _) = published[0].clone();
    let res = organizer
        .post(
            &format!("/organizer/shortlist/{excluded}"),
            &[("action", "exclude"), ("reason", "")],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        app.count("shortlist_adjustments").await,
        0,
        "a reason is needed"
    );
    let res = organizer
        .post(
            &format!("/organizer/shortlist/{excluded}"),
            &[
                ("action", "exclude"),
                ("reason", "Entered twice by mistake"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let page = organizer.get_text("/organizer/shortlist").await;
    assert!(page.contains("Entered twice by mistake"));

    // VIP favourites: categories from the organizers, picks while the phase allows.
    let category = published[1].1.clone();
    let res = organizer
        .post(
            &format!("/organizer/favourites/{vip_id}"),
            &[("category", &category)],
        )
        .await;
    assert_eq!(res.status(), 303);
    let pick = published
        .iter()
        .find(|(_, c)| *c == category)
        .map(|(p, _)| p.to_string())
        .expect("a project of the category");
    let too_long = "é".repeat(201);
    let res = vip
        .post(
            "/judge/favourites",
            &[("pick_1", &pick), ("quote_1", "Too early.")],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        app.count("favourites").await,
        0,
        "not before the favourites phase"
    );
    move_to(&organizer, event, "favourites").await;
    // Scores are locked now.
    let res = harsh
        .post(
            &format!("{next}/score"),
            &[
                ("coolness", "9"),
                ("complexity", "9"),
                ("presentation", "9"),
                ("design", "9"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let locked: i16 = sqlx::query_scalar("SELECT coolness FROM scores s JOIN users u ON u.id = s.judge_id WHERE u.email = 'harsh@example.org' AND s.project_id = $1")
        .bind(Uuid::parse_str(next.trim_start_matches("/judge/projects/")).expect("id"))
        .fetch_one(&app.pool)
        .await
        .expect("score");
    assert_ne!(locked, 9, "scores cannot change after shortlisting");
    let res = vip
        .post(
            "/judge/favourites",
            &[("pick_1", &pick), ("quote_1", &too_long)],
        )
        .await;
    assert_eq!(res.status(), 400);
    assert!(
        res.text().await.expect("page").contains(&too_long),
        "the quote is kept"
    );
    let res = vip
        .post(
            "/judge/favourites",
            &[
                ("pick_1", &pick),
                ("quote_1", "Clever, kind and beautifully explained."),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);

    // The award: the panel scores a candidate, organizers confirm it.
    let candidate: Uuid = sqlx::query_scalar(
        "SELECT d.project_id FROM public_documents d JOIN public_projects p USING (project_id)
         WHERE p.event_id = $1 AND jsonb_array_length(d.doc->'sdgs') > 0 AND d.doc->>'community' <> ''
         ORDER BY d.project_id LIMIT 1",
    )
    .bind(event)
    .fetch_one(&app.pool)
    .await
    .unwrap_or_else(|e| {
        panic!("an award candidate: {e}; published {}", published.len())
    });
    assert!(
        harsh
            .get_text("/judge/award")
            .await
            .contains("/judge/award/coding-with-commitment/")
    );
    let res = harsh
        .post(
            &format!("/judge/award/coding-with-commitment/{candidate}"),
            &[
                ("impact", "9"),
                ("sdg", "8"),
                ("technical", "7"),
                ("creativity", "9"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let res = organizer
        .post(
            "/organizer/award/coding-with-commitment",
            &[
                ("project", &candidate.to_string()),
                ("citation", "For a project that serves its town."),
                ("reason", ""),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);

    // Nothing of it is public before the announcement; all of it after.
    let doc = |id: String| {
        let app = &app;
        async move {
            app.get(&format!("/api/v1/projects/{id}"))
                .await
                .json::<serde_json::Value>()
                .await
                .expect("json")
        }
    };
    assert_eq!(doc(pick.clone()).await["favourites"], serde_json::json!([]));
    assert_eq!(
        doc(candidate.to_string()).await["awards"],
        serde_json::json!([])
    );
    move_to(&organizer, event, "announced").await;
    let favourites = doc(pick.clone()).await["favourites"].clone();
    assert_eq!(
        favourites[0]["quote"],
        "Clever, kind and beautifully explained."
    );
    assert_eq!(favourites[0]["judge"], "Valeria");
    let awards = doc(candidate.to_string()).await["awards"].clone();
    assert_eq!(awards[0]["kind"], "coding-with-commitment");
    let page = app
        .get(&format!("/gallery/{candidate}"))
        .await
        .text()
        .await
        .expect("page");
    assert!(page.contains("For a project that serves its town."));
    // Private comments never reach the public.
    assert!(!doc(pick).await.to_string().contains("Private note"));

    // Every change is on record.
    let actions: Vec<String> =
        sqlx::query_scalar("SELECT DISTINCT action FROM audit_log ORDER BY action")
            .fetch_all(&app.pool)
            .await
            .expect("audit");
    for action in [
        "assignment.apply",
        "assignment.undo",
        "award.decide",
        "award.score",
        "favourites.save",
        "judge.add",
        "judge.conflict_add",
        "judge.profile",
        "score.create",
        "shortlist.adjust",
        "vip.categories",
    ] {
        assert!(
            actions.iter().any(|a| a == action),
            "{action} audited: {actions:?}"
        );
    }
}

/// What a judging action did: allowed and done, refused for the phase (naming the
/// action), refused for the person, or refused by another rule (e.g. nothing to assign).
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    Done,
    NotInPhase,
    NotForYou,
    OtherRule,
}

fn outcome<T>(r: Result<T, showcase::operations::OpError>) -> Outcome {
    use showcase::operations::OpError;
    match r {
        Ok(_) => Outcome::Done,
        Err(OpError::NotInPhase(_)) => Outcome::NotInPhase,
        Err(OpError::Forbidden | OpError::NotFound) => Outcome::NotForYou,
        Err(OpError::Refused(_) | OpError::Invalid(_)) => Outcome::OtherRule,
        Err(e) => panic!("unexpected error: {e:?}"),
    }
}

#[tokio::test]
async fn every_judging_action_in_every_phase_for_every_role() {
    use showcase::domain::judge::{JudgeKind, JudgeKinds, parse_award_rubric, parse_rubric};
    use showcase::domain::{Phase, PhaseAction};
    use showcase::operations::{Actor, Capacity, Via, assignment, favourites, judging};

    let app = spawn_app_with(&[]).await;
    // The seed's moderator: the first organizer.
    let organizer_id = app.create_user("org@example.org", &[Role::Organizer]).await;
    let (event, published) = event_with_projects(&app, 20).await;
    let ops = app.ops();
    let organizer = app.actor(organizer_id, &[Role::Organizer]);
    let judge = |email: &'static str, kind: JudgeKind| {
        let app = &app;
        async move {
            let id = app.create_user(email, &[Role::Judge]).await;
            let mut conn = app.pool.acquire().await.expect("conn");
            let system = Actor::system(Via::Seed);
            let kinds = JudgeKinds::new([kind]).expect("kinds");
            judging::add_judge_in(&mut conn, &system, Capacity::System, event, id, &kinds)
                .await
                .expect("judge");
            (id, app.actor(id, &[Role::Judge]))
        }
    };
    let (volunteer_id, volunteer) = judge("v@example.org", JudgeKind::Volunteer).await;
    let (vip_id, vip) = judge("p@example.org", JudgeKind::Vip).await;
    let (_, panel) = judge("a@example.org", JudgeKind::AwardPanel).await;
    let creator_id = app.create_user("c@example.org", &[Role::Creator]).await;
    let creator = app.actor(creator_id, &[Role::Creator]);
    let adult_id = app.create_user("g@example.org", &[Role::Adult]).await;
    let adult = app.actor(adult_id, &[Role::Adult]);
    let visitor = Actor::visitor(Via::Web, None);
    let everyone = [
        &visitor, &creator, &adult, &volunteer, &vip, &panel, &organizer,
    ];
    // The VIP's category, and an award candidate.
    let category = published[0].1.clone();
    let categories = [category.clone()];
    {
        let mut conn = app.pool.acquire().await.expect("conn");
        favourites::set_vip_categories_in(&mut conn, &organizer, event, vip_id, &categories)
            .await
            .expect("vip categories");
    }
    let pick = published[0].0;
    let candidate: Uuid = sqlx::query_scalar(
        "SELECT d.project_id FROM public_documents d JOIN public_projects p USING (project_id)
         WHERE p.event_id = $1 AND jsonb_array_length(d.doc->'sdgs') > 0 ORDER BY 1 LIMIT 1",
    )
    .bind(event)
    .fetch_one(&app.pool)
    .await
    .expect("candidate");
    let rubric = parse_rubric("7", "7", "7", "7").expect("rubric");
    let award_rubric = parse_award_rubric("8", "8", "8", "8").expect("rubric");
    let kind = "coding-with-commitment";

    let mut checked = 0;
    for phase in Phase::ALL {
        let mut conn = app.pool.acquire().await.expect("conn");
        showcase::db::events::set_phase(&mut conn, event, phase)
            .await
            .expect("phase");
        drop(conn);
        let assigned: Option<Uuid> = sqlx::query_scalar(
            "SELECT project_id FROM assignments WHERE judge_id = $1 ORDER BY 1 LIMIT 1",
        )
        .bind(volunteer_id)
        .fetch_optional(&app.pool)
        .await
        .expect("assignment");
        for (action, right) in [
            (PhaseAction::AssignJudges, &organizer),
            (PhaseAction::Score, &volunteer),
            (PhaseAction::AdjustShortlist, &organizer),
            (PhaseAction::PickFavourites, &vip),
            (PhaseAction::ScoreAward, &panel),
            (PhaseAction::DecideAward, &organizer),
        ] {
            for actor in everyone {
                let done = match action {
                    PhaseAction::AssignJudges => {
                        let preview = assignment::preview(&ops, &organizer, event)
                            .await
                            .expect("preview");
                        outcome(
                            assignment::apply(&ops, actor, event, Some(&preview.fingerprint)).await,
                        )
                    }
                    PhaseAction::Score => match assigned {
                        Some(p) => outcome(judging::score(&ops, actor, p, &rubric, "").await),
                        // Before any assignment nobody has a project to score.
                        None => Outcome::NotForYou,
                    },
                    PhaseAction::AdjustShortlist => outcome(
                        judging::adjust_shortlist(&ops, actor, pick, Some(true), "Checked by hand")
                            .await,
                    ),
                    PhaseAction::PickFavourites => outcome(
                        favourites::save_picks(
                            &ops,
                            actor,
                            event,
                            &[(pick, "Wonderful.".to_owned())],
                        )
                        .await,
                    ),
                    PhaseAction::ScoreAward => outcome(
                        favourites::score_award(
                            &ops,
                            actor,
                            event,
                            kind,
                            candidate,
                            &award_rubric,
                            "",
                        )
                        .await,
                    ),
                    PhaseAction::DecideAward => outcome(
                        favourites::decide_award(
                            &ops,
                            actor,
                            event,
                            kind,
                            candidate,
                            "For its town.",
                            "",
                        )
                        .await,
                    ),
                    _ => unreachable!(),
                };
                let expected = if !std::ptr::eq(actor, right)
                    || (action == PhaseAction::Score && assigned.is_none())
                {
                    Outcome::NotForYou
                } else if !action.allowed_in(phase) {
                    Outcome::NotInPhase
                } else if action == PhaseAction::AssignJudges && done == Outcome::OtherRule {
                    // Allowed, but a second run in the same phases finds nothing to assign.
                    Outcome::OtherRule
                } else {
                    Outcome::Done
                };
                assert_eq!(
                    done, expected,
                    "{action:?} in {phase:?} by {:?}",
                    actor.roles
                );
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 7 * 6 * 7);
    // What was allowed happened: scores, picks, the award; nothing else.
    assert!(app.count("scores").await >= 1);
    assert_eq!(app.count("favourites").await, 1);
    assert_eq!(app.count("awards").await, 1);
}

async fn upload_photo(judge: &Browser, bytes: Vec<u8>) -> reqwest::Response {
    let token = csrf_in(&judge.get_text("/judge/profile").await);
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", token)
        .part(
            "image",
            reqwest::multipart::Part::bytes(bytes)
                .file_name("me.png")
                .mime_str("image/png")
                .expect("mime"),
        );
    judge
        .client
        .post(judge.url("/judge/profile/photo"))
        .multipart(form)
        .send()
        .await
        .expect("upload")
}

#[tokio::test]
async fn photos_late_conflicts_drop_outs_and_late_projects() {
    use showcase::domain::judge::{JudgeKind, JudgeKinds};
    use showcase::operations::{Actor, Capacity, Via, judging};

    let app = spawn_app_with(&[]).await;
    let organizer = app.signed_in("org@example.org", &[Role::Organizer]).await;
    let (event, published) = event_with_projects(&app, 20).await;
    let mut judges = Vec::new();
    for email in ["one@example.org", "two@example.org", "three@example.org"] {
        let browser = app.signed_in(email, &[Role::Judge]).await;
        let id: Uuid = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
            .bind(email)
            .fetch_one(&app.pool)
            .await
            .expect("id");
        let mut conn = app.pool.acquire().await.expect("conn");
        let kinds = JudgeKinds::new([JudgeKind::Volunteer]).expect("kinds");
        judging::add_judge_in(
            &mut conn,
            &Actor::system(Via::Seed),
            Capacity::System,
            event,
            id,
            &kinds,
        )
        .await
        .expect("judge");
        judges.push((browser, id));
    }

    // A photo goes through the image pipeline: refused when it is not an image, processed
    // in the background, public once ready.
    let (one, one_id) = &judges[0];
    let res = upload_photo(one, b"not an image".to_vec()).await;
    assert_eq!(res.status(), 400);
    let page = res.text().await.expect("page");
    assert!(
        page.contains(r#"aria-describedby="f-photo-hint f-photo-error""#),
        "the file picker is described by its problem"
    );
    assert_eq!(
        upload_photo(one, crate::projects::png(400, 300))
            .await
            .status(),
        303
    );
    assert!(
        one.get_text("/judge/profile")
            .await
            .contains("being prepared")
    );
    app.drain_jobs().await;
    let page = one.get_text("/judge/profile").await;
    let src = page
        .split("class=\"judge-photo\" src=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("the photo is shown")
        .to_owned();
    let res = app.get(&src).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "image/jpeg");
    assert!(
        app.get("/judges/photos/00000000-0000-4000-8000-000000000000/480")
            .await
            .status()
            == 404
    );

    // Assign, then one judge declares a conflict with a project they were given: it is
    // taken from them at once, and never shown to them.
    move_to(&organizer, event, "moderation").await;
    let page = organizer.get_text("/organizer/assignment").await;
    let res = organizer
        .post(
            "/organizer/assignment/apply",
            &[("fingerprint", &hidden(&page, "fingerprint"))],
        )
        .await;
    assert_eq!(res.status(), 303);
    let given: Uuid =
        sqlx::query_scalar("SELECT project_id FROM assignments WHERE judge_id = $1 LIMIT 1")
            .bind(one_id)
            .fetch_one(&app.pool)
            .await
            .expect("an assignment");
    let res = one
        .post(
            "/judge/conflicts",
            &[
                ("kind", "project"),
                ("project", &format!("http://x.test/gallery/{given}")),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        one.get(&format!("/judge/projects/{given}")).await.status(),
        404
    );
    let still: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM assignments WHERE judge_id = $1 AND project_id = $2",
    )
    .bind(one_id)
    .bind(given)
    .fetch_one(&app.pool)
    .await
    .expect("count");
    assert_eq!(still, 0);
    // The project is short of a judge now; the next batch fills the gap with someone else.
    let page = organizer.get_text("/organizer/assignment").await;
    assert!(page.contains("1 new assignments"), "{page}");
    organizer
        .post(
            "/organizer/assignment/apply",
            &[("fingerprint", &hidden(&page, "fingerprint"))],
        )
        .await;
    let on_it: Vec<Uuid> =
        sqlx::query_scalar("SELECT judge_id FROM assignments WHERE project_id = $1")
            .bind(given)
            .fetch_all(&app.pool)
            .await
            .expect("judges");
    assert_eq!(on_it.len(), 2);
    assert!(!on_it.contains(one_id));

    // A judge drops out after scoring one project: the scored one stays, the rest go back
    // to the pool and are reassigned.
    move_to(&organizer, event, "shortlisting").await;
    let (two, two_id) = &judges[1];
    let next = location(&two.get("/judge/next").await);
    two.post(
        &format!("{next}/score"),
        &[
            ("coolness", "6"),
            ("complexity", "6"),
            ("presentation", "6"),
            ("design", "6"),
        ],
    )
    .await;
    let res = organizer
        .post(
            &format!("/organizer/judges/{two_id}"),
            &[("kind_volunteer", "on"), ("cap", "")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let left: i64 = sqlx::query_scalar("SELECT count(*) FROM assignments WHERE judge_id = $1")
        .bind(two_id)
        .fetch_one(&app.pool)
        .await
        .expect("left");
    assert_eq!(
        left, 1,
        "only the scored project stays with the judge who left"
    );
    let page = organizer.get_text("/organizer/assignment").await;
    organizer
        .post(
            "/organizer/assignment/apply",
            &[("fingerprint", &hidden(&page, "fingerprint"))],
        )
        .await;
    // Two judges remain, so every project has both of them (minus the conflict).
    let per_project: Vec<i64> = sqlx::query_scalar(
        "SELECT count(*) FROM assignments a JOIN public_projects p USING (project_id)
         WHERE a.judge_id <> $1 GROUP BY a.project_id",
    )
    .bind(two_id)
    .fetch_all(&app.pool)
    .await
    .expect("counts");
    assert_eq!(per_project.len(), published.len());
    assert!(per_project.iter().all(|n| *n >= 1));
    // The batch that cannot give the conflicted project two judges says why.
    let page = organizer.get_text("/organizer/assignment").await;
    assert!(
        page.contains("Not enough judges without a conflict"),
        "{page}"
    );

    // Organizers declare conflicts for a judge too: a whole team, as its creators.
    let (three, three_id) = &judges[2];
    let team_project = published[3].0;
    let res = organizer
        .post(
            &format!("/organizer/judges/{three_id}/conflicts"),
            &[("kind", "team"), ("project", &team_project.to_string())],
        )
        .await;
    assert_eq!(res.status(), 303);
    let creators: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM judge_conflicts WHERE judge_id = $1 AND kind = 'creator'",
    )
    .bind(three_id)
    .fetch_one(&app.pool)
    .await
    .expect("count");
    assert!(creators >= 1);
    assert_eq!(
        three
            .get(&format!("/judge/projects/{team_project}"))
            .await
            .status(),
        404
    );
    let page = three.get_text("/judge/conflicts").await;
    assert!(
        page.contains("added by the organizers"),
        "the judge sees it, and cannot remove it"
    );

    // Events can give other awards.
    let kinds = || async {
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM award_kinds WHERE event_id = $1")
            .bind(event)
            .fetch_one(&app.pool)
            .await
            .expect("kinds")
    };
    assert_eq!(kinds().await, 1);
    organizer
        .post("/organizer/awards", &[("kind", "Not A Slug")])
        .await;
    assert_eq!(kinds().await, 1);
    let res = organizer
        .post("/organizer/awards", &[("kind", "young-maker")])
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(kinds().await, 2);
    assert!(
        organizer
            .get_text("/organizer/award")
            .await
            .contains("young-maker")
    );
}
