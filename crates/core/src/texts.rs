//! Every page text the code can ask the content for, declared once, by the
//! build that shows it.
//!
//! Code names a page text by one of these keys, never by a string, so it
//! cannot ask for a text no list knows. The content checks
//! (`guide_content::validate`) require every key of every family here;
//! the first build's content (`guide_content::codegen::first_build`) keeps
//! exactly the [`TextKey`] texts, so whatever either build can ask for, its
//! content holds. Adding a text: add it here and to `[texts]` in
//! `content/guide.toml`.

/// A family of page-text keys.
pub trait Key: Copy {
    /// The key as written in `[texts]`.
    fn name(self) -> &'static str;
}

/// Declares a family of keys: the enum, its `ALL` list and its names.
macro_rules! keys {
    ($(#[$doc:meta])* $family:ident { $($variant:ident = $name:literal,)* }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $family {
            $($variant,)*
        }

        impl $family {
            /// Every key of the family, in declaration order.
            pub const ALL: &'static [$family] = &[$($family::$variant,)*];
        }

        impl Key for $family {
            fn name(self) -> &'static str {
                match self {
                    $($family::$variant => $name,)*
                }
            }
        }
    };
}

keys! {
    /// Texts both builds show: the start page, the questions, the red-flag
    /// card, the care card, saving on the device, and the results page
    /// while the full build loads.
    TextKey {
        StartTitle = "start_title",
        StartIntro = "start_intro",
        StartForWhom = "start_for_whom",
        StartTime = "start_time",
        StartNot = "start_not",
        StartEmergency = "start_emergency",
        StartPrivacy = "start_privacy",
        ErrorSingle = "error_single",
        ErrorMulti = "error_multi",
        StopMistake = "stop_mistake",
        PartSafety = "part_safety",
        PartPain = "part_pain",
        PartHistory = "part_history",
        PartForPhysio = "part_for_physio",
        PlanLoading = "plan_loading",
        PlanFailed = "plan_failed",
        EmergencyStrip = "emergency_strip",
        FooterNot = "footer_not",
        ResumeIntro = "resume_intro",
        ResumeResult = "resume_result",
        ResumeDiary = "resume_diary",
        NoticeSetAside = "notice_set_aside",
        NoticeCannotSave = "notice_cannot_save",
        NoticeErased = "notice_erased",
        EraseConfirm = "erase_confirm",
        NoticeUpdated = "notice_updated",
    }
}

keys! {
    /// Texts only the full build shows: the plan around the care card, the
    /// summary for the physio (the share panel's words for the patient, then
    /// the summary's own, in the clinician's terms), the clinician view, and
    /// the page shown without JavaScript (rendered at build time).
    FullTextKey {
        ResultWhy = "result_why",
        ResultPlan = "result_plan",
        ResultGuided = "result_guided",
        ResultBook = "result_book",
        ResultDoTitle = "result_do_title",
        ResultDo = "result_do",
        ResultDont = "result_dont",
        ResultEmergencyCard = "result_emergency_card",
        ResultUrgentCard = "result_urgent_card",
        ResultContents = "result_contents",
        ResultAnswers = "result_answers",
        ResultDisclaimer = "result_disclaimer",
        ResultForPhysio = "result_for_physio",
        ResultForPhysioIntro = "result_for_physio_intro",
        ResultForPhysioLink = "result_for_physio_link",
        SummaryTitle = "summary_title",
        SummaryIntro = "summary_intro",
        SummaryHeading = "summary_heading",
        SummaryName = "summary_name",
        SummaryBirth = "summary_birth",
        SummaryDate = "summary_date",
        SummaryVersion = "summary_version",
        SummaryOutcome = "summary_outcome",
        SummaryCare = "summary_care",
        SummaryCard = "summary_card",
        SummaryRaisedBy = "summary_raised_by",
        SummaryRedFlag = "summary_red_flag",
        SummaryStoppedAt = "summary_stopped_at",
        SummaryNotAsked = "summary_not_asked",
        SummaryUnfinished = "summary_unfinished",
        SummaryScreen = "summary_screen",
        SummaryNoneOf = "summary_none_of",
        SummaryFactors = "summary_factors",
        SummaryAggravating = "summary_aggravating",
        SummaryNotAggravating = "summary_not_aggravating",
        SummaryIrritability = "summary_irritability",
        SummaryHistory = "summary_history",
        SummaryTried = "summary_tried",
        SummaryAdvice = "summary_advice",
        SummaryDo = "summary_do",
        SummaryDont = "summary_dont",
        SummaryToldTo = "summary_told_to",
        SummaryDiary = "summary_diary",
        SummaryEntries = "summary_entries",
        SummaryDaysOf = "summary_days_of",
        SummarySitting = "summary_sitting",
        SummaryActivity = "summary_activity",
        SummaryRising = "summary_rising",
        SummaryFalling = "summary_falling",
        SummarySteady = "summary_steady",
        SummaryTooFew = "summary_too_few",
        SummaryScores = "summary_scores",
        SummaryAverage = "summary_average",
        SummaryOverLimit = "summary_over_limit",
        SummaryWorseMorning = "summary_worse_morning",
        SummaryDiaryAdvice = "summary_diary_advice",
        SummaryLadder = "summary_ladder",
        SummaryExercise = "summary_exercise",
        ClinicianSources = "clinician_sources",
        ClinicianRedFlag = "clinician_red_flag",
        ClinicianRule = "clinician_rule",
        ClinicianWith = "clinician_with",
        ClinicianOneOf = "clinician_one_of",
        ClinicianUnless = "clinician_unless",
        ClinicianRulesOut = "clinician_rules_out",
        NoscriptIntro = "noscript_intro",
        NoscriptContact = "noscript_contact",
    }
}

keys! {
    /// The pain diary's texts (full build only); required when the content
    /// has a `[diary]`.
    DiaryTextKey {
        Link = "diary_link",
        Title = "diary_title",
        Intro = "diary_intro",
        Advice = "diary_advice",
        BasedOn = "diary_based_on",
        Form = "diary_form",
        Date = "diary_date",
        DateHint = "diary_date_hint",
        Replaces = "diary_replaces",
        Sitting = "diary_sitting",
        ScaleHint = "diary_scale_hint",
        Activity = "diary_activity",
        Run = "diary_run",
        Exercises = "diary_exercises",
        Rest = "diary_rest",
        Minutes = "diary_minutes",
        RunKind = "diary_run_kind",
        Easy = "diary_easy",
        Tempo = "diary_tempo",
        Hills = "diary_hills",
        Strides = "diary_strides",
        Sprints = "diary_sprints",
        Ladder = "diary_ladder",
        LadderStep = "diary_ladder_step",
        ActivityPain = "diary_activity_pain",
        Morning = "diary_morning",
        MorningHint = "diary_morning_hint",
        Better = "diary_better",
        Same = "diary_same",
        Worse = "diary_worse",
        NotYet = "diary_not_yet",
        Saved = "diary_saved",
        ErrorDate = "diary_error_date",
        ErrorSitting = "diary_error_sitting",
        ErrorActivity = "diary_error_activity",
        ErrorMinutes = "diary_error_minutes",
        ErrorRunKind = "diary_error_run_kind",
        ErrorActivityPain = "diary_error_activity_pain",
        Trend = "diary_trend",
        Chart = "diary_chart",
        LimitLine = "diary_limit_line",
        Table = "diary_table",
        Summary = "diary_summary",
        SummaryRest = "diary_summary_rest",
        SummaryEmpty = "diary_summary_empty",
        SummaryExercises = "diary_summary_exercises",
        Empty = "diary_empty",
        EraseIntro = "diary_erase_intro",
        Erased = "diary_erased",
        EraseConfirm = "diary_erase_confirm",
        NotKeptForGood = "diary_not_kept_for_good",
        NoticeSetAside = "diary_notice_set_aside",
        MorningQuestionRun = "diary_morning_question_run",
        MorningQuestionExercises = "diary_morning_question_exercises",
        MorningQuestionHint = "diary_morning_question_hint",
        MeasureWithin = "diary_measure_within",
        MeasureOver = "diary_measure_over",
        MeasureWorse = "diary_measure_worse",
        MeasureRest = "diary_measure_rest",
        DuringRun = "diary_during_run",
        DuringExercises = "diary_during_exercises",
        Latest = "diary_latest",
        Direction = "diary_direction",
        DirectionTooFew = "diary_direction_too_few",
        DirectionActivity = "diary_direction_activity",
        Rising = "diary_rising",
        Falling = "diary_falling",
        Steady = "diary_steady",
        Score = "diary_score",
        KeyActivity = "diary_key_activity",
        KeyMorning = "diary_key_morning",
        KeyAlarm = "diary_key_alarm",
        ExTitle = "diary_ex_title",
        ExHint = "diary_ex_hint",
        ExHow = "diary_ex_how",
        ExPain = "diary_ex_pain",
        ExError = "diary_ex_error",
        ExAdvice = "diary_ex_advice",
        ExKeepGoing = "diary_ex_keep_going",
        ExEaseOff = "diary_ex_ease_off",
        ExStepBack = "diary_ex_step_back",
        ExMoveOn = "diary_ex_move_on",
        ExAskPhysio = "diary_ex_ask_physio",
        ExUnknown = "diary_ex_unknown",
        ExKey = "diary_ex_key",
        ExChart = "diary_ex_chart",
    }
}

keys! {
    /// The exercise library's texts (full build only): the starters on the
    /// plan, the library and each exercise's page; required when the
    /// content has `[[exercises]]`. They may use `{stage}`, and the dose's
    /// `{sets}`, `{reps}`, `{seconds}`, `{times}`, `{low}` and `{high}`.
    ExerciseTextKey {
        StartersTitle = "starters_title",
        StartersIntro = "starters_intro",
        LibraryLink = "exercises_link",
        LibraryTitle = "exercises_title",
        LibraryIntro = "exercises_intro",
        Stage = "exercise_stage",
        Starter = "exercise_starter",
        Guided = "exercise_guided",
        For = "exercise_for",
        Steps = "exercise_steps",
        Dose = "exercise_dose",
        Holds = "exercise_holds",
        Sets = "exercise_sets",
        EachSide = "exercise_each_side",
        Rest = "exercise_rest",
        PerWeek = "exercise_per_week",
        Range = "exercise_range",
        Feel = "exercise_feel",
        NotFeel = "exercise_not_feel",
        Mistakes = "exercise_mistakes",
        MoveOn = "exercise_move_on",
        MoveOnTo = "exercise_move_on_to",
        StepBack = "exercise_step_back",
        Drawing = "exercise_drawing",
        Unknown = "exercise_unknown",
        // A physio's programme: the builder (clinician view), the link's
        // page and the kept programme. They may use {low}, {high}, {max}.
        ProgrammeLink = "programme_link",
        BuildLink = "programme_build_link",
        BuildTitle = "programme_build_title",
        BuildIntro = "programme_build_intro",
        FieldSets = "programme_sets",
        FieldReps = "programme_reps",
        FieldHold = "programme_hold",
        FieldRest = "programme_rest",
        FieldPerWeek = "programme_per_week",
        FieldHint = "programme_field_hint",
        ErrorNumber = "programme_error_number",
        ErrorNone = "programme_error_none",
        ErrorTooMany = "programme_error_too_many",
        Make = "programme_make",
        LinkTitle = "programme_link_title",
        LinkIntro = "programme_link_intro",
        LinkLabel = "programme_link_label",
        Qr = "programme_qr",
        Copy = "programme_copy",
        Copied = "programme_copied",
        CopyFailed = "programme_copy_failed",
        OfferTitle = "programme_offer_title",
        OfferIntro = "programme_offer_intro",
        OfferReplaces = "programme_offer_replaces",
        OfferSame = "programme_offer_same",
        Keep = "programme_keep",
        NotNow = "programme_not_now",
        LinkDamaged = "programme_link_damaged",
        LinkNewer = "programme_link_newer",
        LinkUnknown = "programme_link_unknown",
        LinkDose = "programme_link_dose",
        KeptTitle = "programme_title",
        KeptIntro = "programme_intro",
        Kept = "programme_kept",
        NotKept = "programme_not_kept",
        Print = "programme_print",
        Remove = "programme_remove",
        Removed = "programme_removed",
        NoneKept = "programme_none",
        Stale = "programme_stale",
        SetAside = "programme_set_aside",
    }
}

/// Which family a key belongs to, so the content checks know who needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// [`TextKey`]: both builds.
    BothBuilds,
    /// [`FullTextKey`]: the full build.
    FullBuild,
    /// [`DiaryTextKey`]: the full build, when the content has a `[diary]`.
    Diary,
    /// [`ExerciseTextKey`]: the full build, when the content has exercises.
    Exercises,
}

impl Family {
    /// Whether the first build's content keeps this family's texts.
    pub fn in_first_build(self) -> bool {
        self == Family::BothBuilds
    }
}

/// Every key of every family, with its family (build time: the content
/// checks and the first build's content).
pub fn registry() -> impl Iterator<Item = (&'static str, Family)> {
    let both = TextKey::ALL.iter().map(|k| (k.name(), Family::BothBuilds));
    let full = FullTextKey::ALL
        .iter()
        .map(|k| (k.name(), Family::FullBuild));
    let diary = DiaryTextKey::ALL.iter().map(|k| (k.name(), Family::Diary));
    let exercises = ExerciseTextKey::ALL
        .iter()
        .map(|k| (k.name(), Family::Exercises));
    both.chain(full).chain(diary).chain(exercises)
}

/// The family of the text `name`, if the code can ask for it.
pub fn family_of(name: &str) -> Option<Family> {
    registry().find(|(k, _)| *k == name).map(|(_, f)| f)
}
