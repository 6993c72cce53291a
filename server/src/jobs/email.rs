//! Email jobs. Links carry single-use tokens that are created here, at send time, in the
//! same transaction that sends the email: the plain token never touches the database, and
//! a failed send leaves no usable token behind.

use anyhow::Context as _;
use chrono::{Duration, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::WorkerContext;
use crate::auth::secrets::new_token;
use crate::db;
use crate::db::tokens::{Purpose, Subject};
use crate::domain::account::EmailAddress;
use crate::i18n::Locale;
use crate::mail::Email;

/// Every email the platform sends.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "email", rename_all = "snake_case")]
pub enum EmailJob {
    /// Confirm the address of a new account.
    VerifyEmail { user_id: Uuid },
    /// A link to choose a new password.
    ResetPassword { user_id: Uuid },
    /// A one-time sign-in link (judges and organizers).
    SignInLink { user_id: Uuid },
    /// Someone tried to register with this account's address.
    AlreadyRegistered { user_id: Uuid },
    /// An invitation to become a judge or organizer.
    Invitation { invitation_id: Uuid, locale: String },
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

pub(super) async fn run(ctx: &WorkerContext, job: &EmailJob) -> anyhow::Result<()> {
    let base = ctx.settings.application.base_url.trim_end_matches('/');
    let auth = &ctx.settings.auth;
    let mut tx = ctx.pool.begin().await?;
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
            ctx.mailer
                .send(
                    &ctx.templates,
                    base,
                    Email {
                        to: &to,
                        locale,
                        template: "already_registered",
                        data: &data,
                    },
                )
                .await
                .context("sending")?;
        }
        EmailJob::VerifyEmail { user_id }
        | EmailJob::ResetPassword { user_id }
        | EmailJob::SignInLink { user_id } => {
            let Some(user) = db::users::by_id(&mut tx, *user_id).await? else {
                tracing::info!("account gone; nothing to send");
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
            ctx.mailer
                .send(
                    &ctx.templates,
                    base,
                    Email {
                        to: &to,
                        locale,
                        template,
                        data: &data,
                    },
                )
                .await
                .context("sending")?;
        }
        EmailJob::Invitation {
            invitation_id,
            locale,
        } => {
            let Some(invitation) = db::invitations::by_id(&mut tx, *invitation_id).await? else {
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
            ctx.mailer
                .send(
                    &ctx.templates,
                    base,
                    Email {
                        to: &to,
                        locale,
                        template: "invitation",
                        data: &data,
                    },
                )
                .await
                .context("sending")?;
        }
    }
    tx.commit().await?;
    Ok(())
}
