//! Settings layering: defaults < file < DATABASE_URL < SHOWCASE_* variables.

use std::collections::HashMap;
use std::io::Write;

use secrecy::ExposeSecret;
use showcase::config::{LogFormat, Settings, SettingsError};

fn env(pairs: &[(&str, &str)]) -> HashMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

fn settings_file(contents: &str) -> tempfile::NamedTempFile {
    let mut file = tempfile::Builder::new()
        .suffix(".toml")
        .tempfile()
        .expect("temp file");
    file.write_all(contents.as_bytes()).expect("write settings");
    file
}

#[test]
fn defaults_apply_when_nothing_overrides_them() {
    let s = Settings::load(
        None,
        &env(&[("DATABASE_URL", "postgres://u:p@localhost/db")]),
    )
    .expect("settings");
    assert_eq!(s.application.port, 8080);
    assert_eq!(s.application.host, "127.0.0.1");
    assert_eq!(s.application.log_format, LogFormat::Pretty);
    assert!(s.database.migrate_on_start);
}

#[test]
fn file_overrides_defaults_and_environment_overrides_file() {
    let file = settings_file(
        "[application]\nport = 9000\nlog_format = \"json\"\n[database]\nurl = \"postgres://file@localhost/f\"\nmax_connections = 3\n",
    );
    let s = Settings::load(
        Some(file.path()),
        &env(&[
            ("SHOWCASE_APPLICATION__PORT", "9100"),
            ("SHOWCASE_DATABASE__MIGRATE_ON_START", "false"),
        ]),
    )
    .expect("settings");
    assert_eq!(s.application.port, 9100, "environment beats file");
    assert_eq!(
        s.application.log_format,
        LogFormat::Json,
        "file beats defaults"
    );
    assert_eq!(s.database.max_connections, 3);
    assert!(!s.database.migrate_on_start);
    assert_eq!(
        s.database.url.expose_secret(),
        "postgres://file@localhost/f"
    );
}

#[test]
fn database_url_overrides_file_and_showcase_variable_overrides_database_url() {
    let file = settings_file("[database]\nurl = \"postgres://file@localhost/f\"\n");
    let s = Settings::load(
        Some(file.path()),
        &env(&[("DATABASE_URL", "postgres://plain@localhost/p")]),
    )
    .expect("settings");
    assert_eq!(
        s.database.url.expose_secret(),
        "postgres://plain@localhost/p"
    );
    let s = Settings::load(
        Some(file.path()),
        &env(&[
            ("DATABASE_URL", "postgres://plain@localhost/p"),
            ("SHOWCASE_DATABASE__URL", "postgres://showcase@localhost/s"),
        ]),
    )
    .expect("settings");
    assert_eq!(
        s.database.url.expose_secret(),
        "postgres://showcase@localhost/s"
    );
}

#[test]
fn secrets_never_appear_in_debug_output() {
    let s = Settings::load(
        None,
        &env(&[("DATABASE_URL", "postgres://user:hunter2-secret@db/x")]),
    )
    .expect("settings");
    let printed = format!("{s:?}");
    assert!(!printed.contains("hunter2-secret"), "{printed}");
    assert!(printed.contains("REDACTED"), "{printed}");
}

#[test]
fn missing_database_is_a_clear_error() {
    let err = Settings::load(None, &env(&[])).expect_err("must fail");
    assert!(matches!(err, SettingsError::NoDatabase));
    assert!(err.to_string().contains("DATABASE_URL"), "{err}");
}

#[test]
fn bad_values_are_refused() {
    let bad_port = Settings::load(
        None,
        &env(&[
            ("DATABASE_URL", "postgres://u@h/d"),
            ("SHOWCASE_APPLICATION__PORT", "eighty"),
        ]),
    );
    assert!(matches!(bad_port, Err(SettingsError::Invalid(_))));
    let bad_url = Settings::load(None, &env(&[("DATABASE_URL", "mysql://nope")]));
    assert!(matches!(bad_url, Err(SettingsError::DatabaseUrl(_))));
    let missing_file = Settings::load(
        Some(std::path::Path::new("/nonexistent/showcase.toml")),
        &env(&[("DATABASE_URL", "postgres://u@h/d")]),
    );
    assert!(matches!(missing_file, Err(SettingsError::Invalid(_))));
}

#[test]
fn trusted_proxies_are_a_comma_separated_list_in_a_variable() {
    let s = Settings::load(
        None,
        &env(&[
            ("DATABASE_URL", "postgres://u:p@localhost/db"),
            ("SHOWCASE_AUTH__TRUSTED_PROXIES", "10.0.0.2,10.0.0.3"),
        ]),
    )
    .expect("settings");
    assert_eq!(s.auth.trusted_proxies, ["10.0.0.2", "10.0.0.3"]);
    let none = Settings::load(
        None,
        &env(&[("DATABASE_URL", "postgres://u:p@localhost/db")]),
    )
    .expect("settings");
    assert!(none.auth.trusted_proxies.is_empty());
}
