//! Judges: the capacities they judge an event in, their public profile, their conflicts of
//! interest, and the numbers an event's judging runs with.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::LanguageTag;
use super::account::{EmailAddress, InputError, clean_text};
use super::judging::{AwardRubric, Mark, MarkError, Rubric};
use super::project::{FieldErrors, text};

/// A capacity in which someone judges an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JudgeKind {
    /// Scores the projects assigned to them while shortlisting.
    Volunteer,
    /// Picks favourites in their categories for the livestream.
    Vip,
    /// Scores the candidates of the event's awards.
    AwardPanel,
}

/// Why a judge kind was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a kind of judge")]
pub struct JudgeKindError(String);

impl JudgeKind {
    pub const ALL: [JudgeKind; 3] = [JudgeKind::Volunteer, JudgeKind::Vip, JudgeKind::AwardPanel];

    pub fn as_str(self) -> &'static str {
        match self {
            JudgeKind::Volunteer => "volunteer",
            JudgeKind::Vip => "vip",
            JudgeKind::AwardPanel => "award_panel",
        }
    }

    pub fn parse(input: &str) -> Result<Self, JudgeKindError> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == input)
            .ok_or_else(|| JudgeKindError(input.to_owned()))
    }

    /// The Fluent key of its name: `judge-kind-vip`.
    pub fn name_key(self) -> &'static str {
        match self {
            JudgeKind::Volunteer => "judge-kind-volunteer",
            JudgeKind::Vip => "judge-kind-vip",
            JudgeKind::AwardPanel => "judge-kind-award-panel",
        }
    }
}

impl fmt::Display for JudgeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// At least one capacity, each once, in a fixed order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JudgeKinds(Vec<JudgeKind>);

impl JudgeKinds {
    /// Refuses an empty set (`error-judge-kinds-required`).
    pub fn new(kinds: impl IntoIterator<Item = JudgeKind>) -> Result<Self, InputError> {
        let mut kinds: Vec<JudgeKind> = kinds.into_iter().collect();
        kinds.sort();
        kinds.dedup();
        if kinds.is_empty() {
            return Err(InputError("error-judge-kinds-required"));
        }
        Ok(Self(kinds))
    }

    pub fn contains(&self, kind: JudgeKind) -> bool {
        self.0.contains(&kind)
    }

    pub fn as_slice(&self) -> &[JudgeKind] {
        &self.0
    }
}

/// Longest judge title, in characters.
pub const TITLE_MAX: usize = 120;
/// Longest judge bio, in characters.
pub const BIO_MAX: usize = 600;
/// Most languages a judge lists.
pub const LANGUAGES_MAX: usize = 12;

/// A judge's profile as they edit it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JudgeProfile {
    pub title: String,
    pub bio: String,
    /// The languages the judge reads, at least one (assignment prefers them).
    pub languages: Vec<LanguageTag>,
}

impl JudgeProfile {
    /// Checks every field and reports every problem at once, by field name.
    pub fn parse(title: &str, bio: &str, languages: &[String]) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let title = match clean_text(
            title,
            0,
            TITLE_MAX,
            "error-field-required",
            "error-text-too-long",
        ) {
            Ok(t) => t,
            Err(e) => {
                errors.push(("title", e));
                String::new()
            }
        };
        let bio = text(&mut errors, "bio", bio, BIO_MAX, false);
        let mut tags = Vec::new();
        for raw in languages.iter().filter(|l| !l.trim().is_empty()) {
            match LanguageTag::parse(raw) {
                Ok(tag) if !tags.contains(&tag) => tags.push(tag),
                Ok(_) => {}
                Err(_) => {
                    errors.push(("languages", InputError("error-language-invalid")));
                    break;
                }
            }
        }
        if tags.is_empty() && !errors.iter().any(|(f, _)| *f == "languages") {
            errors.push(("languages", InputError("error-judge-languages-required")));
        } else if tags.len() > LANGUAGES_MAX {
            errors.push(("languages", InputError("error-judge-languages-too-many")));
        }
        if errors.is_empty() {
            Ok(Self {
                title,
                bio,
                languages: tags,
            })
        } else {
            Err(errors)
        }
    }
}

/// Longest note on a conflict, in characters.
pub const CONFLICT_NOTE_MAX: usize = 200;

/// What a conflict of interest is with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConflictTarget {
    /// One project.
    Project(uuid::Uuid),
    /// One creator: every project they are in.
    Creator(uuid::Uuid),
    /// The account that registers projects for a family or a code club: every project
    /// with a creator it manages (or that is its own creator profile).
    Account(EmailAddress),
    /// Every creator of this project (so their other projects too): recorded as one
    /// `Creator` conflict per member.
    Team(uuid::Uuid),
}

impl ConflictTarget {
    pub fn kind(&self) -> &'static str {
        match self {
            ConflictTarget::Project(_) => "project",
            ConflictTarget::Creator(_) => "creator",
            ConflictTarget::Account(_) => "account",
            ConflictTarget::Team(_) => "team",
        }
    }

    /// A project named by its id or by a link to its page (`…/projects/<id>` or
    /// `…/gallery/<event>/<id>`): the last path segment that is a UUID.
    pub fn project_from_link(input: &str) -> Result<Self, InputError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(InputError("error-conflict-project-required"));
        }
        let path = trimmed.split(['?', '#']).next().unwrap_or(trimmed);
        path.rsplit('/')
            .find_map(|segment| uuid::Uuid::parse_str(segment).ok())
            .map(ConflictTarget::Project)
            .ok_or(InputError("error-conflict-project-invalid"))
    }
}

/// A conflict note: one line, optional.
pub fn conflict_note(input: &str) -> Result<String, InputError> {
    clean_text(
        input,
        0,
        CONFLICT_NOTE_MAX,
        "error-field-required",
        "error-text-too-long",
    )
}

/// An award an event gives, by its identifier (lowercase letters, digits and single
/// hyphens, 3–40 characters): its name is the Fluent message `award-<kind>` where the
/// platform ships one, else the identifier itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwardKind(String);

impl AwardKind {
    /// The Broadcom Coding with Commitment award, which every event gives.
    pub const CODING_WITH_COMMITMENT: &'static str = "coding-with-commitment";

    pub fn parse(input: &str) -> Result<Self, InputError> {
        let trimmed = input.trim();
        if super::event::is_slug(trimmed, 3, 40) {
            Ok(Self(trimmed.to_owned()))
        } else {
            Err(InputError("error-award-kind-invalid"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The numbers an event's judging runs with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct JudgingSettings {
    /// Judges per project while shortlisting.
    pub judges_per_project: u32,
    /// Most projects one volunteer judge is given.
    pub judge_cap: u32,
    /// Shortlisted projects per category.
    pub shortlist_size: u32,
    /// Favourites each VIP judge picks.
    pub favourites_per_vip: u32,
}

impl Default for JudgingSettings {
    fn default() -> Self {
        JudgingSettings {
            judges_per_project: 2,
            judge_cap: 40,
            shortlist_size: 10,
            favourites_per_vip: 3,
        }
    }
}

impl JudgingSettings {
    /// Parses the console's form: every field a whole number in its range.
    pub fn parse(
        judges_per_project: &str,
        judge_cap: &str,
        shortlist_size: &str,
        favourites_per_vip: &str,
    ) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut number = |field: &'static str, input: &str, max: u32| -> u32 {
            match input.trim().parse::<u32>() {
                Ok(n) if (1..=max).contains(&n) => n,
                _ => {
                    errors.push((field, InputError("error-number-out-of-range")));
                    0
                }
            }
        };
        let settings = JudgingSettings {
            judges_per_project: number("judges_per_project", judges_per_project, 10),
            judge_cap: number("judge_cap", judge_cap, 1000),
            shortlist_size: number("shortlist_size", shortlist_size, 100),
            favourites_per_vip: number("favourites_per_vip", favourites_per_vip, 10),
        };
        if errors.is_empty() {
            Ok(settings)
        } else {
            Err(errors)
        }
    }
}

/// Parses four marks of a form (field name, typed text), reporting each bad one by field.
fn parse_marks(fields: [(&'static str, &str); 4]) -> Result<[Mark; 4], FieldErrors> {
    let mut errors = FieldErrors::new();
    let marks = fields.map(|(field, input)| match Mark::parse(input) {
        Ok(m) => m,
        Err(e) => {
            errors.push((field, InputError(mark_error_key(e))));
            Mark::MIN
        }
    });
    if errors.is_empty() {
        Ok(marks)
    } else {
        Err(errors)
    }
}

/// Parses a volunteer judge's rubric from its form fields.
pub fn parse_rubric(
    coolness: &str,
    complexity: &str,
    presentation: &str,
    design: &str,
) -> Result<Rubric, FieldErrors> {
    let [coolness, complexity, presentation, design] = parse_marks([
        ("coolness", coolness),
        ("complexity", complexity),
        ("presentation", presentation),
        ("design", design),
    ])?;
    Ok(Rubric {
        coolness,
        complexity,
        presentation,
        design,
    })
}

/// Parses an award-panel member's rubric from its form fields.
pub fn parse_award_rubric(
    impact: &str,
    sdg: &str,
    technical: &str,
    creativity: &str,
) -> Result<AwardRubric, FieldErrors> {
    let [impact, sdg, technical, creativity] = parse_marks([
        ("impact", impact),
        ("sdg", sdg),
        ("technical", technical),
        ("creativity", creativity),
    ])?;
    Ok(AwardRubric {
        impact,
        sdg,
        technical,
        creativity,
    })
}

/// The Fluent key of a mark's problem.
pub fn mark_error_key(e: MarkError) -> &'static str {
    match e {
        MarkError::Empty => "error-mark-required",
        MarkError::NotANumber | MarkError::OutOfRange => "error-mark-range",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn kinds_are_a_set_of_at_least_one() {
        assert!(JudgeKinds::new([]).is_err());
        let kinds =
            JudgeKinds::new([JudgeKind::Vip, JudgeKind::Volunteer, JudgeKind::Vip]).expect("kinds");
        assert_eq!(kinds.as_slice(), &[JudgeKind::Volunteer, JudgeKind::Vip]);
        for kind in JudgeKind::ALL {
            assert_eq!(JudgeKind::parse(kind.as_str()), Ok(kind));
        }
        assert!(JudgeKind::parse("Vip").is_err());
    }

    #[test]
    fn a_profile_needs_a_language_and_reports_every_problem() {
        let long = "x".repeat(TITLE_MAX + 1);
        let errors = JudgeProfile::parse(&long, "bio", &[]).expect_err("problems");
        let fields: Vec<_> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["title", "languages"]);
        let profile = JudgeProfile::parse(
            "  Engineer, Raspberry Pi ",
            "Builds robots.\r\nLoves Scratch.",
            &["EN".into(), "pt-br".into(), "en".into(), " ".into()],
        )
        .expect("profile");
        assert_eq!(profile.title, "Engineer, Raspberry Pi");
        assert_eq!(profile.bio, "Builds robots.\nLoves Scratch.");
        let tags: Vec<_> = profile.languages.iter().map(|t| t.as_str()).collect();
        assert_eq!(tags, ["en", "pt-BR"]);
        assert!(JudgeProfile::parse("", "", &["not a tag!".into()]).is_err());
    }

    #[test]
    fn a_project_conflict_comes_from_an_id_or_a_link() {
        let id = uuid::Uuid::new_v4();
        for input in [
            id.to_string(),
            format!("https://showcase.example/gallery/2026/{id}?lang=fr"),
            format!("/projects/{id}#images"),
        ] {
            assert_eq!(
                ConflictTarget::project_from_link(&input),
                Ok(ConflictTarget::Project(id)),
                "{input}"
            );
        }
        assert!(ConflictTarget::project_from_link("").is_err());
        assert!(ConflictTarget::project_from_link("https://example.org/gallery").is_err());
    }

    #[test]
    fn award_kinds_are_slugs() {
        assert_eq!(
            AwardKind::parse(" young-maker ").map(|k| k.as_str().to_owned()),
            Ok("young-maker".to_owned())
        );
        for bad in ["", "ab", "Young", "two--hyphens", "-x-", "ü-award"] {
            assert!(AwardKind::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn settings_are_whole_numbers_in_range() {
        assert_eq!(
            JudgingSettings::parse("2", "40", "10", "3"),
            Ok(JudgingSettings::default())
        );
        let errors = JudgingSettings::parse("0", "x", "101", "3").expect_err("bad");
        let fields: Vec<_> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            ["judges_per_project", "judge_cap", "shortlist_size"]
        );
    }

    #[test]
    fn rubrics_report_each_bad_mark_by_field() {
        let r = parse_rubric("10", " 0 ", "7", "3").expect("rubric");
        assert_eq!(r.total(), 20);
        let errors = parse_rubric("11", "", "x", "5").expect_err("bad");
        let keys: Vec<_> = errors.iter().map(|(f, e)| (*f, e.0)).collect();
        assert_eq!(
            keys,
            [
                ("coolness", "error-mark-range"),
                ("complexity", "error-mark-required"),
                ("presentation", "error-mark-range"),
            ]
        );
        let a = parse_award_rubric("9", "8", "7", "6").expect("award rubric");
        assert_eq!(a.total(), 30);
        assert!(parse_award_rubric("-1", "8", "7", "6").is_err());
    }

    proptest! {
        #[test]
        fn profile_text_is_trimmed_and_bounded(title in "\\PC{0,150}", bio in "\\PC{0,700}") {
            if let Ok(p) = JudgeProfile::parse(&title, &bio, &["en".into()]) {
                prop_assert!(p.title.chars().count() <= TITLE_MAX);
                prop_assert!(p.bio.chars().count() <= BIO_MAX);
                prop_assert_eq!(p.title.trim(), p.title.as_str());
            }
        }
    }
}
