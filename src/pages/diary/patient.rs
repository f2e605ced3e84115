//! The patient's exercises, the list the diary's form offers and advises on: the one place that decides it.

use guide_core::exercise::Exercise;

use crate::browser::programme::{self, Loaded};
use crate::components::exercises::for_patient;
use crate::content::library;
use crate::props::PageProps;

/// The exercises this patient does: those of the programme their physio
/// set, when one is kept on this device and the guide can still read it,
/// in its order; else the starters their plan offers (self-care plans
/// only, `exercise::starters`). Everything else takes this list.
pub fn patient_exercises(props: &PageProps) -> Vec<&'static Exercise> {
    match programme::load(library()) {
        Loaded::Found(kept) => match kept.checked {
            Ok(set) => set.items.iter().map(|item| item.exercise).collect(),
            Err(_) => for_patient(props),
        },
        _ => for_patient(props),
    }
}
