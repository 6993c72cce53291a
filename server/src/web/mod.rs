//! HTTP handlers, grouped by audience. Each module adds its routes with `routes(r)`;
//! `all_routes` assembles the table the app mounts and the tests check. Handlers parse
//! input into domain types, call the domain and `db`, and render: no SQL and no business
//! rules here.

pub mod account;
pub mod api;
pub mod app;
pub mod audit;
pub mod certificates;
pub mod charts;
pub mod consent;
pub mod context;
pub mod csrf;
pub mod data_rights;
pub mod dev;
pub mod error;
pub mod event_settings;
pub mod exports;
pub mod forms;
pub mod gallery;
pub mod guards;
pub mod health;
pub mod http_cache;
pub mod input;
pub mod judge;
pub mod judging;
pub mod live;
pub mod livestream;
pub mod locale;
pub mod metrics;
pub mod middleware;
pub mod moderation;
pub mod organizer;
pub mod pages;
pub mod picks;
pub mod projects;
pub mod public;
pub mod render;
pub mod response_cache;
pub mod router;
pub mod sign_in;
pub mod stats;
pub mod token_cache;

use std::path::PathBuf;
use std::sync::Arc;

use sqlx::PgPool;

pub use context::PageContext;
pub use error::AppError;
pub use locale::RequestLocale;
pub use render::Page;
pub use router::{RouteInfo, Routes};

use crate::auth::oauth::Provider;
use crate::config::Settings;
use crate::i18n::Locale;
use crate::templates::Templates;

/// Shared, read-only state of the application, handed to handlers as `web::Data`.
pub struct AppState {
    pub pool: PgPool,
    pub templates: Arc<Templates>,
    pub settings: Settings,
    /// Configured OAuth2 providers, in settings order.
    pub providers: Vec<Provider>,
    /// The public address without a trailing slash.
    pub base_url: String,
    /// Where emails are written when no SMTP server is configured.
    pub outbox_dir: Option<PathBuf>,
    /// Uploaded media.
    pub storage: Arc<dyn crate::media::Storage>,
    /// The gallery's search (Meilisearch or PostgreSQL).
    pub search: crate::search::Search,
    /// Rendered gallery pages and search answers.
    pub gallery_cache: Arc<crate::search::cache::GalleryCache>,
    /// Every change goes through an operation.
    pub ops: crate::operations::Ops,
    /// Livestream cue changes from every instance, for the overlays connected here.
    pub live: Arc<crate::live::CueHub>,
    /// Recently used API tokens (dropped on any change to tokens or roles).
    pub tokens: Arc<token_cache::TokenCache>,
}

impl AppState {
    /// A pooled connection for a handler's queries.
    pub async fn conn(&self) -> Result<sqlx::pool::PoolConnection<sqlx::Postgres>, AppError> {
        Ok(self.pool.acquire().await.map_err(anyhow::Error::from)?)
    }
}

/// Every route of the application for these settings.
pub fn all_routes(settings: &Settings) -> Routes {
    let mut r = Routes::default();
    health::routes(&mut r);
    public::routes(&mut r);
    gallery::routes(&mut r);
    account::routes(&mut r);
    data_rights::routes(&mut r);
    sign_in::routes(&mut r);
    organizer::routes(&mut r);
    event_settings::routes(&mut r);
    certificates::routes(&mut r);
    exports::routes(&mut r);
    audit::routes(&mut r);
    stats::routes(&mut r);
    moderation::routes(&mut r);
    projects::routes(&mut r);
    consent::routes(&mut r);
    judge::routes(&mut r);
    judging::routes(&mut r);
    picks::routes(&mut r);
    livestream::routes(&mut r);
    live::routes(&mut r);
    api::routes(&mut r);
    if settings.application.dev_mailbox {
        dev::routes(&mut r);
    }
    r
}

/// An identifier from a URL: anything that is not a UUID is a page that does not exist.
pub(crate) fn parse_id(raw: &str) -> Result<uuid::Uuid, AppError> {
    uuid::Uuid::parse_str(raw).map_err(|_| AppError::NotFound)
}

/// A password input: never echoes a value back.
pub(crate) fn password_field(
    l: Locale,
    name: &'static str,
    label: &str,
    autocomplete: &'static str,
) -> forms::Field {
    let field = forms::Field::new(l, name, "password", label)
        .required()
        .autocomplete(autocomplete)
        .maxlength(128);
    // Only a new password needs the rules spelled out.
    if autocomplete == "new-password" {
        field.hint(l, "hint-password")
    } else {
        field
    }
}
