//! The diary's pain rule and nudges as tables of cases, on the shipped
//! content's `[diary]` (limit 3, 7 days, 21-day review) and on changed
//! numbers, so the thresholds are read from the content, not from code.
//! The edges are enumerated: 0, the limit, the limit + 1 and 10; every next
//! morning, including not rated; 6, 7 and 8 days within the rule; and the
//! "new or worrying symptoms" box with every other combination.

mod common;

use guide_core::diary::rules::{advise, nudge, streak, Nudge, Verdict};
use guide_core::diary::{Activity, Day, Entry, Log, Morning, RunKind};
use guide_core::model::Diary;

const TODAY: Day = 20_782; // Wed 25 Nov 2026

fn rules() -> Diary {
    common::real()
        .diary
        .clone()
        .expect("the content has a [diary]")
}

fn with_limit(limit: u32) -> Diary {
    let mut rules = rules();
    rules.limit.value = limit;
    rules
}

const RUN: Activity = Activity::Run {
    minutes: 30,
    kind: RunKind::EasyFlat,
};

fn entry(day: Day, pain: Option<u8>, morning: Option<Morning>) -> Entry {
    Entry {
        day,
        sitting: 2,
        activity: if pain.is_some() { RUN } else { Activity::Rest },
        activity_pain: pain,
        morning,
        alarm: false,
        exercises: Default::default(),
    }
}

/// Settled days (pain 1, same as usual) ending at `last`.
fn settled_days(last: Day, count: i32) -> Vec<Entry> {
    (0..count)
        .map(|i| entry(last - i, Some(1), Some(Morning::Same)))
        .collect()
}

const MORNINGS: [Option<Morning>; 4] = [
    None,
    Some(Morning::Better),
    Some(Morning::Same),
    Some(Morning::Worse),
];

/// Every activity the form can save, with every pain score it allows.
fn every_activity() -> Vec<(Activity, Option<u8>)> {
    let mut all = vec![(Activity::Rest, None)];
    for kind in RunKind::ALL {
        for minutes in [1, 45, 600] {
            all.extend((0..=10).map(|p| (Activity::Run { minutes, kind }, Some(p))));
        }
    }
    all.extend((0..=10).map(|p| (Activity::Exercises, Some(p))));
    all
}

#[test]
fn the_shipped_numbers_are_the_clinic_defaults() {
    let rules = rules();
    assert_eq!(rules.limit.value, 3);
    assert_eq!(rules.steady_days.value, 7);
    assert_eq!(rules.review_days.value, 21);
    assert_eq!(rules.alarm.days, 7);
    assert_eq!(
        common::real().care(rules.alarm.care).unwrap().1.id,
        "urgent"
    );
}

#[test]
fn one_day_at_the_edges_of_the_limit_and_every_next_morning() {
    use Verdict::*;
    // (pain during the activity relative to the limit, next morning, advice)
    // for the only entry, dated today. "L" is the limit.
    #[rustfmt::skip]
    let table: [(&str, Option<Morning>, Verdict); 20] = [
        ("rest",  None,                 CheckMorning),
        ("rest",  Some(Morning::Better), KeepGoing),
        ("rest",  Some(Morning::Same),   KeepGoing),
        ("rest",  Some(Morning::Worse),  EaseOff),
        ("0",     None,                 CheckMorning),
        ("0",     Some(Morning::Better), KeepGoing),
        ("0",     Some(Morning::Same),   KeepGoing),
        ("0",     Some(Morning::Worse),  EaseOff),
        ("L",     None,                 CheckMorning),
        ("L",     Some(Morning::Better), KeepGoing),
        ("L",     Some(Morning::Same),   KeepGoing),
        ("L",     Some(Morning::Worse),  EaseOff),
        ("L+1",   None,                 EaseOff),
        ("L+1",   Some(Morning::Better), EaseOff),
        ("L+1",   Some(Morning::Same),   EaseOff),
        ("L+1",   Some(Morning::Worse),  EaseOff),
        ("10",    None,                 EaseOff),
        ("10",    Some(Morning::Better), EaseOff),
        ("10",    Some(Morning::Same),   EaseOff),
        ("10",    Some(Morning::Worse),  EaseOff),
    ];
    for limit in [0, 3, 5] {
        let rules = with_limit(limit);
        for (pain, morning, expected) in table {
            let score = match pain {
                "rest" => None,
                "0" => Some(0),
                "L" => Some(limit as u8),
                "L+1" => Some(limit as u8 + 1),
                _ => Some(10),
            };
            let activities: &[Activity] = if score.is_some() {
                &[RUN, Activity::Exercises]
            } else {
                &[Activity::Rest]
            };
            for &activity in activities {
                let mut e = entry(TODAY, score, morning);
                e.activity = activity;
                let ruling = advise(&rules, &Log::from_entries([e]), TODAY);
                assert_eq!(
                    ruling.verdict, expected,
                    "limit {limit}, pain {pain} ({score:?}), {activity:?}, morning {morning:?}"
                );
                assert_eq!(ruling.day, Some(TODAY));
            }
        }
    }
}

#[test]
fn one_step_more_after_each_full_week_within_the_rule() {
    use Verdict::*;
    // (days in a row within the rule, advice on the last of them)
    #[rustfmt::skip]
    let table = [
        (1, KeepGoing), (2, KeepGoing), (5, KeepGoing), (6, KeepGoing),
        (7, Progress),
        (8, KeepGoing), (13, KeepGoing),
        (14, Progress),
        (15, KeepGoing), (21, Progress), (28, Progress),
    ];
    let rules = rules();
    for (days, expected) in table {
        let log = Log::from_entries(settled_days(TODAY, days));
        let ruling = advise(&rules, &log, TODAY);
        assert_eq!(ruling.verdict, expected, "{days} days in a row");
        assert_eq!(ruling.streak, days as u32);
    }
    // The number of days comes from the content.
    let mut five = rules.clone();
    five.steady_days.value = 5;
    for (days, expected) in [
        (4, KeepGoing),
        (5, Progress),
        (6, KeepGoing),
        (10, Progress),
    ] {
        let log = Log::from_entries(settled_days(TODAY, days));
        assert_eq!(
            advise(&five, &log, TODAY).verdict,
            expected,
            "5-day rule, {days} days"
        );
    }
}

#[test]
fn anything_off_in_the_week_starts_the_count_again() {
    // A week ending today, with day `k` (0 = 6 days ago … 6 = today) broken
    // in one way; what is left in a row at the end, and the advice.
    let rules = rules();
    type Spoil = fn(&mut Vec<Entry>, usize);
    let breaks: [(&str, Spoil); 5] = [
        ("over the limit", |w, k| w[k].activity_pain = Some(4)),
        ("worse next morning", |w, k| {
            w[k].morning = Some(Morning::Worse)
        }),
        ("morning not rated", |w, k| w[k].morning = None),
        ("no entry", |w, k| {
            w.remove(k);
        }),
        ("pain 10", |w, k| w[k].activity_pain = Some(10)),
    ];
    for (name, spoil) in breaks {
        for k in 0..7usize {
            let mut week: Vec<Entry> = settled_days(TODAY, 7);
            week.reverse(); // oldest first: index k is TODAY - 6 + k
            spoil(&mut week, k);
            let log = Log::from_entries(week);
            let ruling = advise(&rules, &log, TODAY);
            let after = 6 - k as u32; // settled days after the broken one
            let expected = match (k, name) {
                (6, "no entry") => Verdict::KeepGoing, // latest is yesterday, 6 in a row
                (6, "morning not rated") => Verdict::CheckMorning,
                (6, _) => Verdict::EaseOff,
                _ => Verdict::KeepGoing,
            };
            assert_eq!(ruling.verdict, expected, "{name} on day {k}");
            let in_a_row = if (k, name) == (6, "no entry") {
                6
            } else {
                after
            };
            assert_eq!(streak(&rules, &log, TODAY), after, "{name} on day {k}");
            if expected == Verdict::KeepGoing {
                assert_eq!(ruling.streak, in_a_row, "{name} on day {k}");
            }
        }
    }
}

#[test]
fn the_new_or_worrying_symptoms_box_wins_over_every_other_combination() {
    let rules = rules();
    let mut checked = 0;
    for (activity, pain) in every_activity() {
        for morning in MORNINGS {
            for sitting in 0..=10 {
                let alarmed = Entry {
                    day: TODAY,
                    sitting,
                    activity,
                    activity_pain: pain,
                    morning,
                    alarm: true,
                    exercises: Default::default(),
                };
                assert!(alarmed.is_valid());
                // Alone, after a week that would give "one step more", and
                // after days over the limit.
                let mut progress = settled_days(TODAY - 1, 6);
                progress.push(alarmed);
                let mut over: Vec<Entry> = (1..7)
                    .map(|i| entry(TODAY - i, Some(9), Some(Morning::Worse)))
                    .collect();
                over.push(alarmed);
                for log in [
                    Log::from_entries([alarmed]),
                    Log::from_entries(progress),
                    Log::from_entries(over),
                ] {
                    let ruling = advise(&rules, &log, TODAY);
                    assert_eq!(ruling.verdict, Verdict::Alarm, "{alarmed:?}");
                    assert_eq!(ruling.day, Some(TODAY));
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(checked, (1 + RunKind::ALL.len() * 3 * 11 + 11) * 4 * 11 * 3);
}

#[test]
fn the_alarm_stays_for_its_days_even_under_later_good_days() {
    let rules = rules();
    let days = rules.alarm.days as Day;
    for ago in 0..=days + 1 {
        // A perfect week ending today, with the box ticked `ago` days ago.
        let mut week = settled_days(TODAY, 7.max(ago + 1));
        let i = ago as usize;
        week[i].alarm = true;
        let ruling = advise(&rules, &Log::from_entries(week), TODAY);
        if ago < days {
            assert_eq!(ruling.verdict, Verdict::Alarm, "ticked {ago} days ago");
            assert_eq!(ruling.day, Some(TODAY - ago));
        } else {
            assert_ne!(ruling.verdict, Verdict::Alarm, "ticked {ago} days ago");
        }
    }
    // Dated after today (the device's clock went back): still the card.
    let mut later = entry(TODAY + 3, Some(0), Some(Morning::Same));
    later.alarm = true;
    let ruling = advise(&rules, &Log::from_entries([later]), TODAY);
    assert_eq!(ruling.verdict, Verdict::Alarm);
}

#[test]
fn old_entries_give_no_advice() {
    let rules = rules();
    let recent = rules.steady_days.value as Day;
    assert_eq!(
        advise(&rules, &Log::new(), TODAY).verdict,
        Verdict::NoRecent
    );
    for (ago, expected) in [
        (0, Verdict::KeepGoing),
        (recent - 1, Verdict::KeepGoing),
        (recent, Verdict::NoRecent),
        (100, Verdict::NoRecent),
    ] {
        let log = Log::from_entries([entry(TODAY - ago, Some(1), Some(Morning::Same))]);
        let ruling = advise(&rules, &log, TODAY);
        assert_eq!(ruling.verdict, expected, "latest entry {ago} days ago");
    }
    // Only entries dated after today: nothing to go on.
    let log = Log::from_entries([entry(TODAY + 1, Some(9), Some(Morning::Worse))]);
    assert_eq!(advise(&rules, &log, TODAY).verdict, Verdict::NoRecent);
}

#[test]
fn the_latest_entry_decides_even_when_earlier_days_are_filled_in_later() {
    let rules = rules();
    let mut log = Log::from_entries([entry(TODAY, Some(2), Some(Morning::Same))]);
    assert_eq!(advise(&rules, &log, TODAY).verdict, Verdict::KeepGoing);
    // Back-filling an over-limit day before it does not change today's advice…
    log.upsert(entry(TODAY - 1, Some(6), Some(Morning::Worse)));
    assert_eq!(advise(&rules, &log, TODAY).verdict, Verdict::KeepGoing);
    // …but it breaks the run of days.
    assert_eq!(streak(&rules, &log, TODAY), 1);
    // Saving today again replaces it.
    log.upsert(entry(TODAY, Some(5), Some(Morning::Same)));
    assert_eq!(log.len(), 2);
    assert_eq!(advise(&rules, &log, TODAY).verdict, Verdict::EaseOff);
}

/// 21 days ending today: `sitting(i)` and `activity(i)` give the scores of
/// day `i` (0 = 20 days ago); `None` for the activity is a rest day.
fn weeks(sitting: impl Fn(i32) -> u8, activity: impl Fn(i32) -> Option<u8>) -> Log {
    Log::from_entries((0..21).map(|i| Entry {
        day: TODAY - 20 + i,
        sitting: sitting(i),
        activity: if activity(i).is_some() {
            RUN
        } else {
            Activity::Rest
        },
        activity_pain: activity(i),
        morning: Some(Morning::Same),
        alarm: false,
        exercises: Default::default(),
    }))
}

/// Week number of day `i` of `weeks`: 0 (first), 1, 2 (last).
fn week(i: i32) -> usize {
    (i / 7) as usize
}

#[test]
fn nudges_compare_the_first_and_last_weeks() {
    let rules = rules();
    // (name, sitting per week, activity per week, nudge)
    type Case = (&'static str, [u8; 3], [Option<u8>; 3], Option<Nudge>);
    #[rustfmt::skip]
    // The content's `better_by` is 2 points out of 10 (the smallest change
    // that matters); `worse_by` is 1.
    assert_eq!((rules.better_by.value, rules.worse_by.value), (2, 1));
    let table: [Case; 10] = [
        (
            "no change",
            [4, 4, 4],
            [Some(3), Some(3), Some(3)],
            Some(Nudge::NoBetter),
        ),
        (
            "sitting better by only 1",
            [4, 4, 3],
            [Some(3), Some(3), Some(3)],
            Some(Nudge::NoBetter),
        ),
        (
            "sitting better by exactly 2",
            [4, 4, 2],
            [Some(3), Some(3), Some(3)],
            None,
        ),
        (
            "activity better by exactly 2",
            [4, 4, 4],
            [Some(3), Some(3), Some(1)],
            None,
        ),
        (
            "sitting worse by 1",
            [4, 4, 5],
            [Some(3), Some(3), Some(3)],
            Some(Nudge::GettingWorse),
        ),
        (
            "activity worse by 1",
            [4, 4, 4],
            [Some(3), Some(3), Some(4)],
            Some(Nudge::GettingWorse),
        ),
        (
            "worse than the first week only",
            [3, 4, 4],
            [Some(3), Some(3), Some(3)],
            Some(Nudge::GettingWorse),
        ),
        (
            "better sitting, worse running",
            [6, 6, 4],
            [Some(2), Some(2), Some(3)],
            Some(Nudge::GettingWorse),
        ),
        (
            "all rest, no change",
            [4, 4, 4],
            [None, None, None],
            Some(Nudge::NoBetter),
        ),
        ("all rest, better", [4, 4, 2], [None, None, None], None),
    ];
    for (name, sitting, activity, expected) in table {
        let log = weeks(|i| sitting[week(i)], |i| activity[week(i)]);
        assert_eq!(nudge(&rules, &log, TODAY), expected, "{name}");
    }
}

#[test]
fn nudges_at_the_edges_of_better_and_worse() {
    let rules = rules();
    // Sitting pain of `earlier` in the first two weeks; in the last week,
    // `usual` on six days and `odd` on its last day.
    let last_week = |usual: u8, odd: u8, earlier: u8| {
        weeks(
            |i| match (week(i), i) {
                (2, 20) => odd,
                (2, _) => usual,
                _ => earlier,
            },
            |_| Some(3),
        )
    };
    // Last week's sitting scores: six 2s and one 3 average 2.14, not two full
    // points below 4: not better. Six 2s and a 1: 1.86, better.
    assert_eq!(
        nudge(&rules, &last_week(2, 3, 4), TODAY),
        Some(Nudge::NoBetter)
    );
    assert_eq!(nudge(&rules, &last_week(2, 1, 4), TODAY), None);
    // Worse by under a point (4 → 4.86): not "getting worse", but not better either.
    assert_eq!(
        nudge(&rules, &last_week(5, 4, 4), TODAY),
        Some(Nudge::NoBetter)
    );
    // The sizes come from the content.
    let mut lenient = rules.clone();
    lenient.better_by.value = 1;
    let by_one = weeks(|i| [4, 4, 3][week(i)], |_| Some(3));
    assert_eq!(nudge(&lenient, &by_one, TODAY), None);
    assert_eq!(nudge(&rules, &by_one, TODAY), Some(Nudge::NoBetter));
}

#[test]
fn nudges_need_enough_entries_in_each_week() {
    let rules = rules();
    let need = rules.review_entries.value as i32;
    // Only `n` entries in the last week, with pain clearly worse.
    for n in 0..=7 {
        let log = Log::from_entries((0..21).filter(|i| *i < 14 || *i >= 21 - n).map(|i| Entry {
            day: TODAY - 20 + i,
            sitting: if i >= 14 { 8 } else { 2 },
            activity: Activity::Rest,
            activity_pain: None,
            morning: Some(Morning::Same),
            alarm: false,
            exercises: Default::default(),
        }));
        let expected = (n >= need).then_some(Nudge::GettingWorse);
        assert_eq!(
            nudge(&rules, &log, TODAY),
            expected,
            "{n} entries in the last week"
        );
    }
    // Only the last two weeks logged, the same pain: too soon for "no better".
    let two_weeks =
        Log::from_entries((0..14).map(|i| entry(TODAY - i, Some(3), Some(Morning::Same))));
    assert_eq!(nudge(&rules, &two_weeks, TODAY), None);
    assert_eq!(nudge(&rules, &Log::new(), TODAY), None);
}
