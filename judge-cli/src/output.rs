//! How answers are shown: tables for people (comfy-table), JSON for scripts.

use comfy_table::{ContentArrangement, Table, presets};

/// A table with a header row.
pub fn table<R, C>(header: &[&str], rows: R) -> String
where
    R: IntoIterator<Item = C>,
    C: IntoIterator<Item = String>,
{
    let mut t = Table::new();
    // Cells are never wrapped: an id split over two lines cannot be copied into the next
    // command.
    t.load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(header.to_vec());
    for row in rows {
        t.add_row(row.into_iter().collect::<Vec<String>>());
    }
    t.to_string()
}

/// A JSON value, pretty-printed.
pub fn json(value: &serde_json::Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|_| value.to_string())
}

/// A JSON field as display text: strings as they are, null as empty, others as JSON.
pub fn cell(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Array(items) => items.iter().map(cell).collect::<Vec<_>>().join(", "),
        serde_json::Value::Number(n) => match n.as_f64() {
            Some(f) if n.is_f64() => format!("{f:.2}"),
            _ => n.to_string(),
        },
        other => other.to_string(),
    }
}

/// The rows of a JSON array: the given fields of each object.
pub fn rows_of(items: &serde_json::Value, fields: &[&str]) -> Vec<Vec<String>> {
    items
        .as_array()
        .map(|list| {
            list.iter()
                .map(|item| fields.iter().map(|f| cell(&item[*f])).collect())
                .collect()
        })
        .unwrap_or_default()
}
