//! Moderation for organizers: the queue of submitted projects with their consent and
//! review state (what waits for a decision by default; by status, category, language and
//! country; 50 a page), a project's newest revision with how it differs from what the
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
use super::forms::SelectOption;
use super::guards::OrganizerUser;
use super::router::Routes;
use crate::db;
use crate::db::consents::ConsentSource;
use crate::db::moderation::{QueueCounts, QueueFilter, QueueStatus};
use crate::domain::project::ImageStatus;
use crate::domain::publication::{self, Moderation};
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

/// Rows per page of the queue.
const PER_PAGE: i64 = 50;

/// The queue's query string, as typed (`status`, `page` and `select` are checked by
/// `QueueQuery::parse`).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Filters {
    status: String,
    category: String,
    language: String,
    country: String,
    page: String,
    select: String,
}

/// The queue's query, checked: which projects, which page, and whether every checkbox on
/// it starts ticked ("select all on this page", without a script).
#[derive(Debug, Clone)]
struct QueueQuery {
    status: QueueStatus,
    category: String,
    language: String,
    country: String,
    page: u32,
    select_all: bool,
}

impl QueueQuery {
    /// A status that is not one of the queue's, or a page that is not a positive number,
    /// is refused with a 400 naming it. Without a status the queue shows what waits for
    /// review, unless the link filters by category, language or country alone (links
    /// made before the status filter existed): then every state, as those links meant.
    fn parse(f: &Filters) -> Result<Self, AppError> {
        let invalid = |parameter| AppError::InvalidParameter {
            parameter,
            reason: "moderation-invalid-parameter",
        };
        let category = f.category.trim().to_owned();
        let language = f.language.trim().to_owned();
        let country = f.country.trim().to_ascii_uppercase();
        let status = match f.status.trim() {
            "" if category.is_empty() && language.is_empty() && country.is_empty() => {
                QueueStatus::Review
            }
            "" => QueueStatus::All,
            s => QueueStatus::parse(s).ok_or_else(|| invalid("status"))?,
        };
        let page = match f.page.trim() {
            "" => 1,
            p => p
                .parse::<u32>()
                .ok()
                .filter(|n| *n >= 1)
                .ok_or_else(|| invalid("page"))?,
        };
        Ok(QueueQuery {
            status,
            category,
            language,
            country,
            page,
            select_all: f.select.trim() == "all",
        })
    }

    fn filter(&self) -> QueueFilter<'_> {
        QueueFilter {
            status: self.status,
            category: none_if_empty(&self.category),
            language: none_if_empty(&self.language),
            country: none_if_empty(&self.country),
        }
    }

    /// The queue's address with these filters, another status or page, and the selection.
    fn href(&self, status: QueueStatus, page: u32, select_all: bool) -> String {
        let mut pairs: Vec<(&str, String)> = vec![("status", status.as_str().to_owned())];
        for (name, value) in [
            ("category", &self.category),
            ("language", &self.language),
            ("country", &self.country),
        ] {
            if !value.is_empty() {
                pairs.push((name, value.clone()));
            }
        }
        if page > 1 {
            pairs.push(("page", page.to_string()));
        }
        if select_all {
            pairs.push(("select", "all".to_owned()));
        }
        let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
        format!("/organizer/moderation?{query}")
    }

    /// The filters as hidden fields of the bulk form, so its answer comes back here.
    fn hidden(&self) -> Vec<Hidden> {
        let mut out = vec![Hidden {
            name: "status",
            value: self.status.as_str().to_owned(),
        }];
        for (name, value) in [
            ("category", &self.category),
            ("language", &self.language),
            ("country", &self.country),
        ] {
            if !value.is_empty() {
                out.push(Hidden {
                    name,
                    value: value.clone(),
                });
            }
        }
        if self.page > 1 {
            out.push(Hidden {
                name: "page",
                value: self.page.to_string(),
            });
        }
        out
    }
}

/// The label of a status filter.
fn status_label(l: Locale, status: QueueStatus) -> String {
    l.t(match status {
        QueueStatus::Review => "moderation-status-review",
        QueueStatus::All => "moderation-status-all",
        QueueStatus::State(Moderation::Pending) => "moderation-status-pending",
        QueueStatus::State(Moderation::Approved) => "moderation-state-approved",
        QueueStatus::State(Moderation::ChangesRequested) => "moderation-state-changes-requested",
        QueueStatus::State(Moderation::Rejected) => "moderation-state-rejected",
    })
}

#[derive(Serialize)]
struct QueuePage {
    rows: Vec<QueueView>,
    filters: FilterView,
    /// One link per status filter, with how many projects it finds.
    statuses: Vec<StatusLink>,
    /// The category filter's choices (the first is "any").
    categories: Vec<SelectOption>,
    /// "51–100 of 201", when the page has rows.
    showing: Option<String>,
    /// Past the last page: says so (the first page's link is `first_href`).
    past_end: Option<String>,
    first_href: String,
    /// Nothing matches at all.
    empty: Option<String>,
    pages: Vec<PageLink>,
    prev: Option<String>,
    next: Option<String>,
    /// Rows on this page that the bulk form can approve.
    selectable: usize,
    select_all: bool,
    /// The "select all on this page" link, and the one that clears it.
    select_all_href: String,
    select_none_href: String,
    /// The filters, as hidden fields of the bulk form.
    hidden: Vec<Hidden>,
}

#[derive(Serialize)]
struct FilterView {
    status: &'static str,
    category: String,
    language: String,
    country: String,
}

#[derive(Serialize)]
struct StatusLink {
    value: &'static str,
    label: String,
    count: String,
    href: String,
    current: bool,
}

#[derive(Serialize)]
struct PageLink {
    label: String,
    href: String,
    current: bool,
    /// Pages left out before this one.
    gap_before: bool,
}

#[derive(Serialize)]
struct Hidden {
    name: &'static str,
    value: String,
}

#[derive(Serialize)]
struct QueueView {
    id: Uuid,
    title: String,
    /// The checkbox's accessible name: which project it selects.
    select_label: String,
    category: String,
    language: String,
    countries: String,
    consent: String,
    consent_complete: bool,
    moderation: String,
    /// What waits for a decision: a first submission or a change to a published project.
    review: Option<String>,
    /// The revision a bulk approval approves (the one waiting), when it can be approved
    /// now: not when approving would have to wait for a guardian's consent.
    pending_revision: Option<Uuid>,
    /// Why a waiting revision cannot be approved yet.
    waits: Option<String>,
}

fn none_if_empty(s: &str) -> Option<&str> {
    Some(s.trim()).filter(|s| !s.is_empty())
}

/// The page numbers linked around `page`: the first, two either side, the last.
fn page_numbers(page: u32, last: u32) -> Vec<u32> {
    let mut out = vec![1];
    out.extend(page.saturating_sub(2).max(2)..=page.saturating_add(2).min(last));
    if last > 1 {
        out.push(last);
    }
    out.dedup();
    out
}

async fn queue(
    ctx: PageContext,
    _organizer: OrganizerUser,
    filters: web::Query<Filters>,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let query = QueueQuery::parse(&filters)?;
    let filter = query.filter();
    let offset = i64::from(query.page - 1) * PER_PAGE;
    let mut conn = ctx.conn().await?;
    let current = db::events::current(&mut conn).await?;
    let categories = match &current {
        Some(event) => db::events::categories(&mut conn, event.id).await?,
        None => Vec::new(),
    };
    let readable = Readable {
        categories: categories
            .iter()
            .map(|c| (c.slug.to_string(), super::public::category_name(c, l)))
            .collect(),
        locale: l,
    };
    let (counts, rows) = match &current {
        Some(event) => {
            let counts = db::moderation::queue_counts(&mut conn, event.id.0, &filter).await?;
            let rows = if offset < counts.of(query.status) {
                db::moderation::queue(&mut conn, event.id.0, &filter, PER_PAGE, offset).await?
            } else {
                Vec::new()
            };
            (counts, rows)
        }
        None => (QueueCounts::default(), Vec::new()),
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
        // The operation refuses these (`moderation-waits-for-consent`), and one refusal
        // refuses a whole bulk approval: they are not offered for it.
        let waits = r.pending_revision.is_some() && publication::approval_waits_for_consent(&facts);
        out.push(QueueView {
            id: r.id,
            select_label: l.t_args(
                "moderation-select-project",
                &[("title", r.title.clone().into())],
            ),
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
            pending_revision: r.pending_revision.filter(|_| !waits),
            waits: waits.then(|| l.t("moderation-waits-short")),
        });
    }
    drop(conn);
    let total = counts.of(query.status);
    let last = u32::try_from((total + PER_PAGE - 1) / PER_PAGE)
        .unwrap_or(u32::MAX)
        .max(1);
    let number = |n: i64| crate::i18n::format_number(n, l);
    let shown = i64::try_from(out.len()).unwrap_or(0);
    let page = QueuePage {
        filters: FilterView {
            status: query.status.as_str(),
            category: query.category.clone(),
            language: query.language.clone(),
            country: query.country.clone(),
        },
        statuses: QueueStatus::ALL
            .into_iter()
            .map(|status| StatusLink {
                value: status.as_str(),
                label: status_label(l, status),
                count: number(counts.of(status)),
                href: query.href(status, 1, false),
                current: status == query.status,
            })
            .collect(),
        categories: std::iter::once(SelectOption {
            value: String::new(),
            label: l.t("moderation-any-category"),
        })
        .chain(categories.iter().map(|c| SelectOption {
            value: c.slug.to_string(),
            label: super::public::category_name(c, l),
        }))
        .collect(),
        showing: (shown > 0).then(|| {
            l.t_args(
                "moderation-showing",
                &[
                    ("from", number(offset + 1).into()),
                    ("to", number(offset + shown).into()),
                    ("total", number(total).into()),
                ],
            )
        }),
        past_end: (shown == 0 && total > 0)
            .then(|| l.t_args("moderation-past-end", &[("pages", i64::from(last).into())])),
        empty: (total == 0).then(|| {
            l.t(if query.status == QueueStatus::Review {
                "moderation-none-to-review"
            } else {
                "moderation-empty"
            })
        }),
        first_href: query.href(query.status, 1, false),
        pages: if last > 1 {
            let numbers = page_numbers(query.page.min(last), last);
            numbers
                .iter()
                .enumerate()
                .map(|(i, n)| PageLink {
                    label: number(i64::from(*n)),
                    href: query.href(query.status, *n, false),
                    current: *n == query.page,
                    gap_before: i > 0 && numbers[i - 1] + 1 < *n,
                })
                .collect()
        } else {
            Vec::new()
        },
        prev: (query.page > 1 && query.page <= last)
            .then(|| query.href(query.status, query.page - 1, false)),
        next: (query.page < last).then(|| query.href(query.status, query.page + 1, false)),
        selectable: out.iter().filter(|r| r.pending_revision.is_some()).count(),
        select_all: query.select_all,
        select_all_href: query.href(query.status, query.page, true),
        select_none_href: query.href(query.status, query.page, false),
        hidden: query.hidden(),
        rows: out,
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

/// Approves the ticked revisions (`revision`), all or none; then back to the queue as it
/// was filtered (its filters come as hidden fields).
async fn bulk_approve(
    ctx: PageContext,
    organizer: OrganizerUser,
    form: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let field = |name: &str| {
        form.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let back = QueueQuery::parse(&Filters {
        status: field("status"),
        category: field("category"),
        language: field("language"),
        country: field("country"),
        page: field("page"),
        select: String::new(),
    })
    .map_or_else(
        |_| "/organizer/moderation".to_owned(),
        |q| q.href(q.status, q.page, false),
    );
    let revisions = form
        .0
        .iter()
        .filter(|(k, _)| k == "revision")
        .map(|(_, v)| Uuid::parse_str(v).map_err(|_| AppError::BadRequest))
        .collect::<Result<Vec<_>, _>>()?;
    if revisions.is_empty() {
        ctx.flash("moderation-bulk-none")?;
        return Ok(see_other(&back));
    }
    let actor = ctx.actor(&organizer.0);
    match operations::moderation::bulk_approve(ctx.ops(), &actor, &revisions).await {
        Ok(_) => {
            ctx.flash("moderation-saved")?;
            Ok(see_other(&back))
        }
        Err(OpError::NotFound) => Err(AppError::BadRequest),
        Err(e) => ctx.refused(e, &back),
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
