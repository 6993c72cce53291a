//! Benchmark of `assignment::plan` on synthetic events.
//!
//! `make bench-assignment` (`cargo bench -p showcase-server --bench assignment -- small|large|both|tight`)
//! prints the solve time and the peak resident memory (VmHWM) of the process.

use showcase::domain::assignment::{AssignmentInput, JudgeSlot, ProjectSlot, plan};
use std::time::Instant;

/// SplitMix64: a tiny deterministic generator (the bench needs no crate).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// Index drawn with the given weights.
    fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut x = self.below(u64::from(total)) as u32;
        for (i, &w) in weights.iter().enumerate() {
            if x < w {
                return i;
            }
            x -= w;
        }
        weights.len() - 1
    }
}

/// Skewed like a real event: half the projects in English.
const LANGUAGE_WEIGHTS: [u32; 8] = [50, 15, 10, 8, 7, 5, 3, 2];

fn event(projects: usize, judges: usize, seed: u64) -> AssignmentInput {
    let mut rng = Rng(seed);
    let projects: Vec<ProjectSlot> = (0..projects)
        .map(|_| ProjectSlot {
            language: rng.weighted(&LANGUAGE_WEIGHTS) as u16,
        })
        .collect();
    let judges: Vec<JudgeSlot> = (0..judges)
        .map(|_| {
            let count = 1 + rng.weighted(&[50, 35, 15]);
            let mut languages = Vec::new();
            while languages.len() < count {
                let l = rng.weighted(&LANGUAGE_WEIGHTS) as u16;
                if !languages.contains(&l) {
                    languages.push(l);
                }
            }
            // One judge in twenty only wants 10 projects.
            let cap = (rng.below(20) == 0).then_some(10);
            JudgeSlot {
                languages,
                cap,
                available: true,
            }
        })
        .collect();
    // 5% of all pairs conflicted: geometric gaps between conflicts.
    let p = 0.05f64;
    let mut conflicts =
        Vec::with_capacity((projects.len() as f64 * judges.len() as f64 * p * 1.01) as usize);
    for i in 0..projects.len() {
        let mut j = 0usize;
        loop {
            let gap = ((1.0 - rng.unit()).ln() / (1.0 - p).ln()).floor() as usize;
            j += gap;
            if j >= judges.len() {
                break;
            }
            conflicts.push((i, j));
            j += 1;
        }
    }
    AssignmentInput {
        projects,
        judges,
        conflicts,
        ..AssignmentInput::default()
    }
}

fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn run(name: &str, projects: usize, judges: usize) {
    let t0 = Instant::now();
    let input = event(projects, judges, 42);
    let generated = t0.elapsed();
    let rss_input = peak_rss_mib();
    let t1 = Instant::now();
    let result = plan(&input);

    let solve = t1.elapsed();
    let rss = peak_rss_mib();
    let loads = &result.load;
    let (min, max) = (
        loads.iter().copied().min().unwrap_or(0),
        loads.iter().copied().max().unwrap_or(0),
    );
    println!(
        "{name}: {projects} projects, {judges} judges, {} conflicts (generated in {:.2?})",
        input.conflicts.len(),
        generated
    );
    println!(
        "  plan: {:.3} s; new pairs {}, language matches {} ({:.2}%), shortfalls {}, load {min}..{max}",
        solve.as_secs_f64(),
        result.new.len(),
        result.language_matches,
        100.0 * result.language_matches as f64 / result.new.len().max(1) as f64,
        result.shortfalls.len(),
    );
    println!("  peak RSS: {rss_input:.0} MiB after building the input, {rss:.0} MiB after plan");

    // Incremental run: 2% more projects published later.
    let mut later = input;
    let extra = projects / 50;
    let mut rng = Rng(7);
    for _ in 0..extra {
        later.projects.push(ProjectSlot {
            language: rng.weighted(&LANGUAGE_WEIGHTS) as u16,
        });
    }
    later.existing = result.new;
    let t2 = Instant::now();
    let second = plan(&later);
    println!(
        "  incremental (+{extra} projects): {:.3} s; new pairs {}, shortfalls {}",
        t2.elapsed().as_secs_f64(),
        second.new.len(),
        second.shortfalls.len()
    );
}

/// A tight event: caps of 30 cannot cover every slot, and 1% of judges
/// drop out after the first run.
fn run_tight(name: &str, projects: usize, judges: usize) {
    let mut input = event(projects, judges, 43);
    input.default_cap = 30;
    let t0 = Instant::now();
    let first = plan(&input);
    println!(
        "{name} (cap 30): plan {:.3} s; new pairs {}, language matches {}, shortfalls {}",
        t0.elapsed().as_secs_f64(),
        first.new.len(),
        first.language_matches,
        first.shortfalls.len()
    );
    // Drop-out of every 100th judge: its pairs are removed, it is unavailable.
    input.default_cap = 40;
    input.existing = first
        .new
        .iter()
        .filter(|&&(_, j)| j % 100 != 0)
        .copied()
        .collect();
    for j in (0..judges).step_by(100) {
        input.judges[j].available = false;
    }
    let t1 = Instant::now();
    let second = plan(&input);
    println!(
        "  drop-out of {} judges + caps back to 40: plan {:.3} s; new pairs {}, shortfalls {}",
        judges.div_ceil(100),
        t1.elapsed().as_secs_f64(),
        second.new.len(),
        second.shortfalls.len()
    );
    println!("  peak RSS so far: {:.0} MiB", peak_rss_mib());
}

fn main() {
    // `cargo bench` passes `--bench`; the first other argument chooses the sizes.
    let which = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .unwrap_or_else(|| "both".to_owned());
    if which == "small" || which == "both" {
        run("small", 4_500, 300);
    }
    if which == "large" || which == "both" {
        run("large", 100_000, 6_000);
    }
    if which == "tight" {
        run_tight("small", 4_500, 300);
        run_tight("large", 100_000, 6_000);
    }
}
