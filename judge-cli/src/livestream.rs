//! `judge-cli livestream --out DIR`: the run of show for the production team, as JSON and
//! CSV, with every thumbnail and judge photo it names.
//!
//! Downloads are verified (each image's `Repr-Digest` SHA-256 against the bytes
//! received), written under a temporary name and renamed, and recorded in
//! `manifest.json`; a second run re-checks the files on disk against the manifest and
//! fetches only what is missing or does not match, so an interrupted download resumes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use indicatif::{ProgressBar, ProgressStyle};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{CliError, Client};

/// One downloaded file in the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Where it came from (the path on the server).
    pub url: String,
    /// SHA-256 of the file, hex.
    pub sha256: String,
    pub bytes: u64,
}

/// `manifest.json`: every media file by its path under the output folder.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Manifest {
    pub event: String,
    pub files: BTreeMap<String, Entry>,
}

/// What a run did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub out: PathBuf,
    pub embargoed: bool,
    pub segments: usize,
    /// Media files named by the run of show.
    pub media: usize,
    pub downloaded: usize,
    /// Already on disk and matching the manifest.
    pub reused: usize,
    pub bytes: u64,
}

fn io(path: &Path, e: &std::io::Error) -> CliError {
    CliError::Io {
        path: path.display().to_string(),
        reason: e.to_string(),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Writes `bytes` to `path` through a temporary file in the same folder, so a file is
/// either whole or absent.
fn write_whole(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    let part = path.with_extension("part");
    std::fs::write(&part, bytes).map_err(|e| io(&part, &e))?;
    std::fs::rename(&part, path).map_err(|e| io(path, &e))
}

/// Every image address in the run of show: (where it goes under the folder, URL).
pub fn media_of(show: &serde_json::Value) -> Vec<(String, String)> {
    fn walk(v: &serde_json::Value, out: &mut Vec<(String, String)>) {
        match v {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    let folder = match k.as_str() {
                        "thumbnail_url" => Some("images"),
                        "photo_url" => Some("photos"),
                        _ => None,
                    };
                    match (folder, v.as_str()) {
                        (Some(folder), Some(url)) => {
                            // …/{id}/{width} → folder/{id}-{width}.jpg
                            let parts: Vec<&str> =
                                url.trim_end_matches('/').rsplit('/').take(2).collect();
                            let name = match parts.as_slice() {
                                [width, id] => format!("{folder}/{id}-{width}.jpg"),
                                _ => format!("{folder}/{}.jpg", hex(&Sha256::digest(url))),
                            };
                            if !out.iter().any(|(n, _)| *n == name) {
                                out.push((name, url.to_owned()));
                            }
                        }
                        _ => walk(v, out),
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|i| walk(i, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(show, &mut out);
    out
}

/// The SHA-256 a `Repr-Digest` field names (`sha-256=:<base64>:`), hex.
fn digest_of(headers: &reqwest::header::HeaderMap) -> Option<String> {
    let field = headers.get("repr-digest")?.to_str().ok()?;
    let b64 = field
        .split(',')
        .map(str::trim)
        .find_map(|d| d.strip_prefix("sha-256=:"))?
        .strip_suffix(':')?;
    let raw = base64::engine::general_purpose::STANDARD.decode(b64).ok()?;
    Some(hex(&raw))
}

/// Downloads the run of show of `event` into `out`.
pub async fn download(
    client: &Client,
    event: &str,
    out: &Path,
    show_progress: bool,
) -> Result<Report, CliError> {
    for dir in [out.to_path_buf(), out.join("images"), out.join("photos")] {
        std::fs::create_dir_all(&dir).map_err(|e| io(&dir, &e))?;
    }
    let base = format!("/api/v1/events/{event}/livestream");
    let (_, json_bytes) = client.get_bytes(&base).await?;
    let show: serde_json::Value = serde_json::from_slice(&json_bytes)
        .map_err(|e| CliError::Server(format!("the run of show is not JSON: {e}")))?;
    let (_, csv_bytes) = client.get_bytes(&format!("{base}?format=csv")).await?;
    write_whole(&out.join("run-of-show.json"), &json_bytes)?;
    write_whole(&out.join("run-of-show.csv"), &csv_bytes)?;

    let manifest_path = out.join("manifest.json");
    let mut manifest: Manifest = std::fs::read(&manifest_path)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default();
    manifest.event = show["event"]["slug"].as_str().unwrap_or(event).to_owned();
    let media = media_of(&show);
    let bar = if show_progress {
        ProgressBar::new(media.len() as u64)
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template("{spinner} {bar:40} {pos}/{len} images {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let mut report = Report {
        out: out.to_path_buf(),
        embargoed: show["embargoed"].as_bool().unwrap_or(false),
        segments: show["segments"].as_array().map_or(0, Vec::len),
        media: media.len(),
        ..Report::default()
    };
    for (name, url) in &media {
        let path = out.join(name);
        bar.set_message(name.clone());
        let on_disk = std::fs::read(&path).ok().map(|b| hex(&Sha256::digest(&b)));
        let known = manifest.files.get(name);
        if let (Some(have), Some(entry)) = (&on_disk, known)
            && *have == entry.sha256
        {
            report.reused += 1;
            report.bytes += entry.bytes;
            bar.inc(1);
            continue;
        }
        let (headers, bytes) = client.get_bytes(url).await?;
        let got = hex(&Sha256::digest(&bytes));
        match digest_of(&headers) {
            Some(said) if said == got => {}
            Some(said) => {
                return Err(CliError::Verification(format!(
                    "{url}: received SHA-256 {got}, the server sent {said}"
                )));
            }
            None => {
                return Err(CliError::Verification(format!(
                    "{url}: the server sent no Repr-Digest to check against"
                )));
            }
        }
        write_whole(&path, &bytes)?;
        manifest.files.insert(
            name.clone(),
            Entry {
                url: url.clone(),
                sha256: got,
                bytes: bytes.len() as u64,
            },
        );
        // Recorded after every file: an interrupted run resumes from here.
        let m = serde_json::to_vec_pretty(&manifest)
            .map_err(|e| CliError::Server(format!("manifest: {e}")))?;
        write_whole(&manifest_path, &m)?;
        report.downloaded += 1;
        report.bytes += bytes.len() as u64;
        bar.inc(1);
    }
    bar.finish_and_clear();
    let m = serde_json::to_vec_pretty(&manifest)
        .map_err(|e| CliError::Server(format!("manifest: {e}")))?;
    write_whole(&manifest_path, &m)?;
    verify(out, &manifest, &media)?;
    Ok(report)
}

/// Every file the run of show names is on disk with the manifest's SHA-256.
pub fn verify(out: &Path, manifest: &Manifest, media: &[(String, String)]) -> Result<(), CliError> {
    for (name, _) in media {
        let entry = manifest
            .files
            .get(name)
            .ok_or_else(|| CliError::Verification(format!("{name} is not in the manifest")))?;
        let path = out.join(name);
        let bytes = std::fs::read(&path).map_err(|e| io(&path, &e))?;
        if hex(&Sha256::digest(&bytes)) != entry.sha256 {
            return Err(CliError::Verification(format!(
                "{name} does not match the manifest"
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_are_named_by_id_and_width_once_each() {
        let show = serde_json::json!({
            "segments": [
                {"judge": {"photo_url": "http://x/judges/photos/p1/480"},
                 "picks": [{"project": {"thumbnail_url": "http://x/gallery/images/i1/480"}},
                           {"project": {"thumbnail_url": "http://x/gallery/images/i1/480"}},
                           {"project": {"thumbnail_url": null}}]}
            ]
        });
        assert_eq!(
            media_of(&show),
            vec![
                (
                    "photos/p1-480.jpg".to_owned(),
                    "http://x/judges/photos/p1/480".to_owned()
                ),
                (
                    "images/i1-480.jpg".to_owned(),
                    "http://x/gallery/images/i1/480".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn the_digest_field_is_read_as_rfc_9530_says() {
        let mut h = reqwest::header::HeaderMap::new();
        let d = Sha256::digest(b"abc");
        let b64 = base64::engine::general_purpose::STANDARD.encode(d);
        h.insert(
            "repr-digest",
            format!("sha-512=:xx:, sha-256=:{b64}:")
                .parse()
                .expect("header"),
        );
        assert_eq!(digest_of(&h), Some(hex(&d)));
    }
}
