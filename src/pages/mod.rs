//! One function or component per kind of page; each renders what it is given and sends actions, nothing more.
//!
//! Pages and the pieces of `components/` that hold no state are plain
//! functions returning `Html`, not components: each Yew component type adds
//! its own copy of Yew's lifecycle code to the wasm.

// The full build's pages, or in the first build their stand-ins from
// `first_build/` (see `crate::variant`).
#[cfg_attr(not(feature = "full"), path = "first_build/diary.rs")]
pub mod diary;
#[cfg_attr(not(feature = "full"), path = "first_build/exercises.rs")]
pub mod exercises;
#[cfg_attr(not(feature = "full"), path = "first_build/plan.rs")]
pub mod plan;
// A physio's programme: the full build only (`pages::exercises` leads there).
#[cfg(feature = "full")]
pub mod programme;
pub mod question;
pub mod result;
pub mod start;
