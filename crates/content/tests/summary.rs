//! The summary for the physio, with the real content: in the clinician's
//! terms, grouped (outcome, safety screen, aggravating factors,
//! irritability, history, tried, advice given, pain diary), with the
//! clinic's name and blank name and date-of-birth lines; and the text that
//! copy and the text file give is that document, line for line.

mod common;

use common::{diary_entry, TODAY};
use std::path::Path;

use guide_core::diary::{Activity, Log, Morning, RunKind};
use guide_core::engine::Answers;
use guide_core::summary::text::{plain, BLANK};
use guide_core::summary::{document, Document, Group};
use guide_core::template::Clinic;

/// The clinic's own details, from `content/clinic.toml`.
fn clinic() -> Clinic {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/clinic.toml");
    guide_content::clinic::load(&file)
        .expect("the clinic file")
        .clinic
}

/// A runner whose pain comes on with sitting (20 to 60 minutes, hard seats)
/// and with hill runs, after doing more hills, for 6 to 12 weeks.
fn runner() -> Answers {
    let mut steps = common::CALM_SCREEN.to_vec();
    steps.extend_from_slice(&[
        ("everyday", &["sit_long"][..]),
        ("sport", &["run_hills"]),
        ("duration", &["from_6_to_12_weeks"]),
        ("pain_after", &["moderate"]),
        ("morning", &["yes"]),
        ("onset", &["after_increase"]),
        ("training_change", &["more_hills"]),
        ("sitting_seat", &["hard"]),
        ("tried", &["rest", "stretching"]),
    ]);
    common::answers(&steps)
}

/// The runner's last week: sitting pain rising from 3 to 5 (2 the week
/// before), a run at the limit (3), and one hill run of 40 minutes over it
/// and worse the next morning.
fn rising_week() -> Log {
    let sitting = [3, 3, 4, 4, 4, 5, 5];
    let during = [2, 2, 3, 2, 2, 2, 2];
    let mut log = Log::from_entries(
        (0..7)
            .map(|i| diary_entry(TODAY - 13 + i, 2, Some(2)))
            .chain((0..7).map(|i| {
                diary_entry(TODAY - 6 + i, sitting[i as usize], Some(during[i as usize]))
            })),
    );
    let mut hills = diary_entry(TODAY - 2, 5, Some(5));
    hills.activity = Activity::Run {
        minutes: 40,
        kind: RunKind::Hills,
    };
    hills.morning = Some(Morning::Worse);
    log.upsert(hills);
    log
}

fn summary(answers: &Answers, log: &Log) -> Document {
    document(
        common::real(),
        &common::shipped().1,
        answers,
        log,
        &clinic(),
        TODAY,
    )
}

fn group<'a>(document: &'a Document, title: &str) -> &'a Group {
    document
        .group(title)
        .unwrap_or_else(|| panic!("no group \"{title}\" in\n{}", plain(document)))
}

fn rows(group: &Group) -> Vec<(&str, &str)> {
    group
        .rows
        .iter()
        .map(|r| (r.label.as_str(), r.value.as_str()))
        .collect()
}

#[test]
fn the_runner_is_summarised_in_the_clinicians_terms_and_grouped() {
    let d = summary(&runner(), &Log::new());
    assert_eq!(d.clinic, "The Injury Clinic Physiotherapy");
    assert_eq!(d.title, "Hamstring guide: summary for the physio");
    assert_eq!(d.blanks, ["Name", "Date of birth"]);
    assert_eq!(
        d.facts
            .iter()
            .map(|r| (r.label.as_str(), r.value.as_str()))
            .collect::<Vec<_>>(),
        [("Date", "2026-11-25"), ("Guide version", "2026-12-02")]
    );
    let titles: Vec<&str> = d.groups.iter().map(|g| g.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Outcome",
            "Safety screen",
            "Aggravating and easing factors",
            "Irritability",
            "History",
            "Tried so far",
            "Advice given"
        ],
        "no diary, no diary group"
    );
    assert_eq!(
        rows(group(&d, "Outcome")),
        [
            ("Care level", "self-management"),
            ("Card shown", "You can start looking after this yourself"),
        ]
    );
    assert_eq!(
        rows(group(&d, "Safety screen")),
        [
            ("Cauda equina, DVT and PE signs", "none of 6"),
            ("Serious pathology", "none of 8"),
            ("Bone stress", "none of 6"),
            ("Age", "25 or over"),
            ("Sudden onset", "no, gradual"),
            ("Neural signs", "none of 5"),
            ("Pain site", "ischial tuberosity"),
        ]
    );
    assert_eq!(
        rows(group(&d, "Aggravating and easing factors")),
        [
            (
                "Aggravating",
                "sitting (pain after 20 min or more), hill running"
            ),
            (
                "Not aggravating",
                "driving, forward bending, stairs, lunge or deep squat, hamstring stretch, cycling"
            ),
        ]
    );
    assert_eq!(
        rows(group(&d, "Irritability")),
        [("Worst pain", "4-6/10"), ("Next morning", "back to usual"),]
    );
    assert_eq!(
        rows(group(&d, "History")),
        [
            ("Duration", "6 to 12 weeks"),
            ("Onset", "after a load increase"),
            ("Load change before onset", "more hills"),
            ("Seats", "hard seats worse"),
        ]
    );
    assert_eq!(
        rows(group(&d, "Tried so far")),
        [("Treatments", "rest from sport, stretching")]
    );
}

#[test]
fn the_advice_given_is_the_plans_do_and_dont_list() {
    // Stretching brings the pain on too: its section says to stop, as the
    // section every plan has does.
    let mut answers = runner();
    answers.set("everyday", vec!["sit_long".into(), "stretching".into()]);
    let d = summary(&answers, &Log::new());
    let advice = group(&d, "Advice given");
    let list = |label: &str| -> Vec<String> {
        advice
            .value(label)
            .unwrap_or_else(|| panic!("no {label} in {advice:?}"))
            .split("; ")
            .map(str::to_owned)
            .collect()
    };
    let done = list("Do");
    for expected in [
        "hips above knees, on a firm cushion or wedge",
        "slower runs on flat ground",
        "exercise with the physio from stage 2 (after checking stage 1)",
    ] {
        assert!(
            done.iter().any(|d| d == expected),
            "{expected} not in {done:?}"
        );
    }
    let avoid = list("Don't");
    for expected in [
        "speed work, tempo runs, sprints and hills",
        "hamstring stretching",
        "deep lunges and squats",
    ] {
        assert!(
            avoid.iter().any(|d| d == expected),
            "{expected} not in {avoid:?}"
        );
    }
    // Once each, though two sections say it; and nothing from a section the
    // plan does not show (driving, cycling, stage 1).
    assert_eq!(
        avoid
            .iter()
            .filter(|a| *a == "hamstring stretching")
            .count(),
        1
    );
    assert!(!done.iter().any(|d| d.contains("car seat")
        || d.contains("upright")
        || d.contains("stage 1 (isometric")));
}

#[test]
fn a_red_flag_names_the_flag_where_the_questions_stopped_and_what_the_card_said() {
    let answers = common::answers(&[("emergency_signs", &["saddle_numbness", "both_legs"])]);
    let d = summary(&answers, &Log::new());
    let titles: Vec<&str> = d.groups.iter().map(|g| g.title.as_str()).collect();
    assert_eq!(titles, ["Outcome", "Safety screen", "Advice given"]);
    assert_eq!(
        rows(group(&d, "Outcome")),
        [
            ("Care level", "emergency"),
            ("Card shown", "Call 000 now"),
            ("Red flag", "possible cauda equina syndrome"),
            (
                "Stopped at",
                "Cauda equina, DVT and PE signs; later questions not asked"
            ),
        ]
    );
    assert_eq!(
        rows(group(&d, "Safety screen")),
        [(
            "Cauda equina, DVT and PE signs",
            "saddle numbness, bilateral leg symptoms"
        )]
    );
    assert_eq!(
        rows(group(&d, "Advice given")),
        [(
            "Told to",
            "Call 000 or go to an emergency department now. Do not wait to see if it gets better."
        )]
    );
}

#[test]
fn the_rules_that_raised_the_care_are_named() {
    let mut answers = runner();
    answers.set("duration", vec!["over_3_months".into()]);
    answers.set("pain_after", vec!["severe".into()]);
    let d = summary(&answers, &Log::new());
    assert_eq!(
        rows(group(&d, "Outcome")),
        [
            ("Care level", "book a physio within 1 to 2 weeks"),
            ("Card shown", "Book an appointment with a physio"),
            (
                "Raised by",
                "symptoms over 3 months; worst pain 7/10 or more"
            ),
        ]
    );
}

#[test]
fn unfinished_answers_say_so_and_show_what_was_answered() {
    let answers = common::answers(&common::CALM_SCREEN[..3]);
    let d = summary(&answers, &Log::new());
    assert_eq!(
        rows(group(&d, "Outcome")),
        [("Care level", "not reached, the questions are not finished")]
    );
    assert_eq!(group(&d, "Safety screen").rows.len(), 3);
    assert!(d.group("Advice given").is_none());
}

#[test]
fn a_non_runner_is_not_aggravated_by_running_and_says_why() {
    let mut answers = runner();
    answers.set("sport", vec!["none".into()]);
    let d = summary(&answers, &Log::new());
    let factors = group(&d, "Aggravating and easing factors");
    assert_eq!(
        factors.value("Aggravating"),
        Some("sitting (pain after 20 min or more)")
    );
    assert_eq!(
        factors.value("Not aggravating"),
        Some("driving, forward bending, stairs, lunge or deep squat, hamstring stretch, running and cycling (neither, or does not run or cycle)")
    );
}

#[test]
fn the_diary_gives_the_direction_of_each_measure_and_the_days_over_the_limit() {
    let d = summary(&runner(), &rising_week());
    let diary = group(&d, "Pain diary, last 7 days");
    assert_eq!(
        rows(diary),
        [
            ("Entries", "7 of 7 days"),
            (
                "Sitting pain",
                "rising; scores 3, 3, 4, 4, 5, 5, 5 (average 4.1)"
            ),
            (
                "Pain during activity",
                "steady; scores 2, 2, 3, 2, 5, 2, 2 (average 2.6)"
            ),
            (
                "Over the limit of 3",
                "1 of 7 days: Mon 23 Nov (A run, 40 min, Hills, 5/10)"
            ),
            ("Worse the next morning", "1 of 7 days: Mon 23 Nov"),
            // The hill run flared; the easy runs since keep to the first rung.
            (
                "Return to running",
                "1/5 Easy and flat; Stay on this step: Easy and flat"
            ),
            (
                "Diary advice shown",
                "Keep going; Your pain is getting worse"
            ),
        ]
    );
    assert_eq!(
        d.groups.last().map(|g| g.title.as_str()),
        Some("Pain diary, last 7 days"),
        "the diary comes last"
    );
}

#[test]
fn a_diary_with_few_entries_says_it_cannot_tell_and_notes_worrying_symptoms() {
    let mut log = Log::from_entries([diary_entry(TODAY, 2, Some(1))]);
    let mut alarmed = diary_entry(TODAY - 3, 5, None);
    alarmed.alarm = true;
    log.upsert(alarmed);
    let d = summary(&runner(), &log);
    let diary = group(&d, "Pain diary, last 7 days");
    assert_eq!(diary.value("Entries"), Some("2 of 7 days"));
    assert_eq!(
        diary.value("Sitting pain"),
        Some("too few scores to tell; scores 5, 2 (average 3.5)")
    );
    assert_eq!(
        diary.value("Pain during activity"),
        Some("too few scores to tell; scores 1 (average 1)")
    );
    assert_eq!(
        diary.value("I have new or worrying symptoms"),
        Some("Sun 22 Nov")
    );
    // An entry older than the week counts in no row.
    let old = Log::from_entries([diary_entry(TODAY - 20, 4, Some(1))]);
    let d = summary(&runner(), &old);
    assert_eq!(
        rows(group(&d, "Pain diary, last 7 days"))[0],
        ("Entries", "0 of 7 days")
    );
}

#[test]
fn the_text_is_the_document_line_for_line() {
    let d = summary(&runner(), &rising_week());
    let text = plain(&d);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[..6],
        [
            "The Injury Clinic Physiotherapy",
            "Hamstring guide: summary for the physio",
            "",
            &format!("Name: {BLANK}"),
            &format!("Date of birth: {BLANK}"),
            "Date: 2026-11-25",
        ]
    );
    for group in &d.groups {
        let at = lines
            .iter()
            .position(|l| *l == group.title)
            .unwrap_or_else(|| panic!("no line \"{}\" in\n{text}", group.title));
        assert_eq!(lines[at - 1], "", "a blank line before {}", group.title);
        for (i, row) in group.rows.iter().enumerate() {
            assert_eq!(lines[at + 1 + i], format!("- {}: {}", row.label, row.value));
        }
    }
    assert!(
        !text.contains("your pain") && !text.contains("Do you have"),
        "the summary is written for the physio, not to the patient:\n{text}"
    );
    println!("{text}");
}

#[test]
fn the_diary_names_each_exercise_done_how_often_and_its_pain() {
    use guide_core::diary::ExId;
    let id = |s| ExId::new(s).expect("a keepable id");
    let mut entries: Vec<_> = (0..7).map(|i| diary_entry(TODAY - i, 2, Some(1))).collect();
    for (i, entry) in entries.iter_mut().enumerate() {
        entry.exercises.set(id("bridge_hold"), Some(i as u8 % 3));
        if i < 2 {
            entry.exercises.set(id("gone_from_guide"), Some(4));
        }
    }
    // Done only before the week: not in it.
    let mut old = diary_entry(TODAY - 9, 2, Some(1));
    old.exercises.set(id("prone_curl_hold"), Some(1));
    entries.push(old);
    let d = summary(&runner(), &Log::from_entries(entries));
    let diary = group(&d, "Pain diary, last 7 days");
    assert_eq!(
        diary.value("Exercise: Bridge hold"),
        Some("7 of 7 days; scores 0, 2, 1, 0, 2, 1, 0 (average 0.9)")
    );
    assert_eq!(
        diary.value("Exercise: An exercise no longer in this guide"),
        Some("2 of 7 days; scores 4, 4 (average 4)")
    );
    assert!(rows(diary).iter().all(|(k, _)| !k.contains("face down")));
    // A flare during an exercise is over the limit too.
    assert_eq!(diary.value("Diary advice shown"), Some("Ease off one step"));
}
