//! Every answer path the content allows, for the exhaustive safety checks
//! (`tests/paths.rs`); built with the `build` feature, never in the app.
//!
//! A path is a sequence of answers from the first question to an outcome:
//! single questions take each option, multi questions each non-empty set of
//! options that respects "None of these". The walk is depth first, so one set
//! of answers is changed in place rather than copied for every path, and each
//! question's answers are worked out once. Every node is walked by the real
//! [`crate::engine`], so the checks test what the app runs.
//!
//! Options that cannot change anything (no red flag, branch, plan section or
//! reason, and named by no rule or section condition) are *inert*: every
//! path through one of them has the same walk shape and outcome as through
//! another. They are visited once, standing for all of them, and the paths
//! they stand for are counted exactly.

use std::collections::HashMap;

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

/// Whether choosing `option` of `question` can make any difference.
fn inert(content: &Content, question: &Question, option: &crate::model::Choice) -> bool {
    let named = |c: &crate::model::Condition| {
        c.all
            .iter()
            .chain(c.any)
            .chain(c.none)
            .any(|a| a.question == question.id && a.choice == option.id)
    };
    option.red_flag.is_none()
        && option.next.is_none()
        && option.brings.is_empty()
        && option.reason.is_none()
        && !option.exclusive
        && !content.rules.iter().any(|r| named(&r.when))
        && !content
            .sections
            .iter()
            .filter_map(|s| s.when.as_ref())
            .any(named)
}

/// The answers to visit for `question`, each with how many real answers it
/// stands for: every answer that can make a difference once, and one
/// representative for each set of answers that only differs in inert options.
pub fn answer_classes(content: &Content, question: &Question) -> Vec<(Vec<String>, u64)> {
    let (inert, active): (Vec<_>, Vec<_>) = question
        .options
        .iter()
        .partition(|o| inert(content, question, o));
    let k = inert.len() as u32;
    match question.kind {
        Kind::Single => {
            let mut out: Vec<_> = active.iter().map(|o| (vec![o.id.to_owned()], 1)).collect();
            out.extend(inert.first().map(|o| (vec![o.id.to_owned()], u64::from(k))));
            out
        }
        Kind::Multi => {
            let shared: Vec<_> = active.iter().filter(|o| !o.exclusive).collect();
            let mut out = Vec::new();
            for mask in 0..1usize << shared.len() {
                let base: Vec<String> = (0..shared.len())
                    .filter(|b| mask & (1 << b) != 0)
                    .map(|b| shared[b].id.to_owned())
                    .collect();
                if !base.is_empty() {
                    out.push((base.clone(), 1));
                }
                if let Some(first) = inert.first() {
                    let mut with = base;
                    with.push(first.id.to_owned());
                    with.sort_by_key(|id| question.options.iter().position(|o| o.id == id));
                    out.push((with, (1u64 << k) - 1));
                }
            }
            out.extend(
                active
                    .iter()
                    .filter(|o| o.exclusive)
                    .map(|o| (vec![o.id.to_owned()], 1)),
            );
            out
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

/// How many answer paths exist, and how many distinct ones were visited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    pub paths: u64,
    pub visited: u64,
}

/// Visits every node of every distinct answer path, depth first, and returns
/// the counts. `visit` sees each node's walk and outcome; the number it
/// returns for a leaf (a care rank, say) is carried up, and `at_question`
/// gets, once all answers to a question are explored, each answer with the
/// highest number below it.
pub fn enumerate(
    content: &Content,
    mut visit: impl FnMut(Node) -> usize,
    mut at_question: impl FnMut(&Walk, &[(Vec<String>, usize)]),
) -> Count {
    let classes: HashMap<&str, Vec<(Vec<String>, u64)>> = content
        .questions
        .iter()
        .map(|q| (q.id, answer_classes(content, q)))
        .collect();
    let mut tree = Tree {
        content,
        classes: &classes,
        answers: Answers::new(),
        count: Count {
            paths: 0,
            visited: 0,
        },
    };
    tree.descend(1, &mut visit, &mut at_question);
    tree.count
}

/// The depth-first walk over the tree of answers.
struct Tree<'c> {
    content: &'c Content,
    /// The answer classes of each question, made once.
    classes: &'c HashMap<&'c str, Vec<(Vec<String>, u64)>>,
    /// The answers on the way down to the node being visited.
    answers: Answers,
    count: Count,
}

impl Tree<'_> {
    fn descend(
        &mut self,
        weight: u64,
        visit: &mut impl FnMut(Node) -> usize,
        at_question: &mut impl FnMut(&Walk, &[(Vec<String>, usize)]),
    ) -> usize {
        let content = self.content;
        let here = walk(content, &self.answers);
        let outcome = outcome_of(content, &here);
        let Step::Ask(question) = here.step else {
            self.count.paths += weight;
            self.count.visited += 1;
            return visit(Node::Leaf {
                walk: &here,
                outcome,
            });
        };
        visit(Node::Asking {
            walk: &here,
            outcome,
        });
        let classes = self.classes;
        let mut below = Vec::new();
        for (choice, stands_for) in &classes[question.id] {
            self.answers.set(question.id, choice.clone());
            let rank = self.descend(weight * stands_for, visit, at_question);
            below.push((choice.clone(), rank));
        }
        self.answers.remove(question.id);
        at_question(&here, &below);
        below.iter().map(|(_, r)| *r).max().unwrap_or(0)
    }
}
