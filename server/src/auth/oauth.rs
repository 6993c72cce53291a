//! Sign-in with OAuth2 / OpenID Connect providers (authorization code flow with PKCE and
//! a single-use `state`), for judges and organizers. The provider's *verified* email is
//! what identifies the person; it must match an invitation or an existing judge or
//! organizer account.

use oauth2::basic::BasicClient;
use oauth2::reqwest;
use oauth2::{
    AuthUrl, AuthorizationCode, ClientId, ClientSecret, CsrfToken, PkceCodeChallenge,
    PkceCodeVerifier, RedirectUrl, Scope, TokenResponse, TokenUrl,
};
use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};

use crate::config::ProviderSettings;
use crate::domain::account::EmailAddress;

/// Why a provider sign-in failed. Shown to the user as one localized page; the detail
/// goes to the log.
#[derive(Debug, thiserror::Error)]
pub enum OAuthError {
    #[error("provider settings: {0}")]
    Config(String),
    #[error("exchanging the code: {0}")]
    Exchange(String),
    #[error("reading the profile: {0}")]
    Profile(String),
    #[error("the provider has no verified email for this account")]
    NoVerifiedEmail,
}

/// What is kept in the session between the redirect and the callback.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PendingSignIn {
    pub provider: String,
    pub state: String,
    pub verifier: String,
    pub next: Option<String>,
}

/// How to read the verified email from a provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EmailSource {
    /// OpenID Connect userinfo with `email` and `email_verified`.
    OidcUserinfo,
    /// GitHub's `/user/emails` list with `verified` flags.
    GitHubEmails,
}

/// A configured provider, ready to build requests.
#[derive(Debug, Clone)]
pub struct Provider {
    pub key: String,
    pub display_name: String,
    client_id: String,
    client_secret: String,
    auth_url: String,
    token_url: String,
    userinfo_url: String,
    scopes: Vec<String>,
    email_source: EmailSource,
}

fn or_preset(value: &Option<String>, preset: &str) -> String {
    value.clone().unwrap_or_else(|| preset.to_owned())
}

impl Provider {
    /// Builds a provider from its settings, filling in a preset's endpoints.
    pub fn from_settings(key: &str, s: &ProviderSettings) -> Result<Self, OAuthError> {
        let oidc_scopes = || {
            vec![
                "openid".to_owned(),
                "email".to_owned(),
                "profile".to_owned(),
            ]
        };
        let (display, auth, token, userinfo, scopes, source) = match s.preset.as_str() {
            "google" => (
                "Google",
                or_preset(&s.auth_url, "https://accounts.google.com/o/oauth2/v2/auth"),
                or_preset(&s.token_url, "https://oauth2.googleapis.com/token"),
                or_preset(
                    &s.userinfo_url,
                    "https://openidconnect.googleapis.com/v1/userinfo",
                ),
                oidc_scopes(),
                EmailSource::OidcUserinfo,
            ),
            "github" => (
                "GitHub",
                or_preset(&s.auth_url, "https://github.com/login/oauth/authorize"),
                or_preset(&s.token_url, "https://github.com/login/oauth/access_token"),
                or_preset(&s.userinfo_url, "https://api.github.com/user/emails"),
                vec!["user:email".to_owned()],
                EmailSource::GitHubEmails,
            ),
            "microsoft" => (
                "Microsoft",
                or_preset(
                    &s.auth_url,
                    "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
                ),
                or_preset(
                    &s.token_url,
                    "https://login.microsoftonline.com/common/oauth2/v2.0/token",
                ),
                or_preset(&s.userinfo_url, "https://graph.microsoft.com/oidc/userinfo"),
                oidc_scopes(),
                EmailSource::OidcUserinfo,
            ),
            "generic" => (
                key,
                s.auth_url
                    .clone()
                    .ok_or_else(|| OAuthError::Config(format!("{key}: auth_url is required")))?,
                s.token_url
                    .clone()
                    .ok_or_else(|| OAuthError::Config(format!("{key}: token_url is required")))?,
                s.userinfo_url.clone().ok_or_else(|| {
                    OAuthError::Config(format!("{key}: userinfo_url is required"))
                })?,
                oidc_scopes(),
                EmailSource::OidcUserinfo,
            ),
            other => {
                return Err(OAuthError::Config(format!(
                    "{key}: unknown preset '{other}'"
                )));
            }
        };
        Ok(Provider {
            key: key.to_owned(),
            display_name: s.display_name.clone().unwrap_or_else(|| display.to_owned()),
            client_id: s.client_id.clone(),
            client_secret: s.client_secret.expose_secret().to_owned(),
            auth_url: auth,
            token_url: token,
            userinfo_url: userinfo,
            scopes: s.scopes.clone().unwrap_or(scopes),
            email_source: source,
        })
    }

    fn redirect(&self, base_url: &str) -> Result<RedirectUrl, OAuthError> {
        RedirectUrl::new(format!(
            "{}/sign-in/oauth/{}/callback",
            base_url.trim_end_matches('/'),
            self.key
        ))
        .map_err(|e| OAuthError::Config(e.to_string()))
    }

    /// The provider's authorization URL and what to remember until the callback.
    pub fn start(
        &self,
        base_url: &str,
        next: Option<String>,
    ) -> Result<(String, PendingSignIn), OAuthError> {
        let client = BasicClient::new(ClientId::new(self.client_id.clone()))
            .set_client_secret(ClientSecret::new(self.client_secret.clone()))
            .set_auth_uri(
                AuthUrl::new(self.auth_url.clone())
                    .map_err(|e| OAuthError::Config(e.to_string()))?,
            )
            .set_redirect_uri(self.redirect(base_url)?);
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state) = client
            .authorize_url(CsrfToken::new_random)
            .add_scopes(self.scopes.iter().cloned().map(Scope::new))
            .set_pkce_challenge(challenge)
            .url();
        Ok((
            url.to_string(),
            PendingSignIn {
                provider: self.key.clone(),
                state: state.secret().clone(),
                verifier: verifier.secret().clone(),
                next,
            },
        ))
    }

    /// Exchanges the code and returns the account's verified email.
    pub async fn finish(
        &self,
        base_url: &str,
        code: String,
        pending: PendingSignIn,
    ) -> Result<EmailAddress, OAuthError> {
        let client = BasicClient::new(ClientId::new(self.client_id.clone()))
            .set_client_secret(ClientSecret::new(self.client_secret.clone()))
            .set_token_uri(
                TokenUrl::new(self.token_url.clone())
                    .map_err(|e| OAuthError::Config(e.to_string()))?,
            )
            .set_redirect_uri(self.redirect(base_url)?);
        let http = reqwest::Client::builder()
            // Following redirects from a token endpoint invites SSRF.
            .redirect(reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(15))
            .build()
            .map_err(|e| OAuthError::Exchange(e.to_string()))?;
        let token = client
            .exchange_code(AuthorizationCode::new(code))
            .set_pkce_verifier(PkceCodeVerifier::new(pending.verifier))
            .request_async(&http)
            .await
            .map_err(|e| OAuthError::Exchange(format!("{e:?}")))?;
        let access = token.access_token().secret().clone();
        let res = http
            .get(&self.userinfo_url)
            .bearer_auth(access)
            .header("Accept", "application/json")
            .header(
                "User-Agent",
                concat!("showcase/", env!("CARGO_PKG_VERSION")),
            )
            .send()
            .await
            .and_then(|r| r.error_for_status())
            .map_err(|e| OAuthError::Profile(e.to_string()))?;
        let bytes = res
            .bytes()
            .await
            .map_err(|e| OAuthError::Profile(e.to_string()))?;
        let body: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|e| OAuthError::Profile(e.to_string()))?;
        verified_email(self.email_source, &body).ok_or(OAuthError::NoVerifiedEmail)
    }
}

/// Reads the verified email out of a userinfo (or GitHub emails) response. An email
/// without an explicit verified flag is not trusted.
fn verified_email(source: EmailSource, body: &serde_json::Value) -> Option<EmailAddress> {
    let truthy = |v: &serde_json::Value| v.as_bool() == Some(true) || v.as_str() == Some("true");
    match source {
        EmailSource::OidcUserinfo => {
            if !body.get("email_verified").is_some_and(truthy) {
                return None;
            }
            EmailAddress::parse(body.get("email")?.as_str()?).ok()
        }
        EmailSource::GitHubEmails => body
            .as_array()?
            .iter()
            .filter(|e| e.get("verified").is_some_and(truthy))
            .max_by_key(|e| e.get("primary").is_some_and(truthy))
            .and_then(|e| EmailAddress::parse(e.get("email")?.as_str()?).ok()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_verified_emails_are_trusted() {
        let ok = json!({"sub": "1", "email": "Judge@Example.org", "email_verified": true});
        assert_eq!(
            verified_email(EmailSource::OidcUserinfo, &ok).map(String::from),
            Some("judge@example.org".into())
        );
        let unverified = json!({"sub": "1", "email": "judge@example.org", "email_verified": false});
        assert!(verified_email(EmailSource::OidcUserinfo, &unverified).is_none());
        let silent = json!({"sub": "1", "email": "judge@example.org"});
        assert!(verified_email(EmailSource::OidcUserinfo, &silent).is_none());
        let github = json!([
            {"email": "old@example.org", "verified": false, "primary": false},
            {"email": "main@example.org", "verified": true, "primary": true},
            {"email": "alt@example.org", "verified": true, "primary": false}
        ]);
        assert_eq!(
            verified_email(EmailSource::GitHubEmails, &github).map(String::from),
            Some("main@example.org".into())
        );
    }

    #[test]
    fn presets_fill_in_endpoints_and_generic_needs_them() {
        let s = |preset: &str| ProviderSettings {
            preset: preset.into(),
            client_id: "id".into(),
            client_secret: "secret".to_owned().into(),
            display_name: None,
            auth_url: None,
            token_url: None,
            userinfo_url: None,
            scopes: None,
        };
        for preset in ["google", "github", "microsoft"] {
            assert!(
                Provider::from_settings(preset, &s(preset)).is_ok(),
                "{preset}"
            );
        }
        assert!(Provider::from_settings("idp", &s("generic")).is_err());
        assert!(Provider::from_settings("x", &s("myspace")).is_err());
    }
}
