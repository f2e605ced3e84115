//! Checks a content model before anything may use it: each file here is one
//! family of checks, and [`check`] runs them all. The checks are listed in
//! `docs/content-format.md`; the page texts the app needs are declared in
//! `guide_core::texts`.

mod branches;
mod care;
mod checker;
mod diary;
mod exercises;
mod for_physio;
mod ids;
mod ladder;
mod meta;
mod plan;
mod questions;
mod sources;
mod summary;
mod texts;

use guide_core::exercise::Library;
use guide_core::model::Content;

use crate::errors::Problem;
pub use diary::limit_numbers;
pub use questions::GROUPS;
pub use texts::{DIARY_PLACEHOLDERS, SUMMARY_PLACEHOLDERS};

/// Every problem with `content`; empty when it may be used.
pub fn check(content: &Content) -> Vec<Problem> {
    check_with(content, &Library::EMPTY)
}

/// Every problem with `content` and its exercise `library`.
pub fn check_with(content: &Content, library: &Library) -> Vec<Problem> {
    let mut c = checker::Checker {
        content,
        library,
        problems: Vec::new(),
    };
    ids::ids(&mut c);
    meta::meta(&mut c);
    care::care_levels(&mut c);
    care::red_flags(&mut c);
    questions::questions(&mut c);
    branches::graph(&mut c);
    for_physio::for_physio(&mut c);
    plan::rules_and_sections(&mut c);
    sources::sources_used(&mut c);
    texts::texts(&mut c);
    diary::diary(&mut c);
    ladder::ladder(&mut c);
    summary::summary(&mut c);
    exercises::exercises(&mut c);
    c.problems
}
