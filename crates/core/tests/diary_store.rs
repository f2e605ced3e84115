//! The diary kept on the device: its line format round-trips, refuses what
//! it cannot read (with the line), never panics on damaged data, and is
//! never mistaken for the saved answers; and the CSV the patient downloads.

use guide_core::diary::form::{ActivityKind, Draft};
use guide_core::diary::store::{self, csv, decode, encode, LogAndDraft};
use guide_core::diary::{Activity, Entry, ExId, Log, Morning, RunKind};
use guide_core::saved::{self, DecodeError};
use proptest::prelude::*;

const DAY: i32 = 20_782; // 2026-11-25

fn sample() -> LogAndDraft {
    let entries = [
        Entry {
            day: DAY - 2,
            sitting: 3,
            activity: Activity::Run {
                minutes: 30,
                kind: RunKind::EasyFlat,
            },
            activity_pain: Some(2),
            morning: Some(Morning::Same),
            alarm: false,
            exercises: Default::default(),
        },
        Entry {
            day: DAY - 1,
            sitting: 0,
            activity: Activity::Run {
                minutes: 600,
                kind: RunKind::Hills,
            },
            activity_pain: Some(10),
            morning: Some(Morning::Worse),
            alarm: false,
            exercises: Default::default(),
        },
        Entry {
            day: DAY,
            sitting: 10,
            activity: Activity::Exercises,
            activity_pain: Some(0),
            morning: Some(Morning::Better),
            alarm: true,
            exercises: Default::default(),
        },
        Entry {
            day: DAY + 1,
            sitting: 4,
            activity: Activity::Rest,
            activity_pain: None,
            morning: None,
            alarm: false,
            exercises: Default::default(),
        },
        Entry {
            day: DAY + 2,
            sitting: 4,
            activity: Activity::Run {
                minutes: 1,
                kind: RunKind::Tempo,
            },
            activity_pain: Some(5),
            morning: None,
            alarm: false,
            exercises: Default::default(),
        },
    ];
    LogAndDraft {
        log: Log::from_entries(entries),
        draft: Draft {
            day: None,
            sitting: Some(3),
            activity: Some(ActivityKind::Rest),
            minutes: Some(20),
            run_kind: Some(RunKind::Tempo),
            activity_pain: None,
            morning: None,
            alarm: true,
            exercises: Default::default(),
        },
    }
}

/// A diary of version 1, as the guide wrote it before exercises were kept.
const OLD: &str = "hamstring-guide-diary 1
e 2026-11-23 3 run 30 easy 2 same -
e 2026-11-24 0 run 600 hills 10 worse -
e 2026-11-25 10 exercises - - 0 better alarm
e 2026-11-26 4 rest - - - - -
e 2026-11-27 4 run 1 tempo 5 - -
d - 3 rest 20 tempo - - alarm
";

/// The sample with exercises: two on the first day, one the content no
/// longer has on the third, and one ticked in the draft without its pain.
fn sample_with_exercises() -> LogAndDraft {
    let mut kept = sample();
    let mut entries = kept.log.entries().to_vec();
    let id = |s| ExId::new(s).expect("a keepable id");
    entries[0].exercises.set(id("bridge_hold"), Some(2));
    entries[0].exercises.set(id("prone_curl_hold"), Some(0));
    entries[2]
        .exercises
        .set(id("gone_from_the_guide"), Some(10));
    kept.log = Log::from_entries(entries);
    kept.draft.exercises.set(id("bridge_hold"), None);
    kept
}

const SAMPLE: &str = "hamstring-guide-diary 2
e 2026-11-23 3 run 30 easy 2 same - bridge_hold:2,prone_curl_hold:0
e 2026-11-24 0 run 600 hills 10 worse - -
e 2026-11-25 10 exercises - - 0 better alarm gone_from_the_guide:10
e 2026-11-26 4 rest - - - - - -
e 2026-11-27 4 run 1 tempo 5 - - -
d - 3 rest 20 tempo - - alarm bridge_hold:-
";

#[test]
fn an_old_diary_reads_exactly_as_before() {
    // Every entry and the draft as version 1 meant them, with no exercises;
    // written back, the same diary in the new version.
    assert_eq!(decode(OLD), Ok(sample()));
    let again = encode(&sample());
    assert!(again.starts_with("hamstring-guide-diary 2\n"));
    assert_eq!(decode(&again), Ok(sample()));
    // Version 1 never has an exercises field.
    let extra = OLD.replace("same -\n", "same - bridge_hold:2\n");
    assert_eq!(decode(&extra), Err(DecodeError::BadLine(2)));
}

#[test]
fn the_format_is_as_documented_and_round_trips() {
    assert_eq!(encode(&sample_with_exercises()), SAMPLE);
    assert_eq!(decode(SAMPLE), Ok(sample_with_exercises()));
    let empty = LogAndDraft::default();
    assert!(empty.is_empty());
    assert_eq!(encode(&empty), "hamstring-guide-diary 2\n");
    assert_eq!(decode("hamstring-guide-diary 2\n"), Ok(empty.clone()));
    assert_eq!(decode("hamstring-guide-diary 1\n"), Ok(empty));
    // Blank lines and Windows line ends are fine.
    assert_eq!(
        decode(&SAMPLE.replace('\n', "\r\n\n")),
        Ok(sample_with_exercises())
    );
}

#[test]
fn refuses_what_it_cannot_read_naming_the_line() {
    let header = "hamstring-guide-diary 1\n";
    let ok = "e 2026-11-23 3 run 30 easy 2 same -\n";
    #[rustfmt::skip]
    let table: [(&str, DecodeError); 8] = [
        ("", DecodeError::NotOurs),
        ("hamstring-guide 2\npage start\n", DecodeError::NotOurs),
        ("hamstring-guide-diary\n", DecodeError::NotOurs),
        ("hamstring-guide-diary 0\n", DecodeError::NotOurs),
        ("hamstring-guide-diary1\n", DecodeError::NotOurs),
        ("{\"entries\":[]}", DecodeError::NotOurs),
        ("hamstring-guide-diary 3\n", DecodeError::TooNew(3)),
        ("hamstring-guide-diary 99\ne x\n", DecodeError::TooNew(99)),
    ];
    for (text, error) in table {
        assert_eq!(decode(text), Err(error), "{text:?}");
    }
    // Each of these lines, after a good one, is line 3.
    for line in [
        "e 2026-11-24 11 run 30 easy 2 same -",  // pain above 10
        "e 2026-11-24 3 run 30 easy 2 same",     // a token short
        "e 2026-11-24 3 run 30 easy 2 same - x", // a token too many
        "e 2026-11-24 3 run - easy 2 same -",    // a run without minutes
        "e 2026-11-24 3 run 0 easy 2 same -",    // no minutes
        "e 2026-11-24 3 run 601 easy 2 same -",  // too long
        "e 2026-11-24 3 run 30 - 2 same -",      // no kind of run
        "e 2026-11-24 3 run 30 easy - same -",   // no pain during it
        "e 2026-11-24 3 rest - - 2 same -",      // pain on a rest day
        "e 2026-11-24 3 rest 30 easy - same -",  // run details on a rest day
        "e 2026-11-24 3 exercises - - - same -", // exercises without pain
        "e - 3 rest - - - same -",               // an entry without a date
        "e 2026-02-30 3 rest - - - same -",      // no such date
        "e 2026-11-24 3 swim - - 2 same -",      // unknown activity
        "e 2026-11-24 3 rest - - - fine -",      // unknown morning
        "e 2026-11-24 3 rest - - - same yes",    // unknown alarm token
        "e 2026-11-23 3 rest - - - same -",      // the same day twice
        "e 2026-11-24  3 rest - - - same -",     // two spaces
        "e\t2026-11-24 3 rest - - - same -",     // a tab
        "x 2026-11-24 3 rest - - - same -",      // unknown tag
        "e 2026-11-24 -3 rest - - - same -",     // a sign
        "e 2026-11-24 +3 rest - - - same -",     // a sign
        "d - 3 rest - - - - - extra",            // a draft token too many
        "d - 03x rest - - - - -",                // a draft with a bad number
    ] {
        let text = format!("{header}{ok}{line}\n");
        assert_eq!(decode(&text), Err(DecodeError::BadLine(3)), "{line}");
    }
    // A second draft line.
    let two = format!("{header}d - 3 - - - - - -\nd - 4 - - - - - -\n");
    assert_eq!(decode(&two), Err(DecodeError::BadLine(3)));
}

#[test]
fn refuses_a_line_whose_exercises_it_cannot_read() {
    // Version 2: the same, and each of these exercises fields refuses its
    // line (the caller sets the whole diary aside, never drops it).
    let header = "hamstring-guide-diary 2\n";
    let ok = "e 2026-11-23 3 run 30 easy 2 same - bridge_hold:2\n";
    assert!(decode(&format!("{header}{ok}")).is_ok());
    let nine: Vec<String> = (0..9).map(|i| format!("x{i}:1")).collect();
    for field in [
        "bridge_hold",                        // no pain
        "bridge_hold:11",                     // pain above 10
        "bridge_hold:-",                      // an entry's exercise without pain
        "bridge_hold:+2",                     // a sign
        "bridge_hold:2,bridge_hold:3",        // the same exercise twice
        ":2",                                 // no id
        "-:2",                                // the id "none"
        "bridge_hold:2,",                     // an empty part
        "bri\"dge:2",                         // not a letter, digit, _ or -
        "an_id_far_too_long_to_be_kept_xy:2", // 32 bytes
        &nine.join(","),                      // more than a day holds
    ] {
        let text = format!("{header}{ok}e 2026-11-24 3 rest - - - same - {field}\n");
        assert_eq!(decode(&text), Err(DecodeError::BadLine(3)), "{field}");
    }
    for line in [
        "e 2026-11-24 3 rest - - - same -", // the exercises field missing
        "d - 3 rest - - - - - bridge_hold:x", // a draft with a bad pain
        "d - 3 rest - - - - -",             // a draft without the field
    ] {
        let text = format!("{header}{ok}{line}\n");
        assert_eq!(decode(&text), Err(DecodeError::BadLine(3)), "{line}");
    }
}

#[test]
fn the_diary_and_the_saved_answers_are_never_mistaken_for_each_other() {
    assert_eq!(saved::decode(SAMPLE), Err(DecodeError::NotOurs));
    let answers = "hamstring-guide 2\ncontent 2026-11-25\npage start\na sitting yes\n";
    assert!(saved::decode(answers).is_ok());
    assert_eq!(decode(answers), Err(DecodeError::NotOurs));
}

#[test]
fn every_cut_and_every_changed_byte_is_read_or_refused_without_panic() {
    let text = SAMPLE;
    let mut read = 0;
    for end in 0..=text.len() {
        if let Ok(stored) = decode(&text[..end]) {
            read += 1;
            // What is read is kept exactly as written back.
            assert_eq!(decode(&encode(&stored)), Ok(stored));
        }
    }
    assert!(
        read > 5,
        "whole lines cut at their end are still read ({read})"
    );
    for i in 0..text.len() {
        for byte in [b' ', b'-', b'0', b'9', b'x', b'\n', 0xff] {
            let mut bytes = text.as_bytes().to_vec();
            bytes[i] = byte;
            let damaged = String::from_utf8_lossy(&bytes);
            if let Ok(stored) = decode(&damaged) {
                assert_eq!(decode(&encode(&stored)), Ok(stored), "{damaged:?}");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn random_text_is_read_or_refused_without_panic(text in "\\PC{0,200}") {
        let _ = decode(&text);
    }

    #[test]
    fn random_lines_after_the_header_are_read_or_refused(
        lines in prop::collection::vec("[ed-] [0-9-]{1,10} [0-9-]{1,3} (run|rest|exercises|-) [0-9-]{1,3} (easy|tempo|hills|-) [0-9-]{1,2} (better|same|worse|-) (alarm|-)", 0..12)
    ) {
        let text = format!("hamstring-guide-diary 1\n{}", lines.join("\n"));
        if let Ok(stored) = decode(&text) {
            prop_assert!(stored.log.entries().iter().all(Entry::is_valid));
            prop_assert!(stored.log.entries().windows(2).all(|w| w[0].day < w[1].day));
            prop_assert_eq!(decode(&encode(&stored)), Ok(stored));
        }
    }
}

#[test]
fn csv_has_a_header_and_one_row_per_entry() {
    assert_eq!(
        csv(&sample().log),
        "date,sitting_pain,activity,run_minutes,run_kind,activity_pain,next_morning,new_or_worrying_symptoms\r\n\
         2026-11-23,3,run,30,easy,2,same,no\r\n\
         2026-11-24,0,run,600,hills,10,worse,no\r\n\
         2026-11-25,10,exercises,,,0,better,yes\r\n\
         2026-11-26,4,rest,,,,,no\r\n\
         2026-11-27,4,run,1,tempo,5,,no\r\n"
    );
    let empty = csv(&Log::new());
    assert_eq!(empty.lines().count(), 1);
    // Every row has the header's number of fields, and no field could be
    // read by a spreadsheet as a formula.
    let text = csv(&sample().log);
    for row in text.split("\r\n").filter(|r| !r.is_empty()) {
        assert_eq!(row.split(',').count(), 8, "{row}");
        assert!(row.split(',').all(|f| !f.starts_with(['=', '+', '-', '@'])));
    }
}

#[test]
fn csv_has_a_column_for_each_exercise_done() {
    // One column each, in the order first done, after the others: the pain
    // during it that day, empty on days it was not done.
    let text = csv(&sample_with_exercises().log);
    let rows: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(
        rows[0],
        "date,sitting_pain,activity,run_minutes,run_kind,activity_pain,next_morning,new_or_worrying_symptoms,\
         pain_during:bridge_hold,pain_during:prone_curl_hold,pain_during:gone_from_the_guide"
    );
    assert_eq!(rows[1], "2026-11-23,3,run,30,easy,2,same,no,2,0,");
    assert_eq!(rows[2], "2026-11-24,0,run,600,hills,10,worse,no,,,");
    assert_eq!(rows[3], "2026-11-25,10,exercises,,,0,better,yes,,,10");
    for row in rows.iter().filter(|r| !r.is_empty()) {
        assert_eq!(row.split(',').count(), 11, "{row}");
    }
}

#[test]
fn a_long_diary_reads_the_same_in_any_order_of_its_lines() {
    // Ten years of days, newest first (as a hand-edited or merged file
    // might be): the same log as oldest first.
    let first = guide_core::diary::day::from_civil(2016, 1, 1);
    let lines: Vec<String> = (0..3650)
        .map(|n| {
            let day = guide_core::diary::day::iso(first + n);
            format!("e {day} {} rest - - - same -\n", n % 11)
        })
        .collect();
    let forward = format!("hamstring-guide-diary 1\n{}", lines.concat());
    let backward = format!(
        "hamstring-guide-diary 1\n{}",
        lines.iter().rev().cloned().collect::<String>()
    );
    let read = decode(&forward).expect("oldest first is read");
    assert_eq!(read.log.len(), 3650);
    assert_eq!(decode(&backward), Ok(read));
    // Of two lines for one day, the second is named, wherever it is.
    let twice = format!("hamstring-guide-diary 1\n{}{}", lines[5], lines.concat());
    assert_eq!(decode(&twice), Err(DecodeError::BadLine(8)));
}

#[test]
fn data_too_large_to_be_a_diary_or_answers_is_refused_unread() {
    // A line a day (each 33 bytes), from 1970 on, until past the limit.
    let header = "hamstring-guide-diary 1\n";
    let mut diary = header.to_owned();
    let mut under = 0;
    for day in 0.. {
        let line = format!(
            "e {} 3 rest - - - same -\n",
            guide_core::diary::day::iso(day)
        );
        if diary.len() + line.len() > store::MAX_BYTES && under == 0 {
            under = diary.len();
        }
        diary.push_str(&line);
        if diary.len() > store::MAX_BYTES {
            break;
        }
    }
    assert_eq!(decode(&diary), Err(DecodeError::TooLarge));
    // Just under the limit, it is read as usual.
    assert!(decode(&diary[..under]).is_ok());

    let line = "a sitting yes\n";
    let answers = format!(
        "hamstring-guide 3\n{}",
        line.repeat(saved::MAX_BYTES / line.len() + 1)
    );
    assert_eq!(saved::decode(&answers), Err(DecodeError::TooLarge));
    let under = saved::MAX_BYTES - (saved::MAX_BYTES - 18) % line.len();
    assert!(saved::decode(&answers[..under]).is_ok());
}

/// The ladder's kinds of run are kept by their word, and the three older
/// words still read as the kinds they always were.
#[test]
fn every_kind_of_run_is_kept_by_its_word() {
    for kind in RunKind::ALL {
        let text = format!(
            "hamstring-guide-diary 1\ne 2026-11-23 3 run 30 {} 2 same -\n",
            kind.token()
        );
        let kept = decode(&text).expect("a diary of this format");
        let entry = kept.log.entries()[0];
        assert_eq!(entry.activity, Activity::Run { minutes: 30, kind });
        let again = encode(&kept);
        assert!(
            again.contains(&format!(" run 30 {} 2 ", kind.token())),
            "{again}"
        );
        assert_eq!(decode(&again), Ok(kept));
    }
    let older = [
        ("easy", RunKind::EasyFlat),
        ("tempo", RunKind::Tempo),
        ("hills", RunKind::Hills),
    ];
    for (word, kind) in older {
        assert_eq!(RunKind::from_token(word), Some(kind));
    }
    assert_eq!(RunKind::from_token("sprint"), None);
}
