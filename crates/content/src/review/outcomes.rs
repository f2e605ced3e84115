//! Every distinct outcome the content can give, how many answer paths lead to
//! each and the shortest patient who gets it: the review sheet's clinical
//! part, worked out over every answer path (build-time only).
//!
//! An outcome is what decides the patient's care: the care level, the red
//! flag that stopped the questions (if any), the rules that hold (each shows
//! its reason) and the plan sections shown. The reasons that answers add
//! ("because sitting brings on the pain") vary with every combination of
//! answers, so they are not part of an outcome's identity: each outcome lists
//! every answer reason it can show with how many of its paths show it. A red
//! flag's card shows the flag's own words instead of reasons.
//!
//! The walk is the one of [`crate::paths`]: depth first, each question
//! explored once per *place* (the question, the sections brought before it,
//! the earlier answers a condition names), the tally below a place reused
//! when it is met again. Options that change nothing, not even a reason, are
//! visited once for all of them and counted exactly.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use guide_core::engine::{outcome_of, walk, Answers, Step};
use guide_core::model::{AnswerOption, Content, Question};

use super::example::{Example, Patient};
use crate::paths::{answer_classes_where, inert, named_answers, place, Place};

/// One distinct outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The care level's id.
    pub care: &'static str,
    /// The red flag whose card is shown, if one stopped the questions.
    pub red_flag: Option<&'static str>,
    /// The rules that hold, in content order (their reasons are shown).
    pub rules: Vec<&'static str>,
    /// The plan sections shown, in content order (none after a red flag).
    pub sections: Vec<&'static str>,
    /// How many answer paths lead here.
    pub paths: u64,
    /// Each answer reason shown on some of these paths, in the order first
    /// met, with how many of the paths show it (none after a red flag).
    pub reasons: Vec<(&'static str, u64)>,
    /// The shortest patient who gets this outcome.
    pub example: Patient,
}

/// Every outcome, the most urgent care level first; within a level, red
/// flag cards in content order, then plans by how many paths lead to them.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcomes {
    /// Every answer path there is (the exhaustive test's count).
    pub paths: u64,
    pub outcomes: Vec<Outcome>,
}

impl Outcomes {
    /// The outcomes with the care level `care`.
    pub fn at(&self, care: &str) -> impl Iterator<Item = &Outcome> + '_ {
        let care = care.to_owned();
        self.outcomes.iter().filter(move |o| o.care == care)
    }
}

/// What identifies an outcome, by position in the content: the care level,
/// the red flag, and the rules that hold and the sections shown as sets.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    care: usize,
    red_flag: Option<usize>,
    rules: Set,
    sections: Set,
}

/// A set of positions (rules or sections), one bit each.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
struct Set(Vec<u64>);

impl Set {
    fn of(positions: impl Iterator<Item = usize>) -> Self {
        let mut set = Set::default();
        for at in positions {
            if set.0.len() <= at / 64 {
                set.0.resize(at / 64 + 1, 0);
            }
            set.0[at / 64] |= 1 << (at % 64);
        }
        set
    }

    fn contains(&self, at: usize) -> bool {
        self.0
            .get(at / 64)
            .is_some_and(|word| word & (1 << (at % 64)) != 0)
    }
}

/// The paths below a node that lead to one outcome.
#[derive(Debug, Clone)]
struct Tally {
    paths: u64,
    /// Answer reasons on these paths below the node, with the paths showing each.
    reasons: Vec<(&'static str, u64)>,
    /// The shortest answers from the node down.
    example: Example,
}

/// The tallies below a node, by outcome, in the order found.
type Below = Vec<(Key, Tally)>;

/// Every distinct outcome of `content`, over every answer path.
pub fn outcomes(content: &Content) -> Outcomes {
    let named = named_answers(content);
    let classes = content
        .questions
        .iter()
        .map(|q| (q.id, classes(content, q)))
        .collect();
    let mut tree = Tree {
        content,
        classes,
        named,
        answers: Answers::new(),
        explored: HashMap::new(),
    };
    let below = tree.descend();
    let rank = |care: &str| content.care(care).map_or(0, |(rank, _)| rank);
    let flag_order = |flag: Option<&str>| {
        flag.map_or(usize::MAX, |id| {
            content
                .red_flags
                .iter()
                .position(|f| f.id == id)
                .unwrap_or(usize::MAX - 1)
        })
    };
    let mut outcomes: Vec<Outcome> = below
        .iter()
        .map(|(key, tally)| Outcome {
            care: content.care_levels[key.care].id,
            red_flag: key.red_flag.map(|at| content.red_flags[at].id),
            rules: (content.rules.iter().enumerate())
                .filter(|(at, _)| key.rules.contains(*at))
                .map(|(_, r)| r.id)
                .collect(),
            sections: (content.sections.iter().enumerate())
                .filter(|(at, _)| key.sections.contains(*at))
                .map(|(_, s)| s.id)
                .collect(),
            paths: tally.paths,
            reasons: tally.reasons.clone(),
            example: tally.example.patient(),
        })
        .collect();
    // A stable sort: plans with as many paths keep the order found.
    outcomes.sort_by(|a, b| {
        rank(b.care)
            .cmp(&rank(a.care))
            .then(flag_order(a.red_flag).cmp(&flag_order(b.red_flag)))
            .then(b.paths.cmp(&a.paths))
    });
    Outcomes {
        paths: outcomes.iter().map(|o| o.paths).sum(),
        outcomes,
    }
}

/// The answers to visit for `question`: an option is left to stand for
/// others only when it changes nothing at all, reason included.
fn classes(content: &Content, question: &'static Question) -> Vec<(Vec<&'static str>, u64)> {
    answer_classes_where(question, |o| {
        inert(content, question, o) && o.reason.is_none()
    })
    .into_iter()
    .map(|(choice, weight)| (options(question, &choice), weight))
    .collect()
}

/// The options of `question` named by `ids`, as the content's own strings.
fn options(question: &'static Question, ids: &[String]) -> Vec<&'static str> {
    ids.iter()
        .filter_map(|id| question.option(id).map(|o: &AnswerOption| o.id))
        .collect()
}

struct Tree<'c> {
    content: &'c Content,
    classes: HashMap<&'static str, Vec<(Vec<&'static str>, u64)>>,
    named: HashSet<(&'static str, &'static str)>,
    answers: Answers,
    explored: HashMap<Place, Rc<Below>>,
}

impl Tree<'_> {
    /// The tallies below the node the answers lead to.
    fn descend(&mut self) -> Rc<Below> {
        let content = self.content;
        let here = walk(content, &self.answers);
        let Step::Ask(question) = here.step else {
            let outcome = outcome_of(content, &here)
                .expect("`outcome_of` gives an outcome at the end of a walk");
            let key = Key {
                care: (content.care_levels.iter())
                    .position(|c| c.id == outcome.care.id)
                    .expect("a validated care level"),
                red_flag: outcome.red_flag.map(|flag| {
                    (content.red_flags.iter())
                        .position(|f| f.id == flag.id)
                        .expect("a validated red flag")
                }),
                rules: Set::of(
                    (content.rules.iter().enumerate())
                        .filter(|(_, r)| here.holds(&r.when))
                        .map(|(at, _)| at),
                ),
                sections: Set::of(
                    (content.sections.iter().enumerate())
                        .filter(|(_, s)| outcome.sections.iter().any(|shown| shown.id == s.id))
                        .map(|(at, _)| at),
                ),
            };
            let tally = Tally {
                paths: 1,
                reasons: Vec::new(),
                example: Example::end(),
            };
            return Rc::new(vec![(key, tally)]);
        };
        let place = place(&here, question.id, &self.named);
        if let Some(known) = self.explored.get(&place) {
            return Rc::clone(known);
        }
        let mut here_below: Below = Vec::new();
        let mut index: HashMap<Key, usize> = HashMap::new();
        for (choice, weight) in self.classes[question.id].clone() {
            self.answers.set(
                question.id,
                choice.iter().map(|c| (*c).to_owned()).collect(),
            );
            let below = self.descend();
            let reasons: Vec<&'static str> = choice
                .iter()
                .filter_map(|id| question.option(id).and_then(|o| o.reason))
                .collect();
            for (key, tally) in below.iter() {
                let paths = tally.paths * weight;
                let mut shown: Vec<(&'static str, u64)> = Vec::new();
                if key.red_flag.is_none() {
                    shown.extend(reasons.iter().map(|r| (*r, paths)));
                }
                shown.extend(tally.reasons.iter().map(|(r, n)| (*r, n * weight)));
                let example = tally.example.after(question.id, choice.clone());
                match index.get(key) {
                    Some(&at) => {
                        let kept = &mut here_below[at].1;
                        kept.paths += paths;
                        add(&mut kept.reasons, &shown);
                        if example.shorter_than(&kept.example) {
                            kept.example = example;
                        }
                    }
                    None => {
                        index.insert(key.clone(), here_below.len());
                        let mut reasons = Vec::new();
                        add(&mut reasons, &shown);
                        here_below.push((
                            key.clone(),
                            Tally {
                                paths,
                                reasons,
                                example,
                            },
                        ));
                    }
                }
            }
        }
        self.answers.remove(question.id);
        let here_below = Rc::new(here_below);
        self.explored.insert(place, Rc::clone(&here_below));
        here_below
    }
}

/// Adds each reason's count to `into`, a reason met for the first time at the end.
fn add(into: &mut Vec<(&'static str, u64)>, counts: &[(&'static str, u64)]) {
    for (reason, n) in counts {
        match into.iter_mut().find(|(r, _)| r == reason) {
            Some((_, total)) => *total += n,
            None => into.push((reason, *n)),
        }
    }
}
