//! The patient's exercises, the list the diary's form offers and advises on: the one place that decides it.

use guide_core::engine::Outcome;
use guide_core::exercise::programme::decode;
use guide_core::exercise::{starters, Exercise};

use crate::browser::programme;
use crate::content::library;

/// The exercises this patient does: those of the programme their physio
/// set, when one is kept on this device and the guide can still read it,
/// in its order; else the starters the plan of `outcome` offers (self-care
/// plans only, `exercise::starters`). Everything else takes this list.
/// Only reads: a programme that cannot be read is set aside by its own
/// page, never from here.
pub fn patient_exercises(outcome: Option<&Outcome>) -> Vec<&'static Exercise> {
    match programme::text().map(|text| decode(library(), &text)) {
        Some(Ok(set)) => set.items.iter().map(|item| item.exercise).collect(),
        _ => outcome.map(|o| starters(library(), o)).unwrap_or_default(),
    }
}
