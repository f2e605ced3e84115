//! The trend over the last 7 or 28 days: the numbers behind the summary
//! sentence, the sentence itself (its template is content), and the
//! geometry of the chart the app draws as SVG.

use std::fmt::Write;

use super::day::{self, Day};
use super::{Entry, Log};
use crate::model::{Content, Diary};
use crate::texts::DiaryTextKey;

/// Counts and sums over a window of days.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    pub days: u32,
    pub entries: u32,
    pub sitting_sum: u32,
    /// Entries with a pain score during activity…
    pub active: u32,
    pub activity_sum: u32,
    /// …and how many of them were within the limit.
    pub within: u32,
    /// Pain scores during exercises (each exercise each day), their sum,
    /// and how many were within the limit.
    pub exercise_scores: u32,
    pub exercise_sum: u32,
    pub exercise_within: u32,
}

/// The entries of the `days` days ending at `today`.
pub fn window(log: &Log, today: Day, days: u32) -> &[Entry] {
    log.between(today - days as Day + 1, today)
}

pub fn stats(rules: &Diary, log: &Log, today: Day, days: u32) -> Stats {
    let mut s = Stats {
        days,
        ..Stats::default()
    };
    for entry in window(log, today, days) {
        s.entries += 1;
        s.sitting_sum += u32::from(entry.sitting);
        if let Some(pain) = entry.activity_pain {
            s.active += 1;
            s.activity_sum += u32::from(pain);
            s.within += u32::from(entry.within(rules));
        }
        for pain in entry.exercises.iter().filter_map(|d| d.pain) {
            s.exercise_scores += 1;
            s.exercise_sum += u32::from(pain);
            s.exercise_within += u32::from(u32::from(pain) <= rules.limit.value);
        }
    }
    s
}

/// An average to one decimal place, written as a person would: "2", "2.4".
pub fn average(sum: u32, count: u32) -> String {
    if count == 0 {
        return "0".into();
    }
    // Tenths, rounded half up.
    let tenths = (20 * u64::from(sum) + u64::from(count)) / (2 * u64::from(count));
    if tenths % 10 == 0 {
        (tenths / 10).to_string()
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

/// The one-line summary of the window, from the content's `diary_summary`
/// template (or `diary_summary_rest` when no day had a pain score during
/// activity, `diary_summary_empty` when there are no entries), and
/// `diary_summary_exercises` after it when exercises were done. Clinic
/// placeholders are left for the caller to fill.
pub fn sentence(content: &Content, rules: &Diary, log: &Log, today: Day, days: u32) -> String {
    let s = stats(rules, log, today, days);
    let key = match (s.entries, s.active) {
        (0, _) => DiaryTextKey::SummaryEmpty,
        (_, 0) => DiaryTextKey::SummaryRest,
        _ => DiaryTextKey::Summary,
    };
    let filled = crate::template::fill_values(
        content.text(key),
        &[("days", days), ("within", s.within), ("logged", s.active)],
    );
    let mut out = filled
        .replace("{sitting}", &average(s.sitting_sum, s.entries))
        .replace("{activity}", &average(s.activity_sum, s.active));
    if s.exercise_scores > 0 {
        let exercises = crate::template::fill_values(
            content.text(DiaryTextKey::SummaryExercises),
            &[
                ("days", days),
                ("within", s.exercise_within),
                ("logged", s.exercise_scores),
            ],
        );
        out.push(' ');
        out.push_str(&exercises.replace("{activity}", &average(s.exercise_sum, s.exercise_scores)));
    }
    out
}

/// The chart of one window, in the units of its SVG `viewBox`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Chart {
    pub width: i32,
    pub height: i32,
    /// The plot area: left, top, right, bottom.
    pub plot: (i32, i32, i32, i32),
    /// Pain when sitting: the points of each run of days in a row (a day
    /// without an entry breaks the line).
    pub sitting: Vec<Vec<(i32, i32)>>,
    /// Pain during activity, the same way (rest days break the line).
    pub activity: Vec<Vec<(i32, i32)>>,
    /// The highest pain during one of the day's exercises, a mark for each
    /// day that has some (no line: the exercises may differ from day to day).
    pub exercises: Vec<(i32, i32)>,
    /// The height of the limit line.
    pub limit_y: i32,
    /// Labels under the plot: x and text.
    pub x_labels: Vec<(i32, String)>,
    /// Labels beside the plot: y and pain score.
    pub y_labels: Vec<(i32, u8)>,
    /// Half the size of a point mark: smaller when the days are close together.
    pub mark: i32,
}

pub const WIDTH: i32 = 320;
pub const HEIGHT: i32 = 180;
const PLOT: (i32, i32, i32, i32) = (30, 10, 300, 150);

/// The chart of the `days` days ending at `today`.
pub fn chart(log: &Log, limit: u32, today: Day, days: u32) -> Chart {
    let days = days.max(2) as i32;
    let (left, top, right, bottom) = PLOT;
    let x = |i: i32| left + (right - left) * i / (days - 1);
    let y = |pain: u32| bottom - (bottom - top) * pain.min(10) as i32 / 10;
    let first = today - days + 1;
    let mut sitting: Vec<Vec<(i32, i32)>> = Vec::new();
    let mut activity: Vec<Vec<(i32, i32)>> = Vec::new();
    let mut exercises = Vec::new();
    let (mut last_sitting, mut last_activity) = (None, None);
    for entry in log.between(first, today) {
        let i = entry.day - first;
        if let Some(pain) = entry.exercises.iter().filter_map(|d| d.pain).max() {
            exercises.push((x(i), y(u32::from(pain))));
        }
        let point = (x(i), y(u32::from(entry.sitting)));
        extend(&mut sitting, &mut last_sitting, i, point);
        if let Some(pain) = entry.activity_pain {
            extend(
                &mut activity,
                &mut last_activity,
                i,
                (x(i), y(u32::from(pain))),
            );
        }
    }
    let x_labels = (0..days)
        .filter(|i| days <= 7 || (days - 1 - i) % 7 == 0)
        .map(|i| {
            let d = first + i;
            let text = if days <= 7 {
                day::weekday_label(d).to_owned()
            } else {
                day::short_label(d)
            };
            (x(i), text)
        })
        .collect();
    Chart {
        width: WIDTH,
        height: HEIGHT,
        plot: PLOT,
        sitting,
        activity,
        exercises,
        limit_y: y(limit),
        x_labels,
        y_labels: [0u8, 5, 10].iter().map(|&p| (y(u32::from(p)), p)).collect(),
        mark: if days <= 7 { 6 } else { 4 },
    }
}

/// Adds a point to the series: to the current run if it follows the day
/// before, else as a new run.
fn extend(series: &mut Vec<Vec<(i32, i32)>>, last: &mut Option<i32>, i: i32, point: (i32, i32)) {
    match series.last_mut() {
        Some(run) if *last == Some(i - 1) => run.push(point),
        _ => series.push(vec![point]),
    }
    *last = Some(i);
}

/// SVG path data through the points: `M30 150L76 122`.
pub fn path(points: &[(i32, i32)]) -> String {
    let mut out = String::new();
    for (i, (x, y)) in points.iter().enumerate() {
        let _ = write!(out, "{}{x} {y}", if i == 0 { 'M' } else { 'L' });
    }
    out
}
