//! Guardian consent: a teenager asks a guardian by email; the guardian (or, for a child
//! profile, the adult who manages it, in the app) sees exactly what will be public and
//! answers three separate questions; a confirmation email carries a withdrawal link.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use chrono::{Duration, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::account::NoFields;
use super::context::{PageContext, see_other};
use super::csrf::CsrfForm;
use super::guards::CurrentUser;
use super::router::Routes;
use super::sign_in::token_problem_page;
use super::{AppError, parse_id};
use crate::auth::secrets::hash_token;
use crate::db;
use crate::db::consents::{AnsweredBy, MemberFacts, TokenPurpose};
use crate::db::tokens::Lookup;
use crate::domain::account::EmailAddress;
use crate::domain::gallery::AgeBracket;
use crate::domain::project::ImageStatus;
use crate::domain::publication::{CONSENT_WORDING_VERSION, Scope};
use crate::i18n::Locale;
use crate::jobs::{self, EmailJob, Job, Notice};

/// How long a guardian has to answer; reminders go out after 3 and 7 days.
const REQUEST_DAYS: i64 = 10;
const REMINDER_DAYS: [i64; 2] = [3, 7];
/// A creator may resend a request at most this often.
const RESEND_MINUTES: i64 = 10;

pub fn routes(r: &mut Routes) {
    r.post("/projects/{id}/consent/request", request);
    r.get("/projects/{id}/consent/{creator}", in_app_page);
    r.post("/projects/{id}/consent/{creator}", in_app_answer);
    r.get("/consent/{token}", guardian_page);
    r.post("/consent/{token}", guardian_answer);
    r.get("/consent/{token}/images/{image}", guardian_image);
    r.get("/consent/withdraw/{token}", withdraw_page);
    r.post("/consent/withdraw/{token}", withdraw);
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RequestForm {
    creator_id: String,
    guardian_email: String,
}

/// The team member `creator` of a project the user works on, with consent facts.
async fn member_of(
    ctx: &PageContext,
    user: &CurrentUser,
    project: Uuid,
    creator: Uuid,
) -> Result<MemberFacts, AppError> {
    let mut conn = ctx.conn().await?;
    if !db::projects::user_is_member(&mut conn, user.id(), project).await? {
        return Err(AppError::NotFound);
    }
    let (_, members) = db::consents::facts(&mut conn, project)
        .await?
        .ok_or(AppError::NotFound)?;
    members
        .into_iter()
        .find(|m| m.creator_id == creator)
        .ok_or(AppError::NotFound)
}

/// A teenager asks a guardian: the request, its email and two reminders are enqueued in
/// one transaction.
async fn request(
    ctx: PageContext,
    user: CurrentUser,
    id: web::Path<String>,
    form: CsrfForm<RequestForm>,
) -> Result<HttpResponse, AppError> {
    let project = parse_id(&id)?;
    let creator = parse_id(&form.0.creator_id)?;
    let member = member_of(&ctx, &user, project, creator).await?;
    // Only the teenager themself asks their guardian; children's adults answer in the app.
    if member.user_id != Some(user.id()) {
        return Err(AppError::Forbidden);
    }
    let back = format!("/projects/{project}");
    let Ok(email) = EmailAddress::parse(&form.0.guardian_email) else {
        ctx.flash("consent-email-invalid")?;
        return Ok(see_other(&back));
    };
    if email.as_str() == user.0.email {
        ctx.flash("consent-email-own")?;
        return Ok(see_other(&back));
    }
    let mut tx = ctx.begin().await?;
    if let Some(pending) = db::consents::pending_for(&mut tx, creator).await?
        && Utc::now() - pending.created_at < Duration::minutes(RESEND_MINUTES)
    {
        ctx.flash("consent-resend-wait")?;
        return Ok(see_other(&back));
    }
    let now = Utc::now();
    let request = db::consents::create_request(
        &mut tx,
        creator,
        project,
        Some(email.as_str()),
        ctx.locale.locale.code(),
        user.id(),
        now + Duration::days(REQUEST_DAYS),
    )
    .await?;
    db::consents::mark_sent(&mut tx, request).await?;
    jobs::enqueue(
        &mut tx,
        &Job::Email(EmailJob::ConsentRequest {
            request_id: request,
            reminder: false,
        }),
    )
    .await?;
    for days in REMINDER_DAYS {
        jobs::enqueue_at(
            &mut tx,
            &Job::Email(EmailJob::ConsentRequest {
                request_id: request,
                reminder: true,
            }),
            now + Duration::days(days),
        )
        .await?;
    }
    tx.commit().await.map_err(anyhow::Error::from)?;
    ctx.flash("consent-requested")?;
    Ok(see_other(&back))
}

#[derive(Serialize)]
struct ConsentPage {
    action: String,
    creator_name: String,
    country: String,
    age_group: String,
    project_title: String,
    project_description: String,
    /// Everything else the gallery shows about the project: (label, text) pairs.
    project_details: Vec<(String, String)>,
    images: Vec<PreviewImage>,
    wording_version: &'static str,
    csrf_token: String,
}

#[derive(Serialize)]
struct PreviewImage {
    src: String,
    alt: String,
    shows_person: bool,
}

async fn consent_page(
    ctx: &PageContext,
    project: Uuid,
    member: &MemberFacts,
    action: String,
    image_src: impl Fn(Uuid) -> String,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let mut conn = ctx.conn().await?;
    let p = db::projects::get(&mut conn, project)
        .await?
        .ok_or(AppError::NotFound)?;
    let event = db::events::by_id(&mut conn, p.event_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let images = db::projects::images(&mut conn, project)
        .await?
        .into_iter()
        .filter(|i| i.status == ImageStatus::Ready)
        .map(|i| PreviewImage {
            src: image_src(i.id),
            alt: i.alt_text,
            shows_person: i.shows_person,
        })
        .collect();
    let age = member
        .birth
        .map(|b| b.age_on(event.reference_date))
        .unwrap_or(0);
    let page = ConsentPage {
        action,
        creator_name: member.display_name.clone(),
        country: crate::i18n::country_name(&member.country, l),
        age_group: l.t(&AgeBracket::of_age(age).label_key()),
        project_details: [
            ("project-field-why-made", &p.fields.why_made),
            ("project-field-difficulties", &p.fields.difficulties),
            ("project-field-next-steps", &p.fields.next_steps),
            ("project-field-community", &p.fields.community),
            ("project-field-project-url", &p.fields.project_url),
            ("project-field-video-url", &p.fields.video_url),
        ]
        .into_iter()
        .filter(|(_, text)| !text.trim().is_empty())
        .map(|(key, text)| (l.t(key), text.clone()))
        .collect(),
        project_title: p.fields.title,
        project_description: p.fields.short_description,
        images,
        wording_version: CONSENT_WORDING_VERSION,
        csrf_token: super::csrf::token(&ctx.session)?,
    };
    ctx.render("consent/consent.html", l.t("consent-heading"), &page)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AnswerForm {
    publish: Option<String>,
    photos: Option<String>,
    contact: Option<String>,
    /// `agree` or `decline`.
    answer: String,
}

impl AnswerForm {
    /// The granted scopes: declining grants none; photos only make sense with publishing.
    fn grants(&self) -> [(Scope, bool); 3] {
        let agree = self.answer == "agree";
        let publish = agree && self.publish.is_some();
        [
            (Scope::Publish, publish),
            (Scope::Photos, publish && self.photos.is_some()),
            (Scope::Contact, agree && self.contact.is_some()),
        ]
    }
}

async fn in_app_page(
    ctx: PageContext,
    user: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (project, creator) = path.into_inner();
    let (project, creator) = (parse_id(&project)?, parse_id(&creator)?);
    let member = member_of(&ctx, &user, project, creator).await?;
    if member.managed_by != Some(user.id()) {
        return Err(AppError::Forbidden);
    }
    consent_page(
        &ctx,
        project,
        &member,
        format!("/projects/{project}/consent/{creator}"),
        |i| format!("/projects/{project}/images/{i}/480"),
    )
    .await
}

async fn in_app_answer(
    ctx: PageContext,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    form: CsrfForm<AnswerForm>,
) -> Result<HttpResponse, AppError> {
    let (project, creator) = path.into_inner();
    let (project, creator) = (parse_id(&project)?, parse_id(&creator)?);
    let member = member_of(&ctx, &user, project, creator).await?;
    if member.managed_by != Some(user.id()) {
        return Err(AppError::Forbidden);
    }
    let mut tx = ctx.begin().await?;
    for (scope, granted) in form.0.grants() {
        db::consents::record(
            &mut tx,
            creator,
            None,
            scope,
            granted,
            CONSENT_WORDING_VERSION,
            AnsweredBy::User(user.id()),
        )
        .await?;
    }
    crate::publication::refresh_creator(&mut tx, creator).await?;
    tx.commit().await.map_err(anyhow::Error::from)?;
    ctx.flash(if form.0.answer == "agree" {
        "consent-recorded"
    } else {
        "consent-declined"
    })?;
    Ok(see_other(&format!("/projects/{project}")))
}

/// The request of a valid consent link, without using the link.
async fn peek_request(
    ctx: &PageContext,
    token: &str,
    purpose: TokenPurpose,
) -> Result<Lookup<Uuid>, AppError> {
    let mut conn = ctx.conn().await?;
    Ok(db::consents::peek_token(&mut conn, &hash_token(token), purpose).await?)
}

/// Uses a consent link inside `tx`: its request, or why the link cannot be used.
async fn use_request(
    tx: &mut sqlx::PgConnection,
    token: &str,
    purpose: TokenPurpose,
) -> Result<Result<db::consents::RequestRecord, Lookup<Uuid>>, AppError> {
    match db::consents::consume_token(tx, &hash_token(token), purpose).await? {
        Lookup::Valid(request) => Ok(Ok(db::consents::request(tx, request)
            .await?
            .ok_or(AppError::NotFound)?)),
        problem => Ok(Err(problem)),
    }
}

/// The request a valid respond token belongs to, and its member.
async fn request_member(
    ctx: &PageContext,
    request: Uuid,
) -> Result<(db::consents::RequestRecord, MemberFacts), AppError> {
    let mut conn = ctx.conn().await?;
    let req = db::consents::request(&mut conn, request)
        .await?
        .ok_or(AppError::NotFound)?;
    let (_, members) = db::consents::facts(&mut conn, req.project_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let member = members
        .into_iter()
        .find(|m| m.creator_id == req.creator_id)
        .ok_or(AppError::NotFound)?;
    Ok((req, member))
}

async fn guardian_page(
    ctx: PageContext,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let request = match peek_request(&ctx, &token, TokenPurpose::Respond).await? {
        Lookup::Valid(request) => request,
        problem => return token_problem_page(&ctx, &problem),
    };
    let (req, member) = request_member(&ctx, request).await?;
    let t = token.into_inner();
    consent_page(
        &ctx,
        req.project_id,
        &member,
        format!("/consent/{t}"),
        |i| format!("/consent/{t}/images/{i}"),
    )
    .await
}

async fn guardian_answer(
    ctx: PageContext,
    token: web::Path<String>,
    form: CsrfForm<AnswerForm>,
) -> Result<HttpResponse, AppError> {
    let mut tx = ctx.begin().await?;
    let req = match use_request(&mut tx, &token, TokenPurpose::Respond).await? {
        Ok(req) => req,
        Err(problem) => return token_problem_page(&ctx, &problem),
    };
    let email = req.guardian_email.clone().ok_or(AppError::NotFound)?;
    for (scope, granted) in form.0.grants() {
        db::consents::record(
            &mut tx,
            req.creator_id,
            Some(req.id),
            scope,
            granted,
            CONSENT_WORDING_VERSION,
            AnsweredBy::Email(&email),
        )
        .await?;
    }
    db::consents::mark_answered(&mut tx, req.id).await?;
    crate::publication::refresh_creator(&mut tx, req.creator_id).await?;
    let agreed = form.0.answer == "agree";
    if agreed {
        jobs::enqueue(
            &mut tx,
            &Job::Email(EmailJob::ConsentConfirmation {
                request_id: req.id,
                locale: ctx.locale.locale.code().to_owned(),
            }),
        )
        .await?;
    }
    tx.commit().await.map_err(anyhow::Error::from)?;
    let l = ctx.locale.locale;
    let (heading, text) = if agreed {
        ("consent-thanks-heading", "consent-thanks-text")
    } else {
        ("consent-declined-heading", "consent-declined-text")
    };
    let page = super::pages::MessagePage::new(l.t(heading), vec![l.t(text)]);
    ctx.render("message.html", l.t(heading), &page)
}

async fn guardian_image(
    ctx: PageContext,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (token, image) = path.into_inner();
    let image = parse_id(&image)?;
    let Lookup::Valid(request) = peek_request(&ctx, &token, TokenPurpose::Respond).await? else {
        return Err(AppError::NotFound);
    };
    let mut conn = ctx.conn().await?;
    let req = db::consents::request(&mut conn, request)
        .await?
        .ok_or(AppError::NotFound)?;
    db::projects::image(&mut conn, image)
        .await?
        .filter(|i| i.project_id == req.project_id && i.status == ImageStatus::Ready)
        .ok_or(AppError::NotFound)?;
    drop(conn);
    super::http_cache::jpeg(ctx.state.storage.as_ref(), image, 480, "private, no-store").await
}

async fn withdraw_page(
    ctx: PageContext,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    if let problem @ (Lookup::Unknown | Lookup::Used | Lookup::Expired) =
        peek_request(&ctx, &token, TokenPurpose::Withdraw).await?
    {
        return token_problem_page(&ctx, &problem);
    }
    let l = ctx.locale.locale;
    let page = super::pages::FormPage::new(
        l.t("consent-withdraw-heading"),
        format!("/consent/withdraw/{token}"),
        l.t("consent-withdraw-submit"),
        vec![],
    )
    .intro(l.t("consent-withdraw-intro"));
    ctx.render_status(
        StatusCode::OK,
        "form.html",
        l.t("consent-withdraw-heading"),
        &page,
    )
}

async fn withdraw(
    ctx: PageContext,
    token: web::Path<String>,
    _form: CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    let mut tx = ctx.begin().await?;
    let req = match use_request(&mut tx, &token, TokenPurpose::Withdraw).await? {
        Ok(req) => req,
        Err(problem) => return token_problem_page(&ctx, &problem),
    };
    // Withdrawal takes effect in this transaction: the publication rule reads consents
    // live, so the project leaves every public surface as soon as it commits.
    db::consents::withdraw_all(&mut tx, req.creator_id).await?;
    crate::publication::refresh_creator(&mut tx, req.creator_id).await?;
    // The team and the organizers are told, one email job each.
    let (_, members) = db::consents::facts(&mut tx, req.project_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let creator_name = members
        .iter()
        .find(|m| m.creator_id == req.creator_id)
        .map(|m| m.display_name.clone())
        .unwrap_or_default();
    let mut recipients: Vec<Uuid> = db::projects::member_accounts(&mut tx, req.project_id)
        .await?
        .into_iter()
        .map(|(id, ..)| id)
        .collect();
    recipients
        .extend(db::users::with_role(&mut tx, crate::domain::account::Role::Organizer).await?);
    recipients.sort();
    recipients.dedup();
    for user_id in recipients {
        let notice = Notice::ConsentWithdrawn {
            creator_name: creator_name.clone(),
        };
        jobs::enqueue(
            &mut tx,
            &Job::Email(EmailJob::ProjectNotice {
                user_id,
                project_id: req.project_id,
                notice,
            }),
        )
        .await?;
    }
    tx.commit().await.map_err(anyhow::Error::from)?;
    let l = ctx.locale.locale;
    let page = super::pages::MessagePage::new(
        l.t("consent-withdrawn-heading"),
        vec![l.t("consent-withdrawn-text")],
    );
    ctx.render("message.html", l.t("consent-withdrawn-heading"), &page)
}

/// The consent section of a project page: each member who needs consent and what can be
/// done about it by this user.
#[derive(Serialize)]
pub struct ConsentRow {
    pub creator_id: Uuid,
    pub display_name: String,
    pub needs_consent: bool,
    pub state: String,
    /// The teenager themself: may ask a guardian by email.
    pub can_request: bool,
    /// The managing adult: answers in the app.
    pub can_answer: bool,
}

/// Builds the consent section for `user`.
pub fn consent_rows(l: Locale, members: &[MemberFacts], user: Uuid) -> Vec<ConsentRow> {
    members
        .iter()
        .filter(|m| m.needs_consent)
        .map(|m| ConsentRow {
            creator_id: m.creator_id,
            display_name: m.display_name.clone(),
            needs_consent: m.needs_consent,
            state: l.t(if m.publish {
                "consent-state-granted"
            } else if m.pending_request {
                "consent-state-pending"
            } else {
                "consent-state-missing"
            }),
            can_request: m.user_id == Some(user) && !m.publish,
            can_answer: m.managed_by == Some(user),
        })
        .collect()
}
