//! The route table: every route is added here through `Routes`, which both mounts it on
//! the app and records it, so tests can list every route the app serves (the
//! authorization matrix fails when a route is added without an expected status).

use actix_governor::{Governor, GovernorConfig, GovernorConfigBuilder, PeerIpKeyExtractor};
use actix_web::http::Method;
use actix_web::{FromRequest, Handler, Responder, Route, web};

/// One registered route, for listings and tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteInfo {
    pub method: Method,
    pub path: &'static str,
    /// Whether POSTs to it are rate-limited per client address.
    pub rate_limited: bool,
    /// Whether any website may read it from a browser (CORS).
    pub cors: bool,
}

struct Resource {
    path: &'static str,
    routes: Vec<(Method, Route)>,
    rate_limited: bool,
    cors: bool,
}

/// Collects routes grouped by path (one actix resource per path, so methods share it).
#[derive(Default)]
pub struct Routes {
    resources: Vec<Resource>,
}

impl Routes {
    fn add(&mut self, method: Method, path: &'static str, route: Route, rate_limited: bool) {
        if let Some(r) = self.resources.iter_mut().find(|r| r.path == path) {
            r.routes.push((method, route));
            r.rate_limited |= rate_limited;
        } else {
            self.resources.push(Resource {
                path,
                routes: vec![(method, route)],
                rate_limited,
                cors: false,
            });
        }
    }

    /// A GET route of the public API: readable from any website's scripts (CORS).
    pub fn get_public_api<F, Args>(&mut self, path: &'static str, handler: F)
    where
        F: Handler<Args>,
        Args: FromRequest + 'static,
        F::Output: Responder + 'static,
    {
        self.add(Method::GET, path, web::get().to(handler), false);
        if let Some(r) = self.resources.iter_mut().find(|r| r.path == path) {
            r.cors = true;
        }
    }

    /// A GET route.
    pub fn get<F, Args>(&mut self, path: &'static str, handler: F)
    where
        F: Handler<Args>,
        Args: FromRequest + 'static,
        F::Output: Responder + 'static,
    {
        self.add(Method::GET, path, web::get().to(handler), false);
    }

    /// A POST route.
    pub fn post<F, Args>(&mut self, path: &'static str, handler: F)
    where
        F: Handler<Args>,
        Args: FromRequest + 'static,
        F::Output: Responder + 'static,
    {
        self.add(Method::POST, path, web::post().to(handler), false);
    }

    /// A POST route under the per-address rate limit (sign-in, registration, resets, links).
    pub fn post_limited<F, Args>(&mut self, path: &'static str, handler: F)
    where
        F: Handler<Args>,
        Args: FromRequest + 'static,
        F::Output: Responder + 'static,
    {
        self.add(Method::POST, path, web::post().to(handler), true);
    }

    /// Every route, in registration order.
    pub fn table(&self) -> Vec<RouteInfo> {
        self.resources
            .iter()
            .flat_map(|r| {
                r.routes.iter().map(|(m, _)| RouteInfo {
                    method: m.clone(),
                    path: r.path,
                    rate_limited: r.rate_limited,
                    cors: r.cors,
                })
            })
            .collect()
    }

    /// Mounts every route on the app.
    pub fn mount(
        self,
        cfg: &mut web::ServiceConfig,
        limiter: &GovernorConfig<
            PeerIpKeyExtractor,
            actix_governor::governor::middleware::NoOpMiddleware,
        >,
    ) {
        for r in self.resources {
            let mut resource = web::resource(r.path);
            for (_, route) in r.routes {
                resource = resource.route(route);
            }
            if r.rate_limited {
                cfg.service(resource.wrap(Governor::new(limiter)));
            } else if r.cors {
                cfg.service(resource.wrap(public_cors()));
            } else {
                cfg.service(resource);
            }
        }
    }
}

/// Reads of the public API from any origin: no credentials, conditional requests allowed,
/// the entity tag readable.
fn public_cors() -> actix_cors::Cors {
    actix_cors::Cors::default()
        .allow_any_origin()
        .send_wildcard()
        .allowed_methods(vec![Method::GET])
        .allowed_headers(vec![
            actix_web::http::header::IF_NONE_MATCH,
            actix_web::http::header::ACCEPT,
            actix_web::http::header::ACCEPT_LANGUAGE,
        ])
        .expose_headers(vec![actix_web::http::header::ETAG])
        .max_age(86_400)
}

/// The rate limit shared by every limited route of one application.
pub fn limiter(
    burst: u32,
    period_secs: u64,
) -> anyhow::Result<
    GovernorConfig<PeerIpKeyExtractor, actix_governor::governor::middleware::NoOpMiddleware>,
> {
    GovernorConfigBuilder::default()
        .seconds_per_request(period_secs.max(1))
        .burst_size(burst.max(1))
        .methods(vec![Method::POST])
        .finish()
        .ok_or_else(|| anyhow::anyhow!("invalid rate limit settings"))
}
