//! Rules and plan sections: care levels, conditions, text and sources; the
//! safety net's cards and the key actions every plan has.

use guide_core::key_actions;
use guide_core::model::CardStyle;

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
    safety_net(c);
    key_actions(c);
}

/// The safety net (the section whose items carry `card`) is on every plan,
/// is the only one, has every item on a card with its `sign`, and has an
/// emergency card; `sign` goes only with `card`.
fn safety_net(c: &mut Checker) {
    let content = c.content;
    let nets: Vec<_> = content
        .sections
        .iter()
        .filter(|s| s.is_safety_net())
        .collect();
    for extra in nets.iter().skip(1) {
        c.report(
            &Locator::Section(extra.id.into()),
            None,
            format!(
                "is a second safety net (its items have `card`); only \"{}\" may be",
                nets[0].id
            ),
        );
    }
    for section in content.sections {
        let net = section.is_safety_net();
        for (i, item) in section.items.iter().enumerate() {
            let at = Locator::Item(section.id.into(), i + 1);
            match (net, item.card, item.sign) {
                (true, None, _) => c.report(
                    &at,
                    Some("card"),
                    "has no card; every item of the safety net is on one: `card = \"urgent\"` or `\"emergency\"`",
                ),
                (true, Some(_), None) => c.report(
                    &at,
                    Some("sign"),
                    "has no sign; write the sign as it completes the card's heading, e.g. `sign = \"you get a fever\"`",
                ),
                (true, Some(_), Some(sign)) => c.text(&at, "sign", sign),
                (false, _, Some(_)) => c.report(
                    &at,
                    Some("sign"),
                    "has a sign but no card; `sign` goes with `card`",
                ),
                (false, _, None) => {}
            }
        }
    }
    if let Some(net) = nets.first() {
        let at = Locator::Section(net.id.into());
        if !net.always {
            c.report(
                &at,
                Some("always"),
                "is the safety net, so it must be on every plan: `always = true`",
            );
        }
        if !net
            .items
            .iter()
            .any(|i| i.card == Some(CardStyle::Emergency))
        {
            c.report(
                &at,
                None,
                "is the safety net but has no item with `card = \"emergency\"`",
            );
        }
    }
}

/// The sections on every plan hold at least `key_actions::FEWEST` distinct
/// key actions, so every do and don't list has that many.
fn key_actions(c: &mut Checker) {
    let content = c.content;
    let mut words: Vec<&str> = content
        .sections
        .iter()
        .filter(|s| s.always)
        .flat_map(|s| s.items)
        .filter(|i| i.action.is_some())
        .map(|i| i.summary.unwrap_or(i.text))
        .collect();
    words.sort_unstable();
    words.dedup();
    let has_plan = content
        .sections
        .iter()
        .any(|s| s.items.iter().any(|i| i.action.is_some()));
    if has_plan && words.len() < key_actions::FEWEST {
        c.report(
            &Locator::Meta,
            None,
            format!(
                "the sections on every plan (`always = true`) have {} distinct key actions (`action`); the do and don't list needs at least {}",
                words.len(),
                key_actions::FEWEST
            ),
        );
    }
}
