//! Organizers' API tokens.

use anyhow::Context as _;
use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use uuid::Uuid;

use crate::domain::ApiScope;

/// A token as listed in the console (never the token itself).
#[derive(Debug, Clone)]
pub struct ApiTokenRecord {
    pub id: Uuid,
    pub name: String,
    pub prefix: String,
    pub scopes: Vec<String>,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// The owner and scopes of a presented, unrevoked token.
#[derive(Debug, Clone)]
pub struct Authenticated {
    pub token_id: Uuid,
    pub user_id: Uuid,
    pub name: String,
    pub scopes: Vec<ApiScope>,
    /// The owner's email address and roles, now.
    pub email: String,
    pub roles: Vec<crate::domain::account::Role>,
}

/// Stores a new token's hash with its scopes.
pub async fn insert(
    conn: &mut PgConnection,
    user: Uuid,
    name: &str,
    prefix: &str,
    hash: &[u8],
    scopes: &[ApiScope],
) -> anyhow::Result<Uuid> {
    let scopes: Vec<String> = scopes.iter().map(|s| s.as_str().to_owned()).collect();
    let id = sqlx::query_scalar!(
        r#"INSERT INTO api_tokens (user_id, name, prefix, token_hash, scopes)
           VALUES ($1, $2, $3, $4, $5) RETURNING id"#,
        user,
        name,
        prefix,
        hash,
        &scopes,
    )
    .fetch_one(&mut *conn)
    .await
    .context("creating an API token")?;
    Ok(id)
}

/// A user's tokens, newest first.
pub async fn list_for(conn: &mut PgConnection, user: Uuid) -> anyhow::Result<Vec<ApiTokenRecord>> {
    let rows = sqlx::query_as!(
        ApiTokenRecord,
        r#"SELECT id, name, prefix, scopes, created_at, last_used_at, revoked_at
           FROM api_tokens WHERE user_id = $1 ORDER BY created_at DESC, id"#,
        user
    )
    .fetch_all(&mut *conn)
    .await
    .context("listing API tokens")?;
    Ok(rows)
}

/// Revokes one of the user's tokens; false if it is not theirs or already revoked.
pub async fn revoke(conn: &mut PgConnection, user: Uuid, token: Uuid) -> anyhow::Result<bool> {
    let done = sqlx::query!(
        "UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL",
        token,
        user
    )
    .execute(&mut *conn)
    .await
    .context("revoking an API token")?;
    Ok(done.rows_affected() == 1)
}

/// Finds an unrevoked token by hash with its owner's roles, in one round trip, and
/// records that it was used (at most once a minute, so a busy script does not queue on
/// the token's row).
pub async fn authenticate(
    conn: &mut PgConnection,
    hash: &[u8],
) -> anyhow::Result<Option<Authenticated>> {
    let row = sqlx::query!(
        r#"WITH t AS (
               SELECT k.id, k.user_id, k.name, k.scopes, u.email,
                      COALESCE(ARRAY(SELECT r.role::text FROM user_roles r
                                     WHERE r.user_id = k.user_id), '{}') AS roles
               FROM api_tokens k JOIN users u ON u.id = k.user_id
               WHERE k.token_hash = $1 AND k.revoked_at IS NULL
           ), touched AS (
               UPDATE api_tokens SET last_used_at = now()
               WHERE id = (SELECT id FROM t)
                 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
           )
           SELECT id AS "token_id!", user_id AS "user_id!", name AS "name!",
                  scopes AS "scopes!", email AS "email!", roles AS "roles!"
           FROM t"#,
        hash
    )
    .fetch_optional(&mut *conn)
    .await
    .context("authenticating an API token")?;
    row.map(|r| {
        Ok(Authenticated {
            token_id: r.token_id,
            user_id: r.user_id,
            name: r.name,
            scopes: r
                .scopes
                .iter()
                .map(|s| super::parse_stored("API scope", s, ApiScope::parse))
                .collect::<anyhow::Result<_>>()?,
            email: r.email,
            roles: r
                .roles
                .iter()
                .map(|s| super::parse_stored("role", s, crate::domain::account::Role::parse))
                .collect::<anyhow::Result<_>>()?,
        })
    })
    .transpose()
}
