//! Proving who someone is: passwords (argon2id), random tokens stored hashed, OAuth2
//! providers, and what API tokens may do. The HTTP side (cookies, extractors that guard
//! routes, CSRF) lives in `web`.

pub mod api;
pub mod oauth;
pub mod password;
pub mod secrets;

pub use api::ApiScope;
