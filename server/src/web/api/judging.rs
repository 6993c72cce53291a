//! The organizer API for judging: the event and its phase, judges (list, import,
//! update), assignment (preview, apply, undo), progress and the shortlist. Each route
//! parses, calls the same operation as the console's page, and answers JSON.

use std::collections::HashMap;

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{ApiCaller, event_named};
use crate::db;
use crate::domain::account::EmailAddress;
use crate::domain::event::{Event, Phase};
use crate::domain::judge::{JudgeKind, JudgeKinds, JudgingSettings};
use crate::domain::{ApiScope, PhaseAction, judge_import};
use crate::i18n::Locale;
use crate::operations::{self, OpError};
use crate::web::locale::RequestLocale;
use crate::web::router::Routes;
use crate::web::{AppError, AppState};

pub fn routes(r: &mut Routes) {
    r.get("/api/v1/events/{event}", event);
    r.post("/api/v1/events/{event}/phase", move_phase);
    r.get("/api/v1/events/{event}/judges", judges);
    r.post("/api/v1/events/{event}/judges/import", import_judges);
    r.post("/api/v1/events/{event}/judges/{judge}", update_judge);
    r.get("/api/v1/events/{event}/assignment", assignment);
    r.post("/api/v1/events/{event}/assignment", apply_assignment);
    r.post(
        "/api/v1/events/{event}/assignment/{batch}/undo",
        undo_assignment,
    );
    r.get("/api/v1/events/{event}/progress", progress);
    r.get("/api/v1/events/{event}/shortlist", shortlist);
    r.post(
        "/api/v1/events/{event}/shortlist/{project}",
        adjust_shortlist,
    );
}

#[derive(Serialize)]
struct PhaseView {
    phase: &'static str,
    phase_name: String,
    next_phase: Option<&'static str>,
    /// What the phase allows (`score`, `pick_favourites`, …).
    allows: Vec<PhaseAction>,
}

impl PhaseView {
    fn of(phase: Phase, l: Locale) -> Self {
        PhaseView {
            phase: phase.as_str(),
            phase_name: l.t(&phase.name_key()),
            next_phase: phase.next().map(Phase::as_str),
            allows: PhaseAction::ALL
                .into_iter()
                .filter(|a| a.allowed_in(phase))
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct EventView {
    slug: String,
    name: String,
    timezone: &'static str,
    #[serde(flatten)]
    phase: PhaseView,
    next_deadline: Option<chrono::DateTime<chrono::Utc>>,
    categories: Vec<CategoryView>,
    settings: JudgingSettings,
}

#[derive(Serialize)]
struct CategoryView {
    slug: String,
    name: String,
}

/// The event, its phase (what it allows, which comes next) and categories.
async fn event(
    caller: ApiCaller,
    state: web::Data<AppState>,
    path: web::Path<String>,
    locale: RequestLocale,
) -> Result<HttpResponse, AppError> {
    caller.require(ApiScope::EventsRead)?;
    let l = locale.locale;
    let event = event_named(&state, &path).await?;
    let mut conn = state.conn().await?;
    let categories = db::events::categories(&mut conn, event.id)
        .await?
        .into_iter()
        .map(|c| {
            let slug = c.slug.as_str().to_owned();
            CategoryView {
                name: crate::web::gallery::category_label(&slug, l),
                slug,
            }
        })
        .collect();
    let settings = db::judging::settings(&mut conn, event.id.0).await?;
    Ok(HttpResponse::Ok().json(EventView {
        slug: event.slug.as_str().to_owned(),
        name: event.name.clone(),
        timezone: event.timezone.name(),
        phase: PhaseView::of(event.phase, l),
        next_deadline: event.next_deadline(),
        categories,
        settings,
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct PhaseBody {
    /// A phase, or `next` (the default).
    to: Option<String>,
    /// Moving back must be confirmed, with a reason.
    confirm: bool,
    reason: String,
}

#[derive(Serialize)]
struct PhaseMoved {
    from: &'static str,
    #[serde(flatten)]
    now: PhaseView,
}

/// Moves the event to the next phase (or to `to`: back only confirmed, with a reason).
async fn move_phase(
    caller: ApiCaller,
    state: web::Data<AppState>,
    path: web::Path<String>,
    locale: RequestLocale,
    body: web::Json<PhaseBody>,
) -> Result<HttpResponse, AppError> {
    caller.require(ApiScope::JudgingWrite)?;
    let event = event_named(&state, &path).await?;
    let to = match body.to.as_deref() {
        None | Some("next") => event
            .phase
            .next()
            .ok_or(AppError::Invalid(vec![("to", "error-phase-last")]))?,
        Some(name) => Phase::parse(name)
            .map_err(|_| AppError::Invalid(vec![("to", "error-phase-unknown")]))?,
    };
    operations::events::move_phase(
        &state.ops,
        &caller.actor(),
        event.id.0,
        to,
        body.confirm,
        &body.reason,
    )
    .await?;
    Ok(HttpResponse::Ok().json(PhaseMoved {
        from: event.phase.as_str(),
        now: PhaseView::of(to, locale.locale),
    }))
}

#[derive(Serialize)]
struct JudgeView {
    id: Uuid,
    display_name: String,
    /// Only for tokens with `personal-data:read`.
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<String>,
    title: String,
    capacities: Vec<JudgeKind>,
    cap: Option<u32>,
    active: bool,
    languages: Vec<String>,
    conflicts: i64,
    assigned: i64,
    scored: i64,
    vip_categories: Vec<String>,
}

/// The event's judges; their email addresses only for tokens with `personal-data:read`.
async fn judges(
    caller: ApiCaller,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    caller.require(ApiScope::JudgingRead)?;
    let event = event_named(&state, &path).await?;
    let with_email = caller.has(ApiScope::PersonalDataRead);
    let mut conn = state.conn().await?;
    let vip = db::favourites::all_vip_categories(&mut conn, event.id.0).await?;
    let list: Vec<JudgeView> = db::judging::roster(&mut conn, event.id.0)
        .await?
        .into_iter()
        .map(|r| JudgeView {
            id: r.judge.user_id,
            vip_categories: vip
                .iter()
                .filter(|(j, _)| *j == r.judge.user_id)
                .map(|(_, s)| s.clone())
                .collect(),
            display_name: r.display_name,
            email: with_email.then_some(r.email),
            title: r.title,
            capacities: r.judge.kinds.as_slice().to_vec(),
            cap: r.judge.cap,
            active: r.judge.active,
            languages: r.languages,
            conflicts: r.conflicts,
            assigned: r.assigned,
            scored: r.scored,
        })
        .collect();
    Ok(HttpResponse::Ok().json(list))
}

/// The judge a path or body names: an account id, or an email address of a judge of
/// the event.
pub(super) async fn judge_named(
    state: &AppState,
    event: &Event,
    name: &str,
) -> Result<db::judging::EventJudge, AppError> {
    let mut conn = state.conn().await?;
    let user = if let Ok(id) = Uuid::parse_str(name) {
        Some(id)
    } else {
        let email = EmailAddress::parse(name).map_err(|_| AppError::NotFound)?;
        db::users::by_email(&mut conn, &email).await?.map(|u| u.id)
    };
    match user {
        Some(user) => db::judging::judge(&mut conn, event.id.0, user)
            .await?
            .ok_or(AppError::NotFound),
        None => Err(AppError::NotFound),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ImportQuery {
    dry_run: bool,
}

#[derive(Serialize)]
struct ImportRowView {
    #[serde(flatten)]
    row: operations::judging::ImportedRow,
    problems: Vec<ProblemView>,
}

#[derive(Serialize)]
struct ProblemView {
    column: &'static str,
    message: String,
}

#[derive(Serialize)]
struct ImportView {
    dry_run: bool,
    applied: bool,
    invited: usize,
    unchanged: usize,
    invalid: usize,
    rows: Vec<ImportRowView>,
}

/// Imports judges from a CSV body (`email,capacities,language`): every row checked and
/// reported; nothing is written when any row has a problem, or with `?dry_run=true`.
async fn import_judges(
    caller: ApiCaller,
    state: web::Data<AppState>,
    path: web::Path<String>,
    query: web::Query<ImportQuery>,
    locale: RequestLocale,
    body: String,
) -> Result<HttpResponse, AppError> {
    caller.require(ApiScope::JudgingWrite)?;
    let l = locale.locale;
    let event = event_named(&state, &path).await?;
    let locales: Vec<&str> = crate::i18n::SUPPORTED.iter().map(|s| s.code).collect();
    let rows = judge_import::parse(&body, &locales)
        .map_err(|e| AppError::Invalid(vec![("file", e.key())]))?;
    let report = operations::judging::import_judges(
        &state.ops,
        &caller.actor(),
        event.id.0,
        rows,
        query.dry_run,
        l.code(),
    )
    .await?;
    let rows = report
        .rows
        .into_iter()
        .map(|row| ImportRowView {
            problems: row
                .problems
                .iter()
                .map(|(column, key)| ProblemView {
                    column,
                    message: l.t(key),
                })
                .collect(),
            row,
        })
        .collect();
    let view = ImportView {
        dry_run: report.dry_run,
        applied: report.applied,
        invited: report.invited,
        unchanged: report.unchanged,
        invalid: report.invalid,
        rows,
    };
    let status = if view.invalid > 0 {
        actix_web::http::StatusCode::UNPROCESSABLE_ENTITY
    } else {
        actix_web::http::StatusCode::OK
    };
    Ok(HttpResponse::build(status).json(view))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct JudgeBody {
    /// The capacities, replacing the judge's (`["volunteer", "vip"]`); unchanged when
    /// absent.
    capacities: Option<Vec<String>>,
    /// A lower cap than the event's; `0` removes it. Unchanged when absent.
    cap: Option<u32>,
    active: Option<bool>,
    /// The VIP judge's categories (slugs), replacing theirs; unchanged when absent.
    vip_categories: Option<Vec<String>>,
}

#[derive(Serialize)]
struct JudgeUpdated {
    id: Uuid,
    capacities: Vec<JudgeKind>,
    cap: Option<u32>,
    active: bool,
    /// Projects taken from a judge who dropped out (the next assignment run gives
    /// them to others).
    released: Vec<Uuid>,
    vip_categories: Option<Vec<String>>,
}

/// Changes a judge (by id or email): capacities, cap, taking part, VIP categories.
async fn update_judge(
    caller: ApiCaller,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: web::Json<JudgeBody>,
) -> Result<HttpResponse, AppError> {
    caller.require(ApiScope::JudgingWrite)?;
    let (event_name, judge_name) = path.into_inner();
    let event = event_named(&state, &event_name).await?;
    let current = judge_named(&state, &event, &judge_name).await?;
    let user = current.user_id;
    let actor = caller.actor();
    let body = body.into_inner();
    let kinds = match &body.capacities {
        Some(list) => {
            let kinds: Result<Vec<JudgeKind>, _> =
                list.iter().map(|k| JudgeKind::parse(k.trim())).collect();
            let kinds = kinds
                .map_err(|_| AppError::Invalid(vec![("capacities", "judge-import-capacity")]))?;
            JudgeKinds::new(kinds).map_err(|e| AppError::Invalid(vec![("capacities", e.0)]))?
        }
        None => current.kinds.clone(),
    };
    let change = operations::judging::JudgeChange {
        kinds,
        cap: match body.cap {
            Some(0) => None,
            Some(n) => Some(n),
            None => current.cap,
        },
        active: body.active.unwrap_or(current.active),
    };
    let changed =
        operations::judging::update_judge(&state.ops, &actor, event.id.0, user, &change).await?;
    let vip_categories = match &body.vip_categories {
        Some(slugs) => Some(
            operations::favourites::set_vip_categories(&state.ops, &actor, event.id.0, user, slugs)
                .await?,
        ),
        None => None,
    };
    Ok(HttpResponse::Ok().json(JudgeUpdated {
        id: user,
        capacities: change.kinds.as_slice().to_vec(),
        cap: change.cap,
        active: change.active,
        released: changed.released,
        vip_categories,
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct AssignmentQuery {
    per_project: Option<u32>,
    cap: Option<u32>,
}

#[derive(Serialize)]
struct BatchView {
    id: Uuid,
    created_at: chrono::DateTime<chrono::Utc>,
    created_by: Option<String>,
    undone_at: Option<chrono::DateTime<chrono::Utc>>,
    assignments: i64,
    scored: i64,
}

#[derive(Serialize)]
struct AssignmentView {
    preview: operations::assignment::Preview,
    /// The judges' display names in the preview, by id.
    judges: HashMap<Uuid, String>,
    batches: Vec<BatchView>,
}

/// The event's judging numbers with the query's overrides.
fn with_overrides(
    mut settings: JudgingSettings,
    per_project: Option<u32>,
    cap: Option<u32>,
) -> Result<JudgingSettings, AppError> {
    if let Some(n) = per_project {
        settings.judges_per_project = n;
    }
    if let Some(n) = cap {
        settings.judge_cap = n;
    }
    // The same ranges as the console's form.
    let settings = JudgingSettings::parse(
        &settings.judges_per_project.to_string(),
        &settings.judge_cap.to_string(),
        &settings.shortlist_size.to_string(),
        &settings.favourites_per_vip.to_string(),
    )
    .map_err(|errors| AppError::Invalid(errors.into_iter().map(|(f, e)| (f, e.0)).collect()))?;
    Ok(settings)
}

/// What an assignment run would do now (optionally with other numbers of judges per
/// project and cap), and the runs so far.
async fn assignment(
    caller: ApiCaller,
    state: web::Data<AppState>,
    path: web::Path<String>,
    query: web::Query<AssignmentQuery>,
) -> Result<HttpResponse, AppError> {
    caller.require(ApiScope::JudgingRead)?;
    let event = event_named(&state, &path).await?;
    let mut conn = state.conn().await?;
    let stored = db::judging::settings(&mut conn, event.id.0).await?;
    let settings = with_overrides(stored, query.per_project, query.cap)?;
    let preview =
        operations::assignment::preview_with(&state.ops, &caller.actor(), event.id.0, &settings)
            .await?;
    let judges = db::judging::roster(&mut conn, event.id.0)
        .await?
        .into_iter()
        .map(|r| (r.judge.user_id, r.display_name))
        .collect();
    let batches = db::judging::batches(&mut conn, event.id.0)
        .await?
        .into_iter()
        .map(|b| BatchView {
            id: b.id,
            created_at: b.created_at,
            created_by: b.created_by,
            undone_at: b.undone_at,
            assignments: b.assignments,
            scored: b.scored,
        })
        .collect();
    Ok(HttpResponse::Ok().json(AssignmentView {
        preview,
        judges,
        batches,
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ApplyBody {
    per_project: Option<u32>,
    cap: Option<u32>,
    /// The preview's fingerprint: refused when anything changed since. Without it, the
    /// run as it is now is applied.
    fingerprint: Option<String>,
}

#[derive(Serialize)]
struct Applied {
    batch: Uuid,
    assignments: usize,
}

/// Runs the assignment (saving new numbers of judges per project and cap first).
async fn apply_assignment(
    caller: ApiCaller,
    state: web::Data<AppState>,
    path: web::Path<String>,
    body: web::Json<ApplyBody>,
) -> Result<HttpResponse, AppError> {
    caller.require(ApiScope::JudgingWrite)?;
    let event = event_named(&state, &path).await?;
    let actor = caller.actor();
    let stored = {
        let mut conn = state.conn().await?;
        db::judging::settings(&mut conn, event.id.0).await?
    };
    let settings = with_overrides(stored, body.per_project, body.cap)?;
    if settings != stored {
        operations::judging::save_settings(&state.ops, &actor, event.id.0, &settings).await?;
    }
    let batch =
        operations::assignment::apply(&state.ops, &actor, event.id.0, body.fingerprint.as_deref())
            .await?;
    let mut conn = state.conn().await?;
    let assignments = db::judging::batches(&mut conn, event.id.0)
        .await?
        .into_iter()
        .find(|b| b.id == batch)
        .map_or(0, |b| usize::try_from(b.assignments).unwrap_or(0));
    Ok(HttpResponse::Ok().json(Applied { batch, assignments }))
}

#[derive(Serialize)]
struct Undone {
    batch: Uuid,
    removed: u64,
}

/// Undoes a run exactly (refused once any of its projects is scored).
async fn undo_assignment(
    caller: ApiCaller,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    caller.require(ApiScope::JudgingWrite)?;
    let (event_name, batch) = path.into_inner();
    event_named(&state, &event_name).await?;
    let batch = Uuid::parse_str(&batch).map_err(|_| AppError::NotFound)?;
    let removed = operations::assignment::undo(&state.ops, &caller.actor(), batch).await?;
    Ok(HttpResponse::Ok().json(Undone { batch, removed }))
}

#[derive(Serialize)]
struct JudgeProgress {
    id: Uuid,
    display_name: String,
    active: bool,
    assigned: i64,
    scored: i64,
}

#[derive(Serialize)]
struct ProgressView {
    phase: &'static str,
    projects: usize,
    assigned: i64,
    scored: i64,
    /// Scored share of the assigned projects, 0–1.
    done: f64,
    judges: Vec<JudgeProgress>,
}

/// The volunteer judges' progress.
async fn progress(
    caller: ApiCaller,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    caller.require(ApiScope::JudgingRead)?;
    let event = event_named(&state, &path).await?;
    let mut conn = state.conn().await?;
    let projects = db::judging::published(&mut conn, event.id.0).await?.len();
    let judges: Vec<JudgeProgress> = db::judging::roster(&mut conn, event.id.0)
        .await?
        .into_iter()
        .filter(|r| r.judge.kinds.contains(JudgeKind::Volunteer))
        .map(|r| JudgeProgress {
            id: r.judge.user_id,
            display_name: r.display_name,
            active: r.judge.active,
            assigned: r.assigned,
            scored: r.scored,
        })
        .collect();
    let assigned: i64 = judges.iter().map(|j| j.assigned).sum();
    let scored: i64 = judges.iter().map(|j| j.scored).sum();
    #[expect(clippy::cast_precision_loss, reason = "counts far below 2^52")]
    let done = if assigned == 0 {
        0.0
    } else {
        scored as f64 / assigned as f64
    };
    Ok(HttpResponse::Ok().json(ProgressView {
        phase: event.phase.as_str(),
        projects,
        assigned,
        scored,
        done,
        judges,
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ShortlistQuery {
    category: Option<String>,
}

#[derive(Serialize)]
pub(super) struct ShortlistRowView {
    pub category: String,
    pub project: Uuid,
    pub title: String,
    pub rank: Option<usize>,
    pub tied: bool,
    pub normalised_score: Option<f64>,
    pub raw_mean: Option<f64>,
    pub judges: usize,
    pub disagreement: bool,
    pub on_shortlist: bool,
    /// `merit`, `added`, `removed`, `below_cut` or `unscored`.
    pub status: &'static str,
    /// The organizer's reason for an adjustment.
    pub reason: Option<String>,
}

#[derive(Serialize)]
struct CategoryShortlistView {
    category: String,
    name: String,
    k: usize,
    tie_at_cut: bool,
    entries: Vec<ShortlistRowView>,
}

#[derive(Serialize)]
struct ShortlistView {
    /// While judges still score, the shortlist can change.
    provisional: bool,
    categories: Vec<CategoryShortlistView>,
}

/// The event's shortlist rows, category by category (`only`: one category).
pub(super) async fn shortlist_rows(
    state: &AppState,
    event: &Event,
    only: Option<&str>,
) -> Result<Vec<(String, usize, bool, Vec<ShortlistRowView>)>, AppError> {
    let mut conn = state.conn().await?;
    let list = operations::judging::shortlist(&mut conn, event.id.0).await?;
    Ok(list
        .categories
        .iter()
        .filter(|(slug, _)| only.is_none_or(|o| o == slug))
        .map(|(slug, c)| {
            let rows = c
                .entries
                .iter()
                .map(|e| {
                    let status = e.status.code();
                    let reason = e.status.reason().map(str::to_owned);
                    ShortlistRowView {
                        category: slug.clone(),
                        project: e.project,
                        title: list.titles.get(&e.project).cloned().unwrap_or_default(),
                        rank: e.rank,
                        tied: e.tied,
                        normalised_score: e.normalised_score,
                        raw_mean: e.raw_mean,
                        judges: e.judge_count,
                        disagreement: e.disagreement,
                        on_shortlist: e.on_shortlist,
                        status,
                        reason,
                    }
                })
                .collect();
            (slug.clone(), c.k, c.tie_at_cut, rows)
        })
        .collect())
}

/// The shortlist per category (or one, `?category=`): ranks, normalised scores, ties,
/// adjustments.
async fn shortlist(
    caller: ApiCaller,
    state: web::Data<AppState>,
    path: web::Path<String>,
    query: web::Query<ShortlistQuery>,
    locale: RequestLocale,
) -> Result<HttpResponse, AppError> {
    caller.require(ApiScope::JudgingRead)?;
    let l = locale.locale;
    let event = event_named(&state, &path).await?;
    let only = query.category.as_deref().filter(|c| !c.is_empty());
    let rows = shortlist_rows(&state, &event, only).await?;
    if let Some(slug) = only
        && rows.is_empty()
    {
        let mut conn = state.conn().await?;
        let known = db::events::categories(&mut conn, event.id)
            .await?
            .iter()
            .any(|c| c.slug.as_str() == slug);
        if !known {
            return Err(AppError::InvalidParameter {
                parameter: "category",
                reason: "error-api-category-unknown",
            });
        }
    }
    let categories = rows
        .into_iter()
        .map(|(slug, k, tie_at_cut, entries)| CategoryShortlistView {
            name: crate::web::gallery::category_label(&slug, l),
            category: slug,
            k,
            tie_at_cut,
            entries,
        })
        .collect();
    Ok(HttpResponse::Ok().json(ShortlistView {
        provisional: PhaseAction::Score.allowed_in(event.phase),
        categories,
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct AdjustBody {
    /// `include`, `exclude` or `clear`.
    action: String,
    reason: String,
}

#[derive(Serialize)]
struct Adjusted {
    project: Uuid,
    action: String,
}

/// Adds a project to the shortlist or takes it off (with a reason), or clears that.
async fn adjust_shortlist(
    caller: ApiCaller,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: web::Json<AdjustBody>,
) -> Result<HttpResponse, AppError> {
    caller.require(ApiScope::JudgingWrite)?;
    let (event_name, project) = path.into_inner();
    event_named(&state, &event_name).await?;
    let project = Uuid::parse_str(&project).map_err(|_| AppError::NotFound)?;
    let include = match body.action.as_str() {
        "include" => Some(true),
        "exclude" => Some(false),
        "clear" => None,
        _ => {
            return Err(AppError::Invalid(vec![(
                "action",
                "error-api-adjust-action",
            )]));
        }
    };
    match operations::judging::adjust_shortlist(
        &state.ops,
        &caller.actor(),
        project,
        include,
        &body.reason,
    )
    .await
    {
        Ok(()) => Ok(HttpResponse::Ok().json(Adjusted {
            project,
            action: body.action.clone(),
        })),
        Err(OpError::NotFound) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}
