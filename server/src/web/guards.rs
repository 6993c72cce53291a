//! Who is asking, as extractors that guard routes. The session cookie (actix-session,
//! encrypted) holds the account's id and the id of its server-side session row; the
//! account is loaded, and the session checked, on each request that asks, so signing out
//! (anywhere), a password reset or a removed role takes effect at once.

use std::future::Future;
use std::pin::Pin;

use actix_session::{Session, SessionExt};
use actix_web::{FromRequest, HttpMessage, HttpRequest, dev::Payload, web};
use uuid::Uuid;

use super::{AppError, AppState};
use crate::db;
use crate::db::users::UserRecord;
use crate::domain::account::Role;
use crate::operations::accounts::SignedIn;

const USER_ID: &str = "user_id";
const SESSION_ID: &str = "session_id";

/// Puts a new server-side session in the cookie: a new cookie id (against fixation) and
/// a fresh CSRF token.
pub fn sign_in(session: &Session, signed_in: &SignedIn) -> anyhow::Result<()> {
    session.renew();
    session.clear();
    session.insert(USER_ID, signed_in.user.id)?;
    session.insert(SESSION_ID, signed_in.session)?;
    Ok(())
}

/// The server-side session this cookie names, if any.
pub fn session_id(session: &Session) -> Option<Uuid> {
    session.get(SESSION_ID).unwrap_or(None)
}

/// Empties the cookie (the server-side session is ended by `operations::accounts`).
pub fn forget(session: &Session) {
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
    let user = match (
        id,
        session_id(&session),
        req.app_data::<web::Data<AppState>>(),
    ) {
        (Some(id), Some(sid), Some(state)) => {
            let mut conn = state.conn().await?;
            match db::users::by_session(&mut conn, sid, id).await? {
                Some(user) => Some(CurrentUser(user)),
                None => {
                    // A session that was ended (signed out, password reset) or expired,
                    // or a deleted account.
                    session.purge();
                    None
                }
            }
        }
        (Some(_), None, _) => {
            // A cookie from before server-side sessions: not a session any more.
            session.purge();
            None
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
