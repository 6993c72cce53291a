//! What `showcase-server` does on the server's own machine besides serving: commands for
//! whoever runs the platform. `token create` gives an existing organizer an API token, to
//! bootstrap automation (`judge-cli`) before anyone has opened the console.

use crate::db;
use crate::domain::ApiScope;
use crate::domain::account::{EmailAddress, Role};
use crate::i18n::Locale;
use crate::operations::{self, Actor, OpError, Ops, Via};

/// Why a command did nothing, in words for the person at the terminal.
#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    #[error("{0}")]
    Refused(String),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

fn refused(message: impl Into<String>) -> AdminError {
    AdminError::Refused(message.into())
}

/// Creates an API token for the organizer with this email, with these scopes (a comma-
/// or space-separated list) and this name, through the same operation as the console
/// (audited as done from the command line). Returns the token, shown this once.
pub async fn create_token(
    ops: &Ops,
    email: &str,
    scopes: &str,
    name: &str,
) -> Result<String, AdminError> {
    let l = Locale::ENGLISH;
    let email =
        EmailAddress::parse(email).map_err(|e| refused(format!("--email: {}", l.t(e.0))))?;
    let scopes = ApiScope::parse_list(scopes).map_err(|e| {
        refused(format!(
            "--scopes: {e} (the scopes are {})",
            ApiScope::ALL.map(ApiScope::as_str).join(", ")
        ))
    })?;
    let mut conn = ops.pool().acquire().await.map_err(anyhow::Error::from)?;
    let user = db::users::by_email(&mut conn, &email)
        .await?
        .ok_or_else(|| refused(format!("no account has the email {}", email.as_str())))?;
    drop(conn);
    if !user.roles.contains(&Role::Organizer) {
        return Err(refused(format!(
            "{} is not an organizer: tokens are for organizers' tools",
            email.as_str()
        )));
    }
    let actor = Actor::account(user.id, user.roles.clone(), Via::Cli, None);
    match operations::organizer::create_token(ops, &actor, name, &scopes).await {
        Ok(token) => {
            tracing::info!(user = %user.id, scopes = ?scopes, "API token created from the command line");
            Ok(token)
        }
        Err(OpError::Invalid(problems)) => Err(refused(
            problems
                .iter()
                .map(|(field, e)| {
                    let flag = if *field == "name" {
                        "--name"
                    } else {
                        "--scopes"
                    };
                    format!("{flag}: {}", l.t(e.0))
                })
                .collect::<Vec<_>>()
                .join("; "),
        )),
        Err(OpError::Internal(e)) => Err(AdminError::Internal(e)),
        Err(other) => Err(refused(other.to_string())),
    }
}
