//! Every answer path the content allows, for the exhaustive safety checks.
//!
//! A path is a sequence of answers from the first question to an outcome:
//! single questions take each option, multi questions each non-empty set of
//! options that respects "None of these". The walk is depth first, so the
//! answers are changed in place rather than copied for every path.

use crate::engine::{outcome_of, walk, Answers, Outcome, Step, Walk};
use crate::model::{Content, Kind, Question};

/// Every valid answer to `question`: each option of a single question; each
/// non-empty set of options of a multi question, an exclusive option alone.
pub fn answers_to(question: &Question) -> Vec<Vec<String>> {
    let ids = |mask: usize| -> Vec<String> {
        (0..question.options.len())
            .filter(|i| mask & (1 << i) != 0)
            .map(|i| question.options[i].id.to_owned())
            .collect()
    };
    match question.kind {
        Kind::Single => question
            .options
            .iter()
            .map(|o| vec![o.id.to_owned()])
            .collect(),
        Kind::Multi => {
            let shared: Vec<usize> = (0..question.options.len())
                .filter(|&i| !question.options[i].exclusive)
                .collect();
            let mut all: Vec<Vec<String>> = (1..1usize << shared.len())
                .map(|m| {
                    let mask = shared.iter().enumerate().filter(|(b, _)| m & (1 << b) != 0);
                    ids(mask.fold(0, |acc, (_, &i)| acc | (1 << i)))
                })
                .collect();
            all.extend(
                question
                    .options
                    .iter()
                    .filter(|o| o.exclusive)
                    .map(|o| vec![o.id.to_owned()]),
            );
            all
        }
    }
}

/// What a visitor sees at each node of the tree of answers.
pub enum Node<'a> {
    /// A question is waiting; the outcome must not exist yet.
    Asking {
        walk: &'a Walk,
        outcome: Option<Outcome>,
    },
    /// The end of a path.
    Leaf {
        walk: &'a Walk,
        outcome: Option<Outcome>,
    },
}

/// Visits every node of every answer path; returns the number of paths.
/// `visit` returns the care rank it wants carried up (for leaves), and at
/// each question receives the highest rank below each of its answers.
pub fn enumerate(
    content: &Content,
    mut visit: impl FnMut(Node) -> usize,
    mut at_question: impl FnMut(&Walk, &[(Vec<String>, usize)]),
) -> u64 {
    let mut answers = Answers::new();
    let mut count = 0;
    descend(
        content,
        &mut answers,
        &mut visit,
        &mut at_question,
        &mut count,
    );
    count
}

fn descend(
    content: &Content,
    answers: &mut Answers,
    visit: &mut impl FnMut(Node) -> usize,
    at_question: &mut impl FnMut(&Walk, &[(Vec<String>, usize)]),
    count: &mut u64,
) -> usize {
    let here = walk(content, answers);
    let outcome = outcome_of(content, &here);
    let Step::Ask(question) = here.step else {
        *count += 1;
        return visit(Node::Leaf {
            walk: &here,
            outcome,
        });
    };
    visit(Node::Asking {
        walk: &here,
        outcome,
    });
    let mut below = Vec::new();
    for choice in answers_to(question) {
        answers.set(question.id, choice.clone());
        let rank = descend(content, answers, visit, at_question, count);
        below.push((choice, rank));
    }
    answers.remove(question.id);
    at_question(&here, &below);
    below.iter().map(|(_, r)| *r).max().unwrap_or(0)
}
