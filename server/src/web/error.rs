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
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

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
            PageError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse<BoxBody> {
        if let PageError::Internal(cause) = self {
            tracing::error!(error = ?cause, "request failed");
        }
        HttpResponse::new(self.status_code())
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
    if already_rendered {
        return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
    }
    let status = res.status();
    let locale = res
        .request()
        .extensions()
        .get::<RequestLocale>()
        .cloned()
        .unwrap_or_default();
    let kind = match status.as_u16() {
        404 => "not-found",
        403 => "forbidden",
        400..=499 => "bad-request",
        _ => "server",
    };
    let l = locale.locale;
    let page = ErrorPage {
        status: status.as_u16(),
        heading: l.t(&format!("error-{kind}-heading")),
        message: l.t(&format!("error-{kind}-message")),
    };
    let title = page.heading.clone();
    let html = match state
        .templates
        .render(&Page::new("error.html", &locale, title, &page))
    {
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
