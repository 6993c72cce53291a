//! The livestream's overlay (a 1920×1080 browser source for streaming software), its
//! server-sent events, and the producers' control page.
//!
//! The overlay works without signing in through its key (the control page shows its
//! address), so rehearsals before the announcement stay private; organizers may open it
//! signed in. It renders every cue at once and shows the one on air; each step reaches
//! it as an event (`id`: the cue's version, so a reconnecting `EventSource` sends
//! `Last-Event-ID` and gets the current cue only if it changed). Steps on any instance
//! reach every instance's overlays (see `crate::live`).

use std::collections::VecDeque;
use std::time::Duration;

use actix_web::http::header;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tokio::sync::broadcast;
use uuid::Uuid;

use super::context::{PageContext, see_other};
use super::csrf::CsrfForm;
use super::guards::OrganizerUser;
use super::locale::RequestLocale;
use super::render::Page;
use super::router::Routes;
use super::{AppError, AppState};
use crate::db;
use crate::db::livestream::CueState;
use crate::domain::account::Role;
use crate::domain::event::Event;
use crate::domain::livestream::{Cue, RunOfShow, Segment, ShowProject};
use crate::i18n::{Locale, country_name, format_decimal, format_number};
use crate::live::CueMessage;
use crate::operations::{self, OpError, livestream::Step};

pub fn routes(r: &mut Routes) {
    r.get("/live/{event}/overlay", overlay);
    r.get("/live/{event}/events", events);
    r.get("/live/{event}/control", control);
    r.post("/live/{event}/control", step);
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct OverlayQuery {
    key: Option<String>,
    lang: Option<String>,
}

/// Whether two keys are the same, compared as digests (no early exit on the key).
fn same_key(given: &str, stored: &str) -> bool {
    Sha256::digest(given.as_bytes()) == Sha256::digest(stored.as_bytes())
}

/// The event's cue state and overlay key, for an organizer or the holder of the key.
async fn access(
    ctx: &PageContext,
    event: &Event,
    key: Option<&str>,
) -> Result<(CueState, String), AppError> {
    if let Some(user) = ctx.user.0.as_ref().filter(|u| u.has(Role::Organizer)) {
        return Ok(operations::livestream::open(ctx.ops(), &ctx.actor(user), event.id.0).await?);
    }
    let mut conn = ctx.conn().await?;
    match (
        key,
        db::livestream::current_cue(&mut conn, event.id.0).await?,
    ) {
        (Some(key), Some((state, stored))) if same_key(key, &stored) => Ok((state, stored)),
        _ => Err(AppError::NotFound),
    }
}

/// One cue as the overlay (and the control page's previews) show it.
#[derive(Debug, Clone, Serialize)]
struct CueView {
    position: usize,
    kind: &'static str,
    /// What the control page's list says.
    label: String,
    /// The small line above the title.
    eyebrow: String,
    title: String,
    /// A line under the title (a judge's title, a citation).
    subtitle: String,
    quote: String,
    image: Option<String>,
    /// (display name, country name).
    creators: Vec<(String, String)>,
    /// (value, label).
    stats: Vec<(String, String)>,
}

impl CueView {
    fn blank(position: usize, kind: &'static str, label: String) -> Self {
        CueView {
            position,
            kind,
            label,
            eyebrow: String::new(),
            title: String::new(),
            subtitle: String::new(),
            quote: String::new(),
            image: None,
            creators: Vec::new(),
            stats: Vec::new(),
        }
    }
}

/// A public URL of this site as a path (the overlay loads images from where it is).
fn local(url: &str, base: &str) -> String {
    url.strip_prefix(base).unwrap_or(url).to_owned()
}

fn creators(p: &ShowProject, l: Locale) -> Vec<(String, String)> {
    p.creators
        .iter()
        .map(|c| (c.display_name.clone(), country_name(&c.country, l)))
        .collect()
}

/// Every cue of the run of show, in order, in the overlay's language.
fn cue_views(show: &RunOfShow, l: Locale, base: &str) -> Vec<CueView> {
    let category = |slug: &str| super::gallery::category_label(slug, l);
    show.cues()
        .into_iter()
        .enumerate()
        .map(|(i, cue)| match cue {
            Cue::OffAir => CueView::blank(i, "off_air", l.t("live-cue-off-air")),
            Cue::Opening => {
                let s = &show.statistics;
                let mut stats = vec![
                    (format_number(s.creators, l), l.t("live-stat-creators")),
                    (format_number(s.projects, l), l.t("live-stat-projects")),
                    (format_number(s.countries, l), l.t("live-stat-countries")),
                ];
                if let Some(share) = s.gender.girls_share_of_known {
                    stats.push((
                        format!("{}%", format_decimal(share * 100.0, 0, l)),
                        l.t("live-stat-girls"),
                    ));
                }
                CueView {
                    title: show.event.name.clone(),
                    eyebrow: l.t("live-opening-eyebrow"),
                    stats,
                    ..CueView::blank(i, "opening", l.t("live-cue-opening"))
                }
            }
            Cue::Judge { segment } => match &show.segments[segment] {
                Segment::Vip { judge, picks } => CueView {
                    eyebrow: l.t_args(
                        "live-judge-eyebrow",
                        &[("count", i64::try_from(picks.len()).unwrap_or(0).into())],
                    ),
                    title: judge.display_name.clone(),
                    subtitle: judge.title.clone(),
                    image: judge.photo_url.as_deref().map(|u| local(u, base)),
                    ..CueView::blank(
                        i,
                        "judge",
                        l.t_args(
                            "live-cue-judge",
                            &[("judge", judge.display_name.clone().into())],
                        ),
                    )
                },
                Segment::Award { .. } => CueView::blank(i, "off_air", String::new()),
            },
            Cue::Pick { segment, pick } => match &show.segments[segment] {
                Segment::Vip { judge, picks } => {
                    let p = &picks[pick];
                    CueView {
                        eyebrow: l.t_args(
                            "live-pick-eyebrow",
                            &[
                                ("judge", judge.display_name.clone().into()),
                                ("category", category(&p.project.category).into()),
                            ],
                        ),
                        title: p.project.title.clone(),
                        quote: p.quote.clone(),
                        image: p.project.thumbnail_url.as_deref().map(|u| local(u, base)),
                        creators: creators(&p.project, l),
                        ..CueView::blank(
                            i,
                            "pick",
                            l.t_args(
                                "live-cue-pick",
                                &[
                                    ("judge", judge.display_name.clone().into()),
                                    ("title", p.project.title.clone().into()),
                                ],
                            ),
                        )
                    }
                }
                Segment::Award { .. } => CueView::blank(i, "off_air", String::new()),
            },
            Cue::Award { segment } => match &show.segments[segment] {
                Segment::Award {
                    award,
                    citation,
                    project,
                } => {
                    let name = super::gallery::award_label(award, l);
                    CueView {
                        eyebrow: name.clone(),
                        title: project.title.clone(),
                        subtitle: citation.clone(),
                        image: project.thumbnail_url.as_deref().map(|u| local(u, base)),
                        creators: creators(project, l),
                        ..CueView::blank(
                            i,
                            "award",
                            l.t_args(
                                "live-cue-award",
                                &[
                                    ("award", name.into()),
                                    ("title", project.title.clone().into()),
                                ],
                            ),
                        )
                    }
                }
                Segment::Vip { .. } => CueView::blank(i, "off_air", String::new()),
            },
            Cue::Closing => CueView {
                eyebrow: show.event.name.clone(),
                title: l.t("live-closing-title"),
                subtitle: format!(
                    "{}/gallery",
                    base.trim_start_matches("https://")
                        .trim_start_matches("http://")
                ),
                ..CueView::blank(i, "closing", l.t("live-cue-closing"))
            },
        })
        .collect()
}

/// The run of show of the event.
async fn show_of(state: &AppState, event: &Event) -> Result<RunOfShow, AppError> {
    Ok(super::livestream::run_of_show(state, event).await?)
}

#[derive(Serialize)]
struct OverlayPage {
    events_url: String,
    show: String,
    position: i32,
    cues: Vec<CueView>,
}

/// The overlay: every cue, the one on air shown; transparent around it.
async fn overlay(
    ctx: PageContext,
    path: web::Path<String>,
    query: web::Query<OverlayQuery>,
) -> Result<HttpResponse, AppError> {
    let event = super::api::event_named(&ctx.state, &path).await?;
    let (state, _) = access(&ctx, &event, query.key.as_deref()).await?;
    let show = show_of(&ctx.state, &event).await?;
    // The event's language unless the address names one.
    let locale = query
        .lang
        .as_deref()
        .and_then(Locale::from_code)
        .or_else(|| {
            event
                .content_languages
                .first()
                .and_then(|t| Locale::from_code(t.as_str()))
        })
        .unwrap_or(Locale::ENGLISH);
    let slug = event.slug.as_str();
    let events_url = match &query.key {
        Some(key) => format!(
            "/live/{slug}/events?{}",
            serde_urlencoded::to_string([("key", key)]).unwrap_or_default()
        ),
        None => format!("/live/{slug}/events"),
    };
    let page = OverlayPage {
        events_url,
        show: show.cue_tag(),
        position: state.position,
        cues: cue_views(&show, locale, &ctx.state.base_url),
    };
    let request_locale = RequestLocale::fixed(locale, &format!("/live/{slug}/overlay"));
    let html = super::render::render(
        &ctx.state.templates,
        &Page::new(
            "live/overlay.html",
            &request_locale,
            show.event.name.clone(),
            &page,
        ),
    )
    .map_err(AppError::template)?;
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header(("X-Robots-Tag", "noindex"))
        .body(html))
}

/// One server-sent event for a cue.
fn frame(state: &CueState) -> Bytes {
    let data = serde_json::json!({
        "position": state.position,
        "version": state.version,
        "show": state.show,
    });
    Bytes::from(format!(
        "id: {}\nevent: cue\ndata: {data}\n\n",
        state.version
    ))
}

struct Stream {
    rx: broadcast::Receiver<CueMessage>,
    pool: sqlx::PgPool,
    event: Uuid,
    sent: Option<i64>,
    pending: VecDeque<Bytes>,
    keepalive: tokio::time::Interval,
}

impl Stream {
    /// The current state from the database, as an event if it is not the one sent.
    async fn reread(&mut self) -> Option<Bytes> {
        let mut conn = self.pool.acquire().await.ok()?;
        let (state, _) = db::livestream::current_cue(&mut conn, self.event)
            .await
            .ok()??;
        self.offer(&state)
    }

    fn offer(&mut self, state: &CueState) -> Option<Bytes> {
        if self.sent == Some(state.version) {
            return None;
        }
        self.sent = Some(state.version);
        Some(frame(state))
    }

    /// The next bytes to send; `None` ends the stream.
    async fn next(&mut self) -> Option<Bytes> {
        if let Some(b) = self.pending.pop_front() {
            return Some(b);
        }
        loop {
            tokio::select! {
                msg = self.rx.recv() => match msg {
                    Ok(CueMessage::Cue(state)) if state.event == self.event => {
                        if let Some(b) = self.offer(&state) {
                            return Some(b);
                        }
                    }
                    Ok(CueMessage::Cue(_)) => {}
                    Ok(CueMessage::Resync) | Err(broadcast::error::RecvError::Lagged(_)) => {
                        if let Some(b) = self.reread().await {
                            return Some(b);
                        }
                    }
                    Err(broadcast::error::RecvError::Closed) => return None,
                },
                _ = self.keepalive.tick() => return Some(Bytes::from_static(b": keepalive\n\n")),
            }
        }
    }
}

/// Server-sent events: the cue now (unless `Last-Event-ID` says it was seen), then
/// every step. Browsers reconnect by themselves (within a second: `retry`).
async fn events(
    ctx: PageContext,
    req: HttpRequest,
    path: web::Path<String>,
    query: web::Query<OverlayQuery>,
) -> Result<HttpResponse, AppError> {
    let event = super::api::event_named(&ctx.state, &path).await?;
    // Subscribed before the state is read: no step falls between the two.
    let rx = ctx.state.live.subscribe();
    let (state, _) = access(&ctx, &event, query.key.as_deref()).await?;
    let seen: Option<i64> = req
        .headers()
        .get("Last-Event-ID")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse().ok());
    let mut keepalive = tokio::time::interval(Duration::from_secs(15));
    keepalive.reset();
    let mut stream = Stream {
        rx,
        pool: ctx.state.pool.clone(),
        event: event.id.0,
        sent: seen,
        pending: VecDeque::from([Bytes::from_static(b"retry: 1000\n\n")]),
        keepalive,
    };
    if let Some(b) = stream.offer(&state) {
        stream.pending.push_back(b);
    }
    let body = futures_util::stream::unfold(stream, |mut s| async move {
        s.next()
            .await
            .map(|b| (Ok::<_, std::convert::Infallible>(b), s))
    });
    Ok(HttpResponse::Ok()
        .content_type("text/event-stream")
        .insert_header((header::CACHE_CONTROL, "no-cache, no-store"))
        // Not compressed (it would be held back), not buffered by a proxy.
        .insert_header((header::CONTENT_ENCODING, "identity"))
        .insert_header(("X-Accel-Buffering", "no"))
        .streaming(body))
}

#[derive(Serialize)]
struct ControlPage {
    event_name: String,
    slug: String,
    embargoed: bool,
    overlay_url: String,
    events_url: String,
    show: String,
    position: i32,
    version: i64,
    last: usize,
    cues: Vec<CueView>,
}

/// The producers' page: every cue in order, what is on air and what comes next, next /
/// previous / jump (keys: → or space, ←, Home).
async fn control(
    ctx: PageContext,
    _o: OrganizerUser,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let event = super::api::event_named(&ctx.state, &path).await?;
    let (state, key) = access(&ctx, &event, None).await?;
    let show = show_of(&ctx.state, &event).await?;
    let slug = event.slug.as_str().to_owned();
    let cues = cue_views(&show, l, &ctx.state.base_url);
    let page = ControlPage {
        event_name: show.event.name.clone(),
        overlay_url: format!(
            "{}/live/{slug}/overlay?{}",
            ctx.state.base_url,
            serde_urlencoded::to_string([("key", &key)]).unwrap_or_default()
        ),
        events_url: format!("/live/{slug}/events"),
        slug,
        embargoed: show.embargoed,
        show: show.cue_tag(),
        position: state.position,
        version: state.version,
        last: cues.len().saturating_sub(1),
        cues,
    };
    let title = l.t_args(
        "live-control-heading",
        &[("event", show.event.name.clone().into())],
    );
    ctx.render("live/control.html", title, &page)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StepForm {
    /// `next`, `previous` or `jump`.
    action: String,
    /// The cue the producer saw on air.
    at: String,
    /// For `jump`: the cue to put on air.
    to: String,
}

/// A step from the control page: back to it (a flash says why when refused); the page's
/// script asks for JSON instead.
async fn step(
    ctx: PageContext,
    organizer: OrganizerUser,
    req: HttpRequest,
    path: web::Path<String>,
    form: CsrfForm<StepForm>,
) -> Result<HttpResponse, AppError> {
    let event = super::api::event_named(&ctx.state, &path).await?;
    let back = format!("/live/{}/control", event.slug.as_str());
    let number = |s: &str| s.trim().parse::<i32>().map_err(|_| AppError::BadRequest);
    let step = match form.0.action.as_str() {
        "next" => Step::Next {
            from: number(&form.0.at)?,
        },
        "previous" => Step::Previous {
            from: number(&form.0.at)?,
        },
        "jump" => Step::Jump(number(&form.0.to)?),
        _ => return Err(AppError::BadRequest),
    };
    let show = show_of(&ctx.state, &event).await?;
    let outcome = operations::livestream::cue(
        ctx.ops(),
        &ctx.actor(&organizer.0),
        event.id.0,
        step,
        show.cues().len(),
        &show.cue_tag(),
    )
    .await;
    let wants_json = req
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !wants_json {
        return match outcome {
            Ok(_) => Ok(see_other(&back)),
            Err(e) => ctx.refused(e, &back),
        };
    }
    match outcome {
        Ok(state) => Ok(HttpResponse::Ok().json(serde_json::json!({
            "position": state.position,
            "version": state.version,
        }))),
        Err(OpError::Refused(key)) => Ok(HttpResponse::Conflict()
            .json(serde_json::json!({ "error": "refused", "message": ctx.t(key) }))),
        Err(e) => Err(e.into()),
    }
}
