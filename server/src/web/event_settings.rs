//! The event's settings in the console: name, phase dates (in the event's timezone),
//! consent age, team size, content languages, shortlist size and favourites per VIP judge
//! on one form; the categories below it (add, rename in every language, reorder, remove
//! when unused). The rules are `domain::event_settings`; the changes
//! `operations::events::{save_settings, change_category}`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use fluent_templates::fluent_bundle::FluentValue;
use serde::Serialize;

use super::AppError;
use super::context::{PageContext, see_other};
use super::csrf::CsrfForm;
use super::forms::Field;
use super::guards::OrganizerUser;
use super::router::Routes;
use crate::db;
use crate::db::events::CategoryRecord;
use crate::domain::CategorySlug;
use crate::domain::event::Event;
use crate::domain::event_settings::{
    CATEGORY_DESCRIPTION_MAX, CATEGORY_NAME_MAX, CONTENT_LANGUAGE_CHOICES, CategoryText,
    DATE_FIELDS, EventSettings, NAME_MAX, Refusal, SettingsInput, format_local,
};
use crate::domain::project::FieldErrors;
use crate::i18n::{Locale, language_name};
use crate::operations::events::{CategoryChange, SettingsSaved};
use crate::operations::{self, OpError};

pub fn routes(r: &mut Routes) {
    r.get("/organizer/settings", settings_page);
    r.post("/organizer/settings", save_settings);
    r.post("/organizer/settings/categories", add_category);
    r.post("/organizer/settings/categories/{slug}", rename_category);
    r.post("/organizer/settings/categories/{slug}/move", move_category);
    r.post(
        "/organizer/settings/categories/{slug}/delete",
        remove_category,
    );
}

/// A form as posted: pairs, because content languages are repeated fields.
type Pairs = Vec<(String, String)>;

fn get<'a>(pairs: &'a Pairs, key: &str) -> &'a str {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map_or("", |(_, v)| v.as_str())
}

/// The settings form's values: as typed after a refusal, else as stored.
struct Typed {
    values: Vec<(&'static str, String)>,
    languages: Vec<String>,
}

impl Typed {
    fn stored(event: &Event, judging: &crate::domain::judge::JudgingSettings) -> Self {
        let tz = event.timezone;
        let mut values = vec![("name", event.name.clone())];
        for (field, at) in DATE_FIELDS.into_iter().zip(event.schedule.starts()) {
            values.push((field, format_local(at, tz)));
        }
        values.push(("consent_age", event.consent_age.years().to_string()));
        values.push(("team_size", event.team_size.get().to_string()));
        values.push(("shortlist_size", judging.shortlist_size.to_string()));
        values.push(("favourites_per_vip", judging.favourites_per_vip.to_string()));
        Typed {
            values,
            languages: event
                .content_languages
                .iter()
                .map(|t| t.to_string())
                .collect(),
        }
    }

    fn posted(pairs: &Pairs) -> Self {
        let mut names = vec!["name"];
        names.extend(DATE_FIELDS);
        names.extend([
            "consent_age",
            "team_size",
            "shortlist_size",
            "favourites_per_vip",
        ]);
        Typed {
            values: names
                .into_iter()
                .map(|n| (n, get(pairs, n).to_owned()))
                .collect(),
            languages: pairs
                .iter()
                .filter(|(k, _)| k == "content_languages")
                .map(|(_, v)| v.clone())
                .collect(),
        }
    }

    fn value(&self, field: &str) -> &str {
        self.values
            .iter()
            .find(|(f, _)| *f == field)
            .map_or("", |(_, v)| v.as_str())
    }

    fn input(&self) -> SettingsInput<'_> {
        SettingsInput {
            name: self.value("name"),
            dates: DATE_FIELDS.map(|f| self.value(f)),
            consent_age: self.value("consent_age"),
            team_size: self.value("team_size"),
            content_languages: &self.languages,
            shortlist_size: self.value("shortlist_size"),
            favourites_per_vip: self.value("favourites_per_vip"),
        }
    }
}

/// Problems by field, each already in the reader's language.
type Messages = Vec<(&'static str, String)>;

fn input_messages(l: Locale, errors: &FieldErrors) -> Messages {
    errors.iter().map(|(f, e)| (*f, l.t(e.0))).collect()
}

fn refusal_message(l: Locale, r: &Refusal) -> String {
    let n = |v: i64| FluentValue::from(v);
    let args: Vec<(&'static str, FluentValue<'static>)> = match r {
        Refusal::ConsentAgeInUse { submitted } => vec![("count", n(*submitted))],
        Refusal::TeamTooLarge { largest } => vec![("count", n(*largest))],
        Refusal::LanguageInUse { language, projects } => vec![
            ("language", language_name(language, l).into()),
            ("count", n(*projects)),
        ],
        Refusal::PicksMade { picked } => vec![("count", n(*picked))],
        Refusal::ShortlistInUse | Refusal::DeadlinePassed => vec![],
    };
    l.t_args(r.key(), &args)
}

#[derive(Serialize)]
struct LanguageChoice {
    tag: String,
    label: String,
    checked: bool,
    /// Projects written in it (a language in use cannot be taken away).
    projects: i64,
}

#[derive(Serialize)]
struct LocaleText {
    code: &'static str,
    label: String,
    dir: &'static str,
    name: String,
    description: String,
    /// What shows when the field is left empty (the site's own translation).
    shipped_name: String,
    shipped_description: String,
}

#[derive(Serialize)]
struct CategoryRow {
    slug: String,
    name: String,
    projects: i64,
    first: bool,
    last: bool,
    texts: Vec<LocaleText>,
    error: Option<String>,
    /// Opened when it holds an error (the typed text is kept).
    open: bool,
}

#[derive(Serialize)]
struct NewCategory {
    slug: String,
    texts: Vec<LocaleText>,
    error: Option<String>,
}

#[derive(Serialize)]
struct SettingsPage {
    event_name: String,
    phase: String,
    timezone: String,
    errors: Vec<String>,
    general: Vec<Field>,
    dates: Vec<Field>,
    rules: Vec<Field>,
    judging: Vec<Field>,
    languages: Vec<LanguageChoice>,
    languages_error: Option<String>,
    categories: Vec<CategoryRow>,
    category_errors: Vec<String>,
    new_category: NewCategory,
    name_max: usize,
    description_max: usize,
}

/// What a category form posted, and where its problem goes.
#[derive(Default)]
struct CategoryState {
    /// The category whose form failed (`None` for the new one), its typed text (none for
    /// a move or removal) and the message.
    failed: Option<(Option<String>, Option<Pairs>, String)>,
}

fn typed_texts(pairs: &Pairs) -> Vec<(String, String, String)> {
    Locale::all()
        .map(|loc| {
            (
                loc.code().to_owned(),
                get(pairs, &format!("name_{}", loc.code())).to_owned(),
                get(pairs, &format!("description_{}", loc.code())).to_owned(),
            )
        })
        .collect()
}

fn locale_texts(
    l: Locale,
    slug: Option<&CategorySlug>,
    stored: Option<&CategoryRecord>,
    typed: Option<&Pairs>,
) -> Vec<LocaleText> {
    Locale::all()
        .map(|loc| {
            let code = loc.code();
            let pick =
                |field: &str, map: Option<&std::collections::BTreeMap<String, String>>| match typed
                {
                    Some(p) => get(p, &format!("{field}_{code}")).to_owned(),
                    None => map.and_then(|m| m.get(code)).cloned().unwrap_or_default(),
                };
            let shipped = |key: Option<String>| {
                key.filter(|k| loc.has(k))
                    .map(|k| loc.t(&k))
                    .unwrap_or_default()
            };
            LocaleText {
                code,
                label: language_name(code, l),
                dir: match loc.direction() {
                    crate::i18n::Direction::Rtl => "rtl",
                    crate::i18n::Direction::Ltr => "ltr",
                },
                name: pick("name", stored.map(|c| &c.names)),
                description: pick("description", stored.map(|c| &c.descriptions)),
                shipped_name: shipped(slug.map(CategorySlug::name_key)),
                shipped_description: shipped(slug.map(CategorySlug::description_key)),
            }
        })
        .collect()
}

async fn render(
    ctx: &PageContext,
    typed: Option<&Typed>,
    messages: &Messages,
    categories_state: &CategoryState,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let mut conn = ctx.conn().await?;
    let event = db::events::current(&mut conn)
        .await?
        .ok_or(AppError::NoEvent)?;
    let judging = db::judging::settings(&mut conn, event.id.0).await?;
    let facts = db::events::settings_facts(&mut conn, event.id.0).await?;
    let records = db::events::categories(&mut conn, event.id).await?;
    let uses = db::events::category_uses(&mut conn, event.id.0).await?;
    drop(conn);

    let stored = Typed::stored(&event, &judging);
    let typed = typed.unwrap_or(&stored);
    let error = |field: &str| -> Option<String> {
        let found: Vec<&str> = messages
            .iter()
            .filter(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
            .collect();
        (!found.is_empty()).then(|| found.join(" "))
    };
    let field = |name: &'static str, kind: &'static str, label: &str| {
        let mut f = Field::new(l, name, kind, label).value(typed.value(name));
        f.error = error(name);
        f
    };
    let general = vec![
        field("name", "text", "settings-name")
            .required()
            .maxlength(u32::try_from(NAME_MAX).unwrap_or(200)),
    ];
    let dates: Vec<Field> = DATE_FIELDS
        .into_iter()
        .zip(crate::domain::Phase::ALL.into_iter().skip(1))
        .map(|(name, phase)| {
            let mut f = field(name, "datetime-local", "settings-phase-starts");
            f.label = l.t_args(
                "settings-phase-starts",
                &[("phase", l.t(&phase.name_key()).into())],
            );
            f.required()
        })
        .collect();
    let rules = vec![
        field("consent_age", "number", "settings-consent-age").hint(l, "settings-consent-age-hint"),
        field("team_size", "number", "settings-team-size").hint(l, "settings-team-size-hint"),
    ];
    let judging_fields = vec![
        field("shortlist_size", "number", "judging-shortlist-size"),
        field("favourites_per_vip", "number", "judging-favourites-per-vip"),
    ];

    let mut tags: Vec<String> = CONTENT_LANGUAGE_CHOICES
        .iter()
        .map(|t| (*t).to_owned())
        .collect();
    for t in event.content_languages.iter().map(|t| t.to_string()) {
        if !tags.contains(&t) {
            tags.push(t);
        }
    }
    let mut languages: Vec<LanguageChoice> = tags
        .into_iter()
        .map(|tag| LanguageChoice {
            label: language_name(&tag, l),
            checked: typed.languages.contains(&tag),
            projects: facts.projects_by_language.get(&tag).copied().unwrap_or(0),
            tag,
        })
        .collect();
    languages.sort_by(|a, b| b.checked.cmp(&a.checked).then(a.label.cmp(&b.label)));

    let failed = categories_state.failed.as_ref();
    let count = records.len();
    let categories = records
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let used = uses.get(c.slug.as_str()).copied().unwrap_or_default();
            let mine = failed.filter(|(s, _, _)| s.as_deref() == Some(c.slug.as_str()));
            CategoryRow {
                slug: c.slug.to_string(),
                name: super::public::category_name(c, l),
                projects: used.projects,
                first: i == 0,
                last: i + 1 == count,
                texts: locale_texts(
                    l,
                    Some(&c.slug),
                    Some(c),
                    mine.and_then(|(_, p, _)| p.as_ref()),
                ),
                error: mine.map(|(_, _, m)| m.clone()),
                open: mine.is_some(),
            }
        })
        .collect();
    let new_failed = failed.filter(|(s, _, _)| s.is_none());
    let new_category = NewCategory {
        slug: new_failed
            .and_then(|(_, p, _)| p.as_ref())
            .map(|p| get(p, "slug").to_owned())
            .unwrap_or_default(),
        texts: locale_texts(l, None, None, new_failed.and_then(|(_, p, _)| p.as_ref())),
        error: new_failed.map(|(_, _, m)| m.clone()),
    };

    let mut summary_fields: Vec<&Field> = general.iter().collect();
    summary_fields.extend(dates.iter());
    summary_fields.extend(rules.iter());
    summary_fields.extend(judging_fields.iter());
    let mut errors: Vec<String> = summary_fields
        .iter()
        .filter_map(|f| f.error.as_ref().map(|e| format!("{}: {e}", f.label)))
        .collect();
    let languages_error = error("content_languages");
    if let Some(e) = &languages_error {
        errors.push(format!("{}: {e}", l.t("settings-languages")));
    }
    let page = SettingsPage {
        event_name: event.name.clone(),
        phase: l.t(&event.phase.name_key()),
        timezone: event.timezone.name().to_owned(),
        errors,
        general,
        dates,
        rules,
        judging: judging_fields,
        languages,
        languages_error,
        categories,
        category_errors: failed.map(|(_, _, m)| m.clone()).into_iter().collect(),
        new_category,
        name_max: CATEGORY_NAME_MAX,
        description_max: CATEGORY_DESCRIPTION_MAX,
    };
    ctx.render_status(
        status,
        "organizer/settings.html",
        l.t("settings-heading"),
        &page,
    )
}

async fn settings_page(ctx: PageContext, _o: OrganizerUser) -> Result<HttpResponse, AppError> {
    render(
        &ctx,
        None,
        &Messages::new(),
        &CategoryState::default(),
        StatusCode::OK,
    )
    .await
}

async fn save_settings(
    ctx: PageContext,
    organizer: OrganizerUser,
    form: CsrfForm<Pairs>,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let typed = Typed::posted(&form.0);
    let event = ctx.current_event().await?;
    let settings = match EventSettings::parse(&typed.input(), event.timezone) {
        Ok(s) => s,
        Err(errors) => {
            let messages = input_messages(l, &errors);
            return render(
                &ctx,
                Some(&typed),
                &messages,
                &CategoryState::default(),
                StatusCode::BAD_REQUEST,
            )
            .await;
        }
    };
    let actor = ctx.actor(&organizer.0);
    match operations::events::save_settings(ctx.ops(), &actor, event.id.0, &settings).await? {
        SettingsSaved::Saved { changed } => {
            ctx.flash(if changed {
                "settings-saved"
            } else {
                "settings-unchanged"
            })?;
            Ok(see_other("/organizer/settings"))
        }
        SettingsSaved::Refused(refusals) => {
            let messages: Messages = refusals
                .iter()
                .map(|r| (r.field(), refusal_message(l, r)))
                .collect();
            render(
                &ctx,
                Some(&typed),
                &messages,
                &CategoryState::default(),
                StatusCode::CONFLICT,
            )
            .await
        }
    }
}

/// Makes a category change, or shows the page again with its problem and what was typed.
async fn category_change(
    ctx: PageContext,
    organizer: OrganizerUser,
    slug: Option<String>,
    pairs: Option<Pairs>,
    change: Result<CategoryChange, FieldErrors>,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let event = ctx.current_event().await?;
    let outcome = match change {
        Ok(change) => {
            operations::events::change_category(
                ctx.ops(),
                &ctx.actor(&organizer.0),
                event.id.0,
                &change,
            )
            .await
        }
        Err(errors) => Err(OpError::Invalid(errors)),
    };
    match outcome {
        Ok(()) => {
            ctx.flash("settings-category-saved")?;
            Ok(see_other("/organizer/settings#categories"))
        }
        Err(OpError::Invalid(errors)) => {
            let message = errors
                .iter()
                .map(|(_, e)| l.t(e.0))
                .collect::<Vec<_>>()
                .join(" ");
            let state = CategoryState {
                failed: Some((slug, pairs, message)),
            };
            render(
                &ctx,
                None,
                &Messages::new(),
                &state,
                StatusCode::BAD_REQUEST,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

fn category_slug(input: &str) -> Result<CategorySlug, AppError> {
    CategorySlug::parse(input).map_err(|_| AppError::NotFound)
}

async fn add_category(
    ctx: PageContext,
    organizer: OrganizerUser,
    form: CsrfForm<Pairs>,
) -> Result<HttpResponse, AppError> {
    let pairs = form.0;
    let slug = CategorySlug::parse(get(&pairs, "slug").trim()).map_err(|_| {
        vec![(
            "slug",
            crate::domain::account::InputError("error-category-slug"),
        )]
    });
    let text = CategoryText::parse(&typed_texts(&pairs), false);
    let change = match (slug, text) {
        (Ok(slug), Ok(text)) => Ok(CategoryChange::Add { slug, text }),
        (slug, text) => Err([slug.err(), text.err()]
            .into_iter()
            .flatten()
            .flatten()
            .collect()),
    };
    category_change(ctx, organizer, None, Some(pairs), change).await
}

async fn rename_category(
    ctx: PageContext,
    organizer: OrganizerUser,
    path: web::Path<String>,
    form: CsrfForm<Pairs>,
) -> Result<HttpResponse, AppError> {
    let slug = category_slug(&path)?;
    let pairs = form.0;
    let shipped = Locale::ENGLISH.has(&slug.name_key());
    let change =
        CategoryText::parse(&typed_texts(&pairs), shipped).map(|text| CategoryChange::Rename {
            slug: slug.clone(),
            text,
        });
    category_change(ctx, organizer, Some(slug.to_string()), Some(pairs), change).await
}

async fn move_category(
    ctx: PageContext,
    organizer: OrganizerUser,
    path: web::Path<String>,
    form: CsrfForm<Pairs>,
) -> Result<HttpResponse, AppError> {
    let slug = category_slug(&path)?;
    let up = match get(&form.0, "direction") {
        "up" => true,
        "down" => false,
        _ => return Err(AppError::BadRequest),
    };
    let change = Ok(CategoryChange::Move {
        slug: slug.clone(),
        up,
    });
    category_change(ctx, organizer, Some(slug.to_string()), None, change).await
}

async fn remove_category(
    ctx: PageContext,
    organizer: OrganizerUser,
    path: web::Path<String>,
    _form: CsrfForm<Pairs>,
) -> Result<HttpResponse, AppError> {
    let slug = category_slug(&path)?;
    let change = Ok(CategoryChange::Remove { slug: slug.clone() });
    category_change(ctx, organizer, Some(slug.to_string()), None, change).await
}
