//! Each exercise's advice from the entries that include it, by the exercise's own criteria.
//!
//! In order, the first that holds wins:
//!
//! 1. **Alarm**: "new or worrying symptoms" in the last `alarm.days` days
//!    (as the day's rules say, `rules::alarm_day`) → no exercise advice.
//! 2. **Not lately**: the exercise is in no entry of the last `steady_days`
//!    days → no advice for it.
//! 3. **Ease off one step**: on its latest day the pain during it was above
//!    the diary's limit, or the next morning was worse than usual → back to
//!    its `step_back` (always allowed), else less of it.
//! 4. **Move on**: its last `move_on.days` days (the days it was done, the
//!    latest first) were each within the limit during it and no worse the
//!    next morning → its `move_on.to`, when that is an exercise a patient
//!    may start alone (stage [`ALONE_STAGE`] or lower); else, or without a
//!    `to`, **ask the physio**. A patient is never told to start a later
//!    stage on their own.
//! 5. **Keep going** otherwise (also while its next morning is not rated).
//!
//! An exercise the content no longer has is never moved on (its criteria
//! are gone): it can only ease off or keep going.

use super::{rules, Day, Entry, Log, Morning};
use crate::exercise::{Exercise, Library, ALONE_STAGE};
use crate::model::Diary;

/// What to do next with one exercise.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Step {
    /// Do less: go back to this easier exercise, or (`None`) do fewer reps
    /// or holds of the same one.
    EaseOff(Option<&'static Exercise>),
    KeepGoing,
    /// Its criteria are met: move on to this exercise.
    MoveOn(&'static Exercise),
    /// Its criteria are met, but the next step is the physio's to set.
    AskPhysio,
}

/// An exercise's advice and what it rests on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Advice {
    pub step: Step,
    /// The latest day it was done.
    pub day: Day,
    /// Its days in a row (of the days it was done), latest first, within
    /// the limit and no worse the next morning.
    pub streak: u32,
}

/// Within the limit during exercise `id` on `entry`, and back to usual or
/// better the next morning.
fn settled(rules: &Diary, entry: &Entry, id: &str) -> bool {
    let within = entry
        .exercises
        .get(id)
        .and_then(|d| d.pain)
        .is_some_and(|p| u32::from(p) <= rules.limit.value);
    within && matches!(entry.morning, Some(Morning::Better | Morning::Same))
}

/// The advice on `today` for the exercise `id` (which `library` may no
/// longer have); `None` under the alarm, or when it was not done lately.
pub fn advise(rules: &Diary, library: &Library, log: &Log, today: Day, id: &str) -> Option<Advice> {
    if rules::alarm_day(rules, log, today).is_some() {
        return None;
    }
    let recent_from = today - rules.steady_days.value as Day + 1;
    let mut sessions = log
        .entries()
        .iter()
        .rev()
        .filter(|e| e.day <= today && e.exercises.get(id).is_some());
    let latest = sessions.next().filter(|e| e.day >= recent_from)?;
    let exercise = library.exercise(id);
    let pain = latest.exercises.get(id).and_then(|d| d.pain)?;
    let advice = |step, streak| {
        Some(Advice {
            step,
            day: latest.day,
            streak,
        })
    };
    if u32::from(pain) > rules.limit.value || latest.morning == Some(Morning::Worse) {
        let back = exercise.and_then(|e| library.exercise(e.step_back?));
        return advice(Step::EaseOff(back), 0);
    }
    let streak = std::iter::once(latest)
        .chain(sessions)
        .take_while(|e| settled(rules, e, id))
        .count() as u32;
    let Some(exercise) = exercise.filter(|e| streak >= e.move_on.days.max(1)) else {
        return advice(Step::KeepGoing, streak);
    };
    let next = exercise.move_on.to.and_then(|to| library.exercise(to));
    match next.filter(|n| n.stage <= ALONE_STAGE) {
        Some(next) => advice(Step::MoveOn(next), streak),
        None => advice(Step::AskPhysio, streak),
    }
}
