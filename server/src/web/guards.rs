//! Who is asking, as extractors that guard routes. Sessions: an encrypted cookie (actix-session) holding the user id and the session epoch
//! it began in; the account is loaded on each request that asks for it, so revoked roles
//! and password resets take effect at once.

use std::future::Future;
use std::pin::Pin;

use actix_session::{Session, SessionExt};
use actix_web::{FromRequest, HttpMessage, HttpRequest, dev::Payload, web};
use uuid::Uuid;

use super::{AppError, AppState};
use crate::db;
use crate::db::users::UserRecord;
use crate::domain::account::Role;

const USER_ID: &str = "user_id";
const EPOCH: &str = "epoch";

/// Starts a signed-in session: a new session id (against fixation) and a fresh CSRF token.
pub fn sign_in(session: &Session, user: &UserRecord) -> anyhow::Result<()> {
    session.renew();
    session.clear();
    session.insert(USER_ID, user.id)?;
    session.insert(EPOCH, user.session_epoch)?;
    Ok(())
}

/// Ends the session entirely.
pub fn sign_out(session: &Session) {
    session.purge();
}

/// The signed-in account.
#[derive(Debug, Clone)]
pub struct CurrentUser(pub UserRecord);

impl CurrentUser {
    pub fn id(&self) -> Uuid {
        self.0.id
    }

    pub fn has(&self, role: Role) -> bool {
        self.0.roles.contains(&role)
    }
}

/// The signed-in account, if any.
#[derive(Debug, Clone)]
pub struct MaybeUser(pub Option<CurrentUser>);

async fn load(req: &HttpRequest) -> Result<Option<CurrentUser>, AppError> {
    if let Some(cached) = req.extensions().get::<MaybeUser>() {
        return Ok(cached.0.clone());
    }
    let session = req.get_session();
    let id: Option<Uuid> = session.get(USER_ID).unwrap_or(None);
    let epoch: Option<i32> = session.get(EPOCH).unwrap_or(None);
    let user = match (id, req.app_data::<web::Data<AppState>>()) {
        (Some(id), Some(state)) => {
            let mut conn = state.pool.acquire().await.map_err(anyhow::Error::from)?;
            match db::users::by_id(&mut conn, id).await? {
                Some(user) if Some(user.session_epoch) == epoch => Some(CurrentUser(user)),
                _ => {
                    // Deleted account or a session from before a password reset.
                    session.purge();
                    None
                }
            }
        }
        _ => None,
    };
    req.extensions_mut().insert(MaybeUser(user.clone()));
    Ok(user)
}

/// Where to go back to after signing in: the request's path and query.
fn return_path(req: &HttpRequest) -> String {
    match req.query_string() {
        "" => req.path().to_owned(),
        q => format!("{}?{}", req.path(), q),
    }
}

impl FromRequest for MaybeUser {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { load(&req).await.map(MaybeUser) })
    }
}

impl FromRequest for CurrentUser {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            load(&req)
                .await?
                .ok_or_else(|| AppError::SignInRequired(return_path(&req)))
        })
    }
}

macro_rules! role_extractor {
    ($(#[$doc:meta])* $name:ident, $role:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone)]
        pub struct $name(pub CurrentUser);

        impl FromRequest for $name {
            type Error = AppError;
            type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

            fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
                let req = req.clone();
                Box::pin(async move {
                    let user = load(&req).await?.ok_or_else(|| AppError::SignInRequired(return_path(&req)))?;
                    if user.has($role) { Ok($name(user)) } else { Err(AppError::Forbidden) }
                })
            }
        }
    };
}

role_extractor!(
    /// A signed-in organizer.
    OrganizerUser, Role::Organizer
);
role_extractor!(
    /// A signed-in judge.
    JudgeUser, Role::Judge
);
role_extractor!(
    /// A signed-in parent, guardian or mentor.
    AdultUser, Role::Adult
);
role_extractor!(
    /// A signed-in teenager with their own creator account.
    CreatorUser, Role::Creator
);
