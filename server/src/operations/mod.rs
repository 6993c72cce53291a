//! Every change a person makes, as one function each: it opens the transaction, applies
//! the domain rule, writes, refreshes what the public sees (`publication`), enqueues the
//! jobs the change causes and writes its audit row, then commits. Web pages and the token
//! API call the same operations; a handler only parses input and renders the outcome.

use crate::domain::account::InputError;

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
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sqlx::Error> for OpError {
    fn from(e: sqlx::Error) -> Self {
        OpError::Internal(e.into())
    }
}
