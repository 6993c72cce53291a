//! `PageContext`: what every page needs besides its own data — the locale, the session's
//! CSRF token, the signed-in user for the navigation, and a one-time flash message.

use std::future::Future;
use std::pin::Pin;

use actix_session::{Session, SessionExt};
use actix_web::{FromRequest, HttpMessage, HttpRequest, HttpResponse, dev::Payload, web};
use serde::Serialize;

use super::csrf;
use super::guards::{CurrentUser, MaybeUser};
use super::render::{Chrome, NavUser};
use super::{AppError, AppState, Page, RequestLocale};
use crate::domain::PhaseAction;
use crate::domain::account::Role;
use crate::domain::local_path::LocalPath;
use crate::operations::{Actor, OpError, Via};

const FLASH_KEY: &str = "flash";

/// A one-time message as stored in the session: a Fluent key, or a refusal because of the
/// event's phase. Translated when shown, in the language of that page.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
enum Flash {
    Key(String),
    NotInPhase { not_in_phase: PhaseAction },
}

/// Everything a page handler needs to render.
pub struct PageContext {
    pub locale: RequestLocale,
    pub session: Session,
    pub user: MaybeUser,
    pub state: web::Data<AppState>,
    /// The request's id (`x-request-id`), for the audit log.
    pub request_id: Option<String>,
}

impl PageContext {
    /// The operations of the application.
    pub fn ops(&self) -> &crate::operations::Ops {
        &self.state.ops
    }

    /// The signed-in `user` as the actor of an operation.
    pub fn actor(&self, user: &CurrentUser) -> Actor {
        Actor::account(
            user.id(),
            user.0.roles.clone(),
            Via::Web,
            self.request_id.clone(),
        )
    }

    /// Whoever is asking, signed in or not, as the actor of an operation.
    pub fn visitor(&self) -> Actor {
        match &self.user.0 {
            Some(user) => self.actor(user),
            None => Actor::visitor(Via::Web, self.request_id.clone()),
        }
    }

    /// Renders `template` with `data` and the layout's fields.
    pub fn render<T: Serialize>(
        &self,
        template: &'static str,
        title: String,
        data: &T,
    ) -> Result<HttpResponse, AppError> {
        let page = Page::new(template, &self.locale, title, data).with_chrome(self.chrome(true)?);
        super::render::respond(&self.state.templates, &page).map_err(AppError::template)
    }

    /// Renders to a string. `session`: whether the page may use the visitor's session (a
    /// CSRF token, the flash message). Pages rendered without one never create a session,
    /// so they are the same for every anonymous visitor and can be cached.
    pub fn render_html<T: Serialize>(
        &self,
        template: &'static str,
        title: String,
        data: &T,
        session: bool,
    ) -> Result<String, AppError> {
        let page =
            Page::new(template, &self.locale, title, data).with_chrome(self.chrome(session)?);
        super::render::render(&self.state.templates, &page).map_err(AppError::template)
    }

    fn chrome(&self, session: bool) -> Result<Chrome, AppError> {
        if !session {
            return Ok(Chrome::default());
        }
        Ok(Chrome {
            csrf_token: csrf::token(&self.session)?,
            user: self.user.0.as_ref().map(|u| NavUser {
                display_name: u.0.display_name.clone(),
                is_organizer: u.has(Role::Organizer),
                is_judge: u.has(Role::Judge),
                is_adult: u.has(Role::Adult),
                makes_projects: u.has(Role::Adult) || u.has(Role::Creator),
            }),
            // Stored as a Fluent key and translated here, in the language of the page it
            // appears on.
            flash: self
                .session
                .remove(FLASH_KEY)
                .and_then(|v| serde_json::from_str::<Flash>(&v).ok())
                .map(|flash| match flash {
                    Flash::Key(key) => self.t(&key),
                    Flash::NotInPhase { not_in_phase } => {
                        super::error::not_in_phase(self.locale.locale, not_in_phase)
                    }
                }),
        })
    }

    /// Renders like `render`, answering with `status` (a form with errors is a 400).
    pub fn render_status<T: Serialize>(
        &self,
        status: actix_web::http::StatusCode,
        template: &'static str,
        title: String,
        data: &T,
    ) -> Result<HttpResponse, AppError> {
        let mut res = self.render(template, title, data)?;
        *res.status_mut() = status;
        Ok(res)
    }

    /// A pooled connection for the handler's queries.
    pub async fn conn(&self) -> Result<sqlx::pool::PoolConnection<sqlx::Postgres>, AppError> {
        self.state.conn().await
    }

    /// The event the site is about now (`db::events::current`); the "no event" page when
    /// there is none.
    pub async fn current_event(&self) -> Result<crate::domain::event::Event, AppError> {
        let mut conn = self.conn().await?;
        crate::db::events::current(&mut conn)
            .await?
            .ok_or(AppError::NoEvent)
    }

    /// A transaction: the handler's one change and the jobs it causes commit together.
    pub async fn begin(&self) -> Result<sqlx::Transaction<'static, sqlx::Postgres>, AppError> {
        Ok(self.state.pool.begin().await.map_err(anyhow::Error::from)?)
    }

    /// Translates a key in the request's locale.
    pub fn t(&self, key: &str) -> String {
        self.locale.locale.t(key)
    }

    /// The answer to a form post whose operation was refused: the reason (a rule's, or
    /// the first input problem's) as a flash message on `back`. Anything else is an error.
    pub fn refused(&self, e: OpError, back: &str) -> Result<HttpResponse, AppError> {
        let key = match e {
            OpError::Refused(key) => key,
            OpError::Invalid(problems) if !problems.is_empty() => problems[0].1.0,
            OpError::NotInPhase(action) => {
                self.session
                    .insert(
                        FLASH_KEY,
                        Flash::NotInPhase {
                            not_in_phase: action,
                        },
                    )
                    .map_err(anyhow::Error::from)?;
                return Ok(see_other(back));
            }
            other => return Err(other.into()),
        };
        self.flash(key)?;
        Ok(see_other(back))
    }

    /// The answer to a form post that has no form to show again: on success, the flash
    /// message `done` and a redirect to `to`; a refusal (a rule, the phase, an input
    /// problem) as a flash message on `back`; anything else is an error.
    pub fn after<T>(
        &self,
        outcome: Result<T, OpError>,
        done: &str,
        to: &str,
        back: &str,
    ) -> Result<HttpResponse, AppError> {
        match outcome {
            Ok(_) => {
                self.flash(done)?;
                Ok(see_other(to))
            }
            Err(e @ (OpError::Refused(_) | OpError::NotInPhase(_) | OpError::Invalid(_))) => {
                self.refused(e, back)
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Leaves a message (a Fluent key) for the next page this visitor sees.
    pub fn flash(&self, key: &str) -> Result<(), AppError> {
        self.session
            .insert(FLASH_KEY, key)
            .map_err(anyhow::Error::from)?;
        Ok(())
    }
}

/// A `303 See Other` to `location`: the answer to a successful form post.
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header(("Location", location))
        .finish()
}

/// Only paths on this site are followed after sign-in (`LocalPath`), so `next` cannot
/// send users elsewhere.
pub fn safe_next(next: Option<&str>) -> String {
    next.and_then(LocalPath::parse)
        .map_or_else(|| "/account".to_owned(), |p| p.as_str().to_owned())
}

impl FromRequest for PageContext {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let user = MaybeUser::from_request(&req, payload);
        Box::pin(async move {
            let state = req
                .app_data::<web::Data<AppState>>()
                .cloned()
                .ok_or_else(|| AppError::Internal(anyhow::anyhow!("no application state")))?;
            let locale = RequestLocale::from_request(&req, &mut Payload::None)
                .await
                .map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))?;
            let request_id = req
                .extensions()
                .get::<tracing_actix_web::RequestId>()
                .map(|id| id.to_string());
            Ok(PageContext {
                locale,
                session: req.get_session(),
                user: user.await?,
                state,
                request_id,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_stays_on_this_site() {
        assert_eq!(safe_next(Some("/organizer?x=1")), "/organizer?x=1");
        for hostile in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "javascript:alert(1)",
        ] {
            assert_eq!(safe_next(Some(hostile)), "/account", "{hostile}");
        }
        assert_eq!(safe_next(None), "/account");
    }
}
