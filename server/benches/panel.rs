//! The judges' panel under load, against a running server (`make bench-judging` starts
//! one): `--judges` volunteer judges (`bench-judge-<i>@bench.showcase.test`, seeded with
//! `seed --bench-judges`) sign in and, concurrently, each repeat: ask for the next project
//! (`GET /judge/next`, then the scoring page it points to) and save a score (`POST
//! /judge/projects/<id>/score`, which redirects to the next one). Once a judge has scored
//! everything, they keep changing their scores (the same request, an update).
//!
//! Two kinds of run: judges who read each project before scoring it (`--think` seconds
//! between projects, on average; people take minutes), and judges who never pause
//! (`--think 0`: the server's throughput ceiling, where latency is queueing).
//!
//! One tokio task per judge, each with its own connection and cookies, so the load
//! generator takes little of the machine it shares with the server. Prints Markdown.

use std::sync::Arc;
use std::time::{Duration, Instant};

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use tokio::sync::Barrier;

struct Args {
    port: u16,
    judges: usize,
    seconds: f64,
    think: f64,
    warmup: f64,
    password: String,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        port: 0,
        judges: 64,
        seconds: 30.0,
        think: 1.0,
        warmup: 5.0,
        password: "showcase-demo-2026".to_owned(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        // `cargo bench` adds `--bench`.
        if flag == "--bench" {
            continue;
        }
        let value = it.next().ok_or_else(|| format!("{flag} needs a value"))?;
        let bad = |e: &dyn std::fmt::Display| format!("{flag} {value}: {e}");
        match flag.as_str() {
            "--port" => args.port = value.parse().map_err(|e| bad(&e))?,
            "--judges" => args.judges = value.parse().map_err(|e| bad(&e))?,
            "--seconds" => args.seconds = value.parse().map_err(|e| bad(&e))?,
            "--think" => args.think = value.parse().map_err(|e| bad(&e))?,
            "--warmup" => args.warmup = value.parse().map_err(|e| bad(&e))?,
            "--password" => args.password = value,
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    if args.port == 0 {
        return Err("--port is required".to_owned());
    }
    Ok(args)
}

/// What one judge measured after the warm-up: seconds per step, and what went wrong.
#[derive(Default)]
struct Measured {
    next: Vec<f64>,
    save: Vec<f64>,
    errors: Vec<String>,
}

fn csrf(page: &str) -> Option<String> {
    let marker = "name=\"csrf_token\" value=\"";
    let start = page.find(marker)? + marker.len();
    let end = page[start..].find('"')? + start;
    Some(page[start..end].to_owned())
}

/// The judge's own projects, linked from their panel.
fn project_links(page: &str) -> Vec<String> {
    let marker = "href=\"/judge/projects/";
    page.match_indices(marker)
        .filter_map(|(at, _)| {
            let start = at + "href=\"".len();
            let id = page.get(start + "/judge/projects/".len()..)?.get(..36)?;
            uuid::Uuid::parse_str(id).ok()?;
            Some(page[start..start + "/judge/projects/".len() + 36].to_owned())
        })
        .collect()
}

struct Clock {
    began: Instant,
    measure_from: Instant,
    until: Instant,
}

impl Clock {
    /// Set by whoever passes the start line first, once every judge is signed in.
    async fn starting(args: &Args) -> Clock {
        let began = Instant::now();
        let measure_from = began + Duration::from_secs_f64(args.warmup);
        Clock {
            began,
            measure_from,
            until: measure_from + Duration::from_secs_f64(args.seconds),
        }
    }
}

async fn judge_loop(
    args: Arc<Args>,
    i: usize,
    start: Arc<Barrier>,
    clock: Arc<tokio::sync::OnceCell<Clock>>,
) -> Measured {
    let mut out = Measured::default();
    let base = format!("http://127.0.0.1:{}", args.port);
    let client = match reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(1)
        .timeout(Duration::from_secs(60))
        .build()
    {
        Ok(c) => c,
        Err(e) => {
            out.errors.push(format!("judge {i}: client: {e}"));
            start.wait().await;
            return out;
        }
    };
    let signed_in = async {
        let page = client
            .get(format!("{base}/sign-in"))
            .send()
            .await?
            .text()
            .await?;
        let token = csrf(&page).unwrap_or_default();
        let email = format!("bench-judge-{i}@bench.showcase.test");
        let res = client
            .post(format!("{base}/sign-in"))
            .form(&[
                ("csrf_token", token.as_str()),
                ("email", email.as_str()),
                ("password", args.password.as_str()),
            ])
            .send()
            .await?;
        if res.status() != reqwest::StatusCode::SEE_OTHER {
            return Ok(None);
        }
        let panel = client
            .get(format!("{base}/judge"))
            .send()
            .await?
            .text()
            .await?;
        Ok::<_, reqwest::Error>(Some((
            project_links(&panel),
            csrf(&panel).unwrap_or_default(),
        )))
    }
    .await;
    let (mine, token) = match signed_in {
        Ok(Some(x)) => x,
        Ok(None) => {
            out.errors.push(format!("judge {i}: sign-in refused"));
            start.wait().await;
            return out;
        }
        Err(e) => {
            out.errors.push(format!("judge {i}: sign-in: {e}"));
            start.wait().await;
            return out;
        }
    };
    let mut rng = StdRng::seed_from_u64(i as u64);
    start.wait().await;
    let clock = clock.get_or_init(|| Clock::starting(&args)).await;
    // People do not all click at the same instant: each judge starts within one pause.
    if args.think > 0.0 {
        tokio::time::sleep(Duration::from_secs_f64(rng.random_range(0.0..args.think))).await;
    }
    while Instant::now() < clock.until {
        let t0 = Instant::now();
        let step = async {
            let res = client.get(format!("{base}/judge/next")).send().await?;
            let first = res.status();
            let mut location = res
                .headers()
                .get(reqwest::header::LOCATION)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("/judge")
                .to_owned();
            res.bytes().await?;
            if location == "/judge" && !mine.is_empty() {
                location = mine[rng.random_range(0..mine.len())].clone();
            }
            let res = client.get(format!("{base}{location}")).send().await?;
            let second = res.status();
            res.bytes().await?;
            Ok::<_, reqwest::Error>((first, second, location))
        }
        .await;
        let t1 = Instant::now();
        let (location, next_ok) = match step {
            Ok((a, b, location)) => (
                location,
                (a == reqwest::StatusCode::SEE_OTHER && b == reqwest::StatusCode::OK)
                    .then_some(())
                    .ok_or(format!("next {a}/{b}")),
            ),
            Err(e) => {
                out.errors.push(format!("next: {e}"));
                continue;
            }
        };
        let mark = rng.random_range(0..=10).to_string();
        let saved = async {
            let res = client
                .post(format!("{base}{location}/score"))
                .form(&[
                    ("csrf_token", token.as_str()),
                    ("coolness", mark.as_str()),
                    ("complexity", mark.as_str()),
                    ("presentation", mark.as_str()),
                    ("design", mark.as_str()),
                    ("comment", "Load test."),
                ])
                .send()
                .await?;
            let status = res.status();
            res.bytes().await?;
            Ok::<_, reqwest::Error>(status)
        }
        .await;
        let t2 = Instant::now();
        if args.think > 0.0 {
            let pause = rng.random_range(0.5..1.5) * args.think;
            tokio::time::sleep(Duration::from_secs_f64(pause)).await;
        }
        if t0 < clock.measure_from {
            continue; // warm-up: connections and their statement caches
        }
        out.next.push((t1 - t0).as_secs_f64());
        out.save.push((t2 - t1).as_secs_f64());
        if let Err(e) = next_ok {
            out.errors.push(e);
        }
        match saved {
            Ok(s) if s == reqwest::StatusCode::SEE_OTHER => {}
            Ok(s) => out.errors.push(format!("save {s}")),
            Err(e) => out.errors.push(format!("save: {e}")),
        }
    }
    out
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let k = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[k.min(sorted.len() - 1)]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args = match parse_args() {
        Ok(a) => Arc::new(a),
        Err(e) => {
            eprintln!("panel: {e}");
            std::process::exit(2);
        }
    };
    let start = Arc::new(Barrier::new(args.judges + 1));
    let clock = Arc::new(tokio::sync::OnceCell::new());
    // Sign-ins first (argon2 is deliberately slow); the clock starts when all are in.
    let tasks: Vec<_> = (0..args.judges)
        .map(|i| tokio::spawn(judge_loop(args.clone(), i, start.clone(), clock.clone())))
        .collect();
    start.wait().await;
    let began = clock.get_or_init(|| Clock::starting(&args)).await.began;
    let mut all = Measured::default();
    for t in tasks {
        match t.await {
            Ok(m) => {
                all.next.extend(m.next);
                all.save.extend(m.save);
                all.errors.extend(m.errors);
            }
            Err(e) => all.errors.push(format!("task: {e}")),
        }
    }
    let elapsed = (began.elapsed().as_secs_f64() - args.warmup).max(f64::MIN_POSITIVE);
    let pause = if args.think > 0.0 {
        format!("pausing about {} s between projects", args.think)
    } else {
        "never pausing".to_owned()
    };
    println!(
        "{} judges at once, {pause}, measured for {elapsed:.0} s after a {} s warm-up; \
         {} scores saved ({:.0}/s)\n",
        args.judges,
        args.warmup,
        all.save.len(),
        all.save.len() as f64 / elapsed
    );
    println!("| step | requests | p50 ms | p90 ms | p99 ms | max ms |");
    println!("|---|---|---|---|---|---|");
    for (name, values) in [
        ("next project (redirect + page)", &mut all.next),
        ("save score", &mut all.save),
    ] {
        values.sort_by(f64::total_cmp);
        let ms = |p| percentile(values, p) * 1000.0;
        println!(
            "| {name} | {} | {:.1} | {:.1} | {:.1} | {:.1} |",
            values.len(),
            ms(50.0),
            ms(90.0),
            ms(99.0),
            ms(100.0)
        );
    }
    let first: Vec<_> = all.errors.iter().take(3).collect();
    println!(
        "\nerrors: {}{}",
        all.errors.len(),
        if first.is_empty() {
            String::new()
        } else {
            format!(" (first: {first:?})")
        }
    );
}
