//! Downloading an export: who may, why (for personal data), and the audit row that every
//! download writes before its first byte leaves.

use serde_json::json;

use super::{Actor, Capacity, OpError, Ops, Target, audit, commit};
use crate::domain::account::Role;
use crate::domain::event::Event;
use crate::domain::export::{ExportFormat, ExportKind, ExportPurpose};

/// Records that `actor` downloads `kind` of `event` as `format`. An export naming people
/// beyond their display name needs a purpose; the audit row keeps who, what and why.
#[tracing::instrument(skip(ops, actor, event), fields(event = %event.slug.as_str()))]
pub async fn download(
    ops: &Ops,
    actor: &Actor,
    event: &Event,
    kind: ExportKind,
    format: ExportFormat,
    purpose: Option<ExportPurpose>,
) -> Result<(), OpError> {
    actor.require(Role::Organizer)?;
    if kind.is_personal() && purpose.is_none() {
        return Err(OpError::invalid("purpose", "error-export-purpose-required"));
    }
    let mut tx = ops.begin().await?;
    audit(
        &mut tx,
        actor,
        Capacity::Role(Role::Organizer),
        if kind.is_personal() {
            "export.personal_data"
        } else {
            "export.download"
        },
        Target::Event(event.id.0),
        json!({
            "export": kind.as_str(),
            "format": format.as_str(),
            "purpose": purpose.map(ExportPurpose::as_str),
        }),
    )
    .await?;
    commit(tx).await
}
