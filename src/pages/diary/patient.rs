//! The patient's exercises, the list the diary's form offers and advises on: the one place that decides it.

use guide_core::exercise::Exercise;

use crate::components::exercises::for_patient;
use crate::props::PageProps;

/// The exercises this patient does: today the starters their plan offers
/// (self-care plans only, `exercise::starters`). A programme the physio
/// sets would be fed in here; everything else takes this list.
pub fn patient_exercises(props: &PageProps) -> Vec<&'static Exercise> {
    for_patient(props)
}
