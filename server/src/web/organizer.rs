//! The organizers' console: its cards with what waits (projects to review, consents
//! pending, open invitations, failed emails), the event's phase, invitations, API tokens,
//! failed emails.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use chrono::Utc;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::AppError;
use super::context::{PageContext, see_other};
use super::csrf::CsrfForm;
use super::forms::NoFields;
use super::forms::{Field, FormErrors, SelectOption};
use super::guards::OrganizerUser;
use super::pages::FormPage;
use super::router::Routes;
use crate::db;
use crate::domain::account::{EmailAddress, InputError, Role};
use crate::domain::event::Phase;
use crate::domain::judge::JudgeKind;
use crate::domain::{ApiScope, PhaseAction};
use crate::i18n::{Locale, format_date_time};
use crate::operations::{self, OpError};

pub fn routes(r: &mut Routes) {
    r.get("/organizer", console);
    r.get("/organizer/event", event_page);
    r.post("/organizer/event/phase", move_phase);
    r.get("/organizer/invitations", invitations);
    r.post("/organizer/invitations", invite);
    r.get("/organizer/tokens", tokens);
    r.post("/organizer/tokens", create_token);
    r.post("/organizer/tokens/{id}/revoke", revoke_token);
    r.get("/organizer/emails", failed_emails);
}

/// The console's cards, each with what waits behind it.
#[derive(Serialize)]
struct ConsolePage {
    to_review: i64,
    consents_pending: i64,
    open_invitations: i64,
    failed_emails: i64,
}

async fn console(ctx: PageContext, _organizer: OrganizerUser) -> Result<HttpResponse, AppError> {
    let mut conn = ctx.conn().await?;
    let counts = db::console::counts(&mut conn).await?;
    drop(conn);
    ctx.render(
        "organizer/console.html",
        ctx.t("nav-organizer"),
        &ConsolePage {
            to_review: counts.to_review,
            consents_pending: counts.consents_pending,
            open_invitations: counts.open_invitations,
            failed_emails: counts.failed_emails,
        },
    )
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct InviteForm {
    email: String,
    role: String,
    kind_volunteer: Option<String>,
    kind_vip: Option<String>,
    kind_award_panel: Option<String>,
}

impl InviteForm {
    /// The capacities ticked (they matter for judges only).
    fn kinds(&self) -> Vec<JudgeKind> {
        [
            (&self.kind_volunteer, JudgeKind::Volunteer),
            (&self.kind_vip, JudgeKind::Vip),
            (&self.kind_award_panel, JudgeKind::AwardPanel),
        ]
        .into_iter()
        .filter(|(ticked, _)| ticked.is_some())
        .map(|(_, kind)| kind)
        .collect()
    }
}

#[derive(Serialize)]
struct InvitationsPage {
    invitations: Vec<InvitationView>,
    form: FormPage,
}

#[derive(Serialize)]
struct InvitationView {
    email: String,
    role: String,
    status: String,
    created: String,
}

async fn invitations_view(
    ctx: &PageContext,
    values: &InviteForm,
    errors: &FormErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let mut conn = ctx.conn().await?;
    let now = Utc::now();
    let invitations = db::invitations::list(&mut conn)
        .await?
        .into_iter()
        .map(|i| InvitationView {
            email: i.email,
            role: if i.judge_kinds.is_empty() {
                l.t(&format!("role-{}", i.role.as_str()))
            } else {
                let kinds: Vec<String> = i.judge_kinds.iter().map(|k| l.t(k.name_key())).collect();
                kinds.join(&l.t("list-separator"))
            },
            status: l.t(match (i.accepted_at, i.expires_at < now) {
                (Some(_), _) => "invitation-status-accepted",
                (None, true) => "invitation-status-expired",
                (None, false) => "invitation-status-open",
            }),
            created: format_date_time(i.created_at, chrono_tz::UTC, l),
        })
        .collect();
    let roles = [Role::Judge, Role::Organizer]
        .iter()
        .map(|r| SelectOption {
            value: r.as_str().to_owned(),
            label: l.t(&format!("role-{}", r.as_str())),
        })
        .collect();
    let fields = vec![
        Field::new(l, "email", "email", "field-email")
            .required()
            .value(&values.email)
            .maxlength(254),
        Field::new(l, "role", "select", "field-role")
            .required()
            .value(&values.role)
            .options(roles),
    ];
    let ticked = values.kinds();
    let mut fields = fields;
    for (name, kind) in [
        ("kind_volunteer", JudgeKind::Volunteer),
        ("kind_vip", JudgeKind::Vip),
        ("kind_award_panel", JudgeKind::AwardPanel),
    ] {
        let field = Field::new(l, name, "checkbox", kind.name_key())
            .value(if ticked.contains(&kind) { "on" } else { "" });
        fields.push(if kind == JudgeKind::Volunteer {
            field.hint(l, "invite-kind-hint")
        } else {
            field
        });
    }
    let form = FormPage::new(
        l.t("invite-heading"),
        "/organizer/invitations",
        l.t("invite-submit"),
        fields,
    )
    .intro(l.t("invite-intro"))
    .errors(l, errors);
    ctx.render_status(
        status,
        "organizer/invitations.html",
        l.t("invitations-heading"),
        &InvitationsPage { invitations, form },
    )
}

async fn invitations(
    ctx: PageContext,
    _organizer: OrganizerUser,
) -> Result<HttpResponse, AppError> {
    invitations_view(
        &ctx,
        &InviteForm {
            role: "judge".into(),
            kind_volunteer: Some("on".into()),
            ..Default::default()
        },
        &FormErrors::default(),
        StatusCode::OK,
    )
    .await
}

async fn invite(
    ctx: PageContext,
    organizer: OrganizerUser,
    form: CsrfForm<InviteForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let mut errors = FormErrors::default();
    let email = errors.check("email", EmailAddress::parse(&form.email));
    let role = Role::parse(&form.role).filter(|r| r.is_invitable());
    if role.is_none() {
        errors.add("role", InputError("error-role-invalid"));
    }
    if role == Some(Role::Judge) && form.kinds().is_empty() {
        errors.add("kind_volunteer", InputError("error-judge-kinds-required"));
    }
    let (Some(email), Some(role), true) = (email, role, errors.is_empty()) else {
        return invitations_view(&ctx, &form, &errors, StatusCode::BAD_REQUEST).await;
    };
    let locale = ctx.locale.locale.code();
    let actor = ctx.actor(&organizer.0);
    match operations::organizer::invite(ctx.ops(), &actor, &email, role, &form.kinds(), locale)
        .await
    {
        Ok(_) => {
            ctx.flash("invite-sent")?;
            Ok(see_other("/organizer/invitations"))
        }
        Err(OpError::Invalid(problems)) => {
            for (field, e) in problems {
                errors.add(field, e);
            }
            invitations_view(&ctx, &form, &errors, StatusCode::BAD_REQUEST).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TokenForm {
    name: String,
    /// One checkbox per scope, named by `ApiScope::field_name` (and the CSRF token).
    #[serde(flatten)]
    checked: std::collections::HashMap<String, String>,
}

impl TokenForm {
    fn scopes(&self) -> Vec<ApiScope> {
        ApiScope::ALL
            .into_iter()
            .filter(|scope| self.checked.contains_key(scope.field_name()))
            .collect()
    }
}

#[derive(Serialize)]
struct TokensPage {
    tokens: Vec<TokenView>,
    /// The token just created: shown this once.
    new_token: Option<String>,
    form: FormPage,
}

#[derive(Serialize)]
struct TokenView {
    id: Uuid,
    name: String,
    prefix: String,
    scopes: String,
    created: String,
    last_used: String,
    revoked: bool,
}

fn scope_field(l: Locale, scope: ApiScope, checked: bool) -> Field {
    Field::new(l, scope.field_name(), "checkbox", &scope.label_key()).value(if checked {
        "on"
    } else {
        ""
    })
}

async fn tokens_view(
    ctx: &PageContext,
    organizer: &OrganizerUser,
    values: &TokenForm,
    errors: &FormErrors,
    new_token: Option<String>,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let mut conn = ctx.conn().await?;
    let tokens = db::api_tokens::list_for(&mut conn, organizer.0.id())
        .await?
        .into_iter()
        .map(|t| TokenView {
            id: t.id,
            name: t.name,
            prefix: t.prefix,
            scopes: t.scopes.join(", "),
            created: format_date_time(t.created_at, chrono_tz::UTC, l),
            last_used: t
                .last_used_at
                .map(|at| format_date_time(at, chrono_tz::UTC, l))
                .unwrap_or_else(|| l.t("token-never-used")),
            revoked: t.revoked_at.is_some(),
        })
        .collect();
    let chosen = values.scopes();
    let mut fields = vec![
        Field::new(l, "name", "text", "field-token-name")
            .required()
            .value(&values.name)
            .maxlength(100),
    ];
    fields.extend(
        ApiScope::ALL
            .iter()
            .map(|s| scope_field(l, *s, chosen.contains(s))),
    );
    let form = FormPage::new(
        l.t("token-create-heading"),
        "/organizer/tokens",
        l.t("token-create-submit"),
        fields,
    )
    .intro(l.t("token-create-intro"))
    .errors(l, errors);
    let mut res = ctx.render(
        "organizer/tokens.html",
        l.t("tokens-heading"),
        &TokensPage {
            tokens,
            new_token,
            form,
        },
    )?;
    *res.status_mut() = status;
    // The page may show a secret: never cache it.
    res.headers_mut().insert(
        actix_web::http::header::CACHE_CONTROL,
        actix_web::http::header::HeaderValue::from_static("no-store"),
    );
    Ok(res)
}

async fn tokens(ctx: PageContext, organizer: OrganizerUser) -> Result<HttpResponse, AppError> {
    tokens_view(
        &ctx,
        &organizer,
        &TokenForm::default(),
        &FormErrors::default(),
        None,
        StatusCode::OK,
    )
    .await
}

async fn create_token(
    ctx: PageContext,
    organizer: OrganizerUser,
    form: CsrfForm<TokenForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let actor = ctx.actor(&organizer.0);
    match operations::organizer::create_token(ctx.ops(), &actor, &form.name, &form.scopes()).await {
        Ok(token) => {
            tokens_view(
                &ctx,
                &organizer,
                &TokenForm::default(),
                &FormErrors::default(),
                Some(token),
                StatusCode::OK,
            )
            .await
        }
        Err(OpError::Invalid(problems)) => {
            let mut errors = FormErrors::default();
            for (field, e) in problems {
                errors.add(field, e);
            }
            tokens_view(
                &ctx,
                &organizer,
                &form,
                &errors,
                None,
                StatusCode::BAD_REQUEST,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

async fn revoke_token(
    ctx: PageContext,
    organizer: OrganizerUser,
    id: web::Path<String>,
    _form: CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    let id = super::parse_id(&id)?;
    operations::organizer::revoke_token(ctx.ops(), &ctx.actor(&organizer.0), id).await?;
    // Every instance drops its cached tokens when the notification arrives; this one
    // at once, so the next request here is already refused.
    ctx.state.tokens.clear();
    ctx.flash("token-revoked")?;
    Ok(see_other("/organizer/tokens"))
}

#[derive(Serialize)]
struct FailedEmailsPage {
    jobs: Vec<FailedJobView>,
}

#[derive(Serialize)]
struct FailedJobView {
    id: i64,
    kind: String,
    attempts: i32,
    error: String,
    created: String,
}

async fn failed_emails(
    ctx: PageContext,
    _organizer: OrganizerUser,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let jobs = db::jobs::dead(&ctx.state.pool)
        .await?
        .into_iter()
        .map(|j| FailedJobView {
            id: j.id,
            kind: j.kind,
            attempts: j.attempts,
            error: j.last_error.unwrap_or_default(),
            created: format_date_time(j.created_at, chrono_tz::UTC, l),
        })
        .collect();
    ctx.render(
        "organizer/emails.html",
        l.t("failed-emails-heading"),
        &FailedEmailsPage { jobs },
    )
}

#[derive(Serialize)]
struct EventPage {
    event: Option<EventView>,
    errors: Vec<String>,
    /// What the back-move form had, kept when it is shown again with a problem.
    back_to: String,
    reason: String,
    confirmed: bool,
}

#[derive(Serialize)]
struct EventView {
    id: Uuid,
    name: String,
    phase: String,
    /// What the current phase allows, by name.
    allows: Vec<String>,
    phases: Vec<PhaseRow>,
    next: Option<SelectOption>,
    earlier: Vec<SelectOption>,
}

#[derive(Serialize)]
struct PhaseRow {
    name: String,
    starts: String,
    current: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PhaseForm {
    event: String,
    to: String,
    confirm: Option<String>,
    reason: String,
}

async fn render_event_page(
    ctx: &PageContext,
    form: &PhaseForm,
    errors: Vec<String>,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let mut conn = ctx.conn().await?;
    let event = db::events::current(&mut conn).await?.map(|e| {
        let option = |p: Phase| SelectOption {
            value: p.as_str().to_owned(),
            label: l.t(&p.name_key()),
        };
        EventView {
            id: e.id.0,
            name: e.name.clone(),
            phase: l.t(&e.phase.name_key()),
            allows: PhaseAction::ALL
                .into_iter()
                .filter(|a| a.allowed_in(e.phase))
                .map(|a| l.t(a.name_key()))
                .collect(),
            phases: Phase::ALL
                .into_iter()
                .map(|p| PhaseRow {
                    name: l.t(&p.name_key()),
                    starts: e
                        .schedule
                        .starts_at(p)
                        .map(|at| format_date_time(at, e.timezone.tz(), l))
                        .unwrap_or_default(),
                    current: p == e.phase,
                })
                .collect(),
            next: e.phase.next().map(option),
            earlier: Phase::ALL
                .into_iter()
                .filter(|p| *p < e.phase)
                .map(option)
                .collect(),
        }
    });
    let page = EventPage {
        event,
        errors,
        back_to: form.to.clone(),
        reason: form.reason.clone(),
        confirmed: form.confirm.is_some(),
    };
    ctx.render_status(
        status,
        "organizer/event.html",
        l.t("event-phase-heading"),
        &page,
    )
}

async fn event_page(ctx: PageContext, _organizer: OrganizerUser) -> Result<HttpResponse, AppError> {
    render_event_page(&ctx, &PhaseForm::default(), Vec::new(), StatusCode::OK).await
}

/// Moves the event forward, or back (confirmed, with a reason).
async fn move_phase(
    ctx: PageContext,
    organizer: OrganizerUser,
    form: CsrfForm<PhaseForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let event = Uuid::parse_str(&form.event).map_err(|_| AppError::BadRequest)?;
    let to = Phase::parse(&form.to).map_err(|_| AppError::BadRequest)?;
    let actor = ctx.actor(&organizer.0);
    let moved = operations::events::move_phase(
        ctx.ops(),
        &actor,
        event,
        to,
        form.confirm.is_some(),
        &form.reason,
    )
    .await;
    match moved {
        Ok(_) => {
            ctx.flash("event-phase-moved")?;
            Ok(see_other("/organizer/event"))
        }
        // Shown again with the problem, and what was typed kept.
        Err(OpError::Invalid(problems)) => {
            let l = ctx.locale.locale;
            let errors = problems.iter().map(|(_, e)| l.t(e.0)).collect();
            render_event_page(&ctx, &form, errors, StatusCode::BAD_REQUEST).await
        }
        Err(e) => Err(e.into()),
    }
}
