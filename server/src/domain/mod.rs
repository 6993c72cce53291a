//! Pure rules and types of the showcase: no I/O, no framework types.
//!
//! Values arriving from outside become domain values through `parse` constructors on
//! private-field newtypes, so code holding one never has to check it again.

pub mod account;
pub mod api_scope;
pub mod assignment;
pub mod audit;
pub mod category;
pub mod certificate;
pub mod consent_answer;
pub mod event;
pub mod event_settings;
pub mod export;
pub mod gallery;
pub mod judge;
pub mod judge_import;
pub mod judging;
pub mod language;
pub mod livestream;
pub mod local_path;
pub mod project;
pub mod publication;
pub mod revision;
pub mod stats;

pub use api_scope::ApiScope;
pub use category::{CategorySlug, DEFAULT_CATEGORIES};
pub use event::{ConsentAge, EventSlug, Phase, PhaseAction, PhaseSchedule, Timezone};
pub use language::LanguageTag;
