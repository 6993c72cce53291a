//! Creators' projects: the dashboard, drafts and submission, teams, images.
//!
//! Whoever acts for a team member may work on the project: a teenager for their own
//! profile, an adult for the child profiles they manage. Everyone else gets a 404, the
//! same as for a project that does not exist.

use actix_multipart::Multipart;
use actix_session::SessionExt;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;
use futures_util::TryStreamExt as _;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::context::{PageContext, see_other};
use super::csrf;
use super::csrf::CsrfForm;
use super::forms::NoFields;
use super::forms::{Field, FormErrors, SelectOption};
use super::guards::CurrentUser;
use super::router::Routes;
use super::{AppError, parse_id};
use crate::db;
use crate::db::projects::ProjectRecord;
use crate::domain::event::Event;
use crate::domain::project::ImageStatus;
use crate::domain::project::{self, EventChoices, ProjectFields, ProjectStatus, limits};
use crate::domain::publication;
use crate::i18n::{Locale, format_date_time};
use crate::operations::projects::editable;
use crate::operations::{self, OpError};

pub fn routes(r: &mut Routes) {
    r.get("/projects", dashboard);
    r.post("/projects", create);
    r.get("/projects/{id}", edit);
    r.post("/projects/{id}", save);
    r.get("/projects/{id}/withdraw", withdraw_page);
    r.post("/projects/{id}/withdraw", withdraw);
    r.post("/projects/{id}/restore", restore);
    r.post("/projects/{id}/members", add_child);
    r.post("/projects/{id}/owner", hand_over);
    r.post("/projects/{id}/images", upload);
    r.post("/projects/{id}/images/{image}/delete", delete_image);
    r.get("/projects/{id}/images/{image}/{width}", image_file);
    r.get("/join/{code}", join_page);
    r.post("/join/{code}", join);
}

/// A project the user may work on, with its event; 404 otherwise.
async fn load_own(
    ctx: &PageContext,
    user: &CurrentUser,
    raw_id: &str,
) -> Result<(ProjectRecord, Event), AppError> {
    let id = parse_id(raw_id)?;
    let mut conn = ctx.conn().await?;
    Ok(operations::projects::own_project(&mut conn, &ctx.actor(user), id).await?)
}

/// Where a project stands for its team (consent and moderation included), and its
/// translated label.
fn status_of(l: Locale, facts: &publication::Facts) -> (&'static str, String) {
    let status = publication::display_status(facts).as_str();
    (
        status,
        l.t(&format!("project-status-{}", status.replace('_', "-"))),
    )
}

/// `status_of` for a project loaded by id.
async fn display_status(
    conn: &mut sqlx::PgConnection,
    l: Locale,
    project: Uuid,
) -> Result<(&'static str, String), AppError> {
    let (facts, _) = db::consents::facts(conn, project)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(status_of(l, &facts))
}

#[derive(Serialize)]
struct DashboardPage {
    projects: Vec<DashboardRow>,
    event_name: Option<String>,
    deadline: Option<String>,
    countdown: Option<String>,
    /// Profiles that may still start a project in the current event.
    can_start: Vec<SelectOption>,
    start_field: Option<Field>,
    /// Why no project can be started although the event is open.
    start_note: Option<String>,
}

#[derive(Serialize)]
struct DashboardRow {
    id: Uuid,
    title: String,
    status: &'static str,
    status_label: String,
    members: String,
    missing: Vec<String>,
}

fn countdown(l: Locale, event: &Event) -> (String, String) {
    let deadline = event.schedule.submission_deadline();
    let days = (deadline - Utc::now()).num_days().max(0);
    (
        format_date_time(deadline, event.timezone.tz(), l),
        l.t_args("countdown-days", &[("days", days.into())]),
    )
}

/// What a project still lacks before it can be submitted, as translated field names.
fn missing(l: Locale, fields: &ProjectFields, choices: &EventChoices<'_>) -> Vec<String> {
    match project::check(fields, choices, true) {
        Ok(_) => Vec::new(),
        Err(errors) => {
            let mut names: Vec<String> = errors
                .iter()
                .map(|(f, _)| l.t(&format!("project-field-{}", f.replace('_', "-"))))
                .collect();
            names.dedup();
            names
        }
    }
}

async fn event_choices(
    conn: &mut sqlx::PgConnection,
    event: &Event,
) -> Result<(Vec<String>, Vec<String>), AppError> {
    Ok(operations::projects::event_choices(conn, event).await?)
}

async fn dashboard(ctx: PageContext, user: CurrentUser) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let mut conn = ctx.conn().await?;
    let summaries = db::projects::for_user(&mut conn, user.id()).await?;
    let mut projects = Vec::new();
    for s in &summaries {
        let p = db::projects::get(&mut conn, s.id)
            .await?
            .ok_or(AppError::NotFound)?;
        let event = db::events::by_id(&mut conn, p.event_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let (categories, languages) = event_choices(&mut conn, &event).await?;
        let choices = EventChoices {
            categories: &categories,
            languages: &languages,
        };
        let (status, status_label) = display_status(&mut conn, l, s.id).await?;
        projects.push(DashboardRow {
            id: s.id,
            title: shown_title(l, &s.title),
            status,
            status_label,
            members: s.members.join(", "),
            missing: if s.status == ProjectStatus::Draft {
                missing(l, &p.fields, &choices)
            } else {
                Vec::new()
            },
        });
    }
    let current = db::events::current(&mut conn).await?;
    let mut page = DashboardPage {
        projects,
        event_name: None,
        deadline: None,
        countdown: None,
        can_start: Vec::new(),
        start_field: None,
        start_note: None,
    };
    if let Some(event) = current.filter(|e| {
        e.phase.permissions().creators_may_submit && Utc::now() < e.schedule.submission_deadline()
    }) {
        let (deadline, days) = countdown(l, &event);
        page.event_name = Some(event.name.clone());
        page.deadline = Some(deadline);
        page.countdown = Some(days);
        let busy = db::projects::creators_in_event(&mut conn, event.id.0).await?;
        let profiles = db::projects::creators_of(&mut conn, user.id()).await?;
        if profiles.is_empty() {
            page.start_note = Some(l.t("project-start-needs-profile"));
        } else if profiles.iter().all(|(id, _)| busy.contains(id)) {
            page.start_note = Some(l.t("project-start-one-each"));
        }
        page.can_start = profiles
            .into_iter()
            .filter(|(id, _)| !busy.contains(id))
            .map(|(id, name)| SelectOption {
                value: id.to_string(),
                label: name,
            })
            .collect();
        if !page.can_start.is_empty() {
            page.start_field = Some(
                Field::new(l, "creator_id", "select", "project-start-for")
                    .required()
                    .options(page.can_start.clone()),
            );
        }
    }
    ctx.render("projects/dashboard.html", l.t("projects-heading"), &page)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StartForm {
    creator_id: String,
}

async fn create(
    ctx: PageContext,
    user: CurrentUser,
    form: CsrfForm<StartForm>,
) -> Result<HttpResponse, AppError> {
    let creator = Uuid::parse_str(&form.0.creator_id).map_err(|_| AppError::BadRequest)?;
    let event = {
        let mut conn = ctx.conn().await?;
        db::events::current(&mut conn)
            .await?
            .ok_or(AppError::NotFound)?
    };
    match operations::projects::create_draft(ctx.ops(), &ctx.actor(&user), event.id.0, creator)
        .await
    {
        Ok(id) => Ok(see_other(&format!("/projects/{id}"))),
        Err(e) => ctx.refused(e, "/projects"),
    }
}

#[derive(Serialize)]
struct EditPage {
    id: Uuid,
    title: String,
    status: &'static str,
    /// Members who need a guardian's consent, and what this user can do about it.
    consent: Vec<super::consent::ConsentRow>,
    /// A moderator's reason, when changes were asked for or the project was rejected.
    moderation_reason: Option<String>,
    status_label: String,
    editable: bool,
    deadline: String,
    countdown: String,
    fields: Vec<Field>,
    sdgs: Vec<SdgOption>,
    errors: Vec<super::forms::Problem>,
    /// The summary's first line: fix these, or (a draft's save with problems) the rest
    /// is saved, fix these.
    errors_intro: String,
    /// Withdrawn, and still restorable (until the deadline).
    can_restore: bool,
    missing: Vec<String>,
    members: Vec<MemberView>,
    join_link: String,
    join_code: String,
    team_full: bool,
    addable_children: Vec<SelectOption>,
    owner_choices: Vec<SelectOption>,
    is_owner: bool,
    images: Vec<ImageView>,
    can_upload: bool,
    upload_error: Option<String>,
    csrf_token: String,
}

#[derive(Serialize)]
struct SdgOption {
    number: i64,
    label: String,
    checked: bool,
}

#[derive(Serialize)]
struct MemberView {
    display_name: String,
    is_owner: bool,
}

#[derive(Serialize)]
struct ImageView {
    id: Uuid,
    status: ImageStatus,
    alt_text: String,
    shows_person: bool,
    src: Option<String>,
    reject_reason: Option<String>,
}

struct EditState<'a> {
    values: &'a ProjectFields,
    errors: &'a FormErrors,
    /// A draft's save with problems kept its valid fields.
    kept_draft: bool,
    /// The Fluent key of an upload's problem.
    upload_error: Option<&'static str>,
    status: StatusCode,
}

fn project_fields(
    l: Locale,
    v: &ProjectFields,
    categories: &[(String, String)],
    languages: &[String],
) -> Vec<Field> {
    let category_options = categories
        .iter()
        .map(|(slug, name)| SelectOption {
            value: slug.clone(),
            label: name.clone(),
        })
        .collect();
    let language_options = languages
        .iter()
        .map(|t| SelectOption {
            value: t.clone(),
            // "Japanese" in English, "日本語" in Japanese, never the bare tag.
            label: crate::i18n::language_name(t, l),
        })
        .collect();
    let area = |name: &'static str, key: &str, value: &str, max: usize, hint: &str| {
        Field::new(l, name, "textarea", key)
            .value(value)
            .maxlength(u32::try_from(max).unwrap_or(u32::MAX))
            .hint(l, hint)
    };
    vec![
        Field::new(l, "title", "text", "project-field-title")
            .value(&v.title)
            .maxlength(80)
            .required(),
        area(
            "short_description",
            "project-field-short-description",
            &v.short_description,
            limits::SHORT_DESCRIPTION,
            "project-hint-short-description",
        )
        .required(),
        Field::new(l, "category", "select", "project-field-category")
            .value(&v.category)
            .options(category_options)
            .with_placeholder(l)
            .required(),
        Field::new(l, "language", "select", "project-field-language")
            .value(&v.language)
            .options(language_options)
            .with_placeholder(l)
            .required(),
        Field::new(l, "project_url", "url", "project-field-project-url")
            .value(&v.project_url)
            .maxlength(2000)
            .hint(l, "project-hint-links"),
        Field::new(l, "video_url", "url", "project-field-video-url")
            .value(&v.video_url)
            .maxlength(2000),
        area(
            "why_made",
            "project-field-why-made",
            &v.why_made,
            limits::ANSWER,
            "project-hint-answer",
        )
        .required(),
        area(
            "difficulties",
            "project-field-difficulties",
            &v.difficulties,
            limits::ANSWER,
            "project-hint-answer",
        )
        .required(),
        area(
            "next_steps",
            "project-field-next-steps",
            &v.next_steps,
            limits::ANSWER,
            "project-hint-answer",
        )
        .required(),
        area(
            "community",
            "project-field-community",
            &v.community,
            limits::COMMUNITY,
            "project-hint-community",
        ),
    ]
}

async fn render_edit(
    ctx: &PageContext,
    user: &CurrentUser,
    project: &ProjectRecord,
    event: &Event,
    state: EditState<'_>,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let mut conn = ctx.conn().await?;
    let categories = db::events::categories(&mut conn, event.id).await?;
    let category_names: Vec<(String, String)> = categories
        .iter()
        .map(|c| (c.slug.to_string(), super::public::category_name(c, l)))
        .collect();
    let slugs: Vec<String> = category_names.iter().map(|(s, _)| s.clone()).collect();
    let languages: Vec<String> = event
        .content_languages
        .iter()
        .map(|t| t.to_string())
        .collect();
    let mut fields = project_fields(l, state.values, &category_names, &languages);
    state.errors.apply(l, &mut fields);
    let members = db::projects::members(&mut conn, project.id).await?;
    let busy = db::projects::creators_in_event(&mut conn, event.id.0).await?;
    let addable_children = db::users::children_of(&mut conn, user.id())
        .await?
        .into_iter()
        .filter(|c| !busy.contains(&c.id))
        .map(|c| SelectOption {
            value: c.id.to_string(),
            label: c.display_name,
        })
        .collect();
    let owner = members
        .iter()
        .find(|m| m.creator_id == project.owner_creator_id);
    let is_owner =
        owner.is_some_and(|m| m.user_id == Some(user.id()) || m.managed_by == Some(user.id()));
    let images = db::projects::images(&mut conn, project.id).await?;
    let editable = editable(project, event);
    let (deadline, days) = countdown(l, event);
    let choices = EventChoices {
        categories: &slugs,
        languages: &languages,
    };
    let errors = state.errors.problems(l, &fields);
    let (facts, member_facts) = db::consents::facts(&mut conn, project.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (status, status_label) = status_of(l, &facts);
    let consent = if project.status == ProjectStatus::Submitted {
        super::consent::consent_rows(l, &member_facts, user.id())
    } else {
        Vec::new()
    };
    let moderation_reason = moderation_reason_for(project, status);
    let page = EditPage {
        errors,
        errors_intro: l.t(if state.kept_draft {
            "project-kept-draft"
        } else {
            "project-fix-these"
        }),
        can_restore: project::may_restore(
            project.status,
            event.phase,
            event.schedule.submission_deadline(),
            Utc::now(),
        ),
        consent,
        moderation_reason,
        id: project.id,
        title: shown_title(l, &project.fields.title),
        status,
        status_label,
        editable,
        deadline,
        countdown: days,
        fields,
        sdgs: (1..=17)
            .map(|n| SdgOption {
                number: n,
                label: l.t(&format!("sdg-{n}")),
                checked: state.values.sdgs.contains(&n),
            })
            .collect(),
        // While a submission's problems are listed, the checklist would only repeat them.
        missing: if project.status == ProjectStatus::Draft && state.errors.is_empty() {
            missing(l, &project.fields, &choices)
        } else {
            Vec::new()
        },
        members: members
            .iter()
            .map(|m| MemberView {
                display_name: m.display_name.clone(),
                is_owner: m.creator_id == project.owner_creator_id,
            })
            .collect(),
        join_link: format!("{}/join/{}", ctx.state.base_url, project.join_code),
        join_code: project.join_code.clone(),
        team_full: members.len() >= event.team_size.get(),
        addable_children,
        owner_choices: members
            .iter()
            .filter(|m| m.creator_id != project.owner_creator_id)
            .map(|m| SelectOption {
                value: m.creator_id.to_string(),
                label: m.display_name.clone(),
            })
            .collect(),
        is_owner,
        can_upload: editable && images.len() < limits::IMAGES,
        images: images
            .into_iter()
            .map(|i| ImageView {
                src: (i.status == ImageStatus::Ready)
                    .then(|| format!("/projects/{}/images/{}/480", project.id, i.id)),
                status: i.status,
                alt_text: i.alt_text,
                shows_person: i.shows_person,
                reject_reason: i.reject_reason.map(|k| l.t(&k)),
                id: i.id,
            })
            .collect(),
        upload_error: state.upload_error.map(|key| l.t(key)),
        csrf_token: csrf::token(&ctx.session)?,
    };
    ctx.render_status(
        state.status,
        "projects/edit.html",
        page.title.clone(),
        &page,
    )
}

async fn edit(
    ctx: PageContext,
    user: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (project, event) = load_own(&ctx, &user, &id).await?;
    let errors = FormErrors::default();
    let state = EditState {
        values: &project.fields,
        errors: &errors,
        kept_draft: false,
        upload_error: None,
        status: StatusCode::OK,
    };
    render_edit(&ctx, &user, &project, &event, state).await
}

/// The project form as posted: pairs, because the goals are repeated `sdgs` fields.
fn fields_from(pairs: &[(String, String)]) -> (ProjectFields, String) {
    let mut f = ProjectFields::default();
    let mut action = String::new();
    for (k, v) in pairs {
        match k.as_str() {
            "title" => f.title = v.clone(),
            "short_description" => f.short_description = v.clone(),
            "category" => f.category = v.clone(),
            "language" => f.language = v.clone(),
            "project_url" => f.project_url = v.clone(),
            "video_url" => f.video_url = v.clone(),
            "why_made" => f.why_made = v.clone(),
            "difficulties" => f.difficulties = v.clone(),
            "next_steps" => f.next_steps = v.clone(),
            "community" => f.community = v.clone(),
            // An unreadable number becomes 0, which the goal check refuses clearly.
            "sdgs" => f.sdgs.push(v.trim().parse().unwrap_or(0)),
            "action" => action = v.clone(),
            _ => {}
        }
    }
    (f, action)
}

async fn save(
    ctx: PageContext,
    user: CurrentUser,
    id: web::Path<String>,
    form: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let project = parse_id(&id)?;
    let (values, action) = fields_from(&form.0);
    let submit = action == "submit";
    let back = format!("/projects/{project}");
    // Every problem next to its field, with everything typed kept in the form; a draft's
    // valid fields are saved all the same (`kept_draft`).
    let (problems, kept_draft) =
        match operations::projects::save(ctx.ops(), &ctx.actor(&user), project, &values, submit)
            .await
        {
            Ok(saved) if !saved.problems.is_empty() => (saved.problems, true),
            Ok(saved) => {
                ctx.flash(match (submit, saved.revision) {
                    (true, _) => "project-submitted",
                    // A change to a published project waits for a moderator.
                    (false, Some(n)) if n > 1 => "project-saved-for-review",
                    _ => "project-saved",
                })?;
                return Ok(see_other(&back));
            }
            Err(OpError::Invalid(problems)) => (problems, false),
            Err(e) => return ctx.refused(e, &back),
        };
    let (record, event) = load_own(&ctx, &user, &id).await?;
    let mut errors = FormErrors::default();
    for (field, e) in problems {
        errors.add(field, e);
    }
    let state = EditState {
        values: &values,
        errors: &errors,
        kept_draft,
        upload_error: None,
        status: StatusCode::BAD_REQUEST,
    };
    render_edit(&ctx, &user, &record, &event, state).await
}

#[derive(Serialize)]
struct WithdrawPage {
    id: Uuid,
    title: String,
    /// When restoring stops being possible, in the event's time.
    deadline: String,
}

/// A project's title as its pages show it: "Untitled project" until it has one.
fn shown_title(l: Locale, title: &str) -> String {
    if title.is_empty() {
        l.t("project-untitled")
    } else {
        title.to_owned()
    }
}

/// What withdrawing does, asked before it is done.
async fn withdraw_page(
    ctx: PageContext,
    user: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (project, event) = load_own(&ctx, &user, &id).await?;
    if project.status == ProjectStatus::Withdrawn {
        return Ok(see_other(&format!("/projects/{}", project.id)));
    }
    let l = ctx.locale.locale;
    let (deadline, _) = countdown(l, &event);
    let title = shown_title(l, &project.fields.title);
    let page = WithdrawPage {
        id: project.id,
        title,
        deadline,
    };
    ctx.render(
        "projects/withdraw.html",
        l.t("project-withdraw-heading"),
        &page,
    )
}

async fn withdraw(
    ctx: PageContext,
    user: CurrentUser,
    id: web::Path<String>,
    _form: CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    let project = parse_id(&id)?;
    operations::projects::withdraw(ctx.ops(), &ctx.actor(&user), project).await?;
    ctx.flash("project-withdrawn")?;
    Ok(see_other(&format!("/projects/{project}")))
}

async fn restore(
    ctx: PageContext,
    user: CurrentUser,
    id: web::Path<String>,
    _form: CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    let project = parse_id(&id)?;
    let back = format!("/projects/{project}");
    match operations::projects::restore(ctx.ops(), &ctx.actor(&user), project).await {
        Ok(()) => {
            ctx.flash("project-restored")?;
            Ok(see_other(&back))
        }
        Err(e) => ctx.refused(e, &back),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CreatorChoice {
    creator_id: String,
}

async fn add_child(
    ctx: PageContext,
    user: CurrentUser,
    id: web::Path<String>,
    form: CsrfForm<CreatorChoice>,
) -> Result<HttpResponse, AppError> {
    // A project that is not theirs does not exist for them, whatever the form says.
    let (project, _) = load_own(&ctx, &user, &id).await?;
    let project = project.id;
    let child = Uuid::parse_str(&form.0.creator_id).map_err(|_| AppError::BadRequest)?;
    let back = format!("/projects/{project}");
    match operations::projects::add_member(ctx.ops(), &ctx.actor(&user), project, child).await {
        Ok(()) => {
            ctx.flash("project-member-added")?;
            Ok(see_other(&back))
        }
        Err(e) => ctx.refused(e, &back),
    }
}

async fn hand_over(
    ctx: PageContext,
    user: CurrentUser,
    id: web::Path<String>,
    form: CsrfForm<CreatorChoice>,
) -> Result<HttpResponse, AppError> {
    let (project, _) = load_own(&ctx, &user, &id).await?;
    let project = project.id;
    let to = Uuid::parse_str(&form.0.creator_id).map_err(|_| AppError::BadRequest)?;
    operations::projects::hand_over(ctx.ops(), &ctx.actor(&user), project, to).await?;
    ctx.flash("project-owner-changed")?;
    Ok(see_other(&format!("/projects/{project}")))
}

#[derive(Serialize)]
struct JoinPage {
    code: String,
    title: String,
    profiles: Vec<SelectOption>,
    field: Option<Field>,
}

async fn join_page(
    ctx: PageContext,
    user: CurrentUser,
    code: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let mut conn = ctx.conn().await?;
    let id = db::projects::by_join_code(&mut conn, &code)
        .await?
        .ok_or(AppError::NotFound)?;
    let project = db::projects::get(&mut conn, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let busy = db::projects::creators_in_event(&mut conn, project.event_id).await?;
    let profiles: Vec<SelectOption> = db::projects::creators_of(&mut conn, user.id())
        .await?
        .into_iter()
        .filter(|(id, _)| !busy.contains(id))
        .map(|(id, name)| SelectOption {
            value: id.to_string(),
            label: name,
        })
        .collect();
    let field = (!profiles.is_empty()).then(|| {
        Field::new(l, "creator_id", "select", "project-join-as")
            .required()
            .options(profiles.clone())
    });
    let title = shown_title(l, &project.fields.title);
    ctx.render(
        "projects/join.html",
        l.t("project-join-heading"),
        &JoinPage {
            code: code.into_inner(),
            title,
            profiles,
            field,
        },
    )
}

async fn join(
    ctx: PageContext,
    user: CurrentUser,
    code: web::Path<String>,
    form: CsrfForm<CreatorChoice>,
) -> Result<HttpResponse, AppError> {
    let creator = Uuid::parse_str(&form.0.creator_id).map_err(|_| AppError::BadRequest)?;
    match operations::projects::join(ctx.ops(), &ctx.actor(&user), &code, creator).await {
        Ok(_) => {
            ctx.flash("project-member-added")?;
            Ok(see_other("/projects"))
        }
        Err(e) => ctx.refused(e, "/projects"),
    }
}

/// Reads one multipart upload: CSRF token first, then the image (at most `MAX_BYTES`),
/// its alt text and whether it shows a person. The whole body is capped
/// (`media.max_upload_body_mib`): past it, reading stops with a 413.
pub(super) struct Upload {
    csrf_token: String,
    pub(super) bytes: Vec<u8>,
    pub(super) too_big: bool,
    alt_text: String,
    /// The alt text was longer than any allowed one (it was not kept).
    alt_too_long: bool,
    shows_person: bool,
}

/// Longest text field of the upload form, in bytes (300 characters of any script fit).
const UPLOAD_TEXT_BYTES: usize = 4096;

/// Reads an image upload form: refused unread when its announced size is over the body
/// limit, read up to that limit, and its CSRF token checked. The whole body is read
/// before the multipart parser sees it: a body that ends without its closing boundary
/// then gets an answer at once (parsing it as it streamed in waited forever).
pub(super) async fn read_checked_upload(
    ctx: &PageContext,
    req: &HttpRequest,
    mut body: web::Payload,
) -> Result<Upload, AppError> {
    let max_body = usize::try_from(ctx.state.settings.media.max_upload_body_mib)
        .unwrap_or(usize::MAX)
        .saturating_mul(1024 * 1024);
    // A body announced as too large is refused before reading any of it.
    let announced = req
        .headers()
        .get(actix_web::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if announced.is_some_and(|n| n > max_body) {
        return Err(AppError::PayloadTooLarge);
    }
    let mut bytes = web::BytesMut::new();
    while let Some(chunk) = body.try_next().await.map_err(|_| AppError::BadRequest)? {
        if bytes.len() + chunk.len() > max_body {
            return Err(AppError::PayloadTooLarge);
        }
        bytes.extend_from_slice(&chunk);
    }
    let whole = bytes.freeze();
    // The parser waits forever for a closing delimiter that never comes: a body
    // without one is refused here, and any other stall is cut short.
    if !has_closing_delimiter(req, &whole) {
        return Err(AppError::BadRequest);
    }
    let payload = Multipart::new(
        req.headers(),
        futures_util::stream::once(async move { Ok::<_, actix_web::error::PayloadError>(whole) }),
    );
    let upload = tokio::time::timeout(UPLOAD_PARSE, read_upload(payload, max_body))
        .await
        .map_err(|_| AppError::BadRequest)??;
    if !csrf::matches(&req.get_session(), &upload.csrf_token) {
        return Err(AppError::Csrf);
    }
    Ok(upload)
}

/// Parsing a body already in memory takes milliseconds; longer means it never ends.
const UPLOAD_PARSE: std::time::Duration = std::time::Duration::from_secs(2);

/// Whether a multipart body ends its parts with `--boundary--` (RFC 2046), the boundary
/// read from the request's content type.
fn has_closing_delimiter(req: &HttpRequest, body: &[u8]) -> bool {
    let boundary = req
        .headers()
        .get(actix_web::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.split(';').find_map(|param| {
                let (name, value) = param.split_once('=')?;
                name.trim()
                    .eq_ignore_ascii_case("boundary")
                    .then(|| value.trim().trim_matches('"').to_owned())
            })
        })
        .filter(|b| !b.is_empty());
    let Some(boundary) = boundary else {
        return false;
    };
    let closing = format!("--{boundary}--");
    body.windows(closing.len()).any(|w| w == closing.as_bytes())
}

async fn read_upload(mut payload: Multipart, max_body: usize) -> Result<Upload, AppError> {
    let mut upload = Upload {
        csrf_token: String::new(),
        bytes: Vec::new(),
        too_big: false,
        alt_text: String::new(),
        alt_too_long: false,
        shows_person: false,
    };
    let mut total = 0usize;
    while let Some(mut field) = payload.try_next().await.map_err(|_| AppError::BadRequest)? {
        let name = field.name().unwrap_or_default().to_owned();
        let limit = if name == "image" {
            crate::media::images::MAX_BYTES + 1
        } else {
            UPLOAD_TEXT_BYTES
        };
        let mut buf = Vec::new();
        let mut over = false;
        while let Some(chunk) = field.try_next().await.map_err(|_| AppError::BadRequest)? {
            total += chunk.len();
            if total > max_body {
                return Err(AppError::PayloadTooLarge);
            }
            if over || buf.len() + chunk.len() > limit {
                // Keep reading (within the body limit) so the answer can say what was
                // wrong, but store nothing more.
                over = true;
                continue;
            }
            buf.extend_from_slice(&chunk);
        }
        let text = || super::input::text(&buf);
        match name.as_str() {
            "csrf_token" => upload.csrf_token = text()?,
            "alt_text" if over => upload.alt_too_long = true,
            "alt_text" => upload.alt_text = text()?.trim().to_owned(),
            "shows_person" => upload.shows_person = !buf.is_empty(),
            "image" if over => upload.too_big = true,
            "image" => upload.bytes = buf,
            _ => {}
        }
    }
    Ok(upload)
}

async fn upload(
    ctx: PageContext,
    user: CurrentUser,
    id: web::Path<String>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let upload = read_checked_upload(&ctx, &req, payload).await?;
    let project = parse_id(&id)?;
    let back = format!("/projects/{project}");
    let image = operations::images::Upload {
        bytes: upload.bytes,
        too_big: upload.too_big,
        alt_too_long: upload.alt_too_long,
        alt_text: upload.alt_text,
        shows_person: upload.shows_person,
    };
    match operations::images::upload(ctx.ops(), &ctx.actor(&user), project, image).await {
        Ok(_) => {
            ctx.flash("project-image-uploaded")?;
            Ok(see_other(&back))
        }
        // The problem is shown at the upload field, with the rest of the page as it was.
        Err(OpError::Invalid(problems)) => {
            let (record, event) = load_own(&ctx, &user, &id).await?;
            let errors = FormErrors::default();
            let state = EditState {
                values: &record.fields,
                errors: &errors,
                kept_draft: false,
                upload_error: problems.first().map(|(_, e)| e.0),
                status: StatusCode::BAD_REQUEST,
            };
            render_edit(&ctx, &user, &record, &event, state).await
        }
        Err(e) => ctx.refused(e, &back),
    }
}

async fn delete_image(
    ctx: PageContext,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    _form: CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    let (id, image) = path.into_inner();
    let (project, image) = (parse_id(&id)?, parse_id(&image)?);
    let back = format!("/projects/{project}");
    match operations::images::delete(ctx.ops(), &ctx.actor(&user), project, image).await {
        Ok(()) => {
            ctx.flash("project-image-deleted")?;
            Ok(see_other(&back))
        }
        Err(e) => ctx.refused(e, &back),
    }
}

async fn image_file(
    ctx: PageContext,
    user: CurrentUser,
    path: web::Path<(String, String, u32)>,
) -> Result<HttpResponse, AppError> {
    let (id, image, width) = path.into_inner();
    let (project, _) = load_own(&ctx, &user, &id).await?;
    let image = parse_id(&image)?;
    let mut conn = ctx.conn().await?;
    db::projects::image(&mut conn, image)
        .await?
        .filter(|i| i.project_id == project.id && i.status == ImageStatus::Ready)
        .ok_or(AppError::NotFound)?;
    drop(conn);
    // Private until published: only this team may see it, so no shared caches.
    super::http_cache::jpeg(
        ctx.state.storage.as_ref(),
        image,
        width,
        "private, max-age=3600",
    )
    .await
}

/// The moderator's reason, shown while it applies.
fn moderation_reason_for(project: &ProjectRecord, status: &str) -> Option<String> {
    matches!(
        status,
        "needs_changes" | "rejected" | "published_changes_declined"
    )
    .then(|| project.moderation_reason.clone())
    .flatten()
}
