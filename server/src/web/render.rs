//! Templates: loading, the functions and filters they may call, and one context type per
//! page wrapped in the layout's common fields.

use std::path::Path;

use actix_web::HttpResponse;
use actix_web::http::header::ContentType;
use serde::Serialize;

use super::context::Chrome;
use super::locale::RequestLocale;
use crate::i18n::LocaleContext;

/// The loaded templates with every function and filter registered.
pub struct Templates {
    tera: tera::Tera,
}

impl Templates {
    /// Loads every template under `<assets>/templates`.
    pub fn load(assets_dir: &Path) -> anyhow::Result<Self> {
        let mut tera = tera::Tera::new();
        crate::i18n::register(&mut tera);
        // Pages (.html, autoescaped) and email parts (.txt, plain).
        let glob = assets_dir.join("templates/**/*.{html,txt}");
        tera.load_from_glob(&glob.to_string_lossy())
            .map_err(|e| anyhow::anyhow!("loading templates from {}: {e}", glob.display()))?;
        Ok(Self { tera })
    }

    /// Renders `page` with the layout's fields for the request's locale.
    pub fn render<T: Serialize>(&self, page: &Page<'_, T>) -> Result<String, tera::Error> {
        let context = tera::Context::from_serialize(page)?;
        self.tera.render(page.template, &context)
    }

    /// Renders any template with any serializable context (emails).
    pub fn render_value<T: Serialize>(
        &self,
        template: &str,
        context: &T,
    ) -> Result<String, tera::Error> {
        let context = tera::Context::from_serialize(context)?;
        self.tera.render(template, &context)
    }

    /// Renders `page` into a `200 OK` HTML response.
    pub fn respond<T: Serialize>(
        &self,
        page: &Page<'_, T>,
    ) -> Result<HttpResponse, super::PageError> {
        let html = self.render(page).map_err(super::PageError::template)?;
        Ok(HttpResponse::Ok()
            .content_type(ContentType::html())
            .body(html))
    }

    /// The names of every loaded template.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.tera.get_template_names()
    }
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
