//! Dates and numbers written the way a locale's readers expect.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::Locale;

/// A moment shown in the event's timezone with the locale's month names and order, plus the
/// timezone's abbreviation so nobody misreads a deadline.
pub fn format_date_time(at: DateTime<Utc>, tz: Tz, locale: Locale) -> String {
    let local = at.with_timezone(&tz);
    let pattern = locale.t("format-date-time");
    format!(
        "{}",
        local.format_localized(&pattern, locale.chrono_locale())
    )
}

/// An integer with the locale's digit grouping (through Fluent's NUMBER formatting).
pub fn format_number(n: i64, locale: Locale) -> String {
    locale.t_args("format-number", &[("n", n.into())])
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn deadline_is_shown_in_the_event_timezone_and_language() {
        let at = Utc.with_ymd_and_hms(2027, 3, 1, 12, 0, 0).single();
        let Some(at) = at else { panic!("valid date") };
        let tokyo: Tz = "Asia/Tokyo".parse().unwrap_or(Tz::UTC);
        let ja = Locale::from_code("ja").unwrap_or_default();
        let text = format_date_time(at, tokyo, ja);
        assert!(text.contains("2027年"), "{text}");
        assert!(text.contains("21:00"), "{text}");
        let en = format_date_time(
            at,
            "America/Sao_Paulo".parse().unwrap_or(Tz::UTC),
            Locale::ENGLISH,
        );
        assert!(en.contains("March") && en.contains("09:00"), "{en}");
    }
}
