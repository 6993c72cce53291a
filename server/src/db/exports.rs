//! The exports' statements: each a stream of rows read as the client takes them (sqlx
//! reads the socket on demand, so PostgreSQL waits while the download is slow and no
//! export is ever held whole in memory), with its header beside it.

use futures_util::stream::{BoxStream, StreamExt as _, TryStreamExt as _};
use sqlx::PgConnection;
use uuid::Uuid;

use crate::domain::export::{Cell, ExportKind};

/// Prepares an export's transaction: one snapshot for the whole statement, read only;
/// room to sort and group in memory (the default work_mem spills an event's worth of
/// rows to disk); no JIT compilation (it costs more than it saves on these statements).
/// The projects' statement runs without parallel workers: each would group the whole
/// team table again, and the server needs the other core to write the rows out as they
/// come; the others sort in parallel (`kind` is `None` for the audit log).
pub async fn begin(conn: &mut PgConnection, kind: Option<ExportKind>) -> Result<(), sqlx::Error> {
    sqlx::query!("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        .execute(&mut *conn)
        .await?;
    sqlx::query!("SET LOCAL work_mem = '64MB'")
        .execute(&mut *conn)
        .await?;
    sqlx::query!("SET LOCAL jit = off")
        .execute(&mut *conn)
        .await?;
    if kind == Some(ExportKind::Projects) {
        sqlx::query!("SET LOCAL max_parallel_workers_per_gather = 0")
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// A stream of exported rows.
pub type Rows<'c> = BoxStream<'c, Result<Vec<Cell>, sqlx::Error>>;

pub const PROJECTS_HEADER: &[&str] = &[
    "project_id",
    "status",
    "moderation",
    "published",
    "category",
    "language",
    "title",
    "short_description",
    "project_url",
    "video_url",
    "why_made",
    "difficulties",
    "next_steps",
    "sdgs",
    "community",
    "team_size",
    "team",
    "countries",
    "images",
    "submitted_at",
    "updated_at",
];

/// Every project of the event, a column per question; the team by display name.
pub fn projects(conn: &mut PgConnection, event: Uuid) -> Rows<'_> {
    sqlx::query!(
        r#"WITH team AS (
               SELECT m.project_id, count(*) AS size,
                      string_agg(cr.display_name, '; ' ORDER BY m.joined_at, cr.id) AS names,
                      array_agg(cr.country::text) AS countries
               FROM project_members m JOIN creators cr ON cr.id = m.creator_id
               WHERE m.event_id = $1
               GROUP BY m.project_id
           ), pictures AS (
               SELECT i.project_id, count(*) AS n
               FROM project_images i JOIN projects x ON x.id = i.project_id
               WHERE x.event_id = $1
               GROUP BY i.project_id
           )
           SELECT p.id, p.status::text AS "status!", p.moderation::text AS "moderation!",
                  (pp.project_id IS NOT NULL) AS "published!",
                  c.slug AS "category?", p.language, p.title, p.short_description,
                  p.project_url, p.video_url, p.why_made, p.difficulties, p.next_steps,
                  array_to_string(p.sdgs, ';') AS "sdgs!", p.community,
                  coalesce(t.size, 0) AS "team_size!", coalesce(t.names, '') AS "team!",
                  t.countries AS "countries?: Vec<String>", coalesce(pic.n, 0) AS "images!",
                  p.submitted_at, p.updated_at
           FROM projects p
           LEFT JOIN categories c ON c.id = p.category_id
           LEFT JOIN team t ON t.project_id = p.id
           LEFT JOIN pictures pic ON pic.project_id = p.id
           LEFT JOIN public_projects pp ON pp.project_id = p.id
           WHERE p.event_id = $1
           ORDER BY p.created_at, p.id"#,
        event
    )
    .fetch(conn)
    .map_ok(|r| {
        vec![
            r.id.into(),
            r.status.into(),
            r.moderation.into(),
            r.published.into(),
            r.category.into(),
            r.language.into(),
            r.title.into(),
            r.short_description.into(),
            r.project_url.into(),
            r.video_url.into(),
            r.why_made.into(),
            r.difficulties.into(),
            r.next_steps.into(),
            r.sdgs.into(),
            r.community.into(),
            r.team_size.into(),
            r.team.into(),
            distinct_joined(r.countries.unwrap_or_default()).into(),
            r.images.into(),
            r.submitted_at.into(),
            r.updated_at.into(),
        ]
    })
    .boxed()
}

/// The distinct values, sorted, joined with `;` (a team's countries: grouping them
/// distinct in the statement costs a sort per project).
fn distinct_joined(mut values: Vec<String>) -> String {
    values.sort_unstable();
    values.dedup();
    values.join(";")
}

pub const CREATORS_HEADER: &[&str] = &[
    "creator_id",
    "first_name",
    "surname",
    "display_name",
    "birth_month",
    "country",
    "gender",
    "gender_description",
    "profile",
    "account_email",
    "locale",
    "project_id",
    "project_title",
    "project_status",
    "consent_publish",
    "consent_photos",
    "consent_contact",
    "registered_at",
];

/// Every creator in a project of the event, with what only organizers may see.
pub fn creators(conn: &mut PgConnection, event: Uuid) -> Rows<'_> {
    sqlx::query!(
        r#"SELECT cr.id, cr.first_name, cr.surname, cr.display_name,
                  to_char(make_date(cr.birth_year, cr.birth_month, 1), 'YYYY-MM') AS "birth_month!",
                  cr.country::text AS "country!", cr.gender, cr.gender_description,
                  (cr.user_id IS NULL) AS "child_profile!",
                  u.email AS "email!", u.locale AS "locale!",
                  p.id AS project_id, p.title AS project_title, p.status::text AS "project_status!",
                  a.publish AS "consent_publish?", a.photos AS "consent_photos?",
                  a.contact AS "consent_contact?", cr.created_at
           FROM project_members m
           JOIN projects p ON p.id = m.project_id
           JOIN creators cr ON cr.id = m.creator_id
           JOIN users u ON u.id = coalesce(cr.user_id, cr.managed_by)
           LEFT JOIN consent_answers a ON a.creator_id = cr.id
           WHERE m.event_id = $1
           ORDER BY cr.created_at, cr.id"#,
        event
    )
    .fetch(conn)
    .map_ok(|r| {
        vec![
            r.id.into(),
            r.first_name.into(),
            r.surname.into(),
            r.display_name.into(),
            r.birth_month.into(),
            r.country.into(),
            r.gender.into(),
            r.gender_description.into(),
            if r.child_profile { "child" } else { "own" }.into(),
            r.email.into(),
            r.locale.into(),
            r.project_id.into(),
            r.project_title.into(),
            r.project_status.into(),
            r.consent_publish.into(),
            r.consent_photos.into(),
            r.consent_contact.into(),
            r.created_at.into(),
        ]
    })
    .boxed()
}

pub const CONSENTS_HEADER: &[&str] = &[
    "creator_id",
    "display_name",
    "project_id",
    "project_title",
    "needs_consent",
    "scope",
    "answer",
    "wording_version",
    "answered_at",
    "answered_by",
    "request_status",
    "requested_at",
];

/// Each creator's consent per scope: the current answer, by whom (a guardian by email or
/// the managing adult; never the address), and the newest request.
pub fn consents(conn: &mut PgConnection, event: Uuid) -> Rows<'_> {
    sqlx::query!(
        r#"WITH current AS (
               SELECT DISTINCT ON (x.creator_id, x.scope) x.creator_id, x.scope, x.id, x.granted,
                      x.withdrawn_at, x.wording_version, x.given_at, x.given_by_user
               FROM consents x
               WHERE x.creator_id IN (SELECT creator_id FROM project_members WHERE event_id = $1)
               ORDER BY x.creator_id, x.scope, x.given_at DESC, x.id
           ), latest AS (
               SELECT DISTINCT ON (r.creator_id, r.project_id) r.creator_id, r.project_id, r.status,
                      r.created_at
               FROM consent_requests r JOIN projects x ON x.id = r.project_id
               WHERE x.event_id = $1
               ORDER BY r.creator_id, r.project_id, r.created_at DESC
           )
           SELECT cr.id, cr.display_name, p.id AS project_id, p.title,
                  needs_consent(cr.birth_year, cr.birth_month, e.reference_date, e.consent_age) AS "needs!",
                  s.scope::text AS "scope!",
                  CASE WHEN cc.id IS NULL THEN 'none' WHEN cc.withdrawn_at IS NOT NULL THEN 'withdrawn'
                       WHEN cc.granted THEN 'granted' ELSE 'declined' END AS "answer!",
                  cc.wording_version AS "wording_version?", cc.given_at AS "given_at?",
                  CASE WHEN cc.id IS NULL THEN NULL WHEN cc.given_by_user IS NULL THEN 'guardian'
                       ELSE 'adult' END AS answered_by,
                  rq.status::text AS request_status, rq.created_at AS "requested_at?"
           FROM project_members m
           JOIN projects p ON p.id = m.project_id
           JOIN events e ON e.id = p.event_id
           JOIN creators cr ON cr.id = m.creator_id
           CROSS JOIN unnest(enum_range(NULL::consent_scope)) AS s(scope)
           LEFT JOIN current cc ON cc.creator_id = cr.id AND cc.scope = s.scope
           LEFT JOIN latest rq ON rq.creator_id = cr.id AND rq.project_id = p.id
           WHERE m.event_id = $1
           ORDER BY cr.created_at, cr.id, s.scope"#,
        event
    )
    .fetch(conn)
    .map_ok(|r| {
        vec![
            r.id.into(),
            r.display_name.into(),
            r.project_id.into(),
            r.title.into(),
            r.needs.into(),
            r.scope.into(),
            r.answer.into(),
            r.wording_version.into(),
            r.given_at.into(),
            r.answered_by.into(),
            r.request_status.into(),
            r.requested_at.into(),
        ]
    })
    .boxed()
}

pub const SCORES_HEADER: &[&str] = &[
    "project_id",
    "title",
    "category",
    "judge",
    "coolness",
    "complexity",
    "presentation",
    "design",
    "total",
    "comment",
    "updated_at",
];

/// Every score of the event, with the judge's display name.
pub fn scores(conn: &mut PgConnection, event: Uuid) -> Rows<'_> {
    sqlx::query!(
        r#"SELECT s.project_id, p.title, c.slug AS "category?", u.display_name,
                  s.coolness, s.complexity, s.presentation, s.design,
                  (s.coolness + s.complexity + s.presentation + s.design)::int AS "total!",
                  s.comment, s.updated_at
           FROM scores s
           JOIN projects p ON p.id = s.project_id
           LEFT JOIN categories c ON c.id = p.category_id
           JOIN users u ON u.id = s.judge_id
           WHERE s.event_id = $1
           ORDER BY c.position NULLS LAST, p.title, p.id, u.display_name, s.judge_id"#,
        event
    )
    .fetch(conn)
    .map_ok(|r| {
        vec![
            r.project_id.into(),
            r.title.into(),
            r.category.into(),
            r.display_name.into(),
            i32::from(r.coolness).into(),
            i32::from(r.complexity).into(),
            i32::from(r.presentation).into(),
            i32::from(r.design).into(),
            r.total.into(),
            r.comment.into(),
            r.updated_at.into(),
        ]
    })
    .boxed()
}

pub const AWARDS_HEADER: &[&str] = &[
    "award",
    "project_id",
    "title",
    "category",
    "team",
    "citation",
    "decided_at",
];

/// The awards decided for the event.
pub fn awards(conn: &mut PgConnection, event: Uuid) -> Rows<'_> {
    sqlx::query!(
        r#"SELECT a.kind, a.project_id, p.title, c.slug AS "category?",
                  (SELECT coalesce(string_agg(cr.display_name, '; ' ORDER BY m.joined_at, cr.id), '')
                   FROM project_members m JOIN creators cr ON cr.id = m.creator_id
                   WHERE m.project_id = p.id) AS "team!",
                  a.citation, a.created_at
           FROM awards a
           JOIN projects p ON p.id = a.project_id
           LEFT JOIN categories c ON c.id = p.category_id
           WHERE a.event_id = $1
           ORDER BY a.kind, a.created_at"#,
        event
    )
    .fetch(conn)
    .map_ok(|r| {
        vec![
            r.kind.into(),
            r.project_id.into(),
            r.title.into(),
            r.category.into(),
            r.team.into(),
            r.citation.into(),
            r.created_at.into(),
        ]
    })
    .boxed()
}

pub const CERTIFICATES_HEADER: &[&str] = &[
    "creator_id",
    "display_name",
    "project_id",
    "title",
    "certificate",
    "language",
    "download",
];

/// Every certificate of the event (`db::certificates::Holder::kinds`, the rule the pages
/// and the zip use), streamed.
pub fn certificates(conn: &mut PgConnection, event: Uuid) -> Rows<'_> {
    crate::db::certificates::holders_of_event(conn, event)
        .map_ok(|h| {
            let rows: Vec<Result<Vec<Cell>, sqlx::Error>> = h
                .kinds()
                .into_iter()
                .map(|kind| {
                    let download = crate::domain::certificate::download_path(
                        h.project_id,
                        h.creator_id,
                        &kind,
                    );
                    Ok(vec![
                        h.creator_id.into(),
                        h.display_name.clone().into(),
                        h.project_id.into(),
                        h.title.clone().into(),
                        kind.slug().into(),
                        h.locale.clone().into(),
                        download.into(),
                    ])
                })
                .collect();
            futures_util::stream::iter(rows)
        })
        .try_flatten()
        .boxed()
}
