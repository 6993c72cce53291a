//! The livestream's run of show: what the production team announces, in order. Built only
//! from public-safe values (the public documents of published projects, judges' public
//! profiles, counts), so nothing private can reach the stream.

use serde::Serialize;
use uuid::Uuid;

use super::gallery::PublicProject;

/// The whole run of show of one event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RunOfShow {
    pub event: ShowEvent,
    /// True until the event is announced: a rehearsal for organizers, not for air.
    pub embargoed: bool,
    pub statistics: Statistics,
    pub segments: Vec<Segment>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShowEvent {
    pub slug: String,
    pub name: String,
}

/// Counts over the event's published projects and their creators.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Statistics {
    pub creators: i64,
    pub projects: i64,
    pub countries: i64,
    pub gender: GenderCounts,
    pub projects_per_category: Vec<CategoryCount>,
}

/// From the optional self-described gender: who said they are a girl, who said something
/// else, and who did not say (shown as unknown, never guessed).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GenderCounts {
    pub girls: i64,
    pub other: i64,
    pub unknown: i64,
    /// Girls among those who said, 0–1; `None` when nobody said.
    pub girls_share_of_known: Option<f64>,
}

impl GenderCounts {
    pub fn new(girls: i64, other: i64, unknown: i64) -> Self {
        let known = girls + other;
        GenderCounts {
            girls,
            other,
            unknown,
            girls_share_of_known: (known > 0).then(|| girls as f64 / known as f64),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CategoryCount {
    pub category: String,
    pub projects: i64,
}

/// One part of the show.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Segment {
    /// A VIP judge presents their favourites, in their order.
    Vip {
        judge: ShowJudge,
        picks: Vec<ShowPick>,
    },
    /// An award and its recipient.
    Award {
        /// `coding-with-commitment`, …
        award: String,
        citation: String,
        project: ShowProject,
    },
}

/// A judge as the public sees them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShowJudge {
    pub display_name: String,
    pub title: String,
    pub bio: String,
    pub photo_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShowPick {
    pub position: i32,
    pub quote: String,
    pub project: ShowProject,
}

/// A published project as the stream shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShowProject {
    pub id: Uuid,
    pub category: String,
    pub title: String,
    pub creators: Vec<ShowCreator>,
    pub thumbnail_url: Option<String>,
    pub gallery_url: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShowCreator {
    pub display_name: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
}

/// Where the public finds things, absolute: the caller's URL scheme.
pub trait ShowUrls {
    fn thumbnail(&self, image: Uuid) -> String;
    fn gallery(&self, project: Uuid) -> String;
    fn judge_photo(&self, photo: Uuid) -> String;
}

impl ShowProject {
    pub fn of(doc: &PublicProject, urls: &impl ShowUrls) -> Self {
        ShowProject {
            id: doc.id,
            category: doc.category.clone(),
            title: doc.title.clone(),
            creators: doc
                .creators
                .iter()
                .map(|c| ShowCreator {
                    display_name: c.display_name.clone(),
                    country: c.country.clone(),
                })
                .collect(),
            thumbnail_url: doc.images.first().map(|i| urls.thumbnail(i.id)),
            gallery_url: urls.gallery(doc.id),
        }
    }
}

/// A VIP judge's pick as stored: the judge (by id, with their public profile) and the
/// project by id, its public document looked up by the caller.
#[derive(Debug, Clone)]
pub struct StoredPick {
    pub judge_id: Uuid,
    pub judge: ShowJudge,
    pub position: i32,
    pub project: Uuid,
    pub quote: String,
}

/// An award as stored.
#[derive(Debug, Clone)]
pub struct StoredAward {
    pub kind: String,
    pub citation: String,
    pub project: Uuid,
}

impl RunOfShow {
    /// The run of show from the stored picks (judge by judge, each judge's in order) and
    /// awards (in show order): one segment per judge, then one per award. A pick or award
    /// whose project has no public document (no longer published) is left out.
    pub fn assemble(
        event: ShowEvent,
        embargoed: bool,
        statistics: Statistics,
        picks: &[StoredPick],
        awards: &[StoredAward],
        docs: &std::collections::HashMap<Uuid, PublicProject>,
        urls: &impl ShowUrls,
    ) -> RunOfShow {
        let mut segments: Vec<Segment> = Vec::new();
        let mut judge_of_last: Option<Uuid> = None;
        for pick in picks {
            let Some(doc) = docs.get(&pick.project) else {
                continue;
            };
            let show = ShowPick {
                position: pick.position,
                quote: pick.quote.clone(),
                project: ShowProject::of(doc, urls),
            };
            match segments.last_mut() {
                Some(Segment::Vip { picks, .. }) if judge_of_last == Some(pick.judge_id) => {
                    picks.push(show)
                }
                _ => segments.push(Segment::Vip {
                    judge: pick.judge.clone(),
                    picks: vec![show],
                }),
            }
            judge_of_last = Some(pick.judge_id);
        }
        for award in awards {
            if let Some(doc) = docs.get(&award.project) {
                segments.push(Segment::Award {
                    award: award.kind.clone(),
                    citation: award.citation.clone(),
                    project: ShowProject::of(doc, urls),
                });
            }
        }
        RunOfShow {
            event,
            embargoed,
            statistics,
            segments,
        }
    }
}

/// One thing the overlay shows, in show order: the producers step through these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Cue {
    /// Nothing on screen (the overlay is transparent).
    OffAir,
    /// The event in numbers.
    Opening,
    /// A VIP judge is introduced (`segment`: the index in the run of show).
    Judge { segment: usize },
    /// One of their picks.
    Pick { segment: usize, pick: usize },
    /// An award and its recipient.
    Award { segment: usize },
    /// Thanks, and where to see every project.
    Closing,
}

impl RunOfShow {
    /// The cues: off air, the opening, each judge then each of their picks, each award,
    /// the closing.
    pub fn cues(&self) -> Vec<Cue> {
        let mut cues = vec![Cue::OffAir, Cue::Opening];
        for (i, segment) in self.segments.iter().enumerate() {
            match segment {
                Segment::Vip { picks, .. } => {
                    cues.push(Cue::Judge { segment: i });
                    cues.extend((0..picks.len()).map(|p| Cue::Pick {
                        segment: i,
                        pick: p,
                    }));
                }
                Segment::Award { .. } => cues.push(Cue::Award { segment: i }),
            }
        }
        cues.push(Cue::Closing);
        cues
    }

    /// A short tag of what the cues show: an overlay built from another run of show (a
    /// pick changed since) reloads.
    pub fn cue_tag(&self) -> String {
        use sha2::Digest as _;
        let bytes = serde_json::to_vec(&(&self.event, &self.segments)).unwrap_or_default();
        sha2::Sha256::digest(&bytes)
            .iter()
            .take(8)
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

/// Flattens the run of show into rows for a spreadsheet: one row per statistic, pick and
/// award, in order. Columns: segment, position, category, title, creators, countries,
/// judge, judge title, quote or value, thumbnail URL, gallery URL, judge photo URL.
pub const CSV_HEADER: [&str; 12] = [
    "segment",
    "position",
    "category",
    "title",
    "creators",
    "countries",
    "judge",
    "judge_title",
    "quote_or_value",
    "thumbnail_url",
    "gallery_url",
    "judge_photo_url",
];

impl RunOfShow {
    pub fn csv_rows(&self) -> Vec<[String; 12]> {
        let mut rows = Vec::new();
        let stat = |name: &str, value: String| {
            let mut row: [String; 12] = Default::default();
            row[0] = "statistics".to_owned();
            row[3] = name.to_owned();
            row[8] = value;
            row
        };
        let s = &self.statistics;
        rows.push(stat("creators", s.creators.to_string()));
        rows.push(stat("projects", s.projects.to_string()));
        rows.push(stat("countries", s.countries.to_string()));
        rows.push(stat("girls", s.gender.girls.to_string()));
        rows.push(stat("gender_other", s.gender.other.to_string()));
        rows.push(stat("gender_unknown", s.gender.unknown.to_string()));
        for c in &s.projects_per_category {
            let mut row = stat("projects_in_category", c.projects.to_string());
            row[2] = c.category.clone();
            rows.push(row);
        }
        let project_cells = |row: &mut [String; 12], p: &ShowProject| {
            row[2] = p.category.clone();
            row[3] = p.title.clone();
            row[4] = p
                .creators
                .iter()
                .map(|c| c.display_name.as_str())
                .collect::<Vec<_>>()
                .join("; ");
            row[5] = p
                .creators
                .iter()
                .map(|c| c.country.as_str())
                .collect::<Vec<_>>()
                .join("; ");
            row[9] = p.thumbnail_url.clone().unwrap_or_default();
            row[10] = p.gallery_url.clone();
        };
        for segment in &self.segments {
            match segment {
                Segment::Vip { judge, picks } => {
                    for pick in picks {
                        let mut row: [String; 12] = Default::default();
                        row[0] = "vip".to_owned();
                        row[1] = pick.position.to_string();
                        project_cells(&mut row, &pick.project);
                        row[6] = judge.display_name.clone();
                        row[7] = judge.title.clone();
                        row[8] = pick.quote.clone();
                        row[11] = judge.photo_url.clone().unwrap_or_default();
                        rows.push(row);
                    }
                }
                Segment::Award {
                    award,
                    citation,
                    project,
                } => {
                    let mut row: [String; 12] = Default::default();
                    row[0] = format!("award:{award}");
                    project_cells(&mut row, project);
                    row[8] = citation.clone();
                    rows.push(row);
                }
            }
        }
        rows
    }
}

pub use super::export::neutralise_formula;

impl RunOfShow {
    /// The rows as CSV (a CSV crate quotes commas, quotes and newlines), UTF-8 with a
    /// byte-order mark so spreadsheets open Japanese and Arabic correctly, formula-like
    /// cells neutralised.
    pub fn to_csv(&self) -> Result<Vec<u8>, super::export::TableError> {
        super::export::table_bytes(super::export::ExportFormat::Csv, &CSV_HEADER, &self.table())
    }

    /// The flat rows as export cells.
    pub fn table(&self) -> Vec<Vec<super::export::Cell>> {
        self.csv_rows()
            .into_iter()
            .map(|row| row.into_iter().map(Into::into).collect())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_step_through_judges_picks_and_awards_in_order() {
        let project = ShowProject {
            id: Uuid::nil(),
            category: "games".into(),
            title: "T".into(),
            creators: Vec::new(),
            thumbnail_url: None,
            gallery_url: String::new(),
        };
        let judge = ShowJudge {
            display_name: "V".into(),
            title: String::new(),
            bio: String::new(),
            photo_url: None,
        };
        let pick = ShowPick {
            position: 1,
            quote: String::new(),
            project: project.clone(),
        };
        let show = RunOfShow {
            event: ShowEvent {
                slug: "e".into(),
                name: "E".into(),
            },
            embargoed: false,
            statistics: Statistics {
                creators: 0,
                projects: 0,
                countries: 0,
                gender: GenderCounts::new(0, 0, 0),
                projects_per_category: Vec::new(),
            },
            segments: vec![
                Segment::Vip {
                    judge,
                    picks: vec![pick.clone(), pick],
                },
                Segment::Award {
                    award: "coding-with-commitment".into(),
                    citation: String::new(),
                    project,
                },
            ],
        };
        assert_eq!(
            show.cues(),
            vec![
                Cue::OffAir,
                Cue::Opening,
                Cue::Judge { segment: 0 },
                Cue::Pick {
                    segment: 0,
                    pick: 0
                },
                Cue::Pick {
                    segment: 0,
                    pick: 1
                },
                Cue::Award { segment: 1 },
                Cue::Closing,
            ]
        );
        let tag = show.cue_tag();
        assert_eq!(tag.len(), 16);
        let mut other = show.clone();
        other.segments.pop();
        assert_ne!(other.cue_tag(), tag);
    }

    #[test]
    fn the_share_of_girls_counts_only_those_who_said() {
        let g = GenderCounts::new(47, 53, 400);
        assert_eq!(g.girls_share_of_known, Some(0.47));
        assert_eq!(GenderCounts::new(0, 0, 12).girls_share_of_known, None);
    }

    struct Urls;
    impl ShowUrls for Urls {
        fn thumbnail(&self, image: Uuid) -> String {
            format!("http://x/i/{image}")
        }
        fn gallery(&self, project: Uuid) -> String {
            format!("http://x/g/{project}")
        }
        fn judge_photo(&self, photo: Uuid) -> String {
            format!("http://x/p/{photo}")
        }
    }

    #[test]
    fn the_csv_round_trips_every_script_and_neutralises_formulas() {
        let _ = Urls.judge_photo(Uuid::nil());
        let project = ShowProject {
            id: Uuid::nil(),
            category: "games".into(),
            title: "=HYPERLINK(\"http://evil\")".into(),
            creators: vec![
                ShowCreator {
                    display_name: "@ana, \"the\" coder\nline two".into(),
                    country: "JP".into(),
                },
                ShowCreator {
                    display_name: "さくら".into(),
                    country: "JP".into(),
                },
            ],
            thumbnail_url: Some(Urls.thumbnail(Uuid::nil())),
            gallery_url: Urls.gallery(Uuid::nil()),
        };
        let show = RunOfShow {
            event: ShowEvent {
                slug: "e".into(),
                name: "E".into(),
            },
            embargoed: false,
            statistics: Statistics {
                creators: 2,
                projects: 1,
                countries: 1,
                gender: GenderCounts::new(1, 0, 1),
                projects_per_category: vec![CategoryCount {
                    category: "games".into(),
                    projects: 1,
                }],
            },
            segments: vec![
                Segment::Vip {
                    judge: ShowJudge {
                        display_name: "ليلى".into(),
                        title: "+1 engineer".into(),
                        bio: String::new(),
                        photo_url: None,
                    },
                    picks: vec![ShowPick {
                        position: 1,
                        quote: "-so good, really".into(),
                        project: project.clone(),
                    }],
                },
                Segment::Award {
                    award: "coding-with-commitment".into(),
                    citation: "नमस्ते".into(),
                    project,
                },
            ],
        };
        let bytes = show.to_csv().unwrap();
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        let mut reader = csv::Reader::from_reader(&bytes[3..]);
        assert_eq!(
            reader.headers().unwrap().iter().collect::<Vec<_>>(),
            CSV_HEADER
        );
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
        assert_eq!(
            rows.len(),
            6 + 1 + 1 + 1,
            "6 totals, 1 category, 1 pick, 1 award"
        );
        let pick = &rows[7];
        assert_eq!(&pick[0], "vip");
        assert_eq!(&pick[3], "'=HYPERLINK(\"http://evil\")");
        assert_eq!(&pick[4], "'@ana, \"the\" coder\nline two; さくら");
        assert_eq!(&pick[6], "ليلى");
        assert_eq!(&pick[7], "'+1 engineer");
        assert_eq!(&pick[8], "'-so good, really");
        assert_eq!(&rows[8][0], "award:coding-with-commitment");
        assert_eq!(&rows[8][8], "नमस्ते");
    }
}
