//! Assignment of volunteer judges to shortlisted projects.
//!
//! The caller maps its own ids to indices: project `i` is `input.projects[i]`,
//! judge `j` is `input.judges[j]`, and every pair is `(project, judge)`.
//!
//! # Model
//!
//! * each project should end with [`AssignmentInput::per_project`] judges,
//!   counting the judges it already has (`existing`);
//! * each judge has at most `cap` projects in total (its own
//!   [`JudgeSlot::cap`] or [`AssignmentInput::default_cap`]), counting its
//!   existing load;
//! * a conflicted pair is never assigned, nor a pair that already exists, nor
//!   an unavailable judge (or one whose cap is 0);
//! * the objective is lexicographic: 1) the most assignments (coverage),
//!   2) then the most language matches among the new pairs, 3) then the most
//!   even load: the `L`-th project of a judge costs `L - 1`, so the sum of
//!   these convex costs prefers spreading.
//!
//! # Algorithm
//!
//! A min-cost flow with lexicographic costs `(unmet, mismatch, balance)`:
//! every project with `k` missing judges has a supply of `k` units; a unit
//! goes project → judge (capacity 1, cost `(0, mismatch, 0)`) → sink (one
//! convex arc per judge, marginal cost `(0, 0, load - 1)`), or through the
//! project's "unmet" arc straight to the sink at cost `(1, 0, 0)`. As that
//! arc always exists, every flow value is feasible and the min-cost flow is
//! the lexicographic optimum.
//!
//! Costs are compared as triples, so no "big M" weights are needed and
//! nothing can overflow in realistic inputs. The flow is solved by
//! primal-dual successive shortest paths: a multi-source Dijkstra on reduced
//! costs from all nodes with excess, then a Dinic max-flow on the admissible
//! (zero reduced cost) subgraph, so a whole load level (thousands of units)
//! moves per phase.
//!
//! The full bipartite graph can be huge (600M pairs at 100k × 6k), so the
//! flow starts on a sparse candidate set: per project a few
//! language-matching judges and a few others, drawn by a deterministic hash
//! from the low-load end of the judges (water-filling on existing load), so
//! the candidate graph is a well-connected random graph. Missing pairs are
//! then added lazily (column generation). Once the flow is optimal on the
//! candidates, node potentials are tightened: a reverse Dijkstra to the sink
//! for judges, and for projects the largest value their residual in-arcs
//! allow. Then every eligible pair that is not yet a candidate is priced.
//! Each judge takes up to a quota of the projects whose pair with it has
//! negative reduced cost. Those pairs are added already saturated, which
//! keeps every reduced cost non-negative, and the flow is re-optimised from
//! the resulting imbalances. When no pair prices negative, the potentials
//! certify that the full residual graph has no negative cycle. The plan is
//! then optimal on the full graph for all three objectives, so coverage is
//! exactly the maximum. Each round adds at least one pair, so the loop ends.
//!
//! Memory is linear in the input plus the candidate edges (compressed
//! sparse rows, 12 bytes per edge); time is dominated by about one phase per
//! load level.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::ops::{Add, Neg, Sub};

/// Default number of judges each project should end up with.
pub const DEFAULT_PER_PROJECT: u32 = 2;

/// Default maximum number of projects per judge, existing load included.
pub const DEFAULT_CAP: u32 = 40;

/// Largest supported number of projects or judges; entries at larger
/// indices are ignored as though absent.
pub const MAX_ENTITIES: usize = 1 << 29;

/// Everything [`plan`] needs: the shortlist, the judges and the constraints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssignmentInput {
    /// Judges wanted per project in total, existing ones included (`n`).
    pub per_project: u32,
    /// Cap of a judge without its own [`JudgeSlot::cap`].
    pub default_cap: u32,
    /// The projects to judge, by index.
    pub projects: Vec<ProjectSlot>,
    /// The judges, by index.
    pub judges: Vec<JudgeSlot>,
    /// Forbidden `(project, judge)` pairs. Invalid indices are ignored and
    /// counted in [`Plan::ignored_pairs`].
    pub conflicts: Vec<(usize, usize)>,
    /// `(project, judge)` pairs already assigned. They count towards the
    /// project's judges and the judge's load, and are never output again.
    /// Duplicates count once; invalid indices are ignored and counted in
    /// [`Plan::ignored_pairs`].
    pub existing: Vec<(usize, usize)>,
}

impl Default for AssignmentInput {
    fn default() -> Self {
        Self {
            per_project: DEFAULT_PER_PROJECT,
            default_cap: DEFAULT_CAP,
            projects: Vec::new(),
            judges: Vec::new(),
            conflicts: Vec::new(),
            existing: Vec::new(),
        }
    }
}

/// A project to be judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ProjectSlot {
    /// The one language the project is written in (caller-defined code).
    pub language: u16,
}

/// A volunteer judge.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct JudgeSlot {
    /// Languages the judge reads (caller-defined codes).
    pub languages: Vec<u16>,
    /// The judge's own cap on total load, overriding
    /// [`AssignmentInput::default_cap`].
    pub cap: Option<u32>,
    /// `false` for a judge who must get no new project (e.g. dropped out).
    pub available: bool,
}

impl JudgeSlot {
    /// An available judge with the default cap.
    pub fn new(languages: Vec<u16>) -> Self {
        Self {
            languages,
            cap: None,
            available: true,
        }
    }
}

/// The result of [`plan`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    /// New `(project, judge)` pairs, sorted; existing pairs are not repeated.
    pub new: Vec<(usize, usize)>,
    /// Load of each judge after the plan, existing pairs included.
    pub load: Vec<u32>,
    /// How many of the new pairs have a judge reading the project's language.
    pub language_matches: usize,
    /// Projects left with fewer than `per_project` judges, by project index.
    pub shortfalls: Vec<Shortfall>,
    /// Entries of `conflicts` and `existing` ignored for an invalid index.
    pub ignored_pairs: usize,
}

/// A project that ends with fewer judges than wanted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Shortfall {
    /// Project index.
    pub project: usize,
    /// Judges it has after the plan, existing ones included.
    pub has: u32,
    /// Judges wanted (`per_project`).
    pub wanted: u32,
    /// Why no more judges could be given.
    pub reason: ShortfallReason,
}

/// Why a project is short of judges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ShortfallReason {
    /// Fewer eligible judges than it still needs: judges that are available
    /// with a non-zero cap, not conflicted and not already on the project.
    TooFewEligibleJudges {
        /// Number of eligible judges.
        eligible: u32,
    },
    /// Enough eligible judges, but those not on it are all at their cap
    /// (in every plan with maximum coverage).
    JudgesFull,
}

/// Assigns judges to projects; see the [module documentation](self).
///
/// Pure and deterministic: the same input gives the same plan. Never panics;
/// an empty input gives an empty plan.
pub fn plan(input: &AssignmentInput) -> Plan {
    plan_with(input, Tuning::DEFAULT)
}

/// Knobs of the candidate sparsification; they change speed, never the
/// optimum.
#[derive(Debug, Clone, Copy)]
struct Tuning {
    /// Language-matching candidates per project: `need * factor + extra`.
    match_factor: u32,
    match_extra: u32,
    /// Other candidates per project: `need * other_factor + other_extra`.
    other_factor: u32,
    other_extra: u32,
    /// Priced-in pairs added per judge and round.
    per_judge: usize,
    /// Smallest candidate pool per language (low-load judges first).
    pool_least: usize,
}

impl Tuning {
    const DEFAULT: Self = Self {
        match_factor: 2,
        match_extra: 2,
        other_factor: 1,
        other_extra: 0,
        per_judge: 8,
        pool_least: 64,
    };

    fn matching(self, need: u32) -> usize {
        need.saturating_mul(self.match_factor)
            .saturating_add(self.match_extra) as usize
    }

    fn other(self, need: u32) -> usize {
        need.saturating_mul(self.other_factor)
            .saturating_add(self.other_extra) as usize
    }
}

/// Lexicographic cost: unmet slots, then language mismatches, then balance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
struct Cost {
    unmet: i64,
    mismatch: i64,
    balance: i64,
}

const ZERO: Cost = Cost {
    unmet: 0,
    mismatch: 0,
    balance: 0,
};
const INF: Cost = Cost {
    unmet: i64::MAX,
    mismatch: i64::MAX,
    balance: i64::MAX,
};
const UNMET: Cost = Cost {
    unmet: 1,
    mismatch: 0,
    balance: 0,
};
const MISMATCH: Cost = Cost {
    unmet: 0,
    mismatch: 1,
    balance: 0,
};

impl Cost {
    fn mismatch(m: i64) -> Self {
        Self {
            unmet: 0,
            mismatch: m,
            balance: 0,
        }
    }

    fn balance(b: i64) -> Self {
        Self {
            unmet: 0,
            mismatch: 0,
            balance: b,
        }
    }
}

impl Add for Cost {
    type Output = Self;
    fn add(self, o: Self) -> Self {
        Self {
            unmet: self.unmet + o.unmet,
            mismatch: self.mismatch + o.mismatch,
            balance: self.balance + o.balance,
        }
    }
}

impl Sub for Cost {
    type Output = Self;
    fn sub(self, o: Self) -> Self {
        Self {
            unmet: self.unmet - o.unmet,
            mismatch: self.mismatch - o.mismatch,
            balance: self.balance - o.balance,
        }
    }
}

impl Neg for Cost {
    type Output = Self;
    fn neg(self) -> Self {
        ZERO - self
    }
}

/// Packed candidate edge: `judge << 2 | mismatch << 1 | flow`.
const FLOW: u32 = 1;
const MM: u32 = 2;

fn edge_judge(x: u32) -> usize {
    (x >> 2) as usize
}

fn edge_mismatch(x: u32) -> i64 {
    i64::from((x >> 1) & 1)
}

fn pack(judge: usize, mismatch: bool) -> u32 {
    // judge < MAX_ENTITIES = 2^29, so the shift cannot overflow.
    ((judge as u32) << 2) | if mismatch { MM } else { 0 }
}

/// Deterministic 64-bit mix (SplitMix64 finaliser) of two words.
fn mix(a: u64, b: u64) -> u64 {
    let mut z = a
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .wrapping_add(b)
        .wrapping_add(0x632B_E59B_D9B4_E019);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Pairs grouped by project (counting sort), judges sorted per project.
struct Grouped {
    start: Vec<usize>,
    judge: Vec<u32>,
}

impl Grouped {
    fn new(pairs: &[(usize, usize)], np: usize, nj: usize, ignored: &mut usize) -> Self {
        let mut start = vec![0usize; np + 1];
        for &(p, j) in pairs {
            if p < np && j < nj {
                start[p + 1] += 1;
            } else {
                *ignored += 1;
            }
        }
        for i in 0..np {
            start[i + 1] += start[i];
        }
        let mut fill = start.clone();
        let mut judge = vec![0u32; start[np]];
        for &(p, j) in pairs {
            if p < np && j < nj {
                judge[fill[p]] = j as u32;
                fill[p] += 1;
            }
        }
        for i in 0..np {
            judge[start[i]..start[i + 1]].sort_unstable();
        }
        Self { start, judge }
    }

    fn of(&self, p: usize) -> &[u32] {
        &self.judge[self.start[p]..self.start[p + 1]]
    }

    fn contains(&self, p: usize, j: u32) -> bool {
        self.of(p).binary_search(&j).is_ok()
    }
}

/// Set of judges with O(1) reset.
struct Marker {
    mark: Vec<u64>,
    epoch: u64,
}

impl Marker {
    fn new(n: usize) -> Self {
        Self {
            mark: vec![0; n],
            epoch: 0,
        }
    }

    fn clear(&mut self) {
        self.epoch += 1;
    }

    /// Marks `j`; true if it was not marked yet.
    fn insert(&mut self, j: usize) -> bool {
        if self.mark[j] == self.epoch {
            false
        } else {
            self.mark[j] = self.epoch;
            true
        }
    }

    fn contains(&self, j: usize) -> bool {
        self.mark[j] == self.epoch
    }
}

/// The flow network over the candidate edges. Nodes: projects `0..np`,
/// judges `np..np + nj`, sink `t = np + nj`.
///
/// Arcs of a project: its candidate edges (residual when unused), then its
/// "unmet" arc to the sink. Arcs of a judge: the reverses of its used
/// candidate edges, then its convex arc to the sink (residual while below
/// its cap, at the marginal cost of the next unit). Arcs of the sink: the
/// reverse convex arc of every judge with new load, then the reverse unmet
/// arc of every project with unmet units.
struct Net {
    np: usize,
    nj: usize,
    t: usize,
    /// Project-side CSR of candidate edges (packed, sorted by judge).
    pstart: Vec<usize>,
    edges: Vec<u32>,
    /// Project of each edge.
    eproj: Vec<u32>,
    /// Judge-side CSR: edge ids.
    jstart: Vec<usize>,
    jedge: Vec<u32>,
    /// Per project: capacity and flow of the "unmet" arc to the sink.
    dcap: Vec<u32>,
    dflow: Vec<u32>,
    /// Per judge: remaining capacity, existing load, new load.
    rem: Vec<u32>,
    load0: Vec<u32>,
    newload: Vec<u32>,
    /// Node supply not yet routed (positive: excess, negative: deficit).
    excess: Vec<i64>,
    /// Node potentials; every residual arc has non-negative reduced cost.
    pi: Vec<Cost>,
    dist: Vec<Cost>,
    done: Vec<bool>,
    level: Vec<u32>,
    cur: Vec<usize>,
    heap: BinaryHeap<Reverse<(Cost, u32)>>,
}

const NO_LEVEL: u32 = u32::MAX;

/// Dijkstra relaxation of `v` to tentative distance `nd`.
#[inline]
fn relax(
    dist: &mut [Cost],
    heap: &mut BinaryHeap<Reverse<(Cost, u32)>>,
    done: &[bool],
    nd: Cost,
    v: usize,
) {
    if !done[v] && nd < dist[v] {
        dist[v] = nd;
        heap.push(Reverse((nd, v as u32)));
    }
}

impl Net {
    /// Marginal balance cost of the judge's next unit (load `L` → `L + 1`
    /// costs `L`).
    fn up(&self, j: usize) -> Cost {
        Cost::balance(i64::from(self.load0[j]) + i64::from(self.newload[j]))
    }

    /// Cost of taking the judge's last new unit back (negated marginal).
    fn down(&self, j: usize) -> Cost {
        Cost::balance(1 - i64::from(self.load0[j]) - i64::from(self.newload[j]))
    }

    /// Calls `f(head, cost)` for every residual arc leaving `u`.
    #[inline]
    fn scan_out(&self, u: usize, mut f: impl FnMut(usize, Cost)) {
        let (np, t) = (self.np, self.t);
        if u < np {
            for &x in &self.edges[self.pstart[u]..self.pstart[u + 1]] {
                if x & FLOW == 0 {
                    f(np + edge_judge(x), Cost::mismatch(edge_mismatch(x)));
                }
            }
            if self.dflow[u] < self.dcap[u] {
                f(t, UNMET);
            }
        } else if u < t {
            let j = u - np;
            for &e in &self.jedge[self.jstart[j]..self.jstart[j + 1]] {
                let x = self.edges[e as usize];
                if x & FLOW != 0 {
                    f(
                        self.eproj[e as usize] as usize,
                        Cost::mismatch(-edge_mismatch(x)),
                    );
                }
            }
            if self.newload[j] < self.rem[j] {
                f(t, self.up(j));
            }
        } else {
            for j in 0..self.nj {
                if self.newload[j] > 0 {
                    f(np + j, self.down(j));
                }
            }
            for i in 0..np {
                if self.dflow[i] > 0 {
                    f(i, -UNMET);
                }
            }
        }
    }

    /// Calls `f(tail, cost)` for every residual arc entering `v`.
    #[inline]
    fn scan_in(&self, v: usize, mut f: impl FnMut(usize, Cost)) {
        let (np, t) = (self.np, self.t);
        if v == t {
            for j in 0..self.nj {
                if self.newload[j] < self.rem[j] {
                    f(np + j, self.up(j));
                }
            }
            for i in 0..np {
                if self.dflow[i] < self.dcap[i] {
                    f(i, UNMET);
                }
            }
        } else if v >= np {
            let j = v - np;
            for &e in &self.jedge[self.jstart[j]..self.jstart[j + 1]] {
                let x = self.edges[e as usize];
                if x & FLOW == 0 {
                    f(
                        self.eproj[e as usize] as usize,
                        Cost::mismatch(edge_mismatch(x)),
                    );
                }
            }
            if self.newload[j] > 0 {
                f(t, self.down(j));
            }
        } else {
            for &x in &self.edges[self.pstart[v]..self.pstart[v + 1]] {
                if x & FLOW != 0 {
                    f(np + edge_judge(x), Cost::mismatch(-edge_mismatch(x)));
                }
            }
            if self.dflow[v] > 0 {
                f(t, -UNMET);
            }
        }
    }

    /// Residual capacity of arc `k` of node `u` (see [`Net`] for the order).
    fn residual(&self, u: usize, k: usize) -> u32 {
        if u < self.np {
            let s = self.pstart[u];
            if k < self.pstart[u + 1] - s {
                u32::from(self.edges[s + k] & FLOW == 0)
            } else {
                self.dcap[u] - self.dflow[u]
            }
        } else if u < self.t {
            let j = u - self.np;
            let s = self.jstart[j];
            if k < self.jstart[j + 1] - s {
                u32::from(self.edges[self.jedge[s + k] as usize] & FLOW != 0)
            } else {
                u32::from(self.newload[j] < self.rem[j])
            }
        } else if k < self.nj {
            u32::from(self.newload[k] > 0)
        } else {
            self.dflow[k - self.nj]
        }
    }

    /// Pushes `amt` units along arc `k` of node `u` (within its residual).
    fn push(&mut self, u: usize, k: usize, amt: u32) {
        if u < self.np {
            let s = self.pstart[u];
            if k < self.pstart[u + 1] - s {
                self.edges[s + k] |= FLOW;
            } else {
                self.dflow[u] += amt;
            }
        } else if u < self.t {
            let j = u - self.np;
            let s = self.jstart[j];
            if k < self.jstart[j + 1] - s {
                let e = self.jedge[s + k] as usize;
                self.edges[e] &= !FLOW;
            } else {
                self.newload[j] += 1;
            }
        } else if k < self.nj {
            self.newload[k] -= 1;
        } else {
            self.dflow[k - self.nj] -= amt;
        }
    }

    /// Advances `cur[v]` to the next admissible arc of `v` in the level
    /// graph (residual, next level, zero reduced cost); returns its head.
    fn next_admissible(&mut self, v: usize) -> Option<usize> {
        let (np, nj, t) = (self.np, self.nj, self.t);
        let want = self.level[v].wrapping_add(1);
        let base = self.pi[v];
        let mut k = self.cur[v];
        let mut hit = None;
        if v < np {
            let s = self.pstart[v];
            let len = self.pstart[v + 1] - s;
            while k < len {
                let x = self.edges[s + k];
                if x & FLOW == 0 {
                    let w = np + edge_judge(x);
                    if self.level[w] == want
                        && base + Cost::mismatch(edge_mismatch(x)) == self.pi[w]
                    {
                        hit = Some(w);
                        break;
                    }
                }
                k += 1;
            }
            if hit.is_none() && k == len {
                if self.dflow[v] < self.dcap[v]
                    && self.level[t] == want
                    && base + UNMET == self.pi[t]
                {
                    hit = Some(t);
                } else {
                    k += 1;
                }
            }
        } else if v < t {
            let j = v - np;
            let s = self.jstart[j];
            let len = self.jstart[j + 1] - s;
            while k < len {
                let e = self.jedge[s + k] as usize;
                let x = self.edges[e];
                if x & FLOW != 0 {
                    let w = self.eproj[e] as usize;
                    if self.level[w] == want
                        && base - Cost::mismatch(edge_mismatch(x)) == self.pi[w]
                    {
                        hit = Some(w);
                        break;
                    }
                }
                k += 1;
            }
            if hit.is_none() && k == len {
                if self.newload[j] < self.rem[j]
                    && self.level[t] == want
                    && base + self.up(j) == self.pi[t]
                {
                    hit = Some(t);
                } else {
                    k += 1;
                }
            }
        } else {
            while k < nj {
                let w = np + k;
                if self.newload[k] > 0 && self.level[w] == want && base + self.down(k) == self.pi[w]
                {
                    hit = Some(w);
                    break;
                }
                k += 1;
            }
            while hit.is_none() && k < nj + np {
                let i = k - nj;
                if self.dflow[i] > 0 && self.level[i] == want && base - UNMET == self.pi[i] {
                    hit = Some(i);
                } else {
                    k += 1;
                }
            }
        }
        self.cur[v] = k;
        hit
    }

    /// Rebuilds `eproj` and the judge-side CSR from the project-side CSR.
    fn index_judges(&mut self) {
        let mut jstart = vec![0usize; self.nj + 1];
        for &x in &self.edges {
            jstart[edge_judge(x) + 1] += 1;
        }
        for j in 0..self.nj {
            jstart[j + 1] += jstart[j];
        }
        let mut fill = jstart.clone();
        let mut jedge = vec![0u32; self.edges.len()];
        let mut eproj = vec![0u32; self.edges.len()];
        for i in 0..self.np {
            let range = self.pstart[i]..self.pstart[i + 1];
            eproj[range.clone()].fill(i as u32);
            for e in range {
                let j = edge_judge(self.edges[e]);
                jedge[fill[j]] = e as u32;
                fill[j] += 1;
            }
        }
        self.jstart = jstart;
        self.jedge = jedge;
        self.eproj = eproj;
    }

    /// Min-cost routing of all excesses into deficits, keeping reduced-cost
    /// optimality (primal-dual: one Dijkstra, then a max-flow on the
    /// admissible subgraph, per phase).
    fn solve(&mut self) {
        while self.excess.iter().any(|&e| e > 0) {
            // A residual path from excess to deficit always exists (the
            // all-unmet flow is feasible), so both calls make progress; the
            // check only guards against looping on a broken invariant.
            if !self.dijkstra() || self.dinic() == 0 {
                break;
            }
        }
    }

    /// Multi-source Dijkstra on reduced costs from all excess nodes up to the
    /// nearest deficit node at distance `D`; then `pi += min(dist, D)`.
    fn dijkstra(&mut self) -> bool {
        let mut dist = std::mem::take(&mut self.dist);
        let mut done = std::mem::take(&mut self.done);
        let mut heap = std::mem::take(&mut self.heap);
        dist.fill(INF);
        done.fill(false);
        heap.clear();
        for (v, &e) in self.excess.iter().enumerate() {
            if e > 0 {
                dist[v] = ZERO;
                heap.push(Reverse((ZERO, v as u32)));
            }
        }
        let mut bound = None;
        while let Some(Reverse((d, u))) = heap.pop() {
            let u = u as usize;
            if done[u] {
                continue;
            }
            done[u] = true;
            if self.excess[u] < 0 {
                bound = Some(d);
                break;
            }
            let base = d + self.pi[u];
            let pi = &self.pi;
            self.scan_out(u, |v, c| {
                relax(&mut dist, &mut heap, &done, base + c - pi[v], v)
            });
        }
        if let Some(bound) = bound {
            for (p, &d) in self.pi.iter_mut().zip(&dist) {
                *p = *p + d.min(bound);
            }
        }
        self.dist = dist;
        self.done = done;
        self.heap = heap;
        bound.is_some()
    }

    /// Dinic max-flow from excess to deficit nodes on the admissible
    /// subgraph. Returns the units moved.
    fn dinic(&mut self) -> u64 {
        let mut moved = 0u64;
        let mut queue: Vec<u32> = Vec::new();
        let mut path: Vec<(usize, usize)> = Vec::new();
        loop {
            // BFS levels, up to the first level holding a deficit node.
            let mut level = std::mem::take(&mut self.level);
            level.fill(NO_LEVEL);
            queue.clear();
            for (v, &e) in self.excess.iter().enumerate() {
                if e > 0 {
                    level[v] = 0;
                    queue.push(v as u32);
                }
            }
            let sources = queue.len();
            let mut sink_level = NO_LEVEL;
            let mut head = 0;
            while head < queue.len() {
                let u = queue[head] as usize;
                head += 1;
                let next = level[u] + 1;
                if next > sink_level {
                    break;
                }
                let base = self.pi[u];
                let (pi, excess) = (&self.pi, &self.excess);
                self.scan_out(u, |v, c| {
                    if level[v] == NO_LEVEL && base + c == pi[v] {
                        level[v] = next;
                        if excess[v] < 0 {
                            sink_level = next;
                        } else {
                            queue.push(v as u32);
                        }
                    }
                });
            }
            // Nodes at or past the sink level lead to no deficit node.
            for &v in &queue[sources..] {
                if level[v as usize] >= sink_level {
                    level[v as usize] = NO_LEVEL;
                }
            }
            self.level = level;
            if sink_level == NO_LEVEL {
                return moved;
            }
            self.cur.fill(0);
            for &s in &queue[..sources] {
                let s = s as usize;
                while self.excess[s] > 0 && self.level[s] != NO_LEVEL {
                    path.clear();
                    let mut v = s;
                    let reached = loop {
                        if v != s && self.excess[v] < 0 {
                            break true;
                        }
                        match self.next_admissible(v) {
                            Some(w) => {
                                path.push((v, self.cur[v]));
                                v = w;
                            }
                            None => {
                                self.level[v] = NO_LEVEL;
                                match path.pop() {
                                    Some((p, _)) => {
                                        self.cur[p] += 1;
                                        v = p;
                                    }
                                    None => break false,
                                }
                            }
                        }
                    };
                    if !reached {
                        break;
                    }
                    let mut amt = self.excess[s].min(-self.excess[v]);
                    for &(u, k) in &path {
                        amt = amt.min(i64::from(self.residual(u, k)));
                    }
                    let amt = u32::try_from(amt).unwrap_or(u32::MAX);
                    for &(u, k) in &path {
                        self.push(u, k, amt);
                    }
                    self.excess[s] -= i64::from(amt);
                    self.excess[v] += i64::from(amt);
                    moved += u64::from(amt);
                }
            }
        }
    }

    /// Replaces the potentials by tighter valid ones for pricing: judges and
    /// sink by `pi - (distance to the sink)` (reverse Dijkstra on reduced
    /// costs, capped for nodes that cannot reach it), projects by the largest
    /// value their residual in-arcs allow.
    fn pricing_potentials(&mut self) {
        let (np, t) = (self.np, self.t);
        let mut dist = std::mem::take(&mut self.dist);
        let mut done = std::mem::take(&mut self.done);
        let mut heap = std::mem::take(&mut self.heap);
        dist.fill(INF);
        done.fill(false);
        heap.clear();
        dist[t] = ZERO;
        heap.push(Reverse((ZERO, t as u32)));
        while let Some(Reverse((d, v))) = heap.pop() {
            let v = v as usize;
            if done[v] {
                continue;
            }
            done[v] = true;
            // Residual arc u -> v: new distance d + cost + pi[u] - pi[v].
            let base = d - self.pi[v];
            let pi = &self.pi;
            self.scan_in(v, |u, c| {
                relax(&mut dist, &mut heap, &done, base + c + pi[u], u)
            });
        }
        let cap = dist
            .iter()
            .copied()
            .filter(|&d| d != INF)
            .max()
            .unwrap_or(ZERO);
        for (p, &d) in self.pi[np..].iter_mut().zip(&dist[np..]) {
            *p = *p - d.min(cap);
        }
        self.dist = dist;
        self.done = done;
        self.heap = heap;
        for i in 0..np {
            if self.dcap[i] == 0 {
                continue;
            }
            let mut best = INF;
            self.scan_in(i, |u, c| best = best.min(self.pi[u] + c));
            // A project with supply always has a residual in-arc; keep the
            // old (valid) value otherwise.
            if best != INF {
                self.pi[i] = best;
            }
        }
    }

    /// Adds candidate edges `(project, packed)` (sorted by project, then
    /// judge), each saturated: the project loses a unit, the judge gains one.
    /// Reduced-cost optimality holds again as each had negative reduced cost.
    fn add_saturated(&mut self, adds: &[(u32, u32)]) {
        let mut pstart = Vec::with_capacity(self.np + 1);
        let mut edges = Vec::with_capacity(self.edges.len() + adds.len());
        pstart.push(0);
        let mut a = 0;
        for i in 0..self.np {
            let s = edges.len();
            edges.extend_from_slice(&self.edges[self.pstart[i]..self.pstart[i + 1]]);
            while a < adds.len() && adds[a].0 as usize == i {
                let x = adds[a].1 | FLOW;
                edges.push(x);
                self.excess[i] -= 1;
                self.excess[self.np + edge_judge(x)] += 1;
                a += 1;
            }
            edges[s..].sort_unstable();
            pstart.push(edges.len());
        }
        self.pstart = pstart;
        self.edges = edges;
        self.index_judges();
    }

    /// Whether `(i, j)` is a candidate edge.
    fn has_edge(&self, i: usize, j: usize) -> bool {
        self.edges[self.pstart[i]..self.pstart[i + 1]]
            .binary_search_by(|&x| edge_judge(x).cmp(&j))
            .is_ok()
    }
}

/// Per-input facts shared by candidate generation, pricing and reporting.
struct Prep {
    np: usize,
    nj: usize,
    conflicts: Grouped,
    existing: Grouped,
    /// Dense language id of each project.
    plang: Vec<u32>,
    /// Number of dense languages.
    nl: usize,
    /// Judge-side CSR of dense language ids the judge reads.
    jlstart: Vec<usize>,
    jlang: Vec<u32>,
}

impl Prep {
    fn langs(&self, j: usize) -> &[u32] {
        &self.jlang[self.jlstart[j]..self.jlstart[j + 1]]
    }

    fn reads(&self, j: usize, l: u32) -> bool {
        self.langs(j).contains(&l)
    }

    fn blocked(&self, i: usize, j: u32) -> bool {
        self.conflicts.contains(i, j) || self.existing.contains(i, j)
    }
}

/// The low-load end of `pool` (sorted by existing load) that can absorb
/// `demand` units: judges whose load is at most one above the water level.
fn low_load_prefix(pool: &[u32], load0: &[u32], rem: &[u32], demand: u64, least: usize) -> usize {
    if pool.is_empty() {
        return 0;
    }
    let room = |w: u64| -> u64 {
        pool.iter()
            .map(|&j| {
                let (l, r) = (u64::from(load0[j as usize]), u64::from(rem[j as usize]));
                w.saturating_sub(l).min(r)
            })
            .sum()
    };
    let (mut lo, mut hi) = (0u64, u64::from(u32::MAX) * 2);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if room(mid) >= demand {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    let cut = pool.partition_point(|&j| u64::from(load0[j as usize]) <= lo + 1);
    cut.max(least.min(pool.len()))
}

/// Picks up to `want` unmarked judges of `pool` accepted by `ok`, spread
/// pseudo-randomly (deterministic in `seed`); marks and returns them.
fn pick(
    pool: &[u32],
    want: usize,
    seed: u64,
    scan_limit: usize,
    marker: &mut Marker,
    ok: impl Fn(usize) -> bool,
    mut take: impl FnMut(usize),
) {
    let len = pool.len();
    if len == 0 || want == 0 {
        return;
    }
    let mut got = 0;
    if len > 2 * want + 8 {
        for a in 0..4 * want as u64 {
            let j = pool[(mix(seed, a) % len as u64) as usize] as usize;
            if !marker.contains(j) && ok(j) {
                marker.insert(j);
                take(j);
                got += 1;
                if got == want {
                    return;
                }
            }
        }
    }
    let start = (mix(seed, u64::MAX) % len as u64) as usize;
    for step in 0..len.min(scan_limit) {
        let j = pool[(start + step) % len] as usize;
        if !marker.contains(j) && ok(j) {
            marker.insert(j);
            take(j);
            got += 1;
            if got == want {
                return;
            }
        }
    }
}

fn plan_with(input: &AssignmentInput, tune: Tuning) -> Plan {
    let np = input.projects.len().min(MAX_ENTITIES);
    let nj = input.judges.len().min(MAX_ENTITIES);
    let n = input.per_project;
    let mut ignored = 0;
    let conflicts = Grouped::new(&input.conflicts, np, nj, &mut ignored);
    let existing = Grouped::new(&input.existing, np, nj, &mut ignored);
    let mut marker = Marker::new(nj);

    // Existing load, deduplicated.
    let mut has0 = vec![0u32; np];
    let mut load0 = vec![0u32; nj];
    for (i, has) in has0.iter_mut().enumerate() {
        marker.clear();
        for &j in existing.of(i) {
            if marker.insert(j as usize) {
                *has += 1;
                load0[j as usize] += 1;
            }
        }
    }
    let cap_of = |j: usize| input.judges[j].cap.unwrap_or(input.default_cap);
    let usable: Vec<bool> = (0..nj)
        .map(|j| input.judges[j].available && cap_of(j) > 0)
        .collect();
    let max_load = u32::try_from(np).unwrap_or(u32::MAX);
    let rem: Vec<u32> = (0..nj)
        .map(|j| {
            if usable[j] {
                cap_of(j).saturating_sub(load0[j]).min(max_load)
            } else {
                0
            }
        })
        .collect();

    // Dense ids for the languages projects are written in.
    let mut lang_id = vec![u32::MAX; 1 << 16];
    let mut nl = 0usize;
    let plang: Vec<u32> = input.projects[..np]
        .iter()
        .map(|p| {
            let slot = &mut lang_id[usize::from(p.language)];
            if *slot == u32::MAX {
                *slot = nl as u32;
                nl += 1;
            }
            *slot
        })
        .collect();
    let mut jlstart = Vec::with_capacity(nj + 1);
    let mut jlang = Vec::new();
    jlstart.push(0);
    for jd in &input.judges[..nj] {
        let s = jlang.len();
        for &l in &jd.languages {
            let id = lang_id[usize::from(l)];
            if id != u32::MAX && !jlang[s..].contains(&id) {
                jlang.push(id);
            }
        }
        jlstart.push(jlang.len());
    }
    let prep = Prep {
        np,
        nj,
        conflicts,
        existing,
        plang,
        nl,
        jlstart,
        jlang,
    };

    // Per project: eligibility counts and flow demand.
    let room_total = rem.iter().filter(|&&r| r > 0).count() as u32;
    let usable_total = usable.iter().filter(|&&u| u).count() as u32;
    let mut eligible = vec![0u32; np];
    let mut dcap = vec![0u32; np];
    let mut demand = vec![0u64; nl];
    for i in 0..np {
        marker.clear();
        let (mut blocked_usable, mut blocked_room) = (0u32, 0u32);
        for &j in prep.conflicts.of(i).iter().chain(prep.existing.of(i)) {
            let j = j as usize;
            if marker.insert(j) {
                blocked_usable += u32::from(usable[j]);
                blocked_room += u32::from(rem[j] > 0);
            }
        }
        eligible[i] = usable_total - blocked_usable;
        // Units beyond the judges with room could never be placed.
        dcap[i] = n.saturating_sub(has0[i]).min(room_total - blocked_room);
        demand[prep.plang[i] as usize] += u64::from(dcap[i]);
    }

    // Candidate pools: judges with room, by existing load, low end only.
    let by_load = |a: &u32, b: &u32| load0[*a as usize].cmp(&load0[*b as usize]).then(a.cmp(b));
    let mut pool_start = Vec::with_capacity(nl + 1);
    let mut pools: Vec<u32> = Vec::new();
    {
        let mut readers: Vec<Vec<u32>> = vec![Vec::new(); nl];
        for (j, &r) in rem.iter().enumerate() {
            if r > 0 {
                for &l in prep.langs(j) {
                    readers[l as usize].push(j as u32);
                }
            }
        }
        pool_start.push(0);
        for (l, mut r) in readers.into_iter().enumerate() {
            r.sort_unstable_by(by_load);
            let keep = low_load_prefix(&r, &load0, &rem, demand[l] * 3 / 2 + 1, tune.pool_least);
            pools.extend_from_slice(&r[..keep]);
            pool_start.push(pools.len());
        }
    }
    let mut all: Vec<u32> = (0..nj as u32).filter(|&j| rem[j as usize] > 0).collect();
    all.sort_unstable_by(by_load);
    let total_demand: u64 = demand.iter().sum();
    all.truncate(low_load_prefix(
        &all,
        &load0,
        &rem,
        total_demand * 3 / 2 + 1,
        tune.pool_least.saturating_mul(4),
    ));

    // Initial candidates.
    let mut pstart = Vec::with_capacity(np + 1);
    let mut edges: Vec<u32> = Vec::new();
    pstart.push(0);
    for (i, &need) in dcap.iter().enumerate() {
        if need > 0 {
            marker.clear();
            for &j in prep.conflicts.of(i).iter().chain(prep.existing.of(i)) {
                marker.insert(j as usize);
            }
            let s = edges.len();
            let l = prep.plang[i];
            let pool = &pools[pool_start[l as usize]..pool_start[l as usize + 1]];
            let want = tune.matching(need);
            let seed = i as u64;
            pick(
                pool,
                want,
                seed,
                usize::MAX,
                &mut marker,
                |_| true,
                |j| {
                    edges.push(pack(j, false));
                },
            );
            let want = tune.other(need);
            let limit = want.saturating_mul(8).saturating_add(64);
            let seed = mix(seed, 1);
            pick(
                &all,
                want,
                seed,
                limit,
                &mut marker,
                |j| !prep.reads(j, l),
                |j| {
                    edges.push(pack(j, true));
                },
            );
            edges[s..].sort_unstable();
        }
        pstart.push(edges.len());
    }
    drop(pools);
    drop(all);

    let v = np + nj + 1;
    let mut excess: Vec<i64> = dcap.iter().map(|&d| i64::from(d)).collect();
    excess.resize(v, 0);
    excess[np + nj] = -dcap.iter().map(|&d| i64::from(d)).sum::<i64>();
    let mut net = Net {
        np,
        nj,
        t: np + nj,
        pstart,
        edges,
        eproj: Vec::new(),
        jstart: Vec::new(),
        jedge: Vec::new(),
        dflow: vec![0; np],
        dcap,
        rem,
        load0,
        newload: vec![0; nj],
        excess,
        pi: vec![ZERO; v],
        dist: vec![INF; v],
        done: vec![false; v],
        level: vec![NO_LEVEL; v],
        cur: vec![0; v],
        heap: BinaryHeap::new(),
    };
    net.index_judges();

    // Optimal on the candidates, then price the rest of the full graph in
    // rounds until no pair has negative reduced cost. Every round adds at
    // least one new pair, so this ends.
    net.solve();
    loop {
        net.pricing_potentials();
        let adds = price(&net, &prep, tune.per_judge.max(1));
        if adds.is_empty() {
            break;
        }
        net.add_saturated(&adds);
        net.solve();
    }

    // Report.
    let mut new = Vec::new();
    let mut language_matches = 0;
    let mut shortfalls = Vec::new();
    for i in 0..np {
        let mut got = 0u32;
        for &x in &net.edges[net.pstart[i]..net.pstart[i + 1]] {
            if x & FLOW != 0 {
                new.push((i, edge_judge(x)));
                got += 1;
                language_matches += usize::from(x & MM == 0);
            }
        }
        let has = has0[i] + got;
        if has < n {
            let need = n - has0[i];
            let reason = if eligible[i] < need {
                ShortfallReason::TooFewEligibleJudges {
                    eligible: eligible[i],
                }
            } else {
                ShortfallReason::JudgesFull
            };
            shortfalls.push(Shortfall {
                project: i,
                has,
                wanted: n,
                reason,
            });
        }
    }
    let mut load: Vec<u32> = (0..nj).map(|j| net.load0[j] + net.newload[j]).collect();
    load.resize(input.judges.len(), 0);
    Plan {
        new,
        load,
        language_matches,
        shortfalls,
        ignored_pairs: ignored,
    }
}

/// Eligible pairs outside the candidate set with negative reduced cost
/// under the current potentials, sorted by project then judge.
///
/// Judge-centric: every judge with room takes up to `quota` violating
/// projects, from each language's projects sorted by potential; a cursor
/// per language rotates so that judges pick different projects. If any
/// violating pair exists, at least one is returned.
fn price(net: &Net, prep: &Prep, quota: usize) -> Vec<(u32, u32)> {
    let (np, nl) = (prep.np, prep.nl);
    let pi = &net.pi;
    // Projects with demand, per language, by potential ascending.
    let mut lstart = vec![0usize; nl + 1];
    for i in 0..np {
        if net.dcap[i] > 0 {
            lstart[prep.plang[i] as usize + 1] += 1;
        }
    }
    for l in 0..nl {
        lstart[l + 1] += lstart[l];
    }
    let mut fill = lstart.clone();
    let mut order = vec![0u32; lstart[nl]];
    for i in 0..np {
        if net.dcap[i] > 0 {
            let l = prep.plang[i] as usize;
            order[fill[l]] = i as u32;
            fill[l] += 1;
        }
    }
    for l in 0..nl {
        order[lstart[l]..lstart[l + 1]]
            .sort_unstable_by(|&a, &b| pi[a as usize].cmp(&pi[b as usize]).then(a.cmp(&b)));
    }
    // Languages by their lowest project potential, for mismatched pricing.
    let mut langs: Vec<(Cost, u32)> = (0..nl)
        .filter(|&l| lstart[l] < lstart[l + 1])
        .map(|l| (pi[order[lstart[l]] as usize], l as u32))
        .collect();
    langs.sort_unstable();

    let mut cursor = vec![0usize; nl];
    let mut adds = Vec::new();
    for j in 0..prep.nj {
        if net.rem[j] == 0 {
            continue;
        }
        let pj = pi[np + j];
        let mut left = quota;
        // Pair (i, j) violates iff pi[i] + cost(i, j) < pi[j].
        let mut take = |l: usize, bound: Cost, mismatch: bool, left: &mut usize| {
            let seg = &order[lstart[l]..lstart[l + 1]];
            let k = seg.partition_point(|&i| pi[i as usize] < bound);
            if k == 0 {
                return;
            }
            let start = cursor[l] % k;
            let mut step = 0;
            while step < k && *left > 0 {
                let i = seg[(start + step) % k] as usize;
                step += 1;
                if !prep.blocked(i, j as u32) && !net.has_edge(i, j) {
                    adds.push((i as u32, pack(j, mismatch)));
                    *left -= 1;
                }
            }
            cursor[l] = start + step;
        };
        for &l in prep.langs(j) {
            take(l as usize, pj, false, &mut left);
        }
        let bound = pj - MISMATCH;
        for &(low, l) in &langs {
            if left == 0 || low >= bound {
                break;
            }
            if !prep.reads(j, l) {
                take(l as usize, bound, true, &mut left);
            }
        }
    }
    adds.sort_unstable();
    adds
}

#[cfg(test)]
// The reference solvers are written as plain index loops on purpose.
#[allow(clippy::needless_range_loop)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeSet;

    fn judge(languages: &[u16]) -> JudgeSlot {
        JudgeSlot::new(languages.to_vec())
    }

    fn projects(langs: &[u16]) -> Vec<ProjectSlot> {
        langs
            .iter()
            .map(|&language| ProjectSlot { language })
            .collect()
    }

    /// Tunings that force the lazy pricing to do all the work.
    const SPARSE: Tuning = Tuning {
        match_factor: 0,
        match_extra: 1,
        other_factor: 0,
        other_extra: 0,
        per_judge: 1,
        pool_least: 64,
    };
    const EMPTY: Tuning = Tuning {
        match_factor: 0,
        match_extra: 0,
        other_factor: 0,
        other_extra: 0,
        per_judge: 2,
        pool_least: 64,
    };
    /// Few candidates from tiny low-load pools: exercises the pseudo-random
    /// picks and the pool trimming on small events.
    const NARROW: Tuning = Tuning {
        match_factor: 1,
        match_extra: 0,
        other_factor: 0,
        other_extra: 1,
        per_judge: 1,
        pool_least: 0,
    };

    /// Independent view of an instance: the full eligible edge set.
    struct Full {
        need: Vec<u32>,
        has0: Vec<u32>,
        load0: Vec<u32>,
        rem: Vec<u32>,
        caps: Vec<u32>,
        /// (project, judge, mismatch) for every eligible pair.
        pairs: Vec<(usize, usize, bool)>,
        eligible: Vec<u32>,
        conflicts: BTreeSet<(usize, usize)>,
        existing: BTreeSet<(usize, usize)>,
    }

    fn full(input: &AssignmentInput) -> Full {
        let np = input.projects.len();
        let nj = input.judges.len();
        let valid = |&&(p, j): &&(usize, usize)| p < np && j < nj;
        let conflicts: BTreeSet<_> = input.conflicts.iter().filter(valid).copied().collect();
        let existing: BTreeSet<_> = input.existing.iter().filter(valid).copied().collect();
        let mut has0 = vec![0u32; np];
        let mut load0 = vec![0u32; nj];
        for &(p, j) in &existing {
            has0[p] += 1;
            load0[j] += 1;
        }
        let caps: Vec<u32> = input
            .judges
            .iter()
            .map(|j| j.cap.unwrap_or(input.default_cap))
            .collect();
        let usable: Vec<bool> = (0..nj)
            .map(|j| input.judges[j].available && caps[j] > 0)
            .collect();
        let rem: Vec<u32> = (0..nj)
            .map(|j| {
                if usable[j] {
                    caps[j].saturating_sub(load0[j])
                } else {
                    0
                }
            })
            .collect();
        let mut pairs = Vec::new();
        let mut eligible = vec![0u32; np];
        for p in 0..np {
            for j in 0..nj {
                let free = !conflicts.contains(&(p, j)) && !existing.contains(&(p, j));
                if usable[j] && free {
                    eligible[p] += 1;
                    if rem[j] > 0 {
                        let mm = !input.judges[j]
                            .languages
                            .contains(&input.projects[p].language);
                        pairs.push((p, j, mm));
                    }
                }
            }
        }
        let need = has0
            .iter()
            .map(|&h| input.per_project.saturating_sub(h))
            .collect();
        Full {
            need,
            has0,
            load0,
            rem,
            caps,
            pairs,
            eligible,
            conflicts,
            existing,
        }
    }

    /// Plain Ford-Fulkerson (DFS augmenting paths) on a capacity matrix.
    fn reference_max_flow(f: &Full) -> u64 {
        let np = f.need.len();
        let nj = f.rem.len();
        let (s, t) = (np + nj, np + nj + 1);
        let v = np + nj + 2;
        let mut cap = vec![vec![0i64; v]; v];
        for p in 0..np {
            cap[s][p] = i64::from(f.need[p]);
        }
        for &(p, j, _) in &f.pairs {
            cap[p][np + j] = 1;
        }
        for j in 0..nj {
            cap[np + j][t] = i64::from(f.rem[j]);
        }
        fn dfs(u: usize, t: usize, cap: &mut [Vec<i64>], seen: &mut [bool]) -> bool {
            if u == t {
                return true;
            }
            seen[u] = true;
            for w in 0..cap.len() {
                if cap[u][w] > 0 && !seen[w] && dfs(w, t, cap, seen) {
                    cap[u][w] -= 1;
                    cap[w][u] += 1;
                    return true;
                }
            }
            false
        }
        let mut flow = 0;
        loop {
            let mut seen = vec![false; v];
            if !dfs(s, t, &mut cap, &mut seen) {
                return flow;
            }
            flow += 1;
        }
    }

    /// Bellman-Ford successive shortest paths (min-cost max-flow) with one
    /// parallel arc per load level. Returns (flow, mismatches, balance).
    fn reference_min_cost(f: &Full) -> (u64, i64, i64) {
        const BIG: i64 = 1_000_000;
        let np = f.need.len();
        let nj = f.rem.len();
        let (s, t) = (np + nj, np + nj + 1);
        let v = np + nj + 2;
        // Edge list with paired reverse edges: (to, cap, cost).
        let mut to = Vec::new();
        let mut cap = Vec::new();
        let mut cost = Vec::new();
        let mut from = Vec::new();
        let mut add = |a: usize, b: usize, c: i64, w: i64| {
            from.push(a);
            to.push(b);
            cap.push(c);
            cost.push(w);
            from.push(b);
            to.push(a);
            cap.push(0);
            cost.push(-w);
        };
        for p in 0..np {
            add(s, p, i64::from(f.need[p]), 0);
        }
        for &(p, j, mm) in &f.pairs {
            add(p, np + j, 1, if mm { BIG } else { 0 });
        }
        for j in 0..nj {
            for k in 0..f.rem[j] {
                add(np + j, t, 1, i64::from(f.load0[j] + k));
            }
        }
        let (mut flow, mut total) = (0u64, 0i64);
        loop {
            let mut dist = vec![i64::MAX; v];
            let mut via = vec![usize::MAX; v];
            dist[s] = 0;
            let mut changed = true;
            while changed {
                changed = false;
                for e in 0..to.len() {
                    let a = from[e];
                    if cap[e] > 0 && dist[a] != i64::MAX && dist[a] + cost[e] < dist[to[e]] {
                        dist[to[e]] = dist[a] + cost[e];
                        via[to[e]] = e;
                        changed = true;
                    }
                }
            }
            if dist[t] == i64::MAX {
                break;
            }
            let mut x = t;
            while x != s {
                let e = via[x];
                cap[e] -= 1;
                cap[e ^ 1] += 1;
                x = from[e];
            }
            flow += 1;
            total += dist[t];
        }
        (flow, total / BIG, total % BIG)
    }

    fn balance_cost(plan: &Plan, f: &Full) -> i64 {
        (0..f.rem.len())
            .map(|j| (f.load0[j]..plan.load[j]).map(i64::from).sum::<i64>())
            .sum()
    }

    /// Checks every hard rule and the optimality of all three objectives.
    fn check(input: &AssignmentInput, plan: &Plan) -> Result<(), TestCaseError> {
        let f = full(input);
        let np = input.projects.len();
        let nj = input.judges.len();
        let n = input.per_project;
        let eligible: BTreeSet<(usize, usize)> = f.pairs.iter().map(|&(p, j, _)| (p, j)).collect();
        let mut seen = BTreeSet::new();
        let mut per_project = vec![0u32; np];
        let mut per_judge = vec![0u32; nj];
        let mut matches = 0;
        for &(p, j) in &plan.new {
            prop_assert!(p < np && j < nj);
            prop_assert!(seen.insert((p, j)), "duplicate new pair");
            prop_assert!(!f.conflicts.contains(&(p, j)), "conflict assigned");
            prop_assert!(!f.existing.contains(&(p, j)), "existing repeated");
            prop_assert!(input.judges[j].available, "unavailable judge");
            prop_assert!(eligible.contains(&(p, j)));
            per_project[p] += 1;
            per_judge[j] += 1;
            if input.judges[j]
                .languages
                .contains(&input.projects[p].language)
            {
                matches += 1;
            }
        }
        prop_assert!(plan.new.windows(2).all(|w| w[0] < w[1]), "not sorted");
        prop_assert_eq!(plan.language_matches, matches);
        prop_assert_eq!(plan.load.len(), nj);
        for j in 0..nj {
            prop_assert_eq!(plan.load[j], f.load0[j] + per_judge[j]);
            if per_judge[j] > 0 {
                prop_assert!(plan.load[j] <= f.caps[j], "judge over cap");
            }
        }
        for p in 0..np {
            prop_assert!(per_project[p] <= f.need[p], "project over-assigned");
        }
        // Objective 1: coverage equals an independent max-flow.
        let coverage = plan.new.len() as u64;
        prop_assert_eq!(coverage, reference_max_flow(&f));
        // Objectives 2 and 3 equal an independent min-cost max-flow.
        let (ref_flow, ref_mm, ref_balance) = reference_min_cost(&f);
        prop_assert_eq!(coverage, ref_flow);
        prop_assert_eq!(
            (plan.new.len() - matches) as i64,
            ref_mm,
            "language matches"
        );
        prop_assert_eq!(balance_cost(plan, &f), ref_balance, "balance");
        // Shortfalls: exactly the short projects, with the right reason.
        let mut expected = Vec::new();
        for p in 0..np {
            let has = f.has0[p] + per_project[p];
            if has < n {
                let reason = if f.eligible[p] < f.need[p] {
                    ShortfallReason::TooFewEligibleJudges {
                        eligible: f.eligible[p],
                    }
                } else {
                    ShortfallReason::JudgesFull
                };
                expected.push(Shortfall {
                    project: p,
                    has,
                    wanted: n,
                    reason,
                });
            }
        }
        prop_assert_eq!(&plan.shortfalls, &expected);
        let bad = input
            .conflicts
            .iter()
            .chain(&input.existing)
            .filter(|&&(p, j)| p >= np || j >= nj)
            .count();
        prop_assert_eq!(plan.ignored_pairs, bad);
        Ok(())
    }

    fn arb_input() -> impl Strategy<Value = AssignmentInput> {
        (0usize..=30, 0usize..=10, 0u32..=4, 0u32..=8).prop_flat_map(|(np, nj, n, cap)| {
            let judge = (
                prop::collection::vec(0u16..5, 0..=3),
                prop::option::weighted(0.3, 0u32..=8),
                prop::bool::weighted(0.85),
            )
                .prop_map(|(languages, cap, available)| JudgeSlot {
                    languages,
                    cap,
                    available,
                });
            (
                prop::collection::vec(0u16..4, np),
                prop::collection::vec(judge, nj),
                prop::collection::vec((0..np + 2, 0..nj + 2), 0..=60),
                prop::collection::vec((0..np + 2, 0..nj + 2), 0..=30),
            )
                .prop_map(move |(langs, judges, conflicts, existing)| {
                    AssignmentInput {
                        per_project: n,
                        default_cap: cap,
                        projects: projects(&langs),
                        judges,
                        conflicts,
                        existing,
                    }
                })
        })
    }

    /// Larger events with uneven existing load, so that pools get trimmed
    /// and candidates are picked pseudo-randomly.
    fn arb_wide_input() -> impl Strategy<Value = AssignmentInput> {
        (1usize..=40, 12usize..=40, 1u32..=3, 1u32..=10).prop_flat_map(|(np, nj, n, cap)| {
            let judge = (
                prop::collection::vec(0u16..3, 1..=2),
                prop::option::weighted(0.2, 0u32..=10),
                prop::bool::weighted(0.9),
            )
                .prop_map(|(languages, cap, available)| JudgeSlot {
                    languages,
                    cap,
                    available,
                });
            (
                prop::collection::vec(0u16..3, np),
                prop::collection::vec(judge, nj),
                prop::collection::vec((0..np, 0..nj), 0..=80),
                prop::collection::vec((0..np, 0..nj / 2), 0..=60),
            )
                .prop_map(move |(langs, judges, conflicts, existing)| {
                    AssignmentInput {
                        per_project: n,
                        default_cap: cap,
                        projects: projects(&langs),
                        judges,
                        conflicts,
                        existing,
                    }
                })
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn optimal_on_wider_events(input in arb_wide_input()) {
            let first = plan(&input);
            check(&input, &first)?;
            for tune in [NARROW, EMPTY] {
                check(&input, &plan_with(&input, tune))?;
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn optimal_and_valid(input in arb_input()) {
            let plan_default = plan(&input);
            check(&input, &plan_default)?;
            // Deterministic.
            prop_assert_eq!(&plan(&input), &plan_default);
            // The sparsification only changes speed: starting from one or
            // no candidate per project, pricing still reaches the optimum
            // (ties may be broken differently).
            for tune in [SPARSE, EMPTY, NARROW] {
                let other = plan_with(&input, tune);
                check(&input, &other)?;
                prop_assert_eq!(other.new.len(), plan_default.new.len());
                prop_assert_eq!(other.language_matches, plan_default.language_matches);
                let f = full(&input);
                prop_assert_eq!(balance_cost(&other, &f), balance_cost(&plan_default, &f));
            }
        }
    }

    #[test]
    fn empty_inputs() {
        let plan0 = plan(&AssignmentInput::default());
        assert_eq!(plan0, Plan::default());
        let only_judges = AssignmentInput {
            judges: vec![judge(&[0]); 3],
            ..AssignmentInput::default()
        };
        assert_eq!(plan(&only_judges).load, vec![0, 0, 0]);
        let only_projects = AssignmentInput {
            projects: projects(&[0, 1]),
            ..AssignmentInput::default()
        };
        let p = plan(&only_projects);
        assert!(p.new.is_empty());
        assert_eq!(p.shortfalls.len(), 2);
        assert_eq!(
            p.shortfalls[0].reason,
            ShortfallReason::TooFewEligibleJudges { eligible: 0 }
        );
    }

    #[test]
    fn balance_spreads_load() {
        let input = AssignmentInput {
            per_project: 1,
            projects: projects(&[7; 10]),
            judges: vec![judge(&[7]); 5],
            ..AssignmentInput::default()
        };
        let p = plan(&input);
        assert_eq!(p.new.len(), 10);
        assert_eq!(p.load, vec![2; 5]);
        assert_eq!(p.language_matches, 10);
        assert!(p.shortfalls.is_empty());
    }

    #[test]
    fn language_match_preferred_over_balance() {
        // Judge 0 reads the language; judge 1 does not. Matching wins even
        // though it loads judge 0 more.
        let input = AssignmentInput {
            per_project: 1,
            projects: projects(&[1, 1, 1]),
            judges: vec![judge(&[1]), judge(&[2])],
            ..AssignmentInput::default()
        };
        let p = plan(&input);
        assert_eq!(p.new, vec![(0, 0), (1, 0), (2, 0)]);
        assert_eq!(p.language_matches, 3);
        assert_eq!(p.load, vec![3, 0]);
    }

    #[test]
    fn coverage_beats_language() {
        // Two projects in language 1, one matching judge with cap 1 and a
        // non-matching one: both projects get a judge.
        let input = AssignmentInput {
            per_project: 1,
            projects: projects(&[1, 1]),
            judges: vec![
                JudgeSlot {
                    cap: Some(1),
                    ..judge(&[1])
                },
                judge(&[2]),
            ],
            ..AssignmentInput::default()
        };
        let p = plan(&input);
        assert_eq!(p.new.len(), 2);
        assert_eq!(p.language_matches, 1);
        assert!(p.shortfalls.is_empty());
    }

    #[test]
    fn all_conflicted_project_reports_too_few_eligible() {
        let input = AssignmentInput {
            projects: projects(&[0, 0]),
            judges: vec![judge(&[0]); 3],
            conflicts: vec![(0, 0), (0, 1), (0, 2), (0, 2)],
            ..AssignmentInput::default()
        };
        let p = plan(&input);
        assert_eq!(
            p.shortfalls,
            vec![Shortfall {
                project: 0,
                has: 0,
                wanted: 2,
                reason: ShortfallReason::TooFewEligibleJudges { eligible: 0 },
            }]
        );
        assert_eq!(p.new.iter().filter(|&&(proj, _)| proj == 1).count(), 2);
        assert!(p.new.iter().all(|&(proj, _)| proj == 1));
    }

    #[test]
    fn capacity_exhaustion_reports_judges_full() {
        // 3 projects × 2 judges = 6 slots, 3 judges with cap 1.
        let input = AssignmentInput {
            default_cap: 1,
            projects: projects(&[0, 0, 0]),
            judges: vec![judge(&[0]); 3],
            ..AssignmentInput::default()
        };
        let p = plan(&input);
        assert_eq!(p.new.len(), 3);
        assert_eq!(p.load, vec![1, 1, 1]);
        let short: u32 = p.shortfalls.iter().map(|s| s.wanted - s.has).sum();
        assert_eq!(short, 3);
        assert!(
            p.shortfalls
                .iter()
                .all(|s| s.reason == ShortfallReason::JudgesFull)
        );
    }

    #[test]
    fn per_judge_cap_override() {
        let input = AssignmentInput {
            per_project: 1,
            projects: projects(&[0; 30]),
            judges: vec![
                JudgeSlot {
                    cap: Some(10),
                    ..judge(&[0])
                },
                judge(&[0]),
            ],
            ..AssignmentInput::default()
        };
        let p = plan(&input);
        assert_eq!(p.new.len(), 30);
        assert_eq!(p.load, vec![10, 20]);
    }

    #[test]
    fn incremental_new_projects() {
        let judges = vec![judge(&[0]), judge(&[0, 1]), judge(&[1]), judge(&[0])];
        let first = AssignmentInput {
            projects: projects(&[0, 1, 0]),
            judges: judges.clone(),
            ..AssignmentInput::default()
        };
        let p1 = plan(&first);
        assert_eq!(p1.new.len(), 6);
        assert_eq!(p1.language_matches, 6);
        // Two projects published later; the first plan is now existing.
        let second = AssignmentInput {
            projects: projects(&[0, 1, 0, 1, 0]),
            judges,
            existing: p1.new.clone(),
            ..first
        };
        let p2 = plan(&second);
        assert!(p2.new.iter().all(|&(proj, _)| proj >= 3));
        assert_eq!(p2.new.len(), 4);
        assert_eq!(p2.language_matches, 4);
        assert!(p2.shortfalls.is_empty());
        // Loads count the existing pairs; 10 pairs over 4 judges.
        assert_eq!(p2.load.iter().sum::<u32>(), 10);
        assert!(p2.load.iter().all(|&l| (2..=3).contains(&l)));
        let all: BTreeSet<_> = p1.new.iter().chain(&p2.new).collect();
        assert_eq!(all.len(), 10);
    }

    #[test]
    fn drop_out_reassignment() {
        let mut input = AssignmentInput {
            projects: projects(&[0, 0, 0, 0]),
            judges: vec![judge(&[0]); 4],
            ..AssignmentInput::default()
        };
        let p1 = plan(&input);
        assert_eq!(p1.new.len(), 8);
        // Judge 2 drops out: its (unscored) assignments are removed and it
        // is marked unavailable.
        let lost: Vec<_> = p1.new.iter().filter(|&&(_, j)| j == 2).copied().collect();
        assert!(!lost.is_empty());
        input.existing = p1.new.iter().filter(|&&(_, j)| j != 2).copied().collect();
        input.judges[2].available = false;
        let p2 = plan(&input);
        assert_eq!(p2.new.len(), lost.len());
        assert!(p2.new.iter().all(|&(_, j)| j != 2));
        let mut got: Vec<usize> = p2.new.iter().map(|&(proj, _)| proj).collect();
        let mut want: Vec<usize> = lost.iter().map(|&(proj, _)| proj).collect();
        got.sort_unstable();
        want.sort_unstable();
        assert_eq!(got, want);
        assert!(p2.shortfalls.is_empty());
        assert_eq!(p2.load[2], 0);
        for &(proj, j) in &p2.new {
            assert!(!input.existing.contains(&(proj, j)));
        }
    }

    #[test]
    fn existing_assignments_count() {
        let input = AssignmentInput {
            projects: projects(&[0, 0]),
            judges: vec![judge(&[0]); 3],
            existing: vec![(0, 0), (0, 1), (0, 1), (1, 2)],
            ..AssignmentInput::default()
        };
        let p = plan(&input);
        assert!(p.new.iter().all(|&(proj, j)| proj == 1 && j != 2));
        assert_eq!(p.new.len(), 1);
        assert_eq!(p.load.iter().sum::<u32>(), 4);
    }

    #[test]
    fn invalid_indices_are_ignored() {
        let input = AssignmentInput {
            per_project: 1,
            projects: projects(&[0]),
            judges: vec![judge(&[0])],
            conflicts: vec![(5, 0), (0, 9), (usize::MAX, usize::MAX)],
            existing: vec![(1, 0)],
            ..AssignmentInput::default()
        };
        let p = plan(&input);
        assert_eq!(p.new, vec![(0, 0)]);
        assert_eq!(p.ignored_pairs, 4);
    }

    #[test]
    fn unavailable_and_zero_cap_judges_get_nothing() {
        let input = AssignmentInput {
            per_project: 3,
            projects: projects(&[0]),
            judges: vec![
                JudgeSlot {
                    available: false,
                    ..judge(&[0])
                },
                JudgeSlot {
                    cap: Some(0),
                    ..judge(&[0])
                },
                judge(&[0]),
            ],
            ..AssignmentInput::default()
        };
        let p = plan(&input);
        assert_eq!(p.new, vec![(0, 2)]);
        assert_eq!(
            p.shortfalls[0].reason,
            ShortfallReason::TooFewEligibleJudges { eligible: 1 }
        );
    }

    #[test]
    fn huge_per_project_does_not_hang() {
        let input = AssignmentInput {
            per_project: u32::MAX,
            default_cap: u32::MAX,
            projects: projects(&[0; 3]),
            judges: vec![judge(&[0]); 2],
            ..AssignmentInput::default()
        };
        let p = plan(&input);
        assert_eq!(p.new.len(), 6);
        assert_eq!(p.shortfalls.len(), 3);
    }
}
