//! Pages: one context type per page wrapped in the layout's common fields, rendered with
//! the shared `Templates`.

use actix_web::HttpResponse;
use actix_web::http::header::ContentType;
use serde::Serialize;

use super::locale::RequestLocale;
use crate::i18n::LocaleContext;
use crate::templates::Templates;

/// Renders `page` with the layout's fields for the request's locale.
pub fn render<T: Serialize>(
    templates: &Templates,
    page: &Page<'_, T>,
) -> Result<String, tera::Error> {
    templates.render(page.template, page)
}

/// Renders `page` into a `200 OK` HTML response.
pub fn respond<T: Serialize>(
    templates: &Templates,
    page: &Page<'_, T>,
) -> Result<HttpResponse, tera::Error> {
    let html = render(templates, page)?;
    Ok(HttpResponse::Ok()
        .content_type(ContentType::html())
        .body(html))
}

/// A page: its template, the request's locale and its own context.
#[derive(Serialize)]
pub struct Page<'a, T: Serialize> {
    #[serde(skip)]
    pub template: &'static str,
    #[serde(flatten)]
    pub locale: LocaleContext,
    #[serde(flatten)]
    pub chrome: Chrome,
    /// The page's `<title>`, already translated.
    pub title: String,
    pub page: &'a T,
}

impl<'a, T: Serialize> Page<'a, T> {
    pub fn new(template: &'static str, locale: &RequestLocale, title: String, page: &'a T) -> Self {
        Page {
            template,
            locale: locale.context(),
            chrome: Chrome::default(),
            title,
            page,
        }
    }

    /// Adds the CSRF token, the signed-in user and the flash message.
    pub fn with_chrome(mut self, chrome: Chrome) -> Self {
        self.chrome = chrome;
        self
    }
}

/// The layout's per-request fields.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Chrome {
    pub csrf_token: String,
    pub user: Option<NavUser>,
    /// A translated one-time message ("Check your inbox").
    pub flash: Option<String>,
}

/// The signed-in user as the navigation shows them.
#[derive(Debug, Clone, Serialize)]
pub struct NavUser {
    pub display_name: String,
    pub is_organizer: bool,
    pub is_judge: bool,
    pub is_adult: bool,
    /// Has creator profiles to make projects with (a teen, or an adult for children).
    pub makes_projects: bool,
}
