//! Tables for spreadsheets: CSV written by the csv crate (commas, quotes and newlines
//! quoted), UTF-8 with a byte-order mark so spreadsheets open Japanese and Arabic
//! correctly, and formula-like cells neutralised against formula injection.

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or carriage
/// return first) is kept as text with a leading apostrophe.
pub fn neutralise_formula(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// The header and rows as CSV bytes.
pub fn csv_bytes<R, C>(header: &[&str], rows: R) -> Result<Vec<u8>, csv::Error>
where
    R: IntoIterator<Item = C>,
    C: IntoIterator,
    C::Item: AsRef<str>,
{
    let mut out = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    out.write_record(header)?;
    for row in rows {
        out.write_record(
            row.into_iter()
                .map(|c| neutralise_formula(c.as_ref()).into_owned()),
        )?;
    }
    out.flush()?;
    out.into_inner().map_err(|e| e.into_error().into())
}

/// The rows as JSON objects keyed by the header's names.
pub fn json_rows<R, C>(header: &[&str], rows: R) -> serde_json::Value
where
    R: IntoIterator<Item = C>,
    C: IntoIterator,
    C::Item: AsRef<str>,
{
    serde_json::Value::Array(
        rows.into_iter()
            .map(|row| {
                serde_json::Value::Object(
                    header
                        .iter()
                        .zip(row)
                        .map(|(k, v)| ((*k).to_owned(), v.as_ref().into()))
                        .collect(),
                )
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_the_bom_leads() {
        let bytes = csv_bytes(&["a", "b"], [vec!["=1+1", "東京, \"x\""]]).expect("csv");
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        let text = String::from_utf8(bytes).expect("utf-8");
        assert!(text.contains("'=1+1"), "{text}");
        assert!(text.contains("\"東京, \"\"x\"\"\""), "{text}");
        let json = json_rows(&["a"], [vec!["x"]]);
        assert_eq!(json, serde_json::json!([{ "a": "x" }]));
    }
}
