//! Downloading an export: who may, why (for personal data), and the audit row that every
//! download writes before its first byte leaves.

use serde_json::json;

use super::{Actor, Capacity, OpError, Ops, Target, audit, commit};
use crate::domain::account::Role;
use crate::domain::audit::{ActorFilter, AuditQuery};
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
    record(
        ops,
        actor,
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
    .await
}

/// Records that `actor` downloads the audit log's rows that `query` matches.
#[tracing::instrument(skip(ops, actor))]
pub async fn download_audit_log(
    ops: &Ops,
    actor: &Actor,
    query: &AuditQuery,
    format: ExportFormat,
) -> Result<(), OpError> {
    actor.require(Role::Organizer)?;
    let actor_filter = query.actor.as_ref().map(|a| match a {
        ActorFilter::Id(id) => id.to_string(),
        // An address may be anyone's: the log keeps that one was given, not which.
        ActorFilter::Email(_) => "email".to_owned(),
    });
    record(
        ops,
        actor,
        "export.audit_log",
        Target::None,
        json!({
            "export": "audit-log",
            "format": format.as_str(),
            "actor": actor_filter,
            "action": query.action.as_ref().map(|a| a.as_str()),
            "target": query.target,
            "from": query.from,
            "to": query.to,
        }),
    )
    .await
}

async fn record(
    ops: &Ops,
    actor: &Actor,
    action: &str,
    target: Target,
    summary: serde_json::Value,
) -> Result<(), OpError> {
    let mut tx = ops.begin().await?;
    audit(
        &mut tx,
        actor,
        Capacity::Role(Role::Organizer),
        action,
        target,
        summary,
    )
    .await?;
    commit(tx).await
}
