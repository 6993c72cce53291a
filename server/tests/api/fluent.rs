//! Translations are complete: every key in English exists in every shipped locale, every
//! file parses, and every key the templates and the code ask for exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use showcase::domain::{CategorySlug, DEFAULT_CATEGORIES, Phase};
use showcase::i18n::Locale;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Message ids per locale folder, failing on any syntax error.
fn messages_by_locale() -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(root().join("locales")).expect("locales folder") {
        let dir = entry.expect("entry").path();
        if !dir.is_dir() {
            continue;
        }
        let locale = dir
            .file_name()
            .and_then(|n| n.to_str())
            .expect("name")
            .to_owned();
        let mut ids = BTreeSet::new();
        for file in std::fs::read_dir(&dir).expect("locale folder") {
            let file = file.expect("entry").path();
            if file.extension().and_then(|e| e.to_str()) != Some("ftl") {
                continue;
            }
            let source = std::fs::read_to_string(&file).expect("read ftl");
            let resource = fluent_syntax::parser::parse(source.as_str())
                .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", file.display()));
            for entry in resource.body {
                if let ast::Entry::Message(m) = entry {
                    assert!(
                        ids.insert(m.id.name.to_owned()),
                        "{}: duplicate {}",
                        file.display(),
                        m.id.name
                    );
                }
            }
        }
        out.insert(locale, ids);
    }
    out
}

#[test]
fn every_shipped_locale_has_a_folder_and_every_folder_is_shipped() {
    let folders: BTreeSet<String> = messages_by_locale().into_keys().collect();
    let shipped: BTreeSet<String> = Locale::all().map(|l| l.code().to_owned()).collect();
    assert_eq!(folders, shipped);
    for required in ["en", "es", "fr", "ja", "tr", "hi", "ar"] {
        assert!(shipped.contains(required), "{required} must ship");
    }
}

#[test]
fn no_key_present_in_english_is_missing_from_another_locale() {
    let all = messages_by_locale();
    let english = &all["en"];
    let mut problems = Vec::new();
    for (locale, ids) in &all {
        for missing in english.difference(ids) {
            problems.push(format!("{locale}: missing {missing}"));
        }
        for extra in ids.difference(english) {
            problems.push(format!("{locale}: {extra} is not in en"));
        }
    }
    assert!(
        problems.is_empty(),
        "translation problems:\n{}",
        problems.join("\n")
    );
}

fn template_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("templates") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            template_files(&path, out);
        } else {
            out.push(path);
        }
    }
}

#[test]
fn every_key_used_in_a_template_exists_in_english() {
    let english = &messages_by_locale()["en"];
    let mut files = Vec::new();
    template_files(&root().join("templates"), &mut files);
    let mut used = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).expect("template");
        for (i, _) in text.match_indices("t(key=\"") {
            let rest = &text[i + 7..];
            let key = &rest[..rest.find('"').expect("closing quote")];
            assert!(
                english.contains(key),
                "{}: unknown key {key}",
                file.display()
            );
            used += 1;
        }
    }
    assert!(
        used > 10,
        "the scan found only {used} keys: is the pattern still right?"
    );
}

#[test]
fn every_key_the_code_builds_exists_in_english() {
    let english = &messages_by_locale()["en"];
    let mut keys: Vec<String> = Vec::new();
    for phase in Phase::ALL {
        keys.push(phase.name_key());
        if phase.next().is_some() {
            keys.push(format!("deadline-{}", phase.as_str()));
        }
    }
    for slug in DEFAULT_CATEGORIES {
        let slug = CategorySlug::parse(slug).expect("slug");
        keys.push(slug.name_key());
        keys.push(slug.description_key());
    }
    for kind in ["not-found", "forbidden", "bad-request", "server"] {
        keys.push(format!("error-{kind}-heading"));
        keys.push(format!("error-{kind}-message"));
    }
    keys.extend(
        [
            "site-name",
            "countdown-days",
            "format-date-time",
            "award-coding-with-commitment",
            "error-gallery-invalid-value",
        ]
        .map(String::from),
    );
    // The gallery builds facet, sort and age-group labels from their identifiers.
    for facet in showcase::search::FACETS {
        keys.push(format!("gallery-facet-{facet}"));
    }
    for sort in ["relevance", "newest", "shuffle"] {
        keys.push(format!("gallery-sort-{sort}"));
    }
    for age in showcase::domain::gallery::AgeBracket::ALL {
        keys.push(age.label_key());
    }
    for n in 1..=17 {
        keys.push(format!("sdg-{n}"));
    }
    let missing: Vec<_> = keys.iter().filter(|k| !english.contains(*k)).collect();
    assert!(
        missing.is_empty(),
        "keys used by the code but missing: {missing:?}"
    );
}

#[test]
fn plural_and_number_formatting_work_in_every_locale() {
    for locale in Locale::all() {
        let one = locale.t_args("countdown-days", &[("days", 1.into())]);
        let many = locale.t_args("countdown-days", &[("days", 12.into())]);
        assert_ne!(one, many, "{}", locale.code());
        assert!(many.contains("12"), "{}: {many}", locale.code());
    }
}

#[test]
fn every_literal_key_in_the_code_exists_in_english() {
    // String literals shaped like this project's Fluent keys, in the code that turns
    // outcomes into messages: a key added there without a translation fails here.
    let english = &messages_by_locale()["en"];
    let prefixes = [
        "error-",
        "consent-",
        "project-",
        "moderation-",
        "revision-",
        "token-",
        "account-",
        "signed-",
        "oauth-",
        "reset-",
        "invitation-",
        "invite-",
        "children-",
        "check-email-",
        "link-",
        "forgot-",
        "phase-action-",
        "event-phase-",
        "list-",
    ];
    let mut files = Vec::new();
    template_files(&root().join("server/src"), &mut files);
    let mut missing = BTreeSet::new();
    let mut seen = 0;
    for file in files
        .iter()
        .filter(|f| f.extension().and_then(|e| e.to_str()) == Some("rs"))
    {
        let text = std::fs::read_to_string(file).expect("source");
        for literal in text.split('"').skip(1).step_by(2) {
            let is_key = prefixes.iter().any(|p| literal.starts_with(p))
                && literal.len() > 6
                && literal
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !literal.ends_with('-');
            if is_key {
                seen += 1;
                if !english.contains(literal) {
                    missing.insert(format!("{}: {literal}", file.display()));
                }
            }
        }
    }
    assert!(
        seen > 50,
        "the scan found only {seen} keys: is the pattern still right?"
    );
    assert!(
        missing.is_empty(),
        "keys missing in English:\n{}",
        missing.iter().cloned().collect::<Vec<_>>().join("\n")
    );
}
