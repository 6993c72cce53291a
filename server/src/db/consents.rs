//! Guardian consent: requests, answers per scope, tokens of the consent emails, and the
//! facts the publication rule needs.

use anyhow::Context as _;
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::PgConnection;
use uuid::Uuid;

use crate::db::parse_stored;
use crate::db::tokens::Lookup;
use crate::domain::account::BirthMonth;
use crate::domain::event::{ConsentAge, Timezone};
use crate::domain::project::ProjectStatus;
use crate::domain::publication::{Facts, MemberConsent, Moderation, Scope, needs_consent};
use crate::domain::revision::RevisionStatus;

/// A consent request.
#[derive(Debug, Clone)]
pub struct RequestRecord {
    pub id: Uuid,
    pub creator_id: Uuid,
    pub project_id: Uuid,
    pub guardian_email: Option<String>,
    pub locale: String,
    pub status: String,
    pub expires_at: DateTime<Utc>,
    pub last_sent_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

/// A team member with what the consent pages and the rule need.
#[derive(Debug, Clone)]
pub struct MemberFacts {
    pub creator_id: Uuid,
    pub display_name: String,
    pub country: String,
    pub user_id: Option<Uuid>,
    pub managed_by: Option<Uuid>,
    pub birth: Option<BirthMonth>,
    pub needs_consent: bool,
    pub publish: bool,
    pub photos: bool,
    pub contact: bool,
    /// The newest publish answer is a refusal.
    pub publish_declined: bool,
    /// The newest publish answer was granted, then withdrawn.
    pub publish_withdrawn: bool,
    pub pending_request: bool,
    /// In the project's public (approved) version.
    pub public: bool,
}

/// Purpose of a consent email link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    Respond,
    Withdraw,
}

impl TokenPurpose {
    fn as_str(self) -> &'static str {
        match self {
            TokenPurpose::Respond => "respond",
            TokenPurpose::Withdraw => "withdraw",
        }
    }
}

/// The team's consent facts and the project's state, for the publication rule.
pub async fn facts(
    conn: &mut PgConnection,
    project: Uuid,
) -> anyhow::Result<Option<(Facts, Vec<MemberFacts>)>> {
    let Some(p) = sqlx::query!(
        r#"SELECT p.status::text AS "status!", p.moderation::text AS "moderation!", e.reference_date,
                  e.consent_age,
                  (SELECT r.content->'members' FROM project_revisions r
                   WHERE r.id = p.approved_revision_id) AS public_members,
                  (SELECT CASE WHEN r.id = p.approved_revision_id THEN NULL ELSE r.status::text END
                   FROM project_revisions r WHERE r.project_id = p.id
                   ORDER BY r.number DESC LIMIT 1) AS newest
           FROM projects p JOIN events e ON e.id = p.event_id WHERE p.id = $1"#,
        project
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading a project's state")?
    else {
        return Ok(None);
    };
    let rows = sqlx::query!(
        r#"SELECT c.id, c.display_name, c.country::text AS "country!", c.user_id, c.managed_by,
                  c.birth_year, c.birth_month,
                  COALESCE(bool_or(cc.scope = 'publish' AND cc.granted AND cc.withdrawn_at IS NULL), false) AS "publish!",
                  COALESCE(bool_or(cc.scope = 'photos' AND cc.granted AND cc.withdrawn_at IS NULL), false) AS "photos!",
                  COALESCE(bool_or(cc.scope = 'contact' AND cc.granted AND cc.withdrawn_at IS NULL), false) AS "contact!",
                  COALESCE(bool_or(cc.scope = 'publish' AND NOT cc.granted), false) AS "publish_declined!",
                  COALESCE(bool_or(cc.scope = 'publish' AND cc.granted AND cc.withdrawn_at IS NOT NULL), false) AS "publish_withdrawn!",
                  EXISTS (SELECT 1 FROM consent_requests r WHERE r.creator_id = c.id AND r.status = 'pending'
                          AND r.expires_at > now()) AS "pending!"
           FROM project_members m
           JOIN creators c ON c.id = m.creator_id
           -- The newest answer per scope (the `current_consents` view's rule), looked up
           -- per member through the (creator_id, scope, given_at) index: joining the view
           -- itself would read every consent ever given.
           LEFT JOIN LATERAL (
               SELECT DISTINCT ON (scope) scope, granted, withdrawn_at
               FROM consents WHERE creator_id = c.id
               ORDER BY scope, given_at DESC, id
           ) cc ON true
           WHERE m.project_id = $1
           GROUP BY c.id, m.joined_at
           ORDER BY m.joined_at, c.id"#,
        project
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading the team's consents")?;
    let consent_age =
        ConsentAge::parse(p.consent_age.into()).map_err(|e| anyhow::anyhow!("{e}"))?;
    let reference: NaiveDate = p.reference_date;
    let public_members: Vec<Uuid> = match p.public_members {
        Some(v) => serde_json::from_value(v).context("reading the public version's team")?,
        None => Vec::new(),
    };
    let members: Vec<MemberFacts> = rows
        .into_iter()
        .map(|r| {
            let birth = BirthMonth::parse(
                &r.birth_year.to_string(),
                &r.birth_month.to_string(),
                reference.max(Utc::now().date_naive()),
            )
            .ok();
            // Without a readable birth month, assume consent is needed: the safe side.
            let needs = birth.is_none_or(|b| needs_consent(b, reference, consent_age));
            MemberFacts {
                creator_id: r.id,
                display_name: r.display_name,
                country: r.country,
                user_id: r.user_id,
                managed_by: r.managed_by,
                birth,
                needs_consent: needs,
                publish: r.publish,
                photos: r.photos,
                contact: r.contact,
                publish_declined: r.publish_declined,
                publish_withdrawn: r.publish_withdrawn,
                pending_request: r.pending,
                public: public_members.contains(&r.id),
            }
        })
        .collect();
    let consent = |m: &MemberFacts| MemberConsent {
        needs_consent: m.needs_consent,
        publish: m.publish,
        photos: m.photos,
    };
    let facts = Facts {
        status: parse_stored("project status", &p.status, ProjectStatus::parse)?,
        moderation: parse_stored("moderation state", &p.moderation, Moderation::parse)?,
        public_members: members.iter().filter(|m| m.public).map(consent).collect(),
        team: members.iter().map(consent).collect(),
        newest: p
            .newest
            .map(|s| parse_stored("revision status", &s, RevisionStatus::parse))
            .transpose()?,
    };
    Ok(Some((facts, members)))
}

/// Opens a request (pending until answered or expired).
pub async fn create_request(
    conn: &mut PgConnection,
    creator: Uuid,
    project: Uuid,
    guardian_email: Option<&str>,
    locale: &str,
    requested_by: Uuid,
    expires_at: DateTime<Utc>,
) -> anyhow::Result<Uuid> {
    // A new request replaces an older pending one for the same creator.
    sqlx::query!(
        "UPDATE consent_requests SET status = 'expired' WHERE creator_id = $1 AND status = 'pending'",
        creator
    )
    .execute(&mut *conn)
    .await
    .context("closing older requests")?;
    let id = sqlx::query_scalar!(
        r#"INSERT INTO consent_requests (creator_id, project_id, guardian_email, locale, requested_by, expires_at)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"#,
        creator,
        project,
        guardian_email,
        locale,
        requested_by,
        expires_at
    )
    .fetch_one(&mut *conn)
    .await
    .context("creating a consent request")?;
    Ok(id)
}

/// One request.
pub async fn request(conn: &mut PgConnection, id: Uuid) -> anyhow::Result<Option<RequestRecord>> {
    let row = sqlx::query_as!(
        RequestRecord,
        r#"SELECT id, creator_id, project_id, guardian_email, locale, status::text AS "status!",
                  expires_at, last_sent_at, created_at
           FROM consent_requests WHERE id = $1"#,
        id
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading a consent request")?;
    Ok(row)
}

/// The pending request for a creator, if any.
pub async fn pending_for(
    conn: &mut PgConnection,
    creator: Uuid,
) -> anyhow::Result<Option<RequestRecord>> {
    let row = sqlx::query_as!(
        RequestRecord,
        r#"SELECT id, creator_id, project_id, guardian_email, locale, status::text AS "status!",
                  expires_at, last_sent_at, created_at
           FROM consent_requests WHERE creator_id = $1 AND status = 'pending' AND expires_at > now()
           ORDER BY created_at DESC LIMIT 1"#,
        creator
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading a pending consent request")?;
    Ok(row)
}

/// Records that an email for the request went out.
pub async fn mark_sent(conn: &mut PgConnection, id: Uuid) -> anyhow::Result<()> {
    sqlx::query!(
        "UPDATE consent_requests SET last_sent_at = now() WHERE id = $1",
        id
    )
    .execute(&mut *conn)
    .await
    .context("marking a request sent")?;
    Ok(())
}

/// Marks a request answered.
pub async fn mark_answered(conn: &mut PgConnection, id: Uuid) -> anyhow::Result<()> {
    sqlx::query!(
        "UPDATE consent_requests SET status = 'answered' WHERE id = $1",
        id
    )
    .execute(&mut *conn)
    .await
    .context("marking a request answered")?;
    Ok(())
}

/// Stores a token's hash.
pub async fn insert_token(
    conn: &mut PgConnection,
    hash: &[u8],
    request: Uuid,
    purpose: TokenPurpose,
    expires_at: DateTime<Utc>,
) -> anyhow::Result<()> {
    sqlx::query!(
        r#"INSERT INTO consent_tokens (token_hash, request_id, purpose, expires_at)
           VALUES ($1, $2, $3::text::consent_token_purpose, $4)"#,
        hash,
        request,
        purpose.as_str(),
        expires_at
    )
    .execute(&mut *conn)
    .await
    .context("storing a consent token")?;
    Ok(())
}

/// What a presented token is, without using it.
pub async fn peek_token(
    conn: &mut PgConnection,
    hash: &[u8],
    purpose: TokenPurpose,
) -> anyhow::Result<Lookup<Uuid>> {
    let row = sqlx::query!(
        r#"SELECT request_id, used_at IS NOT NULL AS "used!", expires_at <= now() AS "expired!"
           FROM consent_tokens WHERE token_hash = $1 AND purpose = $2::text::consent_token_purpose"#,
        hash,
        purpose.as_str()
    )
    .fetch_optional(&mut *conn)
    .await
    .context("looking a consent token up")?;
    Ok(match row {
        None => Lookup::Unknown,
        Some(r) if r.used => Lookup::Used,
        Some(r) if r.expired => Lookup::Expired,
        Some(r) => Lookup::Valid(r.request_id),
    })
}

/// Uses a token atomically; says why not when it cannot be used.
pub async fn consume_token(
    conn: &mut PgConnection,
    hash: &[u8],
    purpose: TokenPurpose,
) -> anyhow::Result<Lookup<Uuid>> {
    let used = sqlx::query_scalar!(
        r#"UPDATE consent_tokens SET used_at = now()
           WHERE token_hash = $1 AND purpose = $2::text::consent_token_purpose
             AND used_at IS NULL AND expires_at > now()
           RETURNING request_id"#,
        hash,
        purpose.as_str()
    )
    .fetch_optional(&mut *conn)
    .await
    .context("using a consent token")?;
    match used {
        Some(id) => Ok(Lookup::Valid(id)),
        None => peek_token(conn, hash, purpose).await,
    }
}

/// One scope's answer as a consent link recorded it.
#[derive(Debug, Clone)]
pub struct RecordedAnswer {
    pub scope: Scope,
    pub granted: bool,
    pub wording_version: String,
    pub given_at: DateTime<Utc>,
    pub withdrawn_at: Option<DateTime<Utc>>,
}

/// What a used consent link recorded, for the guardian who follows it again: the
/// creator's display name (the consent page showed it), the event's timezone, and the
/// answers given with the link's request, in the form's order.
#[derive(Debug, Clone)]
pub struct RecordedAnswers {
    pub creator_name: String,
    pub timezone: Timezone,
    pub answers: Vec<RecordedAnswer>,
}

/// The answers recorded with the request of a used token (none for a token that is
/// unknown, unused, or whose answers are gone).
pub async fn answers_of_used_token(
    conn: &mut PgConnection,
    hash: &[u8],
    purpose: TokenPurpose,
) -> anyhow::Result<Option<RecordedAnswers>> {
    let rows = sqlx::query!(
        r#"SELECT k.scope::text AS "scope!", k.granted, k.wording_version, k.given_at,
                  k.withdrawn_at, c.display_name, e.timezone
           FROM consent_tokens t
           JOIN consent_requests r ON r.id = t.request_id
           JOIN consents k ON k.request_id = r.id AND k.creator_id = r.creator_id
           JOIN creators c ON c.id = r.creator_id
           JOIN projects p ON p.id = r.project_id
           JOIN events e ON e.id = p.event_id
           WHERE t.token_hash = $1 AND t.purpose = $2::text::consent_token_purpose
             AND t.used_at IS NOT NULL
           ORDER BY k.scope, k.given_at, k.id"#,
        hash,
        purpose.as_str()
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading the answers of a used consent link")?;
    let Some(first) = rows.first() else {
        return Ok(None);
    };
    let creator_name = first.display_name.clone();
    let timezone = parse_stored("event timezone", &first.timezone, |s| {
        Timezone::parse(s).ok()
    })?;
    let answers = rows
        .into_iter()
        .map(|r| {
            Ok(RecordedAnswer {
                scope: parse_stored("consent scope", &r.scope, |s| {
                    Scope::ALL.into_iter().find(|scope| scope.as_str() == s)
                })?,
                granted: r.granted,
                wording_version: r.wording_version,
                given_at: r.given_at,
                withdrawn_at: r.withdrawn_at,
            })
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    Ok(Some(RecordedAnswers {
        creator_name,
        timezone,
        answers,
    }))
}

/// Who answered.
#[derive(Debug, Clone, Copy)]
pub enum AnsweredBy<'a> {
    Email(&'a str),
    User(Uuid),
}

/// One answer for one scope, as recorded.
#[derive(Debug, Clone, Copy)]
pub struct Answer<'a> {
    pub creator: Uuid,
    /// The emailed request it answers (guardians by email).
    pub request: Option<Uuid>,
    /// The revision of the project the person answering was shown.
    pub revision: Option<Uuid>,
    pub scope: Scope,
    pub granted: bool,
    pub wording_version: &'a str,
    pub by: AnsweredBy<'a>,
}

/// Records one answer for one scope.
pub async fn record(conn: &mut PgConnection, a: &Answer<'_>) -> anyhow::Result<()> {
    let (email, user) = match a.by {
        AnsweredBy::Email(e) => (Some(e), None),
        AnsweredBy::User(u) => (None, Some(u)),
    };
    sqlx::query!(
        r#"INSERT INTO consents (creator_id, request_id, revision_id, scope, granted, wording_version, given_by_email, given_by_user)
           VALUES ($1, $2, $3, $4::text::consent_scope, $5, $6, $7, $8)"#,
        a.creator,
        a.request,
        a.revision,
        a.scope.as_str(),
        a.granted,
        a.wording_version,
        email,
        user
    )
    .execute(&mut *conn)
    .await
    .context("recording consent")?;
    Ok(())
}

/// Who gave a team member's current publish consent, for moderators.
#[derive(Debug, Clone)]
pub struct ConsentSource {
    pub creator_id: Uuid,
    /// The guardian's address (answers by email), or the managing adult's account email.
    pub given_by: String,
    pub by_email: bool,
    pub given_at: DateTime<Utc>,
    /// The number of the revision the guardian was shown (none for answers recorded
    /// before revisions existed).
    pub revision_number: Option<i32>,
    /// How many creators outside this team the same address has answered for.
    pub others: i64,
}

/// The source of each team member's current publish consent.
pub async fn consent_sources(
    conn: &mut PgConnection,
    project: Uuid,
) -> anyhow::Result<Vec<ConsentSource>> {
    let rows = sqlx::query_as!(
        ConsentSource,
        r#"WITH team AS (SELECT creator_id FROM project_members WHERE project_id = $1)
           SELECT cc.creator_id AS "creator_id!",
                  COALESCE(cc.given_by_email, u.email) AS "given_by!",
                  cc.given_by_email IS NOT NULL AS "by_email!",
                  cc.given_at AS "given_at!",
                  r.number AS "revision_number?",
                  (SELECT count(DISTINCT k.creator_id) FROM consents k
                   WHERE ((cc.given_by_email IS NOT NULL AND k.given_by_email = cc.given_by_email)
                       OR (cc.given_by_user IS NOT NULL AND k.given_by_user = cc.given_by_user))
                     AND k.creator_id NOT IN (SELECT creator_id FROM team)) AS "others!"
           FROM team t
           JOIN LATERAL (
               SELECT k.id, k.creator_id, k.granted, k.withdrawn_at, k.given_by_email,
                      k.given_by_user, k.given_at, k.revision_id
               FROM consents k WHERE k.creator_id = t.creator_id AND k.scope = 'publish'
               ORDER BY k.given_at DESC, k.id LIMIT 1
           ) cc ON cc.granted AND cc.withdrawn_at IS NULL
           LEFT JOIN users u ON u.id = cc.given_by_user
           LEFT JOIN project_revisions r ON r.id = cc.revision_id"#,
        project
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading consent sources")?;
    Ok(rows)
}

/// Withdraws every current granted answer of a creator; returns how many.
pub async fn withdraw_all(conn: &mut PgConnection, creator: Uuid) -> anyhow::Result<u64> {
    let done = sqlx::query!(
        r#"UPDATE consents SET withdrawn_at = now()
           WHERE id IN (SELECT id FROM current_consents WHERE creator_id = $1 AND granted AND withdrawn_at IS NULL)"#,
        creator
    )
    .execute(&mut *conn)
    .await
    .context("withdrawing consent")?;
    Ok(done.rows_affected())
}

/// Requests still pending whose email should be sent again (reminders), by id.
pub async fn is_pending(conn: &mut PgConnection, id: Uuid) -> anyhow::Result<bool> {
    let pending = sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM consent_requests WHERE id = $1 AND status = 'pending' AND expires_at > now()) AS "p!""#,
        id
    )
    .fetch_one(&mut *conn)
    .await
    .context("checking a request")?;
    Ok(pending)
}

/// One consent record behind a published project (or a member who needs none).
#[derive(Debug, Clone)]
pub struct Evidence {
    pub project_id: Uuid,
    pub title: String,
    pub creator: String,
    pub scope: Option<String>,
    pub given_by: Option<String>,
    pub given_at: Option<DateTime<Utc>>,
    pub wording_version: Option<String>,
}

/// For each published project, the consent records that allowed it (from the
/// `publication_evidence` view, which lists approved, submitted projects whose every
/// member either needs no consent or has a current publish consent).
pub async fn publication_evidence(conn: &mut PgConnection) -> anyhow::Result<Vec<Evidence>> {
    let rows = sqlx::query_as!(
        Evidence,
        r#"SELECT project_id AS "project_id!", title AS "title!", creator AS "creator!", scope,
                  given_by, given_at, wording_version
           FROM publication_evidence ORDER BY title, project_id, creator, scope"#
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading the publication evidence")?;
    Ok(rows)
}
