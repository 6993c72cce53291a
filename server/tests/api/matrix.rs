//! The authorization matrix: every route the app registers × every kind of visitor, with
//! the status each must get. A route added without a row here fails the test.

use std::collections::BTreeMap;

use showcase::domain::account::Role;
use showcase::web::all_routes;

use crate::helpers::{Browser, spawn_app_with};

/// Expected statuses for: anonymous, creator, another creator, adult, judge, organizer.
type Row = [u16; 6];

const ALL_200: Row = [200; 6];
const SIGNED_IN: Row = [303, 200, 200, 200, 200, 200];
const ORGANIZER: Row = [303, 403, 403, 403, 403, 200];
const JUDGE: Row = [303, 403, 403, 403, 200, 403];
const ADULT: Row = [303, 403, 403, 200, 403, 403];
const NOT_FOR_JUDGE: Row = [303, 403, 403, 403, 404, 403];
const NOT_FOR_ORGANIZER: Row = [303, 403, 403, 403, 403, 404];

fn matrix() -> BTreeMap<(&'static str, &'static str), Row> {
    BTreeMap::from([
        (("GET", "/health"), ALL_200),
        (("GET", "/"), ALL_200),
        (("GET", "/register"), ALL_200),
        (("GET", "/register/creator"), ALL_200),
        // Empty forms: every visitor gets the form back with its errors.
        (("POST", "/register/creator"), [400; 6]),
        (("GET", "/register/adult"), ALL_200),
        (("POST", "/register/adult"), [400; 6]),
        (("GET", "/register/check-email"), ALL_200),
        // Links with a token that does not exist: the "link does not work" page.
        (("GET", "/verify-email/{token}"), [400; 6]),
        (("POST", "/verify-email/{token}"), [400; 6]),
        (("GET", "/account"), SIGNED_IN),
        (("POST", "/account"), [303, 400, 400, 400, 400, 400]),
        (("GET", "/account/children"), ADULT),
        // Data rights: anyone's own data; deleting asks for the box to be ticked (an empty
        // form is the page again); a child profile that is not yours is a 404.
        (("POST", "/account/data"), SIGNED_IN),
        (("GET", "/account/delete"), SIGNED_IN),
        (("POST", "/account/delete"), [303, 400, 400, 400, 400, 400]),
        (
            ("GET", "/account/children/{id}/delete"),
            [303, 403, 403, 404, 403, 403],
        ),
        (
            ("POST", "/account/children/{id}/delete"),
            [303, 403, 403, 404, 403, 403],
        ),
        (
            ("POST", "/account/children"),
            [303, 403, 403, 400, 403, 403],
        ),
        (("GET", "/sign-in"), ALL_200),
        (("POST", "/sign-in"), [400; 6]),
        (("POST", "/sign-out"), [303; 6]),
        // Signed out by the row above already: the sign-in page, or back to it.
        (("POST", "/sign-out/everywhere"), [303; 6]),
        (("GET", "/password/forgot"), ALL_200),
        (("POST", "/password/forgot"), [400; 6]),
        (("GET", "/password/reset/{token}"), [400; 6]),
        (("POST", "/password/reset/{token}"), [400; 6]),
        (("GET", "/sign-in/link"), ALL_200),
        (("POST", "/sign-in/link"), [400; 6]),
        (("GET", "/sign-in/link/{token}"), [400; 6]),
        (("POST", "/sign-in/link/{token}"), [400; 6]),
        // No provider is configured in this app: unknown providers are 404.
        (("GET", "/sign-in/oauth/{provider}"), [404; 6]),
        (("GET", "/sign-in/oauth/{provider}/callback"), [404; 6]),
        (("GET", "/invitations/{token}"), [400; 6]),
        (("POST", "/invitations/{token}"), [400; 6]),
        (("GET", "/organizer"), ORGANIZER),
        (("GET", "/organizer/invitations"), ORGANIZER),
        (
            ("POST", "/organizer/invitations"),
            [303, 403, 403, 403, 403, 400],
        ),
        (("GET", "/organizer/tokens"), ORGANIZER),
        (
            ("POST", "/organizer/tokens"),
            [303, 403, 403, 403, 403, 400],
        ),
        // A token id that is not the organizer's: 404, never someone else's token.
        (
            ("POST", "/organizer/tokens/{id}/revoke"),
            [303, 403, 403, 403, 403, 404],
        ),
        (("GET", "/organizer/emails"), ORGANIZER),
        // The audit log is the platform's, with or without an event; an empty export form
        // downloads everything.
        (("GET", "/organizer/audit"), ORGANIZER),
        (
            ("POST", "/organizer/audit/export"),
            [303, 403, 403, 403, 403, 200],
        ),
        // Exports are of the current event: none here.
        (("GET", "/organizer/exports"), NOT_FOR_ORGANIZER),
        (("GET", "/organizer/stats"), NOT_FOR_ORGANIZER),
        (("POST", "/organizer/exports"), NOT_FOR_ORGANIZER),
        // Projects: anyone signed in has a dashboard; a project that is not yours is a 404,
        // exactly like one that does not exist.
        (("GET", "/projects"), SIGNED_IN),
        (("POST", "/projects"), [303, 400, 400, 400, 400, 400]),
        (("GET", "/projects/{id}"), [303, 404, 404, 404, 404, 404]),
        (("POST", "/projects/{id}"), [303, 404, 404, 404, 404, 404]),
        (
            ("GET", "/projects/{id}/withdraw"),
            [303, 404, 404, 404, 404, 404],
        ),
        (
            ("POST", "/projects/{id}/withdraw"),
            [303, 404, 404, 404, 404, 404],
        ),
        (
            ("POST", "/projects/{id}/restore"),
            [303, 404, 404, 404, 404, 404],
        ),
        (
            ("POST", "/projects/{id}/members"),
            [303, 404, 404, 404, 404, 404],
        ),
        (
            ("POST", "/projects/{id}/owner"),
            [303, 404, 404, 404, 404, 404],
        ),
        (
            ("POST", "/projects/{id}/images"),
            [303, 400, 400, 400, 400, 400],
        ),
        (
            ("POST", "/projects/{id}/images/{image}/delete"),
            [303, 404, 404, 404, 404, 404],
        ),
        (
            ("GET", "/projects/{id}/images/{image}/{width}"),
            [303, 404, 404, 404, 404, 404],
        ),
        (("GET", "/join/{code}"), [303, 404, 404, 404, 404, 404]),
        (("POST", "/join/{code}"), [303, 400, 400, 400, 400, 400]),
        // Consent: the in-app pages are for a project's team (404 otherwise); guardians'
        // links with a token that does not exist get the "link does not work" page.
        (
            ("POST", "/projects/{id}/consent/request"),
            [303, 404, 404, 404, 404, 404],
        ),
        (
            ("GET", "/projects/{id}/consent/{creator}"),
            [303, 404, 404, 404, 404, 404],
        ),
        (
            ("POST", "/projects/{id}/consent/{creator}"),
            [303, 404, 404, 404, 404, 404],
        ),
        (("GET", "/consent/{token}"), [400; 6]),
        (("POST", "/consent/{token}"), [400; 6]),
        (("GET", "/consent/{token}/images/{image}"), [404; 6]),
        (("GET", "/consent/withdraw/{token}"), [400; 6]),
        (("POST", "/consent/withdraw/{token}"), [400; 6]),
        // Moderation: organizers only.
        (("GET", "/organizer/moderation"), ORGANIZER),
        (
            ("POST", "/organizer/moderation/bulk"),
            [303, 403, 403, 403, 403, 303],
        ),
        (
            ("GET", "/organizer/projects/{id}"),
            [303, 403, 403, 403, 403, 404],
        ),
        (
            ("POST", "/organizer/projects/{id}/moderate"),
            [303, 403, 403, 403, 403, 400],
        ),
        (
            ("GET", "/organizer/projects/{id}/images/{image}"),
            [303, 403, 403, 403, 403, 404],
        ),
        (("GET", "/organizer/published"), ORGANIZER),
        (("GET", "/organizer/event"), ORGANIZER),
        (
            ("POST", "/organizer/event/phase"),
            [303, 403, 403, 403, 403, 400],
        ),
        (("GET", "/judge"), JUDGE),
        // Judging. This app has no event: the judging pages say so (404), and projects that
        // are not the judge's are 404 like ones that do not exist.
        (("GET", "/judge/next"), [303, 403, 403, 403, 303, 403]),
        (("GET", "/judge/projects/{id}"), NOT_FOR_JUDGE),
        (("POST", "/judge/projects/{id}/score"), NOT_FOR_JUDGE),
        (("POST", "/judge/projects/{id}/skip"), NOT_FOR_JUDGE),
        (("GET", "/judge/profile"), JUDGE),
        (("POST", "/judge/profile"), [303, 403, 403, 403, 400, 403]),
        (("GET", "/judge/conflicts"), JUDGE),
        // Not a multipart form: a request no form of ours sends.
        (
            ("POST", "/judge/profile/photo"),
            [303, 403, 403, 403, 400, 403],
        ),
        // Judges' photos are public (the livestream shows them); this one does not exist.
        (("GET", "/judges/photos/{photo}/{width}"), [404; 6]),
        (("POST", "/judge/conflicts"), [303, 403, 403, 403, 400, 403]),
        (("POST", "/judge/conflicts/{id}/delete"), NOT_FOR_JUDGE),
        (("GET", "/judge/favourites"), NOT_FOR_JUDGE),
        (("POST", "/judge/favourites"), NOT_FOR_JUDGE),
        (("GET", "/judge/award"), NOT_FOR_JUDGE),
        (("GET", "/judge/award/{kind}/{project}"), NOT_FOR_JUDGE),
        (("POST", "/judge/award/{kind}/{project}"), NOT_FOR_JUDGE),
        // Certificates: anyone signed in has a (maybe empty) list; one that does not exist
        // is a 404 for everyone; the organizers' page needs an event.
        (("GET", "/account/certificates"), SIGNED_IN),
        (
            ("GET", "/certificates/{project}/{creator}/{kind}"),
            [303, 404, 404, 404, 404, 404],
        ),
        (("GET", "/organizer/certificates"), NOT_FOR_ORGANIZER),
        (("POST", "/organizer/certificates/bulk"), NOT_FOR_ORGANIZER),
        (
            ("GET", "/organizer/certificates/batches/{batch}"),
            NOT_FOR_ORGANIZER,
        ),
        // Event settings: this app has no event (404 for organizers).
        (("GET", "/organizer/settings"), NOT_FOR_ORGANIZER),
        (("POST", "/organizer/settings"), NOT_FOR_ORGANIZER),
        (
            ("POST", "/organizer/settings/categories"),
            NOT_FOR_ORGANIZER,
        ),
        (
            ("POST", "/organizer/settings/categories/{slug}"),
            NOT_FOR_ORGANIZER,
        ),
        // A move that says neither up nor down is no form of ours.
        (
            ("POST", "/organizer/settings/categories/{slug}/move"),
            [303, 403, 403, 403, 403, 400],
        ),
        (
            ("POST", "/organizer/settings/categories/{slug}/delete"),
            NOT_FOR_ORGANIZER,
        ),
        (("GET", "/organizer/judging"), NOT_FOR_ORGANIZER),
        (("POST", "/organizer/judging/settings"), NOT_FOR_ORGANIZER),
        (("GET", "/organizer/judges/{id}"), NOT_FOR_ORGANIZER),
        (("POST", "/organizer/judges/{id}"), NOT_FOR_ORGANIZER),
        (
            ("POST", "/organizer/judges/{id}/conflicts"),
            NOT_FOR_ORGANIZER,
        ),
        (
            ("POST", "/organizer/judges/{id}/conflicts/{conflict}/delete"),
            NOT_FOR_ORGANIZER,
        ),
        (("GET", "/organizer/assignment"), NOT_FOR_ORGANIZER),
        (("POST", "/organizer/assignment/apply"), NOT_FOR_ORGANIZER),
        (
            ("POST", "/organizer/assignment/{batch}/undo"),
            NOT_FOR_ORGANIZER,
        ),
        (("GET", "/organizer/shortlist"), NOT_FOR_ORGANIZER),
        // No action chosen: a request no form of ours sends.
        (
            ("POST", "/organizer/shortlist/{project}"),
            [303, 403, 403, 403, 403, 400],
        ),
        (("GET", "/organizer/favourites"), NOT_FOR_ORGANIZER),
        (("POST", "/organizer/favourites/{judge}"), NOT_FOR_ORGANIZER),
        (("GET", "/organizer/award"), NOT_FOR_ORGANIZER),
        (("POST", "/organizer/award/{kind}"), NOT_FOR_ORGANIZER),
        // An empty identifier is refused before the event is looked up.
        (
            ("POST", "/organizer/awards"),
            [303, 403, 403, 403, 403, 303],
        ),
        // The API takes tokens, not sessions: every browser gets 401.
        (("GET", "/api/v1/me"), [401; 6]),
        (("GET", "/api/v1/audit-log"), [401; 6]),
        (("GET", "/api/v1/events/{event}/statistics"), [401; 6]),
        (("GET", "/api/v1/events/{event}/livestream"), [401; 6]),
        (("GET", "/api/v1/events/{event}"), [401; 6]),
        (("POST", "/api/v1/events/{event}/phase"), [401; 6]),
        (("GET", "/api/v1/events/{event}/judges"), [401; 6]),
        (("POST", "/api/v1/events/{event}/judges/import"), [401; 6]),
        (("POST", "/api/v1/events/{event}/judges/{judge}"), [401; 6]),
        (
            (
                "POST",
                "/api/v1/events/{event}/judges/{judge}/vip-categories",
            ),
            [401; 6],
        ),
        (("GET", "/api/v1/events/{event}/assignment"), [401; 6]),
        (("POST", "/api/v1/events/{event}/assignment"), [401; 6]),
        (
            ("POST", "/api/v1/events/{event}/assignment/{batch}/undo"),
            [401; 6],
        ),
        (("GET", "/api/v1/events/{event}/progress"), [401; 6]),
        (("GET", "/api/v1/events/{event}/shortlist"), [401; 6]),
        (
            ("POST", "/api/v1/events/{event}/shortlist/{project}"),
            [401; 6],
        ),
        (("GET", "/api/v1/events/{event}/favourites"), [401; 6]),
        (("GET", "/api/v1/events/{event}/awards"), [401; 6]),
        (
            ("POST", "/api/v1/events/{event}/awards/{award}/decision"),
            [401; 6],
        ),
        (("GET", "/api/v1/events/{event}/exports/{what}"), [401; 6]),
        // The overlay needs its key or an organizer; no event has the slug "{event}".
        (("GET", "/live/{event}/overlay"), [404; 6]),
        (("GET", "/live/{event}/events"), [404; 6]),
        (("GET", "/live/{event}/control"), NOT_FOR_ORGANIZER),
        (("POST", "/live/{event}/control"), NOT_FOR_ORGANIZER),
        // The public gallery and API: everyone; unknown or unpublished projects are 404.
        (("GET", "/gallery"), ALL_200),
        // Winners of an announced event only; no event has the slug "{event}".
        (("GET", "/winners/{event}"), [404; 6]),
        (("GET", "/gallery/{id}"), [404; 6]),
        (("GET", "/gallery/images/{image}/{width}"), [404; 6]),
        (("GET", "/api/v1/projects"), ALL_200),
        (("GET", "/api/v1/projects/{id}"), [404; 6]),
        (("GET", "/api/v1/openapi.json"), ALL_200),
        // Only mounted with application.dev_mailbox, which this app turns on.
        (("GET", "/dev/mailbox"), ALL_200),
        (("GET", "/dev/mailbox/{id}"), [404; 6]),
    ])
}

fn concrete(path: &str) -> String {
    path.replace("{token}", "no-such-token")
        .replace("{provider}", "nowhere")
        .replace("{id}", "00000000-0000-4000-8000-000000000000")
        .replace("{image}", "00000000-0000-4000-8000-000000000001")
        .replace("{width}", "480")
        .replace("{code}", "NOSUCHCODE")
        .replace("{creator}", "00000000-0000-4000-8000-000000000002")
        .replace("{conflict}", "00000000-0000-4000-8000-000000000003")
        .replace("{batch}", "00000000-0000-4000-8000-000000000004")
        .replace("{project}", "00000000-0000-4000-8000-000000000005")
        .replace("{judge}", "00000000-0000-4000-8000-000000000006")
        .replace("{kind}", "coding-with-commitment")
        .replace("{award}", "coding-with-commitment")
        .replace("{what}", "shortlist")
        .replace("{slug}", "games")
        .replace("{photo}", "00000000-0000-4000-8000-000000000007")
}

#[tokio::test]
async fn every_route_answers_every_role_as_the_matrix_says() {
    let app = spawn_app_with(&[("SHOWCASE_APPLICATION__DEV_MAILBOX", "true")]).await;
    let settings = crate::helpers::test_settings(
        "postgres://u@h/d",
        app.data_dir.path(),
        &[("SHOWCASE_APPLICATION__DEV_MAILBOX", "true")],
    );
    let table = all_routes(&settings).table();
    let matrix = matrix();

    let registered: Vec<(String, &str)> = table
        .iter()
        .map(|r| (r.method.to_string(), r.path))
        .collect();
    let missing: Vec<_> = registered
        .iter()
        .filter(|(m, p)| !matrix.contains_key(&(m.as_str(), *p)))
        .collect();
    assert!(
        missing.is_empty(),
        "routes without a row in the authorization matrix: {missing:?}"
    );
    let stale: Vec<_> = matrix
        .keys()
        .filter(|(m, p)| !registered.iter().any(|(rm, rp)| rm == m && rp == p))
        .collect();
    assert!(
        stale.is_empty(),
        "matrix rows for routes that no longer exist: {stale:?}"
    );

    let visitors: Vec<(&str, Browser)> = vec![
        ("anonymous", app.browser()),
        (
            "creator",
            app.signed_in("creator@example.org", &[Role::Creator]).await,
        ),
        (
            "another creator",
            app.signed_in("creator2@example.org", &[Role::Creator])
                .await,
        ),
        (
            "adult",
            app.signed_in("adult@example.org", &[Role::Adult]).await,
        ),
        (
            "judge",
            app.signed_in("judge@example.org", &[Role::Judge]).await,
        ),
        (
            "organizer",
            app.signed_in("organizer@example.org", &[Role::Organizer])
                .await,
        ),
    ];
    let mut failures = Vec::new();
    for ((method, path), expected) in &matrix {
        for (i, (who, browser)) in visitors.iter().enumerate() {
            let url = concrete(path);
            let res = match *method {
                "GET" => browser.get(&url).await,
                _ => browser.post(&url, &[]).await,
            };
            let status = res.status().as_u16();
            if status != expected[i] {
                failures.push(format!(
                    "{method} {path} as {who}: {status}, expected {}",
                    expected[i]
                ));
            }
            // An answer that is not 2xx never carries the page's data: it is a redirect to
            // sign in or the generic error page.
            if status == 403 {
                let body = res.text().await.unwrap_or_default();
                assert!(
                    body.contains("error-page"),
                    "{method} {path} as {who}: 403 without the error page"
                );
            }
        }
    }
    assert!(
        failures.is_empty(),
        "authorization matrix mismatches:\n{}",
        failures.join("\n")
    );
}
