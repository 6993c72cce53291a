//! Data rights: everything held about an account (and the child profiles it manages) as
//! one JSON document, and erasing a creator or an account for good.

use anyhow::Context as _;
use sqlx::PgConnection;
use uuid::Uuid;

/// A creator profile about to be erased, with what identifies them.
#[derive(Debug, Clone)]
pub struct Erasable {
    pub id: Uuid,
    pub user_id: Option<Uuid>,
    pub managed_by: Option<Uuid>,
    pub first_name: String,
    pub surname: String,
    pub display_name: String,
}

/// The creator profiles of an account: its own, and every child profile it manages.
pub async fn creators_of(conn: &mut PgConnection, user: Uuid) -> anyhow::Result<Vec<Erasable>> {
    sqlx::query_as!(
        Erasable,
        r#"SELECT id, user_id, managed_by, first_name, surname, display_name
           FROM creators WHERE user_id = $1 OR managed_by = $1 ORDER BY created_at, id"#,
        user
    )
    .fetch_all(&mut *conn)
    .await
    .context("finding an account's creator profiles")
}

/// One creator profile.
pub async fn creator(conn: &mut PgConnection, id: Uuid) -> anyhow::Result<Option<Erasable>> {
    sqlx::query_as!(
        Erasable,
        r#"SELECT id, user_id, managed_by, first_name, surname, display_name
           FROM creators WHERE id = $1"#,
        id
    )
    .fetch_optional(&mut *conn)
    .await
    .context("finding a creator profile")
}

/// A project a creator is on, locked for the erasure.
#[derive(Debug, Clone)]
pub struct Membership {
    pub project: Uuid,
    pub title: String,
    /// Every member, the erased one included.
    pub members: i64,
    pub owner: Uuid,
    /// The project's images (all of them: deleted with the project when it goes).
    pub images: Vec<Uuid>,
}

pub async fn memberships(
    conn: &mut PgConnection,
    creator: Uuid,
) -> anyhow::Result<Vec<Membership>> {
    sqlx::query_as!(
        Membership,
        r#"SELECT p.id AS project, p.title, p.owner_creator_id AS owner,
                  (SELECT count(*) FROM project_members x WHERE x.project_id = p.id) AS "members!",
                  ARRAY(SELECT i.id FROM project_images i WHERE i.project_id = p.id) AS "images!"
           FROM project_members m JOIN projects p ON p.id = m.project_id
           WHERE m.creator_id = $1
           ORDER BY p.id
           FOR UPDATE OF p"#,
        creator
    )
    .fetch_all(&mut *conn)
    .await
    .context("finding a creator's projects")
}

/// The guardian addresses and request ids of a creator's consent requests.
pub async fn consent_requests(
    conn: &mut PgConnection,
    creator: Uuid,
) -> anyhow::Result<Vec<(Uuid, Option<String>)>> {
    let rows = sqlx::query!(
        "SELECT id, guardian_email FROM consent_requests WHERE creator_id = $1",
        creator
    )
    .fetch_all(&mut *conn)
    .await
    .context("finding a creator's consent requests")?;
    Ok(rows.into_iter().map(|r| (r.id, r.guardian_email)).collect())
}

/// Deletes a project and everything that belongs to it (members, images, revisions,
/// consents asked for it, scores, picks, awards: their foreign keys cascade).
pub async fn delete_project(conn: &mut PgConnection, project: Uuid) -> anyhow::Result<()> {
    sqlx::query!("DELETE FROM projects WHERE id = $1", project)
        .execute(&mut *conn)
        .await
        .context("deleting a project")?;
    Ok(())
}

/// Takes a creator off a team project: the earliest other member manages it if the
/// creator did, and the creator's id leaves every revision's team.
pub async fn leave_team(
    conn: &mut PgConnection,
    project: Uuid,
    creator: Uuid,
) -> anyhow::Result<()> {
    sqlx::query!(
        "DELETE FROM project_members WHERE project_id = $1 AND creator_id = $2",
        project,
        creator
    )
    .execute(&mut *conn)
    .await
    .context("leaving a team")?;
    sqlx::query!(
        r#"UPDATE projects SET owner_creator_id = (
               SELECT m.creator_id FROM project_members m WHERE m.project_id = $1
               ORDER BY m.joined_at, m.creator_id LIMIT 1),
               updated_at = now()
           WHERE id = $1 AND owner_creator_id = $2"#,
        project,
        creator
    )
    .execute(&mut *conn)
    .await
    .context("handing a team over")?;
    sqlx::query!(
        r#"UPDATE project_revisions
           SET content = jsonb_set(content, '{members}', (content->'members') - $2::text)
           WHERE project_id = $1 AND content->'members' ? $2::text"#,
        project,
        creator.to_string()
    )
    .execute(&mut *conn)
    .await
    .context("taking a member out of the revisions")?;
    Ok(())
}

/// Deletes a creator profile (consents, requests and their links cascade).
pub async fn delete_creator(conn: &mut PgConnection, creator: Uuid) -> anyhow::Result<()> {
    sqlx::query!("DELETE FROM creators WHERE id = $1", creator)
        .execute(&mut *conn)
        .await
        .context("deleting a creator profile")?;
    Ok(())
}

/// Deletes an account (sessions, roles, links and tokens cascade) and the failed sign-in
/// attempts counted against its address.
pub async fn delete_user(
    conn: &mut PgConnection,
    user: Uuid,
    email_hash: &[u8],
) -> anyhow::Result<()> {
    sqlx::query!("DELETE FROM users WHERE id = $1", user)
        .execute(&mut *conn)
        .await
        .context("deleting an account")?;
    sqlx::query!(
        "DELETE FROM sign_in_failures WHERE email_hash = $1",
        email_hash
    )
    .execute(&mut *conn)
    .await
    .context("forgetting failed sign-ins")?;
    Ok(())
}

/// Deletes every job (queued emails included, sent or not) whose payload names any of
/// `needles` (ids, addresses); how many.
pub async fn forget_jobs(conn: &mut PgConnection, needles: &[String]) -> anyhow::Result<u64> {
    let patterns: Vec<String> = needles
        .iter()
        .filter(|n| !n.is_empty())
        .map(|n| {
            format!(
                "%{}%",
                n.replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_")
            )
        })
        .collect();
    let done = sqlx::query!(
        "DELETE FROM jobs WHERE payload::text LIKE ANY ($1::text[])",
        &patterns
    )
    .execute(&mut *conn)
    .await
    .context("forgetting jobs")?;
    Ok(done.rows_affected())
}

/// Drops typo-tolerance words that no published project holds any more.
pub async fn prune_search_terms(conn: &mut PgConnection) -> anyhow::Result<u64> {
    let done = sqlx::query!(
        r#"DELETE FROM search_terms t
           WHERE NOT EXISTS (SELECT 1 FROM ts_stat('SELECT tokens FROM public_projects') s
                             WHERE s.word = t.term)"#
    )
    .execute(&mut *conn)
    .await
    .context("pruning search terms")?;
    Ok(done.rows_affected())
}

/// Everything held about an account and the creator profiles it owns or manages, as one
/// document (secrets left out: password hash, token hashes).
pub async fn everything_about(
    conn: &mut PgConnection,
    user: Uuid,
) -> anyhow::Result<serde_json::Value> {
    let doc = sqlx::query_scalar!(
        r#"SELECT jsonb_build_object(
             'account', (SELECT to_jsonb(u) - 'password_hash' FROM users u WHERE u.id = $1),
             'roles', (SELECT coalesce(jsonb_agg(r.role), '[]') FROM user_roles r WHERE r.user_id = $1),
             'creator_profiles', (SELECT coalesce(jsonb_agg(to_jsonb(c) ORDER BY c.created_at), '[]')
                                  FROM creators c WHERE c.user_id = $1 OR c.managed_by = $1),
             'projects', (SELECT coalesce(jsonb_agg(to_jsonb(p) || jsonb_build_object(
                              'members', (SELECT jsonb_agg(cr.display_name ORDER BY m2.joined_at)
                                          FROM project_members m2 JOIN creators cr ON cr.id = m2.creator_id
                                          WHERE m2.project_id = p.id),
                              'images', (SELECT coalesce(jsonb_agg(to_jsonb(i) - 'original_key' ORDER BY i.position), '[]')
                                         FROM project_images i WHERE i.project_id = p.id),
                              'moderation_decisions', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                                           'decision', d.decision, 'reason', d.reason, 'at', d.created_at)
                                                           ORDER BY d.created_at), '[]')
                                                       FROM moderation_decisions d WHERE d.project_id = p.id))
                              - 'join_code'), '[]')
                          FROM projects p
                          WHERE p.id IN (SELECT m.project_id FROM project_members m JOIN creators c ON c.id = m.creator_id
                                         WHERE c.user_id = $1 OR c.managed_by = $1)),
             'consents', (SELECT coalesce(jsonb_agg(to_jsonb(x) ORDER BY x.given_at), '[]') FROM consents x
                          WHERE x.creator_id IN (SELECT id FROM creators WHERE user_id = $1 OR managed_by = $1)),
             'consent_requests', (SELECT coalesce(jsonb_agg(to_jsonb(q) ORDER BY q.created_at), '[]') FROM consent_requests q
                                  WHERE q.creator_id IN (SELECT id FROM creators WHERE user_id = $1 OR managed_by = $1)),
             'sessions', (SELECT coalesce(jsonb_agg(to_jsonb(s) - 'id' ORDER BY s.created_at), '[]') FROM sessions s WHERE s.user_id = $1),
             'api_tokens', (SELECT coalesce(jsonb_agg(to_jsonb(t) - 'token_hash' ORDER BY t.created_at), '[]') FROM api_tokens t WHERE t.user_id = $1),
             'judge_profile', (SELECT to_jsonb(j) FROM judge_profiles j WHERE j.user_id = $1),
             'scores_given', (SELECT coalesce(jsonb_agg(to_jsonb(s) ORDER BY s.created_at), '[]') FROM scores s WHERE s.judge_id = $1),
             'favourites_picked', (SELECT coalesce(jsonb_agg(to_jsonb(f) ORDER BY f.created_at), '[]') FROM favourites f WHERE f.judge_id = $1),
             'audit_log', (SELECT coalesce(jsonb_agg(jsonb_build_object('at', a.at, 'action', a.action, 'via', a.via,
                                                      'target_type', a.target_type, 'target_id', a.target_id) ORDER BY a.id), '[]')
                           FROM audit_log a WHERE a.actor_id = $1)
           ) AS "doc!""#,
        user
    )
    .fetch_one(&mut *conn)
    .await
    .context("collecting an account's data")?;
    Ok(doc)
}
