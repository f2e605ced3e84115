//! Exhaustive safety checks over every answer path: of the valid fixture and
//! of the real content file (`content/guide.toml`, which must exist).
//!
//! On every path: exactly one outcome, only at the end; a red-flag answer
//! gives at least its care level; adding a red flag to any answer on the path
//! never lowers the care level; every plan section an answer brings is in the
//! plan.

mod common;

use std::collections::HashMap;

use guide_content::parse::parse;
use guide_content::paths::{answer_classes, answers_to, enumerate, Count, Node};
use guide_core::engine::{Step, Walk};
use guide_core::model::{Content, Kind, Question};

fn rank(content: &Content, id: &str) -> usize {
    content.care(id).expect("validated care level").0
}

/// Checks every path of `content`; returns the counts and what failed
/// (at most a screenful of each kind).
fn check_every_path(content: &Content) -> (Count, u64, Vec<String>) {
    let mut failures: Vec<String> = Vec::new();
    let mut flag_failures: Vec<String> = Vec::new();
    let mut stopped = 0u64;
    let count = enumerate(
        content,
        |node| match node {
            Node::Asking { walk, outcome } => {
                if outcome.is_some() && failures.len() < 20 {
                    failures.push(format!("an outcome while a question waits: {walk:?}"));
                }
                0
            }
            Node::Leaf { walk, outcome } => {
                let mut fail = |message: String| {
                    if failures.len() < 20 {
                        failures.push(message);
                    }
                };
                let Some(outcome) = outcome else {
                    fail(format!(
                        "no outcome at the end of {:?}",
                        common::describe(walk)
                    ));
                    return usize::MAX;
                };
                let care = rank(content, outcome.care.id);
                let chosen = || walk.path.iter().flat_map(|a| &a.choices);
                for flag in chosen().filter_map(|c| c.red_flag) {
                    let floor = rank(content, content.red_flag(flag).expect("known").care);
                    if care < floor {
                        fail(format!(
                            "red flag {flag} gives care rank {care} < {floor} on {:?}",
                            common::describe(walk)
                        ));
                    }
                }
                match walk.step {
                    Step::Stopped { flag, .. } => {
                        stopped += 1;
                        if outcome.red_flag != Some(flag) || !outcome.sections.is_empty() {
                            fail(format!(
                                "a stop without its red flag card, or with a plan, on {:?}",
                                common::describe(walk)
                            ));
                        }
                    }
                    Step::Complete => {
                        for section in chosen().flat_map(|c| c.brings) {
                            if !outcome.sections.iter().any(|s| s.id == *section) {
                                fail(format!(
                                    "section {section} missing on {:?}",
                                    common::describe(walk)
                                ));
                            }
                        }
                        if outcome.red_flag.is_some() {
                            fail(format!(
                                "a red flag card without a stop on {:?}",
                                common::describe(walk)
                            ));
                        }
                    }
                    Step::Ask(_) => fail("a leaf that asks".to_owned()),
                }
                care
            }
        },
        |walk, below| {
            if flag_failures.len() < 20 {
                flag_failures.extend(adding_a_red_flag_lowers_care(walk, below));
            }
        },
    );
    failures.extend(flag_failures);
    (count, stopped, failures)
}

/// At the question `walk` waits on, with the highest care rank below each of
/// its answers: every answer with a red-flag option added (to a multi
/// answer; instead of a single answer) must give at least the care of every
/// path below the answer without it. So a red flag never lowers care, and a
/// red flag that stops the questions never hides a more urgent one later.
fn adding_a_red_flag_lowers_care(walk: &Walk, below: &[(Vec<String>, usize)]) -> Vec<String> {
    let Step::Ask(question) = walk.step else {
        return Vec::new();
    };
    let rank_of: HashMap<&[String], usize> =
        below.iter().map(|(c, r)| (c.as_slice(), *r)).collect();
    let flags: Vec<&str> = question
        .options
        .iter()
        .filter(|o| o.red_flag.is_some())
        .map(|o| o.id)
        .collect();
    let mut failures = Vec::new();
    for (answer, highest) in below {
        for flag in flags.iter().filter(|f| !answer.iter().any(|a| a == *f)) {
            let with_flag = add(question, answer, flag);
            let Some(&flagged) = rank_of.get(with_flag.as_slice()) else {
                failures.push(format!(
                    "{}: answer {with_flag:?} was not visited",
                    question.id
                ));
                continue;
            };
            if flagged < *highest {
                failures.push(format!(
                    "{}: {with_flag:?} gives care rank {flagged}, but {answer:?} can lead to rank {highest} (after {:?})",
                    question.id,
                    common::describe(walk)
                ));
            }
        }
    }
    failures
}

/// `answer` with the option `flag` added: alone for a single question; in
/// option order, without an exclusive option, for a multi question.
fn add(question: &Question, answer: &[String], flag: &str) -> Vec<String> {
    if question.kind == Kind::Single {
        return vec![flag.to_owned()];
    }
    question
        .options
        .iter()
        .filter(|o| o.id == flag || (!o.exclusive && answer.iter().any(|a| a == o.id)))
        .map(|o| o.id.to_owned())
        .collect()
}

fn report(label: &str, content: &Content) -> Count {
    let (count, stopped, failures) = check_every_path(content);
    let message = format!(
        "exhaustive: {} answer paths checked in {label} ({} distinct walks visited, {stopped} stopped by a red flag)",
        count.paths, count.visited
    );
    println!("{message}");
    eprintln!("{message}");
    assert!(failures.is_empty(), "{label}:\n{}", failures.join("\n"));
    assert!(stopped > 0, "{label}: no path reached a red flag");
    count
}

#[test]
fn every_answer_path_is_safe() {
    report("tests/fixtures/valid.toml", common::valid());
    let real = report("content/guide.toml", common::real());
    assert!(real.visited > 1000, "suspiciously few paths: {real:?}");
}

/// The fixture's paths, counted by hand: 4 stops at "danger" (3 with a red
/// flag), and so on down; see the comment in the test.
#[test]
fn the_fixture_has_the_paths_counted_by_hand() {
    let (count, stopped, _) = check_every_path(common::valid());
    // danger: 3 answers stop; "none" goes on. injury: 1 stops. health: 4
    // options with "none" exclusive: 7 sets with a red flag stop, "none" goes
    // on. age: 1 stops. Then sitting yes (2 follow-ups) or no, activities
    // (7 sets + "none" = 8), duration (2): (2 + 1) × 8 × 2 = 48 complete.
    assert_eq!(stopped, 3 + 1 + 7 + 1);
    assert_eq!(count.paths, 12 + 48);
}

/// The check finds a red flag that stops the questions with less care than a
/// later question can give: here a sudden pop, or numbness, made book-level
/// comes before the urgent illness signs.
#[test]
fn the_check_catches_a_red_flag_that_hides_a_more_urgent_one() {
    let text = std::fs::read_to_string(common::fixture("valid.toml")).unwrap();
    let text = text.replacen(
        "id = \"tear\"\ncare = \"urgent\"",
        "id = \"tear\"\ncare = \"book\"",
        1,
    );
    let content = parse("changed valid.toml", &text).expect("still passes validation");
    let (_, _, failures) = check_every_path(&content);
    assert!(
        failures.iter().any(|f| f.starts_with(
            "injury: [\"pop\"] gives care rank 1, but [\"gradual\"] can lead to rank 2"
        )),
        "{failures:#?}"
    );
    // And in a multi question: numbness made book-level, before the urgent pop.
    let text = std::fs::read_to_string(common::fixture("valid.toml")).unwrap();
    let text = text.replacen(
        "id = \"saddle\"\ncare = \"emergency\"",
        "id = \"saddle\"\ncare = \"book\"",
        1,
    );
    let content = parse("changed valid.toml", &text).expect("still passes validation");
    let (_, _, failures) = check_every_path(&content);
    assert!(
        failures.iter().any(|f| f.starts_with(
            "danger: [\"numb\"] gives care rank 1, but [\"none\"] can lead to rank 2"
        )),
        "{failures:#?}"
    );
}

/// The classes stand for exactly the answers there are: their weights add up
/// to the number of valid answers of each question.
#[test]
fn answer_classes_count_every_answer() {
    for content in [common::valid(), common::real()] {
        for question in content.questions {
            let total: u64 = answer_classes(content, question)
                .iter()
                .map(|(_, w)| w)
                .sum();
            assert_eq!(total, answers_to(question).len() as u64, "{}", question.id);
        }
    }
}
