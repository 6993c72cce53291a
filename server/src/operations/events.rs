//! Organizers' changes to an event: moving it through its phases.

use serde_json::json;
use uuid::Uuid;

use super::{Actor, Capacity, OpError, Ops, Target, audit, commit};
use crate::db;
use crate::domain::account::Role;
use crate::domain::event::{Phase, PhaseMove, check_move};
use crate::publication;

/// Moves an event to `to`: forward one phase at a time, or back (confirmed, with a
/// reason). Everything the phase decides for the public (favourites and awards once
/// results are public) is refreshed in the same transaction.
pub async fn move_phase(
    ops: &Ops,
    actor: &Actor,
    event: Uuid,
    to: Phase,
    confirmed: bool,
    reason: &str,
) -> Result<PhaseMove, OpError> {
    let mut tx = ops.begin().await?;
    let out = move_phase_in(&mut tx, actor, event, to, confirmed, reason).await?;
    commit(tx).await?;
    Ok(out)
}

/// The body of [`move_phase`], in the caller's transaction.
pub async fn move_phase_in(
    conn: &mut sqlx::PgConnection,
    actor: &Actor,
    event: Uuid,
    to: Phase,
    confirmed: bool,
    reason: &str,
) -> Result<PhaseMove, OpError> {
    actor.require(Role::Organizer)?;
    let current = db::events::lock(conn, event)
        .await?
        .ok_or(OpError::NotFound)?;
    let from = current.phase;
    let moved =
        check_move(from, to, confirmed, reason).map_err(|e| OpError::invalid("phase", e.key()))?;
    db::events::set_phase(conn, event, to).await?;
    if from.permissions().results_public != to.permissions().results_public {
        publication::refresh_event(conn, event).await?;
    }
    // The reason is the organizer's own words about the event: worth keeping on record.
    let reason = match &moved {
        PhaseMove::Back { reason } => Some(reason.as_str()),
        PhaseMove::Forward => None,
    };
    audit(
        conn,
        actor,
        Capacity::Role(Role::Organizer),
        "event.phase",
        Target::Event(event),
        json!({ "from": from.as_str(), "to": to.as_str(), "reason": reason }),
    )
    .await?;
    Ok(moved)
}
