//! The second edition of the safety screen on the real content, walked by
//! the made-up patients of the clinical review (December 2026): each one
//! reaches the care the review asks for, and the plan says only what fits.

mod common;

use guide_core::engine::{outcome, walk, Outcome, Step};

/// Every safety question answered with nothing worrying, for an adult.
const CALM_ADULT: &[(&str, &[&str])] = common::CALM_SCREEN;

/// The questions after the safety screen, with no load bringing the pain on.
const NO_TRIGGERS: &[(&str, &[&str])] = &[
    ("everyday", &["none"]),
    ("sport", &["none"]),
    ("duration", &["from_6_to_12_weeks"]),
    ("pain_after", &["mild"]),
    ("morning", &["yes"]),
];

/// `base` with each of `changes` replacing the answer to its question.
fn patient(
    base: &[&[(&'static str, &'static [&'static str])]],
    changes: &[(&'static str, &'static [&'static str])],
) -> Vec<(&'static str, &'static [&'static str])> {
    let mut answers: Vec<_> = base.iter().flat_map(|part| part.iter().copied()).collect();
    for change in changes {
        match answers.iter_mut().find(|(q, _)| *q == change.0) {
            Some(answer) => *answer = *change,
            None => answers.push(*change),
        }
    }
    answers
}

fn outcome_for(answers: &[(&str, &[&str])]) -> Outcome {
    outcome(common::real(), &common::answers(answers))
        .unwrap_or_else(|| panic!("no outcome for {answers:?}"))
}

/// The red flag a patient stops at, and its care level.
fn stops_with(answers: &[(&str, &[&str])]) -> (&'static str, &'static str) {
    let outcome = outcome_for(answers);
    let flag = outcome
        .red_flag
        .unwrap_or_else(|| panic!("no red flag for {answers:?}"));
    (flag.id, outcome.care.id)
}

/// Choices that live for the whole test, from choices named in a loop.
fn leak(choices: &[&'static str]) -> &'static [&'static str] {
    Box::leak(choices.to_vec().into_boxed_slice())
}

fn section_ids(outcome: &Outcome) -> Vec<&'static str> {
    outcome.sections.iter().map(|s| s.id).collect()
}

#[test]
fn a_runner_with_a_bone_stress_injury_is_told_to_stop_running_and_be_seen() {
    // Each sign alone is enough, from pain on hopping to a past stress fracture.
    for sign in [
        "hop_walk",
        "builds_on_runs",
        "periods",
        "under_eating",
        "past_fracture",
        "weak_bones",
    ] {
        let answers = patient(&[CALM_ADULT], &[("bone_stress", leak(&[sign]))]);
        assert_eq!(stops_with(&answers), ("bone_stress", "urgent"), "{sign}");
    }
    let flag = common::real().red_flag("bone_stress").unwrap();
    assert!(flag.title.starts_with("Stop running"), "{}", flag.title);
    assert!(flag.action.contains("Do not run"), "{}", flag.action);
    assert!(flag.action.contains("dietitian"), "{}", flag.action);
}

#[test]
fn a_swollen_calf_is_seen_today_and_with_chest_pain_it_is_an_emergency() {
    let swollen = patient(&[CALM_ADULT], &[("emergency_signs", &["leg_swelling"])]);
    assert_eq!(stops_with(&swollen), ("clot", "urgent"));
    let chest = patient(
        &[CALM_ADULT],
        &[("emergency_signs", &["leg_swelling", "chest_breathing"])],
    );
    assert_eq!(stops_with(&chest), ("clot_lungs", "emergency"));
    // The clot signs are asked with the emergency signs, on the first page,
    // so nothing urgent answered later can hide them.
    let first = &common::real().questions[0];
    assert_eq!(first.id, "emergency_signs");
    assert!(first.option("leg_swelling").is_some() && first.option("chest_breathing").is_some());
}

#[test]
fn a_sudden_start_without_a_pop_is_checked_within_days_and_under_25_urgently() {
    // 30, the pain began mid-sprint with no pop: a rule, the screen goes on.
    let adult = patient(
        &[CALM_ADULT, NO_TRIGGERS],
        &[("sudden_injury", &["sudden"]), ("sport", &["run_fast"])],
    );
    let outcome = outcome_for(&adult);
    assert_eq!(outcome.care.id, "book_soon");
    assert!(outcome.red_flag.is_none());
    assert!(!section_ids(&outcome).contains(&"fits_picture"));
    // The nerve signs are still asked after a sudden start.
    let so_far = patient(
        &[CALM_ADULT[..4].as_ref()],
        &[("sudden_injury", &["sudden"])],
    );
    let here = walk(common::real(), &common::answers(&so_far));
    assert!(
        matches!(here.step, Step::Ask(q) if q.id == "nerve_signs"),
        "{:?}",
        here.step
    );
    // 22 (and 17): the growth area is still open, so any sudden start is urgent.
    for age in ["age_20_to_24", "age_16_to_19"] {
        for start in ["sudden", "pop"] {
            let young = patient(
                &[CALM_ADULT[..3].as_ref()],
                &[("age", leak(&[age])), ("sudden_young", leak(&[start]))],
            );
            assert_eq!(
                stops_with(&young),
                ("growth_plate", "urgent"),
                "{age} {start}"
            );
        }
    }
}

#[test]
fn a_17_year_old_with_gradual_pain_books_and_is_told_why() {
    let mut teen = patient(
        &[CALM_ADULT, NO_TRIGGERS],
        &[("age", &["age_16_to_19"]), ("everyday", &["sit_long"])],
    );
    teen.retain(|(q, _)| *q != "sudden_injury");
    teen.push(("sudden_young", &["no"][..]));
    let outcome = outcome_for(&teen);
    assert_eq!(outcome.care.id, "book");
    let sections = section_ids(&outcome);
    assert!(sections.contains(&"young_person"), "{sections:?}");
    assert!(!sections.contains(&"fits_picture"), "{sections:?}");
    // At 22, gradual pain gets the usual plan.
    let mut adult = teen.clone();
    for answer in &mut adult {
        if answer.0 == "age" {
            answer.1 = &["age_20_to_24"];
        }
    }
    let outcome = outcome_for(&adult);
    assert_eq!(outcome.care.id, "self_manage");
    assert!(section_ids(&outcome).contains(&"fits_picture"));
}

#[test]
fn shooting_or_burning_pain_down_the_thigh_books_within_days() {
    let answers = patient(&[CALM_ADULT], &[("nerve_signs", &["shooting"])]);
    assert_eq!(stops_with(&answers), ("nerve", "book_soon"));
}

#[test]
fn pain_that_nothing_brings_on_books_and_is_not_said_to_fit() {
    let none = patient(&[CALM_ADULT, NO_TRIGGERS], &[]);
    let outcome = outcome_for(&none);
    assert_eq!(outcome.care.id, "book");
    assert!(!section_ids(&outcome).contains(&"fits_picture"));
    // One load that brings it on, cycling alone here, and it fits again.
    let cyclist = patient(&[CALM_ADULT, NO_TRIGGERS], &[("sport", &["cycling"])]);
    let outcome = outcome_for(&cyclist);
    assert_eq!(outcome.care.id, "self_manage");
    let sections = section_ids(&outcome);
    assert!(sections.contains(&"fits_picture"), "{sections:?}");
    assert!(sections.contains(&"cycling"), "{sections:?}");
    // What to avoid is on every plan.
    assert!(sections.contains(&"avoid_for_now"), "{sections:?}");
}

#[test]
fn a_pop_with_a_fever_gets_the_gp_today() {
    // General health is asked before the sudden-injury question, so a fever
    // stops the questions with "see a GP today" before a pop can be answered.
    let answers = patient(
        &[CALM_ADULT],
        &[("general_health", &["fever"]), ("sudden_injury", &["yes"])],
    );
    let outcome = outcome_for(&answers);
    assert_eq!(outcome.red_flag.map(|f| f.id), Some("serious"));
    assert!(outcome.red_flag.unwrap().title.contains("GP today"));
    let order: Vec<_> = common::real().questions.iter().map(|q| q.id).collect();
    let at = |id: &str| order.iter().position(|q| *q == id).unwrap();
    assert!(at("general_health") < at("sudden_injury"));
    assert!(at("general_health") < at("sudden_young"));
}

#[test]
fn a_past_cancer_warns_of_spinal_cord_compression_and_every_serious_card_stops_running() {
    let answers = patient(&[CALM_ADULT], &[("general_health", &["cancer"])]);
    assert_eq!(stops_with(&answers), ("past_cancer", "urgent"));
    let content = common::real();
    for id in ["past_cancer", "serious"] {
        let flag = content.red_flag(id).unwrap();
        assert!(flag.action.contains("Do not run"), "{id}: {}", flag.action);
    }
    assert!(content
        .red_flag("past_cancer")
        .unwrap()
        .action
        .contains("{emergency}"));
    // The Finucane items the first edition left out.
    for item in ["steroids", "injecting", "trauma"] {
        let answers = patient(&[CALM_ADULT], &[("general_health", leak(&[item]))]);
        assert_eq!(stops_with(&answers), ("serious", "urgent"), "{item}");
    }
}

#[test]
fn saddle_numbness_still_calls_the_emergency_number() {
    let answers = patient(&[], &[("emergency_signs", &["saddle_numbness"])]);
    assert_eq!(stops_with(&answers), ("cauda_equina", "emergency"));
    let label = common::real()
        .question("emergency_signs")
        .and_then(|q| q.option("saddle_numbness"))
        .unwrap()
        .label;
    assert!(label.contains("not only while cycling"), "{label}");
}

#[test]
fn severe_pain_at_its_worst_books_a_physio_whatever_the_morning() {
    for morning in ["yes", "no", "not_sure"] {
        let answers = patient(
            &[CALM_ADULT, NO_TRIGGERS],
            &[
                ("everyday", &["sit_long"]),
                ("pain_after", &["severe"]),
                ("morning", leak(&[morning])),
            ],
        );
        let outcome = outcome_for(&answers);
        assert_eq!(outcome.care.id, "book", "{morning}");
        assert!(outcome
            .reasons
            .contains(&"your pain gets to 7 or more out of 10"));
    }
    let moderate = patient(
        &[CALM_ADULT, NO_TRIGGERS],
        &[("everyday", &["sit_long"]), ("pain_after", &["moderate"])],
    );
    assert_eq!(outcome_for(&moderate).care.id, "self_manage");
}

#[test]
fn recent_pain_is_told_a_short_recovery_only_after_doing_more() {
    let recent = patient(
        &[CALM_ADULT, NO_TRIGGERS],
        &[
            ("everyday", &["sit_long"]),
            ("duration", &["under_6_weeks"]),
        ],
    );
    let outcome = outcome_for(&recent);
    let section = outcome
        .sections
        .iter()
        .find(|s| s.id == "recovery_short")
        .expect("shown");
    let said: Vec<&str> = section.items.iter().map(|i| i.text).collect();
    assert!(
        said.iter()
            .any(|t| t.contains("If it started after you did more than usual")),
        "{said:?}"
    );
    assert!(said.iter().any(|t| t.contains("varies a lot")), "{said:?}");
    assert!(section_ids(&outcome).contains(&"when_to_book"));
    // Exactly one recovery section, for every duration.
    for duration in ["under_6_weeks", "from_6_to_12_weeks", "over_3_months"] {
        let answers = patient(
            &[CALM_ADULT, NO_TRIGGERS],
            &[("everyday", &["sit_long"]), ("duration", leak(&[duration]))],
        );
        let shown = section_ids(&outcome_for(&answers))
            .into_iter()
            .filter(|s| s.starts_with("recovery_"))
            .count();
        assert_eq!(shown, 1, "{duration}");
    }
}
