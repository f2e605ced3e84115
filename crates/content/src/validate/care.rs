//! Care levels listed least urgent first, every red flag escalating, and no
//! card's heading repeated as its action's first words.

use std::collections::BTreeSet;

use guide_core::model::CardStyle;

use super::checker::Checker;
use crate::errors::Locator;

/// Each care level is written and sourced, least urgent first.
pub(super) fn care_levels(c: &mut Checker) {
    let mut previous: Option<&guide_core::model::CareLevel> = None;
    for level in c.content.care_levels {
        let at = Locator::CareLevel(level.id.into());
        c.text(&at, "title", level.title);
        c.text(&at, "action", level.action);
        not_repeated(c, &at, level.title, level.action);
        c.sources(&at, level.sources);
        if let Some(before) = previous.filter(|p| p.style > level.style) {
            c.report(
                &at,
                Some("style"),
                format!(
                    "is less urgent than \"{}\" above it; list care levels least urgent first",
                    before.id
                ),
            );
        }
        previous = Some(level);
    }
}

/// Every red flag escalates: its care is not self-care, is at least the
/// highest care any rule gives, and some option names it.
pub(super) fn red_flags(c: &mut Checker) {
    let content = c.content;
    let lowest_escalation = content
        .care_levels
        .iter()
        .position(|l| l.style != CardStyle::SelfCare);
    let highest_rule = content
        .rules
        .iter()
        .filter_map(|r| content.care(r.care).map(|(rank, _)| (rank, r)))
        .max_by_key(|(rank, _)| *rank);
    let named: BTreeSet<&str> = content
        .questions
        .iter()
        .flat_map(|q| q.options)
        .filter_map(|o| o.red_flag)
        .collect();
    for flag in content.red_flags {
        let at = Locator::RedFlag(flag.id.into());
        c.care(&at, "care", flag.care);
        not_repeated(c, &at, flag.title, flag.action);
        if let Some((rank, level)) = content.care(flag.care) {
            if level.style == CardStyle::SelfCare || lowest_escalation.is_none_or(|l| rank < l) {
                c.report(
                    &at,
                    Some("care"),
                    format!(
                        "does not escalate: care \"{}\" is self-care; a red flag needs a care level with style \"non_urgent\" or more urgent",
                        flag.care
                    ),
                );
            } else if let Some((_, rule)) = highest_rule.filter(|(h, _)| rank < *h) {
                c.report(
                    &at,
                    Some("care"),
                    format!(
                        "does not escalate: care \"{}\" is lower than rule \"{}\" gives (\"{}\"); a red flag stops the questions, so it must never give less care than answering on",
                        flag.care, rule.id, rule.care
                    ),
                );
            }
        }
        if !named.contains(flag.id) {
            c.report(
                &at,
                None,
                "is never used: no option names it in `red_flag = \"...\"`",
            );
        }
        c.text(&at, "title", flag.title);
        c.text(&at, "meaning", flag.meaning);
        c.text(&at, "action", flag.action);
        c.sources(&at, flag.sources);
    }
}

/// A card's heading is not said again as the first words of its action
/// ("See a GP today" then "See a GP today, or as soon as you can."): the
/// action says what the heading does not.
fn not_repeated(c: &mut Checker, at: &Locator, title: &str, action: &str) {
    let words = |text: &str| -> Vec<String> {
        text.split(|ch: char| !ch.is_alphanumeric() && ch != '{' && ch != '}')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (title, action) = (words(title), words(action));
    if !title.is_empty() && action.starts_with(&title) {
        c.report(
            at,
            Some("action"),
            format!(
                "starts with its heading (\"{}\"); the card shows the heading above it, so start with what comes next",
                title.join(" ")
            ),
        );
    }
}
