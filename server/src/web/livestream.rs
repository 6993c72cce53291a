//! The livestream's data as the public may see it: the run of show (for the token API
//! and the overlay) and the public winners page of an announced event.

use std::collections::HashMap;

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Serialize;
use uuid::Uuid;

use super::context::PageContext;
use super::router::Routes;
use super::{AppError, AppState, http_cache};
use crate::db;
use crate::domain::EventSlug;
use crate::domain::event::Event;
use crate::domain::livestream::{RunOfShow, Segment, ShowEvent, ShowProject, ShowUrls};
use crate::i18n::{Locale, country_name};

pub fn routes(r: &mut Routes) {
    r.get("/winners/{event}", winners);
}

/// Absolute public addresses.
struct PublicUrls<'a>(&'a str);

impl ShowUrls for PublicUrls<'_> {
    fn thumbnail(&self, image: Uuid) -> String {
        format!("{}{}", self.0, super::gallery::image_url(image, 480))
    }
    fn gallery(&self, project: Uuid) -> String {
        format!("{}/gallery/{project}", self.0)
    }
    fn judge_photo(&self, photo: Uuid) -> String {
        format!("{}{}", self.0, super::judge::photo_url(photo, 480))
    }
}

/// The event's run of show.
pub(crate) async fn run_of_show(state: &AppState, event: &Event) -> anyhow::Result<RunOfShow> {
    let urls = PublicUrls(&state.base_url);
    let id = event.id.0;
    let mut conn = state.pool.acquire().await?;
    let statistics = db::livestream::statistics(&mut conn, id).await?;
    let picks = db::livestream::picks(&mut conn, id, |p| urls.judge_photo(p)).await?;
    let awards = db::livestream::awards(&mut conn, id).await?;
    let ids: Vec<Uuid> = picks
        .iter()
        .map(|p| p.project)
        .chain(awards.iter().map(|a| a.project))
        .collect();
    let docs: HashMap<Uuid, _> = db::public::docs(&mut conn, &ids)
        .await?
        .into_iter()
        .map(|d| (d.id, d))
        .collect();
    Ok(RunOfShow::assemble(
        ShowEvent {
            slug: event.slug.as_str().to_owned(),
            name: event.name.clone(),
        },
        !event.phase.permissions().results_public,
        statistics,
        &picks,
        &awards,
        &docs,
        &urls,
    ))
}

#[derive(Serialize)]
struct WinnersPage {
    event_name: String,
    awards: Vec<AwardView>,
    judges: Vec<JudgeView>,
}

#[derive(Serialize)]
struct AwardView {
    name: String,
    citation: String,
    project: ProjectView,
}

#[derive(Serialize)]
struct JudgeView {
    name: String,
    title: String,
    photo_url: Option<String>,
    picks: Vec<PickView>,
}

#[derive(Serialize)]
struct PickView {
    quote: String,
    category: String,
    project: ProjectView,
}

#[derive(Serialize)]
struct ProjectView {
    href: String,
    title: String,
    category: String,
    thumbnail: Option<String>,
    /// "Aiko (Japan), Ren (Japan)"-like, each name isolated in the template.
    creators: Vec<(String, String)>,
}

fn project_view(p: &ShowProject, l: Locale) -> ProjectView {
    ProjectView {
        href: format!("/gallery/{}", p.id),
        title: p.title.clone(),
        category: super::gallery::category_label(&p.category, l),
        thumbnail: p.thumbnail_url.clone(),
        creators: p
            .creators
            .iter()
            .map(|c| (c.display_name.clone(), country_name(&c.country, l)))
            .collect(),
    }
}

/// The favourites and awards of an announced event, for everyone; cached like the
/// gallery (the same cache, cleared when public data changes). Before the announcement
/// there is no such page.
async fn winners(
    ctx: PageContext,
    req: HttpRequest,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let cacheable = super::gallery::cacheable(&ctx, &req);
    let key = format!("{}|/winners/{}", l.code(), slug.as_str());
    let render = async {
        let Ok(slug) = EventSlug::parse(&slug) else {
            return anyhow::Ok(None);
        };
        let event = {
            let mut conn = ctx.state.pool.acquire().await?;
            db::events::by_slug(&mut conn, &slug).await?
        };
        let Some(event) = event.filter(|e| e.phase.permissions().results_public) else {
            return anyhow::Ok(None);
        };
        let show = run_of_show(&ctx.state, &event).await?;
        let mut page = WinnersPage {
            event_name: show.event.name.clone(),
            awards: Vec::new(),
            judges: Vec::new(),
        };
        for segment in &show.segments {
            match segment {
                Segment::Vip { judge, picks } => page.judges.push(JudgeView {
                    name: judge.display_name.clone(),
                    title: judge.title.clone(),
                    photo_url: judge.photo_url.clone(),
                    picks: picks
                        .iter()
                        .map(|p| PickView {
                            quote: p.quote.clone(),
                            category: super::gallery::category_label(&p.project.category, l),
                            project: project_view(&p.project, l),
                        })
                        .collect(),
                }),
                Segment::Award {
                    award,
                    citation,
                    project,
                } => page.awards.push(AwardView {
                    name: super::gallery::award_label(award, l),
                    citation: citation.clone(),
                    project: project_view(project, l),
                }),
            }
        }
        let title = l.t_args(
            "winners-title",
            &[("event", show.event.name.clone().into())],
        );
        let html = ctx.render_html("public/winners.html", title, &page, !cacheable)?;
        anyhow::Ok(Some(http_cache::cached(html)))
    };
    super::gallery::cached_html(&ctx, &req, cacheable, key, render).await
}
