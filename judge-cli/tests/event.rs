//! A whole event played through `judge-cli`, run as a process against a spawned server:
//! judges imported and accepted by email, assignment (dry run, apply, undo, apply),
//! scores through HTTP, the shortlist, VIP categories and picks, the award, the
//! announcement, the run of show downloaded (resumed, verified), exports; distinct exit
//! codes for each kind of failure; the privacy canary over everything downloaded.

#![expect(
    clippy::expect_used,
    reason = "test code: a failed expectation is a failed test"
)]

#[path = "../../server/tests/api/helpers.rs"]
#[allow(
    dead_code,
    reason = "the server tests' helpers; this test uses some of them"
)]
mod helpers;
#[path = "../../server/tests/api/services.rs"]
#[allow(
    dead_code,
    reason = "the server tests' services; this test uses the SMTP server"
)]
mod services;

use std::collections::HashMap;
use std::path::Path;
use std::process::{Command, Output};

use helpers::{
    Browser, TestApp, accept_invitation, csrf_in, location, open_event, png, spawn_app_with,
};
use serde_json::Value;
use services::SmtpServer;
use showcase::domain::account::Role;
use uuid::Uuid;

struct Cli {
    server: String,
    token: String,
}

impl Cli {
    fn run_with(&self, token: &str, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_judge-cli"))
            .args(args)
            .env("SHOWCASE_SERVER", &self.server)
            .env("SHOWCASE_TOKEN", token)
            .env("LANG", "C")
            .env_remove("SHOWCASE_LANGUAGE")
            .output()
            .expect("run judge-cli")
    }

    /// Runs a command that must succeed; its standard output.
    async fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args).await;
        assert!(
            out.status.success(),
            "judge-cli {args:?} failed ({:?}):\n{}\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The `--json` answer of a command that must succeed.
    async fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.push("--json");
        let text = self.ok(&all).await;
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{args:?}: {e}\n{text}"))
    }

    async fn run(&self, args: &[&str]) -> Output {
        let me = Cli {
            server: self.server.clone(),
            token: self.token.clone(),
        };
        let args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
        tokio::task::spawn_blocking(move || {
            let refs: Vec<&str> = args.iter().map(String::as_str).collect();
            me.run_with(&me.token, &refs)
        })
        .await
        .expect("join")
    }

    /// Runs a command that must fail with `code`; its standard error.
    async fn fails(&self, token: &str, args: &[&str], code: i32) -> String {
        let me = Cli {
            server: self.server.clone(),
            token: token.to_owned(),
        };
        let owned: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
        let out = tokio::task::spawn_blocking(move || {
            let refs: Vec<&str> = owned.iter().map(String::as_str).collect();
            me.run_with(&me.token, &refs)
        })
        .await
        .expect("join");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(
            out.status.code(),
            Some(code),
            "judge-cli {args:?}: {stderr}\n{}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert_eq!(stderr.trim().lines().count(), 1, "one line: {stderr}");
        stderr
    }
}

/// Scores every project the judge has, through the panel.
async fn score_all(judge: &Browser, marks: [&str; 4]) -> usize {
    let mut scored = 0;
    loop {
        let res = judge.get("/judge/next").await;
        let next = location(&res);
        if !next.starts_with("/judge/projects/") {
            return scored;
        }
        let res = judge
            .post(
                &format!("{next}/score"),
                &[
                    ("coolness", marks[0]),
                    ("complexity", marks[1]),
                    ("presentation", marks[2]),
                    ("design", marks[3]),
                ],
            )
            .await;
        assert_eq!(res.status(), 303);
        scored += 1;
        assert!(scored < 100, "the panel keeps offering projects");
    }
}

/// Everything private the canary looks for: creators' surnames, every email address.
async fn canaries(app: &TestApp) -> Vec<String> {
    let mut all: Vec<String> = sqlx::query_scalar("SELECT surname FROM creators")
        .fetch_all(&app.pool)
        .await
        .expect("surnames");
    all.extend(
        sqlx::query_scalar::<_, String>("SELECT email FROM users")
            .fetch_all(&app.pool)
            .await
            .expect("emails"),
    );
    all.retain(|s| s.chars().count() >= 4);
    assert!(all.len() >= 10, "canaries: {all:?}");
    all
}

fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn a_whole_event_through_judge_cli() {
    let smtp = SmtpServer::start();
    let url = smtp.url();
    let app = spawn_app_with(&[("SHOWCASE_MAIL__SMTP_URL", url.as_str())]).await;
    let org_email = "org@example.org";
    app.create_user(org_email, &[Role::Organizer]).await;
    let token = showcase::admin::create_token(
        &app.ops(),
        org_email,
        "events:read,judging:read,judging:write,livestream:read,exports:read",
        "cli",
    )
    .await
    .expect("token");
    let read_only = showcase::admin::create_token(&app.ops(), org_email, "judging:read", "ro")
        .await
        .expect("token");
    let cli = Cli {
        server: app.address.clone(),
        token,
    };
    let event = open_event(&app, "Asia/Tokyo", chrono::Duration::days(5)).await;
    {
        let mut conn = app.pool.acquire().await.expect("conn");
        showcase::seed::projects::demo_projects(&mut conn, &app.storage(), event, 14, 6, 2031)
            .await
            .expect("projects");
    }
    app.drain_jobs().await;

    // The event and its phase.
    let shown = cli.ok(&["phase", "show"]).await;
    assert!(
        shown.contains("Test Showcase") && shown.contains("submissions_open"),
        "{shown}"
    );

    // Judges: a file with problems is reported row by row and imports nothing.
    let dir = tempfile::tempdir().expect("dir");
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "email,capacities\nkeiko@example.org,volunteer\nnot-an-email,volunteer\nkeiko@example.org,wizard\n",
    )
    .expect("write");
    let out = cli
        .run(&["judges", "import", bad.to_str().expect("path")])
        .await;
    assert_eq!(out.status.code(), Some(8));
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        report.contains("not-an-email")
            && report.contains("invalid")
            && report.contains("nothing imported"),
        "{report}"
    );
    assert_eq!(app.count("invitations").await, 0);
    let file = dir.path().join("judges.csv");
    std::fs::write(
        &file,
        "email,capacities,language\n\
         keiko@example.org,volunteer,ja\n\
         omar@example.org,volunteer;award_panel,ar\n\
         priya@example.org,volunteer,hi\n\
         vip@example.org,vip,en\n",
    )
    .expect("write");
    let dry = cli
        .ok(&[
            "judges",
            "import",
            file.to_str().expect("path"),
            "--dry-run",
        ])
        .await;
    assert!(dry.contains("dry run: 4 would be invited"), "{dry}");
    assert_eq!(app.count("invitations").await, 0);
    let done = cli
        .ok(&["judges", "import", file.to_str().expect("path")])
        .await;
    assert!(done.contains("4 invited"), "{done}");
    let keiko = accept_invitation(&app, &smtp, "keiko@example.org", "佐藤 恵子").await;
    let omar = accept_invitation(&app, &smtp, "omar@example.org", "عمر").await;
    let priya = accept_invitation(&app, &smtp, "priya@example.org", "प्रिया").await;
    let vip = accept_invitation(&app, &smtp, "vip@example.org", "Valeria").await;
    // Importing again changes nothing.
    let again = cli
        .ok(&["judges", "import", file.to_str().expect("path")])
        .await;
    assert!(again.contains("0 invited, 4 already judging"), "{again}");
    // The VIP's profile and photo, for the livestream.
    let res = vip
        .post(
            "/judge/profile",
            &[
                ("title", "Engineer"),
                ("bio", "Builds robots."),
                ("languages", "en"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let token = csrf_in(&vip.get_text("/judge/profile").await);
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", token)
        .part(
            "image",
            reqwest::multipart::Part::bytes(png(600, 600))
                .file_name("me.png")
                .mime_str("image/png")
                .expect("mime"),
        );
    let res = vip
        .client
        .post(vip.url("/judge/profile/photo"))
        .multipart(form)
        .send()
        .await
        .expect("photo");
    assert_eq!(res.status(), 303);
    app.drain_jobs().await;
    let list = cli.ok(&["judges", "list"]).await;
    assert!(
        list.contains("佐藤 恵子") && list.contains("عمر") && list.contains("vip"),
        "{list}"
    );
    assert!(
        !list.contains("@example.org"),
        "no emails without personal-data:read"
    );

    // Assignment: only once submissions close (the phase is named); dry run, apply, undo.
    let err = cli.fails(&cli.token, &["assign", "shortlist"], 7).await;
    assert!(err.contains("wrong phase"), "{err}");
    cli.ok(&["phase", "advance"]).await;
    let preview = cli
        .json(&[
            "assign",
            "shortlist",
            "--per-project",
            "2",
            "--cap",
            "40",
            "--dry-run",
        ])
        .await;
    let published = preview["preview"]["projects"].as_u64().expect("projects");
    assert!(published >= 8, "{preview}");
    assert_eq!(
        app.count("assignments").await,
        0,
        "a dry run writes nothing"
    );
    let applied = cli
        .json(&["assign", "shortlist", "--per-project", "2", "--cap", "40"])
        .await;
    let batch = applied["batch"].as_str().expect("batch").to_owned();
    assert_eq!(
        u64::try_from(app.count("assignments").await).expect("count"),
        published * 2
    );
    let undone = cli.ok(&["assign", "undo", &batch]).await;
    assert!(undone.contains("removed"), "{undone}");
    assert_eq!(app.count("assignments").await, 0);
    cli.ok(&["assign", "shortlist", "--per-project", "2", "--cap", "40"])
        .await;

    // Scores through the judges' panel; progress through the CLI.
    cli.ok(&["phase", "advance"]).await;
    let mut scored = 0;
    for (judge, marks) in [
        (&keiko, ["9", "8", "7", "9"]),
        (&omar, ["5", "6", "5", "4"]),
        (&priya, ["7", "7", "8", "6"]),
    ] {
        scored += score_all(judge, marks).await;
    }
    let progress = cli.json(&["progress"]).await;
    assert_eq!(
        progress["scored"].as_u64(),
        Some(u64::try_from(scored).expect("n"))
    );
    assert_eq!(progress["done"].as_f64(), Some(1.0), "{progress}");
    let table = cli.ok(&["progress"]).await;
    assert!(table.contains("100%"), "{table}");

    // The shortlist, whole and per category (the one of a project with images, whose
    // thumbnails the run of show names).
    let shortlist = cli.json(&["shortlist"]).await;
    assert!(
        shortlist["categories"]
            .as_array()
            .is_some_and(|c| !c.is_empty())
    );
    let category: String = sqlx::query_scalar(
        "SELECT p.category FROM public_projects p JOIN public_documents d USING (project_id)
         WHERE p.event_id = $1 AND jsonb_array_length(d.doc->'images') > 0
         GROUP BY p.category ORDER BY count(*) DESC, p.category LIMIT 1",
    )
    .bind(event)
    .fetch_one(&app.pool)
    .await
    .expect("a category with images");
    let one = cli.json(&["shortlist", "--category", &category]).await;
    assert_eq!(one["categories"].as_array().map(Vec::len), Some(1));
    let err = cli
        .fails(&cli.token, &["shortlist", "--category", "no-such"], 8)
        .await;
    assert!(err.contains("no-such") || err.contains("category"), "{err}");

    // VIP categories and picks; the award.
    let set = cli
        .ok(&[
            "assign",
            "vip",
            "--judge",
            "vip@example.org",
            "--category",
            &category,
        ])
        .await;
    assert!(set.contains(&category), "{set}");
    let err = cli
        .fails(
            &read_only,
            &[
                "assign",
                "vip",
                "--judge",
                "vip@example.org",
                "--category",
                &category,
            ],
            5,
        )
        .await;
    assert!(err.contains("judging:write"), "{err}");
    cli.ok(&["phase", "advance"]).await;
    // Those with images first.
    let with_images: Vec<String> = sqlx::query_scalar(
        "SELECT project_id::text FROM public_documents WHERE jsonb_array_length(doc->'images') > 0",
    )
    .fetch_all(&app.pool)
    .await
    .expect("with images");
    let mut in_category: Vec<String> = one["categories"][0]["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .filter_map(|e| e["project"].as_str().map(str::to_owned))
        .collect();
    in_category.sort_by_key(|p| !with_images.contains(p));
    let mut picks = vec![
        ("pick_1", in_category[0].as_str()),
        ("quote_1", "=1+1, clever and kind"),
    ];
    if in_category.len() > 1 {
        picks.push(("pick_2", in_category[1].as_str()));
        picks.push(("quote_2", "日本語の引用もどうぞ。"));
    }
    let res = vip.post("/judge/favourites", &picks).await;
    assert_eq!(res.status(), 303);
    let favourites = cli.json(&["favourites"]).await;
    assert_eq!(
        favourites["vips"][0]["picks"][0]["project"],
        in_category[0].as_str()
    );
    let candidates = cli.json(&["award", "candidates"]).await;
    let candidate = candidates["candidates"][0]["project"]
        .as_str()
        .expect("an award candidate")
        .to_owned();
    let res = omar
        .post(
            &format!("/judge/award/coding-with-commitment/{candidate}"),
            &[
                ("impact", "9"),
                ("sdg", "8"),
                ("technical", "7"),
                ("creativity", "9"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let ranked = cli.ok(&["award", "candidates"]).await;
    assert!(ranked.contains(&candidate), "{ranked}");
    let err = cli
        .fails(
            &cli.token,
            &["award", "decide", &Uuid::new_v4().to_string()],
            8,
        )
        .await;
    assert!(err.contains("project"), "{err}");
    let decided = cli
        .ok(&[
            "award",
            "decide",
            &candidate,
            "--citation",
            "For a project that serves its town.",
        ])
        .await;
    assert!(decided.contains(&candidate), "{decided}");

    // The run of show: a rehearsal before the announcement, then the real one, resumed.
    let out = dir.path().join("show");
    let outs = out.to_str().expect("path");
    let rehearsal = cli.ok(&["livestream", "--out", outs]).await;
    assert!(rehearsal.contains("REHEARSAL"), "{rehearsal}");
    cli.ok(&["phase", "advance"]).await;
    let first = cli.json(&["livestream", "--out", outs]).await;
    assert_eq!(first["embargoed"], false);
    let media = first["media"].as_u64().expect("media");
    assert!(media >= 2, "thumbnails and the VIP's photo: {first}");
    assert_eq!(
        first["downloaded"].as_u64(),
        Some(0),
        "all there from the rehearsal"
    );
    // One image lost, another damaged: the next run fetches exactly those.
    let images: Vec<_> = files_under(&out.join("images"));
    assert!(!images.is_empty());
    std::fs::remove_file(&images[0]).expect("remove");
    let photos: Vec<_> = files_under(&out.join("photos"));
    assert_eq!(photos.len(), 1, "the VIP's photo");
    std::fs::write(&photos[0], b"damaged").expect("damage");
    let resumed = cli.json(&["livestream", "--out", outs]).await;
    assert_eq!(resumed["downloaded"].as_u64(), Some(2), "{resumed}");
    assert_eq!(resumed["reused"].as_u64(), Some(media - 2));
    for photo in &photos {
        let bytes = std::fs::read(photo).expect("photo");
        assert!(
            image::load_from_memory(&bytes).is_ok(),
            "a real image again"
        );
    }

    // The files match the picks, in order.
    let show: Value =
        serde_json::from_slice(&std::fs::read(out.join("run-of-show.json")).expect("json"))
            .expect("json");
    let segment = show["segments"]
        .as_array()
        .expect("segments")
        .iter()
        .find(|s| s["kind"] == "vip")
        .expect("a VIP segment")
        .clone();
    assert_eq!(segment["judge"]["display_name"], "Valeria");
    let picked: Vec<&str> = segment["picks"]
        .as_array()
        .expect("picks")
        .iter()
        .map(|p| p["project"]["id"].as_str().expect("id"))
        .collect();
    let expected: Vec<&str> = in_category.iter().take(2).map(String::as_str).collect();
    assert_eq!(picked, expected);
    for pick in segment["picks"].as_array().expect("picks") {
        if let Some(url) = pick["project"]["thumbnail_url"].as_str() {
            let parts: Vec<&str> = url.rsplit('/').take(2).collect();
            assert!(
                out.join(format!("images/{}-{}.jpg", parts[1], parts[0]))
                    .exists(),
                "{url} downloaded"
            );
        }
    }
    let manifest: Value =
        serde_json::from_slice(&std::fs::read(out.join("manifest.json")).expect("manifest"))
            .expect("manifest");
    assert_eq!(
        manifest["files"].as_object().map(|f| f.len() as u64),
        Some(media)
    );
    let csv = std::fs::read_to_string(out.join("run-of-show.csv")).expect("csv");
    assert!(
        csv.starts_with('\u{feff}') && csv.contains("Valeria"),
        "{csv}"
    );
    assert!(csv.contains("'=1+1, clever"), "formulas neutralised: {csv}");

    // The privacy canary: nothing private in anything downloaded.
    let canaries = canaries(&app).await;
    for path in files_under(&out) {
        let bytes = std::fs::read(&path).expect("file");
        let text = String::from_utf8_lossy(&bytes);
        for c in &canaries {
            assert!(!text.contains(c.as_str()), "{c} in {}", path.display());
        }
    }

    // The overlay the stream shows: every cue, nothing private either.
    let producer = app
        .signed_in("producer@example.org", &[Role::Organizer])
        .await;
    let overlay = producer.get_text("/live/test-event/overlay?lang=ar").await;
    assert!(
        overlay.contains("Valeria") && overlay.contains("dir=\"rtl\""),
        "{overlay}"
    );
    for c in &canaries {
        assert!(!overlay.contains(c.as_str()), "{c} on the overlay");
    }

    // Exports: CSV with its header, and JSON rows.
    let export = cli.ok(&["export", "favourites", "--format", "csv"]).await;
    assert!(
        export.starts_with("\u{feff}judge,category,position"),
        "{export}"
    );
    assert!(export.contains("日本語の引用もどうぞ。") || in_category.len() == 1);
    let rows = cli.json(&["export", "shortlist", "--format", "json"]).await;
    assert!(
        rows.as_array().is_some_and(|r| r.len() as u64 == published),
        "{rows}"
    );

    // Streamed exports: every project as JSON lines; the creators' personal data only
    // with its scope and a purpose, written whole to --out (or not at all).
    let lines = cli.ok(&["export", "projects", "--format", "jsonl"]).await;
    let projects_in_db: i64 =
        sqlx::query_scalar("SELECT count(*) FROM projects WHERE event_id = $1")
            .bind(event)
            .fetch_one(&app.pool)
            .await
            .expect("count");
    assert_eq!(lines.lines().count() as i64, projects_in_db);
    let err = cli
        .fails(
            &cli.token,
            &["export", "creators", "--purpose", "prizes"],
            5,
        )
        .await;
    assert!(err.contains("personal-data:read"), "{err}");
    let personal = showcase::admin::create_token(
        &app.ops(),
        org_email,
        "exports:read,personal-data:read",
        "personal",
    )
    .await
    .expect("token");
    let err = cli.fails(&personal, &["export", "creators"], 8).await;
    assert!(err.contains("purpose"), "{err}");
    let file = dir.path().join("creators.xlsx");
    let file_arg = file.display().to_string();
    let with_personal = Cli {
        server: cli.server.clone(),
        token: personal.clone(),
    };
    with_personal
        .ok(&[
            "export",
            "creators",
            "--purpose",
            "prizes",
            "--format",
            "xlsx",
            "--out",
            &file_arg,
        ])
        .await;
    let xlsx = std::fs::read(&file).expect("the workbook");
    assert!(xlsx.starts_with(b"PK"), "an XLSX is a zip");
    assert!(!file.with_extension("part").exists());

    // Failures, each with its own exit code and one line.
    let err = cli.fails("sct_not-a-real-token", &["progress"], 4).await;
    assert!(err.contains("refused the token"), "{err}");
    let err = cli.fails("", &["progress"], 4).await;
    assert!(err.contains("no API token"), "{err}");
    let err = cli.fails(&read_only, &["phase", "advance"], 5).await;
    assert!(err.contains("judging:write"), "{err}");
    let err = cli
        .fails(&cli.token, &["--event", "no-such-event", "progress"], 6)
        .await;
    assert!(err.contains("not found"), "{err}");
    let err = cli.fails(&cli.token, &["assign", "shortlist"], 7).await;
    assert!(err.contains("wrong phase"), "{err}");
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let down = Cli {
        server: format!("http://127.0.0.1:{closed}"),
        token: cli.token.clone(),
    };
    let err = down.fails(&cli.token, &["progress"], 3).await;
    assert!(err.contains("could not reach"), "{err}");

    // Everything the CLI changed went through the operations, each audited with the token.
    let via_api: HashMap<String, i64> = sqlx::query_as::<_, (String, i64)>(
        "SELECT action, count(*) FROM audit_log WHERE via = 'api' AND token_id IS NOT NULL GROUP BY action",
    )
    .fetch_all(&app.pool)
    .await
    .expect("audit")
    .into_iter()
    .collect();
    for action in [
        "invitation.create",
        "event.phase",
        "assignment.apply",
        "assignment.undo",
        "vip.categories",
        "award.decide",
    ] {
        assert!(
            via_api.contains_key(action),
            "{action} not audited via the API: {via_api:?}"
        );
    }
}
