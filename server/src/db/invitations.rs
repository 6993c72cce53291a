//! Invitations of judges and organizers.

use anyhow::Context as _;
use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use uuid::Uuid;

use crate::domain::account::{EmailAddress, Role};
use crate::domain::judge::JudgeKind;

/// An invitation as organizers see it in the console.
#[derive(Debug, Clone)]
pub struct InvitationRecord {
    pub id: Uuid,
    pub email: String,
    pub role: Role,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub accepted_at: Option<DateTime<Utc>>,
    pub judge_kinds: Vec<JudgeKind>,
}

/// Creates an open invitation, or returns the open one for the same email and role
/// (renewing its expiry), so inviting twice sends a fresh link instead of failing.
pub async fn upsert_open(
    conn: &mut PgConnection,
    email: &EmailAddress,
    role: Role,
    invited_by: Uuid,
    expires_at: DateTime<Utc>,
    judge_kinds: &[JudgeKind],
) -> anyhow::Result<Uuid> {
    let kinds: Vec<String> = judge_kinds.iter().map(|k| k.as_str().to_owned()).collect();
    let id = sqlx::query_scalar!(
        r#"INSERT INTO invitations (email, role, invited_by, expires_at, judge_kinds)
           VALUES ($1, $2::text::user_role, $3, $4, $5::text[]::judge_kind[])
           ON CONFLICT (email, role) WHERE accepted_at IS NULL
           DO UPDATE SET expires_at = EXCLUDED.expires_at, invited_by = EXCLUDED.invited_by,
                         judge_kinds = EXCLUDED.judge_kinds
           RETURNING id"#,
        email.as_str(),
        role.as_str(),
        invited_by,
        expires_at,
        &kinds,
    )
    .fetch_one(&mut *conn)
    .await
    .context("creating an invitation")?;
    Ok(id)
}

/// One invitation.
pub async fn by_id(conn: &mut PgConnection, id: Uuid) -> anyhow::Result<Option<InvitationRecord>> {
    let row = sqlx::query!(
        r#"SELECT id, email, role::text AS "role!", created_at, expires_at, accepted_at,
                  judge_kinds::text[] AS "judge_kinds!"
           FROM invitations WHERE id = $1"#,
        id
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading an invitation")?;
    row.map(|r| {
        Ok(InvitationRecord {
            id: r.id,
            email: r.email,
            role: super::parse_stored("role", &r.role, Role::parse)?,
            created_at: r.created_at,
            expires_at: r.expires_at,
            accepted_at: r.accepted_at,
            judge_kinds: r
                .judge_kinds
                .iter()
                .map(|k| super::parse_stored("judge kind", k, |v| JudgeKind::parse(v).ok()))
                .collect::<anyhow::Result<_>>()?,
        })
    })
    .transpose()
}

/// Every invitation, newest first.
pub async fn list(conn: &mut PgConnection) -> anyhow::Result<Vec<InvitationRecord>> {
    let rows = sqlx::query!(
        r#"SELECT id, email, role::text AS "role!", created_at, expires_at, accepted_at,
                  judge_kinds::text[] AS "judge_kinds!"
           FROM invitations ORDER BY created_at DESC, id LIMIT 500"#
    )
    .fetch_all(&mut *conn)
    .await
    .context("listing invitations")?;
    rows.into_iter()
        .map(|r| {
            Ok(InvitationRecord {
                id: r.id,
                email: r.email,
                role: super::parse_stored("role", &r.role, Role::parse)?,
                created_at: r.created_at,
                expires_at: r.expires_at,
                accepted_at: r.accepted_at,
                judge_kinds: r
                    .judge_kinds
                    .iter()
                    .map(|k| super::parse_stored("judge kind", k, |v| JudgeKind::parse(v).ok()))
                    .collect::<anyhow::Result<_>>()?,
            })
        })
        .collect()
}

/// Open (not accepted, not expired) invitations for an email.
pub async fn open_for_email(
    conn: &mut PgConnection,
    email: &EmailAddress,
) -> anyhow::Result<Vec<(Uuid, Role)>> {
    let rows = sqlx::query!(
        r#"SELECT id, role::text AS "role!" FROM invitations
           WHERE email = $1 AND accepted_at IS NULL AND expires_at > now()"#,
        email.as_str()
    )
    .fetch_all(&mut *conn)
    .await
    .context("finding open invitations")?;
    rows.into_iter()
        .map(|r| Ok((r.id, super::parse_stored("role", &r.role, Role::parse)?)))
        .collect()
}

/// Marks an invitation accepted by `user`; returns the capacities a judge was invited
/// in (none for organizers, or when it was accepted already).
pub async fn accept(
    conn: &mut PgConnection,
    id: Uuid,
    user: Uuid,
) -> anyhow::Result<Vec<JudgeKind>> {
    let kinds = sqlx::query_scalar!(
        r#"UPDATE invitations SET accepted_at = now(), accepted_by = $2
           WHERE id = $1 AND accepted_at IS NULL
           RETURNING judge_kinds::text[] AS "kinds!""#,
        id,
        user
    )
    .fetch_optional(&mut *conn)
    .await
    .context("accepting an invitation")?
    .unwrap_or_default();
    kinds
        .iter()
        .map(|k| super::parse_stored("judge kind", k, |v| JudgeKind::parse(v).ok()))
        .collect()
}
