//! The exercise library: its [`model`] (the exercises, each with a stage,
//! steps, a dose as numbers, the pain rule, when to move on and what to step
//! back to, and a drawing), the [`starters`] a plan may offer a patient
//! who looks after the pain alone, and the dose in [`words`]. Only the full build carries it; the
//! first build's content never names it (`guide_content::codegen`).

pub mod model;
pub mod starters;
pub mod words;

pub use model::{Dose, Exercise, Library, MoveOn, Span, Starters};
pub use starters::{starters, ALONE_STAGE};
