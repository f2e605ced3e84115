//! Every answer path the content allows, for the exhaustive safety checks
//! (`tests/paths.rs`); build-time only, never in the app.
//!
//! A path is a sequence of answers from the first question to an outcome:
//! single questions take each option, multi questions each non-empty set of
//! options that respects "None of these". The walk is depth first, so one set
//! of answers is changed in place rather than copied for every path, and each
//! question's answers are worked out once. Every node is walked by the real
//! [`guide_core::engine`], so the checks test what the app runs.
//!
//! The checks read the walk's shape, the care level, the red flag and the
//! plan sections, never the wording of the reasons ("because …"). Two
//! shortcuts rest on that, and each is exact for what the checks read:
//!
//! - Options that cannot change any of these (no red flag, branch or plan
//!   section, and named by no rule or section condition) are *inert*: every
//!   path through one of them has the same shape and outcome as through
//!   another. They are visited once, standing for all of them, and the paths
//!   they stand for are counted exactly.
//! - Below a question, everything the checks read depends only on that
//!   question, the plan sections already brought and the answers already
//!   given that a rule or section condition names (earlier answers hold no
//!   red flag, or the walk would have stopped; and the question graph has no
//!   cycles, so nothing below can meet an earlier question again). So each
//!   question is explored once per such *place*; meeting the same place
//!   again, the paths below are counted from the first time, not walked
//!   again.

use std::collections::{HashMap, HashSet};

use guide_core::engine::{outcome_of, walk, Answers, Outcome, Step, Walk};
use guide_core::model::{Content, Kind, Question};

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

/// Whether choosing `option` of `question` can make no difference to what
/// the exhaustive checks read (its reason aside).
pub fn inert(
    content: &Content,
    question: &Question,
    option: &guide_core::model::AnswerOption,
) -> bool {
    option.red_flag.is_none()
        && option.next.is_none()
        && !option.exclusive
        && !significant(content, question, option)
}

/// Whether `option` of `question`, once chosen, can change the care or the
/// plan later on: it brings a plan section, or a rule or section condition
/// names it.
fn significant(
    content: &Content,
    question: &Question,
    option: &guide_core::model::AnswerOption,
) -> bool {
    !option.brings.is_empty() || named(content, question, option)
}

/// Whether a rule or section condition names `option` of `question`.
pub fn named(
    content: &Content,
    question: &Question,
    option: &guide_core::model::AnswerOption,
) -> bool {
    let named = |c: &guide_core::model::Condition| {
        c.all
            .iter()
            .chain(c.any)
            .chain(c.none)
            .any(|a| a.question == question.id && a.choice == option.id)
    };
    content.rules.iter().any(|r| named(&r.when))
        || content
            .sections
            .iter()
            .filter_map(|s| s.when.as_ref())
            .any(named)
}

/// The answers to visit for `question`, each with how many real answers it
/// stands for: every answer that can make a difference once, and one
/// representative for each set of answers that only differs in inert options.
pub fn answer_classes(content: &Content, question: &Question) -> Vec<(Vec<String>, u64)> {
    answer_classes_where(question, |o| inert(content, question, o))
}

/// [`answer_classes`] with the caller's own test of which options are inert
/// (the review sheet, which also reads the reasons, keeps fewer). An inert
/// option must not be exclusive.
pub fn answer_classes_where(
    question: &Question,
    is_inert: impl Fn(&guide_core::model::AnswerOption) -> bool,
) -> Vec<(Vec<String>, u64)> {
    let (inert, active): (Vec<_>, Vec<_>) = question
        .options
        .iter()
        .partition(|o| !o.exclusive && is_inert(o));
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
/// highest number below it. Neither may depend on the outcome's reasons:
/// paths that differ only in those are visited once (see the module doc).
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
    let named = named_answers(content);
    let mut tree = Tree {
        content,
        classes: &classes,
        named: &named,
        answers: Answers::new(),
        explored: HashMap::new(),
        visited: 0,
    };
    let (paths, _) = tree.descend(&mut visit, &mut at_question);
    Count {
        paths,
        visited: tree.visited,
    }
}

/// A question waiting, with the plan sections brought before it (sorted) and
/// the answers before it that a condition names (in path order): all that
/// the checks below it can read.
pub(crate) type Place = (
    &'static str,
    Vec<&'static str>,
    Vec<(&'static str, &'static str)>,
);

/// Every answer, as (question, option), that a rule or section condition names.
pub(crate) fn named_answers(content: &Content) -> HashSet<(&'static str, &'static str)> {
    content
        .questions
        .iter()
        .flat_map(|q| q.options.iter().map(move |o| (q, o)))
        .filter(|(q, o)| named(content, q, o))
        .map(|(q, o)| (q.id, o.id))
        .collect()
}

/// The place of `question`, waiting at the end of `walk`'s path.
pub(crate) fn place(walk: &Walk, question: &'static str, named: &HashSet<(&str, &str)>) -> Place {
    let chosen = || {
        walk.path
            .iter()
            .flat_map(|a| a.choices.iter().map(move |c| (a.question.id, *c)))
    };
    let mut brought: Vec<&'static str> = chosen()
        .flat_map(|(_, c)| c.brings.iter().copied())
        .collect();
    brought.sort_unstable();
    brought.dedup();
    let answers = chosen()
        .map(|(q, c)| (q, c.id))
        .filter(|answer| named.contains(answer))
        .collect();
    (question, brought, answers)
}

/// The depth-first walk over the tree of answers.
struct Tree<'c> {
    content: &'c Content,
    /// The answer classes of each question, made once.
    classes: &'c HashMap<&'c str, Vec<(Vec<String>, u64)>>,
    /// The options a rule or section condition names, by question.
    named: &'c HashSet<(&'c str, &'c str)>,
    /// The answers on the way down to the node being visited.
    answers: Answers,
    /// Each place explored so far: the paths below it and the highest number
    /// the visitor returned for them.
    explored: HashMap<Place, (u64, usize)>,
    visited: u64,
}

impl Tree<'_> {
    /// Explores the node the answers lead to; returns how many paths go
    /// through it and the highest number `visit` returned below it.
    fn descend(
        &mut self,
        visit: &mut impl FnMut(Node) -> usize,
        at_question: &mut impl FnMut(&Walk, &[(Vec<String>, usize)]),
    ) -> (u64, usize) {
        let content = self.content;
        let here = walk(content, &self.answers);
        let Step::Ask(question) = here.step else {
            self.visited += 1;
            let outcome = outcome_of(content, &here);
            return (
                1,
                visit(Node::Leaf {
                    walk: &here,
                    outcome,
                }),
            );
        };
        let place = place(&here, question.id, self.named);
        if let Some(&known) = self.explored.get(&place) {
            return known;
        }
        visit(Node::Asking {
            walk: &here,
            outcome: outcome_of(content, &here),
        });
        let classes = self.classes;
        let mut below = Vec::new();
        let mut paths = 0;
        for (choice, stands_for) in &classes[question.id] {
            self.answers.set(question.id, choice.clone());
            let (under, rank) = self.descend(visit, at_question);
            paths += stands_for * under;
            below.push((choice.clone(), rank));
        }
        self.answers.remove(question.id);
        at_question(&here, &below);
        let result = (paths, below.iter().map(|(_, r)| *r).max().unwrap_or(0));
        self.explored.insert(place, result);
        result
    }
}
