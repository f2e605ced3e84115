//! The pure clinical core of the hamstring guide, as it runs in the browser.
//!
//! It knows nothing of the web (no yew, web-sys or gloo) and nothing of the
//! content file: `guide-content` reads and checks that at build time and
//! generates the [`model`] as `static` data. The [`engine`] walks the answers
//! to the next question and the outcome; the [`session`] reducer holds every
//! page transition; [`saved`] is the format kept on the device; [`diary`]
//! applies the pain rule to the patient's daily entries; [`summary`] writes
//! what the patient can hand their physio; [`leads`] says where each answer
//! leads, for the clinician view; [`key_actions`] picks the results page's
//! do and don't list; [`texts`] names every page text the code
//! can show; [`exercise`] is the exercise library and the starters a plan
//! offers.

pub mod clinic;
pub mod diary;
pub mod engine;
pub mod exercise;
pub mod key_actions;
pub mod leads;
pub mod model;
pub mod route;
pub mod saved;
pub mod session;
pub mod summary;
pub mod template;
pub mod texts;
