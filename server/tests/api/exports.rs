//! Exports: rows and content against the database for a seeded event, in every format
//! (CSV read back with a CSV parser, XLSX with a reader crate, JSON lines); personal data
//! only with its scope and a purpose, every download one audit row; the console's form;
//! and a 100,000-row export that streams (PostgreSQL is still sending while the client
//! has read one chunk).

use std::io::Cursor;

use calamine::{Data, Reader as _, Xlsx};
use showcase::domain::ApiScope;
use showcase::domain::account::Role;
use uuid::Uuid;

use crate::helpers::{TestApp, csrf_in, open_event, spawn_app};

const ORGANIZER: &str = "organizer@demo.showcase.test";

async fn token(app: &TestApp, scopes: &[ApiScope]) -> String {
    let list: Vec<&str> = scopes.iter().map(|s| s.as_str()).collect();
    showcase::admin::create_token(&app.ops(), ORGANIZER, &list.join(","), "exports")
        .await
        .expect("token")
}

async fn download(app: &TestApp, token: &str, path: &str) -> reqwest::Response {
    app.client
        .get(app.url(path))
        .bearer_auth(token)
        .send()
        .await
        .expect("request")
}

/// A CSV export read back: the header and the rows.
fn csv_table(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let body = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .expect("a CSV export starts with a byte-order mark");
    let mut reader = csv::Reader::from_reader(body);
    let header = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| {
            r.expect("a well-formed record")
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect();
    (header, rows)
}

fn column(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
}

async fn scalar(app: &TestApp, sql: &'static str, event: Uuid) -> i64 {
    sqlx::query_scalar(sql)
        .bind(event)
        .fetch_one(&app.pool)
        .await
        .expect("count")
}

const TRICKY_TITLE: &str = "=HYPERLINK(\"x\") 東京, \"quoted\"";
const TRICKY_WHY: &str = "مرحبا، \"عالم\", 世界\nsecond line; ऐप";
const TRICKY_COMMUNITY: &str = "+1 @x -y";

#[tokio::test]
async fn every_export_matches_the_database_in_every_format() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let events: Vec<(Uuid, String)> = sqlx::query_as("SELECT id, slug FROM events ORDER BY slug")
        .fetch_all(&app.pool)
        .await
        .expect("events");
    // One project carries Japanese, Arabic, Devanagari, commas, quotes, a newline and
    // formula-like text.
    let tricky: Uuid = sqlx::query_scalar(
        "UPDATE projects SET title = $1, why_made = $2, community = $3
         WHERE id = (SELECT id FROM projects ORDER BY created_at, id LIMIT 1) RETURNING id",
    )
    .bind(TRICKY_TITLE)
    .bind(TRICKY_WHY)
    .bind(TRICKY_COMMUNITY)
    .fetch_one(&app.pool)
    .await
    .expect("tricky project");
    let token = token(&app, &[ApiScope::ExportsRead, ApiScope::PersonalDataRead]).await;

    let mut scored_somewhere = false;
    for (event, slug) in &events {
        let expected = [
            (
                "projects",
                scalar(
                    &app,
                    "SELECT count(*) FROM projects WHERE event_id = $1",
                    *event,
                )
                .await,
            ),
            (
                "creators",
                scalar(
                    &app,
                    "SELECT count(*) FROM project_members WHERE event_id = $1",
                    *event,
                )
                .await,
            ),
            (
                "consents",
                3 * scalar(
                    &app,
                    "SELECT count(*) FROM project_members WHERE event_id = $1",
                    *event,
                )
                .await,
            ),
            (
                "scores",
                scalar(
                    &app,
                    "SELECT count(*) FROM scores WHERE event_id = $1",
                    *event,
                )
                .await,
            ),
            (
                "awards",
                scalar(
                    &app,
                    "SELECT count(*) FROM awards WHERE event_id = $1",
                    *event,
                )
                .await,
            ),
            (
                "favourites",
                scalar(
                    &app,
                    "SELECT count(*) FROM favourites WHERE event_id = $1",
                    *event,
                )
                .await,
            ),
        ];
        for (what, n) in expected {
            scored_somewhere |= what == "scores" && n > 0;
            let purpose = if what == "creators" {
                "&purpose=prizes"
            } else {
                ""
            };
            let path = format!("/api/v1/events/{slug}/exports/{what}?format=csv{purpose}");
            let res = download(&app, &token, &path).await;
            assert_eq!(res.status(), 200, "{path}");
            assert_eq!(
                res.headers()["content-disposition"],
                format!("attachment; filename=\"{what}-{slug}.csv\"").as_str()
            );
            let (header, rows) = csv_table(&res.bytes().await.expect("body"));
            assert_eq!(
                rows.len() as i64,
                n,
                "{what} of {slug}: rows against the database"
            );
            assert!(rows.iter().all(|r| r.len() == header.len()));

            let path = format!("/api/v1/events/{slug}/exports/{what}?format=jsonl{purpose}");
            let text = download(&app, &token, &path)
                .await
                .text()
                .await
                .expect("jsonl");
            let lines: Vec<serde_json::Value> = text
                .lines()
                .map(|l| serde_json::from_str(l).expect("each line one JSON object"))
                .collect();
            assert_eq!(lines.len() as i64, n, "{what} of {slug} as JSON lines");

            let path = format!("/api/v1/events/{slug}/exports/{what}?format=xlsx{purpose}");
            let res = download(&app, &token, &path).await;
            assert_eq!(res.status(), 200);
            assert_eq!(
                res.headers()["content-type"],
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            );
            let bytes = res.bytes().await.expect("xlsx").to_vec();
            let mut book: Xlsx<_> =
                calamine::open_workbook_from_rs(Cursor::new(bytes)).expect("the XLSX opens");
            let sheet = book
                .worksheet_range_at(0)
                .expect("a sheet")
                .expect("readable");
            assert_eq!(sheet.height() as i64, n + 1, "{what} of {slug} as XLSX");
            let xlsx_header: Vec<String> = sheet
                .rows()
                .next()
                .expect("header")
                .iter()
                .map(|c| c.to_string())
                .collect();
            assert_eq!(xlsx_header, header);
        }
    }
    assert!(scored_somewhere, "the demo has scores to export");

    // The computed columns, cell by cell against the database: each team's size, names
    // in the order they joined and distinct countries; each creator's current answers.
    // One team member moves country, so a team spans two.
    sqlx::query(
        "UPDATE creators SET country = CASE WHEN country = 'JP' THEN 'EG' ELSE 'JP' END
         WHERE id = (SELECT m.creator_id FROM project_members m
                     WHERE m.project_id IN (SELECT project_id FROM project_members
                                            GROUP BY project_id HAVING count(*) >= 2)
                     ORDER BY m.joined_at DESC, m.creator_id LIMIT 1)",
    )
    .execute(&app.pool)
    .await
    .expect("a team across two countries");
    let mut teams_with_two_countries = 0;
    let mut answers_seen = 0;
    for (event, slug) in &events {
        let res = download(
            &app,
            &token,
            &format!("/api/v1/events/{slug}/exports/projects"),
        )
        .await;
        let (header, rows) = csv_table(&res.bytes().await.expect("csv"));
        let teams: Vec<(Uuid, i64, String, String)> = sqlx::query_as(
            "SELECT m.project_id, count(*), string_agg(cr.display_name, '; ' ORDER BY m.joined_at, cr.id),
                    string_agg(DISTINCT cr.country::text, ';' ORDER BY cr.country::text)
             FROM project_members m JOIN creators cr ON cr.id = m.creator_id
             WHERE m.event_id = $1 GROUP BY m.project_id",
        )
        .bind(event)
        .fetch_all(&app.pool)
        .await
        .expect("teams");
        for (project, size, names, countries) in teams {
            let row = rows
                .iter()
                .find(|r| r[column(&header, "project_id")] == project.to_string())
                .expect("every project with a team is exported");
            assert_eq!(row[column(&header, "team_size")], size.to_string());
            assert_eq!(row[column(&header, "team")], names);
            assert_eq!(row[column(&header, "countries")], countries);
            teams_with_two_countries += usize::from(countries.contains(';'));
        }
        let res = download(
            &app,
            &token,
            &format!("/api/v1/events/{slug}/exports/creators?purpose=prizes"),
        )
        .await;
        let (header, rows) = csv_table(&res.bytes().await.expect("csv"));
        let answers: Vec<(Uuid, String, String)> = sqlx::query_as(
            "SELECT c.creator_id, c.scope::text,
                    CASE WHEN c.withdrawn_at IS NOT NULL THEN 'withdrawn'
                         WHEN c.granted THEN 'granted' ELSE 'declined' END
             FROM current_consents c
             WHERE c.creator_id IN (SELECT creator_id FROM project_members WHERE event_id = $1)",
        )
        .bind(event)
        .fetch_all(&app.pool)
        .await
        .expect("answers");
        for row in &rows {
            let creator = &row[column(&header, "creator_id")];
            for scope in ["publish", "photos", "contact"] {
                let expected = answers
                    .iter()
                    .find(|(c, s, _)| c.to_string() == *creator && s == scope)
                    .map_or("", |(_, _, a)| a.as_str());
                assert_eq!(
                    row[column(&header, &format!("consent_{scope}"))],
                    expected,
                    "{scope} of {creator}"
                );
                answers_seen += usize::from(!expected.is_empty());
            }
        }
    }
    assert!(
        teams_with_two_countries > 0,
        "the demo has teams from two countries"
    );
    assert!(answers_seen > 0, "the demo has consent answers");

    // The tricky project, read back through a CSV parser: formulas neutralised, the rest
    // exactly as typed; JSON and XLSX keep the text as it is.
    let slug = sqlx::query_scalar::<_, String>(
        "SELECT e.slug FROM events e JOIN projects p ON p.event_id = e.id WHERE p.id = $1",
    )
    .bind(tricky)
    .fetch_one(&app.pool)
    .await
    .expect("slug");
    let res = download(
        &app,
        &token,
        &format!("/api/v1/events/{slug}/exports/projects"),
    )
    .await;
    let (header, rows) = csv_table(&res.bytes().await.expect("csv"));
    let row = rows
        .iter()
        .find(|r| r[column(&header, "project_id")] == tricky.to_string())
        .expect("the tricky project");
    assert_eq!(row[column(&header, "title")], format!("'{TRICKY_TITLE}"));
    assert_eq!(row[column(&header, "why_made")], TRICKY_WHY);
    assert_eq!(
        row[column(&header, "community")],
        format!("'{TRICKY_COMMUNITY}")
    );
    let text = download(
        &app,
        &token,
        &format!("/api/v1/events/{slug}/exports/projects?format=jsonl"),
    )
    .await
    .text()
    .await
    .expect("jsonl");
    let line: serde_json::Value = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("json"))
        .find(|v| v["project_id"] == tricky.to_string())
        .expect("the tricky project");
    assert_eq!(line["title"], TRICKY_TITLE);
    assert_eq!(line["why_made"], TRICKY_WHY);
    assert!(
        line["team_size"].is_number(),
        "numbers stay numbers: {line}"
    );
    let bytes = download(
        &app,
        &token,
        &format!("/api/v1/events/{slug}/exports/projects?format=xlsx"),
    )
    .await
    .bytes()
    .await
    .expect("xlsx")
    .to_vec();
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).expect("opens");
    let sheet = book
        .worksheet_range_at(0)
        .expect("sheet")
        .expect("readable");
    let found = sheet.rows().any(|r| {
        r.get(column(&header, "title")) == Some(&Data::String(TRICKY_TITLE.into()))
            && r.get(column(&header, "why_made")) == Some(&Data::String(TRICKY_WHY.into()))
    });
    assert!(
        found,
        "the XLSX holds the text as typed (a string cell is never a formula)"
    );

    // The creators' export holds what only organizers see: surnames and emails.
    let (surname, email): (String, String) = sqlx::query_as(
        "SELECT c.surname, u.email FROM project_members m JOIN creators c ON c.id = m.creator_id
         JOIN users u ON u.id = coalesce(c.user_id, c.managed_by) WHERE m.project_id = $1 LIMIT 1",
    )
    .bind(tricky)
    .fetch_one(&app.pool)
    .await
    .expect("a member");
    let res = download(
        &app,
        &token,
        &format!("/api/v1/events/{slug}/exports/creators?purpose=eligibility"),
    )
    .await;
    let (header, rows) = csv_table(&res.bytes().await.expect("csv"));
    assert!(rows.iter().any(|r| r[column(&header, "surname")] == surname
        && r[column(&header, "account_email")] == email));
}

#[tokio::test]
async fn personal_data_needs_its_scope_and_a_purpose_and_every_download_is_audited() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let exports_only = token(&app, &[ApiScope::ExportsRead]).await;
    let both = token(&app, &[ApiScope::ExportsRead, ApiScope::PersonalDataRead]).await;
    let audit_rows = |action: &'static str| {
        let pool = app.pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>("SELECT count(*) FROM audit_log WHERE action = $1")
                .bind(action)
                .fetch_one(&pool)
                .await
                .expect("count")
        }
    };

    let res = download(
        &app,
        &exports_only,
        "/api/v1/events/current/exports/creators?purpose=prizes",
    )
    .await;
    assert_eq!(res.status(), 403);
    let body: serde_json::Value = res.json().await.expect("json");
    assert_eq!(body["scope"], "personal-data:read", "{body}");

    let res = app
        .client
        .get(app.url("/api/v1/events/current/exports/creators"))
        .bearer_auth(&both)
        .header("accept-language", "ja")
        .send()
        .await
        .expect("request");
    assert_eq!(res.status(), 422, "no purpose");
    let body: serde_json::Value = res.json().await.expect("json");
    assert_eq!(body["fields"][0]["field"], "purpose", "{body}");
    assert!(
        body["fields"][0]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("個人データ"),
        "in the caller's language: {body}"
    );
    let res = download(
        &app,
        &both,
        "/api/v1/events/current/exports/creators?purpose=curiosity",
    )
    .await;
    assert_eq!(res.status(), 400);
    let res = download(
        &app,
        &both,
        "/api/v1/events/current/exports/creators?format=pdf&purpose=prizes",
    )
    .await;
    assert_eq!(res.status(), 400);
    let res = download(&app, &both, "/api/v1/events/current/exports/everything").await;
    assert_eq!(res.status(), 400);
    assert_eq!(
        audit_rows("export.personal_data").await,
        0,
        "refusals audit nothing"
    );

    let res = download(
        &app,
        &both,
        "/api/v1/events/current/exports/creators?purpose=safeguarding",
    )
    .await;
    assert_eq!(res.status(), 200);
    res.bytes().await.expect("body");
    let (via, token_id, summary): (String, Option<Uuid>, serde_json::Value) = sqlx::query_as(
        "SELECT via, token_id, summary FROM audit_log WHERE action = 'export.personal_data'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("exactly one audit row");
    assert_eq!(via, "api");
    assert!(token_id.is_some());
    assert_eq!(summary["export"], "creators");
    assert_eq!(summary["purpose"], "safeguarding");

    // Each download is exactly one row, whatever the export.
    let before = app.count("audit_log").await;
    for what in [
        "projects",
        "consents",
        "scores",
        "favourites",
        "shortlist",
        "awards",
        "run-of-show",
    ] {
        let res = download(
            &app,
            &exports_only,
            &format!("/api/v1/events/current/exports/{what}"),
        )
        .await;
        assert_eq!(res.status(), 200, "{what}");
        res.bytes().await.expect("body");
    }
    assert_eq!(app.count("audit_log").await, before + 7);

    // The console: the same exports through a form, the purpose asked for in the page.
    let organizer = app.browser();
    let res = organizer
        .sign_in(ORGANIZER, showcase::seed::DEMO_PASSWORD)
        .await;
    assert_eq!(res.status(), 303);
    let page = organizer.get_text("/organizer/exports").await;
    assert!(page.contains("name=\"purpose\""), "{page}");
    let res = organizer
        .post(
            "/organizer/exports",
            &[("kind", "creators"), ("format", "csv"), ("purpose", "")],
        )
        .await;
    assert_eq!(res.status(), 400);
    let page = res.text().await.expect("page");
    assert!(
        page.contains("Choose why you need this personal data."),
        "{page}"
    );
    assert!(
        page.contains("value=\"creators\" selected"),
        "the choice is kept: {page}"
    );
    let res = organizer
        .post(
            "/organizer/exports",
            &[
                ("kind", "creators"),
                ("format", "xlsx"),
                ("purpose", "data-request"),
            ],
        )
        .await;
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-disposition"]
            .to_str()
            .expect("header")
            .ends_with(".xlsx\"")
    );
    let bytes = res.bytes().await.expect("xlsx").to_vec();
    let _: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).expect("opens");
    let web_rows: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_log WHERE action = 'export.personal_data' AND via = 'web'
           AND summary->>'purpose' = 'data-request' AND summary->>'format' = 'xlsx'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("count");
    assert_eq!(web_rows, 1);

    // Nobody but organizers.
    let creator = app.signed_in("teen@example.org", &[Role::Creator]).await;
    let res = creator.get("/organizer/exports").await;
    assert_eq!(res.status(), 403);
    let csrf = csrf_in(&creator.get_text("/account").await);
    let res = creator
        .post_raw(
            "/organizer/exports",
            &[
                ("csrf_token", &csrf),
                ("kind", "projects"),
                ("format", "csv"),
            ],
        )
        .await;
    assert_eq!(res.status(), 403);
}

#[tokio::test]
async fn a_100000_row_export_streams_while_postgresql_is_still_sending() {
    let app = spawn_app().await;
    let event = open_event(&app, "UTC", chrono::Duration::days(5)).await;
    app.create_user(ORGANIZER, &[Role::Organizer]).await;
    let mut conn = app.pool.acquire().await.expect("conn");
    let owner: Uuid = sqlx::query_scalar(
        "WITH u AS (INSERT INTO users (email, display_name) VALUES ('parent@example.org', 'Parent') RETURNING id)
         INSERT INTO creators (managed_by, first_name, surname, display_name, birth_year, birth_month, country)
         SELECT id, 'Kid', 'Surname', 'Kid', 2014, 3, 'IE' FROM u RETURNING id",
    )
    .fetch_one(&mut *conn)
    .await
    .expect("a creator");
    sqlx::query(
        "INSERT INTO projects (event_id, owner_creator_id, title, why_made, join_code, status)
         SELECT $1, $2, 'Project ' || i, repeat('why ', 60), 'join-' || i, 'submitted'
         FROM generate_series(1, 100000) AS i",
    )
    .bind(event)
    .bind(owner)
    .execute(&mut *conn)
    .await
    .expect("100,000 projects");
    drop(conn);
    let token = token(&app, &[ApiScope::ExportsRead]).await;

    let mut res = download(&app, &token, "/api/v1/events/current/exports/projects").await;
    assert_eq!(res.status(), 200);
    assert!(
        res.headers().get("content-length").is_none(),
        "streamed, so no length up front"
    );
    let first = res.chunk().await.expect("read").expect("a first chunk");
    assert!(first.starts_with(b"\xEF\xBB\xBF"));
    // With one chunk read, the export's statement is still running: PostgreSQL waits to
    // write to the server because the server waits for this client. A server that read
    // every row before answering would have finished the statement.
    let mut admin = app.admin_connection().await;
    let mut waiting = false;
    for _ in 0..200 {
        let n: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND state = 'active'
               AND wait_event = 'ClientWrite' AND query LIKE 'WITH team AS (%'",
        )
        .bind(&app.db_name)
        .fetch_one(&mut admin)
        .await
        .expect("pg_stat_activity");
        if n == 1 {
            waiting = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(
        waiting,
        "the export statement waits for the client while one chunk is read"
    );
    // Then the whole export arrives: every row.
    let mut rest = first.to_vec();
    while let Some(chunk) = res.chunk().await.expect("read") {
        rest.extend_from_slice(&chunk);
    }
    let (_, rows) = csv_table(&rest);
    assert_eq!(rows.len(), 100_000);
    assert!(rest.len() > 20 * 1024 * 1024, "{} bytes", rest.len());
}

#[test]
fn the_api_document_names_exactly_the_exports_formats_and_purposes_the_server_knows() {
    use showcase::domain::export::{ExportFormat, ExportKind, ExportPurpose};
    let doc: serde_json::Value =
        serde_json::from_str(showcase::web::gallery::OPENAPI).expect("openapi.json");
    let params = doc["paths"]["/api/v1/events/{event}/exports/{what}"]["get"]["parameters"]
        .as_array()
        .expect("parameters")
        .clone();
    let enum_of = |name: &str| -> Vec<String> {
        let p = params
            .iter()
            .find(|p| p["name"] == name)
            .expect("parameter");
        p["schema"]["enum"]
            .as_array()
            .expect("enum")
            .iter()
            .map(|v| v.as_str().expect("string").to_owned())
            .collect()
    };
    assert_eq!(
        enum_of("what"),
        ExportKind::ALL.map(|k| k.as_str().to_owned()).to_vec()
    );
    assert_eq!(
        enum_of("format"),
        ExportFormat::ALL.map(|f| f.as_str().to_owned()).to_vec()
    );
    assert_eq!(
        enum_of("purpose"),
        ExportPurpose::ALL.map(|p| p.as_str().to_owned()).to_vec()
    );
}
