//! Listening to a PostgreSQL notification channel for as long as the process runs: each
//! instance's caches and the livestream fan-out follow changes made on any instance.
//! Notifications sent while the connection is down are lost, so the caller hears when
//! listening starts and when it stops, and decides what that means (stop caching, read
//! the state again).

use std::time::Duration;

use sqlx::PgPool;
use sqlx::postgres::PgListener;

/// What a listener hears.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heard<'a> {
    /// Listening (again): anything sent before now may have been missed.
    Connected,
    /// A notification's payload.
    Message(&'a str),
    /// The connection is gone; it is made again after `retry`.
    Lost,
}

/// Listens on `channel` until the process ends, reconnecting `retry` after a loss.
pub async fn listen(pool: PgPool, channel: &str, retry: Duration, mut on: impl FnMut(Heard<'_>)) {
    loop {
        match connect(&pool, channel).await {
            Ok(mut listener) => {
                on(Heard::Connected);
                loop {
                    match listener.try_recv().await {
                        Ok(Some(n)) => on(Heard::Message(n.payload())),
                        Ok(None) => break,
                        Err(e) => {
                            tracing::warn!(error = %e, channel, "notifications lost");
                            break;
                        }
                    }
                }
            }
            Err(e) => tracing::debug!(error = %e, channel, "listener not connected"),
        }
        on(Heard::Lost);
        tokio::time::sleep(retry).await;
    }
}

async fn connect(pool: &PgPool, channel: &str) -> Result<PgListener, sqlx::Error> {
    let mut listener = PgListener::connect_with(pool).await?;
    listener.listen(channel).await?;
    Ok(listener)
}
