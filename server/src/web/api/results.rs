//! The organizer API for the results: VIP judges' favourites, award candidates and the
//! decision, and the exports that exist (the run of show, the shortlist, favourites).

use std::collections::HashMap;

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::judging::judge_named;
use super::{ApiCaller, event_named};
use crate::db;
use crate::domain::ApiScope;
use crate::domain::event::Event;
use crate::domain::export::{ExportFormat, ExportKind};
use crate::operations;
use crate::web::locale::RequestLocale;
use crate::web::router::Routes;
use crate::web::{AppError, AppState};

pub fn routes(r: &mut Routes) {
    r.get("/api/v1/events/{event}/favourites", favourites);
    r.post(
        "/api/v1/events/{event}/judges/{judge}/vip-categories",
        set_vip_categories,
    );
    r.get("/api/v1/events/{event}/awards", awards);
    r.post(
        "/api/v1/events/{event}/awards/{award}/decision",
        decide_award,
    );
    r.get("/api/v1/events/{event}/exports/{what}", export);
}

#[derive(Serialize)]
struct PickView {
    position: i16,
    project: Uuid,
    title: String,
    category: String,
    quote: String,
}

#[derive(Serialize)]
struct VipView {
    judge: Uuid,
    display_name: String,
    categories: Vec<String>,
    picks: Vec<PickView>,
}

#[derive(Serialize)]
struct FavouritesView {
    /// Whether VIP judges may still pick (picks lock when the phase moves on).
    open: bool,
    per_vip: u32,
    vips: Vec<VipView>,
}

async fn vip_views(state: &AppState, event: &Event) -> Result<Vec<VipView>, AppError> {
    let mut conn = state.conn().await?;
    Ok(
        operations::favourites::vip_favourites(&mut conn, event.id.0)
            .await?
            .into_iter()
            .map(|v| VipView {
                judge: v.judge,
                display_name: v.display_name,
                categories: v.categories,
                picks: v
                    .picks
                    .into_iter()
                    .map(|p| PickView {
                        position: p.position,
                        project: p.project,
                        title: p.title,
                        category: p.category,
                        quote: p.quote,
                    })
                    .collect(),
            })
            .collect(),
    )
}

/// Every VIP judge with their categories and picks in order.
async fn favourites(
    caller: ApiCaller,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    caller.require(ApiScope::JudgingRead)?;
    let event = event_named(&state, &path).await?;
    let vips = vip_views(&state, &event).await?;
    let per_vip = {
        let mut conn = state.conn().await?;
        db::judging::settings(&mut conn, event.id.0)
            .await?
            .favourites_per_vip
    };
    Ok(HttpResponse::Ok().json(FavouritesView {
        open: crate::domain::PhaseAction::PickFavourites.allowed_in(event.phase),
        per_vip,
        vips,
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct CategoriesBody {
    categories: Vec<String>,
}

#[derive(Serialize)]
struct CategoriesSet {
    judge: Uuid,
    categories: Vec<String>,
}

/// Gives a VIP judge (by id or email) the categories they pick in.
async fn set_vip_categories(
    caller: ApiCaller,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: web::Json<CategoriesBody>,
) -> Result<HttpResponse, AppError> {
    caller.require(ApiScope::JudgingWrite)?;
    let (event_name, judge_name) = path.into_inner();
    let event = event_named(&state, &event_name).await?;
    let judge = judge_named(&state, &event, &judge_name).await?.user_id;
    let mut conn = state.conn().await?;
    let known: Vec<String> = db::events::categories(&mut conn, event.id)
        .await?
        .into_iter()
        .map(|c| c.slug.as_str().to_owned())
        .collect();
    drop(conn);
    if body.categories.is_empty() || body.categories.iter().any(|c| !known.contains(c)) {
        return Err(AppError::Invalid(vec![(
            "categories",
            "error-api-category-unknown-list",
        )]));
    }
    let categories = operations::favourites::set_vip_categories(
        &state.ops,
        &caller.actor(),
        event.id.0,
        judge,
        &body.categories,
    )
    .await?;
    Ok(HttpResponse::Ok().json(CategoriesSet { judge, categories }))
}

#[derive(Serialize)]
struct RankView {
    project: Uuid,
    title: String,
    rank: usize,
    tied: bool,
    mean_total: f64,
    scores: usize,
}

#[derive(Serialize)]
struct CandidateView {
    project: Uuid,
    title: String,
    category: String,
    sdgs: Vec<i64>,
}

#[derive(Serialize)]
struct AwardView {
    award: String,
    name: String,
    /// The decided recipient, if any.
    holder: Option<Uuid>,
    citation: Option<String>,
    ranking: Vec<RankView>,
    candidates: Vec<CandidateView>,
}

/// Each award of the event: its candidates, the panel's ranking and the decision.
async fn awards(
    caller: ApiCaller,
    state: web::Data<AppState>,
    path: web::Path<String>,
    locale: RequestLocale,
) -> Result<HttpResponse, AppError> {
    caller.require(ApiScope::JudgingRead)?;
    let l = locale.locale;
    let event = event_named(&state, &path).await?;
    let id = event.id.0;
    let mut conn = state.conn().await?;
    let (candidates, standings) = operations::favourites::award_standings(&mut conn, id).await?;
    let titles: HashMap<Uuid, String> = candidates
        .iter()
        .map(|c| (c.project_id, c.title.clone()))
        .collect();
    let mut out = Vec::new();
    for operations::favourites::AwardStanding {
        kind,
        ranking,
        holder,
    } in standings
    {
        out.push(AwardView {
            name: crate::web::gallery::award_label(&kind, l),
            award: kind,
            holder: holder.as_ref().map(|(p, _)| *p),
            citation: holder.map(|(_, c)| c),
            ranking: ranking
                .entries()
                .iter()
                .map(|e| RankView {
                    project: e.project,
                    title: titles.get(&e.project).cloned().unwrap_or_default(),
                    rank: e.rank,
                    tied: e.tied,
                    mean_total: e.mean_total,
                    scores: e.score_count,
                })
                .collect(),
            candidates: candidates
                .iter()
                .map(|c| CandidateView {
                    project: c.project_id,
                    title: c.title.clone(),
                    category: c.category.clone(),
                    sdgs: c.sdgs.clone(),
                })
                .collect(),
        });
    }
    Ok(HttpResponse::Ok().json(out))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct DecisionBody {
    project: String,
    citation: String,
    /// Needed when choosing among tied projects or another than the top one.
    reason: String,
}

#[derive(Serialize)]
struct Decided {
    award: String,
    project: Uuid,
}

/// Confirms an award's recipient from the panel's ranking.
async fn decide_award(
    caller: ApiCaller,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: web::Json<DecisionBody>,
) -> Result<HttpResponse, AppError> {
    caller.require(ApiScope::JudgingWrite)?;
    let (event_name, award) = path.into_inner();
    let event = event_named(&state, &event_name).await?;
    let project = Uuid::parse_str(body.project.trim())
        .map_err(|_| AppError::Invalid(vec![("project", "error-award-not-ranked")]))?;
    operations::favourites::decide_award(
        &state.ops,
        &caller.actor(),
        event.id.0,
        &award,
        project,
        &body.citation,
        &body.reason,
    )
    .await?;
    Ok(HttpResponse::Ok().json(Decided { award, project }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ExportQuery {
    format: Option<String>,
    purpose: Option<String>,
}

/// An export, streamed: `?format=csv` (the default), `xlsx`, `jsonl` or `json`. The
/// creators' export names people: it needs `personal-data:read` too and a `?purpose=`.
/// The run of show as `json` is its nested document (as `/livestream`).
async fn export(
    caller: ApiCaller,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    query: web::Query<ExportQuery>,
) -> Result<HttpResponse, AppError> {
    caller.require(ApiScope::ExportsRead)?;
    let (event_name, what) = path.into_inner();
    let (kind, format, purpose) = crate::web::exports::parse_request(
        &what,
        query.format.as_deref(),
        query.purpose.as_deref(),
    )?;
    if kind.is_personal() {
        caller.require(ApiScope::PersonalDataRead)?;
    }
    let event = event_named(&state, &event_name).await?;
    if kind == ExportKind::RunOfShow && format == ExportFormat::Json {
        let show = crate::web::livestream::run_of_show(&state, &event).await?;
        operations::exports::download(&state.ops, &caller.actor(), &event, kind, format, purpose)
            .await?;
        return Ok(HttpResponse::Ok().json(show));
    }
    crate::web::exports::respond(&state, &caller.actor(), &event, kind, format, purpose).await
}
