//! The exercise library (`[[exercises]]`, `[starters]`): each exercise
//! written in full and sourced, its stage and dose within safe bounds, its
//! way on and way back to exercises that exist, and starters only at stage
//! 1 and only on self-care plans.

use guide_core::diary::ExId;
use guide_core::exercise::{Exercise, Span};
use guide_core::model::CardStyle;

use super::checker::Checker;
use super::diary::limit_numbers;
use crate::errors::Locator;
use crate::suggest::suggest;

/// The bounds every dose must keep, whatever the physio sets: (key, name,
/// lowest, highest, why).
pub const DOSE_BOUNDS: [(&str, &str, u32, u32, &str); 5] = [
    (
        "dose.sets",
        "sets",
        1,
        6,
        "`sets`: sets or holds in a session",
    ),
    (
        "dose.reps",
        "reps",
        1,
        20,
        "`reps`: heavy slow lifts build from about 15 to 8",
    ),
    (
        "dose.hold_seconds",
        "hold_seconds",
        10,
        60,
        "`hold_seconds`: holds of 30 to 45 seconds early on",
    ),
    (
        "dose.rest_seconds",
        "rest_seconds",
        10,
        300,
        "`rest_seconds`: rest between sets",
    ),
    (
        "dose.per_week",
        "per_week",
        1,
        7,
        "`per_week`: times a week",
    ),
];

/// The most starters a plan shows.
pub const MAX_STARTERS: usize = 2;

pub(super) fn exercises(c: &mut Checker) {
    let library = c.library;
    c.duplicates(
        library.exercises.iter().map(|e| e.id),
        Some("id"),
        |id| Locator::Exercise(id.into()),
        "this `id` is used by another exercise; ids must be unique",
    );
    for exercise in library.exercises {
        one(c, exercise);
    }
    let starters: Vec<&Exercise> = library.exercises.iter().filter(|e| e.starter).collect();
    for extra in starters.iter().skip(MAX_STARTERS) {
        c.report(
            &Locator::Exercise(extra.id.into()),
            Some("starter"),
            format!("is a starter, but a plan shows at most {MAX_STARTERS}; mark at most {MAX_STARTERS} exercises `starter = true`"),
        );
    }
    let Some(offer) = &library.starters else {
        return;
    };
    let at = Locator::Starters;
    if starters.is_empty() {
        c.report(&at, None, "no exercise is marked `starter = true`");
    }
    if offer.care.is_empty() {
        c.report(
            &at,
            Some("care"),
            "names no care level; list the plans that show starters in `care = [...]`",
        );
    }
    for care in offer.care {
        match c.content.care(care) {
            None => c.care(&at, "care", care),
            Some((_, level)) if level.style != CardStyle::SelfCare => c.report(
                &at,
                Some("care"),
                format!("care level \"{care}\" is not a self-care plan (style \"self_care\"); a patient who should see someone first starts exercises with them"),
            ),
            Some(_) => {}
        }
    }
    c.sources(&at, offer.sources);
}

fn one(c: &mut Checker, e: &Exercise) {
    let at = Locator::Exercise(e.id.into());
    c.id(&at, "id", e.id);
    if ExId::new(e.id).is_none() {
        c.report(
            &at,
            Some("id"),
            format!(
                "the pain diary keeps exercise ids of at most {} letters, digits, `_` or `-`",
                ExId::MAX_LEN
            ),
        );
    }
    if !(1..=4).contains(&e.stage) {
        c.report(
            &at,
            Some("stage"),
            format!("stage is {}; it must be from 1 to 4", e.stage),
        );
    }
    if e.starter && e.stage != 1 {
        c.report(&at, Some("starter"), format!("is a starter at stage {}; only stage 1 exercises may be begun alone, later stages are set by the physio", e.stage));
    }
    for (field, text) in [
        ("name", e.name),
        ("purpose", e.purpose),
        ("feel", e.feel),
        ("not_feel", e.not_feel),
        ("move_on.text", e.move_on.text),
    ] {
        c.text(&at, field, text);
    }
    for (field, list, what) in [
        ("steps", e.steps, "steps"),
        ("mistakes", e.mistakes, "usual mistakes"),
    ] {
        if list.is_empty() {
            c.report(
                &at,
                Some(field),
                format!("has no {what}; add `{field} = [\"...\"]`"),
            );
        }
        for text in list {
            c.text(&at, field, text);
        }
    }
    dose(c, &at, e);
    if !(1..=28).contains(&e.move_on.days) {
        c.report(&at, Some("move_on.days"), format!("move_on.days is {}; it must be from 1 to 28 (days within the pain rule before moving on)", e.move_on.days));
    }
    if let Some(to) = e.move_on.to {
        link(
            c,
            &at,
            e,
            "move_on.to",
            to,
            |this, other| other >= this && other <= this + 1,
            "a later exercise of the same `stage` or the next",
        );
    }
    match e.step_back {
        Some(back) => link(
            c,
            &at,
            e,
            "step_back",
            back,
            |this, other| other <= this,
            "an exercise of the same or an earlier `stage`",
        ),
        None if e.stage > 1 => c.report(
            &at,
            Some("step_back"),
            "has no `step_back`; an exercise after stage 1 needs an easier one to go back to",
        ),
        None => {}
    }
    c.sources(&at, e.sources);
    // The pain limit its words give is the diary's.
    if let Some(limit) = c.content.diary.as_ref().map(|d| d.limit.value) {
        let texts = [
            ("feel", e.feel),
            ("not_feel", e.not_feel),
            ("move_on.text", e.move_on.text),
        ];
        let lists = e
            .steps
            .iter()
            .map(|t| ("steps", *t))
            .chain(e.mistakes.iter().map(|t| ("mistakes", *t)));
        for (field, text) in texts.into_iter().chain(lists) {
            if let Some(n) = limit_numbers(text).into_iter().find(|n| *n != limit) {
                c.report(&at, Some(field), format!("{field} names a pain limit of {n} out of 10, but the diary's limit ([diary] `limit.value`) is {limit}; change both together"));
            }
        }
    }
}

/// The dose: sets, reps or a hold (one of the two), rest and times a week,
/// each a range `[low, high]` within [`DOSE_BOUNDS`].
fn dose(c: &mut Checker, at: &Locator, e: &Exercise) {
    let d = &e.dose;
    let spans = [
        Some(d.sets),
        d.reps,
        d.hold_seconds,
        Some(d.rest_seconds),
        Some(d.per_week),
    ];
    for ((field, name, low, high, why), span) in DOSE_BOUNDS.into_iter().zip(spans) {
        let Some(Span {
            low: from,
            high: to,
        }) = span
        else {
            continue;
        };
        if from > to {
            c.report(
                at,
                Some(field),
                format!("{name} is [{from}, {to}]; write the range low first, like [{to}, {from}]"),
            );
        } else if from < low || to > high {
            c.report(
                at,
                Some(field),
                format!("{name} is [{from}, {to}]; it must be within {low} to {high} ({why})"),
            );
        }
    }
    match (d.reps, d.hold_seconds) {
        (Some(_), Some(_)) => c.report(at, Some("dose.hold_seconds"), "`dose` has both `reps` and `hold_seconds`; give one: repetitions, or holds of so many seconds"),
        (None, None) => c.report(at, Some("dose"), "`dose` has neither `reps` nor `hold_seconds`; give one: repetitions, or holds of so many seconds"),
        _ => {}
    }
}

/// `to` names another exercise whose stage fits `fits(this, other)`.
fn link(
    c: &mut Checker,
    at: &Locator,
    e: &Exercise,
    field: &'static str,
    to: &str,
    fits: impl Fn(u32, u32) -> bool,
    what: &str,
) {
    match c.library.exercise(to) {
        None => {
            let known: Vec<&str> = c.library.exercises.iter().map(|e| e.id).collect();
            c.report(
                at,
                Some(field),
                format!(
                    "{field} \"{to}\" is not an exercise; {}",
                    suggest(to, &known)
                ),
            );
        }
        Some(other) if other.id == e.id => c.report(
            at,
            Some(field),
            format!("{field} names the exercise itself"),
        ),
        Some(other) if !fits(e.stage, other.stage) => c.report(
            at,
            Some(field),
            format!(
                "{field} \"{to}\" is at stage {}; from stage {} it must be {what}",
                other.stage, e.stage
            ),
        ),
        Some(_) => {}
    }
}
