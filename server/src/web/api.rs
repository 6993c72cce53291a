//! The JSON API for organizers' tools, authenticated with API tokens (errors as JSON,
//! in the caller's language: see `web::error`).

use std::future::Future;
use std::pin::Pin;

use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, HttpResponse, dev::Payload, web};
use serde::Serialize;
use uuid::Uuid;

use super::router::Routes;
use super::{AppError, AppState};
use crate::auth::secrets::{API_TOKEN_PREFIX, hash_token};
use crate::db;
use crate::domain::account::Role;
use crate::domain::livestream::{
    RunOfShow, Segment, ShowEvent, ShowJudge, ShowPick, ShowProject, ShowUrls,
};
use crate::domain::{ApiScope, EventSlug};

pub fn routes(r: &mut Routes) {
    r.get("/api/v1/me", me);
    r.get("/api/v1/events/{event}/livestream", livestream);
}

#[derive(Serialize)]
struct Me {
    email: String,
    token_name: String,
    scopes: Vec<&'static str>,
}

/// Who this token belongs to and what it may do.
async fn me(caller: ApiCaller) -> HttpResponse {
    HttpResponse::Ok().json(Me {
        email: caller.email,
        token_name: caller.token_name,
        scopes: caller.scopes.iter().map(|s| s.as_str()).collect(),
    })
}

/// The caller of an API route: an organizer's unrevoked token.
#[derive(Debug, Clone)]
pub struct ApiCaller {
    pub user_id: Uuid,
    pub email: String,
    pub token_id: Uuid,
    pub token_name: String,
    pub scopes: Vec<ApiScope>,
}

impl ApiCaller {
    /// Fails with 403 unless the token carries `scope`.
    pub fn require(&self, scope: ApiScope) -> Result<(), AppError> {
        if self.scopes.contains(&scope) {
            Ok(())
        } else {
            Err(AppError::MissingScope(scope.as_str()))
        }
    }
}

impl FromRequest for ApiCaller {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let bearer = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(|t| t.trim().to_owned());
        let state = req.app_data::<web::Data<AppState>>().cloned();
        Box::pin(async move {
            let token = bearer
                .filter(|t| t.starts_with(API_TOKEN_PREFIX))
                .ok_or(AppError::Unauthorized)?;
            let state = state.ok_or(AppError::Unauthorized)?;
            let mut conn = state
                .pool
                .acquire()
                .await
                .map_err(|e| AppError::Internal(e.into()))?;
            let found = db::api_tokens::authenticate(&mut conn, &hash_token(&token))
                .await
                .map_err(AppError::Internal)?
                .ok_or(AppError::Unauthorized)?;
            let user = db::users::by_id(&mut conn, found.user_id)
                .await
                .map_err(AppError::Internal)?
                .ok_or(AppError::Unauthorized)?;
            // A token stops working the moment its owner stops being an organizer.
            if !user.roles.contains(&Role::Organizer) {
                return Err(AppError::Unauthorized);
            }
            Ok(ApiCaller {
                user_id: user.id,
                email: user.email,
                token_id: found.token_id,
                token_name: found.name,
                scopes: found.scopes,
            })
        })
    }
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
struct LivestreamQuery {
    format: Option<String>,
}

/// Absolute public addresses for the run of show.
struct PublicUrls<'a>(&'a str);

impl ShowUrls for PublicUrls<'_> {
    fn thumbnail(&self, image: Uuid) -> String {
        format!("{}/gallery/images/{image}/480", self.0)
    }
    fn gallery(&self, project: Uuid) -> String {
        format!("{}/gallery/{project}", self.0)
    }
    fn judge_photo(&self, photo: Uuid) -> String {
        format!("{}{}", self.0, super::judge::photo_url(photo, 480))
    }
}

/// The event's run of show for the production team: statistics, one segment per VIP
/// judge with their picks in order, then the awards. JSON, or `?format=csv`. Before the
/// event is announced it is a rehearsal (`"embargoed": true`).
async fn livestream(
    caller: ApiCaller,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    query: web::Query<LivestreamQuery>,
) -> Result<HttpResponse, AppError> {
    caller.require(ApiScope::LivestreamRead)?;
    let csv = match query.format.as_deref() {
        None | Some("json") => false,
        Some("csv") => true,
        Some(_) => return Err(AppError::BadRequest),
    };
    let slug = EventSlug::parse(&slug).map_err(|_| AppError::NotFound)?;
    let mut conn = state.pool.acquire().await.map_err(anyhow::Error::from)?;
    let id = db::events::id_by_slug(&mut conn, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let event = db::events::by_id(&mut conn, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let statistics = db::livestream::statistics(&mut conn, id).await?;
    let picks = db::livestream::picks(&mut conn, id).await?;
    let awards = db::livestream::awards(&mut conn, id).await?;
    let mut ids: Vec<Uuid> = picks.iter().map(|p| p.project_id).collect();
    ids.extend(awards.iter().map(|a| a.2));
    let docs: std::collections::HashMap<Uuid, _> = db::public::docs(&mut conn, &ids)
        .await?
        .into_iter()
        .map(|d| (d.id, d))
        .collect();
    drop(conn);
    let urls = PublicUrls(&state.base_url);
    let mut segments: Vec<Segment> = Vec::new();
    let mut judge_of_last: Option<Uuid> = None;
    for pick in &picks {
        let Some(doc) = docs.get(&pick.project_id) else {
            continue;
        };
        let show = ShowPick {
            position: pick.position,
            quote: pick.quote.clone(),
            project: ShowProject::of(doc, &urls),
        };
        match segments.last_mut() {
            Some(Segment::Vip { picks, .. }) if judge_of_last == Some(pick.judge_id) => {
                picks.push(show)
            }
            _ => segments.push(Segment::Vip {
                judge: ShowJudge {
                    display_name: pick.judge_name.clone(),
                    title: pick.judge_title.clone(),
                    bio: pick.judge_bio.clone(),
                    photo_url: pick.judge_photo.map(|p| urls.judge_photo(p)),
                },
                picks: vec![show],
            }),
        }
        judge_of_last = Some(pick.judge_id);
    }
    for (kind, citation, project) in &awards {
        if let Some(doc) = docs.get(project) {
            segments.push(Segment::Award {
                award: kind.clone(),
                citation: citation.clone(),
                project: ShowProject::of(doc, &urls),
            });
        }
    }
    let show = RunOfShow {
        event: ShowEvent {
            slug: event.slug.as_str().to_owned(),
            name: event.name.clone(),
        },
        embargoed: !event.phase.permissions().results_public,
        statistics,
        segments,
    };
    if csv {
        let body = show
            .to_csv()
            .map_err(|e| AppError::Internal(anyhow::anyhow!("writing the CSV: {e}")))?;
        return Ok(HttpResponse::Ok()
            .content_type("text/csv; charset=utf-8")
            .insert_header((
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"run-of-show-{}.csv\"",
                    event.slug.as_str()
                ),
            ))
            .body(body));
    }
    Ok(HttpResponse::Ok().json(show))
}
