//! People and their accounts: email addresses, passwords, names, countries, birth months,
//! ages and roles.
//!
//! Every error carries the Fluent key of the message shown next to the form field, so
//! handlers can list every problem at once in the visitor's language.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// A problem with one input, named by the Fluent key of its message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InputError(pub &'static str);

/// Counts characters, not bytes, so limits mean the same in every script.
fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Trims and refuses control characters, which have no place in a name.
pub(crate) fn clean_text(
    input: &str,
    min: usize,
    max: usize,
    too_short: &'static str,
    too_long: &'static str,
) -> Result<String, InputError> {
    let trimmed = input.trim();
    if char_len(trimmed) < min {
        return Err(InputError(too_short));
    }
    if char_len(trimmed) > max {
        return Err(InputError(too_long));
    }
    if trimmed.chars().any(char::is_control) {
        return Err(InputError("error-text-control-characters"));
    }
    Ok(trimmed.to_owned())
}

/// An email address, lowercased. At most 254 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(input: &str) -> Result<Self, InputError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(InputError("error-email-required"));
        }
        if char_len(trimmed) > 254 {
            return Err(InputError("error-email-too-long"));
        }
        // A display name form ("Ann <ann@x.org>") is not an address someone types.
        if trimmed.contains(['<', '>', ' ']) || !email_address::EmailAddress::is_valid(trimmed) {
            return Err(InputError("error-email-invalid"));
        }
        let Some((_, domain)) = trimmed.rsplit_once('@') else {
            return Err(InputError("error-email-invalid"));
        };
        if !domain.contains('.') || domain.starts_with('[') {
            return Err(InputError("error-email-invalid"));
        }
        Ok(Self(trimmed.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The part after the `@`.
    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map_or("", |(_, d)| d)
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for EmailAddress {
    type Error = InputError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<EmailAddress> for String {
    fn from(e: EmailAddress) -> Self {
        e.0
    }
}

/// A new password that meets the rules: 10 to 128 characters, not a well-known one, not
/// one repeated character. Its `Debug` never shows it.
#[derive(Clone)]
pub struct NewPassword(String);

/// Passwords seen in every breach list: refused outright.
const COMMON_PASSWORDS: &[&str] = &[
    "1234567890",
    "12345678910",
    "qwertyuiop",
    "password12",
    "password123",
    "passw0rd123",
    "iloveyou12",
    "1q2w3e4r5t",
    "abcdefghij",
    "0123456789",
    "qwerty1234",
    "letmein123",
    "football12",
    "minecraft1",
    "minecraft123",
    "welcome123",
    "aaaaaaaaaa",
];

impl NewPassword {
    pub fn parse(input: &str) -> Result<Self, InputError> {
        let len = char_len(input);
        if len < 10 {
            return Err(InputError("error-password-too-short"));
        }
        if len > 128 {
            return Err(InputError("error-password-too-long"));
        }
        let lower = input.to_lowercase();
        let first = lower.chars().next();
        if lower.chars().all(|c| Some(c) == first) || COMMON_PASSWORDS.contains(&lower.as_str()) {
            return Err(InputError("error-password-common"));
        }
        Ok(Self(input.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword([REDACTED])")
    }
}

/// The name shown publicly and in the interface: 1–50 characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DisplayName(String);

impl DisplayName {
    pub fn parse(input: &str) -> Result<Self, InputError> {
        clean_text(
            input,
            1,
            50,
            "error-display-name-required",
            "error-display-name-too-long",
        )
        .map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A first name or surname: 1–100 characters, any script.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonName(String);

impl PersonName {
    pub fn parse(input: &str) -> Result<Self, InputError> {
        clean_text(input, 1, 100, "error-name-required", "error-name-too-long").map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An ISO 3166-1 alpha-2 country code, uppercase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Country([u8; 2]);

impl Country {
    pub fn parse(input: &str) -> Result<Self, InputError> {
        let code = input.trim().to_ascii_uppercase();
        match rust_iso3166::from_alpha2(&code) {
            Some(_) => {
                let bytes = code.as_bytes();
                Ok(Self([bytes[0], bytes[1]]))
            }
            None => Err(InputError("error-country-invalid")),
        }
    }

    pub fn code(&self) -> &str {
        // Both bytes are ASCII uppercase letters: parse only accepts ISO codes.
        std::str::from_utf8(&self.0).unwrap_or("ZZ")
    }

    /// Every assignable country code, for form choices.
    pub fn all_codes() -> impl Iterator<Item = &'static str> {
        rust_iso3166::ALL.iter().map(|c| c.alpha2)
    }
}

/// Year and month of birth. The day is never asked: it is not needed for any rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct BirthMonth {
    year: i32,
    month: u32,
}

impl BirthMonth {
    /// Accepts a plausible birth month: not in the future and not more than 120 years ago.
    pub fn parse(year: &str, month: &str, today: NaiveDate) -> Result<Self, InputError> {
        let year: i32 = year
            .trim()
            .parse()
            .map_err(|_| InputError("error-birth-date-invalid"))?;
        let month: u32 = month
            .trim()
            .parse()
            .map_err(|_| InputError("error-birth-date-invalid"))?;
        if !(1..=12).contains(&month) || year < today.year() - 120 {
            return Err(InputError("error-birth-date-invalid"));
        }
        if (year, month) > (today.year(), today.month()) {
            return Err(InputError("error-birth-date-invalid"));
        }
        Ok(Self { year, month })
    }

    pub fn year(&self) -> i32 {
        self.year
    }

    pub fn month(&self) -> u32 {
        self.month
    }

    /// Completed years on `date`, counting someone as a year older from the first day of
    /// their birth month (the day is unknown, so this never makes anyone younger than
    /// they are by more than a month).
    pub fn age_on(&self, date: NaiveDate) -> i32 {
        let mut age = date.year() - self.year;
        if date.month() < self.month {
            age -= 1;
        }
        age
    }
}

/// Who may register a creator account on their own.
pub const MIN_SELF_REGISTRATION_AGE: i32 = 13;
/// Creators are 18 or under.
pub const MAX_CREATOR_AGE: i32 = 18;

/// Checks that a teenager may register on their own today.
pub fn check_self_registration_age(birth: BirthMonth, today: NaiveDate) -> Result<(), InputError> {
    let age = birth.age_on(today);
    if age < MIN_SELF_REGISTRATION_AGE {
        Err(InputError("error-age-too-young-to-register"))
    } else if age > MAX_CREATOR_AGE {
        Err(InputError("error-age-too-old-for-creator"))
    } else {
        Ok(())
    }
}

/// Checks that a child profile an adult creates is for someone 18 or under.
pub fn check_child_profile_age(birth: BirthMonth, today: NaiveDate) -> Result<(), InputError> {
    if birth.age_on(today) > MAX_CREATOR_AGE {
        Err(InputError("error-age-too-old-for-creator"))
    } else {
        Ok(())
    }
}

/// Optional self-described gender, only for the event's diversity statistics.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Gender {
    Female,
    Male,
    NonBinary,
    SelfDescribed(String),
    Undisclosed,
}

impl Gender {
    /// Values of the form's choice.
    pub const CHOICES: [&'static str; 5] = [
        "female",
        "male",
        "non_binary",
        "self_described",
        "undisclosed",
    ];

    /// Parses the form's choice and, for `self_described`, the free text (≤ 50 characters).
    pub fn parse(choice: &str, description: &str) -> Result<Option<Self>, InputError> {
        Ok(Some(match choice.trim() {
            "" => return Ok(None),
            "female" => Gender::Female,
            "male" => Gender::Male,
            "non_binary" => Gender::NonBinary,
            "undisclosed" => Gender::Undisclosed,
            "self_described" => Gender::SelfDescribed(clean_text(
                description,
                1,
                50,
                "error-gender-description-required",
                "error-gender-description-too-long",
            )?),
            _ => return Err(InputError("error-gender-invalid")),
        }))
    }

    /// The stored choice and optional description.
    pub fn to_columns(&self) -> (&'static str, Option<&str>) {
        match self {
            Gender::Female => ("female", None),
            Gender::Male => ("male", None),
            Gender::NonBinary => ("non_binary", None),
            Gender::SelfDescribed(text) => ("self_described", Some(text)),
            Gender::Undisclosed => ("undisclosed", None),
        }
    }
}

/// What an account may do. One account may hold several roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// A teenager with their own account.
    Creator,
    /// A parent, guardian or club mentor managing child profiles.
    Adult,
    Judge,
    Organizer,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Creator, Role::Adult, Role::Judge, Role::Organizer];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Creator => "creator",
            Role::Adult => "adult",
            Role::Judge => "judge",
            Role::Organizer => "organizer",
        }
    }

    pub fn parse(input: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == input)
    }

    /// Roles an organizer can invite someone to.
    pub fn is_invitable(self) -> bool {
        matches!(self, Role::Judge | Role::Organizer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn emails_are_lowercased_and_checked() {
        assert_eq!(
            EmailAddress::parse(" Ana.Lopez@Example.ORG ").map(String::from),
            Ok("ana.lopez@example.org".into())
        );
        for bad in [
            "",
            "ana",
            "ana@",
            "@x.org",
            "ana@localhost",
            "Ana <ana@x.org>",
            "a b@x.org",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad}");
        }
        let long = format!("{}@example.org", "a".repeat(250));
        assert_eq!(
            EmailAddress::parse(&long),
            Err(InputError("error-email-too-long"))
        );
    }

    #[test]
    fn weak_passwords_are_refused() {
        assert_eq!(
            NewPassword::parse("short").err(),
            Some(InputError("error-password-too-short"))
        );
        assert_eq!(
            NewPassword::parse("Password123").err(),
            Some(InputError("error-password-common"))
        );
        assert_eq!(
            NewPassword::parse("zzzzzzzzzzzz").err(),
            Some(InputError("error-password-common"))
        );
        assert!(NewPassword::parse(&"x".repeat(129)).is_err());
        assert!(NewPassword::parse("correct horse battery").is_ok());
        // Ten characters, not ten bytes: Japanese passwords are as long as they look.
        assert!(NewPassword::parse("すいかとめろんといちご").is_ok());
        assert!(!format!("{:?}", NewPassword::parse("correct horse battery")).contains("horse"));
    }

    #[test]
    fn names_count_characters_not_bytes() {
        assert!(DisplayName::parse(&"界".repeat(50)).is_ok());
        assert!(DisplayName::parse(&"界".repeat(51)).is_err());
        assert_eq!(
            DisplayName::parse("   ").err(),
            Some(InputError("error-display-name-required"))
        );
        assert!(PersonName::parse("Ana\u{0007}").is_err());
        assert_eq!(
            PersonName::parse("  محمد ").map(|n| n.as_str().to_owned()),
            Ok("محمد".into())
        );
    }

    #[test]
    fn countries_are_iso_codes() {
        assert_eq!(
            Country::parse("tr").map(|c| c.code().to_owned()),
            Ok("TR".into())
        );
        assert!(Country::parse("XX").is_err());
        assert!(Country::parse("TUR").is_err());
        assert!(Country::all_codes().count() > 240);
    }

    #[test]
    fn age_counts_from_the_birth_month() {
        let b = BirthMonth::parse("2010", "6", day(2026, 11, 26))
            .unwrap_or(BirthMonth { year: 0, month: 1 });
        assert_eq!(b.age_on(day(2026, 5, 31)), 15);
        assert_eq!(b.age_on(day(2026, 6, 1)), 16);
        assert!(BirthMonth::parse("2027", "1", day(2026, 11, 26)).is_err());
        assert!(BirthMonth::parse("2010", "13", day(2026, 11, 26)).is_err());
        assert!(BirthMonth::parse("nope", "1", day(2026, 11, 26)).is_err());
    }

    #[test]
    fn only_13_to_18_year_olds_register_alone() {
        let today = day(2026, 11, 26);
        let born = |y: i32, m: u32| BirthMonth { year: y, month: m };
        assert_eq!(
            check_self_registration_age(born(2014, 1), today),
            Err(InputError("error-age-too-young-to-register"))
        );
        assert_eq!(check_self_registration_age(born(2013, 11), today), Ok(()));
        assert_eq!(check_self_registration_age(born(2008, 1), today), Ok(()));
        assert_eq!(
            check_self_registration_age(born(2007, 11), today),
            Err(InputError("error-age-too-old-for-creator"))
        );
        assert_eq!(check_child_profile_age(born(2020, 1), today), Ok(()));
    }

    #[test]
    fn gender_is_optional_and_self_describable() {
        assert_eq!(Gender::parse("", ""), Ok(None));
        assert_eq!(Gender::parse("female", "ignored"), Ok(Some(Gender::Female)));
        assert_eq!(
            Gender::parse("self_described", " agender "),
            Ok(Some(Gender::SelfDescribed("agender".into())))
        );
        assert!(Gender::parse("self_described", "").is_err());
        assert!(Gender::parse("robot", "").is_err());
    }

    proptest! {
        #[test]
        fn parsed_emails_are_lowercase_and_reparse_to_themselves(local in "[a-zA-Z0-9._%+-]{1,20}", domain in "[a-zA-Z0-9-]{1,20}\\.[a-z]{2,6}") {
            if let Ok(email) = EmailAddress::parse(&format!("{local}@{domain}")) {
                prop_assert_eq!(email.as_str().to_lowercase(), email.as_str());
                prop_assert_eq!(EmailAddress::parse(email.as_str()), Ok(email.clone()));
            }
        }

        #[test]
        fn display_names_never_exceed_50_characters(s in "\\PC{0,80}") {
            if let Ok(name) = DisplayName::parse(&s) {
                prop_assert!(name.as_str().chars().count() <= 50);
                prop_assert!(!name.as_str().chars().any(char::is_control));
            }
        }
    }
}
