//! The moderation queue: an event's submitted projects, filtered by what waits for a
//! decision or by moderation state (and by category, language, country), a page at a
//! time, with how many projects each status filter finds.

use anyhow::Context as _;
use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use uuid::Uuid;

use super::parse_stored;
use crate::domain::publication::Moderation;

/// Which submitted projects the queue lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueueStatus {
    /// Those with a revision waiting for a decision: new submissions and changes to
    /// published projects alike.
    Review,
    /// Every submitted project.
    All,
    /// Those in one moderation state.
    State(Moderation),
}

impl QueueStatus {
    /// Every filter, in the order the queue offers them.
    pub const ALL: [QueueStatus; 6] = [
        QueueStatus::Review,
        QueueStatus::All,
        QueueStatus::State(Moderation::Pending),
        QueueStatus::State(Moderation::Approved),
        QueueStatus::State(Moderation::ChangesRequested),
        QueueStatus::State(Moderation::Rejected),
    ];

    /// The value in links and forms (`review`, `all`, or a moderation state).
    pub fn as_str(self) -> &'static str {
        match self {
            QueueStatus::Review => "review",
            QueueStatus::All => "all",
            QueueStatus::State(m) => m.as_str(),
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.as_str() == s)
    }
}

/// The queue's filters; `None` matches anything.
#[derive(Debug, Clone, Copy)]
pub struct QueueFilter<'a> {
    pub status: QueueStatus,
    /// A category's slug.
    pub category: Option<&'a str>,
    /// The project's language tag, as stored.
    pub language: Option<&'a str>,
    /// A team member's country code (upper case).
    pub country: Option<&'a str>,
}

/// How many projects each status filter finds under the other filters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QueueCounts {
    pub review: i64,
    pub all: i64,
    pub pending: i64,
    pub approved: i64,
    pub changes_requested: i64,
    pub rejected: i64,
}

impl QueueCounts {
    pub fn of(&self, status: QueueStatus) -> i64 {
        match status {
            QueueStatus::Review => self.review,
            QueueStatus::All => self.all,
            QueueStatus::State(Moderation::Pending) => self.pending,
            QueueStatus::State(Moderation::Approved) => self.approved,
            QueueStatus::State(Moderation::ChangesRequested) => self.changes_requested,
            QueueStatus::State(Moderation::Rejected) => self.rejected,
        }
    }
}

/// One row of the moderation queue.
#[derive(Debug, Clone)]
pub struct QueueRow {
    pub id: Uuid,
    pub title: String,
    /// The category's slug.
    pub category: Option<String>,
    pub language: Option<String>,
    pub countries: Vec<String>,
    pub moderation: Moderation,
    pub submitted_at: Option<DateTime<Utc>>,
    /// The revision waiting for a decision, if any.
    pub pending_revision: Option<Uuid>,
    /// Whether an approved version exists (the waiting revision is then a change).
    pub has_public_version: bool,
}

/// How many of the event's submitted projects each status filter finds, under the
/// filter's category, language and country (its status is ignored).
#[tracing::instrument(skip_all)]
pub async fn queue_counts(
    conn: &mut PgConnection,
    event: Uuid,
    filter: &QueueFilter<'_>,
) -> anyhow::Result<QueueCounts> {
    let row = sqlx::query!(
        r#"SELECT count(*) FILTER (WHERE pr.id IS NOT NULL) AS "review!",
                  count(*) AS "all!",
                  count(*) FILTER (WHERE p.moderation = 'pending') AS "pending!",
                  count(*) FILTER (WHERE p.moderation = 'approved') AS "approved!",
                  count(*) FILTER (WHERE p.moderation = 'changes_requested') AS "changes_requested!",
                  count(*) FILTER (WHERE p.moderation = 'rejected') AS "rejected!"
           FROM projects p
           LEFT JOIN categories c ON c.id = p.category_id
           LEFT JOIN project_revisions pr ON pr.project_id = p.id AND pr.status = 'pending'
           WHERE p.event_id = $1 AND p.status = 'submitted'
             AND ($2::text IS NULL OR c.slug = $2)
             AND ($3::text IS NULL OR p.language = $3)
             AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM project_members m JOIN creators cr ON cr.id = m.creator_id
                                              WHERE m.project_id = p.id AND cr.country = $4))"#,
        event,
        filter.category,
        filter.language,
        filter.country,
    )
    .fetch_one(&mut *conn)
    .await
    .context("counting the moderation queue")?;
    Ok(QueueCounts {
        review: row.review,
        all: row.all,
        pending: row.pending,
        approved: row.approved,
        changes_requested: row.changes_requested,
        rejected: row.rejected,
    })
}

/// One page of the event's submitted projects that `filter` finds: those with a revision
/// waiting for a decision first, then by submission, oldest first.
#[tracing::instrument(skip_all)]
pub async fn queue(
    conn: &mut PgConnection,
    event: Uuid,
    filter: &QueueFilter<'_>,
    limit: i64,
    offset: i64,
) -> anyhow::Result<Vec<QueueRow>> {
    let (review, state) = match filter.status {
        QueueStatus::Review => (true, None),
        QueueStatus::All => (false, None),
        QueueStatus::State(m) => (false, Some(m.as_str())),
    };
    let rows = sqlx::query!(
        r#"SELECT p.id, p.title, c.slug AS "category?", p.language, p.moderation::text AS "moderation!",
                  p.submitted_at, p.approved_revision_id IS NOT NULL AS "has_public!",
                  pr.id AS "pending?",
                  (SELECT array_agg(DISTINCT cr.country::text) FROM project_members m JOIN creators cr ON cr.id = m.creator_id
                   WHERE m.project_id = p.id) AS "countries!: Vec<String>"
           FROM projects p
           LEFT JOIN categories c ON c.id = p.category_id
           LEFT JOIN project_revisions pr ON pr.project_id = p.id AND pr.status = 'pending'
           WHERE p.event_id = $1 AND p.status = 'submitted'
             AND ($2::text IS NULL OR c.slug = $2)
             AND ($3::text IS NULL OR p.language = $3)
             AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM project_members m JOIN creators cr ON cr.id = m.creator_id
                                              WHERE m.project_id = p.id AND cr.country = $4))
             AND (NOT $5::bool OR pr.id IS NOT NULL)
             AND ($6::text IS NULL OR p.moderation = $6::text::moderation_state)
           ORDER BY pr.id IS NULL, p.submitted_at, p.id
           LIMIT $7 OFFSET $8"#,
        event,
        filter.category,
        filter.language,
        filter.country,
        review,
        state,
        limit,
        offset,
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading the moderation queue")?;
    rows.into_iter()
        .map(|r| {
            Ok(QueueRow {
                id: r.id,
                title: r.title,
                category: r.category,
                language: r.language,
                countries: r.countries,
                moderation: parse_stored("moderation state", &r.moderation, Moderation::parse)?,
                submitted_at: r.submitted_at,
                pending_revision: r.pending,
                has_public_version: r.has_public,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_reads_back_from_its_value() {
        for status in QueueStatus::ALL {
            assert_eq!(QueueStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(QueueStatus::parse(""), None);
        assert_eq!(QueueStatus::parse("Review"), None);
    }
}
