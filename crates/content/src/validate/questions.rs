//! Each question and its options: group, text, options, and what each option
//! names (red flag, next question, plan sections).

use std::collections::BTreeSet;

use guide_core::model::{Content, Kind, Next};

use super::checker::Checker;
use crate::errors::Locator;
use crate::suggest::suggest;

/// The groups a question may belong to.
pub const GROUPS: [&str; 5] = [
    guide_core::model::SAFETY_GROUP,
    "where",
    "triggers",
    "history",
    guide_core::model::FOR_PHYSIO_GROUP,
];

/// There are questions, and each question and option is written and names
/// only what exists.
pub(super) fn questions(c: &mut Checker) {
    let content = c.content;
    if content.questions.is_empty() {
        c.report(
            &Locator::Meta,
            None,
            "there are no questions; add at least one `[[questions]]`",
        );
    }
    let asked_before_any_section = reached_without_brings(content);
    for question in content.questions {
        let at = Locator::Question(question.id.into());
        if !GROUPS.contains(&question.group) {
            c.report(
                &at,
                Some("group"),
                format!(
                    "group \"{}\" is not one of {}; {}",
                    question.group,
                    GROUPS.join(", "),
                    suggest(question.group, &GROUPS)
                ),
            );
        }
        c.text(&at, "text", question.text);
        if let Some(hint) = question.hint {
            c.text(&at, "hint", hint);
        }
        c.next(&at, question.next);
        if question.options.is_empty() {
            c.report(&at, None, "has no options; add `[[questions.options]]`");
        }
        if question.group == "triggers"
            && question.options.iter().all(|o| o.brings.is_empty())
            && asked_before_any_section.contains(question.id)
        {
            c.report(
                &at,
                None,
                "is in group \"triggers\" but no option brings a plan section (and it is not a follow-up asked only after an answer that brings one); add `brings = [\"...\"]` to the answer that means it brings the pain on",
            );
        }
        for option in question.options {
            let at = Locator::AnswerOption(question.id.into(), option.id.into());
            c.text(&at, "label", option.label);
            if let Some(hint) = option.hint {
                c.text(&at, "hint", hint);
            }
            if let Some(reason) = option.reason {
                c.text(&at, "reason", reason);
            }
            if option.exclusive && question.kind == Kind::Single {
                c.report(
                    &at,
                    Some("exclusive"),
                    "`exclusive` only makes sense in a multi question (a single question allows one answer anyway); remove it",
                );
            }
            if let Some(next) = option.next {
                if question.kind == Kind::Multi {
                    c.report(
                        &at,
                        Some("next"),
                        "`next` on an option only works in a single question; set the question's `next` instead",
                    );
                }
                c.next(&at, next);
            }
            if let Some(flag) = option.red_flag {
                if content.red_flag(flag).is_none() {
                    let known: Vec<&str> = content.red_flags.iter().map(|r| r.id).collect();
                    c.report(
                        &at,
                        Some("red_flag"),
                        format!(
                            "red flag \"{flag}\" does not exist; {}",
                            suggest(flag, &known)
                        ),
                    );
                }
            }
            for section in option.brings {
                if content.section(section).is_none() {
                    let known: Vec<&str> = content.sections.iter().map(|s| s.id).collect();
                    c.report(
                        &at,
                        Some("brings"),
                        format!(
                            "brings section \"{section}\", which does not exist; {}",
                            suggest(section, &known)
                        ),
                    );
                }
            }
        }
    }
}

/// The questions some path reaches without passing an answer that brings a
/// plan section. The others are follow-ups, asked only after such an answer.
fn reached_without_brings(content: &Content) -> BTreeSet<&'static str> {
    let mut reached = BTreeSet::new();
    let mut todo: Vec<&'static str> = content
        .questions
        .first()
        .map(|q| q.id)
        .into_iter()
        .collect();
    while let Some(id) = todo.pop() {
        let Some(question) = content.question(id).filter(|_| reached.insert(id)) else {
            continue;
        };
        let ways_on: Vec<Next> = match question.kind {
            Kind::Single => question
                .options
                .iter()
                .filter(|o| o.brings.is_empty())
                .map(|o| o.next.unwrap_or(question.next))
                .collect(),
            Kind::Multi if question.options.iter().all(|o| !o.brings.is_empty()) => Vec::new(),
            Kind::Multi => vec![question.next],
        };
        todo.extend(ways_on.into_iter().filter_map(|n| match n {
            Next::Question(to) => Some(to),
            Next::End => None,
        }));
    }
    reached
}
