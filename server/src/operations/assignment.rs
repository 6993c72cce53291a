//! Assigning volunteer judges to the published projects of an event, as batches: a
//! preview (a dry run with its figures), applying it, and undoing a batch exactly. The
//! optimisation itself is `domain::assignment::plan` (a min-cost flow); this module maps
//! the event's projects, judges, conflicts and current assignments onto it.
//!
//! The same run serves every case: the first batch, projects published later (they are
//! the ones short of judges), and a judge who dropped out (their unscored projects were
//! released by `judging::update_judge`, so a new batch gives them to others).

use std::collections::HashMap;

use chrono::{Duration, Utc};
use serde::Serialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::judging::require_phase;
use super::{Actor, Capacity, OpError, Ops, Target, audit, commit};
use crate::db;
use crate::db::judging::AssignmentState;
use crate::domain::PhaseAction;
use crate::domain::account::Role;
use crate::domain::assignment::{self, AssignmentInput, JudgeSlot, ProjectSlot, ShortfallReason};
use crate::domain::judge::JudgingSettings;
use crate::jobs::{self, EmailJob, Job};

/// One judge's load in a run.
#[derive(Debug, Clone, Serialize)]
pub struct JudgeLoad {
    pub judge: Uuid,
    pub before: u32,
    pub after: u32,
    pub cap: u32,
}

/// Why a project could not get all its judges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ShortReason {
    /// Not enough judges without a conflict (and not already on it).
    TooFewEligibleJudges,
    /// Judges who could take it are all at their cap.
    JudgesFull,
}

impl ShortReason {
    /// The Fluent key of its explanation.
    pub fn key(self) -> &'static str {
        match self {
            ShortReason::TooFewEligibleJudges => "assignment-short-eligible",
            ShortReason::JudgesFull => "assignment-short-full",
        }
    }
}

/// A project left short of judges.
#[derive(Debug, Clone, Serialize)]
pub struct Short {
    pub project: Uuid,
    pub has: u32,
    pub wanted: u32,
    pub reason: ShortReason,
    /// Judges who could take it (for `TooFewEligibleJudges`).
    pub eligible: Option<u32>,
}

/// What a run would do (a preview) or did (a batch's summary).
#[derive(Debug, Clone, Serialize)]
pub struct Preview {
    /// New (project, judge) pairs.
    #[serde(skip)]
    pub new: Vec<(Uuid, Uuid)>,
    pub new_count: usize,
    pub projects: usize,
    pub judges: usize,
    pub per_project: u32,
    pub cap: u32,
    /// How many new pairs give a judge a project in a language they read.
    pub language_matches: usize,
    pub load: Vec<JudgeLoad>,
    pub short: Vec<Short>,
    /// Identifies the state the preview was computed from: applying refuses when the
    /// projects, judges, conflicts or assignments changed since.
    pub fingerprint: String,
}

/// Identifies an assignment state (and the settings) exactly.
fn fingerprint(state: &AssignmentState, settings: &JudgingSettings) -> String {
    let mut h = Sha256::new();
    h.update(settings.judges_per_project.to_le_bytes());
    h.update(settings.judge_cap.to_le_bytes());
    for (p, lang) in &state.projects {
        h.update(p.as_bytes());
        h.update(lang.as_bytes());
        h.update([0]);
    }
    h.update([1]);
    for (j, langs, cap) in &state.judges {
        h.update(j.as_bytes());
        for l in langs {
            h.update(l.as_bytes());
            h.update([0]);
        }
        h.update(cap.map_or(u32::MAX, |c| c).to_le_bytes());
    }
    h.update([2]);
    let mut conflicts = state.conflicts.clone();
    conflicts.sort();
    for (p, j) in &conflicts {
        h.update(p.as_bytes());
        h.update(j.as_bytes());
    }
    h.update([3]);
    let mut existing = state.existing.clone();
    existing.sort();
    for (p, j) in &existing {
        h.update(p.as_bytes());
        h.update(j.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The primary language subtag: a judge who reads `pt` reads `pt-BR`.
fn primary(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}

/// Runs the optimisation on a state. Pure: the same state gives the same plan.
pub fn compute(state: &AssignmentState, settings: &JudgingSettings) -> Preview {
    let mut languages: HashMap<String, u16> = HashMap::new();
    let mut code = |tag: &str| -> u16 {
        let key = primary(tag).to_ascii_lowercase();
        let next = u16::try_from(languages.len()).unwrap_or(u16::MAX);
        *languages.entry(key).or_insert(next)
    };
    let projects: Vec<ProjectSlot> = state
        .projects
        .iter()
        .map(|(_, lang)| ProjectSlot {
            language: code(lang),
        })
        .collect();
    let judges: Vec<JudgeSlot> = state
        .judges
        .iter()
        .map(|(_, langs, cap)| JudgeSlot {
            languages: langs.iter().map(|l| code(l)).collect(),
            cap: *cap,
            available: true,
        })
        .collect();
    let project_index: HashMap<Uuid, usize> = state
        .projects
        .iter()
        .enumerate()
        .map(|(i, (p, _))| (*p, i))
        .collect();
    let judge_index: HashMap<Uuid, usize> = state
        .judges
        .iter()
        .enumerate()
        .map(|(i, (j, _, _))| (*j, i))
        .collect();
    let pairs = |list: &[(Uuid, Uuid)]| -> Vec<(usize, usize)> {
        list.iter()
            .filter_map(|(p, j)| Some((*project_index.get(p)?, *judge_index.get(j)?)))
            .collect()
    };
    let input = AssignmentInput {
        per_project: settings.judges_per_project,
        default_cap: settings.judge_cap,
        projects,
        judges,
        conflicts: pairs(&state.conflicts),
        existing: pairs(&state.existing),
    };
    let before = {
        let mut load = vec![0u32; state.judges.len()];
        for (_, j) in &input.existing {
            if let Some(l) = load.get_mut(*j) {
                *l += 1;
            }
        }
        load
    };
    let plan = assignment::plan(&input);
    let project_id = |i: usize| state.projects.get(i).map(|(p, _)| *p);
    let judge_id = |i: usize| state.judges.get(i).map(|(j, _, _)| *j);
    let new: Vec<(Uuid, Uuid)> = plan
        .new
        .iter()
        .filter_map(|(p, j)| Some((project_id(*p)?, judge_id(*j)?)))
        .collect();
    let load = state
        .judges
        .iter()
        .enumerate()
        .map(|(i, (judge, _, cap))| JudgeLoad {
            judge: *judge,
            before: before.get(i).copied().unwrap_or(0),
            after: plan.load.get(i).copied().unwrap_or(0),
            cap: cap.unwrap_or(settings.judge_cap),
        })
        .collect();
    let short = plan
        .shortfalls
        .iter()
        .filter_map(|s| {
            let (reason, eligible) = match s.reason {
                ShortfallReason::TooFewEligibleJudges { eligible } => {
                    (ShortReason::TooFewEligibleJudges, Some(eligible))
                }
                ShortfallReason::JudgesFull => (ShortReason::JudgesFull, None),
            };
            Some(Short {
                project: project_id(s.project)?,
                has: s.has,
                wanted: s.wanted,
                reason,
                eligible,
            })
        })
        .collect();
    Preview {
        new_count: new.len(),
        new,
        projects: state.projects.len(),
        judges: state.judges.len(),
        per_project: settings.judges_per_project,
        cap: settings.judge_cap,
        language_matches: plan.language_matches,
        load,
        short,
        fingerprint: fingerprint(state, settings),
    }
}

/// What a run would do now: nothing is written.
pub async fn preview(ops: &Ops, actor: &Actor, event: Uuid) -> Result<Preview, OpError> {
    let settings = {
        let mut conn = ops.pool().acquire().await?;
        db::judging::settings(&mut conn, event).await?
    };
    preview_with(ops, actor, event, &settings).await
}

/// What a run with these numbers (judges per project, cap) would do now: nothing is
/// written.
pub async fn preview_with(
    ops: &Ops,
    actor: &Actor,
    event: Uuid,
    settings: &JudgingSettings,
) -> Result<Preview, OpError> {
    actor.require(Role::Organizer)?;
    let mut conn = ops.pool().acquire().await?;
    db::events::by_id(&mut conn, event)
        .await?
        .ok_or(OpError::NotFound)?;
    let state = db::judging::assignment_state(&mut conn, event).await?;
    let settings = *settings;
    Ok(
        tokio::task::spawn_blocking(move || compute(&state, &settings))
            .await
            .map_err(anyhow::Error::from)?,
    )
}

/// Applies a run: exactly the previewed one, or a refusal when anything it depends on
/// changed since (`fingerprint`; without one, the run as it is now). Each judge given
/// projects gets an email, and a reminder is queued while their work is left.
pub async fn apply(
    ops: &Ops,
    actor: &Actor,
    event: Uuid,
    fingerprint_seen: Option<&str>,
) -> Result<Uuid, OpError> {
    let mut tx = ops.begin().await?;
    let out = apply_in(&mut tx, actor, event, fingerprint_seen).await?;
    commit(tx).await?;
    Ok(out)
}

/// The body of [`apply`], in the caller's transaction; without a fingerprint it applies
/// the run as it is now (the demo seed).
pub async fn apply_in(
    conn: &mut sqlx::PgConnection,
    actor: &Actor,
    event: Uuid,
    fingerprint_seen: Option<&str>,
) -> Result<Uuid, OpError> {
    let organizer = actor.require(Role::Organizer)?;
    let record = db::events::lock(conn, event)
        .await?
        .ok_or(OpError::NotFound)?;
    require_phase(&record, PhaseAction::AssignJudges)?;
    db::judging::lock_assignments(conn, event).await?;
    let state = db::judging::assignment_state(conn, event).await?;
    let settings = db::judging::settings(conn, event).await?;
    let run = tokio::task::spawn_blocking(move || compute(&state, &settings))
        .await
        .map_err(anyhow::Error::from)?;
    if fingerprint_seen.is_some_and(|seen| seen != run.fingerprint) {
        return Err(OpError::Refused("assignment-stale"));
    }
    if run.new.is_empty() {
        return Err(OpError::Refused("assignment-nothing-to-do"));
    }
    let summary = serde_json::to_value(&run).map_err(anyhow::Error::from)?;
    let batch = db::judging::insert_batch(conn, event, Some(organizer), &summary, &run.new).await?;
    // Remind judges halfway to the end of shortlisting (or in three days, if sooner).
    let ends = record.schedule.ends_at(crate::domain::Phase::Shortlisting);
    let remind_at = ends
        .map(|end| Utc::now() + (end - Utc::now()) / 2)
        .filter(|at| *at > Utc::now())
        .map_or(Utc::now() + Duration::days(3), |at| {
            at.min(Utc::now() + Duration::days(3))
        });
    for (judge, count) in db::judging::batch_judges(conn, batch).await? {
        jobs::enqueue(
            conn,
            &Job::Email(EmailJob::JudgeAssigned {
                user_id: judge,
                event_id: event,
                count: u32::try_from(count).unwrap_or(u32::MAX),
            }),
        )
        .await?;
        jobs::enqueue_at(
            conn,
            &Job::Email(EmailJob::JudgeReminder {
                user_id: judge,
                event_id: event,
            }),
            remind_at,
        )
        .await?;
    }
    audit(
        conn,
        actor,
        Capacity::Role(Role::Organizer),
        "assignment.apply",
        Target::AssignmentBatch(batch),
        json!({
            "event": event,
            "assignments": run.new_count,
            "language_matches": run.language_matches,
            "short": run.short.len(),
        }),
    )
    .await?;
    Ok(batch)
}

/// Undoes a batch: its assignments go, restoring the state before it exactly. Refused once
/// a judge has scored one of them (the score would be lost).
pub async fn undo(ops: &Ops, actor: &Actor, batch: Uuid) -> Result<u64, OpError> {
    let organizer = actor.require(Role::Organizer)?;
    let mut tx = ops.begin().await?;
    let (event, undone, _, scored) = db::judging::lock_batch(&mut tx, batch)
        .await?
        .ok_or(OpError::NotFound)?;
    let record = db::events::lock(&mut tx, event)
        .await?
        .ok_or(OpError::NotFound)?;
    require_phase(&record, PhaseAction::AssignJudges)?;
    if undone {
        return Err(OpError::Refused("assignment-undone-already"));
    }
    if scored > 0 {
        return Err(OpError::Refused("assignment-undo-scored"));
    }
    db::judging::lock_assignments(&mut tx, event).await?;
    let removed = db::judging::undo_batch(&mut tx, batch, organizer).await?;
    audit(
        &mut tx,
        actor,
        Capacity::Role(Role::Organizer),
        "assignment.undo",
        Target::AssignmentBatch(batch),
        json!({ "event": event, "removed": removed }),
    )
    .await?;
    commit(tx).await?;
    Ok(removed)
}
