//! `[diary]`: its numbers, alarm and advice, and the plan's pain limit in
//! step with the diary's.

use guide_core::model::CardStyle;

use super::checker::Checker;
use super::texts::DIARY_PLACEHOLDERS;
use crate::errors::Locator;

/// `[diary]`: each number in its safe range with sources, the alarm card
/// urgent enough, each message written and sourced, and the plan's own
/// words about the pain limit in step with the diary's number.
pub(super) fn diary(c: &mut Checker) {
    let content = c.content;
    let Some(d) = &content.diary else {
        return;
    };
    let at = Locator::Diary;
    for number in crate::diary::numbers(d) {
        let (low, high) = number.range;
        let value = number.threshold.value;
        if !(low..=high).contains(&value) {
            c.report(
                &at,
                Some(number.value_key),
                format!(
                    "{} is {value}; it must be from {low} to {high} ({})",
                    number.name, number.why
                ),
            );
        }
        c.sources_in(&at, number.sources_key, number.threshold.sources);
    }
    let alarm = &d.alarm;
    match content.care(alarm.care) {
        None => c.care(&at, "alarm.care", alarm.care),
        Some((_, level)) if level.style < CardStyle::Urgent => c.report(
            &at,
            Some("alarm.care"),
            format!(
                "alarm care \"{}\" is not urgent enough: new or worrying symptoms need a care level with style \"urgent\" or \"emergency\"",
                alarm.care
            ),
        ),
        Some(_) => {}
    }
    c.section(&at, "alarm.section", alarm.section);
    if !(1..=28).contains(&alarm.days) {
        c.report(
            &at,
            Some("alarm.days"),
            format!(
                "alarm days is {}; it must be from 1 to 28 (how long the card stays after symptoms are noted)",
                alarm.days
            ),
        );
    }
    c.text_with(&at, "alarm.label", alarm.label, &DIARY_PLACEHOLDERS);
    c.text_with(&at, "alarm.hint", alarm.hint, &DIARY_PLACEHOLDERS);
    c.text_with(&at, "alarm.text", alarm.text, &DIARY_PLACEHOLDERS);
    c.sources_in(&at, "alarm.sources", alarm.sources);
    for note in crate::diary::messages(d) {
        let message = note.message;
        c.text_with(&at, note.title_key, message.title, &DIARY_PLACEHOLDERS);
        c.text_with(&at, note.text_key, message.text, &DIARY_PLACEHOLDERS);
        c.sources_in(&at, note.sources_key, message.sources);
    }
    limit_in_step(c, d.limit.value);
}

/// The plan's own words about the pain limit ("up to 3 out of 10", "above 3")
/// name the diary's number, so the two can never disagree.
fn limit_in_step(c: &mut Checker, limit: u32) {
    let content = c.content;
    let mismatch = |text: &str| limit_numbers(text).into_iter().find(|n| *n != limit);
    for section in content.sections {
        for (i, item) in section.items.iter().enumerate() {
            if let Some(n) = mismatch(item.text) {
                c.report(
                    &Locator::Item(section.id.into(), i + 1),
                    Some("text"),
                    format!(
                        "text names a pain limit of {n} out of 10, but the diary's limit ([diary] `limit.value`) is {limit}; change both together"
                    ),
                );
            }
        }
    }
    for text in content.texts {
        if let Some(n) = mismatch(text.text) {
            c.report(
                &Locator::Text(text.key.into()),
                None,
                format!(
                    "names a pain limit of {n} out of 10, but the diary's limit ([diary] `limit.value`) is {limit}; change both together"
                ),
            );
        }
    }
}

/// The numbers a text gives as a pain limit: "N out of 10" and "above N".
pub fn limit_numbers(text: &str) -> Vec<u32> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.' || c == ';')
        .filter(|w| !w.is_empty())
        .collect();
    let mut found = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let Ok(n) = word.parse::<u32>() else {
            continue;
        };
        let out_of_10 = words.get(i + 1..i + 4) == Some(&["out", "of", "10"][..]);
        let above = i > 0 && words[i - 1].eq_ignore_ascii_case("above");
        if out_of_10 || above {
            found.push(n);
        }
    }
    found
}
