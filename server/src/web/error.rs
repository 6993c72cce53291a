//! Errors of page handlers and the friendly, localized error pages.
//!
//! Handlers return `PageError`; its `ResponseError` impl only picks the status and logs
//! the cause chain. The `error_pages` handler then renders `error.html` in the request's
//! locale for every 4xx/5xx response that is not already HTML or JSON, so unknown routes
//! get the same page as a handler's 404.

use actix_web::body::BoxBody;
use actix_web::dev::ServiceResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::ErrorHandlerResponse;
use actix_web::{HttpMessage, HttpResponse, ResponseError, web};
use serde::Serialize;

use super::locale::RequestLocale;
use super::{AppState, Page};

/// What can go wrong while serving a page.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    #[error("not found")]
    NotFound,
    /// Signed in, but without the role the page needs.
    #[error("forbidden")]
    Forbidden,
    /// Not signed in: redirect to the sign-in page, then back to this path.
    #[error("sign-in required")]
    SignInRequired(String),
    /// The form's CSRF token did not match the session's.
    #[error("CSRF token mismatch")]
    Csrf,
    /// The request body was not the form this route expects.
    #[error("unreadable form")]
    BadForm,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// Which message the error page shows, set on error responses by `PageError`.
#[derive(Debug, Clone, Copy)]
pub struct ErrorKind(pub &'static str);

impl PageError {
    /// A template failed to render: a bug, reported as a 500.
    pub fn template(err: tera::Error) -> Self {
        PageError::Internal(anyhow::anyhow!("rendering a template: {err}"))
    }
}

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        match self {
            PageError::NotFound => StatusCode::NOT_FOUND,
            PageError::Forbidden | PageError::Csrf => StatusCode::FORBIDDEN,
            PageError::SignInRequired(_) => StatusCode::SEE_OTHER,
            PageError::BadForm => StatusCode::BAD_REQUEST,
            PageError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse<BoxBody> {
        match self {
            PageError::Internal(cause) => tracing::error!(error = ?cause, "request failed"),
            PageError::Csrf => tracing::warn!("CSRF token mismatch"),
            _ => {}
        }
        if let PageError::SignInRequired(next) = self {
            let query = serde_urlencoded::to_string([("next", next)]).unwrap_or_default();
            return HttpResponse::SeeOther()
                .insert_header(("Location", format!("/sign-in?{query}")))
                .finish();
        }
        let mut res = HttpResponse::new(self.status_code());
        if matches!(self, PageError::Csrf) {
            res.extensions_mut().insert(ErrorKind("csrf"));
        }
        res
    }
}

#[derive(Serialize)]
struct ErrorPage {
    status: u16,
    heading: String,
    message: String,
}

/// Replaces the body of an error response with the localized error page.
pub fn error_pages<B>(res: ServiceResponse<B>) -> actix_web::Result<ErrorHandlerResponse<B>> {
    let already_rendered = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html") || ct.starts_with("application/json"));
    let Some(state) = res.request().app_data::<web::Data<AppState>>().cloned() else {
        return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
    };
    // Redirects (sign-in required) are not errors to render.
    if already_rendered || !(res.status().is_client_error() || res.status().is_server_error()) {
        return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
    }
    let status = res.status();
    let locale = res
        .request()
        .extensions()
        .get::<RequestLocale>()
        .cloned()
        .unwrap_or_default();
    let specific = res.response().extensions().get::<ErrorKind>().map(|k| k.0);
    let kind = specific.unwrap_or(match status.as_u16() {
        404 => "not-found",
        403 => "forbidden",
        429 => "too-many-requests",
        400..=499 => "bad-request",
        _ => "server",
    });
    let l = locale.locale;
    let page = ErrorPage {
        status: status.as_u16(),
        heading: l.t(&format!("error-{kind}-heading")),
        message: l.t(&format!("error-{kind}-message")),
    };
    let title = page.heading.clone();
    let html = match super::render::render(
        &state.templates,
        &Page::new("error.html", &locale, title, &page),
    ) {
        Ok(html) => html,
        Err(err) => {
            tracing::error!(error = %err, "rendering the error page");
            return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
        }
    };
    let (req, mut res) = res.into_parts();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    let res = res.set_body(html);
    let res = ServiceResponse::new(req, res)
        .map_into_boxed_body()
        .map_into_right_body();
    Ok(ErrorHandlerResponse::Response(res))
}
