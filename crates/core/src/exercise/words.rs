//! An exercise's numbers in the content's words: the dose ("4 to 5 holds of
//! 30 to 45 seconds"), the rest, the times a week, and its stage.

use super::model::{Dose, Span};
use crate::model::Content;
use crate::template::fill_words;
use crate::texts::ExerciseTextKey as T;

/// The dose as the exercise page and the plan show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DoseWords {
    /// Sets of repetitions, or holds of so many seconds (and "on each side").
    pub amount: String,
    pub rest: String,
    pub per_week: String,
}

/// `span` as "30 to 45", or "30" when it is one number.
pub fn range(content: &Content, span: Span) -> String {
    if span.low == span.high {
        span.low.to_string()
    } else {
        let (low, high) = (span.low.to_string(), span.high.to_string());
        fill_words(content.text(T::Range), &[("low", &low), ("high", &high)])
    }
}

/// The dose in words.
pub fn dose(content: &Content, dose: &Dose) -> DoseWords {
    let sets = range(content, dose.sets);
    let mut amount = match (dose.hold_seconds, dose.reps) {
        (Some(seconds), _) => fill_words(
            content.text(T::Holds),
            &[("sets", &sets), ("seconds", &range(content, seconds))],
        ),
        (None, reps) => fill_words(
            content.text(T::Sets),
            &[
                ("sets", &sets),
                ("reps", &reps.map_or(String::new(), |r| range(content, r))),
            ],
        ),
    };
    if dose.each_side {
        amount.push_str(", ");
        amount.push_str(content.text(T::EachSide));
    }
    DoseWords {
        amount,
        rest: fill_words(
            content.text(T::Rest),
            &[("seconds", &range(content, dose.rest_seconds))],
        ),
        per_week: fill_words(
            content.text(T::PerWeek),
            &[("times", &range(content, dose.per_week))],
        ),
    }
}

/// "Stage 2" in the content's words.
pub fn stage(content: &Content, stage: u32) -> String {
    fill_words(content.text(T::Stage), &[("stage", &stage.to_string())])
}
