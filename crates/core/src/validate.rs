//! Checks a content model before anything may use it.

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
    "result_fit",
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
];
