//! The audit log viewer (`/organizer/audit`): every privileged action, newest first,
//! searchable by actor, action, target and days; the rows a search finds can be
//! downloaded (`/organizer/audit/export`, and `GET /api/v1/audit-log` for tokens), each
//! download itself an audit row.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::api::ApiCaller;
use super::context::PageContext;
use super::csrf::CsrfForm;
use super::forms::{Field, FormErrors, SelectOption};
use super::guards::OrganizerUser;
use super::router::Routes;
use super::{AppError, AppState};
use crate::db;
use crate::domain::ApiScope;
use crate::domain::account::InputError;
use crate::domain::audit::{ActorFilter, AuditQuery, AuditQueryText};
use crate::i18n::format_date_time;
use crate::operations::{self, Actor};

/// Rows per page of the viewer.
const PAGE: i64 = 50;

pub fn routes(r: &mut Routes) {
    r.get("/organizer/audit", page);
    r.post("/organizer/audit/export", export);
    r.get("/api/v1/audit-log", api_export);
}

/// The timezone the viewer shows and reads days in: the current event's, else UTC.
async fn timezone(state: &AppState) -> Result<Tz, AppError> {
    let mut conn = state.conn().await?;
    Ok(db::events::current(&mut conn)
        .await?
        .map_or(chrono_tz::UTC, |e| e.timezone.tz()))
}

/// The database filter for a parsed query (an address without an account matches
/// nothing: the nil id is never an account's).
async fn filter(state: &AppState, q: &AuditQuery, tz: Tz) -> Result<db::audit::Filter, AppError> {
    let actor = match &q.actor {
        None => None,
        Some(ActorFilter::Id(id)) => Some(*id),
        Some(ActorFilter::Email(email)) => {
            let mut conn = state.conn().await?;
            Some(
                db::users::by_email(&mut conn, email)
                    .await?
                    .map_or(Uuid::nil(), |u| u.id),
            )
        }
    };
    let (from, until) = q.window(tz);
    Ok(db::audit::Filter {
        actor,
        action: q.action.as_ref().map(|a| a.as_str().to_owned()),
        area: q.action.as_ref().is_some_and(|a| a.is_area()),
        target: q.target,
        from,
        until,
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PageQuery {
    #[serde(flatten)]
    query: AuditQueryText,
    before: Option<i64>,
}

#[derive(Serialize)]
struct AuditPage {
    timezone: &'static str,
    fields: Vec<Field>,
    errors: Vec<String>,
    rows: Vec<RowView>,
    /// The query string of the next (older) page, when there is one.
    older: Option<String>,
    /// The filter as hidden fields of the download form.
    hidden: Vec<Hidden>,
    formats: Vec<SelectOption>,
    filtered: bool,
}

#[derive(Serialize)]
struct Hidden {
    name: &'static str,
    value: String,
}

#[derive(Serialize)]
struct RowView {
    at: String,
    actor: String,
    actor_id: Option<Uuid>,
    role: String,
    via: String,
    action: String,
    target_type: String,
    target_id: Option<Uuid>,
    summary: String,
    request_id: String,
}

async fn page(
    ctx: PageContext,
    _organizer: OrganizerUser,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let text = &query.query;
    let tz = timezone(&ctx.state).await?;
    let mut errors = FormErrors::default();
    let parsed = match AuditQuery::parse(text) {
        Ok(q) => Some(q),
        Err(problems) => {
            for (field, e) in problems {
                errors.add(field, e);
            }
            None
        }
    };
    let mut conn = ctx.conn().await?;
    let actions = db::audit::actions(&mut conn).await?;
    drop(conn);
    let mut action_options = vec![SelectOption {
        value: String::new(),
        label: l.t("audit-any-action"),
    }];
    let mut areas: Vec<&str> = actions
        .iter()
        .filter_map(|a| a.split_once('.').map(|(area, _)| area))
        .collect();
    areas.dedup();
    for area in areas {
        action_options.push(SelectOption {
            value: area.to_owned(),
            label: l.t_args("audit-area", &[("area", area.to_owned().into())]),
        });
        for a in actions
            .iter()
            .filter(|a| a.split_once('.').is_some_and(|(x, _)| x == area))
        {
            action_options.push(SelectOption {
                value: a.clone(),
                label: a.clone(),
            });
        }
    }
    let mut fields = vec![
        Field::new(l, "actor", "text", "field-audit-actor")
            .value(&text.actor)
            .maxlength(254)
            .hint(l, "field-audit-actor-hint"),
        Field::new(l, "action", "select", "field-audit-action")
            .value(&text.action)
            .options(action_options),
        Field::new(l, "target", "text", "field-audit-target")
            .value(&text.target)
            .maxlength(36)
            .hint(l, "field-audit-target-hint"),
        Field::new(l, "from", "date", "field-audit-from").value(&text.from),
        Field::new(l, "to", "date", "field-audit-to").value(&text.to),
    ];
    errors.apply(l, &mut fields);
    let summary = errors.summary(l, &fields);
    let (rows, older) = match &parsed {
        Some(q) => {
            let f = filter(&ctx.state, q, tz).await?;
            let mut conn = ctx.conn().await?;
            let mut rows = db::audit::search(&mut conn, &f, query.before, PAGE + 1).await?;
            let more = rows.len() as i64 > PAGE;
            rows.truncate(usize::try_from(PAGE).unwrap_or(50));
            let older = match (more, rows.last()) {
                (true, Some(last)) => {
                    let mut qs = serde_urlencoded::to_string(text).unwrap_or_default();
                    qs.push_str(&format!("&before={}", last.id));
                    Some(qs)
                }
                _ => None,
            };
            (rows, older)
        }
        None => (Vec::new(), None),
    };
    let rows = rows
        .into_iter()
        .map(|r| RowView {
            at: format_date_time(r.at, tz, l),
            actor: match (&r.actor_name, r.actor_id) {
                (Some(name), _) => name.clone(),
                (None, Some(_)) => l.t("audit-actor-gone"),
                (None, None) => l.t(&format!("audit-role-{}", r.actor_role)),
            },
            actor_id: r.actor_id,
            role: l.t(&format!("audit-role-{}", r.actor_role)),
            via: if r.token_id.is_some() {
                l.t("audit-via-api-token")
            } else {
                l.t(&format!("audit-via-{}", r.via))
            },
            action: r.action,
            target_type: r.target_type,
            target_id: r.target_id,
            summary: if r.summary.as_object().is_some_and(|m| m.is_empty()) {
                String::new()
            } else {
                r.summary.to_string()
            },
            request_id: r.request_id.unwrap_or_default(),
        })
        .collect();
    let hidden = [
        ("actor", &text.actor),
        ("action", &text.action),
        ("target", &text.target),
        ("from", &text.from),
        ("to", &text.to),
    ]
    .into_iter()
    .map(|(name, value)| Hidden {
        name,
        value: value.clone(),
    })
    .collect();
    let formats = super::exports::format_options(l);
    let status = if parsed.is_some() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    ctx.render_status(
        status,
        "organizer/audit.html",
        l.t("audit-heading"),
        &AuditPage {
            timezone: tz.name(),
            fields,
            errors: summary,
            rows,
            older,
            hidden,
            formats,
            filtered: parsed.as_ref().is_some_and(|q| !q.is_empty()),
        },
    )
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ExportForm {
    #[serde(flatten)]
    query: AuditQueryText,
    format: Option<String>,
}

/// Audits the download, then streams the rows.
async fn respond(
    state: &AppState,
    actor: &Actor,
    text: &AuditQueryText,
    format: Option<&str>,
) -> Result<HttpResponse, AppError> {
    let format = super::exports::parse_format(format)?;
    let query = AuditQuery::parse(text).map_err(|problems| {
        AppError::Invalid(
            problems
                .into_iter()
                .map(|(f, InputError(k))| (f, k))
                .collect(),
        )
    })?;
    let tz = timezone(state).await?;
    let f = filter(state, &query, tz).await?;
    operations::exports::download_audit_log(&state.ops, actor, &query, format).await?;
    Ok(super::exports::attachment(
        state,
        crate::exports::Source::AuditLog(f),
        format,
        "audit-log",
    ))
}

async fn export(
    ctx: PageContext,
    organizer: OrganizerUser,
    form: CsrfForm<ExportForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    respond(
        &ctx.state,
        &ctx.actor(&organizer.0),
        &form.query,
        form.format.as_deref(),
    )
    .await
}

/// The audit log's rows that the query parameters match (`actor`, `action`, `target`,
/// `from`, `to`, in the current event's timezone), as an export (`format`).
async fn api_export(
    caller: ApiCaller,
    state: web::Data<AppState>,
    query: web::Query<ExportForm>,
) -> Result<HttpResponse, AppError> {
    caller.require(ApiScope::ExportsRead)?;
    respond(
        &state,
        &caller.actor(),
        &query.query,
        query.format.as_deref(),
    )
    .await
}
