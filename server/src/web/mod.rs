//! HTTP handlers, grouped by audience. Each module exposes `config(cfg)`; `routes` mounts
//! them all. Handlers parse input into domain types, call the domain and `db`, and render:
//! no SQL and no business rules here.

pub mod error;
pub mod health;
pub mod locale;
pub mod middleware;
pub mod public;
pub mod render;

use actix_web::web;
use sqlx::PgPool;

pub use error::PageError;
pub use locale::RequestLocale;
pub use render::{Page, Templates};

use crate::config::Settings;

/// Shared, read-only state of the application, handed to handlers as `web::Data`.
pub struct AppState {
    pub pool: PgPool,
    pub templates: Templates,
    pub settings: Settings,
}

/// Mounts every route of the application.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.configure(health::config).configure(public::config);
}
