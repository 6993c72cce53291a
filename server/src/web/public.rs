//! Pages for visitors, who have no account: the home page for now.

use actix_web::HttpResponse;
use chrono::Utc;
use serde::Serialize;

use super::{AppError, PageContext};
use crate::db;
use crate::db::events::CategoryRecord;
use crate::domain::event::Event;
use crate::i18n::{Locale, format_date_time};

pub fn routes(r: &mut super::Routes) {
    r.get("/", home);
}

#[derive(Serialize)]
struct HomePage {
    event: Option<EventView>,
    /// Events whose results are public, each linking to its winners page.
    results: Vec<ResultsLink>,
}

#[derive(Serialize)]
struct ResultsLink {
    text: String,
    href: String,
}

#[derive(Serialize)]
struct EventView {
    name: String,
    phase: &'static str,
    phase_name: String,
    deadline: Option<DeadlineView>,
    categories: Vec<CategoryView>,
    /// Creators may enter projects now (the phase, before the deadline).
    accepting: bool,
}

#[derive(Serialize)]
struct DeadlineView {
    /// Sentence naming the milestone and its date, translated.
    text: String,
    /// Machine-readable moment for `<time datetime>`.
    iso: String,
    /// Whole days left, translated ("12 days left").
    countdown: String,
}

#[derive(Serialize)]
struct CategoryView {
    slug: String,
    name: String,
    description: String,
}

#[tracing::instrument(skip_all)]
async fn home(ctx: PageContext) -> Result<HttpResponse, AppError> {
    let locale = &ctx.locale;
    let mut conn = ctx.conn().await?;
    let event = match db::events::current(&mut conn).await? {
        Some(event) => {
            let categories = db::events::categories(&mut conn, event.id).await?;
            Some(event_view(&event, &categories, locale.locale))
        }
        None => None,
    };
    let results = db::events::all(&mut conn)
        .await?
        .into_iter()
        .filter(|e| e.phase.permissions().results_public)
        .map(|e| ResultsLink {
            text: locale
                .locale
                .t_args("winners-title", &[("event", e.name.clone().into())]),
            href: format!("/winners/{}", e.slug.as_str()),
        })
        .collect();
    drop(conn);
    let page = HomePage { event, results };
    ctx.render("public/home.html", locale.locale.t("site-name"), &page)
}

fn event_view(event: &Event, categories: &[CategoryRecord], l: Locale) -> EventView {
    let deadline = event.next_deadline().map(|at| {
        let days_left = (at - Utc::now()).num_days().max(0);
        DeadlineView {
            text: l.t_args(
                &format!("deadline-{}", event.phase.as_str()),
                &[("date", format_date_time(at, event.timezone.tz(), l).into())],
            ),
            iso: at.to_rfc3339(),
            countdown: l.t_args("countdown-days", &[("days", days_left.into())]),
        }
    });
    EventView {
        name: event.name.clone(),
        phase: event.phase.as_str(),
        phase_name: l.t(&event.phase.name_key()),
        deadline,
        accepting: event.phase.permissions().creators_may_submit
            && Utc::now() < event.schedule.submission_deadline(),
        categories: categories.iter().map(|c| category_view(c, l)).collect(),
    }
}

/// A category's name in the visitor's language (its identifier as a last resort).
pub fn category_name(category: &CategoryRecord, l: Locale) -> String {
    crate::i18n::localized(&category.names, &category.slug.name_key(), l)
        .unwrap_or_else(|| category.slug.to_string())
}

fn category_view(category: &CategoryRecord, l: Locale) -> CategoryView {
    CategoryView {
        slug: category.slug.to_string(),
        name: category_name(category, l),
        description: crate::i18n::localized(
            &category.descriptions,
            &category.slug.description_key(),
            l,
        )
        .unwrap_or_default(),
    }
}
