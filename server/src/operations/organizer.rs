//! Organizers' console changes: invitations (of judges in their capacities, and of
//! organizers) and API tokens.

use chrono::{Duration, Utc};
use serde_json::json;
use uuid::Uuid;

use super::{Actor, Capacity, OpError, Ops, Target, audit, commit};
use crate::auth::secrets::new_api_token;
use crate::db;
use crate::domain::ApiScope;
use crate::domain::account::{EmailAddress, Role};
use crate::domain::judge::{JudgeKind, JudgeKinds};
use crate::jobs::{self, EmailJob, Job};

/// Invites someone to become a judge or an organizer; inviting the same address for the
/// same role again renews the open invitation and sends a fresh link.
pub async fn invite(
    ops: &Ops,
    actor: &Actor,
    email: &EmailAddress,
    role: Role,
    judge_kinds: &[JudgeKind],
    locale: &str,
) -> Result<Uuid, OpError> {
    let mut tx = ops.begin().await?;
    let id = invite_in(&mut tx, ops, actor, email, role, judge_kinds, locale).await?;
    commit(tx).await?;
    Ok(id)
}

/// The body of [`invite`], in the caller's transaction (the judges import).
pub async fn invite_in(
    conn: &mut sqlx::PgConnection,
    ops: &Ops,
    actor: &Actor,
    email: &EmailAddress,
    role: Role,
    judge_kinds: &[JudgeKind],
    locale: &str,
) -> Result<Uuid, OpError> {
    let organizer = actor.require(Role::Organizer)?;
    if !role.is_invitable() {
        return Err(OpError::invalid("role", "error-role-invalid"));
    }
    // A judge is invited in at least one capacity; an organizer in none.
    let kinds: Vec<JudgeKind> = if role == Role::Judge {
        JudgeKinds::new(judge_kinds.iter().copied())
            .map_err(|e| OpError::Invalid(vec![("judge_kinds", e)]))?
            .as_slice()
            .to_vec()
    } else {
        Vec::new()
    };
    let expires = Utc::now() + Duration::days(ops.settings().auth.invitation_days);
    let id = db::invitations::upsert_open(conn, email, role, organizer, expires, &kinds).await?;
    jobs::enqueue(
        conn,
        &Job::Email(EmailJob::Invitation {
            invitation_id: id,
            locale: locale.to_owned(),
        }),
    )
    .await?;
    audit(
        conn,
        actor,
        Capacity::Role(Role::Organizer),
        "invitation.create",
        Target::Invitation(id),
        json!({ "role": role.as_str(), "kinds": kinds, "domain": email.domain() }),
    )
    .await?;
    Ok(id)
}

/// Longest token name, in characters.
pub const TOKEN_NAME_MAX: usize = 100;

/// Creates an API token for the organizer; the token itself is returned this once (only
/// its hash is stored).
pub async fn create_token(
    ops: &Ops,
    actor: &Actor,
    name: &str,
    scopes: &[ApiScope],
) -> Result<String, OpError> {
    let organizer = actor.require(Role::Organizer)?;
    let name = name.trim();
    let mut errors = Vec::new();
    if name.is_empty() {
        errors.push((
            "name",
            crate::domain::account::InputError("error-token-name-required"),
        ));
    } else if name.chars().count() > TOKEN_NAME_MAX {
        errors.push((
            "name",
            crate::domain::account::InputError("error-token-name-too-long"),
        ));
    }
    if scopes.is_empty() {
        errors.push((
            "scope_events_read",
            crate::domain::account::InputError("error-token-scope-required"),
        ));
    }
    if !errors.is_empty() {
        return Err(OpError::Invalid(errors));
    }
    let (token, hash) = new_api_token()?;
    let prefix: String = token.chars().take(10).collect();
    let mut tx = ops.begin().await?;
    let id = db::api_tokens::insert(&mut tx, organizer, name, &prefix, &hash, scopes).await?;
    audit(
        &mut tx,
        actor,
        Capacity::Role(Role::Organizer),
        "api_token.create",
        Target::ApiToken(id),
        json!({ "scopes": scopes.iter().map(|s| s.as_str()).collect::<Vec<_>>() }),
    )
    .await?;
    commit(tx).await?;
    Ok(token)
}

/// Revokes one of the organizer's tokens.
pub async fn revoke_token(ops: &Ops, actor: &Actor, token: Uuid) -> Result<(), OpError> {
    let organizer = actor.require(Role::Organizer)?;
    let mut tx = ops.begin().await?;
    if !db::api_tokens::revoke(&mut tx, organizer, token).await? {
        return Err(OpError::NotFound);
    }
    audit(
        &mut tx,
        actor,
        Capacity::Role(Role::Organizer),
        "api_token.revoke",
        Target::ApiToken(token),
        json!({}),
    )
    .await?;
    commit(tx).await
}
