//! Integration tests: every test spawns the real application on port 0 against its own
//! fresh PostgreSQL database (DATABASE_URL names the server; `make test` starts one).
//! All compile into one binary, which links the server once.

#![expect(
    clippy::expect_used,
    reason = "test code: a failed expectation is a failed test"
)]

mod accessibility;
mod accounts;
mod audit;
mod browser;
mod certificates;
mod config;
mod consent;
mod erasure;
mod event_settings;
mod exports;
mod fluent;
mod gallery;
mod health;
mod helpers;
mod home;
mod hostile;
mod jobs;
mod journeys;
mod judging;
mod live;
mod livestream;
mod locale;
mod matrix;
mod meili_mapping;
mod migrations;
mod moderation_queue;
mod oauth;
mod observability;
mod organizer;
mod organizer_api;
mod phases;
mod projects;
mod response_cache;
mod seed;
mod services;
mod stats;
mod storage;
mod trust;
