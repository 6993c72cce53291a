//! Deterministic demo data for `make run`, screenshots and benchmarks.
//!
//! Everything is derived from fixed values and the current date (so the demo event is
//! always mid-shortlisting, and last year's fully judged); running it twice changes
//! nothing. Later features extend
//! it: every table a visitor or user would see filled gets realistic demo rows here.

use std::fmt;

use anyhow::Context as _;
use chrono::{Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use sqlx::PgPool;

pub mod judging;
pub mod projects;

use crate::auth::password;
use crate::db;
use crate::db::users::NewCreator;
use crate::domain::account::{
    BirthMonth, Country, DisplayName, EmailAddress, Gender, InputError, NewPassword, PersonName,
    Role,
};
use crate::domain::event::NewEvent;
use crate::domain::{
    CategorySlug, ConsentAge, DEFAULT_CATEGORIES, EventSlug, LanguageTag, Phase, PhaseSchedule,
    Timezone,
};
use crate::media::Storage;

/// Languages projects in the demo event may be written in.
const DEMO_LANGUAGES: &[&str] = &[
    "en", "es", "fr", "pt", "de", "it", "nl", "pl", "uk", "tr", "ar", "hi", "bn", "ja", "ko",
    "zh-Hans", "sw", "el",
];

/// The password of every demo account (printed by `make run`; demo data only).
pub const DEMO_PASSWORD: &str = "showcase-demo-2026";

/// A demo account: email, display name, role, and for creators their profile
/// (first name, surname, birth year, birth month, country, gender).
struct DemoAccount {
    email: &'static str,
    name: &'static str,
    role: Role,
    profile: Option<(
        &'static str,
        &'static str,
        i32,
        u32,
        &'static str,
        &'static str,
    )>,
    children: &'static [(
        &'static str,
        &'static str,
        &'static str,
        i32,
        u32,
        &'static str,
        &'static str,
    )],
}

const DEMO_ACCOUNTS: &[DemoAccount] = &[
    DemoAccount {
        email: "organizer@demo.showcase.test",
        name: "Olivia (organizer)",
        role: Role::Organizer,
        profile: None,
        children: &[],
    },
    DemoAccount {
        email: "judge@demo.showcase.test",
        name: "Jonas (judge)",
        role: Role::Judge,
        profile: None,
        children: &[],
    },
    DemoAccount {
        email: "vip.judge@demo.showcase.test",
        name: "Dr. Amara Okafor",
        role: Role::Judge,
        profile: None,
        children: &[],
    },
    DemoAccount {
        email: "lucas.judge@demo.showcase.test",
        name: "Lucas Ferreira",
        role: Role::Judge,
        profile: None,
        children: &[],
    },
    DemoAccount {
        email: "nadia.judge@demo.showcase.test",
        name: "Nadia Benali",
        role: Role::Judge,
        profile: None,
        children: &[],
    },
    DemoAccount {
        email: "ravi.judge@demo.showcase.test",
        name: "Ravi Iyer",
        role: Role::Judge,
        profile: None,
        children: &[],
    },
    DemoAccount {
        email: "yuki.judge@demo.showcase.test",
        name: "Yuki Tanaka",
        role: Role::Judge,
        profile: None,
        children: &[],
    },
    DemoAccount {
        email: "vip2.judge@demo.showcase.test",
        name: "Sofia Marino",
        role: Role::Judge,
        profile: None,
        children: &[],
    },
    DemoAccount {
        email: "parent@demo.showcase.test",
        name: "Elena Rossi",
        role: Role::Adult,
        profile: None,
        children: &[
            ("Giulia", "Rossi", "Giulia R.", 2016, 4, "IT", "female"),
            ("Marco", "Rossi", "Marco", 2018, 9, "IT", "male"),
        ],
    },
    DemoAccount {
        email: "mentor@demo.showcase.test",
        name: "Kenji Sato (club mentor)",
        role: Role::Adult,
        profile: None,
        children: &[
            ("はると", "佐藤", "はると", 2015, 2, "JP", "male"),
            ("さくら", "高橋", "さくら", 2016, 11, "JP", "female"),
        ],
    },
    DemoAccount {
        email: "aylin@demo.showcase.test",
        name: "Aylin",
        role: Role::Creator,
        profile: Some(("Aylin", "Yılmaz", 2010, 3, "TR", "female")),
        children: &[],
    },
    DemoAccount {
        email: "priya@demo.showcase.test",
        name: "प्रिया",
        role: Role::Creator,
        profile: Some(("प्रिया", "शर्मा", 2011, 7, "IN", "female")),
        children: &[],
    },
    DemoAccount {
        email: "omar@demo.showcase.test",
        name: "عمر",
        role: Role::Creator,
        profile: Some(("عمر", "الحسن", 2009, 12, "EG", "male")),
        children: &[],
    },
    DemoAccount {
        email: "lucia@demo.showcase.test",
        name: "Lucía",
        role: Role::Creator,
        profile: Some(("Lucía", "García", 2012, 1, "ES", "female")),
        children: &[],
    },
];

/// The demo accounts, for `make run` to print: (email, role).
pub fn demo_logins() -> Vec<(&'static str, &'static str)> {
    DEMO_ACCOUNTS
        .iter()
        .map(|a| (a.email, a.role.as_str()))
        .collect()
}

/// What the seed did.
#[derive(Debug, Default)]
pub struct SeedReport {
    pub events_created: Vec<String>,
    pub events_skipped: Vec<String>,
    pub accounts_created: usize,
    pub projects_created: usize,
}

/// How much demo content to make.
#[derive(Debug, Clone, Copy)]
pub struct SeedOptions {
    /// Projects in the current demo event.
    pub projects: usize,
    /// How many of them get drawn images (drawing is the slow part).
    pub with_images: usize,
}

impl Default for SeedOptions {
    fn default() -> Self {
        SeedOptions {
            projects: projects::DEFAULT_PROJECTS,
            with_images: 80,
        }
    }
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
        if self.accounts_created > 0 {
            writeln!(f, "created {} demo accounts", self.accounts_created)?;
        }
        if self.projects_created > 0 {
            writeln!(f, "created {} demo projects", self.projects_created)?;
        }
        Ok(())
    }
}

/// Creates the demo events (this year's, open for submissions, and last year's, archived)
/// unless they exist.
#[tracing::instrument(skip_all)]
pub async fn demo(
    pool: &PgPool,
    storage: &dyn Storage,
    options: SeedOptions,
) -> anyhow::Result<SeedReport> {
    let today = Utc::now().date_naive();
    let mut report = SeedReport::default();
    let mut tx = pool.begin().await?;
    let events = demo_events(today)?;
    let [current, previous] = &events[..] else {
        anyhow::bail!("two demo events");
    };
    let mut created = Vec::new();
    // Every demo event is made as it was while open for submissions; its projects go
    // through the same operations as real ones, then its judging (also through the
    // operations), and then it takes its own schedule.
    let open = demo_open_schedule(today)?;
    for event in &events {
        if db::events::exists(&mut tx, &event.slug).await? {
            report.events_skipped.push(event.slug.to_string());
            continue;
        }
        let categories = DEFAULT_CATEGORIES
            .iter()
            .map(|s| CategorySlug::parse(s))
            .collect::<Result<Vec<_>, _>>()?;
        let inserted = NewEvent {
            phase: Phase::SubmissionsOpen,
            schedule: open,
            ..event.clone()
        };
        db::events::insert(&mut tx, &inserted, &categories).await?;
        report.events_created.push(event.slug.to_string());
        created.push(event.slug.clone());
    }
    report.accounts_created = demo_accounts(&mut tx).await?;
    for (event, count, images, seed, stage) in [
        (
            current,
            options.projects,
            options.with_images,
            2026,
            judging::Stage::Shortlisting { percent: 40 },
        ),
        (
            previous,
            options.projects / 4,
            options.with_images / 4,
            2025,
            judging::Stage::Announced,
        ),
    ] {
        if !created.contains(&event.slug) {
            continue;
        }
        let Some(id) = db::events::id_by_slug(&mut tx, &event.slug).await? else {
            continue;
        };
        report.projects_created +=
            projects::demo_projects(&mut tx, storage, id, count, images, seed).await?;
        judging::demo_judging(&mut tx, id, stage, seed).await?;
        if event.phase == Phase::Archived {
            let org = db::users::with_role(&mut tx, Role::Organizer).await?;
            if let Some(org) = org.first() {
                let actor = crate::operations::Actor::account(
                    *org,
                    vec![Role::Organizer],
                    crate::operations::Via::Seed,
                    None,
                );
                crate::operations::events::move_phase_in(
                    &mut tx,
                    &actor,
                    id,
                    Phase::Archived,
                    false,
                    "",
                )
                .await
                .map_err(|e| anyhow::anyhow!("archiving the demo event: {e:?}"))?;
            }
        }
        db::events::set_phase_and_schedule(&mut tx, id, event.phase, &event.schedule).await?;
        crate::publication::refresh_event(&mut tx, id).await?;
    }
    tx.commit().await?;
    Ok(report)
}

/// Creates the demo accounts that do not exist yet; all verified, all with DEMO_PASSWORD.
async fn demo_accounts(tx: &mut sqlx::PgConnection) -> anyhow::Result<usize> {
    let today = Utc::now().date_naive();
    let mut hash = None;
    let mut created = 0;
    for account in DEMO_ACCOUNTS {
        let email = EmailAddress::parse(account.email).map_err(|e| anyhow::anyhow!("{e}"))?;
        if db::users::by_email(tx, &email).await?.is_some() {
            continue;
        }
        if hash.is_none() {
            let password = NewPassword::parse(DEMO_PASSWORD).map_err(|e| anyhow::anyhow!("{e}"))?;
            hash = Some(password::hash(password).await?);
        }
        let name = DisplayName::parse(account.name).map_err(|e| anyhow::anyhow!("{e}"))?;
        let Some(user) =
            db::users::insert_user(tx, &email, hash.as_deref(), &name, "en", true).await?
        else {
            continue;
        };
        db::users::grant_role(tx, user, account.role, None).await?;
        if let Some((first, surname, year, month, country, gender)) = account.profile {
            let profile = demo_creator(first, surname, first, year, month, country, gender, today)?;
            db::users::insert_creator(tx, &profile, Some(user), None).await?;
        }
        for &(first, surname, display, year, month, country, gender) in account.children {
            let profile =
                demo_creator(first, surname, display, year, month, country, gender, today)?;
            db::users::insert_creator(tx, &profile, None, Some(user)).await?;
        }
        created += 1;
    }
    Ok(created)
}

#[expect(
    clippy::too_many_arguments,
    reason = "mirrors the columns of the demo table"
)]
fn demo_creator(
    first: &str,
    surname: &str,
    display: &str,
    year: i32,
    month: u32,
    country: &str,
    gender: &str,
    today: NaiveDate,
) -> anyhow::Result<NewCreator> {
    let err = |e: InputError| anyhow::anyhow!("demo data: {e}");
    Ok(NewCreator {
        first_name: PersonName::parse(first).map_err(err)?,
        surname: PersonName::parse(surname).map_err(err)?,
        display_name: DisplayName::parse(display).map_err(err)?,
        birth: BirthMonth::parse(&year.to_string(), &month.to_string(), today).map_err(err)?,
        country: Country::parse(country).map_err(err)?,
        gender: Gender::parse(gender, "").map_err(err)?,
    })
}

/// The demo events for a given day: the current one is mid-shortlisting (submissions
/// closed 20 days before `today`, favourites begin 10 days after); last year's is archived.
/// The first one's schedule while open (submissions close 45 days after `today`) is what
/// the seed makes both with before they move on.
pub fn demo_events(today: NaiveDate) -> anyhow::Result<Vec<NewEvent>> {
    let current_open = today - Duration::days(95);
    let previous_open = current_open - Duration::days(365);
    Ok(vec![
        demo_event(current_open, Phase::Shortlisting)?,
        demo_event(previous_open, Phase::Archived)?,
    ])
}

/// The schedule of an event open for submissions on `today` (opened 30 days before,
/// closing 45 days after): what the seed makes the demo events with.
pub fn demo_open_schedule(today: NaiveDate) -> anyhow::Result<PhaseSchedule> {
    Ok(demo_event(today - Duration::days(30), Phase::SubmissionsOpen)?.schedule)
}

/// A demo event that opened for submissions on `open`, in `phase`.
fn demo_event(open: NaiveDate, phase: Phase) -> anyhow::Result<NewEvent> {
    let timezone = Timezone::parse("Europe/London")?;
    let languages = DEMO_LANGUAGES
        .iter()
        .map(|t| LanguageTag::parse(t))
        .collect::<Result<Vec<_>, _>>()?;
    let year = (open + Duration::days(120)).year();
    // Phases start at 17:00 in London: after school, before the evening.
    let at = |d: NaiveDate| {
        timezone
            .tz()
            .from_local_datetime(&d.and_time(NaiveTime::from_hms_opt(17, 0, 0).unwrap_or_default()))
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
        content_languages: languages,
    })
}

/// Verified teen creator accounts `bench-<i>@bench.showcase.test` (password
/// `DEMO_PASSWORD`) for load benchmarks; existing ones are kept. Returns how many exist.
pub async fn bench_creators(pool: &PgPool, count: usize) -> anyhow::Result<usize> {
    let today = Utc::now().date_naive();
    let password = NewPassword::parse(DEMO_PASSWORD).map_err(|e| anyhow::anyhow!("{e}"))?;
    let hash = password::hash(password).await?;
    let mut tx = pool.begin().await?;
    for i in 0..count {
        let email = EmailAddress::parse(&format!("bench-{i}@bench.showcase.test"))
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        if db::users::by_email(&mut tx, &email).await?.is_some() {
            continue;
        }
        let name = DisplayName::parse(&format!("Bench {i}")).map_err(|e| anyhow::anyhow!("{e}"))?;
        let Some(user) =
            db::users::insert_user(&mut tx, &email, Some(&hash), &name, "en", true).await?
        else {
            continue;
        };
        db::users::grant_role(&mut tx, user, Role::Creator, None).await?;
        let profile = demo_creator(
            "Bench",
            "Creator",
            &format!("Bench {i}"),
            2011,
            5,
            "GB",
            "",
            today,
        )?;
        db::users::insert_creator(&mut tx, &profile, Some(user), None).await?;
    }
    tx.commit().await?;
    Ok(count)
}
