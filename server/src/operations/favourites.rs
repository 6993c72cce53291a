//! VIP favourites and awards: organizers give VIP judges their categories; a VIP judge
//! picks their favourites (ordered, each with a one-line quote for the livestream) while
//! the phase allows it; award-panel members score the candidates; organizers decide the
//! award. Favourites and awards become public with the event's results (`publication`).

use std::collections::HashSet;

use serde_json::json;
use uuid::Uuid;

use super::judging::{judge_as, require_phase};
use super::{Actor, Capacity, OpError, Ops, Target, audit, commit};
use crate::db;
use crate::domain::PhaseAction;
use crate::domain::account::{InputError, Role};
use crate::domain::judge::JudgeKind;
use crate::domain::judging::{
    self, AwardCriterion, AwardRubric, DecisionError, PickProblem, PicksError,
};
use crate::publication;

const ORGANIZER: Capacity = Capacity::Role(Role::Organizer);
const JUDGE: Capacity = Capacity::Role(Role::Judge);

/// Gives a VIP judge the categories they pick favourites in.
pub async fn set_vip_categories(
    ops: &Ops,
    actor: &Actor,
    event: Uuid,
    judge: Uuid,
    slugs: &[String],
) -> Result<Vec<String>, OpError> {
    let mut tx = ops.begin().await?;
    let out = set_vip_categories_in(&mut tx, actor, event, judge, slugs).await?;
    commit(tx).await?;
    Ok(out)
}

/// The body of [`set_vip_categories`], in the caller's transaction.
pub async fn set_vip_categories_in(
    conn: &mut sqlx::PgConnection,
    actor: &Actor,
    event: Uuid,
    judge: Uuid,
    slugs: &[String],
) -> Result<Vec<String>, OpError> {
    actor.require(Role::Organizer)?;
    let j = db::judging::lock_judge(conn, event, judge)
        .await?
        .ok_or(OpError::NotFound)?;
    if !j.kinds.contains(JudgeKind::Vip) {
        return Err(OpError::Refused("favourites-not-vip"));
    }
    let set = db::favourites::set_vip_categories(conn, event, judge, slugs).await?;
    audit(
        conn,
        actor,
        ORGANIZER,
        "vip.categories",
        Target::User(judge),
        json!({ "event": event, "categories": set }),
    )
    .await?;
    Ok(set)
}

/// The Fluent key of a pick's problem.
fn pick_problem_key(problem: &PickProblem) -> &'static str {
    match problem {
        PickProblem::DuplicateProject { .. } => "error-pick-duplicate",
        PickProblem::NotAllowed => "error-pick-not-allowed",
        PickProblem::QuoteEmpty => "error-pick-quote-required",
        PickProblem::QuoteTooLong { .. } => "error-pick-quote-too-long",
        PickProblem::QuoteControlCharacter => "error-text-control-characters",
    }
}

/// Saves a VIP judge's favourites, in order (replacing earlier picks): each a project of
/// their categories that they have no conflict with, with a quote. Picks lock when the
/// phase moves on.
pub async fn save_picks(
    ops: &Ops,
    actor: &Actor,
    event: Uuid,
    picks: &[(Uuid, String)],
) -> Result<(), OpError> {
    let mut tx = ops.begin().await?;
    save_picks_in(&mut tx, actor, event, picks).await?;
    commit(tx).await
}

/// The body of [`save_picks`], in the caller's transaction.
pub async fn save_picks_in(
    conn: &mut sqlx::PgConnection,
    actor: &Actor,
    event: Uuid,
    picks: &[(Uuid, String)],
) -> Result<(), OpError> {
    let record = db::events::lock(conn, event)
        .await?
        .ok_or(OpError::NotFound)?;
    let judge = judge_as(conn, actor, event, JudgeKind::Vip).await?.user_id;
    require_phase(&record, PhaseAction::PickFavourites)?;
    let settings = db::judging::settings(conn, event).await?;
    let categories: Vec<String> = db::favourites::vip_categories(conn, event, judge)
        .await?
        .into_iter()
        .map(|(_, slug)| slug)
        .collect();
    let mut allowed: HashSet<Uuid> =
        db::favourites::published_in(conn, event, Some(&categories), "")
            .await?
            .into_iter()
            .map(|c| c.project_id)
            .collect();
    for (project, _) in picks {
        if db::judging::is_conflicted(conn, judge, *project).await? {
            allowed.remove(project);
        }
    }
    let max = usize::try_from(settings.favourites_per_vip).unwrap_or(3);
    let valid = judging::validate_picks(picks, |p| allowed.contains(&p), max).map_err(|e| {
        let (field, key) = match &e {
            PicksError::Empty => ("picks", "error-picks-empty"),
            PicksError::TooMany { .. } => ("picks", "error-picks-too-many"),
            PicksError::Invalid { position, problem } => {
                (pick_field(*position), pick_problem_key(problem))
            }
        };
        OpError::Invalid(vec![(field, InputError(key))])
    })?;
    let rows: Vec<(Uuid, String)> = valid
        .as_slice()
        .iter()
        .map(|p| (p.project(), p.quote().to_owned()))
        .collect();
    let before = db::favourites::replace_picks(conn, event, judge, &rows).await?;
    let mut touched: Vec<Uuid> = before
        .iter()
        .chain(rows.iter().map(|(p, _)| p))
        .copied()
        .collect();
    touched.sort();
    touched.dedup();
    for project in &touched {
        publication::refresh_project(conn, *project).await?;
    }
    audit(
        conn,
        actor,
        JUDGE,
        "favourites.save",
        Target::Event(event),
        json!({ "before": before, "after": rows.iter().map(|(p, _)| p).collect::<Vec<_>>() }),
    )
    .await?;
    Ok(())
}

/// The form field of the pick at `position` (1-based), for its error.
pub fn pick_field(position: usize) -> &'static str {
    match position {
        1 => "pick_1",
        2 => "pick_2",
        3 => "pick_3",
        4 => "pick_4",
        5 => "pick_5",
        6 => "pick_6",
        7 => "pick_7",
        8 => "pick_8",
        9 => "pick_9",
        _ => "pick_10",
    }
}

/// Longest comment of an award score, in characters.
pub const AWARD_COMMENT_MAX: usize = 2000;

/// Saves an award-panel member's marks for a candidate.
pub async fn score_award(
    ops: &Ops,
    actor: &Actor,
    event: Uuid,
    kind: &str,
    project: Uuid,
    rubric: &AwardRubric,
    comment: &str,
) -> Result<(), OpError> {
    let mut tx = ops.begin().await?;
    score_award_in(&mut tx, actor, event, kind, project, rubric, comment).await?;
    commit(tx).await
}

/// The body of [`score_award`], in the caller's transaction.
pub async fn score_award_in(
    conn: &mut sqlx::PgConnection,
    actor: &Actor,
    event: Uuid,
    kind: &str,
    project: Uuid,
    rubric: &AwardRubric,
    comment: &str,
) -> Result<(), OpError> {
    let mut errors = Vec::new();
    let comment =
        crate::domain::project::text(&mut errors, "comment", comment, AWARD_COMMENT_MAX, false);
    if !errors.is_empty() {
        return Err(OpError::Invalid(errors));
    }
    let record = super::judging::event(conn, event).await?;
    let member = judge_as(conn, actor, event, JudgeKind::AwardPanel)
        .await?
        .user_id;
    require_phase(&record, PhaseAction::ScoreAward)?;
    if !db::favourites::award_kinds(conn, event)
        .await?
        .iter()
        .any(|k| k == kind)
    {
        return Err(OpError::NotFound);
    }
    let candidates = db::favourites::award_candidates(conn, event).await?;
    if !candidates.iter().any(|c| c.project_id == project)
        || db::judging::is_conflicted(conn, member, project).await?
    {
        return Err(OpError::NotFound);
    }
    let marks = AwardCriterion::ALL.map(|c| i16::from(rubric.mark(c).get()));
    let before =
        db::favourites::save_award_score(conn, event, kind, project, member, marks, &comment)
            .await?;
    audit(
        conn,
        actor,
        JUDGE,
        "award.score",
        Target::Project(project),
        json!({ "kind": kind, "before": before, "after": marks }),
    )
    .await?;
    Ok(())
}

/// The award's ranking from the panel's scores.
pub async fn award_ranking(
    conn: &mut sqlx::PgConnection,
    event: Uuid,
    kind: &str,
) -> Result<judging::AwardRanking<Uuid>, OpError> {
    let scores = db::favourites::award_scores(conn, event, kind).await?;
    let rubrics: Vec<(Uuid, Uuid, AwardRubric)> = scores
        .into_iter()
        .filter_map(|(member, project, (m, _))| {
            let mark = |v: i16| judging::Mark::try_from(i64::from(v)).ok();
            Some((
                member,
                project,
                AwardRubric {
                    impact: mark(m[0])?,
                    sdg: mark(m[1])?,
                    technical: mark(m[2])?,
                    creativity: mark(m[3])?,
                },
            ))
        })
        .collect();
    judging::rank_awards(&rubrics).map_err(|e| OpError::Internal(anyhow::anyhow!("{e:?}")))
}

/// The Fluent key of a decision's problem.
fn decision_key(e: DecisionError) -> (&'static str, &'static str) {
    match e {
        DecisionError::NoScores => ("project", "error-award-no-scores"),
        DecisionError::NotRanked => ("project", "error-award-not-ranked"),
        DecisionError::TieNeedsReason => ("reason", "error-award-tie-reason"),
        DecisionError::OverrideNeedsReason => ("reason", "error-award-override-reason"),
        DecisionError::ReasonTooLong => ("reason", "error-shortlist-reason-too-long"),
    }
}

/// Longest citation, in characters.
pub const CITATION_MAX: usize = 500;

/// Organizers confirm an award's recipient from the panel's ranking: the top project, or
/// with a reason one of several tied at the top (or another ranked one). The citation is
/// public once results are.
pub async fn decide_award(
    ops: &Ops,
    actor: &Actor,
    event: Uuid,
    kind: &str,
    project: Uuid,
    citation: &str,
    reason: &str,
) -> Result<(), OpError> {
    let mut tx = ops.begin().await?;
    decide_award_in(&mut tx, actor, event, kind, project, citation, reason).await?;
    commit(tx).await
}

/// The body of [`decide_award`], in the caller's transaction.
pub async fn decide_award_in(
    conn: &mut sqlx::PgConnection,
    actor: &Actor,
    event: Uuid,
    kind: &str,
    project: Uuid,
    citation: &str,
    reason: &str,
) -> Result<(), OpError> {
    let organizer = actor.require(Role::Organizer)?;
    let mut errors = Vec::new();
    let citation =
        crate::domain::project::text(&mut errors, "citation", citation, CITATION_MAX, false);
    if !errors.is_empty() {
        return Err(OpError::Invalid(errors));
    }
    let record = db::events::lock(conn, event)
        .await?
        .ok_or(OpError::NotFound)?;
    require_phase(&record, PhaseAction::DecideAward)?;
    if !db::favourites::award_kinds(conn, event)
        .await?
        .iter()
        .any(|k| k == kind)
    {
        return Err(OpError::NotFound);
    }
    let ranking = award_ranking(conn, event, kind).await?;
    let reason = reason.trim();
    let decision = judging::decide(&ranking, project, (!reason.is_empty()).then_some(reason))
        .map_err(|e| {
            let (field, key) = decision_key(e);
            OpError::invalid(field, key)
        })?;
    let kept_reason = decision.reason.clone().unwrap_or_default();
    let before = db::favourites::set_award(
        conn,
        event,
        kind,
        project,
        &citation,
        organizer,
        &kept_reason,
    )
    .await?;
    for p in before.iter().chain(std::iter::once(&project)) {
        publication::refresh_project(conn, *p).await?;
    }
    audit(
        conn,
        actor,
        ORGANIZER,
        "award.decide",
        Target::Project(project),
        json!({
            "kind": kind,
            "rank": decision.rank,
            "decision": format!("{:?}", decision.kind),
            "before": before,
        }),
    )
    .await?;
    Ok(())
}

/// Adds an award to the event (the Coding with Commitment award is always there).
pub async fn add_award_kind(
    ops: &Ops,
    actor: &Actor,
    event: Uuid,
    kind: &crate::domain::judge::AwardKind,
) -> Result<(), OpError> {
    actor.require(Role::Organizer)?;
    let mut tx = ops.begin().await?;
    db::events::lock(&mut tx, event)
        .await?
        .ok_or(OpError::NotFound)?;
    db::favourites::add_award_kind(&mut tx, event, kind.as_str()).await?;
    audit(
        &mut tx,
        actor,
        ORGANIZER,
        "award.kind_add",
        Target::Event(event),
        json!({ "kind": kind.as_str() }),
    )
    .await?;
    commit(tx).await
}

/// A VIP judge of the event with their categories and picks, for the console and the
/// API (a read).
#[derive(Debug, Clone)]
pub struct VipFavourites {
    pub judge: Uuid,
    pub display_name: String,
    /// Category slugs, in the event's order.
    pub categories: Vec<String>,
    pub picks: Vec<VipPick>,
}

#[derive(Debug, Clone)]
pub struct VipPick {
    pub position: i16,
    pub project: Uuid,
    pub title: String,
    pub category: String,
    pub quote: String,
}

/// Every VIP judge of the event, by name, with their categories and picks in order.
pub async fn vip_favourites(
    conn: &mut sqlx::PgConnection,
    event: Uuid,
) -> Result<Vec<VipFavourites>, OpError> {
    let assigned = db::favourites::all_vip_categories(conn, event).await?;
    let picks = db::favourites::all_picks(conn, event).await?;
    let published: std::collections::HashMap<Uuid, (String, String)> =
        db::judging::published(conn, event)
            .await?
            .into_iter()
            .map(|p| (p.project_id, (p.title, p.category)))
            .collect();
    Ok(db::judging::roster(conn, event)
        .await?
        .into_iter()
        .filter(|r| r.judge.kinds.contains(crate::domain::judge::JudgeKind::Vip))
        .map(|r| {
            let judge = r.judge.user_id;
            VipFavourites {
                judge,
                display_name: r.display_name,
                categories: assigned
                    .iter()
                    .filter(|(j, _)| *j == judge)
                    .map(|(_, s)| s.clone())
                    .collect(),
                picks: picks
                    .iter()
                    .filter(|(j, _, _, _)| *j == judge)
                    .map(|(_, position, project, quote)| {
                        let (title, category) = published.get(project).cloned().unwrap_or_default();
                        VipPick {
                            position: *position,
                            project: *project,
                            title,
                            category,
                            quote: quote.clone(),
                        }
                    })
                    .collect(),
            }
        })
        .collect())
}

/// One award of the event: the panel's ranking and the decision so far.
#[derive(Debug, Clone)]
pub struct AwardStanding {
    pub kind: String,
    pub ranking: judging::AwardRanking<Uuid>,
    /// The decided project and its citation.
    pub holder: Option<(Uuid, String)>,
}

/// The event's award candidates and, per award, the ranking and decision (a read).
pub async fn award_standings(
    conn: &mut sqlx::PgConnection,
    event: Uuid,
) -> Result<(Vec<db::favourites::Candidate>, Vec<AwardStanding>), OpError> {
    let candidates = db::favourites::award_candidates(conn, event).await?;
    let mut standings = Vec::new();
    for kind in db::favourites::award_kinds(conn, event).await? {
        let ranking = award_ranking(conn, event, &kind).await?;
        let holder = db::favourites::award_holder(conn, event, &kind).await?;
        standings.push(AwardStanding {
            kind,
            ranking,
            holder,
        });
    }
    Ok((candidates, standings))
}
