//! The Tera engine: every template under `<assets>/templates`, with the functions and
//! filters they may call. Pages (`web::render`) and emails (`mail`) both render with it.

use std::path::Path;

use serde::Serialize;

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

    /// Renders `template` with any serializable context.
    pub fn render<T: Serialize>(&self, template: &str, context: &T) -> Result<String, tera::Error> {
        let context = tera::Context::from_serialize(context)?;
        self.tera.render(template, &context)
    }

    /// The names of every loaded template.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.tera.get_template_names()
    }
}
