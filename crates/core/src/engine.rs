//! The engine: from the content and the answers so far, which question comes
//! next and — at the end — the outcome: a care level, the reasons for it and
//! the plan sections that apply. The questions for the physio
//! ([`FOR_PHYSIO_GROUP`]) come after the outcome and never change it.
//!
//! Only answers on the current path count. Answers to questions the path no
//! longer visits (after going back and changing an earlier answer) are kept,
//! so going forward again restores them, but they never affect the outcome.

use crate::model::{
    AnswerOption, AnswerRef, CareLevel, Condition, Content, Kind, Next, Question, RedFlag, Section,
    FOR_PHYSIO_GROUP,
};

/// The patient's answers: question id → chosen option ids, kept in order
/// of question id. (A sorted list rather than a `BTreeMap`: a few dozen
/// entries at most, and the map's code would weigh on the wasm.)
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers(Vec<(String, Vec<String>)>);

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    fn find(&self, question: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(q, _)| q.as_str().cmp(question))
    }

    pub fn set(&mut self, question: &str, choices: Vec<String>) {
        match self.find(question) {
            Ok(at) => self.0[at].1 = choices,
            Err(at) => self.0.insert(at, (question.to_owned(), choices)),
        }
    }

    pub fn get(&self, question: &str) -> Option<&[String]> {
        self.find(question).ok().map(|at| self.0[at].1.as_slice())
    }

    pub fn remove(&mut self, question: &str) {
        if let Ok(at) = self.find(question) {
            self.0.remove(at);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &[String])> {
        self.0.iter().map(|(q, c)| (q.as_str(), c.as_slice()))
    }
}

impl FromIterator<(String, Vec<String>)> for Answers {
    /// A later answer to the same question replaces an earlier one.
    fn from_iter<T: IntoIterator<Item = (String, Vec<String>)>>(iter: T) -> Self {
        let mut answers = Self::new();
        for (question, choices) in iter {
            answers.set(&question, choices);
        }
        answers
    }
}

/// Where the patient is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Step {
    /// This question is next.
    Ask(&'static Question),
    /// A red flag was answered: the questions stop here.
    Stopped {
        at: &'static Question,
        flag: &'static RedFlag,
    },
    /// Every question on the path is answered.
    Complete,
}

/// One answered question on the path.
#[derive(Debug, Clone, PartialEq)]
pub struct Answered {
    pub question: &'static Question,
    pub choices: Vec<&'static AnswerOption>,
}

/// The questions answered so far, in order, and what comes next.
#[derive(Debug, Clone, PartialEq)]
pub struct Walk {
    pub path: Vec<Answered>,
    pub step: Step,
    /// When complete: the first question for the physio not yet answered
    /// ([`FOR_PHYSIO_GROUP`]), offered after the result.
    pub more: Option<&'static Question>,
}

impl Walk {
    /// Whether `answer` was given on the path.
    pub fn has(&self, answer: &AnswerRef) -> bool {
        self.path.iter().any(|a| {
            a.question.id == answer.question && a.choices.iter().any(|c| c.id == answer.choice)
        })
    }

    pub fn holds(&self, when: &Condition) -> bool {
        when.all.iter().all(|a| self.has(a))
            && (when.any.is_empty() || when.any.iter().any(|a| self.has(a)))
            && !when.none.iter().any(|a| self.has(a))
    }

    /// The question answered just before `question` on the path, if any.
    /// The question asked just before `question` on the path, if any; the
    /// question waiting for an answer comes after the whole path.
    pub fn before(&self, question: &str) -> Option<&'static Question> {
        let at = match self.path.iter().position(|a| a.question.id == question) {
            Some(at) => at,
            None if self.waiting(question) => self.path.len(),
            None => return None,
        };
        at.checked_sub(1).map(|i| self.path[i].question)
    }

    pub fn visits(&self, question: &str) -> bool {
        self.path.iter().any(|a| a.question.id == question) || self.waiting(question)
    }

    /// Whether `question` waits for an answer: the next one, or the next
    /// one for the physio once the result is in.
    fn waiting(&self, question: &str) -> bool {
        matches!(self.step, Step::Ask(q) if q.id == question)
            || self.more.is_some_and(|q| q.id == question)
    }
}

/// The choices of `question` in `answers`, if they form a valid answer:
/// at least one, all known, one only for a single choice, and an exclusive
/// option never combined with another.
pub fn valid_choices(
    question: &'static Question,
    answers: &Answers,
) -> Option<Vec<&'static AnswerOption>> {
    let ids = answers.get(question.id)?;
    let choices: Vec<_> = ids
        .iter()
        .map(|id| question.option(id))
        .collect::<Option<_>>()?;
    let distinct = ids.iter().enumerate().all(|(i, id)| !ids[..i].contains(id));
    let ok = !choices.is_empty()
        && distinct
        && match question.kind {
            Kind::Single => choices.len() == 1,
            Kind::Multi => choices.len() == 1 || choices.iter().all(|c| !c.exclusive),
        };
    ok.then_some(choices)
}

/// Follows the answers from the first question until an unanswered question,
/// a red flag or the end.
pub fn walk(content: &Content, answers: &Answers) -> Walk {
    let mut path = Vec::new();
    let mut next = content
        .questions
        .first()
        .map_or(Next::End, |q| Next::Question(q.id));
    loop {
        let question = match next {
            Next::End => {
                return Walk {
                    path,
                    step: Step::Complete,
                    more: None,
                }
            }
            Next::Question(id) => match content.question(id) {
                Some(q) if !path.iter().any(|a: &Answered| a.question.id == id) => q,
                // Unknown ids and cycles are rejected by validation; stop safely anyway.
                _ => {
                    return Walk {
                        path,
                        step: Step::Complete,
                        more: None,
                    }
                }
            },
        };
        let Some(choices) = valid_choices(question, answers) else {
            // The questions for the physio come after the result, and may be left.
            let more = question.group == FOR_PHYSIO_GROUP;
            return Walk {
                path,
                step: if more {
                    Step::Complete
                } else {
                    Step::Ask(question)
                },
                more: more.then_some(question),
            };
        };
        let flag = highest_red_flag(content, &choices);
        next = match question.kind {
            Kind::Single => choices[0].next.unwrap_or(question.next),
            Kind::Multi => question.next,
        };
        path.push(Answered { question, choices });
        if let Some(flag) = flag {
            return Walk {
                path,
                step: Step::Stopped { at: question, flag },
                more: None,
            };
        }
    }
}

fn highest_red_flag(
    content: &Content,
    choices: &[&'static AnswerOption],
) -> Option<&'static RedFlag> {
    choices
        .iter()
        .filter_map(|c| c.red_flag.and_then(|id| content.red_flag(id)))
        .max_by_key(|flag| content.care(flag.care).map_or(usize::MAX, |(rank, _)| rank))
}

/// What the guide suggests once the questions have stopped.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub care: &'static CareLevel,
    /// Set when a red flag stopped the questions.
    pub red_flag: Option<&'static RedFlag>,
    /// Each completes "because …", in the order the answers were given.
    pub reasons: Vec<&'static str>,
    /// Plan sections, in content order; empty when a red flag stopped the questions.
    pub sections: Vec<&'static Section>,
}

/// The outcome, or `None` while a question is still to be answered.
pub fn outcome(content: &Content, answers: &Answers) -> Option<Outcome> {
    let walk = walk(content, answers);
    outcome_of(content, &walk)
}

/// The outcome of a walk already made.
pub fn outcome_of(content: &Content, walk: &Walk) -> Option<Outcome> {
    let chosen = || walk.path.iter().flat_map(|a| a.choices.iter().copied());
    let mut reasons: Vec<&'static str> = chosen().filter_map(|c| c.reason).collect();
    let rules: Vec<_> = content
        .rules
        .iter()
        .filter(|r| walk.holds(&r.when))
        .collect();
    reasons.extend(rules.iter().map(|r| r.reason));
    let mut care_ids: Vec<&str> = vec![content.meta.default_care];
    care_ids.extend(rules.iter().map(|r| r.care));
    let (red_flag, sections) = match walk.step {
        Step::Ask(_) => return None,
        Step::Stopped { flag, .. } => {
            care_ids.push(flag.care);
            (Some(flag), Vec::new())
        }
        Step::Complete => {
            let brought = |id: &str| chosen().any(|c| c.brings.contains(&id));
            let sections = content
                .sections
                .iter()
                .filter(|s| s.always || brought(s.id) || s.when.is_some_and(|w| walk.holds(&w)))
                .collect();
            (None, sections)
        }
    };
    let care = care_ids
        .iter()
        .filter_map(|id| content.care(id))
        .max_by_key(|(rank, _)| *rank)
        .map(|(_, c)| c)
        .or_else(|| content.care_levels.last())?;
    Some(Outcome {
        care,
        red_flag,
        reasons,
        sections,
    })
}
