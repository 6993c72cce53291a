//! The livestream's cue across server instances: a step commits the new state and
//! notifies `livestream_cue`; every instance listens and fans each notification out to
//! the overlays and control pages connected to it (server-sent events). While the
//! listener reconnects, notifications may be missed, so a reconnection tells every
//! subscriber to read the state again.

use std::sync::Arc;
use std::time::Duration;

use sqlx::PgPool;
use tokio::sync::broadcast;

use crate::db::livestream::{CUE_CHANNEL, CueState};
use crate::db::notify::Heard;

/// What subscribers hear.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CueMessage {
    /// An event's cue changed.
    Cue(CueState),
    /// Notifications may have been missed: read the state again.
    Resync,
}

/// This instance's fan-out of cue changes.
pub struct CueHub {
    tx: broadcast::Sender<CueMessage>,
}

impl CueHub {
    pub fn new() -> Arc<Self> {
        let (tx, _) = broadcast::channel(1024);
        Arc::new(CueHub { tx })
    }

    pub fn subscribe(&self) -> broadcast::Receiver<CueMessage> {
        self.tx.subscribe()
    }

    /// Listens until the process ends, reconnecting when the connection drops.
    pub async fn listen(self: Arc<Self>, pool: PgPool) {
        crate::db::notify::listen(pool, CUE_CHANNEL, Duration::from_millis(500), |heard| {
            // No subscriber is not an error.
            match heard {
                // Anything changed while not listening is read again.
                Heard::Connected => {
                    let _ = self.tx.send(CueMessage::Resync);
                }
                Heard::Message(payload) => match serde_json::from_str::<CueState>(payload) {
                    Ok(state) => {
                        let _ = self.tx.send(CueMessage::Cue(state));
                    }
                    Err(e) => tracing::warn!(error = %e, "an unreadable cue notification"),
                },
                Heard::Lost => {}
            }
        })
        .await;
    }
}
