//! The showcase platform's server: web app, background work and admin commands.
//!
//! `main.rs` is a thin wrapper; everything lives here so tests can build the real
//! application. See ARCHITECTURE.md for the map.

pub mod admin;
pub mod auth;
pub mod certificates;
pub mod config;
pub mod db;
pub mod domain;
pub mod exports;
pub mod i18n;
pub mod jobs;
pub mod live;
pub mod mail;
pub mod media;
pub mod operations;
pub mod publication;
pub mod search;
pub mod seed;
pub mod startup;
pub mod telemetry;
pub mod templates;
pub mod web;
pub mod workers;
