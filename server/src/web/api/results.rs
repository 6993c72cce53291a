//! The organizer API for the results: VIP judges' favourites, award candidates and the
//! decision, and the exports that exist (the run of show, the shortlist, favourites).

use std::collections::HashMap;

use actix_web::http::header;
use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::judging::{judge_named, shortlist_rows};
use super::{ApiCaller, event_named};
use crate::db;
use crate::domain::ApiScope;
use crate::domain::event::Event;
use crate::domain::export::{csv_bytes, json_rows};
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
}

/// An export as CSV (`?format=csv`, the default) or JSON (`?format=json`).
async fn export(
    caller: ApiCaller,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    query: web::Query<ExportQuery>,
) -> Result<HttpResponse, AppError> {
    caller.require(ApiScope::ExportsRead)?;
    let (event_name, what) = path.into_inner();
    let csv = match query.format.as_deref() {
        None | Some("csv") => true,
        Some("json") => false,
        Some(_) => {
            return Err(AppError::InvalidParameter {
                parameter: "format",
                reason: "error-api-format",
            });
        }
    };
    let event = event_named(&state, &event_name).await?;
    let (header, rows): (&[&str], Vec<Vec<String>>) = match what.as_str() {
        "run-of-show" => {
            let show = crate::web::livestream::run_of_show(&state, &event).await?;
            if !csv {
                return Ok(HttpResponse::Ok().json(show));
            }
            let rows = show.csv_rows().into_iter().map(Vec::from).collect();
            (&crate::domain::livestream::CSV_HEADER, rows)
        }
        "shortlist" => {
            let rows = shortlist_rows(&state, &event, None)
                .await?
                .into_iter()
                .flat_map(|(_, _, _, rows)| rows)
                .map(|r| {
                    vec![
                        r.category,
                        r.project.to_string(),
                        r.title,
                        r.rank.map(|n| n.to_string()).unwrap_or_default(),
                        r.tied.to_string(),
                        r.normalised_score
                            .map(|v| format!("{v:.3}"))
                            .unwrap_or_default(),
                        r.raw_mean.map(|v| format!("{v:.2}")).unwrap_or_default(),
                        r.judges.to_string(),
                        r.on_shortlist.to_string(),
                        r.status.to_owned(),
                        r.reason.unwrap_or_default(),
                    ]
                })
                .collect();
            (
                &[
                    "category",
                    "project",
                    "title",
                    "rank",
                    "tied",
                    "normalised_score",
                    "raw_mean",
                    "judges",
                    "on_shortlist",
                    "status",
                    "reason",
                ],
                rows,
            )
        }
        "favourites" => {
            let rows = vip_views(&state, &event)
                .await?
                .into_iter()
                .flat_map(|v| {
                    let name = v.display_name;
                    v.picks.into_iter().map(move |p| {
                        vec![
                            name.clone(),
                            p.category,
                            p.position.to_string(),
                            p.project.to_string(),
                            p.title,
                            p.quote,
                        ]
                    })
                })
                .collect();
            (
                &["judge", "category", "position", "project", "title", "quote"],
                rows,
            )
        }
        _ => {
            return Err(AppError::InvalidParameter {
                parameter: "what",
                reason: "error-api-export-unknown",
            });
        }
    };
    if !csv {
        return Ok(HttpResponse::Ok().json(json_rows(header, rows)));
    }
    let body = csv_bytes(header, rows).map_err(|e| anyhow::anyhow!("writing the CSV: {e}"))?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!(
                "attachment; filename=\"{what}-{}.csv\"",
                event.slug.as_str()
            ),
        ))
        .body(body))
}
