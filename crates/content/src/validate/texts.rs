//! The page texts: every one the code asks for is there, no other, and each
//! uses only the placeholders its kind may use.

use guide_core::texts::{family_of, registry, Family};

use super::checker::Checker;
use crate::errors::Locator;

/// Placeholders the diary's own texts may use besides the clinic's, filled
/// from `[diary]` (see `diary::fill`).
pub const DIARY_PLACEHOLDERS: [&str; 3] = ["limit", "steady_days", "review_days"];

/// The diary's own placeholders, the settled `{runs}` a rung asks for and
/// the `{run}` a message is about: the texts of `[diary.ladder]` (filled by
/// `guide_core::diary::ladder`).
pub const LADDER_PLACEHOLDERS: [&str; 5] = ["limit", "steady_days", "review_days", "runs", "run"];

/// The step the ladder's diary block names (`diary_ladder_step`).
pub const LADDER_STEP_PLACEHOLDERS: [&str; 3] = ["step", "steps", "run"];

/// Placeholders of the trend sentences (`diary_summary…` texts).
pub const SUMMARY_PLACEHOLDERS: [&str; 5] = ["days", "sitting", "activity", "within", "logged"];

/// Placeholders of the direction of each measure (`diary_direction` and
/// `diary_direction_too_few`), filled by `guide_core::diary::direction`.
pub const DIRECTION_PLACEHOLDERS: [&str; 5] = ["measure", "direction", "days", "first", "last"];

/// Placeholders of the advice's sentences about the day it rests on
/// (`diary_measure_within`, `diary_measure_over`), besides the diary's own.
pub const MEASURE_PLACEHOLDERS: [&str; 5] =
    ["limit", "steady_days", "review_days", "activity", "pain"];

/// The diary's own placeholders and the score of `diary_score`.
pub const SCORE_PLACEHOLDERS: [&str; 4] = ["limit", "steady_days", "review_days", "pain"];

/// The diary's own placeholders and the date of `diary_latest`.
pub const LATEST_PLACEHOLDERS: [&str; 4] = ["limit", "steady_days", "review_days", "date"];

/// The diary's own placeholders and those of its exercise texts
/// (`diary_ex_…`): the exercise's name, the one to go to, its days.
pub const DIARY_EXERCISE_PLACEHOLDERS: [&str; 6] = [
    "limit",
    "steady_days",
    "review_days",
    "exercise",
    "next",
    "days",
];

/// Placeholders of the physio summary's own texts (`summary_…`), filled
/// with numbers by `guide_core::summary`.
pub const DOCUMENT_PLACEHOLDERS: [&str; 3] = ["count", "days", "limit"];

/// Placeholders of the exercise library's texts, filled with numbers by
/// `guide_core::exercise::words` and the programme's pages (`max`: the
/// most exercises a programme holds).
pub const EXERCISE_PLACEHOLDERS: [&str; 8] = [
    "stage", "sets", "reps", "seconds", "times", "low", "high", "max",
];

/// Every page text the code can ask for (`guide_core::texts`) is there,
/// none is there that no code asks for (a misspelt key would otherwise be
/// silently unused), and each text uses only the placeholders its kind may use.
pub(super) fn texts(c: &mut Checker) {
    let needed = |family| match family {
        Family::BothBuilds | Family::FullBuild => Some("app"),
        Family::Diary => c.content.diary.is_some().then_some("diary page"),
        Family::Exercises => (!c.library.exercises.is_empty()).then_some("exercise library"),
    };
    let missing: Vec<(&str, &str)> = registry()
        .filter_map(|(key, family)| Some((key, needed(family)?)))
        .filter(|(key, _)| c.content.texts.iter().all(|t| t.key != *key))
        .collect();
    for (key, who) in missing {
        c.report(
            &Locator::Text(key.into()),
            None,
            format!("is missing from [texts]; the {who} shows it, so add `{key} = \"...\"`"),
        );
    }
    let known: Vec<&str> = registry().map(|(key, _)| key).collect();
    for text in c.content.texts {
        if family_of(text.key).is_none() {
            c.report(
                &Locator::Text(text.key.into()),
                None,
                format!(
                    "is not a text the guide shows; {}",
                    crate::suggest::suggest(text.key, &known)
                ),
            );
        }
        let extra: &[&str] = if text.key.starts_with("diary_summary") {
            &SUMMARY_PLACEHOLDERS
        } else if matches!(text.key, "diary_direction" | "diary_direction_too_few") {
            &DIRECTION_PLACEHOLDERS
        } else if matches!(text.key, "diary_measure_within" | "diary_measure_over") {
            &MEASURE_PLACEHOLDERS
        } else if text.key == "diary_score" {
            &SCORE_PLACEHOLDERS
        } else if text.key == "diary_latest" {
            &LATEST_PLACEHOLDERS
        } else if text.key == "diary_ladder_step" {
            &LADDER_STEP_PLACEHOLDERS
        } else if text.key.starts_with("diary_ex_") {
            &DIARY_EXERCISE_PLACEHOLDERS
        } else if family_of(text.key) == Some(Family::Diary) {
            &DIARY_PLACEHOLDERS
        } else if text.key.starts_with("summary_") {
            &DOCUMENT_PLACEHOLDERS
        } else if family_of(text.key) == Some(Family::Exercises) {
            &EXERCISE_PLACEHOLDERS
        } else {
            &[]
        };
        c.text_with(&Locator::Text(text.key.into()), "text", text.text, extra);
    }
}
