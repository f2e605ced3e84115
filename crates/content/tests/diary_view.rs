//! The diary in words (`diary::view`): the advice, the nudge, the trend and
//! the rows, each text filled with the diary's numbers and the clinic's
//! details; on the fixture.

mod common;

use guide_core::diary::rules::Verdict;
use guide_core::diary::trend::chart;
use guide_core::diary::view::{view, Card, Row, Said, View};
use guide_core::diary::{Log, Morning, RunKind};
use guide_core::model::{CardStyle, Diary};
use guide_core::template::Clinic;
use guide_core::texts::DiaryTextKey;

fn clinic() -> Clinic {
    common::test_clinic()
}

fn rules() -> Diary {
    common::valid()
        .diary
        .clone()
        .expect("the fixture has a [diary]")
}

fn view_of(rules: &Diary, log: &Log) -> View {
    view(common::valid(), rules, log, TODAY, &clinic())
}

use common::{diary_entry as entry, TODAY};

/// A week ending today, sitting pain 3, activity pain within the limit (3)
/// on 6 days and 5 today.
fn week() -> Log {
    let activity = [1, 2, 1, 2, 1, 2, 5];
    Log::from_entries((0..7).map(|i| entry(TODAY - 6 + i, 3, Some(activity[i as usize]))))
}

fn said(title: &str, text: &str, sources: &'static [&'static str]) -> Said {
    Said {
        title: title.into(),
        text: text.into(),
        sources,
    }
}

#[test]
fn an_empty_diary_asks_for_an_entry_and_fills_every_text() {
    let rules = rules();
    let v = view_of(&rules, &Log::new());
    assert_eq!(v.advice.verdict, Verdict::NoRecent);
    assert_eq!(
        v.advice.said,
        said(
            "Add today",
            "Add an entry for the last 7 days.",
            &["review"]
        )
    );
    assert_eq!(v.advice.based_on, None);
    assert_eq!(v.advice.card, None);
    assert_eq!(v.nudge, None);
    assert_eq!(v.week.sentence, "7 days: none.");
    assert_eq!(v.month.sentence, "28 days: none.");
    assert!(v.week.rows.is_empty() && v.month.rows.is_empty());
    assert_eq!((v.week.days, v.month.days), (7, 28));
    assert_eq!(v.window(7), &v.week);
    assert_eq!(v.window(28), &v.month);
    // Page texts, labels and the clinic's notice, filled.
    assert_eq!(v.text(DiaryTextKey::Title), "Pain diary");
    assert_eq!(v.text(DiaryTextKey::LimitLine), "Limit 3");
    assert_eq!(v.text(DiaryTextKey::ErrorMinutes), "Enter minutes");
    assert_eq!(v.run_kind(RunKind::Tempo), "Tempo");
    assert_eq!(v.morning(None), "Not yet");
    assert_eq!(v.morning(Some(Morning::Worse)), "Worse");
    assert_eq!(v.alarm_label, "New or worrying symptoms");
    assert_eq!(v.alarm_hint, "Like numbness.");
    assert_eq!(v.cannot_save, "Cannot save here.");
    assert_eq!(v.saved(TODAY - 1), "Saved. Tue 24 Nov");
}

#[test]
fn a_week_over_the_limit_today_says_ease_off_and_lists_each_day() {
    let rules = rules();
    let mut log = week();
    log.upsert(entry(TODAY - 20, 4, None)); // in the 28 days, not the 7
    let v = view_of(&rules, &log);
    assert_eq!(v.advice.verdict, Verdict::EaseOff);
    assert_eq!(
        v.advice.said,
        said("Ease off", "Do one step less.", &["review"])
    );
    assert_eq!(v.advice.based_on.as_deref(), Some("From Wed 25 Nov"));
    assert_eq!(v.advice.card, None);
    assert_eq!(
        v.week.sentence,
        "7 days: activity 2, within 6 of 7, sitting 3."
    );
    assert_eq!(
        v.month.sentence,
        "28 days: activity 2, within 6 of 7, sitting 3.1."
    );
    assert_eq!(v.week.chart, chart(&log, 3, TODAY, 7));
    assert_eq!(v.month.chart, chart(&log, 3, TODAY, 28));
    assert_eq!(v.week.rows.len(), 7);
    assert_eq!(v.month.rows.len(), 8);
    assert_eq!(
        v.week.rows.last(),
        Some(&Row {
            day: TODAY,
            label: "Wed 25 Nov".into(),
            sitting: 3,
            activity: "Run, 30 min, Easy".into(),
            activity_pain: Some(5),
            morning: "Same".into(),
            alarm: false,
            exercises: Default::default(),
        })
    );
    assert_eq!(
        v.month.rows[0],
        Row {
            day: TODAY - 20,
            label: "Thu 5 Nov".into(),
            sitting: 4,
            activity: "Rest".into(),
            activity_pain: None,
            morning: "Same".into(),
            alarm: false,
            exercises: Default::default(),
        }
    );
}

#[test]
fn the_alarm_brings_its_care_card_with_the_clinic_filled_in() {
    let rules = rules();
    let mut log = week();
    let mut alarmed = entry(TODAY - 2, 1, None);
    alarmed.alarm = true;
    log.upsert(alarmed);
    let v = view_of(&rules, &log);
    assert_eq!(v.advice.verdict, Verdict::Alarm);
    assert_eq!(
        v.advice.said,
        said("See someone today", "Get checked first.", &["guideline"])
    );
    assert_eq!(v.advice.based_on.as_deref(), Some("From Mon 23 Nov"));
    assert_eq!(
        v.advice.card,
        Some(Card {
            style: CardStyle::Urgent,
            action: said(
                "",
                "Call Test Physio on 03 5555 0000 today.",
                &["guideline"]
            ),
            section: Some((
                "What helps".into(),
                vec![said(
                    "",
                    "Keep moving in ways that do not hurt.",
                    &["guideline"]
                )]
            )),
        })
    );
    assert!(v.week.rows[4].alarm);
}

/// 21 days ending today with sitting pain `sitting[week]` (0 = the first).
fn three_weeks(sitting: [u8; 3]) -> Log {
    Log::from_entries((0..21).map(|i| entry(TODAY - 20 + i, sitting[(i / 7) as usize], Some(1))))
}

#[test]
fn the_nudge_and_the_advice_use_the_content_numbers_and_the_clinic() {
    let rules = rules();
    let v = view_of(&rules, &three_weeks([4, 4, 4]));
    assert_eq!(v.advice.verdict, Verdict::Progress, "21 days in a row");
    assert_eq!(
        v.advice.said,
        said("One step more", "Add one small step.", &["review"])
    );
    assert_eq!(
        v.nudge,
        Some(said(
            "Book with Test Physio",
            "Not better in 21 days.",
            &["guideline"]
        ))
    );
    let v = view_of(&rules, &three_weeks([4, 4, 6]));
    assert_eq!(
        v.nudge,
        Some(said(
            "Getting worse",
            "Book with Test Physio soon.",
            &["guideline"]
        ))
    );
    assert_eq!(view_of(&rules, &three_weeks([4, 4, 2])).nudge, None);
    // The limit is read from the rules, not the code.
    let two_days = Log::from_entries([entry(TODAY - 1, 3, Some(2)), entry(TODAY, 3, Some(5))]);
    let mut five = rules.clone();
    five.limit.value = 5;
    assert_eq!(view_of(&rules, &two_days).advice.verdict, Verdict::EaseOff);
    let v = view_of(&five, &two_days);
    assert_eq!(
        v.advice.said,
        said("Keep going", "Within 5 out of 10.", &["review"])
    );
    assert_eq!(v.text(DiaryTextKey::LimitLine), "Limit 5");
    let v = view_of(&five, &week());
    assert_eq!(
        v.week.sentence,
        "7 days: activity 2, within 7 of 7, sitting 3."
    );
}
