//! Reading the outbox folder back, for the development mailbox page.

use std::path::Path;

use chrono::{DateTime, Utc};
use mail_parser::MessageParser;

/// One email written to the outbox.
#[derive(Debug, Clone, serde::Serialize)]
pub struct OutboxMessage {
    /// File name without `.eml`.
    pub id: String,
    pub to: String,
    pub subject: String,
    pub written_at: DateTime<Utc>,
    pub text: String,
    /// The web addresses in the text, to click on.
    pub links: Vec<String>,
}

/// Every message in the folder, newest first.
pub fn list(dir: &Path) -> std::io::Result<Vec<OutboxMessage>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("eml") {
            continue;
        }
        if let Some(message) = read(&path)? {
            out.push(message);
        }
    }
    out.sort_by(|a, b| {
        b.written_at
            .cmp(&a.written_at)
            .then_with(|| a.id.cmp(&b.id))
    });
    Ok(out)
}

/// One message by id; `None` for ids that are not a file in the folder.
pub fn get(dir: &Path, id: &str) -> std::io::Result<Option<OutboxMessage>> {
    // Ids are the uuids lettre names files with: refuse anything that could leave the folder.
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
        return Ok(None);
    }
    let path = dir.join(format!("{id}.eml"));
    if !path.is_file() {
        return Ok(None);
    }
    read(&path)
}

/// Deletes every message whose address, subject or text names any of `needles` (what
/// identifies someone erased); how many.
pub fn forget(dir: &Path, needles: &[String]) -> std::io::Result<usize> {
    let needles: Vec<String> = needles
        .iter()
        .filter(|n| n.chars().count() >= 3)
        .map(|n| n.to_lowercase())
        .collect();
    let mut removed = 0;
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e),
    };
    for entry in entries {
        let path = entry?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("eml") {
            continue;
        }
        let Some(m) = read(&path)? else { continue };
        let text = format!("{}\n{}\n{}", m.to, m.subject, m.text).to_lowercase();
        if needles.iter().any(|n| text.contains(n.as_str())) {
            std::fs::remove_file(&path)?;
            removed += 1;
        }
    }
    Ok(removed)
}

fn read(path: &Path) -> std::io::Result<Option<OutboxMessage>> {
    let raw = std::fs::read(path)?;
    let written_at: DateTime<Utc> = std::fs::metadata(path)?.modified()?.into();
    let Some(parsed) = MessageParser::default().parse(&raw) else {
        return Ok(None);
    };
    let id = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_owned();
    let to = parsed
        .to()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .unwrap_or_default()
        .to_owned();
    let text = parsed
        .body_text(0)
        .map(|t| t.into_owned())
        .unwrap_or_default();
    let links = text
        .split_whitespace()
        .filter(|w| w.starts_with("http://") || w.starts_with("https://"))
        .map(str::to_owned)
        .collect();
    Ok(Some(OutboxMessage {
        id,
        to,
        subject: parsed.subject().unwrap_or_default().to_owned(),
        written_at,
        text,
        links,
    }))
}
