//! The publication rule, in one place: a project is visible to visitors, search, the
//! public API and the livestream data if and only if it is submitted, a moderator approved
//! a version of it, every creator of that public version who needs a guardian's consent
//! has it for publishing, and it is not withdrawn. What the public sees is that approved
//! version (`domain::revision`), never unreviewed changes. Images showing a person also
//! need the photo scope.

use chrono::NaiveDate;
use serde::Serialize;

use super::account::BirthMonth;
use super::event::ConsentAge;
use super::project::ProjectStatus;
use super::revision::RevisionStatus;

/// The version of the consent wording shown to guardians; recorded with every answer.
pub const CONSENT_WORDING_VERSION: &str = "2026-11-v1";

/// A moderator's decision on a project.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Moderation {
    Pending,
    Approved,
    Rejected,
    ChangesRequested,
}

impl Moderation {
    pub fn as_str(self) -> &'static str {
        match self {
            Moderation::Pending => "pending",
            Moderation::Approved => "approved",
            Moderation::Rejected => "rejected",
            Moderation::ChangesRequested => "changes_requested",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            Moderation::Pending,
            Moderation::Approved,
            Moderation::Rejected,
            Moderation::ChangesRequested,
        ]
        .into_iter()
        .find(|m| m.as_str() == s)
    }
}

/// What consent scopes a guardian can grant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Show the project and the creator's public details.
    Publish,
    /// Show images in which a person appears.
    Photos,
    /// Let the organizers contact the family about the event.
    Contact,
}

impl Scope {
    pub const ALL: [Scope; 3] = [Scope::Publish, Scope::Photos, Scope::Contact];

    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Publish => "publish",
            Scope::Photos => "photos",
            Scope::Contact => "contact",
        }
    }
}

/// One team member's consent situation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemberConsent {
    /// Under the event's consent age on its reference date.
    pub needs_consent: bool,
    /// Current, not withdrawn, granted answers.
    pub publish: bool,
    pub photos: bool,
}

impl MemberConsent {
    fn may_publish(&self) -> bool {
        !self.needs_consent || self.publish
    }

    fn may_show_photos(&self) -> bool {
        !self.needs_consent || (self.publish && self.photos)
    }
}

/// Everything the rule looks at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    pub status: ProjectStatus,
    pub moderation: Moderation,
    /// The members of the public (approved) version; empty when there is none.
    pub public_members: Vec<MemberConsent>,
    /// Every member of the team, in the public version or not.
    pub team: Vec<MemberConsent>,
    /// The review state of the newest revision, when it is newer than the public one.
    pub newest: Option<RevisionStatus>,
}

/// Whether a creator needs a guardian's consent: younger than the consent age on the
/// event's reference date.
pub fn needs_consent(
    birth: BirthMonth,
    reference_date: NaiveDate,
    consent_age: ConsentAge,
) -> bool {
    birth.age_on(reference_date) < i32::from(consent_age.years())
}

/// The rule: submitted ∧ approved (a public version exists) ∧ every required publish
/// consent of that version's members ∧ not withdrawn.
pub fn is_published(f: &Facts) -> bool {
    f.status == ProjectStatus::Submitted
        && f.moderation == Moderation::Approved
        && !f.public_members.is_empty()
        && f.public_members.iter().all(MemberConsent::may_publish)
}

/// Whether an image of the public version may be shown: images of people need the photo
/// consent of every member who needs consent too.
pub fn image_is_public(f: &Facts, shows_person: bool) -> bool {
    is_published(f)
        && (!shows_person || f.public_members.iter().all(MemberConsent::may_show_photos))
}

/// Whether every team member who needs consent has given it for publishing.
pub fn consents_complete(f: &Facts) -> bool {
    f.team.iter().all(MemberConsent::may_publish)
}

/// Whether approving the newest revision (the team as it is now) must wait for consent:
/// the project is public and a member who would become public has none. Approving then
/// would take the whole project down; a new member is public only with their own consent.
pub fn approval_waits_for_consent(f: &Facts) -> bool {
    is_published(f) && !consents_complete(f)
}

/// The status a creator sees on their dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DisplayStatus {
    Draft,
    AwaitingConsent,
    InReview,
    NeedsChanges,
    Rejected,
    Published,
    /// Published; a change waits for a moderator (the public still sees the old version).
    PublishedChangesInReview,
    /// Published; the last change was not accepted (the public sees the old version).
    PublishedChangesDeclined,
    Withdrawn,
}

impl DisplayStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            DisplayStatus::Draft => "draft",
            DisplayStatus::AwaitingConsent => "awaiting_consent",
            DisplayStatus::InReview => "in_review",
            DisplayStatus::NeedsChanges => "needs_changes",
            DisplayStatus::Rejected => "rejected",
            DisplayStatus::Published => "published",
            DisplayStatus::PublishedChangesInReview => "published_changes_in_review",
            DisplayStatus::PublishedChangesDeclined => "published_changes_declined",
            DisplayStatus::Withdrawn => "withdrawn",
        }
    }
}

/// Where the project stands, from the creator's point of view.
pub fn display_status(f: &Facts) -> DisplayStatus {
    match (f.status, f.moderation) {
        (ProjectStatus::Withdrawn, _) => DisplayStatus::Withdrawn,
        (ProjectStatus::Draft, _) => DisplayStatus::Draft,
        (ProjectStatus::Submitted, Moderation::Rejected) => DisplayStatus::Rejected,
        (ProjectStatus::Submitted, Moderation::ChangesRequested) => DisplayStatus::NeedsChanges,
        (ProjectStatus::Submitted, Moderation::Approved) if is_published(f) => match f.newest {
            Some(RevisionStatus::Pending) => DisplayStatus::PublishedChangesInReview,
            Some(RevisionStatus::Rejected | RevisionStatus::ChangesRequested) => {
                DisplayStatus::PublishedChangesDeclined
            }
            _ => DisplayStatus::Published,
        },
        (ProjectStatus::Submitted, _) if !consents_complete(f) => DisplayStatus::AwaitingConsent,
        (ProjectStatus::Submitted, Moderation::Approved) => DisplayStatus::AwaitingConsent,
        (ProjectStatus::Submitted, Moderation::Pending) => DisplayStatus::InReview,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn member(needs: bool, publish: bool, photos: bool) -> MemberConsent {
        MemberConsent {
            needs_consent: needs,
            publish,
            photos,
        }
    }

    fn facts(status: ProjectStatus, moderation: Moderation, members: Vec<MemberConsent>) -> Facts {
        Facts {
            status,
            moderation,
            team: members.clone(),
            public_members: members,
            newest: None,
        }
    }

    #[test]
    fn published_needs_all_four_conditions() {
        let ok = facts(
            ProjectStatus::Submitted,
            Moderation::Approved,
            vec![member(true, true, false), member(false, false, false)],
        );
        assert!(is_published(&ok));
        assert!(!is_published(&Facts {
            status: ProjectStatus::Draft,
            ..ok.clone()
        }));
        assert!(!is_published(&Facts {
            status: ProjectStatus::Withdrawn,
            ..ok.clone()
        }));
        assert!(!is_published(&Facts {
            moderation: Moderation::Pending,
            ..ok.clone()
        }));
        assert!(!is_published(&Facts {
            public_members: vec![member(true, false, true)],
            ..ok.clone()
        }));
        assert!(!is_published(&Facts {
            public_members: vec![],
            ..ok.clone()
        }));
        // A new member without consent does not take the public version down.
        assert!(is_published(&Facts {
            team: vec![member(true, true, false), member(true, false, false)],
            ..ok
        }));
    }

    #[test]
    fn people_in_images_need_the_photo_scope() {
        let f = facts(
            ProjectStatus::Submitted,
            Moderation::Approved,
            vec![member(true, true, false)],
        );
        assert!(image_is_public(&f, false));
        assert!(!image_is_public(&f, true));
        let f = facts(
            ProjectStatus::Submitted,
            Moderation::Approved,
            vec![member(true, true, true), member(false, false, false)],
        );
        assert!(image_is_public(&f, true));
    }

    #[test]
    fn the_dashboard_status_follows_the_facts() {
        let waiting = facts(
            ProjectStatus::Submitted,
            Moderation::Pending,
            vec![member(true, false, false)],
        );
        assert_eq!(display_status(&waiting), DisplayStatus::AwaitingConsent);
        let review = facts(
            ProjectStatus::Submitted,
            Moderation::Pending,
            vec![member(true, true, false)],
        );
        assert_eq!(display_status(&review), DisplayStatus::InReview);
        let approved_but_waiting = facts(
            ProjectStatus::Submitted,
            Moderation::Approved,
            vec![member(true, false, false)],
        );
        assert_eq!(
            display_status(&approved_but_waiting),
            DisplayStatus::AwaitingConsent
        );
        let changes = facts(
            ProjectStatus::Submitted,
            Moderation::ChangesRequested,
            vec![member(false, false, false)],
        );
        assert_eq!(display_status(&changes), DisplayStatus::NeedsChanges);
        let published = facts(
            ProjectStatus::Submitted,
            Moderation::Approved,
            vec![member(false, false, false)],
        );
        let in_review = Facts {
            newest: Some(RevisionStatus::Pending),
            ..published.clone()
        };
        assert_eq!(
            display_status(&in_review),
            DisplayStatus::PublishedChangesInReview
        );
        let declined = Facts {
            newest: Some(RevisionStatus::Rejected),
            ..published
        };
        assert_eq!(
            display_status(&declined),
            DisplayStatus::PublishedChangesDeclined
        );
    }

    #[test]
    fn consent_age_is_checked_on_the_reference_date() {
        let Some(reference) = NaiveDate::from_ymd_opt(2027, 5, 1) else {
            panic!("date")
        };
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or_default();
        let Ok(seventeen) = BirthMonth::parse("2009", "12", today) else {
            panic!("birth")
        };
        assert!(needs_consent(seventeen, reference, ConsentAge::DEFAULT));
        let Ok(eighteen) = BirthMonth::parse("2009", "5", today) else {
            panic!("birth")
        };
        assert!(!needs_consent(eighteen, reference, ConsentAge::DEFAULT));
        let Ok(sixteen_age) = ConsentAge::parse(16) else {
            panic!("age")
        };
        assert!(!needs_consent(seventeen, reference, sixteen_age));
    }

    proptest! {
        #[test]
        fn published_always_implies_submitted_approved_and_consented(
            status in 0..3usize, moderation in 0..4usize, newest in 0..6usize,
            public in proptest::collection::vec((any::<bool>(), any::<bool>(), any::<bool>()), 0..6),
            added in proptest::collection::vec((any::<bool>(), any::<bool>(), any::<bool>()), 0..3),
        ) {
            let status = [ProjectStatus::Draft, ProjectStatus::Submitted, ProjectStatus::Withdrawn][status];
            let moderation = [Moderation::Pending, Moderation::Approved, Moderation::Rejected, Moderation::ChangesRequested][moderation];
            let public: Vec<MemberConsent> = public.iter().map(|&(n, p, ph)| member(n, p, ph)).collect();
            let mut team = public.clone();
            team.extend(added.iter().map(|&(n, p, ph)| member(n, p, ph)));
            let f = Facts {
                status,
                moderation,
                public_members: public,
                team,
                newest: RevisionStatus::ALL.get(newest).copied(),
            };
            let shown_published = matches!(
                display_status(&f),
                DisplayStatus::Published
                    | DisplayStatus::PublishedChangesInReview
                    | DisplayStatus::PublishedChangesDeclined
            );
            if is_published(&f) {
                prop_assert_eq!(f.status, ProjectStatus::Submitted);
                prop_assert_eq!(f.moderation, Moderation::Approved);
                prop_assert!(f.public_members.iter().all(|m| !m.needs_consent || m.publish));
                prop_assert!(shown_published);
            } else {
                prop_assert!(!shown_published);
            }
            if image_is_public(&f, true) {
                prop_assert!(f.public_members.iter().all(|m| !m.needs_consent || m.photos));
            }
            if approval_waits_for_consent(&f) {
                prop_assert!(f.team.iter().any(|m| m.needs_consent && !m.publish));
            }
        }
    }
}
