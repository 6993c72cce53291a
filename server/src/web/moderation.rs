//! Moderation for organizers: the queue of submitted projects with their consent status,
//! filters, a project's full view, approve / ask for changes / reject with a reason (the
//! team is emailed, in their languages), bulk approval, and the list of published
//! projects with the consent records that allowed each.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::AppError;
use super::context::{PageContext, see_other};
use super::csrf::CsrfForm;
use super::guards::OrganizerUser;
use super::router::Routes;
use crate::db;
use crate::domain::project::ImageStatus;
use crate::domain::publication::{self, Moderation};
use crate::jobs::{self, EmailJob, Job, Notice};

pub fn routes(r: &mut Routes) {
    r.get("/organizer/moderation", queue);
    r.post("/organizer/moderation/bulk", bulk_approve);
    r.get("/organizer/projects/{id}", project);
    r.post("/organizer/projects/{id}/moderate", moderate);
    r.get("/organizer/projects/{id}/images/{image}", image);
    r.get("/organizer/published", published);
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Filters {
    category: String,
    language: String,
    country: String,
}

#[derive(Serialize)]
struct QueuePage {
    rows: Vec<QueueView>,
    filters: FilterView,
}

#[derive(Serialize)]
struct FilterView {
    category: String,
    language: String,
    country: String,
}

#[derive(Serialize)]
struct QueueView {
    id: Uuid,
    title: String,
    category: String,
    language: String,
    countries: String,
    consent: String,
    consent_complete: bool,
    moderation: String,
}

fn none_if_empty(s: &str) -> Option<&str> {
    Some(s.trim()).filter(|s| !s.is_empty())
}

async fn queue(
    ctx: PageContext,
    _organizer: OrganizerUser,
    filters: web::Query<Filters>,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let mut conn = ctx.conn().await?;
    let country = filters.country.trim().to_ascii_uppercase();
    let rows = match db::events::current(&mut conn).await? {
        Some(event) => {
            db::projects::moderation_queue(
                &mut conn,
                event.id.0,
                none_if_empty(&filters.category),
                none_if_empty(&filters.language),
                none_if_empty(&country),
            )
            .await?
        }
        None => Vec::new(),
    };
    let mut out = Vec::new();
    for r in rows {
        let (facts, members) = db::consents::facts(&mut conn, r.id)
            .await?
            .ok_or(AppError::NotFound)?;
        let needed = members.iter().filter(|m| m.needs_consent).count();
        let given = members
            .iter()
            .filter(|m| m.needs_consent && m.publish)
            .count();
        out.push(QueueView {
            id: r.id,
            title: r.title,
            category: r.category.unwrap_or_default(),
            language: r.language.unwrap_or_default(),
            countries: r.countries.join(", "),
            consent: l.t_args(
                "moderation-consents",
                &[
                    ("given", i64::try_from(given).unwrap_or(0).into()),
                    ("needed", i64::try_from(needed).unwrap_or(0).into()),
                ],
            ),
            consent_complete: publication::consents_complete(&facts),
            moderation: l.t(&format!(
                "moderation-state-{}",
                r.moderation.replace('_', "-")
            )),
        });
    }
    let page = QueuePage {
        rows: out,
        filters: FilterView {
            category: filters.category.clone(),
            language: filters.language.clone(),
            country,
        },
    };
    ctx.render(
        "organizer/moderation.html",
        l.t("moderation-heading"),
        &page,
    )
}

#[derive(Serialize)]
struct ProjectPage {
    id: Uuid,
    title: String,
    short_description: String,
    category: String,
    language: String,
    project_url: String,
    video_url: String,
    why_made: String,
    difficulties: String,
    next_steps: String,
    community: String,
    sdgs: String,
    members: Vec<MemberView>,
    images: Vec<ImageView>,
    status: String,
    moderation_reason: Option<String>,
}

#[derive(Serialize)]
struct MemberView {
    display_name: String,
    country: String,
    consent: String,
}

#[derive(Serialize)]
struct ImageView {
    src: String,
    alt: String,
    shows_person: bool,
}

async fn project(
    ctx: PageContext,
    _organizer: OrganizerUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let id = super::parse_id(&id)?;
    let mut conn = ctx.conn().await?;
    let p = db::projects::get(&mut conn, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (facts, members) = db::consents::facts(&mut conn, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let images = db::projects::images(&mut conn, id)
        .await?
        .into_iter()
        .filter(|i| i.status == ImageStatus::Ready)
        .map(|i| ImageView {
            src: format!("/organizer/projects/{id}/images/{}", i.id),
            alt: i.alt_text,
            shows_person: i.shows_person,
        })
        .collect();
    let status = publication::display_status(&facts).as_str();
    let f = p.fields;
    let page = ProjectPage {
        id,
        title: f.title,
        short_description: f.short_description,
        category: f.category,
        language: f.language,
        project_url: f.project_url,
        video_url: f.video_url,
        why_made: f.why_made,
        difficulties: f.difficulties,
        next_steps: f.next_steps,
        community: f.community,
        sdgs: f
            .sdgs
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        members: members
            .iter()
            .map(|m| MemberView {
                display_name: m.display_name.clone(),
                country: crate::i18n::country_name(&m.country, l),
                consent: l.t(if !m.needs_consent {
                    "consent-state-not-needed"
                } else if m.publish {
                    "consent-state-granted"
                } else if m.pending_request {
                    "consent-state-pending"
                } else {
                    "consent-state-missing"
                }),
            })
            .collect(),
        images,
        status: l.t(&format!("project-status-{}", status.replace('_', "-"))),
        moderation_reason: p.moderation_reason,
    };
    ctx.render("organizer/project.html", page.title.clone(), &page)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DecisionForm {
    decision: String,
    reason: String,
}

/// Applies a decision and emails the team, in one transaction.
async fn decide(
    conn: &mut sqlx::PgConnection,
    project: Uuid,
    moderator: Uuid,
    decision: Moderation,
    reason: Option<&str>,
) -> Result<(), AppError> {
    db::projects::moderate(conn, project, moderator, decision, reason).await?;
    crate::publication::refresh_project(conn, project).await?;
    for (user_id, ..) in db::projects::member_accounts(conn, project).await? {
        let notice = Notice::Moderation {
            decision: decision.as_str().to_owned(),
            reason: reason.map(str::to_owned),
        };
        jobs::enqueue(
            conn,
            &Job::Email(EmailJob::ProjectNotice {
                user_id,
                project_id: project,
                notice,
            }),
        )
        .await?;
    }
    Ok(())
}

async fn moderate(
    ctx: PageContext,
    organizer: OrganizerUser,
    id: web::Path<String>,
    form: CsrfForm<DecisionForm>,
) -> Result<HttpResponse, AppError> {
    let id = super::parse_id(&id)?;
    let decision = Moderation::parse(&form.0.decision)
        .filter(|d| *d != Moderation::Pending)
        .ok_or(AppError::BadRequest)?;
    let reason = form.0.reason.trim();
    if reason.chars().count() > 1000 {
        ctx.flash("moderation-reason-too-long")?;
        return Ok(see_other(&format!("/organizer/projects/{id}")));
    }
    // Creators deserve to know what to change, or why not.
    if decision != Moderation::Approved && reason.is_empty() {
        ctx.flash("moderation-reason-required")?;
        return Ok(see_other(&format!("/organizer/projects/{id}")));
    }
    let mut tx = ctx.begin().await?;
    let p = db::projects::get(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if p.status != crate::domain::project::ProjectStatus::Submitted {
        return Err(AppError::NotFound);
    }
    decide(
        &mut tx,
        id,
        organizer.0.id(),
        decision,
        Some(reason).filter(|r| !r.is_empty()),
    )
    .await?;
    tx.commit().await.map_err(anyhow::Error::from)?;
    ctx.flash("moderation-saved")?;
    Ok(see_other("/organizer/moderation"))
}

async fn bulk_approve(
    ctx: PageContext,
    organizer: OrganizerUser,
    form: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let ids: Vec<Uuid> = form
        .0
        .iter()
        .filter(|(k, _)| k == "project")
        .filter_map(|(_, v)| Uuid::parse_str(v).ok())
        .collect();
    let mut tx = ctx.begin().await?;
    for id in &ids {
        match db::projects::get(&mut tx, *id).await? {
            Some(p) if p.status == crate::domain::project::ProjectStatus::Submitted => {
                decide(&mut tx, *id, organizer.0.id(), Moderation::Approved, None).await?;
            }
            _ => return Err(AppError::BadRequest),
        }
    }
    tx.commit().await.map_err(anyhow::Error::from)?;
    ctx.flash("moderation-saved")?;
    Ok(see_other("/organizer/moderation"))
}

async fn image(
    ctx: PageContext,
    _organizer: OrganizerUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (id, image) = path.into_inner();
    let (id, image) = (super::parse_id(&id)?, super::parse_id(&image)?);
    let mut conn = ctx.conn().await?;
    db::projects::image(&mut conn, image)
        .await?
        .filter(|i| i.project_id == id && i.status == ImageStatus::Ready)
        .ok_or(AppError::NotFound)?;
    drop(conn);
    super::http_cache::jpeg(
        ctx.state.storage.as_ref(),
        image,
        480,
        "private, max-age=600",
    )
    .await
}

#[derive(Serialize)]
struct PublishedPage {
    rows: Vec<EvidenceView>,
}

#[derive(Serialize)]
struct EvidenceView {
    project_id: Uuid,
    title: String,
    creator: String,
    scope: String,
    given_by: String,
    given_at: String,
    wording_version: String,
}

async fn published(ctx: PageContext, _organizer: OrganizerUser) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let mut conn = ctx.conn().await?;
    let rows = db::consents::publication_evidence(&mut conn)
        .await?
        .into_iter()
        .map(|e| EvidenceView {
            project_id: e.project_id,
            title: e.title,
            creator: e.creator,
            scope: e.scope.unwrap_or_else(|| l.t("consent-state-not-needed")),
            given_by: e.given_by.unwrap_or_default(),
            given_at: e
                .given_at
                .map(|t| crate::i18n::format_date_time(t, chrono_tz::UTC, l))
                .unwrap_or_default(),
            wording_version: e.wording_version.unwrap_or_default(),
        })
        .collect();
    ctx.render_status(
        StatusCode::OK,
        "organizer/published.html",
        l.t("published-heading"),
        &PublishedPage { rows },
    )
}
