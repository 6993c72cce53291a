//! Dates and numbers written the way a locale's readers expect.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use fixed_decimal::Decimal;
use icu_decimal::DecimalFormatter;

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

/// A day with the locale's month names and order (certificates).
pub fn format_date(day: chrono::NaiveDate, locale: Locale) -> String {
    let pattern = locale.t("format-date");
    format!("{}", day.format_localized(&pattern, locale.chrono_locale()))
}

/// Decimal formatters (CLDR data through ICU4X), one per shipped locale.
static NUMBERS: LazyLock<HashMap<&'static str, DecimalFormatter>> = LazyLock::new(|| {
    Locale::all()
        .filter_map(|l| {
            let locale: icu_locale::Locale = l.code().parse().ok()?;
            DecimalFormatter::try_new((&locale).into(), Default::default())
                .ok()
                .map(|f| (l.code(), f))
        })
        .collect()
});

/// An integer with the locale's digits and grouping: 12,345 · 12.345 · ١٢٬٣٤٥.
pub fn format_number(n: i64, locale: Locale) -> String {
    match NUMBERS.get(locale.code()) {
        Some(f) => f.format(&Decimal::from(n)).to_string(),
        None => n.to_string(),
    }
}

/// A number with `digits` fraction digits (rounded), in the locale's digits and
/// separators: 1.50 · 1,50 · ١٫٥٠.
pub fn format_decimal(value: f64, digits: u8, locale: Locale) -> String {
    let scale = 10f64.powi(i32::from(digits));
    let scaled = (value * scale).round();
    // Out of range or not a number: nothing sensible to show.
    if !scaled.is_finite() || scaled.abs() > 9.0e15 {
        return String::new();
    }
    #[allow(clippy::cast_possible_truncation)]
    let mut d = Decimal::from(scaled as i64);
    let shift = -i16::from(digits);
    d.multiply_pow10(shift);
    d.pad_end(shift);
    match NUMBERS.get(locale.code()) {
        Some(f) => f.format(&d).to_string(),
        None => d.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn numbers_are_grouped_the_locales_way() {
        let by = |code: &str| Locale::from_code(code).unwrap_or_default();
        assert_eq!(format_number(12345, by("en")), "12,345");
        assert_eq!(format_number(12345, by("es")), "12.345");
        assert_eq!(format_number(1234567, by("hi")), "12,34,567");
        assert_eq!(format_number(7, by("ja")), "7");
        assert_eq!(format_decimal(1.5, 2, by("en")), "1.50");
        assert_eq!(format_decimal(-0.256, 2, by("fr")), "-0,26");
        assert_eq!(format_decimal(31.0, 1, by("es")), "31,0");
        assert_eq!(format_decimal(f64::NAN, 1, by("en")), "");
    }

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
