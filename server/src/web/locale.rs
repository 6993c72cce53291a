//! The request's locale: chosen once per request by middleware, read by handlers through
//! the `RequestLocale` extractor.

use std::future::{Ready, ready};

use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite, time::Duration};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{FromRequest, HttpMessage, HttpRequest};

use crate::domain::local_path::LocalPath;
use crate::i18n::{LANG_COOKIE, Locale, LocaleContext, negotiate};

/// The negotiated locale plus what the language switcher needs to link to this page.
#[derive(Debug, Clone)]
pub struct RequestLocale {
    pub locale: Locale,
    /// Path and query of the current request without any `lang` parameter.
    path_without_lang: String,
}

impl RequestLocale {
    /// A locale chosen by the page itself (the overlay: the event's language) for `path`.
    pub fn fixed(locale: Locale, path: &str) -> Self {
        RequestLocale {
            locale,
            path_without_lang: path.to_owned(),
        }
    }

    /// The template fields: `lang`, `dir` and the switcher's links.
    pub fn context(&self) -> LocaleContext {
        let mut ctx = LocaleContext::from(self.locale);
        let separator = if self.path_without_lang.contains('?') {
            '&'
        } else {
            '?'
        };
        for option in &mut ctx.languages {
            option.href = format!(
                "{}{}lang={}",
                self.path_without_lang, separator, option.code
            );
        }
        ctx
    }

    fn from_request_parts(req: &ServiceRequest) -> (Self, Option<Locale>) {
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_str(req.query_string()).unwrap_or_default();
        let query_lang = pairs
            .iter()
            .find(|(k, _)| k == "lang")
            .map(|(_, v)| v.as_str());
        let locale = negotiated(req, query_lang);
        let explicit = query_lang.and_then(Locale::from_code);

        let rest: Vec<&(String, String)> = pairs.iter().filter(|(k, _)| k != "lang").collect();
        // Built from the parsed path only: `//evil.example/x` links to `/evil.example/x`.
        let mut path = LocalPath::of_request(req.path()).as_str().to_owned();
        if !rest.is_empty() {
            path.push('?');
            path.push_str(&serde_urlencoded::to_string(&rest).unwrap_or_default());
        }
        (
            RequestLocale {
                locale,
                path_without_lang: path,
            },
            explicit,
        )
    }
}

/// The locale a request asks for: `?lang=` (already read from the query), the `lang`
/// cookie, then `Accept-Language`. The one negotiation, so the response cache keys on
/// what pages are rendered in.
pub(super) fn negotiated(req: &ServiceRequest, query_lang: Option<&str>) -> Locale {
    let cookie = req.cookie(LANG_COOKIE);
    let accept = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    negotiate(query_lang, cookie.as_ref().map(|c| c.value()), accept)
}

impl Default for RequestLocale {
    fn default() -> Self {
        RequestLocale {
            locale: Locale::ENGLISH,
            path_without_lang: "/".into(),
        }
    }
}

impl FromRequest for RequestLocale {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(req
            .extensions()
            .get::<RequestLocale>()
            .cloned()
            .unwrap_or_default()))
    }
}

/// Negotiates the locale, stores it in the request, remembers an explicit `?lang=` choice
/// in a cookie, and marks responses as varying by language.
pub async fn negotiate_locale(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let (locale, explicit) = RequestLocale::from_request_parts(&req);
    let had_cookie = req.cookie(LANG_COOKIE).map(|c| c.value().to_owned());
    req.extensions_mut().insert(locale);
    let mut res = next.call(req).await?;
    if let Some(chosen) = explicit
        && had_cookie.as_deref() != Some(chosen.code())
    {
        let cookie = Cookie::build(LANG_COOKIE, chosen.code())
            .path("/")
            .max_age(Duration::days(365))
            .same_site(SameSite::Lax)
            .http_only(true)
            .finish();
        res.response_mut().add_cookie(&cookie)?;
    }
    res.headers_mut().append(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    Ok(res)
}
