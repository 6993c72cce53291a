//! Accounts and signing in: registration, email verification, passwords and their reset,
//! emailed sign-in links, OAuth providers, invitations, sessions, the account page and
//! child profiles.
//!
//! Answers never reveal whether an address is registered: requests for a reset or a
//! sign-in link do the same work for every address (the worker looks the account up),
//! and a failed sign-in checks a dummy hash so it takes as long.

use chrono::{Duration, Utc};
use serde_json::json;
use sqlx::PgConnection;
use uuid::Uuid;

use super::{Actor, Capacity, OpError, Ops, Target, audit, commit};
use crate::auth::password;
use crate::auth::secrets::hash_token;
use crate::db;
use crate::db::tokens::{Lookup, Purpose, Subject};
use crate::db::users::{NewCreator, UserRecord};
use crate::domain::account::{DisplayName, EmailAddress, NewPassword, Role};
use crate::jobs::{self, EmailJob, Job};

/// A signed-in account and its new server-side session.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub user: UserRecord,
    pub session: Uuid,
}

/// Starts a session for an account whose owner just proved who they are.
async fn start_session(
    conn: &mut PgConnection,
    ops: &Ops,
    actor: &Actor,
    user: Uuid,
    how: &str,
) -> Result<SignedIn, OpError> {
    let user = db::users::by_id(conn, user)
        .await?
        .ok_or(OpError::NotFound)?;
    let session = Uuid::new_v4();
    let expires = Utc::now() + Duration::days(ops.settings().auth.session_days);
    db::sessions::create(conn, session, user.id, expires).await?;
    let signed_in = Actor {
        user: Some(user.id),
        roles: user.roles.clone(),
        ..actor.clone()
    };
    audit(
        conn,
        &signed_in,
        Capacity::of_account(&signed_in.roles),
        "account.sign_in",
        Target::User(user.id),
        json!({ "how": how }),
    )
    .await?;
    Ok(SignedIn { user, session })
}

/// A new account as registration asks for it.
#[derive(Debug, Clone)]
pub struct Registration {
    pub email: EmailAddress,
    pub password: NewPassword,
    pub display_name: DisplayName,
    /// `Creator` (a teenager, with `creator` their profile) or `Adult`.
    pub role: Role,
    pub creator: Option<NewCreator>,
    pub locale: String,
}

/// Creates an unverified account with its role (and a teenager's creator profile) and
/// queues the verification email. An address that is taken gets the same outcome, and
/// its owner an email instead.
pub async fn register(ops: &Ops, actor: &Actor, r: Registration) -> Result<(), OpError> {
    if !matches!(r.role, Role::Creator | Role::Adult) {
        return Err(OpError::Forbidden);
    }
    let hash = password::hash(r.password).await?;
    let mut tx = ops.begin().await?;
    let created = db::users::insert_user(
        &mut tx,
        &r.email,
        Some(&hash),
        &r.display_name,
        &r.locale,
        false,
    )
    .await?;
    let target = match created {
        Some(user) => {
            db::users::grant_role(&mut tx, user, r.role, None).await?;
            if let Some(creator) = &r.creator {
                db::users::insert_creator(&mut tx, creator, Some(user), None).await?;
            }
            jobs::enqueue(
                &mut tx,
                &Job::Email(EmailJob::VerifyEmail { user_id: user }),
            )
            .await?;
            Some(user)
        }
        None => match db::users::by_email(&mut tx, &r.email).await? {
            Some(existing) => {
                jobs::enqueue(
                    &mut tx,
                    &Job::Email(EmailJob::AlreadyRegistered {
                        user_id: existing.id,
                    }),
                )
                .await?;
                None
            }
            None => None,
        },
    };
    audit(
        &mut tx,
        actor,
        Capacity::Visitor,
        "account.register",
        target.map_or(Target::None, Target::User),
        json!({ "role": r.role.as_str(), "new": target.is_some() }),
    )
    .await?;
    commit(tx).await
}

/// Uses an emailed account link (verification, reset, sign-in) inside the transaction.
async fn use_link(conn: &mut PgConnection, purpose: Purpose, token: &str) -> Result<Uuid, OpError> {
    match db::tokens::consume(conn, purpose, &hash_token(token)).await? {
        Lookup::Valid(Subject::User(user)) => Ok(user),
        problem => Err(OpError::link(&problem)),
    }
}

/// Confirms the address with the emailed link and signs the account in.
pub async fn verify_email(ops: &Ops, actor: &Actor, token: &str) -> Result<SignedIn, OpError> {
    sign_in_with_link(ops, actor, token, Purpose::VerifyEmail, "verify_email").await
}

/// Signs in with an emailed sign-in link.
pub async fn use_sign_in_link(ops: &Ops, actor: &Actor, token: &str) -> Result<SignedIn, OpError> {
    sign_in_with_link(ops, actor, token, Purpose::SignIn, "link").await
}

/// Uses an emailed link that proves the owner reads the inbox: the address is verified
/// and the account signed in.
async fn sign_in_with_link(
    ops: &Ops,
    actor: &Actor,
    token: &str,
    purpose: Purpose,
    how: &str,
) -> Result<SignedIn, OpError> {
    let mut tx = ops.begin().await?;
    let user = use_link(&mut tx, purpose, token).await?;
    db::users::mark_verified(&mut tx, user).await?;
    let signed_in = start_session(&mut tx, ops, actor, user, how).await?;
    commit(tx).await?;
    Ok(signed_in)
}

/// Queues a password reset email for the address. The same work for every address: the
/// job finds out whether there is an account (and sends nothing when there is none).
pub async fn request_password_reset(
    ops: &Ops,
    actor: &Actor,
    email: &EmailAddress,
) -> Result<(), OpError> {
    request_link(
        ops,
        actor,
        EmailJob::ResetPassword {
            address: email.as_str().to_owned(),
        },
        "account.request_reset",
    )
    .await
}

/// Queues a sign-in link for the address (sent only to judges and organizers; the job
/// decides, so the request path does the same work for every address).
pub async fn request_sign_in_link(
    ops: &Ops,
    actor: &Actor,
    email: &EmailAddress,
) -> Result<(), OpError> {
    request_link(
        ops,
        actor,
        EmailJob::SignInLink {
            address: email.as_str().to_owned(),
        },
        "account.request_link",
    )
    .await
}

async fn request_link(
    ops: &Ops,
    actor: &Actor,
    job: EmailJob,
    action: &str,
) -> Result<(), OpError> {
    let mut tx = ops.begin().await?;
    jobs::enqueue(&mut tx, &Job::Email(job)).await?;
    audit(
        &mut tx,
        actor,
        Capacity::Visitor,
        action,
        Target::None,
        json!({}),
    )
    .await?;
    commit(tx).await
}

/// Sets a new password with the emailed link: every session of the account ends, every
/// other reset and sign-in link stops working, and this browser is signed in.
pub async fn reset_password(
    ops: &Ops,
    actor: &Actor,
    token: &str,
    new_password: NewPassword,
) -> Result<SignedIn, OpError> {
    // Say what is wrong with the link before spending a hash on it.
    {
        let mut conn = ops.pool().acquire().await?;
        match db::tokens::peek(&mut conn, Purpose::ResetPassword, &hash_token(token)).await? {
            Lookup::Valid(_) => {}
            problem => return Err(OpError::link(&problem)),
        }
    }
    let hash = password::hash(new_password).await?;
    let mut tx = ops.begin().await?;
    let user = use_link(&mut tx, Purpose::ResetPassword, token).await?;
    db::users::set_password(&mut tx, user, &hash).await?;
    let ended = db::sessions::end_all(&mut tx, user).await?;
    let revoked = db::tokens::revoke_links(&mut tx, user).await?;
    db::users::mark_verified(&mut tx, user).await?;
    let signed_in = start_session(&mut tx, ops, actor, user, "reset_password").await?;
    db::sessions::clear_failures(&mut tx, &hash_token(&signed_in.user.email)).await?;
    audit(
        &mut tx,
        actor,
        Capacity::Visitor,
        "account.reset_password",
        Target::User(user),
        json!({ "sessions_ended": ended, "links_revoked": revoked }),
    )
    .await?;
    commit(tx).await?;
    Ok(signed_in)
}

/// Signs in with an address and a password. At most `auth.account_attempts` failures per
/// address within `auth.account_window_secs`; past that, even the right password waits
/// (for any address, known or not, so the limit reveals nothing).
pub async fn sign_in_password(
    ops: &Ops,
    actor: &Actor,
    raw_email: &str,
    candidate: String,
) -> Result<SignedIn, OpError> {
    let failed = || OpError::invalid("password", "error-sign-in-failed");
    let auth = &ops.settings().auth;
    let window = auth.account_window_secs;
    let Ok(email) = EmailAddress::parse(raw_email) else {
        // Hash anyway, so a malformed address answers as slowly as a wrong password.
        password::verify(candidate, None).await?;
        return Err(failed());
    };
    let key = hash_token(email.as_str());
    let (user, failures) = {
        let mut conn = ops.pool().acquire().await?;
        let user = db::users::by_email(&mut conn, &email).await?;
        let failures = db::sessions::recent_failures(&mut conn, &key, window).await?;
        (user, failures)
    };
    if failures >= i64::from(auth.account_attempts) {
        password::verify(candidate, None).await?;
        return Err(OpError::Refused("error-sign-in-account-limit"));
    }
    // Hashing takes a while: no connection is held meanwhile.
    let stored = user.as_ref().and_then(|u| u.password_hash.clone());
    let ok = password::verify(candidate, stored).await?;
    let mut tx = ops.begin().await?;
    let Some(user) = user.filter(|_| ok) else {
        db::sessions::record_failure(&mut tx, &key, window).await?;
        commit(tx).await?;
        return Err(failed());
    };
    if !user.email_verified {
        jobs::enqueue(
            &mut tx,
            &Job::Email(EmailJob::VerifyEmail { user_id: user.id }),
        )
        .await?;
        commit(tx).await?;
        return Err(OpError::Refused("verify-first-text"));
    }
    db::sessions::clear_failures(&mut tx, &key).await?;
    let signed_in = start_session(&mut tx, ops, actor, user.id, "password").await?;
    commit(tx).await?;
    Ok(signed_in)
}

/// Signs in with an address an OAuth provider vouched for: judges and organizers, and
/// anyone with an open invitation (whose account is made now, with the invited roles).
pub async fn oauth_sign_in(
    ops: &Ops,
    actor: &Actor,
    email: &EmailAddress,
    locale: &str,
) -> Result<SignedIn, OpError> {
    let mut tx = ops.begin().await?;
    let existing = db::users::by_email(&mut tx, email).await?;
    let invitations = db::invitations::open_for_email(&mut tx, email).await?;
    let is_staff = existing
        .as_ref()
        .is_some_and(|u| u.roles.contains(&Role::Judge) || u.roles.contains(&Role::Organizer));
    if !is_staff && invitations.is_empty() {
        return Err(OpError::Refused("oauth-unknown-heading"));
    }
    let user = match &existing {
        Some(u) => u.id,
        None => {
            let local = email.as_str().split('@').next().unwrap_or("judge");
            let name = DisplayName::parse(local)
                .or_else(|_| DisplayName::parse("Judge"))
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            db::users::insert_user(&mut tx, email, None, &name, locale, true)
                .await?
                .ok_or_else(|| anyhow::anyhow!("account appeared concurrently"))?
        }
    };
    for (invitation, role) in &invitations {
        accept_invited(&mut tx, actor, *invitation, *role, user).await?;
        audit(
            &mut tx,
            actor,
            Capacity::Visitor,
            "invitation.accept",
            Target::Invitation(*invitation),
            json!({ "role": role.as_str(), "user": user }),
        )
        .await?;
    }
    db::users::mark_verified(&mut tx, user).await?;
    let signed_in = start_session(&mut tx, ops, actor, user, "oauth").await?;
    commit(tx).await?;
    Ok(signed_in)
}

/// Accepts an invitation with its emailed link: an existing account gets the role (the
/// link proves the invitee reads the inbox); otherwise an account is made with the name
/// and password given. Signs the account in.
pub async fn accept_invitation(
    ops: &Ops,
    actor: &Actor,
    token: &str,
    display_name: &str,
    new_password: &str,
    locale: &str,
) -> Result<SignedIn, OpError> {
    let invitation = {
        let mut conn = ops.pool().acquire().await?;
        match db::tokens::peek(&mut conn, Purpose::Invitation, &hash_token(token)).await? {
            Lookup::Valid(Subject::Invitation(id)) => db::invitations::by_id(&mut conn, id)
                .await?
                .ok_or(OpError::NotFound)?,
            problem => return Err(OpError::link(&problem)),
        }
    };
    let email = EmailAddress::parse(&invitation.email).map_err(|e| anyhow::anyhow!("{e}"))?;
    let existing = {
        let mut conn = ops.pool().acquire().await?;
        db::users::by_email(&mut conn, &email).await?
    };
    let new_account = match existing {
        Some(_) => None,
        None => {
            let name = DisplayName::parse(display_name);
            let password = NewPassword::parse(new_password);
            match (name, password) {
                (Ok(name), Ok(password)) => Some((name, password::hash(password).await?)),
                (name, password) => {
                    let mut errors = Vec::new();
                    if let Err(e) = name {
                        errors.push(("display_name", e));
                    }
                    if let Err(e) = password {
                        errors.push(("password", e));
                    }
                    return Err(OpError::Invalid(errors));
                }
            }
        }
    };
    let mut tx = ops.begin().await?;
    match db::tokens::consume(&mut tx, Purpose::Invitation, &hash_token(token)).await? {
        Lookup::Valid(_) => {}
        problem => return Err(OpError::link(&problem)),
    }
    let user = match (&new_account, db::users::by_email(&mut tx, &email).await?) {
        (_, Some(u)) => u.id,
        (Some((name, hash)), None) => {
            db::users::insert_user(&mut tx, &email, Some(hash), name, locale, true)
                .await?
                .ok_or_else(|| anyhow::anyhow!("account appeared concurrently"))?
        }
        (None, None) => return Err(OpError::NotFound),
    };
    accept_invited(&mut tx, actor, invitation.id, invitation.role, user).await?;
    db::users::mark_verified(&mut tx, user).await?;
    audit(
        &mut tx,
        actor,
        Capacity::Visitor,
        "invitation.accept",
        Target::Invitation(invitation.id),
        json!({ "role": invitation.role.as_str(), "user": user, "new_account": new_account.is_some() }),
    )
    .await?;
    let signed_in = start_session(&mut tx, ops, actor, user, "invitation").await?;
    commit(tx).await?;
    Ok(signed_in)
}

/// Gives the invited account its role; a judge invited in some capacities becomes a
/// judge of the current event in them.
async fn accept_invited(
    conn: &mut sqlx::PgConnection,
    actor: &Actor,
    invitation: Uuid,
    role: Role,
    user: Uuid,
) -> Result<(), OpError> {
    db::users::grant_role(conn, user, role, None).await?;
    let kinds = db::invitations::accept(conn, invitation, user).await?;
    if role == Role::Judge
        && !kinds.is_empty()
        && let Some(event) = db::events::current(conn).await?
    {
        let kinds = crate::domain::judge::JudgeKinds::new(kinds)
            .map_err(|e| anyhow::anyhow!("invited kinds: {e}"))?;
        super::judging::add_judge_in(conn, actor, Capacity::Visitor, event.id.0, user, &kinds)
            .await?;
    }
    Ok(())
}

/// Ends this session (every copy of its cookie stops working).
pub async fn sign_out(ops: &Ops, actor: &Actor, session: Uuid) -> Result<(), OpError> {
    let mut tx = ops.begin().await?;
    if db::sessions::end(&mut tx, session).await? {
        audit(
            &mut tx,
            actor,
            Capacity::of_account(&actor.roles),
            "account.sign_out",
            actor.user.map_or(Target::None, Target::User),
            json!({}),
        )
        .await?;
    }
    commit(tx).await
}

/// Ends every session of the actor's account, on every device.
pub async fn sign_out_everywhere(ops: &Ops, actor: &Actor) -> Result<u64, OpError> {
    let user = actor.signed_in()?;
    let mut tx = ops.begin().await?;
    let ended = db::sessions::end_all(&mut tx, user).await?;
    audit(
        &mut tx,
        actor,
        Capacity::of_account(&actor.roles),
        "account.sign_out_everywhere",
        Target::User(user),
        json!({ "sessions_ended": ended }),
    )
    .await?;
    commit(tx).await?;
    Ok(ended)
}

/// The account page: the display name and the language of emails.
pub async fn update_profile(
    ops: &Ops,
    actor: &Actor,
    name: &DisplayName,
    locale: &str,
) -> Result<(), OpError> {
    let user = actor.signed_in()?;
    let mut tx = ops.begin().await?;
    db::users::update_profile(&mut tx, user, name, locale).await?;
    audit(
        &mut tx,
        actor,
        Capacity::of_account(&actor.roles),
        "account.update",
        Target::User(user),
        json!({ "locale": locale }),
    )
    .await?;
    commit(tx).await
}

/// An adult adds a child's creator profile, which they then manage.
pub async fn add_child(ops: &Ops, actor: &Actor, child: &NewCreator) -> Result<Uuid, OpError> {
    let adult = actor.require(Role::Adult)?;
    let mut tx = ops.begin().await?;
    let id = db::users::insert_creator(&mut tx, child, None, Some(adult)).await?;
    audit(
        &mut tx,
        actor,
        Capacity::Role(Role::Adult),
        "account.add_child",
        Target::Creator(id),
        json!({}),
    )
    .await?;
    commit(tx).await?;
    Ok(id)
}
