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
        for field in fields.iter_mut() {
            if let Some(e) = self.0.get(field.name) {
                field.error = Some(message(l, *e, field));
            }
        }
    }

    /// The problems for the summary at the top of the form, each prefixed with its
    /// field's label and pointing at it, in the order the fields appear; problems of
    /// fields not drawn as a `Field` (a checkbox group, `f-<name>` on its fieldset) last.
    pub fn problems(&self, l: Locale, fields: &[Field]) -> Vec<Problem> {
        let mut out: Vec<Problem> = fields
            .iter()
            .filter_map(|f| {
                self.0.get(f.name).map(|e| Problem {
                    text: format!("{}: {}", f.label, message(l, *e, f)),
                    target: format!("f-{}", f.name),
                })
            })
            .collect();
        out.extend(
            self.0
                .iter()
                .filter(|(name, _)| !fields.iter().any(|f| f.name == **name))
                .map(|(name, e)| Problem {
                    text: l.t(e.0),
                    target: format!("f-{name}"),
                }),
        );
        out
    }

    /// `problems` as plain text, for the pages whose summary has no links.
    pub fn summary(&self, l: Locale, fields: &[Field]) -> Vec<String> {
        self.problems(l, fields)
            .into_iter()
            .map(|p| p.text)
            .collect()
    }
}

/// One line of a form's error summary: the problem, and the id of the field it is about
/// (the summary links there).
#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    pub text: String,
    pub target: String,
}

/// A field's problem in words; a text that is too long says the field's limit.
fn message(l: Locale, e: InputError, field: &Field) -> String {
    match field.maxlength {
        Some(max) if matches!(e.0, "error-text-too-long" | "error-link-too-long") => {
            l.t_args("error-too-long-max", &[("max", i64::from(max).into())])
        }
        _ => l.t(e.0),
    }
}

/// A form with nothing but its CSRF token (confirmation buttons).
#[derive(Debug, Default, serde::Deserialize)]
pub struct NoFields {}
