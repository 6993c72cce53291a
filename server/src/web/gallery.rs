//! The public gallery for visitors: the searchable, faceted grid of published projects,
//! each project's page, their public images, and the same data as JSON (`/api/v1/projects`)
//! with its OpenAPI document.
//!
//! Everything here reads the public projection (`db::public`), which only ever holds
//! published projects' public documents. Anonymous pages are rendered once per language
//! and URL and kept in `GalleryCache` until the next change to a published project.

use std::collections::BTreeMap;
use std::sync::Arc;

use actix_web::http::header::{self, ContentType};
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Serialize;
use uuid::Uuid;

use super::http_cache;
use super::router::Routes;
use super::{AppError, PageContext, parse_id};
use crate::db;
use crate::domain::gallery::{
    AgeBracket, GalleryQuery, PublicProject, RawGalleryQuery, SHUFFLE_SEEDS, Sort,
};
use crate::i18n::{Locale, country_name, format_number, language_name};
use crate::media;
use crate::search::Results;
use crate::search::cache::Cached;

/// The cookie holding a visitor's shuffle seed, so the grid keeps its order between visits.
pub(super) const SEED_COOKIE: &str = "gallery_seed";
use super::app::SESSION_COOKIE;

pub fn routes(r: &mut Routes) {
    r.get("/gallery", gallery);
    r.get("/gallery/{id}", project_page);
    r.get("/gallery/images/{image}/{width}", image);
    r.get_public_api("/api/v1/projects", api_projects);
    r.get_public_api("/api/v1/projects/{id}", api_project);
    r.get_public_api("/api/v1/openapi.json", openapi);
}

/// A search answered from the cache, or by the search backend and then cached.
async fn search(ctx: &super::AppState, query: &GalleryQuery) -> anyhow::Result<Arc<Results>> {
    ctx.gallery_cache
        .results(query, ctx.search.query(query))
        .await
}

/// A public HTML page from the cache (anonymous visitors: everyone sees the same), or
/// rendered now, answered with its tag (304 when the visitor's copy is current); 404 when
/// `render` says it does not exist.
pub(super) async fn cached_html<F>(
    ctx: &PageContext,
    req: &HttpRequest,
    cacheable: bool,
    key: String,
    render: F,
) -> Result<HttpResponse, AppError>
where
    F: std::future::Future<Output = anyhow::Result<Option<Cached>>>,
{
    let cached = if cacheable {
        ctx.state.gallery_cache.page(key, render).await?
    } else {
        Arc::new(render.await?)
    };
    let Some(cached) = cached.as_ref() else {
        return Err(AppError::NotFound);
    };
    Ok(http_cache::respond(
        req,
        ContentType::html(),
        cached,
        "Accept-Language, Cookie",
        cacheable,
    ))
}

/// The visitor's seed: from the cookie, or a new random one (and whether it is new).
fn visitor_seed(req: &HttpRequest) -> (u8, bool) {
    match req
        .cookie(SEED_COOKIE)
        .and_then(|c| c.value().parse::<u8>().ok())
        .filter(|s| (1..=SHUFFLE_SEEDS).contains(s))
    {
        Some(seed) => (seed, false),
        None => (rand::random_range(1..=SHUFFLE_SEEDS), true),
    }
}

fn seed_cookie(seed: u8) -> actix_web::cookie::Cookie<'static> {
    actix_web::cookie::Cookie::build(SEED_COOKIE, seed.to_string())
        .path("/")
        .http_only(true)
        .same_site(actix_web::cookie::SameSite::Lax)
        .max_age(actix_web::cookie::time::Duration::days(1))
        .finish()
}

/// Whether this request may be answered from (and stored in) the page cache: anonymous
/// visitors without a session (no flash message, no signed-in header).
pub(super) fn cacheable(ctx: &PageContext, req: &HttpRequest) -> bool {
    ctx.user.0.is_none() && req.cookie(SESSION_COOKIE).is_none()
}

/// A country's flag (regional indicator symbols) for a two-letter code.
fn flag(code: &str) -> String {
    code.chars()
        .filter(char::is_ascii_uppercase)
        .filter_map(|c| char::from_u32(0x1F1E6 + (c as u32 - 'A' as u32)))
        .collect()
}

/// A category's name from its slug (the default categories are translated).
pub(crate) fn category_label(slug: &str, l: Locale) -> String {
    let key = format!("category-{slug}");
    if l.has(&key) {
        l.t(&key)
    } else {
        slug.to_owned()
    }
}

pub(crate) fn award_label(kind: &str, l: Locale) -> String {
    let key = format!("award-{kind}");
    if l.has(&key) {
        l.t(&key)
    } else {
        kind.to_owned()
    }
}

pub(super) fn image_url(id: Uuid, width: u32) -> String {
    format!("/gallery/images/{id}/{width}")
}

/// A public image in every size (`srcset`), `src` at the given width.
#[derive(Serialize)]
struct ImageView {
    src: String,
    srcset: String,
    /// The smallest size, for a thumbnail strip.
    thumb: String,
    alt: String,
    width: i32,
    height: i32,
}

fn image_view(i: &crate::domain::gallery::PublicImage, src_width: u32) -> ImageView {
    ImageView {
        src: image_url(i.id, src_width),
        srcset: media::images::WIDTHS
            .iter()
            .map(|w| format!("{} {w}w", image_url(i.id, *w)))
            .collect::<Vec<_>>()
            .join(", "),
        thumb: image_url(i.id, 480),
        alt: i.alt.clone(),
        width: i.width,
        height: i.height,
    }
}

#[derive(Serialize)]
struct CountryView {
    code: String,
    flag: String,
    name: String,
}

fn countries_of(p: &PublicProject, l: Locale) -> Vec<CountryView> {
    p.countries()
        .into_iter()
        .map(|code| CountryView {
            flag: flag(&code),
            name: country_name(&code, l),
            code,
        })
        .collect()
}

#[derive(Serialize)]
struct Card {
    href: String,
    title: String,
    /// BCP 47 tag of the project's own language (for `lang` on its text).
    lang: String,
    description: String,
    category: String,
    creators: String,
    countries: Vec<CountryView>,
    language: String,
    thumb: Option<ImageView>,
    /// Shown instead when there is no image.
    cover: crate::domain::gallery::Cover,
    awards: Vec<String>,
    favourites: usize,
}

fn card(p: &PublicProject, l: Locale) -> Card {
    Card {
        href: format!("/gallery/{}", p.id),
        title: p.title.clone(),
        lang: p.language.clone(),
        description: p.description.clone(),
        category: category_label(&p.category, l),
        creators: p
            .creators
            .iter()
            .map(|c| c.display_name.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        countries: countries_of(p, l),
        language: language_name(&p.language, l),
        // Cards are small: the smallest size as the fallback source.
        thumb: p.images.first().map(|i| image_view(i, 480)),
        cover: p.cover(),
        awards: p.awards.iter().map(|a| award_label(&a.kind, l)).collect(),
        favourites: p.favourites.len(),
    }
}

#[derive(Serialize)]
struct FacetValue {
    label: String,
    count: String,
    href: String,
    selected: bool,
}

#[derive(Serialize)]
struct Facet {
    name: &'static str,
    label: String,
    values: Vec<FacetValue>,
}

#[derive(Serialize)]
struct LinkView {
    label: String,
    href: String,
    current: bool,
}

#[derive(Serialize)]
struct GalleryPage {
    q: String,
    /// Filters kept as hidden fields when the search box is submitted.
    hidden: Vec<(&'static str, String)>,
    summary: String,
    cards: Vec<Card>,
    facets: Vec<Facet>,
    sorts: Vec<LinkView>,
    pages: Vec<LinkView>,
    prev: Option<String>,
    next: Option<String>,
    error: Option<String>,
    clear_href: Option<String>,
}

fn href(q: &GalleryQuery) -> String {
    let qs = q.to_query_string();
    if qs.is_empty() {
        "/gallery".to_owned()
    } else {
        format!("/gallery?{qs}")
    }
}

fn facets_view(
    q: &GalleryQuery,
    results: &Results,
    events: &BTreeMap<String, String>,
    l: Locale,
) -> Vec<Facet> {
    crate::search::FACETS
        .iter()
        .filter_map(|name| {
            let mut counts: Vec<(&String, u64)> = results
                .facets
                .get(*name)
                .into_iter()
                .flatten()
                .filter(|(_, n)| **n > 0)
                .map(|(value, n)| (value, *n))
                .collect();
            // A chosen value always shows (so it can be removed), even when nothing matches.
            let chosen = q.facet_value(name);
            if let Some(chosen) = &chosen
                && !counts.iter().any(|(value, _)| *value == chosen)
            {
                counts.push((chosen, 0));
            }
            let mut values: Vec<(String, String, u64)> = counts
                .into_iter()
                .map(|(value, n)| {
                    let label = match *name {
                        "category" => category_label(value, l),
                        "country" => format!("{} {}", flag(value), country_name(value, l)),
                        "language" => language_name(value, l),
                        "age" => AgeBracket::parse(value)
                            .map(|a| l.t(&a.label_key()))
                            .unwrap_or_else(|| value.clone()),
                        "event" => events.get(value).cloned().unwrap_or_else(|| value.clone()),
                        "award" => l.t("gallery-facet-award-only"),
                        _ => l.t("gallery-facet-favourite-only"),
                    };
                    (value.clone(), label, n)
                })
                .collect();
            if values.is_empty() {
                return None;
            }
            // Age groups keep their natural order; everything else goes by size.
            if *name == "age" {
                values.sort_by_key(|(value, _, _)| AgeBracket::parse(value));
            } else {
                values.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1)));
            }
            Some(Facet {
                name,
                label: l.t(&format!("gallery-facet-{name}")),
                values: values
                    .into_iter()
                    .map(|(value, label, n)| {
                        let (next, selected) = q.toggle_facet(name, &value);
                        FacetValue {
                            label,
                            count: format_number(i64::try_from(n).unwrap_or(i64::MAX), l),
                            href: href(&next),
                            selected,
                        }
                    })
                    .collect(),
            })
        })
        .collect()
}

fn hidden_fields(q: &GalleryQuery) -> Vec<(&'static str, String)> {
    crate::search::FACETS
        .into_iter()
        .filter_map(|f| q.facet_value(f).map(|v| (f, v)))
        .collect()
}

fn gallery_page(
    q: &GalleryQuery,
    results: &Results,
    events: &BTreeMap<String, String>,
    l: Locale,
) -> GalleryPage {
    let pages_total = results.total.div_ceil(u64::from(q.per_page)).max(1);
    let last = u32::try_from(pages_total)
        .unwrap_or(u32::MAX)
        .min(crate::domain::gallery::MAX_PAGE);
    let window = q.page.saturating_sub(2).max(1)..=(q.page + 2).min(last);
    let mut sorts = Vec::new();
    let choices: &[Sort] = if q.text.is_empty() {
        &[Sort::Shuffle, Sort::Newest]
    } else {
        &[Sort::Relevance, Sort::Newest, Sort::Shuffle]
    };
    for s in choices {
        let next = GalleryQuery {
            sort: *s,
            page: 1,
            ..q.clone()
        };
        sorts.push(LinkView {
            label: l.t(&format!("gallery-sort-{}", s.as_str())),
            href: href(&next),
            current: *s == q.sort,
        });
    }
    GalleryPage {
        q: q.text.clone(),
        hidden: hidden_fields(q),
        summary: l.t_args(
            if q.text.is_empty() && !q.has_filters() {
                "gallery-summary-all"
            } else {
                "gallery-summary-found"
            },
            &[("count", results.total.into())],
        ),
        cards: results.items.iter().map(|p| card(p, l)).collect(),
        facets: facets_view(q, results, events, l),
        sorts,
        pages: window
            .map(|n| LinkView {
                label: format_number(i64::from(n), l),
                href: href(&q.with_page(n)),
                current: n == q.page,
            })
            .collect(),
        prev: (q.page > 1).then(|| href(&q.with_page(q.page - 1))),
        next: (q.page < last).then(|| href(&q.with_page(q.page + 1))),
        error: None,
        clear_href: (!q.text.is_empty() || q.has_filters()).then(|| "/gallery".to_owned()),
    }
}

/// The gallery: search box, facets, sort, the grid and pagination.
#[tracing::instrument(skip_all)]
async fn gallery(
    ctx: PageContext,
    req: HttpRequest,
    raw: web::Query<RawGalleryQuery>,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let (seed, new_seed) = visitor_seed(&req);
    let title = l.t("gallery-title");
    let query = match GalleryQuery::parse(&raw, seed) {
        Ok(q) => q,
        Err((field, e)) => {
            let page = GalleryPage {
                q: raw.q.clone().unwrap_or_default(),
                hidden: Vec::new(),
                summary: String::new(),
                cards: Vec::new(),
                facets: Vec::new(),
                sorts: Vec::new(),
                pages: Vec::new(),
                prev: None,
                next: None,
                error: Some(l.t_args(e.0, &[("parameter", field.into())])),
                clear_href: Some("/gallery".to_owned()),
            };
            // Like every anonymous gallery page: no session is created for it.
            let html =
                ctx.render_html("public/gallery.html", title, &page, ctx.user.0.is_some())?;
            return Ok(HttpResponse::BadRequest()
                .content_type(ContentType::html())
                .body(html));
        }
    };
    let cacheable = cacheable(&ctx, &req);
    // Keyed by the canonical query, which includes the shuffle seed: a visitor whose
    // cookie picked seed 3 gets seed 3's page, however the URL was written.
    let key = format!("{}|{}", l.code(), href(&query));
    let render = async {
        let results = search(&ctx.state, &query).await?;
        let events = {
            let mut conn = ctx.state.pool.acquire().await?;
            db::public::event_names(&mut conn).await?
        };
        let page = gallery_page(&query, &results, &events, l);
        let html = ctx.render_html("public/gallery.html", title, &page, !cacheable)?;
        anyhow::Ok(Some(http_cache::cached(html)))
    };
    let mut res = cached_html(&ctx, &req, cacheable, key, render).await?;
    if new_seed && query.sort == Sort::Shuffle {
        res.add_cookie(&seed_cookie(query.seed))
            .map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))?;
    }
    Ok(res)
}

#[derive(Serialize)]
struct CreatorView {
    name: String,
    country: CountryView,
    age: String,
}

#[derive(Serialize)]
struct SdgView {
    number: u8,
    name: String,
}

#[derive(Serialize)]
struct AwardView {
    name: String,
    citation: String,
}

#[derive(Serialize)]
struct OpenGraph {
    title: String,
    description: String,
    url: String,
    image: Option<String>,
    image_alt: Option<String>,
}

#[derive(Serialize)]
pub(super) struct ProjectPage {
    title: String,
    lang: String,
    description: String,
    event: String,
    category: String,
    category_href: String,
    language: String,
    answers: Vec<(String, String)>,
    community: String,
    sdgs: Vec<SdgView>,
    project_url: Option<String>,
    video_url: Option<String>,
    /// Players for the project and video links that have one, loaded on request.
    embeds: Vec<EmbedView>,
    creators: Vec<CreatorView>,
    images: Vec<ImageView>,
    favourites: Vec<crate::domain::gallery::PublicFavourite>,
    awards: Vec<AwardView>,
    published: String,
    og: OpenGraph,
}

/// An embedded player as the page offers it: a button that says where it loads from;
/// the frame itself is only added when the visitor presses it (/static/js/embed.js).
#[derive(Serialize)]
struct EmbedView {
    src: String,
    /// The link itself, for visitors without JavaScript.
    href: String,
    start: String,
    note: String,
    title: String,
}

fn embed_views(p: &PublicProject, l: Locale) -> Vec<EmbedView> {
    use crate::domain::gallery::embed::{Embed, Player};
    [p.project_url.as_deref(), p.video_url.as_deref()]
        .into_iter()
        .flatten()
        .filter_map(|link| Embed::of(link).map(|e| (link, e)))
        .map(|(link, e)| EmbedView {
            start: l.t(match e.player {
                Player::Scratch => "gallery-embed-play",
                Player::YouTube | Player::Vimeo => "gallery-embed-watch",
            }),
            note: l.t_args("gallery-embed-note", &[("site", e.site.into())]),
            title: l.t_args("gallery-embed-title", &[("title", p.title.clone().into())]),
            src: e.src,
            href: link.to_owned(),
        })
        .collect()
}

pub(super) fn project_view(p: &PublicProject, base_url: &str, l: Locale) -> ProjectPage {
    let images: Vec<ImageView> = p.images.iter().map(|i| image_view(i, 1280)).collect();
    let category = crate::domain::CategorySlug::parse(&p.category).ok();
    ProjectPage {
        title: p.title.clone(),
        lang: p.language.clone(),
        description: p.description.clone(),
        event: p.event.name.clone(),
        category: category_label(&p.category, l),
        // Slugs are URL-safe by construction.
        category_href: match category {
            Some(slug) => format!("/gallery?category={slug}"),
            None => "/gallery".to_owned(),
        },
        language: language_name(&p.language, l),
        answers: vec![
            (l.t("project-field-why-made"), p.answers.why_made.clone()),
            (
                l.t("project-field-difficulties"),
                p.answers.difficulties.clone(),
            ),
            (
                l.t("project-field-next-steps"),
                p.answers.next_steps.clone(),
            ),
        ]
        .into_iter()
        .filter(|(_, text)| !text.trim().is_empty())
        .collect(),
        community: p.community.clone(),
        sdgs: p
            .sdgs
            .iter()
            .map(|n| SdgView {
                number: *n,
                name: l.t(&format!("sdg-{n}")),
            })
            .collect(),
        project_url: p.project_url.clone(),
        video_url: p.video_url.clone(),
        embeds: embed_views(p, l),
        creators: p
            .creators
            .iter()
            .map(|c| CreatorView {
                name: c.display_name.clone(),
                country: CountryView {
                    code: c.country.clone(),
                    flag: flag(&c.country),
                    name: country_name(&c.country, l),
                },
                age: l.t(&c.age_bracket.label_key()),
            })
            .collect(),
        favourites: p.favourites.clone(),
        awards: p
            .awards
            .iter()
            .map(|a| AwardView {
                name: award_label(&a.kind, l),
                citation: a.citation.clone(),
            })
            .collect(),
        published: l.t_args(
            "gallery-published-in",
            &[("event", p.event.name.clone().into())],
        ),
        og: OpenGraph {
            title: p.title.clone(),
            description: p.description.clone(),
            url: format!("{base_url}/gallery/{}", p.id),
            image: p
                .images
                .first()
                .map(|i| format!("{base_url}{}", image_url(i.id, 1280))),
            image_alt: p.images.first().map(|i| i.alt.clone()),
        },
        images,
    }
}

/// A published project's page; anything else is the same 404 as a project that never
/// existed.
#[tracing::instrument(skip_all)]
async fn project_page(
    ctx: PageContext,
    req: HttpRequest,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let id = parse_id(&id)?;
    let l = ctx.locale.locale;
    let cacheable = cacheable(&ctx, &req);
    let key = format!("{}|/gallery/{id}", l.code());
    let render = async {
        let project = {
            let mut conn = ctx.state.pool.acquire().await?;
            db::public::get(&mut conn, id).await?
        };
        let Some(project) = project else {
            return anyhow::Ok(None);
        };
        let page = project_view(&project, &ctx.state.base_url, l);
        let html = ctx.render_html(
            "public/project.html",
            project.title.clone(),
            &page,
            !cacheable,
        )?;
        anyhow::Ok(Some(http_cache::cached(html)))
    };
    cached_html(&ctx, &req, cacheable, key, render).await
}

/// A public image: only images in a published project's public document.
async fn image(
    ctx: PageContext,
    req: HttpRequest,
    path: web::Path<(String, u32)>,
) -> Result<HttpResponse, AppError> {
    let (image, width) = path.into_inner();
    let image = parse_id(&image)?;
    let public = {
        let mut conn = ctx.conn().await?;
        db::public::image_is_public(&mut conn, image).await?
    };
    if !public {
        return Err(AppError::NotFound);
    }
    // Derivatives never change once made: the key is the tag.
    let tag = format!("\"{image}-{width}\"");
    let mut res = if http_cache::not_modified(&req, &tag) {
        HttpResponse::NotModified()
            .insert_header((header::CACHE_CONTROL, http_cache::REVALIDATE))
            .finish()
    } else {
        http_cache::jpeg(
            ctx.state.storage.as_ref(),
            image,
            width,
            http_cache::REVALIDATE,
        )
        .await?
    };
    res.headers_mut().insert(
        header::ETAG,
        header::HeaderValue::from_str(&tag).map_err(|e| AppError::Internal(e.into()))?,
    );
    Ok(res)
}

// ---------------------------------------------------------------------------------------
// The public JSON API.

#[derive(Serialize)]
struct ApiImageUrls {
    id: Uuid,
    small: String,
    large: String,
}

/// A project as the API returns it: the public document, its page and image addresses.
#[derive(Serialize)]
struct ApiProject<'a> {
    #[serde(flatten)]
    project: &'a PublicProject,
    url: String,
    image_urls: Vec<ApiImageUrls>,
}

fn api_project_of<'a>(p: &'a PublicProject, base: &str) -> ApiProject<'a> {
    ApiProject {
        url: format!("{base}/gallery/{}", p.id),
        image_urls: p
            .images
            .iter()
            .map(|i| ApiImageUrls {
                id: i.id,
                small: format!("{base}{}", image_url(i.id, 480)),
                large: format!("{base}{}", image_url(i.id, 1280)),
            })
            .collect(),
        project: p,
    }
}

#[derive(Serialize)]
struct ApiLinks {
    #[serde(rename = "self")]
    this: String,
    html: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    prev: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    next: Option<String>,
}

#[derive(Serialize)]
struct ApiList<'a> {
    total: u64,
    page: u32,
    per_page: u32,
    pages: u64,
    items: Vec<ApiProject<'a>>,
    facets: &'a BTreeMap<String, BTreeMap<String, u64>>,
    links: ApiLinks,
}

fn json(req: &HttpRequest, value: &impl Serialize) -> Result<HttpResponse, AppError> {
    let body = serde_json::to_vec(value).map_err(anyhow::Error::from)?;
    Ok(http_cache::respond(
        req,
        ContentType::json(),
        &http_cache::cached(body),
        "Accept-Language",
        true,
    ))
}

/// `GET /api/v1/projects`: the gallery's query parameters, as JSON.
#[tracing::instrument(skip_all)]
async fn api_projects(
    ctx: PageContext,
    req: HttpRequest,
    raw: web::Query<RawGalleryQuery>,
) -> Result<HttpResponse, AppError> {
    let query =
        GalleryQuery::parse(&raw, 1).map_err(|(parameter, e)| AppError::InvalidParameter {
            parameter,
            reason: e.0,
        })?;
    let results = search(&ctx.state, &query).await?;
    let base = &ctx.state.base_url;
    let pages = results.total.div_ceil(u64::from(query.per_page));
    let api = |q: &GalleryQuery| {
        let qs = q.to_query_string();
        if qs.is_empty() {
            format!("{base}/api/v1/projects")
        } else {
            format!("{base}/api/v1/projects?{qs}")
        }
    };
    let list = ApiList {
        total: results.total,
        page: query.page,
        per_page: query.per_page,
        pages,
        items: results
            .items
            .iter()
            .map(|p| api_project_of(p, base))
            .collect(),
        facets: &results.facets,
        links: ApiLinks {
            this: api(&query),
            html: format!("{base}{}", href(&query)),
            prev: (query.page > 1).then(|| api(&query.with_page(query.page - 1))),
            next: (u64::from(query.page) < pages && query.page < crate::domain::gallery::MAX_PAGE)
                .then(|| api(&query.with_page(query.page + 1))),
        },
    };
    json(&req, &list)
}

/// `GET /api/v1/projects/{id}`: one published project.
#[tracing::instrument(skip_all)]
async fn api_project(
    ctx: PageContext,
    req: HttpRequest,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let id = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let project = {
        let mut conn = ctx
            .state
            .pool
            .acquire()
            .await
            .map_err(anyhow::Error::from)?;
        db::public::get(&mut conn, id).await?
    }
    .ok_or(AppError::NotFound)?;
    json(&req, &api_project_of(&project, &ctx.state.base_url))
}

/// The OpenAPI document of the public API.
pub const OPENAPI: &str = include_str!("../../openapi.json");

/// The document with its tag, computed once.
static OPENAPI_CACHED: std::sync::LazyLock<Cached> =
    std::sync::LazyLock::new(|| http_cache::cached(OPENAPI));

async fn openapi(req: HttpRequest) -> HttpResponse {
    http_cache::respond(&req, ContentType::json(), &OPENAPI_CACHED, "", true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_come_from_country_codes() {
        assert_eq!(flag("JP"), "🇯🇵");
        assert_eq!(flag("TR"), "🇹🇷");
    }

    #[test]
    fn the_openapi_document_is_json_describing_both_routes() {
        let Ok(doc) = serde_json::from_str::<serde_json::Value>(OPENAPI) else {
            panic!("openapi.json is not JSON")
        };
        assert!(doc["paths"]["/api/v1/projects"]["get"].is_object());
        assert!(doc["paths"]["/api/v1/projects/{id}"]["get"].is_object());
    }
}
