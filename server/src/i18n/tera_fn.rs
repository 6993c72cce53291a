//! The Tera `t` function: `{{ t(key="home-title", count=3) }}`.
//!
//! The locale comes from the page context's `lang` variable (every page has one), so
//! templates never pass it; any other keyword argument becomes a Fluent argument.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use tera::{Kwargs, State, TeraResult, Value};

use super::Locale;

/// Registers `t` on a Tera instance.
pub fn register(tera: &mut tera::Tera) {
    tera.register_function("t", translate);
}

fn translate(kwargs: Kwargs, state: &State) -> TeraResult<String> {
    let key: String = kwargs.must_get::<&str>("key")?.to_owned();
    let lang: Option<String> = state.get::<String>("lang")?;
    let locale = lang
        .as_deref()
        .and_then(Locale::from_code)
        .unwrap_or_default();
    let mut args: HashMap<Cow<'static, str>, FluentValue<'static>> = HashMap::new();
    for (name, value) in kwargs.iter() {
        let Some(name) = name.as_str() else { continue };
        if name == "key" || name.starts_with("__") {
            continue;
        }
        args.insert(Cow::Owned(name.to_owned()), to_fluent(value));
    }
    Ok(locale.lookup(&key, &args))
}

fn to_fluent(value: &Value) -> FluentValue<'static> {
    if let Some(n) = value.as_i64() {
        FluentValue::from(n)
    } else if let Some(n) = value.as_f64() {
        FluentValue::from(n)
    } else if let Some(s) = value.as_str() {
        FluentValue::from(s.to_owned())
    } else {
        FluentValue::from(value.to_string())
    }
}
