//! Organizers' changes to an event: moving it through its phases, its settings and its
//! categories.

use serde_json::json;
use uuid::Uuid;

use super::{Actor, Capacity, OpError, Ops, Target, audit, commit};
use crate::db;
use crate::domain::CategorySlug;
use crate::domain::account::Role;
use crate::domain::event::{Event, EventId, Phase, PhaseMove, check_move};
use crate::domain::event_settings::{
    CATEGORIES_MAX, CategoryText, EventSettings, Refusal, changes, check_category_removal,
    check_change,
};
use crate::publication;

/// Moves an event to `to`: forward one phase at a time, or back (confirmed, with a
/// reason). Everything the phase decides for the public (favourites and awards once
/// results are public) is refreshed in the same transaction.
pub async fn move_phase(
    ops: &Ops,
    actor: &Actor,
    event: Uuid,
    to: Phase,
    confirmed: bool,
    reason: &str,
) -> Result<PhaseMove, OpError> {
    let mut tx = ops.begin().await?;
    let out = move_phase_in(&mut tx, actor, event, to, confirmed, reason).await?;
    commit(tx).await?;
    Ok(out)
}

/// The body of [`move_phase`], in the caller's transaction.
pub async fn move_phase_in(
    conn: &mut sqlx::PgConnection,
    actor: &Actor,
    event: Uuid,
    to: Phase,
    confirmed: bool,
    reason: &str,
) -> Result<PhaseMove, OpError> {
    actor.require(Role::Organizer)?;
    let current = db::events::lock(conn, event)
        .await?
        .ok_or(OpError::NotFound)?;
    let from = current.phase;
    let moved =
        check_move(from, to, confirmed, reason).map_err(|e| OpError::invalid("phase", e.key()))?;
    db::events::set_phase(conn, event, to).await?;
    if from.permissions().results_public != to.permissions().results_public {
        publication::refresh_event(conn, event).await?;
    }
    // The reason is the organizer's own words about the event: worth keeping on record.
    let reason = match &moved {
        PhaseMove::Back { reason } => Some(reason.as_str()),
        PhaseMove::Forward => None,
    };
    audit(
        conn,
        actor,
        Capacity::Role(Role::Organizer),
        "event.phase",
        Target::Event(event),
        json!({ "from": from.as_str(), "to": to.as_str(), "reason": reason }),
    )
    .await?;
    Ok(moved)
}

/// What saving the settings form did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettingsSaved {
    /// Saved; false when nothing differed from what was stored (no audit row then).
    Saved { changed: bool },
    /// Refused, nothing written: each change that would break existing data, and why.
    Refused(Vec<Refusal>),
}

/// The settings an event runs with now, as the form changes them.
async fn current_settings(
    conn: &mut sqlx::PgConnection,
    event: &Event,
) -> Result<EventSettings, OpError> {
    let judging = db::judging::settings(conn, event.id.0).await?;
    Ok(EventSettings {
        name: event.name.clone(),
        schedule: event.schedule,
        consent_age: event.consent_age,
        team_size: event.team_size,
        content_languages: event.content_languages.clone(),
        shortlist_size: judging.shortlist_size,
        favourites_per_vip: judging.favourites_per_vip,
    })
}

/// Changes an event's name, dates, rules and judging numbers (the console's settings
/// form). A change that would break existing data is refused as a whole, with the facts;
/// what the public sees (the event's name on every project) is refreshed at once.
pub async fn save_settings(
    ops: &Ops,
    actor: &Actor,
    event: Uuid,
    after: &EventSettings,
) -> Result<SettingsSaved, OpError> {
    actor.require(Role::Organizer)?;
    let mut tx = ops.begin().await?;
    let current = db::events::lock(&mut tx, event)
        .await?
        .ok_or(OpError::NotFound)?;
    let before = current_settings(&mut tx, &current).await?;
    let facts = db::events::settings_facts(&mut tx, event).await?;
    let refused = check_change(current.phase, &before, after, &facts, chrono::Utc::now());
    if !refused.is_empty() {
        tracing::info!(event = %event, refusals = refused.len(), "settings change refused");
        return Ok(SettingsSaved::Refused(refused));
    }
    if before == *after {
        return Ok(SettingsSaved::Saved { changed: false });
    }
    db::events::save_settings(&mut tx, event, after).await?;
    if before.name != after.name {
        // Every public project carries its event's name.
        publication::refresh_event(&mut tx, event).await?;
    }
    // The home page's deadline, the project form's languages: pages cached for visitors.
    db::public::notify_changed(&mut tx).await?;
    audit(
        &mut tx,
        actor,
        Capacity::Role(Role::Organizer),
        "event.settings",
        Target::Event(event),
        changes(&before, after),
    )
    .await?;
    commit(tx).await?;
    Ok(SettingsSaved::Saved { changed: true })
}

/// A change to one category of an event.
#[derive(Debug, Clone)]
pub enum CategoryChange {
    /// A new category at the end of the list.
    Add {
        slug: CategorySlug,
        text: CategoryText,
    },
    /// New names and descriptions (the slug, used in links, stays).
    Rename {
        slug: CategorySlug,
        text: CategoryText,
    },
    /// One place earlier (`up`) or later in the list.
    Move { slug: CategorySlug, up: bool },
    /// Gone, when nothing uses it.
    Remove { slug: CategorySlug },
}

impl CategoryChange {
    fn slug(&self) -> &CategorySlug {
        match self {
            CategoryChange::Add { slug, .. }
            | CategoryChange::Rename { slug, .. }
            | CategoryChange::Move { slug, .. }
            | CategoryChange::Remove { slug } => slug,
        }
    }
}

/// Adds, renames, moves or removes a category of an event; refused (field `category`,
/// a Fluent key) when it would break existing data. Names show at once in the gallery.
pub async fn change_category(
    ops: &Ops,
    actor: &Actor,
    event: Uuid,
    change: &CategoryChange,
) -> Result<(), OpError> {
    actor.require(Role::Organizer)?;
    let mut tx = ops.begin().await?;
    db::events::lock(&mut tx, event)
        .await?
        .ok_or(OpError::NotFound)?;
    let list = db::events::categories(&mut tx, EventId(event)).await?;
    let slug = change.slug();
    let index = list.iter().position(|c| &c.slug == slug);
    let refuse = |key: &'static str| Err(OpError::invalid("category", key));
    let (action, details) = match (change, index) {
        (CategoryChange::Add { text, .. }, None) => {
            if list.len() >= CATEGORIES_MAX {
                return refuse("error-category-too-many");
            }
            if !db::events::add_category(&mut tx, event, slug, text).await? {
                return refuse("error-category-exists");
            }
            ("category.add", json!({ "slug": slug, "text": text }))
        }
        (CategoryChange::Add { .. }, Some(_)) => return refuse("error-category-exists"),
        (CategoryChange::Rename { text, .. }, Some(i)) => {
            let before = CategoryText {
                names: list[i].names.clone(),
                descriptions: list[i].descriptions.clone(),
            };
            if before == *text {
                return commit(tx).await;
            }
            db::events::set_category_text(&mut tx, event, slug, text).await?;
            // Category names are searchable: the event's public documents carry them.
            publication::refresh_event(&mut tx, event).await?;
            (
                "category.rename",
                json!({ "slug": slug, "before": before, "after": text }),
            )
        }
        (CategoryChange::Move { up, .. }, Some(i)) => {
            let other = if *up { i.checked_sub(1) } else { Some(i + 1) };
            let Some(other) = other.and_then(|j| list.get(j)) else {
                // Already first (or last): nothing to do.
                return commit(tx).await;
            };
            db::events::swap_categories(&mut tx, event, slug, &other.slug).await?;
            (
                "category.move",
                json!({ "slug": slug, "from": i, "to": if *up { i - 1 } else { i + 1 } }),
            )
        }
        (CategoryChange::Remove { .. }, Some(_)) => {
            let used = db::events::category_uses(&mut tx, event)
                .await?
                .remove(slug.as_str())
                .unwrap_or_default();
            if let Err(key) = check_category_removal(used, list.len() - 1) {
                return refuse(key);
            }
            db::events::remove_category(&mut tx, event, slug).await?;
            ("category.remove", json!({ "slug": slug }))
        }
        (_, None) => return Err(OpError::NotFound),
    };
    db::public::notify_changed(&mut tx).await?;
    audit(
        &mut tx,
        actor,
        Capacity::Role(Role::Organizer),
        action,
        Target::Event(event),
        details,
    )
    .await?;
    commit(tx).await
}
