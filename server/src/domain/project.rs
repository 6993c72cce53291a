//! Projects: their fields and limits, draft versus submission validation, and when a
//! project may be edited.
//!
//! A draft keeps whatever the creator typed so far; saving it checks only the fields that
//! are filled in (formats and lengths). Submitting checks everything and reports every
//! problem at once, each next to its field.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::account::InputError;
use super::event::Phase;

/// Length limits, in characters (not bytes), so they mean the same in every script.
pub mod limits {
    pub const TITLE: usize = 80;
    pub const SHORT_DESCRIPTION: usize = 300;
    pub const ANSWER: usize = 1500;
    pub const COMMUNITY: usize = 1000;
    pub const LINK: usize = 2000;
    pub const ALT_TEXT: usize = 300;
    /// Images per project. (Creators per team are the event's own setting.)
    pub const IMAGES: usize = 5;
}

/// Where a project is in its life, as stored. Moderation and consent add their own
/// states on top of `Submitted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProjectStatus {
    Draft,
    Submitted,
    Withdrawn,
}

impl ProjectStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ProjectStatus::Draft => "draft",
            ProjectStatus::Submitted => "submitted",
            ProjectStatus::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            ProjectStatus::Draft,
            ProjectStatus::Submitted,
            ProjectStatus::Withdrawn,
        ]
        .into_iter()
        .find(|p| p.as_str() == s)
    }
}

/// Where an uploaded image is: being processed in the background, ready to show, or
/// refused by processing (with a reason the team sees).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ImageStatus {
    Processing,
    Ready,
    Rejected,
}

impl ImageStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ImageStatus::Processing => "processing",
            ImageStatus::Ready => "ready",
            ImageStatus::Rejected => "rejected",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            ImageStatus::Processing,
            ImageStatus::Ready,
            ImageStatus::Rejected,
        ]
        .into_iter()
        .find(|i| i.as_str() == s)
    }
}

/// Whether a project can still be changed: drafts and submitted projects can, until the
/// event's submission deadline, while the event accepts submissions.
pub fn is_editable(
    status: ProjectStatus,
    phase: Phase,
    deadline: DateTime<Utc>,
    now: DateTime<Utc>,
) -> bool {
    status != ProjectStatus::Withdrawn && phase.permissions().creators_may_submit && now < deadline
}

/// Whether a withdrawn project may be restored: until the event's submission deadline,
/// while the event accepts submissions (after that, withdrawing was final).
pub fn may_restore(
    status: ProjectStatus,
    phase: Phase,
    deadline: DateTime<Utc>,
    now: DateTime<Utc>,
) -> bool {
    status == ProjectStatus::Withdrawn && phase.permissions().creators_may_submit && now < deadline
}

/// What a restored project becomes: submitted again if it had been submitted (its
/// moderation stays as it was), else a draft.
pub fn restored_status(was_submitted: bool) -> ProjectStatus {
    if was_submitted {
        ProjectStatus::Submitted
    } else {
        ProjectStatus::Draft
    }
}

/// A web address a project points to: http or https only, at most 2,000 characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WebLink(String);

impl WebLink {
    pub fn parse(input: &str) -> Result<Self, InputError> {
        let trimmed = input.trim();
        if trimmed.chars().count() > limits::LINK {
            return Err(InputError("error-link-too-long"));
        }
        // A bare address ("scratch.mit.edu/projects/1") is read as https.
        let url = match url::Url::parse(trimmed) {
            Ok(url) => url,
            Err(url::ParseError::RelativeUrlWithoutBase) if looks_like_host(trimmed) => {
                url::Url::parse(&format!("https://{trimmed}"))
                    .map_err(|_| InputError("error-link-invalid"))?
            }
            Err(_) => return Err(InputError("error-link-invalid")),
        };
        if !matches!(url.scheme(), "http" | "https")
            || url.host_str().is_none_or(|h| !h.contains('.'))
        {
            return Err(InputError("error-link-invalid"));
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(InputError("error-link-invalid"));
        }
        Ok(Self(url.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Whether text without a scheme starts with a host name ("www.example.org/x").
fn looks_like_host(s: &str) -> bool {
    let host = s.split(['/', '?', '#']).next().unwrap_or_default();
    host.contains('.')
        && !host.starts_with('.')
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | ':'))
}

/// A UN Sustainable Development Goal, 1 to 17.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Sdg(u8);

impl Sdg {
    pub fn parse(n: i64) -> Result<Self, InputError> {
        u8::try_from(n)
            .ok()
            .filter(|n| (1..=17).contains(n))
            .map(Self)
            .ok_or(InputError("error-sdg-invalid"))
    }

    pub fn number(self) -> u8 {
        self.0
    }
}

/// The editable fields of a project, as typed. Empty strings mean "not filled in yet".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProjectFields {
    pub title: String,
    pub short_description: String,
    /// The chosen category's slug.
    pub category: String,
    /// BCP 47 tag of the project's language.
    pub language: String,
    pub project_url: String,
    pub video_url: String,
    pub why_made: String,
    pub difficulties: String,
    pub next_steps: String,
    /// Chosen goals, 1–17.
    pub sdgs: Vec<i64>,
    pub community: String,
}

/// The fields, cleaned and checked: what gets stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedFields {
    pub title: String,
    pub short_description: String,
    pub category: Option<String>,
    pub language: Option<String>,
    pub project_url: Option<WebLink>,
    pub video_url: Option<WebLink>,
    pub why_made: String,
    pub difficulties: String,
    pub next_steps: String,
    pub sdgs: Vec<Sdg>,
    pub community: String,
}

impl CheckedFields {
    /// A project serving a goal and its community is a candidate for the community award.
    pub fn is_award_candidate(&self) -> bool {
        !self.sdgs.is_empty() && !self.community.is_empty()
    }
}

impl From<&CheckedFields> for ProjectFields {
    fn from(f: &CheckedFields) -> Self {
        ProjectFields {
            title: f.title.clone(),
            short_description: f.short_description.clone(),
            category: f.category.clone().unwrap_or_default(),
            language: f.language.clone().unwrap_or_default(),
            project_url: f
                .project_url
                .as_ref()
                .map(|l| l.as_str().to_owned())
                .unwrap_or_default(),
            video_url: f
                .video_url
                .as_ref()
                .map(|l| l.as_str().to_owned())
                .unwrap_or_default(),
            why_made: f.why_made.clone(),
            difficulties: f.difficulties.clone(),
            next_steps: f.next_steps.clone(),
            sdgs: f.sdgs.iter().map(|s| i64::from(s.number())).collect(),
            community: f.community.clone(),
        }
    }
}

/// What the event allows, for checking a project against it.
pub struct EventChoices<'a> {
    pub categories: &'a [String],
    pub languages: &'a [String],
}

/// Problems, by field name, each a Fluent key.
pub type FieldErrors = Vec<(&'static str, InputError)>;

pub(crate) fn text(
    errors: &mut FieldErrors,
    field: &'static str,
    value: &str,
    max: usize,
    required: bool,
) -> String {
    let trimmed = value.trim();
    if trimmed.chars().count() > max {
        errors.push((field, InputError("error-text-too-long")));
    } else if required && trimmed.is_empty() {
        errors.push((field, InputError("error-field-required")));
    } else if trimmed
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        errors.push((field, InputError("error-text-control-characters")));
    }
    trimmed.replace("\r\n", "\n")
}

/// What of a failed save can still be kept as a draft: every field as typed except those
/// with a problem, which keep their stored value (`stored`), so one wrong field never
/// costs the rest. Check the result as a draft before storing it.
pub fn salvage(
    typed: &ProjectFields,
    stored: &ProjectFields,
    problems: &FieldErrors,
) -> ProjectFields {
    let wrong = |field: &str| problems.iter().any(|(f, _)| *f == field);
    let pick = |field: &str, typed: &String, stored: &String| {
        if wrong(field) {
            stored.clone()
        } else {
            typed.clone()
        }
    };
    ProjectFields {
        title: pick("title", &typed.title, &stored.title),
        short_description: pick(
            "short_description",
            &typed.short_description,
            &stored.short_description,
        ),
        category: pick("category", &typed.category, &stored.category),
        language: pick("language", &typed.language, &stored.language),
        project_url: pick("project_url", &typed.project_url, &stored.project_url),
        video_url: pick("video_url", &typed.video_url, &stored.video_url),
        why_made: pick("why_made", &typed.why_made, &stored.why_made),
        difficulties: pick("difficulties", &typed.difficulties, &stored.difficulties),
        next_steps: pick("next_steps", &typed.next_steps, &stored.next_steps),
        sdgs: if wrong("sdgs") {
            stored.sdgs.clone()
        } else {
            typed.sdgs.clone()
        },
        community: pick("community", &typed.community, &stored.community),
    }
}

/// Checks the fields. With `complete` (submission) every required field must be filled
/// in, a project link or a video link must be given, and the category and language must
/// be the event's; without it (a draft) only what is filled in is checked.
pub fn check(
    fields: &ProjectFields,
    event: &EventChoices<'_>,
    complete: bool,
) -> Result<CheckedFields, FieldErrors> {
    let mut errors = FieldErrors::new();
    let title = text(&mut errors, "title", &fields.title, limits::TITLE, complete);
    let short_description = text(
        &mut errors,
        "short_description",
        &fields.short_description,
        limits::SHORT_DESCRIPTION,
        complete,
    );
    let why_made = text(
        &mut errors,
        "why_made",
        &fields.why_made,
        limits::ANSWER,
        complete,
    );
    let difficulties = text(
        &mut errors,
        "difficulties",
        &fields.difficulties,
        limits::ANSWER,
        complete,
    );
    let next_steps = text(
        &mut errors,
        "next_steps",
        &fields.next_steps,
        limits::ANSWER,
        complete,
    );
    let community = text(
        &mut errors,
        "community",
        &fields.community,
        limits::COMMUNITY,
        false,
    );

    let category = Some(fields.category.trim().to_owned()).filter(|c| !c.is_empty());
    match &category {
        Some(c) if !event.categories.contains(c) => {
            errors.push(("category", InputError("error-category-invalid")))
        }
        None if complete => errors.push(("category", InputError("error-field-required"))),
        _ => {}
    }
    let language = Some(fields.language.trim().to_owned()).filter(|c| !c.is_empty());
    match &language {
        Some(l) if !event.languages.contains(l) => {
            errors.push(("language", InputError("error-language-not-allowed")))
        }
        None if complete => errors.push(("language", InputError("error-field-required"))),
        _ => {}
    }

    let mut link = |field: &'static str, value: &str| {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        WebLink::parse(value)
            .map_err(|e| errors.push((field, e)))
            .ok()
    };
    let project_url = link("project_url", &fields.project_url);
    let video_url = link("video_url", &fields.video_url);
    if complete && fields.project_url.trim().is_empty() && fields.video_url.trim().is_empty() {
        errors.push(("project_url", InputError("error-link-required")));
    }

    // Games excludes Scratch projects: a Scratch game belongs in the Scratch category.
    let is_scratch = |l: &Option<WebLink>| {
        l.as_ref()
            .and_then(|l| url::Url::parse(l.as_str()).ok())
            .and_then(|u| {
                u.host_str()
                    .map(|h| h == "scratch.mit.edu" || h.ends_with(".scratch.mit.edu"))
            })
            .unwrap_or(false)
    };
    if category.as_deref() == Some("games") && (is_scratch(&project_url) || is_scratch(&video_url))
    {
        errors.push(("category", InputError("error-games-excludes-scratch")));
    }

    let mut sdgs = Vec::new();
    for n in &fields.sdgs {
        match Sdg::parse(*n) {
            Ok(s) if !sdgs.contains(&s) => sdgs.push(s),
            Ok(_) => {}
            Err(e) => errors.push(("sdgs", e)),
        }
    }
    sdgs.sort();
    if complete && !sdgs.is_empty() && community.is_empty() {
        errors.push(("community", InputError("error-community-required")));
    }

    if errors.is_empty() {
        Ok(CheckedFields {
            title,
            short_description,
            category,
            language,
            project_url,
            video_url,
            why_made,
            difficulties,
            next_steps,
            sdgs,
            community,
        })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};
    use proptest::prelude::*;

    fn event() -> (Vec<String>, Vec<String>) {
        (
            vec!["games".into(), "web".into()],
            vec!["en".into(), "ja".into(), "ar".into()],
        )
    }

    fn complete_fields() -> ProjectFields {
        ProjectFields {
            title: "Rain Garden Sensor".into(),
            short_description: "Waters the school garden only when it needs it.".into(),
            category: "web".into(),
            language: "en".into(),
            project_url: "https://example.org/rain".into(),
            video_url: String::new(),
            why_made: "Our garden kept flooding.".into(),
            difficulties: "Calibrating the sensor.".into(),
            next_steps: "Solar power.".into(),
            sdgs: vec![6, 13, 6],
            community: "Saves water for the whole school.".into(),
        }
    }

    #[test]
    fn a_complete_project_passes_and_deduplicates_goals() {
        let (c, l) = event();
        let checked = check(
            &complete_fields(),
            &EventChoices {
                categories: &c,
                languages: &l,
            },
            true,
        );
        let Ok(checked) = checked else {
            panic!("{checked:?}")
        };
        assert_eq!(
            checked.sdgs.iter().map(|s| s.number()).collect::<Vec<_>>(),
            vec![6, 13]
        );
        assert!(checked.is_award_candidate());
    }

    #[test]
    fn an_empty_draft_is_fine_but_cannot_be_submitted() {
        let (c, l) = event();
        let choices = EventChoices {
            categories: &c,
            languages: &l,
        };
        assert!(check(&ProjectFields::default(), &choices, false).is_ok());
        let Err(errors) = check(&ProjectFields::default(), &choices, true) else {
            panic!("must fail")
        };
        let fields: Vec<&str> = errors.iter().map(|(f, _)| *f).collect();
        for f in [
            "title",
            "short_description",
            "category",
            "language",
            "project_url",
            "why_made",
            "difficulties",
            "next_steps",
        ] {
            assert!(fields.contains(&f), "{f} missing from {fields:?}");
        }
    }

    #[test]
    fn drafts_still_check_what_is_filled_in() {
        let (c, l) = event();
        let choices = EventChoices {
            categories: &c,
            languages: &l,
        };
        let draft = ProjectFields {
            project_url: "javascript:alert(1)".into(),
            category: "scratch".into(),
            ..Default::default()
        };
        let Err(errors) = check(&draft, &choices, false) else {
            panic!("must fail")
        };
        assert!(errors.contains(&("project_url", InputError("error-link-invalid"))));
        assert!(errors.contains(&("category", InputError("error-category-invalid"))));
    }

    #[test]
    fn limits_count_characters_in_every_script() {
        let (c, l) = event();
        let choices = EventChoices {
            categories: &c,
            languages: &l,
        };
        let ok = ProjectFields {
            title: "雨".repeat(80),
            ..Default::default()
        };
        assert!(
            check(&ok, &choices, false).is_ok(),
            "80 CJK characters (240 bytes) fit"
        );
        let long = ProjectFields {
            title: "雨".repeat(81),
            ..Default::default()
        };
        assert!(check(&long, &choices, false).is_err());
        let hindi = ProjectFields {
            title: "वर्षा उद्यान सेंसर".into(),
            ..Default::default()
        };
        assert!(check(&hindi, &choices, false).is_ok());
    }

    #[test]
    fn links_must_be_http_or_https_with_a_real_host() {
        assert!(WebLink::parse("https://scratch.mit.edu/projects/123").is_ok());
        assert!(WebLink::parse(" http://github.com/ana/game ").is_ok());
        for bad in [
            "ftp://x.org/f",
            "javascript:alert(1)",
            "data:text/html,hi",
            "https://localhost/",
            "not a link",
            "https://user:pw@x.org/",
        ] {
            assert!(WebLink::parse(bad).is_err(), "{bad}");
        }
        assert!(WebLink::parse(&format!("https://x.org/{}", "a".repeat(2000))).is_err());
    }

    #[test]
    fn a_bare_address_is_read_as_https() {
        let link = WebLink::parse("scratch.mit.edu/projects/123").expect("bare Scratch link");
        assert_eq!(link.as_str(), "https://scratch.mit.edu/projects/123");
        let link = WebLink::parse("www.example.org").expect("bare host");
        assert_eq!(link.as_str(), "https://www.example.org/");
        for bad in [
            "localhost/x",
            ".org/x",
            "my project",
            "/projects/1",
            "a b.org/x",
        ] {
            assert!(WebLink::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_failed_save_keeps_every_field_without_a_problem() {
        let stored = ProjectFields {
            title: "Old title".into(),
            project_url: "https://example.org/old".into(),
            ..Default::default()
        };
        let typed = ProjectFields {
            title: "New title".into(),
            why_made: "A long answer typed for an hour.".into(),
            project_url: "htp:/broken".into(),
            category: "games".into(),
            sdgs: vec![4, 99],
            ..Default::default()
        };
        let problems: FieldErrors = vec![
            ("project_url", InputError("error-link-invalid")),
            ("sdgs", InputError("error-sdg-invalid")),
        ];
        let kept = salvage(&typed, &stored, &problems);
        assert_eq!(kept.title, "New title");
        assert_eq!(kept.why_made, "A long answer typed for an hour.");
        assert_eq!(kept.category, "games");
        assert_eq!(kept.project_url, "https://example.org/old");
        assert!(kept.sdgs.is_empty());
    }

    #[test]
    fn a_withdrawn_project_may_be_restored_until_the_deadline() {
        let deadline = Utc.with_ymd_and_hms(2026, 12, 1, 12, 0, 0).unwrap();
        let before = deadline - Duration::hours(1);
        assert!(may_restore(
            ProjectStatus::Withdrawn,
            Phase::SubmissionsOpen,
            deadline,
            before
        ));
        assert!(!may_restore(
            ProjectStatus::Withdrawn,
            Phase::SubmissionsOpen,
            deadline,
            deadline
        ));
        assert!(!may_restore(
            ProjectStatus::Draft,
            Phase::SubmissionsOpen,
            deadline,
            before
        ));
        assert!(!may_restore(
            ProjectStatus::Withdrawn,
            Phase::Moderation,
            deadline,
            before
        ));
        assert_eq!(restored_status(true), ProjectStatus::Submitted);
        assert_eq!(restored_status(false), ProjectStatus::Draft);
    }

    #[test]
    fn scratch_games_belong_in_the_scratch_category() {
        let (c, l) = event();
        let fields = ProjectFields {
            category: "games".into(),
            project_url: "https://scratch.mit.edu/projects/1".into(),
            ..complete_fields()
        };
        let Err(errors) = check(
            &fields,
            &EventChoices {
                categories: &c,
                languages: &l,
            },
            false,
        ) else {
            panic!("must fail")
        };
        assert_eq!(
            errors,
            vec![("category", InputError("error-games-excludes-scratch"))]
        );
        let fields = ProjectFields {
            category: "games".into(),
            project_url: "https://github.com/a/b".into(),
            ..complete_fields()
        };
        assert!(
            check(
                &fields,
                &EventChoices {
                    categories: &c,
                    languages: &l
                },
                true
            )
            .is_ok()
        );
    }

    #[test]
    fn goals_need_a_community_text_on_submission() {
        let (c, l) = event();
        let fields = ProjectFields {
            community: String::new(),
            ..complete_fields()
        };
        let Err(errors) = check(
            &fields,
            &EventChoices {
                categories: &c,
                languages: &l,
            },
            true,
        ) else {
            panic!("must fail")
        };
        assert_eq!(
            errors,
            vec![("community", InputError("error-community-required"))]
        );
        let fields = ProjectFields {
            sdgs: vec![18],
            ..complete_fields()
        };
        assert!(
            check(
                &fields,
                &EventChoices {
                    categories: &c,
                    languages: &l
                },
                true
            )
            .is_err()
        );
    }

    #[test]
    fn editing_stops_at_the_deadline_and_after_withdrawal() {
        let Some(deadline) = Utc.with_ymd_and_hms(2027, 3, 1, 10, 59, 0).single() else {
            panic!("date")
        };
        let before = deadline - Duration::seconds(1);
        assert!(is_editable(
            ProjectStatus::Draft,
            Phase::SubmissionsOpen,
            deadline,
            before
        ));
        assert!(is_editable(
            ProjectStatus::Submitted,
            Phase::SubmissionsOpen,
            deadline,
            before
        ));
        assert!(!is_editable(
            ProjectStatus::Submitted,
            Phase::SubmissionsOpen,
            deadline,
            deadline
        ));
        assert!(!is_editable(
            ProjectStatus::Withdrawn,
            Phase::SubmissionsOpen,
            deadline,
            before
        ));
        assert!(!is_editable(
            ProjectStatus::Draft,
            Phase::Moderation,
            deadline,
            before
        ));
    }

    proptest! {
        #[test]
        fn checked_links_are_always_http_or_https(s in "\\PC{0,60}") {
            if let Ok(link) = WebLink::parse(&s) {
                prop_assert!(link.as_str().starts_with("http://") || link.as_str().starts_with("https://"));
            }
        }

        #[test]
        fn checked_titles_respect_the_limit(s in "\\PC{0,120}") {
            let choices = EventChoices { categories: &[], languages: &[] };
            let fields = ProjectFields { title: s, ..Default::default() };
            if let Ok(checked) = check(&fields, &choices, false) {
                prop_assert!(checked.title.chars().count() <= limits::TITLE);
            }
        }
    }
}
