//! The exercise library: its [`model`] (the exercises, each with a stage,
//! steps, a dose as numbers, the pain rule, when to move on and what to step
//! back to, and a drawing), the [`starters`] a plan may offer a patient
//! who looks after the pain alone, the dose in [`words`], and a physio's
//! [`programme`] for one patient. Only the full build carries it; the
//! first build's content never names it (`guide_content::codegen`).

pub mod model;
#[cfg(feature = "exercises")]
pub mod programme;
pub mod starters;
pub mod words;

pub use model::{Dose, Exercise, Library, MoveOn, Span, Starters};
pub use starters::{starters, ALONE_STAGE};
