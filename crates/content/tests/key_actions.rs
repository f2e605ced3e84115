//! The results page's do and don't list (`guide_core::key_actions`): three
//! to five key actions on every plan, the patient's own sections first,
//! then the essentials, no words twice, the same list for the same answers.

mod common;

use guide_content::paths::{enumerate, Node};
use guide_core::engine::{outcome, Outcome};
use guide_core::key_actions::{do_and_dont, side, FEWEST, MOST};
use guide_core::model::{Advice, Content, KeyAction, Section};

/// The section an item of `outcome`'s plan is in.
fn section_of(outcome: &Outcome, item: &Advice) -> &'static Section {
    outcome
        .sections
        .iter()
        .copied()
        .find(|s| s.items.iter().any(|i| std::ptr::eq(i, item)))
        .expect("every item comes from a section on the plan")
}

/// 0 for the patient's own sections, 1 for the essentials, 2 for the rest.
fn rank(content: &Content, section: &Section) -> u8 {
    if !section.always && !section.guided && !section.is_safety_net() {
        0
    } else if content.meta.essentials.contains(&section.id) {
        1
    } else {
        2
    }
}

/// The runner of issue 17: sitting (after 20 minutes or more) and hill
/// running bring the pain on, settling by the morning.
const RUNNER: &[(&str, &[&str])] = &[
    ("everyday", &["sit_long"]),
    ("sport", &["run_hills"]),
    ("duration", &["from_6_to_12_weeks"]),
    ("pain_after", &["moderate"]),
    ("morning", &["yes"]),
];

fn runner() -> Outcome {
    let pairs: Vec<_> = common::CALM_SCREEN.iter().chain(RUNNER).copied().collect();
    outcome(common::real(), &common::answers(&pairs)).expect("the runner's answers end")
}

#[test]
fn the_runner_gets_the_sitting_and_running_actions_first_then_no_full_rest() {
    let outcome = runner();
    let list = do_and_dont(common::real(), &outcome);
    let words: Vec<_> = list.iter().map(|i| i.summary.unwrap_or(i.text)).collect();
    assert_eq!(
        words,
        [
            "hips above knees, on a firm cushion or wedge",
            "hard benches and low, soft couches",
            "slower runs on flat ground",
            "speed work, tempo runs, sprints and hills",
            "keep loading, no full rest",
        ]
    );
    let dos = side(&list, KeyAction::Do);
    let donts = side(&list, KeyAction::Dont);
    assert_eq!((dos.len(), donts.len()), (3, 2));
    assert!(donts.iter().all(|i| i.action == Some(KeyAction::Dont)));
}

/// Every plan of every answer path: 3 to 5 key actions of its own
/// sections, no words twice, own sections before the others, and the same
/// list when asked again.
fn check_every_plan(content: &Content) -> u64 {
    let mut plans = 0u64;
    let mut failures: Vec<String> = Vec::new();
    enumerate(
        content,
        |node| {
            let Node::Leaf {
                walk,
                outcome: Some(outcome),
            } = node
            else {
                return 0;
            };
            let list = do_and_dont(content, &outcome);
            let path = common::describe(walk);
            let mut fail = |m: String| {
                if failures.len() < 10 {
                    failures.push(format!("{m} on {path:?}"));
                }
            };
            if outcome.red_flag.is_some() {
                if !list.is_empty() {
                    fail("a list after a red flag".into());
                }
                return 0;
            }
            plans += 1;
            if !(FEWEST..=MOST).contains(&list.len()) {
                fail(format!("{} items", list.len()));
            }
            let words: Vec<_> = list.iter().map(|i| i.summary.unwrap_or(i.text)).collect();
            if (1..words.len()).any(|i| words[..i].contains(&words[i])) {
                fail(format!("words twice: {words:?}"));
            }
            if list.iter().any(|i| i.action.is_none()) {
                fail("an item that is not a key action".into());
            }
            let ranks: Vec<u8> = list
                .iter()
                .map(|i| rank(content, section_of(&outcome, i)))
                .collect();
            if ranks.windows(2).any(|w| w[0] > w[1]) {
                fail(format!(
                    "own, essential, other out of order ({ranks:?}): {words:?}"
                ));
            }
            if do_and_dont(content, &outcome) != list {
                fail("a different list the second time".into());
            }
            0
        },
        |_, _| {},
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    plans
}

#[test]
fn every_plan_of_the_real_content_has_three_to_five_key_actions_its_own_first() {
    let plans = check_every_plan(common::real());
    assert!(plans > 100, "only {plans} plans checked");
    println!("{plans} plans checked");
}

#[test]
fn every_plan_of_the_fixture_has_three_to_five_key_actions() {
    assert!(check_every_plan(common::valid()) > 0);
}

#[test]
fn words_already_on_the_list_are_left_out() {
    // In the fixture, the essential "basics" repeats the sitting section's
    // "cushion, stand often": a patient whose sitting hurts sees it once,
    // and the next of "basics" instead.
    let content = common::valid();
    let answers = common::answers(&[
        ("danger", &["none"]),
        ("injury", &["gradual"]),
        ("health", &["none"]),
        ("age", &["adult"]),
        ("sitting", &["yes"]),
        ("sitting_long", &["long"]),
        ("activities", &["none"]),
        ("duration", &["weeks"]),
    ]);
    let outcome = outcome(content, &answers).expect("ends");
    let words: Vec<_> = do_and_dont(content, &outcome)
        .iter()
        .map(|i| i.summary.unwrap_or(i.text))
        .collect();
    assert_eq!(
        words,
        [
            "cushion, stand often",
            "keep moving",
            "no hamstring stretches"
        ]
    );
}
