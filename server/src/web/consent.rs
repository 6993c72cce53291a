//! Guardian consent: a teenager asks a guardian by email; the guardian (or, for a child
//! profile, the adult who manages it, in the app) sees exactly what will be public and
//! answers three separate questions; a confirmation email carries a withdrawal link.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::context::{PageContext, see_other};
use super::csrf::CsrfForm;
use super::forms::{NoFields, Problem};
use super::guards::CurrentUser;
use super::router::Routes;
use super::{AppError, parse_id};
use crate::auth::secrets::hash_token;
use crate::db;
use crate::db::consents::{MemberFacts, RecordedAnswers, TokenPurpose};
use crate::db::tokens::Lookup;
use crate::domain::account::EmailAddress;
use crate::domain::consent_answer::{Choice, Grants, Submitted};
use crate::domain::gallery::AgeBracket;
use crate::domain::project::ImageStatus;
use crate::domain::publication::{CONSENT_WORDING_VERSION, Scope};
use crate::i18n::Locale;
use crate::operations::{self, LinkProblem, OpError};

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

/// The consent page: the questions, or what a used link recorded.
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum ConsentView {
    Form(ConsentPage),
    Receipt(ReceiptPage),
}

#[derive(Serialize)]
struct ConsentPage {
    action: String,
    creator_name: String,
    country: String,
    age_group: String,
    project_title: String,
    project_description: String,
    /// Everything else the gallery shows about the project.
    project_details: Vec<Detail>,
    images: Vec<PreviewImage>,
    wording_version: &'static str,
    /// The revision shown, which the answer is recorded for.
    revision: Option<Uuid>,
    csrf_token: String,
    /// The boxes as ticked when the form is shown again.
    ticked: Ticked,
    /// Why the answer was not recorded (the choices' problem), and the summary of it.
    error: Option<String>,
    errors: Vec<Problem>,
}

#[derive(Serialize)]
struct Detail {
    label: String,
    text: String,
    /// A link: left-to-right whatever the page's direction.
    link: bool,
}

#[derive(Serialize, Default)]
struct Ticked {
    publish: bool,
    photos: bool,
    contact: bool,
}

#[derive(Serialize)]
struct PreviewImage {
    src: String,
    alt: String,
    shows_person: bool,
}

/// An answer the rule refused: the boxes as they were ticked, and the problem's key.
struct Refusal {
    ticked: Grants,
    key: &'static str,
}

impl Refusal {
    /// The refusal of `answer` in `e`, when `e` is the rule's.
    fn of(answer: Submitted, e: &OpError) -> Option<Refusal> {
        match e {
            OpError::Invalid(problems) => problems.first().map(|(_, problem)| Refusal {
                ticked: answer.ticked,
                key: problem.0,
            }),
            _ => None,
        }
    }
}

/// Exactly what will be public about the project and the creator: the project's newest
/// revision (what a moderator decides on), and the creator's public details. After a
/// refused answer, the form again with its problem (422).
async fn consent_page(
    ctx: &PageContext,
    project: Uuid,
    member: &MemberFacts,
    action: String,
    image_src: impl Fn(Uuid) -> String,
    refusal: Option<Refusal>,
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
    drop(conn);
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
    let (status, ticked, error) = match refusal {
        None => (StatusCode::OK, Ticked::default(), None),
        Some(r) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            Ticked {
                publish: r.ticked.publish,
                photos: r.ticked.photos,
                contact: r.ticked.contact,
            },
            Some(l.t(r.key)),
        ),
    };
    let page = ConsentPage {
        action,
        creator_name: member.display_name.clone(),
        country: crate::i18n::country_name(&member.country, l),
        age_group: l.t(&AgeBracket::of_age(age).label_key()),
        project_details: [
            ("project-field-why-made", &content.why_made, false),
            ("project-field-difficulties", &content.difficulties, false),
            ("project-field-next-steps", &content.next_steps, false),
            ("project-field-community", &content.community, false),
            ("project-field-project-url", &content.project_url, true),
            ("project-field-video-url", &content.video_url, true),
        ]
        .into_iter()
        .filter(|(_, text, _)| !text.trim().is_empty())
        .map(|(key, text, link)| Detail {
            label: l.t(key),
            text: text.clone(),
            link,
        })
        .collect(),
        project_title: content.title.clone(),
        project_description: content.short_description.clone(),
        images,
        wording_version: CONSENT_WORDING_VERSION,
        revision: newest.map(|r| r.id),
        csrf_token: super::csrf::token(&ctx.session)?,
        ticked,
        errors: error
            .iter()
            .map(|text| Problem {
                text: text.clone(),
                target: "f-choices".into(),
            })
            .collect(),
        error,
    };
    ctx.render_status(
        status,
        "consent/consent.html",
        l.t("consent-heading"),
        &ConsentView::Form(page),
    )
}

/// What a used link recorded, as the guardian (who has no account) reads it again.
#[derive(Serialize)]
struct ReceiptPage {
    creator_name: String,
    answered_at: String,
    withdrawn_at: Option<String>,
    /// Each question with its recorded answer.
    answers: Vec<ReceiptLine>,
    wording_version: String,
}

#[derive(Serialize)]
struct ReceiptLine {
    question: String,
    answer: String,
    granted: bool,
}

fn scope_question(scope: Scope) -> &'static str {
    match scope {
        Scope::Publish => "consent-scope-publish",
        Scope::Photos => "consent-scope-photos",
        Scope::Contact => "consent-scope-contact",
    }
}

fn receipt_page(ctx: &PageContext, recorded: &RecordedAnswers) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let tz = recorded.timezone.tz();
    let when = |at| crate::i18n::format_date_time(at, tz, l);
    // The newest answer per scope, should a request hold more than one.
    let answers: Vec<_> = Scope::ALL
        .into_iter()
        .filter_map(|scope| recorded.answers.iter().rfind(|a| a.scope == scope))
        .collect();
    let answered_at = answers.iter().map(|a| a.given_at).max();
    let withdrawn_at = answers.iter().filter_map(|a| a.withdrawn_at).max();
    let page = ReceiptPage {
        creator_name: recorded.creator_name.clone(),
        answered_at: answered_at.map(when).unwrap_or_default(),
        withdrawn_at: withdrawn_at.map(when),
        answers: answers
            .iter()
            .map(|a| ReceiptLine {
                question: l.t(scope_question(a.scope)),
                answer: l.t(match (a.granted, a.withdrawn_at) {
                    (true, None) => "consent-answer-granted",
                    (true, Some(_)) => "consent-answer-withdrawn",
                    (false, _) => "consent-answer-declined",
                }),
                granted: a.granted && a.withdrawn_at.is_none(),
            })
            .collect(),
        wording_version: answers
            .first()
            .map(|a| a.wording_version.clone())
            .unwrap_or_default(),
    };
    ctx.render(
        "consent/consent.html",
        l.t("consent-receipt-heading"),
        &ConsentView::Receipt(page),
    )
}

/// The page for a consent link that cannot be used. A used one shows what it recorded;
/// an expired or unknown one says only that (nothing about the child), and none talks of
/// signing in: guardians have no account.
async fn link_problem(
    ctx: &PageContext,
    token: &str,
    purpose: TokenPurpose,
    problem: LinkProblem,
) -> Result<HttpResponse, AppError> {
    let (heading, text) = match problem {
        LinkProblem::Used => {
            let mut conn = ctx.conn().await?;
            let recorded =
                db::consents::answers_of_used_token(&mut conn, &hash_token(token), purpose).await?;
            drop(conn);
            if let Some(recorded) = recorded {
                return receipt_page(ctx, &recorded);
            }
            ("token-used-heading", "consent-link-used-text")
        }
        LinkProblem::Expired => ("token-expired-heading", "consent-link-expired-text"),
        LinkProblem::Unknown | LinkProblem::Revoked => {
            ("token-invalid-heading", "consent-link-invalid-text")
        }
    };
    let l = ctx.locale.locale;
    let page = super::pages::MessagePage::new(l.t(heading), vec![l.t(text)]);
    ctx.render_status(StatusCode::BAD_REQUEST, "message.html", l.t(heading), &page)
}

/// `link_problem` for a token looked up without using it.
async fn lookup_problem<S>(
    ctx: &PageContext,
    token: &str,
    purpose: TokenPurpose,
    lookup: &Lookup<S>,
) -> Result<HttpResponse, AppError> {
    let problem = match lookup {
        Lookup::Used => LinkProblem::Used,
        Lookup::Expired => LinkProblem::Expired,
        Lookup::Revoked => LinkProblem::Revoked,
        Lookup::Unknown | Lookup::Valid(_) => LinkProblem::Unknown,
    };
    link_problem(ctx, token, purpose, problem).await
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
    /// The button pressed and the boxes ticked, for the operation to check.
    fn submitted(&self) -> Submitted {
        Submitted {
            choice: Choice::parse(&self.answer),
            ticked: Grants {
                publish: self.publish.is_some(),
                photos: self.photos.is_some(),
                contact: self.contact.is_some(),
            },
        }
    }

    fn revision(&self) -> Option<Uuid> {
        Uuid::parse_str(&self.revision).ok()
    }
}

/// The in-app consent page of `creator`, for the adult managing the profile.
async fn in_app_form(
    ctx: &PageContext,
    user: &CurrentUser,
    project: Uuid,
    creator: Uuid,
    refusal: Option<Refusal>,
) -> Result<HttpResponse, AppError> {
    let member = member_of(ctx, user, project, creator).await?;
    if member.managed_by != Some(user.id()) {
        return Err(AppError::Forbidden);
    }
    consent_page(
        ctx,
        project,
        &member,
        format!("/projects/{project}/consent/{creator}"),
        |i| format!("/projects/{project}/images/{i}/480"),
        refusal,
    )
    .await
}

async fn in_app_page(
    ctx: PageContext,
    user: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (project, creator) = path.into_inner();
    let (project, creator) = (parse_id(&project)?, parse_id(&creator)?);
    in_app_form(&ctx, &user, project, creator, None).await
}

async fn in_app_answer(
    ctx: PageContext,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    form: CsrfForm<AnswerForm>,
) -> Result<HttpResponse, AppError> {
    let (project, creator) = path.into_inner();
    let (project, creator) = (parse_id(&project)?, parse_id(&creator)?);
    let answer = form.0.submitted();
    let recorded = match operations::consent::answer_in_app(
        ctx.ops(),
        &ctx.actor(&user),
        project,
        creator,
        answer,
        form.0.revision(),
    )
    .await
    {
        Ok(recorded) => recorded,
        Err(e) => {
            return match Refusal::of(answer, &e) {
                Some(refusal) => in_app_form(&ctx, &user, project, creator, Some(refusal)).await,
                None => Err(e.into()),
            };
        }
    };
    ctx.flash(if recorded.agreed() {
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

/// The consent page of a valid link (the form again after a refused answer), else why
/// the link cannot be used.
async fn guardian_form(
    ctx: &PageContext,
    token: &str,
    refusal: Option<Refusal>,
) -> Result<HttpResponse, AppError> {
    let request = match peek_request(ctx, token, TokenPurpose::Respond).await? {
        Lookup::Valid(request) => request,
        problem => return lookup_problem(ctx, token, TokenPurpose::Respond, &problem).await,
    };
    let (req, member) = request_member(ctx, request).await?;
    consent_page(
        ctx,
        req.project_id,
        &member,
        format!("/consent/{token}"),
        |i| format!("/consent/{token}/images/{i}"),
        refusal,
    )
    .await
}

async fn guardian_page(
    ctx: PageContext,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    guardian_form(&ctx, &token, None).await
}

async fn guardian_answer(
    ctx: PageContext,
    token: web::Path<String>,
    form: CsrfForm<AnswerForm>,
) -> Result<HttpResponse, AppError> {
    let answer = form.0.submitted();
    let answered = match operations::consent::answer_by_link(
        ctx.ops(),
        &ctx.visitor(),
        &token,
        answer,
        form.0.revision(),
        ctx.locale.locale.code(),
    )
    .await
    {
        Ok(answered) => answered,
        Err(OpError::Link(problem)) => {
            return link_problem(&ctx, &token, TokenPurpose::Respond, problem).await;
        }
        Err(e) => {
            return match Refusal::of(answer, &e) {
                Some(refusal) => guardian_form(&ctx, &token, Some(refusal)).await,
                None => Err(e.into()),
            };
        }
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
        return lookup_problem(&ctx, &token, TokenPurpose::Withdraw, &lookup).await;
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
        Err(OpError::Link(problem)) => {
            return link_problem(&ctx, &token, TokenPurpose::Withdraw, problem).await;
        }
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
            } else if m.publish_withdrawn {
                "consent-state-withdrawn"
            } else if m.publish_declined {
                "consent-state-declined"
            } else {
                "consent-state-missing"
            }),
            can_request: m.user_id == Some(user) && !m.publish,
            can_answer: m.managed_by == Some(user),
        })
        .collect()
}
