//! What the livestream's run of show is made of: counts over an event's published
//! projects, the VIP judges' picks and the awards. Only public-safe columns leave here
//! (counts, judges' public profiles, project ids for their public documents).

use anyhow::Context as _;
use sqlx::PgConnection;
use uuid::Uuid;

use crate::domain::livestream::{
    CategoryCount, GenderCounts, ShowJudge, Statistics, StoredAward, StoredPick,
};

/// Creators, projects, countries and the gender counts of the event's published
/// projects, and projects per category (in the event's category order).
pub async fn statistics(conn: &mut PgConnection, event: Uuid) -> anyhow::Result<Statistics> {
    let totals = sqlx::query!(
        r#"SELECT count(DISTINCT c.id) AS "creators!",
                  count(DISTINCT p.project_id) AS "projects!",
                  count(DISTINCT c.country) AS "countries!",
                  count(DISTINCT c.id) FILTER (WHERE c.gender = 'female') AS "girls!",
                  count(DISTINCT c.id) FILTER (WHERE c.gender IN ('male', 'non_binary', 'self_described')) AS "other!",
                  count(DISTINCT c.id) FILTER (WHERE c.gender IS NULL OR c.gender = 'undisclosed') AS "unknown!"
           FROM public_projects p
           JOIN project_members m ON m.project_id = p.project_id
           JOIN creators c ON c.id = m.creator_id
           WHERE p.event_id = $1"#,
        event
    )
    .fetch_one(&mut *conn)
    .await
    .context("counting the event's creators")?;
    let per_category = sqlx::query!(
        r#"SELECT p.category AS "category!", count(*) AS "projects!"
           FROM public_projects p WHERE p.event_id = $1
           GROUP BY p.category ORDER BY count(*) DESC, p.category"#,
        event
    )
    .fetch_all(&mut *conn)
    .await
    .context("counting projects per category")?;
    Ok(Statistics {
        creators: totals.creators,
        projects: totals.projects,
        countries: totals.countries,
        gender: GenderCounts::new(totals.girls, totals.other, totals.unknown),
        projects_per_category: per_category
            .into_iter()
            .map(|r| CategoryCount {
                category: r.category,
                projects: r.projects,
            })
            .collect(),
    })
}

/// Every pick of the event's published projects, judge by judge (by name), each judge's
/// in their order.
pub async fn picks(
    conn: &mut PgConnection,
    event: Uuid,
    photo_url: impl Fn(Uuid) -> String,
) -> anyhow::Result<Vec<StoredPick>> {
    let rows = sqlx::query!(
        r#"SELECT f.judge_id, u.display_name, coalesce(jp.title, '') AS "title!",
                  coalesce(jp.bio, '') AS "bio!", jp.photo_id AS "photo_id?",
                  f.position::int AS "position!", f.project_id, f.quote
           FROM favourites f
           JOIN public_projects p ON p.project_id = f.project_id
           JOIN users u ON u.id = f.judge_id
           LEFT JOIN judge_profiles jp ON jp.user_id = f.judge_id
           WHERE f.event_id = $1
           ORDER BY u.display_name, f.judge_id, f.position"#,
        event
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading the VIP judges' picks")?;
    Ok(rows
        .into_iter()
        .map(|r| StoredPick {
            judge_id: r.judge_id,
            judge: ShowJudge {
                display_name: r.display_name,
                title: r.title,
                bio: r.bio,
                photo_url: r.photo_id.map(&photo_url),
            },
            position: r.position,
            project: r.project_id,
            quote: r.quote,
        })
        .collect())
}

/// The event's awards of published projects: (kind, citation, project), Coding with
/// Commitment first, then by kind.
pub async fn awards(conn: &mut PgConnection, event: Uuid) -> anyhow::Result<Vec<StoredAward>> {
    let rows = sqlx::query!(
        r#"SELECT a.kind, a.citation, a.project_id FROM awards a
           JOIN public_projects p ON p.project_id = a.project_id
           WHERE a.event_id = $1
           ORDER BY (a.kind <> 'coding-with-commitment'), a.kind"#,
        event
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading the event's awards")?;
    Ok(rows
        .into_iter()
        .map(|r| StoredAward {
            kind: r.kind,
            citation: r.citation,
            project: r.project_id,
        })
        .collect())
}

/// Channel notified (on commit) whenever a livestream cue changes; the payload is the
/// JSON of a [`CueState`].
pub const CUE_CHANNEL: &str = "livestream_cue";

/// What an event's livestream shows right now.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CueState {
    pub event: Uuid,
    pub position: i32,
    pub version: i64,
    /// The tag of the cue list the position was chosen from.
    pub show: String,
}

/// The event's cue state and overlay key, made with `new_key` when there is none yet;
/// `lock`: for update (a step).
pub async fn cue_state(
    conn: &mut PgConnection,
    event: Uuid,
    new_key: &str,
    lock: bool,
) -> anyhow::Result<(CueState, String, bool)> {
    let created = sqlx::query!(
        "INSERT INTO livestream_cues (event_id, overlay_key) VALUES ($1, $2)
         ON CONFLICT (event_id) DO NOTHING",
        event,
        new_key
    )
    .execute(&mut *conn)
    .await
    .context("making an event's livestream cue")?
    .rows_affected()
        == 1;
    let row = if lock {
        sqlx::query!(
            "SELECT position, version, show_tag, overlay_key FROM livestream_cues
             WHERE event_id = $1 FOR UPDATE",
            event
        )
        .fetch_one(&mut *conn)
        .await
        .map(|r| (r.position, r.version, r.show_tag, r.overlay_key))
    } else {
        sqlx::query!(
            "SELECT position, version, show_tag, overlay_key FROM livestream_cues
             WHERE event_id = $1",
            event
        )
        .fetch_one(&mut *conn)
        .await
        .map(|r| (r.position, r.version, r.show_tag, r.overlay_key))
    }
    .context("loading an event's livestream cue")?;
    Ok((
        CueState {
            event,
            position: row.0,
            version: row.1,
            show: row.2,
        },
        row.3,
        created,
    ))
}

/// The event's cue state, if it has one (no write: what overlays read).
pub async fn current_cue(
    conn: &mut PgConnection,
    event: Uuid,
) -> anyhow::Result<Option<(CueState, String)>> {
    let row = sqlx::query!(
        "SELECT position, version, show_tag, overlay_key FROM livestream_cues WHERE event_id = $1",
        event
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading an event's livestream cue")?;
    Ok(row.map(|r| {
        (
            CueState {
                event,
                position: r.position,
                version: r.version,
                show: r.show_tag,
            },
            r.overlay_key,
        )
    }))
}

/// Puts cue `position` on air and tells every instance (on commit); the new state.
pub async fn set_cue(
    conn: &mut PgConnection,
    event: Uuid,
    position: i32,
    show: &str,
    by: Uuid,
) -> anyhow::Result<CueState> {
    let version = sqlx::query_scalar!(
        "UPDATE livestream_cues SET position = $2, show_tag = $3, version = version + 1,
                updated_at = now(), updated_by = $4
         WHERE event_id = $1 RETURNING version",
        event,
        position,
        show,
        by
    )
    .fetch_one(&mut *conn)
    .await
    .context("changing the livestream cue")?;
    let state = CueState {
        event,
        position,
        version,
        show: show.to_owned(),
    };
    let payload = serde_json::to_string(&state)?;
    sqlx::query!("SELECT pg_notify($1, $2)", CUE_CHANNEL, payload)
        .execute(&mut *conn)
        .await
        .context("notifying the livestream cue")?;
    Ok(state)
}
