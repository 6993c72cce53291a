//! Forms described in Rust and drawn by one template component (`ui.field`): labels and
//! errors are translated here, so templates stay small and every field looks the same.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::domain::account::InputError;
use crate::i18n::Locale;

/// One form field as the template draws it.
#[derive(Debug, Clone, Serialize)]
pub struct Field {
    pub name: &'static str,
    pub label: String,
    /// `text`, `email`, `password`, `number`, `select`, `hidden`.
    pub kind: &'static str,
    pub value: String,
    pub error: Option<String>,
    pub hint: Option<String>,
    pub required: bool,
    pub autocomplete: Option<&'static str>,
    pub maxlength: Option<u32>,
    pub options: Vec<SelectOption>,
}

/// A choice of a `select` field.
#[derive(Debug, Clone, Serialize)]
pub struct SelectOption {
    pub value: String,
    pub label: String,
}

impl Field {
    /// A field labelled with the Fluent message `label_key`.
    pub fn new(l: Locale, name: &'static str, kind: &'static str, label_key: &str) -> Self {
        Field {
            name,
            label: l.t(label_key),
            kind,
            value: String::new(),
            error: None,
            hint: None,
            required: false,
            autocomplete: None,
            maxlength: None,
            options: Vec::new(),
        }
    }

    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }

    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = value.into();
        self
    }

    pub fn hint(mut self, l: Locale, key: &str) -> Self {
        self.hint = Some(l.t(key));
        self
    }

    pub fn autocomplete(mut self, token: &'static str) -> Self {
        self.autocomplete = Some(token);
        self
    }

    pub fn maxlength(mut self, n: u32) -> Self {
        self.maxlength = Some(n);
        self
    }

    /// The choices of a `select`. A required select starts with an empty "Choose…"
    /// option, so nobody sends the first country in the list by accident.
    pub fn options(mut self, options: Vec<SelectOption>) -> Self {
        self.options = options;
        self
    }

    /// Puts an empty "Choose…" option first.
    pub fn with_placeholder(mut self, l: Locale) -> Self {
        self.options.insert(
            0,
            SelectOption {
                value: String::new(),
                label: l.t("select-choose"),
            },
        );
        self
    }
}

/// Problems found in a submitted form, by field name.
#[derive(Debug, Default)]
pub struct FormErrors(BTreeMap<&'static str, InputError>);

impl FormErrors {
    /// Keeps the value of `result`, recording its error against `field`.
    pub fn check<T>(&mut self, field: &'static str, result: Result<T, InputError>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(e) => {
                self.0.entry(field).or_insert(e);
                None
            }
        }
    }

    pub fn add(&mut self, field: &'static str, error: InputError) {
        self.0.entry(field).or_insert(error);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The Fluent key of the problem of `field`, if it has one.
    pub fn get(&self, field: &str) -> Option<&'static str> {
        self.0.get(field).map(|e| e.0)
    }

    /// Puts each translated error next to its field.
    pub fn apply(&self, l: Locale, fields: &mut [Field]) {
        for field in fields {
            if let Some(e) = self.0.get(field.name) {
                field.error = Some(l.t(e.0));
            }
        }
    }

    /// The translated messages for the summary at the top of the form, each prefixed
    /// with its field's label, in the order the fields appear.
    pub fn summary(&self, l: Locale, fields: &[Field]) -> Vec<String> {
        let mut out: Vec<String> = fields
            .iter()
            .filter_map(|f| {
                self.0
                    .get(f.name)
                    .map(|e| format!("{}: {}", f.label, l.t(e.0)))
            })
            .collect();
        // Problems of fields not drawn as a `Field` (e.g. a checkbox group) come last.
        out.extend(
            self.0
                .iter()
                .filter(|(name, _)| !fields.iter().any(|f| f.name == **name))
                .map(|(_, e)| l.t(e.0)),
        );
        out
    }
}

/// A form with nothing but its CSRF token (confirmation buttons).
#[derive(Debug, Default, serde::Deserialize)]
pub struct NoFields {}
