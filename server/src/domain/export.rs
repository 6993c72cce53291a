//! Exports for organizers: what can be exported ([`ExportKind`]), in which format
//! ([`ExportFormat`]), why personal data is taken ([`ExportPurpose`]), and the cells of a
//! row ([`Cell`]). Tables for spreadsheets: CSV written by the csv crate (commas, quotes
//! and newlines quoted), UTF-8 with a byte-order mark so spreadsheets open Japanese and
//! Arabic correctly, and formula-like cells neutralised against formula injection.

use serde::Serialize;

/// What organizers can export, per event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExportKind {
    /// Every project of the event (drafts and withdrawn ones too, with their status): a
    /// column per question.
    Projects,
    /// Every creator in a project, with surname, birth month, gender and the account's
    /// email: personal data.
    Creators,
    /// Each creator's consent, per scope.
    Consents,
    /// Every score a judge gave.
    Scores,
    /// The VIP judges' favourites, in order.
    Favourites,
    /// The shortlist with its ranking.
    Shortlist,
    /// The awards decided.
    Awards,
    /// The livestream's run of show.
    RunOfShow,
    /// Every certificate there is (participation; favourites and awards once announced),
    /// with its download link.
    Certificates,
}

impl ExportKind {
    pub const ALL: [ExportKind; 9] = [
        ExportKind::Projects,
        ExportKind::Creators,
        ExportKind::Consents,
        ExportKind::Scores,
        ExportKind::Favourites,
        ExportKind::Shortlist,
        ExportKind::Awards,
        ExportKind::RunOfShow,
        ExportKind::Certificates,
    ];

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ExportKind::Projects => "projects",
            ExportKind::Creators => "creators",
            ExportKind::Consents => "consents",
            ExportKind::Scores => "scores",
            ExportKind::Favourites => "favourites",
            ExportKind::Shortlist => "shortlist",
            ExportKind::Awards => "awards",
            ExportKind::RunOfShow => "run-of-show",
            ExportKind::Certificates => "certificates",
        }
    }

    /// Whether it names people beyond their public display name: it then needs the
    /// `personal-data:read` scope, a stated purpose, and every download is audited as such.
    pub fn is_personal(self) -> bool {
        matches!(self, ExportKind::Creators)
    }

    /// The Fluent key of its name (its description is `<key>-text`).
    pub fn name_key(self) -> &'static str {
        match self {
            ExportKind::Projects => "export-projects",
            ExportKind::Creators => "export-creators",
            ExportKind::Consents => "export-consents",
            ExportKind::Scores => "export-scores",
            ExportKind::Favourites => "export-favourites",
            ExportKind::Shortlist => "export-shortlist",
            ExportKind::Awards => "export-awards",
            ExportKind::RunOfShow => "export-run-of-show",
            ExportKind::Certificates => "export-certificates",
        }
    }
}

/// How an export is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    /// CSV, UTF-8 with a byte-order mark, formulas neutralised.
    Csv,
    /// One JSON array of objects.
    Json,
    /// JSON lines: one object per line.
    Jsonl,
    /// An Excel workbook.
    Xlsx,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 4] = [
        ExportFormat::Csv,
        ExportFormat::Xlsx,
        ExportFormat::Jsonl,
        ExportFormat::Json,
    ];

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
            ExportFormat::Jsonl => "jsonl",
            ExportFormat::Xlsx => "xlsx",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            ExportFormat::Csv => "text/csv; charset=utf-8",
            ExportFormat::Json => "application/json",
            ExportFormat::Jsonl => "application/jsonl; charset=utf-8",
            ExportFormat::Xlsx => {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
        }
    }
}

/// Why an organizer takes personal data out of the platform: one of a fixed list, so the
/// audit log records the reason without free text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExportPurpose {
    /// Sending prizes or certificates.
    Prizes,
    /// A safeguarding concern.
    Safeguarding,
    /// A family asked for their data or its correction.
    DataRequest,
    /// Checking eligibility (age, team, country).
    Eligibility,
    /// Required by law or a court.
    Legal,
}

impl ExportPurpose {
    pub const ALL: [ExportPurpose; 5] = [
        ExportPurpose::Prizes,
        ExportPurpose::Safeguarding,
        ExportPurpose::DataRequest,
        ExportPurpose::Eligibility,
        ExportPurpose::Legal,
    ];

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ExportPurpose::Prizes => "prizes",
            ExportPurpose::Safeguarding => "safeguarding",
            ExportPurpose::DataRequest => "data-request",
            ExportPurpose::Eligibility => "eligibility",
            ExportPurpose::Legal => "legal",
        }
    }

    pub fn name_key(self) -> &'static str {
        match self {
            ExportPurpose::Prizes => "export-purpose-prizes",
            ExportPurpose::Safeguarding => "export-purpose-safeguarding",
            ExportPurpose::DataRequest => "export-purpose-data-request",
            ExportPurpose::Eligibility => "export-purpose-eligibility",
            ExportPurpose::Legal => "export-purpose-legal",
        }
    }
}

/// One cell of an exported row: typed, so JSON and XLSX keep numbers as numbers.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    Empty,
}

impl Cell {
    /// The cell as CSV text: formula-like text neutralised, numbers as written.
    pub fn csv_text(&self) -> std::borrow::Cow<'_, str> {
        match self {
            Cell::Text(s) => neutralise_formula(s),
            Cell::Int(n) => n.to_string().into(),
            Cell::Float(v) => v.to_string().into(),
            Cell::Bool(b) => if *b { "true" } else { "false" }.into(),
            Cell::Empty => "".into(),
        }
    }
}

/// As JSON: text, numbers, booleans, and null for an empty cell (or a number JSON cannot
/// hold).
impl Serialize for Cell {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Cell::Text(t) => s.serialize_str(t),
            Cell::Int(n) => s.serialize_i64(*n),
            Cell::Float(v) if v.is_finite() => s.serialize_f64(*v),
            Cell::Bool(b) => s.serialize_bool(*b),
            Cell::Float(_) | Cell::Empty => s.serialize_none(),
        }
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Self {
        Cell::Text(s)
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Self {
        Cell::Text(s.to_owned())
    }
}

impl From<i64> for Cell {
    fn from(n: i64) -> Self {
        Cell::Int(n)
    }
}

impl From<i32> for Cell {
    fn from(n: i32) -> Self {
        Cell::Int(n.into())
    }
}

impl From<bool> for Cell {
    fn from(b: bool) -> Self {
        Cell::Bool(b)
    }
}

impl From<f64> for Cell {
    fn from(v: f64) -> Self {
        Cell::Float(v)
    }
}

impl<T: Into<Cell>> From<Option<T>> for Cell {
    fn from(v: Option<T>) -> Self {
        v.map_or(Cell::Empty, Into::into)
    }
}

impl From<chrono::DateTime<chrono::Utc>> for Cell {
    fn from(t: chrono::DateTime<chrono::Utc>) -> Self {
        Cell::Text(t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
    }
}

impl From<uuid::Uuid> for Cell {
    fn from(id: uuid::Uuid) -> Self {
        Cell::Text(id.to_string())
    }
}

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or carriage
/// return first) is kept as text with a leading apostrophe.
pub fn neutralise_formula(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// Why a table could not be written (only a writer's own failure: writing to memory).
#[derive(Debug, thiserror::Error)]
#[error("writing the table: {0}")]
pub struct TableError(String);

impl From<csv::Error> for TableError {
    fn from(e: csv::Error) -> Self {
        TableError(e.to_string())
    }
}

impl From<serde_json::Error> for TableError {
    fn from(e: serde_json::Error) -> Self {
        TableError(e.to_string())
    }
}

/// Writes a table as CSV, JSON lines or a JSON array into a buffer that can be taken
/// piece by piece while rows keep coming (so a long export streams). XLSX is not text:
/// see `exports`.
pub struct TableWriter {
    format: ExportFormat,
    header: &'static [&'static str],
    csv: Option<csv::Writer<Vec<u8>>>,
    buf: Vec<u8>,
    rows: u64,
}

impl TableWriter {
    pub fn new(format: ExportFormat, header: &'static [&'static str]) -> Result<Self, TableError> {
        let mut w = TableWriter {
            format,
            header,
            csv: None,
            buf: Vec::new(),
            rows: 0,
        };
        match format {
            ExportFormat::Csv | ExportFormat::Xlsx => {
                let mut csv = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
                csv.write_record(header)?;
                w.csv = Some(csv);
            }
            ExportFormat::Json => w.buf.push(b'['),
            ExportFormat::Jsonl => {}
        }
        Ok(w)
    }

    pub fn row(&mut self, cells: &[Cell]) -> Result<(), TableError> {
        if let Some(csv) = &mut self.csv {
            for cell in cells {
                csv.write_field(cell.csv_text().as_bytes())?;
            }
            csv.write_record(None::<&[u8]>)?;
        } else {
            let buf = &mut self.buf;
            if self.format == ExportFormat::Json {
                if self.rows > 0 {
                    buf.push(b',');
                }
                buf.push(b'\n');
            }
            buf.push(b'{');
            for (i, (key, cell)) in self.header.iter().zip(cells).enumerate() {
                if i > 0 {
                    buf.push(b',');
                }
                serde_json::to_writer(&mut *buf, key)?;
                buf.push(b':');
                serde_json::to_writer(&mut *buf, cell)?;
            }
            buf.push(b'}');
            if self.format == ExportFormat::Jsonl {
                buf.push(b'\n');
            }
        }
        self.rows += 1;
        Ok(())
    }

    /// Bytes written and not yet taken (roughly: the CSV writer keeps a small buffer).
    pub fn buffered(&self) -> usize {
        self.csv
            .as_ref()
            .map_or(self.buf.len(), |c| c.get_ref().len())
    }

    /// What is written so far.
    pub fn take(&mut self) -> Result<Vec<u8>, TableError> {
        Ok(match self.csv.take() {
            Some(csv) => {
                let bytes = csv
                    .into_inner()
                    .map_err(|e| TableError(e.error().to_string()))?;
                self.csv = Some(csv::Writer::from_writer(Vec::with_capacity(bytes.len())));
                bytes
            }
            None => std::mem::take(&mut self.buf),
        })
    }

    /// The rest, closing the table.
    pub fn finish(mut self) -> Result<Vec<u8>, TableError> {
        if self.format == ExportFormat::Json {
            self.buf.extend_from_slice(b"\n]\n");
        }
        self.take()
    }
}

/// A whole small table in one piece.
pub fn table_bytes(
    format: ExportFormat,
    header: &'static [&'static str],
    rows: &[Vec<Cell>],
) -> Result<Vec<u8>, TableError> {
    let mut out = TableWriter::new(format, header)?;
    for row in rows {
        out.row(row)?;
    }
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows() -> Vec<Vec<Cell>> {
        vec![
            vec!["=1+1".into(), Cell::Int(-3), "東京, \"x\"\nمرحبا".into()],
            vec![Cell::Empty, Cell::Bool(true), "@a".into()],
        ]
    }

    #[test]
    fn csv_neutralises_text_formulas_but_not_numbers() {
        let bytes = table_bytes(ExportFormat::Csv, &["a", "b", "c"], &rows()).expect("csv");
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        let mut reader = csv::Reader::from_reader(&bytes[3..]);
        let got: Vec<Vec<String>> = reader
            .records()
            .map(|r| r.expect("record").iter().map(str::to_owned).collect())
            .collect();
        assert_eq!(got[0], ["'=1+1", "-3", "東京, \"x\"\nمرحبا"]);
        assert_eq!(got[1], ["", "true", "'@a"]);
    }

    #[test]
    fn json_lines_and_arrays_keep_types_and_column_order() {
        let lines = table_bytes(ExportFormat::Jsonl, &["a", "b", "c"], &rows()).expect("jsonl");
        let text = String::from_utf8(lines).expect("utf-8");
        let first = text.lines().next().expect("a line");
        assert!(first.starts_with(r#"{"a":"=1+1","b":-3,"c":"#), "{first}");
        assert_eq!(text.lines().count(), 2);
        let array = table_bytes(ExportFormat::Json, &["a", "b", "c"], &rows()).expect("json");
        let value: serde_json::Value = serde_json::from_slice(&array).expect("json");
        assert_eq!(value[1]["b"], serde_json::json!(true));
        assert_eq!(value[1]["a"], serde_json::Value::Null);
        let empty = table_bytes(ExportFormat::Json, &["a"], &[]).expect("json");
        assert_eq!(
            serde_json::from_slice::<serde_json::Value>(&empty).expect("json"),
            serde_json::json!([])
        );
    }

    #[test]
    fn a_table_taken_in_pieces_is_the_table_written_whole() {
        for format in [ExportFormat::Csv, ExportFormat::Jsonl, ExportFormat::Json] {
            let mut w = TableWriter::new(format, &["a", "b", "c"]).expect("writer");
            let mut pieces = Vec::new();
            for row in rows() {
                w.row(&row).expect("row");
                pieces.extend(w.take().expect("take"));
            }
            pieces.extend(w.finish().expect("finish"));
            assert_eq!(
                pieces,
                table_bytes(format, &["a", "b", "c"], &rows()).expect("whole")
            );
        }
    }
}
