//! The exercise library's model (`[[exercises]]` and `[starters]` in the
//! content file), built only from checked content, like `crate::model`.
//!
//! Every exercise has a stable id (addresses, and later a physio's
//! programme, name it), a dose as numbers with the range a physio may set,
//! and the criteria for moving on as data, so the diary can one day apply
//! them.

use crate::model::Id;

/// Every exercise, and which of them a patient may start alone.
#[derive(Debug, Clone, PartialEq)]
pub struct Library {
    /// In the order the library lists them: by stage, as written.
    pub exercises: &'static [Exercise],
    /// The plans that offer starters; `None`: no plan does.
    pub starters: Option<Starters>,
}

/// Which plans offer the exercises marked `starter`.
#[derive(Debug, Clone, PartialEq)]
pub struct Starters {
    /// Care levels whose plans show them (only self-care ones pass the checks).
    pub care: &'static [Id],
    pub sources: &'static [Id],
}

/// One exercise, in plain words, with its dose and its rules.
#[derive(Debug, Clone, PartialEq)]
pub struct Exercise {
    pub id: Id,
    /// Its name, as the page heading ("Bridge hold").
    pub name: &'static str,
    /// The stage of rehab it belongs to, 1 (early) to 4 (back to speed).
    pub stage: u32,
    /// What it is for, in one line.
    pub purpose: &'static str,
    /// How to do it, in order.
    pub steps: &'static [&'static str],
    pub dose: Dose,
    /// What you should feel.
    pub feel: &'static str,
    /// What you should not feel, and what to do then (the pain rule).
    pub not_feel: &'static str,
    /// The usual mistakes.
    pub mistakes: &'static [&'static str],
    pub move_on: MoveOn,
    /// The easier exercise to go back to when this one is too much.
    pub step_back: Option<Id>,
    /// A patient may begin it alone on a plan that offers starters.
    pub starter: bool,
    /// The drawing: checked SVG markup (start and end position).
    pub drawing: &'static str,
    pub sources: &'static [Id],
}

/// How much, as numbers: `sets` of `reps` (or of holds of `hold_seconds`),
/// `rest_seconds` between sets, `per_week` times a week.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dose {
    pub sets: Span,
    /// Repetitions in each set; `None` for a hold.
    pub reps: Option<Span>,
    /// Seconds each hold lasts; `None` for repetitions.
    pub hold_seconds: Option<Span>,
    pub rest_seconds: Span,
    pub per_week: Span,
    /// The numbers are for each leg.
    pub each_side: bool,
}

/// A range a physio may set a number in, from `low` to `high`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub low: u32,
    pub high: u32,
}

/// When to move on: after `days` in a row within the pain rule at the top
/// of the dose, to the exercise `to` (or, without one, ask the physio).
#[derive(Debug, Clone, PartialEq)]
pub struct MoveOn {
    pub days: u32,
    pub to: Option<Id>,
    /// The criteria in words.
    pub text: &'static str,
}

impl Library {
    /// No exercises (content without `[[exercises]]`).
    pub const EMPTY: Library = Library {
        exercises: &[],
        starters: None,
    };

    /// The exercise `id`.
    pub fn exercise(&self, id: &str) -> Option<&'static Exercise> {
        self.exercises.iter().find(|e| e.id == id)
    }
}
