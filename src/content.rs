//! The content and clinic configuration, validated by the build script and
//! compiled in as Rust data (no parser runs in the browser).

use guide_core::clinic::Config;
use guide_core::exercise::Library;
use guide_core::model::Content;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// Whether the content has a pain diary (in either build; the first
/// build's content leaves the diary itself out).
pub fn has_diary() -> bool {
    HAS_DIARY
}

/// The validated content.
pub fn content() -> &'static Content {
    &CONTENT
}

/// The exercise library (empty in the first build, which never asks).
pub fn library() -> &'static Library {
    &LIBRARY
}

/// The clinic's configuration from `content/clinic.toml`, before the
/// embedding page's overrides.
pub fn built_in_config() -> Config {
    clinic_config()
}
