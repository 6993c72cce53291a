//! Exports written while they are read: rows come from the database as a stream
//! (`db::exports`) or, for the small computed tables (shortlist, favourites, the run of
//! show), as rows in hand, and leave as a body of chunks through a bounded channel, so a
//! download of 300,000 rows holds a few chunks in memory at a time and a slow client
//! slows the query down instead of filling memory.
//!
//! CSV (the csv crate; UTF-8 with a byte-order mark; formula-like text neutralised),
//! JSON lines, a JSON array, or XLSX (rust_xlsxwriter in constant-memory mode: each row
//! goes to a temporary file as it arrives; the workbook is assembled there and then sent).

use std::path::PathBuf;

use actix_web::web::Bytes;
use futures_util::stream::{self, BoxStream, Stream, StreamExt as _};
use sqlx::PgPool;
use tokio::sync::mpsc;
use uuid::Uuid;

use crate::db;
use crate::domain::export::{Cell, ExportFormat, ExportKind, TableError, TableWriter};

/// A chunk is sent once this much is written.
const CHUNK: usize = 64 * 1024;
/// Chunks waiting for the client, at most.
const CHUNKS_IN_FLIGHT: usize = 4;

/// Where an export's rows come from.
pub enum Source {
    /// A statement of `db::exports` for the event.
    Database { kind: ExportKind, event: Uuid },
    /// The audit log's rows that a filter matches.
    AuditLog(db::audit::Filter),
    /// Rows computed in hand (small: a shortlist, the favourites, the run of show).
    Rows {
        header: &'static [&'static str],
        rows: Vec<Vec<Cell>>,
    },
}

/// The export as a body: chunks as they are written. A failure after the first chunk
/// ends the body with an error, so the client sees a broken download, never a short file
/// that looks whole.
pub fn stream(
    pool: PgPool,
    source: Source,
    format: ExportFormat,
    temp_dir: Option<PathBuf>,
) -> impl Stream<Item = Result<Bytes, std::io::Error>> + 'static {
    let (tx, rx) = mpsc::channel(CHUNKS_IN_FLIGHT);
    tokio::spawn(async move {
        if let Err(e) = produce(&pool, source, format, temp_dir, &tx).await
            && !matches!(e, ExportError::Gone)
        {
            tracing::error!(error = %e, "export failed");
            let _ = tx.send(Err(std::io::Error::other(e.to_string()))).await;
        }
    });
    stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|c| (c, rx)) })
}

#[derive(Debug, thiserror::Error)]
enum ExportError {
    /// The client went away; nothing to report.
    #[error("the client went away")]
    Gone,
    #[error("reading the rows: {0}")]
    Database(#[from] sqlx::Error),
    #[error("writing the export: {0}")]
    Write(String),
}

impl From<std::io::Error> for ExportError {
    fn from(e: std::io::Error) -> Self {
        ExportError::Write(e.to_string())
    }
}

impl From<TableError> for ExportError {
    fn from(e: TableError) -> Self {
        ExportError::Write(e.to_string())
    }
}

impl From<rust_xlsxwriter::XlsxError> for ExportError {
    fn from(e: rust_xlsxwriter::XlsxError) -> Self {
        ExportError::Write(e.to_string())
    }
}

type Chunks = mpsc::Sender<Result<Bytes, std::io::Error>>;

async fn produce(
    pool: &PgPool,
    source: Source,
    format: ExportFormat,
    temp_dir: Option<PathBuf>,
    tx: &Chunks,
) -> Result<(), ExportError> {
    match source {
        Source::Database { kind, event } => {
            let mut db_tx = pool.begin().await?;
            db::exports::begin(&mut db_tx).await?;
            let (header, rows) = database_rows(&mut db_tx, kind, event);
            write(header, rows, format, temp_dir, tx).await?;
            db_tx.commit().await?;
            Ok(())
        }
        Source::AuditLog(filter) => {
            let mut db_tx = pool.begin().await?;
            db::exports::begin(&mut db_tx).await?;
            let rows = db::audit::export(&mut db_tx, &filter);
            write(db::audit::EXPORT_HEADER, rows, format, temp_dir, tx).await?;
            db_tx.commit().await?;
            Ok(())
        }
        Source::Rows { header, rows } => {
            let rows = stream::iter(rows.into_iter().map(Ok)).boxed();
            write(header, rows, format, temp_dir, tx).await
        }
    }
}

/// The header and statement of an export read from the database.
fn database_rows(
    conn: &mut sqlx::PgConnection,
    kind: ExportKind,
    event: Uuid,
) -> (&'static [&'static str], db::exports::Rows<'_>) {
    match kind {
        ExportKind::Projects => (
            db::exports::PROJECTS_HEADER,
            db::exports::projects(conn, event),
        ),
        ExportKind::Creators => (
            db::exports::CREATORS_HEADER,
            db::exports::creators(conn, event),
        ),
        ExportKind::Consents => (
            db::exports::CONSENTS_HEADER,
            db::exports::consents(conn, event),
        ),
        ExportKind::Scores => (db::exports::SCORES_HEADER, db::exports::scores(conn, event)),
        ExportKind::Awards => (db::exports::AWARDS_HEADER, db::exports::awards(conn, event)),
        ExportKind::Certificates => (
            db::exports::CERTIFICATES_HEADER,
            db::exports::certificates(conn, event),
        ),
        // Computed in hand by `web::exports` (as `Source::Rows`), never read here.
        ExportKind::Favourites | ExportKind::Shortlist | ExportKind::RunOfShow => {
            (&[], stream::empty().boxed())
        }
    }
}

async fn write(
    header: &'static [&'static str],
    mut rows: BoxStream<'_, Result<Vec<Cell>, sqlx::Error>>,
    format: ExportFormat,
    temp_dir: Option<PathBuf>,
    tx: &Chunks,
) -> Result<(), ExportError> {
    if format == ExportFormat::Xlsx {
        return write_xlsx(header, rows, temp_dir, tx).await;
    }
    let mut out = TableWriter::new(format, header)?;
    while let Some(row) = rows.next().await {
        out.row(&row?)?;
        if out.buffered() >= CHUNK {
            send(tx, out.take()?).await?;
        }
    }
    let last = out.finish()?;
    send(tx, last).await
}

async fn send(tx: &Chunks, chunk: Vec<u8>) -> Result<(), ExportError> {
    if chunk.is_empty() {
        return Ok(());
    }
    tx.send(Ok(Bytes::from(chunk)))
        .await
        .map_err(|_| ExportError::Gone)
}

/// XLSX: rows go to a worker thread that writes them to the worksheet's temporary file as
/// they arrive; the finished workbook is then sent from disk.
async fn write_xlsx(
    header: &'static [&'static str],
    mut rows: BoxStream<'_, Result<Vec<Cell>, sqlx::Error>>,
    temp_dir: Option<PathBuf>,
    tx: &Chunks,
) -> Result<(), ExportError> {
    let dir = temp_dir.unwrap_or_else(std::env::temp_dir);
    let file = tempfile::NamedTempFile::new_in(&dir)?;
    let path = file.path().to_owned();
    let (row_tx, mut row_rx) = mpsc::channel::<Vec<Cell>>(256);
    let writer = tokio::task::spawn_blocking(move || -> Result<(), ExportError> {
        use rust_xlsxwriter::{Format, Workbook};
        let mut workbook = Workbook::new();
        workbook.set_tempdir(&dir)?;
        let bold = Format::new().set_bold();
        let sheet = workbook.add_worksheet_with_constant_memory()?;
        for (col, name) in (0u16..).zip(header) {
            sheet.write_string_with_format(0, col, *name, &bold)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        let mut row = 0u32;
        while let Some(cells) = row_rx.blocking_recv() {
            row += 1;
            for (col, cell) in (0u16..).zip(&cells) {
                match cell {
                    Cell::Text(s) => {
                        sheet.write_string(row, col, s)?;
                    }
                    Cell::Int(n) => {
                        // Exact in a double up to 2^53; ids and counts are far below.
                        #[allow(clippy::cast_precision_loss)]
                        sheet.write_number(row, col, *n as f64)?;
                    }
                    Cell::Float(v) => {
                        sheet.write_number(row, col, *v)?;
                    }
                    Cell::Bool(b) => {
                        sheet.write_boolean(row, col, *b)?;
                    }
                    Cell::Empty => {}
                }
            }
        }
        workbook.save(&path)?;
        Ok(())
    });
    let mut failed = None;
    while let Some(row) = rows.next().await {
        match row {
            Ok(cells) => {
                if row_tx.send(cells).await.is_err() {
                    break;
                }
            }
            Err(e) => {
                failed = Some(e);
                break;
            }
        }
    }
    drop(row_tx);
    let written = writer
        .await
        .map_err(|e| ExportError::Write(e.to_string()))?;
    if let Some(e) = failed {
        return Err(e.into());
    }
    written?;
    let mut from = tokio::fs::File::open(file.path()).await?;
    loop {
        use tokio::io::AsyncReadExt as _;
        let mut chunk = vec![0; CHUNK];
        let n = from.read(&mut chunk).await?;
        if n == 0 {
            break;
        }
        chunk.truncate(n);
        send(tx, chunk).await?;
    }
    drop(file);
    Ok(())
}
