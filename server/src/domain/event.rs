//! Events: their identity, timezone, phase schedule and the rules tied to phases.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// Whether `s` is a lowercase ASCII slug of `min..=max` characters: letters, digits and
/// single hyphens, not starting or ending with one.
pub(crate) fn is_slug(s: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

/// An event's identifier in URLs: `global-2027`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EventSlug(String);

/// Why an event slug was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a valid event identifier (3–64 lowercase letters, digits and hyphens)")]
pub struct EventSlugError(String);

impl EventSlug {
    pub fn parse(input: &str) -> Result<Self, EventSlugError> {
        if is_slug(input, 3, 64) {
            Ok(Self(input.to_owned()))
        } else {
            Err(EventSlugError(input.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EventSlug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for EventSlug {
    type Error = EventSlugError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<EventSlug> for String {
    fn from(slug: EventSlug) -> Self {
        slug.0
    }
}

/// An IANA timezone such as `Europe/Dublin`; deadlines are in the event's timezone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timezone(Tz);

/// Why a timezone was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not an IANA timezone such as Europe/Dublin")]
pub struct TimezoneError(String);

impl Timezone {
    pub fn parse(input: &str) -> Result<Self, TimezoneError> {
        Tz::from_str(input.trim())
            .map(Self)
            .map_err(|_| TimezoneError(input.to_owned()))
    }

    pub fn tz(self) -> Tz {
        self.0
    }

    pub fn name(self) -> &'static str {
        self.0.name()
    }
}

/// The age under which a creator needs a guardian's consent to be published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct ConsentAge(u8);

/// Why a consent age was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the consent age must be between 13 and 21, not {0}")]
pub struct ConsentAgeError(i64);

impl ConsentAge {
    /// The default: everyone under 18 needs a guardian's consent.
    pub const DEFAULT: ConsentAge = ConsentAge(18);

    /// Accepts 13–21: below 13 no one registers alone, and no jurisdiction asks more than 21.
    pub fn parse(years: i64) -> Result<Self, ConsentAgeError> {
        u8::try_from(years)
            .ok()
            .filter(|y| (13..=21).contains(y))
            .map(Self)
            .ok_or(ConsentAgeError(years))
    }

    pub fn years(self) -> u8 {
        self.0
    }
}

/// Where an event is in its life. Organizers move an event forward one phase at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Announced, not yet accepting projects.
    Upcoming,
    /// Creators submit and edit projects until the deadline.
    SubmissionsOpen,
    /// Submissions closed; moderators check projects and consents.
    Moderation,
    /// Volunteer judges score their assigned projects.
    Shortlisting,
    /// VIP judges pick favourites; the award panel decides.
    Favourites,
    /// Results are public and the livestream has run.
    Announced,
    /// Read-only history.
    Archived,
}

/// What a phase allows. One table, so every rule about phases reads from the same place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PhasePermissions {
    pub creators_may_submit: bool,
    pub moderators_review: bool,
    pub volunteer_judges_score: bool,
    pub vip_judges_pick: bool,
    pub award_panel_scores: bool,
    /// Organizers assign volunteer judges to projects (and reassign, and undo).
    pub judges_assigned: bool,
    /// Organizers add projects to the shortlist or take them off it.
    pub shortlist_adjusted: bool,
    /// Organizers confirm the award's recipient.
    pub award_decided: bool,
    /// Judges may see each other's scores (never while they are still scoring).
    pub judges_see_other_scores: bool,
    pub results_public: bool,
}

/// Something people do that only some phases allow; a refusal names those phases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhaseAction {
    /// Creators start, edit and submit projects.
    EditProjects,
    /// Moderators decide on projects.
    Moderate,
    /// Volunteer judges score their assigned projects.
    Score,
    /// VIP judges pick their favourites.
    PickFavourites,
    /// The award panel scores the candidates.
    ScoreAward,
    /// Organizers confirm the award.
    DecideAward,
    /// Organizers assign volunteer judges.
    AssignJudges,
    /// Organizers adjust the shortlist.
    AdjustShortlist,
}

impl PhaseAction {
    pub const ALL: [PhaseAction; 8] = [
        PhaseAction::EditProjects,
        PhaseAction::Moderate,
        PhaseAction::Score,
        PhaseAction::PickFavourites,
        PhaseAction::ScoreAward,
        PhaseAction::DecideAward,
        PhaseAction::AssignJudges,
        PhaseAction::AdjustShortlist,
    ];

    /// Whether `phase` allows it.
    pub fn allowed_in(self, phase: Phase) -> bool {
        let p = phase.permissions();
        match self {
            PhaseAction::EditProjects => p.creators_may_submit,
            PhaseAction::Moderate => p.moderators_review,
            PhaseAction::Score => p.volunteer_judges_score,
            PhaseAction::PickFavourites => p.vip_judges_pick,
            PhaseAction::ScoreAward => p.award_panel_scores,
            PhaseAction::DecideAward => p.award_decided,
            PhaseAction::AssignJudges => p.judges_assigned,
            PhaseAction::AdjustShortlist => p.shortlist_adjusted,
        }
    }

    /// Every phase that allows it, in order (what a refusal names).
    pub fn phases(self) -> Vec<Phase> {
        Phase::ALL
            .into_iter()
            .filter(|p| self.allowed_in(*p))
            .collect()
    }

    /// The Fluent key of its name: `phase-action-moderate`.
    pub fn name_key(self) -> &'static str {
        match self {
            PhaseAction::EditProjects => "phase-action-edit-projects",
            PhaseAction::Moderate => "phase-action-moderate",
            PhaseAction::Score => "phase-action-score",
            PhaseAction::PickFavourites => "phase-action-pick-favourites",
            PhaseAction::ScoreAward => "phase-action-score-award",
            PhaseAction::DecideAward => "phase-action-decide-award",
            PhaseAction::AssignJudges => "phase-action-assign-judges",
            PhaseAction::AdjustShortlist => "phase-action-adjust-shortlist",
        }
    }
}

/// Why a phase move was refused; each a Fluent key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PhaseMoveError {
    #[error("error-phase-same")]
    Same,
    /// Forward moves go one phase at a time.
    #[error("error-phase-skip")]
    SkipsAhead,
    /// Moving back must be confirmed...
    #[error("error-phase-confirm")]
    NotConfirmed,
    /// ...and give a reason.
    #[error("error-phase-reason-required")]
    ReasonRequired,
    #[error("error-phase-reason-too-long")]
    ReasonTooLong,
}

impl PhaseMoveError {
    pub fn key(self) -> &'static str {
        match self {
            PhaseMoveError::Same => "error-phase-same",
            PhaseMoveError::SkipsAhead => "error-phase-skip",
            PhaseMoveError::NotConfirmed => "error-phase-confirm",
            PhaseMoveError::ReasonRequired => "error-phase-reason-required",
            PhaseMoveError::ReasonTooLong => "error-phase-reason-too-long",
        }
    }
}

/// Longest reason for moving an event back, in characters.
pub const PHASE_REASON_MAX: usize = 500;

/// A phase move that may be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhaseMove {
    Forward,
    /// Back, with the organizer's reason.
    Back {
        reason: String,
    },
}

/// The rule for moving an event: forward one phase at a time; back to any earlier phase
/// only confirmed and with a reason.
pub fn check_move(
    from: Phase,
    to: Phase,
    confirmed: bool,
    reason: &str,
) -> Result<PhaseMove, PhaseMoveError> {
    let reason = reason.trim();
    if to == from {
        Err(PhaseMoveError::Same)
    } else if to > from {
        if from.next() == Some(to) {
            Ok(PhaseMove::Forward)
        } else {
            Err(PhaseMoveError::SkipsAhead)
        }
    } else if !confirmed {
        Err(PhaseMoveError::NotConfirmed)
    } else if reason.is_empty() {
        Err(PhaseMoveError::ReasonRequired)
    } else if reason.chars().count() > PHASE_REASON_MAX {
        Err(PhaseMoveError::ReasonTooLong)
    } else {
        Ok(PhaseMove::Back {
            reason: reason.to_owned(),
        })
    }
}

/// Why a phase name was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not an event phase")]
pub struct PhaseError(String);

impl Phase {
    /// Every phase in order.
    pub const ALL: [Phase; 7] = [
        Phase::Upcoming,
        Phase::SubmissionsOpen,
        Phase::Moderation,
        Phase::Shortlisting,
        Phase::Favourites,
        Phase::Announced,
        Phase::Archived,
    ];

    /// The name stored in the database and used in URLs and Fluent keys.
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Upcoming => "upcoming",
            Phase::SubmissionsOpen => "submissions_open",
            Phase::Moderation => "moderation",
            Phase::Shortlisting => "shortlisting",
            Phase::Favourites => "favourites",
            Phase::Announced => "announced",
            Phase::Archived => "archived",
        }
    }

    pub fn parse(input: &str) -> Result<Self, PhaseError> {
        Phase::ALL
            .into_iter()
            .find(|p| p.as_str() == input)
            .ok_or_else(|| PhaseError(input.to_owned()))
    }

    /// The Fluent key of the phase's name: `phase-submissions_open`.
    pub fn name_key(self) -> String {
        format!("phase-{}", self.as_str())
    }

    /// The phase after this one; `None` for the last.
    pub fn next(self) -> Option<Phase> {
        let i = Phase::ALL.iter().position(|p| *p == self)?;
        Phase::ALL.get(i + 1).copied()
    }

    /// What this phase allows.
    pub fn permissions(self) -> PhasePermissions {
        let none = PhasePermissions {
            creators_may_submit: false,
            moderators_review: false,
            volunteer_judges_score: false,
            vip_judges_pick: false,
            award_panel_scores: false,
            judges_assigned: false,
            shortlist_adjusted: false,
            award_decided: false,
            judges_see_other_scores: false,
            results_public: false,
        };
        match self {
            Phase::Upcoming => none,
            Phase::SubmissionsOpen => PhasePermissions {
                creators_may_submit: true,
                moderators_review: true,
                ..none
            },
            Phase::Moderation => PhasePermissions {
                moderators_review: true,
                judges_assigned: true,
                ..none
            },
            Phase::Shortlisting => PhasePermissions {
                moderators_review: true,
                volunteer_judges_score: true,
                judges_assigned: true,
                shortlist_adjusted: true,
                ..none
            },
            Phase::Favourites => PhasePermissions {
                vip_judges_pick: true,
                shortlist_adjusted: true,
                award_panel_scores: true,
                award_decided: true,
                judges_see_other_scores: true,
                ..none
            },
            Phase::Announced | Phase::Archived => PhasePermissions {
                judges_see_other_scores: true,
                results_public: true,
                ..none
            },
        }
    }
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// When each phase is planned to begin. The submission deadline is when moderation begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PhaseSchedule {
    submissions_open_at: DateTime<Utc>,
    submissions_close_at: DateTime<Utc>,
    shortlisting_at: DateTime<Utc>,
    favourites_at: DateTime<Utc>,
    announcement_at: DateTime<Utc>,
    archive_at: DateTime<Utc>,
}

/// Why a schedule was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the phase dates must be in order: {later} cannot come before {earlier}")]
pub struct ScheduleError {
    pub earlier: Phase,
    pub later: Phase,
}

impl PhaseSchedule {
    /// Builds a schedule from the start of every phase after `Upcoming`, in order; each must
    /// come strictly after the previous one.
    pub fn new(starts: [DateTime<Utc>; 6]) -> Result<Self, ScheduleError> {
        for (i, pair) in starts.windows(2).enumerate() {
            if pair[1] <= pair[0] {
                return Err(ScheduleError {
                    earlier: Phase::ALL[i + 1],
                    later: Phase::ALL[i + 2],
                });
            }
        }
        let [
            submissions_open_at,
            submissions_close_at,
            shortlisting_at,
            favourites_at,
            announcement_at,
            archive_at,
        ] = starts;
        Ok(Self {
            submissions_open_at,
            submissions_close_at,
            shortlisting_at,
            favourites_at,
            announcement_at,
            archive_at,
        })
    }

    /// When `phase` is planned to begin (`None` for `Upcoming`, which has no start).
    pub fn starts_at(&self, phase: Phase) -> Option<DateTime<Utc>> {
        match phase {
            Phase::Upcoming => None,
            Phase::SubmissionsOpen => Some(self.submissions_open_at),
            Phase::Moderation => Some(self.submissions_close_at),
            Phase::Shortlisting => Some(self.shortlisting_at),
            Phase::Favourites => Some(self.favourites_at),
            Phase::Announced => Some(self.announcement_at),
            Phase::Archived => Some(self.archive_at),
        }
    }

    /// When the given current phase is planned to end: the next milestone to show.
    pub fn ends_at(&self, phase: Phase) -> Option<DateTime<Utc>> {
        phase.next().and_then(|next| self.starts_at(next))
    }

    /// The submission deadline.
    pub fn submission_deadline(&self) -> DateTime<Utc> {
        self.submissions_close_at
    }

    /// The six phase starts in order, as `new` takes them.
    pub fn starts(&self) -> [DateTime<Utc>; 6] {
        [
            self.submissions_open_at,
            self.submissions_close_at,
            self.shortlisting_at,
            self.favourites_at,
            self.announcement_at,
            self.archive_at,
        ]
    }
}

/// An event's database identifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct EventId(pub uuid::Uuid);

/// An event as the rest of the code sees it: every field already parsed.
#[derive(Debug, Clone)]
pub struct Event {
    pub id: EventId,
    pub slug: EventSlug,
    pub name: String,
    pub timezone: Timezone,
    pub phase: Phase,
    pub schedule: PhaseSchedule,
    /// Creators must be 18 or under on this date.
    pub reference_date: chrono::NaiveDate,
    pub consent_age: ConsentAge,
    /// Languages projects may be written in.
    pub content_languages: Vec<crate::domain::LanguageTag>,
    /// The most creators one project may have.
    pub team_size: crate::domain::event_settings::TeamSize,
}

impl Event {
    /// The next milestone of the current phase, if it has one.
    pub fn next_deadline(&self) -> Option<DateTime<Utc>> {
        self.schedule.ends_at(self.phase)
    }
}

/// Everything needed to create an event.
#[derive(Debug, Clone)]
pub struct NewEvent {
    pub slug: EventSlug,
    pub name: String,
    pub timezone: Timezone,
    pub phase: Phase,
    pub schedule: PhaseSchedule,
    pub reference_date: chrono::NaiveDate,
    pub consent_age: ConsentAge,
    pub content_languages: Vec<crate::domain::LanguageTag>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};
    use proptest::prelude::*;

    fn schedule() -> PhaseSchedule {
        let Some(t0) = Utc.with_ymd_and_hms(2027, 1, 10, 9, 0, 0).single() else {
            panic!("valid date")
        };
        let days = [0, 60, 75, 90, 100, 200].map(|d| t0 + Duration::days(d));
        match PhaseSchedule::new(days) {
            Ok(s) => s,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn phases_advance_in_order_and_stop_at_archived() {
        let mut seen = vec![Phase::Upcoming];
        while let Some(next) = seen.last().and_then(|p| p.next()) {
            seen.push(next);
        }
        assert_eq!(seen, Phase::ALL.to_vec());
    }

    #[test]
    fn phase_names_round_trip() {
        for phase in Phase::ALL {
            assert_eq!(Phase::parse(phase.as_str()), Ok(phase));
        }
        assert!(Phase::parse("SUBMISSIONS_OPEN").is_err());
    }

    #[test]
    fn only_the_open_phase_accepts_submissions() {
        let open: Vec<_> = Phase::ALL
            .into_iter()
            .filter(|p| p.permissions().creators_may_submit)
            .collect();
        assert_eq!(open, vec![Phase::SubmissionsOpen]);
    }

    #[test]
    fn the_deadline_of_the_open_phase_is_the_submission_deadline() {
        let s = schedule();
        assert_eq!(
            s.ends_at(Phase::SubmissionsOpen),
            Some(s.submission_deadline())
        );
        assert_eq!(
            s.ends_at(Phase::Upcoming),
            s.starts_at(Phase::SubmissionsOpen)
        );
        assert_eq!(s.ends_at(Phase::Archived), None);
    }

    #[test]
    fn out_of_order_schedule_is_refused() {
        let mut starts = schedule().starts();
        starts.swap(2, 3);
        let err = PhaseSchedule::new(starts).err();
        assert_eq!(
            err,
            Some(ScheduleError {
                earlier: Phase::Shortlisting,
                later: Phase::Favourites
            })
        );
    }

    #[test]
    fn consent_age_bounds() {
        assert!(ConsentAge::parse(12).is_err());
        assert!(ConsentAge::parse(22).is_err());
        assert!(ConsentAge::parse(-1).is_err());
        assert_eq!(ConsentAge::parse(16).map(ConsentAge::years), Ok(16));
    }

    #[test]
    fn timezones_are_iana_names() {
        assert_eq!(
            Timezone::parse("Asia/Tokyo").map(Timezone::name),
            Ok("Asia/Tokyo")
        );
        assert!(Timezone::parse("Mars/Olympus").is_err());
        assert!(Timezone::parse("").is_err());
    }

    #[test]
    fn the_permission_table_keeps_judging_fair() {
        for phase in Phase::ALL {
            let p = phase.permissions();
            // Scores stay private while judges are still scoring.
            assert!(
                !(p.volunteer_judges_score && p.judges_see_other_scores),
                "{phase}"
            );
            // Picks lock when favourites close; results are public only once announced.
            assert_eq!(p.vip_judges_pick, phase == Phase::Favourites, "{phase}");
            assert_eq!(p.results_public, phase >= Phase::Announced, "{phase}");
        }
        assert_eq!(
            PhaseAction::Moderate.phases(),
            [
                Phase::SubmissionsOpen,
                Phase::Moderation,
                Phase::Shortlisting
            ]
        );
        assert!(PhaseAction::ALL.iter().all(|a| !a.phases().is_empty()));
    }

    #[test]
    fn moving_back_needs_a_confirmation_and_a_reason() {
        use PhaseMoveError::*;
        let (m, s) = (Phase::Moderation, Phase::Shortlisting);
        assert_eq!(check_move(m, s, false, ""), Ok(PhaseMove::Forward));
        assert_eq!(check_move(m, Phase::Favourites, true, "x"), Err(SkipsAhead));
        assert_eq!(check_move(s, m, false, "late entries"), Err(NotConfirmed));
        assert_eq!(check_move(s, m, true, "  "), Err(ReasonRequired));
        assert_eq!(check_move(s, s, true, "x"), Err(Same));
        assert_eq!(
            check_move(s, Phase::Upcoming, true, " late entries "),
            Ok(PhaseMove::Back {
                reason: "late entries".into()
            })
        );
    }

    proptest! {
        #[test]
        fn a_move_is_allowed_exactly_one_step_forward_or_confirmed_back(
            from in 0..7usize, to in 0..7usize, confirmed in any::<bool>(), reason in "[a-z ]{0,8}",
        ) {
            let (f, t) = (Phase::ALL[from], Phase::ALL[to]);
            let ok = check_move(f, t, confirmed, &reason).is_ok();
            let expected = to == from + 1 || (to < from && confirmed && !reason.trim().is_empty());
            prop_assert_eq!(ok, expected);
        }

        #[test]
        fn valid_slugs_round_trip(s in "[a-z0-9]([a-z0-9]|-[a-z0-9]){2,30}") {
            let slug = EventSlug::parse(&s);
            prop_assert!(slug.is_ok(), "{}", s);
            prop_assert_eq!(slug.map(String::from), Ok(s));
        }

        #[test]
        fn slugs_never_contain_anything_but_the_allowed_alphabet(s in "\\PC{0,70}") {
            if let Ok(slug) = EventSlug::parse(&s) {
                prop_assert!(slug.as_str().bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
            }
        }
    }
}
