//! Every SQL statement of the server, one module per aggregate. Functions take a pool,
//! connection or transaction from the caller, which owns the transaction boundary.

pub mod api_tokens;
pub mod audit;
pub mod certificates;
pub mod consents;
pub mod console;
pub mod erasure;
pub mod events;
pub mod exports;
pub mod favourites;
pub mod invitations;
pub mod jobs;
pub mod judging;
pub mod livestream;
pub mod moderation;
pub mod notify;
pub mod projects;
pub mod public;
pub mod retention;
pub mod revisions;
pub mod sessions;
pub mod stats;
pub mod tokens;
pub mod users;

use std::time::Duration;

use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

use crate::config::{DatabaseSettings, SettingsError};

/// A value of a database enum (or of a text column holding one), parsed strictly: a value
/// this code does not know is an error, never a silent default.
pub(crate) fn parse_stored<T>(
    column: &'static str,
    value: &str,
    parse: impl FnOnce(&str) -> Option<T>,
) -> anyhow::Result<T> {
    parse(value).ok_or_else(|| anyhow::anyhow!("unknown {column} {value:?} in the database"))
}

/// The schema migrations, compiled in from the top-level `migrations/` folder.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../migrations");

/// A connection idle at least this long is pinged before it is handed out.
const PING_WHEN_IDLE_FOR: Duration = Duration::from_secs(10);

/// A pool that connects on first use, so the server starts (and reports itself unhealthy)
/// even while the database is down.
///
/// A connection is checked with a ping before use only when it has been idle a while:
/// sqlx's default pings on every acquire, a round trip more per request for connections
/// that were in use a moment ago. One that breaks anyway is closed by sqlx on its first
/// error.
pub fn pool(settings: &DatabaseSettings) -> Result<PgPool, SettingsError> {
    Ok(PgPoolOptions::new()
        .max_connections(settings.max_connections)
        .acquire_timeout(settings.acquire_timeout())
        .idle_timeout(Some(Duration::from_secs(300)))
        .test_before_acquire(false)
        .before_acquire(|conn, meta| {
            Box::pin(async move {
                if meta.idle_for >= PING_WHEN_IDLE_FOR {
                    use sqlx::Connection as _;
                    // A connection that fails its ping is dropped; the pool opens another.
                    Ok(conn.ping().await.is_ok())
                } else {
                    Ok(true)
                }
            })
        })
        .connect_lazy_with(settings.connect_options()?))
}

/// Applies pending migrations.
#[tracing::instrument(skip_all)]
pub async fn migrate(pool: &PgPool) -> Result<(), sqlx::migrate::MigrateError> {
    MIGRATOR.run(pool).await
}

/// Whether `e` (anywhere in its chain) says the database could not be reached: no
/// connection to be had, one cut off, or a server shutting down or starting up. The
/// request may well work in a moment; nothing about it was wrong.
pub fn is_unreachable(e: &anyhow::Error) -> bool {
    e.chain()
        .any(|cause| match cause.downcast_ref::<sqlx::Error>() {
            Some(
                sqlx::Error::PoolTimedOut
                | sqlx::Error::PoolClosed
                | sqlx::Error::Io(_)
                | sqlx::Error::Tls(_)
                | sqlx::Error::WorkerCrashed,
            ) => true,
            // A FATAL error ends the session (a database refusing connections, too many
            // clients, a shutdown); class 08 is a connection exception, 57P01-57P03 an
            // administrator or crash shutdown, or a server starting up.
            Some(sqlx::Error::Database(db)) => {
                let fatal = db
                    .try_downcast_ref::<sqlx::postgres::PgDatabaseError>()
                    .is_some_and(|pg| {
                        matches!(
                            pg.severity(),
                            sqlx::postgres::PgSeverity::Fatal | sqlx::postgres::PgSeverity::Panic
                        )
                    });
                fatal
                    || db.code().is_some_and(|code| {
                        code.starts_with("08")
                            || matches!(code.as_ref(), "57P01" | "57P02" | "57P03")
                    })
            }
            _ => false,
        })
}

/// Whether the database answers a trivial query.
///
/// After the database restarted, the pool may still hold connections the server cut:
/// each fails once and is closed. So a failure is tried again on another connection, as
/// many times as the pool has connections, before the database counts as unreachable.
pub async fn ping(pool: &PgPool) -> Result<(), sqlx::Error> {
    let attempts = pool.options().get_max_connections() + 1;
    let mut last = None;
    for _ in 0..attempts {
        match sqlx::query_scalar!("SELECT 1 AS \"one!\"")
            .fetch_one(pool)
            .await
        {
            Ok(_) => return Ok(()),
            Err(e @ sqlx::Error::PoolTimedOut) => return Err(e),
            Err(e) => {
                tracing::debug!(error = %e, "database ping failed; trying another connection");
                last = Some(e);
            }
        }
    }
    Err(last.unwrap_or(sqlx::Error::PoolTimedOut))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_database_out_of_reach_is_unreachable() {
        assert!(is_unreachable(&anyhow::Error::from(
            sqlx::Error::PoolTimedOut
        )));
        let cut = sqlx::Error::Io(std::io::Error::from(std::io::ErrorKind::ConnectionReset));
        assert!(is_unreachable(
            &anyhow::Error::from(cut).context("loading a page")
        ));
        assert!(!is_unreachable(&anyhow::Error::from(
            sqlx::Error::RowNotFound
        )));
        assert!(!is_unreachable(&anyhow::anyhow!("a template failed")));
    }
}
