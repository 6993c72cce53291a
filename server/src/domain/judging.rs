//! Judging: rubric marks, shortlist normalisation and ranking, award decisions and VIP
//! picks.
//!
//! Everything here is pure and deterministic. Inputs are sorted by id before any
//! floating-point sum is taken, so the same scores given in any order produce
//! bit-identical results. Project, judge, panel-member and category ids are generic so
//! the caller can use `uuid::Uuid` (or plain integers in tests).

use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::hash::Hash;
use std::num::IntErrorKind;

use serde::{Deserialize, Serialize};

// ---------------------------------------------------------------------------------------
// Marks and rubrics
// ---------------------------------------------------------------------------------------

/// One rubric mark: a whole number from 0 to 10 inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "u8")]
pub struct Mark(u8);

/// Why a mark was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum MarkError {
    /// Nothing (or only whitespace) was entered.
    #[error("a mark is required")]
    Empty,
    /// The input is not a whole number.
    #[error("a mark must be a whole number")]
    NotANumber,
    /// The number is outside 0–10.
    #[error("a mark must be between 0 and 10")]
    OutOfRange,
}

impl Mark {
    /// The lowest mark, 0.
    pub const MIN: Self = Self(0);
    /// The highest mark, 10.
    pub const MAX: Self = Self(10);

    /// A mark from a number, refused unless it is at most 10.
    ///
    /// # Errors
    /// [`MarkError::OutOfRange`] above 10.
    pub const fn new(value: u8) -> Result<Self, MarkError> {
        if value <= Self::MAX.0 {
            Ok(Self(value))
        } else {
            Err(MarkError::OutOfRange)
        }
    }

    /// A mark from form input. Surrounding whitespace is ignored; an optional sign is
    /// accepted (`"+7"`, `"-0"`), decimals are not.
    ///
    /// # Errors
    /// [`MarkError::Empty`] for blank input, [`MarkError::NotANumber`] for anything but
    /// a whole number, [`MarkError::OutOfRange`] outside 0–10.
    pub fn parse(input: &str) -> Result<Self, MarkError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(MarkError::Empty);
        }
        match trimmed.parse::<i64>() {
            Ok(value) => Self::try_from(value),
            Err(error) => match error.kind() {
                IntErrorKind::PosOverflow | IntErrorKind::NegOverflow => Err(MarkError::OutOfRange),
                _ => Err(MarkError::NotANumber),
            },
        }
    }

    /// The mark as a number, 0–10.
    pub const fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<i64> for Mark {
    type Error = MarkError;
    fn try_from(value: i64) -> Result<Self, Self::Error> {
        u8::try_from(value)
            .map_err(|_| MarkError::OutOfRange)
            .and_then(Self::new)
    }
}

impl From<Mark> for u8 {
    fn from(mark: Mark) -> Self {
        mark.0
    }
}

impl std::str::FromStr for Mark {
    type Err = MarkError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl fmt::Display for Mark {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A criterion of the shortlist rubric that volunteer judges fill in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Criterion {
    /// How cool the project is.
    Coolness,
    /// How technically complex the project is.
    Complexity,
    /// Presentation and communication.
    Presentation,
    /// Design and usability.
    Design,
}

impl Criterion {
    /// Every criterion, in display order.
    pub const ALL: [Self; 4] = [
        Self::Coolness,
        Self::Complexity,
        Self::Presentation,
        Self::Design,
    ];

    /// The `snake_case` identifier, as used in forms and serialised output.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Coolness => "coolness",
            Self::Complexity => "complexity",
            Self::Presentation => "presentation",
            Self::Design => "design",
        }
    }

    /// The Fluent key of the criterion's name, e.g. `rubric-coolness`.
    pub const fn name_key(self) -> &'static str {
        match self {
            Self::Coolness => "rubric-coolness",
            Self::Complexity => "rubric-complexity",
            Self::Presentation => "rubric-presentation",
            Self::Design => "rubric-design",
        }
    }
}

/// A volunteer judge's marks for one shortlisted project.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Rubric {
    /// Coolness.
    pub coolness: Mark,
    /// Complexity.
    pub complexity: Mark,
    /// Presentation and communication.
    pub presentation: Mark,
    /// Design and usability.
    pub design: Mark,
}

impl Rubric {
    /// The highest possible total, 40.
    pub const MAX_TOTAL: u8 = 40;

    /// The sum of the four marks, 0–40.
    pub const fn total(&self) -> u8 {
        self.coolness.0 + self.complexity.0 + self.presentation.0 + self.design.0
    }

    /// The mark given for one criterion.
    pub const fn mark(&self, criterion: Criterion) -> Mark {
        match criterion {
            Criterion::Coolness => self.coolness,
            Criterion::Complexity => self.complexity,
            Criterion::Presentation => self.presentation,
            Criterion::Design => self.design,
        }
    }
}

/// A criterion of the award rubric that the award panel fills in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AwardCriterion {
    /// Community impact.
    Impact,
    /// Alignment with the UN Sustainable Development Goals.
    Sdg,
    /// Technical achievement.
    Technical,
    /// Creativity.
    Creativity,
}

impl AwardCriterion {
    /// Every award criterion, in display order.
    pub const ALL: [Self; 4] = [Self::Impact, Self::Sdg, Self::Technical, Self::Creativity];

    /// The `snake_case` identifier, as used in forms and serialised output.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Impact => "impact",
            Self::Sdg => "sdg",
            Self::Technical => "technical",
            Self::Creativity => "creativity",
        }
    }

    /// The Fluent key of the criterion's name, e.g. `award-rubric-impact`.
    pub const fn name_key(self) -> &'static str {
        match self {
            Self::Impact => "award-rubric-impact",
            Self::Sdg => "award-rubric-sdg",
            Self::Technical => "award-rubric-technical",
            Self::Creativity => "award-rubric-creativity",
        }
    }
}

/// An award panel member's marks for one award candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AwardRubric {
    /// Community impact.
    pub impact: Mark,
    /// SDG alignment.
    pub sdg: Mark,
    /// Technical achievement.
    pub technical: Mark,
    /// Creativity.
    pub creativity: Mark,
}

impl AwardRubric {
    /// The highest possible total, 40.
    pub const MAX_TOTAL: u8 = 40;

    /// The sum of the four marks, 0–40.
    pub const fn total(&self) -> u8 {
        self.impact.0 + self.sdg.0 + self.technical.0 + self.creativity.0
    }

    /// The mark given for one criterion.
    pub const fn mark(&self, criterion: AwardCriterion) -> Mark {
        match criterion {
            AwardCriterion::Impact => self.impact,
            AwardCriterion::Sdg => self.sdg,
            AwardCriterion::Technical => self.technical,
            AwardCriterion::Creativity => self.creativity,
        }
    }
}

// ---------------------------------------------------------------------------------------
// Shortlist normalisation
// ---------------------------------------------------------------------------------------

/// Default prior weight `k`: how many pseudo-scores at the global mean and variance are
/// blended into each judge's own mean and variance.
pub const DEFAULT_PRIOR_WEIGHT: f64 = 5.0;

/// Default disagreement threshold: a project is flagged when its judges' z-scores span
/// more than this many standard deviations.
pub const DEFAULT_DISAGREEMENT_THRESHOLD: f64 = 1.5;

/// Standard deviations below this are treated as zero (all scores equal), so that
/// rounding noise in a mean never turns into a huge z-score.
const MIN_SD: f64 = 1e-9;

/// Tunables of [`normalise`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct NormalisationParams {
    /// Prior weight `k` (finite, ≥ 0). 0 disables shrinkage: plain per-judge z-scores.
    pub prior_weight: f64,
    /// Spread (max − min z) above which a project is flagged (≥ 0, may be infinite).
    pub disagreement_threshold: f64,
}

impl Default for NormalisationParams {
    fn default() -> Self {
        Self {
            prior_weight: DEFAULT_PRIOR_WEIGHT,
            disagreement_threshold: DEFAULT_DISAGREEMENT_THRESHOLD,
        }
    }
}

/// How one judge scored, before and after shrinkage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JudgeStats<J> {
    /// The judge.
    pub judge: J,
    /// How many projects the judge scored.
    pub score_count: usize,
    /// Mean of the judge's raw totals.
    pub raw_mean: f64,
    /// Population standard deviation of the judge's raw totals.
    pub raw_sd: f64,
    /// The mean used for z-scores: `(n·mean + k·global_mean) / (n + k)`.
    pub adjusted_mean: f64,
    /// The standard deviation used for z-scores: the square root of
    /// `(n·var + k·global_var) / (n + k)`, or the global one when that is zero, or 0 when
    /// every score in the round is equal (then every z is 0).
    pub adjusted_sd: f64,
}

/// One judge's score of one project, raw and normalised.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JudgeZ<J> {
    /// The judge.
    pub judge: J,
    /// The raw total the judge gave.
    pub raw_total: f64,
    /// The z-score against the judge's adjusted mean and sd.
    pub z: f64,
}

/// A project's normalised shortlist result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProjectNormalised<J, P> {
    /// The project.
    pub project: P,
    /// Mean of the raw totals its judges gave.
    pub raw_mean: f64,
    /// Mean of its judges' z-scores: the score the shortlist is ranked by.
    pub normalised_score: f64,
    /// How many judges scored it.
    pub judge_count: usize,
    /// Each judge's raw total and z-score, ordered by judge id.
    pub judges: Vec<JudgeZ<J>>,
    /// Max − min of its judges' z-scores (0 with a single judge).
    pub spread: f64,
    /// Whether `spread` exceeds the disagreement threshold.
    pub disagreement: bool,
}

/// The outcome of [`normalise`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Normalisation<J, P> {
    /// Number of scores in the round.
    pub score_count: usize,
    /// Mean of every raw total in the round (0 when there are none).
    pub global_mean: f64,
    /// Population standard deviation of every raw total in the round.
    pub global_sd: f64,
    /// Per-judge statistics, ordered by judge id.
    pub judges: Vec<JudgeStats<J>>,
    /// Per-project results, ordered by project id. Only projects with at least one
    /// score appear here.
    pub projects: Vec<ProjectNormalised<J, P>>,
}

/// Why [`normalise`] refused its input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NormaliseError<J, P> {
    /// A raw total is NaN or infinite.
    #[error("a raw total is not a finite number")]
    NonFiniteScore {
        /// The judge who gave it.
        judge: J,
        /// The project it was given to.
        project: P,
    },
    /// The same judge scored the same project more than once.
    #[error("a judge scored the same project more than once")]
    DuplicateScore {
        /// The judge.
        judge: J,
        /// The project.
        project: P,
    },
    /// The prior weight is negative, NaN or infinite.
    #[error("the prior weight must be a finite number ≥ 0")]
    InvalidPriorWeight,
    /// The disagreement threshold is negative or NaN.
    #[error("the disagreement threshold must be ≥ 0")]
    InvalidThreshold,
}

#[allow(clippy::cast_precision_loss)] // counts of scores are far below 2^52
fn count_f64(n: usize) -> f64 {
    n as f64
}

/// Mean and population variance, summed in slice order.
fn mean_var(values: impl Iterator<Item = f64> + Clone) -> (f64, f64) {
    let n = count_f64(values.clone().count());
    if n == 0.0 {
        return (0.0, 0.0);
    }
    let mean = values.clone().sum::<f64>() / n;
    let var = values.map(|x| (x - mean) * (x - mean)).sum::<f64>() / n;
    (mean, var)
}

/// Normalises a round of shortlist scores `(judge, project, raw_total)`.
///
/// Each judge's raw totals become z-scores against that judge's mean and standard
/// deviation, both shrunk toward the round's global mean and variance with a prior
/// weight of `k` pseudo-scores, so that a judge with only a few scores cannot produce
/// extreme z-scores. A project's normalised score is the mean of its judges' z-scores.
///
/// Shrinkage is a trade-off: a judge who scored `n` projects keeps about `k / (n + k)`
/// of their leniency or harshness (their mean's distance from the global mean).
///
/// # Errors
/// [`NormaliseError`]: a non-finite raw total, a judge scoring a project twice, or
/// invalid parameters.
pub fn normalise<J, P>(
    scores: &[(J, P, f64)],
    params: NormalisationParams,
) -> Result<Normalisation<J, P>, NormaliseError<J, P>>
where
    J: Copy + Eq + Ord + Hash,
    P: Copy + Eq + Ord + Hash,
{
    let k = params.prior_weight;
    if !k.is_finite() || k < 0.0 {
        return Err(NormaliseError::InvalidPriorWeight);
    }
    let threshold = params.disagreement_threshold;
    if threshold.is_nan() || threshold < 0.0 {
        return Err(NormaliseError::InvalidThreshold);
    }

    let mut sorted = scores.to_vec();
    sorted.sort_by_key(|a| (a.0, a.1));
    for (judge, project, raw) in &sorted {
        if !raw.is_finite() {
            return Err(NormaliseError::NonFiniteScore {
                judge: *judge,
                project: *project,
            });
        }
    }
    for pair in sorted.windows(2) {
        if let [a, b] = pair
            && (a.0, a.1) == (b.0, b.1)
        {
            return Err(NormaliseError::DuplicateScore {
                judge: a.0,
                project: a.1,
            });
        }
    }

    let (global_mean, global_var) = mean_var(sorted.iter().map(|s| s.2));
    let global_sd = global_var.sqrt();

    let mut judges = Vec::new();
    let mut by_project: BTreeMap<P, Vec<JudgeZ<J>>> = BTreeMap::new();
    for chunk in sorted.chunk_by(|a, b| a.0 == b.0) {
        let Some(&(judge, _, _)) = chunk.first() else {
            continue;
        };
        let n = count_f64(chunk.len());
        let (mean, var) = mean_var(chunk.iter().map(|s| s.2));
        let adjusted_mean = (n * mean + k * global_mean) / (n + k);
        let shrunk_sd = ((n * var + k * global_var) / (n + k)).sqrt();
        let adjusted_sd = if shrunk_sd >= MIN_SD {
            shrunk_sd
        } else if global_sd >= MIN_SD {
            global_sd
        } else {
            0.0
        };
        for &(_, project, raw_total) in chunk {
            let z = if adjusted_sd > 0.0 {
                (raw_total - adjusted_mean) / adjusted_sd
            } else {
                0.0
            };
            by_project.entry(project).or_default().push(JudgeZ {
                judge,
                raw_total,
                z,
            });
        }
        judges.push(JudgeStats {
            judge,
            score_count: chunk.len(),
            raw_mean: mean,
            raw_sd: var.sqrt(),
            adjusted_mean,
            adjusted_sd,
        });
    }

    let projects = by_project
        .into_iter()
        .map(|(project, judge_scores)| {
            let n = count_f64(judge_scores.len());
            let raw_mean = judge_scores.iter().map(|j| j.raw_total).sum::<f64>() / n;
            let normalised_score = judge_scores.iter().map(|j| j.z).sum::<f64>() / n;
            let max = judge_scores
                .iter()
                .map(|j| j.z)
                .fold(f64::NEG_INFINITY, f64::max);
            let min = judge_scores
                .iter()
                .map(|j| j.z)
                .fold(f64::INFINITY, f64::min);
            let spread = max - min;
            ProjectNormalised {
                project,
                raw_mean,
                normalised_score,
                judge_count: judge_scores.len(),
                judges: judge_scores,
                spread,
                disagreement: spread > threshold,
            }
        })
        .collect();

    Ok(Normalisation {
        score_count: sorted.len(),
        global_mean,
        global_sd,
        judges,
        projects,
    })
}

// ---------------------------------------------------------------------------------------
// Shortlist ranking
// ---------------------------------------------------------------------------------------

/// Default number of projects shortlisted per category.
pub const DEFAULT_SHORTLIST_SIZE: usize = 10;

/// Default tolerance within which two normalised scores count as a tie.
pub const DEFAULT_TIE_EPSILON: f64 = 1e-9;

/// Longest organizer or panel reason accepted, in characters (after trimming).
pub const MAX_REASON_CHARS: usize = 500;

/// Tunables of [`rank_shortlist`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ShortlistParams<C> {
    /// Shortlist size `K` for categories not in `k_by_category`.
    pub default_k: usize,
    /// Shortlist size `K` per category, overriding `default_k`.
    pub k_by_category: BTreeMap<C, usize>,
    /// Normalised scores within this of the highest score of a group are tied
    /// (finite, ≥ 0).
    pub tie_epsilon: f64,
}

impl<C> Default for ShortlistParams<C> {
    fn default() -> Self {
        Self {
            default_k: DEFAULT_SHORTLIST_SIZE,
            k_by_category: BTreeMap::new(),
            tie_epsilon: DEFAULT_TIE_EPSILON,
        }
    }
}

impl<C: Ord> ShortlistParams<C> {
    /// The shortlist size `K` of a category.
    pub fn k_for(&self, category: &C) -> usize {
        self.k_by_category
            .get(category)
            .copied()
            .unwrap_or(self.default_k)
    }
}

/// An organizer's manual change to a shortlist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Adjustment<P> {
    /// Always put the project on its category's shortlist.
    Include {
        /// The project.
        project: P,
        /// Why (1–500 characters after trimming).
        reason: String,
    },
    /// Never put the project on its category's shortlist.
    Exclude {
        /// The project.
        project: P,
        /// Why (1–500 characters after trimming).
        reason: String,
    },
}

impl<P: Copy> Adjustment<P> {
    /// The project adjusted.
    pub fn project(&self) -> P {
        match self {
            Self::Include { project, .. } | Self::Exclude { project, .. } => *project,
        }
    }
}

/// Where a project stands on its category's shortlist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ShortlistStatus {
    /// In the top `K` by normalised score (ties at the cut included).
    OnMerit,
    /// On the shortlist because an organizer included it.
    AddedByOrganizer {
        /// The organizer's reason, trimmed.
        reason: String,
        /// Whether it would have made the shortlist on merit anyway.
        would_have_qualified: bool,
    },
    /// Kept off the shortlist by an organizer; not ranked.
    ExcludedByOrganizer {
        /// The organizer's reason, trimmed.
        reason: String,
    },
    /// Ranked below the cut.
    BelowCut,
    /// No judge scored it; listed last, never shortlisted on merit.
    Unscored,
}

impl ShortlistStatus {
    /// Its name in the API and exports: `merit`, `added`, `removed`, `below_cut`,
    /// `unscored`.
    pub fn code(&self) -> &'static str {
        match self {
            ShortlistStatus::OnMerit => "merit",
            ShortlistStatus::AddedByOrganizer { .. } => "added",
            ShortlistStatus::ExcludedByOrganizer { .. } => "removed",
            ShortlistStatus::BelowCut => "below_cut",
            ShortlistStatus::Unscored => "unscored",
        }
    }

    /// The Fluent key of its name on the console.
    pub fn name_key(&self) -> &'static str {
        match self {
            ShortlistStatus::OnMerit => "shortlist-status-merit",
            ShortlistStatus::AddedByOrganizer { .. } => "shortlist-status-added",
            ShortlistStatus::ExcludedByOrganizer { .. } => "shortlist-status-removed",
            ShortlistStatus::BelowCut => "shortlist-status-below",
            ShortlistStatus::Unscored => "shortlist-status-unscored",
        }
    }

    /// The organizer's reason, for an adjustment.
    pub fn reason(&self) -> Option<&str> {
        match self {
            ShortlistStatus::AddedByOrganizer { reason, .. }
            | ShortlistStatus::ExcludedByOrganizer { reason } => Some(reason),
            _ => None,
        }
    }
}

impl ShortlistStatus {
    /// Whether the project is on the shortlist.
    pub const fn is_on_shortlist(&self) -> bool {
        matches!(self, Self::OnMerit | Self::AddedByOrganizer { .. })
    }
}

/// One project's line in a category's shortlist.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ShortlistEntry<P> {
    /// The project.
    pub project: P,
    /// Competition rank (1, 2, 2, 4) among scored, not-excluded projects of the
    /// category; `None` when unscored or excluded.
    pub rank: Option<usize>,
    /// Whether another ranked project shares this rank.
    pub tied: bool,
    /// The normalised score, when scored (shown for excluded projects too).
    pub normalised_score: Option<f64>,
    /// The mean raw total, when scored.
    pub raw_mean: Option<f64>,
    /// How many judges scored it.
    pub judge_count: usize,
    /// Whether its judges disagreed (see [`ProjectNormalised::disagreement`]).
    pub disagreement: bool,
    /// Whether it is on the shortlist (same as `status.is_on_shortlist()`).
    pub on_shortlist: bool,
    /// Why it is or is not on the shortlist.
    pub status: ShortlistStatus,
}

/// The shortlist of one category.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CategoryShortlist<P, C> {
    /// The category.
    pub category: C,
    /// The shortlist size `K` that applied.
    pub k: usize,
    /// Whether a tie straddling the cut put more than `K` projects on the shortlist on
    /// merit.
    pub tie_at_cut: bool,
    /// Every project of the category, in display order: ranked projects by rank (ties
    /// by raw mean descending, then id), then unscored ones by id, then excluded ones by
    /// id.
    pub entries: Vec<ShortlistEntry<P>>,
}

impl<P, C> CategoryShortlist<P, C> {
    /// The entries on the shortlist, in display order.
    pub fn shortlisted(&self) -> impl Iterator<Item = &ShortlistEntry<P>> {
        self.entries.iter().filter(|e| e.on_shortlist)
    }
}

/// Why [`rank_shortlist`] refused its input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ShortlistError<P> {
    /// A project is listed more than once in the categories.
    #[error("a project is listed in more than one category")]
    DuplicateProject {
        /// The project.
        project: P,
    },
    /// A result or adjustment names a project that has no category.
    #[error("a result or adjustment names a project without a category")]
    UnknownProject {
        /// The project.
        project: P,
    },
    /// A project has more than one normalised result.
    #[error("a project has more than one result")]
    DuplicateResult {
        /// The project.
        project: P,
    },
    /// A result has a NaN or infinite score.
    #[error("a result's score is not a finite number")]
    NonFiniteScore {
        /// The project.
        project: P,
    },
    /// A project has more than one adjustment.
    #[error("a project has more than one organizer adjustment")]
    ConflictingAdjustments {
        /// The project.
        project: P,
    },
    /// An adjustment's reason is empty.
    #[error("an organizer adjustment needs a reason")]
    EmptyReason {
        /// The project.
        project: P,
    },
    /// An adjustment's reason is longer than [`MAX_REASON_CHARS`].
    #[error("an organizer adjustment's reason is too long")]
    ReasonTooLong {
        /// The project.
        project: P,
    },
    /// The tie tolerance is negative, NaN or infinite.
    #[error("the tie tolerance must be a finite number ≥ 0")]
    InvalidEpsilon,
}

enum ReasonProblem {
    Empty,
    TooLong,
}

/// A reason trimmed, or why it is refused.
fn clean_reason(reason: &str) -> Result<String, ReasonProblem> {
    let trimmed = reason.trim();
    if trimmed.is_empty() {
        Err(ReasonProblem::Empty)
    } else if trimmed.chars().count() > MAX_REASON_CHARS {
        Err(ReasonProblem::TooLong)
    } else {
        Ok(trimmed.to_owned())
    }
}

/// Splits items sorted by descending score into tie groups: each group holds the items
/// within `epsilon` of its first (highest) item.
fn tie_groups<T>(sorted: Vec<T>, score: impl Fn(&T) -> f64, epsilon: f64) -> Vec<Vec<T>> {
    let mut groups: Vec<Vec<T>> = Vec::new();
    let mut leader = f64::NAN;
    for item in sorted {
        let s = score(&item);
        match groups.last_mut() {
            Some(group) if leader - s <= epsilon => group.push(item),
            _ => {
                leader = s;
                groups.push(vec![item]);
            }
        }
    }
    groups
}

/// Ranks each category's projects by normalised score and cuts the shortlist.
///
/// `categories` lists every candidate project with its category (projects nobody scored
/// included: they are listed as unscored, never dropped). Per category, the top `K`
/// scored, not-excluded projects are shortlisted on merit; a tie straddling the cut
/// shortlists every tied project (`tie_at_cut`). Organizer `Include`s are always on the
/// shortlist and do not take a merit place from anyone; `Exclude`d projects are never on
/// it and are not ranked, so the next project moves up. Categories are returned in
/// ascending order.
///
/// # Errors
/// [`ShortlistError`]: a project in two categories, a result or adjustment for a
/// project without a category, two results or two adjustments for one project, a
/// non-finite score, a blank or over-long reason, or an invalid tie tolerance.
pub fn rank_shortlist<J, P, C>(
    results: &[ProjectNormalised<J, P>],
    categories: &[(P, C)],
    adjustments: &[Adjustment<P>],
    params: &ShortlistParams<C>,
) -> Result<Vec<CategoryShortlist<P, C>>, ShortlistError<P>>
where
    P: Copy + Eq + Ord + Hash,
    C: Copy + Eq + Ord + Hash,
{
    let epsilon = params.tie_epsilon;
    if !epsilon.is_finite() || epsilon < 0.0 {
        return Err(ShortlistError::InvalidEpsilon);
    }

    let mut category_of: BTreeMap<P, C> = BTreeMap::new();
    for &(project, category) in categories {
        if category_of.insert(project, category).is_some() {
            return Err(ShortlistError::DuplicateProject { project });
        }
    }

    let mut result_of: BTreeMap<P, &ProjectNormalised<J, P>> = BTreeMap::new();
    for result in results {
        let project = result.project;
        if !category_of.contains_key(&project) {
            return Err(ShortlistError::UnknownProject { project });
        }
        if !result.normalised_score.is_finite() || !result.raw_mean.is_finite() {
            return Err(ShortlistError::NonFiniteScore { project });
        }
        if result_of.insert(project, result).is_some() {
            return Err(ShortlistError::DuplicateResult { project });
        }
    }

    // project -> (included?, trimmed reason)
    let mut adjustment_of: BTreeMap<P, (bool, String)> = BTreeMap::new();
    for adjustment in adjustments {
        let (project, include, reason) = match adjustment {
            Adjustment::Include { project, reason } => (*project, true, reason),
            Adjustment::Exclude { project, reason } => (*project, false, reason),
        };
        if !category_of.contains_key(&project) {
            return Err(ShortlistError::UnknownProject { project });
        }
        let reason = clean_reason(reason).map_err(|problem| match problem {
            ReasonProblem::Empty => ShortlistError::EmptyReason { project },
            ReasonProblem::TooLong => ShortlistError::ReasonTooLong { project },
        })?;
        if adjustment_of.insert(project, (include, reason)).is_some() {
            return Err(ShortlistError::ConflictingAdjustments { project });
        }
    }

    let mut projects_of: BTreeMap<C, Vec<P>> = BTreeMap::new();
    for (&project, &category) in &category_of {
        projects_of.entry(category).or_default().push(project);
    }

    let scored = |project: &P| {
        result_of
            .get(project)
            .copied()
            .filter(|result| result.judge_count > 0)
    };
    let entry = |project: P,
                 rank: Option<usize>,
                 tied: bool,
                 status: ShortlistStatus|
     -> ShortlistEntry<P> {
        let result = scored(&project);
        ShortlistEntry {
            project,
            rank,
            tied,
            normalised_score: result.map(|r| r.normalised_score),
            raw_mean: result.map(|r| r.raw_mean),
            judge_count: result.map_or(0, |r| r.judge_count),
            disagreement: result.is_some_and(|r| r.disagreement),
            on_shortlist: status.is_on_shortlist(),
            status,
        }
    };

    let mut shortlists = Vec::with_capacity(projects_of.len());
    for (category, projects) in projects_of {
        let k = params.k_for(&category);
        let mut ranked: Vec<&ProjectNormalised<J, P>> = Vec::new();
        let mut unscored: Vec<P> = Vec::new();
        let mut excluded: Vec<(P, String)> = Vec::new();
        for project in projects {
            match adjustment_of.get(&project) {
                Some((false, reason)) => excluded.push((project, reason.clone())),
                _ => match scored(&project) {
                    Some(result) => ranked.push(result),
                    None => unscored.push(project),
                },
            }
        }
        let display_order = |a: &&ProjectNormalised<J, P>, b: &&ProjectNormalised<J, P>| {
            b.raw_mean
                .total_cmp(&a.raw_mean)
                .then_with(|| a.project.cmp(&b.project))
        };
        ranked.sort_by(|a, b| {
            b.normalised_score
                .total_cmp(&a.normalised_score)
                .then_with(|| display_order(a, b))
        });

        let include_status = |project: &P, on_merit: bool| match adjustment_of.get(project) {
            Some((true, reason)) => Some(ShortlistStatus::AddedByOrganizer {
                reason: reason.clone(),
                would_have_qualified: on_merit,
            }),
            _ => None,
        };

        let mut entries = Vec::with_capacity(ranked.len() + unscored.len() + excluded.len());
        let mut tie_at_cut = false;
        let mut position = 0;
        for mut group in tie_groups(ranked, |r| r.normalised_score, epsilon) {
            group.sort_by(display_order);
            let rank = position + 1;
            let on_merit = position < k;
            if on_merit && position + group.len() > k {
                tie_at_cut = true;
            }
            let tied = group.len() > 1;
            position += group.len();
            for result in group {
                let status = include_status(&result.project, on_merit).unwrap_or(if on_merit {
                    ShortlistStatus::OnMerit
                } else {
                    ShortlistStatus::BelowCut
                });
                entries.push(entry(result.project, Some(rank), tied, status));
            }
        }
        for project in unscored {
            let status = include_status(&project, false).unwrap_or(ShortlistStatus::Unscored);
            entries.push(entry(project, None, false, status));
        }
        for (project, reason) in excluded {
            entries.push(entry(
                project,
                None,
                false,
                ShortlistStatus::ExcludedByOrganizer { reason },
            ));
        }
        shortlists.push(CategoryShortlist {
            category,
            k,
            tie_at_cut,
            entries,
        });
    }
    Ok(shortlists)
}

// ---------------------------------------------------------------------------------------
// Award ranking and decision
// ---------------------------------------------------------------------------------------

/// Mean marks per award criterion.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct AwardMeans {
    /// Mean community-impact mark.
    pub impact: f64,
    /// Mean SDG-alignment mark.
    pub sdg: f64,
    /// Mean technical-achievement mark.
    pub technical: f64,
    /// Mean creativity mark.
    pub creativity: f64,
}

impl AwardMeans {
    /// The mean mark for one criterion.
    pub const fn get(&self, criterion: AwardCriterion) -> f64 {
        match criterion {
            AwardCriterion::Impact => self.impact,
            AwardCriterion::Sdg => self.sdg,
            AwardCriterion::Technical => self.technical,
            AwardCriterion::Creativity => self.creativity,
        }
    }
}

/// One award candidate's line in the award ranking.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AwardEntry<P> {
    /// The project.
    pub project: P,
    /// Competition rank (1, 2, 2, 4) by mean total.
    pub rank: usize,
    /// Whether another candidate has exactly the same mean total.
    pub tied: bool,
    /// How many panel members scored it.
    pub score_count: usize,
    /// Mean total (0–40) across the panel members who scored it.
    pub mean_total: f64,
    /// Mean mark per criterion.
    pub criterion_means: AwardMeans,
}

/// Award candidates ranked by mean total; made only by [`rank_awards`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AwardRanking<P> {
    entries: Vec<AwardEntry<P>>,
}

impl<P: Copy + Eq> AwardRanking<P> {
    /// Every scored candidate, by rank; equal ranks by project id.
    pub fn entries(&self) -> &[AwardEntry<P>] {
        &self.entries
    }

    /// Whether no candidate has been scored.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The candidates at rank 1 (more than one when the top is tied).
    pub fn top(&self) -> &[AwardEntry<P>] {
        let n = self.entries.iter().take_while(|e| e.rank == 1).count();
        self.entries.get(..n).unwrap_or_default()
    }

    /// A candidate's entry, if it was scored.
    pub fn get(&self, project: P) -> Option<&AwardEntry<P>> {
        self.entries.iter().find(|e| e.project == project)
    }
}

/// Why [`rank_awards`] refused its input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AwardRankingError<M, P> {
    /// The same panel member scored the same candidate more than once.
    #[error("a panel member scored the same candidate more than once")]
    DuplicateScore {
        /// The panel member.
        member: M,
        /// The candidate.
        project: P,
    },
}

/// One candidate's award scores, summed.
struct Tally<P> {
    project: P,
    count: usize,
    total: u64,
    sums: [u64; 4],
}

/// Ranks award candidates by the mean total of their panel scores
/// `(panel_member, project, rubric)`.
///
/// Mean totals are compared exactly (as fractions), so ties are exact ties. Candidates
/// nobody scored do not appear.
///
/// # Errors
/// [`AwardRankingError::DuplicateScore`] when a panel member scored a candidate twice.
pub fn rank_awards<M, P>(
    scores: &[(M, P, AwardRubric)],
) -> Result<AwardRanking<P>, AwardRankingError<M, P>>
where
    M: Copy + Eq + Ord + Hash,
    P: Copy + Eq + Ord + Hash,
{
    let mut sorted = scores.to_vec();
    sorted.sort_by_key(|a| (a.1, a.0));
    for pair in sorted.windows(2) {
        if let [a, b] = pair
            && (a.0, a.1) == (b.0, b.1)
        {
            return Err(AwardRankingError::DuplicateScore {
                member: a.0,
                project: a.1,
            });
        }
    }

    let mut tallies: Vec<Tally<P>> = sorted
        .chunk_by(|a, b| a.1 == b.1)
        .filter_map(|chunk| {
            let &(_, project, _) = chunk.first()?;
            let mut sums = [0u64; 4];
            for (_, _, rubric) in chunk {
                for (sum, criterion) in sums.iter_mut().zip(AwardCriterion::ALL) {
                    *sum += u64::from(rubric.mark(criterion).get());
                }
            }
            Some(Tally {
                project,
                count: chunk.len(),
                total: sums.iter().sum(),
                sums,
            })
        })
        .collect();

    // a.total / a.count versus b.total / b.count, exactly.
    let by_mean = |a: &Tally<P>, b: &Tally<P>| {
        let left = u128::from(a.total) * b.count as u128;
        let right = u128::from(b.total) * a.count as u128;
        left.cmp(&right)
    };
    tallies.sort_by(|a, b| by_mean(b, a).then_with(|| a.project.cmp(&b.project)));

    let mut entries = Vec::with_capacity(tallies.len());
    let mut rank = 0;
    for (index, tally) in tallies.iter().enumerate() {
        let same_as_previous = index
            .checked_sub(1)
            .and_then(|i| tallies.get(i))
            .is_some_and(|previous| by_mean(previous, tally) == Ordering::Equal);
        let same_as_next = tallies
            .get(index + 1)
            .is_some_and(|next| by_mean(next, tally) == Ordering::Equal);
        if !same_as_previous {
            rank = index + 1;
        }
        let n = count_f64(tally.count);
        #[allow(clippy::cast_precision_loss)] // sums of marks are far below 2^52
        let mean = |sum: u64| sum as f64 / n;
        let [impact, sdg, technical, creativity] = tally.sums;
        entries.push(AwardEntry {
            project: tally.project,
            rank,
            tied: same_as_previous || same_as_next,
            score_count: tally.count,
            mean_total: mean(tally.total),
            criterion_means: AwardMeans {
                impact: mean(impact),
                sdg: mean(sdg),
                technical: mean(technical),
                creativity: mean(creativity),
            },
        });
    }
    Ok(AwardRanking { entries })
}

/// How an award decision relates to the ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionKind {
    /// The chosen project is alone at rank 1.
    TopRanked,
    /// The chosen project is one of several tied at rank 1.
    TieBroken,
    /// The chosen project is not at rank 1.
    Override,
}

/// An award decision that follows the rules of [`decide`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decision<P> {
    /// The chosen project.
    pub project: P,
    /// Its rank in the award ranking.
    pub rank: usize,
    /// How the choice relates to the ranking.
    pub kind: DecisionKind,
    /// The reason, trimmed: always present for a tie break or an override; optional
    /// otherwise.
    pub reason: Option<String>,
}

/// Why an award decision is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DecisionError {
    /// No candidate has been scored.
    #[error("no award candidate has been scored yet")]
    NoScores,
    /// The chosen project is not in the ranking.
    #[error("the chosen project is not a scored award candidate")]
    NotRanked,
    /// The top rank is tied and no reason was given for the choice.
    #[error("the top rank is tied: give a reason for this choice")]
    TieNeedsReason,
    /// The chosen project is not top-ranked and no reason was given.
    #[error("the chosen project is not ranked first: give a reason for this choice")]
    OverrideNeedsReason,
    /// The reason is longer than [`MAX_REASON_CHARS`] characters.
    #[error("the reason must be at most 500 characters")]
    ReasonTooLong,
}

/// Checks an award choice against the ranking.
///
/// A reason (1–500 characters after trimming; blank counts as none) is required when
/// the top rank is tied or when the chosen project is not ranked first; it is kept, but
/// optional, when choosing the sole top-ranked project. A reason over 500 characters is
/// always refused.
///
/// # Errors
/// [`DecisionError::NoScores`], [`DecisionError::NotRanked`],
/// [`DecisionError::TieNeedsReason`], [`DecisionError::OverrideNeedsReason`] or
/// [`DecisionError::ReasonTooLong`], checked in that order except that an over-long
/// reason is refused before the tie and override rules are applied.
pub fn decide<P: Copy + Eq>(
    ranking: &AwardRanking<P>,
    chosen: P,
    tie_reason: Option<&str>,
) -> Result<Decision<P>, DecisionError> {
    if ranking.is_empty() {
        return Err(DecisionError::NoScores);
    }
    let entry = ranking.get(chosen).ok_or(DecisionError::NotRanked)?;
    let reason = match tie_reason.map(clean_reason) {
        None | Some(Err(ReasonProblem::Empty)) => None,
        Some(Err(ReasonProblem::TooLong)) => return Err(DecisionError::ReasonTooLong),
        Some(Ok(reason)) => Some(reason),
    };
    let kind = match (entry.rank, ranking.top().len()) {
        (1, 1) => DecisionKind::TopRanked,
        (1, _) => DecisionKind::TieBroken,
        _ => DecisionKind::Override,
    };
    match (kind, &reason) {
        (DecisionKind::TieBroken, None) => Err(DecisionError::TieNeedsReason),
        (DecisionKind::Override, None) => Err(DecisionError::OverrideNeedsReason),
        _ => Ok(Decision {
            project: chosen,
            rank: entry.rank,
            kind,
            reason,
        }),
    }
}

// ---------------------------------------------------------------------------------------
// VIP picks
// ---------------------------------------------------------------------------------------

/// Longest VIP quote accepted, in characters (after trimming).
pub const MAX_QUOTE_CHARS: usize = 200;

/// One VIP favourite: a project with the VIP's quote.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Pick<P> {
    position: usize,
    project: P,
    quote: String,
}

impl<P: Copy> Pick<P> {
    /// 1-based position in the VIP's list.
    pub const fn position(&self) -> usize {
        self.position
    }

    /// The project picked.
    pub const fn project(&self) -> P {
        self.project
    }

    /// The quote, trimmed.
    pub fn quote(&self) -> &str {
        &self.quote
    }
}

/// A VIP's validated favourites, in order; made only by [`validate_picks`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Picks<P> {
    picks: Vec<Pick<P>>,
}

impl<P> Picks<P> {
    /// The picks, in position order (never empty).
    pub fn as_slice(&self) -> &[Pick<P>] {
        &self.picks
    }

    /// The picks, in position order (never empty).
    pub fn into_vec(self) -> Vec<Pick<P>> {
        self.picks
    }
}

/// What is wrong with one pick.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PickProblem {
    /// The same project was picked at an earlier position.
    #[error("this project is already pick {first_position}")]
    DuplicateProject {
        /// The earlier position (1-based).
        first_position: usize,
    },
    /// The project is not in the VIP's categories, not published, or conflicted.
    #[error("this project cannot be picked")]
    NotAllowed,
    /// The quote is empty or only whitespace.
    #[error("a quote is required")]
    QuoteEmpty,
    /// The quote is longer than [`MAX_QUOTE_CHARS`] characters.
    #[error("the quote has {chars} characters; at most 200 are allowed")]
    QuoteTooLong {
        /// Its length in characters, after trimming.
        chars: usize,
    },
    /// The quote contains a control character (line breaks and tabs included) or a
    /// bidirectional-text control.
    #[error("the quote contains a control character")]
    QuoteControlCharacter,
}

/// Why a VIP's picks are refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PicksError {
    /// No picks were given.
    #[error("pick at least one project")]
    Empty,
    /// More picks than allowed.
    #[error("at most {max} picks are allowed, {given} were given")]
    TooMany {
        /// The maximum.
        max: usize,
        /// How many were given.
        given: usize,
    },
    /// One pick is invalid.
    #[error("pick {position}: {problem}")]
    Invalid {
        /// 1-based position of the first invalid pick.
        position: usize,
        /// What is wrong with it.
        problem: PickProblem,
    },
}

/// Whether a character may not appear in a quote: C0/C1 controls and the bidirectional
/// embedding, override and isolate controls (which could reorder the page around it).
fn is_forbidden_in_quote(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn check_quote(quote: &str) -> Result<String, PickProblem> {
    let trimmed = quote.trim();
    if trimmed.is_empty() {
        return Err(PickProblem::QuoteEmpty);
    }
    if trimmed.chars().any(is_forbidden_in_quote) {
        return Err(PickProblem::QuoteControlCharacter);
    }
    let chars = trimmed.chars().count();
    if chars > MAX_QUOTE_CHARS {
        return Err(PickProblem::QuoteTooLong { chars });
    }
    Ok(trimmed.to_owned())
}

/// Validates a VIP's ordered favourites `(project, quote)`.
///
/// There must be 1 to `max_n` picks of distinct projects, each `allowed` (the caller
/// decides: in the VIP's categories, published, not conflicted), each with a quote of
/// 1–200 characters after trimming and no control characters. A pick's position is its
/// place in the list, from 1. The first invalid pick is reported.
///
/// # Errors
/// [`PicksError::Empty`], [`PicksError::TooMany`], or [`PicksError::Invalid`] with the
/// 1-based position of the first bad pick and its [`PickProblem`] (checked per pick in
/// this order: duplicate, not allowed, quote).
pub fn validate_picks<P, S>(
    picks: &[(P, S)],
    allowed: impl Fn(P) -> bool,
    max_n: usize,
) -> Result<Picks<P>, PicksError>
where
    P: Copy + Eq + Hash,
    S: AsRef<str>,
{
    if picks.is_empty() {
        return Err(PicksError::Empty);
    }
    if picks.len() > max_n {
        return Err(PicksError::TooMany {
            max: max_n,
            given: picks.len(),
        });
    }
    let mut first_position_of: HashMap<P, usize> = HashMap::with_capacity(picks.len());
    let mut valid = Vec::with_capacity(picks.len());
    for (index, (project, quote)) in picks.iter().enumerate() {
        let position = index + 1;
        let invalid = |problem| PicksError::Invalid { position, problem };
        if let Some(&first_position) = first_position_of.get(project) {
            return Err(invalid(PickProblem::DuplicateProject { first_position }));
        }
        first_position_of.insert(*project, position);
        if !allowed(*project) {
            return Err(invalid(PickProblem::NotAllowed));
        }
        let quote = check_quote(quote.as_ref()).map_err(invalid)?;
        valid.push(Pick {
            position,
            project: *project,
            quote,
        });
    }
    Ok(Picks { picks: valid })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    // ----- helpers -----

    fn mark(v: u8) -> Mark {
        Mark::new(v).unwrap()
    }

    fn defaults() -> NormalisationParams {
        NormalisationParams::default()
    }

    fn score_of<J: Copy, P: Copy + Eq>(n: &Normalisation<J, P>, project: P) -> f64 {
        n.projects
            .iter()
            .find(|p| p.project == project)
            .unwrap()
            .normalised_score
    }

    /// Projects ordered by normalised score, best first.
    fn order_by_score<J: Copy>(n: &Normalisation<J, u32>) -> Vec<u32> {
        let mut projects: Vec<_> = n
            .projects
            .iter()
            .map(|p| (p.normalised_score, p.project))
            .collect();
        projects.sort_by(|a, b| b.0.total_cmp(&a.0));
        projects.into_iter().map(|(_, p)| p).collect()
    }

    fn result(project: u32, score: f64, raw_mean: f64) -> ProjectNormalised<u8, u32> {
        ProjectNormalised {
            project,
            raw_mean,
            normalised_score: score,
            judge_count: 3,
            judges: Vec::new(),
            spread: 0.0,
            disagreement: false,
        }
    }

    fn one_category(projects: &[u32]) -> Vec<(u32, char)> {
        projects.iter().map(|&p| (p, 'a')).collect()
    }

    fn params_k(k: usize) -> ShortlistParams<char> {
        ShortlistParams {
            default_k: k,
            ..ShortlistParams::default()
        }
    }

    fn only(shortlists: Vec<CategoryShortlist<u32, char>>) -> CategoryShortlist<u32, char> {
        assert_eq!(shortlists.len(), 1);
        shortlists.into_iter().next().unwrap()
    }

    fn entry_of(list: &CategoryShortlist<u32, char>, project: u32) -> &ShortlistEntry<u32> {
        list.entries.iter().find(|e| e.project == project).unwrap()
    }

    fn shortlisted_ids(list: &CategoryShortlist<u32, char>) -> Vec<u32> {
        list.shortlisted().map(|e| e.project).collect()
    }

    fn award(impact: u8, sdg: u8, technical: u8, creativity: u8) -> AwardRubric {
        AwardRubric {
            impact: mark(impact),
            sdg: mark(sdg),
            technical: mark(technical),
            creativity: mark(creativity),
        }
    }

    // ----- marks and rubrics -----

    #[test]
    fn mark_parse_boundaries() {
        assert_eq!(Mark::parse("0"), Ok(Mark::MIN));
        assert_eq!(Mark::parse("10"), Ok(Mark::MAX));
        assert_eq!(Mark::parse(" 7 ").map(Mark::get), Ok(7));
        assert_eq!(Mark::parse("-1"), Err(MarkError::OutOfRange));
        assert_eq!(Mark::parse("11"), Err(MarkError::OutOfRange));
        assert_eq!(Mark::parse(""), Err(MarkError::Empty));
        assert_eq!(Mark::parse("   "), Err(MarkError::Empty));
        assert_eq!(Mark::parse("abc"), Err(MarkError::NotANumber));
        assert_eq!(Mark::parse("7.5"), Err(MarkError::NotANumber));
        assert_eq!(
            Mark::parse("99999999999999999999999"),
            Err(MarkError::OutOfRange)
        );
        assert_eq!("5".parse::<Mark>().map(u8::from), Ok(5));
    }

    #[test]
    fn mark_try_from_i64_boundaries() {
        assert_eq!(Mark::try_from(0_i64), Ok(Mark::MIN));
        assert_eq!(Mark::try_from(10_i64), Ok(Mark::MAX));
        assert_eq!(Mark::try_from(-1_i64), Err(MarkError::OutOfRange));
        assert_eq!(Mark::try_from(11_i64), Err(MarkError::OutOfRange));
        assert_eq!(Mark::try_from(i64::MAX), Err(MarkError::OutOfRange));
        assert_eq!(Mark::new(11), Err(MarkError::OutOfRange));
    }

    #[test]
    fn mark_deserialises_only_in_range() {
        use serde::de::value::{Error, I64Deserializer};
        let ok = Mark::deserialize(I64Deserializer::<Error>::new(10));
        assert_eq!(ok.ok(), Some(Mark::MAX));
        assert!(Mark::deserialize(I64Deserializer::<Error>::new(11)).is_err());
        assert!(Mark::deserialize(I64Deserializer::<Error>::new(-1)).is_err());
    }

    #[test]
    fn rubric_totals_and_criteria() {
        let rubric = Rubric {
            coolness: mark(10),
            complexity: mark(7),
            presentation: mark(0),
            design: mark(3),
        };
        assert_eq!(rubric.total(), 20);
        let max = Rubric {
            coolness: Mark::MAX,
            complexity: Mark::MAX,
            presentation: Mark::MAX,
            design: Mark::MAX,
        };
        assert_eq!(max.total(), Rubric::MAX_TOTAL);
        let sum: u8 = Criterion::ALL.iter().map(|&c| rubric.mark(c).get()).sum();
        assert_eq!(sum, rubric.total());
        assert_eq!(award(1, 2, 3, 4).total(), 10);
        assert_eq!(award(10, 10, 10, 10).total(), AwardRubric::MAX_TOTAL);
        assert_eq!(award(1, 2, 3, 4).mark(AwardCriterion::Technical), mark(3));
    }

    #[test]
    fn criterion_keys() {
        let keys: Vec<_> = Criterion::ALL.iter().map(|c| c.name_key()).collect();
        assert_eq!(
            keys,
            [
                "rubric-coolness",
                "rubric-complexity",
                "rubric-presentation",
                "rubric-design"
            ]
        );
        let ids: Vec<_> = AwardCriterion::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(ids, ["impact", "sdg", "technical", "creativity"]);
        for c in AwardCriterion::ALL {
            assert_eq!(c.name_key(), format!("award-rubric-{}", c.as_str()));
        }
        for c in Criterion::ALL {
            assert_eq!(c.name_key(), format!("rubric-{}", c.as_str()));
        }
    }

    // ----- normalisation -----

    /// Two judges score the same projects with monotone transforms of the true quality.
    fn two_judges_same_projects(
        truth: &[f64],
        harsh: impl Fn(f64) -> f64,
        lenient: impl Fn(f64) -> f64,
    ) -> Normalisation<u8, u32> {
        let mut scores = Vec::new();
        for (project, &x) in (0u32..).zip(truth) {
            scores.push((1u8, project, harsh(x)));
            scores.push((2u8, project, lenient(x)));
        }
        normalise(&scores, defaults()).unwrap()
    }

    fn true_order(truth: &[f64]) -> Vec<u32> {
        let mut ids: Vec<u32> = (0u32..).take(truth.len()).collect();
        ids.sort_by(|&a, &b| truth[b as usize].total_cmp(&truth[a as usize]));
        ids
    }

    fn distinct_truths() -> impl Strategy<Value = Vec<f64>> {
        prop::collection::btree_set(0u32..=400, 3..25)
            .prop_map(|set| {
                set.into_iter()
                    .map(|v| f64::from(v) / 10.0)
                    .collect::<Vec<_>>()
            })
            .prop_shuffle()
    }

    proptest! {
        #[test]
        fn harsh_and_lenient_judges_keep_the_true_order(truth in distinct_truths()) {
            let expected = true_order(&truth);
            let clamped = two_judges_same_projects(
                &truth,
                |x| (x - 15.0).max(0.0),
                |x| (x + 10.0).min(40.0),
            );
            prop_assert_eq!(order_by_score(&clamped), expected.clone());
            let scaled = two_judges_same_projects(&truth, |x| 0.5 * x, |x| (x + 10.0).min(40.0));
            prop_assert_eq!(order_by_score(&scaled), expected);
        }

        #[test]
        fn positive_affine_judges_keep_the_true_order(
            truth in distinct_truths(),
            a in 0.1f64..3.0,
            b in -20.0f64..20.0,
            c in 0.1f64..3.0,
            d in -20.0f64..20.0,
        ) {
            let n = two_judges_same_projects(&truth, |x| a * x + b, |x| c * x + d);
            prop_assert_eq!(order_by_score(&n), true_order(&truth));
        }

        #[test]
        fn normalisation_ignores_input_order(
            scores in prop::collection::vec((0u8..4, 0u32..12, 0u32..=40), 0..40)
                .prop_map(|v| {
                    let mut seen = std::collections::BTreeMap::new();
                    for (j, p, x) in v {
                        seen.insert((j, p), f64::from(x));
                    }
                    seen.into_iter().map(|((j, p), x)| (j, p, x)).collect::<Vec<_>>()
                })
                .prop_shuffle(),
        ) {
            let mut reversed = scores.clone();
            reversed.reverse();
            let a = normalise(&scores, defaults()).unwrap();
            let b = normalise(&reversed, defaults()).unwrap();
            prop_assert_eq!(&a, &b);
            for project in &a.projects {
                prop_assert!(project.normalised_score.is_finite());
                prop_assert!(project.spread >= 0.0);
            }
        }
    }

    /// A harsh judge (0.5x) scores projects 0..20, a lenient judge (x + 10) scores
    /// projects 100..120; both halves have exactly the same true qualities.
    fn disjoint_halves(params: NormalisationParams) -> (Normalisation<u8, u32>, Vec<f64>) {
        let truth: Vec<f64> = (0..20).map(|i| f64::from(i) * 1.5).collect(); // 0..28.5
        let mut scores = Vec::new();
        for (i, &x) in (0u32..).zip(&truth) {
            scores.push((1u8, i, 0.5 * x));
            scores.push((2u8, 100 + i, x + 10.0));
        }
        (normalise(&scores, params).unwrap(), truth)
    }

    #[test]
    fn without_shrinkage_equally_good_projects_of_harsh_and_lenient_judges_tie() {
        let params = NormalisationParams {
            prior_weight: 0.0,
            ..defaults()
        };
        let (n, truth) = disjoint_halves(params);
        for i in 0..truth.len() as u32 {
            let harsh = score_of(&n, i);
            let lenient = score_of(&n, 100 + i);
            assert!((harsh - lenient).abs() < 1e-9, "{i}: {harsh} vs {lenient}");
        }
    }

    #[test]
    fn with_default_shrinkage_the_lenient_judge_keeps_only_a_small_advantage() {
        let (n, truth) = disjoint_halves(defaults());
        let mean = |ids: &mut dyn Iterator<Item = u32>| {
            let v: Vec<f64> = ids.map(|p| score_of(&n, p)).collect();
            v.iter().sum::<f64>() / v.len() as f64
        };
        let count = truth.len() as u32;
        let harsh_z = mean(&mut (0..count));
        let lenient_z = mean(&mut (100..100 + count));
        let raw_mean = |range: std::ops::Range<u32>| {
            let v: Vec<f64> = range
                .map(|p| n.projects.iter().find(|r| r.project == p).unwrap().raw_mean)
                .collect();
            v.iter().sum::<f64>() / v.len() as f64
        };
        // Raw totals favour the lenient judge's projects by about 1.5 global sds...
        let raw_gap = (raw_mean(100..100 + count) - raw_mean(0..count)) / n.global_sd;
        assert!(raw_gap > 1.4, "raw gap {raw_gap}");
        // ...normalised scores by a small fraction of that: k/(n+k) = 20% of the bias
        // survives shrinkage, much less once divided by the sd.
        let z_gap = lenient_z - harsh_z;
        assert!(z_gap.abs() < 0.6, "z gap {z_gap}");
        assert!(
            z_gap.abs() < raw_gap / 3.0,
            "z gap {z_gap} vs raw gap {raw_gap}"
        );
        // The harsh judge's best project beats the lenient judge's median one, though
        // its raw total (14.25) is far below the median's raw total (~24).
        assert!(score_of(&n, 19) > score_of(&n, 110));
        assert!(
            n.projects
                .iter()
                .find(|r| r.project == 19)
                .unwrap()
                .raw_mean
                < n.projects
                    .iter()
                    .find(|r| r.project == 110)
                    .unwrap()
                    .raw_mean
        );
    }

    #[test]
    fn a_judge_with_a_single_score_has_a_bounded_effect() {
        let mut scores: Vec<(u8, u32, f64)> = (0..10)
            .map(|p| (1u8, p, f64::from(p) * 4.0)) // 0..36, mean 18
            .collect();
        scores.push((2, 0, 40.0)); // a single, extreme score
        let n = normalise(&scores, defaults()).unwrap();
        let single = &n.projects[0].judges.iter().find(|j| j.judge == 2).unwrap();
        let global_z = (40.0 - n.global_mean) / n.global_sd;
        assert!(single.z.is_finite());
        assert!(single.z > 0.0, "a top score still counts a little");
        assert!(
            single.z.abs() <= global_z.abs(),
            "{} vs {}",
            single.z,
            global_z
        );
        assert!(single.z < 2.0);
        // Without shrinkage the judge's own mean is the score itself.
        let plain = normalise(
            &scores,
            NormalisationParams {
                prior_weight: 0.0,
                ..defaults()
            },
        )
        .unwrap();
        let plain_z = plain.projects[0]
            .judges
            .iter()
            .find(|j| j.judge == 2)
            .unwrap()
            .z;
        assert_eq!(plain_z, 0.0);
    }

    #[test]
    fn a_judge_with_near_identical_scores_does_not_blow_up() {
        let mut scores: Vec<(u8, u32, f64)> =
            (0..10).map(|p| (1u8, p, f64::from(p) * 4.0)).collect();
        scores.extend([(2, 0, 20.0), (2, 1, 20.0), (2, 2, 20.001)]);
        let n = normalise(&scores, defaults()).unwrap();
        let judge2: Vec<f64> = n
            .projects
            .iter()
            .flat_map(|p| p.judges.iter().filter(|j| j.judge == 2).map(|j| j.z))
            .collect();
        assert_eq!(judge2.len(), 3);
        for z in judge2 {
            assert!(z.abs() < 0.5, "{z}");
        }
        let plain = normalise(
            &scores,
            NormalisationParams {
                prior_weight: 0.0,
                ..defaults()
            },
        )
        .unwrap();
        let plain_max = plain
            .projects
            .iter()
            .flat_map(|p| p.judges.iter().filter(|j| j.judge == 2).map(|j| j.z))
            .fold(0.0f64, f64::max);
        assert!(plain_max > 1.0, "unshrunk, a 0.001 difference looks huge");
    }

    #[test]
    fn constant_scores_give_zero_z_not_nan() {
        let scores: Vec<(u8, u32, f64)> = vec![(1, 1, 0.1), (1, 2, 0.1), (1, 3, 0.1), (2, 1, 0.1)];
        for k in [0.0, 5.0] {
            let n = normalise(
                &scores,
                NormalisationParams {
                    prior_weight: k,
                    ..defaults()
                },
            )
            .unwrap();
            for p in &n.projects {
                assert_eq!(p.normalised_score, 0.0);
                assert!(!p.disagreement);
            }
        }
    }

    #[test]
    fn project_result_fields() {
        // Judge 1: 10, 20, 30. Judge 2: 30, 20, 10 (disagrees on projects 1 and 3).
        let scores = [
            (1u8, 1u32, 10.0),
            (1, 2, 20.0),
            (1, 3, 30.0),
            (2, 1, 30.0),
            (2, 2, 20.0),
            (2, 3, 10.0),
            (3, 4, 25.0),
        ];
        let n = normalise(&scores, defaults()).unwrap();
        assert_eq!(n.score_count, 7);
        assert_eq!(n.judges.len(), 3);
        let p1 = &n.projects[0];
        assert_eq!(p1.project, 1);
        assert_eq!(p1.judge_count, 2);
        assert_eq!(p1.raw_mean, 20.0);
        assert_eq!(
            p1.judges
                .iter()
                .map(|j| (j.judge, j.raw_total))
                .collect::<Vec<_>>(),
            [(1, 10.0), (2, 30.0)]
        );
        let (z1, z2) = (p1.judges[0].z, p1.judges[1].z);
        assert!((p1.spread - (z2 - z1)).abs() < 1e-12);
        assert!((p1.normalised_score - (z1 + z2) / 2.0).abs() < 1e-12);
        assert!(p1.spread > DEFAULT_DISAGREEMENT_THRESHOLD);
        assert!(p1.disagreement);
        let p2 = &n.projects[1];
        assert!(!p2.disagreement);
        let p4 = &n.projects[3];
        assert_eq!(
            (p4.judge_count, p4.spread, p4.disagreement),
            (1, 0.0, false)
        );
        // A looser threshold clears the flag.
        let loose = normalise(
            &scores,
            NormalisationParams {
                disagreement_threshold: 10.0,
                ..defaults()
            },
        )
        .unwrap();
        assert!(!loose.projects[0].disagreement);
        assert_eq!(loose.projects[0].spread, p1.spread);
    }

    #[test]
    fn normalise_refuses_bad_input() {
        assert_eq!(
            normalise(&[(1u8, 1u32, 3.0), (1, 1, 4.0)], defaults()),
            Err(NormaliseError::DuplicateScore {
                judge: 1,
                project: 1
            })
        );
        assert_eq!(
            normalise(&[(1u8, 1u32, f64::NAN)], defaults()),
            Err(NormaliseError::NonFiniteScore {
                judge: 1,
                project: 1
            })
        );
        let bad_k = NormalisationParams {
            prior_weight: -1.0,
            ..defaults()
        };
        assert_eq!(
            normalise(&[(1u8, 1u32, 3.0)], bad_k),
            Err(NormaliseError::InvalidPriorWeight)
        );
        let bad_t = NormalisationParams {
            disagreement_threshold: f64::NAN,
            ..defaults()
        };
        assert_eq!(
            normalise(&[(1u8, 1u32, 3.0)], bad_t),
            Err(NormaliseError::InvalidThreshold)
        );
        let empty = normalise::<u8, u32>(&[], defaults()).unwrap();
        assert!(empty.projects.is_empty() && empty.judges.is_empty());
    }

    // ----- shortlist ranking -----

    #[test]
    fn ties_share_a_competition_rank() {
        let results = [
            result(1, 2.0, 30.0),
            result(2, 1.0, 20.0),
            result(3, 1.0 + 1e-12, 25.0),
            result(4, 0.5, 10.0),
        ];
        let list = only(
            rank_shortlist(&results, &one_category(&[1, 2, 3, 4]), &[], &params_k(10)).unwrap(),
        );
        let ranks: Vec<_> = list
            .entries
            .iter()
            .map(|e| (e.project, e.rank, e.tied))
            .collect();
        // Tied 2 and 3 are displayed by raw mean descending.
        assert_eq!(
            ranks,
            [
                (1, Some(1), false),
                (3, Some(2), true),
                (2, Some(2), true),
                (4, Some(4), false)
            ]
        );
        assert!(!list.tie_at_cut);
    }

    #[test]
    fn a_tie_at_the_cut_shortlists_every_tied_project() {
        let results = [
            result(1, 3.0, 30.0),
            result(2, 2.0, 20.0),
            result(3, 2.0, 20.0),
            result(4, 2.0, 20.0),
            result(5, 1.0, 10.0),
        ];
        let categories = one_category(&[1, 2, 3, 4, 5]);
        let list = only(rank_shortlist(&results, &categories, &[], &params_k(2)).unwrap());
        assert!(list.tie_at_cut);
        assert_eq!(shortlisted_ids(&list), [1, 2, 3, 4]);
        assert_eq!(entry_of(&list, 5).status, ShortlistStatus::BelowCut);
        // Exact fit: K = 4 holds the whole tie, no tie at the cut.
        let list = only(rank_shortlist(&results, &categories, &[], &params_k(4)).unwrap());
        assert!(!list.tie_at_cut);
        assert_eq!(shortlisted_ids(&list), [1, 2, 3, 4]);
        // K = 1: the tie is below the cut.
        let list = only(rank_shortlist(&results, &categories, &[], &params_k(1)).unwrap());
        assert!(!list.tie_at_cut);
        assert_eq!(shortlisted_ids(&list), [1]);
    }

    #[test]
    fn organizer_includes_and_excludes_are_honoured() {
        let results = [
            result(1, 3.0, 30.0),
            result(2, 2.0, 20.0),
            result(3, 1.0, 10.0),
            result(4, 0.0, 5.0),
        ];
        let adjustments = [
            Adjustment::Exclude {
                project: 1,
                reason: " plagiarised ".to_owned(),
            },
            Adjustment::Include {
                project: 4,
                reason: "accessibility".to_owned(),
            },
            Adjustment::Include {
                project: 2,
                reason: "mentor request".to_owned(),
            },
            Adjustment::Include {
                project: 9,
                reason: "late scores".to_owned(),
            },
        ];
        let categories = one_category(&[1, 2, 3, 4, 9]);
        let list = only(rank_shortlist(&results, &categories, &adjustments, &params_k(2)).unwrap());
        // 1 is excluded, so 2 and 3 take the two merit places; 4 and 9 are added.
        assert_eq!(shortlisted_ids(&list), [2, 3, 4, 9]);
        let excluded = entry_of(&list, 1);
        assert_eq!(
            excluded.status,
            ShortlistStatus::ExcludedByOrganizer {
                reason: "plagiarised".to_owned()
            }
        );
        assert_eq!((excluded.rank, excluded.on_shortlist), (None, false));
        assert_eq!(excluded.normalised_score, Some(3.0));
        assert_eq!(entry_of(&list, 2).rank, Some(1));
        assert_eq!(
            entry_of(&list, 2).status,
            ShortlistStatus::AddedByOrganizer {
                reason: "mentor request".to_owned(),
                would_have_qualified: true
            }
        );
        assert_eq!(entry_of(&list, 3).status, ShortlistStatus::OnMerit);
        assert_eq!(
            entry_of(&list, 4).status,
            ShortlistStatus::AddedByOrganizer {
                reason: "accessibility".to_owned(),
                would_have_qualified: false
            }
        );
        let unscored_include = entry_of(&list, 9);
        assert!(unscored_include.on_shortlist);
        assert_eq!(unscored_include.rank, None);
        // Excluded projects are listed last.
        assert_eq!(list.entries.last().map(|e| e.project), Some(1));
    }

    #[test]
    fn unscored_projects_are_listed_last_and_never_shortlisted_on_merit() {
        let results = [result(5, -1.0, 3.0), {
            let mut r = result(6, 0.0, 0.0);
            r.judge_count = 0;
            r
        }];
        let list = only(
            rank_shortlist(&results, &one_category(&[3, 5, 6, 1]), &[], &params_k(10)).unwrap(),
        );
        let order: Vec<_> = list.entries.iter().map(|e| (e.project, e.rank)).collect();
        assert_eq!(order, [(5, Some(1)), (1, None), (3, None), (6, None)]);
        assert_eq!(shortlisted_ids(&list), [5]);
        for id in [1, 3, 6] {
            let e = entry_of(&list, id);
            assert_eq!(e.status, ShortlistStatus::Unscored);
            assert_eq!((e.normalised_score, e.judge_count), (None, 0));
        }
    }

    #[test]
    fn categories_are_ranked_separately_with_their_own_k() {
        let results = [
            result(1, 3.0, 30.0),
            result(2, 2.0, 20.0),
            result(3, 1.0, 10.0),
            result(4, 0.0, 5.0),
        ];
        let categories = [(1, 'b'), (2, 'a'), (3, 'b'), (4, 'a')];
        let mut params = params_k(1);
        params.k_by_category.insert('a', 2);
        let lists = rank_shortlist(&results, &categories, &[], &params).unwrap();
        assert_eq!(
            lists.iter().map(|l| (l.category, l.k)).collect::<Vec<_>>(),
            [('a', 2), ('b', 1)]
        );
        assert_eq!(shortlisted_ids(&lists[0]), [2, 4]);
        assert_eq!(shortlisted_ids(&lists[1]), [1]);
        assert_eq!(entry_of(&lists[1], 3).rank, Some(2));
    }

    #[test]
    fn display_order_of_ties_is_by_raw_mean_then_id() {
        let results = [
            result(7, 1.0, 20.0),
            result(3, 1.0, 20.0),
            result(5, 1.0, 25.0),
        ];
        let list =
            only(rank_shortlist(&results, &one_category(&[3, 5, 7]), &[], &params_k(10)).unwrap());
        let order: Vec<_> = list.entries.iter().map(|e| e.project).collect();
        assert_eq!(order, [5, 3, 7]);
    }

    proptest! {
        #[test]
        fn shortlist_ranking_ignores_input_order(
            raw in prop::collection::vec((0u8..5, 0u8..4, 0u8..3), 1..30).prop_shuffle(),
            k in 0usize..6,
        ) {
            // (score bucket, raw bucket, category) per project id = index
            let results: Vec<_> = (0u32..)
                .zip(&raw)
                .map(|(id, &(s, r, _))| result(id, f64::from(s) / 2.0, f64::from(r)))
                .collect();
            let categories: Vec<_> = (0u32..).zip(&raw).map(|(id, &(_, _, c))| (id, c)).collect();
            let params = ShortlistParams { default_k: k, ..ShortlistParams::default() };
            let forward = rank_shortlist(&results, &categories, &[], &params).unwrap();
            let mut results_rev = results.clone();
            results_rev.reverse();
            let mut categories_rev = categories.clone();
            categories_rev.reverse();
            let backward = rank_shortlist(&results_rev, &categories_rev, &[], &params).unwrap();
            prop_assert_eq!(&forward, &backward);
            for list in &forward {
                let on = list.shortlisted().count();
                prop_assert!(on >= k.min(list.entries.len()));
                prop_assert_eq!(on > k, list.tie_at_cut);
                // Ranks are non-decreasing in display order, and every shortlisted
                // project outranks or ties every other.
                let ranks: Vec<_> = list.entries.iter().filter_map(|e| e.rank).collect();
                prop_assert!(ranks.windows(2).all(|w| w[0] <= w[1]));
            }
        }
    }

    #[test]
    fn rank_shortlist_refuses_bad_input() {
        let results = [result(1, 1.0, 10.0)];
        let cats = one_category(&[1, 2]);
        let p = params_k(10);
        assert_eq!(
            rank_shortlist(&results, &[(1, 'a'), (1, 'b')], &[], &p),
            Err(ShortlistError::DuplicateProject { project: 1 })
        );
        assert_eq!(
            rank_shortlist(&results, &one_category(&[2]), &[], &p),
            Err(ShortlistError::UnknownProject { project: 1 })
        );
        assert_eq!(
            rank_shortlist(&[result(1, 1.0, 1.0), result(1, 2.0, 1.0)], &cats, &[], &p),
            Err(ShortlistError::DuplicateResult { project: 1 })
        );
        assert_eq!(
            rank_shortlist(&[result(1, f64::NAN, 1.0)], &cats, &[], &p),
            Err(ShortlistError::NonFiniteScore { project: 1 })
        );
        let include = |project, reason: &str| Adjustment::Include {
            project,
            reason: reason.to_owned(),
        };
        let exclude = |project, reason: &str| Adjustment::Exclude {
            project,
            reason: reason.to_owned(),
        };
        assert_eq!(
            rank_shortlist(&results, &cats, &[include(3, "x")], &p),
            Err(ShortlistError::UnknownProject { project: 3 })
        );
        assert_eq!(
            rank_shortlist(&results, &cats, &[include(2, "x"), exclude(2, "y")], &p),
            Err(ShortlistError::ConflictingAdjustments { project: 2 })
        );
        assert_eq!(
            rank_shortlist(&results, &cats, &[exclude(2, "  ")], &p),
            Err(ShortlistError::EmptyReason { project: 2 })
        );
        assert_eq!(
            rank_shortlist(&results, &cats, &[exclude(2, &"x".repeat(501))], &p),
            Err(ShortlistError::ReasonTooLong { project: 2 })
        );
        assert!(rank_shortlist(&results, &cats, &[exclude(2, &"x".repeat(500))], &p).is_ok());
        let bad_eps = ShortlistParams {
            tie_epsilon: -1.0,
            ..params_k(1)
        };
        assert_eq!(
            rank_shortlist(&results, &cats, &[], &bad_eps),
            Err(ShortlistError::InvalidEpsilon)
        );
    }

    #[test]
    fn normalise_then_rank_end_to_end() {
        let scores = [
            (1u8, 10u32, 30.0),
            (1, 11, 20.0),
            (2, 10, 35.0),
            (2, 12, 15.0),
        ];
        let n = normalise(&scores, defaults()).unwrap();
        let categories = [(10u32, 'a'), (11, 'a'), (12, 'a'), (13, 'a')];
        let list = only(rank_shortlist(&n.projects, &categories, &[], &params_k(2)).unwrap());
        assert_eq!(shortlisted_ids(&list), [10, 11]);
        assert_eq!(entry_of(&list, 13).status, ShortlistStatus::Unscored);
    }

    // ----- awards -----

    #[test]
    fn award_ranking_means_ranks_and_ties() {
        let scores = [
            (1u8, 10u32, award(10, 10, 10, 10)), // 40
            (2, 10, award(5, 5, 5, 5)),          // 20 -> mean 30
            (1, 11, award(8, 7, 8, 7)),          // 30 -> mean 30 (tie)
            (1, 12, award(10, 10, 5, 5)),        // 30
            (2, 12, award(0, 0, 0, 0)),          // 0
            (3, 12, award(10, 10, 10, 10)),      // 40 -> 70/3
        ];
        let ranking = rank_awards(&scores).unwrap();
        let rows: Vec<_> = ranking
            .entries()
            .iter()
            .map(|e| (e.project, e.rank, e.tied, e.score_count))
            .collect();
        assert_eq!(
            rows,
            [(10, 1, true, 2), (11, 1, true, 1), (12, 3, false, 3)]
        );
        let top = ranking.entries()[0].clone();
        assert_eq!(top.mean_total, 30.0);
        assert_eq!(top.criterion_means.impact, 7.5);
        assert_eq!(top.criterion_means.get(AwardCriterion::Creativity), 7.5);
        let third = &ranking.entries()[2];
        assert!((third.mean_total - 70.0 / 3.0).abs() < 1e-12);
        assert!((third.criterion_means.technical - 5.0).abs() < 1e-12);
        assert_eq!(ranking.top().len(), 2);
        assert_eq!(
            rank_awards(&[(1u8, 1u32, award(1, 1, 1, 1)), (1, 1, award(2, 2, 2, 2))]),
            Err(AwardRankingError::DuplicateScore {
                member: 1,
                project: 1
            })
        );
    }

    fn clear_winner() -> AwardRanking<u32> {
        rank_awards(&[
            (1u8, 1u32, award(10, 10, 10, 10)),
            (1, 2, award(5, 5, 5, 5)),
            (1, 3, award(1, 1, 1, 1)),
        ])
        .unwrap()
    }

    fn tied_top() -> AwardRanking<u32> {
        rank_awards(&[
            (1u8, 1u32, award(9, 9, 9, 9)),
            (1, 2, award(9, 9, 9, 9)),
            (1, 3, award(1, 1, 1, 1)),
        ])
        .unwrap()
    }

    #[test]
    fn decide_happy_paths() {
        let decision = decide(&clear_winner(), 1, None).unwrap();
        assert_eq!(
            decision,
            Decision {
                project: 1,
                rank: 1,
                kind: DecisionKind::TopRanked,
                reason: None
            }
        );
        let noted = decide(&clear_winner(), 1, Some("  unanimous  ")).unwrap();
        assert_eq!(noted.reason.as_deref(), Some("unanimous"));
        let blank = decide(&clear_winner(), 1, Some("   ")).unwrap();
        assert_eq!(blank.reason, None);

        let tie = decide(&tied_top(), 2, Some("stronger SDG story")).unwrap();
        assert_eq!(tie.kind, DecisionKind::TieBroken);
        assert_eq!(tie.rank, 1);
        assert_eq!(tie.reason.as_deref(), Some("stronger SDG story"));

        let over = decide(&clear_winner(), 3, Some(&"é".repeat(500))).unwrap();
        assert_eq!((over.kind, over.rank), (DecisionKind::Override, 3));
    }

    #[test]
    fn decide_errors() {
        let empty = rank_awards::<u8, u32>(&[]).unwrap();
        assert_eq!(decide(&empty, 1, Some("x")), Err(DecisionError::NoScores));
        assert_eq!(
            decide(&clear_winner(), 99, Some("x")),
            Err(DecisionError::NotRanked)
        );
        assert_eq!(
            decide(&tied_top(), 1, None),
            Err(DecisionError::TieNeedsReason)
        );
        assert_eq!(
            decide(&tied_top(), 1, Some(" \n ")),
            Err(DecisionError::TieNeedsReason)
        );
        assert_eq!(
            decide(&clear_winner(), 2, None),
            Err(DecisionError::OverrideNeedsReason)
        );
        // Choosing below a tied top is an override too.
        assert_eq!(
            decide(&tied_top(), 3, Some("")),
            Err(DecisionError::OverrideNeedsReason)
        );
        assert_eq!(
            decide(&tied_top(), 1, Some(&"x".repeat(501))),
            Err(DecisionError::ReasonTooLong)
        );
        assert_eq!(
            decide(&clear_winner(), 1, Some(&"x".repeat(501))),
            Err(DecisionError::ReasonTooLong)
        );
    }

    // ----- VIP picks -----

    fn allowed(project: u32) -> bool {
        project < 100
    }

    #[test]
    fn picks_happy_path() {
        let picks = validate_picks(
            &[(3u32, "  Brilliant! "), (1, "Loved the sound")],
            allowed,
            3,
        )
        .unwrap();
        let rows: Vec<_> = picks
            .as_slice()
            .iter()
            .map(|p| (p.position(), p.project(), p.quote().to_owned()))
            .collect();
        assert_eq!(
            rows,
            [
                (1, 3, "Brilliant!".to_owned()),
                (2, 1, "Loved the sound".to_owned())
            ]
        );
        let owned = vec![(5u32, String::from("ok"))];
        assert_eq!(
            validate_picks(&owned, allowed, 1).unwrap().into_vec().len(),
            1
        );
    }

    #[test]
    fn picks_count_quotes_in_characters() {
        let cjk_200 = "好".repeat(200);
        assert_eq!(cjk_200.len(), 600);
        let picks = validate_picks(&[(1u32, cjk_200.as_str())], allowed, 1).unwrap();
        assert_eq!(picks.as_slice()[0].quote().chars().count(), 200);
        let cjk_201 = "好".repeat(201);
        assert_eq!(
            validate_picks(&[(1u32, cjk_201.as_str())], allowed, 1),
            Err(PicksError::Invalid {
                position: 1,
                problem: PickProblem::QuoteTooLong { chars: 201 }
            })
        );
        // Surrounding whitespace does not count.
        let padded = format!("  {cjk_200}\n");
        assert!(validate_picks(&[(1u32, padded.as_str())], allowed, 1).is_ok());
    }

    #[test]
    fn picks_errors() {
        let none: [(u32, &str); 0] = [];
        assert_eq!(validate_picks(&none, allowed, 3), Err(PicksError::Empty));
        assert_eq!(
            validate_picks(&[(1u32, "a"), (2, "b"), (3, "c")], allowed, 2),
            Err(PicksError::TooMany { max: 2, given: 3 })
        );
        let invalid = |position, problem| Err(PicksError::Invalid { position, problem });
        assert_eq!(
            validate_picks(&[(1u32, "a"), (2, "b"), (1, "c")], allowed, 3),
            invalid(3, PickProblem::DuplicateProject { first_position: 1 })
        );
        assert_eq!(
            validate_picks(&[(1u32, "a"), (100, "b")], allowed, 3),
            invalid(2, PickProblem::NotAllowed)
        );
        assert_eq!(
            validate_picks(&[(1u32, " \t ")], allowed, 3),
            invalid(1, PickProblem::QuoteEmpty)
        );
        assert_eq!(
            validate_picks(&[(1u32, "a"), (2, "line\nbreak")], allowed, 3),
            invalid(2, PickProblem::QuoteControlCharacter)
        );
        assert_eq!(
            validate_picks(&[(1u32, "nul\u{0}")], allowed, 3),
            invalid(1, PickProblem::QuoteControlCharacter)
        );
        assert_eq!(
            validate_picks(&[(1u32, "evil\u{202E}txt")], allowed, 3),
            invalid(1, PickProblem::QuoteControlCharacter)
        );
        // The first failing position is reported.
        assert_eq!(
            validate_picks(&[(1u32, ""), (100, "b")], allowed, 3),
            invalid(1, PickProblem::QuoteEmpty)
        );
        assert_eq!(
            validate_picks(&[(1u32, "a")], allowed, 0),
            Err(PicksError::TooMany { max: 0, given: 1 })
        );
    }
}
