//! The pain diary's last week for the physio: how many days have an entry,
//! which way sitting pain and pain during activity went (with the scores),
//! the days over the limit or worse the next morning, each exercise done
//! (on how many days, its pain scores and average), the days "new or
//! worrying symptoms" was ticked, the step on the return-to-running ladder,
//! and the advice the diary gave.

use super::{Group, Row};
use crate::diary::direction::{directions, Direction};
use crate::diary::exercise_view::name;
use crate::diary::trend::{average, window};
use crate::diary::view::view;
use crate::diary::{day, ladder, Day, Entry, ExId, Log, Morning};
use crate::exercise::Library;
use crate::model::Content;
use crate::template::{fill_values, Clinic};
use crate::texts::FullTextKey;

/// The days the summary looks back over.
pub const DAYS: u32 = 7;

/// The diary's group, or none when the diary has no entries (or the
/// content no `[diary]`).
pub fn group(
    content: &Content,
    library: &Library,
    log: &Log,
    clinic: &Clinic,
    today: Day,
) -> Option<Group> {
    let rules = content.diary.as_ref().filter(|_| !log.is_empty())?;
    let t = |key: FullTextKey| clinic.fill(content.text(key));
    let fill = |key: FullTextKey, values: &[(&str, u32)]| fill_values(&t(key), values);
    let days_of = |count: usize, days: usize| {
        fill(
            FullTextKey::SummaryDaysOf,
            &[("count", count as u32), ("days", days as u32)],
        )
    };
    let entries = window(log, today, DAYS);
    let diary = view(content, rules, log, today, clinic);
    let days_when = |keep: &dyn Fn(&Entry) -> bool| -> Vec<String> {
        entries
            .iter()
            .filter(|e| keep(e))
            .map(|e| day::label(e.day))
            .collect()
    };
    let trend = directions(rules, log, today, DAYS);
    let mut rows = vec![Row::new(
        t(FullTextKey::SummaryEntries),
        days_of(entries.len(), DAYS as usize),
    )];
    let measures = [
        (
            FullTextKey::SummarySitting,
            trend.sitting,
            &trend.sitting_scores,
        ),
        (
            FullTextKey::SummaryActivity,
            trend.activity,
            &trend.activity_scores,
        ),
    ];
    for (label, direction, scores) in measures {
        if scores.is_empty() {
            continue;
        }
        let sum: u32 = scores.iter().map(|s| u32::from(*s)).sum();
        let listed: Vec<String> = scores.iter().map(u8::to_string).collect();
        rows.push(Row::new(
            t(label),
            format!(
                "{}; {} {} ({} {})",
                t(direction_key(direction)),
                t(FullTextKey::SummaryScores),
                listed.join(", "),
                t(FullTextKey::SummaryAverage),
                average(sum, scores.len() as u32)
            ),
        ));
    }
    let limit = rules.limit.value;
    let scored = entries.iter().filter(|e| e.activity_pain.is_some()).count();
    if scored > 0 {
        let over: Vec<String> = diary
            .week
            .rows
            .iter()
            .filter_map(|r| {
                let pain = r.activity_pain.filter(|p| u32::from(*p) > limit)?;
                Some(format!("{} ({}, {pain}/10)", r.label, r.activity))
            })
            .collect();
        rows.push(Row::new(
            fill(FullTextKey::SummaryOverLimit, &[("limit", limit)]),
            listed(days_of(over.len(), scored), &over),
        ));
    }
    let rated = entries.iter().filter(|e| e.morning.is_some()).count();
    if rated > 0 {
        let worse = days_when(&|e| e.morning == Some(Morning::Worse));
        rows.push(Row::new(
            t(FullTextKey::SummaryWorseMorning),
            listed(days_of(worse.len(), rated), &worse),
        ));
    }
    // Each exercise done: "Exercise: Bridge hold", "3 of 7 days; scores
    // 2, 3, 2 (average 2.3)", in the order first done.
    let mut ids: Vec<ExId> = Vec::new();
    for done in entries.iter().flat_map(|e| e.exercises.iter()) {
        if !ids.contains(&done.id) {
            ids.push(done.id);
        }
    }
    for id in ids {
        let scores: Vec<u8> = entries
            .iter()
            .filter_map(|e| e.exercises.get(id.as_str())?.pain)
            .collect();
        let sum: u32 = scores.iter().map(|s| u32::from(*s)).sum();
        let listed: Vec<String> = scores.iter().map(u8::to_string).collect();
        rows.push(Row::new(
            format!(
                "{}: {}",
                t(FullTextKey::SummaryExercise),
                name(content, library, id.as_str())
            ),
            format!(
                "{}; {} {} ({} {})",
                days_of(scores.len(), DAYS as usize),
                t(FullTextKey::SummaryScores),
                listed.join(", "),
                t(FullTextKey::SummaryAverage),
                average(sum, scores.len() as u32)
            ),
        ));
    }
    let alarms = days_when(&|e| e.alarm);
    if !alarms.is_empty() {
        rows.push(Row::new(diary.alarm_label.clone(), alarms.join(", ")));
    }
    if let Some(ladder) = ladder_row(content, log, clinic, today) {
        rows.push(ladder);
    }
    let mut advice = vec![diary.advice.said.title.clone()];
    advice.extend(diary.nudge.as_ref().map(|n| n.title.clone()));
    rows.push(Row::new(
        t(FullTextKey::SummaryDiaryAdvice),
        advice.join("; "),
    ));
    Some(Group {
        title: fill(FullTextKey::SummaryDiary, &[("days", DAYS)]),
        rows,
    })
}

/// The return-to-running ladder, once the diary has a run: "2/5 Easy with
/// strides; Stay on this step: Easy with strides".
fn ladder_row(content: &Content, log: &Log, clinic: &Clinic, today: Day) -> Option<Row> {
    let rungs = content.diary.as_ref()?.ladder.as_ref()?.rungs.len();
    if !ladder::has_run(log) {
        return None;
    }
    let progress = ladder::progress(content, log, today, clinic)?;
    Some(Row::new(
        clinic.fill(content.text(FullTextKey::SummaryLadder)),
        format!(
            "{}/{rungs} {}; {}",
            progress.position.rung + 1,
            progress.rung,
            progress.advice.title
        ),
    ))
}

/// "1 of 6 days: Mon 30 Nov (…)", or just the count when none.
fn listed(count: String, days: &[String]) -> String {
    if days.is_empty() {
        count
    } else {
        format!("{count}: {}", days.join("; "))
    }
}

fn direction_key(direction: Direction) -> FullTextKey {
    match direction {
        Direction::Rising => FullTextKey::SummaryRising,
        Direction::Falling => FullTextKey::SummaryFalling,
        Direction::Steady => FullTextKey::SummarySteady,
        Direction::TooFew => FullTextKey::SummaryTooFew,
    }
}
