//! Deterministic demo data for `make run`, screenshots and benchmarks.
//!
//! Everything is derived from fixed values and the current date (so the demo event is
//! always open for submissions); running it twice changes nothing. Later features extend
//! it: every table a visitor or user would see filled gets realistic demo rows here.

use std::fmt;

use anyhow::Context as _;
use chrono::{Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use sqlx::PgPool;

use crate::db;
use crate::domain::event::NewEvent;
use crate::domain::{
    CategorySlug, ConsentAge, DEFAULT_CATEGORIES, EventSlug, LanguageTag, Phase, PhaseSchedule,
    Timezone,
};

/// Languages projects in the demo event may be written in.
const DEMO_LANGUAGES: &[&str] = &[
    "en", "es", "fr", "pt", "de", "it", "nl", "pl", "uk", "tr", "ar", "hi", "bn", "ja", "ko",
    "zh-Hans", "sw", "el",
];

/// What the seed did.
#[derive(Debug, Default)]
pub struct SeedReport {
    pub events_created: Vec<String>,
    pub events_skipped: Vec<String>,
}

impl fmt::Display for SeedReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for slug in &self.events_created {
            writeln!(
                f,
                "created demo event {slug} with {} categories",
                DEFAULT_CATEGORIES.len()
            )?;
        }
        for slug in &self.events_skipped {
            writeln!(f, "demo event {slug} exists already; left as it is")?;
        }
        Ok(())
    }
}

/// Creates the demo events (this year's, open for submissions, and last year's, archived)
/// unless they exist.
#[tracing::instrument(skip_all)]
pub async fn demo(pool: &PgPool) -> anyhow::Result<SeedReport> {
    let today = Utc::now().date_naive();
    let mut report = SeedReport::default();
    let mut tx = pool.begin().await?;
    for event in demo_events(today)? {
        if db::events::exists(&mut tx, &event.slug).await? {
            report.events_skipped.push(event.slug.to_string());
            continue;
        }
        let categories = DEFAULT_CATEGORIES
            .iter()
            .map(|s| CategorySlug::parse(s))
            .collect::<Result<Vec<_>, _>>()?;
        db::events::insert(&mut tx, &event, &categories).await?;
        report.events_created.push(event.slug.to_string());
    }
    tx.commit().await?;
    Ok(report)
}

/// The demo events for a given day: the current one opened 30 days before `today` and
/// closes for submissions 45 days after; last year's is archived.
pub fn demo_events(today: NaiveDate) -> anyhow::Result<Vec<NewEvent>> {
    let timezone = Timezone::parse("Europe/London")?;
    let languages = DEMO_LANGUAGES
        .iter()
        .map(|t| LanguageTag::parse(t))
        .collect::<Result<Vec<_>, _>>()?;
    let current_open = today - Duration::days(30);
    let previous_open = current_open - Duration::days(365);
    let make = |open: NaiveDate, phase: Phase| -> anyhow::Result<NewEvent> {
        let year = (open + Duration::days(120)).year();
        // Phases start at 17:00 in London: after school, before the evening.
        let at = |d: NaiveDate| {
            timezone
                .tz()
                .from_local_datetime(
                    &d.and_time(NaiveTime::from_hms_opt(17, 0, 0).unwrap_or_default()),
                )
                .earliest()
                .map(|t| t.with_timezone(&Utc))
                .context("a demo date falls into a clock change gap")
        };
        let schedule = PhaseSchedule::new([
            at(open)?,
            at(open + Duration::days(75))?,
            at(open + Duration::days(90))?,
            at(open + Duration::days(105))?,
            at(open + Duration::days(120))?,
            at(open + Duration::days(300))?,
        ])?;
        Ok(NewEvent {
            slug: EventSlug::parse(&format!("showcase-{year}"))?,
            name: format!("Global Youth Showcase {year}"),
            timezone,
            phase,
            schedule,
            reference_date: open + Duration::days(120),
            consent_age: ConsentAge::DEFAULT,
            content_languages: languages.clone(),
        })
    };
    Ok(vec![
        make(current_open, Phase::SubmissionsOpen)?,
        make(previous_open, Phase::Archived)?,
    ])
}
