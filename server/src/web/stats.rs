//! The statistics dashboard (`/organizer/stats`) and the same figures in the API
//! (`GET /api/v1/events/{event}/statistics`, scope `events:read`): each chart drawn on
//! the server (`web::charts`) beside a table with its numbers.

use actix_web::{HttpResponse, web};
use serde::Serialize;

use super::api::{ApiCaller, event_named};
use super::charts::{Bar, columns, horizontal_bars};
use super::context::PageContext;
use super::guards::OrganizerUser;
use super::public::category_name;
use super::router::Routes;
use super::{AppError, AppState};
use crate::db;
use crate::domain::ApiScope;
use crate::domain::event::Event;
use crate::domain::stats::{Dashboard, GroupCount};
use crate::i18n::{Locale, country_name, format_decimal, format_number, language_name};

/// Countries drawn in the chart (the table lists them all).
const CHART_COUNTRIES: usize = 15;

pub fn routes(r: &mut Routes) {
    r.get("/organizer/stats", page);
    r.get("/api/v1/events/{event}/statistics", api);
}

/// Every figure of the event, counted now.
async fn dashboard(state: &AppState, event: &Event) -> Result<Dashboard, AppError> {
    let mut conn = state.conn().await?;
    let id = event.id.0;
    let participation = db::stats::participation(&mut conn, id).await?;
    let (categories, languages) = db::stats::projects_by(&mut conn, id).await?;
    let per_day = db::stats::submissions_per_day(&mut conn, id, event.timezone.name()).await?;
    let funnel = db::stats::funnel(&mut conn, id).await?;
    let judging = db::stats::judging(&mut conn, id).await?;
    Ok(Dashboard::assemble(
        event.slug.as_str().to_owned(),
        &participation,
        categories,
        languages,
        &per_day,
        funnel,
        judging,
    ))
}

async fn api(
    caller: ApiCaller,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    caller.require(ApiScope::EventsRead)?;
    let event = event_named(&state, &path).await?;
    Ok(HttpResponse::Ok().json(dashboard(&state, &event).await?))
}

#[derive(Serialize)]
struct StatsPage {
    event: String,
    figures: Vec<Figure>,
    sections: Vec<Section>,
}

#[derive(Serialize)]
struct Figure {
    label: String,
    value: String,
}

#[derive(Serialize)]
struct Section {
    id: &'static str,
    heading: String,
    /// The chart, an SVG document drawn by plotters (its text escaped by it).
    chart: String,
    columns: Vec<String>,
    rows: Vec<Vec<String>>,
}

fn percent(share: Option<f64>, l: Locale) -> String {
    share.map_or_else(
        || "—".to_owned(),
        |s| {
            l.t_args(
                "stats-percent",
                &[("value", format_decimal(s * 100.0, 1, l).into())],
            )
        },
    )
}

/// A section of labelled counts: bars drawn and the same rows in the table.
fn bars_section(
    id: &'static str,
    heading: String,
    columns: Vec<String>,
    rows: Vec<(String, i64, Option<String>)>,
    chart_rows: usize,
    l: Locale,
) -> Result<Section, AppError> {
    let bars: Vec<Bar> = rows
        .iter()
        .take(chart_rows)
        .map(|(label, value, _)| Bar {
            label: label.clone(),
            value: *value,
        })
        .collect();
    Ok(Section {
        id,
        heading,
        chart: horizontal_bars(&bars, l)?,
        columns,
        rows: rows
            .into_iter()
            .map(|(label, value, share)| {
                let mut row = vec![label, format_number(value, l)];
                row.extend(share);
                row
            })
            .collect(),
    })
}

fn groups(
    rows: &[GroupCount],
    key: impl Fn(&str) -> String,
    l: Locale,
) -> Vec<(String, i64, Option<String>)> {
    rows.iter()
        .map(|g| (key(g.group), g.creators, Some(percent(g.share, l))))
        .collect()
}

async fn page(ctx: PageContext, _organizer: OrganizerUser) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let (event, categories) = {
        let mut conn = ctx.conn().await?;
        let event = db::events::current(&mut conn)
            .await?
            .ok_or(AppError::NoEvent)?;
        let categories = db::events::categories(&mut conn, event.id).await?;
        (event, categories)
    };
    let d = dashboard(&ctx.state, &event).await?;
    let girls = d.gender.first().and_then(|g| g.share);
    let unknown = d.gender.last().and_then(|g| g.share);
    let figures = vec![
        Figure {
            label: l.t("stats-creators"),
            value: format_number(d.creators, l),
        },
        Figure {
            label: l.t("stats-projects"),
            value: format_number(d.projects, l),
        },
        Figure {
            label: l.t("stats-countries"),
            value: format_number(d.countries, l),
        },
        Figure {
            label: l.t("stats-girls"),
            value: percent(girls, l),
        },
        Figure {
            label: l.t("stats-gender-unknown-share"),
            value: percent(unknown, l),
        },
    ];
    let creators_columns = || {
        vec![
            l.t("stats-group"),
            l.t("stats-creators"),
            l.t("stats-share"),
        ]
    };
    let count_columns = |first: &str, second: &str| vec![l.t(first), l.t(second)];
    let mut sections = vec![
        bars_section(
            "gender",
            l.t("stats-gender-heading"),
            creators_columns(),
            groups(
                &d.gender,
                |g| l.t(&format!("stats-gender-{}", g.replace('_', "-"))),
                l,
            ),
            usize::MAX,
            l,
        )?,
        bars_section(
            "ages",
            l.t("stats-ages-heading"),
            creators_columns(),
            groups(&d.age_groups, |g| l.t(&format!("age-bracket-{g}")), l),
            usize::MAX,
            l,
        )?,
        bars_section(
            "categories",
            l.t("stats-categories-heading"),
            count_columns("stats-category", "stats-projects"),
            d.categories
                .iter()
                .map(|c| {
                    let name = categories
                        .iter()
                        .find(|r| r.slug.as_str() == c.key)
                        .map_or_else(|| c.key.clone(), |r| category_name(r, l));
                    (name, c.count, None)
                })
                .collect(),
            usize::MAX,
            l,
        )?,
        bars_section(
            "languages",
            l.t("stats-languages-heading"),
            count_columns("stats-language", "stats-projects"),
            d.languages
                .iter()
                .map(|c| {
                    let name = if c.key.is_empty() {
                        l.t("stats-language-none")
                    } else {
                        language_name(&c.key, l)
                    };
                    (name, c.count, None)
                })
                .collect(),
            usize::MAX,
            l,
        )?,
        bars_section(
            "countries",
            l.t("stats-countries-heading"),
            count_columns("stats-country", "stats-creators"),
            d.per_country
                .iter()
                .map(|c| (country_name(&c.key, l), c.count, None))
                .collect(),
            CHART_COUNTRIES,
            l,
        )?,
    ];
    let days: Vec<Bar> = d
        .submissions_per_day
        .iter()
        .map(|day| Bar {
            label: day.day.format("%m-%d").to_string(),
            value: day.projects,
        })
        .collect();
    sections.push(Section {
        id: "days",
        heading: l.t("stats-days-heading"),
        chart: columns(&days, l)?,
        columns: count_columns("stats-day", "stats-submissions"),
        rows: d
            .submissions_per_day
            .iter()
            .map(|day| {
                vec![
                    day.day.format("%Y-%m-%d").to_string(),
                    format_number(day.projects, l),
                ]
            })
            .collect(),
    });
    sections.push(bars_section(
        "funnel",
        l.t("stats-funnel-heading"),
        count_columns("stats-stage", "stats-projects"),
        d.funnel
            .stages()
            .into_iter()
            .map(|(key, n)| (l.t(key), n, None))
            .collect(),
        usize::MAX,
        l,
    )?);
    let j = &d.judging;
    sections.push(bars_section(
        "judging",
        l.t("stats-judging-heading"),
        count_columns("stats-measure", "stats-count"),
        vec![
            (l.t("stats-judging-volunteers"), j.volunteers, None),
            (l.t("stats-judging-published"), j.published, None),
            (l.t("stats-judging-scored-twice"), j.scored_twice, None),
            (l.t("stats-judging-assignments"), j.assignments, None),
            (l.t("stats-judging-scores"), j.scores, None),
        ],
        usize::MAX,
        l,
    )?);
    ctx.render(
        "organizer/stats.html",
        l.t("stats-heading"),
        &StatsPage {
            event: event.name,
            figures,
            sections,
        },
    )
}
