//! The return-to-running ladder as tables of cases, on the shipped content
//! (limit 3, 7 days, 3 settled runs a rung; easy, strides, tempo, hills,
//! sprints): where the diary's runs put the patient and what it says; and,
//! over many generated diaries, that nobody climbs faster than one rung a
//! week within the pain rule.

mod common;

use guide_core::diary::ladder::{follow, progress, Position, Verdict};
use guide_core::diary::{Activity, Day, Entry, Log, Morning, RunKind};
use guide_core::model::{Diary, Ladder};

const DAY0: Day = 20_782; // Wed 25 Nov 2026

fn rules() -> Diary {
    common::real().diary.clone().expect("a [diary]")
}

fn ladder() -> Ladder {
    rules().ladder.expect("a [diary.ladder]")
}

use Morning::{Same, Worse};
use RunKind::{EasyFlat as Easy, Hills, Sprints, Strides, Tempo};

/// A run on day `DAY0 + day`.
fn run(day: Day, kind: RunKind, pain: u8, morning: Option<Morning>) -> Entry {
    Entry {
        day: DAY0 + day,
        sitting: 2,
        activity: Activity::Run { minutes: 30, kind },
        activity_pain: Some(pain),
        morning,
        alarm: false,
        exercises: Default::default(),
    }
}

/// A settled run (pain 1, back to usual the next morning).
fn ok(day: Day, kind: RunKind) -> Entry {
    run(day, kind, 1, Some(Same))
}

fn rest(day: Day, alarm: bool) -> Entry {
    Entry {
        day: DAY0 + day,
        sitting: 2,
        activity: Activity::Rest,
        activity_pain: None,
        morning: None,
        alarm,
        exercises: Default::default(),
    }
}

fn at(entries: Vec<Entry>, today: Day) -> Position {
    follow(
        &rules(),
        &ladder(),
        &Log::from_entries(entries),
        DAY0 + today,
    )
}

/// Settled runs of `kind` every other day from `first` to `last`.
fn week_of(kind: RunKind, first: Day, last: Day) -> Vec<Entry> {
    (first..=last).step_by(2).map(|d| ok(d, kind)).collect()
}

#[test]
fn the_shipped_ladder_climbs_from_easy_to_sprints() {
    let ladder = ladder();
    let runs: Vec<&str> = ladder.rungs.iter().map(|r| r.run).collect();
    assert_eq!(runs, ["easy", "strides", "tempo", "hills", "sprints"]);
    assert_eq!(ladder.runs.value, 3);
    assert_eq!(ladder.section, "running");
}

/// A case: its name, the entries, today, then the rung, the verdict and
/// the settled runs on the rung expected.
type Case = (&'static str, Vec<Entry>, Day, usize, Verdict, u32);

#[test]
fn where_the_runs_put_the_patient() {
    use Verdict::*;
    let easy_week = week_of(Easy, 0, 6); // days 0, 2, 4, 6
    let with = |mut a: Vec<Entry>, b: Vec<Entry>| {
        a.extend(b);
        a
    };
    let cases: Vec<Case> = vec![
        ("no entries", vec![], 0, 0, Start, 0),
        ("rest days only", vec![rest(0, false)], 0, 0, Start, 0),
        ("one easy run", vec![ok(0, Easy)], 0, 0, Stay, 1),
        (
            "a run at the limit is within it",
            vec![run(0, Easy, 3, Some(Same))],
            0,
            0,
            Stay,
            1,
        ),
        (
            "the limit + 1 flares",
            vec![run(0, Easy, 4, Some(Same))],
            0,
            0,
            Back,
            0,
        ),
        (
            "a worse morning flares",
            vec![run(0, Easy, 0, Some(Worse))],
            0,
            0,
            Back,
            0,
        ),
        (
            "morning not rated yet: not counted",
            vec![run(0, Easy, 1, None)],
            0,
            0,
            Stay,
            0,
        ),
        (
            "a week of easy runs, logged today",
            easy_week.clone(),
            6,
            0,
            Ready,
            4,
        ),
        (
            "the same week, one day short",
            week_of(Easy, 0, 4),
            5,
            0,
            Stay,
            3,
        ),
        (
            "a week, but only 2 settled runs",
            vec![ok(0, Easy), ok(6, Easy)],
            6,
            0,
            Stay,
            2,
        ),
        (
            "a week, the latest morning not rated",
            with(week_of(Easy, 0, 4), vec![run(6, Easy, 1, None)]),
            6,
            0,
            Stay,
            3,
        ),
        (
            "strides after the week",
            with(easy_week.clone(), vec![ok(7, Strides)]),
            7,
            1,
            Stay,
            1,
        ),
        (
            "strides before the week is done",
            vec![ok(0, Easy), ok(2, Strides)],
            2,
            0,
            Ahead,
            1,
        ),
        (
            "tempo straight after easy",
            with(easy_week.clone(), vec![ok(7, Tempo)]),
            7,
            0,
            Ahead,
            4,
        ),
        (
            "a flare on strides: back to easy",
            with(
                easy_week.clone(),
                vec![ok(7, Strides), run(9, Strides, 5, None)],
            ),
            9,
            0,
            Back,
            0,
        ),
        (
            "an easier run within the limit changes nothing",
            with(easy_week.clone(), vec![ok(7, Strides), ok(8, Easy)]),
            8,
            1,
            Stay,
            1,
        ),
        (
            "new or worrying symptoms start the week again",
            with(week_of(Easy, 0, 4), vec![rest(5, true), ok(6, Easy)]),
            6,
            0,
            Stay,
            1,
        ),
        (
            "runs after today are left out",
            vec![ok(0, Easy), ok(3, Strides)],
            1,
            0,
            Stay,
            1,
        ),
    ];
    for (case, entries, today, rung, verdict, runs) in cases {
        let position = at(entries, today);
        assert_eq!(
            (position.rung, position.verdict, position.runs),
            (rung, verdict, runs),
            "{case}"
        );
    }
}

#[test]
fn a_flare_goes_one_rung_below_the_run_that_flared() {
    // Climb to tempo, a week on each rung.
    let mut entries = week_of(Easy, 0, 6);
    entries.extend(week_of(Strides, 7, 13));
    entries.push(ok(14, Tempo));
    assert_eq!(at(entries.clone(), 14).rung, 2);
    for (kind, rung) in [
        (Easy, 0),
        (Strides, 0),
        (Tempo, 1),
        (Hills, 2),
        (Sprints, 2),
    ] {
        let mut flared = entries.clone();
        flared.push(run(15, kind, 6, Some(Same)));
        let position = at(flared, 15);
        assert_eq!(
            (position.rung, position.verdict),
            (rung, Verdict::Back),
            "{kind:?}"
        );
    }
}

#[test]
fn the_last_rung_done_is_the_top() {
    let mut entries = Vec::new();
    for (i, kind) in RunKind::ALL.into_iter().enumerate() {
        let first = 7 * i as Day;
        entries.extend(week_of(kind, first, first + 6));
    }
    let position = at(entries.clone(), 34);
    assert_eq!((position.rung, position.verdict), (4, Verdict::Top));
    // One day sooner, the week on sprints is not done.
    entries.pop();
    assert_eq!(at(entries, 33).verdict, Verdict::Stay);
}

#[test]
fn the_diary_names_the_step_and_the_rung_it_is_about() {
    let content = common::real();
    let clinic = common::test_clinic();
    let mut entries = week_of(Easy, 0, 6);
    let words = |entries: &[Entry], today: Day| {
        let log = Log::from_entries(entries.iter().copied());
        progress(content, &log, DAY0 + today, &clinic).expect("a ladder")
    };
    let ready = words(&entries, 6);
    assert_eq!(ready.step, "You are on step 1 of 5: Easy and flat.");
    assert_eq!(
        ready.advice.title,
        "You can try the next step: Easy with strides"
    );
    entries.push(ok(7, Strides));
    let stay = words(&entries, 7);
    assert_eq!(stay.step, "You are on step 2 of 5: Easy with strides.");
    assert!(stay.advice.text.contains("7 days"), "{}", stay.advice.text);
    assert!(stay.advice.text.contains("3 runs"), "{}", stay.advice.text);
    assert!(!stay.advice.text.contains('{'), "{}", stay.advice.text);
}

/// A small deterministic generator, so the diaries are the same each run.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        (self.0 >> 33) % n
    }
}

#[test]
fn nobody_climbs_faster_than_one_rung_a_week_within_the_rule() {
    let (rules, ladder) = (rules(), ladder());
    let steady = rules.steady_days.value as Day;
    let mut random = Lcg(7);
    for _ in 0..2_000 {
        let mut entries = Vec::new();
        for day in 0..60 {
            if random.below(3) == 0 {
                continue;
            }
            let kind = RunKind::ALL[random.below(5) as usize];
            let pain = [0, 1, 2, 3, 3, 4, 6][random.below(7) as usize];
            let morning = [
                None,
                Some(Same),
                Some(Same),
                Some(Morning::Better),
                Some(Worse),
            ][random.below(5) as usize];
            entries.push(run(day, kind, pain, morning));
        }
        // Each day in turn: the rung rises by at most one, and only after
        // `steady` days since it last changed, with a run of the new rung
        // within the rule that day.
        let mut last = (0, DAY0 - steady);
        for day in 0..60 {
            let today = DAY0 + day;
            let log = Log::from_entries(entries.iter().copied().filter(|e| e.day <= today));
            let rung = follow(&rules, &ladder, &log, today).rung;
            if rung > last.0 {
                assert_eq!(rung, last.0 + 1, "{entries:?}");
                assert!(today - last.1 >= steady, "day {day}: {entries:?}");
                let entry = log.get(today).expect("a run that day");
                assert!(entry.within(&rules), "{entry:?}");
            }
            if rung != last.0 {
                last = (rung, today);
            }
        }
    }
}

/// The answers of a patient: the calm screen, then `rest`.
fn outcome_of(rest: &[(&str, &[&str])]) -> guide_core::engine::Outcome {
    let mut steps = common::CALM_SCREEN.to_vec();
    steps.extend_from_slice(rest);
    guide_core::engine::outcome(common::real(), &common::answers(&steps)).expect("an outcome")
}

#[test]
fn the_diary_shows_the_ladder_to_runners_and_never_after_a_red_flag() {
    use guide_core::diary::ladder::shown;
    let ladder = ladder();
    let later = [
        ("duration", &["from_6_to_12_weeks"][..]),
        ("pain_after", &["moderate"]),
        ("morning", &["yes"]),
    ];
    let runner = outcome_of(
        &[
            &[("everyday", &["none"][..]), ("sport", &["run_easy"])],
            &later[..],
        ]
        .concat(),
    );
    let sitter = outcome_of(
        &[
            &[("everyday", &["sit_long"][..]), ("sport", &["none"])],
            &later[..],
        ]
        .concat(),
    );
    // A hop or a walk hurts: the bone-stress card says not to run until checked.
    let mut stopped = common::CALM_SCREEN.to_vec();
    stopped[2] = ("bone_stress", &["hop_walk"]);
    let stopped = guide_core::engine::outcome(common::real(), &common::answers(&stopped))
        .expect("a red flag ends the questions");
    assert!(stopped.red_flag.is_some());
    let (empty, ran) = (Log::new(), Log::from_entries([ok(0, Easy)]));
    for (case, outcome, log, expected) in [
        ("a runner, no run logged yet", Some(&runner), &empty, true),
        (
            "a patient whose pain running does not bring on",
            Some(&sitter),
            &empty,
            false,
        ),
        (
            "the same patient, after logging a run",
            Some(&sitter),
            &ran,
            true,
        ),
        ("the guide not finished, a run logged", None, &ran, true),
        ("after a red flag", Some(&stopped), &empty, false),
        (
            "after a red flag, a run logged",
            Some(&stopped),
            &ran,
            false,
        ),
    ] {
        assert_eq!(shown(&ladder, outcome, log), expected, "{case}");
    }
}
