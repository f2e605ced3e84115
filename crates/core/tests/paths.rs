//! Exhaustive safety checks over every answer path of the real content.
//!
//! On every path: exactly one outcome, only at the end; a red-flag answer
//! gives at least its care level; adding a red flag never lowers the care
//! level; every plan section an answer brings is in the plan.

use std::path::Path;

use guide_core::engine::Step;
use guide_core::model::Content;
use guide_core::parse::load;
use guide_core::paths::{answer_classes, answers_to, enumerate, Node};

fn real_content() -> Content {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/guide.toml");
    load(&path).unwrap_or_else(|errors| {
        panic!(
            "content/guide.toml does not pass its checks:\n{}",
            errors
                .iter()
                .map(|e| format!("  {e}\n"))
                .collect::<String>()
        )
    })
}

fn rank(content: &Content, id: &str) -> usize {
    content.care(id).expect("validated care level").0
}

#[test]
fn every_answer_path_is_safe() {
    let content = real_content();
    let mut failures: Vec<String> = Vec::new();
    let mut fail = |message: String| {
        if failures.len() < 20 {
            failures.push(message);
        }
    };
    let mut stopped = 0u64;
    let mut fail_q = Vec::new();
    let count = enumerate(
        &content,
        |node| match node {
            Node::Asking { walk, outcome } => {
                if outcome.is_some() {
                    fail(format!("an outcome exists while {:?} waits", walk.step));
                }
                0
            }
            Node::Leaf { walk, outcome } => {
                let Some(outcome) = outcome else {
                    fail(format!("no outcome at the end of {:?}", ids(walk)));
                    return usize::MAX;
                };
                let care = rank(&content, outcome.care.id);
                for flag in walk
                    .path
                    .iter()
                    .flat_map(|a| &a.choices)
                    .filter_map(|c| c.red_flag)
                {
                    let floor = rank(&content, content.red_flag(flag).unwrap().care);
                    if care < floor {
                        fail(format!(
                            "red flag {flag} gives care rank {care} < {floor} on {:?}",
                            ids(walk)
                        ));
                    }
                }
                match walk.step {
                    Step::Stopped { .. } => {
                        stopped += 1;
                        if outcome.red_flag.is_none() {
                            fail(format!(
                                "stopped without a red flag card on {:?}",
                                ids(walk)
                            ));
                        }
                    }
                    _ => {
                        for section in walk
                            .path
                            .iter()
                            .flat_map(|a| &a.choices)
                            .flat_map(|c| c.brings)
                        {
                            if !outcome.sections.iter().any(|s| s.id == *section) {
                                fail(format!("section {section} missing on {:?}", ids(walk)));
                            }
                        }
                        if outcome.red_flag.is_some() {
                            fail(format!("a red flag card without a stop on {:?}", ids(walk)));
                        }
                    }
                }
                care
            }
        },
        |walk, below| {
            // Adding a red-flag option to a set of checkbox answers must give
            // at least the care of that question's safe answers, whatever
            // follows them: a red flag never hides a more urgent one asked later.
            let Step::Ask(question) = walk.step else {
                return;
            };
            if question.kind != guide_core::model::Kind::Multi {
                return;
            }
            let is_flag = |choice: &Vec<String>| {
                choice
                    .iter()
                    .any(|c| question.choice(c).is_some_and(|o| o.red_flag.is_some()))
            };
            let safe_max = below
                .iter()
                .filter(|(c, _)| !is_flag(c))
                .map(|(_, r)| *r)
                .max()
                .unwrap_or(0);
            for (choice, rank) in below.iter().filter(|(c, _)| is_flag(c)) {
                if *rank < safe_max {
                    fail_q.push(format!(
                        "{}: {choice:?} gives rank {rank} < {safe_max}",
                        question.id
                    ));
                }
            }
        },
    );
    failures.extend(fail_q);
    let message = format!(
        "exhaustive: {} answer paths checked in content/guide.toml ({} distinct walks visited, {stopped} stopped by a red flag)",
        count.paths, count.visited
    );
    println!("{message}");
    eprintln!("{message}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(count.visited > 1000, "suspiciously few paths: {count:?}");
    assert!(stopped > 0, "no path reached a red flag");
}

fn ids(walk: &guide_core::engine::Walk) -> Vec<String> {
    walk.path
        .iter()
        .map(|a| {
            format!(
                "{}={}",
                a.question.id,
                a.choices.iter().map(|c| c.id).collect::<Vec<_>>().join("+")
            )
        })
        .collect()
}

/// The classes stand for exactly the answers there are: their weights add up
/// to the number of valid answers of each question.
#[test]
fn answer_classes_count_every_answer() {
    let content = real_content();
    for question in content.questions {
        let total: u64 = answer_classes(&content, question)
            .iter()
            .map(|(_, w)| w)
            .sum();
        assert_eq!(total, answers_to(question).len() as u64, "{}", question.id);
    }
}
