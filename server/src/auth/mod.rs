//! Who is asking: passwords, sessions, CSRF, emailed tokens, OAuth2 providers, API tokens,
//! and the extractors that guard routes (`CurrentUser`, `Organizer`, `Judge`, ...).

pub mod api;
pub mod csrf;
pub mod oauth;
pub mod password;
pub mod secrets;
pub mod session;

pub use api::{ApiCaller, ApiScope};
pub use csrf::CsrfForm;
pub use session::{AdultUser, CreatorUser, CurrentUser, JudgeUser, MaybeUser, OrganizerUser};
