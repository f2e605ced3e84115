//! The advice names the measure it rests on and is about the day just
//! saved; yesterday's next morning is asked for at the top; the trend says
//! which way each measure is going. Tables of cases on the shipped content
//! (limit 3, a week of steady days for one step more).

mod common;

use common::TODAY;
use guide_core::diary::day::label;
use guide_core::diary::form::{Action, Book};
use guide_core::diary::rules::{advise_on, morning_due, Verdict};
use guide_core::diary::view::{view, view_after, View};
use guide_core::diary::{Activity, Day, Entry, Log, Morning, RunKind};
use guide_core::model::Diary;
use guide_core::template::Clinic;

use Verdict::{Alarm, CheckMorning, EaseOff, KeepGoing, NoRecent, Progress};

fn rules() -> Diary {
    common::real()
        .diary
        .clone()
        .expect("the content has a [diary]")
}

fn clinic() -> Clinic {
    common::test_clinic()
}

fn shown(log: &Log, saved: Option<Day>) -> View {
    view_after(common::real(), &rules(), log, TODAY, &clinic(), saved)
}

const RUN: Activity = Activity::Run {
    minutes: 30,
    kind: RunKind::EasyFlat,
};

fn entry(
    day: Day,
    sitting: u8,
    activity: Activity,
    pain: Option<u8>,
    morning: Option<Morning>,
) -> Entry {
    Entry {
        day,
        sitting,
        activity,
        activity_pain: pain,
        morning,
        alarm: false,
        exercises: Default::default(),
    }
}

#[test]
fn the_advice_names_the_measure_of_the_day_it_rests_on() {
    let rules = rules();
    assert_eq!(
        rules.limit.value, 3,
        "the table below is for the shipped limit"
    );
    use Morning::{Same, Worse};
    // (what the entry says, the verdict, the facts before the advice)
    #[rustfmt::skip]
    let table: &[(Entry, Verdict, &str)] = &[
        // Sitting pain 4 and pain during the run 3: the facts are about the run.
        (entry(TODAY, 4, RUN, Some(3), None), CheckMorning,
         "Your pain during the run was 3 out of 10. That is within your limit of 3."),
        (entry(TODAY, 4, RUN, Some(3), Some(Same)), KeepGoing,
         "Your pain during the run was 3 out of 10. That is within your limit of 3."),
        (entry(TODAY, 1, RUN, Some(4), Some(Same)), EaseOff,
         "Your pain during the run was 4 out of 10. That is above your limit of 3."),
        (entry(TODAY, 2, Activity::Exercises, Some(2), Some(Worse)), EaseOff,
         "Your pain during your exercises was 2 out of 10. That is within your limit of 3. The next morning, it felt worse than usual."),
        (entry(TODAY, 6, Activity::Rest, None, Some(Same)), KeepGoing, "It was a rest day."),
        (entry(TODAY, 6, Activity::Rest, None, Some(Worse)), EaseOff,
         "It was a rest day. The next morning, it felt worse than usual."),
    ];
    for (e, verdict, facts) in table {
        let v = shown(&Log::from_entries([*e]), None);
        assert_eq!(v.advice.verdict, *verdict, "{e:?}");
        assert_eq!(v.advice.facts.join(" "), *facts, "{e:?}");
        assert!(
            !v.advice.said.text.contains("Your pain stayed"),
            "the advice itself claims no score: {}",
            v.advice.said.text
        );
    }
    // Nothing to name without an entry, or beside the alarm's card.
    assert!(shown(&Log::new(), None).advice.facts.is_empty());
    let mut alarmed = entry(TODAY, 2, RUN, Some(2), Some(Same));
    alarmed.alarm = true;
    let v = shown(&Log::from_entries([alarmed]), Some(TODAY));
    assert_eq!((v.advice.verdict, v.advice.facts.len()), (Alarm, 0));
}

/// A case of the advice after saving: the day just saved, the verdict, the
/// day it rests on, and the latest entry's advice beside it.
type AfterSaving = (Option<Day>, Verdict, Option<Day>, Option<&'static str>);

/// A case of the morning question: the entries, and the day asked about
/// with the question.
type Asked = (Vec<Entry>, Option<(Day, &'static str)>);

/// Today over the limit; three days ago within it and no worse next morning.
fn two_days() -> Log {
    Log::from_entries([
        entry(TODAY - 3, 2, RUN, Some(2), Some(Morning::Same)),
        entry(TODAY, 2, RUN, Some(5), Some(Morning::Same)),
    ])
}

#[test]
fn saving_an_earlier_day_gives_that_days_advice_with_its_date() {
    let rules = rules();
    let log = two_days();
    #[rustfmt::skip]
    let table: &[AfterSaving] = &[
        (None, EaseOff, Some(TODAY), None),
        (Some(TODAY), EaseOff, Some(TODAY), None),
        (Some(TODAY - 3), KeepGoing, Some(TODAY - 3),
         Some("Your latest entry, for Wed 25 Nov, says: Ease off one step")),
        // A day with no entry, or one too old to advise on: the latest.
        (Some(TODAY - 1), EaseOff, Some(TODAY), None),
    ];
    for (saved, verdict, day, latest) in table {
        let ruling = advise_on(&rules, &log, TODAY, *saved);
        assert_eq!(
            (ruling.verdict, ruling.day),
            (*verdict, *day),
            "saved {saved:?}"
        );
        let v = shown(&log, *saved);
        assert_eq!(v.advice.verdict, *verdict);
        let based_on = day.map(|d| format!("From your entry for {}", label(d)));
        assert_eq!(v.advice.based_on, based_on, "saved {saved:?}");
        assert_eq!(v.advice.latest.as_deref(), *latest, "saved {saved:?}");
    }
    assert_eq!(label(TODAY - 3), "Sun 22 Nov");
    let old = Log::from_entries([
        entry(TODAY - 8, 2, RUN, Some(5), Some(Morning::Same)),
        entry(TODAY - 1, 2, RUN, Some(1), None),
    ]);
    let ruling = advise_on(&rules, &old, TODAY, Some(TODAY - 8));
    assert_eq!(
        (ruling.verdict, ruling.day),
        (CheckMorning, Some(TODAY - 1)),
        "old entries give no advice"
    );
    assert_eq!(
        advise_on(&rules, &Log::new(), TODAY, Some(TODAY)).verdict,
        NoRecent
    );
    // The alarm on any recent day wins over the day just saved.
    let mut alarmed = two_days();
    let mut ticked = entry(TODAY - 5, 2, Activity::Rest, None, Some(Morning::Same));
    ticked.alarm = true;
    alarmed.upsert(ticked);
    let ruling = advise_on(&rules, &alarmed, TODAY, Some(TODAY - 3));
    assert_eq!((ruling.verdict, ruling.day), (Alarm, Some(TODAY - 5)));
}

#[test]
fn one_step_more_is_for_the_week_ending_at_the_day_saved() {
    let rules = rules();
    // Seven settled days ending yesterday, and today within the limit.
    let log = Log::from_entries(
        (1..=7)
            .map(|ago| entry(TODAY - ago, 2, RUN, Some(2), Some(Morning::Same)))
            .chain([entry(TODAY, 2, RUN, Some(2), Some(Morning::Same))]),
    );
    assert_eq!(
        advise_on(&rules, &log, TODAY, Some(TODAY - 1)).verdict,
        Progress
    );
    assert_eq!(advise_on(&rules, &log, TODAY, None).verdict, KeepGoing);
    let v = shown(&log, Some(TODAY - 1));
    assert_eq!(
        v.advice.latest.as_deref(),
        Some("Your latest entry, for Wed 25 Nov, says: Keep going")
    );
}

#[test]
fn yesterdays_morning_is_asked_for_when_its_activity_has_a_score_and_no_morning() {
    let run_yesterday = entry(TODAY - 1, 3, RUN, Some(3), None);
    #[rustfmt::skip]
    let table: Vec<Asked> = vec![
        (vec![run_yesterday], Some((TODAY - 1, "How did yesterday's run feel this morning?"))),
        (vec![entry(TODAY - 1, 3, Activity::Exercises, Some(1), None)],
         Some((TODAY - 1, "How did yesterday's exercises feel this morning?"))),
        (vec![run_yesterday, entry(TODAY, 2, RUN, Some(2), None)],
         Some((TODAY - 1, "How did yesterday's run feel this morning?"))),
        (vec![Entry { morning: Some(Morning::Better), ..run_yesterday }], None),
        (vec![entry(TODAY - 1, 3, Activity::Rest, None, None)], None),
        (vec![entry(TODAY - 2, 3, RUN, Some(3), None)], None),
        (vec![entry(TODAY, 3, RUN, Some(3), None)], None),
        (vec![], None),
    ];
    for (entries, asked) in table {
        let log = Log::from_entries(entries.clone());
        assert_eq!(
            morning_due(&log, TODAY),
            asked.map(|(d, _)| d),
            "{entries:?}"
        );
        let v = view(common::real(), &rules(), &log, TODAY, &clinic());
        let question = v.ask_morning.as_ref().map(|(d, q)| (*d, q.as_str()));
        assert_eq!(question, asked, "{entries:?}");
    }
}

#[test]
fn the_answer_to_the_morning_question_is_saved_into_yesterday_and_advised_on() {
    let rules = rules();
    let log = Log::from_entries([entry(TODAY - 1, 4, RUN, Some(3), None)]);
    let book = Book::new(log, Default::default());
    let answered = book.reduce(Action::Morning(TODAY - 1, Morning::Worse), TODAY);
    assert_eq!(
        answered.log.get(TODAY - 1).and_then(|e| e.morning),
        Some(Morning::Worse)
    );
    assert_eq!(answered.saved, Some(TODAY - 1));
    let v = shown(&answered.log, answered.saved);
    assert_eq!(v.ask_morning, None, "asked once");
    assert_eq!(v.advice.verdict, EaseOff);
    assert_eq!(
        v.advice.facts.join(" "),
        "Your pain during the run was 3 out of 10. That is within your limit of 3. The next morning, it felt worse than usual."
    );
    assert_eq!(
        advise_on(&rules, &answered.log, TODAY, None).verdict,
        EaseOff
    );
}

#[test]
fn the_trend_says_which_way_each_measure_is_going() {
    let week = |sitting: [u8; 7], activity: [Option<u8>; 7]| {
        Log::from_entries((0..7).map(|i| {
            let (a, p) = match activity[i] {
                Some(p) => (RUN, Some(p)),
                None => (Activity::Rest, None),
            };
            entry(TODAY - 6 + i as Day, sitting[i], a, p, Some(Morning::Same))
        }))
    };
    let s = Some;
    #[rustfmt::skip]
    let table: Vec<(Log, Vec<&str>)> = vec![
        // Sitting pain rises while pain during runs stays low: the averages
        // alone hid it.
        (week([3, 3, 4, 4, 4, 5, 5], [s(2), s(2), s(2), s(2), s(2), s(2), s(2)]), vec![
            "Pain when sitting: rising over the last 7 days, from 3 to 5 out of 10.",
            "Pain during runs and exercises: steady over the last 7 days, from 2 to 2 out of 10.",
        ]),
        (week([5, 5, 5, 4, 4, 3, 3], [s(6), s(5), None, s(4), None, s(3), s(2)]), vec![
            "Pain when sitting: falling over the last 7 days, from 5 to 3 out of 10.",
            "Pain during runs and exercises: falling over the last 7 days, from 6 to 2 out of 10.",
        ]),
        (week([2, 2, 2, 2, 2, 2, 2], [None, None, None, None, None, s(1), s(4)]), vec![
            "Pain when sitting: steady over the last 7 days, from 2 to 2 out of 10.",
            "Pain during runs and exercises: too few scores yet to tell which way it is going.",
        ]),
        (week([2, 2, 2, 2, 2, 2, 2], [None; 7]), vec![
            "Pain when sitting: steady over the last 7 days, from 2 to 2 out of 10.",
        ]),
        (Log::new(), vec![]),
    ];
    for (log, expected) in table {
        let v = shown(&log, None);
        assert_eq!(v.week.directions, expected, "{:?}", log.entries());
    }
    let month = shown(&week([3, 3, 4, 4, 4, 5, 5], [None; 7]), None).month;
    assert_eq!(
        month.directions,
        ["Pain when sitting: rising over the last 28 days, from 3 to 5 out of 10."]
    );
}
