//! The organizers' judging pages: the event's judging settings and its judges (kinds,
//! languages, conflicts, progress), one judge's page, the assignment preview / apply /
//! undo, and the shortlist with its adjustments.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::context::{PageContext, see_other};
use super::csrf::CsrfForm;
use super::forms::{FormErrors, NoFields};
use super::guards::OrganizerUser;
use super::judge::{ConflictView, conflict_view, parse_conflict};
use super::router::Routes;
use super::{AppError, parse_id};
use crate::db;
use crate::domain::PhaseAction;
use crate::domain::judge::{JudgeKind, JudgeKinds, JudgingSettings};
use crate::i18n::{Locale, format_date_time, format_decimal, format_number};
use crate::operations::{self, OpError};

pub fn routes(r: &mut Routes) {
    r.get("/organizer/judging", judging_page);
    r.post("/organizer/judging/settings", save_settings);
    r.get("/organizer/judges/{id}", judge_page);
    r.post("/organizer/judges/{id}", update_judge);
    r.post("/organizer/judges/{id}/conflicts", add_conflict);
    r.post(
        "/organizer/judges/{id}/conflicts/{conflict}/delete",
        remove_conflict,
    );
    r.get("/organizer/assignment", assignment_page);
    r.post("/organizer/assignment/apply", apply_assignment);
    r.post("/organizer/assignment/{batch}/undo", undo_assignment);
    r.get("/organizer/shortlist", shortlist_page);
    r.post("/organizer/shortlist/{project}", adjust_shortlist);
}

fn kinds_label(kinds: &JudgeKinds, l: Locale) -> String {
    let names: Vec<String> = kinds.as_slice().iter().map(|k| l.t(k.name_key())).collect();
    names.join(&l.t("list-separator"))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SettingsForm {
    judges_per_project: String,
    judge_cap: String,
}

#[derive(Serialize)]
struct JudgingPage {
    event_name: String,
    phase: String,
    settings: Vec<SettingField>,
    /// Shown, changed on the event's settings page.
    shortlist_size: u32,
    favourites_per_vip: u32,
    errors: Vec<String>,
    judges: Vec<RosterView>,
}

#[derive(Serialize)]
struct SettingField {
    name: &'static str,
    label: String,
    value: String,
    max: u32,
    error: Option<String>,
}

#[derive(Serialize)]
struct RosterView {
    href: String,
    name: String,
    email: String,
    title: String,
    kinds: String,
    languages: String,
    conflicts: i64,
    assigned: i64,
    scored: i64,
    active: bool,
}

async fn render_judging(
    ctx: &PageContext,
    form: Option<&SettingsForm>,
    errors: &FormErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let event = ctx.current_event().await?;
    let mut conn = ctx.conn().await?;
    let stored = db::judging::settings(&mut conn, event.id.0).await?;
    let value = |typed: Option<&String>, n: u32| typed.cloned().unwrap_or_else(|| n.to_string());
    let mut settings = vec![
        SettingField {
            name: "judges_per_project",
            label: l.t("judging-judges-per-project"),
            value: value(
                form.map(|f| &f.judges_per_project),
                stored.judges_per_project,
            ),
            max: 10,
            error: None,
        },
        SettingField {
            name: "judge_cap",
            label: l.t("judging-judge-cap"),
            value: value(form.map(|f| &f.judge_cap), stored.judge_cap),
            max: 1000,
            error: None,
        },
    ];
    let mut fields: Vec<super::forms::Field> = settings
        .iter()
        .map(|s| super::forms::Field::new(l, s.name, "number", "judging-settings-heading"))
        .collect();
    errors.apply(l, &mut fields);
    for (s, f) in settings.iter_mut().zip(fields) {
        s.error = f.error;
    }
    let judges = db::judging::roster(&mut conn, event.id.0)
        .await?
        .into_iter()
        .map(|r| RosterView {
            href: format!("/organizer/judges/{}", r.judge.user_id),
            name: r.display_name,
            email: r.email,
            title: r.title,
            kinds: kinds_label(&r.judge.kinds, l),
            languages: r
                .languages
                .iter()
                .map(|t| crate::i18n::language_name(t, l))
                .collect::<Vec<_>>()
                .join(&l.t("list-separator")),
            conflicts: r.conflicts,
            assigned: r.assigned,
            scored: r.scored,
            active: r.judge.active,
        })
        .collect();
    let page = JudgingPage {
        event_name: event.name.clone(),
        phase: l.t(&event.phase.name_key()),
        errors: errors.summary(l, &[]),
        settings,
        shortlist_size: stored.shortlist_size,
        favourites_per_vip: stored.favourites_per_vip,
        judges,
    };
    ctx.render_status(
        status,
        "organizer/judging.html",
        l.t("judging-heading"),
        &page,
    )
}

async fn judging_page(ctx: PageContext, _o: OrganizerUser) -> Result<HttpResponse, AppError> {
    render_judging(&ctx, None, &FormErrors::default(), StatusCode::OK).await
}

async fn save_settings(
    ctx: PageContext,
    organizer: OrganizerUser,
    form: CsrfForm<SettingsForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    // The shortlist size and favourites per VIP judge are event settings
    // (`/organizer/settings`, with their own rules); this form keeps them as they are.
    let defaults = JudgingSettings::default();
    let parsed = JudgingSettings::parse(
        &form.judges_per_project,
        &form.judge_cap,
        &defaults.shortlist_size.to_string(),
        &defaults.favourites_per_vip.to_string(),
    );
    let settings = match parsed {
        Ok(s) => s,
        Err(problems) => {
            let mut errors = FormErrors::default();
            for (field, e) in problems {
                errors.add(field, e);
            }
            return render_judging(&ctx, Some(&form), &errors, StatusCode::BAD_REQUEST).await;
        }
    };
    let event = ctx.current_event().await?;
    operations::judging::save_settings(ctx.ops(), &ctx.actor(&organizer.0), event.id.0, &settings)
        .await?;
    ctx.flash("judging-settings-saved")?;
    Ok(see_other("/organizer/judging"))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct JudgeForm {
    kind_volunteer: Option<String>,
    kind_vip: Option<String>,
    kind_award_panel: Option<String>,
    cap: String,
    active: Option<String>,
}

#[derive(Serialize)]
struct JudgePage {
    id: Uuid,
    name: String,
    email: String,
    title: String,
    bio: String,
    languages: String,
    photo: Option<String>,
    kinds: Vec<KindChoice>,
    cap: String,
    event_cap: u32,
    active: bool,
    assigned: i64,
    scored: i64,
    conflicts: Vec<ConflictView>,
    errors: Vec<String>,
    conflict_kind: String,
    conflict_project: String,
    conflict_email: String,
    conflict_note: String,
}

#[derive(Serialize)]
struct KindChoice {
    name: &'static str,
    label: String,
    checked: bool,
}

#[derive(Default)]
struct JudgeTyped<'a> {
    form: Option<&'a JudgeForm>,
    conflict: Option<&'a super::judge::ConflictForm>,
}

async fn render_judge(
    ctx: &PageContext,
    user: Uuid,
    typed: JudgeTyped<'_>,
    errors: &FormErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let event = ctx.current_event().await?;
    let mut conn = ctx.conn().await?;
    let entry = db::judging::roster(&mut conn, event.id.0)
        .await?
        .into_iter()
        .find(|r| r.judge.user_id == user)
        .ok_or(AppError::NotFound)?;
    let profile = db::judging::profile(&mut conn, user).await?;
    let settings = db::judging::settings(&mut conn, event.id.0).await?;
    let conflicts = db::judging::conflicts(&mut conn, user)
        .await?
        .into_iter()
        .map(|c| conflict_view(c, l))
        .collect();
    let ticked = |name: &str, kind: JudgeKind| match typed.form {
        Some(f) => match name {
            "kind_volunteer" => f.kind_volunteer.is_some(),
            "kind_vip" => f.kind_vip.is_some(),
            _ => f.kind_award_panel.is_some(),
        },
        None => entry.judge.kinds.contains(kind),
    };
    let kinds = [
        ("kind_volunteer", JudgeKind::Volunteer),
        ("kind_vip", JudgeKind::Vip),
        ("kind_award_panel", JudgeKind::AwardPanel),
    ]
    .into_iter()
    .map(|(name, kind)| KindChoice {
        name,
        label: l.t(kind.name_key()),
        checked: ticked(name, kind),
    })
    .collect();
    let c = typed.conflict;
    let page = JudgePage {
        id: user,
        name: entry.display_name,
        email: entry.email,
        title: profile.title,
        bio: profile.bio,
        languages: profile
            .languages
            .iter()
            .map(|t| crate::i18n::language_name(t, l))
            .collect::<Vec<_>>()
            .join(&l.t("list-separator")),
        photo: profile.photo_id.map(|p| super::judge::photo_url(p, 480)),
        kinds,
        cap: typed.form.map_or_else(
            || entry.judge.cap.map(|c| c.to_string()).unwrap_or_default(),
            |f| f.cap.clone(),
        ),
        event_cap: settings.judge_cap,
        active: typed
            .form
            .map_or(entry.judge.active, |f| f.active.is_some()),
        assigned: entry.assigned,
        scored: entry.scored,
        conflicts,
        errors: errors.summary(l, &[]),
        conflict_kind: c.map_or_else(|| "project".to_owned(), |c| c.kind.clone()),
        conflict_project: c.map(|c| c.project.clone()).unwrap_or_default(),
        conflict_email: c.map(|c| c.email.clone()).unwrap_or_default(),
        conflict_note: c.map(|c| c.note.clone()).unwrap_or_default(),
    };
    let title = page.name.clone();
    ctx.render_status(status, "organizer/judge.html", title, &page)
}

async fn judge_page(
    ctx: PageContext,
    _o: OrganizerUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = parse_id(&id)?;
    render_judge(
        &ctx,
        user,
        JudgeTyped::default(),
        &FormErrors::default(),
        StatusCode::OK,
    )
    .await
}

async fn update_judge(
    ctx: PageContext,
    organizer: OrganizerUser,
    id: web::Path<String>,
    form: CsrfForm<JudgeForm>,
) -> Result<HttpResponse, AppError> {
    let user = parse_id(&id)?;
    let form = form.0;
    let mut errors = FormErrors::default();
    let kinds = [
        (&form.kind_volunteer, JudgeKind::Volunteer),
        (&form.kind_vip, JudgeKind::Vip),
        (&form.kind_award_panel, JudgeKind::AwardPanel),
    ]
    .into_iter()
    .filter(|(t, _)| t.is_some())
    .map(|(_, k)| k);
    let kinds = errors.check("kind_volunteer", JudgeKinds::new(kinds));
    let cap = match form.cap.trim() {
        "" => Some(None),
        raw => match raw.parse::<u32>() {
            Ok(n) if n <= 1000 => Some(Some(n)),
            _ => {
                errors.add(
                    "cap",
                    crate::domain::account::InputError("error-number-out-of-range"),
                );
                None
            }
        },
    };
    let (Some(kinds), Some(cap)) = (kinds, cap) else {
        let typed = JudgeTyped {
            form: Some(&form),
            conflict: None,
        };
        return render_judge(&ctx, user, typed, &errors, StatusCode::BAD_REQUEST).await;
    };
    let event = ctx.current_event().await?;
    let change = operations::judging::JudgeChange {
        kinds,
        cap,
        active: form.active.is_some(),
    };
    let changed = operations::judging::update_judge(
        ctx.ops(),
        &ctx.actor(&organizer.0),
        event.id.0,
        user,
        &change,
    )
    .await?;
    ctx.flash(if changed.released.is_empty() {
        "judging-judge-saved"
    } else {
        "judging-judge-released"
    })?;
    Ok(see_other(&format!("/organizer/judges/{user}")))
}

async fn add_conflict(
    ctx: PageContext,
    organizer: OrganizerUser,
    id: web::Path<String>,
    form: CsrfForm<super::judge::ConflictForm>,
) -> Result<HttpResponse, AppError> {
    let user = parse_id(&id)?;
    let form = form.0;
    let mut errors = FormErrors::default();
    let typed = JudgeTyped {
        form: None,
        conflict: Some(&form),
    };
    let target = match parse_conflict(&form.kind, &form.project, &form.email) {
        Ok(t) => t,
        Err((field, e)) => {
            errors.add(field, e);
            return render_judge(&ctx, user, typed, &errors, StatusCode::BAD_REQUEST).await;
        }
    };
    let actor = ctx.actor(&organizer.0);
    match operations::judging::add_conflict(ctx.ops(), &actor, user, &target, &form.note).await {
        Ok(_) => {
            ctx.flash("judge-conflict-added")?;
            Ok(see_other(&format!("/organizer/judges/{user}")))
        }
        Err(OpError::Invalid(problems)) => {
            for (field, e) in problems {
                errors.add(field, e);
            }
            render_judge(&ctx, user, typed, &errors, StatusCode::BAD_REQUEST).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn remove_conflict(
    ctx: PageContext,
    organizer: OrganizerUser,
    path: web::Path<(String, String)>,
    _form: CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    let (user, conflict) = path.into_inner();
    let (user, conflict) = (parse_id(&user)?, parse_id(&conflict)?);
    operations::judging::remove_conflict(ctx.ops(), &ctx.actor(&organizer.0), user, conflict)
        .await?;
    ctx.flash("judge-conflict-removed")?;
    Ok(see_other(&format!("/organizer/judges/{user}")))
}

#[derive(Serialize)]
struct AssignmentPage {
    event_name: String,
    allowed: bool,
    not_allowed: String,
    preview: operations::assignment::Preview,
    /// Figures as text in the reader's language.
    new_count: String,
    language_share: String,
    load: Vec<LoadView>,
    short: Vec<ShortView>,
    batches: Vec<BatchView>,
}

#[derive(Serialize)]
struct LoadView {
    name: String,
    before: u32,
    after: u32,
    cap: u32,
    added: u32,
}

#[derive(Serialize)]
struct ShortView {
    title: String,
    has: u32,
    wanted: u32,
    reason: String,
}

#[derive(Serialize)]
struct BatchView {
    id: Uuid,
    created: String,
    by: String,
    assignments: i64,
    scored: i64,
    undone: Option<String>,
    can_undo: bool,
}

async fn assignment_page(
    ctx: PageContext,
    organizer: OrganizerUser,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let event = ctx.current_event().await?;
    let preview =
        operations::assignment::preview(ctx.ops(), &ctx.actor(&organizer.0), event.id.0).await?;
    let mut conn = ctx.conn().await?;
    let names: HashMap<Uuid, String> = db::judging::roster(&mut conn, event.id.0)
        .await?
        .into_iter()
        .map(|r| (r.judge.user_id, r.display_name))
        .collect();
    let titles: HashMap<Uuid, String> = db::judging::published(&mut conn, event.id.0)
        .await?
        .into_iter()
        .map(|p| (p.project_id, p.title))
        .collect();
    let batches = db::judging::batches(&mut conn, event.id.0)
        .await?
        .into_iter()
        .map(|b| BatchView {
            id: b.id,
            created: format_date_time(b.created_at, event.timezone.tz(), l),
            by: b.created_by.unwrap_or_default(),
            assignments: b
                .summary
                .get("new_count")
                .and_then(serde_json::Value::as_i64)
                .unwrap_or(b.assignments),
            scored: b.scored,
            undone: b
                .undone_at
                .map(|at| format_date_time(at, event.timezone.tz(), l)),
            can_undo: b.undone_at.is_none() && b.scored == 0,
        })
        .collect();
    let share = if preview.new_count == 0 {
        String::new()
    } else {
        let matches = i64::try_from(preview.language_matches).unwrap_or(i64::MAX);
        let all = i64::try_from(preview.new_count).unwrap_or(i64::MAX);
        l.t_args(
            "assignment-language-share",
            &[
                ("matches", format_number(matches, l).into()),
                (
                    "percent",
                    format_number(matches * 100 / all.max(1), l).into(),
                ),
            ],
        )
    };
    let page = AssignmentPage {
        event_name: event.name.clone(),
        allowed: PhaseAction::AssignJudges.allowed_in(event.phase),
        not_allowed: super::error::not_in_phase(l, PhaseAction::AssignJudges),
        new_count: l.t_args(
            "assignment-new-count",
            &[
                (
                    "count",
                    i64::try_from(preview.new_count).unwrap_or(i64::MAX).into(),
                ),
                (
                    "projects",
                    i64::try_from(preview.projects).unwrap_or(i64::MAX).into(),
                ),
                (
                    "judges",
                    i64::try_from(preview.judges).unwrap_or(i64::MAX).into(),
                ),
            ],
        ),
        language_share: share,
        load: preview
            .load
            .iter()
            .map(|j| LoadView {
                name: names.get(&j.judge).cloned().unwrap_or_default(),
                before: j.before,
                after: j.after,
                cap: j.cap,
                added: j.after.saturating_sub(j.before),
            })
            .collect(),
        short: preview
            .short
            .iter()
            .map(|s| ShortView {
                title: titles.get(&s.project).cloned().unwrap_or_default(),
                has: s.has,
                wanted: s.wanted,
                reason: l.t(s.reason.key()),
            })
            .collect(),
        batches,
        preview,
    };
    ctx.render(
        "organizer/assignment.html",
        l.t("assignment-heading"),
        &page,
    )
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ApplyForm {
    fingerprint: String,
}

async fn apply_assignment(
    ctx: PageContext,
    organizer: OrganizerUser,
    form: CsrfForm<ApplyForm>,
) -> Result<HttpResponse, AppError> {
    let event = ctx.current_event().await?;
    let actor = ctx.actor(&organizer.0);
    let outcome =
        operations::assignment::apply(ctx.ops(), &actor, event.id.0, Some(&form.0.fingerprint))
            .await;
    let back = "/organizer/assignment";
    ctx.after(outcome, "assignment-applied", back, back)
}

async fn undo_assignment(
    ctx: PageContext,
    organizer: OrganizerUser,
    batch: web::Path<String>,
    _form: CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    let batch = parse_id(&batch)?;
    let outcome = operations::assignment::undo(ctx.ops(), &ctx.actor(&organizer.0), batch).await;
    let back = "/organizer/assignment";
    ctx.after(outcome, "assignment-undone", back, back)
}

#[derive(Serialize)]
struct ShortlistPage {
    event_name: String,
    can_adjust: bool,
    not_allowed: String,
    /// While judges score, organizers see raw and normalised values; the page says the
    /// shortlist is still moving.
    provisional: bool,
    categories: Vec<CategoryView>,
}

#[derive(Serialize)]
struct CategoryView {
    slug: String,
    name: String,
    k: usize,
    tie_at_cut: bool,
    rows: Vec<ShortlistRow>,
}

#[derive(Serialize)]
struct ShortlistRow {
    project: Uuid,
    href: String,
    title: String,
    rank: Option<usize>,
    tied: bool,
    raw: String,
    normalised: String,
    judges: usize,
    /// Each judge's raw total and z-score, for the details.
    marks: String,
    disagreement: bool,
    on_shortlist: bool,
    status: String,
    reason: Option<String>,
    adjusted: bool,
}

async fn shortlist_page(ctx: PageContext, _o: OrganizerUser) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let event = ctx.current_event().await?;
    let mut conn = ctx.conn().await?;
    let shortlist = operations::judging::shortlist(&mut conn, event.id.0).await?;
    let categories = shortlist
        .categories
        .iter()
        .map(|(slug, c)| CategoryView {
            slug: slug.clone(),
            name: super::gallery::category_label(slug, l),
            k: c.k,
            tie_at_cut: c.tie_at_cut,
            rows: c
                .entries
                .iter()
                .map(|e| {
                    let status = l.t(e.status.name_key());
                    let reason = e.status.reason().map(str::to_owned);
                    let marks = shortlist
                        .details
                        .get(&e.project)
                        .map(|d| {
                            d.judges
                                .iter()
                                .map(|j| {
                                    l.t_args(
                                        "shortlist-judge-mark",
                                        &[
                                            ("raw", format_decimal(j.raw_total, 0, l).into()),
                                            ("z", format_decimal(j.z, 2, l).into()),
                                        ],
                                    )
                                })
                                .collect::<Vec<_>>()
                                .join(" · ")
                        })
                        .unwrap_or_default();
                    ShortlistRow {
                        project: e.project,
                        href: format!("/gallery/{}", e.project),
                        title: shortlist
                            .titles
                            .get(&e.project)
                            .cloned()
                            .unwrap_or_default(),
                        rank: e.rank,
                        tied: e.tied,
                        raw: e
                            .raw_mean
                            .map(|v| format_decimal(v, 1, l))
                            .unwrap_or_default(),
                        normalised: e
                            .normalised_score
                            .map(|v| format_decimal(v, 2, l))
                            .unwrap_or_default(),
                        judges: e.judge_count,
                        marks,
                        disagreement: e.disagreement,
                        on_shortlist: e.on_shortlist,
                        adjusted: reason.is_some(),
                        status,
                        reason,
                    }
                })
                .collect(),
        })
        .collect();
    let page = ShortlistPage {
        event_name: event.name.clone(),
        can_adjust: PhaseAction::AdjustShortlist.allowed_in(event.phase),
        not_allowed: super::error::not_in_phase(l, PhaseAction::AdjustShortlist),
        provisional: PhaseAction::Score.allowed_in(event.phase),
        categories,
    };
    ctx.render("organizer/shortlist.html", l.t("shortlist-heading"), &page)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AdjustForm {
    /// `include`, `exclude` or `clear`.
    action: String,
    reason: String,
}

async fn adjust_shortlist(
    ctx: PageContext,
    organizer: OrganizerUser,
    project: web::Path<String>,
    form: CsrfForm<AdjustForm>,
) -> Result<HttpResponse, AppError> {
    let project = parse_id(&project)?;
    let form = form.0;
    let include = match form.action.as_str() {
        "include" => Some(true),
        "exclude" => Some(false),
        "clear" => None,
        _ => return Err(AppError::BadRequest),
    };
    let back = "/organizer/shortlist";
    let actor = ctx.actor(&organizer.0);
    let outcome =
        operations::judging::adjust_shortlist(ctx.ops(), &actor, project, include, &form.reason)
            .await;
    ctx.after(outcome, "shortlist-adjusted", back, back)
}
