//! Demo judging, made through the same operations as the real thing: the demo judges
//! join an event in their capacities with profiles and conflicts, the event moves through
//! its phases, an assignment batch gives the volunteers their projects, and they score.
//! Last year's event goes all the way: VIP picks, the award panel's scores and the award
//! decision, then the announcement; this year's stops mid-shortlisting with some scores in.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sqlx::PgConnection;
use uuid::Uuid;

use crate::db;
use crate::domain::Phase;
use crate::domain::account::{EmailAddress, Role};
use crate::domain::judge::{ConflictTarget, JudgeKind, JudgeKinds, JudgeProfile};
use crate::domain::judging::{AwardRubric, Mark, Rubric};
use crate::operations::{self, Actor, Capacity, Via, assignment, events, favourites, judging};

/// A demo judge: email (a demo account), capacities, title, bio, languages, and how they
/// mark (added to a project's quality, so some are harsh and some lenient).
struct DemoJudge {
    email: &'static str,
    kinds: &'static [JudgeKind],
    title: &'static str,
    bio: &'static str,
    languages: &'static [&'static str],
    temper: i32,
}

const JUDGES: &[DemoJudge] = &[
    DemoJudge {
        email: "judge@demo.showcase.test",
        kinds: &[JudgeKind::Volunteer],
        title: "Software engineer, Code Club volunteer",
        bio: "Jonas has run a Code Club in Hamburg for six years.",
        languages: &["en", "de", "nl"],
        temper: -2,
    },
    DemoJudge {
        email: "lucas.judge@demo.showcase.test",
        kinds: &[JudgeKind::Volunteer],
        title: "Teacher of computing",
        bio: "Lucas teaches computing in Porto and Lisbon.",
        languages: &["pt", "es", "en"],
        temper: 2,
    },
    DemoJudge {
        email: "nadia.judge@demo.showcase.test",
        kinds: &[JudgeKind::Volunteer],
        title: "Data scientist",
        bio: "Nadia builds tools for clean water projects.",
        languages: &["ar", "fr", "en"],
        temper: 0,
    },
    DemoJudge {
        email: "ravi.judge@demo.showcase.test",
        kinds: &[JudgeKind::Volunteer, JudgeKind::AwardPanel],
        title: "Hardware designer",
        bio: "Ravi designs microcontrollers and mentors young makers.",
        languages: &["hi", "bn", "en"],
        temper: 1,
    },
    DemoJudge {
        email: "yuki.judge@demo.showcase.test",
        kinds: &[JudgeKind::Volunteer, JudgeKind::AwardPanel],
        title: "Game developer",
        bio: "Yuki makes games for small screens.",
        languages: &["ja", "ko", "zh-Hans", "en"],
        temper: -1,
    },
    DemoJudge {
        email: "vip.judge@demo.showcase.test",
        kinds: &[JudgeKind::Vip],
        title: "Chief Technology Officer, Broadcom Foundation",
        bio: "Amara started coding at twelve on a borrowed laptop and has championed young makers ever since.",
        languages: &["en", "fr", "sw"],
        temper: 0,
    },
    DemoJudge {
        email: "vip2.judge@demo.showcase.test",
        kinds: &[JudgeKind::Vip, JudgeKind::AwardPanel],
        title: "Astronaut and engineer",
        bio: "Sofia has flown to the space station twice and still loves Scratch.",
        languages: &["es", "it", "en"],
        temper: 0,
    },
];

/// Quotes the demo VIP judges give their favourites.
const QUOTES: &[&str] = &[
    "I laughed out loud, then I wanted to play it again.",
    "Clever, kind and beautifully explained.",
    "The kind of project that makes you want to start coding today.",
    "A real problem, solved with real care for the people it helps.",
    "I could not stop tinkering with it.",
    "Simple on the outside, seriously smart on the inside.",
    "This team thought about every single user.",
];

/// How far a demo event's judging goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Shortlisting, with about `percent` of the assignments scored.
    Shortlisting { percent: u32 },
    /// Everything, through the announcement.
    Announced,
}

fn mark(n: i32) -> Mark {
    Mark::try_from(i64::from(n.clamp(0, 10))).unwrap_or(Mark::MIN)
}

/// Runs an event's demo judging. The event is in its submissions phase with its projects.
pub async fn demo_judging(
    conn: &mut PgConnection,
    event: Uuid,
    stage: Stage,
    rng_seed: u64,
) -> anyhow::Result<()> {
    let mut rng = StdRng::seed_from_u64(rng_seed);
    let Some(organizer) = db::users::with_role(conn, Role::Organizer)
        .await?
        .first()
        .copied()
    else {
        return Ok(());
    };
    let org = Actor::account(organizer, vec![Role::Organizer], Via::Seed, None);
    let op = |e: operations::OpError| anyhow::anyhow!("demo judging: {e:?}");

    // The judges, their profiles, and a conflict: Jonas helps one of the code clubs.
    let mut judges: Vec<(Uuid, &DemoJudge)> = Vec::new();
    for j in JUDGES {
        let email = EmailAddress::parse(j.email).map_err(|e| anyhow::anyhow!("{e}"))?;
        let Some(user) = db::users::by_email(conn, &email).await? else {
            continue;
        };
        let kinds = JudgeKinds::new(j.kinds.iter().copied()).map_err(|e| anyhow::anyhow!("{e}"))?;
        judging::add_judge_in(
            conn,
            &org,
            Capacity::Role(Role::Organizer),
            event,
            user.id,
            &kinds,
        )
        .await
        .map_err(op)?;
        let me = Actor::account(user.id, vec![Role::Judge], Via::Seed, None);
        let languages: Vec<String> = j.languages.iter().map(|l| (*l).to_owned()).collect();
        let profile = JudgeProfile::parse(j.title, j.bio, &languages)
            .map_err(|e| anyhow::anyhow!("demo judge profile: {e:?}"))?;
        judging::save_profile_in(conn, &me, &profile)
            .await
            .map_err(op)?;
        judges.push((user.id, j));
    }
    if let Some((jonas, _)) = judges.first() {
        let club = EmailAddress::parse("club.gb@demo.showcase.test")
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let me = Actor::account(*jonas, vec![Role::Judge], Via::Seed, None);
        judging::add_conflict_in(
            conn,
            &me,
            *jonas,
            &ConflictTarget::Account(club),
            "I volunteer at this club.",
        )
        .await
        .map_err(op)?;
    }

    // Submissions close; the volunteers get their projects; shortlisting begins.
    events::move_phase_in(conn, &org, event, Phase::Moderation, false, "")
        .await
        .map_err(op)?;
    match assignment::apply_in(conn, &org, event, None).await {
        Ok(_) | Err(operations::OpError::Refused("assignment-nothing-to-do")) => {}
        Err(e) => return Err(op(e)),
    }
    events::move_phase_in(conn, &org, event, Phase::Shortlisting, false, "")
        .await
        .map_err(op)?;
    let percent = match stage {
        Stage::Shortlisting { percent } => percent,
        Stage::Announced => 100,
    };
    for (judge, demo) in &judges {
        if !demo.kinds.contains(&JudgeKind::Volunteer) {
            continue;
        }
        let me = Actor::account(*judge, vec![Role::Judge], Via::Seed, None);
        for a in db::judging::assigned(conn, event, *judge).await? {
            if rng.random_range(0..100) >= percent {
                continue;
            }
            // A project's quality comes from its id, so every judge sees the same one.
            let quality = i32::from(a.project_id.as_bytes()[0] % 8) + 2;
            let m = |spread: i32| mark(quality + demo.temper + spread);
            let rubric = Rubric {
                coolness: m(rng.random_range(-1..=1)),
                complexity: m(rng.random_range(-2..=1)),
                presentation: m(rng.random_range(-1..=1)),
                design: m(rng.random_range(-1..=2)),
            };
            judging::score_in(conn, &me, a.project_id, &rubric, "")
                .await
                .map_err(op)?;
        }
    }
    if stage != Stage::Announced {
        return Ok(());
    }

    // Favourites: each VIP judge picks from the shortlist of their categories.
    events::move_phase_in(conn, &org, event, Phase::Favourites, false, "")
        .await
        .map_err(op)?;
    let shortlist = judging::shortlist(conn, event).await.map_err(op)?;
    let slugs: Vec<String> = shortlist
        .categories
        .iter()
        .map(|(s, _)| s.clone())
        .collect();
    let settings = db::judging::settings(conn, event).await?;
    let vips: Vec<Uuid> = judges
        .iter()
        .filter(|(_, d)| d.kinds.contains(&JudgeKind::Vip))
        .map(|(id, _)| *id)
        .collect();
    let mut quotes = QUOTES.iter().cycle();
    for (i, vip) in vips.iter().enumerate() {
        // The VIPs share the categories out between them.
        let mine: Vec<String> = slugs
            .iter()
            .enumerate()
            .filter(|(c, _)| c % vips.len().max(1) == i)
            .map(|(_, s)| s.clone())
            .collect();
        favourites::set_vip_categories_in(conn, &org, event, *vip, &mine)
            .await
            .map_err(op)?;
        let me = Actor::account(*vip, vec![Role::Judge], Via::Seed, None);
        let mut picks = Vec::new();
        for (slug, c) in &shortlist.categories {
            if !mine.contains(slug) {
                continue;
            }
            if let Some(top) = c.shortlisted().next()
                && picks.len() < usize::try_from(settings.favourites_per_vip).unwrap_or(3)
                && !db::judging::is_conflicted(conn, *vip, top.project).await?
            {
                let quote = quotes.next().copied().unwrap_or("Wonderful.");
                picks.push((top.project, quote.to_owned()));
            }
        }
        if !picks.is_empty() {
            favourites::save_picks_in(conn, &me, event, &picks)
                .await
                .map_err(op)?;
        }
    }

    // The award panel scores the candidates; the organizers confirm the top one.
    let kind = "coding-with-commitment";
    let candidates = db::favourites::award_candidates(conn, event).await?;
    for (judge, demo) in &judges {
        if !demo.kinds.contains(&JudgeKind::AwardPanel) {
            continue;
        }
        let me = Actor::account(*judge, vec![Role::Judge], Via::Seed, None);
        for c in candidates.iter().take(20) {
            if db::judging::is_conflicted(conn, *judge, c.project_id).await? {
                continue;
            }
            let base = i32::from(c.project_id.as_bytes()[1] % 6) + 4;
            let rubric = AwardRubric {
                impact: mark(base + rng.random_range(-1..=1)),
                sdg: mark(base + rng.random_range(-1..=1)),
                technical: mark(base + rng.random_range(-2..=1)),
                creativity: mark(base + rng.random_range(-1..=2)),
            };
            favourites::score_award_in(conn, &me, event, kind, c.project_id, &rubric, "")
                .await
                .map_err(op)?;
        }
    }
    let ranking = favourites::award_ranking(conn, event, kind)
        .await
        .map_err(op)?;
    if let Some(top) = ranking.top().first() {
        let reason = if ranking.top().len() > 1 {
            "The panel met and chose it for its reach in its town."
        } else {
            ""
        };
        favourites::decide_award_in(
            conn,
            &org,
            event,
            kind,
            top.project,
            "For a project that serves its community and the Global Goals with real care.",
            reason,
        )
        .await
        .map_err(op)?;
    }
    events::move_phase_in(conn, &org, event, Phase::Announced, false, "")
        .await
        .map_err(op)?;
    Ok(())
}

/// Verified volunteer judge accounts `bench-judge-<i>@bench.showcase.test` (password
/// `DEMO_PASSWORD`) in the current event, reading the event's languages, with projects
/// assigned by one more assignment batch: the judges' panel benchmark. Returns how many
/// assignments the batch made.
pub async fn bench_judges(pool: &sqlx::PgPool, count: usize) -> anyhow::Result<usize> {
    use crate::auth::password;
    use crate::domain::account::{DisplayName, NewPassword};
    let hash = password::hash(
        NewPassword::parse(super::DEMO_PASSWORD).map_err(|e| anyhow::anyhow!("{e}"))?,
    )
    .await?;
    let mut tx = pool.begin().await?;
    let event = db::events::current(&mut tx)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no current event: seed the demo first"))?;
    let id = event.id.0;
    let organizer = db::users::with_role(&mut tx, Role::Organizer)
        .await?
        .first()
        .copied()
        .ok_or_else(|| anyhow::anyhow!("no organizer: seed the demo first"))?;
    let org = Actor::account(organizer, vec![Role::Organizer], Via::Seed, None);
    let op = |e: operations::OpError| anyhow::anyhow!("bench judges: {e:?}");
    let tags: Vec<String> = event
        .content_languages
        .iter()
        .map(|t| t.to_string())
        .collect();
    let kinds = JudgeKinds::new([JudgeKind::Volunteer]).map_err(|e| anyhow::anyhow!("{e}"))?;
    for i in 0..count {
        let email = EmailAddress::parse(&format!("bench-judge-{i}@bench.showcase.test"))
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let user = match db::users::by_email(&mut tx, &email).await? {
            Some(u) => u.id,
            None => {
                let name = DisplayName::parse(&format!("Bench judge {i}"))
                    .map_err(|e| anyhow::anyhow!("{e}"))?;
                let user = db::users::insert_user(&mut tx, &email, Some(&hash), &name, "en", true)
                    .await?
                    .ok_or_else(|| anyhow::anyhow!("bench judge exists"))?;
                db::users::grant_role(&mut tx, user, Role::Judge, None).await?;
                user
            }
        };
        judging::add_judge_in(
            &mut tx,
            &org,
            Capacity::Role(Role::Organizer),
            id,
            user,
            &kinds,
        )
        .await
        .map_err(op)?;
        // Everyone reads English and two more of the event's languages.
        let languages: Vec<String> = std::iter::once("en".to_owned())
            .chain(tags.iter().skip(1 + i % 8).take(2).cloned())
            .collect();
        let profile = JudgeProfile::parse("Benchmark judge", "", &languages)
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        let me = Actor::account(user, vec![Role::Judge], Via::Seed, None);
        judging::save_profile_in(&mut tx, &me, &profile)
            .await
            .map_err(op)?;
    }
    let made = match assignment::apply_in(&mut tx, &org, id, None).await {
        Ok(batch) => db::judging::batch_judges(&mut tx, batch)
            .await?
            .iter()
            .map(|(_, n)| usize::try_from(*n).unwrap_or(0))
            .sum(),
        Err(operations::OpError::Refused("assignment-nothing-to-do")) => 0,
        Err(e) => return Err(op(e)),
    };
    tx.commit().await?;
    Ok(made)
}
