//! The build-time side of the hamstring guide: never compiled into the wasm.
//!
//! [`parse`] reads the TOML content file into the `guide-core` model and
//! places every problem [`validate`] finds at a file, line and column
//! ([`errors`]);
//! [`codegen`] writes the checked model out as Rust data for the app's build
//! script, and [`clinic`] does the same for `clinic.toml`. [`fingerprint`]
//! marks each question for saved answers; [`paths`] and [`readability`]
//! serve the exhaustive safety tests and the reading-grade check, and
//! [`review`] turns them into what a clinician signs off. [`drawing`]
//! checks the exercises' drawings.

pub mod clinic;
pub mod codegen;
pub mod diary;
pub mod drawing;
pub mod errors;
pub mod fingerprint;
pub mod parse;
pub mod paths;
pub mod readability;
pub mod review;
pub mod suggest;
pub mod validate;
