//! The judges import: a CSV file with a header row naming its columns, one judge a row.
//!
//! ```text
//! email,capacities,language
//! ada@example.org,volunteer,en
//! grace@example.org,vip;award_panel,ja
//! ```
//!
//! `email` and `capacities` are required (capacities separated by `;`, `|` or spaces:
//! `volunteer`, `vip`, `award_panel`); `language` (the invitation email's language, one of
//! the shipped locales) is optional. Every row is checked and each problem reported
//! with its line, so a file can be fixed in one go.

use serde::Serialize;

use super::account::{EmailAddress, InputError};
use super::judge::{JudgeKind, JudgeKinds};

/// Largest import, in rows.
pub const MAX_ROWS: usize = 2_000;

/// One data row, parsed as far as it goes.
#[derive(Debug, Clone)]
pub struct ImportRow {
    /// Line number in the file (the header is line 1).
    pub line: u64,
    /// What the row said, for the report.
    pub email_text: String,
    pub email: Option<EmailAddress>,
    pub kinds: Option<JudgeKinds>,
    /// The invitation's language, when the row names one.
    pub language: Option<String>,
    /// Problems: (column, Fluent key).
    pub problems: Vec<(&'static str, &'static str)>,
}

/// A file that cannot be read as an import at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("not a CSV file with a header row")]
    Unreadable,
    #[error("the header must name the email and capacities columns")]
    MissingColumns,
    #[error("unknown column")]
    UnknownColumn,
    #[error("too many rows")]
    TooManyRows,
    #[error("no rows")]
    Empty,
}

impl ImportError {
    /// The Fluent key of its message.
    pub fn key(self) -> &'static str {
        match self {
            ImportError::Unreadable => "judge-import-unreadable",
            ImportError::MissingColumns => "judge-import-missing-columns",
            ImportError::UnknownColumn => "judge-import-unknown-column",
            ImportError::TooManyRows => "judge-import-too-many-rows",
            ImportError::Empty => "judge-import-empty",
        }
    }
}

/// Capacities as a file writes them: `vip;award_panel` (`award` is short for the panel).
pub fn parse_kinds(text: &str) -> Result<JudgeKinds, InputError> {
    let mut kinds = Vec::new();
    for word in text
        .split(|c: char| c == ';' || c == '|' || c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty())
    {
        let word = word.to_ascii_lowercase().replace('-', "_");
        let kind = match word.as_str() {
            "award" | "panel" => JudgeKind::AwardPanel,
            other => JudgeKind::parse(other).map_err(|_| InputError("judge-import-capacity"))?,
        };
        kinds.push(kind);
    }
    JudgeKinds::new(kinds)
}

/// Reads the file; `locales` are the languages an invitation may be written in.
pub fn parse(text: &str, locales: &[&str]) -> Result<Vec<ImportRow>, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|_| ImportError::Unreadable)?
        .clone();
    let mut email_col = None;
    let mut kinds_col = None;
    let mut language_col = None;
    for (i, name) in headers.iter().enumerate() {
        match name.to_ascii_lowercase().as_str() {
            "email" => email_col = Some(i),
            "capacities" | "capacity" | "kinds" => kinds_col = Some(i),
            "language" | "locale" => language_col = Some(i),
            // The display name is the judge's own choice when they accept; a name
            // column is allowed for the organizers' own bookkeeping and not stored.
            "name" | "display_name" | "note" => {}
            _ => return Err(ImportError::UnknownColumn),
        }
    }
    let (Some(email_col), Some(kinds_col)) = (email_col, kinds_col) else {
        return Err(ImportError::MissingColumns);
    };
    let mut rows: Vec<ImportRow> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|_| ImportError::Unreadable)?;
        if record.iter().all(str::is_empty) {
            continue;
        }
        if rows.len() == MAX_ROWS {
            return Err(ImportError::TooManyRows);
        }
        // The line in the file as an editor shows it (the reader's own count skips blank
        // lines): line breaks before the record's first byte (`\n`, `\r\n`, or a lone
        // `\r` as old spreadsheet exports write), plus one.
        let line = record.position().map_or(0, |p| {
            let bytes = text.as_bytes();
            let mut start = usize::try_from(p.byte())
                .unwrap_or(bytes.len())
                .min(bytes.len());
            // The reader's position may be before the blank lines it skipped.
            while start < bytes.len() && matches!(bytes[start], b'\n' | b'\r') {
                start += 1;
            }
            let before = &bytes[..start];
            before
                .iter()
                .enumerate()
                .filter(|(i, b)| {
                    **b == b'\n' || (**b == b'\r' && before.get(i + 1) != Some(&b'\n'))
                })
                .count() as u64
                + 1
        });
        let mut problems = Vec::new();
        let email_text = record.get(email_col).unwrap_or_default().to_owned();
        let email = match EmailAddress::parse(&email_text) {
            Ok(e) => Some(e),
            Err(e) => {
                problems.push(("email", e.0));
                None
            }
        };
        if let Some(e) = &email
            && rows
                .iter()
                .any(|r| r.email.as_ref().is_some_and(|o| o.as_str() == e.as_str()))
        {
            problems.push(("email", "judge-import-duplicate"));
        }
        let kinds = match parse_kinds(record.get(kinds_col).unwrap_or_default()) {
            Ok(k) => Some(k),
            Err(e) => {
                problems.push(("capacities", e.0));
                None
            }
        };
        let language = language_col
            .and_then(|c| record.get(c))
            .filter(|l| !l.is_empty())
            .map(str::to_owned);
        if let Some(l) = &language
            && !locales.contains(&l.as_str())
        {
            problems.push(("language", "judge-import-language"));
        }
        rows.push(ImportRow {
            line,
            email_text,
            email,
            kinds,
            language,
            problems,
        });
    }
    if rows.is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(rows)
}

/// What an import does (or would do) with a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RowOutcome {
    /// An invitation is sent (or an open one renewed).
    Invite,
    /// The account already judges the event in these capacities: nothing changes.
    AlreadyJudge,
    /// The row has problems; nothing in the file is imported.
    Invalid,
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOCALES: &[&str] = &["en", "ja", "ar"];

    #[test]
    fn lines_are_counted_whatever_ends_them() {
        for text in [
            "email,capacities\nada@example.org,volunteer\n\ngrace@example.org,vip\n",
            "email,capacities\r\nada@example.org,volunteer\r\n\r\ngrace@example.org,vip\r\n",
            "email,capacities\rada@example.org,volunteer\r\rgrace@example.org,vip\r",
        ] {
            let rows = parse(text, LOCALES).expect("file");
            let lines: Vec<u64> = rows.iter().map(|r| r.line).collect();
            assert_eq!(lines, vec![2, 4], "{text:?}");
        }
    }

    #[test]
    fn a_good_file_reads_every_row() {
        let rows = parse(
            "\u{feff}email,capacities,language\nada@example.org,volunteer,en\n\ngrace@example.org,\"vip;award\",ja\n",
            LOCALES,
        )
        .expect("file");
        assert_eq!(rows.len(), 2);
        assert!(rows.iter().all(|r| r.problems.is_empty()));
        assert_eq!(rows[1].line, 4);
        assert_eq!(
            rows[1].kinds.as_ref().map(|k| k.as_slice().to_vec()),
            Some(vec![JudgeKind::Vip, JudgeKind::AwardPanel])
        );
    }

    #[test]
    fn every_problem_is_reported_with_its_line() {
        let rows = parse(
            "Email,Capacities,Language\nnot-an-email,volunteer,en\nb@example.org,wizard,en\nb@example.org,vip,xx\n",
            LOCALES,
        )
        .expect("file");
        assert_eq!(rows[0].problems, vec![("email", "error-email-invalid")]);
        assert_eq!(
            rows[1].problems,
            vec![("capacities", "judge-import-capacity")]
        );
        assert_eq!(
            rows[2].problems,
            vec![
                ("email", "judge-import-duplicate"),
                ("language", "judge-import-language")
            ]
        );
        assert_eq!((rows[0].line, rows[2].line), (2, 4));
    }

    #[test]
    fn a_file_without_the_columns_is_refused_whole() {
        assert_eq!(
            parse("mail,kinds\na@b.org,vip\n", LOCALES).err(),
            Some(ImportError::UnknownColumn)
        );
        assert_eq!(
            parse("email\na@b.org\n", LOCALES).err(),
            Some(ImportError::MissingColumns)
        );
        assert_eq!(
            parse("email,capacities\n", LOCALES).err(),
            Some(ImportError::Empty)
        );
        assert!(parse_kinds("").is_err());
    }
}

/// Fuzzing the judges' CSV import (property tests): any text, and good files with
/// characters replaced or cut, give rows or a file problem, never a panic; every row
/// names its line, and a row without problems has its email and capacities.
#[cfg(test)]
mod fuzz {
    use super::*;
    use proptest::prelude::*;

    const GOOD: &str = "email,capacities,language\nada@example.org,volunteer,en\ngrace@example.org,\"vip;award\",ja\n";

    fn well_formed(rows: &[ImportRow]) -> Result<(), TestCaseError> {
        for row in rows {
            prop_assert!(row.line >= 2, "the header is line 1");
            if row.problems.is_empty() {
                prop_assert!(row.email.is_some() && row.kinds.is_some());
            }
        }
        Ok(())
    }

    proptest! {
        // A fixed seed: the same generated corpus on every run (CI never flakes); change
        // it, or set PROPTEST_CASES, to explore further.
        #![proptest_config(ProptestConfig { cases: 300, rng_seed: proptest::test_runner::RngSeed::Fixed(20261203), ..ProptestConfig::default() })]

        #[test]
        fn any_text_gets_rows_or_a_file_problem(text in "\\PC{0,300}") {
            if let Ok(rows) = parse(&text, &["en", "ja"]) {
                well_formed(&rows)?;
            }
        }

        #[test]
        fn damaged_files_get_rows_or_a_file_problem(
            edits in proptest::collection::vec((any::<prop::sample::Index>(), "[,;\"\\n\\r\u{feff}a@é 0-9]"), 0..10),
            cut in any::<prop::sample::Index>(),
        ) {
            let mut chars: Vec<char> = GOOD.chars().collect();
            for (at, with) in edits {
                let i = at.index(chars.len());
                chars.splice(i..=i, with.chars());
            }
            chars.truncate(cut.index(chars.len() + 1));
            let text: String = chars.into_iter().collect();
            if let Ok(rows) = parse(&text, &["en", "ja"]) {
                well_formed(&rows)?;
            }
        }
    }
}
