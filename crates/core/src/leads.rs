//! Where an answer leads, for the clinician view of a question page: the red
//! flag it stops the questions with, and each rule it counts towards (with
//! the other answers that rule needs) or keeps from holding.

use crate::model::{AnswerRef, Content, RedFlag, Rule};

/// One place an answer leads.
#[derive(Debug, Clone, PartialEq)]
pub enum Lead {
    /// Choosing it stops the questions with this red flag.
    RedFlag(&'static RedFlag),
    /// It counts towards this rule.
    Rule {
        rule: &'static Rule,
        /// The rule's other answers, all of which it needs too.
        with: Vec<AnswerRef>,
        /// Answers of which the rule needs one (none when this answer is one
        /// of them).
        one_of: &'static [AnswerRef],
        /// Answers that keep the rule from holding.
        unless: &'static [AnswerRef],
    },
    /// Choosing it keeps this rule from holding.
    RulesOut(&'static Rule),
}

/// Where the answer `choice` to `question` leads, in content order: its red
/// flag first, then the rules.
pub fn leads(content: &Content, question: &str, choice: &str) -> Vec<Lead> {
    let this = AnswerRef {
        question: content.question(question).map_or("", |q| q.id),
        choice: content
            .question(question)
            .and_then(|q| q.option(choice))
            .map_or("", |o| o.id),
    };
    let flag = content
        .question(question)
        .and_then(|q| q.option(choice))
        .and_then(|o| o.red_flag)
        .and_then(|id| content.red_flag(id))
        .map(Lead::RedFlag);
    let rules = content.rules.iter().filter_map(|rule| {
        let when = &rule.when;
        if when.none.contains(&this) {
            return Some(Lead::RulesOut(rule));
        }
        let in_all = when.all.contains(&this);
        let in_any = when.any.contains(&this);
        (in_all || in_any).then(|| Lead::Rule {
            rule,
            with: when.all.iter().filter(|a| **a != this).copied().collect(),
            one_of: if in_any { &[] } else { when.any },
            unless: when.none,
        })
    });
    flag.into_iter().chain(rules).collect()
}
