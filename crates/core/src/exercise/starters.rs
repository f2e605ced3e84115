//! Which exercises a plan offers a patient to begin alone: none after a red
//! flag, none unless the content lists the plan's care level under
//! `[starters]`, else the exercises marked `starter`, in library order.

use super::model::{Exercise, Library};
use crate::engine::Outcome;

/// The highest stage a patient may start on their own: the starters'
/// stage (the diary never tells a patient to move on beyond it alone).
pub const ALONE_STAGE: u32 = 1;

/// The starters `outcome`'s plan shows (at most two: the checks allow no
/// more, and stage 1 only).
pub fn starters(library: &Library, outcome: &Outcome) -> Vec<&'static Exercise> {
    let Some(offer) = &library.starters else {
        return Vec::new();
    };
    if outcome.red_flag.is_some() || !offer.care.contains(&outcome.care.id) {
        return Vec::new();
    }
    library
        .exercises
        .iter()
        .filter(|e| e.starter && e.stage <= ALONE_STAGE)
        .take(2)
        .collect()
}
