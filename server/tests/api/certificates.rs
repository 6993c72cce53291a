//! Certificates: the PDF's text layer holds the creator's name and project title in every
//! shipped language; only the creator, their adult and organizers download one; results
//! stay secret until announced; the bulk zip holds every certificate the list export names.

use std::io::Read as _;
use std::process::Command;

use showcase::domain::account::Role;
use uuid::Uuid;

use crate::helpers::{TestApp, location, spawn_app};

/// Text a PDF's text layer holds, as `pdftotext` reads it, without whitespace and the
/// invisible direction marks it adds around right-to-left runs.
fn text_layer(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("c.pdf");
    std::fs::write(&path, pdf).expect("write");
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by scripts/fonts.sh");
    assert!(out.status.success(), "pdftotext failed");
    squash(&String::from_utf8_lossy(&out.stdout))
}

fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !('\u{202A}'..='\u{202E}').contains(c))
        .filter(|c| !('\u{2066}'..='\u{2069}').contains(c))
        .collect()
}

/// A published project of the current event and one of its creators: (project, creator,
/// the email of the account that holds or manages the profile).
async fn published_creator(app: &TestApp) -> (Uuid, Uuid, String) {
    sqlx::query_as(
        "SELECT pp.project_id, c.id, u.email
         FROM public_projects pp
         JOIN project_members m ON m.project_id = pp.project_id
         JOIN creators c ON c.id = m.creator_id
         JOIN users u ON u.id = coalesce(c.user_id, c.managed_by)
         WHERE pp.event_id = (SELECT id FROM current_event)
         ORDER BY pp.project_id, c.id LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a published project")
}

async fn signed_in_as(app: &TestApp, email: &str) -> crate::helpers::Browser {
    // Generated demo creators have no password: give this one the demo accounts'.
    sqlx::query(
        "UPDATE users SET password_hash = (SELECT password_hash FROM users
                                           WHERE email = 'organizer@demo.showcase.test'),
                          email_verified_at = coalesce(email_verified_at, now())
         WHERE email = $1",
    )
    .bind(email)
    .execute(&app.pool)
    .await
    .expect("password");
    let b = app.browser();
    assert_eq!(
        b.sign_in(email, showcase::seed::DEMO_PASSWORD)
            .await
            .status(),
        303
    );
    b
}

async fn pdf(browser: &crate::helpers::Browser, path: &str) -> reqwest::Response {
    browser.get(path).await
}

#[tokio::test]
async fn the_text_layer_holds_name_and_title_in_every_shipped_language() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let (project, creator, email) = published_creator(&app).await;
    let path = format!("/certificates/{project}/{creator}/participation");
    // Per language: a name and title in its script, and the heading it must show.
    let cases = [
        (
            "en",
            "Grace Okafor",
            "Rain Garden Sensor",
            "Certificateofparticipation",
        ),
        (
            "es",
            "Lucía Muñoz",
            "Jardín que se riega solo",
            "Certificadodeparticipación",
        ),
        (
            "fr",
            "Zoé Lefèvre",
            "Le robot qui trie",
            "Certificatdeparticipation",
        ),
        ("tr", "Kemal Şahin", "Akıllı Sera Ağı", "KatılımSertifikası"),
        ("hi", "अनन्या श्रीवास्तव", "क्षेत्रीय जल मित्र", "भागीदारीप्रमाणपत्र"),
        ("ar", "حسن", "روبوت يسقي الحديقة", "شهادةمشاركة"),
        (
            "ja",
            "佐藤 花子",
            "ゲームで学ぶプログラミング",
            "参加証明書",
        ),
    ];
    let browser = signed_in_as(&app, &email).await;
    for (locale, name, title, heading) in cases {
        sqlx::query("UPDATE users SET locale = $1 WHERE email = $2")
            .bind(locale)
            .bind(&email)
            .execute(&app.pool)
            .await
            .expect("locale");
        sqlx::query("UPDATE creators SET display_name = $1 WHERE id = $2")
            .bind(name)
            .bind(creator)
            .execute(&app.pool)
            .await
            .expect("name");
        sqlx::query(
            "UPDATE public_documents SET doc = jsonb_set(doc, '{title}', to_jsonb($1::text))
             WHERE project_id = $2",
        )
        .bind(title)
        .bind(project)
        .execute(&app.pool)
        .await
        .expect("title");
        let res = pdf(&browser, &path).await;
        assert_eq!(res.status(), 200, "{locale}");
        assert_eq!(res.headers()["content-type"], "application/pdf");
        assert_eq!(res.headers()["cache-control"], "private, no-store");
        let body = res.bytes().await.expect("pdf");
        assert!(body.starts_with(b"%PDF"), "{locale}");
        let text = text_layer(&body);
        for expected in [squash(name), squash(title), heading.to_owned()] {
            assert!(text.contains(&expected), "{locale}: {expected} in {text}");
        }
    }
}

#[tokio::test]
async fn only_the_creator_their_adult_and_organizers_download_and_results_wait() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let (project, creator, email) = published_creator(&app).await;
    let path = format!("/certificates/{project}/{creator}/participation");

    let res = app.browser().get(&path).await;
    assert_eq!(res.status(), 303, "anonymous visitors sign in first");
    assert!(location(&res).starts_with("/sign-in"));
    let stranger = app
        .signed_in("stranger@example.org", &[Role::Creator])
        .await;
    assert_eq!(stranger.get(&path).await.status(), 404);
    let organizer = app.signed_in("org@example.org", &[Role::Organizer]).await;
    assert_eq!(organizer.get(&path).await.status(), 200);

    // The creator sees it listed, with the link.
    let owner = signed_in_as(&app, &email).await;
    let page = owner.get_text("/account/certificates?lang=en").await;
    assert!(page.contains(&path), "{page}");

    // A favourite's certificate waits for the announcement.
    sqlx::query(
        "INSERT INTO favourites (event_id, project_id, judge_id, quote)
         SELECT pp.event_id, pp.project_id, (SELECT id FROM users WHERE email = 'org@example.org'),
                'Brilliant'
         FROM public_projects pp WHERE pp.project_id = $1",
    )
    .bind(project)
    .execute(&app.pool)
    .await
    .expect("favourite");
    let favourite = format!("/certificates/{project}/{creator}/favourite");
    assert_eq!(
        owner.get(&favourite).await.status(),
        404,
        "not announced yet"
    );
    sqlx::query("UPDATE events SET phase = 'announced' WHERE id = (SELECT id FROM current_event)")
        .execute(&app.pool)
        .await
        .expect("announce");
    let res = owner.get(&favourite).await;
    assert_eq!(res.status(), 200);
    let text = text_layer(&res.bytes().await.expect("pdf"));
    assert!(
        text.contains("VIPjudge’sfavourite") || text.contains("VIPjudge'sfavourite"),
        "{text}"
    );
    assert_eq!(
        owner
            .get(&format!("/certificates/{project}/{creator}/gold"))
            .await
            .status(),
        404
    );
}

#[tokio::test]
async fn the_bulk_zip_holds_every_certificate_of_the_list_export() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let organizer = app.signed_in("org@example.org", &[Role::Organizer]).await;
    assert!(
        organizer
            .get_text("/organizer/certificates?lang=en")
            .await
            .contains("Build every certificate as one zip")
    );
    let res = organizer.post("/organizer/certificates/bulk", &[]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(app.count("certificate_batches").await, 1);
    let page = organizer.get_text("/organizer/certificates?lang=en").await;
    assert!(page.contains("Waiting"), "queued before the job runs");
    assert!(page.contains(r#"http-equiv="refresh""#));
    app.drain_jobs().await;

    let (batch, status, total, done): (Uuid, String, i32, i32) =
        sqlx::query_as("SELECT id, status::text, total, done FROM certificate_batches")
            .fetch_one(&app.pool)
            .await
            .expect("batch");
    assert_eq!(status, "done");
    assert!(total > 0);
    assert_eq!(done, total, "progress reached the end");
    let page = organizer.get_text("/organizer/certificates?lang=en").await;
    assert!(page.contains("Ready") && !page.contains(r#"http-equiv="refresh""#));

    let res = organizer
        .get(&format!("/organizer/certificates/batches/{batch}"))
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/zip");
    let bytes = res.bytes().await.expect("zip");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).expect("a zip");
    assert_eq!(zip.len(), usize::try_from(total).expect("count"));
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).expect("entry");
        assert!(entry.name().expect("name").ends_with(".pdf"));
        let mut head = [0u8; 4];
        entry.read_exact(&mut head).expect("read");
        assert_eq!(&head, b"%PDF");
    }

    // The certificates list export names exactly as many, each with its link.
    let res = organizer
        .post(
            "/organizer/exports",
            &[("kind", "certificates"), ("format", "csv"), ("purpose", "")],
        )
        .await;
    assert_eq!(res.status(), 200);
    let csv = res.text().await.expect("csv");
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), usize::try_from(total).expect("count"));
    assert!(rows.iter().all(|r| r[6].starts_with("/certificates/")));
    let first = &rows[0][6];
    assert_eq!(organizer.get(first).await.status(), 200, "{first}");

    // Erasing a child in the event removes the zip (it holds their name).
    let (child, adult): (Uuid, Uuid) = sqlx::query_as(
        "SELECT c.id, c.managed_by FROM certificate_holders h JOIN creators c ON c.id = h.creator_id
         WHERE h.event_id = (SELECT id FROM current_event) AND c.managed_by IS NOT NULL LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a child profile in the event");
    showcase::operations::erasure::erase_child(
        &app.ops(),
        &app.actor(adult, &[Role::Adult]),
        child,
    )
    .await
    .expect("erase");
    let (status, key): (String, Option<String>) =
        sqlx::query_as("SELECT status::text, file_key FROM certificate_batches")
            .fetch_one(&app.pool)
            .await
            .expect("batch");
    assert_eq!((status.as_str(), key), ("removed", None));
    use showcase::media::Storage as _;
    let stored = app
        .storage()
        .get(&showcase::certificates::zip_key(batch))
        .await
        .expect("storage");
    assert!(stored.is_none(), "the zip left storage");
    assert_eq!(
        organizer
            .get(&format!("/organizer/certificates/batches/{batch}"))
            .await
            .status(),
        404
    );

    // Other people never get the zip.
    let judge = app.signed_in("judge@example.org", &[Role::Judge]).await;
    assert_eq!(
        judge
            .get(&format!("/organizer/certificates/batches/{batch}"))
            .await
            .status(),
        403
    );
    assert!(
        app.count("audit_log").await > 0
            && sqlx::query_scalar::<_, i64>(
                "SELECT count(*) FROM audit_log WHERE action = 'certificates.bulk'"
            )
            .fetch_one(&app.pool)
            .await
            .expect("audit")
                == 1
    );
}
