//! What organizers may change about an event in the console, and which changes would break
//! what already exists: the settings form parsed into [`EventSettings`], the facts about
//! the event's data that a change must respect ([`SettingsFacts`]), and the rule that
//! compares them ([`check_change`]). Categories are changed one at a time
//! ([`CategoryText`], [`check_category_removal`]).

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDateTime, TimeZone as _, Utc};
use serde::Serialize;

use super::account::InputError;
use super::event::{ConsentAge, Phase, PhaseSchedule, Timezone};
use super::language::LanguageTag;
use super::project::{FieldErrors, text};

/// The settings form's date fields, one per phase start after `Upcoming`, in order.
pub const DATE_FIELDS: [&str; 6] = [
    "submissions_open_at",
    "submissions_close_at",
    "shortlisting_at",
    "favourites_at",
    "announcement_at",
    "archive_at",
];

/// Longest event name, in characters.
pub const NAME_MAX: usize = 200;
/// Most creators one team may have, at most (the event's own limit is 1..=this).
pub const TEAM_SIZE_LIMIT: u32 = 10;
/// Most categories an event may have.
pub const CATEGORIES_MAX: usize = 20;
/// Longest category name and description, in characters.
pub const CATEGORY_NAME_MAX: usize = 60;
pub const CATEGORY_DESCRIPTION_MAX: usize = 200;

/// The languages an organizer may offer for projects (BCP 47), besides any already
/// offered: the languages of the countries that take part most often.
pub const CONTENT_LANGUAGE_CHOICES: &[&str] = &[
    "en", "es", "fr", "pt", "de", "it", "nl", "pl", "uk", "ru", "ro", "el", "tr", "ar", "fa", "he",
    "hi", "bn", "ur", "ta", "te", "mr", "ja", "ko", "zh-Hans", "zh-Hant", "vi", "th", "id", "ms",
    "tl", "sw", "am", "yo", "ha", "zu", "ga", "cy",
];

/// The largest team an event may allow, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct TeamSize(u8);

impl TeamSize {
    /// Five creators per team, what events have always allowed.
    pub const DEFAULT: TeamSize = TeamSize(5);

    pub fn parse(n: i64) -> Result<Self, InputError> {
        u8::try_from(n)
            .ok()
            .filter(|n| (1..=TEAM_SIZE_LIMIT).contains(&u32::from(*n)))
            .map(Self)
            .ok_or(InputError("error-number-out-of-range"))
    }

    pub fn get(self) -> usize {
        usize::from(self.0)
    }
}

/// Everything the settings form changes, parsed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventSettings {
    pub name: String,
    pub schedule: PhaseSchedule,
    pub consent_age: ConsentAge,
    pub team_size: TeamSize,
    pub content_languages: Vec<LanguageTag>,
    pub shortlist_size: u32,
    pub favourites_per_vip: u32,
}

/// The settings form as typed.
#[derive(Debug, Clone, Default)]
pub struct SettingsInput<'a> {
    pub name: &'a str,
    /// `YYYY-MM-DDTHH:MM` in the event's timezone (an `<input type="datetime-local">`).
    pub dates: [&'a str; 6],
    pub consent_age: &'a str,
    pub team_size: &'a str,
    pub content_languages: &'a [String],
    pub shortlist_size: &'a str,
    pub favourites_per_vip: &'a str,
}

/// A wall-clock time typed in the event's timezone, as an instant. A time the clocks skip
/// (the spring change) is refused; one they pass twice is the first.
pub fn parse_local(input: &str, tz: Timezone) -> Result<DateTime<Utc>, InputError> {
    let input = input.trim();
    if input.is_empty() {
        return Err(InputError("error-field-required"));
    }
    let naive = NaiveDateTime::parse_from_str(input, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(input, "%Y-%m-%dT%H:%M:%S"))
        .map_err(|_| InputError("error-date-invalid"))?;
    tz.tz()
        .from_local_datetime(&naive)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .ok_or(InputError("error-date-skipped"))
}

/// How an instant is written back into the form, in the event's timezone.
pub fn format_local(at: DateTime<Utc>, tz: Timezone) -> String {
    at.with_timezone(&tz.tz())
        .format("%Y-%m-%dT%H:%M")
        .to_string()
}

fn whole(errors: &mut FieldErrors, field: &'static str, input: &str, min: i64, max: i64) -> i64 {
    match input.trim().parse::<i64>() {
        Ok(n) if (min..=max).contains(&n) => n,
        _ => {
            errors.push((field, InputError("error-number-out-of-range")));
            min
        }
    }
}

impl EventSettings {
    /// Parses the form, reporting every problem by field.
    pub fn parse(input: &SettingsInput<'_>, tz: Timezone) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = text(&mut errors, "name", input.name, NAME_MAX, true);
        let mut starts = [DateTime::<Utc>::MIN_UTC; 6];
        let mut dates_ok = true;
        for (i, field) in DATE_FIELDS.into_iter().enumerate() {
            match parse_local(input.dates[i], tz) {
                Ok(at) => starts[i] = at,
                Err(e) => {
                    errors.push((field, e));
                    dates_ok = false;
                }
            }
        }
        let schedule = if dates_ok {
            match PhaseSchedule::new(starts) {
                Ok(s) => Some(s),
                Err(e) => {
                    // Named on the later of the two dates out of order.
                    let i = Phase::ALL
                        .iter()
                        .position(|p| *p == e.later)
                        .map_or(1, |i| i.saturating_sub(1));
                    let field = DATE_FIELDS.get(i).copied().unwrap_or(DATE_FIELDS[1]);
                    errors.push((field, InputError("error-date-order")));
                    None
                }
            }
        } else {
            None
        };
        let consent_age =
            ConsentAge::parse(whole(&mut errors, "consent_age", input.consent_age, 13, 21));
        let team_size = TeamSize::parse(whole(
            &mut errors,
            "team_size",
            input.team_size,
            1,
            i64::from(TEAM_SIZE_LIMIT),
        ));
        let shortlist_size = whole(&mut errors, "shortlist_size", input.shortlist_size, 1, 100);
        let favourites_per_vip = whole(
            &mut errors,
            "favourites_per_vip",
            input.favourites_per_vip,
            1,
            10,
        );
        let mut languages: Vec<LanguageTag> = Vec::new();
        for tag in input.content_languages {
            match LanguageTag::parse(tag) {
                Ok(t) if !languages.contains(&t) => languages.push(t),
                Ok(_) => {}
                Err(_) => errors.push(("content_languages", InputError("error-language-invalid"))),
            }
        }
        if languages.is_empty() {
            errors.push(("content_languages", InputError("error-languages-required")));
        }
        match (schedule, consent_age, team_size) {
            (Some(schedule), Ok(consent_age), Ok(team_size)) if errors.is_empty() => {
                Ok(EventSettings {
                    name,
                    schedule,
                    consent_age,
                    team_size,
                    content_languages: languages,
                    shortlist_size: u32::try_from(shortlist_size).unwrap_or(1),
                    favourites_per_vip: u32::try_from(favourites_per_vip).unwrap_or(1),
                })
            }
            _ => Err(errors),
        }
    }
}

/// What the event's data says about a change: read in the transaction that makes it.
#[derive(Debug, Clone, Default)]
pub struct SettingsFacts {
    /// Projects ever submitted (withdrawn ones too: consent was decided under the old age).
    pub submitted_projects: i64,
    /// The most creators on one project.
    pub largest_team: i64,
    /// Projects (drafts too) per language they are written in.
    pub projects_by_language: BTreeMap<String, i64>,
    /// The most favourites one VIP judge has picked in one category.
    pub most_picks: i64,
}

/// Why a change was refused: each names its field, a Fluent key and what the data says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Refusal {
    /// Consent was decided under the current age for projects already submitted.
    ConsentAgeInUse { submitted: i64 },
    /// A team already has more creators than the new limit.
    TeamTooLarge { largest: i64 },
    /// Projects are written in a language that would no longer be offered.
    LanguageInUse { language: String, projects: i64 },
    /// A VIP judge has already picked more favourites than the new number.
    PicksMade { picked: i64 },
    /// VIP judges choose from the shortlist once favourites have begun.
    ShortlistInUse,
    /// The submission deadline cannot be put in the past while creators are submitting:
    /// moving the phase on closes submissions, with everyone told.
    DeadlinePassed,
}

impl Refusal {
    pub fn field(&self) -> &'static str {
        match self {
            Refusal::ConsentAgeInUse { .. } => "consent_age",
            Refusal::TeamTooLarge { .. } => "team_size",
            Refusal::LanguageInUse { .. } => "content_languages",
            Refusal::PicksMade { .. } => "favourites_per_vip",
            Refusal::ShortlistInUse => "shortlist_size",
            Refusal::DeadlinePassed => "submissions_close_at",
        }
    }

    /// The Fluent key of its message (the arguments are its fields).
    pub fn key(&self) -> &'static str {
        match self {
            Refusal::ConsentAgeInUse { .. } => "settings-refused-consent-age",
            Refusal::TeamTooLarge { .. } => "settings-refused-team-size",
            Refusal::LanguageInUse { .. } => "settings-refused-language",
            Refusal::PicksMade { .. } => "settings-refused-favourites",
            Refusal::ShortlistInUse => "settings-refused-shortlist",
            Refusal::DeadlinePassed => "settings-refused-deadline",
        }
    }
}

/// The rule for changing an event's settings from `before` to `after`: only what changed
/// is checked, so an organizer can always save the form unchanged.
pub fn check_change(
    phase: Phase,
    before: &EventSettings,
    after: &EventSettings,
    facts: &SettingsFacts,
    now: DateTime<Utc>,
) -> Vec<Refusal> {
    let mut refused = Vec::new();
    if after.consent_age != before.consent_age && facts.submitted_projects > 0 {
        refused.push(Refusal::ConsentAgeInUse {
            submitted: facts.submitted_projects,
        });
    }
    if after.team_size < before.team_size
        && facts.largest_team > i64::try_from(after.team_size.get()).unwrap_or(i64::MAX)
    {
        refused.push(Refusal::TeamTooLarge {
            largest: facts.largest_team,
        });
    }
    for (language, projects) in &facts.projects_by_language {
        let offered = after
            .content_languages
            .iter()
            .any(|t| t.as_str() == language.as_str());
        if *projects > 0 && !offered {
            refused.push(Refusal::LanguageInUse {
                language: language.clone(),
                projects: *projects,
            });
        }
    }
    if after.favourites_per_vip < before.favourites_per_vip
        && facts.most_picks > i64::from(after.favourites_per_vip)
    {
        refused.push(Refusal::PicksMade {
            picked: facts.most_picks,
        });
    }
    if after.shortlist_size != before.shortlist_size && phase >= Phase::Favourites {
        refused.push(Refusal::ShortlistInUse);
    }
    let deadline = after.schedule.submission_deadline();
    if deadline != before.schedule.submission_deadline()
        && phase == Phase::SubmissionsOpen
        && deadline <= now
    {
        refused.push(Refusal::DeadlinePassed);
    }
    refused
}

/// What changed, field by field (`{field: {before, after}}`): the audit row's details.
pub fn changes(before: &EventSettings, after: &EventSettings) -> serde_json::Value {
    let (Ok(serde_json::Value::Object(b)), Ok(serde_json::Value::Object(a))) =
        (serde_json::to_value(before), serde_json::to_value(after))
    else {
        return serde_json::Value::Null;
    };
    let changed: serde_json::Map<String, serde_json::Value> = a
        .into_iter()
        .filter_map(|(field, new)| {
            let old = b.get(&field).cloned().unwrap_or(serde_json::Value::Null);
            (old != new).then(|| (field, serde_json::json!({ "before": old, "after": new })))
        })
        .collect();
    serde_json::Value::Object(changed)
}

/// A category's names and descriptions by locale code, as typed (empty ones dropped).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CategoryText {
    pub names: BTreeMap<String, String>,
    pub descriptions: BTreeMap<String, String>,
}

impl CategoryText {
    /// Parses the names and descriptions typed for each locale. A category the site does
    /// not translate itself (`has_shipped_name` false) needs an English name.
    pub fn parse(
        typed: &[(String, String, String)],
        has_shipped_name: bool,
    ) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut out = CategoryText::default();
        for (locale, name, description) in typed {
            let name = text(&mut errors, "names", name, CATEGORY_NAME_MAX, false);
            let description = text(
                &mut errors,
                "descriptions",
                description,
                CATEGORY_DESCRIPTION_MAX,
                false,
            );
            if !name.is_empty() {
                out.names.insert(locale.clone(), name);
            }
            if !description.is_empty() {
                out.descriptions.insert(locale.clone(), description);
            }
        }
        if !has_shipped_name && !out.names.contains_key("en") && errors.is_empty() {
            errors.push(("names", InputError("error-category-name-required")));
        }
        if errors.is_empty() {
            Ok(out)
        } else {
            errors.dedup_by_key(|(field, _)| *field);
            Err(errors)
        }
    }
}

/// What uses a category, which keeps it from being removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct CategoryUse {
    pub projects: i64,
    pub vip_judges: i64,
}

/// Why a category may not be removed, as a Fluent key: removing one that projects or
/// VIP judges use would take their category from them (rename or reorder it instead).
pub fn check_category_removal(used: CategoryUse, remaining: usize) -> Result<(), &'static str> {
    if used.projects > 0 {
        Err("error-category-has-projects")
    } else if used.vip_judges > 0 {
        Err("error-category-has-judges")
    } else if remaining == 0 {
        Err("error-category-last")
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    fn tz() -> Timezone {
        match Timezone::parse("Europe/Dublin") {
            Ok(t) => t,
            Err(e) => panic!("{e}"),
        }
    }

    fn input<'a>(dates: [&'a str; 6], languages: &'a [String]) -> SettingsInput<'a> {
        SettingsInput {
            name: "Showcase 2027",
            dates,
            consent_age: "18",
            team_size: "5",
            content_languages: languages,
            shortlist_size: "10",
            favourites_per_vip: "3",
        }
    }

    const DATES: [&str; 6] = [
        "2027-01-10T09:00",
        "2027-03-31T17:00",
        "2027-04-15T09:00",
        "2027-05-01T09:00",
        "2027-06-01T18:00",
        "2027-12-01T09:00",
    ];

    fn settings() -> EventSettings {
        let langs = vec!["en".to_owned(), "ja".to_owned()];
        match EventSettings::parse(&input(DATES, &langs), tz()) {
            Ok(s) => s,
            Err(e) => panic!("{e:?}"),
        }
    }

    #[test]
    fn dates_are_read_in_the_events_timezone() {
        let s = settings();
        // 17:00 in Dublin on 31 March 2027 is summer time: 16:00 UTC.
        assert_eq!(
            s.schedule.submission_deadline().to_rfc3339(),
            "2027-03-31T16:00:00+00:00"
        );
        assert_eq!(
            format_local(s.schedule.submission_deadline(), tz()),
            DATES[1]
        );
    }

    #[test]
    fn a_time_the_clocks_skip_is_refused() {
        // Dublin skips 01:00–02:00 on 28 March 2027.
        assert_eq!(
            parse_local("2027-03-28T01:30", tz()),
            Err(InputError("error-date-skipped"))
        );
        assert!(parse_local("2027-10-31T01:30", tz()).is_ok());
        assert_eq!(
            parse_local("31/03/2027", tz()),
            Err(InputError("error-date-invalid"))
        );
    }

    #[test]
    fn every_problem_is_reported_at_its_field() {
        let mut dates = DATES;
        dates[2] = "2027-03-01T09:00"; // shortlisting before the deadline
        let none: Vec<String> = Vec::new();
        let mut i = input(dates, &none);
        i.name = "  ";
        i.consent_age = "12";
        i.team_size = "11";
        let Err(errors) = EventSettings::parse(&i, tz()) else {
            panic!("accepted")
        };
        let fields: Vec<&str> = errors.iter().map(|(f, _)| *f).collect();
        for f in [
            "name",
            "shortlisting_at",
            "consent_age",
            "team_size",
            "content_languages",
        ] {
            assert!(fields.contains(&f), "{f} in {fields:?}");
        }
    }

    #[test]
    fn an_unchanged_form_is_never_refused() {
        let s = settings();
        let facts = SettingsFacts {
            submitted_projects: 40,
            largest_team: 5,
            projects_by_language: BTreeMap::from([("en".to_owned(), 30), ("ja".to_owned(), 10)]),
            most_picks: 3,
        };
        for phase in Phase::ALL {
            assert_eq!(
                check_change(phase, &s, &s, &facts, Utc::now()),
                vec![],
                "{phase}"
            );
        }
    }

    #[test]
    fn changes_that_would_break_data_are_refused_with_the_facts() {
        let before = settings();
        let mut after = before.clone();
        after.consent_age = ConsentAge::parse(16).unwrap_or(ConsentAge::DEFAULT);
        after.team_size = TeamSize::parse(2).unwrap_or(TeamSize::DEFAULT);
        after.content_languages.retain(|t| t.as_str() == "en");
        after.favourites_per_vip = 1;
        after.shortlist_size = 5;
        let facts = SettingsFacts {
            submitted_projects: 7,
            largest_team: 4,
            projects_by_language: BTreeMap::from([("en".to_owned(), 5), ("ja".to_owned(), 2)]),
            most_picks: 2,
        };
        let refused = check_change(Phase::Favourites, &before, &after, &facts, Utc::now());
        assert_eq!(
            refused,
            vec![
                Refusal::ConsentAgeInUse { submitted: 7 },
                Refusal::TeamTooLarge { largest: 4 },
                Refusal::LanguageInUse {
                    language: "ja".to_owned(),
                    projects: 2
                },
                Refusal::PicksMade { picked: 2 },
                Refusal::ShortlistInUse,
            ]
        );
        // Before anything was submitted or picked, the same change is fine.
        let empty = SettingsFacts::default();
        assert_eq!(
            check_change(Phase::Upcoming, &before, &after, &empty, Utc::now()),
            vec![]
        );
    }

    #[test]
    fn the_deadline_cannot_be_moved_into_the_past_while_submissions_are_open() {
        let before = settings();
        let now = before.schedule.starts()[0] + Duration::days(5);
        let mut starts = before.schedule.starts();
        starts[1] = now - Duration::hours(1);
        let Ok(schedule) = PhaseSchedule::new(starts) else {
            panic!("in order")
        };
        let after = EventSettings {
            schedule,
            ..before.clone()
        };
        let facts = SettingsFacts::default();
        assert_eq!(
            check_change(Phase::SubmissionsOpen, &before, &after, &facts, now),
            vec![Refusal::DeadlinePassed]
        );
        assert_eq!(
            check_change(Phase::Upcoming, &before, &after, &facts, now),
            vec![]
        );
    }

    #[test]
    fn the_audit_details_hold_only_what_changed() {
        let before = settings();
        let after = EventSettings {
            name: "Showcase 2027 (global)".to_owned(),
            ..before.clone()
        };
        let c = changes(&before, &after);
        assert_eq!(
            c,
            serde_json::json!({"name": {"before": "Showcase 2027", "after": "Showcase 2027 (global)"}})
        );
        assert_eq!(changes(&before, &before), serde_json::json!({}));
    }

    #[test]
    fn a_custom_category_needs_an_english_name() {
        let typed = vec![("ja".to_owned(), "ロボット".to_owned(), String::new())];
        assert!(CategoryText::parse(&typed, false).is_err());
        assert!(CategoryText::parse(&typed, true).is_ok());
        let typed = vec![
            (
                "en".to_owned(),
                " Robots ".to_owned(),
                "Things that move".to_owned(),
            ),
            ("ja".to_owned(), "ロボット".to_owned(), String::new()),
        ];
        let Ok(t) = CategoryText::parse(&typed, false) else {
            panic!("refused")
        };
        assert_eq!(t.names.get("en").map(String::as_str), Some("Robots"));
        assert!(!t.descriptions.contains_key("ja"));
    }

    #[test]
    fn a_category_in_use_stays() {
        let used = CategoryUse {
            projects: 3,
            vip_judges: 0,
        };
        assert_eq!(
            check_category_removal(used, 6),
            Err("error-category-has-projects")
        );
        assert_eq!(
            check_category_removal(CategoryUse::default(), 0),
            Err("error-category-last")
        );
        assert_eq!(check_category_removal(CategoryUse::default(), 6), Ok(()));
    }

    #[test]
    fn offered_languages_are_valid_tags() {
        for tag in CONTENT_LANGUAGE_CHOICES {
            assert!(LanguageTag::parse(tag).is_ok(), "{tag}");
        }
    }
}
