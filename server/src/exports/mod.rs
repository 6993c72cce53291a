//! Exports written while they are read: rows come from the database as a stream
//! (`db::exports`) or, for the small computed tables (shortlist, favourites, the run of
//! show), as rows in hand, and leave as a body of chunks through a bounded channel, so a
//! download of 300,000 rows holds a few chunks in memory at a time and a slow client
//! slows the query down instead of filling memory.
//!
//! CSV (the csv crate; UTF-8 with a byte-order mark; formula-like text neutralised),
//! JSON lines, a JSON array, or XLSX (rust_xlsxwriter in constant-memory mode: each row
//! goes to the worksheet's temporary file as it arrives; the workbook is then compressed
//! straight into the body).

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
            db::exports::begin(&mut db_tx, Some(kind)).await?;
            let (header, rows) = database_rows(&mut db_tx, kind, event);
            write(header, rows, format, temp_dir, tx).await?;
            db_tx.commit().await?;
            Ok(())
        }
        Source::AuditLog(filter) => {
            let mut db_tx = pool.begin().await?;
            db::exports::begin(&mut db_tx, None).await?;
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

/// Rows handed to the XLSX writer at a time (one wake-up of its thread per batch).
const XLSX_BATCH: usize = 512;

/// What the XLSX writer thread receives: rows, then word that they are all there (a
/// channel closed without it means the rows failed, and nothing is saved).
enum ToSheet {
    Rows(Vec<Vec<Cell>>),
    Done,
}

/// XLSX: rows go in batches to a worker thread that writes them to the worksheet's
/// temporary file as they arrive; the workbook is then compressed straight into the
/// body's chunks (a fast deflate level: the archive is assembled while it is sent).
async fn write_xlsx(
    header: &'static [&'static str],
    mut rows: BoxStream<'_, Result<Vec<Cell>, sqlx::Error>>,
    temp_dir: Option<PathBuf>,
    tx: &Chunks,
) -> Result<(), ExportError> {
    let dir = temp_dir.unwrap_or_else(std::env::temp_dir);
    let (sheet_tx, mut sheet_rx) = mpsc::channel::<ToSheet>(8);
    let body = ChunkWriter::new(tx.clone());
    let writer = tokio::task::spawn_blocking(move || -> Result<(), ExportError> {
        use rust_xlsxwriter::{Format, Workbook};
        let mut workbook = Workbook::new();
        workbook.set_tempdir(&dir)?;
        workbook.set_zip_compression_level(1);
        let bold = Format::new().set_bold();
        let sheet = workbook.add_worksheet_with_constant_memory()?;
        for (col, name) in (0u16..).zip(header) {
            sheet.write_string_with_format(0, col, *name, &bold)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        let mut row = 0u32;
        loop {
            match sheet_rx.blocking_recv() {
                Some(ToSheet::Rows(batch)) => {
                    for cells in batch {
                        row += 1;
                        write_xlsx_row(sheet, row, cells)?;
                    }
                }
                Some(ToSheet::Done) => break,
                None => return Ok(()),
            }
        }
        let mut body = body;
        if let Err(e) = workbook.save_to_writer(&mut body) {
            return Err(if body.gone {
                ExportError::Gone
            } else {
                e.into()
            });
        }
        body.finish()
    });
    let mut failed = None;
    let mut batch = Vec::with_capacity(XLSX_BATCH);
    while let Some(row) = rows.next().await {
        match row {
            Ok(cells) => {
                batch.push(cells);
                if batch.len() == XLSX_BATCH {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(XLSX_BATCH));
                    if sheet_tx.send(ToSheet::Rows(full)).await.is_err() {
                        break;
                    }
                }
            }
            Err(e) => {
                failed = Some(e);
                break;
            }
        }
    }
    if failed.is_none() {
        // A send fails only when the writer has stopped; its own error is reported below.
        let _ = sheet_tx.send(ToSheet::Rows(batch)).await;
        let _ = sheet_tx.send(ToSheet::Done).await;
    }
    drop(sheet_tx);
    let written = writer
        .await
        .map_err(|e| ExportError::Write(e.to_string()))?;
    if let Some(e) = failed {
        return Err(e.into());
    }
    written
}

fn write_xlsx_row(
    sheet: &mut rust_xlsxwriter::Worksheet,
    row: u32,
    cells: Vec<Cell>,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    for (col, cell) in (0u16..).zip(cells) {
        match cell {
            Cell::Text(s) => {
                sheet.write_string(row, col, s)?;
            }
            Cell::Int(n) => {
                // Exact in a double up to 2^53; ids and counts are far below.
                #[allow(clippy::cast_precision_loss)]
                sheet.write_number(row, col, n as f64)?;
            }
            Cell::Float(v) => {
                sheet.write_number(row, col, v)?;
            }
            Cell::Bool(b) => {
                sheet.write_boolean(row, col, b)?;
            }
            Cell::Empty => {}
        }
    }
    Ok(())
}

/// The body as a `std::io::Write` for a blocking thread: bytes are sent in chunks; a
/// client that went away is a broken pipe, which stops the writer.
struct ChunkWriter {
    tx: Chunks,
    buf: Vec<u8>,
    gone: bool,
}

impl ChunkWriter {
    fn new(tx: Chunks) -> Self {
        ChunkWriter {
            tx,
            buf: Vec::with_capacity(CHUNK),
            gone: false,
        }
    }

    fn send_buffered(&mut self) -> std::io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = std::mem::replace(&mut self.buf, Vec::with_capacity(CHUNK));
        if self.tx.blocking_send(Ok(Bytes::from(chunk))).is_err() {
            self.gone = true;
            return Err(std::io::ErrorKind::BrokenPipe.into());
        }
        Ok(())
    }

    /// Sends what is left; `Gone` when the client left before the end.
    fn finish(mut self) -> Result<(), ExportError> {
        match self.send_buffered() {
            Ok(()) => Ok(()),
            Err(_) if self.gone => Err(ExportError::Gone),
            Err(e) => Err(e.into()),
        }
    }
}

impl std::io::Write for ChunkWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.buf.extend_from_slice(bytes);
        if self.buf.len() >= CHUNK {
            self.send_buffered()?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
