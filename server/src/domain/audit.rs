//! Searching the audit log: what organizers type into the filter, parsed.

use chrono::{DateTime, NaiveDate, TimeZone as _, Utc};
use chrono_tz::Tz;
use uuid::Uuid;

use super::account::{EmailAddress, InputError};

/// Who acted: an account by email (looked up) or by id (also one since erased).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActorFilter {
    Email(EmailAddress),
    Id(Uuid),
}

/// An action (`moderation.decide`) or a whole area (`moderation`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionFilter(String);

impl ActionFilter {
    pub fn parse(input: &str) -> Result<Self, InputError> {
        let s = input.trim();
        let word =
            |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
        let ok = match s.split_once('.') {
            Some((area, verb)) => word(area) && word(verb),
            None => word(s),
        };
        if ok && s.len() <= 80 {
            Ok(ActionFilter(s.to_owned()))
        } else {
            Err(InputError("error-audit-action"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether it names a whole area (every action of it matches).
    pub fn is_area(&self) -> bool {
        !self.0.contains('.')
    }
}

/// The filter of the audit log viewer; every part optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditQuery {
    pub actor: Option<ActorFilter>,
    pub action: Option<ActionFilter>,
    pub target: Option<Uuid>,
    /// The first day shown, in the viewer's timezone.
    pub from: Option<NaiveDate>,
    /// The last day shown (inclusive).
    pub to: Option<NaiveDate>,
}

/// The raw text of the filter form (and the API's query parameters).
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct AuditQueryText {
    pub actor: String,
    pub action: String,
    pub target: String,
    pub from: String,
    pub to: String,
}

impl AuditQuery {
    /// Parses the form, listing every problem by field.
    pub fn parse(text: &AuditQueryText) -> Result<Self, Vec<(&'static str, InputError)>> {
        let mut problems = Vec::new();
        let actor = match text.actor.trim() {
            "" => None,
            s => match Uuid::parse_str(s) {
                Ok(id) => Some(ActorFilter::Id(id)),
                Err(_) => match EmailAddress::parse(s) {
                    Ok(e) => Some(ActorFilter::Email(e)),
                    Err(_) => {
                        problems.push(("actor", InputError("error-audit-actor")));
                        None
                    }
                },
            },
        };
        let action = match text.action.trim() {
            "" => None,
            s => ActionFilter::parse(s)
                .map_err(|e| problems.push(("action", e)))
                .ok(),
        };
        let target = match text.target.trim() {
            "" => None,
            s => Uuid::parse_str(s)
                .map_err(|_| problems.push(("target", InputError("error-audit-target"))))
                .ok(),
        };
        let mut date = |field: &'static str, s: &str| match s.trim() {
            "" => None,
            s => NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map_err(|_| problems.push((field, InputError("error-audit-date"))))
                .ok(),
        };
        let from = date("from", &text.from);
        let to = date("to", &text.to);
        if let (Some(f), Some(t)) = (from, to)
            && t < f
        {
            problems.push(("to", InputError("error-audit-range")));
        }
        if problems.is_empty() {
            Ok(AuditQuery {
                actor,
                action,
                target,
                from,
                to,
            })
        } else {
            Err(problems)
        }
    }

    /// The instants the days cover in `tz`: from the start of `from` to the end of `to`.
    pub fn window(&self, tz: Tz) -> (Option<DateTime<Utc>>, Option<DateTime<Utc>>) {
        let start = |d: NaiveDate| {
            d.and_hms_opt(0, 0, 0)
                .and_then(|t| tz.from_local_datetime(&t).earliest())
                .map(|t| t.with_timezone(&Utc))
        };
        (
            self.from.and_then(start),
            self.to.and_then(|d| d.succ_opt()).and_then(start),
        )
    }

    /// Whether nothing is filtered.
    pub fn is_empty(&self) -> bool {
        *self == AuditQuery::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(actor: &str, action: &str, target: &str, from: &str, to: &str) -> AuditQueryText {
        AuditQueryText {
            actor: actor.into(),
            action: action.into(),
            target: target.into(),
            from: from.into(),
            to: to.into(),
        }
    }

    #[test]
    fn filters_parse_and_every_problem_is_listed() {
        let q = AuditQuery::parse(&text(
            "Org@Example.org",
            "moderation",
            "",
            "2026-11-01",
            "2026-11-30",
        ))
        .expect("valid");
        assert!(matches!(q.actor, Some(ActorFilter::Email(_))));
        assert!(q.action.as_ref().is_some_and(ActionFilter::is_area));
        let problems =
            AuditQuery::parse(&text("not an address", "DROP TABLE", "x", "yesterday", ""))
                .expect_err("invalid");
        let fields: Vec<&str> = problems.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["actor", "action", "target", "from"]);
        let backwards = AuditQuery::parse(&text("", "", "", "2026-11-30", "2026-11-01"))
            .expect_err("backwards");
        assert_eq!(backwards[0].0, "to");
        assert!(
            AuditQuery::parse(&AuditQueryText::default())
                .expect("empty")
                .is_empty()
        );
    }

    #[test]
    fn days_are_whole_days_in_the_timezone() {
        let q = AuditQuery::parse(&text("", "", "", "2026-11-01", "2026-11-01")).expect("valid");
        let (from, to) = q.window(chrono_tz::Asia::Tokyo);
        assert_eq!(
            from.expect("from").to_rfc3339(),
            "2026-10-31T15:00:00+00:00"
        );
        assert_eq!(to.expect("to").to_rfc3339(), "2026-11-01T15:00:00+00:00");
    }
}
