//! What the clinician signs off: every distinct outcome and who gets it
//! ([`outcomes`]), every patient-facing sentence with its sources
//! ([`sentences`]), and what an edit changes for which patients ([`changes`]).

pub mod changes;
pub mod example;
pub mod outcomes;
pub mod sentences;
