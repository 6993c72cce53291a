//! Certificates on the site: a creator's (or their adult's) list with downloads, one PDF,
//! and the organizers' page with the bulk zip and its progress.

use actix_web::http::header;
use actix_web::{HttpResponse, web};
use serde::Serialize;
use uuid::Uuid;

use super::context::{PageContext, see_other};
use super::csrf::CsrfForm;
use super::forms::NoFields;
use super::guards::{CurrentUser, OrganizerUser};
use super::router::Routes;
use super::{AppError, parse_id};
use crate::db;
use crate::db::certificates::CertificateRecord;
use crate::domain::certificate::{CertificateKind, download_path};
use crate::i18n::{Locale, format_date_time, format_number};
use crate::operations;

pub fn routes(r: &mut Routes) {
    r.get("/account/certificates", mine);
    r.get("/certificates/{project}/{creator}/{kind}", download);
    r.get("/organizer/certificates", organizer_page);
    r.post("/organizer/certificates/bulk", request_bulk);
    r.get("/organizer/certificates/batches/{batch}", batch_zip);
}

#[derive(Serialize)]
struct CertificateView {
    name: String,
    project: String,
    event: String,
    kind: String,
    href: String,
}

fn kind_label(kind: &CertificateKind, l: Locale) -> String {
    match kind {
        CertificateKind::Participation => l.t("certificate-participation-heading"),
        CertificateKind::Favourite => l.t("certificate-favourite-heading"),
        CertificateKind::Award(k) => l.t(&format!("award-{k}")),
    }
}

fn href(c: &CertificateRecord) -> String {
    download_path(c.project_id, c.creator_id, &c.kind)
}

#[derive(Serialize)]
struct MinePage {
    certificates: Vec<CertificateView>,
}

async fn mine(ctx: PageContext, user: CurrentUser) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let records = operations::certificates::mine(ctx.ops(), &ctx.actor(&user)).await?;
    let page = MinePage {
        certificates: records
            .iter()
            .map(|c| CertificateView {
                name: c.display_name.clone(),
                project: c.title.clone(),
                event: c.event_name.clone(),
                kind: kind_label(&c.kind, l),
                href: href(c),
            })
            .collect(),
    };
    ctx.render(
        "account/certificates.html",
        l.t("certificates-heading"),
        &page,
    )
}

async fn download(
    ctx: PageContext,
    user: CurrentUser,
    path: web::Path<(String, String, String)>,
) -> Result<HttpResponse, AppError> {
    let (project, creator, kind) = path.into_inner();
    let project = parse_id(&project)?;
    let creator = parse_id(&creator)?;
    let kind =
        CertificateKind::parse(kind.trim_end_matches(".pdf")).map_err(|_| AppError::NotFound)?;
    let (name, pdf) =
        operations::certificates::download(ctx.ops(), &ctx.actor(&user), project, creator, &kind)
            .await?;
    Ok(HttpResponse::Ok()
        .content_type("application/pdf")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}\""),
        ))
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .body(pdf))
}

#[derive(Serialize)]
struct BatchView {
    requested: String,
    status: String,
    running: bool,
    done: i32,
    total: i32,
    progress: String,
    download: Option<String>,
    size: Option<String>,
}

#[derive(Serialize)]
struct CountView {
    label: String,
    count: String,
}

#[derive(Serialize)]
struct OrganizerPage {
    event_name: String,
    counts: Vec<CountView>,
    batches: Vec<BatchView>,
    /// A batch is still being built: the page refreshes itself.
    refresh: bool,
}

async fn organizer_page(ctx: PageContext, _o: OrganizerUser) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let mut conn = ctx.conn().await?;
    let event = db::events::current(&mut conn)
        .await?
        .ok_or(AppError::NoEvent)?;
    let counts = db::certificates::counts(&mut conn, event.id.0).await?;
    let batches = db::certificates::batches(&mut conn, event.id.0).await?;
    drop(conn);
    let tz = event.timezone.tz();
    let batches: Vec<BatchView> = batches
        .into_iter()
        .map(|b| {
            let running = matches!(b.status.as_str(), "queued" | "running");
            BatchView {
                requested: format_date_time(b.created_at, tz, l),
                status: l.t(&format!("certificates-batch-{}", b.status)),
                running,
                done: b.done,
                total: b.total,
                progress: l.t_args(
                    "certificates-batch-progress",
                    &[
                        ("done", format_number(b.done.into(), l).into()),
                        ("total", format_number(b.total.into(), l).into()),
                    ],
                ),
                download: b
                    .file_key
                    .as_ref()
                    .map(|_| format!("/organizer/certificates/batches/{}", b.id)),
                size: b.bytes.map(|n| {
                    l.t_args(
                        "certificates-batch-size",
                        &[(
                            "megabytes",
                            format_number((n + 524_288) / 1_048_576, l).into(),
                        )],
                    )
                }),
            }
        })
        .collect();
    let page = OrganizerPage {
        event_name: event.name.clone(),
        counts: counts
            .iter()
            .map(|(k, n)| CountView {
                label: kind_label(k, l),
                count: format_number(*n, l),
            })
            .collect(),
        refresh: batches.iter().any(|b| b.running),
        batches,
    };
    ctx.render(
        "organizer/certificates.html",
        l.t("certificates-heading"),
        &page,
    )
}

async fn request_bulk(
    ctx: PageContext,
    organizer: OrganizerUser,
    _form: CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    let event = ctx.current_event().await?;
    operations::certificates::request_bulk(ctx.ops(), &ctx.actor(&organizer.0), event.id.0).await?;
    ctx.flash("certificates-bulk-queued")?;
    Ok(see_other("/organizer/certificates"))
}

async fn batch_zip(
    ctx: PageContext,
    organizer: OrganizerUser,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let batch: Uuid = parse_id(&path)?;
    let zip =
        operations::certificates::batch_zip(ctx.ops(), &ctx.actor(&organizer.0), batch).await?;
    Ok(HttpResponse::Ok()
        .content_type("application/zip")
        .insert_header((
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"certificates.zip\"",
        ))
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .body(zip))
}
