//! The questions for the physio (`group = "for_physio"`): asked after the
//! result and optional, so nothing the guide decides may depend on them.

use guide_core::model::{Condition, Next, FOR_PHYSIO_GROUP};

use super::checker::Checker;
use crate::errors::Locator;

/// A question for the physio holds no red flag, branch or plan section,
/// leads only to another such question or the end, and no rule or section
/// names its answers; the first question is not one.
pub(super) fn for_physio(c: &mut Checker) {
    let content = c.content;
    let later = |id: &str| {
        content
            .question(id)
            .is_some_and(|q| q.group == FOR_PHYSIO_GROUP)
    };
    if let Some(first) = content.questions.first().filter(|q| later(q.id)) {
        c.report(
            &Locator::Question(first.id.into()),
            Some("group"),
            "is the first question, so it cannot be in `group = \"for_physio\"` (those are asked after the result); move it after the others",
        );
    }
    for question in content.questions.iter().filter(|q| later(q.id)) {
        let at = Locator::Question(question.id.into());
        if let Next::Question(to) = question.next {
            if !later(to) {
                c.report(
                    &at,
                    Some("next"),
                    format!("is for the physio, so it is asked after the result; it cannot lead back to \"{to}\", which is not; set `next` to another question for the physio or \"end\""),
                );
            }
        }
        for option in question.options {
            let at = Locator::AnswerOption(question.id.into(), option.id.into());
            let what = [
                (option.red_flag.is_some(), "red_flag", "a red flag"),
                (option.next.is_some(), "next", "a branch"),
                (!option.brings.is_empty(), "brings", "a plan section"),
            ];
            for (_, field, what) in what.iter().filter(|(has, ..)| *has) {
                c.report(
                    &at,
                    Some(field),
                    format!("is an answer to a question for the physio, asked after the result, so it cannot hold {what}; remove `{field}` or move the question before the result"),
                );
            }
        }
    }
    let named = |when: &Condition| {
        (when.all.iter().chain(when.any).chain(when.none))
            .find(|a| later(a.question))
            .map(|a| format!("{}.{}", a.question, a.choice))
    };
    for rule in content.rules {
        if let Some(answer) = named(&rule.when) {
            c.report(
                &Locator::Rule(rule.id.into()),
                Some("when"),
                after_result(&answer),
            );
        }
    }
    for section in content.sections {
        if let Some(answer) = section.when.as_ref().and_then(named) {
            c.report(
                &Locator::Section(section.id.into()),
                Some("when"),
                after_result(&answer),
            );
        }
    }
}

fn after_result(answer: &str) -> String {
    format!("names \"{answer}\", an answer to a question for the physio; those are asked after the result and may be left, so nothing may depend on them")
}
