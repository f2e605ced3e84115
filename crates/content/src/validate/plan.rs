//! Rules and plan sections: care levels, conditions, text and sources.

use super::checker::Checker;
use crate::errors::Locator;

/// Each rule gives a known care level for answers that exist, with a reason
/// and sources; each section has written, sourced items.
pub(super) fn rules_and_sections(c: &mut Checker) {
    let content = c.content;
    for rule in content.rules {
        let at = Locator::Rule(rule.id.into());
        c.care(&at, "care", rule.care);
        c.condition(&at, &rule.when);
        c.text(&at, "reason", rule.reason);
        c.sources(&at, rule.sources);
    }
    for section in content.sections {
        let at = Locator::Section(section.id.into());
        c.text(&at, "title", section.title);
        if let Some(when) = &section.when {
            c.condition(&at, when);
        }
        if section.items.is_empty() {
            c.report(&at, None, "has no items; add `[[sections.items]]`");
        }
        for (i, item) in section.items.iter().enumerate() {
            let at = Locator::Item(section.id.into(), i + 1);
            c.text(&at, "text", item.text);
            c.sources(&at, item.sources);
        }
    }
}
