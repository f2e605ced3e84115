//! Which way each measure of the diary went over a window of days: pain
//! when sitting and pain during activity, rising, falling or steady.
//!
//! A straight line is fitted through the scores (least squares, so one odd
//! day moves it less than comparing the first and last day would), and its
//! rise from the first day scored to the last is compared with the
//! content's `worse_by` and
//! `better_by`, the changes the nudges count as worse or better. A measure
//! with fewer than `review_entries` scores in the window has no direction.

use super::day::Day;
use super::trend::window;
use super::Log;
use crate::model::Diary;

/// Which way a measure went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Up by `worse_by` or more across the window.
    Rising,
    /// Down by `better_by` or more.
    Falling,
    Steady,
    /// Fewer than `review_entries` scores.
    TooFew,
}

/// Both measures over one window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directions {
    pub days: u32,
    pub sitting: Direction,
    pub activity: Direction,
    /// The scores behind each, oldest first.
    pub sitting_scores: Vec<u8>,
    pub activity_scores: Vec<u8>,
}

/// The direction of each measure over the `days` days ending at `today`.
pub fn directions(rules: &Diary, log: &Log, today: Day, days: u32) -> Directions {
    let entries = window(log, today, days);
    let sitting: Vec<(Day, u8)> = entries.iter().map(|e| (e.day, e.sitting)).collect();
    let activity: Vec<(Day, u8)> = entries
        .iter()
        .filter_map(|e| Some((e.day, e.activity_pain?)))
        .collect();
    let scores = |points: &[(Day, u8)]| points.iter().map(|(_, s)| *s).collect();
    Directions {
        days,
        sitting: direction(rules, &sitting),
        activity: direction(rules, &activity),
        sitting_scores: scores(&sitting),
        activity_scores: scores(&activity),
    }
}

/// The direction of scores given as (day, score), oldest first, one a day:
/// the fitted line's rise from the first day to the last.
pub fn direction(rules: &Diary, points: &[(Day, u8)]) -> Direction {
    let n = points.len() as i64;
    if n < i64::from(rules.review_entries.value.max(2)) {
        return Direction::TooFew;
    }
    let first = points[0].0;
    let (mut sx, mut sy, mut sxx, mut sxy) = (0i64, 0i64, 0i64, 0i64);
    for &(day, score) in points {
        let (x, y) = (i64::from(day - first), i64::from(score));
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    // The slope is rise / run; from the first day to the last the line
    // rises slope × span (integers only: both sides times run).
    let rise = n * sxy - sx * sy;
    let run = n * sxx - sx * sx;
    let span = i64::from(points[points.len() - 1].0 - first);
    if run <= 0 {
        return Direction::TooFew;
    }
    if rise * span >= i64::from(rules.worse_by.value) * run {
        Direction::Rising
    } else if -rise * span >= i64::from(rules.better_by.value) * run {
        Direction::Falling
    } else {
        Direction::Steady
    }
}
