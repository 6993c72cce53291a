//! The statistics dashboard's figures: counts as the database gives them, grouped and
//! shared out here (age brackets, gender groups with "unknown" kept as unknown, the
//! submissions' days with the quiet ones filled in).

use chrono::NaiveDate;
use serde::Serialize;

use super::gallery::AgeBracket;

/// Who takes part (members of submitted projects).
#[derive(Debug, Clone, Default)]
pub struct Participation {
    pub creators: i64,
    pub projects: i64,
    pub countries: i64,
    /// Creators by the gender they gave (`None`: not given).
    pub gender: Vec<(Option<String>, i64)>,
    /// Creators by age on the event's reference date.
    pub ages: Vec<(i32, i64)>,
    /// Creators by country (ISO code), most first.
    pub per_country: Vec<(String, i64)>,
}

/// The way from a draft to the gallery.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Funnel {
    pub drafts: i64,
    pub submitted: i64,
    pub awaiting_consent: i64,
    pub awaiting_moderation: i64,
    pub changes_requested: i64,
    pub rejected: i64,
    pub approved: i64,
    pub published: i64,
    pub withdrawn: i64,
}

impl Funnel {
    /// The stages in order, each with its Fluent key.
    pub fn stages(&self) -> [(&'static str, i64); 9] {
        [
            ("stats-funnel-drafts", self.drafts),
            ("stats-funnel-submitted", self.submitted),
            ("stats-funnel-awaiting-consent", self.awaiting_consent),
            ("stats-funnel-awaiting-moderation", self.awaiting_moderation),
            ("stats-funnel-changes-requested", self.changes_requested),
            ("stats-funnel-rejected", self.rejected),
            ("stats-funnel-approved", self.approved),
            ("stats-funnel-published", self.published),
            ("stats-funnel-withdrawn", self.withdrawn),
        ]
    }
}

/// How far the volunteer judges are.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Judging {
    pub volunteers: i64,
    pub assignments: i64,
    pub scores: i64,
    pub published: i64,
    /// Published projects with the two scores each needs.
    pub scored_twice: i64,
}

/// The gender groups shown: as self-described, and unknown where nothing was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GenderGroup {
    Girls,
    Boys,
    NonBinary,
    SelfDescribed,
    PreferNotToSay,
    Unknown,
}

impl GenderGroup {
    pub const ALL: [GenderGroup; 6] = [
        GenderGroup::Girls,
        GenderGroup::Boys,
        GenderGroup::NonBinary,
        GenderGroup::SelfDescribed,
        GenderGroup::PreferNotToSay,
        GenderGroup::Unknown,
    ];

    /// The group of a stored gender value.
    pub fn of(stored: Option<&str>) -> GenderGroup {
        match stored {
            Some("female") => GenderGroup::Girls,
            Some("male") => GenderGroup::Boys,
            Some("non_binary") => GenderGroup::NonBinary,
            Some("self_described") => GenderGroup::SelfDescribed,
            Some("undisclosed") => GenderGroup::PreferNotToSay,
            _ => GenderGroup::Unknown,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            GenderGroup::Girls => "girls",
            GenderGroup::Boys => "boys",
            GenderGroup::NonBinary => "non_binary",
            GenderGroup::SelfDescribed => "self_described",
            GenderGroup::PreferNotToSay => "prefer_not_to_say",
            GenderGroup::Unknown => "unknown",
        }
    }

    pub fn name_key(self) -> &'static str {
        match self {
            GenderGroup::Girls => "stats-gender-girls",
            GenderGroup::Boys => "stats-gender-boys",
            GenderGroup::NonBinary => "stats-gender-non-binary",
            GenderGroup::SelfDescribed => "stats-gender-self-described",
            GenderGroup::PreferNotToSay => "stats-gender-prefer-not-to-say",
            GenderGroup::Unknown => "stats-gender-unknown",
        }
    }
}

/// A count and its share of the whole (`None` when the whole is zero).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Share {
    pub count: i64,
    pub share: Option<f64>,
}

impl Share {
    pub fn of(count: i64, whole: i64) -> Share {
        Share {
            count,
            #[allow(clippy::cast_precision_loss)]
            share: (whole > 0).then(|| count as f64 / whole as f64),
        }
    }
}

impl Participation {
    /// Every gender group with its creators and share, unknown included.
    pub fn by_gender(&self) -> Vec<(GenderGroup, Share)> {
        GenderGroup::ALL
            .into_iter()
            .map(|g| {
                let n = self
                    .gender
                    .iter()
                    .filter(|(stored, _)| GenderGroup::of(stored.as_deref()) == g)
                    .map(|(_, n)| n)
                    .sum();
                (g, Share::of(n, self.creators))
            })
            .collect()
    }

    /// Every age bracket with its creators and share.
    pub fn by_age(&self) -> Vec<(AgeBracket, Share)> {
        AgeBracket::ALL
            .into_iter()
            .map(|b| {
                let n = self
                    .ages
                    .iter()
                    .filter(|(age, _)| AgeBracket::of_age(*age) == b)
                    .map(|(_, n)| n)
                    .sum();
                (b, Share::of(n, self.creators))
            })
            .collect()
    }
}

/// Every day from the first to the last submission, quiet days with zero.
pub fn every_day(per_day: &[(NaiveDate, i64)]) -> Vec<(NaiveDate, i64)> {
    let (Some(&(first, _)), Some(&(last, _))) = (per_day.first(), per_day.last()) else {
        return Vec::new();
    };
    first
        .iter_days()
        .take_while(|d| *d <= last)
        .map(|d| {
            let n = per_day
                .iter()
                .find(|(day, _)| *day == d)
                .map_or(0, |(_, n)| *n);
            (d, n)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_gender_stays_unknown_and_shares_add_up() {
        let p = Participation {
            creators: 10,
            gender: vec![
                (Some("female".into()), 4),
                (Some("male".into()), 3),
                (Some("undisclosed".into()), 1),
                (None, 2),
            ],
            ages: vec![(9, 2), (12, 3), (15, 4), (18, 1)],
            ..Participation::default()
        };
        let g = p.by_gender();
        assert_eq!(
            g[0],
            (
                GenderGroup::Girls,
                Share {
                    count: 4,
                    share: Some(0.4)
                }
            )
        );
        assert_eq!(g[5].1.count, 2, "unknown is its own group");
        assert_eq!(g.iter().map(|(_, s)| s.count).sum::<i64>(), 10);
        let a = p.by_age();
        assert_eq!(
            a.iter().map(|(_, s)| s.count).collect::<Vec<_>>(),
            [2, 3, 4, 1]
        );
        assert_eq!(Share::of(0, 0).share, None);
    }

    #[test]
    fn quiet_days_are_filled_in() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
        let days = every_day(&[(d("2026-03-01"), 2), (d("2026-03-04"), 5)]);
        assert_eq!(days.len(), 4);
        assert_eq!(days[1], (d("2026-03-02"), 0));
        assert!(every_day(&[]).is_empty());
    }
}

/// Everything the dashboard shows, as the API gives it (stable keys, no translations).
#[derive(Debug, Clone, Serialize)]
pub struct Dashboard {
    pub event: String,
    pub creators: i64,
    pub projects: i64,
    pub countries: i64,
    pub gender: Vec<GroupCount>,
    pub age_groups: Vec<GroupCount>,
    pub categories: Vec<KeyCount>,
    pub languages: Vec<KeyCount>,
    pub per_country: Vec<KeyCount>,
    pub submissions_per_day: Vec<DayCount>,
    pub funnel: Funnel,
    pub judging: Judging,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupCount {
    pub group: &'static str,
    pub creators: i64,
    /// Of all creators taking part; `null` when nobody does yet.
    pub share: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct KeyCount {
    pub key: String,
    pub count: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct DayCount {
    pub day: NaiveDate,
    pub projects: i64,
}

impl Dashboard {
    pub fn assemble(
        event: String,
        p: &Participation,
        categories: Vec<(String, i64)>,
        languages: Vec<(String, i64)>,
        per_day: &[(NaiveDate, i64)],
        funnel: Funnel,
        judging: Judging,
    ) -> Dashboard {
        let kc = |v: Vec<(String, i64)>| {
            v.into_iter()
                .map(|(key, count)| KeyCount { key, count })
                .collect()
        };
        Dashboard {
            event,
            creators: p.creators,
            projects: p.projects,
            countries: p.countries,
            gender: p
                .by_gender()
                .into_iter()
                .map(|(g, s)| GroupCount {
                    group: g.as_str(),
                    creators: s.count,
                    share: s.share,
                })
                .collect(),
            age_groups: p
                .by_age()
                .into_iter()
                .map(|(b, s)| GroupCount {
                    group: b.as_str(),
                    creators: s.count,
                    share: s.share,
                })
                .collect(),
            categories: kc(categories),
            languages: kc(languages),
            per_country: kc(p.per_country.clone()),
            submissions_per_day: every_day(per_day)
                .into_iter()
                .map(|(day, projects)| DayCount { day, projects })
                .collect(),
            funnel,
            judging,
        }
    }
}
