//! Proving who someone is: passwords (argon2id), random tokens stored hashed, OAuth2
//! providers. The HTTP side (cookies, extractors that guard
//! routes, CSRF) lives in `web`.

pub mod oauth;
pub mod password;
pub mod secrets;
