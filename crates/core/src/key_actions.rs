//! The results page's do and don't list: three to five of the plan's key
//! actions, the patient's own first.

use crate::engine::Outcome;
use crate::model::{Advice, Content, KeyAction, Section};

/// The most items the list shows: a patient in pain takes in a few.
pub const MOST: usize = 5;
/// The fewest: the content checks that the sections on every plan (`always`)
/// hold at least this many distinct key actions, so every list has them.
pub const FEWEST: usize = 3;
/// The most taken from one section in the first pass, so a long section
/// cannot crowd out the others.
pub const PER_SECTION: usize = 2;

/// The do and don't list for `outcome`: key actions (`action = "do"` or
/// `"dont"`) of the sections on its plan, taken in this order of sections:
///
/// 1. the patient's own: brought by an answer or by `when`, not shown to
///    everyone (`always`), not guided (done with the physio) and not the
///    safety net;
/// 2. the essentials (`[meta] essentials`, in that order) on the plan;
/// 3. every other section on the plan, in plan order.
///
/// A first pass takes up to [`PER_SECTION`] from each section in that
/// order, each in the section's order, until there are [`MOST`]; if that
/// gives fewer than [`FEWEST`], a second pass takes the rest in the same
/// order. An item whose words (its `summary`, else its text) were already
/// taken is left out. Empty after a red flag (no plan). The same outcome
/// always gives the same list.
pub fn do_and_dont(content: &Content, outcome: &Outcome) -> Vec<&'static Advice> {
    let plan = &outcome.sections;
    let own = plan
        .iter()
        .filter(|s| !s.always && !s.guided && !s.is_safety_net());
    let essentials = content
        .meta
        .essentials
        .iter()
        .filter_map(|id| plan.iter().find(|s| s.id == *id));
    let mut order: Vec<&'static Section> = Vec::new();
    for section in own.chain(essentials).chain(plan.iter()) {
        if !order.iter().any(|s| s.id == section.id) {
            order.push(section);
        }
    }
    let mut list: Vec<&'static Advice> = Vec::new();
    let words = |item: &Advice| item.summary.unwrap_or(item.text);
    let take = |per_section: usize, up_to: usize, list: &mut Vec<&'static Advice>| {
        for section in &order {
            let mut taken = 0;
            for item in section.items.iter().filter(|i| i.action.is_some()) {
                if list.len() >= up_to || taken >= per_section {
                    break;
                }
                if !list.iter().any(|l| words(l) == words(item)) {
                    list.push(item);
                    taken += 1;
                }
            }
        }
    };
    take(PER_SECTION, MOST, &mut list);
    if list.len() < FEWEST {
        take(usize::MAX, FEWEST, &mut list);
    }
    list
}

/// The items of `list` on the "do" side, or on the "don't" side, in order.
pub fn side(list: &[&'static Advice], wanted: KeyAction) -> Vec<&'static Advice> {
    list.iter()
        .copied()
        .filter(|i| i.action == Some(wanted))
        .collect()
}
