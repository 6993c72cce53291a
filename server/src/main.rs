//! `showcase-server`: serve the web app (default), apply migrations, or seed demo data.

use clap::{Parser, Subcommand};

/// mimalloc returns freed memory to the system promptly; with glibc's allocator the
/// 19 MiB argon2 buffers of a burst of sign-ins stayed resident (peak RSS 980 MB instead
/// of ~130 MB in the submission benchmark). Built with `no_thp`: mimalloc otherwise asks
/// for transparent huge pages, and every memory it had given back then came back as a
/// 2 MiB page the kernel zeroes first (15% of the server's CPU on uncached gallery
/// searches, `perf`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use showcase::config::Settings;
use showcase::web::app::Application;
use showcase::{db, seed, telemetry};

#[derive(Parser)]
#[command(version, about = "Showcase platform server", long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web application (the default).
    Serve,
    /// Run only the background workers (emails, images, search), no web server.
    Worker,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Fill the database with demo data.
    Seed {
        /// Create the deterministic demo event and accounts (skipping what exists).
        #[arg(long)]
        demo: bool,
        /// How many demo projects (benchmarks use 100000).
        #[arg(long, default_value_t = showcase::seed::projects::DEFAULT_PROJECTS)]
        projects: usize,
        /// How many of them get drawn images.
        #[arg(long, default_value_t = 80)]
        images: usize,
        /// Also create this many verified creator accounts for load benchmarks
        /// (bench-<i>@bench.showcase.test, the demo password).
        #[arg(long, default_value_t = 0)]
        bench_creators: usize,
        /// Also add this many volunteer judges (bench-judge-<i>@bench.showcase.test, the
        /// demo password) to the current event and assign them projects.
        #[arg(long, default_value_t = 0)]
        bench_judges: usize,
    },
    /// Print the demo accounts and their password.
    DemoLogins,
    /// API tokens for organizers' tools.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
    /// Check every project against the publication rule, rewrite the gallery's public
    /// projection where it disagrees, and (with Meilisearch) apply the index settings,
    /// send every public document and remove any that should not be there.
    Reindex,
    /// Delete what is kept no longer (see `[retention]`): registrations never confirmed,
    /// consent requests expired unanswered, old links, ended sessions. For cron, when the
    /// workers' own hourly sweep is off.
    Retention,
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Create a token for an existing organizer and print it (once) on standard output.
    ///
    /// Example: showcase-server token create --email org@example.org
    ///   --scopes judging:read,judging:write,livestream:read --name "judge-cli on my laptop"
    Create {
        /// The organizer's email address.
        #[arg(long)]
        email: String,
        /// Comma-separated scopes: events:read, judging:read, judging:write,
        /// livestream:read, exports:read, personal-data:read.
        #[arg(long)]
        scopes: String,
        /// What the token is for, as the console lists it.
        #[arg(long)]
        name: String,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let settings = Settings::from_process_env()?;
    let filter = "info,sqlx=warn,actix_server=warn";
    let format = settings.application.log_format;
    // `token create` prints the token alone on standard output (for scripts): its logs go
    // to standard error.
    if matches!(cli.command, Some(Command::Token { .. })) {
        telemetry::init(telemetry::subscriber(format, filter, std::io::stderr))?;
    } else {
        telemetry::init(telemetry::subscriber(format, filter, std::io::stdout))?;
    }
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => {
            let app = Application::build(settings.clone()).await?;
            tracing::info!(
                port = app.port(),
                "listening on http://{}:{}",
                settings.application.host,
                app.port()
            );
            app.run_until_stopped().await?;
            tracing::info!("stopped");
        }
        Command::Worker => {
            showcase::startup::run_workers(settings).await?;
        }
        Command::DemoLogins => {
            for (email, role) in seed::demo_logins() {
                println!("    {role:<10} {email}");
            }
            println!("    password for all: {}", seed::DEMO_PASSWORD);
        }
        Command::Reindex => {
            let pool = db::pool(&settings.database)?;
            db::migrate(&pool).await?;
            let search = showcase::search::Search::new(pool.clone(), &settings.search)?;
            let started = std::time::Instant::now();
            let p = showcase::publication::reindex(&pool).await?;
            let r = search.rebuild().await?;
            println!(
                "checked {} projects, {} changed, {} published; sent {} documents to the external index, removed {} strays ({:.1} s)",
                p.checked,
                p.changed,
                r.published,
                r.pushed,
                r.removed,
                started.elapsed().as_secs_f64()
            );
        }
        Command::Retention => {
            let services = showcase::startup::Services::build(settings.clone()).await?;
            let actor = showcase::operations::Actor::system(showcase::operations::Via::Cli);
            match showcase::operations::retention::sweep(&services.ops, &actor).await {
                Ok(Some(s)) => println!(
                    "deleted {} unconfirmed accounts, {} expired consent requests, {} old links, {} ended sessions, {} jobs",
                    s.unconfirmed_accounts,
                    s.expired_consent_requests,
                    s.old_links,
                    s.ended_sessions,
                    s.jobs
                ),
                Ok(None) => println!("another instance is sweeping right now"),
                Err(e) => anyhow::bail!("the retention sweep failed: {e}"),
            }
        }
        Command::Token {
            command:
                TokenCommand::Create {
                    email,
                    scopes,
                    name,
                },
        } => {
            let pool = db::pool(&settings.database)?;
            db::migrate(&pool).await?;
            let storage = showcase::startup::media_storage(&settings)?;
            let ops = showcase::operations::Ops::new(pool, storage, settings.clone());
            match showcase::admin::create_token(&ops, &email, &scopes, &name).await {
                Ok(token) => println!("{token}"),
                Err(showcase::admin::AdminError::Refused(why)) => {
                    eprintln!("token create: {why}");
                    std::process::exit(2);
                }
                Err(e) => return Err(e.into()),
            }
        }
        Command::Migrate => {
            let pool = db::pool(&settings.database)?;
            db::migrate(&pool).await?;
            tracing::info!("migrations applied");
        }
        Command::Seed {
            demo,
            projects,
            images,
            bench_creators,
            bench_judges,
        } => {
            if !demo {
                anyhow::bail!("nothing to seed: pass --demo");
            }
            let pool = db::pool(&settings.database)?;
            db::migrate(&pool).await?;
            let storage = showcase::startup::media_storage(&settings)?;
            let options = seed::SeedOptions {
                projects,
                with_images: images.min(projects),
            };
            let report = seed::demo(&pool, storage.as_ref(), options).await?;
            println!("{report}");
            if bench_creators > 0 {
                let n = seed::bench_creators(&pool, bench_creators).await?;
                println!("{n} benchmark creator accounts ready");
            }
            if bench_judges > 0 {
                let n = seed::judging::bench_judges(&pool, bench_judges).await?;
                println!("{bench_judges} benchmark judges ready, {n} new assignments");
            }
        }
    }
    Ok(())
}
