//! The emails the platform sends, as queued jobs (`workers::email` renders and sends
//! them).

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Every email the platform sends.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "email", rename_all = "snake_case")]
pub enum EmailJob {
    /// Confirm the address of a new account.
    VerifyEmail { user_id: Uuid },
    /// A link to choose a new password, if this address has an account (the request path
    /// does the same work either way).
    ResetPassword { address: String },
    /// A one-time sign-in link, if this address is a judge's or an organizer's.
    SignInLink { address: String },
    /// Someone tried to register with this account's address.
    AlreadyRegistered { user_id: Uuid },
    /// An invitation to become a judge or organizer.
    Invitation { invitation_id: Uuid, locale: String },
    /// Ask a guardian for consent (again, as a reminder, while the request is pending).
    ConsentRequest { request_id: Uuid, reminder: bool },
    /// Confirm a guardian's consent, with a link to withdraw it.
    ConsentConfirmation { request_id: Uuid, locale: String },
    /// A volunteer judge was given projects to score by an assignment batch.
    JudgeAssigned {
        user_id: Uuid,
        event_id: Uuid,
        count: u32,
    },
    /// A reminder to a volunteer judge, sent only while projects are left to score and
    /// the event is still shortlisting.
    JudgeReminder { user_id: Uuid, event_id: Uuid },
    /// News about a project for one account (a team member's, or an organizer's).
    ProjectNotice {
        user_id: Uuid,
        project_id: Uuid,
        notice: Notice,
    },
}

/// What happened to a project.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "notice", rename_all = "snake_case")]
pub enum Notice {
    /// A guardian withdrew consent for this creator: the project is no longer public.
    ConsentWithdrawn { creator_name: String },
    /// A moderator approved, rejected or asked for changes.
    Moderation {
        decision: String,
        reason: Option<String>,
    },
}
