//! The figures on the organizers' console: what waits for them.

use anyhow::Context as _;
use sqlx::PgConnection;

/// What the console's cards count.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ConsoleCounts {
    /// Submitted projects of the current event with a revision waiting for a decision
    /// (the moderation queue's default view).
    pub to_review: i64,
    /// Creators on submitted projects of the current event who need a guardian's consent
    /// and have no answer to the publish question yet (asked or not).
    pub consents_pending: i64,
    /// Jobs that failed every attempt (what the failed emails page lists).
    pub failed_emails: i64,
    /// Invitations neither accepted nor expired.
    pub open_invitations: i64,
}

/// Every count of the console, in one statement.
#[tracing::instrument(skip_all)]
pub async fn counts(conn: &mut PgConnection) -> anyhow::Result<ConsoleCounts> {
    let row = sqlx::query!(
        r#"SELECT
             (SELECT count(*) FROM projects p
               WHERE p.event_id = (SELECT id FROM current_event) AND p.status = 'submitted'
                 AND EXISTS (SELECT 1 FROM project_revisions r
                             WHERE r.project_id = p.id AND r.status = 'pending')) AS "to_review!",
             (SELECT count(DISTINCT m.creator_id) FROM projects p
               JOIN events e ON e.id = p.event_id
               JOIN project_members m ON m.project_id = p.id
               JOIN creators c ON c.id = m.creator_id
               WHERE p.event_id = (SELECT id FROM current_event) AND p.status = 'submitted'
                 AND needs_consent(c.birth_year, c.birth_month, e.reference_date, e.consent_age)
                 AND NOT EXISTS (SELECT 1 FROM consents k
                                 WHERE k.creator_id = c.id AND k.scope = 'publish')) AS "consents_pending!",
             (SELECT count(*) FROM jobs WHERE status = 'dead') AS "failed_emails!",
             (SELECT count(*) FROM invitations
               WHERE accepted_at IS NULL AND expires_at > now()) AS "open_invitations!""#
    )
    .fetch_one(&mut *conn)
    .await
    .context("counting what waits on the console")?;
    Ok(ConsoleCounts {
        to_review: row.to_review,
        consents_pending: row.consents_pending,
        failed_emails: row.failed_emails,
        open_invitations: row.open_invitations,
    })
}
