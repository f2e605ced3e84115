//! Each exercise's advice from the diary as tables of cases, on the shipped
//! content (limit 3, `move_on.days` 7; bridge hold moves on to a stage-2
//! exercise, the face-down hold to a stage-1 one, the curl steps back to
//! the hold, the dead bug has no next exercise): ease off one step (pain
//! above the limit, or the next morning worse), move on (the last
//! `move_on.days` days doing it settled) to the next exercise, or "ask your
//! physio" when that is beyond what a patient may start alone, keep going;
//! the alarm wins over all of it; the day's own advice eases off after an
//! exercise flared.

mod common;

use guide_core::diary::exercise_view::lines;
use guide_core::diary::progression::{advise, Step};
use guide_core::diary::rules::{advise as day_advice, Verdict};
use guide_core::diary::{Activity, Day, Entry, ExId, Log, Morning};
use guide_core::exercise::{Exercise, Library, ALONE_STAGE};
use guide_core::model::{Content, Diary};

const TODAY: Day = 20_782; // Wed 25 Nov 2026

fn shipped() -> (&'static Content, &'static Library, &'static Diary) {
    let (content, library) = common::shipped();
    let rules = content.diary.as_ref().expect("the content has a [diary]");
    (content, library, rules)
}

/// A rest day with exercise `id` done at `pain`, and that next morning.
fn did(day: Day, id: &str, pain: u8, morning: Option<Morning>) -> Entry {
    let mut entry = Entry {
        day,
        sitting: 2,
        activity: Activity::Rest,
        activity_pain: None,
        morning,
        alarm: false,
        exercises: Default::default(),
    };
    entry
        .exercises
        .set(ExId::new(id).expect("a keepable id"), Some(pain));
    entry
}

/// `count` settled days of `id` (pain 2, same as usual) ending at `last`.
fn settled(id: &str, last: Day, count: i32) -> Vec<Entry> {
    (0..count)
        .map(|i| did(last - i, id, 2, Some(Morning::Same)))
        .collect()
}

/// The step as a word, for the tables: `None` is no advice.
fn word(step: Option<Step>) -> String {
    match step {
        None => "none".into(),
        Some(Step::KeepGoing) => "keep".into(),
        Some(Step::EaseOff(None)) => "ease".into(),
        Some(Step::EaseOff(Some(back))) => format!("back:{}", back.id),
        Some(Step::MoveOn(to)) => format!("on:{}", to.id),
        Some(Step::AskPhysio) => "ask".into(),
    }
}

fn step(entries: Vec<Entry>, id: &str) -> String {
    let (_, library, rules) = shipped();
    let log = Log::from_entries(entries);
    word(advise(rules, library, &log, TODAY, id).map(|a| a.step))
}

#[test]
fn the_shipped_exercises_are_as_these_tables_expect() {
    let (_, library, _) = shipped();
    let ex = |id| library.exercise(id).expect("in the library");
    assert_eq!(ex("bridge_hold").move_on.to, Some("bridge_lift"));
    assert!(ex("bridge_lift").stage > ALONE_STAGE);
    assert_eq!(ex("prone_curl_hold").move_on.to, Some("prone_curl"));
    assert_eq!(ex("prone_curl").stage, ALONE_STAGE);
    assert_eq!(ex("prone_curl").step_back, Some("prone_curl_hold"));
    assert_eq!(ex("bridge_lift").step_back, Some("bridge_hold"));
    assert_eq!(ex("dead_bug").move_on.to, None);
    for id in ["bridge_hold", "prone_curl_hold", "prone_curl", "dead_bug"] {
        assert_eq!(ex(id).move_on.days, 7, "{id}");
    }
}

#[test]
fn the_latest_day_decides_ease_off_or_keep_going() {
    use Morning::*;
    #[rustfmt::skip]
    let table: &[(&str, u8, Option<Morning>, &str)] = &[
        // exercise,        pain, next morning, advice
        ("bridge_hold",     0, None,         "keep"),
        ("bridge_hold",     3, None,         "keep"),
        ("bridge_hold",     3, Some(Same),   "keep"),
        ("bridge_hold",     3, Some(Better), "keep"),
        ("bridge_hold",     4, None,         "ease"),
        ("bridge_hold",     10, Some(Better), "ease"),
        ("bridge_hold",     0, Some(Worse),  "ease"),
        ("prone_curl",      4, Some(Same),   "back:prone_curl_hold"),
        ("prone_curl",      2, Some(Worse),  "back:prone_curl_hold"),
        ("bridge_lift",     5, None,         "back:bridge_hold"),
        ("bridge_lift",     1, Some(Same),   "keep"),
        ("dead_bug",        4, Some(Same),   "ease"),
        ("gone_from_guide", 4, Some(Same),   "ease"),
        ("gone_from_guide", 1, Some(Same),   "keep"),
    ];
    for &(id, pain, morning, expected) in table {
        let got = step(vec![did(TODAY, id, pain, morning)], id);
        assert_eq!(got, expected, "{id} at {pain}, next morning {morning:?}");
    }
}

/// One day changed: days ago, pain, next morning.
type Changed = (i32, u8, Option<Morning>);

#[test]
fn moving_on_needs_its_days_all_settled_and_never_a_later_stage_alone() {
    use Morning::*;
    #[rustfmt::skip]
    let table: &[(&str, i32, Option<Changed>, &str)] = &[
        // exercise, settled days ending today, one day changed (days ago,
        // pain, next morning), advice
        ("prone_curl_hold", 6, None,                      "keep"),
        ("prone_curl_hold", 7, None,                      "on:prone_curl"),
        ("prone_curl_hold", 8, None,                      "on:prone_curl"),
        ("prone_curl_hold", 7, Some((3, 4, Some(Same))),  "keep"),
        ("prone_curl_hold", 7, Some((6, 2, Some(Worse))), "keep"),
        ("prone_curl_hold", 7, Some((6, 2, None)),        "keep"),
        ("prone_curl_hold", 7, Some((0, 4, Some(Same))),  "ease"),
        ("prone_curl_hold", 7, Some((0, 2, None)),        "keep"),
        ("prone_curl_hold", 7, Some((0, 2, Some(Worse))), "ease"),
        ("prone_curl_hold", 7, Some((0, 3, Some(Better))), "on:prone_curl"),
        // The next exercise is stage 2: the physio's to set.
        ("bridge_hold",     7, None,                      "ask"),
        ("bridge_hold",     6, None,                      "keep"),
        // No next exercise.
        ("dead_bug",        7, None,                      "ask"),
        // Not in the content any more: its criteria are gone.
        ("gone_from_guide", 30, None,                     "keep"),
    ];
    for &(id, days, changed, expected) in table {
        let mut entries = settled(id, TODAY, days);
        if let Some((ago, pain, morning)) = changed {
            entries.push(did(TODAY - ago, id, pain, morning));
        }
        assert_eq!(
            step(entries, id),
            expected,
            "{id}: {days} days, {changed:?}"
        );
    }
}

#[test]
fn the_days_counted_are_the_days_it_was_done() {
    // Done every other day: 7 sessions over 13 days move on; a run on the
    // days between (without it) does not count either way.
    let id = "prone_curl_hold";
    let mut entries: Vec<Entry> = (0..7)
        .map(|i| did(TODAY - 2 * i, id, 1, Some(Morning::Better)))
        .collect();
    assert_eq!(step(entries.clone(), id), "on:prone_curl");
    entries.push(Entry {
        day: TODAY - 1,
        sitting: 2,
        activity: Activity::Run {
            minutes: 30,
            kind: guide_core::diary::RunKind::EasyFlat,
        },
        activity_pain: Some(6),
        morning: Some(Morning::Same),
        alarm: false,
        exercises: Default::default(),
    });
    assert_eq!(step(entries.clone(), id), "on:prone_curl");
    // Not done in the last 7 days: no advice for it.
    let old = settled(id, TODAY - 7, 7);
    assert_eq!(step(old, id), "none");
    let recent = settled(id, TODAY - 6, 7);
    assert_eq!(step(recent, id), "on:prone_curl");
    // Nothing for an exercise never done.
    assert_eq!(step(settled(id, TODAY, 7), "bridge_hold"), "none");
}

#[test]
fn the_alarm_wins_over_every_exercise() {
    let (_, _, rules) = shipped();
    for ago in 0..rules.alarm.days as i32 + 1 {
        let mut entries = settled("prone_curl_hold", TODAY, 7);
        entries.retain(|e| e.day != TODAY - ago);
        let mut alarm = did(TODAY - ago, "prone_curl_hold", 2, Some(Morning::Same));
        alarm.alarm = true;
        entries.push(alarm);
        let expected = if ago < rules.alarm.days as i32 {
            "none"
        } else {
            "on:prone_curl"
        };
        assert_eq!(
            step(entries, "prone_curl_hold"),
            expected,
            "alarm {ago} days ago"
        );
    }
}

#[test]
fn a_flare_during_an_exercise_eases_the_day_off_too() {
    // A day within the limit during its run, but over it during an
    // exercise: the day's advice is to ease off, and its streak stops.
    let (_, _, rules) = shipped();
    let mut entries = settled("bridge_hold", TODAY - 1, 7);
    entries.push(did(TODAY, "bridge_hold", 4, Some(Morning::Same)));
    let log = Log::from_entries(entries);
    assert_eq!(day_advice(rules, &log, TODAY).verdict, Verdict::EaseOff);
}

#[test]
fn the_advice_in_words_names_each_exercise_and_where_to_go() {
    let (content, library, rules) = shipped();
    let clinic = common::test_clinic();
    let patient: Vec<&'static Exercise> = ["bridge_hold", "prone_curl_hold"]
        .iter()
        .filter_map(|id| library.exercise(id))
        .collect();
    let mut entries = settled("bridge_hold", TODAY, 7);
    for e in &mut entries {
        e.exercises
            .set(ExId::new("prone_curl_hold").expect("keepable"), Some(2));
    }
    // An exercise the content no longer has, done over the limit today.
    entries[0]
        .exercises
        .set(ExId::new("gone_from_guide").expect("keepable"), Some(6));
    let log = Log::from_entries(entries);
    let said = lines(content, rules, library, &log, TODAY, &clinic, &patient);
    let steps: Vec<(&str, &str)> = said.iter().map(|l| (l.id.as_str(), l.step)).collect();
    assert_eq!(
        steps,
        [
            ("bridge_hold", "ask-physio"),
            ("prone_curl_hold", "move-on"),
            ("gone_from_guide", "ease-off"),
        ]
    );
    assert!(said[0].text.starts_with("Bridge hold:"), "{}", said[0].text);
    assert!(said[0].text.contains("physio"), "{}", said[0].text);
    assert!(!said[0].text.contains("Bridge with slow lowering"));
    assert!(
        said[1].text.contains("Hamstring curl lying face down"),
        "{}",
        said[1].text
    );
    assert!(said[2]
        .text
        .starts_with(content.text(guide_core::texts::DiaryTextKey::ExUnknown)));
    for line in &said {
        assert!(!line.text.contains('{'), "unfilled: {}", line.text);
        assert!(!line.sources.is_empty());
    }
}
