//! Every change a person makes, as one function each: it opens the transaction, applies
//! the domain rule, writes, refreshes what the public sees (`publication`), enqueues the
//! jobs the change causes and writes its audit row, then commits. Web pages and the token
//! API call the same operations; a handler only parses input and renders the outcome.
//!
//! An operation `op(ops, actor, ..)` opens its own transaction. Where changes must be
//! composed into one transaction (bulk approval, the demo seed), the operation's body is
//! `op_in(conn, actor, ..)`, which runs inside the caller's transaction and does all the
//! same work.

pub mod accounts;
pub mod assignment;
pub mod certificates;
pub mod consent;
pub mod erasure;
pub mod events;
pub mod exports;
pub mod favourites;
pub mod images;
pub mod judging;
pub mod livestream;
pub mod moderation;
pub mod organizer;
pub mod projects;
pub mod retention;

use std::sync::Arc;

use serde::Serialize;
use sqlx::{PgConnection, PgPool, Postgres, Transaction};
use uuid::Uuid;

use crate::config::Settings;
use crate::db;
use crate::db::tokens::Lookup;
use crate::domain::account::{InputError, Role};
use crate::media::Storage;

/// Why an operation did not happen. Nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum OpError {
    /// The target does not exist, or the actor may not know it does.
    #[error("not found")]
    NotFound,
    /// The actor may not do this.
    #[error("forbidden")]
    Forbidden,
    /// A rule refused it; the Fluent key says why (e.g. `project-locked`).
    #[error("refused: {0}")]
    Refused(&'static str),
    /// Input problems, by field name, each a Fluent key.
    #[error("invalid input")]
    Invalid(Vec<(&'static str, InputError)>),
    /// An emailed link that cannot be used, and why.
    #[error("unusable link: {0:?}")]
    Link(LinkProblem),
    /// The event's phase does not allow it (the refusal names the phases that do).
    #[error("not in this phase: {0:?}")]
    NotInPhase(crate::domain::PhaseAction),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// Why an emailed link cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkProblem {
    Unknown,
    Used,
    Expired,
    Revoked,
}

impl OpError {
    /// One input problem.
    pub fn invalid(field: &'static str, key: &'static str) -> Self {
        OpError::Invalid(vec![(field, InputError(key))])
    }

    /// The problem of a token lookup that did not find a valid token.
    pub(crate) fn link<S>(lookup: &Lookup<S>) -> Self {
        OpError::Link(match lookup {
            Lookup::Used => LinkProblem::Used,
            Lookup::Expired => LinkProblem::Expired,
            Lookup::Revoked => LinkProblem::Revoked,
            Lookup::Unknown | Lookup::Valid(_) => LinkProblem::Unknown,
        })
    }
}

impl From<sqlx::Error> for OpError {
    fn from(e: sqlx::Error) -> Self {
        OpError::Internal(e.into())
    }
}

/// What operations run with: the database, media storage and the settings they read.
#[derive(Clone)]
pub struct Ops {
    pool: PgPool,
    storage: Arc<dyn Storage>,
    settings: Arc<Settings>,
    certificates: Arc<crate::certificates::Certificates>,
}

impl Ops {
    pub fn new(pool: PgPool, storage: Arc<dyn Storage>, settings: Settings) -> Self {
        let certificates = Arc::new(crate::certificates::Certificates::new(
            settings.certificates.font_dirs.clone(),
        ));
        Ops {
            pool,
            storage,
            settings: Arc::new(settings),
            certificates,
        }
    }

    /// Makes certificates (fonts loaded on first use).
    pub fn certificates(&self) -> &Arc<crate::certificates::Certificates> {
        &self.certificates
    }

    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn storage(&self) -> &dyn Storage {
        self.storage.as_ref()
    }

    /// The operation's transaction.
    async fn begin(&self) -> Result<Transaction<'static, Postgres>, OpError> {
        Ok(self.pool.begin().await?)
    }
}

/// Commits an operation's transaction.
async fn commit(tx: Transaction<'static, Postgres>) -> Result<(), OpError> {
    Ok(tx.commit().await?)
}

/// Through what a change arrives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    Web,
    Api,
    Worker,
    Seed,
    Cli,
}

impl Via {
    pub fn as_str(self) -> &'static str {
        match self {
            Via::Web => "web",
            Via::Api => "api",
            Via::Worker => "worker",
            Via::Seed => "seed",
            Via::Cli => "cli",
        }
    }
}

/// Who makes a change: an account (with its roles), or someone without one (a guardian
/// following an emailed link, a visitor registering), or the system (a worker).
#[derive(Debug, Clone)]
pub struct Actor {
    pub user: Option<Uuid>,
    pub roles: Vec<Role>,
    pub via: Via,
    /// The API token used, for changes through the token API.
    pub token: Option<Uuid>,
    /// The request id of the HTTP request (`x-request-id`), for the audit log.
    pub request_id: Option<String>,
}

impl Actor {
    /// A signed-in account.
    pub fn account(user: Uuid, roles: Vec<Role>, via: Via, request_id: Option<String>) -> Self {
        Actor {
            user: Some(user),
            roles,
            via,
            token: None,
            request_id,
        }
    }

    /// Someone without an account, or not signed in.
    pub fn visitor(via: Via, request_id: Option<String>) -> Self {
        Actor {
            user: None,
            roles: Vec::new(),
            via,
            token: None,
            request_id,
        }
    }

    /// The platform itself (workers, maintenance commands).
    pub fn system(via: Via) -> Self {
        Actor::visitor(via, None)
    }

    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// The account, when it holds `role`.
    pub fn require(&self, role: Role) -> Result<Uuid, OpError> {
        match self.user {
            Some(id) if self.has(role) => Ok(id),
            _ => Err(OpError::Forbidden),
        }
    }

    /// The signed-in account, whatever its roles.
    pub fn signed_in(&self) -> Result<Uuid, OpError> {
        self.user.ok_or(OpError::Forbidden)
    }
}

/// In what capacity an audit row's actor acted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Capacity {
    Role(Role),
    Guardian,
    Visitor,
    System,
}

impl Capacity {
    /// An account acting for itself: its highest role (organizer, judge, adult,
    /// creator), or a visitor without one.
    pub fn of_account(roles: &[Role]) -> Capacity {
        [Role::Organizer, Role::Judge, Role::Adult, Role::Creator]
            .into_iter()
            .find(|r| roles.contains(r))
            .map_or(Capacity::Visitor, Capacity::Role)
    }

    fn as_str(self) -> &'static str {
        match self {
            Capacity::Role(r) => r.as_str(),
            Capacity::Guardian => "guardian",
            Capacity::Visitor => "visitor",
            Capacity::System => "system",
        }
    }
}

/// What an audit row is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Project(Uuid),
    Image(Uuid),
    Creator(Uuid),
    User(Uuid),
    Invitation(Uuid),
    ApiToken(Uuid),
    Event(Uuid),
    ConsentRequest(Uuid),
    AssignmentBatch(Uuid),
    /// No stored thing (a request about an email address that may have no account).
    None,
}

impl Target {
    fn parts(self) -> (&'static str, Option<Uuid>) {
        match self {
            Target::Project(id) => ("project", Some(id)),
            Target::Image(id) => ("image", Some(id)),
            Target::Creator(id) => ("creator", Some(id)),
            Target::User(id) => ("user", Some(id)),
            Target::Invitation(id) => ("invitation", Some(id)),
            Target::ApiToken(id) => ("api_token", Some(id)),
            Target::Event(id) => ("event", Some(id)),
            Target::ConsentRequest(id) => ("consent_request", Some(id)),
            Target::AssignmentBatch(id) => ("assignment_batch", Some(id)),
            Target::None => ("none", None),
        }
    }
}

/// Writes the operation's audit row, in its transaction. `summary`: states before and
/// after and the names of what changed; never free text a person typed.
pub(crate) async fn audit(
    conn: &mut PgConnection,
    actor: &Actor,
    capacity: Capacity,
    action: &str,
    target: Target,
    summary: serde_json::Value,
) -> Result<(), OpError> {
    let (target_type, target_id) = target.parts();
    db::audit::insert(
        conn,
        &db::audit::NewEntry {
            actor_id: actor.user,
            actor_role: capacity.as_str(),
            via: actor.via.as_str(),
            token_id: actor.token,
            action,
            target_type,
            target_id,
            summary: &summary,
            request_id: actor.request_id.as_deref(),
        },
    )
    .await?;
    Ok(())
}
