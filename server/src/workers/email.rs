//! Sending email jobs. Links carry single-use tokens that are created here, at send time: the
//! plain token never touches the database (only its hash), and it is committed before the
//! email leaves, so the link works as soon as it arrives.

use anyhow::Context as _;
use chrono::{Duration, Utc};
use serde::Serialize;
use uuid::Uuid;

use super::WorkerContext;
use crate::auth::secrets::new_token;
use crate::db;
use crate::db::tokens::{Purpose, Subject};
use crate::domain::account::{EmailAddress, Role};
use crate::i18n::Locale;
use crate::jobs::{EmailJob, Notice};
use crate::mail::Email;

/// How long a withdrawal link works.
const WITHDRAW_LINK_DAYS: i64 = 3 * 365;

#[derive(Serialize)]
struct ConsentEmail {
    creator_name: String,
    project_title: String,
    link: String,
    days: i64,
    reminder: bool,
}

#[derive(Serialize)]
struct NoticeEmail {
    name: String,
    project_title: String,
    link: String,
    creator_name: Option<String>,
    decision: Option<String>,
    reason: Option<String>,
}

#[derive(Serialize)]
struct JudgeEmail {
    name: String,
    event_name: String,
    count: i64,
    left: i64,
    link: String,
    reminder: bool,
}

#[derive(Serialize)]
struct LinkEmail {
    name: String,
    link: String,
    minutes: i64,
}

#[derive(Serialize)]
struct InvitationEmail {
    role_name: String,
    link: String,
    days: i64,
}

/// Sends the email of job `id` (its Message-ID names the job, the same on every retry, so
/// a copy sent twice is recognisably one message).
pub(super) async fn run(ctx: &WorkerContext, id: i64, job: &EmailJob) -> anyhow::Result<()> {
    let base = ctx.settings.application.base_url.trim_end_matches('/');
    let auth = &ctx.settings.auth;
    let mut tx = ctx.pool.begin().await?;
    // Each arm does its database work (tokens) and says what to send; the transaction
    // commits before sending, so a link works the moment its email arrives. A failed send
    // then leaves only a token nobody knows; the retry makes a new one.
    let (to, locale, template, data): (EmailAddress, Locale, &'static str, serde_json::Value) =
        match job {
            EmailJob::AlreadyRegistered { user_id } => {
                let Some(user) = db::users::by_id(&mut tx, *user_id).await? else {
                    return Ok(());
                };
                let to = EmailAddress::parse(&user.email)
                    .map_err(|e| anyhow::anyhow!("stored email: {e}"))?;
                let data = LinkEmail {
                    name: user.display_name.clone(),
                    link: format!("{base}/password/forgot"),
                    minutes: 0,
                };
                let locale = Locale::from_code(&user.locale).unwrap_or_default();
                (
                    to,
                    locale,
                    "already_registered",
                    serde_json::to_value(&data)?,
                )
            }
            EmailJob::VerifyEmail { .. }
            | EmailJob::ResetPassword { .. }
            | EmailJob::SignInLink { .. } => {
                let user = match job {
                    EmailJob::VerifyEmail { user_id } => {
                        db::users::by_id(&mut tx, *user_id).await?
                    }
                    EmailJob::ResetPassword { address } | EmailJob::SignInLink { address } => {
                        match EmailAddress::parse(address) {
                            Ok(email) => db::users::by_email(&mut tx, &email).await?,
                            Err(_) => None,
                        }
                    }
                    _ => None,
                };
                // Sign-in links are for judges and organizers only; everyone else who
                // asks gets nothing (and was told the same as everyone).
                let user = user.filter(|u| {
                    !matches!(job, EmailJob::SignInLink { .. })
                        || u.roles.contains(&Role::Judge)
                        || u.roles.contains(&Role::Organizer)
                });
                let Some(user) = user else {
                    tracing::info!("no account for this email; nothing to send");
                    return Ok(());
                };
                let (purpose, minutes, path, template) = match job {
                    EmailJob::VerifyEmail { .. } => (
                        Purpose::VerifyEmail,
                        auth.verify_email_minutes,
                        "verify-email",
                        "verify_email",
                    ),
                    EmailJob::ResetPassword { .. } => (
                        Purpose::ResetPassword,
                        auth.reset_password_minutes,
                        "password/reset",
                        "reset_password",
                    ),
                    _ => (
                        Purpose::SignIn,
                        auth.sign_in_link_minutes,
                        "sign-in/link",
                        "sign_in_link",
                    ),
                };
                let (token, hash) = new_token()?;
                db::tokens::insert(
                    &mut tx,
                    purpose,
                    &hash,
                    Subject::User(user.id),
                    Utc::now() + Duration::minutes(minutes),
                )
                .await?;
                let to = EmailAddress::parse(&user.email)
                    .map_err(|e| anyhow::anyhow!("stored email: {e}"))?;
                let data = LinkEmail {
                    name: user.display_name.clone(),
                    link: format!("{base}/{path}/{token}"),
                    minutes,
                };
                let locale = Locale::from_code(&user.locale).unwrap_or_default();
                (to, locale, template, serde_json::to_value(&data)?)
            }
            EmailJob::Invitation {
                invitation_id,
                locale,
            } => {
                let Some(invitation) = db::invitations::by_id(&mut tx, *invitation_id).await?
                else {
                    return Ok(());
                };
                if invitation.accepted_at.is_some() {
                    return Ok(());
                }
                let (token, hash) = new_token()?;
                db::tokens::insert(
                    &mut tx,
                    Purpose::Invitation,
                    &hash,
                    Subject::Invitation(invitation.id),
                    invitation.expires_at,
                )
                .await?;
                let to = EmailAddress::parse(&invitation.email)
                    .map_err(|e| anyhow::anyhow!("stored email: {e}"))?;
                let locale = Locale::from_code(locale).unwrap_or_default();
                let data = InvitationEmail {
                    role_name: locale.t(&format!("role-{}", invitation.role.as_str())),
                    link: format!("{base}/invitations/{token}"),
                    days: ((invitation.expires_at - Utc::now()).num_hours() + 12)
                        .div_euclid(24)
                        .max(1),
                };
                (to, locale, "invitation", serde_json::to_value(&data)?)
            }
            EmailJob::ConsentRequest {
                request_id,
                reminder,
            } => {
                let Some(req) = db::consents::request(&mut tx, *request_id).await? else {
                    return Ok(());
                };
                // Reminders only for requests nobody has answered yet.
                if !db::consents::is_pending(&mut tx, req.id).await? {
                    return Ok(());
                }
                let Some(guardian) = req.guardian_email.clone() else {
                    return Ok(());
                };
                let (token, hash) = new_token()?;
                db::consents::insert_token(
                    &mut tx,
                    &hash,
                    req.id,
                    db::consents::TokenPurpose::Respond,
                    req.expires_at,
                )
                .await?;
                db::consents::mark_sent(&mut tx, req.id).await?;
                let (creator_name, project_title) =
                    consent_names(&mut tx, req.creator_id, req.project_id).await?;
                let to = EmailAddress::parse(&guardian)
                    .map_err(|e| anyhow::anyhow!("stored email: {e}"))?;
                let data = ConsentEmail {
                    creator_name,
                    project_title,
                    link: format!("{base}/consent/{token}"),
                    days: ((req.expires_at - Utc::now()).num_hours() + 12)
                        .div_euclid(24)
                        .max(1),
                    reminder: *reminder,
                };
                let locale = Locale::from_code(&req.locale).unwrap_or_default();
                (to, locale, "consent_request", serde_json::to_value(&data)?)
            }
            EmailJob::ConsentConfirmation { request_id, locale } => {
                let Some(req) = db::consents::request(&mut tx, *request_id).await? else {
                    return Ok(());
                };
                let Some(guardian) = req.guardian_email.clone() else {
                    return Ok(());
                };
                let (token, hash) = new_token()?;
                db::consents::insert_token(
                    &mut tx,
                    &hash,
                    req.id,
                    db::consents::TokenPurpose::Withdraw,
                    Utc::now() + Duration::days(WITHDRAW_LINK_DAYS),
                )
                .await?;
                let (creator_name, project_title) =
                    consent_names(&mut tx, req.creator_id, req.project_id).await?;
                let to = EmailAddress::parse(&guardian)
                    .map_err(|e| anyhow::anyhow!("stored email: {e}"))?;
                let data = ConsentEmail {
                    creator_name,
                    project_title,
                    link: format!("{base}/consent/withdraw/{token}"),
                    days: 0,
                    reminder: false,
                };
                let locale = Locale::from_code(locale).unwrap_or_default();
                (
                    to,
                    locale,
                    "consent_confirmation",
                    serde_json::to_value(&data)?,
                )
            }
            EmailJob::JudgeAssigned {
                user_id, event_id, ..
            }
            | EmailJob::JudgeReminder { user_id, event_id } => {
                let Some(user) = db::users::by_id(&mut tx, *user_id).await? else {
                    return Ok(());
                };
                let Some(event) = db::events::by_id(&mut tx, *event_id).await? else {
                    return Ok(());
                };
                let (done, total) = db::judging::progress(&mut tx, *event_id, *user_id).await?;
                let reminder = matches!(job, EmailJob::JudgeReminder { .. });
                // A reminder only while there is work left and scoring is open.
                let scoring = crate::domain::PhaseAction::Score.allowed_in(event.phase);
                if reminder && (total == done || !scoring) {
                    return Ok(());
                }
                let count = match job {
                    EmailJob::JudgeAssigned { count, .. } => i64::from(*count),
                    _ => total,
                };
                let to = EmailAddress::parse(&user.email)
                    .map_err(|e| anyhow::anyhow!("stored email: {e}"))?;
                let locale = Locale::from_code(&user.locale).unwrap_or_default();
                let data = JudgeEmail {
                    name: user.display_name.clone(),
                    event_name: event.name.clone(),
                    count,
                    left: total - done,
                    link: format!("{base}/judge"),
                    reminder,
                };
                let template = if reminder {
                    "judge_reminder"
                } else {
                    "judge_assigned"
                };
                (to, locale, template, serde_json::to_value(&data)?)
            }
            EmailJob::ProjectNotice {
                user_id,
                project_id,
                notice,
            } => {
                let Some(user) = db::users::by_id(&mut tx, *user_id).await? else {
                    return Ok(());
                };
                let Some(project) = db::projects::get(&mut tx, *project_id).await? else {
                    return Ok(());
                };
                let locale = Locale::from_code(&user.locale).unwrap_or_default();
                let (template, creator_name, decision, reason) = match notice {
                    Notice::ConsentWithdrawn { creator_name } => {
                        ("consent_withdrawn", Some(creator_name.clone()), None, None)
                    }
                    Notice::Moderation { decision, reason } => (
                        "moderation_decision",
                        None,
                        Some(locale.t(&format!(
                            "moderation-decision-{}",
                            decision.replace('_', "-")
                        ))),
                        reason.clone(),
                    ),
                };
                let to = EmailAddress::parse(&user.email)
                    .map_err(|e| anyhow::anyhow!("stored email: {e}"))?;
                let data = NoticeEmail {
                    name: user.display_name.clone(),
                    project_title: project.fields.title.clone(),
                    link: format!("{base}/projects/{project_id}"),
                    creator_name,
                    decision,
                    reason,
                };
                (to, locale, template, serde_json::to_value(&data)?)
            }
        };
    tx.commit().await?;
    send(ctx, id, &to, locale, template, &data).await
}

/// Renders and sends one email in `locale`.
async fn send<T: Serialize>(
    ctx: &WorkerContext,
    job: i64,
    to: &EmailAddress,
    locale: Locale,
    template: &'static str,
    data: &T,
) -> anyhow::Result<()> {
    let base = ctx.settings.application.base_url.trim_end_matches('/');
    ctx.mailer
        .send(
            &ctx.templates,
            base,
            Email {
                job,
                to,
                locale,
                template,
                data,
            },
        )
        .await
        .context("sending")
}

/// The creator's public name and the project's title, for consent emails.
async fn consent_names(
    conn: &mut sqlx::PgConnection,
    creator: Uuid,
    project: Uuid,
) -> anyhow::Result<(String, String)> {
    let (_, members) = db::consents::facts(conn, project)
        .await?
        .ok_or_else(|| anyhow::anyhow!("project gone"))?;
    let name = members
        .iter()
        .find(|m| m.creator_id == creator)
        .map(|m| m.display_name.clone())
        .unwrap_or_default();
    let title = db::projects::get(conn, project)
        .await?
        .map(|p| p.fields.title)
        .unwrap_or_default();
    Ok((name, title))
}
