//! VIP favourites and awards, for the judges who make them (a VIP judge's picks, the award
//! panel's scores) and for the organizers (VIP categories and picks, the award decision).

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::context::{PageContext, see_other};
use super::csrf::CsrfForm;
use super::forms::{FormErrors, SelectOption};
use super::gallery::{ProjectPage, award_label, category_label, project_view};
use super::guards::{JudgeUser, OrganizerUser};
use super::router::Routes;
use super::{AppError, parse_id};
use crate::db;
use crate::domain::PhaseAction;
use crate::domain::judge::{JudgeKind, parse_award_rubric};
use crate::domain::judging::{AwardCriterion, MAX_QUOTE_CHARS};
use crate::i18n::format_decimal;
use crate::operations::{self, OpError};

pub fn routes(r: &mut Routes) {
    r.get("/judge/favourites", favourites_page);
    r.post("/judge/favourites", save_favourites);
    r.get("/judge/award", award_list);
    r.get("/judge/award/{kind}/{project}", award_score_page);
    r.post("/judge/award/{kind}/{project}", save_award_score);
    r.get("/organizer/favourites", organizer_favourites);
    r.post("/organizer/favourites/{judge}", set_vip_categories);
    r.get("/organizer/award", organizer_award);
    r.post("/organizer/award/{kind}", decide_award);
    r.post("/organizer/awards", add_award_kind);
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SearchQuery {
    q: String,
}

#[derive(Serialize)]
struct FavouritesPage {
    categories: Vec<String>,
    open: bool,
    not_open: String,
    max: u32,
    quote_max: usize,
    slots: Vec<PickSlot>,
    shortlist: Vec<ProjectLink>,
    q: String,
    found: Vec<ProjectLink>,
    errors: Vec<String>,
}

#[derive(Serialize)]
struct PickSlot {
    position: usize,
    project: String,
    quote: String,
    error: Option<String>,
}

#[derive(Serialize)]
struct ProjectLink {
    id: Uuid,
    href: String,
    title: String,
    category: String,
}

/// The picks as typed: (project id text, quote) per position.
type TypedPicks = Vec<(String, String)>;

async fn render_favourites(
    ctx: &PageContext,
    judge: &JudgeUser,
    q: &str,
    typed: Option<&TypedPicks>,
    errors: &FormErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let event = ctx.current_event().await?;
    let id = event.id.0;
    let user = judge.0.id();
    let mut conn = ctx.conn().await?;
    match db::judging::judge(&mut conn, id, user).await? {
        Some(j) if j.active && j.kinds.contains(JudgeKind::Vip) => {}
        _ => return Err(AppError::Forbidden),
    }
    let settings = db::judging::settings(&mut conn, id).await?;
    let slugs: Vec<String> = db::favourites::vip_categories(&mut conn, id, user)
        .await?
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    let shortlist = operations::judging::shortlist(&mut conn, id).await?;
    let link = |project: Uuid, title: String, category: &str| ProjectLink {
        id: project,
        href: format!("/gallery/{project}"),
        title,
        category: category_label(category, l),
    };
    let on_shortlist: Vec<ProjectLink> = shortlist
        .categories
        .iter()
        .filter(|(slug, _)| slugs.contains(slug))
        .flat_map(|(slug, c)| {
            c.shortlisted().map(|e| {
                link(
                    e.project,
                    shortlist
                        .titles
                        .get(&e.project)
                        .cloned()
                        .unwrap_or_default(),
                    slug,
                )
            })
        })
        .collect();
    let found = if q.trim().is_empty() {
        Vec::new()
    } else {
        db::favourites::published_in(&mut conn, id, Some(&slugs), q)
            .await?
            .into_iter()
            .map(|c| link(c.project_id, c.title, &c.category))
            .collect()
    };
    let stored = db::favourites::picks(&mut conn, id, user).await?;
    let max = usize::try_from(settings.favourites_per_vip).unwrap_or(3);
    let slots = (1..=max)
        .map(|position| {
            let (project, quote) = match typed {
                Some(t) => t.get(position - 1).cloned().unwrap_or_default(),
                None => stored
                    .get(position - 1)
                    .map(|(_, p, q)| (p.to_string(), q.clone()))
                    .unwrap_or_default(),
            };
            let mut field = [super::forms::Field::new(
                l,
                operations::favourites::pick_field(position),
                "text",
                "favourites-pick",
            )];
            errors.apply(l, &mut field);
            let [field] = field;
            PickSlot {
                position,
                project,
                quote,
                error: field.error,
            }
        })
        .collect();
    let page = FavouritesPage {
        categories: slugs.iter().map(|s| category_label(s, l)).collect(),
        open: PhaseAction::PickFavourites.allowed_in(event.phase),
        not_open: super::error::not_in_phase(l, PhaseAction::PickFavourites),
        max: settings.favourites_per_vip,
        quote_max: MAX_QUOTE_CHARS,
        slots,
        shortlist: on_shortlist,
        q: q.to_owned(),
        found,
        errors: errors.summary(l, &[]),
    };
    ctx.render_status(
        status,
        "judge/favourites.html",
        l.t("judge-favourites-heading"),
        &page,
    )
}

async fn favourites_page(
    ctx: PageContext,
    judge: JudgeUser,
    query: web::Query<SearchQuery>,
) -> Result<HttpResponse, AppError> {
    render_favourites(
        &ctx,
        &judge,
        &query.q,
        None,
        &FormErrors::default(),
        StatusCode::OK,
    )
    .await
}

async fn save_favourites(
    ctx: PageContext,
    judge: JudgeUser,
    form: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let mut typed: TypedPicks = vec![(String::new(), String::new()); 10];
    for (k, v) in &form.0 {
        let slot = |prefix: &str| {
            k.strip_prefix(prefix)
                .and_then(|n| n.parse::<usize>().ok())
                .filter(|n| (1..=10).contains(n))
        };
        if let Some(n) = slot("pick_") {
            typed[n - 1].0 = v.trim().to_owned();
        } else if let Some(n) = slot("quote_") {
            typed[n - 1].1 = v.clone();
        }
    }
    let event = ctx.current_event().await?;
    let mut errors = FormErrors::default();
    // Empty slots are left out; a quote without a project is a problem of that slot.
    let mut picks = Vec::new();
    for (i, (project, quote)) in typed.iter().enumerate() {
        if project.is_empty() && quote.trim().is_empty() {
            continue;
        }
        match Uuid::parse_str(project) {
            Ok(p) => picks.push((p, quote.clone())),
            Err(_) => errors.add(
                operations::favourites::pick_field(i + 1),
                crate::domain::account::InputError("error-pick-project-required"),
            ),
        }
    }
    let outcome = if errors.is_empty() {
        operations::favourites::save_picks(ctx.ops(), &ctx.actor(&judge.0), event.id.0, &picks)
            .await
    } else {
        Err(OpError::Invalid(Vec::new()))
    };
    match outcome {
        Ok(()) => {
            ctx.flash("favourites-saved")?;
            Ok(see_other("/judge/favourites"))
        }
        Err(OpError::Invalid(problems)) => {
            for (field, e) in problems {
                errors.add(field, e);
            }
            render_favourites(
                &ctx,
                &judge,
                "",
                Some(&typed),
                &errors,
                StatusCode::BAD_REQUEST,
            )
            .await
        }
        Err(e @ OpError::NotInPhase(_)) => ctx.refused(e, "/judge/favourites"),
        Err(e) => Err(e.into()),
    }
}

#[derive(Serialize)]
struct AwardListPage {
    open: bool,
    not_open: String,
    awards: Vec<AwardCandidates>,
}

#[derive(Serialize)]
struct AwardCandidates {
    name: String,
    candidates: Vec<CandidateView>,
}

#[derive(Serialize)]
struct CandidateView {
    href: String,
    title: String,
    category: String,
    scored: bool,
}

async fn require_panel(
    conn: &mut sqlx::PgConnection,
    event: Uuid,
    user: Uuid,
) -> Result<(), AppError> {
    match db::judging::judge(conn, event, user).await? {
        Some(j) if j.active && j.kinds.contains(JudgeKind::AwardPanel) => Ok(()),
        _ => Err(AppError::Forbidden),
    }
}

async fn award_list(ctx: PageContext, judge: JudgeUser) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let event = ctx.current_event().await?;
    let id = event.id.0;
    let user = judge.0.id();
    let mut conn = ctx.conn().await?;
    require_panel(&mut conn, id, user).await?;
    let candidates = db::favourites::award_candidates(&mut conn, id).await?;
    let mut awards = Vec::new();
    for kind in db::favourites::award_kinds(&mut conn, id).await? {
        let mine: Vec<Uuid> = db::favourites::award_scores(&mut conn, id, &kind)
            .await?
            .into_iter()
            .filter(|(m, _, _)| *m == user)
            .map(|(_, p, _)| p)
            .collect();
        let mut list = Vec::new();
        for c in &candidates {
            if db::judging::is_conflicted(&mut conn, user, c.project_id).await? {
                continue;
            }
            list.push(CandidateView {
                href: format!("/judge/award/{kind}/{}", c.project_id),
                title: c.title.clone(),
                category: category_label(&c.category, l),
                scored: mine.contains(&c.project_id),
            });
        }
        awards.push(AwardCandidates {
            name: award_label(&kind, l),
            candidates: list,
        });
    }
    let page = AwardListPage {
        open: PhaseAction::ScoreAward.allowed_in(event.phase),
        not_open: super::error::not_in_phase(l, PhaseAction::ScoreAward),
        awards,
    };
    ctx.render("judge/award.html", l.t("judge-award-heading"), &page)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AwardScoreForm {
    impact: String,
    sdg: String,
    technical: String,
    creativity: String,
    comment: String,
}

#[derive(Serialize)]
struct AwardScorePage {
    project: ProjectPage,
    judging: bool,
    action: String,
    award: String,
    open: bool,
    not_open: String,
    criteria: Vec<CriterionField>,
    comment: String,
    errors: Vec<String>,
}

#[derive(Serialize)]
struct CriterionField {
    name: &'static str,
    label: String,
    value: String,
    error: Option<String>,
}

async fn render_award_score(
    ctx: &PageContext,
    user: Uuid,
    kind: &str,
    project: Uuid,
    typed: Option<&AwardScoreForm>,
    errors: &FormErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let event = ctx.current_event().await?;
    let id = event.id.0;
    let mut conn = ctx.conn().await?;
    require_panel(&mut conn, id, user).await?;
    let is_candidate = db::favourites::award_candidates(&mut conn, id)
        .await?
        .iter()
        .any(|c| c.project_id == project);
    let kinds = db::favourites::award_kinds(&mut conn, id).await?;
    if !is_candidate
        || !kinds.iter().any(|k| k == kind)
        || db::judging::is_conflicted(&mut conn, user, project).await?
    {
        return Err(AppError::NotFound);
    }
    let doc = db::public::get(&mut conn, project)
        .await?
        .ok_or(AppError::NotFound)?;
    let stored = db::favourites::award_scores(&mut conn, id, kind)
        .await?
        .into_iter()
        .find(|(m, p, _)| *m == user && *p == project)
        .map(|(_, _, marks)| marks);
    let criteria = AwardCriterion::ALL
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let value = match typed {
                Some(f) => match c {
                    AwardCriterion::Impact => f.impact.clone(),
                    AwardCriterion::Sdg => f.sdg.clone(),
                    AwardCriterion::Technical => f.technical.clone(),
                    AwardCriterion::Creativity => f.creativity.clone(),
                },
                None => stored
                    .as_ref()
                    .and_then(|(m, _)| m.get(i))
                    .map(|m| m.to_string())
                    .unwrap_or_default(),
            };
            let mut field = [super::forms::Field::new(
                l,
                c.as_str(),
                "number",
                c.name_key(),
            )];
            errors.apply(l, &mut field);
            let [field] = field;
            CriterionField {
                name: c.as_str(),
                label: l.t(c.name_key()),
                value,
                error: field.error,
            }
        })
        .collect();
    let page = AwardScorePage {
        project: project_view(&doc, &ctx.state.base_url, l),
        judging: true,
        action: format!("/judge/award/{kind}/{project}"),
        award: award_label(kind, l),
        open: PhaseAction::ScoreAward.allowed_in(event.phase),
        not_open: super::error::not_in_phase(l, PhaseAction::ScoreAward),
        criteria,
        comment: typed.map_or_else(
            || stored.map(|(_, c)| c).unwrap_or_default(),
            |f| f.comment.clone(),
        ),
        errors: errors.summary(l, &[]),
    };
    ctx.render_status(status, "judge/award_score.html", doc.title.clone(), &page)
}

async fn award_score_page(
    ctx: PageContext,
    judge: JudgeUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (kind, project) = path.into_inner();
    let project = parse_id(&project)?;
    render_award_score(
        &ctx,
        judge.0.id(),
        &kind,
        project,
        None,
        &FormErrors::default(),
        StatusCode::OK,
    )
    .await
}

async fn save_award_score(
    ctx: PageContext,
    judge: JudgeUser,
    path: web::Path<(String, String)>,
    form: CsrfForm<AwardScoreForm>,
) -> Result<HttpResponse, AppError> {
    let (kind, project) = path.into_inner();
    let project = parse_id(&project)?;
    let form = form.0;
    let user = judge.0.id();
    let back = format!("/judge/award/{kind}/{project}");
    let mut errors = FormErrors::default();
    let outcome =
        match parse_award_rubric(&form.impact, &form.sdg, &form.technical, &form.creativity) {
            Ok(rubric) => {
                let event = ctx.current_event().await?;
                operations::favourites::score_award(
                    ctx.ops(),
                    &ctx.actor(&judge.0),
                    event.id.0,
                    &kind,
                    project,
                    &rubric,
                    &form.comment,
                )
                .await
            }
            Err(problems) => Err(OpError::Invalid(problems)),
        };
    match outcome {
        Ok(()) => {
            ctx.flash("judge-score-saved")?;
            Ok(see_other("/judge/award"))
        }
        Err(OpError::Invalid(problems)) => {
            for (field, e) in problems {
                errors.add(field, e);
            }
            render_award_score(
                &ctx,
                user,
                &kind,
                project,
                Some(&form),
                &errors,
                StatusCode::BAD_REQUEST,
            )
            .await
        }
        Err(e @ OpError::NotInPhase(_)) => ctx.refused(e, &back),
        Err(e) => Err(e.into()),
    }
}

#[derive(Serialize)]
struct OrganizerFavouritesPage {
    open: bool,
    vips: Vec<VipView>,
}

#[derive(Serialize)]
struct VipView {
    id: Uuid,
    name: String,
    categories: Vec<CategoryChoice>,
    picks: Vec<PickView>,
}

#[derive(Serialize)]
struct CategoryChoice {
    slug: String,
    label: String,
    checked: bool,
}

#[derive(Serialize)]
struct PickView {
    position: i16,
    href: String,
    title: String,
    quote: String,
}

async fn organizer_favourites(
    ctx: PageContext,
    _o: OrganizerUser,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let event = ctx.current_event().await?;
    let id = event.id.0;
    let mut conn = ctx.conn().await?;
    let all_categories = db::events::categories(&mut conn, event.id).await?;
    let vips = operations::favourites::vip_favourites(&mut conn, id)
        .await?
        .into_iter()
        .map(|v| VipView {
            id: v.judge,
            name: v.display_name,
            categories: all_categories
                .iter()
                .map(|c| {
                    let slug = c.slug.as_str().to_owned();
                    CategoryChoice {
                        label: category_label(&slug, l),
                        checked: v.categories.contains(&slug),
                        slug,
                    }
                })
                .collect(),
            picks: v
                .picks
                .into_iter()
                .map(|p| PickView {
                    position: p.position,
                    href: format!("/gallery/{}", p.project),
                    title: p.title,
                    quote: p.quote,
                })
                .collect(),
        })
        .collect();
    let page = OrganizerFavouritesPage {
        open: PhaseAction::PickFavourites.allowed_in(event.phase),
        vips,
    };
    ctx.render(
        "organizer/favourites.html",
        l.t("favourites-heading"),
        &page,
    )
}

async fn set_vip_categories(
    ctx: PageContext,
    organizer: OrganizerUser,
    judge: web::Path<String>,
    form: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let judge = parse_id(&judge)?;
    let slugs: Vec<String> = form
        .0
        .iter()
        .filter(|(k, _)| k == "category")
        .map(|(_, v)| v.clone())
        .collect();
    let event = ctx.current_event().await?;
    let actor = ctx.actor(&organizer.0);
    let outcome =
        operations::favourites::set_vip_categories(ctx.ops(), &actor, event.id.0, judge, &slugs)
            .await;
    let back = "/organizer/favourites";
    ctx.after(outcome, "favourites-categories-saved", back, back)
}

#[derive(Serialize)]
struct OrganizerAwardPage {
    open: bool,
    not_open: String,
    citation_max: usize,
    awards: Vec<AwardView>,
}

#[derive(Serialize)]
struct AwardView {
    kind: String,
    name: String,
    holder: Option<String>,
    citation: String,
    candidates: usize,
    rows: Vec<RankRow>,
    top_tied: bool,
    options: Vec<SelectOption>,
    chosen: String,
    reason: String,
    errors: Vec<String>,
}

#[derive(Serialize)]
struct RankRow {
    rank: usize,
    tied: bool,
    href: String,
    title: String,
    mean: String,
    criteria: Vec<String>,
    scores: usize,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DecideForm {
    project: String,
    citation: String,
    reason: String,
}

async fn render_award(
    ctx: &PageContext,
    typed: Option<(&str, &DecideForm)>,
    errors: &FormErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let event = ctx.current_event().await?;
    let id = event.id.0;
    let mut conn = ctx.conn().await?;
    let (candidates, standings) = operations::favourites::award_standings(&mut conn, id).await?;
    let titles: HashMap<Uuid, String> = candidates
        .iter()
        .map(|c| (c.project_id, c.title.clone()))
        .collect();
    let mut awards = Vec::new();
    for operations::favourites::AwardStanding {
        kind,
        ranking,
        holder,
    } in standings
    {
        let typed_here = typed.filter(|(k, _)| *k == kind).map(|(_, f)| f);
        let rows: Vec<RankRow> = ranking
            .entries()
            .iter()
            .map(|e| RankRow {
                rank: e.rank,
                tied: e.tied,
                href: format!("/gallery/{}", e.project),
                title: titles.get(&e.project).cloned().unwrap_or_default(),
                mean: format_decimal(e.mean_total, 1, l),
                criteria: AwardCriterion::ALL
                    .iter()
                    .map(|c| format_decimal(e.criterion_means.get(*c), 1, l))
                    .collect(),
                scores: e.score_count,
            })
            .collect();
        let default_choice = ranking
            .top()
            .first()
            .map(|e| e.project.to_string())
            .unwrap_or_default();
        awards.push(AwardView {
            name: award_label(&kind, l),
            holder: holder
                .as_ref()
                .map(|(p, _)| titles.get(p).cloned().unwrap_or_default()),
            citation: typed_here.map_or_else(
                || holder.as_ref().map(|(_, c)| c.clone()).unwrap_or_default(),
                |f| f.citation.clone(),
            ),
            candidates: candidates.len(),
            top_tied: ranking.top().len() > 1,
            options: ranking
                .entries()
                .iter()
                .map(|e| SelectOption {
                    value: e.project.to_string(),
                    label: titles.get(&e.project).cloned().unwrap_or_default(),
                })
                .collect(),
            chosen: typed_here.map_or(default_choice, |f| f.project.clone()),
            reason: typed_here.map(|f| f.reason.clone()).unwrap_or_default(),
            errors: if typed_here.is_some() {
                errors.summary(l, &[])
            } else {
                Vec::new()
            },
            rows,
            kind,
        });
    }
    let page = OrganizerAwardPage {
        open: PhaseAction::DecideAward.allowed_in(event.phase),
        not_open: super::error::not_in_phase(l, PhaseAction::DecideAward),
        citation_max: operations::favourites::CITATION_MAX,
        awards,
    };
    ctx.render_status(
        status,
        "organizer/award.html",
        l.t("award-decision-heading"),
        &page,
    )
}

async fn organizer_award(ctx: PageContext, _o: OrganizerUser) -> Result<HttpResponse, AppError> {
    render_award(&ctx, None, &FormErrors::default(), StatusCode::OK).await
}

async fn decide_award(
    ctx: PageContext,
    organizer: OrganizerUser,
    kind: web::Path<String>,
    form: CsrfForm<DecideForm>,
) -> Result<HttpResponse, AppError> {
    let kind = kind.into_inner();
    let form = form.0;
    let mut errors = FormErrors::default();
    let Ok(project) = Uuid::parse_str(form.project.trim()) else {
        errors.add(
            "project",
            crate::domain::account::InputError("error-award-not-ranked"),
        );
        return render_award(&ctx, Some((&kind, &form)), &errors, StatusCode::BAD_REQUEST).await;
    };
    let event = ctx.current_event().await?;
    let actor = ctx.actor(&organizer.0);
    let outcome = operations::favourites::decide_award(
        ctx.ops(),
        &actor,
        event.id.0,
        &kind,
        project,
        &form.citation,
        &form.reason,
    )
    .await;
    match outcome {
        Ok(()) => {
            ctx.flash("award-decided")?;
            Ok(see_other("/organizer/award"))
        }
        Err(OpError::Invalid(problems)) => {
            for (field, e) in problems {
                errors.add(field, e);
            }
            render_award(&ctx, Some((&kind, &form)), &errors, StatusCode::BAD_REQUEST).await
        }
        Err(e @ OpError::NotInPhase(_)) => ctx.refused(e, "/organizer/award"),
        Err(e) => Err(e.into()),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AwardKindForm {
    kind: String,
}

/// Adds another award to the current event.
async fn add_award_kind(
    ctx: PageContext,
    organizer: OrganizerUser,
    form: CsrfForm<AwardKindForm>,
) -> Result<HttpResponse, AppError> {
    let back = "/organizer/award";
    let kind = match crate::domain::judge::AwardKind::parse(&form.0.kind) {
        Ok(k) => k,
        Err(e) => return ctx.refused(OpError::Invalid(vec![("kind", e)]), back),
    };
    let event = ctx.current_event().await?;
    let outcome = operations::favourites::add_award_kind(
        ctx.ops(),
        &ctx.actor(&organizer.0),
        event.id.0,
        &kind,
    )
    .await;
    ctx.after(outcome, "award-kind-added", back, back)
}
