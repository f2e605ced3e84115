//! The exercise library in the shipped content: every exercise the issue
//! asks for, each complete, with a drawing that passed its checks; the
//! starters a plan offers, per care level; the dose in words; plain
//! language; and the first build never carrying any of it.

mod common;

use guide_content::codegen::{first_build, library as library_code, rust};
use guide_content::drawing;
use guide_content::readability::counts;
use guide_content::review::sentences::split;
use guide_core::engine::{outcome, Outcome};
use guide_core::exercise::{starters, words, Library};
use guide_core::model::Content;

fn shipped() -> &'static (Content, Library) {
    common::shipped()
}

fn lib() -> &'static Library {
    &shipped().1
}

/// A runner whose sitting and hill running bring the pain on: self-managing.
const RUNNER: &[(&str, &[&str])] = &[
    ("everyday", &["sit_long"]),
    ("sport", &["run_fast", "run_hills"]),
    ("duration", &["from_6_to_12_weeks"]),
    ("pain_after", &["moderate"]),
    ("morning", &["yes"]),
];

/// The runner's outcome with `changes` in place of their answers.
fn runner_with(changes: &[(&'static str, &'static [&'static str])]) -> Outcome {
    let mut pairs: Vec<(&str, &[&str])> =
        common::CALM_SCREEN.iter().chain(RUNNER).copied().collect();
    for (question, choices) in changes {
        match pairs.iter_mut().find(|(q, _)| q == question) {
            Some(pair) => pair.1 = choices,
            None => pairs.push((question, choices)),
        }
    }
    outcome(common::real(), &common::answers(&pairs)).expect("an outcome")
}

fn ids(outcome: &Outcome) -> Vec<&'static str> {
    starters(lib(), outcome).iter().map(|e| e.id).collect()
}

#[test]
fn the_library_has_every_exercise_the_issue_asks_for() {
    let wanted = [
        ("bridge_hold", 1),
        ("prone_curl_hold", 1),
        ("prone_curl", 1),
        ("dead_bug", 1),
        ("bridge_lift", 2),
        ("single_leg_bridge", 2),
        ("long_lever_bridge", 2),
        ("romanian_deadlift", 3),
        ("kettlebell_swing", 3),
        ("skips", 4),
    ];
    for (id, stage) in wanted {
        let e = lib()
            .exercise(id)
            .unwrap_or_else(|| panic!("no exercise {id}"));
        assert_eq!(e.stage, stage, "{id}");
        assert!(e.steps.len() >= 3 && !e.mistakes.is_empty(), "{id}");
        assert!(e.sources.contains(&"goom2016"), "{id} cites Goom 2016");
        // Its drawing passed the checks and ships compacted.
        assert!(
            e.drawing.starts_with("<svg") && e.drawing.contains("<title>"),
            "{id}"
        );
        assert_eq!(drawing::check(e.drawing), Vec::<String>::new(), "{id}");
        assert!(
            !e.drawing.contains('\n') && !e.drawing.contains("<!--"),
            "{id}"
        );
    }
    // Early holds of 30 to 45 seconds; heavy slow lifts from about 15 to 8.
    let hold = lib().exercise("bridge_hold").unwrap().dose;
    assert_eq!(
        (
            hold.hold_seconds.unwrap().low,
            hold.hold_seconds.unwrap().high
        ),
        (30, 45)
    );
    let rdl = lib().exercise("romanian_deadlift").unwrap().dose;
    assert_eq!((rdl.reps.unwrap().low, rdl.reps.unwrap().high), (8, 15));
    assert_eq!(
        (rdl.sets.low, rdl.per_week.low, rdl.per_week.high),
        (3, 2, 3)
    );
}

#[test]
fn a_self_managing_patient_gets_the_two_stage_1_starters() {
    let runner = runner_with(&[]);
    assert_eq!((runner.care.id, runner.red_flag), ("self_manage", None));
    assert_eq!(ids(&runner), ["bridge_hold", "prone_curl_hold"]);
    for e in starters(lib(), &runner) {
        assert_eq!(e.stage, 1, "{}", e.id);
    }
}

#[test]
fn no_starters_for_a_plan_that_needs_someone_first_or_after_a_red_flag() {
    // Over 3 months: book.
    let long = runner_with(&[("duration", &["over_3_months"])]);
    assert_eq!(long.care.id, "book");
    assert_eq!(ids(&long), Vec::<&str>::new());
    // A sudden start with no pop: book within days.
    let sudden = runner_with(&[("sudden_injury", &["sudden"])]);
    assert_eq!(sudden.care.id, "book_soon");
    assert_eq!(ids(&sudden), Vec::<&str>::new());
    // Every red flag, whatever its care level.
    let content = common::real();
    let mut flags = 0;
    for question in content.questions {
        for option in question.options.iter().filter(|o| o.red_flag.is_some()) {
            let mut pairs: Vec<(&str, &[&str])> = common::CALM_SCREEN.to_vec();
            let chosen = [option.id];
            match pairs.iter_mut().find(|(q, _)| *q == question.id) {
                Some(pair) => pair.1 = &chosen,
                None => pairs.push((question.id, &chosen)),
            }
            let Some(result) = outcome(content, &common::answers(&pairs)) else {
                continue;
            };
            if result.red_flag.is_none() {
                continue;
            }
            flags += 1;
            assert_eq!(
                ids(&result),
                Vec::<&str>::new(),
                "{}.{}",
                question.id,
                option.id
            );
        }
    }
    assert!(flags >= 10, "only {flags} red-flag answers reached");
}

#[test]
fn the_dose_reads_as_numbers_in_words() {
    let content = common::real();
    let hold = words::dose(content, &lib().exercise("bridge_hold").unwrap().dose);
    assert_eq!(hold.amount, "4 to 5 holds of 30 to 45 seconds");
    assert_eq!(hold.rest, "Rest 60 to 120 seconds between them");
    assert_eq!(hold.per_week, "4 to 7 times a week");
    let curl = words::dose(content, &lib().exercise("prone_curl").unwrap().dose);
    assert_eq!(curl.amount, "3 sets of 8 to 15, on each side");
    assert_eq!(words::stage(content, 3), "Stage 3");
}

/// Every sentence of the library (the page texts and each exercise),
/// with the clinic's placeholders as written.
fn library_sentences() -> Vec<&'static str> {
    let (content, library) = shipped();
    let mut texts: Vec<&'static str> = Vec::new();
    for e in library.exercises {
        texts.extend([e.purpose, e.feel, e.not_feel, e.move_on.text]);
        texts.extend(e.steps.iter().chain(e.mistakes));
    }
    texts.extend(
        content
            .texts
            .iter()
            .filter(|t| t.key.starts_with("exercise") || t.key.starts_with("starters"))
            .map(|t| t.text),
    );
    texts.into_iter().flat_map(split).collect()
}

#[test]
fn the_library_reads_at_grade_7_with_short_sentences() {
    let sentences = library_sentences();
    let all = sentences.join(" ");
    let grade = counts(&all).grade();
    println!(
        "exercise library: grade {grade:.1}, {} sentences",
        sentences.len()
    );
    assert!(grade <= 7.0, "the library reads at grade {grade:.1}");
    let long: Vec<&&str> = sentences
        .iter()
        .filter(|s| s.split_whitespace().count() > 15)
        .collect();
    assert!(long.is_empty(), "sentences over 15 words: {long:#?}");
}

#[test]
fn the_first_build_carries_no_exercise() {
    let (content, library) = shipped();
    let first = rust(&first_build(content));
    let full = library_code(library);
    assert!(full.starts_with("pub static LIBRARY"));
    for e in library.exercises {
        assert!(full.contains(e.purpose), "{}", e.id);
        for text in [e.name, e.purpose, e.not_feel] {
            assert!(!first.contains(text), "the first build holds \"{text}\"");
        }
    }
    assert!(!first.contains("<svg"));
}
