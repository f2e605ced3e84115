//! One function or component per kind of page; each renders what it is given and sends actions, nothing more.
//!
//! Pages and the pieces of `components/` that hold no state are plain
//! functions returning `Html`, not components: each Yew component type adds
//! its own copy of Yew's lifecycle code to the wasm.

pub mod check;
pub mod diary;
#[cfg(feature = "plan")]
pub mod plan;
pub mod question;
pub mod result;
pub mod start;
