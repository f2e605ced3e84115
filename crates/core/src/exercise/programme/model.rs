//! The programme itself: an ordered list of exercises from the library,
//! each with the numbers the physio chose within its ranges. Only ids and
//! numbers: no names, no free text, nothing about the patient.

use crate::exercise::model::{Dose, Exercise, Span};

/// The exercises a physio set for one patient, in the order to do them.
#[derive(Debug, Clone, PartialEq)]
pub struct Programme {
    pub items: Vec<Prescription>,
}

/// One exercise at the numbers the physio chose.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prescription {
    pub exercise: &'static Exercise,
    pub sets: u32,
    /// Repetitions or a hold, as the exercise is done.
    pub amount: Amount,
    pub rest_seconds: u32,
    pub per_week: u32,
}

/// How much in each set: repetitions, or one hold of so many seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Amount {
    Reps(u32),
    Hold(u32),
}

impl Amount {
    /// The number, whatever its kind.
    pub fn value(self) -> u32 {
        match self {
            Amount::Reps(n) | Amount::Hold(n) => n,
        }
    }

    /// The same kind with another number.
    pub fn with(self, value: u32) -> Amount {
        match self {
            Amount::Reps(_) => Amount::Reps(value),
            Amount::Hold(_) => Amount::Hold(value),
        }
    }
}

/// The range an amount of `exercise` may take, and its kind (a hold when
/// the exercise has `hold_seconds`).
pub fn amount_span(exercise: &Exercise) -> (Span, Amount) {
    match (exercise.dose.hold_seconds, exercise.dose.reps) {
        (Some(span), _) => (span, Amount::Hold(span.low)),
        (None, Some(span)) => (span, Amount::Reps(span.low)),
        // Checked content has one of the two; a fixed one-rep range else.
        (None, None) => (Span { low: 1, high: 1 }, Amount::Reps(1)),
    }
}

impl Prescription {
    /// `exercise` at the low end of every range: where the builder starts.
    pub fn lowest(exercise: &'static Exercise) -> Prescription {
        let dose = &exercise.dose;
        Prescription {
            exercise,
            sets: dose.sets.low,
            amount: amount_span(exercise).1,
            rest_seconds: dose.rest_seconds.low,
            per_week: dose.per_week.low,
        }
    }

    /// Whether every number is within the exercise's ranges and the amount
    /// is of the exercise's kind.
    pub fn in_range(&self) -> bool {
        let dose = &self.exercise.dose;
        let (span, kind) = amount_span(self.exercise);
        within(dose.sets, self.sets)
            && std::mem::discriminant(&kind) == std::mem::discriminant(&self.amount)
            && within(span, self.amount.value())
            && within(dose.rest_seconds, self.rest_seconds)
            && within(dose.per_week, self.per_week)
    }

    /// The chosen numbers as a dose of one-number ranges, for
    /// `exercise::words::dose`.
    pub fn dose(&self) -> Dose {
        let one = |n| Span { low: n, high: n };
        let (reps, hold_seconds) = match self.amount {
            Amount::Reps(n) => (Some(one(n)), None),
            Amount::Hold(n) => (None, Some(one(n))),
        };
        Dose {
            sets: one(self.sets),
            reps,
            hold_seconds,
            rest_seconds: one(self.rest_seconds),
            per_week: one(self.per_week),
            each_side: self.exercise.dose.each_side,
        }
    }
}

/// Whether `n` is within `span`.
pub fn within(span: Span, n: u32) -> bool {
    (span.low..=span.high).contains(&n)
}
