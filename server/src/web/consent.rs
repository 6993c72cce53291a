//! Guardian consent: a teenager asks a guardian by email; the guardian (or, for a child
//! profile, the adult who manages it, in the app) sees exactly what will be public and
//! answers three separate questions; a confirmation email carries a withdrawal link.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::context::{PageContext, see_other};
use super::csrf::CsrfForm;
use super::forms::NoFields;
use super::guards::CurrentUser;
use super::router::Routes;
use super::sign_in::{link_problem_page, token_problem_page};
use super::{AppError, parse_id};
use crate::auth::secrets::hash_token;
use crate::db;
use crate::db::consents::{MemberFacts, TokenPurpose};
use crate::db::tokens::Lookup;
use crate::domain::account::EmailAddress;
use crate::domain::gallery::AgeBracket;
use crate::domain::project::ImageStatus;
use crate::domain::publication::CONSENT_WORDING_VERSION;
use crate::i18n::Locale;
use crate::operations::consent::Grants;
use crate::operations::{self, OpError};

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
    Ok(operations::consent::member_of(&mut conn, &ctx.actor(user), project, creator).await?)
}

/// A teenager asks a guardian by email.
async fn request(
    ctx: PageContext,
    user: CurrentUser,
    id: web::Path<String>,
    form: CsrfForm<RequestForm>,
) -> Result<HttpResponse, AppError> {
    let project = parse_id(&id)?;
    let creator = parse_id(&form.0.creator_id)?;
    let back = format!("/projects/{project}");
    let Ok(email) = EmailAddress::parse(&form.0.guardian_email) else {
        ctx.flash("consent-email-invalid")?;
        return Ok(see_other(&back));
    };
    let locale = ctx.locale.locale.code();
    match operations::consent::request(
        ctx.ops(),
        &ctx.actor(&user),
        project,
        creator,
        &email,
        locale,
    )
    .await
    {
        Ok(_) => {
            ctx.flash("consent-requested")?;
            Ok(see_other(&back))
        }
        Err(e) => ctx.refused(e, &back),
    }
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
    /// The revision shown, which the answer is recorded for.
    revision: Option<Uuid>,
    csrf_token: String,
}

#[derive(Serialize)]
struct PreviewImage {
    src: String,
    alt: String,
    shows_person: bool,
}

/// Exactly what will be public about the project and the creator: the project's newest
/// revision (what a moderator decides on), and the creator's public details.
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
    let newest = db::revisions::newest(&mut conn, project).await?;
    let content = match &newest {
        Some(r) => r.content.clone(),
        None => operations::projects::working_copy(&mut conn, project).await?,
    };
    let ready: Vec<Uuid> = db::projects::images(&mut conn, project)
        .await?
        .into_iter()
        .filter(|i| i.status == ImageStatus::Ready)
        .map(|i| i.id)
        .collect();
    let images = content
        .images
        .iter()
        .filter(|i| ready.contains(&i.id))
        .map(|i| PreviewImage {
            src: image_src(i.id),
            alt: i.alt_text.clone(),
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
            ("project-field-why-made", &content.why_made),
            ("project-field-difficulties", &content.difficulties),
            ("project-field-next-steps", &content.next_steps),
            ("project-field-community", &content.community),
            ("project-field-project-url", &content.project_url),
            ("project-field-video-url", &content.video_url),
        ]
        .into_iter()
        .filter(|(_, text)| !text.trim().is_empty())
        .map(|(key, text)| (l.t(key), text.clone()))
        .collect(),
        project_title: content.title.clone(),
        project_description: content.short_description.clone(),
        images,
        wording_version: CONSENT_WORDING_VERSION,
        revision: newest.map(|r| r.id),
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
    /// The revision the page showed.
    revision: String,
}

impl AnswerForm {
    fn grants(&self) -> Grants {
        Grants::from_form(
            self.answer == "agree",
            self.publish.is_some(),
            self.photos.is_some(),
            self.contact.is_some(),
        )
    }

    fn revision(&self) -> Option<Uuid> {
        Uuid::parse_str(&self.revision).ok()
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
    let grants = form.0.grants();
    operations::consent::answer_in_app(
        ctx.ops(),
        &ctx.actor(&user),
        project,
        creator,
        grants,
        form.0.revision(),
    )
    .await?;
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
    let answered = match operations::consent::answer_by_link(
        ctx.ops(),
        &ctx.visitor(),
        &token,
        form.0.grants(),
        form.0.revision(),
        ctx.locale.locale.code(),
    )
    .await
    {
        Ok(answered) => answered,
        Err(OpError::Link(problem)) => return link_problem_page(&ctx, problem),
        Err(e) => return Err(e.into()),
    };
    let l = ctx.locale.locale;
    let (heading, text) = if answered.agreed {
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
    let lookup = peek_request(&ctx, &token, TokenPurpose::Withdraw).await?;
    if !matches!(lookup, Lookup::Valid(_)) {
        return token_problem_page(&ctx, &lookup);
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
    match operations::consent::withdraw_by_link(ctx.ops(), &ctx.visitor(), &token).await {
        Ok(()) => {}
        Err(OpError::Link(problem)) => return link_problem_page(&ctx, problem),
        Err(e) => return Err(e.into()),
    }
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
