//! The route table: every route is added here through `Routes`, which both mounts it on
//! the app and records it, so tests can list every route the app serves (the
//! authorization matrix fails when a route is added without an expected status).

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Arc;

use actix_governor::governor::middleware::NoOpMiddleware;
use actix_governor::{
    Governor, GovernorConfig, GovernorConfigBuilder, KeyExtractor, SimpleKeyExtractionError,
};
use actix_web::dev::ServiceRequest;
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
        self.add(Method::GET, path, get_or_head().to(handler), false);
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
        self.add(Method::GET, path, get_or_head().to(handler), false);
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

    /// Mounts every route on the app, each rate-limited one with its own limiter.
    ///
    /// Routes are grouped in scopes by their first path segment (`/gallery/…`,
    /// `/api/…`): a request is matched against the scopes' static prefixes first, then
    /// only against its own scope's patterns, instead of trying every pattern (a regular
    /// expression each) of the whole table in turn. Within a scope the order is the
    /// registration order, so `/judges/import` still comes before `/judges/{judge}`.
    pub fn mount(self, cfg: &mut web::ServiceConfig, limiters: &Limiters) {
        let mut scopes: Vec<(&'static str, Vec<Resource>)> = Vec::new();
        let mut root: Vec<Resource> = Vec::new();
        for r in self.resources {
            match first_segment(r.path) {
                Some(prefix) => match scopes.iter_mut().find(|(p, _)| *p == prefix) {
                    Some((_, list)) => list.push(r),
                    None => scopes.push((prefix, vec![r])),
                },
                None => root.push(r),
            }
        }
        // A resource with its rate limiter or CORS, added to a scope or the app.
        macro_rules! add {
            ($r:expr, $prefix:expr, |$res:ident| $add:expr) => {{
                let r = $r;
                let mut resource = web::resource(&r.path[$prefix.len()..]);
                for (_, route) in r.routes {
                    resource = resource.route(route);
                }
                if let Some(limiter) = limiters.by_path.get(r.path).filter(|_| r.rate_limited) {
                    let $res = resource.wrap(Governor::new(limiter));
                    $add
                } else if r.cors {
                    let $res = resource.wrap(public_cors());
                    $add
                } else {
                    let $res = resource;
                    $add
                }
            }};
        }
        for r in root {
            add!(r, "", |res| {
                cfg.service(res);
            });
        }
        for (prefix, list) in scopes {
            let mut scope = web::scope(prefix);
            for r in list {
                scope = add!(r, prefix, |res| scope.service(res));
            }
            cfg.service(scope);
        }
    }
}

/// `/gallery` of `/gallery/{id}`; `None` for `/` and for a first segment that is a
/// pattern (such routes stay outside every scope).
fn first_segment(path: &str) -> Option<&str> {
    let rest = path.strip_prefix('/')?;
    let end = rest.find('/').unwrap_or(rest.len());
    let segment = &rest[..end];
    (!segment.is_empty() && !segment.contains(['{', '}'])).then(|| &path[..=end])
}

/// A GET route answers HEAD too (the same headers, no body: caches, link checkers and
/// uptime monitors ask with HEAD).
fn get_or_head() -> Route {
    web::route().guard(actix_web::guard::Any(actix_web::guard::Get()).or(actix_web::guard::Head()))
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

/// The address of the client a request comes from: the peer's, or, when the peer is one
/// of the trusted proxies, the nearest address it reports (`X-Forwarded-For`, read from
/// the right) that is not itself a trusted proxy. Anything a client claims in front of
/// that is not believed.
#[derive(Debug, Clone, Default)]
pub struct ClientIp {
    trusted: Arc<Vec<IpAddr>>,
}

impl ClientIp {
    /// Trusting the proxies at these addresses.
    pub fn new(trusted: &[String]) -> anyhow::Result<Self> {
        let trusted = trusted
            .iter()
            .map(|a| {
                a.trim().parse::<IpAddr>().map_err(|_| {
                    anyhow::anyhow!("auth.trusted_proxies: {a:?} is not an IP address")
                })
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        Ok(Self {
            trusted: Arc::new(trusted),
        })
    }

    /// The client's address, from the peer and its `X-Forwarded-For` header.
    pub fn of(&self, peer: Option<IpAddr>, forwarded_for: Option<&str>) -> Option<IpAddr> {
        let peer = peer?;
        if !self.trusted.contains(&peer) {
            return Some(peer);
        }
        let mut nearest = peer;
        for hop in forwarded_for.unwrap_or_default().rsplit(',') {
            let Ok(ip) = hop.trim().parse::<IpAddr>() else {
                break;
            };
            nearest = ip;
            if !self.trusted.contains(&ip) {
                break;
            }
        }
        Some(nearest)
    }
}

impl KeyExtractor for ClientIp {
    type Key = IpAddr;
    type KeyExtractionError = SimpleKeyExtractionError<&'static str>;

    fn extract(&self, req: &ServiceRequest) -> Result<Self::Key, Self::KeyExtractionError> {
        let forwarded = req
            .headers()
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok());
        self.of(req.peer_addr().map(|a| a.ip()), forwarded)
            .ok_or_else(|| SimpleKeyExtractionError::new("the client address is unknown"))
    }
}

/// One limiter per rate-limited route (a separate budget per route and client address),
/// shared by every worker thread of the server.
#[derive(Clone)]
pub struct Limiters {
    by_path: HashMap<&'static str, GovernorConfig<ClientIp, NoOpMiddleware>>,
}

impl Limiters {
    /// A burst of `burst` POSTs per route and client, then one more every `period_secs`.
    pub fn new(
        table: &[RouteInfo],
        client_ip: &ClientIp,
        burst: u32,
        period_secs: u64,
    ) -> anyhow::Result<Self> {
        let mut by_path = HashMap::new();
        for route in table.iter().filter(|r| r.rate_limited) {
            let config = GovernorConfigBuilder::default()
                .seconds_per_request(period_secs.max(1))
                .burst_size(burst.max(1))
                .methods(vec![Method::POST])
                .key_extractor(client_ip.clone())
                .finish()
                .ok_or_else(|| anyhow::anyhow!("invalid rate limit settings"))?;
            by_path.insert(route.path, config);
        }
        Ok(Self { by_path })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap_or(IpAddr::from([0, 0, 0, 0]))
    }

    #[test]
    fn forwarded_addresses_count_only_behind_trusted_proxies() {
        let direct = ClientIp::default();
        assert_eq!(
            direct.of(Some(ip("198.51.100.1")), Some("203.0.113.9")),
            Some(ip("198.51.100.1"))
        );
        let Ok(behind) = ClientIp::new(&["10.0.0.1".into(), "10.0.0.2".into()]) else {
            panic!("proxies")
        };
        assert_eq!(
            behind.of(Some(ip("10.0.0.1")), Some("203.0.113.9")),
            Some(ip("203.0.113.9"))
        );
        // Two proxies deep; what the client claimed before them is ignored.
        assert_eq!(
            behind.of(Some(ip("10.0.0.1")), Some("6.6.6.6, 203.0.113.9, 10.0.0.2")),
            Some(ip("203.0.113.9"))
        );
        // A garbled header stops the walk at the last trustworthy hop.
        assert_eq!(
            behind.of(Some(ip("10.0.0.1")), Some("nonsense")),
            Some(ip("10.0.0.1"))
        );
        assert!(ClientIp::new(&["not an address".into()]).is_err());
    }
}
