//! The judges' panel: what they judge the current event as, their progress and the next
//! project to score (shown as the public sees it, with the rubric), skipping, their
//! profile and their conflicts of interest. VIP favourites and the award panel have their
//! own pages (`web::picks`).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::context::{PageContext, see_other};
use super::csrf::CsrfForm;
use super::forms::{FormErrors, SelectOption};
use super::gallery::{ProjectPage, project_view};
use super::guards::JudgeUser;
use super::router::Routes;
use super::{AppError, parse_id};
use crate::db;
use crate::domain::account::EmailAddress;
use crate::domain::judge::{self, ConflictTarget, JudgeKind, JudgeProfile};
use crate::domain::judging::Criterion;
use crate::domain::{LanguageTag, PhaseAction};
use crate::i18n::{Locale, format_date_time, format_number};
use crate::operations::{self, OpError};

pub fn routes(r: &mut Routes) {
    r.get("/judge", panel);
    r.get("/judge/next", next);
    r.get("/judge/projects/{id}", score_page);
    r.post("/judge/projects/{id}/score", save_score);
    r.post("/judge/projects/{id}/skip", skip);
    r.get("/judge/profile", profile_page);
    r.post("/judge/profile", save_profile);
    r.post("/judge/profile/photo", upload_photo);
    r.get("/judges/photos/{photo}/{width}", photo);
    r.get("/judge/conflicts", conflicts_page);
    r.post("/judge/conflicts", add_conflict);
    r.post("/judge/conflicts/{id}/delete", remove_conflict);
}

#[derive(Serialize)]
struct PanelPage {
    event_name: Option<String>,
    phase_name: Option<String>,
    /// The capacities the judge has in the current event, by name.
    kinds: Vec<String>,
    volunteer: bool,
    vip: bool,
    award_panel: bool,
    /// Whether the profile still lacks the languages assignment needs.
    profile_incomplete: bool,
    done: i64,
    left: i64,
    /// Whether judges may score now; otherwise when they may.
    scoring_open: bool,
    scoring_when: String,
    projects: Vec<AssignedView>,
}

#[derive(Serialize)]
struct AssignedView {
    href: String,
    title: String,
    category: String,
    status: String,
    /// "31 / 40" once scored.
    total: String,
}

async fn panel(ctx: PageContext, judge: JudgeUser) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let user = judge.0.id();
    let mut conn = ctx.conn().await?;
    let event = db::events::current(&mut conn).await?;
    let profile = db::judging::profile(&mut conn, user).await?;
    let mut page = PanelPage {
        event_name: event.as_ref().map(|e| e.name.clone()),
        phase_name: event.as_ref().map(|e| l.t(&e.phase.name_key())),
        kinds: Vec::new(),
        volunteer: false,
        vip: false,
        award_panel: false,
        profile_incomplete: profile.languages.is_empty(),
        done: 0,
        left: 0,
        scoring_open: false,
        scoring_when: super::error::phases_allowing(l, PhaseAction::Score),
        projects: Vec::new(),
    };
    if let Some(event) = &event {
        let id = event.id.0;
        if let Some(j) = db::judging::judge(&mut conn, id, user)
            .await?
            .filter(|j| j.active)
        {
            page.kinds = j
                .kinds
                .as_slice()
                .iter()
                .map(|k| l.t(k.name_key()))
                .collect();
            page.volunteer = j.kinds.contains(JudgeKind::Volunteer);
            page.vip = j.kinds.contains(JudgeKind::Vip);
            page.award_panel = j.kinds.contains(JudgeKind::AwardPanel);
        }
        if page.volunteer {
            let (done, total) = db::judging::progress(&mut conn, id, user).await?;
            page.done = done;
            page.left = total - done;
            page.scoring_open = PhaseAction::Score.allowed_in(event.phase);
            page.projects = db::judging::assigned(&mut conn, id, user)
                .await?
                .into_iter()
                .map(|a| AssignedView {
                    href: format!("/judge/projects/{}", a.project_id),
                    title: a.title,
                    category: super::gallery::category_label(&a.category, l),
                    status: l.t(match (a.scored, a.skipped) {
                        (true, _) => "judge-status-scored",
                        (false, true) => "judge-status-skipped",
                        (false, false) => "judge-status-to-score",
                    }),
                    total: a
                        .total
                        .map(|t| {
                            format!(
                                "{} / {}",
                                format_number(i64::from(t), l),
                                format_number(40, l)
                            )
                        })
                        .unwrap_or_default(),
                })
                .collect();
        }
    }
    ctx.render("judge/panel.html", l.t("nav-judge"), &page)
}

/// The next project to score, or the panel when there is none.
async fn next(ctx: PageContext, judge: JudgeUser) -> Result<HttpResponse, AppError> {
    let location = next_location(&ctx, judge.0.id()).await?;
    Ok(see_other(&location))
}

async fn next_location(ctx: &PageContext, user: Uuid) -> Result<String, AppError> {
    let mut conn = ctx.conn().await?;
    let next = db::judging::next_unscored(&mut conn, user).await?;
    Ok(next.map_or_else(
        || "/judge".to_owned(),
        |project| format!("/judge/projects/{project}"),
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ScoreForm {
    coolness: String,
    complexity: String,
    presentation: String,
    design: String,
    comment: String,
}

#[derive(Serialize)]
struct ScorePage {
    project: ProjectPage,
    judging: bool,
    project_id: Uuid,
    done: i64,
    total: i64,
    /// Whether this project has a score already (the button says "Save changes").
    scored: bool,
    scoring_open: bool,
    /// When scoring is not open: the phases in which it is.
    not_open: String,
    criteria: Vec<CriterionView>,
    comment: String,
    comment_max: usize,
    errors: Vec<String>,
}

#[derive(Serialize)]
struct CriterionView {
    name: &'static str,
    label: String,
    hint: String,
    value: String,
    error: Option<String>,
}

async fn render_score_page(
    ctx: &PageContext,
    user: Uuid,
    project: Uuid,
    form: Option<&ScoreForm>,
    errors: &FormErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let mut conn = ctx.conn().await?;
    let db::judging::ScoreView {
        assignment: a,
        doc,
        phase,
        done,
        total,
    } = db::judging::score_view(&mut conn, user, project)
        .await?
        .ok_or(AppError::NotFound)?;
    drop(conn);
    let stored = a.score.as_ref();
    let stored_value = |i: usize| {
        stored
            .and_then(|(marks, _)| marks.get(i))
            .map(|m| m.to_string())
            .unwrap_or_default()
    };
    let typed = |c: Criterion| {
        form.map(|f| match c {
            Criterion::Coolness => f.coolness.clone(),
            Criterion::Complexity => f.complexity.clone(),
            Criterion::Presentation => f.presentation.clone(),
            Criterion::Design => f.design.clone(),
        })
    };
    let mut criteria: Vec<CriterionView> = Criterion::ALL
        .iter()
        .enumerate()
        .map(|(i, c)| CriterionView {
            name: c.as_str(),
            label: l.t(c.name_key()),
            hint: l.t(&format!("{}-hint", c.name_key())),
            value: typed(*c).unwrap_or_else(|| stored_value(i)),
            error: None,
        })
        .collect();
    let mut fields: Vec<super::forms::Field> = criteria
        .iter()
        .map(|c| super::forms::Field::new(l, c.name, "number", &format!("rubric-{}", c.name)))
        .collect();
    errors.apply(l, &mut fields);
    for (c, f) in criteria.iter_mut().zip(fields) {
        c.error = f.error;
    }
    let page = ScorePage {
        judging: true,
        project: project_view(&doc, &ctx.state.base_url, l),
        project_id: project,
        done,
        total,
        scored: stored.is_some(),
        scoring_open: PhaseAction::Score.allowed_in(phase),
        not_open: super::error::not_in_phase(l, PhaseAction::Score),
        criteria,
        comment: form.map_or_else(
            || stored.map(|(_, c)| c.clone()).unwrap_or_default(),
            |f| f.comment.clone(),
        ),
        comment_max: operations::judging::COMMENT_MAX,
        errors: errors.summary(l, &[]),
    };
    ctx.render_status(status, "judge/score.html", doc.title.clone(), &page)
}

async fn score_page(
    ctx: PageContext,
    judge: JudgeUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let project = parse_id(&id)?;
    render_score_page(
        &ctx,
        judge.0.id(),
        project,
        None,
        &FormErrors::default(),
        StatusCode::OK,
    )
    .await
}

async fn save_score(
    ctx: PageContext,
    judge: JudgeUser,
    id: web::Path<String>,
    form: CsrfForm<ScoreForm>,
) -> Result<HttpResponse, AppError> {
    let project = parse_id(&id)?;
    let form = form.0;
    let user = judge.0.id();
    let back = format!("/judge/projects/{project}");
    let mut errors = FormErrors::default();
    let rubric = match judge::parse_rubric(
        &form.coolness,
        &form.complexity,
        &form.presentation,
        &form.design,
    ) {
        Ok(r) => Some(r),
        Err(problems) => {
            for (field, e) in problems {
                errors.add(field, e);
            }
            None
        }
    };
    let outcome = match rubric {
        Some(rubric) => {
            operations::judging::score(
                ctx.ops(),
                &ctx.actor(&judge.0),
                project,
                &rubric,
                &form.comment,
            )
            .await
        }
        None => Err(OpError::Invalid(Vec::new())),
    };
    match outcome {
        Ok(()) => {
            ctx.flash("judge-score-saved")?;
            let location = next_location(&ctx, user).await?;
            Ok(see_other(&location))
        }
        Err(OpError::Invalid(problems)) => {
            for (field, e) in problems {
                errors.add(field, e);
            }
            render_score_page(
                &ctx,
                user,
                project,
                Some(&form),
                &errors,
                StatusCode::BAD_REQUEST,
            )
            .await
        }
        Err(e @ OpError::NotInPhase(_)) => ctx.refused(e, &back),
        Err(e) => Err(e.into()),
    }
}

async fn skip(
    ctx: PageContext,
    judge: JudgeUser,
    id: web::Path<String>,
    _form: CsrfForm<super::forms::NoFields>,
) -> Result<HttpResponse, AppError> {
    let project = parse_id(&id)?;
    let back = format!("/judge/projects/{project}");
    match operations::judging::skip(ctx.ops(), &ctx.actor(&judge.0), project).await {
        Ok(()) => {
            let location = next_location(&ctx, judge.0.id()).await?;
            Ok(see_other(&location))
        }
        Err(e @ OpError::NotInPhase(_)) => ctx.refused(e, &back),
        Err(e) => Err(e.into()),
    }
}

/// The profile form as posted.
#[derive(Debug, Default)]
struct ProfileForm {
    title: String,
    bio: String,
    /// The languages ticked (one `languages` field per ticked box).
    languages: Vec<String>,
}

impl ProfileForm {
    fn from_pairs(pairs: &[(String, String)]) -> Self {
        let mut f = ProfileForm::default();
        for (k, v) in pairs {
            match k.as_str() {
                "title" => f.title = v.clone(),
                "bio" => f.bio = v.clone(),
                "languages" => f.languages.push(v.clone()),
                _ => {}
            }
        }
        f
    }
}

#[derive(Serialize)]
struct ProfilePage {
    display_name: String,
    title: String,
    bio: String,
    title_max: usize,
    bio_max: usize,
    languages: Vec<LanguageChoice>,
    errors: Vec<String>,
    title_error: Option<String>,
    bio_error: Option<String>,
    languages_error: Option<String>,
    /// The current photo's URL, whether a new one is being processed, and why the last
    /// upload was refused.
    photo: Option<String>,
    photo_pending: bool,
    photo_error: Option<String>,
}

#[derive(Serialize)]
struct LanguageChoice {
    value: String,
    label: String,
    checked: bool,
}

/// The languages a judge can tick: the current event's content languages first, then
/// the interface languages, then any they listed before.
async fn language_choices(
    conn: &mut sqlx::PgConnection,
    l: Locale,
    ticked: &[String],
) -> Result<Vec<LanguageChoice>, AppError> {
    let mut tags: Vec<String> = Vec::new();
    if let Some(event) = db::events::current(conn).await? {
        tags.extend(event.content_languages.iter().map(|t| t.to_string()));
    }
    tags.extend(Locale::all().map(|l| l.code().to_owned()));
    tags.extend(
        ticked
            .iter()
            .filter_map(|t| LanguageTag::parse(t).ok())
            .map(|t| t.to_string()),
    );
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for tag in tags {
        if seen.contains(&tag) {
            continue;
        }
        seen.push(tag.clone());
        out.push(LanguageChoice {
            label: crate::i18n::language_name(&tag, l),
            checked: ticked
                .iter()
                .any(|t| LanguageTag::parse(t).is_ok_and(|p| p.as_str() == tag)),
            value: tag,
        });
    }
    Ok(out)
}

async fn render_profile(
    ctx: &PageContext,
    judge: &JudgeUser,
    form: Option<&ProfileForm>,
    errors: &FormErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let mut conn = ctx.conn().await?;
    let stored = db::judging::profile(&mut conn, judge.0.id()).await?;
    let photo = stored.photo_id.map(|p| photo_url(p, 480));
    let photo_pending = stored.pending_photo_id.is_some();
    let photo_error = errors
        .get("photo")
        .or(stored.photo_problem.as_deref())
        .map(|key| l.t(key));
    let (title, bio, ticked) = match form {
        Some(f) => (f.title.clone(), f.bio.clone(), f.languages.clone()),
        None => (stored.title, stored.bio, stored.languages),
    };
    let mut fields = vec![
        super::forms::Field::new(l, "title", "text", "judge-profile-title"),
        super::forms::Field::new(l, "bio", "textarea", "judge-profile-bio"),
        super::forms::Field::new(l, "languages", "checkbox", "judge-profile-languages"),
    ];
    errors.apply(l, &mut fields);
    let mut field_errors = fields.into_iter().map(|f| f.error);
    let page = ProfilePage {
        display_name: judge.0.0.display_name.clone(),
        title,
        bio,
        title_max: judge::TITLE_MAX,
        bio_max: judge::BIO_MAX,
        languages: language_choices(&mut conn, l, &ticked).await?,
        errors: errors.summary(l, &[]),
        title_error: field_errors.next().flatten(),
        bio_error: field_errors.next().flatten(),
        languages_error: field_errors.next().flatten(),
        photo,
        photo_pending,
        photo_error,
    };
    ctx.render_status(
        status,
        "judge/profile.html",
        l.t("judge-profile-heading"),
        &page,
    )
}

async fn profile_page(ctx: PageContext, judge: JudgeUser) -> Result<HttpResponse, AppError> {
    render_profile(&ctx, &judge, None, &FormErrors::default(), StatusCode::OK).await
}

async fn save_profile(
    ctx: PageContext,
    judge: JudgeUser,
    form: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let form = ProfileForm::from_pairs(&form.0);
    let mut errors = FormErrors::default();
    match JudgeProfile::parse(&form.title, &form.bio, &form.languages) {
        Ok(profile) => {
            operations::judging::save_profile(ctx.ops(), &ctx.actor(&judge.0), &profile).await?;
            ctx.flash("judge-profile-saved")?;
            Ok(see_other("/judge"))
        }
        Err(problems) => {
            for (field, e) in problems {
                errors.add(field, e);
            }
            render_profile(&ctx, &judge, Some(&form), &errors, StatusCode::BAD_REQUEST).await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ConflictForm {
    /// `project` or `account`.
    pub(super) kind: String,
    pub(super) project: String,
    pub(super) email: String,
    pub(super) note: String,
}

#[derive(Serialize)]
struct ConflictsPage {
    conflicts: Vec<ConflictView>,
    kinds: Vec<SelectOption>,
    kind: String,
    project: String,
    email: String,
    note: String,
    note_max: usize,
    errors: Vec<String>,
}

#[derive(Serialize)]
pub(super) struct ConflictView {
    pub id: Uuid,
    pub what: String,
    pub note: String,
    pub by_organizer: bool,
    pub added: String,
}

/// How a conflict reads in lists.
pub(super) fn conflict_view(c: db::judging::ConflictRecord, l: Locale) -> ConflictView {
    let what = match c.kind.as_str() {
        "project" => l.t_args(
            "judge-conflict-project",
            &[("title", c.label.clone().into())],
        ),
        "creator" => l.t_args(
            "judge-conflict-creator",
            &[("name", c.label.clone().into())],
        ),
        _ => l.t_args(
            "judge-conflict-account",
            &[("email", c.email.clone().unwrap_or_default().into())],
        ),
    };
    ConflictView {
        id: c.id,
        what,
        note: c.note,
        by_organizer: c.by_organizer,
        added: format_date_time(c.created_at, chrono_tz::UTC, l),
    }
}

async fn render_conflicts(
    ctx: &PageContext,
    judge: &JudgeUser,
    form: &ConflictForm,
    errors: &FormErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let mut conn = ctx.conn().await?;
    let conflicts = db::judging::conflicts(&mut conn, judge.0.id())
        .await?
        .into_iter()
        .map(|c| conflict_view(c, l))
        .collect();
    let page = ConflictsPage {
        conflicts,
        kinds: [
            ("project", "judge-conflict-kind-project"),
            ("team", "judge-conflict-kind-team"),
            ("account", "judge-conflict-kind-account"),
        ]
        .into_iter()
        .map(|(value, key)| SelectOption {
            value: value.to_owned(),
            label: l.t(key),
        })
        .collect(),
        kind: if form.kind.is_empty() {
            "project".to_owned()
        } else {
            form.kind.clone()
        },
        project: form.project.clone(),
        email: form.email.clone(),
        note: form.note.clone(),
        note_max: judge::CONFLICT_NOTE_MAX,
        errors: errors.summary(l, &[]),
    };
    ctx.render_status(
        status,
        "judge/conflicts.html",
        l.t("judge-conflicts-heading"),
        &page,
    )
}

async fn conflicts_page(ctx: PageContext, judge: JudgeUser) -> Result<HttpResponse, AppError> {
    render_conflicts(
        &ctx,
        &judge,
        &ConflictForm::default(),
        &FormErrors::default(),
        StatusCode::OK,
    )
    .await
}

/// A conflict from the form: a project (by its link) or an account (by its email).
pub(super) fn parse_conflict(
    kind: &str,
    project: &str,
    email: &str,
) -> Result<ConflictTarget, (&'static str, crate::domain::account::InputError)> {
    match kind {
        "account" => EmailAddress::parse(email)
            .map(ConflictTarget::Account)
            .map_err(|e| ("email", e)),
        "team" => match ConflictTarget::project_from_link(project) {
            Ok(ConflictTarget::Project(id)) => Ok(ConflictTarget::Team(id)),
            Ok(other) => Ok(other),
            Err(e) => Err(("project", e)),
        },
        _ => ConflictTarget::project_from_link(project).map_err(|e| ("project", e)),
    }
}

async fn add_conflict(
    ctx: PageContext,
    judge: JudgeUser,
    form: CsrfForm<ConflictForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let mut errors = FormErrors::default();
    let target = match parse_conflict(&form.kind, &form.project, &form.email) {
        Ok(t) => t,
        Err((field, e)) => {
            errors.add(field, e);
            return render_conflicts(&ctx, &judge, &form, &errors, StatusCode::BAD_REQUEST).await;
        }
    };
    let actor = ctx.actor(&judge.0);
    match operations::judging::add_conflict(ctx.ops(), &actor, judge.0.id(), &target, &form.note)
        .await
    {
        Ok(_) => {
            ctx.flash("judge-conflict-added")?;
            Ok(see_other("/judge/conflicts"))
        }
        Err(OpError::Invalid(problems)) => {
            for (field, e) in problems {
                errors.add(field, e);
            }
            render_conflicts(&ctx, &judge, &form, &errors, StatusCode::BAD_REQUEST).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn remove_conflict(
    ctx: PageContext,
    judge: JudgeUser,
    id: web::Path<String>,
    _form: CsrfForm<super::forms::NoFields>,
) -> Result<HttpResponse, AppError> {
    let conflict = parse_id(&id)?;
    operations::judging::remove_conflict(ctx.ops(), &ctx.actor(&judge.0), judge.0.id(), conflict)
        .await?;
    ctx.flash("judge-conflict-removed")?;
    Ok(see_other("/judge/conflicts"))
}

/// Where a judge's photo is served.
pub(super) fn photo_url(photo: Uuid, width: u32) -> String {
    format!("/judges/photos/{photo}/{width}")
}

/// A new profile photo: checked now, processed in the background.
async fn upload_photo(
    ctx: PageContext,
    judge: JudgeUser,
    req: actix_web::HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let upload = super::projects::read_checked_upload(&ctx, &req, payload).await?;
    let actor = ctx.actor(&judge.0);
    match operations::judging::upload_photo(ctx.ops(), &actor, upload.bytes, upload.too_big).await {
        Ok(_) => {
            ctx.flash("judge-photo-uploaded")?;
            Ok(see_other("/judge/profile"))
        }
        Err(OpError::Invalid(problems)) => {
            let mut errors = FormErrors::default();
            for (field, e) in problems {
                errors.add(field, e);
            }
            render_profile(&ctx, &judge, None, &errors, StatusCode::BAD_REQUEST).await
        }
        Err(e) => Err(e.into()),
    }
}

/// A judge's current photo: public, as the livestream shows it.
async fn photo(ctx: PageContext, path: web::Path<(String, u32)>) -> Result<HttpResponse, AppError> {
    let (photo, width) = path.into_inner();
    let photo = parse_id(&photo)?;
    let mut conn = ctx.conn().await?;
    if !db::judging::is_judge_photo(&mut conn, photo).await? {
        return Err(AppError::NotFound);
    }
    drop(conn);
    super::http_cache::jpeg(
        ctx.state.storage.as_ref(),
        photo,
        width,
        super::http_cache::REVALIDATE,
    )
    .await
}
