//! The livestream's producers step through the run of show's cues; every instance's
//! overlays follow (the state is in PostgreSQL and each step notifies on commit).

use serde_json::json;
use uuid::Uuid;

use super::{Actor, Capacity, OpError, Ops, Target, audit, commit};
use crate::auth::secrets::new_token;
use crate::db;
use crate::db::livestream::CueState;
use crate::domain::account::Role;

const ORGANIZER: Capacity = Capacity::Role(Role::Organizer);

/// What a producer asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The cue after `from`, the one the producer saw on air.
    Next { from: i32 },
    /// The cue before `from`.
    Previous { from: i32 },
    /// This cue.
    Jump(i32),
}

/// The event's cue state and the overlay's key, made on first use (organizers).
pub async fn open(ops: &Ops, actor: &Actor, event: Uuid) -> Result<(CueState, String), OpError> {
    actor.require(Role::Organizer)?;
    let mut tx = ops.begin().await?;
    db::events::by_id(&mut tx, event)
        .await?
        .ok_or(OpError::NotFound)?;
    let (key, _) = new_token()?;
    let (state, key, created) = db::livestream::cue_state(&mut tx, event, &key, false).await?;
    if created {
        audit(
            &mut tx,
            actor,
            ORGANIZER,
            "livestream.open",
            Target::Event(event),
            json!({}),
        )
        .await?;
    }
    commit(tx).await?;
    Ok((state, key))
}

/// Puts a cue on air. `cues`: how many the run of show has now, `show`: their tag. Two
/// producers pressing "next" at once move the show once: the second is told it moved.
pub async fn cue(
    ops: &Ops,
    actor: &Actor,
    event: Uuid,
    step: Step,
    cues: usize,
    show: &str,
) -> Result<CueState, OpError> {
    let user = actor.require(Role::Organizer)?;
    let mut tx = ops.begin().await?;
    db::events::by_id(&mut tx, event)
        .await?
        .ok_or(OpError::NotFound)?;
    let (key, _) = new_token()?;
    let (before, _, _) = db::livestream::cue_state(&mut tx, event, &key, true).await?;
    let last = i32::try_from(cues).unwrap_or(i32::MAX).saturating_sub(1);
    let target = match step {
        Step::Next { from } | Step::Previous { from } if from != before.position => {
            return Err(OpError::Refused("livestream-moved"));
        }
        Step::Next { from } if from >= last => return Err(OpError::Refused("livestream-last-cue")),
        Step::Previous { from } if from <= 0 => {
            return Err(OpError::Refused("livestream-first-cue"));
        }
        Step::Next { from } => from + 1,
        Step::Previous { from } => from - 1,
        Step::Jump(n) if !(0..=last).contains(&n) => {
            return Err(OpError::Refused("livestream-no-such-cue"));
        }
        Step::Jump(n) => n,
    };
    let after = db::livestream::set_cue(&mut tx, event, target, show, user).await?;
    audit(
        &mut tx,
        actor,
        ORGANIZER,
        "livestream.cue",
        Target::Event(event),
        json!({ "from": before.position, "to": target, "version": after.version }),
    )
    .await?;
    commit(tx).await?;
    Ok(after)
}
