//! Guardian consent: a teenager asks a guardian by email; the guardian (by the emailed
//! link) or the adult managing a child profile (in the app) answers three questions; a
//! confirmation email carries a withdrawal link, and withdrawal unpublishes at once.
//! Every answer records the revision of the project the person answering was shown.

use chrono::{Duration, Utc};
use serde_json::json;
use uuid::Uuid;

use super::{Actor, Capacity, OpError, Ops, Target, audit, commit};
use crate::auth::secrets::hash_token;
use crate::db;
use crate::db::consents::{Answer, AnsweredBy, MemberFacts, TokenPurpose};
use crate::db::tokens::Lookup;
use crate::domain::account::{EmailAddress, Role};
use crate::domain::consent_answer::{ConsentAnswer, Submitted};
use crate::domain::project::ProjectStatus;
use crate::domain::publication::CONSENT_WORDING_VERSION;
use crate::jobs::{self, EmailJob, Job, Notice};
use crate::publication;

/// How long a guardian has to answer; reminders go out after 3 and 7 days.
const REQUEST_DAYS: i64 = 10;
const REMINDER_DAYS: [i64; 2] = [3, 7];
/// A creator may resend a request at most this often.
const RESEND_MINUTES: i64 = 10;

pub use crate::domain::consent_answer::Grants;

/// The rule for a submitted answer, as the operation's refusal: an agreement must grant
/// something (declining everything is the other button), photos only with publishing.
fn checked(answer: Submitted) -> Result<ConsentAnswer, OpError> {
    answer
        .check()
        .map_err(|problem| OpError::invalid("choices", problem.key()))
}

/// The team member `creator` of a project the actor works on, with consent facts.
pub(crate) async fn member_of(
    conn: &mut sqlx::PgConnection,
    actor: &Actor,
    project: Uuid,
    creator: Uuid,
) -> Result<MemberFacts, OpError> {
    let user = actor.user.ok_or(OpError::NotFound)?;
    if !db::projects::user_is_member(conn, user, project).await? {
        return Err(OpError::NotFound);
    }
    let (_, members) = db::consents::facts(conn, project)
        .await?
        .ok_or(OpError::NotFound)?;
    members
        .into_iter()
        .find(|m| m.creator_id == creator)
        .ok_or(OpError::NotFound)
}

/// The revision an answer is bound to: the one the page showed, when it belongs to the
/// project, else the project's newest.
async fn shown_revision(
    conn: &mut sqlx::PgConnection,
    project: Uuid,
    shown: Option<Uuid>,
) -> Result<Option<Uuid>, OpError> {
    if let Some(id) = shown
        && let Some(r) = db::revisions::get(conn, id).await?
        && r.project_id == project
    {
        return Ok(Some(r.id));
    }
    Ok(db::revisions::newest(conn, project).await?.map(|r| r.id))
}

async fn record_answers(
    conn: &mut sqlx::PgConnection,
    creator: Uuid,
    request: Option<Uuid>,
    revision: Option<Uuid>,
    grants: Grants,
    by: AnsweredBy<'_>,
) -> Result<(), OpError> {
    for (scope, granted) in grants.by_scope() {
        db::consents::record(
            conn,
            &Answer {
                creator,
                request,
                revision,
                scope,
                granted,
                wording_version: CONSENT_WORDING_VERSION,
                by,
            },
        )
        .await?;
    }
    Ok(())
}

/// A teenager asks a guardian: the request, its email and two reminders are enqueued
/// in one transaction. The address must be someone else's: not the teenager's own, and
/// not the address of any account on the platform.
pub async fn request(
    ops: &Ops,
    actor: &Actor,
    project: Uuid,
    creator: Uuid,
    guardian: &EmailAddress,
    locale: &str,
) -> Result<Uuid, OpError> {
    let mut tx = ops.begin().await?;
    let member = member_of(&mut tx, actor, project, creator).await?;
    // Only the teenager themself asks their guardian; children's adults answer in the app.
    let user = actor.signed_in()?;
    if member.user_id != Some(user) {
        return Err(OpError::Forbidden);
    }
    let record = db::projects::get(&mut tx, project)
        .await?
        .ok_or(OpError::NotFound)?;
    if record.status != ProjectStatus::Submitted {
        return Err(OpError::Refused("consent-submit-first"));
    }
    if let Some(account) = db::users::by_email(&mut tx, guardian).await? {
        return Err(OpError::invalid(
            "guardian_email",
            if account.id == user {
                "consent-email-own"
            } else {
                "consent-email-account"
            },
        ));
    }
    if let Some(pending) = db::consents::pending_for(&mut tx, creator).await?
        && Utc::now() - pending.created_at < Duration::minutes(RESEND_MINUTES)
    {
        return Err(OpError::Refused("consent-resend-wait"));
    }
    let now = Utc::now();
    let request = db::consents::create_request(
        &mut tx,
        creator,
        project,
        Some(guardian.as_str()),
        locale,
        user,
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
    audit(
        &mut tx,
        actor,
        Capacity::Role(Role::Creator),
        "consent.request",
        Target::ConsentRequest(request),
        json!({ "creator": creator, "project": project, "guardian_domain": guardian.domain() }),
    )
    .await?;
    commit(tx).await?;
    Ok(request)
}

/// The adult managing a child profile answers in the app, for the revision they saw. An
/// answer the rule refuses (`Submitted::check`) records nothing.
pub async fn answer_in_app(
    ops: &Ops,
    actor: &Actor,
    project: Uuid,
    creator: Uuid,
    answer: impl Into<Submitted>,
    shown_revision_id: Option<Uuid>,
) -> Result<ConsentAnswer, OpError> {
    let mut tx = ops.begin().await?;
    let answer =
        answer_in_app_in(&mut tx, actor, project, creator, answer, shown_revision_id).await?;
    commit(tx).await?;
    Ok(answer)
}

/// `answer_in_app` inside the caller's transaction (the demo seed).
pub async fn answer_in_app_in(
    conn: &mut sqlx::PgConnection,
    actor: &Actor,
    project: Uuid,
    creator: Uuid,
    answer: impl Into<Submitted>,
    shown_revision_id: Option<Uuid>,
) -> Result<ConsentAnswer, OpError> {
    let member = member_of(conn, actor, project, creator).await?;
    let user = actor.signed_in()?;
    if member.managed_by != Some(user) {
        return Err(OpError::Forbidden);
    }
    let answer = checked(answer.into())?;
    let grants = answer.grants();
    let revision = shown_revision(conn, project, shown_revision_id).await?;
    record_answers(
        conn,
        creator,
        None,
        revision,
        grants,
        AnsweredBy::User(user),
    )
    .await?;
    publication::refresh_creator(conn, creator).await?;
    audit(
        conn,
        actor,
        Capacity::Role(Role::Adult),
        "consent.answer",
        Target::Creator(creator),
        json!({
            "project": project,
            "revision": revision,
            "publish": grants.publish,
            "photos": grants.photos,
            "contact": grants.contact,
        }),
    )
    .await?;
    Ok(answer)
}

/// What a guardian's answer did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answered {
    pub agreed: bool,
}

/// A guardian answers by the emailed link (single use), for the revision they saw. A link
/// that cannot be used says why (`OpError::Link`); an answer the rule refuses
/// (`Submitted::check`) records nothing, emails nothing and leaves the link unused.
pub async fn answer_by_link(
    ops: &Ops,
    actor: &Actor,
    token: &str,
    answer: Submitted,
    shown_revision_id: Option<Uuid>,
    locale: &str,
) -> Result<Answered, OpError> {
    let mut tx = ops.begin().await?;
    let req = use_request(&mut tx, token, TokenPurpose::Respond).await?;
    // Refused here, the transaction is rolled back: the link stays unused.
    let answer = checked(answer)?;
    let grants = answer.grants();
    let email = req.guardian_email.clone().ok_or(OpError::NotFound)?;
    let revision = shown_revision(&mut tx, req.project_id, shown_revision_id).await?;
    record_answers(
        &mut tx,
        req.creator_id,
        Some(req.id),
        revision,
        grants,
        AnsweredBy::Email(&email),
    )
    .await?;
    db::consents::mark_answered(&mut tx, req.id).await?;
    publication::refresh_creator(&mut tx, req.creator_id).await?;
    if answer.agreed() {
        jobs::enqueue(
            &mut tx,
            &Job::Email(EmailJob::ConsentConfirmation {
                request_id: req.id,
                locale: locale.to_owned(),
            }),
        )
        .await?;
    }
    audit(
        &mut tx,
        actor,
        Capacity::Guardian,
        "consent.answer",
        Target::Creator(req.creator_id),
        json!({
            "request": req.id,
            "project": req.project_id,
            "revision": revision,
            "publish": grants.publish,
            "photos": grants.photos,
            "contact": grants.contact,
        }),
    )
    .await?;
    commit(tx).await?;
    Ok(Answered {
        agreed: answer.agreed(),
    })
}

/// Uses a consent link inside the transaction: its request, or why it cannot be used.
async fn use_request(
    conn: &mut sqlx::PgConnection,
    token: &str,
    purpose: TokenPurpose,
) -> Result<db::consents::RequestRecord, OpError> {
    match db::consents::consume_token(conn, &hash_token(token), purpose).await? {
        Lookup::Valid(request) => db::consents::request(conn, request)
            .await?
            .ok_or(OpError::NotFound),
        problem => Err(OpError::link(&problem)),
    }
}

/// A guardian withdraws consent by the confirmation email's link: every granted answer
/// for the creator is withdrawn in this transaction (the project leaves every public
/// surface when it commits), and the team and the organizers are told.
pub async fn withdraw_by_link(ops: &Ops, actor: &Actor, token: &str) -> Result<(), OpError> {
    let mut tx = ops.begin().await?;
    let req = use_request(&mut tx, token, TokenPurpose::Withdraw).await?;
    let withdrawn = db::consents::withdraw_all(&mut tx, req.creator_id).await?;
    publication::refresh_creator(&mut tx, req.creator_id).await?;
    let (_, members) = db::consents::facts(&mut tx, req.project_id)
        .await?
        .ok_or(OpError::NotFound)?;
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
    recipients.extend(db::users::with_role(&mut tx, Role::Organizer).await?);
    recipients.sort();
    recipients.dedup();
    for user_id in recipients {
        jobs::enqueue(
            &mut tx,
            &Job::Email(EmailJob::ProjectNotice {
                user_id,
                project_id: req.project_id,
                notice: Notice::ConsentWithdrawn {
                    creator_name: creator_name.clone(),
                },
            }),
        )
        .await?;
    }
    audit(
        &mut tx,
        actor,
        Capacity::Guardian,
        "consent.withdraw",
        Target::Creator(req.creator_id),
        json!({ "request": req.id, "project": req.project_id, "withdrawn": withdrawn }),
    )
    .await?;
    commit(tx).await
}
