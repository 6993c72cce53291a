//! Accounts, their roles and creator profiles.

use anyhow::Context as _;
use sqlx::PgConnection;
use uuid::Uuid;

use crate::domain::account::{
    BirthMonth, Country, DisplayName, EmailAddress, Gender, PersonName, Role,
};

/// An account as the auth layer needs it.
#[derive(Debug, Clone)]
pub struct UserRecord {
    pub id: Uuid,
    pub email: String,
    pub email_verified: bool,
    pub password_hash: Option<String>,
    pub display_name: String,
    pub locale: String,
    pub roles: Vec<Role>,
}

/// A creator profile as its owner sees it (private fields included).
#[derive(Debug, Clone)]
pub struct CreatorRecord {
    pub id: Uuid,
    pub first_name: String,
    pub display_name: String,
    pub birth_year: i16,
    pub birth_month: i16,
    pub country: String,
}

/// What registration stores about a creator.
#[derive(Debug, Clone)]
pub struct NewCreator {
    pub first_name: PersonName,
    pub surname: PersonName,
    pub display_name: DisplayName,
    pub birth: BirthMonth,
    pub country: Country,
    pub gender: Option<Gender>,
}

fn roles_from(texts: Vec<String>) -> anyhow::Result<Vec<Role>> {
    texts
        .iter()
        .map(|r| super::parse_stored("role", r, Role::parse))
        .collect()
}

/// An account row with its roles, as `by_id` and `by_session` read it.
struct UserRow {
    id: Uuid,
    email: String,
    verified: bool,
    password_hash: Option<String>,
    display_name: String,
    locale: String,
    roles: Vec<String>,
}

impl TryFrom<UserRow> for UserRecord {
    type Error = anyhow::Error;

    fn try_from(r: UserRow) -> anyhow::Result<Self> {
        Ok(UserRecord {
            id: r.id,
            email: r.email,
            email_verified: r.verified,
            password_hash: r.password_hash,
            display_name: r.display_name,
            locale: r.locale,
            roles: roles_from(r.roles)?,
        })
    }
}

/// Creates an account (unverified) and returns its id, or `None` when the email is taken.
pub async fn insert_user(
    conn: &mut PgConnection,
    email: &EmailAddress,
    password_hash: Option<&str>,
    display_name: &DisplayName,
    locale: &str,
    verified: bool,
) -> anyhow::Result<Option<Uuid>> {
    let id = sqlx::query_scalar!(
        r#"INSERT INTO users (email, password_hash, display_name, locale, email_verified_at)
           VALUES ($1, $2, $3, $4, CASE WHEN $5 THEN now() END)
           ON CONFLICT (email) DO NOTHING
           RETURNING id"#,
        email.as_str(),
        password_hash,
        display_name.as_str(),
        locale,
        verified,
    )
    .fetch_optional(&mut *conn)
    .await
    .context("inserting a user")?;
    Ok(id)
}

/// Grants a role (no-op if held already).
pub async fn grant_role(
    conn: &mut PgConnection,
    user: Uuid,
    role: Role,
    by: Option<Uuid>,
) -> anyhow::Result<()> {
    sqlx::query!(
        r#"INSERT INTO user_roles (user_id, role, granted_by) VALUES ($1, $2::text::user_role, $3)
           ON CONFLICT DO NOTHING"#,
        user,
        role.as_str(),
        by,
    )
    .execute(&mut *conn)
    .await
    .context("granting a role")?;
    Ok(())
}

/// Stores a creator profile, owned by the creator's own account or managed by an adult.
pub async fn insert_creator(
    conn: &mut PgConnection,
    creator: &NewCreator,
    own_account: Option<Uuid>,
    managed_by: Option<Uuid>,
) -> anyhow::Result<Uuid> {
    let (gender, gender_description) = match &creator.gender {
        Some(g) => {
            let (choice, text) = g.to_columns();
            (Some(choice), text)
        }
        None => (None, None),
    };
    let id = sqlx::query_scalar!(
        r#"INSERT INTO creators (user_id, managed_by, first_name, surname, display_name,
                birth_year, birth_month, country, gender, gender_description)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id"#,
        own_account,
        managed_by,
        creator.first_name.as_str(),
        creator.surname.as_str(),
        creator.display_name.as_str(),
        i16::try_from(creator.birth.year()).context("birth year")?,
        i16::try_from(creator.birth.month()).context("birth month")?,
        creator.country.code(),
        gender,
        gender_description,
    )
    .fetch_one(&mut *conn)
    .await
    .context("inserting a creator")?;
    Ok(id)
}

/// Looks an account up by email.
pub async fn by_email(
    conn: &mut PgConnection,
    email: &EmailAddress,
) -> anyhow::Result<Option<UserRecord>> {
    let id = sqlx::query_scalar!("SELECT id FROM users WHERE email = $1", email.as_str())
        .fetch_optional(&mut *conn)
        .await
        .context("finding a user by email")?;
    match id {
        Some(id) => by_id(conn, id).await,
        None => Ok(None),
    }
}

/// Looks an account up by id.
pub async fn by_id(conn: &mut PgConnection, id: Uuid) -> anyhow::Result<Option<UserRecord>> {
    let row = sqlx::query_as!(
        UserRow,
        r#"SELECT u.id, u.email, u.email_verified_at IS NOT NULL AS "verified!", u.password_hash,
                  u.display_name, u.locale,
                  COALESCE(array_agg(r.role::text) FILTER (WHERE r.role IS NOT NULL), '{}') AS "roles!"
           FROM users u LEFT JOIN user_roles r ON r.user_id = u.id
           WHERE u.id = $1
           GROUP BY u.id"#,
        id
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading a user")?;
    row.map(UserRecord::try_from).transpose()
}

/// The account of a current server-side session (not ended, not expired), in one round
/// trip: what every signed-in request asks first.
pub async fn by_session(
    conn: &mut PgConnection,
    session: Uuid,
    id: Uuid,
) -> anyhow::Result<Option<UserRecord>> {
    let row = sqlx::query_as!(
        UserRow,
        r#"SELECT u.id, u.email, u.email_verified_at IS NOT NULL AS "verified!", u.password_hash,
                  u.display_name, u.locale,
                  COALESCE(array_agg(r.role::text) FILTER (WHERE r.role IS NOT NULL), '{}') AS "roles!"
           FROM sessions s
           JOIN users u ON u.id = s.user_id
           LEFT JOIN user_roles r ON r.user_id = u.id
           WHERE s.id = $1 AND s.user_id = $2 AND s.ended_at IS NULL AND s.expires_at > now()
           GROUP BY u.id"#,
        session,
        id
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading a session's user")?;
    row.map(UserRecord::try_from).transpose()
}

/// Marks the email as verified.
pub async fn mark_verified(conn: &mut PgConnection, user: Uuid) -> anyhow::Result<()> {
    sqlx::query!(
        "UPDATE users SET email_verified_at = COALESCE(email_verified_at, now()) WHERE id = $1",
        user
    )
    .execute(&mut *conn)
    .await
    .context("verifying an email")?;
    Ok(())
}

/// Sets a new password (the caller ends the sessions and revokes the links).
pub async fn set_password(conn: &mut PgConnection, user: Uuid, hash: &str) -> anyhow::Result<()> {
    sqlx::query!(
        "UPDATE users SET password_hash = $2 WHERE id = $1",
        user,
        hash
    )
    .execute(&mut *conn)
    .await
    .context("setting a password")?;
    Ok(())
}

/// Updates the account page's fields.
pub async fn update_profile(
    conn: &mut PgConnection,
    user: Uuid,
    display_name: &DisplayName,
    locale: &str,
) -> anyhow::Result<()> {
    sqlx::query!(
        "UPDATE users SET display_name = $2, locale = $3 WHERE id = $1",
        user,
        display_name.as_str(),
        locale
    )
    .execute(&mut *conn)
    .await
    .context("updating a profile")?;
    Ok(())
}

/// The creator profiles an adult manages, oldest first.
pub async fn children_of(
    conn: &mut PgConnection,
    adult: Uuid,
) -> anyhow::Result<Vec<CreatorRecord>> {
    let rows = sqlx::query_as!(
        CreatorRecord,
        r#"SELECT id, first_name, display_name, birth_year, birth_month, country::text AS "country!"
           FROM creators WHERE managed_by = $1 ORDER BY created_at, id"#,
        adult
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading child profiles")?;
    Ok(rows)
}

/// The creator profile of a teenager's own account.
pub async fn own_creator_profile(
    conn: &mut PgConnection,
    user: Uuid,
) -> anyhow::Result<Option<CreatorRecord>> {
    let row = sqlx::query_as!(
        CreatorRecord,
        r#"SELECT id, first_name, display_name, birth_year, birth_month, country::text AS "country!"
           FROM creators WHERE user_id = $1"#,
        user
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading a creator profile")?;
    Ok(row)
}

/// The ids of every account holding a role.
pub async fn with_role(conn: &mut PgConnection, role: Role) -> anyhow::Result<Vec<Uuid>> {
    let ids = sqlx::query_scalar!(
        "SELECT user_id FROM user_roles WHERE role = $1::text::user_role ORDER BY user_id",
        role.as_str()
    )
    .fetch_all(&mut *conn)
    .await
    .context("listing accounts by role")?;
    Ok(ids)
}
