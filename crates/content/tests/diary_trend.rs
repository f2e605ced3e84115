//! The trend: averages, the summary sentence (its template is content) and
//! the chart's geometry.

mod common;

use guide_core::diary::trend::{average, chart, path, sentence, stats, window, HEIGHT, WIDTH};
use guide_core::diary::Log;

use common::{diary_entry as entry, TODAY};

/// The week of the brief's example: activity pain averaging 2, within the
/// limit (3) on 6 of 7 days; sitting pain averaging 3.
fn example_week() -> Log {
    let activity = [1, 2, 1, 2, 1, 2, 5];
    let sitting = [3, 3, 3, 3, 3, 3, 3];
    Log::from_entries((0..7).map(|i| {
        entry(
            TODAY - 6 + i,
            sitting[i as usize],
            Some(activity[i as usize]),
        )
    }))
}

#[test]
fn averages_read_as_a_person_writes_them() {
    for (sum, count, text) in [
        (14, 7, "2"),
        (15, 7, "2.1"),
        (17, 7, "2.4"),
        (5, 2, "2.5"),
        (1, 3, "0.3"),
        (70, 7, "10"),
        (0, 0, "0"),
        (199, 20, "10"), // 9.95 rounds half up
    ] {
        assert_eq!(average(sum, count), text, "{sum}/{count}");
    }
}

#[test]
fn the_summary_sentence_comes_from_the_content() {
    let content = common::real();
    let rules = content.diary.as_ref().unwrap();
    let log = example_week();
    let s = stats(rules, &log, TODAY, 7);
    assert_eq!(
        (s.entries, s.active, s.within, s.activity_sum),
        (7, 7, 6, 14)
    );
    assert_eq!(
        sentence(content, rules, &log, TODAY, 7),
        "Over the last 7 days, pain during activity averaged 2 out of 10. It was within your limit on 6 of 7 days. Pain when sitting averaged 3 out of 10."
    );
    // Rest days only, and no entries at all, have their own sentences.
    let rest = Log::from_entries((0..3).map(|i| entry(TODAY - i, 4, None)));
    assert_eq!(
        sentence(content, rules, &rest, TODAY, 28),
        "Over the last 28 days, pain when sitting averaged 4 out of 10. No day had a score for pain during activity."
    );
    assert_eq!(
        sentence(content, rules, &Log::new(), TODAY, 7),
        "There are no entries for the last 7 days."
    );
    // The window is the last 7 days: an entry 7 days ago is outside it.
    let mut older = example_week();
    older.upsert(entry(TODAY - 7, 10, Some(10)));
    assert_eq!(window(&older, TODAY, 7).len(), 7);
    assert_eq!(window(&older, TODAY, 28).len(), 8);
    // A different limit counts differently.
    let mut five = rules.clone();
    five.limit.value = 5;
    assert_eq!(stats(&five, &log, TODAY, 7).within, 7);
}

#[test]
fn the_summary_sentence_and_the_chart_include_the_exercises() {
    let content = common::real();
    let rules = content.diary.as_ref().unwrap();
    let id = |s| guide_core::diary::ExId::new(s).expect("a keepable id");
    let mut rest: Vec<_> = (0..3).map(|i| entry(TODAY - i, 4, None)).collect();
    rest[0].exercises.set(id("bridge_hold"), Some(2));
    rest[0].exercises.set(id("prone_curl_hold"), Some(5));
    rest[2].exercises.set(id("bridge_hold"), Some(1));
    let log = Log::from_entries(rest);
    assert_eq!(
        sentence(content, rules, &log, TODAY, 7),
        "Over the last 7 days, pain when sitting averaged 4 out of 10. No day had a score for pain during activity. \
         Pain during your exercises averaged 2.7 out of 10. It was within your limit 2 of 3 times."
    );
    // A mark for each day with exercises, at its highest pain.
    let c = chart(&log, rules.limit.value, TODAY, 7);
    let y = |pain: i32| c.plot.3 - (c.plot.3 - c.plot.1) * pain / 10;
    assert_eq!(
        c.exercises,
        [
            (c.plot.0 + (c.plot.2 - c.plot.0) * 4 / 6, y(1)),
            (c.plot.2, y(5))
        ]
    );
}

#[test]
fn the_chart_places_each_day_and_breaks_lines_at_gaps() {
    let mut log = example_week();
    log.remove(TODAY - 3); // a day without an entry
    log.upsert(entry(TODAY - 1, 0, None)); // a rest day: no activity point
    let c = chart(&log, 3, TODAY, 7);
    assert_eq!((c.width, c.height), (WIDTH, HEIGHT));
    assert_eq!((WIDTH, HEIGHT), (320, 180));
    // The plot runs from x 30 to 300 and from y 150 (pain 0) up to 10
    // (pain 10): a day every 45, a point of pain every 14.
    assert_eq!(c.plot, (30, 10, 300, 150));
    // Sitting (3; 0 on the rest day): days 0-2, then 4-6 (day 3 missing).
    assert_eq!(
        c.sitting,
        vec![
            vec![(30, 108), (75, 108), (120, 108)],
            vec![(210, 108), (255, 150), (300, 108)],
        ]
    );
    // Activity (1, 2, 1, -, 1, rest, 5): days 0-2, 4, then 6.
    assert_eq!(
        c.activity,
        vec![
            vec![(30, 136), (75, 122), (120, 136)],
            vec![(210, 136)],
            vec![(300, 80)],
        ]
    );
    assert_eq!(c.limit_y, 108);
    assert_eq!(c.y_labels, vec![(150, 0), (80, 5), (10, 10)]);
    // Each day of a week is named, under its point; today is last.
    assert_eq!(
        c.x_labels,
        [
            (30, "Thu"),
            (75, "Fri"),
            (120, "Sat"),
            (165, "Sun"),
            (210, "Mon"),
            (255, "Tue"),
            (300, "Wed")
        ]
        .map(|(x, t)| (x, t.to_owned()))
    );
    assert_eq!(c.mark, 6);
    assert_eq!(path(&c.sitting[0]), "M30 108L75 108L120 108");
    assert_eq!(path(&c.sitting[1]), "M210 108L255 150L300 108");
}

#[test]
fn the_28_day_chart_labels_each_week_ending_today() {
    let c = chart(&example_week(), 3, TODAY, 28);
    // 28 days across x 30..300: a day every 10; a label each week, today's
    // at the right edge.
    assert_eq!(
        c.x_labels,
        [
            (90, "4 Nov"),
            (160, "11 Nov"),
            (230, "18 Nov"),
            (300, "25 Nov")
        ]
        .map(|(x, t)| (x, t.to_owned()))
    );
    // The week's entries sit at the right end, one run of 7 points.
    assert_eq!(
        c.sitting,
        vec![vec![
            (240, 108),
            (250, 108),
            (260, 108),
            (270, 108),
            (280, 108),
            (290, 108),
            (300, 108)
        ]]
    );
    assert_eq!(
        c.activity,
        vec![vec![
            (240, 136),
            (250, 122),
            (260, 136),
            (270, 122),
            (280, 136),
            (290, 122),
            (300, 80)
        ]]
    );
    assert!(chart(&Log::new(), 3, TODAY, 28).sitting.is_empty());
    // Marks shrink when 28 days share the width.
    assert_eq!(c.mark, 4);
}
