//! The retention sweep: registrations never confirmed, consent requests that expired
//! unanswered, old emailed links and ended sessions are deleted after the times in
//! `[retention]`. Run by the workers every `retention.interval_secs` (one instance at a
//! time: an advisory lock) and by `showcase-server retention`.

use serde_json::json;

use super::{Actor, Capacity, OpError, Ops, Target, audit, commit};
use crate::db;
use crate::db::retention::Swept;

fn days(n: u32) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// One sweep; `None` when another instance is sweeping right now. Writes an audit row
/// with the counts when it deleted anything.
#[tracing::instrument(skip(ops, actor))]
pub async fn sweep(ops: &Ops, actor: &Actor) -> Result<Option<Swept>, OpError> {
    let r = &ops.settings().retention;
    let mut tx = ops.begin().await?;
    if !db::jobs::try_lock(&mut tx, "retention-sweep").await? {
        return Ok(None);
    }
    let (unconfirmed_accounts, jobs) =
        db::retention::unconfirmed_accounts(&mut tx, days(r.unconfirmed_account_days)).await?;
    let expired_consent_requests =
        db::retention::expired_consent_requests(&mut tx, days(r.expired_consent_request_days))
            .await?;
    let (old_links, ended_sessions) =
        db::retention::old_links(&mut tx, days(r.old_link_days)).await?;
    let swept = Swept {
        unconfirmed_accounts,
        expired_consent_requests,
        old_links,
        ended_sessions,
        jobs,
    };
    if swept != Swept::default() {
        audit(
            &mut tx,
            actor,
            Capacity::System,
            "retention.sweep",
            Target::None,
            json!(swept),
        )
        .await?;
    }
    commit(tx).await?;
    tracing::info!(?swept, "retention sweep");
    Ok(Some(swept))
}
