//! `judge-cli`: see the library docs and `judge-cli --help`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use judge_cli::{PingOutcome, ping, whoami};

#[derive(Parser)]
#[command(version, about = "Organizers' command line for the showcase platform")]
struct Cli {
    /// Address of the showcase server.
    #[arg(
        long,
        global = true,
        env = "JUDGE_CLI_SERVER",
        default_value = "http://127.0.0.1:8080"
    )]
    server: String,
    /// An organizer's API token (created in the organizer console).
    #[arg(long, global = true, env = "JUDGE_CLI_TOKEN", hide_env_values = true)]
    token: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check that the server and its database are up.
    Ping,
    /// Show whom the API token belongs to and what it may do.
    Whoami,
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Ping => match ping(&cli.server).await {
            Ok(PingOutcome::Healthy(h)) => {
                println!(
                    "{} is healthy (version {}, database {})",
                    cli.server, h.version, h.database
                );
                ExitCode::SUCCESS
            }
            Ok(PingOutcome::Unhealthy { status, health }) => {
                let detail = health
                    .map(|h| format!("status {}, database {}", h.status, h.database))
                    .unwrap_or_else(|| "no health report".into());
                eprintln!("{} is unhealthy: HTTP {status}, {detail}", cli.server);
                ExitCode::FAILURE
            }
            Err(err) => {
                eprintln!("error: {err}");
                ExitCode::from(2)
            }
        },
        Command::Whoami => match whoami(&cli.server, cli.token.as_deref()).await {
            Ok(me) => {
                println!("{} (token \"{}\")", me.email, me.token_name);
                println!("scopes: {}", me.scopes.join(", "));
                ExitCode::SUCCESS
            }
            Err(err) => {
                eprintln!("error: {err}");
                ExitCode::from(2)
            }
        },
    }
}
