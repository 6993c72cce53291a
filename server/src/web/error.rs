//! The one error vocabulary of every route, and how it is shown.
//!
//! Handlers (pages and the JSON API alike) return `AppError`. Its `ResponseError` impl
//! only picks the status, logs the cause chain of internal errors and attaches an
//! `ErrorInfo` to the response. The `error_pages` handler then renders every 4xx/5xx that
//! is not already HTML or JSON in the request's locale: as `{"error": code, "message":
//! text}` for `/api/` routes, as the friendly error page for everything else (so an
//! unknown route gets the same page as a handler's 404).

use actix_web::body::BoxBody;
use actix_web::dev::ServiceResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::ErrorHandlerResponse;
use actix_web::{HttpMessage, HttpResponse, ResponseError, web};
use serde::Serialize;

use super::locale::RequestLocale;
use super::{AppState, Page};
use crate::domain::PhaseAction;
use crate::operations::OpError;

/// How long a client is asked to wait (`Retry-After`) when the database is unreachable:
/// about what a PostgreSQL restart or failover takes.
const RETRY_UNAVAILABLE_AFTER_SECS: &str = "30";

/// What can go wrong while serving a request.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Nothing here, or nothing this visitor may know exists.
    #[error("not found")]
    NotFound,
    /// The page is about the current event, and there is none yet.
    #[error("no event")]
    NoEvent,
    /// Signed in, but without the role the page needs.
    #[error("forbidden")]
    Forbidden,
    /// Not signed in: redirect to the sign-in page, then back to this path.
    #[error("sign-in required")]
    SignInRequired(String),
    /// The form's CSRF token did not match the session's.
    #[error("CSRF token mismatch")]
    Csrf,
    /// The request could not be read: not the form this route expects, or text that is
    /// not text (a NUL byte, invalid UTF-8).
    #[error("unreadable request")]
    BadRequest,
    /// An API query parameter was refused; `reason` is a Fluent key taking `$parameter`.
    #[error("invalid parameter {parameter}")]
    InvalidParameter {
        parameter: &'static str,
        reason: &'static str,
    },
    /// No valid API token.
    #[error("a valid API token is required (Authorization: Bearer sct_...)")]
    Unauthorized,
    /// The API token lacks a scope.
    #[error("this token lacks the '{0}' scope")]
    MissingScope(&'static str),
    /// The request body was larger than the route accepts.
    #[error("payload too large")]
    PayloadTooLarge,
    /// Too many attempts; try again later.
    #[error("too many requests")]
    TooManyRequests,
    /// A rule refused the action; the Fluent key says why.
    #[error("refused: {0}")]
    Refused(&'static str),
    /// The event's phase does not allow the action; the answer names the phases that do.
    #[error("not in this phase: {0:?}")]
    NotInPhase(PhaseAction),
    /// Input problems, by field, each a Fluent key (API requests; forms show their own).
    #[error("invalid input")]
    Invalid(Vec<(&'static str, &'static str)>),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// What the error page or JSON body says, attached to error responses by `AppError`.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    /// Machine-readable code of the JSON body.
    pub code: &'static str,
    /// The error page's kind: `error-<kind>-heading` and `-message`.
    pub kind: &'static str,
    /// A more specific message than the kind's (a Fluent key), with its arguments.
    pub message: Option<&'static str>,
    pub args: Vec<(&'static str, String)>,
    /// The API query parameter at fault.
    pub parameter: Option<&'static str>,
    /// The API scope the token lacks.
    pub scope: Option<&'static str>,
    /// A refusal because of the event's phase: the message names the phases that allow it.
    pub phase_action: Option<PhaseAction>,
    /// Input problems: (field, Fluent key).
    pub fields: Vec<(&'static str, &'static str)>,
}

/// "Moderating projects is possible while the event is in: Submissions open, Moderation,
/// Shortlisting", in the visitor's language.
pub fn not_in_phase(l: crate::i18n::Locale, action: PhaseAction) -> String {
    l.t_args(
        "error-not-in-phase",
        &[
            ("action", l.t(action.name_key()).into()),
            ("phases", phases_allowing(l, action).into()),
        ],
    )
}

/// The names of the phases that allow `action`, as a list in the reader's language.
pub fn phases_allowing(l: crate::i18n::Locale, action: PhaseAction) -> String {
    let phases: Vec<String> = action
        .phases()
        .into_iter()
        .map(|p| l.t(&p.name_key()))
        .collect();
    phases.join(&l.t("list-separator"))
}

impl AppError {
    /// A template failed to render: a bug, reported as a 500.
    pub fn template(err: tera::Error) -> Self {
        AppError::Internal(anyhow::anyhow!("rendering a template: {err}"))
    }

    fn info(&self) -> ErrorInfo {
        let plain = |code, kind| ErrorInfo {
            code,
            kind,
            message: None,
            args: Vec::new(),
            parameter: None,
            scope: None,
            phase_action: None,
            fields: Vec::new(),
        };
        match self {
            AppError::NotFound => plain("not_found", "not-found"),
            AppError::NoEvent => ErrorInfo {
                message: Some("event-phase-none"),
                ..plain("no_event", "not-found")
            },
            AppError::Forbidden => plain("forbidden", "forbidden"),
            AppError::SignInRequired(_) => plain("unauthorized", "forbidden"),
            AppError::Csrf => plain("csrf", "csrf"),
            AppError::BadRequest => plain("bad_request", "bad-request"),
            AppError::InvalidParameter { parameter, reason } => ErrorInfo {
                message: Some(reason),
                args: vec![("parameter", (*parameter).to_owned())],
                parameter: Some(parameter),
                ..plain("invalid_parameter", "bad-request")
            },
            AppError::Unauthorized => ErrorInfo {
                message: Some("error-api-unauthorized"),
                ..plain("unauthorized", "forbidden")
            },
            AppError::MissingScope(scope) => ErrorInfo {
                message: Some("error-api-missing-scope"),
                args: vec![("scope", (*scope).to_owned())],
                scope: Some(scope),
                ..plain("missing_scope", "forbidden")
            },
            AppError::PayloadTooLarge => plain("payload_too_large", "too-large"),
            AppError::TooManyRequests => plain("too_many_requests", "too-many-requests"),
            AppError::Refused(key) => ErrorInfo {
                message: Some(key),
                ..plain("refused", "refused")
            },
            AppError::NotInPhase(action) => ErrorInfo {
                phase_action: Some(*action),
                ..plain("not_in_phase", "refused")
            },
            AppError::Invalid(fields) => ErrorInfo {
                message: Some("error-invalid-input"),
                fields: fields.clone(),
                ..plain("invalid", "bad-request")
            },
            AppError::Internal(e) if crate::db::is_unreachable(e) => {
                plain("unavailable", "unavailable")
            }
            AppError::Internal(_) => plain("internal", "server"),
        }
    }
}

impl From<OpError> for AppError {
    fn from(e: OpError) -> Self {
        match e {
            OpError::NotFound => AppError::NotFound,
            OpError::Forbidden => AppError::Forbidden,
            OpError::Refused(key) => AppError::Refused(key),
            OpError::NotInPhase(action) => AppError::NotInPhase(action),
            // Pages show input problems next to their fields; the API lists them.
            OpError::Invalid(fields) => {
                AppError::Invalid(fields.into_iter().map(|(f, e)| (f, e.0)).collect())
            }
            // Handlers show the page that says why a link cannot be used; this is a
            // request for something that does not exist.
            OpError::Link(_) => AppError::NotFound,
            OpError::Internal(e) => AppError::Internal(e),
        }
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound | AppError::NoEvent => StatusCode::NOT_FOUND,
            AppError::Forbidden | AppError::Csrf | AppError::MissingScope(_) => {
                StatusCode::FORBIDDEN
            }
            AppError::SignInRequired(_) => StatusCode::SEE_OTHER,
            AppError::BadRequest | AppError::InvalidParameter { .. } => StatusCode::BAD_REQUEST,
            AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Unauthorized => StatusCode::UNAUTHORIZED,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            AppError::Refused(_) | AppError::NotInPhase(_) => StatusCode::CONFLICT,
            AppError::Internal(e) if crate::db::is_unreachable(e) => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse<BoxBody> {
        match self {
            AppError::Internal(cause) if crate::db::is_unreachable(cause) => {
                tracing::warn!(error = %format!("{cause:#}"), "request failed: the database is unreachable");
            }
            AppError::Internal(cause) => tracing::error!(error = ?cause, "request failed"),
            AppError::Csrf => tracing::warn!("CSRF token mismatch"),
            _ => {}
        }
        if let AppError::SignInRequired(next) = self {
            let query = serde_urlencoded::to_string([("next", next)]).unwrap_or_default();
            return HttpResponse::SeeOther()
                .insert_header(("Location", format!("/sign-in?{query}")))
                .finish();
        }
        let mut res = HttpResponse::new(self.status_code());
        if matches!(self, AppError::Unauthorized) {
            res.headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        if res.status() == StatusCode::SERVICE_UNAVAILABLE {
            res.headers_mut().insert(
                header::RETRY_AFTER,
                HeaderValue::from_static(RETRY_UNAVAILABLE_AFTER_SECS),
            );
        }
        res.extensions_mut().insert(self.info());
        res
    }
}

#[derive(Serialize)]
struct ErrorPage {
    status: u16,
    heading: String,
    message: String,
}

#[derive(Serialize)]
struct ErrorBody {
    error: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    parameter: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    scope: Option<&'static str>,
    message: String,
    /// Input problems, each with its field and message.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fields: Vec<FieldError>,
}

#[derive(Serialize)]
struct FieldError {
    field: &'static str,
    message: String,
}

/// The info of a response that no `AppError` described (a route that does not exist, a
/// body too large, a limit hit): from its status.
fn info_for_status(status: StatusCode) -> ErrorInfo {
    let (code, kind) = match status.as_u16() {
        404 => ("not_found", "not-found"),
        403 => ("forbidden", "forbidden"),
        413 => ("payload_too_large", "too-large"),
        429 => ("too_many_requests", "too-many-requests"),
        400..=499 => ("bad_request", "bad-request"),
        503 => ("unavailable", "unavailable"),
        _ => ("internal", "server"),
    };
    ErrorInfo {
        code,
        kind,
        message: None,
        args: Vec::new(),
        parameter: None,
        scope: None,
        phase_action: None,
        fields: Vec::new(),
    }
}

/// Replaces the body of an error response with the localized error page, or with the
/// JSON error body on `/api/` routes.
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
    let info = res
        .response()
        .extensions()
        .get::<ErrorInfo>()
        .cloned()
        .unwrap_or_else(|| info_for_status(status));
    let l = locale.locale;
    let args: Vec<(&'static str, crate::i18n::FluentValue<'static>)> = info
        .args
        .iter()
        .map(|(k, v)| (*k, v.clone().into()))
        .collect();
    let is_api = res.request().path().starts_with("/api/");
    // API clients get messages about the API, not about pages ("error-api-not-found").
    let api_key = format!("error-api-{}", info.kind);
    let message = match (info.phase_action, info.message) {
        (Some(action), _) => not_in_phase(l, action),
        (None, Some(key)) => l.t_args(key, &args),
        (None, None) if is_api && l.has(&api_key) => l.t(&api_key),
        (None, None) => l.t(&format!("error-{}-message", info.kind)),
    };
    let (body, content_type) = if is_api {
        let body = ErrorBody {
            error: info.code,
            parameter: info.parameter,
            scope: info.scope,
            message,
            fields: info
                .fields
                .iter()
                .map(|(field, key)| FieldError {
                    field,
                    message: l.t(key),
                })
                .collect(),
        };
        match serde_json::to_string(&body) {
            Ok(json) => (json, "application/json"),
            Err(err) => {
                tracing::error!(error = %err, "serializing an error body");
                return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
            }
        }
    } else {
        let page = ErrorPage {
            status: status.as_u16(),
            heading: l.t(&format!("error-{}-heading", info.kind)),
            message,
        };
        let title = page.heading.clone();
        match super::render::render(
            &state.templates,
            &Page::new("error.html", &locale, title, &page),
        ) {
            Ok(html) => (html, "text/html; charset=utf-8"),
            Err(err) => {
                tracing::error!(error = %err, "rendering the error page");
                return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
            }
        }
    };
    let (req, mut res) = res.into_parts();
    res.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    let res = res.set_body(body);
    let res = ServiceResponse::new(req, res)
        .map_into_boxed_body()
        .map_into_right_body();
    Ok(ErrorHandlerResponse::Response(res))
}
