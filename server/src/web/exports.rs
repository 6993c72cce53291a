//! Exports, for the console (`/organizer/exports`) and the token API
//! (`/api/v1/events/{event}/exports/{what}`): both take the same rows through the same
//! operation (`operations::exports::download`, the audit row) and stream the same bytes.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::http::header;
use serde::{Deserialize, Serialize};

use super::context::PageContext;
use super::csrf::CsrfForm;
use super::forms::{Field, FormErrors, SelectOption};
use super::guards::OrganizerUser;
use super::pages::FormPage;
use super::router::Routes;
use super::{AppError, AppState};
use crate::db;
use crate::domain::account::InputError;
use crate::domain::event::Event;
use crate::domain::export::{Cell, ExportFormat, ExportKind, ExportPurpose};
use crate::exports::Source;
use crate::operations::{self, Actor};

pub fn routes(r: &mut Routes) {
    r.get("/organizer/exports", page);
    r.post("/organizer/exports", download);
}

const SHORTLIST_HEADER: &[&str] = &[
    "category",
    "project",
    "title",
    "rank",
    "tied",
    "normalised_score",
    "raw_mean",
    "judges",
    "on_shortlist",
    "status",
    "reason",
];

const FAVOURITES_HEADER: &[&str] = &["judge", "category", "position", "project", "title", "quote"];

/// Where the rows of `kind` come from: a statement, or rows computed now.
async fn source(state: &AppState, event: &Event, kind: ExportKind) -> Result<Source, AppError> {
    let (header, rows): (&'static [&'static str], Vec<Vec<Cell>>) = match kind {
        // Read straight from the database as the download goes.
        ExportKind::Projects
        | ExportKind::Creators
        | ExportKind::Consents
        | ExportKind::Scores
        | ExportKind::Awards
        | ExportKind::Certificates => {
            return Ok(Source::Database {
                kind,
                event: event.id.0,
            });
        }
        ExportKind::RunOfShow => {
            let show = super::livestream::run_of_show(state, event).await?;
            (&crate::domain::livestream::CSV_HEADER, show.table())
        }
        ExportKind::Shortlist => {
            let mut conn = state.conn().await?;
            let list = operations::judging::shortlist(&mut conn, event.id.0).await?;
            let rows = list
                .categories
                .iter()
                .flat_map(|(slug, c)| {
                    let titles = &list.titles;
                    c.entries.iter().map(move |e| {
                        vec![
                            slug.as_str().into(),
                            e.project.into(),
                            titles.get(&e.project).cloned().unwrap_or_default().into(),
                            e.rank.and_then(|r| i64::try_from(r).ok()).into(),
                            e.tied.into(),
                            e.normalised_score
                                .map(|v| (v * 1000.0).round() / 1000.0)
                                .into(),
                            e.raw_mean.map(|v| (v * 100.0).round() / 100.0).into(),
                            i64::try_from(e.judge_count).unwrap_or(i64::MAX).into(),
                            e.on_shortlist.into(),
                            e.status.code().into(),
                            e.status.reason().into(),
                        ]
                    })
                })
                .collect();
            (SHORTLIST_HEADER, rows)
        }
        ExportKind::Favourites => {
            let mut conn = state.conn().await?;
            let rows = operations::favourites::vip_favourites(&mut conn, event.id.0)
                .await?
                .into_iter()
                .flat_map(|v| {
                    let name = v.display_name;
                    v.picks.into_iter().map(move |p| {
                        vec![
                            name.as_str().into(),
                            p.category.into(),
                            i32::from(p.position).into(),
                            p.project.into(),
                            p.title.into(),
                            p.quote.into(),
                        ]
                    })
                })
                .collect();
            (FAVOURITES_HEADER, rows)
        }
    };
    Ok(Source::Rows { header, rows })
}

/// Audits the download (one row, before the first byte) and answers with the export as
/// an attachment, streamed.
pub(crate) async fn respond(
    state: &AppState,
    actor: &Actor,
    event: &Event,
    kind: ExportKind,
    format: ExportFormat,
    purpose: Option<ExportPurpose>,
) -> Result<HttpResponse, AppError> {
    let source = source(state, event, kind).await?;
    operations::exports::download(&state.ops, actor, event, kind, format, purpose).await?;
    Ok(attachment(
        state,
        source,
        format,
        &format!("{}-{}", kind.as_str(), event.slug.as_str()),
    ))
}

/// An export as a download named `name.<format>`, streamed, never stored by a cache.
pub(crate) fn attachment(
    state: &AppState,
    source: Source,
    format: ExportFormat,
    name: &str,
) -> HttpResponse {
    let body = crate::exports::stream(state.pool.clone(), source, format, None);
    HttpResponse::Ok()
        .content_type(format.content_type())
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}.{}\"", format.as_str()),
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .streaming(body)
}

#[derive(Serialize)]
struct ExportsPage {
    event: String,
    exports: Vec<ExportView>,
    form: FormPage,
}

#[derive(Serialize)]
struct ExportView {
    name: String,
    text: String,
    personal: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DownloadForm {
    kind: String,
    format: String,
    purpose: String,
}

fn options<T: Copy>(
    all: &[T],
    value: fn(T) -> &'static str,
    label: impl Fn(T) -> String,
) -> Vec<SelectOption> {
    all.iter()
        .map(|&x| SelectOption {
            value: value(x).to_owned(),
            label: label(x),
        })
        .collect()
}

async fn render(
    ctx: &PageContext,
    values: &DownloadForm,
    errors: &FormErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let event = {
        let mut conn = ctx.conn().await?;
        db::events::current(&mut conn)
            .await?
            .ok_or(AppError::NoEvent)?
    };
    let mut fields = vec![
        Field::new(l, "kind", "select", "field-export-kind")
            .required()
            .value(&values.kind)
            .options(options(&ExportKind::ALL, ExportKind::as_str, |k| {
                l.t(k.name_key())
            })),
        Field::new(l, "format", "select", "field-export-format")
            .required()
            .value(if values.format.is_empty() {
                "csv"
            } else {
                &values.format
            })
            .options(format_options(l)),
        Field::new(l, "purpose", "select", "field-export-purpose")
            .value(&values.purpose)
            .options(options(&ExportPurpose::ALL, ExportPurpose::as_str, |p| {
                l.t(p.name_key())
            }))
            .with_placeholder(l)
            .hint(l, "export-purpose-hint"),
    ];
    errors.apply(l, &mut fields);
    let form = FormPage::new(
        l.t("exports-download-heading"),
        "/organizer/exports",
        l.t("exports-download"),
        fields,
    )
    .errors(l, errors);
    let exports = ExportKind::ALL
        .iter()
        .map(|&kind| ExportView {
            name: l.t(kind.name_key()),
            text: l.t(&format!("{}-text", kind.name_key())),
            personal: kind.is_personal(),
        })
        .collect();
    ctx.render_status(
        status,
        "organizer/exports.html",
        l.t("exports-heading"),
        &ExportsPage {
            event: event.name,
            exports,
            form,
        },
    )
}

async fn page(ctx: PageContext, _organizer: OrganizerUser) -> Result<HttpResponse, AppError> {
    render(
        &ctx,
        &DownloadForm::default(),
        &FormErrors::default(),
        StatusCode::OK,
    )
    .await
}

/// One download from the console (a form, so every download is a deliberate POST).
async fn download(
    ctx: PageContext,
    organizer: OrganizerUser,
    form: CsrfForm<DownloadForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let mut errors = FormErrors::default();
    let kind = ExportKind::parse(&form.kind);
    if kind.is_none() {
        errors.add("kind", InputError("error-export-kind"));
    }
    let format = ExportFormat::parse(&form.format);
    if format.is_none() {
        errors.add("format", InputError("error-export-format"));
    }
    let purpose = ExportPurpose::parse(&form.purpose);
    if !form.purpose.is_empty() && purpose.is_none() {
        errors.add("purpose", InputError("error-export-purpose-unknown"));
    }
    let (Some(kind), Some(format), true) = (kind, format, errors.is_empty()) else {
        return render(&ctx, &form, &errors, StatusCode::BAD_REQUEST).await;
    };
    let event = {
        let mut conn = ctx.conn().await?;
        db::events::current(&mut conn)
            .await?
            .ok_or(AppError::NoEvent)?
    };
    let actor = ctx.actor(&organizer.0);
    match respond(&ctx.state, &actor, &event, kind, format, purpose).await {
        Err(AppError::Invalid(problems)) => {
            for (field, key) in problems {
                errors.add(field, InputError(key));
            }
            render(&ctx, &form, &errors, StatusCode::BAD_REQUEST).await
        }
        other => other,
    }
}

/// The API's `what` and `?format=`/`?purpose=`, parsed.
pub(crate) fn parse_request(
    what: &str,
    format: Option<&str>,
    purpose: Option<&str>,
) -> Result<(ExportKind, ExportFormat, Option<ExportPurpose>), AppError> {
    let kind = ExportKind::parse(what).ok_or(AppError::InvalidParameter {
        parameter: "what",
        reason: "error-api-export-unknown",
    })?;
    let format = parse_format(format)?;
    let purpose = match purpose {
        None | Some("") => None,
        Some(p) => Some(ExportPurpose::parse(p).ok_or(AppError::InvalidParameter {
            parameter: "purpose",
            reason: "error-export-purpose-unknown",
        })?),
    };
    Ok((kind, format, purpose))
}

/// An API's `?format=` (CSV when absent).
pub(crate) fn parse_format(format: Option<&str>) -> Result<ExportFormat, AppError> {
    match format {
        None => Ok(ExportFormat::Csv),
        Some(f) => ExportFormat::parse(f).ok_or(AppError::InvalidParameter {
            parameter: "format",
            reason: "error-api-format",
        }),
    }
}

/// The formats as choices of a select, in the page's language.
pub(crate) fn format_options(l: crate::i18n::Locale) -> Vec<SelectOption> {
    options(&ExportFormat::ALL, ExportFormat::as_str, |f| {
        l.t(&format!("export-format-{}", f.as_str()))
    })
}
