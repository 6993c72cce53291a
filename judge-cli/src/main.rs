//! `judge-cli`: see the library docs and `judge-cli --help`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use judge_cli::output::{cell, json, rows_of, table};
use judge_cli::{CliError, Client, EXIT_CODES, Me, PingOutcome};
use serde_json::{Value, json};

const EXAMPLES: &str = "Examples:
  export SHOWCASE_SERVER=https://showcase.example.org SHOWCASE_TOKEN=sct_…
  judge-cli judges import judges.csv --dry-run
  judge-cli judges import judges.csv
  judge-cli assign shortlist --per-project 2 --cap 40 --dry-run
  judge-cli assign vip --judge ada@example.org --category games --category web
  judge-cli progress
  judge-cli shortlist --category games --json
  judge-cli phase advance
  judge-cli award decide 3f0c…
  judge-cli livestream --out run-of-show/
  judge-cli export shortlist --format csv > shortlist.csv
  judge-cli export creators --purpose prizes --format xlsx --out creators.xlsx";

#[derive(Parser)]
#[command(
    version,
    about = "Organizers' command line for the showcase platform",
    long_about = "Organizers' command line for the showcase platform: import judges, run the \
                  assignment, follow the judging, move the event through its phases and fetch \
                  the livestream's run of show, over the server's token API.",
    after_help = format!("{EXAMPLES}\n\n{EXIT_CODES}")
)]
struct Cli {
    /// Address of the showcase server.
    #[arg(
        long,
        global = true,
        env = "SHOWCASE_SERVER",
        default_value = "http://127.0.0.1:8080"
    )]
    server: String,
    /// An organizer's API token (made in the console under API tokens, or with
    /// `showcase-server token create`).
    #[arg(long, global = true, env = "SHOWCASE_TOKEN", hide_env_values = true)]
    token: Option<String>,
    /// The event's identifier (its slug); the current event when not given.
    #[arg(long, global = true, default_value = "current")]
    event: String,
    /// Print the server's JSON instead of tables (for scripts).
    #[arg(long, global = true)]
    json: bool,
    /// The language of the server's messages (e.g. ja, ar); the system's otherwise.
    #[arg(long, global = true, env = "SHOWCASE_LANGUAGE")]
    language: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check that the server and its database are up.
    Ping,
    /// Show whom the API token belongs to and what it may do.
    Whoami,
    /// The event's judges.
    #[command(subcommand)]
    Judges(JudgesCommand),
    /// Assign judges: volunteer judges to projects, VIP judges to categories.
    #[command(subcommand)]
    Assign(AssignCommand),
    /// The volunteer judges' progress.
    Progress,
    /// The shortlist per category.
    Shortlist {
        /// Only this category (its identifier, e.g. games).
        #[arg(long)]
        category: Option<String>,
    },
    /// The VIP judges' favourites.
    Favourites,
    /// The award: candidates and the panel's ranking, and the decision.
    #[command(subcommand)]
    Award(AwardCommand),
    /// The event's phase.
    #[command(subcommand)]
    Phase(PhaseCommand),
    /// Download the run of show (JSON, CSV, every thumbnail and judge photo) into a
    /// folder; resumable, every file verified.
    Livestream {
        /// The folder to write into (made if missing).
        #[arg(long)]
        out: PathBuf,
    },
    /// Download an export to standard output (or --out), streamed as the server reads
    /// it. `creators` names people: the token needs personal-data:read and you say why
    /// with --purpose (kept in the audit log).
    Export {
        what: Export,
        #[arg(long, value_enum, default_value = "csv")]
        format: Format,
        /// Why you take personal data (required for `creators`).
        #[arg(long, value_enum)]
        purpose: Option<Purpose>,
        /// Write to this file instead of standard output (whole or not at all).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum JudgesCommand {
    /// The event's judges, their capacities and progress.
    List,
    /// Invite judges from a CSV file with the columns email,capacities[,language]
    /// (capacities: volunteer, vip, award_panel, separated by ';'). Every row is checked
    /// first; nothing is imported while any row has a problem.
    Import {
        file: PathBuf,
        /// Check and report only.
        #[arg(long)]
        dry_run: bool,
    },
    /// Change a judge (by email or id).
    Set {
        judge: String,
        /// The capacities, e.g. volunteer,vip.
        #[arg(long, value_delimiter = ',')]
        capacities: Option<Vec<String>>,
        /// A lower cap than the event's (0 removes it).
        #[arg(long)]
        cap: Option<u32>,
        /// Whether the judge still takes part (false: drops out).
        #[arg(long)]
        active: Option<bool>,
    },
}

#[derive(Subcommand)]
enum AssignCommand {
    /// Give every published project its volunteer judges (a min-cost assignment that
    /// avoids conflicts and prefers judges who read the project's language).
    Shortlist {
        /// Judges per project.
        #[arg(long)]
        per_project: Option<u32>,
        /// Most projects per judge.
        #[arg(long)]
        cap: Option<u32>,
        /// Show what would happen; change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Undo an assignment run exactly (refused once any of its projects is scored).
    Undo { batch: String },
    /// Give a VIP judge the categories they pick favourites in.
    Vip {
        /// The judge's email address (or id).
        #[arg(long)]
        judge: String,
        /// A category identifier; repeat for several.
        #[arg(long = "category", required = true)]
        categories: Vec<String>,
    },
}

#[derive(Subcommand)]
enum AwardCommand {
    /// The candidates and the panel's ranking.
    Candidates {
        /// The award's identifier.
        #[arg(long, default_value = "coding-with-commitment")]
        award: String,
    },
    /// Confirm the recipient (a project id from `award candidates`).
    Decide {
        project: String,
        #[arg(long, default_value = "coding-with-commitment")]
        award: String,
        /// The public citation.
        #[arg(long, default_value = "")]
        citation: String,
        /// Why, when choosing among tied projects or another than the top one.
        #[arg(long, default_value = "")]
        reason: String,
    },
}

#[derive(Subcommand)]
enum PhaseCommand {
    /// The phase, what it allows and what comes next.
    Show,
    /// Move to the next phase (or back to one, with --to, --confirm and --reason).
    Advance(AdvanceArgs),
}

#[derive(Args)]
struct AdvanceArgs {
    /// Move to this phase instead of the next one (back needs --confirm and --reason).
    #[arg(long)]
    to: Option<String>,
    #[arg(long)]
    confirm: bool,
    #[arg(long, default_value = "")]
    reason: String,
}

/// The server's exports (clap names them in kebab-case, as the API does).
#[derive(Clone, Copy, ValueEnum)]
enum Export {
    Projects,
    Creators,
    Consents,
    Scores,
    Favourites,
    Shortlist,
    Awards,
    RunOfShow,
    Certificates,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Csv,
    Xlsx,
    Jsonl,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum Purpose {
    Prizes,
    Safeguarding,
    DataRequest,
    Eligibility,
    Legal,
}

/// A value's name on the command line, which is also its name in the API.
fn arg_name(v: &impl ValueEnum) -> String {
    v.to_possible_value()
        .map(|p| p.get_name().to_owned())
        .unwrap_or_default()
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli).await {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(err.exit_code())
        }
    }
}

/// The event's API path.
fn ev(cli: &Cli, rest: &str) -> String {
    format!("/api/v1/events/{}{rest}", cli.event)
}

fn print(cli: &Cli, value: &Value, human: impl FnOnce(&Value) -> String) {
    if cli.json {
        println!("{}", json(value));
    } else {
        println!("{}", human(value));
    }
}

async fn run(cli: &Cli) -> Result<ExitCode, CliError> {
    // The server's messages in the caller's language: --language, else the system's.
    let system = std::env::var("LANG").ok().and_then(|l| {
        let code = l
            .split(['_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_owned();
        (!code.is_empty() && code != "C" && code != "POSIX").then_some(code)
    });
    let language = cli.language.clone().or(system);
    let client = Client::new(&cli.server, cli.token.as_deref(), language.as_deref())?;
    match &cli.command {
        Command::Ping => {
            return match client.ping().await? {
                PingOutcome::Healthy(h) => {
                    println!(
                        "{} is healthy (version {}, database {})",
                        cli.server, h.version, h.database
                    );
                    Ok(ExitCode::SUCCESS)
                }
                PingOutcome::Unhealthy { status, health } => {
                    let detail = health
                        .map(|h| format!("status {}, database {}", h.status, h.database))
                        .unwrap_or_else(|| "no health report".into());
                    eprintln!("{} is unhealthy: HTTP {status}, {detail}", cli.server);
                    Ok(ExitCode::FAILURE)
                }
            };
        }
        Command::Whoami => {
            let me: Me = client.get("/api/v1/me").await?;
            if cli.json {
                println!("{}", json(&serde_json::to_value(&me).unwrap_or_default()));
            } else {
                println!("{} (token \"{}\")", me.email, me.token_name);
                println!("scopes: {}", me.scopes.join(", "));
            }
        }
        Command::Judges(JudgesCommand::List) => {
            let v: Value = client.get(&ev(cli, "/judges")).await?;
            print(cli, &v, |v| {
                let with_email = v
                    .as_array()
                    .is_some_and(|l| l.iter().any(|j| j.get("email").is_some()));
                let mut header = vec!["name"];
                let mut fields = vec!["display_name"];
                if with_email {
                    header.push("email");
                    fields.push("email");
                }
                header.extend([
                    "capacities",
                    "active",
                    "languages",
                    "assigned",
                    "scored",
                    "VIP categories",
                    "id",
                ]);
                fields.extend([
                    "capacities",
                    "active",
                    "languages",
                    "assigned",
                    "scored",
                    "vip_categories",
                    "id",
                ]);
                table(&header, rows_of(v, &fields))
            });
        }
        Command::Judges(JudgesCommand::Import { file, dry_run }) => {
            let text = std::fs::read_to_string(file)
                .map_err(|e| CliError::Usage(format!("cannot read {}: {e}", file.display())))?;
            let path = ev(cli, &format!("/judges/import?dry_run={dry_run}"));
            let (_, report) = client.post_csv(&path, text).await?;
            let invalid = report["invalid"].as_u64().unwrap_or(0);
            print(cli, &report, |r| {
                let rows = r["rows"].as_array().cloned().unwrap_or_default();
                let body = table(
                    &["line", "email", "capacities", "outcome", "problems"],
                    rows.iter().map(|row| {
                        let problems = row["problems"]
                            .as_array()
                            .map(|ps| {
                                ps.iter()
                                    .map(|p| {
                                        format!("{}: {}", cell(&p["column"]), cell(&p["message"]))
                                    })
                                    .collect::<Vec<_>>()
                                    .join("\n")
                            })
                            .unwrap_or_default();
                        vec![
                            cell(&row["line"]),
                            cell(&row["email"]),
                            cell(&row["capacities"]),
                            cell(&row["outcome"]),
                            problems,
                        ]
                    }),
                );
                let summary = if r["applied"].as_bool() == Some(true) {
                    format!(
                        "{} invited, {} already judging",
                        cell(&r["invited"]),
                        cell(&r["unchanged"])
                    )
                } else if invalid == 0 {
                    format!(
                        "dry run: {} would be invited, {} already judging",
                        cell(&r["invited"]),
                        cell(&r["unchanged"])
                    )
                } else {
                    format!("{invalid} row(s) with problems: nothing imported")
                };
                format!("{body}\n{summary}")
            });
            if invalid > 0 {
                return Err(CliError::InvalidRows(
                    usize::try_from(invalid).unwrap_or(usize::MAX),
                ));
            }
        }
        Command::Judges(JudgesCommand::Set {
            judge,
            capacities,
            cap,
            active,
        }) => {
            let mut body = serde_json::Map::new();
            if let Some(c) = capacities {
                body.insert("capacities".into(), json!(c));
            }
            if let Some(c) = cap {
                body.insert("cap".into(), json!(c));
            }
            if let Some(a) = active {
                body.insert("active".into(), json!(a));
            }
            let v: Value = client
                .post(&ev(cli, &format!("/judges/{judge}")), &Value::Object(body))
                .await?;
            print(cli, &v, |v| {
                format!(
                    "{}: {} · cap {} · {}{}",
                    judge,
                    cell(&v["capacities"]),
                    if v["cap"].is_null() {
                        "the event's".into()
                    } else {
                        cell(&v["cap"])
                    },
                    if v["active"].as_bool() == Some(true) {
                        "taking part"
                    } else {
                        "dropped out"
                    },
                    match v["released"].as_array().map(Vec::len) {
                        Some(n) if n > 0 => format!(" · {n} project(s) released for reassignment"),
                        _ => String::new(),
                    }
                )
            });
        }
        Command::Assign(AssignCommand::Shortlist {
            per_project,
            cap,
            dry_run,
        }) => {
            let mut query = Vec::new();
            if let Some(n) = per_project {
                query.push(format!("per_project={n}"));
            }
            if let Some(n) = cap {
                query.push(format!("cap={n}"));
            }
            let q = if query.is_empty() {
                String::new()
            } else {
                format!("?{}", query.join("&"))
            };
            let v: Value = client.get(&ev(cli, &format!("/assignment{q}"))).await?;
            let p = &v["preview"];
            if *dry_run {
                print(cli, &v, preview_text);
            } else {
                let applied: Value = client
                    .post(
                        &ev(cli, "/assignment"),
                        &json!({
                            "per_project": per_project,
                            "cap": cap,
                            "fingerprint": p["fingerprint"],
                        }),
                    )
                    .await?;
                print(cli, &applied, |a| {
                    format!(
                        "{}\nassigned: batch {} with {} assignments (undo with `judge-cli assign undo {}`)",
                        preview_text(&v),
                        cell(&a["batch"]),
                        cell(&a["assignments"]),
                        cell(&a["batch"])
                    )
                });
            }
        }
        Command::Assign(AssignCommand::Undo { batch }) => {
            let v: Value = client
                .post(&ev(cli, &format!("/assignment/{batch}/undo")), &json!({}))
                .await?;
            print(cli, &v, |v| {
                format!(
                    "undone: batch {}, {} assignments removed",
                    cell(&v["batch"]),
                    cell(&v["removed"])
                )
            });
        }
        Command::Assign(AssignCommand::Vip { judge, categories }) => {
            let v: Value = client
                .post(
                    &ev(cli, &format!("/judges/{judge}/vip-categories")),
                    &json!({ "categories": categories }),
                )
                .await?;
            print(cli, &v, |v| {
                format!("{judge} picks in: {}", cell(&v["categories"]))
            });
        }
        Command::Progress => {
            let v: Value = client.get(&ev(cli, "/progress")).await?;
            print(cli, &v, |v| {
                let pct = v["done"].as_f64().unwrap_or(0.0) * 100.0;
                format!(
                    "{}\n{} of {} assigned projects scored ({pct:.0}%), {} published projects",
                    table(
                        &["judge", "active", "assigned", "scored"],
                        rows_of(
                            &v["judges"],
                            &["display_name", "active", "assigned", "scored"]
                        )
                    ),
                    cell(&v["scored"]),
                    cell(&v["assigned"]),
                    cell(&v["projects"])
                )
            });
        }
        Command::Shortlist { category } => {
            let q = category
                .as_ref()
                .map(|c| format!("?category={c}"))
                .unwrap_or_default();
            let v: Value = client.get(&ev(cli, &format!("/shortlist{q}"))).await?;
            print(cli, &v, |v| {
                let mut out = Vec::new();
                if v["provisional"].as_bool() == Some(true) {
                    out.push("provisional: judges are still scoring".to_owned());
                }
                for c in v["categories"].as_array().into_iter().flatten() {
                    out.push(format!("{} (top {})", cell(&c["name"]), cell(&c["k"])));
                    out.push(table(
                        &[
                            "rank",
                            "title",
                            "normalised",
                            "raw mean",
                            "judges",
                            "shortlisted",
                            "status",
                            "project",
                        ],
                        rows_of(
                            &c["entries"],
                            &[
                                "rank",
                                "title",
                                "normalised_score",
                                "raw_mean",
                                "judges",
                                "on_shortlist",
                                "status",
                                "project",
                            ],
                        ),
                    ));
                }
                out.join("\n")
            });
        }
        Command::Favourites => {
            let v: Value = client.get(&ev(cli, "/favourites")).await?;
            print(cli, &v, |v| {
                let rows = v["vips"].as_array().into_iter().flatten().flat_map(|vip| {
                    let name = cell(&vip["display_name"]);
                    let picks = vip["picks"].as_array().cloned().unwrap_or_default();
                    if picks.is_empty() {
                        vec![vec![
                            name,
                            cell(&vip["categories"]),
                            String::new(),
                            "(no picks yet)".into(),
                            String::new(),
                        ]]
                    } else {
                        picks
                            .iter()
                            .map(|p| {
                                vec![
                                    name.clone(),
                                    cell(&p["category"]),
                                    cell(&p["position"]),
                                    cell(&p["title"]),
                                    cell(&p["quote"]),
                                ]
                            })
                            .collect()
                    }
                });
                table(
                    &["VIP judge", "category", "#", "project", "quote"],
                    rows.collect::<Vec<_>>(),
                )
            });
        }
        Command::Award(AwardCommand::Candidates { award }) => {
            let v: Value = client.get(&ev(cli, "/awards")).await?;
            let one = v
                .as_array()
                .and_then(|l| l.iter().find(|a| a["award"] == award.as_str()).cloned())
                .ok_or_else(|| CliError::NotFound(format!("the event has no award '{award}'")))?;
            print(cli, &one, |a| {
                let decided = if a["holder"].is_null() {
                    "not decided yet".to_owned()
                } else {
                    format!("decided: {}", cell(&a["holder"]))
                };
                format!(
                    "{} — {} candidates, {decided}\n{}",
                    cell(&a["name"]),
                    a["candidates"].as_array().map_or(0, Vec::len),
                    table(
                        &["rank", "title", "mean (0–40)", "scores", "tied", "project"],
                        rows_of(
                            &a["ranking"],
                            &["rank", "title", "mean_total", "scores", "tied", "project"]
                        )
                    )
                )
            });
        }
        Command::Award(AwardCommand::Decide {
            project,
            award,
            citation,
            reason,
        }) => {
            let v: Value = client
                .post(
                    &ev(cli, &format!("/awards/{award}/decision")),
                    &json!({ "project": project, "citation": citation, "reason": reason }),
                )
                .await?;
            print(cli, &v, |v| {
                format!("{}: awarded to {}", cell(&v["award"]), cell(&v["project"]))
            });
        }
        Command::Phase(PhaseCommand::Show) => {
            let v: Value = client.get(&ev(cli, "")).await?;
            print(cli, &v, |v| {
                format!(
                    "{} ({}): {} [{}]\nallows: {}\nnext: {}",
                    cell(&v["name"]),
                    cell(&v["slug"]),
                    cell(&v["phase_name"]),
                    cell(&v["phase"]),
                    cell(&v["allows"]),
                    if v["next_phase"].is_null() {
                        "none".into()
                    } else {
                        cell(&v["next_phase"])
                    }
                )
            });
        }
        Command::Phase(PhaseCommand::Advance(a)) => {
            let v: Value = client
                .post(
                    &ev(cli, "/phase"),
                    &json!({ "to": a.to.as_deref().unwrap_or("next"), "confirm": a.confirm, "reason": a.reason }),
                )
                .await?;
            print(cli, &v, |v| {
                format!(
                    "moved from {} to {} ({})",
                    cell(&v["from"]),
                    cell(&v["phase"]),
                    cell(&v["phase_name"])
                )
            });
        }
        Command::Livestream { out } => {
            let progress = !cli.json && std::io::IsTerminal::is_terminal(&std::io::stderr());
            let report =
                judge_cli::livestream::download(&client, &cli.event, out, progress).await?;
            let v = serde_json::to_value(&report).unwrap_or_default();
            print(cli, &v, |_| {
                format!(
                    "{}: {} segments, {} images ({} downloaded, {} already there and verified), {} bytes{}",
                    report.out.display(),
                    report.segments,
                    report.media,
                    report.downloaded,
                    report.reused,
                    report.bytes,
                    if report.embargoed {
                        " — REHEARSAL: the results are embargoed until the announcement"
                    } else {
                        ""
                    }
                )
            });
        }
        Command::Export {
            what,
            format,
            purpose,
            out,
        } => {
            let mut path = format!("/exports/{}?format={}", arg_name(what), arg_name(format));
            if let Some(purpose) = purpose {
                path.push_str(&format!("&purpose={}", arg_name(purpose)));
            }
            let path = ev(cli, &path);
            match out {
                Some(file) => {
                    // Written beside the file and renamed once whole, so a download that
                    // breaks off never leaves a short file that looks complete.
                    let shown = file.display().to_string();
                    let part = file.with_extension("part");
                    let io = |e: std::io::Error| CliError::Io {
                        path: shown.clone(),
                        reason: e.to_string(),
                    };
                    let mut w = std::io::BufWriter::new(std::fs::File::create(&part).map_err(io)?);
                    let result = client.download(&path, &mut w, &shown).await;
                    drop(w);
                    if let Err(e) = result {
                        let _ = std::fs::remove_file(&part);
                        return Err(e);
                    }
                    std::fs::rename(&part, file).map_err(io)?;
                }
                None => {
                    let mut stdout = std::io::stdout().lock();
                    client
                        .download(&path, &mut stdout, "standard output")
                        .await?;
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// An assignment preview for people.
fn preview_text(v: &Value) -> String {
    let p = &v["preview"];
    let names = &v["judges"];
    let load = table(
        &["judge", "before", "after", "cap"],
        p["load"].as_array().into_iter().flatten().map(|l| {
            let id = l["judge"].as_str().unwrap_or_default();
            vec![
                names[id].as_str().unwrap_or(id).to_owned(),
                cell(&l["before"]),
                cell(&l["after"]),
                cell(&l["cap"]),
            ]
        }),
    );
    let short = p["short"].as_array().map_or(0, Vec::len);
    format!(
        "{load}\n{} new assignments for {} projects and {} judges ({} per project, cap {}); {} in a language the judge reads; {short} project(s) short of judges",
        cell(&p["new_count"]),
        cell(&p["projects"]),
        cell(&p["judges"]),
        cell(&p["per_project"]),
        cell(&p["cap"]),
        cell(&p["language_matches"]),
    )
}
