//! The page texts the app needs, and the placeholders each kind of text may
//! use.

use super::checker::Checker;
use crate::errors::Locator;

/// Page texts the app shows, which the content file must define in `[texts]`.
pub const REQUIRED_TEXTS: &[&str] = &[
    // Start page
    "start_title",
    "start_intro",
    "start_for_whom",
    "start_time",
    "start_not",
    "start_emergency",
    "start_privacy",
    // Question pages: error messages when Continue is pressed with nothing chosen
    "error_single",
    "error_multi",
    // Red-flag stop page
    "stop_mistake",
    // Check your answers
    "check_intro",
    // Results page
    "result_why",
    "result_plan",
    "result_guided",
    "result_book",
    "result_disclaimer",
    // On every page: the emergency route and what the guide is not
    "emergency_strip",
    "footer_not",
    // Saving on the device
    "resume_intro",
    "notice_set_aside",
    "notice_cannot_save",
    "notice_erased",
    "notice_updated",
    // The summary for the physio
    "summary_title",
    "summary_intro",
    "summary_date",
    "summary_care",
    "summary_plan",
    "summary_answers",
    // Without JavaScript: what the page shows in place of the guide
    "noscript_intro",
    "noscript_contact",
];

/// Page texts the diary page shows; required in `[texts]` when the content
/// has a `[diary]`.
pub const DIARY_TEXTS: &[&str] = &[
    "diary_link",
    "diary_title",
    "diary_intro",
    "diary_advice",
    "diary_based_on",
    "diary_form",
    "diary_date",
    "diary_date_hint",
    "diary_replaces",
    "diary_sitting",
    "diary_scale_hint",
    "diary_activity",
    "diary_run",
    "diary_exercises",
    "diary_rest",
    "diary_minutes",
    "diary_run_kind",
    "diary_easy",
    "diary_tempo",
    "diary_hills",
    "diary_activity_pain",
    "diary_morning",
    "diary_morning_hint",
    "diary_better",
    "diary_same",
    "diary_worse",
    "diary_not_yet",
    "diary_saved",
    "diary_error_date",
    "diary_error_sitting",
    "diary_error_activity",
    "diary_error_minutes",
    "diary_error_run_kind",
    "diary_error_activity_pain",
    "diary_trend",
    "diary_chart",
    "diary_limit_line",
    "diary_table",
    "diary_summary",
    "diary_summary_rest",
    "diary_summary_empty",
    "diary_empty",
    "diary_erase_intro",
    "diary_erased",
    "diary_notice_set_aside",
];

/// Placeholders the diary's own texts may use besides the clinic's, filled
/// from `[diary]` (see `diary::fill`).
pub const DIARY_PLACEHOLDERS: [&str; 3] = ["limit", "steady_days", "review_days"];

/// Placeholders of the trend sentences (`diary_summary…` texts).
pub const SUMMARY_PLACEHOLDERS: [&str; 5] = ["days", "sitting", "activity", "within", "logged"];

/// Every page text the app (and, with a `[diary]`, the diary page) shows is
/// there, and each text uses only the placeholders its kind may use.
pub(super) fn texts(c: &mut Checker) {
    for key in REQUIRED_TEXTS {
        if c.content.texts.iter().all(|t| t.key != *key) {
            c.report(
                &Locator::Text((*key).into()),
                None,
                format!("is missing from [texts]; the app shows it, so add `{key} = \"...\"`"),
            );
        }
    }
    if c.content.diary.is_some() {
        for key in DIARY_TEXTS {
            if c.content.texts.iter().all(|t| t.key != *key) {
                c.report(
                    &Locator::Text((*key).into()),
                    None,
                    format!("is missing from [texts]; the diary page shows it, so add `{key} = \"...\"`"),
                );
            }
        }
    }
    for text in c.content.texts {
        let extra: &[&str] = if text.key.starts_with("diary_summary") {
            &SUMMARY_PLACEHOLDERS
        } else if text.key.starts_with("diary_") {
            &DIARY_PLACEHOLDERS
        } else {
            &[]
        };
        c.text_with(&Locator::Text(text.key.into()), "text", text.text, extra);
    }
}
