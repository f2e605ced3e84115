//! Every id is unique within its kind, and option and question ids are words.

use super::checker::Checker;
use crate::errors::Locator;

/// Every id is unique within its kind.
pub(super) fn ids(c: &mut Checker) {
    let content = c.content;
    let again = "appears more than once; give each one its own `id`";
    c.duplicates(
        content.sources.iter().map(|s| s.key),
        Some("key"),
        |id| Locator::Source(id.into()),
        again,
    );
    c.duplicates(
        content.care_levels.iter().map(|s| s.id),
        Some("id"),
        |id| Locator::CareLevel(id.into()),
        again,
    );
    c.duplicates(
        content.red_flags.iter().map(|s| s.id),
        Some("id"),
        |id| Locator::RedFlag(id.into()),
        again,
    );
    c.duplicates(
        content.questions.iter().map(|s| s.id),
        Some("id"),
        |id| Locator::Question(id.into()),
        again,
    );
    for question in content.questions {
        c.id(&Locator::Question(question.id.into()), "id", question.id);
        c.duplicates(
            question.options.iter().map(|o| o.id),
            Some("id"),
            |id| Locator::AnswerOption(question.id.into(), id.into()),
            "appears more than once in this question; give each option its own `id`",
        );
        for option in question.options {
            let at = Locator::AnswerOption(question.id.into(), option.id.into());
            c.id(&at, "id", option.id);
        }
    }
    c.duplicates(
        content.rules.iter().map(|s| s.id),
        Some("id"),
        |id| Locator::Rule(id.into()),
        again,
    );
    c.duplicates(
        content.sections.iter().map(|s| s.id),
        Some("id"),
        |id| Locator::Section(id.into()),
        again,
    );
    c.duplicates(
        content.texts.iter().map(|s| s.key),
        None,
        |id| Locator::Text(id.into()),
        "appears more than once",
    );
}
