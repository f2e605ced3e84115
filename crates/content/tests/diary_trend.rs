//! The trend: averages, the summary sentence (its template is content), the
//! chart's geometry, and the diary in the summary for the physio.

mod common;

use guide_core::clinic;
use guide_core::diary::trend::{average, chart, path, sentence, stats, window, HEIGHT, WIDTH};
use guide_core::diary::{Activity, Day, Entry, Log, Morning, RunKind};
use guide_core::summary;

const TODAY: Day = 20_782; // Wed 25 Nov 2026

fn entry(day: Day, sitting: u8, pain: Option<u8>) -> Entry {
    Entry {
        day,
        sitting,
        activity: match pain {
            Some(_) => Activity::Run {
                minutes: 30,
                kind: RunKind::EasyFlat,
            },
            None => Activity::Rest,
        },
        activity_pain: pain,
        morning: Some(Morning::Same),
        alarm: false,
    }
}

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
fn the_chart_places_each_day_and_breaks_lines_at_gaps() {
    let mut log = example_week();
    log.remove(TODAY - 3); // a day without an entry
    log.upsert(entry(TODAY - 1, 0, None)); // a rest day: no activity point
    let c = chart(&log, 3, TODAY, 7);
    assert_eq!((c.width, c.height), (WIDTH, HEIGHT));
    let (left, top, right, bottom) = c.plot;
    // Sitting: days 0-2, then 4-6 (day 3 missing).
    let xs = |runs: &[Vec<(i32, i32)>]| -> Vec<Vec<i32>> {
        runs.iter()
            .map(|r| r.iter().map(|p| p.0).collect())
            .collect()
    };
    let step = (right - left) / 6;
    let x = |i: i32| left + (right - left) * i / 6;
    assert_eq!(
        xs(&c.sitting),
        vec![vec![x(0), x(1), x(2)], vec![x(4), x(5), x(6)]]
    );
    // Activity: days 0-2, 4, then 6 (5 was a rest day).
    assert_eq!(
        xs(&c.activity),
        vec![vec![x(0), x(1), x(2)], vec![x(4)], vec![x(6)]]
    );
    assert!(step > 40, "7 days spread across the plot");
    // Heights: 0 at the bottom, 10 at the top, the limit in between.
    let y = |pain: i32| bottom - (bottom - top) * pain / 10;
    assert_eq!(c.sitting[0][0].1, y(3));
    assert_eq!(c.sitting[1][1].1, y(0));
    assert_eq!(c.activity[2][0], (x(6), y(5)));
    assert_eq!(c.limit_y, y(3));
    assert_eq!(c.y_labels, vec![(bottom, 0), (y(5), 5), (top, 10)]);
    // Each day of a week is named; today is last.
    let labels: Vec<&str> = c.x_labels.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(labels, ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]);
    assert_eq!(
        path(&c.sitting[0]),
        format!("M{} {}L{} {}L{} {}", x(0), y(3), x(1), y(3), x(2), y(3))
    );
}

#[test]
fn the_28_day_chart_labels_each_week_ending_today() {
    let c = chart(&example_week(), 3, TODAY, 28);
    let labels: Vec<&str> = c.x_labels.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(labels, ["4 Nov", "11 Nov", "18 Nov", "25 Nov"]);
    assert_eq!(
        c.x_labels.last().unwrap().0,
        c.plot.2,
        "today at the right edge"
    );
    // The week's entries sit at the right end, one run of 7 points.
    assert_eq!(c.sitting.len(), 1);
    assert_eq!(c.sitting[0].len(), 7);
    assert!(c.sitting[0]
        .iter()
        .all(|(x, _)| *x >= c.plot.0 && *x <= c.plot.2));
    assert!(chart(&Log::new(), 3, TODAY, 28).sitting.is_empty());
    // Marks shrink when 28 days share the width.
    assert!(c.mark < chart(&example_week(), 3, TODAY, 7).mark);
}

#[test]
fn the_summary_for_the_physio_shows_the_diary_when_there_is_one() {
    let content = common::real();
    let clinic = clinic::Config::default().clinic;
    assert_eq!(summary::diary(content, &Log::new(), &clinic, TODAY), "");
    let mut log = example_week();
    let mut alarmed = entry(TODAY - 20, 2, None);
    alarmed.alarm = true;
    log.upsert(alarmed);
    let text = summary::diary(content, &log, &clinic, TODAY);
    assert!(text.starts_with("\nYour pain diary:\n"), "{text}");
    assert!(text.contains("- Over the last 7 days, pain during activity averaged 2 out of 10. It was within your limit on 6 of 7 days."), "{text}");
    assert!(text.contains("- Over the last 28 days,"), "{text}");
    // Today's entry was over the limit: the advice is to ease off.
    assert!(
        text.contains("- What to do next: Ease off one step\n"),
        "{text}"
    );
    assert!(text.contains("- Wed 25 Nov: Pain when sitting 3; A run, 30 min, Easy and flat; Pain during the activity 5; The next morning, compared with usual: Same as usual\n"), "{text}");
    assert!(text.contains("- Thu 5 Nov: Pain when sitting 2; Rest; The next morning, compared with usual: Same as usual; I have new or worrying symptoms\n"), "{text}");
    assert_eq!(text.matches("\n- ").count(), 3 + 8, "{text}");
}
