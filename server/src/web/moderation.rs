//! Moderation for organizers: the queue of submitted projects with their consent and
//! review state, filters, a project's newest revision with how it differs from what the
//! public sees, who gave each consent, the decision (approve / ask for changes / reject
//! with a reason; the team is emailed in their languages), bulk approval, and the list of
//! published projects with the consent records that allowed each.

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
use crate::db::consents::ConsentSource;
use crate::domain::project::ImageStatus;
use crate::domain::publication;
use crate::domain::revision::{self, Change, Decision, RevisionContent, RevisionStatus};
use crate::i18n::Locale;
use crate::operations::{self, OpError};

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
    /// What waits for a decision: a first submission or a change to a published project.
    review: Option<String>,
    /// The revision a bulk approval approves (the one waiting).
    pending_revision: Option<Uuid>,
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
    let current = db::events::current(&mut conn).await?;
    let readable = Readable {
        categories: match &current {
            Some(event) => db::events::categories(&mut conn, event.id)
                .await?
                .iter()
                .map(|c| (c.slug.to_string(), super::public::category_name(c, l)))
                .collect(),
            None => Default::default(),
        },
        locale: l,
    };
    let rows = match current {
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
        let review = r.pending_revision.map(|_| {
            l.t(if r.has_public_version {
                "moderation-review-change"
            } else {
                "moderation-review-new"
            })
        });
        out.push(QueueView {
            id: r.id,
            title: r.title,
            category: readable.value("category", &r.category.unwrap_or_default()),
            language: readable.value("language", &r.language.unwrap_or_default()),
            countries: r
                .countries
                .iter()
                .map(|c| crate::i18n::country_name(c, l))
                .collect::<Vec<_>>()
                .join(", "),
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
                r.moderation.as_str().replace('_', "-")
            )),
            review,
            pending_revision: r.pending_revision,
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
    /// The revision shown and decided on.
    revision: Option<RevisionView>,
    /// How it differs from what the public sees (empty when nothing is public yet).
    changes: Vec<ChangeView>,
    has_public_version: bool,
    fields: Vec<(String, String)>,
    sdgs: String,
    members: Vec<MemberView>,
    images: Vec<ImageView>,
    status: String,
    moderation_reason: Option<String>,
}

#[derive(Serialize)]
struct RevisionView {
    id: Uuid,
    number: i32,
    status: String,
    /// Whether a decision is waiting (or may be taken again) on it.
    decidable: bool,
}

#[derive(Serialize)]
struct ChangeView {
    label: String,
    before: String,
    after: String,
    /// For an added image: its thumbnail.
    image_src: Option<String>,
}

#[derive(Serialize)]
struct MemberView {
    display_name: String,
    country: String,
    consent: String,
    /// Who gave the consent: the address's domain, the revision shown, and how many other
    /// creators the same address answered for.
    source: Option<String>,
    /// Not in the public version yet.
    new: bool,
}

#[derive(Serialize)]
struct ImageView {
    src: String,
    alt: String,
    shows_person: bool,
}

fn field_label(l: Locale, field: &str) -> String {
    l.t(&format!("project-field-{}", field.replace('_', "-")))
}

fn sdg_list(sdgs: &[u8]) -> String {
    sdgs.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// How a field's value reads for a moderator: the category's and the language's names
/// in the moderator's language, anything else as typed.
struct Readable {
    categories: std::collections::HashMap<String, String>,
    locale: Locale,
}

impl Readable {
    fn value(&self, field: &str, value: &str) -> String {
        match field {
            "category" => self
                .categories
                .get(value)
                .cloned()
                .unwrap_or_else(|| value.to_owned()),
            "language" if !value.is_empty() => crate::i18n::language_name(value, self.locale),
            _ => value.to_owned(),
        }
    }
}

fn change_views(
    l: Locale,
    project: Uuid,
    changes: Vec<Change>,
    names: &std::collections::HashMap<Uuid, String>,
    readable: &Readable,
) -> Vec<ChangeView> {
    let name = |id: &Uuid| names.get(id).cloned().unwrap_or_default();
    changes
        .into_iter()
        .map(|c| match c {
            Change::Text {
                field,
                before,
                after,
            } => ChangeView {
                label: field_label(l, field),
                before: readable.value(field, &before),
                after: readable.value(field, &after),
                image_src: None,
            },
            Change::Sdgs { before, after } => ChangeView {
                label: l.t("project-field-sdgs"),
                before: sdg_list(&before),
                after: sdg_list(&after),
                image_src: None,
            },
            Change::ImageAdded { image } => ChangeView {
                label: l.t("moderation-change-image-added"),
                before: String::new(),
                after: image.alt_text,
                image_src: Some(format!("/organizer/projects/{project}/images/{}", image.id)),
            },
            Change::ImageRemoved { image } => ChangeView {
                label: l.t("moderation-change-image-removed"),
                before: image.alt_text,
                after: String::new(),
                image_src: None,
            },
            Change::ImageChanged { before, after } => ChangeView {
                label: l.t("moderation-change-image-changed"),
                before: before.alt_text,
                after: after.alt_text,
                image_src: Some(format!("/organizer/projects/{project}/images/{}", after.id)),
            },
            Change::MemberAdded { creator } => ChangeView {
                label: l.t("moderation-change-member-added"),
                before: String::new(),
                after: name(&creator),
                image_src: None,
            },
            Change::MemberRemoved { creator } => ChangeView {
                label: l.t("moderation-change-member-removed"),
                before: name(&creator),
                after: String::new(),
                image_src: None,
            },
        })
        .collect()
}

fn source_text(l: Locale, s: &ConsentSource) -> String {
    let domain = s
        .given_by
        .rsplit_once('@')
        .map_or("", |(_, d)| d)
        .to_owned();
    let mut text = l.t_args(
        if s.by_email {
            "moderation-consent-by-guardian"
        } else {
            "moderation-consent-by-adult"
        },
        &[("domain", domain.into()), ("others", s.others.into())],
    );
    if let Some(n) = s.revision_number {
        text.push(' ');
        text.push_str(&l.t_args("moderation-consent-for-revision", &[("number", n.into())]));
    }
    text
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
    let newest = db::revisions::newest(&mut conn, id).await?;
    let public = db::revisions::public(&mut conn, id).await?;
    let sources = db::consents::consent_sources(&mut conn, id).await?;
    let content = match &newest {
        Some(r) => r.content.clone(),
        None => operations::projects::working_copy(&mut conn, id).await?,
    };
    let ready: Vec<Uuid> = db::projects::images(&mut conn, id)
        .await?
        .into_iter()
        .filter(|i| i.status == ImageStatus::Ready)
        .map(|i| i.id)
        .collect();
    let names: std::collections::HashMap<Uuid, String> = members
        .iter()
        .map(|m| (m.creator_id, m.display_name.clone()))
        .collect();
    let event = db::events::by_id(&mut conn, p.event_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let readable = Readable {
        categories: db::events::categories(&mut conn, event.id)
            .await?
            .iter()
            .map(|c| (c.slug.to_string(), super::public::category_name(c, l)))
            .collect(),
        locale: l,
    };
    let changes = match (&public, &newest) {
        (Some(public), Some(newest)) if public.id != newest.id => change_views(
            l,
            id,
            revision::changes(&public.content, &newest.content),
            &names,
            &readable,
        ),
        _ => Vec::new(),
    };
    let status = publication::display_status(&facts).as_str();
    let RevisionContent { sdgs, images, .. } = content.clone();
    let page = ProjectPage {
        id,
        title: content.title.clone(),
        revision: newest.as_ref().map(|r| RevisionView {
            id: r.id,
            number: r.number,
            status: l.t(&format!(
                "revision-status-{}",
                r.status.as_str().replace('_', "-")
            )),
            decidable: r.status != RevisionStatus::Superseded,
        }),
        changes,
        has_public_version: public.is_some(),
        fields: content
            .texts()
            .into_iter()
            .filter(|(name, _)| *name != "title")
            .map(|(name, text)| (field_label(l, name), readable.value(name, text)))
            .collect(),
        sdgs: sdg_list(&sdgs),
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
                source: sources
                    .iter()
                    .find(|s| s.creator_id == m.creator_id)
                    .filter(|_| m.needs_consent)
                    .map(|s| source_text(l, s)),
                new: public.is_some() && !m.public,
            })
            .collect(),
        images: images
            .into_iter()
            .filter(|i| ready.contains(&i.id))
            .map(|i| ImageView {
                src: format!("/organizer/projects/{id}/images/{}", i.id),
                alt: i.alt_text,
                shows_person: i.shows_person,
            })
            .collect(),
        status: l.t(&format!("project-status-{}", status.replace('_', "-"))),
        moderation_reason: p.moderation_reason,
    };
    ctx.render("organizer/project.html", page.title.clone(), &page)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DecisionForm {
    revision: String,
    decision: String,
    reason: String,
}

async fn moderate(
    ctx: PageContext,
    organizer: OrganizerUser,
    id: web::Path<String>,
    form: CsrfForm<DecisionForm>,
) -> Result<HttpResponse, AppError> {
    let id = super::parse_id(&id)?;
    let revision = Uuid::parse_str(&form.0.revision).map_err(|_| AppError::BadRequest)?;
    let decision = Decision::parse(&form.0.decision).ok_or(AppError::BadRequest)?;
    let back = format!("/organizer/projects/{id}");
    let actor = ctx.actor(&organizer.0);
    let reason = &form.0.reason;
    match operations::moderation::decide(ctx.ops(), &actor, id, revision, decision, reason).await {
        Ok(_) => {
            ctx.flash("moderation-saved")?;
            Ok(see_other("/organizer/moderation"))
        }
        Err(e @ (OpError::Refused(_) | OpError::Invalid(_) | OpError::NotInPhase(_))) => {
            ctx.refused(e, &back)
        }
        Err(e) => Err(e.into()),
    }
}

async fn bulk_approve(
    ctx: PageContext,
    organizer: OrganizerUser,
    form: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let revisions = form
        .0
        .iter()
        .filter(|(k, _)| k == "revision")
        .map(|(_, v)| Uuid::parse_str(v).map_err(|_| AppError::BadRequest))
        .collect::<Result<Vec<_>, _>>()?;
    let actor = ctx.actor(&organizer.0);
    match operations::moderation::bulk_approve(ctx.ops(), &actor, &revisions).await {
        Ok(_) => {
            ctx.flash("moderation-saved")?;
            Ok(see_other("/organizer/moderation"))
        }
        Err(OpError::NotFound) => Err(AppError::BadRequest),
        Err(e) => ctx.refused(e, "/organizer/moderation"),
    }
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
