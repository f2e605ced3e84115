//! What an edit changes for which patients: the current content against an
//! earlier one, over every answer path, in classes a clinician can read
//! ("patients who answered X and Y: book → urgent").
//!
//! Both versions walk the same answers side by side. Where either asks a
//! question not yet answered, every answer to it is tried (the current
//! version's question when it has one); a path ends when both have a result.
//! An answer only the current version offers leaves the earlier one without
//! a result ("not offered"); answers only the earlier version offered are
//! listed apart ([`Changes::gone`]).
//!
//! On each path the two results are compared: the care level, the red flag
//! card, the plan sections and the reasons shown (a red flag card shows no
//! reasons or plan). A path is described by its answers to what the edit
//! touched (the *causes*: options whose red flag, branch or sections changed,
//! new options and questions, and the answers named by a changed rule or
//! section condition, with every option of a single question so that "No"
//! is said too). Paths with the same change and the same causes form a
//! class; a question whose every answer gives the same change is dropped
//! from the description.
//!
//! The walk is explored once per place, as in [`crate::paths`]: the place
//! holds each version's step, the sections brought, the named answers and
//! the answers one version has not reached yet; reasons are added where each
//! version passes an answer, so the tally below a place never depends on how
//! it was reached.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::rc::Rc;

use guide_core::engine::{outcome_of, walk, Answers, Step, Walk};
use guide_core::model::{Condition, Content, Kind, Question};

use super::example::{Example, Patient};
use crate::paths::{answer_classes_where, inert, named};

/// What one version gives on a path.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Level {
    /// The plan, at this care level.
    Plan { care: &'static str },
    /// A red flag's card, at this care level.
    Card {
        care: &'static str,
        flag: &'static str,
    },
    /// This version does not offer an answer given to this question.
    NotOffered { question: &'static str },
}

impl Level {
    pub fn care(&self) -> Option<&'static str> {
        match self {
            Level::Plan { care } | Level::Card { care, .. } => Some(care),
            Level::NotOffered { .. } => None,
        }
    }
}

/// How a path's result changed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Change {
    pub before: Level,
    pub after: Level,
    pub sections_added: Vec<&'static str>,
    pub sections_removed: Vec<&'static str>,
    /// The reasons shown differ (see [`Class::reasons`]).
    pub reasons_changed: bool,
}

/// A path's answer to a question the edit touched: the options it chose
/// that are causes (for a multi question, those it did not tick are the
/// question's other causes).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Cause {
    pub question: &'static str,
    pub chosen: Vec<&'static str>,
}

/// Paths with the same change, described by their causes.
#[derive(Debug, Clone, PartialEq)]
pub struct Class {
    pub change: Change,
    /// In the order the current version asks the questions; empty when the
    /// change does not depend on what the edit touched.
    pub causes: Vec<Cause>,
    pub paths: u64,
    /// Each reason now shown (`true`) or no longer shown, with how many of
    /// these paths it concerns. A reason that moves (from an answer to a
    /// rule, say) is counted both ways: it now shows elsewhere in the list.
    pub reasons: Vec<(&'static str, bool, u64)>,
    /// The shortest of these patients.
    pub example: Patient,
    /// The care level went down: a clinician signs this off.
    pub care_down: bool,
}

/// The comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Changes {
    /// Every answer path of the two versions walked side by side.
    pub paths: u64,
    /// Those whose result changed.
    pub changed: u64,
    /// Care down first, then care up, then the rest; most paths first.
    pub classes: Vec<Class>,
    /// For each question of a multi kind among the causes: its options
    /// that are causes (what "did not tick" is read against).
    pub multi_causes: Vec<(&'static str, Vec<&'static str>)>,
    /// Answers the earlier version offered that the current one does not.
    pub gone: Vec<(&'static str, &'static str)>,
}

/// Compares every answer path of `current` with `earlier`.
pub fn changes(current: &Content, earlier: &Content) -> Result<Changes, TooLarge> {
    let causes = causes(current, earlier);
    let versions = [Version::new(current), Version::new(earlier)];
    let classes: HashMap<&'static str, Vec<(Vec<&'static str>, u64)>> = current
        .questions
        .iter()
        .chain(earlier.questions.iter())
        .map(|q| {
            (
                q.id,
                (q, versions[0].question(q.id), versions[1].question(q.id)),
            )
        })
        .map(|(id, (q, now, before))| {
            let asked = now.unwrap_or(q);
            let list = answer_classes_where(asked, |o| {
                !causes.contains(&(asked.id, o.id))
                    && [(now, current), (before, earlier)]
                        .iter()
                        .all(|(question, content)| match question {
                            None => true,
                            Some(question) => {
                                question.kind == asked.kind
                                    && question.option(o.id).is_some_and(|own| {
                                        own.reason.is_none() && inert(content, question, own)
                                    })
                            }
                        })
            })
            .into_iter()
            .map(|(choice, weight)| {
                let ids = choice
                    .iter()
                    .filter_map(|id| asked.option(id).map(|o| o.id))
                    .collect();
                (ids, weight)
            })
            .collect();
            (id, list)
        })
        .collect();
    let mut tree = Tree {
        versions: &versions,
        classes,
        causes: &causes,
        answers: Answers::new(),
        pending: [Vec::new(), Vec::new()],
        explored: HashMap::new(),
        results: Vec::new(),
        result_index: HashMap::new(),
        kept: 0,
    };
    let below = tree.descend();
    if tree.kept > GROUP_BUDGET {
        return Err(TooLarge { groups: tree.kept });
    }
    let rank = |care: &str| {
        current
            .care(care)
            .or_else(|| earlier.care(care))
            .map_or(0, |(rank, _)| rank)
    };
    let mut by_change: HashMap<Change, Vec<Group>> = HashMap::new();
    let mut order: Vec<Change> = Vec::new();
    let (mut paths, mut changed) = (0, 0);
    for (key, tally) in below.iter() {
        paths += tally.paths;
        let Some(change) = key.change(&tree.results) else {
            continue;
        };
        changed += tally.paths;
        let entries = by_change.entry(change.clone()).or_insert_with(|| {
            order.push(change);
            Vec::new()
        });
        entries.push(Group {
            causes: key.causes.clone(),
            paths: tally.paths,
            reasons: tally.reasons.clone(),
            example: tally.example.clone(),
        });
    }
    let multi_causes: Vec<(&'static str, Vec<&'static str>)> = current
        .questions
        .iter()
        .chain(earlier.questions.iter())
        .filter(|q| q.kind == Kind::Multi)
        .map(|q| {
            let ids: Vec<_> = q
                .options
                .iter()
                .filter(|o| causes.contains(&(q.id, o.id)))
                .map(|o| o.id)
                .collect();
            (q.id, ids)
        })
        .filter(|(_, ids)| !ids.is_empty())
        .fold(Vec::new(), |mut all, (id, ids)| {
            if !all.iter().any(|(other, _)| *other == id) {
                all.push((id, ids));
            }
            all
        });
    let asked_order = |question: &str| {
        current
            .questions
            .iter()
            .chain(earlier.questions.iter())
            .position(|q| q.id == question)
            .unwrap_or(usize::MAX)
    };
    let mut classes: Vec<Class> = Vec::new();
    for change in order {
        let entries = by_change.remove(&change).expect("listed");
        for mut group in merge(entries, &versions, &causes) {
            group.causes.sort_by_key(|c| asked_order(c.question));
            let care_down = match (change.before.care(), change.after.care()) {
                (Some(before), Some(after)) => rank(after) < rank(before),
                _ => false,
            };
            classes.push(Class {
                change: change.clone(),
                causes: group.causes,
                paths: group.paths,
                reasons: group.reasons,
                example: group.example.patient(),
                care_down,
            });
        }
    }
    let weight = |class: &Class| {
        let up = match (class.change.before.care(), class.change.after.care()) {
            (Some(before), Some(after)) => rank(after) > rank(before),
            _ => false,
        };
        let care_changed = class.change.before.care() != class.change.after.care()
            || class.change.before != class.change.after;
        if class.care_down {
            0
        } else if up {
            1
        } else if care_changed {
            2
        } else if !class.change.sections_added.is_empty()
            || !class.change.sections_removed.is_empty()
        {
            3
        } else {
            4
        }
    };
    classes.sort_by(|a, b| weight(a).cmp(&weight(b)).then(b.paths.cmp(&a.paths)));
    let gone = earlier
        .questions
        .iter()
        .flat_map(|q| q.options.iter().map(move |o| (q, o)))
        .filter(|(q, o)| {
            current
                .question(q.id)
                .is_none_or(|now| now.option(o.id).is_none())
        })
        .map(|(q, o)| (q.id, o.id))
        .collect();
    Ok(Changes {
        paths,
        changed,
        classes,
        multi_causes,
        gone,
    })
}

/// Every answer the edit touched, as `(question, option)`; see the module doc.
pub fn causes(current: &Content, earlier: &Content) -> HashSet<(&'static str, &'static str)> {
    let mut out = HashSet::new();
    let flag_care = |content: &Content, flag: Option<&str>| {
        flag.and_then(|id| content.red_flag(id)).map(|f| f.care)
    };
    let ids: BTreeSet<&'static str> = current
        .questions
        .iter()
        .chain(earlier.questions.iter())
        .map(|q| q.id)
        .collect();
    for id in ids {
        match (current.question(id), earlier.question(id)) {
            (Some(now), Some(before)) if now.kind == before.kind => {
                let options: BTreeSet<&'static str> = (now.options.iter())
                    .chain(before.options.iter())
                    .map(|o| o.id)
                    .collect();
                for option in options {
                    let differs = match (now.option(option), before.option(option)) {
                        (Some(a), Some(b)) => {
                            a.red_flag != b.red_flag
                                || flag_care(current, a.red_flag) != flag_care(earlier, b.red_flag)
                                || a.next != b.next
                                || a.brings != b.brings
                                || a.exclusive != b.exclusive
                        }
                        (Some(a), None) => !inert(current, now, a),
                        (None, Some(b)) => !inert(earlier, before, b),
                        (None, None) => false,
                    };
                    if differs {
                        out.insert((id, option));
                    }
                }
            }
            (now, before) => {
                for (q, content) in [(now, current), (before, earlier)] {
                    if let Some(q) = q {
                        let significant = q.options.iter().filter(|o| !inert(content, q, o));
                        out.extend(significant.map(|o| (id, o.id)));
                    }
                }
            }
        }
    }
    let answers_of = |when: &Condition| -> Vec<(&'static str, &'static str)> {
        when.all
            .iter()
            .chain(when.any)
            .chain(when.none)
            .map(|a| (a.question, a.choice))
            .collect()
    };
    let rules: BTreeSet<&str> = (current.rules.iter())
        .chain(earlier.rules.iter())
        .map(|r| r.id)
        .collect();
    for id in rules {
        let now = current.rules.iter().find(|r| r.id == id);
        let before = earlier.rules.iter().find(|r| r.id == id);
        let same =
            matches!((now, before), (Some(a), Some(b)) if a.when == b.when && a.care == b.care);
        if !same {
            for rule in now.into_iter().chain(before) {
                out.extend(answers_of(&rule.when));
            }
        }
    }
    let sections: BTreeSet<&str> = (current.sections.iter())
        .chain(earlier.sections.iter())
        .map(|s| s.id)
        .collect();
    for id in sections {
        let now = current.sections.iter().find(|s| s.id == id);
        let before = earlier.sections.iter().find(|s| s.id == id);
        let same =
            matches!((now, before), (Some(a), Some(b)) if a.when == b.when && a.always == b.always);
        if !same {
            for section in now.into_iter().chain(before) {
                out.extend(section.when.as_ref().map(answers_of).unwrap_or_default());
            }
        }
    }
    // Every option of a single question with a cause, so "No" is said too.
    let singles: Vec<&'static Question> = (current.questions.iter())
        .chain(earlier.questions.iter())
        .filter(|q| q.kind == Kind::Single && q.options.iter().any(|o| out.contains(&(q.id, o.id))))
        .collect();
    for q in singles {
        out.extend(q.options.iter().map(|o| (q.id, o.id)));
    }
    out
}

/// One version of the content, with what the walk reads from it made once.
struct Version<'c> {
    content: &'c Content,
    /// The options a rule or section condition names, by question.
    named: HashMap<&'static str, Vec<&'static str>>,
}

impl<'c> Version<'c> {
    fn new(content: &'c Content) -> Self {
        let mut by_question: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
        for q in content.questions {
            for o in q.options.iter().filter(|o| named(content, q, o)) {
                by_question.entry(q.id).or_default().push(o.id);
            }
        }
        Version {
            content,
            named: by_question,
        }
    }

    /// The answer `question.option` as the content's own strings, if a
    /// condition of this version names it.
    fn named(&self, question: &str, option: &str) -> Option<(&'static str, &'static str)> {
        let (q, options) = self.named.get_key_value(question)?;
        options.iter().find(|o| **o == option).map(|o| (*q, *o))
    }

    fn question(&self, id: &str) -> Option<&'static Question> {
        self.content.question(id)
    }

    /// The reasons of the options `choices` of `question` in this version.
    fn reasons(&self, question: &str, choices: &[String]) -> Vec<&'static str> {
        let Some(q) = self.question(question) else {
            return Vec::new();
        };
        choices
            .iter()
            .filter_map(|id| q.option(id).and_then(|o| o.reason))
            .collect()
    }
}

/// Where one version is on a path.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Side {
    /// Waiting for an answer to this question.
    Asks(&'static str),
    /// Done, with this result.
    Done(Seen),
}

/// A version's result on a path, with what decides its reasons.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Seen {
    Plan {
        care: &'static str,
        sections: Vec<&'static str>,
        rule_reasons: Vec<&'static str>,
    },
    Card {
        care: &'static str,
        flag: &'static str,
    },
    NotOffered {
        question: &'static str,
    },
}

impl Seen {
    fn level(&self) -> Level {
        match self {
            Seen::Plan { care, .. } => Level::Plan { care },
            Seen::Card { care, flag } => Level::Card { care, flag },
            Seen::NotOffered { question } => Level::NotOffered { question },
        }
    }
}

fn side(content: &Content, answers: &Answers, here: &Walk) -> Side {
    match here.step {
        Step::Ask(q) if answers.get(q.id).is_some() => {
            Side::Done(Seen::NotOffered { question: q.id })
        }
        Step::Ask(q) => Side::Asks(q.id),
        _ => {
            let outcome = outcome_of(content, here)
                .expect("`outcome_of` gives an outcome at the end of a walk");
            Side::Done(match outcome.red_flag {
                Some(flag) => Seen::Card {
                    care: outcome.care.id,
                    flag: flag.id,
                },
                None => Seen::Plan {
                    care: outcome.care.id,
                    sections: outcome.sections.iter().map(|s| s.id).collect(),
                    rule_reasons: content
                        .rules
                        .iter()
                        .filter(|r| here.holds(&r.when))
                        .map(|r| r.reason)
                        .collect(),
                },
            })
        }
    }
}

/// What identifies a group of paths below a node.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    /// Each version's result, by its place in [`Tree::results`].
    now: u32,
    before: u32,
    /// Whether both show a plan (only then are reasons compared).
    both_plans: bool,
    /// Whether the reasons shown differ on the answers from the node down.
    reasons_changed: bool,
    /// The causes answered from the node down, in the order answered.
    causes: Vec<Cause>,
}

impl Key {
    /// The change, if the two results differ.
    fn change(&self, results: &[Seen]) -> Option<Change> {
        let (now, before) = (&results[self.now as usize], &results[self.before as usize]);
        let (mut sections_added, mut sections_removed) = (Vec::new(), Vec::new());
        if let (
            Seen::Plan { sections: now, .. },
            Seen::Plan {
                sections: before, ..
            },
        ) = (now, before)
        {
            sections_added = now
                .iter()
                .filter(|s| !before.contains(s))
                .copied()
                .collect();
            sections_removed = before
                .iter()
                .filter(|s| !now.contains(s))
                .copied()
                .collect();
        }
        let change = Change {
            before: before.level(),
            after: now.level(),
            sections_added,
            sections_removed,
            reasons_changed: self.both_plans && self.reasons_changed,
        };
        let same = change.before == change.after
            && change.sections_added.is_empty()
            && change.sections_removed.is_empty()
            && !change.reasons_changed;
        (!same).then_some(change)
    }
}

/// Reasons one version shows and the other does not at one answer or at
/// the end of a path: `(reason, true)` added now, `(reason, false)` gone.
fn reason_difference(now: &[&'static str], before: &[&'static str]) -> Vec<(&'static str, bool)> {
    let mut left: Vec<&'static str> = before.to_vec();
    let mut out = Vec::new();
    for reason in now {
        match left.iter().position(|r| r == reason) {
            Some(at) => {
                left.remove(at);
            }
            None => out.push((*reason, true)),
        }
    }
    out.extend(left.into_iter().map(|r| (r, false)));
    out
}

#[derive(Debug, Clone)]
struct Tally {
    paths: u64,
    /// Each reason added (`true`) or gone, with the paths where it is.
    reasons: Vec<(&'static str, bool, u64)>,
    example: Example,
}

impl Tally {
    /// Counts `difference` on every path of this group, if both versions
    /// show a plan; returns whether anything differs.
    fn differ(&mut self, key: &mut Key, difference: &[(&'static str, bool)]) {
        if !key.both_plans || difference.is_empty() {
            return;
        }
        key.reasons_changed = true;
        let counts: Vec<_> = difference
            .iter()
            .map(|(r, a)| (*r, *a, self.paths))
            .collect();
        add_reasons(&mut self.reasons, &counts);
    }
}

/// Adds each reason's count to `into`.
fn add_reasons(into: &mut Vec<(&'static str, bool, u64)>, counts: &[(&'static str, bool, u64)]) {
    for (reason, added, n) in counts {
        match into.iter_mut().find(|(r, a, _)| r == reason && a == added) {
            Some((_, _, total)) => *total += n,
            None => into.push((reason, *added, *n)),
        }
    }
}

type Below = Vec<(Key, Tally)>;

/// Both versions' steps, the sections each brought, the answers a condition
/// of either names, and the answers each has still to reach.
type Place = (
    [Side; 2],
    [Vec<&'static str>; 2],
    Vec<(&'static str, &'static str)>,
    [Vec<(&'static str, Vec<String>)>; 2],
);

struct Tree<'v, 'c> {
    versions: &'v [Version<'c>; 2],
    classes: HashMap<&'static str, Vec<(Vec<&'static str>, u64)>>,
    causes: &'v HashSet<(&'static str, &'static str)>,
    answers: Answers,
    /// For each version, the questions answered while it waited on another
    /// one and has not reached yet.
    pending: [Vec<&'static str>; 2],
    explored: HashMap<Place, Rc<Below>>,
    /// Every result met, each once.
    results: Vec<Seen>,
    result_index: HashMap<Seen, u32>,
    /// Groups kept so far, against [`GROUP_BUDGET`].
    kept: usize,
}

/// How many groups the walk may keep before it gives up: a comparison that
/// needs more is too big to read and to fit in memory (say 2 GB).
pub const GROUP_BUDGET: usize = 4_000_000;

/// The comparison would need more than [`GROUP_BUDGET`] groups: the edit
/// changes too much at once to be read path by path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooLarge {
    pub groups: usize,
}

impl Tree<'_, '_> {
    /// The place of `seen` in [`Tree::results`].
    fn result(&mut self, seen: &Seen) -> u32 {
        if let Some(&at) = self.result_index.get(seen) {
            return at;
        }
        let at = self.results.len() as u32;
        self.results.push(seen.clone());
        self.result_index.insert(seen.clone(), at);
        at
    }

    fn descend(&mut self) -> Rc<Below> {
        let walks = [0, 1].map(|v| walk(self.versions[v].content, &self.answers));
        let sides = [0, 1].map(|v| side(self.versions[v].content, &self.answers, &walks[v]));
        // Answers each version reaches here, after the other version asked them.
        let mut passed: [Vec<&'static str>; 2] = [Vec::new(), Vec::new()];
        for v in 0..2 {
            let reached = |q: &&'static str| walks[v].path.iter().any(|a| a.question.id == *q);
            passed[v] = self.pending[v].iter().copied().filter(reached).collect();
            self.pending[v].retain(|q| !reached(q));
        }
        let below = self.explore(&walks, sides);
        for (pending, passed) in self.pending.iter_mut().zip(&passed) {
            pending.extend(passed.iter().copied());
        }
        if passed.iter().all(Vec::is_empty) {
            return below;
        }
        // Both versions have now passed these answers: compare their reasons.
        let mut below = (*below).clone();
        for q in passed.iter().flatten() {
            let difference = self.difference_at(q);
            for (key, tally) in &mut below {
                tally.differ(key, &difference);
            }
        }
        Rc::new(merge_below(below))
    }

    /// The groups below a node whose answers each version has reached as far
    /// as it can; memoised by place.
    fn explore(&mut self, walks: &[Walk; 2], sides: [Side; 2]) -> Rc<Below> {
        let asked = match &sides {
            [Side::Asks(q), _] => Some((0, *q)),
            [_, Side::Asks(q)] => Some((1, *q)),
            _ => None,
        };
        let Some((asker, question)) = asked else {
            let [Side::Done(now), Side::Done(before)] = sides else {
                unreachable!("neither version asks")
            };
            let both_plans = matches!((&now, &before), (Seen::Plan { .. }, Seen::Plan { .. }));
            let mut key = Key {
                now: self.result(&now),
                before: self.result(&before),
                both_plans,
                reasons_changed: false,
                causes: Vec::new(),
            };
            let mut tally = Tally {
                paths: 1,
                reasons: Vec::new(),
                example: Example::end(),
            };
            if let (
                Seen::Plan {
                    rule_reasons: a, ..
                },
                Seen::Plan {
                    rule_reasons: b, ..
                },
            ) = (&now, &before)
            {
                tally.differ(&mut key, &reason_difference(a, b));
            }
            // Answers one version asked that the other never reached.
            for v in 0..2 {
                for q in self.pending[v].clone() {
                    let difference = self.one_sided(1 - v, q);
                    tally.differ(&mut key, &difference);
                }
            }
            return Rc::new(vec![(key, tally)]);
        };
        let place = self.place(walks, &sides);
        if let Some(known) = self.explored.get(&place) {
            return Rc::clone(known);
        }
        let done: Vec<usize> = (0..2)
            .filter(|&v| matches!(sides[v], Side::Done(_)))
            .collect();
        let waiting: Vec<usize> = (0..2)
            .filter(|&v| sides[v] == Side::Asks(question))
            .collect();
        let others: Vec<usize> = (0..2)
            .filter(|&v| matches!(sides[v], Side::Asks(q) if q != question))
            .collect();
        for &v in &others {
            self.pending[v].push(question);
        }
        let kind = self.versions[asker]
            .question(question)
            .map_or(Kind::Single, |q| q.kind);
        let mut here: Below = Vec::new();
        for (choice, weight) in self.classes[question].clone() {
            if self.kept > GROUP_BUDGET {
                break;
            }
            let ids: Vec<String> = choice.iter().map(|c| (*c).to_owned()).collect();
            self.answers.set(question, ids);
            let below = self.descend();
            let cause = {
                let chosen: Vec<&'static str> = choice
                    .iter()
                    .copied()
                    .filter(|c| self.causes.contains(&(question, *c)))
                    .collect();
                // Not ticking an option is said only of options without a
                // red flag: ticking one would have stopped the questions.
                let said_unticked = self
                    .versions
                    .iter()
                    .filter_map(|v| v.question(question))
                    .any(|q| {
                        q.options.iter().any(|o| {
                            o.red_flag.is_none() && self.causes.contains(&(question, o.id))
                        })
                    });
                let said = !chosen.is_empty() || (kind == Kind::Multi && said_unticked);
                said.then_some(Cause { question, chosen })
            };
            // Reasons known here: both versions ask this question, or one
            // does and the other has finished. Otherwise the other may reach
            // it later (see `descend`) or never (the leaf).
            let difference = match (waiting.len(), done.len()) {
                (2, _) => self.difference_at(question),
                (1, 1) => self.one_sided(waiting[0], question),
                _ => Vec::new(),
            };
            for (key, tally) in below.iter() {
                let mut key = key.clone();
                let mut tally = Tally {
                    paths: tally.paths * weight,
                    reasons: tally
                        .reasons
                        .iter()
                        .map(|(r, a, n)| (*r, *a, n * weight))
                        .collect(),
                    example: tally.example.after(question, choice.clone()),
                };
                tally.differ(&mut key, &difference);
                if let Some(cause) = &cause {
                    key.causes.insert(0, cause.clone());
                }
                here.push((key, tally));
            }
        }
        self.answers.remove(question);
        for &v in &others {
            self.pending[v].retain(|q| *q != question);
        }
        let here = Rc::new(merge_below(here));
        self.kept += here.len();
        self.explored.insert(place, Rc::clone(&here));
        here
    }

    /// The reasons of the answer given to `question`, as each version words
    /// them, compared.
    fn difference_at(&self, question: &str) -> Vec<(&'static str, bool)> {
        let choices = self.answers.get(question).unwrap_or_default();
        reason_difference(
            &self.versions[0].reasons(question, choices),
            &self.versions[1].reasons(question, choices),
        )
    }

    /// The reasons of the answer given to `question` that only version `v` shows.
    fn one_sided(&self, v: usize, question: &str) -> Vec<(&'static str, bool)> {
        let choices = self.answers.get(question).unwrap_or_default();
        let reasons = self.versions[v].reasons(question, choices);
        reasons.into_iter().map(|r| (r, v == 0)).collect()
    }

    fn place(&self, walks: &[Walk; 2], sides: &[Side; 2]) -> Place {
        let brought = [0, 1].map(|v| {
            let mut ids: Vec<&'static str> = walks[v]
                .path
                .iter()
                .flat_map(|a| a.choices.iter().flat_map(|c| c.brings.iter().copied()))
                .collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        });
        let named = self
            .answers
            .iter()
            .flat_map(|(q, choices)| choices.iter().map(move |c| (q, c.as_str())))
            .filter_map(|(q, c)| self.versions.iter().find_map(|v| v.named(q, c)))
            .collect();
        let pending = [0, 1].map(|v| {
            let mut answers: Vec<(&'static str, Vec<String>)> = self.pending[v]
                .iter()
                .map(|q| (*q, self.answers.get(q).unwrap_or_default().to_vec()))
                .collect();
            answers.sort();
            answers
        });
        (sides.clone(), brought, named, pending)
    }
}

/// Groups with the same key added together; the shortest example kept.
fn merge_below(groups: Below) -> Below {
    let mut out: Below = Vec::new();
    let mut index: HashMap<Key, usize> = HashMap::new();
    for (key, tally) in groups {
        match index.get(&key) {
            Some(&at) => {
                let kept = &mut out[at].1;
                kept.paths += tally.paths;
                add_reasons(&mut kept.reasons, &tally.reasons);
                if tally.example.shorter_than(&kept.example) {
                    kept.example = tally.example;
                }
            }
            None => {
                index.insert(key.clone(), out.len());
                out.push((key, tally));
            }
        }
    }
    out
}

/// Paths of one change with the same causes.
#[derive(Debug, Clone)]
struct Group {
    causes: Vec<Cause>,
    paths: u64,
    reasons: Vec<(&'static str, bool, u64)>,
    example: Example,
}

impl Group {
    /// Takes `other`'s paths in.
    fn absorb(&mut self, other: Group) {
        self.paths += other.paths;
        add_reasons(&mut self.reasons, &other.reasons);
        if other.example.shorter_than(&self.example) {
            self.example = other.example;
        }
    }
}

/// The groups of one change, each described by its causes, with every
/// question dropped from a description when the groups hold each answer to
/// it (so the description names only what makes the difference).
fn merge(
    mut groups: Vec<Group>,
    versions: &[Version; 2],
    causes: &HashSet<(&'static str, &'static str)>,
) -> Vec<Group> {
    for group in &mut groups {
        group.causes.sort();
    }
    groups = same_causes_together(groups);
    loop {
        let questions: BTreeSet<&'static str> = groups
            .iter()
            .flat_map(|g| g.causes.iter().map(|c| c.question))
            .collect();
        let mut merged = None;
        'questions: for question in questions {
            let answers = every_answer(question, versions, causes);
            if answers.is_empty() {
                continue;
            }
            let mut by_rest: Vec<(Vec<Cause>, Vec<usize>)> = Vec::new();
            for (at, group) in groups.iter().enumerate() {
                let rest: Vec<Cause> = (group.causes.iter())
                    .filter(|c| c.question != question)
                    .cloned()
                    .collect();
                match by_rest.iter_mut().find(|(r, _)| *r == rest) {
                    Some((_, members)) => members.push(at),
                    None => by_rest.push((rest, vec![at])),
                }
            }
            for (rest, members) in by_rest {
                let seen: BTreeSet<&Vec<&'static str>> = members
                    .iter()
                    .filter_map(|&at| groups[at].causes.iter().find(|c| c.question == question))
                    .map(|c| &c.chosen)
                    .collect();
                if answers.iter().all(|a| seen.contains(a)) {
                    merged = Some((rest, members));
                    break 'questions;
                }
            }
        }
        let Some((rest, members)) = merged else {
            return groups;
        };
        let mut kept = Vec::new();
        let mut joined: Option<Group> = None;
        for (at, group) in groups.into_iter().enumerate() {
            if !members.contains(&at) {
                kept.push(group);
                continue;
            }
            match &mut joined {
                Some(j) => j.absorb(group),
                None => {
                    joined = Some(Group {
                        causes: rest.clone(),
                        ..group
                    })
                }
            }
        }
        kept.extend(joined);
        groups = same_causes_together(kept);
    }
}

/// Groups with the same causes as one.
fn same_causes_together(groups: Vec<Group>) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    for group in groups {
        match out.iter_mut().find(|other| other.causes == group.causes) {
            Some(kept) => kept.absorb(group),
            None => out.push(group),
        }
    }
    out
}

/// Every cause value an answer to `question` can have: each option of a
/// single question; each set of its cause options of a multi question (left
/// unmerged past ten of them).
fn every_answer(
    question: &str,
    versions: &[Version; 2],
    causes: &HashSet<(&'static str, &'static str)>,
) -> Vec<Vec<&'static str>> {
    let Some(q) = versions.iter().find_map(|v| v.question(question)) else {
        return Vec::new();
    };
    match q.kind {
        Kind::Single => q.options.iter().map(|o| vec![o.id]).collect(),
        Kind::Multi => {
            let options: Vec<&'static str> = q
                .options
                .iter()
                .filter(|o| causes.contains(&(q.id, o.id)))
                .map(|o| o.id)
                .collect();
            if options.len() > 10 {
                return Vec::new();
            }
            (0..1usize << options.len())
                .map(|mask| {
                    (0..options.len())
                        .filter(|b| mask & (1 << b) != 0)
                        .map(|b| options[b])
                        .collect()
                })
                .collect()
        }
    }
}
