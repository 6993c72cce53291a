//! Revisions: what the public sees of a project is its last approved revision.
//!
//! Submitting, and every later change to anything public (text, links, images, goals,
//! team), records a new revision: a snapshot of the public content. A moderator decides
//! on the newest revision, seeing how it differs from the public one. Approving makes it
//! the public version; rejecting a change keeps the old public version; rejecting the
//! public version itself takes the project down.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::project::ProjectFields;
use super::publication::Moderation;

/// An image as a revision shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevisionImage {
    pub id: Uuid,
    pub alt_text: String,
    pub shows_person: bool,
}

/// The public content of a project at one moment: everything a visitor could see of it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevisionContent {
    pub title: String,
    pub short_description: String,
    /// The category's slug ("" for none).
    pub category: String,
    /// BCP 47 tag ("" for none).
    pub language: String,
    pub project_url: String,
    pub video_url: String,
    pub why_made: String,
    pub difficulties: String,
    pub next_steps: String,
    pub community: String,
    pub sdgs: Vec<u8>,
    /// Ready images, in order.
    pub images: Vec<RevisionImage>,
    /// The team's creator profiles, in joining order.
    pub members: Vec<Uuid>,
}

impl RevisionContent {
    /// The snapshot of a project's working copy.
    pub fn of(fields: &ProjectFields, images: Vec<RevisionImage>, members: Vec<Uuid>) -> Self {
        RevisionContent {
            title: fields.title.clone(),
            short_description: fields.short_description.clone(),
            category: fields.category.clone(),
            language: fields.language.clone(),
            project_url: fields.project_url.clone(),
            video_url: fields.video_url.clone(),
            why_made: fields.why_made.clone(),
            difficulties: fields.difficulties.clone(),
            next_steps: fields.next_steps.clone(),
            community: fields.community.clone(),
            sdgs: fields
                .sdgs
                .iter()
                .filter_map(|n| u8::try_from(*n).ok())
                .collect(),
            images,
            members,
        }
    }

    /// The project's text fields as the form knows them.
    pub fn fields(&self) -> ProjectFields {
        ProjectFields {
            title: self.title.clone(),
            short_description: self.short_description.clone(),
            category: self.category.clone(),
            language: self.language.clone(),
            project_url: self.project_url.clone(),
            video_url: self.video_url.clone(),
            why_made: self.why_made.clone(),
            difficulties: self.difficulties.clone(),
            next_steps: self.next_steps.clone(),
            community: self.community.clone(),
            sdgs: self.sdgs.iter().map(|n| i64::from(*n)).collect(),
        }
    }

    /// The text fields by name, in the form's order.
    pub fn texts(&self) -> [(&'static str, &str); 10] {
        [
            ("title", &self.title),
            ("short_description", &self.short_description),
            ("category", &self.category),
            ("language", &self.language),
            ("project_url", &self.project_url),
            ("video_url", &self.video_url),
            ("why_made", &self.why_made),
            ("difficulties", &self.difficulties),
            ("next_steps", &self.next_steps),
            ("community", &self.community),
        ]
    }
}

/// One difference between two revisions, for the moderator's view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Change {
    /// A text field changed (its name is the form's field name).
    Text {
        field: &'static str,
        before: String,
        after: String,
    },
    Sdgs {
        before: Vec<u8>,
        after: Vec<u8>,
    },
    ImageAdded {
        image: RevisionImage,
    },
    ImageRemoved {
        image: RevisionImage,
    },
    /// The same image with another description or person flag.
    ImageChanged {
        before: RevisionImage,
        after: RevisionImage,
    },
    MemberAdded {
        creator: Uuid,
    },
    MemberRemoved {
        creator: Uuid,
    },
}

/// What changed from `before` to `after`, field by field; empty when they are the same.
pub fn changes(before: &RevisionContent, after: &RevisionContent) -> Vec<Change> {
    let mut out: Vec<Change> = before
        .texts()
        .into_iter()
        .zip(after.texts())
        .filter(|((_, a), (_, b))| a != b)
        .map(|((field, a), (_, b))| Change::Text {
            field,
            before: a.to_owned(),
            after: b.to_owned(),
        })
        .collect();
    if before.sdgs != after.sdgs {
        out.push(Change::Sdgs {
            before: before.sdgs.clone(),
            after: after.sdgs.clone(),
        });
    }
    for image in &after.images {
        match before.images.iter().find(|i| i.id == image.id) {
            None => out.push(Change::ImageAdded {
                image: image.clone(),
            }),
            Some(old) if old != image => out.push(Change::ImageChanged {
                before: old.clone(),
                after: image.clone(),
            }),
            Some(_) => {}
        }
    }
    for image in &before.images {
        if !after.images.iter().any(|i| i.id == image.id) {
            out.push(Change::ImageRemoved {
                image: image.clone(),
            });
        }
    }
    for creator in &after.members {
        if !before.members.contains(creator) {
            out.push(Change::MemberAdded { creator: *creator });
        }
    }
    for creator in &before.members {
        if !after.members.contains(creator) {
            out.push(Change::MemberRemoved { creator: *creator });
        }
    }
    out
}

/// The names of the form's fields that differ (`sdgs` for the goals), for audit rows.
pub fn changed_fields(before: &ProjectFields, after: &ProjectFields) -> Vec<&'static str> {
    let of = |f: &ProjectFields| RevisionContent::of(f, Vec::new(), Vec::new());
    changes(&of(before), &of(after))
        .into_iter()
        .filter_map(|c| match c {
            Change::Text { field, .. } => Some(field),
            Change::Sdgs { .. } => Some("sdgs"),
            _ => None,
        })
        .collect()
}

/// Where a revision's review stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RevisionStatus {
    /// Waiting for a moderator.
    Pending,
    Approved,
    Rejected,
    ChangesRequested,
    /// A newer revision replaced it before anyone decided.
    Superseded,
}

impl RevisionStatus {
    pub const ALL: [RevisionStatus; 5] = [
        RevisionStatus::Pending,
        RevisionStatus::Approved,
        RevisionStatus::Rejected,
        RevisionStatus::ChangesRequested,
        RevisionStatus::Superseded,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RevisionStatus::Pending => "pending",
            RevisionStatus::Approved => "approved",
            RevisionStatus::Rejected => "rejected",
            RevisionStatus::ChangesRequested => "changes_requested",
            RevisionStatus::Superseded => "superseded",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        RevisionStatus::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// A moderator's decision on a revision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Approve,
    RequestChanges,
    Reject,
}

impl Decision {
    /// From the form's value (`approved`, `changes_requested`, `rejected`).
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "approved" => Some(Decision::Approve),
            "changes_requested" => Some(Decision::RequestChanges),
            "rejected" => Some(Decision::Reject),
            _ => None,
        }
    }

    /// The moderation state this decision names.
    pub fn as_moderation(self) -> Moderation {
        match self {
            Decision::Approve => Moderation::Approved,
            Decision::RequestChanges => Moderation::ChangesRequested,
            Decision::Reject => Moderation::Rejected,
        }
    }

    /// Whether the team must be told why.
    pub fn needs_reason(self) -> bool {
        self != Decision::Approve
    }
}

/// What a decision does: the revision's new status and the project's new moderation state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decided {
    pub revision: RevisionStatus,
    pub project: Moderation,
    /// Whether the decided revision becomes the public version.
    pub becomes_public: bool,
}

/// The rule for a decision on the newest revision. `project`: the project's moderation
/// state; `other_public_version`: whether an approved revision other than this one exists.
///
/// Approving makes the revision public. Rejecting or asking for changes on a change to a
/// published project keeps the published version public; on anything else (a first
/// submission, or the public version itself) the project is not (or no longer) public.
pub fn decide(project: Moderation, other_public_version: bool, decision: Decision) -> Decided {
    let keeps_public = project == Moderation::Approved && other_public_version;
    match decision {
        Decision::Approve => Decided {
            revision: RevisionStatus::Approved,
            project: Moderation::Approved,
            becomes_public: true,
        },
        Decision::Reject | Decision::RequestChanges => Decided {
            revision: match decision {
                Decision::Reject => RevisionStatus::Rejected,
                _ => RevisionStatus::ChangesRequested,
            },
            project: if keeps_public {
                Moderation::Approved
            } else {
                decision.as_moderation()
            },
            becomes_public: false,
        },
    }
}

/// The project's moderation state once a new revision waits for review: a published
/// project stays published (its public version) while the change waits; a project that
/// needed changes goes back to review; a rejected one stays rejected until a moderator
/// reconsiders.
pub fn after_new_revision(project: Moderation) -> Moderation {
    match project {
        Moderation::Approved => Moderation::Approved,
        Moderation::Rejected => Moderation::Rejected,
        Moderation::Pending | Moderation::ChangesRequested => Moderation::Pending,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn content(title: &str) -> RevisionContent {
        RevisionContent {
            title: title.into(),
            ..RevisionContent::default()
        }
    }

    #[test]
    fn identical_revisions_have_no_changes() {
        let a = content("Rain Garden");
        assert!(changes(&a, &a.clone()).is_empty());
    }

    #[test]
    fn changes_name_each_field_image_and_member() {
        let image = RevisionImage {
            id: Uuid::from_u128(1),
            alt_text: "A garden".into(),
            shows_person: false,
        };
        let before = RevisionContent {
            members: vec![Uuid::from_u128(10)],
            images: vec![image.clone()],
            ..content("Rain Garden")
        };
        let after = RevisionContent {
            members: vec![Uuid::from_u128(10), Uuid::from_u128(11)],
            images: vec![RevisionImage {
                id: Uuid::from_u128(2),
                alt_text: "Me".into(),
                shows_person: true,
            }],
            sdgs: vec![6],
            ..content("Amira Haddad, 0551 234 567")
        };
        let found = changes(&before, &after);
        assert!(found.contains(&Change::Text {
            field: "title",
            before: "Rain Garden".into(),
            after: "Amira Haddad, 0551 234 567".into()
        }));
        assert!(found.iter().any(|c| matches!(c, Change::ImageAdded { .. })));
        assert!(found.contains(&Change::ImageRemoved { image }));
        assert!(found.contains(&Change::MemberAdded {
            creator: Uuid::from_u128(11)
        }));
        assert!(found.iter().any(|c| matches!(c, Change::Sdgs { .. })));
        assert_eq!(found.len(), 5, "{found:?}");
    }

    #[test]
    fn a_rejected_change_keeps_the_published_version() {
        let d = decide(Moderation::Approved, true, Decision::Reject);
        assert_eq!(d.revision, RevisionStatus::Rejected);
        assert_eq!(d.project, Moderation::Approved);
        assert!(!d.becomes_public);
    }

    #[test]
    fn rejecting_the_public_version_takes_the_project_down() {
        let d = decide(Moderation::Approved, false, Decision::Reject);
        assert_eq!(d.project, Moderation::Rejected);
        let d = decide(Moderation::Pending, false, Decision::RequestChanges);
        assert_eq!(d.project, Moderation::ChangesRequested);
    }

    #[test]
    fn a_new_revision_of_a_published_project_keeps_it_published() {
        assert_eq!(
            after_new_revision(Moderation::Approved),
            Moderation::Approved
        );
        assert_eq!(
            after_new_revision(Moderation::ChangesRequested),
            Moderation::Pending
        );
        assert_eq!(
            after_new_revision(Moderation::Rejected),
            Moderation::Rejected
        );
    }

    #[test]
    fn content_round_trips_through_json() {
        let c = RevisionContent {
            sdgs: vec![4, 13],
            images: vec![RevisionImage {
                id: Uuid::from_u128(3),
                alt_text: "ロボット".into(),
                shows_person: false,
            }],
            members: vec![Uuid::from_u128(7)],
            ..content("Robot")
        };
        let json = serde_json::to_value(&c).unwrap_or_default();
        assert_eq!(
            serde_json::from_value::<RevisionContent>(json).ok(),
            Some(c)
        );
    }

    proptest! {
        #[test]
        fn only_approval_makes_a_revision_public(
            project in 0..4usize, other in any::<bool>(), decision in 0..3usize,
        ) {
            let project = [Moderation::Pending, Moderation::Approved, Moderation::Rejected, Moderation::ChangesRequested][project];
            let decision = [Decision::Approve, Decision::RequestChanges, Decision::Reject][decision];
            let d = decide(project, other, decision);
            prop_assert_eq!(d.becomes_public, decision == Decision::Approve);
            // The project stays public after a refusal only when another approved
            // version exists and it was public.
            if d.project == Moderation::Approved && decision != Decision::Approve {
                prop_assert!(other && project == Moderation::Approved);
            }
            if decision == Decision::Approve {
                prop_assert_eq!(d.project, Moderation::Approved);
            }
        }

        #[test]
        fn changes_are_empty_exactly_when_the_content_is_equal(
            a in "[a-c]{0,3}", b in "[a-c]{0,3}", m in any::<bool>(), s in any::<bool>(),
        ) {
            let before = content(&a);
            let mut after = content(&b);
            if m { after.members.push(Uuid::from_u128(5)); }
            if s { after.sdgs.push(1); }
            prop_assert_eq!(changes(&before, &after).is_empty(), before == after);
        }
    }
}
