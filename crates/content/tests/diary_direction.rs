//! Which way each measure of the diary went, as a table of cases on the
//! shipped content's `[diary]` (worse by 1, better by 2, 3 entries needed)
//! and on changed numbers: rising, falling and steady at their edges, one
//! odd day, gaps between days, and too few scores.

mod common;

use common::{diary_entry, TODAY};
use guide_core::diary::direction::{direction, directions, Direction};
use guide_core::diary::{Day, Log};
use guide_core::model::Diary;

use Direction::{Falling, Rising, Steady, TooFew};

fn rules() -> Diary {
    common::real()
        .diary
        .clone()
        .expect("the content has a [diary]")
}

/// Scores on the days ending today, one a day; `None` is a day without one.
fn days(scores: &[Option<u8>]) -> Vec<(Day, u8)> {
    let first = TODAY - scores.len() as Day + 1;
    scores
        .iter()
        .enumerate()
        .filter_map(|(i, s)| Some((first + i as Day, (*s)?)))
        .collect()
}

#[test]
fn the_direction_of_a_week_of_scores() {
    let rules = rules();
    assert_eq!(
        (
            rules.worse_by.value,
            rules.better_by.value,
            rules.review_entries.value
        ),
        (1, 2, 3),
        "the table below is for the shipped numbers"
    );
    let s = Some;
    let cases: &[(&str, &[Option<u8>], Direction)] = &[
        (
            "3 to 5 over a week",
            &[s(3), s(3), s(4), s(4), s(4), s(5), s(5)],
            Rising,
        ),
        (
            "the same every day",
            &[s(4), s(4), s(4), s(4), s(4), s(4), s(4)],
            Steady,
        ),
        (
            "up by exactly worse_by",
            &[s(2), s(2), s(2), s(3), s(3), s(3)],
            Rising,
        ),
        (
            "up by less than worse_by",
            &[s(2), s(2), s(2), s(2), s(2), s(3)],
            Steady,
        ),
        (
            "down by exactly better_by",
            &[s(5), s(5), s(5), s(3), s(3), s(3)],
            Falling,
        ),
        (
            "down by less than better_by",
            &[s(5), s(5), s(5), s(4), s(4), s(4)],
            Steady,
        ),
        (
            "5 to 2 with gaps",
            &[s(5), None, s(4), None, None, s(2)],
            Falling,
        ),
        (
            "one odd day in a flat week",
            &[s(2), s(2), s(2), s(8), s(2), s(2), s(2)],
            Steady,
        ),
        (
            "one high last day",
            &[s(2), s(2), s(2), s(2), s(2), s(2), s(6)],
            Rising,
        ),
        ("up and down again", &[s(2), s(4), s(6), s(4), s(2)], Steady),
        ("three scores rising", &[s(1), s(2), s(3)], Rising),
        (
            "three scores on two ends",
            &[s(3), None, None, None, None, s(6), s(6)],
            Rising,
        ),
        ("two scores", &[s(1), s(9)], TooFew),
        ("one score", &[s(5)], TooFew),
        ("none", &[None, None, None], TooFew),
    ];
    for (name, scores, expected) in cases {
        assert_eq!(
            direction(&rules, &days(scores)),
            *expected,
            "{name}: {scores:?}"
        );
    }
}

#[test]
fn the_thresholds_come_from_the_content() {
    let scores = days(&[Some(2), Some(2), Some(3), Some(4)]);
    let mut rules = rules();
    assert_eq!(direction(&rules, &scores), Rising);
    rules.worse_by.value = 3;
    assert_eq!(direction(&rules, &scores), Steady);
    rules.worse_by.value = 2;
    assert_eq!(direction(&rules, &scores), Rising, "the line rises 2.1");
    let falling = days(&[Some(6), Some(5), Some(5), Some(4)]);
    rules.better_by.value = 2;
    assert_eq!(direction(&rules, &falling), Steady, "falls 1.7");
    rules.better_by.value = 1;
    assert_eq!(direction(&rules, &falling), Falling);
    rules.review_entries.value = 5;
    assert_eq!(direction(&rules, &falling), TooFew);
}

#[test]
fn each_measure_of_the_last_week_has_its_own_direction_and_scores() {
    let rules = rules();
    // Sitting rises 2, 3, 4, 5; activity falls 6, 4, 2, with a rest day
    // (no activity score) and an entry from before the week, left out.
    let mut log = Log::from_entries([
        diary_entry(TODAY - 9, 9, Some(9)),
        diary_entry(TODAY - 3, 2, Some(6)),
        diary_entry(TODAY - 2, 3, None),
        diary_entry(TODAY - 1, 4, Some(4)),
        diary_entry(TODAY, 5, Some(2)),
    ]);
    let week = directions(&rules, &log, TODAY, 7);
    assert_eq!((week.sitting, week.activity), (Rising, Falling));
    assert_eq!(week.sitting_scores, [2, 3, 4, 5]);
    assert_eq!(week.activity_scores, [6, 4, 2]);
    log.remove(TODAY);
    let week = directions(&rules, &log, TODAY, 7);
    assert_eq!((week.sitting, week.activity), (Rising, TooFew));
}
