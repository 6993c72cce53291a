//! Certificates as PDF: the words of each one in the creator's language (Fluent), set by
//! `render` in the Noto fonts with real shaping, one on demand or all of an event in a
//! zip built by a job with its progress recorded (`db::certificates`).

pub mod render;

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use anyhow::Context as _;
use uuid::Uuid;

use crate::db::certificates::CertificateRecord;
use crate::domain::certificate::{CertificateKind, file_name};
use crate::i18n::{Direction, Locale, format_date, localized};
use render::{Certificate, Design, Fonts};

/// Makes certificates; the fonts are read once, on first use.
pub struct Certificates {
    font_dirs: Vec<PathBuf>,
    fonts: OnceLock<Arc<Fonts>>,
}

/// Category names by slug (the event's own names by locale).
pub type CategoryNames = BTreeMap<String, BTreeMap<String, String>>;

impl Certificates {
    pub fn new(font_dirs: Vec<PathBuf>) -> Self {
        Certificates {
            font_dirs,
            fonts: OnceLock::new(),
        }
    }

    /// The fonts, loaded now if they were not yet (blocking: call off the async threads).
    fn fonts(&self) -> anyhow::Result<Arc<Fonts>> {
        if let Some(f) = self.fonts.get() {
            return Ok(f.clone());
        }
        let loaded = Arc::new(Fonts::load(&self.font_dirs).context("loading certificate fonts")?);
        Ok(self.fonts.get_or_init(|| loaded).clone())
    }

    /// One certificate as PDF bytes.
    pub async fn pdf(
        self: &Arc<Self>,
        record: &CertificateRecord,
        categories: &CategoryNames,
    ) -> anyhow::Result<Vec<u8>> {
        let text = words(record, categories);
        let this = self.clone();
        tokio::task::spawn_blocking(move || render::render(&*this.fonts()?, &text))
            .await
            .context("certificate rendering stopped")?
    }

    /// Every certificate of `records` into a zip written to `out`, calling `progress`
    /// with the count done every `every` certificates and at the end. Runs blocking.
    pub fn zip_blocking(
        &self,
        records: &[CertificateRecord],
        categories: &CategoryNames,
        out: std::fs::File,
        every: usize,
        mut progress: impl FnMut(usize) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let fonts = self.fonts()?;
        let mut zip = zip::ZipWriter::new(out);
        // PDFs are compressed already.
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        let mut names = std::collections::HashSet::new();
        for (i, record) in records.iter().enumerate() {
            let pdf = render::render(&fonts, &words(record, categories))?;
            let mut name = file_name(&record.display_name, &record.kind, record.creator_id);
            if !names.insert(name.clone()) {
                name = file_name(&record.display_name, &record.kind, record.project_id);
            }
            zip.start_file(name, options)?;
            zip.write_all(&pdf)?;
            if (i + 1) % every.max(1) == 0 {
                progress(i + 1)?;
            }
        }
        zip.finish()?;
        progress(records.len())
    }
}

/// The locale a certificate is written in: the creator's, else English.
pub fn locale_of(record: &CertificateRecord) -> Locale {
    Locale::from_code(&record.locale).unwrap_or(Locale::ENGLISH)
}

/// What a certificate says, in the creator's language.
pub fn words(record: &CertificateRecord, categories: &CategoryNames) -> Certificate {
    let l = locale_of(record);
    let category = {
        let key = format!("category-{}", record.category);
        categories
            .get(&record.category)
            .and_then(|names| localized(names, &key, l))
            .or_else(|| l.has(&key).then(|| l.t(&key)))
            .unwrap_or_else(|| record.category.clone())
    };
    let (design, heading, body, detail) = match &record.kind {
        CertificateKind::Participation => (
            Design::Participation,
            l.t("certificate-participation-heading"),
            l.t("certificate-participation-body"),
            l.t_args("certificate-category", &[("category", category.into())]),
        ),
        CertificateKind::Favourite => (
            Design::Favourite,
            l.t("certificate-favourite-heading"),
            l.t("certificate-favourite-body"),
            l.t_args("certificate-category", &[("category", category.into())]),
        ),
        CertificateKind::Award(kind) => (
            Design::Award,
            l.t("certificate-award-heading"),
            l.t("certificate-award-body"),
            l.t(&format!("award-{kind}")),
        ),
    };
    let tz = crate::domain::Timezone::parse(&record.timezone).map_or(chrono_tz::UTC, |t| t.tz());
    let day = record.announced_at.with_timezone(&tz).date_naive();
    Certificate {
        design,
        right_to_left: l.direction() == Direction::Rtl,
        lang: l.code().to_owned(),
        title: format!("{heading} · {}", record.display_name),
        heading,
        presented_to: l.t("certificate-presented-to"),
        name: record.display_name.clone(),
        body,
        project: record.title.clone(),
        detail,
        event: record.event_name.clone(),
        date: format_date(day, l),
        signature: l.t("certificate-signature"),
    }
}

/// The storage key of a batch's zip.
pub fn zip_key(batch: Uuid) -> String {
    format!("certificates/{batch}.zip")
}
