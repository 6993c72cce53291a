//! The two generic page shapes most account pages use: a form page and a message page.

use serde::Serialize;

use super::forms::Field;

/// A link or button target with its translated label.
#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub href: String,
    pub label: String,
}

/// A page with one form (`templates/form.html`).
#[derive(Debug, Clone, Serialize)]
pub struct FormPage {
    pub heading: String,
    pub intro: Option<String>,
    pub action: String,
    pub submit: String,
    pub fields: Vec<Field>,
    /// Every problem at once, above the form, each linking to its field.
    pub errors: Vec<super::forms::Problem>,
    /// "Sign in with ..." buttons.
    pub providers: Vec<Link>,
    /// Related links under the form ("Forgot your password?").
    pub links: Vec<Link>,
    /// One-button forms under it ("Sign out on every device").
    pub buttons: Vec<ButtonForm>,
}

/// A form that is a single button, posting to `action` with the CSRF token.
#[derive(Debug, Clone, Serialize)]
pub struct ButtonForm {
    pub action: String,
    pub label: String,
    pub hint: Option<String>,
}

impl FormPage {
    pub fn new(
        heading: String,
        action: impl Into<String>,
        submit: String,
        fields: Vec<Field>,
    ) -> Self {
        FormPage {
            heading,
            intro: None,
            action: action.into(),
            submit,
            fields,
            errors: Vec::new(),
            providers: Vec::new(),
            links: Vec::new(),
            buttons: Vec::new(),
        }
    }

    /// Puts each problem next to its field and lists them all above the form.
    pub fn errors(mut self, l: crate::i18n::Locale, errors: &super::forms::FormErrors) -> Self {
        errors.apply(l, &mut self.fields);
        self.errors = errors.problems(l, &self.fields);
        self
    }

    pub fn intro(mut self, text: String) -> Self {
        self.intro = Some(text);
        self
    }

    pub fn link(mut self, href: impl Into<String>, label: String) -> Self {
        self.links.push(Link {
            href: href.into(),
            label,
        });
        self
    }

    pub fn button(
        mut self,
        action: impl Into<String>,
        label: String,
        hint: Option<String>,
    ) -> Self {
        self.buttons.push(ButtonForm {
            action: action.into(),
            label,
            hint,
        });
        self
    }
}

/// A page with a heading, a few paragraphs and links (`templates/message.html`).
#[derive(Debug, Clone, Serialize)]
pub struct MessagePage {
    pub heading: String,
    pub paragraphs: Vec<String>,
    pub links: Vec<Link>,
}

impl MessagePage {
    pub fn new(heading: String, paragraphs: Vec<String>) -> Self {
        MessagePage {
            heading,
            paragraphs,
            links: Vec::new(),
        }
    }

    pub fn link(mut self, href: impl Into<String>, label: String) -> Self {
        self.links.push(Link {
            href: href.into(),
            label,
        });
        self
    }
}
