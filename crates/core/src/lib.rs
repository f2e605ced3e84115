//! The pure clinical core of the hamstring guide.
//!
//! It knows nothing of the web: no yew, web-sys or gloo. The content model
//! ([`model`]) is checked by [`validate`] before anything can use it; the
//! [`engine`] walks the answers to the next question and the outcome; the
//! [`session`] reducer holds every page transition; [`diary`] applies the pain
//! rule to the patient's daily entries. With the `build` feature,
//! [`parse`] reads the TOML content file and [`codegen`] writes it out as
//! Rust data for the app's build script.

pub mod clinic;
pub mod diary;
pub mod engine;
pub mod model;
pub mod readability;
pub mod saved;
pub mod session;
pub mod summary;
pub mod template;
pub mod validate;

#[cfg(feature = "build")]
pub mod codegen;
#[cfg(feature = "build")]
pub mod fingerprint;
#[cfg(feature = "build")]
pub mod parse;
#[cfg(feature = "build")]
pub mod paths;
